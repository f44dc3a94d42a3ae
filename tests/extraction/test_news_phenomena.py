"""Where real published news used to break the engine (issue 12; the shared
README's kinds of error), one general case per row, written for the test.
Each row: publication date, sentence, the (date or date/end) the engine must give.
"""
import datetime as dt

import pytest
from dated import dated_test

from timeline.extraction import extract_events
from timeline.extraction.sentences import is_metadata, split_sentences

MON, THU, FRI, SAT = (dt.date(2023, 4, 3), dt.date(2023, 4, 6), dt.date(2023, 4, 7), dt.date(2023, 4, 8))


test_phenomenon = dated_test([
    # Weekdays outside plain past tense: forecasts, schedules, captions; the publication day counts.
    (MON, "The storm is expected to make landfall Wednesday morning.", ["2023-04-05"]),
    (THU, "The storm is bearing down on the coast Wednesday.", ["2023-04-05"]),
    (THU, "The storm is bearing down on the coast Thursday.", ["2023-04-06"]),
    (FRI, "The minister is greeted by the mayor at the summit Friday.", ["2023-04-07"]),
    (SAT, "The minister is greeted by the mayor at the summit Friday.", ["2023-04-07"]),
    (THU, "The team plays Saturday against the league leaders.", ["2023-04-08"]),
    (THU, "Voters head to the polls Sunday.", ["2023-04-09"]),
    (THU, "The council is scheduled to meet on Monday.", ["2023-04-10"]),
    (THU, "Officials agreed to meet Monday.", ["2023-04-10"]),
    (THU, "The trial concludes on Tuesday.", ["2023-04-11"]),
    (THU, "Parliament reopens on Monday.", ["2023-04-10"]),
    (THU, "The summit wraps up Saturday.", ["2023-04-08"]),
    (THU, "Prices rose 3% from Monday.", ["2023-04-03"]),
    (THU, "The minister resigned Thursday.", ["2023-04-06"]),
    (THU, "The minister will resign Thursday.", ["2023-04-06"]),
    # "could" + a verb is a forecast; "could not be reached", "could be" say nothing of time.
    (THU, "Forecasters say the storm could hit the coast Tuesday.", ["2023-04-11"]),
    (THU, "Heavy rain could flood the valley on Monday.", ["2023-04-10"]),
    (THU, "The governor could not be reached for comment Tuesday.", ["2023-04-04"]),
    (THU, "On Tuesday, the agency warned that a launch could be next.", ["2023-04-04"]),
    # A present verb used as a noun ("the vote", "a visit") says no tense.
    (THU, "The vote on Monday passed.", ["2023-04-03"]),
    (THU, "The visit on Monday was a success.", ["2023-04-03"]),
    (THU, "The president visits Seoul on Monday.", ["2023-04-10"]),
    # A bare month in a present-tense clause is the nearest such month, not the last one.
    (THU, "The company is launching the phone in September.", ["2023-09"]),
    (THU, "The company says sales fell in September.", ["2022-09"]),
    # Named days, from the holidays package.
    (THU, "The attack came on New Year's Day.", ["2023-01-01"]),
    (dt.date(2024, 1, 5), "The Christmas Eve attack killed three people.", ["2023-12-24"]),
    (THU, "Stores will close on Thanksgiving.", ["2023-11-23"]),
    (THU, "Turnout on Election Day 2020 was high.", ["2020-11-03"]),
    (dt.date(2023, 10, 2), "Millions travelled home for Chuseok last week.", ["2023-09-29"]),
    (dt.date(2024, 2, 20), "Markets closed for the Lunar New Year holiday.", ["2024-02-10"]),
    # Year boundaries.
    (dt.date(2024, 1, 3), "The tanker sank on Dec. 30.", ["2023-12-30"]),
    (dt.date(2023, 12, 20), "The law takes effect in January.", ["2024-01"]),
    (dt.date(2023, 3, 10), "On Feb. 28, the board met.", ["2023-02-28"]),
    # A date the event came before may lie either side of today: the nearest one.
    (dt.date(2023, 10, 30), "The candidates made their final pitch before the Nov. 7 vote.", ["2023-11-07"]),
    (dt.date(2023, 12, 20), "The minister resigned before the Jan. 5 vote.", ["2024-01-05"]),
    (dt.date(2024, 2, 20), "The minister resigned before the Jan. 5 vote.", ["2024-01-05"]),
    # Ranges in every form.
    (THU, "The drills ran Jan. 1-3.", ["2023-01-01/2023-01-03", "2023-01-03"]),
    (THU, "The drills ran from Monday to Wednesday.", ["2023-04-03/2023-04-05", "2023-04-05"]),
    (THU, "Rallies were held between 3 and 5 April.", ["2023-04-03/2023-04-05", "2023-04-05"]),
    (THU, "Rallies were held March 2 through 4.", ["2023-03-02/2023-03-04", "2023-03-04"]),
    (THU, "The program ran between Nov. 13, 2022, and April 4.",
     ["2022-11-13/2023-04-04", "2023-04-04"]),
    (THU, "He fell ill in the pandemic of 2009-2010.", ["2009/2010"]),
    (THU, "The expedition of 1957-58 mapped the coast.", ["1957/1958"]),
    # Several dates in one sentence: one event each.
    (THU, "Talks began on Monday, stalled on Tuesday and resumed on Wednesday.",
     ["2023-04-03", "2023-04-04", "2023-04-05"]),
    # Quarters, halves, seasons as month ranges.
    (THU, "Profit rose in the first quarter of 2023.", ["2023-01/2023-03"]),
    (THU, "Profit rose in Q4 2022.", ["2022-10/2022-12"]),
    (THU, "Sales will pick up in the second half of the year.", ["2023-07/2023-12"]),
    (THU, "The bridge will open in spring 2024.", ["2024-03/2024-05"]),
    (THU, "The plant opened last winter.", ["2022-12/2023-02"]),
    (THU, "Profit fell in the third quarter.", []),
    (THU, "It earned $3 billion, compared with $4.4 billion in the first quarter of 2022.", []),
    (THU, "Volumes were up 2% over the first quarter of 2022.", []),
    # A year that names a part of itself dates no year: "the 2022 third quarter".
    (THU, "In the 2022 third quarter, the bank earned $3 million.", []),
    (THU, "Sales rose in last year's fourth quarter.", []),
    (THU, "In this year's first half, sales fell.", []),
    (THU, "Net was $30 million, against $25 million in the 2022 period.", []),
    (THU, "The bank was founded in 2022, half a year after its rival.", ["2022"]),
    (THU, "A year earlier, net income was $2.1 million.", []),
    (THU, "The bank earned 10 cents a share, against 15 cents a year ago.", []),
    (THU, "A year ago, the town had no bank.", ["2022"]),
    (THU, "Sales rose 13% to $1.7 billion from last year's $1.5 billion.", []),
    (THU, "It posted earnings of $24 million, compared with a loss of $3 million last year.", []),
    (THU, "The company lost money last year.", ["2022"]),
    # Anchored phrases are not resolved against the publication date.
    (THU, "The man was arrested the day before the suspect was stopped.", []),
    (THU, "The fair opened on March 3. It closed the day before the storm hit.", ["2023-03-03"]),
    (THU, "Almost 24 hours after the quake, a child was pulled from the rubble.", []),
    (THU, "The rally came 10 days earlier than March 30.", ["2023-03-20", "2023-03-30"]),
    (THU, "The cherry trees bloomed a month earlier than usual.", []),
    (THU, "Polls have narrowed over the last month.", []),
    (THU, "Polls narrowed last month.", ["2023-03"]),
    # Headlines in title case: "Today" is the day, not a name.
    (THU, "Candidates Host Dueling Rallies in Swing States Today", ["2023-04-06"]),
    (THU, "The anchor read the news on USA Today each morning.", []),
    # Years as modifiers, decades, generic time words.
    (THU, "Sales of the 2024 models began.", []),
    (THU, "Crime fell in the 1980s.", []),
    (THU, "The chip is faster than anything that can be done today.", []),
    (THU, "It was the 34th launch this year.", []),
    (THU, "Even today, the town has no bank.", []),
    # A show's name is no weekday.
    (THU, "He watched Saturday Night Live with friends.", []),
    (THU, "Fans tuned in to Monday Night Football.", []),
    (THU, "The storm hit on Saturday night.", ["2023-04-01"]),
    # Expressions once missed or cut short.
    (THU, "The blast happened a few hours ago.", ["2023-04-06"]),
    (THU, "Revenue will rise this fiscal year.", ["2023"]),
    (THU, "The plant will close by the end of the year.", ["2023"]),
    (THU, "The fire started early Jan. 3.", ["2023-01-03"]),
    # A date that opens the text is the first sentence's, not a dateline.
    (THU, "Friday, March 31, 2023 – The company is recalling 20,000 cars.", ["2023-03-31"]),
])


