"""Kinds of error the engine made on real news it had never seen (issue 12,
third accuracy round), each pinned on sentences written for the test, not
taken from any article. Each row: publication date, text, the (date or
date/end) the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dated_test

from timeline.extraction import extract_events

WED = dt.date(2024, 3, 13)


test_anchored_phrase_needs_a_day = dated_test([
    # "N days after <something undated>": with no day in the sentence there is
    # nothing to count from, unless the news of the day "comes" N days after it.
    (WED, "Two days after the vote, protesters gathered.", []),
    (WED, "Three days before the election, he quit the race.", []),
    (WED, "The ruling comes a day after the vote.", ["2024-03-12"]),
    (WED, "The comments came only a day after the bombers flew.", ["2024-03-12"]),
    (WED, "He resigned on Monday, two days after the vote.", ["2024-03-11", "2024-03-09"]),
    # What the news "comes" after, joined by "and", counts from the same day (a month
    # after is too loose to date).
    (WED, "The strike comes two days after the vote and a day after the anniversary of the war.",
     ["2024-03-11", "2024-03-12"]),
    (WED, "The launch comes about a month after the North tested a missile and a day after the anniversary.",
     ["2024-03-12"]),
    (WED, "Two days after the vote and a day after the count, protesters gathered.", []),
])


test_hours_and_weeks_ago = dated_test([
    # "hours ago" with or without a number is the day of publication.
    (WED, "The shop closed just hours ago.", ["2024-03-13"]),
    (WED, "Hours ago, the fire started.", ["2024-03-13"]),
    (WED, "The blast happened a few hours ago.", ["2024-03-13"]),
    # A count of weeks is a day only when short and exact.
    (WED, "The ship sank two weeks ago.", ["2024-02-28"]),
    (WED, "The ship sank a week or so ago.", ["2024-03-06"]),
    (WED, "He left the company six weeks ago.", []),
    (WED, "The ship sank nearly two weeks ago.", []),
    (WED, "He quit several weeks ago.", []),
])


test_apostrophe_years = dated_test([
    # A year written with an apostrophe is its year, in the nearest century
    # not more than ten years ahead; a quoted number is not.
    (WED, "She graduated with the class of '98.", ["1998"]),
    (WED, "The album came out in ’19 to good reviews.", ["2019"]),
    (WED, "He scored 'twice' and '10 times' more.", []),
    (WED, "The rate fell by '10 percent' they said.", []),
    (WED, "Rock music of the '90s is back.", []),
    # ... after "to" as well ("go back to ’03", "from '98 to '03"), but not a quoted name after "to"
    (WED, "You would have to go back to ’03 for their last title.", ["2003"]),
    (WED, "The club reached the final every year from '98 to '03.", ["1998", "2003"]),
    (WED, "He moved to '10 Downing Street' in a hurry.", []),
    (WED, "Tickets rose to ‘20 pounds’ a head.", []),
    (WED, "The sign pointed to '24-hour' parking.", []),
])


test_times_of_day_and_end_of_day = dated_test([
    # "by the end of the day" is a deadline on the publication day; "at the end of
    # the day" is an idiom.
    (WED, "A decision is expected by the end of the day.", ["2024-03-13"]),
    (WED, "The office stays open until the end of the day.", ["2024-03-13"]),
    (WED, "At the end of the day, voters decide.", []),
    # A clock time between the verb and its weekday: "polls close" is a schedule.
    (WED, "Polls close at 8 p.m. Friday.", ["2024-03-15"]),
    (WED, "Polls closed at 8 p.m. Friday.", ["2024-03-08"]),
    (WED, "The race came close Friday.", ["2024-03-08"]),
    (WED, "Police said the shooting happened around 2:30 a.m. Sunday.", ["2024-03-10"]),
    (WED, "The storm will make landfall early Friday morning.", ["2024-03-15"]),
    (WED, "The curfew lasts until 6 a.m. Saturday.", ["2024-03-16"]),
    # The word after a possessive date is its noun, not the clause's verb.
    (dt.date(2023, 10, 30), "Three days later, as of Friday's close, the index was down 6%.",
     ["2023-10-27"]),
])


test_month_takes_the_tense_of_its_relative_clause = dated_test([
    # A yearless month whose own clause has no tense takes the tense of the
    # relative clause right after it ("..., which will ...").
    (dt.date(2011, 4, 18), "The firm faces patent losses, including its top drug in October, which will open it "
                           "to rivals.", ["2011-10"]),
    (dt.date(2011, 4, 18), "The firm faces patent losses, including its top drug in October, which was a blow.",
     ["2010-10"]),
    (dt.date(2011, 4, 18), "The company, which was founded in March, will expand.", ["2011-03"]),
])


def test_a_comma_before_that_opens_no_relative_clause():
    # "..., that ..." after a comma is a complement clause, which says nothing of the date's time.
    (e,) = extract_events("I hope that, whatever happens today, that our ties will stay strong.",
                          published=WED)
    assert e.tense is None and e.stage == "occurred"


test_dash_before_an_anchored_phrase_is_no_range = dated_test([
    # A dash before an anchored phrase is an aside, not a range: both dates stay.
    (dt.date(2024, 6, 20), "The judge set a hearing for Thursday, July 11 – just four days before the convention.",
     ["2024-07-11", "2024-07-15"]),
    (dt.date(2024, 6, 20), "Rallies were held March 2 - 4.", ["2024-03-02/2024-03-04", "2024-03-04"]),
])


test_links_to_other_stories_are_no_events = dated_test([
    # A link to another story is page furniture, not a statement of this one.
    (WED, "Related: Floods hit Texas in May 2023\nThe storm hit the coast on Tuesday.", ["2024-03-12"]),
    (WED, "READ MORE: Storm hits Texas on Monday\nThe storm hit the coast on Tuesday.", ["2024-03-12"]),
    (WED, "Related documents were filed on Monday.", ["2024-03-11"]),
    (WED, "Read the full statement released on Monday.", ["2024-03-11"]),
])


test_first_of_the_year_is_a_count = dated_test([
    # "first" after a determiner counts like "second", "34th": no event in "this year".
    (WED, "The team's first win this year came Sunday.", ["2024-03-10"]),
    (WED, "It was its first loss this season and the first this year.", []),
    (WED, "The company first reported losses this year.", ["2024"]),
])


test_forecast_words_look_ahead = dated_test([
    # Forecasts without a modal: "expect ...", "the forecast calls for ..." look ahead.
    (WED, "Expect gusty winds through Friday.", ["2024-03-15"]),
    (WED, "The forecast calls for sunshine Saturday.", ["2024-03-16"]),
    (WED, "He expected rain on Friday.", ["2024-03-08"]),
    # A past "called for" is no forecast marker ("called for calm on Friday": the calling's day); a call
    # for a strike names the day of the strike, the nearest such one (test_news_weekday_weeks.py).
    (WED, "The union called for calm on Friday.", ["2024-03-08"]),
    (WED, "The union called for a strike on Friday.", ["2024-03-15"]),
])


test_sentence_day_is_not_an_anchor_of_another_phrase = dated_test([
    # A date that only anchors "N days earlier than <date>" is not the sentence's
    # own day: "a day after" counts from the anchored phrase's day.
    (dt.date(2020, 10, 31), "The rally, 10 days earlier than November 3, comes only a day after the count peaked.",
     ["2020-10-24", "2020-11-03", "2020-10-23"]),
    (dt.date(2020, 10, 31), "He resigned on Monday, two days after the vote.", ["2020-10-26", "2020-10-24"]),
])


test_clock_times_and_weekly_schedules = dated_test([
    # A clock time does not stop a date from being fronted: the main clause's tense decides.
    (WED, "At 6 a.m. Friday, the rocket will launch.", ["2024-03-15"]),
    (WED, "At 6 a.m. Friday, the rocket launched.", ["2024-03-08"]),
    (WED, "By 9 a.m. Tuesday, crowds had gathered.", ["2024-03-12"]),
    # Weekly schedules: "Monday and Tuesday nights", "opens Monday through Friday".
    (WED, "Flights leave on Monday and Tuesday nights.", []),
    (WED, "The shop opens Monday through Friday.", []),
    (WED, "Talks were held Monday and Tuesday.", ["2024-03-11", "2024-03-12"]),
])


test_due_to_a_verb_looks_ahead = dated_test([
    # "due to <verb>" looks ahead; "was/had been due to" and "due to the storm" do not.
    (WED, "Officials said the bridge, due to reopen in February, was damaged.", ["2025-02"]),
    (WED, "The flight was due to land on Monday.", ["2024-03-11"]),
    (WED, "It had been due to expire Friday evening.", ["2024-03-08"]),
    (WED, "Delays due to the storm in February hurt sales.", ["2024-02"]),
])


test_named_weekdays_are_not_weekdays = dated_test([
    # A named day that the engine cannot date is not the last such weekday.
    (WED, "Voters cast ballots on Super Tuesday.", []),
    # Black Friday is the day after Thanksgiving, which the `holidays` package dates.
    (WED, "Shoppers flocked to stores on Black Friday.", ["2023-11-24"]),
    (WED, "Protests erupted on Tuesday.", ["2024-03-12"]),
])


test_scheduled_date_lies_ahead = dated_test([
    # The date a past scheduling act names lies ahead: the act's own weekday is past.
    (WED, "The judge signed an order Friday moving the trial to April 3.", ["2024-03-08", "2024-04-03"]),
    (WED, "On Monday the court scheduled jury selection to begin April 10.", ["2024-03-11", "2024-04-10"]),
    (WED, "The board set the meeting to start on May 2.", ["2024-05-02"]),
    (WED, "The judge postponed the hearing until April 2.", ["2024-04-02"]),
    (WED, "The judge set the sentencing for June 14.", ["2024-06-14"]),
    # Not a scheduling act: the past date stays past.
    (WED, "The team moved to Boston on April 2.", ["2023-04-02"]),
    (WED, "Jury selection began April 10 and lasted a week.", ["2023-04-10"]),
    (WED, "The hearing was scheduled to resume on Monday but the judge fell ill.", ["2024-03-11"]),
])


test_intentions_and_fronted_phrases_look_ahead = dated_test([
    # "looks to" is an intention, like "plans to" and "hopes to": the weekday lies ahead.
    (WED, "She looks to add a win on Sunday.", ["2024-03-17"]),
    (WED, "He looked to add a win on Sunday.", ["2024-03-10"]),
    # A fronted phrase with no verb of its own takes the main clause's tense.
    (WED, "During his four-day trip from Sunday, he plans to meet the king.", ["2024-03-17"]),
    (WED, "During his trip from Sunday, he met the king.", ["2024-03-10"]),
])


test_this_weekday_follows_the_tense = dated_test([
    # "this <weekday>" follows its clause's tense; with none said it is the last one.
    (WED, "Starting this Saturday, 40 polling stations will open.", ["2024-03-16"]),
    (WED, "This Monday, the king will speak.", ["2024-03-18"]),
    (WED, "He met the king this Monday.", ["2024-03-11"]),
    (WED, "He spoke this Saturday.", ["2024-03-09"]),
])


test_explicit_date_beside_a_weekday_wins = dated_test([
    # An explicit date beside a modified weekday wins over counting from the weekday:
    # one statement, the date as written.
    (WED, "The panel meets next Friday, March 22.", ["2024-03-22"]),
    (WED, "The panel meets next Friday, 22 March.", ["2024-03-22"]),
    (WED, "The panel met last Friday, March 8.", ["2024-03-08"]),
    (WED, "The fair opens this coming Sunday, March seventeenth.", ["2024-03-17"]),
    (WED, "The vote was held the following Saturday, Nov. 5, after a delay.", ["2023-11-05"]),
])


test_contradicting_weekdays_keep_the_publication_year = dated_test([
    # Weekdays that contradict their dates (Sept. 28, 2018 is a Friday) do not move a
    # future date into a past year, nor one end of a range a year from the other.
    (dt.date(2018, 3, 13), "The exhibit will run from Thursday, September 28 through Monday, November 5.",
     ["2018-09-28/2018-11-05", "2018-11-05"]),
    (dt.date(2018, 3, 13), "The exhibit opens Thursday, September 28.", ["2018-09-28"]),
    (dt.date(2018, 9, 20), "The exhibit ran from Thursday, September 28 through Monday, November 5.",
     ["2018-09-28/2018-11-05", "2018-11-05"]),
    # A past tense keeps the weekday's year: it is the nearer one.
    (dt.date(2018, 3, 13), "The exhibit opened Thursday, September 28.", ["2017-09-28"]),
])


# --- Fifth round: kinds of error left on real news (yearless dates ahead in
# reported speech, days anchored to another day, quoted futures, named events,
# tallies, parts of a year). Sentences written for the test.
FRI = dt.date(2024, 5, 24)


test_yearless_dates_ahead_in_reported_speech = dated_test([
    # A participle right after a future marker is still the future: "to be held".
    (FRI, "The prime minister announced elections to be held on July 4.", ["2024-07-04"]),
    (FRI, "The council voted a budget to be spent by October 1.", ["2024-10-01"]),
    # A rescheduling names a date ahead, whatever its own tense: "rescheduled ... for".
    (dt.date(2019, 12, 20), "A judge on Friday rescheduled the hearing for March 9.", ["2019-12-20", "2020-03-09"]),
    (dt.date(2019, 12, 20), "The judge signed an order Friday rescheduling the start of the trial for March 9.",
     ["2019-12-20", "2020-03-09"]),
    # A yearless day within a week after publication is that day, even in a past-tense
    # clause: a year-old date would carry its year ("asked the king to dissolve ... on May 30").
    (FRI, "The premier said he had asked the king to dissolve parliament on May 30.", ["2024-05-30"]),
    (dt.date(2014, 7, 2), "The city's traditional July 4 parade was moved to Thursday because of rain.",
     ["2014-07-04", "2014-07-03"]),
    (FRI, "The premier dissolved parliament on May 20.", ["2024-05-20"]),
    (FRI, "Next week marks a year since the bombing, which took place on May 28.", ["2023-05-28"]),
    (FRI, "The premier dissolved parliament on June 20.", ["2023-06-20"]),
])


test_weekdays_and_days_anchored_to_another_day = dated_test([
    # "Starting/Beginning <day>" with no past verb opens something still to come.
    (dt.date(2022, 10, 24), "Beginning Saturday, voters can cast ballots at 40 centers.", ["2022-10-29"]),
    (WED, "Starting Friday, the museum is open until 9 p.m.", ["2024-03-15"]),
    (WED, "Starting Monday, crews cleared the roads.", ["2024-03-11"]),
    # A number before a plural noun is no verb: "thirty-nine vote centers will open".
    (dt.date(2022, 10, 24), "Starting this Saturday, thirty-nine vote centers will open where you can vote.",
     ["2022-10-29"]),
    # Two weekdays joined by "and": the second follows the first.
    (WED, '"The bridge will reopen on Tuesday and Wednesday," the mayor said.', ["2024-03-19", "2024-03-20"]),
    (WED, "Storms hit the coast on Sunday and Monday.", ["2024-03-10", "2024-03-11"]),
    # "<day> following <weekday>'s <event>": the weekday before that day, not a week on.
    (WED, "Schools reopened on Tuesday following Monday's storms.", ["2024-03-12", "2024-03-11"]),
    (WED, "Shares rebounded Tuesday following Friday's sell-off.", ["2024-03-12", "2024-03-08"]),
    # The same with a typographic apostrophe.
    (WED, "Crews surveyed the damage on Tuesday following Monday’s tornado.", ["2024-03-12", "2024-03-11"]),
    # A quoted "tomorrow" or "today" counts from the day the words were said.
    (WED, '"We will finish the job tomorrow," the minister said on Monday.', ["2024-03-12", "2024-03-11"]),
    (WED, '"We will finish the job tomorrow," the minister said.', ["2024-03-14"]),
])


test_tallies_named_attacks_and_parts_of_a_year = dated_test([
    # A tally of happenings "this year" is a count, not a statement about the year.
    (WED, "The country has carried out 36 missile launches this year.", []),
    (WED, "Police have reported 12 attacks on power stations so far this year.", []),
    (WED, "Sales rose 12 percent this year.", ["2024"]),
    (WED, "Voters will go to the polls in two elections this year.", ["2024"]),
    # ... nor when a reporting verb's "have" stands before the number: the year's plan.
    (WED, "Officials have said three elections will be held this year.", ["2024"]),
    (WED, "The government has announced that three elections will take place this year.", ["2024"]),
    (WED, "The club has won 12 games, and will play five more matches this year.", ["2024"]),
    # A yearless date naming a past year's attacks is a name, not a date of this year;
    # a recent one is its date.
    (WED, "The park has been closed since the September 11 attacks.", []),
    (WED, "Security was tightened after the November 13 attacks in Paris.", []),
    (dt.date(2024, 3, 20), "Police arrested two men over the March 3 attacks.", ["2024-03-03"]),
    # "the final three months of 2011" is a month range, not the year.
    (dt.date(2012, 2, 10), "Profits fell in the final three months of 2011.", ["2011-10/2011-12"]),
    (dt.date(2012, 2, 10), "Profits fell in the last six months of last year.", ["2011-07/2011-12"]),
    # Without "of", "the last three months" are the ones just past, not the year's end.
    (dt.date(2024, 5, 16), "Sales rose 5 percent in the last three months this year.", ["2024"]),
])


test_range_ends_are_statements = dated_test([
    # The end of a month or year range is a statement of its own too (real-news
    # readers date each end); a season or fiscal year is one period.
    (WED, "The museum was closed from mid-July through mid-September of last year.",
     ["2023-07/2023-09", "2023-09"]),
    (WED, "The plant ran between March 2019 and May 2021.", ["2019-03/2021-05", "2021-05"]),
    (WED, "She won back-to-back titles from 1978-80 and 1982-86.", ["1978/1980", "1980", "1982/1986", "1986"]),
    (WED, "He starred in the 2022-23 season.", ["2022/2023"]),
    # So is the end of a day range, in one expression or two.
    (WED, "The festival ran July 15th-18th in the old town.", ["2023-07-15/2023-07-18", "2023-07-18"]),
    (WED, "Envoys will tour the region from May 16 to 24.", ["2024-05-16/2024-05-24", "2024-05-24"]),
    (WED, "Strikes were held between 3 and 5 March.", ["2024-03-03/2024-03-05", "2024-03-05"]),
    (WED, "The fund bought 500,000 shares from Jan. 26 to Feb. 20.", ["2024-01-26/2024-02-20", "2024-02-20"]),
    (WED, "The fund bought shares from Feb. 14 to Monday.", ["2024-02-14/2024-03-11", "2024-03-11"]),
    (WED, "The bank will buy shares from today through March 27.", ["2024-03-13/2024-03-27", "2024-03-27"]),
    (WED, "Ministers met from Monday to Wednesday in Brussels.", ["2024-03-11/2024-03-13", "2024-03-13"]),
    (WED, "Profit rose in the first quarter of 2023.", ["2023-01/2023-03"]),
])


@pytest.mark.parametrize("text", [
    "The festival ran July 15th-18th in the old town.",
    "Ministers met from Monday to Wednesday in Brussels.",
    "The museum was closed from mid-July through mid-September of last year.",
    "She won back-to-back titles from 1978-80 and 1982-86.",
])
def test_a_range_end_is_about_its_ranges_happening(text):
    # The end is a statement for readers who date each end, not a second
    # happening: it shares its range's group, so an import stores one event.
    events = extract_events(text, published=WED)
    ranges = [e for e in events if e.end_date is not None]
    assert ranges and len(events) == 2 * len(ranges)
    for r in ranges:
        (end,) = [e for e in events if e.end_date is None and r.cue_start <= e.cue_start < r.cue_end]
        assert end.date == r.end_date and end.group == r.group
    assert len({e.group for e in events}) == len(ranges)


test_an_aside_does_not_cut_the_clause = dated_test([
    # An aside between dashes or brackets does not cut the clause: the verb before it
    # gives the date after it its tense, even when the aside holds a date of its own.
    (dt.date(2018, 11, 2), "She hopes to add a second title – a feat no local runner has managed – with a win on Sunday.",
     ["2018-11-04"]),
    (dt.date(2018, 11, 2), "She looks to follow up her title – the first by a local runner since 1985 – with a win on Sunday.",
     ["1985/2018", "2018-11-04"]),
    (WED, "The company plans to open the plant (its third in the region) on Monday.", ["2024-03-18"]),
    (WED, "The company opened the plant – its third in the region – on Monday.", ["2024-03-11"]),
])


test_fronted_date_after_an_opening_phrase = dated_test([
    # A fronted date after an opening phrase with no verb ("According to X, as of
    # <date>, ...") takes the main clause's tense.
    (dt.date(2016, 6, 14), "According to the agency's figures, as of June 30, the bank was the state's sixth-largest "
                           "lender.", ["2015-06-30"]),
    (WED, "According to the schedule, on Friday, the ministers will meet in Paris.", ["2024-03-15"]),
])


test_days_later_need_the_last_date_to_be_a_day = dated_test([
    # "N days later" counts from the last day the text named, unless the text has
    # since moved on to a month: then there is no day to count from.
    (WED, "Talks opened on Monday. The law took effect in September. Two days later, it was suspended.",
     ["2024-03-11", "2023-09"]),
    (WED, "Talks opened on Monday. Two days later, they collapsed.", ["2024-03-11", "2024-03-13"]),
    (WED, "The storm hit on Monday, as in 2019. Two days later, it weakened.", ["2024-03-11", "2019", "2024-03-13"]),
])


test_years_labelling_names = dated_test([
    # A year right after a name in a line with no lower-case word labels the name (a
    # blog masthead, a list of champions); a headline's "In 2019" still dates.
    (WED, "Grete Waitz 1978, Joan Benoit 1984", []),
    (WED, "The Plant Opened In 2019", ["2019"]),
    (WED, "Waitz won in 1978.", ["1978"]),
])


test_years_after_an_undated_happening = dated_test([
    # "<dated event>, N years after <something>" dates that something, counted back
    # from the event's year (as "17 days after the firing" does for days).
    (WED, "The retailer filed for bankruptcy on Monday, 131 years after its founder opened his first store.",
     ["2024-03-11", "1893"]),
    (WED, "The ruling comes 20 years after the law was passed.", ["2004"]),
    (WED, "Two years after the war ended, he moved to Paris.", []),
    (WED, "He resigned on Monday, two years before the scandal broke.", ["2024-03-11"]),
    # The years count back from the dated event only when they follow it: a sentence's
    # day elsewhere dates something else (a prison term, a plan reported on Monday).
    (WED, "A judge on Monday sentenced him to 10 years after a three-week trial.", ["2024-03-11"]),
    (WED, "The airline expects to break even five years after the merger, its chief said on Monday.",
     ["2024-03-11"]),
])


test_embedded_post_stamps = dated_test([
    # An embedded post's date stamp after its author's handle is no event, wherever
    # its line starts; a handle in a sentence of the article does not hide its date.
    (WED, "The crowd cheered the winners. pic.twitter.com/Ab12Cd — City Hall (@cityhall) March 12, 2024", []),
    (WED, "A post shared by Jane Roe (@janeroe) on Mar 12, 2024 at 3:14pm PDT", []),
    (WED, "Jane Roe (@janeroe) said on Tuesday that she would run.", ["2024-03-12"]),
    (WED, "Senator Jane Roe (@janeroe) on Tuesday announced a bid for governor.", ["2024-03-12"]),
])


test_infinitive_after_a_past_verb = dated_test([
    # The date of an infinitive after a past verb ("asked the king to dissolve parliament
    # on May 30") is the infinitive's, after the asking: the nearer year, not the past one.
    (dt.date(2024, 5, 10), "The premier said he had asked the king to dissolve parliament on May 30.",
     ["2024-05-30"]),
    (dt.date(2024, 5, 10), "The court ordered the firm to stop work on June 14.", ["2024-06-14"]),
    (dt.date(2024, 5, 10), "He agreed to pay the fine on March 2.", ["2024-03-02"]),
    (dt.date(1989, 10, 27), "The firm changed from a fiscal year to a calendar year in December.", ["1988-12"]),
    (dt.date(2024, 5, 10), "He was sentenced to death on June 20.", ["2023-06-20"]),
    (dt.date(2024, 5, 10), "She returned to work on June 20.", ["2023-06-20"]),
])


test_the_full_or_fiscal_year_is_this_year = dated_test([
    # An earnings report's "the full year" or "the fiscal year" is this year, as
    # "the current year" is; a fiscal year named by its end date is that date's.
    (dt.date(2023, 10, 26), "The chain forecast higher earnings for the full year.", ["2023"]),
    (dt.date(2023, 10, 26), "Sales for the full year were $6.6 billion, up 13%.", ["2023"]),
    (dt.date(2023, 10, 26), "The drop will mean lower earnings for the fiscal year, the company said.", ["2023"]),
    (dt.date(2023, 10, 26), "In the fiscal year ended Jan. 31, the company reported sales of $59 million.",
     ["2023-01-31"]),
    (dt.date(2023, 10, 26), "The company cut its full-year guidance in May.", ["2023-05"]),
])
