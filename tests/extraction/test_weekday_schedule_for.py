"""A schedule, timetable, outlook, forecast, alert or warning issued "for" a weekday names the day it
covers, not the day it was issued: "The utility on Saturday updated its schedules for Sunday" in a
Saturday paper is the coming Sunday, as "announced a strike for Friday" already was. Not a schedule
told as gone by after the day ("the forecast for Monday proved wrong"), and the nearest such day
when the last one lies close behind.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2023, 9, 16)  # the coming Sunday is 17 September, the last one 10 September
WED = dt.date(2023, 9, 13)  # Monday 11 September lies two days back

test_a_schedule_for_a_day_is_the_day_it_covers = dated_test([
    (SAT, "The power company on Saturday updated its outage schedules for Sunday.",
     ["2023-09-16", "2023-09-17"]),
    (SAT, "The weather office issued a flood warning for Sunday.", ["2023-09-17"]),
    (SAT, "The agency released its rail timetable for Monday.", ["2023-09-18"]),
    (SAT, "Forecasters posted a heat alert for Tuesday.", ["2023-09-19"]),
    # near neighbours: the schedule told as gone by after the day, a day two days back, a past happening
    (SAT, "The forecast for Sunday turned out to be wrong.", ["2023-09-10"]),
    (WED, "The utility released its outage schedule for Monday.", ["2023-09-11"]),
    (SAT, "The utility updated its outage schedules on Tuesday.", ["2023-09-12"]),
    (SAT, "The utility cut power to 3,000 homes on Sunday.", ["2023-09-10"]),
])
