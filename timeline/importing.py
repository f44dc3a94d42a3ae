"""Storing an article and the events the extraction engine found in it.

The one path the import form, the import command and the demo loader share:
finding the stored event an extracted statement reports again (matching), and
creating events and mentions from the engine's results. Kept apart from
EventQuerySet, which only filters and orders events."""
import dataclasses
import datetime
import functools
import itertools
import json
from typing import NamedTuple

from django.db import IntegrityError, connection, models, transaction
from django.db.models import F, Min, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify

from timeline.extraction.claims import places_agree
from timeline.extraction.similarity import could_be_same_happening, reported_again, same_event, same_happening
from timeline.extraction.types import ExtractedEvent, truncate_to_precision
from timeline.models import (
    DATE_HISTORY,
    REFINED,
    Actor,
    ActorAlias,
    Article,
    Category,
    Event,
    Mention,
    Precision,
    Stage,
    normalize_text,
    redated_by_person,
)
from timeline.stages import happenings, link_summaries, settle_stages

# How many candidates on the same date an import compares a statement with.
MATCH_CANDIDATES = 20
# Matching skips the events an article already reports; an article reports
# no more than this many events on one date, in practice. Candidates are
# fetched up to MATCH_CANDIDATES + this many per date.
MAX_REPORTED_PER_KEY = 30
# Two sources may date one happening a few days apart (a time zone, a
# misread weekday): a report joins an event this many days away from its
# date, on stronger evidence than a same-day match (EventWriter.nearby).
NEARBY_DAYS = 3
# The most events a batch fetches around its statements' dates (the days
# near a day, the days of a month): a cap, so that a batch of a busy month
# stays one bounded query; past it, matching across dates misses (a
# visible duplicate), never joins wrongly.
NEARBY_CANDIDATES = 5000
# PostgreSQL's advisory lock that event writers take in turn (EventWriter.write).
WRITE_LOCK = 7_202_609_000
# A stored candidate's first publication date, not read yet (Candidate).
UNREAD = object()


def match_key(extracted):
    """What a matching event shares exactly: date and end at the precision."""
    date = truncate_to_precision(extracted.date, extracted.precision)
    end_date = truncate_to_precision(extracted.end_date, extracted.precision)
    return date, extracted.precision, None if end_date == date else end_date


def find_match(extracted, *, article=None):
    """The stored, visible event that `extracted` reports again, or None.

    Among the first MATCH_CANDIDATES events (by id) on the same date,
    precision and end, not reported by `article` already (one article's two
    launches on a day stay two), the first whose title, actors and category
    say it is the same happening (extraction.similarity.same_happening,
    strict: a missed match leaves a visible duplicate that the reviewer can
    still join, a wrong one hides an event). EventWriter applies the same
    rule to whole batches."""
    reported = ()
    if article is not None and article.pk:
        reported = Mention.objects.filter(article=article).values_list("event_id", flat=True)
    key = match_key(extracted)
    index, _ = EventWriter.candidates({key})
    match = EventWriter.match(index.get(key, ()), extracted, Reported(reported))
    return None if match is None else Event.objects.get(pk=match.pk)


class Candidate:
    """A stored event, or one being created, as matching sees it.

    Matching across dates also reads its date, place, stage, whether it is
    a summary, and when its first source was published (`first_published`,
    None when not known: then it is no candidate on another day; UNREAD
    for a stored event not asked yet, EventWriter.read_first_published,
    with the earliest publication date of the batch's articles that joined
    it meanwhile in `published_since`)."""

    __slots__ = ("pk", "event", "title", "category", "actor_names", "date", "precision", "place", "stage",
                 "summary", "first_published", "published_since", "seq")

    def __init__(self, *, title, category, actor_names=(), pk=None, event=None, date=None, precision=None,
                 place="", stage=Stage.OCCURRED, summary=False, first_published=None, seq=0):
        self.pk, self.event, self.title, self.category = pk, event, title, category
        self.actor_names = set(actor_names)
        self.date, self.precision, self.place, self.stage = date, precision, place, stage
        self.summary, self.first_published = summary, first_published
        self.published_since = None
        self.seq = seq  # a new event's place among the batch's new events

    @classmethod
    def stored(cls, pk, title, category, date, precision, place, stage, summary):
        """A stored event's Candidate, built without keyword arguments: a
        batch builds some twelve thousand."""
        candidate = cls.__new__(cls)
        candidate.pk, candidate.event, candidate.title, candidate.category = pk, None, title, category
        candidate.actor_names = set()
        candidate.date, candidate.precision, candidate.place, candidate.stage = date, precision, place, stage
        candidate.summary, candidate.first_published, candidate.published_since = summary, None, None
        candidate.seq = 0
        return candidate

    def order(self):
        """Id order, as stored: stored events, then new ones as created."""
        return (self.pk is None, self.pk or self.seq)

    @property
    def event_id(self):
        return self.pk or self.event["id"]


class Reported:
    """The events one article reports: stored ones by id, new ones as such."""

    def __init__(self, ids=()):
        self.ids, self.new = set(ids), set()

    def add(self, candidate):
        if candidate.pk:
            self.ids.add(candidate.pk)
        else:
            self.new.add(candidate)

    def __contains__(self, candidate):
        return candidate in self.new if candidate.pk is None else candidate.pk in self.ids


