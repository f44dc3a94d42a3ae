"""A lead's dateline without an agency: the place, the day and a dash before the first sentence
("WASHINGTON, March 13 - The Senate voted ...", "Kyiv, Ukraine, March 13 — ...", "Charlotte, N.C.,
March 13 - ..."). The date is the story's own day, no event (bench/realnews/README.md, the
annotation conventions), and its "today" and weekdays count from it, as a wire dateline's with an
agency do. A date that opens a sentence, a headline's own date ("Friday, April 19, 2024 – The
company is recalling ..."), a named day's date stay events.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences
are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2024, 3, 14)
FRI = dt.date(2024, 3, 15)

test_a_lead_dateline_with_a_dash_is_the_stories_day = dated_test([
    # A spaced hyphen after a place in capitals and the day.
    (THU, "WASHINGTON, March 13 - The Senate voted today to pass the bill.", ["2024-03-13"]),
    (THU, "WASHINGTON, March 14 - The Senate voted on Tuesday to pass the bill.", ["2024-03-12"]),
    (THU, "SAN JOSE, Calif., March 13 - The company cut 300 jobs on Monday, a spokeswoman said.",
     ["2024-03-11"]),
    (THU, "KYIV, Ukraine, March 13 - Russian drones struck the capital overnight, officials said today.",
     ["2024-03-13"]),
    (THU, "Senate passes budget\n\nWASHINGTON, March 13 - The Senate voted today to pass the bill.",
     ["2024-03-13"]),
    # The place in title case, with any dash.
    (THU, "Charlotte, N.C., March 13 - The bank said its shareholders approved the merger today.",
     ["2024-03-13"]),
    (THU, "Kyiv, Ukraine, March 13 — Russian drones struck the capital on Tuesday.", ["2024-03-12"]),
    (THU, "Dar es Salaam, March 14 – The port reopened on Monday after the storm.", ["2024-03-11"]),
    (THU, "New Delhi, March 13 -- The minister arrived in Dhaka today.", ["2024-03-13"]),
    (THU, "St. Louis, March 13 - The city council voted today to raise fares.", ["2024-03-13"]),
    # Below a headline and a by-line more than a few lines long.
    (THU, "Merger approved as shareholders back the long-awaited deal between the two regional banks\n\n"
          "By Jane Smith, Staff Writer, covering banking, finance and the regional economy for the paper\n\n"
          "Posted in Business, Banking, Mergers and Acquisitions, Regional Economy, Markets, Stocks\n\n"
          "Charlotte, N.C., March 13 - The bank said its shareholders approved the merger today.",
     ["2024-03-13"]),
])

test_a_date_before_a_dash_that_is_no_dateline_stays = dated_test([
    (THU, "March 13 - The Senate voted to pass the bill.", ["2024-03-13"]),
    (THU, "On March 13 the Senate voted to pass the bill.", ["2024-03-13"]),
    (dt.date(2024, 4, 19), "Friday, April 19, 2024 – The company is recalling 10,000 cars.", ["2024-04-19"]),
    (THU, "Wednesday, March 13 - The Senate voted to pass the bill.", ["2024-03-13"]),
    (THU, "Today, March 14 – The Senate votes on the bill.", ["2024-03-14"]),
    (dt.date(2024, 5, 20), "Memorial Day, May 27 - Parades will be held across the city.", ["2024-05-27"]),
    (THU, "The Senate voted, March 13 - a day late - to pass the bill.", ["2024-03-13"]),
    (THU, "In Washington, March 13 - The Senate voted to pass the bill.", ["2024-03-13"]),
    (THU, "Prague, March 13 the bank raised rates.", ["2024-03-13"]),
    (THU, "Senate Vote, March 13 - What Happened", ["2024-03-13"]),
    # Lines of a list, each opening with a place and its day: no dateline.
    (THU, "Tour dates\nChicago, March 20 - The band plays the United Center.\n"
          "Detroit, March 22 - The band plays Ford Field.", ["2024-03-20", "2024-03-22"]),
])

test_a_dateline_days_before_the_paper_is_the_stories_day = dated_test([
    # A story filed on Monday, printed on Friday: its "today" and its weekdays count from Monday.
    (FRI, "LAGOS, March 11 (Reuters) - The central bank raised its main rate today, officials said.",
     ["2024-03-11"]),
    (FRI, "WASHINGTON, March 11 — The House will vote on Thursday on the bill.", ["2024-03-14"]),
    (FRI, "WASHINGTON, March 11 — The Senate passed the bill on Wednesday.", ["2024-03-06"]),
    (FRI, "Sofia, March 11\nThe cabinet today approved the draft budget.", ["2024-03-11"]),
    (FRI, "Kyiv, Ukraine, March 9 — Russian drones struck the capital today.", ["2024-03-09"]),
    # Not: a date that is no dateline, or a dateline weeks before the paper's date.
    (FRI, "On March 11, the bank raised rates. Today it held its board meeting.", ["2024-03-11", "2024-03-15"]),
    (FRI, "March 11 was a busy day. Today the board met again.", ["2024-03-11", "2024-03-15"]),
    (FRI, "LAGOS, Feb. 20 (Reuters) - The central bank raised its main rate today.", ["2024-03-15"]),
])

test_a_heading_with_a_day_and_a_dash_is_no_dateline = dated_test([
    # A heading's day days after the paper's date, or an occasion's name before it: the day is the
    # event's, no dateline (a story's dateline is on its paper's day or a few days before).
    (THU, "Boston Marathon, April 15 - Thousands of runners will take part.", ["2024-04-15"]),
    (THU, "Board Meeting, March 20 - The board will vote on the budget.", ["2024-03-20"]),
    (THU, "Budget Hearing, March 20: Residents may speak for three minutes each.", ["2024-03-20"]),
    (THU, "NCAA TOURNAMENT, March 19 - The first round tips off in Dayton.", ["2024-03-19"]),
    (THU, "Weather Forecast, March 15 - Expect rain in the afternoon.", ["2024-03-15"]),
    (THU, "Election Results, March 5 - Here is how the county voted.", ["2024-03-05"]),
    (THU, "Concert Series, March 22 - The orchestra will play Mahler.", ["2024-03-22"]),
    (THU, "Town Hall, March 20 - Residents will meet the mayor.", ["2024-03-20"]),
    (THU, "BOARD MEETING, March 20 - The board will vote on the budget.", ["2024-03-20"]),
    (THU, "Tickets go on sale soon.\nChicago, March 20 - The band plays the United Center.", ["2024-03-20"]),
])
