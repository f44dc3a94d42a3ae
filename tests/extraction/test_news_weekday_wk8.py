"""Which week a bare weekday falls in (session 29, wk8): a court's remand or bail names the next
hearing still to come. Each with the neighbours the rule must leave alone.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2024, 6, 6)


# A remand or a bail "to appear" (or to face trial) on a weekday names the next hearing, set at the
# hearing the story reports: the coming such day, even one or two days after the last one (not the
# remand's own day, before the infinitive; an appearance whose outcome the sentence tells is the last one).
test_a_remand_or_bail_to_appear_on_a_weekday_is_the_coming_one = dated_test([
    (THU, "The magistrate remanded the man in custody to appear at the crown court on Tuesday.", ["2024-06-11"]),
    (THU, "She was bailed to appear before magistrates on Wednesday.", ["2024-06-12"]),
    (THU, "He was released on bail to appear at the district court on Tuesday morning.", ["2024-06-11"]),
    (THU, "The teenager was remanded in custody to face trial on Tuesday.", ["2024-06-11"]),
    (THU, "He was bailed to appear at court on Tuesday, police said.", ["2024-06-11"]),
    # ... not the remand's own day, nor an appearance told as gone by
    (THU, "He was remanded in custody on Tuesday.", ["2024-06-04"]),
    (THU, "He appeared in court on Tuesday and was remanded in custody.", ["2024-06-04"]),
    (THU, "He was remanded in custody on Tuesday to appear at the crown court next month.",
     ["2024-06-04", "2024-07"]),
    (THU, "She was bailed to appear in court on Tuesday but failed to attend.", ["2024-06-04"]),
    (THU, "The accused was bailed to appear on Monday but did not turn up.", ["2024-06-03"]),
    (THU, "Both men were remanded in custody to appear at the crown court on Tuesday, where they pleaded "
          "not guilty.", ["2024-06-04"]),
    # ... or whose outcome the next sentence tells in the past (a state now, "denies", leaves it ahead)
    (THU, "The woman was bailed to appear at the county court on Monday. At the hearing, she admitted theft.",
     ["2024-06-03"]),
    (THU, "Two brothers were remanded to appear on Tuesday. They entered pleas of not guilty.", ["2024-06-04"]),
    (THU, "The woman was bailed to appear at the county court on Monday. She denies theft.", ["2024-06-10"]),
])


WED = dt.date(2025, 3, 12)


# A day of doing (a calling, a cancelling, a warning, an announcing, an order signed) and, in the same
# clause, the day of what it set up, named after it: the second comes after the first, the first such day
# (as "decided on Tuesday to strike on Thursday"), never the one before it. Not a happening told with a
# verb of its own, nor one an announcement reports as done.
test_a_day_set_up_on_an_earlier_day_comes_after_it = dated_test([
    (WED, "The union called on Monday for a strike on Thursday.", ["2025-03-10", "2025-03-13"]),
    (WED, "The airline on Monday cancelled all flights on Thursday.", ["2025-03-10", "2025-03-13"]),
    (WED, "Forecasters warned on Monday of heavy snow on Thursday.", ["2025-03-10", "2025-03-13"]),
    (WED, "The ministry announced on Monday the closure of schools on Thursday.", ["2025-03-10", "2025-03-13"]),
    (WED, "Officials warned residents on Monday to prepare for heavy snow on Thursday.",
     ["2025-03-10", "2025-03-13"]),
    (WED, "The president on Monday signed an order to reopen the border on Thursday.",
     ["2025-03-10", "2025-03-13"]),
    (WED, "The league on Monday postponed the final on Tuesday.", ["2025-03-10", "2025-03-11"]),
    # ... not a happening with a verb of its own, nor one reported as done
    (WED, "Police said on Monday that the suspect was arrested on Thursday.", ["2025-03-10", "2025-03-06"]),
    (WED, "The ministry announced on Monday the arrest of a suspect on Thursday.", ["2025-03-10", "2025-03-06"]),
    (WED, "The agency said on Monday it had detected a leak on Thursday.", ["2025-03-10", "2025-03-06"]),
    (WED, "The airline cancelled flights on Monday after a crash on Thursday.", ["2025-03-10", "2025-03-06"]),
    (WED, "Officials warned on Monday of more attacks like the one on Thursday.", ["2025-03-10", "2025-03-06"]),
    # ... nor the noun of a second phrase after the thing set up (its own day, gone by): "calm after protests
    # on Thursday", "debris from the storm on Thursday", "the victims of the shooting on Thursday"
    (WED, "Police called on Monday for calm after protests on Thursday.", ["2025-03-10", "2025-03-06"]),
    (WED, "The mayor called on Monday for inquiries into protests on Thursday.", ["2025-03-10", "2025-03-06"]),
    (WED, "Officials on Monday advised residents to boil water after the main break on Thursday.",
     ["2025-03-10", "2025-03-06"]),
    (WED, "Police on Monday reminded drivers to watch for debris from the storm on Thursday.",
     ["2025-03-10", "2025-03-06"]),
    (WED, "The Senate passed a resolution on Monday to honor the victims of the shooting on Thursday.",
     ["2025-03-10", "2025-03-06"]),
    (WED, "The mayor on Monday declared the opening of the bridge on Thursday a success.",
     ["2025-03-10", "2025-03-06"]),
])


# An answer "No." ends its sentence: the next one (a capitalised word, no number) is a sentence of its own,
# and a weekday in it is dated there, not in the question's sentence. "No." before a number stays the
# abbreviation ("No. 10", "No. Two").
def test_an_answer_no_ends_its_sentence():
    from timeline.extraction import extract_events
    text = ("Will the schools open? We have to say - No. The ministry said on Tuesday that classes "
            "stay closed.")
    (e,) = extract_events(text, published=THU)
    assert e.sentence.startswith("The ministry said on Tuesday") and str(e.date) == "2024-06-04"


def test_no_before_a_number_stays_an_abbreviation():
    from timeline.extraction import extract_events
    for text in ("He was ranked No. 10 on Tuesday by the panel.", "She was the No. Two official on Tuesday."):
        (e,) = extract_events(text, published=THU)
        assert e.sentence == text
