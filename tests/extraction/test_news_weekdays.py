"""Which day a bare weekday names: the week it picks by its clause (a copula's schedule, a
preview's present, "later Sunday", a possessive, "last Tuesday"), weekday ranges and spans, a
weekday beside an explicit date, and weekdays inside names.

Each row: the publication date (or one for the group), the text, the dates the engine must give
(date or date/end), in order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

from timeline.extraction import extract_events

WED = dt.date(2024, 3, 13)


test_weekday_after_an_explicit_date_describes_it = dated_test([
    # A weekday written after an explicit date describes that date (event
    # schedules: "Aug. 12-13, Thursday-Friday"), singly, as a range or a
    # list, after a comma or in brackets: it is no weekday of its own.
    (WED, "The fair runs March 21-22, Thursday-Friday, at the county hall.", ["2024-03-21/2024-03-22", "2024-03-22"]),
    (WED, "The sale is on March 23, Saturday, from 9 a.m. to noon.", ["2024-03-23"]),
    (WED, "Tryouts are set for March 28 (Thursday) at the gym.", ["2024-03-28"]),
    (WED, "Tryouts are set for 28 March (Thursday) at the gym.", ["2024-03-28"]),
    (WED, "Sessions are on March 25 and 26, Monday and Tuesday, in the library.", ["2024-03-25", "2024-03-26"]),
    (WED, "The vote was held March 10, 2024, Sunday, in every district.", ["2024-03-10"]),
    # A weekday after the date that starts a new date is that date's own.
    (WED, "Rehearsals are March 22, Friday, March 29 and Saturday, March 30.",
     ["2024-03-22", "2024-03-29", "2024-03-30"]),
])


def test_weekday_after_a_date_that_contradicts_it_is_flagged():
    # 21 March 2024 is a Thursday: "Friday" after it contradicts it; the
    # explicit date is kept and flagged, as with "Friday, March 21".
    (e,) = extract_events("The fair opens March 21 (Friday) downtown.", published=WED)
    (plain,) = extract_events("The fair opens March 21 downtown.", published=WED)
    assert e.date == plain.date == dt.date(2024, 3, 21)
    assert e.flags == ("weekday-contradicts-date",) and e.confidence < plain.confidence
    (right,) = extract_events("The fair opens March 21 (Thursday) downtown.", published=WED)
    assert right.flags == ()


FRI = dt.date(2024, 3, 15)


test_possessive_weekday_without_tense_looks_two_days_ahead = dated_test([
    # A possessive weekday with no tense in its clause (a heading, a verbless
    # line: "Saturday's games") that falls in the next two days is that day:
    # the one a week back would be "last Saturday's".
    (FRI, "Saturday's games", ["2024-03-16"]),
    (FRI, "Results from Sunday's races", ["2024-03-17"]),
    (FRI, "Friday's games", ["2024-03-15"]),
    (FRI, "Tuesday's games", ["2024-03-12"]),
    (FRI, "Saturday's games were called off.", ["2024-03-09"]),
])


THU = dt.date(2024, 3, 14)


test_a_present_state_lasting_through_a_weekday_ends_ahead = dated_test([
    # A state said in the present to last "through" a weekday (a warning, a
    # closure, an exhibition) ends ahead, as with "until": the Tuesday after
    # a Thursday paper, not the one two days back.
    (THU, "An excessive heat warning continues through Tuesday evening.", ["2024-03-19"]),
    (THU, "Officials have issued a flood watch that continues through Tuesday.", ["2024-03-19"]),
    (THU, "The heat advisory remains in effect through Sunday.", ["2024-03-17"]),
    (THU, "The bridge remains closed through Monday, the county said.", ["2024-03-18"]),
    (THU, "The exhibition stays open through Tuesday.", ["2024-03-19"]),
    (THU, "The storm watch lasts through 6 p.m. Tuesday.", ["2024-03-19"]),
    # A past verb keeps the past.
    (THU, "The festival continued through Tuesday.", ["2024-03-12"]),
    (THU, "The warning remained in effect through Tuesday.", ["2024-03-12"]),
    (THU, "Crews worked through Tuesday night to clear the roads.", ["2024-03-12"]),
])


MON = dt.date(2024, 3, 18)


test_later_or_earlier_weekday_is_the_day_of_writing = dated_test([
    # "later <weekday>", "earlier <weekday>": a part of the day the story was
    # written, the publication day or (a morning paper's story of the night
    # before) the day before, whatever the clause's tense; never a week off.
    (MON, "The governor scheduled a news conference for later Sunday night.", ["2024-03-17"]),
    (MON, "The results are expected later Sunday.", ["2024-03-17"]),
    (MON, "She will be sentenced later Monday.", ["2024-03-18"]),
    (MON, "The senator spoke earlier Sunday at a rally.", ["2024-03-17"]),
    (MON, "Officials said earlier Monday that the road was closed.", ["2024-03-18"]),
    # "later" the day after: tomorrow.
    (MON, "The team will travel later Tuesday.", ["2024-03-19"]),
    # Another weekday is read as a bare one, by its clause's tense.
    (MON, "Police said the suspect was arrested earlier Thursday.", ["2024-03-14"]),
])


test_a_weekday_named_by_a_copula_is_a_schedule = dated_test([
    # A weekday a copula names, as the predicate or as the subject, is a
    # schedule: the publication day or the next such day, not the one two days
    # back that a present-tense caption would mean ("was" says a day just past).
    (THU, "The deadline is Tuesday.", ["2024-03-19"]),
    (THU, "The primary is Tuesday, and turnout is expected to be low.", ["2024-03-19"]),
    (THU, "The game is Wednesday night at the arena.", ["2024-03-20"]),
    (THU, "The rally is on Tuesday.", ["2024-03-19"]),
    (THU, "Tuesday is the last day to register to vote.", ["2024-03-19"]),
    (THU, "Thursday is the day voters have waited for.", ["2024-03-14"]),
    (THU, "The deadline was Tuesday.", ["2024-03-12"]),
    # A caption in the present is still the nearest such day.
    (THU, "The minister is greeted by the mayor on Tuesday.", ["2024-03-12"]),
])


test_a_weekday_in_a_newspaper_name_is_no_day = dated_test([
    # A weekday in a newspaper's name is no day.
    (THU, "Sunday Times reporter Jane Doe wrote the story.", []),
    (THU, "The minister told the Sunday Telegraph he would stay.", []),
    (THU, "The claim was first reported by the Mail on Sunday.", []),
    (THU, "He told the Sunday Independent that he had resigned.", []),
    # ... so in capitals, a credit line's source
    (THU, "SUNDAY TIMES: The minister resigned on Tuesday.", ["2024-03-12"]),
    (THU, "Source: SUNDAY TELEGRAPH", []),
    (THU, "SUNDAY WORLD: A gang leader flees the country.", []),
    (THU, "SUNDAY STAR-TIMES: The budget leaks.", []),
    (THU, "MAIL ON SUNDAY: The minister is to quit.", []),
    (THU, "SCOTLAND ON SUNDAY: Ferry contract in doubt.", []),
    # ... but a day told in capitals is a day
    (THU, "STORMS HIT THE COAST ON SUNDAY", ["2024-03-10"]),
    # ... nor is a headline's day before a colon, a paper's name only opening its line ("Source:" before it)
    (THU, "ENGLAND FACE SCOTLAND ON SUNDAY: Kick-off at 3pm.", ["2024-03-17"]),
    (THU, "Source: MAIL ON SUNDAY", []),
    (THU, "(WALES ON SUNDAY)", []),
    # ... but a title-case "World" after "On Sunday" is a day's news
    (THU, "On Sunday World leaders met in Paris.", ["2024-03-10"]),
    # A day beside a capitalised word that is no paper's name is still a day.
    (THU, "On Sunday Times Square was crowded.", ["2024-03-10"]),
    (THU, "The Times reported on Sunday that the talks had failed.", ["2024-03-10"]),
    (THU, "He said on Sunday Post Office workers would strike.", ["2024-03-10"]),
])


test_present_schedules_of_sales_and_travel_look_ahead = dated_test([
    # A schedule in the present: "tickets go on sale Friday", "City travel to
    # Liverpool on Sunday" (a team named as a plural, in British usage).
    (THU, "Tickets go on sale Friday.", ["2024-03-15"]),
    (THU, "The album goes on sale Friday.", ["2024-03-15"]),
    (THU, "City travel to Liverpool on Sunday.", ["2024-03-17"]),
    (THU, "Tickets went on sale Friday.", ["2024-03-08"]),
    (THU, "City travelled to Liverpool on Sunday.", ["2024-03-10"]),
])


test_hyphenated_weekday_span_is_every_week = dated_test([
    # "Monday-to-Friday" written as one word is a compound adjective: every week.
    (THU, "He is the Monday-to-Friday host of the show.", []),
    (THU, "Nurses work a Saturday-to-Sunday shift.", []),
    # A range with spaces is still two days.
    (THU, "The fair runs from Monday to Friday.", ["2024-03-18/2024-03-22", "2024-03-22"]),
])


test_a_weekday_range_ends_after_it_starts = dated_test([
    # A range of weekdays ends after it starts: in a Thursday paper "from
    # Monday to Friday" ahead is the next Monday to the Friday after it, and
    # "ran from Tuesday to Saturday" is last week's Tuesday to last Saturday.
    (THU, "The fair runs from Monday to Friday.", ["2024-03-18/2024-03-22", "2024-03-22"]),
    (THU, "The fair will run from Monday through Friday.", ["2024-03-18/2024-03-22", "2024-03-22"]),
    (THU, "The fair ran from Tuesday to Saturday.", ["2024-03-05/2024-03-09", "2024-03-09"]),
    (THU, "The fair ran from Monday to Wednesday.", ["2024-03-11/2024-03-13", "2024-03-13"]),
])


SAT_2024_03_16 = dt.date(2024, 3, 16)


# Two bare weekdays joined by "through", "to" or "until" in a plain past clause ("The plant was
# closed Monday through Friday") are one run gone by, a range as "from Monday to Friday" is: it ends
# by the publication day, its start moved back with it (in a Wednesday paper 4-8 March, not the
# coming Monday and the last Friday); a run from the paper's own day told in a plain past is last
# week's ("The festival ran Saturday through Sunday" in a Saturday paper). A forecast or a present
# perfect told before the run may run ahead from the paper's day
# (test_a_span_from_the_papers_day_ends_after_it), and a present is every week's opening hours.
test_a_bare_weekday_run_in_a_past_clause_is_one_past_range = dated_test([
    (WED, "The plant was closed Monday through Friday.", ["2024-03-04/2024-03-08", "2024-03-08"]),
    (WED, "The strike lasted Monday to Thursday.", ["2024-03-04/2024-03-07", "2024-03-07"]),
    (WED, "The bridge was closed Saturday through Tuesday for repairs.", ["2024-03-09/2024-03-12", "2024-03-12"]),
    (WED, "The walkout ran Wednesday through Friday, the union said.", ["2024-03-06/2024-03-08", "2024-03-08"]),
    (WED, "The team played Monday to Friday last week.", ["2024-03-04/2024-03-08", "2024-03-08"]),
    (SAT_2024_03_16, "The festival ran Saturday through Sunday.", ["2024-03-09/2024-03-10", "2024-03-10"]),
    # ... not a forecast or a perfect that may run ahead, nor a present's opening hours
    (WED, "Showers were expected Wednesday through Friday.", ["2024-03-13", "2024-03-15"]),
    (WED, "Officials have closed schools Wednesday through Friday.", ["2024-03-13", "2024-03-15"]),
    (WED, "The museum is open Tuesday through Sunday.", []),
    (WED, "A heat advisory is in effect Friday through Monday.", ["2024-03-15/2024-03-18", "2024-03-18"]),
])


def test_a_day_moved_from_one_weekday_to_another_is_no_range():
    # "pushed from Friday to Thursday" in a Thursday paper moves tomorrow's concert to
    # today: two days, no range, and no Thursday a week on.
    assert dates("The concert was pushed from Friday to Thursday because of the storm.", THU) == [
        "2024-03-15", "2024-03-14"]


FRI_2018_10_26 = dt.date(2018, 10, 26)


# A part of the day between a weekday and its date ("through Saturday afternoon, Oct. 27") keeps
# the weekday with the date: one day, not also the weekday the verb's past would find.
test_a_part_of_the_day_between_weekday_and_date = dated_test([
    (FRI_2018_10_26, "Forecasters issued a flood watch through Saturday afternoon, Oct. 27.", ["2018-10-27"]),
    (FRI_2018_10_26, "The agency issued a watch for late Friday night, Oct. 26, through Sunday morning, Oct. 28.",
     ["2018-10-26", "2018-10-28"]),
    (FRI_2018_10_26, "Officials met Tuesday evening, 23 October, to plan the repairs.", ["2018-10-23"]),
])


WED_2024_05_15 = dt.date(2024, 5, 15)


# A weekday span whose start lies ahead ends after it: "a watch has been issued for Friday
# afternoon through Monday evening", "rain is forecast from Friday through Monday" in a Wednesday
# paper end on the coming Monday, not the one gone by.
# (A plain "through" between two bare weekdays is one range, whatever the tense, unless a perfect or a
# forecast told in the past comes before it: test_a_weekday_through_run_is_one_range_in_its_clause_direction.)
@pytest.mark.parametrize("text, expected", [
    ("A flood watch has been issued for Friday afternoon through Monday evening.", ["2024-05-17", "2024-05-20"]),
    ("A heat advisory is in effect Friday through Monday.", ["2024-05-17/2024-05-20", "2024-05-20"]),
])
def test_the_end_of_a_weekday_span_ahead_follows_its_start(text, expected):
    assert dates(text, WED_2024_05_15) == expected


def test_a_weekday_range_ahead_ends_after_its_start():
    assert dates("Rain is forecast from Friday through Monday.", WED_2024_05_15) == ["2024-05-17/2024-05-20", "2024-05-20"]


def test_a_past_weekday_range_stays_past():
    assert dates("The fair ran from Thursday through Sunday.", WED_2024_05_15) == ["2024-05-09/2024-05-12", "2024-05-12"]


# A weekday range that starts on the paper's day, in a clause that is no plain past (a present
# perfect, a forecast told in the past, a present, no tense in a sentence that tells no past), runs
# from that day forward: "has issued an advisory from noon Wednesday to 9 p.m. Friday" in a
# Wednesday paper ends on the coming Friday, not on last week's.
test_a_weekday_range_from_the_papers_day_runs_ahead = dated_test([
    ("The weather service has issued a heat advisory from noon Wednesday to 9 p.m. Friday.",
     ["2024-05-15/2024-05-17", "2024-05-17"]),
    ("Officials have canceled classes from Wednesday through Friday.", ["2024-05-15/2024-05-17", "2024-05-17"]),
    ("Another inch of rain was forecast from Wednesday night through Thursday.",
     ["2024-05-15/2024-05-16", "2024-05-16"]),
    ("Flood warning in effect from Wednesday to Saturday", ["2024-05-15/2024-05-18", "2024-05-18"]),
    ("The advisory is in effect from Wednesday to Monday.", ["2024-05-15/2024-05-20", "2024-05-20"]),
    # ... a plain past's range is gone by, its end no later than the paper's day; so is a range with
    # no tense of its own in a sentence that tells a past, a forecast whose outcome follows in the
    # past, a past perfect, and a past after a present perfect's saying.
    ("The fair ran from Wednesday to Saturday.", ["2024-05-08/2024-05-11", "2024-05-11"]),
    ("The office issued a warning from Wednesday to Saturday.", ["2024-05-08/2024-05-11", "2024-05-11"]),
    ("The fair, from Wednesday to Saturday, drew crowds.", ["2024-05-08/2024-05-11", "2024-05-11"]),
    ("The fair was expected from Wednesday to Saturday, but it was canceled.",
     ["2024-05-08/2024-05-11", "2024-05-11"]),
    ("Rain had been forecast from Wednesday to Friday.", ["2024-05-08/2024-05-10", "2024-05-10"]),
    ("Officials have said the fair ran from Wednesday to Saturday.", ["2024-05-08/2024-05-11", "2024-05-11"]),
    # ... and a present perfect of things done over the days, no notice or measure put in place
    ("Police have arrested 12 people from Wednesday to Saturday.", ["2024-05-08/2024-05-11", "2024-05-11"]),
    ("Crews have worked around the clock from Wednesday to Saturday, the mayor said.",
     ["2024-05-08/2024-05-11", "2024-05-11"]),
    ("Schools have been closed from Wednesday to Friday.", ["2024-05-15/2024-05-17", "2024-05-17"]),
], published=WED_2024_05_15)


# "following Monday's summit" in a clause that looks ahead ("deals are expected to be signed
# following Monday's summit") is the coming Monday (or today), not the one before an earlier day.
test_following_a_weekday_in_a_plan_is_the_coming_one = dated_test([
    (dt.date(2017, 4, 9), "The minister arrived on Saturday. Deals are expected to be signed following Monday's summit.",
     ["2017-04-08", "2017-04-10"]),
    (dt.date(2017, 4, 7), "The envoy landed on Wednesday. An accord will be signed following Monday’s talks.",
     ["2017-04-05", "2017-04-10"]),
])


# Review (h158): what nobody schedules ("following Monday's shooting", "Monday's storms") has
# happened, whatever the clause plans after it: the Monday gone by.
test_following_an_unscheduled_happening_is_the_day_gone_by = dated_test([
    (dt.date(2019, 11, 21), "The city will hold a vigil following Monday's shooting.", ["2019-11-18"]),
    (dt.date(2019, 11, 21), "Repairs will take weeks following Monday's explosion at the plant.", ["2019-11-18"]),
    (dt.date(2019, 11, 21), "Schools will reopen following Monday's storms.", ["2019-11-18"]),
    (dt.date(2019, 11, 21), "Talks will resume following Monday's resignation of the chief negotiator.", ["2019-11-18"]),
    # ... a summit or talks, which are planned, stay the coming ones
    (dt.date(2019, 11, 21), "Deals will be signed following Monday's summit.", ["2019-11-25"]),
])


def test_following_a_weekday_in_the_past_keeps_its_reading():
    assert dates("The airport reopened Tuesday following Monday's storms.", dt.date(2017, 4, 7)) == \
        ["2017-04-04", "2017-04-03"]


THU_2024_05_16 = dt.date(2024, 5, 16)


test_weekday_picks_the_year_of_the_day_just_given = dated_test([
    # A yearless "Sunday, Jan. 22" whose weekday fits the year of the day the text just gave
    # (an old photo's caption, a look back) is that year's, not the publication year's.
    (THU_2024_05_16, "A photo taken Friday, Jan. 20, 2023 shows the ship. The navy said Sunday, Jan. 22 that it had "
          "boarded the ship.", ["2023-01-20", "2023-01-22"]),
    # ... not when the text's previous day is far from it: the weekday alone does not move the year.
    (THU_2024_05_16, "The council met on March 1, 2024. The navy said Sunday, Jan. 23 that it had boarded the ship.",
     ["2024-03-01", "2024-01-23"]),
    # A weekday without a previous day keeps the year nearest publication, as before.
    (THU_2024_05_16, "The navy said Monday, Jan. 22 that it had boarded the ship.", ["2024-01-22"]),
])


FRI_2023_01_20 = dt.date(2023, 1, 20)


test_weekday_year_from_the_day_just_given_not_behind_a_future = dated_test([
    # A weekday that does not fit the publication year does not put a day a year behind a
    # future tense, even when the text's previous day lies in that earlier year.
    (FRI_2023_01_20, "A year ago, on Friday, Jan. 21, 2022, the plant exploded. The trial will open Sunday, Jan. 23.",
     ["2022", "2022-01-21", "2023-01-23"]),
    (FRI_2023_01_20, "The plant exploded on Friday, Jan. 21, 2022. The trial opens Sunday, Jan. 23.",
     ["2022-01-21", "2023-01-23"]),
    # ... a past tense still takes the year of the day just given.
    (dt.date(2023, 5, 16), "The plant exploded on Friday, Jan. 21, 2022. The navy said Sunday, Jan. 23 that "
                           "it had found the crew.", ["2022-01-21", "2022-01-23"]),
])


SAT = dt.date(2023, 7, 15)


# The nth weekday of a happening ("the second Saturday of the tournament") is no date.
@pytest.mark.parametrize("text", [
    "No qualifier had ever played on the second Saturday of the championships.",
    "The witness spoke on the first Monday of the trial.",
])
def test_the_nth_weekday_of_a_happening_is_no_date(text):
    assert dates(text, SAT) == []


def test_the_nth_weekday_of_a_month_still_stays_out_of_the_nearest_weekday():
    # (that Tuesday of the month since session 32, op33: it was the month)
    assert dates("The vote is on the first Tuesday of November.", SAT) == ["2023-11-07"]


SAT_2025_03_08 = dt.date(2025, 3, 8)


# A weekday as the subject of "is" before a named day ("Wednesday is primary day", "Then Monday
# is Labor Day") is a schedule, the coming such day, as "Tuesday is the last day" already was;
# a notice's hours between its copula and its day ("The library is open from 9 a.m. to 5 p.m.
# Saturday") are a schedule too, as "is open Saturday" already was.
test_a_copula_schedule_names_the_coming_day = dated_test([
    ("Thursday is primary day in the county.", ["2025-03-13"]),
    ("Then Friday is filing day for the candidates.", ["2025-03-14"]),
    ("And Thursday is opening day at the ballpark.", ["2025-03-13"]),
    ("The library is open from 9 a.m. to 5 p.m. Friday.", ["2025-03-14"]),
    ("Voting centers are open from 8 a.m. until 8 p.m. Thursday.", ["2025-03-13"]),
], published=SAT_2025_03_08)


test_a_past_copula_stays_past = dated_test([
    ("Thursday was primary day in the county.", ["2025-03-06"]),
    ("The library was open from 9 a.m. to 5 p.m. Friday.", ["2025-03-07"]),
], published=SAT_2025_03_08)


WED_2025_03_05 = dt.date(2025, 3, 5)  # a Wednesday


# A preview's schedule label ("When: 6 p.m. Saturday", "Kickoff: Friday") looks ahead.
test_a_preview_schedule_label_looks_ahead = dated_test([
    ("When: 6 p.m. Saturday", ["2025-03-08"]),
    ("Kickoff: Friday", ["2025-03-07"]),
], published=WED_2025_03_05)


THU_2025_03_06 = dt.date(2025, 3, 6)


# A span of weekdays that starts on the paper's day ends after it ("was forecast to linger
# Thursday and through Friday" in a Thursday paper), whatever tense its verb had.
test_a_span_from_the_papers_day_ends_after_it = dated_test([
    ("Snow was forecast to linger over the valley Thursday and through Friday.", ["2025-03-06", "2025-03-07"]),
    ("Showers were expected overnight Thursday through Saturday.", ["2025-03-06", "2025-03-08"]),
], published=THU_2025_03_06)


test_weekdays_and_named_days_inside_names_are_no_days = dated_test([
    # A weekday inside a name after "the" (a newspaper, a group): no day.
    (WED, "The Sunday Times reported that the deal was off.", []),
    (WED, "He told the Sunday Telegraph on Monday that he would run.", ["2024-03-11"]),
    (WED, "Members of the Tuesday Group met with the speaker.", []),
    # ... not a weekday before a name that is the clause's subject, nor a service on that day.
    (WED, "On Sunday President Biden signed the bill.", ["2024-03-10"]),
    (WED, "The pope spoke after the Sunday Mass at the cathedral.", ["2024-03-10"]),
    (WED, "Talks resumed the Friday before the vote.", ["2024-03-08"]),
    # A named day inside the name of a place, an accord or a historic happening: no day.
    (WED, "The Good Friday Agreement was signed in 1998.", ["1998"]),
    (WED, "Tourists flock to the Easter Island statues.", []),
    (WED, "Flights to Christmas Island were cancelled on Monday.", ["2024-03-11"]),
    (WED, "The Easter Rising of 1916 is remembered in Dublin.", ["1916"]),
    # ... but the day itself, and the day's parade, are still dated.
    (WED, "Crowds gathered on Good Friday.", ["2023-04-07"]),
    (dt.date(2023, 11, 27), "Millions watched the Thanksgiving Day Parade.", ["2023-11-23"]),
])


test_weekday_before_another_name_is_still_a_day = dated_test([
    # A weekday before another name is that day's, as before.
    (WED, "Senators debated ahead of the Tuesday Senate vote.", ["2024-03-12"]),
    (WED, "He spoke at the Monday White House briefing.", ["2024-03-11"]),
])


SUN = dt.date(2024, 3, 17)


test_last_weekday_is_never_yesterday = dated_test([
    # "last <weekday>" never names the day before publication: a writer says
    # "Tuesday" or "yesterday" for that; "last Tuesday" in a Wednesday paper is
    # the Tuesday of the week before, as "last Wednesday" is in a Wednesday one.
    (WED, "The mayor conceded last Tuesday's runoff in a phone call.", ["2024-03-05"]),
    (WED, "The team lost last Tuesday at home.", ["2024-03-05"]),
    (SUN, "The club was coming off a heavy loss last Saturday.", ["2024-03-09"]),
    (WED, "The team lost last Wednesday at home.", ["2024-03-06"]),
    # Two days back and more, it is the nearest such day, as before.
    (THU, "The team lost last Tuesday at home.", ["2024-03-12"]),
    (SUN, "The club was coming off a heavy loss last Thursday.", ["2024-03-14"]),
    # A bare weekday stays yesterday.
    (WED, "The team lost Tuesday at home.", ["2024-03-12"]),
])


WED_FEB = dt.date(2023, 2, 1)


test_a_possessive_weekday_after_from_is_past = dated_test([
    # A possessive weekday after "from" names what one comes from: a day gone by,
    # whatever the verb ("returns" here is a noun, or the present of coming back).
    (WED_FEB, "She led by a wide margin in preliminary returns from Tuesday's special election.", ["2023-01-31"]),
    (WED_FEB, "Early results from Sunday's vote show her ahead.", ["2023-01-29"]),
    (WED_FEB, "He returns from Monday's summit with little to show.", ["2023-01-30"]),
    # Elsewhere a possessive weekday keeps its reading.
    (WED_FEB, "She will speak at Friday's rally.", ["2023-02-03"]),
    (WED_FEB, "He spoke at Monday's rally.", ["2023-01-30"]),
])


test_present_verbs_of_previews_take_the_nearest_day = dated_test([
    # Present verbs of previews the ninth round left ("shifts", "airs", "premieres",
    # "hits", "goes", "flies", "moves", "takes on"): the nearest such day, as "plays".
    (WED, "The series shifts to Denver for Game 3 on Friday.", ["2024-03-15"]),
    (WED, "The game airs at 8 p.m. Friday on cable.", ["2024-03-15"]),
    (WED, "The team takes on the league leaders on Friday.", ["2024-03-15"]),
    (WED, "The show premieres Friday on a streaming service.", ["2024-03-15"]),
    (WED, "The bill goes to the Senate on Friday.", ["2024-03-15"]),
    (WED, "The trial moves to a new courtroom Friday.", ["2024-03-15"]),
    # The past stays past; a noun is no verb.
    (WED, "The series shifted to Denver on Friday.", ["2024-03-08"]),
    (WED, "The moves on Friday surprised traders.", ["2024-03-08"]),
])


test_only_a_sunday_paper_is_a_name = dated_test([
    # Every newspaper named after a weekday is a Sunday one ("the Sunday Times", "the Mail
    # on Sunday"); another weekday beside a paper's name is the day it reported.
    (THU, "The Daily Mail on Monday reported that the minister had resigned.", ["2024-03-11"]),
    (THU, "He told the Toronto Star on Tuesday that he would not run again.", ["2024-03-12"]),
    (THU, "The Independent on Wednesday published the leaked memo.", ["2024-03-13"]),
    (THU, "The Sun on Monday printed photos of the couple.", ["2024-03-11"]),
    (THU, "Rain on Friday, Sun on Saturday.", ["2024-03-08", "2024-03-09"]),
    (THU, "On Monday Tribune said it would cut 200 jobs.", ["2024-03-11"]),
    (THU, "On Monday Standard Chartered said profit rose.", ["2024-03-11"]),
    (THU, "The company said on Monday Express Scripts would be sold.", ["2024-03-11"]),
    # ... "on Sunday" is the day too: no paper is "on Sunday Times".
    (THU, "On Sunday Independent candidates registered.", ["2024-03-10"]),
    # The Sunday papers stay names.
    (THU, "The Mail on Sunday reported the story.", []),
    (THU, "The minister told the Sunday Telegraph he would stay.", []),
])


H_WED = dt.date(2024, 3, 6)


def headline_dates(text, published):
    """A headline line before a body line, as an article opens."""
    return dates(text + "\n\nThe story follows here.", published)


@pytest.mark.parametrize("published, text, expected", [
    # A headline's "<subject> to <verb> <day>" (or its bare "due <day>") says what is planned:
    # the coming such day, as "set for" does.
    (H_WED, "Storm to hit coast Saturday", ["2024-03-09"]),
    (H_WED, "Biden to visit Ohio on Monday", ["2024-03-11"]),
    (H_WED, "Voters to choose new mayor Tuesday", ["2024-03-12"]),
    (H_WED, "Governor To Sign Bill On Friday", ["2024-03-08"]),
    (H_WED, "Man to be sentenced Monday", ["2024-03-11"]),
    (H_WED, "Mayor to unveil budget plan Friday; council to vote Monday", ["2024-03-08", "2024-03-11"]),
    (dt.date(2024, 3, 14), "Ruling due Tuesday on mask mandate", ["2024-03-19"]),
    # Not after a verb of its own, before a figure, or a name in a sentence-case headline:
    # the headline's present or past tells what happened.
    (H_WED, "Man sentenced to prison Monday", ["2024-03-04"]),
    (H_WED, "Stocks fall to record low Monday", ["2024-03-04"]),
    (H_WED, "Tornado kills three in Kansas Monday", ["2024-03-04"]),
    # A verb that takes the infinitive, or a verb's particle, before "to" is the headline's own.
    (dt.date(2024, 3, 15), "Senate agrees to extend deadline Thursday", ["2024-03-14"]),
    (dt.date(2024, 3, 11), "Thousands turn out to honor veterans Thursday", ["2024-03-07"]),
    (dt.date(2024, 3, 13), "Fans flock to see new stadium Saturday", ["2024-03-09"]),
    (dt.date(2024, 3, 15), "Volunteers rush to help flood victims Sunday", ["2024-03-10"]),
    (dt.date(2024, 3, 11), "Officers fail to stop robbery Wednesday", ["2024-03-06"]),
    # A body sentence keeps its own tense.
    (H_WED, "Headline here\n\nThe team wanted to win Saturday.", ["2024-03-02"]),
])
def test_headline_infinitive_weekday_lies_ahead(published, text, expected):
    assert headline_dates(text, published) == expected


test_conjoined_present_verb_keeps_its_own_tense = dated_test([
    # A present verb that is no noun after "and" is a second verb with its own present, even after
    # "the <noun>": the coming such day, not the past of the verb before the "and".
    ("Markets were closed Monday for the holiday and reopen Thursday.", ["2024-03-04", "2024-03-07"]),
    ("The talks broke off Monday over the budget and resume Saturday.", ["2024-03-04", "2024-03-09"]),
    # A noun after "the <noun> and" keeps the past of the clause.
    ("The board held a meeting and vote Friday.", ["2024-03-01"]),
    ("The club hosted the banquet and dance Saturday.", ["2024-03-02"]),
], published=dt.date(2024, 3, 6))


test_simple_present_of_an_unlisted_verb_is_a_captions_last_day = dated_test([
    # A present the tense lexicon does not know reads as a caption's, what the picture shows: the
    # day itself or the last such day (issue 12: "present tense with a weekday, as in photo captions
    # ... is today or the most recent such day"), even when the coming one is nearer. A scheduled
    # present ("The court hears arguments Tuesday") reads the same and is left to the listed verbs.
    (dt.date(2024, 3, 12), "A man walks past a flooded street in Houston on Thursday.", ["2024-03-07"]),
    (dt.date(2024, 3, 11), "A woman carries groceries through the snow on Wednesday.", ["2024-03-06"]),
    (dt.date(2024, 3, 15), "Firefighters battle a blaze in a warehouse Sunday.", ["2024-03-10"]),
    (dt.date(2024, 3, 11), "Smith scores twice as United defeat City on Thursday.", ["2024-03-07"]),
    # Past forms spelled as the bare verb, and a headline's present, tell what happened.
    (dt.date(2024, 3, 11), "The Bears beat the Packers 24-17 on Sunday.", ["2024-03-10"]),
    (dt.date(2024, 3, 8), "Crews cut power to the area Monday.", ["2024-03-04"]),
    (dt.date(2024, 3, 6), "Tornado kills three in Kansas Saturday", ["2024-03-02"]),
    # A possessive weekday keeps its own rules.
    (dt.date(2024, 3, 11), "Investors await Wednesday's inflation report.", ["2024-03-13"]),
])


test_possessive_weekday_one_readies_for_lies_ahead = dated_test([
    # A possessive weekday after what readies for it ("tickets for", "preparing for", "line up
    # for"), told in the present or with no tense, is still to come; told in the past, gone by.
    (dt.date(2024, 3, 6), "Tickets for Saturday's concert are still available.", ["2024-03-09"]),
    (dt.date(2024, 3, 15), "Officials are preparing for Monday's summit.", ["2024-03-18"]),
    (dt.date(2024, 3, 17), "Fans are buying tickets for Tuesday's match.", ["2024-03-19"]),
    (dt.date(2024, 3, 12), "Fans line up for Saturday's parade.", ["2024-03-16"]),
    (dt.date(2024, 3, 12), "Fans lined up for Saturday's parade.", ["2024-03-09"]),
    (dt.date(2024, 3, 15), "Officials were preparing for Monday's summit when the news broke.", ["2024-03-11"]),
    # Not what one is held to account for: the happening gone by.
    (dt.date(2024, 3, 6), "The group is responsible for Monday's attack.", ["2024-03-04"]),
    (dt.date(2024, 3, 6), "Police are investigating Monday's shooting.", ["2024-03-04"]),
])


test_a_plan_told_in_the_past_names_the_nearest_day = dated_test([
    # "was expected to", "were scheduled to", "was due in court": a plan told in the past names
    # the nearest such day: the coming one when the last lies more than three days back.
    (dt.date(2024, 3, 6), "The storm was expected to make landfall Saturday.", ["2024-03-09"]),
    (dt.date(2024, 3, 11), "Students were expected to return to class Tuesday after the fire.", ["2024-03-12"]),
    (dt.date(2024, 3, 12), "Police said the suspect was due in court Thursday.", ["2024-03-14"]),
    (dt.date(2024, 3, 11), "The game was scheduled to start at 7 p.m. Wednesday.", ["2024-03-13"]),
    (dt.date(2024, 3, 14), "He was set to be sentenced Friday.", ["2024-03-15"]),
    # The last such day within three days back stays: a plan for it told after it.
    (dt.date(2024, 3, 6), "The storm was expected to make landfall Monday.", ["2024-03-04"]),
    (dt.date(2024, 3, 14), "The council was due to be sworn in on Monday, but the ceremony was postponed.",
     ["2024-03-11"]),
    # A verb of its own after the plan, or no plan, keeps the past.
    (dt.date(2024, 3, 6), "The storm was expected to weaken, but it struck the coast Saturday.", ["2024-03-02"]),
    (dt.date(2024, 3, 6), "The team was beaten Saturday.", ["2024-03-02"]),
    # A clause after the day that tells in the past how the plan went: the plan is gone by, the
    # day the last one, however far back ("but officials said ..." tells no outcome).
    (dt.date(2024, 3, 11), "The ship was scheduled to dock Wednesday and arrived on time.", ["2024-03-06"]),
    (dt.date(2024, 3, 12), "The defendant was due in court Thursday, but he did not show up.", ["2024-03-07"]),
    (dt.date(2024, 3, 15), "The game was scheduled to start at 7 p.m. Sunday but was delayed by rain.",
     ["2024-03-10"]),
    (dt.date(2024, 3, 15), "Workers were expected to return Sunday, and most did.", ["2024-03-10"]),
])


test_a_closure_reported_in_the_past_through_a_day_names_the_nearest_day = dated_test([
    # "said flights were canceled through Sunday": the past of reported speech says what holds as
    # it is reported; the end is the nearest such day, as for a plan told in the past.
    (dt.date(2024, 3, 14), "The airline said flights were canceled through Sunday.", ["2024-03-17"]),
    (dt.date(2024, 3, 16), "Officials said the bridge was closed through Tuesday.", ["2024-03-19"]),
    # Not reported, or the last such day close behind: the closure gone by.
    (dt.date(2024, 3, 14), "Flights were canceled through Sunday.", ["2024-03-10"]),
    (dt.date(2024, 3, 11), "The airline said flights were canceled through Sunday.", ["2024-03-10"]),
    # A clause after it that tells in the past how it ended: the closure gone by.
    (dt.date(2024, 3, 15), "The airline said flights were canceled through Sunday, and service resumed Monday.",
     ["2024-03-10", "2024-03-11"]),
    (dt.date(2024, 3, 15), "The museum said it was closed through Sunday but reopened to visitors on Monday.",
     ["2024-03-10", "2024-03-11"]),
])


test_tenseless_weekday_just_ahead_in_a_sentence_of_what_is_to_come = dated_test([
    # A weekday whose clause says no tense, one or two days ahead, is that coming day when its
    # sentence tells no past and speaks of what is to come ("will", "if", "scheduled") or names a
    # fixture on that day: "a contest Sunday afternoon" in a Friday paper is two days on, not five back.
    (FRI, "The Wildcats stay in Ohio for one more game, a contest Sunday afternoon against the Rams, the coach confirms.",
     ["2024-03-17"]),
    (FRI, "Organizers will decide on the parade, with the fireworks Sunday night and the concert Saturday.",
     ["2024-03-17", "2024-03-16"]),
    (THU, "If talks fail, a walkout could follow, the union's vote Saturday morning being the last step.",
     ["2024-03-16"]),
    # ... not a day told in the past, a caption's scene, a happening nobody schedules, or what the
    # day is after: each the day itself or the last such day.
    (THU, "If the storm hit on Saturday, nobody noticed.", ["2024-03-09"]),
    (THU, "A man walks past a flooded street in Houston on Saturday.", ["2024-03-09"]),
    (THU, "The striker celebrates his goal during the match Saturday, as fans will remember.", ["2024-03-09"]),
    (THU, "Officials will review the incidents, including a crash on Saturday.", ["2024-03-09"]),
    (THU, "Fans of the team, after a loss Saturday, may not return.", ["2024-03-09"]),
    (THU, "A contest Saturday night drew a record crowd.", ["2024-03-09"]),
    # ... nor a result a side comes off or won
    (FRI, "The team, fresh off a win Saturday, will host Duke on Tuesday.", ["2024-03-09", "2024-03-19"]),
    (FRI, "Coming off a loss Saturday, the Tigers will need a win.", ["2024-03-09"]),
    (FRI, "The Wildcats, 3-1 winners over the Rams on Saturday, will host the Bears next.", ["2024-03-09"]),
    (FRI, "With a win Saturday, the Hawks would clinch the title.", ["2024-03-16"]),
    (FRI, "The season kicks off Saturday, and fans will pack the stadium.", ["2024-03-16"]),
    # A word ending in -ed that is no past ("seed", "speed", "need", "hundred") tells no past.
    (FRI, "Top seed Duke versus Kentucky in the game Sunday.", ["2024-03-17"]),
    (FRI, "Full speed ahead for the Hawks, the rematch Sunday against the Bulls.", ["2024-03-17"]),
    (FRI, "A team in need of a win, the Hawks versus the Bulls in a rematch Sunday.", ["2024-03-17"]),
    # ... while "agreed", "freed" and "guaranteed" still do.
    (FRI, "The sides agreed on a rematch Saturday.", ["2024-03-09"]),
])


# A participle with an adverb of degree before its agent ("fed in part by", "driven largely by")
# describes a noun and tells no past: the sentence still speaks only of what is to come, and a
# tenseless weekday one day ahead is the coming one.
test_a_participle_before_its_agent_tells_no_past = dated_test([
    (FRI, "Flood threats linger across the valley Saturday, as moisture fed in part by the storm is expected "
          "to keep falling.", ["2024-03-16"]),
    (FRI, "High winds remain a danger Saturday, with gusts pushed largely by the cold front expected to peak.",
     ["2024-03-16"]),
    # ... a finite past verb before a means ("expanded in part by buying") still tells a past; so do a
    # past verb elsewhere in the sentence and a caption with no word of what is to come.
    (FRI, "The firm expanded in part by buying rivals on Saturday, and it will grow.", ["2024-03-09"]),
    (FRI, "Flooding caused mostly by heavy rain closed roads Saturday, and more rain will fall.", ["2024-03-09"]),
    (FRI, "Residents remain in shelters Saturday.", ["2024-03-09"]),
    (FRI, "Residents remain in shelters Saturday, driven in part by fear of looting.", ["2024-03-09"]),
])


test_a_slash_between_two_days_ahead_runs_on_as_or_does = dated_test([
    # "late Friday/early Saturday": the slash sets two days side by side as "or" does; the second runs
    # on after a first day ahead, whatever past the clause after it tells ("the level it reached in March").
    (WED, "The river should crest late Friday/early Saturday near the level it reached in January.",
     ["2024-03-15", "2024-03-16", "2024-01"]),
    (WED, "Storms are likely Friday/Saturday after a dry spell that began in January.",
     ["2024-03-15", "2024-03-16", "2024-01"]),
    (WED, "The river should crest late Friday or early Saturday near the level it reached in January.",
     ["2024-03-15", "2024-03-16", "2024-01"]),
    # ... a past clause keeps both days gone by
    (WED, "The river crested late Friday/early Saturday near the level it reached in January.",
     ["2024-03-08", "2024-03-09", "2024-01"]),
])


test_a_weekday_before_a_month_with_a_slipped_comma_is_that_date = dated_test([
    # "On Thursday July, 4": a comma slipped between the month and its day after a weekday; the date is
    # the weekday's, one statement (not the paper's Thursday and the month) (published Thursday 16 May 2024).
    ("On Thursday July, 4 a poll will take place in the ward.", ["2024-07-04"]),
    ("Nominations close on Friday June, 7 at noon.", ["2024-06-07"]),
    # ... but no weekday before it: the month, then a count
    ("In July, 4 people were hurt on the road.", ["2023-07"]),
    ("By June, 12 candidates had come forward.", ["2023-06"]),
], published=dt.date(2024, 5, 16))
