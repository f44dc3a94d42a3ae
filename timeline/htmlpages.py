"""An article's text and metadata from a web page's HTML.

trafilatura finds the main text, the title, the outlet and the author;
htmldate finds the publication date (its original-date mode, which prefers
"published" over "modified"). bench/publication_dates.py compares them, and
the extraction engine's own reading of the text (datelines, "Published"
lines), on the pages in tests/pages: see the figures there.

What the user is shown beside the date is where it was found: the page's
structured metadata ("meta article:published_time", "JSON-LD
datePublished", "time datePublished"), a line of the text ("dateline",
"“Published” line"), or the URL. The order of trust, measured on those pages:
structured metadata first, then a line of the visible text that states the
date (an "Updated ... First published ..." line is read right by the engine
and wrong by both libraries), then what htmldate guessed from the page or the
URL.
"""
import datetime
import json
import re
from dataclasses import dataclass

import htmldate
import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.utils import decode_file

from timeline.extraction.publication import find_publication
from timeline.fetching import HTML_TYPES, FetchError, fetch
from timeline.models import normalize_text

# Shorter main text than this is not an article: a page of links, an error
# page, a teaser behind a paywall.
MIN_ARTICLE_CHARS = 400
_PAYWALL = re.compile(
    r"subscribe to (?:continue|read)|to continue reading|already a subscriber|subscribers only|"
    r"sign in to (?:continue|read)|this article is for subscribers|create a free account to",
    re.IGNORECASE,
)

# Structured metadata that states a publication date, with the label shown.
_META_NAMES = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|\.|$)")
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


class NotAnArticle(ValueError):
    """The page holds no article text to import; str() says why."""


@dataclass(frozen=True)
class ArticlePage:
    title: str
    text: str
    source: str
    author: str
    url: str
    published: datetime.date | None
    published_from: str  # "meta article:published_time", "dateline", "URL", ... or ""


def _day_found(pattern, value):
    """The date whose year, month and day `pattern`'s groups find in
    `value`, or None (no match, or no such day)."""
    match = pattern.search(value or "")
    if not match:
        return None
    try:
        return datetime.date(*map(int, match.groups()))
    except ValueError:
        return None


def _iso_day(value):
    return _day_found(_ISO_DAY, value)


def structured_dates(tree):
    """(label, date) for each publication date the page's markup states."""
    found = []
    for meta in tree.iter("meta"):
        for attribute in ("property", "name", "itemprop"):
            key = (meta.get(attribute) or "").strip().lower()
            if key in _META_NAMES:
                day = _iso_day(meta.get("content"))
                if day:
                    found.append((f"meta {meta.get(attribute).strip()}", day))
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in _json_items(data):
            day = _iso_day(str(item.get("datePublished") or ""))
            if day:
                found.append(("JSON-LD datePublished", day))
    for element in tree.xpath("//*[@itemprop='datePublished']"):
        day = _iso_day(element.get("datetime") or element.get("content") or "")
        if day:
            found.append((f"{element.tag} datePublished", day))
    return found


