"""Where a clause opens, where a part of a sentence ends and what joins two dates of a list: readings of a
sentence's shape that the per-sentence resolution (pipeline._resolve_sentence) and the rule modules beside it share."""
from __future__ import annotations

import re

# A relative clause opened right before a word, at most two words between ("who said last year").
RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


# How far before a weekday its clause's opening is looked for, and after it a clause of its own.
CLAUSE_WINDOW = 160
# "on Tuesday and Wednesday", "Saturday or Sunday", "Monday, Tuesday"; "1978-80 and 1982-86".
PAIR_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|&|,)\s*(?:on\s+)?", re.IGNORECASE)
# The two ends of one range ("from April to October", "Aug. 29-Sept. 20", "May 2 through May 9"), what lies between
# them (read with fullmatch).
RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till)\s*", re.IGNORECASE)


# A relative clause's opening: a day inside one before the verb of saying is what the clause tells
# (sayings), a custom inside one is an aside's (non_dates).
RELATIVE_OPENS = re.compile(r"\b(?:who|which|whose)\b", re.IGNORECASE)
# A relative aside right after a month or a quarter, closed by its comma: ", which is usually the weakest month,".
ASIDE_AFTER_DATE = re.compile(r"\s*,\s*(?:which|when)\b[^,;:.!?()\"“”]*,", re.IGNORECASE)
# What may open a sentence before its first clause: a linking word at most ("But last year, on March 3,
# ...", "Then, last year, ...").
OPENS_CLAUSE = re.compile(r"\W*(?:(?:and|but|yet|so|then|also|even|only)\W+)?", re.IGNORECASE)
# (not a clock's colon between its digits: "no later than 4:00 p.m. on Sunday")
_CLAUSE_OPEN = re.compile(r"[,;:—–(\"“](?!(?<=\d:)\d)|\b(?:that|which|who|when|and|but)\s")


def clause_opening(sent: str, at: int, back: int) -> int:
    """Where the clause holding `at` opens: after the last clause cut (_CLAUSE_OPEN) in the `back`
    characters before it, or `back` characters back. Bounded, so that a pasted table with thousands
    of dates in one sentence is not read again for each."""
    lo = max(0, at - back)
    return max((c.end() for c in _CLAUSE_OPEN.finditer(sent, lo, at)), default=lo)


# A day moved before "from" in its clause, not a range's start: "pushed from Friday to Thursday",
# "moved the race from April to October" (ranges, anchors).
MOVED_FROM = re.compile(r"\b(?:moved|pushed|postponed|delayed|rescheduled|shifted|changed|switched|brought\s+forward|"
                        # "put off" only in the passive or right before "from" ("Heavy rain put off
                        # shoppers from Monday to Thursday" is a span)
                        r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbe\s)|(?<=\bis\s)|(?<=\bare\s)|"
                        r"(?<=,\s))put\s+off|put\s+off(?=\s+from\s+$)|deferred|"
                        r"moving|pushing|moves|pushes)\b[^.;]*\bfrom\s+$", re.IGNORECASE)


_PART_END = re.compile(r"[.;!?\"”]|,\s+(?:[\w'’-]+\s+){0,3}?(?:said|says|added|told|explained|stated)\b")


def sentence_part_end(sent: str, at: int) -> int:
    """Where the part of `sent` that holds `at` ends: the next ".", ";", "!", "?", closing quotation mark or saying's
    tag after a comma (or the sentence's end): '"..., we look forward to the rematch in March," she said' and "We
    look forward to seeing fans on March 3, the club said" end before their saying."""
    found = _PART_END.search(sent, at)
    return found.start() if found else len(sent)
