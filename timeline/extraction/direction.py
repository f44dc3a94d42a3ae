"""Which way a date without its year or its week points: ahead of the publication day, or gone by.

A bare weekday ("Friday") or a yearless day ("March 3") reads by its clause's tense; these rules
correct that reading from the words around it: a plan or a forecast told in the past ("were expected
to return Tuesday"), a headline's tenseless plan ("Storm to hit coast Saturday"), a fixture's line, a
deadline, a result already known, days listed in order (in_context), a yearly cycle
(in_cycle_after). The per-sentence resolution (pipeline._resolve_sentence) asks them.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache

from .anchors import year_earlier, year_later, years_on
from .clauses import (
    CLAUSE_WINDOW,
    OPENS_CLAUSE,
    PAIR_GAP,
    RANGE_GAP,
    RELATIVE_BEFORE,
    clause_opening,
    sentence_part_end,
)
from .fastpath import holds, may_hold, search_last_words
from .grammar import yearless
from .lexicon import DETERMINERS, MON, NUM, NUMBERS, ORDINALS, WD, WEEKDAYS
from .non_dates import EACH_YEAR_AFTER, HABITUAL_WORDS, IS_HABITUAL, habitual
from .recognition import Mention, head_gate
from .resolution import MONTH_PAST_DAYS, NEAR_AHEAD_DAYS, day_number, month_value, num_value, safe_date
from .tense import (
    PRESENT_PASSIVE,
    PRESENT_PASSIVE_WORDS,
    first_tense_is_past,
    has_past_marker,
    has_tense_marker,
    plan_object_of_past,
    unmarked_past,
)
from .types import DateValue

# A headline's infinitive after its subject ("Storm to hit coast Saturday", "Biden To Visit Ohio On
# Monday", "Man to be sentenced Monday") or its bare "due" ("Ruling due Tuesday"): what is planned.
# Not "to" before an article, a number or an adjective of a figure ("Stocks fall to record low").
_HEADLINE_TO = re.compile(r"\b(?:to\s+(?!(?:the|a|an|his|her|its|their|this|that|record|new|all|as|and|or|"
                          r"date|\d)\b)(?P<verb>[A-Za-z]+)|due)\s", re.IGNORECASE)
# A headline's own present right before its "to": a verb that takes an infinitive ("Senate agrees
# to", "Officers fail to", "Fans flock to see", "Volunteers rush to help") or a verb's particle
# ("Thousands turn out to", "Crowds line up to"): what the headline tells happened.
_HEADLINE_OWN_VERB = re.compile(r"\b(?:(?:agree|fail|refuse|vow|pledge|promise|seek|decide|vote|threaten|rush|flock|"
                                r"race|scramble|struggle|hurr|tr|manage|choose|move)(?:s|es|ies|y)?|(?:turn|line|show|step|sign)s?\s+"
                                r"(?:out|up))\s+$", re.IGNORECASE)
# What a headline ends with: no full stop (nor a quotation or bracket after one).
SENTENCE_END = (".", "!", "?", '."', ".”", ".'", ".’", ".)")
# A clause's opening inside a headline: "Mayor to unveil plan Friday; council to vote Monday".
_HEADLINE_CLAUSE_CUT = re.compile(r"[;:|—–]|\s-\s")


# The most characters between two weekdays of a run of days ("Monday, 5,165 Tuesday and 599 Wednesday").
_RUN_GAP_CHARS = 60
# What ends the run between two of its days: a sentence's or a clause's stop.
_RUN_STOP = re.compile(r"[.;:!?()]")


def _next_in_run(sent: str, mentions: list[Mention], tenses: list, j: int) -> bool:
    """Whether weekday j names the day after weekday j - 1, close to it, in one clause, with no
    modifier ("last", "next"), in the same tense, nothing said between them "respectively"."""
    a, b = mentions[j - 1], mentions[j]
    return a.kind == b.kind == "wd" and not a.g("wd_mod") and not b.g("wd_mod") and tenses[j - 1] == tenses[j] and \
        WEEKDAYS[b.g("wd").lower()] == (WEEKDAYS[a.g("wd").lower()] + 1) % 7 and \
        b.start - a.end <= _RUN_GAP_CHARS and not _RUN_STOP.search(sent, a.end, b.start) and \
        not _RESPECTIVELY.match(sent, b.end)


def _list_step(sent: str, mentions: list[Mention], tenses: list, j: int) -> int:
    """How many days weekday j lies after weekday j - 1 when it follows it in a plain list in order
    ("Monday and Thursday", "Tuesday, Wednesday and Friday"): close to it, in one clause, with no
    modifier, in the same tense, nothing said "respectively", not the day before it; 0 when it does
    not."""
    a, b = mentions[j - 1], mentions[j]
    if not (a.kind == b.kind == "wd") or a.g("wd_mod") or b.g("wd_mod") or tenses[j - 1] != tenses[j] or \
            b.start - a.end > _RUN_GAP_CHARS or _RUN_STOP.search(sent, a.end, b.start) or \
            _RESPECTIVELY.match(sent, b.end):
        return 0
    step = (WEEKDAYS[b.g("wd").lower()] - WEEKDAYS[a.g("wd").lower()]) % 7
    # the day before it ("Friday and Thursday"): the list told backwards, most recent first, as likely
    return step if step < 6 else 0


def _in_day_run(sent: str, mentions: list[Mention], tenses: list, i: int) -> bool:
    """Whether weekday i follows the one before it in a run of three or more weekdays that name
    consecutive days in order ("Monday ..., Tuesday and ... Wednesday"), each with no modifier
    ("last", "next") and close to the one before, in the same tense (not "said on Friday that the
    bridge would open Saturday, and officials met Sunday": three clauses' days), nothing said
    between them "respectively"."""
    if not _next_in_run(sent, mentions, tenses, i):
        return False
    lo = i - 1
    while lo > 0 and _next_in_run(sent, mentions, tenses, lo):
        lo -= 1
    hi = i
    while hi + 1 < len(mentions) and _next_in_run(sent, mentions, tenses, hi + 1):
        hi += 1
    return hi - lo >= 2


def past_run_ahead(sent: str, mentions: list[Mention], resolved: list, tenses: list, i: int,
                   published: dt.date) -> bool:
    """Whether weekday i opens a plain list of two or more days in order, within a week, in a past
    clause ("The strike ran Monday, Tuesday, Wednesday, Thursday and Friday", "The strike ran Wednesday
    and Thursday", "The court heard the case Tuesday and Thursday") that, laid from its first day's
    reading, would run past the publication day. A past clause tells of no days still to come: the
    list is the last one, wholly gone by. A clause with no
    tense marker whose verb agrees with no present ("The strike shut the plant Monday and Tuesday":
    tense.unmarked_past) is a past one. Not a plan or a forecast told in the past ("were
    expected to strike Wednesday, Thursday and Friday", "Crowds were expected Friday, Saturday and
    Sunday"), nor a closure or a calling off, whose days may be ahead of it ("Flights were canceled
    Monday, Tuesday and Wednesday" in a Monday paper), nor days with words of their own between
    them ("1,601 flights were canceled Monday, 5,165 Tuesday and 599 Wednesday")."""
    first = resolved[i]
    if tenses[i] not in ("past", None) or first.precision != "day" or first.date > published or \
            (i and _next_in_run(sent, mentions, tenses, i)):
        return False
    hi, span = i, 0
    while hi + 1 < len(mentions) and (step := _list_step(sent, mentions, tenses, hi + 1)) and span + step < 7 and \
            (PAIR_GAP.fullmatch(sent, mentions[hi].end, mentions[hi + 1].start) and
             # (a day's possessive after a list's comma heads an item of its own, a happening of that
             # day: "the Jones trade from Tuesday night, and Sunday's Smith trade" is no run of days;
             # "Monday and Tuesday's games" shares its possessive and is one)
             not (_POSSESSIVE_ITEM.match(mentions[hi + 1].text) and
                  "," in sent[mentions[hi].end:mentions[hi + 1].start]) or
             # items of their own between days next to each other: "hit Florida on Thursday, Georgia on
             # Friday" (not "rose to 30 as of Monday, up from 18 on Saturday": a comparison's)
             step <= 2 and _list_item_after(sent, mentions[hi], mentions[hi + 1]) and
             not _COMPARED_FROM.search(sent, mentions[hi].end, mentions[hi + 1].start) and
             # (nor a happening readied for or "ahead of": "took a break Sunday, and remain deep in
             # preparations for Tuesday's debate" is no list, the second day after the first)
             not AHEAD_OF_OTHER_DAY.search(sent, max(0, mentions[hi + 1].start - 60), mentions[hi + 1].start) and
             # (not a tally's counts: "made 40 arrests Monday, 12 Tuesday and 3 Wednesday", as above)
             not _DIGIT_IN.search(sent, mentions[hi].end, mentions[hi + 1].start)):
        hi, span = hi + 1, span + step
    return hi > i and (first.date - published).days + span > 0 and \
        not DAYS_NAMED_AFTER.match(sent, mentions[hi].end) and \
        (tenses[i] == "past" or unmarked_past(sent, mentions[i].start)) and \
        not PAST_PLAN.search(sent, 0, mentions[i].start) and \
        not _CALLED_OFF.search(sent, clause_opening(sent, mentions[i].start, CLAUSE_WINDOW), mentions[i].start) and \
        not past_plan_before(sent, mentions[i].start) and \
        not perfect_or_forecast_before(sent, mentions[i].start) and not _forecast_over_list(sent, mentions[i].start)


# A weekday's possessive ("Sunday's", "Sunday’s").
_POSSESSIVE_ITEM = re.compile(r".*['’]s$", re.DOTALL)


# A forecast told in the past: its days may be ahead of it ("were also expected for ... Saturday and
# Sunday", "snow was in the forecast Saturday and Sunday", "Storms were likely Friday and Saturday").
_FORECAST_TOLD = re.compile(r"\b(?:was|were)\s+(?:(?:also|initially|originally|again|still|now)\s+)?"
                            r"(?:forecast|predicted|projected|expected|likely|possible|"
                            r"in\s+(?:the|its|their)\s+forecasts?|in\s+store|on\s+tap)\b", re.IGNORECASE)
# What ends a clause for good between a forecast and a day, where a list's commas and "and" do not.
_HARD_CUT = re.compile(r"[;:—–\"“”]|\b(?:but|that|which|who|when|while|after|before|because)\b", re.IGNORECASE)


def _forecast_over_list(sent: str, start: int) -> bool:
    """Whether a forecast told in the past (_FORECAST_TOLD) stands before `start` with only a list of
    places or things between, no verb of its own and no clause cut but commas and "and" ("Winds were
    also expected for northern Texas, central Oklahoma and southern Kansas and Missouri Saturday and
    Sunday"): the list's days are the forecast's. Not "Rain was forecast Friday, and the storm hit the
    coast Saturday and Sunday" (a clause of its own, tense.unmarked_past)."""
    lo = max(0, start - CLAUSE_WINDOW)
    last = None
    for found in _FORECAST_TOLD.finditer(sent, lo, start):
        last = found
    if last is None:
        return False
    gap = sent[last.end():start]
    return not _HARD_CUT.search(gap) and not has_tense_marker(gap) and not unmarked_past(sent, start)


# Days that are what the verb names, not when it happened: "announced Wednesday and Thursday as
# holidays", "declared Monday through Friday public holidays", "Monday and Tuesday days of mourning".
DAYS_NAMED_AFTER = re.compile(r"\s+(?:as\b|(?:[a-z]+\s+)?holidays?\b|days?\s+of\b)")
# A closure or a calling off told in the past, which may be of days still to come.
_CALLED_OFF = re.compile(r"\b(?:cancell?ed|called\s+off|postponed|suspended|closed|shut|grounded|halted|banned|"
                         r"scrapped|delayed)\b", re.IGNORECASE)


def weeks_of_days(sent: str, mentions: list[Mention], tenses: list) -> list[str | None]:
    """For each bare weekday of the sentence (no "last", no week of its own: the caller asks only of
    those), the week ("last", "next" or "this") its list names after it, else the one written before
    it; None elsewhere. Asked once a sentence: read a weekday at a time, a list of N weekdays (a
    pasted timetable) had its gaps read N times over.

    After it: "on Monday and Tuesday last week", "Monday, Tuesday and Friday of next week", for each day
    before the one with the week, all in one tense (not "He met her on Friday, and on Monday next week
    they will marry": two clauses). Before it: "last week on Monday and Tuesday" (_week_written_before)."""
    n = len(mentions)
    # joined[j]: weekdays j and j + 1 are a pair's or a list's ("Monday and Tuesday", "Monday, Tuesday")
    joined = [mentions[j].kind == "wd" and mentions[j + 1].kind == "wd" and
              PAIR_GAP.fullmatch(sent, mentions[j].end, mentions[j + 1].start) is not None for j in range(n - 1)]
    # Read from the last day back: a day's week after it is the next day's own, else the next day's week
    # after it (the list goes on past it while each day is joined to the next, bare, in the same tense).
    after: list[str | None] = [None] * n
    for j in range(n - 2, -1, -1):
        nxt = mentions[j + 1]
        if joined[j] and not nxt.g("wd_mod") and tenses[j + 1] == tenses[j]:
            after[j] = nxt.g("wd_week").lower() if nxt.g("wd_week") else after[j + 1]
    # Read from the first day on: every day of a list of bare weekdays has the week written before its first.
    before: list[str | None] = [None] * n
    for j in range(n):
        if j and joined[j - 1] and not mentions[j - 1].g("wd_mod") and not mentions[j - 1].g("wd_week"):
            before[j] = before[j - 1]
        elif mentions[j].kind == "wd":
            before[j] = _week_written_before(sent, mentions, j)
    return [a or b for a, b in zip(after, before, strict=True)]


# "last week on Tuesday", "next week Thursday", "Earlier last week, on Tuesday, ...": the week before
# its day.
_WEEK_THEN_DAY = re.compile(r"\s+(?:on\s+)?")
_WEEK_COMMA_DAY = re.compile(r",\s+on\s+", re.IGNORECASE)


def _week_written_before(sent: str, mentions: list[Mention], j: int) -> str | None:
    """The week ("last", "next" or "this") written just before weekday j, the first of its list
    ("last week on Monday and Tuesday"): that week's days. With a comma between, only a week that opens
    its sentence or clause ("Last week, on Tuesday, the council voted"; not "Compared with last week, on
    Tuesday prices fell")."""
    if j == 0:
        return None
    week = mentions[j - 1]
    if week.kind != "ru" or week.g("ru_unit").lower() != "week" or mentions[j].text.endswith(("'s", "’s")):
        return None  # (not "released last week Tuesday's report": the report's day, told apart)
    rel = week.g("ru_rel").lower()
    if rel not in ("last", "next", "this"):
        return None
    if _WEEK_THEN_DAY.fullmatch(sent, week.end, mentions[j].start) or \
            _WEEK_COMMA_DAY.fullmatch(sent, week.end, mentions[j].start) and \
            OPENS_CLAUSE.fullmatch(sent, 0, week.start):
        return rel
    return None


def in_context(sent: str, mentions: list[Mention], resolved: list, tenses: list, i: int,
               published: dt.date, story_year: int | None = None, custom: bool | None = None,
               yearly: bool | None = None, years_back: bool = False) -> DateValue | None:
    """Mention i's date (a weekday or a month-day) as the words around it and the
    mention before it correct it. `story_year`: the year of the date the text told last before it, if any.
    `custom`, `yearly`: whether the sentence holds a word of HABITUAL_WORDS, "year" or "nnual", if the
    caller knows (asked once a sentence: a list of thousands of days would be read thousands of times).
    `years_back`: whether the article's opening counts years back (anniversary_lead), an anniversary's piece."""
    m, v = mentions[i], resolved[i]
    if m.kind == "wd":  # after a weekday (the caller checks)
        before = resolved[i - 1]
        if before is not None and before.precision == "day" and not m.g("wd_mod") and \
                PAIR_GAP.fullmatch(sent, mentions[i - 1].end, m.start) and not _RESPECTIVELY.match(sent, m.end):
            if (m.g("wd_part") or mentions[i - 1].kind == "wd" and mentions[i - 1].g("wd_part")) and \
                    WEEKDAYS[m.g("wd").lower()] == before.date.weekday():
                # "late Wednesday morning or Wednesday evening", "on Tuesday and Tuesday night": two parts of one
                # day, the same day, not the one a week after
                v = DateValue(before.date, "day")
            else:
                v = _weekday_after(v, before.date, published, tenses[i - 1])
        elif before is not None and before.precision == "day" and before.date >= published > v.date and \
                (m.g("wd_mod") or "").lower() in ("", "early", "late") and \
                (_list_item_after(sent, mentions[i - 1], m) or _winner_goes_on(sent, mentions[i - 1], m) or
                 _steps_of_what_will_be(sent, mentions[i - 1], m)) and \
                not _COMPARED_FROM.search(sent, mentions[i - 1].end, m.start):
            # "It was expected to reach the southeastern Bahamas late Thursday, the central Bahamas on
            # Friday and South Florida on Saturday" in a Thursday paper: the items of a list in order
            # that starts with a day ahead, or with the publication day in a clause told ahead (a plan
            # or a forecast told in the past, a present) run on ahead of it, never back a week (a past
            # clause's "hit Florida on Thursday, Georgia on Friday" is last week's: past_run_ahead).
            step = (v.date.weekday() - before.date.weekday()) % 7
            first = mentions[i - 1]
            if step and (before.date > published or tenses[i - 1] == "future" or
                         _steps_of_what_will_be(sent, first, m) or step == 1 and (
                    tenses[i - 1] == "present" or past_plan_before(sent, first.start) or
                    perfect_or_forecast_before(sent, first.start) or _forecast_over_list(sent, first.start))):
                v = DateValue(before.date + dt.timedelta(days=step), v.precision)
        if before is not None and before.precision == "day" and v.date < before.date and \
                _in_day_run(sent, mentions, tenses, i) and not has_tense_marker(
                    sent[max(mentions[i - 1].end, clause_opening(sent, m.start, _RUN_GAP_CHARS)):m.start]):
            # "1,601 flights were canceled Monday, 5,165 Tuesday and 599 Wednesday" in a Tuesday paper:
            # days listed in a row are consecutive, the later ones never a week before the earlier ones
            # (a day after a verb of its own clause is not listed: "rose 3% Monday and 2% Tuesday, the
            # exchange said Wednesday").
            v = DateValue(before.date + dt.timedelta(days=1), v.precision)
        return v
    # A yearless month-day (the caller checks).
    if (custom if custom is not None else holds(sent, HABITUAL_WORDS)) and \
            (tenses[i] != "past" or IS_HABITUAL.search(sent)) and \
            habitual(sent, m):  # (the substring tests first: cheaper than the search they spare)
        return None  # "Generally, the monsoon begins June 10": a custom, every year's day
    if (yearly if yearly is not None else "year" in sent or "nnual" in sent) and (EACH_YEAR_AFTER.match(sent, m.end) or
                                                 _EACH_YEAR_DAY_BEFORE.search(sent, max(0, m.start - 30), m.start) or
                                                 tenses[i] != "past" and _EACH_YEAR_PAIR_AFTER.match(sent, m.end)):
        # "is held every year on March 3", "the deadline is April 15 each year", "on January 1 or July 1 of each
        # year": every year's
        return None
    back = (published - v.date).days
    if back < 0 and sent.endswith(ARTICLES, 0, m.start) and UNSCHEDULED.match(sent, m.end):
        # "is facing 41 charges in connection with the April 25 crash" in a November paper: a
        # crash, a shooting or a fire is not scheduled ahead, so the day named for it is the one
        # gone by, whatever the clause's tense.
        earlier = year_earlier(v)
        if earlier is not None and earlier.date <= published:
            v, back = earlier, (published - earlier.date).days
    if tenses[i] == "past" and back > 182 and v.precision == "day" and _kept_from_coming(sent, m):
        # "candidates were barred from the regional elections on Sept. 8" in a July paper: the
        # happening comes after the past verb that keeps one from it or readies for it, so its
        # yearless day is the coming one, not the one of most of a year back (that would carry its year).
        ahead = year_later(v, published)
        if ahead is not None and (ahead.date - published).days <= ATTRIBUTIVE_DAYS_AHEAD and \
                not YEAR_BACK.search(sent):
            v, back = ahead, (published - ahead.date).days
    if tenses[i] == "past" and back > 182 and v.precision == "day" and allowed_until(sent, m) and \
            not outcome_after(sent, m.end):
        # "Levin was given until October 9 to submit his response" in a September paper: a time allowed
        # up to a day, told in the past, runs to the coming day (the weekdays' _DEADLINE_OR_CALL), not
        # to one of most of a year back (that would carry its year); not with how it went told after it
        # in the past ("..., and he left on Jan. 4": gone by).
        ahead = year_later(v, published)
        if ahead is not None and (ahead.date - published).days <= ATTRIBUTIVE_DAYS_AHEAD and \
                not YEAR_BACK.search(sent):
            v, back = ahead, (published - ahead.date).days
    if tenses[i] == "past" and back > 182 and v.precision == "day" and \
            (story_year is None or story_year == published.year) and _START_ENDS_AFTER.match(sent, m.end) and \
            not _YEAR_NAMED.search(sent) and \
            (_EFFECTIVE_BEFORE.search(sent, max(0, m.start - 24), m.start) or
             _START_FROM_BEFORE.search(sent, max(0, m.start - 24), m.start) and
             (plan := _PLANS_BEFORE.search(sent, max(0, m.start - 120), m.start)) and
             not has_past_marker(plan[0].split(None, 1)[-1])) and not has_past_marker(sent[m.end:]):
        # "Vietjet has announced a direct route to Ho Chi Minh City from August 12", "approved new fares
        # starting Sept. 1" in a July paper: what a past verb plans, announces or sets runs from the coming
        # day, not from one of most of a year back (that would carry its year); not with a past of its own
        # between the verb and the day or after the day ("announced that prices had risen from Aug. 12",
        # "... a ban from Aug. 1, which lasted until May"), nor where the text tells of another year ("The war
        # began in July 2027. The ministry announced a curfew from Aug. 1", "Last August ..."), nor a day
        # before a noun, a source's ("confirmed 40 deaths from August 20 floods"). "Effective" names the day a
        # decision takes hold, whatever past verb told the deciding ("the board accepted his resignation,
        # effective July 31", "approved the transfer effective Sept. 1" in a June paper): the coming day too.
        ahead = year_later(v, published)
        if ahead is not None and (ahead.date - published).days <= ATTRIBUTIVE_DAYS_AHEAD and \
                not YEAR_BACK.search(sent):
            v, back = ahead, (published - ahead.date).days
    if tenses[i] == "past" and back > 182 and ahead_attributive(sent, m):
        # "gave the company a Nov. 1 deadline" in October: the day a past verb sets or trades for,
        # named attributively and just ahead, is the coming one (as for a month, ahead_attributive).
        ahead = year_later(v, published)
        if ahead is not None and (ahead.date - published).days <= ATTRIBUTIVE_DAYS_AHEAD and \
                not YEAR_BACK.search(sent):
            v, back = ahead, (published - ahead.date).days
    # ("he said October 7 was the most likely start date": a plan's date in a reported past, the saying not dated
    # before it by a month, a day or a year of its own, "In January, he said March 3 was the most likely date")
    # (or the plan's date named first, the day after its copula: "The likely start date was January 12", ending the
    # sentence or before its saying; not with a clause after it, "..., but the plan collapsed in March", "..., which
    # the firm missed", whose past says the plan's day went by too)
    plan_date = back > 182 and (
        "ate" in sent[m.end:m.end + 60] and _PLAN_DATE_AFTER.match(sent, m.end) is not None or
        _PLAN_DATE_WORD.search(sent, max(0, m.start - 60), m.start) is not None and
        _PLAN_DATE_BEFORE.search(sent, max(0, m.start - 80), m.start) is not None and
        _PLAN_DATE_ENDS.match(sent, m.end) is not None) and \
        all(o.kind in ("wd", "rd") for o in mentions[:i])
    if tenses[i] == "past" and not (years_back or story_year is not None and story_year < published.year and
                                    back >= 357) and (back >= 357 or back > 182 and (
            PAST_PLAN.search(sent, max(0, m.start - 80), m.start) or plan_date or
            _proposal_plan(sent, m.start, m.end))) \
            and not ((sent.endswith(ARTICLES, 0, m.start) and UNSCHEDULED.match(sent, m.end) or
                      search_last_words(UNSCHEDULED_BEFORE, sent, 3, max(0, m.start - 40), m.start)) and
                     not (_LOOKED_FOR_BEFORE.search(sent, max(0, m.start - 80), m.start) and
                          not _HAD_AFTER.match(sent, m.end))):
        # (not a happening nobody schedules: "condemned the Jan. 6 attack", "the crash on Jan. 5" in a
        # Jan. 3 paper are a year back, not days ahead)
        v = _near_ahead(sent, v, published, m.start, m.end, plan_date)
    elif tenses[i] == "future" and back < 0 and not m.g("mdy_mod") and not m.g(f"{m.kind}_wd") and \
            not m.g(f"{m.kind}_wda"):
        # "the winners of the May 1 election will meet" in a June paper: a day a few weeks
        # back is that day even in a future clause; its next return, most of a year ahead,
        # would have been written with its year.
        earlier = year_earlier(v)
        if earlier is not None and (published - earlier.date).days <= JUST_PAST_DAYS and \
                not _modal_own_day(sent, m) and not _extension_end(sent, m, (published - earlier.date).days):
            return earlier
    if (back > 60 or back < 0) and sent[max(0, m.start - 4):m.start].lower() == "the " and \
            _NAMED_ATTACKS.match(sent, m.end):
        # "since the September 11 attacks": a past year's named happening; "the Jan. 6 riot" in a
        # November paper is no riot of the coming January either
        return None
    return v


# A forecast's words, in a line with no tense marker: its weekdays lie ahead ("Storms possible
# Friday", "Rain likely Thursday night", "A chance of showers Friday", "Highs Friday in the upper
# 70s", "Mostly sunny Saturday"). Not weather alone: a caption's "walk through the snow Tuesday".
_FORECAST = re.compile(rf"\bchance\s+of\b|\bchance\s+for\s+(?:(?:a|some|few|more|scattered|isolated|light|heavy)\s+)"
                       rf"{{0,3}}(?:rain|snow|showers|storms|thunderstorms|precipitation|flurries|sleet)\b|\b(?:rain|snow|storms?|showers|thunderstorms|sleet|flurries|fog|frost|"
                       rf"drizzle|winds?|sun|sunshine|clouds)\s+(?:possible|likely|probable|expected)\b|"
                       rf"\b(?:highs?|lows?)\s+(?:(?:on\s+)?{WD}\s+)?(?:in|near|around|of|between|from)\s+"
                       rf"(?:the\s+)?(?:(?:upper|lower|low|mid|high)[\s-]*)?\d|\b(?:mostly|partly)\s+(?:sunny|cloudy|clear)\b|"
                       # "Forecasters estimate temperatures of 33C on Monday": what forecasters say in the
                       # present is of days ahead.
                       rf"\b(?:forecasters|meteorologists)\s+(?:now\s+)?(?:estimate|predict|forecast|expect|see)\b|"
                       # ... and a weather agency's: "The Met Office predicts 40C on Monday".
                       rf"\b(?:Met\s+Office|[Ww]eather\s+(?:[Ss]ervice|[Bb]ureau|[Oo]ffice|[Aa]gency))\s+(?:now\s+)?"
                       rf"(?:estimates|predicts|forecasts|expects|sees)\b|"
                       # a forecast's verbless weather: "Some dry clear spells on Tuesday night", "patches of
                       # mist and drizzle", "scattered showers Friday"
                       rf"\b(?:sunny|clear|dry|bright|wet|cloudy)\s+spells\b|\bpatches\s+of\s+(?:mist|fog|drizzle|rain|cloud)\b|"
                       rf"\b(?:scattered|isolated|passing|wintry)\s+(?:showers|flurries)\b",
                       re.IGNORECASE)
# Every _FORECAST match holds one of _FORECAST_ALONE, or a word of each group of one of _FORECAST_PAIRS
# ("Rain likely": an expectation's word and weather's; "Highs in the 70s": a high or a low and a digit). A
# sentence with "expected", "below" or "partly" alone (each common: 3 of TimeBank's 17 sentences asked) is not
# searched (the pattern, entered at every position, costs ~700,000 instructions a sentence there).
_FORECAST_ALONE = ("chance", "forecasters", "meteorologists", "spells", "patches", "showers", "flurries")
_FORECAST_PAIRS = (
    (("possible", "likely", "probable", "expected"),
     ("rain", "snow", "storm", "sleet", "fog", "frost", "drizzle", "wind", "sun", "cloud")),
    (("high", "low"), tuple("0123456789")),
    (("mostly", "partly"), ("sunny", "cloudy", "clear")),
    (("office", "weather"), ("estimates", "predicts", "forecasts", "expects", "sees")),
)


def _may_forecast(sent: str) -> bool:
    """False only when _FORECAST cannot match in the sentence (ASCII: in lower case, the words as they are; a
    sentence beyond ASCII, with other digits or characters re.IGNORECASE folds, is left to the regex)."""
    if not sent.isascii():
        return True
    low = sent.lower()
    if holds(low, _FORECAST_ALONE):
        return True
    for firsts, seconds in _FORECAST_PAIRS:
        if holds(low, firsts) and holds(low, seconds):
            return True
    return False


def forecast(sent: str) -> bool:
    """_FORECAST.search(sent), tried only when the sentence may hold a match (_may_forecast)."""
    return _may_forecast(sent) and _FORECAST.search(sent) is not None


# "Snow expected Friday night", "Decision expected Friday": a headline's expectation, no auxiliary
# (not "was expected Friday", "as expected", "more than expected Friday").
_EXPECTED_DAY = re.compile(rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)(?<!\bas\s)(?<!\bthan\s)"
                           rf"\bexpected\s+(?:(?:on|by|early|late|later)\s+)?{WD}\b", re.IGNORECASE)


# A headline's length at most: the test below reads the whole sentence for each weekday.
HEADLINE_CHARS = 200
# A closure or a ban told in the past "through" a day, in reported speech: "the airline said flights
# were canceled through Sunday" (not "flights were canceled through Sunday": the closure gone by).
_REPORTED_THROUGH = re.compile(r"\b(?:was|were)\s+(?:canceled|cancelled|closed|shut|suspended|halted|grounded|banned|"
                               r"in\s+(?:effect|place|force))\s+(?:through|thru)\s+$", re.IGNORECASE)
_REPORTING_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated|added|confirmed|warned)\b", re.IGNORECASE)
# A plan told in the past: "was expected to", "were scheduled to", "was due in (court)".
_TOLD_PLAN = re.compile(r"\b(?:was|were)\s+(?:(?:also|still|originally|initially|then)\s+)?(?:expected|scheduled|due|"
                        # a forecast's plan: "was projected to make landfall by Monday evening"
                        # ... or its day right after "for" (the search ends at the day): "Rain was forecast for Friday"
                        r"set|slated|planned|poised|projected|forecast|predicted)\s+(?:to\s+(?:be\s+)?(?P<verb>[a-z]+)\b|"
                        r"(?:in|at|back|before)\b|for\s+(?:(?:early|late)\s+)?$)|"
                        # "was/were to <verb>": a plan seen from the past, as "was due to" ("The president was to
                        # sign the bill on Saturday"); not "was to blame" (at fault), "was to have signed" (a
                        # plan given up), nor a place or an amount ("was to the north", "was to Paris").
                        r"\b(?:was|were)\s+(?:(?:also|still|originally|initially|then)\s+)?to\s+(?:be\s+)?"
                        r"(?!(?:blame|have|the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|me|him|"
                        r"them|us|date)\b)(?-i:[a-z]+)\b|"
                        # an expectation with its object before the infinitive: "said it expected flights
                        # to resume Monday", as "flights were expected to resume Monday"
                        r"\bexpected\s+(?!(?:that|to|on|for|by|in|at)\b)(?:[\w'’-]+\s+){1,3}?to\s+(?:be\s+)?[a-z]+\b|"
                        # a past perfect's expectation of the day itself: "A vote had been expected Thursday"
                        r"(?<!\bwhich\s)(?<!\bthat\s)\bhad\s+been\s+(?:(?:also|still|originally|initially|widely)\s+)?expected\s+"
                        r"(?:on\s+)?$",
                        re.IGNORECASE)


# "for" right before a weekday's possessive ...
FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# ... that names a scheduled happening: "for Saturday's show", "for Friday's match against Leeds".
COMING_HAPPENING = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:shows?|concerts?|games?|match|matches|vote|election|primary|debate|meeting|"
    r"hearing|trial|race|(?:semi-?|quarter-?)?final|rematch|cup\s+tie|opener|parade|festival|ceremony|summit|"
    r"rally|performance|premiere|launch|"
    r"fight|bout|auction|session|tournament|gala|funeral|wedding|conference|talks|visit|fixture|derby|"
    r"run-?off|referendum|marathon|service|event|opening|kickoff|tip-?off|showdown|clash|meet)\b"
    # ... its head noun, nothing of its own after it ("for Saturday's game delays" is the delays)
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|at|against|on|with|between|vs\.?|versus|from|of|to|and)\b)", re.IGNORECASE)
# ... or, right before the possessive, a link that puts it after the day told before: "ahead of",
# "before", a readying for it ("braced Monday for Tuesday's storm", "as investors prepared for",
# "in preparations for", "met Monday to plan for"); not across a stop or a clause of cause or contrast
# ("was arrested Monday, after he prepared for Saturday's ...").
AHEAD_OF_OTHER_DAY = re.compile(r"\b(?:before|ahead\s+of|in\s+(?:preparation|advance)\s+(?:for|of)|"
                                r"preparations?\s+for|to\s+(?:plan|prepare|get\s+ready)\s+for|"
                                r"prepar(?:e|es|ed|ing)\s+for|brac(?:e|es|ed|ing)\s+for|read(?:y|ied|ies|ying)\s+for|"
                                r"(?:stock|gear|line|warm|tune)(?:s|ed|ing)?\s+up\s+for)\s+$", re.IGNORECASE)
