"""Timelines whose entries are headed by a date on a line of its own (session 42: realnews-fresh75, a development
set of timelines; realnews-fresh74, blind, showed the same forms), which main dropped as page date lines, so that
whole timelines gave no event. Rows written for the test, not the pages' text.

- a date alone on its line, over its entry, in a text with two or more such headings ("FEBRUARY 4 / Rebels seize
  ...", "24 August 2016", "Monday 27 June, 2016", "December 2014", a flattened table's "Thursday 18 April 2019 |")
  is a statement of its own, dated by the heading (a line break ends a heading: the project's conventions), its
  title what the entry below it tells;
- a yearless heading takes the year of the list as an inline "Month D:" label does (page_furniture.entry_year): a
  full-date heading above it, however many lines its entry runs to; a past chronology's run read up to the paper;
- an entry's sentences are told from its heading's day (a month heading's last day), when that lies before the
  paper's; a digest's heading over an entry whose first sentence tells its own day ("today", "yesterday", the same
  date) is the entry's dateline, no statement of its own (the older digest rows keep their readings);
- a year heading may be framed by dashes ("– 2013 –");
- a weekday labelling an entry ("Monday: ...") goes on from the entry labelled by its day above it ("Nov. 3: ..."),
  the first under a chronology's lead is the last such day ("How the weekend unfolded / Saturday: ...");
- a list of coming dates that keeps a few entries gone by turns into the next year where the calendar falls back;
- month headings alone on their lines ("JANUARY") are a chronology's entries as "Month D:" labels are (a year's
  review printed in December is of that year); a list of what is to come whose first entry comes round within a few
  months, in the calendar's order, is all of the next year;
- a wire chronology's entries labelled by their day alone under a month's heading ("— MARCH 2014 — / – 24: ...")
  are of that month (a yearless heading of the year above, one more past the year's turn), their other dates told
  from that day;
- a yearless run under a lead that names its first entry's date with its year takes that year, one more at each
  turn of the year ("... since filing for bankruptcy ... Nov. 29, 2011. / Nov. 29: ... / Dec. 5: ... / Jan. 25:
  ...");
- a weekday's short name before a day and month ("Sat 3 Oct") is the date's weekday, not the verb "sat";
- a bulleted line never continues the line above it, in a list whose lines stop without a full stop;
- a named day right after a list entry's date ("Sat 17 Oct Election Day", "Tuesday, Nov. 8 — Election Day") is the
  date's name, not a statement of its own (nor a range).
Near neighbours that keep main's reading: one date line under a headline (the page's), a date line over prose in a
text with no other heading, a time stamp's line.
"""
import datetime as dt

from dated import dated_test

from timeline.extraction import extract_events

test_a_date_heading_over_its_entry_is_a_statement = dated_test([
    # headings in capitals, in the paper's year
    (dt.date(2014, 3, 10), "How the crisis unfolded.\n\nFEBRUARY 4\nRebels seize the town after two days of fighting.\n\n"
                           "FEBRUARY 11\nThe government declares a state of emergency.\n\nMARCH 2\nTalks open in Geneva.",
     ["2014-02-04", "2014-02-11", "2014-03-02"]),
    # full-date headings, the first near the top of the text (no page's date line)
    (dt.date(2017, 1, 20), "Quakes in the hills\n\n24 August 2016\nA quake of magnitude 6.2 strikes the valley.\n\n"
                           "26 October 2016\nTwo quakes hit the region to the north.",
     ["2016-08-24", "2016-10-26"]),
    # a heading with its weekday and a colon; entries of two lines
    (dt.date(2019, 5, 2), "Timeline of the trial\n\nMonday, 4 March 2019:\nThe jury is sworn in.\nThe judge warns the "
                          "press.\n\nFriday, 15 March 2019:\nThe prosecution closes its case.",
     ["2019-03-04", "2019-03-15"]),
    # month headings with their years
    (dt.date(2016, 7, 19), "A look at the scandal\n\nDecember 2014\nA broadcaster airs a documentary on doping.\n\n"
                           "November 2015\nThe federation is suspended.",
     ["2014-12", "2015-11"]),
    # a flattened table: the label's line, then its date's
    (dt.date(2019, 4, 11), "The key dates are:\nIssue of the writs |\nThursday 11 April 2019 |\nClose of the rolls |\n"
                           "Thursday 18 April 2019 |\nPolling day |\nSaturday 18 May 2019 |",
     ["2019-04-11", "2019-04-18", "2019-05-18"]),
])

