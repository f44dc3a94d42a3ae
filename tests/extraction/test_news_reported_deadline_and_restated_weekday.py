"""Two readings of a bare weekday that the clause's past would put a week off (session 28, wk7).

A deadline named by its day inside what someone said ("The mayor said the Friday deadline is too tight"):
the verb of saying is past, but the deadline belongs to the reported clause, and when that clause tells
nothing past the deadline is still to come. A saying cannot be dated by a weekday that sits between a
determiner and "deadline"; only the reported clause can. A deadline the reported clause tells as gone
("said the Friday deadline was missed") stays gone by.

A bare weekday told in the past right after a full date that falls on the same weekday, in a photo's caption
with its credit ("Workers picket in Oakland July 1, 2013. Trains stopped running on Monday ... (Photo: ...)",
July 1, 2013 being a Monday, in a page dated in August): the weekday restates that date, not the last such day before the paper's,
which may be weeks later. Only a date up to six weeks before the paper's (a background date years back is
followed by this week's news on any weekday), not a weekday fronted to open its sentence (a new happening's
lead), not a day told by another bare weekday before it, nor across a paragraph break.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2025, 3, 4)   # Thu Feb 27 | Thu Mar 6
FRI = dt.date(2025, 3, 7)   # Mon Mar 3 | Mon Mar 10

test_a_deadline_by_its_day_in_a_reported_present_is_ahead = dated_test([
    (TUE, "The mayor said despite the city's Thursday deadline, she still thinks a deal can be reached.",
     ["2025-03-06"]),
    (TUE, "The union said the Thursday deadline is too tight for a vote.", ["2025-03-06"]),
    (TUE, "Negotiators told reporters the Thursday deadline would not be extended.", ["2025-03-06"]),
    (TUE, "She added that she hopes to finish the report before the Thursday deadline.", ["2025-03-06"]),
    # an aside of saying after the deadline, and a present the tense markers leave out (rv20)
    (TUE, "The Thursday deadline, the mayor said, is too tight.", ["2025-03-06"]),
    (TUE, "The governor said the Thursday deadline still stands.", ["2025-03-06"]),
    (TUE, "The Thursday deadline, officials said, remains in force.", ["2025-03-06"]),
])

test_a_reported_deadline_told_gone_stays_past = dated_test([
    (TUE, "The union said the Thursday deadline was missed.", ["2025-02-27"]),
    (TUE, "The mayor said the Thursday deadline passed without a deal.", ["2025-02-27"]),
    (TUE, "The council missed the Thursday deadline, the mayor said.", ["2025-02-27"]),
    (TUE, "The mayor said the city met the Thursday deadline.", ["2025-02-27"]),
    (TUE, "The Thursday deadline, the mayor said, was missed.", ["2025-02-27"]),
])

test_a_weekday_after_a_full_date_of_that_weekday_restates_it = dated_test([
    (FRI, "Pickets stand outside a depot in Leeds, England Feb. 3, 2025. Transit workers went on strike on Monday "
          "for the first time in 15 years. (Photo: Reuters/Jane Roe)", ["2025-02-03", "2025-02-03"]),
    (FRI, "Linemen repair a pole in Mobile, Alabama, on Tuesday, Feb. 11, 2025. Crews worked through Tuesday night "
          "to restore power. (AP Photo/John Doe)", ["2025-02-11", "2025-02-11"]),
])

test_a_weekday_after_another_day_keeps_its_own_week = dated_test([
    # another weekday of the full date: the story moves on, the week of the paper
    (FRI, "Transit workers walked off the job on Feb. 3, 2025. They returned to work on Tuesday.",
     ["2025-02-03", "2025-03-04"]),
    # a new paragraph
    (FRI, "Transit workers walked off the job on Feb. 3, 2025.\n\nThey went on strike again on Monday.",
     ["2025-02-03", "2025-03-03"]),
    # a day ahead
    (FRI, "Transit workers walked off the job on Feb. 3, 2025. They will strike again on Monday.",
     ["2025-02-03", "2025-03-10"]),
    # no caption: a full date weeks back and this week's news, the normal lede (rv20)
    (FRI, "Transit workers walked off the job on Feb. 3, 2025. They went on strike again on Monday.",
     ["2025-02-03", "2025-03-03"]),
    (FRI, "The strike began on Feb. 3, 2025. Union leaders met with the company Monday, but no deal was reached.",
     ["2025-02-03", "2025-03-03"]),
    # a weekday fronted to open its sentence: a new happening's lead
    (FRI, "Transit workers walked off the job on Feb. 3, 2025. On Monday, the union called off the strike.",
     ["2025-02-03", "2025-03-03"]),
    # a background date years back, then this week's news on the same weekday (rv20)
    (FRI, "The dam failed on March 9, 2020. Engineers found a new crack in it on Monday.",
     ["2020-03-09", "2025-03-03"]),
    (FRI, "She was born on May 6, 1991. She died Monday at her home in Ohio.", ["1991-05-06", "2025-03-03"]),
    # a date without its year, a background the text comes back from (TimeBank, 1990)
    (FRI, "Sanctions have held since the Feb. 17 invasion. On Monday, the minister said talks had failed.",
     ["2025-02-17", "2025-03-03"]),
    # the full date's day is the paper's week already
    (FRI, "Transit workers walked off the job on March 3, 2025. They went on strike on Monday.",
     ["2025-03-03", "2025-03-03"]),
])
