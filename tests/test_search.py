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


def documents_unlike_a_full_rebuild():
    """Ids of the events whose stored search document (and last mention
    folded in) differs from one built from nothing (migration 0026's FULL),
    or that have none."""
    import importlib

    from django.db import connection

    full = importlib.import_module("timeline.migrations.0026_search_incremental").FULL
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT f.id FROM ({full}) f(id, document, last)
            LEFT JOIN timeline_event_search s ON s.event_id = f.id
            WHERE s.event_id IS NULL OR s.document <> f.document OR s.last_mention <> f.last ORDER BY f.id"""
        )
        return [pk for (pk,) in cursor.fetchall()]


@pytest.mark.django_db
def test_a_batch_appends_new_sentences_to_the_document_as_a_full_rebuild_makes_it(monkeypatch):
    """PostgreSQL: a bulk batch refreshes the documents of the events it
    touched by appending the sentences of their new mentions only (migration
    0026), not by parsing every sentence again; what it stores is what a
    full rebuild stores, sentences in mention id order."""
    from django.db import connection

    from timeline import jobs
    from timeline.models import Mention

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's search documents")
    monkeypatch.setattr(jobs, "EXTRACT_AHEAD", False)
    monkeypatch.setattr(jobs, "BATCH_SIZE", 1)
    reports = [
        {"title": f"Report {n}", "published": "2023-03-09",
         "text": f"North Korea fired six short-range ballistic missiles into the sea on Thursday, {source} said."}
        for n, source in enumerate(["officials", "Tokyo's coastguard", "the Seoul bureau"], start=1)
    ]
    run = jobs.create_import_run([(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(reports)],
                                 label="input")
    assert jobs.process(run.pk) == "done"
    event = Event.objects.get()
    mentions = list(Mention.objects.filter(event=event).order_by("pk"))
    assert len(mentions) == 3  # one event, reported by three batches
    with connection.cursor() as cursor:
        cursor.execute("SELECT last_mention FROM timeline_event_search WHERE event_id = %s", [event.pk])
        assert cursor.fetchone()[0] == mentions[-1].pk
    assert documents_unlike_a_full_rebuild() == []
    # The words of the later batches' sentences are found.
    assert list(Event.objects.search("coastguard bureau")) == [event]
    # A deleted mention rebuilds the document whole (the trigger), the same way.
    mentions[0].delete()
    assert list(Event.objects.search("officials")) == []
    assert documents_unlike_a_full_rebuild() == []


@pytest.mark.django_db
def test_refreshing_a_batchs_events_parses_only_their_new_sentences():
    """What is stored of an event's document stays as it is: the batch's
    refresh (timeline_event_search_refresh_many) appends the sentences of
    the mentions past the last one folded in, and leaves an event with no
    new mention alone."""
    from django.db import connection

    from timeline.models import Article, Mention

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's search documents")
    article = Article.objects.create(title="A", published=datetime.date(2023, 4, 6), text="Text.")
    event = Event.objects.create(title="Missile launch", date=datetime.date(2023, 4, 6))
    other = Event.objects.create(title="Envoy talks", date=datetime.date(2023, 4, 7))
    with connection.cursor() as cursor:
        # A marker no sentence holds: kept only if nothing is parsed again.
        cursor.execute("UPDATE timeline_event_search SET document = 'zzmarker:1' WHERE event_id IN (%s, %s)",
                       [event.pk, other.pk])
        cursor.execute("SET LOCAL timeline.defer_search = 'on'")  # as a batch inserts
        mention = Mention.objects.create(event=event, article=article, sentence="Officials counted six launches.",
                                         cue="", sentence_start=0, sentence_end=31, cue_start=0, cue_end=0)
        cursor.execute("SET LOCAL timeline.defer_search = 'off'")
        cursor.execute("SELECT timeline_event_search_refresh_many(%s::bigint[])", [[event.pk, other.pk]])
        cursor.execute("SELECT event_id, document::text, last_mention FROM timeline_event_search ORDER BY event_id")
        assert cursor.fetchall() == [
            (event.pk, "'count':3 'launch':5 'offici':2 'six':4 'zzmarker':1", mention.pk),
            (other.pk, "'zzmarker':1", 0),
        ]
