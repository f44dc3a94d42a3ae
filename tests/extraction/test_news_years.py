"""Years: numbers that are no year (telephone, house, bill numbers, clock times, counts), a year
with its day or month as one statement, a fronted year that frames a month, parts of a year and
the fiscal or past year.

Each row: the publication date (or one for the group), the text, the dates the engine must give
(date or date/end), in order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

AUG = dt.date(2020, 8, 5)


test_end_of_the_fiscal_year_is_no_calendar_year = dated_test([
    # "the end of the fiscal year" is no calendar year: a company's fiscal
    # year may end in the next one (the year's own end, "for the fiscal
    # year" of a report and "this fiscal year" keep theirs).
    (AUG, "The company said it would close the plant by the end of the fiscal year.", []),
    (AUG, "The company will close the plant before the end of the fiscal year.", []),
    (AUG, "Profit rose 5% for the fiscal year.", ["2020"]),
    (AUG, "The plant will close by the end of the year.", ["2020"]),
])


THU = dt.date(2024, 3, 14)


test_a_telephone_number_is_no_year = dated_test([
    # The last four digits of a telephone number are no year.
    (THU, "Call 555-2024 for details.", []),
    (THU, "The hotline, 1-800-555-2020, is open all day.", []),
    (THU, "Tips can be left at (212) 555.2019.", []),
    # A year after a year, a score or a sum is still read as before.
    (THU, "The talks of 2019-2020 failed.", ["2019/2020"]),
    (THU, "The plant closed in 2020.", ["2020"]),
])


WED = dt.date(2021, 10, 27)


# A yearless day with "last year", "this year" or "next year" right after it and no "of" ("struck
# on Sept. 10 last year") is that year's day, one statement (as "March 2 of last year" was).
test_a_day_with_its_year_after_it_is_one_statement = dated_test([
    (WED, "The driver was speeding on Main Street on Sept. 10 last year when he hit a cyclist.", ["2020-09-10"]),
    (WED, "The warehouse opened on March 3 last year.", ["2020-03-03"]),
    (WED, "The council voted on Dec. 2 last year to sell the land.", ["2020-12-02"]),
    (WED, "The new rules take effect on Feb. 1 next year.", ["2022-02-01"]),
])


def test_a_possessive_year_after_a_day_is_its_own_statement():
    assert dates("He was hired on March 3, last year's busiest day.", WED) == ["2021-03-03", "2020"]


MON = dt.date(2019, 6, 10)


test_a_year_said_just_before_its_day_is_the_days_year = dated_test([
    # "on Sept. 10 last year" is one statement; so is the year said first: "last year on
    # Sept. 10", "Last year, on March 3, ...".
    (MON, "The company filed for bankruptcy last year on Sept. 10.", ["2018-09-10"]),
    (MON, "Last year, on March 3, the plant closed.", ["2018-03-03"]),
    (MON, "But last year, on March 3, the plant closed.", ["2018-03-03"]),
    (MON, "The plant will reopen next year on Sept. 1.", ["2020-09-01"]),
    (MON, "The company filed for bankruptcy on Sept. 10 last year.", ["2018-09-10"]),
    # Not a year told apart from the day.
    (MON, "He moved to Paris last year. On Sept. 10 he was arrested.", ["2018", "2018-09-10"]),
    (MON, "Sales fell last year on weak demand and on March 3 the firm cut jobs.", ["2018", "2019-03-03"]),
    # With a comma between, only a "Last year" that opens the sentence: after a comparison or
    # inside an aside the year is another clause's, and the day goes by its own clause.
    (MON, "Unlike last year, on Aug. 20 the festival will open early.", ["2018", "2019-08-20"]),
    (MON, "As it did last year, on July 1 the city will open the pools.", ["2018", "2019-07-01"]),
    (MON, "The plan, approved last year, on July 1 takes effect.", ["2018", "2019-07-01"]),
])


# "in October that year", "in May of the same year": the month of the year just told, one statement.
test_a_month_that_year_is_in_the_year_just_told = dated_test([
    (dt.date(2017, 4, 10), "The museum opened in March 2012, and its founder retired in October that year.",
     ["2012-03", "2012-10"]),
    (dt.date(2021, 6, 1), "The firm was sold in 2010. Its founder had died in November of the same year.",
     ["2010", "2010-11"]),
])


JAN14 = dt.date(2024, 1, 14)


# "in December of the previous year", "in March of the following year": the year only places the
# month, one statement. It counts from the year the text is telling of, or from the publication's
# when none is told; not from the month itself.
test_a_month_of_the_previous_year_is_one_statement = dated_test([
    ("In December of the previous year, he claimed that a deal had been reached.", ["2023-12"]),
    ("The plant opened in 2015. In December of the previous year, workers went on strike.", ["2015", "2014-12"]),
    ("The mine opened in March 2015. In early December of the previous year, the permit was granted.",
     ["2015-03", "2014-12"]),
    ("He was elected in 2010. In March of the following year, he resigned.", ["2010", "2011-03"]),
    ("The law took effect in 2019 and was amended in December the following year.", ["2019", "2020-12"]),
    ("By December of the previous year, the firm had cut 300 jobs.", ["2023-12"]),
    # ... as "of last year", "of that year" were
    ("In December of last year, he claimed that a deal had been reached.", ["2023-12"]),
    ("He was elected in 2010. In May of that year, he married.", ["2010", "2010-05"]),
], published=JAN14)


# ... and so is a month's day: "on June 2 the following year", "on December 28 of that year" place the day in
# the year just told (counted from it), one statement; not the day the clause's past finds near the paper.
test_a_day_of_that_year_or_the_following_year_is_one_statement = dated_test([
    ("The levee failed in 2005. Repairs began on December 28 that year.", ["2005", "2005-12-28"]),
    ("The levee failed in 2005. Repairs began on December 28 of that year.", ["2005", "2005-12-28"]),
    ("The levee failed in 2005. Repairs began on 28 December of the same year.", ["2005", "2005-12-28"]),
    ("She was appointed in 2010 and stepped down on June 2 the following year.", ["2010", "2011-06-02"]),
    ("She was appointed in 2010. She stepped down on June 2 of the following year.", ["2010", "2011-06-02"]),
    ("The bridge opened in 2016. Its design had been approved on 3 May the previous year.", ["2016", "2015-05-03"]),
    ("The pact was signed in March 2019, and the first shipment left on April 14 that year.",
     ["2019-03", "2019-04-14"]),
    ("The dam burst in 2013. Aid came in March that same year and the last road reopened on 4 June that same year.",
     ["2013", "2013-03", "2013-06-04"]),
    # ... however many sentences of that year's story lie between
    ("The dam burst in 2013. " + "Rivers rose and villages were cut off for weeks on end. " * 12 +
     "The last road reopened on 4 June that year.", ["2013", "2013-06-04"]),
    # with no year told before it, the following year is the paper's next one, as for a month
    ("The plant will open on March 3 the following year.", ["2025-03-03"]),
    # "of this year", "of last year" stay as they were: the year named
    ("The plant opened on March 3 of last year.", ["2023-03-03"]),
], published=JAN14)


JUNE = dt.date(2018, 6, 6)


test_year_then_month_is_that_years_month = dated_test([
    # A month written right after a bare year is that year's month: one statement.
    (JUNE, "Forecasters expect to beat the 2011 June record of 33.1C.", ["2011-06"]),
    # A year and a month apart stay two.
    (JUNE, "Sales rose in 2011, and in June the plant closed.", ["2011", "2018-06"]),
])


MAY12 = dt.date(2019, 5, 12)


# A sentence that opens with a past year ("In 2015, ...", "Earlier in 2018, ...") frames the bare
# month after it: "In 2015, the firm moved to Ohio in March" is March 2015.
test_a_fronted_year_frames_a_bare_month = dated_test([
    ("In 2015, the company moved its headquarters to Ohio in March.", ["2015", "2015-03"]),
    ("Earlier in 2016, the mayor lost the May primary to a newcomer.", ["2016", "2016-05"]),
    ("Back in 2012, the band toured Japan in May.", ["2012", "2012-05"]),
], published=MAY12)


def test_a_year_inside_the_sentence_does_not_frame_a_later_month():
    assert dates("The firm was founded in 2015 and it hired a chief in March.", MAY12) == ["2015", "2019-03"]


APR10 = dt.date(2015, 4, 10)


# A day in a "when" clause right after a year is of that year: "far below the low of 2014, when it
# stood at 30% of capacity on April 1" is April 1, 2014 (after two years, neither is the current one).
test_a_day_in_a_when_clause_after_a_year_is_of_that_year = dated_test([
    ("The lake is far below the low of 2014, when it stood at 30% of capacity on April 1.", ["2014", "2014-04-01"]),
    ("The river is higher than in 2011, when it flooded on March 3.", ["2011", "2011-03-03"]),
], published=APR10)


def test_a_day_in_a_when_clause_after_two_years_is_neither_the_current_one():
    assert dates("The lake is far below the lows of 1977 and 2014, when it stood at 30% of capacity on April 1.",
                 APR10) == ["1977", "2014"]


JUNE_2024_06_12 = dt.date(2024, 6, 12)  # a Wednesday


# A fronted past year does not take a bare month that a verb about the time ahead governs:
# "In 2010, she joined the bank; she will retire in March" is the coming March.
test_a_fronted_year_leaves_a_month_ahead = dated_test([
    ("In 2010, she joined the bank; she will retire in March.", ["2010", "2025-03"]),
    ("In 2015, the company was founded, and it will open a new store in March.", ["2015", "2025-03"]),
    ("In 2012, the firm was sold, but it is set to list its shares in March.", ["2012", "2025-03"]),
], published=JUNE_2024_06_12)


# ... nor one a present perfect holds up to now: before the month, or after a "since March".
test_a_fronted_year_leaves_a_month_of_a_present_perfect = dated_test([
    ("In 2015, the firm opened a plant that has been closed since March.", ["2015", "2024-03/2024-06"]),
    ("In 2015, the team won the title; it has lost every game since March.", ["2015", "2024-03/2024-06"]),
    ("In 2015, sales fell 4%, and since March they have risen again.", ["2015", "2024-03/2024-06"]),
    # a present "has" that is no perfect keeps the fronted year
    ("In 2015, the firm, which has 200 workers, moved to Ohio in March.", ["2015", "2015-03"]),
    # ... nor a perfect in an aside of its own
    ("In 2015, the firm, which has since been sold, moved to Ohio in March.", ["2015", "2015-03"]),
    ("In 2015, the firm opened a plant, and in March it closed.", ["2015", "2015-03"]),
], published=JUNE_2024_06_12)


test_a_fronted_year_still_frames_its_month = dated_test([
    ("In 2015, the firm moved to Ohio in March.", ["2015", "2015-03"]),
    ("In 2015, she said she will run in the May election.", ["2015", "2015-05"]),
], published=JUNE_2024_06_12)


# ... and the yearless day after it, as it does the bare month: "In 2019, the board voted on March 5"
# is March 5, 2019, not the last March 5 before the paper; a day ahead of a verb about the time to
# come, or after a year that only names something ("formed in 2019"), stays where it was.
test_a_fronted_year_frames_a_yearless_day = dated_test([
    ("In 2019, the board voted on March 5 to close the plant.", ["2019", "2019-03-05"]),
    ("Back in 2016, the river crested on April 3 after a week of rain.", ["2016", "2016-04-03"]),
    ("In 2012, she married on 14 February in Rome.", ["2012", "2012-02-14"]),
    ("In 2010, she joined the bank; she will retire on March 1.", ["2010", "2025-03-01"]),
    ("The board, formed in 2019, voted on March 5 to close the plant.", ["2019", "2024-03-05"]),
    ("In 2019, the board voted on March 5, 2020, to close the plant.", ["2019", "2020-03-05"]),
], published=JUNE_2024_06_12)


test_near_variants_of_a_fronted_or_when_year = dated_test([
    # near variants of the fresh15 rules: "During 2015, ..." fronts its year as "In 2015, ..." does;
    # a sum in the "when" clause after a year counts as a percentage does.
    ("During 2015, the firm moved to Ohio in March.", ["2015", "2015-03"]),
    ("The price was above the peak of 2014, when it closed at $20 on April 1.", ["2014", "2014-04-01"]),
    ("The death toll is the worst since 2014, when 20 people died on April 1.", ["2014/2024", "2014-04-01"]),
], published=JUNE_2024_06_12)


APR6 = dt.date(2023, 4, 6)


# "the past year" / "the past month" told with a present perfect ("There have been several attacks
# in the past year", "Prices have doubled over the past month") is the twelve months (thirty days)
# up to the paper's day, no calendar year or month; without a perfect it stays the year (month)
# before ("The deal would settle an inquiry opened in the past year", TimeBank's convention).
@pytest.mark.parametrize("text", [
    "There have been several similar attacks on army posts in the north in the past year.",
    "In the past year alone, five ministers have resigned.",
    "The port has handled more cargo in the past year than ever before.",
    "We've seen prices climb in the past year.",
    "Rents have not fallen once in the past year, the survey found.",
    "The club has also won three cups in the past year.",
])
def test_a_perfect_with_the_past_year_is_a_trailing_period(text):
    assert dates(text, APR6) == []


test_last_year_and_the_past_year_without_a_perfect_stay_dated = dated_test([
    ("Sales fell last year.", ["2022"]),
    ("Sales have fallen since last year.", ["2022/2023"]),
    ("Unemployment rose last month.", ["2023-03"]),
    ("In the past year alone, five ministers resigned.", ["2022"]),
    ("Several ministers have resigned this year.", ["2023"]),
    ("The firm has said it lost money last year.", ["2022"]),
], published=APR6)


WED_2024_03_13 = dt.date(2024, 3, 13)


test_halves_and_quarters_named_otherwise_are_no_years = dated_test([
    # A half or a quarter named by its place with other words than "first" ...
    # "final" is still a part of the year, never the bare year.
    (WED_2024_03_13, "Sales rose in the last half of 2023.", ["2023-07/2023-12"]),
    (WED_2024_03_13, "Sales rose in the latter half of 2023.", ["2023-07/2023-12"]),
    (WED_2024_03_13, "Demand should pick up in the back half of 2024.", ["2024-07/2024-12"]),
    (WED_2024_03_13, "Most of the gains came in the front half of 2023.", ["2023-01/2023-06"]),
    (WED_2024_03_13, "Profit fell in the last quarter of 2023.", ["2023-10/2023-12"]),
    (WED_2024_03_13, "Orders slowed in the last quarter of last year.", ["2023-10/2023-12"]),
    (WED_2024_03_13, "The plant will reopen in the latter half of the year.", ["2024-07/2024-12"]),
    # "last quarter" alone is the quarter just past: no year said, no statement, as before.
    (WED_2024_03_13, "Profit rose 5% last quarter.", []),
    # The year itself is still a year.
    (WED_2024_03_13, "Sales rose in 2023, the last year of the plan.", ["2023"]),
])


test_street_addresses_are_no_years = dated_test([
    # A house number or a block of a street is no year.
    (WED_2024_03_13, "Police responded to the 1900 block of Elm Street.", []),
    (WED_2024_03_13, "The fire started at a home at 2015 N. Oak Ave. on Tuesday.", ["2024-03-12"]),
    (WED_2024_03_13, "He lives at 1912 Main Street.", []),
    (WED_2024_03_13, "The office moved to 2001 Pennsylvania Avenue in May.", ["2023-05"]),
    # ... a year before a street's name said otherwise is still a year.
    (WED_2024_03_13, "The store on Main Street opened in 2015.", ["2015"]),
    (WED_2024_03_13, "In 2015, Main Street was rebuilt.", ["2015"]),
])


SAT = dt.date(2016, 9, 3)


test_a_clock_time_before_a_time_zone_is_no_year = dated_test([
    # Four digits before a time zone are a 24-hour clock, not a year.
    (SAT, "As of 3 p.m. EDT (1900 GMT, the hurricane was 40 miles offshore.", []),
    (SAT, "As of 2 p.m. local time (1800 GMT), the hurricane was 40 miles offshore.", []),
    (SAT, "The quake struck at 0320 GMT on Saturday.", ["2016-09-03"]),
    (SAT, "The rocket lifted off at 1430 UTC.", []),
    # A year before a word that only looks like a zone stays a year.
    (SAT, "The dam was finished in 1958 and enlarged in 1974.", ["1958", "1974"]),
    (SAT, "The station has broadcast GMT since 1950.", ["1950/2016"]),
])


TUE = dt.date(2020, 7, 21)


test_a_house_number_before_a_compass_point_and_a_street_is_no_year = dated_test([
    # A house number before a compass point and a street's name is an address
    # wherever it stands: after a comma, after the name of a building.
    (TUE, "The shooting happened Nov. 14 inside an apartment at Pine Court, 1940 S. Chelton Road.",
     ["2019-11-14"]),
    (TUE, "Firefighters were called to the Elm Apartments, 1812 N. Main Street, police said.", []),
    (TUE, "The clinic moved to the Harbor Building, 2015 W. Ocean Boulevard, in May.", ["2020-05"]),
    # A year before an abbreviated country or a name is still a year.
    (TUE, "In 1950 S. Korea was invaded.", ["1950"]),
    (TUE, "The company, founded in 1998, moved to Main Street in 2005.", ["1998", "2005"]),
])


NOV15 = dt.date(2015, 11, 19)


test_the_first_months_of_a_year_are_no_year = dated_test([
    # "the first nine months of 2015" is a part of the year, as a quarter or a half.
    (NOV15, "The company lost $131 million in the first nine months of 2015.", []),
    (NOV15, "Sales rose 4% in the first 10 months of 2015, the group said.", []),
    (NOV15, "Over the past six months of 2015, prices fell.", []),
    # The year alone, or a count of months after it, stays.
    (NOV15, "The company lost $131 million in 2015.", ["2015"]),
    (NOV15, "In 2014, nine months of talks ended without a deal.", ["2014"]),
])


MAR17 = dt.date(2017, 3, 30)


test_a_day_of_this_year_is_one_statement = dated_test([
    # "Sept. 11 of this year": the year says which Sept. 11; it is no statement of its own.
    (MAR17, "The plant will close in phases, starting May 20 and ending Sept. 11 of this year.",
     ["2017-05-20", "2017-09-11"]),
    (MAR17, "The plant will close on Sept. 11 of next year.", ["2018-09-11"]),
    (MAR17, "The plant closed on Sept. 11 of last year.", ["2016-09-11"]),
    (MAR17, "The plant closed on March 2 of last year.", ["2016-03-02"]),
    # A year after another clause stays its own statement.
    (MAR17, "The plant closed on Sept. 11, and sales fell last year.", ["2016-09-11", "2016"]),
])


test_a_bill_number_is_no_year = dated_test([
    # A bill's or a measure's number is no year.
    (THU, "The bill, H.R. 2021, passed the House.", []),
    (THU, "Senate Bill 1998 would raise the gas tax.", []),
    (THU, "Lawmakers passed HB 2019 on a party-line vote.", []),
    (THU, "Assembly Bill 2015 was signed in 2019.", ["2019"]),
    (THU, "The 1998 bill was repealed.", ["1998"]),
    (THU, "Bill Clinton was impeached in 1998.", ["1998"]),
])


test_a_union_locals_number_is_no_year = dated_test([
    # A union local's number is its name, as a route's or a flight's is: no year.
    (THU, "Most of the plant's workers belong to United Auto Workers Local 2069.", []),
    (THU, "Teamsters Local 1999 voted to strike.", []),
    (THU, "Members of Local 2019 walked out at the plant.", []),
    (THU, "UAW Local 1112 President Ann Lee said the plant closed in 2019.", ["2019"]),
    # ... local elections and a local year stay the year.
    (THU, "The 2019 local elections were close.", ["2019"]),
    (THU, "In the local 2019 vote, turnout fell.", ["2019"]),
    (THU, "Local 2019 elections drew a record turnout.", ["2019"]),
    (THU, "The Local Government Act 1972 was amended.", ["1972"]),
])


test_a_sentence_opening_local_before_a_noun_is_the_adjective = dated_test([
    # "Local" opening a sentence, its year followed by a noun, is the adjective: the year is dated.
    (THU, "Local 2024 property taxes rose sharply.", ["2024"]),
    (THU, "Local 2023 rents fell 4 percent, the agency said.", ["2023"]),
    (THU, "\"Local 2022 home sales slumped,\" the broker said.", ["2022"]),
    (THU, "Local 2021 school budgets were cut by a tenth.", ["2021"]),
    # ... a union local that opens its sentence has a verb, its officers or members, a comma, a
    # possessive or another name after its number: no year.
    (THU, "Local 2069 voted to strike.", []),
    (THU, "Local 2069 members walked off the job.", []),
    (THU, "Local 2069 represents 3,000 nurses.", []),
    (THU, "Local 2069 plans to picket the plant.", []),
    (THU, "Local 2069 President Ann Lee criticised the offer.", []),
    (THU, "Local 2069, which represents nurses, rejected the offer.", []),
    (THU, "Local 2069's leaders rejected the offer.", []),
    (THU, "Local 2069 and Local 2070 merged.", []),
    (THU, "Local 2069 has 3,000 members.", []),
    # ... or the trade or the staff it is made of: a local's members, not that year's ones.
    (THU, "Local 2022 carpenters ratified a new contract.", []),
    (THU, "Local 1999 retirees will picket the plant.", []),
    (THU, "Local 2001 teachers overwhelmingly approved the deal.", []),
    (THU, "Local 2024 bus drivers rallied outside city hall.", []),
    (THU, "Local 2023 graduates found jobs faster, the survey said.", ["2023"]),
    # ... and "Local" inside a sentence stays a union's name.
    (THU, "Nurses of Local 2019 rejected the offer.", []),
    (THU, "The vote by Teamsters Local 2022 members was close.", []),
])


APR = dt.date(2023, 4, 20)


test_over_the_past_year_is_a_stretch_of_time = dated_test([
    # "over the past year" is the twelve months up to now, not a calendar year.
    (APR, "The shares have almost doubled over the past year.", []),
    (APR, "Aid amounted to about $70 billion over the previous year.", []),
    (APR, "The club added depth over the last year.", []),
    # Elsewhere "the past year" and "last year" stay the year.
    (APR, "Hate crimes rose sharply in the past year.", ["2022"]),
    (APR, "Sales fell last year.", ["2022"]),
    (APR, "He won the title last year.", ["2022"]),
])


test_a_year_before_a_name_like_a_street_is_a_year = dated_test([
    # A year before an institution or a place named like a street is a year: a house number
    # follows a preposition of place ("at 1912 Main Street", "to 1912 Main Street").
    (THU, "The 2015 Supreme Court ruling legalized same-sex marriage nationwide.", ["2015"]),
    (THU, "In 2022 Supreme Court Justice Stephen Breyer retired.", ["2022"]),
    (THU, "A 2019 High Court decision struck down the law.", ["2019"]),
    (THU, "The 2008 Wall Street crash wiped out savings.", ["2008"]),
    (THU, "By 2030 Wall Street expects rates to fall.", ["2030"]),
    (THU, "The 2023 Arctic Circle Assembly met in Reykjavik.", ["2023"]),
    (THU, "In 2018 Oxford Street lost 20 shops.", ["2018"]),
    # ... an address is none.
    (THU, "Police were called to 1912 Main Street.", []),
    (THU, "He lives at 2015 N. Oak Ave.", []),
    (THU, "Jane Doe, of 1912 Elm Street, was charged.", []),
    (THU, "A fire broke out in the 1900 block of Elm Street on Tuesday.", ["2024-03-12"]),
])


TUE_2022_09_13 = dt.date(2022, 9, 13)


test_a_year_phrase_that_places_a_month_is_that_month = dated_test([
    # A year phrase right before "in <month>" only says which month: that year's month, one statement.
    (TUE_2022_09_13, "The plant was sold earlier this year in April.", ["2022-04"]),
    (TUE_2022_09_13, "The mill closed last year in June.", ["2021-06"]),
    (TUE_2022_09_13, "The line will open next year in March.", ["2023-03"]),
    (TUE_2022_09_13, "The firm was founded in 2015 in May.", ["2015-05"]),
    (TUE_2022_09_13, "The plant was sold this year, in April.", ["2022-04"]),
    (TUE_2022_09_13, "Last year in June, the mill closed.", ["2021-06"]),
    # ... as after the month ("in April this year"), already one.
    (TUE_2022_09_13, "The plant was sold in April this year.", ["2022-04"]),
    # ... not a month of its own clause, nor one a clause goes on after, past a comma.
    (TUE_2022_09_13, "The firm cut jobs earlier this year and in April it hired.", ["2022", "2022-04"]),
    (TUE_2022_09_13, "The firm has cut jobs this year, and in April it hired 200.", ["2022", "2022-04"]),
    (TUE_2022_09_13, "The rule, approved last year, in January takes effect.", ["2021", "2023-01"]),
])


test_a_plans_name_with_its_target_year_is_no_year = dated_test([
    # A plan named with its target year ("Vision 2030", "the Roadmap 2030", "Horizon 2020") is a name.
    (THU, "The two leaders will review the \u201dRoadmap 2030\u201d and set new goals.", []),
    (THU, "The kingdom's Vision 2030 aims to diversify the economy.", []),
    (THU, "The study, funded by Horizon 2020, was published in 2019.", ["2019"]),
    # ... a year in prose beside such words stays.
    (THU, "The agenda for 2030 was set in Paris.", ["2030"]),
    (THU, "Strategy 2024: how the party plans to win", ["2024"]),
    (THU, "His vision for 2030 is a greener city.", ["2030"]),
])
