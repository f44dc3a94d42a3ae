"""The date grammar as data: one Rule per kind of expression.

A rule is everything the engine knows about one kind of expression, in one
place: its pattern (a Python regex whose named groups start with the rule's
name), a validity check for what the regex cannot say (capitalisation,
context), its resolution function, and examples that run as tests
(tests/extraction/test_grammar.py). The recogniser (recognition.py) builds one
master regex from RULES, in this order (longest forms first: the first rule
that matches at a position wins), and computes from the patterns which rules
can start with which character; resolve() dispatches on the rule's name.

A new kind of expression is one new Rule here (and, when it needs new
words, a line in lexicon.py).

Examples: (text, expected) with the text published on EXAMPLE_PUBLISHED (a
Thursday); expected is what the rule's mention resolves to as ISO
(2023-04-05, 2023-03, 2023, a range as start/end), or None when the text
must not be dated by this rule.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .clauses import clause_opening
from .fastpath import FOLDS_TO_ASCII, ends_with_word, holds, may_hold
from .lexicon import (
    APPROX_WORDS,
    COUNTED_NOUNS,
    DATE_YEAR,
    DATE_YEAR_SEP,
    DAY,
    DAY_IN_WORDS,
    DAYW,
    EVERY_WORDS,
    GENERIC_DETERMINERS,
    HOLIDAYS,
    MON,
    MONTH_CONTEXT_WORDS,
    MONTH_NAME_ALTERNATION,
    MONTH_NAMES,
    MONTHS,
    NOT_PAST_ED,
    NUM,
    ONE_HAPPENING_NOUNS,
    PART_MOD,
    PAST_WORDS,
    PLACE_NUMBER_WORDS,
    PRESENT_WORDS,
    QUANTITY_NOUNS,
    QUANTITY_SUFFIXES,
    SAID_WORDS,
    SEASONS,
    WD,
    WD_STOPLESS,
    WEEKDAYS,
    YEAR,
    YEAR_BEFORE_BAD_WORDS,
    YEAR_MODIFIED_NOUNS,
    YEAR_PART_AFTER,
    phrase_rx,
)
from .resolution import (
    MONTH_PAST_DAYS,
    SPELLED_YEAR_RE,
    Context,
    add_months,
    day_number,
    month_candidates,
    month_value,
    num_value,
    pick,
    safe_date,
    spelled_year,
    year_value,
)
from .resolution import (
    norm as _norm,
)
from .types import DateValue

EXAMPLE_PUBLISHED = dt.date(2023, 4, 6)  # a Thursday
# A yearless day named with no tense is the last such day if it is at most this many days back
# and the next one is not nearer by far: news mostly reports what happened ("its record high
# set on Aug. 6" in a February paper is the August just gone, 184 days back, not the one 181
# days ahead).
DAY_PAST_DAYS = 200


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    resolve: Callable  # (mention, Context) -> DateValue | None
    valid: Callable | None = None  # (re.Match, sentence, {group: value}) -> bool
    examples: tuple[tuple[str, str | None], ...] = ()
    # Resolved in a second pass, once the sentence's other dates are known
    # ("two days after <Monday>", "the next day").
    relative: bool = False
    # How sure a date found by this rule is before the adjustments of assess().
    confidence: float = 0.9
    # (mention, value) -> flags: what is doubtful about the date ("weekday-contradicts-date").
    flags: Callable | None = None


# --- context checks shared by several rules ---------------------------------
_MONTH_CONTEXT = re.compile(rf"(?:\b(?:{'|'.join(MONTH_CONTEXT_WORDS)})[\s-]*)$", re.IGNORECASE)
_QUANTITY_AFTER = re.compile(
    rf"\s*(?:{phrase_rx(QUANTITY_NOUNS)}|{phrase_rx(COUNTED_NOUNS)}|to\s+1\b(?!,)|[a-z]+s\s+(?:of|were|are)\b|"
    rf"-(?:{'|'.join(QUANTITY_SUFFIXES)}))",
    re.IGNORECASE,
)
# The same pattern, case-sensitive, matched in an ASCII text lower-cased (_quantity_after): its letters are all lower
# case (test_fast_paths), so it matches there where the other matches in the text. Under re.IGNORECASE the engine
# enters each of its hundred-odd words in turn (~20,000 instructions a year); case-sensitive, it turns away a word
# whose first letter is not the text's at once.
_QUANTITY_AFTER_LOW = re.compile(_QUANTITY_AFTER.pattern)


def _quantity_after(s: str, at: int) -> bool:
    """_QUANTITY_AFTER.match(s, at) is not None ("2000 people", "1999 troops"), faster on an ASCII text."""
    if s.isascii():
        return _QUANTITY_AFTER_LOW.match(s[at:].lower()) is not None
    return _QUANTITY_AFTER.match(s, at) is not None


_YEAR_BEFORE_BAD = re.compile(rf"(?:{'|'.join(YEAR_BEFORE_BAD_WORDS)})\s*$", re.IGNORECASE)
# What a window that _YEAR_BEFORE_BAD matches ends with before its whitespace, lower case: each plain word, and
# the ends of the bills' and the plans' names ("H. R.", "SB", "Vision'"). The regex (entered at each of the
# window's characters, twenty-odd alternatives each) only where the window ends so.
_YEAR_BEFORE_BAD_ENDS = tuple(sorted(
    {re.sub(r"\\(.)", r"\1", w).lower() for w in YEAR_BEFORE_BAD_WORDS if "(" not in w} |
    {"r.", "b.", "hr", "sb", "hb", "ab", "lb", "bill", "resolution", "ordinance", "vision", "agenda", "roadmap",
     "horizon", '"', "'", "“", "‘"}))


def _year_before_bad(window: str) -> bool:
    """_YEAR_BEFORE_BAD.search(window), asked only where the window ends with one of _YEAR_BEFORE_BAD_ENDS (or
    holds a character re.IGNORECASE folds onto an ASCII letter: then the regex decides)."""
    core = window.rstrip()  # (str.isspace() and the regex's \s are the same characters)
    if not core.lower().endswith(_YEAR_BEFORE_BAD_ENDS) and (core.isascii() or not holds(core, FOLDS_TO_ASCII)):
        return False
    return _YEAR_BEFORE_BAD.search(window) is not None


_APPROX_BEFORE = re.compile(rf"\b(?:{phrase_rx(APPROX_WORDS)})\s+$", re.IGNORECASE)
# The last words of APPROX_WORDS ("to" of "up to"), which an _APPROX_BEFORE match ends with before its
# whitespace (fastpath.ends_with_word: the regex only where the window ends so), each its last twelve
# characters at most, which is what ends_with_word reads ("pproximately").
_APPROX_LAST_WORDS = tuple(sorted({w.split("_")[-1][-12:] for w in APPROX_WORDS}))
_GENERIC_BEFORE = re.compile(rf"\b(?:{'|'.join(GENERIC_DETERMINERS)})\s+$", re.IGNORECASE)
_GENERIC_WORDS = tuple(GENERIC_DETERMINERS)
_EVERY_BEFORE = re.compile(rf"\b(?:{'|'.join(EVERY_WORDS)})\s+$", re.IGNORECASE)
# A kinship word right before a month, with or without an appositive comma: the month is the relative's
# given name ("her mother June said", "his wife, April, filed"), not a month; "visited her mother in June"
# has its preposition between.
_KIN_BEFORE = re.compile(r"\b(?:(?:grand|step|god)?(?:mother|father|daughter|son|child)|wife|husband|widow(?:er)?|"
                         r"sister|brother|aunt|uncle|niece|nephew|cousin|mum|mom|fianc[ée]e?|girlfriend|boyfriend)"
                         r"\s*,?\s+$", re.IGNORECASE)


def _spelled_year_ok(m: re.Match) -> bool:
    """A spelled-out year ("nineteen ninety-two") must be one we can read."""
    return not SPELLED_YEAR_RE.search(m[0]) or spelled_year(m[0]) is not None


def _month_ok(mon: str) -> bool:
    return mon[0].isupper()  # "may", "march": verbs


# A full month's name in lower case after "last" or "next" is the month as a careless writer or a transcript
# writes it ("when he acted last august", "until next september"); not "may" or "march" (verbs: "the next may
# be"), nor after "this" ("this august body").
LOWER_MONTH_AFTER = MONTH_NAMES - {"may", "march"}


def _lower_month_ok(mon: str, mod: str | None) -> bool:
    return bool(mod) and mod.lower() in ("last", "next") and mon in LOWER_MONTH_AFTER


# ... not the adjective: "the last august body", "its next august gathering" (a determiner before "last"/"next", or
# after "august" a noun the adjective qualifies: _AUGUST_NOUNS).
_DETERMINER_BEFORE_MOD = re.compile(r"\b(?:the|a|an|its|his|her|their|our|my|your|this|that)\s+$", re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]+)\b")
# ... the nouns the adjective "august" qualifies ("the last august body", "this august journal")
_AUGUST_NOUNS = frozenset("""body bodies institution institutions assembly assemblies company gathering gatherings
    journal house houses presence tradition traditions chamber chambers court courts society societies hall halls
    publication personage personages figure figures member members council senate academy university college""".split())


def _lower_month_not_adjective(s: str, m) -> bool:
    """Whether a lower-case month after "last"/"next" is the month: no determiner before the modifier, and for
    "august" no noun after it that the adjective would qualify ("the last august body")."""
    if _DETERMINER_BEFORE_MOD.search(s, max(0, m.start() - 8), m.start()):
        return False
    if m[0].endswith(("'s", "’s")) or not m[0].endswith("august"):
        return True  # "last august's ruling", "next september"
    after = _LOWER_WORD_AFTER.match(s, m.end())
    return after is None or after["w"] not in _AUGUST_NOUNS


def _full_month_ok(mon: str, day: str, year: str | None) -> bool:
    """A month with a day in figures and a year in figures may be in lower case, as some pages'
    stamps and some writers write it ("19 feb 2024, 14:54", "on february 19, 2024"): no verb
    stands between a day and a year."""
    return _month_ok(mon) or bool(year) and year.isdigit() and day[:1].isdigit()


def _day_ok(tok: str) -> bool:
    d = day_number(tok)
    return d is not None and 1 <= d <= 31


# --- full dates -------------------------------------------------------------
def _resolve_iso(m, ctx):
    g = m.g
    d = safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    return DateValue(d, "day") if d else None


def two_digit_year(yy: int, published: dt.date) -> int:
    """The year a two-digit year names ("'98", "01/08/97"): the century that puts it no more than ten years after
    the paper's ("01/08/97" in a 1997 paper is 1997, "3/4/05" in a 2004 one 2005)."""
    return 2000 + yy if 2000 + yy <= published.year + 10 else 1900 + yy


def _resolve_num(m, ctx):
    g = m.g
    a, b, y = int(g("num_a")), int(g("num_b")), int(g("num_y"))
    if y < 100:
        y = two_digit_year(y, ctx.published)
    if g("num_sep") == "." and b <= 12:
        # 06.04.2023 is the continental day.month.year notation.
        d = safe_date(y, b, a)
        return DateValue(d, "day") if d else None
    if a > 12 and b <= 12:
        d = safe_date(y, b, a)
    elif b > 12 and a <= 12:
        d = safe_date(y, a, b)
    elif a == b:
        d = safe_date(y, a, b)
    else:
        wd = g("num_wd")
        fits = [d for d in (safe_date(y, a, b), safe_date(y, b, a))
                if wd and d is not None and d.weekday() == WEEKDAYS[wd.lower()]]
        if len(fits) == 2:
            # Both readings fall on the weekday written ("Monday, 3/2/2020"): the nearer the paper's day.
            fits = [min(fits, key=lambda d: abs((d - ctx.published).days))]
        if len(fits) == 1:
            return DateValue(fits[0], "day")  # "Saturday, 08-02-2020": 8 February (2 August was a Sunday)
        # Day/month order unknown: say only what is certain.
        return DateValue(dt.date(y, 1, 1), "year") if 1 <= a <= 12 and 1 <= b <= 12 else None
    return DateValue(d, "day") if d else None


# A page writes its numeric dates one way round: one that can only be day first ("13/11/2023") tells
# how to read "04/12/2023" on the same page, when none can only be month first ("11/13/2023").
# (Four-digit years only, and not "24/7", the round-the-clock idiom: "24/7/52 support".)
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?!24/7\b)(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-])")


@lru_cache(maxsize=8)
def numeric_order(text: str) -> str:
    """ "dm" or "md" when the page's numeric dates that can be read one way only all read that way, ""
    otherwise."""
    day_first = month_first = False
    for a, _, b, _ in _NUMERIC_DATE.findall(text):
        a, b = int(a), int(b)
        day_first = day_first or 12 < a <= 31 and 1 <= b <= 12
        month_first = month_first or 12 < b <= 31 and 1 <= a <= 12
    return "dm" if day_first and not month_first else "md" if month_first and not day_first else ""


def num_in_order(m, order: str) -> DateValue | None:
    """An ambiguous numeric date ("04/12/2023") read the page's way round (numeric_order)."""
    a, b, y = int(m.g("num_a")), int(m.g("num_b")), int(m.g("num_y"))
    if y < 100 or not (1 <= a <= 12 and 1 <= b <= 12) or m.g("num_sep") == ".":
        return None
    d = safe_date(y, b, a) if order == "dm" else safe_date(y, a, b)
    return DateValue(d, "day") if d else None


# A yearless "Sunday, Jan. 23" whose weekday fits another year than the one picked takes that
# year when the day lies this close to the text's previous day.
WEEKDAY_NEAR_ANCHOR_DAYS = 31


def _resolve_month_day(m, ctx):
    """mdy and dmy: "April 5, 2023", "Friday, April 7", "5 April", "March 2-4"."""
    g = m.g
    k = m.kind
    pub = ctx.published
    if k == "dmy" and g("dmy_rel"):
        # "the 24th of this month": that month's day, no year to infer
        first = add_months(pub.replace(day=1), {"this": 0, "next": 1, "last": -1}[g("dmy_rel").lower()])
        d = safe_date(first.year, first.month, day_number(g("dmy_d")))
        end = safe_date(first.year, first.month, day_number(g("dmy_d2"))) if g("dmy_d2") and not g("dmy_and") else None
        return None if d is None else DateValue(d, "day", end if end is not None and end > d else None)
    month = month_value(g(f"{k}_mon"))
    day = day_number(g(f"{k}_d"))
    d2 = None if g(f"{k}_and") else g(f"{k}_d2")  # "on March 5 and 6": two days, no range
    yv = g(f"{k}_y")
    if yv:
        d = safe_date(year_value(yv), month, day)
    else:
        cands = month_candidates(month, day, pub.year)
        wd = g(f"{k}_wd") or g(f"{k}_wda")  # "Friday, April 7" or "April 7 (Friday)"
        mod = _norm((g("mdy_mod") if k == "mdy" else None) or g(f"{k}_wdmod") or "")

        def choose(cands):
            if mod == "last":
                return pick(cands, pub, "past", strict=True)
            if mod in ("next", "this coming"):
                return pick(cands, pub, "future", strict=True)
            if mod == "this":
                # "instead of this September 25", "reopened its east wing this October 14" in March: a day still
                # ahead in the publication's own year is that year's, whatever the clause's past; one gone by in it
                # is that year's too when the clause tells it in the past ("who died this January 12", "since this
                # February 1" in December). Else it is read as a bare day is, by the clause's tense: "will take
                # effect this February 1" in September is the coming one (rv34: a fixed publication year, with a
                # rollover only after 300 days gone, put those a year back), and so is "go on sale this January 9"
                # in December (the nearest, with no tense).
                # (Why "this <month>" (_month's "this") and "this <holiday>" keep the publication year: no text nor
                # probe read so far shows "this January" or "this Easter" written in the months after it; one rule for
                # all three waits for such a text.)
                for c in cands:
                    if c is not None and c.year == pub.year and (c >= pub or ctx.tense == "past"):
                        return c
            return pick(cands, pub, ctx.tense, prefer_past_within=DAY_PAST_DAYS)

        d = choose(cands)
        if wd and (d is None or d.weekday() != weekday_number(wd)):
            # "Tuesday, March 5": the weekday picks the year only when that
            # year is no further from publication than the one the tense
            # picks; else the date is kept and flagged (a misprinted weekday
            # does not move "hit on Tuesday, March 5" a year ahead).
            match = [c for c in cands if c.weekday() == weekday_number(wd)]
            other = choose(match) if match else None
            if other is not None and ctx.tense == "future" and other < pub:
                # "will run from Thursday, September 28": not a year behind a future tense (a past
                # tense may still name a day just ahead: "said in an editorial on Saturday, April 25").
                other = None
            if other is not None and (d is None or abs((other - pub).days) <= abs((d - pub).days)):
                d = other
            elif match and ctx.day_anchor is not None:
                # "... Friday, Jan. 21, 2022. The Navy announced Sunday, Jan. 23 that ...": the weekday
                # puts the day in the year of the day the text just gave, when it lies close to it.
                near = min(match, key=lambda c: abs((c - ctx.day_anchor.date).days))
                if abs((near - ctx.day_anchor.date).days) <= WEEKDAY_NEAR_ANCHOR_DAYS and \
                        not (ctx.tense == "future" and near < pub):
                    # (not a year behind a future tense: "The trial will open Sunday, Jan. 23.")
                    d = near
    if d is None:
        return None
    end = None
    if d2:
        end = safe_date(d.year, d.month, day_number(d2))
        if end is None or end <= d:
            end = None
    return DateValue(d, "day", end)


def weekday_number(wd: str) -> int:
    """The weekday's number (Monday 0) of a weekday's name as a date's rule matched it, its short name with no stop
    too ("Sat", _WD_SHORT)."""
    low = wd.lower()
    try:
        return WEEKDAYS[low]  # (WEEKDAYS folds look-alike letters: "FRİDAY")
    except KeyError:
        return WEEKDAYS[low + "."]


def _weekday_contradiction(m, value):
    """ "Thursday, April 6" when 6 April is a Monday: the explicit date is kept, the event flagged."""
    wd = m.g(f"{m.kind}_wd") or m.g(f"{m.kind}_wda")
    if wd and value.precision == "day" and value.date.weekday() != weekday_number(wd):
        return ("weekday-contradicts-date",)
    return ()


def _valid_mdy(m, s, gd):
    if not _full_month_ok(gd["mdy_mon"], gd["mdy_d"], gd.get("mdy_y")) or not _day_ok(gd["mdy_d"]):
        return False
    if gd["mdy_d"].isalpha() and gd["mdy_mon"].lower() in ("may", "mar", "march") and not gd.get("mdy_wd"):
        # "May first", "March third": at a sentence start more often verbs than dates
        # (not after a weekday: "Sunday, March eighth").
        return False
    if not gd.get("mdy_y") and _named_body(m, s):
        return False  # "the March 14 alliance", "the October 6 University": a body named after a day
    return _spelled_year_ok(m)


def _valid_dmy(m, s, gd):
    if gd.get("dmy_d2") and _LABEL_NUMBER_BEFORE.search(s, max(0, m.start() - 16), m.start()):
        return False  # "County Championship Day 2 - 5th September", "Round 3 - 12th May": a label's number, a dash
    if gd.get("dmy_hy") and (_MACHINE_CLOCK_AFTER.match(s, m.end()) or
                             s[m.start() - 1:m.start()].isalnum() or s[m.start() - 1:m.start()] == "-" or
                             s[m.end():m.end() + 1].isalnum()):
        # "(SIGNED) NEB/JD 01-Jul-2025 08:55 AM EDT (01-Jul-2025 1255 UTC)": a machine's stamp; "XR-12-Mar-2019B": a
        # code's part
        return False
    if not gd.get("dmy_y") and _STREET_AFTER.match(s, m.end()):
        return False  # "of 20 May St.", "at 4 March Avenue": an address
    if not gd.get("dmy_y") and _LANDMARK_AFTER.match(s, m.end()) and (
            m[0][:4].lower() == "the " or not ON_BEFORE.search(s, max(0, m.start() - 4), m.start())):
        # "at 6 October Bridge", "on the 30 June Stadium": a landmark named after a day (not "On 6 October ...")
        return False
    if not gd.get("dmy_y") and _named_body(m, s):
        return False  # "the 17 August University", "the 26th of July Movement": a body named after a day
    if not gd.get("dmy_y") and gd["dmy_d"].isdigit() and " of " in m[0] and _DAY_NUMBER_AFTER.match(s, m.end()):
        return False  # "on Page 3 of Oct. 1's edition": the month is the day's after it, the number another's
    if gd.get("dmy_rel"):
        # "on the 24th of this month", "from the 17th to the 24th of this month", "by 5th of next month": after a
        # preposition of time, "between", or opening the sentence (not a bare count, "30 of this month's orders",
        # nor a rank, "The blast was the 4th of this month in the capital")
        return _day_ok(gd["dmy_d"]) and (gd["dmy_d"][-1:].isalpha() or m[0][:4].lower() == "the ") and (
            gd.get("dmy_btw") or not s[:m.start()].strip(" \"“‘'(") or
            _REL_DAY_PREPOSITION_BEFORE.search(s, max(0, m.start() - 10), m.start()) is not None)
    return _full_month_ok(gd["dmy_mon"], gd["dmy_d"], gd.get("dmy_y")) and _day_ok(gd["dmy_d"]) and \
        _spelled_year_ok(m)


_DAY_NUMBER_AFTER = re.compile(r"\s*\d{1,2}(?:st|nd|rd|th)?(?!\d)")
_REL_DAY_PREPOSITION_BEFORE = re.compile(r"\b(?:on|by|from|until|till|to|since|before|after|between|through|"
                                         r"starting|beginning|effective|for)\s+$", re.IGNORECASE)
_STREET_AFTER = re.compile(r"\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Place|Square|Terrace)\b")
# A landmark named after a day ("6 October Bridge", "the 30 June Stadium"), not the start of a street's name
# ("Bridge Street").
_LANDMARK_AFTER = re.compile(r"\s+(?:Bridge|Stadium|Plaza|Airport)\b(?!\s+(?:St|Street|Ave|Avenue|Rd|Road|Lane)\b)")


# A body named after a day, right after the day: a school ("the 17 August University", "October 6 University"), a
# movement or an alliance ("the March 14 alliance", "the April 6 Youth Movement", "the 26th of July Movement"): a
# name, no day of a happening. The name ends the noun phrase: a comma or stop, a verb ("met", "called", "won"), a
# preposition or a word for its people ("leaders", "members") comes after it; not another noun ("the Sept. 12
# coalition talks", "the Nov. 3 University Senate election", "the June 12 Democratic Alliance primary": the day of
# what the phrase names), nor "of" ("the March 3 movement of troops"); nor the day after "on" ("On March 14
# University officials met").
_BODY_NAMED = r"\s+(?:[A-Z][a-z]+\s+)?(?:University|College|Institute|Polytechnic|Movement|Alliance|Coalition|Bloc)\b"
_BODY_ENDS = (r"(?=\s*(?:[,.;:)!?\"”’]|$)|\s+(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|can|could|may|might|"
              r"must|should|met|won|held|led|took|gave|made|said|says|told|sent|set|began|fought|leaders?|members?|"
              r"supporters|activists|lawmakers|deputies|figures|students|and|or|to|in|on|at|with|who|which|that|but|"
              r"as|after|before|since|from|into|against|during)\b)")
# (a body's word in lower case ends its name at a verb or a stop only: "the March 14 alliance met", not "the June 30
# camp in Gaza"; "movement" in lower case after a day is a motion, "the March 3 movement to the border")
_LOWER_BODY_ENDS = (r"(?=\s*(?:[,.;:)!?\"”’]|$)|\s+(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|can|could|may|"
                    r"might|must|should|met|won|held|led|took|gave|made|said|says|told|sent|set|began|fought|leaders?|"
                    r"members?|supporters|lawmakers|deputies|figures)\b)")
_NAMED_BODY_AFTER = re.compile(_BODY_NAMED + _BODY_ENDS + r"|\s+(?:alliance|coalition|bloc|camp)" + _LOWER_BODY_ENDS)
# ... and the month of such a day, once the day is left out: "the 26th of July Movement".
_BODY_NAMED_AFTER = re.compile(_BODY_NAMED + _BODY_ENDS)
_DAY_OF_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+of\s+$")


def _named_body(m, s):
    # (a cheap test first: a space, then a capital or a body's word's first letter)
    after = s[m.end():m.end() + 2]
    return len(after) == 2 and after[0] == " " and (after[1].isupper() or after[1] in "abc") and \
        _NAMED_BODY_AFTER.match(s, m.end()) is not None and (
        m[0][:4].lower() == "the " or not ON_BEFORE.search(s, max(0, m.start() - 4), m.start()))


# --- months -------------------------------------------------------------------
def _resolve_my(m, ctx):
    g = m.g
    month = month_value(g("my_mon") or g("my_monf"))
    if g("my_y") or g("my_yf"):
        year = year_value(g("my_y") or g("my_yf"))
    else:
        year = ctx.published.year + {"this": 0, "last": -1, "next": 1}[g("my_rel").lower()]
    return DateValue(dt.date(year, month, 1), "month")


def _valid_my(m, s, gd):
    return _month_ok(gd["my_mon"] or gd["my_monf"]) and _spelled_year_ok(m)


def _resolve_mo(m, ctx):
    g = m.g
    pub = ctx.published
    month = month_value(g("mo"))
    mod = (g("mo_mod") or "").lower()
    cands = month_candidates(month, 1, pub.year)
    this_month = pub.replace(day=1)
    if mod == "last":
        # "last February" written in March means a year earlier:
        # the month just gone would be "last month".
        d = pick(cands, add_months(this_month, -1), "past", strict=True)
    elif mod == "next":
        d = pick(cands, this_month, "future", strict=True)
    elif mod == "this":
        d = dt.date(pub.year, month, 1)
    else:
        # News tells what happened ("in March" is the last March), unless
        # the clause is in the present ("is launching the product in
        # October"): then the nearest such month.
        d = pick(cands, this_month, ctx.tense,
                 prefer_past_within=None if ctx.tense == "present" else MONTH_PAST_DAYS)
    return DateValue(d, "month")


# "the March election", "last week's May primary": a bare "May"/"March" right before the
# noun of a dated vote is the month; "May was the second month in a row", "March saw
# record rains": a sentence's first word before a past verb is the month, not the modal.
_MONTH_EVENT_AFTER = re.compile(r"\s+(?:elections?|primary|primaries|runoffs?|referendum|ballot|polls?|vote|"
                                r"caucus(?:es)?|by-?elections?)\b", re.IGNORECASE)
# ... and a board's sitting after "the", "its", "their" or a possessive ("at the May meeting", "the March policy
# meeting"), not a person's meeting someone ("Tusk said that May meeting Juncker was a good sign", "the May meeting
# with Trump").
_MONTH_SITTING_AFTER = re.compile(r"\s+(?:[Pp]olicy\s+|[Bb]oard\s+|[Rr]ate\s+)?(?:[Mm]eetings?|[Ss]ession|[Ss]itting)\b"
                                  r"(?!\s+(?:with\s+)?[A-Z])")
