"""A span of two years that follow each other, named bare as a time of its own ("won the double in
2019-20", "the tour of Australia 2021/22 ended"), is one sports season or one fiscal or school year
across the turn of a year: a season, left out as the real-news gold leaves seasons out
(bench/realnews/README, "Annotation conventions"), not the first of the two years. Used attributively
("the 2022-23 season", "the 2025-26 Premier League campaign") it is a year of a happening's name, which
the gold marks uncertain, and stays; so do a span of more years, one run "from" or "between", and a
happening's span after "of". Written sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2024, 3, 14)


test_a_season_named_bare_is_no_year = dated_test([
    ("The club won the double in 2019-20.", []),
    ("The side's tour of Australia 2021/22 ended in a heavy defeat.", []),
    ("Enrollment fell in 2015/16 and again in 2016/17.", []),
    ("He scored 31 goals in 2018-19, his best return.", []),
    ("Their run to the final in 2022–23 was a surprise.", []),
    ("Revenue in 2023-2024 rose to $5 million.", []),
    ("She won titles in 2019-20 and 2020-21.", []),
], THU)


test_spans_that_keep_their_years = dated_test([
    # used attributively: the year of a happening's name (uncertain in the gold)
    ("He starred in the 2022-23 season.", ["2022/2023"]),
    ("The 2025-26 Premier League campaign was a let-down.", ["2025/2026"]),
    ("Spending rose 4% in the 2022–23 fiscal year.", ["2022/2023"]),
    ("The 2023-2024 school year ended early.", ["2023/2024"]),
    ("The club extended his deal through the 2026-27 NHL Season.", ["2026/2027"]),
    # a run from one year to another: each end is a statement
    ("He was mayor from 2019-20 and again from 2022-23.", ["2019/2020", "2020", "2022/2023", "2023"]),
    ("She played at the club between 2014-15.", ["2014/2015", "2015"]),
    ("She won back-to-back titles from 2018-19 and 2019-20.", ["2018/2019", "2019", "2020"]),
    ("He played for the club from 2015-16 to 2018-19.", ["2015/2016", "2016", "2018/2019"]),
    # a span of more years
    ("The Democrat served from 2002-2010.", ["2002/2010", "2010"]),
    ("Prices doubled during the 2008-10 slump.", ["2008/2010"]),
    ("The 1950-53 war left the peninsula divided.", ["1950/1953"]),
    # a happening's span after "of"
    ("The expedition of 1957-58 mapped the coast.", ["1957/1958"]),
    # two years that are not a span at all
    ("The company was founded in 2019 and listed in 2020.", ["2019", "2020"]),
], THU)
