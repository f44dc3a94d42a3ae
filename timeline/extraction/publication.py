"""Find an article's publication date in its own text.

Looked for, in order of trust:
1. a "Published ..." / "First published ..." line (anywhere in the head or the tail);
2. a dateline: "SEOUL, April 6, 2023 (AP) —";
3. an "Updated ..." / "Posted ..." / "Date: ..." line;
4. a line near the top that is nothing but a date ("Thursday 6 April 2023 10.15 BST").
Only complete dates (with a year) count. The spans returned let the
extractor skip these lines: they date the article, not an event.
"""
from __future__ import annotations

import datetime as dt
import re

from .fastpath import lines_of, may_hold
from .grammar import resolve
from .recognition import find_mentions
from .resolution import Context
from .sentences import more_than_one_day

_HEAD = 5000        # characters of the head searched ...
_HEAD_LINES = 25    # ... and at most this many non-empty lines of it
_TAIL = 2000
_PUBLISHED = re.compile(r"^\W*(?:first\s+)?(?:published|publication\s+date|pub\.?\s*date)\b", re.IGNORECASE)
_UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|posted|modified|date|dated|filed)\b", re.IGNORECASE)
# The first letters of the words _PUBLISHED and _UPDATED open with after "\W*", either case
# (re.IGNORECASE folds no other character onto them): a line opening with another word character (which
# the patterns' run of non-word characters cannot pass over) matches neither (find_publication).
_PUBLISHED_FIRST = frozenset("fpFP")
_UPDATED_FIRST = frozenset("lupmdfLUPMDF")


