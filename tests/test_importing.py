"""timeline.importing: storing articles and the events extracted from them."""
import dataclasses
import datetime
import threading

import pytest
from django.db import connection, connections

from timeline.extraction import extract_events
from timeline.importing import EventWriter, among, import_article
from timeline.models import Actor, Article, Event, Precision

TEXT = "SEOUL — North Korea fired a ballistic missile on Thursday, the South Korean military said."


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="threads share no in-memory SQLite test database")
def test_two_imports_of_one_article_at_once_store_it_once():
    """Issue 9: the second of two simultaneous imports answered 500
    (IntegrityError); it now waits for the first and says "already imported"."""
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run(title):
        try:
            barrier.wait()
            results.append(import_article(title=title, published=datetime.date(2023, 4, 6), text=TEXT)[1])
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(title,)) for title in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert sorted(results) == [False, True]
    assert Article.objects.count() == 1 and Event.objects.count() == 1


@pytest.mark.django_db
def test_statements_of_one_group_become_one_event_with_a_mention_each():
    text = ("North Korea fired two missiles on Thursday, officials said. The missiles were fired on Thursday "
            "from near Pyongyang, Japan's defence ministry said.")
    article, created = import_article(title="Launch", published=datetime.date(2023, 4, 6), text=text)
    event = Event.objects.get()
    assert created and event.mentions.count() == 2
    assert {m.sentence for m in event.mentions.all()} == {
        "North Korea fired two missiles on Thursday, officials said.",
        "The missiles were fired on Thursday from near Pyongyang, Japan's defence ministry said.",
    }


@pytest.mark.django_db
def test_a_range_and_its_end_become_one_event():
    text = "The allies held joint drills from July 15 to July 18, the ministry said."
    import_article(title="Drills", published=datetime.date(2024, 7, 26), text=text)
    event = Event.objects.get()
    assert (event.date, event.end_date) == (datetime.date(2024, 7, 15), datetime.date(2024, 7, 18))
    assert sorted(m.cue for m in event.mentions.all()) == ["July 15 to July 18", "July 18"]
    assert not event.disputed


@pytest.mark.django_db
def test_joining_a_happening_of_several_statements_adds_no_actors_without_the_right(django_user_model):
    """Issue 9's permission hole, through a happening of two statements:
    the first joined the chosen event without its actors, the second (same
    group) added them anyway."""
    Article.objects.import_article(title="First", published=datetime.date(2023, 4, 6), text=TEXT)
    event = Event.objects.get()
    before = set(event.actors.values_list("name", flat=True))
    text = ("North Korea fired two missiles on Thursday, officials said. The missiles were fired on Thursday "
            "from near Pyongyang, Japan's defence ministry said.")
    statements = [dataclasses.replace(e, actors=("Mallory Example",), group=1)
                  for e in extract_events(text, published=datetime.date(2023, 4, 6))]
    assert len(statements) == 2
    importer = django_user_model.objects.create_user(username="importer", password="pw-importer-123")
    import_article(title="Second", published=datetime.date(2023, 4, 6), text=text, user=importer,
                   events=statements, matches=[event, event])
    assert event.mentions.count() == 3
    assert set(event.actors.values_list("name", flat=True)) == before


@pytest.mark.django_db
def test_one_batch_naming_an_actor_two_ways_links_one_actor():
    """"United States" and "U.S." are one actor, even when neither is stored
    yet (the batch writer once asked for both at once and crashed)."""
    actors = EventWriter().actors_for(["United States", "U.S.", "united states"])
    assert [actor.name for actor in actors] == ["United States"]
    assert Actor.objects.count() == 1


CHAIN = """Envoy visits Pyongyang for family talks

SEOUL (Harbor Wire) — A special envoy from Seoul arrived in Pyongyang on Tuesday for talks on reuniting separated families, the unification ministry said.

A day later, the two sides signed an agreement to resume the reunions in Kaesong.

Two days later, the envoy returned to Seoul with the signed text.
"""
CHAIN_PUBLISHED = datetime.date(2023, 4, 8)


def mention_with_cue(cue):
    from timeline.models import Mention

    return Mention.objects.select_related("anchor", "event").get(cue=cue)