def test_a_weekday_contradicting_its_date_keeps_the_date_flagged_and_less_sure():
    (e,) = extract_events("The court ruled on Thursday, April 3.", published=THU)
    (plain,) = extract_events("The court ruled on April 3.", published=THU)
    assert e.date == plain.date == dt.date(2023, 4, 3)
    assert e.flags == ("weekday-contradicts-date",) and e.confidence < plain.confidence


def test_sentences_glued_without_a_space_are_split():
    text = "Talks ended with Japan.The White House said it met on Monday."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Talks ended with Japan.", "The White House said it met on Monday."]
    (e,) = extract_events(text, published=THU)
    assert e.sentence == "The White House said it met on Monday."


@pytest.mark.parametrize("text", ["He lives in St.Louis now.", "U.S.Army units left.", "Visit example.com today."])
def test_abbreviations_and_domains_are_not_glued_sentences(text):
    assert len(split_sentences(text)) == 1


def test_photo_credits_are_cut_out_of_sentences():
    text = "The minister is greeted by the mayor Friday. (Jane Doe/Pool Photo via AP) Talks began at noon."
    sents = [text[a:b] for a, b in split_sentences(text)]
    assert not any("Photo" in s for s in sents)
    (e,) = extract_events(text, published=FRI)
    assert "Photo" not in e.sentence and "Photo" not in e.title


