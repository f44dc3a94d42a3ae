"""Review of the fresh14 precision rules (branch h120) by probing them with sentences written
for the test (h126): over-broad matches that moved statements which were right before. Each
row: publication date, text, the dates the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dates

SUN = dt.date(2024, 3, 10)


@pytest.mark.parametrize("published, text, expected", [
    # A one-line headline with its own happening is not a section label.
    (SUN, "Today's Meeting Cancelled\nThe board will not meet.", ["2024-03-10"]),
    (SUN, "Today's Strike Ends.\nWorkers return to the plants.", ["2024-03-10"]),
    # ... the labels themselves stay furniture.
    (SUN, "Today's News\nThe mayor resigned on Friday.", ["2024-03-08"]),
    (SUN, "Today's Top Stories\nThe mayor resigned on Friday.", ["2024-03-08"]),
])
def test_todays_label_is_a_section_name_not_any_headline(published, text, expected):
    assert dates(text, published) == expected


def test_a_sentence_with_hundreds_of_dates_and_no_stop_does_not_recurse_too_deep():
    # A pasted table with no full stops: thousands of years and months in one "sentence".
    text = "In 2011 June 2012 March 2013 April " * 1500
    assert dates(text, SUN)
