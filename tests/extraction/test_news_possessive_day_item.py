"""A day's possessive after a list's comma ("..., and Sunday's trade") heads an item of its own: a
happening of that day, not the next day of a run that began with the day before it. So a past
clause's "the trade from Tuesday night, and Sunday's deal" in a Wednesday paper keeps both days the
last ones (yesterday and three days back), neither as the range "from Tuesday ... and Sunday" (a
range's "and" pairs with "between"; "from" runs "to", "through" or "until") nor as a run of days laid
from Tuesday past the publication day and moved back a week.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 3, 20)

test_a_possessive_day_after_a_lists_comma_is_an_item_of_its_own = dated_test([
    (WED, "Neither the Jones signing from Tuesday night, nor the trade, nor Sunday's Smith deal moved "
          "the needle.", ["2024-03-19", "2024-03-17"]),
    (WED, "Even the Jones trade from Tuesday night, and Sunday's Smith trade failed to impress scouts.",
     ["2024-03-19", "2024-03-17"]),
    (WED, "Fans cheered the Jones signing on Tuesday, and Sunday's Smith trade.", ["2024-03-19", "2024-03-17"]),
    (WED, "The blackout of Monday evening, and Saturday’s flooding, cost the city millions.",
     ["2024-03-18", "2024-03-16"]),
])

test_runs_and_ranges_of_days_stay = dated_test([
    # a shared possessive over a pair: one list of days, as before
    (WED, "Monday and Tuesday's games were rained out.", ["2024-03-18", "2024-03-19"]),
    # a plain run in a past clause that would pass the publication day: last week's, as before
    (WED, "The strike ran Tuesday, Wednesday and Thursday.", ["2024-03-12", "2024-03-13", "2024-03-14"]),
    # "between ... and", "from ... to": ranges (and their ends), as before
    (WED, "The market was closed between Monday and Wednesday.", ["2024-03-18/2024-03-20", "2024-03-20"]),
    (WED, "The fair ran from Monday to Wednesday.", ["2024-03-18/2024-03-20", "2024-03-20"]),
])
