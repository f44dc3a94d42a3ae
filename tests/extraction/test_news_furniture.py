"""Page furniture: datelines, bylines, time stamps, update and section labels, editors' notes,
calls to action and photo captions date the page, not an event; prose beside them keeps its dates.

Each row: the publication date (or one for the group), the text, the dates the engine must give
(date or date/end), in order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

from timeline.extraction import extract_events

NOV12 = dt.date(2015, 11, 12)


@pytest.mark.parametrize("stamp", [
    "12 November,2015 04:14 PM IST | | PTI",
    "3 March,2015 | Staff Reporter",
    "March 3,2015 11:02 AM | Agency",
])
def test_a_time_stamp_with_its_year_glued_to_the_date_is_no_event(stamp):
    # The year after a comma with no space is no part of the date the rules
    # read, but the line is a page's time stamp all the same: no event.
    text = f"{stamp}\nThe minister arrived in Paris on Thursday for a two-day visit."
    assert dates(text, NOV12) == ["2015-11-12"]


@pytest.mark.parametrize("stamp", [
    "Jane Porter14 March 2021",
    "Sam O'Neill3 March 2021 | Reporter",
    "Ravi Menon14th March 2021",
])
def test_a_byline_with_its_day_glued_to_the_name_is_no_event(stamp):
    # The space between a by-line's name and its date lost: the day glued to the name is no part of the
    # date the rules read ("March 2021" is left), but the line is a by-line all the same: no event.
    text = f"{stamp}\nThe minister arrived in Paris on Thursday for a two-day visit."
    assert dates(text, dt.date(2021, 3, 14)) == ["2021-03-11"]


def test_a_line_with_a_glued_number_and_a_predicate_still_counts():
    text = "Rooms at Hotel21 March 2021 were booked out\nThe minister arrived on Thursday."
    assert dates(text, dt.date(2021, 3, 14)) == ["2021-03", "2021-03-11"]


def test_a_headline_with_a_glued_year_still_counts():
    # A line with a predicate is no stamp, whatever its dates.
    text = "Floods hit the coast on 3 March,2015 and again in April\nThe minister arrived on Thursday."
    assert {e.sentence for e in extract_events(text, published=NOV12)} == {
        "Floods hit the coast on 3 March,2015 and again in April", "The minister arrived on Thursday."}


# A long caption before the byline pushes the wire dateline far into the page.
_CAPTION = ("PARIS, FRANCE - MARCH 3: Protesters march through the city centre during a rally against the pension "
            "reform. The unions called for further strikes across the country and said they would keep up the "
            "pressure on the government until the bill was withdrawn. (Photo by Jane Doe/Agency Images)\n\n"
            "By John Roe\n\n")


def test_a_wire_dateline_on_its_own_is_no_event_wherever_it_stands():
    assert len(_CAPTION) > 300
    text = _CAPTION + "PARIS, Nov 12 (Reuters) - A French court rejected the appeal.\n\nThe ruling on Thursday ended the case."
    assert dates(text, NOV12)[-1:] == ["2015-11-12"]
    assert [e.sentence for e in extract_events(text, published=NOV12) if e.date == NOV12] == [
        "The ruling on Thursday ended the case."]


SEP = dt.date(2012, 9, 21)


test_a_photo_captions_dateline_is_no_statement = dated_test([
    # A photo agency's caption dateline ("PLACE - MONTH DD:") is the photo's
    # day, which the caption restates with its year: no statement of its own.
    ("LOS ANGELES, CA - MARCH 3: Protesters march downtown on March 3, 2011 in Los Angeles, California.",
     ["2011-03-03"]),
    ("LOS ANGELES, CA - MARCH 3:  Protesters march downtown", []),
    # A news lead's dateline writes its month as words do: the day of the news.
    ("KYIV, Ukraine - September 20: Russian drones struck the city overnight, officials said.", ["2012-09-20"]),
    ("LONDON, ENGLAND - 3 MARCH: Fans queue outside the stadium on 3 March 2011 in London, England.",
     ["2011-03-03"]),
    # A date opening an ordinary sentence stays.
    ("MARCH 3: Protesters marched downtown.", ["2012-03-03"]),
    ("Police said that on March 3: nobody came.", ["2012-03-03"]),
], published=SEP)


@pytest.mark.parametrize("line", [
    "Thursday, 12 November",
    "12th November",
    "12 November 2015 Last updated at 04:14 GMT",
])
def test_more_date_lines_alone_on_their_line_are_no_events(line):
    text = f"{line}\nThe minister arrived in Paris on Thursday for a two-day visit."
    assert dates(text, NOV12) == ["2015-11-12"]
    assert [e.cue for e in extract_events(text, published=NOV12)] == ["Thursday"]


def test_a_title_case_line_with_a_preposition_and_a_date_stays():
    text = "Fire At Mill On March 3, 2015\nThe minister arrived in Paris on Thursday."
    assert dates(text, NOV12) == ["2015-03-03", "2015-11-12"]


# A page's labels "Updated on <date> Published on <date>" after a by-line are furniture, no event.
@pytest.mark.parametrize("text", [
    "Staff Reporter | Updated on March 9, 2019 Published on March 2, 2019",
    "Wire Desk Washington | Published on May 5, 2016",
])
def test_update_and_publication_labels_are_furniture(text):
    assert dates(text, dt.date(2019, 3, 2)) == []


def test_a_headline_with_on_is_no_stamp():
    assert dates("Talks on March 3, 2017", dt.date(2017, 3, 3)) == ["2017-03-03"]


# Page furniture is no event: a wire dateline with its agency between slashes ("KYIV, June 5.
# /Ukrinform/."), a page's age ("This was published 2 weeks ago"), a time stamp line ("9:15 pm on
# 14 March 2022").
test_page_furniture_is_no_event = dated_test([
    (dt.date(2023, 6, 5), "KYIV, June 5. /Ukrinform/. The minister met his counterpart on Monday.", ["2023-06-05"]),
    (dt.date(2023, 10, 20), "This was published 2 weeks ago\n\nThe council voted on Tuesday to close the library.",
     ["2023-10-17"]),
    (dt.date(2022, 3, 14), "Court hears appeal\n\n14 Mar 2022\n\n9:15 pm on 14 March 2022\n\n"
     "The court adjourned the case on Monday.", ["2022-03-14"]),
])


# Review (h114): a page's age is furniture only as the whole line; a sentence that goes on tells a day.
def test_a_page_age_that_goes_on_keeps_its_day():
    assert "2026-11-24" in dates("This was published 2 weeks ago, the editor said Tuesday.", dt.date(2026, 11, 25))


THU = dt.date(2024, 5, 16)


test_todays_section_label_is_no_statement = dated_test([
    # A page's section label "Today's News" on a line of its own dates nothing.
    (THU, "Today's News\n\nThe mayor resigned on Monday.", ["2024-05-13"]),
    (THU, "Today's Top Stories\n\nThe mayor resigned on Monday.", ["2024-05-13"]),
    # "Today's" in a statement still dates it.
    (THU, "Today's vote was delayed by the storm.", ["2024-05-16"]),
])


MAY = dt.date(2022, 5, 5)


test_title_case_wire_dateline_is_the_articles_date = dated_test([
    # A wire dateline with its city in title case and the agency in brackets: the date is the
    # article's, no event (as "PRAGUE, May 5 (AP) --" already was).
    (MAY, "Prague, May 5 (AP) The central bank has again raised its key rate.", []),
    (MAY, "Lagos, March 7 (Reuters) - Gunmen attacked a village on Monday.", ["2022-05-02"]),
    # A date in the sentence's own words stays.
    (MAY, "The bank said on May 5 (AP) it raised rates.", ["2022-05-05"]),
    (MAY, "Prague, May 5 the bank raised rates.", ["2022-05-05"]),
])


SUN = dt.date(2024, 3, 10)


test_todays_label_is_a_section_name_not_any_headline = dated_test([
    # A one-line headline with its own happening is not a section label.
    (SUN, "Today's Meeting Cancelled\nThe board will not meet.", ["2024-03-10"]),
    (SUN, "Today's Strike Ends.\nWorkers return to the plants.", ["2024-03-10"]),
    # ... the labels themselves stay furniture.
    (SUN, "Today's News\nThe mayor resigned on Friday.", ["2024-03-08"]),
    (SUN, "Today's Top Stories\nThe mayor resigned on Friday.", ["2024-03-08"]),
])


SAT = dt.date(2023, 7, 15)


# "UPDATED:" before a headline is the story's status, not a time stamp: the headline's day stays.
def test_updated_before_a_headline_keeps_its_day():
    assert dates("UPDATED: Ferry service should resume Saturday after storm halt", SAT.replace(day=14)) == \
        ["2023-07-15"]


@pytest.mark.parametrize("text", [
    "Updated: Saturday, July 15, 2023 at 9:30 a.m.",
    "Published 3:45 PM EDT, July 15, 2023",
])
def test_an_updated_stamp_is_still_furniture(text):
    assert dates(text, SAT) == []


# A full date with its clock after a bar ("Saturday, 15 July 2023 | 09:05") is a page's time
# stamp, no event; the same date in prose stays.
@pytest.mark.parametrize("text", [
    "Source: Daily Wire, J.D. Saturday, July 15, 2023 | 17:35 Tweet Share Photo: Agency/AP Photo/John Smith",
    "Sports desk, Saturday, 15 July 2023 | 09:05 Comments",
])
def test_a_full_date_with_its_clock_after_a_bar_is_a_stamp(text):
    assert dates(text, SAT) == []


def test_a_full_date_in_prose_stays():
    assert dates("The final was played on Saturday, July 15, 2023, in London.", SAT) == ["2023-07-15"]


JUNE = dt.date(2024, 6, 12)  # a Wednesday


# A full date with its clock after a bar is a page's stamp only if it is not after publication:
# "The concert is on Saturday, July 15, 2024 | 7:30 pm" is a listing's day.
def test_a_listed_day_after_publication_with_its_clock_is_no_stamp():
    assert dates("The concert is on Saturday, July 15, 2024 | 7:30 pm at the stadium.", JUNE) == ["2024-07-15"]
    assert dates("The festival is on Friday, June 14, 2024 | 18:00 | Free entry", JUNE) == ["2024-06-14"]


def test_a_page_stamp_with_its_clock_stays_out():
    assert dates("Posted by the desk Monday, June 10, 2024 | 09:12 Share", JUNE) == []


OCT17 = dt.date(2002, 10, 17)


# A dateline on a line of its own with its city in title case ("Bristol, March 14" above the lead)
# above the story is its place and day, no event (a sentence that ends in a place and a date stays
# one, and so does a fixture list further down: "Arsenal, October 19").
@pytest.mark.parametrize("text", [
    "Bristol, October 16\nThe council agreed the budget after a long debate.",
    "Port Elizabeth, 16 October\nThe council agreed the budget after a long debate.",
    "San Jose, California, Oct. 16, 2002\nThe council agreed the budget after a long debate.",
    # a town named with an occasion's word that is not its last ("Fair Oaks", "Show Low")
    "Fair Oaks, October 16\nThe council agreed the budget after a long debate.",
    "Show Low, October 16\nThe council agreed the budget after a long debate.",
])
def test_a_title_case_dateline_line_is_no_event(text):
    assert dates(text, OCT17) == []


test_dates_beside_a_place_stay_dated = dated_test([
    ("The festival opens in Bristol, October 19.", ["2002-10-19"]),
    ("Bristol, October 16\nThe council agreed the budget on Tuesday.", ["2002-10-15"]),
    ("Bristol, October 16 was the day the council agreed the budget.", ["2002-10-16"]),
    # the title-case name of an occasion on its line is no city: the occasion's day
    ("Art fair returns\nOpening Night, October 25\nThe gallery will reopen after repairs.", ["2002-10-25"]),
    ("Graduation Day, October 26\nSeniors will walk at the stadium at noon.", ["2002-10-26"]),
    ("Mayor to resign\nVeterans Day, Nov. 11\nCity offices will be closed.", ["2002-11-11"]),
], published=OCT17)


def test_a_fixture_list_down_the_story_stays_dated():
    lead = "The club's manager said the squad was fit and ready for the run of games ahead. " * 14
    text = lead + "\n\nArsenal, October 19\nChelsea, October 26\n"
    assert dates(text, OCT17) == ["2002-10-19", "2002-10-26"]


CASES = [
    # A dateline that names the site between the city and the date: the page's own date, no event.
    (dt.date(2019, 3, 12),
     "Cape Town, South Africa — MINEWATCH.COM — 12 March 2019 – The gold producer Acme Mining reported "
     "lower output after floods shut two shafts.", []),
    (dt.date(2018, 6, 6),
     "Perth — GOLDNEWS.NET — 6 June 2018 – The miner said profit rose after the strike ended on Monday.",
     ["2018-06-04"]),
    # A broadcaster's programme named after a weekday: no day.
    (dt.date(2021, 3, 8),
     "Speaking on KSTP Sunday Morning, the former prosecutor said the jury would be chosen slowly.", []),
    (dt.date(2021, 3, 8), "On CBS Sunday Morning, the author said the book took ten years.", []),
    # The nth weekday after a happening: a rule's day, not the weekday nearest publication.
    (dt.date(2022, 8, 8),
     "The governor would be sworn in on January 10 being the second Tuesday after the vote count.",
     ["2023-01-10"]),
    (dt.date(2022, 8, 8), "The governor will be sworn in on the first Tuesday after the count.", []),
]


test_furniture_and_names_are_no_events = dated_test(CASES)


test_days_stay = dated_test([
    # Kept: a real weekday morning, a dateline with its city in capitals, a day that is an event.
    (dt.date(2021, 3, 8), "Police said the fire started on Sunday morning near the school.", ["2021-03-07"]),
    (dt.date(2019, 3, 12), "Cape Town — MINEWATCH.COM — The mine reopened on 2 March 2019 after the floods.", ["2019-03-02"]),
    (dt.date(2022, 8, 8), "The council met on the first Tuesday, officials said.", ["2022-08-02"]),
    # Capitals before "Sunday Night" that are no broadcaster: a title-case headline's day stays.
    (dt.date(2021, 3, 8), "Storms Hit NYC Sunday Night, Knocking Out Power", ["2021-03-07"]),
    (dt.date(2021, 3, 8), "Tornado Hits KY Sunday Morning", ["2021-03-07"]),
])


@pytest.mark.parametrize("text", [
    "By Jane Porter — June 2, 2021 4 min read\n\nThe board voted on Tuesday to close the plant.",
    "By Jane Porter – June 2, 2021\n\nThe board voted on Tuesday to close the plant.",
])
def test_a_byline_with_a_dash_before_its_date_is_no_event(text):
    assert dates(text, dt.date(2021, 6, 2)) == ["2021-06-01"]


WED = dt.date(2024, 3, 13)


test_editors_notes_and_newsletter_greetings_are_page_lines = dated_test([
    # An editor's note that says when the story first ran, and a newsletter's greeting
    # with its issue's date: page lines, no events.
    (WED, "Editor's note: This story was originally published on March 1, 2024.", []),
    (WED, "EDITOR'S NOTE: This article first appeared on March 1, 2024.", []),
    (WED, "Editor’s Note — This story was first published March 1.", []),
    (WED, "Welcome to the Friday, March 15, Brew.", []),
    (WED, "Good morning, and welcome to the Wednesday, March 13, edition of Playbook.", []),
    (WED, "Welcome to Monday's edition of the newsletter.", []),
    # ... but what an editor's note or a welcome says happened is dated.
    (WED, "Editor's note: The mayor resigned on Monday, after this story was written.", ["2024-03-11"]),
    (WED, "Welcome to the fair, which opened on Monday.", ["2024-03-11"]),
])


test_tags_staff_reports_and_update_notes_are_page_lines = dated_test([
    # Page lines: a story's tags, a staff report's by-line, a note that the story was updated.
    (WED, "Tags: 2024 election, Senate", []),
    (WED, "Filed under: 2024 Elections", []),
    (WED, "Staff report Mar 12, 2024", []),
    (WED, "This story was updated on March 12 to correct the spelling of a name.", []),
    # A page's line of the story's age, a date right after "is from": no event ...
    (WED, "This story is from March 12, 2024\nThe council met on Monday.", ["2024-03-11"]),
    (WED, "This article is from 12 March 2024", []),
    (WED, "This story is from Tuesday, March 12, 2024", []),
    (WED, "This report is from 2023", []),
    (WED, "This post is from March 12, 2024", []),
    (WED, "This story is originally from 12 March 2024", []),
    # ... but not a story's source, whose dates are its own.
    (WED, "This story is from our reporter, who was in the town on Monday.", ["2024-03-11"]),
    (WED, "This story is from the archive of March 2023.", ["2023-03"]),
    (WED, "This article has been corrected on March 12, 2024.", []),
    # ... not a sentence that tags or updates something else.
    (WED, "The city updated its tags on March 12.", ["2024-03-12"]),
    (WED, "The staff report, released Mar 12, 2024, found flaws.", ["2024-03-12"]),
])


test_press_release_and_update_labels_are_page_lines = dated_test([
    # A press release's or a page's label and date: no event.
    (WED, "Last update: March 12, 2024", []),
    (WED, "For Immediate Release: March 12, 2024", []),
    (WED, "FOR IMMEDIATE RELEASE March 12, 2024", []),
    (WED, "Release date: March 12, 2024", []),
    # ... a sentence about a release is dated.
    (WED, "The release date was moved to March 12, 2024.", ["2024-03-12"]),
    (WED, "For immediate release of the hostages, talks resumed March 12, 2024.", ["2024-03-12"]),
])


test_a_call_to_action_today_is_page_furniture = dated_test([
    # A page's call to action ("Sign up today", "create an account today!")
    # is furniture: no happening, no day.
    (WED, "Sign up today.", []),
    (WED, "Subscribe today for unlimited access to our reporting.", []),
    (WED, "To comment on this story, create an account today!", []),
    (WED, "To take part in the discussion, and to get our alerts, create an account today!", []),
    (WED, "Register today and get the morning newsletter.", []),
    (WED, "Donate today to support local journalism.", []),
    (WED, "Go Ad-Free today", []),
    (WED, "Go premium today and read without limits.", []),
    (WED, "Start your free trial today.", []),
    (WED, "Get unlimited access today for $1 a week.", []),
    # A sentence with a subject, or reported speech, keeps its day.
    (WED, "Voters can register today at city hall.", ["2024-03-13"]),
    (WED, "The company said customers can sign up today.", ["2024-03-13"]),
    (WED, "Join us today at noon for the rally, the mayor said.", ["2024-03-13"]),
    (WED, "The paper will go ad-free today, the editor said.", ["2024-03-13"]),
    (WED, "Readers go premium today as the paywall rises.", ["2024-03-13"]),
])


MAR7 = dt.date(2018, 3, 7)


test_a_dateline_with_a_colon_or_a_glued_dash_is_no_event = dated_test([
    # A dateline that opens the lead with a colon or a dash glued to its date
    # dates the article, not an event; the lead's own dates stay.
    (MAR7, "KATHMANDU, Mar 7: The minister wrapped up his visit and returned home on Tuesday.", ["2018-03-06"]),
    (MAR7, "LAGOS, March 7 (NAN): The governor signed the budget on Tuesday.", ["2018-03-06"]),
    (MAR7, "Mar. 07-- Mar. 7--Evacuation orders were lifted on Tuesday, officials said.", ["2018-03-06"]),
    (MAR7, "NEW DELHI, Nigeria, March 7: Talks resumed on Tuesday.", ["2018-03-06"]),
    # A date that begins a headline or a sentence is no dateline.
    (MAR7, "March 6 vote: what the results mean for the state", ["2018-03-06"]),
    (MAR7, "On March 6: the council voted to close the plant.", ["2018-03-06"]),
    (MAR7, "March 6 was the day the council voted.", ["2018-03-06"]),
])


MON_2023_10_02 = dt.date(2023, 10, 2)


# A sentence with a full date before a dash ("The plant reopened on 4 May 2018 – ...") is an event, no dateline.
test_a_sentence_with_a_date_before_a_dash_is_an_event = dated_test([
    ("Output fell again.\n\nThe plant reopened on 4 May 2018 – weeks after the fire.", ["2018-05-04"]),
    ("Prices rose.\n\nThe bridge was closed on March 3, 2021 — the day the flood peaked.", ["2021-03-03"]),
    ("The ferry sank on 12 June 2015 -- days before the inquiry opened.", ["2015-06-12"]),
    # a real dateline whose place has small words in lower case dates the page, not an event
    ("Dar es Salaam, March 18, 2019 — The port reopened on Sunday.", ["2023-10-01"]),
    ("KINSHASA, Democratic Republic of the Congo, March 18, 2019 (AP) — Fighting resumed on Sunday.",
     ["2023-10-01"]),
], published=MON_2023_10_02)


DEC17 = dt.date(2020, 12, 17)


# A page's update or correction stamp that opens the lead's line before a bar or a dash ("Corrected
# 8:15 p.m. | With ...") is a sentence of its own: the lead's sentence, and its date, start after it.
@pytest.mark.parametrize("text, sentence, date", [
    ("Corrected 8:15 p.m. | With the veto threat still fresh, lawmakers looked ahead Thursday to the vote.",
     "With the veto threat still fresh, lawmakers looked ahead Thursday to the vote.", "2020-12-17"),
    ("Updated 3:40 PM EST — The storm knocked out power across the county on Wednesday.",
     "The storm knocked out power across the county on Wednesday.", "2020-12-16"),
    ("Posted 10:02 a.m. | The council voted on Tuesday to close the library.",
     "The council voted on Tuesday to close the library.", "2020-12-15"),
    ("Corrected Dec. 17, 2020 | The council voted on Tuesday to close the library.",
     "The council voted on Tuesday to close the library.", "2020-12-15"),
])
def test_an_update_stamp_before_a_bar_is_cut_off_the_lead(text, sentence, date):
    assert [(e.sentence, e.date.isoformat()) for e in extract_events(text, published=DEC17)] == [(sentence, date)]


# ... not a sentence that says something was corrected, nor a by-line before a bar.
@pytest.mark.parametrize("text", [
    "The figures were corrected 8:15 p.m. | The council voted on Tuesday.",
    "Posted by Jane Doe | The council voted on Tuesday.",
    "Updated rules take effect | The council voted on Tuesday.",
])
def test_a_bar_after_no_stamp_keeps_the_line(text):
    assert [e.sentence for e in extract_events(text, published=DEC17)] == [text]


OCT21 = dt.date(2024, 10, 21)


# A stamp line with a page's reading time ("2 Min Read Oct. 21, 2024") or its age as a part of its
# own ("| 1 year Ago"), and an age alone on its line ("a day ago"), is no event.
@pytest.mark.parametrize("line", [
    "2 Min Read Oct. 21, 2024 | 1 year Ago",
    "By Jane Porter | 5 min read | Oct. 21, 2024",
    "Oct. 21, 2024 · 4-minute read",
    "Jane Porter · 3 hours ago",
    "a day ago",
    "Oct. 21, 2024 | an hour ago | 2 mins read",
])
def test_a_reading_time_or_a_page_age_on_a_stamp_line_is_no_event(line):
    assert dates(f"{line}\n\nThe judge ruled on Thursday that the trial would go ahead.", OCT21) == ["2024-10-17"]


# ... an age that goes on into a sentence, or one told in prose, is dated.
test_an_age_in_a_sentence_is_dated = dated_test([
    ("The judge ruled a day ago that the trial would go ahead.", ["2024-10-20"]),
    ("Oct. 21, 2024 | 2 days ago the judge ruled on the motion", ["2024-10-21", "2024-10-19"]),
    ("The report took 5 min to read on Oct. 20, 2024, the clerk said.", ["2024-10-20"]),
], published=OCT21)


MON_NOV = dt.date(2012, 11, 26)


test_a_link_on_a_line_of_its_own_is_no_event = dated_test([
    # A web address on its own line dates the page it points to, no event of the story.
    (MON_NOV, "http://www.example.com/news/2012-11-26/coach-fired-after-loss.html\n"
              "The coach was fired yesterday.", ["2012-11-25"]),
    (MON_NOV, "https://example.org/2012/11/20/storm-hits-coast/\nThe storm hit the coast on Tuesday.",
     ["2012-11-20"]),
    (MON_NOV, "www.example.net/sport/2012-11-24-final-score\nThe team lost on Saturday.", ["2012-11-24"]),
    # ... prose that names a date beside a link keeps it.
    (MON_NOV, "The ruling, posted at example.com on Nov. 20, was appealed.", ["2012-11-20"]),
    (MON_NOV, "Read the report at http://example.com/report, released on Nov. 20.", ["2012-11-20"]),
])


SAT_NOV = dt.date(2013, 11, 9)


test_a_time_stamp_with_its_comments_link_is_no_event = dated_test([
    # A page's time stamp with the link to its comments after a bar: no event.
    (SAT_NOV, "8:34 AM, Nov 9, 2013 | comments\nThe storm hit the islands on Friday.", ["2013-11-08"]),
    (SAT_NOV, "Nov. 9, 2013 10:02 a.m. | 12 comments\nThe storm hit the islands on Friday.", ["2013-11-08"]),
    (SAT_NOV, "Posted Nov 9, 2013 | comment\nThe storm hit the islands on Friday.", ["2013-11-08"]),
    # ... a sentence that tells of comments on a day keeps it.
    (SAT_NOV, "The mayor made his comments on Nov. 7, 2013.", ["2013-11-07"]),
    (SAT_NOV, "Readers left comments on Nov. 7, 2013 after the storm.", ["2013-11-07"]),
])


WED_MAY = dt.date(2024, 5, 15)


test_more_page_furniture_shapes_are_no_events = dated_test([
    # A section label in capitals, as mastheads print it: "TODAY'S PAPER" is no day of the news.
    ("TODAY'S PAPER\nThe mayor resigned on Monday.", ["2024-05-13"]),
    ("TODAY’S TOP STORIES\nThe mayor resigned on Monday.", ["2024-05-13"]),
    # ... a headline in capitals with its own happening keeps its day.
    ("TODAY'S MEETING CANCELLED\nThe board will not meet.", ["2024-05-15"]),
    # A paper's name in capitals on a credit or by-line ("..., USA TODAY") is no day.
    ("Calum MacLeod, Doyle Rice and Gary Strauss, USA TODAY\nThe typhoon hit the islands on Friday.",
     ["2024-05-10"]),
    ("Photo: Jane Doe, INDIA TODAY\nThe typhoon hit the islands on Friday.", ["2024-05-10"]),
    # ... a capitalised "TODAY" after a word in lower case, or in a headline all in capitals, is the day.
    ("Early voting ends TODAY at 7 p.m., the clerk said.", ["2024-05-15"]),
    ("STORM HITS COAST TODAY", ["2024-05-15"]),
    # An update's label with its weekday ("Tuesday Update:") dates the update, not a happening.
    ("Tuesday Update: Hurricane Florence: Updates on storm's potential impact", []),
    ("UPDATE Tuesday 5 p.m.: Hurricane Florence: Updates on storm's potential impact", []),
    ("Monday update: The storm made landfall on Sunday near Tampa.", ["2024-05-12"]),
    # ... a weekday that tells of an update in prose stays.
    ("The agency will issue an update Tuesday, officials said.", ["2024-05-21"]),
    ("Tuesday's update showed the fire had grown.", ["2024-05-14"]),
    # A site's section header with the day of the page: "Politics of Thursday, 24 December 2020".
    ("Politics of Wednesday, 15 May 2024\nThe commission published the results on Monday.", ["2024-05-13"]),
    ("Business News of Friday, 10 May 2024\nThe bank raised its rate on Tuesday.", ["2024-05-14"]),
    # ... a sentence about a day "of" a date keeps it.
    ("The Battle of Friday, 13 March 2020, left three dead.", ["2020-03-13"]),
], published=WED_MAY)


test_furniture_shapes_stay_narrow = dated_test([
    # rv3's review of the shapes above: a title-case headline's "Today" after an acronym, a headline in
    # capitals with a label's word and a verb, a prose's last word, a clock's "PM", a headline "of" a
    # date are the day (the paper's name needs a credit's comma or more prose after it).
    ("Biden Meets Xi at APEC Today", ["2024-05-15"]),
    ("Stocks Rise Ahead of CPI Today", ["2024-05-15"]),
    ("TODAY'S EDITION DELAYED", ["2024-05-15"]),
    ("Voters head to the polls in the UK TODAY.", ["2024-05-15"]),
    ("Polls close at 8 PM TODAY.", ["2024-05-15"]),
    ("Floods of Monday, 13 May 2024", ["2024-05-13"]),
    # ... the paper's name in prose and in a credit still is none.
    ("Glynn County police told USA TODAY that they had no records.", []),
    ("Jane Doe, USA TODAY\nThe governor signed the bill today.", ["2024-05-15"]),
], published=WED_MAY)