class EventWriter:
    """Stores the events of one or many articles from the engine's results,
    in a few bulk queries: the import form (one article) and bulk imports
    (timeline/jobs.py, a batch of hundreds) share it.

    Per article, in order: statements of one happening (the same `group`)
    become one event with a mention each; a happening either joins the
    event given for it (`matches`: the reviewer's choice) or, when no
    choices are given, the event find_match's rule picks, or becomes a new
    event. Candidates are fetched once per batch, and events the batch
    creates become candidates for the articles after them, so a batch
    stores what importing its articles one by one would."""

    def __init__(self, *, user=None):
        self.user = user
        # Joining an event someone else stored adds this report's actors to
        # it only when the importer may change events (the review form's
        # choice of "Same as" is otherwise a way to edit any event).
        self.may_change = user is None or user.has_perm("timeline.change_event")
        self.categories = {}
        self.actors = {}
        self.touched = set()

    def write(self, articles):
        """Store [(article, extracted events, matches or None, ids of events
        the article already reports)]; returns [(new events, happenings
        joined to events already stored)] per article.

        Inside a transaction that holds the database's write lock until it
        ends: writers, in any process or on any server, take turns, so each
        one's matching sees the events the one before it created (two
        reports of one happening, written at once, would each miss the
        other's new event). SQLite's transactions start with it (settings:
        IMMEDIATE); on PostgreSQL it is an advisory lock (WRITE_LOCK). The
        engine runs before, outside the lock."""
        if connection.vendor != "postgresql":
            return self.write_events(articles)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
            # A batch's queries look up index by index; estimated over the
            # JIT threshold (the candidates' per-event subquery), PostgreSQL
            # compiled them first: ~20 ms a query for nothing.
            cursor.execute("SET LOCAL jit = off")
            # What a batch reads is in memory: with the default cost of a
            # random page (4, a disk's), PostgreSQL read a batch's events'
            # mentions by scanning the whole table (80 ms at 20,000 articles,
            # growing with it) rather than by the event index (4 ms).
            cursor.execute("SET LOCAL random_page_cost = 1.1")
            # Search documents are built once per touched event, not once per
            # inserted row (migration 0017_defer_search_refresh).
            cursor.execute("SET LOCAL timeline.defer_search = 'on'")
        try:
            counts = self.write_events(articles)
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL timeline.defer_search = 'off'")
        with connection.cursor() as cursor:
            # One statement for them all (migration 0024).
            cursor.execute("SELECT timeline_event_search_refresh_many(%s::bigint[])",
                           [array_param(sorted(self.touched))])
        return counts

    def write_events(self, articles):
        unmatched = [extracted for _, events, matches, _ in articles if matches is None for extracted in events]
        index, days = self.candidates(
            {match_key(e) for e in unmatched} | {key for e in unmatched for key in coarser_keys(e)},
            days_around(unmatched),
        )
        self.prefetch_actors(name for _, events, _, _ in articles for extracted in events for name in extracted.actors)
        new_events, mentions, links, counts = [], [], [], []
        self.refined, self.person_dated = {}, {}
        for article, events, matches, already_reported in articles:
            created = merged = 0
            reported = Reported(already_reported)
            by_group = {}
            # Each happening's stage and summary count, from all its statements.
            happening = happenings(events)
            # The days this article itself reports something on: an article
            # that tells of a launch on Monday and one on Wednesday (its
            # Monday statement may have no category: "it fired one") reports
            # two, whatever its wording.
            own_days = {e.date for e in events if e.precision == Precision.DAY and not e.end_date}
            for position, extracted in enumerate(events):
                group = getattr(extracted, "group", None)
                if group is not None and group in by_group:
                    target, add_actors = by_group[group]
                else:
                    key = match_key(extracted)
                    if matches is not None:
                        chosen = matches[position]
                        target = None if chosen is None else self.candidate_for(chosen)
                    else:
                        target = self.match(index.get(key, ()), extracted, reported) or self.match_across(
                            index, days, extracted, reported, article, happening[position], own_days
                        )
                    if target is None:
                        event = self.event_row(extracted)
                        event["stage"], event["summary_count"] = happening[position]
                        new_events.append(event)
                        target = Candidate(
                            event=event, title=event["title"],
                            category=self.category_key(self.category(extracted.category)),
                            date=event["date"], precision=event["precision"], place=event["place"],
                            stage=event["stage"], summary=event["summary_count"] is not None,
                            first_published=article.published, seq=len(new_events),
                        )
                        index.setdefault(key, []).append(target)
                        if event["precision"] == Precision.DAY and event["end_date"] is None and not target.summary:
                            days.setdefault(event["date"], []).append(target)
                        created += 1
                        add_actors = True
                    else:
                        merged += 1
                        add_actors = self.may_change
                    if group is not None:
                        by_group[group] = (target, add_actors)
                reported.add(target)
                if target.first_published is UNREAD:
                    target.published_since = min(target.published_since or article.published, article.published)
                elif target.first_published is not None:
                    target.first_published = min(target.first_published, article.published)
                if add_actors:
                    actors = self.actors_for(extracted.actors)
                    target.actor_names.update(actor.name for actor in actors)
                    links.extend((target, actor) for actor in actors)
                mentions.append((target, article, extracted))
            counts.append((created, merged))
        for event, pk in zip(new_events, insert_rows(Event, new_events), strict=True):
            event["id"] = pk
        new_ids = [event["id"] for event in new_events]
        # A new field of Mention is one line in mention_row (and one in
        # event_row for Event): insert_rows() stores any field type as
        # bulk_create does.
        mention_ids = insert_rows(
            Mention, [self.mention_row(target, article, extracted) for target, article, extracted in mentions]
        )
        self.link_anchors(mention_ids, mentions)
        # The change history starts with these rows (anchors linked), as it
        # would had they been saved one by one.
        record_history(Mention, mention_ids, self.user)
        self.touched = {target.event_id for target, _, _ in mentions}
        refined = self.refine_stored()
        # Only these mentions are new to their events (the refined ones
        # were compared whole just above).
        Event.objects.filter(among("pk", self.reported_by_others(mentions))).refresh_disputes(new=set(mention_ids))
        self.link_actors(new_ids, dict.fromkeys((target.event_id, actor.pk) for target, actor in links))
        # Announced and occurred, summary and items (timeline/stages.py).
        settle_stages(self.touched, created=set(new_ids), user=self.user)
        link_summaries(new_ids + refined)
        return counts

    def match_across(self, index, days, extracted, reported, article, happening, own_days):
        """The event on another date that `extracted` reports, when matching
        on its own date found none: (a) one whose period holds the
        statement's date or lies inside it ("plans to launch in May", then
        "launched on 12 May"), on the evidence of a same-date match and
        titles that say the same thing, the event then taking the finer
        date (refine); (b) a day event a few days away (nearby). Summaries match no statement on another
        date, nor a summary any event: "seven launches in March" is the
        parent of its launches, not one of them."""
        stage, summary_count = happening
        if summary_count is not None or match_key(extracted)[2] is not None:
            return None
        for key in coarser_keys(extracted):
            # Only events still at that precision: one refined to a day in
            # this batch is a candidate on that day only.
            coarse = [c for c in index.get(key, ()) if not c.summary and c.precision == key[1]]
            target = self.match(coarse, extracted, reported, same_words=True)
            if target is not None:
                self.refine(target, extracted, index, days)
                return target
        if extracted.precision == Precision.MONTH:
            # A month report of one of the month's day events: only when a
            # single one is the same happening ("launched in May", with two
            # May launches stored, is either).
            month = truncate_to_precision(extracted.date, Precision.MONTH)
            inside = [c for day in days_of_month(month) for c in days.get(day, ())
                      if c not in reported and c.date == day]
            same = [c for c in inside if self.match([c], extracted, reported, same_words=True) is not None]
            return same[0] if len(same) == 1 else None
        if extracted.precision == Precision.DAY and stage == Stage.OCCURRED:
            return self.nearby(days, extracted, reported, article, own_days)
        return None

    def nearby(self, days, extracted, reported, article, own_days):
        """The one day event within NEARBY_DAYS of the statement's date that
        reports the same happening, whose date the sources then dispute.

        A country's launch on Monday and its launch on Wednesday have the
        same kind, actors and, often, wording: those alone cannot tell one
        happening dated twice from two. So besides wording that says the
        same thing (similarity.reported_again) and places that agree, both
        sources must have been able to report either date (each published
        on or after both: a source published on Monday cannot have reported
        Wednesday's launch), and the article must not report anything on the
        candidate's day itself. A single
        candidate only: with two, the statement could be either. When a
        stored candidate's sources were first published is asked last, and
        only if it passes everything else (read_first_published)."""
        found = []
        for delta in range(-NEARBY_DAYS, NEARBY_DAYS + 1):
            day = extracted.date + datetime.timedelta(days=delta)
            if delta == 0 or day in own_days:
                continue
            for candidate in days.get(day, ()):
                if (
                    candidate in reported
                    or candidate.summary
                    or candidate.stage != Stage.OCCURRED
                    or (candidate.precision, candidate.date) != (Precision.DAY, day)
                    or candidate.first_published is None
                    or article.published < day
                    or not places_agree(candidate.place or None, place_claim(extracted))
                ):
                    continue
                if reported_again(
                    candidate.title,
                    extracted.title,
                    actors=sorted(candidate.actor_names),
                    other_actors=extracted.actors,
                    category=candidate.category,
                    other_category=extracted.category,
                ):
                    found.append(candidate)
        self.read_first_published(found)
        found = [c for c in found if c.first_published is not None and c.first_published >= extracted.date]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def read_first_published(candidates):
        """Ask when the first source of each UNREAD candidate was published
        (one query for them all) as the batch began, and count in the
        batch's articles that joined it since. Asked only of the candidates
        that nearby() would take but for that date: read for each of a
        batch's thousands of nearby-day candidates (an index lookup of each
        of their mentions and of its article), it took 170 ms a batch at
        20,000 articles. A batch inserts its mentions after its matching, so
        the answer is the one the candidates' query would have read."""
        unread = [c for c in candidates if c.first_published is UNREAD]
        if not unread:
            return
        rows = (
            Mention.objects.filter(among("event_id", {c.pk for c in unread})).order_by().values("event_id")
            .annotate(first=Min("article__published")).values_list("event_id", "first")
        )
        first = dict(rows)
        for candidate in unread:
            stored = first.get(candidate.pk)
            if stored is not None and candidate.published_since is not None:
                stored = min(stored, candidate.published_since)
            candidate.first_published = stored

    def refine(self, target, extracted, index, days):
        """A finer report joined an event known to a coarser date: the
        event takes the finer date (a new one now; a stored one after its
        mentions are written, refine_stored), unless a person confirmed or
        dated it (Event.dated_by_person): its date stays, the report's
        claim is kept on its mention and the dispute rule judges it. The
        statements after this one see the event at its new date, in id
        order, as importing them one by one would."""
        date = truncate_to_precision(extracted.date, extracted.precision)
        if target.pk is None:
            target.event["precision"] = extracted.precision
            target.event.update(Event.normalized_dates(date, extracted.precision, None))
        elif self.dated_by_person(target.pk):
            return
        else:
            self.refined.setdefault(target.pk, (date, extracted.precision))
        old = index.get((target.date, target.precision, None), [])
        if target in old:
            old.remove(target)  # a candidate at its new date only
        target.date, target.precision = date, extracted.precision
        for found in (index.setdefault((date, extracted.precision, None), []),
                      days.setdefault(date, []) if extracted.precision == Precision.DAY else []):
            found.append(target)
            found.sort(key=Candidate.order)

    def dated_by_person(self, pk):
        """Whether a person dated the stored event `pk` that a finer report
        would refine (Event.dated_by_person), asked of that event alone,
        once a batch: a batch refines a few of its thousands of coarse
        candidates, and asking for all of them read their whole history
        (60 ms a batch at 20,000 articles)."""
        if pk not in self.person_dated:
            self.person_dated[pk] = dated_by_person(pk)
        return self.person_dated[pk]

    def refine_stored(self):
        """Move the stored events a finer report joined (refine) to its
        date, in a few queries for them all: the new dates, whether their
        sources now disagree, and a history row each ("Refined by a report:
        May 2024 to 12 May 2024", with its actors), the rows saving them one
        by one would leave; dates other reports count from them follow
        (derivation.follow_event). Returns their ids."""
        if not self.refined:
            return []
        from timeline.derivation import follow_event

        events = list(Event.objects.filter(pk__in=list(self.refined)).order_by("pk"))
        now, reasons = timezone.now(), {}
        for event in events:
            old = event.date_label
            event.date, event.precision = self.refined[event.pk]
            event.end_date = None
            event.normalize_dates()
            event.updated_at = now
            reasons[event.pk] = f"{REFINED}: {old} to {event.date_label}"[:100]
        update(events, ["date", "precision", "end_date", "last_day", "updated_at"])
        moved = [event.pk for event in events]
        Event.objects.filter(pk__in=moved).refresh_disputes()
        record_event_history(moved, self.user, kind="~", reasons=reasons)
        counted_from = Mention.objects.filter(event_id__in=moved, dependents__isnull=False)
        for pk in sorted(set(counted_from.values_list("event_id", flat=True))):
            follow_event(Event.objects.get(pk=pk))
        return moved

    def link_actors(self, new_ids, pairs):
        """Link events to actors ({(event id, actor id)}), and start the
        change history of the new events, and of the stored events that gain
        actors, with their actors: the records saving one by one would leave
        (an added event with its actors; a joined one changed, with all its
        actors)."""
        link = Event.actors.through
        stored = {event_id for event_id, _ in pairs} - set(new_ids)
        had = set(link.objects.filter(event_id__in=stored).values_list("event_id", "actor_id")) if stored else set()
        # A joined event may have the actor already (or get it from another
        # import meanwhile).
        insert_rows(link, [{"event_id": e, "actor_id": a} for e, a in pairs if (e, a) not in had],
                    ignore_conflicts=True)
        changed = {event_id for event_id, actor_id in pairs if event_id in stored and (event_id, actor_id) not in had}
        record_event_history(new_ids, self.user)
        record_event_history(changed, self.user, kind="~")

    @staticmethod
    def reported_by_others(mentions):
        """The events these mentions join that another article reports too:
        only those can have sources that disagree (timeline/claims.py)."""
        articles = {}
        for target, article, _ in mentions:
            articles.setdefault(target.event_id, set()).add(article.pk)
        joined = {target.event_id for target, _, _ in mentions if target.pk}
        return sorted(pk for pk, ids in articles.items() if pk in joined or len(ids) > 1)

    @staticmethod
    def mention_row(target, article, extracted):
        """{field: value} of the mention of `article` reporting `target`:
        where the statement sits, its date and place (this source's claim)
        and how it was dated. A row, not a Mention: a batch writes tens of
        thousands."""
        return {
            "event_id": target.event_id,
            "article_id": article.pk,
            "sentence": extracted.sentence,
            "cue": extracted.cue[:300],
            "sentence_start": extracted.sentence_start,
            "sentence_end": extracted.sentence_end,
            "cue_start": extracted.cue_start,
            "cue_end": extracted.cue_end,
            "place": (extracted.place or "")[:200],
            "stage": getattr(extracted, "stage", Stage.OCCURRED),
            **Mention.claim_fields(extracted),
            **Mention.derivation_fields(extracted),
        }

    @staticmethod
    def link_anchors(mention_ids, mentions):
        """Point each new mention counted from another statement at that
        statement's mention in the same article (one of this batch, or one
        stored before, as re-extraction keeps reviewed ones). A statement
        that was not kept leaves the anchor empty. `mentions`: [(target,
        article, statement)] beside their ids."""
        wanted = [(pk, article.pk, statement.anchor_cue_start)
                  for pk, (_, article, statement) in zip(mention_ids, mentions, strict=True)
                  if getattr(statement, "anchor_cue_start", None) is not None]
        if not wanted:
            return
        at = {}
        stored = Mention.objects.filter(article_id__in={article_id for _, article_id, _ in wanted}).order_by("-id")
        for pk, article_id, cue_start in stored.values_list("pk", "article_id", "cue_start"):
            at[article_id, cue_start] = pk  # the first stored wins (ids descending)
        linked = [Mention(pk=pk, anchor_id=at[article_id, cue_start]) for pk, article_id, cue_start in wanted
                  if (article_id, cue_start) in at]
        update(linked, ["anchor"])

    @staticmethod
    def category_key(category):
        """A category as same_happening compares it (the engine's lower-case name)."""
        return category.name.lower() if category else None

    def candidate_for(self, event):
        """The reviewer's choice of event, as a Candidate."""
        return Candidate(pk=event.pk, title=event.title, category=None)

    @classmethod
    def candidates(cls, keys, days=()):
        """({key: [Candidate]}, {day: [Candidate]}): the stored visible
        events with each key (match_key), by id, no more than matching can
        look at; and the single, day-precision events that are not
        summaries on each of `days` (at most NEARBY_CANDIDATES in all), with
        when their first source was published. All with their actors' names."""
        index, found, by_day = {}, {}, {}
        limit = MATCH_CANDIDATES + MAX_REPORTED_PER_KEY
        for pk, title, date, precision, end_date, place, stage, summary_count, category in candidate_tuples(
            sorted(keys, key=str)
        ):
            candidates = index.setdefault((date, precision, end_date), [])
            if len(candidates) < limit:
                candidate = found[pk] = Candidate.stored(
                    pk, title, category, date, precision, place, stage, summary_count is not None
                )
                candidates.append(candidate)
        if days:
            # When each one's first source was published is read later, of
            # the few that need it (read_first_published).
            day = Precision.DAY
            for pk, title, date, place, stage, category in day_candidate_rows(days):
                candidate = found.get(pk)
                if candidate is None:
                    candidate = found[pk] = Candidate.stored(
                        pk, title, category.lower() if category else None, date, day, place, stage, False
                    )
                candidate.first_published = UNREAD
                by_day.setdefault(date, []).append(candidate)
        for event_id, names in actor_names(found):
            found[event_id].actor_names.update(names)
        return index, by_day

    @staticmethod
    def match(candidates, extracted, reported, *, same_words=False):
        """The first of the first MATCH_CANDIDATES candidates (by id) not
        reported by this article already that is the same happening; with
        `same_words`, only one whose title also says the same thing
        (similarity.same_event): across periods, where a person both name
        is no evidence (an envoy "expected to visit in April" does much in
        April besides arriving on the 7th)."""
        eligible = (c for c in candidates if c not in reported)
        for candidate in itertools.islice(eligible, MATCH_CANDIDATES):
            # A cheap test first that rules most candidates out, never one
            # the whole rule would take.
            if not could_be_same_happening(candidate.title, extracted.title, actors=candidate.actor_names,
                                           other_actors=extracted.actors, category=candidate.category,
                                           other_category=extracted.category):
                continue
            same = dict(
                actors=sorted(candidate.actor_names),
                other_actors=extracted.actors,
                category=candidate.category,
                other_category=extracted.category,
            )
            if same_happening(candidate.title, extracted.title, strict=True, **same) and (
                not same_words or same_event(candidate.title, extracted.title, **same)
            ):
                return candidate
        return None

    def event_row(self, extracted):
        """{field: value} of the new event a statement makes (a row, not an
        Event: a batch creates thousands)."""
        category = self.category(extracted.category)
        return {
            "title": extracted.title[:300],
            "precision": extracted.precision,
            **Event.normalized_dates(extracted.date, extracted.precision, extracted.end_date),
            "category_id": category.pk if category else None,
            "place": (extracted.place or "")[:200],
            "created_by_id": self.user.pk if self.user else None,
        }

    def category(self, name):
        if not name:
            return None
        if name not in self.categories:
            self.categories[name] = Category.objects.get_or_create(
                slug=slugify(name)[:80], defaults={"name": name.capitalize()}
            )[0]
        return self.categories[name]

    @staticmethod
    def clean_name(name):
        return name.strip()[:200] if name else ""

    def prefetch_actors(self, names):
        """Two queries for the batch's actors already stored, by name or
        alias; the rest are created by Actor.objects.for_names."""
        wanted = {self.clean_name(name).lower() for name in names} - {""} - set(self.actors)
        if not wanted:
            return
        for actor in Actor.objects.annotate(lower_name=Lower("name")).filter(lower_name__in=wanted):
            self.actors[actor.lower_name] = actor
        aliases = ActorAlias.objects.annotate(lower_name=Lower("name")).filter(lower_name__in=wanted - set(self.actors))
        for alias in aliases.select_related("actor"):
            self.actors[alias.lower_name] = alias.actor

    def actors_for(self, names):
        """The actors for these names, as Actor.objects.for_names finds or
        creates them, one per actor ("U.S." and "United States": one)."""
        actors = {}
        for name in dict.fromkeys(self.clean_name(name) for name in names):
            if not name:
                continue
            if name.lower() not in self.actors:
                self.actors[name.lower()] = Actor.objects.for_names([name])[0]
            actor = self.actors[name.lower()]
            actors.setdefault(actor.pk, actor)
        return list(actors.values())


