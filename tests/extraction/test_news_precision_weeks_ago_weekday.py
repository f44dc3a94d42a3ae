""""a week ago Friday", "two weeks ago Sunday": one day, that weekday N weeks
back, not two statements (a week before publication, and the last Friday).
Written sentences, one general case per row.
"""
import datetime as dt

import pytest
from dated import dates

SAT = dt.date(2023, 10, 21)


@pytest.mark.parametrize("published, text, expected", [
    (SAT, "The results came a week ago Friday.", ["2023-10-13"]),
    (SAT, "The plant closed two weeks ago Sunday.", ["2023-10-01"]),
    (SAT, "The council met two weeks ago on Tuesday.", ["2023-10-03"]),
])
def test_a_weekday_n_weeks_ago_is_one_day(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    (SAT, "One year ago Thursday, the plant closed.", ["2022-10-19"]),
    (SAT, "Sales rose a week ago.", ["2023-10-14"]),
])
def test_other_ago_phrases_keep_their_reading(published, text, expected):
    assert dates(text, published) == expected
