"""A yearless range in the present (or with no tense of its own) names what
holds now or lies ahead: "the ban is in effect from April to October" in an
April paper is this year's April to October, not last year's because the
nearest October alone would be the one gone by. A past range stays past.
Written sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

APR6 = dt.date(2023, 4, 6)


test_a_present_range_is_the_one_that_holds_now_or_lies_ahead = dated_test([
    # The range holds the publication day.
    (APR6, "The ban is in effect from April to October.", ["2023-04/2023-10", "2023-10"]),
    (APR6, "Water rationing is in force between January and November.", ["2023-01/2023-11", "2023-11"]),
    (APR6, "The ban applies from April 1 to October 31.", ["2023-04-01/2023-10-31", "2023-10-31"]),
    # The range lies ahead.
    (APR6, "The road is closed from May through October.", ["2023-05/2023-10", "2023-10"]),
])


test_other_ranges_keep_their_years = dated_test([
    (APR6, "The ban was in effect from April to October.", ["2022-04/2022-10", "2022-10"]),
    (APR6, "Hunting is banned from March to October.", ["2023-03/2023-10", "2023-10"]),
    (dt.date(2024, 1, 4), "The store was closed from Dec. 24 to Jan. 2.", ["2023-12-24/2024-01-02", "2024-01-02"]),
    (dt.date(2023, 12, 20), "Registration is open from Nov. 15 to Jan. 10.",
     ["2023-11-15/2024-01-10", "2024-01-10"]),
])
