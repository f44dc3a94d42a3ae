"""A site's label of a link to another story, on the line with the story's headline ("Also read | ...",
"More from CNN: ...", "You may also like: ...", "Most read: ...", "Trending Now: ...", "ALSO ON NBC NEWS: ...")
is page furniture: the headline after it tells another story's day, no event of this one. Words that open a
sentence of the story ("Also on Monday, ...", "Don't miss the parade on Saturday") keep their dates, and so do a
roundup's items: an outlet is asked for after "also on" / "more from" (in capitals, or by a word such as News,
Reuters, Times), and a capital letter for the headline after the label ("Don't miss: the fireworks start ...").

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 3, 13)

test_link_labels_are_no_events = dated_test([
    ("Also read | Bank shares slide 3 percent on Monday\nThe bank reported a loss on Tuesday.", ["2024-03-12"]),
    ("Also Read: Floods hit the valley in May 2023", []),
    ("More from Reuters: Ferry sinks off the coast on Sunday", []),
    ("You might also like: Rangers beat Celtics 2-1 on Saturday", []),
    ("Most viewed: What we know about Friday's stabbing", []),
    ("Trending Now: Governor quits after Tuesday's vote", []),
    ("ALSO ON SKY NEWS: Train derails near Leeds on Thursday", []),
    ("Read next: Why the 2008 crash still haunts lenders", []),
    ("Editor's picks: Oil slumps Monday as demand falls", []),
    ("Don't miss: Storm batters coast on Sunday", []),
    ("More stories | Fire guts warehouse on Saturday", []),
], published=WED)

test_story_sentences_with_like_words_keep_dates = dated_test([
    ("Also on Monday, the council voted 5-2 to raise fares.", ["2024-03-11"]),
    ("Also on Tuesday: the board approved the budget.", ["2024-03-12"]),
    ("More from the mayor: she said on Monday she would run again.", ["2024-03-11"]),
    ("Trending upward on Monday, shares rose 2 percent.", ["2024-03-11"]),
    ("Don't miss the parade on Saturday, organizers said.", ["2024-03-16"]),
    ("Most residents read the notice on Tuesday.", ["2024-03-12"]),
    ("More stories of the flood emerged on Monday.", ["2024-03-11"]),
    # (rv21: a roundup's or a guide's own items after "Also on <place or date>:" or "Don't miss:" in lower case)
    ("Also on Capitol Hill: the House voted Tuesday to extend the deadline.", ["2024-03-12"]),
    ("Also on March 16: the library's book sale, 9 a.m. to 3 p.m.", ["2024-03-16"]),
    ("ALSO ON FRIDAY: The council meets at noon.", ["2024-03-15"]),
    ("Don't miss: the fireworks show starts at 9 p.m. Saturday.", ["2024-03-16"]),
], published=WED)
