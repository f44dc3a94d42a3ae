"""A page's date line glued to the summary under its headline ("Cyclone slams into coast\\n\\nMay 20,
2010 — Power outages hit towns ..."): the full date alone at the head of a line below others, a
dash, a sentence, on the paper's day or up to a week before. It is the page's date, no event (the
real-news gold leaves date lines out), and the day of the summary's happening is told by the story
below it. A text that opens with its date ("Friday, March 31, 2023 – The company is recalling ..."),
a date line far from the paper's day, one without its year or before no dash keep their statement.
Written texts, one general case per row.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2010, 5, 20)


test_a_date_line_under_a_headline_dates_nothing = dated_test([
    ("Cyclone slams into coast\n\nMay 20, 2010 — Power outages hit towns as the cyclone lashes the coast.\n\n"
     "The storm made landfall on Thursday.", ["2010-05-20"]),
    ("Storm batters coast\nThursday, May 20, 2010 - Thousands were left without power.", []),
    ("Bank raises rates\n\n18 May 2010 – The central bank raised its main rate by half a point.", []),
    ("Menu\nFloods hit the north\nMay 19, 2010 -- Rivers burst their banks across the region.", []),
], THU)


test_dates_that_keep_their_statement = dated_test([
    # the text opens with the date
    ("May 20, 2010 — Power outages hit towns as the cyclone lashes the coast.", ["2010-05-20"]),
    # a date line far from the paper's day: a happening told as the lead's
    ("Flood anniversary\n\nMay 20, 2005 — The river burst its banks and flooded the town.", ["2005-05-20"]),
    # no year
    ("Storm batters coast\n\nMay 18 - Thousands were left without power.", ["2010-05-18"]),
    # no dash: a sentence that opens with its date
    ("Storm batters coast\n\nMay 18, 2010 was the wettest day of the year.", ["2010-05-18"]),
], THU)


# Two or more lines opening with a date before a dash are a dated list (a timeline box, "Key dates"),
# each line a happening of its own, not the page's date line (rv11's review of the rule above).
test_a_dated_list_under_a_heading_keeps_its_days = dated_test([
    ("Key dates\nMay 18, 2010 — Flood warnings go out for the valley.\nMay 19, 2010 — The levee breaks.",
     ["2010-05-18", "2010-05-19"]),
    ("How the week unfolded\nMay 17, 2010 - Police close the bridge.\nMay 18, 2010 - Divers find the car.",
     ["2010-05-17", "2010-05-18"]),
    ("Timeline\n\n17 May 2010 – The company warns of losses.\n\n19 May 2010 – Its chief executive resigns.",
     ["2010-05-17", "2010-05-19"]),
], THU)
