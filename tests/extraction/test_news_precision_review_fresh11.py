"""A review of the fresh11 precision rules: ordinary news sentences, written for the
test, that a rule broader than its purpose misdated, or a near variant it missed.
Each row: publication date, text, the (date or date/end) the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dates

FEB = dt.date(2020, 2, 15)


@pytest.mark.parametrize("published, text, expected", [
    # Only the sentence's own saying, last year, of what lies ahead makes the month this year's:
    # not a relative clause's saying, nor "last year" as what was said about, nor a comparison's.
    (FEB, "The minister, who said last year that she would resign, will step down in January.", ["2019", "2021-01"]),
    (FEB, "The company, which announced last year it would cut jobs, will close the plant in January.",
     ["2019", "2021-01"]),
    (FEB, "The mayor said last year was tough; the new budget takes effect in January.", ["2019", "2021-01"]),
    (FEB, "The mayor said Tuesday that the tower will open in January, a year later than he promised last year.",
     ["2020-02-11", "2021-01", "2019"]),
    # The saying last year still dates what it looked ahead to.
    (FEB, "The mayor said last year that the tower would open in January.", ["2019", "2020-01"]),
    (FEB, "The tower will open in January, the mayor said last year.", ["2020-01", "2019"]),
])
def test_only_the_sentences_own_saying_last_year_looks_from_last_year(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # The saying's year said first, its future told back with "would": this year's month too.
    (FEB, "Last year, the spokesman said the group would dissolve in January.", ["2019", "2020-01"]),
    (FEB, "Last year the firm announced it would open a plant in January.", ["2019", "2020-01"]),
    # Not a future told now.
    (FEB, "Last year, the firm said sales fell, and it will open a plant in January.", ["2019", "2021-01"]),
])
def test_a_saying_fronted_by_last_year_looks_from_last_year(published, text, expected):
    assert dates(text, published) == expected
