"""A yearless month (or a list of them) followed by "in <year>" takes that year, one statement ("in
late August in 2008" is August 2008, as "in 2008 in August" already was); followed by several years
("in late August and early September in both 2008 and 2011") it is a month of each, no one month's
date: the years are dated, the months not.
"""
import datetime as dt

from dated import dated_test

AUG = dt.date(2012, 8, 21)

test_months_take_the_years_after_them = dated_test([
    (AUG, "Diesel stayed under $4 in late July in 2009.", ["2009-07"]),
    (AUG, "Rents peaked in May and June in 2010.", ["2010-05", "2010-06"]),
    (AUG, "Prices stayed below $3.70 in late August and early September in both 2008 and 2011.",
     ["2008", "2011"]),
    (AUG, "Water levels dropped in July in 2005 and 2007.", ["2005", "2007"]),
])

test_other_months_and_years_stay = dated_test([
    (AUG, "Diesel stayed under $4 in 2009 in July.", ["2009-07"]),
    (AUG, "He left in March 2009 and returned in 2011.", ["2009-03", "2011"]),
    # a year that opens a clause of its own, or a count before its noun, ends the list (rv14's round)
    (AUG, "Orders peaked in May in 2018 and 2019 was flat.", ["2018-05", "2019"]),
    (AUG, "Rain fell in March in 2010, and 2011 was drier.", ["2010-03", "2011"]),
    (AUG, "The grocer cut prices in April in 1999 outlets.", ["2012-04", "1999"]),
    # a month, then a year of another phrase
    (AUG, "Prices rose in July, the highest since 2008.", ["2012-07", "2008/2012"]),
])
