"""Reading the timeline: the filterable event list, event permalinks and articles."""
import functools
import hashlib

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import QueryDict
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET
from django_htmx.http import push_url

from timeline import history
from timeline.claims import source_claims
from timeline.extraction.types import DateValue, iso_at
from timeline.facets import SAMPLE_SIZE, facet_results
from timeline.filters import COUNT_LIMIT, SORT_CHOICES, EventFilter
from timeline.models import Article, Event, Mention, Precision
from timeline.overview import build_overview
from timeline.response_cache import cached_for_readers, data_version, kept, restored, whole_response_cached
from timeline.templatetags.timeline_rows import prefetch_uncached_rows

CONTEXT_CHARS = 200
# The pager links replace themselves, so after following one the keyboard
# focus moves to the new results' heading rather than being lost.
PAGER_LINK_IDS = {"pager-next", "pager-start"}
# A cached fragment is also dropped at the first write (see cached_for_htmx);
# this only bounds how long an unused one takes room.
FRAGMENT_CACHE_SECONDS = 600


def vary_on_htmx(view):
    """The same URL answers with a page or a bare fragment depending on the
    HX-Request header: caches must tell them apart."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_vary_headers(response, ["HX-Request"])
        return response

    return wrapper


def fragment_key(request, *extra):
    """The cache key of a fragment of this URL, or None when nothing may be
    cached (see data_version)."""
    version = data_version(request)
    if version is None:
        return None
    parts = [str(version), request.get_full_path(), *extra]
    return "timeline:fragment:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def whole_page_for_htmx(request):
    """htmx asks for the whole page when restoring history after a cache
    miss, and for the overview's and facets' links, which change the form
    too and swap the whole layout."""
    return request.htmx and (request.htmx.history_restore_request or request.htmx.target == "timeline-layout")


def cached_for_htmx(view):
    """Answer htmx's requests for fragments (results, count, overview,
    facets) from the cache when nothing was written since: the key holds
    the data version (DataVersion, bumped by triggers in every writing
    transaction, whichever process writes), the URL and the htmx headers
    the view reads. Fragments show nothing of the user and no CSRF token;
    whole pages, which do, are not cached (their list is: page_results).
    Readers without a session get whole responses from the response cache
    instead (timeline/response_cache.py), so this keeps no second copy."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.htmx or whole_page_for_htmx(request) or whole_response_cached(request):
            return view(request, *args, **kwargs)
        htmx = request.htmx
        key = fragment_key(request, htmx.target or "", str(htmx.trigger in PAGER_LINK_IDS))
        if key is None:
            return view(request, *args, **kwargs)
        cached = cache.get(key)
        if cached is not None:
            return restored(cached)
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            cache.set(key, kept(response), FRAGMENT_CACHE_SECONDS)
        return response

    return wrapper


@cached_for_readers
@require_GET
@vary_on_htmx
@cached_for_htmx
def index(request):
    event_filter = EventFilter(request.GET, queryset=Event.objects.all(), request=request)
    # htmx asks for the results alone, except for a whole page (see whole_page_for_htmx).
    partial = request.htmx and not whole_page_for_htmx(request)
    if partial:
        response = render(request, "timeline/index.html#results", results_context(request, event_filter))
    else:
        context = {
            "filter": event_filter,
            "filter_query": _query_string(request, after=None),
            "results_html": page_results(request, event_filter),
        }
        response = render(request, "timeline/index.html", context)
    if request.htmx:
        # htmx would push the form's raw query ("?q=&date_from=March%202023&category=…");
        # push the same view's short, canonical URL instead, as a plain form would show it.
        push_url(response, _query_url(request))
    return response


def page_results(request, event_filter):
    """The results part of a whole page, from the fragment cache when
    nothing was written since: the list does not depend on who asks (the
    rest of the page, the account menu and the CSRF token, does, and is
    rendered each time)."""
    key = None if request.htmx or whole_response_cached(request) else fragment_key(request, "whole page")
    html = cache.get(key) if key else None
    if html is None:
        html = render_to_string("timeline/index.html#results", results_context(request, event_filter), request)
        if key:
            cache.set(key, html, FRAGMENT_CACHE_SECONDS)
    return html


def results_context(request, event_filter):
    version = data_version(request)
    page = event_filter.page(after=request.GET.get("after"))
    # Items go under their summaries first: a summary's row, and so its
    # cache key, holds its items on the page (timeline_rows.row_key).
    shown = nest_items(page.events)
    prefetch_uncached_rows([*shown, *page.ongoing], version)
    return {
        # Rows are rendered once per data version (templatetags/timeline_rows.py).
        "data_version": version,
        "filter": event_filter,
        "page": page,
        # Reversed once, not for every category and actor link of every row.
        "index_url": reverse("timeline:index"),
        "groups": group_by_period(shown),
        "count": page_count(page),
        "count_limit": COUNT_LIMIT,
        "first_url": _query_url(request, after=None),
        # Exports and the feed take the same filters, without the page cursor.
        "filter_query": _query_string(request, after=None),
        "next_url": _query_url(request, after=str(page.next_cursor)) if page.next_cursor else None,
        "order_urls": [
            (value, label, _query_url(request, after=None, sort=None if value == "newest" else value))
            for value, label in SORT_CHOICES
        ],
        "focus_results": bool(request.htmx) and request.htmx.trigger in PAGER_LINK_IDS,
    }


