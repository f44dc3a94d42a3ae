"""Recognise, normalise and resolve temporal expressions.

Recognition is one compiled regular expression (alternatives ordered longest
first) run over each sentence: this is what keeps the engine fast. Resolution
is plain date arithmetic against the publication date (or another date in the
text, for "the next day"), aware of tense: "will meet on Friday" is the next
Friday, "met on Friday" the last one.

The same code serves `parse_date_phrase`, the "type a date in plain
language" form, so the two never disagree. dateparser is only a fallback for
phrases the grammar here does not know; the engine itself never calls it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .types import DateParseError, DateValue

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = frozenset(k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july"))
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "several": None, "few": None, "couple": 2,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}

# --------------------------------------------------------------------------
# Recognition
# --------------------------------------------------------------------------
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON = (r"(?:january|february|march|april|may|june|july|august|september|october|"
        r"november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept\.?|"
        r"sep\.?|oct\.?|nov\.?|dec\.?)(?![a-z])")
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d|%|\.\d)"
_ORD_WORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_DAYW = rf"(?:{_DAY}|(?:twenty|thirty)[\s-](?:{_ORD_WORD})|{_ORD_WORD})"
_UNITS = "|".join(sorted((k for k in NUMBERS if k not in ("a", "an", "several", "few", "couple")),
                         key=len, reverse=True))
_SPELLED_YEAR = (rf"(?:nineteen[\s-]+(?:{_UNITS})\b(?:[\s-]+(?:{_UNITS})\b)?|"
                 r"the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine)\b)?)")
_YEAR = rf"(?:(?<![\d$£€.,])(?:1[6-9]\d\d|20\d\d)(?![.,]\d|\d)|{_SPELLED_YEAR})"
_NUM = (r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
        r"couple\s+of|few|several)")
_PART_MOD = (r"(?:early|late|mid-?|the\s+(?:middle|beginning|start|end)\s+of|end\s+of|beginning\s+of|middle\s+of|"
             r"start\s+of)")

_ALTERNATIVES = [
    ("iso", r"(?<![\d-])(?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})(?!\d)"),
    ("num", r"(?<![\d/.-])(?P<num_a>\d{1,2})(?P<num_sep>[/.-])(?P<num_b>\d{1,2})(?P=num_sep)"
            r"(?P<num_y>\d{4}|\d{2})(?![\d/-])"),
    ("mdy", rf"(?:(?P<mdy_wd>{_WD}),?\s+)?(?:(?P<mdy_mod>this\s+coming|this|next|last)\s+)?"
            rf"(?P<mdy_mon>{_MON})\s+(?:the\s+)?(?P<mdy_d>{_DAYW})"
            rf"(?:\s*[-–]\s*(?P<mdy_d2>{_DAY}))?(?:,?\s+(?:of\s+)?(?P<mdy_y>{_YEAR}))?"),
    ("dmy", rf"(?:(?P<dmy_wd>{_WD}),?\s+)?(?:the\s+)?(?P<dmy_d>{_DAY})(?:\s*[-–]\s*(?P<dmy_d2>{_DAY}))?"
            rf"\s+(?:of\s+)?(?P<dmy_mon>{_MON})(?:,?\s+(?P<dmy_y>{_YEAR}))?"),
    ("my", rf"(?:(?P<my_mod>{_PART_MOD})\s*)?(?P<my_mon>{_MON}),?\s+(?:of\s+)?"
           rf"(?:(?P<my_y>{_YEAR})|(?P<my_rel>this|last|next)\s+year)"),
    ("wd", rf"(?:(?P<wd_mod>last|this\s+coming|this|next|coming|the\s+previous|the\s+following|"
           rf"previous|following|earlier|later|early|late)\s+)?(?P<wd>{_WD})(?:'s)?"
           r"(?:\s+(?P<wd_part>morning|afternoon|evening|night))?"),
    ("rd", r"(?P<rd_two>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
           r"|(?:(?P<rd_mod>earlier|later|late|early)\s+)?(?P<rd>today|yesterday|tomorrow|tonight)(?:'s)?"
           r"|(?P<rd_this>this\s+(?:morning|afternoon|evening)|last\s+night)"),
    ("ru", r"(?:(?P<ru_mod>earlier|later|early|late)\s+(?:in\s+)?)?"
           r"(?P<ru_rel>this|last|next|the\s+past|the\s+previous|the\s+current|the\s+coming|the\s+following|"
           r"the\s+next|that|the\s+same)\s+(?P<ru_unit>week|month|year)(?:'s)?(?![-\w])"),
    ("ey", r"(?P<ey_mod>earlier|later)\s+in\s+the\s+(?P<ey_unit>year|month|day)"),
    ("ago", r"(?P<ago_q>(?:nearly|almost|about|around|some|more\s+than|less\s+than|over|just|only|roughly|"
            r"exactly)\s+)?"
            rf"(?P<ago_n>{_NUM})\s+(?:full\s+)?(?P<ago_unit>day|week|month|year|decade)s?(?:\s+or\s+so)?\s+"
            r"(?P<ago_dir>ago|earlier|later|before|after|previously|from\s+now|hence)"),
    ("an", r"the\s+(?:(?P<an_rel>next|following|previous|same)\s+day|"
           r"day\s+(?P<an_ba>before|after)(?!\s+(?:yesterday|tomorrow)))"
           r"(?!\s*\w*\s*(?:of|in))"),
    ("ye", r"(?P<ye>(?:the\s+)?end\s+of\s+(?:the|this)\s+year|year[-\s]end(?![\w-])|year's\s+end)"),
    ("dec", rf"(?:{_PART_MOD}\s*)?(?:the\s+)?(?P<dec>(?:1[6-9]\d|20\d)0)'?s(?!\w)"),
    ("mo", rf"(?:(?P<mo_mod>last|this|next|{_PART_MOD})\s*)?(?P<mo>{_MON})(?:'s)?(?!\s*\d)"),
    ("yr", rf"(?:(?P<yr_mod>{_PART_MOD}|fiscal|calendar)[\s-]*)?(?P<yr>{_YEAR})(?:'s)?"),
]
# Every expression starts at the start of a word; saying so up front lets the
# engine skip most positions without trying each alternative (2-3x faster).
_MASTER_HEAD = r"(?<!\w)(?=\w)(?:"
MASTER = re.compile(_MASTER_HEAD + "|".join(f"(?P<K_{k}>{p})" for k, p in _ALTERNATIVES) + ")", re.IGNORECASE)

# The letters (lower case; "0" for any digit) each alternative can start with,
# optional words included. The engine tries every alternative at every start,
# so find_mentions matches with a sub-pattern holding only the alternatives
# possible at that character, in the same order: same match, far fewer
# attempts ("in" of "in March" starts none). tests/extraction check this table
# against the patterns.
_STARTS = {
    "iso": "0", "num": "0", "mdy": "adfjlmnostw", "dmy": "0fmstw", "my": "abdefjlmnost",
    "wd": "ceflmnpstw", "rd": "elty", "ru": "elnt", "ey": "el", "ago": "0acefjlmnorst",
    "an": "t", "ye": "ety", "dec": "0belmst", "mo": "abdefjlmnost", "yr": "0bceflmnst",
}


@cache  # at most one pattern per distinct set of kinds (a few dozen)
def _sub_master(kinds: tuple[str, ...]) -> re.Pattern | None:
    if not kinds:
        return None
    return re.compile(_MASTER_HEAD + "|".join(f"(?P<K_{k}>{p})" for k, p in _ALTERNATIVES if k in kinds) + ")",
                      re.IGNORECASE)


@lru_cache(maxsize=1024)
def _master_at(ch: str) -> re.Pattern | None:
    """The pattern to try at a start whose first character is `ch` (None: nothing can start there)."""
    if ch.isdecimal():
        key = "0"
    elif ch.isascii():
        key = ch.lower()
    else:
        return MASTER  # case-folding beyond ASCII: keep every alternative
    return _sub_master(tuple(k for k, _ in _ALTERNATIVES if key in _STARTS[k]))

# Context words that make a bare "May"/"March" a month, not a verb/name.
_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|during|from|through|to|between|and|or|before|after|"
    r"throughout|for|last|this|next|early|late|mid|end|beginning|middle|since|on|until)[\s-]*)$",
    re.IGNORECASE,
)
# A bare number followed by one of these is a quantity, not a year.
_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|persons|troops|soldiers|men|women|children|pounds|miles|km|kms|"
    r"kilometers|kilometres|meters|metres|feet|foot|tons|tonnes|barrels|shares|votes|dollars|dlrs|euros|"
    r"marks|yen|yuan|won|points|cars|units|jobs|workers|employees|students|cases|deaths|rounds|acres|"
    r"hectares|seats|copies|homes|houses|households|members|delegates|rifles|missiles|planes|to\s+1\b(?!,)|"
    r"hours|minutes|calories|[a-z]+s\s+(?:of|were|are)\b|-(?:member|strong|year|day|page|mile))",
    re.IGNORECASE,
)
_YEAR_BEFORE_BAD = re.compile(r"(?:\$|£|€|No\.|number|Nos\.|route|flight|room|page|pages|Boeing|Airbus|"
                              r"model|version|DC-|MD-|Soyuz|Apollo|Orion)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A recognised expression: offsets relative to the scanned string."""

    kind: str
    start: int
    end: int
    text: str
    groups: tuple  # sorted (name, value) pairs of the matched named groups

    def g(self, name: str) -> str | None:
        for k, v in self.groups:
            if k == name:
                return v
        return None