CANDIDATES_SQL = {
    # One index probe on (date, id) per key, joined in one query: a few
    # milliseconds for a batch's keys, where an OR of them costs PostgreSQL's
    # planner and Django's compiler most of a second.
    "postgresql": """
        SELECT e.id, e.title, e.date, e.precision, e.end_date, e.place, e.stage, e.summary_count,
            c.name AS category_name
        FROM unnest(%s::date[], %s::text[], %s::date[]) AS k(date, precision, end_date)
        CROSS JOIN LATERAL (
            SELECT id, title, date, precision, end_date, place, stage, summary_count, category_id
            FROM timeline_event
            WHERE date = k.date AND precision = k.precision AND end_date IS NOT DISTINCT FROM k.end_date
                AND status = ANY(%s)
            ORDER BY id LIMIT %s
        ) AS e
        LEFT JOIN timeline_category c ON c.id = e.category_id
        ORDER BY e.id""",
    "sqlite": """
        SELECT e.id, e.title, e.date, e.precision, e.end_date, e.place, e.stage, e.summary_count,
            c.name AS category_name
        FROM json_each(%s) AS k
        JOIN timeline_event e
            ON e.date = json_extract(k.value, '$[0]') AND e.precision = json_extract(k.value, '$[1]')
            AND e.end_date IS json_extract(k.value, '$[2]')
        LEFT JOIN timeline_category c ON c.id = e.category_id
        WHERE e.status IN (%s, %s) ORDER BY e.id""",
}


