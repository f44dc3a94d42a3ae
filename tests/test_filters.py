"""EventFilter: each filter, plain-language dates, defaults and keyset paging."""
import datetime
import re
from datetime import date as D

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from timeline.filters import Cursor, EventFilter
from timeline.models import Actor, Article, Category, Event, Mention

pytestmark = pytest.mark.django_db


def make_article(title="Report", source="Harbor Wire", published=D(2023, 4, 6), text="", url=None):
    return Article.objects.create(
        title=title, source=source, published=published, text=text or f"{title}. Nothing happened.", url=url
    )


def make_event(title, date, *, precision="day", end_date=None, status="proposed", category=None, actors=(),
               article=None, sentence=None, cue=None):
    event = Event.objects.create(
        title=title, date=date, precision=precision, end_date=end_date, status=status,
        category=Category.objects.get(slug=category) if category else None,
    )
    if actors:
        event.actors.set(Actor.objects.for_names(actors))
    if article is not None:
        sentence = sentence or article.text
        start = article.text.find(sentence)
        cue = cue or sentence.split()[0]
        cue_start = start + sentence.find(cue)
        Mention.objects.create(
            event=event, article=article, sentence=sentence, cue=cue,
            sentence_start=start, sentence_end=start + len(sentence),
            cue_start=cue_start, cue_end=cue_start + len(cue),
        )
    return event


def titles(data):
    """The titles the filter finds, oldest first unless `data` says otherwise."""
    query = QueryDict(mutable=True)
    query.update({"sort": "oldest", **data})
    return [event.title for event in EventFilter(query, queryset=Event.objects.all()).qs]


@pytest.fixture
def dated():
    """Events at each precision around March 2023."""
    make_event("year 2022", D(2022, 1, 1), precision="year")
    make_event("early march", D(2023, 3, 10))
    make_event("march sometime", D(2023, 3, 1), precision="month")
    make_event("last of march", D(2023, 3, 31))
    make_event("april fifth", D(2023, 4, 5))
    make_event("april range", D(2023, 4, 20), end_date=D(2023, 5, 2))


def test_no_filters_lists_everything_oldest_first(dated):
    assert titles({}) == ["year 2022", "march sometime", "early march", "last of march", "april fifth", "april range"]


def test_sort_newest_first_by_default(dated):
    for data in ({"sort": "newest"}, {"sort": ""}):
        assert titles(data)[0] == "april range"
        assert titles(data)[-1] == "year 2022"
    default = EventFilter(QueryDict(), queryset=Event.objects.all())
    assert default.newest_first and [e.title for e in default.qs][0] == "april range"


def test_date_from_includes_month_precision_event_overlapping_it(dated):
    # "March 2023" lasts the whole month, so it overlaps a range starting on the 15th.
    assert titles({"date_from": "2023-03-15"}) == ["march sometime", "last of march", "april fifth", "april range"]


def test_date_to_is_inclusive_and_includes_coarse_events_starting_before(dated):
    assert titles({"date_to": "2023-03-15"}) == ["year 2022", "march sometime", "early march"]


def test_date_to_a_month_runs_to_its_last_day(dated):
    assert titles({"date_to": "March 2023"}) == ["year 2022", "march sometime", "early march", "last of march"]


def test_date_from_a_year_starts_on_first_january(dated):
    assert "year 2022" in titles({"date_from": "2022"})
    assert "year 2022" not in titles({"date_from": "2023"})


def test_ranges_overlapping_the_filter_are_found(dated):
    assert titles({"date_from": "2023-05-01", "date_to": "2023-05-31"}) == ["april range"]


def test_plain_language_date_range(dated):
    assert titles({"date_from": "March 2023", "date_to": "March 2023"}) == [
        "march sometime", "early march", "last of march",
    ]


def test_bad_date_is_a_form_error_and_lists_nothing(dated):
    query = QueryDict("date_from=xyzzy+plugh&date_to=2023-03-15")
    event_filter = EventFilter(query, queryset=Event.objects.all())
    assert "date_from" in event_filter.form.errors
    assert event_filter.form.errors["date_from"][0]
    # Never everything, nor the other filters alone, as if this one applied.
    assert list(event_filter.qs) == []


