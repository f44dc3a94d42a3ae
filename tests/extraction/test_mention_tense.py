"""A weekday's tense as MentionTenses corrects it (timeline/extraction/mention_tense.py): a part of the
day's possessive naming a result ("Tuesday night's defeat") is gone by whatever tense is around it, as
a day's possessive already was ("Tuesday's defeat"); a day's forecast named by its possessive
("Thursday's forecast also shows showers") is of the coming day unless its clause tells it gone by.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles (weekdays-j and -i showed the kinds: wdj-17, wdi-05).
"""
import datetime as dt

from dated import dated_test

FRI = dt.date(2024, 3, 15)  # Tuesday 12 March three days back, 19 March four ahead

test_a_part_of_the_days_result_is_gone_by = dated_test([
    (FRI, "They will look to wipe Tuesday night's defeat from the memory.", ["2024-03-12"]),
    (FRI, "They will celebrate Wednesday night's win at the club.", ["2024-03-13"]),
    # near neighbour: a part of the day's fixture still ahead
    (FRI, "They will play Saturday night's game at home.", ["2024-03-16"]),
])

WED = dt.date(2024, 3, 13)  # Thursday 7 March six days back, 14 March tomorrow

test_a_days_forecast_is_of_the_coming_day = dated_test([
    (WED, "Rain fell on Tuesday, and Thursday's forecast also shows showers.", ["2024-03-12", "2024-03-14"]),
    (WED, "On Tuesday, there was heavy rain in the city - and Thursday's forecast also shows showers.",
     ["2024-03-12", "2024-03-14"]),
    # near neighbours: a forecast told as gone by, and one of the coming day already read so
    (WED, "Thursday's forecast was wrong.", ["2024-03-07"]),
    (WED, "Sunday's forecast calls for snow.", ["2024-03-17"]),
])
