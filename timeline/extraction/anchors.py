"""What a date counts from, and which year a yearless one takes from the words beside it.

"a week before Christmas", "Ten years ago today", "in December of the previous year", "earlier this
year in February", "two days after the vote": the rules that tie a mention to another date of its
sentence or of the text (the running anchor), and the year arithmetic they share.
"""
from __future__ import annotations

import datetime as dt
import re

from .clauses import MOVED_FROM, OPENS_CLAUSE, clause_opening
from .fastpath import ends_with_word
from .grammar import ago_direction, yearless
from .lexicon import MON, NUM, SAYING_WORDS, WD, phrase_rx
from .recognition import Mention
from .resolution import num_value
from .tense import has_tense_marker, last_verb_is_past
from .types import DateValue


def year_then_month(sent: str, before: Mention, m: Mention, year: DateValue | None) -> bool:
    """Is month mention `m` written right after a bare year ("the 2011 June record")?"""
    return before.kind == "yr" and year is not None and year.precision == "year" and not m.g("mo_mod") and \
        sent[before.end:m.start] == " " and before.text.isdigit()


# A year phrase and the month it places: "earlier this year in February", "last year in May", "in
# 2019 in March", "this year, in March".
_YEAR_MONTH_GAP = re.compile(r"(?P<comma>,)?\s+(?:(?:back|also|only)\s+)?in\s+", re.IGNORECASE)
# After a comma, the month closes the phrase set beside the year ("this year, in March." / "..., in
# March, the firm ..."): not a clause that goes on after it ("The plan, approved last year, in March
# takes effect").
_MONTH_CLOSES = re.compile(r"\s*(?:[,.;:!?)]|$)")


def year_placing_month(sent: str, before: Mention, m: Mention, year: DateValue | None) -> bool:
    """Is month mention `m` placed by the year phrase just before it ("earlier this year in
    February", "last year in May", "in 2019 in March")?"""
    if m.g("mo_mod") or year is None or year.precision != "year" or year.end_date is not None:
        return False
    if before.kind == "ru":
        if (before.g("ru_unit") or "").lower() != "year" or \
                " ".join(before.g("ru_rel").lower().split()) not in ("this", "last", "next"):
            return False
    elif before.kind != "yr" or not before.text.isdigit():
        return False
    gap = _YEAR_MONTH_GAP.fullmatch(sent, before.end, m.start)
    return gap is not None and (not gap["comma"] or _MONTH_CLOSES.match(sent, m.end) is not None or
                                OPENS_CLAUSE.fullmatch(sent, 0, before.start) is not None)


# Months of a list ("late August and early September") and the years after them ("in 2008", "in both
# 2008 and 2011"): the months of those years.
_MONTHS_GAP = re.compile(r"\s*,?\s*(?:and|or|to|through|,)\s*", re.IGNORECASE)
_MONTHS_IN_YEAR_GAP = re.compile(r"\s+in\s+(?:both\s+)?", re.IGNORECASE)
_YEARS_GAP = re.compile(r"\s*,?\s*(?:and|,)\s*", re.IGNORECASE)
# What may follow a year of that list: a stop, or a word that opens no clause of the year's own ("in 2019 and
# 2020 was a disaster": the second year a subject; "in 2000 stores": a count before its noun, no year).
_YEAR_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|when|as|to|for|in|at|on|with|after|before|while|"
                        r"because|than|amid|during|alone|both)\b", re.IGNORECASE)


def years_after_months(sent: str, mentions: list[Mention], i: int) -> list[int] | None:
    """The mentions of the years that place yearless month mention `i`, or the list of months it
    opens or belongs to, right after them: "in late August in 2008" ([the 2008 mention]), "in late
    August and early September in both 2008 and 2011" (both years' mentions); None when no year
    follows the months so."""
    if mentions[i].kind != "mo":
        return None
    last = i
    while last + 1 < len(mentions) and mentions[last + 1].kind == "mo" and \
            _MONTHS_GAP.fullmatch(sent, mentions[last].end, mentions[last + 1].start):
        last += 1
    j = last + 1
    if j >= len(mentions) or mentions[j].kind != "yr" or not mentions[j].text.isdigit() or \
            not _MONTHS_IN_YEAR_GAP.fullmatch(sent, mentions[last].end, mentions[j].start) or \
            not _YEAR_ENDS.match(sent, mentions[j].end):
        return None
    years = [j]
    while j + 1 < len(mentions) and mentions[j + 1].kind == "yr" and mentions[j + 1].text.isdigit() and \
            _YEARS_GAP.fullmatch(sent, mentions[j].end, mentions[j + 1].start) and \
            _YEAR_ENDS.match(sent, mentions[j + 1].end):
        j += 1
        years.append(j)
    return years


