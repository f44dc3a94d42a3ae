"""Recognition and resolution of temporal expressions, phenomenon by phenomenon.

Each row is a sentence written for the test, the publication date, and the
(date, precision) pairs the engine must find in it.
"""
import datetime as dt

import pytest

from timeline.extraction import extract_events
from timeline.extraction.temporal import clause_tense, find_mentions

THU = dt.date(2023, 4, 6)  # a Thursday


def found(text, published=THU):
    return [(e.to_dict()["date"], e.precision) for e in extract_events(text, published=published)]


@pytest.mark.parametrize(
    "phenomenon, text, expected",
    [
        ("full date, day first", "The treaty was signed on 5 April 2023.", [("2023-04-05", "day")]),
        ("full date, month first", "The treaty was signed on April 5, 2023.", [("2023-04-05", "day")]),
        ("abbreviated month", "The deal closed Sept. 30, 2022.", [("2022-09-30", "day")]),
        ("ISO date", "The report is dated 2023-03-01.", [("2023-03-01", "day")]),
        ("unambiguous numeric", "The order was signed on 13/03/2023.", [("2023-03-13", "day")]),
        ("month and year", "The plant opened in March 2021.", [("2021-03", "month")]),
        ("bare month, past", "In March alone, the North fired 20 missiles.", [("2023-03", "month")]),
        ("bare month, future", "The summit will be held in June.", [("2023-06", "month")]),
        ("last <month>", "They signed a treaty last May.", [("2022-05", "month")]),
        ("early/late month", "Talks broke down in early March.", [("2023-03", "month")]),
        ("mid-month", "Talks resumed in mid-February.", [("2023-02", "month")]),
        ("day range", "The drills ran March 2-4.", [("2023-03-02", "day"), ("2023-03-04", "day")]),
        ("weekday, past", "Kim met officials on Monday.", [("2023-04-03", "day")]),
        ("weekday same as publication", "Kim met officials on Thursday.", [("2023-04-06", "day")]),
        ("weekday, future", "Kim will meet officials on Friday.", [("2023-04-07", "day")]),
        ("weekday, 'plan to'", "They plan to meet in Seoul on Monday.", [("2023-04-10", "day")]),
        ("two weekdays, two tenses", "They met on Thursday and will meet again on Friday.",
         [("2023-04-06", "day"), ("2023-04-07", "day")]),
        ("last <weekday>", "The ship sank last Thursday.", [("2023-03-30", "day")]),
        ("yesterday", "The minister resigned yesterday.", [("2023-04-05", "day")]),
        ("today", "Parliament votes today.", [("2023-04-06", "day")]),
        ("tomorrow", "Results are expected tomorrow.", [("2023-04-07", "day")]),
        ("tonight", "Polls close tonight.", [("2023-04-06", "day")]),
        ("this morning", "The quake struck this morning.", [("2023-04-06", "day")]),
        ("last year", "Sales fell last year.", [("2022", "year")]),
        ("next year", "A referendum will be held next year.", [("2024", "year")]),
        ("this month", "Prices rose this month.", [("2023-04", "month")]),
        ("earlier this month", "The company listed its shares earlier this month.", [("2023-04", "month")]),
        ("last month", "Inflation eased last month.", [("2023-03", "month")]),
        ("N days ago", "The ship left port three days ago.", [("2023-04-03", "day")]),
        ("N years ago", "The mine closed five years ago.", [("2018", "year")]),
        ("N months ago", "The mine closed two months ago.", [("2023-02", "month")]),
        ("a day after X (undated X)", "The comments came a day after the bombers flew.", [("2023-04-05", "day")]),
        ("N days after a dated X", "Talks began two days after Monday's vote.",
         [("2023-04-05", "day"), ("2023-04-03", "day")]),
        ("the next day", "The dam broke on March 3, 2023. The next day, the town was evacuated.",
         [("2023-03-03", "day"), ("2023-03-04", "day")]),
        ("year", "The company was founded in 1998.", [("1998", "year")]),
        ("since year", "Australia has been independent since 1901.", [("1901", "year")]),
        ("spelled year", "In nineteen ninety-one he was convicted.", [("1991", "year")]),
        ("between X and Y", "The vote was held between March 2 and March 5, officials said.",
         [("2023-03-02", "day"), ("2023-03-05", "day")]),
        ("from X to Y", "He ruled from 2017 to 2019.", [("2017", "year"), ("2019", "year")]),
        ("'ahead of' looks forward", "Campaigning ended ahead of Sunday's election.", [("2023-04-09", "day")]),
        ("since the summer of", "They have opposed it since the summer of 2022.", [("2022", "year")]),
        ("dotted day-first", "The accord was signed on 06.03.2023 in Bern.", [("2023-03-06", "day")]),
        ("day before yesterday", "It happened the day before yesterday.", [("2023-04-04", "day")]),
        ("comparison yardstick", "Profit rose to $5 million from $3 million a year earlier.", []),
        ("quantity after 'about'", "The index fell to about 1800 points.", []),
        ("each <month>", "Orangemen march each July.", []),
        # Not dates at all.
        ("quantity, not a year", "The army sent 2000 troops.", []),
        ("money, not a year", "The firm paid $1999 for it.", []),
        ("week is not scored", "Officials met last week.", []),
        # A decade is no day, month or year (the old engine said 1990-1999; gold never lists decades).
        ("decade is no event", "Crime fell in the 1990s.", []),
        ("now is not a date", "The country is now in crisis.", []),
        ("generic weekday", "We were handed a report on a Friday.", []),
        ("name, not a month", "Prime Minister Theresa May spoke.", []),
        ("verb, not a month", "Protesters march through the city.", []),
    ],
)
def test_phenomena(phenomenon, text, expected):
    assert found(text) == expected, phenomenon


