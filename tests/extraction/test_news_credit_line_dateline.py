"""A wire's credit line on a line of its own: the place, the reporter's name, the date and the agency's
name in capitals after a comma, nothing after it ("Lahore, Jane Doe, July 14, APP"). On the paper's day
or up to a week before, the date is the story's, no event; a date further back, or words after the
agency's name on the line, are read as before.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 27, fx46).
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2025, 7, 15)


test_a_credit_line_with_the_agency_last_is_no_event = dated_test([
    (TUE, "Lahore, Jane Doe, July 14, APP\n\nRains hit the city on Monday.", ["2025-07-14"]),
    (TUE, "Karachi, John Roe, July 15, AZERTAC\n\nSince June 26, at least 40 people have died.",
     ["2025-06-26/2025-07-15"]),
    (TUE, "Heading\nQuetta, Jane Doe, July 15, 2025, ANA\n\nThe road was cut on Sunday.", ["2025-07-13"]),
])

test_other_credit_lines_stay = dated_test([
    # a date more than a week before the paper's: read, as before
    (TUE, "Lahore, Jane Doe, July 4, APP\n\nRains hit the city on Monday.", ["2025-07-04", "2025-07-14"]),
    # words after the agency's name on the line: a sentence, read as before
    (TUE, "Lahore, July 14, APP reported that rains hit the city.", ["2025-07-14"]),
])
