"""Kinds of missed statement on real news (issue 12, recall), each pinned on
sentences written for these tests, not taken from any set."""
import datetime as dt

import pytest
from dated import dates

WED = dt.date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    # A weekday used attributively after "a" names one day when the noun is a
    # single happening: a statement, an update, a news conference, an interview.
    ("The ministry said in a Tuesday statement that talks would resume.", ["2024-03-12"]),
    ("The mayor told reporters at a Monday news conference that the road was closed.", ["2024-03-11"]),
    ("Officials said in a Sunday morning update that the fire was 62% contained.", ["2024-03-10"]),
    ("In a Friday interview, the coach said he was staying.", ["2024-03-08"]),
    ("Police said in a Monday night post that two men were arrested.", ["2024-03-11"]),
    ("The union faces a Friday deadline to accept the offer.", ["2024-03-15"]),
    ("The agency said in a Wednesday update that 40 homes burned.", ["2024-03-13"]),
    # Still no particular day: a generic "a Friday", a weekly habit, a noun not of one happening.
    ("We were handed the report on a Friday.", []),
    ("The market is held on a Sunday morning in spring.", []),
    ("It felt like a Monday morning at the office.", []),
    ("Every Tuesday meeting starts late.", []),
])
def test_attributive_weekday_after_a(text, expected):
    assert dates(text, WED) == expected
