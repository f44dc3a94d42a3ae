"""fp14's kinds (session 32 precision sample of wire and international English news, 24 articles, six domains):
a day after a decimal point is a figure's digit; a dateline of cities joined by slashes; "the same month in
<year>"; "from its original date of <day>"; a weekday told in local time the day after the paper's date; what
is agreed or approved for a month; a short aside in brackets before a clause's verb.

Each row: the published date, the text, the dates the engine must give (date or date/end), in order. The
sentences are written for the tests, not taken from articles; the near forms each rule must leave alone follow
the comment "near neighbours" in each table.
"""
import datetime as dt

from dated import dated_test

# A day number glued after a decimal point is the figure's last digit, no day ("61.2 Jan 14, 2025" in a results
# table is 14 January only).
test_a_day_after_a_decimal_point_is_a_figures_digit = dated_test([
    (dt.date(2025, 4, 20), 'The ratio rose from 41.7 to 61.2 Jan 14, 2025, the filing showed.', ['2025-01-14']),
    (dt.date(2025, 4, 20), 'Output was 3.5 March 3, up from 2.9 a year before.', ['2025-03-03']),
    (dt.date(2025, 4, 20), 'Jun - Nov, 2024 27,228 1,564 85.7 61.2 Jan 14, 2025 J-GAAP results',
     ['2024-11', '2025-01-14']),
    # near neighbours that must not change
    (dt.date(2025, 4, 20), 'The index stood at 61.2 on 2 January.', ['2025-01-02']),
    (dt.date(2025, 4, 20), 'Voting ran from 5 to 7 March.', ['2025-03-05/2025-03-07', '2025-03-07']),
    (dt.date(2025, 4, 20), 'The council met on 2 Jan. 2025 to approve the budget.', ['2025-01-02']),
])

# A wire's dateline may join two or three cities by slashes ("LONDON/DUBAI, May 3 (Reuters) -"): a dateline, no
# statement, as "LONDON, May 3 (Reuters) -" is.
test_a_dateline_of_cities_joined_by_slashes_is_no_statement = dated_test([
    (dt.date(2025, 4, 20), 'LONDON/DUBAI, April 19 (Reuters) - Oil producers agreed on Saturday to raise '
     'output.',
     ['2025-04-19']),
    (dt.date(2025, 4, 20), 'NEW YORK/LONDON, April 18 (Reuters) - Stocks fell sharply.', []),
    (dt.date(2025, 4, 20), 'WASHINGTON/BEIJING/TOKYO, April 19 (Reuters) - Trade talks stalled.', []),
    # near neighbours that must not change
    (dt.date(2025, 4, 20), 'LONDON, April 18 (Reuters) - Stocks fell sharply.', []),
    (dt.date(2025, 4, 20), 'The London/Dubai route opened on April 18.', ['2025-04-18']),
])

# "the same month in 2022", "the same month of 2019": the month just told, in that year (month precision); "the same
# month" before another year's words ("in 2021", "last year") is no statement of the month just told.
test_the_same_month_in_a_year_is_the_month_just_told = dated_test([
    (dt.date(2025, 4, 20), 'Exports fell 5% in March compared with the same month in 2023.',
     ['2025-03', '2023-03']),
    (dt.date(2025, 4, 20), 'Home sales rose in February, the most since the same month of 2019.',
     ['2025-02', '2019-02']),
    (dt.date(2025, 4, 20), 'Prices climbed 3% in January. That was double the rise in the same month in '
     '2022.',
     ['2025-01', '2022-01']),
    (dt.date(2025, 4, 20), 'Car sales fell in March. They were up on the same month last year.', ['2025-03']),
    # near neighbours that must not change
    (dt.date(2025, 4, 20), 'Sales fell in March 2025 compared with the same period in 2023.', ['2025-03', '2023']),
    (dt.date(2025, 4, 20), 'Exports fell in 2024 and the same month in 2023 was no better.', ['2024', '2023']),
    (dt.date(2025, 4, 20), 'Exports fell in March. In the same month, imports rose.', ['2025-03', '2025-03']),
])

# "moved forward from its original date of Monday", "postponed from its scheduled date of Thursday": the day it was
# set for, read as "moved from Monday" is (ahead).
test_a_day_moved_from_its_original_date_is_read_as_moved_from = dated_test([
    (dt.date(2025, 5, 3), 'The meeting was moved forward from its original date of Monday.', ['2025-05-05']),
    (dt.date(2025, 5, 3), 'The vote was postponed from its scheduled date of Thursday.', ['2025-05-08']),
    (dt.date(2025, 5, 3), 'The concert was brought forward from the planned date of Friday to Wednesday.',
     ['2025-05-09', '2025-05-07']),
    # near neighbours that must not change
    (dt.date(2025, 5, 3), "The gallery marked the date of Monday's attack.", ['2025-04-28']),
    (dt.date(2025, 5, 3), 'The meeting was moved forward from Monday.', ['2025-05-05']),
])

