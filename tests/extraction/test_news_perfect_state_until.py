"""A past perfect state "until" a weekday ("The team had been unbeaten until Saturday"): the state
lasted up to the day and is over, the day gone by; "had" + "been" is no time allowed ahead as "had
until Friday to" is. Near neighbours: a time allowed ("had until Thursday to leave", "had been given
until Friday to respond") still names the coming day. Sentences written for the test."""
import datetime as dt

from dated import dated_test

W = dt.date(2026, 11, 18)  # a Wednesday

test_a_past_perfect_state_until_a_day_is_over = dated_test([
    ("The club had been unbeaten until Friday.", ["2026-11-13"]),
    ("The striker had been injury-free until Saturday.", ["2026-11-14"]),
    ("The mayor had been popular until Thursday.", ["2026-11-12"]),
], W)

test_a_time_allowed_until_a_day_still_looks_ahead = dated_test([
    ("Tenants had until Thursday to leave.", ["2026-11-19"]),
    ("The firm had been given until Friday to respond.", ["2026-11-20"]),
], W)
