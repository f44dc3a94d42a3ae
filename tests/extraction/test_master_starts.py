"""find_mentions tries, at each start, only the rules of the grammar that can
begin with its first character (recognition.STARTS, computed from the
patterns). These tests check that computation on known patterns and that the
sub-patterns find exactly what the whole master regex finds."""
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
    assert R.prefix_tree(["day", "days", "dec"]) == "d(?:ay(?:s)?|ec)"
