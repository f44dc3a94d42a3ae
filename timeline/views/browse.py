"""Reading the timeline: the filterable event list, event permalinks and articles."""
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_vary_headers
from django_htmx.http import push_url

from timeline.extraction.types import DateValue
from timeline.filters import EventFilter
from timeline.models import Article, Event, Mention, Precision

CONTEXT_CHARS = 200
# The pager links replace themselves, so after following one the keyboard
# focus moves to the new results' heading rather than being lost.
PAGER_LINK_IDS = {"pager-next", "pager-start"}


def index(request):
    event_filter = EventFilter(request.GET, queryset=Event.objects.all(), request=request)
    page = event_filter.page(after=request.GET.get("after"))
    context = {
        "filter": event_filter,
        "page": page,
        "groups": group_by_period(page.events),
        "count": event_filter.qs.count(),
        "first_url": _query_url(request, after=None),
        # Exports and the feed take the same filters, without the page cursor.
        "filter_query": _query_string(request, after=None),
        "next_url": _query_url(request, after=str(page.next_cursor)) if page.next_cursor else None,
        "focus_results": bool(request.htmx) and request.htmx.trigger in PAGER_LINK_IDS,
    }
    # htmx asks for the results alone, except when restoring history after a
    # cache miss: then it needs the whole page.
    partial = request.htmx and not request.htmx.history_restore_request
    response = render(request, "timeline/index.html#results" if partial else "timeline/index.html", context)
    if partial:
        # htmx would push the form's raw query ("?q=&date_from=March%202023&category=…");
        # push the same view's short, canonical URL instead, as a plain form would show it.
        push_url(response, _query_url(request))
    # The same URL answers with a page or a fragment: caches must tell them apart.
    patch_vary_headers(response, ["HX-Request"])
    return response


def event_detail(request, pk):
    event = get_object_or_404(Event.objects.select_related("category", "created_by").prefetch_related("actors"), pk=pk)
    mentions = list(
        event.mentions.select_related("article").order_by("article__published", "article_id", "sentence_start")
    )
    for mention in mentions:
        mention.context_before, mention.context_after = surrounding_text(mention)
    return render(request, "timeline/event_detail.html", {"event": event, "mentions": mentions})


def article_list(request):
    # An aggregate drops Meta.ordering, so newest first is spelled out.
    articles = (
        Article.objects.defer("text")
        .annotate(event_count=Count("mentions__event", distinct=True))
        .order_by("-published", "-id")
    )
    page = Paginator(articles, 50).get_page(request.GET.get("page"))
    return render(request, "timeline/article_list.html", {"page": page})


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


def _query_url(request, **changes):
    encoded = _query_string(request, **changes)
    return f"{request.path}?{encoded}" if encoded else request.path


def _query_string(request, **changes):
    """The current query with some parameters changed (None drops one);
    empty parameters are left out so that shared links stay short."""
    query = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        if key not in changes:
            query.setlist(key, [value for value in values if value])
    for key, value in changes.items():
        if value is not None:
            query[key] = value
    return query.urlencode()


def group_by_period(events):
    """Events under year, month and day headings, in the order given.

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
            {"label": DateValue(event.date, Precision.MONTH).label, "date": event.date, "events": [], "days": {}},
        )
        if event.precision == Precision.MONTH:
            month["events"].append(event)
            continue
        day = month["days"].setdefault(
            event.date.day, {"label": DateValue(event.date, Precision.DAY).label, "date": event.date, "events": []}
        )
        day["events"].append(event)
    return [
        {
            **year,
            "months": [{**month, "days": list(month["days"].values())} for month in year["months"].values()],
        }
        for year in years.values()
    ]


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
