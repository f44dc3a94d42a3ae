"""Facets: the filtered events counted by category, actor, source,
precision and status, each value a link that adds or removes its filter.

One class per kind of facet, as in Datasette's facets.py: each asks for
`size + 1` values so that it can say when there are more (`truncated`).

Bounded at any size: facets count the first SAMPLE_SIZE of the date
window's own events in the list's order (EventFilter.sample_ids), one index
range scan. When there are fewer, the counts are exact, and a facet that
says N lists N (the heading's count) when chosen; when there are more, each
count is a lower bound ("at least N", shown "N+") among the latest ones."""
from dataclasses import dataclass

from django.db.models import Count

from timeline.models import Event, Mention, Precision

FACET_SIZE = 10
# Enough that the common values of a story show their true order, few
# enough that counting them stays within a few tens of milliseconds at a
# million events (bench/browse_speed.py).
SAMPLE_SIZE = 2000


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


class Facet:
    """Counts of one property among `events` (a queryset of the matches, or
    of the first SAMPLE_SIZE of them when `exact` is false)."""

    name = title = None

    def __init__(self, events, *, selected="", size=FACET_SIZE, exact=True):
        self.events = events.order_by()
        self.selected = selected or ""
        self.size = size
        self.exact = exact

    def rows(self, limit):
        """(value, label, count) of the most frequent values, at most `limit`."""
        raise NotImplementedError

    def results(self):
        rows = list(self.rows(self.size + 1))
        values = [
            FacetValue(value=str(value), label=label, count=count, selected=str(value) == self.selected)
            for value, label, count in rows[: self.size]
        ]
        return FacetResult(
            name=self.name, title=self.title, values=values, truncated=len(rows) > self.size, exact=self.exact
        )


class CategoryFacet(Facet):
    name, title = "category", "Category"

    def rows(self, limit):
        counts = (
            self.events.exclude(category=None)
            .values("category__slug", "category__name")
            .annotate(count=Count("id"))
            .order_by("-count", "category__name")[:limit]
        )
        return [(row["category__slug"], row["category__name"], row["count"]) for row in counts]


class ActorFacet(Facet):
    name, title = "actor", "Actor"

    def rows(self, limit):
        counts = (
            Event.actors.through.objects.filter(event_id__in=self.events.values("id"))
            .values("actor__slug", "actor__name")
            .annotate(count=Count("event_id"))
            .order_by("-count", "actor__name")[:limit]
        )
        return [(row["actor__slug"], row["actor__name"], row["count"]) for row in counts]


class SourceFacet(Facet):
    name, title = "source", "Source"

    def rows(self, limit):
        counts = (
            Mention.objects.filter(event_id__in=self.events.values("id"))
            .exclude(article__source="")
            .values("article__source")
            .annotate(count=Count("event_id", distinct=True))
            .order_by("-count", "article__source")[:limit]
        )
        return [(row["article__source"], row["article__source"], row["count"]) for row in counts]


class PrecisionFacet(Facet):
    name, title = "precision", "Known to the"

    def rows(self, limit):
        counts = self.events.values("precision").annotate(count=Count("id")).order_by("-count", "precision")
        return [(row["precision"], Precision(row["precision"]).label, row["count"]) for row in counts[:limit]]


class StatusFacet(Facet):
    name, title = "status", "Status"

    def rows(self, limit):
        counts = self.events.values("status").annotate(count=Count("id")).order_by("-count", "status")
        return [(row["status"], Event.Status(row["status"]).label, row["count"]) for row in counts[:limit]]


FACETS = [CategoryFacet, ActorFacet, SourceFacet, PrecisionFacet, StatusFacet]


def facet_results(event_filter, selected, sample_size=None):
    """Every facet's results for an EventFilter; `selected` maps a facet's
    name to its value in use."""
    # The sample's ids are read once: as a subquery, a search or a join
    # would be run again for every facet.
    ids, exact = event_filter.sample_ids(sample_size or SAMPLE_SIZE)
    events = Event.objects.filter(pk__in=ids)
    return [facet(events, selected=selected.get(facet.name, ""), exact=exact).results() for facet in FACETS]
