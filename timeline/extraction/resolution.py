"""What the rules resolve against (Context) and the date arithmetic they share.

Resolution is plain date arithmetic against the publication date (or another
date in the text, for "the next day"), aware of tense: "will meet on Friday"
is the next Friday, "met on Friday" the last one. Each rule of grammar.py has
its own resolution function; these are the pieces they are made of.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .lexicon import MONTHS, NUMBERS, ORDINALS, SPELLED_YEAR, TENS_WORDS, UNIT_WORDS
from .types import DateValue, fast_init


@fast_init
@dataclass(frozen=True)
class Context:
    """What a mention is resolved against."""

    published: dt.date
    tense: str | None = None
    anchor: DateValue | None = None      # previous dated mention in the text
    day_anchor: DateValue | None = None  # previous day-precision mention
    follower: DateValue | None = None    # mention right after ("two days after <Monday>")
    main_day: dt.date | None = None      # another day in the same sentence
    standalone: bool = False             # a phrase typed alone (the form), not a sentence of an article
    comes: bool = False                  # "<the news> comes N units after ...": counted from today
    ahead_ok: bool = False               # a weekday with no tense in a sentence that tells no past


# A month named without a year or tense is the last such month if it is at
# most about nine months back: news mostly reports what happened.
MONTH_PAST_DAYS = 275
# A yearless day at most this many days after publication is that day even in
# a past-tense clause (reported speech about what comes next).
NEAR_AHEAD_DAYS = 7

SPELLED_YEAR_RE = re.compile(SPELLED_YEAR, re.IGNORECASE)


def _norm(text: str) -> str:
    """Lower-case words joined by single spaces ("this  Coming" -> "this coming")."""
    low = text.lower()
    return low if low.isalpha() else " ".join(low.split())


norm = _norm
_DIGITS = re.compile(r"\d+")


def month_candidates(month: int, day: int | None, around: int) -> list[dt.date]:
    out = []
    for y in (around - 1, around, around + 1):
        d = safe_date(y, month, day or 1)
        if d is not None:
            out.append(d)
    return out


def day_number(tok: str) -> int | None:
    tok = tok.lower().strip()
    m = _DIGITS.match(tok)
    if m:
        return int(m[0])
    parts = re.split(r"[\s-]+", tok)
    if len(parts) == 2 and parts[0] in ("twenty", "thirty") and parts[1] in ORDINALS:
        return NUMBERS[parts[0]] + ORDINALS[parts[1]]
    return ORDINALS.get(tok)


def spelled_year(tok: str) -> int | None:
    m = SPELLED_YEAR_RE.search(tok)
    if not m:
        return None
    words = re.split(r"[\s-]+", m[0].lower())
    if words[:2] == ["the", "year"]:
        rest = [NUMBERS.get(w) for w in words[4:] if w != "and"]
        return 2000 + (rest[0] if rest and rest[0] else 0)
    words = words[1:]
    vals = [NUMBERS.get(w) for w in words]
    if any(v is None for v in vals):
        return None
    if len(vals) == 1:
        n = vals[0]
    elif len(vals) == 2 and vals[0] >= 20 and vals[0] % 10 == 0 and vals[1] < 10:
        n = vals[0] + vals[1]
    else:
        return None
    return 1900 + n if 10 <= n <= 99 else None


def year_value(tok: str) -> int:
    tok = tok.strip()
    if tok[:1].isdigit():
        return int(tok)
    y = spelled_year(tok)
    if y is None:
        raise ValueError(tok)
    return y


def month_value(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".")]


def num_value(tok: str) -> int | None:
    tok = re.sub(r"\s+of$", "", tok.lower().strip())
    if tok.isdigit():
        return int(tok)
    tens, _, unit = tok.replace("-", " ").partition(" ")
    if unit and tens in TENS_WORDS and unit.strip() in UNIT_WORDS:
        return NUMBERS[tens] + NUMBERS[unit.strip()]  # "twenty-five" (lexicon.NUM's compound)
    return NUMBERS.get(tok)


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    month = m + 1
    day = min(d.day, calendar.monthrange(year, month)[1]) if 1 <= year <= 9999 else d.day
    return dt.date(year, month, day)


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def pick(candidates: list[dt.date], ref: dt.date, tense: str | None, strict: bool = False,
         prefer_past_within: int | None = None) -> dt.date:
    """Choose among yearly/weekly candidates by tense.

    past -> latest on/before ref; future -> earliest on/after ref (strictly
    when `strict`, for "last"/"next"); None -> the nearest (ties go past).
    With no tense, `prefer_past_within` (days) picks the past candidate if
    it is that recent, else the nearest.
    """
    cands = sorted([c for c in candidates if c is not None])
    if not cands:
        # (what min() below raised of no candidates, whatever the tense: the nearest is looked for only where the
        # tense picks none, not built for every pick with a key function called per candidate)
        raise ValueError("no candidate")
    if tense == "past":
        ok = [c for c in cands if (c < ref if strict else c <= ref)]
        choice = ok[-1] if ok else cands[0]
    elif tense == "future":
        ok = [c for c in cands if (c > ref if strict else c >= ref)]
        choice = ok[0] if ok else cands[-1]
    else:
        if prefer_past_within is not None:
            past = [c for c in cands if c <= ref]
            if past and (ref - past[-1]).days <= prefer_past_within:
                return past[-1]  # news tells what happened: "in March" is the last March
        return min(cands, key=lambda c: (abs((c - ref).days), c > ref))
    return choice
