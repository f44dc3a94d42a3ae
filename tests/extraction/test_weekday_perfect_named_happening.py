"""A present perfect names no past day of its own ("has announced", "have called", "has declared"), so
a weekday after its object dates the object, a happening the perfect set: "The opposition has
announced a general strike across the country on Sunday" in a Saturday paper is the coming Sunday,
as "have called off classes on Wednesday" already was for a calling off. Not a simple past ("announced
a strike on Sunday" may tell the announcing), an object told with its own past ("that began on
Sunday"), nor a day at most three days behind (the nearest such day, as for every happening named for a day).

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2023, 9, 16)  # the coming Sunday is 17 September, the last one 10 September
TUE = dt.date(2023, 9, 12)  # Monday 11 September lies one day back

test_a_perfects_object_takes_the_day = dated_test([
    (SAT, "The opposition has announced a general strike across the country on Sunday.", ["2023-09-17"]),
    (SAT, "The unions have called a nationwide shutdown on Monday.", ["2023-09-18"]),
    (SAT, "The government has declared a public holiday on Tuesday.", ["2023-09-19"]),
    (SAT, "Organisers have scheduled a candlelight vigil outside the court on Monday.", ["2023-09-18"]),
    # near neighbours: a simple past, an object with its own past, a day one day back, a perfect's own state
    (SAT, "The opposition announced a general strike on Sunday.", ["2023-09-10"]),
    (SAT, "The party has announced a curfew, which began on Sunday.", ["2023-09-10"]),
    (TUE, "The unions have called a nationwide shutdown on Monday.", ["2023-09-11"]),
    (SAT, "Police have arrested three men on Sunday.", ["2023-09-10"]),
    (SAT, "The government has declared a public holiday on Thursday.", ["2023-09-14"]),
    (SAT, "The ministry has announced that the strike ended on Sunday.", ["2023-09-10"]),
])
