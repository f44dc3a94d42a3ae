"""fp21's kinds (session 35 precision sample: 21 pages of American newspaper and news-service copy of 1994-2002
reprinted on archive, forum, mailing-list and fan sites, on hosts no set uses): the millennium bug named by its
year ("the Year 2000 problem", "year 2000 compliant") and a name written with an inner capital before a year
("TimeBomb 2000") date nothing, nor does a software release named with its year ("Windows 2000", "Office 2000"),
which lends no year to a month after it; an archive's page header ("1901-current, November 04, 1999, Page 2, Image 2",
"viewing page 5 of: <paper> <date>"), a mail header's date glued to its next fields on one line ("Date: Sat, 16 Jan
1999 12:40:21 -0800 (PST) From: ..."), a dateline with the date before the city in capitals ("March 21, 2002 PORT
ST. LUCIE -- ...") and a clipping's or a release's numeric date at its line's head ("Salon 5/28/99 David Horowitz
\"...", "News Release - 9/10/01") are furniture; "it took ... for X to be <done> Friday" tells what came about, in
the past; and a hard-wrapped line may end between a modifier and its word ("the attack came a\\nday after",
"last\\nmonth").

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(1999, 11, 6)  # a Saturday: Wed 3 Nov, Fri 5 Nov gone; Fri 12 Nov ahead
AUG = dt.date(1999, 8, 25)  # a Wednesday in 1999: the year 2000 lies ahead

test_the_millennium_bug_named_by_its_year_dates_nothing = dated_test([
    ("Banks spent millions to fix the Year 2000 problem, regulators said Tuesday.", ["1999-08-24"]),
    ("The utility said its computers are year 2000 compliant.", []),
    ("Store cards fail Year 2000 test", []),
    ("The year-2000 computer bug could halt some payrolls, analysts said.", []),
    ("Officials warned Monday that year 2000 glitches could disrupt some 911 systems.", ["1999-08-23"]),
    # near neighbours: the year itself, in prose
    ("The plant will close in the year 2000, officials said.", ["2000"]),
    ("By the year 2000, the city will have 2 million people.", ["2000"]),
    ("The year 2000 presidential race is wide open.", ["2000"]),
    ("The storm hit in June 1998; that year 2,000 homes were lost.", ["1998-06", "1998"]),
], AUG)

test_a_name_with_an_inner_capital_before_a_year = dated_test([
    ("forum.example.com : LUSENET : TimeBomb 2000 (Y2000) : One Thread", []),
    ("Users of WordPerfect 2000 complained on Monday.", ["1999-08-23"]),
    # near neighbours: a year after a name with "Mc"/"Mac", or after a preposition, a company's year's accounts
    # (rv29's row)
    ("McCain 2000 rallied in Iowa.", ["2000"]),
    ("PepsiCo 1998 profit rose 12 percent.", ["1998"]),
    ("The TimeBomb forum opened in 1998.", ["1998"]),
], AUG)

test_an_archive_page_header_dates_no_happening = dated_test([
    ("The daily Nebraskan. ([Lincoln, Neb.) 1901-current, November 05, 1999, Page 2, Image 2\n\n"
     "A man shot four employees Wednesday.", ["1999-11-03"]),
    ("You are currently viewing page 5 of: Valley Stars and Stripes Friday, November 5, 1999\n\n"
     "The House voted on Wednesday.", ["1999-11-03"]),
    ("Valley Courier (Newspaper) - November 05, 1999, Darmstadt, Hesse\n\nThe House voted on Wednesday.",
     ["1999-11-03"]),
    # near neighbours: a page in prose before the date or after it (rv29's row), a run of years in prose
    ("The story ran on Page 1 on November 5, 1999.", ["1999-11-05"]),
    ("The first report ran on November 3, 1999, page 4, under a small headline.", ["1999-11-03"]),
    ("The paper was founded in 1901.", ["1901"]),
], SAT)

test_a_mail_header_glued_to_its_fields = dated_test([
    ("Valley News - Saturday, November 6, 1999\n\nBrief Protest Report (Account Of Demonstration Friday In Downtown "
     "Springfield\nHeld To Protest The Task Force)\nLink to earlier story\nDate: Sat, 06 Nov 1999 05:30:11 -0800 From: "
     "Jane Doe (jd@example.org) Organization: Valley Patriots To: Valley Patriots (valley-l@example.org), "
     "\"news@example.com\" (news@example.com), \"town-l@example.org\" (town-l@example.org) Subject: Brief Protest "
     "Report Sender: owner-valley-l@example.org Hi Folks, It's late, I'm tired, I'm back home. I will briefly say "
     "that our protest was a success. By some estimates we had at least 60 people.", ["1999-11-05"]),
    ("Letter to the Valley Times\nDate: Sat, 06 Nov 1999 12:40:21 -0800 (PST) From: jd@example.org (Jane Doe) To: "
     "talk@example.net Subject: HT: Re: letter Cc: editor@example.org Reply-To: jd@example.org Sender: "
     "owner-talk@example.net The Valley Times 701 W. Eighth St. Springfield Tel. (360) 694-2312 E-mail: "
     "editors@example.com Web site: http://www.example.com/ If a group of residents starts a petition, it would be "
     "unethical for the state to punish them.", []),
    # near neighbours: a clock in prose after a date
    ("The blast came on Nov. 3, 1999 at 05:30:11 local time, the agency said.", ["1999-11-03"]),
], SAT)

test_a_dateline_with_its_date_before_the_city = dated_test([
    ("17 STUDENTS ARRESTED\n\nNovember 5, 1999 PORT ST. LUCIE -- He studied and took tests.\n\n"
     "Deputies arrested 17 students Wednesday.", ["1999-11-03"]),
    ("November 6, 1999 SPRINGFIELD -- The mayor resigned Friday.", ["1999-11-05"]),
    # ... and a day before the paper's, it is the day its "today" was written (rv29's row)
    ("November 5, 1999 WEST PALM BEACH -- The council voted today to raise taxes.", ["1999-11-05"]),
    # near neighbours: a chronology's entry of an older day, a date before a headline's words
    ("March 11, 1998 FUKUSHIMA -- A quake struck the coast.", ["1998-03-11"]),
    ("November 5, 1999 Budget passes after long debate.", ["1999-11-05"]),
], SAT)

test_a_clippings_or_releases_numeric_date = dated_test([
    ('Salon 10/30/99 David Horowitz "....If these revelations were not disturbing enough, the team reacted."', []),
    ("Example Corp. (ticker: EXC, exchange: New York Stock Exchange) News Release - 10/30/99\n\n"
     "The company today named a new chief.", ["1999-11-06"]),
    # near neighbours: a numeric date after a preposition, a verb or a determiner
    ('On 10/30/99 Smith said "no."', ["1999-10-30"]),
    ("Smith resigned 10/30/99 after a vote.", ["1999-10-30"]),
    ("Link to a 10/30/99 staff editorial on the mayor", ["1999-10-30"]),
], SAT)

test_what_it_took_came_about = dated_test([
    ("All it took was the threat of a drug search for nine students to be found with marijuana at school Friday.",
     ["1999-11-05"]),
    ("It took a court order for the files to be released Friday.", ["1999-11-05"]),
    # near neighbours: a person's taking, an asking, a future "take"
    ("He took steps for the plant to be closed Friday.", ["1999-11-12"]),
    ("Police asked for the suspect to be found Friday.", ["1999-11-12"]),
], SAT)

# Hard-wrapped copy (a mailing list's, an OCR page's): many short lines, none ending a sentence.
_WRAPPED = ("SEATTLE (AP) - A man in camouflage clothing walked\n"
            "into a boat repair company and shot four employees\n"
            "Wednesday, killing two of them; the attack came a\n"
            "day after a deadly workplace shooting in Hawaii.\n"
            "The shipyard had opened its new office last\n"
            "month, a spokeswoman for the company said.\n")

test_a_wrapped_line_between_a_modifier_and_its_word = dated_test([
    (_WRAPPED, ["1999-11-03", "1999-11-02", "1999-10"]),
    # near neighbours: a page number ending the line above a date, a headline's line above a weekday
    ("The Valley Times, Page 4\nNovember 12, 1999\n\nThe council met Wednesday.", ["1999-11-03"]),
], SAT)

test_a_software_release_named_with_its_year = dated_test([
    ("Microsoft will ship Windows 2000 in December, Gates said.", ["1999-12"]),
    ("Windows 2000, the successor to Windows NT, will be released to manufacturers in December.", ["1999-12"]),
    ("Sales of Microsoft Office 2000 rose in March.", ["1999-03"]),
    # near neighbours: an office taken in a year, a month after a year in prose; a body or an office of state before
    # its year's report or figures, a name's "Windows" (rv29's rows)
    ("She took office in 2000 and left in 2004.", ["2000", "2004"]),
    ("The Foreign Office 2003 dossier on Iraq was flawed.", ["2003"]),
    ("Home Office 2010 figures showed a rise in burglaries.", ["2010"]),
    ("The Broken Windows 1982 essay changed policing.", ["1982"]),
    ("The plant will open in December 2000.", ["2000-12"]),
], AUG)
