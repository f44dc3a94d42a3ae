"""A kicker's label at a line's head, a name and its year before a colon ("Budget 2022: A couple
looking through papers ..."): it names the series or the thing, no year of a happening (fp9's sample of
unseen news). Rows written for the test.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2022, 3, 30)

test_a_kicker_s_year_is_no_statement = dated_test([
    ("Budget 2022: A couple looking through papers and at a computer screen.", []),
    ("Census 2021: Volunteers knock on doors in the rain.", []),
], published=WED)

test_a_year_after_a_preposition_or_in_the_text_stays = dated_test([
    ("In 2022: the year in review.", ["2022"]),
    ("Sales rose in 2022: a record.", ["2022"]),
    # a participle's year is a happening's
    ("Opened 2019: The library drew crowds from the first week.", ["2019"]),
    ("Founded 1998: The company began in a garage.", ["1998"]),
], published=WED)
