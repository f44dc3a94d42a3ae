""""the Election Day" with its article and no noun after it ("polling stations were open on the
Election Day and ...") in a paper four months or more away from a US election day is the day of the vote the story
tells, a common noun as "Election day" is, not the US holiday (which American copy writes "on
Election Day", with no article); with a noun after it ("the Election Day crowds") the article is that
noun's, and days after a US election day the holiday is that one: both read as before.
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2019, 10, 2)

test_the_election_day_is_the_vote_the_story_tells = dated_test([
    ("Observers said 312 polling stations stayed shut on the Election Day and counting was slow.", []),
    ("Security was tight on the Election Day, the interior ministry said on Tuesday.", ["2019-10-01"]),
    ("Turnout on the Election Day was lower than in the last parliamentary vote.", []),
], published=PUB)

test_neighbours_of_the_election_day_are_unchanged = dated_test([
    # the US holiday as American copy writes it
    (PUB, "Polls in Ohio were open until 7:30 p.m. on Election Day.", ["2018-11-06"]),
    # the article a noun's after the named day
    (PUB, "The Election Day crowds in Columbus were thin.", ["2018-11-06"]),
    # days after a US election day, the holiday read is that one: kept
    (dt.date(2022, 11, 10), "Turnout on the Election Day was the highest in Maricopa County since 2008.",
     ["2022-11-08", "2008/2022"]),
    # a US election day seven weeks ahead: that one
    (dt.date(2020, 9, 15), "Officials in Atlanta expect long lines on the Election Day.", ["2020-11-03"]),
    # lower case: the common noun, as before
    (PUB, "Election day passed calmly in the capital.", []),
])


# A US election day further ahead than the window is still the coming one (the rule looks back only): a
# June paper's "the Election Day" is November's.
test_a_us_election_day_far_ahead_is_kept = dated_test([
    (dt.date(2020, 6, 1), "County clerks in Georgia are preparing for long lines on the Election Day.", ["2020-11-03"]),
    (dt.date(2024, 5, 20), "Volunteers will drive voters to the polls on the Election Day.", ["2024-11-05"]),
])


# "it was Election Day" (the day the story tells named as a vote's) in a paper four months or more after a
# US election day is that story's own vote, not November's (session 26, fresh34); near a US election day,
# or ahead of one, the holiday is kept.
test_it_was_election_day_far_from_november_is_the_storys_vote = dated_test([
    (dt.date(2023, 3, 15), "In Vermont, it was Election Day for school boards, but turnout was thin.", []),
    (dt.date(2019, 5, 8), "It was Election Day in three counties, and lines were short.", []),
    (dt.date(2024, 4, 3), "It's Election Day for the village trustees.", []),
])

test_it_was_election_day_near_november_is_kept = dated_test([
    (dt.date(2022, 11, 10), "It was Election Day, and the lines were long.", ["2022-11-08"]),
    (dt.date(2020, 9, 15), "It is Election Day in seven weeks.", ["2020-11-03"]),
])
