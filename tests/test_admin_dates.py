"""The admin shows and reads dates as the public pages do (ISO or "6 Apr 2023"),
never 06/03/2023, and its change page keeps its heading clear of the buttons."""
from datetime import date as D

import pytest
from django.urls import reverse
from dom import element, elements, texts

from timeline.models import Article

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("boss", "b@example.com", "pw-boss-123"))
    return client


@pytest.fixture
def article():
    return Article.objects.create(title="Report", published=D(2023, 3, 6), text="Something happened on Monday.")


def post_article(client, article, published):
    return client.post(
        reverse("admin:timeline_article_change", args=[article.pk]),
        {"title": article.title, "url": "", "source": "", "published": published, "text": article.text,
         "mentions-TOTAL_FORMS": 0, "mentions-INITIAL_FORMS": 0},
    )


def test_the_change_form_shows_iso_dates(admin_client, article):
    page = admin_client.get(reverse("admin:timeline_article_change", args=[article.pk]))
    assert element(page, "input[name=published]").value == "2023-03-06"
    assert "06/03/2023" not in page.content.decode()


def test_the_list_shows_day_month_name_year(admin_client, article):
    page = admin_client.get(reverse("admin:timeline_article_changelist"))
    assert texts(page, "#result_list tbody td.field-published") == ["6 Mar 2023"]
    assert "06/03/2023" not in page.content.decode()


@pytest.mark.parametrize("typed", ["2023-04-06", "6 Apr 2023", "6 April 2023"])
def test_the_admin_reads_iso_and_written_dates(admin_client, article, typed):
    assert post_article(admin_client, article, typed).status_code == 302
    article.refresh_from_db()
    assert article.published == D(2023, 4, 6)


def test_the_admin_refuses_ambiguous_numeric_dates_as_the_filter_does(admin_client, article):
    response = post_article(admin_client, article, "06/04/2023")
    assert response.status_code == 200
    assert any("Enter a valid date" in t for t in texts(response, ".field-published .errorlist li"))
    article.refresh_from_db()
    assert article.published == D(2023, 3, 6)


def test_the_admin_loads_its_readability_fixes(admin_client, article):
    page = admin_client.get(reverse("admin:timeline_article_change", args=[article.pk]))
    stylesheets = [link.get("href") for link in elements(page, "link[rel=stylesheet]")]
    assert any(href.endswith("timeline/admin.css") for href in stylesheets)