def dated_by_person(pk):
    """EventQuerySet.dated_by_person() of one event, in one statement: its
    status and, if proposed, its history's dates oldest first (the ORM's
    two queries cost ~2 ms of Python each, asked some ten times a batch)."""
    history, proposed = Event.history.model, str(Event.Status.PROPOSED)
    quote = connection.ops.quote_name
    fields = ", ".join(f"h.{quote(name)}" for name in DATE_HISTORY)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT e.status, {fields} FROM {quote(Event._meta.db_table)} e
            LEFT JOIN {quote(history._meta.db_table)} h ON h.id = e.id AND e.status = %s
            WHERE e.id = %s ORDER BY h.history_date, h.history_id""",
            [proposed, pk],
        )
        rows = cursor.fetchall()
    if not rows:
        return False
    if rows[0][0] != proposed:
        return True
    return redated_by_person(row[1:] for row in rows if row[1:] != (None,) * len(DATE_HISTORY))


def day_candidate_rows(days):
    """(id, title, date, place, stage, category name) of the visible
    single day events that are not summaries on `days`, by id, at most
    NEARBY_CANDIDATES (EventWriter.candidates). On PostgreSQL one statement
    sent as it is, where the ORM compiled it and converted every row."""
    if connection.vendor != "postgresql":
        return (
            Event.objects.visible()
            .filter(among("date", sorted(days)), precision=Precision.DAY, end_date__isnull=True,
                    summary_count__isnull=True)
            .order_by("id")
            .values_list("id", "title", "date", "place", "stage", "category__name")
            [:NEARBY_CANDIDATES]
        )
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT e.id, e.title, e.date, e.place, e.stage, c.name
            FROM timeline_event e LEFT JOIN timeline_category c ON c.id = e.category_id
            WHERE e.status IN (%s, %s) AND e.date = ANY(%s::date[]) AND e.precision = %s
                AND e.end_date IS NULL AND e.summary_count IS NULL
            ORDER BY e.id LIMIT %s""",
            [str(Event.Status.PROPOSED), str(Event.Status.CONFIRMED), array_param(sorted(days)),
             str(Precision.DAY), NEARBY_CANDIDATES],
        )
        return cursor.fetchall()


