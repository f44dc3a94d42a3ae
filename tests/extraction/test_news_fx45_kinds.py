"""fx45's kinds (realnews-fresh45 opened as a development set): a plural "the following days" is a stretch, no
day; a month right after a kinship word is the relative's given name; a holiday "in <year>" is that year's day; a
"with" phrase's participle "by" a day, before a past main clause, is reached, not a deadline ahead; a dateline whose
place is in title case, with its date, a credit and a dash, stays at the head of its lead (no event).

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

import pytest
from dated import dated_test

from timeline.extraction import extract_events

MON = dt.date(2025, 3, 10)


test_the_following_days_is_no_day = dated_test([
    # "the following days", "the next nights": a stretch after the day told, no one day
    ("The ferry sank on Friday. Divers searched the wreck in the following days.", ["2025-03-07"]),
    ("The ferry sank on Friday. More bodies were found over the next days.", ["2025-03-07"]),
    ("Talks end on Thursday, and ministers will meet in the following days.", ["2025-03-13"]),
    ("The ferry sank on Friday. Storms raged over the following nights.", ["2025-03-07"]),
    # the singular, and its possessive, stay the day after
    ("The ferry sank on Friday. Divers reached the wreck the following day.", ["2025-03-07", "2025-03-08"]),
    ("The ferry sank on Friday. The next day's search found nothing.", ["2025-03-07", "2025-03-08"]),
    ("The ferry sank on Friday. Divers reached it the following morning.", ["2025-03-07", "2025-03-08"]),
], MON)


test_a_month_after_a_kinship_word_is_a_name = dated_test([
    # "mother June", "his wife, April,": the relative's given name
    ("A lawyer for the victim's mother June read out a statement.", []),
    ("His wife, April, thanked the rescuers on Friday.", ["2025-03-07"]),
    ("The singer and her daughter August arrived at the gala.", []),
    ("Their grandmother July, 91, still runs the farm.", []),
    # a month with its preposition, its modifier or its day after a kinship word stays a month
    ("She visited her mother in June.", ["2024-06"]),
    ("He buried his father last June.", ["2024-06"]),
    ("The widow of the pilot died in August.", ["2024-08"]),
    ("A son was born to the couple on June 3.", ["2024-06-03"]),
], MON)


test_a_holiday_in_a_year_is_that_years_day = dated_test([
    # "on Valentine's Day in 2013": the year places the holiday, one statement
    ("The couple married on Valentine's Day in 2013.", ["2013-02-14"]),
    ("The shop was robbed on Christmas Eve in 2019, police said.", ["2019-12-24"]),
    ("He was arrested on New Year's Day in 2020 at the airport.", ["2020-01-01"]),
    ("The lake froze over on the Christmas of 2010.", ["2010-12-25"]),
    ("Snow fell on Easter Sunday of 1998, the village recalls.", ["1998-04-12"]),
    # the year right after it still places it
    ("The shop was robbed on Christmas Eve 2019.", ["2019-12-24"]),
    # a holiday named as a thing stays no day
    ("The Good Friday Agreement in 1998 ended decades of violence.", ["1998"]),
], MON)


test_a_with_phrase_reached_by_a_day_before_a_past_clause = dated_test([
    # "With half of his sentence served by March 21, he was eligible": a day reached, before the telling
    ("With half of his sentence served by March 21, he was eligible for parole.", ["2024-03-21"]),
    ("The board ruled in January that with the loan repaid by March 21, the firm was solvent.",
     ["2025-01", "2024-03-21"]),
    ("With most ballots counted by Friday, the mayor conceded.", ["2025-03-07"]),
    ("With the ice gone by March 1, ferries resumed.", ["2025-03-01"]),
    # a main clause ahead, or a deadline with no "with" phrase, stays ahead
    ("With the ballots counted by Friday, the mayor will concede.", ["2025-03-14"]),
    # a plan in the "with" phrase ("expected to be finished by"): its day lies ahead, whatever the main clause
    ("With the tunnel expected to be finished by May, officials said traffic would ease.", ["2025-05"]),
    ("With the arena scheduled to be completed by June, the club signed a lease.", ["2025-06"]),
    ("With the line due to be electrified by April, the operator ordered new trains.", ["2025-04"]),
    ("With the work done by March 21, the plant will reopen.", ["2025-03-21"]),
    ("The loan must be repaid by March 21.", ["2025-03-21"]),
    ("Officials said the dam would be finished by March 21.", ["2025-03-21"]),
], MON)


TUE = dt.date(2024, 5, 14)


@pytest.mark.parametrize("text, start, expected", [
    # a place in title case, its date, a credit in brackets and a dash: kept at the head of its lead, as a reader
    # sees it (and as with no dash); its date is no event, near the paper's day or not
    ("Vilnius, May 14 (BNS) - The parliament on Tuesday approved the budget.", "Vilnius, May 14 (BNS) - The",
     ["2024-05-14"]),
    ("Osaka, May 12 (Kyodo News)--A fire broke out at a port on Sunday.", "Osaka, May 12 (Kyodo News)--A fire",
     ["2024-05-12"]),
    ("Vilnius, January 3 (BNS) - The parliament approved the budget on Monday.", "Vilnius, January 3 (BNS) - The",
     ["2024-05-13"]),
    ("Vilnius, May 14 (BNS) – The parliament will vote on the budget on Friday.", "Vilnius, May 14 (BNS) – The",
     ["2024-05-17"]),
    ("Riga, Latvia, May 13 (AP) — Fire crews battled a blaze on Monday.", "Riga, Latvia, May 13 (AP) — Fire",
     ["2024-05-13"]),
    ("Washington, D.C., May 14 (AP) — The Senate voted on Tuesday.", "Washington, D.C., May 14 (AP) — The",
     ["2024-05-14"]),
    # a place in capitals is still cut off as a dateline's; a title-case one with no date too
    ("SEOUL, May 14 (Yonhap) -- North Korea fired a missile on Monday.", "North Korea fired", ["2024-05-13"]),
    ("Vilnius (BNS) - The parliament on Tuesday approved the budget.", "The parliament on", ["2024-05-14"]),
    # such words inside a paragraph, after its first sentence, open no lead: the date is read
    ("The vote was put off twice. Vilnius, March 3 (the day after the riot) - the streets were calm.",
     "Vilnius, March 3", ["2024-03-03"]),
])
def test_a_title_case_dateline_with_its_date_stays_at_the_head_of_its_lead(text, start, expected):
    events = extract_events(text, published=TUE)
    assert [e.to_dict()["date"] for e in events] == expected
    assert all(e.to_dict()["sentence"].startswith(start) for e in events)