_SITTING_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|their)|['’]s)\s*$", re.IGNORECASE)
_MONTH_SUBJECT_AFTER = re.compile(r"\s+(?:was|saw|marked|brought|had\s+been|has\s+been|ended|became)\b")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|their|this|that)|['’]s)\s*$", re.IGNORECASE)


def _month_by_its_event(s: str, m, before: str) -> bool:
    if _DETERMINER_BEFORE.search(before) and _MONTH_EVENT_AFTER.match(s, m.end()) or \
            _SITTING_DETERMINER_BEFORE.search(before) and _MONTH_SITTING_AFTER.match(s, m.end()):
        return True
    verb = _MONTH_SUBJECT_AFTER.match(s, m.end()) if not before.strip(" \"'“‘(") else None
    # ... and its clause tells of a month (weather, a record, a rise), not of a person or a march:
    # "May was speaking to reporters", "May brought the bill back", "March was cancelled by police".
    if verb is None:
        return False
    rest = _CLAUSE_REST.match(s, verb.end())[0]
    passive = _PASSIVE_AFTER.match(rest)
    if passive and not passive["by"]:
        # "March was cancelled because of the rain", "May was asked about inflation": a passive with no
        # agent tells of a march or a person, whatever words follow, unless it ranks the month ("March
        # was declared the wettest on record"; "May was marked by heavy rain", "March was seen as the
        # worst month" tell of the month).
        return _MONTH_RANKED.search(rest) is not None
    return _MONTH_TOLD.search(rest) is not None


# A bare "be" after "May", an adverb or two between at most ("THIS COPY ... AND MAY BE UPDATED", "and may well
# be", "or may not be"): the modal, whatever word stands before it ("and" lets a month through: "April and May").
_MAY_BE_AFTER = re.compile(r"(?:\s+(?:not|never|well|also|still|yet|even|soon|only|just|already|now|then|always|"
                           r"actually|possibly|perhaps|indeed|therefore|thus|sometimes|no\s+longer)){0,2}\s+be\b",
                           re.IGNORECASE)
_MONTH_RANKED = re.compile(r"\b(?:wettest|driest|hottest|coldest|warmest|coolest|sunniest|snowiest|busiest|quietest|"
                           r"worst|best|record)\b", re.IGNORECASE)
# A past participle right after the month's "was"/"had been"/"has been", and a "by" or "as" after it.
_PASSIVE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?-i:[a-z]+(?:ed|en)|held|hit|told|called|made|kept|left|"
                            r"paid|put|run|set|shut|sold|struck|won|lost)\b(?P<by>\s+(?:by|as)\b)?")


_CLAUSE_REST = re.compile(r"[^,.;:!?\"”]{0,80}")
_MONTH_TOLD = re.compile(r"\b(?:months?|wettest|driest|hottest|coldest|warmest|coolest|sunniest|snowiest|busiest|"
                         r"quietest|worst|best|record|rain\w*|snow\w*|storms?|temperatures?|heat|weather|rises?|falls?|"
                         r"drops?|jumps?|increases?|declines?|surges?|slump|prices|sales|inflation|percent)\b|\d+(?:\.\d+)?\s*%",
                         re.IGNORECASE)


# A capitalised word right before a bare month (_valid_mo) that may be a given name: "Tara August, Senior Vice
# President of ...", "Jane June said" (not a preposition, a determiner or a time word that a headline or a
# sentence's head capitalises: "Until August, officials said", "Last June said", nor a weekday or a month).
# (_GIVEN_NAME_BEFORE, the holidays' below, finds the word)
_NOT_A_NAME_BEFORE_MONTH = frozenset("""in on at by for from since until till through thru during before after
    early late mid last next this past coming every each of to and or the an but so as than that with without
    into over throughout around about between starting beginning ending following per then also even only just
    again circa""".split()) | frozenset(WEEKDAYS) | MONTH_NAMES
# The quotes, brackets and spaces a sentence may open with, before its first word (read from the start only: a
# test once a month's mention, which a copy of the sentence up to it would make long in a sentence of many dates).
_SENTENCE_OPENING = re.compile(r"[ \"“‘'(]*")
# ... then what tells a person: a title set after a comma ("..., Senior Vice President", ", the director of",
# ", a spokeswoman for"), or a verb of saying right after ("... August said").
_PERSON_AFTER_MONTH = re.compile(
    r"\s*,\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:senior|executive|deputy|assistant|associate|vice|general|"
    r"chief|managing|acting|interim|former)\s+)*(?:president|vice-president|director|chief|ceo|cfo|coo|"
    r"chair(?:man|woman|person)?|head|manager|executive|secretary|minister|professor|spokes(?:man|woman|person)|"
    r"founder|co-founder|owner|coach|analyst|economist|editor|reporter|correspondent|officer|senator|mayor|governor|"
    r"commissioner|partner|principal|superintendent|lawyer|attorney)\b|\s+(?:said|says|told|added|explained)\b",
    re.IGNORECASE)


# A quarter, a half or a count of months named by the bare month it ends in ("in the quarter ended June", "its fiscal
# third quarter to April", "the six months through September", "the 12 months to June", "the quarter that ended in
# March"): the period, which the
# conventions leave out as "the June quarter" (not "the quarter ended June 30", a day of its own; nor "the year to
# March", a fiscal year by its end; nor a share, "rose by a quarter to June's level").
_QUARTER_ENDING_BEFORE = re.compile(r"(?<!\b[Aa]\s)(?<!\bone\s)\b(?:quarters?|half(?:[-\s]years?)?|"
                                    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])"
                                    r"[-\s]months?)\s+"
                                    r"(?:(?:that|which)\s+)?(?:ended|ending|ends|to|through|thru)\s+(?:in\s+)?$",
                                    re.IGNORECASE)
# (every match holds one of these: a window holding none skips the search, whose look-behinds the engine tries at
# each character; tests/extraction/test_fast_paths.py)
_QUARTER_ENDING_WORDS = ("quarter", "half", "month")


# ... the period a noun phrase: a determiner, an ordinal, a word of a period or a preposition of one right before it
# (with a count of quarters between: "the two quarters to June"), or a clause's start. Not a count of months or
# quarters that measures a shift ("was pushed back six months to September", "postponed by three months to
# September", "delayed the launch two quarters to June"): the month it is moved to.
_PERIOD_LEAD = re.compile(r"(?:(?<![\w'’-])(?:the|its|their|his|her|our|your|this|that|these|those|each|every|same|"
                          r"first|second|third|fourth|1st|2nd|3rd|4th|last|past|latest|recent|previous|prior|"
                          r"preceding|fiscal|financial|final|full|current|next|opening|comparable|in|for|over|during|"
                          r"across|of|from|throughout)\s+|['’]s\s+|-|[,;:(—–]\s*)"
                          r"(?:(?:two|three|four|2|3|4)\s+)?$", re.IGNORECASE)


def _ends_a_quarter(s: str, start: int) -> bool:
    """Whether the month at s[start:] names the end of a quarter, a half or nine months (_QUARTER_ENDING_BEFORE),
    the period a noun phrase of its own (_PERIOD_LEAD)."""
    if start <= 8 or s[start - 1:start] != " ":
        return False
    lo = start - 40 if start > 40 else 0
    if not may_hold(s[lo:start], _QUARTER_ENDING_WORDS):
        return False
    q = _QUARTER_ENDING_BEFORE.search(s, lo, start)
    if q is None:
        return False
    at = q.start()
    if (lead := _PERIOD_LEAD.search(s, max(0, at - 30), at)) is None:
        return not s[:at].strip(" \t\n\"“‘'(")
    # ("postponed for three months to September", "delayed over two quarters to June": a shift's length)
    return lead[0][:4].lower() not in ("for ", "over") or \
        _SHIFTED_BEFORE.search(s, max(0, lead.start() - 30), lead.start()) is None


# A shift's verb before "for"/"over" and its length ("The vote was postponed for three months to September").
_SHIFTED_BEFORE = re.compile(r"\b(?:postponed|delayed|deferred|moved|pushed\s+back|put\s+off|extended|suspended|"
                             r"adjourned|rescheduled|shifted|pushed|stretched)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


# A quarter or a half right after a month (_valid_mo) that the qtr rule left: "the June and September quarters",
# "every June quarter" (not "the June quarter-final", "in June, a quarter of ...").
# (nor "the June half-marathon", "the October half-term", "the June quarter-end")
_MONTH_QUARTER_AFTER = re.compile(r"(?:\s+|-)quarters?\b(?![-\s]*(?:finals?|end)\b)", re.IGNORECASE)
_MONTH_HALF_AFTER = re.compile(r"(?:\s+|-)half(?:[-\s]+years?\b|\b(?!-)(?!\s+(?:of|the|a|an|his|her|their|its|our|"
                               r"marathons?|terms?|times?|hours?|way|dozen|century|price)\b))", re.IGNORECASE)


# A month range written with a hyphen or an en dash between two month names ("the July-August period", "in
# July–August 2024", "the February-March slump"): both months are read, and the pipeline joins the two, a dash
# between them, as one range, as it does "from July to August". Not the months of a quarter or a half ("the
# April-June quarter": _MONTH_QUARTER_AFTER), nor a month before a hyphen and any other word ("July-style").
_MONTH_PAIR_DASH = re.compile(r"[-–](?P<mo>[A-Z][a-z]+)\b")


# A pair whose first month is "May" or "March" (words of their own too: "a May-December romance") needs a
# preposition right before it ("in May-June", "during March-April") or, after it, a noun of a time or of figures
# ("the May-June period", "The May-June rains") or a year ("March-May 2020").
_PAIR_PREPOSITION_BEFORE = re.compile(r"\b(?:in|during|from|between|over|through|throughout|since|until|till|by|"
                                      r"before|after|for)\s+$", re.IGNORECASE)
_PAIR_TIME_NOUN_AFTER = re.compile(r"(?:\s+[a-z-]+)?\s+(?:periods?|seasons?|months|window|spell|stretch|span|"
                                   r"timeframe|term|session|holidays?|break|rains|floods?|flooding|monsoon|drought|"
                                   r"heat(?:wave)?|harvest|slump|peak|lull|figures|data|sales|quarters?|half)\b|"
                                   r"\s+(?:19|20)\d\d\b")


def _month_pair(s: str, dash: int) -> str | None:
    """What the dash at `dash` stands between: "pair", two month names, full or abbreviated ("July-August",
    "July–August period", "Jan-Feb", "Jan.-Feb. 2024"); "unit", two months of a quarter's or a half's name
    ("April-June quarter") or the ends of a calendar quarter or half ("the April-June period"); None, anything
    else ("July-style")."""
    after = _MONTH_PAIR_DASH.match(s, dash)
    if after is None or after["mo"].lower() not in MONTHS:
        return None
    word = s.rfind(" ", 0, dash) + 1
    first = s[word:dash].lstrip("(\"“‘'")
    # (an abbreviation may keep its point before the dash: "Jan.-Feb.")
    if first.lower().rstrip(".") not in MONTHS or first.endswith(".") and first.lower()[:-1] in MONTH_NAMES:
        return None
    first = first.rstrip(".")
    if (chain := _MONTH_PAIR_DASH.match(s, after.end())) is not None and chain["mo"].lower() in MONTHS:
        return None  # "the April-May-June trilogy": a chain of three months, no pair
    # (a calendar quarter's or half's months, "the April-June period", "January-June": a quarter or a half by
    # another name, left out as "the second quarter" is from what a reader dates; "the June-August period" is none)
    start, span = month_value(first), (month_value(after["mo"]) - month_value(first)) % 12 + 1
    if _MONTH_QUARTER_AFTER.match(s, after.end()) or _MONTH_HALF_AFTER.match(s, after.end()) or \
            span == 3 and start % 3 == 1 or span == 6 and start % 6 == 1:
        return "unit"
    if first.lower() in ("may", "march", "mar") and \
            _PAIR_PREPOSITION_BEFORE.search(s, max(0, word - 12), word) is None and \
            _PAIR_TIME_NOUN_AFTER.match(s, after.end()) is None:
        return None  # "a May-December romance": "May" and "March" are other words too, a pair needs what a time has
    return "pair"


# A bare month abbreviation with no stop, day or year ("Jun", "Jan", "Dec") is a person's name more often than the
# month where only "of" stands before it and no part of time before that ("the removal of Jun from office", "the
# arrest of Jan"; not "the end of Jun", "the first week of Jan"), or where it takes a possessive ("Jun's
# impeachment"): a month's abbreviation is a table's or a list's, written with a day or a year.
# (only the abbreviations that are given names too, Jan and Jun: "the elections of Nov" keeps its month)
_NAME_ABBREVIATIONS = frozenset(("jan", "jun"))
_TIME_PART_BEFORE_OF = re.compile(r"\b(?:end|beginning|start|middle|half|part|rest|week|weeks|month|months|days|"
                                  r"mid|close|course)\s+of\s+$", re.IGNORECASE)


def _abbreviation_is_a_name(before: str, after: str) -> bool:
    """`after`: the mention's last two characters and the eight after it (a possessive may end the mention)."""
    if "'s" in after[:4] or "’s" in after[:4]:
        return True
    return before.lower().endswith(" of ") and not _TIME_PART_BEFORE_OF.search(before) and \
        not _WHEN_AFTER.match(after, 2)


# ("the chaos of Jan, when the capital flooded": a time's "when" after it)
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)


def _valid_mo(m, s, gd):
    if not (_month_ok(gd["mo"]) or _lower_month_ok(gd["mo"], gd.get("mo_mod")) and _lower_month_not_adjective(s, m)):
        return False
    if _EVERY_BEFORE.search(s, (m.start() - 8 if m.start() > 8 else 0), m.start()):
        return False  # "each July", "every March": no particular month
    if s[m.end():m.end() + 1] == " " and s[m.end() + 1:m.end() + 2].isupper() and \
            _DAY_OF_BEFORE.search(s, max(0, m.start() - 12), m.start()) and _BODY_NAMED_AFTER.match(s, m.end()):
        return False  # "the 26th of July Movement": a body's name (_named_body)
    if not gd.get("mo_mod") and m.start() > 6 and s[m.start() - 1:m.start()] == " " and \
            ends_with_word(s[max(0, m.start() - 14):m.start()], _TYPICAL_WORDS) and \
            (typical := _TYPICAL_BEFORE.search(s, max(0, m.start() - 22), m.start())) and \
            not (typical["a"] and _TYPICAL_PREDICATE_BEFORE.search(s, max(0, typical.start() - 16),
                                                                          typical.start())):
        return False  # "every other August", "in a typical January", "any given March": no particular month
    if not gd.get("mo_mod") and _KIN_BEFORE.search(s, max(0, m.start() - 16), m.start()):
        return False  # "Smith's mother June, read out": a relative's name
    if _MONTH_QUARTER_AFTER.match(s, m.end()) or _MONTH_HALF_AFTER.match(s, m.end()) and \
            _DETERMINER_BEFORE.search(s, max(0, m.start() - 12), m.start()):
        # "the June and September quarters", "every June quarter", "the April-June quarter": no month (the qtr
        # rule, tried first, reads one quarter or half named by its last month, "the June quarter", as its months)
        return False
    if gd.get("mo_mod"):
        return True
    if _ends_a_quarter(s, m.start()):
        return False  # "in the quarter ended June", "the six months to September": the period, no month
    mon = gd["mo"].lower().rstrip(".")
    before = s[max(0, m.start() - 25):m.start()]
    # (the second month of a pair: "the February-March slump", read as the first is)
    if m.start() > 2 and s[m.start() - 1] in "-–" and (s[m.start() - 2].isalpha() or s[m.start() - 2] == ".") and \
            _month_pair(s, m.start() - 1) == "pair":
        return True
    pair = _month_pair(s, m.end()) if s[m.end():m.end() + 1] in ("-", "–") else None
    if pair == "unit":
        return False  # "the April–June quarter": the quarter's months, no month of their own
    if pair == "pair" and mon in MONTHS:
        return True  # "the March-April period", "The May-June rains": a pair of months, whatever stands before
    if mon in ("may", "march", "mar") or (mon not in MONTH_NAMES and not gd["mo"].endswith(".")):
        # Bare "May"/"March"/"Jan" need a preposition: "in May" yes,
        # "Theresa May" or "March organisers" no.
        if not _MONTH_CONTEXT.search(before) and not _month_by_its_event(s, m, before):
            return False
        if mon in _NAME_ABBREVIATIONS and _abbreviation_is_a_name(before, s[m.end() - 2:m.end() + 8]):
            return False
    if mon in ("may",) and before.endswith(("Theresa ", "Brian ")):
        return False
    if mon == "may" and _MAY_BE_AFTER.match(s, m.end()):
        return False  # "... AND MAY BE UPDATED", "and May not be": a month takes no bare "be"; the modal
    if before.endswith(" ") and (name := _GIVEN_NAME_BEFORE.search(before)) is not None and \
            name.group(1).lower() not in _NOT_A_NAME_BEFORE_MONTH and \
            (person := _PERSON_AFTER_MONTH.match(s, m.end())) is not None and not title_case(s) and \
            (person.group().lstrip()[:1] != "," or
             _SENTENCE_OPENING.match(s).end() < max(0, m.start() - 25) + name.start()):
        # "says Tara August, Senior Vice President", "Jane June said": a person's surname; but a word opening the
        # sentence before a month and a comma is the sentence's ("Come September, the mayor said, ...", "Effective
        # January, the chief executive said")
        return False
    after = s[m.end():m.end() + 2]
    if s[max(0, m.start() - 2):m.start()].endswith(("-", "–")) and \
            s[max(0, m.start() - 3):m.start() - 1].rstrip(".").isalpha():
        return False  # "the April-June quarter", "the Apr.-June period"
    if after[:1] == "-" or (after[:1] == " " and re.match(r" [A-Z][a-z]", s[m.end():m.end() + 3])
                            and not _MONTH_CONTEXT.search(before)):
        # "August Wilson", "July-style": a name, not the month.
        return False
    return True


# --- days relative to the publication date ---------------------------------
def day_of_week(published: dt.date, weekday: int, week: str) -> DateValue:
    """ "on Tuesday last week", "Thursday of next week": the day of that week (weeks start on
    Monday), not the nearest such day ("Tuesday last week" in a Wednesday paper is eight days
    back, not yesterday)."""
    monday = published - dt.timedelta(days=published.weekday())
    return DateValue(monday + dt.timedelta(days=weekday + {"last": -7, "next": 7, "this": 0}[week]), "day")


def _resolve_wd(m, ctx):
    g = m.g
    wd = WEEKDAYS[g("wd").lower()]
    mod = _norm((g("wd_mod") or "").lower())
    base = ctx.published
    week = (g("wd_week") or "").lower()
    if week and not mod:
        return day_of_week(base, wd, week)
    if mod == "following" and m.text.endswith(("'s", "’s")):
        # "reopened Tuesday following Monday's storms": a preposition, and the
        # weekday is the last one before the day it follows; "will be signed following
        # Monday's summit" is a plan after the coming one (or today's), whatever day came before.
        if ctx.day_anchor is None or ctx.tense == "future":
            mod = ""
        else:
            base = ctx.day_anchor.date
            return DateValue(base - dt.timedelta(days=(base.weekday() - wd - 1) % 7 + 1), "day")
    if mod in ("the previous", "previous", "the following", "following") and ctx.day_anchor:
        base = ctx.day_anchor.date
    if mod in ("later", "earlier"):
        # "will be sentenced later Monday", "a news conference for later Sunday night",
        # "said earlier Tuesday": a part of the day the story was written, which is
        # the publication day or, for a paper of the next morning, the day before
        # ("later" the day after too, unless told in the past: "Later Tuesday, he was
        # released" in a Monday paper is last Tuesday); another weekday is read as a bare one.
        ahead = (wd - base.weekday()) % 7
        if ahead == 0 or ahead == 6 or ahead == 1 and mod == "later" and ctx.tense != "past":
            return DateValue(base + dt.timedelta(days=ahead if ahead < 6 else -1), "day")
    delta = (base.weekday() - wd) % 7
    prev = base - dt.timedelta(days=delta)          # on or before
    nxt = base + dt.timedelta(days=(wd - base.weekday()) % 7)  # on or after
    if mod == "this past":
        d = prev if prev < base else prev - dt.timedelta(days=7)  # "this past Thursday": the last one, yesterday too
    elif mod in ("last", "the previous", "previous"):
        d = prev if prev < base else prev - dt.timedelta(days=7)
        if mod == "last" and (base - d).days == 1 and base == ctx.published:
            # "last Tuesday" in a Wednesday paper is a week before yesterday, which a writer
            # calls "Tuesday" or "yesterday" (the gold of every real-news set reads it so).
            d -= dt.timedelta(days=7)
    elif mod in ("next", "the following", "following", "this coming", "coming"):
        d = nxt if nxt > base else nxt + dt.timedelta(days=7)
    elif ctx.tense == "future":
        d = nxt
    elif mod == "this" and ctx.tense != "past" and prev < base - dt.timedelta(days=base.weekday()):
        # "this Saturday" in a present or untensed clause is a day of the writer's own week, never
        # one of the week before: "looks ahead to the derby this Saturday" in a Monday paper.
        d = nxt
    elif ctx.tense == "present" and (mod == "this" or not m.text.endswith(("'s", "’s"))):
        # Captions and leads in the present ("X is greeted by Y Friday", "the
        # storm is bearing down on the coast Wednesday") speak of this day or
        # one close to it: the nearest such day, up to two days back ("agreed
        # to meet Monday" in a Thursday paper is the coming Monday). So is a possessive after
        # "this" ("This Saturday's game is too important"): this week's day, not one gone by.
        d = prev if (base - prev).days <= 2 else nxt
    elif ctx.tense is None and (nxt - base).days in (1, 2) and (ctx.ahead_ok or m.text.endswith(("'s", "’s"))):
        # A weekday whose clause says no tense, one or two days ahead: that coming day
        # ("Chance of storms Saturday night", "a contest Saturday night against Virginia
        # Tech", a verbless "Saturday's games" in a Friday paper); the one five or six
        # days back a writer calls "last Saturday". On the weekday sets (bench/weekdays-*)
        # such days lay ahead as often as back.
        d = nxt
    else:
        d = prev  # past or no tense said: news reports what happened
    return DateValue(d, "day")


# A weekday between "the" and the capitalised head of a group's, a paper's or a programme's name that
# _PAPER_AFTER does not know is part of the name ("the Tuesday Group", "the Sunday Star", "The Saturday Show", "the
# Friday Edition", "the Monday Briefing"); not before another name ("the Tuesday Senate vote", "after the Sunday
# Mass": that day's).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NAME_AFTER = re.compile(r"\s+(?-i:Star|World|Journal|Sport|Review|Group|Club|Show|Programme|Program|Edition|"
                         r"Supplement|Magazine|Podcast|Briefing)\b")
# (and the names of weekly customs and promotions: "Taco Tuesday", "Throwback Thursday", "Thirsty Thursday":
# every such weekday's, no day; not "Business", "Mall Open for Business Saturday", nor "Manic": "It was a Manic
# Monday on Wall Street" is one day)
_NAMED_DAY_FIRST_WORDS = ("Super", "Black", "Cyber", "Bloody", "Ash", "Maundy", "Giving", "Holy", "Palm", "Fat",
                          "Shrove", "Blue", "Good", "Taco", "Throwback", "Thirsty", "Easter", "Whit")
_NAMED_DAY_BEFORE = re.compile(rf"\b(?-i:{'|'.join(_NAMED_DAY_FIRST_WORDS)})\s+$")
# The same words in lower case, which _NAMED_DAY_BEFORE ends with before its whitespace
# (fastpath.ends_with_word): the window before most weekdays ends with none of them ("on ", "last "), and
# the regex, tried at each of its positions, is skipped. So for _GENERIC_BEFORE's words (_GENERIC_WORDS).
_NAMED_DAY_WORDS = tuple(word.lower() for word in _NAMED_DAY_FIRST_WORDS)
_TITLE_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)")
# A broadcaster's call sign (WCCO, KTVB) or network right before "Sunday Morning": its programme. Not any
# capitals: "Storms Hit NYC Sunday Night", "Tornado Hits KY Sunday Night" are headlines with a day.
_CALLSIGN_BEFORE = re.compile(r"\b(?:[KW][A-Z]{3}|CBS|NBC|ABC|BBC|CNN|PBS|ITV|RTE|CBC)\s+$")
_A_BEFORE = re.compile(r"\b[Aa]\s+$")
# A determiner of any such day before a holiday's weekday: "every bank holiday Monday", "the record for an August
# Bank Holiday Monday", "closed on a public holiday Friday", "collected late after a bank holiday Monday" (a month or
# "early"/"late"/"spring"/"summer" before the holiday at most); "a"/"an" only after a preposition, whose "a" is any
# ("a bank holiday Monday washout", "enjoyed a bank holiday Monday", "It's a bank holiday Monday" tell the one day).
_A_HOLIDAY_BEFORE_WD = re.compile(r"\b(?:every|each|any|(?:for|on|after|before|during|over)\s+an?)\s+"
                                  r"(?:(?:early|late|spring|summer)\s+)?"
                                  rf"(?:(?:{MONTH_NAME_ALTERNATION})\s+)?(?:bank|public)\s+holiday\s+$", re.IGNORECASE)
# A word of frequency or of typicality between the determiner and the weekday: every such day, or none.
# ("every other", not the reciprocal "each other": "the two sides faced each other Tuesday night")
_TYPICAL_BEFORE = re.compile(r"\b(?:every\s+(?:other|second|third|fourth|alternate)|"
                             r"(?P<a>an?|any)\s+(?:typical|normal|usual|ordinary|average|given))\s+$", re.IGNORECASE)
# ... but a copula's "a normal Friday" is the one day told ("It was a normal Friday at the plant until the
# explosion", "It started as an ordinary Tuesday morning").
_TYPICAL_PREDICATE_BEFORE = re.compile(r"\b(?:was|were|is|been|(?:started|began|seemed|felt)\s+(?:as|like))\s+$",
                                       re.IGNORECASE)
# The words _TYPICAL_BEFORE ends with before its whitespace (fastpath.ends_with_word: most windows end with none).
_TYPICAL_WORDS = ("other", "second", "third", "fourth", "alternate", "typical", "normal", "usual", "ordinary",
                  "average", "given")
_SUNDAY_COMPOUND_AFTER = re.compile(r"\s+(?:school|best|roasts?)\b", re.IGNORECASE)
# "the Sunday Times", "Sunday Telegraph reporter", "the Mail on Sunday": a newspaper's name. Each
# is a Sunday paper: "the Daily Mail on Monday", "the Toronto Star on Tuesday", "On Monday Tribune
# said" are the day it reported; so is "on Sunday" ("On Sunday Independent candidates ...").
_PAPER_AFTER = re.compile(r"\s+(?-i:Times(?!\s+Square)|Telegraph|Mirror|Express|Herald|Independent|"
                          r"Post(?!\s+Office)|Tribune|Mail|Observer|Standard|Nation|Guardian|Star-Times|"
                          r"Business\s+Post|"
                          # a credit line in capitals: "SUNDAY TIMES: ...", "(SUNDAY TELEGRAPH)", "SUNDAY WORLD:"
                          r"TIMES|TELEGRAPH|MIRROR|EXPRESS|HERALD|INDEPENDENT|POST|TRIBUNE|MAIL|OBSERVER|WORLD|"
                          r"STAR-TIMES|STAR)\b")
