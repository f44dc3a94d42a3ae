"""fp18's kinds (session 34 precision sample: 29 wire-copy pages of 1995-2012 reprinted on mailing-list archives,
forum posts, NGO, blog and archive pages that no set holds): a date with a machine's time stamp after it, a clock
with its seconds that ends the line (a mail header's "Date: Wed, 2 Jul 2025 09:14:52 +0200", a list archive's
"Wed Jul 2 09:14:52 EDT 2025", a forum post's "7/1/2025 10:22:05 PM"), a wire's filing stamp in the machine's
day-month-year form with its clock ("01-Jul-2025 16:40 EDT"), a broadcaster's script slug ("DATE=7/1/2025
TYPE=REPORT"), a date in a web address glued to the text, a credit line "By From wire services" after the page's
date, a masthead's issue line under a rule line of its own, "Article publication date:" and a citation's volume
and issue with its doi are no statements; in a digest of dated entries ("25 June 2025Asia", "30 June 2025. Four
people were killed ..."), an entry's "today" is the entry's day, not the day the digest came out. A yearless day named as a plan's date in a
reported past ("he said October 7 was the most likely start date") is the coming one, and a weekday after it in the
clause counts from the paper; a happening named with how it failed ("the botched rocket launch in April") is gone by
whatever the clause says is ahead; things named after a holiday ("overdue Christmas bonuses", "Christmas shoppers",
"Easter eggs") are no day; nor is a scanned paper's page title in a library's archive ("(Salem, Ore.) 1890-current,
June 30, 2025, Image 12").

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

JUL = dt.date(2025, 7, 2)  # a Wednesday: Mon 30 June, Tue 1 July gone; Fri 4 July ahead
AUTUMN = dt.date(2025, 10, 1)  # a digest of the summer's entries, printed in the autumn

test_a_machine_stamp_after_a_date_is_no_statement = dated_test([
    ("Re: pay talks\nWed Jul 2 09:14:52 MST 2025\nUnions said on Tuesday that talks would resume.", ["2025-07-01"]),
    ("File list_2025/25-07-10.164, message 6\n\n\nFrom: \"Jane Roe\" <jroe-AT-example.org>\nDate:          Mon, 7 Jul "
     "2025 20:47:54 +0000\nSubject:       (Fwd) DOCKERS STRIKE\n\n\n------- Forwarded Message Follows -------\nDate:"
     "          Wed, 2 Jul 2025 19:11:00 -0500\nFrom:          desk-AT-example.com (Desk)\n\nDockers walked out on "
     "Monday.", ["2025-06-30"]),
    ("Reply from member (3387)7/1/2025 10:22:05 PM\nThe board met on Monday to name a new chief.", ["2025-06-30"]),
    ("Saved for research 06-30-2025 @ 18:02:11\nThe storm hit the coast on Monday.", ["2025-06-30"]),
    ("The storm hit the coast on Monday. (SIGNED) NEB/JD/KL 01-Jul-2025 08:55 AM EDT (01-Jul-2025 1255 UTC) NNNN "
     "Source: Voice of America .", ["2025-06-30"]),
    ("DATE=7/1/2025 TYPE=CORRESPONDENT REPORT TITLE=FLOODS CONTENT= INTRO: Floods hit the north on Monday.",
     ["2025-06-30"]),
    # near neighbours: a clock with seconds in prose that goes on, a race's time, a slug-less date
    ("The quake struck on June 30, 2025 at 14:46:23 local time, the agency said.", ["2025-06-30"]),
    ("Kiptum won the race on Sunday, June 29, 2025 in 2:03:45.", ["2025-06-29"]),
    ("Polls close on July 8, 2025, officials said.", ["2025-07-08"]),
    # ... and hard-wrapped prose whose line ends on the clock (prose's "at", the next line going on)
    ("The quake struck on June 30, 2025 at 05:46:52\nlocal time, killing at least 40 people.", ["2025-06-30"]),
    ("The agency said the quake struck on 30 June 2025 05:46:52\n(20:46:52 GMT) near the coast.", ["2025-06-30"]),
], JUL)

test_a_date_in_a_web_address_is_no_statement = dated_test([
    ("Senators voted on Tuesday.\nhttp://www.example.com/2003/08/01/politics/01VOTE.htmlSenators voting no: Smith, "
     "Jones.", ["2025-07-01"]),
    ("More at http://news.example.com/2025/06/30/floods.htmlRescuers reached the area on Monday.", ["2025-06-30"]),
    ("Source: www.example.org/2025/06/report.pdf The report was published on Monday.", ["2025-06-30"]),
    # near neighbour: the date beside the address, not in it
    ("The agency said on its site, www.example.org, that the dam failed on 30 June 2025.", ["2025-06-30"]),
], JUL)

test_a_credit_line_after_the_pages_date_is_no_statement = dated_test([
    ("Council backs budget\nJuly 2, 2025|By From wire services.\nThe council voted on Tuesday.", ["2025-07-01"]),
    ("Council backs budget\nJuly 2, 2025 | From news services\nThe council voted on Tuesday.", ["2025-07-01"]),
    # near neighbour: a headline about wire services with its day
    ("Wire services resume July 7 after strike", ["2025-07-07"]),
], JUL)

test_a_masthead_issue_line_under_a_rule_line_is_no_statement = dated_test([
    ("A motto. - A. Writer\nTHE WEEKLY DIGEST\n\nTHE WEEKLY DIGEST Vol. 3, No. 52 Part I, 2 July 2025\n\n\n"
     "__________________________________________________________\nTHE WEEKLY DIGEST Vol. 3, No. 52 Part I, 2 July "
     "2025\n\nThe minister resigned on Tuesday.", ["2025-07-01"]),
    ("==============================================\nCOAST NEWSLETTER Vol. 7, No. 12, 1 July 2025\n"
     "The ferry sank on Monday.", ["2025-06-30"]),
], JUL)

test_a_publication_label_and_a_citation_are_no_statements = dated_test([
    ("Article publication date: 1 July 2025\nThe plant closed on Monday.", ["2025-06-30"]),
    ('Citation\n\n(2025), "Floods", Journal of Hazards and Risk Management, Vol. 9 No. 2. https://doi.org/10.1108/'
     'dpm.2025.07314bac.003\n\nPublisher\n\nThe river rose on Monday.', ["2025-06-30"]),
    # near neighbours: a volume told in prose, a journal's issue and doi in a sentence that tells a happening
    ("The second volume of her memoir comes out on 9 July 2025.", ["2025-07-09"]),
    ("The study, published in Nature Vol. 601, No. 7893 on 13 January 2022 (doi: 10.1038/s41586-021-04311-7), "
     "found that the glacier retreated sharply in 2019.", ["2022-01-13", "2019"]),
], JUL)

test_a_digest_entrys_today_is_its_day = dated_test([
    ("Weather\n\n25 June 2025Asia\n\nTwelve people died in floods, officials said today.\n\n"
     "30 June 2025. Four people were killed in a landslide, police said today.", ["2025-06-25", "2025-06-30"]),
    ("Disasters\n\nJuly 3, 2025: A ferry sank off the coast, the navy said today.\n"
     "July 9, 2025: Two climbers died on the peak, rescuers said today.", ["2025-07-03", "2025-07-09"]),
    # near neighbours: one date line above a story (no digest), a list of dated lines then the page's own today
    ("July 1, 2025\n\nThe council voted today to close the plant.", ["2025-10-01"]),
    ("June 1, 2025 - launch\nJune 9, 2025 - landing\n\nThe agency said today it was ready for the next flight.",
     ["2025-06-01", "2025-06-09", "2025-10-01"]),
    # ... and hard-wrapped prose whose lines happen to open with a full date (no paragraph's head)
    ("Parliament passed the budget on\nSeptember 1, 2025, and the president signed it on\nSeptember 3, 2025. "
     "Payments began on Monday, the ministry said. Talks resumed on\nSeptember 30, 2025. Unions said today they "
     "were ready.", ["2025-09-01", "2025-09-03", "2025-09-29", "2025-09-30", "2025-10-01"]),
], AUTUMN)

MON = dt.date(2025, 6, 30)  # a Monday: Wed 2 July ahead

test_a_day_named_as_a_plans_date_in_a_reported_past_is_ahead = dated_test([
    ("The union said August 20 was the most likely start date, and members would vote at a meeting Wednesday.",
     ["2025-08-20", "2025-07-02"]),
    ("Officials said September 14 was the earliest possible date for the hearing.", ["2025-09-14"]),
    ("She said October 1 was the new target date for the launch.", ["2025-10-01"]),
    # near neighbours: a day that came, a deadline told in the past, a likely date of a happening gone by
    ("He said September 9 was the hottest day.", ["2024-09-09"]),
    ("They said May 30 was the deadline.", ["2025-05-30"]),
    ("He said March 3 was the most likely date of the attack.", ["2025-03-03"]),
    # ... and a saying dated by a month of its own before the plan's date: counted from then
    ("In February, she said April 9 was the most likely date for the vote.", ["2025-02", "2025-04-09"]),
], MON)

test_a_happening_that_failed_is_gone_by = dated_test([
    ("Analysts say the rebels may strike again after the failed offensive in April.", ["2025-04"]),
    ("Talks will resume after the unsuccessful round in March.", ["2025-03"]),
    ("The rebels will regroup after the abortive uprising in May.", ["2025-05"]),
    # near neighbours: a happening ahead with no outcome, one guarded against
    ("The agency will try again after the launch in April.", ["2026-04"]),
    ("The rebels will launch a new offensive in April.", ["2026-04"]),
], JUL)

test_things_named_after_a_holiday_are_no_day = dated_test([
    ("Strikers demanded unpaid Christmas bonuses.", []),
    ("Shops stayed open late for Christmas shoppers on Monday.", ["2025-06-30"]),
    ("Easter eggs went on sale in January.", ["2025-01"]),
    # near neighbours: the day itself
    ("Stores will close on Christmas.", ["2025-12-25"]),
    ("Families opened gifts on Christmas morning.", ["2024-12-25"]),
], JUL)

test_a_scanned_papers_page_title_is_no_statement = dated_test([
    ("The Daily Star.\n(Springfield, Ill.) 1905-1922, July 1, 2025, Image 4\n\nBelow is the OCR text.\n"
     "The council voted on Tuesday.", ["2025-07-01"]),
    ("The Weekly.\n(Salem, Ore.) 1890-current, June 30, 2025, Image 12\nFire destroyed the mill on Monday.",
     ["2025-06-30"]),
    ("Evening Star. 1854-1972, June 30, 2025, Image 4\n\nThe mill burned on Monday.", ["2025-06-30"]),
    # near neighbour: an image's caption with its date
    ("Image 4 shows the flood of June 30, 2025.", ["2025-06-30"]),
], JUL)
