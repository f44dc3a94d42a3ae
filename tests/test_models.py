import datetime

import pytest
from django.urls import reverse, set_script_prefix

from timeline.models import Actor, Article, Category, Event, Mention, content_hash, normalize_text, reverse_pk

D = datetime.date


@pytest.fixture
def article(db):
    return Article.objects.create(
        title="Envoy arrives in Seoul",
        source="Harbor Wire",
        published=D(2023, 4, 6),
        text="The envoy arrived on Thursday.\nTalks follow on Friday.",
    )


def make_event(title, date, precision="day", **kwargs):
    return Event.objects.create(title=title, date=date, precision=precision, **kwargs)


def test_reverse_pk_gives_what_reverse_gives_under_any_script_prefix():
    for viewname in ("timeline:event_detail", "timeline:article_detail"):
        for pk in (1, 42, 1234567):
            assert reverse_pk(viewname, pk) == reverse(viewname, args=[pk])
    # Served under a path (SCRIPT_NAME): the links follow it.
    set_script_prefix("/newsroom/")
    try:
        assert reverse_pk("timeline:event_detail", 7) == "/newsroom/events/7/" == reverse(
            "timeline:event_detail", args=[7]
        )
    finally:
        set_script_prefix("/")
    assert reverse_pk("timeline:event_detail", 7) == "/events/7/"


def test_article_published_label_writes_the_day_as_the_timeline_does(article):
    assert article.published_label == "6 April 2023"


def test_normalize_text_unifies_newlines_and_trailing_space():
    assert normalize_text("  a  \r\nb\rc \n\n") == "a\nb\nc"


def test_content_hash_ignores_whitespace_and_case():
    assert content_hash("North Korea fired\n a missile") == content_hash("north korea  fired a MISSILE ")
    assert content_hash("a") != content_hash("b")


@pytest.mark.django_db
def test_article_save_sets_hash_and_null_url(article):
    assert article.content_hash == content_hash(article.text)
    assert article.url is None
    # Two articles without a URL do not collide on the unique URL.
    other = Article.objects.create(title="Other", published=D(2023, 4, 7), text="Something else.")
    assert other.url is None


@pytest.mark.django_db
def test_duplicate_of_finds_same_text_or_url(article):
    assert Article.objects.duplicate_of(text="The envoy arrived on Thursday.\r\nTalks follow on Friday.  ") == article
    assert Article.objects.duplicate_of(text="new text") is None
    article.url = "https://news.example.org/a"
    article.save()
    assert Article.objects.duplicate_of(text="new text", url="https://news.example.org/a") == article


@pytest.mark.django_db
def test_month_precision_sorts_at_start_of_month_and_shows_month():
    march = make_event("Missile launches", D(2023, 3, 17), "month")
    first = make_event("Launch", D(2023, 3, 1))
    later = make_event("Talks", D(2023, 3, 2))
    assert march.date == D(2023, 3, 1)
    assert march.date_label == "March 2023"
    assert march.iso_date == "2023-03"
    assert list(Event.objects.chronological()) == [march, first, later]


@pytest.mark.django_db
def test_year_precision_label_and_storage():
    event = make_event("Programme begins", D(2017, 6, 5), "year")
    assert event.date == D(2017, 1, 1)
    assert event.date_label == "2017"
    assert event.iso_date == "2017"
    assert event.last_day == D(2017, 12, 31)


@pytest.mark.django_db
def test_range_labels():
    assert make_event("Drills", D(2023, 3, 2), end_date=D(2023, 3, 4)).date_label == "2–4 March 2023"
    assert make_event("Same day", D(2023, 3, 2), end_date=D(2023, 3, 2)).end_date is None


@pytest.mark.django_db
def test_in_range_counts_coarse_events_as_their_whole_period():
    march = make_event("March launches", D(2023, 3, 1), "month")
    day = make_event("Flight", D(2023, 4, 5))
    year = make_event("Since 2017", D(2017, 1, 1), "year", end_date=D(2023, 1, 1))
    qs = Event.objects.in_range
    assert set(qs(D(2023, 3, 15), D(2023, 3, 20))) == {march, year}
    assert set(qs(D(2023, 4, 1), None)) == {day, year}
    assert set(qs(None, D(2023, 2, 28))) == {year}
    assert set(qs(D(2023, 4, 5), D(2023, 4, 5))) == {day, year}
    assert set(qs(D(2024, 1, 1), None)) == set()


