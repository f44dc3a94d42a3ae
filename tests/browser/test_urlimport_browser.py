"""Import by URL and subscribe to a feed in the browser, against pages and a
feed served by the local test server (pytest-httpserver on 127.0.0.1)."""
import datetime
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from timeline.models import Article, Feed

PAGES = Path(__file__).parent.parent / "pages"
pytestmark = pytest.mark.django_db(transaction=True)


def test_import_an_article_by_url(editor_page, live_server, httpserver, allow_local_fetch):
    httpserver.expect_request("/world/bombers-fly-over-peninsula").respond_with_data(
        (PAGES / "og-meta.html").read_bytes(), content_type="text/html; charset=utf-8"
    )
    url = httpserver.url_for("/world/bombers-fly-over-peninsula")
    page = editor_page
    page.goto(f"{live_server.url}/articles/new/")
    page.get_by_label("Article URL").fill(url)
    page.get_by_role("button", name="Fetch the article").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text(
        "Review the events in “Bombers fly over peninsula as allies open spring drills”"
    )
    expect(page.get_by_label("Publication date")).to_have_value("2023-04-06")
    expect(page.locator("#published-from")).to_contain_text("meta article:published_time")
    page.get_by_role("button", name="Save article and kept events").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Bombers fly over peninsula")
    article = Article.objects.get()
    assert (article.url, article.source, article.published) == (url, "Harbor Wire", datetime.date(2023, 4, 6))
    assert article.mentions.exists()


def test_a_refused_url_keeps_what_was_typed(editor_page, live_server, httpserver, allow_local_fetch):
    httpserver.expect_request("/gone").respond_with_data("Not found", status=404)
    page = editor_page
    page.goto(f"{live_server.url}/articles/new/")
    page.get_by_label("Article URL").fill(httpserver.url_for("/gone"))
    page.get_by_role("button", name="Fetch the article").click()
    expect(page.get_by_role("alert").first).to_contain_text("The server answered 404")
    expect(page.get_by_label("Article URL")).to_have_value(httpserver.url_for("/gone"))
    assert not Article.objects.exists()


def test_subscribe_to_a_feed_then_pause_it(editor_page, live_server, httpserver, allow_local_fetch):
    httpserver.expect_request("/asia/feed.rss").respond_with_data(
        (PAGES / "feeds" / "full.rss").read_bytes(), content_type="application/rss+xml"
    )
    page = editor_page
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Feeds").click()
    page.get_by_label("Feed URL").fill(httpserver.url_for("/asia/feed.rss"))
    page.get_by_label("Poll").select_option(label="Every 3 hours")
    page.get_by_role("button", name="Subscribe").click()

    expect(page.get_by_role("status")).to_contain_text("2 new article(s) imported; their events wait for review")
    expect(page.get_by_role("heading", name="Harbor Wire — Asia")).to_be_visible()
    page.get_by_text("Latest items").click()
    expect(page.get_by_role("link", name="North fires two cruise missiles off west coast")).to_be_visible()

    page.get_by_role("button", name="Pause “Harbor Wire — Asia”").click()
    expect(page.get_by_role("button", name="Resume “Harbor Wire — Asia”")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("Harbor Wire — Asia.*Paused"))).to_be_visible()
    feed = Feed.objects.get()
    assert feed.paused and feed.interval == 180 and Article.objects.count() == 2
