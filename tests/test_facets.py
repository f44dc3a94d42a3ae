"""The facet objects, one class per kind: counts, truncation, selection, sampling."""
import datetime

import pytest
from django.http import QueryDict

from timeline.facets import (
    ActorFacet,
    CategoryFacet,
    PrecisionFacet,
    Sample,
    SourceFacet,
    StatusFacet,
    facet_results,
)
from timeline.filters import EventFilter
from timeline.models import Actor, Article, Category, Event, Mention

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def story():
    article = Article.objects.create(title="Report", source="Harbor Wire", published=D(2023, 4, 6), text="Text.")
    other = Article.objects.create(title="Other", source="Meridian News", published=D(2023, 4, 7), text="Other.")
    categories = {c.slug: c for c in Category.objects.all()}
    korea, japan = Actor.objects.create(name="North Korea"), Actor.objects.create(name="Japan")
    plan = [("missile-launch", [korea]), ("missile-launch", [korea, japan]), ("statement", [japan]),
            ("missile-launch", [korea]), ("election", [])]
    events = []
    for day, (slug, actors) in enumerate(plan, start=1):
        event = Event.objects.create(title=f"E{day}", date=D(2023, 3, day), category=categories[slug],
                                     status="confirmed" if day % 2 else "proposed")
        event.actors.set(actors)
        for source in (article, other) if day == 1 else (article,):
            Mention.objects.create(event=event, article=source, sentence="S.", cue="S", sentence_start=0,
                                   sentence_end=2, cue_start=0, cue_end=1)
        events.append(event)
    Event.objects.create(title="Month", date=D(2023, 3, 1), precision="month")
    return events


def rows(facet):
    return [(v.value, v.count) for v in facet.results().values]


def test_each_facet_counts_its_values_most_frequent_first(story):
    events = Sample.of(Event.objects.all())
    assert rows(CategoryFacet(events)) == [("missile-launch", 3), ("election", 1), ("statement", 1)]
    assert rows(ActorFacet(events)) == [("north-korea", 3), ("japan", 2)]
    # An event two articles of one outlet report counts once for it.
    assert rows(SourceFacet(events)) == [("Harbor Wire", 5), ("Meridian News", 1)]
    assert rows(PrecisionFacet(events)) == [("day", 5), ("month", 1)]
    assert rows(StatusFacet(events)) == [("confirmed", 3), ("proposed", 3)]
    assert CategoryFacet(events).results().values[0].label == "Missile launch"


def test_a_facet_asks_for_one_more_value_and_says_when_there_are_more(story, django_assert_num_queries):
    sample = Sample.of(Event.objects.all())
    with django_assert_num_queries(1):  # the categories' names; the counts come with the sample
        result = CategoryFacet(sample, size=2).results()
    assert [v.value for v in result.values] == ["missile-launch", "election"]
    assert result.truncated
    assert not CategoryFacet(sample, size=3).results().truncated
    with django_assert_num_queries(2):  # the links, then the names of the actors they hold
        assert ActorFacet(sample, size=1).results().truncated


def test_the_selected_value_is_marked(story):
    result = ActorFacet(Sample.of(Event.objects.all()), selected="japan").results()
    assert [v.selected for v in result.values] == [False, True]


def test_facets_of_a_filter_count_every_match_when_few(story):
    results = {r.name: r for r in facet_results(EventFilter(QueryDict("category=missile-launch"),
                                                            queryset=Event.objects.all()), selected={})}
    assert all(r.exact for r in results.values())
    assert [(v.value, v.count) for v in results["actor"].values] == [("north-korea", 3), ("japan", 1)]


def test_facets_count_a_bounded_sample_of_the_latest_matches_when_many(story):
    event_filter = EventFilter(QueryDict(), queryset=Event.objects.all())
    results = {r.name: r for r in facet_results(event_filter, selected={}, sample_size=2)}
    assert not results["category"].exact
    # The two latest events (5 and 4 March): an election and a launch, each "at least 1".
    assert sorted((v.value, v.count) for v in results["category"].values) == [("election", 1), ("missile-launch", 1)]


def test_a_facet_that_says_n_lists_n_when_chosen(story):
    query = "date_from=2023-03-02&date_to=2023-03-31"
    event_filter = EventFilter(QueryDict(query), queryset=Event.objects.all())
    results = facet_results(event_filter, selected={})
    assert all(result.exact for result in results)
    checked = 0
    for result in results:
        for value in result.values:
            chosen = EventFilter(QueryDict(f"{query}&{result.name}={value.value}"), queryset=Event.objects.all())
            assert chosen.count()[0] == value.count, (result.name, value)
            checked += 1
    assert checked >= 8
