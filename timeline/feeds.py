"""Polling RSS and Atom feeds into articles.

`poll(feed)` fetches the feed through the SSRF-safe fetcher (feedparser never
fetches anything itself), reads it with feedparser and imports each item not
seen before: from the feed's own full text when it carries one, else from
the article page it links to (a feed of summaries). Events are proposed,
waiting for review, as with any import.

Polling twice never imports twice: an item is known by its guid (else its
link) in FeedItem, and Article.objects.import_article skips an article
already stored under the same URL or the same text (content hash), whichever
feed brought it.

Feeds are polled on their interval by a background job (django-tasks:
`poll_feed_job` enqueues the feed's next poll before it polls, so that a
failing job or a killed worker never stops a feed; run bin/worker) or, where
no worker runs, by `manage.py poll_feeds` from cron. A poll interrupted by a
killed worker is done again when a worker restarts (resume_lost_polls)."""
import calendar
import datetime
import hashlib
import logging
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from timeline.extraction import ExtractionError
from timeline.fetching import FEED_TYPES, FetchError, fetch
from timeline.htmlpages import MIN_ARTICLE_CHARS, NotAnArticle, extract_article, fetch_article
from timeline.models import Article, Feed, FeedItem

logger = logging.getLogger(__name__)

# Items read from one poll (the newest first, as feeds list them).
MAX_ITEMS_PER_POLL = 50
# An item whose import keeps failing is given up after this many polls.
FEED_ITEM_ATTEMPTS = 3


class FeedError(Exception):
    """The feed itself could not be read; str() says why."""


@dataclass(frozen=True)
class PollResult:
    new: int = 0  # articles imported
    known: int = 0  # items seen before, or articles already in the timeline
    failed: int = 0  # items that could not be imported (kept with the reason)
    error: str = ""  # the feed could not be polled at all


def read_feed(url):
    """(title, entries) of the feed at `url`, or FeedError."""
    try:
        page = fetch(url, accept=FEED_TYPES + ("text/plain",))
    except FetchError as error:
        raise FeedError(str(error)) from error
    # content-location: relative links in the feed resolve against where it was found.
    parsed = feedparser.parse(
        page.content, response_headers={"content-type": page.content_type, "content-location": page.url}
    )
    if not parsed.get("version") or (parsed.get("bozo") and not parsed.entries):
        reason = parsed.get("bozo_exception")
        detail = f" ({str(reason).strip()[:160]})" if reason else ""
        raise FeedError(f"{url} is not a valid RSS or Atom feed{detail}.")
    return parsed.feed.get("title", "").strip(), parsed.entries, page.url


def _entry_date(entry):
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.datetime.fromtimestamp(calendar.timegm(value), tz=datetime.UTC).date()
    return None


def _entry_guid(entry, link):
    guid = (entry.get("id") or link or "").strip()
    if not guid:
        seed = f"{entry.get('title', '')}\n{entry.get('summary', '')}"
        guid = "sha256:" + hashlib.sha256(seed.encode()).hexdigest()
    return guid[:500]


def _full_text(entry, link):
    """The item's own article text when the feed carries the whole of it."""
    for content in entry.get("content") or []:
        html = content.get("value") or ""
        if len(html) < MIN_ARTICLE_CHARS:
            continue
        try:
            page = extract_article(f"<html><body><article>{html}</article></body></html>", url=link)
        except NotAnArticle:
            continue
        return page.text
    return None


def article_fields(entry, feed_url, feed_title):
    """The import_article fields for a feed item, or FetchError/NotAnArticle."""
    link = urljoin(feed_url, (entry.get("link") or "").strip()) if entry.get("link") else ""
    title = (entry.get("title") or "").strip()
    published = _entry_date(entry)
    text = _full_text(entry, link)
    source = feed_title
    if text is None:
        # A feed of summaries: the article is on the page the item links to.
        if not link:
            raise NotAnArticle("The item carries only a summary and no link to the article.")
        page = fetch_article(link)
        text, link = page.text, page.url
        title = title or page.title
        published = published or page.published
        source = page.source or feed_title
    if published is None:
        raise NotAnArticle("Neither the feed nor the page gives a publication date.")
    if len(text) > settings.TIMELINE_MAX_ARTICLE_CHARS:
        raise NotAnArticle(f"The article is too long: over {settings.TIMELINE_MAX_ARTICLE_CHARS:,} characters.")
    return {"title": title[:300] or link, "url": link, "source": source[:200], "published": published, "text": text}


def poll(feed, *, now=None):
    """Poll one feed now: import its new items; record the outcome on it."""
    now = now or timezone.now()
    try:
        title, entries, final_url = read_feed(feed.url)
    except FeedError as error:
        Feed.objects.filter(pk=feed.pk).update(
            last_polled=now, last_error=str(error), last_new_items=0, polls=F("polls") + 1
        )
        feed.refresh_from_db()
        return PollResult(error=str(error))
    new = known = failed = 0
    for entry in entries[:MAX_ITEMS_PER_POLL]:
        outcome = _import_entry(feed, entry, final_url, title or feed.title)
        new += outcome == "new"
        known += outcome == "known"
        failed += outcome == "failed"
    Feed.objects.filter(pk=feed.pk).update(
        title=feed.title or title[:300],
        last_polled=now,
        last_error="",
        last_new_items=new,
        items_imported=F("items_imported") + new,
        polls=F("polls") + 1,
    )
    feed.refresh_from_db()
    return PollResult(new=new, known=known, failed=failed)