_PAPER_BEFORE = re.compile(r"\b(?:(?<!Daily\s)Mail|Independent|Sport|Sun)\s+on\s+$")
# ... and in capitals, a credit line's, opening its line (or after a label's colon) and closed by a colon, a dash, a
# bracket or the end ("MAIL ON SUNDAY:", "(WALES ON SUNDAY)", "Source: MAIL ON SUNDAY"), or after "the" ("told the
# MAIL ON SUNDAY"); not a headline's day ("ENGLAND FACE SCOTLAND ON SUNDAY:", "POSTIES TO DELIVER MAIL ON SUNDAY").
# (not "SUN ON SUNDAY - RAIN ON MONDAY": "SUN" only after "THE")
_CAPS_PAPER = r"(?:MAIL|INDEPENDENT|SCOTLAND|WALES|IRELAND|THE\s+SUN)\s+ON\s+$"
_CAPS_PAPER_BEFORE = re.compile(r"(?:^|(?<=[\n(])|(?<=:\s))[ \t]*(?:THE\s+)?" + _CAPS_PAPER)
_CAPS_PAPER_AFTER = re.compile(r"\s*(?::|[—–-]\s|\)|$)")
_THE_CAPS_PAPER_BEFORE = re.compile(r"\b[Tt]he\s+" + _CAPS_PAPER)
ON_BEFORE = re.compile(r"\b[Oo]n\s+$")  # (pipeline's "on May Day last year" too)
# ... and "in a" a weekday's blog or podcast ("said in a Monday blog post", "In a Tuesday podcast, ..."): one such
# writing or show (not "He writes a Friday blog", "On a Monday podcast last month": a regular one, any such day).
_BLOG_AFTER = re.compile(r"\s+(?:blog|podcast)\b")
_IN_A_BEFORE = re.compile(r"\b[Ii]n\s+an?\s+$")
# ("in a Sunday research note", "a Monday client note": an analyst's note, named by its readers, is one writing)
_ONE_HAPPENING_AFTER = re.compile(rf"(?:\s+(?:morning|afternoon|evening|night))?\s+"
                                  rf"(?:(?:research|client|investor|analyst)\s+(?=notes?\b))?"
                                  rf"(?:{'|'.join(ONE_HAPPENING_NOUNS)})\b")


# A short title in quotation marks: "'Manic Monday'", "“Sunday in the Park with George”", "Netflix's 'Wednesday'"
# (the opening mark after no letter, the closing one before none; no stop or comma inside, as a quoted saying
# has: "“See you Thursday,” she said"; each word capitalised but the small ones of a title).
_QUOTED_TITLE = re.compile(r"(?<![\w])[\"“‘'](?P<title>[^\"“”‘’'.,;:!?()\n]{1,60}?)[\"”’'](?![\w])")
_TITLE_SMALL_WORDS = frozenset("a an the and or of in on at to for with by from into as nor but".split())
# A saying's words, not a title's: a pronoun subject or a modal ("'We Will Vote Tuesday'", "'Could Hit Thursday'").
_SAYING_WORDS = frozenset("i we you they he she it will would could can must should shall may might won't "
                          "can't don't".split())
# A word in lower case of four letters or more outside the quote: the sentence is no title-case headline, whose
# quotes may hold a saying in title case ("Storm 'Could Hit Thursday' as Forecasters Warn Coast").
_LOWER_WORD = re.compile(r"(?<![\w'’])(?-i:[a-z]{4,})\b")
_QUOTE_MARKS = "\"“‘'"


def _in_quoted_title(s: str, m) -> bool:
    """Whether the weekday lies in a short quoted title (_QUOTED_TITLE): a song's, a show's, a film's name."""
    lo = m.start() - 60 if m.start() > 60 else 0
    if not holds(s[lo:m.start()], _QUOTE_MARKS):
        return False
    for t in _QUOTED_TITLE.finditer(s, lo, min(len(s), m.end() + 60)):
        if t.start("title") <= m.start() and m.end() <= t.end("title"):
            words = t["title"].split()
            return len(words) <= 8 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS
                                           for w in words) and \
                not any(w.lower() in _SAYING_WORDS for w in words) and \
                _LOWER_WORD.search(s[:t.start()] + " " + s[t.end():]) is not None
    return False


def _resolve_wdd(m, ctx):
    """ "Sunday 21", "Friday 19": a weekday and its day of the month with no month, as British copy writes the first
    end of a range or a pair whose other end names the month ("from Friday 19 to Sunday 21 August", "on Saturday 3
    and Sunday 4 October": pipeline gives it its partner's month). Alone, the month by the clause's tense (as a
    yearless day's year, grammar's DAY_PAST_DAYS) among the nearest whose day of that number falls on that
    weekday: the pair names one such day every few months."""
    wd, day = weekday_number(m.g("wdd_wd")), int(m.g("wdd_d"))
    first = ctx.published.replace(day=1)
    cands = [d for k in range(-_WDD_MONTHS, _WDD_MONTHS + 1)
             if (d := safe_date((f := add_months(first, k)).year, f.month, day)) is not None and d.weekday() == wd]
    if not cands:
        return None
    return DateValue(pick(cands, ctx.published, ctx.tense, prefer_past_within=DAY_PAST_DAYS), "day")


_WDD_MONTHS = 14  # (how many months either side of the paper's a weekday's day of the month is looked for in)


def _valid_wdd(m, s, gd):
    return gd["wdd_wd"][0].isupper() and 1 <= int(gd["wdd_d"]) <= 31 and not _in_quoted_title(s, m)


# A weekday typed in lower case is one right after "this", "next", "last" or a preposition of time ("will be
# available this wednesday", "closed on sunday"); with no such word before it, a name's ("a ruby tuesday cocktail", "a
# sunday roast"). (recognition._starts_nothing keeps such a trigger.)
LOWER_WD_BEFORE = re.compile(r"\b(?:this|next|last|coming|past|on|until|till|by|since|from|before|after)\s+$",
                             re.IGNORECASE)
# ... and not before a noun of its own in lower case ("after sunday school", "on saturday night live"): a name's.
_LOWER_WD_NOUN_AFTER = re.compile(r"\s+(?!(?:at|in|on|to|of|and|or|but|the|a|an|for|from|until|till|with|by|as|when|"
                                  r"while|after|before|if|is|are|was|were|will|would|that|which|who|he|she|it|they|we|"
                                  r"i|you|there|morning|afternoon|evening|night)\b)[a-z]")


def _valid_wd(m, s, gd):
    start = m.start()  # (read once; its windows as conditionals, not max(): fastpath's note)
    if not gd["wd"][0].isupper() and not (gd["wd"].islower() and
                                          LOWER_WD_BEFORE.search(s, max(0, m.start("wd") - 8), m.start("wd")) and
                                          not _LOWER_WD_NOUN_AFTER.match(s, m.end())):
        return False  # (a lower-case weekday only after its modifier or a preposition of time: "this wednesday")
    if _in_quoted_title(s, m):
        return False  # "The band played “Ruby Tuesday”", "Netflix's 'Wednesday' returned": a title, no day
    if s[start - 1:start] == "-" and m[0] == gd["wd"] and \
            (first := _HYPHENED_NAME_BEFORE.search(s, (start - 16 if start > 16 else 0), start)) and \
            first[1].lower() not in WEEKDAYS and (surname := _SURNAME_AFTER.match(s, m.end())) and \
            surname[1].lower() not in _NOT_A_SURNAME and not title_case(s):
        return False  # "Leo-Sunday Jitong", "Mary-Monday Okon": a hyphened given name, then a surname
    if m[0].endswith(("Night", "Morning")) and _TITLE_AFTER.match(s, m.end()):
        return False  # "Saturday Night Live", "Monday Night Football": a show's name
    if m[0].endswith(("Night", "Morning", "Evening")) and \
            _CALLSIGN_BEFORE.search(s, (start - 10 if start > 10 else 0), start):
        return False  # "on WCCO Sunday Morning", "CBS Sunday Morning": a broadcaster's show, not a day
    if not gd.get("wd_mod") and gd["wd"].lower() == "sunday" and (
            _PAPER_AFTER.match(s, m.end()) and not ON_BEFORE.search(s, (start - 4 if start > 4 else 0), start) or
            _PAPER_BEFORE.search(s, (start - 16 if start > 16 else 0), start) or
            m[0] == "SUNDAY" and (_CAPS_PAPER_BEFORE.search(s, (start - 24 if start > 24 else 0), start) and
                                  _CAPS_PAPER_AFTER.match(s, m.end()) or
                                  _THE_CAPS_PAPER_BEFORE.search(s, (start - 24 if start > 24 else 0), start))):
        return False  # "the Sunday Times", "the Mail on Sunday": a newspaper's name
    if not gd.get("wd_mod") and ends_with_word(s[(start - 11 if start > 11 else 0):start], _NAMED_DAY_WORDS) and \
            _NAMED_DAY_BEFORE.search(s, (start - 11 if start > 11 else 0), start):
        return False  # "Super Tuesday", "Black Friday": a named day, not the last such weekday
    if m[0] == gd["wd"] and _THE_BEFORE.search(s, (start - 4 if start > 4 else 0), start) and \
            _NAME_AFTER.match(s, m.end()):
        return False  # "the Sunday Times", "the Tuesday Group": a name, not a day
    if not gd.get("wd_mod") and ends_with_word(s[(start - 8 if start > 8 else 0):start], _GENERIC_WORDS) and \
            _GENERIC_BEFORE.search(s, (start - 8 if start > 8 else 0), start) and not (
            _A_BEFORE.search(s, (start - 3 if start > 3 else 0), start) and (
                _ONE_HAPPENING_AFTER.match(s, m.end()) or
                _BLOG_AFTER.match(s, m.end()) and _IN_A_BEFORE.search(s, (start - 6 if start > 6 else 0), start))):
        return False  # "on a Friday", "every Monday": no particular day (but "in a Tuesday statement")
    if not gd.get("wd_mod") and start > 14 and "oliday " in s[(start - 9 if start > 9 else 0):start] and \
            _A_HOLIDAY_BEFORE_WD.search(s, (start - 40 if start > 40 else 0), start) and \
            not _ONE_HAPPENING_AFTER.match(s, m.end()):
        # "the record for an August Bank Holiday Monday", "every bank holiday Monday": any such holiday's weekday, no
        # particular day (as "a Monday"; not "It was a bank holiday Monday to forget", the day told)
        return False
    if not gd.get("wd_mod") and start > 6 and s[start - 1:start] == " " and \
            ends_with_word(s[(start - 14 if start > 14 else 0):start], _TYPICAL_WORDS) and \
            (typical := _TYPICAL_BEFORE.search(s, (start - 22 if start > 22 else 0), start)) and \
            not (typical["a"] and _TYPICAL_PREDICATE_BEFORE.search(s, max(0, typical.start() - 16),
                                                                          typical.start())):
        return False  # "every other Saturday", "on a typical Friday night", "any given Sunday": no particular day
    if gd["wd"] == "Sunday" and m[0] == "Sunday" and _SUNDAY_COMPOUND_AFTER.match(s, m.end()) and \
            not ON_BEFORE.search(s, (start - 4 if start > 4 else 0), start):
        # "taught Sunday school", "in his Sunday best", "the pub's Sunday roast": no day (not "On Sunday school
        # officials said")
        return False
    # (whitespace right after the weekday, asked once: _WEEKLY_PAIR, _EACH_MONTH, _OF_MONTH_AFTER, _OF_AFTER and
    # _AFTER_AFTER each open with "\s+", and after "Monday," or "Monday." none is tried, ~2,500 instructions each)
    spaced = s[m.end():m.end() + 1].isspace()
    if s[m.end():m.end() + 1] == "s" or \
            spaced and (_WEEKLY_PAIR.match(s, m.end()) or _EACH_MONTH.match(s, m.end())) or \
            _other_weekday_near(s, m) and (_weekly_hours(s, m) or _in_hours_list(s, m)):
        # "Tuesday nights", "open Tuesday through Saturday", "the first Monday of each month": no particular day
        return False
    if s.startswith("-", m.end()) and _HYPHEN_SPAN_AFTER.match(s, m.end()) or \
            "-to-" in s[(start - 5 if start > 5 else 0):start].lower() and \
            _HYPHEN_SPAN_BEFORE.search(s, (start - 14 if start > 14 else 0), start):
        return False  # "the Monday-to-Friday host": every week
    if spaced and _OF_MONTH_AFTER.match(s, m.end()) and _NTH_BEFORE.search(s, (start - 16 if start > 16 else 0), start):
        return False  # "the last Monday in May", "the first Tuesday of November": a day of that month
    if spaced and (_OF_AFTER.match(s, m.end()) or _AFTER_AFTER.match(s, m.end())) and \
            _ORDINAL_BEFORE.search(s, (start - 16 if start > 16 else 0), start):
        # "the second Saturday of the tournament", "the first Monday of the trial": its day, not a date;
        # "the first Tuesday after the count": a rule's day, not the Tuesday nearest publication
        return False
    if (gd.get("wd_mod") or "").lower() == "last" and (_OF_AFTER.match(s, m.end()) or _AFTER_AFTER.match(s, m.end())) \
            and _THE_BEFORE.search(s, (start - 4 if start > 4 else 0), start):
        return False  # "the last Saturday before the election": the final one before it, not last week's
    return True


# The nth weekday of a happening: "the second Saturday of the championships", "the first Monday of the trial".
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|this\s+|its\s+|their\s+)?[A-Za-z]")
# ... or before it: "the third Thursday prior to Election Day", "the second Friday before the vote": a
# rule's day counted back from the occasion, not the weekday nearest publication.
_AFTER_AFTER = re.compile(r"\s+(?:after|following|before|prior\s+to|preceding)\b", re.IGNORECASE)
# ("the last Saturday before the election", "the last Sunday of the season": the final one, not last week's)
_ORDINAL_BEFORE = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|final|last|opening|1st|2nd|3rd|4th)"
                             r"\s+$", re.IGNORECASE)


# The nth weekday of a month ("the last Monday in May", "the first Tuesday of November", "on the
# third Sunday in June"): a day counted in that month, not the weekday nearest publication.
_OF_MONTH_AFTER = re.compile(rf"\s+(?:in|of)\s+(?:{MON}|the\s+month\b)", re.IGNORECASE)
_NTH_BEFORE = re.compile(r"\bthe\s+(?:(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th)\s+)?$|"
                         r"\b(?:first|second|third|fourth|fifth|final|1st|2nd|3rd|4th)\s+$", re.IGNORECASE)


# "the Monday-to-Friday host", "a Saturday-to-Sunday shift": a compound adjective, every week.
_HYPHEN_SPAN_AFTER = re.compile(rf"-to-(?:{WD})\b", re.IGNORECASE)
_HYPHEN_SPAN_BEFORE = re.compile(rf"\b(?:{WD})-to-$", re.IGNORECASE)
# "on Monday and Tuesday nights", "Saturday or Sundays": every week.
_WEEKLY_PAIR = re.compile(rf"\s+(?:and|or|&)\s+(?:{WD})(?:s\b|\s+(?:nights|mornings|evenings|afternoons)\b)",
                          re.IGNORECASE)
# Opening hours and other weekly schedules: "is open Tuesday through Saturday",
# "operates Monday to Friday", "closed Saturdays and Sundays".
# The hours may stand between: "opens at 9 a.m. Monday through Saturday", "is open from 9 a.m. to 5 p.m.
# Monday through Friday".
# A delivery schedule too: "delivered to your inbox Monday through Friday", "sent by email Monday to Friday".
_DELIVERED = r"delivered|sent|e-?mailed|published"
_OPENING_HOURS = re.compile(rf"\b(?:opens?|closed|operates?|operating|available|staffed|{_DELIVERED})\s+"
                            r"(?:(?:directly\s+|straight\s+)?(?:to|in|into)\s+(?:your|the|an?)\s+(?:\w+\s+)?(?:inbox|mailbox|phone|feed)\s+|"
                            r"by\s+e-?mail\s+)?"
                            rf"(?:(?:from|at|between)\s+[\d:]+\s*(?:[ap]\.?m\.?)?\s+(?:(?:to|until|and|-|–)\s+"
                            rf"[\d:]+\s*(?:[ap]\.?m\.?)?\s+)?)?(?:from\s+)?(?:{WD})\s*"
                            rf"(?:through|thru|to|until|-|–)\s*(?:{WD})\b", re.IGNORECASE)
# ... but a closure told as one, in the future or the past ("will be closed from Friday to Monday",
# "was closed Friday through Sunday": those days); "will be available Monday through Friday" is still
# every week.
_ONCE_BEFORE = re.compile(r"\b(?:will(?:\s+not)?(?:\s+be)?|won't(?:\s+be)?|was|were|had\s+been|has\s+been|have\s+been|"
                          r"to\s+be|would\s+be)\s+$", re.IGNORECASE)


# Words whose schedule is every week even in the future ("will be available Monday through Friday");
# a closure or a delivery may be told as one ("was closed", "were delivered Monday through Friday").
_HOURS_WORDS = frozenset(("open", "opens", "operate", "operates", "operating", "available", "staffed"))


# Every _OPENING_HOURS match holds one of these (its verb; fastpath.may_hold): most windows hold
# none, and the regex, tried at every position, is skipped.
_HOURS_VERBS = ("open", "closed", "operat", "available", "staffed", "delivered", "sent", "mailed", "published")


# A service's working week in the present ("The clinic sees walk-in patients Monday through Friday", "the
# line answers calls Monday to Saturday", "the show airs Monday through Friday"): an "-s" verb of a service
# done over and over, a short object, then a span of weekdays; not one week's ("... Monday through Friday
# this week").
_SERVICE_WEEK = re.compile(rf"\b(?:sees|serves|treats|accepts|answers|offers|airs|broadcasts)\b"
                           # a bare plural or mass object (not particular happenings: "airs the hearings live")
                           rf"(?:\s+(?!(?:the|this|these|those|that|his|her|its|their|live|special)\b)[\w'’-]+){{0,4}}?"
                           rf"\s+(?:from\s+)?(?:{WD})\s*(?:through|thru|to|until|-|–)\s*(?:{WD})\b", re.IGNORECASE)
_SERVICE_VERBS = ("sees", "serves", "treats", "accepts", "answers", "offers", "airs", "broadcasts")
_HOURS_AND_SERVICE_VERBS = _HOURS_VERBS + _SERVICE_VERBS


def _weekly_hours(s: str, m) -> bool:
    lo, hi = max(0, m.start() - 160), min(len(s), m.end() + 60)
    if not may_hold(s[lo:hi], _HOURS_AND_SERVICE_VERBS):
        return False  # (most windows: one look for both kinds of verb)
    if may_hold(s[lo:hi], _SERVICE_VERBS):
        for h in _SERVICE_WEEK.finditer(s, lo, hi):
            if not _THIS_WEEK_AFTER.match(s, h.end()):
                return True
    if not may_hold(s[lo:hi], _HOURS_VERBS):
        return False
    for h in _OPENING_HOURS.finditer(s, lo, hi):
        if h[0].split(None, 1)[0].lower() in _HOURS_WORDS or \
                not _ONCE_BEFORE.search(s, max(0, h.start() - 20), h.start()):
            return True
    return False


# A list of opening hours, each span of clock times before its weekday or weekdays, or after them:
# "those hours are 5 a.m.-9:30 p.m. Monday-Thursday, 5 a.m.-8 p.m. Friday, 7 a.m.-6 p.m. Saturday and
# 10 a.m.-6 p.m. Sunday", "Hall hours are 8 a.m.-5 p.m. Monday and Friday and 8 a.m.-9 p.m.
# Tuesday-Thursday", "is open 9 a.m. to 5 p.m. Monday through Friday". Said in the present after
# "hours are" or "is open", a list that covers five days of the week or more is the week's schedule:
# its single days ("Friday", "Sunday") are every week's too. A shorter one is a few days' hours ("The
# cooling center is open 6 a.m. to 9 p.m. Wednesday and Thursday and 8 a.m. to 6 p.m. Saturday",
# "Polling hours are 7 a.m. to 8 p.m. Tuesday"), and so are hours told ahead or gone by ("will be
# open", "was open") or for one week ("... this week").
_CLOCK_AT = r"(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?|noon|midnight)"
_CLOCK_SPAN = rf"{_CLOCK_AT}\s*(?:-|–|—|to|until|till)\s*(?:\d{{1,2}}(?::\d{{2}})?\s*[ap]\.?m\b\.?|noon|midnight)"
# One weekday, two ("Monday and Friday") or a span of them ("Monday-Thursday", "Tuesday through Saturday").
_WD_SET = rf"(?:{WD})(?:\s*(?:-|–|through|thru|to|until)\s*(?:{WD})\b|\s+(?:and|&)\s+(?:{WD})\b)?"
_HOURS_ENTRY = rf"(?:{_CLOCK_SPAN}\s+(?:on\s+)?{_WD_SET}|{_WD_SET},?\s+(?:from\s+)?{_CLOCK_SPAN})"
_HOURS_LIST = re.compile(rf"\b(?:hours\s+are|hours\s*:|(?:is|are|remains?|stays?)\s+open|opens|operates)\s+"
                         rf"(?:from\s+)?(?P<list>{_HOURS_ENTRY}(?:(?:,|;|,?\s+and)\s+{_HOURS_ENTRY})*)", re.IGNORECASE)
_WD_SET_RX = re.compile(rf"(?P<a>{WD})(?:\s*(?P<span>-|–|through|thru|to|until)\s*(?P<b>{WD})\b|"
                        rf"\s+(?:and|&)\s+(?P<c>{WD})\b)?", re.IGNORECASE)
# "... Monday through Friday this week": that week's hours, those days.
_THIS_WEEK_AFTER = re.compile(r",?\s+(?:(?:only\s+)?(?:this|next|the\s+coming)\s+week(?:end)?|only)\b", re.IGNORECASE)
# So many days of the week a list of hours covers at least to be the week's schedule.
_WEEK_SCHEDULE_DAYS = 5


def _days_listed(hours: str) -> set[int]:
    """The days of the week (0 = Monday) a list of opening hours names, spans counted out."""
    days = set()
    for w in _WD_SET_RX.finditer(hours):
        a = WEEKDAYS[w["a"].lower()]
        days.add(a)
        if w["c"]:
            days.add(WEEKDAYS[w["c"].lower()])
        elif w["b"]:
            days.update((a + k) % 7 for k in range((WEEKDAYS[w["b"].lower()] - a) % 7 + 1))
    return days


# The ends of the weekdays' full names, lower case ("nday" of "Monday" and "Sunday"), and the abbreviations WD
# takes (case-sensitive, each before its stop: "Tue" of "Tue." and "Tues.").
_WD_ENDS = ("nday", "sday", "iday", "rday")
_WD_ABBREVIATIONS = ("Mon.", "Tue", "Wed.", "Thu", "Fri.", "Sat.", "Sun.")


def _other_weekday_near(s: str, m) -> bool:
    """Whether the 300 characters before the weekday `m` and the 120 after it (the reach of _in_hours_list, and
    more than _weekly_hours's) may hold another weekday, as both need one: a span ("Monday through Friday") or
    a list of days. Most hold none, and the two skip their word lists and regexes. A sure test: two full names
    end in two of _WD_ENDS (in a text beyond ASCII with a character that re.IGNORECASE folds onto an ASCII
    letter, "Tueſday", it says yes), an abbreviation is capitalised."""
    window = s[(m.start() - 300 if m.start() > 300 else 0):m.end() + 120]
    low = window.lower()
    # (each of _WD_ENDS is "day" after a letter, so two of them hold two "day"s: one count, which most windows fail,
    # before the four)
    return low.count("day") >= 2 and sum(map(low.count, _WD_ENDS)) >= 2 or holds(window, _WD_ABBREVIATIONS) or \
        not window.isascii() and holds(window, FOLDS_TO_ASCII)


def _in_hours_list(s: str, m) -> bool:
    """Is the weekday in a week's list of opening hours (_HOURS_LIST)?"""
    lo, hi = max(0, m.start() - 300), min(len(s), m.end() + 120)
    if not (s.find(".m", lo, hi) >= 0 or s.find("noon", lo, hi) >= 0) or \
            not (s.find("ours", lo, m.start()) >= 0 or s.find("pen", lo, m.start()) >= 0 or
                 s.find("perates", lo, m.start()) >= 0):
        return False  # a clock time and a word for the hours: needed by any list
    for h in _HOURS_LIST.finditer(s, lo, hi):
        if h.start("list") <= m.start() and m.end() <= h.end("list") and \
                not _ONCE_BEFORE.search(s, max(0, h.start() - 20), h.start()) and \
                not _THIS_WEEK_AFTER.match(s, h.end()) and len(_days_listed(h["list"])) >= _WEEK_SCHEDULE_DAYS:
            return True
    return False


# "the first Monday of each month", "the second Tuesday of every month": every month.
_EACH_MONTH = re.compile(r"\s+of\s+(?:each|every)\s+month\b", re.IGNORECASE)


# The days "yesterday", "tomorrow", "last night" ... lie from the publication's (a table, not a dict built a call).
_RD_OFFSETS = {"yesterday": -1, "tomorrow": 1, "last night": -1, "last evening": -1}


def _resolve_rd(m, ctx):
    g = m.g
    pub = ctx.published
    if g("rd_two"):
        return DateValue(pub + dt.timedelta(days=-2 if "before" in g("rd_two").lower() else 2), "day")
    if g("rd_eod"):
        return DateValue(pub, "day")
    word = (g("rd") or g("rd_this")).lower()
    off = _RD_OFFSETS.get(_norm(word), 0)
    return DateValue(pub + dt.timedelta(days=off), "day")


# "by the end of the day" is a deadline today; "at the end of the day" is an idiom ("in the end").
_END_OF_DAY_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+$", re.IGNORECASE)


# "the last night of the tour", "his last evening in office": "last" is the final one of a
# run (a determiner or possessive before it), not the night (evening) before the paper's day.
_FINAL_ONE_BEFORE = re.compile(r"(?:\b(?:the|his|her|their|its|my|our|your|every|a)|['’]s)\s+$", re.IGNORECASE)


def _valid_rd(m, s, gd):
    if (gd.get("rd_this") or "")[:4].lower() == "last" and \
            _FINAL_ONE_BEFORE.search(s, max(0, m.start() - 12), m.start()):
        return False
    return not gd.get("rd_eod") or bool(_END_OF_DAY_BEFORE.search(s, max(0, m.start() - 8), m.start()))


# The years (months) each relative word counts from its base (a table, not a dict built a call).
_RU_OFFSETS = {"last": -1, "the past": -1, "the previous": -1, "next": 1, "the coming": 1, "the following": 1,
               "the next": 1}


def _resolve_ru(m, ctx):
    g = m.g
    rel = _norm(g("ru_rel").lower())
    unit = g("ru_unit").lower()
    if unit == "week":
        return None  # weeks are not a day/month/year date
    base = ctx.published
    ba = g("ru_ba")
    if ba is not None:
        rel = "the previous" if ba.lower() == "before" else "the following"
    if rel in ("the following", "the next", "the previous", "that", "the same"):
        if ctx.anchor is None:
            return None
        base = ctx.anchor.date
        if unit == "month" and ctx.anchor.precision == "year":
            return None
    off = _RU_OFFSETS.get(rel, 0)
    if unit == "month":
        return DateValue(add_months(base.replace(day=1), off), "month")
    return DateValue(dt.date(base.year + off, 1, 1), "year")


