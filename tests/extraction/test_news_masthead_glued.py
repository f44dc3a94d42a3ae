"""A paper's name in capitals and a separator right before a full date: a masthead or page header
glued to the text (a scanned page: "XK 4 -- PORT PERRY STAR -- Tuesday, December 1, 1987 Editorial
..."), no event; a dateline's city, followed by a dash and its date, still leads its story (fp9's sample
of unseen news). Rows written for the test.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2023, 5, 1)

test_a_masthead_s_date_glued_to_the_text_is_no_event = dated_test([
    ("PAGE 4 -- THE HARBOUR STAR -- Tuesday, December 1, 1987 Editorial Comments Put It To The People "
     "Funny how we always find some reason to argue.", []),
    ("THE DAILY HERALD | Monday, May 1, 2023 The council voted to close the pool.", []),
], published=MON)

test_a_dateline_or_a_date_in_the_text_stays = dated_test([
    ("NEW YORK -- Monday, May 1, 2023 -- The council voted to close the pool.", ["2023-05-01"]),
    ("The band AC/DC played on Monday, May 1, 2023.", ["2023-05-01"]),
    # a section's or a headline's capitals, not a paper's name; a dated entry's colon after the date
    ("SCHEDULE OF TALKS | April 28, 2023: Delegates meet in Vienna.", ["2023-04-28"]),
    ("THE DAILY HERALD | April 28, 2023: Delegates meet in Vienna.", ["2023-04-28"]),
], published=MON)