# The move told as an aside between commas, the main clause past ("The game, moved from Saturday, was played on
# Monday"): the day it was moved from is gone by, as the happening is (rv25's rows: fp14's rule above had read
# "its original date of Saturday" ahead there, and main had "moved from Saturday" so).
test_a_day_moved_from_in_an_aside_before_a_past_clause_is_gone_by = dated_test([
    (dt.date(2026, 10, 14), 'The game, moved from its original date of Saturday, was played on Monday.',
     ['2026-10-10', '2026-10-12']),
    (dt.date(2026, 10, 14), 'The final, pushed back from its original date of Sunday, drew 40,000 fans on Tuesday.',
     ['2026-10-11', '2026-10-13']),
    (dt.date(2026, 10, 14), 'The game, moved from Saturday, was played on Monday.', ['2026-10-10', '2026-10-12']),
    (dt.date(2026, 10, 14), 'The vote, postponed from Tuesday, was held on Friday.', ['2026-10-13', '2026-10-09']),
    # near neighbours that must not change: the move is the clause's verb, or the main clause looks ahead
    (dt.date(2026, 10, 14), 'The meeting was moved forward from its original date of Monday, officials said.',
     ['2026-10-19']),
    (dt.date(2026, 10, 14), 'The vote, postponed from Tuesday, will take place on Friday.',
     ['2026-10-20', '2026-10-16']),
    (dt.date(2026, 10, 14), 'The game was moved from Saturday, officials said.', ['2026-10-17']),
    (dt.date(2026, 10, 14), 'Officials said the game, which was moved from Saturday, will be played on Monday.',
     ['2026-10-17', '2026-10-19']),
])

# A weekday the day after the paper's date, told in a place's own time ("fired a missile Wednesday morning, local
# time" in a Tuesday paper, "at 3:10 a.m. local time Wednesday", "Wednesday (local time)"): that day, not last
# week's.
test_a_weekday_told_in_local_time_the_day_after_the_paper = dated_test([
    (dt.date(2024, 11, 19), 'North Korea fired a ballistic missile Wednesday morning, local time, officials '
     'said.',
     ['2024-11-20']),
    (dt.date(2024, 11, 19), 'The quake struck at 3:10 a.m. local time Wednesday, killing 12.', ['2024-11-20']),
    (dt.date(2024, 11, 19), 'The typhoon made landfall Wednesday (local time) in the north.', ['2024-11-20']),
    # near neighbours that must not change
    (dt.date(2024, 11, 19), 'The quake struck Wednesday, killing 12.', ['2024-11-13']),
    (dt.date(2024, 11, 19), 'The quake struck at 3:10 a.m. local time Monday.', ['2024-11-18']),
    (dt.date(2024, 11, 19), 'The polls will close at 8 p.m. local time on Wednesday.', ['2024-11-20']),
])

# What is agreed or approved for a month ("have agreed to an output hike for June", "approved a budget for July",
# "agreed on quotas for August") comes after the decision: the coming such month (within three months), not the one
# gone by; a figure reported for a month stays.
test_a_decisions_object_for_a_month_is_the_coming_month = dated_test([
    (dt.date(2025, 5, 3), 'Eight producers have agreed to an accelerated output hike for June.', ['2025-06']),
    (dt.date(2025, 5, 3), 'The board approved a new budget for July.', ['2025-07']),
    (dt.date(2025, 5, 3), 'Ministers agreed on fishing quotas for August, officials said.', ['2025-08']),
    # near neighbours that must not change
    (dt.date(2025, 5, 3), 'Sales for June fell 5%.', ['2024-06']),
    (dt.date(2025, 5, 3), 'The firm reported results for April.', ['2025-04']),
    (dt.date(2025, 5, 3), 'The board approved a budget for March.', ['2025-03']),
])

# A short aside in brackets between a date's noun and its clause's verb ("the December to May period (second half)
# is expected to expand", "Sales in March (Q1) were up") ends no clause: the verb after it tells the date's tense.
test_a_short_aside_in_brackets_ends_no_clause = dated_test([
    (dt.date(2026, 1, 14), 'Profit for the December to May period (second half) is expected to rise 68%.',
     ['2025-12', '2026-05']),
    (dt.date(2025, 10, 14), 'Exports for the September to February period (second half) are forecast to grow.',
     ['2025-09', '2026-02']),
    (dt.date(2026, 1, 14), 'Sales in March (Q1) were up 5%.', ['2025-03']),
    (dt.date(2026, 1, 14), 'Exports in April (provisional) fell 2%, the agency said.', ['2025-04']),
    (dt.date(2026, 1, 14), 'The summit in May (in Paris) will be the first since 2019.', ['2026-05', '2019/2026']),
    # near neighbours that must not change
    (dt.date(2026, 1, 14), 'Output in April (estimated) was flat, the ministry said.', ['2025-04']),
    (dt.date(2026, 1, 14), 'Profit for the December to May period is expected to rise 68%.',
     ['2025-12', '2026-05']),
    (dt.date(2026, 1, 14), 'The vote in November (a runoff) was won by Smith.', ['2025-11']),
])
