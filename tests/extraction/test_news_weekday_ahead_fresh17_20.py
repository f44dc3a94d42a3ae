"""A weekday read a week back where the text looks ahead (read on realnews-fresh17..20, session 11),
each in general form and pinned with written sentences:

- a weekday as the subject of "is" before a named day ("Wednesday is primary day", "Then Monday
  is Labor Day") is a schedule, the coming such day, as "Tuesday is the last day" already was;
- a notice's hours between its copula and its day ("The library is open from 9 a.m. to 5 p.m.
  Saturday") are a schedule too, as "is open Saturday" already was;
- a preview's schedule label ("When: 6 p.m. Saturday", "Kickoff: Friday") looks ahead;
- a span of weekdays that starts on the paper's day ends after it ("was forecast to linger
  Thursday and through Friday" in a Thursday paper), whatever tense its verb had.
"""
import datetime as dt

import pytest
from dated import dates

WED = dt.date(2025, 3, 5)  # a Wednesday
SAT = dt.date(2025, 3, 8)


@pytest.mark.parametrize("text, expected", [
    ("The mayor plans to hold a “listening session” on Thursday.", ["2025-03-13"]),
    # a verb after the term keeps the cut: the clause is the restarting's
    ("They had voiced a “willingness” to resume talks in late April.", ["2025-04"]),
    ('The band will play a "farewell show" on Friday.', ["2025-03-14"]),
    ("The union intends to hold a “day of action” Thursday.", ["2025-03-13"]),
    # a quotation with a verb of its own still ends the clause
    ("She said “we will be ready” on Thursday.", ["2025-03-06"]),
])
def test_a_quoted_term_does_not_end_its_clause(text, expected):
    assert dates(text, SAT) == expected


@pytest.mark.parametrize("text, expected", [
    ("Council set for key budget vote Thursday", ["2025-03-13"]),
    ("Museum slated to reopen Friday", ["2025-03-14"]),
    ("The museum, set to reopen soon, closed Friday.", ["2025-03-07"]),
])
def test_a_headlines_plan_looks_ahead(text, expected):
    assert dates(text, SAT) == expected


@pytest.mark.parametrize("text, expected", [
    ("In the other semifinal on Thursday, Smith faces Jones.", ["2025-03-06"]),
    ("In the second game on Friday, the Hawks will host the Owls.", ["2025-03-07"]),
    ("In the other semifinal on Thursday, Smith beat Jones.", ["2025-02-27"]),
])
def test_a_fronted_in_phrase_takes_the_main_clauses_tense(text, expected):
    assert dates(text, WED) == expected
