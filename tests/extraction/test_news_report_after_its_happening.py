"""A past weekday of a report that tells the sentence's happening ("met on Thursday night ..., according
to a joint statement issued Friday") cannot lie before that happening: in a paper dated the Thursday (a
wire story dated west of where it happened), the Friday is the next day, not last week's (session 26,
fresh34). At most the day after the paper's; a report on or after the happening's day is kept.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2024, 6, 6)
SAT = dt.date(2024, 6, 8)

test_a_report_of_a_happening_comes_after_it = dated_test([
    (THU, "The two envoys met in Geneva on Thursday night, according to a joint statement issued Friday.",
     ["2024-06-06", "2024-06-07"]),
    (THU, "Both sides agreed to a truce on Thursday, according to the ministry's readout released on Friday.",
     ["2024-06-06", "2024-06-07"]),
    (THU, "The envoys met on Thursday night, the ministry said in a statement released Friday.",
     ["2024-06-06", "2024-06-07"]),
])

test_a_report_on_or_after_its_happening_is_kept = dated_test([
    (SAT, "The two envoys met in Geneva on Thursday night, according to a joint statement issued Friday.",
     ["2024-06-06", "2024-06-07"]),
    (THU, "The envoys met on Tuesday, according to a statement issued Wednesday.", ["2024-06-04", "2024-06-05"]),
    # a report further ahead than the day after the paper's: left as before
    (THU, "The envoys met on Thursday, according to a statement issued Monday.", ["2024-06-06", "2024-06-03"]),
    # no report of the happening: the past weekday as before
    (THU, "The envoys met on Thursday, and the talks had stalled on Friday.", ["2024-06-06", "2024-05-31"]),
])
