""""N days after <something> ... on <day>" whose day is inside the clause after "after": the day
is that something's, not a day to count back from. A list's commas ("in Akhnoor, Kanachak and
Khour sectors") do not end that clause.

Each row: the publication date, the text, the dates the engine must give, in order. The
sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2018, 6, 5)

test_day_inside_the_after_clause_past_a_list = dated_test([
    (TUE, "The minister's warning comes two days after three soldiers were killed in shelling in Uri, Poonch "
          "and Rajouri sectors on Sunday.", ["2018-06-03"]),
    (TUE, "The strike came a day after police, fire and rescue crews were sent to the border on Sunday.",
     ["2018-06-03"]),
    (TUE, "The protest comes three days after farmers in Nashik, Pune and Satara districts burned crops on "
          "Saturday.", ["2018-06-02"]),
    # Not: a clause's comma still ends it; the day after it is another clause's.
    (TUE, "The strike came two days after the storm, officials said on Sunday.", ["2018-06-01", "2018-06-03"]),
    (TUE, "On Sunday, two days after the storm, crews reached the town.", ["2018-06-03", "2018-06-01"]),
])