@pytest.mark.django_db
def test_queryset_filters_chain(article):
    launch = Category.objects.get(slug="missile-launch")
    korea = Actor.objects.create(name="North Korea", kind="country")
    a = make_event("Missile launch", D(2023, 4, 6), category=launch)
    a.actors.add(korea)
    b = make_event("Talks", D(2023, 4, 7), status=Event.Status.REJECTED)
    Mention.objects.create(event=b, article=article, sentence="Talks follow on Friday.", cue="on Friday",
                           sentence_start=31, sentence_end=54, cue_start=44, cue_end=53)
    assert list(Event.objects.in_category("missile-launch").with_actor("north-korea")) == [a]
    assert list(Event.objects.in_category(launch).with_actor(korea)) == [a]
    assert list(Event.objects.from_article(article)) == [b]
    assert list(Event.objects.from_source("Harbor Wire")) == [b]
    assert list(Event.objects.with_status("rejected")) == [b]
    assert list(Event.objects.visible()) == [a]


@pytest.mark.django_db
def test_search_matches_title_and_mentioning_sentence(article):
    a = make_event("North Korea fires missile", D(2023, 4, 6), place="Pyongyang")
    b = make_event("Envoy talks", D(2023, 4, 7))
    Mention.objects.create(event=b, article=article, sentence="Talks follow on Friday in Seoul.", cue="on Friday",
                           sentence_start=0, sentence_end=10, cue_start=0, cue_end=0)
    assert list(Event.objects.search("missile")) == [a]
    assert list(Event.objects.search("Seoul")) == [b]
    assert list(Event.objects.search("Pyongyang")) == [a]
    assert set(Event.objects.search("")) == {a, b}
    assert list(Event.objects.search("nothing-like-this")) == []


@pytest.mark.django_db
def test_mention_sentence_parts_and_article_segments(article):
    event = make_event("Arrival", D(2023, 4, 6))
    mention = Mention.objects.create(event=event, article=article, sentence="The envoy arrived on Thursday.",
                                     cue="on Thursday", sentence_start=0, sentence_end=30, cue_start=18, cue_end=29)
    assert mention.sentence_parts() == ("The envoy arrived ", "on Thursday", ".")
    segments = article.highlighted_segments()
    assert "".join(text for text, _ in segments) == article.text
    assert [(text, m) for text, m in segments if m] == [("on Thursday", mention)]


@pytest.mark.django_db
def test_actor_for_names_reuses_and_guesses_countries():
    existing = Actor.objects.create(name="KCNA", kind="organisation")
    actors = Actor.objects.for_names(["kcna", "Japan", "Sung Kim", "Japan", " "])
    assert actors[0] == existing
    assert [a.name for a in actors] == ["KCNA", "Japan", "Sung Kim"]
    assert actors[1].kind == "country"
    assert actors[2].kind == "other"


@pytest.mark.django_db
def test_import_article_runs_engine_and_is_idempotent():
    text = "SEOUL — North Korea fired a ballistic missile on Thursday, the South Korean military said."
    article, created = Article.objects.import_article(
        title="Launch", published=D(2023, 4, 6), text=text, source="Harbor Wire"
    )
    assert created
    event = Event.objects.get()
    assert event.date == D(2023, 4, 6)
    mention = event.mentions.get()
    assert article.text[mention.cue_start:mention.cue_end] == mention.cue
    assert "Thursday" in mention.cue
    assert article.text[mention.sentence_start:mention.sentence_end] == mention.sentence
    again, created = Article.objects.import_article(title="Launch again", published=D(2023, 4, 6), text=text + "  ")
    assert (again, created) == (article, False)
    assert Event.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("common_from", [1, 1000])
def test_with_actor_gives_the_same_events_by_either_plan(monkeypatch, common_from):
    import timeline.models

    monkeypatch.setattr(timeline.models, "COMMON_ACTOR_EVENTS", common_from)
    korea = Actor.objects.create(name="North Korea", slug="north-korea", kind="country")
    japan = Actor.objects.create(name="Japan", slug="japan", kind="country")
    a = make_event("Launch", D(2023, 3, 2))
    b = make_event("Talks", D(2023, 3, 3))
    a.actors.add(korea, japan)
    b.actors.add(japan)
    assert list(Event.objects.with_actor("north-korea")) == [a]
    assert list(Event.objects.with_actor(japan).chronological()) == [a, b]
    assert list(Event.objects.with_actor("nobody")) == []


@pytest.mark.django_db
def test_sources_are_cached_and_refreshed_on_save(article, django_assert_num_queries):
    assert Article.objects.sources() == ["Harbor Wire"]
    with django_assert_num_queries(0):
        assert Article.objects.sources() == ["Harbor Wire"]
    Article.objects.create(title="B", source="Meridian Press", published=D(2023, 4, 7), text="Other text.")
    assert Article.objects.sources() == ["Harbor Wire", "Meridian Press"]


