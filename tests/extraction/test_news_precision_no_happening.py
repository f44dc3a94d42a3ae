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
    ("The last Saturday in May is a holiday.", ["2024-05-25"]),  # (that day since session 32, op33: it was the month)
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


# A by-line's role before a date only in a by-line's shape; a title in prose keeps its date (rv8's
# review of c1c1033, rows written for it).
test_a_title_in_prose_before_a_date = dated_test([
    ("He became White House Chief of Staff Jan. 20, 2025.", ["2025-01-20"]),
    ("She was named Executive Editor Oct. 1, 2024, the paper said.", ["2024-10-01"]),
    ("Smith, who joined as Senior Correspondent Sept. 2, 2024, resigned on Monday.",
     ["2024-09-02", "2025-10-13"]),
    ("The paper hired him as a Staff Writer Jan. 5, 2023.", ["2023-01-05"]),
    ("The Joint Chiefs of Staff Oct. 7, 2023 meeting was cut short.", ["2023-10-07"]),
    ("Board members elected her Managing Editor March 3, 2025, in a close vote.", ["2025-03-03"]),
    # not: a by-line's own date
    ("Jane Doe, Staff Writer Oct. 14, 2025", []),
    ("By WILL GRAVES, AP Sports Writer Oct. 14, 2025", []),
    ("Storm floods the coast Jane Doe, Associated Press Writer Oct. 14, 2025", []),
    ("Jane Doe, Staff Writer Oct. 14, 2025 4:12 p.m.", []),
    ("Jane Doe, Staff Writer Oct. 14, 2025 at 4:12 p.m.", []),
], dt.date(2025, 10, 15))

# A dateline with the city in brackets after its date: its date is no happening, but its day is
# the story's "today".
test_a_bracketed_city_dateline_is_the_story_s_today = dated_test([
    ("Oct. 10, 2025 (CHICAGO) - The jury convicted him today.", ["2025-10-10"]),
    ("Oct. 10, 2025 (CHICAGO) - The jury convicted him on Thursday.", ["2025-10-09"]),
    ("Oct. 13, 2025 (DENVER) The mayor resigned today, aides said.", ["2025-10-13"]),
    ("Sept. 29, 2025 (CHICAGO) - The trial opened today.", ["2025-09-29"]),
    ("Oct. 14, 2025 (AP) - The Senate voted today to confirm the judge.", ["2025-10-14"]),
    # not: a dateline on the page's own day
    ("Oct. 15, 2025 (CHICAGO) - The jury convicted him today.", ["2025-10-15"]),
    # not: a list's lines, each opening with a date and a city in brackets (a story has one dateline)
    ("Jan. 5, 2021 (WASHINGTON) - Rioters stormed the Capitol.\nJan. 20, 2021 (WASHINGTON) - Biden was sworn in."
     "\nThe trial opens today.", ["2021-01-05", "2021-01-20", "2025-10-15"]),
    # not: a fact box's line under the story's first lines (its own dateline, a dated sentence, a sentence)
    ("TOKYO (AP) — Tepco will restart the reactor on Monday, the company said. The plant was wrecked by a tsunami"
     " in 2011.\nMarch 11, 2011 (FUKUSHIMA) - A tsunami floods the plant.", ["2025-10-20", "2011", "2011-03-11"]),
    ("Tepco will restart the reactor on Monday, the company said on Tuesday. Engineers have rebuilt its cooling"
     " system.\nMarch 11, 2011 (FUKUSHIMA) - A tsunami floods the plant.", ["2025-10-20", "2025-10-14", "2011-03-11"]),
    ("TOKYO (AP) — Tepco will restart the reactor on Monday, the company said.\nMarch 11, 2011 (FUKUSHIMA) - A"
     " tsunami floods the plant.\nThe company said today the plant is safe.", ["2025-10-20", "2011-03-11", "2025-10-15"]),
    ("Tepco will restart the reactor on Monday.\nMarch 11, 2011 (FUKUSHIMA) - A tsunami floods the plant.",
     ["2025-10-20", "2011-03-11"]),
    ("TOKYO (AP) — Tepco restarted the reactor, the company said.\nMarch 11, 2011 (FUKUSHIMA) - A tsunami floods"
     " the plant.", ["2011-03-11"]),
    # but: under a headline and a by-line, the story's dateline
    ("Jury convicts former mayor\nBy Jane Doe\nOct. 10, 2025 (CHICAGO) - The jury convicted him today. He will be"
     " sentenced on Monday.", ["2025-10-10", "2025-10-13"]),
], dt.date(2025, 10, 15))
