"""A vote named by its weekday's possessive in a present clause ("Tuesday's runoff is the last
hurdle", "She faces the mayor in Tuesday's primary") is the coming one when it lies at most two days
ahead: in a paper of the day before, not the one six days back. Further ahead, its results, or a
past verb in the sentence keep the day gone by.
"""
import datetime as dt

from dated import dated_test

MONDAY = dt.date(2023, 6, 12)
THURSDAY = dt.date(2023, 6, 15)

test_a_present_vote_named_by_its_day_is_the_nearer_one = dated_test([
    (MONDAY, "Tuesday's runoff for the council seat is the last of three contests.", ["2023-06-13"]),
    (MONDAY, "Two former aldermen are squaring off in Tuesday's special election for the vacant seat.",
     ["2023-06-13"]),
])

test_neighbours_of_the_present_vote_day_are_unchanged = dated_test([
    # the day gone by is the nearer, or the coming one three days ahead: the day gone by, as before
    (dt.date(2023, 6, 10), "Tuesday's runoff for the council seat is still too close to call.", ["2023-06-06"]),
    (THURSDAY, "Tuesday's runoff for the council seat is the last of three contests.", ["2023-06-13"]),
    # results, or a past after the day: the day gone by
    (MONDAY, "Tuesday's election results show a close race for the council seat.", ["2023-06-06"]),
    (MONDAY, "Tuesday's primary drew the largest turnout in a decade.", ["2023-06-06"]),
    # what comes after the vote or of it
    (MONDAY, "The incumbent is savoring her win in Tuesday's runoff for the council seat.", ["2023-06-06"]),
    (MONDAY, "The challenger holds a narrow lead after Tuesday's special election.", ["2023-06-06"]),
    # a vote looked ahead to by its own words: as before
    (dt.date(2023, 6, 15), "Saturday's referendum on the new charter is expected to draw a large turnout.",
     ["2023-06-17"]),
    # a vote told as done
    (MONDAY, "Tuesday's runoff for the council seat is now over.", ["2023-06-06"]),
    (MONDAY, "Tuesday's special election is being contested by the runner-up.", ["2023-06-06"]),
    # not a vote: as before
    (MONDAY, "Tuesday's storm is the worst to hit the county in a decade.", ["2023-06-06"]),
])


# A vote one wants voided, annulled or thrown out is one already held: the day gone by (the coming reading
# is for a vote still to take place).
test_a_vote_to_be_voided_is_the_one_held = dated_test([
    (MONDAY, "The challenger wants to make sure Tuesday's runoff is thrown out.", ["2023-06-06"]),
    (MONDAY, "Opponents argue that Tuesday's referendum is annulled under the new law.", ["2023-06-06"]),
    (MONDAY, "Tuesday's special election is expected to draw few voters.", ["2023-06-13"]),
])
