import datetime

import pytest

from timeline import search
from timeline.models import Event


def test_words_drop_search_syntax():
    assert search.words('missile OR "launch* NEAR(x)') == ["missile", "OR", "launch", "NEAR", "x"]
    assert search.words("  ") == []
    assert search.words(None) == []


@pytest.mark.django_db
def test_search_stems_and_ands_words_and_reads_no_syntax():
    launch = Event.objects.create(title="North Korea launches a missile", date=datetime.date(2023, 4, 6))
    Event.objects.create(title="Envoy talks in Geneva", date=datetime.date(2023, 4, 7))
    assert list(Event.objects.search("launched")) == [launch]  # stemmed
    assert list(Event.objects.search("missile Geneva")) == []  # every word
    assert list(Event.objects.search('missile" OR "Geneva')) == []  # operators are words
    assert list(Event.objects.search("NEAR(missile")) == []
    assert list(Event.objects.search("*")) == list(Event.objects.all())


def search_plan(events):
    return events.order_by("-date", "-id")[:30].explain()


@pytest.mark.django_db
def test_a_common_word_is_checked_walking_the_dates_a_rare_one_looked_up(monkeypatch):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL chooses between the two plans from its statistics")
    monkeypatch.setattr(search, "COMMON_MATCHES", 3)
    for day in range(1, 6):
        Event.objects.create(title=f"Missile test {day}", date=datetime.date(2023, 4, day))
    Event.objects.create(title="Envoy talks", date=datetime.date(2023, 4, 9))
    Event.objects.bulk_create(
        Event(title=f"Statement {n}", date=datetime.date(2022, 1, 1) + datetime.timedelta(days=n),
              last_day=datetime.date(2022, 1, 1) + datetime.timedelta(days=n))
        for n in range(300)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # as a database in use has its statistics
    common = Event.objects.visible().search("missile")
    # Not every match looked up by its id: an index of the events walked,
    # each checked against the matches.
    assert "INTEGER PRIMARY KEY" not in search_plan(common)
    looked_up = Event.objects.visible().filter(pk__in=search.matching_ids("sqlite", ["missile"]))
    assert "INTEGER PRIMARY KEY" in search_plan(looked_up)  # (as it was)
    assert list(common.order_by("-date", "-id")) == list(looked_up.order_by("-date", "-id"))
    assert [e.title for e in common.order_by("date", "id")][:2] == ["Missile test 1", "Missile test 2"]
    # A rare word's few matches are looked up.
    assert "INTEGER PRIMARY KEY" in search_plan(Event.objects.visible().search("envoy"))