def _valid(kind: str, m: re.Match, s: str, gd: dict) -> bool:
    """Cheap checks that the regex cannot express (capitalisation, context)."""
    if kind in ("mdy", "dmy", "my", "mo"):
        mon = gd.get(f"{kind}_mon") or gd.get("mo")
        if not mon[0].isupper():
            return False
        if kind in ("mdy", "dmy"):
            d = _day_number(gd[f"{kind}_d"])
            if d is None or not 1 <= d <= 31:
                return False
    if kind == "mdy" and re.fullmatch(r"(?i)may|mar|march", gd["mdy_mon"]) and gd["mdy_d"].isalpha():
        return False
    if kind == "wd" and not gd["wd"][0].isupper():
        return False
    if kind == "wd" and not gd.get("wd_mod") and _GENERIC_BEFORE.search(s, max(0, m.start() - 8), m.start()):
        return False  # "on a Friday", "every Monday": no particular day
    if kind == "mo" and _EVERY_BEFORE.search(s, max(0, m.start() - 8), m.start()):
        return False  # "each July", "every March": no particular month
    if kind == "mo" and not gd.get("mo_mod"):
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
    if kind == "yr":
        if _YEAR_BEFORE_BAD.search(s[max(0, m.start() - 12):m.start()]):
            return False
        if not gd.get("yr_mod") and _QUANTITY_AFTER.match(s, m.end()):
            return False
        if not gd.get("yr_mod") and _APPROX_BEFORE.search(s, max(0, m.start() - 16), m.start()):
            return False  # "fell to about 1800", "more than 2000": a quantity
        tail = s[m.end():m.end() + 2]
        if tail[:1] in ("-",) and tail[1:2].isdigit():
            return False  # "1995-96" season or score; avoid
    if kind in ("mdy", "dmy", "my", "yr") and _SPELLED_YEAR_RE.search(m.group(0)):
        if _spelled_year(m.group(0)) is None:
            return False
    return True


