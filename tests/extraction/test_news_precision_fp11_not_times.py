"""Session 29, fp11: date-like words in news that are no time of a happening, each kind in general
form on written sentences (bench/realnews/README.md, "Annotation conventions"), with the near
neighbours that must stay dated:

- a 24-hour clock of four digits that reads like a year: before "local" ("at 1615 local (1915 GMT)") and
  in a span with another clock ("a curfew between 1900 and 0600", "from 0600 to 2000"), where no year is
  written with a leading zero ("local elections" after a year, and spans of years, keep theirs).
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2024, 5, 9)  # a Thursday


test_24_hour_clock_is_no_year = dated_test([
    ("The session began at 1615 local (1915 GMT).", []),
    ("Polls close at 1700 local on Sunday.", ["2024-05-12"]),
    ("The army imposed a curfew between 1900 and 0600 hours.", []),
    ("A curfew from 2000 to 0600 remains in force in the capital.", []),
    ("The curfew was extended from 1900 to 0500 local time.", []),
    ("The curfew runs from 0600 to 2000 each day.", []),
    ("Bars must close from 1900 to 2300 hours under the order.", []),
], published=THU)


test_years_beside_local_and_in_spans_stay_years = dated_test([
    ("In 2019 local elections were held across the country.", ["2019"]),
    ("Since 2016 local councils have lost a third of their funding.", ["2016/2024"]),
    ("Between 2000 and 2010 the town doubled in size.", ["2000/2010", "2010"]),
    ("Prices rose between 2008 and 2012 in most cities.", ["2008/2012", "2012"]),
], published=THU)

