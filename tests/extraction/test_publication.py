"""Finding the publication date in the article text."""
import datetime as dt

import pytest

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
