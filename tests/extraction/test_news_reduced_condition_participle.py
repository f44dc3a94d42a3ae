"""A reduced clause, a conjunction and a participle with no subject ("with a runoff on March 20 if
needed", "a second vote on Monday unless waived", "If re-elected on Nov. 3, she would ..."), is no
finite past: the date's clause takes its tense from the verb it adds to (after the date), or from the
main clause after the comma (a fronted one), not from the participle.
"""
import datetime as dt

from dated import dated_test

test_a_reduced_condition_after_the_date_tells_no_past = dated_test([
    (dt.date(2020, 12, 10), "The county primary will take place Feb. 9, with a second round on March 23 if needed.",
     ["2021-02-09", "2021-03-23"]),
    (dt.date(2020, 12, 10), "Ballots are due Jan. 12, with a hand count on March 2 if requested.",
     ["2021-01-12", "2021-03-02"]),
    (dt.date(2021, 5, 3), "The board will meet in June, with a second session on Feb. 8 once approved.",
     ["2021-06", "2022-02-08"]),
    (dt.date(2023, 8, 9), "Crews will patch the levee this week, with a full repair in July unless delayed.",
     ["2024-07"]),
    # fronted: the main clause after the comma says the time
    (dt.date(2020, 12, 10), "If confirmed on Jan. 19, the nominee would be sworn in the next day.",
     ["2021-01-19", "2021-01-20"]),
    (dt.date(2020, 12, 10), "Unless delayed on Feb. 2, the launch will carry four astronauts.", ["2021-02-02"]),
])

test_neighbours_of_the_reduced_condition_are_unchanged = dated_test([
    # the clause's own verb before the date decides, as before
    (dt.date(2020, 12, 10), "The runoff was held on March 20 if needed.", ["2020-03-20"]),
    (dt.date(2020, 12, 10), "A recount began on Monday if needed.", ["2020-12-07"]),
    (dt.date(2020, 12, 10), "Officials said a recount would start on Monday if requested.", ["2020-12-14"]),
    # a finite past after the date, with its subject: past
    (dt.date(2020, 12, 10), "The board said a vote on March 20, if it happened, was legal.", ["2020-03-20"]),
    # a fronted reduced clause before a past main clause, and one with a subject: the past, as before
    (dt.date(2020, 12, 10), "When asked on March 20, the mayor declined to comment.", ["2020-03-20"]),
    (dt.date(2020, 12, 10), "Once approved on March 20, the plan took effect in April.", ["2020-03-20", "2020-04"]),
    (dt.date(2020, 12, 10), "If he resigned on March 20, nobody noticed.", ["2020-03-20"]),
    # fronted "although", "while": what is already so, read as before
    (dt.date(2020, 12, 10), "Although delayed on March 20, the county fair will open in May.",
     ["2020-03-20", "2021-05"]),
    (dt.date(2020, 12, 10), "While hospitalized on March 20, the senator will miss the vote in April.",
     ["2020-03-20", "2021-04"]),
    # the same absolute phrase with nothing after its date: as before
    (dt.date(2020, 12, 10), "The county primary will take place Feb. 9, with a second round on March 23.",
     ["2021-02-09", "2021-03-23"]),
])
