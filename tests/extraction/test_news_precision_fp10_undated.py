"""Session 28, fp10: dates in sentences a reader leaves undated (bench/realnews/README.md,
"Annotation conventions"), each kind in general form on written sentences:

- "today's" meaning the present age ("today's smartphones", "most of today's cars"), not the
  publication day; "today's game" or "today's vote" keeps its day;
- a holiday given as the reason for days the sentence names ("closed Friday and Monday for the
  Easter holiday"): the named days are the happening, the feast day is none;
- a bare weekday counted from an indefinite one ("got the papers on a Friday and had to answer
  by Monday"): some week's Monday, no day of the calendar;
- a tally shown "by" a day ("Here are the results from 300 stations by Sunday night"): the count
  as of a day gone by, not a deadline ahead.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2023, 5, 10)  # a Wednesday
MON = dt.date(2021, 4, 5)  # Easter Monday 2021 (Easter Sunday April 4)
SUN = dt.date(2024, 6, 9)  # a Sunday


test_todays_meaning_the_present_age_is_no_day = dated_test([
    ("Most of today's personal computers ship with the new chip.", []),
    ("Today's smartphones hold more memory than old mainframes.", []),
    ("Engineers say today's cars are safer than ever.", []),
    ("Many of today's consumers shop only online.", []),
    ("Today's teenagers rarely read a printed newspaper.", []),
], published=WED)


test_todays_happening_keeps_its_day = dated_test([
    ("Rain may delay today's game against the Cubs.", ["2023-05-10"]),
    ("Turnout in today's vote was low.", ["2023-05-10"]),
    ("The mayor will speak after today's meeting.", ["2023-05-10"]),
    ("Copies of today's editions sold out by noon.", ["2023-05-10"]),
    ("Today's workplace shooting left three people dead.", ["2023-05-10"]),
], published=WED)


test_holiday_named_as_the_reason_for_named_days_is_no_day = dated_test([
    ("Pupils stayed home on Friday and Monday for the Easter holiday.", ["2021-04-02", "2021-04-05"]),
    ("The county offices were shut on Thursday and Friday for the Easter holiday.",
     ["2021-04-01", "2021-04-02"]),
    ("The ferry stopped running on April 2 for the Easter holiday.", ["2021-04-02"]),
], published=MON)


test_holiday_itself_keeps_its_day = dated_test([
    # No named day: the holiday is the time of the happening.
    ("Thousands travelled home for the Easter holiday.", ["2021-04-04"]),
    ("The museum was crowded on Easter.", ["2021-04-04"]),
    # A day and the holiday each the time of its own happening.
    ("The bridge closed on Friday, and the parade went ahead on Easter.", ["2021-04-02", "2021-04-04"]),
], published=MON)


test_weekday_counted_from_an_indefinite_weekday_is_no_day = dated_test([
    ("We got a 400-page plan on a Friday and were told to reply by Monday.", []),
    ("They often receive the forms on a Thursday and must file them by Tuesday.", []),
], published=WED)


test_weekday_beside_no_indefinite_weekday_keeps_its_day = dated_test([
    ("We got a 400-page plan on Friday and were told to reply by Monday.", ["2023-05-05", "2023-05-08"]),
    ("A Friday deadline passed, and the union walked out on Monday.", ["2023-05-05", "2023-05-08"]),
    # A day the sentence tells of itself, not the end of a stretch from the indefinite one.
    ("The vote, held on a Sunday for the first time, drew a record turnout, officials said Tuesday.",
     ["2023-05-09"]),
    ("The vote, held on a Sunday for the first time, was certified by Tuesday.", ["2023-05-09"]),
    ("He was always paid on a Friday, but this week he must wait until Monday.", ["2023-05-15"]),
], published=WED)


test_tally_shown_by_a_day_gone_by_is_as_of_that_day = dated_test([
    ("Here are the results from 300 stations by Saturday night:", ["2024-06-08"]),
    ("Below are data from 2,500 polling stations by Saturday night.", ["2024-06-08"]),
    ("These are the figures counted by Friday evening.", ["2024-06-07"]),
], published=SUN)


test_a_deadline_told_in_the_present_stays_ahead = dated_test([
    ("The results are due by Saturday night.", ["2024-06-15"]),
    ("Final figures are expected by Friday.", ["2024-06-14"]),
    ("Applications are accepted by Friday.", ["2024-06-14"]),
    ("Here are the totals we must reach by Friday.", ["2024-06-14"]),
    ("These are the results to be certified by Friday.", ["2024-06-14"]),
], published=SUN)


# A weekday after a word of frequency or of typicality ("every other Saturday", "a typical Friday
# night", "any given Sunday") is every such day or none in particular, as "every Saturday" and "on a
# Friday" are; a weekday's fixed compounds ("Sunday school", "her Sunday best") name no day.
JUN16 = dt.date(2027, 6, 16)  # a Wednesday

test_weekday_of_every_other_or_a_typical_week_is_no_day = dated_test([
    ("Every other Saturday, volunteers clear litter from the river bank.", []),
    ("The council meets every second Tuesday in the old town hall.", []),
    ("On a typical Friday night, the shelter takes in 40 people.", []),
    ("On a normal Sunday, the chapel draws about 200 worshippers.", []),
    ("Traffic on the bridge is heavy on any given Monday.", []),
    ("On an average Saturday, the market sells two tonnes of fish.", []),
], published=JUN16)


test_weekday_compound_names_no_day = dated_test([
    ("She taught Sunday school at the chapel for 20 years.", []),
    ("He turned up in his Sunday best.", []),
    ("The pub is known for its Sunday roast.", []),
], published=JUN16)


test_weekday_beside_frequency_words_keeps_its_day = dated_test([
    ("Every ticket for Saturday's final has been sold.", ["2027-06-19"]),
    ("A typical storm hit the coast on Friday.", ["2027-06-11"]),
    # A copula's "a normal Friday" is the one day told.
    ("It was a normal Friday at the mill until the blast.", ["2027-06-11"]),
    ("It began as an ordinary Tuesday morning, until a gunman opened fire.", ["2027-06-15"]),
    ("The school reopened on Sunday after the flood.", ["2027-06-13"]),
    ("Each side will name its team on Friday.", ["2027-06-18"]),
    # The reciprocal "each other" is no frequency.
    ("The two sides faced each other Tuesday night in a tense game.", ["2027-06-15"]),
], published=JUN16)


test_sunday_before_a_noun_after_on_keeps_its_day = dated_test([
    ("On Sunday school officials closed every building.", ["2027-06-13"]),
], published=JUN16)


# A landmark named after a day ("6 October Bridge", "the 30 June Stadium") is a place, as "4 March Avenue" is.
test_landmark_named_after_a_day_is_no_day = dated_test([
    ("Protesters gathered at 6 October Bridge on Monday.", ["2027-06-14"]),
    ("Fans packed the 30 June Stadium for the final.", []),
    ("Flights resumed at 9 July Airport.", []),
], published=JUN16)


test_day_before_a_landmark_word_after_on_keeps_its_day = dated_test([
    ("On 6 October Bridge Street was closed to traffic.", ["2026-10-06"]),
    ("The stadium will reopen on 30 June.", ["2027-06-30"]),
], published=JUN16)


# A service's working week told in the present ("sees patients Monday through Friday") is every week's, as
# opening hours are; one week's span keeps its days.
test_service_working_week_is_every_week = dated_test([
    ("The clinic sees walk-in patients Monday through Friday.", []),
    ("The help line answers calls Monday to Saturday.", []),
    ("The kitchen serves free lunches Monday through Friday.", []),
    ("The morning show airs Monday through Friday on Channel 4.", []),
], published=JUN16)


test_one_weeks_span_keeps_its_days = dated_test([
    ("The clinic will see patients Monday through Friday.", ["2027-06-21/2027-06-25", "2027-06-25"]),
    ("The kitchen serves free lunches Monday through Friday this week.", ["2027-06-14", "2027-06-18"]),
    ("The clinic saw 400 patients Monday through Friday.", ["2027-06-07/2027-06-11", "2027-06-11"]),
    # Particular happenings shown over a span are one week's schedule.
    ("The network airs the impeachment hearings live Monday through Wednesday.",
     ["2027-06-21/2027-06-23", "2027-06-23"]),
], published=JUN16)


# A month after "every other" or "a typical" is every such month or none, as a weekday there is.
test_month_of_every_other_or_a_typical_year_is_no_month = dated_test([
    ("In a typical January, the lake freezes solid.", []),
    ("The fair is held every other August.", []),
    ("On an average December, the shop sells 3,000 trees.", []),
], published=JUN16)


test_month_beside_typicality_words_keeps_its_month = dated_test([
    ("Fans will see a normal season resume in March.", ["2028-03"]),
    ("A typical storm hit the coast in January.", ["2027-01"]),
], published=JUN16)


# A saying dated at another time (an explicit date of an earlier year opening the sentence or right after
# the verb): what its reported clause counts from now counts from the saying; a word finer than the
# saying's date (a weekday after "In 2010", "next month" after "In 2020") is dropped, its time unknown.
MAR12 = dt.date(2025, 3, 12)  # a Wednesday

test_saying_at_another_time_counts_from_then = dated_test([
    ("In 2019, the company said it would close the plant next year.", ["2019", "2020"]),
    ("The mayor said in 2019 that the pool would reopen next year.", ["2019", "2020"]),
    ("In 2016 the minister said the harvest had failed last year.", ["2016", "2015"]),
    ("In March 2020, the governor said schools would reopen next month.", ["2020-03", "2020-04"]),
    ("On June 4, 2021, the coach said: \"We play again tomorrow.\"", ["2021-06-04", "2021-06-05"]),
], published=MAR12)


test_word_finer_than_the_sayings_date_is_dropped = dated_test([
    ("Back in 2010, officials promised the bridge would open by Friday.", ["2010"]),
    ("In a 2018 interview, he said he was retiring next month.", ["2018"]),
    # (a weekday after a saying's full date counts from that day: the first Saturday after June 2, 2021)
    ("On June 2, 2021, the mayor said the pool would reopen on Saturday.", ["2021-06-02", "2021-06-05"]),
], published=MAR12)


test_saying_of_now_keeps_its_words = dated_test([
    # The frame dates another clause, not the saying.
    ("In 2019 sales rose, the firm said on Monday.", ["2019", "2025-03-10"]),
    ("The firm, founded in 2019, said on Monday it would expand next year.", ["2019", "2025-03-10", "2026"]),
    # A clause of now after the saying's.
    ("In 2019, the firm said it would close the plant, a decision it reversed this year.", ["2019", "2025"]),
    ("In 2019, Smith said he would run again, and this year he did.", ["2019", "2025"]),
    ("In 2019, the firm said it would shut the mill next year — and on Monday it did.",
     ["2019", "2020", "2025-03-10"]),
    ("In 2019, the firm said it would shut the mill next year and on Monday it did.",
     ["2019", "2020", "2025-03-10"]),
    # A saying of this year.
    ("In January, the firm said it would hire next year.", ["2025-01", "2026"]),
], published=MAR12)


# A weekly custom's or promotion's name ("Taco Tuesday", "Throwback Thursday") is every such weekday's, as
# "Giving Tuesday" or "Black Friday" name one day of their own.
test_weekly_custom_names_no_day = dated_test([
    ("Restaurants offer cheap tacos on Taco Tuesday.", []),
    ("Throwback Thursday posts flooded social media.", []),
    ("The bar runs Thirsty Thursday specials.", []),
], published=MAR12)


test_weekday_after_other_capitals_keeps_its_day = dated_test([
    ("The Taco Bell chain said Tuesday it would close 50 stores.", ["2025-03-11"]),
    ("Business leaders met on Saturday.", ["2025-03-08"]),
    ("Mall Reopens for Business Saturday After Flood", ["2025-03-15"]),
    ("It was a Manic Monday on Wall Street as the Dow fell 1,000 points.", ["2025-03-10"]),
], published=MAR12)


# A yearless day of the month the story has just told in an earlier year ("... in March 2020. The first match
# was washed out on March 12") continues that story, in that year; so does a later month after an anaphoric
# "then" ("... on January 19, 2020. India were then scheduled to play in March"). Not after a noun's month
# ("the August 1988 cease-fire") or a figure's yardstick ("over December 2018"), nor a "will" of now.
test_yearless_day_continues_the_story_of_an_earlier_year = dated_test([
    ("The last match was played on January 19, 2020. The team were then scheduled to play in March.",
     ["2020-01-19", "2020-03"]),
    ("The last match was played on January 19, 2020. The team were then due to tour in March. The first match "
     "was washed out on March 12.", ["2020-01-19", "2020-03", "2020-03-12"]),
    ("Floods hit the valley in June 2019, and on June 14 the river burst its banks.", ["2019-06", "2019-06-14"]),
], published=MAR12)


test_yearless_day_of_now_keeps_its_year = dated_test([
    ("Iran had accepted the August 2019 ceasefire. Iraq invaded on Aug. 2.", ["2019-08", "2024-08-02"]),
    ("Sales jumped 5.8 percent over February 2023. Excluding cars, sales rose in February.",
     ["2023-02", "2025-02"]),
    ("The plant closed in March 2019, and it will reopen on March 20.", ["2019-03", "2025-03-20"]),
    ("The club was founded in 1990. It won the cup on March 2.", ["1990", "2025-03-02"]),
    # The story come back to now (rv20's rows, in other words).
    ("The gallery opened in February 2019. Visitors hit a record on Feb. 20, the gallery said on Monday.",
     ["2019-02", "2025-02-20", "2025-03-10"]),
    ("The war began in February 2022. On Feb. 24, crowds marked its anniversary.", ["2022-02", "2025-02-24"]),
    ("The firm listed in January 2023. Its shares peaked on Jan. 12 before falling this year.",
     ["2023-01", "2025-01-12", "2025"]),
], published=MAR12)