# A year after "in" right after a yearless day, ending its phrase: "moved the final to July 30th in 2023", "born on
# 4 May in 1990". Not a year a list goes on after ("on May 4 in 2019 and 2021": that day of each year, no one date).
_DAY_IN_YEAR_GAP = re.compile(r"\s+in\s+", re.IGNORECASE)
_YEAR_LIST_AFTER = re.compile(r"\s*,?\s*(?:and|or|,)\s*(?:in\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


def year_in_after_day(sent: str, day: Mention, year: Mention) -> bool:
    """Is bare year mention `year` written right after yearless day mention `day` with "in" between and ending its
    phrase (_YEAR_ENDS: a stop, or a word that opens no clause of the year's own)? Then the year says which day, one
    statement, as "July 30 of 2023" is one date."""
    return day.kind in ("mdy", "dmy") and yearless(day) and year.kind == "yr" and year.text.isdigit() and \
        _DAY_IN_YEAR_GAP.fullmatch(sent, day.end, year.start) is not None and \
        _YEAR_ENDS.match(sent, year.end) is not None and _YEAR_LIST_AFTER.match(sent, year.end) is None


# The base a figure is compared with: "down 5.1 percent from the previous month", "up from April",
# "higher than in April", "compared with April".
_FIGURE_BASE_BEFORE = re.compile(r"\b(?:from|than|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:in\s+)?$",
                                 re.IGNORECASE)
# A bare month, no year after it, the base's month: "April" in "from April."
_BARE_MONTH = re.compile(rf"{MON}(?!\.?,?\s*\d)", re.IGNORECASE)
# A figure before its base: "9.3 percent", "5%", "$358,000", "0.4 point".
_FIGURE = re.compile(r"\d\s*(?:%|percent|per\s+cent|percentage\s+points?|points?)\b", re.IGNORECASE)
# How far back the last base may stand for "the previous month" to be the same one.
_BASE_MONTH_REACH = 400


def previous_month_of_figures(sent: str, m: Mention, offset: int, text: str, running: DateValue | None,
                              running_at: int) -> bool:
    """Is `m` a figure's "from the previous month" whose running anchor is a bare month named as
    another figure's base ("down 9.3 percent from April")? Then both are the month before the
    figures' month."""
    if running is None or running.precision != "month" or \
            " ".join(m.g("ru_rel").lower().split()) != "the previous" or m.g("ru_unit").lower() != "month":
        return False
    if not 0 < offset + m.start - running_at <= _BASE_MONTH_REACH:
        return False
    return _FIGURE_BASE_BEFORE.search(sent, max(0, m.start - 20), m.start) is not None and \
        _FIGURE.search(sent, 0, m.start) is not None and \
        _BARE_MONTH.match(text, running_at) is not None and \
        _FIGURE_BASE_BEFORE.search(text, max(0, running_at - 20), running_at) is not None and \
        _FIGURE.search(text, max(0, running_at - 120), running_at) is not None


def past_counted_past_publication(m: Mention, v: DateValue, running_day: DateValue | None, published: dt.date,
                                  tense: str | None) -> bool:
    """ "Ramadan ends on June 14. ... A day earlier, militants attacked a camp": a count told in the
    past, from a day still ahead of publication, lands after it; the day it counts from is not the
    one the text just gave (a plan's), so no day is said."""
    return m.kind == "ago" and tense == "past" and v.date > published and running_day is not None and \
        running_day.date > published and norm_dir(m) in ("earlier", "later")


# "on the eve of Christmas": the day before it.
_EVE_OF = re.compile(r"\beve\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "a week ahead of Christmas", "two days prior to Thanksgiving": an exact count, its day.
_HOLIDAY_EXACT_COUNT = re.compile(rf"(?<![\w-])(?P<n>{NUM})\s+(?P<unit>day|week)s?\s+(?:ahead\s+of|prior\s+to)\s+"
                                  r"(?:the\s+)?$", re.IGNORECASE)
_LOOSE_BEFORE_COUNT = re.compile(r"\b(?:nearly|almost|about|around|some|than|over|just|roughly|only|few)\s+$",
                                 re.IGNORECASE)


def following_another_day(sent: str, mentions: list[Mention], i: int, day_at: int | None, offset: int) -> bool:
    """Whether mention i, a weekday's possessive after "following" ("reopened Tuesday following
    Monday's storms": the Monday before that Tuesday), follows no day of its own clause: the last
    day was given in another sentence, or a verb of its own lies between ("lost ground Thursday and
    slid further following Friday's opening bell", "Stocks fell Thursday. Shares slid following
    Friday's report": the clause's day is not said, so neither is the Friday it follows)."""
    m = mentions[i]
    if m.kind != "wd" or (m.g("wd_mod") or "").lower() != "following" or not m.text.endswith(("'s", "’s")) or \
            day_at is None:
        return False
    if day_at < offset:
        return True
    before = next((b for b in mentions[:i] if offset + b.start == day_at), None)
    return before is None or has_tense_marker(sent[before.end:m.start])


def in_frame(m: Mention, frame: DateValue) -> DateValue:
    """ "earlier/later in the year/month/day" within the date the text is telling of."""
    unit = m.g("ey_unit").lower()
    if unit == "year":
        return DateValue(dt.date(frame.date.year, 1, 1), "year")
    if unit == "month":
        return DateValue(frame.date.replace(day=1), "month")
    return DateValue(frame.date, "day")


_SINCE_END = re.compile(r"\bsince\s+$", re.IGNORECASE)
# "would", "hoped", "expects": a year's end that was only aimed at, not reached.
_AIMED = re.compile(r"\b(?:would|will|hope[sd]?|expect(?:s|ed)?|plan(?:s|ned)?|aim(?:s|ed)?|want(?:s|ed)?|"
                    r"intend(?:s|ed)?|promised|pledged|vowed|due|scheduled|slated|supposed|set\s+to|target|goal|"
                    r"could|should|might|may|must)\b", re.IGNORECASE)


# "before the year ended", "the year was out": a year's end told in the past by its own words.
_ENDED_SAID = re.compile(r"\b(?:ended|was\s+(?:out|over))\b", re.IGNORECASE)


def year_end(sent: str, m: Mention, year: DateValue, published: dt.date, tense: str | None,
             named: DateValue | None) -> DateValue | None:
    """ "by the end of the year", "by year's end", "before the year ended": the year a past
    clause reached the end of is the year the text just named ("In 2010 ... By the end of the
    year"), else, in the first half of a year, the last one (its end came before publication);
    what is ahead or only aimed at is this year's end."""
    if year.precision == "month":
        return month_end(sent, m, year, published, tense, named)
    if _SINCE_END.search(sent, max(0, m.start - 10), m.start):
        return DateValue(dt.date(published.year - 1, 1, 1), "year")  # "up 5% since year-end": the last one
    if tense is None and _ENDED_SAID.search(m.text):
        tense = "past"  # "Before the year ended, the firm had cut 300 jobs": the phrase's own past, fronted
    if tense != "past" or _AIMED.search(sent, 0, m.start):
        return year
    if named is not None and named.date.year < published.year:
        return DateValue(dt.date(named.date.year, 1, 1), "year")
    if published.month <= 6:
        return DateValue(dt.date(published.year - 1, 1, 1), "year")
    return year


# A custom anywhere in the sentence: a month's end that comes every month ("Rent is usually due at the end of the
# month", "Each month, the figures are published at the end of the month", "published monthly").
_HABIT_MONTH_END = re.compile(r"\b(?:usually|typically|normally|generally|often|always|regularly|routinely|"
                              r"traditionally|customarily|monthly|(?:each|every)\s+month|tends?\s+to)\b", re.IGNORECASE)
# One act ahead in the present: a progressive ("the mayor is leaving office") or a verb of a single act
# ("She retires", "The offer expires", "The show closes"): not a routine ("Pension checks arrive").
_ONE_ACT_AHEAD = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?!being\b)[a-z]+ing\b|"
                            r"\b(?:retires|resigns|leaves|steps\s+down|expires|ends|closes|opens|starts|begins|"
                            r"takes\s+(?:effect|over)|departs|launches|shuts|lapses|runs\s+out)\b", re.IGNORECASE)
_FRONTED_AT = re.compile(r"[\"“‘'(\s]*(?:(?:and|but|so|then)\s+)?(?:at|by|around|near|toward|towards)\s+",
                         re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?]|\b(?:and|but|when|while|as|where)\b")


def _one_act_ahead(sent: str, m: Mention) -> bool:
    """_ONE_ACT_AHEAD in the mention's own clause: before it ("She retires at the end of the month"), or after its
    comma when the phrase is fronted ("At the end of the month, the mayor is leaving office"); not another
    clause's verb ("Bills arrive at the end of the month, when the office opens its mail")."""
    opening = clause_opening(sent, m.start, 160)
    if _FRONTED_AT.fullmatch(sent, opening, m.start) and sent.startswith(",", m.end):
        stop = _CLAUSE_END.search(sent, m.end + 1)
        return _ONE_ACT_AHEAD.search(sent, m.end + 1, stop.start() if stop else len(sent)) is not None
    return _ONE_ACT_AHEAD.search(sent, opening, m.start) is not None


# What is ahead by its preposition alone: "will be lifted by the end of the month", "runs until month's end".
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+$", re.IGNORECASE)


def month_end(sent: str, m: Mention, month: DateValue, published: dt.date, tense: str | None,
              named: DateValue | None) -> DateValue | None:
    """ "by the end of the month", "at month's end", "before the month is out": what is ahead or only aimed at
    is this month's end ("The army plans to deploy 40,000 troops by the end of the month"; none when the text
    has just named a month ahead: "The vote is on Dec. 3, and parties must register by the end of the month");
    a past clause's is the end of the month the text just named, if one gone by ("Sales fell in March. By the
    end of the month, 300 jobs were gone"), else no month a reader can tell (the page's month has not ended
    yet). A present with neither a deadline's preposition, an aim nor one act ahead ("She retires at the end of
    the month") is a routine ("Pension checks arrive at the end of the month"): no month."""
    if _HABIT_MONTH_END.search(sent):
        return None  # every month's end, no month
    aimed = _AIMED.search(sent, 0, m.start) is not None
    past = not aimed and (_ENDED_SAID.search(m.text) is not None or tense == "past" or
                          last_verb_is_past(sent[clause_opening(sent, m.start, 160):m.start].replace("’", "'")))
    # (a past verb before "until"/"by", read as ahead by the clause's tense: "The rate didn't breach 6% until the end
    # of the month" is a past month's end; "before the month was out" says its own past)
    if past:
        if named is not None and named.precision in ("month", "day") and named.date < month.date:
            return DateValue(named.date.replace(day=1), "month")
        return None
    if not (aimed or tense == "future" or _DEADLINE_BEFORE.search(sent, max(0, m.start - 8), m.start) or
            _one_act_ahead(sent, m)):
        return None
    if named is not None and named.precision in ("month", "day") and named.date > published and \
            (named.date.year, named.date.month) != (published.year, published.month):
        return None  # "The vote is on Dec. 3, and parties must register by the end of the month": which month's
    return month


