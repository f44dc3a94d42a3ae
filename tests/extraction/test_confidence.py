"""Confidence is measured (grammar.MEASURED): a statement's figure is near the share
of such statements that were right, and extract_events leaves out, unless asked,
the ones more likely wrong than right. Sentences written for these tests."""
import datetime as dt

import pytest

from timeline.extraction import extract_events
from timeline.extraction.grammar import REVIEW_BELOW

THU = dt.date(2023, 4, 6)


def figures(text, published=THU, **kw):
    return {e.cue: e.confidence for e in extract_events(text, published=published, **kw)}


@pytest.mark.parametrize("text, cue", [
    ("The bridge will open in spring 2024.", "spring 2024"),
    ("Talks collapsed last summer, officials said.", "last summer"),
    ("Profit rose in the first quarter of 2023.", "the first quarter of 2023"),
    ("Sales will pick up in the second half of the year.", "the second half of the year"),
    ("Profit fell in Q4 2022, the company said.", "Q4 2022"),
])
def test_seasons_and_quarters_are_left_for_review(text, cue):
    # Dated (a month range), but more often wrong than right as a dated statement
    # on every development set: left out by default, there when asked for.
    assert cue not in figures(text)
    uncertain = figures(text, uncertain=True)
    assert uncertain[cue] < REVIEW_BELOW


@pytest.mark.parametrize("text", [
    "The treaty was signed on April 5, 2023, in Seoul.",
    "Kim met officials on Monday.",
    "The plant opened in March 2021.",
    "The minister resigned yesterday.",
    "Sales fell last year.",
    "The company was founded in 1998.",
    "The dam broke on March 3, 2023, and two days later the town was evacuated.",
])
def test_everything_else_is_emitted_as_before(text):
    assert figures(text) == figures(text, uncertain=True)
    assert all(c >= REVIEW_BELOW for c in figures(text).values())


def test_a_season_beside_a_day_leaves_the_day():
    events = extract_events("The talks, first planned for spring 2024, were held on Monday.", published=THU)
    assert [(e.cue, str(e.date)) for e in events] == [("Monday", "2023-04-03")]


def test_figures_order_the_doubts():
    explicit = figures("The treaty was signed on April 5, 2023.")["April 5, 2023"]
    year = figures("The company was founded in 1998.")["1998"]
    weekday = figures("Kim met officials on Monday.")["Monday"]
    guessed = figures("Kim meeting officials Monday.")["Monday"]  # no tense marker: guessed
    anchored = figures("The dam broke on March 3, 2023, and two days later the town was evacuated.")[
        "two days later"]
    season = figures("Talks collapsed last summer.", uncertain=True)["last summer"]
    # (an explicit date is not surer than a weekday in plain past tense: both are right
    # about 93 times in 100; what goes wrong with either is whether it dates an event)
    assert weekday > guessed > anchored > season
    assert explicit > guessed and year > anchored
    assert all(0 < c <= 0.99 for c in (explicit, year, weekday, guessed, anchored, season))
