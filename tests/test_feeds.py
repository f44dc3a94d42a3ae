"""Feeds: polling RSS and Atom into articles, never twice; failures kept
with their reason; the background job, the cron command and the feeds page.
Feeds and pages come from the local test server (tests/pages/feeds)."""
import datetime
import ipaddress
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from dom import element, terms, text, texts

from timeline import feeds as feeds_module
from timeline.feeds import FEED_ITEM_ATTEMPTS, poll, poll_due, schedule
from timeline.models import Article, Feed, FeedItem

PAGES = Path(__file__).parent / "pages"
pytestmark = pytest.mark.django_db


@pytest.fixture
def site(httpserver, allow_local_fetch):
    """An outlet on the local server: a full-text RSS feed, an Atom feed of
    summaries linking to article pages, and broken things."""
    def feed(name, content_type):
        path = f"/feeds/{name}"
        httpserver.expect_request(path).respond_with_data((PAGES / "feeds" / name).read_bytes(), content_type=content_type)
        return httpserver.url_for(path)

    def page(name):
        httpserver.expect_request(f"/{name}").respond_with_data((PAGES / name).read_bytes(), content_type="text/html")

    urls = {
        "full": feed("full.rss", "application/rss+xml"),
        "summaries": feed("summaries.atom", "application/atom+xml; charset=utf-8"),
        "malformed": feed("malformed.xml", "application/xml"),
        "html": httpserver.url_for("/not-an-article.html"),
        "missing": httpserver.url_for("/gone.rss"),
    }
    for name in ("jsonld.html", "amp.html", "paywall.html", "not-an-article.html"):
        page(name)
    httpserver.expect_request("/gone.rss").respond_with_data("Not found", status=404)
    return urls


def requested(httpserver):
    return [request.path for request, _ in httpserver.log]


def test_a_full_text_feed_imports_each_item_from_the_feed(site, httpserver):
    feed = Feed.objects.create(url=site["full"])
    result = poll(feed)
    assert (result.new, result.known, result.failed, result.error) == (2, 0, 0, "")
    assert requested(httpserver) == ["/feeds/full.rss"]  # the article pages were not needed
    cruise = Article.objects.get(title="North fires two cruise missiles off west coast")
    assert cruise.published == datetime.date(2023, 4, 12)
    assert cruise.source == "Harbor Wire — Asia"
    assert cruise.url == httpserver.url_for("/asia/cruise-missiles-west-coast.html")  # relative link resolved
    assert cruise.text.startswith("North Korea fired two cruise missiles into the Yellow Sea early on Wednesday")
    # "early on Wednesday" is the publication day; the events wait for review
    assert cruise.mentions.filter(event__date=datetime.date(2023, 4, 12)).exists()
    assert set(cruise.mentions.values_list("event__status", flat=True)) == {"proposed"}
    feed.refresh_from_db()
    assert feed.title == "Harbor Wire — Asia"
    assert (feed.last_new_items, feed.items_imported, feed.polls, feed.last_error) == (2, 2, 1, "")
    assert feed.last_polled is not None


def test_polling_twice_never_imports_twice(site):
    feed = Feed.objects.create(url=site["full"])
    poll(feed)
    events = sorted(Article.objects.values_list("mentions__event", flat=True))
    result = poll(feed)
    assert (result.new, result.known) == (0, 2)
    assert Article.objects.count() == 2
    assert sorted(Article.objects.values_list("mentions__event", flat=True)) == events
    feed.refresh_from_db()
    assert (feed.last_new_items, feed.items_imported, feed.polls) == (0, 2, 2)


def test_the_same_article_in_a_second_feed_is_not_imported_again(site, httpserver):
    poll(Feed.objects.create(url=site["full"]))
    # Another feed (a search, say) lists the same two stories under other guids.
    body = (PAGES / "feeds" / "full.rss").read_text()
    httpserver.expect_request("/search.rss").respond_with_data(
        body.replace("harborwire-2023", "search-2023"), content_type="application/rss+xml"
    )
    result = poll(Feed.objects.create(url=httpserver.url_for("/search.rss")))
    assert (result.new, result.known) == (0, 2)
    assert Article.objects.count() == 2
    assert FeedItem.objects.filter(article__isnull=False).count() == 4  # both feeds' items point at them


