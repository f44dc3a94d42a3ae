"""`manage.py import_articles` with URLs, a file of URLs, saved pages and
HTML inside JSON Lines. Pages come from the local test server."""
import datetime
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from timeline.models import Article

PAGES = Path(__file__).parent / "pages"
pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("import_articles", *args, stdout=out)
    return out.getvalue()


def serve(httpserver, name, path):
    httpserver.expect_request(path).respond_with_data((PAGES / name).read_bytes(), content_type="text/html")
    return httpserver.url_for(path)


def test_urls_and_a_file_of_urls(httpserver, allow_local_fetch, tmp_path):
    first = serve(httpserver, "og-meta.html", "/world/bombers")
    second = serve(httpserver, "jsonld.html", "/news/envoy")
    third = serve(httpserver, "2023/03/14/launch-wakes-coastal-towns.html", "/2023/03/14/launch-wakes-coastal-towns")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# the week's stories\n{second}\n\n{third}\n")
    out = run(first, "--urls", str(listing))
    assert "Imported 3 article(s)" in out
    articles = {a.url: a for a in Article.objects.all()}
    assert articles[first].published == datetime.date(2023, 4, 6) and articles[first].source == "Harbor Wire"
    assert articles[second].title == 'Envoy says talks with Pyongyang "not closed"'
    assert articles[third].published == datetime.date(2023, 3, 14)  # from the URL
    assert "already imported" in run(first)  # twice imports nothing new
    assert Article.objects.count() == 3


def test_one_failing_url_imports_nothing(httpserver, allow_local_fetch):
    good = serve(httpserver, "og-meta.html", "/good")
    httpserver.expect_request("/missing").respond_with_data("gone", status=404)
    with pytest.raises(CommandError, match=r"/missing: The server answered 404"):
        run(good, httpserver.url_for("/missing"))
    assert not Article.objects.exists()


def test_urls_are_refused_on_local_addresses_by_default(httpserver):
    url = serve(httpserver, "og-meta.html", "/x")
    with pytest.raises(CommandError, match="private or local network address"):
        run(url)
    assert httpserver.log == []


def test_a_page_without_a_date_needs_published(httpserver, allow_local_fetch):
    url = serve(httpserver, "no-date.html", "/explainer")
    with pytest.raises(CommandError, match="no publication date found in the page; pass --published"):
        run(url)
    run(url, "--published", "2023-08-01")
    assert Article.objects.get().published == datetime.date(2023, 8, 1)


def test_a_saved_page(tmp_path):
    page = tmp_path / "saved.html"
    page.write_bytes((PAGES / "time-element.html").read_bytes())
    run(str(page))
    article = Article.objects.get()
    assert article.title == "UN panel says sanctions evasion grew last year"
    assert article.published == datetime.date(2023, 2, 10)


def test_html_inside_json_lines(tmp_path):
    lines = [
        {"html": (PAGES / "dateline.html").read_text(), "url": "https://harborwire.example/asia/warning-data"},
        {"html": (PAGES / "no-date.html").read_text(), "published": "2023-08-01", "source": "Harbor Wire",
         "title": "Sanctions explained"},
        {"title": "Plain", "published": "2023-04-06", "text": "North Korea fired a missile on Thursday."},
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines))
    assert "Imported 3 article(s)" in run(str(path))
    dateline = Article.objects.get(url="https://harborwire.example/asia/warning-data")
    assert dateline.published == datetime.date(2023, 6, 2)
    explainer = Article.objects.get(title="Sanctions explained")
    assert explainer.published == datetime.date(2023, 8, 1) and explainer.source == "Harbor Wire"


def test_html_in_json_lines_that_is_not_an_article(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"html": (PAGES / "paywall.html").read_text()}) + "\n")
    with pytest.raises(CommandError, match=r"pages.jsonl:1: .*paywall"):
        run(str(path))


def test_a_file_of_urls_with_something_else_in_it(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text("https://a.invalid/one\nftp://b.example/two\n")
    with pytest.raises(CommandError, match=r"urls.txt:2: 'ftp://b.example/two' is not an http or https address"):
        run("--urls", str(path))


def test_nothing_to_import():
    with pytest.raises(CommandError, match="Name the .txt, .jsonl or .html files or the URLs to import, --urls FILE"):
        run()
