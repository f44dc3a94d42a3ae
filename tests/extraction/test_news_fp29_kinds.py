"""Kinds found in a precision sample of local and regional straight news (US, Canada, UK, Ireland, Australia, New
Zealand, 2016-2025: police and courts, councils and elections, weather and emergencies, schools, business openings and
closures, local sport), each in general form; rows written for the test, not the pages' text.

- a yearless day after "effective", told in the past ("accepted the resignation, effective July 31"), is the day the
  decision takes hold: the coming one, not the one of most of a year back.
Near neighbours keep their readings.
"""
import datetime as dt

from dated import dated_test

test_a_day_after_effective_in_a_past_sentence_is_the_coming_one = dated_test([
    (dt.date(2021, 6, 22), "On Monday, the school board accepted the resignation of its treasurer, effective July 31.",
     ["2021-06-21", "2021-07-31"]),
    (dt.date(2021, 6, 22), "The council accepted the chief's retirement effective Aug. 15.", ["2021-08-15"]),
    (dt.date(2021, 6, 22), "The board granted him leave effective on Sept. 1.", ["2021-09-01"]),
    # ... not a day it took effect, a day gone by with a past told after it, nor one of a year named
    (dt.date(2021, 6, 22), "The ban, which took effect on July 31, was lifted in March.", ["2020-07-31", "2021-03"]),
    (dt.date(2021, 6, 22), "Smith was hired effective July 31, and resigned on Aug. 3.", ["2020-07-31", "2020-08-03"]),
    (dt.date(2021, 6, 22), "The rule, effective July 31 of last year, was repealed.", ["2020-07-31"]),
    (dt.date(2021, 6, 22), "He resigned effective March 3.", ["2021-03-03"]),
    (dt.date(2021, 6, 22), "Prices rose sharply from July 31.", ["2020-07-31"]),
])
