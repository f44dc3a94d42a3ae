"""op41's kinds (realnews-fresh41 opened as a development set, session 31): a year after a copyright sign or
word is the credit's, no event; a yearless day with "this/next/last year" after a comma is one statement; a
fronted day's -ed verb of telling with its object before "that" (or before the reported clause's own subject) is
the finite past; a past perfect's weekday lies before the day the story has just told; what one looks forward to
lies ahead; "it's" and "that's" before what is no participle are "it is"; a replay comes after the tie it
replays; "the same date" is the day told before, as "the same day".

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2025, 1, 20)
WED = dt.date(2025, 1, 22)
SUN = dt.date(2025, 1, 26)
MAY = dt.date(2025, 5, 14)

test_a_year_after_a_copyright_sign_is_no_event = dated_test([
    ("Lowestoft Magistrates' Court. Picture: Jane Doe. copyright of Newsquest © 2012 01502 525000", []),
    ("The old pier before the fire (© Jane Doe 2016).", []),
    ("Flood water on the A47. Photo: John Smith / Copyright 2018 Archant", []),
    # near neighbours: a copyright told as a happening, a year before the sign
    ("The band's copyright dispute began in 2010.", ["2010"]),
    ("The song's copyright passed to Sony Music in 2012.", ["2012"]),
    ("The picture, taken in 2015 (© Jane Doe 2016), shows the pier.", ["2015"]),
], MON)

test_a_day_with_this_or_next_year_after_a_comma_is_one_statement = dated_test([
    ("He was arrested on September 19, this year, at a house in Leeds.", ["2025-09-19"]),
    ("Smith will stand trial on March 3, next year.", ["2026-03-03"]),
    ("The shop was raided on 4 June, last year, the court heard.", ["2024-06-04"]),
    ("She was jailed on November 2, last year.", ["2024-11-02"]),
    # near neighbours: with no comma (as before), a year's possessive, a year that is a clause's subject
    ("He was arrested on September 19 this year.", ["2025-09-19"]),
    ("Smith will stand trial on March 3 next year.", ["2026-03-03"]),
], MAY)

test_a_fronted_days_verb_of_telling_with_its_object_is_the_past = dated_test([
    ("At Friday's hearing, the chairman of the bench informed Jones, that the case would be sent to the crown "
     "court.", ["2025-01-17"]),
    ("At Monday's hearing, District Judge Ann Lee informed the defendant that he would be remanded.",
     ["2025-01-20"]),
    ("On Thursday, police reminded drivers that the bridge would shut for a week.", ["2025-01-16"]),
    ("At Tuesday's meeting, the judge informed him the case would be adjourned.", ["2025-01-21"]),
    # near neighbours: told ahead, a telling verb with no complement, "told" as before
    ("At Friday's hearing, the judge will inform Smith that the case is to be transferred.", ["2025-01-24"]),
    ("At Friday's hearing, the chairman told Jones that the case would be sent to the crown court.",
     ["2025-01-17"]),
], WED)

test_a_past_perfects_weekday_lies_before_the_day_just_told = dated_test([
    ("The man was found dead at his flat on Tuesday, January 14.\n\nHe had not been seen since Sunday.",
     ["2025-01-14", "2025-01-12/2025-01-20"]),
    ("Walkers found the woman on Friday, January 17. She had last been seen on Sunday evening.",
     ["2025-01-17", "2025-01-12"]),
    ("The body was recovered on Friday. He had gone missing on Thursday.", ["2025-01-17", "2025-01-16"]),
    ("Officers found the girl on Wednesday, January 15. Her family said she'd been missing since Saturday.",
     ["2025-01-15", "2025-01-11/2025-01-20"]),
    # near neighbours: a perfect that is no state or loss before a finding (an arrest told, a perfect that carries
    # the story on), a plan, a perfect with no day told before, a day after the perfect
    ("The body was found on Tuesday. Police said he had been arrested on Sunday.", ["2025-01-14", "2025-01-19"]),
    ("The road was shut on Tuesday, January 14. Crews had cleared one lane on Friday, and buses ran again on "
     "Saturday.", ["2025-01-14", "2025-01-17", "2025-01-18"]),
    ("The body was found on Tuesday. He had been due to appear in court on Sunday.",
     ["2025-01-14", "2025-01-19"]),
    ("He had not been seen since Sunday.", ["2025-01-19/2025-01-20"]),
    ("The war began on Feb. 24, 2022. On Sunday, troops had taken the town.", ["2022-02-24", "2025-01-19"]),
], MON)

test_what_one_looks_forward_to_lies_ahead = dated_test([
    ("\"We all ran good campaigns and I look forward to the general election in November.\"", ["2025-11"]),
    ("\"We lost the vote, but we look forward to the rematch in March,\" she said.", ["2026-03"]),
    ("The squad, beaten in April, are looking forward to the final on March 3.", ["2025-04", "2026-03-03"]),
    ("Organisers look forward to welcoming visitors back on April 12, a spokesman said.", ["2026-04-12"]),
    ("\"We are looking ahead to the conference in February,\" the leader said.", ["2026-02"]),
    ("The school looks forward to welcoming children back in April.", ["2026-04"]),
    # near neighbours: a looking gone by, a month ahead already, a past verb that tells the dated thing
    ("She was looking forward to the trip in March, her mother said.", ["2025-03"]),
    ("\"We look forward to it, but the vote in March went badly.\"", ["2025-03"]),
    ("We look forward to studying the figures released in February.", ["2025-02"]),
    ("We look forward to the talks, though exports fell in March.", ["2025-03"]),
    ("\"We look forward to the new season after the title win in April,\" the manager said.", ["2025-04"]),
    ("\"I look forward to the general election in November,\" he said.", ["2025-11"]),
], MAY)

test_its_before_what_is_no_participle_is_it_is = dated_test([
    ("It's back to Croke Park on Sunday for the two sides in the replay.", ["2025-01-26"]),
    ("It's off to Dublin on Saturday for the final.", ["2025-01-25"]),
    ("It’s a big day for the club on Sunday.", ["2025-01-26"]),
    # near neighbours: "it's" as "it has", a present "is" as before
    ("It's been a tough week since Sunday.", ["2025-01-19/2025-01-22"]),
    ("It's already started raining on Sunday.", ["2025-01-19"]),
    ("It is back to Croke Park on Sunday for the two sides.", ["2025-01-26"]),
    ("That's why the club lost on Sunday.", ["2025-01-19"]),
], WED)

test_a_replay_comes_after_the_tie_it_replays = dated_test([
    ("The tie ended 2-2 yesterday (Saturday). United hit back late to ensure a replay at The Den on Tuesday.",
     ["2025-01-25", "2025-01-28"]),
    ("The sides drew on Saturday, and Rovers scored late to force a replay on Tuesday night.",
     ["2025-01-25", "2025-01-28"]),
    ("City drew 2-2 on Saturday and earned a replay away from home on Tuesday.", ["2025-01-25", "2025-01-28"]),
    # near neighbours: a replay with no tie told, one after the day told
    ("United forced a replay on Tuesday with a late goal.", ["2025-01-21"]),
    ("The first leg was on Thursday. The rematch on Saturday ended 1-1.", ["2025-01-23", "2025-01-25"]),
], SUN)

test_a_replay_after_a_tie_ahead = dated_test([
    ("The replay is on Sunday. If it is still level it will go to a second replay on Wednesday night.",
     ["2025-01-26", "2025-01-29"]),
    # near neighbour: the paper's own weekday ahead, no replay
    ("The final is on Sunday. The council will meet on Wednesday.", ["2025-01-26", "2025-01-22"]),
], WED)

test_the_same_date_is_the_day_told_before = dated_test([
    ("The home game is set for November 13. Rovers meanwhile will go to Bedford on the same date.",
     ["2025-11-13", "2025-11-13"]),
    # near neighbours: no day told before, an anchor after "as", a date with no "same"
    ("The club was founded on the same date.", []),
    ("Rent was first paid on March 3. Each later payment falls on the same date every month.", ["2025-03-03"]),
    ("The vote was held on March 3. The date was chosen by the council.", ["2025-03-03"]),
], MAY)
