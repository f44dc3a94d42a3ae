"""fp23's kinds (session 35 precision sample: 27 pages of broadcast news transcripts and scripts, 1996-2006, CNN,
PBS NewsHour, NPR, VOA, ABC, CBS, on hosts no set uses): a rush transcript's "THIS COPY MAY NOT BE IN ITS FINAL FORM
AND MAY BE UPDATED" has the modal "may", no month (a month takes no bare "be", an adverb or two between at most);
a broadcast's label with the page's full date (a show's or an episode's line, "Show with Host, date: Interview with
...", an announcer's "This is SHOW for date.", a transcript's running head) dates no happening; a proposal told in
the past with its act after it ("had proposed starting the talks July 10") is a plan whose yearless day may be the
coming one; a clock reading's weekday ("it's 3:00 a.m. Thursday in Iraq, where ...") is no happening's day; a
programme's rundown of itself, its name in capitals ("Today on FACE THE NATION, just weeks to go ..."), is no
happening of the day; "March 9, 24 years to the day he took over" dates the taking over on March 9 24 years back.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from transcripts.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2025, 7, 2)  # a Wednesday: Mon 30 June gone, Fri 4 July ahead

test_may_before_be_is_the_modal = dated_test([
    ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n"
     "The mayor resigned on Monday.", ["2025-06-30"]),
    ("The figures are provisional and May be revised.", []),
    ("THE PLANT IS CLOSED AND MAY WELL BE SOLD.", []),
    ("THE FIGURES ARE PROVISIONAL OR MAY NOT BE FINAL.", []),
    # near neighbours: the month after "and" with a verb of its own, a month in a list, the month before a clause
    ("The deadlines in April and May have passed.", ["2025-04", "2025-05"]),
    ("Sales rose in April and May, and prices may well be higher.", ["2025-04", "2025-05"]),
    ("THE TALKS RESUMED IN APRIL AND MAY.", ["2025-04", "2025-05"]),
], WED)


test_a_broadcasts_label_with_the_pages_date_is_no_statement = dated_test([
    ("ANNOUNCER: This is THE EVENING REPORT for Wednesday, July 2, 2025.\n\nHOST: The senate voted on Monday.",
     ["2025-06-30"]),
    ("Radio Online\nlatest show July 2, 2025\n\nThe senate voted on Monday.", ["2025-06-30"]),
    ("Other segments from the episode on July 1, 2025\n\nThe senate voted on Monday.", ["2025-06-30"]),
    ("Morning Talk with Jane Doe, July 2, 2025: Interview with John Roe; Review of a new album.\n\n"
     "The senate voted on Monday.", ["2025-06-30"]),
    ("NEWS SERVICES / 202-555-0100 Capitol Forum (City News) - Wednesday, July 2, 2025 1 JOHN ROE, host: "
     "The senate voted on Monday.", ["2025-06-30"]),
    # near neighbours: a broadcast told in prose, an occasion's heading, "This is" in prose, a wrapped sentence,
    # a show's label with a date far from the page's
    ("I'm Jane Doe, and this is the Evening Report for Wednesday, July 2, 2025.\n\nThe senate voted on Monday.",
     ["2025-06-30"]),
    ("Rather signed off in his last broadcast on July 2, 2025.", ["2025-07-02"]),
    # (a happening's heading with a guest's name: rv30's rows)
    ("Dinner with President Obama, July 1, 2025: A night to remember.\n\nGuests arrived early.", ["2025-07-01"]),
    ("Talks with Prime Minister Carney, June 30, 2025: what was said.", ["2025-06-30"]),
    ("Dinner with Jane Doe, July 1, 2025: A night to remember.", ["2025-07-01"]),
    ("Meeting with John Smith, July 1, 2025: Review of the budget; next steps.", ["2025-07-01"]),
    ("It was agreed, and this is the Plan for July 1, 2025: cut costs.", ["2025-07-01"]),
    ("Election Day, July 1, 2025: voters went to the polls.", ["2025-07-01"]),
    ("This is a record for July 1, 2025.", ["2025-07-01"]),
    ("The show on July 1, 2025\nwas a hit.", ["2025-07-01"]),
    ("Other segments from the episode on March 3, 2025", ["2025-03-03"]),
    # (rv30's rows: a photo's caption naming a show dates what it shows)
    ("Crowds at the air show July 1, 2025\n\nThousands attended.", ["2025-07-01"]),
    ("Fans cheer during the show July 1, 2025\nThe band played for three hours.", ["2025-07-01"]),
], WED)


test_a_proposed_acts_yearless_day_may_be_ahead = dated_test([
    ("American officials had proposed starting the talks July 20th in Geneva.", ["2025-07-20"]),
    ("American officials had proposed starting the talks December 10th.", ["2025-12-10"]),
    ("The rebels had proposed holding elections on December 10, officials said.", ["2025-12-10"]),
    ("The union had proposed resuming talks on July 20.", ["2025-07-20"]),
    ("The mayor suggested holding a vote on August 12.", ["2025-08-12"]),
    ("The union agreed to resume talks on July 20.", ["2025-07-20"]),
    # near neighbours: a proposal with no act after it, a day already gone, a year of the sentence's own
    ("Officials proposed a ban on July 20.", ["2024-07-20"]),
    ("Officials agreed to start the talks on June 25.", ["2025-06-25"]),
    ("In 2024, officials agreed to start talks on July 20.", ["2024", "2024-07-20"]),
    # (rv30's rows: what follows the day tells it went by)
    ("Lawmakers suggested holding a vote on January 20, but the vote was held in February.",
     ["2025-01-20", "2025-02"]),
    ("The rebels, who had proposed holding talks on January 20, walked out in March.", ["2025-01-20", "2025-03"]),
], WED)


test_a_clock_readings_weekday_is_no_happening = dated_test([
    ("Happening now, it's 3:00 a.m. Thursday in Iraq where the army admits it used the shells.", []),
    ("It is now 8 p.m. Sunday in Havana, where the leader spoke.", []),
    # near neighbours: a happening at a clock time and a weekday, told or planned
    ("The blast struck at 3 a.m. Thursday.", ["2025-06-26"]),
    ("Police said it was 3 a.m. Monday when the fire began.", ["2025-06-30"]),
    ("The vote is at 3 p.m. Thursday.", ["2025-07-03"]),
    # (rv30's rows: a subordinate clause's clock, an answer giving a happening's time)
    ("By the time it's 9 p.m. Saturday, the polls will have closed.", ["2025-07-05"]),
    ("The deadline? It's 5 p.m. Friday.", ["2025-07-04"]),
    ("When is the vote? It's 10 a.m. Thursday, officials said.", ["2025-07-03"]),
], WED)


test_a_programmes_rundown_of_itself_is_no_happening = dated_test([
    ("Today on FACE THE NATION, the race for the Senate; then a look at the budget.", []),
    ("Today, on FACE THE NATION, the state of play in Iowa.", []),
    ("Tonight on NIGHTLINE: the hostages come home.", []),
    # near neighbours: a network's name, a place, a sentence in capitals, what was done on the programme
    ("Today on CNN, the president said he would veto the bill.", ["2025-07-02"]),
    ("Today on Capitol Hill, senators voted to pass the bill.", ["2025-07-02"]),
    ("TODAY ON CAPITOL HILL, SENATORS VOTED.", ["2025-07-02"]),
    ("Today on FACE THE NATION, the senator announced her run.", ["2025-07-02"]),
    # (rv30's rows: a finite verb after the name tells what is done or is so that day)
    ("Today on FACE THE NATION, the senator will announce her run.", ["2025-07-02"]),
    ("Today on WALL STREET, the Dow is down 300 points.", ["2025-07-02"]),
], WED)


test_years_to_the_day_date_the_happening_counted_from = dated_test([
    ("His last day will be March 9, 24 years to the day he took over.", ["2026-03-09", "2002-03-09"]),
    ("The memorial opened on June 5, 2025, exactly 20 years to the day after the flood.",
     ["2025-06-05", "2005-06-05"]),
    ("She resigned on May 3, ten years to the day since she took office.", ["2025-05-03", "2015-05-03"]),
    # near neighbours: "N years after" (its year), an approximate count, "to the day" of no count
    ("The memorial opened on June 5, 2025, 20 years after the flood.", ["2025-06-05", "2005"]),
    ("The memorial opened on June 5, 2025, almost 20 years to the day after the flood.", ["2025-06-05", "2005"]),
    ("The count was accurate to the day.", []),
], WED)