# A year's number right after "year" (not "the full year 2023": the rule's own look-ahead keeps that one out).
_NUMBERED_YEAR_AFTER = re.compile(r"[ \t-]+(?:19|20)\d\d(?![\d,.]\d)")


def _valid_ru(m, s, gd):
    # "this year's third quarter", "last year's first half": a part of the year.
    # "the fiscal year ended Jan. 31": the year its end date names.
    # "by the end of the fiscal year": a fiscal year may end in the next calendar year.
    rel = _norm(gd["ru_rel"].lower())
    if gd["ru_unit"] == "year" and rel in ("last", "this", "next") and \
            _SEASON_BEFORE.search(s, max(0, m.start() - 24), m.start()):
        # "the very wet winter/spring last year", "the summer of last year", "in the spring this year": the year
        # only says which season, a stretch of months no day, month nor whole year stands for
        return False
    if gd["ru_unit"] == "year" and _NUMBERED_YEAR_AFTER.match(s, m.end()):
        # "that year 2000 glitches", "this year 2000 problem": the determiner's noun is "year <number>", the
        # number's own reading (a year, or the millennium bug's name), no year counted from the text's
        return False
    if (rel == "the past" and (_PERFECT.search(s) or _perfect_in_clause(s, m)) or
            rel == "last" and s[max(0, m.start() - 4):m.start()].lower() == "the " and _perfect_in_clause(s, m) and
            "this year" not in s.lower()):
        # "There have been several attacks in the past year", "Prices have doubled in the past
        # month", "Food costs have been rising at 30% in the last year": with a perfect, the twelve months
        # (thirty days) up to now, no calendar year (not against "this year": "Exports have risen 8% this year
        # after falling 5% in the last year").
        return False
    if rel == "the same" and _OTHER_YEARS_AFTER.match(s, m.end()):
        # "below the same month in 2021", "up from the same month last year": the month of another year,
        # which the year after it dates (pipeline: _SAME_MONTH_OF), not the month just told
        return False
    if (rel == "the next" or rel == "next" and s[max(0, m.start() - 4):m.start()].lower() == "the ") and \
            not gd.get("ru_mod") and not m[0].endswith(("'s", "’s")) and \
            _WITHIN_BEFORE.search(s, max(0, m.start() - 20), m.start()) and \
            _told_ahead_in_clause(s, m.start()):
        # "The airline will cut eight more flights in the next month", "plans to hire 50 people over the next
        # year": within the thirty days (twelve months) from now, a span, no calendar month after a day told
        # before ("He was charged in March and convicted the next month" keeps the month after)
        return False
    if "iscal" in m.group() and rel in ("next", "last", "the next", "the following", "the previous", "the coming") and \
            _FISCAL_BOUNDS_AFTER.match(s, m.end()):
        # "for the next fiscal year starting from October 2007", "the following fiscal year, which begins in
        # April": the months written after it date it, no calendar year of its own
        return False
    return not (gd["ru_unit"].lower() == "year" and _YEAR_PART.match(s, m.end()) or
                rel in ("the", "the full") and (_ENDED.match(s, m.end()) or _RUNS_TO_MONTH.match(s, m.end())) or
                rel == "the" and _END_OF_BEFORE.search(s, max(0, m.start() - 8), m.start()))


# A season right before "last year" / "this year" / "next year", or with "of" between: _valid_ru.
_SEASON_BEFORE = re.compile(r"\b(?:spring|summer|autumn|(?<=the\s)fall|winter)"
                            r"(?:\s+of|\s*/\s*(?:spring|summer|autumn|fall|winter))?\s+$", re.IGNORECASE)
# After a fiscal year, the month (and year) it starts or ends in: _valid_ru.
_FISCAL_BOUNDS_AFTER = re.compile(r",?\s+(?:(?:which|that)\s+(?:starts|begins|ends|runs)\s+|"
                                  r"(?:starting|beginning|ending|running)\s+)(?:(?:from|in|on)\s+)?"
                                  rf"(?:{MON})\b", re.IGNORECASE)
# After "the same month/week/...": a year other than the one just told, which the period is of ("in 2021", "last
# year", "a year earlier", "of the previous year"): _valid_ru refuses the "same" period then.
_OTHER_YEARS_AFTER = re.compile(r"\s+(?:(?:in|of)\s+(?:19|20)\d\d\b|last\s+year\b|(?:a|one|the\s+previous)\s+year\s+"
                                r"(?:earlier|ago|before)\b|(?:of\s+)?the\s+(?:previous|prior)\s+year\b)", re.IGNORECASE)

# A span's preposition before "(the) next month/year" ("in the next month", "over the next year"): _valid_ru.
_WITHIN_BEFORE = re.compile(r"\b(?:in|within|over|during|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
# A word that tells its clause ahead: a modal (with "wo" of a split "wo n't"), "going to", a plan's or hope's verb.
_AHEAD_IN_CLAUSE = re.compile(r"\b(?:will|would|shall|wo|going\s+to|plans?\s+to|planning\s+to|expects?\s+to|"
                              r"expected\s+to|aims?\s+to|hopes?\s+to|intends?\s+to)\b|['’]ll\b", re.IGNORECASE)


# A past auxiliary, the finite past of a clause of its own (non_dates uses it too).
PAST_AUXILIARY = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)


def _told_ahead_in_clause(s: str, start: int) -> bool:
    """Whether the clause `start` stands in (from the last comma or semicolon before it, 120 characters at most) tells
    ahead (_AHEAD_IN_CLAUSE), with no past auxiliary after the future word ("will examine how the mill was sold
    in the next month": the selling's month)."""
    lo = max(0, start - 120, s.rfind(",", 0, start) + 1, s.rfind(";", 0, start) + 1)
    last = None
    for found in _AHEAD_IN_CLAUSE.finditer(s, lo, start):
        last = found
    return last is not None and PAST_AUXILIARY.search(s, last.end(), start) is None


def _perfect_in_clause(s: str, m) -> bool:
    """A present perfect in the clause of mention `m` (between the commas or semicolons around it; a fronted
    phrase's clause runs on past its comma: "In the last year, the currency has lost half its value"): not a
    perfect of another clause ("Exports, which have risen 8% this year, fell 5% in the last year")."""
    lo = max(s.rfind(",", 0, m.start()), s.rfind(";", 0, m.start())) + 1
    hi = min((k for k in (s.find(",", m.end()), s.find(";", m.end())) if k >= 0), default=len(s))
    if not s[:lo].strip(" \"“‘'") and hi < len(s):
        # the mention in a fronted phrase: its main clause follows the comma
        hi = min((k for k in (s.find(",", hi + 1), s.find(";", hi + 1)) if k >= 0), default=len(s))
    return _PERFECT_LY.search(s, lo, hi) is not None


# A present perfect: "have been", "has risen", "have not seen", "'ve had".
_PERFECT = re.compile(r"(?:\b(?:has|have|hasn[’']t|haven[’']t)|[’']ve)\s+(?:(?:not|never|also|already|only|just|"
                      r"all|each|both)\s+)?(?:been|had|seen|grown|risen|fallen|won|lost|done|made|[a-z]+ed)\b",
                      re.IGNORECASE)
# ... and, in the mention's own clause, one with an adverb in "-ly" before its participle ("She has essentially
# acted like a candidate in the past year"; not another clause's "which has publicly traded shares")
_PERFECT_LY = re.compile(r"(?:\b(?:has|have|hasn[’']t|haven[’']t)|[’']ve)\s+(?:(?:not|never|also|already|only|"
                         r"just|all|each|both|[a-z]{3,}ly)\s+)?(?:been|had|seen|grown|risen|fallen|won|lost|done|"
                         r"made|[a-z]+ed)\b", re.IGNORECASE)
_ENDED = re.compile(r",?\s+(?:that\s+)?end(?:ed|ing|s)\b", re.IGNORECASE)
_END_OF_BEFORE = re.compile(r"\bend\s+of\s+$", re.IGNORECASE)
# "the fiscal year through March 2004", "the full year to June": a year dated by the month it runs to, as by the
# day it ended ("the fiscal year ended Jan. 31"), no calendar year of its own.
_RUNS_TO_MONTH = re.compile(rf"\s+(?:through|thru|to|until|till)\s+(?:the\s+end\s+of\s+)?(?:{MON})\b", re.IGNORECASE)


def _resolve_ey(m, ctx):
    pub = ctx.published
    unit = m.g("ey_unit").lower()
    if unit == "day":
        return DateValue(pub, "day")
    if unit == "month":
        return DateValue(pub.replace(day=1), "month")
    return DateValue(dt.date(pub.year, 1, 1), "year")


def _ago_unit(m) -> str:
    """The unit of an "N units ago/after" mention: day, week, ..., hour ("hours ago" has no number)."""
    return (m.g("ago_unit") or m.g("ago_hrs")[:-1]).lower()


# Words that make a count of weeks approximate ("about two weeks ago").
_ROUGHLY = frozenset(("nearly", "almost", "about", "around", "some", "more than", "less than", "over", "roughly"))
# ... and the words that make it a bound: "more than a year after" says only before which year.
_BOUNDS = frozenset(("more than", "less than", "over"))


def ago_direction(m) -> str:
    """The direction of an "N units ago/after" mention in lower case, single-spaced: "N years on from
    <something>" counts as "N years after" it (the something lies N years before the happening told); "" where
    the mention has no direction."""
    d = _norm((m.g("ago_dir") or "").lower())
    if d.startswith("to the day"):
        return "after"  # "24 years to the day (after) he took over": as "24 years after" it, to its day
    if d == "ahead of":
        return "before"  # "The visit comes two days ahead of the summit": as "two days before" it
    if d == "from today":
        return "from now"  # "two days from today", as "two days from now"
    return "after" if d == "on from" else "from now" if d == "on from now" else d  # "Two years on from now"


def _resolve_ago(m, ctx):
    g = m.g
    pub = ctx.published
    unit = _ago_unit(m)
    # "hours ago": a few hours, the day of publication.
    n = num_value(g("ago_n")) if g("ago_n") else 0
    direction = ago_direction(m)
    if ctx.follower is not None and g("ago_dir")[:1] in "oO":
        return None  # "Two weeks on from Tuesday's storm, crews are still clearing": the day told is the storm's
    if unit == "minute" and direction in ("earlier", "later", "previously"):
        return None  # "a minute later": a moment in a scene whose day the text has said, a clock time
    if unit in ("hour", "minute"):
        # "a few hours ago": the day of publication (or the day before, for 24 hours and more).
        # "24 hours after the quake": anchored on an undated event.
        if direction in ("before", "after") and ctx.follower is None:
            return None
        n, unit = ((n or 0) // 24 if unit == "hour" else 0), "day"
    if n is None or (unit not in ("day", "hour", "minute") and "couple" in g("ago_n").lower()):
        return None  # "a couple of months ago": as loose as "a few months ago"
    qualifier = _norm(g("ago_q") or "")  # "nearly", "more than", "exactly", or ""
    if unit == "week" and (n >= 3 and qualifier != "exactly" or qualifier in _ROUGHLY):
        return None  # "six weeks ago", "nearly two weeks ago": too loose for a day (not "exactly three weeks ago")
    if qualifier in _BOUNDS:
        return None  # "more than a year after", "less than a year ago": a bound, no date
    if ctx.follower is not None and ctx.follower.precision != "day" and unit in ("day", "week") and \
            direction in ("before", "after", "earlier", "later"):
        return None  # "one day after the November elections": a month has no day to count from
    if direction in ("before", "after") and g("ago_bare") is not None and ctx.follower is None:
        direction = "earlier" if direction == "before" else "later"  # "..., and a day after, the mayor resigned"
    if direction == "after" and g("ago_dir")[:1] in "oO" and ctx.follower is None and unit in ("month", "decade"):
        # "Six months on from the takeover, the paper has lost half its staff", "A decade on from the crash,
        # families still gather": "on" counts back from the time told (the sentence's day, or now), as "ago"
        # does (anchors.undated_anchor keeps only such clauses), to that month or year
        base = ctx.main_day or pub
        if unit == "month":
            return DateValue(add_months(base.replace(day=1), -n), "month")
        return DateValue(dt.date(base.year - 10 * n, 1, 1), "year")
    if direction == "away":
        # "The final is just three days away": a count of days to a coming happening, told as the
        # present state (_valid_ago), from the publication date: exact, and no more than two weeks.
        days = n * (7 if unit == "week" else 1) if unit in ("day", "week") and n else 0
        if ctx.tense == "past" or qualifier and qualifier not in ("just", "only") or \
                not 1 <= days <= IN_DAYS_AHEAD or ctx.main_day is not None or ctx.follower is not None:
            return None  # (with a day named in the sentence, "The Monday deadline is a week away", that day)
        return DateValue(pub + dt.timedelta(days=days), "day")
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if direction in ("ago", "from now", "hence"):
        base = pub
    elif ctx.follower is not None and direction in ("before", "after", "earlier", "later"):
        # "two days after Monday's vote", "10 days earlier than November 3"
        base = ctx.follower.date
    elif direction in ("before", "after"):
        # "came a day after the bombers flew": the clause after
        # "after" is the dated thing, N units before the main event.
        if unit == "year" and n and direction == "after":
            if ctx.main_day is not None and g("ago_dir")[:1] in "tT" and qualifier not in _ROUGHLY:
                # "His last day will be March 9, 24 years to the day he took over": that same day N years back
                day = ctx.main_day
                return DateValue(day.replace(year=day.year - n, day=28 if (day.month, day.day) == (2, 29) else day.day),
                                 "day")
            # "filed for bankruptcy Monday, 131 years after its founder opened his
            # first store": the store's year, counted back from the main event's.
            return DateValue(dt.date((ctx.main_day or pub).year - n, 1, 1), "year")
        # For months that reading is too loose to date, unless the news of the day
        # "comes" an exact N months after it ("The plea comes six months after ...";
        # not "about three months after").
        if not (ctx.comes and not g("ago_q")) and (unit not in ("day", "week") or
                                                   n * (7 if unit == "week" else 1) > 14):
            return None
        base = ctx.main_day or pub
        sign = -sign
    elif direction in ("earlier", "later", "previously"):
        # "A day later, troops moved in": later than the last day the text
        # named; after only "In March", or nothing, there is no day to count from.
        if unit in ("day", "week"):
            if ctx.day_anchor is None or ctx.anchor is not None and ctx.anchor.precision == "month":
                # Nor after "On Monday ... The law took effect in September. Two days
                # later": the text has moved on from that day (a year named in passing,
                # "as in 2019", has not).
                return None
            base = ctx.day_anchor.date
        elif ctx.anchor is not None:
            base = ctx.anchor.date
        else:
            return None
    else:
        base = pub
    if unit in ("day", "week"):
        return DateValue(base + dt.timedelta(days=sign * n * (7 if unit == "week" else 1)), "day")
    if unit == "month":
        return DateValue(add_months(base.replace(day=1), sign * n), "month")
    if unit == "year":
        return DateValue(dt.date(base.year + sign * n, 1, 1), "year")
    return None


# Before "N days away": the present state of a coming happening ("The final is just three days away",
# "With the vote only five days away"), not a count told from another day ("was four days away").
_AWAY_STATE_BEFORE = re.compile(r"(?:\b(?:is|are|remains?|now)|['’]s|\bwith\s+(?:[\w'’-]+\s+){1,6}?)\s*"
                                r"(?:(?:now|still|only|just)\s+)?$", re.IGNORECASE)
# A saying told on a day gone by before it ("Last week, officials said ..."): the count is from that day.
# Past forms only (lexicon.SAID_WORDS, not "says", "tells", "according to"): a saying told now counts
# from today ("The mayor says the vote, put off last week, is 10 days away").
_SAID_BEFORE_AWAY = re.compile(rf"\b(?:{phrase_rx(SAID_WORDS)})\b", re.IGNORECASE)
_PAST_TIME_BEFORE_AWAY = re.compile(r"\b(?:last|earlier|yesterday|ago|previously)\b", re.IGNORECASE)
# A frame of another time or world before it: "At that point", "By then", "At the time", "In the film".
_OTHER_TIME_FRAME = re.compile(r"(?:^|[,;]\s*)(?:at\s+(?:that|the)\s+(?:point|time|moment)|by\s+(?:then|that\s+time)|"
                               r"then|in\s+the\s+(?:film|movie|book|novel|show|series|story|game|play|"
                               r"episode))\b", re.IGNORECASE)
# After it: "away from home", "away by road", "three days away on horseback": a place.
_AWAY_PLACE_AFTER = re.compile(r"\s+(?:from|by|on\s+(?:foot|horseback)|in\s+the|through|across|over|via|up|down|"
                               r"along|to\s+the)\b", re.IGNORECASE)
# Before it, a place's distance: "The nearest town is two days away", "the border is ...": "nearest" or
# "closest", or a place as the head of the subject, right before "is"/"are" ("The island's regatta is" is a
# happening's).
_AWAY_PLACE_BEFORE = re.compile(r"\b(?:nearest|closest)\b|\b(?:town|city|village|hospital|camp|border|coast|summit|"
                                r"home|doctor|clinic|shelter|airport|port|island|shore|base|capital|market|help|water|"
                                r"land|destination|mainland)s?\s+(?:is|are)\b", re.IGNORECASE)


# "comes two days ahead of the summit": only after "come(s)/came", the news's count to what it precedes; no
# lead ("finished two weeks ahead of schedule", "two points ahead of the field").
_COMES_RIGHT_BEFORE = re.compile(r"\b(?:come|comes|came|coming)\s+$", re.IGNORECASE)


# A stretch counted from now earlier in the sentence ("fails to produce negotiations in a week and a settlement
# two weeks after that", "within a month, and a vote a week after that"): "that" is the stretch's end, no day told.
_STRETCH_BEFORE_THAT = re.compile(r"\b(?:in|within)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                                  r"a\s+few|several|\d+)\s+(?:days?|weeks?|months?|years?)\b", re.IGNORECASE)


# ... unless a day is told between them ("reached the village in two days, on Oct. 5, and found the last survivor
# a week after that": "that" is the day).
_DAY_TOLD_BETWEEN = re.compile(r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
                               r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                               r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|(?:19|20)\d\d\b)",
                               re.IGNORECASE)


def _valid_ago(m, s, gd):
    if gd.get("ago_bare") is not None and m.start() > 12 and s.startswith("that", m.end() + 1) and \
            (stretch := _STRETCH_BEFORE_THAT.search(s, max(0, m.start() - 120), m.start())) and \
            not _DAY_TOLD_BETWEEN.search(s, stretch.end(), m.start()):
        return False
    if (gd.get("ago_dir") or "")[:2].lower() == "ah":
        return _COMES_RIGHT_BEFORE.search(s, max(0, m.start() - 12), m.start()) is not None
    if (gd.get("ago_dir") or "").lower() != "away":
        return True
    if _SAID_BEFORE_AWAY.search(s, 0, m.start()) and _PAST_TIME_BEFORE_AWAY.search(s, 0, m.start()):
        return False  # "Last week, officials said the vote is 10 days away": counted from another day
    if _OTHER_TIME_FRAME.search(s, 0, m.start()):
        return False  # "At that point, the vote is just two days away", "In the film, the wedding is ...": another now
    return _AWAY_STATE_BEFORE.search(s, max(0, m.start() - 60), m.start()) is not None and \
        _AWAY_PLACE_AFTER.match(s, m.end()) is None and \
        _AWAY_PLACE_BEFORE.search(s, clause_opening(s, m.start(), 80), m.start()) is None


# How far ahead "in N days" may lie and still name a day ("in two weeks", not "in six weeks").
IN_DAYS_AHEAD = 14
# Before "in N days": a future told from another day than today ("said it would meet in two days").
_FROM_ANOTHER_DAY_BEFORE = re.compile(r"\b(?:would|was|were|had|said|told|announced|added|stated)\b|['’]d\b",
                                      re.IGNORECASE)


def _resolve_inn(m, ctx):
    if ctx.tense != "future":
        return None  # "sold out in two days", "rose 5% in a week": how long it took, no day
    n = num_value(m.g("inn_n"))
    days = n * (7 if m.g("inn_unit").lower() == "week" else 1) if n else 0
    if not 1 <= days <= IN_DAYS_AHEAD:
        return None  # "in a few days", "in 30 days": too loose a count, or a term more than a day
    return DateValue(ctx.published + dt.timedelta(days=days), "day")


# A count or a rank before "in N days": a rate ("will play three games in four days", "its third
# win in two weeks"), not a day.
_COUNT_BEFORE_IN = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                              r"dozen|hundred|thousand|million|first|second|third|fourth|fifth|sixth|seventh|"
                              r"eighth|ninth|tenth|another)\b(?:\s+[\w'’-]+){0,3}\s+in\s+$", re.IGNORECASE)


# The words that may follow an anchored "that day" (a pronoun, a determiner, a preposition, a conjunction,
# an auxiliary): any other lower-case word makes it a compound or a subject.
_THAT_DAY_NEXT = ("he|she|they|it|we|i|you|the|a|an|his|her|their|its|our|this|at|in|on|for|from|to|with|by|after|"
                  "before|during|until|as|of|near|over|into|around|about|and|or|but|when|while|because|so|that|which|"
                  "who|was|were|is|are|had|has|have|will|would|could|should|did|too|again|alone|amid|among|without|"
                  "despite|against|under|through|since|behind|across|along|toward|towards|than|then|not|also|only|"
                  "just|even|still|if|unless|though|although|where|following|according|outside|inside|near|past|"
                  "ago|afterward|afterwards|within|beyond|upon|onto|aboard")
# ... or a one-word subject and its finite verb, the day fronted before them ("That day schools closed
# early", "Later that day police found his bike", "that day officers were called"): not a noun that
# "day" makes a compound with ("that day care centers were", "that day trippers had", "day laborers").
_THAT_DAY_SUBJECT = (r"(?!(?:care|trip|tripper|job|shift|camp|pass|spa|labou?r|labou?rer|"
                     r"trader|trading|centre|center|surgery|ward|room|rate|boat|light|time|long|old|one|two|"
                     r"nurser|program|programme|hike|hiker|visitor|ticket|return|off)s?\b)"
                     rf"(?-i:[a-z]+)\s+(?:(?-i:[a-z]+ed)|{phrase_rx(PAST_WORDS)}|was|were|had|would|could|did)\b")


# What "in N days" dates: a happening set for a day (a meeting, a vote, a decision, an opening, a
# start, a return), not how long a process takes ("will get their packages in two days", "will
# clear most infections in seven days", "permits will be issued in five days instead of 30").
_SET_FOR_A_DAY = re.compile(r"\b(?:meet|vote|decide|rule|announce|name|hold|open|reopen|close|shut|begin|start|"
                            r"resume|return|arrive|land|leave|depart|launch|release|publish|report|sign|visit|"
                            r"travel|convene|hear|sentence|unveil|present|elect|choose|expire|end|take\s+effect|"
                            r"go\s+into\s+effect|kick\s+off|play|host|face|appear|testify)(?:s|es)?\b",
                            re.IGNORECASE)


def _valid_inn(m, s, gd):
    return _FROM_ANOTHER_DAY_BEFORE.search(s, max(0, m.start() - 120), m.start()) is None and \
        _COUNT_BEFORE_IN.search(s, max(0, m.start() - 60), m.start()) is None and \
        _SET_FOR_A_DAY.search(s, max(0, m.start() - 60), min(len(s), m.end() + 60)) is not None


# "that day" read as the day only by its subject and verb after it (_THAT_DAY_SUBJECT): a lower-case word
# that is no function word follows ...
_THAT_DAY_SUBJECT_AFTER = re.compile(rf"\s+(?!(?:{_THAT_DAY_NEXT})\b|(?-i:[a-z]+ly)\b)(?-i:[a-z])")
# ... and then "that" must open its clause (the sentence's start, a stop or a comma, or "later", "earlier",
# "on", "by", "until", "and", "but", "then"): after a verb ("Staff said that afternoon tea was served", "The
# city said that night buses would run") "that" is the conjunction and the day-part word a compound's.
_THAT_OPENS_BEFORE = re.compile(r"(?:^|[.;:,!?\"“”(—–-]|\b(?:later|earlier|on|by|until|till|and|but|then|so))\s*$",
                                re.IGNORECASE)


# "the same day" defined by a clause of any such happening: "are posted on the same day an argument is heard", "on the
# same day that a claim is filed": every such day, no day told before. Only in a habitual clause (a plural present
# passive before it, "are posted", "are issued"; or "each"/"every"/"any" opening the clause after), and not a one-off
# coming happening's "is scheduled/expected/set/due": "The walkout falls on the same day a new pay law is scheduled to
# take effect", "The ruling comes on the same day an appeal is filed" keep the day told before (rv33).
_ANY_HAPPENING_CLAUSE_AFTER = re.compile(r"\s+(?:that\s+|when\s+|as\s+)?(?:(?P<each>any|each|every)|an?)\s+"
                                         r"(?:[\w'’-]+\s+){1,3}?(?:is|are|gets?)\s+"
                                         r"(?!(?:scheduled|expected|set|due|slated|planned)\b)(?:[a-z]+ed|heard|made|"
                                         r"held|given|seen|done|won|lost|paid|sent|received|found|taken)\b",
                                         re.IGNORECASE)
_HABITUAL_PASSIVE_BEFORE = re.compile(r"\bare\s+(?:(?:usually|typically|always|normally|generally|also)\s+)?"
                                      r"[a-z]+(?:ed|en|wn|ut|ent)\b[^.;]{0,60}$")


def _valid_an(m, s, gd):
    if gd.get("an_rel") and gd["an_rel"].lower() == "same" and \
            (c := _ANY_HAPPENING_CLAUSE_AFTER.match(s, m.end())) is not None and \
            (c["each"] or _HABITUAL_PASSIVE_BEFORE.search(s, max(0, m.start() - 90), m.start())):
        return False  # "posted on the same day an argument is heard": every such day
    if gd.get("an_rel") or gd.get("an_ba") or not _THAT_DAY_SUBJECT_AFTER.match(s, m.end()):
        return True
    return _THAT_OPENS_BEFORE.search(s, max(0, m.start() - 12), m.start()) is not None


def _resolve_an(m, ctx):
    if m.g("an_ba") and m.g("an_tail"):
        # "the day before the suspect was stopped": anchored on what follows,
        # which is a date ("the day after Christmas") or nothing we can date.
        if ctx.follower is None or ctx.follower.precision != "day":
            return None
        return DateValue(ctx.follower.date + dt.timedelta(days=1 if m.g("an_ba").lower() == "after" else -1), "day")
    if _same_day_of_month(m, ctx):
        return ctx.anchor
    if ctx.day_anchor is None:
        return None
    rel = (m.g("an_rel") or m.g("an_ba") or "").lower()
    off = {"next": 1, "following": 1, "after": 1, "previous": -1, "before": -1}.get(rel, 0)
    return DateValue(ctx.day_anchor.date + dt.timedelta(days=off), "day")


def _same_day_of_month(m, ctx) -> bool:
    """ "It was a busy April with the Deb Ball ... The same day the general manager and I travelled to Sydney": the
    last time told is a month, not a day; "the same day" ("that same day") is one of that month, its day not told (not a
    day told before it in another month, the day anchor; the day anchor when it lies in that month). Not a part of
    the day: "Workers learned of it that morning", after "closed in March", tells of a morning not dated; nor a plain
    "that day", as often a habit's: "You get a news item, you have strong redemptions that day", after last month's
    collapse)."""
    anchor, day_anchor = ctx.anchor, ctx.day_anchor
    return "same" in m.text.lower() and m.text.lower().endswith(("day", "date")) and anchor is not None and \
        anchor.precision == "month" and anchor.end_date is None and \
        (day_anchor is None or day_anchor.date.replace(day=1) != anchor.date)


