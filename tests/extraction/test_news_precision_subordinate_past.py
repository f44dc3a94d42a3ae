"""Kinds of false positive on real news (issue 12): a day in a subordinate clause ("after a
tornado hit the area Friday night") whose singular subject takes a bare verb: an irregular past
that looks like a present ("hit", "cut", "put", "set"), whatever the main clause says is ahead.
Sentences written for the test, not taken from any article. Each row: text, the dates the engine
must give, in order (published Wednesday 15 May 2024).
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 5, 15)

test_a_bare_verb_after_a_singular_subject_in_a_subordinate_clause_is_past = dated_test([
    ("Officials will meet after a tornado hit the area Friday night.", ["2024-05-10"]),
    ("County officials meet later this week to plan the recovery after the storm hit the coast on Saturday.",
     ["2024-05-11"]),
    ("The plant will reopen after the company cut 500 jobs on Monday, the union said.", ["2024-05-13"]),
    ("The team will rest after the coach put the players through drills Thursday.", ["2024-05-09"]),
], published=WED)

test_a_present_or_a_compound_in_a_subordinate_clause_stays_ahead = dated_test([
    ("Crews will return after the storm passes Friday.", ["2024-05-17"]),
    ("The vote will come after lawmakers return Tuesday.", ["2024-05-21"]),
    ("Officials will meet after the election debate on Monday.", ["2024-05-20"]),
    ("Officials will meet after the state primary Tuesday.", ["2024-05-21"]),
    ("The road will stay shut until the crew finish repairs on Friday.", ["2024-05-17"]),
], published=WED)

# Over-reach found in review (rv3): a regular verb's bare form is a present ("show", "tune",
# "ratify"), a plural-agreeing subject ("data", "orchestra", "union"), a number with no noun after
# it is a noun's compound ("the reverse split 1-for-10").
test_a_regular_bare_verb_or_a_plural_subject_in_a_subordinate_clause_stays_ahead = dated_test([
    ("Economists expect a cut after the jobs data show a slowdown Friday.", ["2024-05-17"]),
    ("The show will go on once the orchestra tune their instruments Friday.", ["2024-05-17"]),
    ("Trading will resume after the reverse split 1-for-10 on Friday.", ["2024-05-17"]),
    ("The plant will reopen after the union ratify the deal Friday.", ["2024-05-17"]),
    ("Markets will react once the data hit the wires Friday.", ["2024-05-17"]),
], published=WED)
