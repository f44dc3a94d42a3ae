"""A review of the fresh11 precision rules: ordinary news sentences, written for the
test, that a rule broader than its purpose misdated, or a near variant it missed.
Each row: publication date, text, the (date or date/end) the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dates

TUE = dt.date(2022, 9, 6)


@pytest.mark.parametrize("published, text, expected", [
    # A call or forecast made before, and over ("had been calling for"), looks back, as
    # "were calling for" does; so does a participle that only describes its subject.
    (TUE, "Forecasters had been calling for rain on Sunday.", ["2022-09-04"]),
    (TUE, "Meteorologists had been forecasting rain for Sunday.", ["2022-09-04"]),
    (TUE, "Forecasters had been predicting a quiet season in May.", ["2022-05"]),
    (TUE, "Analysts predicting a recession lowered their outlook on Friday.", ["2022-09-02"]),
    # The call under way still looks ahead.
    (TUE, "The utility issued an alert Monday, calling for conservation on Thursday.",
     ["2022-09-05", "2022-09-08"]),
    (TUE, "We're forecasting 104 for Thursday, the meteorologist said.", ["2022-09-08"]),
    (TUE, "Forecasters are predicting heavy rain on Thursday.", ["2022-09-08"]),
])
def test_only_a_call_under_way_looks_ahead(published, text, expected):
    assert dates(text, published) == expected


MON = dt.date(2019, 6, 10)


@pytest.mark.parametrize("published, text, expected", [
    # "on Sept. 10 last year" is one statement; so is the year said first: "last year on
    # Sept. 10", "Last year, on March 3, ...".
    (MON, "The company filed for bankruptcy last year on Sept. 10.", ["2018-09-10"]),
    (MON, "Last year, on March 3, the plant closed.", ["2018-03-03"]),
    (MON, "The plant will reopen next year on Sept. 1.", ["2020-09-01"]),
    (MON, "The company filed for bankruptcy on Sept. 10 last year.", ["2018-09-10"]),
    # Not a year told apart from the day.
    (MON, "He moved to Paris last year. On Sept. 10 he was arrested.", ["2018", "2018-09-10"]),
    (MON, "Sales fell last year on weak demand and on March 3 the firm cut jobs.", ["2018", "2019-03-03"]),
])
def test_a_year_said_just_before_its_day_is_the_days_year(published, text, expected):
    assert dates(text, published) == expected
