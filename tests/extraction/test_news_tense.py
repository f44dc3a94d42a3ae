"""Which way a date reads by its clause: ahead or gone by, by the tense, the verb or the
construction it hangs on ("until", "through", "before", "pending", expectations, forecasts,
plans, modals, reported speech, listed items, compound adjectives, a side rested before a
match), and where a clause ends.

Each row: the publication date (or one for the group), the text, the dates the engine must give
(date or date/end), in order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

WED = dt.date(2024, 3, 13)


test_past_verb_before_until_keeps_the_past = dated_test([
    # "until <day>" looks ahead ("a warning until Friday", "will remain closed
    # until Monday") unless a past verb of lasting or having holds it: the time
    # allowed or the state then lay behind ("had until March 11 to file").
    (WED, "Candidates had until March 11 to file their papers.", ["2024-03-11"]),
    (WED, "Applicants were given until March 1 to respond.", ["2024-03-01"]),
    (WED, "The road remained closed until Monday.", ["2024-03-11"]),
    (WED, "The warning was in effect until Monday.", ["2024-03-11"]),
    (WED, "The road will remain closed until Monday.", ["2024-03-18"]),
    (WED, "The agency issued a warning until Friday.", ["2024-03-15"]),
    (WED, "Candidates have until March 20 to file.", ["2024-03-20"]),
])


test_reported_past_before_until_still_looks_ahead = dated_test([
    # Reported speech puts its verb in the past ("said the office was
    # closed"): what it reports holds as it is reported, so "until" still
    # looks ahead; a year back ("June 30" a year before a June paper) was
    # the past reading's.
    (WED, "Officials said the office was closed until Monday.", ["2024-03-18"]),
    (WED, "The mayor said residents had until March 29 to apply.", ["2024-03-29"]),
    (WED, "The league said players were allowed until March 20 to sign.", ["2024-03-20"]),
    (WED, "Police said the curfew was in effect until Sunday.", ["2024-03-17"]),
    # A day just past keeps its own year, as in any future clause.
    (WED, "The city said applicants had until March 1 to file.", ["2024-03-01"]),
    # A reporting verb of another clause leaves the past its own.
    (WED, "The bridge, which officials said was unsafe, remained closed until Monday.", ["2024-03-11"]),
])


test_until_opening_a_past_sentence_is_gone_by = dated_test([
    # "Until <day>" opening the sentence is what held up to then: the main clause after it says
    # which way, a past the day gone by ("Up until Monday, the order was the largest ever").
    (WED, "Up until Monday, the merger was the largest in the industry's history.", ["2024-03-11"]),
    (WED, "Until Monday night, the record belonged to a team from Ohio.", ["2024-03-11"]),
    (WED, "But until Friday, nobody had heard of the firm.", ["2024-03-08"]),
    (WED, "Until 5 p.m. Monday, crews worked around the clock.", ["2024-03-11"]),
    # ... a present, a future or a modal after it still look ahead.
    (WED, "Until Monday, the store is open late.", ["2024-03-18"]),
    (WED, "Until Friday, the store will stay open late.", ["2024-03-15"]),
    (WED, "Until 5 p.m. Friday, residents can apply for aid.", ["2024-03-15"]),
    (WED, "Up until Friday, the lanes remain closed.", ["2024-03-15"]),
    # ... and a saying set between commas after the date is an aside: the clause after it decides.
    (WED, "Until Friday, officials said, the road will stay closed.", ["2024-03-15"]),
    (WED, "Until Saturday, the city said, residents must boil their water.", ["2024-03-16"]),
    (WED, "Until Friday, officials said, the bridge was the longest in the state.", ["2024-03-08"]),
])


test_future_clause_keeps_a_day_just_past = dated_test([
    # A yearless day a few weeks behind publication is that day even in a
    # future clause: its next occurrence, most of a year ahead, would have
    # been written with its year ("the winners of the Feb. 20 primary will
    # meet in a runoff").
    (WED, "The two leaders from the Feb. 20 primary will meet in a runoff.", ["2024-02-20"]),
    (WED, "Results of the March 1 vote will be certified soon.", ["2024-03-01"]),
    # ... not when the day is months back, nor with a weekday or "next" that says otherwise.
    (WED, "The new law will take effect on Jan. 1.", ["2025-01-01"]),
    (WED, "The fair will open next March 1.", ["2025-03-01"]),
    (WED, "The fair will open on Saturday, March 1.", ["2025-03-01"]),
])


FRI = dt.date(2024, 3, 15)


test_thousands_separator_is_no_clause_break = dated_test([
    # A comma between digits ("4,000") is a thousands separator, not a clause
    # break: the verb before the number still gives the date its tense.
    (FRI, "Organisers expect more than 4,000 runners on Sunday.", ["2024-03-17"]),
    (FRI, "The city will hire 1,500 workers on Monday, officials said.", ["2024-03-18"]),
    (FRI, "Organisers expect more than 400 runners on Sunday.", ["2024-03-17"]),
])


THU = dt.date(2024, 3, 14)


test_before_a_day_in_a_present_clause_is_a_deadline_ahead = dated_test([
    # "before <day>" in a present clause or after an infinitive is a deadline
    # ahead, as "by <day>" is; "have through <day> to" is "have until <day> to".
    (THU, "Crews are racing to restore power before Tuesday.", ["2024-03-19"]),
    (THU, "Residents are urged to leave before Tuesday.", ["2024-03-19"]),
    (THU, "The company has to pay the fine before Tuesday.", ["2024-03-19"]),
    (THU, "Voters have through Tuesday to register.", ["2024-03-19"]),
    # The past keeps the past, and a possessive day is the day of its event.
    (THU, "Crews restored power before Tuesday.", ["2024-03-12"]),
    (THU, "Voters had through Tuesday to register.", ["2024-03-12"]),
    (THU, "The striker warms up before Tuesday's game.", ["2024-03-12"]),
])


test_moved_through_a_day_is_no_rescheduling = dated_test([
    # "moved through", "pushed through" a day: passing on that day, not a
    # date put off ("moved to Friday") or extended ("extended through Friday").
    (THU, "A cold front moved through Tuesday, bringing rain.", ["2024-03-12"]),
    (THU, "The storm pushed through Tuesday night, toppling trees.", ["2024-03-12"]),
    (THU, "The deadline was extended through Tuesday.", ["2024-03-19"]),
    (THU, "The hearing was moved to Tuesday.", ["2024-03-19"]),
])


test_pending_a_hearing_looks_ahead = dated_test([
    # "pending a hearing <day>": awaiting what comes, a day ahead.
    (THU, "He is being held without bail pending a hearing Tuesday.", ["2024-03-19"]),
    (THU, "He remains jailed pending a court appearance Friday.", ["2024-03-15"]),
    (THU, "He was arrested on Tuesday and is held pending a hearing.", ["2024-03-12"]),
])


NOV21 = dt.date(2019, 11, 21)


test_the_day_of_an_unscheduled_happening_lies_behind = dated_test([
    # A yearless day named for a happening nobody schedules (a crash, a
    # shooting, a fire) is the one gone by, whatever the clause's tense.
    ("The bus driver is facing 12 charges in connection with the April 25 crash.", ["2019-04-25"]),
    ("The bus driver will stand trial for the April 25 fatal crash.", ["2019-04-25"]),
    ("The trial over the Dec. 2 shooting is set to begin in March.", ["2018-12-02", "2020-03"]),
    ("A memorial for victims of the Nov. 30 fire will be held on Sunday.", ["2018-11-30", "2019-11-24"]),
    # A scheduled happening keeps the tense's reading.
    ("The April 25 hearing will decide the case.", ["2020-04-25"]),
    ("The May 3 meeting about fire safety will be held at city hall.", ["2020-05-03"]),
    ("The May 3 fire drill will be held at the school.", ["2020-05-03"]),
    # Already behind: unchanged.
    ("The driver was charged after the April 25 crash.", ["2019-04-25"]),
    # A month named for such a happening too.
    ("The bus driver is facing 12 charges in connection with the April crash.", ["2019-04"]),
    ("He will be sentenced for the April shooting.", ["2019-04"]),
    ("The April election will decide the seat.", ["2020-04"]),
], published=NOV21)


# ... and so when the day, a year back, lies just ahead of the paper: a past clause about a happening
# nobody schedules is not moved to the coming day as reported plans are ("said he had asked the
# king to dissolve parliament on Jan. 6" in a Jan. 3 paper).
test_the_day_of_an_unscheduled_happening_is_not_just_ahead = dated_test([
    ("Lawmakers condemned the Jan. 6 attack on the Capitol.", ["2021-01-06"]),
    ("Police said the Jan. 5 crash killed two people.", ["2021-01-05"]),
    ("The Jan. 7 shooting left three dead, police said.", ["2021-01-07"]),
    ("Police said the crash on Jan. 5 killed two people.", ["2021-01-05"]),
    # A scheduled happening, a plan, a drill: the day just ahead.
    ("Officials announced the Jan. 6 meeting.", ["2022-01-06"]),
    ("He said he had asked the king to dissolve parliament on Jan. 6.", ["2022-01-06"]),
    ("The school announced the Jan. 5 fire drill.", ["2022-01-05"]),
    ("The company said it would cut jobs on Jan. 5.", ["2022-01-05"]),
], published=dt.date(2022, 1, 3))


# ... unless the happening is one looked for, not had: "a possible attack", "a threatened strike",
# "prepared for", "braced for" name what may come, the day just ahead.
test_the_day_of_a_happening_looked_for_is_just_ahead = dated_test([
    ("Police said they had prepared for a possible attack on Jan. 6.", ["2022-01-06"]),
    ("Officials said they had braced for a shooting on Jan. 5.", ["2022-01-05"]),
    ("The city said it had planned for a threatened riot on Jan. 6.", ["2022-01-06"]),
    ("Police said they had warned of a potential attack on Jan. 7.", ["2022-01-07"]),
    # Kept: the happening had, even after such a word elsewhere.
    ("Police said they were not prepared for the attack on Jan. 6.", ["2021-01-06"]),
    ("Lawmakers condemned the Jan. 6 attack, which police had prepared for.", ["2021-01-06"]),
    ("Police said the possible suspect fled after the crash on Jan. 5.", ["2021-01-05"]),
], published=dt.date(2022, 1, 3))


FRI_2018_08_10 = dt.date(2018, 8, 10)


test_until_a_day_when_something_happened_is_the_day_gone_by = dated_test([
    # "until <day>, when <what happened then>": a past clause after the day
    # says the state ended on it, the day gone by.
    ("The plan seemed headed to the ballot until Wednesday, when the clerk reported too few signatures.",
     ["2018-08-08"]),
    # The end still lies ahead without it, or with a clause ahead or a plan.
    ("The plan seemed headed to the ballot until Wednesday.", ["2018-08-15"]),
    ("The road will stay closed until Wednesday, when crews will reopen it.", ["2018-08-15"]),
    ("Officials said the talks would go on until Wednesday, when the leaders were expected to sign.",
     ["2018-08-15"]),
], published=FRI_2018_08_10)


MON = dt.date(2017, 6, 19)


# A call or a forecast under way ("issued an alert Monday, calling for conservation on Tuesday",
# "we're forecasting rain for Tuesday") looks ahead: the coming weekday.
test_a_call_or_a_forecast_under_way_looks_ahead = dated_test([
    (MON, "The utility issued an alert on Monday, calling for conservation on Tuesday and Wednesday.",
     ["2017-06-19", "2017-06-20", "2017-06-21"]),
    (MON, "The city hit 104 and we're forecasting 107 for Thursday, the meteorologist said.", ["2017-06-22"]),
    (MON, "The union posted a notice, calling for a rally outside the plant on Friday.", ["2017-06-23"]),
])


test_a_past_call_keeps_its_past = dated_test([
    # A past call or forecast keeps the past.
    (MON, "Protesters were calling for his resignation on Friday.", ["2017-06-16"]),
    (MON, "Forecasters were predicting rain on Thursday, but it stayed dry.", ["2017-06-15"]),
    (MON, "Protesters marched Friday, calling for his resignation.", ["2017-06-16"]),
])


TUE = dt.date(2022, 9, 6)


test_only_a_call_under_way_looks_ahead = dated_test([
    # A call or forecast made before, and over ("had been calling for"), looks back, as
    # "were calling for" does; so does a participle that only describes its subject.
    (TUE, "Forecasters had been calling for rain on Sunday.", ["2022-09-04"]),
    (TUE, "Meteorologists had been forecasting rain for Sunday.", ["2022-09-04"]),
    (TUE, "Forecasters had been predicting a quiet season in May.", ["2022-05"]),
    (TUE, "Analysts predicting a recession lowered their outlook on Friday.", ["2022-09-02"]),
    # The call under way still looks ahead.
    (TUE, "The utility issued an alert Monday, calling for conservation on Thursday.",
     ["2022-09-05", "2022-09-08"]),
    (TUE, "We're forecasting 104 for Thursday, the meteorologist said.", ["2022-09-08"]),
    (TUE, "Forecasters are predicting heavy rain on Thursday.", ["2022-09-08"]),
    (TUE, "Officials are calling for calm ahead of Sunday's march.", ["2022-09-11"]),
    # ... but not to the happening that set the call off ("after Sunday's shooting"): as before the rule.
    (TUE, "Officials are calling for calm after Sunday's shooting.", ["2022-09-04"]),
    (TUE, "Experts are predicting a rebound after Monday's crash.", ["2022-09-05"]),
])


MON_2024_05_13 = dt.date(2024, 5, 13)


# A past attempt's deadline is past: "crews managed to contain half the blaze by late Sunday",
# "rescuers tried to reach the village by Sunday night": the last Sunday, not the next.
@pytest.mark.parametrize("text", [
    "Crews managed to contain half of the fire by late Sunday evening.",
    "Rescuers tried to reach the village by Sunday night.",
])
def test_a_past_attempts_deadline_is_past(text):
    assert dates(text, MON_2024_05_13) == ["2024-05-12"]


def test_an_asked_deadline_still_lies_ahead():
    assert dates("The court asked the city to respond by Friday.", MON_2024_05_13) == ["2024-05-17"]


SUN_2024_01_14 = dt.date(2024, 1, 14)


# A past proposal or demand with a noun for object ("proposed the removal of the troops by March 15",
# "demanded their release by Friday") sets a deadline after it, as an asking's infinitive does; a
# thing told done by a day ("the troops left by March 15", "had left by") keeps its past.
test_a_proposed_or_demanded_deadline_lies_ahead = dated_test([
    ("The premier proposed the withdrawal of the foreign units by March 15, and talks go on.", ["2024-03-15"]),
    ("The union demanded the reinstatement of the dismissed drivers by March 20.", ["2024-03-20"]),
    ("Residents called for a full inquiry by April 2.", ["2024-04-02"]),
    ("On Friday, the envoy demanded the release of the sailors by Wednesday.", ["2024-01-12", "2024-01-17"]),
    ("The last units left the base by March 15.", ["2023-03-15"]),
    ("The last units had left the base by March 15.", ["2023-03-15"]),
    ("The firm sold its river plant by March 15.", ["2023-03-15"]),
    ("The mayor demanded answers about the crews who were laid off by March 15.", ["2023-03-15"]),
    # ... an amount ordered, pledged or promised by a day is a tally of what was done by then
    ("The company ordered 300 buses by Friday, well ahead of the deadline.", ["2024-01-12"]),
    ("Lawmakers pledged $2 million by Friday, doubling their goal.", ["2024-01-12"]),
    ("Donors promised more than $5 million by Friday.", ["2024-01-12"]),
    ("The regulator ordered the plant's closure by Friday.", ["2024-01-19"]),
], published=SUN_2024_01_14)


SAT = dt.date(2024, 5, 18)


# A past perfect before "ahead of <weekday>'s": "the ballots had not been counted ahead of Friday's
# meeting" is the Friday gone by.
test_a_past_perfect_ahead_of_a_weekday_is_past = dated_test([
    ("These ballots had not been counted ahead of Friday's meeting.", ["2024-05-17"]),
    ("The boxes had already been sealed ahead of Thursday's vote.", ["2024-05-16"]),
], published=SAT)


WED_2024_05_15 = dt.date(2024, 5, 15)


def test_ahead_of_in_the_present_still_looks_ahead():
    assert dates("Leaders gather in Rome ahead of Friday's summit.", WED_2024_05_15) == ["2024-05-17"]


TUE_2023_10_17 = dt.date(2023, 10, 17)


SUN = dt.date(2023, 10, 15)


# An expectation with no "will" ("is not expected before Thursday", "predicted the storm was
# likely to reach the coast by Wednesday") looks ahead: the coming weekday, not the last one.
test_an_expectation_looks_ahead = dated_test([
    (TUE_2023_10_17, "A verdict is not expected before Thursday.", ["2023-10-19"]),
    (SUN, "Forecasters predicted the storm was likely to reach the coast by Wednesday.", ["2023-10-18"]),
    (SUN, "Engineers said the bridge was likely to reopen Friday.", ["2023-10-20"]),
])


test_other_expectations_keep_their_reading = dated_test([
    # "until" looked ahead already; what the guess places in the past stays there.
    (TUE_2023_10_17, "The results are not expected until Friday.", ["2023-10-20"]),
    (SUN, "Investigators said the fire was likely to have started Wednesday.", ["2023-10-11"]),
    (SUN, "The storm was expected on Wednesday but arrived late.", ["2023-10-11"]),
])


# A plan between two dates ("said Monday it plans to shut the mill, the town's biggest employer,
# in July") gives the later, verbless date its time, not the saying day's past.
test_a_plan_between_two_dates_dates_the_later_one = dated_test([
    (dt.date(2024, 3, 11), "The company said Monday it plans to shut the mill, the town's biggest employer, in July.",
     ["2024-03-11", "2024-07"]),
    (dt.date(2023, 5, 12), "The group announced Friday it intends to sell the unit, its oldest, in September.",
     ["2023-05-12", "2023-09"]),
])


def test_a_past_between_two_dates_keeps_the_past():
    assert dates("He said Monday the plant, its largest, closed in June.", dt.date(2024, 3, 11)) == \
        ["2024-03-11", "2023-06"]


# Review (h114): a participle clause after a comma tells its own past, not the plan's time.
def test_a_participle_after_a_plan_keeps_its_past():
    assert dates("The firm said Monday that its plan to expand, approved by the board in September, is on hold.",
                 dt.date(2026, 11, 25)) == ["2026-11-23", "2026-09"]


# Review (h158): so does one after a noun set beside the plan (", a move approved by ...").
test_a_participle_after_an_apposed_noun_keeps_its_past = dated_test([
    ("The firm said Monday it plans to expand, a move approved by the board in September.", ["2026-11-23", "2026-09"]),
    ("The firm said Monday it plans to expand, a step the board backed in September.", ["2026-11-23", "2026-09"]),
    # ... not an aside the plan runs on past to its month
    ("The firm said Monday it plans to close the plant, the city's largest employer, in July.",
     ["2026-11-23", "2027-07"]),
], published=dt.date(2026, 11, 25))


THU_2024_05_16 = dt.date(2024, 5, 16)


test_modal_of_a_reported_clause_does_not_move_a_fronted_day = dated_test([
    # A fronted day before a past verb stays past when a modal comes only in a clause the verb
    # reports ("warned that ... might", "confirmed that ... will").
    (THU_2024_05_16, "On Monday, the bank paused its rate rises but warned that rates might rise again.", ["2024-05-13"]),
    (THU_2024_05_16, "On Friday, officials confirmed that the bridge will reopen.", ["2024-05-10"]),
    (THU_2024_05_16, "On Friday, the company announced that it would close the plant.", ["2024-05-10"]),
    (THU_2024_05_16, "On Tuesday, voters decided whether the city will build a stadium.", ["2024-05-14"]),
    # ... while a modal of the clause itself still looks ahead, past a relative "that".
    (THU_2024_05_16, "On Friday, trucks loaded with aid will cross the border.", ["2024-05-17"]),
    (THU_2024_05_16, "On Monday, trucks loaded with aid that donors sent will cross the border.", ["2024-05-20"]),
])


SAT_2024_03_02 = dt.date(2024, 3, 2)


test_listed_items_take_the_tense_of_their_clause = dated_test([
    # A verbless list after a comma ("namely ...", "including ...") takes the tense of the
    # clause it lists the items of.
    (SAT_2024_03_02, "Two of the races were recounts, namely one on August 4 and another in Ohio.", ["2023-08-04"]),
    (SAT_2024_03_02, "Several storms struck the coast, including one on July 30.", ["2023-07-30"]),
    (SAT_2024_03_02, "Several storms will strike the coast, including one on July 30.", ["2024-07-30"]),
    (SAT_2024_03_02, "The mayor will attend three events, including a parade on Sunday.", ["2024-03-03"]),
    # ... but a review, an inquiry or a penalty ahead is about what has happened: the item keeps its own time.
    (SAT_2024_03_02, "Officials will review several incidents, including a crash on Sunday.", ["2024-02-25"]),
    (SAT_2024_03_02, "The league will punish teams for recent brawls, including one on Friday.", ["2024-03-01"]),
    (SAT_2024_03_02, "The panel will study the storms, namely the one on Tuesday.", ["2024-02-27"]),
])


test_remanded_to_a_day_lies_ahead = dated_test([
    # Remanded to a day: the next hearing, ahead of the remand however its verb is told.
    (THU_2024_05_16, "The two men were remanded to the 12th of June for a bail hearing.", ["2024-06-12"]),
    (THU_2024_05_16, "The suspect was remanded to June 3.", ["2024-06-03"]),
    # ... a remand on a day is that day.
    (THU_2024_05_16, "The suspect was remanded in custody on May 3.", ["2024-05-03"]),
])


test_forecasters_present_tense_looks_ahead = dated_test([
    # What forecasters estimate or predict in the present is of the days ahead.
    (THU_2024_05_16, "Forecasters estimate temperatures of 35C on Tuesday.", ["2024-05-21"]),
    (THU_2024_05_16, "Meteorologists predict heavy rain on Saturday.", ["2024-05-18"]),
    # ... not what they said had happened.
    (THU_2024_05_16, "Forecasters said the storm weakened on Tuesday.", ["2024-05-14"]),
])


SUN_2024_03_10 = dt.date(2024, 3, 10)


test_reported_modal_after_a_relative_clause_verb = dated_test([
    # An -ed verb inside a relative clause or after "having" is not the main verb: the modal
    # after its reported clause is the main clause's, and a fronted weekday lies ahead.
    (SUN_2024_03_10, "On Monday, lawmakers who long argued that taxes should fall will vote on the budget.",
     ["2024-03-11"]),
    (SUN_2024_03_10, "On Monday, officials who learned that the plant would close will meet the workers.", ["2024-03-11"]),
    (SUN_2024_03_10, "On Wednesday, the board, having decided that it would sell, will sign the deal.", ["2024-03-13"]),
    # ... a past verb between them is the main one: the weekday is past.
    (SUN_2024_03_10, "On Tuesday, lawmakers who voted that day said they would return next week.", ["2024-03-05"]),
    # ... and a finite past verb keeps the reported modal its own, as h120 made it.
    (SUN_2024_03_10, "On Friday, a spokesman confirmed that the airline would cut 500 jobs.", ["2024-03-08"]),
])


WED_2024_07_10 = dt.date(2024, 7, 10)


test_a_weather_agency_forecast_looks_ahead = dated_test([
    # A weather agency's present forecast looks ahead, as forecasters' does ("Met" in the
    # Met Office's name is no past verb).
    (WED_2024_07_10, "The Met Office predicts temperatures of 40C on Monday.", ["2024-07-15"]),
    (WED_2024_07_10, "The National Weather Service forecasts heavy rain on Monday.", ["2024-07-15"]),
    # ... its past forecast and the past events it tells stay past.
    (WED_2024_07_10, "The Met Office predicted temperatures of 40C on Monday.", ["2024-07-08"]),
    (WED_2024_07_10, "The weather service estimates the tornado that hit on Monday reached 150 mph.", ["2024-07-08"]),
])


MON_2020_10_05 = dt.date(2020, 10, 5)


# A verbless phrase after a comma that goes on listing where ("on TV, on our website and on the
# radio at 10 Tuesday night") takes the tense of the clause it adds to.
@pytest.mark.parametrize("text", [
    "We will post the results on the big screen, on our website and on the radio at 10:00 Tuesday night.",
    "The station will carry the debate on channel 4, on its app and on its website at 8:00 Tuesday night.",
])
def test_a_listed_adjunct_takes_the_tense_of_its_clause(text):
    assert dates(text, MON_2020_10_05) == ["2020-10-06"]


def test_a_listed_adjunct_after_a_past_clause_stays_past():
    assert dates("The results were posted on the big screen, on our website and on the radio at 10:00 "
                 "Tuesday night.", MON_2020_10_05) == ["2020-09-29"]


NOV = dt.date(2011, 11, 6)


# A date fronted in a coordinated clause ("..., and in April, he ran ...") takes that clause's verb.
test_a_date_fronted_in_a_conjoined_clause_takes_its_verb = dated_test([
    ("The runner is the 2010 marathon winner, and in April, he ran the fastest race.", ["2010", "2011-04"]),
    ("The singer is the 2009 award winner, and in May, she played to a full stadium.", ["2009", "2011-05"]),
], published=NOV)


def test_a_date_fronted_in_a_conjoined_future_clause_lies_ahead():
    assert dates("The runner is the reigning champion, and in April, he will race in Boston.", NOV) == ["2012-04"]


def test_a_lone_phrase_after_a_comma_is_no_list():
    assert dates("Storms are most frequent around the equinoxes, in March and September.",
                 dt.date(2023, 9, 6)) == ["2023-03", "2023-09"]


SAT_2025_03_08 = dt.date(2025, 3, 8)


test_a_quoted_term_does_not_end_its_clause = dated_test([
    ("The mayor plans to hold a “listening session” on Thursday.", ["2025-03-13"]),
    # a verb after the term keeps the cut: the clause is the restarting's
    ("They had voiced a “willingness” to resume talks in late April.", ["2025-04"]),
    ('The band will play a "farewell show" on Friday.', ["2025-03-14"]),
    ("The union intends to hold a “day of action” Thursday.", ["2025-03-13"]),
    # a quotation with a verb of its own still ends the clause
    ("She said “we will be ready” on Thursday.", ["2025-03-06"]),
], published=SAT_2025_03_08)


# A headline's plan ("set for", "slated to") looks ahead; a "set to" aside in a sentence with a
# past verb of its own does not.
test_a_headlines_plan_looks_ahead = dated_test([
    ("Council set for key budget vote Thursday", ["2025-03-13"]),
    ("Museum slated to reopen Friday", ["2025-03-14"]),
    ("The museum, set to reopen soon, closed Friday.", ["2025-03-07"]),
], published=SAT_2025_03_08)


WED_2025_03_05 = dt.date(2025, 3, 5)  # a Wednesday


# A fronted "in" phrase with its date and no verb takes the main clause's tense.
test_a_fronted_in_phrase_takes_the_main_clauses_tense = dated_test([
    ("In the other semifinal on Thursday, Smith faces Jones.", ["2025-03-06"]),
    ("In the second game on Friday, the Hawks will host the Owls.", ["2025-03-07"]),
    ("In the other semifinal on Thursday, Smith beat Jones.", ["2025-02-27"]),
    # A saying told in the present ("notes", "writes", as "says") tells of what was said: the
    # marker in what follows is the saying's content, not the main clause's time.
    ("In his ruling on Friday, the judge notes that the law is unclear.", ["2025-02-28"]),
    ("In a post on Saturday, he writes that he is leaving.", ["2025-03-01"]),
    ("In a statement on Monday, the company says it will appeal.", ["2025-03-03"]),
], published=WED_2025_03_05)


test_a_past_years_named_happening_is_no_day = dated_test([
    # A yearless day that names a committee, a riot or an insurrection months back is a
    # past year's happening (as "the September 11 attacks"): no day of the last year.
    (WED, "The Jan. 6 committee held its final hearing.", []),
    (WED, "He was charged for his role in the Jan. 6 insurrection.", []),
    # ... a recent one is that day.
    (WED, "The Feb. 20 riot left three dead.", ["2024-02-20"]),
])


test_forecast_lines_with_no_verb_look_ahead = dated_test([
    # A forecast line with no verb that says a time ("Storms possible Friday", "Highs Friday in
    # the upper 70s", "A chance of showers Friday") speaks of the days ahead, today included.
    (WED, "Storms possible Friday", ["2024-03-15"]),
    (WED, "Rain likely Thursday night.", ["2024-03-14"]),
    (WED, "A chance of showers Friday, then sunny Saturday.", ["2024-03-15", "2024-03-16"]),
    (WED, "Highs Friday in the upper 70s.", ["2024-03-15"]),
    (WED, "Mostly sunny Wednesday with a high near 60.", ["2024-03-13"]),
    # A headline's "<something> expected <day>" (no "was") looks ahead too.
    (WED, "Snow expected Friday night into Saturday.", ["2024-03-15", "2024-03-16"]),
    (WED, "Decision expected Friday in bribery case.", ["2024-03-15"]),
    # ... not a caption's present, a past verb, "was expected", "as expected".
    (WED, "Pedestrians walk through the snow Tuesday in Chicago.", ["2024-03-12"]),
    (WED, "Highs reached 90 on Friday.", ["2024-03-08"]),
    (WED, "Rain fell Friday across the region, with a chance of more today.", ["2024-03-08", "2024-03-13"]),
    (WED, "The decision was expected Friday.", ["2024-03-08"]),
    (WED, "Stocks rose more than expected Friday.", ["2024-03-08"]),
])


test_a_present_passive_is_no_past = dated_test([
    # A present passive ("is closed", "is sentenced") is no past: the present decides, as
    # "is" alone would (the nearest such day or month).
    (WED, "The stock market is closed Friday.", ["2024-03-15"]),
    (WED, "He faces up to 20 years in prison when he is sentenced in June.", ["2024-06"]),
    # A notice's "is closed" is a schedule, as "the deadline is Monday": the coming such day
    # (a closing gone by is told in the past, "was closed Monday").
    (WED, "The museum is closed Monday for repairs.", ["2024-03-18"]),
    # ... not what a charge or an accusation says was done, nor a past passive.
    (WED, "The man is accused of robbing a bank Friday.", ["2024-03-08"]),
    (WED, "She is charged with assault in a fight on Friday.", ["2024-03-08"]),
    (WED, "The museum was closed Friday.", ["2024-03-08"]),
])


test_court_appearances_and_birthdays_in_the_present = dated_test([
    # A court appearance and a birthday told in the present: the nearest such day or month,
    # not the one a week or a year back.
    (WED, "The suspect appears in court Friday.", ["2024-03-15"]),
    (WED, "He appears before a judge on Thursday.", ["2024-03-14"]),
    (WED, "The suspect appears in court on Tuesday in this photo.", ["2024-03-12"]),
    (WED, "Trump, who turns 78 in June, is the oldest nominee.", ["2024-06"]),
    # ... a past verb still says the past.
    (WED, "The suspect appeared in court Friday.", ["2024-03-08"]),
    (WED, "He turned 80 in November.", ["2023-11"]),
])


test_a_present_verb_after_a_past_one_keeps_its_present = dated_test([
    # A present verb of its own after a past one ("passed ... and heads to", "opened ... and
    # close") switches tense: the second date is not put in the past with the first.
    (WED, "The bill passed the House in February and heads to the Senate in April.", ["2024-02", "2024-04"]),
    (WED, "Applications opened Jan. 2 and close March 29.", ["2024-01-02", "2024-03-29"]),
    # ... a future's verb after "and" still shares the future, and a past one the past.
    (WED, "He will arrive on Friday and meet the mayor on Monday.", ["2024-03-15", "2024-03-18"]),
    (WED, "He arrived on Friday and met the mayor on Monday.", ["2024-03-08", "2024-03-11"]),
])


test_a_yearless_day_half_a_year_either_way_is_past = dated_test([
    # A yearless day with no tense half a year away either way is the one gone by, as a month
    # is: news mostly reports what happened.
    (dt.date(2024, 2, 6), "Stocks rose, leaving the index within 70 points of its record high set on Aug. 6.",
     ["2023-08-06"]),
    # ... a nearer day ahead, or a tense that says so, is still ahead.
    (dt.date(2024, 2, 6), "The lease runs out Aug. 6.", ["2024-08-06"]),
    (dt.date(2024, 6, 20), "Nov. 20: the gala at the museum.", ["2024-11-20"]),
])


SAT18 = dt.date(2018, 3, 17)


NOV24 = dt.date(2024, 11, 6)


test_an_absolute_phrase_and_a_named_riot = dated_test([
    # An absolute phrase ("with X facing Y on Tuesday") has no tense of its own:
    # the nearest such day, here the one ahead.
    (SAT18, "The win sets up a rematch, with the Cougars facing the Tigers on Tuesday.", ["2018-03-20"]),
    (SAT18, "The storm moved north, with forecasters expecting landfall on Tuesday.", ["2018-03-20"]),
    # Its day just gone stays the nearest; a tense of its own decides.
    (SAT18, "The team advanced, with the Cougars beating the Tigers on Thursday.", ["2018-03-15"]),
    (SAT18, "The Cougars beat the Tigers on Tuesday, with the crowd cheering.", ["2018-03-13"]),
    # A yearless day naming a riot or attacks is a past year's, never the one ahead.
    (NOV24, "Efforts to overturn the result culminated in the Jan. 6 riot at the Capitol.", []),
    (NOV24, "The Jan. 6 committee will release its report.", []),
    (NOV24, "Lawmakers will meet on Jan. 6 to count the votes.", ["2025-01-06"]),
])


test_the_outcome_of_a_weekdays_happening_is_past = dated_test([
    # The outcome of a weekday's happening, spoken of in a future clause: the
    # happening is the one gone by, not the one the clause looks ahead to.
    (THU, "The winner of Tuesday's primary will face the incumbent in November.", ["2024-03-12", "2024-11"]),
    (THU, "The results of Tuesday's vote will be certified next week.", ["2024-03-12"]),
    (THU, "Survivors of Monday's crash will be flown home.", ["2024-03-11"]),
    # The happening itself in a future clause is ahead.
    (THU, "Tuesday's vote will decide the mayor.", ["2024-03-19"]),
    (THU, "The start of Saturday's game will be delayed by rain.", ["2024-03-16"]),
])


JAN10 = dt.date(2024, 1, 10)


test_a_modal_clauses_own_day_lies_ahead = dated_test([
    # A modal clause's own day, after "on" or "by", is the one ahead even a few
    # weeks after its date: "will vote on Dec. 12" in a January paper.
    (JAN10, "The council will vote on Dec. 12 on the new budget.", ["2024-12-12"]),
    (JAN10, "The agency must finish the review by Dec. 31.", ["2024-12-31"]),
    (JAN10, "The company will report fourth-quarter results on Dec. 28.", ["2024-12-28"]),
    # A name's day just past stays, and so does a reported deadline.
    (JAN10, "The winners of the Dec. 12 runoff will take office in March.", ["2023-12-12", "2024-03"]),
    (JAN10, "The city said applicants had until Jan. 2 to file.", ["2024-01-02"]),
])


test_a_modal_clauses_bare_day_or_span_lies_ahead = dated_test([
    # ... and so is its day with no preposition, or after one that opens a span or sets a limit:
    # "will reopen Jan. 3", "will close from Dec. 20 to Jan. 3" in a January paper.
    (JAN10, "The plant will reopen Jan. 3.", ["2025-01-03"]),
    (JAN10, "The council will vote Dec. 12 on the new budget.", ["2024-12-12"]),
    (JAN10, "Schools will close from Dec. 20 to Jan. 3.", ["2024-12-20/2025-01-03", "2025-01-03"]),
    (JAN10, "The office will be closed between Dec. 24 and Jan. 2.", ["2024-12-24/2025-01-02", "2025-01-02"]),
    (JAN10, "The road will remain closed until Jan. 5.", ["2025-01-05"]),
    (JAN10, "New fees will take effect starting Jan. 1.", ["2025-01-01"]),
    # Not a day named attributively (after a determiner or a preposition of its own), one after
    # "after", "before" or a bare "from", one of a past clause inside, one not in a modal clause.
    (JAN10, "The board will review its Dec. 28 decision.", ["2023-12-28"]),
    (JAN10, "The company will appeal a Dec. 28 ruling.", ["2023-12-28"]),
    (JAN10, "Officials will report on damage from Dec. 28 storms.", ["2023-12-28"]),
    (JAN10, "The new rules will apply to contracts signed after Dec. 28.", ["2023-12-28"]),
    (JAN10, "Investigators will examine what happened Dec. 28.", ["2023-12-28"]),
    (JAN10, "The plant reopened Jan. 3.", ["2024-01-03"]),
    (JAN10, "The plant is closed until Jan. 3.", ["2024-01-03"]),
    (JAN10, "The plant will reopen Jan. 12.", ["2024-01-12"]),
])


test_a_bidding_to_the_reader_looks_ahead = dated_test([
    # A bidding to the reader looks ahead; a call to action with "today" is furniture.
    (THU, "Watch the full interview Sunday at 9 a.m. on Channel 5.", ["2024-03-17"]),
    (THU, "Join us for a free webinar on March 20.", ["2024-03-20"]),
    (THU, "Mark your calendars: the fair opens Saturday.", ["2024-03-16"]),
    (THU, "Have a news tip? Email us today.", []),
    (THU, "Call 555-0100 today for a free quote.", []),
    # A sentence with a subject keeps its reading.
    (THU, "Viewers watched the interview Sunday.", ["2024-03-10"]),
    (THU, "He called the office today.", ["2024-03-14"]),
    # A video's label is no bidding: what it shows has happened.
    (THU, "Watch: Firefighters battle a blaze in Oakland on Sunday.", ["2024-03-10"]),
    (THU, "WATCH: Tornado rips through town Sunday.", ["2024-03-10"]),
    (THU, "Watch the moment a tornado hit the town on Sunday.", ["2024-03-10"]),
    # A sentence whose first word is a noun, its verb after it, is news.
    (THU, "Order was restored in the capital today after two days of riots.", ["2024-03-14"]),
    (THU, "Call centre workers walked out today over pay.", ["2024-03-14"]),
    (THU, "Text messages from the suspect were read in court today.", ["2024-03-14"]),
    (THU, "Buy-now-pay-later firms face new rules from today.", ["2024-03-14"]),
])


test_more_biddings_to_the_reader_look_ahead = dated_test([
    # "Find", "Follow along/live/us", "Join", "Catch the", "Stream", "Sign up" opening a sentence bid
    # the reader do something: a weekday is the coming one.
    (THU, "► Find live election results Tuesday at our website.", ["2024-03-19"]),
    (THU, "Follow live updates Saturday on our app.", ["2024-03-16"]),
    (THU, "Join the candidates' forum Tuesday at the library.", ["2024-03-19"]),
    (THU, "Catch the season opener Monday on Channel 4.", ["2024-03-18"]),
    (THU, "Stream the concert Tuesday on the station's site.", ["2024-03-19"]),
    (THU, "Sign up Monday for the spring league.", ["2024-03-18"]),
    # ... not a noun or a past ("Find of the century", "Follow-up tests", "Find out what happened"),
    # nor what nobody schedules or what a day is after, whatever the bidding ("Watch video of the
    # crash Sunday", "Follow our coverage of the crash Sunday": the day gone by).
    (THU, "Find of the century unveiled Monday.", ["2024-03-11"]),
    (THU, "Stream of refugees crossing the border on Sunday.", ["2024-03-10"]),
    (THU, "Follow-up tests Monday showed no damage.", ["2024-03-11"]),
    (THU, "Find out what happened Monday.", ["2024-03-11"]),
    (THU, "Watch video of the crash Sunday.", ["2024-03-10"]),
    (THU, "Follow our coverage of the shooting Sunday night.", ["2024-03-10"]),
    (THU, "Watch highlights after the win Sunday.", ["2024-03-10"]),
])


APR = dt.date(2023, 4, 20)


test_what_one_is_invited_to_lies_ahead = dated_test([
    # What one is invited to lies ahead of the invitation: a month more than half
    # a year back is the coming one.
    (APR, "The alliance's chief invited the president earlier this month to the summit in July.",
     ["2023-04", "2023-07"]),
    (APR, "The king invited the leaders to a summit in June.", ["2023-06"]),
    # A month just gone stays: the invited-to happening may be over.
    (APR, "The club invited him to a trial in February, where he impressed.", ["2023-02"]),
    (APR, "The team travelled to a tournament in July.", ["2022-07"]),
])


SAT_2024_03_16 = dt.date(2024, 3, 16)


test_expected_day_looks_ahead_only_in_a_headline = dated_test([
    # "expected <day>" looks ahead only in a headline with no other verb ("Decision expected
    # Friday"); said by someone, or beside a verb of the sentence's own, it is that day's past.
    (SAT_2024_03_16, "Stocks fell more than analysts expected Friday.", ["2024-03-15"]),
    (SAT_2024_03_16, "She said she expected Friday's vote to be close.", ["2024-03-15"]),
    (SAT_2024_03_16, "The verdict, expected Friday, was delayed until next week.", ["2024-03-15"]),
    (SAT_2024_03_16, "Traders expected Friday to be quiet, but prices jumped.", ["2024-03-15"]),
    (THU, "Decision expected Friday on bail.", ["2024-03-15"]),
    (THU, "Snow expected Friday night into Saturday.", ["2024-03-15", "2024-03-16"]),
])


MON_2024_03_18 = dt.date(2024, 3, 18)


test_later_tomorrow_only_when_not_told_in_the_past = dated_test([
    # "later <the day after publication>" is tomorrow only in a clause not in the past: told
    # in the past, it is the last such day, as a bare weekday.
    (MON_2024_03_18, "Police arrested him on Tuesday. Later Tuesday, he was released on bail.", ["2024-03-12", "2024-03-12"]),
    (MON_2024_03_18, "The suspect was released later Tuesday, police said.", ["2024-03-12"]),
    (THU, "The storm hit on Friday. Later Friday, the power went out.", ["2024-03-08", "2024-03-08"]),
    (MON_2024_03_18, "The team will travel later Tuesday.", ["2024-03-19"]),
    (MON_2024_03_18, "The senator spoke earlier Sunday at a rally.", ["2024-03-17"]),
])


test_a_present_passive_of_an_accusation_keeps_the_crime_past = dated_test([
    # "is suspected in", "is wanted in", "is charged in" a crime: the crime's day is past, as
    # with "is accused of" (a present passive of another verb is no past: "is closed Friday").
    (THU, "The man is suspected in a shooting Friday that left two dead.", ["2024-03-08"]),
    (THU, "He is wanted in a robbery Saturday at a gas station.", ["2024-03-09"]),
    (THU, "She is charged in a stabbing Saturday.", ["2024-03-09"]),
    (THU, "The festival is held in a park Saturday.", ["2024-03-16"]),
    (THU, "The stock market is closed Friday.", ["2024-03-15"]),
])


WED_2023_02_08 = dt.date(2023, 2, 8)


# A hyphenated participle before a noun ("top-ranked Purdue", "Saudi-led") is an adjective, no past verb.
test_a_compound_adjective_is_no_past_verb = dated_test([
    ("The Bulldogs visit top-ranked Purdue on Saturday.", ["2023-02-11"]),
    ("The Hornets meet second-seeded Dayton at noon Sunday.", ["2023-02-12"]),
    ("Talks with the Saudi-led coalition resume Thursday in Geneva.", ["2023-02-09"]),
    ("Bondholders vote on the state-owned lender's plan Friday.", ["2023-02-10"]),
], published=WED_2023_02_08)


# A compound verb with its object ("test-fired a missile") or a verb prefix ("re-elected") stays past.
test_a_compound_verb_stays_past = dated_test([
    ("The North test-fired a cruise missile on Monday.", ["2023-02-06"]),
    ("Shares of the retailer nose-dived $4 on Monday.", ["2023-02-06"]),
    ("The council re-elected its chairman on Monday.", ["2023-02-06"]),
    ("The two sisters co-founded the charity on Monday.", ["2023-02-06"]),
    ("The top-ranked Bulldogs lost to Purdue on Saturday.", ["2023-02-04"]),
    # after its subject, with a bare noun for object, beside a later future: still the clause's past verb
    ("The council fast-tracked rezoning Monday and will vote on the budget Friday.", ["2023-02-06", "2023-02-10"]),
    ("The agency rubber-stamped permits on Monday and will issue them next week.", ["2023-02-06"]),
], published=WED_2023_02_08)


SAT_2024_04_13 = dt.date(2024, 4, 13)


# Players rested, rotated or saved before a day's match are held back for a match ahead, though the verb is past.
test_a_side_held_back_before_a_day_s_match_looks_ahead = dated_test([
    ("The coach rested five regulars before Tuesday's cup semifinal.", ["2024-04-16"]),
    ("Silva, who rotated his squad before Wednesday's return leg in Porto, watched his side draw.",
     ["2024-04-17"]),
    ("The manager saved his top scorer before Tuesday's derby.", ["2024-04-16"]),
    # a result told by the main clause after the match's own clause is not the match's
    ("Ruiz, who rested four regulars before Wednesday's cup semifinal first leg against Leeds, saw his side "
     "beat Hull 2-0 in the opening half.", ["2024-04-17"]),
], published=SAT_2024_04_13)


# Any other past before a possessive day ("was hurt before Tuesday's game") keeps the day past.
test_other_past_before_a_day_s_event_stays_past = dated_test([
    ("The striker was hurt before Tuesday's game and missed it.", ["2024-04-09"]),
    ("Talks broke down before Tuesday's vote.", ["2024-04-09"]),
    # a side held back before a match the sentence tells the result of, or before no match at all
    ("The team rested starters before Tuesday's loss to Boston.", ["2024-04-09"]),
    ("The manager rotated his squad before Wednesday's 2-0 win over Porto.", ["2024-04-10"]),
    ("The coach rested five regulars before Tuesday's semifinal, which his side won 2-1.", ["2024-04-09"]),
    ("Firefighters saved the church before Monday's storm hit.", ["2024-04-08"]),
], published=SAT_2024_04_13)


MON_2022_05_02 = dt.date(2022, 5, 2)


# A list "A, B and C" before the date does not end its clause, and a clause longer than the text
# read for it goes on to its verb: a future said before the list, or far back, is the month's.
test_a_list_or_a_long_clause_keeps_the_future_before_it = dated_test([
    ("Voters will pick a candidate to face Green, Labour and Liberal party nominees in November.", ["2022-11"]),
    ("The museum will lend paintings, drawings, and prints to the gallery in October.", ["2022-10"]),
    ("The club will play teams from Spain, Italy and France in September.", ["2022-09"]),
    ("Members will elect either the deputy chair of the finance committee or the longtime treasurer of "
     "the association as the candidate to stand for the regional council seat against the incumbent "
     "councillor in November.", ["2022-11"]),
    # ... not a clause a subordinator or a verb ends, nor a list after a past verb.
    ("When the plant closed, workers and managers in November will receive pay.", ["2022-11"]),
    ("The firm sold apples, pears and plums in November.", ["2021-11"]),
    ("Prices rose, wages fell and the bank raised rates in November.", ["2021-11"]),
    # ... nor a date after the list's phrase of where its items come from: that event's, which may be gone
    ("The museum will show paintings, letters and photos from his trip in April.", ["2022-04"]),
    ("The city will honor nurses, teachers and medics from the outbreak in January.", ["2022-01"]),
    ("The band will play songs, poems and sketches written after the war in March.", ["2022-03"]),
], published=MON_2022_05_02)


JAN20 = dt.date(2025, 1, 20)

test_a_day_after_a_modal_clauses_object_is_the_objects = dated_test([
    # A bare day after the modal verb's object, a determiner or a preposition between them, belongs
    # to the noun ("refund customers for outages Jan. 4": the outages' day, gone by), not the clause.
    (JAN20, "The utility will refund customers for outages Jan. 4.", ["2025-01-04"]),
    (JAN20, "Officials will investigate a fire Jan. 12 at the plant.", ["2025-01-12"]),
    (JAN20, "The city will compensate owners of cars towed Jan. 9.", ["2025-01-09"]),
    (JAN20, "Inspectors will visit the site of a crash Jan. 15.", ["2025-01-15"]),
    # Kept: the day right after the verb (or its particle) is the clause's own.
    (JAN20, "The plant will reopen Jan. 3.", ["2026-01-03"]),
    (JAN20, "The council will vote Jan. 12 on the new budget.", ["2026-01-12"]),
    (JAN20, "The store will be closed Jan. 6.", ["2026-01-06"]),
])


FRI_MAY = dt.date(2024, 5, 17)

test_a_fronted_day_takes_the_main_verb_past_a_relative_clause = dated_test([
    # "On Tuesday, the company, which will report earnings next month, said ...": the relative
    # clause between commas tells of its subject; the main verb after it dates the fronted day.
    ("On Tuesday, the company, which will report earnings next month, said it would cut jobs.",
     ["2024-05-14", "2024-06"]),
    ("On Tuesday, the mayor, who will step down soon, signed the budget.", ["2024-05-14"]),
    ("On Monday, the senator, whose term will end in January, voted against the bill.", ["2024-05-13", "2025-01"]),
    # ... and a past in the relative clause does not make a future main verb past.
    ("On Tuesday, the company, which reported earnings last month, will cut jobs.", ["2024-05-21", "2024-04"]),
    # ... a fronted day whose main clause is future stays ahead.
    ("On Tuesday, the board, which met twice last week, will vote on the plan.", ["2024-05-21"]),
], published=FRI_MAY)

test_a_fronted_day_takes_the_main_verb_past_an_appositive = dated_test([
    # "On June 1, the mayor, a former teacher, signed the budget": an appositive (a noun phrase or an age) between
    # the subject and its verb tells no time; the verb after it dates the fronted day (session 47).
    ("On June 1, the mayor, a former teacher, signed the budget.", ["2023-06-01"]),
    ("On March 2, Smith, 45, will face a judge.", ["2025-03-02"]),
    ("On June 3, Acme, the country's largest bank, will report earnings.", ["2024-06-03"]),
    ("On May 30, the company, a unit of Acme, announced it would close the plant.", ["2023-05-30"]),
    # ... a list of names is no appositive: the verb after it is still the day's
    ("On June 1, Smith, Jones and Brown signed the budget.", ["2023-06-01"]),
    # ... nor is a relative clause after the appositive: its "will" is the subject's or the place's
    ("On Tuesday, Smith, 45, who will retire next year, testified before the panel.", ["2024-05-14", "2025"]),
    ("On Monday, Smith, 45, whom prosecutors will call as a witness, pleaded guilty.", ["2024-05-13"]),
    ("On Friday, Smith, a teacher at the school, where classes will resume on Monday, was honored.",
     ["2024-05-17", "2024-05-20"]),
    # ... nor a phrase that opens with a preposition or a conjunction: it has no subject (rv54's rows)
    ("On Monday, after a long debate, the council approved the levy, and it will take effect in July.",
     ["2024-05-13", "2024-07"]),
    ("On Thursday, at noon, the team will practice, and it played well last week.", ["2024-05-23"]),
    ("In March, as planned, the crews began work, and the road will reopen in June.", ["2024-03", "2024-06"]),
    # ... and a date inside the appositive keeps its own time
    ("On Tuesday, the senator, a candidate in the June 4 primary, dropped out of the race.",
     ["2024-05-14", "2024-06-04"]),
], published=FRI_MAY)


FRI_APR = dt.date(2021, 4, 23)

test_an_estimate_of_a_size_is_no_plan = dated_test([
    # "was estimated to be 1,192 acres": an estimate of a size, no "to be" of a plan; the day it is
    # compared with ("up from 500 acres on Thursday") is gone by.
    ("As of Friday morning, the wildfire was estimated to be 1,192 acres in size, up from 500 acres on Thursday.",
     ["2021-04-23", "2021-04-22"]),
    ("As of Friday, the crowd was estimated to be about 5,000, up from 2,000 on Wednesday.",
     ["2021-04-23", "2021-04-21"]),
    ("On Friday, losses were estimated to be $2 million, against $1 million on Tuesday.",
     ["2021-04-23", "2021-04-20"]),
    # ... what is estimated to be done still lies ahead.
    ("The project is estimated to be completed in June.", ["2021-06"]),
    ("The bridge is estimated to be ready by Tuesday.", ["2021-04-27"]),
], published=FRI_APR)


test_a_happening_looked_for_that_a_relative_clause_says_was_had_is_gone_by = dated_test([
    # "braced for the fire on Jan. 5, which destroyed the barn": the relative clause right after the day
    # tells the happening came, so its day is the one gone by, not the one just ahead.
    ("Residents braced for the fire on Jan. 5, which destroyed the barn.", ["2021-01-05"]),
    ("Police had prepared for a possible attack on Jan. 6, which killed three.", ["2021-01-06"]),
    ("Officials said they had braced for a shooting on Jan. 5, which left two dead.", ["2021-01-05"]),
    # ... a relative clause with a subject of its own says nothing of it.
    ("Police prepared for a possible attack on Jan. 6, which officials feared.", ["2022-01-06"]),
], published=dt.date(2022, 1, 3))

WED_MAY = dt.date(2024, 5, 15)

test_a_fronted_day_past_a_restrictive_relative_or_with_a_schedule = dated_test([
    # "that will raise fares": the modal is a restrictive relative clause's, its pronoun the subject;
    # the past main verb before it dates the fronted day.
    ("On Tuesday, the council approved a plan that will raise fares.", ["2024-05-14"]),
    ("On Monday, the company announced layoffs that will take effect in July.", ["2024-05-13", "2024-07"]),
    # A relative clause's own day takes its bare irregular past ("which beat it").
    ("On Friday, the team will face Boston, which beat it on Tuesday.", ["2024-05-17", "2024-05-14"]),
    # "On Monday, the council ... votes": a happening's present after a fronted day is a schedule.
    ("On Monday, the council, which has 12 members, votes on the budget.", ["2024-05-20"]),
    ("On Monday, the minister faces questions from lawmakers.", ["2024-05-20"]),
    # "The fire, estimated to be 300 acres on Tuesday,": a size then, gone by.
    ("The fire, estimated to be 300 acres on Tuesday, has grown.", ["2024-05-14"]),
    ("The fire, estimated to be 300 acres on Wednesday, has grown.", ["2024-05-15"]),
], published=WED_MAY)

test_a_fronted_day_with_a_later_main_modal_or_a_past_stays = dated_test([
    ("On Saturday, residents evacuated from towns that will flood will return home.", ["2024-05-18"]),
    ("On Thursday, lawmakers who opposed the bill that will raise taxes will vote again.", ["2024-05-16"]),
    ("On Monday, the council, which votes on the budget, met in private.", ["2024-05-13"]),
    ("On Monday, the team that faces Boston practiced.", ["2024-05-13"]),
    ("As of Monday, the fund holds 12 percent of the shares.", ["2024-05-13"]),
    ("The stadium, estimated to be $500 million, will open on Tuesday.", ["2024-05-21"]),
], published=WED_MAY)


test_a_happening_looked_ahead_to_and_told_after_its_day_as_gone_by_is_past = dated_test([
    # "ahead of", "before" a happening, then ", when" it is told in the past: its day is gone by.
    (dt.date(2025, 6, 28), "Troops were deployed ahead of the parade on Aug. 14, when thousands marched.",
     ["2024-08-14"]),
    (dt.date(2025, 7, 16), "Shares rose ahead of the Fed meeting on Thursday, when rates were cut.", ["2025-07-10"]),
    # ... not when the "when" clause looks ahead, or there is none.
    (dt.date(2025, 6, 28), "Troops were deployed ahead of the parade on Aug. 14, when thousands are expected to march.",
     ["2025-08-14"]),
    (dt.date(2025, 6, 28), "Troops were deployed ahead of the parade on Aug. 14.", ["2025-08-14"]),
    # ... nor when the clause looking ahead is the reporter's future, or the "when" clause tells
    # another time of the happening (its own year, "last year").
    (dt.date(2025, 10, 20), "Crews will set up barriers ahead of the parade on Nov. 9, when streets were closed "
     "all day in 2023.", ["2025-11-09", "2023"]),
    (dt.date(2025, 10, 20), "Crews will set up barriers ahead of the parade on Nov. 9, when streets were closed "
     "all day last year.", ["2025-11-09", "2024"]),
])


test_ahead_of_a_schedule_or_a_rival_looks_to_no_happening = dated_test([
    # A plan's pace or a place in a ranking: the clause's own past decides.
    (dt.date(2025, 7, 16), "The work was finished ahead of schedule on Friday.", ["2025-07-11"]),
    (dt.date(2025, 6, 28), "The new terminal opened ahead of schedule on Aug. 2.", ["2024-08-02"]),
    (dt.date(2025, 6, 28), "He placed ahead of the defending champion in the race on Aug. 9.", ["2024-08-09"]),
    # ... a happening ahead still looks ahead.
    (dt.date(2025, 7, 16), "Shares rose ahead of the Fed meeting on Friday.", ["2025-07-18"]),
    (dt.date(2025, 7, 16), "Crews will finish the work ahead of schedule on Friday.", ["2025-07-18"]),
])


test_a_restrictive_relative_past_dates_its_own_thing = dated_test([
    # A restrictive relative clause ("that", "which", "who", no comma) with a past verb and its object or
    # preposition right before the date tells the dated thing's own past, whatever the main clause's time.
    ("The new footbridge will replace the one that collapsed in March.", ["2024-03"]),
    ("The crest could top the flood that pretty much shut down the village in March.", ["2024-03"]),
    ("The council will review the fees that changed in February.", ["2024-02"]),
    ("The mayor will tour the streets that flooded on Sunday.", ["2024-05-12"]),
    ("The club will face the side that knocked it out on Tuesday.", ["2024-05-14"]),
    # ... but not a relative present or future, a plural's bare verb (a habit, "storms that hit"), nor
    # "that" after a verb of showing or saying with a noun after the -ed word
    ("The board will vote on a levy that takes effect in July.", ["2024-07"]),
    ("The depot that will open in July is nearly built.", ["2024-07"]),
    ("The study will show that closed wards reopen in July.", ["2024-07"]),
    ("The council will review the fees that changed in February and will vote in July.", ["2024-02", "2024-07"]),
], published=WED_MAY)


test_a_day_after_a_relative_past_reads_its_own_clause = dated_test([
    # The relative clause's past is its own: a day after it (an infinitive's, another verb's) is told in
    # the clause the relative sits in, read with the relative left out.
    ("Forecasters expect the storm that formed near the coast on Monday to reach land on Friday.",
     ["2024-05-13", "2024-05-17"]),
    ("The mayor will tour the streets that flooded on Sunday and meet residents on Friday.",
     ["2024-05-12", "2024-05-17"]),
    # ... a past main clause keeps the day gone by
    ("Forecasters said the storm that formed near the coast on Monday reached land on Tuesday.",
     ["2024-05-13", "2024-05-14"]),
], published=WED_MAY)


test_a_copulas_that_clause_opening_with_its_date_reads_its_own_verb = dated_test([
    # "The charge is that on July 31 he stole a car": the copula names the clause; the clause's own verb,
    # after its fronted date, says which way the date lies (published Monday 24 February 2020).
    ("The charge is that on July 31 he stole a car from the depot.", ["2019-07-31"]),
    ("The allegation was that on July 31 the pair broke into the shop.", ["2019-07-31"]),
    ("The particulars are that in August the firm received the stolen goods.", ["2019-08"]),
    # ... a clause told ahead keeps the date ahead
    ("The plan is that on July 31 the council will vote on the budget.", ["2020-07-31"]),
    ("The hope is that in August the roads will reopen.", ["2020-08"]),
], published=dt.date(2020, 2, 24))


test_a_belief_about_a_thing_is_no_plan = dated_test([
    # "knowing or believing it to be stolen goods": the infinitive tells what the thing was, no plan; a date
    # after it is told in the clause's past (published Monday 24 February 2020).
    ("On July 31 he took a card knowing it to be stolen, between August 3 and August 6 he took a phone.",
     ["2019-07-31", "2019-08-03/2019-08-06", "2019-08-06"]),
    ("He bought the van believing it to be stolen in August.", ["2019-08"]),
    # ... an infinitive of a wish or an expectation still looks ahead
    ("Fans want it to be ready by August.", ["2020-08"]),
    ("Officials expect them to be back in August.", ["2020-08"]),
], published=dt.date(2020, 2, 24))
