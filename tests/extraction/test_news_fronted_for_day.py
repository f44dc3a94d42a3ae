"""A sentence opened by "For" and a bare weekday with a comma after it, the rest told with no past ("For
Friday, traders see the peso between 55.50 and 55.70", "For Saturday night, the outlook calls for rain"):
the day an outlook or a plan is for, still to come (the publication day itself when it is that day). A
past after it ("For Friday, the forecast called for rain") keeps the day gone by.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 27, fx46).
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2023, 6, 22)


test_a_fronted_for_day_told_in_the_present_lies_ahead = dated_test([
    (THU, "For Friday, dealers see the rupee moving between 82.10 and 82.40.", ["2023-06-23"]),
    (THU, "For Saturday night, the outlook calls for heavy rain.", ["2023-06-24"]),
    (THU, "For Monday, the bond is seen trading in a narrow range.", ["2023-06-26"]),
])

test_other_fronted_days_stay = dated_test([
    (THU, "For Wednesday, the forecast called for rain.", ["2023-06-21"]),
    (THU, "On Friday, dealers saw the rupee weaken.", ["2023-06-16"]),
])
