"""A named day, or a month and day without a year, told in the past right after the full date of
that same day, in its paragraph, and tied to it: "The gunman opened fire on July 4, 2022. ... the
Fourth of July shooting", "during a Valentine's Day argument" (a single happening of that scene the
named day names), "He was shot on Dec. 25, 2020. He had spent Christmas with his family" (a past
perfect, not a saying's backshift; a past progressive only with the told happening's "when" after it),
"that Christmas" (even after a beginning of something that lasts): the day
the text just gave, in its year, not the nearest one to the publication date. Only the same day (a
named day that falls on another day that year, or another month and day, keeps its reading), only in
a past clause ("will mark Valentine's Day" is ahead), never a later one of the same name (an
anniversary, a yearly rite or change: "again", "to remember", "to honor", "birthday", "renewed their
vows ..."), nor
after a beginning of something that lasts ("The bridge opened on Dec. 25, 1985. A Christmas Day crash
closed it": the crash is a later Christmas's).

Each row: the publication date, the text, the dates the engine must give, in order. The sentences
are written for the tests, not taken from articles.
"""

import datetime as dt

from dated import dated_test

PUB = dt.date(2024, 1, 5)

test_a_day_restated_takes_the_year_just_told = dated_test(
    [
        # "that" as the day's determiner ties it, even after a beginning of something that lasts.
        (
            PUB,
            "The couple married on Feb. 14, 2013. That Valentine's Day was the happiest of their lives.",
            ["2013-02-14", "2013-02-14"],
        ),
        (
            PUB,
            "The couple married on Feb. 14, 2013. They spent that Valentine's Day in Paris.",
            ["2013-02-14", "2013-02-14"],
        ),
        (
            PUB,
            "The boy disappeared on Oct. 31, 2019. His mother said she was handing out candy on Halloween when he vanished.",
            ["2019-10-31", "2019-10-31"],
        ),
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
            "He was arrested on March 3, 2015. He had fled the state on March 3 after the robbery, prosecutors said.",
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

# A later one of the same name, told in the past: an anniversary, a yearly rite, a yearly change, a
# birthday. Nothing ties it to the day just told (no past perfect or progressive, no "that", no single
# happening it names), or a word says it recurs; and a caption's date on a line above the story is no
# day the story restates. (Rows after rv13's probes.)
MON = dt.date(2024, 1, 8)

test_a_later_one_of_the_same_name_keeps_its_year = dated_test(
    [
        # A rite for the dead, a progressive scene with no "when" of the told happening, another
        # happening of the kind ("a ... crash on the same road"). (Rows after rv13's probes.)
        (
            MON,
            "The dam burst on Jan. 1, 2010. Residents were ringing bells on New Year's Day to honor the dead, the mayor said.",
            ["2010-01-01", "2024-01-01"],
        ),
        (
            MON,
            "The ship sank on Dec. 24, 2018. Families of the crew were laying wreaths at the harbor on Christmas Eve.",
            ["2018-12-24", "2023-12-24"],
        ),
        (
            MON,
            "A man was killed in a crash on Dec. 25, 2018. Troopers said a Christmas Day crash on the same road injured three people.",
            ["2018-12-25", "2023-12-25"],
        ),
        # "that" opening a clause is its conjunction, no tie.
        (
            MON,
            "A fire destroyed the church on Dec. 24, 2019. The pastor told The Associated Press that Christmas Eve services drew 300 people.",
            ["2019-12-24", "2023-12-24"],
        ),
        (
            MON,
            "A fire destroyed the church on Dec. 24, 2019. Officials confirmed that Christmas Eve services drew 300 people.",
            ["2019-12-24", "2023-12-24"],
        ),
        (
            MON,
            "A fire destroyed the church on Dec. 24, 2019. It was a relief that Christmas Eve services drew 300 people, the pastor said.",
            ["2019-12-24", "2023-12-24"],
        ),
        (
            MON,
            "A fire destroyed the church on Dec. 24, 2019. The pastor said that Christmas Eve services drew 300 people.",
            ["2019-12-24", "2023-12-24"],
        ),
        (
            MON,
            "The store opened on Dec. 24, 1999. Its owner told reporters that Christmas Eve sales broke a record.",
            ["1999-12-24", "2023-12-24"],
        ),
        # A day still to come is restated by no past clause.
        (
            MON,
            "His trial is set for March 3, 2025. He had been arrested on March 3 after a chase.",
            ["2025-03-03", "2023-03-03"],
        ),
        (
            MON,
            "The festival will return on July 4, 2024. Crowds had packed the park on the Fourth of July when fireworks misfired.",
            ["2024-07-04", "2023-07-04"],
        ),
        # A past perfect in reported speech: the saying's backshift, no tie.
        (
            MON,
            "A fire destroyed the church on Dec. 24, 2019. The pastor said attendance had doubled on Christmas Eve.",
            ["2019-12-24", "2023-12-24"],
        ),
        (
            MON,
            "The mine collapsed on Aug. 5, 2010. Families had gathered at the site on Aug. 5 to honor the miners.",
            ["2010-08-05", "2023-08-05"],
        ),
        # After a beginning of something that lasts (opened, founded): a later one, whatever ties it.
        (
            MON,
            "The store opened on Dec. 24, 1999. The owner said it had been packed on Christmas Eve.",
            ["1999-12-24", "2023-12-24"],
        ),
        (
            MON,
            "The church was founded on Dec. 25, 1890. Volunteers were serving meals on Christmas Day, the pastor said.",
            ["1890-12-25", "2023-12-25"],
        ),
        (
            MON,
            "The bridge opened on Dec. 25, 1985. A Christmas Day crash closed it for hours, police said.",
            ["1985-12-25", "2023-12-25"],
        ),
        (
            MON,
            "The church was dedicated on Dec. 25, 1890. Hundreds packed its pews for Christmas services, the pastor said.",
            ["1890-12-25", "2023-12-25"],
        ),
        (
            MON,
            "The flood hit on Dec. 24, 2013. Survivors gathered on Christmas Eve to remember the victims.",
            ["2013-12-24", "2023-12-24"],
        ),
        (
            MON,
            "The store opened on Dec. 24, 1999. It was packed again on Christmas Eve, the owner said.",
            ["1999-12-24", "2023-12-24"],
        ),
        (
            MON,
            "She was born on Jan. 1, 1924. She celebrated her 100th birthday on New Year's Day with her family.",
            ["1924-01-01", "2024-01-01"],
        ),
        (
            MON,
            "The couple wed on Feb. 14, 2013. They renewed their vows on Valentine's Day, surrounded by their children.",
            ["2013-02-14", "2023-02-14"],
        ),
        (
            MON,
            "The tradition began on Dec. 24, 1965. On Christmas Eve, 300 people took part.",
            ["1965-12-24", "2023-12-24"],
        ),
        (
            MON,
            "The state's minimum wage rose to $12 on Jan. 1, 2020. It rose again on Jan. 1, to $15.",
            ["2020-01-01", "2024-01-01"],
        ),
        (
            MON,
            "Fans gather outside the stadium on Dec. 24, 2022.\nThe club was packed on Christmas Eve, the manager said.",
            ["2022-12-24", "2023-12-24"],
        ),
    ]
)