@pytest.mark.django_db
def test_each_mention_stores_its_claim_and_how_it_was_derived():
    import_article(title="Envoy", published=CHAIN_PUBLISHED, text=CHAIN)
    arrival, signing, return_ = (mention_with_cue(c) for c in ("Tuesday", "A day later", "Two days later"))
    assert (arrival.date, arrival.precision, arrival.end_date) == (datetime.date(2023, 4, 4), "day", None)
    assert (arrival.rule, arrival.tense, arrival.anchor) == ("wd", "past", None)
    assert 0 < arrival.confidence <= 1
    assert (signing.date, signing.rule, signing.anchor) == (datetime.date(2023, 4, 5), "ago", arrival)
    assert signing.place == signing.event.place
    assert return_.anchor == signing
    assert list(signing.dependents.all()) == [return_]


@pytest.mark.django_db
def test_a_reviewed_statement_keeps_the_engine_derivation_unless_the_reviewer_changed_its_date():
    """The review form sends the statements back without how they were
    dated: import_article reads them again. A date the reviewer typed is a
    person's reading (no rule, no confidence)."""
    statements = [
        dataclasses.replace(e, rule="", confidence=1.0, tense=None, anchor_cue_start=None)
        for e in extract_events(CHAIN, published=CHAIN_PUBLISHED)
    ]
    statements[2] = dataclasses.replace(statements[2], date=datetime.date(2023, 4, 6))
    import_article(title="Envoy", published=CHAIN_PUBLISHED, text=CHAIN, events=statements)
    signing, return_ = mention_with_cue("A day later"), mention_with_cue("Two days later")
    assert (signing.rule, signing.anchor.cue) == ("ago", "Tuesday")
    assert (return_.date, return_.rule, return_.confidence, return_.anchor) == (datetime.date(2023, 4, 6), "", None, None)


@pytest.mark.django_db
def test_a_batch_links_each_anchor_within_its_own_article():
    """Bulk imports write many articles in one go: an anchor is the
    statement of the same article, never another article's at the same offset."""
    first = Article.objects.create(title="One", published=CHAIN_PUBLISHED, text=CHAIN)
    second = Article.objects.create(title="Two", published=datetime.date(2023, 4, 15), text=CHAIN + "\nMore.")
    EventWriter().write(
        [
            (article, extract_events(article.text, published=article.published), None, ())
            for article in (first, second)
        ]
    )
    from timeline.models import Mention

    for article in (first, second):
        signing = Mention.objects.get(article=article, cue="A day later")
        assert signing.anchor.article == article and signing.anchor.cue == "Tuesday"
    assert Mention.objects.get(article=second, cue="Tuesday").date == datetime.date(2023, 4, 11)


@pytest.mark.django_db
def test_insert_rows_stores_what_bulk_create_stores():
    """importing.insert_rows, the batch writer's bulk_create, prepares JSON,
    gives the fields a row leaves out their defaults and the automatic dates
    the time now, and returns the rows' keys in order, as bulk_create stores
    objects: a field added to Event or Mention needs no more than its value."""
    from timeline.importing import insert_rows
    from timeline.models import ImportItem, ImportRun

    def rows(tag):
        run = ImportRun.objects.create(label=tag)
        return [
            {"run_id": run.pk, "position": n, "origin": f"{tag}:{n}", "data": {"title": "Ünïcode", "n": [n, None]},
             "article_id": None}
            for n in range(3)
        ]

    def stored(tag):
        return sorted(
            (item.position, item.data, item.article_id)
            for item in ImportItem.objects.filter(origin__startswith=f"{tag}:")
        )

    fast = insert_rows(ImportItem, rows("fast"))
    slow = ImportItem.objects.bulk_create(ImportItem(**row) for row in rows("slow"))
    assert fast == sorted(fast) and len(set(fast) | {item.pk for item in slow}) == 6
    assert [ImportItem.objects.get(pk=pk).origin for pk in fast] == ["fast:0", "fast:1", "fast:2"]
    assert stored("fast") == stored("slow")
    (pk,) = insert_rows(Event, [{"title": "Launch", **Event.normalized_dates(datetime.date(2023, 4, 6), "day", None)}])
    event = Event.objects.get(pk=pk)
    assert event.created_at and event.created_at == event.updated_at
    assert (event.status, event.precision, event.disputed) == (Event.Status.PROPOSED, Precision.DAY, False)


