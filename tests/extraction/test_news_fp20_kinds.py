"""fp20's kinds (session 35 precision sample: 26 pages of wire and news-service copy of 1989-2006 reprinted on
portals, NGO sites, mailing-list archives and small papers, on hosts no set uses): an archive's line of links by
month ("Past Months - 2002: Jan 2002, Feb 2002, March 2002, April 2002, ...") dates no happening.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2025, 7, 5)  # a Saturday: Mon 30 June, Tue 1 July gone; Sun 6 July ahead

test_an_archive_line_of_months_is_no_statement = dated_test([
    ("News Digest\n\nPast Months - 2025: Jan 2025, Feb 2025, March 2025, April 2025, May 2025, June 2025,\n\n"
     "The board met on Tuesday.", ["2025-07-01"]),
    ("Archives\nAugust 2024,September 2024,October 2024,November 2024,December 2024, Search Archives\n\n"
     "The dean resigned on Monday.", ["2025-06-30"]),
    ("2024: Jan 2024, Feb 2024, Mar 2024, Apr 2024May 2024June 2024, Nov 2024, Dec 2024,\n\n"
     "The dean resigned on Monday.", ["2025-06-30"]),
    ("Current Month, Past Months: June 2025, May 2025, April 2025, March 2025\n\nThe dean resigned on Monday.",
     ["2025-06-30"]),
    # near neighbours: months that do not follow each other, a list with its predicate, three months only
    ("Elections: Jan 2021, Mar 2022, May 2023, Jul 2024", ["2021-01", "2022-03", "2023-05", "2024-07"]),
    ("Sales rose in Jan 2025, Feb 2025, March 2025 and April 2025.", ["2025-01", "2025-02", "2025-03", "2025-04"]),
    ("Archives: April 2025, May 2025, June 2025", ["2025-04", "2025-05", "2025-06"]),
], SAT)
