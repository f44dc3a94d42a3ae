"""A saying told at another time: the words of it that count from the day they were said.

"In 2019, the company said it would close the plant next year": "next year" counts from 2019, the
saying's year, not from the paper's. A saying is dated at
another time by an explicit date with its year, of a year before the paper's, that opens the
sentence ("In 2019, ...", "Back in March 2020, ...", "In a 2018 interview, ...") or follows the
saying verb ("said in 2019 that ..."). What counts from now in its reported clause ("this/next/last
year", "next month", "today", "tomorrow", a bare weekday) is moved by as much as the saying lies back
when the saying's date is as fine as the word's unit, and dropped when it is not (a weekday after "In
2010": which week, the text does not say; after a full date, "On June 2, 2021, the mayor said the pool
would reopen on Saturday", the first such day after it, which would_after_said gives). ("N years ago"
is counted later, from the paper's day: a known limit.)
"""
from __future__ import annotations

import datetime as dt
import re

from .recognition import Mention
from .types import DateValue

# The verbs of a saying, in the past.
_SAID = r"said|told|announced|promised|pledged|vowed|wrote|declared|predicted|warned|insisted|claimed|stated|tweeted"
# The same words, one of which a sentence must hold (fastpath.may_hold, before any pattern is tried).
SAYING_VERBS_THEN = tuple(_SAID.split("|"))
_SAID_RX = re.compile(rf"\b(?:{_SAID})\b", re.IGNORECASE)
# The frame opening the sentence: "In 2019, ", "Back in March 2020, ", "On June 5, 2021, ", "In a 2018
# interview, ", "During a 2016 speech, " (the date's own words stand between this and its end).
_FRONT_BEFORE = re.compile(r"^\W*(?:(?:back|way\s+back|as\s+early\s+as|writing|speaking)\s+)?(?:in|on|during|at|by|"
                           r"early\s+in|late\s+in|in\s+early|in\s+late|in\s+mid-?)\s+"
                           r"(?:(?:a|an|the|his|her|its|their)\s+)?$", re.IGNORECASE)
# ... and its end: a comma or the subject, after a noun of a saying for an attributive year ("In a 2018
# interview, ...").
_FRONT_AFTER = re.compile(r"(?:\s+(?:interview|speech|statement|letter|post|op-ed|memo|address|article|column|"
                          r"book|video|report|tweet|essay|testimony|debate|campaign|hearing|press\s+conference|"
                          r"news\s+conference)(?:\s+with\s+[\w\s'’.-]{1,40}?)?)?(?:,|\s+(?=[a-z]+\b|[A-Z]))")
# The frame right after the verb: "said in 2019 that", "told reporters in March 2020 that".
_AFTER_VERB_BEFORE = re.compile(rf"\b(?:{_SAID})(?:\s+[\w'’-]+){{0,2}}?\s+(?:in|on|during)\s+$", re.IGNORECASE)
# What ends the reported clause before a later word: another clause of the paper's own time.
# (an aside after a comma may speak from now too: "..., a decision it reversed this year", "..., which it did
# last month")
# and a dash, a bracket or a bare "and"/"but" before a time of its own ("... next year — and on Monday it did",
# "... next year and on Monday it did", "... next year (it shut on Monday)")
_CLAUSE_BREAK = re.compile(r";|,\s*(?:but|and|while|although|though|yet|whereas|now|a|an|which|who|whose|then|"
                           r"something|only)\b|\b(?:but|now|since)\b|[.!?]\s|[—–(]|\s-\s|"
                           r"\band\s+(?:on|last|this|then|in|later|earlier|finally|yesterday|today)\b", re.IGNORECASE)
# A subject of at most six words, with no comma, then the verb.
_SUBJECT_SAID = re.compile(rf"\s*(?:[\w'’.-]+\s+){{1,6}}?(?:{_SAID})\b", re.IGNORECASE)
# The words between a verb and the day of its saying ("said on Monday", "told reporters Monday").
_SAYING_DAY = re.compile(r"\s*(?:(?:on|in|at|late|early)\s+)?|\s+(?:[\w'’]+\s+){1,2}?(?:on\s+)?", re.IGNORECASE)
_DEICTIC_RU = ("this", "last", "next", "the current", "the coming", "the past")


def _frame(sent: str, mentions: list[Mention], resolved: list, i: int, published: dt.date):
    """The mention (index) that dates the saying before mentions[i], and the end of its saying verb."""
    for j in range(i):
        f, v = mentions[j], resolved[j]
        if v is None or f.kind not in ("yr", "my", "mdy", "dmy") or \
                not (f.g("yr") or f.g("my_y") or f.g("mdy_y") or f.g("dmy_y")) or v.date.year >= published.year:
            continue
        if j == 0 and _FRONT_BEFORE.match(sent[:f.start]) and (front := _FRONT_AFTER.match(sent, f.end)):
            # the saying's verb right after its subject ("In 2019, the company said"), not a verb of a
            # clause the frame dates ("In 2019 sales rose, the firm said on Monday")
            verb = _SUBJECT_SAID.match(sent, front.end(), mentions[i].start)
        elif _AFTER_VERB_BEFORE.search(sent, max(0, f.start - 50), f.start):
            verb = _SAID_RX.search(sent, max(0, f.start - 50), f.start)
            while verb and (nxt := _SAID_RX.search(sent, verb.end(), f.start)):
                verb = nxt
        else:
            continue
        if verb is None or _CLAUSE_BREAK.search(sent, max(verb.end(), f.end), mentions[i].start) or \
                _SAYING_DAY.fullmatch(sent, verb.end(), mentions[i].start):
            continue  # (not the saying's own day: "In 2019, the firm said on Monday")
        return j
    return None


def _months(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def reported_at_another_time(sent: str, mentions: list[Mention], resolved: list, i: int,
                             published: dt.date) -> tuple[bool, DateValue | None]:
    """(moved, the new value or None to drop) for mentions[i], a word that counts from now, when the
    saying it is told in is dated at another time; (False, None) otherwise."""
    m, v = mentions[i], resolved[i]
    if v is None:
        return False, None
    rel = (m.g("ru_rel") or "").lower() if m.kind == "ru" else ""
    if not (m.kind == "rd" or m.kind == "ago" or (m.kind == "ru" and " ".join(rel.split()) in _DEICTIC_RU) or
            (m.kind == "wd" and not m.g("wd_week"))):
        return False, None
    j = _frame(sent, mentions, resolved, i, published)
    if j is None:
        return False, None
    said = resolved[j]
    if m.kind == "wd" and said.precision == "day":
        return False, None  # counted from that day after the saying (would_after_said, later)
    fine = {"year": 0, "month": 1, "day": 2}
    if m.kind == "wd" or fine.get(said.precision, 0) < fine.get(v.precision, 2):
        return True, None  # which week, or which month, the text does not say
    if v.precision == "year":
        year = said.date.year + (v.date.year - published.year)
        return True, DateValue(dt.date(year, 1, 1), "year")
    if v.precision == "month":
        k = _months(said.date) + (_months(v.date) - _months(published))
        return True, DateValue(dt.date(k // 12, k % 12 + 1, 1), "month")
    return True, DateValue(said.date + (v.date - published), v.precision)
