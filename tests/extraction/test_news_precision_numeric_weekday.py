"""A numeric date whose day and month could be either way round, with its weekday before it (fp6's
sample of unseen news, session 21: a fixture line "Saturday, 08-02-2020 @ 15h"). Sentences written
for the test, none taken from an article. Each row: text, the dates the engine must give.

The weekday says which reading is meant: "Saturday, 08-02-2020" is 8 February 2020 (2 August 2020
was a Sunday), one day, where the engine gave the weekday's day and a bare year besides. When both
readings fall on that weekday, the one nearer the paper's day; a weekday that fits neither leaves
the year, all that is certain (the weekday, contradicted, gives no day of its own).
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2020, 2, 5)  # a Wednesday

test_the_weekday_picks_the_reading = dated_test([
    ("Kick-off: Saturday, 08-02-2020 @ 15h", ["2020-02-08"]),
    ("The hearing is set for Tuesday, 03/11/2020 at 9 a.m.", ["2020-11-03"]),
    ("The council will meet on Tuesday, 6/9/2020, to approve the budget.", ["2020-06-09"]),
    ("Polls close on Friday, 07/02/2020, at 8 p.m.", ["2020-02-07"]),
    ("The match was played on Sunday, 02.08.2020.", ["2020-08-02"]),
    # both readings a Monday: the one nearer the paper's day
    ("The council met on Monday, 3/2/2020, to approve the budget.", ["2020-02-03"]),
], published=PUB)

test_without_a_fitting_weekday_the_year_stays = dated_test([
    ("The order was signed on 05/04/2020.", ["2020"]),
    ("The order was signed on Wednesday, 05/04/2020.", ["2020"]),
    ("The order was signed on 13/03/2020.", ["2020-03-13"]),
], published=PUB)
