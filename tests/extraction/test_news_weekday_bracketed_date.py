"""A weekday with its date in brackets after it ("on Sunday (Aug. 18)", "Saturday (October 26)") is
one day, the date's, when the date falls on that weekday (and what counts from it counts from that day): not the last such weekday before the
paper's day, a week off when the date is an earlier one. A date that is not that weekday (a misprint)
leaves the weekday its own reading. Written sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2019, 8, 26)


test_a_weekday_with_its_date_in_brackets_is_the_dates_day = dated_test([
    ("Crews knocked the fire down on Sunday (Aug. 18) and left the day after.", ["2019-08-18", "2019-08-19"]),
    ("The council met on Tuesday (August 13) to approve the plan.", ["2019-08-13"]),
    ("Police said the men were arrested on Friday (9 August) in the capital.", ["2019-08-09"]),
    # the same week: one statement either way
    ("The crews left on Sunday (Aug. 25).", ["2019-08-25"]),
], MON)


test_a_date_of_another_weekday_leaves_the_weekday = dated_test([
    ("The council met on Tuesday (August 14) to approve the plan.", ["2019-08-20", "2019-08-14"]),
], MON)
