"""A forecast's days: a headline or label with no verb, the weather right before its days ("Heavy
rain Friday and Saturday", "Wet Weekend: Storms likely Sunday night"), and the present of a round of
weather that comes again ("The cycle repeats Saturday"), name the coming days (or today), as "Rain
returns Tuesday" does. Not a report's verbless line with a place after the day ("Heavy rain Tuesday
in Houston"), nor a past ("Showers Tuesday flooded roads").

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 25, fp8).
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2024, 9, 12)


test_a_forecast_headline_names_the_coming_days = dated_test([
    (THU, "Soggy Weekend: Heavy rain Friday and Saturday\n\nFlood watches are up.", ["2024-09-13", "2024-09-14"]),
    (THU, "Storms likely Saturday night\n\nThe front stalls over the valley.", ["2024-09-14"]),
    (THU, "Gusty winds and rain Friday.", ["2024-09-13"]),
    (THU, "The heaviest rain is likely Friday morning. The cycle repeats Saturday.", ["2024-09-13", "2024-09-14"]),
    (THU, "Showers fade by noon, and the pattern repeats itself on Sunday.", ["2024-09-15"]),
    # ... today's own day, a report's line with a place, a past
    (THU, "Heavy rain Thursday\n\nCommuters should allow extra time.", ["2024-09-12"]),
    (THU, "Heavy rain Tuesday in Houston\n\nRoads were closed.", ["2024-09-10"]),
    (THU, "Showers Tuesday flooded roads in the valley.", ["2024-09-10"]),
    (THU, "The cycle repeated on Tuesday, forecasters said.", ["2024-09-10"]),
])
