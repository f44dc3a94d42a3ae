"""A vote's day that the article gives a date ("Tuesday, Dec. 13 is Election Day", "Election Day is
Dec. 13") is that day for the rest of the article: a later "on Election Day" is the runoff's or the
town's vote, not the US general election; the named day beside its date is no second statement.
Issue 12, realnews-fresh18. Sentences written for the test, not taken from any article."""
import datetime as dt

import pytest
from dated import dates

PUB = dt.date(2022, 11, 30)  # after the US general election of 8 November 2022


@pytest.mark.parametrize(("text", "want"), [
    # the named day beside its date is the same statement
    ("Tuesday, Dec. 13 is Election Day in the council runoff.", ["2022-12-13"]),
    ("Election Day is Dec. 13, the clerk said.", ["2022-12-13"]),
    # a later mention takes the date the article told
    ("Tuesday, Dec. 13 is Election Day in the council runoff.\n\n"
     "Results will be posted at City Hall on Election Day.", ["2022-12-13", "2022-12-13"]),
    ("Election Day is Dec. 13, the clerk said. Polls close at 7 p.m. on Election day.",
     ["2022-12-13", "2022-12-13"]),
])
def test_a_vote_day_the_article_dates_is_that_day(text, want):
    assert dates(text, PUB) == want


@pytest.mark.parametrize(("published", "text", "want"), [
    # no date told: the general election, as before
    (dt.date(2022, 10, 20), "Results will be posted at City Hall on Election Day.", ["2022-11-08"]),
    # a date near the named day that is not its date
    (dt.date(2022, 10, 20), "Early voting ends Friday, Nov. 4, before Election Day.", ["2022-11-04", "2022-11-08"]),
])
def test_without_a_told_date_the_general_election_stays(published, text, want):
    assert dates(text, published) == want
