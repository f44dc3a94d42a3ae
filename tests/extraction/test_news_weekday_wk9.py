"""Which week a bare weekday falls in (session 39, wk9; issue 12): the days an announcing or an ordering
names for its plan, and a weekday's possessive naming a side of that day's fixture. Each with the
neighbours the rules must leave alone.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 4, 17)  # Mon 15, Tue 16 | Thu 18, Fri 19, Sat 20, Sun 21 ahead | Thu 11 .. Sun 14 gone
FRI = dt.date(2020, 1, 31)  # Tue 28, Wed 29, Thu 30 | Sat 1 Feb, Sun 2 Feb ahead | Sat 25, Sun 26 gone
MON = dt.date(2020, 2, 3)


# An announcing or an ordering with its object, then "for <weekday>", or a count of days "of" a doing
# listed "on <weekday>": the days announced, a plan told in the past, name the nearest such day (the
# coming one when the last lies more than three days back).
test_the_days_an_announcing_names_for_its_plan_are_the_nearest_ones = dated_test([
    (WED, "The district announced remote learning for Thursday.", ["2024-04-18"]),
    (WED, "Officials announced a snow day for Thursday and Friday.", ["2024-04-18", "2024-04-19"]),
    (WED, "The governor ordered two days of mourning on Thursday and Friday.", ["2024-04-18", "2024-04-19"]),
    (WED, "Dubai was hit hardest, with authorities announcing two more days of remote learning for its "
          "schools on Thursday and Friday.", ["2024-04-18", "2024-04-19"]),
    (WED, "With the storm moving in, the city declared a holiday for Saturday.", ["2024-04-20"]),
    # ... not the announcing's own day, nor days told with no announcing, nor a day at most three days back
    (WED, "The district announced remote learning on Thursday.", ["2024-04-11"]),
    (WED, "The company announced layoffs on Thursday.", ["2024-04-11"]),
    (WED, "Schools had two more days of remote learning on Thursday and Friday.", ["2024-04-11", "2024-04-12"]),
    (WED, "On Thursday, the ministry announced two days of remote learning.", ["2024-04-11"]),
    (WED, "The district announced a snow day for Monday.", ["2024-04-15"]),
])


# A weekday's possessive naming a side by its part in that day's fixture, in a clause whose verb another
# weekday dates: a preview's side of the coming match. Not a match report's (no other day).
test_a_possessive_weekdays_side_with_another_days_result_is_the_coming_match = dated_test([
    (FRI, "Saturday's visitors secured a fine result on Tuesday evening.", ["2020-02-01", "2020-01-28"]),
    (FRI, "Sunday's opponents drew 1-1 with Leeds on Wednesday night.", ["2020-02-02", "2020-01-29"]),
    (FRI, "Saturday’s hosts were beaten 2-0 at home on Tuesday.", ["2020-02-01", "2020-01-28"]),
    # ... not a match report's side, its verb the match's own
    (MON, "Saturday's visitors scored twice in the second half.", ["2020-02-01"]),
    (MON, "Saturday's visitors took the lead after ten minutes.", ["2020-02-01"]),
])


# ... nor days announced whose outcome the sentence tells after them: the last such ones.
test_announced_days_told_with_their_outcome_are_the_last_ones = dated_test([
    (WED, "The union announced a strike for Thursday, and the ports were shut all day.", ["2024-04-11"]),
    (WED, "The union announced a strike for Thursday.", ["2024-04-18"]),
])


test_announced_days_with_a_bare_form_past_outcome_are_the_last_ones = dated_test([
    (WED, "Schools announced closures for Thursday, and the storm hit hard.", ["2024-04-11"]),
    (WED, "Schools announced closures for Thursday, and the storm could hit hard.", ["2024-04-18"]),
])


# Narrowed after rv35's review: what is announced after its day (a result or a measure of it), an announcing
# told last week or on a day before the planned day's last occurrence, a relative clause's announcing, how it went
# told in a relative clause after the day or in the next sentence, a count of days that is not the days listed,
# and a name for the verb. Each with its near neighbour that still reads ahead.
test_announced_days_narrowed = dated_test([
    (WED, "The lottery announced the winning numbers for Thursday.", ["2024-04-11"]),
    (WED, "Organisers announced an attendance of 50000 for Saturday.", ["2024-04-13"]),
    (WED, "The lottery announced a special draw for Thursday.", ["2024-04-18"]),
    (WED, "Last week, the district announced remote learning for Thursday.", ["2024-04-11"]),
    (WED, "On Monday, the district announced remote learning for Thursday.", ["2024-04-15", "2024-04-18"]),
    (WED, "The school, which announced a closure for Friday, reopened on Monday.", ["2024-04-12", "2024-04-15"]),
    (WED, "The school announced a closure for Friday, which angered parents.", ["2024-04-12"]),
    (WED, "The school announced a closure for Friday, which parents will welcome.", ["2024-04-19"]),
    (WED, "The district announced remote learning for Thursday. Students logged on from home.", ["2024-04-11"]),
    (WED, "The district announced remote learning for Thursday. It will review the plan on Friday.",
     ["2024-04-18", "2024-04-19"]),
    (WED, "The union approved five days of strikes on Thursday.", ["2024-04-11"]),
    (WED, "The union approved two days of strikes on Thursday and Friday.", ["2024-04-18", "2024-04-19"]),
    (WED, "Hugh Grant flew in for Saturday, then left early.", ["2024-04-13"]),
    (WED, "The city granted a permit for Saturday.", ["2024-04-20"]),
])


# ... and a possessive weekday's side: only its own result as the main clause's verb right after it ("beat",
# "lost", "were held"), and only when the last such day lies more than three days back (a plan's nearest day).
test_a_possessive_weekdays_side_narrowed = dated_test([
    (MON, "Saturday's visitors, who had beaten Leeds on Tuesday, took the lead after ten minutes.",
     ["2020-02-01", "2020-01-28"]),
    (MON, "Saturday's hosts sacked their manager on Sunday.", ["2020-02-01", "2020-02-02"]),
    (MON, "Saturday's visitors beat Leeds 2-0 on Tuesday.", ["2020-02-01", "2020-01-28"]),
    (FRI, "Saturday's visitors to the fair were stuck in traffic on Wednesday.", ["2020-01-25", "2020-01-29"]),
    (FRI, "Sunday's hosts, the Smiths, were charged on Wednesday.", ["2020-01-26", "2020-01-29"]),
    (FRI, "Sunday's hosts, Leeds, lost 3-1 at home on Wednesday.", ["2020-02-02", "2020-01-29"]),
    (FRI, "Saturday's opponents had lost on Wednesday.", ["2020-01-25", "2020-01-29"]),
    # (the result told in the replay: the replay's day is the clause's own, not the first one after the coming
    # match; rv35)
    (FRI, "Saturday's hosts drew 1-1 with Leeds in the replay on Tuesday.", ["2020-02-01", "2020-01-28"]),
])


# rv35's round 4: a measure announced after its day ("closing prices"), an announcing told days ago or after a
# sentence that puts the story last week, the next sentence's past told before its attribution; a side's result
# whose other day dates another clause. Each with its near neighbour.
test_announced_days_and_sides_narrowed_again = dated_test([
    (WED, "The exchange announced closing prices for Thursday.", ["2024-04-11"]),
    (WED, "The exchange announced early closing for Thursday.", ["2024-04-18"]),
    (WED, "The chain announced its sales for Saturday, the best of the year.", ["2024-04-13"]),
    (WED, "The chain announced a sale for Saturday.", ["2024-04-20"]),
    (WED, "Eight days ago, the district announced remote learning for Thursday.", ["2024-04-09", "2024-04-11"]),
    (WED, "Yesterday, the district announced remote learning for Thursday.", ["2024-04-16", "2024-04-18"]),
    (WED, "The storm struck on Monday of last week. Officials declared a state of emergency for Thursday.",
     ["2024-04-08", "2024-04-11"]),
    (WED, "The storm struck on Monday. Officials declared a state of emergency for Thursday.",
     ["2024-04-15", "2024-04-18"]),
    (WED, "The district announced remote learning for Thursday. Attendance fell to 40 percent, officials said.",
     ["2024-04-11"]),
    (WED, "The district announced remote learning for Thursday. Parents said they were relieved.", ["2024-04-18"]),
    (FRI, "Saturday's visitors lost 4-0, and their manager was sacked on Monday.", ["2020-01-25", "2020-01-27"]),
    (FRI, "Saturday's visitors lost 4-0 at home on Monday.", ["2020-02-01", "2020-01-27"]),
])


# rv35's round 5: the announced object must name a plan (a closed list of results leaked "exchange rates", "the
# crowd"); an "N days ago" in the sentence before; a past next sentence with a day of its own. With neighbours.
test_announced_days_narrowed_round_5 = dated_test([
    (WED, "The bank announced exchange rates for Thursday.", ["2024-04-11"]),
    (WED, "The council announced the new boundaries for Thursday.", ["2024-04-11"]),
    (WED, "The council announced a public holiday for Thursday.", ["2024-04-18"]),
    (WED, "The storm struck eight days ago. Officials declared a state of emergency for Thursday.",
     ["2024-04-09", "2024-04-11"]),
    (WED, "The storm struck two days ago. Officials declared a state of emergency for Thursday.",
     ["2024-04-15", "2024-04-18"]),
    (WED, "The district announced remote learning for Thursday. On Friday, classes resumed.",
     ["2024-04-11", "2024-04-12"]),
    (WED, "The district announced remote learning for Thursday. On Friday, classes will resume.",
     ["2024-04-18", "2024-04-19"]),
])