_SPELLED_YEAR_RE = re.compile(_SPELLED_YEAR, re.IGNORECASE)
_APPROX_BEFORE = re.compile(r"\b(?:about|around|nearly|almost|approximately|roughly|some|over|under|than|"
                            r"just|only|least|most|up\s+to)\s+$", re.IGNORECASE)
_GENERIC_BEFORE = re.compile(r"\b(?:a|every|each|any|one)\s+$", re.IGNORECASE)
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)


# Every expression contains one of these words; MASTER is only tried in a
# short window before each of them instead of at every word of the text.
_TRIGGER_WORDS = """jan january feb february mar march apr april may jun june jul july aug august
    sep sept september oct october nov november dec december monday tuesday wednesday thursday friday
    saturday sunday today tonight yesterday tomorrow morning afternoon evening night day days week weeks
    month months year years decade decades nineteen""".split()


def _prefix_tree(words: list[str]) -> str:
    """A regex matching exactly `words`, as a prefix tree: day days dec -> d(?:ay(?:s)?|ec).

    With case-insensitive matching the engine enters every alternative of a
    flat list at each word start; a tree enters only the branch of the
    letters seen (the trigger scan runs ~1.7x faster). Only for words that
    must end at a word boundary: then at most one of them fits at a position,
    so the order the alternatives are tried in does not matter.
    """
    words = sorted(set(words))
    if words == [""]:
        return ""
    branches: dict[str, list[str]] = {}
    for w in words:
        if w:
            branches.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(c) + _prefix_tree(rest) for c, rest in branches.items()]
    if len(alts) == 1 and "" not in words:
        return alts[0]
    return "(?:" + "|".join(alts) + ")" + ("?" if "" in words else "")


_TRIGGER = re.compile(
    # The leading character class lets the regex engine skip most positions fast.
    r"(?=[\dJFMASONDTWYEjfmasondtwye])(?:\d+|(?<!\w)" + _prefix_tree(_TRIGGER_WORDS) + r"(?!\w))",
    re.IGNORECASE,
)
# Words that can stand right before the word that triggered a look
# ("the beginning of March", "more than two weeks ago", "this coming Sunday").
_MODIFIERS = frozenset(
    """the this last next coming previous following earlier later early late mid end beginning middle
    start fiscal calendar nearly almost about around some more less over just only roughly exactly
    than a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    couple few several that same past current of in full year day first second third fourth fifth
    sixth seventh eighth ninth tenth""".split()
)
_NAME_TRIGGERS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
    "oct october nov november dec december monday tuesday wednesday thursday friday saturday sunday".split())
