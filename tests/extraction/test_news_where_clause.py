"""A date inside a relative "where" clause after its noun ("ease tensions in the region where the two
sides in June had their deadliest clash") takes that clause's tense, not the main clause's modal: the
verbs before "where" are another clause's (session 26, fresh34). A "where" clause with a modal of its
own, and "where to" (an infinitive, no clause), keep the future.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2024, 9, 12)

test_a_where_clauses_past_is_its_own = dated_test([
    (PUB, "Both armies should pull back from the valley where the two sides in June fought a bloody battle.",
     ["2024-06"]),
    (PUB, "Inspectors will visit the plant where a fire broke out in July.", ["2024-07"]),
    (PUB, "The team will return to the stadium where it won the cup in May.", ["2024-05"]),
    (PUB, "Residents must stay away from the area where the blaze started on Monday.", ["2024-09-09"]),
])

test_a_where_clause_ahead_or_an_infinitive_keeps_the_future = dated_test([
    (PUB, "Officials will visit the town where troops will deploy in November.", ["2024-11"]),
    (PUB, "The board will decide where to hold the meeting on Friday.", ["2024-09-13"]),
    (PUB, "The firm will open a plant in Ohio where it expects to hire 500 workers in March.", ["2025-03"]),
])
