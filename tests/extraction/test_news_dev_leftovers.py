"""Kinds of error left on the development sets (session 34, dv1), each pinned on sentences written for the test:

- "the past year" with a present perfect whose participle follows an "-ly" adverb ("has steadily climbed in the
  past year") is the trailing twelve months, no calendar year, as "have climbed in the past year" already was;
- a second day of a month after "and", or the last of a list, followed by "respectively" ("on Oct. 5 and 19
  respectively") is a day of its own, as it is before a full stop;
- "the day after" / "the day before" followed by an infinitive of purpose ("was sent the day after to mop up") has no
  object of its own: it counts from the day told before it, as "the day after." does;
- a "which" clause in the present progressive after the paper's day (or the day before it: "confirmed Tuesday by
  forecasters, which are surveying the damage a day after the storm struck" in a Tuesday or Wednesday paper), or
  ", which comes" right after the sentence's day, is that day's happening: the count runs from it (a past "which
  reviewed the case two days after the crash" and a "who died two days after" still do not);
- "comes N days ahead of <something>" is "comes N days before" it; "ahead of" after anything but "come(s)/came" is
  still no count ("two weeks ahead of schedule");
- after "a.m."/"p.m.", a capitalised subject and a modal ("5 p.m. Voters must ...") open a new sentence, as a subject
  and "is"/"will"/"said" already did; a weekday or a holiday after the clock stays in its sentence.
"""
import datetime as dt

from dated import dated_test

from timeline.extraction.sentences import split_sentences

W = dt.date(2025, 9, 17)  # a Wednesday

test_a_perfect_with_an_adverb_makes_the_past_year_a_trailing_stretch = dated_test([
    ("Rents have steadily climbed in the past year.", []),
    ("The mayor has quietly courted donors in the past year.", []),
    ("Ticket sales have sharply fallen in the past year, the club said.", []),
], W)

test_the_past_year_without_a_perfect_stays_last_year = dated_test([
    ("The mayor quietly courted donors in the past year.", ["2024"]),
    ("Sales in Italy rose sharply in the past year.", ["2024"]),
    # (an "-ly" word after another clause's "has" is no perfect of the mention's clause)
    ("The company, which has publicly traded shares, posted a loss in the past year.", ["2024"]),
], W)

test_a_day_pair_before_respectively_gives_both_days = dated_test([
    ("The two rounds are set for Oct. 5 and 19 respectively.", ["2025-10-05", "2025-10-19"]),
    ("The heats were swum on Sept. 3 and 4 respectively.", ["2025-09-03", "2025-09-04"]),
    ("The votes fell on Oct. 5, 12 and 19 respectively in the three regions.",
     ["2024-10-05", "2024-10-12", "2024-10-19"]),
], W)

test_a_day_pair_that_is_a_count_stays_one_day = dated_test([
    ("On March 5 and 12 stores closed.", ["2025-03-05"]),
    ("As of June 1, 12 and 15 respectively had been counted in the two towns.", ["2025-06-01"]),
    ("The semifinals were played on Sept. 3 and 4, respectively.", ["2025-09-03", "2025-09-04"]),
], W)

test_the_day_after_before_an_infinitive_counts_from_the_day_told = dated_test([
    ("The fire was contained on Sept. 8 and a second crew was sent the day after to mop up.",
     ["2025-09-08", "2025-09-09"]),
    ("Voters went to the polls on Sept. 14, and officials had met the day before to prepare.",
     ["2025-09-14", "2025-09-13"]),
], W)

test_the_day_after_with_an_object_or_a_phrase_stays_as_it_was = dated_test([
    ("He left on Sept. 8 and returned the day after the storm.", ["2025-09-08"]),
    ("She arrived on Sept. 8 and flew home the day after to the minute.", ["2025-09-08"]),
], W)

test_a_present_which_clause_counts_from_the_sentences_day = dated_test([
    ("The first tornado was confirmed Tuesday by forecasters, which are surveying the damage a day after the storm "
     "struck.", ["2025-09-16", "2025-09-15"]),
    ("The union ratified the deal on Monday, which comes three days after the strike ended.",
     ["2025-09-15", "2025-09-12"]),
], W)

test_another_relative_clause_keeps_its_count_undated = dated_test([
    # (a present progressive is the page's now: of the day named only when that is the paper's day or the day before)
    ("The bill passed on Monday with support from the party, which is celebrating its win two days after the vote.",
     ["2025-09-15"]),
    ("The deal was ratified on Monday by the union, which comes three days after the strike ended.", ["2025-09-15"]),
    ("Police described the Sept. 2 shooting of a man who died two days after he was found.", ["2025-09-02"]),
    ("The Sept. 2 report of the agency, which reviewed the case two days after the crash, was published.",
     ["2025-09-02"]),
], W)

test_comes_ahead_of_counts_as_comes_before = dated_test([
    ("The minister's visit comes two days ahead of the summit.", ["2025-09-19"]),
    ("Notably, the vote comes a week ahead of the budget deadline.", ["2025-09-24"]),
], W)

test_ahead_of_without_comes_is_no_count = dated_test([
    ("The plant opened on Monday, two weeks ahead of schedule.", ["2025-09-15"]),
    ("The runner finished two days ahead of the field.", []),
], W)


def _sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_clock_time_ends_a_sentence_before_a_subject_and_a_modal():
    text = ("Early voting runs through Friday from 10 a.m. to 5 p.m. Voters must bring an ID on Election Day. "
            "The office opens at 9 a.m. Residents can also vote by mail.")
    assert _sentences(text) == ["Early voting runs through Friday from 10 a.m. to 5 p.m.",
                                "Voters must bring an ID on Election Day.", "The office opens at 9 a.m.",
                                "Residents can also vote by mail."]


def test_a_clock_time_keeps_its_weekday_or_holiday():
    text = ("Doors open at 11 a.m. Thanksgiving Day. The sale ends at 3 p.m. Friday. "
            "The march held at 10 a.m. Saturday could not be stopped. The vote at 9 a.m. Thanksgiving Day may slip.")
    assert _sentences(text) == ["Doors open at 11 a.m. Thanksgiving Day.", "The sale ends at 3 p.m. Friday.",
                                "The march held at 10 a.m. Saturday could not be stopped.",
                                "The vote at 9 a.m. Thanksgiving Day may slip."]
