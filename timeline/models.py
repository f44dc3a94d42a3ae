"""The timeline's data: articles, the events they report, and the mentions
that tie each event to the sentence and phrase that dated it."""
import contextlib
import datetime
import functools
import hashlib
import itertools
import operator
import re

import simple_history
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, connections, models, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.db.transaction import TransactionManagementError
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify

from timeline.extraction.events import aliases_of
from timeline.extraction.types import DateValue, iso_at, truncate_to_precision

# An actor with at least this many events is filtered by walking the date
# index (see EventQuerySet.with_actor).
COMMON_ACTOR_EVENTS = 2000


# Reversed in place of a primary key, it shows where every other key goes.
_PK_SENTINEL = 918273645546372819


def reverse_pk(viewname, pk):
    """reverse(viewname, args=[pk]) at a fraction of its cost: a page of the
    timeline links each of its rows and their articles, and reverse() was
    a tenth of the results partial's time (bench/browse_speed.py). The URL
    is reversed once per view, URLconf and script prefix, then filled in."""
    prefix, suffix = pk_url_parts(viewname)
    return f"{prefix}{int(pk)}{suffix}"


def pk_url_parts(viewname):
    """(prefix, suffix) of reverse(viewname, args=[pk]) around the pk, for
    the current URLconf and script prefix (reverse_pk; the timeline rows
    look them up once per page)."""
    return _pk_url_parts(viewname, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())


@functools.lru_cache(maxsize=64)
def _pk_url_parts(viewname, urlconf, script_prefix):
    # script_prefix is part of the key only: reverse() reads the same one.
    prefix, _, suffix = reverse(viewname, urlconf=urlconf, args=[_PK_SENTINEL]).partition(str(_PK_SENTINEL))
    return prefix, suffix


class Precision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class Category(models.Model):
    """An editable kind of event; editors add their own in the admin."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80]
        super().save(*args, **kwargs)


class ActorQuerySet(models.QuerySet):
    def for_names(self, names):
        """The actors with these names or aliases, created where missing
        (with the other names the extraction engine knows for them)."""
        actors = []
        for name in dict.fromkeys(n.strip()[:200] for n in names if n and n.strip()):
            actor = self.named(name).first()
            if actor is None:
                actor = self.create(name=name, kind=guess_actor_kind(name))
                actor.add_aliases(aliases_of(name))
            if actor not in actors:  # "U.S." and "United States": one actor
                actors.append(actor)
        return actors

    def named(self, name):
        """Actors called `name`, by their name or an alias, in any case."""
        return self.filter(Q(name__iexact=name) | Q(aliases__name__iexact=name)).distinct()


def guess_actor_kind(name):
    """Countries are known from ISO 3166 (pycountry); anything else stays 'other'
    until an editor says otherwise in the admin."""
    import pycountry

    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return Actor.Kind.OTHER
    return Actor.Kind.COUNTRY


class Actor(models.Model):
    """A country, organisation or person taking part in events."""

    class Kind(models.TextChoices):
        COUNTRY = "country", "Country"
        ORGANISATION = "organisation", "Organisation"
        PERSON = "person", "Person"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        # The filter's type-ahead and name lookup (timeline/suggest.py).
        indexes = [models.Index(Lower("name"), name="actor_name_lower_idx")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200] or f"actor-{hashlib.sha1(self.name.encode()).hexdigest()[:8]}"
        super().save(*args, **kwargs)

    @cached_property
    def is_common(self):
        """Whether the actor takes part in COMMON_ACTOR_EVENTS events or
        more (read up to that many of its links)."""
        links = Event.actors.through.objects.filter(actor=self)
        return links[:COMMON_ACTOR_EVENTS].count() >= COMMON_ACTOR_EVENTS

    def add_aliases(self, names):
        """Record other names of this actor; a name that is already an
        actor's name or alias is left where it is."""
        for name in names:
            name = name.strip()[:200]
            if name and name.casefold() != self.name.casefold() and not Actor.objects.named(name).exists():
                ActorAlias.objects.create(actor=self, name=name)

    @transaction.atomic
    def merge(self, others):
        """Make `others` this actor: their events become this actor's, their
        names and aliases its aliases, and they are deleted."""
        others = [other for other in others if other.pk != self.pk]
        if not others:
            return
        links = Event.actors.through.objects
        mine = set(links.filter(actor=self).values_list("event_id", flat=True))
        theirs = set(links.filter(actor__in=others).values_list("event_id", flat=True))
        links.bulk_create([links.model(event_id=event_id, actor=self) for event_id in sorted(theirs - mine)])
        ActorAlias.objects.filter(actor__in=others).update(actor=self)
        names = [other.name for other in others]
        Actor.objects.filter(pk__in=[other.pk for other in others]).delete()
        self.add_aliases(names)


class ActorAlias(models.Model):
    """Another name of an actor ("U.S." for United States, "Pyongyang" for
    North Korea, a spelling an editor merged): the import and the actor
    filter find the actor by it."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "actor aliases"
        constraints = [models.UniqueConstraint(Lower("name"), name="actor_alias_unique_name")]

    def __str__(self):
        return self.name


def normalize_text(text):
    """Article text as stored: Unix newlines, no trailing spaces on lines,
    no surrounding blank lines. Offsets of mentions refer to this text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def content_hash(text):
    """A fingerprint that ignores whitespace and case, so that the same article
    pasted twice, or re-wrapped, is recognised as the same."""
    canonical = re.sub(r"\s+", " ", text).strip().casefold()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


SOURCES_CACHE_KEY = "timeline:article-sources"


def forget_sources():
    """Drop the cached outlets now and again when the writing transaction
    commits: the shared cache may live outside it (Redis, or SQLite's cache
    file), so a reader between the two could cache the list as it was."""
    cache.delete(SOURCES_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(SOURCES_CACHE_KEY))


