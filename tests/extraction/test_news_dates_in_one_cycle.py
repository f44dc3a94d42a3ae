"""The year of a yearless date that a sentence ties to another (direction.in_cycle_after, _near_ahead).

Two yearless dates joined by words that order them lie in one cycle, and the first decides it:
after "ahead of", "before", "until", "by", "to" or "then" the second is the first such day or
month on or after the first ("Shares climbed on Aug. 4 ahead of the central bank's decision on
Aug. 6"), after "and" too when the second was read more than half a year before the first ("barred
from the elections on Aug. 24 and the runoff on Sept. 7"), not one a year apart as each clause's
tense alone would put it. A "to" of a comparison or a back-dating ("compared to November",
"retroactive to February") and "before that" order nothing. A second told in the past is not put
after publication by a first gone by: the first goes a year back when the second is its sequel
("raised in August, then frozen in November" in an October paper), else both keep their years. A custom's time before a
move ("The fair, which usually opens in April, was postponed to August") gives the cycle of the
thing moved, and the month it is moved to follows it. A day a past clause names just ahead is the
day gone by when a relative clause right after it tells what its happening did ("braced for the
frost on Jan. 19, which killed half the crop": a happening that does things, not the whole clause
before, "canceled its trains on Jan. 2, which stranded commuters"). Written sentences, one general
case per row.
"""
import datetime as dt

from dated import dated_test

JUN28 = dt.date(2025, 6, 28)
SEP10 = dt.date(2025, 9, 10)
JAN17 = dt.date(2025, 1, 17)
FEB10 = dt.date(2026, 2, 10)
JUL15 = dt.date(2025, 7, 15)
JAN08 = dt.date(2026, 1, 8)
OCT20 = dt.date(2025, 10, 20)
DEC28 = dt.date(2025, 12, 28)


test_a_date_ordered_after_another_lies_in_its_cycle = dated_test([
    (JUN28, "Shares climbed on Aug. 4 ahead of the central bank's decision on Aug. 6.", ["2024-08-04", "2024-08-06"]),
    (JUN28, "The band toured Europe on Aug. 12 ahead of its album release on Sept. 30.",
     ["2024-08-12", "2024-09-30"]),
    (JUN28, "In January, the agency ordered the plant shut by Feb. 15.", ["2025-01", "2025-02-15"]),
])


test_two_dates_joined_by_and_lie_in_one_cycle = dated_test([
    (JUN28, "Two candidates were barred from the elections on Aug. 24 and the runoff on Sept. 7.",
     ["2025-08-24", "2025-09-07"]),
])


test_a_custom_before_a_move_gives_the_cycle_of_what_was_moved = dated_test([
    (SEP10, "The fair, which usually opens in April, was postponed to August.", ["2025-08"]),
    (SEP10, "The vote, normally held on March 3, was delayed until May 5.", ["2025-03-03", "2025-05-05"]),
    (SEP10, "Classes, which typically start in January, were pushed back to March.", ["2025-03"]),
])


test_a_day_whose_happening_a_relative_clause_tells_done_is_gone_by = dated_test([
    (JAN17, "Residents prepared for the storm on Jan. 20, which flooded hundreds of homes.", ["2024-01-20"]),
    (JAN17, "Officials had planned the parade on Jan. 20, which drew thousands.", ["2024-01-20"]),
])


test_dates_the_words_do_not_tie_keep_their_own_years = dated_test([
    # A clause of its own between them: its tense or its own time decides.
    (JUN28, "The plant closed on Aug. 10 and will reopen on Sept. 1.", ["2024-08-10", "2025-09-01"]),
    (JUN28, "Shares fell on Aug. 4; the vote is set for Aug. 6.", ["2024-08-04", "2025-08-06"]),
    # A cause or a happening before the first: "after", "because of" order them the other way.
    (JUN28, "He was barred from the elections on Aug. 24 after a court hearing on Aug. 10.",
     ["2025-08-24", "2024-08-10"]),
    (JUN28, "He was barred from the elections on Aug. 24 because of a conviction on Nov. 3.",
     ["2025-08-24", "2024-11-03"]),
    # Already in one cycle.
    (JUN28, "Officials will meet on Aug. 4 ahead of the vote on Aug. 6.", ["2025-08-04", "2025-08-06"]),
    (JUN28, "The plant closed on Aug. 10, then reopened on Aug. 12.", ["2024-08-10", "2024-08-12"]),
    # A custom with no move after it, and a move whose custom's next time is the nearer one.
    (SEP10, "The election, normally scheduled for November, was moved up to October.", ["2025-10"]),
    (SEP10, "The race, normally run in November, was moved to February.", ["2026-02"]),
])


