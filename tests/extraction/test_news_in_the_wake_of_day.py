"""A weekday right after a phrase of what follows on from it ("off the back of Saturday", "on the back of
Sunday", "in the wake of Tuesday", "on the heels of Monday") names a day gone by, whatever the clause's present
says, as after "after" (session 28, wk7). Not the same words before a day's happening still to come told as
such ("in the run-up to Saturday").

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

FRI = dt.date(2025, 3, 7)   # Sat Mar 1 | Sat Mar 8

test_a_day_something_follows_on_from_is_gone_by = dated_test([
    (FRI, "Results have been good, and off the back of Saturday I am hoping for more.", ["2025-03-01"]),
    (FRI, "On the back of Saturday, the squad is full of confidence.", ["2025-03-01"]),
    (FRI, "In the wake of Sunday, the club is reviewing its security.", ["2025-03-02"]),
])

test_a_day_ahead_after_other_words_stays_ahead = dated_test([
    (FRI, "In the run-up to Saturday, the squad is full of confidence.", ["2025-03-08"]),
    (FRI, "The squad is full of confidence ahead of Saturday.", ["2025-03-08"]),
])
