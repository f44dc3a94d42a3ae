"""Kinds of error found by sampling recent news the engine had never seen (session 24, fp7): a
headline in capitals that tells a plan, a day told with a past verb of saying whose reported clause
has no "that", a weekday's match one works or hopes to win, a section's time stamp.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2024, 6, 3)
WED = dt.date(2024, 6, 5)
THU = dt.date(2024, 6, 6)
SAT = dt.date(2024, 6, 8)


# A headline all in capitals is read as one in lower case: "<subject> TO <verb> ... <day>" is a plan,
# the coming day, as "Storm to hit coast Saturday" is; a headline's own verb before "TO" is still what
# happened.
test_a_headline_in_capitals_tells_its_plan = dated_test([
    (SAT, "COURT APPEAL TO TAKE PLACE ON TUESDAY\n\nThe judge set the date.", ["2024-06-11"]),
    (SAT, "GOVERNOR TO VISIT COASTAL TOWNS MONDAY\n\nHer office said so.", ["2024-06-10"]),
    (WED, "UNION TO STRIKE FRIDAY; TALKS TO RESUME MONDAY\n\nThe union said so.", ["2024-06-07", "2024-06-10"]),
    # ... as before: the headline's own verb, a fall "to" a figure, a plan in sentence case
    (SAT, "MAN SENTENCED TO PRISON MONDAY\n\nThe judge ruled.", ["2024-06-03"]),
    (SAT, "SENATE AGREES TO EXTEND DEADLINE THURSDAY\n\nIt passed.", ["2024-06-06"]),
    (SAT, "STOCKS FALL TO RECORD LOW FRIDAY\n\nThey fell.", ["2024-06-07"]),
    (SAT, "Court appeal to take place on Tuesday\n\nThe judge set the date.", ["2024-06-11"]),
    # ... nor a day named for a happening that is no plan ("in Friday crash", "after Monday storm"), in
    # capitals or not
    (SAT, "BUS FIRM TO PAY VICTIMS OF THURSDAY CRASH\n\nIts lawyer said so.", ["2024-06-06"]),
    (SAT, "PARK TO REOPEN AFTER MONDAY STORM\n\nCrews cleared it.", ["2024-06-03"]),
    (SAT, "Witness to testify about Tuesday shooting\n\nPolice said so.", ["2024-06-04"]),
    (SAT, "MAYOR TO DISCUSS TUESDAY'S DEFEAT\n\nShe will speak at noon.", ["2024-06-04"]),
])


# A day told before a past verb of saying, thinking or warning whose reported clause has no "that":
# the pronoun right before the modal opens the reported clause, so the modal is what was said and the
# day the saying's ("The two leaders on Wednesday expressed confidence they will prevail").
test_a_day_before_a_saying_with_no_that_is_the_sayings = dated_test([
    (THU, "The two candidates on Wednesday expressed confidence they will win.", ["2024-06-05"]),
    (THU, "The mayor on Monday warned it will take weeks to restore power.", ["2024-06-03"]),
    (THU, "The striker, on Tuesday, insisted he would stay at the club.", ["2024-06-04"]),
    (THU, "Officials on Monday voiced hope we will see the bridge reopen soon.", ["2024-06-03"]),
    # ... not a modal with no pronoun of its own before it, nor a reported clause opened by "that"
    (MON, "The council on Thursday approved a plan that will raise fares.", ["2024-05-30"]),
    (MON, "Volunteers on Saturday trained to help the crews that will arrive.", ["2024-06-01"]),
    (THU, "Stores on Saturday stocked with supplies will reopen.", ["2024-06-08"]),
    # ... nor a fronted day, whose -ed word may open a phrase of condition or manner before the main clause
    (THU, "On Monday, once signed it will become law.", ["2024-06-10"]),
    (THU, "On Saturday as agreed they will hand over the keys.", ["2024-06-08"]),
    (THU, "On Monday, when finished it will seat 40,000 fans.", ["2024-06-10"]),
])


# A weekday's match that one works, tries, hopes or needs to win, told in the present, is still to be
# played: the nearest such day, the coming one when the last lies more than three days back.
test_a_days_match_one_strives_to_win_is_still_ahead = dated_test([
    (SAT, "We are already working to try and win Tuesday's game.", ["2024-06-11"]),
    (SAT, "The side is hoping to win Tuesday's final against Leeds.", ["2024-06-11"]),
    (SAT, "We need to beat them in Tuesday's match.", ["2024-06-11"]),
    (SAT, "Both teams are desperate to win Tuesday's derby.", ["2024-06-11"]),
    (SAT, "The side is aiming to beat Leeds in Tuesday's game.", ["2024-06-11"]),
    (SAT, "They need to beat Real Madrid in Tuesday's semi-final.", ["2024-06-11"]),
    (SAT, "The players are determined to win Tuesday's rematch.", ["2024-06-11"]),
    (SAT, "The coach says his side needs to defeat Leeds in Tuesday's cup tie.", ["2024-06-11"]),
    # ... not a hope told in the past, one whose outcome follows, nor a day close behind
    (SAT, "The side tried to win Tuesday's game but lost.", ["2024-06-04"]),
    (SAT, "We are hoping to win Tuesday's game, which we lost.", ["2024-06-04"]),
    (SAT, "The team is looking to win Thursday's final.", ["2024-06-06"]),
    (SAT, "The side was desperate to win Tuesday's game.", ["2024-06-04"]),
    (SAT, "We didn't need to win Tuesday's match to qualify.", ["2024-06-04"]),
    (SAT, "They were only trying to win Tuesday's game.", ["2024-06-04"]),
    (SAT, "The side did not really need to win Tuesday's game.", ["2024-06-04"]),
])


# A full date whose month is in lower case, with its day and year in figures, is a date ("19 feb 2024",
# "february 19, 2024"), not a bare year; a section's label before a page's date and clock time
# ("Football news 19 feb 2024, 14:54") is a time stamp, no event.
test_a_full_date_in_lower_case_and_a_sections_stamp = dated_test([
    (MON, "The club was founded on 19 february 2024.", ["2024-02-19"]),
    (MON, "The club was founded on february 19, 2024.", ["2024-02-19"]),
    (MON, "The coach was sacked.\n\nFootball news 3 jun 2024, 14:54\nThe club said so on Monday.", ["2024-06-03"]),
    (MON, "The coach was sacked.\n\nFootball news 3 Jun 2024, 14:54\nThe club said so on Monday.", ["2024-06-03"]),
    # ... not a month word in lower case with no day and year in figures, nor a line that tells news
    (MON, "Prices may 5 percent rise.", []),
    (MON, "The coach was sacked.\n\nGood news on 3 Jun 2024 for fans\nThe club said so.", ["2024-06-03"]),
])


# A month (or a yearless day) named attributively for what a past verb asks for ("pushed for a February
# court date", "asked for a March hearing") in the months just before it is the coming one, as one a
# past verb sets or plans is ("proposed a February vote").
DEC = dt.date(2024, 12, 18)
test_a_month_asked_for_is_the_coming_one = dated_test([
    (DEC, "The defence pushed for a February court date.", ["2025-02"]),
    (DEC, "Lawyers for the city asked for a January hearing.", ["2025-01"]),
    (DEC, "The union lobbied for a January pay rise.", ["2025-01"]),
    (DEC, "They wrote to the court on Friday, pressing for a February trial.", ["2024-12-13", "2025-02"]),
    (DEC, "The prosecutors requested a Feb. 3 hearing.", ["2025-02-03"]),
    # ... not a month asked about that lies far behind, nor one the verb does not ask for
    (DEC, "The lawyers asked for a September hearing.", ["2024-09"]),
    (DEC, "The defence pushed back against a February ruling.", ["2024-02"]),
    (DEC, "Families asked for an inquiry into the February fire.", ["2024-02"]),
    (DEC, "Reporters asked for a copy of the January verdict.", ["2024-01"]),
    (DEC, "Police requested the Feb. 3 footage from the shop.", ["2024-02-03"]),
    (DEC, "The defence asked for the February verdict to be quashed.", ["2024-02"]),
    (DEC, "Lawyers asked for a January hearing to be set.", ["2025-01"]),
])


# "the following day", "the day after" right after a day named by a name or by what happens on it ("on
# Eid day and the following day", "on polling day and the day after") count from that day; when no rule
# dates it, they say no day (not the day after the text's last day).
test_the_day_after_a_named_day_no_rule_dates = dated_test([
    (SAT, "Strikes were carried out on Friday night. The group will halt attacks on Eid day and the following day.",
     ["2024-06-07"]),
    (SAT, "Strikes hit on Friday. Fighters will refrain on the last day of Ramadan, Eid day, and the following day.",
     ["2024-06-07"]),
    (SAT, "Protests were held on Friday. Shops will close on polling day and the day after.", ["2024-06-07"]),
    # ... not a day the engine dates, nor a day of the text's own run of days
    (SAT, "Strikes were carried out on Friday. The group will halt attacks on Christmas Day and the following day.",
     ["2024-06-07", "2024-12-25", "2024-12-26"]),
    (SAT, "Talks opened on June 3. The first day and the next day went well.", ["2024-06-03", "2024-06-04"]),
    (SAT, "The storm hit on Friday and the following day.", ["2024-06-07", "2024-06-08"]),
    (SAT, "The city voted on Sunday. Bars were shut on polling day and the day after.", ["2024-06-02", "2024-06-03"]),
    (SAT, "Families celebrated Eid al-Adha on Sunday. Offices closed on Eid day and the following day.",
     ["2024-06-02", "2024-06-03"]),
])


# A lead's dateline whose place has Latin-1 letters ("SÃO PAULO, 18 January 2024 /PRNewswire/ --",
# "BOGOTÁ, Colombia, Jan. 18, 2024 --") is the article's date, no event, as one in plain capitals is.
JAN = dt.date(2024, 1, 18)
test_a_dateline_whose_place_has_accents = dated_test([
    (JAN, "Acme to delist shares\n\nSÃO PAULO, 18 January 2024 /PRNewswire/ -- Acme announces that its board "
          "has approved a plan.", []),
    (JAN, "Acme to delist shares\n\nBOGOTÁ, Colombia, Jan. 18, 2024 -- Acme announces that its board has "
          "approved a plan.", []),
    (JAN, "Acme to delist shares\n\nZürich, Jan. 18, 2024 -- Acme announces a plan.", []),
    # ... as before: a place in plain capitals, and a date that opens a sentence with a verb before its dash
    (JAN, "Acme to delist shares\n\nSAO PAULO, 18 January 2024 /PRNewswire/ -- Acme announces a plan.", []),
    (JAN, "Acme to delist shares\n\nThe mine reopened on 2 March 2019 – two weeks after the flood.",
     ["2019-03-02", "2019-02-16"]),
])


# "today", "yesterday" or "tomorrow" with a day set beside it ("Today, 14 September, the session ends",
# "passed in yesterday's Wednesday session", "ends today, Thursday") is one day, the one named: the text's
# "today" may be a day or two before the paper's date. A bare weekday beside it is the one nearest that day.
FRI = dt.date(2023, 9, 15)
test_a_relative_day_with_its_day_beside_it_is_that_day = dated_test([
    (FRI, "Today, 14 September, the session ends.", ["2023-09-14"]),
    (FRI, "The session ends today (Sept. 14).", ["2023-09-14"]),
    (FRI, "The bill was passed in yesterday's Wednesday session.", ["2023-09-13"]),
    (FRI, "The bill was passed yesterday, Wednesday.", ["2023-09-13"]),
    (FRI, "The session ends today, Thursday.", ["2023-09-14"]),
    (FRI, "The vote will be held tomorrow, Sunday.", ["2023-09-17"]),
    # ... as before: the two agreeing, a count beside it, a day of a clause of its own
    (FRI, "The vote is today, Friday, September 15.", ["2023-09-15"]),
    (FRI, "Stocks fell yesterday, a day after the Fed met.", ["2023-09-14", "2023-09-13"]),
    (FRI, "Stocks fell yesterday, and on Monday they rose.", ["2023-09-14", "2023-09-11"]),
    (FRI, "The museum is closed today, Saturday and Sunday.", ["2023-09-15", "2023-09-16", "2023-09-17"]),
    (FRI, "Today, Monday's attack was condemned by the council.", ["2023-09-15", "2023-09-11"]),
    (FRI, "The bill was passed yesterday, Saturday.", ["2023-09-14", "2023-09-09"]),
])
