"""A unit's full stop after a number ends its sentence before an opener: "the lake stood at 12.4 ft. At
noon Monday it began to drop" is two sentences, each with its own date and tense ("ft." after a number
is feet, not "Ft." for Fort). Issue 12, realnews-fresh18. Sentences written for the test, not taken
from any article."""
import datetime as dt

import pytest
from dated import dates

from timeline.extraction.sentences import split_sentences

PUB = dt.date(2022, 4, 13)  # a Wednesday


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("The lake stood at 12.4 ft. At noon Monday it began to drop.",
     ["The lake stood at 12.4 ft.", "At noon Monday it began to drop."]),
    ("The creek is forecast to peak at 19 ft. The bridge will stay shut.",
     ["The creek is forecast to peak at 19 ft.", "The bridge will stay shut."]),
    # Fort before a name stays one sentence
    ("Troops left Ft. Bragg on Monday.", ["Troops left Ft. Bragg on Monday."]),
    ("The unit moved to Ft. Hood in May. It stayed there.",
     ["The unit moved to Ft. Hood in May.", "It stayed there."]),
])
def test_feet_after_a_number_end_a_sentence_before_an_opener(text, want):
    assert sentences(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the forecast is Saturday ahead, the reading Monday gone by
    ("Saturday the lake is expected to crest at 14.2 ft. At 9 a.m. Monday the lake was at 13.9 ft.",
     ["2022-04-16", "2022-04-11"]),
])
def test_each_sentence_keeps_its_own_tense(text, want):
    assert dates(text, PUB) == want