@pytest.mark.django_db
def test_insert_rows_stores_every_character_as_given():
    """PostgreSQL stores the rows by COPY, whose text format gives tabs,
    newlines, backslashes and \\N meanings of their own: psycopg escapes them."""
    from timeline.importing import insert_rows
    from timeline.models import ImportItem, ImportRun

    tricky = ["a\tb", "line\nbreak\r\n", "back\\slash", "\\N", "", "quote ' \" ; --", "Ünïcode \u2028 \U0001F680"]
    run = ImportRun.objects.create(label="tricky")
    ids = insert_rows(ImportItem, [{"run_id": run.pk, "position": n, "origin": text, "data": {"text": text}}
                                   for n, text in enumerate(tricky)])
    stored = ImportItem.objects.in_bulk(ids)
    assert [(stored[pk].origin, stored[pk].data) for pk in ids] == [(text, {"text": text}) for text in tricky]
    later = ImportItem.objects.create(run=run, position=99, origin="after")
    assert later.pk > max(ids)  # the keys were taken from the sequence


@pytest.mark.django_db
def test_insert_rows_raises_djangos_database_errors():
    """A row the database refuses raises django.db.IntegrityError, as any
    query through Django does, however the rows are stored (COPY on
    PostgreSQL): jobs.process_batch catches it to retry a batch."""
    from django.db import IntegrityError, transaction

    from timeline.importing import insert_rows

    backwards = {"title": "Ends before it starts", "precision": Precision.DAY, "date": datetime.date(2023, 5, 2),
                 "end_date": datetime.date(2023, 5, 1), "last_day": datetime.date(2023, 5, 1)}
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_rows(Event, [backwards])


@pytest.mark.django_db
def test_insert_rows_returns_each_rows_own_key_over_many_statements_and_skips_conflicts():
    """More rows than one statement takes (SQLite's parameter limit): each
    key returned is its own row's; with ignore_conflicts a row already
    stored is skipped, not an error."""
    from timeline.importing import insert_rows
    from timeline.models import ImportItem, ImportRun

    run = ImportRun.objects.create(label="many")
    ids = insert_rows(ImportItem, [{"run_id": run.pk, "position": n, "origin": f"item {n}"} for n in range(1500)])
    assert dict(zip(ids, (f"item {n}" for n in range(1500)), strict=True)) == dict(
        ImportItem.objects.values_list("pk", "origin"))
    event = Event.objects.create(title="Launch", date=datetime.date(2023, 4, 6))
    actors = [Actor.objects.create(name=name) for name in ("North Korea", "Japan")]
    link = Event.actors.through
    link.objects.create(event=event, actor=actors[0])
    insert_rows(link, [{"event_id": event.pk, "actor_id": actor.pk} for actor in actors], ignore_conflicts=True)
    assert sorted(event.actors.values_list("name", flat=True)) == ["Japan", "North Korea"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="threads share no in-memory SQLite test database")