class ArticleQuerySet(models.QuerySet):
    def sources(self):
        """The distinct outlets, sorted. Cached, as every timeline request
        validates its source filter against them and a DISTINCT over all
        articles costs ~20 ms at 100,000 articles; saving an article clears it."""
        sources = cache.get(SOURCES_CACHE_KEY)
        if sources is None:
            sources = list(
                Article.objects.exclude(source="").order_by("source").values_list("source", flat=True).distinct()
            )
            cache.set(SOURCES_CACHE_KEY, sources, timeout=300)
        return sources

    def duplicate_of(self, *, text, url=""):
        """The stored article with the same content, or the same URL, if any."""
        query = Q(content_hash=content_hash(normalize_text(text)))
        if url:
            query |= Q(url=url)
        return self.filter(query).first()

    def import_article(self, **kwargs):
        """Store an article and its events: see timeline.importing.import_article."""
        from timeline.importing import import_article

        return import_article(**kwargs)


class Article(models.Model):
    title = models.CharField(max_length=300)
    url = models.URLField(max_length=500, unique=True, null=True, blank=True, verbose_name="URL")
    source = models.CharField(max_length=200, blank=True, help_text="Outlet or agency, e.g. Harbor Wire.")
    published = models.DateField(help_text="Publication date; the article's relative dates are resolved against it.")
    text = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        indexes = [models.Index(fields=["source"], name="article_source_idx")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.text = normalize_text(self.text)
        self.content_hash = content_hash(self.text)
        # An empty URL is stored as NULL so that the unique constraint only
        # applies to articles that have one.
        self.url = self.url or None
        corrected = getattr(self, "_loaded_published", None) not in (None, self.published)
        super().save(*args, **kwargs)
        forget_sources()
        if corrected:
            # The publication date was corrected: every date counted from it
            # is derived again (timeline/derivation.py), in this transaction.
            from timeline.derivation import rederive_article

            with transaction.atomic():
                # The events moved, for the editor's message (ArticleAdmin).
                self.rederived = rederive_article(
                    self, reason=f"publication date corrected to {self.published:%-d %B %Y}"
                )
        self._loaded_published = self.published

    def get_absolute_url(self):
        return reverse_pk("timeline:article_detail", self.pk)

    @property
    def published_label(self):
        """'5 April 2023', as the timeline writes a day."""
        return DateValue(self.published, Precision.DAY).label

    @classmethod
    def from_db(cls, db, field_names, values):
        article = super().from_db(db, field_names, values)
        # The date its mentions were derived from, to see a correction on save.
        article._loaded_published = article.__dict__.get("published")
        return article

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        forget_sources()
        return result

    def highlighted_segments(self):
        """The text cut into (text, mention or None) pieces, for showing each
        dated phrase highlighted and linked to its event."""
        segments, position = [], 0
        for mention in sorted(self.mentions.all(), key=lambda m: (m.cue_start, m.cue_end)):
            if mention.cue_start < position or mention.cue_end > len(self.text):
                continue  # overlapping cue: the first one shown wins
            if mention.cue_start == mention.cue_end:
                continue
            segments.append((self.text[position : mention.cue_start], None))
            segments.append((self.text[mention.cue_start : mention.cue_end], mention))
            position = mention.cue_end
        segments.append((self.text[position:], None))
        return [(text, mention) for text, mention in segments if text]


# The last day whose next day a date can hold.
MAX_WINDOW_END = datetime.date.max - datetime.timedelta(days=1)


def fits_before(end):
    """Events whose date, at its precision, is over by `end`: every day
    event, a month or a year only when it has ended by then."""
    if end >= MAX_WINDOW_END:
        return Q()
    after = end + datetime.timedelta(days=1)
    return (
        Q(precision=Precision.DAY)
        | Q(precision=Precision.MONTH, date__lt=truncate_to_precision(after, Precision.MONTH))
        | Q(precision=Precision.YEAR, date__lt=truncate_to_precision(after, Precision.YEAR))
    )


class Stage(models.TextChoices):
    """Where a happening stands, a separate axis from the review status:
    announced and still ahead, reported as held, or called off."""

    PLANNED = "planned", "Planned"
    OCCURRED = "occurred", "Occurred"
    CANCELLED = "cancelled", "Cancelled"


# The claims of the mentions of events that may be in dispute (EventQuerySet.
# refresh_disputes, PostgreSQL): an event none of whose facts was settled,
# whose dated mentions all claim one date (one date, precision and end) and
# whose mentions all name one place (or none), has no two claims that can
# disagree (a value agrees with itself), so its mentions are not sent: at
# 20,000 articles, 18,000 of the 22,000 events reported by two articles or
# more, half to 60% of the rows a batch read. Places that differ only in
# spaces or case are read and compared, as before. A sentence is sent only
# where the mention names a place (claims.place_claim).
CLAIM_ROWS_SQL = """
    SELECT id, event_id, article_id, sentence, date, precision, end_date, place FROM (
        SELECT id, event_id, article_id, CASE WHEN place = '' THEN '' ELSE sentence END AS sentence,
            date, precision, end_date, place,
            min(date) OVER event <> max(date) OVER event
            OR min(precision) FILTER (WHERE date IS NOT NULL) OVER event
                <> max(precision) FILTER (WHERE date IS NOT NULL) OVER event
            OR min(end_date) FILTER (WHERE date IS NOT NULL) OVER event
                <> max(end_date) FILTER (WHERE date IS NOT NULL) OVER event
            OR count(end_date) FILTER (WHERE date IS NOT NULL) OVER event NOT IN (0, count(date) OVER event)
                AS dates_differ,
            min(NULLIF(place, '')) OVER event <> max(NULLIF(place, '')) OVER event AS places_differ
        FROM timeline_mention WHERE event_id = ANY(%s::bigint[])
        WINDOW event AS (PARTITION BY event_id)
    ) m
    WHERE dates_differ OR places_differ OR event_id = ANY(%s::bigint[])"""


def claim_rows(event_ids, settled):
    """MENTION_FIELDS of the mentions of these events whose claims may
    disagree, and of all mentions of the `settled` ones (CLAIM_ROWS_SQL);
    the sentence empty where no place is named."""
    from timeline.importing import array_param  # importing imports this module

    with connection.cursor() as cursor:
        cursor.execute(CLAIM_ROWS_SQL, [array_param(sorted(event_ids)), array_param(sorted(settled))])
        return cursor.fetchall()


class EventQuerySet(models.QuerySet):
    """The filters that views, exports and commands share."""

    def in_range(self, start=None, end=None):
        """Events whose period overlaps [start, end]; either bound may be open.

        An event lasts from `date` to `last_day`, the end of the period its
        last date stands for: "March 2023" counts as the whole month, so
        "from 15 March" still finds it."""
        combined, ongoing = self.in_window(start, end)
        for part in ongoing:
            combined = combined | part
        return combined

    def in_window(self, start=None, end=None):
        """in_range() as disjoint querysets: (the window's own events, [the
        parts of the ongoing ones]).

        The window's own events begin inside it and are known to a period
        that fits in it: for "16 March" the events of that day, for "March"
        those of its days and of the month itself. That is what the overview
        counts in a bar (overview.py), so a bar's count is what choosing it
        lists. The ongoing ones overlap the window without being its own:
        they began before it and go on into it ("since 2017", ranges, the
        year 2023 seen from March), or are a month or year that begins
        inside the window and ends after it (March seen from 16 March).

        Each part is one index range scan or lookup; as one OR-ed query, a
        planner walking the date index for ORDER BY ... LIMIT would start at
        the beginning of time."""
        if start is not None and end is not None and end < start:
            return self.none(), []
        own = self
        if start is not None:
            own = own.filter(date__gte=start)
        if end is not None:
            own = own.filter(Q(date__lte=end) & fits_before(end))
        ongoing = []
        if start is not None:
            # What began before the window and reaches into it, as lookups
            # that read about what they find, whatever the table's size: a
            # month or a year is dated its first day, so only the month and
            # the year the window starts in can reach in; ranges (a stored
            # end) are few, and a partial index holds them by their end.
            # (One index range over every multi-day event ending after the
            # start read all later months and years: a window in 2015 read
            # most of the table.)
            for precision in (Precision.MONTH, Precision.YEAR):
                first = truncate_to_precision(start, precision)
                if first < start:
                    ongoing.append(self.filter(precision=precision, date=first, end_date=None))
            ongoing.append(self.filter(end_date__isnull=False, date__lt=start, last_day__gte=start))
        if end is not None and end < MAX_WINDOW_END:
            # A coarse date is the first day of its period, so a month or
            # year that begins inside the window and ends after it is dated
            # the first of the window's last month or year.
            after = end + datetime.timedelta(days=1)
            starts = [
                (Precision.MONTH, truncate_to_precision(after, Precision.MONTH)),
                (Precision.YEAR, truncate_to_precision(after, Precision.YEAR)),
            ]
            coarse = [
                Q(precision=precision, date=date)
                for precision, date in starts
                if date <= end and (start is None or date >= start)
            ]
            if coarse:
                ongoing.append(self.filter(functools.reduce(operator.or_, coarse)))
        return own, ongoing

    def in_category(self, category):
        if isinstance(category, Category):
            return self.filter(category=category)
        return self.filter(category__slug=category)

    def with_actor(self, actor):
        """Events the actor takes part in.

        Two plans, chosen by how common the actor is. A rare actor's few
        events are best found through the actor's index (a join). A common
        one matches so many events that collecting and sorting them all
        costs more than walking the date index and checking each event
        (EXISTS): SQLite, which keeps no statistics on skewed values, would
        otherwise join for the main actor of a story and take ~150 ms at a
        million events instead of ~3 ms."""
        if not isinstance(actor, Actor):
            actor = Actor.objects.filter(slug=actor).first()
            if actor is None:
                return self.none()
        if not actor.is_common:
            return self.filter(actors=actor)
        links = Event.actors.through.objects.filter(actor=actor, event_id=models.OuterRef("pk"))
        return self.filter(models.Exists(links))

    def from_article(self, article):
        # An article reports few events: find them through its mentions
        # (a subquery, not a join, so that no DISTINCT is needed).
        return self.filter(pk__in=Mention.objects.filter(article=article).values("event_id"))

    def from_source(self, source):
        """Events reported by an outlet. A source reports many events, so
        each event is checked (EXISTS) while walking the date order, as for
        a common actor. Exact match: the source menu offers stored names."""
        return self.filter(
            models.Exists(Mention.objects.filter(event_id=models.OuterRef("pk"), article__source=source))
        )

    def with_status(self, status):
        return self.filter(status=status)

    def disputed(self):
        """Events whose sources disagree on a fact (timeline/claims.py)."""
        return self.filter(disputed=True)

    def refresh_disputes(self, new=None):
        """Recompute `disputed` for these events from their mentions' claims,
        writing only the rows that change: a few queries for a batch.

        `new`: the ids of the mentions just added to these events, whose
        values and settlement have not changed since their flag was last
        set (a bulk import's batch): an event disputed already stays so,
        unread, and one that was not is compared only by the pairs with a
        new claim (claims.in_dispute), the same outcome for a fraction of
        the comparisons."""
        from timeline import claims

        events = {row[0]: claims.EventRow(*row) for row in self.order_by().values_list(*claims.EVENT_FIELDS)}
        if new is not None:
            events = {pk: event for pk, event in events.items() if not event.disputed}
        from timeline.importing import among  # importing imports this module

        mentions = {}
        if connection.vendor == "postgresql":
            settled = [pk for pk, event in events.items()
                       if event.date_settled_through is not None or event.place_settled_through is not None]
            rows = claim_rows(events, settled)
        else:
            # In no order (the outcome has none): Mention's default order joined
            # each to its article and sorted them all.
            rows = Mention.objects.filter(among("event_id", events)).order_by().values_list(*claims.MENTION_FIELDS)
        for mention in map(claims.MentionRow._make, rows):
            mentions.setdefault(mention.event_id, []).append(mention)
        changed = {True: [], False: []}
        for pk, event in events.items():
            disputed = claims.in_dispute(event, mentions.get(pk, ()), new)
            if disputed != event.disputed:
                changed[disputed].append(pk)
        for disputed, ids in changed.items():
            if ids:
                # A derived flag: not a change anyone made, so not in the history.
                Event.objects.filter(pk__in=ids).update(disputed=disputed)

    def dated_by_person(self):
        """The ids of these events that Event.dated_by_person says a person
        dated, in two queries for them all."""
        ids = set(self.exclude(status=Event.Status.PROPOSED).values_list("pk", flat=True))
        proposed = self.filter(status=Event.Status.PROPOSED).values("pk")
        records = Event.history.filter(id__in=proposed).order_by("id", "history_date", "history_id")
        for pk, rows in itertools.groupby(records.values_list("id", *DATE_HISTORY), key=operator.itemgetter(0)):
            if redated_by_person(row[1:] for row in rows):
                ids.add(pk)
        return ids

    def with_precision(self, precision):
        return self.filter(precision=precision)

    def with_stage(self, stage):
        return self.filter(stage=stage)

    def visible(self):
        """What the timeline shows by default: everything not rejected.

        Spelled as the statuses kept rather than the one excluded, so that
        the (status, date) index can serve it."""
        return self.filter(status__in=[Event.Status.PROPOSED, Event.Status.CONFIRMED])

    def search(self, query):
        """Events whose title, summary, place or reporting sentences contain
        every word of `query`, stemmed ("launches" finds "launched"): see
        timeline.search, which holds each database's full-text search."""
        from timeline import search

        return search.search(self, query)

    @property
    def db_vendor(self):
        return connections[self.db].vendor

    def chronological(self):
        return self.order_by("date", "id")

    def count_up_to(self, limit):
        """The number of events, counting no further than `limit`: an exact
        count of a million rows costs more than the page it heads."""
        return self.order_by()[:limit].count()

    def counts_by_day(self):
        """[(date, number of events)], for the density overview.

        Grouped by the stored date, which an index covers, and folded into
        months or years by the caller: truncating in SQL costs a function
        call per row (a Python one on SQLite), this costs one per distinct day."""
        return self.order_by().values("date").annotate(count=models.Count("id")).values_list("date", "count")

    def with_related(self, derivations=False):
        """Everything a timeline row shows, in a constant number of queries;
        with `derivations`, each mention's anchor too (the JSON export's
        derived_from)."""
        return self.select_related("category").prefetch_related(*row_prefetches(derivations))

    def for_rows(self):
        """The events as their timeline rows show them (a list): each
        event's row columns and its category's, in one query, and no
        more. The row's actors and reports are fetched apart, for the rows
        not cached (templatetags/timeline_rows.py fetch_row_details); an
        item's summary and a summary's count of its items are
        add_groups()'s.

        Read as values and made into events here rather than by the ORM's
        model instances with select_related(): building an Event and a
        Category for each of a page's 31 rows (their __init__, the
        related-object machinery) cost about half a millisecond, a tenth of
        an uncached results partial. The events are Event instances all
        the same, loaded from the database, their category cached as
        select_related() caches it; a column not read (the summary's
        text, the edit times) is deferred, as only() leaves it, and read
        from the database if asked for."""
        rows = self.values_list(*ROW_COLUMNS, "category__slug", "category__name")
        categories = {None: None}
        events = []
        for row in rows:
            category_id, slug, name = row[-3:]
            if category_id not in categories:
                # In the model's order of fields, as from_db() reads them.
                categories[category_id] = Category.from_db(self.db, ("id", "name", "slug"), (category_id, name, slug))
            events.append(Event.from_row(self.db, row[:-2], categories[category_id]))
        return events


# The columns of an event a timeline row shows (EventQuerySet.for_rows), its category's id last.
ROW_COLUMNS = (
    "id", "title", "date", "precision", "end_date", "last_day", "place", "status", "stage", "summary_count",
    "parent_id", "disputed", "category_id",
)


def add_groups(events):
    """Give each item among `events` its summary (event.parent) and each
    summary its items_found, how many of its items are in the timeline: a
    query for each only when there is an item or a summary (a join and a
    subquery in the page's query were compiled for every page)."""
    parent_ids = {event.parent_id for event in events if event.parent_id is not None}
    if parent_ids:
        parents = Event.objects.select_related(None).in_bulk(parent_ids)
        for event in events:
            if event.parent_id in parents:
                event.parent = parents[event.parent_id]
    summaries = {event.pk: event for event in events if event.is_summary}
    if summaries:
        counts = dict(
            Event.objects.visible()
            .filter(parent_id__in=summaries)
            .order_by()
            .values("parent")
            .annotate(n=models.Count("id"))
            .values_list("parent", "n")
        )
        for pk, summary in summaries.items():
            summary.items_found = counts.get(pk, 0)


def row_prefetches(derivations=False):
    """What a timeline row shows besides its event and category, for
    prefetch_related(): the views fetch it only for rows not cached."""
    # A row shows each source's title and date, never its full text.
    mentions = Mention.objects.select_related("article").defer("article__text")
    if derivations:
        mentions = mentions.select_related("anchor").defer("anchor__sentence")
    return ("actors", models.Prefetch("mentions", queryset=mentions))


class Event(models.Model):
    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    date = models.DateField(help_text="Start date; the first of the month or year at coarser precision.")
    precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    end_date = models.DateField(null=True, blank=True, help_text="Last day of a range, if the event spans one.")
    # Derived from date, precision and end_date on save: stored so that date
    # range filters are plain comparisons an index can serve.
    last_day = models.DateField(editable=False)
    category = models.ForeignKey(Category, null=True, blank=True, on_delete=models.SET_NULL, related_name="events")
    actors = models.ManyToManyField(Actor, blank=True, related_name="events")
    place = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    # --- Announced and occurred (issue 14) ---
    stage = models.CharField(
        max_length=10, choices=Stage.choices, default=Stage.OCCURRED,
        help_text="Planned (announced), occurred (reported as held) or cancelled; set by imports from what the "
        "latest source says.",
    )
    # The planned statement an occurred or cancelled event was announced in:
    # kept when a later report moves the event on, so the page can say
    # "Announced in <article> on <date>".
    announced_by = models.ForeignKey(
        "Mention", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The source that announced it before it was reported held or called off.",
    )
    # --- Summary and items (issue 14) ---
    # How many items a summary says the period holds ("seven launch events
    # in March"); null for an event that is one happening.
    summary_count = models.PositiveIntegerField(
        null=True, blank=True, help_text="For a summary of a period: how many items its source counts."
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="items",
        help_text="The summary (a month, a year or a range) this event is one of the items of.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Per-source claims (timeline/claims.py): whether the sources disagree,
    # and up to which mention an editor's choice settled the date and place.
    disputed = models.BooleanField(default=False, editable=False, help_text="Its sources disagree on a fact.")
    date_settled_through = models.BigIntegerField(null=True, blank=True, editable=False)
    place_settled_through = models.BigIntegerField(null=True, blank=True, editable=False)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date", "id"]
        indexes = [
            # Keyset paging and date-range filters walk (date, id); status
            # rides along so that the default view (not rejected) and the
            # overview's count per day are answered from the index alone.
            models.Index(fields=["date", "id", "status"], name="event_date_id_status_idx"),
            models.Index(fields=["status", "date"], name="event_status_date_idx"),
            models.Index(fields=["category", "date"], name="event_category_date_idx"),
            # The stage filter walks the date order of one stage; planned
            # events whose date has passed are found by (stage, date) too.
            models.Index(fields=["stage", "date"], name="event_stage_date_idx"),
            # Ranges (events with a stored end), by their end, for date windows
            # they reach into (see EventQuerySet.in_window).
            models.Index(
                fields=["last_day", "date"], name="event_range_idx", condition=Q(end_date__isnull=False)
            ),
            # The disputed few, in the list's order, for the timeline's filter.
            models.Index(fields=["date", "id"], name="event_disputed_idx", condition=Q(disputed=True)),
            # The summaries, a few hundred among tens of thousands of events:
            # each import batch reads those that may cover its new events
            # (stages.link_summaries), which read every event of their
            # categories without it (40 ms a batch at 20,000 articles).
            models.Index(fields=["category", "date"], name="event_summary_idx",
                         condition=Q(summary_count__isnull=False)),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("date")),
                name="event_end_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.date_label}: {self.title}"

    def save(self, *args, **kwargs):
        self.normalize_dates()
        loaded = getattr(self, "_loaded_date", (None, None, None))
        moved = loaded[0] is not None and loaded != (self.date, self.precision, self.end_date)
        if self.pk:
            stored, self.disputed = self.disputed, self.has_dispute()
            update_fields = kwargs.get("update_fields")
            if update_fields and self.disputed != stored and "disputed" not in update_fields:
                # The flag was just recomputed from the fields being saved
                # (date, place, what is settled): a save limited to them
                # must store it too, or the database keeps the old flag.
                # Unchanged, it stays out, as update_fields asks.
                kwargs["update_fields"] = {*update_fields, "disputed"}
        super().save(*args, **kwargs)
        self._loaded_date = (self.date, self.precision, self.end_date)
        if moved and not getattr(self, "_rederived", False):
            # Dates other reports count from this event ("a day later")
            # follow it; a move made by re-derivation itself is followed by
            # the re-derivation that made it.
            from timeline.derivation import follow_event

            with transaction.atomic():
                follow_event(self)

    def get_absolute_url(self):
        return reverse_pk("timeline:event_detail", self.pk)

    @classmethod
    def from_db(cls, db, field_names, values):
        event = super().from_db(db, field_names, values)
        # The date as loaded, to see on save whether it moved (deferred
        # fields are not in __dict__: nothing is known then).
        loaded = event.__dict__
        event._loaded_date = (loaded.get("date"), loaded.get("precision"), loaded.get("end_date"))
        return event

    @classmethod
    def from_row(cls, db, values, category, columns=ROW_COLUMNS):
        """An event loaded with `columns`' `values` only (ROW_COLUMNS: a
        timeline row's) and its `category` (EventQuerySet.for_rows, and the
        exports' timeline.exports.export_events): what from_db() makes of a
        row, without Model.__init__ walking every field for each (no
        pre_init or post_init receiver listens to events)."""
        event = cls.__new__(cls)
        event.__dict__.update(zip(columns, values, strict=True))
        event._state = models.base.ModelState()
        event._state.adding = False
        event._state.db = db
        cls.category.field.set_cached_value(event, category)
        event._loaded_date = (event.date, event.precision, event.end_date)
        return event

    def dated_by_person(self):
        """Confirmed, rejected, or its date edited by a person at some time
        (its history has a date change that neither re-derivation nor an
        import's finer report made):
        re-derivation then only proposes a change (DateChange), never makes it."""
        if self.status != self.Status.PROPOSED:
            return True
        return redated_by_person(self.history.order_by("history_date", "history_id").values_list(*DATE_HISTORY))

    def has_dispute(self):
        """Whether the sources disagree, against this event's current values."""
        from timeline import claims

        return any(claims.disputes(self, self.mentions.only(*claims.MENTION_FIELDS)).values())

    def use_claim(self, mention, fact):
        """Take `fact` ("date" or "place") from one source's claim, settling
        the claims made so far; the caller saves (the history keeps who chose)."""
        from timeline import claims

        value = claims.mention_claims(mention)[fact]
        if value is None:
            raise ValueError(f"This source gives no {fact}.")
        if fact == "date":
            self.date, self.precision, self.end_date = value.date, value.precision, value.end_date
        else:
            self.place = value[:200]
        latest = self.mentions.order_by("-pk").values_list("pk", flat=True).first()
        setattr(self, claims.SETTLED_FIELD[fact], latest)

    def normalize_dates(self):
        """Dates at their precision and the derived last_day; save() calls
        it, and so must anything that bulk-creates events."""
        for name, value in self.normalized_dates(self.date, self.precision, self.end_date).items():
            setattr(self, name, value)

    @staticmethod
    def normalized_dates(date, precision, end_date):
        """{date, end_date, last_day} of an event with these dates (normalize_dates)."""
        date, end_date = truncate_to_precision(date, precision), truncate_to_precision(end_date, precision)
        end_date = None if end_date == date else end_date
        return {"date": date, "end_date": end_date, "last_day": DateValue(date, precision, end_date).last_day}

    @property
    def date_value(self):
        return DateValue(self.date, self.precision, self.end_date)

    @property
    def date_label(self):
        """'5 April 2023', 'March 2023', '2023' or a range: never finer than known."""
        return self.date_value.label

    @property
    def iso_date(self):
        """The date at its precision, as in the extraction contract: 2023-04-05, 2023-04 or 2023."""
        return iso_at(self.date, self.precision)

    @property
    def is_summary(self):
        return self.summary_count is not None

    @property
    def overdue(self):
        """Planned, and its period is over with no report since ("planned, no report since")."""
        return self.stage == Stage.PLANNED and self.last_day < timezone.localdate()


# The change reason of the history records re-derivation writes.
REDERIVED = "Re-derived"
# ... and of those an import writes when a finer report joins an event
# known to a coarser date (importing.EventWriter.refine_stored).
REFINED = "Refined by a report"

# What redated_by_person reads of each history record of an event.
DATE_HISTORY = ("date", "precision", "end_date", "history_change_reason")


def redated_by_person(records):
    """Whether an event's history, [(date, precision, end_date, change
    reason)] oldest first, has a date change that neither re-derivation nor
    an import's finer report made."""
    previous = None
    for *date, reason in records:
        if previous is not None and date != previous and not (reason or "").startswith((REDERIVED, REFINED)):
            return True
        previous = date
    return False


class Mention(models.Model):
    """One article's report of an event: the verbatim sentence, the phrase
    that dated it, and where both sit in the article text; and this
    source's claim (its date and place, which may differ from the event's
    when sources disagree or a person edited the event) with how the date
    was derived: the engine's rule, how sure it was, the tense it read and
    the statement it counted from (`anchor`; none: the publication date).
    A blank rule is a date a person read (typed at review)."""

    # No index of its own: the unique (event, article, cue_start) and the
    # (event, id) index below both lead with it (migration 0029).
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions", db_index=False)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    sentence = models.TextField()
    cue = models.CharField(max_length=300, help_text="The words that gave the date.")
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    cue_start = models.PositiveIntegerField()
    cue_end = models.PositiveIntegerField()
    # Null only where a claim was never recorded (no row today: migration
    # 0018 copied the event's date into the mentions made before it).
    date = models.DateField(null=True, blank=True, help_text="The date this source gives.")
    precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    end_date = models.DateField(null=True, blank=True)
    place = models.CharField(max_length=200, blank=True, help_text="The place this source gives.")
    rule = models.CharField(
        max_length=20, blank=True, help_text="The grammar rule that dated it; blank when a person typed the date."
    )
    confidence = models.FloatField(null=True, blank=True, help_text="How sure the engine was (0-1).")
    tense = models.CharField(
        max_length=10, blank=True, help_text="The tense the engine read, when the date hung on it."
    )
    anchor = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="dependents",
        help_text="The report whose date this one was counted from; empty: the publication date.",
    )
    # What this source says of the happening's course (extraction/stages.py).
    stage = models.CharField(max_length=10, choices=Stage.choices, default=Stage.OCCURRED)

    class Meta:
        ordering = ["article__published", "sentence_start"]
        indexes = [
            # An event's mentions past a given one: each import batch appends
            # the newer mentions' sentences to its touched events' search
            # documents (migration 0026), which read every mention of those
            # events by the event index to find the few new ones (20,000
            # rows a batch at 20,000 articles; migration 0028).
            models.Index(fields=["event", "id"], name="mention_event_id_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["event", "article", "cue_start"], name="mention_unique_cue"),
        ]

    def __str__(self):
        return f"{self.article}: {self.cue}"

    @classmethod
    def from_db(cls, db, field_names, values):
        mention = super().from_db(db, field_names, values)
        # The event as loaded, to see on save whether the mention moved
        # (signals.remember_mention_event) without reading the row again;
        # None when event_id was deferred (not known then).
        mention._loaded_event_id = mention.__dict__.get("event_id")
        return mention

    def refresh_from_db(self, using=None, fields=None, from_queryset=None):
        super().refresh_from_db(using=using, fields=fields, from_queryset=from_queryset)
        if fields is None or {"event", "event_id"} & set(fields):
            self._loaded_event_id = self.__dict__.get("event_id")

    @property
    def date_value(self):
        return None if self.date is None else DateValue(self.date, self.precision, self.end_date)

    def set_claim(self, value):
        """Record a DateValue as this source's date, at its precision."""
        for name, field_value in self.claim_fields(value).items():
            setattr(self, name, field_value)

    @staticmethod
    def claim_fields(value):
        """{field: value} of a DateValue as a source's date (set_claim)."""
        date = truncate_to_precision(value.date, value.precision)
        end = truncate_to_precision(value.end_date, value.precision)
        return {"date": date, "precision": value.precision, "end_date": None if end == date else end}

    def chain(self, limit=10):
        """This mention and the ones its date was counted from, in order,
        up to the one counted from the publication date."""
        steps, seen = [self], {self.pk}
        while steps[-1].anchor_id is not None and steps[-1].anchor_id not in seen and len(steps) < limit:
            seen.add(steps[-1].anchor_id)
            steps.append(steps[-1].anchor)
        return steps

    def derivation(self):
        """How this date was found, for reading: {"steps": [{cue, label,
        title, url}, ...] from this report back to the one counted from the
        publication date, "published": that date}, or None when no engine
        derivation is recorded (a date a person typed at review, or stored
        before derivations were kept)."""
        if not self.rule:
            return None
        chain = self.chain()
        return {
            "steps": [
                {
                    "cue": step.cue,
                    "label": step.date_value.label if step.date_value else "",
                    "title": step.event.title,
                    "url": step.event.get_absolute_url(),
                }
                for step in chain
            ],
            "published": self.article.published,
        }

    def set_derivation(self, extracted):
        """Record how the engine dated this statement (an ExtractedEvent);
        the anchor is set apart, once the statement it names is stored."""
        for name, value in self.derivation_fields(extracted).items():
            setattr(self, name, value)

    @staticmethod
    def derivation_fields(extracted):
        """{field: value} of how the engine dated a statement (set_derivation)."""
        return {"rule": extracted.rule, "confidence": extracted.confidence if extracted.rule else None,
                "tense": extracted.tense or ""}

    def sentence_parts(self):
        """(before, cue, after) of the sentence, for highlighting the dating phrase."""
        return sentence_parts(self.sentence, self.cue, self.cue_start - self.sentence_start,
                              self.cue_end - self.sentence_start)


def sentence_parts(sentence, cue, start, end):
    """(before, cue, after) of a mention's sentence, the cue being at
    [start:end] of it (else found by its text), for highlighting it."""
    if 0 <= start <= end <= len(sentence) and sentence[start:end] == cue:
        return sentence[:start], cue, sentence[end:]
    index = sentence.find(cue) if cue else -1
    if index < 0:
        return sentence, "", ""
    return sentence[:index], cue, sentence[index + len(cue) :]


class DateChangeQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(decision=DateChange.Decision.PENDING)


class DateChange(models.Model):
    """A date re-derivation found for an event a person confirmed or
    edited: never applied on its own; an editor accepts (the event takes
    the new date) or rejects it, on the event page or in the admin."""

    class Decision(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="date_changes")
    mention = models.ForeignKey(
        Mention, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", help_text="The report re-derived."
    )
    old_date = models.DateField()
    old_precision = models.CharField(max_length=5, choices=Precision.choices)
    old_end_date = models.DateField(null=True, blank=True)
    new_date = models.DateField()
    new_precision = models.CharField(max_length=5, choices=Precision.choices)
    new_end_date = models.DateField(null=True, blank=True)
    reason = models.CharField(max_length=300)
    created = models.DateTimeField(auto_now_add=True)
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = DateChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["decision", "event"], name="datechange_decision_event_idx")]

    def __str__(self):
        return f"{self.event.title}: {self.old_value.label} → {self.new_value.label}"

    @property
    def old_value(self):
        return DateValue(self.old_date, self.old_precision, self.old_end_date)

    @property
    def new_value(self):
        return DateValue(self.new_date, self.new_precision, self.new_end_date)

    @transaction.atomic
    def accept(self, user):
        """The event takes the new date (what counts from it follows), as
        this user's edit."""
        self.decide(user, self.Decision.ACCEPTED)
        event = Event.objects.select_for_update().get(pk=self.event_id)
        event.date, event.precision, event.end_date = self.new_date, self.new_precision, self.new_end_date
        event._history_user = user
        event._change_reason = f"Accepted the re-derived date ({self.reason})"[:100]
        event.save()

    @transaction.atomic
    def reject(self, user):
        """The event keeps its date; what counts from it in this report's
        article is derived again from that date."""
        from timeline.derivation import follow_event

        self.decide(user, self.Decision.REJECTED)
        follow_event(self.event)

    def decide(self, user, decision):
        from django.utils import timezone

        if self.decision != self.Decision.PENDING:
            raise ValueError("This change was already decided.")
        self.decision, self.decided_by, self.decided_at = decision, user, timezone.now()
        self.save(update_fields=["decision", "decided_by", "decided_at"])


