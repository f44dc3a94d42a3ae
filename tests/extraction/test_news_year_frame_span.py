"""A year frame that opens a sentence ("Last year,", "Earlier this year,", "In 2019,", "Next year")
gives its year to the yearless months and days of a move or a range in its clause ("was moved from
April to October", "ran from July to September", "was moved from its spring slot to October"): that
year's, not the nearest ones the clause's tense finds. An end told with its year ("postponed from May
to July last year") gives it to the yearless start. A year phrase of another clause or a possessive
("Last year's winner said ...", "Last year, the mayor said the race moves ...") frames nothing.
Written texts, one general case per row.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2021, 9, 30)


test_a_year_frame_places_a_move_or_range = dated_test([
    ("Last year, the city marathon was moved from April to October because of the pandemic.",
     ["2020", "2020-04", "2020-10"]),
    ("In 2019, the regatta was moved from April to October.", ["2019", "2019-04", "2019-10"]),
    ("Earlier this year, the council vote was pushed back from March to June.", ["2021", "2021-03", "2021-06"]),
    ("Last year, the folk festival ran from July to September.", ["2020", "2020-07/2020-09", "2020-09"]),
    ("Last year, the trade summit was moved from March 3 to March 10.",
     ["2020", "2020-03-03", "2020-03-10"]),
    ("Last year, the book fair ran from March 3 to 10.", ["2020", "2020-03-03/2020-03-10", "2020-03-10"]),
    ("Next year, the road race moves from April to October.", ["2022", "2022-04", "2022-10"]),
    ("Last year the city marathon was moved from its traditional spring slot to October.", ["2020", "2020-10"]),
], THU)


test_an_end_with_its_year_places_the_start = dated_test([
    ("The cup final was postponed from May to July last year.", ["2020-05", "2020-07"]),
    ("The trade summit was moved from March 3 to March 10 last year.", ["2020-03-03", "2020-03-10"]),
], THU)


test_a_year_phrase_that_frames_nothing = dated_test([
    ("Last year's winner said the road race moves from April to October.", ["2020", "2021-04", "2021-10"]),
    ("Last year, the mayor said the road race moves from April to October.", ["2020", "2021-04", "2021-10"]),
], THU)
