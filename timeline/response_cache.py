"""Whole responses of the reading pages, kept until the next write, for
readers without a session.

Everything a reader without a session sees on the timeline, an event, an
article, an export or the feed follows from the URL, the htmx headers and
the data (DataVersion, bumped by database triggers in every transaction
that writes what the pages show, whichever process writes; a bulk import's
batches at most once a window, DataVersion.held_for_batch). So such a
response is cached under (data version, absolute URL, htmx headers) and the
next reader asking the same gets it for one query and one cache read,
before the session, CSRF and authentication middleware run.

What keeps one person's page from another:
- only requests without a session cookie read or fill the cache: a
  signed-in user (an editor, staff) always gets a page rendered for them,
  and their pages are never stored;
- a response that sets a cookie is never stored: a page holding a CSRF
  token sets the CSRF cookie (Django's get_token), so a token, which is
  tied to one browser, is never handed to another (base.html gives htmx a
  token only when signed in, since anonymous readers post nothing);
- a private site (TIMELINE_PUBLIC off) caches nothing here: every request
  goes through its permission check.

One exception to "kept until the next write", so that a bulk import's
renewals do not cost readers a fresh render (README, "Background jobs"):
when a bulk batch, not its run's last, has bumped the data version, a
reader whose page is not yet cached under the new version is given the one
cached under the version just before, for at most
TIMELINE_BULK_VERSION_SECONDS after the bump, and the first such request
renders the new page after its response has been sent (`renewed_in_bulk`,
`page_before_renewal`).
A person's write, a form import or a run's end bumps the version to another
number, to which this never applies: their change shows at once. The rules
above hold for the page given and for the page rendered.

Views opt in with @cached_for_readers; TIMELINE_FRAGMENT_CACHE=0 turns the
cache off with the fragment cache."""
import functools
import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import cc_delim_re

from timeline.models import DataVersion

logger = logging.getLogger(__name__)

# Dropped at the first write anyway (the data version is in the key); this
# bounds how long an unused response takes room and how long a relative
# date ("last week", a row's "today") can outlive its day.
RESPONSE_CACHE_SECONDS = 600
# Larger answers (exports of many events) stream through uncached.
MAX_CACHED_BYTES = 2 * 1024 * 1024
# Request headers the cached views' answers depend on: htmx asks for a
# fragment or the whole page, says which element it targets and which link
# triggered the request (views/browse.py).
KEY_HEADERS = ("HTTP_HX_REQUEST", "HTTP_HX_TARGET", "HTTP_HX_TRIGGER", "HTTP_HX_HISTORY_RESTORE_REQUEST")
# A stored response may vary on these only: the htmx header is in the key,
# and cookies are absent from every request that reads the cache (no
# session) or set by every response that depends on them (the CSRF cookie).
ALLOWED_VARY = {"hx-request", "cookie"}
# The note a bulk batch's bump leaves: the version it made.
BULK_RENEWAL_KEY = "timeline:response:bulk-renewal"
# While one request renders a URL's page after a bulk renewal, the others
# asking for it are given the page before and render nothing; should that
# render fail, another request tries after this long.
RENEWING_SECONDS = 5


def data_version(request):
    """The data version this request's responses, fragments and rows are
    cached under, read once per request and before its data; None when
    nothing may be cached (the cache is off, or the database has no version
    row)."""
    if not hasattr(request, "timeline_data_version"):
        request.timeline_data_version = DataVersion.current() if settings.TIMELINE_FRAGMENT_CACHE else None
    return request.timeline_data_version


def cached_for_readers(view):
    """Mark a GET view whose answer depends only on the URL, the htmx
    headers, the data and who the user is (which the middleware leaves out
    by serving readers without a session only)."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        return view(*args, **kwargs)

    wrapper.cached_for_readers = True
    return wrapper


def response_key(request, version=None):
    """The cache key of this request's whole response, or None when it may
    neither be read from nor stored in the cache; `version`: its key under
    another data version than the request's."""
    if (
        request.method != "GET"
        or not settings.TIMELINE_PUBLIC
        or settings.SESSION_COOKIE_NAME in request.COOKIES
    ):
        return None
    try:
        view = resolve(request.path_info).func
    except Resolver404:
        return None
    if not getattr(view, "cached_for_readers", False) or data_version(request) is None:
        return None
    parts = [str(data_version(request) if version is None else version), request.build_absolute_uri()]
    parts += [request.META.get(header, "") for header in KEY_HEADERS]
    return "timeline:response:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def whole_response_cached(request):
    """True when the middleware caches this request's response, so the
    view's own fragment caches need not keep a second copy."""
    return getattr(request, "timeline_response_key", None) is not None


