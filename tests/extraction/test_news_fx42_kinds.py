"""fx42's kinds (realnews-fresh42 opened as a development set, session 30). A week's timetable of a
service ("four flights a week, on Monday, Wednesday, Friday and Sunday") names every week's days, no
particular day.

Each row: the text, the dates the engine must give, in order. The sentences are written for the tests,
not taken from articles.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2021, 3, 15)  # a Monday
WED = dt.date(2021, 3, 17)


test_a_weeks_timetable_names_no_day = dated_test([
    # a count per week beside a list of days: the round's days, in any tense
    ("The ferry will make three crossings a week, on Tuesday, Thursday and Saturday.", []),
    ("The new line runs two trains per week on Monday and Friday.", []),
    ("The airline operated four flights a week, on Monday, Wednesday, Friday and Sunday, before the pandemic.",
     []),
    ("Buses will leave twice weekly, on Wednesday and Sunday, from the main square.", []),
    # a service's list of three or more days that skips a day, not in the past
    ("Flights to the island will be operated on Monday, Wednesday and Friday.", []),
    ("The coastal route will see sailings on Tuesday, Thursday, and Sunday.", []),
    # near neighbours keep their days: a run of days, a past list with no count, a list of this week,
    # two days with no count, a count that is no frequency
    ("Flights were grounded on Monday, Tuesday and Wednesday.", ["2021-03-15", "2021-03-16", "2021-03-17"]),
    ("Police raided homes on Monday, Wednesday and Friday.", ["2021-03-08", "2021-03-10", "2021-03-12"]),
    ("The ferry will sail on Tuesday, Thursday and Saturday this week.",
     ["2021-03-16", "2021-03-18", "2021-03-20"]),
    ("Flights will resume on Wednesday and Friday.", ["2021-03-17", "2021-03-19"]),
    ("The airline, which runs four flights a week, cancelled them on Monday and Tuesday.",
     ["2021-03-15", "2021-03-16"]),
    ("The two weekly flights were cancelled on Monday and Tuesday.", ["2021-03-15", "2021-03-16"]),
    ("Three flights a week ago, on Monday and Tuesday, were cancelled.", ["2021-03-08", "2021-03-09"]),
], MON)