@pytest.mark.parametrize("line", [
    "Published 3:45 PM EDT, April 6, 2023", "Updated: April 6, 2023 10:15", "Copyright 2024 Example News",
    "Sun Aug 16, 2015 16:04:36", "Thursday, April 6, 2023 10.15 BST", "By Jane Doe, Example Wire | April 6, 2023",
    # A site's clock line, the weekday after the date.
    "6 April 2023, Thursday, 10:54", "10:54 AM, Thursday 6 Apr 2023",
    # A republished story's note.
    "This article was originally published on Example Sports on April 4, 2023.",
    "This story first appeared in the Harbor Gazette on April 5.",
])
def test_page_furniture_is_no_event(line):
    assert is_metadata(line)
    assert extract_events(f"{line}\n\nThe minister resigned on Monday.", published=THU)[0].cue == "Monday"
    assert len(extract_events(f"{line}\n\nThe minister resigned on Monday.", published=THU)) == 1


@pytest.mark.parametrize("sentence", [
    "Updated figures released on Monday show a rise.", "By Monday afternoon, the storm had passed.",
    "By March 2024, prices had doubled.",
])
def test_an_ordinary_sentence_is_no_page_furniture(sentence):
    assert not is_metadata(sentence)


test_weekdays_ahead_in_forecasts_and_previews = dated_test([
    # A weekday pair fronted before its verb takes the verb's tense.
    (THU, "On Saturday and Sunday, temperatures will climb past 90 degrees.", ["2023-04-08", "2023-04-09"]),
    (THU, "On Monday and Tuesday, the heat index will reach 104.", ["2023-04-10", "2023-04-11"]),
    (THU, "On Monday and Tuesday, the heat index reached 104.", ["2023-04-03", "2023-04-04"]),
    # "is about to": what follows lies ahead; a participle before "by" has no tense of its own.
    (THU, "The fixtures are about to come thick and fast with Saturday's home game quickly followed by a trip "
          "to Leeds on Sunday.", ["2023-04-08", "2023-04-09"]),
    (THU, "The storm is about to hit the coast Saturday.", ["2023-04-08"]),
    # A weekday heading a forecast or schedule line with no verb lies ahead; with a past verb it does not.
    (THU, "SATURDAY: Clouds and sun, windy and cold. High 8.", ["2023-04-08"]),
    (THU, "Saturday: Mostly sunny, a high near 70.", ["2023-04-08"]),
    (THU, "Saturday: Police arrested two men near the port.", ["2023-04-01"]),
    # Two days in a row from the publication day run forward, even in a past-tense report.
    (SAT, "Gusty winds were expected in the valley Saturday and Sunday, forecasters said.",
     ["2023-04-08", "2023-04-09"]),
    (FRI, "Statements made Friday and Thursday by the lawyer were released.", ["2023-04-07", "2023-04-06"]),
])


NOV_THU = dt.date(2023, 11, 23)  # Thanksgiving Day 2023


test_named_days = dated_test([
    # Days named for their place after a holiday, counted from the `holidays` package's date.
    (NOV_THU, "Shoppers will line up before dawn on Black Friday.", ["2023-11-24"]),
    (NOV_THU, "Retailers expect record online sales this Cyber Monday.", ["2023-11-27"]),
    (NOV_THU, "Consumers plan to shop over the holiday weekend and Cyber Monday.", ["2023-11-27"]),
    # ... but as a season's label ("Black Friday sales", a subject in a trend) they name no day.
    (NOV_THU, "Black Friday sales already started at some chains.", []),
    (NOV_THU, "Since 2005, Black Friday has held the crown for the top sales day.", ["2005/2023"]),
    # A weekday next to a named day.
    (NOV_THU, "Stores expect the last Saturday before Christmas to be their busiest day.", ["2023-12-23"]),
    (dt.date(2023, 4, 12), "Markets were shut on the Monday after Easter.", ["2023-04-10"]),
    # A named day takes the year its own sentence names.
    (NOV_THU, "Last year, the chain opened its stores at 6 p.m. on Thanksgiving.", ["2022", "2022-11-24"]),
    (NOV_THU, "In 2019, the parade was held on Thanksgiving Day under heavy rain.", ["2019", "2019-11-28"]),
    (NOV_THU, "Last year was difficult. This time the chain opened on Thanksgiving.", ["2022", "2023-11-23"]),
    # A named day after a possessive is a kind of thing, not a day; an article's own reading stays.
    (dt.date(2023, 12, 29), "Travelers heading home from their Christmas destinations face delays.", []),
    (dt.date(2023, 12, 29), "Travelers heading home after Christmas face delays.", ["2023-12-25"]),
])
