"""Kinds found in a precision sample of local and regional straight news (US, Canada, UK, Ireland, Australia, New
Zealand, 2016-2025: police and courts, councils and elections, weather and emergencies, schools, business openings and
closures, local sport), each in general form; rows written for the test, not the pages' text.

- a yearless day after "effective", told in the past ("accepted the resignation, effective July 31"), is the day the
  decision takes hold: the coming one, not the one of most of a year back.
- a model year before a maker of the British, Irish, Australian or New Zealand roads and its model ("a red 2001
  Holden Commodore, failed to", "a 2009 Vauxhall Astra that") names a vehicle, no year of the story's.
- a number that opens a clause ("1 to 3 inches of rain are expected ...") after a full stop that ends a plain
  lower-case word opens a sentence of its own, whose days are its own.
- a page's prompt to comment on a by-line's stamp line ("Jan 13, 2022 • 1 hour ago • < 1 minute read • Join the
  conversation") is a part of the stamp, as its age and reading time are: the line holds no date of the story's.
- a part of the day ("this evening", "this morning", "tonight") with a day set beside it ("This evening, Sunday,
  April 1, 2018, ...", "This morning (April 1) ...") is that day, one statement, as "today, 14 September" is.
Near neighbours keep their readings.
"""
import datetime as dt

import pytest
from dated import dated_test

from timeline.extraction.sentences import split_sentences

test_a_day_after_effective_in_a_past_sentence_is_the_coming_one = dated_test([
    (dt.date(2021, 6, 22), "On Monday, the school board accepted the resignation of its treasurer, effective July 31.",
     ["2021-06-21", "2021-07-31"]),
    (dt.date(2021, 6, 22), "The council accepted the chief's retirement effective Aug. 15.", ["2021-08-15"]),
    (dt.date(2021, 6, 22), "The board granted him leave effective on Sept. 1.", ["2021-09-01"]),
    # ... not a day it took effect, a day gone by with a past told after it, nor one of a year named
    (dt.date(2021, 6, 22), "The ban, which took effect on July 31, was lifted in March.", ["2020-07-31", "2021-03"]),
    (dt.date(2021, 6, 22), "Smith was hired effective July 31, and resigned on Aug. 3.", ["2020-07-31", "2020-08-03"]),
    (dt.date(2021, 6, 22), "The rule, effective July 31 of last year, was repealed.", ["2020-07-31"]),
    (dt.date(2021, 6, 22), "He resigned effective March 3.", ["2021-03-03"]),
    (dt.date(2021, 6, 22), "Prices rose sharply from July 31.", ["2020-07-31"]),
])

test_a_model_year_before_a_maker_of_other_roads_names_a_vehicle = dated_test([
    (dt.date(2019, 4, 2), "The vehicle, a red 2001 Holden Commodore, failed to take a bend.", []),
    (dt.date(2019, 4, 2), "Police seized a 2009 Vauxhall Astra that had been stolen.", []),
    (dt.date(2019, 4, 2), "A 2015 Land Rover Discovery parked outside was damaged.", []),
    (dt.date(2019, 4, 2), "A 2012 Skoda Octavia collided with a van on Monday.", ["2019-04-01"]),
    # ... not a year of a happening the maker names, nor a year after a preposition of time
    (dt.date(2019, 4, 2), "The 2016 Holden Street Festival drew crowds.", ["2016"]),
    (dt.date(2019, 4, 2), "In 2016 Holden closed its last factory.", ["2016"]),
    (dt.date(2019, 4, 2), "The 2017 Renault recall covered 4,000 cars.", ["2017"]),
    (dt.date(2019, 4, 2), "He bought a Peugeot in 2014 and sold it last year.", ["2014", "2018"]),
])

test_a_number_opening_a_clause_after_a_plain_word_opens_a_sentence = dated_test([
    (dt.date(2018, 12, 26), "A flood watch runs from Thursday evening through Saturday morning. 1 to 3 inches of "
                            "rain are expected Thursday night.",
     ["2018-12-27/2018-12-29", "2018-12-29", "2018-12-27"]),
])


@pytest.mark.parametrize("text, expected", [
    ("The watch runs through Saturday morning. 1 to 3 inches of rain are expected.",
     ["The watch runs through Saturday morning.", "1 to 3 inches of rain are expected."]),
    ("Crews fought the fire all day. 25 people were treated.", ["Crews fought the fire all day.",
                                                                 "25 people were treated."]),
    ("Output grew by 5 percent. 1,200 jobs were added.", ["Output grew by 5 percent.", "1,200 jobs were added."]),
    # ... not after an abbreviation, a name's "No." or digits, nor before a numbered item
    ("He is ranked No. 1 in the world.", ["He is ranked No. 1 in the world."]),
    ("The figures are in vol. 3 of the report.", ["The figures are in vol. 3 of the report."]),
    ("It cost approx. 5 dollars.", ["It cost approx. 5 dollars."]),
    ("Cases of Covid-19. 19 fears ease.", ["Cases of Covid-19. 19 fears ease."]),
    ("The steps follow. 1. Open the box.", ["The steps follow. 1.", "Open the box."]),
])
def test_where_a_number_after_a_full_stop_opens_a_sentence(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected

test_a_prompt_to_comment_on_a_stamp_line_is_part_of_the_stamp = dated_test([
    (dt.date(2022, 1, 13), "Man faces charges\n\nStar Staff\nJan 13, 2022  •  1 hour ago  •  < 1 minute read  •  "
                           "Join the conversation\nA driver has been charged.", []),
    (dt.date(2021, 3, 3), "Council votes\n\nBy Jane Roe\nMarch 3, 2021 • Join the discussion\nThe council voted on "
                          "Monday.", ["2021-03-01"]),
    (dt.date(2021, 3, 3), "Council votes\n\nMarch 3, 2021 | 12 comments\nThe council voted on Monday.",
     ["2021-03-01"]),
    # ... not the words in a sentence of the story's
    (dt.date(2022, 1, 13), "Residents were urged to join the conversation on Jan. 5, 2022 at the hall.",
     ["2022-01-05"]),
    (dt.date(2022, 1, 13), "The forum on Jan. 5, 2022 drew 12 comments from residents.", ["2022-01-05"]),
])

test_a_part_of_the_day_with_a_day_set_beside_it_is_that_day = dated_test([
    (dt.date(2018, 4, 2), "This evening, Sunday, April 1, 2018, around 6:30 p.m. police responded to a call.",
     ["2018-04-01"]),
    (dt.date(2018, 4, 2), "This morning, April 1, police responded to a call.", ["2018-04-01"]),
    (dt.date(2018, 4, 2), "Tonight, Sunday, April 1, police responded.", ["2018-04-01"]),
    (dt.date(2018, 4, 2), "This evening (Sunday, April 1) police responded.", ["2018-04-01"]),
    # ... not the first of a list of days, a day's possessive, nor a day of a clause of its own
    (dt.date(2018, 4, 2), "This evening, Saturday and Sunday are sold out.", ["2018-04-02", "2018-03-31", "2018-04-01"]),
    (dt.date(2018, 4, 2), "This morning, Monday's attack was condemned.", ["2018-04-02"]),
    (dt.date(2018, 4, 2), "Police came this morning, and on Sunday a man was charged.", ["2018-04-02", "2018-04-01"]),
])
