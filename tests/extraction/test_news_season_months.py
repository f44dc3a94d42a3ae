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


# rv11's review of 1169109: a date of now told after a season keeps its reading. The season places
# only dates whose clause tells of the past; a future or present verb, "now" or a quote ends it; a
# season in a relative clause ("Jones, who captained ...") or after "after the" places nothing, one
# after "ahead of"/"before the" nothing in its own sentence; a season as a level or a campaign for an
# office names no season the dates lie in. (The publication is a Saturday, 2022-04-16.)
test_a_date_of_now_after_a_season = dated_test([
    ("Smith, who won the league in the 2008-09 season, will be inducted into the hall of fame on May 2.",
     ["2008/2009", "2022-05-02"]),
    ("Coach Lee, fired after the 2018-19 season, was hired by Leeds on March 30.", ["2018/2019", "2022-03-30"]),
    ("Smith won the title in the 2008-09 season. He now coaches in Leeds, where his team plays its final game "
     "on May 9.", ["2008/2009", "2022-05-09"]),
    ("Ruiz scored 30 goals in the 2013/14 season.\n\nHe will return to the club as a coach on July 1.",
     ["2013/2014", "2022-07-01"]),
    ("Jones, who captained the side in the 2008-09 season, died on March 30.", ["2008/2009", "2022-03-30"]),
    ("The 2019-20 season was cut short by the pandemic. Tickets for the final go on sale on May 1.",
     ["2019/2020", "2022-05-01"]),
    ("In the 2015-16 season, Leicester won the title. The club will unveil a statue of its manager on Aug. 1.",
     ["2015/2016", "2022-08-01"]),
    ('"The 2008-09 season was magical," Smith said. "We will celebrate it again on May 16."',
     ["2008/2009", "2022-05-16"]),
    ("The 2021-22 school year ends on June 12, and the district will open its new high school on Aug. 19.",
     ["2021/2022", "2022-06-12", "2022-08-19"]),
    ("Preseason training for the 2022-23 campaign begins on July 6.", ["2022/2023", "2022-07-06"]),
    ("In the 2013/14 season, City won the league on May 11.\n\nCity play Arsenal on May 2 in a game that could "
     "decide the title.", ["2013/2014", "2014-05-11", "2022-05-02"]),
    ("Attendance is back to 2018-19 season levels. The club hosts Leeds on May 2.", ["2018/2019", "2022-05-02"]),
    ("She launched her 2017-18 campaign for governor on March 3.", ["2017/2018", "2022-03-03"]),
], SAT)


test_past_dates_after_a_season_still_lie_in_it = dated_test([
    ("In the 2008-09 season, Giggs scored on Sept. 13 and again on Feb. 14.",
     ["2008/2009", "2008-09-13", "2009-02-14"]),
    ("They lost only once at home in the 2018/19 season, on Oct. 20.", ["2018/2019", "2018-10-20"]),
    ("Ruiz arrived from Porto before the 2017-18 campaign.\n\nHe scored twice on Oct. 3 and was sent off on "
     "March 12.", ["2017/2018", "2017-10-03", "2018-03-12"]),
], SAT)
