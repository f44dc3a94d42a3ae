"""A year written once for two days of one list: "on Aug. 18 and Aug. 31, 2019", "on 3 May or 9 June
2021". The yearless first day joined by "and" or "or" to a day with its year is of that year (the year
before across a year's turn: "on Dec. 30 and Jan. 2, 2020"), not the year its own tense would pick; so is
each item of a list closed by "and" ("on Jan. 5, Feb. 9 and March 2, 2020"). A day with words of its own
between ("arrested on Aug. 18 and charged on ..."), a year of its own, or a dated day that opens a clause
of its own ("..., and Oct. 19, 1987 is still the worst day") is left as it was.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 27, fx46).
"""
import datetime as dt

from dated import dated_test

APR = dt.date(2021, 4, 16)


test_a_year_written_once_for_two_days = dated_test([
    (APR, "The activist was convicted over protests on Aug. 18 and Aug. 31, 2019, respectively.",
     ["2019-08-18", "2019-08-31"]),
    (APR, "The marches on Aug. 18 and Sept. 2, 2019, drew large crowds.", ["2019-08-18", "2019-09-02"]),
    (APR, "The marches took place on Aug. 18 or Sept. 2, 2019, police said.", ["2019-08-18", "2019-09-02"]),
    (APR, "Strikes on Dec. 30 and Jan. 2, 2020, closed the ports.", ["2019-12-30", "2020-01-02"]),
    (APR, "Rallies on 18 August and 2 September 2019 blocked the roads.", ["2019-08-18", "2019-09-02"]),
    (APR, "The board met on Jan. 5, Feb. 9 and March 2, 2020.", ["2020-01-05", "2020-02-09", "2020-03-02"]),
    (APR, "Profits for the quarters ended Sept. 30 and June 30, 2020 fell.", ["2020-09-30", "2020-06-30"]),
    # ... but not a day with its own year, nor a range (which had it already), nor a dated day that opens a
    # clause of its own
    (APR, "Stocks fell 2 percent on Feb. 3, and Oct. 19, 1987 is still the worst day on record.",
     ["2021-02-03", "1987-10-19"]),
    (APR, "The index slid on March 30 and March 16, 2020 remains its worst day.", ["2021-03-30", "2020-03-16"]),
    (APR, "Shares fell on March 30, and Oct. 19, 1987 will always be remembered.", ["2021-03-30", "1987-10-19"]),
    (APR, "The index dropped on March 30 and March 16, 2020 saw a bigger fall.", ["2021-03-30", "2020-03-16"]),
    (APR, "The rallies on Aug. 18, 2020 and Aug. 31, 2019 drew crowds.", ["2020-08-18", "2019-08-31"]),
    (APR, "The rallies between Aug. 18 and Sept. 2, 2019, drew crowds.", ["2019-08-18/2019-09-02", "2019-09-02"]),
])
