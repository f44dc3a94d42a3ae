"""fp23's kinds (session 35 precision sample: 27 pages of broadcast news transcripts and scripts, 1996-2006, CNN,
PBS NewsHour, NPR, VOA, ABC, CBS, on hosts no set uses): a rush transcript's "THIS COPY MAY NOT BE IN ITS FINAL FORM
AND MAY BE UPDATED" has the modal "may", no month (a month takes no bare "be", an adverb or two between at most).

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