def test_category_filter():
    make_event("launch", D(2023, 4, 5), category="missile-launch")
    make_event("talks", D(2023, 4, 6), category="diplomatic-meeting")
    assert titles({"category": "missile-launch"}) == ["launch"]


def test_unknown_category_is_an_error_not_a_crash():
    make_event("launch", D(2023, 4, 5), category="missile-launch")
    event_filter = EventFilter(QueryDict("category=nope"), queryset=Event.objects.all())
    assert event_filter.form.errors["category"] == [
        "Select a valid choice. That choice is not one of the available choices."
    ]
    assert list(event_filter.qs) == []
    assert "category" in EventFilter(QueryDict("category=nul%00")).form.errors


def test_the_chosen_category_is_read_in_one_query(django_assert_num_queries):
    """CategoryField finds the slug with a query compiled once (timeline/prepared.py)."""
    for slug in ("missile-launch", "diplomatic-meeting"):
        with django_assert_num_queries(1):
            category = EventFilter(QueryDict(f"category={slug}")).cleaned("category")
        assert category == Category.objects.get(slug=slug) and category.name == Category.objects.get(slug=slug).name


def test_the_category_menu_lists_every_category_by_name_in_one_query(django_assert_num_queries):
    """CategoryChoices reads the menu with a query compiled once: every
    category, in the model's order, a new one included, the chosen one selected."""
    Category.objects.create(name="Aardvark sightings", slug="aardvark")
    form = EventFilter(QueryDict("category=aardvark")).form
    form.is_valid()
    with django_assert_num_queries(1):
        menu = str(form["category"])
    expected = [("", "All categories"), *Category.objects.order_by("name").values_list("slug", "name")]
    assert re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', menu) == expected
    assert '<option value="aardvark" selected>Aardvark sightings</option>' in menu


def test_actor_filter():
    make_event("flight", D(2023, 4, 5), actors=["United States", "South Korea"])
    make_event("launch", D(2023, 4, 6), actors=["North Korea"])
    slug = Actor.objects.get(name="South Korea").slug
    assert titles({"actor": slug}) == ["flight"]


def test_article_filter_and_no_duplicates_for_two_mentions():
    article = make_article(text="On Monday a launch. On Tuesday another launch.")
    other = make_article(title="Other", text="Unrelated thing on Friday.")
    event = make_event("launch", D(2023, 4, 3), article=article, sentence="On Monday a launch.", cue="Monday")
    Mention.objects.create(
        event=event, article=article, sentence="On Tuesday another launch.", cue="Tuesday",
        sentence_start=20, sentence_end=46, cue_start=23, cue_end=30,
    )
    make_event("unrelated", D(2023, 4, 7), article=other)
    assert titles({"article": str(article.pk)}) == ["launch"]


def test_source_filter_ignores_case():
    make_event("wire", D(2023, 4, 5), article=make_article(title="A", source="Harbor Wire"))
    make_event("gazette", D(2023, 4, 6), article=make_article(title="B", source="Coast Gazette"))
    assert titles({"source": "Harbor Wire"}) == ["wire"]
    assert titles({"source": "Coast Gazette"}) == ["gazette"]


def test_status_default_hides_rejected():
    make_event("proposed", D(2023, 4, 1), status="proposed")
    make_event("confirmed", D(2023, 4, 2), status="confirmed")
    make_event("rejected", D(2023, 4, 3), status="rejected")
    assert titles({}) == ["proposed", "confirmed"]
    assert titles({"status": "rejected"}) == ["rejected"]
    assert titles({"status": "confirmed"}) == ["confirmed"]
    assert titles({"status": "all"}) == ["proposed", "confirmed", "rejected"]


def test_text_search_over_titles_and_sentences():
    article = make_article(text="Bombers flew over the peninsula on Tuesday.")
    make_event("B-52 flight", D(2023, 4, 4), article=article, cue="Tuesday")
    make_event("Envoy talks in Geneva", D(2023, 4, 5))
    assert titles({"q": "envoy"}) == ["Envoy talks in Geneva"]
    assert titles({"q": "peninsula"}) == ["B-52 flight"]
    assert titles({"q": "nothing-like-this"}) == []


def test_filters_combine(dated):
    make_event("march launch", D(2023, 3, 20), category="missile-launch")
    assert titles({"date_from": "March 2023", "date_to": "March 2023", "category": "missile-launch"}) == [
        "march launch"
    ]


