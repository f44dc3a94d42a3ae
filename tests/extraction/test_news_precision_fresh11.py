"""Kinds of error read on realnews-fresh11 (session 10), each in general form and pinned with
written sentences:

- a yearless day with "last year", "this year" or "next year" right after it and no "of" ("struck
  on Sept. 10 last year") is that year's day, one statement (as "March 2 of last year" was);
- a part of the day between a weekday and its date ("through Saturday afternoon, Oct. 27") keeps
  the weekday with the date: one day, not also the weekday the verb's past would find;
- a call or a forecast under way ("issued an alert Monday, calling for conservation on Tuesday",
  "we're forecasting rain for Tuesday") looks ahead: the coming weekday;
- a page's labels "Updated on <date> Published on <date>" after a by-line are furniture, no event;
- "this morning", "this afternoon" in a quote said on a day the text gives count from that day,
  as "today" does;
- a month ahead in words said last year ('"We will shut down at the end of January," a spokesman
  said last year', in February) is the first such month after the saying: this year's, not next.
"""
import datetime as dt

import pytest
from dated import dates

FEB = dt.date(2001, 2, 28)


@pytest.mark.parametrize("text, expected", [
    ("\u201cWe will shut down at the end of January,\u201d a spokesman said last year.", ["2001-01", "2000"]),
    ("\u201cThe firm is winding up. We will close in January,\u201d said Acme spokesman Jo Smith last year.",
     ["2001-01", "2000"]),
    ('"We will open in early January," the owner told reporters last year.', ["2001-01", "2000"]),
    ("The mayor said last year that the bridge would be finished by January.", ["2000", "2001-01"]),
])
def test_a_month_ahead_said_last_year_counts_from_the_saying(text, expected):
    assert dates(text, FEB) == expected


@pytest.mark.parametrize("text, expected", [
    # Said now, or last year only in a relative clause or an aside: the month ahead of publication.
    ("\u201cWe will shut down at the end of January,\u201d a spokesman said.", ["2002-01"]),
    ("\u201cWe will close the plant in January,\u201d said Smith, who was hired last year.", ["2002-01", "2000"]),
    ("The mayor said the bridge, which cost more than last year, will be finished by January.", ["2002-01"]),
    ("The company said sales fell last year and it will close the plant in January.", ["2000", "2002-01"]),
])
def test_a_month_ahead_said_now_stays_ahead(text, expected):
    assert dates(text, FEB) == expected
