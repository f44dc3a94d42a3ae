"""Review of the fresh14 precision rules (branch h120) by probing them with sentences written
for the test (h126): over-broad matches that moved statements which were right before. Each
row: publication date, text, the dates the engine must give, in order.
"""
import datetime as dt

from dated import dates

SUN = dt.date(2024, 3, 10)


def test_a_sentence_with_hundreds_of_dates_and_no_stop_does_not_recurse_too_deep():
    # A pasted table with no full stops: thousands of years and months in one "sentence".
    text = "In 2011 June 2012 March 2013 April " * 1500
    assert dates(text, SUN)
