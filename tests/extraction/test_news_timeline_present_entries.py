"""Timelines (chronologies) of dated entries told in the historical present, one entry a line (fx73, session 41:
realnews-fresh73), whose yearless "Month D:" entries main put a year late, as if ahead of the paper. Rows written
for the test, not the pages' text.

- a full-date entry label opening its line ("Jan. 10, 2022: Dockworkers walk off ...") gives its year to the yearless
  "Month D:" entries on the lines below it (an entry's further paragraphs between them), as a "Month YEAR:" label
  line or a year heading above them does;
- a yearless entry's label may give its day before its month ("24 January: Talks open");
- an entry's label may end in a spaced dash instead of a colon ("March 31 – Hauliers block the ring road",
  "February 2019 – The ministry proposes ...");
- a run of three or more yearless "Month D:" entries with no year anywhere, in the order of the calendar, every one
  of them on or before the paper's day in its year (a chronology told up to the paper): of the paper's year; every
  one after it: of the year before (a look back); only after a lead naming a chronology ("Timeline of ...", "...
  so far") or when the run ends nearer the paper than its first entry comes round again (rv37's review: a list of
  January's closures printed in December is of the coming ones).
fx73b (rv37's probe rows): the wire's "--" after a label; a future an entry reports someone saying ("says it will")
is no entry told ahead; a year alone as an entry's label ("2016: ...") gives its year to the entries below; a list of
coming dates that falls back once in the calendar has turned into the next year.
Near neighbours that keep main's reading: fixture lists and schedules of coming dates, a calendar for the year ahead,
a timeline ending in a coming entry, a chronology crossing the year's turn, a list after another list's lead, a day
that "will" come after a full date of a year gone by.
"""
import datetime as dt

from dated import dated_test

test_a_full_date_entry_gives_its_year_to_the_yearless_entries_below = dated_test([
    (dt.date(2023, 1, 20), "Here is a timeline of the strike:\n\nJan. 10, 2022: Dockworkers walk off the job in the port.\n\n"
                   "Jan. 24: The port authority seeks an injunction.\n\nFeb. 2: Talks resume under a mediator.",
     ["2022-01-10", "2022-01-24", "2022-02-02"]),
    # an entry's further paragraphs between the entries
    (dt.date(2021, 3, 5), "Key events:\n\nMarch 3, 2020: The virus reaches the city.\n\nSchools send pupils home.\n\n"
                   "March 12: The mayor orders bars shut.\n\nRestaurants switch to takeout.\n\nMarch 20: A curfew is "
                   "imposed.",
     ["2020-03-03", "2020-03-12", "2020-03-20"]),
    # the day before the month, a spaced dash after the label
    (dt.date(2021, 6, 1), "4 June 2020 — Crowds gather in the square.\n\nJune 9 — Police clear the camp.",
     ["2020-06-04", "2020-06-09"]),
])

test_a_yearless_entry_label_may_open_with_its_day = dated_test([
    (dt.date(2023, 1, 20), "3 January 2022: Dockers strike.\n\n24 January: Talks open.\n\n2 February: A deal is struck.",
     ["2022-01-03", "2022-01-24", "2022-02-02"]),
])

test_an_entry_label_may_end_in_a_dash = dated_test([
    (dt.date(2019, 11, 12), "A timeline of the dispute:\n\nFebruary 2019 – The ministry proposes new port fees.\n\n"
                   "March 31 – Hauliers block the ring road.\n\nApril 3 – The ministry tables the bill.",
     ["2019-02", "2019-03-31", "2019-04-03"]),
    (dt.date(2019, 10, 30), "Key dates:\n2018\nNov. 2 – The strike begins.\nNov. 20 – The union accepts a deal.",
     ["2018-11-02", "2018-11-20"]),
])

