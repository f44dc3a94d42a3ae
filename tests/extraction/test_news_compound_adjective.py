"""A hyphenated past participle before a noun or a name ("top-ranked Kansas", "Saudi-led forces",
"state-owned lender") is an adjective, no past verb: the weekday after it keeps the tense of the
clause's verb. A compound verb with its object ("test-fired a missile", "nose-dived $8") or a verb
prefix ("re-elected", "co-founded") stays past. Issue 12, realnews-fresh20. Sentences written for the
test, not taken from any article."""
import datetime as dt

import pytest
from dated import dates

PUB = dt.date(2023, 2, 8)  # a Wednesday


@pytest.mark.parametrize(("text", "want"), [
    ("The Bulldogs visit top-ranked Purdue on Saturday.", ["2023-02-11"]),
    ("The Hornets meet second-seeded Dayton at noon Sunday.", ["2023-02-12"]),
    ("Talks with the Saudi-led coalition resume Thursday in Geneva.", ["2023-02-09"]),
    ("Bondholders vote on the state-owned lender's plan Friday.", ["2023-02-10"]),
])
def test_a_compound_adjective_is_no_past_verb(text, want):
    assert dates(text, PUB) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The North test-fired a cruise missile on Monday.", ["2023-02-06"]),
    ("Shares of the retailer nose-dived $4 on Monday.", ["2023-02-06"]),
    ("The council re-elected its chairman on Monday.", ["2023-02-06"]),
    ("The two sisters co-founded the charity on Monday.", ["2023-02-06"]),
    ("The top-ranked Bulldogs lost to Purdue on Saturday.", ["2023-02-04"]),
])
def test_a_compound_verb_stays_past(text, want):
    assert dates(text, PUB) == want
