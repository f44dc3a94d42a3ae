"""A bare number "of" a month that has a day of its own after it ("on Page 3 of Oct. 1's edition"): the
month is that day's, the number another thing's (fp9's sample of unseen news). Rows written for the test.
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2021, 10, 5)

test_a_number_of_a_month_with_its_own_day_is_no_day = dated_test([
    ("The article on Page 3 of Oct. 1's edition of the paper states the question.", ["2021-10-01"]),
    ("Item 2 of October 4 minutes was approved.", ["2021-10-04"]),
], published=TUE)

test_a_day_of_a_month_stays = dated_test([
    ("The vote was held on the 3rd of October.", ["2021-10-03"]),
    ("The vote was held on 3 of October 2021.", ["2021-10-03"]),
], published=TUE)
