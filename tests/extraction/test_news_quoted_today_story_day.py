"""A quoted "today" or "tonight" in a report of the day before publication (a match played on
Saturday, in Sunday's paper) was said that day, when the text has told of no other day: also
when captions and a time stamp push the lead down the page, and when the quote runs on over
sentences of its paragraph ('"Our fans were fantastic today and all season. Today we knew ...').

Each row: the publication date, the text, the dates the engine must give, in order. The
sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

SUN = dt.date(2024, 3, 10)
CAPTIONS = ("City's Leon Marsh celebrates scoring their second goal with teammates at Northfield Park in the "
            "second half of the cup final REUTERS/Anna Lind\n"
            "City's Leon Marsh in action with Rovers' Tom Ede during the first half of the cup final at "
            "Northfield Park REUTERS/Anna Lind\n"
            "City's players celebrate with the trophy after the match REUTERS/Anna Lind\n"
            "10 Mar 2024 03:12AM\n")

test_quoted_today_in_a_report_of_the_day_before = dated_test([
    (SUN, "Marysville beat Natomas 27-20 on Saturday night at War Memorial Stadium.\n"
          "\"It was a real team effort. We ran the ball very well tonight,\" coach Jeff Reed said.",
     ["2024-03-09", "2024-03-09"]),
    (SUN, "The Cougars pushed past Taylor 24-10 on Saturday at Bishop Park.\n"
          "“We stayed together,” coach Kevin Dale said. “I told our kids the key word today is resilience. "
          "They listened.”", ["2024-03-09", "2024-03-09"]),
    (SUN, CAPTIONS + "Leon Marsh scored twice as City beat Rovers 3-1 in the cup final on Saturday.\n"
          "\"This team deserved it,\" captain Ivan Hale told reporters.\n"
          "\"Our fans were fantastic today and all season. Today we started very strong.\"",
     ["2024-03-09", "2024-03-09", "2024-03-09"]),
    # Not: a text that has told of another day before the quote, a lead of the publication day,
    # or words after the quote has closed.
    (SUN, CAPTIONS + "Leon Marsh scored twice as City beat Rovers 3-1 in the cup final on Saturday.\n"
          "The two sides meet again in the league on Wednesday.\n"
          "\"Our fans were fantastic today. Today we started very strong.\"",
     ["2024-03-09", "2024-03-13", "2024-03-10", "2024-03-10"]),
    (SUN, "The Cougars host Taylor today at Bishop Park.\n"
          "“We stayed together,” coach Kevin Dale said. “I told our kids the key word today is resilience.”",
     ["2024-03-10", "2024-03-10"]),
    (SUN, "The Cougars beat Taylor 24-10 on Saturday.\n"
          "“We stayed together,” coach Kevin Dale said. He said the team would rest today.",
     ["2024-03-09", "2024-03-10"]),
])
