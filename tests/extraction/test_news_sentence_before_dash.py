"""A sentence near the top that has a full date before a dash ("The plant reopened on 4 May 2018 – a
month after the fire") is a sentence, not a dateline: a dateline's place is a name in capitals ("SEOUL",
"Lagos, Nigeria"), not a subject and its verb. Issue 12. Sentences written for the test, not taken
from any article."""
import datetime as dt

import pytest
from dated import dates

from timeline.extraction.publication import find_publication_date

PUB = dt.date(2023, 10, 2)


@pytest.mark.parametrize(("text", "want"), [
    ("Output fell again.\n\nThe plant reopened on 4 May 2018 – weeks after the fire.", ["2018-05-04"]),
    ("Prices rose.\n\nThe bridge was closed on March 3, 2021 — the day the flood peaked.", ["2021-03-03"]),
    ("The ferry sank on 12 June 2015 -- days before the inquiry opened.", ["2015-06-12"]),
])
def test_a_sentence_with_a_date_before_a_dash_is_an_event(text, want):
    assert dates(text, PUB) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The plant reopened on 4 May 2018 – a month after the fire.", None),
    # datelines still date the article
    ("LAGOS, Nigeria, May 4, 2018 (Reuters) – The plant reopened.", dt.date(2018, 5, 4)),
    ("Port of Spain, May 4, 2018 – The plant reopened.", dt.date(2018, 5, 4)),
    ("Friday, April 19, 2024 – The company is recalling heaters.", dt.date(2024, 4, 19)),
])
def test_only_a_place_before_the_date_makes_a_dateline(text, want):
    assert find_publication_date(text) == want
