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

from .lexicon import (
    APPROX_WORDS,
    DAY,
    DAYW,
    EVERY_WORDS,
    GENERIC_DETERMINERS,
    MON,
    MONTH_CONTEXT_WORDS,
    MONTH_NAMES,
    NUM,
    PART_MOD,
    QUANTITY_NOUNS,
    QUANTITY_SUFFIXES,
    WD,
    WEEKDAYS,
    YEAR,
    YEAR_BEFORE_BAD_WORDS,
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
from .types import DateValue

EXAMPLE_PUBLISHED = dt.date(2023, 4, 6)  # a Thursday


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
    rf"\s*(?:{phrase_rx(QUANTITY_NOUNS)}|to\s+1\b(?!,)|[a-z]+s\s+(?:of|were|are)\b|"
    rf"-(?:{'|'.join(QUANTITY_SUFFIXES)}))",
    re.IGNORECASE,
)
_YEAR_BEFORE_BAD = re.compile(rf"(?:{'|'.join(YEAR_BEFORE_BAD_WORDS)})\s*$", re.IGNORECASE)
_APPROX_BEFORE = re.compile(rf"\b(?:{phrase_rx(APPROX_WORDS)})\s+$", re.IGNORECASE)
_GENERIC_BEFORE = re.compile(rf"\b(?:{'|'.join(GENERIC_DETERMINERS)})\s+$", re.IGNORECASE)
_EVERY_BEFORE = re.compile(rf"\b(?:{'|'.join(EVERY_WORDS)})\s+$", re.IGNORECASE)


def _spelled_year_ok(m: re.Match) -> bool:
    """A spelled-out year ("nineteen ninety-two") must be one we can read."""
    return not SPELLED_YEAR_RE.search(m.group(0)) or spelled_year(m.group(0)) is not None


def _month_ok(mon: str) -> bool:
    return mon[0].isupper()  # "may", "march": verbs


def _day_ok(tok: str) -> bool:
    d = day_number(tok)
    return d is not None and 1 <= d <= 31


# --- full dates -------------------------------------------------------------
def _resolve_iso(m, ctx):
    g = m.g
    d = safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    return DateValue(d, "day") if d else None


def _resolve_num(m, ctx):
    g = m.g
    a, b, y = int(g("num_a")), int(g("num_b")), int(g("num_y"))
    if y < 100:
        y += 2000 if y <= (ctx.published.year % 100) + 10 else 1900
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
        # Day/month order unknown: say only what is certain.
        return DateValue(dt.date(y, 1, 1), "year") if 1 <= a <= 12 and 1 <= b <= 12 else None
    return DateValue(d, "day") if d else None


def _resolve_month_day(m, ctx):
    """mdy and dmy: "April 5, 2023", "Friday, April 7", "5 April", "March 2-4"."""
    g = m.g
    k = m.kind
    pub = ctx.published
    month = month_value(g(f"{k}_mon"))
    day = day_number(g(f"{k}_d"))
    d2 = g(f"{k}_d2")
    yv = g(f"{k}_y")
    if yv:
        d = safe_date(year_value(yv), month, day)
    else:
        cands = month_candidates(month, day, pub.year)
        wd = g(f"{k}_wd")
        mod = (g("mdy_mod") or "").lower() if k == "mdy" else ""
        if wd:
            match = [c for c in cands if c.weekday() == WEEKDAYS[wd.lower()]]
            if match:
                cands = match
        if mod == "last":
            d = pick(cands, pub, "past", strict=True)
        elif mod in ("next", "this coming"):
            d = pick(cands, pub, "future", strict=True)
        else:
            d = pick(cands, pub, ctx.tense)
    if d is None:
        return None
    end = None
    if d2:
        end = safe_date(d.year, d.month, day_number(d2))
        if end is None or end <= d:
            end = None
    return DateValue(d, "day", end)


def _weekday_contradiction(m, value):
    """ "Thursday, April 6" when 6 April is a Monday: the explicit date is kept, the event flagged."""
    wd = m.g(f"{m.kind}_wd")
    if wd and value.date.weekday() != WEEKDAYS[wd.lower()]:
        return ("weekday-contradicts-date",)
    return ()


def _valid_mdy(m, s, gd):
    if not _month_ok(gd["mdy_mon"]) or not _day_ok(gd["mdy_d"]):
        return False
    if re.fullmatch(r"(?i)may|mar|march", gd["mdy_mon"]) and gd["mdy_d"].isalpha():
        return False  # "May first", "March third": at a sentence start more often verbs than dates
    return _spelled_year_ok(m)


