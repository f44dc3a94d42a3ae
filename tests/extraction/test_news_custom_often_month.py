"""A month in a custom told with "often", "frequently" or "regularly" before its present ("the
weather often gets hot in July"), reported in the past ("Critics said ..."): every year's month, as
with "usually" or "typically". Not a comparison ("ran more often in July") nor a past of its own after
the custom's clause ("The river often floods, and it flooded in May").

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 25, fp8).
"""
import datetime as dt

from dated import dated_test

AUG = dt.date(2023, 8, 9)


test_often_before_a_present_makes_a_reported_month_a_custom = dated_test([
    (AUG, "Critics said the city often gets hot in July.", []),
    (AUG, "Farmers told the inquiry that the river frequently floods in March.", []),
    (AUG, "Residents complained the road regularly closes in January.", []),
    (AUG, "Prices often rose in July, the report said.", []),
    # ... but a comparison, a past after the custom, a month the sentence dates
    (AUG, "Buses ran more often in July, the council said.", ["2023-07"]),
    (AUG, "The river often floods, and it flooded in May.", ["2023-05"]),
    (AUG, "Critics said the city got hot in July.", ["2023-07"]),
    (AUG, "Critics said the city often gets hot, but it was mild in July.", ["2023-07"]),
])