_DATELINE = re.compile(
    # The place is a name, not an opening phrase ("On Friday, ...", "In Paris, ..."); the rest is the
    # date ("May 8, 2019", "8 May 2019", "Friday, May 8"): it opens with a capital or a digit, not
    # with a clause ("On Friday, he recalled the flood of May 8, 2019 -- the worst in decades").
    r"^\s*(?!(?:On|In|At|By|For|From|After|Before|Since|During|Until|When|As|Then|Last|This|Next)\s)"
    # (A place's letters include Latin-1's: "SÃO PAULO", "BOGOTÁ, Colombia", "Zürich".)
    r"(?P<place>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’ -]{1,40}(?:,\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’ -]{1,40})?),?\s+"
    r"(?P<rest>(?=[A-Z0-9]).{6,40}?)"
    # The dash: not a hyphen inside a word ("first-degree", "19-foot").
    r"\s*(?:\((?:AP|AFP|Reuters|UPI|dpa|Xinhua|Yonhap|CNN|BBC|[A-Z]{2,8})\))?\s*(?:—|–|--|-(?![\w-])|_)",
)
_DASHES = ("—", "–", "-", "_")
_OPENING_DATE = re.compile(r"\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
                           r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
                           r"\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


# A hyphen that can end a dateline (not one inside a word: "oat-based"); the
# regex engine finds its literal "-" with a fast scan.
_LONE_HYPHEN = re.compile(r"-(?![\w-])")


def _dateline_match(line: str):
    """_DATELINE.match(line), skipping the (backtracking-heavy) regex when the
    line cannot match: it must open with a capital and contain one of the
    dashes the regex ends with. Most long lines of news hold a hyphen, but
    only inside words ("Atlanta-based"), which the regex's dash is not: on
    TimeBank this check spares ~9 of 10 of the regex's runs (half the time
    find_publication takes)."""
    head = line[:1]
    if head.isspace():
        head = line.lstrip()[:1]
    if not ("A" <= head <= "Z"):
        return None
    hyphen_only = "—" not in line and "–" not in line and "_" not in line  # (_DASHES but the hyphen)
    if hyphen_only and ("-" not in line or "--" not in line and _LONE_HYPHEN.search(line) is None):
        return None
    # (the first of _DASHES: with the hyphen alone, one search, not four and a generator's min())
    first = line.find("-") if hyphen_only else min(i for i in map(line.find, _DASHES) if i != -1)
    if first > _DATELINE_BEFORE_DASH and len("".join(line[:first].split())) > _DATELINE_BEFORE_DASH:
        # A paragraph with a dash far into it (" -- " in mid-sentence): the regex
        # would backtrack through every way of reading its head as a place.
        return None
    return _named_place(_DATELINE.match(line))


def _named_place(m: re.Match | None) -> re.Match | None:
    """A _DATELINE match whose place is a name ("SEOUL", "Rio de Janeiro"), else None: "The mine
    reopened on 2 March 2019 – two weeks after ..." has a subject and its verb before the date,
    a sentence, not a place."""
    if m is not None and not all(w[:1].isupper() or w in _PLACE_SMALL_WORDS or _ELIDED.match(w)
                                 for w in m["place"].split()):
        return None
    return m


# The words a place's name may hold in lower case: "Isle of Man", "Rio de Janeiro", "Trinidad and Tobago",
# "Dar es Salaam", "Democratic Republic of the Congo", "Frankfurt am Main", "Halle an der Saale",
# "San Juan de los Lagos", "Castellammare di Stabia".
_PLACE_SMALL_WORDS = frozenset("of de del la le du da do das dos and upon au aux el al on sur es the am an der "
                               "di los las y van von den".split())
# An elided article or preposition before a name: "Cortina d'Ampezzo".
_ELIDED = re.compile(r"[dl]['’][A-Z]")


# At most this many characters that are not whitespace stand before the dash of a
# _DATELINE match: the capital and its 40 (1 + 40), a second place (42), a comma
# (1), the rest (40) and an agency in brackets (10); the rest is whitespace.
_DATELINE_BEFORE_DASH = 134


_TIME_OR_ZONE = re.compile(r"^[\s,|·•–—-]*(?:at\s+)?(?:\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*"
                           r"(?:[A-Z]{2,4}|UTC|GMT)?|[A-Z]{2,4}|ET|GMT|UTC)?[\s,|·•–—-]*$", re.IGNORECASE)
_FULL_KINDS = {"iso", "num", "mdy", "dmy"}
_HAS_YEAR = re.compile(r"\d\d(?:\d\d)?\b")


# ASCII made "0" for a digit, "a" for the other word characters, " " for the rest (_may_hold_year).
_DIGIT_WORD_GAP = bytes(48 if 48 <= c <= 57 else 97 if chr(c).isalnum() or c == 95 else 32 for c in range(256))


def _may_hold_year(line: str) -> bool:
    """Whether _HAS_YEAR.search(line) matches. An ASCII line with no digit (two in five of the lines
    find_publication reads on TimeBank) cannot: ten substring tests, each a fast scan in C, say so
    for less than the regex, which tests each character's class (~50 instructions a character).
    With a digit, _HAS_YEAR matches where a run of two digits or more ends before a character that
    is no word character, or at the end: in the ASCII line translated by _DIGIT_WORD_GAP, "00 " or a
    last "00"."""
    if line.isascii():
        for digit in "0123456789":
            if digit in line:
                break
        else:
            return False
        shape = line.encode("ascii").translate(_DIGIT_WORD_GAP)
        return b"00 " in shape or shape.endswith(b"00")
    return _HAS_YEAR.search(line) is not None


def _full_date(line: str, reference: dt.date):
    """(date, mention, the mention right before it or None) for the first complete date in a line, else None."""
    before = None
    for m in find_mentions(line):
        if m.kind not in _FULL_KINDS or m.kind in ("mdy", "dmy") and not m.g(f"{m.kind}_y"):
            before = m
            continue
        v = resolve(m, Context(published=reference))
        if v is not None and v.precision == "day":
            return v.date, m, before
        before = m
    return None


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The (start, end) spans of the lines of text[lo:hi]."""
    spans = []
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        if nl == -1:
            nl = hi
        spans.append((pos, nl))
        pos = nl + 1
    return spans


def find_publication(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """Publication date and the (start, end) span of the line it came from."""
    if not isinstance(text, str) or not text or text.isspace():  # (not text.strip(), without its copy)
        return None
    ref = None  # today, the reference _full_date resolves against: asked when a line first needs it (most texts: never)
    n = len(text)
    head = _HEAD if _HEAD < n else n  # min(): see fastpath's note
    # The lines of the head, then of the tail, as _lines spans them, from one split each (a str.find a line costs
    # ~1,000 instructions of argument parsing, a slice of the line as many again): a piece's start is the
    # previous piece's end and its "\n". (A last empty piece, after a final "\n", is no line of _lines', but an
    # empty line is skipped below anyway.)
    # (a text within the head: its lines as the splitter and page_furniture read them, split once for the three)
    lines = lines_of(text) if head == n else text[:head].split("\n")
    tail_at = len(lines)  # the index of the tail's first line
    tail_start = -1
    if n > head:
        tail_start = text.find("\n", max(head, n - _TAIL))
        if tail_start != -1:
            lines += text[tail_start + 1:].split("\n")
    published = updated = dateline = alone = None
    nonempty_seen = 0
    k = -1
    e = -1  # the end of the line before
    for line in lines:
        k += 1
        s = tail_start + 1 if k == tail_at else e + 1
        e = s + len(line)
        if not line or line.isspace():  # (not line.strip(), without its copy)
            continue
        nonempty_seen += 1
        if nonempty_seen > _HEAD_LINES and k < tail_at:
            if tail_start == -1:
                break  # past the article's head, and no tail: no line left to read
            continue  # past the article's head: only its tail may still hold a date line
        probe = line[:400] if len(line) > 400 else line
        # (each pattern tried only on a line it may open: _PUBLISHED_FIRST's note)
        c = line[0]
        word = c.isalnum() or c == "_"
        titled = published is None and (not word or c in _PUBLISHED_FIRST) and _PUBLISHED.match(probe) is not None
        labelled = updated is None and (not word or c in _UPDATED_FIRST) and _UPDATED.match(probe) is not None
        if nonempty_seen > 8 and not titled and not labelled:
            continue  # past the eighth line only a "Published" or "Updated" line can give the date (below)
        # (a long line is read only as a dateline, or as a "Published" or "Updated" line: the tests here only
        # pass over a line, in any order the same lines)
        if len(line) > 400 and not _dateline_match(line):
            continue
        # The tests below that may still date the article from this line (most lines of a story's head:
        # none), and only then the year test: every complete date has a four-digit year (or is ISO).
        dm = _dateline_match(probe) if dateline is None and nonempty_seen <= 6 else None
        lone = alone is None and nonempty_seen <= 8 and len(probe) < 80
        if not (titled or labelled or dm or lone) or not _may_hold_year(probe):
            continue
        if titled:
            r = _full_date(probe, ref or (ref := dt.date.today()))
            if r:
                published = (r[0], (s, e))
                break
        if labelled:
            r = _full_date(probe, ref or (ref := dt.date.today()))
            if r and not more_than_one_day(probe, r[1], r[2]):
                updated = (r[0], (s, e))
                continue
        if dm:
            r = _full_date(dm[0], ref or (ref := dt.date.today()))
            if r:
                # "Friday, April 19, 2024 – The company is recalling ...": a
                # date that opens the text dates the article, but the rest
                # of the line is its first sentence, not a dateline to skip.
                opening = _OPENING_DATE.match(probe) is not None
                dateline = (r[0], None if opening else (s + dm.start(), s + dm.end()))
                continue
        if lone:
            r = _full_date(probe, ref or (ref := dt.date.today()))
            if r:
                m = r[1]
                rest = probe[:m.start] + " " + probe[m.end:]
                if _TIME_OR_ZONE.match(rest):
                    alone = (r[0], (s, e))
    for found in (published, dateline, updated, alone):
        if found is not None:
            spans = _lines(text, 0, head)
            if tail_start != -1:
                spans += _lines(text, tail_start + 1, n)
            return _original_date(text, spans, found)
    return None


_ORIGINALLY = re.compile(r"\boriginally\s+(?:published|appeared|ran|posted)\b|\bfirst\s+published\s+(?:on\s+)?"
                         r"(?=[A-Z0-9])", re.IGNORECASE)
# Every _ORIGINALLY match holds one of these (fastpath.may_hold).
_ORIGINALLY_WORDS = ("originally", "first")


def _original_date(text: str, spans, found):
    """A republished piece ("originally published May 9 by ...") is dated by
    its original: its "yesterday" and "on Thursday" were written then."""
    head = spans[:_HEAD_LINES]
    if head and not may_hold(text[head[0][0]:head[-1][1]], _ORIGINALLY_WORDS):
        return found  # none of the lines (most heads) can hold an _ORIGINALLY match
    for s, e in head:
        line = text[s:e]
        m = _ORIGINALLY.search(line[:400])
        if not m:
            continue
        for mention in find_mentions(line[m.end():m.end() + 60]):
            if mention.kind in _FULL_KINDS:
                v = resolve(mention, Context(published=found[0], tense="past"))
                if v is not None and v.precision == "day" and v.date <= found[0]:
                    return v.date, found[1]
    return found


def find_publication_date(text: str) -> dt.date | None:
    """The article's publication date if the text states it, else None."""
    try:
        found = find_publication(text)
    except (ValueError, TypeError, RecursionError):
        return None
    return found[0] if found else None