def _valid_dmy(m, s, gd):
    return _month_ok(gd["dmy_mon"]) and _day_ok(gd["dmy_d"]) and _spelled_year_ok(m)


# --- months -------------------------------------------------------------------
def _resolve_my(m, ctx):
    g = m.g
    month = month_value(g("my_mon"))
    if g("my_y"):
        year = year_value(g("my_y"))
    else:
        year = ctx.published.year + {"this": 0, "last": -1, "next": 1}[g("my_rel").lower()]
    return DateValue(dt.date(year, month, 1), "month")


def _valid_my(m, s, gd):
    return _month_ok(gd["my_mon"]) and _spelled_year_ok(m)


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
        d = pick(cands, this_month, ctx.tense, prefer_past_within=MONTH_PAST_DAYS)
    return DateValue(d, "month")


def _valid_mo(m, s, gd):
    if not _month_ok(gd["mo"]):
        return False
    if _EVERY_BEFORE.search(s, max(0, m.start() - 8), m.start()):
        return False  # "each July", "every March": no particular month
    if gd.get("mo_mod"):
        return True
    mon = gd["mo"].lower().rstrip(".")
    before = s[max(0, m.start() - 25):m.start()]
    if mon in ("may", "march", "mar") or (mon not in MONTH_NAMES and not gd["mo"].endswith(".")):
        # Bare "May"/"March"/"Jan" need a preposition: "in May" yes,
        # "Theresa May" or "March organisers" no.
        if not _MONTH_CONTEXT.search(before):
            return False
    if mon in ("may",) and before.endswith(("Theresa ", "Brian ")):
        return False
    after = s[m.end():m.end() + 2]
    if s[max(0, m.start() - 2):m.start()].endswith(("-", "–")) and s[max(0, m.start() - 3):m.start() - 1].isalpha():
        return False  # "the April-June quarter"
    if after[:1] == "-" or (after[:1] == " " and re.match(r" [A-Z][a-z]", s[m.end():m.end() + 3])
                            and not _MONTH_CONTEXT.search(before)):
        # "August Wilson", "July-style": a name, not the month.
        return False
    return True


# --- days relative to the publication date ---------------------------------
def _resolve_wd(m, ctx):
    g = m.g
    wd = WEEKDAYS[g("wd").lower()]
    mod = re.sub(r"\s+", " ", (g("wd_mod") or "").lower())
    base = ctx.published
    if mod in ("the previous", "previous", "the following", "following") and ctx.day_anchor:
        base = ctx.day_anchor.date
    delta = (base.weekday() - wd) % 7
    prev = base - dt.timedelta(days=delta)          # on or before
    nxt = base + dt.timedelta(days=(wd - base.weekday()) % 7)  # on or after
    if mod in ("last", "the previous", "previous"):
        d = prev if prev < base else prev - dt.timedelta(days=7)
    elif mod in ("next", "the following", "following", "this coming", "coming"):
        d = nxt if nxt > base else nxt + dt.timedelta(days=7)
    elif ctx.tense == "future":
        d = nxt
    else:
        d = prev
    return DateValue(d, "day")


def _valid_wd(m, s, gd):
    if not gd["wd"][0].isupper():
        return False
    if not gd.get("wd_mod") and _GENERIC_BEFORE.search(s, max(0, m.start() - 8), m.start()):
        return False  # "on a Friday", "every Monday": no particular day
    return True


def _resolve_rd(m, ctx):
    g = m.g
    pub = ctx.published
    if g("rd_two"):
        return DateValue(pub + dt.timedelta(days=-2 if "before" in g("rd_two").lower() else 2), "day")
    word = (g("rd") or g("rd_this")).lower()
    off = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(re.sub(r"\s+", " ", word), 0)
    return DateValue(pub + dt.timedelta(days=off), "day")


def _resolve_ru(m, ctx):
    g = m.g
    rel = re.sub(r"\s+", " ", g("ru_rel").lower())
    unit = g("ru_unit").lower()
    if unit == "week":
        return None  # weeks are not a day/month/year date
    base = ctx.published
    if rel in ("the following", "the next", "the previous", "that", "the same"):
        if ctx.anchor is None:
            return None
        base = ctx.anchor.date
        if unit == "month" and ctx.anchor.precision == "year":
            return None
    off = {"last": -1, "the past": -1, "the previous": -1, "next": 1, "the coming": 1,
           "the following": 1, "the next": 1}.get(rel, 0)
    if unit == "month":
        return DateValue(add_months(base.replace(day=1), off), "month")
    return DateValue(dt.date(base.year + off, 1, 1), "year")


