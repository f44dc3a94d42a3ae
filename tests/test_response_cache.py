"""Whole responses cached for readers without a session (timeline/response_cache.py)."""
import datetime
import time

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory
from dom import element, elements, parse, texts

from timeline.models import Category, Event
from timeline.response_cache import response_cache_middleware, response_key

MARCH = {"date_from": "March 2023", "date_to": "March 2023"}


@pytest.fixture
def launches(db):
    launch = Category.objects.get(slug="missile-launch")
    return [
        Event.objects.create(title=f"Launch {day}", date=datetime.date(2023, 3, day), category=launch)
        for day in (2, 9, 16)
    ]


READS = [
    ("/", {}, {}),
    ("/", {"category": "missile-launch"}, {"HTTP_HX_REQUEST": "true"}),
    ("/count/", MARCH, {"HTTP_HX_REQUEST": "true"}),
    ("/facets/", MARCH, {"HTTP_HX_REQUEST": "true"}),
    ("/overview/", MARCH, {"HTTP_HX_REQUEST": "true"}),
    ("/export/csv/", MARCH, {}),
    ("/export/ics/", MARCH, {}),
    ("/feed/", {"category": "missile-launch"}, {}),
    ("/articles/", {}, {}),
]


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize(("path", "query", "headers"), READS)
def test_a_repeated_read_is_one_query_and_the_same_bytes(client, launches, path, query, headers,
                                                        django_assert_num_queries):
    first = client.get(path, query, **headers)
    # Read to the end: an export streams its rows, and is stored once the
    # last one is sent (reading it after the second request let the second
    # render it anew, its queries made while it streamed, outside this block).
    first_body = body(first)
    with django_assert_num_queries(1):  # the data version, then the cache
        again = client.get(path, query, **headers)
        again_body = body(again)
    assert again.status_code == first.status_code == 200
    assert again_body == first_body and again["Content-Type"] == first["Content-Type"]


@pytest.mark.parametrize(("path", "query", "headers"), READS[:-1])
def test_a_write_shows_at_once(client, launches, path, query, headers):
    before = body(client.get(path, query, **headers))
    Event.objects.create(title="Launch 23", date=datetime.date(2023, 3, 23), category=launches[0].category)
    after = body(client.get(path, query, **headers))
    assert after != before
    if path in ("/", "/export/csv/", "/feed/"):
        assert b"Launch 23" in after


def test_an_event_page_follows_its_event(client, launches):
    url = launches[0].get_absolute_url()
    assert "Launch 2" in client.get(url).content.decode()
    launches[0].title = "Launch two"
    launches[0].save()
    assert "Launch two" in client.get(url).content.decode()


def test_a_page_and_its_htmx_fragment_are_kept_apart(client, launches):
    page = client.get("/")
    fragment = client.get("/", HTTP_HX_REQUEST="true")
    assert not elements(parse(fragment), "main") and elements(parse(client.get("/")), "main")
    assert "HX-Request" in page["Vary"] and "HX-Request" in fragment["Vary"]
    # The link that triggered htmx's request (the pager moves the focus) is in the key too.
    pager = client.get("/", HTTP_HX_REQUEST="true", HTTP_HX_TRIGGER="pager-next")
    assert pager.content != fragment.content


@pytest.mark.parametrize("url", ["/", "/?category=missile-launch"])
def test_readers_and_editors_never_see_each_others_pages(client, editor, launches, url):
    anonymous = client.get(url).content.decode()
    client.force_login(editor)
    mine = client.get(url)
    # The editor's page is theirs: their name, their CSRF token, not the cached page.
    assert texts(mine, ".account-name") == ["editor"] and element(parse(mine), "body").get("hx-headers")
    assert mine.content.decode() != anonymous
    client.logout()
    again = client.get(url).content.decode()
    assert "editor" not in again and "csrfmiddlewaretoken" not in again and "X-CSRFToken" not in again


