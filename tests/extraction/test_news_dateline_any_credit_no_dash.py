"""A lead's dateline with a credit in brackets after its date and no dash before the lead ("Denver,
July 3 (KDVR) The mayor ...", "DENVER, July 3 (Reuters) The mayor ..."): an outlet's or agency's
initials in capitals, or a known agency's name, with the city in title case or in capitals; on the
paper's day or up to a week before, the date is the story's, no event (with a dash, or with a known
agency and a title-case city, it already was).
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2021, 7, 3)

test_a_dateline_with_a_credit_and_no_dash_is_no_event = dated_test([
    (SAT, "Denver, July 3 (KDVR) The mayor said on Friday that she would resign.", ["2021-07-02"]),
    (SAT, "DENVER, July 3 (Reuters) The mayor resigned on Friday.", ["2021-07-02"]),
    (SAT, "Boston, July 2 (WBZ) Firefighters battled a blaze on Thursday.", ["2021-07-01"]),
])

test_other_openings_stay = dated_test([
    # a date far from the paper's day: read, as before
    (SAT, "Denver, May 3 (KDVR) The mayor resigned on Friday.", ["2021-05-03", "2021-07-02"]),
    # a known agency with a title-case city: no event, as before
    (SAT, "Lagos, July 3 (Reuters) The vote ended on Friday.", ["2021-07-02"]),
    # a lower-case word after the bracket: no lead of a dateline
    (SAT, "The fair opened July 3 (TIWN) and ran all week.", ["2021-07-03"]),
])
