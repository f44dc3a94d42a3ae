"""extraction.stages: each statement's stage and a summary's count."""
import datetime as dt

import pytest

from timeline.extraction import extract_events

PUBLISHED = dt.date(2023, 4, 4)  # a Tuesday


class Statements(dict):
    """The statements of a text by cue; "on Friday" finds the cue "Friday"."""

    def __missing__(self, words):
        return next(e for cue, e in self.items() if cue in words or words in cue)


def statements(text, published=PUBLISHED):
    return Statements((e.cue, e) for e in extract_events(text, published=published))


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The two leaders will meet on Friday in Geneva.", "on Friday"),
        ("The space agency plans to launch the probe in May.", "in May"),
        ("The hearing is scheduled to resume on April 12.", "on April 12"),
        ("The ferry company is set to open a new route in June.", "in June"),
        ("Ministers are expected to sign the accord on May 3.", "May 3"),
        ("The regional council will debate the budget later this month.", "later this month"),
        ("The union will hold a rally today outside the ministry.", "today"),
    ],
)
def test_announced_statements_are_planned(text, cue):
    assert statements(text)[cue].stage == "planned"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The two leaders met on Friday in Geneva.", "on Friday"),
        ("The agency launched the probe in March.", "in March"),
        ("The hearing was scheduled to resume on Monday but the judge fell ill.", "on Monday"),
        ("Flights were cancelled on Monday as the storm hit the coast.", "on Monday"),
        ("Officials on Monday called off the search for the missing hikers.", "on Monday"),
        ("The union held a rally today outside the ministry.", "today"),
    ],
)
def test_reports_of_what_happened_are_occurred(text, cue):
    assert statements(text)[cue].stage == "occurred"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The summit set for April 20 was called off after the talks collapsed.", "April 20"),
        ("Friday's match was cancelled because of the snow.", "Friday's"),
        ("The meeting on Thursday was scrapped, a spokesman said.", "on Thursday"),
        ("Talks planned for Thursday were postponed until April 14.", "Thursday"),
    ],
)
def test_called_off_happenings_are_cancelled(text, cue):
    assert statements(text)[cue].stage == "cancelled"


def test_a_postponed_happening_is_planned_on_its_new_date():
    found = statements("Talks planned for Thursday were postponed until April 14.")
    assert found["Thursday"].stage == "cancelled"
    assert found["April 14"].stage == "planned"


@pytest.mark.parametrize(
    "text, cue, count",
    [
        ("In March alone, North Korea fired nearly 20 missiles in seven launch events.", "In March", 7),
        ("The country has launched 12 missiles so far this year, the ministry said.", "this year", 12),
        ("In 2022, police recorded 37 attacks on polling stations.", "In 2022", 37),
        ("Between May 2 and May 9, the coast guard reported five incursions.", "May 2 and May 9", 5),
        ("The two leaders met three times in June.", "in June", 3),
    ],
)
def test_period_statements_that_count_happenings_are_summaries(text, cue, count):
    assert statements(text)[cue].summary_count == count


@pytest.mark.parametrize(
    "text, cue",
    [
        ("North Korea fired three missiles on Monday.", "on Monday"),  # one day: one happening
        ("In 2022, the company hired 200 workers.", "In 2022"),  # people, not items it tallies
        ("In March, rainfall was nearly three times the monthly average.", "In March"),  # a multiplier
        ("In March, the journal named it one of the 10 most significant events.", "In March"),  # a ranking
        ("The drought has lasted two years since 2021.", "since 2021"),  # a duration
        ("In March, the army moved its headquarters.", "In March"),  # no count at all
    ],
)
def test_other_statements_are_not_summaries(text, cue):
    assert statements(text)[cue].summary_count is None


def test_the_json_contract_carries_stage_and_summary_count():
    data = extract_events("The agency will launch the probe in May.", published=PUBLISHED)[0].to_dict()
    assert (data["stage"], data["summary_count"]) == ("planned", None)
