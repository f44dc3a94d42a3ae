"""An anchored "that day" before a one-word subject and its finite verb ("That day schools closed",
"Later that day police found ..."): the day told before, as "that day, schools closed" is. Near
neighbours: "day" in a compound ("that day care centers", "day trippers") or "that day" as a subject
("if that day comes") dates nothing of its own. Sentences written for the test."""
import datetime as dt

from dated import dated_test

W = dt.date(2025, 9, 17)  # a Wednesday

test_that_day_before_a_subject_and_its_verb_is_the_day_told = dated_test([
    ("The flood peaked on Monday. That day shops stayed shut.", ["2025-09-15", "2025-09-15"]),
    ("The girl went missing on Aug. 9. Later that day divers found her kayak.", ["2025-08-09", "2025-08-09"]),
    ("The strike began on Tuesday. Earlier that day managers had met the union.", ["2025-09-16", "2025-09-16"]),
    ("The plant exploded on Aug. 2. That same day residents were told to leave.", ["2025-08-02", "2025-08-02"]),
], W)

test_a_compound_or_a_subject_that_day_stays_undated = dated_test([
    ("The flood peaked on Monday. That day care centers were shut.", ["2025-09-15"]),
    ("The flood peaked on Monday. Many believe that day trippers had left.", ["2025-09-15"]),
    ("The flood peaked on Monday. If that day comes, we will leave.", ["2025-09-15"]),
    ("The flood peaked on Monday. That day crews will remember.", ["2025-09-15"]),
], W)


# "that morning", "that night" (and "that very day"): a part of the day told before is that day, as
# "the same night" and "the next morning" are (bench/realnews/README.md, anchored expressions).
test_a_part_of_that_day_is_the_day_told = dated_test([
    ("The ferry sank on Tuesday. That night, divers searched the wreck.", ["2025-09-16", "2025-09-16"]),
    ("The trial opened on Sept. 8. That afternoon the first witness testified.", ["2025-09-08", "2025-09-08"]),
    ("He resigned on Aug. 4. That very morning he had met the board.", ["2025-08-04", "2025-08-04"]),
    ("The polls closed on Sunday. That very day, the count began.", ["2025-09-14", "2025-09-14"]),
], W)

test_a_part_of_a_day_with_no_day_told_stays_undated = dated_test([
    ("That night, divers searched the wreck.", []),
    ("It was a very long day for the crews.", []),
    ("She remembers that night well.", []),
], W)


# After a verb, "that" is the conjunction and the day-part word opens a compound subject: no anchored day
# ("said that afternoon tea was served", "said that night buses would run"; rv18's review).
test_that_after_a_verb_opens_a_clause_not_a_day = dated_test([
    ("The duke arrived on Monday. Guests said that afternoon tea was served late.", ["2025-09-15"]),
    ("The snow fell on Monday. The council said that night trains would run.", ["2025-09-15"]),
    ("The strike began on Sept. 1. Later that afternoon pickets blocked the gates.", ["2025-09-01", "2025-09-01"]),
], W)
