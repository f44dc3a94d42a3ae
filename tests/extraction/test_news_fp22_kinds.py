"""fp22's kinds (session 35 precision sample: 18 pages of AP, Reuters, Xinhua, Business Wire and agency-digest
copy of 1994-2002 and their reprints on archive pages, list archives, NGO and portal sites that no set holds): a
present report of a doing under way ("is believed to be preparing to step down ... in November") is a present, not
the past of its -ed word; a 1990s mail header's two-figure year between the date and the clock ("Date: Fri, 28 Oct
94 12:51:35 PDT") is a machine's stamp; a periodical's dated title on a line of its own ("Media Summary 18 Dec
2000, 1400 hours", "News of the day - September 8, 1998", "News briefs from 1999") is the issue's day; a free
host's banner ("Site hosted by Angelfire.com: Build your free website today!") and a site's "Today's Suggestion" are
page furniture; "N weeks after that" after a stretch counted from now in its sentence ("fails to produce
negotiations in a week and a settlement two weeks after that") counts from no day told; a portal's name before its
stamp ("cctv.com 12-08-2003 10:27") is the page's stamp; two days in a row with a comma only, the clause ending
after them ("in New York, Sept 18, 19; details"), are two days; a digest item's credit line under it
("Source: Associated Press, 30 Dec. 1999") gives the item's "today"; a cited bracket after a line's "from:" label
("Excerpts from: WEIRDNUZ.349 (News of the Weird, October 14, 1994)") dates the source, no happening; a line cut after a preposition,
an article or a conjunction ("second of four-party talks in\nNew York, Sept 18, 19") and a company's suffix before its
ticker on the next line ("Westwood One, Inc.\n(NYSE: WON) ... today announced") go on into the next line; a release
wire's date between dashes after its bracketed name ("CAMBRIDGE, Mass.--(BUSINESS WIRE)--June 13, 2000--") is the
dateline's; a line that opens with a one-word label and its colon ("Summary: ...") is a field of its own.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

from timeline.extraction.sentences import split_sentences

THU = dt.date(2002, 10, 24)  # a Thursday in October: Mon 21, Tue 22 gone; Mon 28 ahead

test_a_present_report_of_a_doing_under_way_is_present = dated_test([
    ("The leader is believed to be preparing to step down as party leader in November.", ["2002-11"]),
    ("She is said to be considering a run for the seat in November.", ["2002-11"]),
    ("The company is reported to be seeking a buyer in December.", ["2002-12"]),
    ("The minister is widely thought to be planning a reshuffle in January.", ["2003-01"]),
    # near neighbours: a belief about what was done, a past belief, a plain past
    ("He is believed to have left the country in September.", ["2002-09"]),
    ("He was believed to be preparing to step down in November, when the scandal broke.", ["2001-11"]),
    ("The leader stepped down as party leader in November.", ["2001-11"]),
], THU)

test_a_mail_headers_two_figure_year_is_a_stamp = dated_test([
    ("Date: Fri, 28 Oct 94 12:51:35 PDT\nTo: Fun_People\nSubject: Weird News\n\nThe city agreed in August to pay.",
     ["2002-08"]),
    ("Sent: Mon, 21 Oct 02 09:01:02 EDT\n\nThe council voted on Tuesday.", ["2002-10-22"]),
    # near neighbours: a four-figure year's header, a clock in prose
    ("Date: Fri, 28 Oct 1994 12:51:35 PDT\nTo: Fun_People\n\nThe city agreed in August to pay.", ["2002-08"]),
    ("The quake struck on Oct. 3 at 14:46:23 local time, the agency said.", ["2002-10-03"]),
], THU)

test_a_periodicals_dated_title_line_is_its_issue = dated_test([
    ("Media Summary 18 Dec 2000, 1400 hours\n\nThe soldier died in Paris on Sunday.", ["2002-10-20"]),
    ("News of the day - September 8, 1998\n\nThe soldier died in Paris on Sunday.", ["2002-10-20"]),
    ("News briefs from 1999\n\nThe soldier died in Paris on Sunday.", ["2002-10-20"]),
    ("Daily Press Briefing, March 3, 1999\n\nThe soldier died in Paris on Sunday.", ["2002-10-20"]),
    ("Headlines for Tuesday, October 22, 2002\n\nThe soldier died in Paris on Sunday.", ["2002-10-20"]),
    # near neighbours: a headline that tells a happening, a date after a name with no title word, prose
    ("Report: Clinton to visit China in June 1998\n\nThe soldier died in Paris on Sunday.",
     ["1998-06", "2002-10-20"]),
    ("Hurricane Hugo hits Charleston - Sept. 21, 1989\n\nThe storm hit the islands on Sunday.", ["1989-09-21", "2002-10-20"]),
    ("Sales fell in the news business in 1999.", ["1999"]),
    # (rv29) a headline's plan with a word of news: words in lower case, "for"/"on" before the date
    ("Court to hear review on March 3, 2003", ["2003-03-03"]),
    ("Fed sets rate review for June 2003", ["2003-06"]),
    ("UN to issue Iraq report on December 8, 2002", ["2002-12-08"]),
    ("Council Sets Budget Review for March 2003", ["2003-03"]),
], THU)


test_a_hosts_banner_and_a_sites_label_are_furniture = dated_test([
    ("Site hosted by Angelfire.com: Build your free website today!\n\nA week later the mayor resigned.", []),
    ("Create your own blog today.\n\nThe council met on Tuesday.", ["2002-10-22"]),
    ("Powered by Tripod: Start your own web page today!\n\nThe council met on Tuesday.", ["2002-10-22"]),
    ("Today's Suggestion\n\nThe council met on Tuesday.", ["2002-10-22"]),
    # near neighbours: a headline's happening, a subject before the verb
    ("Breaking news: Call centre workers walked out today.", ["2002-10-24"]),
    ("Today's Suggestion Was Rejected By The Council", ["2002-10-24"]),
    ("Residents can build their homes today.", ["2002-10-24"]),
    # (rv29) a wire headline after a country's label: no host's banner
    ("Kenya: Join the Strike Today, Unions Urge Workers", ["2002-10-24"]),
    ("Ghana: Call Off the Strike Today, Minister Tells Unions", ["2002-10-24"]),
], THU)

test_after_that_after_a_stretch_from_now_counts_from_no_day = dated_test([
    ("The bombing came on Sunday. NATO has authorized strikes if the talks fail to produce a deal in a week and a "
     "settlement two weeks after that.", ["2002-10-20"]),
    ("Talks opened on Monday. The envoys left within a week, and the army moved in two days after that.",
     ["2002-10-21"]),
    # near neighbours: "after that" after a day told
    ("The bombing came on Sunday. Two days after that, police arrested him.", ["2002-10-20", "2002-10-22"]),
    ("The bombing came on Sunday. Police arrested him two days after that.", ["2002-10-20", "2002-10-22"]),
    # (rv29) a day told between the stretch and "after that": "that" is the day
    ("Rescuers reached the village in two days, on Oct. 5, and found the last survivor a week after that.",
     ["2002-10-05", "2002-10-12"]),
], THU)

test_a_portals_name_before_its_stamp = dated_test([
    ("cctv.com 12-08-2003 10:27\n\nThe minister arrived on Tuesday.", ["2002-10-22"]),
    ("www.xinhuanet.com 2002-10-23 10:27:00\n\nThe minister arrived on Tuesday.", ["2002-10-22"]),
    # near neighbours: a company's name in a sentence with a year
    ("Amazon.com posted a 12 percent rise in 2001.", ["2001"]),
], THU)

test_two_days_in_a_row_after_a_comma = dated_test([
    ("Talks will be held in New York on Nov. 18, 19.", ["2002-11-18", "2002-11-19"]),
    ("second of four-party talks in New York, Nov 18, 19; details", ["2002-11-18", "2002-11-19"]),
    # near neighbours: a count after the date, days not in a row, a list with "and"
    ("Voting was held on Oct. 18, 19 people died.", ["2002-10-18"]),
    ("The votes were on Oct. 18, 20.", ["2002-10-18"]),
    ("Talks will be held on Nov. 18, 19 and 20.", ["2002-11-18", "2002-11-19", "2002-11-20"]),
    # (rv29) a clock after the day
    ("The hearing is set for Nov. 8, 9:30 a.m., at City Hall.", ["2002-11-08"]),
], THU)

test_an_items_credit_line_gives_its_today = dated_test([
    ("News: Clashes kill 300\n\nAMBON, Indonesia -- Fighting has killed more than 300 people, officials said today."
     "\n\nSource: Associated Press, 21 Oct. 2002\n\nNews: Wars rage\n\nWASHINGTON -- A group reported Wednesday.",
     ["2002-10-21", "2002-10-23"]),
    ("Troops moved in today, the army said.\nSource: Reuters, Oct. 22, 2002", ["2002-10-22"]),
    # near neighbours: no credit line, a credit line of the page's own day
    ("News: Clashes kill 300\n\nAMBON -- Fighting has killed more than 300 people, officials said today.",
     ["2002-10-24"]),
    ("Troops moved in today, the army said.\nSource: Reuters, Oct. 24, 2002", ["2002-10-24"]),
    # (rv29) a data source's credit; an item with no credit line above another's head
    ("The city's population has doubled, the mayor said today.\nSource: Census Bureau, April 1, 2000",
     ["2002-10-24"]),
    ("News: Floods\n\nRivers rose today in the north.\n\nNews: Clashes\n\nTroops moved in today, the army said.\n"
     "Source: Reuters, Oct. 22, 2002", ["2002-10-24", "2002-10-22"]),
], THU)

test_a_cited_bracket_after_a_from_label = dated_test([
    ("Excerpts from: WEIRDNUZ.349 (News of the Weird, October 14, 2002)\nby Chuck Shepherd\n\nThe city agreed in "
     "August to pay.", ["2002-08"]),
    ("Reprinted from: (Valley Times, Oct. 3, 2002)\n\nThe council met on Tuesday.", ["2002-10-22"]),
    # near neighbours: a place's day inside a sentence, "from" in prose
    ("The summit (Paris, June 29) ended without a deal.", ["2002-06-29"]),
    ("Aid arrived from the capital (Reuters, Oct. 3) on a convoy.", ["2002-10-03"]),
], THU)


@pytest.mark.parametrize("text, expected", [
    # a line cut after a preposition, an article or a conjunction goes on, whatever the next line opens with
    ("1-2,4   DPRK, South Korea; second of four-party talks in\n         New York, Sept 18, 19; details",
     ["1-2,4   DPRK, South Korea; second of four-party talks in\n         New York, Sept 18, 19; details"]),
    ("The envoys will meet the leaders of\nNorth Korea and China next week.",
     ["The envoys will meet the leaders of\nNorth Korea and China next week."]),
    # a company's suffix before its ticker on the next line (a wire release hard-wrapped)
    ("Westwood One, Inc.\n(NYSE: WON) and Sandler today announced a deal.",
     ["Westwood One, Inc.\n(NYSE: WON) and Sandler today announced a deal."]),
    # near neighbours: a menu's two words, a sentence's end after a suffix, a headline over its lead
    ("Sign in\nRegister now", ["Sign in", "Register now"]),
    ("He joined Acme Inc.\nThe firm grew.", ["He joined Acme Inc.", "The firm grew."]),
    ("Talks Resume\nThe envoys met on Monday.", ["Talks Resume", "The envoys met on Monday."]),
])
def test_a_line_cut_mid_phrase_goes_on(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


# a line that opens with a one-word label and its colon is a field of its own, in hard-wrapped text too
_WRAPPED = ("The media summary below is produced each day by the analysis section from the local press\n"
            "and the wire services, and it is sent to every unit in the province before the noon meeting.\n\n")


@pytest.mark.parametrize("text, expected", [
    (_WRAPPED + "1. Subject: French soldier, wounded in hand grenade explosion died in Paris hospital\n"
     "Summary: French soldier within the unit in Mitrovica, who was wounded in Kosovo on Saturday,\n"
     "died in a hospital in Paris on Sunday.", ["2002-10-19", "2002-10-20"]),
])
def test_a_label_line_is_a_field_of_its_own(text, expected):
    sents = [text[a:b] for a, b in split_sentences(text)]
    assert any(x.startswith("Summary: French soldier") for x in sents)
    assert dates(text, THU) == expected



@pytest.mark.parametrize("text, expected", [
    # a release wire's date between dashes after its bracketed name is the dateline's
    ("CAMBRIDGE, Mass.--(BUSINESS WIRE)--June 13, 2000--Westwood One, Inc. (NYSE: WON) today announced a deal.",
     ["CAMBRIDGE, Mass.--(BUSINESS WIRE)--June 13, 2000--",
      "Westwood One, Inc. (NYSE: WON) today announced a deal."]),
    ("BERKELEY, Calif.--(BUSINESS WIRE)--Dec. 1, 1998--The game's first anniversary was celebrated today.",
     ["BERKELEY, Calif.--(BUSINESS WIRE)--Dec. 1, 1998--", "The game's first anniversary was celebrated today."]),
    # near neighbours: a dateline with no date after it, a date in the lead
    ("NEW YORK (Reuters) -- June 13, 2000 was a good day for Acme, analysts said.",
     ["NEW YORK (Reuters) --", "June 13, 2000 was a good day for Acme, analysts said."]),
])
def test_a_release_wires_date_after_its_name(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected
