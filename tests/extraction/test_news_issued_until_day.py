"""A watch, a warning or a curfew issued in the past that runs "until" a day ("issued a flood watch for
four counties until 8 p.m. Wednesday") runs hours or days from its issue: its last day is the nearest
such day, yesterday's in a Thursday paper, not next week's; one further back than three days is the
coming one, as before, and so is the end of one in force now ("has issued") or with a verb of its own
("issued a curfew on Wednesday that will last until Monday").
"""
import datetime as dt

from dated import dated_test

THURSDAY = dt.date(2022, 7, 14)

test_a_warning_issued_until_a_day_names_the_nearest_day = dated_test([
    ("The weather service office in Tulsa issued a flood watch for four counties until 8 p.m. Wednesday.",
     ["2022-07-13"]),
    ("Forecasters issued an excessive heat warning for the valley until Tuesday evening.", ["2022-07-12"]),
    ("Police issued a curfew for the downtown district until 6 a.m. Wednesday.", ["2022-07-13"]),
], published=THURSDAY)

test_neighbours_of_the_warning_until_a_day_are_unchanged = dated_test([
    # the day ahead is nearer: the coming one
    ("Forecasters issued a flood watch for four counties until 8 p.m. Saturday.", ["2022-07-16"]),
    # no warning issued: "until" looks ahead, as before
    ("The city kept its pools open until Wednesday.", ["2022-07-20"]),
    ("A flood watch remains in effect until Friday.", ["2022-07-15"]),
    # in force now ("has issued"), a verb of its own before "until", or a state of emergency declared (which
    # may run for weeks): its end read as before
    ("The governor declared a state of emergency until Tuesday.", ["2022-07-19"]),
    ("The county has issued a flood warning for the river until 8 p.m. Tuesday.", ["2022-07-19"]),
    ("Officials have already issued a heat advisory until 9 p.m. Tuesday.", ["2022-07-19"]),
    ("The sheriff issued a curfew on Wednesday that will last until Monday.", ["2022-07-13", "2022-07-18"]),
], published=THURSDAY)
