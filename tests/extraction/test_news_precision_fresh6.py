"""Kinds of false positive the engine made on real news (issue 12, the
precision round on bench/realnews-fresh6), each pinned on sentences written
for the test, not taken from any article. Each row: publication date, text,
the (date or date/end) the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dates

WED = dt.date(2024, 3, 13)


@pytest.mark.parametrize("published, text, expected", [
    # "Tomorrow is another day", "tomorrow is a new day": a saying, no date.
    (WED, "\"Sleep well, everyone, tomorrow is a new day,\" the mayor wrote.", []),
    (WED, "Tomorrow is another day, the coach said.", []),
    (WED, "Tomorrow is a big day for the team.", ["2024-03-14"]),
    (WED, "Tomorrow is the deadline to file.", ["2024-03-14"]),
])
def test_tomorrow_is_another_day_is_a_saying(published, text, expected):
    assert dates(text, published) == expected
