"""Import by URL and from a saved web page, through the import form.
Pages come from the local test server (pytest-httpserver on 127.0.0.1)."""
import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from dom import element, text, texts
from review import review_data

from timeline.models import Article

PAGES = Path(__file__).parent / "pages"
pytestmark = pytest.mark.django_db


def serve(httpserver, name, path=None, **kwargs):
    path = path or f"/{name}"
    kwargs.setdefault("content_type", "text/html; charset=utf-8")
    httpserver.expect_request(path).respond_with_data((PAGES / name).read_bytes(), **kwargs)
    return httpserver.url_for(path)


def fetch_post(client, url):
    return client.post(reverse("timeline:article_import"), {"fetch_url": url})




def test_import_by_url_reviews_the_page_then_saves(editor_client, editor, httpserver, allow_local_fetch):
    url = serve(httpserver, "og-meta.html", "/world/bombers-fly-over-peninsula")
    response = fetch_post(editor_client, url)
    assert response.status_code == 200
    assert response.templates[0].name == "timeline/article_review.html"
    assert text(element(response, "h1")) == "Review the events in “Bombers fly over peninsula as allies open spring drills”"
    assert text(element(response, "#published-from strong")) == "meta article:published_time"  # where the date was found
    published = element(response, "input[name=published]")  # shown, editable
    assert (published.get("type"), published.value) == ("date", "2023-04-06")
    assert not Article.objects.exists()  # nothing stored before review

    response = editor_client.post(reverse("timeline:article_review"), review_data(response))
    article = Article.objects.get()
    assert response.status_code == 302 and response.url == article.get_absolute_url()
    assert (article.title, article.source, article.url) == (
        "Bombers fly over peninsula as allies open spring drills", "Harbor Wire", url
    )
    assert article.published == datetime.date(2023, 4, 6)
    assert article.text.startswith("Two US B-52 bombers flew over the Korean peninsula on Wednesday")
    # "on Wednesday" resolved against the publication date found in the page
    assert article.mentions.filter(event__date=datetime.date(2023, 4, 5)).exists()
    assert set(article.mentions.values_list("event__status", flat=True)) == {"proposed"}


def test_local_addresses_are_refused_unless_the_setting_allows_them(editor_client, httpserver, settings):
    assert settings.TIMELINE_FETCH_ALLOW_PRIVATE is False
    url = serve(httpserver, "og-meta.html")
    response = fetch_post(editor_client, url)
    assert any("private or local network address" in t for t in texts(response, "[role=alert]"))
    assert element(response, "input[name=fetch_url]").value == url  # what was typed is kept
    assert httpserver.log == [] and not Article.objects.exists()


@pytest.mark.parametrize(
    "setup, words",
    [
        (lambda s: s.expect_request("/gone").respond_with_data("Not here", status=404), "answered 404"),
        (lambda s: s.expect_request("/gone").respond_with_data(b"%PDF-1.7", content_type="application/pdf"),
         "is application/pdf, not a web page"),
        (lambda s: s.expect_request("/gone").respond_with_data("", status=302, headers={"Location": "http://169.254.169.254/"}),
         "private or local network address"),
        (lambda s: s.expect_request("/gone").respond_with_data((PAGES / "not-an-article.html").read_bytes(), content_type="text/html"),
         "does not look like an article"),
        (lambda s: s.expect_request("/gone").respond_with_data((PAGES / "paywall.html").read_bytes(), content_type="text/html"),
         "behind a paywall"),
    ],
    ids=["404", "pdf", "redirect-to-metadata-address", "not-an-article", "paywall"],
)
def test_failures_say_why_and_keep_the_url(editor_client, httpserver, allow_local_fetch, monkeypatch, setup, words):
    import ipaddress

    from timeline import fetching

    # The redirect case needs the first hop to count as public.
    original = fetching.address_is_public
    monkeypatch.setattr(fetching, "address_is_public", lambda a: a == ipaddress.ip_address("127.0.0.1") or original(a))
    allow_local_fetch.TIMELINE_FETCH_ALLOW_PRIVATE = False
    setup(httpserver)
    url = httpserver.url_for("/gone")
    response = fetch_post(editor_client, url)
    assert response.status_code == 200
    assert any(words in t for t in texts(response, "[role=alert]"))
    assert element(response, "input[name=fetch_url]").value == url
    assert not Article.objects.exists()


def test_a_page_without_a_date_opens_the_form_filled_in(editor_client, httpserver, allow_local_fetch):
    url = serve(httpserver, "no-date.html", "/explainers/sanctions")
    response = fetch_post(editor_client, url)
    assert response.templates[0].name == "timeline/article_import.html"
    assert "No publication date was found on the page: type it." in texts(response, "[role=alert]")
    form = response.context["form"]
    assert form["title"].value() == "What the new sanctions cover"
    assert form["url"].value() == url and form["source"].value() == "Harbor Wire"
    assert form["text"].value().startswith("Posted 3 hours ago")
    assert not Article.objects.exists()