# ... with no result clause after the happening: "for Monday's game, in which he scored 40", "at which
# the band played" (the happening is over).
HAPPENING_RESULT = re.compile(r"[^.;!?]*?,\s*(?:in|at|during|after)\s+which\b", re.IGNORECASE)
# ... its parts: the stops it may not cross, the clause it looks for (which starts with the only comma it holds:
# no two of its matches overlap).
_STOP = re.compile(r"[.;!?]")
_WHICH_RESULT = re.compile(r",\s*(?:in|at|during|after)\s+which\b", re.IGNORECASE)


def result_clauses(sent: str) -> tuple[list[int], list[int]]:
    """Where the sentence's stops and its HAPPENING_RESULT clauses (", in which", ", after which" ...) start,
    found once a sentence, for happening_result_at."""
    return [s.start() for s in _STOP.finditer(sent)], [w.start() for w in _WHICH_RESULT.finditer(sent)]


def happening_result_at(clauses: tuple[list[int], list[int]], at: int) -> bool:
    """HAPPENING_RESULT.match(sent, at), read from the sentence's result_clauses: is there such a clause after
    `at` before the next stop? (The match itself reads on to that clause or the stop: in a sentence with no
    stop and thousands of weekdays, once a weekday, to its end.)"""
    stops, whiches = clauses
    k = bisect_left(whiches, at)
    if k == len(whiches):
        return False
    j = bisect_left(stops, at)
    return j == len(stops) or whiches[k] < stops[j]
_CUT_BETWEEN = re.compile(r"[,;:.!?—–()]|\b(?:and|but|while|as|when|after|before|because)\b", re.IGNORECASE)


def clause_cut(sent: str, lo: int, hi: int) -> bool:
    """Whether another clause (or an aside) opens between lo and hi."""
    return _CUT_BETWEEN.search(sent, lo, hi) is not None


# Where a clause of its own opens after a plan's weekday: "; instead", ", but", " and".
_OUTCOME_OPEN = re.compile(r"[;—–]|\b(?:and|but|yet)\s", re.IGNORECASE)


# A present perfect's verb that puts a notice or a measure in place for days ahead ("has issued a
# warning", "have canceled classes", "has been closed"); not one of things done over the days ("have
# arrested 12 people", "have worked around the clock from Wednesday to Saturday": gone by).
_SETS_IN_PLACE = (r"issued|declared|cancell?ed|closed|shut|extended|suspended|ordered|imposed|postponed|announced|"
                  r"scheduled|set|posted|put|placed|called|banned|delayed|moved|activated|opened|raised|expanded")
# The last verb of a clause in the past that is no plain past: a present perfect ("has issued",
# "have been closed": its result holds now) or a forecast told in the past ("was forecast",
# "were expected": what it told of lies ahead of its telling).
_PERFECT_OR_FORECAST = re.compile(r"\b(?:(?:has|have|['’]ve)(?:\s+(?:already|also|now|just|since|been))*\s+"
                                  rf"(?:{_SETS_IN_PLACE})|(?:was|were)\s+(?:(?:also|initially|originally|again|still)\s+)?"
                                  r"(?:forecast|predicted|projected|expected))\b", re.IGNORECASE)


def perfect_or_forecast_before(sent: str, start: int) -> bool:
    """Whether the clause before `start` tells its past as a present perfect or a forecast, with no
    past verb of its own after that ("has issued a warning from Wednesday", not "has said the fair
    ran from Wednesday")."""
    lo = clause_opening(sent, start, CLAUSE_WINDOW)
    last = None
    for found in _PERFECT_OR_FORECAST.finditer(sent, lo, start):
        last = found
    return last is not None and not has_past_marker(sent[last.end():start])


def outcome_after(sent: str, end: int, opening: re.Pattern = _OUTCOME_OPEN,
                  undone: re.Pattern | None = None) -> bool:
    """Whether a clause after a plan's weekday tells in the past how it went ("was scheduled to dock
    Wednesday and arrived on time", "was due in court Thursday, but he did not show up", "flights were
    canceled through Sunday, and service resumed Monday"): the plan is gone by, its day the last one.
    A saying there ("but officials said ...") tells no outcome, nor what `undone` finds there (the
    kept-from day's "but was reinstated": _KEPT_UNDONE)."""
    cut = opening.search(sent, end, end + CLAUSE_WINDOW)
    return cut is not None and _tells_past(sent[cut.end():cut.end() + CLAUSE_WINDOW], undone)


def _tells_past(rest: str, undone: re.Pattern | None = None) -> bool:
    """Whether `rest`, the words after a day, tell something in the past that is neither a saying ("officials
    said") nor what `undone` finds there."""
    return has_past_marker(rest) and not (undone and undone.search(rest)) and not _REPORTING_BEFORE.search(rest)


# A state that holds now, told after a plan's day: "... and is now serving his sentence", "but has
# since been released".
_NOW_STATE = re.compile(r"\b(?:now|already|since)\b", re.IGNORECASE)


def told_outcome_after(sent: str, end: int) -> bool:
    """Whether a clause of its own after a day ("; and 12 bids arrived by then") has an "-ed" past: in
    that clause, not before it ("cancelled classes for Tuesday due to the enhanced monsoon and the
    typhoon" opens no clause of its own that tells one)."""
    after = sent[end:end + CLAUSE_WINDOW]
    cut = _OUTCOME_OPEN.search(after)
    return cut is not None and ed_verb_after(after, cut.end())


def state_now_after(sent: str, end: int) -> bool:
    """Whether a clause after a plan's weekday tells a state that holds now (_NOW_STATE): the plan's
    day is gone by ("was ordered to report to prison Monday and is now serving his sentence")."""
    cut = _OUTCOME_OPEN.search(sent, end, end + CLAUSE_WINDOW)
    return cut is not None and _NOW_STATE.search(sent, cut.end(), cut.end() + CLAUSE_WINDOW) is not None


# A past year's event named after a weekday: after a copula ("Sunday's final group was at the 2003 U.S. Open",
# "... came in 2019"; the year before a name or ending the clause, not "were at 2019 levels": a measure) or in
# one chain of phrases with no verb between ("in Sunday's final group at the 2003 U.S. Open"); or a past year
# fronted before it ("In 2003, he led on Saturday"). A saying or a recalling right before
# the weekday tells the story's own day ("He said on Sunday that ...", "recalled on Sunday his win at ...").
_COPULA_YEAR_AFTER_DAY = re.compile(r"\b(?:was|were|came|happened|occurred)\s+(?:at|in|during)\s+(?:the\s+)?"
                                    r"(?P<y>(?:19|20)\d\d)(?:\s+(?-i:[A-Z])|\s*(?:[.,;:!?)]|$))", re.IGNORECASE)
_CHAIN_YEAR_AFTER_DAY = re.compile(r"\b(?:at|in|during)\s+the\s+(?P<y>(?:19|20)\d\d)\s+(?-i:[A-Z])", re.IGNORECASE)
# ... not a measure the year names ("were at 2019 levels", "was at 2019 General Election levels").
_YEAR_MEASURE_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4}\s+(?:levels?|rates?|highs?|lows?|prices?|figures?|"
                                 r"numbers?|standards?|averages?|records?|peaks?|territory|form|pace)\b", re.IGNORECASE)
_LIMITED_TIME = re.compile(r"\b(?:the|his|her|their|its)\s+(?:only|last|first|one|lone|previous)\s+(?:other\s+)?"
                           r"times?\b", re.IGNORECASE)
_FRONTED_PAST_YEAR = re.compile(r"\W*(?:(?:[Bb]ack|[Ee]ven)\s+)?[Ii]n\s+(?P<y>(?:19|20)\d\d),")
_SAYING_BEFORE_DAY = re.compile(r"\b(?:said|says|told|recalled|announced|added|remembered|reflected|spoke|"
                                r"wrote|posted|tweeted)\s+(?:on\s+)?$", re.IGNORECASE)
# What parts the weekday from the year's event: a stop, a joined clause, a comparison or a time before or since.
_YEAR_DAY_CUT = re.compile(r"[;:!?,]|\.\s|\b(?:since|before|after|than|like|unlike|as|matching|and|but|where|"
                           r"when|which|who|that)\b", re.IGNORECASE)
_FRONTED_DAY = re.compile(r"\W*(?:[Oo]n\s+)?$")


# _LIMITED_TIME without its closing \b: where _LIMITED_TIME may first match, whatever end it is searched to.
_LIMITED_TIME_OPENING = re.compile(r"\b(?:the|his|her|their|its)\s+(?:only|last|first|one|lone|previous)\s+"
                                   r"(?:other\s+)?time", re.IGNORECASE)


def past_year_events(sent: str) -> tuple[int, bool, bool]:
    """What past_years_day reads in the whole sentence, looked for once a sentence (not once a weekday: a
    list of thousands): where a limited "time" may first stand (its length: none), and whether a copula's
    and a chain's past year (_COPULA_YEAR_AFTER_DAY, _CHAIN_YEAR_AFTER_DAY) stand anywhere in it."""
    limited = _LIMITED_TIME_OPENING.search(sent)
    return (len(sent) if limited is None else limited.start(), _COPULA_YEAR_AFTER_DAY.search(sent) is not None,
            _CHAIN_YEAR_AFTER_DAY.search(sent) is not None)


def past_years_day(sent: str, m: Mention, published: dt.date, events: tuple[int, bool, bool]) -> bool:
    """Is weekday `m` (told in the past: the caller asks) the day of an event a past year names ("The only time
    he played in Sunday's final group was at the 2003 U.S. Open", "In 2003, he played in the final group on
    Sunday"): that year's weekday, no day to give. Not a weekday fronted ("On Sunday, he recalled his win at the
    2003 U.S. Open") or a saying's ("said on Sunday that ..."), nor one a verb, a stop, a comparison or another
    clause parts from the year ("won on Sunday, matching his feat at the 2019 U.S. Open", "In 2019, the club won
    the cup, and on Sunday it was relegated"). `events`: the sentence's past_year_events."""
    if _FRONTED_DAY.fullmatch(sent, 0, m.start) or _SAYING_BEFORE_DAY.search(sent, max(0, m.start - 24), m.start):
        return False
    front = _FRONTED_PAST_YEAR.match(sent)
    if front is not None and front.end() <= m.start:
        return int(front["y"]) < published.year and not _YEAR_DAY_CUT.search(sent, front.end(), m.start)
    # the copula's subject a limited "time" ("The only time he played in Sunday's final group was at ..."), the
    # chain's weekday a possessive ("in Sunday's final group at the 2003 U.S. Open"): not a plain subject's
    # adverbial ("Attendance on Sunday was at 2019 World Cup proportions")
    limited_from, copula_year, chain_year = events
    event = _COPULA_YEAR_AFTER_DAY.search(sent, m.end) \
        if copula_year and _LIMITED_TIME.search(sent, limited_from, m.start) else None
    if event is None and chain_year and m.text.endswith(("'s", "’s")):
        event = _CHAIN_YEAR_AFTER_DAY.search(sent, m.end)
    if event is None or int(event["y"]) >= published.year or _YEAR_MEASURE_AFTER.match(sent, event.end("y")):
        return False
    gap = sent[m.end:event.start()]
    return not _YEAR_DAY_CUT.search(gap) and not has_tense_marker(gap)


_PLAN_WINDOW = 160


def past_plan_before(sent: str, start: int) -> bool:
    """Whether the clause before a weekday tells a plan in the past ("were expected to return to
    school Tuesday") with no verb of its own after the plan's ("was scheduled to play Tuesday but
    was called off", "was expected to say he had resigned Tuesday" keep their past)."""
    lo = clause_opening(sent, start, CLAUSE_WINDOW)
    through = _REPORTED_THROUGH.search(sent, lo, start)
    if through and _REPORTING_BEFORE.search(sent, lo, through.start()):
        return True  # "the airline said flights were canceled through Sunday": what holds as it is reported
    plan_end = None
    # (as far back as the clause's own window, tense._clause_tense's 160 characters: "was expected to cross the
    # Queensland state coast along a sparsely populated 60-mile stretch between the towns of Ayr and Bowen early
    # Tuesday")
    for plan in _TOLD_PLAN.finditer(sent, max(lo, start - _PLAN_WINDOW), start):
        plan_end = plan.end()
    if plan_end is not None:
        return not has_tense_marker(sent[plan_end:start])
    # the plan's objects joined by "and" or commas, the day after the last: "was expected to reach the
    # Bahamas and the Florida coast by Saturday" (no verb, no clause of its own between)
    for plan in _TOLD_PLAN.finditer(sent, max(0, start - _PLAN_WINDOW), lo):
        plan_end = plan.end()
    if plan_end is None:
        return False
    # ... or a clause of time in the present between them, the plan's own future: "was expected to become a
    # hurricane when it makes landfall on Thursday night" (not "when it moved inland": a past of its own)
    gap = _PRESENT_WHEN_CLAUSE.sub(_present_when, sent[plan_end:start])
    return not has_tense_marker(gap) and not _LIST_ITEM_STOP.search(gap)


