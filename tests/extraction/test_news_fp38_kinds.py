"""False statements found by fp38's precision sample (session 45: news dense in weekdays, 2015-2025, from several
countries: storm and typhoon forecasts, rail and airline strikes, parliaments' votes, court verdicts, election eves,
match previews, heat waves). Rows written for the test, not the pages' text.

- a headline's plan, "<subject> to <verb> ... <day>", followed after its day by a clause of its own opened by "as",
  "after", "amid" ... ("Schools to close Friday as red warning issued", "Coach to face media Monday after team
  lost"): the day is the plan's, still ahead; the clause's past (a headline's bare participle, most) tells of
  another happening (a day inside that clause, "after crash on Monday", keeps its reading, and a headline told in
  the past, "Schools closed Friday as ...", keeps its own);
- a page's time stamp on a line of its own with an unfilled template placeholder after it ("Friday, 10 August 2018
  00:53 - - {{hitsCtrl.values.hits}}", a view counter's): the page's stamp, no happening; a placeholder in prose does
  not make its date a stamp;
- a happening gone by at the early hours of the weekday of the paper's next day ("The observatory raised a No. 8 signal
  early Friday", "... Friday morning") in a Thursday paper whose text has already read Friday as the next day ("expected
  to make landfall late Friday"): a place whose clock runs ahead of the paper's, so that next day, not the Friday six
  days back (a plain "on Friday" or "late Friday" gone by, a "last week", or no Friday read ahead before keeps the day
  six days back).
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2025, 1, 22)  # a Wednesday: Friday 17 gone by, Friday 24 ahead
FRI = dt.date(2018, 8, 10)  # a Friday

test_headline_plan_before_a_clause_of_its_own = dated_test([
    (WED, "Schools to close on Friday as red weather warning issued", ["2025-01-24"]),
    (WED, "Storm to force closure of offices across county Friday as alert raised", ["2025-01-24"]),
    (WED, "Talks to resume Monday after previous round collapsed", ["2025-01-27"]),
    (WED, "Coach to face media Monday after team lost", ["2025-01-27"]),
    (WED, "Ferries to stay in port Friday amid gale warnings issued by forecasters", ["2025-01-24"]),
    # near neighbours: a headline in the past, the day inside the other clause, a sentence, no clause after
    (WED, "Schools closed on Friday as red weather warning issued", ["2025-01-17"]),
    (WED, "Mayor to resign after scandal erupted on Monday", ["2025-01-20"]),
    (WED, "Schools closed on Friday as the storm hit.", ["2025-01-17"]),
    (WED, "Schools to close Friday", ["2025-01-24"]),
    (WED, "Driver to face charges over Monday crash", ["2025-01-20"]),
])

test_stamp_line_with_template_placeholder = dated_test([
    (FRI, "Friday, 10 August 2018 00:53 - - {{hitsCtrl.values.hits}}\nThe bill was passed yesterday in Parliament.",
     ["2018-08-09"]),
    (FRI, "10 August 2018 09:15 {{article.views}}\nThe minister resigned on Tuesday.", ["2018-08-07"]),
    # near neighbours: prose with a placeholder keeps its date
    (FRI, "The vote on {{item.title}} is on Monday, 13 August 2018.", ["2018-08-13"]),
])

THU = dt.date(2023, 8, 31)  # a Thursday: Friday 25 gone by, Friday 1 September the next day

test_early_hours_of_the_next_day_told_gone_by = dated_test([
    (THU, "The typhoon is expected to make landfall late Friday.\nThe observatory raised its top signal early Friday.",
     ["2023-09-01", "2023-09-01"]),
    (THU, "Flights are cancelled on Friday.\nThe airport closed its runways Friday morning.",
     ["2023-09-01", "2023-09-01"]),
    # near neighbours: a plain or late day gone by, a week back, no Friday read ahead before, another day ahead
    (THU, "The typhoon is expected to make landfall late Friday.\nThe observatory raised its signal on Friday.",
     ["2023-09-01", "2023-08-25"]),
    (THU, "The typhoon is expected to make landfall late Friday.\nThe observatory raised its signal late Friday.",
     ["2023-09-01", "2023-08-25"]),
    (THU, "The typhoon is expected to make landfall late Friday.\nLast week a storm struck early Friday.",
     ["2023-09-01", "2023-08-25"]),
    (THU, "The observatory raised its signal early Friday.\nThe typhoon is expected to make landfall late Friday.",
     ["2023-08-25", "2023-09-01"]),
    (THU, "The typhoon will hit on Saturday.\nThe observatory raised its signal early Friday.",
     ["2023-09-02", "2023-08-25"]),
])
