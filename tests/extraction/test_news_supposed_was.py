"""A supposing with the colloquial "was" that opens its sentence ("If the election was held on Sunday,
the party would win ..."): the holding is supposed, its day no date, as with "were". Near neighbours:
the same "if ... was" after a saying or a main clause may be a reported "is", and a real outcome
after it ("..., it was a home win") tells a happening. Sentences written for the test."""
import datetime as dt

from dated import dated_test

W = dt.date(2026, 11, 18)  # a Wednesday

test_a_colloquial_supposing_opening_the_sentence_dates_nothing = dated_test([
    ("If the referendum was held on Sunday, the measure would pass easily.", []),
    ("If the vote was held in March, turnout could be low.", []),
    ("If the final was played on Saturday, the stadium might be half empty.", []),
], W)

test_a_reported_or_real_if_was_stays_dated = dated_test([
    ("The coach said he would rest players if the game was played on Friday.", ["2026-11-13"]),
    ("If the game was played on Saturday, it was a home win.", ["2026-11-14"]),
], W)


# The inverted supposing without "to take place": "Were the election held on Sunday, ... would", "Were the
# match to be played in January, ... could"; a question with no modal after it stays dated.
test_an_inverted_supposed_holding_dates_nothing = dated_test([
    ("Were the referendum held on Sunday, the measure would fail.", []),
    ("Were the final to be played in January, the pitch could freeze.", []),
], W)

test_an_inverted_question_or_a_real_outcome_stays_dated = dated_test([
    ("Were the ballots counted on Sunday? Officials did not say.", ["2026-11-15"]),
    ("Were it not for Sunday's storm, the match would have been played.", ["2026-11-15"]),
], W)
