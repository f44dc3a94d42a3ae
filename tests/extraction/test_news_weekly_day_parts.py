"""A part of every such weekday, in the plural ("runs on Saturday mornings from April to October", "is
open on Sunday afternoons in July and August"), is a weekly round as "on Saturdays" is: its months are
every year's (fp9's probing of schedule-like contexts, the kind its sample of unseen news named). Rows
written for the test; publication date a Wednesday.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 3, 6)

test_a_weekly_day_part_s_months_are_every_year_s = dated_test([
    ("The market runs on Saturday mornings from April to October.", []),
    ("The pool is open on Sunday afternoons in July and August.", []),
], published=WED)

test_one_day_part_or_a_year_told_stays = dated_test([
    ("The market ran on Saturday mornings from April to October last year.", ["2023-04/2023-10", "2023-10"]),
    ("The market runs on Saturdays from April to October.", []),
    ("Friday night's game was postponed.", ["2024-03-01"]),
], published=WED)

test_the_month_a_weekly_round_starts_is_one_month = dated_test([
    # a start's verb right before the month: when the round begins (rv17's R6-R7), with "Sundays" too
    ("The ferry service on Sunday mornings starts in May.", ["2024-05"]),
    ("The gallery will open on Sundays starting in April.", ["2024-04"]),
], published=WED)

