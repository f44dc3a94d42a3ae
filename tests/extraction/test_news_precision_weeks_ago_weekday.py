""""a week ago Friday", "two weeks ago Sunday": one day, that weekday N weeks
back, not two statements (a week before publication, and the last Friday).
Written sentences, one general case per row.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

SAT = dt.date(2023, 10, 21)


test_a_weekday_n_weeks_ago_is_one_day = dated_test([
    (SAT, "The results came a week ago Friday.", ["2023-10-13"]),
    (SAT, "The plant closed two weeks ago Sunday.", ["2023-10-01"]),
    (SAT, "The council met two weeks ago on Tuesday.", ["2023-10-03"]),
])


test_other_ago_phrases_keep_their_reading = dated_test([
    (SAT, "One year ago Thursday, the plant closed.", ["2022-10-19"]),
    (SAT, "Sales rose a week ago.", ["2023-10-14"]),
])


@pytest.mark.parametrize("text, expected", [
    ("The two rivals both filed their papers Friday a week ago.", ["2020-01-10"]),
    ("The two rivals both filed their papers Friday a week ago (Jan. 10).", ["2020-01-10"]),
    ("The board last met Tuesday a week ago.", ["2020-01-07"]),
])
def test_a_weekday_a_week_ago_is_that_weekday_of_the_week_before(text, expected):
    assert dates(text, dt.date(2020, 1, 18)) == expected
