"""A weekday's part before its "'s" ("Saturday night's final", "Friday morning's vote") is the day's
possessive, read by the rules for "Saturday's final": what one readies for in the present is still
to come. Near neighbours: a past clause or a happening nobody schedules keeps the day gone by.
Sentences written for the test."""
import datetime as dt

from dated import dated_test

MO = dt.date(2026, 11, 16)  # a Monday

test_a_day_parts_possessive_readied_for_is_ahead = dated_test([
    ("Crews are preparing for Friday night's parade.", ["2026-11-20"]),
    ("Tickets for Saturday afternoon's match are still available.", ["2026-11-21"]),
    ("Supporters are lining up for Saturday night's concert.", ["2026-11-21"]),
    ("Seats for Thursday evening's debate are sold out.", ["2026-11-19"]),
], MO)

test_a_day_parts_possessive_told_as_past_stays = dated_test([
    ("Crews prepared for Friday night's parade.", ["2026-11-13"]),
    ("Police are investigating Saturday night's shooting.", ["2026-11-14"]),
    ("Fans celebrated Saturday night's win.", ["2026-11-14"]),
], MO)
