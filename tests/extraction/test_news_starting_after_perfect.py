"""A happening that starts on a day, named after a present perfect ("has been ruled out of the Test
starting on Saturday"): the participle's reduced clause tells its own time, ahead, as after a present
("is out of the Test starting Saturday"); the perfect's past is the ruling's (session 26, fresh34). A
perfect with the day as its own adjunct stays past.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2024, 6, 3)

test_a_happening_starting_on_a_day_after_a_perfect_lies_ahead = dated_test([
    (MON, "The fast bowler has been ruled out of the series starting on Saturday with a side strain.",
     ["2024-06-08"]),
    (MON, "The striker has been left out of the tour beginning Thursday.", ["2024-06-06"]),
    (MON, "Two players have been dropped from the squad for the games starting Friday.", ["2024-06-07"]),
    (MON, "He is out of the series starting on Saturday.", ["2024-06-08"]),
])

test_a_perfects_own_day_stays_past = dated_test([
    (MON, "Crews have been at the site on Saturday.", ["2024-06-01"]),
    (MON, "Fans have been queuing since Saturday.", ["2024-06-01/2024-06-03"]),
    (MON, "The striker was ruled out of the tour on Thursday.", ["2024-05-30"]),
    # the perfect's own participle before "starting" is no happening's start: left as before
    (MON, "Fans have been barred starting Friday after the riot.", ["2024-05-31"]),
])
