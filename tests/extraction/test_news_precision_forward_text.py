"""A weekday with no tense in its clause, in a text that tells its days only ahead (fp6's sample of
unseen news, session 21: three of four local weather forecasts read such weekdays a week back). Texts
written for the test, none taken from an article. Each row: text, the dates the engine must give.

A bare weekday whose clause has no tense marker is read as the one gone by ("A man walks on Main
Street on Monday", a caption's; "beat Ajax on penalties on Sunday"). But a forecast or a preview
tells its coming days: when the text says at least two days of the coming week in the present or
the future (or "tomorrow") and no day of the week before in the past (nor "yesterday", "last
night", "last Friday"), such a weekday in a sentence with no past marker is the coming one
("Friday cools to the middle 80s, then Saturday drops to the upper 70s", "We get relief between
Friday and Saturday", "bringing in cooler air and dropping temperatures for Friday").
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2023, 8, 23)  # a Wednesday

test_a_forecasts_tenseless_weekdays_lie_ahead = dated_test([
    ("Highs will reach the upper 90s on Thursday. Humidity will stay high tomorrow. "
     "Friday cools to the middle 80s, then Saturday drops to the upper 70s.",
     ["2023-08-24", "2023-08-24", "2023-08-25", "2023-08-26"]),
    ("A heat warning will stay in effect through Thursday evening. Storms are possible on Friday. "
     "We get relief between Saturday and Sunday.",
     ["2023-08-24", "2023-08-25", "2023-08-26/2023-08-27", "2023-08-27"]),
    ("The heat warning will last until 7 pm Thursday, and highs will stay in the 90s on Friday. "
     "A cold front arrives late in the week, bringing in cooler air and dropping temperatures for Monday.",
     ["2023-08-24", "2023-08-25", "2023-08-28"]),
    ("The Tigers will host the Lions on Friday night. Kickoff is set for 7 p.m. on Friday. "
     "The junior varsity game, Monday, opens the week.",
     ["2023-08-25", "2023-08-25", "2023-08-28"]),
], published=PUB)

test_a_text_with_a_day_gone_by_keeps_them = dated_test([
    # a day of the week before told in the past: the text reports, its tenseless weekdays stay
    ("Storms knocked out power on Monday. Crews will finish repairs on Thursday. Highs will reach 90 "
     "on Friday. A man walks past a fallen tree on Tuesday.",
     ["2023-08-21", "2023-08-24", "2023-08-25", "2023-08-22"]),
    ("Heavy rain fell yesterday across the county. More rain will come Thursday and Friday. "
     "Flooding on Main Street Monday.",
     ["2023-08-22", "2023-08-24", "2023-08-25", "2023-08-21"]),
    # one day ahead only: too little to say the text looks ahead
    ("The court will sentence him on Friday. A crowd gathers outside the courthouse on Monday.",
     ["2023-08-25", "2023-08-21"]),
    # a caption's scene keeps its day gone by
    ("United will host the Rovers on Saturday. Kickoff is set for 3 p.m. on Saturday. "
     "Smith celebrates his goal against the Town on Sunday.",
     ["2023-08-26", "2023-08-26", "2023-08-20"]),
    # a headline's or a caption's present, a score line, a day something was done "on" (rv11's review)
    ("Storm batters coast on Monday\nForecasters expect more rain on Thursday and Friday, officials say.",
     ["2023-08-21", "2023-08-24", "2023-08-25"]),
    ("Volunteers fill sandbags in Elm Grove on Tuesday.\nThe county will open shelters on Thursday. "
     "Schools reopen on Friday.",
     ["2023-08-22", "2023-08-24", "2023-08-25"]),
    ("Hawks 2, Owls 0 on Sunday.\nThe teams meet again on Thursday, and the series resumes on Saturday.",
     ["2023-08-20", "2023-08-24", "2023-08-26"]),
    # a past marker in the weekday's own sentence keeps it
    ("Highs will reach 95 on Thursday and 97 on Friday. The record of 101 on Monday stood, forecasters said.",
     ["2023-08-24", "2023-08-25", "2023-08-21"]),
], published=PUB)
