"""Kinds of error read on realnews-fresh15 (session 10), each in general form and pinned with
written sentences, one general case per row:

- a bare "March"/"May" right before the noun of a vote is the month: "lost in the March election",
  "contested the May primary" (not "the May government", a name);
- a sentence that opens with "May"/"March" before a past verb tells of the month: "May was the
  second month in a row ...", "March saw heavy rain" (not "May I ask");
- a sentence that opens with a past year ("In 2015, ...", "Earlier in 2018, ...") frames the bare
  month after it: "In 2015, the firm moved to Ohio in March" is March 2015;
- "UPDATED:" before a headline is the story's status, not a time stamp: the headline's day stays;
- the nth weekday of a happening ("the second Saturday of the tournament") is no date;
- a verbless phrase after a comma that goes on listing where ("on TV, on our website and on the
  radio at 10 Tuesday night") takes the tense of the clause it adds to;
- a date fronted in a coordinated clause ("..., and in April, he ran ...") takes that clause's verb.
"""
import datetime as dt

import pytest
from dated import dates

MAY12 = dt.date(2019, 5, 12)


@pytest.mark.parametrize("text, expected", [
    ("Neither candidate won a majority of the votes in the March election.", ["2019-03"]),
    ("The two seats go to a runoff because nobody won outright in the March primary.", ["2019-03"]),
    ("Turnout in the March vote was low.", ["2019-03"]),
])
def test_the_month_of_a_vote(text, expected):
    assert dates(text, MAY12) == expected


@pytest.mark.parametrize("text", [
    "The May government fell after the vote.",
    "May I ask you something?",
    "Members of the March organising committee met.",
])
def test_may_and_march_as_names_stay_out(text):
    assert dates(text, MAY12) == []


@pytest.mark.parametrize("text, expected", [
    ("May was the third month in a row that sales rose.", ["2019-05"]),
    ("March saw heavy rain across the state.", ["2019-03"]),
])
def test_a_month_as_the_subject(text, expected):
    assert dates(text, MAY12) == expected
