"""A line that is only "Through" and a weekday ("Through Sunday"), over a paragraph that tells what
is ahead (a forecast's section heading), tells a span from now to that day: the day lies ahead, as
"Until Sunday" does. Over a tally or a past paragraph, or with a verb of its own, it keeps the
usual reading.
Written lines, one general case per row.
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2024, 5, 25)


test_a_verbless_through_heading_looks_ahead = dated_test([
    (SAT, "Storms will spread east.\n\nThrough Sunday\n\nConditions are expected to worsen.", ["2024-05-26"]),
    (SAT, "Through Tuesday\n\nHeavy rain is expected to spread across the region.", ["2024-05-28"]),
    (SAT, "Thru Monday\n\nMore rain will fall on the coast.", ["2024-05-27"]),
])


test_a_through_line_with_its_own_verb_keeps_its_time = dated_test([
    (SAT, "Through Tuesday, the team had won five straight games.", ["2024-05-21"]),
    (SAT, "Through Saturday\n\nStorms are likely.", ["2024-05-25"]),
])


test_a_through_heading_over_a_tally_or_a_past_paragraph_is_gone_by = dated_test([
    # what the heading stands over tells what was counted up to the day
    (dt.date(2025, 3, 12), "Vaccinations climb.\n\nThrough Monday: 8,410 doses, 12 clinics.", ["2025-03-10"]),
    (dt.date(2025, 3, 12), "Thru Tuesday: 312 claims.", ["2025-03-11"]),
    (dt.date(2025, 3, 12), "Through Saturday\n\nFirefighters answered 60 calls.", ["2025-03-08"]),
    (dt.date(2025, 3, 12), "Through Monday's matches\n\nCeltics 40-12\nKnicks 35-18", ["2025-03-10"]),
])
