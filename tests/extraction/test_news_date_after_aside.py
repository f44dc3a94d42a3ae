"""A date that comes after an aside set off by commas (a relative clause about a person, or a
short place phrase with no verb) belongs to the clause before the aside and takes its tense:
"was shot by an officer, who is white, on Dec. 22" is a past Dec. 22 (the "is" describes the
officer), "a building collapsed in a town, near the capital, in September" a past September.
Written sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

OCT = dt.date(2021, 10, 4)  # a Monday
JUL = dt.date(2021, 7, 18)


test_date_after_a_relative_aside_takes_the_main_verb = dated_test([
    (OCT, "The man was fatally shot by a police officer, who is white, on Dec. 22.", ["2020-12-22"]),
    (OCT, "The senator met the envoy, who is visiting the region, on Nov. 30.", ["2020-11-30"]),
    (OCT, "The council hired a contractor, which has offices in three states, in December.", ["2020-12"]),
    # a future main verb keeps the date ahead
    (OCT, "The mayor will meet the governor, who is running for re-election, in June.", ["2022-06"]),
])


test_date_after_a_verbless_place_aside_takes_the_main_verb = dated_test([
    (JUL, "A three-story building collapsed in Bhiwandi, near Mumbai, in September, killing 39 people.",
     ["2020-09"]),
    (JUL, "A bridge gave way in a village, outside the capital, in November.", ["2020-11"]),
    # a person's age between commas
    (OCT, "The man was shot by Officer Adam Coy, 45, on Dec. 22.", ["2020-12-22"]),
    (OCT, "Voters will choose between Smith, 52, and Jones, 61, in June.", ["2022-06"]),
    (JUL, "The company will open a plant in Dresden, near the Czech border, in May.", ["2022-05"]),
])


test_asides_that_tell_their_own_time_are_left_alone = dated_test([
    # the date inside the relative clause is the relative clause's own
    (OCT, "The man was shot by an officer, who was fired on Dec. 22.", ["2020-12-22"]),
    # a saying between commas is a clause of its own: no change
    (OCT, "Prices rose sharply, analysts say, in September.", ["2021-09"]),
])


test_an_aside_that_tells_a_past_happening_keeps_the_usual_reading = dated_test([
    # the aside tells, in the past, the happening the date may be of: a progressive before it does not
    # make the day a coming one
    (dt.date(2023, 5, 10), "Investigators are examining the wreck, which left three dead, on Saturday.",
     ["2023-05-06"]),
    (dt.date(2023, 5, 10), "Nurses are caring for the hiker, who was rescued from the gorge, on Sunday.",
     ["2023-05-07"]),
    # a present before the aside tells no time of the day: the day may be the named happening's, gone by
    (dt.date(2023, 5, 10), "Rangers are searching for clues in the fall of Lee Park, 62, on Thursday.",
     ["2023-05-04"]),
])
