"""A verb of belief in -ing with its object before "to be" ("thinking it to be genuine", "suspecting
them to be fake"): what a thing was taken to be, no plan; the clause keeps its own tense. Near
neighbours: a wish or a forecast with "to be" ("expect it to be", "want them to be") still looks ahead.
Sentences written for the test."""
import datetime as dt

from dated import dated_test

W = dt.date(2025, 9, 17)  # a Wednesday

test_a_belief_infinitive_is_no_plan = dated_test([
    (W, "She sold the coins thinking them to be worthless in August.", ["2025-08"]),
    (W, "He bought the painting suspecting it to be a copy in October.", ["2024-10"]),
    (W, "The clerk cashed the cheque assuming it to be valid in October.", ["2024-10"]),
    (W, "Considering him to be a flight risk, the judge denied bail on Monday.", ["2025-09-15"]),
    (W, "She hired the man presuming him to be a licensed builder in November.", ["2024-11"]),
])

test_a_wish_or_forecast_with_to_be_still_looks_ahead = dated_test([
    (W, "Officials expect the bridge to be finished in October.", ["2025-10"]),
    (W, "Expecting it to be busy, the store will open early on Friday.", ["2025-09-19"]),
    (W, "Fans want them to be back in November.", ["2025-11"]),
    (W, "Believing it to be safe, the city will reopen the beach in October.", ["2025-10"]),
])


# "finding/understanding it to be ..." may name an arrangement with its day ahead (rv18's review).
test_a_finding_with_a_day_ahead_still_looks_ahead = dated_test([
    (W, "Inspectors toured the plant Tuesday, finding it to be ready for its opening on Friday.",
     ["2025-09-16", "2025-09-19"]),
    (W, "The clubs signed the deal Monday, understanding it to be in force from Saturday.",
     ["2025-09-15", "2025-09-20"]),
])


# ... but a passive of a happening right before its date is that happening, ahead (rv19's review of the merge):
# the belief is about when it will be done, not what the thing is.
test_a_belief_in_a_passive_right_before_its_date_looks_ahead = dated_test([
    (W, "Traders bought shares on Monday, assuming it to be approved on Friday.", ["2025-09-15", "2025-09-19"]),
    (W, "Shops stocked up in August, presuming it to be opened in November.", ["2025-08", "2025-11"]),
    (W, "Thinking it to be decided on Thursday, lawmakers stayed in town.", ["2025-09-18"]),
    (W, "Knowing it to be stolen, he sold the car on Friday.", ["2025-09-12"]),
])
