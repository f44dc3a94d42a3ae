"""A week or a weekend named by one of its days ("the week of Nov. 6", "the
weekend of Oct. 28") is no day: no statement of that day. A week that ends on
a day ("the week ended Oct. 14") and the day itself keep it. Written
sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

FRI = dt.date(2023, 10, 20)


test_a_week_named_by_its_day_is_no_day = dated_test([
    (FRI, "The trial is expected to start the week of Nov. 6.", []),
    (FRI, "Sales during the week of Oct. 9 rose 3%.", []),
    (FRI, "The museum will be closed the weekend of 28 October.", []),
])


test_a_day_beside_a_week_stays = dated_test([
    (FRI, "Jobless claims fell in the week ended Oct. 14.", ["2023-10-14"]),
    (FRI, "The museum will be closed on Oct. 28, a week of repairs.", ["2023-10-28"]),
    (FRI, "A week of protests began on Oct. 9.", ["2023-10-09"]),
])


test_a_week_commencing_label_is_no_day = dated_test([
    # A schedule's week label, "w/c" or "week commencing" and the week's first day: a week, no day.
    (FRI, "Road closures in brief: daily updates (W/C Oct. 16, 2023)", []),
    (FRI, "Lane closures on the ring road, w/c 16 October", []),
    (FRI, "Bin collections move in the week commencing 23 October.", []),
    # ... a day a thing starts on, or a week that starts on it, keeps its day.
    (FRI, "The course runs for a week starting Oct. 23.", ["2023-10-23"]),
    (FRI, "The works begin on Oct. 23, the council said.", ["2023-10-23"]),
])
