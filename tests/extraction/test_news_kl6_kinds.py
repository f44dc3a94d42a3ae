"""kl6's kinds (session 37, from the known limits: probe rows wrong on main): the bulleted or numbered links under a
links heading in other wordings ("See also", "Read more", "More on this story", "You may also like", "Most read") are
other stories, no happening; a programme named "Today" ("NBC's ``Today'' show") is no day and leaves the sentence's
weekday its own clause, as does a short quoted name two verbless words before the date; a fronted "despite"/"amid"
phrase or a participle's, holding a verb of its own, ends at its comma (no list's first item: "Despite fears that the
bridge would collapse, drivers and cyclists Monday ..."); a reprint's note of first publication in other wordings
("This story first ran on ...", "... in the Evening Tribune on 14 September 2001"), its frame's "ago today" and its
label's weekday ("Flashback Friday:"); a "tonight" opening its clause (or after a subject, its past verb after it) in
the paper of the day after its lead's weekday is that day's night; a year after "Class of" names a year group.
The last seven tests are rv32's regression rows (right on main, lost by kl6's first rules), kept right by kl6m's
narrowing of each rule to the structure it was meant for.

Each row: the published date, the text, the dates the engine must give (date or date/end), in order. The sentences
are written for the tests, not taken from articles; rows marked "stay" are near forms that keep their dates (the
probes' "-stay" rows: bench/rule_probes.py --s37-kl6).
"""
import datetime as dt

from dated import dated_test

K6W = dt.date(2026, 2, 11)  # a Wednesday: Sat 7, Sun 8, Mon 9, Tue 10 behind; Thu 12, Fri 13, Sat 14 ahead
K6R = dt.date(2001, 9, 14)  # a Friday: the day a reprinted story first ran


test_links_under_a_links_heading_date_nothing = dated_test([
    (K6W, "Lawmakers passed the budget on Tuesday.\n\nSee also:\n • Senate Stalls on Budget (Jan. 20, 2026)\n"
          " • Governor Vetoes Tax Plan (Dec. 3, 2025)", ["2026-02-10"]),
    (K6W, "Lawmakers passed the budget on Tuesday.\n\nREAD MORE\n- Senate stalls on budget in January",
     ["2026-02-10"]),
    (K6W, "The school board met on Monday.\n\nYou might also like:\n1. Teacher strike ends on Jan. 30\n"
          "2. New principal named", ["2026-02-09"]),
    (K6W, "More on this topic\n● Flood warning lifted on Feb. 2\n\nThe river crested on Monday.", ["2026-02-09"]),
    (K6W, "Most Read\n1) Storm closes schools Monday\n2) Mayor quits", []),
    # stay: a list under a heading of the story's own, a heading's words in prose, numbered steps with no heading
    (K6W, "Lawmakers passed the budget on Tuesday.\n\nWhat happened next:\n • The Senate voted on Jan. 20.\n"
          " • The governor signed it on Feb. 2.", ["2026-02-10", "2026-01-20", "2026-02-02"]),
    (K6W, "See also the budget office's report, released on Monday.", ["2026-02-09"]),
    (K6W, "Steps taken:\n1. The council voted on Monday.\n2. The mayor signed it on Tuesday.",
     ["2026-02-09", "2026-02-10"]),
])

test_a_programme_named_today_is_no_day = dated_test([
    (K6W, "The governor said on NBC's ``Today'' show on Tuesday that she would sign the bill.", ["2026-02-10"]),
    (K6W, 'The author told the "Today" show on Monday that he would tour Europe.', ["2026-02-09"]),
    (K6W, "She told the ``Nightline'' program on Monday that she would resign.", ["2026-02-09"]),
    # stay: a name with no quotes, "today" the day, a quoted term before a verb of its own
    (K6W, "The Today co-host said Tuesday that she would return.", ["2026-02-10"]),
    (K6W, "Today the council voted on the show's permit.", ["2026-02-11"]),
    (K6W, "The mayor said the show would go on today.", ["2026-02-11"]),
    (K6W, 'The "deal" expires on Friday.', ["2026-02-13"]),
])

test_a_fronted_despite_phrase_ends_at_its_comma = dated_test([
    (K6W, "Despite fears that the bridge would collapse, drivers and cyclists Monday kept using it.", ["2026-02-09"]),
    (K6W, "Amid fears that fares would rise, commuters and students Tuesday protested at the station.",
     ["2026-02-10"]),
    (K6W, "Fearing the talks would fail, teachers and parents Tuesday rallied at City Hall.", ["2026-02-10"]),
    (K6W, "In spite of warnings that the ice would crack, skaters and anglers Monday went out on the lake.",
     ["2026-02-09"]),
    # stay: no verb in the phrase, a future main clause, a list of -ing nouns
    (K6W, "Despite the warnings, drivers and cyclists will use the bridge on Friday.", ["2026-02-13"]),
    (K6W, "Despite fears that the bridge would collapse, officials will reopen it on Friday.", ["2026-02-13"]),
    (K6W, "Running, cycling and swimming events will be held on Saturday.", ["2026-02-14"]),
])

