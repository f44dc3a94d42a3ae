"""Kinds found in a precision sample of international and national straight news (2016-2025, wire copy reposted by
outlets in Asia, Africa, the Middle East, Europe and Latin America), each in general form; rows written for the test,
not the pages' text.

- the size of a change set off by a comma, with no verb of its own, before a day ("said it would raise its rate, now 4
  percent, by 100 basis points on Friday") adds to the clause whose verb tells the change: a clause told ahead puts
  the day ahead (a past one keeps the day behind);
- a named day told with "on" and a relative year right after it ("on May Day last year", "on Christmas Eve of last
  year") is one statement, as "on Sept. 10 last year" is: the day of that year's calendar, no year of its own beside
  it (a stretch up to the day, "heading into Thanksgiving last year", keeps the year its own);
- an analyst's note named by its weekday ("in a Sunday research note", "in a Monday client note") is one writing, as
  "a Sunday statement" is: the day it was written, not a weekday of habit ("closed on a Sunday").
Near neighbours keep their readings.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2022, 9, 22)  # a Thursday
WED = dt.date(2016, 2, 17)
MON = dt.date(2021, 3, 22)

test_a_change_size_after_a_comma_takes_the_clause_before_it = dated_test([
    (THU, "The central bank said it would raise its key rate, now 4 percent, by 100 basis points on Friday.",
     ["2022-09-23"]),
    (THU, "The lender will lift its mortgage rate, by 25 basis points from Monday.", ["2022-09-26"]),
    (THU, "The fund said it would trim its stake, currently 9 percent, to 5 percent on Tuesday.", ["2022-09-27"]),
    # ... a past verb keeps the day behind
    (THU, "The bank raised its rate, currently 4 percent, by 100 basis points on Friday.", ["2022-09-16"]),
    (THU, "Shares fell, by 2 percent on Monday, after the report.", ["2022-09-19"]),
    # ... and with no comma the clause was read as before
    (THU, "The bank said it would raise its rate by 100 basis points on Friday.", ["2022-09-23"]),
])

test_a_named_day_on_its_relative_year_is_one_statement = dated_test([
    (WED, "He was jailed over a speech at protests against the arrest on May Day last year.", ["2015-05-01"]),
    (WED, "The minister was arrested on New Year's Day last year.", ["2015-01-01"]),
    (WED, "The blast happened on Christmas Eve of last year.", ["2015-12-24"]),
    (WED, "The church was attacked on Easter Sunday last year.", ["2015-04-05"]),
    (WED, "Voting is set to take place on Christmas Eve next year.", ["2017-12-24"]),
    (WED, "Shops were looted on the Saturday before Christmas last year.", ["2015-12-19"]),
    # ... not a stretch up to the day: the year is the rise's own
    (WED, "Turkey prices rose sharply heading into Thanksgiving last year.", ["2015-11-26", "2015"]),
    # ... nor a year in the next clause
    (WED, "Shops opened on Christmas Day, and last year they were shut.", ["2015-12-25", "2015"]),
])

test_an_analysts_note_named_by_its_weekday_is_one_writing = dated_test([
    (MON, "“The firing may deal a blow to confidence,” wrote the head of strategy at a bank, in a Sunday research "
          "note.", ["2021-03-21"]),
    (MON, "Analysts said in a Saturday client note that the lira would fall.", ["2021-03-20"]),
    (MON, "The strategist warned in a Friday note that rates could rise.", ["2021-03-19"]),
    # ... not a weekday of habit
    (MON, "The market is closed on a Sunday.", []),
    (MON, "He takes notes on a Friday.", []),
])
