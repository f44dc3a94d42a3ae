"""Kinds of false date found in weather, disaster, health and science news (fp34's precision sample), each
fixed in general form; written sentences, one general case per row.

- A month naming a kind of day or a record kept for every such month is no month told: right after "a"/"an", a
  month's bank or public holiday ("an August bank holiday high", "the record for a May bank holiday"); after a
  record's holder gone by ("previous", "old", "all-time", a superlative after it), the month's record, high, low
  or temperatures ("the previous best late August bank holiday temperatures", "the old June record").
- A holiday's weekday after "a"/"an"/"every" ("the record for an August Bank Holiday Monday", "every bank holiday
  Monday") is any such day, as "a Monday" is; a copula's "It was a bank holiday Monday" keeps the day told.
- A weekday that is a forecast's yardstick ("will be very similar to Sunday", "lower than on Saturday") is the
  day measured, the one just gone by when it is nearer back than ahead, not the coming one; a deadline's or a
  choice's "than" ("no later than Friday", "rather than Friday") and a day a "when" clause tells stay ahead.
- Two parts of one weekday joined by "and"/"or" ("late Wednesday morning or Wednesday evening", "on Thursday and
  Thursday night") are the same day, not the second a week after the first.
- A link to a picture gallery on a line of its own ("Floods: March 2021 - In pictures") is a page's link, its
  date that page's.
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2023, 8, 29)  # the day after England's August bank holiday (Monday 28 August 2023)
MON = dt.date(2023, 8, 28)


test_a_month_naming_a_kind_of_holiday_or_a_record = dated_test([
    ("Sunday brought an August bank holiday high of 31C at Gatwick.", ["2023-08-27"]),
    ("The previous best late August bank holiday temperatures were set in 2001.", ["2001"]),
    ("The old June record of 32C was broken in 2017.", ["2017"]),
    ("The previous highest September temperatures were recorded in 1906.", ["1906"]),
    ("The all-time July record still stands.", []),
    # the month told stays
    ("It was an August bank holiday to forget for the resort.", ["2023-08"]),
    ("Trains did not run over the August bank holiday.", ["2023-08"]),
    ("Crowds came for a sunny August bank holiday.", ["2023-08"]),
    ("Last August's record was broken on Sunday.", ["2022-08", "2023-08-27"]),
    ("The airport handled a record 2 million passengers in August.", ["2023-08"]),
], TUE)


test_a_holiday_weekday_after_a_or_every = dated_test([
    ("The record for an August Bank Holiday Monday is 27C.", []),
    ("Shops open every bank holiday Monday.", []),
    ("The museum is closed on a public holiday Friday.", []),
    # the day told stays
    ("It was a bank holiday Monday to remember.", ["2023-08-28"]),
    ("Trains were cancelled on bank holiday Monday.", ["2023-08-28"]),
], TUE)


test_a_forecast_yardstick_day_gone_by = dated_test([
    ("Forecasters said highs will be similar to Sunday.", ["2023-08-27"]),
    ("Temperatures on Tuesday will be lower than on Saturday.", ["2023-08-29", "2023-08-26"]),
    ("Rainfall is expected to be heavier than Sunday's.", ["2023-08-27"]),
    ("Turnout is likely to be the same as Saturday.", ["2023-08-26"]),
    # a day nearer ahead, a deadline, a choice, a day a "when" clause tells, a plain future: ahead
    ("Tuesday will be warmer than Wednesday.", ["2023-08-29", "2023-08-30"]),
    ("Bids must arrive no later than Friday.", ["2023-09-01"]),
    ("The vote will be held on Thursday rather than Friday.", ["2023-08-31", "2023-09-01"]),
    ("Traffic will be busier than Saturday, when the festival opens.", ["2023-09-02"]),
    ("The final will be played on Sunday.", ["2023-09-03"]),
], MON)


test_a_gallery_link_is_no_happening = dated_test([
    ("Storms batter the coast\nFloods: March 2021 - In pictures\nThe river burst its banks on Sunday.",
     ["2023-08-27"]),
    ("Wildfire season, July 2022 – in photos", []),
    # a sentence or a gallery's headline that tells its own happening stays
    ("The floods of March 2021 in pictures.", ["2021-03"]),
    ("In pictures: Floods hit the north in March 2021", ["2021-03"]),
], MON)


test_two_parts_of_one_weekday = dated_test([
    ("Sleet will mix in late Wednesday morning or Wednesday evening.", ["2023-08-30"]),
    ("The festival runs on Friday and Friday night.", ["2023-09-01"]),
    ("Storms are possible Thursday afternoon and Thursday night.", ["2023-08-31"]),
    # two different days, or one day told twice with no part, keep their reading
    ("Storms are possible Thursday and Friday night.", ["2023-08-31", "2023-09-01"]),
    ("The store opened late Saturday morning and closed Sunday evening.", ["2023-08-26", "2023-08-27"]),
], MON)


# A weather measure that "hit" a level (present and past spelt alike) is a reading reported, not a forecast's
# verbless line: the day gone by; a modal or "will" keeps it ahead.
test_a_weather_reading_that_hit_a_level = dated_test([
    ("Temperatures hit a high of 33C on Sunday.", ["2023-08-27"]),
    ("The mercury hit a high of 31C on Saturday at Heathrow.", ["2023-08-26"]),
    ("Temperatures could hit a high of 33C on Sunday.", ["2023-09-03"]),
    ("Highs in the 70s Sunday.", ["2023-09-03"]),
], TUE)


# rv44's review of the rules above: their near neighbours keep their reading.
test_the_weather_rules_leave_their_neighbours = dated_test([
    # this year's holiday, told in any other way than by its record, keeps its month
    (dt.date(2023, 8, 24), "Forecasters expect an August bank holiday heatwave.", ["2023-08"]),
    (dt.date(2023, 8, 24), "Millions are set to enjoy an August bank holiday of sunshine.", ["2023-08"]),
    (dt.date(2024, 1, 10), "Retail sales hit an all-time December high.", ["2023-12"]),
    # a record for "a" month's day or holiday is any such one's
    (TUE, "Wimbledon's record for a June day is 35.7C.", []),
    # a holiday's weekday is any such day only after a preposition's "a" ("after a bank holiday Monday")
    (TUE, "A bank holiday Monday washout sent families home early.", ["2023-08-28"]),
    (TUE, "Families enjoyed a bank holiday Monday at the beach.", ["2023-08-28"]),
    (TUE, "Bins are collected a day late after a bank holiday Monday.", []),
    (TUE, "Tips are shut on an Easter Monday.", []),
    # a yardstick counted from another day told: the such day nearest it, up to three days before
    (MON, "On Saturday, highs will be lower than Friday.", ["2023-09-02", "2023-09-01"]),
    (MON, "Looking ahead, Sunday will be warmer than Saturday.", ["2023-09-03", "2023-09-02"]),
    (MON, "Wednesday will be wetter than Thursday.", ["2023-08-30", "2023-08-31"]),
    (MON, "Tuesday will be very similar to Sunday, with sunny spells.", ["2023-08-29", "2023-08-27"]),
    # a reading that "hit" a level leaves a forecast's other day ahead
    (MON, "Temperatures hit 33C on Sunday, with storms possible Wednesday.", ["2023-08-27", "2023-08-30"]),
    # "SUN" in capitals is the weather's, not a paper's, unless "THE" names it
    (dt.date(2024, 5, 15), "Weather: SUN ON SUNDAY BROUGHT CROWDS TO THE BEACH", ["2024-05-12"]),
])
