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
    # A custom told in the present with "usually", "typically", "normally"
    # ... names each year's month, no dated event.
    (WED, "Usually the river runs high in May and June.", []),
    (WED, "Prices typically peak in July, dealers say.", []),
    (WED, "The lake normally freezes in early January.", []),
    # ... but a past event beside the custom is dated, and so is a month
    # with its own modifier.
    (WED, "The river, which usually runs high in spring, flooded in February.", ["2024-02"]),
    (WED, "Usually quiet, the town was hit by floods in February.", ["2024-02"]),
    (WED, "Prices usually peak in summer, but they peaked last January.", ["2024-01"]),
])
def test_habitual_months_are_no_dates(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # A future said outright between the custom and the month: one month
    # ahead, the custom is another clause's.
    (WED, "Turnout is usually low, and the runoff will be held in April.", ["2024-04"]),
    (WED, "The central bank, which normally meets eight times a year, will decide on rates in May.", ["2024-05"]),
    (WED, "Typically cautious, the committee will vote in April.", ["2024-04"]),
    (WED, "Prices usually rise in spring, and analysts expect inflation to peak in May.", ["2024-05"]),
    # The present still tells the custom.
    (WED, "The river usually runs high in May.", []),
])
def test_a_month_in_a_future_beside_a_custom_is_dated(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # "Tomorrow is another day", "tomorrow is a new day": a saying, no date.
    (WED, "\"Sleep well, everyone, tomorrow is a new day,\" the mayor wrote.", []),
    (WED, "Tomorrow is another day, the coach said.", []),
    (WED, "Tomorrow is a big day for the team.", ["2024-03-14"]),
    (WED, "Tomorrow is the deadline to file.", ["2024-03-14"]),
])
def test_tomorrow_is_another_day_is_a_saying(published, text, expected):
    assert dates(text, published) == expected
