"""A plural noun after a count ("12 starts", "40 returns") is no schedule's present whatever the case
of the word before the count: a capitalised preposition opening the sentence ("In 12 starts in July,
he allowed ...") takes a count as its lower-case form does. A name's number stays a schedule ("Game 3
starts Monday"). Sentences written for the test."""
import datetime as dt

from dated import dated_test

W = dt.date(2025, 9, 17)  # a Wednesday

test_a_count_after_a_capitalised_preposition_is_a_noun = dated_test([
    ("In 12 starts in July, he allowed nine runs.", ["2025-07"]),
    ("With 40 returns on Monday, the clerk was busy.", ["2025-09-15"]),
    ("After 10 starts in May he was dropped.", ["2025-05"]),
    ("Over 20 starts in June, she won 14.", ["2025-06"]),
], W)

test_a_names_number_still_starts_a_schedule = dated_test([
    ("Game 3 starts Monday.", ["2025-09-22"]),
    ("Round 2 starts Monday.", ["2025-09-22"]),
    ("The 12 starts in July were his best.", ["2025-07"]),
], W)
