"""A story's dateline day as its "today": a wire story filed the day before it was published
("LAGOS, March 13 (Reuters) - ... today") says "today", "yesterday" and "tomorrow" of the day it
was written, the dateline's, not of the publication date its page carries.

Each row: the publication date, the text, the dates the engine must give, in order. The
sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2024, 3, 14)

test_dateline_day_is_the_stories_today = dated_test([
    (THU, "LAGOS, March 13 (Reuters) - The central bank raised its main rate today, officials said.",
     ["2024-03-13"]),
    (THU, "QUITO, Ecuador, March 13, (Reuters) - Police arrested two men today, a spokesman said.",
     ["2024-03-13"]),
    (THU, "Sofia, March 13\nThe cabinet today approved the draft budget.", ["2024-03-13"]),
    (THU, "LAGOS, March 12 (Reuters) - The strike began yesterday and will end tomorrow, the union said.",
     ["2024-03-11", "2024-03-13"]),
    # Not: a dateline of the publication day, or one older than a week (not the day the story
    # was written), or a date that is no dateline.
    (THU, "LAGOS, March 14 (Reuters) - The central bank raised its main rate today.", ["2024-03-14"]),
    (THU, "On March 13, the bank raised rates. Today it held its board meeting.", ["2024-03-13", "2024-03-14"]),
    (THU, "The bank raised rates on March 13, and today it held its board meeting.",
     ["2024-03-13", "2024-03-14"]),
    (THU, "March 13 was a busy day. Today the board met again.", ["2024-03-13", "2024-03-14"]),
])
