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


# ... and for "early" or "late" in the day ("Storms were predicted for early Friday"; rv18's open row).
test_a_past_plan_for_early_or_late_in_a_day_is_the_coming_day = dated_test([
    (dt.date(2026, 12, 9), "Hail was predicted for early Friday.", ["2026-12-11"]),
    (dt.date(2026, 12, 9), "The ferry was due in port late Thursday.", ["2026-12-10"]),
    (dt.date(2026, 12, 9), "Hail fell early Friday.", ["2026-12-04"]),
    (dt.date(2026, 12, 9), "The ferry was due in port late Thursday but sank.", ["2026-12-03"]),
])
