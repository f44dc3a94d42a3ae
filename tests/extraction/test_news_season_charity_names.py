"""Christmas before a charity's round of the season ("the Food Bank, Christmas Hampers and ...", "the
Christmas Appeal", "the Christmas Bureau") names no day, as "the Christmas parade" does not (fp9's
sample of unseen news). Rows written for the test.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2017, 12, 14)

test_a_charity_s_christmas_round_is_no_day = dated_test([
    ("The money would have helped the Food Bank, Christmas Hampers and other needy groups.", []),
    ("Volunteers packed boxes for the Christmas Appeal.", []),
    ("The Christmas Bureau opens its doors this week.", []),
], published=THU)

test_christmas_as_a_day_stays = dated_test([
    ("Families will receive hampers on Christmas Day.", ["2017-12-25"]),
    ("The hampers were delivered at Christmas.", ["2016-12-25"]),
], published=THU)