def counts_into(sent: str, mentions: list[Mention], i: int) -> bool:
    """Does an "N units before/after" phrase end right before mention i ("a week before Christmas")?"""
    if not i:
        return False
    c = mentions[i - 1]
    return c.kind == "ago" and norm_dir(c) in ("before", "after") and \
        _THE_GAP.fullmatch(sent, c.end, mentions[i].start) is not None


_THE_GAP = re.compile(r"\s+(?:the\s+)?")


def counted_from_holiday(sent: str, m: Mention, day: DateValue) -> DateValue | None:
    """The day an exact count ahead of a holiday names, or None: a stretch near a holiday is not it."""
    if _EVE_OF.search(sent, max(0, m.start - 12), m.start):
        return DateValue(day.date - dt.timedelta(days=1), "day") if day.precision == "day" else None
    c = _HOLIDAY_EXACT_COUNT.search(sent, max(0, m.start - 40), m.start)
    if c is None or _LOOSE_BEFORE_COUNT.search(sent, max(0, c.start() - 12), c.start()):
        return None
    n = num_value(c["n"])
    days = (n or 0) * (7 if c["unit"].lower() == "week" else 1)
    if not 0 < days <= 14 or day.precision != "day":
        return None
    return DateValue(day.date - dt.timedelta(days=days), "day")


# "in November that year", "in May of the same year", "in May that same year": the year of the date just told.
_THAT_YEAR = re.compile(r"(?:\s+of)?\s+(?:that(?:\s+same)?|the\s+same)\s+year\b", re.IGNORECASE)


def that_year_after(sent: str, m: Mention, nxt: Mention) -> bool:
    return nxt.kind == "ru" and nxt.g("ru_unit").lower() == "year" and \
        _THAT_YEAR.fullmatch(sent, m.end, nxt.end) is not None


# "in December of the previous year", "in March the following year": a year counted from another.
_COUNTED_YEAR = re.compile(r"(?:\s+of)?\s+the\s+(?:(?P<back>previous)|following|next)\s+year\b", re.IGNORECASE)


def year_counted_after(sent: str, m: Mention, nxt: Mention) -> int | None:
    """How many years from the year told the one after month mention `m` is ("December of the
    previous year": -1), or None when no such year follows it."""
    if nxt.kind != "ru" or nxt.g("ru_unit").lower() != "year":
        return None
    counted = _COUNTED_YEAR.fullmatch(sent, m.end, nxt.end)
    return None if counted is None else -1 if counted["back"] else 1


# "on Election Day back in November", "on Feb. 3 in February": the month only restates the day's.
_SAME_MONTH_GAP = re.compile(r"\s+(?:(?:back|earlier|later)\s+)?in\s+", re.IGNORECASE)


def restates_month(sent: str, before: Mention, m: Mention, day: DateValue | None, month: DateValue) -> bool:
    """Is month mention `m` only the month of the day `before` it ("on Election Day back in November")?"""
    return day is not None and day.precision == "day" and day.date.year == month.date.year and \
        day.date.month == month.date.month and _SAME_MONTH_GAP.fullmatch(sent, before.end, m.start) is not None


# A named day that is a vote's, a happening of its own.
VOTE_DAY = re.compile(r"(?i:election|primary|super\s+tuesday)")


# How far behind a yearless day or named day the full date of that same day may stand and still be
# the one it restates (restated_day): the same paragraph, and close.
RESTATED_DAY_REACH = 400
# What tells that a yearless day or named day is the one just told, not a later one of the same name
# (an anniversary, a yearly rite): a past perfect before it ("had spent Christmas", "had been drinking
# at a Christmas Eve party"), a past progressive with the told happening's "when" after it ("was
# handing out candy on Halloween when he vanished"), "that" before it ("that Christmas"), or, after a
# named day, a single happening it names, "the" one or one of the scene ("the Fourth of July
# shooting", "during a Valentine's Day argument"; "a Christmas Day crash on the same road" is another).
_PAST_PERFECT = re.compile(r"\b(?:had|['’]d)\s+(?:\w+\s+)?\w+(?:ed|en|t|ne|ng)\b", re.IGNORECASE)
_PAST_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+\w+ing\b", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"[^.;]{0,60}?\bwhen\b", re.IGNORECASE)
# "that" as the day's determiner: opening the sentence ("That Valentine's Day was ..."), or right after a
# preposition or a verb that takes the day as its object ("on that Christmas Eve", "spent that Christmas");
# elsewhere it opens a clause ("said that", "confirmed that", "a relief that").
_THAT_BEFORE = re.compile(r"(?:^|\b(?:on|during|for|since|until|by|in|at|over|before|after|through|throughout|"
                          r"spent|spend|spending|celebrated|celebrating|marked|passed|worked|working)\s+)that\s+$",
                          re.IGNORECASE)
_ONE_OF_THE_SCENE_BEFORE = re.compile(r"(?:\bthe|\b(?:during|amid|at)\s+an?)\s+$", re.IGNORECASE)
_SAYING = re.compile(rf"\b(?:{phrase_rx(SAYING_WORDS)})\b", re.IGNORECASE)
_ONE_HAPPENING_AFTER = re.compile(r"(?:['’]s)?\s+(?:shooting|argument|attack|crash|fire|fight|killing|murder|"
                                  r"stabbing|slaying|shootout|bombing|robbery|assault|accident|collision|"
                                  r"incident|party|brawl|riot|massacre|blizzard|tornado|explosion|blast)s?\b")
# A later one of the same name: "again", "every year", "annual", "anniversary", "remember", "mark",
# a birthday, a tradition, a rite for the dead ("to honor", "wreaths", "a vigil").
# A word that says a day of the same name recurs, or is kept in memory of the one told: a later one ("Families
# gathered at the site on Aug. 5 to honor the miners"), no restatement (restated_day; pipeline's days told again).
RECURS = re.compile(r"\b(?:again|every|each|annual|annually|anniversary|remember\w*|mark\w*|birthday|"
                     r"tradition\w*|since|still|yearly|hono(?:u)?r\w*|mourn\w*|wreaths?|memorial\w*|vigils?|"
                     r"tributes?|commemorat\w*)\b", re.IGNORECASE)


# Before the full date, a beginning of something that lasts (a place opened, a church founded, a couple wed, a
# law in force): later days of the same name follow it, and a named day after it is one of those ("The bridge
# opened on Dec. 25, 1985. A Christmas Day crash closed it for hours").
_LASTING_BEGINNING = re.compile(r"\b(?:(?:re)?opened(?!\s+fire)|founded|dedicated|born|wed|married|began|begun|started|"
                                r"established|built|launched|created|formed|incorporated|inaugurated|introduced|"
                                r"took\s+effect|went\s+into\s+effect|first)\b", re.IGNORECASE)


def lasting_beginning_before(text: str, at: int) -> bool:
    """Does the clause before the full date at `at` in `text` tell a beginning of something that lasts?"""
    return _LASTING_BEGINNING.search(text, clause_opening(text, at, 100), at) is not None