test_a_yearless_chronology_up_to_the_paper_is_of_its_year = dated_test([
    (dt.date(2022, 9, 30), "How the takeover unfolded:\n\nFeb. 14: The bidder buys a first stake.\nMarch 2: The board rejects "
                   "an approach.\nApril 11: The bidder raises its offer.\nSept. 29: Shareholders back the deal.",
     ["2022-02-14", "2022-03-02", "2022-04-11", "2022-09-29"]),
    (dt.date(2015, 12, 21), "The scandal so far:\n\nJune 3: Police raid the federation's offices.\n\nThe president denies "
                   "wrongdoing.\n\nJune 9: Two officials are charged.\n\nJuly 1: The president resigns.",
     ["2015-06-03", "2015-06-09", "2015-07-01"]),
])

test_schedules_calendars_and_turns_keep_their_reading = dated_test([
    (dt.date(2017, 9, 20), "Schedule:\nOct. 4: vs. Toronto\nOct. 7: at Boston\nOct. 11: vs. Ottawa",
     ["2017-10-04", "2017-10-07", "2017-10-11"]),
    (dt.date(2021, 8, 1), "Key dates:\nSept. 12: Applications open.\nOct. 1: Interviews begin.\nNov. 15: Offers go out.",
     ["2021-09-12", "2021-10-01", "2021-11-15"]),
    (dt.date(2019, 12, 20), "Key dates for the year ahead:\nJan. 6: Parliament returns.\nFeb. 1: The new budget takes effect.\n"
                   "March 15: Local elections are held.",
     ["2020-01-06", "2020-02-01", "2020-03-15"]),
    (dt.date(2024, 5, 15), "June 6, 1944: Allied troops land in Normandy.\n\nJune 6: Veterans will gather on the beaches for "
                   "the anniversary.",
     ["1944-06-06", "2024-06-06"]),
    # another list's lead between the entries: the heading above it is not the later list's
    (dt.date(2020, 5, 20), "2019\nOct. 2: The union files notice.\nNov. 14: Workers walk out.\n\nThe festival's schedule:\n"
                   "June 3: The festival opens.\nJune 5: The parade is held.",
     ["2019-10-02", "2019-11-14", "2020-06-03", "2020-06-05"]),
])


# rv37's review (session 41): a run with no year and no chronology's lead, all of it months before the paper's day
# in its year but weeks after it in the next, is a list of what is coming; a chronology all of whose entries lie
# after the paper's day in its year looks back at the year before; one astride the paper's day goes on to what is
# to come.
test_a_yearless_run_nearer_its_coming_than_its_past_keeps_its_reading = dated_test([
    (dt.date(2025, 12, 19), "Library closures:\nJan. 1: All branches close.\nJan. 19: Branches close early.\n"
                            "Feb. 16: All branches close.",
     ["2026-01-01", "2026-01-19", "2026-02-16"]),
    (dt.date(2024, 11, 22), "The home stand:\nMarch 27: The club opens against Denver.\nApril 3: Seattle visits.\n"
                            "April 10: The series with Austin begins.",
     ["2025-03-27", "2025-04-03", "2025-04-10"]),
    (dt.date(2024, 1, 4), "The year so far:\nFeb. 2: The dam bursts.\nMay 17: The minister resigns.\n"
                          "Nov. 30: Voters back the new charter.",
     ["2023-02-02", "2023-05-17", "2023-11-30"]),
    (dt.date(2025, 3, 1), "Timeline of the case:\nJan. 9: The trial opens.\nFeb. 14: The jury convicts the mayor.\n"
                          "May 20: Sentencing is scheduled.",
     ["2025-01-09", "2025-02-14", "2025-05-20"]),
])