def test_a_feed_of_summaries_is_followed_to_the_full_articles(site, httpserver):
    feed = Feed.objects.create(url=site["summaries"])
    result = poll(feed)
    assert (result.new, result.failed) == (2, 1)
    assert set(requested(httpserver)) == {"/feeds/summaries.atom", "/jsonld.html", "/amp.html", "/paywall.html"}
    envoy = Article.objects.get(title='Envoy says talks with Pyongyang "not closed"')
    assert envoy.text.startswith("WASHINGTON — The US special envoy")  # the page's text, not the one-line summary
    assert envoy.published == datetime.date(2023, 5, 18)  # the feed's <published>, not <updated>
    convoy = Article.objects.get(title="Food aid convoy crosses into North at Dandong")
    assert convoy.published == datetime.date(2023, 9, 21)
    # The paywalled item is kept with its reason, nothing lost, and retried.
    failed = FeedItem.objects.get(article__isnull=True)
    assert "paywall" in failed.error and failed.attempts == 1
    assert failed.url == httpserver.url_for("/paywall.html")


def test_a_failing_item_is_retried_then_given_up(site, httpserver):
    feed = Feed.objects.create(url=site["summaries"])
    for _ in range(FEED_ITEM_ATTEMPTS + 2):
        poll(feed)
    failed = FeedItem.objects.get(article__isnull=True)
    assert failed.attempts == FEED_ITEM_ATTEMPTS
    assert requested(httpserver).count("/paywall.html") == FEED_ITEM_ATTEMPTS
    assert Article.objects.count() == 2


@pytest.mark.parametrize(
    "which, words",
    [
        ("malformed", "is not a valid RSS or Atom feed"),
        ("html", "is text/html, not a feed"),
        ("missing", "answered 404"),
    ],
)
def test_a_broken_feed_is_recorded_and_loses_nothing(site, which, words):
    feed = Feed.objects.create(url=site[which], items_imported=7)
    result = poll(feed)
    assert words in result.error
    feed.refresh_from_db()
    assert words in feed.last_error and feed.items_imported == 7 and feed.polls == 1
    assert not Article.objects.exists()


def test_an_unreachable_feed(allow_local_fetch):
    feed = Feed.objects.create(url="http://127.0.0.1:8169/feed.rss")  # nothing listens there
    assert "could not be reached" in poll(feed).error


def test_a_feed_on_a_private_address_is_refused_by_default(httpserver):
    httpserver.expect_request("/feed.rss").respond_with_data("<rss/>", content_type="application/rss+xml")
    feed = Feed.objects.create(url=httpserver.url_for("/feed.rss"))
    assert "private or local network address" in poll(feed).error
    assert httpserver.log == []


def test_an_item_linking_to_a_private_address_is_refused(httpserver, monkeypatch):
    original = feeds_module.fetch.__globals__["address_is_public"]
    from timeline import fetching

    loopback = ipaddress.ip_address("127.0.0.1")
    monkeypatch.setattr(fetching, "address_is_public", lambda a: a == loopback or original(a))
    body = (PAGES / "feeds" / "summaries.atom").read_text().replace('href="../', 'href="http://169.254.169.254/')
    httpserver.expect_request("/feed.atom").respond_with_data(body, content_type="application/atom+xml")
    result = poll(Feed.objects.create(url=httpserver.url_for("/feed.atom")))
    assert result.failed == 3 and result.new == 0
    assert all("private or local network" in e for e in FeedItem.objects.values_list("error", flat=True))


