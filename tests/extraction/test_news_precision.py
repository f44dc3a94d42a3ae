"""More of the ways real news dates things (issue 12; the shared README's kinds
of error), one general case per row, written for the test, not taken from
any article. Each row: publication date, sentence, the (date or date/end) the
engine must give.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

from timeline.extraction import extract_events

THU = dt.date(2023, 4, 6)


test_phenomenon = dated_test([
    # Kind 1: a forecast or schedule puts the weekday ahead, whatever the past participle.
    (THU, "The hurricane is forecast to come ashore late Wednesday night.", ["2023-04-12"]),
    (THU, "River levels are predicted to peak Monday.", ["2023-04-10"]),
    (THU, "The new rules take effect Monday.", ["2023-04-10"]),
    (THU, "The hurricane was forecast Monday to weaken.", ["2023-04-03"]),
    (THU, "Forecasters expect the storm to strengthen Saturday.", ["2023-04-08"]),
    # A plural subject's schedule in the present is the nearest such day ahead;
    # a caption's present ("residents return home Saturday") the one just past.
    (THU, "Talks start Monday in Geneva.", ["2023-04-10"]),
    (THU, "Polls open Sunday at 8 a.m.", ["2023-04-09"]),
    (dt.date(2023, 4, 9), "Residents return home Saturday after the floods.", ["2023-04-08"]),
    (THU, "Polls were open Sunday.", ["2023-04-02"]),
    (THU, "Thousands began to return Sunday.", ["2023-04-02"]),
    (THU, "At the end Saturday, he won.", ["2023-04-01"]),
    # A moved event: the dates it moves from and to lie ahead.
    (THU, "The concert was moved from Saturday to Friday.", ["2023-04-08", "2023-04-07"]),
    (THU, "The vote was postponed to Tuesday.", ["2023-04-11"]),
    (THU, "Troops moved into the town on Tuesday.", ["2023-04-04"]),
    # Kind 5: a deadline after "until"/"by" lies ahead even with a clock time between.
    (dt.date(2023, 11, 2), "The company extended its offer until 5 p.m. EST Nov. 9.", ["2023-11-09"]),
    (dt.date(2023, 11, 2), "Bids must be filed by noon Nov. 9.", ["2023-11-09"]),
    (dt.date(2023, 10, 30), "Lenders have extended the loans through January.", ["2024-01"]),
    (dt.date(2023, 10, 30), "The strike ran through January.", ["2023-01"]),
    # A date after "since the" is past whatever the clause's tense.
    (dt.date(2023, 5, 10), "He will sign his first bill since the March 3 swearing-in.", ["2023-03-03"]),
    # A reported clause whose subject is the date takes its own verb's time.
    (dt.date(2023, 12, 20), "The city said Dec. 25 is a public holiday.", ["2023-12-25"]),
    (THU, "Officials said Monday it will reopen.", ["2023-04-03"]),
    (THU, "Officials said Monday that talks failed.", ["2023-04-03"]),
    # Kind 4: the same period of last year is a yardstick.
    (dt.date(2023, 5, 10), "Net income fell from the same period last year.", []),
    (dt.date(2023, 5, 10), "Sales rose 5% from the corresponding quarter of last year.", []),
    # Kind 4: counts and parts of a year are no events.
    (THU, "It was the third meeting this year.", []),
    (THU, "It was the second such flight this month.", []),
    (THU, "Sales fell in the first two quarters of this year.", []),
    (THU, "Losses will continue through the first two quarters of 2024.", []),
    (THU, "Sales fell this year.", ["2023"]),
    (THU, "Asset sales shrank revenue by one-third this year.", ["2023"]),
    # Weekly schedules name no particular day.
    (THU, "The museum is open Tuesday through Saturday.", []),
    (THU, "The clinic operates Monday to Friday.", []),
    (THU, "Two new flights leave on Tuesday nights.", []),
    (THU, "The storm hit Tuesday night.", ["2023-04-04"]),
    (THU, "Trains ran from Monday to Wednesday.", ["2023-04-03/2023-04-05", "2023-04-05"]),
    # Kind 2: "later"/"earlier" count from the last day the text named, or date nothing.
    (THU, "In March, the ministry issued an order. A day later, troops moved in.", ["2023-03"]),
    (THU, "Three days later, the order was lifted.", []),
    (THU, "The fair opened on March 3. Two days later, it closed.", ["2023-03-03", "2023-03-05"]),
    (THU, "The plant opened in 2019. A year later, it closed.", ["2019", "2020"]),
    # Kind 9: a holiday named with its month is the holiday; its weekend is no day.
    (THU, "Crowds watched fireworks on the Fourth of July.", ["2022-07-04"]),
    (THU, "The Fourth of July weekend drew crowds.", []),
    # Kind 7: two year ranges in a row stay two ranges.
    (THU, "He coached the team from 1971-73 and 1975-79.", ["1971/1973", "1973", "1975/1979", "1979"]),
    # Kind 9: Election Day in any year, not only presidential ones.
    (dt.date(2022, 11, 1), "Voters head to the polls on Election Day.", ["2022-11-08"]),
    (THU, "Turnout on Election Day was high.", ["2022-11-08"]),
    # A holiday that comes round every year ("every Christmas", "its annual Christmas
    # catalogue") is no particular day.
    (THU, "Shoppers lined up outside the store every Christmas.", []),
    (THU, "Families gather each Thanksgiving at the farm.", []),
    (THU, "The retailer mailed its annual Christmas catalogue to millions of homes.", []),
    (THU, "The retailer mailed its Christmas catalogue on Christmas Eve.", ["2022-12-24"]),
    # A custom ("used to", "usually", "traditionally") names no particular day.
    (THU, "Black Friday, the day after Thanksgiving, used to mark the start of the shopping season.", []),
    (THU, "The council office is usually closed on Monday.", []),
    (THU, "Retailers traditionally opened their doors at dawn on Thanksgiving.", []),
    (THU, "The office is usually closed, but on Monday it opened for the vote.", ["2023-04-03"]),
    (THU, "He used to work at the plant until he was laid off on Monday.", ["2023-04-03"]),
    # A date in what someone asked or decided on an earlier day lies after the asking,
    # not in the tense of the day the asking is dated by.
    (dt.date(2024, 5, 22), "Earlier today he asked the king to dissolve parliament on May 30.",
     ["2024-05-22", "2024-05-30"]),
    (dt.date(2024, 5, 22), "On Monday the council voted to close the bridge on June 2.", ["2024-05-20", "2024-06-02"]),
    (dt.date(2024, 5, 22), "On Monday the council closed the bridge it had opened on May 2.", ["2024-05-20", "2024-05-02"]),
    # "we see today", "as we know it today": nowadays, not the day.
    (THU, "Many of the start-ups we see today will not survive the downturn.", []),
    (THU, "The internet as we know it today grew out of a military network.", []),
    (THU, "We will see today whether the ceasefire holds.", ["2023-04-06"]),
    # Kind C: a correction line is page furniture.
    (THU, "Correction appended, April 4, 2023", []),
    # ... and so is an embedded post's signature line.
    (THU, "— City Hall (@cityhall) April 4, 2023", []),
])


@pytest.mark.parametrize("published, text, expected", [
    # Issue 12, W: a weekday that contradicts a yearless date does not move the
    # date to the year where the weekday fits; the date is kept and flagged.
    (THU, "The storm hit on Tuesday, March 5.", "2023-03-05"),
    (dt.date(2023, 9, 20), "The summit opens Monday, October 3.", "2023-10-03"),
    (dt.date(2023, 9, 20), "The summit opens Monday 3 October.", "2023-10-03"),
])
def test_weekday_contradicting_a_yearless_date_keeps_the_date(published, text, expected):
    (e,) = extract_events(text, published=published)
    assert e.to_dict()["date"] == expected and e.flags == ("weekday-contradicts-date",)


def test_weekday_still_picks_the_year_when_it_is_the_nearer_reading():
    (e,) = extract_events("The vote is set for Tuesday, Jan. 9.", published=dt.date(2023, 12, 28))
    assert e.date == dt.date(2024, 1, 9) and e.flags == ()


@pytest.mark.parametrize("published, text, expected", [
    # A yearless day range a past tense puts a year back, moved to the days just
    # ahead of publication: both ends move (the end was left a year behind its
    # start, which the database refuses: a bulk import's whole batch failed).
    (dt.date(2023, 6, 7), "The talks, held June 9-10 in the capital, were led by two deputy ministers.",
     ["2023-06-09/2023-06-10", "2023-06-10"]),
    (dt.date(2023, 6, 7), "The fair, held 9-10 June in the old port, drew large crowds.",
     ["2023-06-09/2023-06-10", "2023-06-10"]),
])
def test_a_range_moved_a_year_moves_both_ends(published, text, expected):
    assert dates(text, published) == expected
    for event in extract_events(text, published=published):
        assert event.end_date is None or event.end_date > event.date