test_a_yearless_heading_takes_the_year_of_its_list = dated_test([
    # the full-date heading above it, its entry running to several lines
    (dt.date(2018, 3, 28), "Monday 27 June, 2016\n19:00 - They go to a bar.\n23:00 - They go to a club.\n\n"
                           "Tuesday 28 June, 2016\n02:30 - They go back to the house.\n03:04 - She texts a friend.\n"
                           "05:00 - She takes a taxi home.\n09:51 - She texts another friend.\n12:04 - He texts her.\n\n"
                           "Wednesday 29 June\n09:47 - She contacts the police.\n\nThursday 30 June\n"
                           "10:45 - Police interview her.",
     ["2016-06-27", "2016-06-28", "2016-06-29", "2016-06-30"]),
    # a chronology after the paper's day in its year: the year before
    (dt.date(2014, 3, 10), "Timeline of the case.\n\nJune 19\nPolice arrest two men.\n\nJuly 15\nThe men are charged.\n\n"
                           "September 2\nThe trial opens.",
     ["2013-06-19", "2013-07-15", "2013-09-02"]),
])

test_a_digest_heading_over_an_entry_telling_its_own_day_is_its_dateline = dated_test([
    (dt.date(2025, 9, 1), "Log\n\n12 August 2025\n\nA bomb exploded in the market today, police said.\n\n"
                          "19 August 2025\n\nGunmen attacked a convoy today.",
     ["2025-08-12", "2025-08-19"]),
    # ... but a "today" further down the entry (a quoted text message's) leaves the heading a statement; it is the
    # heading's day too
    (dt.date(2018, 3, 28), "Tuesday 28 June, 2016\n12:04 - He texts her. It reads: \"Feeling better today?\"\n\n"
                           "Wednesday 29 June\n09:47 - She contacts the police.",
     ["2016-06-28", "2016-06-28", "2016-06-29"]),
    # ... and so does a quote's "today" in the entry's first sentence
    (dt.date(2014, 12, 31), "Peace timeline\n\nDecember 22, 2014\n\n  • “Today we have the best army in our history,” "
                            "the president tells a military audience.\n\nDecember 18, 2014\n\n  • The rebels announce "
                            "a ceasefire.",
     ["2014-12-22", "2014-12-22", "2014-12-18"]),
])

test_an_entrys_own_dates_are_told_from_its_headings_day = dated_test([
    # "February 20" of that year, not the next
    (dt.date(2025, 6, 20), "FEBRUARY 4\nPolice arrest three men. A court hearing is set for February 20.\n\n"
                           "MARCH 2\nThe men are released on bail.",
     ["2025-02-04", "2025-02-20", "2025-03-02"]),
    (dt.date(2016, 2, 1), "December 2014\nOn December 16, gunmen attack a school.\n\nJanuary 2015\nThe army "
                          "launches an offensive.",
     ["2014-12", "2014-12-16", "2015-01"]),
])

test_a_lead_date_gives_its_year_to_a_run_across_the_years_turn = dated_test([
    (dt.date(2012, 11, 29), "The airline has been through a lot since filing for bankruptcy on Nov. 29, 2011. Here's a "
                            "month-by-month look.\n\nNov. 29: The airline files for bankruptcy.\n\nDec. 5: A trustee "
                            "appoints the creditors committee.\n\nJan. 25: A rival confirms merger talks.\n\nFeb. 1: "
                            "The airline outlines its new business plan.",
     ["2011-11-29", "2011-11-29", "2011-12-05", "2012-01-25", "2012-02-01"]),
    # a full date the run goes on from, printed the next year
    (dt.date(2021, 3, 1), "The first case was confirmed on February 21, 2020. What followed:\nMarch 9\nThe country is "
                          "placed under lockdown.\nMarch 11\nThe WHO declares a pandemic.\nMay 4\nShops reopen.",
     ["2020-02-21", "2020-03-09", "2020-03-11", "2020-05-04"]),
    # a lead's month and year of another month says nothing of the run's
    (dt.date(2012, 4, 20), "The firm was founded in March 2011. Here is how its year went.\n\nJan. 5: It opened a "
                           "shop.\n\nFeb. 9: It hired a chief.\n\nMarch 12: It opened a second shop.",
     ["2011-03", "2012-01-05", "2012-02-09", "2012-03-12"]),
])

