"""A day in the infinitive after "encouraged" and its object is the infinitive's, as after "asked" or
"ordered"; so is one after "prompted" or "persuaded" when the day is a start or a time set ("High fuel
prices have prompted the airline to cut flights beginning Wednesday", "prompted lawmakers to schedule a
hearing for Oct. 12"): the prompting's past does not put it behind the publication day. Otherwise what
was prompted was done, in the prompting's past ("prompted the utility to cut power in August").
"""
import datetime as dt

from dated import dated_test

FRI = dt.date(2005, 9, 30)

test_a_day_after_a_prompting_is_the_infinitives = dated_test([
    (FRI, "Soaring fuel costs have prompted the carrier to drop 20 daily flights beginning Wednesday "
          "through Oct. 29.", ["2005-10-05", "2005-10-29"]),
    (FRI, "The report prompted lawmakers to schedule a hearing for Oct. 12.", ["2005-10-12"]),
    (FRI, "The union encouraged members to vote on the contract in November.", ["2005-11"]),
])

test_other_days_stay = dated_test([
    # a day gone by stays gone by
    (FRI, "The outbreak prompted officials to close schools on Tuesday.", ["2005-09-27"]),
    (FRI, "Falling sales prompted the company to cut 200 jobs in August.", ["2005-08"]),
    # what was prompted or persuaded was done (rv14's round): the past, as on main
    (FRI, "The recall prompted the maker to halt sales on Oct. 20.", ["2004-10-20"]),
    (FRI, "Angry letters persuaded the council to shut the pool in November.", ["2004-11"]),
    # no infinitive: the verb's past
    (FRI, "The storm prompted evacuations on Oct. 23.", ["2004-10-23"]),
])
