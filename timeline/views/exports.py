"""Exports and the feed of exactly the filtered view: the same query string
as the timeline page, another format. Exports stream, so their size is
bounded by the client's patience, not the server's memory."""
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponseBadRequest, StreamingHttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_GET

from timeline import exports
from timeline.filters import EventFilter
from timeline.models import Event
from timeline.response_cache import cached_for_readers

FORMATS = {
    "csv": (exports.csv_chunks, "text/csv; charset=utf-8", "timeline-events.csv"),
    "json": (exports.json_chunks, "application/json", "timeline-events.json"),
    "ics": (exports.ics_chunks, "text/calendar; charset=utf-8", "timeline-events.ics"),
    "timelinejs": (exports.timelinejs_chunks, "application/json", "timeline-timelinejs.json"),
}


def filtered_events(request):
    return EventFilter(request.GET, queryset=Event.objects.all()).qs.with_related()


def unreadable_filters(request):
    """A 400 saying which filters could not be read, or None when all can:
    an export or feed must never quietly drop a filter and send everything."""
    errors = EventFilter(request.GET, queryset=Event.objects.all()).errors()
    if not errors:
        return None
    lines = [f"{label} ({field.html_name}={field.value()!s}): {message}" for field, label, message in errors]
    text = "These filters could not be read, so nothing was exported:\n" + "\n".join(lines) + "\n"
    return HttpResponseBadRequest(text, content_type="text/plain; charset=utf-8")


def streamed_events(request, derivations=False):
    """Every event of the filtered view in the list's order: the date
    window's own events, then the ongoing ones, each part an index range
    scan as in paging (one OR-ed query made SQLite read a whole category to
    export a month of it). Read as values a chunk at a time, with each
    chunk's actors and mentions (exports.export_events): never more than
    one chunk of events held."""
    for part in EventFilter(request.GET, queryset=Event.objects.all()).parts():
        yield from exports.export_events(part, derivations=derivations)


@cached_for_readers
@require_GET
def export(request, fmt):
    if fmt not in FORMATS:
        raise Http404(f"No export format {fmt!r}.")
    if bad_request := unreadable_filters(request):
        return bad_request
    write, content_type, filename = FORMATS[fmt]
    events = streamed_events(request, derivations=fmt == "json")
    response = StreamingHttpResponse(write(events, request.build_absolute_uri("/")[:-1]), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class EventFeed(Feed):
    """An Atom feed of the filtered view's latest changes."""

    feed_type = Atom1Feed
    title = "Timeline events"
    subtitle = "Events as they are added and corrected, for the filters in this link."

    def get_object(self, request):
        return request

    def link(self, request):
        query = request.GET.urlencode()
        return reverse("timeline:index") + (f"?{query}" if query else "")

    def items(self, request):
        return filtered_events(request).order_by("-updated_at", "-id")[:50]

    # Every text goes through xml_safe: one control character in a title
    # or a sentence would otherwise make the whole feed fail (a 500).
    def item_title(self, event):
        return exports.xml_safe(f"{event.date_label}: {event.title}")

    def item_description(self, event):
        parts = [event.summary] if event.summary else []
        parts += [exports.citation(m) for m in event.mentions.all()]
        return exports.xml_safe("\n".join(parts) or event.title)

    def item_updateddate(self, event):
        return event.updated_at

    def item_pubdate(self, event):
        return event.created_at

    def item_categories(self, event):
        return [exports.xml_safe(event.category.name)] if event.category else []


_event_feed = EventFeed()


@cached_for_readers
@require_GET
def event_feed(request):
    return unreadable_filters(request) or _event_feed(request)
