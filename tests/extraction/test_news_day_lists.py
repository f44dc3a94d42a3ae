"""A list of days of one month after a month's day ("May 4, 5, 11 and 12"):
each listed day is a statement of its own, as each end of a range is (issue 12,
realnews-fresh19). Sentences written for the test, not taken from any article.
"""
import datetime as dt

import pytest
from dated import dates

PUB = dt.date(2021, 3, 2)


@pytest.mark.parametrize(("text", "want"), [
    ("The committee will hold hearings April 6, 7, 13, and 14.",
     ["2021-04-06", "2021-04-07", "2021-04-13", "2021-04-14"]),
    ("The museum opens late on April 9, 16 and 23 in the spring.",
     ["2021-04-09", "2021-04-16", "2021-04-23"]),
    ("Tickets are valid April 3, 4 or 5.", ["2021-04-03", "2021-04-04", "2021-04-05"]),
])
def test_each_listed_day_of_the_month_is_dated(text, want):
    assert dates(text, PUB) == want


@pytest.mark.parametrize(("text", "want"), [
    # the numbers after the day are counts, not days
    ("On Feb. 20, 14 and 15 workers were laid off.", ["2021-02-20"]),
    ("On Feb. 20, 4,000 workers were laid off.", ["2021-02-20"]),
    # not in rising order: no list of days
    ("The votes were on Feb. 20, 12 and 14.", ["2021-02-20"]),
])
def test_numbers_that_are_no_list_of_days_stay_out(text, want):
    assert dates(text, PUB) == want
