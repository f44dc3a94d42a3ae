"""The public API and the JSON contract, on an article written for the test."""
import dataclasses
import datetime as dt
import json

import pytest

from timeline.extraction import (
    ExtractedEvent,
    ExtractionError,
    extract_events,
    find_publication_date,
)

ARTICLE = """Envoys gather in Seoul as tensions rise

SEOUL, South Korea (Test Wire) — North Korea warned on Thursday of "overwhelming" action, a day after
American bombers flew over the peninsula.

Following talks with Foreign Minister Park Jin on Thursday, the U.S. envoy will join a three-way meeting with Japanese officials on Friday, the ministry said.

In March alone, North Korea fired nearly 20 missiles, including an ICBM.
"""
PUB = dt.date(2023, 4, 6)


def test_events_in_text_order_with_offsets():
    events = extract_events(ARTICLE, published=PUB)
    got = [(e.to_dict()["date"], e.precision, e.cue) for e in events]
    assert got == [
        ("2023-04-06", "day", "Thursday"),
        ("2023-04-05", "day", "a day after"),
        ("2023-04-06", "day", "Thursday"),
        ("2023-04-07", "day", "Friday"),
        ("2023-03", "month", "March"),
    ]
    for e in events:
        assert ARTICLE[e.sentence_start:e.sentence_end] == e.sentence
        assert ARTICLE[e.cue_start:e.cue_end] == e.cue
        assert e.sentence_start <= e.cue_start < e.cue_end <= e.sentence_end
    assert [e.cue_start for e in events] == sorted(e.cue_start for e in events)


def test_dateline_is_not_part_of_the_sentence():
    first = extract_events(ARTICLE, published=PUB)[0]
    assert first.sentence.startswith("North Korea warned on Thursday")


def test_event_fields():
    events = extract_events(ARTICLE, published=PUB)
    meeting = events[3]
    assert "Park Jin" in meeting.actors and "United States" in meeting.actors
    assert meeting.category == "diplomatic meeting"
    assert len(meeting.title) <= 100
    missiles = events[4]
    assert missiles.category == "missile launch"
    assert missiles.title.startswith("North Korea fired")
    assert "North Korea" in missiles.actors


def test_to_dict_contract():
    d = extract_events(ARTICLE, published=PUB)[4].to_dict()
    assert set(d) == {"date", "precision", "end_date", "title", "sentence", "cue", "cue_start", "cue_end",
                      "sentence_start", "sentence_end", "actors", "place", "category", "rule", "confidence",
                      "flags", "group", "tense", "anchor", "stage", "summary_count"}
    assert d["date"] == "2023-03" and d["precision"] == "month" and d["end_date"] is None
    assert isinstance(d["actors"], list)
    assert d["rule"] == "mo" and 0 < d["confidence"] <= 1 and d["flags"] == []
    json.dumps(d)


def test_every_event_says_which_rule_dated_it_and_how_sure_it_is():
    events = extract_events(ARTICLE, published=PUB)
    assert all(e.rule and 0 < e.confidence <= 1 for e in events)


@pytest.mark.parametrize("surer, less_sure", [
    ("The ship sank on 5 April 2023.", "The ship sank on Monday."),        # explicit vs. weekday
    ("The ship sailed on Monday.", "Officials say the ship sails Monday."),  # tense marker vs. none
    ("The vote was held on March 3.", "The vote came two days after the rally."),  # anchored
    ("The report came out on Dec. 30.", "Prices were set on Dec. 30."),  # same year vs. other year
])
def test_confidence_orders_certain_dates_before_guesses(surer, less_sure):
    pub = PUB if "Dec" not in surer else dt.date(2023, 12, 31)
    pub2 = PUB if "Dec" not in less_sure else dt.date(2024, 1, 2)
    (a,) = extract_events(surer, published=pub)
    (b,) = extract_events(less_sure, published=pub2)
    assert a.confidence > b.confidence


def test_weekday_contradicting_its_date_keeps_the_date_and_is_flagged():
    (e,) = extract_events("The court ruled on Thursday, April 3, 2023.", published=PUB)
    assert e.to_dict()["date"] == "2023-04-03"  # a Monday: the explicit date wins
    (right,) = extract_events("The court ruled on Monday, April 3, 2023.", published=PUB)
    # Less sure than the same date with its own weekday (by the measured factor, grammar.MEASURED).
    assert e.flags == ("weekday-contradicts-date",) and e.confidence < right.confidence - 0.1


def test_range_end_date_at_same_precision():
    e, end = extract_events("Drills ran March 13-23.", published=PUB)  # the end is a statement too
    assert e.to_dict()["end_date"] == "2023-03-23"
    assert (end.to_dict()["date"], end.end_date, end.cue) == ("2023-03-23", None, "23")


def test_event_is_frozen():
    e = extract_events(ARTICLE, published=PUB)[0]
    assert isinstance(e, ExtractedEvent)
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.title = "x"


def test_one_event_per_sentence_and_date():
    events = extract_events("Kim met Park on Thursday, and again on Thursday evening.", published=PUB)
    assert len(events) == 1


def test_publication_date_found_in_text():
    text = "SEOUL, April 6, 2023 (AP) — Kim met Park on Thursday and will meet Lee on Friday."
    assert find_publication_date(text) == PUB
    got = [(e.to_dict()["date"], e.cue) for e in extract_events(text)]
    # The dateline's own date dates the article, not an event.
    assert got == [("2023-04-06", "Thursday"), ("2023-04-07", "Friday")]


def test_published_line_is_not_an_event():
    text = "Title\nPublished 6 April 2023\n\nThe minister resigned yesterday."
    assert [e.to_dict()["date"] for e in extract_events(text)] == ["2023-04-05"]


def test_missing_publication_date():
    with pytest.raises(ExtractionError) as exc:
        extract_events("The minister resigned yesterday.")
    assert str(exc.value) == ("No publication date given and none found in the text; "
                              "pass --published YYYY-MM-DD")


def test_extraction_error_is_a_value_error():
    assert issubclass(ExtractionError, ValueError)


def test_dateline_without_year_is_no_event():
    text = "WASHINGTON, March 5 (Reuters) - The Senate voted on Tuesday to confirm the nominee."
    events = extract_events(text, published=dt.date(2024, 3, 5))
    assert [(e.to_dict()["date"], e.cue) for e in events] == [("2024-03-05", "Tuesday")]
    assert events[0].sentence.startswith("The Senate voted")


def test_yearless_range_starts_before_it_ends():
    event, _end = extract_events(
        "Between January 1 and August 15, fires burned 20,000 hectares, officials said.",
        published=dt.date(2020, 8, 23),
    )
    assert (event.date, event.end_date) == (dt.date(2020, 1, 1), dt.date(2020, 8, 15))
