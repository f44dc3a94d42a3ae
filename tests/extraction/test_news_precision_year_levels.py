"""Review of issue 12's rules (h111). Numbers: a level a market closed at or moved to is no year
("closed at 1600", "fell 1.6% to 1986"), but a year whose levels, prices or lows the sentence
names is one ("fell to 2019 levels", "closed at 2010 prices", "at 2019's high"). Captions: an
occasion celebrated ("celebrates its 50th anniversary Saturday") is a preview's, no scene. "would"
after an earlier saying: every weekday of the clause counts from the saying. Moments from a
holiday's parade, dinner or service are its day. A month ahead named attributively is the
coming one only after a verb that plans or sets it. Figures over a present range are of the one
gone by. Sentences
written for the test. Each row: text, the dates the engine must give, in order.
"""
import datetime as dt

from dated import dated_test, dates

THU = dt.date(2019, 11, 21)


test_a_year_whose_levels_are_named_is_a_year = dated_test([
    ("Sales fell to 2016 levels in October.", ["2016", "2019-10"]),
    ("Unemployment eased to 2008 lows, the report said Friday.", ["2008", "2019-11-15"]),
    ("The index rose to 2007 highs in March.", ["2007", "2019-03"]),
    ("The company said it closed at 2010 levels, before the merger in 2015.", ["2010", "2015"]),
    ("Shares closed at 1999 prices on Monday.", ["1999", "2019-11-18"]),
    ("The index closed at 2007's high on Tuesday.", ["2007", "2019-11-19"]),
], published=THU)


test_a_level_stays_no_year = dated_test([
    # the levels themselves stay no years
    ("The index closed at 1600 on Friday.", ["2019-11-15"]),
    ("The index fell 1.6% to 1986 on Monday.", ["2019-11-18"]),
    ("The index stood at 2000 points on Monday.", ["2019-11-18"]),
    ("Shares rose to 2010 after the report on Monday.", ["2019-11-18"]),
], published=THU)


test_an_occasion_celebrated_is_no_caption = dated_test([
    # An occasion celebrated is announced ahead, as "The team plays Saturday": the present's
    # nearest day (Saturday two days ahead of a Thursday), not the caption's day gone by.
    ("The museum celebrates its 50th anniversary Saturday with a free open house.", ["2019-11-23"]),
    # a caption's celebration stays the day shown, or the last such one
    ("Fans celebrate after the win Sunday.", ["2019-11-17"]),
    ("The striker celebrates his goal during the match Saturday.", ["2019-11-16"]),
], published=THU)


test_each_weekday_of_a_would_clause_counts_from_the_saying = dated_test([
    # Every weekday of a "would" clause said on an earlier day counts from that saying, the second
    # as the first (issue 12 moved the first only: Saturday the 16th, then Sunday the 24th).
    ("The minister said on Friday that the bridge would open Saturday and close Sunday.",
     ["2019-11-15", "2019-11-16", "2019-11-17"]),
    # ... and after the day before it in the clause
    ("The minister said on Friday that the bridge would open Sunday and close Saturday.",
     ["2019-11-15", "2019-11-17", "2019-11-23"]),
    # another clause's past day is its own
    ("The minister said on Friday that the bridge would open Saturday, and officials met Sunday.",
     ["2019-11-15", "2019-11-16", "2019-11-17"]),
], published=THU)


FRI = dt.date(2019, 12, 6)  # Thanksgiving was Thursday, Nov. 28


test_moments_from_a_holidays_happening_are_its_day = dated_test([
    # Moments or hours from a holiday's own happening are the holiday's day (issue 12's stretch
    # rule, "in the weeks before Christmas", had dropped them).
    ("A man was arrested moments after the Thanksgiving Day parade in New York.", ["2019-11-28"]),
    ("The fire broke out shortly after Thanksgiving dinner.", ["2019-11-28"]),
    ("Police said the crash happened hours before the Thanksgiving Day parade.", ["2019-11-28"]),
    # a stretch stays no day
    ("In the days before the Thanksgiving parade, crews worked overtime.", []),
    ("Weeks after the Thanksgiving parade, the balloons were stored.", []),
    ("Hours after Thanksgiving, the sales began.", []),
], published=FRI)


NOV9 = dt.date(2023, 11, 9)


test_an_attributive_month_ahead_needs_a_plan = dated_test([
    # A month just ahead named attributively is the coming one only when the past verb plans,
    # sets or trades for it (issue 12 took any past verb: "reported a January profit" in
    # November was next January's).
    ("The company reported a January profit after two losses.", ["2023-01"]),
    ("The retailer suffered a December loss, its filing showed.", ["2022-12"]),
    ("The party held a January convention in Chicago.", ["2023-01"]),
    ("He recalled a January morning when the plant exploded.", ["2023-01"]),
    # what is planned, set or traded for stays ahead
    ("The board approved a December dividend.", ["2023-12"]),
    ("Fed officials signaled a December rate cut.", ["2023-12"]),
    ("Investors bought January contracts at a discount.", ["2024-01"]),
], published=NOV9)


def test_a_month_traded_for_stays_ahead_whatever_the_verb():
    assert dates("Dealers rushed in the morning to start the first trading day for November transactions.",
                 dt.date(1989, 10, 30)) == ["1989-11"]


test_figures_over_a_present_range_are_of_the_one_gone_by = dated_test([
    # Figures over a yearless period in the present tell of the one gone by (issue 12's present
    # range took the one ahead: next April to October).
    (NOV9, "Sales are up 5% from April to October, the company said.", ["2023-04/2023-10", "2023-10"]),
    (NOV9, "Output is down 3 percent in the period from April to October.", ["2023-04/2023-10", "2023-10"]),
    # a range in force still holds publication or lies ahead
    (dt.date(2023, 4, 10), "The ban is in effect from April to October.", ["2023-04/2023-10", "2023-10"]),
])
