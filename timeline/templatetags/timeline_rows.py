"""Timeline rows rendered once per data version rather than once per request.

A row shows nothing but its event (no user, no request, no CSRF token), and
every write to what rows show bumps DataVersion (models.py), so a row's
HTML for (data version, event) never changes. Filters that differ still
share most rows (the newest events head many of them), which the fragment
cache, keyed by the whole URL, cannot reuse; rendering the rows was over
half of an uncached results partial (bench/browse_speed.py)."""
from django import template
from django.core.cache import caches
from django.db.models import prefetch_related_objects

from timeline.models import row_prefetches

register = template.Library()

# Also bounds how long a row can show a relative date ("today") unchanged.
ROW_CACHE_SECONDS = 600


def row_key(version, event):
    # A summary's row holds the rows of its items on the same page
    # (views/browse.py nest_items), which differ from page to page.
    items = getattr(event, "page_items", None)
    nested = ":" + ",".join(str(item.pk) for item in items) if items else ""
    return f"row:{version}:{event.pk}{nested}"


def prefetch_uncached_rows(events, version):
    """Fetch the actors and mentions of the events whose row this data
    version has not cached (all of them when `version` is None): a cached
    row needs nothing more than its key. Should a row leave the cache
    before the template reads it, it is rendered with a few more queries."""
    if version is not None:
        cached = caches["rows"].get_many([row_key(version, event) for event in events])
        events = [event for event in events if row_key(version, event) not in cached]
    prefetch_related_objects(events, *row_prefetches())


class CachedRowNode(template.Node):
    def __init__(self, event, nodelist):
        self.event = event
        self.nodelist = nodelist

    def render(self, context):
        # None: caching is off (settings.TIMELINE_FRAGMENT_CACHE) or the
        # database has no version row (views/browse.py results_context).
        version = context.get("data_version")
        if version is None:
            return self.nodelist.render(context)
        # A per-process cache: the version in the key makes every process
        # agree without sharing one, and a hit costs a dictionary lookup
        # rather than a round trip.
        rows = caches["rows"]
        key = row_key(version, self.event.resolve(context))
        html = rows.get(key)
        if html is None:
            html = self.nodelist.render(context)
            rows.set(key, html, ROW_CACHE_SECONDS)
        return html


@register.tag
def cached_row(parser, token):
    """{% cached_row event %}…{% endcached_row %}: the row of `event`, from
    the cache when this data version has already rendered it."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% cached_row %} takes one event")
    nodelist = parser.parse(("endcached_row",))
    parser.delete_first_token()
    return CachedRowNode(parser.compile_filter(bits[1]), nodelist)