def test_keyset_pages_cover_everything_once_in_both_orders():
    # Several events share each date so that the id breaks ties across page edges.
    for i in range(23):
        make_event(f"e{i}", D(2023, 1, 1) + datetime.timedelta(days=i // 4))
    for sort in ("oldest", "newest"):
        seen, after = [], None
        while True:
            page = EventFilter(QueryDict(f"sort={sort}"), queryset=Event.objects.all()).page(after=after, size=5)
            seen += [event.pk for event in page.events]
            if page.next_cursor is None:
                break
            after = str(page.next_cursor)
        expected = list(Event.objects.order_by("date", "id").values_list("pk", flat=True))
        assert seen == (expected[::-1] if sort == "newest" else expected)


def test_a_page_reads_what_its_rows_show_and_no_more():
    """page() reads each event's row columns and its category in one query
    (ongoing events in one more): the rows' actors and reports are fetched
    apart, as plain values, for the rows not cached (views/browse.py), so
    no Actor, Mention or Article is built for them here."""
    article = make_article(text="Envoys met in Lisbon. Long notes follow.")
    event = make_event("Envoys meet", D(2023, 4, 5), category="diplomatic-meeting", actors=["Japan"], article=article)
    Event.objects.filter(pk=event.pk).update(summary="A long summary no row shows.")
    with CaptureQueriesContext(connection) as queries:
        page = EventFilter(QueryDict(), queryset=Event.objects.all()).page()
    assert page.events == [event] and page.events[0].category.slug == "diplomatic-meeting"
    (sql,) = [query["sql"] for query in queries]
    assert "timeline_category" in sql and '"summary"' not in sql
    assert not hasattr(page.events[0], "_prefetched_objects_cache")


def test_malformed_cursor_means_first_page():
    make_event("first", D(2023, 1, 1))
    page = EventFilter(QueryDict(), queryset=Event.objects.all()).page(after="garbage")
    assert page.is_first and [e.title for e in page.events] == ["first"]


def test_cursor_round_trip():
    assert Cursor.parse(str(Cursor(D(2023, 4, 5), 12))) == Cursor(D(2023, 4, 5), 12)
    assert Cursor.parse("2023-13-01.4") is None


def test_relative_phrases_are_read_against_today():
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday() + 7)
    for title, day in [("before", monday - datetime.timedelta(days=1)), ("monday", monday),
                       ("sunday", monday + datetime.timedelta(days=6)), ("after", monday + datetime.timedelta(days=7))]:
        make_event(title, day)
    assert titles({"date_from": "last week", "date_to": "last week"}) == ["monday", "sunday"]


def test_ambiguous_numeric_date_is_explained():
    event_filter = EventFilter(QueryDict("date_to=05/04/2023"), queryset=Event.objects.all())
    assert "ambiguous" in event_filter.form.errors["date_to"][0]


@pytest.mark.parametrize("sort", ["oldest", "newest"])
def test_paging_walks_the_window_own_events_and_folds_the_ongoing_ones(sort):
    ongoing = [
        Event.objects.create(title="Year 2022 and on", date=datetime.date(2021, 1, 1), precision="year",
                             end_date=datetime.date(2023, 1, 1)),
        Event.objects.create(title="March", date=datetime.date(2023, 3, 1), precision="month"),
        Event.objects.create(title="Drills", date=datetime.date(2023, 3, 10), end_date=datetime.date(2023, 3, 20)),
    ]
    inside = [Event.objects.create(title=f"Day {d}", date=datetime.date(2023, 3, d)) for d in range(15, 25)]
    Event.objects.create(title="Too early", date=datetime.date(2023, 3, 14))
    Event.objects.create(title="Too late", date=datetime.date(2023, 4, 1))
    data = QueryDict(mutable=True)
    data.update({"date_from": "15 March 2023", "date_to": "31 March 2023", "sort": sort})
    newest = sort == "newest"
    seen, after, pages = [], None, []
    for _ in range(10):
        page = EventFilter(data, queryset=Event.objects.all()).page(after=after, size=3)
        pages.append(page)
        seen += page.events
        if not page.next_cursor:
            break
        after = str(page.next_cursor)
    # The window's own events, in date order, never preceded by the ongoing ones...
    assert seen == sorted(inside, key=lambda e: (e.date, e.id), reverse=newest)
    # ...which the first page holds apart, in the same order, with their count.
    assert pages[0].ongoing == sorted(ongoing, key=lambda e: (e.date, e.id), reverse=newest)
    assert pages[0].ongoing_count == 3
    assert all(page.ongoing == [] for page in pages[1:])
    event_filter = EventFilter(data, queryset=Event.objects.all())
    assert event_filter.count() == (10, 3, None)
    assert event_filter.qs.count() == 13
    own, *rest = [list(part) for part in event_filter.parts()]
    assert own == sorted(inside, key=lambda e: (e.date, e.id), reverse=newest)
    assert sorted(e.pk for part in rest for e in part) == sorted(e.pk for e in ongoing)


def test_sample_is_the_window_own_events_in_list_order_and_say_whether_complete():
    events = [Event.objects.create(title=f"Day {d}", date=datetime.date(2023, 3, d)) for d in range(1, 11)]
    Event.objects.create(title="March", date=datetime.date(2023, 3, 1), precision="month")  # ongoing from the 2nd
    event_filter = EventFilter(QueryDict("date_from=2023-03-02"), queryset=Event.objects.all())
    assert event_filter.sample(4) == ([(e.pk,) for e in events[::-1][:4]], False, None)
    assert event_filter.sample(9, ("id", "date")) == ([(e.pk, e.date) for e in events[1:][::-1]], True, None)


@pytest.fixture
def rare_pair(monkeypatch):
    """Twelve March days of a common actor, and two of its month events
    before them: few events pass "the actor, known to the month"."""
    from timeline import filters, models

    monkeypatch.setattr(filters, "SCAN_LIMIT", 5)
    monkeypatch.setattr(models, "COMMON_ACTOR_EVENTS", 2)
    for day in range(1, 13):
        make_event(f"Day {day}", D(2023, 3, day), actors=["North Korea"])
    return [make_event(f"Month {m}", D(2023, m, 1), precision="month", actors=["North Korea"]) for m in (1, 2)]


def test_combined_filters_few_pass_stop_after_the_scan_limit_and_say_where(rare_pair):
    event_filter = EventFilter(QueryDict("actor=north-korea&precision=month"), queryset=Event.objects.all())
    assert event_filter.scan_limited
    # The fifth newest event is of 8 March: nothing before it is read.
    assert event_filter.sample(10) == ([], False, D(2023, 3, 8))
    assert event_filter.count() == (0, 0, D(2023, 3, 8))
    oldest = EventFilter(QueryDict("actor=north-korea&precision=month&sort=oldest"), queryset=Event.objects.all())
    assert oldest.sample(10) == ([(e.pk,) for e in rare_pair], False, D(2023, 3, 3))
    # The list itself is not cut: it pages on to every match.
    assert list(event_filter.qs) == rare_pair[::-1]


def test_one_such_filter_or_a_selective_one_reads_to_the_end(rare_pair, monkeypatch):
    from timeline import models

    alone = EventFilter(QueryDict("precision=month"), queryset=Event.objects.all())
    assert not alone.scan_limited and alone.count() == (2, 0, None)
    monkeypatch.setattr(models, "COMMON_ACTOR_EVENTS", 100)  # a rare actor: its own index bounds the reading
    rare_actor = EventFilter(QueryDict("actor=north-korea&precision=month"), queryset=Event.objects.all())
    assert not rare_actor.scan_limited
    assert rare_actor.sample(10) == ([(e.pk,) for e in rare_pair[::-1]], True, None)


def test_filter_forms_share_their_fields_but_not_what_they_were_given():
    """FilterForm shares the class's fields among forms rather than
    deep-copying them for each: one request's values and errors must not
    show in another's form."""
    Category.objects.create(name="Odd", slug="odd")
    before = str(EventFilter(QueryDict("")).form)
    typed = EventFilter(QueryDict("q=launch&date_from=garbage&category=odd")).form
    assert not typed.is_valid()
    assert 'value="launch"' in str(typed) and '<option value="odd" selected>' in str(typed)
    empty = EventFilter(QueryDict("")).form
    assert empty.is_valid()
    assert typed.fields["q"] is empty.fields["q"]
    assert str(empty) == before
