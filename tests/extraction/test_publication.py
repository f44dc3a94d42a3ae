"""Finding the publication date in the article text."""
import datetime as dt

import pytest
from dated import dates

from timeline.extraction import find_publication_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SEOUL, April 6, 2023 (AP) — North Korea said it would respond.", dt.date(2023, 4, 6)),
        ("SEOUL, South Korea, 6 April 2023 (Reuters) - The North fired.", dt.date(2023, 4, 6)),
        ("Missiles fly\nBy Jane Doe\nPublished 6 April 2023\n\nThe North fired.", dt.date(2023, 4, 6)),
        ("Missiles fly\nPublished: April 6, 2023 10:00 GMT\n\nThe North fired.", dt.date(2023, 4, 6)),
        ("Updated 2023-04-07\n\nThe North fired on Thursday.", dt.date(2023, 4, 7)),
        # "Published" beats "Updated".
        ("Updated 7 April 2023\nPublished 6 April 2023\n\nText.", dt.date(2023, 4, 6)),
        ("Thursday 6 April 2023 10.15 BST\n\nThe North fired.", dt.date(2023, 4, 6)),
        ("April 6, 2023\n\nThe North fired.", dt.date(2023, 4, 6)),
        # Dates inside the story are not publication dates.
        ("The North fired a missile on April 5, 2023, officials said.", None),
        ("WASHINGTON (AP) — The North fired on Thursday.", None),
        ("", None),
        ("Published yesterday\n\nText.", None),
    ],
)
def test_find_publication_date(text, expected):
    assert find_publication_date(text) == expected


def test_republished_article_is_dated_by_its_original():
    text = ("Published 12 May 2023\n"
            "This article was originally published May 9 by the Test Courier.\n\n"
            "The envoy arrived yesterday.")
    assert find_publication_date(text) == dt.date(2023, 5, 9)


# Only a place in capitals ("SEOUL", "Lagos, Nigeria") before the date makes a dateline, not a subject and its verb.
@pytest.mark.parametrize(("text", "want"), [
    ("The plant reopened on 4 May 2018 – a month after the fire.", None),
    # datelines still date the article
    ("LAGOS, Nigeria, May 4, 2018 (Reuters) – The plant reopened.", dt.date(2018, 5, 4)),
    ("Port of Spain, May 4, 2018 – The plant reopened.", dt.date(2018, 5, 4)),
    ("Friday, April 19, 2024 – The company is recalling heaters.", dt.date(2024, 4, 19)),
    # a place's name may hold small words in lower case other than "of" and "de"
    ("Dar es Salaam, May 4, 2018 – The port reopened.", dt.date(2018, 5, 4)),
    ("KINSHASA, Democratic Republic of the Congo, May 4, 2018 (AP) – The port reopened.", dt.date(2018, 5, 4)),
    ("Frankfurt am Main, May 4, 2018 – The bank cut rates.", dt.date(2018, 5, 4)),
    ("Halle an der Saale, May 4, 2018 – The plant closed.", dt.date(2018, 5, 4)),
    ("San Juan de los Lagos, Mexico, May 4, 2018 – A bus crashed.", dt.date(2018, 5, 4)),
    ("Castellammare di Stabia, May 4, 2018 – The port closed.", dt.date(2018, 5, 4)),
    ("Cortina d'Ampezzo, Italy, May 4, 2018 – The race was held.", dt.date(2018, 5, 4)),
    # ... nor an opening phrase and a clause that holds a date before a dash
    ("On Friday, he recalled the flood of May 8, 2019 -- the worst in decades.", None),
    ("In Paris, the talks of 4 May 2018 – the last round – failed.", None),
])
def test_only_a_place_before_the_date_makes_a_dateline(text, want):
    assert find_publication_date(text) == want


def test_a_clause_with_a_date_before_a_dash_keeps_its_dates():
    # Taken for a dateline, the opening clause was cut out with both its dates.
    assert dates("The town rebuilt.\n\nOn Friday, he recalled the flood of May 8, 2019 -- the worst in decades.",
                 dt.date(2023, 6, 21)) == ["2023-06-16", "2019-05-08"]
