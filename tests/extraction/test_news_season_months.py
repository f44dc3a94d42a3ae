"""A season across the turn of a year named by its two years ("the 2008-09 season", "the 2013/14
campaign", "the 2023-24 school year") says which year the yearless months and days told after it
take: August to December its first year, January to July its second, as long as the text tells of
that season (up to a running anchor's reach from the last date told in it, no date outside it in
between). A month with "last"/"this"/"next", a day with its weekday, a fiscal year (whose first
month is the firm's own) and a season far back or left for another date keep the reading they had.
Written sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2022, 4, 16)


test_the_months_told_after_a_season_lie_in_it = dated_test([
    ("He left the club in the 2008-09 season. Sbragia took over in early December.", ["2008/2009", "2008-12"]),
    ("He left the club in the 2008-09 season. The team was bottom of the league in late October.",
     ["2008/2009", "2008-10"]),
    ("He was sacked in the 2008-09 season. His successor resigned in May after the final game.",
     ["2008/2009", "2009-05"]),
    ("The 2013/14 campaign was a hard one for Fulham. They sacked Jol in December and Meulensteen in "
     "February.", ["2013/2014", "2013-12", "2014-02"]),
    ("The 2015-16 Premier League season ended in a surprise. Ranieri's side went top on 21 November.",
     ["2015/2016", "2015-11-21"]),
    ("The 2010-11 school year was cut short. Classes stopped on March 3 after the flood.",
     ["2010/2011", "2011-03-03"]),
    # one date after another within the season, each from the one before
    ("He left in the 2008-09 season. Sbragia took over in early December. Spurs were bottom when Ramos "
     "departed in late October. Allardyce took over in mid December.",
     ["2008/2009", "2008-12", "2008-10", "2008-12"]),
], SAT)


test_what_keeps_its_reading = dated_test([
    # a fiscal year's months are the firm's own
    ("Spending rose in the 2015-16 fiscal year. The board met in March.", ["2015/2016", "2022-03"]),
    # "last" counts from the publication
    ("He left in the 2008-09 season. The club was sold last December.", ["2008/2009", "2021-12"]),
    # a date outside the season ends it
    ("He left in the 2008-09 season. He joined Leeds in June 2012 and left in March.",
     ["2008/2009", "2012-06", "2022-03"]),
    # too far from the season
    ("He left in the 2008-09 season. " + "The club changed hands twice and its fans grew restless. " * 8 +
     "The stadium closed in March.", ["2008/2009", "2022-03"]),
    # two years that are no season
    ("The 2008-10 slump hit hard. The plant closed in March.", ["2008/2010", "2022-03"]),
], SAT)
