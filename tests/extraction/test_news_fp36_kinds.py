"""Kinds of wrong date found in culture, entertainment, education, technology and transport news (fp36's precision
sample: 22 pages of film, music and festival news, an obituary, school and university notices, outages, a product
meeting, airline, rail and road news from Britain, Canada, Chad, India, Sri Lanka and the United States, 2016-2024),
each fixed in general form; written sentences, one general case per row.

- A paper's name in capitals that closes prose after a verb of telling ("a spokesman told USA TODAY.", "in an
  interview with INDIA TODAY.") is the paper, no "today", as it is with more after it or in a credit line.
- "normally" right after a verb told once, in the past or after a modal or "to", with a preposition or a stop after
  it ("trains ran normally after Saturday's strike", "schools will function normally on Thursday") tells how a thing
  went or goes, no custom: the day or month after it stays dated (not "is normally held", "normally closes", a
  present's "runs normally in May").
- A plain weekday read four to six days ahead only because a happening's schedule names it after its noun ("flights
  scheduled for Monday"), in a sentence told in the past with no future of its own and no putting off, after the text
  read the same weekday as one of the three days gone by, is that day gone by.
- A weekday naming a part of a programme ("the Sunday show", "the Friday and Saturday concerts") a few sentences after
  the text named a run of two to seven days holding that weekday is the run's day.
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2025, 3, 11)  # Mon 10 gone; Mon 17 ahead
WED = dt.date(2025, 3, 12)  # Mon 10, Tue 11 gone; Thu 13 .. Sun 16 ahead; Fri 7, Sat 8, Sun 9 gone

test_a_paper_told_at_the_end_of_prose_is_no_day = dated_test([
    ("“The plant will reopen,” a spokeswoman for the utility told USA TODAY.", []),
    ("The bridge closed on Monday, a city engineer told USA TODAY.", ["2025-03-10"]),
    ("Officials confirmed the recall, according to INDIA TODAY.", []),
    ("The minister said so in an interview with USA TODAY.", []),
    # near neighbours: a place before the capitals, a credit line, a plain "today"
    ("Prices are rising across the UK TODAY.", ["2025-03-12"]),
    ("Calum MacLeod, USA TODAY", []),
    ("The coach told reporters today that the team is ready.", ["2025-03-12"]),
], WED)

test_normally_after_a_verb_told_once_is_no_custom = dated_test([
    ("Trains ran normally after Saturday's strike.", ["2025-03-08"]),
    ("Flights operated normally on Monday, the airline said.", ["2025-03-10"]),
    ("Schools will function normally on Thursday.", ["2025-03-13"]),
    ("Shops reopened normally in February after the floods.", ["2025-02"]),
    # near neighbours: a custom before its verb, after a copula, a present's round, fronted
    ("The market is normally held on Saturday.", []),
    ("The office normally closes in May.", []),
    ("The river runs normally in May.", []),
    ("Normally, the fair takes place in July.", []),
], WED)

test_a_scheduled_weekday_told_in_the_past_keeps_the_day_gone_by = dated_test([
    ("A storm struck early Monday. The storm led to the cancellation of 300 flights scheduled for Monday.",
     ["2025-03-10", "2025-03-10"]),
    ("Teachers walked out on Monday. The walkout forced the cancellation of classes planned for Monday, the district "
     "said.", ["2025-03-10", "2025-03-10"]),
    ("Fog closed the airport early Monday. It led to the loss of 40 flights scheduled for Monday, as well as delays "
     "for many more.", ["2025-03-10", "2025-03-10"]),
    # near neighbours: no weekday told gone by before, a future, "next", a present schedule, a putting off
    ("The storm led to the cancellation of 300 flights scheduled for Monday.", ["2025-03-17"]),
    ("A storm struck early Monday. The airline will cancel flights scheduled for Monday.", ["2025-03-10", "2025-03-17"]),
    ("A storm struck early Monday. The airline cancelled flights scheduled for next Monday.",
     ["2025-03-10", "2025-03-17"]),
    ("A storm struck early Monday. A second meeting is scheduled for Monday.", ["2025-03-10", "2025-03-17"]),
    ("A storm struck early Monday. Officials postponed the vote scheduled for Monday until April.",
     ["2025-03-10", "2025-03-17", "2025-04"]),
], TUE)

test_a_programme_weekday_after_a_named_run_is_the_run_s_day = dated_test([
    ("The festival runs at the park from April 25-27. Organisers said the Sunday show had sold out.",
     ["2025-04-25/2025-04-27", "2025-04-27", "2025-04-27"]),
    ("The fair is at the showground from May 2-4. Tickets for the Friday and Saturday concerts are still on sale.",
     ["2025-05-02/2025-05-04", "2025-05-04", "2025-05-02", "2025-05-03"]),
    ("The tournament runs from June 6 to June 8 in Leeds. The Saturday matches will be shown live.",
     ["2025-06-06/2025-06-08", "2025-06-08", "2025-06-07"]),
    # near neighbours: a weekday the run does not hold, one with no programme's noun, a paper's name
    ("The festival runs from April 25-27. The Tuesday show is a charity gig.",
     ["2025-04-25/2025-04-27", "2025-04-27", "2025-03-11"]),
    ("The festival runs from April 25-27. Organisers met on Sunday to plan it.",
     ["2025-04-25/2025-04-27", "2025-04-27", "2025-03-09"]),
    ("The talks run from April 25-27. The Sunday Times reported the deal.", ["2025-04-25/2025-04-27", "2025-04-27"]),
], WED)
