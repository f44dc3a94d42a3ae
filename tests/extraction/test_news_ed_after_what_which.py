"""An "-ed" verb after "what" or "which" in a clause that looks ahead is that clause's own finite past.

"Investigators will try to determine what happened on Thursday" dates the happening, gone by, not
the future's day; a participle after a noun keeps the future's day."""
import datetime as dt

from dated import dated_test

MON = dt.date(2024, 5, 13)

test_an_ed_verb_after_what_or_which_tells_its_own_past = dated_test([
    (MON, "Investigators will try to determine what happened on Thursday.", ["2024-05-09"]),
    (MON, "The board will explain what caused the outage on Thursday.", ["2024-05-09"]),
    (MON, "Engineers will inspect the bridge which collapsed on Thursday.", ["2024-05-09"]),
    (MON, "Engineers will inspect the bridge, which collapsed on Thursday.", ["2024-05-09"]),
    # kept: "which" before a noun, and a plan's infinitive
    (MON, "The board will decide which proposal to adopt on Thursday.", ["2024-05-16"]),
])