def page_count(page):
    """The number of the window's own events for the heading when the page
    holds them all (a first page with no next one), else None: the page
    never waits for a count. htmx fetches it after the list, and without
    JavaScript the heading links to it (index.html, results-heading)."""
    if page.is_first and not page.next_cursor:
        return len(page.events)
    return None


@cached_for_readers
@require_GET
@vary_on_htmx
@cached_for_htmx
def count(request):
    """The heading's count of matches, for htmx to fetch after the list."""
    event_filter = EventFilter(request.GET, queryset=Event.objects.all(), request=request)
    count, _, stopped_at = event_filter.count()
    context = {"count": count, "count_limit": COUNT_LIMIT, "scan_note": scan_note(event_filter, stopped_at)}
    return render_fragment(request, "match-count", context, title="Matching events")


def scan_note(event_filter, stopped_at):
    """How far a count stopped by SCAN_LIMIT read, in words ("from 3 May
    2024 on"), or None (EventFilter.scan_end)."""
    if stopped_at is None:
        return None
    day = f"{stopped_at.day} {stopped_at:%B %Y}"
    return f"from {day} on" if event_filter.newest_first else f"up to {day}"


@cached_for_readers
@require_GET
@vary_on_htmx
@cached_for_htmx
def overview(request):
    """The density strip for the current filters; the timeline page loads it
    after the list (hx-trigger="load") so the list never waits for it."""
    event_filter = EventFilter(request.GET, queryset=Event.objects.all(), request=request)
    month_counts = event_filter.month_counts()
    # The overview reads the newest events, whatever the list's order.
    scan_end = event_filter.scan_end(newest_first=True) if month_counts is None else None
    strip = build_overview(event_filter.undated, *event_filter.date_bounds(), month_counts, scan_end)
    bars = [
        (
            bar,
            _query_url(
                request, after=None, date_from=bar.date_from, date_to=bar.date_to, path=reverse("timeline:index")
            ),
        )
        for bar in strip.bars
    ]
    return render_fragment(request, "overview", {"overview": strip, "bars": bars}, title="Overview")


@cached_for_readers
@require_GET
@vary_on_htmx
@cached_for_htmx
def facets(request):
    """Counts of the filtered events by category, actor, source, precision
    and status, each a link that adds or removes that filter."""
    event_filter = EventFilter(request.GET, queryset=Event.objects.all(), request=request)
    index_url = reverse("timeline:index")
    groups = []
    for result in facet_results(event_filter, selected=request.GET):
        items = [
            {
                "label": value.label,
                "count": value.count,
                "active": value.selected,
                # An active value's link removes its filter; any other adds it.
                "url": _query_url(
                    request, after=None, path=index_url, **{result.name: None if value.selected else value.value}
                ),
            }
            for value in result.values
        ]
        groups.append({"name": result.name, "title": result.title, "items": items, "result": result})
    exact = all(group["result"].exact for group in groups)
    stopped_at = next((group["result"].stopped_at for group in groups), None)
    context = {
        "facet_groups": groups, "exact": exact, "sample_size": SAMPLE_SIZE,
        "scan_note": scan_note(event_filter, stopped_at),
    }
    return render_fragment(request, "facets", context, title="Refine")


def render_fragment(request, name, context, title):
    """A partial of the timeline page: bare for htmx, else inside the site
    layout, so that the plain links to it work without JavaScript."""
    fragment = f"timeline/index.html#{name}"
    if request.htmx:
        return render(request, fragment, context)
    return render(request, "timeline/fragment_page.html", {**context, "fragment": fragment, "title": title})


@cached_for_readers
@require_GET
def event_detail(request, pk):
    event = get_object_or_404(
        Event.objects.select_related("category", "created_by", "parent", "announced_by__article").prefetch_related(
            "actors"
        ),
        pk=pk,
    )
    return render_event_page(request, event)


