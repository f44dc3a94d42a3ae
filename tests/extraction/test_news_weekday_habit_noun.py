"""A weekday before a habit's noun: "your Saturday morning routine", "his Sunday ritual", "a Friday
tradition" name every such day, no day. A possessive ("Saturday's routine was upset") is one day's,
and "routine" as an adjective ("a Saturday routine inspection") heads one day's happening.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 25, fp8).
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 5, 15)


test_a_weekday_before_a_habit_noun_is_no_day = dated_test([
    (WED, "Make the market part of your Saturday morning routine.", []),
    (WED, "A long walk by the river is her Sunday ritual.", []),
    (WED, "Residents say the fish fry has become a Friday tradition.", []),
    (WED, "His Monday routine starts with a 5 a.m. swim.", []),
    # ... but one day's routine, a routine check on a day, a day told beside the habit
    (WED, "Saturday's routine was upset by the storm.", ["2024-05-11"]),
    (WED, "The Saturday morning routine inspection found a gas leak.", ["2024-05-11"]),
    (WED, "The mayor broke with routine on Saturday.", ["2024-05-11"]),
    (WED, "Last Saturday morning the routine patrol found a leak.", ["2024-05-11"]),
])
