"""Ranges and runs: when two dates are one span ("Monday through Friday", "from 1978-80 and
1982-86"), when they are a day moved to another ("postponed from Monday to Thursday"), and when a
span of two years is one season ("the 2022-23 season")."""
from __future__ import annotations

import re

from .clauses import CLAUSE_WINDOW, MOVED_FROM, PAIR_GAP, clause_opening
from .direction import DAYS_NAMED_AFTER, perfect_or_forecast_before
from .lexicon import EXTENDED_WORDS, phrase_rx
from .recognition import Mention
from .tense import unmarked_past
from .types import DateValue

# "between X and Y", "from X to Y", "X-Y", "since X": ranges.
# A clock time before a range's end or start: "from 7 a.m. on Monday until 5 p.m. on Thursday".
CLOCK_BEFORE_DAY = r"(?:(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)\s*,?\s*(?:on\s+)?)?"
RANGE_OPEN = re.compile(rf"\b(?:between|from)\s*{CLOCK_BEFORE_DAY}$", re.IGNORECASE)
# A range's "and" pairs with "between" only: "from" runs "to", "through" or "until" its end, and a day
# after "from ..., and" is another item of a list ("the trade from Tuesday night, and Sunday's deal").
_AND_JOIN = re.compile(r"\s*,?\s*and\b", re.IGNORECASE)


def range_opened(sent: str, start: int, between: str) -> bool:
    """Whether a date at `start`, joined to the next by `between`, opens a range with "between" or "from"
    (RANGE_OPEN): not "from" before an "and" ("from Tuesday night, and Sunday's ...")."""
    opener = RANGE_OPEN.search(sent, max(0, start - 30), start)
    return opener is not None and not (_AND_JOIN.match(between) and opener[0].lower().startswith("from"))


# "Monday through Friday", "Tuesday to Thursday", "Friday until Sunday": two bare weekdays joined as a run.
_BARE_RUN_JOIN = re.compile(rf"\s*,?\s*(?:through|thru|to|until|till)\s+{CLOCK_BEFORE_DAY}", re.IGNORECASE)
# A day moved or put off, anywhere before it in its clause: "moved the vote Monday to Friday".
_PUT_OFF_BEFORE = re.compile(rf"\b(?:{phrase_rx(EXTENDED_WORDS)}|moved|shifted|switched|changed)\b", re.IGNORECASE)


# ... or by a plain "through" alone: "would be closed Monday through Friday".
_PLAIN_THROUGH = re.compile(rf"\s*(?:through|thru)\s+{CLOCK_BEFORE_DAY}", re.IGNORECASE)


def _weekday_run(sent: str, mentions: list[Mention], i: int, join: re.Pattern) -> bool:
    """Whether bare weekdays i and i + 1, joined as `join` matches, may be one run: two weekdays with no
    modifier, no possessive, and a clause that neither puts the first off to another day ("postponed the
    vote Monday to Friday"), nor names the days ("declared Monday through Wednesday holidays"), nor tells
    a forecast or a present perfect before them ("were expected Thursday through Saturday", "has closed
    schools Wednesday through Friday": they may run ahead, see the range's rules)."""
    m, nxt = mentions[i], mentions[i + 1]
    if not (m.kind == nxt.kind == "wd") or m.g("wd_mod") or nxt.g("wd_mod") or \
            m.text.endswith(("'s", "’s")) or nxt.text.endswith(("'s", "’s")) or \
            not join.fullmatch(sent, m.end, nxt.start):
        return False
    lo = clause_opening(sent, m.start, CLAUSE_WINDOW)
    return not _PUT_OFF_BEFORE.search(sent, lo, m.start) and not DAYS_NAMED_AFTER.match(sent, nxt.end) and \
        not perfect_or_forecast_before(sent, m.start)


def through_run(sent: str, mentions: list[Mention], i: int) -> bool:
    """Whether bare weekdays i and i + 1 joined by a plain "through" ("would be closed Monday through
    Friday", "Workers shut the plant Monday through Friday") are one run, whatever the tense: a range,
    as "from Monday to Friday" is, whose direction the range's rules take from its clause (ahead, or
    ending by the publication day), not two loose days each read on its own. Not a day with its week
    ("Monday of next week"), nor what _weekday_run leaves out (a forecast or a perfect before it is the
    past run's rules', bare_past_run)."""
    return not (mentions[i].g("wd_week") or mentions[i + 1].g("wd_week")) and \
        _weekday_run(sent, mentions, i, _PLAIN_THROUGH)


