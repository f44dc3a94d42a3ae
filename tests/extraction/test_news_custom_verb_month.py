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

test_a_day_or_month_told_in_a_past_after_a_custom = dated_test([
    (WED, "Classes that normally begin in August were delayed until Sept. 8.", ["2020-09-08"]),
    (WED, "Voting, which normally ends on Aug. 31, was extended to Sept. 4.", ["2020-09-04"]),
    (WED, "The election, normally scheduled for November, was moved up to October.", ["2020-10"]),
    (WED, "The fair, usually held in July, was held in August.", ["2020-08"]),
    # Not: the custom's own day.
    (WED, "The parade, which is usually held on March 17, was cancelled.", []),
    (WED, "The office is usually closed on July 4.", []),
])


# The news "comes" N months after something, its own day named before it ("Her decision, reported
# Wednesday, comes a month after she filed"): the month counted back from that day, as "comes two
# years after" is. (fresh10 keys such a month.) Not a loose or bounded count.
THU = dt.date(2017, 9, 7)

test_a_month_counted_back_from_the_news_day = dated_test([
    (THU, "The ruling, issued Tuesday, comes three months after the company was sued.", ["2017-09-05", "2017-06"]),
    (THU, "The announcement, made Monday, comes two months after the plant closed.", ["2017-09-04", "2017-07"]),
    (THU, "The increase, approved Tuesday, comes 18 months after the last rate rise.", ["2017-09-05", "2016-03"]),
    (THU, "The vote on Tuesday comes six months after talks collapsed.", ["2017-09-05", "2017-03"]),
    (THU, "Her decision comes a month after she filed paperwork.", ["2017-08"]),
    (THU, "The ruling, issued Tuesday, comes about three months after the company was sued.", ["2017-09-05"]),
    (THU, "The recall, announced Tuesday, comes more than a month after the first complaints.", ["2017-09-05"]),
    (THU, "The company said Wednesday it would reopen the plant two months after the flood.", ["2017-09-06"]),
])


# "Two years ago this month", "five years ago last month": that month N years back, one statement, as
# "ten years ago today" is that day.
JAN = dt.date(2024, 1, 10)

test_years_ago_this_month_is_that_month = dated_test([
    (JAN, "Two years ago this month, the bridge collapsed.", ["2022-01"]),
    (JAN, "It was a year ago this month that the company went bankrupt.", ["2023-01"]),
    (JAN, "Five years ago last month, the mine flooded.", ["2018-12"]),
    (JAN, "Ten years ago today, the plant exploded.", ["2014-01-10"]),
    (JAN, "The firm was sold two years ago; this month it was sold again.", ["2022", "2024-01"]),
    (JAN, "Two years ago and again this month, the dam failed.", ["2022", "2024-01"]),
])
