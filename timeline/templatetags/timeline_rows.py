"""Timeline rows rendered once per data version rather than once per request.

A row shows nothing but its event (no user, no request, no CSRF token), and
every write to what rows show bumps DataVersion (models.py), so a row's
HTML for (data version, event) never changes; a bulk run's batches bump it
at most once a window (DataVersion.held_for_batch), so until then a row
may show its event as it was before them. Filters that differ still
share most rows (the newest events head many of them), which the fragment
cache, keyed by the whole URL, cannot reuse; rendering the rows was over
half of an uncached results partial (bench/browse_speed.py)."""
import datetime
import html
from typing import NamedTuple
from urllib.parse import quote

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.cache import caches
from django.db.models import F
from django.utils.safestring import SafeString

from timeline.extraction.types import DateValue
from timeline.models import Event, Mention, Precision, Stage, pk_url_parts, sentence_parts
from timeline.prepared import InIds, PreparedQuery, ids_parameter

register = template.Library()

# Also bounds how long a row can show a relative date ("today") unchanged.
ROW_CACHE_SECONDS = 600


def row_key(version, event):
    # A summary's row holds the rows of its items on the same page
    # (views/browse.py nest_items), which differ from page to page.
    items = getattr(event, "page_items", None)
    nested = ":" + ",".join(str(item.pk) for item in items) if items else ""
    return f"row:{version}:{event.pk}{nested}"


def prefetch_uncached_rows(rows, version):
    """Fetch the actors and mentions of the rows this data version has not
    cached (all of them when `version` is None), and of the items each
    holds (views/browse.py nest_items: `rows` are the rows as shown, a
    summary's with its items on the page, whose row key they are part
    of); a cached row needs nothing more than its key. Should a row leave
    the cache before the template reads it, it is rendered with a few
    more queries."""
    if version is not None:
        keys = [row_key(version, row) for row in rows]
        cached = caches["rows"].get_many(keys)
        rows = [row for row, key in zip(rows, keys, strict=True) if key not in cached]
    fetch_row_details([event for row in rows for event in (row, *getattr(row, "page_items", ()))])


class RowMention(NamedTuple):
    """What a row shows of one report of its event (a Mention and its
    Article, read as plain values: a row needs a few of their columns,
    and building the two model instances cost more than the query)."""

    sentence: str
    cue: str
    cue_start: int
    cue_end: int
    article_id: int
    article_title: str
    article_source: str
    published: datetime.date

    def sentence_parts(self):
        return sentence_parts(self.sentence, self.cue, self.cue_start, self.cue_end)

    @property
    def published_label(self):
        return DateValue(self.published, Precision.DAY).label


# A row's actors, by name, and its reports, by publication date (as the
# models order them), for a list of events: built and compiled by the ORM
# once (timeline/prepared.py), which cost more than running them did.
ROW_ACTORS = PreparedQuery(
    lambda ids: Event.actors.through.objects.filter(InIds(F("event_id"), ids))
    .order_by("actor__name")
    .values_list("event_id", "actor__slug", "actor__name")
)
ROW_MENTIONS = PreparedQuery(
    lambda ids: Mention.objects.filter(InIds(F("event_id"), ids))
    .order_by(*Mention._meta.ordering)
    .values_list(
        "event_id", "sentence", "cue", "sentence_start", "cue_start", "cue_end",
        "article_id", "article__title", "article__source", "article__published",
    )
)


def fetch_row_details(events):
    """Set each event's row_actors [(slug, name)] and row_mentions
    [RowMention] in two queries, in the order the rows list them (actors
    by name, reports by publication date, as the models order them)."""
    if not events:
        return
    by_id = {}
    for event in events:
        event.row_actors, event.row_mentions = [], []
        by_id[event.pk] = event
    ids = ids_parameter(by_id)
    for event_id, slug, name in ROW_ACTORS.rows(ids):
        by_id[event_id].row_actors.append((slug, name))
    for event_id, sentence, cue, sentence_start, cue_start, cue_end, *article in ROW_MENTIONS.rows(ids):
        by_id[event_id].row_mentions.append(
            RowMention(sentence, cue, cue_start - sentence_start, cue_end - sentence_start, *article)
        )


class RowLinks:
    """The URLs a page's rows link to, worked out once per page rather than
    once per link: the timeline filtered by a category or an actor, and
    the pages of events and articles (models.reverse_pk)."""

    def __init__(self, index_url):
        self.index_url = index_url
        self.event_prefix, self.event_suffix = pk_url_parts("timeline:event_detail")
        self.article_prefix, self.article_suffix = pk_url_parts("timeline:article_detail")

    def event(self, pk):
        return f"{self.event_prefix}{int(pk)}{self.event_suffix}"

    def article(self, pk):
        return f"{self.article_prefix}{int(pk)}{self.article_suffix}"


# What get_status_display() and get_stage_display() say, without their
# lookup through the field's choices on every call.
STATUS_LABELS = dict(Event.Status.choices)
STAGE_LABELS = dict(Stage.choices)


def format_html(format_string, *args):
    """django.utils.html.format_html() for the rows: each argument escaped
    as conditional_escape() does (what is already HTML kept, anything else
    html.escape()d, as django.utils.html.escape() does), without its
    check of every call and argument for lazy strings (keep_lazy), which
    cost as much as the rest of a row. A lazy string is escaped all the
    same (str() resolves it)."""
    return SafeString(
        format_string.format(*[arg.__html__() if hasattr(arg, "__html__") else html.escape(str(arg)) for arg in args])
    )


