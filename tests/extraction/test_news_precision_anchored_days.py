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


# "N days after <something>" set in apposition to a day counts from that day, not from the
# sentence's first: "on Jan. 9, 2019, a day after the fire" says the fire was on Jan. 8, 2019.
test_a_count_in_apposition_counts_from_the_day_before_it = dated_test([
    ("On May 30, 2023, a court fined the firm for dumping waste on March 4, 2021, a day after the inspection.",
     ["2023-05-30", "2021-03-04", "2021-03-03"]),
    ("The panel said on Thursday that the guard left his post on April 2, 2020, two days after the alarm.",
     ["2023-06-08", "2020-04-02", "2020-03-31"]),
    ("On Friday, the report said the flood came on May 8, 2019 -- two days before the dam gave way.",
     ["2023-06-09", "2019-05-08", "2019-05-10"]),
    # Unchanged: a count beside the sentence's first day, or with words between it and the last day.
    ("He resigned on Monday, two days after the vote.", ["2023-06-05", "2023-06-03"]),
    ("On Monday, the council weighed the May 3 plan and voted two days after the hearing.",
     ["2023-06-05", "2023-05-03", "2023-06-03"]),
], published=SAT)
