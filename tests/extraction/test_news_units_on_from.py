""""N units on from <something>" tells the time now (or the sentence's day) as N units after that something,
which lies N units back, as "N units ago" would: months give that month ("Eight months on from the merger"),
decades that year ("Two decades on from the war"), whatever the main clause's present verb ("families still
gather", "shops remain shut"). "N units on from now" counts ahead, as "N units from now". A clause of a time
ahead or supposed ("will be", "could"), an "after" in its place, and a year the sentence names keep their
readings.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2025, 9, 17)

test_units_on_from_count_back_from_now = dated_test([
    ("Eight months on from the merger, the bank has closed 40 branches.", ["2025-01"]),
    ("Two decades on from the war, the scars remain.", ["2005"]),
    ("A decade on from the flood, residents still gather at the river every spring.", ["2015"]),
    ("Four days on from the quake, shops remain shut.", ["2025-09-13"]),
    ("Is the town any richer, six months on from the sale?", ["2025-03"]),
    ("Three years on from now, the tunnel will carry 80,000 cars a day.", ["2028"]),
], published=WED)

test_units_on_from_neighbours_keep_readings = dated_test([
    ("A year on from the fire, the mill has reopened.", ["2024"]),
    ("Eight months on from the merger, the bank will have closed 40 branches.", []),
    ("Eight months after the merger, the bank closed 40 branches.", []),
    ("Eight months ago, the bank closed 40 branches.", ["2025-01"]),
    ("Three years from now, the tunnel will carry 80,000 cars a day.", ["2028"]),
    ("In 2015, a decade on from the war, the town was rebuilt.", ["2015"]),
    ("Two decades on from the war, the region could be at peace.", []),
], published=WED)

# "N units from today" counts ahead from the paper's day as "N units from now" does (fp47, session 47: "today" alone
# was dated, the paper's own day); a count too loose for a day ("three weeks") gives none, as "from now" does, unless
# told exact.
test_units_from_today_count_ahead = dated_test([
    ("The phone will be unveiled two days from today.", ["2025-09-19"]),
    ("The vote is ten days from today.", ["2025-09-27"]),
    ("He said the results will be known a week from today.", ["2025-09-24"]),
    ("Two years from today, the line will open.", ["2027"]),
    ("The phone will be unveiled three weeks from today.", []),
    # ... unless it is told exact ("exactly three weeks ago" likewise)
    ("The phone will be unveiled exactly three weeks from today.", ["2025-10-08"]),
    ("The plant closed exactly six weeks ago.", ["2025-08-06"]),
    # ... not "today's" after "from"
    ("Prices fell from today's levels.", ["2025-09-17"]),
], published=WED)
