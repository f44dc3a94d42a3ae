"""A modal of opinion with a generic subject ("One would think that ...", "You might imagine ...")
tells no future: the clause after it keeps its own tense ("One would think that Friday's rain would
have hampered the parade" is the Friday gone by). A modal of one's own plan or a future in the clause
still reads ahead.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 25, fp8).
"""
import datetime as dt

from dated import dated_test

SAT = dt.date(2024, 11, 30)


test_an_opinion_modal_tells_no_future = dated_test([
    (SAT, "One would think that Friday's rain would have kept the crowds away.", ["2024-11-29"]),
    (SAT, "You might imagine Thursday's defeat shook the squad.", ["2024-11-28"]),
    (SAT, "Many would assume that Wednesday's vote settled the matter.", ["2024-11-27"]),
    # ... but a future in the clause, or a modal of the speaker's own plan
    (SAT, "One would think the council will vote on Friday.", ["2024-12-06"]),
    (SAT, "He would think about the offer on Friday, his agent said.", ["2024-12-06"]),
    (SAT, "Officials would expect Friday's crowds to be larger.", ["2024-12-06"]),
])
