"""A saying can not come before what it reports as done. "Officials said Thursday the launch was
made on Wednesday night" in a Wednesday paper is not last week's Thursday (before the launch it
reports): it is the Thursday after, the day after the paper's date, as a story filed from a place
ahead in time (Seoul, Tokyo, Sydney) reads in a paper dated where it is still Wednesday.
Only the day after the paper's date: the saying is moved no further than that.
Written sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2023, 11, 22)


test_a_saying_weekday_comes_after_the_day_it_reports = dated_test([
    (WED, "The military said Thursday the missile was launched from near the capital on Wednesday night.",
     ["2023-11-23", "2023-11-22"]),
    (WED, "Police said Thursday that two men were arrested on Wednesday.", ["2023-11-23", "2023-11-22"]),
    # the reported day first, the saying after it
    (WED, "The missile was fired on Wednesday evening, the defense ministry said Thursday.",
     ["2023-11-22", "2023-11-23"]),
])


test_sayings_that_fit_the_days_they_report_are_left_alone = dated_test([
    # said after the reported day, both gone by
    (WED, "Officials said Tuesday the plant closed on Monday.", ["2023-11-21", "2023-11-20"]),
    # a day told in another clause, not the one the saying reports
    (WED, "Officials said Thursday the bridge was safe, but police closed it on Wednesday.",
     ["2023-11-16", "2023-11-22"]),
    # what is reported lies ahead: no conflict
    (WED, "Officials said Thursday the talks will resume on Monday.", ["2023-11-16", "2023-11-27"]),
    # the reported day lies before the saying's: left as read
    (WED, "Officials said Thursday the plant closed on Nov. 14.", ["2023-11-16", "2023-11-14"]),
])
