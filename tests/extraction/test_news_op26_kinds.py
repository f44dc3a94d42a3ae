"""op26's kinds (realnews-fresh26 opened as a development set, session 31): an adverb between a modal and
"be" ("will officially be made on Friday") leaves the passive ahead; a participle after "the only", "the
most", "the first" and a determiner ("the only contested race") is an adjective, no past.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2025, 1, 23)  # a Thursday: Fri 17 a week back, Fri 24 tomorrow
MON = dt.date(2025, 2, 17)  # a Monday in February

test_an_adverb_between_a_modal_and_be_keeps_the_passive_ahead = dated_test([
    ("The decision on the starting lineup will officially be made on Friday.", ["2025-01-24"]),
    ("The final call will likely be made on Saturday, the coach said.", ["2025-01-25"]),
    ("The talks will probably be held on Monday in Geneva.", ["2025-01-27"]),
    ("The winners will also be told on Friday.", ["2025-01-24"]),
    ("The ruling is expected to formally be handed to the parties on Monday.", ["2025-01-27"]),
    # near neighbours: a past passive, or can's past, keep the day gone by
    ("The decision was officially made on Friday.", ["2025-01-17"]),
    ("A final decision could not immediately be made on Friday.", ["2025-01-17"]),
    ("The talks were quietly held on Monday in Geneva.", ["2025-01-20"]),
], THU)

test_a_participle_after_the_only_or_the_most_is_an_adjective = dated_test([
    ("The only contested race in the May primary will be for sheriff.", ["2025-05"]),
    ("The only disputed seats in the November election will be decided by a recount.", ["2025-11"]),
    ("The most watched final of the season will be shown on free TV in March.", ["2025-03"]),
    ("The first elected mayor in the city's history will take office in July.", ["2025-07"]),
    # near neighbours: "only" or "first" before a verb with its own subject keeps the past
    ("The council only approved the plan in January.", ["2025-01"]),
    ("The mayor first learned of the deficit in March.", ["2024-03"]),
    ("The board only contested the ruling in November.", ["2024-11"]),
], MON)
