"""op67's kinds (realnews-fresh67, American newspaper and news-service copy of 1996-1999, opened as a development set,
session 36): a fronted "with" phrase that holds a verb of its own ("With both sides conceding that the House would pass
the bill, Democrats and Republicans Tuesday ...") ends at its comma, no list's first item, and its "would" says
nothing of the main clause's weekday; a past "later in the day" further on than the frame above reaches is of the one
day the text has told of; a quote ending in "!" or "?" before a name and a saying verb ("''We won!'' Smith declared")
goes on into its attribution in typewriter quotes too; the bulleted lines under a "Related Articles" heading are links
to other stories, no happening; a "tonight" told as gone by ("took to the floor tonight", "said he would raise it at a
dinner tonight") in a paper whose text has told of the day before only is that day's night; a reprint's frame above
its note of first publication ("FROM THE ARCHIVES: 25 years ago, ...", "This story was originally published on April
21, 2000", the page given that day) dates the story's own year; a typewriter quote (``Today the voters have
spoken.'') is a quote, its capitalised "Today" a day; and a typewriter list's "* " is a bullet, the sentence after it.

Each row: the published date, the text, the dates the engine must give (date or date/end), in order. The sentences
are written for the tests, not taken from articles; rows marked "stay" are near forms that keep their dates (the
probes' "-stay" rows: bench/rule_probes.py --s36-op67).
"""
import datetime as dt

from dated import dated_test

from timeline.extraction import extract_events

O67W = dt.date(2025, 6, 11)  # a Wednesday: Mon 9, Tue 10 behind; Thu 12, Fri 13 ahead
O67F = dt.date(2000, 4, 21)  # a Friday: Sun 16 behind


test_a_fronted_with_phrase_ends_at_its_comma = dated_test([
    (O67W, "With both parties conceding that the House would pass the bill, Democrats and Republicans Tuesday each "
           "sought a way to claim credit.", ["2025-06-10"]),
    (O67W, "Without aides admitting that the plan would fail, mayors and governors Monday pressed for more money.",
     ["2025-06-09"]),
    (O67W, "With the union saying it would strike, managers and workers Tuesday resumed talks.", ["2025-06-10"]),
    # stay: a list after a bare "with", a list with no "with", a future main clause
    (O67W, "With Smith, Jones and Brown out injured, the team will play Friday.", ["2025-06-13"]),
    (O67W, "The festival will feature music, dance and food on Friday.", ["2025-06-13"]),
    (O67W, "With both parties conceding that the House would pass the bill, leaders will meet Friday.",
     ["2025-06-13"]),
])

_LATER = ("ATLANTA - A former guard on Tuesday admitted to setting the fires as part of a plea deal.\n\n"
          "His sister, who first went to the police nearly three years ago, sat behind him in the courtroom with "
          "other relatives of the victims and their lawyers and a few reporters.\n\nUnder the agreement:\n\n"
          "- He pleaded guilty to four counts of arson filed against him in two counties. ")

test_a_later_in_the_day_of_the_one_day_told = dated_test([
    (O67W, _LATER + "He returned to court later in the day to sign the terms before the judge.",
     ["2025-06-10", "2022", "2025-06-10"]),
    (O67W, _LATER + "His lawyers met with prosecutors later in the day.", ["2025-06-10", "2022", "2025-06-10"]),
    # stay: a future, or "earlier in the day" (a web story's earlier today)
    (O67W, _LATER + "He will return to court later in the day to sign the terms.",
     ["2025-06-10", "2022", "2025-06-11"]),
    (O67W, _LATER + "He had met his lawyers earlier in the day.", ["2025-06-10", "2022", "2025-06-11"]),
])

test_a_typewriter_quotes_exclamation_goes_on_into_its_attribution = dated_test([
    (O67W, "''We shocked them all!'' Smith declared at a party, comparing the win to the 1980 upset.", ["1980"]),
    (O67W, "``Why now?'' Jones asked on Tuesday.", ["2025-06-10"]),
    # stay: no name and saying verb after the quote
    (O67W, "''We won!'' The team celebrated on Tuesday.", ["2025-06-10"]),
])


def test_a_typewriter_quotes_attribution_is_its_sentence():
    text = "''We shocked them all!'' Smith declared at a party, comparing the win to the 1980 upset."
    (e,) = extract_events(text, published=O67W)
    assert e.sentence.startswith("''We shocked them all!''")


