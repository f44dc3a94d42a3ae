"""Kinds of false positive the engine made on real news (issue 12, the
precision round on realnews-fresh10, now a development set), each pinned on
sentences written for the test, not taken from any article. Each row:
publication date, text, the dates the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dates

JUN = dt.date(2015, 6, 12)


@pytest.mark.parametrize("text, expected", [
    # A custom told in the present ("generally", "typically", "normally"):
    # its yearless days and months recur every year; no one of them is dated.
    ("Generally, the rainy season begins on June 10 and ends on September 23, forecasters say.", []),
    ("The rainy season generally begins June 10.", []),
    ("The rainy season typically starts on June 10 and ends on 23 September.", []),
    ("The harvest festival is normally held on August 3.", []),
    # Not a custom: one year's day, a past clause, or "generally" of degree.
    ("The rainy season began on June 10, forecasters said.", ["2015-06-10"]),
    ("Observers said the vote was generally peaceful on June 10.", ["2015-06-10"]),
    ("The fair usually opens in August, but this year it will open on September 5.", ["2015", "2015-09-05"]),
    # "on June 10 this year": the day and its year are one statement (test_news_precision_fresh11.py).
    ("Generally, the fair opens in August; it opened on June 10 this year.", ["2015-06-10"]),
])
def test_a_generic_present_dates_no_day(text, expected):
    assert dates(text, JUN) == expected


@pytest.mark.parametrize("text, expected", [
    # More forms of a custom, for a yearless day.
    ("The fair is held every year on March 3.", []),
    ("Each year on March 3, the town celebrates its founding.", []),
    ("The tax deadline is April 15 every year.", []),
    ("The rainy season tends to arrive around June 10.", []),
    ("As a rule, the assembly opens on January 15.", []),
    ("In general, the rains start on June 10.", []),
    # One day: a weekday after "generally" or "in general" in a past clause,
    # a day in a clause of its own.
    ("Generally, the talks went well on Monday.", ["2015-06-08"]),
    ("In general, the ministry said on Monday that prices rose.", ["2015-06-08"]),
    ("Every year, thousands visit; on March 3 the fair was cancelled.", ["2015-03-03"]),
])
def test_more_forms_of_a_custom(text, expected):
    assert dates(text, JUN) == expected
