"""fp20's kinds (session 35 precision sample: 26 pages of wire and news-service copy of 1989-2006 reprinted on
portals, NGO sites, mailing-list archives and small papers, on hosts no set uses): an archive's line of links by
month ("Past Months - 2002: Jan 2002, Feb 2002, March 2002, April 2002, ...") dates no happening; nor does a
periodical's title with the period of its issue ("News Monitor for August 2002", "Global News Monitor for May 16-31,
2005"), a credit line with its note in lower case ("Agence France Presse - March 10, 1998 (extracts only)", "UNHCR
press release 6 June 1997"), or a story cited by its quoted headline, outlet and date ('"Floods force evacuation",The
Boston Globe Aug. 8, 1998'); a body named after a day ("the 17 August University", "the March 14 alliance", "the
26th of July Movement") is a name, no day; "N years ago this morning" (or "tonight") is that day N years back, as
"N years ago today" is; a dateline that opens a story below a paragraph of prose (a blog's introduction to the story
it reprints) gives the story's "today", not the introduction's, which keeps the page's day.

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
    ("SALES FELL IN JANUARY 2025, FEBRUARY 2025, MARCH 2025, APRIL 2025", ["2025-01", "2025-02", "2025-03", "2025-04"]),
    ("Sales Fell In January 2025, February 2025, March 2025 And April 2025",
     ["2025-01", "2025-02", "2025-03", "2025-04"]),
    ("Board Meetings: January 2026, February 2026, March 2026, April 2026", ["2026-01", "2026-02", "2026-03", "2026-04"]),
    ("Exam Dates: January 2026, February 2026, March 2026, April 2026", ["2026-01", "2026-02", "2026-03", "2026-04"]),
    ("Unemployment: January 2025 5.8%, February 2025 5.9%, March 2025 5.8%, April 2025 6.0%",
     ["2025-01", "2025-02", "2025-03", "2025-04"]),
    ("Sales rose in Jan 2025, Feb 2025, March 2025 and April 2025.", ["2025-01", "2025-02", "2025-03", "2025-04"]),
    ("Archives: April 2025, May 2025, June 2025", ["2025-04", "2025-05", "2025-06"]),
], SAT)


test_a_periodical_title_for_its_period_is_no_statement = dated_test([
    ("News Monitor for June 2025\n\nThe dean resigned on Monday.", ["2025-06-30"]),
    ("Global News Monitor for June 16-30, 2025\n\nThe dean resigned on Monday.", ["2025-06-30"]),
    ("Weekly Bulletin for the week ending July 4, 2025\n\nThe dean resigned on Monday.", ["2025-06-30"]),
    ("Press Review for 3 July 2025\n\nThe dean resigned on Monday.", ["2025-06-30"]),
    # near neighbours: a report's month with a predicate, the noun in lower case
    ("The Jobs Report for June 2025 showed gains.", ["2025-06"]),
    ("Rain fell for June 2025 in record amounts.", ["2025-06"]),
    ("Council Sets Budget Review for March 2026", ["2026-03"]),
], SAT)

test_a_credit_line_with_its_note_is_no_statement = dated_test([
    ("Students protest\n\nAgence France Presse - July 1, 2025 (extracts only)\n\nThe dean resigned on Monday.",
     ["2025-06-30"]),
    ("Angola: funds short\n\nUNHCR press release 1 July 2025\n\nThe dean resigned on Monday.", ["2025-06-30"]),
    ("Associated Press - July 1, 2025 (abridged)\n\nThe dean resigned on Monday.", ["2025-06-30"]),
    # near neighbours: a release told in prose, a headline with its verb
    ("The ministry issued a press release on July 1, 2025.", ["2025-07-01"]),
    ("Ministry to release figures July 1, 2025", ["2025-07-01"]),
    ("Album release June 5, 2025", ["2025-06-05"]),
    ("Hostage release July 8, 2025", ["2025-07-08"]),
], SAT)

test_a_story_cited_by_its_quoted_headline_is_no_statement = dated_test([
    ('"Floods force evacuation of 500,000 people",The Valley Globe July 1, 2025\n\nThe dean resigned on Monday.',
     ["2025-06-30"]),
    ('"Dikes hold as river falls", Daily Star, 1 July 2025\n\nThe dean resigned on Monday.', ["2025-06-30"]),
    ('"Storm batters coast," Daily Mail, 1 July 2025\n\nThe dean resigned on Monday.', ["2025-06-30"]),
    # near neighbours: a saying with its day, a headline quoted in prose
    ('"We will win," Smith said on July 1, 2025.', ["2025-07-01"]),
    ('"Dikes hold", the paper wrote on July 1, 2025.', ["2025-07-01"]),
    ('"We shall never surrender," Winston Churchill, June 4, 1940', ["1940-06-04"]),
], SAT)


test_a_body_named_after_a_day_is_no_date = dated_test([
    ("Rallies also took place at the 17 August University, residents said.", []),
    ("Students at the October 6 University protested on Monday.", ["2025-06-30"]),
    ("Leaders of the March 14 alliance met on Monday.", ["2025-06-30"]),
    ("The April 6 Youth Movement called a strike on Tuesday.", ["2025-07-01"]),
    ("Rebels of the 26th of July Movement seized the town in 1958.", ["1958"]),
    # near neighbours: a landmark's day kept as before, the day after "on", a game's day, a rally's day
    ("On March 14 University officials met.", ["2025-03-14"]),
    ("On 17 August University students marched.", ["2024-08-17"]),
    ("He scored in the Sept. 5 University of Michigan game.", ["2024-09-05"]),
    ("The March 14 rally drew thousands.", ["2025-03-14"]),
    ("The coalition was formed on March 14.", ["2025-03-14"]),
    ("The March 3 movement of troops toward the border alarmed Kyiv.", ["2025-03-03"]),
    ("The March 3 movement to the border alarmed Kyiv.", ["2025-03-03"]),
    ("The March 3 movement in the polls surprised analysts.", ["2025-03-03"]),
    ("The Sept. 12 coalition talks collapsed.", ["2024-09-12"]),
    ("Students voted in the Nov. 3 University Senate election.", ["2024-11-03"]),
    ("Smith won the June 12 Democratic Alliance primary.", ["2025-06-12"]),
], SAT)


test_years_ago_this_morning_is_the_day_years_back = dated_test([
    ("Here are the stories the paper ran on its front page four years ago this morning.", ["2021-07-05"]),
    ("Ten years ago this morning, the dam burst.", ["2015-07-05"]),
    ("Thirty years ago tonight, the band played its last show.", ["1995-07-05"]),
    # near neighbours: "ago today" as before, a year's "ago" and a separate saying's morning
    ("Ten years ago today, the dam burst.", ["2015-07-05"]),
    ("Two years ago, the river flooded the town, officials said this morning.", ["2023", "2025-07-05"]),
], SAT)


test_the_prose_above_a_lower_dateline_keeps_the_pages_day = dated_test([
    ("Here are the stories the paper ran on its front page a year ago this morning. Few read them then.\n\n"
     "WASHINGTON, July 4 – Congress adjourned today.", ["2024-07-05", "2025-07-04"]),
    ("Here is what the paper said. It went to press late yesterday.\n\n"
     "WASHINGTON, July 4 – Congress adjourned today.", ["2025-07-04", "2025-07-04"]),
    # near neighbours: a headline or a caption's line above the dateline, read from the dateline's day as before
    ("Workers Rescued\n\nHEGANG, China, July 4 (AP) -- Rescuers freed 20 miners today.", ["2025-07-04"]),
    ("Iran rejected the offer today. Diplomats were dismayed.\n\nTEHRAN, July 3 (AP) - Iran rejected the offer today, "
     "officials said.", ["2025-07-03", "2025-07-03"]),
    ("Stories of survival emerged today. Rescuers dug through the rubble.\n\nANKARA, July 3 (Reuters) - Rescuers pulled "
     "20 people alive from the rubble today.", ["2025-07-03", "2025-07-03"]),
    ("Rescuers carry a miner out of the pit on Friday. (AP)\n\nHEGANG, China, July 4 (AP) -- Rescuers freed 20 miners "
     "today.", ["2025-07-04", "2025-07-04"]),
], SAT)
