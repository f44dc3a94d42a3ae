"""Players rested, rotated or saved before a named day's match ("rested five regulars before
Tuesday's semifinal") are held back for a match still to come: the day ahead, though the verb is
past. Any other past before a possessive day keeps it past ("was hurt before Tuesday's game").
Issue 12, realnews-fresh18. Sentences written for the test, not taken from any article."""
import datetime as dt

import pytest
from dated import dates

PUB = dt.date(2024, 4, 13)  # a Saturday


@pytest.mark.parametrize(("text", "want"), [
    ("The coach rested five regulars before Tuesday's cup semifinal.", ["2024-04-16"]),
    ("Silva, who rotated his squad before Wednesday's return leg in Porto, watched his side draw.",
     ["2024-04-17"]),
    ("The manager saved his top scorer before Tuesday's derby.", ["2024-04-16"]),
])
def test_a_side_held_back_before_a_day_s_match_looks_ahead(text, want):
    assert dates(text, PUB) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The striker was hurt before Tuesday's game and missed it.", ["2024-04-09"]),
    ("Talks broke down before Tuesday's vote.", ["2024-04-09"]),
])
def test_other_past_before_a_day_s_event_stays_past(text, want):
    assert dates(text, PUB) == want