_UNIT_TRIGGERS = frozenset("morning afternoon evening night day days week weeks month months years "
                           "decade decades".split())  # not "year": "year-end", "year's end"
_YEAR_END_AHEAD = re.compile(r"[-\s]end|'s\s+end", re.IGNORECASE)
_LOOKBACK = 60  # longest modifier chain before a trigger: "the beginning of", "more than twenty"
_KIND_GROUPS = {k: tuple(sorted(n for n in MASTER.groupindex if n == k or n.startswith(k + "_")))
                for k, _ in _ALTERNATIVES}


def _modifier_starts(s: str, tpos: int, lo: int) -> list[int]:
    """Start offsets of the chain of modifier words just before `tpos`, earliest first."""
    starts: list[int] = []
    j = tpos
    for _ in range(5):
        k = j
        while k > lo and s[k - 1] in " ,-\t":
            k -= 1
        if k == j and j != tpos:
            break
        w_end = k
        while k > lo and s[k - 1].isalnum():
            k -= 1
        if k == w_end or s[k:w_end].lower() not in _MODIFIERS and not s[k:w_end].isdigit():
            break
        starts.append(k)
        j = k
    starts.reverse()
    return starts


def _mention(m: re.Match, s: str) -> Mention | None:
    kind = m.lastgroup[2:]
    names = _KIND_GROUPS[kind]
    values = m.group(*names) if len(names) > 1 else (m.group(names[0]),)
    gd = dict(zip(names, values, strict=False))
    if not _valid(kind, m, s, gd):
        return None
    groups = tuple((k, v) for k, v in gd.items() if v is not None)
    return Mention(kind, m.start(), m.end(), m.group(0), groups)


def find_mentions(s: str) -> list[Mention]:
    """All temporal expressions in `s`, left to right, non-overlapping."""
    out: list[Mention] = []
    last_end = 0
    for t in _TRIGGER.finditer(s):
        tpos = t.start()
        if tpos < last_end:
            continue
        word = t.group(0)
        if word[0].islower() and word.lower() in _NAME_TRIGGERS:
            continue  # "may", "march", "sun": month and day names are capitalised
        starts = _modifier_starts(s, tpos, max(last_end, tpos - _LOOKBACK))
        if not starts and word.lower() in _UNIT_TRIGGERS and not _YEAR_END_AHEAD.match(s, t.end()):
            continue  # a bare "days", "year", "night": needs "two", "last", "this"... before it
        starts.append(tpos)
        for start in starts:
            rx = _master_at(s[start])
            m = rx.match(s, start) if rx is not None else None
            if m is None or m.end() <= tpos:
                continue
            mention = _mention(m, s)
            if mention is not None:
                out.append(mention)
                last_end = m.end()
                break
    return out


# --------------------------------------------------------------------------
# Normalisation helpers
# --------------------------------------------------------------------------
def _day_number(tok: str) -> int | None:
    tok = tok.lower().strip()
    m = re.match(r"(\d+)", tok)
    if m:
        return int(m.group(1))
    parts = re.split(r"[\s-]+", tok)
    if len(parts) == 2 and parts[0] in ("twenty", "thirty") and parts[1] in ORDINALS:
        return NUMBERS[parts[0]] + ORDINALS[parts[1]]
    return ORDINALS.get(tok)


def _spelled_year(tok: str) -> int | None:
    m = _SPELLED_YEAR_RE.search(tok)
    if not m:
        return None
    words = re.split(r"[\s-]+", m.group(0).lower())
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


def _year_value(tok: str) -> int:
    tok = tok.strip()
    if tok[:1].isdigit():
        return int(tok)
    y = _spelled_year(tok)
    if y is None:
        raise ValueError(tok)
    return y


def _month_value(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".")]


def _num_value(tok: str) -> int | None:
    tok = re.sub(r"\s+of$", "", tok.lower().strip())
    if tok.isdigit():
        return int(tok)
    return NUMBERS.get(tok)


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    month = m + 1
    day = min(d.day, calendar.monthrange(year, month)[1]) if 1 <= year <= 9999 else d.day
    return dt.date(year, month, day)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _pick(candidates: list[dt.date], ref: dt.date, tense: str | None, strict: bool = False,
          prefer_past_within: int | None = None) -> dt.date:
    """Choose among yearly/weekly candidates by tense.

    past -> latest on/before ref; future -> earliest on/after ref (strictly
    when `strict`, for "last"/"next"); None -> the nearest (ties go past).
    With no tense, `prefer_past_within` (days) picks the past candidate if
    it is that recent, else the nearest.
    """
    cands = sorted(c for c in candidates if c is not None)
    nearest = min(cands, key=lambda c: (abs((c - ref).days), c > ref))
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
        return nearest
    return choice


