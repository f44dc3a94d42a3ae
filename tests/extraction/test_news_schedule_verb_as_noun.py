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
    (MON, "The hosts set the visitors a target of 280 runs on Sunday.", ["2024-06-02"]),
    (WED, "In his 11 starts in April, the pitcher lost twice.", ["2024-04"]),
])

test_a_schedule_present_keeps_its_future = dated_test([
    (MON, "The shuttle bus runs on Sunday.", ["2024-06-09"]),
    (MON, "Game 3 starts on Friday in Denver.", ["2024-06-07"]),
    (MON, "The Round of 64 begins Thursday.", ["2024-06-06"]),
    (MON, "The season starts on Saturday.", ["2024-06-08"]),
    (MON, "The training that starts Friday is the largest in years.", ["2024-06-07"]),
    (MON, "The board approved a lease that runs through Friday.", ["2024-06-07"]),
    # a number after a lower-case noun names the thing, no count of the noun after it
    (MON, "Voting in phase 2 begins Thursday.", ["2024-06-06"]),
    (MON, "The car park at gate 6 opens at 9 a.m. Saturday.", ["2024-06-08"]),
    (MON, "Registration for ages 5 to 12 closes Friday.", ["2024-06-07"]),
])
