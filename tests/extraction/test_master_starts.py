"""find_mentions tries, at each start, only the alternatives of the grammar
that can begin with its first character (temporal._STARTS). These tests derive
the possible first characters from the patterns themselves, so a grammar
change that the table misses fails here instead of silently losing matches."""
import re
from re import _constants as K  # noqa: PLC2701 - test-only use of the regex parser
from re import _parser as P

import pytest

from timeline.extraction import temporal as T


def _first_chars(items) -> tuple[set, bool]:
    """(possible first characters, lower case, "0" for a digit; can the pattern be empty?)"""
    out: set = set()
    for op, av in items:
        if op in (K.AT, K.ASSERT, K.ASSERT_NOT):
            continue  # zero-width
        if op == K.LITERAL:
            c = chr(av).lower()
            out.add("0" if c.isdecimal() else c)
            return out, False
        if op == K.IN:
            for o, a in av:
                if o == K.LITERAL:
                    c = chr(a).lower()
                    out.add("0" if c.isdecimal() else c)
                elif o == K.RANGE:
                    out.update("0" if chr(c).isdecimal() else chr(c).lower() for c in range(a[0], a[1] + 1))
                elif o == K.CATEGORY and a == K.CATEGORY_DIGIT:
                    out.add("0")
                else:
                    out.add("ANY")
            return out, False
        if op == K.SUBPATTERN:
            f, empty = _first_chars(av[3])
            out |= f
            if not empty:
                return out, False
            continue
        if op == K.BRANCH:
            any_empty = False
            for b in av[1]:
                f, empty = _first_chars(b)
                out |= f
                any_empty = any_empty or empty
            if not any_empty:
                return out, False
            continue
        if op in (K.MAX_REPEAT, K.MIN_REPEAT):
            lo, _, sub = av
            f, empty = _first_chars(sub)
            out |= f
            if lo > 0 and not empty:
                return out, False
            continue
        out.add("ANY")  # anything else: assume it can start with anything
        return out, False
    return out, True


@pytest.mark.parametrize("kind,pattern", T._ALTERNATIVES)
def test_start_table_covers_the_pattern(kind, pattern):
    first, can_be_empty = _first_chars(P.parse(pattern, re.IGNORECASE))
    assert not can_be_empty
    assert "ANY" not in first
    assert first <= set(T._STARTS[kind]), f"{kind} can also start with {sorted(first - set(T._STARTS[kind]))}"


def test_sub_patterns_agree_with_master():
    text = ("In early March 2023, 5 April, the 1990s, more than two weeks ago, last Friday's talks, "
            "nineteen ninety-two, 2023-04-06, 06.04.2023, year-end, the day after, in the past year")
    for start in range(len(text)):
        rx = T._master_at(text[start])
        a = T.MASTER.match(text, start)
        b = rx.match(text, start) if rx is not None else None
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), text[start:start + 20]


def test_prefix_tree_matches_exactly_its_words():
    words = T._TRIGGER_WORDS
    rx = re.compile(T._prefix_tree(words), re.IGNORECASE)
    for w in words:
        assert rx.fullmatch(w) and rx.fullmatch(w.upper())
    near = {w[:-1] for w in words} | {w + "s" for w in words} | {w + "x" for w in words}
    for w in near - set(words):
        assert not rx.fullmatch(w), w
    assert T._prefix_tree(["day", "days", "dec"]) == "d(?:ay(?:s)?|ec)"
