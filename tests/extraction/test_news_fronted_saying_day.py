"""A weekday in a "would" clause reported on a day fronted before the saying's subject ("On Saturday,
officials said the bridge would reopen Monday" in a Tuesday paper): the first such day after the
saying, as after "officials said Saturday". Near neighbours: a fronted day with no saying keeps the
clause's own reading. Sentences written for the test."""
import datetime as dt

from dated import dated_test

TU = dt.date(2026, 11, 17)  # a Tuesday

test_a_would_clause_after_a_fronted_saying_day_counts_from_it = dated_test([
    ("On Saturday, the county announced the trail would reopen Monday.", ["2026-11-14", "2026-11-16"]),
    ("On Friday the coach said the team would travel Sunday.", ["2026-11-13", "2026-11-15"]),
    ("On Thursday, forecasters predicted the storm would arrive Saturday.", ["2026-11-12", "2026-11-14"]),
], TU)

test_a_fronted_day_with_no_saying_stays = dated_test([
    ("On Monday, officials said the bridge would reopen Thursday.", ["2026-11-16", "2026-11-19"]),
    ("Officials said the bridge would reopen Monday.", ["2026-11-23"]),
], TU)


# The fronted day's -ed verb with a joined clause that has a noun subject of its own: "On Saturday, crews
# finished and the road will reopen Monday" (the -ed verb is Saturday's past).
test_a_joined_clause_with_a_noun_subject_leaves_the_fronted_day_past = dated_test([
    ("On Saturday, crews finished and the road will reopen Monday.", ["2026-11-14", "2026-11-23"]),
    ("On Friday, the council voted and the new rules will apply Monday.", ["2026-11-13", "2026-11-23"]),
], TU)