def actor_names(event_ids):
    """(event id, [its actors' names]) of those of these events that have
    actors; on PostgreSQL a row an event (array_agg), not one a link."""
    if connection.vendor != "postgresql":
        names = {}
        rows = Event.actors.through.objects.filter(among("event_id", event_ids)).values_list("event_id", "actor__name")
        for event_id, name in rows:
            names.setdefault(event_id, []).append(name)
        return names.items()
    # The array given through a subquery: a batch asks of some 15,000
    # candidates, and PostgreSQL spent 23 ms planning the statement (it
    # estimates a constant array element by element) to run it in 34.
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT l.event_id, array_agg(a.name) FROM timeline_event_actors l
            JOIN timeline_actor a ON a.id = l.actor_id WHERE l.event_id = ANY((SELECT %s::bigint[])::bigint[])
            GROUP BY l.event_id""",
            [array_param(event_ids)],
        )
        return cursor.fetchall()


def coarser_keys(extracted):
    """The match keys of the periods holding a single date's statement:
    its month and year for a day, its year for a month."""
    if match_key(extracted)[2] is not None:
        return []
    coarser = {Precision.DAY: [Precision.MONTH, Precision.YEAR], Precision.MONTH: [Precision.YEAR]}
    return [(truncate_to_precision(extracted.date, p), p, None) for p in coarser.get(extracted.precision, ())]


def days_around(statements):
    """The days whose events matching across dates may compare with these
    statements: those within NEARBY_DAYS of a day, the days of a month."""
    days = set()
    for extracted in statements:
        if match_key(extracted)[2] is not None:
            continue
        if extracted.precision in (Precision.DAY, Precision.MONTH):
            days.update(_days_around(extracted.date, extracted.precision))
    return days


@functools.lru_cache(maxsize=4096)
def _days_around(date, precision):
    """days_around() of one statement's date and precision: a batch's
    thousands of statements name a few hundred dates."""
    if precision == Precision.DAY:
        return tuple(date + datetime.timedelta(days=d) for d in range(-NEARBY_DAYS, NEARBY_DAYS + 1))
    return tuple(days_of_month(truncate_to_precision(date, Precision.MONTH)))


def days_of_month(first):
    """The days of the month that starts on `first`."""
    return itertools.takewhile(
        lambda day: day.month == first.month, (first + datetime.timedelta(days=d) for d in range(31))
    )


def place_claim(extracted):
    """The place a statement's sentence names (claims.place_claim)."""
    from timeline.claims import place_claim as claim

    return claim(extracted.place, extracted.sentence)