def restated_day(sent: str, m: Mention, v: DateValue, in_its_year: DateValue | None, told: DateValue | None,
                 told_at: int, lasting: bool) -> bool:
    """Is `m`, a yearless month-day or named day read as `v` (its reading in `told`'s year:
    `in_its_year`), the day `told` gave just before (at `told_at` in `sent`'s paragraph, negative
    when in an earlier sentence), restated ("on July 4, 2022 ... the Fourth of July shooting", "on
    Feb. 14, 2013 ... during a Valentine's Day argument", "was shot on Dec. 25, 2020. He had spent
    Christmas with his family")? After a beginning of something that lasts (`lasting`:
    lasting_beginning_before) only with "that". Only as a plain day (no "last"/"this"/"next", weekday or range of
    its own), with words that tie it to that day (above), and no word of a later one. The caller
    checks tense and distance."""
    if told is None or told.precision != "day" or told.end_date is not None or v.precision != "day" or \
            v.end_date is not None or in_its_year is None or in_its_year.date != told.date or v.date == told.date:
        return False
    k = m.kind
    if k == "hol":
        if m.g("hol_y") or m.g("hol_mod") or m.g("hol_wd"):
            return False
    elif not (k in ("mdy", "dmy") and yearless(m)) or \
            m.g(f"{k}_wd") or m.g(f"{k}_wda") or m.g(f"{k}_wdmod") or (k == "mdy" and m.g("mdy_mod")):
        return False
    if RECURS.search(sent):
        return False
    before = sent[max(0, told_at, m.start - 80):m.start]
    if _THAT_BEFORE.search(sent, 0, m.start) is not None:
        # "They married on Feb. 14, 2013. They spent that Valentine's Day in Paris." ("The pastor said that
        # Christmas Eve services drew 300 people": the conjunction of a saying)
        return True
    if lasting:
        return False
    # (a past perfect in reported speech is the saying's backshift: "The pastor said attendance had
    # doubled on Christmas Eve" is any Christmas Eve before the saying)
    return _PAST_PERFECT.search(before) is not None and _SAYING.search(sent, 0, m.start) is None or \
        _PAST_PROGRESSIVE.search(before) is not None and _WHEN_AFTER.match(sent, m.end) is not None or \
        k == "hol" and _ONE_HAPPENING_AFTER.match(sent, m.end) is not None and \
        _ONE_OF_THE_SCENE_BEFORE.search(before) is not None


def years_on(v: DateValue, years: int) -> DateValue | None:
    """`v` moved `years` years, its end with it ("October 11-12" a year on
    is still two days), or None when a 29 February has no such year."""
    try:
        end = v.end_date.replace(year=v.end_date.year + years) if v.end_date else None
        return DateValue(v.date.replace(year=v.date.year + years), v.precision, end)
    except ValueError:  # 29 February
        return None


def year_later(v: DateValue, after: dt.date) -> DateValue | None:
    """The same day or month in the first year that puts it after `after`."""
    later = years_on(v, after.year - v.date.year)
    if later is not None and later.date <= after:
        later = years_on(v, after.year + 1 - v.date.year)
    return later


def year_earlier(v: DateValue) -> DateValue | None:
    return years_on(v, -1)


# "The ruling comes a day after the vote": the news of the day (the main
# clause, today) comes N days after the thing it names, which is dated from
# the publication day. Any other main clause ("Two days after the vote,
# protesters gathered") has no day of its own to count from.
COMES_BEFORE = re.compile(r"\b(?:come|comes|came|coming)\s+$", re.IGNORECASE)
# "after the vote", "after talks collapsed": the first word of what the news came after.
_AFTER_WHAT = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their|this|that)\s+)?(?P<what>[A-Za-z][\w-]*)")


def _stem_in(word: str, window: str) -> bool:
    """Does a word of `window` start with the first four letters of `word` ("vote" in "voted")?"""
    return len(word) >= 4 and re.search(rf"\b{re.escape(word[:4])}", window, re.IGNORECASE) is not None


def came_after_the_dated_one(sent: str, m: Mention, subject: str | None, window: str) -> bool:
    """ "Parliament voted on Monday. The resignation came two days after the vote": what the news
    came after, not the news, is what the sentence before dated (its word is there, the news's not)."""
    what = _AFTER_WHAT.match(sent, m.end)
    if what is None or subject is None or _stem_in(subject.split()[-1], window):
        return False
    return _stem_in(what["what"], window)


# "comes two days after the vote and a day after the count": the second counts from the same day.
_AND_JOIN = re.compile(r"[^.;:]*\band\s+")


# A modal or a frame of another time anywhere in the sentence: the time told is not the paper's.
_MODAL_OR_FRAME = re.compile(r"\b(?:will|would|could|might|may|shall|should|can|must|won['’]t|by\s+then|"
                             r"by\s+that\s+time)\b|['’]ll\b", re.IGNORECASE)


def undated_anchor(sent: str, mentions: list[Mention], i: int, tense=None) -> bool:
    """ "N days before/after <something undated>" in a sentence with no day, unless the news "comes" then.
    `tense`: the sentence's mention_tense.MentionTenses (`tense(i)`, the mention's clause's)."""
    m = mentions[i]
    if norm_dir(m) not in ("before", "after"):
        return False
    if m.g("ago_dir")[:1] in "oO" and tense is not None and not _MODAL_OR_FRAME.search(sent) and \
            not any(x.kind == "yr" for x in mentions) and tense(i) in ("past", "present", None):
        # "A year on from the flood, the town has reopened", "a win two years on from a record defeat": "on"
        # counts to the time told, now or the news's day, as "since" does (not "released ten years after
        # his trial", whose count runs to an undated release); not from a year the sentence names ("In 2015,
        # ten years on from the war"), which this count does not reach, nor in a clause of a time ahead or
        # supposed ("Five years on from the merger, the firm will be worth twice as much", "could be", "By then")
        return False
    if i and mentions[i - 1].kind == "ago" and norm_dir(mentions[i - 1]) == norm_dir(m) and \
            _AND_JOIN.fullmatch(sent, mentions[i - 1].end, m.start):
        m = mentions[i - 1]
    return not COMES_BEFORE.search(sent, max(0, m.start - 12), m.start)


def years_after_another_clause(sent: str, mentions: list[Mention], main: int, i: int) -> bool:
    """ "N years after <something>" that does not follow the sentence's day ("on Monday,
    131 years after its founder opened his first store"): the day dates another clause
    ("A judge on Monday sentenced him to 10 years after a trial", "expects to break even
    five years after the merger, he said on Monday"), nothing to count the years back from."""
    m = mentions[i]
    if norm_dir(m) != "after" or not (m.g("ago_unit") or "").lower().startswith("year") or \
            COMES_BEFORE.search(sent, max(0, m.start - 12), m.start):
        return False  # "The ruling, made on Monday, comes 20 years after": the news's own year
    if i == 0 and _OPENS.fullmatch(sent, 0, m.start) and main > i:
        return False  # "One year after losing 103 games, the team clinched ... on Wednesday": fronted
    return main != i - 1 or _DAY_THEN_YEARS.fullmatch(sent, mentions[main].end, m.start) is None


_DAY_THEN_YEARS = re.compile(r"\s*,\s*")
_PUNCT_BREAK = re.compile(r"[,;:—–()]|--")
_RELATIVE_OPENER = re.compile(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)
# ... a "which" whose verb is a present progressive or "comes/came", right after it: day_of_another_clause.
# ("which is now draining the valley": a now of its own, no day's)
_RELATIVE_OF_THE_DAY = re.compile(r"which\s+(?:(?:is|are)\s+(?:still\s+)?(?!now\b)[a-z]{2,}ing|"
                                  r"(?P<comes>comes|came))\b", re.IGNORECASE)
# A comma inside a list of names or nouns, one or two words before its "and" or "or" ("Akhnoor,
# Kanachak and Khour", "police, fire and rescue crews").
_LIST_COMMA = re.compile(r",(?=\s+(?:[\w'’-]+\s+){1,2}(?:and|or)\s)")


def day_of_another_clause(sent: str, mentions: list[Mention], main: int, i: int,
                          day: dt.date | None = None, published: dt.date | None = None) -> bool:
    """ "N units after/before <something>" whose sentence's day dates another happening than the
    one counted from: a day inside the clause after "after" ("came one day after the union
    announced a deal to end a strike launched on September 16": the strike's), or a day before a
    relative clause that holds the count ("the Aug. 2 shooting of a man who died two days after he
    was found": the shooting's, not his death's). "The man died on Aug. 4, two days after" and "Two
    days after the vote, the council met on Thursday" keep their day."""
    m, d = mentions[i], mentions[main]
    if norm_dir(m) not in ("before", "after") or (m.g("ago_unit") or "").lower().startswith("year"):
        return False  # years: years_after_another_clause
    if main > i:
        # (a list's commas are no break: "... lost their lives in Akhnoor, Kanachak and Khour sectors on Sunday")
        return _PUNCT_BREAK.search(_LIST_COMMA.sub(" ", sent[m.end:d.start])) is None
    rel = _RELATIVE_OPENER.search(sent, d.end, m.start)
    if rel is not None and (of_day := _RELATIVE_OF_THE_DAY.match(sent, rel.start())) is not None:
        if of_day["comes"]:
            if _DAY_THEN_YEARS.fullmatch(sent, d.end, rel.start()):
                return False  # "signed on Monday, which comes two days after the talks collapsed": the day's own
        elif day is not None and published is not None and 0 <= (published - day).days <= 1:
            # "was confirmed Tuesday by the weather service, which is surveying the damage a day after the storm
            # struck": a present progressive is the page's now, so of the day named only when that day is the
            # paper's (or the day before it); not "the party, which is celebrating its win two days after the
            # vote" after a Monday in a Wednesday paper
            return False
    return rel is not None


