"""Kinds of false positive and wrong date found by reading the errors on a freshly opened
set of real news (issue 12, branch h120: bench/realnews-fresh14), each pinned in its general
English form on sentences written for the test, not taken from any article. Each row:
publication date, text, the dates the engine must give, in order (uncertain statements
included).
"""
import datetime as dt

import pytest
from dated import dates

THU = dt.date(2024, 5, 16)
SAT = dt.date(2024, 3, 2)


@pytest.mark.parametrize("published, text, expected", [
    # A fronted day before a past verb stays past when a modal comes only in a clause the verb
    # reports ("warned that ... might", "confirmed that ... will").
    (THU, "On Monday, the bank paused its rate rises but warned that rates might rise again.", ["2024-05-13"]),
    (THU, "On Friday, officials confirmed that the bridge will reopen.", ["2024-05-10"]),
    (THU, "On Friday, the company announced that it would close the plant.", ["2024-05-10"]),
    (THU, "On Tuesday, voters decided whether the city will build a stadium.", ["2024-05-14"]),
    # ... while a modal of the clause itself still looks ahead, past a relative "that".
    (THU, "On Friday, trucks loaded with aid will cross the border.", ["2024-05-17"]),
    (THU, "On Monday, trucks loaded with aid that donors sent will cross the border.", ["2024-05-20"]),
])
def test_modal_of_a_reported_clause_does_not_move_a_fronted_day(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # A verbless list after a comma ("namely ...", "including ...") takes the tense of the
    # clause it lists the items of.
    (SAT, "Two of the races were recounts, namely one on August 4 and another in Ohio.", ["2023-08-04"]),
    (SAT, "Several storms struck the coast, including one on July 30.", ["2023-07-30"]),
    (SAT, "Several storms will strike the coast, including one on July 30.", ["2024-07-30"]),
])
def test_listed_items_take_the_tense_of_their_clause(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # Remanded to a day: the next hearing, ahead of the remand however its verb is told.
    (THU, "The two men were remanded to the 12th of June for a bail hearing.", ["2024-06-12"]),
    (THU, "The suspect was remanded to June 3.", ["2024-06-03"]),
    # ... a remand on a day is that day.
    (THU, "The suspect was remanded in custody on May 3.", ["2024-05-03"]),
])
def test_remanded_to_a_day_lies_ahead(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # What forecasters estimate or predict in the present is of the days ahead.
    (THU, "Forecasters estimate temperatures of 35C on Tuesday.", ["2024-05-21"]),
    (THU, "Meteorologists predict heavy rain on Saturday.", ["2024-05-18"]),
    # ... not what they said had happened.
    (THU, "Forecasters said the storm weakened on Tuesday.", ["2024-05-14"]),
])
def test_forecasters_present_tense_looks_ahead(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # "Election day" with a lower-case "day" is the day of the vote the text tells, a common
    # noun, not the US holiday in November.
    (THU, "Election day passed without incident, observers said.", []),
    (THU, "Turnout was high on election day in the capital.", []),
    # The holiday's name keeps its date.
    (THU, "Voters will head to the polls on Election Day.", ["2024-11-05"]),
])
def test_common_noun_election_day_is_no_holiday(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # A page's section label "Today's News" on a line of its own dates nothing.
    (THU, "Today's News\n\nThe mayor resigned on Monday.", ["2024-05-13"]),
    (THU, "Today's Top Stories\n\nThe mayor resigned on Monday.", ["2024-05-13"]),
    # "Today's" in a statement still dates it.
    (THU, "Today's vote was delayed by the storm.", ["2024-05-16"]),
])
def test_todays_section_label_is_no_statement(published, text, expected):
    assert dates(text, published) == expected


JUNE = dt.date(2018, 6, 6)


@pytest.mark.parametrize("published, text, expected", [
    # "A day earlier" told in the past, counted from a day still ahead (a plan's end), would land
    # after publication: that is not the day it counts from; no day is said.
    (JUNE, "The festival ends on June 14. A day earlier, militants attacked a camp.", ["2018-06-14"]),
    # ... a count of what is still to come keeps it,
    (JUNE, "The festival ends on June 14. A day earlier, a parade will be held.", ["2018-06-14", "2018-06-13"]),
    # ... and a count from a past day is kept.
    (JUNE, "The talks began on June 2. A day earlier, militants attacked a camp.", ["2018-06-02", "2018-06-01"]),
])
def test_past_count_from_a_day_ahead_dates_nothing(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # A month written right after a bare year is that year's month: one statement.
    (JUNE, "Forecasters expect to beat the 2011 June record of 33.1C.", ["2011-06"]),
    # A year and a month apart stay two.
    (JUNE, "Sales rose in 2011, and in June the plant closed.", ["2011", "2018-06"]),
])
def test_year_then_month_is_that_years_month(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # "the hottest June day on record": the best of every June's days, a category, no month.
    (JUNE, "The heat could bring the hottest June day on record, forecasters said.", []),
    (JUNE, "It was the wettest April night since records began.", []),
    # The month itself as the record is still that month.
    (JUNE, "Last month was the hottest May on record.", ["2018-05"]),
])
def test_superlative_month_day_on_record_is_no_month(published, text, expected):
    assert dates(text, published) == expected


MAY = dt.date(2022, 5, 5)


@pytest.mark.parametrize("published, text, expected", [
    # A wire dateline with its city in title case and the agency in brackets: the date is the
    # article's, no event (as "PRAGUE, May 5 (AP) --" already was).
    (MAY, "Prague, May 5 (AP) The central bank has again raised its key rate.", []),
    (MAY, "Lagos, March 7 (Reuters) - Gunmen attacked a village on Monday.", ["2022-05-02"]),
    # A date in the sentence's own words stays.
    (MAY, "The bank said on May 5 (AP) it raised rates.", ["2022-05-05"]),
    (MAY, "Prague, May 5 the bank raised rates.", ["2022-05-05"]),
])
def test_title_case_wire_dateline_is_the_articles_date(published, text, expected):
    assert dates(text, published) == expected
