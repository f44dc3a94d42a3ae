"""Which week a bare weekday falls in (issue 12): forms of real news where the engine put the day in
the wrong week, each with the counterexamples its rule must leave alone (captions, past narratives,
reported speech).

Each row: the publication date, the text, the dates the engine must give (date or date/end), in
order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 3, 13)  # the coming Friday is 15 March, the last one 8 March


# A place's name written with commas ("Paris, France", "Portland, Ore.,") does not end the clause:
# the verb before the place says the date's time.
test_a_place_named_with_commas_keeps_the_verb_before_it = dated_test([
    (WED, "The minister will meet his counterpart in Paris, France on Friday.", ["2024-03-15"]),
    (WED, "The envoy will arrive in Portland, Ore., on Friday.", ["2024-03-15"]),
    (WED, "The ministers will hold talks in the coastal city of Izmir, Turkey on Friday.", ["2024-03-15"]),
    (WED, "He said he would travel to Kyiv, Ukraine, on Friday.", ["2024-03-15"]),
    # ... and a past verb before the place keeps the day gone by
    (WED, "The minister met his counterpart in Paris, France, on Friday.", ["2024-03-08"]),
    (WED, "The minister met his counterpart in Paris, France on Friday.", ["2024-03-08"]),
    (WED, "The storm hit Miami, Florida on Friday.", ["2024-03-08"]),
    (WED, "Police said the suspect was arrested in Tulsa, Okla., on Friday.", ["2024-03-08"]),
    (WED, "Fans are seen at the stadium in Madrid, Spain, on Friday.", ["2024-03-08"]),
    (WED, "The company, based in Austin, Texas, on Friday reported higher profits.", ["2024-03-08"]),
    (WED, "The plane that crashed near Denver, Colorado on Friday was carrying 12 people.", ["2024-03-08"]),
    (WED, "The talks, to be held in Geneva, Switzerland, were postponed on Friday.", ["2024-03-08"]),
    (WED, "He will play for Chelsea, Smith said on Friday.", ["2024-03-08"]),
    # a caption's scene with no verb the engine knows stays the day gone by
    (WED, "A man walks past a flooded street in Houston, Texas, on Friday.", ["2024-03-08"]),
    (WED, "Protesters gather outside parliament in London, England on Friday.", ["2024-03-08"]),
    (WED, "Firefighters battle a blaze in Athens, Greece, on Friday.", ["2024-03-08"]),
    (WED, "Rescue workers in Kathmandu, Nepal, on Friday.", ["2024-03-08"]),
])


# A weekday range whose ends carry clock times is a range as "from Monday until Thursday" is: its
# end follows its start (Thursday after the coming Monday, not tomorrow), and a past one moves its
# start back instead.
test_a_weekday_range_with_clock_times_ends_after_its_start = dated_test([
    (WED, "The closure will affect traffic from 7 a.m. on Monday until 5 p.m. on Thursday.",
     ["2024-03-18/2024-03-21", "2024-03-21"]),
    (WED, "A flood warning is in effect from noon Friday through 6 a.m. Monday.",
     ["2024-03-15/2024-03-18", "2024-03-18"]),
    (WED, "Crews worked from 7 a.m. on Monday until 5 p.m. on Thursday to restore power.",
     ["2024-03-04/2024-03-07", "2024-03-07"]),
    # ... on the same days as before, now read as one range
    (WED, "The road will be closed from 9 p.m. Friday until 5 a.m. Tuesday.", ["2024-03-15/2024-03-19", "2024-03-19"]),
    (WED, "The store is open from 10 a.m. Monday through 6 p.m. Thursday.", ["2024-03-11/2024-03-14", "2024-03-14"]),
    (WED, "The ban ran from midnight Saturday to midnight Monday.", ["2024-03-09/2024-03-11", "2024-03-11"]),
    (WED, "The curfew lasts from 10 p.m. Tuesday until 6 a.m. Wednesday.", ["2024-03-12/2024-03-13", "2024-03-13"]),
    (WED, "Voting runs between 8 a.m. Monday and 8 p.m. Tuesday.", ["2024-03-18/2024-03-19", "2024-03-19"]),
])


FRI = dt.date(2021, 5, 14)  # the coming Sunday is 16 May, the last Tuesday 11 May


# A weekday in a condition told in the present ("If the Pacers win Saturday, ...") or with no verb
# lies ahead: what the condition waits for has not happened. A past verb in the condition, or an
# "if" that asks (after "asked", "wondered") keeps the day gone by.
test_a_condition_in_the_present_looks_ahead = dated_test([
    (FRI, "If the Rangers win Saturday, the Tigers are out of the playoffs.", ["2021-05-15"]),
    (FRI, "If the Tigers beat the Rangers on Sunday, they clinch the division.", ["2021-05-16"]),
    (FRI, "If it rains on Sunday, the game moves to Monday.", ["2021-05-16", "2021-05-17"]),
    (FRI, "Even if the bill passes the House on Tuesday, it faces a fight in the Senate.", ["2021-05-18"]),
    (FRI, "The fair will be moved unless the rain stops by Sunday.", ["2021-05-16"]),
    # ... but a past verb in the condition, or an "if" that asks, keeps the past
    (FRI, "If you missed Tuesday's game, here are the highlights.", ["2021-05-11"]),
    (FRI, "If he was there on Tuesday, nobody saw him.", ["2021-05-11"]),
    (FRI, "If you watched the game on Tuesday, you saw a classic.", ["2021-05-11"]),
    (FRI, "If the team had won on Tuesday, it would have clinched the title.", ["2021-05-11"]),
    (FRI, "Police asked residents if they saw anything unusual on Tuesday.", ["2021-05-11"]),
    (FRI, "Officials did not say if the suspect spoke to police on Tuesday.", ["2021-05-11"]),
    (FRI, "It was not clear if the two men met on Tuesday.", ["2021-05-11"]),
    (FRI, "It is not known if the victims knew each other before Tuesday.", ["2021-05-11"]),
    (FRI, "Neighbors wondered if the noise on Tuesday came from the plant.", ["2021-05-11"]),
    (FRI, "Asked if he plans to run, the senator on Tuesday said no.", ["2021-05-11"]),
    # ... nor does a happening nobody schedules right before the day: it says when that happened
    (WED, "If anyone has information about the crash on Monday, police ask them to call.", ["2024-03-11"]),
    (FRI, "If you have video of the stabbing on Wednesday, contact detectives.", ["2021-05-12"]),
    # A day's possessive names a thing whose outcome the condition weighs, done or to come: the
    # nearer such day ("Tuesday's results" in a Wednesday paper are yesterday's; "Saturday's
    # forecast" three days ahead is the coming one).
    (WED, "If Tuesday's results hold, the incumbent is headed for a runoff.", ["2024-03-12"]),
    (WED, "But if Monday's meeting is any guide, the talks will be tough.", ["2024-03-11"]),
    (WED, "If Sunday's loss is any indication, the defense needs work.", ["2024-03-10"]),
    (WED, "If Sunday's storm taught residents anything, it is to prepare early.", ["2024-03-10"]),
    (WED, "Even if Tuesday's vote is overturned, the damage is done.", ["2024-03-12"]),
    (WED, "If Saturday's forecast holds, the marathon will go ahead.", ["2024-03-16"]),
    (WED, "Even if Friday's jobs report shows strength, the Fed may wait.", ["2024-03-15"]),
    (FRI, "If Sunday's game is rained out, it moves to Monday.", ["2021-05-16", "2021-05-17"]),
])


SUN = dt.date(2011, 7, 10)  # the last Saturday is 9 July, the coming Tuesday 12 July


# "will" after a determiner or a possessive is a noun ("bowed to the will of his caucus", "against
# her will"), no future: the past verb before it says the day's time. The modal keeps its future.
test_the_noun_will_is_no_future = dated_test([
    (SUN, "The speaker Saturday bowed to the will of his caucus.", ["2011-07-09"]),
    (SUN, "The president on Friday defied the will of Congress.", ["2011-07-08"]),
    (SUN, "The leaders showed the political will on Friday to end the strike.", ["2011-07-08"]),
    (SUN, "Their will to win was on display Friday.", ["2011-07-08"]),
    (SUN, "She said she had signed her will on Thursday.", ["2011-07-07"]),
    # ... the modal stays a future, after a relative pronoun or a subject too
    (SUN, "Officials said the plan that will cut costs was approved Friday.", ["2011-07-08"]),
    (SUN, "He said his team will play Tuesday.", ["2011-07-12"]),
    (SUN, "The talks will resume on Tuesday.", ["2011-07-12"]),
    (SUN, "Voters on Tuesday will choose a new mayor.", ["2011-07-12"]),
    (SUN, "The bill that will go to a vote on Tuesday is expected to pass.", ["2011-07-12"]),
    # "the public" is a subject: the modal after it keeps its future
    (WED, "The public will vote on the measure Tuesday.", ["2024-03-19"]),
    (WED, "The public will get its first look at the stadium on Saturday.", ["2024-03-16"]),
])


# "did" before a bare verb ("did not play on Tuesday", "didn't have") carries the past: the bare
# verb is no present, and "didn't", "wasn't", "weren't", "hadn't" are past words as "did" and "was"
# are. "does not play", "won't play" keep their time.
test_a_verb_after_did_is_past = dated_test([
    (WED, "The striker did not play against the Rovers on Friday.", ["2024-03-08"]),
    (WED, "Smith didn't play on Friday.", ["2024-03-08"]),
    (WED, "He did not have a chance on Friday.", ["2024-03-08"]),
    (WED, "Police said the gunman did not speak on Friday.", ["2024-03-08"]),
    (WED, "The mayor did not attend the meeting on Friday.", ["2024-03-08"]),
    # ... and what needed no fix
    (WED, "The store wasn't open on Friday.", ["2024-03-08"]),
    (WED, "The team does not play on Friday.", ["2024-03-15"]),
    (WED, "The council will not meet on Friday.", ["2024-03-15"]),
    (WED, "Smith won't play on Friday.", ["2024-03-15"]),
    (WED, "He did not say whether he will attend on Friday.", ["2024-03-15"]),
])


# "this past Thursday" is the last such day, yesterday included, whatever the clause's tense
# ("was originally scheduled for this past Thursday" is no plan ahead).
test_this_past_weekday_is_the_last_one = dated_test([
    (WED, "The game was originally scheduled for this past Thursday.", ["2024-03-07"]),
    (WED, "The storm hit this past Tuesday.", ["2024-03-12"]),
    (WED, "They met this past Saturday.", ["2024-03-09"]),
    # ... "this Saturday" keeps following its clause's tense
    (WED, "The game will be played this Saturday.", ["2024-03-16"]),
    (WED, "He spoke this Saturday.", ["2024-03-09"]),
])


MON = dt.date(2007, 9, 17)  # the last Thursday is 13 September, the coming one 20 September


# A past verb right after the weekday is the clause's verb; a modal in a relative clause after a
# comma ("..., which will create") tells of the object, not of the day.
test_a_relative_clause_after_the_verb_does_not_move_its_day = dated_test([
    (MON, "The board on Thursday approved the merger, which will create the largest bank in the country.",
     ["2007-09-13"]),
    (MON, "The union on Thursday named Ford as the lead company for the talks, which will shape the contract.",
     ["2007-09-13"]),
    (MON, "The council on Thursday delayed the vote, which will now be held later.", ["2007-09-13"]),
    (MON, "Voters on Thursday elected a mayor, who will take office in January.", ["2007-09-13", "2008-01"]),
    # ... a future or present clause keeps its day ahead, and a participle before a modal gives way
    (MON, "The company said it would sell the plant on Thursday, which will cut 300 jobs.", ["2007-09-20"]),
    (MON, "The patent expires on Thursday, which will open the market to generics.", ["2007-09-20"]),
    (MON, "The law takes effect on Thursday, which will allow residents to vote by mail.", ["2007-09-20"]),
    (MON, "On Thursday, trucks loaded with fruit will be climbing the pass.", ["2007-09-20"]),
    (MON, "The plan, announced on Thursday, will cut 300 jobs.", ["2007-09-13"]),
    (MON, "Officials who worked on Thursday, which was a holiday, will be paid double.", ["2007-09-13"]),
])


FRI_2016 = dt.date(2016, 12, 2)  # the coming Sunday is 4 December, Monday 5 December


# "on Monday and Sunday respectively" gives each item its own day, in no order: the second day is
# not put after the first, as a pair's is ("on Saturday and Sunday", "on Monday and Sunday").
test_days_given_respectively_keep_their_own_week = dated_test([
    (FRI_2016, "The two parties will hold their final rallies on Monday and Sunday respectively.",
     ["2016-12-05", "2016-12-04"]),
    (FRI_2016, "The parties will hold their rallies on Monday and Sunday, respectively, before the vote.",
     ["2016-12-05", "2016-12-04"]),
    (FRI_2016, "The two parties held their rallies on Monday and Sunday respectively.", ["2016-11-28", "2016-11-27"]),
    # ... a pair without it keeps its order
    (FRI_2016, "The two parties will hold rallies on Monday and Sunday.", ["2016-12-05", "2016-12-11"]),
    (FRI_2016, "The teams will play on Saturday and Sunday.", ["2016-12-03", "2016-12-04"]),
])


SAT = dt.date(2021, 6, 5)  # the last Thursday is 3 June, the coming one 10 June; Tuesday 1 and 8 June


# A plan told in the past with its own verb ("expected to return Thursday", "planned to leave")
# names the nearest such day, as "was expected to" does: the one gone by when it lies at most three
# days back, or whenever the clause after it tells how it went.
test_a_plan_told_in_the_past_with_its_own_verb_is_the_nearest_day = dated_test([
    (SAT, "Police said the hiker left Wednesday and planned to return Thursday.", ["2021-06-02", "2021-06-03"]),
    (SAT, "Friends said the skier drove up Wednesday and expected to be back Thursday.",
     ["2021-06-02", "2021-06-03"]),
    (SAT, "The hiker had intended to come back on Thursday.", ["2021-06-03"]),
    (SAT, "The team hoped to play on Tuesday, but rain washed out the game.", ["2021-06-01"]),
    (SAT, "The hiker planned to return Thursday but never came back.", ["2021-06-03"]),
    # ... a plan in the present, a plan further back with no outcome, and "was expected to" as before
    (SAT, "The company said it expects to close the deal Thursday.", ["2021-06-10"]),
    (SAT, "The company is expected to close the deal Thursday.", ["2021-06-10"]),
    (SAT, "He was expected to return Thursday.", ["2021-06-03"]),
    (SAT, "The hiker planned to return on Tuesday.", ["2021-06-08"]),
    (SAT, "Officials said Tuesday they expected to reopen the road Monday.", ["2021-06-01", "2021-06-07"]),
    (SAT, "The company said it will close the deal Thursday.", ["2021-06-10"]),
    # ... nor a negated passive: "wasn't expected to" looks ahead, whatever came after it
    (dt.date(2021, 9, 14), "The storm wasn't expected to reach the coast until Wednesday, but heavy rain fell "
     "all day Tuesday.", ["2021-09-15", "2021-09-14"]),
    (dt.date(2021, 9, 14), "The storm was not expected to reach the coast until Wednesday, but rain fell all day.",
     ["2021-09-15"]),
])


MON_2019 = dt.date(2019, 1, 28)  # the coming Thursday is 31 January, the last one 24 January


# A sentence whose subject is a body (a committee, a council, a court, a jury), then a present
# simple and the weekday, tells the body's schedule as "meets" and "votes" do: the present's
# nearest such day ("gathers on Tuesday and Wednesday for its first meeting" in a Monday paper is
# the coming one). A caption's people ("A crowd gathers", "Protesters gather", "A member of the
# committee questions") keep the day gone by, and so does a headline.
test_a_body_s_present_tells_its_schedule = dated_test([
    (MON_2019, "The bank's rate-setting committee, the MPC, gathers on Tuesday and Wednesday to weigh a cut.",
     ["2019-01-29", "2019-01-30"]),
    (MON_2019, "The ethics panel, which has six members, debates the rule on Wednesday.", ["2019-01-30"]),
    (MON_2019, "The committee gathers Thursday to review the budget.", ["2019-01-31"]),
    (MON_2019, "The city council weighs the proposal on Thursday.", ["2019-01-31"]),
    (MON_2019, "The court hears arguments Thursday.", ["2019-01-31"]),
    # ... but not a caption's people, a past verb, or a headline
    (MON_2019, "A member of the House committee questions the witness on Thursday.", ["2019-01-24"]),
    (MON_2019, "Lawyers for the board argue their case on Thursday.", ["2019-01-24"]),
    (MON_2019, "A man walks past a flooded street on Thursday.", ["2019-01-24"]),
    (MON_2019, "Protesters gather outside the court on Thursday.", ["2019-01-24"]),
    (MON_2019, "A crowd gathers outside the court on Thursday.", ["2019-01-24"]),
    (MON_2019, "Police and the council clean up the park on Thursday.", ["2019-01-24"]),
    (MON_2019, "The council approved the plan on Thursday.", ["2019-01-24"]),
    (MON_2019, "The committee, which oversees the budget, met on Thursday.", ["2019-01-24"]),
    (MON_2019, "Council weighs bus fares Thursday", ["2019-01-24"]),
    # ... nor a plural noun the body names, its verb after it (a caption's scene)
    (MON_2019, "The Senate chambers sit empty on Thursday.", ["2019-01-24"]),
    (MON_2019, "The European Commission headquarters stands empty on Thursday.", ["2019-01-24"]),
    (MON_2019, "The council members pose for a photo on Thursday.", ["2019-01-24"]),
    (MON_2019, "The court clerks file out of the building on Thursday.", ["2019-01-24"]),
    (MON_2019, "The panel reports its findings Thursday.", ["2019-01-31"]),
])


MON_2024 = dt.date(2024, 3, 18)  # the last Friday is 15 March, the coming one 22 March


# A side that "takes on" a named side is a fixture's present, as "faces", "hosts" and "takes" are:
# the present's nearest such day. "take on the heat", "take on cleanup duties" is no fixture: the
# clause has no tense, and the day stays the last one.
test_take_on_a_named_side_is_a_fixture = dated_test([
    (MON_2024, "The Wildcats take on the Ridgeview Rams Friday.", ["2024-03-22"]),
    (MON_2024, "The coach said the Wildcats take on Penn State on Friday.", ["2024-03-22"]),
    # ... not a caption's "take on", nor a past one
    (MON_2024, "Fans take on the heat at the stadium on Friday.", ["2024-03-15"]),
    (MON_2024, "Residents take on cleanup duties after the storm Friday.", ["2024-03-15"]),
    (MON_2024, "Volunteers take on the task of clearing debris on Friday.", ["2024-03-15"]),
    (MON_2024, "The Wildcats took on the Rams Friday.", ["2024-03-15"]),
])


# A contracted present of "be" is a present as "is" and "are" are: "they're", "isn't", "aren't",
# and "it's", "she's" before an -ing verb (not a possessive, nor "it's been", which is "has").
test_a_contracted_present_is_a_present = dated_test([
    (MON_2024, "The school board announced it's closing Tuesday.", ["2024-03-19"]),
    (MON_2024, "The coach isn't taking any chances this Thursday against the Bruins.", ["2024-03-21"]),
    (MON_2024, "She's leaving for Paris on Friday.", ["2024-03-22"]),
    (MON_2024, "They're in Paris on Friday.", ["2024-03-22"]),
    # ... as their full forms are, and a possessive or "it's been" is no present
    (MON_2024, "She is leaving for Paris on Friday.", ["2024-03-22"]),
    (MON_2024, "The team's training on Friday was cancelled.", ["2024-03-15"]),
    (MON_2024, "It's been a tough week since Friday.", ["2024-03-15/2024-03-18"]),
    (MON_2024, "A man walks past a flooded street on Friday.", ["2024-03-15"]),
    (MON_2024, "Fans aren't happy about Friday's loss.", ["2024-03-15"]),
])


# A noun phrase set beside what came before with a comma (", a contest Saturday night", ", the first
# of the session, on Tuesday"), with no verb of its own, takes the tense of the clause it adds to,
# looking back over verbless phrases (a place, a quoted name) to that clause's verb.
test_an_apposed_phrase_takes_the_tense_of_its_clause = dated_test([
    (FRI, "The Tigers will stay in Orlando for one more game, a contest Saturday night against the Rays.",
     ["2021-05-15"]),
    (FRI, "The Tigers will stay at the “Bubble” in Lake Buena Vista, Fla., for one more game, a contest "
     "Saturday night against the Rays.", ["2021-05-15"]),
    (FRI, "He will sign the bill, the first of the session, on Tuesday.", ["2021-05-18"]),
    (FRI, "The team will face the Bears, the league leaders, on Tuesday.", ["2021-05-18"]),
    # ... a past clause keeps its past, and a caption's verb the engine does not read stays unread
    (FRI, "Police arrested a man, a 32-year-old resident, on Tuesday.", ["2021-05-11"]),
    (FRI, "The company posted a loss, the first in a decade, on Tuesday.", ["2021-05-11"]),
    (FRI, "Firefighters battle a blaze, a three-alarm fire, on Tuesday.", ["2021-05-11"]),
    (FRI, "Protesters march through the city, a day of anger, on Tuesday.", ["2021-05-11"]),
    (FRI, "The bill, the first of its kind, passed on Tuesday.", ["2021-05-11"]),
    (FRI, "The storm will hit the coast, forecasters said, on Tuesday.", ["2021-05-11"]),
    # ... and a relative clause inside the phrase has a verb of its own, read or not
    (FRI, "The Jets will face the Bills, a team that beat them Tuesday.", ["2021-05-11"]),
    (FRI, "The Rams will host the Bears, the side who routed them Tuesday.", ["2021-05-11"]),
])


MAY22 = dt.date(2019, 5, 22)  # a Wednesday; the coming November is 2019's, the last 2018's


# ... a longer phrase between commas too, titles and initials in it (", a newcomer and former aide
# to U.S. Sen. Mary Hale, in November"), as long as it holds no verb of its own.
test_a_long_apposed_phrase_takes_the_tense_of_its_clause = dated_test([
    ("The mayor will face Tom Reyes, a political newcomer and former aide to U.S. Sen. Mary Hale, in November.",
     ["2019-11"]),
    ("The mayor will face Tom Reyes, a former aide to Sen. Mary Hale, in November.", ["2019-11"]),
    ("The mayor will face Tom Reyes, a former aide to Mary Hale, in November.", ["2019-11"]),
    ("The board will hear from Ann Lee, an aide to Dr. Ross, on Friday.", ["2019-05-24"]),
    ("Reyes will be sworn in, the first attorney general of color in the state of Ohio, in January.", ["2020-01"]),
    # ... a past clause keeps its past, and a phrase with a verb of its own is no apposition
    ("The mayor met Tom Reyes, a former aide to U.S. Sen. Mary Hale, in November.", ["2018-11"]),
    ("The firm posted a loss, the first in the history of its U.S. unit, in April.", ["2019-04"]),
    ("The mayor will face Tom Reyes, a former aide he fired from his U.S. Senate office, in November.",
     ["2018-11"]),
    ("The mayor will face Tom Reyes, a lawyer who was elected to the U.S. House, in November.", ["2018-11"]),
], published=MAY22)


TUE = dt.date(2024, 3, 19)  # the last Saturday is 16 March, the coming one 23 March
SAT_2024 = dt.date(2024, 3, 16)


# A possessive weekday after "this" in the present ("This Saturday's game is too important") is the
# present's nearest such day, as a bare one is: "this" says the week is this one. A possessive with
# no "this" ("Saturday's game", "angry about Saturday's loss") or in the past keeps the day gone by.
test_this_weekday_s_in_the_present_is_the_nearest_day = dated_test([
    (TUE, "This Saturday's game is too important to lose.", ["2024-03-23"]),
    (TUE, "This Friday's vote is the council's last before the break.", ["2024-03-22"]),
    # ... but not without "this", nor in the past
    (TUE, "Saturday's game is too important to lose.", ["2024-03-16"]),
    (TUE, "This Saturday's game was too important to lose.", ["2024-03-16"]),
    (TUE, "Fans are still angry about Saturday's loss.", ["2024-03-16"]),
    (TUE, "This Monday's meeting is the third this month.", ["2024-03-18"]),
])


# A body's present simple before a weekday, its verb listed ("meets", "votes") or not ("gathers"),
# is its schedule: the coming such day (issue 12), not the one gone by a day or two before a
# Wednesday paper. A caption's people, a past verb, a headline, a reported past keep the day gone by.
test_a_body_s_schedule_is_the_coming_day = dated_test([
    (WED, "The committee gathers on Tuesday.", ["2024-03-19"]),
    (WED, "The committee meets on Tuesday.", ["2024-03-19"]),
    (WED, "The Senate votes Tuesday.", ["2024-03-19"]),
    (WED, "The court hears arguments Tuesday.", ["2024-03-19"]),
    (WED, "The council weighs the proposal on Monday.", ["2024-03-18"]),
    (WED, "The board, which sets rates, decides on Tuesday.", ["2024-03-19"]),
    (WED, "The committee meets on Wednesday.", ["2024-03-13"]),
    # ... but not these
    (WED, "A crowd gathers outside the court on Tuesday.", ["2024-03-12"]),
    (WED, "The committee met on Tuesday.", ["2024-03-12"]),
    (WED, "Council weighs bus fares Tuesday", ["2024-03-12"]),
    (WED, "The senate chamber sits empty on Tuesday.", ["2024-03-12"]),
    (WED, "Lawyers for the board argue their case on Tuesday.", ["2024-03-12"]),
    (WED, "The jury, which deliberated for hours, convicted him on Tuesday.", ["2024-03-12"]),
    (WED, "The board members walk out of the hearing on Tuesday.", ["2024-03-12"]),
    (WED, "The council has approved the plan on Tuesday.", ["2024-03-12"]),
    (WED, "The committee's chairman speaks to reporters on Tuesday.", ["2024-03-12"]),
    (WED, "The court heard arguments on Tuesday.", ["2024-03-12"]),
    (WED, "The commission says it found no fraud on Tuesday.", ["2024-03-12"]),
    (WED, "Senators said the committee gathered on Monday.", ["2024-03-11"]),
    (WED, "The board was told on Tuesday that the plan had failed.", ["2024-03-12"]),
])


# A company's results given in the present simple ("reports earnings", "posts its quarterly
# results") are a schedule: the coming such day. Not with a word that tells what the results were
# ("reports record earnings", "strong results": the news of them), nor a past verb.
test_a_company_reports_results_on_a_coming_day = dated_test([
    (WED, "The company reports earnings Thursday.", ["2024-03-14"]),
    (WED, "Acme, which reports results on Thursday, rose 3%.", ["2024-03-14"]),
    (WED, "Acme reports first-quarter results on Thursday.", ["2024-03-14"]),
    (WED, "Acme posts its quarterly earnings on Monday.", ["2024-03-18"]),
    (WED, "Analysts said Acme reports results on Thursday.", ["2024-03-14"]),
    (WED, "The company reports earnings Wednesday.", ["2024-03-13"]),
    # ... but not these
    (WED, "Acme reported earnings Thursday.", ["2024-03-07"]),
    (WED, "Acme reports record earnings Tuesday", ["2024-03-12"]),
    (WED, "Acme reports record earnings on Tuesday.", ["2024-03-12"]),
    (WED, "Acme reports strong results on Tuesday.", ["2024-03-12"]),
    (WED, "Acme, which reported results on Tuesday, rose 3%.", ["2024-03-12"]),
    (WED, "Acme said Tuesday it reports results next month.", ["2024-03-12", "2024-04"]),
    (WED, "The company released earnings on Tuesday.", ["2024-03-12"]),
    (WED, "A reporter reports from the scene on Tuesday.", ["2024-03-12"]),
    (WED, "Shares rose Tuesday after Acme posted results.", ["2024-03-12"]),
    (WED, "When Acme reported results on Tuesday, shares fell.", ["2024-03-12"]),
])


# "There's" is "there is" (not before a participle: "there's been" is "has"), so "There's a game
# Saturday against Duke" reads as "There is a game Saturday" does: the present's nearest such day.
# A present that names a happening nobody schedules right before the weekday ("the crash Saturday")
# keeps the day gone by, in either form.
test_there_s_is_there_is = dated_test([
    (WED, "There's a game Saturday against Duke.", ["2024-03-16"]),
    (WED, "There’s a game Saturday against Duke.", ["2024-03-16"]),
    (WED, "He said there's a game Saturday.", ["2024-03-16"]),
    (WED, "There's a game Saturday against Duke, the coach said.", ["2024-03-16"]),
    (WED, "There's more rain Sunday.", ["2024-03-17"]),
    # ... but not these
    (WED, "There's been no word since Saturday.", ["2024-03-09/2024-03-13"]),
    (WED, "There's gotten to be a crowd since Saturday.", ["2024-03-09/2024-03-13"]),
    (WED, "There's had to be changes since Saturday.", ["2024-03-09/2024-03-13"]),
    (WED, "There was a game Saturday against Duke.", ["2024-03-09"]),
    (WED, "There's no word on what happened Saturday.", ["2024-03-09"]),
    (WED, "There's video of the crash Saturday.", ["2024-03-09"]),
    (WED, "There is video of the crash Saturday.", ["2024-03-09"]),
    (WED, "Police said there's no suspect in the shooting Saturday.", ["2024-03-09"]),
    (WED, "Police said there is no suspect in the shooting Saturday.", ["2024-03-09"]),
    (WED, "There's a meeting on Tuesday.", ["2024-03-12"]),
])


# A result a side comes off ("coming off a 63-60 victory Tuesday", "fresh off a win on Tuesday") is
# gone by though the clause is in the present, which otherwise reads a Tuesday three days back from a
# Friday paper as the coming one. A weekday before the phrase or outside it keeps the present's day.
test_a_result_a_side_comes_off_is_gone_by = dated_test([
    (FRI, 'UW is coming off a 63-60 victory Tuesday against Penn State.', ['2021-05-11']),
    (FRI, 'UW is coming off a win Tuesday.', ['2021-05-11']),
    (FRI, 'The Bucks are fresh off a win on Tuesday.', ['2021-05-11']),
    (FRI, 'The Bucks, coming off a loss Tuesday, host Duke on Saturday.', ['2021-05-11', '2021-05-15']),
    (FRI, 'The Bucks are coming off a win Saturday.', ['2021-05-08']),
    (FRI, 'The stock is coming off a record high Tuesday.', ['2021-05-11']),
    (FRI, "Coming off Tuesday's win, the Bucks host Duke Saturday.", ['2021-05-11', '2021-05-15']),
    (FRI, 'The Bucks host Duke Saturday, coming off a loss Tuesday.', ['2021-05-15', '2021-05-11']),
    # ... but not these
    (FRI, 'The Bucks host Duke on Tuesday.', ['2021-05-18']),
    (FRI, 'The Bucks play Tuesday after coming off a loss.', ['2021-05-18']),
    (FRI, 'The Bucks will try to bounce back Tuesday, coming off a loss.', ['2021-05-18']),
    (FRI, 'Coming off a loss, the Bucks play Tuesday.', ['2021-05-18']),
    (FRI, 'The Bucks were coming off a win Tuesday.', ['2021-05-11']),
    (FRI, 'The Bucks face Duke on Tuesday.', ['2021-05-18']),
])


# A negated past before "until" ("weren't told until Thursday", "didn't pass until Thursday") tells
# what happened on the day: the one gone by, not the end of a span ahead. Not a plan's verb
# ("weren't expected to return until", "weren't due back until"), a present or future negation, or
# a reported "wasn't until" (the backshifted "isn't until").
test_a_negated_past_until_a_weekday_is_gone_by = dated_test([
    (WED, "Players weren't told until Thursday.", ["2024-03-07"]),
    (WED, "Players were not told until Thursday.", ["2024-03-07"]),
    (WED, "The players did not learn of it until Thursday.", ["2024-03-07"]),
    (WED, "The bill didn't pass until Thursday.", ["2024-03-07"]),
    (WED, "The power wasn't restored until Friday.", ["2024-03-08"]),
    # ... but not these
    (WED, "The players weren't expected to return until Thursday.", ["2024-03-14"]),
    (WED, "He won't be back until Thursday.", ["2024-03-14"]),
    (WED, "The ban doesn't end until Thursday.", ["2024-03-14"]),
    (WED, "He said the vote wasn't until Thursday.", ["2024-03-14"]),
    (WED, "The road is closed until Thursday.", ["2024-03-14"]),
    (WED, "The players weren't due back until Thursday.", ["2024-03-14"]),
    (WED, "The warning was in effect until Friday.", ["2024-03-08"]),
    (WED, "Nobody will know until Thursday.", ["2024-03-14"]),
])


# A noun's "'s" before an -ing verb right before the weekday, with no verb after the day and no
# past in the sentence, is "is": "The team's playing Saturday" reads as "The team is playing
# Saturday", the present's nearest such day. A gerund or noun subject ("The team's playing on
# Saturday was sloppy", "the city's reopening Saturday drew crowds") keeps the day gone by.
test_a_noun_s_ing_before_a_weekday_is_a_present = dated_test([
    (WED, "The team's playing Saturday.", ["2024-03-16"]),
    (WED, "The team's playing Saturday against Duke.", ["2024-03-16"]),
    (WED, "Smith's starting on Saturday.", ["2024-03-16"]),
    (WED, "The mayor's speaking Saturday.", ["2024-03-16"]),
    (WED, "The company's closing Saturday.", ["2024-03-16"]),
    # ... but not these
    (WED, "The team's playing on Saturday was sloppy.", ["2024-03-09"]),
    (WED, "The team's training camp opened Saturday.", ["2024-03-09"]),
    (WED, "The team's playing Saturday drew praise.", ["2024-03-09"]),
    (WED, "The team's win Saturday sealed the title.", ["2024-03-09"]),
    (WED, "The team's scoring Saturday was the best of the season.", ["2024-03-09"]),
    (WED, "The team's shooting Saturday against Duke was poor.", ["2024-03-09"]),
    (WED, "The team's shooting Saturday against Duke is a concern.", ["2024-03-09"]),
    (WED, "Smith's wedding Saturday was lovely.", ["2024-03-09"]),
    (WED, "The team's playing time Saturday was limited.", ["2024-03-09"]),
    (WED, "The city's reopening Saturday drew crowds.", ["2024-03-09"]),
    (WED, "He's been playing since Saturday.", ["2024-03-09/2024-03-13"]),
])


THU_2024 = dt.date(2024, 3, 14)  # the last Tuesday is 12 March, the coming one 19 March; Saturday 9 and 16 March


# A contest's result named by its day's possessive ("Tuesday's primary victory", "Saturday's 3-1 win",
# "Sunday's loss", "Tuesday's election results") is of a day gone by, or today, whatever the tense
# around it: the result is known. Not a "win-or-go-home game", "Saturday's winner" or a day's plain
# "results" (an earnings report may be due), which can lie ahead; not "next Tuesday's".
test_a_day_s_result_is_gone_by = dated_test([
    (THU_2024, "The senator said he will celebrate Tuesday's primary victory with his staff.", ["2024-03-12"]),
    (THU_2024, "The Bucks will try to build on Tuesday's 3-1 win when they host Duke.", ["2024-03-12"]),
    (THU_2024, "The coach says Tuesday's narrow loss will not define the season.", ["2024-03-12"]),
    (THU_2024, "Tuesday's election results will be certified next week.", ["2024-03-12"]),
    (THU_2024, "Tuesday's upset a blow to the champions", ["2024-03-12"]),
    (THU_2024, "Fans hope Saturday's defeat will spur changes.", ["2024-03-09"]),
    # ... but not these
    (THU_2024, "Saturday's win-or-go-home game will decide the title.", ["2024-03-16"]),
    (THU_2024, "Saturday's winner will face Duke in the final.", ["2024-03-16"]),
    (THU_2024, "Tuesday's results will show how the quarter went.", ["2024-03-19"]),
    (THU_2024, "The team will play in Saturday's game against Duke.", ["2024-03-16"]),
    (THU_2024, "Fans will remember next Tuesday's victory parade.", ["2024-03-19"]),
    # ... nor an event named after the result, a result in a modal's clause, results awaited
    (THU_2024, "Fans will line the streets for Saturday's victory parade.", ["2024-03-16"]),
    (THU_2024, "Saturday's Victory Day parade will close downtown streets.", ["2024-03-16"]),
    (THU_2024, "Saturday's win would give the team the title.", ["2024-03-16"]),
    (THU_2024, "Saturday's vote results are expected by 9 p.m.", ["2024-03-16"]),
    (THU_2024, "Saturday's win would have clinched the title.", ["2024-03-09"]),
])


# What a past clause names as planned or foreseen for a weekday, with no verb of its own, is a plan
# told in the past (as "was expected to"): the nearest such day, the coming one when the last lies
# more than three days back. A warning or a rating "issued for" the day, "the prospect (possibility,
# plan, hopes) of <doing> ... on" the day, an absolute "with <something> anticipated (expected,
# forecast, predicted) on" the day. Not when such a phrase is the subject of a verb after the day,
# nor "with more rain than expected on", nor when the last such day is close.
test_a_plan_named_in_a_past_clause_is_the_nearest_day = dated_test([
    (WED, "The sides discussed trade, including the prospect of reopening the border on Friday, the embassy said.",
     ["2024-03-15"]),
    (WED, "The ministers discussed the possibility of resuming flights on Thursday.", ["2024-03-14"]),
    (WED, "The union raised the prospect of striking on Friday.", ["2024-03-15"]),
    (WED, "A state of emergency was declared after an extreme fire danger rating was issued for Thursday in the "
          "densely populated regions.", ["2024-03-14"]),
    (WED, "A red flag warning was issued for Friday.", ["2024-03-15"]),
    (WED, "Forecasters said the storm would strengthen, with landfall anticipated along the coast on Friday.",
     ["2024-03-15"]),
    (WED, "The storm weakened, with landfall expected on Thursday.", ["2024-03-14"]),
    # ... but not these
    (WED, "Their hopes of winning the title on Thursday were dashed.", ["2024-03-07"]),
    (WED, "A red flag warning issued for Thursday was lifted early.", ["2024-03-07"]),
    (WED, "The ministers discussed the possibility of resuming flights on Monday.", ["2024-03-11"]),
    (WED, "The vote closed, with turnout higher than expected on Thursday.", ["2024-03-07"]),
    (WED, "The union raised the prospect of striking on Friday, and the strike went ahead.", ["2024-03-08"]),
    (WED, "The plan for reopening schools on Friday was scrapped.", ["2024-03-08"]),
    (WED, "Police issued a warning on Friday.", ["2024-03-08"]),
])


# A plan (or a proposal) that is the object of a finite past verb ("approved plans to build", "rejected
# plans for building", "voted down a proposal to open", "unveiled its plans to widen") is a noun: the
# past verb is the clause's, and a weekday after the plan's complement is when it was done, the last
# such day. A plan with no past verb over it ("has plans to open", "is weighing a plan to", "The firm
# plans to"), a plan a verb reports ("said the city plans to"), a perfect's ("has approved plans to"),
# a relative clause's future after it, or a main verb dated already keep the plan's day ahead.
test_a_plan_that_a_past_verb_acts_on_dates_the_act = dated_test([
    (WED, "The council rejected plans for building a stadium on Thursday.", ["2024-03-07"]),
    (WED, "The council approved plans to build a stadium on Thursday.", ["2024-03-07"]),
    (WED, "The council voted down a proposal to open a stadium on Thursday.", ["2024-03-07"]),
    (WED, "The city unveiled its plans to widen the coastal road on Friday.", ["2024-03-08"]),
    (WED, "The mayor rejected the revised plans for reopening the pier on Friday.", ["2024-03-08"]),
    (WED, "Regulators approved the airline's plan to cut routes on Thursday, the agency said.", ["2024-03-07"]),
    # ... but not these
    (WED, "The council has plans to open the stadium on Thursday.", ["2024-03-14"]),
    (WED, "The council is weighing a plan to close the road on Thursday.", ["2024-03-14"]),
    (WED, "The firm plans to close the plant on Friday.", ["2024-03-15"]),
    (WED, "Officials said the city plans to open the stadium on Thursday.", ["2024-03-14"]),
    (WED, "Officials warned the firm plans to close the plant on Friday.", ["2024-03-15"]),
    (WED, "The mayor announced the city plans to reopen the bridge on Friday.", ["2024-03-15"]),
    (WED, "The report revealed the airline plans to cut routes on Thursday.", ["2024-03-14"]),
    (WED, "The governor disclosed the state plans to sell the bonds on Friday.", ["2024-03-15"]),
    (WED, "The company announced plans to close the plant on Friday, the union said.", ["2024-03-08"]),
    (WED, "The board has approved plans to close the plant on Friday.", ["2024-03-15"]),
    (WED, "The council approved plans to build a stadium that will open on Thursday.", ["2024-03-14"]),
    (WED, "The council on Tuesday approved plans to hold a vote on Thursday.", ["2024-03-12", "2024-03-14"]),
    (WED, "The team that lost plans to appeal on Thursday.", ["2024-03-14"]),
    (WED, "The ministers discussed the possibility of resuming flights on Thursday.", ["2024-03-14"]),
])


# When the deciding has its own day ("voted on Tuesday to close the road", "on Tuesday voted to",
# "approved plans on Tuesday to open"), a weekday in the infinitive after it is what was decided,
# which comes after that day: the first such day after it. Not a verb of its own after the
# infinitive ("to tell police what he saw on Thursday"), nor a day's possessive.
test_what_was_decided_on_a_day_comes_after_it = dated_test([
    (WED, "The council approved plans on Tuesday to open the stadium on Thursday.", ["2024-03-12", "2024-03-14"]),
    (WED, "The council voted on Tuesday to close the road on Friday.", ["2024-03-12", "2024-03-15"]),
    (WED, "The union decided on Tuesday to strike on Thursday.", ["2024-03-12", "2024-03-14"]),
    (WED, "The council on Tuesday voted to close the road on Friday.", ["2024-03-12", "2024-03-15"]),
    (WED, "The union decided on Monday to strike on Tuesday.", ["2024-03-11", "2024-03-12"]),
    # ... but not these
    (WED, "He decided on Tuesday to tell police what he saw on Thursday.", ["2024-03-12", "2024-03-07"]),
    (WED, "The union met on Tuesday to discuss the strike it held on Thursday.", ["2024-03-12", "2024-03-07"]),
    (WED, "The council voted Tuesday, and the road closed on Friday.", ["2024-03-12", "2024-03-08"]),
    # nor an infinitive that judges a happening gone by (condemn, investigate, punish, overturn ...)
    (WED, "Lawmakers voted on Tuesday to condemn the attack on Sunday.", ["2024-03-12", "2024-03-10"]),
    (WED, "The Security Council voted Monday to investigate the shelling on Saturday.", ["2024-03-11", "2024-03-09"]),
    (WED, "The league decided on Monday to punish the club for the brawl on Saturday.", ["2024-03-11", "2024-03-09"]),
    (WED, "The board voted on Tuesday to overturn the ruling on Friday.", ["2024-03-12", "2024-03-08"]),
    (WED, "The council voted on Monday to honor the firefighters at a ceremony on Saturday.",
     ["2024-03-11", "2024-03-16"]),
])


# A fixture or a meeting that a verbless "with" phrase names after a past clause ("The team lost on
# Sunday, with a rematch on Thursday") is told as still to come: a rematch, a second leg or a vote
# already played would be told with its result. A reader of a Wednesday paper takes the coming such
# day (Thursday 14 March, Monday 18 March), or the publication day itself, and never one before the
# day of the clause it follows. Not a result in the phrase ("with a win on Thursday"), nor a verb
# after the day ("with the game on Thursday drawing 40,000"), nor a happening nobody schedules
# ("with more rain on Thursday"), nor a rematch followed by what happened next.
test_a_fixture_in_a_with_phrase_after_a_past_clause_lies_ahead = dated_test([
    (WED, "The team lost on Sunday, with a rematch on Thursday.", ["2024-03-10", "2024-03-14"]),
    (WED, "The team lost on Sunday, with a rematch on Monday.", ["2024-03-10", "2024-03-18"]),
    (WED, "The team lost on Tuesday, with a rematch on Wednesday.", ["2024-03-12", "2024-03-13"]),
    (WED, "United lost 2-1 in Madrid, with the second leg at Old Trafford on Tuesday.", ["2024-03-19"]),
    (WED, "The bill passed the House, with a Senate vote on Friday.", ["2024-03-15"]),
    (WED, "The hearing was adjourned, with a new hearing on Monday.", ["2024-03-18"]),
    (WED, "The team will play on Monday, with a rematch on Friday.", ["2024-03-18", "2024-03-22"]),
    # ... but not these
    (WED, "The team clinched the title, with a win on Thursday.", ["2024-03-07"]),
    (WED, "The team finished third, with a loss in its last game on Thursday.", ["2024-03-07"]),
    (WED, "The team lost on Sunday, with the rematch on Thursday ending 2-2.", ["2024-03-10", "2024-03-07"]),
    (WED, "Fans packed the stadium, with the game on Thursday drawing 40,000.", ["2024-03-07"]),
    (WED, "Voters went to the polls, with the vote on Sunday seen as a test for the government.",
     ["2024-03-10"]),
    (WED, "The storm hit on Sunday, with more rain on Thursday.", ["2024-03-10", "2024-03-07"]),
    (WED, "The team lost on Sunday, with a record crowd on Thursday.", ["2024-03-10", "2024-03-07"]),
    # ... nor one that "with the <nth>" picks from a set its clause before told of as done.
    (WED, "The club played four matches in eight days, with the final match on Sunday.", ["2024-03-10"]),
    (WED, "The team played three games in five days, with the final game on Saturday.", ["2024-03-09"]),
    (WED, "The boxer fought three bouts in a month, with the third bout on Friday.", ["2024-03-08"]),
    (WED, "The Senate took two votes on the bill, with the final vote on Monday.", ["2024-03-11"]),
    (WED, "The teams split two games, with the deciding game on Sunday.", ["2024-03-17"]),
    (WED, "The club played four matches in eight days, with a fifth match on Sunday.", ["2024-03-17"]),
    (WED, "The Senate passed the bill, with the final vote on Friday.", ["2024-03-15"]),
])


# A verbless "with" phrase after a comma ("..., with isolated totals of 20 inches through Sunday
# night") adds to the clause before it and takes its tense: a modal there carries to the day. An -ed
# word right after a preposition ("with isolated totals", "from affected airports") is an adjective,
# no past verb. A past clause keeps its day gone by; a "with" phrase with an -ing participle is read
# elsewhere.
test_a_verbless_with_phrase_takes_the_tense_of_its_clause = dated_test([
    (WED, "The storm could dump a foot of rain, with isolated totals of 20 inches through Sunday night, "
          "forecasters said.", ["2024-03-17"]),
    (WED, "The storm will bring heavy rain, with totals of 12 inches by Saturday morning.", ["2024-03-16"]),
    (WED, "The storm could bring rain, with scattered showers on Saturday.", ["2024-03-16"]),
    (WED, "Crews will work with stranded drivers on Saturday.", ["2024-03-16"]),
    (WED, "The storm could dump rain, with totals of 12 inches on Saturday, a forecaster said.", ["2024-03-16"]),
    (WED, "Rain will fall along the coast, with isolated storms on Saturday.", ["2024-03-16"]),
    # ... but not these
    (WED, "The storm dumped a foot of rain, with isolated totals of 20 inches on Saturday.", ["2024-03-09"]),
    (WED, "The airline canceled flights from affected airports on Saturday.", ["2024-03-09"]),
    (WED, "The team beat Duke, with Smith back from injury on Saturday.", ["2024-03-09"]),
    (WED, "Police found him among scattered debris on Saturday.", ["2024-03-09"]),
    (WED, "Those who turned in signed forms on Saturday were paid.", ["2024-03-09"]),
    (WED, "The team will play without injured star Smith on Saturday.", ["2024-03-16"]),
])


# Weekdays listed in order as a run of three or more consecutive days ("1,200 flights were canceled
# Monday, 4,000 Tuesday and 600 Wednesday") are consecutive days: a later one never falls a week
# before the earlier ones. Not a day after a verb of its own clause ("the exchange said Wednesday"),
# nor days in other clauses or tenses, nor two days alone, nor days out of order.
test_a_run_of_days_listed_in_order_is_consecutive = dated_test([
    (TUE, "By 9 p.m. Monday night, 1,200 flights were canceled, 4,000 Tuesday and 600 Wednesday, the tracker "
          "said.", ["2024-03-18", "2024-03-19", "2024-03-20"]),
    (TUE, "Police made 40 arrests Monday, 12 Tuesday and 3 Wednesday.", ["2024-03-18", "2024-03-19", "2024-03-20"]),
    (MON_2024, "Flights were canceled Monday, Tuesday and Wednesday.", ["2024-03-18", "2024-03-19", "2024-03-20"]),
    # ... but not these
    # (the saying is not the run's third day; it can not come before the days it reports, so it is the
    # day after the paper's date, a story from ahead in time: test_news_saying_after_its_report.py)
    (TUE, "Sales rose 3% Monday and 2% Tuesday, the exchange said Wednesday.", ["2024-03-18", "2024-03-19",
                                                                              "2024-03-20"]),
    (TUE, "The storm hit Monday; by Tuesday it had weakened, and on Wednesday it was gone.",
     ["2024-03-18", "2024-03-19", "2024-03-13"]),
    (TUE, "Schools closed 40 classrooms Sunday, 65 Monday and 12 Tuesday.", ["2024-03-17", "2024-03-18", "2024-03-19"]),
    (TUE, "Police made 40 arrests Monday and 12 on Wednesday.", ["2024-03-18", "2024-03-13"]),
    (TUE, "The airport reopened Tuesday following Monday's storms.", ["2024-03-19", "2024-03-18"]),
])


# A plain list of three or more consecutive days in a past clause that would run past the
# publication day is the last such run, wholly gone by: a past clause tells of no days still to
# come. Not a plan or a forecast told in the past, nor a closure or a calling off (whose days may lie
# ahead), nor days with words of their own between them.
test_a_past_run_of_days_does_not_cross_the_publication_day = dated_test([
    (WED, "The strike ran Monday, Tuesday, Wednesday, Thursday and Friday.",
     ["2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08"]),
    (WED, "Rain fell Tuesday, Wednesday and Thursday.", ["2024-03-05", "2024-03-06", "2024-03-07"]),
    (WED, "Hearings were held on Tuesday, on Wednesday and on Thursday.", ["2024-03-05", "2024-03-06", "2024-03-07"]),
    (WED, "He said he worked Wednesday, Thursday and Friday.", ["2024-03-06", "2024-03-07", "2024-03-08"]),
    # ... but not these
    (WED, "Hearings were held Monday, Tuesday and Wednesday.", ["2024-03-11", "2024-03-12", "2024-03-13"]),
    (WED, "The team was scheduled to play Tuesday, Wednesday and Thursday.", ["2024-03-19", "2024-03-20", "2024-03-21"]),
    (WED, "Heavy rain was forecast for Tuesday, Wednesday and Thursday.", ["2024-03-12", "2024-03-13", "2024-03-14"]),
    (SAT_2024, "Crowds were expected Friday, Saturday and Sunday.", ["2024-03-15", "2024-03-16", "2024-03-17"]),
    (WED, "Schools were closed Tuesday, Wednesday and Thursday.", ["2024-03-12", "2024-03-13", "2024-03-14"]),
    (WED, "The strike will run Monday, Tuesday, Wednesday, Thursday and Friday.",
     ["2024-03-18", "2024-03-19", "2024-03-20", "2024-03-21", "2024-03-22"]),
    (TUE, "Police made 40 arrests Monday, 12 Tuesday and 3 Wednesday.", ["2024-03-18", "2024-03-19", "2024-03-20"]),
])


# ... and so is a pair of days, or a list of days in order within a week ("The strike ran Wednesday
# and Thursday", "The court heard the case Tuesday and Thursday" in a Wednesday paper: last week's,
# not today and tomorrow, nor yesterday and the Thursday before it). A clause with no tense marker
# whose singular subject has a bare verb is past ("The strike shut the plant", "The blaze spread":
# a present would end in "-s"). Not a list that does not cross the publication day, one told
# backwards ("Thursday and Monday"), a forecast or a plan, a closure or a calling off (whose days may
# lie ahead), days the verb names ("announced Wednesday and Thursday as holidays"), nor a future.
test_a_past_pair_or_list_of_days_does_not_cross_the_publication_day = dated_test([
    (WED, "The strike ran Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    (WED, "The storm hit the coast Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    (WED, "The council voted Wednesday and Thursday, officials said.", ["2024-03-06", "2024-03-07"]),
    (WED, "The court heard the case Tuesday and Thursday.", ["2024-03-05", "2024-03-07"]),
    (WED, "Police raided homes Monday and Thursday.", ["2024-03-04", "2024-03-07"]),
    (WED, "The strike shut the plant Monday through Friday.", ["2024-03-04/2024-03-08", "2024-03-08"]),
    (WED, "The blaze spread Tuesday through Thursday.", ["2024-03-05/2024-03-07", "2024-03-07"]),
    # ... but not these
    (WED, "He testified Monday and Wednesday.", ["2024-03-11", "2024-03-13"]),
    (WED, "It rained Thursday and Monday.", ["2024-03-07", "2024-03-11"]),
    (WED, "Crowds were expected Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    (WED, "The airline canceled flights Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    (WED, "Officials announced Wednesday and Thursday as holidays.", ["2024-03-13", "2024-03-14"]),
    (WED, "The team will play Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    (WED, "The strike shuts the plant Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    # a subject that agrees with a plural verb with no "-s" (an irregular plural, a British collective)
    # may have a present's bare verb: no past
    (WED, "The children get a day off Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    (WED, "The England squad fly out Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    (WED, "The public get free entry Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    (WED, "The jury find out Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    (WED, "The mob fled the scene Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    (WED, "The company cut 500 jobs Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    # a forecast before a list of places, or told as "in the forecast", keeps its days ahead
    (WED, "Strong winds were also expected for northern Texas, central Oklahoma and southern Kansas and "
          "Missouri Wednesday and Thursday, the weather service said.", ["2024-03-13", "2024-03-14"]),
    (WED, "Blizzard warnings were in effect as heavy snow and strong gusts were in the forecast Wednesday "
          "and Thursday, forecasters said.", ["2024-03-13", "2024-03-14"]),
    (WED, "Thunderstorms were likely Wednesday and Thursday across the plains.", ["2024-03-13", "2024-03-14"]),
    # ... but a forecast that a clause of its own and a past verb follow does not
    (WED, "Snow was in the forecast, but the storm pounded the coast Wednesday and Thursday.",
     ["2024-03-06", "2024-03-07"]),
])


# A weekday with its week after it ("on Tuesday last week", "Thursday of next week") is that week's
# day (weeks start on Monday), not the nearest such day; so is every bare weekday listed before it
# ("on Monday and Tuesday last week").
WED_2023_06_21 = dt.date(2023, 6, 21)

test_a_weekday_with_its_week_is_that_week_s_day = dated_test([
    (WED_2023_06_21, "The talks were held on Tuesday last week.", ["2023-06-13"]),
    (WED_2023_06_21, "The talks were held on Tuesday of last week.", ["2023-06-13"]),
    (WED_2023_06_21, "Talks will be held on Thursday next week.", ["2023-06-29"]),
    (WED_2023_06_21, "The talks were held on Tuesday this week.", ["2023-06-20"]),
    (WED_2023_06_21, "The council met Monday and Thursday last week.", ["2023-06-12", "2023-06-15"]),
    (WED_2023_06_21, "Rain fell Monday, Tuesday, Thursday and Friday last week.",
     ["2023-06-12", "2023-06-13", "2023-06-15", "2023-06-16"]),
    (WED_2023_06_21, "Talks will be held on Thursday and Friday next week.", ["2023-06-29", "2023-06-30"]),
    # ... not a weekday whose week is another's ("last week's"), nor one with its own modifier
    (WED_2023_06_21, "The deal was signed Tuesday, after last week's talks failed.", ["2023-06-20"]),
    (WED_2023_06_21, "The deal was signed last Tuesday and Friday last week.", ["2023-06-13", "2023-06-16"]),
    (WED_2023_06_21, "He said Monday that last week was hard.", ["2023-06-19"]),
    # ... nor a day of another clause in another tense before it
    (WED_2023_06_21, "He met her on Friday, and on Monday next week they will marry.", ["2023-06-16", "2023-06-26"]),
])


# ... and so with the week written first ("last week on Tuesday", "next week Thursday"), each day of a
# list after it too; with a comma between, only a week that opens its clause ("Last week, on
# Tuesday, ...").
test_a_weekday_after_its_week_is_that_week_s_day = dated_test([
    ("The talks were held last week on Tuesday.", ["2023-06-13"]),
    ("Talks will be held next week on Thursday.", ["2023-06-29"]),
    ("Talks will resume next week Thursday.", ["2023-06-29"]),
    ("The council met last week on Monday and Thursday.", ["2023-06-12", "2023-06-15"]),
    ("Talks will be held next week on Thursday and Friday.", ["2023-06-29", "2023-06-30"]),
    ("Last week, on Tuesday, the council voted.", ["2023-06-13"]),
    ("Earlier last week on Tuesday, the two sides met.", ["2023-06-13"]),
    # ... not a day of another clause or phrase, nor a day's possessive
    ("Compared with last week, on Tuesday prices fell.", ["2023-06-20"]),
    ("Prices rose last week, and on Tuesday they fell.", ["2023-06-20"]),
    ("He said last week that on Tuesday he would resign.", ["2023-06-27"]),
    ("The agency released last week Tuesday's figures.", ["2023-06-20"]),
], published=WED_2023_06_21)


# A day a past clause sets ahead of its telling (issue 12: on the blind weekday sets, a bare weekday a
# week too early in a past clause was the largest error left): a time allowed up to it ("had until
# Friday to"), a deadline's, an order's infinitive due by it, a call for a strike or a protest on it, a
# measure told from it on, a forecast's object. As for a plan told in the past, the nearest such day:
# the coming one when the last lies more than three days back.
JUN_MON = dt.date(2024, 6, 10)  # the last Wednesday is 5 June, the coming one 12 June
JUN_TUE = dt.date(2024, 6, 11)

test_a_deadline_or_a_call_told_in_the_past_is_the_nearest_such_day = dated_test([
    (JUN_MON, "Lawmakers had until Thursday to reach a deal.", ["2024-06-13"]),
    (JUN_MON, "The tenants were given until Wednesday to move out.", ["2024-06-12"]),
    (JUN_MON, "The regulator set a deadline of Thursday for the bank's answer.", ["2024-06-13"]),
    (JUN_MON, "The firm was told to hand over the records by Wednesday.", ["2024-06-12"]),
    (JUN_MON, "Teachers called for a walkout on Thursday.", ["2024-06-13"]),
    (JUN_TUE, "The federation called a general strike for Friday.", ["2024-06-14"]),
    (JUN_MON, "Organizers urged residents to turn out Wednesday for the march.", ["2024-06-12"]),
    (JUN_MON, "The governor imposed a burn ban effective Thursday.", ["2024-06-13"]),
    (JUN_TUE, "Forecasters predicted heavy rain Friday across the region.", ["2024-06-14"]),
    # ... not a state that lasted up to the day, a call with no "for", a day whose outcome is told,
    # a calling or a forecast told on the day, nor a day close behind
    (JUN_MON, "The bridge stayed closed until Wednesday.", ["2024-06-05"]),
    (JUN_MON, "The union called a strike Wednesday that closed the ports.", ["2024-06-05"]),
    (JUN_MON, "Teachers called for a walkout on Thursday that emptied schools.", ["2024-06-06"]),
    (JUN_MON, "The governor imposed a burn ban effective Thursday, and fires dropped.", ["2024-06-06"]),
    (JUN_TUE, "Forecasters predicted Saturday that the rain would ease.", ["2024-06-08"]),
    (JUN_MON, "Police called for calm Wednesday after the shooting.", ["2024-06-05"]),
    (JUN_MON, "The union called for a strike Saturday.", ["2024-06-08"]),
    # ... an outcome told by a past whose form is its bare verb's, after "and"/"but" (rv3-style probe)
    (JUN_MON, "Unions called for a strike Thursday, and the ports shut down.", ["2024-06-06"]),
    (JUN_MON, "Teachers called for a walkout on Thursday, and it cut classes by half.", ["2024-06-06"]),
    # ... but not that verb's bare form after a modal or "to": the outcome is still to come
    (JUN_MON, "Unions called for a strike Thursday, and the ports could shut down.", ["2024-06-13"]),
    (JUN_MON, "Unions called for a strike Thursday, and the ports expect to shut down.", ["2024-06-13"]),
])


# A schedule told as superseded or over, by a past perfect ("had been set for", "had been due to",
# "which had called a rally for"), an original plan ("originally set for") or a schedule apposed between
# commas before a past main verb ("The final, scheduled for Saturday, ended in a draw"), names the
# nearest such day, as a plan told with its own past verb does: the last one up to three days back.
test_a_superseded_schedule_is_the_nearest_such_day = dated_test([
    (JUN_MON, "The ferry had been scheduled to sail Saturday.", ["2024-06-08"]),
    (JUN_MON, "The debate, originally set for Friday, was moved to Wednesday.", ["2024-06-07", "2024-06-12"]),
    (JUN_TUE, "The council had been due to vote Monday but adjourned.", ["2024-06-10"]),
    (JUN_MON, "The final, scheduled for Saturday, ended in a draw.", ["2024-06-08"]),
    (JUN_MON, "The party, which had called a rally for Sunday, called it off.", ["2024-06-09"]),
    # ... not a present perfect's or an apposed schedule's before a main verb that is no past, nor a
    # day further back than three days
    (JUN_MON, "The debate has been set for Saturday.", ["2024-06-15"]),
    (JUN_MON, "The final, scheduled for Saturday, will be shown live.", ["2024-06-15"]),
    (JUN_MON, "The ferry had been scheduled to sail Thursday.", ["2024-06-13"]),
])


# A day's possessive that a past clause readies for or weighs ("prepared for Friday's vote", "were
# nervous about Friday's jobs report", "Tickets for Sunday's final sold out") is the nearest such day, as
# a plan told in the past: the coming one when the last lies more than three days back; not one whose
# outcome the sentence tells.
test_a_day_readied_for_in_the_past_is_the_nearest_such_day = dated_test([
    (JUN_MON, "Shoppers stocked up for Thursday's holiday.", ["2024-06-13"]),
    (JUN_MON, "The players practiced for Wednesday's match.", ["2024-06-12"]),
    (JUN_MON, "Traders were jittery about Thursday's inflation figures.", ["2024-06-13"]),
    (JUN_TUE, "The band rehearsed for Friday's show.", ["2024-06-14"]),
    # ... not a day close behind, nor one whose outcome is told
    (JUN_MON, "The players practiced for Saturday's match.", ["2024-06-08"]),
    (JUN_MON, "Shoppers stocked up for Thursday's storm, which knocked out power.", ["2024-06-06"]),
    (JUN_MON, "The players practiced for Wednesday's match and lost it.", ["2024-06-05"]),
    (JUN_MON, "Traders were upbeat about Thursday's surprise rate cut.", ["2024-06-06"]),
])


# A collective action "called for" a day, told as the subject of an active past verb right after the
# day ("The strike called for Wednesday shut down the ports"), is the day gone by: the verb tells how
# the day went; a passive, a modal or a present after the day keeps it ahead.
test_a_happening_called_for_a_day_with_its_outcome_told_is_gone_by = dated_test([
    (JUN_MON, "The strike called for Wednesday shut down the ports.", ["2024-06-05"]),
    (JUN_MON, "The general strike called for Thursday paralyzed the capital.", ["2024-06-06"]),
    (JUN_TUE, "The protest called for Wednesday drew thousands.", ["2024-06-05"]),
    # ... not one still ahead
    (JUN_MON, "The protest called for Friday was banned by the police.", ["2024-06-14"]),
    (JUN_MON, "The strike called for Wednesday will shut down the ports.", ["2024-06-12"]),
    (JUN_MON, "The rally called for Thursday is expected to draw thousands.", ["2024-06-13"]),
])


# "expected <object> to <verb>" before a weekday is a plan told in the past, as "was expected to":
# the nearest such day, the coming one when the last lies more than three days back.
test_an_expectation_with_its_object_names_the_nearest_such_day = dated_test([
    (JUN_MON, "The airline said it expected flights to resume Thursday.", ["2024-06-13"]),
    (JUN_MON, "Officials expected the strike to end Tuesday.", ["2024-06-11"]),
    # ... not a day close behind, nor one whose outcome is told
    (JUN_MON, "The ministry expected schools to reopen Friday.", ["2024-06-07"]),
    (JUN_MON, "Police expected protesters to gather Wednesday, and thousands did.", ["2024-06-05"]),
])


# "had been expected <day>" with nothing telling the day passed is a plan told in the past: the
# nearest such day, the coming one when the last lies more than three days back.
test_a_day_that_had_been_expected_is_the_nearest_such_day = dated_test([
    (JUN_MON, "A vote had been expected Thursday.", ["2024-06-13"]),
    # ... not a day close behind, nor one whose outcome is told
    (JUN_MON, "A ruling had been expected Friday.", ["2024-06-07"]),
    (JUN_MON, "The verdict, which had been expected Wednesday, came a day late.", ["2024-06-05"]),
    (JUN_MON, "A vote had been expected Thursday, and it passed easily.", ["2024-06-06"]),
])