class Feed(models.Model):
    """An RSS or Atom feed an editor subscribed to: polled on its interval
    (timeline/feeds.py, by the background job or `manage.py poll_feeds`);
    each new item becomes an article whose events wait for review."""

    class Interval(models.IntegerChoices):
        QUARTER_HOUR = 15, "Every 15 minutes"
        HALF_HOUR = 30, "Every 30 minutes"
        HOUR = 60, "Every hour"
        THREE_HOURS = 180, "Every 3 hours"
        SIX_HOURS = 360, "Every 6 hours"
        TWELVE_HOURS = 720, "Every 12 hours"
        DAY = 1440, "Every day"

    url = models.URLField("feed URL", max_length=500, unique=True)
    title = models.CharField(max_length=300, blank=True)
    interval = models.PositiveIntegerField("poll", choices=Interval.choices, default=Interval.HOUR)
    paused = models.BooleanField(default=False)
    last_polled = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, help_text="Why the last poll failed; empty when it worked.")
    last_new_items = models.PositiveIntegerField(default=0, help_text="Articles imported by the last poll.")
    items_imported = models.PositiveIntegerField(default=0)
    polls = models.PositiveIntegerField(default=0)
    # The pending poll job: a job that finds another id here was superseded
    # (the feed was paused and resumed, or polled by hand) and does nothing.
    next_poll_job = models.CharField(max_length=64, blank=True, editable=False)
    next_poll_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["title", "url"]

    def __str__(self):
        return self.title or self.url

    def recent_items(self, limit=10):
        """The newest items seen, for the feeds page (one query per feed:
        a site follows tens of feeds, not thousands)."""
        return self.items.select_related("article")[:limit]

    def is_due(self, now):
        import datetime

        return not self.paused and (
            self.last_polled is None or self.last_polled + datetime.timedelta(minutes=self.interval) <= now
        )