# --------------------------------------------------------------------------
# Tense
# --------------------------------------------------------------------------
_FUTURE = (r"(?P<strong>(?:will|won't|wo\s+n't|shall|'ll|would(?!\s+have)|(?:is|are|am)\s+going\s+to|"
           r"(?:may|might|should|must)(?!\s+have))"
           r"(?:\s+(?:not|be|also|soon|then|now|probably|likely))*(?:\s+(?-i:[a-z]+)\b)?)|"
           r"going\s+to|plan(?:s|ned)?\s+to|plan(?=\s+(?:a|an|the)\b)|(?<!announced\s)plans\s+to|"
           r"planning|intend(?:s|ed)?\s+to|set\s+to|scheduled\s+to|(?:is|are)\s+to\b|"
           r"(?:promis|pledg)(?:e|es|ed)\s+to|vow(?:s|ed)?\s+to|"
           r"(?:is|are|'s|'re)\s+(?:set|due|scheduled|expected|slated|poised|likely|to\s+be|going)|"
           r"scheduled\s+(?:for|to)|expect(?:s|ed)?\s+to|hope[sd]?\s+to|aim(?:s|ed)?\s+to|upcoming|next|"
           r"to\s+be|later\s+this|in\s+the\s+coming|this\s+coming|tomorrow|ahead\s+of|"
           # Present simple of scheduling verbs reads as future: "the fight starts in January".
           r"(?:starts|begins|opens|ends|closes|expires|runs|resumes|travels|arrives|leaves|returns|"
           r"takes\s+effect|goes\s+ahead|kicks\s+off)(?!\s+(?:on|in)\s+(?:each|every))")
# Past-tense words. _TENSE ends in a word boundary, so only a whole word can
# match and they go in as a prefix tree (see _prefix_tree), walked much faster
# than a flat list; the tree keeps the list's place between the "was due to"
# forms and the generic -ed word.
_PAST_WORDS = """said says was were had did met came went took made told began won lost fell rose sold bought
    gave saw left held became got ran paid sent struck shot found brought kept led spoke wrote
    chose thought flew grew drew threw knew fought caught sought stood sat broke spent built
    meant felt heard wore woke rode stole froze swore tore arose forgot hid shook dealt
    ago earlier last previously yesterday""".split()
_PAST = (r"(?:was|were)\s+(?:due|scheduled|expected|set|supposed|meant|planned)\s+to(?:\s+be)?|"
         r"after\s+[a-z]+ing|" + _prefix_tree(_PAST_WORDS) + "|"
         r"(?-i:[a-z]+(?<!ne)(?<!ee)(?<!ite)(?<!red)ed)(?!-)")
# Present forms stop the search for a tense without deciding it: in "said
# it is calling for the redemption on Dec. 7", "said" must not count.
_PRESENT = r"is|are|am|has|have"
# Every marker starts with a letter or an apostrophe ("'ll"): the lookahead
# rejects word ends and spaces before the engine tries each alternative (~1.7x faster).
_TENSE = re.compile(rf"\b(?=[\w'])(?:(?P<f>{_FUTURE})|(?P<p>{_PAST})|(?P<n>{_PRESENT}))\b", re.IGNORECASE)
# An -ed word right after one of these is an adjective ("its delayed budget").
_DETERMINERS = frozenset("a an the its their his her our your my this that these those of newly".split())
# ... and after these it is a passive participle: the auxiliary carries the tense.
_AUXILIARIES = frozenset("be been being to get got".split())
_EXTENDED = re.compile(r"\b(?:extended|postponed|delayed|moved|pushed|deferred|adjourned|put\s+off)\b",
                       re.IGNORECASE)
_SCHEDULING = re.compile(r"\b(?:set|scheduled|slated|fixed|planned|booked|called)\b", re.IGNORECASE)


def _is_adjective(text: str, m: re.Match) -> bool:
    word = m.group(0).lower()
    if not word.endswith("ed") or m.group("f"):
        return False
    prev = text[max(0, m.start() - 12):m.start()].split()
    return bool(prev) and (prev[-1].lower() in _DETERMINERS or prev[-1].lower() in _AUXILIARIES)


_PERFECT_PAST = re.compile(r"\b(?:had|was|were)\b", re.IGNORECASE)
_INFINITIVE = re.compile(r"\bto\s+[a-z]+\b")


def _is_generic_ed(m: re.Match) -> bool:
    return bool(m.group("p")) and m.group(0).lower().endswith("ed") and " " not in m.group(0)


def _verdict(m: re.Match) -> str | None:
    if m.group("f"):
        return "future"
    if m.group("n"):
        return None
    return "past"
