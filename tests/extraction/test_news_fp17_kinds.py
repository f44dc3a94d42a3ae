"""fp17's kinds (session 33 precision sample: 21 newspaper and wire pages of 1995-2012 that no set holds, in six
domains): a page's numeric stamp after its label glued to a headline ("Quake toll rises to 79,000 (AP) Updated:
2005-10-19 19:32", "... Posted: 10/19/2005 10:05") is no statement, and in hard-wrapped text the lead starts on the
line after it (the headline and its stamp are no part of the lead's sentence); a source cited with its day in
brackets, as digests and monitoring services write them ("... 48 percent each. (Kommersant-daily, June 29)", "(see
Izvestiya, June 20 and Nezavisimaya gazeta, June 27)"), dates the source, no happening, and a citation that opens a
sentence's span before the next sentence is a span of its own; a possessive "tomorrow's" after "of" or "in" ("ahead of
tomorrow's runoff", "on the eve of tomorrow's vote", "in tomorrow's final") is the day's happening, not the age to come
("the people of tomorrow"); "the same/next/following day" right before "in" and an article or a place ("died the same
day in a roadside bomb attack", "was arraigned the next day in Boston") is the day told before, as without "in"
(not "the same day in May", "the next day in the festival").

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

from timeline.extraction import extract_events

JUL = dt.date(2025, 7, 2)  # a Wednesday: Mon 30 June, Tue 1 July gone; Sun 6 July ahead

# Three more lines of hard-wrapped prose (no line over 100 characters, most open-ended).
_WRAPPED = ("said at least 1,200 people were missing and that the toll was likely to\n"
            "rise as rescue teams reached the remote valleys of the north, where roads\n"
            "were cut by landslides and bridges washed away by the swollen rivers.\n")

test_a_numeric_stamp_after_its_label_is_no_statement = dated_test([
    ("Floods cut off 40 villages (Reuters) Posted: 07/01/2025 10:05\nRescuers reached the area on Monday.",
     ["2025-06-30"]),
    ("Quake toll climbs to 9,000 (AP) Updated: 2025-07-02 08:15\nOn Tuesday, the agency said the toll rose.",
     ["2025-07-01"]),
    ("Storm kills 12 in the south (AP) Updated: 2025-07-01 19:32\nOn Monday, the interior minister\n" + _WRAPPED,
     ["2025-06-30"]),
    ("Talks collapse in Geneva (AFP) Published: 2025-07-02 11:40 GMT\nOn Tuesday the envoys walked out of\n"
     "the talks after the rebels refused to sign a deal that would have ended\n"
     "the fighting in the east and opened the roads to the aid convoys that\n"
     "have waited at the border for weeks, the mediators said.\n", ["2025-07-01"]),
    # near neighbours: a stamp on its own line, prose "updated on", a deadline, a date set off by commas
    ("Quake toll climbs\nUpdated: 2025-07-02 08:15\nOn Tuesday, the agency said the toll rose.", ["2025-07-01"]),
    ("The agency said its list was updated on 2025-06-30 after the toll rose.", ["2025-06-30"]),
    ("Comments are due by 2025-07-15, the ministry said.", ["2025-07-15"]),
    ("The report, released 2025-06-27, said the toll rose on Tuesday.", ["2025-06-27", "2025-07-01"]),
], JUL)


def test_the_lead_starts_after_a_headline_ending_with_its_stamp():
    """In hard-wrapped text the line that ends with the page's stamp is the headline's: the lead's sentence
    starts on the next line (the scorer keys a statement by its sentence's first words)."""
    text = "Storm kills 12 in the south (AP) Updated: 2025-07-01 19:32\nOn Monday, the interior minister\n" + _WRAPPED
    events = extract_events(text, published=JUL)
    assert [e.sentence.split()[:3] for e in events] == [["On", "Monday,", "the"]]
    # near neighbour: a wrapped line that ends with a clock in prose continues
    text = ("The ferry left the harbour at dawn and reached the island at 19:32\n"
            "on Monday, the operator said, after the crossing was delayed by fog\n" + _WRAPPED)
    events = extract_events(text, published=JUL)
    assert [e.sentence.split()[:2] for e in events] == [["The", "ferry"]]


test_a_cited_sources_day_is_no_statement = dated_test([
    ("Turnout will decide the runoff, analysts say. (Interfax, June 29)", []),
    ("The party won 40 percent in the first round (see Izvestiya, June 20).", []),
    ("Voters are tired of the war, the paper wrote. (Kommersant-daily, June 29; NTV, June 30)", []),
    ("The ministry denied the report. (ITAR-TASS, 1 July)", []),
    ("The polls were the most accurate (see Le Monde, March 3, 2025 and The Times, March 4, 2025).", []),
    ("The governor promised new elections. (Reuters, June 27) The vote will be held on Sunday.", ["2025-07-06"]),
    # near neighbours: a place's or a fixture's day inside a sentence, a weekday's date in brackets, a day in prose
    ("The summit (Paris, June 29) ended without agreement.", ["2025-06-29"]),
    ("He lost twice (Wimbledon, June 30; Queen's, June 21).", ["2025-06-30", "2025-06-21"]),
    ("The final (Game 7, June 29) drew 20,000 fans.", ["2025-06-29"]),
    ("The vote was held on Sunday (June 29), officials said.", ["2025-06-29"]),
    ("Izvestiya reported on June 20 that the party had won.", ["2025-06-20"]),
    ("The march was set for June 29 (see below).", ["2025-06-29"]),
    ("The vote is set. (Election Day, Nov. 4)", ["2025-11-04"]),
    ("Fans are ready. (Game Day, July 5)", ["2025-07-05"]),
], JUL)


def test_a_citation_opening_a_span_is_a_span_of_its_own():
    """ "... would vote. (Kommersant-daily, June 29) In a poll taken 25-27 June ...": the poll's sentence starts
    after the citation."""
    text = "Turnout is the key, analysts say. (Kommersant-daily, June 29) In a poll taken 25-27 June, most said they would vote."
    events = extract_events(text, published=JUL)
    assert [(e.date.isoformat(), e.sentence.split()[0]) for e in events] == [("2025-06-25", "In"), ("2025-06-27", "In")]


test_a_possessive_tomorrow_after_of_or_in_is_the_day = dated_test([
    ("Polls opened ahead of tomorrow's runoff, officials said.", ["2025-07-03"]),
    ("The media are warning on the eve of tomorrow’s runoff.", ["2025-07-03"]),
    ("He will start in tomorrow's final against Spain.", ["2025-07-03"]),
    ("Police sealed off the route of tomorrow’s march.", ["2025-07-03"]),
    # near neighbours: the age to come, bare or with a possessive before the people and things of it
    ("The jobs of tomorrow need new skills.", []),
    ("The cities of tomorrow will be greener.", []),
    ("Schools must train the leaders of tomorrow's world.", []),
    ("The training of tomorrow's leaders is costly.", []),
    ("In tomorrow’s economy, robots will do more.", []),
], JUL)


MAR = dt.date(2007, 3, 6)  # a Tuesday: Monday 5 March the day before

test_the_same_day_in_a_happening_or_a_place_is_the_day_told = dated_test([
    ("A bomb exploded Monday near their vehicles. Another three soldiers died the same day in a roadside bomb attack.",
     ["2007-03-05", "2007-03-05"]),
    ("The suspect was arrested Monday. He was arraigned the next day in Boston.", ["2007-03-05", "2007-03-06"]),
    ("The talks began on Monday. The following day in Geneva, the envoys met again.", ["2007-03-05", "2007-03-06"]),
    ("The dam broke on Monday. The next day in an interview, the mayor spoke.", ["2007-03-05", "2007-03-06"]),
    # near neighbours: another month's or year's same day, a festival's next day, "in" after another word
    ("The dam broke on Monday. The town was evacuated the same day in March.", ["2007-03-05", "2007-03"]),
    ("The dam broke on Monday. The same day in May, a flood hit.", ["2007-03-05", "2007-05"]),
    ("The dam broke on Monday. The next day in the festival, crowds grew.", ["2007-03-05"]),
    ("The dam broke on Monday. The next day of the festival was cancelled.", ["2007-03-05"]),
], MAR)
