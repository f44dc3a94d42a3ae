"""The verbs of saying are one list (lexicon.SAID_WORDS, lexicon.SAYS_WORDS): the saying patterns of
anchors.py (a restated day: a past perfect after a saying is its backshift), sayings.py (a quote's
day: the words between a quote and a day say who said it) and grammar.py ("N days away" after a
saying on a day gone by) are made from it, not written out by hand, so that a verb added there reaches
every rule. grammar.py takes the past forms only, on purpose: a saying told now counts from today
("The mayor says the vote, put off last week, is 10 days away").

Dated rows: a verb each rule did not take before the lists were one works as "said" does there.
Sentences written for the test, not taken from articles.
"""

import datetime as dt
import re

import pytest
from dated import dated_test

from timeline.extraction import anchors, grammar, sayings
from timeline.extraction.lexicon import SAID_WORDS, SAYING_WORDS, SAYS_WORDS, phrase_rx

# Each rule's pattern and the words it takes.
PATTERNS = [
    (anchors._SAYING, SAYING_WORDS),
    (sayings._SAYING, SAYING_WORDS),
    (grammar._SAID_BEFORE_AWAY, SAID_WORDS),
]


@pytest.mark.parametrize("pattern, words", PATTERNS)
def test_each_saying_pattern_is_made_from_the_shared_list(pattern, words):
    # A hand-written copy (a word more, a word less, another order) fails here.
    assert pattern.pattern == rf"\b(?:{phrase_rx(words)})\b"
    assert pattern.flags & re.IGNORECASE


@pytest.mark.parametrize("pattern, words", PATTERNS)
def test_each_saying_pattern_takes_every_form_of_its_list(pattern, words):
    for w in words:
        form = w.replace("_", " ")
        assert pattern.fullmatch(form), form
        assert pattern.search(f"Officials {form.capitalize()} it"), form


def test_the_lists_are_apart_and_the_away_rule_takes_no_present_saying():
    assert not set(SAID_WORDS) & set(SAYS_WORDS)
    assert SAYING_WORDS == SAID_WORDS + SAYS_WORDS
    for w in SAYS_WORDS:
        assert grammar._SAID_BEFORE_AWAY.search(w.replace("_", " ")) is None, w


MON = dt.date(2024, 1, 1)
THU = dt.date(2023, 6, 8)
SAT = dt.date(2024, 6, 15)

test_every_verb_of_saying_works_in_every_rule = dated_test(
    [
        # anchors: a past perfect after a saying is its backshift, no tie to the day just told (as "said").
        (
            MON,
            "A fire destroyed the church on Dec. 24, 2019. The pastor announced attendance had doubled on Christmas Eve.",
            ["2019-12-24", "2023-12-24"],
        ),
        (
            MON,
            "A fire destroyed the church on Dec. 24, 2019. The pastor wrote that attendance had doubled on Christmas Eve.",
            ["2019-12-24", "2023-12-24"],
        ),
        # sayings: a quoted "today" is the day the words after the quote say it was said.
        (THU, '"Today is a sad day," he explained on Tuesday.', ["2023-06-06"]),
        (THU, '"Today is a sad day," he tells reporters at a news conference on Tuesday.', ["2023-06-06"]),
        (THU, '"Today is a sad day," according to a statement on Tuesday.', ["2023-06-06"]),
        # grammar: "N days away" said on a day gone by counts from that day ...
        (SAT, "Last week, officials tweeted the vote is 10 days away.", []),
        (SAT, "Last week, officials declared the vote is 10 days away.", []),
        # ... but not when said now (the past forms only, on purpose).
        (SAT, "The mayor says the vote, put off last week, is 10 days away.", ["2024-06-25"]),
        (SAT, "According to officials, the vote, put off last week, is now 10 days away.", ["2024-06-25"]),
    ]
)
