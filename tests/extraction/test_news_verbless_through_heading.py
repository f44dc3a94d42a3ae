"""A line with no verb that opens with "Through" and a weekday ("Through Sunday", a forecast's
section heading) tells a span from now to that day: the day lies ahead, as "Until Sunday" does.
With a verb of its own, the line keeps that verb's time.
Written lines, one general case per row.
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2024, 5, 25)


test_a_verbless_through_heading_looks_ahead = dated_test([
    (SAT, "Storms will spread east.\n\nThrough Sunday\n\nConditions are expected to worsen.", ["2024-05-26"]),
    (SAT, "Through Tuesday\n\nHeavy rain is possible across the region.", ["2024-05-28"]),
    (SAT, "Thru Monday: more rain for the coast.", ["2024-05-27"]),
])


test_a_through_line_with_its_own_verb_keeps_its_time = dated_test([
    (SAT, "Through Tuesday, the team had won five straight games.", ["2024-05-21"]),
    (SAT, "Through Saturday\n\nStorms are likely.", ["2024-05-25"]),
])
