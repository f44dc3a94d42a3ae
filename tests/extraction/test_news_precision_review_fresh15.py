"""Review of the fresh15 rules (session 10): where they read too much, each pinned with written
sentences, one general case per row:

- a sentence that opens with "May"/"March" before "was", "saw", "became" ... is the month only when
  its clause tells of a month (weather, a record, a rise): "May was speaking to reporters", "May
  became prime minister", "March was cancelled by police" are a person and a march;
- a fronted past year does not take a bare month that a verb about the time ahead governs:
  "In 2010, she joined the bank; she will retire in March" is the coming March;
- a full date with its clock after a bar is a page's stamp only if it is not after publication:
  "The concert is on Saturday, July 15, 2024 | 7:30 pm" is a listing's day.
- near variants: "During 2015, ..." fronts its year; a sum ("when it closed at $20 on April 1") or a
  count ("when 20 people died on April 1") in the "when" clause after a year, as a percentage.
"""
import datetime as dt

import pytest
from dated import dates

JUNE = dt.date(2024, 6, 12)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("May was speaking to reporters in Brussels on Tuesday.", ["2024-06-11"]),
    ("May became prime minister after the leader resigned.", []),
    ("May had been warned about the vote on Tuesday.", ["2024-06-11"]),
    ("May marked her first year as leader on Tuesday.", ["2024-06-11"]),
    ("March was cancelled by police on Saturday.", ["2024-06-08"]),
    ("May has been criticised for the deal.", []),
])
def test_a_name_or_a_march_as_subject_is_no_month(text, expected):
    assert dates(text, JUNE) == expected


@pytest.mark.parametrize("text, expected", [
    ("May was the wettest month on record.", ["2024-05"]),
    ("March brought heavy snow to the region.", ["2024-03"]),
    ("May saw prices rise 3%.", ["2024-05"]),
])
def test_a_month_as_subject_still_counts(text, expected):
    assert dates(text, JUNE) == expected
