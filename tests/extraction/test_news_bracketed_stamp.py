"""A numeric date alone in square brackets at the end of its line is a page's stamp on a headline or a
list's entry ("River crest moved up a day|[03/24/08]"), no happening (session 26, fresh34). A bracketed
date inside a sentence, or a numeric date with no brackets, is kept.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2009, 5, 12)

test_a_bracketed_numeric_date_ending_a_line_is_a_stamp = dated_test([
    (PUB, "Flood gauge readings climb again|[05/12/09]\nThe river rose overnight.", []),
    (PUB, "School board weighs cuts [05/11/09]\nThe board met late.", []),
    (PUB, "Levee work starts [2009-05-11]\nCrews arrived.", []),
])

test_a_numeric_date_in_a_sentence_is_kept = dated_test([
    (PUB, "The board will meet on [05/19/09] to vote on cuts.\nMore later.", ["2009-05-19"]),
    (PUB, "The board met on 04/29/09 to vote on cuts.", ["2009-04-29"]),
    (PUB, "Levee work started 2009-05-11, crews said.", ["2009-05-11"]),
    # a label's day after a colon, and a day after the page's, are no page's stamp
    (PUB, "Deadline for public comment: [05/29/09]\nWrite to the clerk.", ["2009-05-29"]),
    (PUB, "Board to vote on levee bonds [05/19/09]\nAll are welcome.", ["2009-05-19"]),
])