def test_only_due_and_unpaused_feeds_are_polled(site):
    now = timezone.now()
    due = Feed.objects.create(url=site["full"], interval=60, last_polled=now - datetime.timedelta(minutes=61))
    Feed.objects.create(url=site["summaries"], interval=60, last_polled=now - datetime.timedelta(minutes=30))
    Feed.objects.create(url=site["malformed"], paused=True)
    assert [feed.pk for feed, _ in poll_due(now)] == [due.pk]


@pytest.fixture
def run_worker(monkeypatch):
    """Run django-tasks' worker until no job is ready. Inside a test's
    transaction its close_old_connections() would close the connection
    (autocommit is off there), so it is a no-op here."""
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run(*args):
        call_command(
            "db_worker", "--batch", "--no-startup-delay", "--no-reload", *args, stdout=StringIO(), stderr=StringIO()
        )

    return run


def queued_polls():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(status="READY", task_path=feeds_module.poll_feed_job.module_path)


def test_the_job_polls_then_schedules_the_next_poll(site, run_worker):
    from django_tasks_db.models import DBTaskResult

    feed = Feed.objects.create(url=site["full"], interval=180)
    schedule(feed, at=timezone.now())
    run_worker()
    feed.refresh_from_db()
    assert feed.items_imported == 2 and feed.polls == 1
    pending = DBTaskResult.objects.get(status="READY")
    assert pending.run_after == feed.next_poll_at
    assert feed.next_poll_at - feed.last_polled == datetime.timedelta(minutes=180)
    assert str(pending.id) == feed.next_poll_job


def test_a_superseded_or_paused_job_does_nothing(site, run_worker):
    feed = Feed.objects.create(url=site["full"])
    schedule(feed, at=timezone.now())
    schedule(feed, at=timezone.now())  # e.g. resumed twice: the queued poll is moved, not queued again
    assert queued_polls().count() == 1
    run_worker()
    feed.refresh_from_db()
    assert feed.polls == 1

    feed.paused = True
    feed.save()
    schedule(feed)
    assert feed.next_poll_job == "" and feed.next_poll_at is None
    assert not queued_polls().exists()


class Killed(BaseException):
    """The worker process dying: nothing after it runs, not even db_worker
    marking the job's row finished."""


def test_a_poll_killed_midway_goes_on_when_the_worker_restarts(site, run_worker, monkeypatch):
    """A poll job enqueued the feed's next poll only once it had polled: a
    worker killed mid-poll left the feed with no poll queued, and restarting
    the worker (which marks the lost job failed) never polled it again."""
    import socket
    import subprocess
    import sys

    from django_tasks_db.models import DBTaskResult

    from timeline.extraction import extract_events

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    feed = Feed.objects.create(url=site["full"], interval=60)
    schedule(feed, at=timezone.now())
    lost_job = feed.next_poll_job
    save_item = FeedItem.save

    def killed_once_the_article_is_stored(item, *args, **kwargs):
        if item.article_id:  # the worst moment: the article is stored, its item does not know it
            raise Killed
        return save_item(item, *args, **kwargs)

    def the_process_is_gone(row, error):
        raise error

    with monkeypatch.context() as kill:
        kill.setattr(FeedItem, "save", killed_once_the_article_is_stored)
        kill.setattr(DBTaskResult, "set_failed", the_process_is_gone)
        with pytest.raises(Killed):
            run_worker("--worker-id", f"{socket.gethostname()[:40]}:{gone.pid}")  # as bin/worker names it
    assert DBTaskResult.objects.get(pk=lost_job).status == "RUNNING"
    assert Article.objects.count() == 1

    call_command("resume_imports", stdout=StringIO())  # what bin/worker does first
    assert DBTaskResult.objects.get(pk=lost_job).status == "FAILED"
    run_worker()
    feed.refresh_from_db()
    assert feed.polls == 1 and feed.last_error == ""
    # The poll went on where it stopped, and imported nothing twice.
    assert Article.objects.count() == 2
    assert not FeedItem.objects.filter(article=None).exists()
    for article in Article.objects.all():
        assert article.mentions.count() == len(extract_events(article.text, published=article.published))
    # And the feed's next poll is queued, once.
    pending = queued_polls().get()
    assert str(pending.id) == feed.next_poll_job
    assert pending.run_after == feed.next_poll_at == feed.last_polled + datetime.timedelta(minutes=60)