def _resolve_ye(m, ctx):
    if m.g("ye_mon"):
        return DateValue(ctx.published.replace(day=1), "month")
    return DateValue(dt.date(ctx.published.year, 1, 1), "year")


# "from the prior year end", "the previous year-end level": the end of the year before the one told (a
# firm's fiscal year's, often), a yardstick, not this year's end.
_PRIOR_YEAR_BEFORE = re.compile(r"\b(?:prior|previous|preceding)\s+$", re.IGNORECASE)


def _valid_ye(m, s, gd):
    return not (m[0].lower().startswith("year") and
                _PRIOR_YEAR_BEFORE.search(s, max(0, m.start() - 12), m.start()))


def _resolve_dec(m, ctx):
    # "in the 1980s" is no day, month or year: recognised (so that "1980"
    # is not read as a year) but not dated. The form reads decades itself.
    return None


def _resolve_yr(m, ctx):
    y = year_value(m.g("yr"))
    if not 1000 <= y <= ctx.published.year + 50:
        return None
    return DateValue(dt.date(y, 1, 1), "year")


# A union local is named by its number after a capitalised "Local" ("UAW Local 1999"), as a route or
# a flight is; a title-case headline's "Local 2024 Elections" is that year's vote.
_LOCAL_VOTE_AFTER = re.compile(r"\s+(?:elections?|polls?|votes?|races?|ballots?|contests?|results?|budgets?|"
                               r"campaigns?|councils?|government)\b", re.IGNORECASE)
# ... but a sentence's opening "Local" before a year and a noun is the adjective ("Local 2024 property
# taxes rose", "Local 2023 rents fell"): a union local that opens a sentence is its subject, a verb
# ("Local 2069 voted", "Local 2069 represents 3,000 workers"), its officers or members ("Local 2069
# members", "Local 2069 President Ann Lee"), a comma or a possessive come after its number.
_SENTENCE_OPEN = re.compile(r"[\s\"'“‘(\[]*")
_LOCAL_NOUN_AFTER = re.compile(r"\s+(?P<w>[a-z][a-z-]*)\b(?!['’])")
_LOCAL_NOT_NOUN = frozenset(PAST_WORDS) | frozenset(w for w in PRESENT_WORDS if w.isalpha()) | frozenset(
    """will would shall should may might must can could does do is are was were has have had also
    members member membership president vice officials official officers leaders leadership
    spokesman spokeswoman spokesperson representatives rank steward stewards chapter unit
    and or but nor of in at on for with from to by as than that which who whose where when""".split())
_NOT_PAST_ED = re.compile(NOT_PAST_ED)
# ... nor its trade or staff, in the first two words after the number ("Local 2022 carpenters ratified",
# "Local 1999 retirees will picket", "Local 2024 bus drivers rallied"): a local is made of them, a year's
# taxes, sales or graduates are not ("Local 2023 graduates found jobs faster").
_LOCAL_WORKFORCE_AFTER = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+)?(?:workers|employees|staff|staffers|crews|nurses|teachers|educators|drivers|"
    r"carpenters|electricians|machinists|mechanics|plumbers|pipefitters|ironworkers|laborers|labourers|painters|"
    r"bricklayers|janitors|custodians|guards|clerks|technicians|operators|engineers|pilots|truckers|miners|"
    r"dockworkers|longshoremen|firefighters|officers|paramedics|retirees|stewards)\b")
_VERB_S_OBJECT_AFTER = re.compile(r"\s+(?:to|a|an|the|its|their|his|her|about|more|that|\d)\b", re.IGNORECASE)


def _local_adjective(s: str, start: int, end: int) -> bool:
    """ "Local <year>" opening the sentence (`start`: where "Local" starts) with a noun after the year."""
    if _SENTENCE_OPEN.fullmatch(s, 0, start) is None:
        return False
    w = _LOCAL_NOUN_AFTER.match(s, end)
    if w is None:
        return False
    word = w["w"]
    if _LOCAL_WORKFORCE_AFTER.match(s, end):
        return False  # "Local 2022 carpenters ratified a contract": the local's members
    if word in _LOCAL_NOT_NOUN or word.endswith("ed") and not _NOT_PAST_ED.fullmatch(word):
        return False  # "Local 2069 voted", "Local 2069 members"
    # "Local 2069 represents 3,000 workers", "Local 2069 wants a raise": a present verb with its object
    return not (word.endswith("s") and _VERB_S_OBJECT_AFTER.match(s, w.end()))


# A four-digit number that is no year (below 1600) after a label in capitals (a union's, an agency's: not an era's
# "AD") or a word that numbers ("Local(s)", "Route(s)", "Flight(s)" ...), right before "and"/"or"/a comma and the
# year-like number: "both UAW 1112 and 1714", "Locals 1005 and 1999": the pair's numbers are of one kind ("Both 1492
# and 1776", "Around 1550 and 1650" keep their year).
_NUMBER_PARTNER_BEFORE = re.compile(r"(?:\b(?!(?:ad|bc|ce|bce|a\.d|b\.c)\b)(?-i:[A-Z][A-Z0-9&.-]+)\b|"
                                    r"\b(?:locals?|routes?|nos?\.?|numbers?|units?|flights?|buses|bus)\b)"
                                    r"\s+(?P<n>\d{4})(?:\s*,\s*\d{4}){0,4}\s*(?:,\s*|\s+(?:and|or|&)\s+)$",
                                    re.IGNORECASE)


# "555-2024", "1-800-555-2020": the last four digits of a telephone number.
_PHONE_BEFORE = re.compile(r"(?<![\d,.])\d{3}[-.]$")
# ... and a toll-free number in groups after its prefix: "call 1800 044 938", "on 1300 555 0199" (Australia's and
# Ireland's; the prefix is no year then).
_TOLL_FREE_GROUPS_AFTER = re.compile(r"[ \t]\d{3}[ \t]\d{3,4}(?!\d|[,.]\d)")
# A standard's edition after its number and a colon: "ISO 9001:2015", "IS 2083:2024", "IEC 62040-1:2017", "IS 16242
# (Part 1):2025" (the year it was issued, in a code's name, no happening).
_STANDARD_NUMBER_BEFORE = re.compile(r"\b(?-i:[A-Z]{2,}(?:/[A-Z]{2,})*)[ \t]?\d{2,6}(?:[-.]\d{1,3})*"
                                     r"(?:[ \t]?\(Part[ \t]?\d{1,3}\))?:$")
# A law cited as the text a phrase is read by, not as a happening: "within the meaning of Section 27A of the
# Securities Act of 1933, as amended", "as defined in the Private Securities Litigation Reform Act of 1995" (the
# year its name's; "The Civil Rights Act of 1964 banned ...", "The Local Government Act 1972 was amended" keep it).
_LAW_NAME_BEFORE = re.compile(r"\bAct,?[ \t]+(?:of[ \t]+)?$")
_LAW_NAME_REACH = 9  # the characters _LAW_NAME_BEFORE is searched over ("Act,  of "), and _valid_yr's "Act" gate
# (a section's or a rule's number, "27A", "4(a)(2)", "10b5-1", only after "under", "pursuant to" or "the meaning of":
# "under Rule 144A of the Securities Act of 1933", not "Congress enacted Section 5 of the Voting Rights Act of 1965",
# nor "struck down Section 4 of ...": the law's making or its fate, its year told)
_LAW_CITED_BEFORE = re.compile(r"(?:\b(?:under|pursuant[ \t]+to|meaning[ \t]+of)[ \t]+(?:the[ \t]+)?"
                               r"(?:Section|Sections|Rule|Article)[ \t]+\d+[\w.]*(?:-\d+[\w.]*)?(?:\([\w.]+\))*"
                               r"(?:[ \t]+(?:and|or)[ \t]+\d+[\w.]*(?:\([\w.]+\))*)?[ \t]+of[ \t]+|"
                               r"\bwithin[ \t]+the[ \t]+meaning[ \t]+of[ \t]+|"
                               r"\bas[ \t]+defined[ \t]+(?:in|by|under)[ \t]+|\bpursuant[ \t]+to[ \t]+)$",
                               re.IGNORECASE)
_LAW_NAME_WORDS_BEFORE = re.compile(r"(?:the[ \t]+)?(?:(?-i:[A-Z])[\w.&'’-]*[ \t]+){1,8}Act,?[ \t]+(?:of[ \t]+)?$",
                                    re.IGNORECASE)
# ", as amended" closing the law's name ("the Securities Exchange Act of 1934, as amended, and ..."), not an
# amendment told ("The Clean Air Act of 1970, as amended in 1990, tightened ...": rv33)
_AS_AMENDED_AFTER = re.compile(r",?[ \t]+as[ \t]+amended(?=[ \t]*(?:[,;:.)]|\((?:the|\")|$))")


def _cited_law_year(s: str, start: int, end: int) -> bool:
    """ "Section 27A of the Securities Act of 1933", "the Securities Exchange Act of 1934, as amended": a law's name
    read as a text cited (a section of it, the meaning or the terms it gives, "as amended"), its year no date."""
    if _LAW_NAME_BEFORE.search(s, start - _LAW_NAME_REACH if start > _LAW_NAME_REACH else 0, start) is None:
        return False
    if _AS_AMENDED_AFTER.match(s, end):
        return True
    name = _LAW_NAME_WORDS_BEFORE.search(s, max(0, start - 120), start)
    if name is None:
        return False
    return _LAW_CITED_BEFORE.search(s, max(0, name.start() - 64), name.start()) is not None


