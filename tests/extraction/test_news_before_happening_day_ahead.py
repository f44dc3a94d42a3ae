"""A yearless day of a scheduled happening after "ahead of", or after "before" with a readying before it
(deployed, mobilized, trained, printed ...), in a past clause ("resources were mobilized to ensure a
smooth campaign before the voting on Dec. 12" in a mid-November paper) is
the coming one when the last one lies more than half a year back and the coming one within three
months, as for a happening one is barred from or registered for (direction._kept_from_coming): what
is done before a happening told with its yearless day is done for the coming one. Not a happening
told as gone by after it ("..., which it lost"), nor one of the last half year, nor what merely happened
before it ("Fog lifted just before the race on Dec. 1": rv14's round).
"""
import datetime as dt

from dated import dated_test

NOV = dt.date(2019, 11, 15)

test_a_scheduled_happening_before_which_something_was_done_lies_ahead = dated_test([
    (NOV, "Officials said all polling staff were trained before the vote on Dec. 12.", ["2019-12-12"]),
    (NOV, "Extra police were deployed ahead of the match on Dec. 1.", ["2019-12-01"]),
    (NOV, "Volunteers were recruited before the referendum on Dec. 8.", ["2019-12-08"]),
    (NOV, "The commission said it had printed the ballots before the runoff on Jan. 9.", ["2020-01-09"]),
])

test_happenings_gone_by_stay = dated_test([
    (NOV, "The party collapsed before the election on Dec. 12, which it lost.", ["2018-12-12"]),
    (NOV, "He was arrested before the trial on March 3.", ["2019-03-03"]),
    (NOV, "Police were deployed before the match on Oct. 1.", ["2019-10-01"]),
    # no readying before "before": the happening gone by, as on main
    (NOV, "Fog lifted just before the race on Dec. 1.", ["2018-12-01"]),
    (NOV, "He was kept in custody before the hearing on Jan. 9, where he pleaded guilty.", ["2019-01-09"]),
])