def test_a_signed_in_page_is_never_stored(client, editor, launches):
    client.force_login(editor)
    for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
        client.get("/", **headers)
        assert cache.get(response_key(RequestFactory().get("/", **headers))) is None


def response_for(request, response):
    return response_cache_middleware(lambda request: response)(request)


def test_a_response_setting_a_cookie_is_never_stored(db):
    """A page holding a CSRF token sets the CSRF cookie: one browser's token
    must never be handed to another."""
    request = RequestFactory().get("/")
    token_page = HttpResponse("<input name=csrfmiddlewaretoken value=secret>")
    token_page.set_cookie("csrftoken", "secret")
    response_for(request, token_page)
    key = response_key(RequestFactory().get("/"))
    assert key is not None and cache.get(key) is None
    plain = HttpResponse("list")
    response_for(RequestFactory().get("/"), plain)
    assert cache.get(key)[0] == b"list"


def test_requests_with_a_session_or_on_a_private_site_bypass_the_cache(db, settings):
    factory = RequestFactory()
    assert response_key(factory.get("/")) is not None
    with_session = factory.get("/")
    with_session.COOKIES[settings.SESSION_COOKIE_NAME] = "abc"
    assert response_key(with_session) is None
    assert response_key(factory.post("/")) is None
    assert response_key(factory.get("/events/new/")) is None  # not a reading view
    assert response_key(factory.get("/no/such/page/")) is None
    settings.TIMELINE_PUBLIC = False
    assert response_key(factory.get("/")) is None
    settings.TIMELINE_PUBLIC = True
    settings.TIMELINE_FRAGMENT_CACHE = False
    assert response_key(factory.get("/")) is None


def test_the_host_is_part_of_the_key(db, settings):
    """Exports and the feed carry absolute links."""
    settings.ALLOWED_HOSTS = ["a.example", "b.example"]
    factory = RequestFactory()
    assert response_key(factory.get("/feed/", HTTP_HOST="a.example")) != response_key(
        factory.get("/feed/", HTTP_HOST="b.example")
    )


def test_an_interrupted_export_is_not_stored(client, launches):
    # The key first: on PostgreSQL, closing the export halfway through its
    # server-side cursor leaves the test's connection unusable.
    key = response_key(RequestFactory().get("/export/csv/", MARCH))
    response = client.get("/export/csv/", MARCH)
    next(iter(response.streaming_content))  # the client leaves after the first chunk
    response.close()
    assert cache.get(key) is None


# A bulk import's renewals (response_cache.page_before_renewal): readers
# without a session are given the page of the version just before a bulk
# batch's bump while one request renders the new one after its response.

REPORTS = [
    {"title": f"Report {n}", "published": "2023-05-02",
     "text": f"Inspectors visited reactor {n} on Monday, the agency said."}
    for n in range(1, 5)
]


