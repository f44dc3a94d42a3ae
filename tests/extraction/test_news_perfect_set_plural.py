"""A happening a present perfect set for a day, named by a plural with no article and its "for" ("have
announced school and office closures for Wednesday", "have called strikes for Friday"): the perfect names no
past day of its own, so the day is the coming one, as with an article ("has announced a general strike on
Sunday"); not after "on", which may tell the announcing day ("has announced layoffs on Monday"). Also
read after a bracket or a stop earlier in the sentence ("Taipei, July 3 (AP) Cities have announced school
and office closures for Wednesday"). A past ("announced closures for Wednesday"), a pronoun's object, or a
clause after the day that tells how it went keep the day gone by.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 27, fx46).
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2024, 7, 23)


test_a_plural_the_perfect_set_for_a_day_lies_ahead = dated_test([
    (TUE, "Several counties have announced school and office closures for Wednesday.", ["2024-07-24"]),
    (TUE, "Manila, July 23 (PNA) Several towns have announced school and office closures for Wednesday as the "
          "storm nears.", ["2024-07-24"]),
    (TUE, "Unions have called strikes for Friday and Monday.", ["2024-07-26", "2024-07-29"]),
    (TUE, "Several towns have declared holidays for Thursday.", ["2024-07-25"]),
])

test_other_closures_stay = dated_test([
    (TUE, "Most cities announced school closures for Wednesday, and the storm hit.", ["2024-07-17"]),
    (TUE, "The company has announced it on Wednesday.", ["2024-07-17"]),
    (TUE, "The firm has announced layoffs on Monday, which hit 300 workers.", ["2024-07-22"]),
    (dt.date(2024, 7, 27), "The company has announced layoffs on Monday.", ["2024-07-22"]),
    (dt.date(2024, 7, 27), "Officials have declared emergencies on Monday in three counties.", ["2024-07-22"]),
])
