"""False statements found by fp35's precision sample (session 45: elections, politics, government and diplomacy news of
2015-2025 from several countries, wire and newspaper copy), each kind with the near neighbours that must stay dated.
Rows written for the test, not the pages' text.

- a bare month abbreviation with no stop, day or year after "of" (no part of time before it) or with a possessive
  ("the removal of Jun from office", "Jun's impeachment"): a person's name, no month;
- "over" after a quarrel's noun before a possessive "last month's"/"last year's" ("a legal dispute over last month's
  election"): "about", no yardstick of a comparison, and the month stays;
- "until <weekday>" in a sentence that tells the same weekday as the day it was said ("'We put it on hold until
  Monday,' she told reporters on Monday"): the next such day after it, not that day;
- a weekday between "the" and a happening's noun after what readies for it ("preparations for the Saturday vote"):
  read as its possessive is ("preparations for Saturday's vote"), the happening still to come;
- a headline with no verb naming a planned happening right before its weekday ("Cabinet line-up announcement on
  Friday"): the coming such day when it is one or two days ahead;
- a page's trail of sections opening a line ("Home » today » World » ..."): a section's name, no day;
- a related-links block whose links are a stamp line then a headline line, under "More like this from <site>": the
  other stories' dates, no events of this one;
- a month as the subject of a passive of choosing ("September was favored over August", "October was chosen"): the
  coming such month when a few months ahead, whatever the past of the report;
- a weekday after "the chances of success at <a happening>" told in the past ("postponed the sanctions to boost the
  chances of success at a peace summit Wednesday"): the happening still to come, unless a relative clause tells its
  outcome.
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2024, 12, 14)  # a Saturday
THU = dt.date(2023, 3, 9)  # a Thursday
MON = dt.date(2015, 2, 9)  # a Monday
THU2 = dt.date(2015, 2, 12)  # a Thursday
THU3 = dt.date(2021, 8, 26)  # a Thursday
TUE = dt.date(2020, 6, 16)  # a Tuesday
FRI = dt.date(2022, 8, 5)  # a Friday

test_abbreviated_month_as_a_name = dated_test([
    (SAT, "The court will rule on the removal of Jun from office within six months.", []),
    (SAT, "Lawmakers voted for Jun's impeachment on Saturday.", ["2024-12-14"]),
    (SAT, "The envoy met the family of Jan in Seoul.", []),
    # neighbours: a month's abbreviation after a time word or a preposition, or with a day
    (SAT, "Sales fell in Jun and rose in Jul.", ["2024-06", "2024-07"]),
    (SAT, "Prices eased at the end of Jun.", ["2024-06"]),
    (SAT, "The report was published on 5 Jun.", ["2024-06-05"]),
    (SAT, "Exports rose in Jun, the agency said.", ["2024-06"]),
])

test_quarrel_over_last_months = dated_test([
    (THU, "The machines are at the centre of a legal dispute over last month's election.", ["2023-02"]),
    (THU, "Protests over last year’s vote continue.", ["2022"]),
    (THU, "Anger over last month’s cuts is growing.", ["2023-02"]),
    # neighbours: a yardstick after "over"
    (THU, "Sales rose 5% over last year's figure.", []),
    (THU, "Output was up 3% over last month.", []),
    (THU, "The dispute began last month.", ["2023-02"]),
])

test_until_the_weekday_it_was_said = dated_test([
    (MON, '"We have put the measures on hold until Monday," the minister told reporters on Monday.',
     ["2015-02-16", "2015-02-09"]),
    (THU2, "The talks were adjourned until Thursday, officials said on Thursday.", ["2015-02-19", "2015-02-12"]),
    # neighbours: no day told in the sentence, or another weekday
    (MON, "The vote was postponed until Monday.", ["2015-02-09"]),
    (THU2, "The court adjourned the case until Friday, officials said on Thursday.", ["2015-02-13", "2015-02-12"]),
    (THU2, "The talks were adjourned on Monday until Thursday.", ["2015-02-09", "2015-02-12"]),
])

test_the_weekday_happening_readied_for = dated_test([
    (THU, "The commission said the ruling had delayed its preparations for the Saturday vote.", ["2023-03-11"]),
    (THU, "Officials are busy with preparations for the Monday summit.", ["2023-03-13"]),
    # neighbours: the same happening told as held
    (THU, "Turnout was low in the Saturday vote.", ["2023-03-04"]),
    (THU, "Tickets for the Saturday game sold out.", ["2023-03-04"]),
    (THU, "The commission said the ruling had delayed its preparations for Saturday's vote.", ["2023-03-11"]),
])

test_headline_planned_happening = dated_test([
    (THU3, "Cabinet line-up announcement on Friday", ["2021-08-27"]),
    (THU3, "Leaders' summit on Friday", ["2021-08-27"]),
    # neighbours: a verb of the past, a sentence, a happening nobody plans
    (THU3, "Cabinet announced on Friday", ["2021-08-20"]),
    (THU3, "The cabinet announcement on Friday was delayed.", ["2021-08-20"]),
    (THU3, "Storm damage on Friday", ["2021-08-20"]),
])

test_breadcrumb_trail = dated_test([
    (TUE, "Home » today » World » Envoy summoned to ministry\nThe envoy was summoned on Monday.", ["2020-06-15"]),
    (TUE, "Home › Latest › today › Talks resume in Doha\nThe talks resumed on Monday.", ["2020-06-15"]),
    # neighbours: the trail's headline keeps its day; prose that opens with "Home"
    (TUE, "News » World » Vote set for Friday\nThe minister resigned on Monday.", ["2020-06-19", "2020-06-15"]),
    (TUE, "Home sales rose in May, the agency said today.", ["2020-05", "2020-06-16"]),
    (TUE, "Homeowners will vote today.", ["2020-06-16"]),
])

test_related_links_stamp_then_headline = dated_test([
    (dt.date(2019, 5, 11), "The envoy will travel to Moscow next week, officials said Friday.\n"
     "More like this from example.com\n- July 26, 2018 midnight\nTrump delays proposed Putin meeting until 2019\n"
     "- June 28, 2018 8:58 a.m.\nPutin, Trump to have summit in Helsinki on July 16", ["2019-05-10"]),
    # neighbour: the same shape under a heading of the story's own ("Key dates"): its dates stay
    (dt.date(2019, 5, 11), "The envoy will travel to Moscow next week, officials said Friday.\nKey dates\n"
     "- July 26, 2018 midnight\nThe talks were delayed until 2019", ["2019-05-10", "2018-07-26", "2019"]),
])

test_month_chosen = dated_test([
    (FRI, "In late July, Kyodo reported that September was favored over August.", ["2022-07", "2022-09", "2022-08"]),
    (FRI, "Officials said October was chosen for the vote.", ["2022-10"]),
    # neighbours: a month's own doings; a choice told long after
    (FRI, "September was wet, the agency said.", ["2021-09"]),
    (FRI, "Officials said April was chosen for the vote.", ["2022-04"]),
    (dt.date(2022, 11, 5), "September was favored over August, the paper reported.", ["2022-09", "2022-08"]),
])

test_chances_of_success_at = dated_test([
    (MON, "The ministers postponed the sanctions to boost the chances of success at a four-way peace summit "
     "Wednesday, officials said.", ["2015-02-11"]),
    # neighbours: the outcome told; the day near behind
    (MON, "The delay improved the chances of a deal at talks on Wednesday, which collapsed.", ["2015-02-04"]),
    (MON, "Analysts said the move improved the chances of success at the summit on Saturday.", ["2015-02-07"]),
    (MON, "The delegates met on Wednesday.", ["2015-02-04"]),
])


# rv45's review: the near neighbours of these rules keep their reading.
test_the_politics_rules_leave_their_neighbours = dated_test([
    # a counted quarrel's possessive yardstick is a measure's: no date
    (dt.date(2025, 3, 12), "Police recorded a 20% rise in protests over last year's total.", []),
    (dt.date(2025, 3, 12), "Insurers reported an increase in lawsuits over last year's figure.", []),
    # only Jan and Jun are names as well as months; a "when" after the month tells its time
    (dt.date(2025, 3, 12), "The elections of Nov were disputed.", ["2024-11"]),
    (dt.date(2025, 3, 12), "The inquiry examined the chaos of Jan, when the capital flooded.", ["2025-01"]),
    # a month chosen for a vote of a year gone by is that year's
    (dt.date(2025, 6, 11), "August was chosen for last year's vote.", ["2024-08", "2024"]),
    (dt.date(2025, 6, 11), "July was chosen for the 2024 vote.", ["2024-07", "2024"]),
])
