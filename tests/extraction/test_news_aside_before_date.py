"""An aside set off by commas between a clause and its bare date ("He will return to Ohio, where he grew
up, on Monday", "..., believing it was stolen, in October"): the comma closes the aside, and the date after it takes the tense of the clause before
it, not the aside's past. Near neighbours: a present clause before a past relative aside ("Police
are investigating the crash, which killed two people, on Friday") leaves the day gone by. Sentences
written for the test."""
import datetime as dt

from dated import dated_test

W = dt.date(2025, 9, 17)  # a Wednesday

test_a_date_after_an_aside_takes_the_clause_before_it = dated_test([
    ("She will move back to Texas, where she was born, on Monday.", ["2025-09-22"]),
    ("The coach will visit the school, which he attended as a boy, on Friday.", ["2025-09-19"]),
    ("She paid the fine, knowing she was wrong, in October.", ["2024-10"]),
    ("The senator will tour the border, citing new arrests, on Friday.", ["2025-09-19"]),
], W)

test_a_past_aside_after_a_present_or_past_clause_stays = dated_test([
    ("Police are investigating the fire, which destroyed a barn, on Friday.", ["2025-09-12"]),
    ("The ship sank off Maine, where it had sailed from, on Monday.", ["2025-09-15"]),
    ("Police are looking for a man, who fled the scene, on Friday.", ["2025-09-12"]),
    # a saying between commas keeps the saying's day (tests/extraction/test_news_weekday_weeks.py)
    ("The pier will reopen, the mayor said, on Monday.", ["2025-09-15"]),
], W)


# ... also when the aside holds a date of its own (rv18's open row): "Fans will honour the coach, who died
# in March, on Saturday" (the window read starts after March).
test_a_date_after_an_aside_with_its_own_date = dated_test([
    ("Students will honour the teacher, who retired in June, on Friday.", ["2025-06", "2025-09-19"]),
    ("The band will play the hall, which it sold out in 2019, on Saturday.", ["2019", "2025-09-20"]),
    ("Police are investigating the fire, which started in June, on Friday.", ["2025-06", "2025-09-12"]),
], W)
