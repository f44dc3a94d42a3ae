"""Kinds of error read on realnews-fresh12 (session 9), each in general form and pinned with
written sentences, one general case per row:

- a delivery schedule is every week, no day: "Sign up for our briefing, delivered to your inbox
  Monday through Friday", "sent by email Monday to Friday" (but "were delivered Monday through
  Friday" is told as one);
- a weekday span whose start lies ahead ends after it: "a watch has been issued for Friday
  afternoon through Monday evening", "rain is forecast from Friday through Monday" in a Wednesday
  paper end on the coming Monday, not the one gone by;
- a past attempt's deadline is past: "crews managed to contain half the blaze by late Sunday",
  "rescuers tried to reach the village by Sunday night": the last Sunday, not the next;
- a past perfect before "ahead of <weekday>'s": "the ballots had not been counted ahead of Friday's
  meeting" is the Friday gone by;
- a week as a comparison's yardstick is no day: "up 4.2 cents from a week ago" (a word that compares
  right before it and a sum in the sentence), as a year's or a month's is.
"""
import datetime as dt

import pytest
from dated import dates

MON = dt.date(2024, 5, 13)
WED = dt.date(2024, 5, 15)


@pytest.mark.parametrize("text, expected", [
    ("The average price rose 2 cents to $3.41 a gallon Monday, up 4.2 cents from a week ago.", ["2024-05-13"]),
    ("Diesel averaged $3.90 a gallon Sunday, down 3 cents from a week ago.", ["2024-05-12"]),
])
def test_a_week_as_a_yardstick_is_no_day(text, expected):
    assert dates(text, MON) == expected


@pytest.mark.parametrize("text", [
    # read as yardsticks already
    "Mortgage rates averaged 7.1 percent, compared with 7.3 percent a week earlier.",
    "Ticket sales were down 8 percent from a week earlier.",
])
def test_other_week_yardsticks_stay_no_day(text):
    assert dates(text, MON) == []


@pytest.mark.parametrize("text", [
    "He was released from jail a week ago.",
    "The company paid $5 million a week ago.",
])
def test_a_week_ago_told_as_a_day_stays(text):
    assert dates(text, MON) == ["2024-05-06"]


# Review (h114): a hurry "before" a day looks ahead to it, and a week yardstick that goes on to
# tell what happened then ("from a week ago, when ...") is still a day.
@pytest.mark.parametrize("text, expected", [
    ("Residents scrambled to stock up before Thursday, when the storm is forecast to arrive.", ["2024-05-16"]),
    ("Crews raced to restore power before Friday, when temperatures are forecast to plunge.", ["2024-05-17"]),
])
def test_a_hurry_before_a_day_keeps_main_reading(text, expected):
    assert dates(text, WED) == expected


@pytest.mark.parametrize("text", [
    "Gas prices rose 4 percent from a week ago, when a refinery fire shut down production.",
    "Sales were 3% higher than a week ago, when the storm closed stores.",
])
def test_a_week_yardstick_that_tells_an_event_stays_a_day(text):
    assert dates(text, MON) == ["2024-05-06"]
