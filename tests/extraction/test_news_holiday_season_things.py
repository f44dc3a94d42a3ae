"""A holiday's name that is no day: a thing of Christmas's season ("the Christmas parade", "Christmas
shopping", "the Hollywood Christmas Parade"), and a holiday as an idea ("the story of Christmas",
"the true meaning of Easter"). Christmas also names the weeks before it, when its parades, markets,
concerts and lights are held; a part of the day, a meal or a rite on it, or the day put on a date
("on Christmas morning", "last Christmas", "Christmas 2021") stays the day.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 25, fp8).
"""
import datetime as dt

from dated import dated_test

DEC = dt.date(2023, 12, 7)   # a Thursday, before Christmas
JAN = dt.date(2024, 1, 10)   # after it


test_a_thing_of_the_christmas_season_is_no_day = dated_test([
    (DEC, "The Christmas parade drew thousands to Main Street.", []),
    (DEC, "Crowds lined Main Street for the Christmas parade on Saturday.", ["2023-12-02"]),
    (DEC, "Christmas shopping is up 4%, retailers said.", []),
    (DEC, "Volunteers spent the weekend putting up the town's Christmas lights.", []),
    (DEC, "He produced the Hollywood Christmas Parade for four decades.", []),
    (DEC, "Vendors at the Christmas market reported brisk trade.", []),
    (JAN, "The choir's Christmas concert raised $4,000 for the shelter.", []),
    (DEC, "Organisers said the floats help spread Christmas cheer.", []),
    # ... but the day itself, a part of it, a meal on it, or a Christmas the text dates
    (DEC, "The shelter will serve Christmas dinner to 300 guests.", ["2023-12-25"]),
    (DEC, "The mall will be closed on Christmas morning.", ["2023-12-25"]),
    (DEC, "The bridge will reopen before Christmas.", ["2023-12-25"]),
    (JAN, "Last Christmas parade routes were changed, officials said.", ["2023-12-25"]),
    (DEC, "The Christmas Day swim raises money for the lifeboat crew.", ["2023-12-25"]),
    (DEC, "Christmas falls on a Monday this year.", ["2023-12-25", "2023"]),
])


test_a_holiday_as_an_idea_is_no_day = dated_test([
    (DEC, "Church floats tell the story of Christmas.", []),
    (DEC, "The pastor said the true meaning of Easter is often forgotten.", []),
    (DEC, "Museum guides explain the history of Halloween to visitors.", []),
    # ... but "the eve of" and a count from the holiday still date
    (JAN, "The eve of Christmas was quiet in the city centre.", ["2023-12-24"]),
    (JAN, "Two days before Christmas, the plant shut down.", ["2023-12-23"]),
])


test_a_holiday_measured_against_others_or_glossing_a_name_is_no_day = dated_test([
    # A possessive's holiday with a superlative between: a season measured against others ("its best
    # Christmas ever"), as "their Christmas destinations" is a kind of thing: no day.
    (JAN, "The bakery, which has just had its best Christmas ever, is hiring.", []),
    (JAN, "Staff said it was their busiest Christmas in a decade.", []),
    (JAN, "The shelter had its busiest Christmas on record.", []),
    # A holiday in brackets glossing a plant's name, a thing of the season after the bracket.
    (JAN, "A flame (Christmas) tree fell on the shed on Tuesday.", ["2024-01-09"]),
    (JAN, "A Norway spruce (Christmas) tree stood in the square.", []),
    # ... but a possessive's ordinal or a dated holiday stays the day
    (JAN, "The couple spent their first Christmas at home.", ["2023-12-25"]),
    # (a one-day holiday so measured is the day itself, and "-est" alone is no superlative)
    (dt.date(2024, 7, 8), "Police said the town had its quietest Fourth of July in years.", ["2024-07-04"]),
    (JAN, "Police said it was their busiest New Year's Eve in a decade.", ["2023-12-31"]),
    (JAN, "The union held its protest Christmas Eve outside the depot.", ["2023-12-24"]),
    (JAN, "The bakery shut on Christmas Day, its busiest week behind it.", ["2023-12-25"]),
    (JAN, "Sales were best at Christmas, the owner said.", ["2023-12-25"]),
])

test_a_thing_two_holidays_share_is_no_day = dated_test([
    # "the Christmas and New Year sales": the season's thing after the pair of names
    (JAN, "Trading was weak during the usually busy Christmas and New Year sales period.", []),
    (JAN, "Shoppers packed the Christmas and new year markets in the old town.", []),
    # ... but the two days themselves stay days
    (JAN, "The depot closed on Christmas and New Year's Day.", ["2023-12-25", "2024-01-01"]),
])
