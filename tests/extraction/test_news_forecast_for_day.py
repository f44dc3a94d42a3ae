"""A forecast or a plan told in the past with its day right after "for" ("Rain was forecast for
Friday", "Snow was predicted for Saturday"): as "was forecast to arrive Friday", the nearest such day,
the coming one when the last lies further back. Near neighbours: an outcome told after it ("..., but it
stayed dry") keeps the day gone by; "for" before another word ("forecast for greatness on Saturday")
is no day's plan. Sentences written for the test."""
import datetime as dt

from dated import dated_test

TH = dt.date(2026, 11, 19)  # a Thursday

test_a_forecast_for_a_day_told_in_the_past_is_the_coming_day = dated_test([
    ("Sleet was forecast for Friday.", ["2026-11-20"]),
    ("Strong winds were predicted for Saturday.", ["2026-11-21"]),
    ("Frost was forecast for Friday and Saturday.", ["2026-11-20", "2026-11-21"]),
], TH)

test_a_forecast_with_its_outcome_or_another_object_stays = dated_test([
    ("Sleet was forecast for Friday, but it stayed dry.", ["2026-11-13"]),
    ("The rookie was predicted for stardom on Saturday.", ["2026-11-14"]),
], TH)
