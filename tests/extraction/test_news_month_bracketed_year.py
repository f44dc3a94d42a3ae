"""A month with its year phrase in brackets ("In the first part of November (last year), ...") is that
year's month, one statement, as "November last year" is (fp9's sample of unseen news). Rows written for
the test.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2022, 10, 10)

test_a_bracketed_year_phrase_places_its_month = dated_test([
    ('"In the first part of November (last year), we started going from ten cases a week to 150," '
     "the epidemiologist said.", ["2021-11"]),
    ("In November (last year), cases started rising.", ["2021-11"]),
], published=MON)

test_a_month_and_its_year_phrase_otherwise_stay = dated_test([
    ("In November last year, cases started rising.", ["2021-11"]),
    ("Cases rose in November (last year was worse).", ["2021-11", "2021"]),
], published=MON)
