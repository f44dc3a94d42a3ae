"""PreparedQuery: a query the ORM compiles once, run with new values, gives
what the ORM gives."""
from datetime import date as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from timeline.models import Article, Category
from timeline.prepared import PreparedQuery, ids_parameter, ids_subquery

pytestmark = pytest.mark.django_db


def test_a_prepared_query_gives_the_orms_rows_converted_as_the_orm_converts_them():
    articles = [
        Article.objects.create(title=f"Report {n}", source=source, published=D(2023, 4, n), text=f"Text {n}.")
        for n, source in ((3, "Wire"), (1, "Wire"), (2, "Ledger"))
    ]
    query = PreparedQuery(
        lambda ids, source: Article.objects.filter(pk__in=ids_subquery(ids), source=source)
        .order_by("published")
        .values_list("pk", "title", "published"),
        arity=2,
    )
    for source in ("Wire", "Ledger", "None such"):
        ids = [article.pk for article in articles]
        expected = list(
            Article.objects.filter(pk__in=ids, source=source).order_by("published").values_list("pk", "title", "published")
        )
        assert query.rows(ids_parameter(ids), source) == expected
    assert query.rows(ids_parameter([articles[0].pk]), "Wire") == [(articles[0].pk, "Report 3", D(2023, 4, 3))]
    assert query.rows(ids_parameter([]), "Wire") == []


def test_a_prepared_query_is_built_once_and_runs_as_one_query(django_assert_num_queries):
    built = []

    def build(slug):
        built.append(slug)
        return Category.objects.filter(slug=slug).values_list("name")

    query = PreparedQuery(build)
    names = {slug: name for slug, name in Category.objects.values_list("slug", "name")[:3]}
    for slug, name in names.items():
        with django_assert_num_queries(1):
            assert query.rows(slug) == [(name,)]
    assert len(built) == 1


def test_a_value_the_orm_changes_is_refused():
    # An integer column: the ORM turns the marker into a number, or fails.
    query = PreparedQuery(lambda pk: Article.objects.filter(title="x").values_list("pk").filter(pk__in=[pk]))
    with pytest.raises((ValueError, TypeError)):
        query.rows(1)


def test_the_ids_travel_as_one_parameter():
    ids = list(range(1, 1001))
    with CaptureQueriesContext(connection) as queries:
        list(Article.objects.filter(pk__in=ids_subquery(ids_parameter(ids))).values_list("pk"))
    (sql,) = [query["sql"] for query in queries]
    assert sql.count("1000") == 1  # the list, once, not a thousand placeholders


def test_in_ids_is_the_orms_in():
    from django.db.models import F

    from timeline.prepared import InIds

    articles = [Article.objects.create(title=f"R{n}", published=D(2023, 4, 1), text=f"T{n}.") for n in range(4)]
    chosen = [articles[0].pk, articles[2].pk, 10**9]
    with CaptureQueriesContext(connection) as queries:
        found = set(Article.objects.filter(InIds(F("id"), ids_parameter(chosen))).values_list("pk", flat=True))
    assert found == {articles[0].pk, articles[2].pk}
    assert len(queries) == 1 and str(10**9) in queries[0]["sql"]
    assert not Article.objects.filter(InIds(F("id"), ids_parameter([]))).exists()