def event_row_html(event, links):
    """The HTML of one timeline row (an <li> of the event list), with its
    summary's items on the page nested in it (views/browse.py nest_items).

    Built in Python rather than by a template: a row is some 60 template
    nodes and variable lookups, rendered for each of a page's 30 rows, and
    was the largest part of an uncached results partial. Every value goes
    through format_html, which escapes as the template's autoescaping does
    (slugs in links are quoted as the urlencode filter does)."""
    status = event.status
    classes = f"event event-{status} stage-{event.stage}"
    if event.is_summary:
        classes += " event-summary"
    if event.parent_id:
        classes += " event-item"
    parts = [
        format_html(
            '\n  <li class="{}">\n    <p class="event-date"><time datetime="{}">{}</time></p>'
            '\n    <p class="event-title">{}<a href="{}">{}</a></p>\n    <p class="event-meta">',
            classes, event.iso_date, event.date_label, stage_label_html(event), links.event(event.pk), event.title,
        )
    ]
    if event.category_id is not None:
        category = event.category
        parts.append(
            format_html(
                '\n      <a class="category" href="{}?category={}">{}</a>',
                links.index_url, quote(category.slug), category.name,
            )
        )
    parts.append(
        format_html('\n      <span class="badge badge-{}">{}</span>', status, STATUS_LABELS.get(status, status))
    )
    if event.disputed:
        parts.append(SafeString('\n      <span class="badge badge-disputed">Disputed</span>'))
    if event.place:
        parts.append(format_html('\n      <span class="place">{}</span>', event.place))
    parts.append(SafeString("\n    </p>"))
    if event.is_summary:
        parts.append(
            format_html(
                '\n    <p class="summary-count">{} reported · {} in the timeline</p>',
                intcomma(event.summary_count), intcomma(getattr(event, "items_found", None) or 0),
            )
        )
    if event.parent_id and not getattr(event, "nested", False):
        parent = event.parent
        parts.append(
            format_html(
                '\n    <p class="part-of">Part of <a href="{}">{}</a> ({})</p>',
                links.event(parent.pk), parent.title, parent.date_label,
            )
        )
    if not hasattr(event, "row_mentions"):
        # Its row left the cache after prefetch_uncached_rows looked.
        fetch_row_details([event, *getattr(event, "page_items", ())])
    actors = event.row_actors
    if actors:
        actor_links = SafeString(
            ", ".join(
                format_html('<a href="{}?actor={}">{}</a>', links.index_url, quote(slug), name) for slug, name in actors
            )
        )
        parts.append(
            format_html('\n    <p class="actors"><span class="label">Actors:</span>\n      {}\n    </p>', actor_links)
        )
    mentions = event.row_mentions
    if mentions:
        # The first three reports, then a link to the event's page, which
        # lists them all: a row's size must not grow with the number of
        # articles reporting the event.
        parts.append(SafeString('\n    <ul class="mentions">'))
        parts.extend(mention_html(mention, links) for mention in mentions[:3])
        if len(mentions) > 3:
            parts.append(
                format_html(
                    '\n      <li class="mention mention-more"><a href="{}">All {} reports of this event</a></li>',
                    links.event(event.pk), intcomma(len(mentions)),
                )
            )
        parts.append(SafeString("\n    </ul>"))
    items = getattr(event, "page_items", None)
    if items:
        # The summary's items on this page, under it rather than as rows of their own.
        parts.append(SafeString('\n    <ol class="events items" aria-label="Items of this summary on this page">'))
        parts.extend(event_row_html(item, links) for item in items)
        parts.append(SafeString("\n    </ol>"))
    parts.append(SafeString("\n  </li>\n"))
    return SafeString("".join(parts))


@register.simple_tag(name="stage_label")
def stage_label_html(event):
    """An event's stage in words before its title when it is not simply
    occurred (issue 14): in its row and, as {% stage_label event %}, on
    its page (event_detail.html), one source for both."""
    if event.stage == Stage.OCCURRED:
        return ""
    overdue = ", no report since" if event.overdue else ""
    return format_html(
        '<span class="stage-label stage-label-{}">{}{}<span class="visually-hidden">:</span></span> ',
        event.stage, STAGE_LABELS.get(event.stage, event.stage), overdue,
    )


def mention_html(mention, links):
    before, cue, after = mention.sentence_parts()
    return format_html(
        '\n      <li class="mention">\n        <q class="sentence">{}{}{}</q>'
        '\n        <span class="source">— <a href="{}">{}</a>{}, <time datetime="{}">{}</time></span>\n      </li>',
        before, format_html("<mark>{}</mark>", cue) if cue else "", after,
        links.article(mention.article_id), mention.article_title,
        format_html(", {}", mention.article_source) if mention.article_source else "",
        mention.published.isoformat(), mention.published_label,
    )


@register.simple_tag(takes_context=True)
def event_rows(context, events):
    """{% event_rows events %}: the rows of `events`, one after the other.

    One tag for a list rather than a {% for %} around a tag per row: the
    loop's context push, forloop variables and tag call for each of a
    page's 30 rows cost about as much as writing the rows themselves."""
    return SafeString("".join(row_html(context, event) for event in events))


def row_html(context, event):
    """The row of `event` (event_row_html), from the cache when this data
    version has already rendered it."""
    links = context.render_context.get(RowLinks)
    if links is None:
        links = context.render_context[RowLinks] = RowLinks(context["index_url"])
    # None: caching is off (settings.TIMELINE_FRAGMENT_CACHE) or the
    # database has no version row (views/browse.py results_context).
    version = context.get("data_version")
    if version is None:
        return event_row_html(event, links)
    # A per-process cache: the version in the key makes every process
    # agree without sharing one, and a hit costs a dictionary lookup
    # rather than a round trip.
    rows = caches["rows"]
    key = row_key(version, event)
    html = rows.get(key)
    if html is None:
        html = event_row_html(event, links)
        rows.set(key, html, ROW_CACHE_SECONDS)
    return html
