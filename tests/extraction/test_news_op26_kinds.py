"""op26's kinds (realnews-fresh26 opened as a development set, session 31): an adverb between a modal and
"be" ("will officially be made on Friday") leaves the passive ahead; a participle after "the only", "the
most", "the first" and a determiner ("the only contested race") is an adjective, no past; the old press's
dateline with a full stop ("LONDON, November 30. The ...", "(AAP-Reuter) CANBERRA, April 7.", "Miami, Sept. 9.—The
storm ...") dates the story's "yesterday", "today" and "tonight" and is no statement of its own; "Election Day for
the runoff is set for July 14" tells that vote's day, not the November general election's; a side "advances to
play" or "hopes to face" a rival "in Friday's final", told in the present: the coming such day; a saying set
between commas inside a clause told ahead ("The sales will continue, the company said, through mid-September")
leaves the date after it the clause's, ahead; a "when"/"once"/"after" clause in the present inside a plan told in the
past ("was expected to become a hurricane when it makes landfall on Thursday night or early Friday") is the
plan's future; a day inside the quote before "said Heupel" is the quote's, not the day of the saying: the
next quoted sentence's "tomorrow" counts from the paper's day; a weekday told in the past of an event a past year
names ("played in Sunday's final group at the 2003 U.S. Open", "In 2003, he led on Saturday") is that year's, no day.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test

from timeline.extraction.sentences import split_sentences

THU = dt.date(2025, 1, 23)  # a Thursday: Fri 17 a week back, Fri 24 tomorrow
MON = dt.date(2025, 2, 17)  # a Monday in February

test_an_adverb_between_a_modal_and_be_keeps_the_passive_ahead = dated_test([
    ("The decision on the starting lineup will officially be made on Friday.", ["2025-01-24"]),
    ("The final call will likely be made on Saturday, the coach said.", ["2025-01-25"]),
    ("The talks will probably be held on Monday in Geneva.", ["2025-01-27"]),
    ("The winners will also be told on Friday.", ["2025-01-24"]),
    ("The ruling is expected to formally be handed to the parties on Monday.", ["2025-01-27"]),
    # near neighbours: a past passive, or can's past, keep the day gone by
    ("The decision was officially made on Friday.", ["2025-01-17"]),
    ("A final decision could not immediately be made on Friday.", ["2025-01-17"]),
    ("The talks were quietly held on Monday in Geneva.", ["2025-01-20"]),
], THU)

test_a_participle_after_the_only_or_the_most_is_an_adjective = dated_test([
    ("The only contested race in the May primary will be for sheriff.", ["2025-05"]),
    ("The only disputed seats in the November election will be decided by a recount.", ["2025-11"]),
    ("The most watched final of the season will be shown on free TV in March.", ["2025-03"]),
    ("The first elected mayor in the city's history will take office in July.", ["2025-07"]),
    # near neighbours: "only" or "first" before a verb with its own subject keeps the past
    ("The council only approved the plan in January.", ["2025-01"]),
    ("The mayor first learned of the deficit in March.", ["2024-03"]),
    ("The board only contested the ruling in November.", ["2024-11"]),
    # (rv24) the ranking word as the subject, no noun after the verb: its past stays
    ("Two shipments were ordered. The first arrived in November and the second is due in April.",
     ["2024-11", "2025-04"]),
    ("The sole contested seat in the May election will be for mayor.", ["2025-05"]),
    ("Two shipments were ordered. The first arrived safely in November and the second is due in April.",
     ["2024-11", "2025-04"]),
    ("Two ferries were built. The first sailed north in November and the second is due in April.",
     ["2024-11", "2025-04"]),
], MON)

test_an_old_press_dateline_with_a_full_stop_dates_the_story = dated_test([
    (dt.date(2025, 12, 1), "Summit date set\n\n(AAP-Reuter) LONDON, November 30. The two leaders will meet in Geneva on "
     "January 12.\n\nThe date was announced yesterday.", ["2026-01-12", "2025-11-29"]),
    (dt.date(2025, 3, 5), "PARIS, March 4. The minister resigned yesterday after a week of protests.", ["2025-03-03"]),
    (dt.date(1972, 4, 8), "Budget cuts\n\n(N.Z.P.A.-Reuter—Copyright) CANBERRA, April 7. The Government announced "
     "yesterday that it would cut spending.", ["1972-04-06"]),
    (dt.date(1972, 4, 8), "Budget cuts\n\n(N.Z.P.A.-Reuter—Copyright; CANBERRA, April 7. The Government announced "
     "yesterday that it would cut spending.", ["1972-04-06"]),
    (dt.date(2025, 9, 10), "Storm batters coast\n\nMiami. Sept. 9.—The storm came ashore tonight near the city.",
     ["2025-09-09"]),
    (dt.date(2025, 10, 3), "Boston, Oct. 2.—The mayor said today that the council will vote on Oct. 9.",
     ["2025-10-02", "2025-10-09"]),
    (dt.date(2025, 10, 3), "BOSTON, Oct. 2.—The mayor said today that the council will vote on Oct. 9.",
     ["2025-10-02", "2025-10-09"]),
    # near neighbours: a dashed dateline as before; a calendar's item in capitals days ahead of the paper, a
    # body sentence's date with a full stop, stay dated
    (dt.date(2025, 12, 1), "WASHINGTON, Nov. 30 — The Senate passed the bill yesterday.", ["2025-11-29"]),
    (dt.date(2025, 6, 2), "Church news\n\nBAKE SALE, June 14. The church will hold its annual sale in the hall.",
     ["2025-06-14"]),
    (dt.date(2025, 12, 1), "The talks collapsed. The deadline was November 30. Negotiators left yesterday.",
     ["2025-11-30", "2025-11-30"]),
    # (rv24) a notice's heading in capitals is no place; a state written "D.C." is a dateline's
    (dt.date(2027, 12, 1), "Notices\n\nMEETING POSTPONED, November 30. The council will meet instead on Dec. 7.",
     ["2027-11-30", "2027-12-07"]),
    (dt.date(2025, 12, 1), "WASHINGTON, D.C., November 30. The Senate passed the bill yesterday.", ["2025-11-29"]),
    # (rv24) with no credit, the lead must tell the wire story's day or place: a family notice's name stays dated
    (dt.date(2027, 12, 1), "Deaths\n\nJOHN SMITH, November 28. Died peacefully at home, aged 84.", ["2027-11-28"]),
    (dt.date(2027, 12, 1), "Club notes\n\nANNUAL DINNER, November 27. Members heard the treasurer's report.",
     ["2027-11-27"]),
    (dt.date(2027, 12, 1), "RED BANK, N.J., Nov. 30. The council voted last night to close the pier.", ["2027-11-29"]),
    (dt.date(2027, 12, 1), "SUMMIT, N.J., Nov. 30. Commuters were stranded here today.", ["2027-11-30"]),
])


@pytest.mark.parametrize("text, expected", [
    ("Miami. Sept. 9.—The storm came ashore tonight.", ["Miami. Sept. 9.—", "The storm came ashore tonight."]),
    ("Boston, Oct. 2.—The mayor spoke today.", ["Boston, Oct. 2.—", "The mayor spoke today."]),
    # near neighbour: a title-case dateline with a plain dash stays at the head of its lead
    ("Boston, Oct. 2 — The mayor spoke today.", ["Boston, Oct. 2 — The mayor spoke today."]),
])
def test_an_old_press_dateline_with_a_full_stop_and_a_dash_is_cut_from_its_lead(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


test_election_day_for_a_named_vote_told_by_its_date = dated_test([
    ("Election Day for the primary runoff is set for July 14, with early voting ending Friday.",
     ["2020-07-14", "2020-07-10"]),
    ("Election Day for the special election is Aug. 4.", ["2020-08-04"]),
    ("Election Day for the school board race will be Tuesday, July 21.", ["2020-07-21"]),
    ("Election Day for the county's runoff election is scheduled for July 14.\n\nPolls will be open from 7 a.m. to "
     "7 p.m. on Election Day.", ["2020-07-14", "2020-07-14"]),
    # near neighbours: a vote day told as before, and one not told
    ("Early voting for the runoff ends Friday, and Election Day is July 14.", ["2020-07-10", "2020-07-14"]),
    ("Turnout on Election Day for the general election could hit a record.", ["2020-11-03"]),
    ("Election Day for the general election is set for Nov. 3.", ["2020-11-03"]),
    # (rv24) "in the runoff", and the vote's rivals after it
    ("Election Day in the primary runoff is July 14.", ["2020-07-14"]),
    ("Election Day for the runoff between Smith and Jones is set for July 20.", ["2020-07-20"]),
], dt.date(2020, 7, 9))


test_to_play_in_a_days_fixture_told_in_the_present_is_ahead = dated_test([
    ("Plainview advances to play Midfield in Friday's championship game.", ["2023-03-03"]),
    ("The Bears advance to face the Lions in Saturday's final.", ["2023-03-04"]),
    ("Smith hopes to play in Sunday's match against Leeds.", ["2023-03-05"]),
    ("The top seed moves on to meet Hartselle in Thursday's semifinal.", ["2023-03-02"]),
    ("Jones is cleared to play in Monday's game.", ["2023-03-06"]),
    # near neighbours: a fixture told in the past, or the day's result, stay gone by
    ("Smith scored twice in Friday's championship game.", ["2023-02-24"]),
    ("Jones returned to play in Friday's game and scored twice.", ["2023-02-24"]),
    ("The Bears advance to face the Lions after Friday's win.", ["2023-02-24"]),
    # (rv24) a caption's purpose after a verb of motion is no coming fixture; a pitcher fit to pitch is
    ("Photos: Smith leaps to meet a cross in Saturday's semifinal at Elland Road.", ["2023-02-25"]),
    ("Jones is fit to pitch in Friday's series opener.", ["2023-03-03"]),
], dt.date(2023, 3, 1))


test_a_saying_between_commas_leaves_the_date_to_the_clause_ahead = dated_test([
    ("The liquidation sales will continue, the company said, through mid-September.", ["2017-09"]),
    ("The bridge will reopen, officials said, in September.", ["2017-09"]),
    ("The road will stay closed, police said, until Aug. 1.", ["2017-08-01"]),
    ("The store will stay open, a spokeswoman told reporters, until Aug. 15.", ["2017-08-15"]),
    # (a full date right after the aside's comma, "..., the ministry announced, on July 10.", stays read as the
    # saying's day: a limit, in PROBES_S31_OP26)
    # near neighbours: a clause told in the past, and the aside's own day, keep their past
    ("The sales continued, the company said, through mid-May.", ["2017-05"]),
    ("The bridge reopened, officials said, on Monday.", ["2017-06-26"]),
    ("The bridge will reopen, officials said on Monday.", ["2017-06-26"]),
    # (rv24) a longer subject, and the saying before its subject
    ("The pool will reopen, a spokeswoman for the city said, in August.", ["2017-08"]),
    ("The pool will reopen, said Mayor Jane Smith, in August.", ["2017-08"]),
    # (a day "on" it after the aside stays the saying's: test_news_weekday_weeks' "The storm will hit the coast,
    # forecasters said, on Tuesday.")
    ("The bridge will reopen, officials said, on Monday.", ["2017-06-26"]),
], dt.date(2017, 6, 30))


test_a_present_when_clause_inside_a_past_plan_is_the_plans_future = dated_test([
    ("Forecasters said the storm was expected to become a hurricane when it makes landfall on Thursday night or "
     "early Friday.", ["2016-09-01", "2016-09-02"]),
    ("The storm was expected to weaken when it moves inland on Friday.", ["2016-09-02"]),
    ("The ship was expected to dock once it reaches the port on Saturday.", ["2016-09-03"]),
    ("The president was scheduled to speak after he lands in Ohio on Friday.", ["2016-09-02"]),
    # near neighbours: a "when" clause told in the past, a saying's own day, a past guess of two days
    ("The storm weakened when it moved inland on Tuesday.", ["2016-08-30"]),
    ("The storm was expected to weaken, but it strengthened when it moved inland on Tuesday.", ["2016-08-30"]),
    ("Police said the man was killed late Wednesday or early Thursday.", ["2016-08-31", "2016-09-01"]),
    ("The storm was expected to weaken when it moves inland, officials said Tuesday.", ["2016-08-30"]),
    # (rv24) a name, "they" with a plain verb, a two-word subject; "when they made" keeps its past
    ("The storm was expected to strengthen when Ian reaches the Gulf late Thursday or early Friday.",
     ["2016-09-01", "2016-09-02"]),
    ("The two storms were expected to merge when they make landfall late Thursday or early Friday.",
     ["2016-09-01", "2016-09-02"]),
    ("The storm was expected to strengthen when the storm system makes landfall late Thursday or early Friday.",
     ["2016-09-01", "2016-09-02"]),
    ("The storms were expected to weaken, but they grew when they made landfall late Thursday or early Friday.",
     ["2016-09-01", "2016-08-26"]),
], dt.date(2016, 9, 1))


test_a_day_inside_a_quote_is_no_saying_day_for_the_quote_going_on = dated_test([
    ('"We lost on Friday," said the coach. "We play again tomorrow."', ["2023-08-25", "2023-09-01"]),
    ('"We lost on Friday," said Smith. "We play again tomorrow."', ["2023-08-25", "2023-09-01"]),
    ('"The report came out Monday," Jones said. "We will answer it tomorrow."', ["2023-08-28", "2023-09-01"]),
    ('"The report came out on Monday," the mayor said. "We will answer it tomorrow."', ["2023-08-28", "2023-09-01"]),
    # near neighbours: the saying's own day after the quote dates the quote going on
    ('"We lost," the coach said Friday. "We play again tomorrow."', ["2023-08-25", "2023-08-26"]),
    ('"We lost," the coach said on Monday. "We will train again tomorrow."', ["2023-08-28", "2023-08-29"]),
    # (rv24) the saying's day with a quote after it, or a scare-quoted name, still dates the quote going on
    ('"We lost," Smith said on Friday, "and it hurt." "We play again tomorrow," he said.',
     ["2023-08-25", "2023-08-26"]),
    ('Smith said on Friday: "We were poor." "We play again tomorrow," he added.', ["2023-08-25", "2023-08-26"]),
    ('"We lost," the coach said Friday of the "Derby". "We play again tomorrow."', ["2023-08-25", "2023-08-26"]),
], dt.date(2023, 8, 31))


test_a_weekday_of_a_past_years_event_dates_nothing = dated_test([
    ("The only time he played in Sunday's final group was at the 2003 U.S. Open.", ["2003"]),
    ("He played in Sunday's final group at the 2003 U.S. Open.", ["2003"]),
    ("In 2003, he played in the final group on Sunday.", ["2003"]),
    ("He led after Saturday's third round at the 2015 Masters but faded.", ["2015"]),
    # near neighbours: the story's own day beside a past year's event stays dated
    ("He said on Sunday that he won the 2003 U.S. Open.", ["2020-02-09", "2003"]),
    ("On Sunday, he recalled his win at the 2003 U.S. Open.", ["2020-02-09", "2003"]),
    ("He won on Sunday, his first title since the 2003 U.S. Open.", ["2020-02-09", "2003"]),
    ("The 2003 champion won again on Sunday.", ["2003", "2020-02-09"]),
    ("In 2019, he missed the cut; on Sunday he won.", ["2019", "2020-02-09"]),
    # (rv24) a comparison, a relative clause or a joined clause parts the story's day from the year's event
    ("Smith won on Sunday, matching his feat at the 2017 U.S. Open.", ["2020-02-09", "2017"]),
    ("Smith returned on Sunday to the course where he triumphed at the 2017 U.S. Open.", ["2020-02-09", "2017"]),
    ("Jones was hurt on Saturday in a crash much like his one at the 2017 Monaco Grand Prix.",
     ["2020-02-15", "2017"]),
    ("In 2017, the club won the cup, and on Sunday it was relegated.", ["2017", "2020-02-09"]),
    ("The last time he played in Sunday's final group was in 2017.", ["2017"]),
    ("Petrol prices on Sunday were at 2017 levels.", ["2020-02-09", "2017"]),
    ("Turnout on Sunday was at 2017 General Election levels.", ["2020-02-09", "2017"]),
    ("Attendance on Sunday was at 2017 World Cup proportions.", ["2020-02-09", "2017"]),
    ("Rainfall on Saturday was in 2017 Storm Dennis range, forecasters said.", ["2020-02-15", "2017"]),
], dt.date(2020, 2, 15))
