"""A count written as a tens word and its unit ("Twenty-five years ago", "thirty one days ago") is the whole
number, not its last word ("five years ago"), and a tens word from forty to ninety counts as twenty and thirty
do ("Fifty years ago"). Found by rv31's probes (session 36). Rows written for the test.
"""
import datetime as dt

from dated import dated_test

from timeline.extraction.resolution import num_value

MON = dt.date(2019, 5, 20)

test_a_compound_count_is_the_whole_number = dated_test([
    ("Twenty-five years ago, the plant opened.", ["1994"]),
    ("The plant opened twenty five years ago.", ["1994"]),
    ("Forty-five years ago, the bridge collapsed.", ["1974"]),
    ("The war ended seventy-five years ago.", ["1944"]),
    ("It closed thirty-one days ago.", ["2019-04-19"]),
    ("Fifty years ago, men walked on the moon.", ["1969"]),
    ("The dam broke sixty years ago.", ["1959"]),
], published=MON)

test_a_plain_count_stays = dated_test([
    ("He was jailed twenty years ago.", ["1999"]),
    ("The plant opened 25 years ago.", ["1994"]),
    ("The shop opened five years ago.", ["2014"]),
    ("Twenty-five-year-old Smith won on Sunday.", ["2019-05-19"]),
], published=MON)


def test_num_value_adds_a_tens_word_and_its_unit():
    assert num_value("twenty-five") == 25
    assert num_value("Thirty one") == 31
    assert num_value("ninety-nine") == 99
    assert num_value("fifty") == 50
    assert num_value("five") == 5
    assert num_value("couple of") == 2
