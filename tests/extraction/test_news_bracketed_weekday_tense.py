"""A weekday alone in brackets ("by 10 a.m. (Monday) it will be out") tells when within its clause:
the brackets cut no clause, so the clause's own tense reads it, not the saying's "said" around a quote
(fp9's sample of unseen news). Rows written for the test; publication date a Sunday.
"""
import datetime as dt

from dated import dated_test

SUN = dt.date(2006, 10, 29)

test_a_bracketed_weekday_takes_its_clause_s_tense = dated_test([
    ('"The storm will pass and by 10 a.m. (Monday) it will be out of the country," the secretary said.',
     ["2006-10-30"]),
    ('"It will be out by 10 a.m. (Monday)," the secretary said.', ["2006-10-30"]),
], published=SUN)

test_a_bracketed_weekday_of_a_past_clause_or_beside_its_date_stays = dated_test([
    ("Schools reopened (Monday) after the storm.", ["2006-10-23"]),
    ("The storm hit the town on Saturday (October 28).", ["2006-10-28"]),
    ("Schools will reopen on October 30 (Monday).", ["2006-10-30"]),
], published=SUN)
