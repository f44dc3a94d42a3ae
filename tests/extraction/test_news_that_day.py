""""that day" after a sentence that told a day is that day, as "the same day" is ("The last day to
register is Wednesday, Oct. 13. The office stays open until 8 p.m. that day."): session 26, fresh34;
left as a kind in earlier rounds ("an anchored 'that day'"). With no day told before, or as a noun's
compound ("that day care centers"), no date.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2024, 9, 20)

test_that_day_is_the_day_told_before = dated_test([
    (PUB, "The deadline to register is Monday, Oct. 7. The clerk's office will stay open until 8 p.m. that day.",
     ["2024-10-07", "2024-10-07"]),
    (PUB, "The levee failed on Sept. 12. Later that day, crews began pumping water.", ["2024-09-12", "2024-09-12"]),
    # in the sentence of the day it restates, one statement, as "the same day"
    (PUB, "The two leaders met on Sept. 3 and signed the accord that day.", ["2024-09-03"]),
    (PUB, "The vote was set for Sept. 30. Officials said it will not take place on that day.",
     ["2024-09-30", "2024-09-30"]),
    (PUB, "The dam gave way on Sept. 9. That same day, the governor declared an emergency.",
     ["2024-09-09", "2024-09-09"]),
    (PUB, "The chief quit on Sept. 9. He said that day he was exhausted.", ["2024-09-09", "2024-09-09"]),
    (PUB, "The river crested on Sept. 15. Roads closed early that day amid the flooding.",
     ["2024-09-15", "2024-09-15"]),
])

test_that_day_with_nothing_before_or_as_a_compound_is_no_date = dated_test([
    (PUB, "Residents will never forget that day.", []),
    (PUB, "Officials said that day care centers would reopen on Sept. 23.", ["2024-09-23"]),
    (PUB, "Traders who bought that day-old stock lost money.", []),
    # ... nor a custom of every year, a thing "from that day", a subject or a compound after a "that" of saying
    (PUB, "The city was freed on Sept. 4, 1944. Each year on that day, the bells ring at noon.", ["1944-09-04"]),
    (PUB, "The twins were born on Aug. 2, 2001. Their mother kept the hospital bracelet from that day.",
     ["2001-08-02"]),
    (PUB, "The fair opens on Oct. 5. Organizers expect that day visitors will fill the lots.", ["2024-10-05"]),
    (PUB, "The contract ends on Sept. 30. 'When that day arrives, we stop work,' the union said.", ["2024-09-30"]),
])