# What may stand between a fronted "N days after" and the day of the thing it counts from:
# that thing's words, no clause break ("Two weeks after the vote on Feb. 26, ...").
_ANCHOR_WORDS = re.compile(r"[^,;:—–()]{1,60}?\s(?:on|of)\s+")
_ANNIVERSARY_GAP = re.compile(r"\s+(?:on\s+)?")


def anniversary(sent: str, m: Mention, day_m: Mention, day: DateValue | None) -> DateValue | None:
    """ "Ten years ago today", "Four years ago this morning", "One year ago Thursday": the day N years before that day;
    "a week ago Friday", "two weeks ago Sunday": that weekday N weeks back."""
    unit = (m.g("ago_unit") or "").lower()
    if day is not None and day.precision == "month" and day_m.kind == "ru" and unit == "year" and \
            (day_m.g("ru_unit") or "").lower() == "month" and norm_dir(m) == "ago" and \
            _ANNIVERSARY_GAP.fullmatch(sent, m.end, day_m.start):
        # "Two years ago this month", "a year ago last month": that month N years back.
        years = num_value(m.g("ago_n") or "")
        return DateValue(dt.date(day.date.year - years, day.date.month, 1), "month") if years else None
    if day is None or day.precision != "day" or day_m.kind not in ("rd", "wd") or norm_dir(m) != "ago" or \
            unit not in ("year", "week") or not _ANNIVERSARY_GAP.fullmatch(sent, m.end, day_m.start):
        return None
    if unit == "week":
        weeks = num_value(m.g("ago_n") or "") if day_m.kind == "wd" and not day_m.g("wd_mod") else None
        return DateValue(day.date - dt.timedelta(days=7 * weeks), "day") if weeks else None
    if day_m.kind == "rd" and (day_m.g("rd") or "").lower() not in ("today", "tonight") and \
            (day_m.g("rd_this") or "")[:5].lower() != "this ":
        return None  # "Ten years ago today", "... ago this morning", "... ago tonight": not "a year ago yesterday"
    years = num_value(m.g("ago_n") or "")
    shifted = years_on(day, -years) if years else None
    return DateValue(shifted.date, "day") if shifted is not None else None


def weekday_weeks_back(sent: str, day_m: Mention, m: Mention, day: DateValue | None) -> DateValue | None:
    """ "Friday a week ago", "Sunday two weeks ago": that weekday N weeks before the last one; "the
    opening Tuesday a year ago": that weekday 52 weeks (a year of weeks) before it, not this week's."""
    unit = (m.g("ago_unit") or "").lower()
    if day is None or day.precision != "day" or day_m.g("wd_mod") or norm_dir(m) != "ago" or \
            unit not in ("week", "year") or sent[day_m.end:m.start] != " ":
        return None
    weeks = num_value(m.g("ago_n") or "")
    return DateValue(day.date - dt.timedelta(days=7 * weeks * (52 if unit == "year" else 1)), "day") if weeks else None


# An aside that may open a sentence before its year frame: "For example, in 1977, ...", "By contrast, last year, ..."
# (_FRONTED_YEAR_BEFORE, _FRAME_OPENS).
_ASIDE_FIRST = r"(?:(?:for\s+(?:example|instance)|by\s+contrast|in\s+contrast),\s*)?"
# A sentence that opens with its year: "In 2015, ...", "Earlier in 2018, ...", "During 2009, ...".
_FRONTED_YEAR_BEFORE = re.compile(r"\W*" + _ASIDE_FIRST + r"(?:(?:earlier|later|back|also|then)\s+)?(?:in|during)\s+",
                                  re.IGNORECASE)


# "Last year, ..." opening a sentence, after at most a joining word: the frame of the clause after it
# ("Last year, the race was held in April"; not "Last year's winner", nor "At last year's fair").
_LAST_YEAR_FRAME = re.compile(r"\W*(?:(?:but|and|yet|so|also|then)\s+)?", re.IGNORECASE)
_LAST_YEAR_AFTER = re.compile(r",|\s+(?!['’]s\b)")


def _opens_with_year(sent: str, first: Mention) -> bool:
    """ "In 2015, ...", "Earlier in 2018, ...", "Last year, ...", "But last year the firm ...": a year
    that opens the sentence as the frame of what follows."""
    if first.kind == "yr":
        return sent.startswith(",", first.end) and _FRONTED_YEAR_BEFORE.fullmatch(sent, 0, first.start) is not None
    return first.kind == "ru" and sent[first.start:first.end].lower().split() == ["last", "year"] and \
        _LAST_YEAR_FRAME.fullmatch(sent, 0, first.start) is not None and \
        _LAST_YEAR_AFTER.match(sent, first.end) is not None


def _ahead_in_frame(sent: str, first: Mention, m: Mention) -> bool:
    """ "Last year, the spokesman said the group would dissolve in January", "Last year, the mayor said
    the race moves from April to October": a time ahead of the frame's year, or a saying, told between
    it and the month (the saying rules count such a month from the saying, as framed_span leaves a
    saying's move alone)."""
    return first.kind == "ru" and _AHEAD_IN_FRAME.search(sent, first.end, m.start) is not None


_AHEAD_IN_FRAME = re.compile(r"\b(?:will|would|won['’]t|shall|going\s+to|plans?\s+to|(?:is|are|was|were)\s+"
                             r"(?:set|due|expected|scheduled)\s+to|said|says|told|announced)\b|['’]ll\b",
                             re.IGNORECASE)


def fronted_year(sent: str, mentions: list[Mention], resolved: list, published: dt.date, i: int = 1) -> bool:
    """Does the sentence open with a past year ("In 2015, ...", "Last year, ...") that a bare month or a
    yearless day after it (mentions[i], no "last"/"next") belongs to?"""
    first, year, m = mentions[0], resolved[0], mentions[i]
    return year is not None and year.precision == "year" and \
        year.date.year < published.year and not m.g(f"{m.kind}_mod") and \
        resolved[i].date.year != year.date.year and _opens_with_year(sent, first) and \
        not _ahead_in_frame(sent, first, m) and \
        not _OUT_OF_FRONTED_YEAR.search(sent[first.end:m.start]) and \
        not _PERFECT_NOW.match(re.split(r"[,;]", sent[first.end:m.start])[-1]) and \
        not (_SINCE_BEFORE.search(sent, max(first.end, m.start - 12), m.start) and
             _PERFECT_NOW.match(sent[m.end:m.end + 80].split(";")[0].split(".")[0]))


# A happening's noun after a fronted "Next year's": its month is of next year ("Next year's festival will be held
# in June"; not "Next year's budget will be set in June": a plan for next year, made this year).
_NEXT_YEARS_HAPPENING = re.compile(r"['’]s\s+(?:(?:[A-Za-z]+|\d+(?:st|nd|rd|th))\s+){0,2}?"
                                   r"(?:presidential\s+|general\s+|state\s+|annual\s+)?(?:primary|primaries|elections?|caucus(?:es)?|festival|fair|"
                                   r"games|olympics|tournament|championships?|conference|summit|congress|convention|"
                                   r"race|marathon|parade|show|season|census|vote|referendum)\b"
                                   # ... and then a verb of its being held or moved ("will be held", "will now move to",
                                   # "takes place"; not "will open registration", "will announce its lineup")
                                   r"(?:\s+(?:will|is\s+set\s+to|is\s+due\s+to|is\s+expected\s+to))?(?:\s+(?:now|again|also))?"
                                   r"\s+(?:be\s+(?:held|staged|played|run)|take\s+place|takes\s+place|move|moves|start|starts|"
                                   r"begin|begins|run|runs|return|returns|kick\s+off|kicks\s+off|be\s+(?:in|on)|is\s+(?:in|on|set\s+for)|"
                                   r"shift|shifts)\b", re.IGNORECASE)