def test_ranges_carry_an_end_date():
    ev, end = extract_events("The drills ran March 2-4.", published=THU)  # the end is a statement too
    assert (ev.date, ev.end_date) == (dt.date(2023, 3, 2), dt.date(2023, 3, 4))
    assert (end.date, end.end_date) == (dt.date(2023, 3, 4), None)
    ev, end = extract_events("He ruled from 2017 to 2019.", published=THU)  # the end is a statement too
    assert (ev.date, ev.end_date, ev.precision) == (dt.date(2017, 1, 1), dt.date(2019, 1, 1), "year")
    assert (end.date, end.end_date, end.precision) == (dt.date(2019, 1, 1), None, "year")
    (ev,) = extract_events("The border has been closed since 2019.", published=THU)
    assert ev.end_date == dt.date(2023, 1, 1) and ev.to_dict()["end_date"] == "2023"


def test_yearless_date_near_publication():
    # Written in December, a hearing "for Feb. 6" is next February.
    (ev,) = extract_events("The judge set a hearing for Feb. 6.", published=dt.date(2022, 12, 15))
    assert ev.date == dt.date(2023, 2, 6)


@pytest.mark.parametrize(
    "text, cue, tense",
    [
        ("Kim will meet Park on Friday.", "Friday", "future"),
        ("Kim met Park on Friday.", "Friday", "past"),
        ("On Friday, Kim met Park.", "Friday", "past"),
        ("On Friday, Kim will meet Park.", "Friday", "future"),
        ("The talks are scheduled to resume on Friday.", "Friday", "future"),
        ("The council was due to be sworn in on Monday, but it was postponed.", "Monday", "past"),
        ("Police said Friday they would investigate.", "Friday", "past"),
        ("Prices rose on Friday.", "Friday", "past"),
    ],
)
def test_clause_tense(text, cue, tense):
    i = text.index(cue)
    assert clause_tense(text, i, i + len(cue)).rstrip("?") == tense


def test_mentions_are_non_overlapping_and_ordered():
    text = "On Saturday, April 25, 1998, and in May, then yesterday."
    ms = find_mentions(text)
    assert [m.text for m in ms] == ["Saturday, April 25, 1998", "May", "yesterday"]
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:], strict=False))