def test_two_writers_at_once_make_one_event_of_one_happening(monkeypatch):
    """Two imports (two workers' batches, or a form beside a bulk run) of
    different articles reporting one happening: were both to read the
    candidates before the other's new event is committed, both would create
    one. Writers take turns (EventWriter.write), the second joining the
    first's event. The candidates step waits a moment for the other writer,
    so that without turns both would read before either writes."""
    fetched = threading.Barrier(2, timeout=2)
    candidates = EventWriter.candidates

    def candidates_then_wait(cls, keys, days=()):
        found = candidates(keys, days)
        try:
            fetched.wait()
        except threading.BrokenBarrierError:
            pass  # the other writer waits for its turn
        return found

    monkeypatch.setattr(EventWriter, "candidates", classmethod(candidates_then_wait))
    texts = [TEXT, "TOKYO — North Korea fired a ballistic missile on Thursday, Japan's defence ministry said."]
    errors = []

    def run(title, text):
        try:
            import_article(title=title, published=datetime.date(2023, 4, 6), text=text)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(f"Report {n}", text)) for n, text in enumerate(texts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert Article.objects.count() == 2
    assert Event.objects.count() == 1
    assert sorted(Event.objects.get().mentions.values_list("article__title", flat=True)) == ["Report 0", "Report 1"]


@pytest.mark.django_db
def test_among_selects_what_in_selects():
    first = Event.objects.create(title="Launch", date=datetime.date(2024, 5, 1), precision=Precision.DAY)
    second = Event.objects.create(title="Test", date=datetime.date(2024, 5, 2), precision=Precision.DAY)
    Event.objects.create(title="Talks", date=datetime.date(2024, 5, 3), precision=Precision.DAY)
    days = [datetime.date(2024, 5, 1), datetime.date(2024, 5, 2)]
    assert list(Event.objects.filter(among("date", days)).order_by("pk")) == [first, second]
    assert list(Event.objects.filter(among("pk", {second.pk})).values_list("pk", flat=True)) == [second.pk]
    assert not Event.objects.filter(among("pk", [])).exists()


@pytest.mark.django_db
def test_first_published_is_read_as_the_batch_began_with_its_own_articles_counted_in():
    """nearby() asks when a stored candidate's first source was published
    only of those that pass all else (read_first_published): the stored
    answer, lowered by the batch's articles that joined the event before."""
    from timeline.importing import UNREAD, Candidate

    text = "North Korea fired a ballistic missile into the sea on Monday, officials said."
    article, _ = import_article(title="Launch", published=datetime.date(2023, 4, 5), text=text)
    event = Event.objects.get()
    import_article(title="Launch again", published=datetime.date(2023, 4, 4), text=text + " Again.",
                   events=extract_events(text, published=datetime.date(2023, 4, 4)), matches=[event])
    unread = [Candidate(pk=event.pk, title=event.title, category=None, first_published=UNREAD) for _ in range(3)]
    unread[1].published_since = datetime.date(2023, 4, 1)
    unread[2].published_since = datetime.date(2023, 4, 9)
    ready = Candidate(pk=event.pk, title=event.title, category=None, first_published=datetime.date(2020, 1, 1))
    nobody = Event.objects.create(title="Reported by no one", date=datetime.date(2023, 4, 3))
    none = Candidate(pk=nobody.pk, title=nobody.title, category=None, first_published=UNREAD)
    none.published_since = datetime.date(2023, 4, 1)
    EventWriter.read_first_published([*unread, ready, none])
    assert [c.first_published for c in unread] == [datetime.date(2023, 4, 4), datetime.date(2023, 4, 1),
                                                   datetime.date(2023, 4, 4)]
    assert ready.first_published == datetime.date(2020, 1, 1)  # read with the candidates, or new: left alone
    assert none.first_published is None  # no stored source: no candidate on another day, as before


@pytest.mark.django_db
def test_dated_by_person_of_one_event_agrees_with_the_queryset():
    """importing.dated_by_person, one statement for the writer, tells the
    same events apart as EventQuerySet.dated_by_person."""
    from timeline.importing import dated_by_person
    from timeline.models import REFINED

    def event(title, **fields):
        return Event.objects.create(title=title, date=datetime.date(2024, 5, 1), precision="month", **fields)

    untouched = event("Summit planned")
    confirmed = event("Launch planned", status=Event.Status.CONFIRMED)
    rejected = event("Drill planned", status=Event.Status.REJECTED)
    edited, refined = event("Visit planned"), event("Test planned")
    edited.date, edited.precision = datetime.date(2024, 5, 7), "day"
    edited.save()
    refined.date, refined.precision = datetime.date(2024, 5, 9), "day"
    refined._change_reason = f"{REFINED}: May 2024 to 9 May 2024"
    refined.save()
    renamed = event("Talks planned")
    renamed.title = "Talks held"
    renamed.save()
    no_history = event("Imported without history")
    no_history.history.all().delete()

    events = [untouched, confirmed, rejected, edited, refined, renamed, no_history]
    expected = Event.objects.filter(pk__in=[e.pk for e in events]).dated_by_person()
    assert expected == {confirmed.pk, rejected.pk, edited.pk}
    assert {e.pk for e in events if dated_by_person(e.pk)} == expected
    assert not dated_by_person(max(e.pk for e in events) + 1)  # deleted meanwhile


@pytest.mark.django_db
def test_array_param_is_the_array_psycopg_would_send():
    """array_param's text of an array is read back as the list it was made
    from (PostgreSQL), whatever the strings hold; other values stay a list."""
    from timeline.importing import array_param

    day = datetime.date(2024, 5, 1)
    strings = ["", "NULL", 'say "hi"', "back\\slash", "{braces}, commas", " spaced ", "ünïcode", "a\nb"]
    cases = [("bigint", [3, 1, 2 ** 40]), ("date", [day, None, datetime.date(1, 1, 1)]), ("text", strings),
             ("bigint", []), ("text", [None, "x"]), ("bigint", [-5, 0, 7]),
             ("date", [day, datetime.date(1, 1, 1), datetime.date(9999, 12, 31)])]
    assert array_param([1.5]) == [1.5] and array_param([True]) == [True] and array_param([1, True]) == [1, True]
    assert array_param([datetime.datetime(2024, 5, 1, 12)]) == [datetime.datetime(2024, 5, 1, 12)]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for kind, values in cases:
            literal = array_param(values)
            assert isinstance(literal, str)
            cursor.execute(f"SELECT %s::{kind}[], %s::{kind}[]", [literal, values])
            sent, listed = cursor.fetchone()
            assert sent == listed == values
