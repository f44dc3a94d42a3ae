"""A wire dateline that names the region in round brackets and the country in square ones after its
title-case city ("Srinagar (Jammu and Kashmir) [India], May 5 (ANI): ...", "Kathmandu [Nepal], May 5
(ANI): ...", "Abu Dhabi [UAE], May 5 (ANI/WAM): ...") is the filing's date, no event, as "Prague, May 5
(AP) ..." is: the lead's own dates are read, the dateline's is not.
"""
import datetime as dt

from dated import dated_test

test_a_dateline_with_bracketed_region_and_country_is_no_event = dated_test([
    (dt.date(2023, 6, 14), "Dehradun (Uttarakhand) [India], June 14 (ANI): Rescue teams pulled two hikers from "
                           "a gorge on Monday.", ["2023-06-12"]),
    (dt.date(2023, 6, 14), "Kathmandu [Nepal], June 14 (ANI): The central bank cut its policy rate on Tuesday.",
     ["2023-06-13"]),
    (dt.date(2023, 6, 15), "Guwahati (Assam) [India], June 14 (ANI): Flood waters rose overnight, officials "
                           "said.", []),
    (dt.date(2023, 6, 14), "Lahore (Punjab) [Pakistan], June 14 (ANI) - The court adjourned the case until "
                           "June 28.", ["2023-06-28"]),
    # no comma after the country, and a second agency after a slash
    (dt.date(2023, 6, 14), "Kathmandu [Nepal] June 14 (ANI): The central bank cut its policy rate on Tuesday.",
     ["2023-06-13"]),
    (dt.date(2023, 6, 14), "Abu Dhabi [UAE], June 14 (ANI/WAM): The two ministers met on Monday.", ["2023-06-12"]),
])

test_neighbours_of_the_bracketed_dateline_are_unchanged = dated_test([
    # the plain wire dateline: no event, as before
    (dt.date(2023, 6, 14), "Dehradun, June 14 (ANI): Rescue teams pulled two hikers from a gorge on Monday.",
     ["2023-06-12"]),
    # brackets in a sentence that opens with no dateline: its date is the happening's
    (dt.date(2023, 6, 14), "Voters in Goa (India) went to the polls on June 12 (Monday) in a state election.",
     ["2023-06-12"]),
    # no agency's credit after the date: read as before
    (dt.date(2023, 6, 20), "Flood relief (Assam) [update], June 14: The state released funds for 12 districts.",
     ["2023-06-14"]),
])