class CandidateRow(NamedTuple):
    """What matching reads of a stored event (candidate_rows)."""

    id: int
    title: str
    date: datetime.date
    precision: str
    end_date: datetime.date | None
    place: str
    stage: str
    summary_count: int | None
    category_name: str | None


def candidate_rows(keys):
    """The visible events (as EventQuerySet.visible) with these keys
    (match_key), by id: CandidateRows, the category's name in lower case
    (or None). Tuples, not Events: a batch reads tens of thousands."""
    return map(CandidateRow._make, candidate_tuples(keys))


def candidate_tuples(keys):
    """candidate_rows() as plain tuples, in CandidateRow's order."""
    if not keys:
        return []
    visible = [str(Event.Status.PROPOSED), str(Event.Status.CONFIRMED)]
    if connection.vendor in ("postgresql", "sqlite"):
        if connection.vendor == "postgresql":
            params = [
                array_param(d for d, _, _ in keys),
                array_param(str(p) for _, p, _ in keys),
                array_param(e for _, _, e in keys),
                visible,
                MATCH_CANDIDATES + MAX_REPORTED_PER_KEY,
            ]
        else:
            params = [json.dumps([[d.isoformat(), p, e and e.isoformat()] for d, p, e in keys]), *visible]
        with connection.cursor() as cursor:
            cursor.execute(CANDIDATES_SQL[connection.vendor], params)
            rows = cursor.fetchall()
    else:
        conditions = [Q(date=d, precision=p, end_date=e) for d, p, e in keys]
        rows = (
            Event.objects.visible()
            .filter(Q(*conditions, _connector=Q.OR))
            .order_by("id")
            .values_list(*CandidateRow._fields[:-1], "category__name")
        )
    return [(*fields, category_name.lower() if category_name else None) for *fields, category_name in rows]


