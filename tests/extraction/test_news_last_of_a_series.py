""""last" as the final one of a series ("last date of nomination 8 Nov", "the last day for
withdrawal is 11 Nov"): an ordinal before a deadline's day, not a word of the past as in "last
week" or "was last seen". An election schedule's days ahead stay ahead.

Each row: the publication date, the text, the dates the engine must give, in order. The
sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

FRI = dt.date(2013, 10, 4)

test_last_date_of_is_no_past = dated_test([
    (FRI, "The notification is due on 2 Nov, last date of nomination 9 Nov, and polling on 25 Nov.",
     ["2013-11-02", "2013-11-09", "2013-11-25"]),
    (FRI, "Last date of filing nominations 12 Nov.", ["2013-11-12"]),
    (FRI, "Notification 2 Nov; last day for withdrawal 14 Nov.", ["2013-11-02", "2013-11-14"]),
    (FRI, "Scrutiny of papers on 11 Nov, last dates for withdrawal 14 and 18 Nov.",
     ["2013-11-11", "2013-11-14", "2013-11-18"]),
    # Not: "last" of the past stays the past's.
    (FRI, "He was last seen on Nov. 8.", ["2012-11-08"]),
    (FRI, "The last time they met, on Nov. 8, the talks failed.", ["2012-11-08"]),
    (FRI, "Last Nov. 8, the council voted to close the plant.", ["2012-11-08"]),
    (FRI, "The last day to register is Oct. 7.", ["2013-10-07"]),
])