def render_event_page(request, event, note=None):
    """The event page; `note` says what a choice of claim just did (the
    choice's htmx request swaps the page's article for this one's)."""
    mentions = list(
        event.mentions.select_related("article", "anchor__event").order_by(
            "article__published", "article_id", "sentence_start"
        )
    )
    for mention in mentions:
        mention.context_before, mention.context_after = surrounding_text(mention)
    # Re-derived dates waiting for an editor's decision (timeline/derivation.py).
    date_changes = []
    if request.user.has_perm("timeline.change_event"):
        date_changes = list(event.date_changes.pending().select_related("mention__article"))
    # "What each source says" when more than one article reports the event
    # (one article's statements of it are grouped on one date and place).
    several = len({mention.article_id for mention in mentions}) > 1
    context = {
        "event": event,
        "mentions": mentions,
        "history": history.changes(event),
        "date_changes": date_changes,
        "claims": source_claims(event, mentions) if several or event.disputed else [],
        "note": note,
        **summary_items(event),
    }
    return render(request, "timeline/event_detail.html", context)


# A summary's page lists this many of its items; the timeline lists them all.
ITEMS_SHOWN = 50


def summary_items(event):
    """The first ITEMS_SHOWN of a summary's visible items and how many there are."""
    if not event.is_summary:
        return {}
    items = event.items.visible().order_by("date", "id")
    return {"items": list(items[:ITEMS_SHOWN]), "items_found": items.count()}


@cached_for_readers
@require_GET
def article_list(request):
    # An aggregate drops Meta.ordering, so newest first is spelled out.
    articles = (
        Article.objects.defer("text")
        .annotate(event_count=Count("mentions__event", distinct=True))
        .order_by("-published", "-id")
    )
    page = Paginator(articles, 50).get_page(request.GET.get("page"))
    return render(request, "timeline/article_list.html", {"page": page})


@cached_for_readers
@require_GET
def article_detail(request, pk):
    article = get_object_or_404(
        Article.objects.prefetch_related(Prefetch("mentions", queryset=Mention.objects.select_related("event"))),
        pk=pk,
    )
    events = Event.objects.from_article(article).select_related("category").order_by("date", "id")
    return render(
        request,
        "timeline/article_detail.html",
        {"article": article, "segments": article.highlighted_segments(), "events": events},
    )


def _query_url(request, path=None, **changes):
    """A URL for `path` (default: this page) with the current query, changed."""
    path = path or request.path
    encoded = _query_string(request, **changes)
    return f"{path}?{encoded}" if encoded else path


def _query_string(request, **changes):
    """The current query with some parameters changed (None drops one);
    empty parameters are left out so that shared links stay short."""
    query = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        if key not in changes:
            # Newest first is the default order, which the form always sends.
            query.setlist(key, [value for value in values if value and (key, value) != ("sort", "newest")])
    for key, value in changes.items():
        if value is not None:
            query[key] = value
    return query.urlencode()


def group_by_period(events):
    """Events (nest_items' rows) under year, month and day headings, in the order given.

    A month-precision event goes under its month before the days, a
    year-precision one under its year before the months: they are not
    known to a day, so they are not shown on one."""
    years = {}
    for event in events:
        year = years.setdefault(event.date.year, {"label": str(event.date.year), "events": [], "months": {}})
        if event.precision == Precision.YEAR:
            year["events"].append(event)
            continue
        month = year["months"].setdefault(
            event.date.month,
            {"label": DateValue(event.date, Precision.MONTH).label, "iso": iso_at(event.date, Precision.MONTH),
             "events": [], "days": {}},
        )
        if event.precision == Precision.MONTH:
            month["events"].append(event)
            continue
        day = month["days"].setdefault(
            event.date.day,
            {"label": DateValue(event.date, Precision.DAY).label, "iso": event.date.isoformat(), "events": []},
        )
        day["events"].append(event)
    return [
        {
            **year,
            "months": [{**month, "days": list(month["days"].values())} for month in year["months"].values()],
        }
        for year in years.values()
    ]


def nest_items(events):
    """The events with each summary's items on the page moved under it
    (event.page_items, in date order): a summary and its items are one
    group, not a summary row beside rows repeating what it counts. Items
    whose summary is on another page stay in place and say what they are
    part of."""
    summaries = {event.pk: event for event in events if event.is_summary}
    shown = []
    for event in events:
        event.page_items = []
    for event in events:
        summary = summaries.get(event.parent_id)
        if summary is None:
            shown.append(event)
        else:
            event.nested = True
            summary.page_items.append(event)
    for summary in summaries.values():
        summary.page_items.sort(key=lambda item: (item.date, item.pk))
    return shown


def surrounding_text(mention, width=CONTEXT_CHARS):
    """A little of the article before and after the mention's sentence, cut at
    word boundaries, with an ellipsis where the text goes on."""
    text = mention.article.text
    start = max(0, mention.sentence_start - width)
    end = min(len(text), mention.sentence_end + width)
    before = text[start : mention.sentence_start]
    after = text[mention.sentence_end : end]
    if start > 0:
        before = "…" + before.split(" ", 1)[-1] if " " in before else "…" + before
    if end < len(text):
        after = after.rsplit(" ", 1)[0] + "…" if " " in after else after + "…"
    return before, after
