"""Kinds found reading the development sets of timelines (realnews-fresh75, realnews-fresh76) in session 43, each in
general form; rows written for the test, not the pages' text.

- a list entry's label may give its weekday in capitals, as its month ("FRIDAY SEPTEMBER 19th: ..."): the entry is
  read as a title-case label is, its year the list's;
- a holiday's name ending in its weekday that is all a list entry tells ("4 May: Bank Holiday Monday.") is the name of
  the entry's day, no weekday of its own;
- a web address without its scheme, a host and a path left in a page's text ("/cdn.example.com/uploads/usa-today-
  8735430.jpg"), holds no date;
- a line asking the reader to follow a programme's account ("Follow TODAY on WhatsApp") holds no "today".
Near neighbours keep their readings.
"""
import datetime as dt

from dated import dated_test

test_a_weekday_in_capitals_opens_an_entrys_label = dated_test([
    (dt.date(2008, 9, 27), "Timeline of the crisis\nSUNDAY SEPTEMBER 14th: The bank files for bankruptcy.\n"
                           "MONDAY SEPTEMBER 15th: The insurer says it is struggling.\nFRIDAY SEPTEMBER 19th: The "
                           "secretary calls for the government to spend billions.\nSATURDAY SEPTEMBER 20th: The "
                           "government raises the threshold.",
     ["2008-09-14", "2008-09-15", "2008-09-19", "2008-09-20"]),
])

test_a_holidays_name_ending_in_its_weekday_names_the_entrys_day = dated_test([
    (dt.date(2015, 1, 1), "Key dates\n\n21 April: The deadline for postal votes.\n\n4 May: Bank Holiday Monday.\n\n"
                          "7 May: Election day.",
     ["2015-04-21", "2015-05-04", "2015-05-07"]),
    (dt.date(2015, 1, 1), "May 25: Memorial Day Monday.", ["2015-05-25"]),
    # ... not a weekday that tells more than the day's name
    (dt.date(2015, 1, 1), "4 May: Talks resume Monday.", ["2015-05-04", "2015-01-05"]),
    (dt.date(2015, 1, 1), "4 May: Bank Holiday Monday, when most offices close.", ["2015-05-04", "2015-01-05"]),
])

test_a_web_address_without_its_scheme_holds_no_date = dated_test([
    (dt.date(2016, 2, 15), "/cdn.example-cdn.com/uploads/chorus_image/image/48815487/usa-today-8735430.0.jpg)", []),
    (dt.date(2016, 2, 15), "Photo: static.example.org/2015/03/05/fans-today.jpg", []),
    # ... nor is a fraction or a day in prose beside such an address read as one
    (dt.date(2016, 2, 15), "He paid 1/2 of the bill today.", ["2016-02-15"]),
    (dt.date(2016, 2, 15), "The report (at example.com/report) came out on Friday.", ["2016-02-12"]),
])

test_a_line_to_follow_a_programmes_account_holds_no_today = dated_test([
    (dt.date(2016, 7, 15), "The attack came on Thursday.\n\nFollow TODAY on WhatsApp\n\nPolice said more.",
     ["2016-07-14"]),
    (dt.date(2016, 7, 15), "Subscribe to Today on YouTube", []),
    # ... not a "today" in a sentence about following something
    (dt.date(2016, 7, 15), "Fans will follow today on TV as the team plays.", ["2016-07-15"]),
])

# A digest's entry head may give the hour after its date ("Nov. 8, 2011, 2:30 p.m. — ..."): the entry's other dates
# are read from that day, as under a head without one.
test_an_entry_head_with_its_hour_dates_the_entry = dated_test([
    (dt.date(2013, 6, 22), "Nov. 7, 2011 — The attorney general says the coach is not a target.\n\nNov. 8, 2011, 2:30 "
                           "p.m. — The hearing on the charges moved to December.\n\nNov. 9, 2011, 10 a.m. — The coach "
                           "announces he will retire.",
     ["2011-11-07", "2011-11-08", "2011-12", "2011-11-09"]),
])

# A limit's hour between it and its weekday ("no later than 4:00 p.m. on Sunday", "by 5 p.m. on Sunday") keeps the
# day ahead of the order, as "no later than Sunday" does; a clock's colon opens no clause.
test_a_limits_hour_before_its_weekday_keeps_the_day_ahead = dated_test([
    (dt.date(2012, 10, 27), "He orders the casinos to evacuate no later than 4:00 p.m. on Sunday.", ["2012-10-28"]),
    (dt.date(2012, 10, 27), "Police ordered residents to leave by 5 p.m. on Sunday.", ["2012-10-28"]),
    (dt.date(2012, 10, 27), "Police ordered residents to leave by 5:30 p.m. on Sunday.", ["2012-10-28"]),
    # ... not a time a thing was done by
    (dt.date(2012, 10, 27), "He arrived no later than 4 p.m. on Sunday.", ["2012-10-21"]),
])

# A quoted word inside a noun phrase ('will submit "credible" reform plans on Thursday') leaves the phrase in its
# clause, as a quoted term right before the date's preposition does; an infinitive after the quote still opens a
# clause of its own.
test_a_quoted_word_inside_a_noun_phrase_keeps_its_clause = dated_test([
    (dt.date(2015, 7, 8), 'The minister said Greece will submit "credible" reform plans on Thursday.', ["2015-07-09"]),
    (dt.date(2015, 7, 8), "The minister said Greece will submit “credible” reform plans on Thursday.", ["2015-07-09"]),
    (dt.date(2015, 7, 8), 'He expressed a "willingness" to restart talks in October.', ["2014-10"]),
])