def _resolve_ey(m, ctx):
    pub = ctx.published
    unit = m.g("ey_unit").lower()
    if unit == "day":
        return DateValue(pub, "day")
    if unit == "month":
        return DateValue(pub.replace(day=1), "month")
    return DateValue(dt.date(pub.year, 1, 1), "year")


def _resolve_ago(m, ctx):
    g = m.g
    pub = ctx.published
    n = num_value(g("ago_n"))
    if n is None:
        return None
    unit = g("ago_unit").lower()
    direction = re.sub(r"\s+", " ", g("ago_dir").lower())
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if direction in ("ago", "from now", "hence"):
        base = pub
    elif ctx.follower is not None and direction in ("before", "after"):
        base = ctx.follower.date
    elif direction in ("before", "after"):
        # "came a day after the bombers flew": the clause after
        # "after" is the dated thing, N units before the main event.
        # For months and years that reading is too loose to date.
        if unit not in ("day", "week") or n * (7 if unit == "week" else 1) > 14:
            return None
        base = ctx.main_day or pub
        sign = -sign
    else:
        base = ctx.day_anchor.date if (ctx.day_anchor and unit in ("day", "week")) else pub
    if unit in ("day", "week"):
        return DateValue(base + dt.timedelta(days=sign * n * (7 if unit == "week" else 1)), "day")
    if unit == "month":
        return DateValue(add_months(base.replace(day=1), sign * n), "month")
    if unit == "year":
        return DateValue(dt.date(base.year + sign * n, 1, 1), "year")
    return None


def _resolve_an(m, ctx):
    if ctx.day_anchor is None:
        return None
    rel = (m.g("an_rel") or m.g("an_ba") or "").lower()
    off = {"next": 1, "following": 1, "after": 1, "previous": -1, "before": -1}.get(rel, 0)
    return DateValue(ctx.day_anchor.date + dt.timedelta(days=off), "day")


def _resolve_ye(m, ctx):
    return DateValue(dt.date(ctx.published.year, 1, 1), "year")


def _resolve_dec(m, ctx):
    # "in the 1990s": year precision, the decade as a range.
    y = int(m.g("dec"))
    return DateValue(dt.date(y, 1, 1), "year", dt.date(y + 9, 1, 1))


def _resolve_yr(m, ctx):
    y = year_value(m.g("yr"))
    if not 1000 <= y <= ctx.published.year + 50:
        return None
    return DateValue(dt.date(y, 1, 1), "year")


def _valid_yr(m, s, gd):
    if _YEAR_BEFORE_BAD.search(s[max(0, m.start() - 12):m.start()]):
        return False  # "Boeing 1747", "route 2000"
    if not gd.get("yr_mod") and _QUANTITY_AFTER.match(s, m.end()):
        return False  # "2000 people"
    if not gd.get("yr_mod") and _APPROX_BEFORE.search(s, max(0, m.start() - 16), m.start()):
        return False  # "fell to about 1800", "more than 2000": a quantity
    tail = s[m.end():m.end() + 2]
    if tail[:1] in ("-",) and tail[1:2].isdigit():
        return False  # "1995-96" season or score; avoid
    return _spelled_year_ok(m)


