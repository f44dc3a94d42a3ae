"""The end of a stretch still to come, "by" or "until" the weekday of the paper's own day, after days
the text has just put ahead ("The storms will hit Saturday and Sunday ... move out by Monday" in a
Monday paper): the first such day after them, not today. Without such days before, or after a past
day, or across a paragraph, the paper's own day stays today.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 25, fp8).
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2025, 3, 3)


test_an_end_by_the_papers_weekday_after_days_ahead_is_next_week = dated_test([
    (MON, "The front will bring snow on Saturday and Sunday. It is expected to clear the region by Monday.",
     ["2025-03-08", "2025-03-09", "2025-03-10"]),
    (MON, "Crews will start the repairs Friday. The road will stay closed until Monday.",
     ["2025-03-07", "2025-03-10"]),
    (MON, "The storm will make landfall Saturday and weaken by Monday.", ["2025-03-08", "2025-03-10"]),
    # ... but no day ahead before it, a past day before it, a paragraph between, or no end word
    (MON, "The storm is expected to clear the region by Monday.", ["2025-03-03"]),
    (MON, "The storm hit on Saturday. It is expected to clear the region by Monday.", ["2025-03-01", "2025-03-03"]),
    (MON, "The storm will arrive Saturday.\n\nApplications are due by Monday.", ["2025-03-08", "2025-03-03"]),
])
