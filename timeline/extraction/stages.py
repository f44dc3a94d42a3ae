"""What a statement says about its happening's course, beside its date.

stage: "planned" (announced, still ahead when the article was written),
"cancelled" (called off) or "occurred" (everything else: the default, as
news mostly reports what happened). summary_count: the number of items a
month-, year- or range-level statement counts ("In March alone, nearly 20
missiles in seven launch events" counts 7 launch events), None for a
statement about one happening.

Postponement: "the talks set for Friday were postponed" says the talks did
not happen on Friday, so the Friday statement is cancelled; the new date,
"postponed until 14 April", is a statement of its own and is planned while
it lies ahead. A later report of the talks on the 14th is then the same
happening as that planned one.
"""
from __future__ import annotations

import datetime as dt
import re

from .fastpath import FOLDS_TO_ASCII, ends_with_word, may_hold
from .lexicon import NUMBERS, QUANTITY_NOUNS
from .recognition import prefix_tree
from .tense import clause_tense
from .types import DateValue

PLANNED, OCCURRED, CANCELLED = "planned", "occurred", "cancelled"
STAGES = (PLANNED, OCCURRED, CANCELLED)

# Past or passive forms only: "will cancel" is a plan, not a cancellation.
# Not "delayed": "disruptions delayed vaccinations" delays something else.
_CANCEL = re.compile(r"\b(?:called\s+off|cancell?ed|scrapped|shelved|axed|postponed|put\s+off|"
                     r"pushed\s+back)\b", re.IGNORECASE)
# Every _CANCEL match holds one of these words, or both words of a two-word form ("called" or "put" with
# "off", "pushed" with "back"): _may_cancel. Most sentences hold none, and the regex, tried at every position
# (~40,000 instructions on a sentence), is skipped; "put" alone is in "input", "output", "computer" (25 of the
# 36 TimeBank statements a list of single words, "put" among them, let through, none a cancellation).
_CANCEL_ONE_WORDS = ("cancel", "scrapped", "shelved", "axed", "postponed")


def _may_cancel(sentence: str) -> bool:
    """False only when _CANCEL cannot match in the sentence (as may_hold: the words in lower case, a
    character re.IGNORECASE folds onto an ASCII letter lets the regex decide)."""
    if not sentence.isascii() and any(c in sentence for c in FOLDS_TO_ASCII):
        return True
    low = sentence.lower()
    for w in _CANCEL_ONE_WORDS:
        if w in low:
            return True
    return "off" in low and ("called" in low or "put" in low) or "pushed" in low and "back" in low


# The cue dates what was planned: "set for Friday", "scheduled on 3 May".
_SCHEDULED_BEFORE = re.compile(r"\b(?:planned|scheduled|set|due|slated|expected|meant|supposed|originally)"
                               r"(?:\s+to\s+[a-z]+)?\s*(?:for|on|in|at)?\s+(?:the\s+)?$", re.IGNORECASE)
# "The summit on Friday was cancelled": the cue sits in the subject, a noun
# phrase opened by a determiner, before the cancelling verb.
# No verb in it: "The World Health Organization warned in April" is a subject
# and its verb, and the cue dates the warning.
_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:]\s*)\W*(?:the|a|an|this|that|its|their|his|her|next|planned)\b"
                             r"(?:\s+(?!(?:was|were|is|are|has|had|have|will|said|says)\b)"
                             r"(?:[a-z'’-]*(?<!ed)|planned|scheduled|proposed|expected)\b){1,6}"
                             r"\s+(?:on|for|in|at)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
# The new date of a postponed happening: planned, not cancelled.
_NEW_DATE_BEFORE = re.compile(r"\b(?:postponed|delayed|pushed\s+back|put\s+off|moved|rescheduled)\s+"
                              r"(?:until|till|to|for)\s+(?:the\s+)?$", re.IGNORECASE)
# The words a _NEW_DATE_BEFORE match ends with before its whitespace: a
# necessary condition checked on the last word, not at every position.
_NEW_DATE_LAST_WORDS = ("until", "till", "to", "for", "the")


def statement_stage(sentence: str, start: int, end: int, value: DateValue, published: dt.date,
                    tense: str | None = None) -> str:
    """The stage of the statement dated by sentence[start:end] (value), in an
    article published on `published`; `tense` is the clause's, when the
    resolution already read it (tense.clause_tense is read otherwise)."""
    before = sentence[(start - 60 if start > 60 else 0):start]
    if value.date >= published and ends_with_word(before, _NEW_DATE_LAST_WORDS) and _NEW_DATE_BEFORE.search(before):
        return PLANNED
    cancel = _CANCEL.search(sentence) if _may_cancel(sentence) else None
    if cancel is not None and _names_called_off_date(sentence, start, end, before, cancel):
        return CANCELLED
    # Nothing after the day of writing has happened yet; a period that
    # includes that day ("later this month", "today") is ahead only when
    # the clause says so.
    if value.date > published:
        return PLANNED
    if value.last_day >= published and (tense or clause_tense(sentence, start, end)) == "future":
        return PLANNED
    return OCCURRED


def _names_called_off_date(sentence: str, start: int, end: int, before: str, cancel: re.Match) -> bool:
    """Whether the cue dates what was called off, not the calling off:
    "the summit set for Friday was cancelled", "Friday's talks were called
    off", "The meeting on Friday was postponed" -- but not "flights were
    cancelled on Monday" or "Officials on Monday called off the summit"."""
    if _SCHEDULED_BEFORE.search(before):
        return True
    if not end <= cancel.start() <= end + 80:
        return False  # the calling off is said of something else
    if _POSSESSIVE.search(sentence[start:end]) or sentence.startswith(("'s", "’s"), end):
        return True
    return bool(_SUBJECT_BEFORE.search(sentence[:start]))