# A copyright sign or word right before a year, wherever the credit stands in its line (the masthead's
# own line is furniture: sentences._METADATA).
# ("© Jane Doe 2016": the holder's name between, in capitals).
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\([cC]\)|\b(?i:copyright))\s*(?:[A-Z][\w.&'’-]*\s+){0,3}$")


# A news agency's photo credit, its copyright sign lost: "AFP 2016/ Jane Doe", "© Sputnik 2019 / John Smith" (an
# agency's name right before the year, a slash and a capitalised name after it).
_AGENCY_BEFORE_YEAR = re.compile(r"\b(?:AFP|AP|Reuters|REUTERS|Sputnik|EPA|Getty\s+Images|RIA\s+Novosti|TASS|Xinhua|"
                                 r"Anadolu|AAP|PA|dpa)\s+$")
_CREDIT_SLASH_AFTER = re.compile(r"\s?/\s?[A-Z]")


# A software release named with its year, as the papers of 1998-2001 wrote them ("will ship Windows 2000",
# "Microsoft Office 2000", "Office 2000 sales"): the product, no year, and none for a month after it to take ("will
# ship Windows 2000 in December" is this December). Not an office of state or a body so named, a capitalised word
# before it ("the Foreign Office 2003 dossier", "Home Office 2010 figures", "Broken Windows 1982 essay").
_RELEASE_BEFORE = re.compile(r"(?:^|[^\w\s'’-][ \t]*|\b(?:Microsoft|[a-z][\w'’-]*)[ \t]+)(?-i:Windows|Office)[ \t]$")
# The millennium computer problem named by its year, as the papers of 1997-2000 wrote it ("the Year 2000
# problem", "year 2000 compliant", "Ikea store cards fail Year 2000 test", "year-2000 bug"): "year" right before
# and a word of computing's trouble or its fix after; not a year of happenings ("in the year 2000, the city will",
# "the year 2000 presidential race", "by the year 2000").
_Y2K_YEAR_BEFORE = re.compile(r"\b[Yy]ear[\s-]$")
_Y2K_NOUN_AFTER = re.compile(r"[\s-]+(?:(?:computer|software|date|millennium)[\s-]+)?(?:problems?|bugs?|glitch(?:es)?|"
                             r"crisis|issues?|complian(?:ce|t)|ready|readiness|tests?|testing|conversion|remediation|"
                             r"computer|software|date|changeover|rollover|fix(?:es)?|flaws?|defects?|failures?|"
                             r"disruptions?|preparations?|preparedness|spending|work|experts?|consultants?|"
                             r"programmers?)\b", re.IGNORECASE)
# A name written with an inner capital right before a year ("TimeBomb 2000", "PowerBook 2000", "WordPerfect 2000"):
# a product's or a forum's number, as "Vision 2030" (not "McCain 2000", "MacArthur 1951": a name with "Mc"/"Mac").
_INNER_CAPITAL_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!Ma?c[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*\s$")
# ... but a company so named before its year's accounts or season is that year's ("PepsiCo 1998 profit rose", "FedEx
# 2003 Earnings Rise", "the JetBlue 2004 schedule").
_YEARS_ACCOUNTS_AFTER = re.compile(r"\s+(?:(?:first|second|third|fourth|full|fiscal|annual)[\s-]+)?"
                                   r"(?:profits?|earnings|sales|revenues?|results|budgets?|seasons?|output|figures|income|loss(?:es)?|"
                                   r"forecasts?|reports?|quarters?|shipments|deliveries|dividends?|outlook|"
                                   r"guidance|schedules?|traffic|growth|performance)\b", re.IGNORECASE)


# A law report's citation, the year its volume's, in its two bracketed shapes: the year in round brackets, the
# volume's number, the report's initials and the page ("(2019) 5 SCC 123"), or the year in square brackets, maybe
# the volume's number, the initials and the number ("[2019] 1 MLJ 234", "[2021] SGHC 12", "[2019] EWCA Civ 123");
# not a figure ("(2019) GDP 5%"), nor a round bracket with no volume before the initials ("The first season (2016)
# PSL 1 was won by ...": a name and its number).
_CITED_NUMBER = r"\s+\d{1,5}(?!\d|\s*(?:%|per\b|percent\b)|[.,]\d)"  # (its page glued to the next line's word)
_ROUND_CITATION_AFTER = re.compile(r"\)[ \t]*\d{1,3}[ \t]+[A-Z]{2,6}"
                                   r"(?:[ \t]+(?:[A-Z][a-z]{1,5}|\([A-Z][A-Za-z]{1,5}\)))?" + _CITED_NUMBER)
_SQUARE_CITATION_AFTER = re.compile(r"\][ \t]*(?:\d{1,3}[ \t]+)?[A-Z]{2,6}"
                                    r"(?:[ \t]+(?:[A-Z][a-z]{1,5}|\([A-Z][A-Za-z]{1,5}\)))?" + _CITED_NUMBER)


def _valid_yr(m, s, gd):
    start = m.start()  # (read once; its windows as conditionals, not max(): fastpath's note)
    if s[start - 1:start] in (" ", "-") and start > 5 and m[0] == "2000" and \
            _Y2K_YEAR_BEFORE.search(s, start - 5, start) and _Y2K_NOUN_AFTER.match(s, m.end()):
        return False  # "the Year 2000 problem", "year 2000 compliant": the millennium bug's name
    if s[start - 1:start] == " " and _INNER_CAPITAL_NAME_BEFORE.search(s, (start - 24 if start > 24 else 0), start) \
            and not _YEARS_ACCOUNTS_AFTER.match(s, m.end()):
        return False  # "TimeBomb 2000 (Y2000)": a name's number
    if (s.endswith("Windows ", (start - 8 if start > 8 else 0), start) or
            s.endswith("Office ", (start - 7 if start > 7 else 0), start)) and \
            _RELEASE_BEFORE.search(s, (start - 32 if start > 32 else 0), start):
        return False  # "will ship Windows 2000 in December": the release, no year (nor one for the month after it)
    if m[0] == "2019" and s[(start - 20 if start > 20 else 0):start].lower().endswith("coronavirus disease "):
        return False  # "COVID-19 (coronavirus disease 2019)": the disease's spelled-out name, no year
    if s.startswith("-current", m.end()):
        return False  # "The daily Nebraskan. ([Lincoln, Neb.) 1901-current": a catalogue's run of a paper's years
    if _year_before_bad(s[(start - 12 if start > 12 else 0):start]):
        return False  # "Boeing 1747", "route 2000"
    if s[(start - 14 if start > 14 else 0):start].rpartition(" ")[0].rpartition(" ")[2].lower() in PLACE_NUMBER_WORDS \
            and s[start - 1:start] == " ":
        return False  # "Suite 1800", "exit 1900", "Section 1983": a place's or a text's number
    if _PHONE_BEFORE.search(s, (start - 5 if start > 5 else 0), start):
        return False  # "call 555-2024": a telephone number
    if (m[0] == "1800" or m[0] == "1300") and _TOLL_FREE_GROUPS_AFTER.match(s, m.end()):
        return False  # "call 1800 044 938": a toll-free number
    if s[start - 1:start] == ":" and _STANDARD_NUMBER_BEFORE.search(s, (start - 32 if start > 32 else 0), start):
        return False  # "ISO 9001:2015", "IS 2083:2024": a standard's edition
    if s[start - 1:start] in (" ", "\t") and \
            "Act" in s[(start - _LAW_NAME_REACH if start > _LAW_NAME_REACH else 0):start] and \
            _cited_law_year(s, start, m.end()):
        return False  # "Section 27A of the Securities Act of 1933, as amended": a law cited, no happening
    if ("©" in (w := s[(start - 48 if start > 48 else 0):start]) or "opyright" in w or "OPYRIGHT" in w or "(c)" in w or
            "(C)" in w) and _COPYRIGHT_BEFORE.search(s, (start - 48 if start > 48 else 0), start):
        return False  # "Photo: Jane Doe. copyright of Archant © 2010", "(c) 2019 Reuters": a copyright's year
    if start and (s[start - 1:start] == "(" and _ROUND_CITATION_AFTER.match(s, m.end()) or
                  s[start - 1:start] == "[" and _SQUARE_CITATION_AFTER.match(s, m.end())):
        return False  # "(2019) 5 SCC 123", "[2021] SGHC 12": a law report's citation
    if "/" in s[m.end():m.end() + 2] and _CREDIT_SLASH_AFTER.match(s, m.end()) and \
            _AGENCY_BEFORE_YEAR.search(s, (start - 16 if start > 16 else 0), start):
        return False  # "... in Raqa on May 25, 2016 AFP 2016/ Jane Doe": a photo credit's year
    if s.endswith("Local ", (start - 6 if start > 6 else 0), start) and not _LOCAL_VOTE_AFTER.match(s, m.end()) and \
            not _local_adjective(s, start - 6, m.end()):
        return False  # "United Auto Workers Local 2069", "Teamsters Local 1999": a union local's number
    if s[(start - 5 if start > 5 else 0):start].endswith(("and ", "or ", ", ", "& ")) and \
            (pair := _NUMBER_PARTNER_BEFORE.search(s, (start - 64 if start > 64 else 0), start)) is not None and \
            int(pair["n"]) < 1600:
        return False  # "both UAW 1112 and 1714", "Routes 1107 and 1780": the number of a kind of the one before it
    if _ZONE_AFTER.match(s, m.end()) and m[0][:2] < "24" and m[0][2:4] < "60":
        return False  # "(1800 GMT)", "at 0320 UTC": a 24-hour clock
    if base_period(s, start, m.end()):
        return False  # "(2015=100)", "the close of 1969 equaling 100": an index's base, a yardstick
    if s[start - 1:start] == "-" and start > 1 and not gd.get("yr_mod") and \
            (named := _NAME_HYPHEN_BEFORE.search(s, (start - 24 if start > 24 else 0), start)) is not None and \
            named[1].lower() not in _YEAR_HYPHEN_WORDS:
        return False  # "the DHJS Examination-2022", "NEET-2023", "Vision-2030": a name's number
    if m[0][:2] < "24" and m[0][2:4] < "60" and m[0].isdigit() and (
            _LOCAL_CLOCK_AFTER.match(s, m.end()) and
            not _YEAR_PREP_BEFORE.search(s, (start - 8 if start > 8 else 0), start) or
            _CLOCK_PARTNER_AFTER.match(s, m.end()) or
            s[(start - 7 if start > 7 else 0):start].endswith(_SPAN_WORDS_BEFORE) and
            _CLOCK_PARTNER_BEFORE.search(s, (start - 20 if start > 20 else 0), start)):
        return False  # "at 1615 local", "a curfew between 1900 and 0600", "from 0600 to 2000": a 24-hour clock
    of_year = m[0].endswith("'s") or _YEAR_NOUN_AFTER.match(s, m.end()) is not None
    if s.endswith("to ", (start - 3 if start > 3 else 0), start) and not of_year and \
            _MOVED_TO_BEFORE.search(s, (start - 48 if start > 48 else 0), start):
        return False  # "the Nasdaq fell 1.6% to 1986", "rose to 2000": the level it moved to
    if s.endswith("at ", (start - 3 if start > 3 else 0), start):
        if not of_year and _LEVEL_BEFORE.search(s, (start - 24 if start > 24 else 0), start):
            return False  # "the index closed at 1600", "stood at 2000": a level, not a year
        if m[0][:2] < "24" and m[0][2:4] < "60" and _CLOCK_AFTER.match(s, m.end()):
            return False  # "at 1600 on Friday", "at 2000 hours": a 24-hour clock
    if ends_with_word(s[(start - 40 if start > 40 else 0):start], ("of", "fiscal")) and \
            _MONTHS_OF_BEFORE.search(s, (start - 40 if start > 40 else 0), start):
        return False  # "in the first nine months of 2015": a part of the year, as a quarter
    if not gd.get("yr_mod") and _quantity_after(s, m.end()) and \
            not _YEAR_OPENS_CLAUSE.search(s, (start - 10 if start > 10 else 0), start):
        return False  # "2000 people" (but "In 2014 workers went on strike": the clause's year)
    if not gd.get("yr_mod") and ends_with_word(s[(start - 16 if start > 16 else 0):start], _APPROX_LAST_WORDS) and \
            _APPROX_BEFORE.search(s, (start - 16 if start > 16 else 0), start):
        return False  # "fell to about 1800", "more than 2000": a quantity
    tail = s[m.end():m.end() + 2]
    if tail[:1] in ("-",) and tail[1:2].isdigit():
        return False  # "1995-96" season or score; avoid
    if not gd.get("yr_mod") and (_PRODUCT_AFTER.match(s, m.end()) or _vehicle_named(s, start, m.end())):
        return False  # "the 2024 models", "2024 Ranger vehicles": a product's name
    if _YEAR_PART.match(s, m.end()):
        return False  # "the 1988 third quarter": a part of the year, not the year
    if not gd.get("yr_mod") and (_BLOCK_AFTER.match(s, m.end()) or _ADDRESS_AFTER.match(s, m.end()) and (
            _PLACE_BEFORE.search(s, (start - 12 if start > 12 else 0), start) or _COMPASS_AFTER.match(s, m.end()))):
        # "the 1900 block of Elm Street", "at 1912 Main Street", "Pine Court, 1940 S. Chelton Road":
        # an address (a compass point before the street's name says so wherever it stands).
        return False
    return _spelled_year_ok(m)


# A block of a street ("the 1900 block of Elm Street") and a house number before its street
# ("at 1912 Main Street", "of 2015 N. Oak Ave."): the number follows a preposition of place, as
# a year before a name like a street's does not ("the 2015 Supreme Court ruling", "the 2008 Wall
# Street crash", "In 2018 Oxford Street lost ...").
_BLOCK_AFTER = re.compile(r"\s+block\s+of\b", re.IGNORECASE)
_ADDRESS_AFTER = re.compile(r"\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?"
                            r"(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|"
                            r"Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Trail|Pike)\b")
_PLACE_BEFORE = re.compile(r"\b(?:at|to|of|on|near|outside|from|behind|opposite)\s+$", re.IGNORECASE)
_COMPASS_AFTER = re.compile(r"\s+(?:[NSEW]\.?|North|South|East|West)\s")
_MONTHS_OF_BEFORE = re.compile(r"\b(?:first|last|past|final|opening)\s+(?:\d{1,2}|two|three|four|five|six|seven|"
                               r"eight|nine|ten|eleven)\s+months\s+of\s+(?:fiscal\s+)?$", re.IGNORECASE)
# (A match ends with "of" or "fiscal" and whitespace: fastpath.ends_with_word says so before the regex
# is tried at each position of the 40 characters.)
# A year that opens a sentence or a clause ("In 2014 workers struck", ", since 2010 residents have ..."):
# the noun after it is the subject, no count ("resulted in 2000 deaths" counts).
_YEAR_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s*)(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter)\s+$")
# A level a number stands at ("the index closed at 1600", "the shares traded at 2000"): no
# year is said to be closed or traded at; "at 2015 prices" (no such verb) keeps its year, and so does
# "closed at 2010 prices" (_YEAR_NOUN_AFTER).
_LEVEL_BEFORE = re.compile(r"\b(?:closed|closing|opened|opening|ended|ending|finished|settled|stood|standing|"
                           r"traded|trading|peaked|bottomed|hovered|hovering|capped|pegged|priced|valued|"
                           r"estimated|set|fixed)\s+at\s+$", re.IGNORECASE)
# ... and the level a market or a count moved to ("fell 1.6% to 1986", "climbed to 2010").
_MOVED_TO_BEFORE = re.compile(r"\b(?:rose|rising|risen|fell|falling|fallen|climbed|climbing|dropped|dropping|slipped|"
                              r"jumped|surged|gained|sank|slid|tumbled|soared|plunged|rallied|declined|eased|"
                              r"edged\s+(?:up|down|higher|lower)|advanced|retreated|dipped)\b"
                              # what stands between says how much, not when: no "from 2008", "in 2009"
                              r"(?:(?!\b(?:from|in|between|since|by)\b)(?:[^.;:!?]|\.(?=\d))){0,30}?\bto\s+$",
                              re.IGNORECASE)
# ... but a year's levels, prices or highs ("fell to 2019 levels", "closed at 2010 prices", "eased to
# 2019 lows", "at 2019's high"): the level is that year's, the year is said.
_YEAR_NOUN_AFTER = re.compile(r"\s+(?:levels?|lows?|highs?|peaks?|prices|valuations?|values|figures|rates|"
                              r"standards|terms|averages?|norms?|numbers|totals)\b", re.IGNORECASE)
# A 24-hour clock after "at": "at 1600 on Friday", "at 2000 hours", "at 0900 local time".
_CLOCK_AFTER = re.compile(r"\s+(?:hours|hrs|local\s+time|on\s+(?-i:[A-Z][a-z]+day)|today|tonight|tomorrow|"
                          r"yesterday)\b")
# A capitalised word glued by a hyphen before a year: the year is its name's number ("the Examination-2022",
# "NEET-2023", "Census-2021 data", "Vision-2030"), not the words of time written so ("Mid-2020", "Pre-2008",
# "FY-2024", "Jan-2020", "Summer-2021").
_NAME_HYPHEN_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]*)-$")
_YEAR_HYPHEN_WORDS = frozenset("""mid pre post late early end start fy fiscal circa ca c year years since until
    through thru by from to and or spring summer autumn fall winter january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# A time zone after four digits: "(1800 GMT)", "0320 UTC", "2100Z".
_ZONE_AFTER = re.compile(r"\s?(?:GMT|UTC|Z)\b")
# ... or the place's own clock: "at 1615 local (1915 GMT)", "ends at 1700 local on Sunday", "0900 local time"
# (not the adjective before its noun: "In 2019 local elections were held", "since 2016 local councils").
_LOCAL_CLOCK_AFTER = re.compile(r"\s+local(?:\s+time)?\b(?!\s+(?!(?:on|in|at|to|and|or|with|when|after|before|"
                                r"until|till|time|as)\b)[a-z])")
# ... a preposition of a year's time before it: "In 2020 local, state and federal agencies ...", "since 2016 local".
_YEAR_PREP_BEFORE = re.compile(r"\b(?:in|since|until|by|during|before|after)\s+$", re.IGNORECASE)
# A four-digit clock beside it in a span: a curfew "between 1900 and 0600", "from 2000 to 0600 hours", "from
# 0600 to 2000" (no year is written with a leading zero), "from 1900 to 2300 hours" (the hours said after it).
_CLOCK_PARTNER_AFTER = re.compile(r"\s*(?:and|to|until|till|-|–)\s*(?:0\d[0-5]\d\b|(?:[01]\d|2[0-3])[0-5]\d\s*"
                                  r"(?:hours|hrs|h|GMT|UTC|local)\b)")
# (every _CLOCK_PARTNER_BEFORE match ends with one of these)
_SPAN_WORDS_BEFORE = ("and ", "to ", "until ", "till ", "-", "–", "- ", "– ", "and", "to", "until", "till")
_CLOCK_PARTNER_BEFORE = re.compile(r"\b0\d[0-5]\d\s*(?:hours|hrs|h|GMT|UTC|local(?:\s+time)?)?\s*"
                                   r"(?:and|to|until|till|-|–)\s*$")


_YEAR_PART = re.compile(YEAR_PART_AFTER, re.IGNORECASE)
_PRODUCT_AFTER = re.compile(rf"\s+(?:{'|'.join(YEAR_MODIFIED_NOUNS)})\b", re.IGNORECASE)
# A model year before a vehicle's name and its kind, in a list maybe: "its 2024 Ranger and 2024 Lincoln
# Nautilus vehicles", "2011-2019 Explorer SUVs", "the 2024 Cybertruck, 2017-2023 Model 3 and 2019-2024
# Model Y vehicles": the names are capitalised words, model numbers and more model years (never a
# lower-case word: "In 2021 Ford recalled 2 million trucks" is the clause's year).
_VEHICLE_NAMED_AFTER = re.compile(r"(?:(?:\s+|\s*,\s+|\s+(?:and|&)\s+)(?:[A-Z][\w-]*|"
                                  r"\d{1,4}(?:\s*[-–]\s*\d{2,4})?[A-Z]?(?![\w%-]|[.,]\d)))+?"
                                  r"(?P<head>\s+(?:vehicles|cars|trucks|SUVs|pickups|sedans|vans|minivans|"
                                  r"crossovers|motorcycles|buses|coupes|hatchbacks|EVs|models)\b)")


# A year after a preposition of time is the clause's: "In 2023 Ford trucks outsold ...", "Between 2020
# and 2023 Ford trucks led sales".
_TIME_PREP_BEFORE = re.compile(r"\b(?:(?:in|since|from|between|during|until|till|through|by|before|after)|"
                               r"(?:between|from)\s+(?:1[6-9]|20)\d\d\s+(?:and|to|through|until))\s+$",
                               re.IGNORECASE)


# ... or before a maker's name and its model or kind, as crash and theft reports write them: "a 2004
# Jeep Wrangler when", "a 2015 Toyota Tacoma that", "the stolen 2012 Ford F-150 abandoned", "a 2009 Honda
# sedan": one model word (a capitalised word, or letters with digits: "F-150", "CR-V") and then what ends
# a noun phrase (a stop, a relative or a verb of a vehicle's, "and", a preposition of place) or a kind of
# vehicle. Not an event, a body or a person a maker names ("the 2016 Volvo Car Open", "the 2018 Ford
# EcoBoost 400", "the 2024 Lincoln Marathon in ...", "the 2022 Honda Battle of the Bands", "2009 Chrysler
# Group files", "2010 Toyota President Akio Toyoda", "The 1976 Ford Carter debates", "the 2019 Honda
# Classic"), nor a maker with a noun of a happening ("the 2015 Toyota recall").
_VEHICLE_MAKERS = (r"Jeep|Toyota|Ford|Chevrolet|Chevy|Honda|Nissan|Dodge|Hyundai|Kia|BMW|Mercedes(?:-Benz)?|GMC|"
                   r"Subaru|Volkswagen|VW|Tesla|Harley-Davidson|Ram|Buick|Cadillac|Chrysler|Lexus|Mazda|Audi|"
                   r"Volvo|Pontiac|Mitsubishi|Acura|Infiniti|Lincoln|Kawasaki|Yamaha|Suzuki|Porsche|"
                   r"Oldsmobile|Plymouth|"
                   # (and the makers of the British, Irish, Australian and New Zealand roads: "a red 2001 Holden
                   # Commodore, failed to", "a 2009 Vauxhall Astra that", "a 2015 Land Rover Discovery parked")
                   r"Holden|Vauxhall|Peugeot|Renault|Citro[eë]n|[SŠ]koda|Fiat|Land\s+Rover|Range\s+Rover|Jaguar|"
                   r"Isuzu|Saab|Opel|Alfa\s+Romeo|Proton|Ducati")
_VEHICLE_KINDS = (r"vehicle|car|truck|SUV|pickup|sedan|van|minivan|crossover|motorcycle|coupe|hatchback|"
                  r"convertible|motorbike|scooter|"
                  # (a kind of more than one word: "2021 Ford Bronco sport utility vehicles")
                  r"sport\s+utility\s+vehicle|utility\s+vehicle|pickup\s+truck")
# The words after a maker's name that make it an event's, a body's or a person's name, not a vehicle's.
_MODEL_NOT = (r"Classic|Open|Championship|Invitational|Cup|Series|Bowl|Center|Centre|Field|Stadium|Arena|Park|"
              r"Motor|Motors|Foundation|Memorial|Administration|Library|Museum|Theat(?:re|er)|Hall|Building|Plant|"
              r"Factory|Assembly|Company|Corp|Group|Prize|Award|Marathon|Test|Battle|Day|Race|Rally|Tour|Trophy|"
              r"Games|Show|Expo|Festival|President|Chairman|Chief|Recall|Recalls|Challenge|Grand\s+Prix")
_MAKER_MODEL_AFTER = re.compile(
    rf"\s+(?:{_VEHICLE_MAKERS})\s+(?:(?:{_VEHICLE_KINDS})s?\b|"
    r"(?!(?:" + _MODEL_NOT + r"|Grand)\b)"
    r"(?:[A-Z][a-z]+|(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Z0-9][\w-]*)"
    # (and maybe its trim: "a 2014 Subaru Impreza WRX against a guardrail", "a 2012 Toyota Camry LE that", "a
    # 2015 Honda Civic Si parked")
    # (a trim's short capitals or letters with digits, or a trim's word; not any capitalised word: "the 2017
    # Honda Indy Toronto was run" is a race's name)
    r"(?:\s+(?:[A-Z]{2,4}|[A-Z][a-z]|Sport|Limited|Touring|Hybrid|Premium|Platinum|"
    r"(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Z0-9][\w-]*)\b)?"
    rf"(?:\s+(?:{_VEHICLE_KINDS})s?\b|(?=[.,;:!?)]|"
    # (an adverb of time or place may come first: "a 2004 Jeep Cherokee just off the highway", "a 2011 Honda
    # Accord shortly after the robbery", "a 2013 Dodge Charger last seen heading north")
    r"(?:\s+(?:just|shortly|moments|minutes|seconds|soon|right|later|last|also|then))?"
    r"\s+(?:when|that|which|was|were|is|had|has|and|or|with|at|"
    r"on|in|near|into|onto|off|from|along|against|driven|parked|abandoned|registered|belonging|owned|traveling|"
    r"travelling|heading|headed|going|struck|hit|crashed|collided|left|ran|rolled|veered|crossed|"
    r"stolen|recovered|towed|flipped|overturned|after|before|behind|outside|seen|spotted|matching|fled|sped|"
    r"occupied|carrying|pulling|towing|"
    # (a part or the people of the model, or a verb of a model on sale: "2020 Kia Sorento engines could", "the
    # 2022 Toyota Tundra owners", "The 2024 Subaru Outback goes on sale")
    r"owners|drivers|buyers|engines|airbags|frames|brakes|transmissions|batteries|tires|tyres|seats|wheels|"
    r"doors|axles|underbody|underbodies|models|units|versions|goes|went|comes|came|sells|sold|costs|starts|"
    r"features|offers)\b)))")


def _vehicle_named(s: str, start: int, end: int) -> bool:
    """A model year's vehicle name and kind after `end` (_VEHICLE_NAMED_AFTER), with a capitalised
    name in it ("2021 and 2023 vehicles" names none), or its maker's name and model or kind
    (_MAKER_MODEL_AFTER), the year at `start` after no preposition of time."""
    v = _VEHICLE_NAMED_AFTER.match(s, end)
    return (v is not None and any(c.isupper() for c in s[end:v.start("head")]) or
            _MAKER_MODEL_AFTER.match(s, end) is not None) and \
        _TIME_PREP_BEFORE.search(s, max(0, start - 24), start) is None


# --- quarters, halves, seasons: month ranges ------------------------------
_QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
# Halves named by their place: "the latter half of 2023", "the back half of the year".
_HALF_ORD = {"latter": 2, "back": 2, "front": 1}
# The last part of its kind: "the final quarter", "the last half of 1989".
_LAST_ORD = ("final", "last")


def _period_year(m, prefix: str, ctx) -> int | None:
    g = m.g
    if g(f"{prefix}_y"):
        return year_value(g(f"{prefix}_y"))
    rel = (g(f"{prefix}_rel") or "").lower()
    if rel == "that":
        return ctx.anchor.date.year if ctx.anchor is not None else None
    if rel in ("this", "the"):
        return ctx.published.year
    if rel in ("last", "next"):
        return ctx.published.year + (1 if rel == "next" else -1)
    # "Q1" alone: the reference's year in the form; no event in an article,
    # where the year is rarely the publication's ("third-quarter profit").
    return ctx.published.year if ctx.standalone else None


def _resolve_qtr(m, ctx):
    g = m.g
    if g("qtr_fy") or g("qtr_fq"):
        return None  # a fiscal quarter's months depend on the company
    if g("qtr_mon"):
        # "the June quarter", "the December half": the three (six) months ending in that month, whose
        # year is its year, or a yearless month's (_resolve_mo: the tense picks it)
        month = month_value(g("qtr_mon"))
        if g("qtr_y") or g("qtr_rel"):
            year = _period_year(m, "qtr", ctx)
            if year is None:
                return None
            last = dt.date(year, month, 1)
        else:
            last = pick(month_candidates(month, 1, ctx.published.year), ctx.published.replace(day=1), ctx.tense,
                        prefer_past_within=None if ctx.tense == "present" else MONTH_PAST_DAYS)
        return DateValue(add_months(last, -2 if g("qtr_mq") else -5), "month", last)
    year = _period_year(m, "qtr", ctx)
    if year is None:
        return None
    if g("qtr_months"):
        if not (g("qtr_y") or g("qtr_rel")):
            return None  # "the first six months": of which year?
        months = num_value(g("qtr_months"))
        if not months or months > 11:
            return None
        return DateValue(dt.date(year, 13 - months, 1), "month", dt.date(year, 12, 1))
    if g("qtr_code"):
        unit, n = ("quarter" if g("qtr_code")[0] in "qQ" else "half"), int(g("qtr_code")[1])
    else:
        unit, word = g("qtr_unit").lower(), g("qtr_ord").lower()
        n = (4 if unit == "quarter" else 2) if word in _LAST_ORD else _HALF_ORD.get(word) or _QUARTER_ORD[word]
    months = 3 if unit == "quarter" else 6
    first = (n - 1) * months + 1
    return DateValue(dt.date(year, first, 1), "month", dt.date(year, first + months - 1, 1))


def _valid_qtr(m, s, gd):
    if gd.get("qtr_months"):
        return True
    if gd.get("qtr_mon"):
        # one quarter (not "the June and September quarters"), of no particular year ("every June quarter"), no
        # month range's end ("the April-June quarter")
        at, quarter = m.start("qtr_mon"), gd.get("qtr_mq")
        if quarter is not None and quarter[-1] in "sS" or _EVERY_BEFORE.search(s, max(0, at - 8), at):
            return False
        return not (s[at - 1:at] in ("-", "–") and s[max(0, at - 2):at - 1].isalpha())
    code = gd.get("qtr_code")
    if code:
        return code[0] in "qQ" or code[1] in "12"
    unit, word = gd["qtr_unit"].lower(), gd["qtr_ord"].lower()
    if word in _HALF_ORD:
        return unit == "half"  # "the back quarter" is no part of a year
    return unit == "quarter" or word in _LAST_ORD or _QUARTER_ORD[word] <= 2


def _season_range(season: str, year: int) -> tuple[dt.date, dt.date]:
    a, b = SEASONS[season]
    return dt.date(year, a, 1), dt.date(year + (b < a), b, 1)


def _resolve_sea(m, ctx):
    g = m.g
    season = g("sea").lower()
    mod = (g("sea_mod") or "").lower()
    pub = ctx.published
    if g("sea_y"):
        start, end = _season_range(season, year_value(g("sea_y")))
    else:
        spans = [_season_range(season, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
        month = pub.replace(day=1)
        if mod == "last":
            start, end = [sp for sp in spans if sp[1] < month][-1]
        elif mod == "next":
            start, end = [sp for sp in spans if sp[0] > month][0]
        else:  # "this summer": the one under way, else this year's
            start, end = next((sp for sp in spans if sp[0] <= month <= sp[1]), spans[1])
    return DateValue(start, "month", end)


def _valid_sea(m, s, gd):
    mod = (gd.get("sea_mod") or "").lower()
    if re.search(r"\bsince\s+(?:the\s+)?$", s[max(0, m.start() - 12):m.start()]):
        return False  # "since the summer of 2022": the year, running to publication
    if not gd.get("sea_y") and mod not in ("last", "this", "next"):
        return False  # "the summer", "in spring": no particular one
    if not mod and gd["sea"][0].isupper() and re.search(r"[A-Z][a-z]+\s+$", s[max(0, m.start() - 20):m.start()]):
        return False  # "the Arab Spring of 2011": a name
    return True


# --- named days (the `holidays` package knows their dates) ----------------
def _holiday_key(text: str) -> str:
    return _norm(re.sub(r"['’.]", "", text.lower()))


_HOLIDAY_KEYS = {_holiday_key(k): v for k, v in HOLIDAYS.items()}
_HOLIDAY_RX = "|".join(
    r"\s+".join(re.escape(w).replace("'", "['’]?").replace(r"\.", r"\.?") for w in k.split())
    for k in sorted(HOLIDAYS, key=len, reverse=True))


@lru_cache(maxsize=512)
def holiday_date(key: str, year: int) -> dt.date | None:
    """The date of a named day in a year, from the `holidays` package (imported when first needed)."""
    import holidays

    country, name, category, *after = _HOLIDAY_KEYS[key]
    country, _, subdiv = country.partition("-")
    try:
        days = holidays.country_holidays(country, subdiv=subdiv or None, years=year, categories=(category,),
                                         language="en_US")
    except (NotImplementedError, KeyError, ValueError):
        return None
    d = next((d for d, n in sorted(days.items()) if n == name), None)
    return d + dt.timedelta(days=after[0]) if d and after else d


def _year_said(m, ctx) -> bool:
    """Does the sentence name the year of a named day given without one ("In 2016, ... on
    Thanksgiving")? The pipeline gives a named day an anchor only from its own sentence."""
    return not m.g("hol_y") and not m.g("hol_mod") and ctx.anchor is not None and ctx.anchor.precision == "year"


def named_day_in_year(m, year: int) -> DateValue | None:
    """The day of named-day mention `m` given without a year of its own ("on May Day", "on Christmas Eve", "the
    Saturday before Christmas") in `year`: None for any other mention, one with its year or a "last"/"next" of its
    own, or a stretch named after the day ("the Easter weekend"). Counted from the calendar of that year, not
    shifted from another's (Easter, Eid and the Lunar New Year fall on other days each year)."""
    if m.kind != "hol" or m.g("hol_y") or m.g("hol_mod") or m.g("hol_wk"):
        return None
    d = holiday_date(_holiday_key(m.g("hol")), year)
    return DateValue(_beside_weekday(m, d), "day") if d else None


def _resolve_hol(m, ctx):
    g = m.g
    if g("hol_wk"):
        return None  # "the Fourth of July weekend", "Easter week", "the Thanksgiving break": no day of their own
    key = _holiday_key(g("hol"))
    pub = ctx.published
    mod = _norm((g("hol_mod") or "").lower())
    if g("hol_y"):
        d = holiday_date(key, year_value(g("hol_y")))
    elif _year_said(m, ctx):
        d = holiday_date(key, ctx.anchor.date.year)  # "Last year, the store opened on Thanksgiving"
    else:
        cands = [d for d in (holiday_date(key, y) for y in (pub.year - 1, pub.year, pub.year + 1)) if d]
        if not cands:
            return None
        if mod in ("last", "this past"):
            d = pick(cands, pub, "past", strict=True)
        elif mod in ("next", "this coming"):
            d = pick(cands, pub, "future", strict=True)
        elif mod == "this":
            d = holiday_date(key, pub.year)
        else:
            d = pick(cands, pub, ctx.tense)
    return DateValue(_beside_weekday(m, d), "day") if d else None


def _beside_weekday(m, d: dt.date) -> dt.date:
    """Named day `d` of mention `m`, or the weekday `m` names beside it: "the Saturday before Christmas", "the Monday
    after Easter" (that weekday next to the day); its eve, the day before, when `m` names it ("Thanksgiving eve")."""
    if m.g("hol_eve"):
        d -= dt.timedelta(days=1)
    if not m.g("hol_wd"):
        return d
    wd = WEEKDAYS[m.g("hol_wd").lower()]
    step = -1 if m.g("hol_rel").lower() == "before" else 1
    return d + dt.timedelta(days=step * ((step * (wd - d.weekday()) - 1) % 7 + 1))


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pinned in requirements
        return frozenset()
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            v = getattr(c, attr, None)
            if v and " " not in v:
                names.add(v)
    return frozenset(names - {"United"})


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")


def _foreign_country_in(s: str) -> bool:
    """Does the sentence name a country other than the United States ("Ukraine", "Ukrainian")?"""
    names = _country_names()
    for w in _CAPITALISED.findall(s):
        for cut in (0, 1, 2, 3, 4):  # Ukrain-e / Ukrain-ian, Ind-ia / Ind-ian, Chin-a / Chin-ese
            stem = w[:len(w) - cut] if cut else w
            if stem in names or any(stem + end in names for end in ("a", "e", "ia", "y")) and len(stem) > 3:
                return True
    return False


# "the Good Friday Agreement", "Easter Island", "the Easter Rising", "the St. Valentine's Day
# Massacre": a name (a treaty, a place, a past event) made with the holiday, not the holiday this
# year. Its head is capitalised: "the Memorial Day war memorial", "On Christmas Day truce talks
# began" keep their day (only "the Christmas truce", of 1914, is a name in lower case); the
# day's own happening is no such head ("the Thanksgiving Day Parade").
_NAME_WITH_HOLIDAY = re.compile(r"(?:\s+Day)?\s+(?-i:Agreements?|Accords?|Islands?|Rising|Uprising|Offensive|"
                                r"Treaty|Truce|Armistice|War|Massacre|Revolution)\b")
# ... and a place named after a one-word holiday, a street's, a ground's or a town's word in capitals after it: "Easter
# Road" (Hibernian's ground), "Christmas Creek", "Thanksgiving Point" (a longer name, "Fourth of July Road", is left as
# before: its month would be read alone).
_PLACE_WITH_HOLIDAY = re.compile(r"\s+(?-i:Road|Street|Avenue|Lane|Drive|Boulevard|Highway|Stadium|Creek|Point|Valley|"
                                 r"Hill|Square|Cove)\b")
_TRUCE_AFTER = re.compile(r"\s+truce\b")
# A one-word holiday's name between a given name and a surname, each a capitalised word of letters: a person's
# middle name ("Zandile Christmas Mafe", "Mary Easter Okafor"), not the day: unless the word before is one that
# heads the day's name or a phrase of it ("Merry Christmas", "Orthodox Easter", "on Christmas", "This Easter",
# a sentence's "After Christmas Day"), or the word after is one of the day's ("Christmas Eve", "Easter
# Monday", "Christmas Mass", "Easter Weekend", "Thanksgiving Dinner").
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.'’-])(?-i:([A-Z][a-z]{2,}))\s$")
_SURNAME_AFTER = re.compile(r"\s(?-i:([A-Z][a-z]{1,}))(?![\w'’-])")
# A capitalised word glued by a hyphen before a weekday: "Leo-Sunday" (not "Mid-", "Pre-", "Post-", "Super-": a
# part of a week told with a prefix).
_HYPHENED_NAME_BEFORE = re.compile(r"(?<![\w.'’-])(?!(?:Mid|Pre|Post|Non|Anti|Super|Ex)-)(?-i:([A-Z][a-z]+))-$")


def title_case(s: str) -> bool:
    """A headline in title case ("Families Spend Christmas Apart as Floods Cut Roads", "Candidates Host Rallies
    in Swing States Today"): most longer words capitalised. (Here, not in page_furniture, which imports this
    module: the name rules above need it too.)"""
    words = [w for w in s.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_NOT_A_GIVEN_NAME = frozenset((
    "merry happy joyous blessed holy orthodox catholic coptic armenian ethiopian greek russian western eastern "
    "christian jewish muslim hindu this last next every each since before after until till over during on at come "
    "comes when by "
    "by for from to around through the a an our their his her its your my white green black red cold wet hot "
    "quiet busy early late post pre pagan traditional secular annual national american british canadian "
    "australian irish scottish chinese japanese indian lunar first second third final only").split())
_NOT_A_SURNAME = frozenset((
    "eve day days morning afternoon evening night nights dinner dinners lunch lunches breakfast feast mass "
    "masses service services vigil vigils holiday holidays weekend weekends break recess vacation period "
    "season week weeks time sunday monday tuesday wednesday thursday friday saturday message address speech "
    "sermon greetings greeting wishes celebration celebrations festivities truce ceasefire offensive "
    "rising uprising card cards party parties market markets parade tree trees lights appeal fund island "
    "islands bunny egg eggs hunt rabbit special specials episode edition number with under apart overseas despite "
    "amid after before during without abroad alone together again early late quietly").split())


# After "May Day": a bank holiday (Britain's first Monday of May), the distress call's repeat or noun.
_MAY_DAY_NOT_MAY_1_AFTER = re.compile(r"\s+bank\s+holiday\b(?!\s+(?:long\s+)?weekend)|[\s,!]+May\s+Day\b|"
                                      r"\s+(?:calls?|signals?|alerts?|distress|messages?|broadcasts?)\b",
                                      re.IGNORECASE)
# ... before it: a repeat, or a verb of sending a call ("shouted", "radioed a", "issued a").
_MAY_DAY_CALL_BEFORE = re.compile(r"(?:\bMay\s+Day[\s,!]+|\b(?:shout|radio|call|issu|send|sent|declar|scream|yell|cr)"
                                  r"[a-z]*\s+(?:a\s+)?[\"“‘']?)$", re.IGNORECASE)


def _valid_hol(m, s, gd):
    if not gd["hol"][0].isupper():
        return False  # "christmas" in lower case: not the day
    if _NAME_WITH_HOLIDAY.match(s, m.end()) or _TRUCE_AFTER.match(s, m.end()) and \
            _THE_BEFORE.search(s, max(0, m.start() - 4), m.start()):
        return False  # "the Good Friday Agreement", "Christmas Island", "the Christmas truce": a name
    if " " not in gd["hol"] and _PLACE_WITH_HOLIDAY.match(s, m.end()):
        return False  # "at Easter Road", "Thanksgiving Point": a place
    if " " not in gd["hol"] and m[0] == gd["hol"] and s[m.start() - 1:m.start()] == " " and \
            (given := _GIVEN_NAME_BEFORE.search(s, max(0, m.start() - 24), m.start())) and \
            given[1].lower() not in _NOT_A_GIVEN_NAME and \
            (surname := _SURNAME_AFTER.match(s, m.end())) and surname[1].lower() not in _NOT_A_SURNAME and \
            not title_case(s):
        # "suspect Zandile Christmas Mafe appears in court": a person's middle name (not in a headline in title case,
        # whose verb and next word are capitalised too: "Pope Marks Easter With Call for Peace")
        return False
    key = _holiday_key(gd["hol"])
    if key == "may day" and (_MAY_DAY_NOT_MAY_1_AFTER.match(s, m.end()) or
                             _MAY_DAY_CALL_BEFORE.search(s, max(0, m.start() - 24), m.start())):
        # "the May Day bank holiday": Britain's, the first Monday of May; "shouted \"May Day, May Day\"", "a May Day
        # call": the distress call spelt apart
        return False
    if key == "independence day" and _foreign_country_in(s):
        return False  # "Ukraine marked Independence Day": not the American one the package knows
    if len(_HOLIDAY_KEYS[key]) > 3 and not gd.get("hol_mod") and not gd.get("hol_wd") and \
            not _PUT_ON_BEFORE.search(s[max(0, m.start() - 9):m.start()]):
        # "Black Friday sales", "Since 2005, Black Friday has held the crown": a shopping day
        # named after a holiday is a season's label unless the text puts something on it
        # ("on Black Friday", "over the weekend and Cyber Monday").
        return False
    if _POSSESSIVE_BEFORE.search(s[max(0, m.start() - 6):m.start()]):
        return False  # "home from their Christmas destinations", "our Thanksgiving dinner": a kind of thing
    if key in SEASON_NAMING_HOLIDAYS and _POSSESSIVE_SUPERLATIVE_BEFORE.search(s, max(0, m.start() - 24), m.start()):
        # "its best Christmas ever", "their busiest Christmas in a decade": the season measured against
        # others, no day (a one-day holiday so measured is the day: "its quietest Fourth of July in years")
        return False
    if _A_AFTER_PREPOSITION_BEFORE.search(s, max(0, m.start() - 12), m.start()) and \
            _PHRASE_ENDS_AFTER.match(s, m.end()):
        return False  # "shut on an Easter Monday": any such day
    if _YEARLY_BEFORE.search(s, max(0, m.start() - 8), m.start()):
        return False  # "every Christmas", "its annual Christmas catalogue": each year's, no particular day
    if _ABOUT_THE_DAY_BEFORE.search(s, max(0, m.start() - 30), m.start()):
        return False  # "the story of Christmas", "the true meaning of Easter": the holiday as an idea
    if not gd.get("hol_mod") and not gd.get("hol_y") and (
            _HOLIDAY_AS_KIND_BEFORE.search(s, max(0, m.start() - 80), m.start()) and
            not _NAMED_ON_AFTER.match(s, m.end()) or
            _HOLIDAY_DEFINED_AFTER.match(s, m.end())):
        # "folk holidays such as Chuseok", "holidays, including Lunar New Year", "where Chuseok is a three-day
        # holiday", "Thanksgiving is one of the busiest travel days": the holiday as a kind or an institution, no
        # year's day (not "holidays such as the Lunar New Year in 2019", "Celebrations such as Christmas Day Mass
        # were held", "through the holidays, including Christmas Day, when shells hit a hospital": that day's)
        return False
    if key in SEASON_NAMING_HOLIDAYS and not gd.get("hol_mod") and not gd.get("hol_y") and \
            _SEASON_THING_AFTER.match(s, m.end()) and \
            not _TIME_PREPOSITION_BEFORE.search(s, max(0, m.start() - 12), m.start()):
        # "the Christmas parade", "Christmas shopping", "the Hollywood Christmas Parade", "a Christmas
        # miracle": Christmas also names its season, whose parades, markets, parties and lights fill the
        # weeks before the day; a thing of the season is no day (not "Christmas Eve", "Christmas
        # morning", "Christmas dinner", nor "on Christmas morning", "last Christmas", "Christmas 2019").
        return False
    if key in SEASON_NAMING_HOLIDAYS and gd["hol"].lower() == key and not gd.get("hol_mod") and \
            _OVER_BEFORE.search(s, max(0, m.start() - 12), m.start()) and _PHRASE_ENDS_AFTER.match(s, m.end()):
        # "Sales fell 1.8% over Christmas", "The line stayed shut during Christmas": the days around the feast, the
        # season's, no day (not "over Christmas Day", "on Christmas", "during Christmas Mass")
        return False
    return True


# Prepositions that span a stretch, before a holiday that names its season (_valid_hol).
_OVER_BEFORE = re.compile(r"\b(?:over|during|throughout)\s+$", re.IGNORECASE)


# The words after a year that end its phrase, opening no clause of the year's own (as after "in 2013").
_YEAR_CLOSED_BY = ("and|or|but|when|as|to|for|in|at|on|with|after|before|while|because|than|amid|during|"
                   "alone|both")
# A holiday whose name is also its season's: "the Christmas parade" is held any day of December.
SEASON_NAMING_HOLIDAYS = frozenset({"christmas"})
# A thing of the season right after the holiday's name (a noun, whatever its case: "the Hollywood
# Christmas Parade"); not a part of the day nor a meal or a rite held on it.
_SEASON_THING_AFTER = re.compile(
    # (a bracket may close on the name first: "a Poinciana (Christmas) tree", a gloss of a plant's name)
    # (and the next holiday's name may share the thing: "the Christmas and New Year sales")
    r"\)?(?:\s+(?:and|&)\s+(?:the\s+)?new\s+year(?:['’]s)?)?\s+(?:parades?|spirit|joy|cheer|magic|miracles?|trees?|lights|lighting|displays?|markets?|fairs?|"
    r"bazaars?|festivals?|shopping|shoppers?|(?:like-for-like\s+|LFL\s+)?sales?|rush|part(?:y|ies)|concerts?|shows?|pageants?|plays?|"
    r"cards?|presents?|gifts?|decorations?|ornaments?|wreaths?|carols?|songs?|music|movies?|films?|"
    r"specials?|stor(?:y|ies)|catalog(?:ue)?s?|sweaters?|jumpers?|stockings?|village|events?|tradition|"
    # a charity's round of the season: "helped the Food Bank, Christmas Hampers and ...", "the Christmas Appeal"
    r"hampers?|baskets?|appeals?|bureaus?|funds?|drives?|campaigns?|boxes)\b",
    re.IGNORECASE)
# A preposition of time right before the holiday puts something on the day ("on Christmas morning",
# "by Christmas shoppers had ..." is read as the day, as before).
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:on|at|over|before|after|until|till|by|since|through|around|"
                                      r"during|for|from|to)\s+$", re.IGNORECASE)
# "before" right before a holiday after a word that counts no time to it: a verb, a noun, an adverb ("opened
# before Christmas", "sales before Easter"); not a unit, a weekday or a count ("days before", "the Saturday
# before", "two weeks before", "just before": also a count's, "just two days before"; nor the day's own timing,
# "will close early before Thanksgiving").
_BARE_BEFORE = re.compile(r"(?:^|[,;:(]\s*|\b(?!(?:days?|weeks?|months?|years?|nights?|hours?|minutes?|weekends?|"
                          r"mornings?|afternoons?|evenings?|eve|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
                          r"one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|the|a|an|and|or|"
                          r"just|shortly|right|immediately|soon|long|well|even|only|early|late)\b)[A-Za-z'’-]+\s+)before\s+$",
                          re.IGNORECASE)


def bare_before(s: str, at: int) -> bool:
    """Is the holiday at `at` told after a bare "before" ("all opened before Christmas"), some time before the
    day, not counted from it ("a week before Christmas", "the day before Thanksgiving")?"""
    return s[max(0, at - 7):at].lower() == "before " and _BARE_BEFORE.search(s, max(0, at - 30), at) is not None


# The holiday as an idea: "the story of Christmas", "the spirit of Thanksgiving", "the true meaning of
# Easter", "the history of Halloween".
_ABOUT_THE_DAY_BEFORE = re.compile(r"\b(?:stor(?:y|ies)|spirit|meaning|magic|history|origins?|message|"
                                   r"essence|wonder|symbols?|traditions?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# A holiday named as one of a kind: "folk holidays such as Chuseok", "holidays, including Lunar New Year", the
# second of a pair, "holidays like Christmas and Easter".
_HOLIDAY_AS_KIND_BEFORE = re.compile(
    r"\b(?i:holidays|festivals|feasts|festivities|celebrations|occasions)\s*,?\s+(?:such\s+as|like|including)\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))?"
    r"(?:the\s+)?$")
# ... not a name going on with it nor a "when" telling what happened that day ("Celebrations such as Christmas Day Mass
# were held", "through the holidays, including Christmas Day, when shells hit a hospital": that day's)
_NAMED_ON_AFTER = re.compile(r"\s+[A-Z]|\s*,\s*when\b")
# A holiday defined: "Chuseok is a three-day holiday", "Thanksgiving is one of the busiest travel days" (not "Christmas
# is a subdued celebration in Bethlehem as war rages": this year's told).
_HOLIDAY_DEFINED_AFTER = re.compile(r"\s+is\s+(?:(?:now|also|still)\s+)?(?:one\s+of\b|(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                                    r"(?:holiday|festival|feast)s?\b)")
_PUT_ON_BEFORE = re.compile(r"\b(?:on|and|or|through|until|till|by)\s+$", re.IGNORECASE)
_YEARLY_BEFORE = re.compile(rf"\b(?:{'|'.join(EVERY_WORDS)}|annual|yearly)\s+$", re.IGNORECASE)
# ... and "a" after a preposition, the holiday ending its phrase: "shut on an Easter Monday", "born on a Christmas Day"
# (one such day, which unknown; not "gathered for a New Year's Eve party", that party's)
_A_AFTER_PREPOSITION_BEFORE = re.compile(r"\b(?:on|after|before|during)\s+an?\s+$", re.IGNORECASE)
_PHRASE_ENDS_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:their|his|her|its|our|my|your)\s+$", re.IGNORECASE)
_POSSESSIVE_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:their|his|her|its|our|my|your)\s+(?:best|worst|biggest|busiest|quietest|happiest|saddest|loneliest|"
    r"merriest|wettest|coldest|warmest|snowiest|mildest|longest|shortest|strongest|weakest|greatest|largest|"
    r"slowest|fastest|brightest|darkest|costliest|cheapest|finest|toughest|hardest|easiest)\s+$", re.IGNORECASE)


# --- years written with an apostrophe: "class of '98", "in ’19" ------------------
# ("go back to ’03", "from ’98 to ’03": "to" as well, a quoted quantity after it left by _QUANTITY_AFTER)
_APOSTROPHE_YEAR_BEFORE = re.compile(r"\b(?:in|of|since|from|until|to|by|spring|summer|fall|autumn|winter|"
                                     r"season|class)\s+['’‘]$", re.IGNORECASE)


def _resolve_yap(m, ctx):
    return DateValue(dt.date(two_digit_year(int(m.g("yap")), ctx.published), 1, 1), "year")


# A quote closed a few words on: the number opened a quoted name ("moved to '10 Downing Street'"), when
# its mark is an opening quote's (a typographic apostrophe, "to ’03", is a year's).
_QUOTE_CLOSED_AFTER = re.compile(r"\s[^'’\n]{1,40}['’](?!\w)")
# ... or a word glued to the number by a hyphen: "'24-hour'", "’12-month" (not "’03-04": a season's years).
_WORD_GLUED_AFTER = re.compile(r"-[A-Za-z]")


def _valid_yap(m, s, gd):
    return bool(_APOSTROPHE_YEAR_BEFORE.search(s, max(0, m.start() - 12), m.start())) and \
        not _quantity_after(s, m.end()) and \
        not (s[m.start() - 1] in "'‘" and _QUOTE_CLOSED_AFTER.match(s, m.end())) and \
        not _WORD_GLUED_AFTER.match(s, m.end())  # "in '10 minutes'", "pointed to '24-hour' parking": quoted


# --- year ranges ----------------------------------------------------------------
def _resolve_yrr(m, ctx):
    a = int(m.g("yrr_a"))
    b = m.g("yrr_b")
    b = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
    return DateValue(dt.date(a, 1, 1), "year", dt.date(b, 1, 1))


def _valid_yrr(m, s, gd):
    a = int(gd["yrr_a"])
    b = gd["yrr_b"]
    b = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
    return a < b <= a + 20 and not _quantity_after(s, m.end()) and not _vehicle_named(s, m.start(), m.end()) \
        and not base_period(s, m.start(), m.end())


# An index's base period, the yardstick its figures are counted against: "(2015=100)", "the close of 1969 equaling
# 100", "with 1982-84 as the base", "uses 2010 as its base year", "base year 2015", "based at 100 in 2010", "set at
# 100 in 2010". No happening of that year ("rose 3% from 2015", "the 2015 base rate was cut", "Sales in 2019 equal
# 100 million units" keep theirs).
_BASE_AFTER = re.compile(r"\s*(?:=|equals?\b|equaling\b|equalling\b|equal\s+to\b|set\s+(?:at|to)\b)\s*100\b"
                         r"(?![.,]\d)(?!\s*%)(?!\s+(?!(?:and|in|for|points|from|as|on|at)\b)[a-z])|"
                         r"\s+as\s+(?:the|its|a|their)\s+base\b|\s+base\s+(?:year|period)\b", re.IGNORECASE)
_BASE_BEFORE = re.compile(r"\bbase\s+(?:year|period)\s+(?:of\s+|is\s+|was\s+)?$|"
                          r"\bbased\s+(?:at|on|to)\s+100\s+in\s+$", re.IGNORECASE)
# ... "set at 100 in 2010" only of an index named before it (not "The speed limit was set at 100 in 2010").
_BASE_SET_BEFORE = re.compile(r"\b(?:set|fixed)\s+(?:at|on|to)\s+100\s+in\s+$", re.IGNORECASE)


def base_period(s: str, start: int, end: int) -> bool:
    """Whether the year or years at s[start:end] are an index's base (_BASE_AFTER, _BASE_BEFORE)."""
    if _BASE_AFTER.match(s, end) is not None:
        return True
    lo = start - 24 if start > 24 else 0  # (a conditional, not max(): fastpath's note)
    before = s[lo:start]  # (its last 16 and 8 characters: those of s before `start`)
    return ("base" in before[-16:] or "100 in " in before[-8:]) and \
        (_BASE_BEFORE.search(s, lo, start) is not None or
         "ndex" in s[:start] and _BASE_SET_BEFORE.search(s, lo, start) is not None)


# A day range inside one month: "March 2-4", "March 2 through 4", "3 to 5
# April", "between 3 and 5 April" ("and" only after "between").
_DAY_RANGE = (r"(?:\s*[-–]\s*|\s+(?:to|through|thru|until|till)\s+{the}(?=\d)|"
              r"(?({k}_btw)\s+and\s+(?=\d)|(?!)))")
# "to the" before a range's second day, only before an ordinal and only where the month comes after both days
# ("from the 17th to the 24th of August", dmy: the month right after the ordinal is what ends the span): after a
# month's day ("on March 3 to the 12th of 20 hearings", "rose on March 3 to the 5th in Africa") an ordinal after
# "to the" is as often a rank or a count as the span's end, so mdy reads none.
_DAY_RANGE_THE = r"(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)))?"
# ... but after "through", "thru", "until" or "till" (no rank's words) an ordinal after "the" ends the span when
# nothing after it makes it a rank or a count's noun ("June 21st through the 23rd.", "May 2 until the 4th at the
# showground"; not "on June 2 through the 5th round", "until the 4th and final round"), nor gives it a month of its
# own ("until the 4th of July", "until the 5th of next month": the dmy rule's day).
_MDY_THE = (r"(?:(?<=(?:ough|thru|ntil|till)\s)the\s+(?=\d{1,2}(?:st|nd|rd|th)(?:\s*[,.;:)]|\s*$|"
            r"\s+(?:(?:1[89]|20)\d\d|in|at|on|with|for|from|to|as|when|but|the)\b)))?")
_MDY_RANGE = _DAY_RANGE.format(k="mdy", the=_MDY_THE)
_DMY_RANGE = _DAY_RANGE.format(k="dmy", the=_DAY_RANGE_THE)
# A day of the month in words, "the first of July", "the twenty-first of March" (after "the", before "of" and a
# month: not "the first of three meetings", "first of all", "the first of May's ministers to resign"; "the Fourth of
# July" is the holiday's).
_DMY_WORD_DAY = rf"(?<=[Tt]he\s)(?!(?-i:Fourth\s+of\s+July)){DAY_IN_WORDS}(?=\s+of\s)(?!\s+of\s+\w+['’]s\b)"
# A word that numbers what it names right before a day range's first number: the number is the label's ("Day 2 - 5th
# September", "Round 12 - 29th Aug", "Division 1 and 2 - 29th Aug"), the day after the dash a day of its own
# (_valid_dmy).
_LABEL_NUMBER_BEFORE = re.compile(r"\b(?:day|round|division|game|match|stage|test|week|part|leg|race|heat|group|no\.|"
                                  r"number|chapter|episode|season|series|volume|vol\.|level|grade|class|\d+\s+and)\s+$",
                                  re.IGNORECASE)
# A clock right after a date written with hyphens: a machine's stamp, no event (_valid_dmy).
_MACHINE_CLOCK_AFTER = re.compile(r"\s+(?:\d{1,2}:\d\d|\d{4}\s*(?:UTC|GMT|Z)\b)")
# A date written with hyphens, "08-Sep-2017", "3-Mar-2016": the month's name between a day and a year (the year
# takes its hyphen too, below).
_DMY_HYPHEN = r"-(?=[A-Za-z]{3,9}\.?-(?:1[6-9]|20)\d\d(?!\d))"
# "on Aug. 16 and 17": a second day of the month, when nothing after it makes it a count
# ("on March 5 and 12 stores closed"); so does "respectively" before any of those ends ("set for March 15 and 18
# respectively.", "... respectively in Paris and Lyon"; not "By June 1 and 12 respectively had signed up": a subject).
_PAIR_END = (r"(?(mdy_and)(?=\s*[,.;:)]|\s*$|\s+(?:\d{4}|in|at|on|and|when|as|after|before|with|for|but|while|"
             r"that|this|last|next|of|to|from)\b|\s+respectively(?:\s*[,.;:)]|\s*$|\s+(?:\d{4}|in|at|on|and|when|as|"
             r"after|before|with|for|but|while|that|this|last|next|of|to|from)\b)))")


# A weekday (or a range or list of them) written after an explicit date describes it, as event
# schedules do ("Aug. 12-13, Thursday-Friday", "Aug. 14, Saturday, from 9 a.m.", "Sept. 3
# (Friday)"): part of the date's expression, not a weekday of its own (which would be counted
# back from publication). Capitalised only; not a possessive ("March 5, Saturday's games") nor
# a weekday that begins the next date ("March 22, Friday, March 29").
_WD_CAP = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_AFTER = (r"(?:(?:,?\s+|\s*(?P<{k}_wdp>\()\s*)(?P<{k}_wda>" + _WD_CAP + r")"
             r"(?:(?:\s*[-–/&]\s*|,?\s+(?:to|through|thru|and|or)\s+|,\s*)" + _WD_CAP + r"){{0,6}}"
             r"(?![\w'’-])(?({k}_wdp)\s*\)|(?!,?\s+(?:the\s+)?(?:" + MON + r"|\d))))?")


# --- the rules, in the order they are tried at a position -------------------
# "next Friday, March 22", "the following Saturday, Nov. 5": the explicit date wins over
# counting from the weekday; the modifier only says which way the year lies.
# "Saturday afternoon, Oct. 27": a part of the day between the weekday and its date.
_WD_PART = r"(?:morning|afternoon|evening|night)"
# A weekday's short name with no stop before a day and its month, as a list of dates prints it ("Sat 3 Oct Advance
# voting begins", "Tues 18 Aug"): the date's weekday (not "sat", a verb, which WD leaves out).
_WD_SHORT = r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=[ ]\d{1,2}(?:st|nd|rd|th)?[ ]+[A-Za-z])"
_WD_MOD = r"next|this\s+coming|coming|this|last|the\s+following|following|the\s+previous|previous"
RULES: tuple[Rule, ...] = (
    Rule("iso", r"(?<![\d-])(?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})(?!\d)", _resolve_iso,
         confidence=0.98, examples=(("The report is dated 2023-03-01.", "2023-03-01"),
                   ("The code 2023-13-45 is no date.", None))),
    # "Saturday, 08-02-2020": the weekday before it says which way round an ambiguous date is.
    Rule("num", rf"(?:(?P<num_wd>{WD}),?\s+)?"
                r"(?<![\d/.-])(?P<num_a>\d{1,2})(?P<num_sep>[/.-])(?P<num_b>\d{1,2})(?P=num_sep)"
                r"(?P<num_y>\d{4}|\d{2})(?![\d/-])", _resolve_num,
         confidence=0.9, flags=_weekday_contradiction,
         examples=(("The order was signed on 13/03/2023.", "2023-03-13"),
                   ("The order was signed on 06.04.2023.", "2023-04-06"),
                   ("The order was signed on 05/04/2023.", "2023"),
                   ("The order was signed on Wednesday, 05/04/2023.", "2023-04-05"))),
    Rule("mdy", rf"(?:(?P<mdy_btw>between)\s+(?=[a-z]{{3,9}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+and\s+\d))?"
                rf"(?:(?:(?P<mdy_wdmod>{_WD_MOD})\s+)?(?P<mdy_wd>{WD})(?:\s+{_WD_PART})?,?\s+)?"
                rf"(?:(?P<mdy_mod>this\s+coming|this|next|last)\s+)?"
                # "Nov.12": a dotted month's day may follow it with no space; "Thursday July, 4": a comma
                # slipped between month and day, only after a weekday (not "in July, 4 people died")
                rf"(?P<mdy_mon>{MON})(?:\s+(?:the\s+)?|(?<=\.)(?=\d)|(?(mdy_wd),\s*(?=\d{{1,2}}\b(?![,.]?\d))|(?!)))"
                rf"(?P<mdy_d>{DAYW})"
                rf"(?:(?:{_MDY_RANGE}|(?P<mdy_and>\s+and\s+(?=\d)))(?P<mdy_d2>{DAY}){_PAIR_END})?"
                rf"(?:{DATE_YEAR_SEP}(?P<mdy_y>{DATE_YEAR}))?" + _WD_AFTER.format(k="mdy"),
         _resolve_month_day, _valid_mdy,
         confidence=0.95, flags=_weekday_contradiction,
         examples=(("The treaty was signed on April 5, 2023.", "2023-04-05"),
                   ("The deal closed Sept. 30, 2022.", "2022-09-30"),
                   ("The drills ran March 2-4.", "2023-03-02/2023-03-04"),
                   ("Rallies were held March 2 through 4.", "2023-03-02/2023-03-04"),
                   ("Talks ran between Jan. 10 and 12, 2023.", "2023-01-10/2023-01-12"),
                   ("The vote is on Friday, April 14.", "2023-04-14"),
                   ("The accord was signed on March the twenty-first.", "2023-03-21"))),
    Rule("dmy", rf"(?:(?P<dmy_btw>between)\s+(?=(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+and\s+\d))?"
                rf"(?:(?:(?P<dmy_wdmod>{_WD_MOD})\s+)?(?P<dmy_wd>{WD}|{_WD_SHORT})(?:\s+{_WD_PART})?,?\s+)?(?:the\s+)?"
                rf"(?P<dmy_d>{DAY}|{_DMY_WORD_DAY})"
                rf"(?:(?:{_DMY_RANGE}|(?P<dmy_and>\s+and\s+(?:the\s+)?(?=\d)))(?P<dmy_d2>{DAY}))?"
                # "this 2nd day of May, 2018", "the 25th day of April": a notice's ordinal day "of" its month (not
                # a month's possessive, "the 2nd day of May's talks")
                rf"(?:(?<=st|nd|rd|th)\s+day(?=\s+of\s+[A-Za-z]+\.?(?:[\s,;:)]|$)))?"
                rf"(?:(?:\s+(?:of\s+)?|(?P<dmy_hy>{_DMY_HYPHEN}))(?P<dmy_mon>{MON})(?:(?(dmy_hy)-|{DATE_YEAR_SEP})"
                rf"(?P<dmy_y>{DATE_YEAR}))?"
                # "the 24th of this month", "from the 17th to the 24th of next month": a day of the month
                # counted from the paper's
                rf"|\s+of\s+(?P<dmy_rel>this|next|last)\s+month(?![\w'’-]))"
                + _WD_AFTER.format(k="dmy"),
         _resolve_month_day, _valid_dmy,
         confidence=0.95, flags=_weekday_contradiction,
         examples=(("The treaty was signed on 5 April 2023.", "2023-04-05"),
                   ("Talks were held on the 3rd of March.", "2023-03-03"),
                   ("Rallies were held on 2-4 March.", "2023-03-02/2023-03-04"),
                   ("Rallies were held between 3 and 5 April.", "2023-04-03/2023-04-05"),
                   ("The qualifier runs from the 17th to the 24th of this month.", "2023-04-17/2023-04-24"))),
    Rule("my", rf"(?:(?P<my_mod>{PART_MOD})\s*)?(?P<my_mon>{MON})"
               # ("in July [2016]": an editor's bracketed year is the month's)
               rf"(?:(?:{DATE_YEAR_SEP}|\s+\[(?=(?:1[6-9]|20)\d\d\]))(?P<my_y>{DATE_YEAR})(?:(?<=\d)\](?<=\[\d{{4}}\]))?|"
               # ("In the first part of November (last year), ...": the same year in brackets)
               rf"(?:,?\s+(?:of\s+)?|\s+\((?=(?:this|last|next)\s+year\)))(?P<my_rel>this|last|next)\s+year"
               rf"(?:\)(?<=\((?:this|last|next)\syear\)))?)"
               # "in 2015, September.": the year first, the month closing the clause (not "In 2015,
               # September was wet", "in 2015, September and October": the month of a clause or a list)
               rf"|(?P<my_yf>(?<![\d$£€.,])(?:1[6-9]\d\d|20\d\d)),?\s+(?-i:(?=[A-Z]))(?P<my_monf>{MON})(?=\s*(?:[.;!?)]|$))",
         _resolve_my, _valid_my,
         confidence=0.95, examples=(("The plant opened in March 2021.", "2021-03"),
                   ("The plant opens in June next year.", "2024-06"),
                   ("Talks stalled in late May of 2019.", "2019-05"),
                   ("The charter came into force in 2015, September.", "2015-09"))),
    # ("Friday 19", its day of the month with no month, as the first end of a range or a pair whose other end
    # names the month: "from Friday 19 to Sunday 21 August", "Saturday 3 and Sunday 4 October". Alone, a number
    # after a weekday is as often a count: "on Tuesday 3, and on Wednesday 9" survivors, "Friday 8, Saturday 12"
    # arrests, left to the weekday. The second end, "Saturday 3 October and Sunday 4", is pipeline's.)
    Rule("wdd", rf"(?P<wdd_wd>{WD}),?\s+(?:the\s+)?(?P<wdd_d>\d{{1,2}})(?:st|nd|rd|th)?(?![.:,]?\d)"
                rf"(?=\s*(?:[-–]|to|through|until|till|and|&)\s*(?:(?:{WD}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+"
                rf"(?:of\s+)?(?:{MON})\b)",
         _resolve_wdd, _valid_wdd, confidence=0.85,
         examples=(("The show runs from Friday 18 to Sunday 20 August.", "2023-08-18/2023-08-20"),)),
    Rule("wd", rf"(?:(?P<wd_mod>last|this\s+coming|this\s+past|this|next|coming|the\s+previous|the\s+following|"
               rf"previous|following|earlier|later|early|late)\s+)?(?P<wd>{WD}|{WD_STOPLESS})(?:['’]s)?"
               r"(?:\s+(?P<wd_part>morning|afternoon|evening|night))?"
               # "on Tuesday last week", "Thursday of next week": that week's day
               r"(?:\s+(?:of\s+)?(?P<wd_week>last|next|this)\s+week(?![\w'’-]))?", _resolve_wd, _valid_wd,
         confidence=0.9, examples=(("Kim met officials on Monday.", "2023-04-03"),
                   ("Kim met officials on Thursday.", "2023-04-06"),
                   ("Kim will meet officials on Friday.", "2023-04-07"),
                   ("The ship sank last Thursday.", "2023-03-30"),
                   ("The market is closed on a Sunday.", None))),
    Rule("rd", r"(?P<rd_two>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
               r"|(?:(?P<rd_mod>earlier|later|late|early)\s+)?(?P<rd>today|yesterday|tomorrow|tonight)(?:'s)?"
               r"|(?P<rd_this>this\s+(?:morning|afternoon|evening|noon)|last\s+(?:night|evening))"
               r"|(?P<rd_eod>the\s+end\s+of\s+(?:the\s+)?(?:day|today))(?![\w'’-])", _resolve_rd, _valid_rd,
         confidence=0.95, examples=(("The minister resigned yesterday.", "2023-04-05"),
                   ("Results are expected tomorrow.", "2023-04-07"),
                   ("The quake struck this morning.", "2023-04-06"),
                   ("Talks ended the day before yesterday.", "2023-04-04"),
                   ("A decision is expected by the end of the day.", "2023-04-06"),
                   ("At the end of the day, voters decide.", None))),
    Rule("ru", r"(?:(?P<ru_mod>earlier|later|early|late)\s+(?:in\s+)?)?"
               r"(?P<ru_rel>this|last|next|the\s+past|the\s+previous|the\s+current|the\s+coming|the\s+following|"
               r"the\s+next|that\s+same|that|the\s+same|"
               # "in 2006, up 110 percent from the year before", "re-elected the year after": the year counted
               # from the one told before, as "the previous year" (not "the year before the war": that one's; nor
               # a rough one, "merged last year or the year before")
               r"(?<!\bor\s)(?P<ru_the>the)(?=\s+(?:year|month)\s+(?:before|after)(?:\s*[.,;:)]|\s+(?:and|but|while|when|as)\b|\s*$))|"
               # "for the full year", "lower earnings for the fiscal year": this year
               # (not "for the fiscal year 2025", "the full year 2023": the year written after it is the one)
               r"the\s+full(?=\s+(?:fiscal\s+)?year\b(?!\s+(?:FY\s?)?(?:19|20)\d\d\b))|"
               r"the(?=\s+fiscal\s+year\b(?!\s+(?:FY\s?)?(?:19|20)\d\d\b)))\s+(?:fiscal\s+)?"
               r"(?P<ru_unit>week|month|year)(?:'s)?(?![-\w])(?(ru_the)\s+(?P<ru_ba>before|after)\b)",
         _resolve_ru, _valid_ru,
         confidence=0.9, examples=(("Sales fell last year.", "2022"),
                   ("Sales rose in last year's fourth quarter.", None),
                   ("The company listed its shares earlier this month.", "2023-04"),
                   ("A referendum will be held next year.", "2024"),
                   ("Talks resume next week.", None),
                   ("Revenue will rise this fiscal year.", "2023"))),
    Rule("ey", r"(?P<ey_mod>earlier|later)\s+in\s+the\s+(?P<ey_unit>year|month|day)", _resolve_ey,
         confidence=0.8, examples=(("Prices rose earlier in the year.", "2023"),)),
    # "will meet in two days", "in a week's time": N days from today, in a future clause only.
    Rule("inn", rf"(?<=\bin\s)(?P<inn_n>{NUM})\s+(?P<inn_unit>day|week)s?(?:['’]s?\s+time\b)?(?![\w'’-])"
                rf"(?!\s+(?:ago|earlier|later|before|after|from|of|or|to\s+{NUM}|in\s+a\s+row|running|straight)\b)",
         _resolve_inn, _valid_inn, confidence=0.8,
         examples=(("The board will meet in two days.", "2023-04-08"),
                   ("The bank will decide in a week's time.", "2023-04-13"),
                   ("The tickets sold out in two days.", None),
                   ("The mayor said the bridge would reopen in three days.", None))),
    Rule("ago", r"(?P<ago_q>(?:nearly|almost|about|around|some|more\s+than|less\s+than|over|just|only|roughly|"
                r"exactly)\s+)?"
                rf"(?:(?P<ago_n>{NUM})\s+(?:full\s+)?(?P<ago_unit>day|week|month|year|decade|hour|minute)s?|"
                r"(?P<ago_hrs>hours|minutes))"
                r"(?:\s+or\s+so)?\s+"
                # ("two years on from a record defeat": "on from" as "after", ago_direction; "Two years on from
                # now, the line will carry ..." as "from now", not in a hedged guess: "... the line should carry")
                # ("24 years to the day he took over", "a year to the day after the attack", "to the day since":
                # that happening's day, the same day N years before the one the sentence tells, _resolve_ago)
                r"(?P<ago_dir>ago|earlier|later|before|after|ahead\s+of|previously|from\s+(?:now|today)\b|hence|away|on\s+from(?:\s+now\b(?![^.;!?]*\b(?:should|could|might|may|would)\b))?|"
                r"to\s+the\s+day(?:\s+(?:after|since|that|when)\b)?)"
                # "before"/"after" with nothing after it ("and, a day after, the mayor resigned", "a week
                # after that"): an adverb, as "later"/"earlier"
                # ("that" as the pronoun, not a determiner: "a week after that vote" has its object)
                r"(?P<ago_bare>(?=\s*(?:[,.;:!?)—–]|that\s*[,.;:!?)—–]|"
                r"that\s+(?:the|a|an|he|she|they|it|we|his|her|their|its)\b)))?",
         _resolve_ago, _valid_ago,
         relative=True,
         confidence=0.9, examples=(("The ship left port three days ago.", "2023-04-03"),
                   ("The mine closed five years ago.", "2018"),
                   ("The blast happened a few hours ago.", "2023-04-06"),
                   ("Almost 24 hours after the quake, a child was rescued.", None),
                   ("The rally came 10 days earlier than March 30.", "2023-03-20"),
                   ("The comments came a day after the bombers flew.", "2023-04-05"),
                   ("Profit rose to $5 million from $3 million a year earlier.", None),
                   ("The final is just three days away.", "2023-04-09"),
                   ("The soldiers spent two days away from their base.", None))),
    # "the next morning", "the evening before": a part of that day is the day; "that (same) day" is the
    # day told before, as "the same day" ("that morning", "that night" are left undated: a part of a day
    # a story's scene may have moved to). Not a thing "from that day" (the newspaper's), nor "that day"
    # before a lower-case word that is no function word: a compound or a subject ("believe that day
    # trippers will", "that day care", "if that day comes"), unless that word is a subject with its
    # finite verb right after it ("That day schools closed", "Later that day police found": _THAT_DAY_SUBJECT).
    # Nor the plural "in the following days", "over the next nights": a stretch, no one day.
    Rule("an", r"(?:the\s+(?:(?P<an_rel>next|following|previous|same)\s+"
               # ("on the same date": the day told before, as "the same day"; not "the same date as ...",
               # whose anchor comes after it, nor "the same date every year / each month", a calendar day)
               r"(?:day|morning|afternoon|evening|night|(?<=same\s)date(?!\s+as\b)(?!\s+(?:every|each)\b|\s+annually\b))(?![a-z])|"
               r"(?:day|morning|afternoon|evening|night)\s+(?P<an_ba>before|after)(?!\s+(?:yesterday|tomorrow)))|"
               r"(?<![\w'’-])(?<!\bfrom\s)that\s+(?:(?:same|very)\s+)?(?:day|morning|afternoon|evening|night)(?![\w'’-])"
               rf"(?!\s+(?!(?:{_THAT_DAY_NEXT})\b|(?-i:[a-z]+ly)\b|{_THAT_DAY_SUBJECT})(?-i:[a-z])))"
               # "the next day or two", "the following day or so": a short stretch ahead, no one day
               r"(?!\s+or\s+(?:two|three|so|more|a\s+few)\b)"
               # (nor "the next day of the festival", "the same day in May": another day's; but "in" right after the
               # day, then an article or a place, is where the day's happening was: "died the same day in a roadside
               # bomb attack", "was arraigned the next day in Boston")
               r"(?!\s*(?:\w+\s+)?of\b)(?!\s*\w+\s+in\b)"
               r"(?!\s*in\b(?!\s+(?:an?\s|(?!(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?-i:[A-Z]))))"
               # (an infinitive of purpose right after it is no tail: "a crew was sent the day after to help" counts
               # from the day told before, as "the day after." does)
               r"(?=(?P<an_tail>\s+(?!to\s+(?!(?:the|an?|his|her|its|their|this|that)\b)(?-i:[a-z]))[\w'’]))?",
               _resolve_an, _valid_an, relative=True,
         confidence=0.7,
         examples=(("The dam broke on March 3, 2023, and the next day the town was evacuated.", "2023-03-04"),
                   ("The town was evacuated the next day.", None),
                   ("The fair opened on March 3. It closed the day before the storm hit.", None),
                   ("The dam broke on March 3, 2023. The town was evacuated that day.", "2023-03-03"),
                   ("Shops reopened the day after Christmas.", "2022-12-26"))),
    Rule("ye", r"(?P<ye>(?:the\s+)?end\s+of\s+(?:the|this)\s+year|year[-\s]end(?![\w-])|year's\s+end|"
               r"(?<=\bbefore\s)the\s+year\s+(?:ended|was\s+(?:out|over)|is\s+(?:out|over)))|"
               # "by the end of the month", "at month's end", "before the month is out": the month's end as the
               # year's (anchors.year_end); not "the end of the month of Ramadan", "the end of the month-long
               # strike", "the end of the month's talks", "the end of the month before the vote"
               r"(?P<ye_mon>(?:the\s+)?end\s+of\s+the\s+month(?![\w'’-])(?!\s+(?:of|before|after)\b)|"
               r"month['’]s\s+end(?![\w-])|(?<=\bbefore\s)the\s+month\s+(?:ended|was\s+(?:out|over)|is\s+(?:out|over))|"
               # "by month-end", "at month end" (not "month-end balances", "Month-end selling", "look at month-end
               # figures": a noun after it)
               r"(?:(?<=\bby\s)|(?<=\bat\s)|(?<=\buntil\s)|(?<=\bbefore\s))month[-\s]end(?![\w-])"
               r"(?!\s+(?!(?:as|and|or|but|if|when|at|in|for|to|with|after|because|so|the|a|an|they|he|she|it|we|"
               r"its|their|his|her|our)\b)[a-z]))",
         _resolve_ye, _valid_ye,
         confidence=0.8, examples=(("The plant will close by the end of the year.", "2023"),
                                   ("The plant will close before the year is out.", "2023"),
                                   ("The plant will close by the end of the month.", "2023-04"))),
    Rule("dec", rf"(?:{PART_MOD}\s*)?(?:the\s+)?(?P<dec>(?:1[6-9]\d|20\d)0)'?s(?!\w)", _resolve_dec,
         confidence=0.6,
         examples=(("The town grew in the 1990s.", None),
                   ("Crime fell in the 1980s, not in 1980.", None))),
    Rule("qtr", rf"(?:the\s+)?(?:(?P<qtr_fq>fiscal)\s+)?"
                rf"(?:(?P<qtr_ord>first|second|third|fourth|final|last|latter|back|front|1st|2nd|3rd|4th)\s+(?P<qtr_unit>quarter|half)|(?P<qtr_code>[qh][1-4])|"
                # "the June quarter", "its September-quarter results", "the December half", "the June half-year":
                # a quarter or a half named by its last month (Australian, New Zealand and Indian business news);
                # the same lookaheads as _MONTH_QUARTER_AFTER and _MONTH_HALF_AFTER (not "the June quarter-final",
                # "in June half the staff", "the June half-marathon"); a bare half after a determiner (as
                # _valid_mo's), so that "fell in December half as fast" is still a month
                r"(?P<qtr_det>(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bthis\s)|(?<=\bthat\s)|(?<=['’]s\s))?"
                rf"(?P<qtr_mon>(?-i:(?=[A-Z])){MON})(?:(?:\s+|-)(?P<qtr_mq>quarters?)\b(?![-\s]*(?:finals?|end)\b)|"
                r"(?:\s+|-)(?P<qtr_mh>half)(?:[-\s]+years?\b|(?(qtr_det)|(?!))\b(?!-)(?!\s+(?:of|the|a|an|his|her|their|its|our|"
                r"marathons?|terms?|times?|hours?|way|dozen|century|price)\b)))|"
                # "the final three months of 2011" (not "the first nine months of 1997": a year to
                # date, which readers date as the year; nor "the last three months this year", with
                # no "of": the months just past)
                rf"(?P<qtr_span>last|final)\s+(?P<qtr_months>two|three|four|five|six|seven|eight|nine|ten|eleven|\d)\s+months(?=\s+of\b))(?![\w-])"
                rf"(?:(?:\s+(?:of|in))?,?\s+(?:(?:the\s+)?(?:(?P<qtr_fy>fiscal)\s+|calendar\s+)?(?P<qtr_y>{YEAR})|"
                rf"(?P<qtr_rel>this|last|next|the|that)\s+year(?![\w-])))?", _resolve_qtr, _valid_qtr,
         confidence=0.9,
         examples=(("Profit rose in the first quarter of 2023.", "2023-01/2023-03"),
                   ("Profit rose in Q3 2022.", "2022-07/2022-09"),
                   ("Sales will pick up in the second half of the year.", "2023-07/2023-12"),
                   ("H1 2024 results are due.", "2024-01/2024-06"),
                   ("Third-quarter profit fell.", None),
                   ("Profit fell in the first quarter of fiscal 2020.", None),
                   ("Profit fell in its fiscal first quarter of 2020.", None),
                   ("Profit fell in the third quarter.", None),
                   ("Profit fell in the final three months of 2022.", "2022-10/2022-12"),
                   ("Profit rose in the March quarter.", "2023-01/2023-03"),
                   ("Profit will rise in the June quarter.", "2023-04/2023-06"),
                   ("Spain won the June quarter-final.", None))),
    # (not a month before "Day" in capitals: "May Day", the named day, the hol rule's)
    Rule("mo", rf"(?:(?P<mo_mod>last|this|next|{PART_MOD})\s*)?(?P<mo>{MON})(?:'s)?(?!\.?\s*\d)(?!\s+(?-i:Day)\b)",
         _resolve_mo,
         _valid_mo,
         confidence=0.85, examples=(("In March alone, the North fired 20 missiles.", "2023-03"),
                   ("The summit will be held in June.", "2023-06"),
                   ("They signed a treaty last May.", "2022-05"),
                   ("Theresa May spoke.", None),
                   ("The fair is held every July.", None))),
    Rule("sea", rf"(?:(?P<sea_mod>early|late|mid-?|last|this|next|the)\s*)?"
                rf"(?P<sea>spring|summer|autumn|fall|winter)(?![\w-])(?:(?:\s+of)?,?\s+(?P<sea_y>{YEAR}))?",
         _resolve_sea, _valid_sea, confidence=0.75,
         examples=(("The bridge will open in spring 2024.", "2024-03/2024-05"),
                   ("Talks collapsed last summer.", "2022-06/2022-08"),
                   ("Prices fell in the autumn of 2021.", "2021-09/2021-11"),
                   ("The harvest comes in the fall.", None),
                   ("It began with the Arab Spring of 2011.", None))),
    Rule("hol", rf"(?:the\s+(?:(?:last|final|first)\s+)?(?P<hol_wd>{WD})\s+(?P<hol_rel>before|after)\s+)?"
                rf"(?:(?P<hol_mod>this\s+past|this\s+coming|last|this|next)\s+)?(?P<hol>{_HOLIDAY_RX})(?![\w-])"
                # "Thanksgiving eve", "the Anzac Day eve contest", "Easter Eve": the day before the named day (not a
                # name that holds the eve already, "Christmas Eve", tried first as the longer name)
                r"(?P<hol_eve>\s+(?-i:[Ee]ve)(?![\w'’-]))?"
                # its year right after it, or after "in" / "of" where the year ends its phrase ("on Christmas 2021",
                # "on Valentine's Day in 2013, ...", "the Christmas of 2013", not the count of "on Thanksgiving in
                # 2000 stores")
                rf"(?:(?:,|\s+(?:in|of)(?=\s+\d{{4}}(?:\s*(?:[,.;:!?)]|$)|\s+(?:{_YEAR_CLOSED_BY})\b)))?\s+(?P<hol_y>{YEAR}))?"
                # "the Thanksgiving weekend", "the Easter long weekend", "the Easter break", "the Easter term" (of a
                # court or a university), "the Christmas season": a stretch named after the day, no day itself; nor
                # the things named after it, "overdue Christmas bonuses", "Christmas shopping", "Easter eggs"; nor
                # the trade of the weeks around a feast, "a Christmas trading update", "the Christmas run-in", "the
                # Christmas quarter", "beat forecasts for Christmas sales" (not a day's, "Boxing Day trading")
                r"(?P<hol_wk>\s+(?:(?:bank\s+)?holiday\s+)?(?:long\s+)?(?:week(?:end)?|break|recess|vacation|holidays|term|semester|season|"
                r"period|bonus(?:es)?|shopping|shoppers|trees?|lights|decorations|cards|gifts|presents|carols|eggs?|"
                # the holiday's kinds of food, "Chuseok foods", "Christmas recipes" (not its rites: "led Christmas
                # rites in St. Peter's", "Christmas traditions this year were muted", that year's)
                r"hampers?|foods|dishes|recipes|delicacies)\b|"
                r"(?<![Dd]ay)(?<![Ee]ve)\s+(?:trading|run-(?:in|up)|quarter|spending|sales)\b)?",
         _resolve_hol, _valid_hol, confidence=0.9,
         examples=(("The attack came on New Year's Day.", "2023-01-01"),
                   ("Stores will close on Thanksgiving.", "2023-11-23"),
                   ("Families gathered for Chuseok last year.", "2022-09-10"),
                   ("The Lunar New Year holiday began.", "2023-01-22"),
                   ("Shops reopened on Christmas Eve 2021.", "2021-12-24"),
                   ("Stores were busiest on the last Saturday before Christmas 2022.", "2022-12-24"),
                   ("Sales peaked the Friday after Thanksgiving 2022.", "2022-11-25"),
                   ("Ukraine's Independence Day parade was cancelled.", None))),
    Rule("yrr", r"(?<![\d$£€.,])(?P<yrr_a>1[6-9]\d\d|20\d\d)\s*[-–/]\s*(?P<yrr_b>(?:1[6-9]|20)?\d\d)(?![.,]?\d)",
         _resolve_yrr, _valid_yrr, confidence=0.85,
         examples=(("He fell ill in the pandemic of 2009-2010.", "2009/2010"),
                   ("The expedition of 1957-58 mapped the coast.", "1957/1958"),
                   ("The 2023-04 file is missing.", None))),
    Rule("yap", r"(?<=['’‘])(?P<yap>\d\d)(?![\w'’%]|\.\d|,\d)", _resolve_yap, _valid_yap, confidence=0.8,
         examples=(("She graduated with the class of '98.", "1998"),
                   ("The album came out in ’19.", "2019"),
                   ("He scored 'twice' and '10 times' more.", None))),
    Rule("yr", rf"(?:(?P<yr_mod>{PART_MOD}|fiscal|calendar)[\s-]*)?(?P<yr>{YEAR})(?:'s)?", _resolve_yr, _valid_yr,
         confidence=0.85, examples=(("The company was founded in 1998.", "1998"),
                   ("The war ended in nineteen forty-five.", "1945"),
                   ("The firm employs 2000 people.", None),
                   ("In the 2022 third quarter, the company earned $3 million.", None),
                   ("Shares fell to about 1800 yen.", None))),
)
RULES_BY_NAME = {r.name: r for r in RULES}
RELATIVE_RULES = frozenset(r.name for r in RULES if r.relative)


