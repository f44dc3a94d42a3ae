"""Kinds of false positive and wrong date found by reading the errors on a freshly opened
set of real news (issue 12, branch h120: bench/realnews-fresh14), each pinned in its general
English form on sentences written for the test, not taken from any article. Each row:
publication date, text, the dates the engine must give, in order (uncertain statements
included).
"""
import datetime as dt

import pytest
from dated import dates

JUNE = dt.date(2018, 6, 6)


@pytest.mark.parametrize("published, text, expected", [
    # "A day earlier" told in the past, counted from a day still ahead (a plan's end), would land
    # after publication: that is not the day it counts from; no day is said.
    (JUNE, "The festival ends on June 14. A day earlier, militants attacked a camp.", ["2018-06-14"]),
    # ... a count of what is still to come keeps it,
    (JUNE, "The festival ends on June 14. A day earlier, a parade will be held.", ["2018-06-14", "2018-06-13"]),
    # ... and a count from a past day is kept.
    (JUNE, "The talks began on June 2. A day earlier, militants attacked a camp.", ["2018-06-02", "2018-06-01"]),
])
def test_past_count_from_a_day_ahead_dates_nothing(published, text, expected):
    assert dates(text, published) == expected
