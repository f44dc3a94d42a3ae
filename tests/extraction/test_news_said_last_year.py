"""A month ahead said last year: the saying's own year counts, not the publication's, when the
sentence's own saying is last year's.

Each row: the publication date (or one for the group), the text, the dates the engine must give
(date or date/end), in order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

FEB = dt.date(2001, 2, 28)


# A month ahead in words said last year ('"We will shut down at the end of January," a spokesman
# said last year', in February) is the first such month after the saying: this year's, not next.
test_a_month_ahead_said_last_year_counts_from_the_saying = dated_test([
    ("\u201cWe will shut down at the end of January,\u201d a spokesman said last year.", ["2001-01", "2000"]),
    ("\u201cThe firm is winding up. We will close in January,\u201d said Acme spokesman Jo Smith last year.",
     ["2001-01", "2000"]),
    ('"We will open in early January," the owner told reporters last year.', ["2001-01", "2000"]),
    ("The mayor said last year that the bridge would be finished by January.", ["2000", "2001-01"]),
], published=FEB)


test_a_month_ahead_said_now_stays_ahead = dated_test([
    # Said now, or last year only in a relative clause or an aside: the month ahead of publication.
    ("\u201cWe will shut down at the end of January,\u201d a spokesman said.", ["2002-01"]),
    ("\u201cWe will close the plant in January,\u201d said Smith, who was hired last year.", ["2002-01", "2000"]),
    ("The mayor said the bridge, which cost more than last year, will be finished by January.", ["2002-01"]),
    ("The company said sales fell last year and it will close the plant in January.", ["2000", "2002-01"]),
], published=FEB)


FEB_2020_02_15 = dt.date(2020, 2, 15)


test_only_the_sentences_own_saying_last_year_looks_from_last_year = dated_test([
    # Only the sentence's own saying, last year, of what lies ahead makes the month this year's:
    # not a relative clause's saying, nor "last year" as what was said about, nor a comparison's.
    (FEB_2020_02_15, "The minister, who said last year that she would resign, will step down in January.", ["2019", "2021-01"]),
    (FEB_2020_02_15, "The company, which announced last year it would cut jobs, will close the plant in January.",
     ["2019", "2021-01"]),
    (FEB_2020_02_15, "The mayor said last year was tough; the new budget takes effect in January.", ["2019", "2021-01"]),
    (FEB_2020_02_15, "The mayor said Tuesday that the tower will open in January, a year later than he promised last year.",
     ["2020-02-11", "2021-01", "2019"]),
    # The saying last year still dates what it looked ahead to.
    (FEB_2020_02_15, "The mayor said last year that the tower would open in January.", ["2019", "2020-01"]),
    (FEB_2020_02_15, "The tower will open in January, the mayor said last year.", ["2020-01", "2019"]),
    # ... but not a clause of the writer's own after it, with its own "will": ahead of the paper.
    (FEB_2020_02_15, "The mayor said last year he would run again, but he will retire in January.", ["2019", "2021-01"]),
    (FEB_2020_02_15, "The spokesman said last year that sales fell, and the group will dissolve in January.",
     ["2019", "2021-01"]),
    (FEB_2020_02_15, "The mayor said last year the tower would be late; it will open in January.", ["2019", "2021-01"]),
    # a report that goes on with "and that ... would" is still the saying's
    (FEB_2020_02_15, "The mayor said last year that costs would rise, and that the tower would open in January.",
     ["2019", "2020-01"]),
])


test_a_saying_fronted_by_last_year_looks_from_last_year = dated_test([
    # The saying's year said first, its future told back with "would": this year's month too.
    (FEB_2020_02_15, "Last year, the spokesman said the group would dissolve in January.", ["2019", "2020-01"]),
    (FEB_2020_02_15, "Last year the firm announced it would open a plant in January.", ["2019", "2020-01"]),
    # Not a future told now.
    (FEB_2020_02_15, "Last year, the firm said sales fell, and it will open a plant in January.", ["2019", "2021-01"]),
    # Nor a later clause's own "will" after the "would" told back: ahead of the paper.
    (FEB_2020_02_15, "Last year, the mayor said he would run again; now he says he will retire in January.",
     ["2019", "2021-01"]),
    (FEB_2020_02_15, "Last year, the firm announced it would cut jobs, and on Monday it said it will close a plant "
     "in January.", ["2019", "2020-02-10", "2021-01"]),
])
