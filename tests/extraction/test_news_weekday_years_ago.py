"""A weekday N years ago ("struggled out of the gate on the opening Tuesday a year ago") is that weekday
52 weeks (a year of weeks) before the last one, as "Friday a week ago" is a week before it, not this
week's (fp9's sample of unseen news). Rows written for the test; publication date a Wednesday.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2015, 9, 23)

test_a_weekday_years_ago_is_that_weekday_a_year_of_weeks_back = dated_test([
    ("The premiere did better than the opening Tuesday a year ago.", ["2014-09-23"]),
    ("The store opened on Friday a year ago.", ["2014-09-19"]),
    ("The store opened on Friday two years ago.", ["2013-09-20"]),
], published=WED)

test_a_weekday_weeks_ago_or_alone_stays = dated_test([
    ("The store opened on Friday a week ago.", ["2015-09-11"]),
    ("The store opened on Friday.", ["2015-09-18"]),
], published=WED)
