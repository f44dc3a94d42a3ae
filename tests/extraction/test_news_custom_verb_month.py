"""A custom's own verb governs the month after it ("Elections that normally take place in June
were pushed back", "The festival, usually held in May, was called off"): each year's month, no
statement, though a past later in the sentence reads as the month's tense. A day after that past
is its own ("... were pushed back to Sept. 15"), not the custom's. (fresh23 keys no month of a custom.)

Each row: the publication date, the text, the dates the engine must give, in order. The
sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2020, 9, 16)

test_a_month_of_a_custom_told_before_a_past = dated_test([
    (WED, "Elections that normally take place in March and June were pushed back to Sept. 15 this year.",
     ["2020-09-15"]),
    (WED, "The festival, usually held in May, was called off because of the pandemic.", []),
    (WED, "Budget talks that usually wrap up in July dragged on into September.", ["2020-09"]),
    (WED, "The race, traditionally run in April, was held in October last year.", ["2019-10"]),
    (WED, "Schools that normally open in August reopened on Sept. 8.", ["2020-09-08"]),
    (WED, "The harvest festival normally held in October was canceled.", []),
    (WED, "Normally held in June, the vote was delayed.", []),
    (WED, "The summit, normally held in January, took place in Davos in May.", ["2020-05"]),
    # Not: a custom of another clause, the month one happening.
    (WED, "The river, which usually runs high, flooded in May.", ["2020-05"]),
    (WED, "The bank, which normally meets twice a year, met in March.", ["2020-03"]),
    (WED, "The council normally votes on the budget, and it approved the plan in June.", ["2020-06"]),
    (WED, "The festival usually draws 10,000 people, but organizers canceled it in June.", ["2020-06"]),
    (WED, "In June, the festival that usually draws 10,000 people was canceled.", ["2020-06"]),
])

test_a_day_told_in_a_past_after_a_custom = dated_test([
    (WED, "Classes that normally begin in August were delayed until Sept. 8.", ["2020-09-08"]),
    (WED, "Voting, which normally ends on Aug. 31, was extended to Sept. 4.", ["2020-09-04"]),
    # Not: the custom's own day.
    (WED, "The parade, which is usually held on March 17, was cancelled.", []),
    (WED, "The office is usually closed on July 4.", []),
])
