"""False statements found by fp37's precision sample (session 45: security, defence and conflict news of 2015-2025 from
several countries, wire and newspaper copy: missile launches, strikes and sanctions, envoys' visits, border clashes,
wars and ceasefires), each kind with the near neighbours that must stay dated. Rows written for the test, not the
pages' text.

- a weekday before a past vow, pledge or promise, its clause opened by the day or the day right after the subject ("In
  his speech on Thursday, the president vowed to resist", "The minister on Friday pledged to cut taxes"): the day of
  the vowing, gone by, not the vowed deed's day ahead (a day after the vow, "vowed to strike on Thursday", keeps its
  reading, and so do "Starting Thursday", "will vow" and "plans to");
- a plural subject's present "come" before a count from another happening ("The sanctions come a day after
  airstrikes on Thursday"): the news's own present, as the singular "comes" is, not the idiom "come Wednesday" (when
  Wednesday comes), so the happening it counts from is gone by;
- the news's present "comes"/"come" a count after a happening on a weekday ("The ruling comes a week after the vote on
  Monday", told on a Monday): the count is the news's now, so the weekday is the one a count back from the paper, not
  the last such day with the news's day a week still ahead (not a fixture's schedule, "The final comes a week after
  the semifinal on Saturday", nor a modal's "will come").
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2019, 3, 11)  # a Monday: Thursday 7 gone by, Thursday 14 ahead

test_day_before_a_past_vow = dated_test([
    (MON, "On Thursday, the rebel leader vowed to keep fighting.", ["2019-03-07"]),
    (MON, "In a speech on Thursday, the governor pledged to cut taxes.", ["2019-03-07"]),
    (MON, "The prime minister on Thursday promised to hold a referendum.", ["2019-03-07"]),
    (MON, "On Thursday night, the coalition vowed to respond.", ["2019-03-07"]),
    (MON, "On Thursday, the minister vowed to resign on Friday.", ["2019-03-07", "2019-03-15"]),
    (MON, "Officials on Friday vowed to find those responsible, and the inquiry will report on Thursday.",
     ["2019-03-08", "2019-03-14"]),
    # neighbours: the vowed deed's day, a start, a vow still to come, a plan, other past verbs
    (MON, "The union vowed to strike on Thursday.", ["2019-03-14"]),
    (MON, "Starting Thursday, the company promised to refund customers.", ["2019-03-14"]),
    (MON, "On Thursday, the party will vow to fight.", ["2019-03-14"]),
    (MON, "On Thursday, the mayor plans to unveil the budget.", ["2019-03-14"]),
    (MON, "On Thursday, the general threatened to resign.", ["2019-03-07"]),
    (MON, "At a rally on Saturday, the candidate promised to build a new hospital.", ["2019-03-09"]),
])

test_plural_come_before_a_count = dated_test([
    (MON, "The sanctions come a day after airstrikes on Thursday.", ["2019-03-07"]),
    # neighbours: the singular, the idiom "come <day>", a count ahead, a modal
    (MON, "The move comes a day after airstrikes on Thursday.", ["2019-03-07"]),
    (MON, "The arrests come two days after protesters clashed with police on Saturday.", ["2019-03-09"]),
    (MON, "The strikes come just hours after the rebels fired missiles on Sunday.", ["2019-03-10"]),
    (MON, "We will see the end of it come Wednesday.", ["2019-03-13"]),
    (MON, "Come Thursday, the rules change.", ["2019-03-14"]),
    (MON, "Relief should come Wednesday.", ["2019-03-13"]),
])

test_news_count_after_a_weekday = dated_test([
    (MON, "The ruling comes a week after the vote on Monday.", ["2019-03-11", "2019-03-04"]),
    (MON, "The measure comes a week after the attack on Sunday.", ["2019-03-10", "2019-03-03"]),
    (MON, "The ruling comes two weeks after the vote on Tuesday.", ["2019-03-12", "2019-02-26"]),
    (MON, "The new measures come a week after the attack on Sunday killed five soldiers.", ["2019-03-10", "2019-03-03"]),
    # neighbours: a count that lands near the paper, a count before, a fixture, a modal
    (MON, "The measure comes three days after the attack on Friday.", ["2019-03-11", "2019-03-08"]),
    (MON, "The measure comes five days after the attack on Thursday.", ["2019-03-12", "2019-03-07"]),
    (MON, "The visit comes two days ahead of the summit on Friday.", ["2019-03-13", "2019-03-15"]),
    (MON, "The final comes a week after the semifinal on Saturday.", ["2019-03-16", "2019-03-09"]),
    (MON, "The ruling will come a week after the vote on Monday.", ["2019-03-18", "2019-03-11"]),
])


# rv45's review: a vow in a relative clause dates no day; the main clause's future keeps the day ahead.
test_a_relative_clauses_vow_leaves_the_day_ahead = dated_test([
    (dt.date(2025, 3, 12), "On Thursday the leaders who promised to cut emissions will meet again.", ["2025-03-13"]),
    (dt.date(2025, 3, 12), "On Friday the ministers who pledged to cut spending will vote on the budget.",
     ["2025-03-14"]),
])