test_a_short_weekday_before_a_day_and_month_is_its_weekday = dated_test([
    (dt.date(2020, 8, 17), "New election dates\n\n  • Tues 18 Aug Parliament resumes\n  • Sat 3 Oct Advance voting "
                           "begins\n  • Sat 17 Oct Election Day",
     ["2020-08-18", "2020-10-03", "2020-10-17"]),
    (dt.date(2020, 8, 17), "He sat 3 hours in the dock on Monday.", ["2020-08-17"]),
])

def test_a_bulleted_line_is_an_item_of_its_own():
    # (lines of about one width that stop without a full stop: read as hard-wrapped prose, main ran them together)
    events = extract_events("New dates\n\n  • Sun 6 Sep Parliament dissolves for the general election\n  • Sun 13 Sep "
                            "Governor issues the General Election Writ\n  • Thu 17 Sep Nominations close for all "
                            "candidates\n  • Thu 24 Dec Parliament must meet by this date",
                            published=dt.date(2020, 8, 17))
    assert [(e.date.isoformat(), e.sentence) for e in events] == [
        ("2020-09-06", "Sun 6 Sep Parliament dissolves for the general election"),
        ("2020-09-13", "Sun 13 Sep Governor issues the General Election Writ"),
        ("2020-09-17", "Thu 17 Sep Nominations close for all candidates"),
        ("2020-12-24", "Thu 24 Dec Parliament must meet by this date"),
    ]


test_a_named_day_after_an_entrys_date_is_its_name = dated_test([
    (dt.date(2020, 8, 17), "Nov. 3: Election Day.", ["2020-11-03"]),
    (dt.date(2022, 8, 17), "Tuesday, Nov. 8 — Election Day", ["2022-11-08"]),
    # the name standing on its own keeps its day
    (dt.date(2020, 8, 17), "Voters are getting ready for Election Day.", ["2020-11-03"]),
])

test_lone_date_lines_stay_page_furniture = dated_test([
    # one date line under a headline: the page's
    (dt.date(2014, 3, 3), "Council votes on budget\nMarch 3, 2014\nThe council voted on Monday to cut spending.",
     ["2014-03-03"]),
    # the page's date line repeated over its by-line and its section's label
    (dt.date(2020, 2, 15), "Leader by one at the Classic\nFebruary 15, 2020\nBy A Reporter, TOURSITE.COM\n- February 15, "
                           "2020\nRound recaps\nThe leader shot 65 on Saturday.",
     ["2020-02-15"]),
    # a listing's stories of one day, each under the day's line
    (dt.date(2025, 1, 30), "Appellate\n\n  • January 29, 2025\n\n    Firm sued over verdict\n\n  • January 29, 2025\n\n"
                           "    Airline urges court to reject bid",
     []),
    # one date line over prose, no other heading
    (dt.date(2014, 3, 10), "Rates held\n\nMarch 6\n\nThe bank kept its rate unchanged on Thursday.", ["2014-03-06"]),
])


def test_a_headings_title_is_what_its_entry_tells():
    events = extract_events("Timeline\n\nJune 19\nThe retailer rejects a takeover offer.\n\nJuly 3\n"
                            "The retailer agrees to a higher offer.", published=dt.date(2021, 8, 10))
    assert [(e.date.isoformat(), e.sentence, e.title) for e in events] == [
        ("2021-06-19", "June 19", "The retailer rejects a takeover offer"),
        ("2021-07-03", "July 3", "The retailer agrees to a higher offer"),
    ]


test_a_year_heading_framed_by_dashes_gives_its_year = dated_test([
    (dt.date(2018, 11, 3), "Here is a timeline of the case.\n\n– 2013 –\n\nFebruary 14: Police arrest the sprinter.\n\n"
                           "February 15: He is charged.\n\n– 2014 –\n\nMarch 3: The trial opens.",
     ["2013-02-14", "2013-02-15", "2014-03-03"]),
])

test_a_weekday_label_goes_on_from_the_entry_above = dated_test([
    # a chronology told up to the paper (a Sunday): the Monday after the 3rd, not the coming one
    (dt.date(2013, 11, 10), "Typhoon timeline:\nNov. 2: A low forms east of the islands.\nNov. 3: The agency classifies "
                            "it as a depression.\nMonday: The agency upgrades the depression to a storm.\nTuesday: The "
                            "storm becomes a typhoon.",
     ["2013-11-02", "2013-11-03", "2013-11-04", "2013-11-05"]),
    # a schedule ahead of the paper: the Friday after the 20th
    (dt.date(2024, 5, 1), "Key dates:\nMay 20 — Nominations close.\nFriday — The ballot is drawn.",
     ["2024-05-20", "2024-05-24"]),
    # with no dated entry above, a weekday's label keeps main's reading
    (dt.date(2013, 11, 10), "Monday: The council meets.", ["2013-11-11"]),
])

