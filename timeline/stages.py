"""Announced and occurred, summary and items (issue 14, parts 2 and 3):
what an import does to the events it touched once their mentions are
stored. Kept apart from importing.EventWriter, which matches and creates.

Stage: an event's stage is what its most recently published source says
of it (Mention.stage, read by extraction/stages.py); within one article a
cancellation outweighs a plan and a plan an unmarked report, as an article
that says a happening lies ahead cannot also report it held. So "will meet
on Friday" makes a planned event, and a later "met on Friday" that the
same-event matching joins to it makes it occurred; the planned mention stays
attached and is named as the announcement (Event.announced_by).

Summary and items: a summary (an event with summary_count: "seven launch
events in March") is the parent of the visible events of its category
inside its period, known to a finer precision, that name one of its actors
when it names any. Linked both ways: a new summary finds the items already
stored, a new item the summary already stored."""
import datetime
from collections import defaultdict

from django.db.models import Q

from timeline.models import Event, Mention, Precision, Stage

# Within one article: a cancellation outweighs a plan, a plan an unmarked report.
STAGE_WEIGHT = {Stage.OCCURRED: 0, Stage.PLANNED: 1, Stage.CANCELLED: 2}
FINER = {
    Precision.YEAR: [Precision.DAY, Precision.MONTH],
    Precision.MONTH: [Precision.DAY],
    Precision.DAY: [Precision.DAY],
}
# How far before an item a summary covering it may begin: a year summary
# begins within a year of its items (a longer range, "since 2017", is found
# when the summary arrives after its items, not before).
SUMMARY_REACH = datetime.timedelta(days=366)


def group_stage(stages):
    """The stage of one article's statements about one happening."""
    return max(stages, key=STAGE_WEIGHT.__getitem__, default=Stage.OCCURRED)


def happenings(events):
    """[(stage, summary count)] of the happening each of one article's
    statements is about: statements with one `group` share theirs, a
    statement with none (a reviewed proposal) has its own."""
    by_group = defaultdict(list)
    for position, extracted in enumerate(events):
        group = getattr(extracted, "group", None)
        by_group[("group", group) if group is not None else position].append(extracted)
    found = {
        key: (
            group_stage(getattr(e, "stage", Stage.OCCURRED) for e in statements),
            next((e.summary_count for e in statements if getattr(e, "summary_count", None) is not None), None),
        )
        for key, statements in by_group.items()
    }
    return [
        found[("group", e.group) if getattr(e, "group", None) is not None else position]
        for position, e in enumerate(events)
    ]


def settle_stages(event_ids, *, user=None):
    """Set stage and announced_by of these events from their mentions, in
    two queries and one bulk update of the events that change (with a
    history row each: planned → occurred is a change worth seeing)."""
    latest, announcement = {}, {}
    rows = (
        Mention.objects.filter(event_id__in=list(event_ids))
        .order_by("article__published", "article_id", "id")
        .values_list("id", "event_id", "stage", "article__published", "article_id")
    )
    for mention_id, event_id, stage, published, article_id in rows:
        if stage == Stage.PLANNED:
            announcement.setdefault(event_id, mention_id)
        key = (published, article_id)
        current = latest.get(event_id)
        if current is None or current[0] < key:
            latest[event_id] = (key, stage)
        elif current[0] == key:
            latest[event_id] = (key, group_stage([current[1], stage]))
    changed = []
    for event in Event.objects.filter(pk__in=list(latest)):
        stage, announced_by = latest[event.pk][1], announcement.get(event.pk)
        if (event.stage, event.announced_by_id) != (stage, announced_by):
            event.stage, event.announced_by_id = stage, announced_by
            changed.append(event)
    Event.objects.bulk_update(changed, ["stage", "announced_by"])
    Event.history.bulk_history_create(changed, update=True, default_user=user)
    return changed


def link_summaries(event_ids):
    """Link the new events among `event_ids` to their summaries and items.
    One UPDATE per new summary, and one query for the summaries that may
    cover the new items plus one UPDATE per summary given items."""
    new = list(
        Event.objects.visible()
        .filter(pk__in=list(event_ids), category__isnull=False)
        .only("id", "date", "precision", "end_date", "last_day", "category_id", "summary_count", "parent_id")
    )
    for summary in (e for e in new if e.summary_count is not None):
        summary_items(summary).update(parent=summary)
    items = [e for e in new if e.summary_count is None and e.end_date is None]
    if items:
        _link_items(Event.objects.filter(pk__in=[e.pk for e in items], parent__isnull=True).order_by("date", "id"))


def summary_items(summary):
    """The visible events a summary covers that have no summary yet."""
    items = Event.objects.visible().filter(
        category_id=summary.category_id,
        summary_count__isnull=True,
        parent__isnull=True,
        end_date__isnull=True,
        precision__in=FINER[summary.precision],
        date__gte=summary.date,
        last_day__lte=summary.last_day,
    ).exclude(pk=summary.pk)
    actors = Event.actors.through.objects.filter(event_id=summary.pk)
    if actors.exists():
        items = items.filter(
            pk__in=Event.actors.through.objects.filter(actor_id__in=actors.values("actor_id")).values("event_id")
        )
    return items


def _link_items(items):
    items = list(items)
    if not items:
        return
    summaries = list(
        Event.objects.visible().filter(
            summary_count__isnull=False,
            category_id__in={item.category_id for item in items},
            date__gte=min(item.date for item in items) - SUMMARY_REACH,
            date__lte=max(item.date for item in items),
            last_day__gte=min(item.last_day for item in items),
        )
    )
    if not summaries:
        return
    actors = defaultdict(set)
    links = Event.actors.through.objects.filter(event_id__in=[e.pk for e in items + summaries])
    for event_id, actor_id in links.values_list("event_id", "actor_id"):
        actors[event_id].add(actor_id)
    chosen = defaultdict(list)
    for item in items:
        covering = [
            s
            for s in summaries
            if s.category_id == item.category_id
            and s.date <= item.date
            and item.last_day <= s.last_day
            and item.precision in FINER[s.precision]
            and s.pk != item.pk
            and (not actors[s.pk] or actors[s.pk] & actors[item.pk])
        ]
        if covering:
            # The narrowest summary: March's, not the year's.
            best = min(covering, key=lambda s: (s.last_day - s.date, s.pk))
            chosen[best.pk].append(item.pk)
    for parent_id, ids in chosen.items():
        Event.objects.filter(Q(pk__in=ids)).update(parent_id=parent_id)
