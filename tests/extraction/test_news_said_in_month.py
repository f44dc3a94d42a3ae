"""A month in what was said in an earlier month ("said in December that the plant would close in
January") is counted from the month of the saying: the January after that December, not the one after
publication. Issue 12. Sentences written for the test, not taken from any article."""
import datetime as dt

import pytest
from dated import dates


@pytest.mark.parametrize(("published", "text", "want"), [
    (dt.date(2024, 3, 6), "The minister said in December that the plant would close in January.",
     ["2023-12", "2024-01"]),
    (dt.date(2024, 6, 10), "The company announced in February that it would cut jobs in April.",
     ["2024-02", "2024-04"]),
    (dt.date(2024, 2, 20), "The council said in November that it would vote on the plan in January.",
     ["2023-11", "2024-01"]),
])
def test_a_plan_told_in_a_past_month_is_counted_from_it(published, text, want):
    assert dates(text, published) == want


@pytest.mark.parametrize(("published", "text", "want"), [
    # already counted right: a plan still ahead, a past told in the past
    (dt.date(2024, 6, 10), "Officials said in May that the bridge would reopen in September.", ["2024-05", "2024-09"]),
    (dt.date(2024, 3, 6), "The bank said in January that prices had peaked in October.", ["2024-01", "2023-10"]),
])
def test_other_months_of_a_saying_are_as_before(published, text, want):
    assert dates(text, published) == want