LAUNCH_REPORT = "SEOUL — North Korea fired six short-range ballistic missiles into the sea on Thursday, officials said."
SAME_LAUNCH = "TOKYO — Six short-range missiles were fired by North Korea on Thursday, Japan's defence ministry said."
OTHER_LAUNCH = "SEOUL — North Korea tested a new cruise missile system on Thursday at a site near Pyongyang."


@pytest.mark.django_db
def test_an_event_reported_again_gains_a_mention_not_a_twin():
    first, _ = Article.objects.import_article(title="A", published=D(2023, 3, 9), text=LAUNCH_REPORT)
    second, _ = Article.objects.import_article(title="B", published=D(2023, 3, 9), text=SAME_LAUNCH)
    event = Event.objects.get()
    assert sorted(m.article_id for m in event.mentions.all()) == [first.pk, second.pk]
    assert "Japan" in {a.name for a in event.actors.all()}  # the second report's actors join


@pytest.mark.django_db
def test_a_different_event_the_same_day_stays_apart():
    Article.objects.import_article(title="A", published=D(2023, 3, 9), text=LAUNCH_REPORT)
    Article.objects.import_article(title="C", published=D(2023, 3, 9), text=OTHER_LAUNCH)
    assert Event.objects.count() == 2


@pytest.mark.django_db
def test_matching_needs_same_date_category_and_another_article():
    from timeline.extraction import extract_events
    from timeline.importing import find_match

    article, _ = Article.objects.import_article(title="A", published=D(2023, 3, 9), text=LAUNCH_REPORT)
    event = Event.objects.get()
    [same] = extract_events(SAME_LAUNCH, published=D(2023, 3, 9))
    [week_later] = extract_events(SAME_LAUNCH, published=D(2023, 3, 17))  # Thursday 16 March
    assert find_match(same) == event
    assert find_match(same, article=article) is None  # the article already reports it
    assert find_match(week_later) is None
    event.status = Event.Status.REJECTED
    event.save()
    assert find_match(same) is None


@pytest.mark.django_db
def test_in_window_splits_own_events_from_ongoing_ones():
    march = make_event("March launches", D(2023, 3, 1), "month")
    day = make_event("Flight", D(2023, 3, 16))
    first = make_event("First of March", D(2023, 3, 1))
    year = make_event("Since 2017", D(2017, 1, 1), "year", end_date=D(2023, 1, 1))
    range_ = make_event("Drills", D(2023, 3, 14), end_date=D(2023, 3, 17))
    year2023 = make_event("During 2023", D(2023, 1, 1), "year")

    def window(start, end):
        own, ongoing = Event.objects.in_window(start, end)
        found = set()
        for part in ongoing:
            assert not found & set(part), "the ongoing parts are disjoint"
            found |= set(part)
        assert not found & set(own)
        assert set(own) | found == set(Event.objects.in_range(start, end))
        return set(own), found

    assert window(D(2023, 3, 16), D(2023, 3, 16)) == ({day}, {march, year, range_, year2023})
    assert window(D(2023, 3, 1), D(2023, 3, 1)) == ({first}, {march, year, year2023})
    assert window(D(2023, 3, 1), D(2023, 3, 31)) == ({march, day, first, range_}, {year, year2023})
    assert window(D(2023, 1, 1), D(2023, 12, 31)) == ({march, day, first, range_, year2023}, {year})
    assert window(D(2023, 3, 16), None) == ({day}, {march, year, range_, year2023})
    assert window(None, D(2023, 3, 15)) == ({first, year, range_}, {march, year2023})
    assert window(None, D(9999, 12, 31)) == ({march, day, first, year, range_, year2023}, set())
    assert window(D(2023, 3, 2), D(2023, 3, 1)) == (set(), set())


@pytest.mark.django_db
def test_events_dated_by_a_person_are_told_apart_for_many_at_once():
    from timeline.models import REFINED

    def event(title, **fields):
        return Event.objects.create(title=title, date=datetime.date(2024, 5, 1), precision="month", **fields)

    untouched = event("Summit planned")
    confirmed = event("Launch planned", status=Event.Status.CONFIRMED)
    edited, refined = event("Visit planned"), event("Test planned")
    edited.date, edited.precision = datetime.date(2024, 5, 7), "day"
    edited.save()
    refined.date, refined.precision = datetime.date(2024, 5, 9), "day"
    refined._change_reason = f"{REFINED}: May 2024 to 9 May 2024"
    refined.save()
    renamed = event("Talks planned")
    renamed.title = "Talks held"
    renamed.save()

    events = [untouched, confirmed, edited, refined, renamed]
    assert Event.objects.filter(pk__in=[e.pk for e in events]).dated_by_person() == {confirmed.pk, edited.pk}
    assert {e.pk for e in events if Event.objects.get(pk=e.pk).dated_by_person()} == {confirmed.pk, edited.pk}


