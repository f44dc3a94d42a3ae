"""A court that lists, posts or fixes a matter "for (further) hearing on" a date (the wording of
Indian and South Asian court copy) sets that hearing ahead of the telling: the date lies ahead, not
in the year before. Not a passive ("was listed for hearing on Monday", which may tell a day gone
by) nor a matter that "came up for hearing" (it was heard then).
Written sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

MAR = dt.date(2022, 3, 5)  # a Saturday


test_a_matter_listed_for_hearing_on_a_date_is_ahead = dated_test([
    (MAR, "The court listed the matter for further hearing on April 7.", ["2022-04-07"]),
    (MAR, "The bench posted the case for hearing on April 20.", ["2022-04-20"]),
    (MAR, "The high court fixed the petition for final hearing on May 2.", ["2022-05-02"]),
    (MAR, "The tribunal listed the appeal for arguments on March 28.", ["2022-03-28"]),
])


test_a_hearing_held_or_told_in_the_passive_is_left_alone = dated_test([
    (MAR, "The matter came up for hearing on Feb. 28.", ["2022-02-28"]),
    (MAR, "The petition was listed for hearing on Thursday, when the judge was absent.", ["2022-03-03"]),
])
