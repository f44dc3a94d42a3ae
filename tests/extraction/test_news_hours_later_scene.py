"""A count of hours or minutes "later" or "earlier" runs from the scene just told: the day the
paragraph or the one before gave. After paragraphs on other things ("Counting of votes
began at 08:00 AM. Half an hour later, ..."), a day named further back is not that scene's.

Each row: the publication date, the text, the dates the engine must give, in order. The
sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2022, 12, 8)

test_hours_later_counts_from_the_scene_just_told = dated_test([
    (THU, "Polling was held on December 1 and 5.\n\nObservers have been posted at every centre. Counting of "
          "votes began at 08:00 AM.\n\nHalf an hour later, counting of votes in the machines was taken up.",
     ["2022-12-01", "2022-12-05"]),
    (THU, "Counting began this morning.\n\nPolling was held on December 1 and 5.\n\nObservers were posted at "
          "every centre. Counting of votes began at 08:00 AM.\n\nHalf an hour later, the machines were opened.",
     ["2022-12-08", "2022-12-01", "2022-12-05"]),
    # Not: a text that has told of one day only, whose scene goes on (rv2: these two rows read the
    # count's day before, a careful reader gives it)
    (THU, "The polls closed on Monday.\n\nOfficials sealed the ballot boxes. Observers checked the seals.\n\n"
          "Two hours later, the boxes were moved to the strong room.", ["2022-12-05", "2022-12-05"]),
    (THU, "The storm made landfall on Tuesday.\n\nThe state has 40 shelters. Each holds 500 people.\n\n"
          "A few hours earlier, the governor had ordered an evacuation.", ["2022-12-06", "2022-12-06"]),
    # Not: the sentence just before, or the same paragraph, gives the scene's day.
    (THU, "Polling ended at 5 pm on Monday.\n\nHalf an hour later, counting of votes was taken up.",
     ["2022-12-05", "2022-12-05"]),
    (THU, "Police arrived on Monday at 5 pm. They sealed off the street. Two hours later, the suspect "
          "surrendered.", ["2022-12-05", "2022-12-05"]),
    (THU, "Police said the man was arrested on Monday.\n\nHe had fled the scene a few hours earlier, they said.",
     ["2022-12-05", "2022-12-05"]),
    (THU, "The bridge collapsed on Monday. Two hours later, the first rescuers arrived.",
     ["2022-12-05", "2022-12-05"]),
    (THU, "Garcia won his semifinal 6-3, 6-4 on Saturday. Later, Silva beat Moreno in three sets.\n"
          "Silva had finished his rain-delayed quarterfinal just a few hours earlier.", ["2022-12-03", "2022-12-03"]),
])
