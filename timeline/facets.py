"""Facets: the filtered events counted by category, actor, source,
precision, status, stage and disputed sources, each value a link that adds or removes its filter.

One class per kind of facet, as in Datasette's facets.py: each asks for
`size + 1` values so that it can say when there are more (`truncated`).

Bounded at any size: facets count the first SAMPLE_SIZE of the date
window's own events in the list's order (EventFilter.sample), one index
range scan. When there are fewer, the counts are exact, and a facet that
says N lists N (the heading's count) when chosen; when there are more, each
count is a lower bound ("at least N", shown "N+") among the latest ones.
When filters few events pass would have the sample read much of the table,
it stops after EventFilter's SCAN_LIMIT events and says the date it read
up to (the counts are lower bounds then too)."""
from collections import Counter
from dataclasses import dataclass

from django.db import connection

from timeline.models import Actor, Article, Category, Event, Mention, Precision, Stage
from timeline.prepared import ids_parameter, ids_subquery

FACET_SIZE = 10
# Enough that the common values of a story show their true order, few
# enough that counting them stays within a few tens of milliseconds at a
# million events (bench/browse_speed.py).
SAMPLE_SIZE = 1000


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class FacetResult:
    name: str
    title: str
    values: list
    truncated: bool  # more values than shown
    exact: bool  # counts of every match, not a lower bound among the first SAMPLE_SIZE
    stopped_at: object = None  # see Sample.stopped_at


@dataclass(frozen=True)
class Sample:
    """The events facets count: their ids, and the columns that column
    facets count in Python (read with the ids, so that category, precision
    and status cost no query of their own)."""

    rows: list  # (id, category_id, precision, status, stage, disputed)
    exact: bool  # every match, not the first SAMPLE_SIZE
    # The date the matches were read up to, when fewer than SAMPLE_SIZE were
    # found in the SCAN_LIMIT events read (EventFilter.sample).
    stopped_at: object = None

    COLUMNS = ("id", "category_id", "precision", "status", "stage", "disputed")

    @classmethod
    def of(cls, events, exact=True):
        return cls(rows=list(events.order_by().values_list(*cls.COLUMNS)), exact=exact)

    @property
    def ids(self):
        return [row[0] for row in self.rows]

    def counts(self, column):
        """{value: number of events} of one of COLUMNS, None left out."""
        index = self.COLUMNS.index(column)
        counts = Counter(row[index] for row in self.rows)
        counts.pop(None, None)
        return counts


class Facet:
    """Counts of one property among a Sample of the matches."""

    name = title = None

    def __init__(self, sample, *, selected="", size=FACET_SIZE):
        self.sample = sample
        self.selected = selected or ""
        self.size = size

    def rows(self, limit):
        """(value, label, count) of the most frequent values, at most `limit`."""
        raise NotImplementedError

    def results(self):
        rows = list(self.rows(self.size + 1)) if self.sample.rows else []
        values = [
            FacetValue(value=str(value), label=label, count=count, selected=str(value) == self.selected)
            for value, label, count in rows[: self.size]
        ]
        return FacetResult(
            name=self.name, title=self.title, values=values, truncated=len(rows) > self.size, exact=self.sample.exact,
            stopped_at=self.sample.stopped_at,
        )


def most_frequent(counts, label, limit):
    """(value, label, count) from {value: count}, most frequent first, ties by label."""
    rows = sorted(((value, label(value), count) for value, count in counts.items()), key=lambda r: (-r[2], r[1]))
    return rows[:limit]


class CategoryFacet(Facet):
    name, title = "category", "Category"

    def rows(self, limit):
        counts = self.sample.counts("category_id")
        categories = Category.objects.in_bulk(list(counts))
        counts = {categories[pk]: count for pk, count in counts.items() if pk in categories}
        return [(c.slug, c.name, n) for c, _, n in most_frequent(counts, lambda c: c.name, limit)]


def one_parameter(ids):
    """A subquery of `ids` passed as one parameter (timeline/prepared.py):
    as a thousand parameters, preparing them cost the ORM more than the
    query took."""
    ids = list(ids)
    if connection.vendor in ("postgresql", "sqlite"):
        return ids_subquery(ids_parameter(ids))
    return ids


class ActorFacet(Facet):
    name, title = "actor", "Actor"

    def rows(self, limit):
        # Links of the sample through their (event, actor) index, the names
        # of the actors they hold by primary key: a join could read the
        # whole actor table.
        links = Event.actors.through.objects.filter(event_id__in=one_parameter(self.sample.ids)).order_by()
        counts = Counter(links.values_list("actor_id", flat=True))
        actors = Actor.objects.filter(pk__in=one_parameter(counts)).order_by().values_list("pk", "slug", "name")
        counts = {(slug, name): counts[pk] for pk, slug, name in actors}
        return [(slug, name, n) for (slug, name), _, n in most_frequent(counts, lambda key: key[1], limit)]


class SourceFacet(Facet):
    name, title = "source", "Source"

    def rows(self, limit):
        # As for actors: the sample's mentions, then their articles' outlets
        # by primary key. An event two articles of one outlet report counts once.
        mentions = list(
            Mention.objects.filter(event_id__in=one_parameter(self.sample.ids))
            .order_by()  # (the default order joins the articles)
            .values_list("event_id", "article_id")
        )
        sources = dict(
            Article.objects.filter(pk__in=one_parameter({article for _, article in mentions}))
            .exclude(source="")
            .order_by()
            .values_list("pk", "source")
        )
        reported = {(event, sources[article]) for event, article in mentions if article in sources}
        return most_frequent(Counter(source for _, source in reported), lambda source: source, limit)


class PrecisionFacet(Facet):
    name, title = "precision", "Known to the"

    def rows(self, limit):
        return most_frequent(self.sample.counts("precision"), lambda value: Precision(value).label, limit)


class StatusFacet(Facet):
    name, title = "status", "Status"

    def rows(self, limit):
        return most_frequent(self.sample.counts("status"), lambda value: Event.Status(value).label, limit)


class StageFacet(Facet):
    name, title = "stage", "Stage"

    def rows(self, limit):
        return most_frequent(self.sample.counts("stage"), lambda value: Stage(value).label, limit)


class DisputedFacet(Facet):
    """How many of the events have sources that disagree (timeline/claims.py):
    one value, a link to list only those."""

    name, title = "disputed", "Disputed"

    def rows(self, limit):
        count = self.sample.counts("disputed").get(True, 0)
        return [("1", "Sources disagree", count)] if count else []


FACETS = [CategoryFacet, ActorFacet, SourceFacet, PrecisionFacet, StatusFacet, StageFacet, DisputedFacet]


def facet_results(event_filter, selected, sample_size=None):
    """Every facet's results for an EventFilter; `selected` maps a facet's
    name to its value in use."""
    # The sample is read once: as a subquery, a search or a join would be
    # run again for every facet.
    sample = event_filter.sample(sample_size or SAMPLE_SIZE, Sample.COLUMNS)
    sample = Sample(*sample)
    return [facet(sample, selected=selected.get(facet.name, "")).results() for facet in FACETS]