def bare_past_run(sent: str, mentions: list[Mention], tenses: list, i: int) -> bool:
    """Whether bare weekdays i and i + 1 joined by "through", "to" or "until" ("The plant was closed
    Monday through Friday") are a run in a plain past clause: one run, a range as "from Monday to
    Friday" is, ending by the publication day (what _weekday_run leaves out aside)."""
    return _weekday_run(sent, mentions, i, _BARE_RUN_JOIN) and tenses[i + 1] in (None, "past") and (
        tenses[i] == "past" or tenses[i] is None and unmarked_past(sent, mentions[i].start))


# A happening put off to a later day: "postponed until", "delayed to", "pushed back to" (not "moved to",
# "rescheduled for": either way).
_PUT_OFF_TO = re.compile(r"\b(?:postponed|delayed|pushed\s+back|put\s+off|deferred)\s+(?:(?:again|once\s+more|further|"
                         r"by\s+\w+\s+days?)\s+)?(?:until|till|to)\s+(?:on\s+)?$", re.IGNORECASE)
_PUT_OFF_FROM = re.compile(r"\b(?:postponed|delayed|pushed\s+back|put\s+off|deferred)\s+from\s+$", re.IGNORECASE)
_TO_GAP = re.compile(r"\s*(?:to|until|till)\s+(?:on\s+)?", re.IGNORECASE)


# Many things that run made late over a span, a plural subject before "delayed from": "Flights were
# delayed from Monday to Thursday", "Trains have been delayed from" (a span; "The vote was delayed
# from Monday to Thursday" is one happening put off).
_MANY_DELAYED_FROM = re.compile(r"\b(?:flights|trains|buses|ferries|services|deliveries|shipments|departures|arrivals|"
                                r"passengers|commuters|travell?ers|trips|journeys|payments|operations)\s+"
                                r"(?:(?:were|have\s+been|had\s+been)\s+)(?:[a-z]+ly\s+)?delayed\s+from\s+$",
                                re.IGNORECASE)


def many_delayed_from(sent: str, start: int) -> bool:
    """Whether the weekday (or date) at `start` opens a span after "<many things> were delayed from"."""
    # (every match holds "delayed", in any case: looked for first in the 80 characters the search reads, not in
    # the whole sentence once a date)
    lo = max(0, start - 80)
    return "elayed" in sent[lo:start].lower() and "elayed" in sent and \
        _MANY_DELAYED_FROM.search(sent, lo, start) is not None


def moved_from(sent: str, start: int) -> bool:
    """Whether the date at `start` is the day something was moved or put off from (no span's start)."""
    if MOVED_FROM.search(sent, max(0, start - 40), start) is None:
        # ... or further back, up to 60 characters, with no comma between ("has signed a measure moving the state's
        # presidential primary from May"; not "The band, which switched labels after its debut, toured from May")
        far = MOVED_FROM.search(sent, max(0, start - 60), start)
        if far is None or "," in far[0]:
            return False
    return not many_delayed_from(sent, start)


def put_off_from(sent: str, mentions: list[Mention], i: int) -> bool:
    """Whether weekday i is the day a happening was set for and the next mention, a bare weekday, the
    later day it was put off to ("postponed from Monday to Thursday", "originally scheduled for Monday,
    was delayed until Thursday", "set for Monday, has been pushed back to Thursday")."""
    if i + 1 >= len(mentions) or mentions[i].g("wd_mod") or mentions[i + 1].kind != "wd" or \
            mentions[i + 1].g("wd_mod") or mentions[i + 1].g("wd_week"):
        return False
    between = sent[mentions[i].end:mentions[i + 1].start]
    if len(between) > 80 or any(c in between for c in ".;") or many_delayed_from(sent, mentions[i].start):
        return False
    return bool(_PUT_OFF_TO.search(between) or
                _TO_GAP.fullmatch(between) and _PUT_OFF_FROM.search(sent, max(0, mentions[i].start - 40),
                                                                     mentions[i].start))


# A put-off verb right before the day it puts off, with no "from" ("pushed back Monday to Thursday",
# "rescheduled Monday to Thursday"); "delayed" and "moved" only with their object between ("moved the
# vote Monday to Thursday"): bare, they may tell a span ("Flights were delayed Monday to Friday").
# Not "moved up": earlier.
_PUT_OFF_BARE = re.compile(r"\b(?:(?:postponed|pushed\s+back|put\s+off|deferred|rescheduled)\s+|"
                           r"(?:postponed|pushed\s+back|put\s+off|deferred|rescheduled|delayed|moved|pushed)\s+"
                           r"(?:the|a|an|its|their|his|her)\s+(?:[\w'-]+\s+){1,3}?)(?:on\s+)?$", re.IGNORECASE)