# the wire's doubled hyphen after the label ("March 12 -- ...") is a spaced dash as well
test_an_entry_label_may_end_in_a_doubled_hyphen = dated_test([
    (dt.date(2022, 2, 10), "The dispute so far:\nMarch 2 -- Nurses walk out at two hospitals.\nJune 9 -- Talks collapse.\n"
                   "Nov. 20 -- A mediator is named.",
     ["2021-03-02", "2021-06-09", "2021-11-20"]),
    (dt.date(2021, 2, 1), "Key dates:\n2019\nNov. 4 -- The count stalls in three states.\nNov. 9 -- The loser sues.",
     ["2019-11-04", "2019-11-09"]),
    (dt.date(2021, 2, 1), "Timeline:\nNov. 4, 2019 -- The count stalls in three states.\nNov. 9 -- The loser sues.\n"
                   "Dec. 2 -- A recount ends.",
     ["2019-11-04", "2019-11-09", "2019-12-02"]),
])

# a future the entry reports someone saying ("says it will ...", "warns it will ...") is no entry told ahead: the
# saying is the entry's happening, and the run stays a chronology
test_a_reported_future_in_an_entry_keeps_its_chronology = dated_test([
    (dt.date(2023, 9, 20), "How the merger unfolded:\nFeb. 6: The airline bids for its rival.\nMay 2: The rival's board "
                   "says it will back the deal.\nSept. 14: Regulators clear the merger.",
     ["2023-02-06", "2023-05-02", "2023-09-14"]),
    (dt.date(2023, 9, 20), "Timeline:\nFeb. 6: The airline bids for its rival.\nMay 2: The union warns it will "
                   "strike.\nSept. 14: Regulators clear the merger.",
     ["2023-02-06", "2023-05-02", "2023-09-14"]),
])

# an entry's label that is a year alone ("2016: ...", "2009 – ...") gives its year to the yearless entries below it,
# as a year heading does (an entry's further paragraphs between them); not a year opening a sentence ("2016: a year
# to forget")
test_a_year_alone_as_an_entry_label_gives_its_year = dated_test([
    (dt.date(2024, 6, 1), "Milestones:\n2011: The brewery opens in a barn.\n2016: It wins a national award.\n"
                   "April 9: Its brewer retires.",
     ["2011", "2016", "2016-04-09"]),
    (dt.date(2024, 6, 1), "The club's story:\n1987 – Founded by two teachers.\n2009 – Promoted to the league.\n"
                   "Feb. 4 – The manager is sacked.\nFeb. 20 – A new owner takes over.",
     ["1987", "2009", "2009-02-04", "2009-02-20"]),
    (dt.date(2024, 6, 1), "Milestones:\n2011: The brewery opens in a barn.\n2016: It wins a national award.\n"
                   "Its sales double.\nApril 9: Its brewer retires.",
     ["2011", "2016", "2016-04-09"]),
])

# a list of coming dates whose first entry lies after the paper's day, in the calendar's order, that falls back once
# to entries ending before its first entry's day has turned into the next year (a season, a school year); a list
# going back in time under a lead looking back keeps its reading
test_a_coming_list_falling_back_has_turned_the_year = dated_test([
    (dt.date(2025, 9, 2), "The orchestra's season:\nSept. 20: The season opens with Mahler.\nDec. 13: The holiday "
                   "concert.\nMarch 7: A Brahms evening.\nMay 30: The season closes.",
     ["2025-09-20", "2025-12-13", "2026-03-07", "2026-05-30"]),
    (dt.date(2025, 2, 1), "Last meetings:\nNov. 3: City 1 Town 0\nDec. 20: Town 2 City 2\nAug. 1: City 0 Town 3",
     ["2024-11-03", "2024-12-20", "2024-08-01"]),
    (dt.date(2024, 7, 1), "Key dates for the budget:\nJuly 15: Departments submit requests.\nOct. 1: The mayor "
                   "presents the plan.\nFeb. 3: The council votes.",
     ["2024-07-15", "2024-10-01", "2025-02-03"]),
    # read back a year, a run across the turn ending just before the paper is a chronology told up to it
    (dt.date(2025, 2, 12), "Key dates:\nOct. 8: The union calls a strike.\nDec. 2: Talks collapse.\nJan. 9: A mediator is "
                   "named.\nFeb. 3: Members back a deal.",
     ["2024-10-08", "2024-12-02", "2025-01-09", "2025-02-03"]),
])
