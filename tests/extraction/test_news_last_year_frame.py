"""A sentence that opens with "Last year," frames the bare month or yearless day after it, as "In
2019," does: "Last year, the race was held in April" is April of last year, not the last April
before the paper's day. Not a possessive ("Last year's winner ..."), nor a month of now after it
("has been idle since March"), nor a month told as ahead ("will defend her title in April")."""
import datetime as dt

from dated import dated_test

THU = dt.date(2021, 9, 30)

test_last_year_opening_a_sentence_frames_its_month = dated_test([
    ("Last year, the race was held in April.", ["2020", "2020-04"]),
    ("Last year the marathon was run in April for the first time.", ["2020", "2020-04"]),
    ("But last year, the firm cut 300 jobs in March.", ["2020", "2020-03"]),
    ("Last year, the council approved the plan on April 3.", ["2020", "2020-04-03"]),
    # kept: a possessive, a month of now, a future
    ("Last year's winner will defend her title in April.", ["2020", "2022-04"]),
    ("Last year, the plant has been idle since March.", ["2020", "2021-03/2021-09"]),
], THU)
