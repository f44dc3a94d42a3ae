"""A capitalised weekday word that is the subject of a verb of saying or telling is a person's name
(the city attorney Eric Monday, a coach named Friday), no day: "..., Monday told the council." The
weekday as an adverb beside another subject, or as the subject of a verb that is not a saying, stays
a day.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2022, 6, 9)  # the last Monday is 6 June, the coming one 13 June

test_a_weekday_that_speaks_is_a_name = dated_test([
    (THU, '"We have met every deadline so far," Monday told the council.', []),
    (THU, "After the board had adjourned, Monday made it clear that the vote had to happen that night.", []),
    (THU, "Monday said the city would appeal the ruling.", []),
    (THU, "The contract is binding on both parties, Friday added.", []),
    (THU, '"It is too early to tell," Friday said in a statement.', []),
    # near neighbours: the weekday as an adverb, or a day that does something other than speak, stays a day
    (THU, "City officials on Monday said the road would reopen.", ["2022-06-06"]),
    (THU, "The mayor said Monday that the road would reopen.", ["2022-06-06"]),
    (THU, "On Monday, the mayor told the council the budget was balanced.", ["2022-06-06"]),
    (THU, "Monday, the mayor said, was the worst day of the flood.", ["2022-06-06"]),
    (THU, "Monday saw the heaviest rain of the month.", ["2022-06-06"]),
    (THU, "The county released a statement Monday explaining the vote.", ["2022-06-06"]),
])
