"""A list of days of one month after a month's day ("May 4, 5, 11 and 12") or
before a day-month date ("on 3, 4 and 5 May"): each listed day is a statement of its own, as each end of a range is (issue 12,
realnews-fresh19). Sentences written for the test, not taken from any article.
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2021, 3, 2)


test_each_listed_day_of_the_month_is_dated = dated_test([
    ("The committee will hold hearings April 6, 7, 13, and 14.",
     ["2021-04-06", "2021-04-07", "2021-04-13", "2021-04-14"]),
    ("The museum opens late on April 9, 16 and 23 in the spring.",
     ["2021-04-09", "2021-04-16", "2021-04-23"]),
    ("Tickets are valid April 3, 4 or 5.", ["2021-04-03", "2021-04-04", "2021-04-05"]),
    # days that run on one by one from the first are days, whatever follows the list (session 33)
    ("April 12, 13 and 14 advanced voting locations will be open.", ["2021-04-12", "2021-04-13", "2021-04-14"]),
    ("April 12, 13, and 14 are early voting days.", ["2021-04-12", "2021-04-13", "2021-04-14"]),
    # days listed before a day-month date, with or without the comma before "and"
    ("The fair will run on 3, 4 and 5 May.", ["2021-05-03", "2021-05-04", "2021-05-05"]),
    ("The fair will run on 3, 4, and 5 May.", ["2021-05-03", "2021-05-04", "2021-05-05"]),
    ("Hearings will be held on 6, 7, 13 and 14 July.", ["2021-07-06", "2021-07-07", "2021-07-13", "2021-07-14"]),
    ("The fair will run on the 3rd, 4th and 5th of May.", ["2021-05-03", "2021-05-04", "2021-05-05"]),
], published=PUB)


test_numbers_that_are_no_list_of_days_stay_out = dated_test([
    # the numbers after the day are counts, not days
    ("On Feb. 20, 14 and 15 workers were laid off.", ["2021-02-20"]),
    ("On Feb. 20, 4,000 workers were laid off.", ["2021-02-20"]),
    # not in rising order: no list of days
    ("The votes were on Feb. 20, 12 and 14.", ["2021-02-20"]),
    # a count after a date's day, one number or ones that skip, or with a unit of a count (session 33)
    ("On April 12, 14 advanced voting locations will open.", ["2021-04-12"]),
    ("May 3, 40 people were hurt.", ["2020-05-03"]),
    ("On Feb. 20, 24 and 25 workers were laid off.", ["2021-02-20"]),
    ("On Feb. 20, 21 and 22 percent of voters backed it.", ["2021-02-20"]),
    ("The votes were on April 12, 13 and 14-year-olds may not vote.", ["2020-04-12"]),
    # numbers before a day-month date that are no rising list
    ("Of the 30, 4 and 5 May were the wettest days.", ["2020-05-04", "2020-05-05"]),
    ("Scores of 12, 14 and 5 May have been posted.", ["2021-05-14", "2021-05-05"]),
    ("In 2019, 4 and 5 May were holidays.", ["2019", "2019-05-04", "2019-05-05"]),
], published=PUB)


# Monthly figures and other dates whose year the clause's tense got wrong (realnews-fresh18/19).
test_the_year_of_a_month_by_what_the_clause_does = dated_test([
    # what forecasters expect of the month just gone by is its figure, out after it
    (dt.date(2021, 6, 3), "Analysts expect consumer prices to rise 4.1 percent in May.", ["2021-05"]),
    (dt.date(2021, 6, 3), "Forecasters expect the jobless rate at 6% in May.", ["2021-05"]),
    # ... but not a month further back, nor a plan with no forecast
    (dt.date(2021, 6, 3), "The company will cut prices by 10% in May.", ["2022-05"]),
    # a past clause that files or spends for a vote in a month: the vote ahead
    (dt.date(2021, 11, 15), "Four candidates had filed for the Democratic primary in March.", ["2022-03"]),
    # a proposal looks ahead
    (dt.date(2021, 10, 9), "What about moving the summit to the February session?", ["2022-02"]),
])


# Figures for a month come out after it: a month they are for, told ahead with no other month or stretch in the
# sentence, is the one gone by, with or without an aside after it (session 33).
OCT = dt.date(2026, 10, 14)  # a Wednesday; Friday is Oct. 16
test_figures_for_a_month_told_ahead_are_of_the_month_gone_by = dated_test([
    (OCT, "Figures for March will be published on Friday.", ["2026-03", "2026-10-16"]),
    (OCT, "Figures for March (Q1) will be published on Friday.", ["2026-03", "2026-10-16"]),
    (OCT, "Figures for March (provisional) will be published on Friday.", ["2026-03", "2026-10-16"]),
    (OCT, "Data for September will be released tomorrow.", ["2026-09", "2026-10-15"]),
    (OCT, "Figures for March are due on Friday.", ["2026-03", "2026-10-16"]),
    (OCT, "The agency will publish inflation figures for September on Thursday.", ["2026-09", "2026-10-15"]),
    # near neighbours: no figures, a month before a noun, another month for the release, a past
    (OCT, "Tickets for March will go on sale on Friday.", ["2027-03", "2026-10-16"]),
    # figures that foresee a month are of the month ahead (rv26's review)
    (OCT, "Projected figures for March will be published on Friday.", ["2027-03", "2026-10-16"]),
    (OCT, "Seasonal forecast data for December will be released on Friday.", ["2026-12", "2026-10-16"]),
    (OCT, "Booking numbers for July will be out on Friday.", ["2027-07", "2026-10-16"]),
    # ... but a plan to publish figures is no foreseen figure
    (OCT, "The bureau plans to publish figures for September on Friday.", ["2026-09", "2026-10-16"]),
    (OCT, "Phone numbers for March events will be listed on Friday.", ["2027-03", "2026-10-16"]),
    (OCT, "Figures for November will be published in December.", ["2026-11", "2026-12"]),
    (dt.date(2026, 12, 2), "The agency will release figures for January in February.", ["2027-01", "2027-02"]),
    (OCT, "Figures for March were published on Friday.", ["2026-03", "2026-10-09"]),
    (OCT, "The plant will reopen in March (Q1) after repairs.", ["2027-03"]),
])


test_no_weekday_before_a_noun_is_no_day = dated_test([
    ("There is no Sunday mail, but the office opens Monday.", ["2021-03-08"]),
    ("The league has no Friday fixtures this season.", []),
], published=PUB)
