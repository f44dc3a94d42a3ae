"""A word ending in "in" or "of" before "tomorrow" (fp6's sample of unseen news, session 21: a
forecast's "Temperatures jump rapidly again tomorrow." was no statement). Sentences written for the
test, none taken from an article. Each row: text, the dates the engine must give.

"The leaders of tomorrow", "in tomorrow's world" name no day (non_dates._GENERIC_DAY); the test
looked at the letters before "tomorrow" with no word boundary, so "again", "rain", "begin", "join"
and "Spain" before it read as "in" and the day was dropped.
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2023, 8, 23)  # a Wednesday

test_a_word_ending_in_in_keeps_tomorrow = dated_test([
    ("Temperatures jump rapidly again tomorrow.", ["2023-08-24"]),
    ("Expect more rain tomorrow, forecasters said.", ["2023-08-24"]),
    ("The talks begin tomorrow in Geneva.", ["2023-08-24"]),
    ("The two ministers will join tomorrow's session by video.", ["2023-08-24"]),
    ("The king arrives in Spain tomorrow for a state visit.", ["2023-08-24"]),
], published=PUB)

test_of_or_in_tomorrow_names_no_day = dated_test([
    ("The academy trains the leaders of tomorrow.", []),
    ("Schools must prepare children for success in tomorrow's world.", []),
], published=PUB)
