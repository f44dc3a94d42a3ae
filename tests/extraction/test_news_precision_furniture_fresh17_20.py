"""Page furniture and names taken for events (issue 12, the round on realnews-fresh17..20), each
pinned on sentences written for the test, not taken from any article. Each row: publication date,
text, the dates the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dates

CASES = [
    # A dateline that names the site between the city and the date: the page's own date, no event.
    (dt.date(2019, 3, 12),
     "Cape Town, South Africa — MINEWATCH.COM — 12 March 2019 – The gold producer Acme Mining reported "
     "lower output after floods shut two shafts.", []),
    (dt.date(2018, 6, 6),
     "Perth — GOLDNEWS.NET — 6 June 2018 – The miner said profit rose after the strike ended on Monday.",
     ["2018-06-04"]),
    # A broadcaster's programme named after a weekday: no day.
    (dt.date(2021, 3, 8),
     "Speaking on KSTP Sunday Morning, the former prosecutor said the jury would be chosen slowly.", []),
    (dt.date(2021, 3, 8), "On CBS Sunday Morning, the author said the book took ten years.", []),
    # The nth weekday after a happening: a rule's day, not the weekday nearest publication.
    (dt.date(2022, 8, 8),
     "The governor would be sworn in on January 10 being the second Tuesday after the vote count.",
     ["2023-01-10"]),
    (dt.date(2022, 8, 8), "The governor will be sworn in on the first Tuesday after the count.", []),
]


@pytest.mark.parametrize("published,text,expected", CASES)
def test_furniture_and_names_are_no_events(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published,text,expected", [
    # Kept: a real weekday morning, a dateline with its city in capitals, a day that is an event.
    (dt.date(2021, 3, 8), "Police said the fire started on Sunday morning near the school.", ["2021-03-07"]),
    (dt.date(2019, 3, 12), "Cape Town — MINEWATCH.COM — The mine reopened on 2 March 2019 after the floods.", ["2019-03-02"]),
    (dt.date(2022, 8, 8), "The council met on the first Tuesday, officials said.", ["2022-08-02"]),
    # Capitals before "Sunday Night" that are no broadcaster: a title-case headline's day stays.
    (dt.date(2021, 3, 8), "Storms Hit NYC Sunday Night, Knocking Out Power", ["2021-03-07"]),
    (dt.date(2021, 3, 8), "Tornado Hits KY Sunday Morning", ["2021-03-07"]),
])
def test_days_stay(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("text", [
    "By Jane Porter — June 2, 2021 4 min read\n\nThe board voted on Tuesday to close the plant.",
    "By Jane Porter – June 2, 2021\n\nThe board voted on Tuesday to close the plant.",
])
def test_a_byline_with_a_dash_before_its_date_is_no_event(text):
    assert dates(text, dt.date(2021, 6, 2)) == ["2021-06-01"]