# Nouns that name happenings: a count of them tallies events.
HAPPENING_NOUNS = frozenset("""launches events tests attacks strikes airstrikes raids incidents explosions blasts
    shootings bombings protests rallies demonstrations meetings sessions visits flights drills exercises
    earthquakes quakes tremors aftershocks times occasions clashes incursions violations sorties firings
    provocations hearings votes elections games matches races""".split())
# Words that add up a period's items: "so far", "in March alone", "in all".
_TALLY = re.compile(r"\b(?:so\s+far|alone|in\s+total|a\s+total\s+of|in\s+all|altogether|to\s+date|"
                    r"year-to-date|cumulative(?:ly)?|tally|tallied|count(?:ed)?)\b", re.IGNORECASE)
# Every _TALLY match holds one of these (fastpath.may_hold): the regex, tried at every position of
# the sentence, only when one is there.
_TALLY_WORDS = ("far", "alone", "total", "all", "altogether", "date", "cumulative", "count")
_NUMBER_WORDS = {k: v for k, v in NUMBERS.items() if v is not None and k not in ("a", "an")} | {"dozen": 12}
# Searched in the lower-cased sentence, case-sensitive: faster than IGNORECASE.
# The number words go in as a prefix tree (1.5x faster than a flat list): a
# word must be followed by whitespace, so of the words that fit at a
# position the tree, like the list longest first, takes the longest. The
# look-ahead of the characters a count starts with (a digit or a number
# word's first letter) turns away every other word start at once (~10% faster).
_COUNT_FIRST = "".join(sorted({w[0] for w in _NUMBER_WORDS}))
_COUNT = re.compile(rf"\b(?=[\d{_COUNT_FIRST}])(?P<n>\d{{1,3}}(?:,\d{{3}})*|" + prefix_tree(list(_NUMBER_WORDS)) +
                    r")(?=(?P<noun>(?:\s+[a-z][a-z-]*){1,3}))")
# The same pattern for an ASCII sentence (most): re.ASCII's \b and \d read a table where Unicode's ask the
# character database, at every position the scan enters (a third of its time). On ASCII text the two find
# the same matches: \s is written out with the ASCII characters Unicode's \s also holds (\x1c-\x1f).
_COUNT_ASCII = re.compile(_COUNT.pattern.replace(r"\s", r"[\s\x1c-\x1f]"), re.ASCII)
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades centuries".split())
# "three times the monthly average", "four times as many": a multiplier.
_MULTIPLIER = re.compile(r"(?:\s+[a-z-]+)??\s+times\s+(?:the|as|more|higher|larger|bigger|greater|that|than)\b",
                         re.IGNORECASE)
_NOT_NOUNS = frozenset("is was has this as its his us".split())
# Every byte but a-z made a space: the split of a lower-cased ASCII sentence so translated gives its runs of
# letters. A count summary_count gives needs one of _COUNT_NEEDS among them: a happening noun (the noun
# counted is a run of letters and hyphens after the number, and a happening noun has no hyphen) or a word
# of a _TALLY match (each is a whole word there, "year-to-date" holds "date").
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_COUNT_NEEDS = HAPPENING_NOUNS | frozenset(
    "far alone total all altogether date cumulative cumulatively tally tallied count counted".split())
# Items are things or happenings, not tallies of people, money or measures.
_NOT_ITEMS = frozenset(QUANTITY_NOUNS) - {"missiles", "rounds", "planes", "votes"}


def summary_count(sentence: str, start: int, end: int, value: DateValue) -> int | None:
    """The number of items a period-level statement counts, or None.

    A month, a year or a range (never a day) and a count of a plural noun:
    of happenings ("seven launch events", "three times"), or of things
    when the sentence adds them up ("12 missiles so far this year"). A
    count of happenings wins over a count of things: "nearly 20 missiles
    in seven launch events" counts 7 events."""
    if value.precision == "day" and value.end_date is None:
        return None
    things = None
    low = sentence.lower()
    if len(low) != len(sentence):
        return None  # a character whose lower case is longer ("İ"): offsets would shift; rare
    if low.isascii() and _COUNT_NEEDS.isdisjoint(low.encode("ascii").translate(_LETTERS_ONLY).decode().split()):
        # A count is given only of happenings or with a tally word (below): with neither among the sentence's
        # runs of letters (most), the count's search, a third of a statement's stage and count, cannot give one.
        return None
    for m in (_COUNT_ASCII if low.isascii() else _COUNT).finditer(low):
        if start <= m.start() < end or m.start() < start < m.end("n"):
            continue  # a number of the date itself
        noun = _plural_noun(m["noun"])
        if noun is None or noun == "times" and _MULTIPLIER.match(low, m.end("n")):
            continue
        number = m["n"]
        count = _NUMBER_WORDS.get(number) or int(number.replace(",", ""))
        if noun in HAPPENING_NOUNS:
            return count
        if things is None and noun not in _NOT_ITEMS:
            things = count
    if things is not None and may_hold(sentence, _TALLY_WORDS) and _TALLY.search(sentence):
        return things
    return None


def _plural_noun(words: str) -> str | None:
    """The first plural word of up to three after a number ("seven launch
    events": events), or None when a time unit or no plural comes first."""
    for word in words.lower().split():
        if word == "most" or word.endswith("est"):
            return None  # "the 10 most significant events": a ranking
        if word in _TIME_UNITS or word in ("year", "month", "day", "week", "of"):
            return None
        if word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word not in _NOT_NOUNS:
            return word
    return None
