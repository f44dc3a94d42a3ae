"""Kinds of wrong or missed date found in broadcast news as text (fp42's precision sample, session 46: radio and TV
news scripts and transcripts, newscast headlines, podcast news summaries, station web copy and wire-style broadcast
copy from the United States, Ghana, St Vincent, the Isle of Man, Australia, Zimbabwe, South Sudan, the Philippines and
Myanmar, 2015-2025), each fixed in general form; written sentences, one general case per row.

- A yearless day that an extending sets as the new end of what it extends ("to extend the state of emergency until
  December 15", "extended the curfew to Dec. 15") lies ahead of the extending, even when the same day a few weeks
  back is near: an extension runs on from now (not when the sentence tells the extension's end gone by, "which was
  extended until Jan. 15, expired last month").
- "the 2nd day of May, 2018", "this 25th day of April": a proclamation's or a notice's day of the month written as an
  ordinal "day of" its month is that day, no month.
- "June 21st through the 23rd", "May 2 until the 4th": a month's day and an ordinal after "through", "until" or "till"
  with "the" (and nothing after the ordinal that makes it a rank, "the 5th round") are a range of days.
- "coronavirus disease 2019", the spelled-out name of COVID-19: no year.
- A performer's weekday ("Headliners are X for Friday night", "She performs Saturday", "will headline on Sunday") a
  few sentences after the text named a run of two to seven days holding that weekday is the run's day, as a
  programme part's weekday is (not an opening's or a sale's weekday, "will open Saturday", "go on sale Friday").
- A call to action opening a clause after a comma ("Volunteers are needed, become a volunteer today at ...", "If you
  want to help, sign up today"): no day, as it is when it opens the sentence (not a saying after the comma, "...,
  the council said today", nor a clause with a subject of its own).
- A bulletin's own day in its title or label ("Top Stories for October 8th", "Here are the headlines for Wednesday,
  October 8th", "Publish Date: October 8th", "Air date: Oct. 8, 2025"): the programme's day, no happening (not a
  possessive's "headlines for Tuesday's outburst", nor a film's "release date").
"""

import datetime as dt

from dated import dated_test

MON = dt.date(2021, 2, 1)  # a Monday: December 15 lies 48 days back and 317 ahead

test_an_extension_s_end_lies_ahead = dated_test(
    [
        (
            "Mr Andrews also revealed a bill will be put to Parliament today to extend the state of emergency until "
            "December 15.",
            ["2021-02-01", "2021-12-15"],
        ),
        ("The government extended the state of emergency until December 15.", ["2021-12-15"]),
        ("The premier said the curfew would be extended to Dec. 15.", ["2021-12-15"]),
        ("The council voted on Monday to extend the deadline through Dec. 15.", ["2021-02-01", "2021-12-15"]),
        # near neighbours: an extension whose end the sentence tells gone by, a yearly day ahead, no extending
        ("The order, which was extended until Jan. 15, expired last month.", ["2021-01-15", "2021-01"]),
        ("The ban was extended until March 31.", ["2021-03-31"]),
        ("The winners of the Dec. 15 election will meet in March.", ["2020-12-15", "2021-03"]),
        ("Officials said the ban ran until December 15.", ["2020-12-15"]),
        # an extending told done (a past time before it, a plain past "extended") whose end lies days or a few weeks
        # back: that day gone by
        ("Last month the council extended the mask order until Jan. 25.", ["2021-01", "2021-01-25"]),
        ("The ministry extended the school holidays until January 18.", ["2021-01-18"]),
        ("Officials extended the filing deadline to Jan. 29.", ["2021-01-29"]),
        ("In December the board extended the ban until Jan. 15.", ["2020-12", "2021-01-15"]),
    ],
    MON,
)

THU = dt.date(2018, 5, 3)

test_an_ordinal_day_of_a_month_is_that_day = dated_test(
    [
        ("The Speaker issued the notice this 2nd day of May, 2018.", ["2018-05-02"]),
        ("The proclamation was signed on the 25th day of April.", ["2018-04-25"]),
        ("On the 10th day of March 2018 the court sat in Accra.", ["2018-03-10"]),
        ("The law takes effect on the 1st day of July.", ["2018-07-01"]),
        # near neighbours: a day of a happening, a notice's dating line (a stamp), a month's possessive, a plain
        # month, a plain ordinal date
        ("He died on the 3rd day of the strike.", []),
        ("Dated in the office of the speaker this 2nd day of May, 2018.", []),
        ("The 2nd day of May's talks ended without a deal.", ["2018-05"]),
        ("The fair opens in May.", ["2018-05"]),
        ("The notice was signed on the 2nd of May.", ["2018-05-02"]),
    ],
    THU,
)

TUE = dt.date(2019, 3, 19)

