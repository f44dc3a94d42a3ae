"""Months: a month of a coming vote, a month as a name or a subject, a weather record's month
(a category), the month a report covers, a month that restates a day, the month moved from ("to
October from November") and a month in what was said in an earlier month.

Each row: the publication date (or one for the group), the text, the dates the engine must give
(date or date/end), in order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

WED = dt.date(2024, 3, 13)


test_month_restating_the_day_before_it_is_no_statement = dated_test([
    # A month right after a day of that month ("on Election Day back in
    # November", "on Feb. 3 in February") only restates the day's month.
    (WED, "She won on Election Day back in November.", ["2023-11-07"]),
    (WED, "They met on Feb. 3 in February.", ["2024-02-03"]),
    (WED, "The deal closed on Monday in March.", ["2024-03-11"]),
    # ... not a month of its own, or one after a clause break.
    (WED, "Prices fell on Feb. 3, and again in March.", ["2024-02-03", "2024-03"]),
    (WED, "Prices fell on Jan. 30 and in February.", ["2024-01-30", "2024-02"]),
])


AUG = dt.date(2018, 8, 30)


FEB = dt.date(2019, 2, 10)


test_the_month_of_a_coming_vote = dated_test([
    # A past clause that waits for a vote: its month is the nearer one ahead.
    (AUG, "The council on Thursday rejected a proposed measure for the November ballot.",
     ["2018-08-30", "2018-11"]),
    (AUG, "Backers raced to qualify the plan ahead of the November election.", ["2018-11"]),
    # ... not when the one gone by is the nearer.
    (FEB, "The council rejected a proposed measure for the November ballot.", ["2018-11"]),
    # A vote's month in a clause with a past verb of its own stays past.
    # A past verb of its own keeps the past.
    (AUG, "Smith, who won the election in November, spoke on Tuesday.", ["2017-11", "2018-08-28"]),
    (AUG, "Smith lost the runoff in December.", ["2017-12"]),
])


SEP20 = dt.date(2019, 9, 20)


test_a_weather_record_for_a_month_is_no_statement = dated_test([
    # A weather record kept for a calendar month or day names every year's
    # month or day, a category: no statement.
    ("That is a record daily rainfall for September in Dallas.", []),
    ("The storm broke the rainfall record for April 10, set in 1995.", ["1995"]),
    ("The record high for the month of July is 110 degrees.", []),
    # Not a weather record: that month's happening.
    ("The company reported record sales for September.", ["2019-09"]),
    ("Rainfall in September set a record.", ["2019-09"]),
], published=SEP20)


AUG4 = dt.date(2020, 8, 4)


test_a_month_at_the_end_of_a_road_lies_ahead = dated_test([
    # A month as the end of a way ahead is the coming one, though the last
    # such month is within the nine months a bare month looks back.
    ("Incumbents on a smooth path to November include two senators.", ["2020-11"]),
    ("The road to November runs through the suburbs.", ["2020-11"]),
    ("The countdown to November has begun.", ["2020-11"]),
    # Not a way ahead: a comparison, or a past clause.
    ("Sales rose compared to November.", ["2019-11"]),
    ("The race was heading into November with no clear leader.", ["2019-11"]),
], published=AUG4)


JUNE = dt.date(2018, 6, 6)


test_superlative_month_day_on_record_is_no_month = dated_test([
    # "the hottest June day on record": the best of every June's days, a category, no month.
    (JUNE, "The heat could bring the hottest June day on record, forecasters said.", []),
    (JUNE, "It was the wettest April night since records began.", []),
    # The month itself as the record is still that month.
    (JUNE, "Last month was the hottest May on record.", ["2018-05"]),
])


MAY12 = dt.date(2019, 5, 12)


# A bare "March"/"May" right before the noun of a vote is the month: "lost in the March election",
# "contested the May primary" (not "the May government", a name).
test_the_month_of_a_vote = dated_test([
    ("Neither candidate won a majority of the votes in the March election.", ["2019-03"]),
    ("The two seats go to a runoff because nobody won outright in the March primary.", ["2019-03"]),
    ("Turnout in the March vote was low.", ["2019-03"]),
    # after any determiner or a possessive, not only "the"
    ("Turnout in last week's March primary was the lowest in a decade.", ["2019-03"]),
    ("Their March election was postponed twice.", ["2019-03"]),
    ("The county certified its March primary results in April.", ["2019-03", "2019-04"]),
], published=MAY12)


@pytest.mark.parametrize("text", [
    "The May government fell after the vote.",
    "May I ask you something?",
    "Members of the March organising committee met.",
])
def test_may_and_march_as_names_stay_out(text):
    assert dates(text, MAY12) == []


# A sentence that opens with "May"/"March" before a past verb tells of the month: "May was the
# second month in a row ...", "March saw heavy rain" (not "May I ask").
test_a_month_as_the_subject = dated_test([
    ("May was the third month in a row that sales rose.", ["2019-05"]),
    ("March saw heavy rain across the state.", ["2019-03"]),
], published=MAY12)


JUNE_2024_06_12 = dt.date(2024, 6, 12)  # a Wednesday


# A sentence that opens with "May"/"March" before "was", "saw", "became" ... is the month only when
# its clause tells of a month (weather, a record, a rise): "May was speaking to reporters", "May
# became prime minister", "March was cancelled by police" are a person and a march.
test_a_name_or_a_march_as_subject_is_no_month = dated_test([
    ("May was speaking to reporters in Brussels on Tuesday.", ["2024-06-11"]),
    ("May became prime minister after the leader resigned.", []),
    ("May had been warned about the vote on Tuesday.", ["2024-06-11"]),
    ("May marked her first year as leader on Tuesday.", ["2024-06-11"]),
    ("March was cancelled by police on Saturday.", ["2024-06-08"]),
    ("May has been criticised for the deal.", []),
    # a passive with no "by" or "as" after it, whatever month words follow ("rain", "month", "inflation")
    ("March was cancelled because of the rain on Saturday.", ["2024-06-08"]),
    ("May was asked about inflation on Tuesday.", ["2024-06-11"]),
    ("March was postponed until the weather improves.", []),
], published=JUNE_2024_06_12)


test_a_month_as_subject_still_counts = dated_test([
    ("May was the wettest month on record.", ["2024-05"]),
    ("March brought heavy snow to the region.", ["2024-03"]),
    ("May saw prices rise 3%.", ["2024-05"]),
    ("May was marked by heavy rain and flooding.", ["2024-05"]),
    ("March was seen as the worst month for stocks.", ["2024-03"]),
    ("May was declared the wettest on record.", ["2024-05"]),
], published=JUNE_2024_06_12)


OCT14 = dt.date(2019, 10, 14)


# A bare month before a weather measure kept as a record ("broke the record for all-time October
# rainfall", "the all-time October snowfall record") is every October's, a category, no date; this
# month's measure ("saw record October rainfall", "the October rainfall so far") stays dated.
test_a_month_in_a_weather_record_is_a_category = dated_test([
    ("Sunday's storm dropped enough rain to break the record for all-time October rainfall in Leeds.",
     ["2019-10-13"]),
    ("The storm broke the all-time October snowfall record.", []),
    ("The town now holds the record for October rainfall, set in 1981.", ["1981"]),
    ("Sunday's downpour broke the records for October precipitation at two airports.", ["2019-10-13"]),
], published=OCT14)


test_this_months_weather_stays_dated = dated_test([
    ("The town saw record October rainfall last weekend.", ["2019-10"]),
    ("It was the wettest October on record.", ["2019-10"]),
    ("The October rainfall so far stands at 90 millimetres.", ["2019-10"]),
    ("The record for sales in October fell to the new store.", ["2019-10"]),
], published=OCT14)


test_the_month_a_report_covers_is_past = dated_test([
    # A month that names the period a report or figures cover is a month gone by, even
    # when the release lies ahead.
    (WED, "The February jobs report will be released Friday.", ["2024-02", "2024-03-15"]),
    (WED, "Economists will watch the January retail sales figures due Thursday.", ["2024-01", "2024-03-14"]),
    (WED, "The February consumer price index will be published next week.", ["2024-02"]),
    # ... a month just gone by: figures for a month still ahead are that month's.
    (dt.date(2023, 12, 28), "The agency will release January data in February.", ["2024-01", "2024-02"]),
    # ... not a month of what is planned.
    (WED, "The November election will be close.", ["2024-11"]),
    (WED, "The report will be released in May.", ["2024-05"]),
])


test_a_month_naming_a_coming_vote = dated_test([
    # A month naming a coming vote in a clause not in the past ("is on the November ballot",
    # "is running in the November election") is the one ahead, not the nearer one gone by.
    (WED, "The measure is on the November ballot.", ["2024-11"]),
    (WED, "He is running in the November election.", ["2024-11"]),
    (WED, "Candidates for the November general election", ["2024-11"]),
    # ... told in the past, or naming the vote's results, it is the one gone by.
    (WED, "He lost the November election.", ["2023-11"]),
    (WED, "The November election results show a divided state.", ["2023-11"]),
])


DEC = dt.date(2018, 12, 5)


test_the_vote_in_a_month_is_the_coming_one = dated_test([
    # A month after the vote it names ("the elections in November") in a clause not
    # in the past is the vote ahead, as "the November election" is.
    (AUG, "Here's what it means for the state's general elections in November.", ["2018-11"]),
    (AUG, "Candidates now turn to the elections in November.", ["2018-11"]),
    (AUG, "She will face the incumbent in the runoff in November.", ["2018-11"]),
    (AUG, "Here is what happened during Tuesday's runoffs and what it means for the elections in November.",
     ["2018-08-28", "2018-11"]),
    # Just after the vote, or in the past, it is the one held.
    (DEC, "Turnout in the elections in November is being studied.", ["2018-11"]),
    (AUG, "He lost the election in November.", ["2017-11"]),
])


JUN = dt.date(2024, 6, 10)


test_a_month_covers_only_the_figures_it_modifies = dated_test([
    # A month names the figures it covers only when it modifies them ("the May jobs report");
    # a prepositional phrase or an infinitive between is no cover ("will meet in April to
    # review the data" in June: the April ahead).
    (JUN, "The council will vote in April on the budget report.", ["2025-04"]),
    (JUN, "The agency will meet in April to review the data.", ["2025-04"]),
    (JUN, "Officials will travel to Geneva in May to present the report.", ["2025-05"]),
    (JUN, "The May jobs report will be released Friday.", ["2024-06-14"]),
    (JUN, "The April retail sales figures will be published Friday.", ["2024-04", "2024-06-14"]),
])


THU = dt.date(2024, 3, 14)


test_a_coming_vote_is_one_ahead_only_when_told_so = dated_test([
    # A month names a coming vote only after "on", "in", "for", "before", "ahead of" ("is on
    # the November ballot" in March), and not in the weeks after the vote: in December or
    # January "the November election" in the present is the one just held.
    (dt.date(2025, 1, 15), "Lawmakers are investigating the November election.", ["2024-11"]),
    (dt.date(2025, 1, 15), "Democrats are regrouping after the November election.", ["2024-11"]),
    (dt.date(2024, 12, 5), "The November election is over, but the fight is not.", ["2024-11"]),
    (dt.date(2024, 12, 5), "Turnout in the November election is being studied.", ["2024-11"]),
    (dt.date(2025, 3, 5), "Officials are still counting ballots from the November election.", ["2024-11"]),
    (THU, "The measure is on the November ballot.", ["2024-11"]),
    (THU, "He is running in the November election.", ["2024-11"]),
    (THU, "Polls show him ahead of the November election.", ["2024-11"]),
])


# "to <month> from <month>" is one move: the month moved from is near the month moved to, not a year back.
test_the_month_moved_from_is_near_the_month_moved_to = dated_test([
    (dt.date(2022, 10, 2), "The union proposed bringing forward planned talks to October from November.",
     ["2022-10", "2022-11"]),
    (dt.date(2022, 10, 2), "The board said it had moved the scheduled vote to October from November.",
     ["2022-10", "2022-11"]),
    (dt.date(2023, 3, 5), "The government brought the planned summit forward to March from April.",
     ["2023-03", "2023-04"]),
    (dt.date(2022, 10, 2), "Officials said they advanced the scheduled election to October from December.",
     ["2022-10", "2022-12"]),
    (dt.date(2023, 5, 12), "Organisers postponed the delayed festival to August from June.",
     ["2023-08", "2023-06"]),
])


# A figure's change between two months, or a month with its year, is read as before.
test_other_month_pairs_are_as_before = dated_test([
    # a figure's change: both months of the figures, as before
    (dt.date(2022, 11, 10), "Inflation rose to 7.7% in October from 8.2% in September.", ["2022-10", "2022-09"]),
    # a month with its year is left as told
    (dt.date(2022, 10, 2), "The vote was moved to October from November 2021.", ["2022-10", "2021-11"]),
])


# A month in what was said in an earlier month ("said in December that ... in January") counts from the saying.
test_a_plan_told_in_a_past_month_is_counted_from_it = dated_test([
    (dt.date(2024, 3, 6), "The minister said in December that the plant would close in January.",
     ["2023-12", "2024-01"]),
    (dt.date(2024, 6, 10), "The company announced in February that it would cut jobs in April.",
     ["2024-02", "2024-04"]),
    (dt.date(2024, 2, 20), "The council said in November that it would vote on the plan in January.",
     ["2023-11", "2024-01"]),
])


# A plan still ahead, or a past told in the past, in a saying's month is counted as before.
test_other_months_of_a_saying_are_as_before = dated_test([
    # already counted right: a plan still ahead, a past told in the past
    (dt.date(2024, 6, 10), "Officials said in May that the bridge would reopen in September.", ["2024-05", "2024-09"]),
    (dt.date(2024, 3, 6), "The bank said in January that prices had peaked in October.", ["2024-01", "2023-10"]),
])


THU_2016_06_23 = dt.date(2016, 6, 23)


test_a_figure_s_previous_month_after_a_month_named_as_a_base_is_that_month = dated_test([
    # A figure compared with a month named just before as another figure's base ("down 4 percent
    # from April"): both are the month before the one the figures cover, the same April.
    ("Exports were $12 billion, down 4 percent from April. Imports were $15 billion, up 2.1 percent "
     "from the previous month.", ["2016-04", "2016-04"]),
    ("Output rose 0.5 percent in May from April. Orders fell 1 percent from the previous month.",
     ["2016-05", "2016-04", "2016-04"]),
    # ... after the month the figures cover, the month before it, as before.
    ("Output rose 0.5 percent in May. Orders fell 1 percent from the previous month.", ["2016-05", "2016-04"]),
    # ... and no figure's base, no change: the month before the one named.
    ("The plant closed in April. The previous month, workers went on strike.", ["2016-04", "2016-03"]),
    ("Prices fell 3 percent from April. In the previous month, workers went on strike.", ["2016-04", "2016-03"]),
], published=THU_2016_06_23)


test_a_year_then_its_month_is_that_month = dated_test([
    # "<year>, <Month>" closing a clause, the year first, is that month of that year.
    (WED, "The charter took effect in 2017, October.", ["2017-10"]),
    (WED, "The plant opened in 2016 August; the mine followed.", ["2016-08"]),
    # ... not a month opening a clause of its own, nor "may" as a verb.
    (WED, "In 2017, October was the wettest month.", ["2017", "2017-10"]),
    (WED, "Since 2017, March has been the busiest month.", ["2017/2024"]),
    (WED, "The mine shut in 2017, may.", ["2017"]),
])


JUL21 = dt.date(2021, 7, 5)


test_a_yearless_month_takes_the_year_of_its_range_end = dated_test([
    # "from August to December 2021": the start is August of the end's year, whatever the
    # tense of the clause (a past "voted to raise output from August ..." is no August gone by).
    (JUL21, "The group voted on Friday to raise output from August to December 2021.",
     ["2021-07-02", "2021-08/2021-12", "2021-12"]),
    (JUL21, "Ministers agreed to cut output from May to September 2021.", ["2021-05/2021-09", "2021-09"]),
    (JUL21, "Ministers agreed to cut output from September to December 2021.", ["2021-09/2021-12", "2021-12"]),
    (JUL21, "The board approved a freeze from October to November 2021.", ["2021-10/2021-11", "2021-11"]),
    (JUL21, "The company said it would pause shipments from November to March 2022.",
     ["2021-11/2022-03", "2022-03"]),
    (JUL21, "Output will rise from August to December 2021.", ["2021-08/2021-12", "2021-12"]),
    # ... a range with both years, or a month with no range, is as before.
    (JUL21, "Production rose from August 2020 to December 2021.", ["2020-08/2021-12", "2021-12"]),
    (JUL21, "Production rose in August and fell in December 2021.", ["2020-08", "2021-12"]),
])


APR17 = dt.date(2017, 4, 18)


test_a_year_put_in_brackets_after_a_month_is_its_year = dated_test([
    # An editor's bracketed year after a month ("in July [2016]") is that month's year: one
    # month, not a month and a year of their own.
    (APR17, "She was acquitted way back in July [2016] when the court granted her plea.", ["2016-07"]),
    (APR17, "\"We signed it in March [2015],\" he said.", ["2015-03"]),
    (APR17, "The deal collapsed in November [2016] after talks broke down.", ["2016-11"]),
    # ... a bracketed year after anything else, or a bracketed note, is as before.
    (APR17, "The law [2016] was repealed.", ["2016"]),
    (APR17, "She was acquitted in July [last year].", ["2016-07", "2016"]),
])
