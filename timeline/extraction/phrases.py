"""The form's date parser: a date typed in plain language -> DateValue.

It runs the engine's own grammar (recognition + rules) on the phrase, so a
form and the extractor never disagree on what "last Thursday" means; ranges
("from X to Y"), weeks and decades are handled here, and dateparser is only a
fallback for phrases the grammar does not know.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .grammar import anchored, assess, resolve
from .recognition import find_mentions
from .resolution import Context, safe_date
from .types import DateParseError, DateValue

_HELP = "Try '5 April 2023', 'March 2023' or 'last Thursday'."
_LEAD = re.compile(r"^(?:on|in|at|during|since|from|by|the)\s+", re.IGNORECASE)
_LEAD_PREP = re.compile(r"^(?:on|in|at|during|since|from|by)\s+", re.IGNORECASE)
# Slashed or dashed numeric dates are ambiguous (5/4 or 4/5?); dotted ones
# are the continental day.month.year notation.
_AMBIG = re.compile(r"^\s*(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})\s*$")
_WEEK = re.compile(r"^(last|this|next)\s+week$", re.IGNORECASE)
# Year first is always year-month[-day] (ISO 8601 and its slashed and dotted cousins).
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?")
# A time of day and nothing else ("10am", "at 10:30 p.m.", "noon", "1600 hours", "10.30", which
# dateparser reads as a clock too): no day is said. ("31.12" and "5.4" are days of a month.)
_CLOCK_ONLY = re.compile(r"(?:at\s+|by\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|o'clock|h)|"
                         r"\d{1,2}:\d{2}(?::\d{2})?|(?:[01]?\d|2[0-3])\.[0-5]\d|\d{4}\s*(?:hours|hrs|h)|noon|midday|"
                         r"midnight)",
                         re.IGNORECASE)
_RANGE_SEP = re.compile(r"^\s*(?:-|–|to|until|till|through|and)\s*$", re.IGNORECASE)


def parse_date_phrase(phrase: str, *, reference: dt.date) -> DateValue:
    """Parse a date typed in plain language, relative to `reference`.

    Conventions (shared with the extractor): a weekday or bare month means
    the latest one on or before the reference ("last" means strictly
    before, "next" strictly after); "early/mid/late May" is month precision;
    "March 2-4 2023" is a day range; "the 1990s" is a year range 1990-1999;
    "next week" is the Monday-Sunday range; "Q1 2023", "spring 2023", "the
    second half of the year", "the June quarter 2023" are month ranges; "2100" is a year. Numeric
    dates such as 05/04/2023 are refused unless one part is greater than 12,
    and a phrase counted from another date ("a day after") needs that date.
    """
    if not isinstance(phrase, str):
        raise DateParseError(f"Could not understand {phrase!r} as a date. {_HELP}")
    raw = phrase.strip()
    text = re.sub(r"\s+", " ", raw).strip(" .,;")
    if not text or len(text) > 200:
        raise DateParseError(f"Could not understand {raw!r} as a date. {_HELP}")
    amb = _AMBIG.match(text)
    if amb:
        a, b, y = int(amb[1]), int(amb[3]), amb[4]
        if a <= 12 and b <= 12 and a != b:
            yy = int(y) if len(y) == 4 else 2000 + int(y)
            d1 = safe_date(yy, b, a)
            d2 = safe_date(yy, a, b)
            if d1 and d2:
                one = DateValue(d1, "day").label
                two = DateValue(d2, "day").label
                raise DateParseError(f"'{raw}' is ambiguous: write {one} or {two}")
    wk = _WEEK.match(text)
    if wk:
        monday = reference - dt.timedelta(days=reference.weekday())
        monday += dt.timedelta(days={"last": -7, "this": 0, "next": 7}[wk[1].lower()])
        return DateValue(monday, "day", monday + dt.timedelta(days=6))
    if _CLOCK_ONLY.fullmatch(text):
        raise DateParseError(f"'{raw}' is a time of day, not a date: say the day too (for example "
                             f"'5 April 2023' or 'last Thursday').")
    if re.fullmatch(r"\d{4}", text) and int(text) >= 1000:
        return DateValue(dt.date(int(text), 1, 1), "year")  # "2100" is a year
    year_first = _YEAR_FIRST.fullmatch(text)
    if year_first and not _is_season(year_first):
        return _parse_year_first(raw, year_first)
    body = _LEAD.sub("", text)
    dec = re.fullmatch(r"(?:the\s+)?((?:1[6-9]\d|20\d)0)'?s", body, re.IGNORECASE)
    if dec:
        y = int(dec[1])
        return DateValue(dt.date(y, 1, 1), "year", dt.date(y + 9, 1, 1))
    # "the day before", "the next day" keep their "the".
    value = _parse_grammar(_LEAD_PREP.sub("", text), reference) or _parse_grammar(body, reference)
    if value is None:
        value = _parse_range(body, reference)
    if value is None:
        value = _parse_weekday_written_out(text, reference)
    if value is None:
        value = _parse_with_dateparser(text, reference)
    leading = None if value is not None else _LEADING_WEEKDAY.match(text)
    if leading:  # "Thurs., April 6": the date, checked against its weekday
        value = parse_date_phrase(text[leading.end():], reference=reference)
        _refuse_contradicting_weekday(text, value)
    if value is None:
        raise DateParseError(f"Could not understand '{raw}' as a date. {_HELP}")
    return value


def _parse_grammar(body: str, reference: dt.date) -> DateValue | None:
    mentions = find_mentions(body)
    if not mentions or body[:mentions[0].start].strip() or body[mentions[-1].end:].strip(" .,"):
        return None
    ctx = Context(published=reference, tense="past", standalone=True)
    if len(mentions) == 2 and anchored(mentions[0]) and \
            re.fullmatch(r"\s*(?:than\s+)?(?:the\s+)?", body[mentions[0].end:mentions[1].start]):
        # "two days after 5 April 2023", "a week before Christmas"
        follower = resolve(mentions[1], ctx)
        if follower is None:
            return None
        return resolve(mentions[0], Context(published=reference, tense="past", standalone=True,
                                            follower=follower, day_anchor=follower, anchor=follower))
    if len(mentions) != 1:
        return None
    m = mentions[0]
    if anchored(m):
        raise DateParseError(
            f"'{body}' is counted from another date: say which (for example 'a day after 5 April 2023'), "
            f"or type the date itself.")
    value = resolve(m, ctx)
    if value is not None and "weekday-contradicts-date" in assess(m, value, "past", reference)[1]:
        _refuse_contradicting_weekday(body, value)
    return value


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_INDEX = {name[:3].lower(): index for index, name in enumerate(_WEEKDAY_NAMES)}
# A weekday written out or shortened: "Thursday", "Thurs.", "Thu", "Weds", "Tues."
_WEEKDAY_WORD = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rs?|rsday|urday)?\b\.?",
                           re.IGNORECASE)
_LEADING_WEEKDAY = re.compile(rf"{_WEEKDAY_WORD.pattern}[\s,]+(?=.*\d)", re.IGNORECASE)


def _refuse_contradicting_weekday(text: str, value: DateValue) -> None:
    """In an article the explicit date wins and the event is flagged; a
    person typing "Thursday, April 5" has made a slip only they can settle."""
    written = {_WEEKDAY_INDEX[word[1].lower()] for word in _WEEKDAY_WORD.finditer(text)}
    if value.precision != "day" or value.end_date is not None or len(written) != 1:
        return
    (weekday,) = written
    if weekday != value.date.weekday():
        raise DateParseError(
            f"{value.label} is a {_WEEKDAY_NAMES[value.date.weekday()]}, not a {_WEEKDAY_NAMES[weekday]}: "
            f"type the date or the weekday you mean.")


def _is_season(match: re.Match) -> bool:
    """"2024-25", "2024/25": a season or a fiscal year, the two years."""
    return match[4] is None and int(match[3]) == (int(match[1]) + 1) % 100


def _parse_weekday_written_out(text: str, reference: dt.date) -> DateValue | None:
    """"Sat., April 8" read as "Saturday, April 8": the grammar knows the
    weekday's names, not their short forms, and with the weekday takes the
    April 8 that is a Saturday (dateparser, given the date alone, took the
    one gone by, a Friday a year back, and the weekday check refused it)."""
    leading = _LEADING_WEEKDAY.match(text)
    if leading is None:
        return None
    name = _WEEKDAY_NAMES[_WEEKDAY_INDEX[leading[1].lower()]]
    if leading[0].lower().startswith(name.lower()):
        return None  # written out already: the grammar had it
    return _parse_grammar(f"{name}, {text[leading.end():]}", reference)


def _parse_year_first(raw: str, match: re.Match) -> DateValue:
    year, month = int(match[1]), int(match[3])
    if not 1 <= month <= 12:
        raise DateParseError(f"'{raw}' is not a date: there is no month {month}. "
                             f"A date that starts with its year is year-month-day, as in 2023-04-05.")
    if match[4] is None:
        return DateValue(dt.date(year, month, 1), "month")
    day = int(match[4])
    date = safe_date(year, month, day)
    if date is None:
        whole_month = DateValue(dt.date(year, month, 1), "month")
        raise DateParseError(f"'{raw}' is not a date: {whole_month.label} has {whole_month.last_day.day} days.")
    return DateValue(date, "day")


def _parse_range(body: str, reference: dt.date) -> DateValue | None:
    body2 = re.sub(r"^(?:between|from)\s+", "", body, flags=re.IGNORECASE)
    mentions = find_mentions(body2)
    if len(mentions) != 2 or body2[:mentions[0].start].strip() or body2[mentions[1].end:].strip():
        return None
    if not _RANGE_SEP.match(body2[mentions[0].end:mentions[1].start]):
        return None
    ctx = Context(published=reference, tense="past", standalone=True)
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
        return dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None


def _parse_with_dateparser(text: str, reference: dt.date) -> DateValue | None:
    if not re.search(r"[A-Za-z0-9]", text):
        return None
    res = _dateparser_cached(text, reference)
    if res is None or res.date_obj is None:
        return None
    # dateparser fills what the phrase leaves out from the reference date;
    # its period says what the phrase gave ("in 2100" a year, "12-2024" a month).
    date = res.date_obj.date()
    if res.period == "year":
        return DateValue(date.replace(month=1, day=1), "year")
    if res.period == "month":
        return DateValue(date.replace(day=1), "month")
    value = DateValue(date, "day")
    _refuse_contradicting_weekday(text, value)  # dateparser reads past "Fri., March 2"
    return value

