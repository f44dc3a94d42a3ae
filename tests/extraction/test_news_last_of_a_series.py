""""last" as the final one of a series ("last date of nomination 8 Nov", "the last day for
withdrawal is 11 Nov"): an ordinal before a deadline's day, not a word of the past as in "last
week" or "was last seen". An election schedule's days ahead stay ahead. The same for idioms
with "last" that tell no past time ("for the last time", "one last time", "at the last minute",
"last-minute", "last-ditch", "their last chance to"): a weekday in a clause with a future verb
stays ahead, and "for the last time" after ", when" is no other time of the happening.

Each row: the publication date, the text, the dates the engine must give, in order. The
sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

FRI = dt.date(2013, 10, 4)

test_last_date_of_is_no_past = dated_test([
    (FRI, "The notification is due on 2 Nov, last date of nomination 9 Nov, and polling on 25 Nov.",
     ["2013-11-02", "2013-11-09", "2013-11-25"]),
    (FRI, "Last date of filing nominations 12 Nov.", ["2013-11-12"]),
    (FRI, "Notification 2 Nov; last day for withdrawal 14 Nov.", ["2013-11-02", "2013-11-14"]),
    (FRI, "Scrutiny of papers on 11 Nov, last dates for withdrawal 14 and 18 Nov.",
     ["2013-11-11", "2013-11-14", "2013-11-18"]),
    # Not: "last" of the past stays the past's.
    (FRI, "He was last seen on Nov. 8.", ["2012-11-08"]),
    (FRI, "The last time they met, on Nov. 8, the talks failed.", ["2012-11-08"]),
    (FRI, "Last Nov. 8, the council voted to close the plant.", ["2012-11-08"]),
    (FRI, "The last day to register is Oct. 7.", ["2013-10-07"]),
])


SAT = dt.date(2020, 12, 12)  # Monday ahead 2020-12-14, Monday gone by 2020-12-07

test_for_the_last_time_is_no_past = dated_test([
    ("Voters will go back to the polls for the last time on Monday.", ["2020-12-14"]),
    ("The team will play at its old stadium for the last time on Sunday.", ["2020-12-13"]),
    ("The senator will address the chamber for the last time on Thursday.", ["2020-12-17"]),
    ("The ferry is scheduled to sail for the very last time on Wednesday.", ["2020-12-16"]),
    ("The mayor will chair the council for the last time as mayor on Tuesday.", ["2020-12-15"]),
], SAT)

test_one_last_is_no_past = dated_test([
    ("The choir will sing one last time on Tuesday.", ["2020-12-15"]),
    ("Fans will gather one last time at the arena on Wednesday.", ["2020-12-16"]),
    ("Negotiators will try one last time to reach a deal on Monday.", ["2020-12-14"]),
    ("Voters will have one last chance to register on Monday.", ["2020-12-14"]),
    ("The strikers will make one last push for a raise on Friday.", ["2020-12-18"]),
], SAT)

test_at_the_last_minute_is_no_past = dated_test([
    ("Lawmakers will meet at the last minute on Monday to pass the budget.", ["2020-12-14"]),
    ("The vote could be called at the last minute on Tuesday.", ["2020-12-15"]),
    ("The governor is expected to step in at the last minute on Monday.", ["2020-12-14"]),
    ("Officials will decide at the last moment on Wednesday whether to close the roads.", ["2020-12-16"]),
], SAT)

test_last_compound_adjective_is_no_past = dated_test([
    ("Leaders will meet for last-minute talks on Monday.", ["2020-12-14"]),
    ("Shoppers will flock to stores for last-minute gifts on Thursday.", ["2020-12-17"]),
    ("The bill could still face a last-minute challenge on Monday.", ["2020-12-14"]),
    ("Lawyers will file a last-ditch appeal on Thursday.", ["2020-12-17"]),
    ("The club will mount a last-ditch effort to stay up on Sunday.", ["2020-12-13"]),
    ("Rebels will make a last-gasp push on Monday.", ["2020-12-14"]),
], SAT)

test_last_chance_and_idioms_are_no_past = dated_test([
    ("Voters will get their last chance to register on Monday.", ["2020-12-14"]),
    ("Residents will have a last opportunity to comment on the plan on Tuesday.", ["2020-12-15"]),
    ("Police will use force only as a last resort at the rally on Sunday.", ["2020-12-13"]),
    ("The court will have the last word on the plan on Tuesday.", ["2020-12-15"]),
], SAT)

test_last_of_the_past_stays_past = dated_test([
    ("The last time the two leaders met was on Monday.", ["2020-12-07"]),
    ("The two leaders last met on Monday.", ["2020-12-07"]),
    ("He was last seen on Monday.", ["2020-12-07"]),
    ("The team won last Monday.", ["2020-12-07"]),
    ("They met last week and will meet again on Monday.", ["2020-12-14"]),
    ("The team played at its old stadium for the last time on Sunday.", ["2020-12-06"]),
    ("The choir sang one last time on Tuesday.", ["2020-12-08"]),
    ("Lawmakers reached a last-minute deal on Monday.", ["2020-12-07"]),
    ("The union made a last-ditch bid to save the plant on Wednesday.", ["2020-12-09"]),
    ("Monday was the last day to register.", ["2020-12-07"]),
    ("The leaders will meet on Monday; the last time they met, in June, talks failed.", ["2020-12-14", "2020-06"]),
], SAT)

test_for_the_last_time_after_when_is_no_other_time = dated_test([
    # "ahead of" a happening, then ", when" it is told in the past: its day is gone by, "for the last
    # time" and "one last time" telling no other time of it ...
    ("Crowds gathered ahead of the farewell concert on Aug. 14, when the band played together for the "
     "last time.", ["2020-08-14"]),
    ("Crowds gathered ahead of the farewell concert on Aug. 14, when the band played together one last "
     "time.", ["2020-08-14"]),
    # ... as "last year" does.
    ("Crews will set up barriers ahead of the parade on Aug. 14, when streets were closed all day last "
     "year.", ["2021-08-14", "2019"]),
], SAT)
