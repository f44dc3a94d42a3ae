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
