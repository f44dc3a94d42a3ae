"""Kinds of false positive that recur on real news the engine had not been tuned on
(bench/realnews-*/README.md, "errors by kind"), each pinned on sentences written for
these tests, not taken from any set."""
import datetime as dt

from dated import dated_test

TUE = dt.date(2022, 11, 29)  # a Tuesday


test_bylines_and_stamps_are_no_events = dated_test([
    # By-lines, mastheads and author stamps with their date: no event.
    ("By Maria Okafor — Tuesday, Nov. 29, 2022\n\nThe council voted on Monday to close the depot.",
     ["2022-11-28"]),
    ("November 28, 2022 by Staff\n\nThe council voted on Monday to close the depot.", ["2022-11-28"]),
    ("- The Harbor Ledger - Monday, November 28, 2022\n\nThe council voted on Monday to close the depot.",
     ["2022-11-28"]),
    ("jlee@harborblog —  November 28th, 2022 4:05 PM\n\nThe council voted on Monday to close the depot.",
     ["2022-11-28"]),
    ("/ Modified nov 28, 2022 6:12 p.m.\n\nThe council voted on Monday to close the depot.", ["2022-11-28"]),
    ("Posted on November 28, 2022 at 10:15 am by Harbor Staff\n\nThe depot closed on Monday.", ["2022-11-28"]),
    # Not stamps: a sentence with a full date, a headline with a verb, a caption's year.
    ("The depot closed on Monday, November 28, 2022.", ["2022-11-28"]),
    ("Council Votes to Close Depot on November 28, 2022\n\nMore text follows here.", ["2022-11-28"]),
    ("Mayor Ana Ruiz at the Harbor Fair, June 4, 2022.\n\nMore text follows here.", ["2022-06-04"]),
    ("Monday, November 28, 2022: Council closes depot\n\nMore text follows here.", ["2022-11-28"]),
    # Headlines in title case: their capitalised prepositions are no by-line's words.
    ("Harbor Council Closes Depot On November 28, 2022\n\nMore text follows here.", ["2022-11-28"]),
    ("Ruiz And Okafor Meet In Lisbon On November 28, 2022.\n\nMore text follows here.", ["2022-11-28"]),
    ("Storm Hits Coast After November 28, 2022 Warning\n\nMore text follows here.", ["2022-11-28"]),
    # ... unless the line says it is a stamp.
    ("By Harbor Staff In Lisbon — November 28, 2022\n\nThe council voted on Monday to close the depot.",
     ["2022-11-28"]),
], published=TUE)


test_curly_apostrophes_in_future_forms = dated_test([
    # Typographic apostrophes mark the future as the typewriter's do (a Tuesday article).
    ("Looks Like We Won’t Be Seeing Okafor on Thursday", ["2022-12-01"]),
    ("The coach won’t play him on Thursday.", ["2022-12-01"]),
    ("She’ll visit the plant on Thursday.", ["2022-12-01"]),
    ("They’re set to vote on Thursday, officials said.", ["2022-12-01"]),
    ("The mayor said she’s about to sign the order on Thursday.", ["2022-12-01"]),
    ("The coach said he’d seen it on Thursday.", ["2022-11-24"]),
], published=TUE)


test_a_holidays_break_is_no_day = dated_test([
    # A holiday's break, recess, vacation or holidays is a stretch of days, not the day.
    ("Over the Thanksgiving break, several more races were called.", []),
    ("Parliament returns from its Easter recess next week.", []),
    ("Many families left during the Christmas holidays.", []),
    ("Schools close for the Christmas vacation on Friday.", ["2022-12-02"]),
    ("The store was busy on Thanksgiving Day.", ["2022-11-24"]),
    # ... and so is a court's or a university's term, a semester, a season or a period named after it.
    ("Ninety cases were listed when the Easter term of the high court opened.", []),
    ("The college dropped the course for the Christmas term.", []),
    ("Retailers hired extra staff for the Christmas season.", []),
    ("Road deaths rose over the Easter period.", []),
    ("Exams fall in the Easter semester.", []),
    ("On Christmas, term papers were handed back.", ["2021-12-25"]),
], published=TUE)


test_the_day_before_a_word_holding_in = dated_test([
    # "the day before/after" a word that merely contains "in" or "of" ("Thanksgiving", "Bofors").
    # The holiday only anchors the count: no statement of its own (test_news_holidays.py).
    ("The final count was released the day before Thanksgiving.", ["2022-11-23"]),
    ("Stores opened early the day after Thanksgiving.", ["2022-11-25"]),
    ("The dam broke on March 3, 2022, and the next day of rain flooded the town.", ["2022-03-03"]),
], published=TUE)


TUE_OCT = dt.date(2020, 10, 27)  # a Tuesday


test_a_plan_told_in_the_past_names_the_nearer_day = dated_test([
    # A plan told in the past names the nearer of the two days a yearless date can be.
    ("Originally the hearing was going to be held on November 10.", ["2020-11-10"]),
    ("The vote was set to take place on Jan. 12, officials said.", ["2021-01-12"]),
    ("The fair was supposed to open on June 3 but was cancelled.", ["2020-06-03"]),
    # What happened stays in the past.
    ("The hearing was held on November 10.", ["2019-11-10"]),
], published=TUE_OCT)


MON_DEC = dt.date(2008, 12, 22)  # a Monday


test_loose_counts_quarters_in_a_year_and_mastheads = dated_test([
    # "a couple of" months, weeks or years is as loose as "a few": no date.
    ("Even a couple of months ago, I was not in a good spot.", []),
    ("The plant closed a couple of years ago.", []),
    ("The ferry sank a couple of weeks ago.", []),
    ("The ferry sank two weeks ago.", ["2008-12-08"]),
    # "the first quarter in 2009" is a quarter, as "of 2009" is: never the bare year.
    ("The firm will close the plant by the end of the first quarter in 2009.", ["2009-01/2009-03"]),
    ("Sales fell in the second half in 2007.", ["2007-07/2007-12"]),
    # A masthead's copyright notice, however long the header after it.
    ("HARBOR TIMES Copyright (c) 2008, Harbor Times DATE: Monday, December 22, 2008 TAG: 0812220 "
     "SECTION: STATE PAGE: A-1 EDITION: METRO SOURCE: JANE ROE STAFF WRITER NOTE: Above MEMO: Published "
     "correction ran on December 23, 2008.\n\nThe plant closed on Friday.", ["2008-12-19"]),
    ("Harbor Times © 2008 All rights reserved\n\nThe plant closed on Friday.", ["2008-12-19"]),
    ("The Harbor Times Company sued over copyright on Friday.", ["2008-12-19"]),
], published=MON_DEC)
