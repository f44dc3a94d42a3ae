"""Words that look like a date but date no happening: a weekday counted from an occasion ("the
third Thursday prior to Election Day", "the last Saturday before the vote"), a short stretch ahead
("the next day or two"), the end of a day named right after it ("by the end of the day on Dec. 11"),
a fiscal or full year written with its number ("for the fiscal year 2025": that year, not this one),
and a page's stamp or a filing's dateline glued to a line ("... AP Sports Writer Jan. 19, 2021
Updated: Jan. 19, 2021 10:23 p.m.", "September 29, 2009 (CHICAGO) Now ..."). Beside each, the
forms that stay dated.

Each row: the text and the dates the engine must give, in order. The sentences are written for the
tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 5, 15)

test_a_weekday_counted_from_an_occasion = dated_test([
    ("Ballots must be postmarked by the second Friday before the election.", []),
    ("Registration closes the third Monday prior to the primary.", []),
    ("Early voting ended on the last Saturday before the vote.", []),
    ("On the last Sunday of the season, the Cubs clinched the title.", []),
    # not: last week's day, with "before" after it
    ("The team played last Saturday before a sellout crowd.", ["2024-05-11"]),
    ("It rained last Saturday.", ["2024-05-11"]),
    ("The last Saturday in May is a holiday.", ["2024-05"]),
], WED)

test_a_short_stretch_ahead = dated_test([
    ("The mine flooded on May 2, and the next day or two were chaotic.", ["2024-05-02"]),
    ("Crews fought the fire on Monday and the following day or so.", ["2024-05-13"]),
    # not: the day after the one told
    ("Officials closed the road on May 2 and reopened it the next day.", ["2024-05-02", "2024-05-03"]),
], WED)

test_the_end_of_a_day_named_after_it = dated_test([
    ("Shareholders of record by the end of the day on December 11 get the dividend.", ["2024-12-11"]),
    ("Voters have until the end of the day on Tuesday to return ballots.", ["2024-05-21"]),
    # not: today's end
    ("Stocks rose by the end of the day on Wall Street.", ["2024-05-15"]),
    ("A decision is expected by the end of the day.", ["2024-05-15"]),
], WED)

test_a_fiscal_year_with_its_number = dated_test([
    ("For the fiscal year 2025, the company expects a profit.", ["2025"]),
    ("The company posted a loss for the full year 2023.", ["2023"]),
    # not: the year without its number, this one
    ("The company expects a profit for the fiscal year.", ["2024"]),
    ("Revenue for the full year rose 5%.", ["2024"]),
], WED)

test_a_stamp_or_dateline_glued_to_a_line = dated_test([
    ("Rain delays final round at Augusta JANE DOE, AP Golf Writer May 12, 2024 Updated: May 12, 2024 9:41 p.m.",
     []),
    ("Senate passes budget bill May 12, 2024 Updated: May 12, 2024 6:02 p.m.", []),
    ("May 14, 2024 (DENVER) Now the jurors must weigh the sentence.", []),
    ("May 14, 2024 (AP) -- The jury found him guilty.", []),
    # not: prose with the same words
    ("The report was updated May 12, 2024, the agency said.", ["2024-05-12"]),
    ("He was named editor on May 6, 2024, the paper said.", ["2024-05-06"]),
    ("On May 14, 2024 (DENVER) the jury reached a verdict.", ["2024-05-14"]),
    ("May 6, 2024 (WHO) said cases rose.", ["2024-05-06"]),
], WED)