# --- the rules, in the order they are tried at a position -------------------
RULES: tuple[Rule, ...] = (
    Rule("iso", r"(?<![\d-])(?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})(?!\d)", _resolve_iso,
         confidence=0.98, examples=(("The report is dated 2023-03-01.", "2023-03-01"),
                   ("The code 2023-13-45 is no date.", None))),
    Rule("num", r"(?<![\d/.-])(?P<num_a>\d{1,2})(?P<num_sep>[/.-])(?P<num_b>\d{1,2})(?P=num_sep)"
                r"(?P<num_y>\d{4}|\d{2})(?![\d/-])", _resolve_num,
         confidence=0.9, examples=(("The order was signed on 13/03/2023.", "2023-03-13"),
                   ("The order was signed on 06.04.2023.", "2023-04-06"),
                   ("The order was signed on 05/04/2023.", "2023"))),
    Rule("mdy", rf"(?:(?P<mdy_wd>{WD}),?\s+)?(?:(?P<mdy_mod>this\s+coming|this|next|last)\s+)?"
                rf"(?P<mdy_mon>{MON})\s+(?:the\s+)?(?P<mdy_d>{DAYW})"
                rf"(?:\s*[-–]\s*(?P<mdy_d2>{DAY}))?(?:,?\s+(?:of\s+)?(?P<mdy_y>{YEAR}))?",
         _resolve_month_day, _valid_mdy,
         confidence=0.95, flags=_weekday_contradiction,
         examples=(("The treaty was signed on April 5, 2023.", "2023-04-05"),
                   ("The deal closed Sept. 30, 2022.", "2022-09-30"),
                   ("The drills ran March 2-4.", "2023-03-02/2023-03-04"),
                   ("The vote is on Friday, April 14.", "2023-04-14"),
                   ("The accord was signed on March the twenty-first.", "2023-03-21"))),
    Rule("dmy", rf"(?:(?P<dmy_wd>{WD}),?\s+)?(?:the\s+)?(?P<dmy_d>{DAY})(?:\s*[-–]\s*(?P<dmy_d2>{DAY}))?"
                rf"\s+(?:of\s+)?(?P<dmy_mon>{MON})(?:,?\s+(?P<dmy_y>{YEAR}))?",
         _resolve_month_day, _valid_dmy,
         confidence=0.95, flags=_weekday_contradiction,
         examples=(("The treaty was signed on 5 April 2023.", "2023-04-05"),
                   ("Talks were held on the 3rd of March.", "2023-03-03"),
                   ("Rallies were held on 2-4 March.", "2023-03-02/2023-03-04"))),
    Rule("my", rf"(?:(?P<my_mod>{PART_MOD})\s*)?(?P<my_mon>{MON}),?\s+(?:of\s+)?"
               rf"(?:(?P<my_y>{YEAR})|(?P<my_rel>this|last|next)\s+year)", _resolve_my, _valid_my,
         confidence=0.95, examples=(("The plant opened in March 2021.", "2021-03"),
                   ("The plant opens in June next year.", "2024-06"),
                   ("Talks stalled in late May of 2019.", "2019-05"))),
    Rule("wd", rf"(?:(?P<wd_mod>last|this\s+coming|this|next|coming|the\s+previous|the\s+following|"
               rf"previous|following|earlier|later|early|late)\s+)?(?P<wd>{WD})(?:'s)?"
               r"(?:\s+(?P<wd_part>morning|afternoon|evening|night))?", _resolve_wd, _valid_wd,
         confidence=0.9, examples=(("Kim met officials on Monday.", "2023-04-03"),
                   ("Kim met officials on Thursday.", "2023-04-06"),
                   ("Kim will meet officials on Friday.", "2023-04-07"),
                   ("The ship sank last Thursday.", "2023-03-30"),
                   ("The market is closed on a Sunday.", None))),
    Rule("rd", r"(?P<rd_two>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
               r"|(?:(?P<rd_mod>earlier|later|late|early)\s+)?(?P<rd>today|yesterday|tomorrow|tonight)(?:'s)?"
               r"|(?P<rd_this>this\s+(?:morning|afternoon|evening)|last\s+night)", _resolve_rd,
         confidence=0.95, examples=(("The minister resigned yesterday.", "2023-04-05"),
                   ("Results are expected tomorrow.", "2023-04-07"),
                   ("The quake struck this morning.", "2023-04-06"),
                   ("Talks ended the day before yesterday.", "2023-04-04"))),
    Rule("ru", r"(?:(?P<ru_mod>earlier|later|early|late)\s+(?:in\s+)?)?"
               r"(?P<ru_rel>this|last|next|the\s+past|the\s+previous|the\s+current|the\s+coming|the\s+following|"
               r"the\s+next|that|the\s+same)\s+(?P<ru_unit>week|month|year)(?:'s)?(?![-\w])", _resolve_ru,
         confidence=0.9, examples=(("Sales fell last year.", "2022"),
                   ("The company listed its shares earlier this month.", "2023-04"),
                   ("A referendum will be held next year.", "2024"),
                   ("Talks resume next week.", None))),
    Rule("ey", r"(?P<ey_mod>earlier|later)\s+in\s+the\s+(?P<ey_unit>year|month|day)", _resolve_ey,
         confidence=0.8, examples=(("Prices rose earlier in the year.", "2023"),)),
    Rule("ago", r"(?P<ago_q>(?:nearly|almost|about|around|some|more\s+than|less\s+than|over|just|only|roughly|"
                r"exactly)\s+)?"
                rf"(?P<ago_n>{NUM})\s+(?:full\s+)?(?P<ago_unit>day|week|month|year|decade)s?(?:\s+or\s+so)?\s+"
                r"(?P<ago_dir>ago|earlier|later|before|after|previously|from\s+now|hence)", _resolve_ago,
         relative=True,
         confidence=0.9, examples=(("The ship left port three days ago.", "2023-04-03"),
                   ("The mine closed five years ago.", "2018"),
                   ("The comments came a day after the bombers flew.", "2023-04-05"),
                   ("Profit rose to $5 million from $3 million a year earlier.", None))),
    Rule("an", r"the\s+(?:(?P<an_rel>next|following|previous|same)\s+day|"
               r"day\s+(?P<an_ba>before|after)(?!\s+(?:yesterday|tomorrow)))"
               r"(?!\s*\w*\s*(?:of|in))", _resolve_an, relative=True,
         confidence=0.7,
         examples=(("The dam broke on March 3, 2023, and the next day the town was evacuated.", "2023-03-04"),
                   ("The town was evacuated the next day.", None))),
    Rule("ye", r"(?P<ye>(?:the\s+)?end\s+of\s+(?:the|this)\s+year|year[-\s]end(?![\w-])|year's\s+end)",
         _resolve_ye,
         confidence=0.8, examples=(("The plant will close by the end of the year.", "2023"),)),
    Rule("dec", rf"(?:{PART_MOD}\s*)?(?:the\s+)?(?P<dec>(?:1[6-9]\d|20\d)0)'?s(?!\w)", _resolve_dec,
         confidence=0.6, examples=(("The town grew in the 1990s.", "1990/1999"),)),
    Rule("mo", rf"(?:(?P<mo_mod>last|this|next|{PART_MOD})\s*)?(?P<mo>{MON})(?:'s)?(?!\s*\d)", _resolve_mo,
         _valid_mo,
         confidence=0.85, examples=(("In March alone, the North fired 20 missiles.", "2023-03"),
                   ("The summit will be held in June.", "2023-06"),
                   ("They signed a treaty last May.", "2022-05"),
                   ("Theresa May spoke.", None),
                   ("The fair is held every July.", None))),
    Rule("yr", rf"(?:(?P<yr_mod>{PART_MOD}|fiscal|calendar)[\s-]*)?(?P<yr>{YEAR})(?:'s)?", _resolve_yr, _valid_yr,
         confidence=0.85, examples=(("The company was founded in 1998.", "1998"),
                   ("The war ended in nineteen forty-five.", "1945"),
                   ("The firm employs 2000 people.", None),
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
# confidence = the rule's own (explicit full dates 0.95-0.98, a bare year 0.85
# since numbers are often quantities or modifiers, a decade 0.6, "the next
# day" 0.7), then multiplied by
#   0.8  the date hangs on tense and the clause has no tense marker: the
#        engine guessed (a bare weekday, a yearless date or month);
#   0.85 a yearless date put in another calendar year than the publication
#        (December news about "January", January news about "Dec. 30");
#   0.75 anchored on another date or clause of the text ("two days after
#        the vote", "that year", "the following Monday");
#   0.6  a weekday that contradicts its explicit date (flagged).
# The review page shows the least certain first; the figures order events,
# they are not calibrated probabilities.
_ANCHORED_RU = frozenset(("the following", "the next", "the previous", "that", "the same"))
_ANCHORED_WD = frozenset(("the previous", "previous", "the following", "following"))
_MODIFIED_WD = frozenset(("last", "next", "this coming", "coming", "this"))


def _hangs_on_tense(m) -> bool:
    if m.kind == "wd":
        return re.sub(r"\s+", " ", (m.g("wd_mod") or "").lower()) not in _MODIFIED_WD | _ANCHORED_WD
    if m.kind in ("mdy", "dmy"):
        return not m.g(f"{m.kind}_y") and not m.g("mdy_mod")
    return m.kind == "mo" and not m.g("mo_mod")


def _anchored(m) -> bool:
    if m.kind == "ago":
        return re.sub(r"\s+", " ", m.g("ago_dir").lower()) not in ("ago", "from now", "hence")
    if m.kind == "ru":
        return re.sub(r"\s+", " ", m.g("ru_rel").lower()) in _ANCHORED_RU
    if m.kind == "wd":
        return re.sub(r"\s+", " ", (m.g("wd_mod") or "").lower()) in _ANCHORED_WD
    return False


def assess(m, value: DateValue, tense: str | None, published: dt.date) -> tuple[float, tuple[str, ...]]:
    """(confidence 0-1, flags) of the date `value` that mention `m` resolved to."""
    rule = RULES_BY_NAME[m.kind]
    conf = rule.confidence
    flags = rule.flags(m, value) if rule.flags is not None else ()
    if _hangs_on_tense(m):
        if tense is None:
            conf *= 0.8
        if m.kind != "wd" and value.date.year != published.year:
            conf *= 0.85
    if _anchored(m):
        conf *= 0.75
    if flags:
        conf *= 0.6
    return round(conf, 2), flags
