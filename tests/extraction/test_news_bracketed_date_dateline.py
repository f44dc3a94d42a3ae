"""A lead's dateline with its date in brackets after a city in capitals, a colon or a dash closing it
("KUALA LUMPUR (Feb 12): The ringgit ...", "PETALING JAYA (March 3) - ..."): the filing's date, no
happening. A date in brackets elsewhere, or a day the sentence tells after the dateline, is kept.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from the articles sampled (session 25, fp8).
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2024, 3, 12)


test_a_bracketed_date_after_a_capital_city_is_a_dateline = dated_test([
    (TUE, "KUALA LUMPUR (March 12): The ringgit opened higher against the US dollar.", []),
    (TUE, "PETALING JAYA (March 11) - A logistics firm posted a 20% rise in quarterly profit.", []),
    (TUE, "GEORGE TOWN (Mar 12): The state assembly will sit on March 20.", ["2024-03-20"]),
    # ... but not a bracketed date in a sentence, nor a city in title case before brackets
    (TUE, "The ringgit closed higher (March 11): traders cited exports.", ["2024-03-11"]),
    (TUE, "Profit rose in the quarter ended Dec 31, 2023, the firm said.", ["2023-12-31"]),
    (TUE, "KUALA LUMPUR, March 12 (Bernama) -- The ringgit opened higher.", []),
])
