"""Offsets from a holiday and from a year's end (issue 12, precision on real news): the
holiday or the year only says where a count starts. Each row: publication date, text, the
dates the engine must give (uncertain statements included), in order. Sentences written
for the test, not taken from any article.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

DEC20 = dt.date(2023, 12, 20)
NOV27 = dt.date(2023, 11, 27)


test_a_count_from_a_holiday_dates_no_holiday = dated_test([
    # A loose count before or after a holiday dates neither the holiday nor a day.
    (DEC20, "More than a week before Christmas, shoppers crowded the mall.", []),
    (DEC20, "Less than a week before Christmas, the storm hit the coast.", []),
    (DEC20, "Just days before Christmas, the plant shut down.", []),
    (DEC20, "Sales fell in the weeks before Christmas.", []),
    (DEC20, "The plant shut down shortly before Christmas.", []),
    (DEC20, "In the run-up to Christmas, sales fell.", []),
    (DEC20, "Shoppers crowded the mall ahead of Christmas.", []),
    (NOV27, "Flights were cancelled in the days after Thanksgiving.", []),
    (NOV27, "The storm hit the weekend before Thanksgiving.", []),
    (DEC20, "The plant shut down the week of Christmas.", []),
    # An exact count ahead of or prior to a holiday dates its day, as "a week before" does;
    # its eve is the day before.
    (DEC20, "On the eve of Christmas, the plant shut down.", ["2023-12-24"]),
    (DEC20, "A week ahead of Christmas, shoppers crowded the mall.", ["2023-12-18"]),
    (NOV27, "The storm hit two days prior to Thanksgiving.", ["2023-11-21"]),
    (DEC20, "Three days ahead of Christmas the plant shut down.", ["2023-12-22"]),
    # ... and its tense is the clause's, as with "before": a past one gone by in January, not ahead
    (dt.date(2024, 1, 9), "Retailers hired 50,000 workers a week ahead of Christmas.", ["2023-12-18"]),
    (dt.date(2024, 1, 9), "A week ahead of Christmas, the firm cut 300 jobs.", ["2023-12-18"]),
    (dt.date(2023, 12, 4), "Stores were busy a day ahead of Thanksgiving.", ["2023-11-22"]),
    (dt.date(2024, 1, 9), "Retailers will hire workers a week ahead of Christmas.", ["2024-12-18"]),
    # ... a weekday's count keeps looking ahead: the arrival is past, the final still to come.
    (dt.date(2024, 1, 11), "The team arrived two days ahead of Saturday's final.", ["2024-01-13"]),
    # Unchanged: the holiday itself, the exact counts the engine read before, a vote's day.
    (DEC20, "The plant shut down a week before Christmas.", ["2023-12-18"]),
    (DEC20, "The plant will close on Christmas Eve.", ["2023-12-24"]),
    (DEC20, "The plant will reopen after Christmas.", ["2023-12-25"]),
    (dt.date(2020, 11, 10), "Days after Election Day, the count went on.", ["2020-11-03"]),
])


JAN23, JUN10, NOV20 = dt.date(2014, 1, 23), dt.date(2014, 6, 10), dt.date(2014, 11, 20)


test_a_years_end_is_the_year_the_text_is_about = dated_test([
    # A year's end told as past in the first half of a year is the last one's.
    (JAN23, "The company hired 200 workers before the year ended.", ["2013"]),
    # ... its own past tells it fronted too, before the clause's verb.
    (JAN23, "Before the year ended, the company had hired 200 workers.", ["2013"]),
    (JAN23, "Before the year was out, the company hired 200 workers.", ["2013"]),
    (JAN23, "The company had hired 200 workers by the end of the year.", ["2013"]),
    (JUN10, "The merger closed at year-end.", ["2013"]),
    (JAN23, "Sales rose sharply by year's end.", ["2013"]),
    # ... and after a year the text has just named, that year's.
    (JUN10, "In 2010 the firm was sold. By the end of the year its founder had died.", ["2010", "2010"]),
    (JUN10, "The firm was sold in March 2010, and by year's end its founder had died.", ["2010-03", "2010"]),
    # "since year-end" is the last one, whatever year the text named before.
    (JUN10, "Each index is based on the close of 1969. The change is since year-end.", ["1969", "2013/2014"]),
    # What is still ahead, or was only hoped for, is this year's end.
    (JAN23, "The firm expects to hire 300 more by year's end.", ["2014"]),
    (JAN23, "The firm expects to hire 300 more before the year is out.", ["2014"]),
    (JUN10, "Officials had hoped the bridge would reopen by the end of the year.", ["2014"]),
    (JUN10, "In 2010 the firm was sold. It expects a profit by the end of the year.", ["2010", "2014"]),
    (NOV20, "The company had hired 200 workers by the end of the year.", ["2014"]),
    (JAN23, "The plant will close by the end of this year.", ["2014"]),
    # A fiscal year that ended on a day is that day, not a year's end.
    (JAN23, "Revenue rose in the year ended Dec. 31.", ["2013-12-31"]),
])


THU = dt.date(2023, 6, 8)


test_days_later_after_another_year_have_no_day = dated_test([
    # A sentence that has moved on to another year counts "two weeks later" from no day of
    # the text: that year's day is not given.
    ("The runner finished on Saturday. She suffered a stroke in 2015 and returned to racing two weeks later.",
     ["2023-06-03", "2015"]),
    # A year named in passing leaves the text on its day.
    ("The storm hit on Monday, as in 2019, and two days later the river crested.",
     ["2023-06-05", "2019", "2023-06-07"]),
    ("The storm hit on Monday. As in 2019, the river crested two days later.", ["2023-06-05", "2019", "2023-06-07"]),
    # ... so does one of a comparison told with its own verb ("as it did in 2019").
    ("The storm hit on Monday, as it did in 2019, and two days later the river crested.",
     ["2023-06-05", "2019", "2023-06-07"]),
    ("The storm hit on Monday, just as happened in 2019, and two days later the river crested.",
     ["2023-06-05", "2019", "2023-06-07"]),
    ("The storm hit on Monday. Two days later the river crested.", ["2023-06-05", "2023-06-07"]),
], published=THU)


MAR1 = dt.date(2024, 3, 1)


test_earlier_or_later_in_the_year_is_the_texts_year = dated_test([
    # "earlier/later in the year/month/day" is within the date the text is telling of.
    (MAR1, "In 2010 the firm was sold. Later in the year, its founder died.", ["2010", "2010"]),
    (MAR1, "The firm was sold in March 2010. Earlier in the year, its founder had died.", ["2010-03", "2010"]),
    (THU, "The minister arrived on Tuesday. Earlier in the day, he met the king.", ["2023-06-06", "2023-06-06"]),
    (THU, "Sales fell in March. Later in the month, the chief resigned.", ["2023-03", "2023-03"]),
    # A month gives no day to be early or late in: unchanged, as with nothing told before.
    (THU, "Talks are set for mid-July. Later in the day, he met the king.", ["2023-07", "2023-06-08"]),
    (THU, "Earlier in the day, he met the king.", ["2023-06-08"]),
    (THU, "Sales rose 5% earlier in the year, the company said on Tuesday.", ["2023", "2023-06-06"]),
    # What is still to come later in the year, month or day is not within a date gone by: the
    # publication's, as with nothing told before.
    (MAR1, "The law took effect in 2015. Later in the year, the court will hear a challenge to it.", ["2015", "2024"]),
    (THU, "The minister arrived on Tuesday. Later in the day, he will meet the king.", ["2023-06-06", "2023-06-08"]),
    (THU, "Sales fell in March. Later in the month, the board will meet.", ["2023-03", "2023-06"]),
    # ... a date still ahead keeps it.
    (THU, "The summit opens on Dec. 5. Later in the month, leaders will meet again.", ["2023-12-05", "2023-12"]),
])


SUN = dt.date(2024, 3, 17)


test_minutes_later_is_no_date_of_its_own = dated_test([
    # "a minute later", "ten minutes earlier": a moment in a scene whose day
    # the text has already said; no statement of its own (a clock time, not a
    # date), in the same sentence or the next.
    (SUN, "The striker scored on Saturday. He struck again a minute later.", ["2024-03-16"]),
    (SUN, "The vote took place on Saturday. Ten minutes earlier, the chairman had resigned.", ["2024-03-16"]),
    (SUN, "The quake struck on Friday. Five minutes later, the sirens sounded.", ["2024-03-15"]),
    # A count of days, or of hours, still counts from that day.
    (SUN, "The quake struck on Friday. A day later, the sirens sounded.", ["2024-03-15", "2024-03-16"]),
    (SUN, "The quake struck on Friday. 30 hours later, a tsunami hit.", ["2024-03-15", "2024-03-16"]),
])


MON = dt.date(2024, 5, 13)


# A week as a comparison's yardstick is no day: "up 4.2 cents from a week ago" (a word that compares
# right before it and a sum in the sentence), as a year's or a month's is.
test_a_week_as_a_yardstick_is_no_day = dated_test([
    ("The average price rose 2 cents to $3.41 a gallon Monday, up 4.2 cents from a week ago.", ["2024-05-13"]),
    ("Diesel averaged $3.90 a gallon Sunday, down 3 cents from a week ago.", ["2024-05-12"]),
], published=MON)


@pytest.mark.parametrize("text", [
    # read as yardsticks already
    "Mortgage rates averaged 7.1 percent, compared with 7.3 percent a week earlier.",
    "Ticket sales were down 8 percent from a week earlier.",
])
def test_other_week_yardsticks_stay_no_day(text):
    assert dates(text, MON) == []


@pytest.mark.parametrize("text", [
    "He was released from jail a week ago.",
    "The company paid $5 million a week ago.",
])
def test_a_week_ago_told_as_a_day_stays(text):
    assert dates(text, MON) == ["2024-05-06"]


WED = dt.date(2024, 5, 15)


# Review (h114): a hurry "before" a day looks ahead to it, and a week yardstick that goes on to
# tell what happened then ("from a week ago, when ...") is still a day.
test_a_hurry_before_a_day_keeps_main_reading = dated_test([
    ("Residents scrambled to stock up before Thursday, when the storm is forecast to arrive.", ["2024-05-16"]),
    ("Crews raced to restore power before Friday, when temperatures are forecast to plunge.", ["2024-05-17"]),
], published=WED)


@pytest.mark.parametrize("text", [
    "Gas prices rose 4 percent from a week ago, when a refinery fire shut down production.",
    "Sales were 3% higher than a week ago, when the storm closed stores.",
])
def test_a_week_yardstick_that_tells_an_event_stays_a_day(text):
    assert dates(text, MON) == ["2024-05-06"]


JUNE = dt.date(2018, 6, 6)


test_past_count_from_a_day_ahead_dates_nothing = dated_test([
    # "A day earlier" told in the past, counted from a day still ahead (a plan's end), would land
    # after publication: that is not the day it counts from; no day is said.
    (JUNE, "The festival ends on June 14. A day earlier, militants attacked a camp.", ["2018-06-14"]),
    # ... a count of what is still to come keeps it,
    (JUNE, "The festival ends on June 14. A day earlier, a parade will be held.", ["2018-06-14", "2018-06-13"]),
    # ... and a count from a past day is kept.
    (JUNE, "The talks began on June 2. A day earlier, militants attacked a camp.", ["2018-06-02", "2018-06-01"]),
])


WED_2024_03_13 = dt.date(2024, 3, 13)


test_a_stretch_of_days_before_or_after_is_no_day = dated_test([
    # "for N days after/before", "another N weeks before", "wait N days after": how long
    # something lasted, no day of its own (the sentence's other dates stand).
    (WED_2024_03_13, "Schools were closed for two weeks after the storm on March 1.", ["2024-03-01"]),
    (WED_2024_03_13, "He was held for two days before he was released on Monday.", ["2024-03-11"]),
    (WED_2024_03_13, "The vote was held on March 1, but voters had to wait another two weeks before results were released.",
     ["2024-03-01"]),
    (WED_2024_03_13, "The plant stayed shut for three days after the blast on Monday.", ["2024-03-11"]),
    # ... the count itself still dates what it counts from, as before.
    (WED_2024_03_13, "Police arrested him on Monday, two days after the shooting.", ["2024-03-11", "2024-03-09"]),
    (WED_2024_03_13, "The ruling comes two days after the vote.", ["2024-03-11"]),
])


test_fronted_count_from_a_dated_happening = dated_test([
    # A fronted "N days after <something> on <day>," gives that something its day: the
    # count runs from it to the main clause's day, as "two days after Monday's vote" does.
    (WED_2024_03_13, "Two weeks after the vote on Feb. 26, results were released.", ["2024-03-11", "2024-02-26"]),
    (WED_2024_03_13, "Three days after the storm hit on Saturday, power was restored.", ["2024-03-12", "2024-03-09"]),
    # ... not a day after the comma, which is the main clause's.
    (WED_2024_03_13, "Two days after the shooting, police arrested him on Monday.", ["2024-03-09", "2024-03-11"]),
])


test_anniversaries_and_loose_counts_ago = dated_test([
    # "N years ago today", "one year ago Thursday": an anniversary, the day N years back, one
    # statement (not the year and today as two).
    (WED_2024_03_13, "Exactly one year ago today, the war began.", ["2023-03-13"]),
    (WED_2024_03_13, "One year ago Thursday, the war began.", ["2023-03-07"]),
    (WED_2024_03_13, "Ten years ago today, the plane vanished.", ["2014-03-13"]),
    # ... the year alone, and "ago" then a day of another clause, as before.
    (WED_2024_03_13, "Ten years ago, the plane vanished.", ["2014"]),
    # A count between two numbers ("two to three days ago") is no day.
    (WED_2024_03_13, "The fire started two to three days ago.", []),
    (WED_2024_03_13, "The fire started three days ago.", ["2024-03-10"]),
])


test_loose_counts_with_a_dash = dated_test([
    (WED_2024_03_13, "The fire started 2-3 days ago.", []),
    # A dash with spaces before the count is no pair of counts.
    (WED_2024_03_13, "The hearing is Friday, March 15 – just four days before the vote.", ["2024-03-15", "2024-03-19"]),
])


JUL = dt.date(2023, 7, 12)


NOV = dt.date(2022, 11, 9)


JAN = dt.date(2013, 1, 29)


OCT = dt.date(2019, 10, 18)


test_a_count_after_a_happening_needs_the_day_it_counts_from = dated_test([
    # "more than", "less than", "over" a count is a bound, no date.
    (JUL, "Sentencing has been set for Oct. 10, more than a year after he was found guilty.", ["2023-10-10"]),
    (JUL, "The plant closed on May 3, less than a year after it opened.", ["2023-05-03"]),
    (JUL, "The firm collapsed over two years ago.", []),
    # An approximate count stays (its gold is optional), an exact one too.
    (JUL, "The plant closed on May 3, about two years after it opened.", ["2023-05-03", "2021"]),
    (JUL, "The plant closed on May 3, two years after it opened.", ["2023-05-03", "2021"]),
    # A month has no day to count days from.
    (NOV, "It's one day after the November midterm elections, and most races are too close to call.",
     ["2022-11"]),
    (NOV, "Two days after the November vote, the count went on.", ["2022-11"]),
    (NOV, "Two days after the vote on Nov. 7, the count went on.", ["2022-11-09", "2022-11-07"]),
    (NOV, "Turnout rose two days after Monday's vote.", ["2022-11-09", "2022-11-07"]),
    # The sentence's day dates another happening than the one counted from.
    (JAN, "He was to stand trial in the Aug. 19, 2010 shooting of a man who died two days after he was found.",
     ["2010-08-19"]),
    (OCT, "The meeting came one day after the union announced a deal to end a strike launched on September 16.",
     ["2019-09-16"]),
    # It dates the counted happening's neighbour when the count hangs on it.
    (JAN, "The man died on Aug. 21, 2010, two days after he was found beaten.", ["2010-08-21", "2010-08-19"]),
    (OCT, "One day after the union announced a deal, the council met on Thursday.", ["2019-10-16", "2019-10-17"]),
    (OCT, "The council met on Thursday, one day after the union announced a deal.", ["2019-10-17", "2019-10-16"]),
])
