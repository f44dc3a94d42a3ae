"""A text names one day by one weekday (session 28, wk7). When it has read a weekday as one of the next three
days ("Schools will reopen on Thursday", in a Tuesday paper), a later plain mention of the same weekday in a
clause told in the past or with no tense ("As for Thursday, no closures have been reported", "spoke of the
cost of hosting the talks on Thursday, saying hotels would be full") is that coming day, not the one four to six days back: a writer who meant the
week before would say "last Thursday" to keep the two apart. Not when the text has since read the weekday as
one gone by, not a day a week or more back told as such ("last Thursday", "a week ago"), not when the
earlier reading was a week or more ahead, and not a weekday with a past of its own ("the team, which lost on
Thursday", "speaking Thursday", "At a Thursday news conference").

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2025, 3, 4)   # Thu Feb 27 | Thu Mar 6, Fri Mar 7

test_a_weekday_the_text_read_ahead_keeps_that_day = dated_test([
    (TUE, "Both houses will sit on Thursday. Referring to the agenda of the houses on Thursday, he said the "
          "senate would take up two bills.", ["2025-03-06", "2025-03-06"]),
    (TUE, "Heavy rain is expected on Thursday.\n\nAs for Thursday, there have not been any reports of "
          "closures.", ["2025-03-06", "2025-03-06"]),
    (TUE, "Talks will resume on Wednesday. The envoy spoke of the challenges of holding the talks on Wednesday, "
          "saying hotels would be full.", ["2025-03-05", "2025-03-05"]),
])

test_a_weekday_the_text_told_gone_keeps_its_own_week = dated_test([
    # the earlier one told gone by
    (TUE, "The storm hit on Thursday. On Thursday, officials said buses would run as usual.",
     ["2025-02-27", "2025-02-27"]),
    # told a week back in between
    (TUE, "Schools will reopen on Thursday. Last Thursday, officials closed them.\n\nOn Thursday, officials "
          "said buses would run.", ["2025-03-06", "2025-02-27", "2025-02-27"]),
    # no earlier reading of that weekday
    (TUE, "Schools will reopen on Friday. On Thursday, officials said buses would run as usual.",
     ["2025-03-07", "2025-02-27"]),
    # told gone by "since", and the day's clause looking nowhere ahead
    (TUE, "The game will be played on Thursday night. The team has been idle since Thursday evening, and "
          "coaches said it would practise.", ["2025-03-06", "2025-02-27/2025-03-04"]),
    (TUE, "The game will be played on Thursday. The striker scored twice on Thursday.",
     ["2025-03-06", "2025-02-27"]),
    # beside another day read back
    (TUE, "The game will be played on Thursday. The team held walkthroughs on Wednesday and Thursday and would "
          "travel later.", ["2025-03-06", "2025-02-26", "2025-02-27"]),
    # a past of the weekday's own: a relative clause's, a saying's right beside it, a saying's occasion (rv20)
    (TUE, "The club plays again on Thursday.\n\nThe club, which lost on Thursday, would need a win to advance.",
     ["2025-03-06", "2025-02-27"]),
    (TUE, "The council will vote on Thursday.\n\nThe mayor, speaking Thursday, said the vote will be close.",
     ["2025-03-06", "2025-02-27"]),
    (TUE, "The council will vote on Thursday.\n\nAt a Thursday news conference, the mayor said the vote would be "
          "close.", ["2025-03-06", "2025-02-27"]),
    (TUE, "The trial resumes on Thursday.\n\nIn testimony Thursday, the witness said he would never lie.",
     ["2025-03-06", "2025-02-27"]),
    # the day's own past after it, an outcome named by it (rv20)
    (TUE, "The council will vote on Thursday.\n\nA march Thursday drew 500 people, and another is expected.",
     ["2025-03-06", "2025-02-27"]),
    (TUE, "The club plays again on Thursday.\n\nThursday's defeat means the club would need two wins to advance.",
     ["2025-03-06", "2025-02-27"]),
    # a fronted day before a saying is the saying's (rv20)
    (TUE, "Schools will reopen on Thursday, the ministry said. On Thursday, officials said buses would run "
          "as usual.", ["2025-03-06", "2025-02-27"]),
    # a yesterday's weekday stays yesterday
    (TUE, "Schools will reopen on Monday. On Monday, officials said buses would run.",
     ["2025-03-10", "2025-03-03"]),
])