test_a_day_just_ahead_stays_ahead_unless_its_happening_is_told_done = dated_test([
    (JAN17, "Residents prepared for the storm on Jan. 20, which is expected to bring heavy snow.", ["2025-01-20"]),
    (JAN17, "Residents prepared for the storm on Jan. 20.", ["2025-01-20"]),
    (JAN17, "Police prepared for a possible attack on Jan. 20, which officials feared.", ["2025-01-20"]),
    (JAN17, "Businesses braced for a strike on Jan. 20 that threatened to close 40 ports.", ["2025-01-20"]),
])


test_a_first_date_with_no_tense_does_not_move_a_second_told_in_the_past = dated_test([
    # The first's year is only the nearest; the second's past tense is what the sentence tells.
    (JUN28, "The runoff on Sept. 7 and the elections on Aug. 24 drew low turnout.", ["2025-09-07", "2024-08-24"]),
])


test_a_to_of_comparison_or_back_dating_and_before_that_order_nothing = dated_test([
    (FEB10, "Exports in January fell 3% compared to November.", ["2026-01", "2025-11"]),
    (FEB10, "Prices in January were flat relative to October.", ["2026-01", "2025-10"]),
    (JUL15, "The pay increase, approved in April, is retroactive to February.", ["2025-04", "2025-02"]),
    (JUL15, "The tax cut signed on May 2 applies retroactively to Jan. 1.", ["2025-05-02", "2025-01-01"]),
    (JUL15, "The board changed the rule in June, a change backdated to March.", ["2025-06", "2025-03"]),
    (JUL15, "The album, released in May, had been recorded before that, in February.", ["2025-05", "2025-02"]),
])


test_a_second_told_in_the_past_is_not_put_after_publication = dated_test([
    # Both keep their years: what is before the second is the clause's own doing, not the first.
    (JAN08, "The driver, caught on Jan. 3, had left the country before a court date on Dec. 15.",
     ["2026-01-03", "2025-12-15"]),
    # The second its sequel: the first a year back.
    (OCT20, "Fares were raised in August, then frozen in November.", ["2024-08", "2024-11"]),
    (JUL15, "The walkout, which began in April, lasted until January.", ["2024-04", "2025-01"]),
    # Already in order, and a first read ahead, which takes the second along.
    (OCT20, "Rates were cut in September, then held in October.", ["2025-09", "2025-10"]),
    (JUL15, "Two parties were barred from the elections on Sept. 8 and the runoff on Sept. 22.",
     ["2025-09-08", "2025-09-22"]),
])


test_two_days_joined_by_and_are_not_moved_back = dated_test([
    (SEP10, "The board met on Feb. 2 and on Sept. 5.", ["2025-02-02", "2025-09-05"]),
])


test_a_relative_clause_about_the_whole_clause_is_no_outcome_of_the_day = dated_test([
    (DEC28, "Officials shut the bridge for the parade on Jan. 1, which caused long delays.", ["2026-01-01"]),
    (DEC28, "The railway canceled its trains on Jan. 2, which stranded commuters.", ["2026-01-02"]),
    (DEC28, "The council imposed a ban starting Jan. 3, which angered drivers.", ["2026-01-03"]),
    # (a happening that does things stays gone by)
    (DEC28, "Farmers braced for the storm on Jan. 2, which flooded fields.", ["2025-01-02"]),
])
