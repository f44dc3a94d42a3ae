"""Irregular past forms a clause's tense is read from ("withdrew", "laid off", "upheld", "underwent", "fled",
"taught", "oversaw"): with none of the known ones in the clause, a yearless month was read ahead ("The senator
withdrew from the race in January" in a December paper as next January) and "before <holiday>" as the
holiday's day. Their neighbours in the future, and the participles in a future clause ("Laid-off workers will
be paid in January"), keep their readings.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2025, 12, 3)

test_irregular_pasts_tell_the_past = dated_test([
    ("The governor withdrew her nomination in February.", ["2025-02"]),
    ("An appeals court upheld the verdict in March.", ["2025-03"]),
    ("The singer underwent surgery in January.", ["2025-01"]),
    ("Before Christmas, the mill laid off 60 workers.", []),
    ("She taught a class on the war in January.", ["2025-01"]),
    ("Thousands fled the region in January.", ["2025-01"]),
], published=PUB)

test_irregular_past_neighbours_keep_readings = dated_test([
    ("The governor will withdraw her nomination in February.", ["2026-02"]),
    ("Laid-off workers will be paid in January.", ["2026-01"]),
    ("The mill will lay off 60 workers before Christmas.", ["2025-12-25"]),
    ("The mill laid off 60 workers in November and will hire again in February.", ["2025-11", "2026-02"]),
    # (a series told finished before a "with" phrase: its fixture was played; "swept" is now a past)
    ("The Rangers swept the series, with the decisive game on Sunday.", ["2025-11-30"]),
    ("The Rangers won the title, with the final on Saturday.", ["2025-11-29"]),
    ("The Rangers lost on Sunday, with a rematch on Thursday.", ["2025-11-30", "2025-12-04"]),
], published=PUB)
