"""kl6's kinds (session 37, from the known limits: probe rows wrong on main): the bulleted or numbered links under a
links heading in other wordings ("See also", "Read more", "More on this story", "You may also like", "Most read") are
other stories, no happening; a programme named "Today" ("NBC's ``Today'' show") is no day and leaves the sentence's
weekday its own clause, as does a short quoted name two verbless words before the date; a fronted "despite"/"amid"
phrase or a participle's, holding a verb of its own, ends at its comma (no list's first item: "Despite fears that the
bridge would collapse, drivers and cyclists Monday ..."); a reprint's note of first publication in other wordings
("This story first ran on ...", "... in the Evening Tribune on 14 September 2001"), its frame's "ago today" and its
label's weekday ("Flashback Friday:"); a "tonight" opening its clause (or after a subject, its past verb after it) in
the paper of the day after its lead's weekday is that day's night; a year after "Class of" names a year group.

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
