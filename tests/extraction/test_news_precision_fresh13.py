"""Kinds of error read on realnews-fresh13 (session 9), each in general form and pinned with
written sentences, one general case per row:

- an expectation with no "will" ("is not expected before Thursday", "predicted the storm was
  likely to reach the coast by Wednesday") looks ahead: the coming weekday, not the last one;
- a plan between two dates ("said Monday it plans to shut the mill, the town's biggest employer,
  in July") gives the later, verbless date its time, not the saying day's past;
- "in October that year", "in May of the same year": the month of the year just told, one statement;
- page furniture is no event: a wire dateline with its agency between slashes ("KYIV, June 5.
  /Ukrinform/."), a page's age ("This was published 2 weeks ago"), a time stamp line ("9:15 pm on
  14 March 2022");
- "following Monday's summit" in a clause that looks ahead ("deals are expected to be signed
  following Monday's summit") is the coming Monday (or today), not the one before an earlier day;
- a quotation's end glued to the next sentence ("season.”We are") ends a sentence, as a glued full
  stop does: each sentence keeps its own date;
- "today's" before a whole ("today's international relations", "today’s global economy") is
  nowadays, no day.
"""
import datetime as dt

import pytest
from dated import dates


@pytest.mark.parametrize("text", [
    "Such threats have no place in today’s international relations.",
    "The program is vital in today's global economy.",
])
def test_todays_whole_is_no_day(text):
    assert dates(text, dt.date(2023, 10, 20)) == []
