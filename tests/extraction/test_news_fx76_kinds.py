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
