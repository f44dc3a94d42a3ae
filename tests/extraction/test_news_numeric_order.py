"""A page writes its numeric dates one way round: one that can only be day first ("13/11/2023") tells
how to read "04/12/2023" on the same page (and one that can only be month first, "11/13/2023", the
other way); with no such date an ambiguous one stays its year (fp9's sample of unseen news). Rows
written for the test.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2023, 11, 8)

test_an_ambiguous_numeric_date_is_read_the_page_s_way = dated_test([
    ("The works run 13/11/2023 to 17/11/2023, then 04/12/2023 to 08/12/2023.",
     ["2023-11-13", "2023-11-17", "2023-12-04", "2023-12-08"]),
    ("The footway works will run 13/11/2023 – 17/11/2023 and then 04/12/2023 – 08/12/2023 on the road.",
     ["2023-11-13/2023-11-17", "2023-11-17", "2023-12-04/2023-12-08", "2023-12-08"]),
    ("The works run 11/13/2023 to 11/17/2023, then 12/04/2023 to 12/08/2023.",
     ["2023-11-13", "2023-11-17", "2023-12-04", "2023-12-08"]),
], published=WED)

test_an_ambiguous_numeric_date_alone_or_on_a_mixed_page_stays_its_year = dated_test([
    ("The works run 04/12/2023 to 08/12/2023.", ["2023"]),
    ("The works run 13/11/2023 and 11/14/2023, then 04/12/2023.", ["2023-11-13", "2023-11-14", "2023"]),
], published=WED)
