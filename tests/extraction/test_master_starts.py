"""find_mentions tries, at each start, only the rules of the grammar that can
begin with its first character (recognition.STARTS, computed from the
patterns). These tests check that computation on known patterns and that the
sub-patterns find exactly what the whole master regex finds."""
import os
import re
from re import _parser as P  # noqa: PLC2701 - test-only use of the regex parser

import pytest

from timeline.extraction import recognition as R
from timeline.extraction.grammar import RULES
from timeline.extraction.lexicon import TRIGGER_WORDS


@pytest.mark.parametrize("pattern, starts", [
    (r"(?:last|this)\s+week", {"l", "t"}),
    (r"(?P<y>\d{4})-\d\d", {"0"}),
    (r"(?:(?:early|late)\s+)?(?P<m>March)", {"e", "l", "m"}),
    (r"[A-C]x", {"a", "b", "c"}),
])
def test_first_chars_of_a_pattern(pattern, starts):
    first, empty = R.first_chars(P.parse(pattern, re.IGNORECASE))
    assert (first, empty) == (starts, False)


def test_a_rule_that_can_start_anywhere_is_refused():
    with pytest.raises(ValueError):
        R._starts(r".?day")


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_has_a_start_table(rule):
    assert R.STARTS[rule.name] and "ANY" not in R.STARTS[rule.name]


def test_sub_patterns_agree_with_master():
    text = ("In early March 2023, 5 April, the 1990s, more than two weeks ago, last Friday's talks, "
            "nineteen ninety-two, 2023-04-06, 06.04.2023, year-end, the day after, in the past year")
    for start in range(len(text)):
        rx = R.master_at(text[start])
        a = R.MASTER.match(text, start)
        b = rx.match(text, start) if rx is not None else None
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), text[start:start + 20]


def test_prefix_tree_matches_exactly_its_words():
    words = TRIGGER_WORDS
    rx = re.compile(R.prefix_tree(words), re.IGNORECASE)
    for w in words:
        assert rx.fullmatch(w) and rx.fullmatch(w.upper())
    near = {w[:-1] for w in words} | {w + "s" for w in words} | {w + "x" for w in words}
    for w in near - set(words):
        assert not rx.fullmatch(w), w
    assert R.prefix_tree(["day", "days", "dec"]) == "d(?:ay(?:s|)|ec)"


def _word_starts(text):
    """(start, end) of every word of `text` (runs of letters and digits)."""
    return [m.span() for m in re.finditer(r"[^\W_]+", text)]


@pytest.mark.parametrize("pattern, probe, fits", [
    (r"(?:last|this)\s+week", "last ", True),
    (r"(?:last|this)\s+week", "lasting", False),  # "\s" cannot take the "i"
    (r"(?:last|this)\s+week", "las", True),  # the probe ends first: may go on
    (r"(?:(?:early|late)\s+)?March", "in ", False),
    (r"1[6-9]\d\d", "0000 ", True),  # "0" stands for any digit
    (r"1[6-9]\d\d", "00 ", False),
    (r"(?-i:[A-Z])\w+", "kim ", True),  # a case-sensitive part matches no less
    (r"(?<!\w)(?:the\s+)?day\b", "the ", True),  # look-arounds are taken as holding
    (r"[^x]y", "xy", True),  # a negated class may match
    (r"(?>ab|a)c", "ac", True),  # an atomic group is read as a plain one
    # "(?!)" never holds, and a condition takes one of its branches: a number is no "d and d" range without
    # "between" ("dmy" kept for every digit's start while each was read as going on past the probe)
    (r"(?P<b>between\s+)?\d\d(?:(?(b)\s+and\s+|(?!))\d\d)?\s+x", "0000 ", False),
    (r"(?P<b>between\s+)?\d\d(?:(?(b)\s+and\s+|(?!))\d\d)?\s+x", "00 ", True),
    (r"a(?!)b", "ab", False),
    (r"(a|b)?(?(1)x|y)", "y", True),
    (r"(a|b)?(?(1)x|y)", "z", False),
    # a literal beyond ASCII matches an ASCII probe's character only as re.IGNORECASE folds it ("ſ" an "s")
    (r"\d[-–]\d", "000", False),
    (r"\d–", "00", False),
    (r"[ſ]un", "sun", True),
    (r"ſun", "sun", True),
    (r"\u212aey", "key", True),
])
def test_may_begin(pattern, probe, fits):
    assert bool(R.may_begin(P.parse(pattern, re.IGNORECASE), probe)) == fits


def _agree_at_word_starts(text):
    """At each word start, master_for read up to the end of the word and up to
    the end of the next word (as find_mentions reads a modifier before the
    next one: "the last") finds what MASTER finds."""
    words = _word_starts(text)
    for i, (start, end) in enumerate(words):
        a = R.MASTER.match(text, start)
        for probe_end in (None, words[i + 1][1]) if i + 1 < len(words) else (None,):
            b = R.match_at(text, start, end, probe_end)
            assert (a and (a.span(), a.lastgroup, a.group(0))) == (b and (b.span(), b.lastgroup, b.group(0))), \
                text[start:start + 40]


def test_word_sub_patterns_agree_with_master():
    """At every word start of the hand-written corpora and of every rule's
    examples, the rules master_for keeps find what the whole master regex finds."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for corpus in (os.path.join(root, "timeline", "demo", "texts"), os.path.join(root, "bench", "holdout", "texts")):
        for name in sorted(os.listdir(corpus)):
            if name.endswith(".txt"):
                with open(os.path.join(corpus, name), encoding="utf-8") as fh:
                    _agree_at_word_starts(fh.read())
    for rule in RULES:
        for sentence, _ in rule.examples:
            _agree_at_word_starts(sentence)
            _agree_at_word_starts(sentence.upper())
    _agree_at_word_starts("In early March 2023, 5 April, the 1990s, more than two weeks ago, last Friday's talks, "
                          "nineteen ninety-two, 2023-04-06, 06.04.2023, year-end, the day after, in the past year, "
                          "Q1 2023, the first half of 2022, FY2023, '98, 1957-58, mid-2021, the 5th of April")


def test_remembered_patterns_match_as_match_at():
    """find_mentions' _match_start (master_for's patterns remembered by the text read at a start, and by the
    longer text a chain's next word adds) matches as match_at at every word start, read alone and with the
    next word, on a first reading (caches empty) and a second (caches full), beyond ASCII too."""
    texts = ["In early March 2023, 5 April, the 1990s, more than two weeks ago, last Friday's talks, the last "
             "twenty four hours, about 1.9 million, the year-end, in the past three months, the first half of 2022",
             "Le 5 mars, José said on Monday – the “last week” of the café's year, ſunday, the İnn, 3 déc. 2021"]
    for rule in RULES:
        texts += [sentence for sentence, _ in rule.examples]
    R._HEAD_PATTERNS.clear()
    R._CHAIN_PATTERNS.clear()
    for _ in range(2):
        for text in texts + [t.upper() for t in texts]:
            words = _word_starts(text)
            for i, (start, end) in enumerate(words):
                for probe_end in (None, words[i + 1][1]) if i + 1 < len(words) else (None,):
                    a = R.match_at(text, start, end, probe_end)
                    b = R._match_start(text, start, end, probe_end)
                    assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), text[start:start + 40]
