"""Clause tense (timeline/extraction/tense.py) as bare weekdays show it: the idiom "come Tuesday" (when
Tuesday comes), a weather agency named "Met ..." (no verb "met"), an -ed adjective after "behind"
("behind closed doors"), a past perfect's state "up until" a day, and a saying's "that" before the day
its own clause's verb tells of ("says that Thursday will be dry").

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles (weekdays-j showed the kinds: wdj-06, -02, -19, -18, -15).
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 3, 13)  # Tuesday 12 March one day back, Monday 11 two
THU = dt.date(2024, 3, 14)  # Saturday 9 March five days back, 16 March two ahead
SUN = dt.date(2024, 3, 17)  # Tuesday 12 March five days back, 19 March two ahead

test_come_before_a_weekday_is_when_it_comes = dated_test([
    (WED, "The office is open today, but come Tuesday it is closed for good.", ["2024-03-13", "2024-03-19"]),
    (WED, "The shop is quiet now, but come Monday the place is packed.", ["2024-03-18"]),
    # near neighbour: the verb "came" keeps its past
    (WED, "Visitors came Tuesday to see the exhibit.", ["2024-03-12"]),
])

test_a_met_agency_is_a_name_not_a_verb = dated_test([
    (WED, "The forecast for Friday from Met Éireann says it will be wet.", ["2024-03-15"]),
    # near neighbours: the Met Office (already a name), and the verb
    (WED, "The outlook for Friday from the Met Office says it will be wet.", ["2024-03-15"]),
    (WED, "The team met Friday to discuss the plan.", ["2024-03-08"]),
])

test_an_ed_word_after_behind_is_an_adjective = dated_test([
    (SUN, "You have a behind closed doors game on Tuesday.", ["2024-03-19"]),
    # near neighbour: the passive's own past
    (SUN, "The talks were held behind closed doors on Tuesday.", ["2024-03-12"]),
])

test_a_past_perfect_state_up_until_a_day_is_over = dated_test([
    (THU, "We'd been on a great run of form up until Saturday, but all runs end.", ["2024-03-09"]),
    # near neighbours: a state until a day still to come, a putting off in the past perfect
    (THU, "The club had been unbeaten right up until Saturday, when Leeds won 2-0.", ["2024-03-09"]),
    (THU, "The warning is in place until Saturday.", ["2024-03-16"]),
    (THU, "The hearing had been postponed until Saturday.", ["2024-03-16"]),
    (WED, "The museum had been under repair and will stay shut until Friday.", ["2024-03-15"]),
])

test_a_saying_that_opens_the_days_own_clause = dated_test([
    (WED, "The agency says that Thursday will be dry and bright.", ["2024-03-14"]),
    (WED, "The forecaster says that Friday will bring rain.", ["2024-03-15"]),
    # near neighbour: the day of the saying itself
    (WED, "The agency said Thursday that the road will reopen.", ["2024-03-07"]),
])
