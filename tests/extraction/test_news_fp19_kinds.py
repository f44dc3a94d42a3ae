"""fp19's kinds (session 34 precision sample: 27 pages of newspaper news-service and broadcast copy, 1999-2008, on
hosts no set uses): a periodical's issue label on a line of its own ("From the issue dated April 8, 2005", "From
AJR, August/September 2004") is the page's issue, no statement; a line naming a cited source and its full date,
with the label "Source:" before it or the link after it ("Source: Beijing Daily, May 6, 2008", "Xinhua, May 5, 2008
http://..."), dates the source, no happening, and so does a quoted story's credit in brackets after its sentence,
its writers before the outlet ("(Jane Roe and John Doe, Valley Newspapers, July 12, 2004)"); a deadline named by its
weekday with a clock time before the day ("a 2 p.m. Sunday deadline", "a midnight Friday deadline") is read as the
same deadline without the clock, and "facing" sets it as "faced" did ("had been facing a 2 p.m. Sunday deadline" in
a Saturday paper is the coming Sunday).

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2025, 7, 5)  # a Saturday: Mon 30 June, Tue 1 July, Fri 4 July gone; Sun 6 July ahead
WED = dt.date(2025, 7, 2)  # a Wednesday: Fri 27 June gone, Fri 4 July ahead

test_an_issue_label_is_no_statement = dated_test([
    ("From the issue dated June 27, 2025\n\nShort Subjects\n\nThe board met on Tuesday.", ["2025-07-01"]),
    ("Issue dated July 4, 2025\n\nThe dean resigned on Monday.", ["2025-06-30"]),
    ("From the Review,   June/July 2025\n\nThe board met on Tuesday.", ["2025-07-01"]),
    ("From The Quarterly, July 2025\n\nThe dean resigned on Monday.", ["2025-06-30"]),
    ("FROM THE ISSUE DATED JUNE 27, 2025\n\nThe dean resigned on Monday.", ["2025-06-30"]),
    # near neighbours: the issue in prose, a month opening a sentence, a place after "From"
    ("The issue dated June 27, 2025 sold out within hours.", ["2025-06-27"]),
    ("From May 2025, prices rose by a third.", ["2025-05"]),
    ("From Paris, the minister flew to Rome on June 27, 2025.", ["2025-06-27"]),
], SAT)

test_a_source_line_dates_no_happening = dated_test([
    ("The ministry closed two schools on Wednesday.\nSource: Beijing Daily, July 3, 2025", ["2025-07-02"]),
    ("The ministry closed two schools on Wednesday.\n\nSource:\nCity Daily, July 3, 2025\n"
     "http://example.com/news/2025-07/03/content_1.htm", ["2025-07-02"]),
    ("The ministry closed two schools on Wednesday.\nValley Times, July 3, 2025 http://example.com/a/1.htm",
     ["2025-07-02"]),
    ("The ministry closed two schools on Wednesday.\nSources: Reuters, 3 July 2025", ["2025-07-02"]),
    # near neighbours: an occasion's line with a link, a happening's date before a link, a bare line
    ("Election Day, Nov. 4, 2025 http://example.com/vote", ["2025-11-04"]),
    ("Smith resigned on July 1, 2025 http://example.com/story", ["2025-07-01"]),
], SAT)

test_a_quoted_storys_credit_dates_no_happening = dated_test([
    ("The senator denied the claim on Monday.\n\n(Jane Roe and John Doe, Valley Newspapers, June 30, 2025) "
     "[Emphasis added]\n\nThat is wrong.", ["2025-06-30"]),
    ("The mayor quit on Tuesday.\n\n(Mary Ann Smith, Coast Herald, July 1, 2025)\n\nThe council met.",
     ["2025-07-01"]),
    # near neighbours: a bracket inside its sentence, a place's day, a yearless pair of names
    ("The teams met twice (Jane Doe and John Roe, Center Court, June 30, 2025) with mixed results.",
     ["2025-06-30"]),
    ("The summit (Paris, June 29, 2025) ended without a deal.", ["2025-06-29"]),
], SAT)

test_a_deadline_with_its_clock_before_the_day = dated_test([
    ("Election officials had been facing a 2 p.m. Sunday deadline to count the ballots.", ["2025-07-06"]),
    ("Officials were facing a noon Sunday deadline to file the papers.", ["2025-07-06"]),
    # near neighbours: a deadline met, a happening at a clock time
    ("Officials met the 5 p.m. Friday deadline.", ["2025-07-04"]),
    ("The strike began at 5 p.m. Friday.", ["2025-07-04"]),
], SAT)

test_a_deadline_with_its_clock_midweek = dated_test([
    ("Negotiators were facing a midnight Friday deadline.", ["2025-07-04"]),
    ("The union set a 5 p.m. Friday deadline for a reply.", ["2025-07-04"]),
    # near neighbours: a deadline missed or passed, a happening at a clock time
    ("Lawmakers missed a 5 p.m. Friday deadline to pass the budget.", ["2025-06-27"]),
    ("The 5 p.m. Friday deadline passed without a deal.", ["2025-06-27"]),
    ("The strike began at 5 p.m. Friday.", ["2025-06-27"]),
], WED)

# A transcript's speaker label or a quotation opened by a colon: the capitalised word after the colon opens what
# follows ("CLINTON: Today our armed forces joined ...") and is the day, not a name (as "USA Today" mid-sentence).
test_a_relative_day_after_a_speakers_colon = dated_test([
    ("Pres. BILL CLINTON: Today our armed forces joined our allies in air strikes.", ["2025-07-05"]),
    ("KOPPEL: Yesterday the envoy left the palace for the last time.", ["2025-07-04"]),
    ("The mayor said: Today we begin to rebuild the bridge.", ["2025-07-05"]),
    # near neighbours: a paper's or a programme's name before or after a colon
    ("She told USA Today: the vote was close.", []),
    ("Watch on NBC: Today show host leaves after 20 years.", []),
    ("NBC: Today co-host Jane Roe returned on Monday.", ["2025-06-30"]),
    ("The senator spoke to USA Today on Monday.", ["2025-06-30"]),
    # a title after a podcast's or a newsletter's label (rv27's review)
    ("Listen: Today in Focus, the weekly podcast, looks at the drought.", []),
    ("Get our newsletter: Today in Business.", []),
    ("The envoy said: Today in Geneva we begin again.", ["2025-07-05"]),
], SAT)
