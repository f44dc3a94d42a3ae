"""The words "today" and "tomorrow" where they name no day: "today" as nowadays, "today's
whole", a saying such as "tomorrow is another day".

Each row: the publication date (or one for the group), the text, the dates the engine must give
(date or date/end), in order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

WED = dt.date(2024, 3, 13)


test_tomorrow_is_another_day_is_a_saying = dated_test([
    # "Tomorrow is another day", "tomorrow is a new day": a saying, no date.
    (WED, "\"Sleep well, everyone, tomorrow is a new day,\" the mayor wrote.", []),
    (WED, "Tomorrow is another day, the coach said.", []),
    (WED, "Tomorrow is a big day for the team.", ["2024-03-14"]),
    (WED, "Tomorrow is the deadline to file.", ["2024-03-14"]),
])


# "today's" before a whole ("today's international relations", "today’s global economy") is
# nowadays, no day.
@pytest.mark.parametrize("text", [
    "Such threats have no place in today’s international relations.",
    "The program is vital in today's global economy.",
])
def test_todays_whole_is_no_day(text):
    assert dates(text, dt.date(2023, 10, 20)) == []


test_today_as_nowadays_is_no_day = dated_test([
    # "today" as "nowadays": a state of things after a subject with no verb of its own
    # ("Democrats today are divided"), or a comparison ("unlike today"): no day.
    (WED, "Democrats today are a minority in the state.", []),
    # (A participle after the verb is a day's state as often as a lasting one: "The office today
    # is closed". Left dated.)
    (WED, "The office today is closed.", ["2024-03-13"]),
    (WED, "The town today is a shadow of its former self.", []),
    (WED, "The victims of such schemes today are ordinary taxpayers, the agency said.", []),
    (WED, "Unlike today, there were no cellphones then.", []),
    # ... but a day: what starts, is expected or is going on today, and "Today is ...".
    (WED, "The training that starts today is the largest yet.", ["2024-03-13"]),
    (WED, "Today is the last day to register.", ["2024-03-13"]),
    (WED, "The Senate today is expected to vote on the bill.", ["2024-03-13"]),
    (WED, "The president today is visiting Ohio.", ["2024-03-13"]),
    (WED, "The president today has signed the bill.", ["2024-03-13"]),
])


THU = dt.date(2024, 3, 14)


test_today_is_nowadays_only_before_a_noun_phrase = dated_test([
    # "today" is "nowadays" before what a subject is (a noun phrase: "are a minority", "are
    # ordinary taxpayers"); a day's state ("are up 5%", "is open until 9 p.m.", "are icy") and
    # what someone has today are that day.
    (THU, "Shares today are up 5% after the report.", ["2024-03-14"]),
    (THU, "Stocks today are down sharply.", ["2024-03-14"]),
    (THU, "Markets today are higher after the Fed decision.", ["2024-03-14"]),
    (THU, "The museum today is open until 9 p.m.", ["2024-03-14"]),
    (THU, "Roads today are icy, police warned.", ["2024-03-14"]),
    (THU, "Temperatures today are well above normal.", ["2024-03-14"]),
    (THU, "The lines today are very long.", ["2024-03-14"]),
    (THU, "The minister today has a meeting with the king.", ["2024-03-14"]),
    (THU, "Democrats today are a minority in the state.", []),
    (THU, "The victims of such schemes today are ordinary taxpayers, the agency said.", []),
])


test_a_day_like_today_is_a_kind_of_day = dated_test([
    # "a day like today", "days like today", "nights like tonight": a kind of day, no day.
    (THU, "\"I kept the mistakes down, which matters on a day like today,\" the golfer said.", []),
    (THU, "On days like today, the ferries stay in port.", []),
    (THU, "Nights like tonight remind us why we play, the coach said.", []),
    # ... but "like" before "today" that compares no day, or a clause that tells the day, stays.
    (THU, "On a day like today, when the vote was held, crowds gathered.", ["2024-03-14"]),
    (THU, "We would like today to be remembered, the mayor said.", ["2024-03-14"]),
    (THU, "Players like today's conditions, the coach said.", ["2024-03-14"]),
])


WED_OCT = dt.date(2024, 10, 2)


test_last_evening_is_the_evening_before = dated_test([
    # "last evening", like "last night": the evening before the paper's day.
    (WED_OCT, "The troops bunkered down last evening.", ["2024-10-01"]),
    (WED_OCT, "Police said the two men were arrested last evening in the city centre.", ["2024-10-01"]),
    (WED_OCT, "Last evening, the council voted to close the pool.", ["2024-10-01"]),
    # ... not the final one of a run: a determiner or possessive before "last".
    (WED_OCT, "Fans packed the stadium on the last night of the tour.", []),
    (WED_OCT, "It was his last evening in office.", []),
    (WED_OCT, "The band played on the festival's last night.", []),
    (WED_OCT, "Every last evening of the fair was sold out.", []),
])
