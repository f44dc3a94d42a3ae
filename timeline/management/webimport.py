"""Articles from the web for `manage.py import_articles`: a URL, a saved
page or HTML in a JSON Lines field, each turned into the same record fields
(origin, title, published, text, url, source) the command already takes.
Failures are CommandErrors naming the input, so the all-or-nothing import
stops before writing anything."""
import datetime
from pathlib import Path

from django.core.management.base import CommandError

from timeline.htmlpages import FetchError, NotAnArticle, extract_article, fetch_article


def is_web_address(name):
    return name.lower().startswith(("http://", "https://"))


def is_html_path(name):
    return name.lower().endswith((".html", ".htm", ".xhtml"))


def read_url_list(name):
    """(origin, url) for each URL in a file of URLs."""
    path = Path(name)
    if not path.is_file():
        raise CommandError(f"{name}: no such file.")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise CommandError(f"{name}: not UTF-8 text.") from None
    for number, line in enumerate(lines, start=1):
        url = line.strip()
        if not url or url.startswith("#"):  # a comment line; a URL may hold a #fragment
            continue
        if not is_web_address(url):
            raise CommandError(f"{name}:{number}: {url!r} is not an http or https address.")
        yield f"{name}:{number}", url


def _fields(page, origin, *, title="", published=None, source="", url=""):
    published = published or page.published
    if published is None:
        raise CommandError(f"{origin}: no publication date found in the page; pass --published YYYY-MM-DD.")
    return {
        "origin": origin,
        "title": title or page.title,
        "published": published,
        "text": page.text,
        "url": url or page.url,
        "source": source or page.source,
    }


def record_from_url(url, origin, published=None):
    """The record for the article at `url`; the page's own date wins over
    --published, which only fills in for a page without one."""
    try:
        page = fetch_article(url)
    except (FetchError, NotAnArticle) as error:
        raise CommandError(f"{origin}: {error}") from None
    return _fields(page, origin, published=page.published or published)


def record_from_html(html, origin, *, published=None, url=""):
    try:
        page = extract_article(html, url=url)
    except NotAnArticle as error:
        raise CommandError(f"{origin}: {error}") from None
    return _fields(page, origin, published=page.published or published, url=url)


def record_from_jsonl_html(item, origin):
    """A JSON Lines object carrying the page's HTML in "html": its other
    fields (title, published, url, source) win over what the page says."""
    published = None
    if item.get("published"):
        try:
            published = datetime.date.fromisoformat(str(item["published"]))
        except ValueError:
            raise CommandError(f"{origin}: publication date {item['published']!r} is not YYYY-MM-DD.") from None
    url = str(item.get("url") or "")
    try:
        page = extract_article(str(item["html"]), url=url)
    except NotAnArticle as error:
        raise CommandError(f"{origin}: {error}") from None
    return _fields(
        page, origin, title=str(item.get("title") or ""), published=published, source=str(item.get("source") or ""),
        url=url,
    )
