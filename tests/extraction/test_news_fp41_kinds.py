"""False statements found by fp41's precision sample (session 46: local news, 2008-2024: councils, schools, road
works, utilities, libraries, snow emergencies, local elections, high-school sport). Rows written for the test, not
the pages' text.

- a plain weekday with no tense of its own (a headline's verbless "no school in Boston on Tuesday", "Friday means
  gameday"), read a week off the same weekday that the text gives with its date elsewhere ("There is no school on
  Tuesday, March 13"; "Date: Friday, Nov. 8"), told with no tense or in the present, the weekday read four to six
  days from the paper and its dated day one to three days on the other side: the day the writer dated, whichever
  comes first in the text; not a headline's game just played three days back ("Tigers rout Lions 42-7 on Friday" over
  the next game's "Friday, Nov. 15"), nor a weekday told in a tense of its own (a past "voted on Tuesday" beside a
  hearing "on Tuesday, March 20"), nor one beside a dated day told ahead (a scene "Crews clear snow on Tuesday" over
  "Another storm is expected Tuesday, March 20"), nor one whose own reading the text dates too, nor a date two
  weeks or more away.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2018, 3, 12)  # a Monday: Tuesday 6 gone by, Tuesday 13 ahead
THU = dt.date(2024, 11, 7)  # a Thursday: Friday 1 gone by, Friday 8 ahead
WED = dt.date(2018, 3, 14)  # a Wednesday: Tuesday 13 gone by, Tuesday 20 ahead

test_weekday_of_a_date_told_elsewhere = dated_test([
    (MON, "Storm shuts city; no classes in Springfield on Tuesday\n\nClasses are cancelled on Tuesday, March 13, "
          "the district said.", ["2018-03-13", "2018-03-13"]),
    (THU, "Friday means gameday for the Tigers.\n\nKickoff: Friday, Nov. 8, 7 p.m.", ["2024-11-08", "2024-11-08"]),
    (THU, "Kickoff: Friday, Nov. 8, 7 p.m.\n\nFriday means gameday for the Tigers.", ["2024-11-08", "2024-11-08"]),
    (MON, "No trash pickup on Tuesday\n\nThere is no collection on Tuesday, March 13, or Wednesday, March 14.",
     ["2018-03-13", "2018-03-13", "2018-03-14"]),
    # near neighbours: a tense of its own, the text dating the reading too, a date two weeks off
    (WED, "The council voted on Tuesday to hold a hearing on Tuesday, March 20.", ["2018-03-13", "2018-03-20"]),
    (WED, "Crews clear snow in Boston on Tuesday.\n\nAnother storm is expected Tuesday, March 20.",
     ["2018-03-13", "2018-03-20"]),
    (THU, "Friday means gameday for the Tigers.\n\nThe teams last met on Friday, Nov. 1, and Friday, Nov. 8, is the "
          "rematch.", ["2024-11-01", "2024-11-01", "2024-11-08"]),
    (THU, "Friday means gameday for the Tigers.\n\nThe teams last met on Friday, Oct. 25.",
     ["2024-11-01", "2024-10-25"]),
    (dt.date(2024, 11, 11), "Tigers rout Lions 42-7 on Friday\n\nThe Tigers host the Bears on Friday, Nov. 15.",
     ["2024-11-08", "2024-11-15"]),
])

AUG = dt.date(2017, 8, 18)  # an August paper: September ahead, last September eleven months back

# - a month in a plan's infinitive after a past verb that makes, weighs or makes known the plan ("approved a plan to
#   reopen schools in September", "announced plans to cut 500 jobs in October"): the plan's month, as after a past
#   verb of asking or deciding ("voted to reopen schools in September"), not the announcing's; which side of the
#   paper the text does not say (the nearest such month); not after a verb that carries out or gives up the plan
#   ("carried out its plan to", "lost its bid to"), nor after another phrase of place or time ("in a vote in
#   September"), nor in a sentence told on in the past after the month; not a month of the announcing itself,
#   before the plan ("announced plans in September to ..."), nor
#   a relative's past after the plan ("a plan for the schools, which closed in September"), nor a weekday at the
#   end, most often the approving's ("approved plans to build a stadium on Thursday").
test_month_of_a_plans_infinitive = dated_test([
    ("The board approved a plan to reopen schools in September.", ["2017-09"]),
    ("The board announced plans to reopen schools in September.", ["2017-09"]),
    ("The company unveiled a proposal to cut 500 jobs in October.", ["2017-10"]),
    ("Ministers backed the government's new plan to hold the vote in September.", ["2017-09"]),
    ("The council approved a bid to host the games in October 2019.", ["2019-10"]),
    # near neighbours
    ("The board voted to reopen schools in September.", ["2017-09"]),
    ("The board approved the plan in September.", ["2016-09"]),
    ("The company announced plans in September to cut jobs.", ["2016-09"]),
    ("The board approved a plan for the schools, which closed in September.", ["2016-09"]),
    ("The council approved plans to build a stadium on Thursday.", ["2017-08-17"]),
    ("The board approved a plan to reopen schools in a vote in September.", ["2016-09"]),
    ("The company announced plans to cut 500 jobs in September, and the cuts were completed in December.",
     ["2016-09", "2016-12"]),
    ("The board carried out its plan to reopen schools in September.", ["2016-09"]),
    ("The team lost its bid to reach the final in September.", ["2016-09"]),
    ("The firm dropped its bid to buy the rival in September.", ["2016-09"]),
], AUG)

FRI = dt.date(2017, 8, 18)  # a Friday

# - a weekday written in lower case after "this", "next", "last" or a preposition of time ("will be available this
#   wednesday", "closed on sunday"), as in a local page typed in haste: the weekday; not a lower-case weekday
#   with no such word before it (a drink's, a roast's, a show's name), nor one before a noun of its own ("after sunday
#   school", "on saturday night live").
test_lower_case_weekday_after_its_modifier = dated_test([
    ("A list of schools will be available this wednesday on the district website.", ["2017-08-23"]),
    ("The list will be posted on wednesday.", ["2017-08-23"]),
    ("Results come out next monday.", ["2017-08-21"]),
    ("The store closed last sunday.", ["2017-08-13"]),
    ("The road stays shut until tuesday, officials said.", ["2017-08-22"]),
    # near neighbours: no modifier nor preposition before the lower-case weekday
    ("She ordered a ruby tuesday cocktail.", []),
    ("The pub serves a sunday roast every week.", []),
    ("He is a friday night lights fan.", []),
    ("She appeared on saturday night live in 2015.", ["2015"]),
    ("The children play outside after sunday school.", []),
], FRI)

MAY = dt.date(2022, 5, 4)

# - a weekday of a month by its order after "every year on", "each year on", "annually on" ("is held every year on
#   the second Saturday in October"): each year's day, a custom, no day (as "every year on October 8" and "on the
#   second Saturday in October every year" already are); not the same day without the custom's words.
test_nth_weekday_of_a_month_each_year = dated_test([
    ("The fair is held every year on the second Saturday in October.", []),
    ("The vote is held annually on the first Tuesday of May.", []),
    ("Each year on the last Monday of May, the town holds a parade.", []),
    # near neighbours
    ("The fair is held on the second Saturday in October every year.", []),
    ("The fair will be held on the second Saturday in October.", ["2022-10-08"]),
    ("The vote is set for the first Tuesday of June.", ["2022-06-07"]),
], MAY)

WIRE_FRI = dt.date(2013, 11, 8)  # a Friday

# (fp44, the lead's sample of wire copy on diplomacy and business)
# - a headline's plan with its source after a colon at its end ("Nuclear talks to resume Saturday: U.S.", "Truce to
#   take effect Monday: U.N. envoy"): the plan, ahead, as without the source (the source's dotted initials end no
#   sentence); a headline told in the past keeps its day gone by.
test_headline_plan_with_its_source_after_a_colon = dated_test([
    ("Nuclear talks to resume Saturday: U.S.", ["2013-11-09"]),
    ("Truce to take effect Monday: U.N. envoy", ["2013-11-11"]),
    ("Strike to go ahead Tuesday: Union leaders", ["2013-11-12"]),
    ("Nuclear talks to resume Saturday", ["2013-11-09"]),
    # near neighbours
    ("Nuclear talks resumed Saturday: U.S.", ["2013-11-02"]),
    ("The envoys met on Saturday in the U.S.", ["2013-11-02"]),
], WIRE_FRI)

# - a page's stamp line of its date, clock time and age between slashes ("November 8, 2013 / 11:34 PM / 4 years ago"):
#   page furniture, no day nor year (as between bars: "Oct. 21, 2024 | 1 year ago").
test_stamp_line_with_its_age_between_slashes = dated_test([
    ("Talks to resume\nNovember 8, 2013 / 11:34 PM / 4 years ago\n\nTalks will resume on Saturday.", ["2013-11-09"]),
    ("Talks to resume\nNov 8, 2013 / 9:02 AM / 2 hours ago\n\nTalks will resume on Saturday.", ["2013-11-09"]),
    # near neighbours: an age in prose, a date in prose with a slash
    ("The plant closed 4 years ago, officials said on Friday.", ["2009", "2013-11-08"]),
], WIRE_FRI)

SEP_THU = dt.date(2024, 9, 12)  # a Thursday

# (fp43's kind left) a calendar's present placing a happening on a weekday ("The holiday falls on Wednesday", "Chuseok
# lands on Tuesday"): the coming such day, as a schedule's; "fell on" gone by.
test_falls_on_a_weekday = dated_test([
    ("The holiday falls on Wednesday.", ["2024-09-18"]),
    ("The deadline falls on Friday.", ["2024-09-13"]),
    ("This year the festival lands on Saturday.", ["2024", "2024-09-14"]),
    # near neighbours
    ("The holiday fell on Wednesday.", ["2024-09-11"]),
    ("Rain fell on Wednesday across the region.", ["2024-09-11"]),
], SEP_THU)

MAR_THU = dt.date(2024, 3, 14)  # a Thursday

# (fp40's kind left) a "with" clause's expectation after a past main clause ("with a decision expected in June",
# "with results due in June", "with a vote scheduled for Friday"): its time ahead; not "was expected in June", "as
# expected on Monday", an aside's "The shipment, expected on Monday, arrived on Tuesday", a bare participle ("The snow
# expected Monday is still on the ground"), nor a "with" clause whose sentence tells it gone by after the date.
test_expected_in_a_reduced_clause_after_a_past = dated_test([
    ("The court heard arguments on Monday, with a decision expected in June.", ["2024-03-11", "2024-06"]),
    ("The firm posted a loss, with results due in June.", ["2024-06"]),
    ("The talks ended, with a vote scheduled for Friday.", ["2024-03-15"]),
    # near neighbours
    ("The decision, which was expected in June, came in July.", ["2023-06", "2023-07"]),
    ("He arrived as expected on Monday.", ["2024-03-11"]),
    ("The shipment, expected on Monday, arrived on Tuesday.", ["2024-03-11", "2024-03-12"]),
    ("The snow expected Monday is still on the ground.", ["2024-03-11"]),
    ("The storm weakened, with landfall expected on Friday, and it came ashore near Tampa.", ["2024-03-08"]),
], MAR_THU)

# rv51's rows: "falls on" only of a calendar's thing (a holiday, a deadline, a vote; a holiday's name), not a price's or
# the weather's ("Apple stock falls on Tuesday after weak earnings", "Snow falls on Tuesday in Chicago"); a "with"
# clause's expectation only of a month (a weekday is counted from the main clause's day) and not a relative's.
test_falls_on_and_with_expected_neighbours = dated_test([
    (dt.date(2025, 4, 16), "Apple stock falls on Tuesday after weak earnings", ["2025-04-15"]),
    (dt.date(2025, 4, 16), "Oil prices fall on Monday as markets open", ["2025-04-14"]),
    (dt.date(2025, 4, 16), "Snow falls on Tuesday in Chicago.", ["2025-04-15"]),
    (dt.date(2024, 10, 19), "The committee met on Thursday, with a vote expected on Friday.", ["2024-10-17", "2024-10-18"]),
    (dt.date(2024, 10, 16), "The firm struggled with a loan that was due in June.", ["2024-06"]),
])
