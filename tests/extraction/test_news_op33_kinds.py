"""op33's kinds (realnews-fresh33 opened as a development set, session 32): a two-digit year in a paper of the
1990s is of that century ("01/08/97" in 1997 is no 2097); an archive page's "Originally created <date>" line is a
stamp; a lower-case full month after "last"/"next" is the month ("when he acted last august"); "slated to" looks
ahead as "scheduled to" does; "earlier in the day" before a saying's weekday of the past week is that day, and a
later one of the text (no day framing it) is that day too, never a day still to come; an agency's photo credit
"AFP 2016/ Name" is no year's statement; a bare month after a fronted year ahead ("Next year, ...", "Next year's
primary ...", "In 2027, ...") told ahead is of that year; "the second Tuesday in March" is that day; a happening
moved to the running month is moved to next year's; "moving X from May to March" names two months, no span; a
law (bill, measure) moving a happening's month sets a calendar's slot, no dated happening.

Each row: the published date, the text, the dates the engine must give (date or date/end), in order. The sentences
are written for the tests, not taken from articles; "-stay" rows are near forms that keep their dates.
"""
import datetime as dt

from dated import dated_test

O33N = dt.date(1998, 5, 6)  # a Wednesday in 1998
O33M = dt.date(2025, 5, 14)  # a Wednesday in May
O33J = dt.date(2025, 1, 8)  # a Wednesday in January
O33S = dt.date(2025, 1, 26)  # a Sunday: Sat 25 yesterday, Fri 24; Mon 27 ahead
O33R = dt.date(2025, 3, 12)  # a Wednesday in March


test_a_two_digit_year_lies_within_ten_years_after_the_paper = dated_test([
    (O33N, "The order was signed on 13/03/97.", ["1997-03-13"]),
    (O33N, "The plant reopened on 4.2.98 after repairs.", ["1998-02-04"]),
    (O33N, "Smith, 41, was arrested on 23/11/96 in Leeds.", ["1996-11-23"]),
    # near neighbours that keep their dates
    (O33N, "The lease runs out on 30/06/05.", ["2005-06-30"]),
    (dt.date(2019, 3, 15), "The order was signed on 13/03/97.", ["1997-03-13"]),
])

test_an_originally_created_line_is_a_stamp = dated_test([
    (O33N, "Originally created 05/06/98", []),
    (O33N, "Originally created May 6, 1998", []),
    (O33N, "Originally created 04/05/98 at 10:14", []),
    # near neighbours that keep their dates
    (O33N, "The fund, originally created in 1995, has grown.", ["1995"]),
    (O33N, "Created in 1995, the fund has grown fast.", ["1995"]),
])

test_a_lower_case_month_after_last_or_next_is_the_month = dated_test([
    (O33M, "He says he acted last august out of fear.", ["2024-08"]),
    (O33M, "The hearing resumes next september, his lawyer said.", ["2025-09"]),
    (O33M, "She moved to Leeds last january with her son.", ["2025-01"]),
    # near neighbours that keep their dates
    (O33M, "The next may be harder, she said.", []),
    (O33M, "He addressed this august assembly in Rome.", []),
])

test_slated_to_looks_ahead = dated_test([
    (O33J, "The chain on Tuesday named the sites, with two slated to open in March.", ["2025-01-07", "2025-03"]),
    (O33J, "The city unveiled three parks slated to open in June.", ["2025-06"]),
    (O33J, "The museum showed off its new wing, slated to open in April.", ["2025-04"]),
    # near neighbours that keep their dates
    (O33J, "The plant was slated to close in March.", ["2024-03"]),
    (O33J, "The store, which was slated to open in March, never opened.", ["2024-03"]),
])

test_earlier_in_the_day_is_the_sayings_day = dated_test([
    (O33S, "The summit, which was held earlier in the day in Geneva, ended without a deal, the minister "
     "said Saturday.",
     ["2025-01-25"]),
    (O33S, "Talks held earlier in the day made progress, officials said on Friday.", ["2025-01-24"]),
    (O33S, "The vote, taken earlier in the day, was close, the speaker said Saturday. The next round is "
     "set for Tuesday. Delegates from ten states took part in the vote earlier in the day.",
     ["2025-01-25", "2025-01-28", "2025-01-25"]),
    (O33S, "The next round of talks will be held on Monday. The ministers took part in the talks earlier "
     "in the day.",
     ["2025-01-27", "2025-01-26"]),
    # near neighbours that keep their dates
    (O33S, "Earlier in the day, the ministers met.", ["2025-01-26"]),
    (O33S, "The ministers met on Friday. Earlier in the day, the talks had stalled.", ["2025-01-24", "2025-01-24"]),
    (O33S, "The talks will resume on Monday. Earlier in the day, the ministers will meet "
     "alone.",
     ["2025-01-27", "2025-01-27"]),
])