test_a_reprint_note_in_other_wordings = dated_test([
    (K6R, "Throwback Thursday: 40 years ago, the dam was finished\n\nThis story first ran on Sept. 14, 2001.",
     ["2001"]),
    (K6R, "From the archives: 15 years ago, fire gutted the mill\n\nThis story ran on Sept. 14, 2001.", ["2001"]),
    (K6R, "From our archives: Ten years ago today, the mill burned\n\nThis article was originally published on "
          "14 September 2001.", ["2001-09-14"]),
    (K6R, "Flashback Friday: 20 years ago, the mill burned\n\nThis story was originally published in the Evening "
          "Tribune on Sept. 14, 2001.", ["2001"]),
    # stay: a note under the story's own headline (the count from the note's day), the note's line no date
    (K6R, "Mill owner recalls the fire\n\nThe mill burned 20 years ago.\n\nThis story first ran on Sept. 14, 2001.",
     ["1981"]),
    (K6R, "Ten years ago, the dam broke.\n\nThis story was originally published on Sept. 14, 2001.", ["1991"]),
])

test_tonight_opening_its_clause_is_the_lead_days = dated_test([
    (K6W, "WASHINGTON -- The Senate Tuesday approved the nominee.\n\nTonight, the president thanked senators at a "
          "dinner.", ["2026-02-10", "2026-02-10"]),
    (K6W, "The council Tuesday adopted the budget.\n\nThe mayor, speaking tonight at a rally, praised the vote.",
     ["2026-02-10", "2026-02-10"]),
    (K6W, "The council Tuesday adopted the budget.\n\nTonight the mayor signed it.", ["2026-02-10", "2026-02-10"]),
    # stay: a night ahead, a present, a lead told by "yesterday" (the story written on the paper's day)
    (K6W, "The council Tuesday adopted the budget.\n\nTonight, the mayor will sign it.", ["2026-02-10", "2026-02-11"]),
    (K6W, "The council Tuesday adopted the budget.\n\nTonight the mayor signs it.", ["2026-02-10", "2026-02-11"]),
    (K6W, "The council adopted the budget yesterday.\n\nTonight, the mayor signed it.", ["2026-02-10", "2026-02-11"]),
])

test_a_class_of_year_is_a_name = dated_test([
    (K6W, "The Class of 2030 is the largest in the district's history.", []),
    (K6W, "Members of the class of 1976 gathered on Saturday for a reunion.", ["2026-02-07"]),
    (K6W, "The Class of 2026 will graduate on June 12.", ["2026-06-12"]),
    (K6W, "A member of the Class of '85, she returned on Monday to teach.", ["2026-02-09"]),
    # stay: a graduation's only date, a class founded, "first-class"
    (K6W, "He graduated with the class of 1990.", ["1990"]),
    (K6W, "The class was founded in 2019.", ["2019"]),
    (K6W, "The first-class stamp rose in price in 2019.", ["2019"]),
])


# Near neighbours from rv32's review of kl6 (rows right on main that kl6's first rules lost; kl6m narrowed
# each rule to its structure).
K6M = dt.date(2024, 5, 15)  # a Wednesday: Mon 13, Tue 14 behind; Fri 17, Mon 20 ahead
K6MR = dt.date(2001, 9, 14)  # a Friday
K6M_LEAD = "WASHINGTON -- The council Tuesday adopted the budget by a 5-2 vote.\n\n"

# a show's day in a title-case headline (no quotes, no broadcaster's possessive)
test_today_in_a_title_case_headline_after_show_stays_a_day = dated_test([
    (K6M, 'Craft Fair And Car Show Today At Fairgrounds',
     ['2024-05-15']),
    (K6M, 'Air Show Today Draws Thousands To Airfield',
     ['2024-05-15']),
    (K6M, 'Talent Show Today Raises Money For Hospital',
     ['2024-05-15']),
    (K6M, 'Mayor Hosts Town Hall Today Broadcast Live On Channel 5',
     ['2024-05-15']),
    (K6M, 'Summer Reading Program Today At Library',
     ['2024-05-15']),
])

# a quoted term then a conjunction: the words after it open a clause of their own
test_a_conjunction_after_a_quoted_term_opens_a_clause = dated_test([
    (K6M, 'The union has called the offer "an insult" and on Friday will strike.',
     ['2024-05-17']),
    (K6M, 'Officials had dubbed the plan "Operation Clean" but crews Friday will begin the work.',
     ['2024-05-17']),
])

