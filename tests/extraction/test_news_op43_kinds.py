"""op43's kinds (realnews-fresh43 opened as a development set, session 30): the hours of one weekday ("from 2am
on Friday until 5pm on Friday") are one day, no week's run; a warning issued "from" a clock time and a day
starts on the nearest such day; two weekday ends of one run lie within a week; a vessel's name ending in
"May <number>" is no date; a full date and a bare clock time ending a line glued to a headline are the page's
stamp; an emoji glued after a full stop opens the next sentence; "Tues", "Weds" and "Thurs" with no stop are
weekdays; "this noon" is today; a side named for a match dates the match the nearest such day.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test

from timeline.extraction.sentences import split_sentences

WED = dt.date(2025, 1, 22)
SAT = dt.date(2025, 1, 25)

test_the_hours_of_one_weekday_are_one_day = dated_test([
    ("Forecasters have issued a wind warning from 2am on Friday until 5pm on Friday.", ["2025-01-24"]),
    ("A red alert was issued for three counties from 3am Friday to 10am Friday.", ["2025-01-24"]),
    ("The bridge will be shut from 6am Monday to 8pm Monday.", ["2025-01-27"]),
    ("The bridge was shut from 6am Monday to 8pm Monday.", ["2025-01-20"]),
    ("Officers searched the house from 9am Monday until 6pm Monday, police said.", ["2025-01-20"]),
    ("Forecasters have warned of gales from 4pm Thursday until 11pm Thursday.", ["2025-01-23"]),
    ("The motorway will close from 10 a.m. Friday through 2 p.m. Friday for repairs.", ["2025-01-24"]),
    ("The road is closed between 8am Saturday and 6pm Saturday.", ["2025-01-25"]),
    # near neighbours: two days, or the hours of a day named once, stay as they were
    ("The bridge will be shut from 6am Monday to 8pm Tuesday.", ["2025-01-27/2025-01-28", "2025-01-28"]),
    ("The market runs from 9am to 5pm on Saturday.", ["2025-01-25"]),
], WED)

test_a_warning_issued_from_a_day_starts_on_the_nearest_such_day = dated_test([
    ("The agency has issued an orange warning from 2am on Friday.", ["2025-01-24"]),
    ("The agency has issued an orange warning from 2am Friday until 5pm Saturday.",
     ["2025-01-24/2025-01-25", "2025-01-25"]),
    ("Forecasters have issued a yellow snow warning between 3am Saturday and noon Saturday.", ["2025-01-25"]),
    # near neighbours: a warning issued on a day, a tally of notices handed out, a notice told as over or in force
    ("The agency issued a warning on Friday.", ["2025-01-17"]),
    ("Officers issued 200 curfew warnings from Friday to Sunday.", ["2025-01-17/2025-01-19", "2025-01-19"]),
    ("A curfew issued from 10pm Saturday was lifted on Monday.", ["2025-01-18", "2025-01-20"]),
    ("A boil-water advisory issued from noon Friday remains in effect.", ["2025-01-17"]),
    ("Police issued a curfew warning to 40 youths between 9pm Saturday and 1am Sunday.",
     ["2025-01-18/2025-01-19", "2025-01-19"]),
    ("The agency said it had issued warnings on Friday.", ["2025-01-17"]),
], WED)

test_a_warning_issued_from_a_day_in_the_next_days_paper = dated_test([
    ("Forecasters issued a warning from 6am Friday.", ["2025-01-24"]),
], SAT)

test_two_weekday_ends_of_a_run_lie_within_a_week = dated_test([
    ("The festival was held from Friday until Saturday.", ["2025-01-17/2025-01-18", "2025-01-18"]),
    ("The shop has announced a sale from Friday until Saturday.", ["2025-01-24/2025-01-25", "2025-01-25"]),
    # a past verb that calls, warns of or declares the run: ahead of the telling
    ("The union called a strike from Friday until Saturday.", ["2025-01-24/2025-01-25", "2025-01-25"]),
    ("Forecasters warned of storms from Friday until Saturday.", ["2025-01-24/2025-01-25", "2025-01-25"]),
    ("The strike, called by the union, ran from Friday until Saturday.", ["2025-01-17/2025-01-18", "2025-01-18"]),
    ("The strike called by the union ran from Friday until Saturday.", ["2025-01-17/2025-01-18", "2025-01-18"]),
    ("A planned strike went ahead from Friday until Saturday.", ["2025-01-17/2025-01-18", "2025-01-18"]),
    ("The union called a strike from Friday until Saturday, and it ended peacefully.",
     ["2025-01-17/2025-01-18", "2025-01-18"]),
    # near neighbours
    ("The festival ran from Friday to Sunday.", ["2025-01-17/2025-01-19", "2025-01-19"]),
    ("The festival runs from Friday to Sunday.", ["2025-01-24/2025-01-26", "2025-01-26"]),
], WED)

test_a_vessels_name_ending_in_may_and_a_number_is_no_date = dated_test([
    # the name told twice in the text, a vessel's noun before one telling: a date is seldom told twice right after
    # the same name
    ("Guards fired water cannon at the supply boat Lucky May 7 near the reef. The Lucky May 7 was towed to port.",
     []),
    ("Video showed the supply boat Lucky May 7 listing on Saturday. The crew of the Lucky May 7 were unhurt.",
     ["2024-03-23"]),
    # near neighbours: a date told once after a name (news style drops "on"), a place, a person, a preposition
    ("Pirates boarded the tanker Front Altair May 4 off Somalia.", ["2023-05-04"]),
    ("The Senate May 4 passed the bill.\n\nOpponents said the Senate May 4 vote was rushed.",
     ["2023-05-04", "2023-05-04"]),
    ("The Dutch mark Remembrance Day May 4 and Liberation Day May 5.\n\nOn Remembrance Day May 4, flags fly at "
     "half-mast.", ["2024-05-04", "2024-05-05", "2024-05-04"]),
    ("The Senate May 4 had voted to block the measure.", ["2023-05-04"]),
    ("The vessel arrived in Manila May 4.", ["2023-05-04"]),
    ("The minister told CNN May 4 that talks had stalled.", ["2023-05-04"]),
    ("The boat left Cebu on May 4.", ["2023-05-04"]),
    ("Elections are set for May 4.", ["2024-05-04"]),
], dt.date(2024, 3, 23))

test_a_page_stamp_glued_to_a_headline_is_no_statement = dated_test([
    ("Court remands two suspectsMonday, January 6, 2020 22:14\nThe two were arrested on January 4.",
     ["2020-01-04"]),
    ("Storm batters the coastMonday, 6 January 2020, 10:15 GMT\nIt struck on Saturday.", ["2020-01-04"]),
    # near neighbours: a sentence that ends on a full stop, a time set with "at", a headline's own happening with
    # a space before its date
    ("The court will sit on Monday, January 6, 2020 at 14:00.", ["2020-01-06"]),
    ("Bids closed Monday, January 6, 2020 at 17:00", ["2020-01-06"]),
    ("Applications closed on Monday, January 6, 2020, 17:00", ["2020-01-06"]),
    ("Quake strikes off Crete on January 6, 2020 04:12 UTC", ["2020-01-06"]),
], dt.date(2020, 1, 7))


@pytest.mark.parametrize("text, expected", [
    ("Gales will reach the coast tomorrow.⚠️A warning is in place from noon.",
     ["Gales will reach the coast tomorrow.", "⚠️A warning is in place from noon."]),
    ("Rain is due tomorrow.🌊Large waves are likely.", ["Rain is due tomorrow.", "🌊Large waves are likely."]),
    # near neighbours: a space after the stop, a number before it
    ("Rain is due tomorrow. ⚠️ A warning is out.", ["Rain is due tomorrow.", "⚠️ A warning is out."]),
    ("The score was 3.⚽ great game", ["The score was 3.⚽ great game"]),
])
def test_an_emoji_glued_after_a_full_stop_opens_the_next_sentence(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


test_the_tweet_after_a_glued_emoji_keeps_its_days = dated_test([
    ("Gales will reach the coast tomorrow.⚠️A warning is in place from noon Wednesday until noon Thursday.",
     ["2022-02-16", "2022-02-16/2022-02-17", "2022-02-17"]),
], dt.date(2022, 2, 15))

test_long_weekday_abbreviations_with_no_stop = dated_test([
    ("A wind warning runs until noon Thurs, forecasters said.", ["2022-02-17"]),
    ("Shops will close early on Weds.", ["2022-02-16"]),
    ("The fair opens on Tues and closes on Thurs.", ["2022-02-15", "2022-02-17"]),
    ("Storms are due Thurs night.", ["2022-02-17"]),
    # near neighbours: the dotted abbreviation as before; a headline's verb "Weds"; a line of opening hours
    ("Thurs. night was calm.", ["2022-02-10"]),
    ("Actor Weds Longtime Partner in Private Ceremony", []),
    ("The museum is open Thurs to Sun.", []),
    ("The museum is open from Tues to Sat.", []),
], dt.date(2022, 2, 15))

test_this_noon_is_today = dated_test([
    ("“The boats reached the shoal this noon,” the spokesman said.", ["2021-11-23"]),
    # near neighbours: noon with no "this" names no day of its own
    ("The talks resumed at noon.", []),
    ("The talks resume at noon on Friday.", ["2021-11-26"]),
], dt.date(2021, 11, 23))

THU = dt.date(2024, 2, 22)

test_a_side_named_for_a_match_dates_the_match_the_nearest_such_day = dated_test([
    ("Clubs name Friday match simulation sides", ["2024-02-23"]),
    ("Coach names side for Saturday clash", ["2024-02-24"]),
    ("United named an unchanged team to face City on Sunday.", ["2024-02-25"]),
    ("Smith has been named captain for Saturday's match.", ["2024-02-24"]),
    ("The Lions have picked an unchanged XV for Saturday's second Test.", ["2024-02-24"]),
    # near neighbours: a match told as gone by, a side named on a day
    ("The coach named his side for Saturday's final, which they lost.", ["2024-02-17"]),
    ("The coach named his team on Monday.", ["2024-02-19"]),
    # the naming's own day or week told: the match counts from it
    ("On Saturday, the coach named his side for Sunday's final.", ["2024-02-17", "2024-02-18"]),
    ("On Tuesday, Jones named his side for Saturday's Test.", ["2024-02-20", "2024-02-24"]),
    ("Last week the coach named his side for Saturday's final.", ["2024-02-17"]),
    # a person named on the day (a passive), with a side's noun after it
    ("Smith was named Sunday as team captain.", ["2024-02-18"]),
    ("Jones was named Saturday to the All-Star team.", ["2024-02-17"]),
], THU)

test_a_side_named_for_a_match_a_few_days_later = dated_test([
    ("The coach named his side for Saturday's final.", ["2024-02-24"]),
], dt.date(2024, 2, 26))

test_a_weekday_each_week_is_no_day = dated_test([
    ("The library stays open until 8pm on Thursday each week.", []),
    ("The club meets on Tuesday every week.", []),
    ("The library stays open until 8pm on Thurs each week.", []),
    # near neighbours: a week counted from a day, a day of a week told
    ("The club met on Tuesday, a week after the vote.", ["2024-02-20", "2024-02-13"]),
    ("The club met on Tuesday last week.", ["2024-02-13"]),
], THU)