def _json_items(data, depth=0):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _json_items(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _json_items(data[key], depth + 1)


def url_date(url):
    return _day_found(_URL_DATE, url)


def text_date(text):
    """(date, label) from a line of the article's text that states its date."""
    try:
        found = find_publication(text)
    except (ValueError, TypeError, RecursionError):
        return None
    if not found:
        return None
    day, (start, end) = found
    line = text[start:end]
    if re.search(r"\b(?:first|originally)\s+published\b|^\W*published\b", line, re.IGNORECASE):
        label = "“Published” line"
    elif re.match(r"^\W*(?:last\s+)?(?:updated|posted|modified)\b", line, re.IGNORECASE):
        label = "“Updated” line"
    elif re.search(r"[—–]|\s-\s|\(\w+", line):
        label = "dateline"
    else:
        label = "date at the top of the text"
    return day, label


def _stated_in_page(tree):
    """A "Published" line or dateline the main-text extraction left out (a
    byline block, say). Only those: a bare date at the top of a whole page
    is as likely today's date in its header as the article's."""
    body = tree.find("body")
    if body is None:
        return None
    for junk in body.xpath(".//script|.//style|.//noscript"):
        junk.drop_tree()
    lines = (line.strip() for line in body.text_content().splitlines())
    found = text_date("\n".join(line for line in lines if line))
    return found if found and found[1] in ("“Published” line", "dateline") else None


def htmldate_date(html, url=None):
    try:
        found = htmldate.find_date(html, url=url, original_date=True, extensive_search=True)
    except (ValueError, TypeError):
        return None
    return datetime.date.fromisoformat(found) if found else None


def trafilatura_date(document):
    return datetime.date.fromisoformat(document.date[:10]) if document is not None and document.date else None


def _trust(label):
    """Rank of a structured date: the publisher's own published-time fields
    first, generic "date" metadata (often a modified date) last."""
    name = label.split(" ", 1)[1].lower() if " " in label else label.lower()
    if name in ("article:published_time", "og:published_time", "og:article:published_time"):
        return 0
    if name == "datepublished":
        return 1
    return 3 if name in ("date", "dc.date", "dcterms.date") else 2


def choose_publication_date(html, tree, url, text):
    """(date or None, where it was found).

    Structured metadata first: htmldate's answer when some field states it,
    else the most trusted field (htmldate prefers a date in the URL, which
    can be the day a draft was started). Then a line of the text that
    states the date, then htmldate's own reading of the URL or the page."""
    structured = sorted(structured_dates(tree), key=lambda found: _trust(found[0]))
    found = htmldate_date(html, url)
    for label, day in structured:
        if day == found:
            return day, label
    if structured and _trust(structured[0][0]) < 3:
        return structured[0][1], structured[0][0]
    from_text = text_date(text) or _stated_in_page(tree)
    if from_text:
        return from_text
    if found is not None and found == url_date(url):
        return found, "URL"
    if found is not None:
        return found, "page text (htmldate)"
    if structured:
        return structured[0][1], structured[0][0]
    return None, ""


def _strip_title(text, title):
    """trafilatura repeats the headline as the text's first line."""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip():
        return rest.lstrip("\n")
    return text


def extract_article(html, url=""):
    """An ArticlePage from the page's HTML, or NotAnArticle saying why not."""
    if isinstance(html, bytes):
        html = decode_file(html)  # the page's declared encoding, else detected
    if not html.strip():
        raise NotAnArticle("The page is empty.")
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError) as error:
        raise NotAnArticle("The page could not be read as HTML.") from error
    document = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    title = (document.title or "").strip() if document else ""
    text = normalize_text(_strip_title((document.text or "") if document else "", title))
    teaser = len(text) < 3 * MIN_ARTICLE_CHARS and _PAYWALL.search(text)
    if teaser or (len(text) < MIN_ARTICLE_CHARS and _PAYWALL.search(html)):
        raise NotAnArticle(
            f"The page shows only the start of the article ({len(text)} characters) behind a paywall: "
            "save the full article from your browser and upload it, or paste its text."
        )
    if len(text) < MIN_ARTICLE_CHARS:
        raise NotAnArticle(
            f"The page does not look like an article: its main text is only {len(text)} characters. "
            "It may be a front page, a list of links or an error page."
        )
    published, published_from = choose_publication_date(html, tree, url, text)
    hostname = document.hostname if document else ""
    sitename = (document.sitename or "").strip() if document else ""
    return ArticlePage(
        title=title[:300],
        text=text,
        source=(sitename or hostname or "")[:200],
        author=(document.author or "").strip()[:200] if document else "",
        url=url,
        published=published,
        published_from=published_from,
    )


def fetch_article(url):
    """The ArticlePage at `url`; FetchError or NotAnArticle say why not.
    Its url is where the page was found after redirects."""
    page = fetch(url, accept=HTML_TYPES)
    html = page.content.decode(page.charset, errors="replace") if _known_charset(page.charset) else page.content
    return extract_article(html, url=page.url)


def _known_charset(name):
    import codecs

    try:
        return bool(name) and codecs.lookup(name) is not None
    except LookupError:
        return False


__all__ = ["ArticlePage", "FetchError", "NotAnArticle", "extract_article", "fetch_article"]