# A clause of time told in the present: "when it makes landfall", "once it reaches", "after he lands".
# The subject a pronoun, a name ("when Ian reaches") or a determiner and up to two words ("when the storm system
# makes"), its verb in -s; or "they"/"we" and a plain verb ("when they make landfall"; a past form of its own,
# "when they made", is kept: _present_when).
_PRESENT_WHEN_CLAUSE = re.compile(r"\b(?:when|once|after|before|until|as\s+soon\s+as)\s+"
                                  r"(?:(?:it|he|she|(?:the|its|his|her|their)\s+[a-z'’-]+(?:\s+[a-z'’-]+)?|"
                                  r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+(?:[a-z]+ly\s+)?"
                                  r"(?-i:(?!was\b|has\b)[a-z]+[a-rt-z]s)|"
                                  r"(?:they|we)\s+(?:[a-z]+ly\s+)?(?-i:(?!were\b|had\b|did\b)[a-z]+))\b", re.IGNORECASE)


def _present_when(found: re.Match) -> str:
    """_PRESENT_WHEN_CLAUSE's match blanked out, unless its verb is a past ("when they made")."""
    return found[0] if has_past_marker(found[0]) else " "


# What a past clause names as planned or foreseen for a day, with no verb of its own: a warning or a
# rating "issued for" it, "the prospect of reopening the border on", "with landfall anticipated on"
# (an absolute phrase's participle of foresight; not "with more rain than expected on").
_PLAN_NAMED = re.compile(r"\bissued\s+for\s+(?:(?:late|early)\s+)?$|"
                         r"\b(?:prospects?|possibility|possibilities|likelihood|plans?|proposals?|idea|options?|hopes?)"
                         r"\s+(?:of|for)\s+(?-i:[a-z]+ing)\b|"
                         # what is called off is named for its day, still ahead when the call is made:
                         # "forcing the cancellation of games Saturday night", "forced to postpone the vote Monday"
                         r"(?P<off>\b(?:cancell?ations?|postponements?)\s+of\b|"
                         r"\bto\s+(?:cancel|postpone|call\s+off|scrap|scrub)\b)|"
                         r"\bwith\s+(?:[\w'’.-]+\s+){1,4}?(?<!\bthan\s)(?<!\bas\s)"
                         r"(?:expected|anticipated|forecast|predicted|projected)\b", re.IGNORECASE)
# The word right after a weekday.
_NEXT_WORD = re.compile(r"\s+[\w'’-]+")


def plan_named_before(sent: str, m: Mention) -> bool:
    """Whether the clause before a weekday, told in the past, names what was planned or foreseen for
    that day (_PLAN_NAMED), with no verb between it and the day nor right after the day (the phrase
    is then a subject: "hopes of winning the title on Sunday were dashed" keeps its past)."""
    lo = clause_opening(sent, m.start, CLAUSE_WINDOW)
    plan = None
    for found in _PLAN_NAMED.finditer(sent, max(lo, m.start - 120), m.start):
        plan = found
    if plan is None or has_tense_marker(sent[plan.end():m.start]):
        return False
    if plan_object_of_past(sent, plan.start()):
        return False  # "rejected plans for building a stadium on Thursday": the rejection's day
    if plan["off"] and _REPORTING_BEFORE.search(sent, lo, plan.start()):
        return False  # "The league announced the cancellation of games Friday": the day may be the saying's
    if _CALLING_OFF_NAMED.match(plan[0]) and (
            _JUDGED_BEFORE.search(sent, lo, plan.start()) or past_told_after(sent, m.end)):
        return False
    word = _NEXT_WORD.match(sent, m.end)
    return word is None or not has_tense_marker(word[0])


# A day that a past clause sets ahead of its telling (issue 12, weekdays dated a week early): a time
# allowed up to it ("had until Friday to", "was given until Saturday", "gave the company until"), a
# deadline's ("set a deadline of Thursday"), an order's or a request's infinitive due by it ("was
# ordered to surrender to authorities by Thursday"), a call for a collective action on it ("called for
# protests on Friday", "called a strike for Thursday", "urged supporters to rally Saturday"), a measure
# told from it on ("announced a curfew starting Friday", "imposed a ban effective Monday") or a
# forecast's object ("predicted snow Saturday"). Not a state that lasted up to it ("remained closed
# until"), a call without its "for" ("called a strike Wednesday": the calling's day may be meant).
# A limit's hour before its day, and its "on": "to evacuate no later than 4:00 p.m. on Sunday", "by noon Friday".
_LIMIT_CLOCK = r"(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d|noon|midnight)\s+(?:on\s+)?)?"
_DEADLINE_OR_CALL_RX = (
    # (not a past perfect's state up to it, "had been unbeaten until Saturday": over by then, as
    # tense._PERFECT_UNTIL reads it; "had been given until" is the time allowed again)
    r"(?:\b(?:had(?!\s+been\b)|given|granted|gave)\s+(?:[\w'’-]+\s+){0,3}?(?:until|till)\s+"
    r"|\bdeadlines?\s+(?:of|for)\s+"
    r"|\b(?:ordered|told|asked|required|directed|instructed|given|summoned|urged|advised)\s+(?:[\w'’-]+\s+){0,3}?to\s+"
    r"(?P<order>(?:[\w'’-]+\s+){1,6}?)(?:by|before|until)\s+" + _LIMIT_CLOCK +
    r"|\bcall(?:ed|s|ing)?\s+(?:for\s+(?P<callfor>(?:[\w'’-]+\s+){0,3}?)(?:general\s+)?"
    r"(?:strikes?|protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|walkouts?|boycotts?|shutdowns?|sit-ins?|"
    r"vigils?)\s+(?:on\s+)?|(?P<called>(?:[\w'’-]+\s+){0,3}?)(?:strikes?|protests?|rall(?:y|ies)|demonstrations?|"
    r"march(?:es)?|walkouts?|boycotts?|shutdowns?|sit-ins?|vigils?)\s+for\s+)"
    r"|\b(?:urged|encouraged|invited|called\s+on)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:rally|protest|march|strike|"
    r"gather|demonstrate|vote|boycott|attend|join|walk\s+out|turn\s+out)\b(?P<urged>(?:\s+[\w'’-]+){0,4}?)\s+(?:on\s+)?"
    # a directive's infinitive of coming or appearing: "were told to return Monday", "was ordered to
    # appear in court Thursday", "asked volunteers to arrive early Saturday"
    r"|\b(?:ordered|told|asked|instructed|directed|summoned|urged|advised|invited|called\s+on)\s+"
    r"(?:[\w'’-]+\s+){0,3}?to\s+(?:return|report|appear|arrive|come\s+back|go\s+back|reconvene|testify|show\s+up|"
    r"check\s+in|stay\s+(?:home|indoors|inside|off\s+(?:the\s+)?(?:roads?|streets)))\b"
    r"(?P<coming>(?:\s+[\w'’-]+){0,4}?)\s+(?:(?:early|late)\s+)?(?:on\s+)?"
    # an invitation to a place or a meeting on the day, active ("invited opposition leaders to talks on Monday",
    # "invited European leaders to the capital on Monday"; not "were invited to the White House on Monday",
    # which may tell the visit), and an order that places be closed ("ordered state offices closed Thursday")
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\binvit(?:ed|es)\s+(?P<invited>(?:[\w'’-]+\s+){1,12}?)to\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:on\s+)?"
    r"|\bordered\s+(?P<closedobj>(?:[\w'’-]+\s+){1,4}?)(?:closed|shut|evacuated)\s+(?:on\s+)?"
    # a happening named for the day: "announced a strike for Friday", "scheduled a hearing for Monday"; a
    # schedule or timetable for the day names the day it covers, not its issuing
    r"|\b(?:a|an|the|its|their|his|her)\s+(?P<happening>(?:[\w'’-]+\s+){0,2}?)(?:strikes?|walkouts?|protests?|"
    r"rall(?:y|ies)|march(?:es)?|votes?|elections?|referendum|meetings?|session|hearings?|summit|talks|debates?|"
    r"games?|match|final|races?|concerts?|shows?|parade|ceremony|launch|opening|premiere|vigil|funeral|memorial|"
    r"(?:news|press)\s+conference|briefing|sentencing|trial|arraignment|auction|festival|"
    # ... or a schedule or timetable issued for the day: "updated its outage schedules for Sunday"
    r"schedules?|timetables?)\s+for\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?"
    # a latest day for what is to be done: "moved to set up a vote no later than Monday" (not "arrived no later
    # than Friday")
    r"|\bto\s+(?P<nolater>(?:[\w'’-]+\s+){1,10}?)no\s+later\s+than\s+" + _LIMIT_CLOCK +
    # a calling off for the day: "canceled classes for Wednesday", "have called off classes on Wednesday" (a
    # present perfect names no past day of its own)
    r"|\b(?:cancell?ed|called\s+off|postponed|closed)\s+(?P<offfor>(?:[\w'’-]+\s+){1,6}?)for\s+"
    r"|\b(?:has|have)\s+(?:already\s+|also\s+)?(?:cancell?ed|called\s+off|closed|postponed|shifted)\s+"
    r"(?P<perfoff>(?:(?!(?:since|every|each|through|until)\b)[\w'’-]+\s+){1,6}?)(?:on|for)\s+"
    # a happening a present perfect set, the day after its object (the perfect names no past day of its
    # own): "has announced a general strike across the country on Sunday", "have called a shutdown on Monday"
    r"|\b(?:has|have)\s+(?:already\s+|also\s+)?(?:announced|called|declared|scheduled|organi[sz]ed|planned|slated)\s+"
    r"(?P<perfset>(?:a|an|the)\s+(?:(?!(?:since|every|each|through|until|that|which|who)\b)[\w'’-]+\s+){1,6}?)"
    r"(?:on|for)\s+"
    # ... and a plural's with no article, the day after its "for" ("have announced school and office closures for
    # Wednesday"; not a pronoun, nor "on", which may tell the announcing day: "has announced layoffs on Monday")
    r"|\b(?:has|have)\s+(?:already\s+|also\s+)?(?:announced|called|declared|scheduled|organi[sz]ed|planned|slated)\s+"
    r"(?P<perfsetfor>(?!(?:it|them|him|her|this|these|those|us|me|you|so)\b)"
    r"(?:(?!(?:since|every|each|through|until|that|which|who)\b)[\w'’-]+\s+){1,6}?)for\s+"
    # ... and a present perfect of asking or urging, the day in the infinitive it governs: "has urged students
    # to check their email before leaving on Wednesday morning", "have advised drivers to avoid the bridge on Friday"
    r"|\b(?:has|have)\s+(?:already\s+|also\s+)?(?:urged|asked|advised|told|instructed|reminded|encouraged|"
    r"called\s+on)\s+"
    r"(?P<perfask>(?:(?!(?:who|which|that|since|every|each)\b)[\w'’-]+\s+){1,3}?to\s+"
    # (no happening of the object's that may have come and gone: "asked his players to forget the loss on Monday")
    r"(?:(?!(?:who|which|that|since|every|each|loss(?:es)?|wins?|defeats?|victory|attacks?|crash(?:es)?|fires?|"
    r"shootings?|storms?|incidents?|accidents?|games?|match(?:es)?|clash(?:es)?|blasts?|(?:earth)?quakes?|"
    r"floods?|protests?|rall(?:y|ies)|riots?|meetings?)\b)[\w'’-]+\s+){1,8}?)(?:(?:early|late)\s+)?(?:on\s+)?"
    # a closure or a warning told over a span up to the day: "closed schools through Friday", "cancelled all
    # flights until Wednesday", "warned of heavy rain through Saturday" (active: the decision's news; not the
    # passive's state, "flights were canceled through Sunday", as _REPORTED_THROUGH)
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:closed|shut|cancell?ed|suspended|halted|grounded|banned|extended|"
    r"warned\s+of)\s+"
    r"(?P<span>(?:(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)[\w'’-]+\s+){1,4}?)(?:through|thru|until|till)\s+"
    r"|\b(?:announced|ordered|imposed|declared|issued|approved|extended)\s+(?P<measure>(?:[\w'’-]+\s+){1,4}?)"
    r"(?:starting|beginning|effective)\s+(?:on\s+)?"
    r"|\b(?:predicted|forecast|forecasted)\s+(?P<fcast>(?:(?!(?:that|on|for|from|to|through|until|by|in|at|"
    r"this|last|next)\b)[\w'’-]+\s+){1,4}?)(?:on\s+|for\s+)?"
    r")$")
# (searched in the 120 characters before a weekday, it is entered at each of their positions, each of its seventeen
# alternatives tried there: a look-ahead for the first four characters one can open with, read from the pattern
# (recognition.head_gate, as tense._TENSE_LOW's), turns most positions away first: ~2.6x fewer instructions, the
# same matches; under re.IGNORECASE the look-ahead's letters match as the pattern's own do)
_DEADLINE_OR_CALL = re.compile(f"(?={head_gate(_DEADLINE_OR_CALL_RX)})(?:{_DEADLINE_OR_CALL_RX})", re.IGNORECASE)
_DEADLINE_OR_CALL_GAPS = ("order", "callfor", "called", "urged", "coming", "invited", "closedobj", "happening",
                          "nolater", "offfor", "perfoff", "perfset", "perfsetfor", "perfask",
                          "span",
                          "measure", "fcast")


# "after" and a happening named, no verb: "Saturday after a bomb threat".
_AFTER_HAPPENING_NAMED = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s+after\s+(?:a|an|the)\s",
                                    re.IGNORECASE)
_JOINED_PARTICIPLE = re.compile(r"\b(?:or|and)\s+(?:cancell?ed|called\s+off|closed|postponed|shifted|moved|switched|"
                                r"delayed)\b", re.IGNORECASE)


def deadline_or_call_before(sent: str, m: Mention, coming_only: bool = False) -> bool:
    """Whether the words right before a weekday, in its clause, set the day ahead of a past telling
    (_DEADLINE_OR_CALL), with no verb of their own between the setting and the day nor a clause after
    the day telling how it went ("called for protests on Friday that drew thousands"). `coming_only`:
    only a directive's infinitive of coming or appearing ("were told to return Monday")."""
    lo = clause_opening(sent, m.start, CLAUSE_WINDOW)
    found = _DEADLINE_OR_CALL.search(sent, max(lo, m.start - 120), m.start)
    if found is None and lo > 0:
        # the order's objects joined by "and": "were told to clear the roads and the bridges by Friday" (read
        # from the last stop before the day: "Taipei, July 3 (AP) Cities have announced school and office
        # closures for Wednesday")
        start = max(0, m.start - 120)
        for stop in _LIST_ITEM_STOP.finditer(sent, start, m.start):
            start = stop.end()
        if " and " in sent[start:m.start]:
            found = _DEADLINE_OR_CALL.search(sent, start, m.start)
    if found is None or coming_only and found["coming"] is None:
        return False
    if (found["closedobj"] or found["invited"]) and (
            _AFTER_HAPPENING_NAMED.match(sent, m.end) or
            (told := _TOLD_AFTER_DAY.match(sent, m.end)) and
            (has_past_marker(rest := sub_clause_at(sent, told.end())) or SAME_FORM_PAST_WORD.search(rest))):
        # "ordered state offices closed Thursday as the storm hit", "ordered the mall evacuated Saturday after
        # a bomb threat": an order told with what prompted it, at the time, is of that day gone by (not "as
        # the hurricane approaches", "because of the expected heat")
        return False
    gap = next((found.group(g) for g in _DEADLINE_OR_CALL_GAPS if found.group(g)), "")
    if found["perfoff"]:
        # a second participle the perfect governs: "have canceled classes or shifted to online learning for
        # Wednesday", "have closed schools and called off games on Friday"
        gap = _JOINED_PARTICIPLE.sub(" ", gap)
    if gap and has_tense_marker(gap):
        return False
    if RELATIVE_BEFORE.search(sent, max(0, found.start() - 40), found.start()) and not found["perfoff"]:
        # "Tenants who had until Thursday to leave are now homeless": the main clause tells it (a present
        # perfect's calling off names no past day, in a relative clause as well: "one of the districts
        # that have called off classes on Wednesday")
        return False
    after = sent[m.end:m.end + CLAUSE_WINDOW]
    cut = _OUTCOME_OPEN.search(after)
    if has_past_marker(after) or cut and ed_verb_after(after, cut.end()) or same_form_outcome_after(sent, m.end):
        # "predicted heavy rain Thursday, and rivers overflowed by evening": how the day went, told in the
        # clause after the cut (not "cancelled classes for Tuesday due to the enhanced monsoon and the
        # typhoon": an adjective before the "and")
        return False
    word = _NEXT_WORD.match(sent, m.end)
    if word is not None and has_tense_marker(word[0]) or past_told_after(sent, m.end):
        return False
    rel = _RELATIVE_AFTER_DAY.match(sent, m.end)
    if rel is not None:  # "called for protests on Friday that drew thousands": how the day went
        return not has_past_marker(sub_clause_at(sent, rel.end()))
    return True


# A collective action called for a day, told as the subject of an active past verb right after the
# day ("The strike called for Wednesday shut down the ports", "The protest called for Friday drew
# thousands"): the call's "for" reads ahead, but the happening's own verb tells how the day went, so
# the day is gone by. Not a passive or a state ("The rally called for Friday was banned", "was
# called off": it may not have come yet), nor a call with its own subject ("The union called for
# calm Wednesday").
_CALLED_HAPPENING = re.compile(
    r"\b(?:strikes?|protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|walkouts?|boycotts?|shutdowns?|"
    r"sit-ins?|vigils?)\s+(?:(?:first|originally|initially|later)\s+)?called\s+for\s+(?:on\s+)?$", re.IGNORECASE)
_VERB_AFTER_CALLED_DAY = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s+(?P<verb>[a-z]+)\b")
_NOT_OUTCOME_VERB = frozenset("was were had has have is are will would could can may might must should "
                              "shall did does do".split())
_PAST_SAME_FORM = frozenset("shut hit cut spread cost".split())


def called_happening_went(sent: str, m: Mention) -> bool:
    """Whether a weekday ends a collective action "called for" it and an active past verb of that
    action follows the day (_CALLED_HAPPENING)."""
    if not _CALLED_HAPPENING.search(sent, max(0, m.start - 60), m.start):
        return False
    verb = _VERB_AFTER_CALLED_DAY.match(sent, m.end)
    if verb is None or verb["verb"] in _NOT_OUTCOME_VERB:
        return False
    return verb["verb"] in _PAST_SAME_FORM or has_past_marker(verb["verb"])


ED_WORD = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b[a-z]{3,}ed\b")


# An article or a possessive: the -ed word after one is an adjective (not "this", "that", "these",
# "those": as often a pronoun subject, "and that angered fans").
_ADJECTIVE_DETERMINERS = DETERMINERS - {"this", "that", "these", "those", "of"}


def ed_verb_after(text: str, pos: int) -> bool:
    """Whether text[pos:] holds an -ed word (ED_WORD) that is no adjective after an article or a
    possessive ("due to the expected rainfall", "its affected schools")."""
    for found in ED_WORD.finditer(text, pos):
        prev = text[max(0, found.start() - 12):found.start()].split()
        if not prev or prev[-1].lower() not in _ADJECTIVE_DETERMINERS:
            return True
    return False
# A past whose form is its bare verb's ("and the ports shut down"), not that bare verb after a modal
# or "to" ("and the ports could shut down": still to come).
SAME_FORM_PAST_WORD = re.compile(r"(?<!\bto\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bwill\s)(?<!\bmust\s)"
                                 r"(?<!\bcould\s)(?<!\bwould\s)(?<!\bmight\s)(?<!\bshould\s)"
                                 rf"\b(?:{'|'.join(sorted(_PAST_SAME_FORM))})\b")
_RELATIVE_AFTER_DAY = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s+(?:that|which|who)\s+",
                                 re.IGNORECASE)


def outcome_opens_between(sent: str, lo: int, hi: int) -> bool:
    """Whether a clause of its own opens between lo and hi (_OUTCOME_OPEN: ";", a dash, "and", "but", "yet")."""
    return _OUTCOME_OPEN.search(sent, lo, hi) is not None


def same_form_outcome_after(sent: str, end: int) -> bool:
    """Whether a clause of its own after a day tells how it went by a past in its bare verb's form ("and the
    storm hit", "but the ports shut anyway"), which has_past_marker leaves aside."""
    after = sent[end:end + CLAUSE_WINDOW]
    cut = _OUTCOME_OPEN.search(after)
    return cut is not None and SAME_FORM_PAST_WORD.search(after, cut.end()) is not None


# What ends an announcing's object before its day: another clause or the announcing's own time ("announced on
# Thursday", "announced that ...", "announced layoffs after ...").
_NOT_IN_OBJECT = r"(?!(?:on|that|and|but|after|before|when|while|because|who|which)\b)"
# An announcing or an ordering (its verb with an ending, in lower case: not the name "Hugh Grant") with its object,
# right before "for <weekday>" or before a count of days "of" a doing listed "on <weekday>" (its list's earlier days
# and "and" between): "announced remote learning for Thursday", "announcing two more days of remote learning for
# Dubai schools on Thursday and Friday" (the days announced; not the announcing's own day, "announced on
# Thursday", "announced layoffs on Thursday").
_ANNOUNCED_FOR_DAY = re.compile(
    r"\b(?P<verb>(?-i:[Aa]nnounc(?:e[sd]?|ing)|[Dd]eclar(?:e[sd]?|ing)|[Oo]rder(?:s|ed|ing)|[Aa]pprov(?:e[sd]?|ing)|"
    r"[Gg]rant(?:s|ed|ing)))\s+"
    rf"(?P<obj>(?:{_NOT_IN_OBJECT}[\w'’-]+\s+){{1,8}}?)"
    rf"(?:for\s+|(?<=\bdays\s)of\s+(?:{_NOT_IN_OBJECT}[\w'’-]+\s+){{1,6}}?(?P<on>on\s+))"
    rf"(?:{WD}(?:\s*,\s*|\s+and\s+))*$", re.IGNORECASE)
ANNOUNCING_WORDS = ("announc", "declar", "order", "approv", "grant")
# What is announced after its day: a result or a measure of it ("the winning numbers for Friday", "an attendance
# of 61412 for Saturday", "a new heat record for Saturday", "closing prices", "its TV ratings"), or a number
# right before "for".
_RESULT_ANNOUNCED = re.compile(r"\b(?:numbers?|results?|figures?|totals?|records?|attendance|turnout|scores?|counts?|"
                               r"tall(?:y|ies)|toll|winners?|statistics|data|prices|rates|ratings|rankings|standings|"
                               r"readings|odds|grades|sales|earnings|profits|crowds?|gates?|yields|rainfall)\b|"
                               r"\d\s+$", re.IGNORECASE)
# What an announcing names "for" a day as its plan (rv35: a closed list of results leaks one noun at a time): a day
# off or of something ("snow day", "a holiday", "a day of mourning"), a stop or a change of the day's doings
# ("remote learning", "closures", "a curfew", "a lockdown", "early dismissal", "extended bar hours", "free rides"),
# a happening set for it ("a strike", "a replay", "a special draw", "a sale", "a vigil") or an order's ("flags
# lowered", "a state of emergency").
_PLAN_ANNOUNCED = re.compile(
    r"\b(?:(?:snow|rain|heat|storm|free|half|rest)\s+days?|holidays?|days?\s+(?:off|of)|mourning|learning|classes|"
    r"school|closures?|closings?|closed|shut(?:downs?)?|curfews?|lockdowns?|evacuations?|dismissals?|hours|free|"
    r"strikes?|walkouts?|protests?|rall(?:y|ies)|march(?:es)?|replays?|draws?|sale|vigils?|ceremon(?:y|ies)|services?|"
    r"parades?|celebrations?|part(?:y|ies)|festivals?|recounts?|votes?|elections?|meetings?|sessions?|hearings?|"
    r"flags?|emergency|bans?|permits?|buses|trains|leave|breaks?|suspensions?|cancell?ations?|postponements?)\b",
    re.IGNORECASE)
# The count of days before "days of" ("two more days of remote learning on Thursday and Friday").
_DAYS_COUNT = re.compile(r"\b(?P<n>[a-z]+|\d+)\s+(?:(?:more|further|additional|extra)\s+)?days\s+$", re.IGNORECASE)
_DAY_LIST = re.compile(rf"(?:{WD}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*{WD}", re.IGNORECASE)
_ONE_DAY = re.compile(WD, re.IGNORECASE)


def announced_for_before(sent: str, m: Mention) -> re.Match | None:
    """The announcing or ordering that names the weekday `m` for its plan (_ANNOUNCED_FOR_DAY), a plan told in the
    past: its days are the nearest such ones. None when what is announced is a result, after its day
    (_RESULT_ANNOUNCED); when a count of days is not the number of days listed ("ordered 30 days of quarantine on
    Friday": the ordering's day); when the announcing is a relative clause's ("The school, which announced a
    closure for Friday, reopened on Monday": the main clause tells it); or when a clause after the day tells how
    it went ("..., and the ports were shut all day", "..., and the storm hit", "..., which showed Smith won",
    "... when it hit 104 degrees")."""
    if not may_hold(sent, ANNOUNCING_WORDS):
        return None
    # (200 characters: the verb, up to 8 words of object and 6 of a days-of doing, and a list's earlier days)
    found = _ANNOUNCED_FOR_DAY.search(sent, m.start - 200 if m.start > 200 else 0, m.start)
    if found is None or _RESULT_ANNOUNCED.search(found["obj"]) or \
            not found["on"] and not _PLAN_ANNOUNCED.search(found["obj"]):
        return None
    if found["verb"][0].isupper() and sent[:found.start()].strip(" \"'“‘(") != "":
        return None  # a capital inside the sentence: a name ("Hugh Grant"), not the verb
    if found["on"]:
        count = _DAYS_COUNT.search(found["obj"])
        listed = _DAY_LIST.match(sent, found.end("on"))
        n = count and (int(count["n"]) if count["n"].isdigit() else NUMBERS.get(count["n"].lower()))
        if not n or listed is None or len(_ONE_DAY.findall(listed[0])) != n:
            return None
    if RELATIVE_BEFORE.search(sent, found.start() - 40 if found.start() > 40 else 0, found.start()):
        return None
    if outcome_after(sent, m.end) or told_outcome_after(sent, m.end) or same_form_outcome_after(sent, m.end) or \
            past_told_after(sent, m.end):
        return None
    rel = _RELATIVE_AFTER_DAY.match(sent, m.end)
    if rel is not None and has_past_marker(sub_clause_at(sent, rel.end())):
        return None
    return found


# A calling off named (_PLAN_NAMED) that the clause judges as done ("Officials blamed the cancellation
# of the race Saturday on high winds", "Fans criticized the postponement of the match Saturday") or
# that a past clause after its day tells how the day went ("forced the cancellation of a rally Saturday
# after clashes broke out", "when fans stormed the pitch"; not a reason foreseen, "after the forecast
# worsened"): the day is the last such one, gone by.
_CALLING_OFF_NAMED = re.compile(r"(?:cancell?ations?|postponements?|to\s)", re.IGNORECASE)
_JUDGED_BEFORE = re.compile(r"\b(?:blamed|criticized|criticised|defended|regretted|protested|explained|justified|"
                            r"lamented|mourned|apologi[sz]ed\s+for|questioned|condemned|welcomed|defended)\b",
                            re.IGNORECASE)
_TOLD_AFTER_DAY = re.compile(r"\s+(?:(?:night|morning|afternoon|evening)\s+)?,?\s*(?:after|when|as|because)\s+",
                             re.IGNORECASE)


def past_told_after(sent: str, end: int) -> bool:
    """Whether a subordinate clause right after a day tells in the past what happened ("Saturday after
    clashes broke out", "Saturday night when fans stormed the pitch")."""
    opening = _TOLD_AFTER_DAY.match(sent, end)
    if opening is None:
        return False
    rest = sub_clause_at(sent, opening.end())
    return has_past_marker(rest) and not _FORESIGHT.search(rest)


_SUB_CLAUSE_END = re.compile(r"[,;:.—–]")


def sub_clause_at(sent: str, start: int) -> str:
    """The words of a subordinate clause that opens at `start`, up to its first stop (60 characters
    at most)."""
    rest = sent[start:start + 60]
    cut = _SUB_CLAUSE_END.search(rest)
    return rest[:cut.start()] if cut else rest


# A reason foreseen for calling a day off, not how the day went ("after the forecast worsened").
_FORESIGHT = re.compile(r"\b(?:forecasts?|warnings?|warned|threats?|threatened|predict\w*|expected|fears?|feared|"
                        r"concerns?|worries|alerts?|watch(?:es)?)\b", re.IGNORECASE)


# A fixture or a meeting named in a verbless absolute phrase after a comma ("The team lost on Sunday,
# with a rematch on Thursday", "The bill passed the House, with a Senate vote on Friday", "The
# hearing was adjourned, with a new hearing on Monday"): what is scheduled, told with no verb after
# what was done, is still to come; not a result ("with a win on Thursday", "with a 3-1 loss in the
# final on Sunday"), nor one whose outcome follows ("with the rematch on Thursday ending 2-2").
_FIXTURE_WITH = re.compile(
    r",\s+with\s+(?:a|an|the|its|their|his|her|another)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<fx>re-?match|replay|games?|contests?|match(?:es)?|matchups?|bouts?|fixtures?|showdown|clash|"
    r"(?:semi-?|quarter-?)?finals?|decider|leg|tie|opener|play-?offs?|derby|friendly|kickoff|tip-?off|race|"
    r"votes?|run-?off|ballot|referendum|hearing|trial|meeting|summit|talks|debate|session|sitting)\b"
    r"(?:\s+(?!on\b)[\w'’.-]+){0,6}?\s+(?:on\s+)?$", re.IGNORECASE)
_RESULT_WORDS = re.compile(r"\b(?:wins?|won|loss(?:es)?|lost|defeats?|victor(?:y|ies)|draws?|drew|goals?|points?|"
                           r"scored?|beat|record|crowd|attendance|turnout)\b|\d+-\d+", re.IGNORECASE)
_CLAUSE_CUT_AFTER = re.compile(r"[,;:—–()]|\s-\s|\b(?:and|but|while|as|when|after)\b")
_VERB_FORM = re.compile(r"\b(?:[a-z]+ing|[a-z]+ed|seen|held|won|lost|played|shown|given|taken|set|called|put|cut|"
                        r"thought|considered|expected)\b")
_SCORE_OR_PAST_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:ending|finishing|ended|finished|\d+-\d+)", re.IGNORECASE)


