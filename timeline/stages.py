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
events in March") is the parent of the visible, occurred events of its
category inside its period, known to a finer precision, that name one of
its actors when it names any and share a word of what it says happened
(its title without the actors' names: "launch", "missile", "tremor"): the
category alone would give a count of tremors the wildfires of those months.
Linked both ways: a new summary finds the items already stored, a new item
the summary already stored."""
import datetime
import functools
import os
from collections import defaultdict
from typing import NamedTuple

from django.db import connection
from django.db.models import Q

from timeline.extraction.similarity import actor_words, content_words
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
# The most events a new summary looks at as its items.
SUMMARY_CANDIDATES = 2000


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


def settle_stages(event_ids, *, created=frozenset(), user=None):
    """Set stage and announced_by of these events from their mentions, in
    a few queries and one bulk update of the events that change (with a
    history row each, but for those just `created`: planned → occurred is a
    change worth seeing)."""
    from timeline.importing import record_event_history, update  # importing imports this module

    found = changed_stages_sql(event_ids) if connection.vendor == "postgresql" else changed_stages(event_ids)
    # Whole rows (for their history) only of the few that change.
    changed = list(Event.objects.filter(pk__in=list(found)))
    for event in changed:
        event.stage, event.announced_by_id = found[event.pk]
    update(changed, ["stage", "announced_by"])
    # An event this import created gets its announcement with its first
    # mention: no change worth a history row of its own. The records hold
    # the actors, as the import's others do (bulk_history_create leaves
    # them out: the record would say the event had none).
    record_event_history([event.pk for event in changed if event.pk not in created], user, kind="~")
    return changed


def changed_stages(event_ids):
    """{event id: (stage, announcing mention id or None)} of those of these
    events (with mentions) whose stage or announcement their mentions now
    make other than stored: the latest source's stage (group_stage within
    one article), announced by the first planned mention, in the order
    (publication date, article, mention)."""
    from timeline.importing import among  # importing imports this module

    latest, announcement = {}, {}
    rows = (
        Mention.objects.filter(among("event_id", event_ids))
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
    stored = Event.objects.filter(among("pk", latest)).values_list("pk", "stage", "announced_by_id")
    return {
        pk: (latest[pk][1], announcement.get(pk))
        for pk, *now in stored
        if tuple(now) != (latest[pk][1], announcement.get(pk))
    }


# changed_stages() in one statement, on PostgreSQL: a batch's touched events
# have tens of mentions each at 20,000 articles, which the database sorts and
# picks from faster than the writer reads them row by row.
CHANGED_STAGES_SQL = """
    WITH m AS MATERIALIZED (
        SELECT m.id, m.event_id, m.stage, a.published, m.article_id
        FROM timeline_mention m JOIN timeline_article a ON a.id = m.article_id
        WHERE m.event_id = ANY(%(events)s::bigint[])
    )
    SELECT e.id, latest.stage, announcement.id
    FROM (
        SELECT DISTINCT ON (event_id) event_id, stage FROM m
        ORDER BY event_id, published DESC, article_id DESC,
            CASE stage WHEN %(cancelled)s THEN 2 WHEN %(planned)s THEN 1 ELSE 0 END DESC
    ) latest
    JOIN timeline_event e ON e.id = latest.event_id
    LEFT JOIN (
        SELECT DISTINCT ON (event_id) event_id, id FROM m WHERE stage = %(planned)s
        ORDER BY event_id, published, article_id, id
    ) announcement ON announcement.event_id = latest.event_id
    WHERE (e.stage, e.announced_by_id) IS DISTINCT FROM (latest.stage, announcement.id)"""


def changed_stages_sql(event_ids):
    """changed_stages(), asked of PostgreSQL in one query."""
    from timeline.importing import array_param  # importing imports this module

    assert [STAGE_WEIGHT[stage] for stage in (Stage.OCCURRED, Stage.PLANNED, Stage.CANCELLED)] == [0, 1, 2]
    with connection.cursor() as cursor:
        cursor.execute(CHANGED_STAGES_SQL, {"events": array_param(sorted(event_ids)), "planned": str(Stage.PLANNED),
                                            "cancelled": str(Stage.CANCELLED)})
        return {pk: (stage, announcement) for pk, stage, announcement in cursor.fetchall()}


def link_summaries(event_ids):
    """Link the new events among `event_ids` to their summaries and items:
    per new summary, one query for its candidate items and one UPDATE; for
    the new items, one query for them, one for the summaries that may cover
    them, one for their actors, and one UPDATE per summary given items."""
    from timeline.importing import among  # importing imports this module

    new = Event.objects.visible().filter(among("pk", event_ids), category__isnull=False)
    for summary in new.filter(summary_count__isnull=False).order_by("pk"):
        Event.objects.filter(pk__in=summary_items(summary)).update(parent=summary)
    _link_items(new.filter(summary_count__isnull=True, end_date__isnull=True, stage=Stage.OCCURRED,
                           parent__isnull=True))


def _item_candidates(no_summary_yet):
    """What can be an item: a visible, reported (occurred) single happening
    with no summary yet (`no_summary_yet` says what counts as that)."""
    return Event.objects.visible().filter(
        no_summary_yet, stage=Stage.OCCURRED, summary_count__isnull=True, end_date__isnull=True
    )


def predicate_words(title, actor_names):
    """The words of a title that say what happened, not who."""
    return content_words(title) - actor_words(actor_names)


def says_the_same_kind(summary_words, item_title, actor_names):
    """An item's title shares a word of the summary's predicate: "fired
    six missiles" is one of "20 missiles so far this year", and "a
    tremor of magnitude 4.8" one of "40 tremors since January"; a wildfire
    in the same category (disaster) and months is not."""
    return shares_a_stem(summary_words, predicate_words(item_title, actor_names))


def shares_a_stem(summary_words, words):
    return any(_same_stem(a, b) for a in summary_words for b in words)


@functools.lru_cache(maxsize=1 << 16)
def _same_stem(a, b):
    """The same word, one the start of the other ("test"/"tested"), or all
    but a letter in common ("launche"/"launched"); not the
    fuzzy spelling match of similarity._same_word, which takes "country"
    for "counterpart": a summary names its kind in one or two words, and
    one loose match would gather a whole category."""
    short, long = sorted((a, b), key=len)
    stem = len(os.path.commonprefix([a, b]))
    return (len(short) >= 4 and long.startswith(short)) or (stem >= 5 and stem >= len(short) - 1)


def summary_items(summary):
    """The ids of the events a summary covers that have no summary yet, or
    a wider one:
    same category, inside its period, known to a finer precision, an actor
    in common when it names any, a word of its predicate in common. At
    most SUMMARY_CANDIDATES are looked at (a summary of a year in a busy
    category), in date order."""
    # An item of a wider summary (the year's) moves to a narrower one (March's).
    wider = Q(parent__date__lte=summary.date, parent__last_day__gte=summary.last_day) & (
        Q(parent__date__lt=summary.date) | Q(parent__last_day__gt=summary.last_day)
    )
    # date <= the summary's last day follows from last_day <= it (an event's
    # last_day is never before its date), said so that the (category, date)
    # index bounds the scan at both ends: a category's events from the
    # summary's start on were read to the end of the table (5,900 rows for a
    # year at 20,000 articles, 5 ms a summary).
    candidates = _item_candidates(Q(parent__isnull=True) | wider).filter(
        category_id=summary.category_id,
        precision__in=FINER[summary.precision],
        date__gte=summary.date,
        date__lte=summary.last_day,
        last_day__lte=summary.last_day,
    ).exclude(pk=summary.pk)
    links = Event.actors.through.objects
    actors = list(links.filter(event_id=summary.pk).values_list("actor_id", "actor__name"))
    if actors:
        candidates = candidates.filter(
            pk__in=links.filter(actor_id__in=[a for a, _ in actors]).values("event_id")
        )
    names = [name for _, name in actors]
    words = predicate_words(summary.title, names)
    rows = candidates.order_by("date", "id").values_list("pk", "title")[:SUMMARY_CANDIDATES]
    return [pk for pk, title in rows if says_the_same_kind(words, title, names)]


class Item(NamedTuple):
    """What linking an item to its summary reads of it (and of the summary)."""

    pk: int
    category_id: int
    date: datetime.date
    last_day: datetime.date
    precision: str
    title: str


def _link_items(events):
    from timeline.importing import among  # importing imports this module

    items = [Item(*row) for row in events.order_by("date", "id").values_list(*Item._fields)]
    if not items:
        return
    # The fields compared, not whole events: a batch's items span years,
    # and so most summaries do.
    summaries = [
        Item(*row)
        for row in Event.objects.visible().filter(
            summary_count__isnull=False,
            category_id__in={item.category_id for item in items},
            date__gte=min(item.date for item in items) - SUMMARY_REACH,
            date__lte=max(item.date for item in items),
            last_day__gte=min(item.last_day for item in items),
        ).values_list(*Item._fields)
    ]
    if not summaries:
        return
    actors, names = defaultdict(set), defaultdict(list)
    links = Event.actors.through.objects.filter(among("event_id", [e.pk for e in items + summaries]))
    for event_id, actor_id, name in links.values_list("event_id", "actor_id", "actor__name"):
        actors[event_id].add(actor_id)
        names[event_id].append(name)
    words = {s.pk: predicate_words(s.title, names[s.pk]) for s in summaries}
    by_category = defaultdict(list)
    for summary in summaries:
        by_category[summary.category_id].append(summary)
    chosen = defaultdict(list)
    for item in items:
        # says_the_same_kind(), the item's title read once, not once per summary.
        title_words = content_words(item.title)
        covering = [
            s
            for s in by_category[item.category_id]
            if s.date <= item.date
            and item.last_day <= s.last_day
            and item.precision in FINER[s.precision]
            and (not actors[s.pk] or actors[s.pk] & actors[item.pk])
            and shares_a_stem(words[s.pk], title_words - actor_words(names[s.pk]))
        ]
        if covering:
            # The narrowest summary: March's, not the year's.
            best = min(covering, key=lambda s: (s.last_day - s.date, s.pk))
            chosen[best.pk].append(item.pk)
    for parent_id, ids in chosen.items():
        Event.objects.filter(pk__in=ids).update(parent_id=parent_id)
