"""A quoted "today" belongs to the day the sentence says it was said (issue 12, precision on
real news), not to the publication day. Sentences written for the test, not taken from any
article. Each row: text, the dates the engine must give (publication Thursday 8 June 2023).
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2023, 6, 8)


test_a_quoted_today_is_the_day_it_was_said = dated_test([
    # The day before the quote dates the saying when a verb of saying leads into the quote.
    ('At a news conference on Tuesday, the mayor said, "Today is a sad day for our town."', ["2023-06-06"]),
    ('In a statement Monday, the company said: "Today we announce a new chapter."', ["2023-06-05"]),
    ('On Monday, he told the crowd: "Today we start a new chapter."', ["2023-06-05"]),
    ('Speaking on Tuesday, the minister said: "Today we have signed the deal."', ["2023-06-06"]),
    ('The minister said on Tuesday that "today marks a turning point."', ["2023-06-06"]),
    ('The minister tweeted Tuesday: "Today marks a turning point."', ["2023-06-06"]),
    # ... and the day after it, in a statement or a post.
    ('"Today is historic," Smith said in a statement released Monday.', ["2023-06-05"]),
    ('"Today marks a turning point," the minister wrote on Twitter on Tuesday.', ["2023-06-06"]),
    # ... or after the words that say who said it where.
    ('"Today is a sad day," he told reporters at a news conference on Tuesday.', ["2023-06-06"]),
    ('"Today is a sad day," the mayor said during a press briefing Tuesday.', ["2023-06-06"]),
    ('"Today is a sad day," said the mayor on Tuesday.', ["2023-06-06"]),
    # Not a day of another clause after the attribution.
    ('"Today is a sad day," he said, adding that the vote on Tuesday was rigged.', ["2023-06-08", "2023-06-06"]),
    # Unchanged: a quote with no day of its saying is the publication day's; a day ahead
    # or set apart by a semicolon says nothing of when the quote was said.
    ('"Today is the day," she said.', ["2023-06-08"]),
    ('The council meets on Friday, and the mayor said: "Today we prepare."', ["2023-06-09", "2023-06-08"]),
    ('The strike began on Monday; the union said: "Today we stand firm."', ["2023-06-05", "2023-06-08"]),
    # ... nor is a day of a noun ("Monday's vote") or of a relative clause ("who was elected on
    # Monday") before the verb of saying: it dates what they name, not the saying.
    ('Asked about Monday\'s vote, Smith said: "Today we have to move on."', ["2023-06-05", "2023-06-08"]),
    ('Smith, who was elected on Monday, told reporters: "Today I start work."', ["2023-06-05", "2023-06-08"]),
    ('The union, which walked out on Tuesday, said: "Today we stand firm."', ["2023-06-06", "2023-06-08"]),
], published=THU)


SUN = dt.date(2023, 6, 11)
_LEAD = "Fire crews had the blaze almost fully contained Saturday after it forced hundreds to leave their homes.\n\n"


test_a_quote_in_a_story_of_the_day_before_is_that_days = dated_test([
    # A lead dated the day before publication (a Saturday story in Sunday's paper): a quote
    # further on with no day of its own was said that day.
    (_LEAD + '"We made good progress overnight and hope to do the same today," a spokesman said.',
     ["2023-06-10", "2023-06-10"]),
    (_LEAD + '"Today we start letting people back in," the fire chief told reporters.', ["2023-06-10", "2023-06-10"]),
    # Unchanged: today outside a quote is the paper's; a lead dated further back, or on the
    # publication day, says nothing of when the quote was said.
    (_LEAD + "Residents will be allowed back today, officials said.", ["2023-06-10", "2023-06-11"]),
    ("On Thursday, fire crews had the blaze almost contained.\n\n"
     '"We hope to do the same today," a spokesman said.', ["2023-06-08", "2023-06-11"]),
    ("On Sunday, fire crews had the blaze almost contained.\n\n"
     '"We hope to do the same today," a spokesman said.', ["2023-06-11", "2023-06-11"]),
], published=SUN)


test_a_quote_of_the_speaker_just_dated_is_that_days = dated_test([
    # The sentence before dated what the speaker did; the quote after it, attributed to the
    # same person by name, was said that day.
    ('On Tuesday, Smith announced her retirement. "Today is my last day," Smith said.',
     ["2023-06-06", "2023-06-06"]),
    ('Smith lost the vote on Monday. At a news conference the next day, Smith conceded. '
     '"I decided to concede today," said Jane Smith.', ["2023-06-05", "2023-06-06", "2023-06-06"]),
    # Another speaker, or a pronoun: the text does not say when it was said.
    ('On Tuesday, Smith announced her retirement. "Today is a sad day," Jones said.', ["2023-06-06", "2023-06-08"]),
    ('On Tuesday, Smith announced her retirement. "Today is a sad day," she said.', ["2023-06-06", "2023-06-08"]),
], published=THU)


# "this morning", "this afternoon" in a quote said on a day the text gives count from that day,
# as "today" does.
test_this_morning_in_a_quote_counts_from_its_saying = dated_test([
    (dt.date(2023, 10, 16), '"We are done," Miller said Friday. "This morning, I spoke with him."',
     ["2023-10-13", "2023-10-13"]),
    (dt.date(2023, 10, 16), 'The fire was almost contained Sunday. Crews worked through the night. '
     '"We hope to have it out this afternoon," a spokesman said.', ["2023-10-15", "2023-10-15"]),
])


SAT22 = dt.date(2022, 5, 28)


test_a_quotation_going_on_counts_from_the_day_it_was_said = dated_test([
    # A quotation that goes on after "… said Friday." counts its "today" from that day.
    (SAT22, '"I hoped for another outcome," Miller said Friday. "Earlier today, I called the winner."',
     ["2022-05-27", "2022-05-27"]),
    (SAT22, '"We lost," the coach said Thursday. "Today we rest."', ["2022-05-26", "2022-05-26"]),
    # Not when the day is the publication day, nor when the sentence is no quotation.
    (SAT22, '"We lost," the coach said Saturday. "Today we rest."', ["2022-05-28", "2022-05-28"]),
    (SAT22, 'The coach spoke Friday. The team trains today.', ["2022-05-27", "2022-05-28"]),
])
