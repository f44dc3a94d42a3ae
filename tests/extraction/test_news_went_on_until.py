"""A simple past of going on right before "until" a weekday ("The fire burned until Tuesday night",
"The sit-in continued until Friday"): what went on up to the day is over, the day gone by, not the end
of a warning still ahead. Near neighbours: a future ("will continue until Friday"), a present ("runs
until Friday") and a put-off with its object ("continued the case until Friday") still look ahead.
Sentences written for the test."""
import datetime as dt

from dated import dated_test

W = dt.date(2026, 11, 18)  # a Wednesday

test_a_past_going_on_until_a_day_is_over = dated_test([
    ("The blaze started Monday and raged until Tuesday night.", ["2026-11-16", "2026-11-17"]),
    ("The sit-in continued until Friday.", ["2026-11-13"]),
    ("The celebrations went on until Saturday.", ["2026-11-14"]),
], W)

test_a_span_still_ahead_until_a_day_stays = dated_test([
    ("The sit-in will continue until Friday.", ["2026-11-20"]),
    ("The judge continued the hearing until Friday.", ["2026-11-20"]),
    ("The flood watch runs until Friday.", ["2026-11-20"]),
], W)


test_a_passive_put_off_until_a_day_stays_ahead = dated_test([
    ("The hearing was continued until Friday.", ["2026-11-20"]),
], W)
