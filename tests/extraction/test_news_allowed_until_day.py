"""A time allowed up to a yearless day, told in the past: "was given until October 9 to submit", "granted
him until Oct. 2", "had until Oct. 9 to reply". The day is the coming one (within about three months),
not the one of most of a year back that the past tense alone would pick; a day a few weeks back stays
(a deadline gone by), and so does a day with "last year".

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 27, fx46).
"""
import datetime as dt

from dated import dated_test

SEP = dt.date(2023, 9, 18)


test_a_time_allowed_up_to_a_day_runs_ahead = dated_test([
    (SEP, "The minister was given until October 9 to file his reply.", ["2023-10-09"]),
    (SEP, "Residents were given until Oct. 2 to leave the area.", ["2023-10-02"]),
    (SEP, "The board had until Nov. 30 to appeal the ruling.", ["2023-11-30"]),
    (SEP, "The hearing was called off, and the firm was given until October 9 to answer.", ["2023-10-09"]),
])

test_other_untils_stay = dated_test([
    # a deadline a few weeks back is gone by
    (SEP, "The tenants were given until August 9 to leave, and they left.", ["2023-08-09"]),
    # a day with "last year"
    (SEP, "He had until October 9 last year to reply.", ["2022-10-09"]),
    # how it went told after it in the past: gone by
    (dt.date(2026, 12, 9), "She was given until Jan. 5 to leave the country, and she left on Jan. 4.",
     ["2026-01-05", "2026-01-04"]),
    # a state that lasted up to the day
    (SEP, "The gallery had been open until Jan. 4 to the public, when a fire closed it.", ["2023-01-04"]),
    (SEP, "The road remained closed until October 9.", ["2022-10-09"]),
])
