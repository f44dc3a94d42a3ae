"""Kinds of false positive the engine made on real news (issue 12, the
precision round on bench/realnews-fresh9), each pinned on sentences written
for the test, not taken from any article. Each row: publication date, text,
the (date or date/end) the engine must give, in order.

The first four kinds (a state lasting "through" a day, "later <weekday>",
"minutes later", a title-case headline over wrapped text) are the set's own;
the rest were found by probing the same kinds with written news sentences
(bench/realnews-fresh9/README.md, kinds e-n).
"""
import datetime as dt

import pytest
from dated import dates

SUN = dt.date(2024, 3, 17)


@pytest.mark.parametrize("published, text, expected", [
    # "a minute later", "ten minutes earlier": a moment in a scene whose day
    # the text has already said; no statement of its own (a clock time, not a
    # date), in the same sentence or the next.
    (SUN, "The striker scored on Saturday. He struck again a minute later.", ["2024-03-16"]),
    (SUN, "The vote took place on Saturday. Ten minutes earlier, the chairman had resigned.", ["2024-03-16"]),
    (SUN, "The quake struck on Friday. Five minutes later, the sirens sounded.", ["2024-03-15"]),
    # A count of days, or of hours, still counts from that day.
    (SUN, "The quake struck on Friday. A day later, the sirens sounded.", ["2024-03-15", "2024-03-16"]),
    (SUN, "The quake struck on Friday. 30 hours later, a tsunami hit.", ["2024-03-15", "2024-03-16"]),
])
def test_minutes_later_is_no_date_of_its_own(published, text, expected):
    assert dates(text, published) == expected
