"""False statements found by fp28's precision sample (session 39: obituaries, anniversaries, explainers and
timelines, "Key dates" lists and history features of 2015-2025 from news sites and broadcasters), each kind with
the near neighbours that must stay dated. Rows written for the test, not the pages' text.

- a timeline's entry opened by a "Month YEAR:" label ("— March 2011: Protests erupt ... On March 15, a protest is
  held"): a yearless day of that month (or a later one) on the entry's line is of the label's year, not the paper's;
- yearless "Month D:" entries listed under a year heading ("Key dates since the annexation: 2014 / February 27:
  ... / March 16: ..."): of the heading's year;
- that list's year heading closing its lead after a colon ("Key dates since the annexation: 2014"): no happening;
- a year that is its clause's subject, told of as a span of time ("Simple math tells us that 1969 was 50 years
  ago", "1969 remains the most eventful year of our lives") or made into an anniversary ("which makes 2019 the golden
  anniversary of ...") or a year wished for ("hope to make 2026 the year of ..."): no happening.
Narrowed by fp28m after rv35's probes: a lower-case sentence after "Month YEAR:", a day that "will" come after a label
of a year gone by, a list crossing the year's turn, a fact box's "Opened: 1932", a measured record ("remains the
hottest year on record", "made 2023 the wettest year") stay as main reads them.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2017, 5, 17)  # a Wednesday

test_a_yearless_day_in_a_month_year_entry_is_of_its_year = dated_test([
    ("— March 2011: Protests erupt in the city. On March 15, a protest is held in the capital.",
     ["2011-03", "2011-03-15"]),
    ("• August 2012: Talks collapse. On Aug. 20, the president warns of a red line.",
     ["2012-08", "2012-08-20"]),
    ("• June 2013: Troops cross the border and on June 30 the rebels retreat.",
     ["2013-06", "2013-06-30"]),
    ("- October 2010: Floods hit the south. By October 28, more than 200 people have died.",
     ["2010-10", "2010-10-28"]),
], published=WED)

test_a_feature_s_fronted_month_year_is_no_entry_label = dated_test([
    # a "Month YEAR:" opening a sentence that goes on in lower case is a feature's fronted time, told on to now
    # (rv35): the coming day after it is the paper's year
    ("May 2016: that was when the river last burst its banks. On May 20, residents will mark the day with a vigil.",
     ["2016-05", "2017-05-20"]),
    ("October 2012: the last time the club won away. On Oct. 26, they visit Leeds.", ["2012-10", "2017-10-26"]),
    # (a capital after the label, in a list: a bullet, or another label line: the timeline's entry, its day of
    # the label's year)
    ("— October 2012: The club wins away. On Oct. 26, they visit Leeds.", ["2012-10", "2012-10-26"]),
    ("March 2011: Protests erupt.\nJune 2011: Troops move in. On June 6, the army shells the town.",
     ["2011-03", "2011-06", "2011-06-06"]),
    # a single unbulleted label line opening a feature, told on to now in the present (rv35): the paper's year
    ("October 2012: The last time the club won away. On Oct. 26, they visit Leeds.", ["2012-10", "2017-10-26"]),
    # a day told ahead by "is due to" after a label of a year gone by (rv35)
    ("— April 2015: Fire guts the cathedral. In December, the cathedral is due to reopen.", ["2015-04", "2017-12"]),
    # a day whose clause "will" come, after a label of a year gone by, is the coming one (rv35)
    ("— June 1944: He lands on Omaha Beach. On June 6, the veteran will return to Normandy.",
     ["1944-06", "2017-06-06"]),
    ("— April 2015: A fire guts the cathedral. In December, the cathedral will reopen.", ["2015-04", "2017-12"]),
    # (the entry told in the historical present: its label's year)
    ("— June 1944: The Allies land on Omaha Beach. On June 6, the invasion begins.", ["1944-06", "1944-06-06"]),
], published=WED)

test_yearless_entries_under_a_year_heading_are_of_its_year = dated_test([
    ("Key dates in the dispute since the annexation:\n2014\nFebruary 27: Troops seize the regional parliament.\n"
     "March 16: Residents vote in a referendum.\nJuly 17: A passenger plane is shot down over the east.",
     ["2014-02-27", "2014-03-16", "2014-07-17"]),
    ("Key dates:\n2014\nFebruary 27-28: Troops take over the peninsula.\nMarch 16: Residents vote.",
     ["2014-02-27/2014-02-28", "2014-02-28", "2014-03-16"]),
    ("Key events:\n2013\nAug. 21: Hundreds die in a gas attack near the capital.\n"
     "Sept. 14: The two powers announce a deal on the weapons.",
     ["2013-08-21", "2013-09-14"]),
    # a list crossing the year's turn: from December to January is the next year (rv35)
    ("Key dates:\n2012\nDec. 31: The first cases are reported.\nJan. 11: The first death is reported.",
     ["2012-12-31", "2013-01-11"]),
    ("School calendar\n2016\nSept. 6: Classes begin.\nFeb. 3: The winter term begins.",
     ["2016-09-06", "2017-02-03"]),
    ("School calendar\n2016\nAug. 29: Classes begin.\nJan. 9: The winter term begins.",
     ["2016-08-29", "2017-01-09"]),
    # (a list going back in time falls by less than that: one year)
    ("Last meetings:\n2016\nMay 13: Leeds 2 Hull 1\nMarch 4: Hull 0 Leeds 0", ["2016-05-13", "2016-03-04"]),
], published=WED)

test_yearless_days_outside_a_dated_entry_stay = dated_test([
    ("The committee met on March 3, 2011. On March 15, the report will be published.",
     ["2011-03-03", "2018-03-15"]),
    ("Timeline:\nFebruary 27: Troops seize the regional parliament.", ["2017-02-27"]),
    ("Prices rose sharply in 2014.\nMarch 16: Shares fell 3 percent.", ["2014", "2017-03-16"]),
], published=WED)

test_a_year_heading_over_yearless_entries_is_no_happening = dated_test([
    ("Key dates in the dispute since the annexation: 2014\nFebruary 27: Troops seize the regional parliament.\n"
     "March 16: Residents vote in a referendum.",
     ["2014-02-27", "2014-03-16"]),
    ("Here is how the crisis unfolded:\n\n2015:\n\nJan. 22: The airport falls to the rebels.",
     ["2015-01-22"]),
], published=WED)

test_a_year_closing_a_told_line_stays = dated_test([
    ("Shares of the company peaked in 2014\nMarch 16: Shares fell 3 percent.", ["2014", "2017-03-16"]),
    ("The plant closed in 2014:\nworkers lost their jobs.", ["2014"]),
    # a fact box's one-word label is no list's lead: the day below is not of its year (rv35; the label line's own
    # year is label_line's to judge, as on main)
    ("Key facts about the bridge\nOpened: 1932\nMay 19: Closed for repairs until the autumn.", ["2017-05-19"]),
    ("Founded: 1901\nJune 3: The club plays its first match of the summer.", ["2017-06-03"]),
    ("Year the bridge opened: 1932\nMay 19: Closed for repairs until the autumn.", ["1932", "2017-05-19"]),
], published=WED)

APR19 = dt.date(2019, 4, 23)  # a Tuesday

test_a_year_told_of_as_a_span_is_no_happening = dated_test([
    ("Simple math tells us that 1969 was 50 years ago.", []),
    ("1989 was 30 years ago, and the wall is long gone.", []),
    ("An argument could be made that 1969 remains the most eventful year of our lives.", []),
    ("For baby boomers, 1968 remains one of the darkest years in memory.", []),
    ("For many, 2001 remains the saddest year they can remember.", []),  # (a near neighbour of the records below)
    # in capitals: the year and its "50 YEARS AGO" go together (the ago mention read by one test, cr39 A3)
    ("Simple math tells us that 1969 WAS 50 YEARS AGO.", []),
    ("That 1994 was twenty-five years ago is hard to believe.", []),
], published=APR19)

test_a_happening_s_year_before_was_or_remains_stays = dated_test([
    ("The flood of 1969 was the worst on record.", ["1969"]),
    ("The dam built in 1969 remains the largest in the state.", ["1969"]),
    ("In 1969 remains of a ship were found near the river.", ["1969"]),
    ("The moon landing in 1969 was 50 years ago.", ["1969"]),
    # a measured record of the year, not a year remembered (rv35): dated
    ("2016 remains the hottest year on record, NASA said.", ["2016"]),
    ("For the bank, 2008 remains the biggest loss in its history.", ["2008"]),
    ("2020 remains one of the deadliest years on record for miners.", ["2020"]),
    ("2021 remains the deadliest year for miners in the region, the union said.", ["2021"]),
    ("For the farm, 2012 remains the driest summer anyone can remember.", ["2012"]),
    ("2009 remains the worst year the industry has known.", ["2009"]),
], published=APR19)

test_a_year_made_into_a_span_is_no_happening = dated_test([
    ("That makes 2019 the golden anniversary of the moon landing.", []),
    ("Officials hope to make 2026 the year of the bridge.", []),
    ("The mayor said: Make 2026 the year of the bridge.", []),  # a capital "Make" (cr39 A2)
    ("That made 2018 the 30th anniversary of the club's founding.", []),
], published=APR19)

test_a_happening_s_year_after_made_stays = dated_test([
    ("She made her 2019 debut in Paris.", ["2019"]),
    ("He made 2018 his best season yet.", ["2018"]),
    # a year what happened in it made a record or a kind of year (rv35): dated
    ("The pandemic made 2020 a year to forget for restaurants.", ["2020"]),
    ("A late surge of storms made 2021 the wettest year on record.", ["2021"]),
    ("The new law makes 2027 the first year in which teenagers can vote.", ["2027"]),
    ("The club made 2012 the year of its move to a new ground.", ["2012"]),
], published=APR19)