class FeedItem(models.Model):
    """One item seen in a feed; its guid (else its link) makes a second poll
    skip it. An item whose import failed keeps the reason and is tried again
    on the next polls, up to FEED_ITEM_ATTEMPTS times."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    guid = models.CharField(max_length=500)
    url = models.URLField("URL", max_length=500, blank=True)
    title = models.CharField(max_length=300, blank=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    first_seen = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-first_seen", "-id"]
        constraints = [models.UniqueConstraint(fields=["feed", "guid"], name="feeditem_feed_guid_unique")]

    def __str__(self):
        return self.title or self.url or self.guid


# Every change to these is kept with who made it and when
# (django-simple-history): the event page lists it, the admin compares and
# reverts. Registered here rather than as class attributes to keep the
# models themselves unchanged; an event's actors are tracked as well.
simple_history.register(Category)
simple_history.register(Actor)
simple_history.register(Article)
# The history tables are read by record (an object's id), never by the
# foreign keys they copy: those columns go unindexed, which spares a bulk
# import's batch some 12,000 index entries (2,000 mention records, about
# as many event records; migration 0030). The user's index stays (deleting
# a user looks records up by it).
simple_history.register(Event, m2m_fields=["actors"],
                        no_db_index=["category", "created_by", "announced_by", "parent"])
simple_history.register(Mention, no_db_index=["event", "article", "anchor"])


class EventMonthCount(models.Model):
    """How many events each month holds, by category, status and precision:
    what the overview draws for a filter of those alone, read from a few
    thousand rows instead of counting a million events.

    Kept by database triggers (migration 0013), so that every way of
    writing events (forms, the admin, imports, bulk inserts, update())
    keeps it right. `category_id` is 0 for events without a category (a
    unique constraint treats NULLs as distinct)."""

    month = models.DateField()
    category_id = models.IntegerField()
    status = models.CharField(max_length=10)
    precision = models.CharField(max_length=5)
    count = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["month", "category_id", "status", "precision"], name="event_month_count_key"
            )
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.category_id} {self.status} {self.precision}: {self.count}"


class DataVersion(models.Model):
    """One row whose number changes with every write to what the timeline
    shows (events, their actors and mentions, articles, actors, categories),
    bumped by database triggers (migration 0014) in the writing transaction.
    Cached responses and fragments are keyed by it (response_cache.py,
    views/browse.py), so a write by any process, the admin or a person's
    form, is seen at once.

    One exception, so that readers' cached pages survive a bulk import
    (README, "Background jobs"): a batch of a bulk run (timeline/jobs.py)
    writes with the version *held* (`held_for_batch`), and bumps it once at
    its end only when it is its run's last batch or no batch bumped it for
    TIMELINE_BULK_VERSION_SECONDS. Readers may so see the timeline up to
    that many seconds behind a running import; a person's own write, made
    outside such a batch, still bumps at once (and shows the batches
    committed before it with it)."""

    version = models.BigIntegerField(default=0)
    # SQLite: true only inside a bulk batch's transaction (held_for_batch
    # sets it and clears it before the commit): the triggers leave the
    # version alone meanwhile. Never committed true, so no other writer
    # sees it. PostgreSQL holds by a setting of the batch's transaction.
    held = models.BooleanField(default=False)
    # When a bulk batch last bumped the version (held_for_batch's window).
    batch_bumped_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return str(self.version)

    @classmethod
    @contextlib.contextmanager
    def held_for_batch(cls, *, last):
        """Inside a bulk batch's transaction: the batch's writes leave the
        version alone, and at the end it is bumped once, when `last` (the
        run's last batch: its end shows at once) or when no batch bumped it
        for TIMELINE_BULK_VERSION_SECONDS; yields a list that then holds
        whether it was bumped. On an error the transaction rolls back, and
        the hold with it.

        On PostgreSQL the hold is a setting of the batch's own transaction
        (migration 0025), and the row is touched only at the end, only if
        no one holds it (SKIP LOCKED): the batch never waits for the row
        while it holds events, so a person's edit, which locks an event and
        then the row, cannot deadlock with it. A bump skipped so is not
        lost: the batch says it did not bump, and the next batch (or the
        run as it ends, jobs.process) does. On SQLite, whose one write lock
        orders writers anyway, it is `held` on the row (migration 0023)."""
        if not transaction.get_connection().in_atomic_block:
            raise RuntimeError("DataVersion.held_for_batch() belongs inside the batch's transaction.")
        table = cls._meta.db_table
        postgresql = connection.vendor == "postgresql"
        bumped = []

        def hold(on):
            with connection.cursor() as cursor:
                if postgresql:
                    cursor.execute("SELECT set_config('timeline.version_held', %s, true)", ["on" if on else "off"])
                else:
                    cursor.execute(f"UPDATE {table} SET held = %s WHERE id = 1", [on])

        hold(True)
        try:
            yield bumped
        except BaseException:
            # Should a caller catch this and commit, the hold must not be
            # committed with it (every later bump would be skipped). After a
            # database error the transaction refuses the statement; it rolls
            # back then, and the hold with it.
            with contextlib.suppress(DatabaseError, TransactionManagementError):
                hold(False)
            raise
        hold(False)
        now = timezone.now()
        window = datetime.timedelta(seconds=settings.TIMELINE_BULK_VERSION_SECONDS)
        row = cls.objects.filter(pk=1).values_list("batch_bumped_at", flat=True).first()
        bump = last or row is None or now - row >= window or row > now
        with connection.cursor() as cursor:
            if bump and postgresql:
                cursor.execute(f"SELECT 1 FROM {table} WHERE id = 1 FOR UPDATE SKIP LOCKED")
                bump = cursor.fetchone() is not None
            if bump:
                cursor.execute(
                    f"UPDATE {table} SET version = version + 1, batch_bumped_at = %s WHERE id = 1",
                    [connection.ops.adapt_datetimefield_value(now)],
                )
        bumped.append(bump)

    @classmethod
    def bump(cls):
        """Bump the version now (a bulk run that stops before its last
        batch: what its batches wrote shows at once)."""
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {cls._meta.db_table} SET version = version + 1 WHERE id = 1 AND NOT held")

    @classmethod
    def current(cls):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT version FROM {cls._meta.db_table} WHERE id = 1")
            row = cursor.fetchone()
        # No row (a flushed database): nothing may be cached.
        return row[0] if row else None


class ImportRun(models.Model):
    """A bulk import or re-extraction, run in batches by a background job.

    Its input is stored (ImportItem) before any article is written, and
    `position` says how many items are done: each batch's writes and the new
    position commit together, so a killed worker loses nothing and the next
    job picks up at `position`. Runs are idempotent as imports always were:
    an article already stored (same text or URL) is skipped."""

    class Kind(models.TextChoices):
        IMPORT = "import", "Import"
        REEXTRACT = "reextract", "Re-extraction"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        # Ctrl-C on the command, or a failed batch: resumable by hand.
        STOPPED = "stopped", "Stopped"
        FAILED = "failed", "Failed"
        DONE = "done", "Done"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.IMPORT)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    label = models.CharField(max_length=300, help_text="What was imported: file names, or the articles re-extracted.")
    total = models.PositiveIntegerField(default=0)
    position = models.PositiveIntegerField(default=0, help_text="Items done, in input order.")
    created = models.PositiveIntegerField(default=0, help_text="Articles imported (or re-extracted).")
    skipped = models.PositiveIntegerField(default=0, help_text="Articles already stored, or gone.")
    new_events = models.PositiveIntegerField(default=0)
    known_events = models.PositiveIntegerField(default=0, help_text="Reports of events already in the timeline.")
    errors = models.JSONField(default=list, blank=True, help_text="[{origin, message}], the articles not imported.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}: {self.label}"

    def get_absolute_url(self):
        return reverse("timeline:import_run", args=[self.pk])

    @property
    def active(self):
        """Queued or running: the page keeps polling."""
        return self.status in {self.Status.QUEUED, self.Status.RUNNING}

    @property
    def percent(self):
        return 100 if not self.total else int(100 * self.position / self.total)


class ImportItem(models.Model):
    """One input of a run, in order: an article to import (`data` holds its
    validated title, url, source, published and text) or, for a
    re-extraction, the id of an article. Deleted when the run is done."""

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    origin = models.CharField(max_length=300, help_text="Where it came from, for messages: file.jsonl:3.")
    data = models.JSONField(default=dict)
    article_id = models.BigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["run", "position"]
        constraints = [models.UniqueConstraint(fields=["run", "position"], name="import_item_position")]

    def __str__(self):
        return self.origin