def fixture_with(sent: str, m: Mention) -> int | None:
    """Where the verbless "with" phrase after a comma that a weekday closes starts, when it names a
    fixture or a meeting (_FIXTURE_WITH), no result in it, no verb in it nor after the day in its
    clause ("with the game on Thursday drawing 40,000", "with the vote on Sunday seen as a test")."""
    lo = m.start - 100 if m.start > 100 else 0
    if "with" not in sent[lo:m.start]:
        return None
    found = _FIXTURE_WITH.search(sent, lo, m.start)
    if found is None:
        return None
    if _one_of_those_told(sent, found):
        return None
    phrase = sent[found.start():m.start]
    rest = sent[m.end:]
    cut = _CLAUSE_CUT_AFTER.search(rest)
    rest = rest[:cut.start()] if cut else rest
    if _RESULT_WORDS.search(phrase) or has_tense_marker(phrase) or _SCORE_OR_PAST_AFTER.match(sent, m.end) or \
            has_tense_marker(rest) or _VERB_FORM.search(rest):
        return None
    return found.start()


# "with the last match", "with the second vote": one picked by its place in a set.
_WITH_THE_NTH = re.compile(r",\s+with\s+the\s+(?:last|final|latest|first|second|third|fourth|fifth|sixth|seventh)\s+"
                           r"(?P<noun>[a-z-]+?)(?:e?s)?\b", re.IGNORECASE)


def _one_of_those_told(sent: str, found: re.Match) -> bool:
    """Whether the "with the <nth> ..." phrase `found` picks one of the fixtures its clause before told
    of in the plural ("The club played four matches in eight days, with the final match on Sunday",
    "held three sessions, with the last session on Tuesday"): one of those done, no fixture to come
    (not "with a fifth match on Sunday", nor "split two games, with the deciding game on Sunday")."""
    nth = _WITH_THE_NTH.match(sent, found.start())
    if nth is None:
        return False
    return re.search(rf"\b{re.escape(nth['noun'])}e?s\b", sent[:found.start()], re.IGNORECASE) is not None


# A series or a competition told as finished before the "with" phrase ("The Hawks swept the series, with the
# decisive game on Sunday", "won the title, with the final on Saturday"): its fixture is one of those played.
_SERIES_DONE_BEFORE = re.compile(r"\b(?:swept|won|clinched|sealed|completed|wrapped\s+up|took|lost)\s+"
                                 r"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:series|title|championship|tournament|cup|league|"
                                 r"pennant|crown)\b", re.IGNORECASE)


def fixture_with_before(sent: str, m: Mention) -> bool:
    """Whether a weekday closes a fixture_with phrase after a past clause (not after a series told finished)."""
    at = fixture_with(sent, m)
    return at is not None and has_past_marker(sent[:at]) and _SERIES_DONE_BEFORE.search(sent, 0, at) is None


# A plan told in the past with its own verb: "expected to return", "planned to leave", "had intended to go".
_OWN_PAST_PLAN = re.compile(r"\b(?:planned|intended|expected|hoped|aimed)\s+to\s+(?:be\s+)?[a-z]+\b", re.IGNORECASE)
# ... not a present or a passive one: "is expected to", "are planned to", "was expected to" (see _TOLD_PLAN).
_BE_WORDS = frozenset("is are am was were be been being 's 're ’s ’re isn't aren't wasn't weren't isn’t aren’t wasn’t "
                      "weren’t".split())


def own_past_plan_before(sent: str, start: int) -> bool:
    """Whether the clause before a weekday tells a plan in the past with its own verb ("expected to
    return Thursday", "planned to leave on Friday"), with no verb of its own after the plan's."""
    lo = clause_opening(sent, start, CLAUSE_WINDOW)
    plan = None
    for found in _OWN_PAST_PLAN.finditer(sent, max(lo, start - 120), start):
        plan = found
    if plan is None or has_tense_marker(sent[plan.end():start]):
        return False
    # the two words before the plan's verb: "was not expected", "wasn't expected", "is also expected"
    words = sent[max(0, plan.start() - 24):plan.start()].lower().split()[-2:]
    return not any(w in _BE_WORDS or w.endswith(("'s", "’s", "'re", "’re")) for w in words)


# A schedule told as one that no longer holds or that is over (issue 12): a past perfect ("had been
# set for Monday", "had been due to vote Monday", "which had called a strike for Wednesday"), an
# original plan ("originally scheduled for Wednesday", "was initially due to"), or a schedule apposed
# between commas before a past main verb ("The vote, scheduled for Friday, passed easily"). Like
# _OWN_PAST_PLAN, it names the nearest such day: the last one when it lies at most three days back.
_SUPERSEDED_PLAN = re.compile(
    r"(?:\bhad\s+(?:(?:also|already|originally|initially|first)\s+)?been\s+|"
    r"\b(?:originally|initially|first)\s+)"
    r"(?:set|scheduled|slated|planned|due|expected|supposed|meant|billed)\s+(?:to\s+(?:be\s+)?[a-z]+|for|on)\b|"
    r"\bhad\s+(?:(?:already|originally|initially|first)\s+)?(?:called|scheduled|set|planned|slated)\s+"
    r"(?:[\w'’-]+\s+){0,3}?for\s+$", re.IGNORECASE)
_APPOSED_SCHEDULE = re.compile(r",\s*(?:set|scheduled|slated|planned|due)\s+(?:for|on)\s+$", re.IGNORECASE)
_APPOSED_END = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*,\s*(?P<verb>[\w'’-]+(?:\s+[\w'’-]+)?)")


# After a superseded plan's day, words that say the plan or its happening still lies ahead ("will now
# be played", "still plans to", "is still on", "has been pushed to"), or a re-scheduling told after the
# day ("was canceled Monday", "was postponed Wednesday"): the day may be the coming one.
_STILL_AHEAD_AFTER = re.compile(r"\b(?:will|still|now|is|are|has|have|plans?)\b", re.IGNORECASE)
_RESCHEDULED = re.compile(r"\b(?:cancell?ed|postponed|moved|pushed|delayed|rescheduled|put|called|shifted|"
                          r"scrapped|scrubbed)\b", re.IGNORECASE)


_STILL_AHEAD_WORDS = ("will", "still", "now", "is", "are", "has", "have", "plan", "plans")


def still_ahead_at(sent: str) -> int:
    """Where the sentence's last _STILL_AHEAD_AFTER word starts (-1: none), found once a sentence: one
    after a weekday is one at or after its end (whole words: no match overlaps another). In an ASCII sentence
    each word's last whole-word place in the lower-cased text, found from the end (~90,000 instructions of the
    pattern's scan over a sentence)."""
    last = -1
    if not sent.isascii():
        for found in _STILL_AHEAD_AFTER.finditer(sent):
            last = found.start()
        return last
    low = sent.lower()
    n = len(low)
    for w in _STILL_AHEAD_WORDS:
        i = low.rfind(w)
        while i > last:
            j = i + len(w)
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")) and \
                    (j == n or not (low[j].isalnum() or low[j] == "_")):
                last = i
                break
            i = low.rfind(w, 0, j - 1)
    return last


def superseded_plan_before(sent: str, m: Mention, still_ahead: int) -> bool:
    """Whether the clause before a weekday tells its plan as superseded or over (_SUPERSEDED_PLAN),
    with no verb of its own after the plan's, or as a schedule apposed between commas whose main
    verb after it is a past ("The vote, scheduled for Friday, passed easily"; not "..., is expected
    to pass"). `still_ahead`: the sentence's still_ahead_at."""
    if still_ahead >= m.end:
        return False  # "..., originally scheduled for Saturday, will now be played Sunday": still ahead
    if _APPOSED_SCHEDULE.search(sent, max(0, m.start - 40), m.start):
        end = _APPOSED_END.match(sent, m.end)
        return end is not None and has_past_marker(end["verb"]) and not _RESCHEDULED.search(end["verb"])
    lo = clause_opening(sent, m.start, CLAUSE_WINDOW)
    plan = None
    for found in _SUPERSEDED_PLAN.finditer(sent, max(lo, m.start - 120), m.start):
        plan = found
    return plan is not None and not has_tense_marker(sent[plan.end():m.start])


# A foresight told in the past perfect, its content with "would": "The center had said last week that
# storms would hit the Plains on Tuesday", "Forecasters had warned the river would crest Friday" (not a
# simple past, "Officials said last week the bridge would open on Monday": maybe still ahead).
_HAD_SAID_WOULD = re.compile(r"\bhad\s+(?:(?:also|already|earlier|repeatedly)\s+)?(?:said|predicted|forecast|"
                             r"warned|projected|announced|signall?ed)\b"
                             r"[^;:!?]*?\bwould\s+(?:(?:not|still|likely|"
                             r"also)\s+)?(?:be\s+)?[a-z]+\b", re.IGNORECASE)


def had_said_would_before(sent: str, m: Mention, lo: int = 0) -> bool:
    """Whether a weekday is the day of what a past perfect saying foresaw with "would"
    (_HAD_SAID_WOULD), no verb between the foreseen verb and the day: a plan or a
    forecast seen from a past before the story's, superseded as _SUPERSEDED_PLAN's (the nearest such
    day). The saying after `lo`, the end of the sentence's day before it: a saying with its own day
    ("had said on Friday that storms would arrive Tuesday") tells the day from that one."""
    lo = max(lo, m.start - 160)
    if "had " not in sent[lo:m.start] or _STILL_AHEAD_AFTER.search(sent, m.end):
        return False
    last = None
    for found in _HAD_SAID_WOULD.finditer(sent, lo, m.start):
        last = found
    return last is not None and not has_tense_marker(sent[last.end():m.start])


# A warning issued in the past that runs "until" a clock time and a day: "The weather service issued a
# tornado watch for three counties until 9 p.m. Wednesday", "Police issued a curfew until noon Sunday"
# (not a state of emergency declared, which may run for weeks).
# A simple past, and no verb of its own between the warning and its "until" ("issued a curfew on Wednesday
# that will last until Monday").
_ISSUED_UNTIL = re.compile(r"\b(?:issued|posted)\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w-]+\s+){0,3}?(?:watch|warning|advisory|alert|curfew)(?:es|s)?\b"
                           r"(?P<between>[^;:!?]{0,120}?)"
                           r"\buntil\s+(?:(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)\s+"
                           r"(?:[A-Z]{2,4}\s+)?)?(?:on\s+)?$", re.IGNORECASE)


# ... not in a perfect, an adverb or two between ("has already issued", "have now issued"): in force now,
# or of an earlier time.
_PERFECT_BEFORE_ISSUED = re.compile(r"\b(?:has|have|had|'s|’s|'ve|’ve)\s+(?:[a-z]+\s+){0,2}?$", re.IGNORECASE)


def issued_until_before(sent: str, m: Mention, lo: int = 0) -> bool:
    """Whether a weekday ends a warning issued in the past (_ISSUED_UNTIL): a watch or an alert runs
    hours or days from its issue, so its last day is the nearest such day, yesterday's in the next
    day's paper, not the coming one. The issuing after `lo`, the end of the sentence's day before it
    (a warning issued on a day of its own runs from that day)."""
    if "until" not in sent[max(0, m.start - 30):m.start]:
        return False
    found = _ISSUED_UNTIL.search(sent, max(lo, m.start - 200), m.start)
    return found is not None and not has_tense_marker(found["between"]) and \
        not _PERFECT_BEFORE_ISSUED.search(sent, max(0, found.start() - 24), found.start())


# A warning issued (in the past or a perfect) that runs "from" (or "between") a clock time and a day: "has issued an
# orange wind warning from 2am on Friday", "a red warning was issued for four counties from 3am Friday": the notice
# is put out before the time it starts, so its day is the nearest such day, as a plan's is (the coming one
# when the last lies further back than three days). One notice, named with its article as the object of the
# finite "issued" ("issued a ... warning") or as the subject of a passive ("a ... warning was issued"): not a
# tally handed out over days ("Officers issued 200 curfew warnings from Friday to Sunday", "Police issued
# warnings from Friday"), nor a participle ("A curfew issued from 10pm Saturday was lifted"). No verb of its own
# between "issued" and "from" ("issued a warning after the river rose from Friday's rain").
_ISSUED_FROM = re.compile(r"\b(?:issued|posted)\b(?P<between>[^;:!?]{0,120}?)"
                          r"\b(?:from|between)\s+(?:(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)\s+"
                          r"(?:[A-Z]{2,4}\s+)?)?(?:on\s+)?$", re.IGNORECASE)
_NOTICE = r"(?:watch|warning|advisory|alert|curfew)\b"
_NOTICE_OBJECT = re.compile(rf"\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?{_NOTICE}", re.IGNORECASE)
_NOTICE_PASSIVE = re.compile(rf"\b(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?{_NOTICE}\s+"
                             r"(?:was|has\s+been|had\s+been|have\s+been|is\s+being|was\s+being)\s+$", re.IGNORECASE)


_TO_SOMEONE = re.compile(r"\bto\s+(?!be\b)", re.IGNORECASE)


def issued_from_before(sent: str, m: Mention) -> bool:
    """Whether a weekday starts one notice issued in the past or a perfect (_ISSUED_FROM, with
    _NOTICE_OBJECT or _NOTICE_PASSIVE), with no past told after the day ("The warning issued from 6am Friday
    expired at noon Saturday", "... has now been lifted")."""
    window = sent[max(0, m.start - 30):m.start]
    if "from" not in window and "between" not in window:
        return False
    found = _ISSUED_FROM.search(sent, max(0, m.start - 200), m.start)
    if found is None or has_tense_marker(found["between"]) or has_past_marker(sent[m.end:]) or \
            _TO_SOMEONE.search(found["between"]):
        return False  # (a warning given "to 40 youths" is a doing over hours, no notice in force)
    return _NOTICE_OBJECT.match(found["between"]) is not None or \
        _NOTICE_PASSIVE.search(sent, max(0, found.start() - 80), found.start()) is not None


# A side named for a match (sports news): "Coach names side for Saturday clash", "Clubs name Friday match
# simulation sides", "United named an unchanged team to face City on Sunday". A side is picked before the
# match, so its day is the nearest such day, as a plan's is (the coming one when the last lies further back
# than three days).
_NAMING = r"(?:names?|named|naming|unveils?|unveiled|unveiling|picks?|picked|picking|selects?|selected|selecting)"
_TEAM_NOUNS = r"(?:sides?|teams?|squads?|line-?ups?|XIs?|XVs?|fifteens?|captains?|skippers?)"
_TEAM_FOR_BEFORE = re.compile(rf"\b{_NAMING}\s+(?:[\w'’-]+\s+){{0,3}}?{_TEAM_NOUNS}\s+"
                              r"(?:for\s+|to\s+(?:face|play|meet|take\s+on)\s+(?:[\w'’.-]+\s+){1,4}?(?:on\s+)?)$",
                              re.IGNORECASE)
# ... the verb active (not "Smith was named Sunday as team captain", "was named Monday to the All-Star team": a person
# named on the day), the words between the day and the side's noun naming the match ("Friday match simulation").
_NAMING_BEFORE = re.compile(rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
                            rf"\b{_NAMING}\s+(?:(?:their|its|his|her|the)\s+)?$", re.IGNORECASE)
_TEAM_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?!(?:to|as|by|in|on|for|of|at|with|after|from|and|or|the|a|an|its|their)\b)"
                         rf"[\w-]+){{1,3}}?\s+{_TEAM_NOUNS}\b", re.IGNORECASE)


def side_named_for_day(sent: str, m: Mention) -> bool:
    """Whether a weekday dates the match a side is named for (_TEAM_FOR_BEFORE), or names it before the
    side's noun after a naming verb ("name Friday match sides": _NAMING_BEFORE and _TEAM_AFTER), with no
    past told after it."""
    lo = max(0, m.start - 90)
    window = sent[lo:m.start].lower()
    if "nam" not in window and "pick" not in window and "select" not in window and "unveil" not in window:
        return False  # (no naming verb: the cheap test first)
    if has_past_marker(sent[m.end:]):
        return False  # "... for Saturday's final, which they lost": the match told as gone by
    return _TEAM_FOR_BEFORE.search(sent, lo, m.start) is not None or \
        _NAMING_BEFORE.search(sent, max(0, m.start - 20), m.start) is not None and \
        _TEAM_AFTER.match(sent, m.end) is not None


