"""A weekday in a "would" clause that a sentence reports as said on an
earlier day is counted from that day: "officials said Tuesday the bridge would
reopen Wednesday" in a Friday paper is the Wednesday after that Tuesday (two
days before publication), not the next Wednesday. Written sentences, one
general case per row.
"""
import datetime as dt

from dated import dated_test

FRI = dt.date(2023, 10, 20)


test_a_would_weekday_counts_from_the_day_it_was_said = dated_test([
    (FRI, "Officials said Tuesday the bridge would reopen Wednesday.", ["2023-10-17", "2023-10-18"]),
    (FRI, "He said Monday that the company would announce results on Thursday.", ["2023-10-16", "2023-10-19"]),
    (FRI, "The ministry announced on Oct. 16 that talks would resume Wednesday.", ["2023-10-16", "2023-10-18"]),
    # ... a forecast or a promise reported on that day as well.
    (FRI, "Forecasters predicted on Monday that the storm would reach the coast on Wednesday.",
     ["2023-10-16", "2023-10-18"]),
    (FRI, "The mayor promised Tuesday that the road would reopen by Thursday.", ["2023-10-17", "2023-10-19"]),
    (FRI, "The company confirmed on Monday that it would cut jobs on Wednesday.", ["2023-10-16", "2023-10-18"]),
])


test_other_weekdays_keep_their_reading = dated_test([
    # Said on a day whose next such weekday lies ahead anyway.
    (FRI, "Officials said Thursday the bridge would reopen Monday.", ["2023-10-19", "2023-10-23"]),
    # "will": what is still ahead of the paper.
    (FRI, "Officials said Tuesday the bridge will reopen Wednesday.", ["2023-10-17", "2023-10-25"]),
    # The same weekday as the saying: left as the tense reads it.
    (FRI, "Officials said Tuesday they would vote Tuesday.", ["2023-10-17", "2023-10-24"]),
])