def storable(response):
    if response.status_code != 200 or response.cookies:
        return False
    vary = {value.lower() for value in cc_delim_re.split(response.get("Vary", "")) if value}
    cache_control = response.get("Cache-Control", "").lower()
    return vary <= ALLOWED_VARY and "private" not in cache_control and "no-store" not in cache_control


def kept(response):
    """What a cache keeps of a (whole) response: its bytes and headers."""
    return response.content, list(response.items())


def restored(cached, response_class=HttpResponse):
    """The response a cache entry made by kept() holds."""
    content, headers = cached
    response = response_class(content)
    for name, value in headers:
        response[name] = value
    return response


def renewed_in_bulk(version):
    """A bulk batch's bump of the data version to `version` (from the one
    before, `version - 1`: the bump adds one under the row's lock) has
    committed (jobs.py; never a run's last batch): for the next
    TIMELINE_BULK_VERSION_SECONDS a reader's page not yet cached under
    `version` may be the one cached under `version - 1`. Noted in the
    cache, which every process of a site shares (bin/cache-env)."""
    cache.set(BULK_RENEWAL_KEY, version, settings.TIMELINE_BULK_VERSION_SECONDS)


class RenewingResponse(HttpResponse):
    """A page of the version before a bulk renewal, given to a reader; once
    it has been sent (the server closes it), before the request counts as
    finished, `renew` is called, if set."""

    renew = None

    def close(self):
        renew, self.renew = self.renew, None
        try:
            if renew is not None:
                renew()
        finally:
            super().close()


def page_before_renewal(request, key, get_response):
    """The response cached for this request under the version before the
    current one, when a bulk batch's bump made the current one less than
    TIMELINE_BULK_VERSION_SECONDS ago (one cache read: the note and that
    page). Once it has been sent, its request renders and stores the new
    page, unless another request for the URL does. None otherwise: the
    request renders its page itself."""
    version = data_version(request)
    before = response_key(request, version=version - 1)
    found = cache.get_many([BULK_RENEWAL_KEY, before])
    if found.get(BULK_RENEWAL_KEY) != version or before not in found:
        return None
    response = restored(found[before], RenewingResponse)
    response["Content-Length"] = str(len(response.content))
    response.renew = functools.partial(render_and_store, request, key, get_response)
    return response


def render_and_store(request, key, get_response):
    """Render the request's response and keep it under `key` if it may be
    kept, unless another request for it is doing so; nothing is sent (the
    reader has had the page before)."""
    try:
        if not cache.add(key + ":renewing", True, RENEWING_SECONDS):
            return
        response = get_response(request)
        try:
            if _store(key, response) and response.streaming:
                for _chunk in response.streaming_content:  # read to its end, stored as it ends
                    pass
        finally:
            response.close()
    except Exception:
        # The reader has their page; the next request renders this one.
        logger.exception("Could not render %s after a bulk renewal", request.get_full_path())


def response_cache_middleware(get_response):
    """Serve and store whole responses of @cached_for_readers views (see
    the module's docstring). It sits before the session and CSRF
    middleware so that a hit skips them; whatever those add to a response
    (the Content Security Policy, Vary) is stored with it."""

    def middleware(request):
        key = response_key(request)
        if key is None:
            return get_response(request)
        cached = cache.get(key)
        if cached is not None:
            response = restored(cached)
            response["Content-Length"] = str(len(response.content))
            return response
        request.timeline_response_key = key
        before = page_before_renewal(request, key, get_response)
        if before is not None:
            return before
        response = get_response(request)
        _store(key, response)
        return response

    return middleware


def _store(key, response):
    """Keep `response` under `key` if it may be kept (storable, and not over
    MAX_CACHED_BYTES): at once, or, for a streamed one, once its stream has
    been read to its end (_kept_while_streaming). Whether it may be."""
    if not storable(response):
        return False
    if response.streaming:
        response.streaming_content = _kept_while_streaming(response.streaming_content, list(response.items()), key)
    elif len(response.content) <= MAX_CACHED_BYTES:
        cache.set(key, kept(response), RESPONSE_CACHE_SECONDS)
    return True


def _kept_while_streaming(content, headers, key):
    """Pass a streamed response (an export) on chunk by chunk and store it
    once it is complete, unless it grew too large or the client left."""
    chunks, size = [], 0
    for chunk in content:
        yield chunk
        if chunks is not None:
            size += len(chunk)
            if size > MAX_CACHED_BYTES:
                chunks = None
            else:
                chunks.append(chunk)
    if chunks is not None:
        cache.set(key, (b"".join(chunks), headers), RESPONSE_CACHE_SECONDS)