_WORD_AT = re.compile(r"[\w'’]+")
# A happening that is no plan, named by the day before it in a headline, beside UNSCHEDULED's ("Monday flood").
_GONE_BY_NOUN_AFTER = re.compile(r"\s+(?:floods?|flooding|storms?|snowstorm|hurricane|arrests?)\b", re.IGNORECASE)


# A headline's source after a colon at its end ("Talks to resume Saturday: U.S.", "Truce to start Monday: U.N. envoy"):
# its dotted initials end no sentence.
_SOURCE_AFTER_COLON = re.compile(r":\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*$")


def headline_plan(sent: str, start: int) -> bool:
    """A headline's "<subject> to <verb> ... <day>" or "<subject> due <day>" (no verb before the
    "to" or "due", none after it but the infinitive): what the headline says is planned. A
    headline's other present ("Gunman opens fire at mall Saturday") tells what happened."""
    if len(sent) > HEADLINE_CHARS:
        return False
    said_by = _SOURCE_AFTER_COLON.search(sent, start)
    if (sent[:said_by.start()] if said_by else sent).rstrip().endswith(SENTENCE_END):
        return False  # (a source named after a colon is no sentence's end: "Talks to resume Saturday: U.S.")
    if sent.isupper():
        # A headline all in capitals ("ZUMA APPEAL TO TAKE PLACE ON TUESDAY", "MAN SENTENCED TO PRISON
        # MONDAY") is read in lower case: its capitals tell neither a name nor a verb's form.
        sent = sent.lower()
    day = _WORD_AT.match(sent, start)
    if day is not None and (UNSCHEDULED.match(sent, day.end()) or _GONE_BY_NOUN_AFTER.match(sent, day.end()) or
                            day[0].endswith(("'s", "’s"))):
        # "Driver to face charges in Friday crash", "SCHOOLS TO REOPEN AFTER MONDAY FLOOD": gone by; a day's
        # possessive ("COACH TO ADDRESS SUNDAY'S LOSS") is the possessive rules' to read, as in sentence case
        return False
    lo = 0
    for cut in _HEADLINE_CLAUSE_CUT.finditer(sent, 0, start):
        lo = cut.end()
    for x in _HEADLINE_TO.finditer(sent, lo, start):
        head = sent[lo:x.start()]
        if not head.strip() or has_tense_marker(head):
            return False  # "Man sentenced to prison Monday": the verb before "to" is the headline's
        if _HEADLINE_OWN_VERB.search(head):
            return False  # "Senate agrees to extend deadline Thursday", "Thousands turn out to honor veterans Sunday"
        verb = x["verb"]
        if verb is None:  # "due"
            return sent[x.end():start].strip().lower() in ("", "on")
        if verb[0].isupper() and not head.strip().istitle():
            return False  # "Trip to Paris Monday": a name after "to" in a headline in sentence case
        return not has_tense_marker(sent[x.end() + len(verb):start]) or \
            verb.lower() == "be"  # "Man to be sentenced Monday"
    return False


def expected_day(sent: str, m: Mention) -> bool:
    """A weekday in a headline's "<something> expected <day>", or after such a day ("into Saturday").
    A headline has no other verb: "Stocks fell more than analysts expected Friday", "The verdict,
    expected Friday, was delayed" and "she expected Friday's vote to be close" tell that day's past."""
    return "xpected" in sent and len(sent) <= HEADLINE_CHARS and any(
        x.end() <= m.end and not sent.startswith(("'s", "’s"), x.end()) and
        not has_tense_marker(sent[:x.start()] + " " + sent[x.end():]) for x in _EXPECTED_DAY.finditer(sent, 0, m.end))


# A month before the vote it names: "the November ballot", "the November general election" (not its
# results, which are of the one gone by) ...
COMING_VOTE = re.compile(r"\s+(?:general\s+|special\s+|presidential\s+|municipal\s+|midterm\s+)?"
                         r"(?:ballot|election|elections|midterms|runoff|referendum)\b"
                         r"(?!\s+(?:results?|returns|outcome|winners?|loss|victory|night)\b)", re.IGNORECASE)
# A line's second verb of a result right after its day ("Rams host Bears Sunday, win 24-10"), and where a
# fixture's own clause ends: a result in a phrase of what came before it ("after a 31-10 loss", "coming off")
# or a span of ages is another game's or no score.
_SECOND_RESULT_VERB = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*,\s+(?:wins?|won|beat|beats|lose|"
                                 r"loses|lost|falls?|fell|tops?|routs?|edges?)\b", re.IGNORECASE)
_FIXTURE_CLAUSE_END = re.compile(r"[,;:.!?]|\b(?:after|coming\s+off|following|since|fresh\s+off)\b", re.IGNORECASE)
_AGES_SPAN = re.compile(r"\bages?\s+\d{1,2}\s*[-–]\s*\d{1,2}\b", re.IGNORECASE)


def result_in_fixture(sent: str, end: int) -> bool:
    """Whether a fixture's or a programme's line, up to the end of the clause its day ends, tells a result or a
    score (_FIXTURE_RESULT_AFTER), or a second verb of a result follows the day."""
    cut = _FIXTURE_CLAUSE_END.search(sent, end)
    own = _AGES_SPAN.sub(" ", sent[:cut.start() if cut else len(sent)])
    return bool(_FIXTURE_RESULT_AFTER.search(own) or _SECOND_RESULT_VERB.match(sent, end))


# A score or a result told in a fixture's sentence ("Rams host Bears Sunday, win 24-10", "Huskies open their
# season with rout of Idaho Saturday", "Cubs' slide continues Sunday with 8-2 loss": a headline's present of
# a game played).
_FIXTURE_RESULT_AFTER = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b|\b\d+-for-\d+\b|\b(?:wins?|won|beat|beats|lose|loses|"
                                   r"lost|loss(?:es)?|falls?|fell|routs?|routed|edges?|edged|tops?|topped|rally|rallies|"
                                   r"rallied|score[sd]?|streak|slide|skid|shutout|blowout|victory|defeat|draw)\b",
                                   re.IGNORECASE)
# A verb phrase joined by "and" or opened by "where"/"while" before a day ("toured the dam Saturday and
# discussed Tuesday's ..."): its own opening.
_JOINED_VERB_OPEN = re.compile(r"\b(?:and|where|while|then)\s", re.IGNORECASE)


def own_verb_opening(sent: str, at: int) -> int:
    """Where the clause, or the verb phrase joined by "and", that holds `at` opens."""
    lo = clause_opening(sent, at, CLAUSE_WINDOW)
    for joined in _JOINED_VERB_OPEN.finditer(sent, lo, at):
        lo = joined.end()
    return lo


# What only a picture shows, said in the present: gestures and poses that no schedule announces,
# "is seen"/"is pictured", and a photographer's credit.
CAPTION_SCENE = re.compile(
    # (not "celebrates its 50th anniversary Saturday", "celebrates Diwali": an occasion a preview announces)
    r"\b(?:reacts?|celebrates?(?!\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:anniversary|"
    r"birthday|centenary|centennial|bicentennial|jubilee|founding|Diwali|Eid|Christmas|Easter|Hanukkah|Passover|"
    r"Thanksgiving|New\s+Year|Independence\s+Day)\b)|"
    r"gestures?|waves?\s+(?:to|at|flags?|as)|poses?\s+(?:for|with|during)|smiles?|looks?\s+on|listens?\s+(?:to|as|during)|"
    r"embraces?|hugs?|kneels?|prays?|cheers?|weeps?|mourns?|shakes?\s+hands|salutes?|greets?|"
    r"speaks?\s+to\s+(?:the\s+)?(?:media|reporters|journalists|press)|"
    # "plays the ball during the match Friday", "speaks during a news conference": a moment shown (not
    # "during a visit", "during the summit", which a preview's schedule says as well)
    r"during\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:news\s+conference|press\s+conference|"
    r"briefing|match|game|rally|protest|demonstration|ceremony|funeral|vigil|training|practice|interview|speech|"
    r"parade|march)|"
    # (not "is seen as the frontrunner", "is shown to work": a judgement, which no picture shows)
    r"(?:is|are)\s+(?:seen(?!\s+(?:as|to)\b)|pictured|shown(?!\s+(?:as|to)\b)|greeted|escorted|embraced|"
    r"comforted|helped))\b|"
    r"\((?:AP|Reuters|AFP|EPA|Getty)\b|\b(?:AP|Reuters|AFP|EPA)\s+Photo\b|\bPhoto(?:graph)?\s*(?:/|:|by\b)")
# The "if" (or "unless") that opens a condition: at the start of the sentence or a clause.
_CONDITION_OPEN = re.compile(r"(?:^|[,;:]|\b(?:and|but|or|even|only|that))\W*(?:if|unless)\s", re.IGNORECASE)
_CONDITION_CUT = re.compile(r"[,;:()—–]")


# "once", "when", "after" opening a clause, at most two words before the day (not "now that", "since":
# what is over is gone by) ...
_ONCE_OPEN = re.compile(r"\b(?:once|when|whenever|after|until|till)\s+"
                        r"(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
# ... and what it waits to be over: "Tuesday's primary is over", "Saturday's game is done".
_OVER_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:is|are)\s+(?:all\s+)?(?:over|done|finished|complete|"
                         r"behind\s+(?:us|them|him|her|it)|in\s+the\s+books|wrapped\s+up)\b", re.IGNORECASE)


def over_ahead(sent: str, m: Mention) -> bool:
    """Whether weekday m opens a subordinate clause of "once"/"when" ("Once Tuesday's primary is over,
    ...") whose present says its happening is over: still to come, as a condition is."""
    # (_OVER_AFTER first: one place to try, where _ONCE_OPEN is tried at each of 40; and only where "is" or "are"
    # is one of the four words after the day, as in every match: three words at most before it)
    for word in sent[m.end:].split(None, 4)[:4]:
        if word.lower() in ("is", "are") or not word.isascii():
            break
    else:
        return False
    return bool(_OVER_AFTER.match(sent, m.end) and _ONCE_OPEN.search(sent, max(0, m.start - 40), m.start) and
                not _CONDITION_CUT.search(sent, m.end, _OVER_AFTER.match(sent, m.end).end()))


def condition_ahead(sent: str, start: int) -> bool:
    """Whether a weekday sits in a condition told in the present or with no verb ("If the Pacers
    win Saturday", "unless talks resume Monday"): what a condition waits for lies ahead. No clause
    cut between the "if" and the day, no past verb ("If he was there on Tuesday", "if you
    missed Tuesday's game"), no main clause after it told in the past ("If the storm hit on
    Saturday, nobody noticed"), and no happening nobody schedules right before the day ("if anyone
    has information about the crash on Monday": when it happened, not what the condition awaits)."""
    lo = max(0, start - CLAUSE_WINDOW)
    if not may_hold(sent[lo:start], ("if", "unless")):
        return False
    last = None
    for found in _CONDITION_OPEN.finditer(sent, lo, start):
        last = found
    return last is not None and _CONDITION_CUT.search(sent, last.end(), start) is None and \
        not has_past_marker(sent[last.end():start]) and not first_tense_is_past(sent[start:]) and \
        not search_last_words(UNSCHEDULED_BEFORE, sent, 3, max(0, start - 30), start)


# What is still to come, said anywhere in a sentence ("will", "if", "is scheduled"), or a fixture
# named right before a weekday ("a contest Saturday night", "games Saturday vs. the Hokies").
_AHEAD_SAID = re.compile(r"\b(?:will|would|shall|(?-i:if|If|may|might|could)|scheduled|slated|expected|"
                         r"upcoming|(?:plans?|hopes?|aims?|set|due)\s+to|"
                         # a deliberation under way over a doing ("HKO considers hoisting signal no. 1 on Tuesday",
                         # "Council weighs closing the bridge Wednesday"): the doing is still to come
                         # (the doing right after the verb: not its object, "considers the rising water",
                         # "weighs a wedding ring", nor a noun in -ing, "weighs herring", "ponders morning papers")
                         r"(?:considers?|considering|weighs?|weighing|mulls?|mulling|ponders?|pondering|"
                         r"contemplates?|contemplating)\s+(?!(?:herring|morning|evening|wedding|ceiling|clothing|"
                         r"pudding|earring|sibling|king|ring|thing|string|spring|wing|sting)\b)[a-z]{2,}ing)\b|['’]ll\b",
                         re.IGNORECASE)
_FIXTURE_BEFORE = re.compile(r"\b(?:games?|contests?|match(?:es)?|matchups?|bouts?|fixtures?|showdown|clash|"
                             r"rematch|kickoff|tip-?off|doubleheader)\s+(?:on\s+)?$", re.IGNORECASE)
# ... and in a headline with no verb, a happening that is set for a day, right before it: "Cabinet line-up announcement
# on Friday", "Senate vote Tuesday", "Leaders' summit on Thursday" (a headline tells a happening gone by with its
# verb: "Cabinet announced on Friday").
# (nouns only, no word a headline also uses as its verb: "Residents rally Thursday", "Minister talks Friday")
_PLANNED_IN_HEADLINE_BEFORE = re.compile(r"\b(?:announcement|unveiling|swearing-in|summit|meeting|hearing|session|"
                                         r"deadline|inauguration|reshuffle|ballot|referendum)"
                                         r"\s+(?:on\s+)?$", re.IGNORECASE)
# ... the happening the headline's head, no preposition before it ("Scuffle at Smith Hearing Monday": the
# scuffle's day).
_PREPOSITION_IN_HEADLINE = re.compile(r"\b(?:at|in|after|during|of|over|amid|from|before|outside|near|following)\b",
                                      re.IGNORECASE)
# A state lasting "until" a weekday, in a line telling no tense, runs on to the coming one: a headline's "many in
# dark until around noon Wednesday", "Road closed until Friday" (a state told as over, "remained closed until
# Friday", has its past; a caption's scene is kept by sentence_ahead).
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|til)\s+(?:(?:around|about|at\s+least|roughly|late|early)\s+)?"
                           r"(?:(?:noon|midday|midnight|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+)?(?:on\s+)?$",
                           re.IGNORECASE)


# A result a side comes off or won, and up to three words, right before a weekday ("coming off a
# 63-60 victory Tuesday", "fresh off a win on Saturday", "3-1 winners over the Rams on Saturday").
RESULT_OFF = (r"(?:(?:coming|fresh|straight)\s+off|(?:winners?|losers?|victors?)\s+(?:over|against))"
              r"\s+(?:[\w'’-]+\s+){0,3}?(?:on\s+)?$")
# What a day is after or since is gone by, whatever the clause says is ahead ("after a loss Saturday,
# may not return"); so is a result a side comes off or won ("fresh off a win Saturday").
GONE_BEFORE = re.compile(rf"\b(?:(?:after|following|since|despite)\s+(?:[\w'’-]+\s+){{0,3}}?(?:on\s+)?$|"
                         rf"{RESULT_OFF})", re.IGNORECASE)


def sentence_ahead(sent: str) -> tuple[bool, bool]:
    """What tenseless_day_ahead reads in the whole sentence, asked once a sentence (not once a weekday:
    a list of thousands would be read thousands of times): (may its weekdays be ahead at all, it telling
    no past and being no caption's scene; does it speak of what is to come)."""
    possible = not has_past_marker(sent) and not CAPTION_SCENE.search(sent)
    return possible, possible and _AHEAD_SAID.search(sent) is not None


def tenseless_day_ahead(sent: str, m: Mention, ahead: tuple[bool, bool]) -> bool:
    """Whether a weekday whose clause says no tense may be the coming such day (the resolver takes
    it when it is one or two days ahead): its sentence tells no past, and speaks of what is to come
    or names a fixture on that day; not a caption's scene ("celebrates his goal during the match
    Saturday") nor a happening nobody schedules ("will review incidents, including a crash on Sunday").
    A caption's present of a verb the lexicon does not know ("A man walks past a flooded street
    Thursday") speaks of nothing ahead, and keeps the day itself or the last one. `ahead`: the
    sentence's sentence_ahead."""
    possible, said_ahead = ahead
    return possible and \
        not search_last_words(UNSCHEDULED_BEFORE, sent, 3, max(0, m.start - 30), m.start) and \
        not GONE_BEFORE.search(sent, max(0, m.start - 40), m.start) and bool(
            said_ahead or _FIXTURE_BEFORE.search(sent, max(0, m.start - 24), m.start) or
            len(sent) <= HEADLINE_CHARS and not sent.rstrip().endswith(SENTENCE_END) and
            (planned := _PLANNED_IN_HEADLINE_BEFORE.search(sent, max(0, m.start - 24), m.start)) is not None and
            _PREPOSITION_IN_HEADLINE.search(sent, 0, planned.start()) is None or
            "til" in sent[max(0, m.start - 40):m.start] and _UNTIL_BEFORE.search(sent, max(0, m.start - 40), m.start))


# A passive bidding and its infinitive ("were told to prepare to evacuate", "have been asked to report"): what
# the bidden are to do, which comes after the bidding, whatever its tense.
_BIDDEN_TO = re.compile(r"(?:\b(?:(?P<past>was|were)|is|are|been|being)\s+"
                        r"(?:(?:also|then|now|again|repeatedly|first)\s+)?"
                        r"(?:asked|urged|ordered|told|invited|instructed|requested|directed|authori[sz]ed|allowed|"
                        r"encouraged|advised|warned)"
                        # ... and a headline's passive with no "be", of a verb that takes its object ("Residents told
                        # to prepare to evacuate Tuesday"; not "asked": "He asked to speak Tuesday")
                        r"|\b(?:urged|ordered|told|instructed|directed|advised|warned))\s+to\s+"
                        # (an infinitive: not "to" before a determiner, "were invited to the White House on Monday")
                        r"(?!(?:be|have|a|an|the|its|his|her|their|this|that|these|those|our|my|your|some|all)\b)"
                        r"[a-z]+\b", re.IGNORECASE)
_BIDDEN_REACH = 100
# A limit set on a day, right before it: "as early as", "as soon as", "by", "no later than", "before".
_LIMIT_BEFORE_DAY = re.compile(r"\b(?:as\s+(?:early|soon)\s+as|by|no\s+later\s+than|before)\s+(?:on\s+)?$",
                               re.IGNORECASE)
# What ends the infinitive's stretch before the day: another clause's stop or joint.
_BIDDEN_CUT = re.compile(r"[;:.!?]|,\s*(?:and|but|while|as|when|where|which|who)\b", re.IGNORECASE)


def bidden_day(sent: str, m: Mention) -> bool:
    """Whether weekday m closes the infinitive of a passive bidding with no verb told in the past between them
    ("Those families were told to prepare to evacuate as early as Tuesday", "Drivers were advised to avoid the
    bridge Wednesday"): the bidden doing's day, which the bidding sets ahead of itself, a plan told in the past
    (mention_tense reads it as the coming such day when that lies one or two days ahead, BIDDEN_DAYS_BACK). Not
    an active bidding, whose day is the bidding's as often
    ("A judge ordered him to pay a fine Tuesday"), nor a day with a past between ("were told to leave, and the
    town emptied Tuesday")."""
    lo = max(0, m.start - _BIDDEN_REACH)
    if not may_hold(sent[lo:m.start], (" to ",)):
        return False
    last = None
    for found in _BIDDEN_TO.finditer(sent, lo, m.start):
        last = found
    if last is None or _BIDDEN_CUT.search(sent, last.end(), m.start) or has_past_marker(sent[last.end():m.start]):
        return False
    # A bidding that only tells who the subject were, its clause's own verb told in the past after the day ("Staff
    # who were told to return Monday found the doors locked", "The soldiers, ordered to report Monday, never
    # showed up"): the day went by as the main clause tells. A saying there tells no such thing ("..., officials
    # said").
    if _tells_past(sent[m.end:m.end + CLAUSE_WINDOW]):
        return False
    # A bidding told in the plain past ("were asked to", "was allowed to") names the day the bidden did it as often
    # ("Voters were asked to choose a new mayor Tuesday", "Crowds were allowed to gather Tuesday"): only a limit
    # set on the day ("as early as Tuesday", "by Tuesday") puts it ahead of the bidding. A present, a perfect or a
    # headline's bare participle ("have been warned to stay away Wednesday", "Residents told to prepare to
    # evacuate Tuesday") tells a bidding still in force.
    return last["past"] is None or _LIMIT_BEFORE_DAY.search(sent, lo, m.start) is not None


_RELATIVE_AFTER = re.compile(r"\b(?:which|that|who|when|as|after)\s+", re.IGNORECASE)


# What one does for a happening ahead, right before a weekday's possessive that names it (COMING_HAPPENING):
# "tickets to", "in preparation for", "to attend" ...
_READYING_POSS_BEFORE = re.compile(r"(?:\bin\s+(?:preparation|advance|readiness)\s+(?:for|of)|\btickets?\s+to|"
                                   r"\b(?:set(?:s|ting)?\s+up|get(?:s|ting)?\s+ready)\s+for|"
                                   # a making sure of it in the present ("to make sure Saturday's opening goes
                                   # smoothly", "working to ensure Sunday's vote is fair"; not "made sure" nor
                                   # "ensured": told after it as often as before; nor what is made sure of
                                   # after it, _AFTERMATH_AFTER)
                                   r"(?P<ensure>\b(?:(?:make|makes|making)\s+sure|ensur(?:e|es|ing)))|"
                                   # an infinitive of taking part after a bidding or a plan, not after a going
                                   # ("urged residents to vote in", "hoping to attend"; not "turned out to vote
                                   # in", "traveled to compete in": there on the day)
                                   r"\b(?:urged|urging|asked|asking|encouraged|called\s+on|reminded|invited|plans?|"
                                   r"planned|planning|hopes?|hoped|hoping|intends?|intended|wants?|wanted|wanting|"
                                   r"expects?|expected|expecting|set|scheduled|due|slated)\s+(?:[\w'’-]+\s+){0,3}?"
                                   r"to\s+(?:attend|watch|see|(?:vote|compete|play|run|race|take\s+part|participate)"
                                   r"\s+in)|"
                                   # an infinitive of winning a contest after a striving or a hope told in the
                                   # present ("working to try and win", "hoping to win", "need to beat"; not
                                   # "hoped to win", "tried to win": told after the match as often as before)
                                   r"(?P<strive>\b(?:work(?:s|ing)?|tr(?:y|ies|ying)|aim(?:s|ing)?|look(?:s|ing)|"
                                   r"hop(?:e|es|ing)|plans?|planning|wants?|needs?|intends?)|"
                                   # ... an adjective of striving only after a present "be" ("We are desperate to
                                   # win"; not "We were desperate to win": the match is over)
                                   r"\b(?:is|are|am|['’]s|['’]re|['’]m)\s+(?:[\w-]+\s+)?(?:eager|keen|determined|"
                                   r"desperate))\s+"
                                   r"(?:[\w'’-]+\s+){0,2}?to\s+(?:try\s+(?:and|to)\s+)?(?:win|beat|defeat)"
                                   r"(?:\s+(?:them|him|her|us|it|(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))?))?"
                                   r"(?:\s+in)?)\s+$",
                                   re.IGNORECASE)
_PAST_OR_DENIED = re.compile(r"\b(?:was|were|did|had|not|never|didn['’]t|hadn['’]t|wasn['’]t|weren['’]t)\b",
                             re.IGNORECASE)
# ... or a calling off ("postponed Friday's launch"), not for the weather on the day ("Rain postponed
# Sunday's game", "called off Sunday's match because of fog"), nor one told with when it broke off or the
# day it was put off to ("called off Saturday's game at halftime", "postponed Sunday's game to Monday": the
# day gone by): the happening's head ends the clause, or a reason follows it.
_CALL_OFF_POSS_BEFORE = re.compile(r"\b(?:postponed|cancell?ed|called\s+off|scrapped|rescheduled|pushed\s+back)\s+$",
                                   re.IGNORECASE)
