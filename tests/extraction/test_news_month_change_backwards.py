"""A change of month written "to <month> from <month>" ("moved the talks to October from November"):
the two months are the two ends of one move, so the month it moved from is the one near the month
it moved to, not a month a year back that the clause's past verb would pick. Issue 12,
realnews-fresh20. Sentences written for the test, not taken from any article."""
import datetime as dt

import pytest
from dated import dates


@pytest.mark.parametrize(("published", "text", "want"), [
    (dt.date(2022, 10, 2), "The union proposed bringing forward planned talks to October from November.",
     ["2022-10", "2022-11"]),
    (dt.date(2022, 10, 2), "The board said it had moved the scheduled vote to October from November.",
     ["2022-10", "2022-11"]),
    (dt.date(2023, 3, 5), "The government brought the planned summit forward to March from April.",
     ["2023-03", "2023-04"]),
    (dt.date(2022, 10, 2), "Officials said they advanced the scheduled election to October from December.",
     ["2022-10", "2022-12"]),
    (dt.date(2023, 5, 12), "Organisers postponed the delayed festival to August from June.",
     ["2023-08", "2023-06"]),
])
def test_the_month_moved_from_is_near_the_month_moved_to(published, text, want):
    assert dates(text, published) == want


@pytest.mark.parametrize(("published", "text", "want"), [
    # a figure's change: both months of the figures, as before
    (dt.date(2022, 11, 10), "Inflation rose to 7.7% in October from 8.2% in September.", ["2022-10", "2022-09"]),
    # a month with its year is left as told
    (dt.date(2022, 10, 2), "The vote was moved to October from November 2021.", ["2022-10", "2021-11"]),
])
def test_other_month_pairs_are_as_before(published, text, want):
    assert dates(text, published) == want
