"""The second month of a pair ("in April and May") whose verb comes before the pair is told in the
first month's clause, the pair's phrase ending after it (a stop, a quotation's end, a preposition): a
saying after the pair ("..., the owner said") does not put it a year back
while the first stays ahead; nor, at a quotation's end, when the first month's clause tells no tense. A pair before its verb ("In April and May they will ...") reads each
month as before.
"""
import datetime as dt

from dated import dated_test

MAR = dt.date(2022, 3, 2)

test_the_second_month_of_a_pair_shares_the_first_ones_clause = dated_test([
    (MAR, "The bakery will add soups and sandwiches later, perhaps in April and May, the owner said.",
     ["2022-04", "2022-05"]),
    (MAR, "“We hope to hire more drivers in June or July,” said the manager.", ["2022-06", "2022-07"]),
    (MAR, "Road crews will repave the bridge in November and December, officials said Tuesday.",
     ["2022-11", "2022-12", "2022-03-01"]),
    # a pair ending a quotation, the first month's clause cut by a bracket and telling no tense: not in
    # the attribution's past either
    (MAR, "“We will put more of the (cold case) items out as the weather warms, maybe in April and May,” the "
          "manager said.", ["2022-04", "2022-05"]),
])

test_pairs_told_in_one_tense_or_before_their_verb_stay = dated_test([
    (MAR, "Sales rose in November and December, the owner said.", ["2021-11", "2021-12"]),
    (MAR, "The shop opened in January and February, the owner said.", ["2022-01", "2022-02"]),
    (MAR, "The plant will close in April and May for repairs.", ["2022-04", "2022-05"]),
    (MAR, "“The (old) patio closed in November and December,” the owner said.", ["2021-11", "2021-12"]),
    # the second month opening a clause of its own, its verb after it: its own tense (rv14's round)
    (MAR, "The mill will restart in October, and September was its slowest month, the manager said.",
     ["2022-10", "2021-09"]),
    (MAR, "Sales dipped in January and June will bring a rebound, analysts said.", ["2022-01", "2022-06"]),
    # different months apart: each read in its own clause, as before
    (MAR, "Prices rose in January, and the agency expects them to fall in May.", ["2022-01", "2022-05"]),
])

NOV = dt.date(2017, 11, 22)

# Bare months listed together are read in turn, each the first time its month comes after the one before it (fp48,
# session 47: in a November paper a tenseless "January/ February rain" read January ahead and February behind).
test_months_listed_together_are_read_in_turn = dated_test([
    ("We still get some January/ February rain.", ["2018-01", "2018-02"]),
    ("Rain in January and February.", ["2018-01", "2018-02"]),
    ("Rain in January or February.", ["2018-01", "2018-02"]),
    # ... a list in one past or one future keeps its readings
    ("The rains came in January and February.", ["2017-01", "2017-02"]),
    ("Rain is expected in December and January.", ["2017-12", "2018-01"]),
    ("Sales rose in June, July and August.", ["2017-06", "2017-07", "2017-08"]),
    # ... not a list out of the calendar's order, nor months of two clauses
    ("Sales fell in February and January.", ["2017-02", "2017-01"]),
    ("Prices rose in March and fell in January.", ["2017-03", "2017-01"]),
    # ... nor months of two clauses in two tenses (rv57's rows)
    ("Prices peaked in January, and February will bring a new tariff.", ["2017-01", "2018-02"]),
    ("The new tax starts in January, and February brought the last rise.", ["2018-01", "2017-02"]),
], published=NOV)