test_a_coming_list_keeping_a_few_entries_gone_by_turns_into_the_next_year = dated_test([
    (dt.date(2016, 11, 1), "The season is a week old, but there are plenty of key dates to watch in the coming months:\n"
                           "October 22 — Last day to waive summer contracts.\nOctober 31 — Deadline for extensions.\n"
                           "December 15 — Signees become eligible for trades.\nJanuary 7 — Last day to waive contracts "
                           "before they become guaranteed.\nMarch 1 — Last day a player can be waived.",
     ["2016-10-22", "2016-10-31", "2016-12-15", "2017-01-07", "2017-03-01"]),
    # ... not a chronology's ("Timeline of the season:")
    (dt.date(2016, 11, 1), "Timeline of the season so far:\nOctober 22 — The club waives two players.\nOctober 31 — "
                           "The club signs an extension.\nDecember 15 — Signees became eligible for trades.\n"
                           "January 7 — The club waived a guard.",
     ["2016-10-22", "2016-10-31", "2015-12-15", "2016-01-07"]),
])

test_an_entry_labelled_by_its_day_under_a_months_heading = dated_test([
    (dt.date(2015, 1, 30), "Key dates in the epidemic:\n\n— DECEMBER 2013 —\n– 6: A child dies in a village in the south."
                           "\n\n— MARCH 2014 —\n– 24: Health officials confirm the outbreak.\n– 31: A neighbouring "
                           "country confirms two cases.",
     ["2013-12", "2013-12-06", "2014-03", "2014-03-24", "2014-03-31"]),
    # a heading without its year takes the year above, one more past the year's turn; an entry's other dates are
    # told from its day
    (dt.date(2015, 6, 1), "Timeline:\n-- NOVEMBER 2014 --\n- 12: Talks open.\n- 20: Talks stall.\n-- JANUARY --\n- 13: "
                          "A deal is signed. It takes effect on March 1.",
     ["2014-11-12", "2014-11-20", "2015-01-13", "2015-03-01"]),
    # where the days fall back, a heading is missing: those entries are left alone
    (dt.date(2015, 1, 30), "Timeline:\n— JULY 2014 —\n– 8: The agency declares an emergency.\n– 30: Aid groups warn."
                           "\n– 8: A patient dies.",
     ["2014-07-08", "2014-07-30"]),
    # a numbered list is no chronology
    (dt.date(2015, 1, 30), "The rules:\n1: Wash your hands.\n2: Stay at home.", []),
])

test_a_years_review_under_month_headings_is_of_the_year_gone_by = dated_test([
    (dt.date(2025, 12, 28), "The year in review\nJANUARY\nThe river floods the old town.\nAPRIL\nThe mayor resigns.\n"
                            "AUGUST\nThe new bridge opens.",
     ["2025-01", "2025-04", "2025-08"]),
    # its days too ("Jan. 5:" under "JANUARY")
    (dt.date(2025, 12, 28), "The year in review\nJANUARY\nJan. 5: The river floods the old town.\nAPRIL\nApril 9: The "
                            "mayor resigns.\nAUGUST\nAug. 2: The new bridge opens.",
     ["2025-01", "2025-01-05", "2025-04", "2025-04-09", "2025-08", "2025-08-02"]),
    # a list of the months to come keeps its reading
    (dt.date(2025, 12, 28), "What to watch in the new year\nJANUARY\nThe new council takes office.\nFEBRUARY\nThe "
                            "budget is due.\nAPRIL\nThe new stadium opens.",
     ["2026-01", "2026-02", "2026-04"]),
])