def resolve(m, ctx: Context) -> DateValue | None:
    """Turn a mention into a DateValue with its rule, or None when it is not a day/month/year date."""
    try:
        return RULES_BY_NAME[m.kind].resolve(m, ctx)
    except (ValueError, KeyError, OverflowError, TypeError):
        return None


# --- how sure a date is -------------------------------------------------------
# confidence = how often a statement of its kind was right, measured: the
# rule's own figure (Rule.confidence, set by hand: explicit full dates
# 0.95-0.98, a bare year 0.85 since numbers are often quantities, a decade
# 0.6, "the next day" 0.7) is a prior worth PRIOR_WEIGHT statements, updated
# by how many of the rule's statements the development sets' gold confirmed
# (MEASURED, written by `bench/precision_buckets.py --fit`); then multiplied by
# the measured factor (prior in FACTOR_PRIORS) of what makes the date doubtful:
#   guessed     the date hangs on tense and the clause has no tense marker:
#               the engine guessed (a bare weekday, a yearless date or month);
#   other_year  a yearless date put in another calendar year than the
#               publication (December news about "January");
#   anchored    counted from another date or clause of the text ("two days
#               after the vote", "that year", "the following Monday");
#   flagged     a weekday that contradicts its explicit date.
# So a figure is near the share of such statements that are right: a
# statement under REVIEW_BELOW is more likely wrong than right, and
# extract_events leaves it out unless asked for the uncertain ones too (the
# review page shows them, unticked). README.md, "How sure a date is", says
# what the figure is; the pooled sets, the counts and the check on sets left
# out are in docs/benchmarks/confidence.md.
PRIOR_WEIGHT = 5
REVIEW_BELOW = 0.5
FACTOR_PRIORS = {"guessed": 0.8, "other_year": 0.85, "anchored": 0.75, "flagged": 0.6}
# {rule or factor: (statements, right)}, pooled over the development sets.
MEASURED: dict[str, tuple[int, int]] = {
    "ago": (58, 46),
    "an": (4, 4),
    "anchored": (44, 33),
    "dmy": (16, 16),
    "ey": (10, 10),
    "flagged": (5, 5),
    "guessed": (264, 237),
    "hol": (70, 53),
    "mdy": (436, 403),
    "mo": (178, 167),
    "my": (50, 49),
    "num": (2, 2),
    "other_year": (83, 70),
    "qtr": (9, 0),
    "rd": (157, 138),
    "ru": (207, 192),
    "sea": (15, 0),
    "wd": (818, 770),
    "yap": (1, 1),
    "ye": (8, 5),
    "yr": (343, 330),
    "yrr": (11, 11),
}
# statements with none of the factors: (statements, right)
MEASURED_PLAIN = (2013, 1866)


