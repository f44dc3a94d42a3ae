"""A present passive negated or with an adverb ("are not suspended on Monday", "isn't closed",
"are still suspended") is a present passive as "are suspended" is: the coming day, not the one gone by
(fp9's sample of unseen news). Rows written for the test; publication date a Sunday.
"""
import datetime as dt

from dated import dated_test

SUN = dt.date(2006, 10, 29)

test_a_negated_present_passive_names_the_coming_day = dated_test([
    ("Classes in the capital are not suspended on Monday despite the rain, the secretary said.", ["2006-10-30"]),
    ("Classes are not suspended on Monday.", ["2006-10-30"]),
    ("The office isn't closed on Monday.", ["2006-10-30"]),
    ("Classes are still suspended on Monday.", ["2006-10-30"]),
], published=SUN)

test_a_past_or_a_charge_keeps_its_past = dated_test([
    ("Classes were not suspended on Monday.", ["2006-10-23"]),
    ("Classes are suspended on Monday.", ["2006-10-30"]),
    ("He is not accused of the shooting on Monday.", ["2006-10-23"]),
], published=SUN)

test_a_negated_passive_of_what_is_made_sure_of_after_a_day_keeps_it_gone_by = dated_test([
    # the negation no longer made the participle a past: the making-sure rule reads "is not overturned"
    # as it reads "is overturned" (an aftermath, the day gone by)
    ("The winners want to make sure Saturday's vote is not overturned.", ["2006-10-28"]),
    ("The winners want to make sure Saturday's vote isn't overturned.", ["2006-10-28"]),
], published=dt.date(2006, 11, 1))