_WEATHER_SUBJECT = re.compile(r"\b(?:rain|snow|storms?|lightning|thunder\w*|weather|winds?|heat|fog|flood\w*|"
                              r"hurricane|typhoon|blizzard|ice)\b", re.IGNORECASE)
_CALL_OFF_TAIL = re.compile(r"\s*(?:[.;!?)]|$)|\s*,?\s+(?:because|due|amid|over|citing)\b", re.IGNORECASE)
# ... or "for" after a verb of getting ready well before it in the clause ("trained", "bought", "booked";
# not one of going or being there on the day: "traveled to Leeds for", "gathered", "arrived", "lined up
# for hours", "went to the polls"), not in a past perfect ("Crowds had gathered for Monday's rally").
_READIED_WELL_BEFORE = re.compile(r"\b(?:on\s+sale|camped\s+out|prepared|trained|"
                                  r"practi[cs]ed|rehearsed|registered|signed\s+up|bought|booked|reserved|sold|"
                                  r"(?:picked|selected)(?!\s+(?-i:[A-Z]))|warmed\s+up|geared\s+up)\b", re.IGNORECASE)
_PERFECT_HAD = re.compile(r"\b(?:had|'d|’d)\b", re.IGNORECASE)
# COMING_HAPPENING's head noun may also be followed by a reason or a verb here ("to attend Saturday's
# concert should arrive early").
_HAPPENING_HEAD_TAIL = "(?:in|at|against|on|with|between|vs\\.?|versus|from|of|to|and)"
assert COMING_HAPPENING.pattern.count(_HAPPENING_HEAD_TAIL) == 1
_COMING_HAPPENING_ANY = re.compile(COMING_HAPPENING.pattern.replace(
    _HAPPENING_HEAD_TAIL, "(?:in|at|against|on|with|between|vs\\.?|versus|from|of|to|and|because|due|amid|over|"
    "until|after|for|should|must|will|could|can|may|might|is|are|goes|runs)"), re.IGNORECASE)
# What is made sure of about a happening after it, not its going well: a passive after its head ("make sure
# Saturday's vote is overturned", "... can be overturned", "... is respected", "ensure Tuesday's count is
# audited"). (The passives that would tell it ahead, "is well attended", "is held on time", are read as gone
# by already, has_past_marker.)
_AFTERMATH_AFTER = re.compile(r"\s+(?:is|are|gets?|(?:can|will|would|could|must|should|may|might)\s+(?:not\s+)?be|"
                              r"isn['’]t|aren['’]t)\s+(?:not\s+|never\s+)?(?:[a-z]+ly\s+)?(?:(?!(?:open|even|green|keen|golden|wooden|sudden)\b)[a-z]+(?:ed|en)|upheld|thrown|struck|set\s+aside|held|kept|won|"
                              r"lost|run|done|made)\b", re.IGNORECASE)


_TRY_AND_BEFORE = re.compile(r"\btry\s+and\s+$", re.IGNORECASE)


def purpose_or_call_off_before(sent: str, m: Mention, clauses: tuple[list[int], list[int]]) -> bool:
    """Whether a weekday's possessive naming a scheduled happening follows what one does for it
    (_READYING_POSS_BEFORE, or "for" after _READIED_WELL_BEFORE in its clause) or calls it off
    (_CALL_OFF_POSS_BEFORE, with _CALL_OFF_TAIL after the happening). `clauses`: the sentence's
    result_clauses."""
    head = _COMING_HAPPENING_ANY.match(sent, m.end)
    if not head or UNSCHEDULED.match(sent, m.end) or day_result(sent, m.end) or \
            happening_result_at(clauses, m.end):
        return False
    lo = clause_opening(sent, m.start, CLAUSE_WINDOW)
    if (tried := _TRY_AND_BEFORE.search(sent, max(0, lo - 12), lo)) is not None:
        lo = clause_opening(sent, tried.start(), CLAUSE_WINDOW)  # "to try and win": one verb phrase, no new clause
    if _PERFECT_HAD.search(sent, lo, m.start):
        return False
    if _CALL_OFF_POSS_BEFORE.search(sent, max(lo, m.start - 30), m.start):
        return not _WEATHER_SUBJECT.search(sent) and _CALL_OFF_TAIL.match(sent, head.end()) is not None
    if (ready := _READYING_POSS_BEFORE.search(sent, max(lo, m.start - 30), m.start)) is not None:
        # (a striving to win told in the past or denied, "We were just trying to win", "did not even try to
        # win", "didn't really need to win": the match is over)
        if ready["ensure"] is not None:
            return _AFTERMATH_AFTER.match(sent, head.end()) is None
        return ready["strive"] is None or _PAST_OR_DENIED.search(sent, lo, ready.start()) is None
    return FOR_BEFORE.search(sent, max(0, m.start - 6), m.start) is not None and \
        _READIED_WELL_BEFORE.search(sent, lo, m.start) is not None


def _told_gone_after(sent: str, end: int) -> bool:
    """Whether a relative or a subordinate clause right after a day's thing tells in the past how it
    went or what broke in on it ("Saturday's storm, which flooded hundreds of homes", "were preparing
    for Monday's summit when the news broke")."""
    rel = _RELATIVE_AFTER.search(sent, end, end + 40)
    if rel is None:
        return False
    return has_past_marker(sub_clause_at(sent, rel.end()))


# A day's happening told by its known outcome ("nervous about Tuesday's hotter-than-expected inflation
# report", "upbeat about Monday's strong earnings results"): one gone by.
KNOWN_OUTCOME_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:results?|outcome|wins?|victory|loss|defeat|rout|upset|"
                                 r"rally|sell-?off|slump|plunge|surge|gains|losses|showing|performance|"
                                 r"[\w-]+-than-expected|strong|weak|stellar|dismal|disappointing|surprise|"
                                 r"surprising|blowout)\b", re.IGNORECASE)
# Only words that modify the figures stand between: not a preposition, an infinitive or an
# article ("will meet in April to review the data", "vote in April on the budget report").
COVERED_BY = re.compile(r"(?:\s+(?!(?:to|on|in|at|for|of|with|by|from|under|about|into|after|before|the|a|an|"
                        r"and|or|its|their|his|her|this|that|these|those)\b)[A-Za-z-]+){0,3}?"
                        r"\s+(?:report|data|figures|numbers|statistics|stats|reading|readings|payrolls|survey|index)\b",
                        re.IGNORECASE)
# How far back a yearless day a future clause names is still the day just past ...
# ... unless it is the clause's own time, after "on" or "by" and a modal ("will vote on Dec. 12", "must
# finish by Dec. 31" in a January paper: the coming one), not a name's ("the Dec. 12 vote") nor a
# reported deadline's ("said applicants had until March 1").
# A modal clause's own day (the caller checks the modal): after "on" or "by", after a word that sets a
# limit or a start ("until Jan. 5", "starting Jan. 1"), after "from" or "between" that open a span
# ("will close from Dec. 20 to Jan. 3"), or right after its verb or object ("will reopen Jan. 3", "will
# vote Dec. 12 on the budget"); not a day named attributively, after a determiner, a possessive or a
# preposition of its own ("will review its Dec. 28 decision", "damage from Dec. 28 storms", "contracts
# signed after Dec. 28").
_WORD_BEFORE_DAY = re.compile(r"(?<![\w'’.-])([A-Za-z]+),?\s+$")
_OWN_DAY_WORDS = frozenset("on by until till through thru starting beginning effective".split())
_NOT_OWN_DAY_WORDS = frozenset(
    "the a an its their his her our your my this that these those whose which what of for in at with from between "
    "after before since to into onto about over under against during around than per like and or but nor as".split())
_SPAN_AFTER = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s", re.IGNORECASE)


def _modal_own_day(sent: str, m: Mention) -> bool:
    """Is `m` the own day of a modal clause ("will reopen Jan. 3"), by the words before it (above)."""
    modal = _MODAL_BEFORE.search(sent, max(0, m.start - 60), m.start)
    wb = _WORD_BEFORE_DAY.search(sent, max(0, m.start - 24), m.start) if modal else None
    if wb is None:
        return False
    word = wb[1].lower()
    if word in _OWN_DAY_WORDS:
        return True
    if word in ("from", "between"):
        return _SPAN_AFTER.match(sent, m.end) is not None
    # ... with no preposition, not after a past verb of a clause of its own ("will examine what
    # happened Dec. 28"), nor after an object with a determiner or a preposition, whose noun the day
    # names ("will refund customers for outages Jan. 4", "will investigate a fire Jan. 12")
    between = re.findall(r"[A-Za-z]+", sent[modal.start():wb.start(1)])[1:]  # after the modal
    return word not in _NOT_OWN_DAY_WORDS and not has_past_marker(sent[modal.start():m.start]) and \
        not any(w.lower() in _NOT_OWN_DAY_WORDS for w in between)


_MODAL_BEFORE = re.compile(r"\b(?:will|shall|must|'ll|’ll)\s+(?:[\w'’-]+\s+){0,6}?$", re.IGNORECASE)
JUST_PAST_DAYS = 60
# An extending's new end right before the day ("to extend the state of emergency until", "extended the curfew to",
# "the deadline was extended through"): the verb, its object (no clause's stop between) and the end's preposition.
_EXTENDED_TO_BEFORE = re.compile(r"\bextend(?:ed|s|ing)?\b[^.;:!?]{0,80}?\s(?:until|till|to|through|thru)\s+$",
                                 re.IGNORECASE)
# ... told done: a plain past "extended" ("The ministry extended the school break until", "the ban was extended to"),
# not a perfect's, a passive's still to come or an infinitive's ("has extended", "has been extended", "will be
# extended", "to be extended"), nor a participle after a comma ("The visa waiver, extended to December 18, will ...")
_EXTENDING_NOT_DONE_BEFORE = re.compile(r"(?:,|\b(?:has|have|['’]s|['’]ve|be|being|will|would|shall|should|could|"
                                        r"may|might|must|to|is|are|am|get|gets|getting)|(?<!\bhad)\s+been)"
                                        r"\s+(?:(?:not|also|again|further|once\s+again|\w+ly)\s+){0,2}$",
                                        re.IGNORECASE)
# ... or a past time told before the extending ("Last month the cabinet extended the curfew until Jan. 31", "Two
# weeks ago the council agreed to extend ...").
_PAST_TIME_BEFORE_EXTENDING = re.compile(r"\b(?:last\s+(?:week(?:end)?|month|year|night|spring|summer|fall|autumn|"
                                         rf"winter|{WD}|{MON})|earlier(?!\s+than)|previously|ago|yesterday)\b",
                                         re.IGNORECASE)
# How many days back an end an extending told done may lie and still be that day gone by (the news of days or a few
# weeks); further back, with no past time nor its passing told, it is the coming one.
_EXTENSION_GONE_DAYS = 31


def _extension_end(sent: str, m: Mention, back: int) -> bool:
    """Is `m` the new end an extending sets ("a bill will be put to Parliament today to extend the state of emergency
    until December 15", "extended the curfew to Dec. 15"), `back` days gone by in its nearest reading? It lies ahead
    of the extending, which runs from now: not the same day a few weeks back. Not when the sentence tells a past
    after the day ("which was extended until Jan. 15, expired last month": that extension's end is gone by) or a
    past time before the extending ("Last month the cabinet extended the curfew until Jan. 31"), nor when a plain
    past tells the extending done and its end lies days or a few weeks back ("The ministry extended the school
    break until January 10" in a February paper)."""
    lo = m.start - 100 if m.start > 100 else 0
    if "xtend" not in sent[lo:m.start]:
        return False
    ext = _EXTENDED_TO_BEFORE.search(sent, lo, m.start)
    if ext is None or has_past_marker(sent[m.end:]) or _PAST_TIME_BEFORE_EXTENDING.search(sent, 0, ext.start()):
        return False
    done = sent.startswith("extended", ext.start()) or sent.startswith("Extended", ext.start())
    return not done or _EXTENDING_NOT_DONE_BEFORE.search(sent, max(0, ext.start() - 40), ext.start()) is not None \
        or back > _EXTENSION_GONE_DAYS


# "since the September 11 attacks", "after the November 13 terror attacks".
# "the Jan. 6 committee", "the Jan. 6 insurrection": named after a happening of a past year.
_NAMED_ATTACKS = re.compile(r"(?:'s|’s)?\s+(?:terror(?:ist)?\s+)?"
                            r"(?:attacks|bombings|shootings|killings|massacre|riots?|insurrection|rioters|"
                            r"committee|panel|commission)\b", re.IGNORECASE)


# "on Monday and Sunday respectively": each day is its own item's, in no order.
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)


def _weekday_after(v: DateValue, first: dt.date, published: dt.date, tense: str | None) -> DateValue:
    """The second weekday of "on Tuesday and Wednesday": the first such day after the
    first one (the pair shares the first one's tense), unless that puts a day not said to
    lie ahead after publication."""
    after = first + dt.timedelta(days=(v.date.weekday() - first.weekday()) % 7 or 7)
    if after == v.date or (tense != "future" and after > published and first <= published and
                           (first != published or (after - first).days != 1)):
        # Two days in a row run forward from the first: "were expected Saturday and Sunday" in
        # a Saturday paper is this weekend, not Saturday and the Sunday before. A first day read
        # as still to come takes the second along ("Rain is in the forecast Friday and Saturday"
        # in a Thursday paper): a pair in order never turns back before its first day.
        return v
    return DateValue(after, "day")


# What lies between two days of one list that shares its clause's verb, each day with its own item:
# "reach the southeastern Bahamas late Thursday, the central Bahamas on Friday and South Florida on
# Saturday" (no verb, no stop, no clause of its own between them).
_LIST_ITEM_GAP_CHARS = 90
_LIST_ITEM_STOP = re.compile(r"[.;:!?()\"“”—–]|\b(?:but|that|which|who|whom|when|while|after|before|because|"
                             r"since|until|till|if|unless|though|although|whereas|then|respectively|despite|"
                             r"amid|instead)\b",
                             re.IGNORECASE)


_DIGIT_IN = re.compile(r"\d")
_COMPARED_FROM = re.compile(r"\b(?:from|than|compared|versus|vs)\b", re.IGNORECASE)


def _list_item_after(sent: str, before: Mention, m: Mention) -> bool:
    """Whether weekday m follows weekday `before` as the next item of a list in one clause, each
    day with an item of its own between them ("late Thursday, the central Bahamas on Friday"), no
    verb nor clause cut between."""
    gap = sent[before.end:m.start]
    return len(gap) <= _LIST_ITEM_GAP_CHARS and _LIST_ITEM_OPEN.match(gap) is not None and \
        not _LIST_ITEM_STOP.search(gap) and not _ING_WORD.search(gap) and not has_tense_marker(gap)


# A contest's winner (or loser) going on from it, between its day and the next: "meet at 7 p.m. Monday, the
# winner heading to a state semifinal game on Thursday", "play Friday, with the winner advancing to Sunday's
# final": the next round comes after the contest, so its day runs on from it (in_context), whatever the
# participle (not past: "Monday's winner, who lost on Thursday, ...").
_WINNER_ON = re.compile(r"\b(?:the|with\s+the|and\s+the)\s+(?:winners?|victors?|losers?)\b(?:\s+[\w'’-]+){0,8}?\s+"
                        r"(?:on\s+|at\s+)?$", re.IGNORECASE)
_WINNER_STOP = re.compile(r"[.;:!?()]")


def _winner_goes_on(sent: str, before: Mention, m: Mention) -> bool:
    gap = sent[before.end:m.start]
    return len(gap) <= _LIST_ITEM_GAP_CHARS and ("inner" in gap or "ictor" in gap or "oser" in gap) and \
        not _WINNER_STOP.search(gap) and not has_past_marker(gap) and _WINNER_ON.search(gap) is not None


# Two steps of one thing, the sentence saying the second comes after the first, then what is to come of it:
# "Mail-in ballots postmarked by Tuesday and then received on Wednesday will count" in a Tuesday paper: the
# second step comes after the first (in_context runs it on from it), not a week before. Without "then" the
# conditions may come in any order ("Travellers tested on Tuesday and exposed on Sunday must isolate", "received
# by Tuesday and postmarked on Monday"): each day is read on its own.
_PARTICIPLE_STEP_GAP = re.compile(r"\s+(?:and\s+then|then|and\s+later|and\s+afterwards)\s+"
                                  r"(?:[a-z]+(?:ed|en)|sent|left|brought|bought|got)\s+(?:on\s+|by\s+)?",
                                  re.IGNORECASE)
_WILL_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:will|would|must|shall|can|could|should|may)\b", re.IGNORECASE)


def _steps_of_what_will_be(sent: str, before: Mention, m: Mention) -> bool:
    return _PARTICIPLE_STEP_GAP.fullmatch(sent, before.end, m.start) is not None and \
        _WILL_AFTER.match(sent, m.end) is not None


# A participle's "-ing" between two days: a phrase of its own ("Saturday, coming off a loss Tuesday").
_ING_WORD = re.compile(r"\b(?-i:[a-z]+ing)\b")


# A list's next item opens right after the day before it: ", the central Bahamas on Friday", " and
# Georgia on Friday" (not "Tuesday night despite players and coaches testing positive on Saturday"), or a
# slash sets the two days side by side as "or" does ("crest late Friday/early Saturday").
_LIST_ITEM_OPEN = re.compile(r"\s*(?:,|/|(?:and|or)\b)", re.IGNORECASE)
# The words of a clause told ahead: a modal or "will", a plan's "to".
_AHEAD_WORD = re.compile(r"\b(?:will|would|could|should|may|might|shall|can|going\s+to|plans?\s+to|"
                         r"expects?\s+to|hopes?\s+to|set\s+to|due\s+to|poised\s+to)\b|['’]ll\b", re.IGNORECASE)


def ahead_clause_before(sent: str, at: int) -> bool:
    """Whether the clause ending at `at` is told ahead: a modal or "will" (or a plan's "to") in it,
    with no past after it ("They'll give members the weekend off", "could be completed Thursday")."""
    lo = max(0, at - 120)
    lo = max((stop.end() for stop in _LIST_ITEM_STOP.finditer(sent, lo, at)), default=lo)
    last = max((ahead.end() for ahead in _AHEAD_WORD.finditer(sent, lo, at)), default=None)
    return last is not None and not has_past_marker(sent[last:at])


def past_before_next_cut(sent: str, end: int) -> bool:
    """Whether the words after a day hold a past verb other than a saying's ("for Saturday's storm,
    which flooded homes", "..., then lost 3-1", "..., reported no arrests"; not "..., the weather
    service said"): the day's outcome told, the day gone by."""
    return has_past_marker(_REPORTING_BEFORE.sub(" ", sent[end:]))


# A commodity's price named by its contract month: "October natural gas
# settled at $3.12", "December gold fell $4" (not "October natural gas output rose").
_COMMODITY_PRICE_AFTER = (
    r"\s+(?:U\.S\.\s+|Brent\s+|benchmark\s+)?(?:natural\s+gas|crude(?:\s+oil)?|oil|WTI|Brent|gold|silver|"
    r"copper|platinum|palladium|corn|wheat|soybeans?|soymeal|soyoil|cotton|coffee|cocoa|sugar|"
    r"cattle|hogs|gasoline|heating\s+oil|diesel)\s+(?:futures\s+)?(?:settled|rose|fell|gained|"
    r"lost|climbed|slipped|dropped|jumped|added|ended|closed|finished|traded|slid|rallied|"
    r"tumbled|edged|eased|advanced|declined)\b"
)


ATTRIBUTIVE_DAYS_AHEAD = 92  # the same for a yearless day: "gave the union a Nov. 1 deadline"
# ... after a determiner, "for", or a verb, not a preposition that makes it the clause's time ("in
# December prices rose", "since April"), nor a modifier of its own ("early", "last") ...
_ATTRIBUTIVE_BEFORE = re.compile(r"(?<![\w-])(?:in|on|at|by|since|until|till|through|thru|from|to|into|during|"
                                 r"after|before|between|around|about|early|late|mid|last|next|this|of|and|or|"
                                 r"than)[\s-]+$", re.IGNORECASE)
# ... before a noun: a lowercase word that is no preposition, conjunction, auxiliary or number ...
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:to|on|in|at|for|of|with|by|from|and|or|but|as|is|are|was|were|has|have|"
                                r"had|will|would|could|should|might|may|can|be|been|the|a|an|that|this|when|while|"
                                r"after|before|until|through|than|last|next|this|each|every|alone)\b)[a-z][a-z-]+\b")
# ... which is not the subject of the past verb ("The December meeting ended ..."), a happening
# nobody plans ("the December crash") nor figures that cover a month gone by ("the November sales
# figures", COVERED_BY).
# ... unless it names what is traded for that month, which lies ahead even as the subject ("The
# December contract rose 50 cents").
_TRADED_FOR = re.compile(r"\s+(?:[a-z]+\s+)?(?:contracts?|futures|delivery|deliveries|options|settlement|expiry|"
                         r"expiration|transactions|trades|shipments)\b|"
                         + _COMMODITY_PRICE_AFTER,
                         re.IGNORECASE)
_SUBJECT_START = re.compile(r"\W*(?:(?:the|a|an|its|their|his|her|our)\s+)?$", re.IGNORECASE)


# What keeps one from a scheduled happening or readies one for it, its object coming after it: "barred from
# the elections", "the exclusion of its candidates from city elections", "registered for the referendum",
# "in the run-up to the vote", "shut out of the talks" (not "banned for three games", "registered a record
# low", "shut out 2-0", "her candidacy at the convention") ...
_KEPT_FROM = (r"\b(?:(?:barred|banned|excluded|exclusion|disqualified|disqualification)\s+(?:[\w'’-]+\s+){0,4}?from|"
              # ... or from doing a thing in it or until it ("barred from running in the Nov. 9 elections",
              # "barred from leaving the country before his trial"):
              r"(?:barred|banned|forbidden|prohibited)\s+from\s+[a-z]+ing\s+(?:in|at|(?:[\w'’-]+\s+){0,3}?"
              r"(?:before|until|ahead\s+of))|"
              r"(?:shut|kept)\s+out\s+(?:of|from)|"
              r"(?:registered|registration|candidacy|nominated|nomination)\s+(?:[\w'’-]+\s+){0,3}?for|"
              r"(?:run|lead|build)[-\s]?up\s+to|"
              # ... or ahead of it ("troops were deployed ahead of the elections on Sept. 8"), or a readying
              # done before it ("resources were mobilized to ensure a smooth campaign before the voting on
              # Dec. 12"; not any past before it: "Snow fell before the race on Dec. 1", "was held in jail
              # before the trial on Jan. 20")
              r"ahead\s+of|(?:deployed|mobili[sz]ed|trained|printed|prepared|readied|stockpiled|installed|"
              r"distributed|dispatched|recruited|registered|set\s+up)\b(?:\s+[\w'’,-]+){0,12}?\s+before)"
              # ... the happening a few words on, with no other place or time between ("barred from the
              # courtroom during the trial", "banned from the stadium since the match": the thing's own)
              r"\s+(?:(?!(?:in|at|during|after|since|before|on|with|by|when|while|where|until)\b)[\w'’.-]+\s+){0,4}?")
# ... the happening with a day after it ("the elections on Sept. 8", "the vote set for Sept. 22") ...
_KEPT_FROM_NOUNS = (r"(?:elections?|polls?|vote|voting|ballot|referendum|plebiscite|primary|primaries|runoff|"
                    r"caucus(?:es)?|hearing|trial|summit|talks|meeting|congress|conference|convention|debate|"
                    r"inauguration|session|ceremony|games|match|finals?|tournament|championships?|race|festival)")