def put_off_bare(sent: str, mentions: list[Mention], i: int) -> bool:
    """Whether weekday i, right after a put-off verb with no "from", is the day a happening was set for,
    and the next mention, after a bare "to", the day it was put off to ("pushed back Monday to
    Thursday")."""
    if i + 1 >= len(mentions) or mentions[i].kind != "wd" or mentions[i].g("wd_mod") or \
            mentions[i].g("wd_week") or mentions[i + 1].kind != "wd" or mentions[i + 1].g("wd_mod") or \
            mentions[i + 1].g("wd_week") or mentions[i].text.endswith(("'s", "’s")) or \
            mentions[i + 1].text.endswith(("'s", "’s")):
        return False
    return bool(BARE_TO.fullmatch(sent, mentions[i].end, mentions[i + 1].start) and
                _PUT_OFF_BARE.search(sent, max(0, mentions[i].start - 30), mentions[i].start))


BARE_TO = re.compile(r"\s+to\s+")


def runs_from_to(sent: str, mentions: list[Mention], i: int) -> bool:
    """A year range that says a span of time ("from 1978-80 and 1982-86"): its end
    year is a statement too. Not a season or fiscal year ("the 2023-24 season")."""
    m = mentions[i]
    if RANGE_OPEN.search(sent, max(0, m.start - 30), m.start):
        return True
    return i > 0 and mentions[i - 1].kind == "yrr" and \
        PAIR_GAP.fullmatch(sent, mentions[i - 1].end, m.start) is not None


# "the expedition of 1957-58": a happening's span after "of".
_SPAN_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
# A season's span used attributively, of the season or of what it holds ("the 2022-23 season", "the
# 2025-26 Premier League campaign", "the 2022–23 fiscal year", "2008-09 season"): the gold marks such
# years uncertain, as it does "the 2016 election", so the statement stays.
_SEASON_NOUN_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.&'’-]*\s+){0,3}(?i:(?:(?:regular|fiscal|financial|academic|school|budget|tax|crop|calendar)\s+)?"
    r"(?:seasons?|campaigns?|terms?|years?|sessions?|budgets?|tours?|series|schedules?|titles?|leagues?|"
    r"championships?|cups?|competitions?|crops?|winters?|summers?|playoffs?|finals?|drafts?|rosters?|squads?))\b")


def season_years(sent: str, mentions: list[Mention], i: int, v: DateValue) -> bool:
    """A span of two years that follow each other ("2019-20", "2021/22", "2023-2024") named bare, as
    a time of its own ("won the double in 2019-20", "the tour of Australia 2021/22 started"): one
    sports season, or one fiscal or school year, across the turn of a year. The real-news gold leaves
    seasons out, as it does "summer" or "the first quarter". Not one in a run from a year ("from
    1978-80 and 1982-86", "from 2015-16 to 2018-19"), one used attributively (_SEASON_NOUN_AFTER),
    nor a happening's span after "of" ("the expedition of 1957-58")."""
    m = mentions[i]
    return v.end_date is not None and v.end_date.year == v.date.year + 1 and not _runs_from(sent, mentions, i) and \
        not _RUN_END_BEFORE.search(sent, max(0, m.start - 10), m.start) and \
        not _SPAN_OF_BEFORE.search(sent, max(0, m.start - 4), m.start) and not _SEASON_NOUN_AFTER.match(sent, m.end)


# "from 2015-16 to 2018-19": the end of a run.
_RUN_END_BEFORE = re.compile(r"\b(?:to|through|thru|until|till)\s+$", re.IGNORECASE)


def _runs_from(sent: str, mentions: list[Mention], i: int) -> bool:
    """Is year span i run from ("from 1978-80"), itself or as the second of a pair whose first is
    ("from 1978-80 and 1982-86"; not "in 2019-20 and 2020-21")?"""
    while True:
        m = mentions[i]
        if RANGE_OPEN.search(sent, max(0, m.start - 30), m.start):
            return True
        if not (i > 0 and mentions[i - 1].kind == "yrr" and PAIR_GAP.fullmatch(sent, mentions[i - 1].end, m.start)):
            return False
        i -= 1