# a gerund or a name ending in -ing with its verb right after it is the clause's subject
test_a_subject_ending_in_ing_before_a_list_is_no_participle = dated_test([
    (K6M, 'Voting will take place in Kent, Essex and Surrey on Monday.',
     ['2024-05-20']),
    (K6M, 'Filming will resume in London, Paris and Rome on Monday.',
     ['2024-05-20']),
    (K6M, 'Testing will be offered to pupils, parents and staff on Monday.',
     ['2024-05-20']),
    (K6M, 'Beijing will host Seoul, Tokyo and Manila on Monday.',
     ['2024-05-20']),
    (K6M, 'Reading will play Luton, Derby and Hull on Monday.',
     ['2024-05-20']),
    (K6M, 'Boeing will deliver jets to Delta, United and American on Monday.',
     ['2024-05-20']),
    (K6M, 'Spring planting will start in Iowa, Kansas and Nebraska on Monday.',
     ['2024-05-20']),
    (K6M, 'Everything will be on sale in Leeds, York and Hull on Monday.',
     ['2024-05-20']),
    (K6M, 'Polling will be held in Kent, Essex and Surrey on Monday.',
     ['2024-05-20']),
    (K6M, 'Nothing will stop the miners, the dockers and the drivers on Monday.',
     ['2024-05-20']),
    (K6M, 'Flooding will hit Leeds, York and Hull on Monday, forecasters said.',
     ['2024-05-20']),
    # (the -ing word's verb three or more words on: no main verb after the comma, or a preposition after the -ing)
    (K6M, "Testing of pupils will be offered in Leeds, York and Hull on Monday.", ["2024-05-20"]),
    (K6M, "Flooding from the storm will hit Leeds, York and Hull on Monday.", ["2024-05-20"]),
    (K6M, "Building work on the bridge will disrupt buses, trams and trains on Monday.", ["2024-05-20"]),
    (K6M, "Evening classes at the college will resume in Leeds, York and Hull on Monday.", ["2024-05-20"]),
    (K6M, "Beijing and Seoul will host Tokyo, Manila and Hanoi on Monday.", ["2024-05-20"]),
    (K6M, "Voting in the by-election will take place in Kent, Essex and Surrey on Monday.", ["2024-05-20"]),
    # (a participle's phrase before a list that its main verb follows is still one)
    (K6M, "Fearing the bridge would fall, drivers and cyclists on Tuesday stayed away.", ["2024-05-14"]),
])

# the year of a class that graduated, beside other dates or a yearless month
test_a_class_year_beside_a_graduation_gone_by_stays = dated_test([
    (K6M, 'She graduated with the class of 1998 in June.',
     ['1998-06']),
    (K6M, 'He graduated from Lincoln High School with the class of 1955 and joined the Army in 1956.',
     ['1955', '1956']),
    (K6M, 'She was valedictorian of the Class of 1972 and married John Smith in 1975.',
     ['1972', '1975']),
    (K6M, 'Smith, who graduated with the class of 1988, died on Monday.',
     ['1988', '2024-05-13']),
])

# 'this story ran' with no full date after it is no reprint note
test_a_story_that_ran_on_a_weekday_is_a_happening = dated_test([
    (K6MR, 'Media notes\n\nThis story ran in 40 papers on Monday and drew hundreds of letters.',
     ['2001-09-10']),
])

# a 'tonight' whose main verb is future or present, after a relative clause or an aside
test_tonight_before_a_verb_still_ahead_stays_tonight = dated_test([
    (K6M, K6M_LEAD + 'Tonight, the mayor, who vetoed the last plan, will sign it.',
     ['2024-05-14', '2024-05-15']),
    (K6M, K6M_LEAD + 'Tonight, fans who waited for hours will see the band.',
     ['2024-05-14', '2024-05-15']),
    (K6M, K6M_LEAD + 'Tonight, as expected, the mayor will sign it.',
     ['2024-05-14', '2024-05-15']),
    (K6M, K6M_LEAD + 'Tonight, residents who opposed the plan will meet at City Hall.',
     ['2024-05-14', '2024-05-15']),
    (K6M, K6M_LEAD + 'Tonight the mayor, pleased with the vote, heads to Albany.',
     ['2024-05-14', '2024-05-15']),
    (K6M, K6M_LEAD + 'Tonight the bill, passed 5-2, will go to the governor.',
     ['2024-05-14', '2024-05-15']),
])

# a bare 'More' or 'Recommended' over the story's own bullet is no links heading
test_a_bare_more_or_recommended_heading_keeps_its_list = dated_test([
    (K6M, 'Storm hits coast\n\nThe storm made landfall on Tuesday.\n\nMore\n- Schools will reopen on Friday.',
     ['2024-05-14', '2024-05-17']),
    (K6M, "Officials issued a heat warning on Tuesday.\n\nRecommended:\n- Stay indoors until Friday.",
     ["2024-05-14", "2024-05-17"]),
])
