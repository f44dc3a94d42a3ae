"""Offsets from a holiday and from a year's end (issue 12, precision on real news): the
holiday or the year only says where a count starts. Each row: publication date, text, the
dates the engine must give (uncertain statements included), in order. Sentences written
for the test, not taken from any article.
"""
import datetime as dt

import pytest
from dated import dates

DEC20 = dt.date(2023, 12, 20)
NOV27 = dt.date(2023, 11, 27)


@pytest.mark.parametrize("published, text, expected", [
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
    # Unchanged: the holiday itself, the exact counts the engine read before, a vote's day.
    (DEC20, "The plant shut down a week before Christmas.", ["2023-12-18"]),
    (DEC20, "The plant will close on Christmas Eve.", ["2023-12-24"]),
    (DEC20, "The plant will reopen after Christmas.", ["2023-12-25"]),
    (dt.date(2020, 11, 10), "Days after Election Day, the count went on.", ["2020-11-03"]),
])
def test_a_count_from_a_holiday_dates_no_holiday(published, text, expected):
    assert dates(text, published) == expected


JAN23, JUN10, NOV20 = dt.date(2014, 1, 23), dt.date(2014, 6, 10), dt.date(2014, 11, 20)


@pytest.mark.parametrize("published, text, expected", [
    # A year's end told as past in the first half of a year is the last one's.
    (JAN23, "The company hired 200 workers before the year ended.", ["2013"]),
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
def test_a_years_end_is_the_year_the_text_is_about(published, text, expected):
    assert dates(text, published) == expected


THU = dt.date(2023, 6, 8)


@pytest.mark.parametrize("text, expected", [
    # A sentence that has moved on to another year counts "two weeks later" from no day of
    # the text: that year's day is not given.
    ("The runner finished on Saturday. She suffered a stroke in 2015 and returned to racing two weeks later.",
     ["2023-06-03", "2015"]),
    # A year named in passing leaves the text on its day.
    ("The storm hit on Monday, as in 2019, and two days later the river crested.",
     ["2023-06-05", "2019", "2023-06-07"]),
    ("The storm hit on Monday. As in 2019, the river crested two days later.", ["2023-06-05", "2019", "2023-06-07"]),
    ("The storm hit on Monday. Two days later the river crested.", ["2023-06-05", "2023-06-07"]),
])
def test_days_later_after_another_year_have_no_day(text, expected):
    assert dates(text, THU) == expected


MAR1 = dt.date(2024, 3, 1)


@pytest.mark.parametrize("published, text, expected", [
    # "earlier/later in the year/month/day" is within the date the text is telling of.
    (MAR1, "In 2010 the firm was sold. Later in the year, its founder died.", ["2010", "2010"]),
    (MAR1, "The firm was sold in March 2010. Earlier in the year, its founder had died.", ["2010-03", "2010"]),
    (THU, "The minister arrived on Tuesday. Earlier in the day, he met the king.", ["2023-06-06", "2023-06-06"]),
    (THU, "Sales fell in March. Later in the month, the chief resigned.", ["2023-03", "2023-03"]),
    # A month gives no day to be early or late in: unchanged, as with nothing told before.
    (THU, "Talks are set for mid-July. Later in the day, he met the king.", ["2023-07", "2023-06-08"]),
    (THU, "Earlier in the day, he met the king.", ["2023-06-08"]),
    (THU, "Sales rose 5% earlier in the year, the company said on Tuesday.", ["2023", "2023-06-06"]),
])
def test_earlier_or_later_in_the_year_is_the_texts_year(published, text, expected):
    assert dates(text, published) == expected