_CLAUSE_END = re.compile(r"[,;:—–()]|\s-\s")
_CLAUSE_CUT = re.compile(r"[;—–()]|,(?!\s*(?:\d{4}|Jr|Inc|Ltd)\b)|\s-\s|``|''|[“”\"]")


def _clause_start(before: str) -> int:
    last = 0
    for m in _CLAUSE_CUT.finditer(before):
        last = m.end()
    return last


_FRONTED = re.compile(r"^\W*(?:(?:on|in|at|by|since|from|during|until|early|late|and|but|then|also|"
                      r"the|earlier|later|as\s+of|starting|beginning)\s+)*$", re.IGNORECASE)


def clause_tense(s: str, start: int, end: int, prev_end: int = 0, next_start: int | None = None) -> str | None:
    """'future', 'past' or None for the clause around s[start:end].

    Looks at the nearest tense marker before the expression (since the
    previous date expression), then, if none, the rest of its clause.
    """
    lo = max(prev_end, start - 160)
    whole_before = s[lo:start]
    tail = whole_before[-12:].split()
    last_word = tail[-1].lower() if tail else ""
    if last_word in ("since", "ago"):
        return "past"
    if last_word in ("until", "till"):
        return "future"  # "a warning until Wednesday": the end lies ahead
    # Only the expression's own clause: "directors authorized a split,
    # payable Dec. 7" -- "authorized" says nothing about Dec. 7.
    before = whole_before[_clause_start(whole_before):]
    if last_word == "for" and _SCHEDULING.search(before):
        return "future"  # "set a hearing for Feb. 6"
    if last_word == "to" and _EXTENDED.search(before):
        return "future"  # "the offer was extended to Nov. 20"
    last = None
    for m in _TENSE.finditer(before):
        if _is_adjective(before, m):
            continue
        if last is not None and last.group("f") and _is_generic_ed(m):
            continue  # "has promised to rebuild damaged schools": still future
        last = m
    by_pending = False
    if last_word == "by" and not _PERFECT_PAST.search(before):
        # "asked it to respond by Oct. 31", "to pay down the loan by February":
        # a deadline ahead, unless the clause says it is past.
        if last is None:
            by_pending = True
        elif _INFINITIVE.search(before, last.end()) or _verdict(last) is None:
            return "future"
    if last is not None:
        return _verdict(last)
    before = whole_before
    hi = len(s) if next_start is None else next_start
    hi = min(hi, end + 160)
    after = s[end:hi]
    if not _FRONTED.match(before):
        # Mid-sentence expression: only its own clause counts.
        c = _CLAUSE_END.search(after)
        if c:
            after = after[:c.start()]
    else:
        after = after.lstrip(" ,")
        c = _CLAUSE_END.search(after)
        if c:
            c2 = _CLAUSE_END.search(after, c.end())
            after = after[:c2.start()] if c2 else after
    # After the expression the first marker decides, except that an -ed
    # participle ("trucks loaded with fruit will be climbing") gives way to
    # a modal later in the clause.
    first = None
    for m in _TENSE.finditer(after):
        if _is_adjective(after, m):
            continue
        if first is None:
            first = m
            if m.group("f") or not m.group(0).lower().endswith("ed"):
                break
        elif m.group("strong"):
            return "future"
    if first is not None:
        return _verdict(first)
    return "future" if by_pending else None


# --------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class Context:
    """What a mention is resolved against."""

    published: dt.date
    tense: str | None = None
    anchor: DateValue | None = None      # previous dated mention in the text
    day_anchor: DateValue | None = None  # previous day-precision mention
    follower: DateValue | None = None    # mention right after ("two days after <Monday>")
    main_day: dt.date | None = None      # another day in the same sentence


# A month named without a year or tense is the last such month if it is at
# most about nine months back: news mostly reports what happened.
_MONTH_PAST_DAYS = 275


def _month_candidates(month: int, day: int | None, around: int) -> list[dt.date]:
    out = []
    for y in (around - 1, around, around + 1):
        d = _safe_date(y, month, day or 1)
        if d is not None:
            out.append(d)
    return out


