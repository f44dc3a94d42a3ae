"""Holidays: a holiday inside a name, a count from a holiday, "election day" as a common noun,
a holiday's weekend, a holiday every year, one a past plan names, and a vote's day the article dates.

Each row: the publication date (or one for the group), the text, the dates the engine must give
(date or date/end), in order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

from timeline.extraction import extract_events

THU = dt.date(2024, 3, 14)


test_a_holiday_in_a_name_is_no_day = dated_test([
    # A holiday inside a name (a treaty, a place, a past event) is no holiday
    # of this year.
    (THU, "The Good Friday Agreement ended decades of violence.", []),
    (THU, "Officials marked the anniversary of the Good Friday Agreement on Wednesday.", ["2024-03-13"]),
    (THU, "Tourists flock to Easter Island.", []),
    (THU, "Asylum seekers are held on Christmas Island.", []),
    (THU, "The Easter Rising was a rebellion against British rule.", []),
    (THU, "The Christmas truce is remembered every year.", []),
    # The holiday itself is still a day.
    (THU, "The church was packed on Good Friday.", ["2023-04-07"]),
    (THU, "Shops will close on Easter Sunday.", ["2024-03-31"]),
])


JAN = dt.date(2014, 1, 23)


test_an_offset_from_a_holiday_is_the_offset_day_only = dated_test([
    # An offset from a holiday dates the offset day; the holiday only says
    # where the count starts and is no statement of its own.
    ("A week before Thanksgiving, shoppers queued outside the store.", ["2013-11-21"]),
    ("The store closed the day after Christmas.", ["2013-12-26"]),
    ("Two days before Christmas, the plant shut down.", ["2013-12-23"]),
    # The holiday named on its own stays.
    ("The plant shut down a week before Christmas and reopened on Christmas Eve.", ["2013-12-18", "2013-12-24"]),
    ("On Thanksgiving, the store opened early.", ["2013-11-28"]),
    # A vote's day is a happening of its own.
    ("Two days after Election Day, the count was finished.", ["2014-11-06", "2014-11-04"]),
], published=JAN)


def test_the_next_day_after_an_offset_from_a_holiday_counts_from_the_offset_day():
    text = "A week before Thanksgiving, shoppers queued outside the store. The next day, the console sold out."
    first, second = extract_events(text, published=JAN)
    assert (first.date, first.anchor_cue_start) == (dt.date(2013, 11, 21), None)
    assert (second.date, second.anchor_cue_start) == (dt.date(2013, 11, 22), first.cue_start)


THU_2024_05_16 = dt.date(2024, 5, 16)


test_common_noun_election_day_is_no_holiday = dated_test([
    # "Election day" with a lower-case "day" is the day of the vote the text tells, a common
    # noun, not the US holiday in November.
    (THU_2024_05_16, "Election day passed without incident, observers said.", []),
    (THU_2024_05_16, "Turnout was high on election day in the capital.", []),
    # The holiday's name keeps its date.
    (THU_2024_05_16, "Voters will head to the polls on Election Day.", ["2024-11-05"]),
])


test_a_holiday_weekend_named_by_its_date_is_no_day = dated_test([
    # A holiday's weekend named by its date ("the July Fourth holiday weekend", "the July 4th
    # weekend") is no day, as "the Fourth of July weekend" is not.
    (dt.date(2024, 7, 8), "Over the July Fourth holiday weekend, 20 people were shot.", []),
    (dt.date(2024, 7, 8), "Travel over the July 4th weekend hit a record.", []),
    # ... the day itself is.
    (dt.date(2024, 7, 8), "On July 4, fireworks lit up the sky.", ["2024-07-04"]),
    (dt.date(2024, 7, 8), "Fireworks were set off on July 4 over the weekend.", ["2024-07-04"]),
])


SAT16 = dt.date(2016, 9, 3)


NOV10 = dt.date(2023, 11, 10)


test_a_plan_told_in_the_past_names_the_holiday_ahead = dated_test([
    # A plan told in the past ("was expected to", "was scheduled for") names the
    # holiday ahead, as it names a yearless day ahead.
    (SAT16, "The storm was expected to snarl Labor Day travel.", ["2016-09-05"]),
    (NOV10, "The parade was scheduled for Thanksgiving, organisers said.", ["2023-11-23"]),
    # A past without a plan is the holiday gone by.
    (SAT16, "The store was closed on Labor Day.", ["2015-09-07"]),
    (NOV10, "Last year the parade was scheduled for Thanksgiving.", ["2022", "2022-11-24"]),
])


test_a_holiday_each_year_is_a_custom = dated_test([
    # A holiday with "each year", "every year", "annually" beside it is every
    # year's, as a month is: a custom, no day.
    (THU, "The store opens at 8 a.m. on Black Friday each year.", []),
    (THU, "Every year on Thanksgiving, the family serves meals at the shelter.", []),
    (THU, "The parade is held on Memorial Day every year.", []),
    (THU, "The town holds a fireworks show on the Fourth of July annually.", []),
    # Away from the holiday, "every year" says how often something else comes round.
    (THU, "Thousands die every year on the roads, and a crash killed three on Christmas.", ["2023-12-25"]),
    # ("last year" right after the day says which one: one statement, as "on Sept. 10 last year")
    (THU, "The store opened on Black Friday last year.", ["2023-11-24"]),
])


test_a_holiday_is_part_of_a_name_only_before_a_capitalised_head = dated_test([
    # A holiday is part of a name before a capitalised head ("the Good Friday Agreement",
    # "the St. Valentine's Day Massacre"), and "the Christmas truce" is the one of 1914; a word
    # in lower case after the day is no name's head ("war widows", "truce talks").
    (THU, "Veterans gathered at the Memorial Day war memorial service.", ["2023-05-29"]),
    (THU, "On Christmas Day truce talks began.", ["2023-12-25"]),
    (THU, "The Good Friday Agreement ended decades of violence.", []),
    (THU, "The St. Valentine's Day Massacre happened in 1929.", ["1929"]),
    (THU, "The Christmas truce is remembered every year.", []),
    (THU, "Asylum seekers are held on Christmas Island.", []),
])


WED_2022_11_30 = dt.date(2022, 11, 30)  # after the US general election of 8 November 2022


# A vote's day the article dates ("Tuesday, Dec. 13 is Election Day") is that day for the rest of the article.
test_a_vote_day_the_article_dates_is_that_day = dated_test([
    # the named day beside its date is the same statement
    ("Tuesday, Dec. 13 is Election Day in the council runoff.", ["2022-12-13"]),
    ("Election Day is Dec. 13, the clerk said.", ["2022-12-13"]),
    # a later mention takes the date the article told
    ("Tuesday, Dec. 13 is Election Day in the council runoff.\n\n"
     "Results will be posted at City Hall on Election Day.", ["2022-12-13", "2022-12-13"]),
    ("Election Day is Dec. 13, the clerk said. Polls close at 7 p.m. on Election day.",
     ["2022-12-13", "2022-12-13"]),
], published=WED_2022_11_30)


# The told day is that year's vote: an Election Day of another year its own sentence names keeps its year.
test_a_told_vote_day_does_not_reach_another_year = dated_test([
    ("Election Day is Dec. 13, the clerk said. In 2020, turnout on Election Day was low.",
     ["2022-12-13", "2020", "2020-11-03"]),
    ("Election Day is Dec. 13, the clerk said. The last runoff, in 2018, drew few voters on Election Day.",
     ["2022-12-13", "2018", "2018-11-06"]),
    # the same year still takes the told day
    ("Election Day is Dec. 13, the clerk said. This year, results will be posted on Election Day.",
     ["2022-12-13", "2022", "2022-12-13"]),
], published=WED_2022_11_30)


# An Election Day of years ago told with its date ("On Election Day, Nov. 3, 2020, ...") is no date for
# this article's Election Day.
test_a_vote_day_told_years_back_is_not_this_article_s = dated_test([
    ("On Election Day, Nov. 3, 2020, lines stretched for blocks.\n\nPolls open at 7 a.m. on Election Day.",
     ["2020-11-03", "2022-11-08"]),
    ("Election Day was Nov. 3, 2020, when he lost.\n\nHe hopes to win on Election Day.",
     ["2020-11-03", "2022-11-08"]),
], published=dt.date(2022, 10, 20))


# Without a date told for it, "Election Day" stays the US general election.
test_without_a_told_date_the_general_election_stays = dated_test([
    # no date told: the general election, as before
    (dt.date(2022, 10, 20), "Results will be posted at City Hall on Election Day.", ["2022-11-08"]),
    # a date near the named day that is not its date
    (dt.date(2022, 10, 20), "Early voting ends Friday, Nov. 4, before Election Day.", ["2022-11-04", "2022-11-08"]),
])