test_a_day_through_the_ordinal_is_a_range = dated_test(
    [
        ("The festival runs June 21st through the 23rd.", ["2019-06-21/2019-06-23", "2019-06-23"]),
        ("The fair is open May 2 until the 4th at the showground.", ["2019-05-02/2019-05-04", "2019-05-04"]),
        ("Hearings run from April 8th thru the 10th, the clerk said.", ["2019-04-08/2019-04-10", "2019-04-10"]),
        # near neighbours: "to the" (as often a rank), an ordinal before a noun, a plain range
        ("Shares rose on March 3 to the 5th in Africa.", ["2019-03-03"]),
        ("The team led on June 2 through the 5th round.", ["2018-06-02"]),
        ("The festival runs June 21 through 23.", ["2019-06-21/2019-06-23", "2019-06-23"]),
        # an ordinal with its own month ("the 4th of July", "the 5th of next month"), a rank ("the 4th and final")
        ("She held the title from March 2 until the 4th of July.", ["2019-03-02/2019-07-04", "2019-07-04"]),
        ("The sale runs from March 28 until the 5th of next month.", ["2019-03-28/2019-04-05", "2019-04-05"]),
        ("He led the table from March 2 until the 4th and final round.", ["2019-03-02"]),
    ],
    TUE,
)

MON2 = dt.date(2020, 3, 9)

test_the_disease_s_spelled_out_name_is_no_year = dated_test(
    [
        ("Suspending sessions will help in the avoidance of COVID-19 (coronavirus disease 2019).", []),
        ("Coronavirus Disease 2019 (COVID-19) reached the island in March.", ["2020-03"]),
        # near neighbours: a year after a disease's spread, a year of an outbreak
        ("The disease spread across the region in 2019.", ["2019"]),
        ("The outbreak of the disease in 2019 closed schools.", ["2019"]),
    ],
    MON2,
)

WED = dt.date(2025, 10, 8)

test_a_bulletin_s_own_day_is_no_happening = dated_test(
    [
        ("MDJ Script/ Top Stories for October 8th Publish Date: October 8th Welcome to the podcast.", []),
        ("Here are the headlines for Wednesday, October 8th.", []),
        ("Top Stories for Wednesday: the council meets on Oct. 19.", ["2025-10-19"]),
        ("Air date: October 8, 2025. The council voted on Tuesday.", ["2025-10-07"]),
        # near neighbours: a possessive after "headlines for", a film's release date, a meeting's new date
        ("He made headlines for Tuesday's outburst at the council.", ["2025-10-07"]),
        ("The film's release date: Oct. 17.", ["2025-10-17"]),
        ("The council will meet on its new date: October 20.", ["2025-10-20"]),
        # an airing still ahead after its label, stories gathered for a day in prose (no title)
        ("The documentary airs next week.\nAir date: October 16.", ["2025-10-16"]),
        ("The station is gathering stories for Monday, October 13, when it marks a milestone.", ["2025-10-13"]),
    ],
    WED,
)

test_a_performer_s_weekday_after_a_named_run_is_the_run_s_day = dated_test(
    [
        (
            "The fair runs June 21-23. Headliners are Gregory Porter for Friday night and The Hot Sardines for Saturday.",
            ["2019-06-21/2019-06-23", "2019-06-23", "2019-06-21", "2019-06-22"],
        ),
        ("The festival runs June 21-23. She performs Saturday.", ["2019-06-21/2019-06-23", "2019-06-23", "2019-06-22"]),
        (
            "The festival runs June 21-23. The band will headline on Sunday.",
            ["2019-06-21/2019-06-23", "2019-06-23", "2019-06-23"],
        ),
        # near neighbours: an opening, a sale, a performance told gone by, no run named
        (
            "The festival runs June 21-23. The new library will open Saturday.",
            ["2019-06-21/2019-06-23", "2019-06-23", "2019-03-23"],
        ),
        (
            "The festival runs June 21-23. Tickets go on sale Friday.",
            ["2019-06-21/2019-06-23", "2019-06-23", "2019-03-22"],
        ),
        (
            "The festival runs June 21-23. He performed on Saturday in Detroit.",
            ["2019-06-21/2019-06-23", "2019-06-23", "2019-03-16"],
        ),
        ("She will perform Saturday at the Lerner.", ["2019-03-23"]),
        # a team's game ("play ... against"), a run already over
        (
            "The festival runs June 21-23. Meanwhile, the Tigers play Saturday against the Cubs.",
            ["2019-06-21/2019-06-23", "2019-06-23", "2019-03-23"],
        ),
        (
            "The festival ran March 15-17 and drew 20,000 fans. The band plays Saturday at the arena.",
            ["2019-03-15/2019-03-17", "2019-03-17", "2019-03-23"],
        ),
    ],
    TUE,
)

THU2 = dt.date(2024, 7, 11)

test_a_call_to_action_after_a_comma_is_no_day = dated_test(
    [
        ("Volunteers are needed, become a volunteer today at the games' website.", []),
        ("If you want to help, sign up today at the library.", []),
        ("The station relies on listeners, become a member today.", []),
        # near neighbours: a saying after the comma, a clause with a subject, a past, a plain sentence
        ("The museum is free, the council said today.", ["2024-07-11"]),
        ("In a statement, the union called a strike today.", ["2024-07-11"]),
        ("After the vote, join the rally today at noon, organisers said.", ["2024-07-11"]),
        ("He became a volunteer today.", ["2024-07-11"]),
        # a call word heading a singular noun with its own present verb: a clause that tells today's news
        ("After a two-day outage, text messaging resumes today.", ["2024-07-11"]),
        ("As the storm passes, email service returns today.", ["2024-07-11"]),
    ],
    THU2,
)