@pytest.mark.django_db
def test_an_actor_is_common_from_common_actor_events_on(monkeypatch):
    from timeline import models

    monkeypatch.setattr(models, "COMMON_ACTOR_EVENTS", 3)
    korea = Actor.objects.create(name="North Korea", kind="country")
    for day in (1, 2):
        Event.objects.create(title=f"Day {day}", date=datetime.date(2023, 3, day)).actors.add(korea)
    assert not Actor.objects.get(pk=korea.pk).is_common
    Event.objects.create(title="Day 3", date=datetime.date(2023, 3, 3)).actors.add(korea)
    assert Actor.objects.get(pk=korea.pk).is_common


@pytest.mark.django_db
def test_events_for_rows_are_events_loaded_with_their_row_columns(django_assert_num_queries):
    """EventQuerySet.for_rows builds events from values: each holds what
    the ORM would load for its row columns, its category without another
    query, and reads a column left out from the database when asked."""
    from timeline.models import ROW_COLUMNS

    category = Category.objects.create(name="Odd <b>", slug="odd")
    summary = Event.objects.create(title="Summary", date=datetime.date(2023, 3, 1), precision="month", summary_count=4)
    Event.objects.create(title="Item", date=datetime.date(2023, 3, 9), parent=summary, category=category,
                         place="Lisbon", summary="Not in rows.", end_date=datetime.date(2023, 3, 12), disputed=True)
    with django_assert_num_queries(1):
        events = Event.objects.order_by("date").for_rows()
        assert [(event.category and event.category.name) for event in events] == [None, "Odd <b>"]
    stored = list(Event.objects.order_by("date"))
    assert events == stored
    for event, full in zip(events, stored, strict=True):
        for column in ROW_COLUMNS:
            assert getattr(event, column) == getattr(full, column), column
        assert (event.date_label, event.iso_date, event.is_summary, event.overdue) == (
            full.date_label, full.iso_date, full.is_summary, full.overdue
        )
        assert not event._state.adding and event._state.db == "default"
    with django_assert_num_queries(1):
        assert events[1].summary == "Not in rows."
    events[1].title = "Item, renamed"
    events[1].save()
    assert Event.objects.get(pk=events[1].pk).summary == "Not in rows."


@pytest.mark.django_db
def test_a_mentions_event_has_no_index_of_its_own_but_two_that_lead_with_it():
    """Migration 0029: the foreign key's own index was a third index
    leading with event_id, maintained on every mention a bulk import
    inserts; lookups by event take the unique (event, article, cue_start)
    or the (event, id) index. On SQLite the table keeps its triggers (the
    index is dropped by name, not by rebuilding the table)."""
    from django.db import connection

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Mention._meta.db_table)
    indexed = [info["columns"] for info in constraints.values() if info["index"] or info["unique"]]
    assert ["event_id"] not in indexed
    assert ["event_id", "id"] in indexed
    assert ["event_id", "article_id", "cue_start"] in indexed
    assert ["article_id"] in indexed
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'timeline_mention'")
            assert {"timeline_mention_fts_insert", "timeline_mention_fts_delete"} <= {row[0] for row in cursor}


@pytest.mark.django_db
def test_history_tables_index_the_record_and_the_user_not_the_foreign_keys_they_copy():
    """Migration 0030: the history is read by record (id) and, when a user
    is deleted, by its user; the copies of the event's and the mention's
    foreign keys were indexed for nothing, at an entry per record a bulk
    import writes."""
    from django.db import connection

    def indexed(model):
        with connection.cursor() as cursor:
            constraints = connection.introspection.get_constraints(cursor, model._meta.db_table)
        return {tuple(info["columns"]) for info in constraints.values() if info["index"] or info["unique"]}

    events, mentions = indexed(Event.history.model), indexed(Mention.history.model)
    for columns in [("id",), ("history_user_id",), ("history_date",)]:
        assert columns in events and columns in mentions
    assert not {("category_id",), ("created_by_id",), ("announced_by_id",), ("parent_id",)} & events
    assert not {("event_id",), ("article_id",), ("anchor_id",)} & mentions