class AnyOf(models.Lookup):
    """`field = ANY(array)`: the field's value is one of the array's, given
    as one parameter. An index on the field serves it like `IN (...)`, and
    PostgreSQL plans it well without statistics, as a table that a bulk
    import is filling has none: `IN (SELECT unnest(...))` there was
    planned as a nested loop over both sides, 1.8 s for a batch's days."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::{self.lhs.output_field.db_type(connection)}[])", [*params, array_param(self.rhs)]


def among(field, values):
    """filter(among(field, values)) is filter(field__in=values), but on
    PostgreSQL with one array parameter (AnyOf): psycopg converts a query's
    placeholders in Python, and a batch's thousands of ids or days cost it
    milliseconds a query."""
    values = list(values)
    if connection.vendor != "postgresql":
        return Q(**{f"{field}__in": values})
    return AnyOf(F(field), values)


def array_param(values):
    """A PostgreSQL array parameter (`%s::bigint[]`, `date[]`, `text[]`) for
    `values`: as the array's text (`{1,2,3}`) when they are all integers,
    dates, strings or None, else the list as it is. psycopg dumps a list
    element by element in Python (8 ms for a batch's 15,000 candidate ids,
    a tenth of matching's Python time), where the text is one join and one
    string to quote; PostgreSQL parses it on the cast, to the same array."""
    values = list(values)
    kinds = set(map(type, values))
    # The common arrays, ids and days, joined at C speed.
    if kinds == {int}:
        return "{" + ",".join(map(str, values)) + "}"
    if kinds == {datetime.date}:
        return "{" + ",".join(map(datetime.date.isoformat, values)) + "}"
    parts = []
    for value in values:
        kind = type(value)
        if kind is int or kind is datetime.date:
            parts.append(str(value) if kind is int else value.isoformat())
        elif value is None:
            parts.append("NULL")
        elif kind is str:
            parts.append('"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"')
        else:
            return values
    return "{" + ",".join(parts) + "}"


# Fields whose values psycopg sends as they are (str, int, date, datetime,
# bool, None): insert_columns() skips Django's preparation of each value for them.
PLAIN_FIELDS = (models.CharField, models.TextField, models.IntegerField, models.DateField, models.BooleanField,
                models.ForeignKey)


def insert_rows(model, rows, *, ignore_conflicts=False):
    """Store rows of `model`, each {field attname: value} (all with the same
    fields), as bulk_create would store objects with those values: the
    fields left out take their defaults, automatic dates the time now.
    Returns their primary keys, in order (none with `ignore_conflicts`)."""
    if not rows:
        return []
    now, given = timezone.now(), rows[0].keys()
    columns = {}
    for field in model._meta.concrete_fields:
        if field.attname in given:
            columns[field] = [row[field.attname] for row in rows]
        elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            columns[field] = [now] * len(rows)
        elif field is not model._meta.pk:
            columns[field] = [field.get_default()] * len(rows)
    return insert_columns(model, columns, ignore_conflicts)


def insert_columns(model, columns, ignore_conflicts=False):
    """insert_rows(): {field: [value per row]} stored with each
    value prepared by Django only where its field needs it (JSON, say),
    where bulk_create's per-value preparation and SQL compiling was a third
    of a batch's Python time: on PostgreSQL one COPY (copy_columns), or
    with `ignore_conflicts` one INSERT from one array per column; on SQLite
    INSERTs of as many rows as its parameters allow."""
    if connection.vendor not in ("postgresql", "sqlite"):
        objs = [model(**{field.attname: value for field, value in zip(columns, row, strict=True)})
                for row in zip(*columns.values(), strict=True)]
        return [obj.pk for obj in model.objects.bulk_create(objs, ignore_conflicts=ignore_conflicts)]
    fields, arrays = list(columns), []
    for field, values in columns.items():
        if not isinstance(field, PLAIN_FIELDS) or connection.vendor == "sqlite":
            values = [field.get_db_prep_save(value, connection) for value in values]
        arrays.append(values)
    if connection.vendor == "postgresql" and not ignore_conflicts:
        return copy_columns(model, fields, arrays)
    quote = connection.ops.quote_name
    names = ", ".join(quote(field.column) for field in fields)
    ignore = "OR IGNORE " if ignore_conflicts and connection.vendor == "sqlite" else ""
    head = f"INSERT {ignore}INTO {quote(model._meta.db_table)} ({names}) "
    tail = "" if ignore_conflicts else f" RETURNING {quote(model._meta.pk.column)}"
    if connection.vendor == "postgresql":
        arrays_sql = ", ".join(f"%s::{field.db_type(connection)}[]" for field in fields)
        statements = [(f"{head}SELECT * FROM unnest({arrays_sql})", arrays)]
        if ignore_conflicts:
            tail = " ON CONFLICT DO NOTHING"
    else:
        rows = list(zip(*arrays, strict=True))
        size = max(1, connection.features.max_query_params // len(fields))
        row_sql = f"({', '.join(['%s'] * len(fields))})"
        statements = [
            (f"{head}VALUES {', '.join([row_sql] * len(chunk))}", [value for row in chunk for value in row])
            for chunk in (rows[start:start + size] for start in range(0, len(rows), size))
        ]
    ids = []
    with connection.cursor() as cursor:
        for sql, params in statements:
            cursor.execute(sql + tail, params)
            if not ignore_conflicts:
                ids.extend(value for (value,) in cursor.fetchall())
    return ids


def copy_columns(model, fields, arrays):
    """PostgreSQL: store rows by COPY, their primary keys taken from the
    table's sequence first, in row order, as an INSERT would take them.
    psycopg formats COPY's rows in C, where an INSERT from arrays had
    Python dump and quote every value of every array (a batch's mentions
    are some 400,000). Triggers fire as for an INSERT. Returns the keys."""
    quote = connection.ops.quote_name
    table, pk = model._meta.db_table, model._meta.pk
    count = len(arrays[0])
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(%s::regclass) FROM generate_series(1, %s)", [serial_sequence(model), count])
        ids = sorted(value for (value,) in cursor.fetchall())
        names = ", ".join(quote(field.column) for field in [pk, *fields])
        # COPY goes to psycopg's own cursor: its errors are raised as
        # Django's (IntegrityError, ...), as Django's cursor raises them.
        with connection.wrap_database_errors, cursor.cursor.copy(f"COPY {quote(table)} ({names}) FROM STDIN") as copy:
            for row in zip(ids, *arrays, strict=True):
                copy.write_row(row)
    return ids


_sequences = {}


def serial_sequence(model):
    """The name of the sequence of `model`'s primary key (PostgreSQL),
    asked once a process: in copy_columns' statement pg_get_serial_sequence()
    was run for every key taken (14 ms for a batch's 2,000 mentions, 1 ms
    with the name given)."""
    table = model._meta.db_table
    if table not in _sequences:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)",
                           [connection.ops.quote_name(table), model._meta.pk.column])
            _sequences[table] = cursor.fetchone()[0]
    return _sequences[table]


def update(objs, fields):
    """QuerySet.bulk_update(objs, fields) for a batch's thousands of rows:
    on PostgreSQL one UPDATE from one array per column, elsewhere one
    statement run for each row (executemany). bulk_update's single
    statement of CASE WHEN id = ... per row makes the database compare every
    row with every case: two thousand events took seconds."""
    objs = list(objs)
    if not objs:
        return
    model = type(objs[0])
    fields = [model._meta.get_field(name) for name in fields]
    pk = model._meta.pk
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = [*fields, pk]
    rows = [[field.get_db_prep_save(getattr(obj, field.attname), connection) for field in columns] for obj in objs]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            names = ", ".join(quote(field.column) for field in columns)
            arrays = ", ".join(f"%s::{field.db_type(connection)}[]" for field in columns)
            assignments = ", ".join(f"{quote(field.column)} = v.{quote(field.column)}" for field in fields)
            cursor.execute(
                f"UPDATE {table} SET {assignments} FROM unnest({arrays}) AS v({names}) "
                f"WHERE {table}.{quote(pk.column)} = v.{quote(pk.column)}",
                [array_param(values) for values in zip(*rows, strict=True)],
            )
        else:
            assignments = ", ".join(f"{quote(field.column)} = %s" for field in fields)
            cursor.executemany(f"UPDATE {table} SET {assignments} WHERE {quote(pk.column)} = %s", rows)


def record_history(model, ids, user=None, kind="+", reasons=None):
    """Start ("+") or continue ("~") the change history of `model`'s rows
    `ids`, in id order, in one INSERT ... SELECT: the records
    django-simple-history's bulk_history_create stores, without a model
    instance per row or sending the rows back to the database. `reasons`:
    {row id: why it changed} for those that say. Returns {row id: history id}."""
    if not ids:
        return {}
    history = model.history.model
    quote = connection.ops.quote_name
    table, pk = quote(model._meta.db_table), quote(model._meta.pk.column)
    columns = [quote(model._meta.get_field(field.name).column) for field in history.tracked_fields]
    ids, reasons = sorted(ids), reasons or {}
    params = [connection.ops.adapt_datetimefield_value(timezone.now()), user.pk if user else None, kind]
    if connection.vendor == "postgresql":
        rows, reason = f"unnest(%s::bigint[], %s::text[]) AS r(id, reason) JOIN {table} t ON t.{pk} = r.id", "r.reason"
        params += [array_param(ids), array_param(reasons.get(key, "") for key in ids)]
    else:
        rows = f"json_each(%s) AS r JOIN {table} t ON t.{pk} = json_extract(r.value, '$[0]')"
        reason = "json_extract(r.value, '$[1]')"
        params.append(json.dumps([[key, reasons.get(key, "")] for key in ids]))
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {quote(history._meta.db_table)}
                ({", ".join(columns)}, history_date, history_user_id, history_change_reason, history_type)
            SELECT {", ".join(f"t.{column}" for column in columns)}, %s, %s, {reason}, %s FROM {rows}
            ORDER BY t.{pk}
            RETURNING {pk}, history_id""",
            params,
        )
        return dict(cursor.fetchall())