# A saying, or a verb of deciding or making, between the frame and the month: the month may be of now.
_SAID_IN_FRAME = re.compile(r"\b(?:said|says|told|announced|decided|agreed|voted|set|approved)\b", re.IGNORECASE)


def fronted_year_ahead(sent: str, mentions: list[Mention], resolved: list, published: dt.date) -> bool:
    """Does the sentence open with a year ahead that a bare month after it (mentions[1], no "last"/"next") told
    ahead belongs to? "In 2027, the games will be held in June", "Next year, the race moves to May", "Next year's
    primary will move to March" (a happening's noun after "Next year's"); not "Next year's budget will be set in
    June", nor "In 2027, the law will apply, the mayor said in June"."""
    first, year, m = mentions[0], resolved[0], mentions[1]
    if year is None or year.precision != "year" or year.date.year <= published.year or m.kind != "mo" or \
            m.g("mo_mod") or resolved[1] is None or resolved[1].date.year >= year.date.year or \
            _SAID_IN_FRAME.search(sent, first.end, m.start):
        return False
    if first.kind == "yr":
        return sent.startswith(",", first.end) and _FRONTED_YEAR_BEFORE.fullmatch(sent, 0, first.start) is not None
    words = sent[first.start:first.end].lower().split()
    if first.kind != "ru" or words[:1] != ["next"] or _LAST_YEAR_FRAME.fullmatch(sent, 0, first.start) is None:
        return False
    if words[1:] == ["year"]:
        return _LAST_YEAR_AFTER.match(sent, first.end) is not None or \
            _NEXT_YEARS_HAPPENING.match(sent, first.end) is not None
    return words[1:] in (["year's"], ["year’s"]) and _NEXT_YEARS_HAPPENING.match(sent, first.end - 2) is not None


# Between a fronted year and a month, what takes the month out of that year: a verb about the
# time ahead, not reported in that year ("In 2010, she joined the bank; she will retire in March",
# "..., and it will open a store in March"; "In 2015, she said she will run in May" stays).
_OUT_OF_FRONTED_YEAR = re.compile(r"^(?:(?!\bsaid\b).)*?\b(?:will|won['’]t|shall|"
                                  r"(?:is|are)\s+(?:set|due|expected)\s+to|plans?\s+to)\b", re.IGNORECASE | re.DOTALL)


# A present perfect: what has held up to now ("In 2015, the firm opened a plant that has been idle since
# March", "..., and since March sales have risen"): a month in its clause is the latest one, not the
# fronted year's ("had been idle since March", "the firm, which has since been sold, moved in March"
# keep the year).
_PERFECT_NOW = re.compile(r"(?:.*?\b)?(?:has|have)\s+(?:(?:not|never|also|already|long|since|ever)\s+)?"
                          r"(?:been|had|[a-z]+ed|lost|won|grown|risen|fallen|seen|made|kept|held|left|built|"
                          r"spent|sold|taken|gone|become|run)\b", re.IGNORECASE | re.DOTALL)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)


def fronted_dated_anchor(sent: str, m: Mention, nxt: Mention, value: DateValue | None) -> bool:
    """Whether the fronted "N days/weeks after <something>" is followed, before any clause
    break, by that something's own day ("Two weeks after the vote on Feb. 26, results ...")."""
    unit = (m.g("ago_unit") or "").lower()
    return value is not None and value.precision == "day" and norm_dir(m) in ("before", "after") and \
        unit in ("day", "week") and _OPENS.fullmatch(sent, 0, m.start) is not None and \
        _ANCHOR_WORDS.fullmatch(sent, m.end, nxt.start) is not None and \
        sent[nxt.end:nxt.end + 2].lstrip()[:1] in (",", "")


_OPENS = re.compile(r"\W*")