def test_a_worker_starting_queues_a_poll_for_a_feed_left_with_none(site):
    """Feeds stranded by a poll lost before the fix above (their pending job
    failed, nothing queued) are polled again once a worker starts."""
    from django_tasks_db.models import DBTaskResult

    stranded = Feed.objects.create(url=site["full"], interval=60)
    schedule(stranded, at=timezone.now())
    DBTaskResult.objects.filter(pk=stranded.next_poll_job).update(status="FAILED")
    queued = Feed.objects.create(url=site["summaries"], interval=60)
    schedule(queued, at=timezone.now() + datetime.timedelta(minutes=5))
    Feed.objects.create(url=site["malformed"], paused=True)
    out = StringIO()
    call_command("resume_imports", stdout=out)  # bin/worker
    call_command("resume_imports", stdout=out)  # and a second worker
    assert out.getvalue().count("Queued the lost poll of feed") == 1
    assert sorted(queued_polls().values_list("args_kwargs__args", flat=True)) == [[stranded.pk], [queued.pk]]


def test_a_poll_that_fails_still_leaves_the_next_one_queued(site, run_worker, monkeypatch):
    """An unexpected error in a poll (a locked database, a parser bug) ended
    the job before it enqueued the next poll: the feed was never polled again."""
    feed = Feed.objects.create(url=site["full"], interval=60)
    schedule(feed, at=timezone.now())
    started = timezone.now()

    def broken(url):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(feeds_module, "read_feed", broken)
    run_worker()
    feed.refresh_from_db()
    pending = queued_polls().get()
    assert str(pending.id) == feed.next_poll_job
    assert pending.run_after >= started + datetime.timedelta(minutes=60)


def test_poll_feeds_command(site):
    Feed.objects.create(url=site["full"])
    out = StringIO()
    call_command("poll_feeds", stdout=out)
    assert "Harbor Wire — Asia: 2 new article(s), 0 already known" in out.getvalue()
    out = StringIO()
    call_command("poll_feeds", stdout=out)
    assert "No feed is due." in out.getvalue()
    call_command("poll_feeds", "--all", stdout=out)
    assert "0 new article(s), 2 already known" in out.getvalue()


def test_poll_feeds_command_fails_when_a_feed_does(site):
    Feed.objects.create(url=site["full"])
    Feed.objects.create(url=site["malformed"])
    err = StringIO()
    with pytest.raises(CommandError, match="1 of 2 feed"):
        call_command("poll_feeds", stdout=StringIO(), stderr=err)
    assert "not a valid RSS or Atom feed" in err.getvalue()
    assert Article.objects.count() == 2  # the good feed was still polled


# --- the feeds page --------------------------------------------------------------------------

def test_feeds_page_needs_the_import_permission(client, django_user_model):
    assert client.get(reverse("timeline:feed_list")).status_code == 302
    client.force_login(django_user_model.objects.create_user("reader", password="x-reader-123"))
    assert client.get(reverse("timeline:feed_list")).status_code == 403
    assert client.post(reverse("timeline:feed_list"), {"url": "https://a.example/feed", "interval": 60}).status_code == 403


