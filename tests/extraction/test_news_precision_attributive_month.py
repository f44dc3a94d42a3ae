"""A yearless month (or day) used attributively before a noun ("a December rate cut",
"an April summit", "orders for November delivery"): the thing it names is
that month's, not the time of the clause's past verb. When that month is just
ahead of publication (at most a quarter), it is the coming one, not the one
almost a year back. Written sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

OCT30 = dt.date(2023, 10, 30)
MAR5 = dt.date(2024, 3, 5)


test_a_month_just_ahead_named_attributively_is_the_coming_one = dated_test([
    # What a past verb announces, plans or trades for lies ahead.
    (OCT30, "Central bank officials signaled a December rate cut.", ["2023-12"]),
    (OCT30, "Traders placed heavy orders for November delivery.", ["2023-11"]),
    (OCT30, "Investors bought January contracts at a discount.", ["2024-01"]),
    (OCT30, "The December wheat contract rose 2 cents.", ["2023-12"]),
    (MAR5, "The two leaders confirmed an April summit in Geneva.", ["2024-04"]),
    (MAR5, "The league announced a June exhibition match against the champions.", ["2024-06"]),
    # The same for a yearless day named attributively.
    (OCT30, "The union gave the company a Nov. 15 deadline.", ["2023-11-15"]),
    (OCT30, "Lawmakers scrapped the Dec. 12 vote on the budget.", ["2023-12-12"]),
])


test_a_month_read_as_past_stays_past = dated_test([
    # The month itself as the clause's time keeps the past reading.
    (OCT30, "The company posted a loss in December.", ["2022-12"]),
    (MAR5, "Officials met in April to review the plan.", ["2023-04"]),
    # A month far ahead is the one gone by ("the July decision" in March).
    (MAR5, "The court overturned the July decision.", ["2023-07"]),
    # A happening that is no plan ("the December crash"), and figures, which cover a month gone by.
    (OCT30, "Investigators blamed the pilot for the December crash.", ["2022-12"]),
    # The named thing as the subject of the past verb happened.
    (OCT30, "The December meeting ended without a deal.", ["2022-12"]),
    # A month with its own modifier is unchanged.
    (OCT30, "The company posted a loss last December.", ["2022-12"]),
    # A day: its own time, the subject, or a happening nobody plans.
    (OCT30, "The plant closed on Dec. 12.", ["2022-12-12"]),
    (OCT30, "The Dec. 12 deadline passed without a deal.", ["2022-12-12"]),
    (OCT30, "Police arrested a suspect in the Dec. 12 shooting.", ["2022-12-12"]),
    # A past year's named happening stays no day of the coming year.
    (dt.date(2023, 6, 12), "Security was tightened after the September 11 terrorist attacks.", []),
])
