"""Kinds of false positive and wrong date the engine made on real news it had
not seen (issue 12: the blind pool bench/realnews-fresh5, -fresh7 and -fresh8,
read once it became a development set), each pinned on sentences written for
the test, not taken from any article. Each row: publication date, text, the
(date or date/end) the engine must give, in order, with the sentences of the
same form that must keep their date.
"""
import datetime as dt

import pytest
from dated import dates

SAT22 = dt.date(2022, 5, 28)


@pytest.mark.parametrize("published, text, expected", [
    # A quotation that goes on after "… said Friday." counts its "today" from that day.
    (SAT22, '"I hoped for another outcome," Miller said Friday. "Earlier today, I called the winner."',
     ["2022-05-27", "2022-05-27"]),
    (SAT22, '"We lost," the coach said Thursday. "Today we rest."', ["2022-05-26", "2022-05-26"]),
    # Not when the day is the publication day, nor when the sentence is no quotation.
    (SAT22, '"We lost," the coach said Saturday. "Today we rest."', ["2022-05-28", "2022-05-28"]),
    (SAT22, 'The coach spoke Friday. The team trains today.', ["2022-05-27", "2022-05-28"]),
])
def test_a_quotation_going_on_counts_from_the_day_it_was_said(published, text, expected):
    assert dates(text, published) == expected