def test_subscribe_polls_at_once_and_shows_the_feed(editor_client, site):
    response = editor_client.post(reverse("timeline:feed_list"), {"url": site["full"], "interval": 60}, follow=True)
    feed = Feed.objects.get()
    assert feed.title == "Harbor Wire — Asia" and feed.interval == 60 and feed.created_by is not None
    assert any("2 new article(s) imported; their events wait for review" in t
               for t in texts(response, ".messages[role=status] li"))
    shown = element(response, f"article[aria-labelledby=feed-{feed.pk}]")
    assert text(element(shown, "h3")) == "Harbor Wire — Asia"
    assert "North fires two cruise missiles off west coast" in texts(shown, ".feed-items li a")
    assert terms(shown, ".feed-facts")["Polled"] == "every hour"
    assert "Pause “Harbor Wire — Asia”" in texts(shown, "form button")
    assert feed.next_poll_at is not None


@pytest.mark.parametrize("which, words", [("malformed", "not a valid RSS or Atom feed"), ("html", "not a feed")])
def test_subscribing_to_something_that_is_not_a_feed_stores_nothing(editor_client, site, which, words):
    response = editor_client.post(reverse("timeline:feed_list"), {"url": site[which], "interval": 60})
    assert response.status_code == 200
    assert any(words in t for t in texts(response, "input[name=url] ~ [role=alert]"))
    assert element(response, "input[name=url]").value == site[which]
    assert not Feed.objects.exists()


def test_subscribing_twice(editor_client, site):
    Feed.objects.create(url=site["full"])
    response = editor_client.post(reverse("timeline:feed_list"), {"url": site["full"], "interval": 60})
    assert "You already subscribe to this feed." in texts(response, "input[name=url] ~ [role=alert]")


def test_pause_resume_and_poll_now(editor_client, site):
    feed = Feed.objects.create(url=site["summaries"], title="Eastern Ledger: Korea")
    editor_client.post(reverse("timeline:feed_pause", args=[feed.pk]))
    feed.refresh_from_db()
    assert feed.paused and feed.next_poll_job == ""
    shown = element(editor_client.get(reverse("timeline:feed_list")), f"article[aria-labelledby=feed-{feed.pk}]")
    assert texts(shown, "h3 .badge") == ["Paused"]
    assert "Resume “Eastern Ledger: Korea”" in texts(shown, "form button")

    editor_client.post(reverse("timeline:feed_pause", args=[feed.pk]))
    feed.refresh_from_db()
    assert not feed.paused and feed.next_poll_job

    response = editor_client.post(reverse("timeline:feed_poll", args=[feed.pk]), follow=True)
    message = " ".join(texts(response, ".messages[role=status] li"))
    assert "2 new article(s) imported" in message and "1 item(s) could not be imported" in message
    failures = texts(response, f"article[aria-labelledby=feed-{feed.pk}] .feed-items .error")
    assert len(failures) == 1 and failures[0].startswith("not imported:") and "paywall" in failures[0]
    assert editor_client.get(reverse("timeline:feed_poll", args=[feed.pk])).status_code == 405


def test_the_page_shows_the_last_error(editor_client, site):
    feed = Feed.objects.create(url=site["malformed"], title="Broken")
    poll(feed)
    shown = element(editor_client.get(reverse("timeline:feed_list")), f"article[aria-labelledby=feed-{feed.pk}]")
    error = text(element(shown, "[role=alert]"))
    assert error.startswith("The last poll failed:") and "not a valid RSS or Atom feed" in error


def test_subscribe_feed_command(site):
    out = StringIO()
    call_command("subscribe_feed", site["summaries"], "--interval", "180", stdout=out)
    feed = Feed.objects.get()
    assert (feed.title, feed.interval) == ("Eastern Ledger: Korea", 180)
    assert "Subscribed to Eastern Ledger: Korea" in out.getvalue()
    assert "2 new article(s) imported for review; 1 item(s) could not be imported" in out.getvalue()
    with pytest.raises(CommandError, match="Already subscribed"):
        call_command("subscribe_feed", site["summaries"], stdout=StringIO())


def test_subscribe_feed_command_refuses_what_is_not_a_feed(site):
    with pytest.raises(CommandError, match="not a valid RSS or Atom feed"):
        call_command("subscribe_feed", site["malformed"], stdout=StringIO())
    assert not Feed.objects.exists()
