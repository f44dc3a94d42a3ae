"""A schedule verb of the future markers that is also a plural noun ("runs", "starts", "returns") after
its count or an article is the noun, no schedule's present: "won by 419 runs on Sunday" is last Sunday's
win, not next Sunday's (session 26, fresh34). A name's number before the verb ("Game 3 starts Monday",
"the Round of 64 begins Thursday") and a subject's schedule ("The bus runs on Sunday") keep the future.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2024, 6, 3)
WED = dt.date(2024, 6, 5)

test_a_counted_schedule_word_is_a_noun = dated_test([
    (MON, "The visitors won by 112 runs at the county ground on Sunday.", ["2024-06-02"]),
    (MON, "Patel scored 87 runs on Saturday before rain stopped play.", ["2024-06-01"]),
    (WED, "The left-hander made three starts in May.", ["2024-05"]),
    (WED, "Investors cashed in their returns on Monday.", ["2024-06-03"]),
    (WED, "Investors saw their returns on Tuesday shrink by half.", ["2024-06-04"]),
])

test_a_schedule_present_keeps_its_future = dated_test([
    (MON, "The shuttle bus runs on Sunday.", ["2024-06-09"]),
    (MON, "Game 3 starts on Friday in Denver.", ["2024-06-07"]),
    (MON, "The Round of 64 begins Thursday.", ["2024-06-06"]),
    (MON, "The season starts on Saturday.", ["2024-06-08"]),
    (MON, "The training that starts Friday is the largest in years.", ["2024-06-07"]),
])
