"""fp15's kinds (session 32 precision sample: 19 business, sports and weather pages from the US, UK, Australia,
India, Sri Lanka and Bangladesh that no set holds): a quarter or a half named by its last month ("the June
quarter", "the December half") is no month but the three or six months ending in it (issue 12's quarters as month
ranges, session 33; more in test_news_month_quarters.py); an adverb of degree before a participle ("a sparsely populated
stretch") leaves it an adjective; an adverb between the copula and "likely"/"set"/"due" ("is very likely to cross
the coast ... on Friday") keeps the look ahead; a payout's days ("payable Nov. 15 to shareholders of record on
Nov. 1", "on record by Nov. 1") keep their own schedule whatever the declaring verb's tense; a fixture's present
"comes (on)" with its day is the coming one; sides that "take on" a side named by its place ("the sides above them",
"the league leaders") play the coming day; a day after a place set by a comma (", south of Chennai, in the early
hours of Friday", ", south of Nagapattinam by early hours of Friday") takes the look ahead of the clause before the
comma; a storm's headline with no verb ("Major Winter Storm Tuesday With Heavy Snow") is a forecast; a plan told in
the past as far back as its clause's window ("was expected to reach ... [130 characters] ... on Thursday") names the
coming day.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2025, 3, 12)  # Mon 10, Tue 11 gone; Thu 13, Fri 14, Sat 15, Sun 16 ahead; Fri 7, Sat 8, Sun 9 gone
OCT = dt.date(2025, 10, 16)  # a Thursday in October

test_a_quarter_named_by_its_month_is_its_months = dated_test([
    ("Revenue rose 8 per cent in the June quarter, the company said.", ["2024-04/2024-06"]),
    ("The miner expects output to recover in the September quarter.", ["2025-07/2025-09"]),
    ("Its December-quarter profit beat forecasts, the bank said.", ["2024-10/2024-12"]),
    ("The bank posted a record profit for the December half.", ["2024-07/2024-12"]),
    # near neighbours: a month, a quarter of something in a month, a quarter-final
    ("Sales rose 3 per cent in June.", ["2024-06"]),
    ("In June, a quarter of the staff left.", ["2024-06"]),
    ("In June half of the staff left.", ["2024-06"]),
    ("The June half-marathon drew 4,000 runners.", ["2024-06"]),
], WED)

test_an_adverb_of_degree_before_a_participle_leaves_an_adjective = dated_test([
    ("The storm was expected to hit a sparsely populated stretch of coast on Friday.", ["2025-03-14"]),
    ("Rescuers were expected to reach the thinly populated valley on Thursday.", ["2025-03-13"]),
    ("Crews were expected to clear a thickly wooded ridge on Friday.", ["2025-03-14"]),
    # near neighbours: the participle of a past clause, an adverb before a finite verb
    ("The region was sparsely populated when the quake struck on Monday.", ["2025-03-10"]),
    ("The army thinly spread its troops on Friday.", ["2025-03-07"]),
], WED)

test_an_adverb_before_likely_keeps_the_look_ahead = dated_test([
    ("The cyclone is very likely to cross the coast near Cuddalore, south of Chennai, on Friday, a bulletin said.",
     ["2025-03-14"]),
    ("The storm is highly likely to reach the islands, east of the mainland, on Saturday, forecasters said.",
     ["2025-03-15"]),
    ("Talks are also likely to resume in Geneva, the home of the agency, on Monday, officials said.", ["2025-03-17"]),
    # near neighbours: no likelihood, a plain past
    ("The storm is very unlikely, forecasters said on Friday.", ["2025-03-07"]),
    ("The storm crossed the coast near Cuddalore, south of Chennai, on Friday, a bulletin said.", ["2025-03-07"]),
], WED)

test_a_payouts_days_keep_their_schedule = dated_test([
    ("The board declared a quarterly dividend payable Nov. 14 to shareholders of record on Oct. 31.",
     ["2025-11-14", "2025-10-31"]),
    ("Directors approved a 20-cent dividend to be paid Dec. 1 to holders of record as of Nov. 14.",
     ["2025-12-01", "2025-11-14"]),
    ("The board set a dividend to be paid Nov. 15 to stockholders on record by Nov. 1.", ["2025-11-15", "2025-11-01"]),
    # near neighbours: a payout gone by, a declaring day, a limit after a month
    ("The company paid a special dividend on Sept. 15.", ["2025-09-15"]),
    ("The board declared the dividend on Oct. 2.", ["2025-10-02"]),
    ("In February, the council demanded its removal by March 1.", ["2025-02", "2025-03-01"]),
    ("The stock went ex-dividend on Friday.", ["2025-10-10"]),
], OCT)

test_a_fixtures_present_comes_is_the_coming_day = dated_test([
    ("The game of the weekend comes on Sunday afternoon at the Den.", ["2025-03-16"]),
    ("The derby comes Saturday, with both sides level on points.", ["2025-03-15"]),
    ("Their toughest match comes on Friday night against the leaders.", ["2025-03-14"]),
    # near neighbours: the fixture gone by, a decision
    ("The final came on Sunday after a week of rain.", ["2025-03-09"]),
    ("The decision came on Monday.", ["2025-03-10"]),
], WED)

test_sides_that_take_on_a_side_named_by_its_place_play_ahead = dated_test([
    ("Both clubs take on the sides directly above them on Saturday.", ["2025-03-15"]),
    ("Rovers take on the league leaders on Sunday.", ["2025-03-16"]),
    ("City take on their old rivals at home on Saturday.", ["2025-03-15"]),
    # near neighbours: the past, a debt taken on
    ("Rovers took on the league leaders on Saturday.", ["2025-03-08"]),
    ("The firm took on the debts of its partner on Monday.", ["2025-03-10"]),
], WED)

test_a_storms_headline_with_no_verb_is_a_forecast = dated_test([
    ("Major Winter Storm Friday With Heavy Snow, Extreme Cold", ["2025-03-14"]),
    ("Ice storm Thursday with freezing rain and strong winds", ["2025-03-13"]),
    ("Blizzard Saturday night", ["2025-03-15"]),
    # near neighbours: a report of a storm gone by, a crash's headline
    ("Winter storm Monday with flooding killed four in Houston.", ["2025-03-10"]),
    ("Fatal crash Monday on Highway 29", ["2025-03-10"]),
], WED)

test_a_plan_told_in_the_past_reaches_as_far_as_its_clause = dated_test([
    ("Emergency crews were expected to reach the remote settlements along the flooded northern highway between "
     "the river crossing and the old mining town of Eastwick on Thursday, officials said.", ["2025-03-13"]),
    ("The cyclone was expected to cross the state coast along a sparsely settled 100-kilometre stretch between "
     "the towns of Ayr and Bowen early Friday, a forecaster said.", ["2025-03-14"]),
    ("The ship was scheduled to dock at the container terminal on the southern side of the harbour beside the "
     "new cruise pier and the old naval yard on Friday.", ["2025-03-14"]),
    # near neighbour: a verb of its own between the plan and the day
    ("Crews were expected to reach the village, but the bridge along the flooded northern highway between the "
     "river crossing and the old mining town collapsed on Monday.", ["2025-03-10"]),
], WED)

test_a_day_after_a_place_set_by_a_comma_takes_the_clause_before = dated_test([
    ("Gaja will cross the coast near Cuddalore, south of Nagapattinam, in the early hours of Friday, a bulletin said.",
     ["2025-03-14"]),
    ("The storm is very likely to cross the coast between Pamban and Cuddalore, south of Nagapattinam by early hours "
     "of Saturday, a bulletin said.", ["2025-03-15"]),
    ("The ferry will dock at the old pier, north of the harbour on Sunday.", ["2025-03-16"]),
    # near neighbours: a past clause before the place, a present one
    ("The storm made landfall between Pamban and Cuddalore, south of Nagapattinam on Friday.", ["2025-03-07"]),
    ("The storm hit the coast near Cuddalore, south of Chennai, in the early hours of Friday, a bulletin said.",
     ["2025-03-07"]),
    ("Police are investigating a crash on the highway, north of the city on Tuesday.", ["2025-03-11"]),
], WED)
