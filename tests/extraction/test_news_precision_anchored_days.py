"""A count from another day ("two days later") beside a day the sentence names (issue 12,
precision on real news). Sentences written for the test, not taken from any article. Each
row: text, the dates the engine must give (publication Saturday 10 June 2023).
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2023, 6, 10)


test_a_count_beside_a_named_day_gives_way_to_it = dated_test([
    # The count says no future: the weekday beside it keeps the clause's past.
    ("The rebels attacked on Monday. Two days later, on Wednesday, they withdrew.", ["2023-06-05", "2023-06-07"]),
    # A day set beside the count is the sentence's day; a count landing elsewhere is dropped.
    ("The index fell on Monday. Three days later, as of Friday's close, it was down 6%.",
     ["2023-06-05", "2023-06-09"]),
    ("The rebels attacked on Monday. Two days later, on Friday, they withdrew.", ["2023-06-05", "2023-06-09"]),
    # Unchanged: a day of another clause is no apposition.
    ("The rebels attacked on Monday. Two days later, they withdrew on Friday.",
     ["2023-06-05", "2023-06-07", "2023-06-09"]),
], published=SAT)