def _calibrated() -> tuple[dict[str, float], dict[str, float]]:
    """Each rule's figure and each factor, from the priors and MEASURED."""
    rules = {}
    for r in RULES:
        n, right = MEASURED.get(r.name, (0, 0))
        rules[r.name] = (right + PRIOR_WEIGHT * r.confidence) / (n + PRIOR_WEIGHT)
    plain = MEASURED_PLAIN[1] / MEASURED_PLAIN[0]
    factors = {}
    for name, prior in FACTOR_PRIORS.items():
        n, right = MEASURED.get(name, (0, 0))
        factors[name] = (right + PRIOR_WEIGHT * prior * plain) / (n + PRIOR_WEIGHT) / plain
    return rules, factors


_ANCHORED_RU = frozenset(("the following", "the next", "the previous", "that", "the same"))
_ANCHORED_WD = frozenset(("the previous", "previous", "the following", "following"))
# "this Saturday" is not among them: "will open this Saturday" is the coming one,
# "met this Monday" the last one.
_MODIFIED_WD = frozenset(("last", "next", "this coming", "this past", "coming"))
_DECIDED_WD = _MODIFIED_WD | _ANCHORED_WD  # weekdays whose modifier, not tense, picks the day


def yearless(m) -> bool:
    """A month or month-day given without its year (its year is inferred), or a quarter or half named by such a
    month ("the June quarter")."""
    return m.kind == "mo" or (m.kind in ("mdy", "dmy") and not m.g(m.kind + "_y") and
                              not (m.kind == "dmy" and m.g("dmy_rel"))) or \
        m.kind == "qtr" and m.g("qtr_mon") is not None and not m.g("qtr_y") and not m.g("qtr_rel")


def hangs_on_tense(m) -> bool:
    """Is the mention's date chosen by tense (a bare weekday, a yearless date, month or named day)?"""
    if m.kind == "wd":
        mod = m.g("wd_mod")
        # "to be signed following Monday's summit": a preposition, whose weekday the tense places.
        return mod is None or _norm(mod) not in _DECIDED_WD or _norm(mod) == "following" and \
            m.text.endswith(("'s", "’s"))
    if m.kind in ("mdy", "dmy"):
        # ("this February 1" too: whether it is the one gone by or the coming one, when not ahead in the
        # publication's year, is the clause's: "died this January 12", "will take effect this February 1")
        return not m.g(f"{m.kind}_y") and (not m.g("mdy_mod") or _norm(m.g("mdy_mod")) == "this")
    if m.kind == "hol":
        return not m.g("hol_y") and not m.g("hol_mod")
    if m.kind == "wdd":
        return True  # ("Friday 19" whose partner's month does not fit its weekday: the month by the clause's tense)
    if m.kind == "inn":
        return True  # "will meet in two days" is a day, "sold out in two days" none
    if m.kind == "qtr":
        return yearless(m)  # "the June quarter"
    # "early December" still hangs on tense; "last December" does not.
    return m.kind == "mo" and (m.g("mo_mod") or "").lower() not in ("last", "this", "next")


def anchored(m) -> bool:
    """Is the mention relative to another date or event ("two days after", "that year", "the next day")?"""
    if m.kind == "an":
        return True
    if m.kind == "ago":
        return ago_direction(m) not in ("ago", "from now", "hence")
    if m.kind == "ru":
        return _norm(m.g("ru_rel").lower()) in _ANCHORED_RU
    if m.kind == "wd":
        mod = m.g("wd_mod")
        return mod is not None and _norm(mod) in _ANCHORED_WD
    return False


def anchor_source(m, ctx: Context) -> str | None:
    """Which of the context's dates `m`'s resolution counted from: "anchor",
    "day_anchor", "follower" or "main_day" (another statement of the text),
    or None (the publication date). Mirrors the resolution functions above:
    the pipeline records which statement gave that date, so that a stored
    date can be derived again when the one it hangs on changes."""
    kind = m.kind
    if kind == "an":
        if m.g("an_ba") and m.g("an_tail"):
            return "follower"
        return "anchor" if _same_day_of_month(m, ctx) else "day_anchor"
    if kind == "ago":
        direction = ago_direction(m)
        if direction in ("ago", "from now", "hence"):
            return None
        if ctx.follower is not None and direction in ("before", "after", "earlier", "later"):
            return "follower"
        if direction in ("before", "after") and m.g("ago_bare") is None:
            return "main_day" if ctx.main_day is not None else None
        unit = _ago_unit(m)
        return "day_anchor" if ctx.day_anchor is not None and unit in ("day", "week", "hour", "minute") else None
    if kind == "ru":
        return "anchor" if _norm(m.g("ru_rel").lower()) in _ANCHORED_RU else None
    if kind == "wd":
        mod = m.g("wd_mod")
        return "day_anchor" if mod is not None and _norm(mod) in _ANCHORED_WD and ctx.day_anchor else None
    if kind == "qtr" and not m.g("qtr_y") and (m.g("qtr_rel") or "").lower() == "that":
        return "anchor"  # "the third quarter of that year"
    if kind == "hol" and _year_said(m, ctx):
        return "anchor"  # "Last year, stores opened on Thanksgiving"
    return None


def assess(m, value: DateValue, tense: str | None, published: dt.date) -> tuple[float, tuple[str, ...]]:
    """(confidence 0-1, flags) of the date `value` that mention `m` resolved to."""
    plain = _UNDOUBTED.get(m.kind)
    if plain is not None:
        return plain  # (a kind no factor doubts: its rule's figure alone, worked out once)
    rule = RULES_BY_NAME[m.kind]
    conf = _RULE_FIGURE[m.kind]
    flags = rule.flags(m, value) if rule.flags is not None else ()
    for factor in doubts(m, value, tense, published, flags):
        conf *= _FACTOR[factor]
    return _shown_figure(conf), flags


def _shown_figure(conf: float) -> float:
    """A confidence as assess gives it: at most 0.99, to two places (min(conf, 0.99): see fastpath's note)."""
    return round(0.99 if 0.99 < conf else conf, 2)


def doubts(m, value: DateValue, tense: str | None, published: dt.date, flags=()) -> tuple[str, ...]:
    """What makes the date doubtful (the factors of assess): guessed, other_year, anchored, flagged."""
    out = []
    if hangs_on_tense(m):
        if tense in (None, "present"):
            out.append("guessed")
        if m.kind != "wd" and value.date.year != published.year:
            out.append("other_year")
    if anchored(m) and m.kind != "an":  # "an" has its own, lower figure
        out.append("anchored")
    if flags:
        out.append("flagged")
    return tuple(out)


_RULE_FIGURE, _FACTOR = _calibrated()
# The kinds whose mentions hangs_on_tense (wd, mdy, dmy, hol, inn, qtr, mo) or anchored (an, ago, ru, wd) may say
# True of: doubts may find a factor in them. Every other kind whose rule has no flags is never doubted, and assess
# gives its rule's figure alone, with no flags: that answer, worked out once a kind (test_fast_paths checks the
# kinds against hangs_on_tense and anchored).
DOUBTED_KINDS = frozenset(("wd", "wdd", "mdy", "dmy", "hol", "inn", "qtr", "mo", "an", "ago", "ru"))
_UNDOUBTED = {r.name: (_shown_figure(_RULE_FIGURE[r.name]), ()) for r in RULES
              if r.flags is None and r.name not in DOUBTED_KINDS}
