"""A day told in the past with no year of its own, joined by "and" to a full date of an earlier year in one
sentence ("He was arrested on Jan. 5, 2024, and released on Feb. 2" in a late-2025 paper), is of that story's
time: the first such day on or after the full date, when that lies within half a year of it and the day's
nearest reading lies more than half a year before the paper (a paper would have given such a day its year).
A day read within half a year back and a future clause keep their readings. (Left as they were: a day that
would lie more than half a year after the full date, "flooded on Feb. 3, 2022 and reopened on Dec. 1", and one
in the next sentence, "... 2022. It reopened on March 28".)

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2025, 10, 20)

test_joined_day_takes_the_story_year = dated_test([
    ("The senator was indicted on Dec. 9, 2023, and resigned on Feb. 14.", ["2023-12-09", "2024-02-14"]),
    ("The mine flooded on Feb. 3, 2022 and reopened on March 28.", ["2022-02-03", "2022-03-28"]),
    ("Protesters marched on Jan. 12, 2024, and again on Feb. 20.", ["2024-01-12", "2024-02-20"]),
    ("The bank collapsed on March 10, 2023, and its rival bought it on April 2.", ["2023-03-10", "2023-04-02"]),
], published=PUB)

test_joined_day_neighbours_keep_readings = dated_test([
    # the nearest reading within half a year back
    ("The senator was indicted on Dec. 9, 2023, and resigned on Sept. 14.", ["2023-12-09", "2025-09-14"]),
    # a future clause; the same month (read so before)
    ("The senator was indicted on Dec. 9, 2023, and will be tried on Feb. 14.", ["2023-12-09", "2026-02-14"]),
    # (rv21: the day's own year right after it)
    ("She was hired on Feb. 1, 2021, and was promoted on March 3 this year.", ["2021-02-01", "2025-03-03"]),
    ("She was hired on Feb. 1, 2021, and was promoted on March 3 last year.", ["2021-02-01", "2024-03-03"]),
    ("The mine flooded on Feb. 3, 2022, and reopened on Feb. 20.", ["2022-02-03", "2022-02-20"]),
], published=PUB)