def _import_entry(feed, entry, feed_url, feed_title):
    link = urljoin(feed_url, entry.get("link") or "") if entry.get("link") else ""
    guid = _entry_guid(entry, link)
    item, _ = FeedItem.objects.get_or_create(
        feed=feed, guid=guid, defaults={"url": link[:500], "title": (entry.get("title") or "")[:300]}
    )
    if item.article_id or item.attempts >= FEED_ITEM_ATTEMPTS:
        return "known"
    item.attempts += 1
    try:
        fields = article_fields(entry, feed_url, feed_title)
        with transaction.atomic():
            article, created = Article.objects.import_article(**fields)
    except (FetchError, NotAnArticle, ExtractionError) as error:
        item.error = str(error)
        item.save(update_fields=["attempts", "error"])
        return "failed"
    except IntegrityError:
        # Imported at the same moment by another poll of this or another feed.
        article = Article.objects.duplicate_of(text=fields["text"], url=fields["url"])
        created = False
    item.article, item.error = article, ""
    item.save(update_fields=["attempts", "error", "article"])
    return "new" if created else "known"


def poll_due(now=None, *, include_paused=False):
    """Poll every feed whose interval has passed: [(feed, PollResult)]."""
    now = now or timezone.now()
    feeds = Feed.objects.all() if include_paused else Feed.objects.filter(paused=False)
    return [(feed, poll(feed, now=now)) for feed in feeds if include_paused or feed.is_due(now)]


# --- background job ---------------------------------------------------------------------

@task(takes_context=True)
def poll_feed_job(context, feed_id):
    """Enqueue the feed's next poll, then poll it: however this job ends (an
    error, a killed worker), the feed's next poll is queued already; a worker
    restarting after a kill polls the feed at once (resume_lost_polls). A
    job superseded by a newer one (see Feed.next_poll_job) does nothing."""
    now = timezone.now()
    with transaction.atomic():
        feed = Feed.objects.select_for_update().filter(pk=feed_id).first()
        if feed is None or feed.paused or (feed.next_poll_job and feed.next_poll_job != str(context.task_result.id)):
            return "skipped"
        schedule(feed, at=now + datetime.timedelta(minutes=feed.interval))
    result = poll(feed, now=now)
    return {"new": result.new, "known": result.known, "failed": result.failed, "error": result.error}


def schedule(feed, *, at=None):
    """Queue the feed's next poll (at `at`, else after its interval): the
    poll already queued is moved, so that a feed never has two queued; a
    paused feed has none. Returns the job's id ("" when there is none)."""
    queued = _queued_poll(feed)
    if feed.paused:
        queued.delete()
        Feed.objects.filter(pk=feed.pk).update(next_poll_job="", next_poll_at=None)
        feed.next_poll_job, feed.next_poll_at = "", None
        return ""
    at = at or (feed.last_polled or timezone.now()) + datetime.timedelta(minutes=feed.interval)
    job_id = ""
    if _can_defer():
        # A job a worker has claimed meanwhile is no longer "READY": then a new one.
        moved = queued.update(run_after=at)
        job_id = feed.next_poll_job if moved else str(poll_feed_job.using(run_after=at).enqueue(feed.pk).id)
    Feed.objects.filter(pk=feed.pk).update(next_poll_job=job_id, next_poll_at=at)
    feed.next_poll_job, feed.next_poll_at = job_id, at
    return job_id


def _queued_poll(feed):
    """The feed's poll job still waiting for a worker (an empty queryset when none)."""
    from django_tasks_db.models import DBTaskResult

    if not feed.next_poll_job:
        return DBTaskResult.objects.none()
    return DBTaskResult.objects.filter(pk=feed.next_poll_job, status="READY")


def queue_missing_polls():
    """Queue a poll for every feed that has none queued or running (a feed
    whose job was lost before polls queued the next one first): run as a
    worker starts (resume_imports). Returns those feeds."""
    from django_tasks_db.models import DBTaskResult

    if not _can_defer():
        return []
    pending = {
        str(pk) for pk in DBTaskResult.objects.filter(
            task_path=poll_feed_job.module_path, status__in=["READY", "RUNNING"]
        ).values_list("pk", flat=True)
    }
    stranded = [feed for feed in Feed.objects.filter(paused=False) if feed.next_poll_job not in pending]
    for feed in stranded:
        schedule(feed)  # at once when overdue
    return stranded


def resume_lost_polls(feed_ids):
    """Poll at once the feeds whose poll a killed worker left unfinished
    (jobs.recover_lost_tasks): their next poll, queued for after their
    interval, is moved to now. Polling again imports nothing twice."""
    now = timezone.now()
    for feed in Feed.objects.filter(pk__in=feed_ids, paused=False):
        schedule(feed, at=now)


def _can_defer():
    from django_tasks import default_task_backend

    # The immediate and dummy backends (tests, a site without a worker)
    # cannot hold a job until later: there `manage.py poll_feeds` polls.
    return default_task_backend.supports_defer and getattr(settings, "TIMELINE_FEED_JOBS", True)
