"""Kinds of false positive on real news (issue 12): customs read as one happening, a
caption's present read as a day ahead, a notice's day, numbers read as years, a year glued
after a comma, a present-tense headline with "today" read as a page's call to action. Each
pinned on sentences written for the test, not taken from any article. Each row: publication
date, text, the dates the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

THU = dt.date(2019, 11, 21)


@pytest.mark.parametrize("text", [
    "The festival is usually held in August.",
    "The fair is traditionally held in June on the village green.",
    "Elections are typically held in November.",
    "The county show is normally staged in July.",
])
def test_a_present_passive_custom_names_no_particular_month(text):
    # "is usually held in August": every year's August; the participle made the tense past,
    # which let the month through as last August.
    assert dates(text, THU) == []


test_a_month_of_another_clause_than_the_custom_stays = dated_test([
    # A past verb after the custom is another clause's: that month is one month.
    ("The festival, which is usually held in August, was held in May.", ["2019-05"]),
    ("The river, which usually runs high, flooded in May.", ["2019-05"]),
    ("The festival was held in August.", ["2019-08"]),
], published=THU)


test_a_caption_present_with_a_weekday_is_that_day_or_the_last_one = dated_test([
    # A caption's present shows what the picture shows: the day itself or the last such day.
    ("The prime minister greets the president at the summit Friday.", ["2019-11-15"]),
    ("The minister is greeted by the mayor on Friday.", ["2019-11-15"]),
    ("The senator speaks during a news conference on Friday.", ["2019-11-15"]),
    ("Fans celebrate after the final whistle Saturday in Madrid.", ["2019-11-16"]),
    ("A rescuer gestures to colleagues on Thursday.", ["2019-11-21"]),
    ("Supporters wave flags outside the stadium Friday.", ["2019-11-15"]),
    ("Workers clear debris on Friday in the town centre (AP Photo/Jane Doe).", ["2019-11-15"]),
], published=THU)


test_a_plan_or_a_judgement_in_the_present_is_no_caption = dated_test([
    # "is seen as" judges, "are planned" schedules: no picture shows either, so the present keeps
    # the nearest day (the coming one here), where the caption's scene had put it back.
    ("Protests are planned during the ceremony on Saturday.", ["2019-11-23"]),
    ("A minute's silence is scheduled during the match on Saturday.", ["2019-11-23"]),
    ("The governor is seen as the frontrunner in the primary on Saturday.", ["2019-11-23"]),
    ("The move is seen as a test of the talks that resume on Saturday.", ["2019-11-23"]),
    # ... a caption's "is seen" with what it shows stays that day or the last one.
    ("The minister is seen outside parliament on Saturday.", ["2019-11-16"]),
    ("Smoke is seen rising from the factory on Friday.", ["2019-11-15"]),
    ("The mayor speaks during a rally on Saturday.", ["2019-11-16"]),
], published=THU)


test_a_preview_present_with_a_weekday_is_the_coming_day = dated_test([
    # A preview's present schedules: the coming day.
    ("The team plays Friday against the league leaders.", ["2019-11-22"]),
    ("The Bears host the Lions on Sunday.", ["2019-11-24"]),
    ("Talks resume Monday in Geneva.", ["2019-11-25"]),
], published=THU)


test_a_notice_of_a_closing_is_the_coming_day = dated_test([
    # A notice's "is closed" is a schedule, as "the deadline is Tuesday": the coming day, or today.
    ("The town hall is closed Tuesday for maintenance.", ["2019-11-26"]),
    ("The library is closed on Monday.", ["2019-11-25"]),
    ("Polling stations are open Sunday from 7 a.m.", ["2019-11-24"]),
    ("The bridge is closed Thursday after the crash.", ["2019-11-21"]),
    ("The deadline is Tuesday.", ["2019-11-26"]),
    # ... a closing gone by is told in the past.
    ("The library was closed on Monday.", ["2019-11-18"]),
], published=THU)


test_a_level_a_clock_or_a_measure_is_no_year = dated_test([
    ("The index closed at 1600 on Friday.", ["2019-11-15"]),
    ("Shares traded at 2010 pence before the statement on Monday.", ["2019-11-18"]),
    ("The convoy left at 1600 on Friday.", ["2019-11-15"]),
    ("Troops will move at 0900 hours on Monday.", ["2019-11-25"]),
    ("The furnace reached 2000 degrees on Monday.", ["2019-11-18"]),
    ("Rain totals reached 1900 millimetres on Monday.", ["2019-11-18"]),
    # ... a year after "at" with no level or clock stays: "at 2015 prices" is that year's.
    ("The plant was built in 1998 and valued in 2015 pounds.", ["1998"]),
], published=THU)


test_a_year_glued_after_a_comma_is_the_date_s_year = dated_test([
    ("The minister visited Paris on 12 November,2015 for talks.", ["2015-11-12"]),
    ("The deal was signed on March 3,2015 in Geneva.", ["2015-03-03"]),
    ("The plant closed on 4 July,2012 after the fire.", ["2012-07-04"]),
    # ... not a thousands separator after a day: "March 3,200 people" is no year.
    ("On March 3,200 people marched.", ["2019-03-03"]),
], published=THU)


@pytest.mark.parametrize("text", [
    "Shop owners protest today against the new tax",
    "Order takers strike today over pay",
    "Text message senders face new fines from today",
    "Email alerts start today for bank customers",
    "Call for calm as tensions rise today",
])
def test_a_present_headline_whose_first_word_heads_its_subject_is_today(text):
    # "Shop", "Order", "Text" open a call to action ("Shop today", "Order yours today"); before
    # a plural agent noun and its verb they head the subject of a headline in the present.
    assert dates(text, THU) == ["2019-11-21"]


@pytest.mark.parametrize("text", ["Shop the sale today.", "Call our advisers today.", "Join thousands of readers today.",
                                  "Buy tickets today.", "Donate goods this weekend or today.",
                                  "Join members across the country today."])
def test_a_call_to_action_stays_undated(text):
    assert dates(text, THU) == []


test_often_and_most_years_name_no_particular_month = dated_test([
    # "often", "regularly", "most years": a custom, every year's month, in a clause not in the past.
    ("The president often travels to Texas in August.", []),
    ("Prices frequently rise in December.", []),
    ("In most years the lake freezes in January.", []),
    ("In a typical year the river peaks in April.", []),
    # ... a future said after it, or a past, is one month.
    ("The president often travels, and he will visit Texas in August.", ["2020-08"]),
    ("He often visited Texas in August.", ["2019-08"]),
    # ... and a custom inside a relative clause set off by commas is not the main clause's.
    ("The company, which often hires students, cut 200 jobs in October.", ["2019-10"]),
    ("The group, which frequently tours abroad, put on a show in Paris in October.", ["2019-10"]),
    ("The minister, who regularly visits the region, presented the report to parliament in October.", ["2019-10"]),
    # ... one that runs on to the month stays a custom.
    ("The company, which often hires students in August, cut 200 jobs.", []),
], published=THU)


test_the_nth_weekday_of_a_month_is_no_weekday_near_publication = dated_test([
    # The nth weekday of a month is a day of that month, not the weekday nearest publication (that day
    # itself since session 32, op33: it was the month).
    ("The holiday falls on the last Monday in May.", ["2019-05-27"]),
    ("The fair opens on the second Saturday of June.", ["2020-06-13"]),
    # ... "last Monday" with no "the" is the last one.
    ("The talks ended last Monday in Geneva.", ["2019-11-18"]),
], published=THU)


test_people_or_things_counted_are_no_year = dated_test([
    ("The band played to 2000 fans on Saturday.", ["2019-11-16"]),
    ("Officials said 1900 police officers were deployed on Monday.", ["2019-11-18"]),
    ("The storm damaged 1800 buildings on Monday.", ["2019-11-18"]),
    # ... a year opening its clause keeps the noun as its subject.
    ("In 2014 workers went on strike.", ["2014"]),
    ("Since 2010 residents have complained about the noise.", ["2010/2019"]),
], published=THU)


test_a_weekly_round_or_a_season_of_nature_names_no_particular_month = dated_test([
    # A weekly round and a season of nature make every year's months and days, in a clause not in
    # the past.
    ("The flea market runs every Saturday from April to October.", []),
    ("The castle is open on Sundays from June to September.", []),
    ("Typhoon season runs from May 1 to Oct. 31.", []),
    ("The rainy season begins in June and ends in September.", []),
    ("The three-month monsoon arrives in June.", []),
    # ... in the past, or with a future said, one month.
    ("The flea market ran every Saturday in October.", ["2019-10"]),
    # ... and a weekly round's own days are days.
    ("Early voting is open on Saturdays Nov. 23 and Nov. 30.", ["2019-11-23", "2019-11-30"]),
    ("A third flight departs each Thursday from Dec. 5.", ["2019-12-05"]),
    ("The typhoon season will peak in August, forecasters said.", ["2020-08"]),
    ("The rainy season brought floods in September.", ["2019-09"]),
], published=THU)


test_a_number_naming_a_place_a_text_or_a_level_is_no_year = dated_test([
    # A place's or a text's number is no year.
    ("Police were called to Suite 1800 on Monday.", ["2019-11-18"]),
    ("The lorry overturned near exit 1900 on Monday.", ["2019-11-18"]),
    ("The family filed a Section 1983 claim on Monday.", ["2019-11-18"]),
    ("Passengers waited at Gate 1820 on Monday.", ["2019-11-18"]),
    ("The rule, Decree 1999, took effect on Monday.", ["2019-11-18"]),
    # ... nor a level a market moved to, nor seconds, runs or rooms.
    ("The index fell 1.6% to 1986 on Monday.", ["2019-11-18"]),
    ("The benchmark climbed to 2010 on Friday.", ["2019-11-15"]),
    ("He ran the course in 2017 seconds.", []),
    ("The hotel has 1800 rooms.", []),
    # ... a year that a change ran from, or happened in, stays.
    ("Unemployment rose from 2008 to 2010.", ["2008/2010", "2010"]),
    ("The rate fell in 2009 to 4 percent.", ["2009"]),
], published=THU)


test_a_written_date_s_parts_with_odd_spacing_are_one_date = dated_test([
    # A month's year glued after a comma, a space before the comma, a dotted month glued to its day.
    ("The deal was signed in November,2015 in Paris.", ["2015-11"]),
    ("The deal was signed on November 12 ,2015 in Paris.", ["2015-11-12"]),
    ("The deal was signed on Nov.12, 2015 in Paris.", ["2015-11-12"]),
    ("The talks ended on Sept.3.", ["2019-09-03"]),
], published=THU)


test_a_preview_s_fixture_or_broadcast_is_the_coming_day = dated_test([
    # A fixture's or a broadcast's present in a preview: the coming day, even two days on.
    ("The team plays Tuesday against the league leaders.", ["2019-11-26"]),
    ("The Bears play the Lions on Wednesday.", ["2019-11-27"]),
    ("The documentary airs Tuesday at 9 p.m.", ["2019-11-26"]),
    # ... a moment a picture shows ("during the match") is that day or the last one.
    ("The captain plays the ball during the match Friday.", ["2019-11-15"]),
    ("The minister speaks during a news conference in Rome on Friday.", ["2019-11-15"]),
    # ... "during a visit" a preview says as well: the present's nearest day.
    ("The president speaks at a banquet during a state visit on Friday.", ["2019-11-22"]),
    # ... and what a charge says keeps the nearest day.
    ("The driver faces charges after a crash on Tuesday.", ["2019-11-19"]),
], published=THU)


test_a_future_said_with_is_expected_to_after_a_custom_is_one_month = dated_test([
    # (h111) A future said with "is expected/due to" between a custom and a month is one month
    # ahead, as "will" is: issue 12's "often"/"regularly" had made these customs.
    ("The bank regularly reviews rates and is expected to cut them in December.", ["2019-12"]),
    ("The agency often revises its figures and is due to publish them in January.", ["2020-01"]),
    # the custom itself stays none
    ("Prices usually rise in December.", []),
], published=THU)


WED = dt.date(2024, 3, 13)


test_habitual_months_are_no_dates = dated_test([
    # A custom told in the present with "usually", "typically", "normally"
    # ... names each year's month, no dated event.
    (WED, "Usually the river runs high in May and June.", []),
    (WED, "Prices typically peak in July, dealers say.", []),
    (WED, "The lake normally freezes in early January.", []),
    # ... but a past event beside the custom is dated, and so is a month
    # with its own modifier.
    (WED, "The river, which usually runs high in spring, flooded in February.", ["2024-02"]),
    (WED, "Usually quiet, the town was hit by floods in February.", ["2024-02"]),
    (WED, "Prices usually peak in summer, but they peaked last January.", ["2024-01"]),
])


test_a_month_in_a_future_beside_a_custom_is_dated = dated_test([
    # A future said outright between the custom and the month: one month
    # ahead, the custom is another clause's.
    (WED, "Turnout is usually low, and the runoff will be held in April.", ["2024-04"]),
    (WED, "The central bank, which normally meets eight times a year, will decide on rates in May.", ["2024-05"]),
    (WED, "Typically cautious, the committee will vote in April.", ["2024-04"]),
    (WED, "Prices usually rise in spring, and analysts expect inflation to peak in May.", ["2024-05"]),
    # The present still tells the custom.
    (WED, "The river usually runs high in May.", []),
])


JUN = dt.date(2015, 6, 12)


test_a_generic_present_dates_no_day = dated_test([
    # A custom told in the present ("generally", "typically", "normally"):
    # its yearless days and months recur every year; no one of them is dated.
    ("Generally, the rainy season begins on June 10 and ends on September 23, forecasters say.", []),
    ("The rainy season generally begins June 10.", []),
    ("The rainy season typically starts on June 10 and ends on 23 September.", []),
    ("The harvest festival is normally held on August 3.", []),
    # Not a custom: one year's day, a past clause, or "generally" of degree.
    ("The rainy season began on June 10, forecasters said.", ["2015-06-10"]),
    ("Observers said the vote was generally peaceful on June 10.", ["2015-06-10"]),
    ("The fair usually opens in August, but this year it will open on September 5.", ["2015", "2015-09-05"]),
    # "on June 10 this year": the day and its year are one statement (test_news_years.py).
    ("Generally, the fair opens in August; it opened on June 10 this year.", ["2015-06-10"]),
], published=JUN)


test_more_forms_of_a_custom = dated_test([
    # More forms of a custom, for a yearless day.
    ("The fair is held every year on March 3.", []),
    ("Each year on March 3, the town celebrates its founding.", []),
    ("The tax deadline is April 15 every year.", []),
    ("The rainy season tends to arrive around June 10.", []),
    ("As a rule, the assembly opens on January 15.", []),
    ("In general, the rains start on June 10.", []),
    # One day: a weekday after "generally" or "in general" in a past clause,
    # a day in a clause of its own.
    ("Generally, the talks went well on Monday.", ["2015-06-08"]),
    ("In general, the ministry said on Monday that prices rose.", ["2015-06-08"]),
    ("Every year, thousands visit; on March 3 the fair was cancelled.", ["2015-03-03"]),
], published=JUN)


MON = dt.date(2024, 5, 13)


# A delivery schedule is every week, no day: "Sign up for our briefing, delivered to your inbox
# Monday through Friday", "sent by email Monday to Friday" (but "were delivered Monday through
# Friday" is told as one).
@pytest.mark.parametrize("text", [
    "Sign up for our morning briefing, delivered to your inbox Monday through Friday.",
    "Get the digest, sent by email Monday to Friday.",
    "Subscribe to Morning Notes, our roundup delivered straight to your inbox Monday through Friday.",
    "The bulletin is published Monday through Saturday.",
])
def test_a_delivery_schedule_is_no_day(text):
    assert dates(text, MON) == []


SAT = dt.date(2024, 5, 18)


def test_a_delivery_told_as_one_keeps_its_days():
    # (a run told in a plain past, one range as "from Tuesday to Thursday" is: test_news_weekdays.py)
    assert dates("The ballots were delivered Tuesday through Thursday.", SAT) == ["2024-05-14/2024-05-16", "2024-05-16"]


test_what_recurs_is_no_date = dated_test([
    # What recurs every year, month or week names no day or month of its own.
    (WED, "The festival is held every year in May.", []),
    (WED, "The festival, held in May each year, draws thousands.", []),
    (WED, "The river floods annually in April.", []),
    (WED, "Meetings are held the first Monday of each month.", []),
    (WED, "The council meets on the second Tuesday of every month.", []),
    (WED, "The store opens at 9 a.m. Monday through Saturday.", []),
    (WED, "The office is open from 9 a.m. to 5 p.m. Monday through Friday.", []),
    # ... one of them is dated, and so is a month told in the past.
    (WED, "The festival, held every year, was cancelled in February.", ["2024-02"]),
    (WED, "The council met on the second Tuesday of the month, March 12.", ["2024-03-12"]),
    (WED, "The store will open at 9 a.m. Monday.", ["2024-03-18"]),
    (WED, "Talks ran Monday through Wednesday.", ["2024-03-11/2024-03-13", "2024-03-13"]),
])


THU_2024_03_14 = dt.date(2024, 3, 14)


test_a_closure_told_as_one_is_those_days = dated_test([
    # A closure told as one, ahead or gone by, is those days, not every week's.
    (THU_2024_03_14, "The office will be closed from Friday to Monday.", ["2024-03-15/2024-03-18", "2024-03-18"]),
    (THU_2024_03_14, "City offices will be closed Friday through Monday for the holiday.",
     ["2024-03-15/2024-03-18", "2024-03-18"]),
    (THU_2024_03_14, "The office was closed from Friday to Monday.", ["2024-03-08/2024-03-11", "2024-03-11"]),
    # Opening hours stay every week's.
    (THU_2024_03_14, "The office is closed Friday through Monday.", []),
    (THU_2024_03_14, "The museum is open Tuesday through Sunday.", []),
    (THU_2024_03_14, "Early voting will be available Monday through Friday from 8 a.m. to 5 p.m.", []),
])


test_every_year_is_a_custom_only_beside_its_month = dated_test([
    # "every year", "each year", "annually" say how often the thing beside them comes round;
    # elsewhere in the sentence they make no custom of a day ("usually" does).
    (THU_2024_03_14, "The marathon, which draws thousands every year, was cancelled on Sunday.", ["2024-03-10"]),
    (THU_2024_03_14, "About 500 people are killed every year by lightning, officials said Tuesday.", ["2024-03-12"]),
    (THU_2024_03_14, "The company, which reports annually, said Tuesday that profit rose.", ["2024-03-12"]),
    (THU_2024_03_14, "The number of visitors grows each year, and in February it hit a record.", ["2024-02"]),
    # ... a month beside them is every year's, in any tense.
    (THU_2024_03_14, "The festival is held every year in May.", []),
    (THU_2024_03_14, "The festival, held in May each year, was cancelled in 2020.", ["2020"]),
    (THU_2024_03_14, "The river floods annually in April.", []),
])


test_a_list_of_opening_hours_is_every_week = dated_test([
    # A week's opening hours listed day by day, covering five days of the week or more: every
    # week's days, the single ones too.
    (WED, "At the pool, those hours are 6 a.m.-9 p.m. Monday-Thursday, 6 a.m.-7 p.m. Friday, "
          "8 a.m.-5 p.m. Saturday and noon-5 p.m. Sunday.", []),
    (WED, "Library hours are 9 a.m.-6 p.m. Tuesday and Thursday and 10 a.m.-4 p.m. Wednesday-Saturday.", []),
    (WED, "Hours are 9 a.m. to 5 p.m. Monday through Friday and 10 a.m. to 2 p.m. Saturday.", []),
    (WED, "The clinic is open 8 a.m. to 4 p.m. Monday through Friday.", []),
    (WED, "Office hours: Monday-Friday 9 a.m.-5 p.m., Saturday 10 a.m.-2 p.m.", []),
    # ... not a few days' hours (a shelter's for a heat wave, a fair's), nor one day's, nor hours
    # told ahead, gone by or for one week.
    (WED, "The shelter is open 7 a.m. to 10 p.m. Wednesday and Thursday, 7 a.m. to 6 p.m. Friday and "
          "9 a.m. to 5 p.m. Saturday.", ["2024-03-13", "2024-03-14", "2024-03-15", "2024-03-16"]),
    (WED, "The fair is open 10 a.m.-6 p.m. Saturday and 10 a.m.-4 p.m. Sunday.", ["2024-03-16", "2024-03-17"]),
    (WED, "Polling hours are 7 a.m. to 8 p.m. Tuesday.", ["2024-03-19"]),
    (WED, "The shelter will be open 8 a.m.-5 p.m. Monday and Tuesday.", ["2024-03-18", "2024-03-19"]),
    (WED, "The shelter was open 8 a.m.-5 p.m. Monday and Tuesday.", ["2024-03-11", "2024-03-12"]),
    (WED, "The gym opened at 6 a.m. Monday and closed at 9 p.m. Tuesday.", ["2024-03-11", "2024-03-12"]),
])


test_used_to_that_is_no_custom_leaves_the_day = dated_test([
    # "used to" is the custom ("Black Friday used to open the season") only as its clause's verb.
    # The passive of "use" with a purpose names the day it is told with ...
    (WED, "The money will be used to rebuild the school, starting on Monday.", ["2024-03-18"]),
    (WED, "Funds were used to pay the contractors on Friday.", ["2024-03-08"]),
    (WED, "The grant, which was mostly used to buy laptops, ran out on Feb. 29.", ["2024-02-29"]),
    (WED, "The hall is also being used to house evacuees until March 22.", ["2024-03-22"]),
    # ... so does "get used to" (grow accustomed) ...
    (WED, "Smith threw 50 pitches Friday, sitting down between reps to get used to the break.", ["2024-03-08"]),
    (WED, "Players are getting used to the new rules, the coach said on Tuesday.", ["2024-03-12"]),
    (WED, "Commuters got used to the detour after the bridge closed on March 4.", ["2024-03-04"]),
    # ... and a reduced relative after a noun, the clause's own verb after it.
    (WED, "The knife used to kill him was found on Saturday.", ["2024-03-09"]),
    (WED, "The drug used to treat the virus goes on sale on Monday.", ["2024-03-18"]),
    (WED, "The truck used to haul the stolen goods will be auctioned on Thursday.", ["2024-03-14"]),
    (WED, "The crane used to lift the wreckage arrived on March 2.", ["2024-03-02"]),
    (WED, "The software used to count the ballots will be tested on April 3.", ["2024-04-03"]),
    (WED, "Used to treat malaria for decades, the drug was approved for the virus on Tuesday.", ["2024-03-12"]),
])

test_used_to_as_its_clause_s_verb_stays_a_custom = dated_test([
    (WED, "Black Friday, the day after Thanksgiving, used to launch the holiday season, but sales now start "
          "in October.", ["2023-10"]),
    (WED, "The office used to open on Saturdays.", []),
    (WED, "The office used to open on Saturday.", []),
    (WED, "He used to visit in May.", []),
    (WED, "The mill used to be the biggest buyer at the Saturday market.", []),
    (WED, "The mill, which used to be the biggest buyer, closed on Friday.", ["2024-03-08"]),
    (WED, "Officials used to say the bridge was safe on Sundays.", []),
    (WED, "Families used to spend Christmas Day at the lodge his grandfather built.", []),
    (WED, "The stadium used to host the final on Memorial Day.", []),
    (WED, "Fans are used to waiting; the gates open on Saturday.", ["2024-03-16"]),
])