# rv39's review (session 42): near neighbours the first forms of these rules read wrongly
test_near_neighbours_of_list_labels_keep_their_readings = dated_test([
    # a numbered list under a month's heading, a clock after a dash: no day labels
    (dt.date(2025, 6, 2), "Best-sellers\nMAY 2025\n1: The Lost River, by Ann Cole\n2: Night Trains, by Tom Hale", []),
    (dt.date(2025, 6, 20), "— JUNE 2025 —\n– 12: 30 GMT The minister arrives.\n– 14: 00 GMT Talks end.", []),
    # a day label's month ends where other lines run on
    (dt.date(2025, 6, 20), "— JUNE 2025 —\nThree things to know\nYou can swim again.\nParking is free.\nEntry is cheap.\n"
                           "– 1: The pool reopens on July 12.",
     ["2025-07-12"]),
    # a weekday's label told ahead does not go back to a list of the year before, nor on from a month back
    (dt.date(2025, 6, 18), "Timeline\nMarch 3, 2024: Workers walk out.\nMarch 20: Talks collapse.\nMonday: The union "
                           "will ballot members on a new offer.",
     ["2024-03-03", "2024-03-20", "2025-06-23"]),
    # a date long gone in the lead, or a lead of what is to come, gives the run no year
    (dt.date(2025, 6, 1), "The museum, which opened on January 2, 1998, has had a busy year. Timeline:\nJan. 14: A show "
                          "of Roman coins opened.\nMarch 3: A new wing opened.\nMay 9: The director retired.",
     ["1998-01-02", "2025-01-14", "2025-03-03", "2025-05-09"]),
    (dt.date(2025, 5, 20), "Key dates ahead for the company, founded on May 3, 2025:\nJune 12: Shareholders vote on "
                           "the merger.\nJuly 1: The merger takes effect.\nAug. 4: New shares start trading.",
     ["2025-05-03", "2025-06-12", "2025-07-01", "2025-08-04"]),
    # a holiday after a dash in prose is a range's end
    (dt.date(2025, 12, 1), "The office will be closed Dec. 24 – New Year's Day.", ["2025-12-24/2026-01-01", "2026-01-01"]),
    # a heading's entry ends at its paragraph: a section below is read from the paper
    (dt.date(2025, 6, 19), "JUNE 2\nThe mayor resigns.\nJUNE 4\nThe council picks a successor.\n\nMore news\nPolice said "
                           "on Friday they had arrested two men.",
     ["2025-06-02", "2025-06-04", "2025-06-13"]),
    # the paper's own date at the top over yearless headings is no heading
    (dt.date(2025, 6, 18), "Wednesday, June 18, 2025\nTimeline of the strike\nJune 3\nNurses walk out.\nJune 12\n"
                           "Talks collapse.",
     ["2025-06-03", "2025-06-12"]),
])

test_a_line_of_links_by_year_is_page_furniture = dated_test([
    (dt.date(2014, 12, 31), "Peace timeline\n\nTimeline for 2015 | Timeline for 2013 | Timeline for 2012 and earlier\n\n"
                            "The talks resumed on Monday.",
     ["2014-12-29"]),
    # ... not a row of figures
    (dt.date(2020, 1, 1), "Sales rose 5% in 2019 | 3% in 2018 | 2% in 2017 as the firm grew.", ["2019", "2018", "2017"]),
])

test_a_short_weekday_heading_over_its_entry = dated_test([
    (dt.date(2020, 9, 28), "Fixtures\nSat 3 Oct\nLeeds v Hull\nSun 4 Oct\nSpurs v Everton", ["2020-10-03", "2020-10-04"]),
])

test_a_chronologys_weekday_labels_are_the_days_gone_by = dated_test([
    # under a lead naming a chronology, told up to the paper (a Monday): the weekend gone by
    (dt.date(2025, 6, 16), "How the weekend unfolded\nSaturday: Protesters march on parliament.\nSunday: Police clear the "
                           "square.",
     ["2025-06-14", "2025-06-15"]),
    # a schedule's labels told ahead stay ahead
    (dt.date(2025, 6, 16), "Coming up\nSaturday: Bands will play in the park.\nSunday: Fireworks will light up the "
                           "river.",
     ["2025-06-21", "2025-06-22"]),
])

test_two_entries_go_on_from_their_leads_date = dated_test([
    (dt.date(2025, 6, 1), "The strike began on March 3, 2024. What followed:\nMarch 10\nTalks fail.\nApril 2\nA deal "
                          "is struck.",
     ["2024-03-03", "2024-03-10", "2024-04-02"]),
])

