"""Which week a bare weekday falls in (session 40, wk10; issue 12): a passive bidding's infinitive, a
deliberation over a doing, and a state that "continues to be". Each with the neighbours the rules must leave
alone.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2014, 10, 27)  # Tue 28, Wed 29 ahead | Sat 25, Sun 26 gone; Tue 21, Wed 22 a week back
MON2 = dt.date(2022, 8, 8)  # Tue 9, Wed 10 ahead | Tue 2, Wed 3 a week back
SAT = dt.date(2013, 8, 10)  # Tue 6 four days back, Tue 13 three ahead
TUE = dt.date(2014, 8, 12)  # Mon 11 yesterday, Mon 18 ahead | Thu 14 ahead, Thu 7 back


# A passive bidding and its infinitive, the day closing the infinitive with no past between ("were told to
# prepare to evacuate as early as Tuesday"): the bidden doing's day, set after the bidding, a plan told in the
# past: the coming such day when it lies one or two days ahead (as a tenseless clause's).
test_a_passive_biddings_infinitive_day_is_the_nearest_one = dated_test([
    (MON, "Those families were told to prepare to evacuate as early as Tuesday.", ["2014-10-28"]),
    (MON, "Those families were told to prepare to evacuate as early as Tuesday, officials said.", ["2014-10-28"]),
    (MON, "Residents have been warned to stay away from the river Wednesday.", ["2014-10-29"]),
    (MON, "Residents told to prepare to evacuate Tuesday", ["2014-10-28"]),  # a headline's passive, no "be"
    # ... not an active bidding (its day the bidding's as often), nor a day with a past between or after it, nor
    # the bidding's own day, nor a day at most three days back
    (MON, "A judge ordered the man to pay a fine Tuesday.", ["2014-10-21"]),
    (MON, "Residents were told to evacuate, and the town emptied Tuesday.", ["2014-10-21"]),
    (MON, "Residents were told to evacuate Tuesday, and most had left by nightfall.", ["2014-10-21"]),
    # ... nor a bidding that only tells who the subject were, the main clause's past after the day (rv-probes of
    # session 19 that wk10's first form lost)
    (MON, "Staff who were told to return Tuesday found the doors locked.", ["2014-10-21"]),
    (MON, "The soldiers, ordered to report Tuesday, never showed up.", ["2014-10-21"]),
    (MON, "Tenants who had been warned to leave Wednesday stayed put.", ["2014-10-22"]),
    (MON, "Residents were told on Saturday to evacuate.", ["2014-10-25"]),
    (MON, "Staff were asked to report to work Saturday.", ["2014-10-25"]),
    (MON, "The champions were invited to the palace on Tuesday.", ["2014-10-21"]),
    # ... nor a day further ahead: a bidding told with its own day closes the sentence as often
    (SAT, "Staff at the consulate were ordered to leave the city on Tuesday because of the threat.", ["2013-08-06"]),
    # ... nor a bidding told in the plain past with no limit on the day: the day the bidden did it as often (rv36)
    (MON, "Voters were asked to choose a new mayor Tuesday.", ["2014-10-21"]),
    (MON, "Crowds were allowed to gather Tuesday for the first time since the ban.", ["2014-10-21"]),
    # ... but a limit set on the day puts it ahead of the bidding
    (MON, "Residents were told to leave their homes by Tuesday.", ["2014-10-28"]),
])


# A deliberation under way over a doing ("considers hoisting", "weighs closing"), in a line with no tense: the
# doing is still to come, a day one or two ahead the coming one.
test_a_deliberation_over_a_doing_sets_its_day_ahead = dated_test([
    (MON2, "HKO considers hoisting typhoon signal no. 1 on Tuesday", ["2022-08-09"]),
    (MON2, "Council weighs closing the bridge on Wednesday", ["2022-08-10"]),
    # ... not one told in the past, nor a considering of a thing (no doing)
    (MON2, "HKO considered hoisting the signal on Tuesday.", ["2022-08-02"]),
    (MON2, "A man considers the damage to his home Tuesday.", ["2022-08-02"]),
    # ... nor an -ing word that is the considered thing or in it, not a doing (rv36)
    (MON2, "A trader weighs the remaining stock at the market Tuesday.", ["2022-08-02"]),
    (MON2, "A fishmonger weighs herring at the harbour Tuesday.", ["2022-08-02"]),
    (MON2, "A boy ponders a drawing at the museum Tuesday.", ["2022-08-02"]),
])


# "continue(s) to be": a state still holding, a present (the nearest such day: up to two days back, else the
# coming one), not the future "to be" alone tells; "continued to be" its past.
test_a_state_that_continues_to_be_is_a_present = dated_test([
    (TUE, "The market report for Monday states that prices continue to be high.", ["2014-08-11"]),
    (TUE, "Roads continue to be closed Monday.", ["2014-08-11"]),
    (TUE, "Roads continued to be closed Monday.", ["2014-08-11"]),
    # ... the coming day when the last lies further back, and a "will" keeps its future
    (TUE, "Schools continue to be closed Thursday.", ["2014-08-14"]),
    (TUE, "Schools will continue to be closed Monday.", ["2014-08-18"]),
    (TUE, "The game is to be played Thursday.", ["2014-08-14"]),
])