@pytest.fixture
def bulk_run(db, monkeypatch, settings):
    """A run of four batches of one article, each batch's bump due (the
    window, 10 s, passed by the test's clock between batches), its
    on_commit callbacks run as a real commit would."""
    from django.utils import timezone

    from timeline import jobs
    from timeline.models import ImportRun

    monkeypatch.setattr(jobs, "EXTRACT_AHEAD", False)
    monkeypatch.setattr(jobs, "BATCH_SIZE", 1)
    settings.TIMELINE_BULK_VERSION_SECONDS = 10
    clock = [datetime.datetime(2026, 12, 4, 9, 0, tzinfo=datetime.UTC)]
    monkeypatch.setattr(timezone, "now", lambda: clock[0])
    run = jobs.create_import_run([(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(REPORTS)],
                                 label="input")

    def next_batch():
        from django.test import TestCase

        clock[0] += datetime.timedelta(seconds=11)
        with TestCase.captureOnCommitCallbacks(execute=True):
            return jobs.process_batch(ImportRun.objects.get(pk=run.pk))

    return next_batch


def test_after_a_bulk_renewal_a_reader_gets_the_page_before_and_the_next_the_new_one(client, bulk_run):
    bulk_run()
    before = client.get("/articles/").content
    assert b"Report 1" in before
    assert bulk_run()["version_bumped"]  # not the run's last batch
    # The first reader after the bump is given the page before (no render
    # on their time); the new one is rendered once it has been sent.
    assert client.get("/articles/").content == before
    after = client.get("/articles/").content
    assert b"Report 2" in after and after != before


def test_a_page_not_cached_before_the_renewal_is_rendered_at_once(client, bulk_run):
    bulk_run()
    client.get("/articles/")
    bulk_run()
    assert b"Report 2" in client.get("/articles/", {"page": "1"}).content


def test_a_persons_edit_after_a_bulk_renewal_shows_at_once(client, bulk_run):
    from timeline.models import Article

    bulk_run()
    client.get("/articles/")
    bulk_run()
    Article.objects.filter(title="Report 1").update(title="Report one")  # a trigger bumps the version
    page = client.get("/articles/").content
    assert b"Report one" in page and b"Report 2" in page


def test_a_runs_last_batch_shows_at_once(client, bulk_run):
    bulk_run()
    bulk_run()
    bulk_run()
    client.get("/articles/")
    assert bulk_run()["version_bumped"]  # the last batch
    assert b"Report 4" in client.get("/articles/").content


def test_a_signed_in_reader_gets_the_new_page_at_once(client, editor, bulk_run):
    bulk_run()
    client.get("/articles/")
    bulk_run()
    client.force_login(editor)
    assert b"Report 2" in client.get("/articles/").content


def test_the_page_before_is_given_for_the_window_only(client, bulk_run, settings):
    bulk_run()
    client.get("/articles/")
    settings.TIMELINE_BULK_VERSION_SECONDS = 0.3  # the note's lifetime, in real time
    bulk_run()
    time.sleep(0.4)
    assert b"Report 2" in client.get("/articles/").content


def test_a_rolled_back_batch_leaves_no_renewal(bulk_run, monkeypatch):
    """A bump that does not commit leaves no note: its number is given again
    to the next write, which may be a person's."""
    from timeline.models import ImportRun
    from timeline.response_cache import BULK_RENEWAL_KEY

    bulk_run()
    cache.delete(BULK_RENEWAL_KEY)

    def fails(self, *args, **kwargs):
        raise ValueError("the batch fails after its bump")

    monkeypatch.setattr(ImportRun, "save", fails)
    with pytest.raises(ValueError):
        bulk_run()
    assert cache.get(BULK_RENEWAL_KEY) is None


def sent(response):
    """What a server does once it has sent the response, as the test client
    does it (the test's database connection kept open)."""
    from django.core.signals import request_finished
    from django.db import close_old_connections

    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


def test_one_request_renders_the_new_page_the_others_get_the_page_before(db, settings):
    from timeline.models import DataVersion
    from timeline.response_cache import renewed_in_bulk

    rendered = []

    def view(request):
        rendered.append(DataVersion.current())
        return HttpResponse(f"version {DataVersion.current()}")

    middleware = response_cache_middleware(view)
    middleware(RequestFactory().get("/"))
    DataVersion.bump()
    renewed_in_bulk(DataVersion.current())
    first, second = middleware(RequestFactory().get("/")), middleware(RequestFactory().get("/"))
    old = f"version {DataVersion.current() - 1}".encode()
    assert first.content == second.content == old and len(rendered) == 1
    sent(second)  # sent: its request renders the new page
    assert rendered[-1] == DataVersion.current() and len(rendered) == 2
    sent(first)  # the other reader renders nothing
    assert len(rendered) == 2
    assert middleware(RequestFactory().get("/")).content == f"version {DataVersion.current()}".encode()
    assert len(rendered) == 2