_KEPT_FROM_NOUN_ON_BEFORE = re.compile(_KEPT_FROM + _KEPT_FROM_NOUNS +
                                       r"\s+(?:on|set\s+for|scheduled\s+for|slated\s+for)\s+$", re.IGNORECASE)
# ... or the day before it ("banned from the Sept. 8 elections").
_KEPT_FROM_THE_BEFORE = re.compile(_KEPT_FROM + r"$", re.IGNORECASE)
_KEPT_FROM_NOUN_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+" + _KEPT_FROM_NOUNS + r"\b", re.IGNORECASE)
_LATER = re.compile(r"\blater\b", re.IGNORECASE)
# A past joined after the day that tells how the happening went ("and finished third", "but never showed
# up", ", then fell after it") ...
_KEPT_OUTCOME_OPEN = re.compile(r"[;—–]|\b(?:and|but|yet|then)\s", re.IGNORECASE)
# ... not the keeping undone before it ("but was reinstated", "but won an appeal", "but the ban was lifted").
_KEPT_UNDONE = re.compile(r"\b(?:reinstated|readmitted|restored|appeal(?:ed|s)?|lifted|overturned|reversed|"
                          r"cleared|allowed|overruled|quashed|rescinded|revoked|dropped|"
                          # ... nor a call or a vow about it, which looks ahead to it ("..., and the
                          # opposition called for a boycott", "and his party vowed to fight on").
                          r"called\s+for|urged|vowed|pledged|threatened|demanded|promised)\b", re.IGNORECASE)


# A time allowed up to a day: "was given until", "granted him until", "gave the state until", and "had until"
# with the infinitive of what is due after the day ("had until Oct. 9 to reply"; not "had been open
# until Jan. 4 to the public", a state that lasted).
_ALLOWED_UNTIL = re.compile(r"\b(?P<verb>had(?!\s+been\b)|given|granted|gave)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:until|till)\s+$", re.IGNORECASE)
_DUE_INFINITIVE = re.compile(r"\s*,?\s+to\s+[a-z]")


def allowed_until(sent: str, m: Mention) -> bool:
    """Whether the day `m` is a time allowed up to it (_ALLOWED_UNTIL), with no clause of its own between."""
    found = _ALLOWED_UNTIL.search(sent, max(0, m.start - 60), m.start)
    return found is not None and not _CUT_BETWEEN.search(found[0]) and (
        found["verb"].lower() != "had" or _DUE_INFINITIVE.match(sent, m.end) is not None)


def _kept_from_coming(sent: str, m: Mention) -> bool:
    """Is day mention `m` the day of a scheduled happening that something in a past clause keeps one
    from or readies one for ("barred from the elections on Sept. 8", "banned from the Sept. 8 elections"),
    with nothing after it telling the happening as gone by ("..., which the ruling party won", "...,
    later formed a party", "... and finished third")?"""
    if m.text.endswith(("'s", "’s")):
        return False
    lo = max(0, m.start - 160)
    if _KEPT_FROM_NOUN_ON_BEFORE.search(sent, lo, m.start) is None and (
            _KEPT_FROM_NOUN_AFTER.match(sent, m.end) is None or
            _KEPT_FROM_THE_BEFORE.search(sent, lo, m.start) is None):
        return False
    return not (_told_gone_after(sent, m.end) or _LATER.search(sent, m.end) or
                outcome_after(sent, m.end, _KEPT_OUTCOME_OPEN, _KEPT_UNDONE))


# A decision's object named for a month: "have agreed to an accelerated output hike for June", "approved a
# budget for July", "voted for a rate cut for March": what is agreed or approved for a month comes after the
# decision (not a figure reported for it, "announced results for June", "set a record for May": no verb here
# of those), the month's noun right before "for" with no verb of its own between.
_DECIDED_FOR_BEFORE = re.compile(
    r"\b(?:agreed(?:\s+(?:to|on|upon))?|approved|authori[sz]ed|endorsed|voted\s+(?:for|on)|sanctioned)\s+"
    r"(?:(?:a|an|the|its|their|new|further|another)\s+)?"
    r"(?:(?!(?:record|results?|figures?|data|sales|profits?|loss(?:es)?|earnings|revenues?|which|that|who|was|were|"
    r"is|are|has|have|had|in|on|at|since|after|before|during)\b)[\w'’+-]+\s+){1,5}?for\s+$", re.IGNORECASE)


def decided_for_month(sent: str, m: Mention) -> bool:
    """Is bare month `m` the month a decision's object is for ("have agreed to an output hike for June")?"""
    return not m.text.endswith(("'s", "’s")) and "for" in sent[max(0, m.start - 5):m.start] and \
        _DECIDED_FOR_BEFORE.search(sent, max(0, m.start - 90), m.start) is not None


# A commodity's contract named by the month of its delivery: "crude for delivery in January", "copper for
# shipment in March" (a contract traded now for a month to come, not the month a year back).
# (a commodity or a contract right before: not "the cargo was ready for delivery in January")
_DELIVERY_IN_BEFORE = re.compile(r"\b(?:natural\s+gas|crude(?:\s+oil)?|oil|gold|silver|copper|platinum|palladium|"
                                 r"aluminium|aluminum|nickel|zinc|corn|wheat|soybeans?|soymeal|soyoil|cotton|coffee|"
                                 r"cocoa|sugar|cattle|hogs|gasoline|heating\s+oil|diesel|contracts?|futures|Brent|WTI)"
                                 r"\s+(?:futures\s+)?for\s+(?:delivery|shipment|settlement)\s+(?:in|for)\s+$",
                                 re.IGNORECASE)


def delivery_month(sent: str, m: Mention) -> bool:
    """Is bare month `m` a contract's month of delivery ("Brent crude for delivery in January")?"""
    return "for" in sent[max(0, m.start - 30):m.start] and \
        _DELIVERY_IN_BEFORE.search(sent, max(0, m.start - 60), m.start) is not None


def contract_month(sent: str, m: Mention) -> bool:
    """Is bare month `m` the month a contract is traded for: "crude for delivery in January", "corn for December
    delivery", "November WTI settled", "the December contract rose"? Markets trade months up to a year ahead, so a
    month after the paper's so named is the coming one however far (not the one gone by)."""
    if m.text.endswith(("'s", "’s")):
        return False
    if delivery_month(sent, m):
        return True
    after = _CONTRACT_AFTER.match(sent, m.end)
    return after is not None and (after["contract"] is not None or
                                  _PREPOSITION_BEFORE_MONTH.search(sent, max(0, m.start - 10), m.start) is None) and \
        _EXPIRED_AFTER.match(sent, after.end()) is None


# A contract named by its month right after it: "December contract", "January futures", "for December delivery", or a
# commodity with a market's verb ("November WTI settled", "December gold fell"; not "shipments", "trades", "sales").
# (the commodity's verb only where no preposition opens the month's phrase: "In March gold fell 3%" tells the month's)
_CONTRACT_AFTER = re.compile(r"(?P<contract>\s+(?:[a-z]+\s+)?(?:contracts?|futures|delivery|deliveries|options|expiry|"
                             r"expiration)\b)|" + _COMMODITY_PRICE_AFTER, re.IGNORECASE)
# ... a contract told as run out ("The July contract expired at $80"): the month gone by.
# (its own clause only: no other month nor clause between, "The December contract rose 2% after the August contract
# expired" keeps December ahead)
_EXPIRED_AFTER = re.compile(r"(?:(?!\b(?:" + MON + r"|while|after|as|but|and|when)\b)"
                            r"[^.;]){0,40}?\b(?:expired|matured|rolled\s+off)\b", re.IGNORECASE)
_PREPOSITION_BEFORE_MONTH = re.compile(r"\b(?:in|on|during|since|by|until|till|through|of|from|before|after|for)\s+$",
                                       re.IGNORECASE)


def modifies_a_noun(sent: str, m: Mention) -> bool:
    """Is mention `m` a noun's modifier or its owner ("the April cuts", "April's cuts"; not "in April", "for May
    and June", "after June prices rose"): a thing named by the date, not the clause's time."""
    return (m.text.endswith(("'s", "’s")) or _ATTRIBUTIVE_AFTER.match(sent, m.end) is not None) and \
        _ATTRIBUTIVE_BEFORE.search(sent, max(0, m.start - 12), m.start) is None


def ahead_attributive(sent: str, m: Mention) -> bool:
    """Is month mention `m` used attributively of a noun, the thing named after it being ahead?"""
    if not _ATTRIBUTIVE_AFTER.match(sent, m.end) or m.text.endswith(("'s", "’s")):
        return False
    if _ATTRIBUTIVE_BEFORE.search(sent, max(0, m.start - 12), m.start) or \
            _SUBJECT_START.fullmatch(sent, 0, m.start) and not _TRADED_FOR.match(sent, m.end):
        return False
    if UNSCHEDULED.match(sent, m.end) or COVERED_BY.match(sent, m.end):
        return False
    # ... and what the past verb does is to plan, set, call off or trade for it: "reported a January
    # profit", "held a January convention", "won a January title" in November tell of the one gone by.
    return _TRADED_FOR.match(sent, m.end) is not None or \
        _PLANS_BEFORE.search(sent, max(0, m.start - 50), m.start) is not None or \
        _ASKED_FOR_BEFORE.search(sent, max(0, m.start - 40), m.start) is not None and \
        _RECORD_AFTER.match(sent, m.end) is None and _TO_BE_UNDONE_AFTER.match(sent, m.end) is None


# ... or ask for it, the month or day the asked-for thing's own attribute: "pushed for a February court date",
# "asked for a January hearing", "requested a Feb. 3 hearing" (not "asked for an inquiry into the January
# flood", "a copy of the February ruling": what is asked about is over) ...
_ASKED_FOR_BEFORE = re.compile(r"\b(?:(?:push(?:ed|ing)|press(?:ed|ing)|ask(?:ed|ing)|lobb(?:ied|ying)|"
                               r"argu(?:ed|ing))\s+for|request(?:ed|ing))\s+(?:(?:a|an|the)\s+)?(?:(?!of\b|into\b|about\b|after\b|over\b)"
                               r"[a-z][\w-]*\s+)?$", re.IGNORECASE)
# ... nor a thing asked to be undone or looked at again ("asked for the January conviction to be overturned"):
# the thing is there already.
_TO_BE_UNDONE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,2}?to\s+be\s+(?!(?:set|scheduled|held|fixed|arranged|listed|"
                                 r"moved|brought\s+forward)\b)", re.IGNORECASE)
# ... that is no record of a day gone by ("requested the December 2 footage").
_RECORD_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:footage|video|recordings?|transcripts?|minutes|records?|cop(?:y|ies)|"
                           r"reports?|ruling|decision|judgment|verdict|data|figures|results?|statements?|letters?)\b",
                           re.IGNORECASE)


# What may follow a start's day: the sentence's or a clause's end, "onwards", a preposition or a conjunction (not a
# noun the day names, "from August 20 floods").
_START_ENDS_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:onwards?|on|to|until|till|through|and|or|in|at|for|"
                               r"with|when|as|after|before|but|while|under|across|between|from|of)\b", re.IGNORECASE)
# A year named anywhere in the sentence ("a curfew from Aug. 1 in 2027", "last year"): the day may be that year's.
_YEAR_NAMED = re.compile(r"(?<![\d,.$£€])(?:1[89]|20)\d\d(?!\d)|\b(?:last|this|next|that|the\s+same)\s+year\b",
                         re.IGNORECASE)
# A start right before a day: "from August 12", "starting Sept. 1", "with effect from 1 March", "effective on".
_START_FROM_BEFORE = re.compile(r"\b(?:(?:with\s+effect\s+)?from|starting|beginning|effective)\s+(?:on\s+)?$",
                                re.IGNORECASE)


# "Effective" right before a day: the day a decision takes hold ("accepted his resignation, effective July 31").
_EFFECTIVE_BEFORE = re.compile(r"\beffective\s+(?:on\s+)?$", re.IGNORECASE)


# The verbs that announce, set, plan, call off or trade for what a month or day just ahead names.
_PLANS_BEFORE = re.compile(r"\b(?:signall?ed|flagged|hinted\s+at|announced|confirmed|approved|agreed|set|scheduled|"
                           r"planned|proposed|called|gave|given|offered|promised|pencill?ed\s+in|eyed|floated|"
                           r"backed|favou?red|priced\s+in|targeted|slated|unveiled|scrapped|cancell?ed|called\s+off|"
                           r"postponed|delayed|ruled\s+out|rejected|sought|demanded|urged|expected|forecast|"
                           r"predicted|projected|outlined|mooted|placed|ordered|bought|sold|traded|purchased|"
                           r"booked\s+(?:a|an|the)\s+(?:\w+\s+)?(?:flight|trip|venue|hall))\b[^.;:!?]*$", re.IGNORECASE)
# A day or month named for a happening nobody schedules: "the April 25 crash", "the Aug. 2 fatal
# shooting", "a March 3 house fire", "the April crash": the article before it, the happening's noun.
ARTICLES = ("the ", "The ", "a ", "A ", "an ", "An ", "that ", "That ", "this ", "This ")  # its cheap necessary test
UNSCHEDULED_NOUNS = (r"crash|collision|wreck|accident|pileup|pile-up|"
                     r"shooting|stabbing|killing|murder|slaying|homicide|attack|bombing|blast|explosion|"
                     r"fire|blaze|wildfire|earthquake|quake|tornado|landslide|mudslide|derailment|robbery|"
                     r"assault|kidnapping|abduction|disappearance|overdose|drowning|rampage|ambush|spill|"
                     r"collapse|outage|riot|incident")
UNSCHEDULED = re.compile(r"\s+(?:(?!(?:on|of|for|about|into|over|at|in|to|and|or|the|a|an|by|with)\b)"
                         rf"[a-z][\w-]*\s+){{0,2}}?(?:{UNSCHEDULED_NOUNS})\b"
                          # ... not a scheduled thing named after one: "the May 3 fire drill", "a shooting contest"
                         r"(?!\s+(?:drills?|safety|inspections?|course|competition|contest|range|season|exercises?|"
                         r"prevention|tests?|sale|ban|training|simulation)\b)")
# A contest's result after a weekday's possessive, up to two words between ("Tuesday's primary
# victory", "Saturday's 3-1 win", "Sunday's narrow loss", "Tuesday's election results"); not a
# "win-or-go-home game" nor "Saturday's winner", which may be still to come.
# (not "win or lose", "win or bust": an outcome either way, still to come)
_DAY_RESULT_NOUNS = r"(?:victory|victories|win|loss|losses|defeat|triumph|upset|rout|drubbing|thrashing)(?![\w-])" \
    r"(?!\s+or\b)"
# (nor a result still hoped for: "Saturday's hoped-for title-clinching win", "the long-awaited first home win")
_HOPED_FOR = r"(?!(?:hoped-for|hoped|potential|possible|prospective|likely|would-be|expected|much-needed|" \
    r"long-awaited)\b)"
_DAY_RESULT_AFTER = re.compile(r"\s+(?:" + _HOPED_FOR + r"[\w'’-]+\s+){0,2}?" + _DAY_RESULT_NOUNS + "|"
                               # ... or after a longer run of its modifiers, no word of another phrase or clause among
                               # them ("Sunday's narrow 1-0 Old Firm derby defeat"; not "Saturday's home game after a
                               # 3-0 loss", "Sunday's match against the side that inflicted a defeat")
                               r"\s+(?:(?!(?:against|after|before|with|off|over|from|for|in|on|at|to|of|by|and|or|but|"
                               r"the|an?|his|her|their|its|vs|v|is|are|was|were|will|would|could|can|should|may|might|"
                               r"who|which|that|when|where|game|match|clash|tie|fixture|meeting)\b)" + _HOPED_FOR +
                               r"[\w'’-]+\s+){3,5}?"
                               + _DAY_RESULT_NOUNS + "|"
                               r"\s+(?:[\w'’-]+\s+)?(?:primary|election|vote|runoff|caucus|referendum)\s+"
                               r"(?:results?|outcome|returns)\b", re.IGNORECASE)
# After the result: a noun it names ("Saturday's victory parade", "Thursday's Victory Day"), a modal
# ("Saturday's win would give them the title") or results awaited ("Thursday's vote results are
# expected by 9 p.m."): the day's event, still ahead, not a result known.
_RESULT_AHEAD_AFTER = re.compile(r"\s+(?:(?:parade|rally|celebrations?|party|ceremony|lap|march|day|bonus)\b|"
                                 r"(?:would|could|might|may)\s+(?!have\b)|(?:are|is)\s+(?:expected|due)\b)",
                                 re.IGNORECASE)


_AFTER_BEFORE = re.compile(r"\bafter\s+$", re.IGNORECASE)


def outcome_after_day_ahead(sent: str, mentions: list[Mention], tenses: list, i: int, published: dt.date) -> bool:
    """Whether weekday possessive i stands after "after" behind a weekday ahead of its own clause (the
    one before it, no clause's end between), names an outcome (KNOWN_OUTCOME_AFTER: "strong data",
    "results", "rally"; not a happening named after it, _RESULT_AHEAD_AFTER), and its coming such day
    would lie after that day ahead: then it is the day gone by."""
    m = mentions[i]
    if i == 0 or m.g("wd_mod") or not m.text.endswith(("'s", "’s")) or \
            not _AFTER_BEFORE.search(sent, max(0, m.start - 8), m.start):
        return False
    ahead = mentions[i - 1]
    if ahead.kind != "wd" or tenses[i - 1] != "future" or ahead.g("wd_mod") or ahead.g("wd_week") or \
            _CLAUSE_STOP.search(sent, ahead.end, m.start):
        return False
    outcome = KNOWN_OUTCOME_AFTER.match(sent, m.end)
    if outcome is None or _RESULT_AHEAD_AFTER.match(sent, outcome.end()):
        return False
    own = (WEEKDAYS[m.g("wd").lower()] - published.weekday()) % 7 or 7
    before = (WEEKDAYS[ahead.g("wd").lower()] - published.weekday()) % 7 or 7
    return own > before


_CLAUSE_STOP = re.compile(r"[,;:.!?—–()]")


def day_result(sent: str, end: int) -> bool:
    """Whether a weekday's possessive ending at `end` names a contest's result (_DAY_RESULT_AFTER)
    that is known, not an event named after it nor a result still awaited (_RESULT_AHEAD_AFTER)."""
    result = _DAY_RESULT_AFTER.match(sent, end)
    return result is not None and _RESULT_AHEAD_AFTER.match(sent, result.end()) is None


# A happening nobody schedules right before a weekday ("including a crash on Sunday").
UNSCHEDULED_BEFORE = re.compile(rf"\b(?:{UNSCHEDULED_NOUNS})s?\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
                                re.IGNORECASE)
# (a match spans its window's last 3 words at most, "crash late on": fastpath.search_last_words)
# ... but one looked for, not had: "prepared for a possible attack on Jan. 6", "braced for a shooting on
# Jan. 5", "a threatened riot on Jan. 6" (not "were not prepared for the attack on Jan. 6").
_LOOKED_FOR_BEFORE = re.compile(
    r"(?:\b(?:possible|threatened|planned|expected|feared|potential|looming|imminent|anticipated|rumou?red|"
    r"predicted)\s+|(?<!\bnot\s)\b(?:prepar|brac)(?:e|ed|es|ing)\s+(?:themselves\s+)?for\s+(?:(?:an?|the|any)\s+)?)"
    rf"(?:(?:[a-z][\w-]*\s+)?(?:{UNSCHEDULED_NOUNS})s?\s+(?:(?:late|early)\s+)?(?:on\s+)?)?$", re.IGNORECASE)

# ... and not when a relative clause right after the day tells it happened: "braced for the fire on Jan. 5,
# which destroyed the barn" (not "which officials feared").
_HAD_AFTER = re.compile(r",?\s+(?:which|that)\s+(?:(?:also|later|eventually|ultimately|then|quickly|nearly|"
                        r"almost)\s+)?(?:[a-z]+ed|left|killed|hit|struck|took|tore|swept|came|began|broke|spread|"
                        r"fell|burned|burnt|shut|cut|drew|brought|caught|made|forced)\b")

# "every year on March 3", "held annually on March 3": each year's day.
_EACH_YEAR_DAY_BEFORE = re.compile(r"\b(?:(?:every|each)\s+year|annually)\s+(?:on|by|from|until)\s+(?:the\s+)?$",
                                   re.IGNORECASE)
# ... and a day joined to such a day by "or" or "and": "on either January 1 or July 1 of each year", "on 1 April and
# 1 October every year" (each year's two days).
# (a verb of the second day's may come between: "opens on Sept. 1 and closes on Jan. 15 of each year")
# (not a one-off day before "again" or "then": "will rise on July 1 and again on July 1 of each year after that" (rv33))
_EACH_YEAR_PAIR_AFTER = re.compile(r"(?:st|nd|rd|th)?,?\s+(?:or|and)\s+"
                                   r"(?:(?!(?:again|then|later|thereafter|once|after)\b)(?-i:[a-z]+)\s+)?(?:on\s+)?(?:the\s+)?"
                                   r"(?:(?:" + MON + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
                                   r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MON + r")\.?)" +
                                   EACH_YEAR_AFTER.pattern, re.IGNORECASE)


# A past clause waits for the vote too ("rejected a measure for the November ballot", "spent $2
# million ahead of the November election"), when the month ahead is the nearer one.
_WAITING_FOR = r"\b(?:for|before|ahead\s+of|until|toward|towards)\s+(?:the|this)\s+"
_WAIT_VOTE_BEFORE = re.compile(_WAITING_FOR + r"$", re.IGNORECASE)
# ... the month after its vote as well ("filed for the Republican primary in March", "spent $2 million
# ahead of the runoff in June"); case-sensitive, as the capitalised words of the vote's name need.
_WAIT_VOTE_IN_BEFORE = re.compile(_WAITING_FOR +
                                  r"(?:[A-Z][\w.-]*\s+){0,3}(?:general\s+|special\s+|presidential\s+)?"
                                  r"(?:elections?|ballot|runoff|referendum|midterms|primary|primaries)\s+in\s+$")


def waits_for_vote(sent: str, m: Mention, published: dt.date) -> bool:
    """Does a past clause wait for the vote month mention `m` names, the nearer month being ahead?"""
    return (published.month - month_value(m.g("mo"))) % 12 > 6 and (
        COMING_VOTE.match(sent, m.end) is not None and
        _WAIT_VOTE_BEFORE.search(sent, max(0, m.start - 24), m.start) is not None or
        _WAIT_VOTE_IN_BEFORE.search(sent, max(0, m.start - 60), m.start) is not None)


# "the comparable year-ago quarter ended Oct. 31", "a year earlier", "a year since the
# bombing on June 1", "the anniversary of": the sentence looks a year back.
YEAR_BACK = re.compile(r"\byears?[\s-]+(?:ago|earlier|before|since)\b|\b(?:last|previous|prior)\s+year\b|"
                       r"\banniversar", re.IGNORECASE)


