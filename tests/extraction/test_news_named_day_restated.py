"""A named day, or a month and day without a year, told in the past right after the full date of
that same day: "The gunman opened fire on July 4, 2022. ... the Fourth of July shooting", "He
was shot on Dec. 25, 2020. He had spent Christmas with his family": the day the text just gave,
in its year, not the nearest one to the publication date. Only the same day (a named day that falls
on another day that year, or another month and day, keeps its reading), only in a past clause
("stays open on Thanksgiving", "will mark Valentine's Day" are now or ahead), and only close behind
the full date.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences
are written for the tests, not taken from articles.
"""

import datetime as dt

from dated import dated_test

PUB = dt.date(2024, 1, 5)

test_a_day_restated_takes_the_year_just_told = dated_test(
    [
        (
            PUB,
            "The gunman opened fire at the parade on July 4, 2022. Seven people were killed in the "
            "Fourth of July shooting.",
            ["2022-07-04", "2022-07-04"],
        ),
        (
            PUB,
            "The crash happened on Dec. 24, 2019. Police said the driver had been drinking at a Christmas Eve party.",
            ["2019-12-24", "2019-12-24"],
        ),
        (PUB, "Smith was shot on Dec. 25, 2020. He had spent Christmas with his family.", ["2020-12-25", "2020-12-25"]),
        (
            PUB,
            "The couple met on February 14, 2013. They denied they had argued during a Valentine's Day dinner.",
            ["2013-02-14", "2013-02-14"],
        ),
        (
            PUB,
            "He was arrested on March 3, 2015. Prosecutors said he fled the state on March 3 after the robbery.",
            ["2015-03-03", "2015-03-03"],
        ),
    ]
)

test_other_named_days_keep_their_reading = dated_test(
    [
        # Not told in the past.
        (
            PUB,
            "The couple met on February 14, 2013. They will mark Valentine's Day in Paris.",
            ["2013-02-14", "2024-02-14"],
        ),
        (PUB, "He was arrested on March 3, 2015. He will be sentenced on March 3.", ["2015-03-03", "2024-03-03"]),
        # Another day than the one just told.
        (PUB, "The store closed on Dec. 20, 2023. It reopened on Christmas Eve.", ["2023-12-20", "2023-12-24"]),
    ]
)