# A page's furniture between a chronology's entries (an advertisement, a sign-up box whose last line ends in a colon)
# does not end the run: only a line leading another list does ("Past results:", "Key dates ahead:").
test_furniture_between_a_chronologys_entries_keeps_its_run = dated_test([
    (dt.date(2012, 11, 29), "The airline has been through a lot since filing for bankruptcy on Nov. 29, 2011. Here's a "
                            "month-by-month look.\n\nNOVEMBER\n\nNov. 29: The airline files for bankruptcy.\n\n"
                            "Advertisement\n\nDECEMBER\n\nBusiness News\n\nStay ahead of the market. Get the day's top business "
                            "stories, the latest airline and travel news and our analysts' picks delivered free to "
                            "your inbox every morning.\n\nOr with:\n\n"
                            "Dec. 5: A trustee appoints the creditors committee.\n\nDec. 15: The chief executive warns "
                            "staff.\n\nJANUARY\n\nJan. 25: A rival confirms merger talks.",
     ["2011-11-29", "2011-11", "2011-11-29", "2011-12", "2011-12-05", "2011-12-15", "2012-01", "2012-01-25"]),
    # ... a list's own lead still ends it: the coming dates below are read as such
    (dt.date(2025, 6, 18), "Timeline of the strike\nJune 3: Nurses walk out.\nJune 9: Talks open.\nJune 12: Talks "
                           "collapse.\nKey dates ahead:\nJuly 1: The union ballots its members.\nJuly 9: A second "
                           "walkout begins.",
     ["2025-06-03", "2025-06-09", "2025-06-12", "2025-07-01", "2025-07-09"]),
])

# A schedule of what is to come that turns into the next year (a school year's calendar printed in June), an entry's
# range across the year's turn among its labels ("December 23 - January 3:"): each entry before the turn is of the
# paper's year, each after it of the next, however near the paper the last entry's day lies.
test_a_coming_schedule_across_the_years_turn = dated_test([
    (dt.date(2024, 6, 22), "School starts in August this year\nHere's the schedule:\n- August 12: Offices open\n"
                           "- August 27: First day of school\n- September 3: First day of preschool\n- December 23 - "
                           "January 3: No school - Winter Break\n- April 21-25: No school - Spring Break\n- June 12: "
                           "Last day of school",
     ["2024-08", "2024-08-12", "2024-08-27", "2024-09-03", "2024-12-23/2025-01-03", "2025-01-03",
      "2025-04-21/2025-04-25", "2025-04-25", "2025-06-12"]),
    # ... a chronology of the year gone by across its turn keeps its reading
    (dt.date(2013, 2, 1), "Timeline of the case\nNov. 5: Voters elect a new mayor.\nDec. 12: The mayor names a "
                          "deputy.\nJan. 20: The mayor is sworn in.",
     ["2012-11-05", "2012-12-12", "2013-01-20"]),
])

# A yearless chronology of the paper's year printed late in it, with no lead naming a chronology: told in the past
# (most of its entries), or under a lead of what happened, it is that year's, not next January's coming days; a list
# told ahead or in the present keeps its reading (a list of January's closures printed in December is of the coming
# ones).
test_a_chronology_told_in_the_past_is_of_the_papers_year = dated_test([
    (dt.date(2019, 12, 20), "The company had a hard year.\n\nJan. 5\nThe company filed for bankruptcy.\n\nMarch 3\n"
                            "The chief executive resigned.\n\nJune 7\nA buyer emerged.",
     ["2019-01-05", "2019-03-03", "2019-06-07"]),
    (dt.date(2019, 12, 20), "Here is what happened this year.\n\nJan. 5\nThe company files for bankruptcy.\n\nMarch 3\n"
                            "The chief executive resigns.\n\nJune 7\nA buyer emerges.",
     ["2019", "2019-01-05", "2019-03-03", "2019-06-07"]),
    (dt.date(2019, 12, 20), "Office closures\n\nJan. 5\nThe office will be closed.\n\nFeb. 3\nThe office will be "
                            "closed.\n\nMarch 3\nThe office will be closed.",
     ["2020-01-05", "2020-02-03", "2020-03-03"]),
])

# A one-word label between a date heading and its entry (a place, a venue: "March 10 / Columbus / Chicago vs. Sporting
# KC") leaves the heading a heading (yeardays-a's fixture list).
test_a_one_word_label_under_a_date_heading = dated_test([
    (dt.date(2017, 12, 19), "Openers\n\nMarch 3\n\nOrlando vs. Houston\n\nMarch 4\n\nVancouver\n\nSeattle vs. LAFC\n\n"
                            "March 10\n\nColumbus\n\nChicago vs. Sporting KC\n\nMarch 17\n\nDallas vs. Boston",
     ["2018-03-03", "2018-03-04", "2018-03-10", "2018-03-17"]),
])