test_an_agencys_photo_credit_year_is_no_event = dated_test([
    (dt.date(2025, 1, 20), "Troops patrol a street in Mosul on May 2, 2024 AFP 2024/ JOHN DOE The talks "
     "went on.",
     ["2024-05-02"]),
    (dt.date(2025, 1, 20), "Police at the scene in Kabul, EPA 2021 / Jane Roe", []),
    (dt.date(2025, 1, 20), "Smoke rises over the port, Reuters 2022/Ali Saad", []),
    # near neighbours that keep their dates
    (dt.date(2025, 1, 20), "The agency, AFP, said in 2023 that the port was shut.", ["2023"]),
    (dt.date(2025, 1, 20), "In 2024, AFP moved its bureau to Kyiv.", ["2024"]),
])

test_a_month_after_a_fronted_year_ahead_is_of_that_year = dated_test([
    (O33R, "Next year, the festival will be held in March.", ["2026", "2026-03"]),
    (O33R, "Next year's world championships will take place in October.", ["2026", "2026-10"]),
    (O33R, "In 2027, the games will be held in June.", ["2027", "2027-06"]),
    # near neighbours that keep their dates
    (O33R, "Next year's budget will be set in June.", ["2026", "2025-06"]),
    (O33R, "Next year's games were announced in January.", ["2026", "2025-01"]),
])

test_the_nth_weekday_in_a_month_is_that_day = dated_test([
    (O33R, "The primary will move to the second Tuesday in June.", ["2025-06-10"]),
    (O33R, "The vote was held on the first Monday in February.", ["2025-02-03"]),
    (O33R, "The fair will open on the last Saturday of August.", ["2025-08-30"]),
    # near neighbours that keep their dates
    (O33R, "The club meets on the first Monday of each month.", []),
    (O33R, "The second Saturday of the tournament was washed out.", []),
])

test_a_happening_moved_to_the_running_month_is_moved_to_next_years = dated_test([
    (O33R, "Organisers are moving the final to March.", ["2026-03"]),
    (O33R, "The board will move the conference to March.", ["2026-03"]),
    (O33R, "Officials are moving the festival to March to avoid the heat.", ["2026-03"]),
    # near neighbours that keep their dates
    (O33R, "The vote was moved to March.", ["2025-03"]),
    (O33R, "The board will move the conference to June.", ["2025-06"]),
])

test_a_move_from_one_month_to_another_names_two_months = dated_test([
    (O33R, "Organisers are moving the town's popular annual spring flower fair from May to June.",
     ["2025-05", "2025-06"]),
    (O33R, "The board is moving the city's big annual summer food festival from May to June.",
     ["2025-05", "2025-06"]),
    # near neighbours that keep their dates
    (O33R, "The show runs from May to September.", ["2025-05/2025-09", "2025-09"]),
])

test_a_law_moving_a_happenings_month_dates_no_happening = dated_test([
    (O33R, "Governor signs bill moving the primary to March", []),
    (O33R, "The council passed a measure moving the town's spring fair from May to April.", []),
    (O33R, "Lawmakers passed a bill that would move the state primary to June.", []),
    # near neighbours that keep their dates
    (O33R, "The board moved the May festival to June.", ["2025-06"]),
    (O33R, "The law took effect in June, moving dozens of cases to court.", ["2024-06"]),
])


# Written after rv25's round 2: near forms its probes found moved (and one it found too narrow), before the mends.
test_near_forms_after_review = dated_test([
    (O33M, "The Senate is the last august body to resist the change.", []),
    (O33S, "Earlier in the day, the minister said Saturday's storm had caused no deaths.", ["2025-01-26", "2025-01-25"]),
    (O33S, "A suspect was arrested earlier in the day, police told reporters on Friday.", ["2025-01-24"]),
    (O33R, "Next year's marathon will open registration in November.", ["2026", "2025-11"]),
    (O33R, "The band, which switched labels after its debut, toured from May to September.",
     ["2024-05/2024-09", "2024-09"]),
    (dt.date(2026, 10, 14), "The governor signed a bill moving next year's primary from March to May.",
     ["2027", "2027-03", "2027-05"]),
    (O33R, "The council approved an ordinance that moves the budget deadline to June.", []),
])


# A law moving one occasion named by its year dates its months in that year (rv25's round 2, wrong on main too).
test_a_law_moving_one_occasion_dates_its_months_in_its_year = dated_test([
    (dt.date(2026, 10, 14), "The council passed a measure moving the 2027 election from May to June.",
     ["2027", "2027-05", "2027-06"]),
    (dt.date(2026, 10, 14), "The governor signed legislation moving this year's election to November.",
     ["2026", "2026-11"]),
    (O33R, "The governor signed a bill moving next year's primary from March to May.", ["2026", "2026-03", "2026-05"]),
])


# Written after rv25's round 4 ("too narrow" rows, wrong on main too), before the rules were widened.
test_wider_forms_after_review = dated_test([
    (dt.date(2026, 10, 14), "The plant closed last august following a strike.", ["2026-08"]),
    (dt.date(2026, 10, 14), "Britain's last august institution fell.", []),
    (dt.date(2026, 10, 18), "The talks, held earlier in the day, failed, the minister said Saturday in a statement.",
     ["2026-10-17"]),
    (dt.date(2026, 10, 14), "The amendment moving the 2028 primary to March passed on Monday.",
     ["2028", "2028-03", "2026-10-12"]),
])
