"""A quarter or a half named by its last month ("the June quarter", "the September-quarter results", "the
December half", "the June half-year"), as Australian, New Zealand and Indian business news name them: the three
(six) months ending in that month, a month range as "the first quarter of 2023" is (issue 12), with the same low
figure (rule "qtr", under grammar.REVIEW_BELOW: shown for review, not stored by default). Its year is the one told
with it, else a yearless month's: the last such month in a past clause, the next one in a clause ahead. Not "the
June quarter-final", "in June, a quarter of voters", "every June quarter", "the April-June quarter", "the June and
September quarters". Sentences written for the tests (session 33, kl3), not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test

from timeline.extraction import extract_events
from timeline.extraction.grammar import REVIEW_BELOW

AUG = dt.date(2023, 8, 15)  # the June quarter just gone is April-June 2023; the September one ahead

test_a_quarter_or_half_named_by_its_last_month = dated_test([
    ("Profit in the June quarter rose 5%.", ["2023-04/2023-06"]),
    ("The bank's March quarter profit fell 4%.", ["2023-01/2023-03"]),
    ("Exports in the February quarter fell.", ["2022-12/2023-02"]),
    ("The firm will report its September-quarter results in October.", ["2023-07/2023-09", "2023-10"]),
    ("Profit in the June quarter will rise.", ["2024-04/2024-06"]),
    ("Profit in the March quarter of 2024 will rise.", ["2024-01/2024-03"]),
    ("Revenue for the June quarter 2022 fell.", ["2022-04/2022-06"]),
    ("The March quarter of last year was weak.", ["2022-01/2022-03"]),
    ("Sales in the December half fell 3%.", ["2022-07/2022-12"]),
    ("Sales in the December half will rise.", ["2023-07/2023-12"]),
    ("The June half-year result was a record.", ["2023-01/2023-06"]),
    ("The group's December half was weak.", ["2022-07/2022-12"]),
    # the year a sentence opens with, as a yearless month's (rv26's review)
    ("In 2019, the March quarter was the weakest.", ["2019", "2019-01/2019-03"]),
], published=AUG)

test_a_custom_names_no_quarter = dated_test([
    # every year's quarter, as "December is usually the strongest month" is every year's month (rv26's review)
    ("The December quarter is usually the strongest for retailers.", []),
    ("Profit typically dips in each June quarter.", []),
    ("The December quarter was the strongest for retailers.", ["2022-10/2022-12"]),
], published=AUG)

test_near_forms_stay_as_they_were = dated_test([
    ("Spain beat Japan in the June quarter-final.", ["2023-06"]),
    ("In June, a quarter of voters backed the plan.", ["2023-06"]),
    ("By June, a quarter of the staff had left.", ["2023-06"]),
    ("The June half-marathon drew 500 runners.", ["2023-06"]),
    ("Prices fell in December half as fast as in May.", ["2022-12", "2023-05"]),
    ("Half of June was wet, and a quarter of July.", ["2023-06", "2023-07"]),
    # a quarter named by the month it runs to is the quarter, as "the June quarter" is: no month (fp31)
    ("Sales for the quarter to June rose 4%.", []),
    ("Every June quarter, sales fall.", []),
    ("The April-June quarter was strong.", []),
    ("Profit in the first quarter of 2023 rose 5%.", ["2023-01/2023-03"]),
], published=AUG)


@pytest.mark.parametrize("text, cue", [
    ("Profit in the June quarter rose 5%.", "the June quarter"),
    ("Profit in the March quarter of 2024 will rise.", "the March quarter of 2024"),
    ("Sales in the December half fell 3%.", "the December half"),
])
def test_left_for_review_as_the_other_quarters(text, cue):
    kept = {e.cue for e in extract_events(text, published=AUG)}
    asked = {e.cue: (e.rule, e.confidence) for e in extract_events(text, published=AUG, uncertain=True)}
    assert cue not in kept
    assert asked[cue][0] == "qtr" and asked[cue][1] < REVIEW_BELOW
