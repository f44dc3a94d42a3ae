"""A present perfect of asking or urging names no past day of its own, so a weekday in the infinitive
it governs dates what was asked: "The university has urged students to check their email before
leaving on Wednesday morning" in a Tuesday paper is the coming Wednesday. The nearest such day when
the last lies at most three days back (as for every call or directive); not a simple past ("urged
residents to stay home on Sunday" may tell a day gone by), nor a clause with a past of its own, nor a
happening in the infinitive's object that may have come and gone ("to forget the loss on Wednesday").

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2023, 9, 12)  # the coming Wednesday is 13 September, the last one 6 September
SAT = dt.date(2023, 9, 16)  # Friday 15 September lies one day back

test_a_perfect_asking_verbs_infinitive_takes_the_day = dated_test([
    (TUE, "The university has urged students to check their email before leaving on Wednesday morning.",
     ["2023-09-13"]),
    (TUE, "The council has asked residents to put their bins out early on Wednesday.", ["2023-09-13"]),
    (TUE, "Police have advised drivers to avoid the bridge on Wednesday.", ["2023-09-13"]),
    # near neighbours: a simple past, a day one day back, a clause with its own past
    (TUE, "The council asked residents to put their bins out early on Wednesday.", ["2023-09-06"]),
    (SAT, "Police have advised drivers to avoid the bridge on Friday.", ["2023-09-15"]),
    (TUE, "Police have asked anyone who saw the crash on Wednesday to come forward.", ["2023-09-06"]),
    (TUE, "The coach has asked his players to forget the loss on Wednesday.", ["2023-09-06"]),
    (TUE, "Officials have told reporters that the bridge reopened on Wednesday.", ["2023-09-06"]),
])