# An article's opening that counts years back (anniversary_lead): an anniversary's piece, whose days told in the past
# a few days after its paper are the days of the years back, not the coming ones (in_context's `years_back`).
ANNIVERSARY_LEAD_REACH = 600  # (how much of the article's opening is read for it)
# (searched for the words after the count, in the lower-cased opening that holds "year" or "anniversar", then the count
# before them: a search for the count first, a long alternation of number words, cost ~1,400 instructions a character)
_YEARS_BACK_AT = re.compile(r"years?\s+(?:ago|after|since|on)\b|anniversar")  # (in the lower-cased opening)
_COUNT_BEFORE = re.compile(rf"\b(?:{NUM})\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def anniversary_lead(text: str) -> bool:
    """Whether the article's opening counts years back (an anniversary's piece): "Fifty years ago this week ...",
    "a year after the quake", "on the 20th anniversary of"."""
    lead = text[:ANNIVERSARY_LEAD_REACH].lower()
    if "year" not in lead and "anniversar" not in lead:
        return False  # (most openings: two substring tests, no regex)
    for m in _YEARS_BACK_AT.finditer(lead):
        if m[0][0] == "a" or _COUNT_BEFORE.search(lead, max(0, m.start() - 24), m.start()) is not None:
            return True
    return False


# The ordinal of an anniversary ("the first anniversary of", "its 20th anniversary"), in the lower-cased opening (not
# the end of a compound, "thirty-third": no count is read from it).
_ANNIVERSARY_NTH_BEFORE = re.compile(rf"(?<![\w-])(?:(?P<word>{'|'.join(ORDINALS)})|"
                                     rf"(?P<digits>\d{{1,3}})(?:st|nd|rd|th))\s+$")


# What makes an opening that counts years back an anniversary's (a day remembered), not news told with the time since
# ("Two years after the shooting, the trial opened on Monday"): "the first anniversary", "one year ago today",
# "gathered to remember", "marks 40 years since", "mourners".
_REMEMBRANCE = re.compile(r"anniversar|remember|commemorat|\bmark(?:s|ed|ing)?\b|memorial|mourn|"
                          r"ago\s+(?:today|this\s+week)")


@lru_cache(maxsize=4)
def anniversary_count(text: str) -> int | None:
    """How many years back an anniversary's piece counts (anniversary_lead, with words of remembrance:
    _REMEMBRANCE): "Twenty years after a tsunami swept ... gathered to remember" 20, "makes it two years since
    ... On the anniversary" 2, "on the first anniversary of" 1; None when its opening counts none, counts more than
    one number of years, or remembers nothing."""
    lead = text[:ANNIVERSARY_LEAD_REACH].lower()
    if "year" not in lead and "anniversar" not in lead or _REMEMBRANCE.search(lead) is None:
        return None
    counts = set()
    for m in _YEARS_BACK_AT.finditer(lead):
        if m[0][0] == "a":
            nth = _ANNIVERSARY_NTH_BEFORE.search(lead, max(0, m.start() - 16), m.start())
            if nth is not None:
                counts.add(ORDINALS[nth["word"]] if nth["word"] else int(nth["digits"]))
        elif (count := _COUNT_BEFORE.search(lead, max(0, m.start() - 24), m.start())) is not None and \
                (n := num_value(count[0].strip())) is not None:
            counts.add(n)
    return counts.pop() if len(counts) == 1 else None


def _near_ahead(sent: str, v: DateValue, published: dt.date, at: int, end: int, plan_date: bool = False) -> DateValue:
    """A yearless day put in the past by a past tense, moved to the same day
    just ahead when that is at most NEAR_AHEAD_DAYS after publication: "said
    he had asked the king to dissolve parliament on May 30" in a May 24 paper
    (a year-old day would carry its year), unless the sentence looks a year back
    or a relative clause right after the day tells what its happening did, in the past
    ("braced for the frost on Jan. 19, which killed half the crop": gone by; not what others
    thought of it, "which officials feared", nor a threat, "that threatened to close the ports").
    A plan told in the past ("was going to be held on November 10", "had been
    scheduled for Dec. 7", "said October 7 was the most likely start date": `plan_date`) names the nearer of
    the two: ahead up to half a year."""
    ahead = year_later(v, published)  # the caller checks that v is about a year back
    if ahead is None or YEAR_BACK.search(sent) or _DONE_RELATIVE_AFTER.match(sent, end) and \
            (_DOER_BEFORE.search(sent, max(0, at - 40), at) or _DREW_CROWD.match(sent, end)):
        return v
    days = (ahead.date - published).days
    if days <= NEAR_AHEAD_DAYS or (days <= 182 and (PAST_PLAN.search(sent, max(0, at - 80), at) or plan_date or
                                                    _proposal_plan(sent, at, end))):
        return ahead
    return v


# A yearless day named as a plan's date in a reported past: "he said October 7 was the most likely start date",
# "June 3 was the earliest possible date for the vote" (the day's own "was" no past of its happening; not "July 4
# was the hottest day", "May 1 was the deadline", a day that came).
_PLAN_DATE_AFTER = re.compile(r"\s+(?:was|were|would\s+be)\s+(?:the|a|an)\s+(?:(?:most|more|very)\s+)?"
                              r"(?:likely|probable|possible|expected|tentative|proposed|planned|preferred|earliest|new|"
                              r"target)\b"
                              r"(?:\s+[\w-]+){0,2}?\s+(?:date|day|deadline)\b", re.IGNORECASE)
# ... its date named first, the day after the copula: "The likely start date was January 12", "the most likely date
# for the vote was March 3" (not a day that came, "The likely date of the theft was April 2", "The start date was")
_PLAN_DATE_ENDS = re.compile(r"\s*(?:[.;!?\"”]|$|,[\"”]?\s+(?:[\w'’-]+\s+){0,3}?(?:said|says|told|added|announced|"
                             r"reported|wrote)\b[^,;]*$|,\s+according\s+to\b)", re.IGNORECASE)
_PLAN_DATE_WORD = re.compile(r"dat|day|deadl", re.IGNORECASE)  # (the cheap test before it)
_PLAN_DATE_BEFORE = re.compile(r"\b(?:likely|probable|possible|expected|tentative|proposed|planned|preferred|earliest|"
                               r"new|target)(?:\s+[\w-]+){0,2}?\s+(?:date|day|deadline)"
                               r"(?:\s+for\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w-]+)?"
                               r"\s+(?:was|would\s+be)\s+(?:on\s+)?$", re.IGNORECASE)


# Words between two dates of a sentence that put the second after the first: "rallied on Sept. 9 ahead
# of the Fed meeting on Sept. 10", "gathered on Sept. 7 before the elections on Sept. 8", "In February,
# the council demanded its removal by March 1", "rose on Sept. 9, then fell on Sept. 10" ...
_ORDERED_AFTER = re.compile(r"\b(?:ahead\s+of|before(?!\s+(?:that|this|then|it)\b)|prior\s+to|"
                            r"in\s+the\s+(?:run|lead|build)[-\s]?up\s+to|then)\b|"
                            # ... or a limit or a target right before the second ("by", "until", "moved to"),
                            # not a "to" of a comparison or of a back-dating ("compared to December",
                            # "relative to", "retroactive to January", "backdated to").
                            # (not a payout's record day: "paid Nov. 15 to holders on record by Nov. 1")
                            r"\b(?:until|till|(?<!record\s)by|(?<!compared\s)(?<!relative\s)(?<!similar\s)(?<!equal\s)"
                            r"(?<!identical\s)(?<!retroactive\s)(?<!retroactively\s)(?<!backdated\s)"
                            r"(?<!back-dated\s)(?<!back\s)(?<!comparison\s)(?<!compares\s)(?<!compare\s)to|into)\s+"
                            r"(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
# A sequel's limit or next step, after which the first of a pair told in the past is put back rather
# than the second ahead ("Rates were cut in September, then held in December" in an October paper).
_SEQUEL_BEFORE = re.compile(r"\bthen\b|\b(?:until|till)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
# Two dates joined as two of a kind: "barred from the elections on Sept. 8 and the runoff on Sept. 22".
_JOINED_AND = re.compile(r",?\s+(?:and|or)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:on|in)?\s*$",
                         re.IGNORECASE)
# ... with no clause of its own between that tells a future or its own time ("will", a relative clause).
_CYCLE_BREAK = re.compile(r"[;:()\"“”]|,\s+(?:which|when|who|where|while)\b|"
                          r"\b(?:will|would|shall|won't|going\s+to|next|last|ago|earlier|later|previous|following|"
                          r"after|since|because|years?)\b", re.IGNORECASE)
# A move's target: "was moved to August", "were delayed until May", "was pushed to July 15".
_MOVE_TARGET_BEFORE = re.compile(r"\b(?:moved|postponed|delayed|pushed(?:\s+back)?|put\s+off|deferred|rescheduled|"
                                 r"shifted|extended|stayed(?:\s+[\w-]+){0,3}?|lasted|continued|ran|dragged\s+on)\s+"
                                 r"(?:to|until|till|into)\s+$", re.IGNORECASE)
# A year of the day's own right after it: "promoted on March 3 this year", "... on March 3 of 2027".
_OWN_YEAR_AFTER = re.compile(r"\s*,?\s*(?:(?:this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+year|"
                             r"(?:of|in)\s+(?:19|20)\d\d)\b", re.IGNORECASE)


def own_year_after(sent: str, end: int) -> bool:
    """Is a yearless date ending at `end` followed by a year of its own ("Oct 20 last year", "Aug. 9 of
    2019")? Its year is the one written, whatever cycle the date before it lies in."""
    return _OWN_YEAR_AFTER.match(sent, end) is not None


# How far before the first a day a sentence joins by "and" may lie before it is put in the first's cycle.
_JOINED_DAYS_APART = 182


def in_cycle_after(sent: str, mentions: list[Mention], resolved: list, tenses: list, j: int,
                   published: dt.date, custom: bool | None) -> tuple[int, DateValue] | None:
    """Yearless date j moved into the cycle of the date before it, when the words between order them
    and the two now lie in different cycles (each year picked by its own clause's tense or rule), as
    (j, its value), or None; or the first put a year back, (j - 1, its value), when the second is
    told in the past and would land after publication. After "ahead of", "before", "until", "by",
    "to" or "then" the second lies on or after the first, the first such one; after "and" too, but
    only a day read more than half a year before the first is moved ("barred from the elections on
    Sept. 8 and the runoff on Sept. 22"). The first date decides: it is the one the clause is anchored
    by. A custom before a move ("The primary, which typically falls in June, was moved to August", "The deadline,
    normally April 15, was pushed to July 15") gives its cycle too: the custom's last time, if at most
    about nine months back (news tells what happened), else its next; the target follows it."""
    m, v = mentions[j], resolved[j]
    if v is None or m.kind not in ("mo", "mdy", "dmy") or not yearless(m) or v.end_date is not None or \
            m.g("mo_mod") or m.g("mdy_mod") or m.text.endswith(("'s", "’s")):
        return None
    i = j - 1
    f = mentions[i]
    if f.kind not in ("mo", "mdy", "dmy") or f.g("mo_mod") or f.g("mdy_mod"):
        return None
    gap = sent[f.end:m.start]
    if len(gap) > 90 or _CYCLE_BREAK.search(gap) or RANGE_GAP.fullmatch(gap):
        return None  # (RANGE_GAP: two ends of one range, "from April to October", which the range's own rules read)
    if own_year_after(sent, m.end):
        # "between 10pm on Oct 19 and 1am on Oct 20 last year", "on Aug. 3 and Aug. 9 this year": the year
        # written right after the day is its own (pipeline folds it in); no cycle of the first moves it
        return None
    first = resolved[i]
    if first is None:
        # The custom's time before a move: not a statement of its own, but the cycle of what was moved.
        if not yearless(f) or not _MOVE_TARGET_BEFORE.search(sent, max(0, m.start - 40), m.start) or \
                not (custom if custom is not None else holds(sent, HABITUAL_WORDS)) or not habitual(sent, f):
            return None
        month = month_value(f.g("mo") if f.kind == "mo" else f.g(f.kind + "_mon"))
        day = 1 if f.kind == "mo" else day_number(f.g(f.kind + "_d"))
        times = [d for d in (safe_date(published.year + k, month, day or 1) for k in (-1, 0, 1)) if d is not None]
        past = [d for d in times if d <= published]
        start = past[-1] if past and (published - past[-1]).days <= MONTH_PAST_DAYS else \
            next(d for d in times if d > published)
    else:
        if first.end_date is not None or first.precision not in ("day", "month"):
            return None
        if not yearless(f) and first.precision == v.precision == "day" and tenses[j] == "past" and \
                first.date < v.date and (published - v.date).days > _JOINED_DAYS_APART and _JOINED_AND.fullmatch(gap) \
                and not _OWN_YEAR_AFTER.match(sent, m.end):
            # "He was arrested on Jan. 5, 2024, and released on Feb. 2", "The plant opened on Aug. 31, 2019
            # and closed on Sept. 4" in a paper of late 2025: a day told in the past with no year of its own,
            # joined to a full date of an earlier year, is of that story's time, the first such day after it
            # (within half a year), not one more than half a year before the paper (which would have had its
            # year); a day read within half a year back keeps it ("hired on Aug. 3, 2023, and fired on Sept. 9")
            cand = years_on(v, first.date.year - v.date.year)
            if cand is not None and cand.date < first.date:
                cand = years_on(cand, 1)
            if cand is not None and cand.date != v.date and (cand.date - first.date).days <= _JOINED_DAYS_APART:
                return j, cand
            return None
        if tenses[i] is None and tenses[j] == "past":
            return None  # "cut prices on Aug. 1, then raised them on Aug. 15": the tense told decides, not the first
        start = first.date
        if not _ORDERED_AFTER.search(gap):
            # (two months joined, "in March and September", are read as a pair above); two days joined
            # in order: the second only put later, when read before the first ("barred from the
            # elections on Sept. 8 and the runoff on Sept. 22"), never back ("met on Feb. 3 and on Sept. 9")
            if not (first.precision == v.precision == "day" and _JOINED_AND.fullmatch(gap)) or \
                    v.date >= start or (start - v.date).days <= _JOINED_DAYS_APART:
                return None
    cand = years_on(v, start.year - v.date.year)
    if cand is None:
        return None
    if cand.date < start.replace(day=1) if v.precision == "month" else cand.date < start:
        cand = years_on(cand, 1)
    if cand is None or cand.date == v.date:
        return None
    if first is not None and tenses[j] == "past" and first.date <= published and \
            (cand.date - published).days > NEAR_AHEAD_DAYS:
        # A second told in the past is not put after publication by a first gone by (a first read
        # ahead, "barred from the elections on Sept. 8 and the runoff on Sept. 22", takes it along):
        # the first is put a year back when the second is its sequel ("Rates were cut in September,
        # then held in December", "The strike, which started in March, lasted until February"), else
        # both are left ("had fled the state before a hearing on Dec. 20", "compared to December").
        back = years_on(first, -1) if yearless(f) and tenses[i] == "past" and _SEQUEL_BEFORE.search(gap) else None
        if back is not None and back.date <= v.date and v.date <= published:
            return i, back
        return None
    return j, cand


# A relative clause whose pronoun is the subject of a past verb of doing, right after a day's thing:
# "the frost on Jan. 19, which killed half the crop", "the storm on Jan. 20, which flooded hundreds of
# homes" (not "which officials feared", "that threatened to close 40 ports", "which was expected to").
_DONE_RELATIVE_AFTER = re.compile(
    r",?\s+(?:which|that)\s+(?:[a-z]+ly\s+)?(?!(?:threatened|promised|seemed|appeared|looked|needed|required|"
    r"called|feared|warned|vowed|pledged|planned|aimed|hoped|wanted|used)\b)"
    r"(?:[a-z]+ed|hit|drew|struck|brought|cost|took|left|won|lost|tore|swept|shut|cut|froze|fell|caught|knocked|"
    r"blew|broke|sank|shook|spread|ran|forced|sent|put)\b(?!\s+to\b)", re.IGNORECASE)
# ... whose subject is the dated thing itself, a happening that does things ("the frost on Jan. 19,
# which killed"), not the whole clause before it ("Police closed roads for the run on Jan. 1, which
# forced long detours", "canceled its flights on Jan. 2, which stranded 3,000 travelers") ...
_DOER_BEFORE = re.compile(
    r"\b(?:frost|freeze|storms?|snowstorm|ice\s+storm|hurricane|typhoon|cyclone|tornado(?:es)?|floods?|flooding|"
    r"blizzard|(?:earth)?quake|tremor|tsunami|(?:wild)?fires?|blaze|blast|explosion|crash|collision|derailment|"
    r"attacks?|bombings?|riots?|(?:land|mud)slide|avalanche|eruption|heat\s*wave|outage|blackout|spill|collapse|"
    r"downpour|hailstorm|gales?)\s+(?:on\s+)?$", re.IGNORECASE)
# ... or a crowd an event drew ("the parade on Jan. 20, which drew thousands").
_DREW_CROWD = re.compile(r",?\s+(?:which|that)\s+(?:drew|attracted)\s+(?:thousands|hundreds|crowds|a\s+crowd|record|"
                         r"more\s+than|nearly|about|some|over|\d)", re.IGNORECASE)


# The verbs of a plan after "was/were to" (a closed list: after "was to" a place, an amount or a person
# is as common as a verb, "was to police", "was to rural Ohio", "was to no avail"; not "come":
# "Worse was to come on April 2" tells what followed, no plan).
_PLAN_VERBS = (r"(?:return|resume|begin|start|sign|meet|vote|appear|leave|depart|sail|fly|open|reopen|close|take|"
               r"hold|arrive|travel|visit|testify|announce|launch|face|play|speak|address|deliver|receive|decide|"
               r"rule|hear|go|end|finish|expire|run|stand|attend|host|release|report|submit|file|present|"
               r"unveil|debate|consider|discuss|review)")
PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:going|due|scheduled|set|supposed|meant|planned|slated|"
                       r"expected)\s+(?:to|for)\b|"
                       # a plan's participle, its place named before its day: "was originally scheduled at the
                       # National Stadium in Karachi from October 15", "was scheduled in Lagos on May 3" (not
                       # "was set in Lagos on": a scene's; the day right after the place). Not "planned": it is also
                       # a plot's ("the attack was (originally) planned in Peshawar on October 20", gone by)
                       r"\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|previously|earlier)\s+)?"
                       r"(?:scheduled|slated)"
                       r"(?:\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*)"
                       r"(?:\s+(?-i:[A-Z][\w.'’-]*)){0,4})+\s+(?:on|from|for)\s+$|"
                       # "was/were to <verb>", a plan seen from the past as in _TOLD_PLAN ("lawyers were to return
                       # on April 9", "was to be sentenced"), its verb one of a plan's (_PLAN_VERBS): not "was to
                       # blame", "was to have signed" (given up), "was to Paris", "was to no avail"
                       r"\b(?:was|were)\s+(?:(?:also|still|originally|initially|then)\s+)?to\s+"
                       r"(?:be\s+(?-i:[a-z]+ed|held|sworn|seen|heard|given|taken|shown)|" + _PLAN_VERBS + r")\b",
                       re.IGNORECASE)
# A proposal or an agreement told in the past, its act after it ("had proposed starting the talks July 10", "suggested
# holding a vote on May 3"): the act's day, which may still be ahead (not "had proposed a ban", no act's day) when the
# day ends the sentence, a place at most after it ("... July 10th in Pyongyang."); not "suggested holding a vote on
# January 20, but the vote was held in February", "who had proposed holding talks on January 20, walked out in March":
# what follows may tell the day went by.
_PROPOSAL_PLAN = re.compile(r"\b(?:proposed|suggested|offered|agreed|planned|promised|pledged|intended|arranged)\s+"
                            r"(?:to\s+" + _PLAN_VERBS + r"|(?:start|hold|resum|open|reopen|beginn|sign|meet|launch|"
                            r"host|releas|clos|visit|return|vot)ing)\b", re.IGNORECASE)
def _proposal_plan(sent: str, at: int, end: int) -> bool:
    """A proposal told in the past with its act right before the day at `at`..`end`, the day ending the sentence."""
    return _PROPOSAL_DAY_ENDS.match(sent, end) is not None and \
        _PROPOSAL_PLAN.search(sent, max(0, at - 80), at) is not None


_PROPOSAL_DAY_ENDS = re.compile(r"(?:\s+(?:in|at)\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3})?"
                                # (a saying after it is as harmless: ", officials said", ", according to the agency")
                                r"(?:,\s+(?:[\w.'’-]+\s+){1,3}(?:said|says|added|reported)|,\s+according\s+to\s+[^,.;!?]+)?"
                                r"\s*(?:[.;!?\"”]|$)")


# A slot a day is named for ("launch windows on", "its lineup for", "placeholders on the range for") or a plan moved
# to or from it ("pushed back ... from July 17 to", "postponed to", "rescheduled for"); the day its object: right after
# a preposition, "and" or a list's comma, no clause's stop nor verb of its own between (slot_day). A window is a
# launch's ("the school's windows", "Windows 7", "Window Rock" are none), and only a window's day may follow "on": a
# lineup or a move "on" a day was made that day ("unveiled its lineup on March 6", "was postponed on March 3",
# "pushed back the rebels on April 2", "moved back to Dayton on February 11": rv34).
# (Lower case, or its first letter a capital: every match holds a substring the sentence's `slotted` gate asks.)
_SLOT_CUE = re.compile(r"\b(?:(?P<window>[Ll]aunch\s+[Ww]indows?)|[Ll]ine-?ups?|[Pp]laceholders?|"
                       r"(?:[Pp]ushed|[Mm]oved|[Bb]umped)\s+back|[Pp]ostponed|[Rr]escheduled)\b")
# The substrings the gate asks (pipeline._resolve_sentence's `slotted`; test_fast_paths checks they cover _SLOT_CUE).
SLOT_CUE_WORDS = ("indow", "ineup", "ine-up", "back", "poned", "eschedul", "laceholder")
_SLOT_OBJECT_BEFORE = re.compile(r"(?:\b(?:(?P<on>on)|for|from|to|until|and)|,)\s+$")
# A window "on" a day is the day's slot only when it was asked for or given ("had requested backup launch windows on
# November 16 and 19", "booked launch windows on March 9"); one used, missed or scrubbed was so on that day ("SpaceX
# scrubbed its launch window on March 3", "The crew missed its launch window on April 30 by four seconds": rv34).
_WINDOW_BOOKED_BEFORE = re.compile(r"\b(?:request|ask|book|reserv|secur|schedul|sought|seek|grant|approv|add|offer|"
                                   r"assign|allot|set)\w*(?:\s+(?:for|up|aside))?\s+(?:[\w'’-]+\s+){0,3}$",
                                   re.IGNORECASE)
_SLOT_WITHIN = 100


def slot_day(sent: str, m: Mention) -> bool:
    """Whether the yearless day `m` is a slot's or a moved plan's day (_SLOT_CUE before it in its clause, the day
    its object, no past between), with no past of the day’s own after it in its part of the sentence."""
    lo = m.start - _SLOT_WITHIN if m.start > _SLOT_WITHIN else 0
    cue = None
    for found in _SLOT_CUE.finditer(sent, lo, m.start):
        cue = found
    if cue is None:
        return False
    prep = _SLOT_OBJECT_BEFORE.search(sent, cue.end(), m.start)
    if prep is None or prep["on"] and (not cue["window"] or _WINDOW_BOOKED_BEFORE.search(
            sent, cue.start() - 60 if cue.start() > 60 else 0, cue.start()) is None):
        return False
    gap = sent[cue.end():m.start]
    if may_hold(gap, PRESENT_PASSIVE_WORDS):
        gap = PRESENT_PASSIVE.sub(" ", gap)  # "another launch window is listed for": a present, no past
    if "." in gap or ";" in gap or "!" in gap or "?" in gap or has_past_marker(gap):
        return False
    return not has_past_marker(sent[m.end:sentence_part_end(sent, m.end)])
