"""Kinds of the engine's own false positives read on realnews-fresh16 (session 10): statements
neither of two independent readers dated, each in general form and pinned with written sentences:

- "the past year" / "the past month" told with a present perfect ("There have been several attacks
  in the past year", "Prices have doubled over the past month") is the twelve months (thirty days)
  up to the paper's day, no calendar year or month; without a perfect it stays the year (month)
  before ("The deal would settle an inquiry opened in the past year", TimeBank's convention);
- a dateline on a line of its own with its city in title case ("Bristol, March 14" above the lead)
  above the story is its place and day, no event (a sentence that ends in a place and a date stays
  one, and so does a fixture list further down: "Arsenal, October 19");
- a bare month before a weather measure kept as a record ("broke the record for all-time October
  rainfall", "the all-time October snowfall record") is every October's, a category, no date; this
  month's measure ("saw record October rainfall", "the October rainfall so far") stays dated.
"""
import datetime as dt

import pytest
from dated import dates

OCT14 = dt.date(2019, 10, 14)


@pytest.mark.parametrize("text, expected", [
    ("Sunday's storm dropped enough rain to break the record for all-time October rainfall in Leeds.",
     ["2019-10-13"]),
    ("The storm broke the all-time October snowfall record.", []),
    ("The town now holds the record for October rainfall, set in 1981.", ["1981"]),
    ("Sunday's downpour broke the records for October precipitation at two airports.", ["2019-10-13"]),
])
def test_a_month_in_a_weather_record_is_a_category(text, expected):
    assert dates(text, OCT14) == expected


@pytest.mark.parametrize("text, expected", [
    ("The town saw record October rainfall last weekend.", ["2019-10"]),
    ("It was the wettest October on record.", ["2019-10"]),
    ("The October rainfall so far stands at 90 millimetres.", ["2019-10"]),
    ("The record for sales in October fell to the new store.", ["2019-10"]),
])
def test_this_months_weather_stays_dated(text, expected):
    assert dates(text, OCT14) == expected