test_related_links_under_their_heading_date_nothing = dated_test([
    (O67W, "Floods hit the city on Monday.\n\nRelated Articles\n  • Floods Hit Texas (May 3, 2025)\n"
           "  • Dam Fails in Oregon (April 2, 2025)\n\nOfficials said Tuesday the water was receding.",
     ["2025-06-09", "2025-06-10"]),
    (O67W, "Floods hit the city on Monday.\n\nRelated Stories:\n* Floods Hit Texas in May\n\n"
           "Officials said Tuesday the water was receding.", ["2025-06-09", "2025-06-10"]),
    # stay: a list of dates under no such heading
    (O67W, "Key dates:\n  • The dam failed on May 3, 2025\n  • Floods hit Texas on May 4, 2025",
     ["2025-05-03", "2025-05-04"]),
])

_LEAD = "WASHINGTON -- Democrats and Republicans Tuesday each sought a way to delay the vote.\n\n"

test_a_tonight_gone_by_in_a_paper_of_the_next_day = dated_test([
    (O67W, _LEAD + "The majority leader took to the floor tonight to calm his members.", ["2025-06-10", "2025-06-10"]),
    (O67W, _LEAD + "Senator Jane Roe said she would raise the matter at a White House dinner tonight.",
     ["2025-06-10", "2025-06-10"]),
    # stay: a night ahead, no day told before, a day told that is not the day before
    (O67W, _LEAD + "The president will speak to the nation tonight.", ["2025-06-10", "2025-06-11"]),
    (O67W, "The majority leader took to the floor tonight to calm his members.", ["2025-06-11"]),
    (O67W, "Democrats and Republicans Monday each sought a way to delay the vote.\n\n"
           "The majority leader took to the floor tonight to calm his members.", ["2025-06-09", "2025-06-11"]),
])

test_a_reprints_frame_dates_the_storys_year = dated_test([
    (O67F, "FROM THE ARCHIVES: 25 years ago, the river rose to a record\n\nThis story was originally published on "
           "April 21, 2000.\n\nResidents fled their homes Sunday.", ["2000", "2000-04-16"]),
    # stay: a count below the note, and a note of another year (the page given its reprint's day)
    (O67F, "FROM THE ARCHIVES: the river rose to a record\n\nThis story was originally published on April 21, "
           "2000.\n\nTen years ago, a smaller flood hit the town.", ["1990"]),
    (dt.date(2025, 4, 21), "FROM THE ARCHIVES: 25 years ago, the river rose to a record\n\nThis story was "
                           "originally published on April 21, 2000.", ["2000"]),
    # stay: the story's own first line, a sentence, over the note; a note at the foot of a story
    (O67F, "Ten years ago, the dam broke too.\n\nThis story was originally published on April 21, 2000.", ["1990"]),
    (O67F, "The dam broke in the night.\n\nTen years ago, the dam broke too, and the town was flooded.\n\nThis story "
           "was originally published on April 21, 2000.", ["1990"]),
])

test_a_typewriter_quotes_today = dated_test([
    (O67W, "Smith won the runoff Tuesday.\n\n``We fought hard,'' Smith said in a speech to supporters. ``Today the "
           "voters have spoken. They want change.''", ["2025-06-10", "2025-06-10"]),
    (O67W, "Smith won the runoff Tuesday.\n\n``Today the voters have spoken,'' Smith said.",
     ["2025-06-10", "2025-06-10"]),
    # the paper's today when no day is told before (main read the capitalised word after `` as a name: nothing)
    (O67W, "``Today we begin the work,'' the mayor said.", ["2025-06-11"]),
])


def test_a_typewriter_lists_asterisk_is_a_bullet():
    text = "Under the deal:\n\n* The firm dropped its appeal filed in April 2024.\n*Denotes a filing of May 2024."
    first, second = extract_events(text, published=O67W)
    assert first.sentence.startswith("The firm dropped")
    assert second.sentence.startswith("*Denotes")


# op67m: the traps rv31 found (session 36 review), kept as main reads them, and the kinds' forms that stay op67's.
test_a_typewriter_quoted_title_is_no_day = dated_test([
    # stay: a title in typewriter quotes, its day word alone or in a Title-Case run (main's reading)
    (O67W, "The orchestra ended with ``Yesterday'' on Monday.", ["2025-06-09"]),
    (O67W, "Her film ``Tomorrow's Harvest'' opened on Friday.", ["2025-06-06"]),
    (O67W, "He read from ``Tonight at Noon'' at the library on Tuesday.", ["2025-06-10"]),
    (O67W, "The program, known as ``Today in History,'' ended on Monday.", ["2025-06-09"]),
    # a quote's own first word, the quote running on after the saying that breaks it
    (O67W, "``Today,'' the mayor said, ``is a day for the city.''", ["2025-06-11"]),
    # stay: a title broken by a saying inside a sentence
    (O67W, "The band's ``Tomorrow,'' he said, ``is the song I sing most,'' and he played it on Monday.",
     ["2025-06-09"]),
])