# A sentence's end: its stop (and a closing quote or bracket) before a space or a line break.
_STOP_BEFORE_SPACE = re.compile(r"[.!?][\"”’')]*\s+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def scene_left(m: Mention, text: str, day_at: int, offset: int) -> bool:
    """ "Half an hour later", "a few hours earlier": counted from the scene just told, the day this
    paragraph or the one before gave. Not from a day named paragraphs back, with other sentences
    between ("Polling was held on December 1 and 5. [...] Counting of votes began at 08:00 AM. [...]
    Half an hour later, ..."): the text has left that day's scene."""
    unit = (m.g("ago_unit") or m.g("ago_hrs") or "").lower()
    if not unit.startswith(("hour", "minute")) or norm_dir(m) not in ("earlier", "later") or \
            not 0 <= day_at < offset:
        return False
    gap = text[day_at:offset]
    if len(_PARAGRAPH_BREAK.findall(gap)) < 2 or len(_STOP_BEFORE_SPACE.findall(gap)) < 2:
        return False
    # a text that has told of one day only has not left its scene ("The fire broke out on Tuesday.
    # [...] Three hours later, the road reopened")
    days = set()
    for d in _DAY_TOLD.finditer(text, 0, offset):
        words = d[0].lower().split()
        days.update({words[0] + " " + n for n in re.findall(r"\d+", d[0])} if d["month"] else
                    {" ".join(words)})
    return len(days) > 1


# A day told in words: a weekday, a month's day or days ("December 1 and 5"), today and its neighbours.
_DAY_TOLD = re.compile(rf"\b{WD}\b|\b(?P<month>{MON})\s+\d{{1,2}}\b(?:\s*(?:,|and|&)\s*\d{{1,2}}\b)*|"
                       rf"\b\d{{1,2}}\s+{MON}|"
                       r"\b(?:today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)


def norm_dir(m: Mention) -> str:
    d = ago_direction(m)  # ("two years on from a record defeat": "after"; "two years on from now": "from now")
    if d in ("before", "after") and m.kind == "ago" and m.g("ago_bare") is not None:
        return "earlier" if d == "before" else "later"  # "..., and a day after, the mayor resigned": an adverb
    return d


# A vote's day told by its date: "Tuesday, Dec. 6 is Election Day" (the date, then a copula), "Election
# Day is Dec. 6", "Election Day, Dec. 6", "Election Day (Dec. 6)" (the day, then a copula, comma or bracket), and
# with the vote it is the day of: "Election Day for the primary runoff is set for July 14".
_TOLD_AFTER_DATE = re.compile(r"\s+(?:is|was|will\s+be)\s+(?:the\s+)?", re.IGNORECASE)
_TOLD_BEFORE_DATE = re.compile(r"\s*[,(]\s*|(?:\s+(?:for|in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:elections?|"
                               r"primary|primaries|runoffs?|votes?|referendum|races?|contests?)(?:\s+(?:between|in|for|of)"
                               r"(?:\s+[\w'’.-]+){1,5}?)?)?\s+(?:is|was|will\s+be|falls\s+on|"
                               r"is\s+on|was\s+on|on|(?:is|was|has\s+been)\s+(?:set|scheduled|slated)\s+for)\s+",
                               re.IGNORECASE)


# ... or by a day word: "Tomorrow is Election Day", "Saturday is Election Day" (a plain weekday or "today",
# "tomorrow", "yesterday": the day the vote of the text's country falls on, not the US holiday).
_DAY_WORD_TOLD = re.compile(r"today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                            re.IGNORECASE)


def vote_day_key(m: Mention) -> str:
    """How `told` knows a vote day however it is written: "Election  Day", "election day" (and its eve's, "Election
    Day eve", by the day's own name: the caller tells the day after the eve's)."""
    key = " ".join(m.text.lower().split())
    return key[:-4] if m.kind == "hol" and m.g("hol_eve") and key.endswith(" eve") else key


def told_vote_days(sent: str, mentions: list[Mention]) -> dict[int, int]:
    """{i: j}: vote day mention i ("Election Day") is told to be day mention j's date."""
    out = {}
    for i, m in enumerate(mentions):
        if m.kind != "hol" or not VOTE_DAY.match(m.text):
            continue
        if i and (mentions[i - 1].kind in ("mdy", "dmy") or mentions[i - 1].kind in ("rd", "wd") and
                  _DAY_WORD_TOLD.fullmatch(mentions[i - 1].text)) and \
                _TOLD_AFTER_DATE.fullmatch(sent, mentions[i - 1].end, m.start):
            out[i] = i - 1
        elif i + 1 < len(mentions) and (mentions[i + 1].kind in ("mdy", "dmy") or
                                        mentions[i + 1].kind in ("rd", "wd") and
                                        _DAY_WORD_TOLD.fullmatch(mentions[i + 1].text)) and \
                _TOLD_BEFORE_DATE.fullmatch(sent, m.end, mentions[i + 1].start):
            out[i] = i + 1
    return out


# A vote told as held on a day: "The 2023 municipal election took place Tuesday, April 4", "the runoff
# election was held on Sunday" (an election or a runoff before the verb, in the same clause; not a primary,
# whose "Election Day" may be the general vote's still to come).
_HELD_VOTE_BEFORE = re.compile(r"\b(?:elections?|runoffs?)\b[^.;:!?,]{0,40}?\b(?:took\s+place|was\s+held|were\s+held|"
                               r"is\s+being\s+held|takes\s+place|is\s+held)\s+(?:on\s+)?$", re.IGNORECASE)
_PRIMARY = re.compile(r"\bprimar(?:y|ies)\b", re.IGNORECASE)


def held_vote_day(sent: str, mentions: list[Mention]) -> int | None:
    """j: the day mention the sentence tells its election was held on ("The runoff election took place
    Tuesday, April 4"), which the text's later "Election Day" names (pipeline's `told`)."""
    if "lection" not in sent and "unoff" not in sent:
        return None
    for j, m in enumerate(mentions):
        if m.kind in ("mdy", "dmy", "wd") and not (m.kind == "wd" and m.g("wd_mod")):
            before = _HELD_VOTE_BEFORE.search(sent, max(0, m.start - 90), m.start)
            if before is not None and not _PRIMARY.search(sent, max(0, before.start() - 30), m.start):
                return j
    return None


# A season across the turn of a year named by its two years: "the 2008-09 season", "the 2013/14 and
# 2017/18 seasons", "the 2025-26 Premier League campaign", "the 2023-24 school year" (a fiscal year's
# first month is the firm's or the state's own: not read so).
_SEASON_AFTER = re.compile(r"(?:\s+(?:and|to)\s+(?:1[6-9]|20)\d\d\s*[-–/]\s*\d{2,4})?(?:\s+(?-i:[A-Z][\w&'’.-]*)){0,3}"
                           r"\s+(?:seasons?|campaigns?|(?:school|academic)\s+years?)\b", re.IGNORECASE)
# How far on a season places the yearless months and days told after it (from it, or from the last
# date told in it): a running anchor's reach.
SEASON_REACH = 400
# A season's first month: August (a football season's, a school year's); the months before it are
# the second year's.
_SEASON_TURN = 8
SEASON_TURN = _SEASON_TURN  # (statements.with_listed_days_in_season)


# What a season's name must not be followed by: a level measured by it ("back to 2018-19 season levels"),
# or a campaign for an office or a cause ("her 2021-22 campaign for governor", "a campaign to ...").
_SEASON_NOT_AFTER = re.compile(r"\s+(?:levels?|highs?|lows?|averages?|standards?)\b|"
                               r"(?<=campaign)\s+(?:for|to|against)\b|(?<=campaigns)\s+(?:for|to|against)\b",
                               re.IGNORECASE)
# A campaign that is an election's or a cause's, not a sports season's ("her 2021-22 re-election campaign").
_POLITICAL_CAMPAIGN = re.compile(r"\b(?:election|electoral|re-?election|presidential|political|fundraising|"
                                 r"vaccination|advertising|ad|marketing|governor|mayoral|senate|congressional)\b",
                                 re.IGNORECASE)
# What before a season keeps it from placing the dates after it: a relative clause of a person's past set
# off by a comma ("Jones, who captained the side in the 2008-09 season, died on March 30": the news is
# now, not in the season), "after the season" (the dates after it lie after the season, how long after
# the text does not say: "fired after the 2018-19 season, was hired by Leeds on March 30").
_SEASON_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;:()\"“”]*$|\bafter\s+(?:the|their|his|her|its)\s+$",
                           re.IGNORECASE)
# "Ahead of the 2015-16 season, Leicester hired Ranieri on July 13", "signed him before the 2008-09
# season": its own sentence's dates lie before the season (the summer before it), not in it.
_SEASON_BEFORE = re.compile(r"\b(?:before|ahead\s+of|pre-?season\s+\w+\s+for)\s+(?:the|their|his|her|its)\s+$",
                            re.IGNORECASE)


def season_first_year(sent: str, m: Mention, value: DateValue | None) -> int | None:
    """The first year of the season across the turn of a year that mention `m` names ("the 2008-09
    season": 2008), None if it names none or is told where it places no date after it (see
    _SEASON_NOT_AFTER, _POLITICAL_CAMPAIGN, _SEASON_ASIDE)."""
    if m.kind != "yrr" or value is None or value.end_date is None or \
            value.end_date.year != value.date.year + 1:
        return None
    name = _SEASON_AFTER.match(sent, m.end)
    if name is None or _SEASON_NOT_AFTER.match(sent, name.end()) or \
            _SEASON_ASIDE.search(sent, max(0, m.start - 120), m.start) or \
            name[0].lower().rstrip("s").endswith("campaign") and \
            _POLITICAL_CAMPAIGN.search(sent, max(0, m.start - 40), name.end()):
        return None
    return value.date.year


def season_before(sent: str, m: Mention) -> bool:
    """Is the season mention `m` names told as what came after its sentence's happening ("Ahead of
    the 2015-16 season, Leicester hired Ranieri on July 13")?"""
    return _SEASON_BEFORE.search(sent, max(0, m.start - 60), m.start) is not None


def in_season(v: DateValue, first: int) -> DateValue | None:
    """A yearless month or day told within the season that starts in year `first` ("They were bottom
    of the league when Ramos departed in late October", after "the 2008-09 season"): August to
    December of that year, January to July of the next."""
    return years_on(v, first + (v.date.month < _SEASON_TURN) - v.date.year)


# What tells that the text has turned from a season to now: "now", or a quote (what is said now).
_NOW_OR_QUOTE = re.compile(r"\bnow\b|[\"“”]", re.IGNORECASE)


def season_left(text: str, since: int, at: int) -> bool:
    """Has the text turned to now ("He now coaches in Leeds", a quote) between the season's last date
    (at `since`) and the date at `at`?"""
    return _NOW_OR_QUOTE.search(text, since, at) is not None


def within_season(v: DateValue, first: int) -> bool:
    """Does date `v` lie within the season that starts in year `first`?"""
    return dt.date(first, _SEASON_TURN, 1) <= v.date < dt.date(first + 1, _SEASON_TURN, 1)


def season_places(m: Mention) -> bool:
    """Is mention `m` a month or day the season told before it places: yearless, no weekday to pick
    its year ("Friday, December 26"), no "last"/"this"/"next" counting from the publication?"""
    return yearless(m) and not m.g(m.kind + "_wd") and not m.g(m.kind + "_wda") and \
        (m.g("mo_mod") or "").lower() not in ("last", "this", "next")


# A year frame that opens a sentence: "Last year,", "Earlier this year,", "Next year the ...", "In
# 2019,", "But last year, ...".
# (an aside may come first: "For example, in 1977, the ferry was closed from Jan. 11-Feb. 25")
_FRAME_OPENS = re.compile(OPENS_CLAUSE.pattern + _ASIDE_FIRST + r"(?:(?:back|also|then)\s+)?(?:(?:in|during)\s+)?",
                          re.IGNORECASE)
# Between the frame and its dates, what ends the frame's clause or puts them in another one: a cut, a
# relative or reported clause, a saying ("Last year, the mayor said the race moves ..."); after a year
# gone by, also a verb of now or of the time ahead ("Last year, the club was sold; it will move the
# race from April to October", "In 2019, she joined; she has moved ...").
_FRAME_CUT = re.compile(r"[;:—–()\"“”,]|\b(?:that|which|who|whose|when|while|whereas|but|said|says|say|"
                        r"told|tells|announced|announces|adds?|added)\b", re.IGNORECASE)
_FRAME_NOW_OR_AHEAD = re.compile(r"\b(?:will|would|won['’]t|shall|has|have|is|are|plans?\s+to|moves|pushes)\b",
                                 re.IGNORECASE)
# The dates of a range or a move: "from April to October", "between March 3 and March 10", "from
# mid-July through mid-September"; a month or a day put off to ("moved from its spring slot to October",
# "pushed back to June").
_SPAN_OPENS = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
# (a dash may stand with no space around it: "from Jan. 11-Feb. 25")
_SPAN_JOIN = re.compile(r"\s*(?:(?:to|until|till|through|thru|and)\s+|[-–]\s*)(?:the\s+)?", re.IGNORECASE)
_MOVED_TO = re.compile(r"\b(?:moved|pushed|postponed|delayed|rescheduled|shifted|switched|brought\s+forward|"
                       r"put\s+off|deferred|moves|moving|pushes|pushing)\b[^.;,:]{0,60}?\b(?:to|until|till)\s+$",
                       re.IGNORECASE)
# The words a _MOVED_TO match ends with before its whitespace (fastpath.ends_with_word: the search, tried
# at each position of 80 characters, only where the window ends so).
_MOVED_TO_LAST = ("to", "until", "till")
# A put-off verb: a day put off lies before the one it is put off to.
_PUT_OFF = re.compile(r"\b(?:postponed|delayed|pushed\s+back|put\s+off|deferred)\b", re.IGNORECASE)
# A year written after a yearless day, told as one statement with it ("May 10 last year").
_YEAR_AFTER_GAP = re.compile(r"\s+(?:of\s+)?")


def _framed_kind(m: Mention) -> bool:
    """A yearless month or day, with no "last"/"this"/"next" of its own."""
    return m.kind in ("mo", "mdy", "dmy") and yearless(m) and \
        (m.g(f"{m.kind}_mod") or "").lower().split()[:1] not in (["last"], ["this"], ["next"])


def _year_frame(sent: str, mentions: list[Mention], resolved: list, published: dt.date, at: int) -> int | None:
    """The year of a year frame that opens the sentence and governs its clause up to mention `at`
    ("Last year, the race was moved from April to October", "Earlier this year, the vote was pushed
    back from March to June", "In 2019, ..."), or None. No other date between; not a possessive ("Last
    year's winner said ..."); the frame's clause goes on to `at` (_FRAME_CUT); a frame gone by places no
    date told in a clause of now or ahead (_FRAME_NOW_OR_AHEAD)."""
    if at < 1:
        return None
    f, year = mentions[at - 1], resolved[at - 1]
    if year is None or year.precision != "year" or year.end_date is not None:
        return None
    if f.kind == "ru":
        if (f.g("ru_unit") or "").lower() != "year" or \
                " ".join((f.g("ru_rel") or "").lower().split()) not in ("this", "last", "next"):
            return None
    elif f.kind != "yr" or not f.text.isdigit() or not _FRONTED_YEAR_BEFORE.fullmatch(sent, 0, f.start):
        return None
    if not _FRAME_OPENS.fullmatch(sent, 0, f.start) or sent.startswith(("'", "’"), f.end):
        return None
    between = sent[f.end:mentions[at].start]
    between = between[1:] if between.startswith(",") else between
    if _FRAME_CUT.search(between) or year.date.year < published.year and _FRAME_NOW_OR_AHEAD.search(between):
        return None
    return year.date.year


def framed_span(sent: str, mentions: list[Mention], resolved: list, published: dt.date) -> dict[int, DateValue]:
    """The yearless months and days of a move or a range that a year frame places: {mention: its value}.

    A frame that opens the sentence gives its year to both ends of a range or a move in its clause
    ("Last year, the Marathon was moved from April to October", "Earlier this year, the vote was pushed
    back from March to June", "Next year, the race moves from April to October") and to a month or day
    put off to ("Last year the Marathon was moved from its spring slot to October"): that year's, not
    the nearest ones the clause's tense finds. An end told with its year closes the clause's frame: the
    yearless start of the move or range takes that year ("postponed from May to July last year"; in a
    range, the year before when it would start after its end; for a day put off, when it is after the
    day put off to)."""
    out: dict[int, DateValue] = {}
    n = len(mentions)
    for j, m in enumerate(mentions):
        v = resolved[j]
        if v is None or not _framed_kind(m) or j in out:
            continue
        if _SPAN_OPENS.search(sent, max(0, m.start - 14), m.start) or month_pair_at(sent, mentions, j):
            if v.end_date is not None:  # "from March 3 to 10": one mention
                year = _year_frame(sent, mentions, resolved, published, j)
                if year is not None and (moved := years_on(v, year - v.date.year)) is not None:
                    out[j] = moved
                continue
            if j + 1 >= n:
                continue
            nxt = mentions[j + 1]
            w = resolved[j + 1]
            if w is None or w.precision != v.precision or w.end_date is not None or \
                    nxt.kind not in ("mo", "my", "mdy", "dmy") or \
                    not (_SPAN_JOIN.fullmatch(sent, m.end, nxt.start) or month_pair_at(sent, mentions, j)):
                continue
            end_dated = not yearless(nxt) or j + 2 < n and mentions[j + 2].kind in ("ru", "yr") and \
                resolved[j + 2] is None and _YEAR_AFTER_GAP.fullmatch(sent, nxt.end, mentions[j + 2].start)
            if end_dated:
                # "postponed from May to July last year", "from October through March 2021"
                start = years_on(v, w.date.year - v.date.year)
                if start is not None and start.date >= w.date and (
                        not moved_from_here(sent, m.start) or _PUT_OFF.search(sent, max(0, m.start - 60), m.start)):
                    start = year_earlier(start)
                if start is not None and start != v:
                    out[j] = start
                continue
            if not _framed_kind(nxt):
                continue
            year = _year_frame(sent, mentions, resolved, published, j)
            if year is None:
                continue
            start, end = years_on(v, year - v.date.year), years_on(w, year - w.date.year)
            if start is not None and end is not None and start.date < end.date:
                out[j], out[j + 1] = start, end
        elif ends_with_word(sent[max(0, m.start - 80):m.start], _MOVED_TO_LAST) and \
                _MOVED_TO.search(sent, max(0, m.start - 80), m.start) and \
                (year := _year_frame(sent, mentions, resolved, published, j)) is not None and \
                (moved := years_on(v, year - v.date.year)) is not None:
            out[j] = moved  # "Last year the Marathon was moved from its spring slot to October"
    return {j: w for j, w in out.items() if w != resolved[j]}


def month_pair_at(sent: str, mentions: list[Mention], j: int) -> bool:
    """Whether months j and j + 1 are a pair written with a dash between them, "July-August", "July–August"
    (grammar._month_pair): a range, as "from July to August" is."""
    m = mentions[j]
    return m.kind == "mo" and j + 1 < len(mentions) and mentions[j + 1].start == m.end + 1 and \
        sent[m.end] in "-–" and mentions[j + 1].kind in ("mo", "my")


def moved_from_here(sent: str, start: int) -> bool:
    """Whether the date at `start` is a day or month something was moved from (clauses.MOVED_FROM; its
    "put off" in the active voice is no move there, and framed_span asks _PUT_OFF of that one itself)."""
    return MOVED_FROM.search(sent, max(0, start - 60), start) is not None