def record_event_history(ids, user=None, kind="+", reasons=None):
    """record_history of events, with the actors each record holds (the
    rows simple-history's m2m_fields keep): two queries more."""
    records = record_history(Event, ids, user, kind, reasons)
    if not records:
        return records
    link = Event.actors.through
    rows = link.objects.filter(among("event_id", records)).order_by("pk")
    insert_rows(Event.history.model.actors.model, [
        {"history_id": records[event_id], "id": pk, "event_id": event_id, "actor_id": actor_id}
        for pk, event_id, actor_id in rows.values_list("pk", "event_id", "actor_id")
    ])
    return records


def import_article(*, title, published, text, url="", source="", user=None, events=None, matches=None):
    """Store an article and its events in one transaction.

    `events` are the extraction engine's ExtractedEvent objects as the user
    reviewed them; when None the engine proposes them. Offsets in them refer
    to the normalized text. Statements of one happening (the same `group`)
    become one event with a mention each. `matches`, beside `events`, names
    the stored event each one reports again (or None); when not given, each
    happening is looked for (find_match). Returns (article, created): an
    article already stored (same content or URL), even by an import running
    at the same moment, is returned untouched.
    """
    from timeline.extraction import extract_events

    text = normalize_text(text)
    existing = Article.objects.duplicate_of(text=text, url=url)
    if existing is not None:
        return existing, False
    if events is None:
        events = extract_events(text, published=published)
    else:
        events = with_derivations(events, extract_events(text, published=published, uncertain=True))
    try:
        with transaction.atomic():
            article = Article.objects.create(
                title=title, url=url or None, source=source, published=published, text=text, imported_by=user
            )
            _store_events(article, events, matches, user)
    except IntegrityError:
        # Another import stored the same article between the check above and
        # this insert (the unique content hash or URL refused the second).
        existing = Article.objects.duplicate_of(text=text, url=url)
        if existing is None:
            raise
        return existing, False
    return article, True


def with_derivations(reviewed, found):
    """The reviewed statements with how the engine dated them (`found`, its
    reading of the same text and date), matched by cue: a statement whose
    date the reviewer kept gets the engine's rule, confidence, tense and
    anchor; one whose date the reviewer changed was dated by a person and
    keeps none (so correcting the publication date never re-derives it)."""
    by_cue = {(e.cue_start, e.cue_end): e for e in found}
    out = []
    for statement in reviewed:
        engine = by_cue.get((statement.cue_start, statement.cue_end))
        if engine is None or match_key(engine) != match_key(statement):
            engine = ExtractedEvent(**{**statement.__dict__, "rule": "", "tense": None, "anchor_cue_start": None})
        out.append(
            dataclasses.replace(
                statement,
                rule=engine.rule,
                confidence=engine.confidence,
                tense=engine.tense,
                anchor_cue_start=engine.anchor_cue_start,
            )
        )
    return out


def _store_events(article, events, matches, user):
    EventWriter(user=user).write([(article, events, matches, ())])
