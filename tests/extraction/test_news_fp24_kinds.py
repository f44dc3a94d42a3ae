"""False statements found by fp24's precision sample (session 37: local and regional news of 2015-2025 from the
US, UK, Canada, Australia, Ireland and New Zealand), each kind with the near neighbours that must stay dated.
Rows written for the test, not the pages' text.

- a vehicle's model year before its maker, its model and a trim word ("a 2014 Subaru Impreza WRX against a
  guardrail"): a name, no date;
- a weekday a state lasts "until" in a line telling no tense (a headline's "many in dark until noon Wednesday"):
  the coming one;
- a stamp line with a by-line's user name in lower case ("Dec 1, 2024 10:40 By sportsdesk"): furniture;
- a count of a year written out ("the 74th traffic death of 2020") and the year a count is set beside ("compared
  with 53 at this time in 2019"): no date, as with "this year" and "last year";
- a contest's winner going on to a next day ("meet Monday, the winner heading to the semifinal on Thursday"),
  and a second step of what "will" come of it, told as coming after the first ("postmarked by Tuesday and then
  received on Wednesday will count"): the later day runs on from the first, not a week back.

Near neighbours from rv32's review (PROBES_S37_RV32, regressions of fp24's first version, mended by fp24m): conditions
joined by a bare "and" may come in any order ("tested on Tuesday and exposed on Sunday must isolate"); a headline's
"by" before or after its date is no by-line ("Swamped by floods Nov 30, 2024"); a year at "this point" in a clause
of its own past verb is that event's ("Turnout is higher than expected; at this point in 2016, Trump had already
won").
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2020, 11, 3)  # a Tuesday (election day)
SAT = dt.date(2023, 2, 25)  # a Saturday
MON = dt.date(2019, 6, 10)  # a Monday
SUN = dt.date(2024, 12, 1)  # a Sunday
TUE17 = dt.date(2017, 12, 26)  # a Tuesday

test_a_model_year_with_a_trim_word_is_a_name = dated_test([
    ("Deputies found a 2014 Subaru Impreza WRX against a fence on Saturday.", ["2019-06-08"]),
    ("She was driving a 2012 Toyota Camry LE that was later found in Ohio.", []),
    ("A stolen 2015 Honda Civic Si parked on Elm Street was recovered.", []),
    ("Troopers said a 2011 Ford Fusion against the barrier caught fire.", []),
], published=MON)

test_a_maker_named_year_stays = dated_test([
    ("The 2018 Ford EcoBoost 400 at Homestead drew a big crowd.", ["2018"]),
    ("He won the 2019 Honda Classic in Florida.", ["2019"]),
    ("In 2014 Subaru recalled thousands of cars.", ["2014"]),
    ("The 2010 Toyota Grand Prix of Long Beach drew crowds.", ["2010"]),
], published=MON)

test_until_a_weekday_in_a_tenseless_line_is_the_coming_one = dated_test([
    ("Thousands without power; many in the dark until around noon Wednesday", ["2017-12-27"]),
    ("Residents in the dark until at least Thursday", ["2017-12-28"]),
], published=TUE17)

test_until_a_weekday_told_over_stays_back = dated_test([
    ("The road remained closed until Friday.", ["2017-12-22"]),
    ("Schools stayed shut until Wednesday, officials said.", ["2017-12-20"]),
], published=TUE17)

test_a_stamp_line_with_a_user_name_is_furniture = dated_test([
    ("Hurling finals preview\nDec 1, 2024 10:40 By sportsdesk\nThe final was won last night.", ["2024-11-30"]),
    ("Flood update\nNov 30, 2024 09:15 by newsroom\nThe river burst its banks on Friday.", ["2024-11-29"]),
], published=SUN)

test_a_line_of_prose_with_by_stays = dated_test([
    ("Storm update\nRoads were cleared by crews on Nov 30, 2024.", ["2024-11-30"]),
    ("Flights cancelled by storms on Dec 1, 2024", ["2024-12-01"]),
], published=SUN)

test_a_count_of_a_written_year_is_no_date = dated_test([
    ("This is the county's 74th traffic death of 2020, police said.", []),
    ("It was the city's 12th homicide so far in 2020.", []),
    ("The county has recorded 40 deaths, compared with 31 at the same point in 2019.", []),
    ("Sales are up from 1.2 million at this point in 2019.", []),
], published=TUE)

test_a_written_year_beside_an_ordinal_stays = dated_test([
    ("The school celebrated its 100th birthday in 2019.", ["2019"]),
    ("It was the third week of 2020 when the plant closed.", ["2020"]),
    ("He died at this time in 2019.", ["2019"]),
    ("She won her second title in 2019 at Wimbledon.", ["2019"]),
], published=TUE)

test_a_winners_next_day_runs_on = dated_test([
    ("The two teams meet Monday, the winner heading to the semifinal on Thursday.", ["2023-02-27", "2023-03-02"]),
    ("Central and East play Tuesday night, the winner moving on to the final on Friday.",
     ["2023-02-28", "2023-03-03"]),
    ("Paris and Mater Dei meet at 7 p.m. Monday, the winner heading to the semifinal on Thursday. The Tigers beat "
     "Pana 42-28 on Thursday. Casey rallied in the third quarter Friday night for a comeback win.",
     ["2023-02-27", "2023-03-02", "2023-02-23", "2023-02-24"]),
], published=SAT)

test_a_result_gone_by_stays = dated_test([
    ("United beat City on Monday, and the winners lost to Rovers on Thursday.", ["2023-02-20", "2023-02-23"]),
    ("The teams met on Monday, the winner going on to lift the cup on Thursday.", ["2023-02-20", "2023-02-23"]),
], published=SAT)

test_a_second_step_of_what_will_be_runs_on = dated_test([
    ("Mail-in ballots that were postmarked by Tuesday and then received on Wednesday will count.",
     ["2020-11-03", "2020-11-04"]),
    ("Ballots postmarked by Tuesday and then received on Friday will be counted.", ["2020-11-03", "2020-11-06"]),
], published=TUE)

test_steps_told_gone_by_stay = dated_test([
    ("Ballots received on Friday were counted on Saturday.", ["2020-10-30", "2020-10-31"]),
    ("The ballots were postmarked on Friday and received on Monday.", ["2020-10-30", "2020-11-02"]),
], published=TUE)

# rv32's rows: conditions joined by a bare "and" (no "then") come in any order, each day read on its own
test_conditions_in_any_order_stay = dated_test([
    ("Travellers tested on Tuesday and exposed on Sunday must isolate for ten days.", ["2020-11-03", "2020-11-01"]),
    ("Patients admitted on Tuesday and infected on Saturday could face a longer stay.", ["2020-11-03", "2020-10-31"]),
    ("Ballots received by Tuesday and postmarked on Monday will count.", ["2020-11-03", "2020-11-02"]),
    ("Passengers arriving on Tuesday and vaccinated on Friday will not need a test.", ["2020-11-03", "2020-10-30"]),
    ("Ballots signed on Tuesday and witnessed on Monday will be rejected.", ["2020-11-03", "2020-11-02"]),
], published=TUE)

# rv32's rows: a headline's or caption's "by" before or after its date (no "By" right after the date or its clock)
test_a_headline_with_by_and_a_date_stays = dated_test([
    ("Swamped by floods Nov 30, 2024", ["2024-11-30"]),
    ("Hit by flooding Nov 30, 2024", ["2024-11-30"]),
    ("Homes Hit by flooding Nov 30, 2024", ["2024-11-30"]),
    ("Rescued by lifeboat on Nov 30, 2024", ["2024-11-30"]),
    ("Nov 30, 2024 Stranded by snow", ["2024-11-30"]),
    ("Nov 30, 2024 by flooding", ["2024-11-30"]),
    ("Storm Bert\nNov 30, 2024 Battered by gales\nThe coast road was closed on Saturday.",
     ["2024-11-30", "2024-11-30"]),
], published=SUN)

# rv32's rows: a year "at this point" with no count set beside it, in a clause of its own past verb, is that event's
test_an_event_at_this_point_in_a_year_stays = dated_test([
    ("Turnout is higher than expected; at this point in 2016, Trump had already won the primary.", ["2016"]),
    ("Cases are higher than in the spring, and by this time in 2020, schools had closed.", ["2020"]),
    ("Prices rose more than analysts forecast, and at that time in 2019 the bank cut rates.", ["2019"]),
    ("Fewer people flew than in 2019; at the same point in 2020, airlines had grounded their fleets.",
     ["2019", "2020"]),
    ("Unemployment is lower than forecast; by this point in 2009 it had doubled.", ["2009"]),
], published=dt.date(2021, 11, 3))
