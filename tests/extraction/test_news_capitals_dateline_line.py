"""A dateline on a line of its own near the top whose city is in capitals, alone or with its state as
AP writes it ("| DENVER, Colo., June 3", "PARIS, June 3" above the lead): the story's place and day,
no event, as the title-case line ("New Delhi, October 16") already was, when its date is the paper's day
or up to a week before. Not a label of an occasion or a heading in capitals ("ELECTION DAY, June 3",
"CITY HALL, June 3"), nor a calendar's item ahead ("CRAFT FAIR, June 7").
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2014, 6, 3)

test_a_capitals_dateline_line_is_no_event = dated_test([
    (TUE, "By Jane Roe\n| DENVER, Colo., June 3\nThe mayor resigned on Tuesday.", ["2014-06-03"]),
    (TUE, "Storm hits coast\nPARIS, June 3\nThe river flooded on Monday.", ["2014-06-02"]),
    (TUE, "SALT LAKE CITY, Utah, June 3\nThe council met on Monday.", ["2014-06-02"]),
    (TUE, "By Jane Roe\nRALEIGH, N.C., June 2\nThe governor signed the bill on Monday.", ["2014-06-02"]),
])

test_other_lines_stay = dated_test([
    # an occasion's label in capitals: its day is read
    (TUE, "ELECTION DAY, June 3\nVoters went to the polls.", ["2014-06-03"]),
    # a calendar's item in capitals, its day ahead of the paper's or its last word a heading's (rv14's round)
    (TUE, "CRAFT FAIR, June 7\nVendors will sell quilts and jams.", ["2014-06-07"]),
    (TUE, "CITY HALL, June 3\nThe council meets at noon.", ["2014-06-03"]),
    # the title-case line: no event, as before
    (TUE, "New Delhi, June 3\nThe minister resigned on Monday.", ["2014-06-02"]),
    # a line with words after the date is a sentence
    (TUE, "DENVER, June 3 was the hottest day of the year.", ["2014-06-03"]),
])


# The day after the paper's is a dateline's (time zones) only with the city's state or country after it;
# without one, a calendar's item for tomorrow (rv14's round).
test_the_day_after_the_paper_needs_a_state = dated_test([
    (TUE, "BOOK SWAP, June 4\nResidents will trade paperbacks at the library.", ["2014-06-04"]),
    (TUE, "DENVER, Colo., June 4\nThe governor signed the bill on Monday.", ["2014-06-02"]),
])