def resolve(m: Mention, ctx: Context) -> DateValue | None:
    """Turn a mention into a DateValue, or None when it is not a day/month/year date."""
    pub = ctx.published
    k = m.kind
    g = m.g
    try:
        if k == "iso":
            d = _safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
            return DateValue(d, "day") if d else None
        if k == "num":
            a, b, y = int(g("num_a")), int(g("num_b")), int(g("num_y"))
            if y < 100:
                y += 2000 if y <= (pub.year % 100) + 10 else 1900
            if g("num_sep") == "." and b <= 12:
                # 06.04.2023 is the continental day.month.year notation.
                d = _safe_date(y, b, a)
                return DateValue(d, "day") if d else None
            if a > 12 and b <= 12:
                d = _safe_date(y, b, a)
            elif b > 12 and a <= 12:
                d = _safe_date(y, a, b)
            elif a == b:
                d = _safe_date(y, a, b)
            else:
                # Day/month order unknown: say only what is certain.
                return DateValue(dt.date(y, 1, 1), "year") if 1 <= a <= 12 and 1 <= b <= 12 else None
            return DateValue(d, "day") if d else None
        if k in ("mdy", "dmy"):
            month = _month_value(g(f"{k}_mon"))
            day = _day_number(g(f"{k}_d"))
            d2 = g(f"{k}_d2")
            yv = g(f"{k}_y")
            if yv:
                d = _safe_date(_year_value(yv), month, day)
            else:
                cands = _month_candidates(month, day, pub.year)
                wd = g(f"{k}_wd")
                mod = (g("mdy_mod") or "").lower() if k == "mdy" else ""
                if wd:
                    match = [c for c in cands if c.weekday() == WEEKDAYS[wd.lower()]]
                    if match:
                        cands = match
                if mod == "last":
                    d = _pick(cands, pub, "past", strict=True)
                elif mod in ("next", "this coming"):
                    d = _pick(cands, pub, "future", strict=True)
                else:
                    d = _pick(cands, pub, ctx.tense)
            if d is None:
                return None
            end = None
            if d2:
                end = _safe_date(d.year, d.month, _day_number(d2))
                if end is None or end <= d:
                    end = None
            return DateValue(d, "day", end)
        if k == "my":
            month = _month_value(g("my_mon"))
            if g("my_y"):
                year = _year_value(g("my_y"))
            else:
                year = pub.year + {"this": 0, "last": -1, "next": 1}[g("my_rel").lower()]
            return DateValue(dt.date(year, month, 1), "month")
        if k == "mo":
            month = _month_value(g("mo"))
            mod = (g("mo_mod") or "").lower()
            cands = _month_candidates(month, 1, pub.year)
            this_month = pub.replace(day=1)
            if mod == "last":
                # "last February" written in March means a year earlier:
                # the month just gone would be "last month".
                d = _pick(cands, add_months(this_month, -1), "past", strict=True)
            elif mod == "next":
                d = _pick(cands, this_month, "future", strict=True)
            elif mod == "this":
                d = dt.date(pub.year, month, 1)
            else:
                d = _pick(cands, this_month, ctx.tense, prefer_past_within=_MONTH_PAST_DAYS)
            return DateValue(d, "month")
        if k == "wd":
            wd = WEEKDAYS[g("wd").lower()]
            mod = re.sub(r"\s+", " ", (g("wd_mod") or "").lower())
            base = pub
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
        if k == "rd":
            if g("rd_two"):
                return DateValue(pub + dt.timedelta(days=-2 if "before" in g("rd_two").lower() else 2), "day")
            word = (g("rd") or g("rd_this")).lower()
            off = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(re.sub(r"\s+", " ", word), 0)
            return DateValue(pub + dt.timedelta(days=off), "day")
        if k == "ru":
            rel = re.sub(r"\s+", " ", g("ru_rel").lower())
            unit = g("ru_unit").lower()
            if unit == "week":
                return None  # weeks are not a day/month/year date
            base = pub
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
        if k == "ey":
            if g("ey_unit").lower() == "day":
                return DateValue(pub, "day")
            if g("ey_unit").lower() == "month":
                return DateValue(pub.replace(day=1), "month")
            return DateValue(dt.date(pub.year, 1, 1), "year")
        if k == "ago":
            n = _num_value(g("ago_n"))
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
        if k == "an":
            if ctx.day_anchor is None:
                return None
            rel = (g("an_rel") or g("an_ba") or "").lower()
            off = {"next": 1, "following": 1, "after": 1, "previous": -1, "before": -1}.get(rel, 0)
            return DateValue(ctx.day_anchor.date + dt.timedelta(days=off), "day")
        if k == "ye":
            return DateValue(dt.date(pub.year, 1, 1), "year")
        if k == "dec":
            # "in the 1990s": year precision, the decade as a range.
            y = int(g("dec"))
            return DateValue(dt.date(y, 1, 1), "year", dt.date(y + 9, 1, 1))
        if k == "yr":
            y = _year_value(g("yr"))
            if not 1000 <= y <= pub.year + 50:
                return None
            return DateValue(dt.date(y, 1, 1), "year")
    except (ValueError, KeyError, OverflowError, TypeError):
        return None
    return None


