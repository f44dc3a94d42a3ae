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
  of them on or before the paper's day in its year (a chronology told up to the paper): of the paper's year.
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