def test_an_article_already_imported_is_not_imported_again(editor_client, editor, httpserver, allow_local_fetch):
    url = serve(httpserver, "jsonld.html", "/news/envoy")
    editor_client.post(reverse("timeline:article_review"), review_data(fetch_post(editor_client, url)))
    assert Article.objects.count() == 1
    response = fetch_post(editor_client, url)
    assert any("already in the timeline" in t for t in texts(response, "[role=alert]"))
    assert Article.objects.count() == 1


def test_correcting_the_date_on_the_review_page_finds_the_events_again(editor_client, httpserver, allow_local_fetch):
    url = serve(httpserver, "og-meta.html")
    data = review_data(fetch_post(editor_client, url))
    wednesday = [k for k, v in data.items() if k.endswith("-date_text") and v == "5 April 2023"]
    assert wednesday
    data.update({"published": "2023-04-13", "refind": "1"})
    response = editor_client.post(reverse("timeline:article_review"), data)
    assert response.templates[0].name == "timeline/article_review.html"
    found = text(element(response, "#published-from"))
    assert found.startswith("Found in the page: meta article:published_time") and "you changed it" in found
    assert element(response, "input[name=published]").value == "2023-04-13"
    dates = [form["date_text"].value() for form in response.context["formset"]]
    assert "12 April 2023" in dates and "5 April 2023" not in dates
    assert not Article.objects.exists()


def test_upload_a_saved_web_page(editor_client, editor):
    upload = SimpleUploadedFile("seoul-tokyo.html", (PAGES / "dateline.html").read_bytes(), "text/html")
    response = editor_client.post(
        reverse("timeline:article_import"),
        {"title": "", "url": "", "source": "", "published": "", "text": "", "file": upload},
    )
    assert response.templates[0].name == "timeline/article_review.html", response.context["form"].errors
    assert text(element(response, "h1")) == "Review the events in “Seoul and Tokyo agree to share missile warning data”"
    assert text(element(response, "#published-from")) == "Found in the page: dateline."
    assert text(element(response, "#published-from strong")) == "dateline"
    data = review_data(response)
    assert data["published"] == datetime.date(2023, 6, 2)
    # Keep the first proposal only: the engine labels "since March" as
    # "March–June 2023", which its own date parser does not read back (engine lane).
    for key in [k for k in data if k.endswith("-keep") and k != "form-0-keep"]:
        del data[key]
    editor_client.post(reverse("timeline:article_review"), data)
    article = Article.objects.get()
    assert article.published == datetime.date(2023, 6, 2)
    assert article.text.startswith("SEOUL, June 2, 2023 (Harbor Wire)")


def test_typed_fields_win_over_the_saved_page(editor_client):
    upload = SimpleUploadedFile("page.html", (PAGES / "dateline.html").read_bytes(), "text/html")
    response = editor_client.post(
        reverse("timeline:article_import"),
        {"title": "My title", "url": "", "source": "", "published": "2023-06-03", "text": "", "file": upload},
    )
    data = review_data(response)
    assert data["title"] == "My title" and str(data["published"]) == "2023-06-03"
    assert text(element(response, "#published-from")) == "Given by you."


@pytest.mark.parametrize(
    "name, words",
    [("not-an-article.html", "does not look like an article"), ("no-date.html", "No publication date was found")],
)
def test_an_unusable_saved_page_says_why(editor_client, name, words):
    upload = SimpleUploadedFile(name, (PAGES / name).read_bytes(), "text/html")
    response = editor_client.post(
        reverse("timeline:article_import"), {"title": "", "published": "", "text": "", "file": upload}
    )
    assert response.templates[0].name == "timeline/article_import.html"
    assert any(words in t for t in texts(response, "[role=alert]"))
    assert not Article.objects.exists()


def test_saving_after_changing_the_date_without_finding_again_is_refused(editor_client, httpserver, allow_local_fetch):
    url = serve(httpserver, "og-meta.html")
    data = review_data(fetch_post(editor_client, url))
    data["form-0-title"] = "My edited title"
    data["published"] = "2023-04-13"
    response = editor_client.post(reverse("timeline:article_review"), data)
    assert response.templates[0].name == "timeline/article_review.html"
    assert any("The events below were dated from 6 April 2023" in t for t in texts(response, "[role=alert]"))
    assert response.context["formset"][0]["title"].value() == "My edited title"  # edits kept
    assert not Article.objects.exists()

    data["refind"] = "1"
    data = review_data(editor_client.post(reverse("timeline:article_review"), data))
    assert str(data["resolved_against"]) == "2023-04-13"
    editor_client.post(reverse("timeline:article_review"), data)
    assert Article.objects.get().published == datetime.date(2023, 4, 13)