# --------------------------------------------------------------------------
# parse_date_phrase
# --------------------------------------------------------------------------
_HELP = "Try '5 April 2023', 'March 2023' or 'last Thursday'."
_LEAD = re.compile(r"^(?:on|in|at|during|since|from|by|the)\s+", re.IGNORECASE)
# Slashed or dashed numeric dates are ambiguous (5/4 or 4/5?); dotted ones
# are the continental day.month.year notation.
_AMBIG = re.compile(r"^\s*(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})\s*$")
_WEEK = re.compile(r"^(last|this|next)\s+week$", re.IGNORECASE)
_RANGE_SEP = re.compile(r"^\s*(?:-|–|to|until|till|through|and)\s*$", re.IGNORECASE)


def parse_date_phrase(phrase: str, *, reference: dt.date) -> DateValue:
    """Parse a date typed in plain language, relative to `reference`.

    Conventions (shared with the extractor): a weekday or bare month means
    the latest one on or before the reference ("last" means strictly
    before, "next" strictly after); "early/mid/late May" is month precision;
    "March 2-4 2023" is a day range; "the 1990s" is a year range 1990-1999;
    "next week" is the Monday-Sunday range. Numeric dates such as 05/04/2023
    are refused unless one part is greater than 12.
    """
    if not isinstance(phrase, str):
        raise DateParseError(f"Could not understand {phrase!r} as a date. {_HELP}")
    raw = phrase.strip()
    text = re.sub(r"\s+", " ", raw).strip(" .,;")
    if not text or len(text) > 200:
        raise DateParseError(f"Could not understand {raw!r} as a date. {_HELP}")
    amb = _AMBIG.match(text)
    if amb:
        a, b, y = int(amb.group(1)), int(amb.group(3)), amb.group(4)
        if a <= 12 and b <= 12 and a != b:
            yy = int(y) if len(y) == 4 else 2000 + int(y)
            d1 = _safe_date(yy, b, a)
            d2 = _safe_date(yy, a, b)
            if d1 and d2:
                one = DateValue(d1, "day").label
                two = DateValue(d2, "day").label
                raise DateParseError(f"'{raw}' is ambiguous: write {one} or {two}")
    wk = _WEEK.match(text)
    if wk:
        monday = reference - dt.timedelta(days=reference.weekday())
        monday += dt.timedelta(days={"last": -7, "this": 0, "next": 7}[wk.group(1).lower()])
        return DateValue(monday, "day", monday + dt.timedelta(days=6))
    body = _LEAD.sub("", text)
    dec = re.fullmatch(r"(?:the\s+)?((?:1[6-9]\d|20\d)0)'?s", body, re.IGNORECASE)
    if dec:
        y = int(dec.group(1))
        return DateValue(dt.date(y, 1, 1), "year", dt.date(y + 9, 1, 1))
    value = _parse_grammar(body, reference)
    if value is None:
        value = _parse_range(body, reference)
    if value is None:
        value = _parse_with_dateparser(text, reference)
    if value is None:
        raise DateParseError(f"Could not understand '{raw}' as a date. {_HELP}")
    return value


def _parse_grammar(body: str, reference: dt.date) -> DateValue | None:
    mentions = find_mentions(body)
    if len(mentions) != 1:
        return None
    m = mentions[0]
    if body[:m.start].strip() or body[m.end:].strip(" .,"):
        # Allow a trailing year after "March 2-4" written without a comma.
        return None
    tense = "past"
    return resolve(m, Context(published=reference, tense=tense, anchor=None))


def _parse_range(body: str, reference: dt.date) -> DateValue | None:
    body2 = re.sub(r"^(?:between|from)\s+", "", body, flags=re.IGNORECASE)
    mentions = find_mentions(body2)
    if len(mentions) != 2 or body2[:mentions[0].start].strip() or body2[mentions[1].end:].strip():
        return None
    if not _RANGE_SEP.match(body2[mentions[0].end:mentions[1].start]):
        return None
    ctx = Context(published=reference, tense="past")
    a, b = resolve(mentions[0], ctx), resolve(mentions[1], ctx)
    if a is None or b is None or a.precision != b.precision or b.date < a.date:
        return None
    return DateValue(a.date, a.precision, b.date)


@lru_cache(maxsize=512)
def _dateparser_cached(text: str, reference: dt.date):
    import dateparser  # imported lazily: it is slow to import and rarely needed

    settings = {
        "RELATIVE_BASE": dt.datetime(reference.year, reference.month, reference.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": [],
    }
    try:
        return dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None


def _parse_with_dateparser(text: str, reference: dt.date) -> DateValue | None:
    if not re.search(r"[A-Za-z0-9]", text):
        return None
    res = _dateparser_cached(text, reference)
    if res is None:
        return None
    return DateValue(res.date(), "day")
