"""Which way a bare weekday points (timeline/extraction/direction.py): a forecast's verbless weather
("Some dry clear spells on Tuesday night"), and a calling off for a day whose outcome clause is looked
for after its "and", not in an adjective before it ("due to the enhanced monsoon and the typhoon", "due
to the expected rain"); a present perfect's calling off with "also".

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles (weekdays-j showed the kinds: wdj-02, -10).
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2024, 3, 11)  # Tuesday 5 March six days back, 12 March tomorrow

test_a_forecasts_verbless_weather_is_ahead = dated_test([
    (MON, "Some dry clear spells on Tuesday night, but patches of mist about.", ["2024-03-12"]),
    (MON, "Scattered showers on Thursday, with highs of 12 degrees.", ["2024-03-14"]),
    # near neighbour: the weather told in the past
    (MON, "There were sunny spells on Friday.", ["2024-03-08"]),
])

test_a_calling_offs_outcome_is_told_after_its_cut = dated_test([
    (MON, "Several cities cancelled classes for Tuesday due to the enhanced monsoon and the typhoon.",
     ["2024-03-12"]),
    (MON, "The cities have also announced the suspension of classes on Tuesday in private and public schools "
          "due to the expected rain.", ["2024-03-12"]),
    # near neighbour: an outcome told in the clause after "and"
    (MON, "Cities cancelled classes for Tuesday, and the storm flooded roads.", ["2024-03-05"]),
    # ... and after a demonstrative that is the clause's subject (rv17: "this/that/these/those" no adjective's)
    (MON, "Cities cancelled classes for Tuesday, and that angered parents.", ["2024-03-05"]),
])
