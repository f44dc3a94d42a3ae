"""Reading an article out of a page's HTML, on the pages in tests/pages
(written for these tests in the forms real news sites use)."""
import datetime
import json
from pathlib import Path

import pytest

from timeline.htmlpages import NotAnArticle, extract_article, url_date

PAGES = Path(__file__).parent / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text())
ARTICLES = [name for name, e in EXPECTED.items() if "error" not in e]


@pytest.mark.parametrize("name", ARTICLES)
def test_title_date_and_where_the_date_was_found(name):
    expected = EXPECTED[name]
    page = extract_article((PAGES / name).read_text(), url=f"https://news.example/{name}")
    assert page.title == expected["title"]
    want = expected["published"] and datetime.date.fromisoformat(expected["published"])
    assert page.published == want
    if "from" in expected:
        assert page.published_from == expected["from"]
    for key in ("source", "author"):
        if key in expected:
            assert getattr(page, key) == expected[key]
    assert len(page.text) > 400
    assert not page.text.startswith(page.title)  # the headline is not repeated as the first line


def test_the_text_is_the_article_without_navigation_or_sidebars():
    page = extract_article((PAGES / "og-meta.html").read_text(), url="https://harborwire.example/x")
    assert page.text.startswith("Two US B-52 bombers flew over the Korean peninsula on Wednesday")
    assert "Most read" not in page.text and "Markets slip" not in page.text and "Business" not in page.text
    assert page.text.rstrip().endswith("They are due to end next week.")


def test_modified_and_copyright_dates_do_not_win_over_the_published_one():
    page = extract_article((PAGES / "modified-trap.html").read_text())
    assert page.published == datetime.date(2023, 10, 12)


def test_a_page_without_a_date_says_so():
    page = extract_article((PAGES / "no-date.html").read_text(), url="https://harborwire.example/explainers/sanctions")
    assert page.published is None and page.published_from == ""


@pytest.mark.parametrize(
    "name, words",
    [("not-an-article.html", "does not look like an article"), ("paywall.html", "behind a paywall")],
)
def test_pages_that_are_not_articles_are_refused_with_a_reason(name, words):
    with pytest.raises(NotAnArticle, match=words):
        extract_article((PAGES / name).read_text(), url=f"https://news.example/{name}")


@pytest.mark.parametrize("html", ["", "   ", b"\x00\x01"])
def test_empty_or_binary_input_is_not_an_article(html):
    with pytest.raises(NotAnArticle):
        extract_article(html)


@pytest.mark.parametrize(
    "url, day",
    [
        ("https://a.example/2023/03/14/story", datetime.date(2023, 3, 14)),
        ("https://a.example/news/2023-08-15-ferry-strike.html", datetime.date(2023, 8, 15)),
        ("https://a.example/2023/02/31/story", None),
        ("https://a.example/story-12345", None),
    ],
)
def test_dates_in_urls(url, day):
    assert url_date(url) == day
