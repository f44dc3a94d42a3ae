"""Kinds of false positive the engine made on real news (issue 12, the
precision round on bench/realnews-fresh9), each pinned on sentences written
for the test, not taken from any article. Each row: publication date, text,
the (date or date/end) the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dates

THU = dt.date(2024, 3, 14)


@pytest.mark.parametrize("published, text, expected", [
    # A state said in the present to last "through" a weekday (a warning, a
    # closure, an exhibition) ends ahead, as with "until": the Tuesday after
    # a Thursday paper, not the one two days back.
    (THU, "An excessive heat warning continues through Tuesday evening.", ["2024-03-19"]),
    (THU, "Officials have issued a flood watch that continues through Tuesday.", ["2024-03-19"]),
    (THU, "The heat advisory remains in effect through Sunday.", ["2024-03-17"]),
    (THU, "The bridge remains closed through Monday, the county said.", ["2024-03-18"]),
    (THU, "The exhibition stays open through Tuesday.", ["2024-03-19"]),
    (THU, "The storm watch lasts through 6 p.m. Tuesday.", ["2024-03-19"]),
    # A past verb keeps the past.
    (THU, "The festival continued through Tuesday.", ["2024-03-12"]),
    (THU, "The warning remained in effect through Tuesday.", ["2024-03-12"]),
    (THU, "Crews worked through Tuesday night to clear the roads.", ["2024-03-12"]),
])
def test_a_present_state_lasting_through_a_weekday_ends_ahead(published, text, expected):
    assert dates(text, published) == expected
