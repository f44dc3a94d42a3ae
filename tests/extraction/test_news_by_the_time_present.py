"""A day at the end of a "by the time" clause whose verb is a present ("Snow totals by the time it winds
up Wednesday were expected to reach a foot"): that clause looks ahead whatever the main clause's tense,
so the day is the coming one (session 26, fresh34). A past verb there ("by the time it ended Wednesday")
keeps the day gone by.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2024, 6, 4)

test_a_present_by_the_time_clause_looks_ahead = dated_test([
    (TUE, "Rain totals by the time the system winds down Thursday were forecast to top four inches.",
     ["2024-06-06"]),
    (TUE, "By the time the storm clears Friday, up to two feet of snow could fall.", ["2024-06-07"]),
    (TUE, "By the time she arrives on Saturday, the house was supposed to be ready.", ["2024-06-08"]),
    (TUE, "By the time the front finally moves through Thursday, rain will total two inches.", ["2024-06-06"]),
    (TUE, "By the time the ferry docks in Halifax on Friday, the crew will have repaired the radar.",
     ["2024-06-07"]),
    (TUE, "By the time the gates open on Saturday, the lawn will be dry.", ["2024-06-08"]),
])

test_a_past_by_the_time_clause_stays_past = dated_test([
    (TUE, "By the time the storm ended Sunday, two feet of snow had fallen.", ["2024-06-02"]),
    (TUE, "Rain totals by the time it wound down Monday reached four inches.", ["2024-06-03"]),
    (TUE, "The store was closed by the time she arrived Monday.", ["2024-06-03"]),
    # ... an -s noun after a past verb and its object, or "by the time of" (no clause)
    (TUE, "By the time rescuers reached the huts Sunday, the snow had buried them.", ["2024-06-02"]),
    (TUE, "By the time the shop shut its doors Monday, every heater was sold.", ["2024-06-03"]),
    (TUE, "By the time of the talks on Monday, the sides had agreed on most points.", ["2024-06-03"]),
    (TUE, "By the time the flood hit farms Sunday, most herds had been moved.", ["2024-06-02"]),
])
