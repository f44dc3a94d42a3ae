"""What a saying in the past perfect foresaw with "would" ("Forecasters had warned the river would
crest on Tuesday") is seen from a past before the story's, as a superseded plan is: the nearest such
day, the one gone by when it lies at most three days back, not the coming one.
"""
import datetime as dt

from dated import dated_test

THURSDAY = dt.date(2021, 6, 17)

test_a_past_perfect_forecast_names_the_nearest_day = dated_test([
    ("Forecasters had warned that the Cedar River would crest on Tuesday.", ["2021-06-15"]),
    ("The utility had said in a filing that the U.S. grid would face its peak demand on Wednesday.",
     ["2021-06-16"]),
    ("Organizers had predicted the march would draw 5,000 people, police and counter-protesters on Monday.",
     ["2021-06-14"]),
], published=THURSDAY)

test_neighbours_of_the_past_perfect_forecast_are_unchanged = dated_test([
    # a simple past saying: the coming day, as before
    ("Forecasters warned that the Cedar River would crest on Tuesday.", ["2021-06-22"]),
    ("Forecasters said the Cedar River would crest on Tuesday.", ["2021-06-22"]),
    ("Officials said last week that the bridge would reopen on Monday, and repeated the promise on Wednesday.",
     ["2021-06-21", "2021-06-16"]),
    # the day more than three days back: the coming one, as for a superseded plan
    ("The agency had said on Monday that the county would reopen its beaches on Saturday.",
     ["2021-06-14", "2021-06-19"]),
    # the saying with its own day: the foreseen day after that one, as before
    ("The county had said on Friday that the beaches would reopen on Tuesday.", ["2021-06-11", "2021-06-15"]),
    # still ahead after the day
    ("Forecasters had warned the river would crest on Tuesday, and it still will.", ["2021-06-22"]),
], published=THURSDAY)
