"""A forecast told in the past names a day ahead of its telling (fp9's sample of unseen news, in
general form): "was projected to make landfall by Monday evening" read Monday as the one gone by;
"projected", "forecast" and "predicted" now tell a plan as "was expected to" does. Rows written for the
test: publication date (a Sunday), text, the dates the engine must give.
"""
import datetime as dt

from dated import dated_test

SUN = dt.date(2006, 10, 29)

test_a_day_a_past_forecast_names_lies_ahead = dated_test([
    ("The storm was projected to make landfall by Monday evening or early Tuesday morning.",
     ["2006-10-30", "2006-10-31"]),
    ("The storm was forecast to make landfall on Monday.", ["2006-10-30"]),
    ("The typhoon was predicted to hit the coast on Monday.", ["2006-10-30"]),
    ("The eye of the storm was 595 km east of the coast as of 4 p.m. and was projected to make landfall "
     "by Monday evening.", ["2006-10-30"]),
], published=SUN)

test_a_forecast_that_came_true_or_a_plain_past_stays = dated_test([
    ("The storm made landfall on Monday, as forecast.", ["2006-10-23"]),
    ("The storm was expected to make landfall on Monday.", ["2006-10-30"]),
    ("The storm hit the coast on Monday.", ["2006-10-23"]),
], published=SUN)
