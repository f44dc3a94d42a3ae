"""Review of the fresh14 precision rules (branch h120) by probing them with sentences written
for the test (h126): over-broad matches that moved statements which were right before. Each
row: publication date, text, the dates the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dates

SUN = dt.date(2024, 3, 10)


@pytest.mark.parametrize("published, text, expected", [
    # An -ed verb inside a relative clause or after "having" is not the main verb: the modal
    # after its reported clause is the main clause's, and a fronted weekday lies ahead.
    (SUN, "On Monday, lawmakers who long argued that taxes should fall will vote on the budget.",
     ["2024-03-11"]),
    (SUN, "On Monday, officials who learned that the plant would close will meet the workers.", ["2024-03-11"]),
    (SUN, "On Wednesday, the board, having decided that it would sell, will sign the deal.", ["2024-03-13"]),
    # ... a past verb between them is the main one: the weekday is past.
    (SUN, "On Tuesday, lawmakers who voted that day said they would return next week.", ["2024-03-05"]),
    # ... and a finite past verb keeps the reported modal its own, as h120 made it.
    (SUN, "On Friday, a spokesman confirmed that the airline would cut 500 jobs.", ["2024-03-08"]),
])
def test_reported_modal_after_a_relative_clause_verb(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # A one-line headline with its own happening is not a section label.
    (SUN, "Today's Meeting Cancelled\nThe board will not meet.", ["2024-03-10"]),
    (SUN, "Today's Strike Ends.\nWorkers return to the plants.", ["2024-03-10"]),
    # ... the labels themselves stay furniture.
    (SUN, "Today's News\nThe mayor resigned on Friday.", ["2024-03-08"]),
    (SUN, "Today's Top Stories\nThe mayor resigned on Friday.", ["2024-03-08"]),
])
def test_todays_label_is_a_section_name_not_any_headline(published, text, expected):
    assert dates(text, published) == expected


def test_a_sentence_with_hundreds_of_dates_and_no_stop_does_not_recurse_too_deep():
    # A pasted table with no full stops: thousands of years and months in one "sentence".
    text = "In 2011 June 2012 March 2013 April " * 1500
    assert dates(text, SUN)


WED = dt.date(2024, 7, 10)


@pytest.mark.parametrize("published, text, expected", [
    # A weather agency's present forecast looks ahead, as forecasters' does ("Met" in the
    # Met Office's name is no past verb).
    (WED, "The Met Office predicts temperatures of 40C on Monday.", ["2024-07-15"]),
    (WED, "The National Weather Service forecasts heavy rain on Monday.", ["2024-07-15"]),
    # ... its past forecast and the past events it tells stay past.
    (WED, "The Met Office predicted temperatures of 40C on Monday.", ["2024-07-08"]),
    (WED, "The weather service estimates the tornado that hit on Monday reached 150 mph.", ["2024-07-08"]),
])
def test_a_weather_agency_forecast_looks_ahead(published, text, expected):
    assert dates(text, published) == expected