_FILL = ("Witnesses described a busy junction where buses, vans and bicycles compete for space, and residents said "
         "they had asked the council many times for a crossing, lower speed limits and better lighting, but that "
         "nothing had been done, and several of them left flowers and cards at the corner through the afternoon and "
         "into the evening.\n\n")

test_a_tonight_under_a_lead_of_yesterday_is_the_papers = dated_test([
    # stay: a lead told by "yesterday" or "last night" was written on the paper's day; a night set for a thing
    (O67W, "Firefighters contained the blaze yesterday.\n\nThe mayor said she would tour the area tonight.",
     ["2025-06-10", "2025-06-11"]),
    (O67W, "Firefighters contained the blaze late last night.\n\nThe mayor said she would tour the area tonight.",
     ["2025-06-10", "2025-06-11"]),
    (O67W, "The Senate Tuesday passed the bill.\n\nThe signing was postponed until tonight.",
     ["2025-06-10", "2025-06-11"]),
    (O67W, "The Senate Tuesday delayed the vote.\n\nIt was moved to 8 p.m. tonight.", ["2025-06-10", "2025-06-11"]),
    (O67W, _LEAD + "The final vote was put off until 11 tonight.", ["2025-06-10", "2025-06-11"]),
    # a tally's "to" is no time set: the vote's night is the lead's
    (O67W, _LEAD + "The Senate voted 60 to 38 tonight to pass the bill.", ["2025-06-10", "2025-06-10"]),
])

test_a_later_in_the_day_after_a_background_day = dated_test([
    # stay: the lead's weekday in a participle's or a relative's phrase, a background day, not the news's
    (O67W, "A driver accused of hitting a cyclist on Monday appeared in court.\n\n" + _FILL +
     "He was released on bail later in the day.", ["2025-06-09", "2025-06-11"]),
    (O67W, "A bridge that collapsed on Sunday will be rebuilt, officials said.\n\n" + _FILL +
     "Engineers inspected the site later in the day.", ["2025-06-08", "2025-06-11"]),
    (O67W, "After a gas leak on Monday, the council closed the school.\n\n" + _FILL +
     "Parents met the head teacher later in the day.", ["2025-06-09", "2025-06-11"]),
    # a fronted "On Monday," is the main clause's day
    (O67W, "On Monday, the minister named a new cabinet.\n\n" + _FILL + "She met the president later in the day.",
     ["2025-06-09", "2025-06-09"]),
    # a lead's "yesterday" on its main verb is the news's day
    (O67W, "The council yesterday approved the budget.\n\n" + _FILL + "The mayor signed it later in the day.",
     ["2025-06-10", "2025-06-10"]),
])

test_a_reprints_frame_needs_its_label = dated_test([
    # stay: the first story's own headline over the note counts from its day
    (O67F, "Boy who vanished 12 years ago is found\n\nThis story was originally published on April 21, 2000.",
     ["1988"]),
    (O67F, "Mill that closed 40 years ago to reopen\n\nThis article was originally published on April 21, 2000.\n\n"
           "Workers returned Sunday.", ["1960", "2000-04-16"]),
    # stay: a label's word opening the first story's own headline, a free word after it before the colon
    (O67F, "Throwback fashion: styles of 20 years ago return\n\nThis story was originally published on April 21, "
           "2000.", ["1980"]),
    (O67F, "Archive blaze: papers from 60 years ago destroyed\n\nThis story was originally published on April 21, "
           "2000.", ["1940"]),
    # a label of its own line over the frame
    (O67F, "Looking back: 30 years ago, the mill burned\n\nThis story was originally published on April 21, 2000.",
     ["2000"]),
    (O67F, "FROM THE ARCHIVES\n30 years ago, the mill burned\n\nThis story was originally published on April 21, 2000.",
     ["2000"]),
    (O67F, "FROM THE ARCHIVES\n\n30 years ago, the mill burned\n\nThis story was originally published on April 21, "
           "2000.", ["2000"]),
    (O67F, "Throwback Thursday: 30 years ago, the mill burned\n\nThis story was originally published on April 21, "
           "2000.", ["2000"]),
])
