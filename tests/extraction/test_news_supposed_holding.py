"""A holding supposed, not told: a poll's "If the election were held on Sunday, the party would win 30
percent", a counterfactual's "Had the vote taken place in January, the result might have been
different": the day or month of what did not or may not happen, no date. Only the holding supposed (the
vote is real in "If she were elected on Sunday, she would be the first"), and only with the main clause's
"would", "could" or "might" after the date (fp9's probing of hypothetical contexts, the kind its sample
of unseen news named). Rows written for the test; publication date a Wednesday.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 3, 6)

test_a_supposed_holding_s_day_is_no_date = dated_test([
    ("If the election were held on Sunday, the party would win 30 percent.", []),
    ("If elections were held next Sunday, the conservatives would win 30%.", []),
    ("If the election were held today, the party would win.", []),
    ("Had the vote taken place in January, the result might have been different.", []),
    ("If the match had been played on Saturday, the home side would have won.", []),
], published=WED)

test_a_told_or_a_real_day_stays = dated_test([
    ("If the weather holds, the vote will be held on Sunday.", ["2024-03-10"]),
    ("The party would win 30 percent, the poll taken on Sunday showed.", ["2024-03-03"]),
    ("The election was held on Sunday, and the party would later claim victory.", ["2024-03-03"]),
    ("Had the vote been held on Sunday, the party said on Monday, it would have won.", ["2024-03-04"]),
], published=WED)

test_a_supposed_holding_in_either_order_or_inverted_is_no_date = dated_test([
    # the main clause's "would" before the supposing, the inverted "Were ... to", a race "run"
    ("The party would win 30 percent if the election were held on Sunday.", []),
    ("Were the referendum to take place in December, the coalition could lose its majority.", []),
    ("If the race had been run in June, the favourite would have won.", []),
], published=WED)

