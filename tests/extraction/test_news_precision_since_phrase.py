"""Kinds of false positive on real news (issue 12): a month at the end of a verbless "since"
phrase ("since the introduction of a security law in June,") is gone by, whatever the main
clause's tense; a causal "since" with a verb of its own is not. Sentences written for the test,
not taken from any article. Each row: text, the dates the engine must give, in order
(published Wednesday 15 May 2024).
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 5, 15)

test_a_month_closing_a_fronted_since_phrase_is_gone_by = dated_test([
    ("Since the introduction of a security law in June, activists have been jailed.", ["2023-06"]),
    ("In the last few months, especially since the introduction of a national security law in June, "
     "numerous activists have been jailed.", ["2023-06"]),
    ("Since the festival in June, sales have risen.", ["2023-06"]),
    ("Since the collapse of the talks in August, both sides have hardened their positions.", ["2023-08"]),
], published=WED)

test_a_causal_since_or_a_clause_going_on_keeps_its_reading = dated_test([
    ("Since the vote in June will decide the matter, parties are campaigning hard.", ["2024-06"]),
    ("Since the law takes effect in June, firms are preparing.", ["2024-06"]),
    ("Since the deadline is in June, firms are preparing.", ["2024-06"]),
    ("The festival will return in June, since the council approved it.", ["2024-06"]),
    ("Since the start of the war in February, prices have doubled.", ["2024-02"]),
], published=WED)

# A day right after a "since" phrase's date ("for the first time since March 3 on Friday") is told in the
# clause the phrase sits in: the phrase's past is its own, not the day's (Wednesday 15 May 2024).
test_a_day_after_a_since_phrase_takes_its_clause_tense = dated_test([
    ("The bakery will open for the first time since March 3 this Friday.", ["2024-03-03/2024-05-15", "2024-05-17"]),
    ("The bakery will open for the first time since March 3 on Friday.", ["2024-03-03/2024-05-15", "2024-05-17"]),
    ("The team will play at home for the first time since 2019 on Saturday.", ["2019/2024", "2024-05-18"]),
    # ... a past clause keeps the day gone by, a pair of the phrase's dates stays in it, and a day with a
    # verb of its own reads its own
    ("The bakery reopened for the first time since March 3 on Friday.", ["2024-03-03/2024-05-15", "2024-05-10"]),
    ("The bakery has been shut since March 3 and will reopen on Friday.", ["2024-03-03/2024-05-15", "2024-05-17"]),
    ("The road, shut since March 3, will reopen on Friday.", ["2024-03-03/2024-05-15", "2024-05-17"]),
], published=WED)
