"""A fronted date ("In August, ...") takes the tense of the main verb after it. When that verb is a
past with its object ("the judge denied a request") and a "would" or "will" comes later only inside
a clause that a conjunction opens with a subject of its own ("out of concerns that publicity would
...", "because it would ..."), the modal is that clause's, not the main verb's: the date is past.
Written sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

OCT = dt.date(2021, 10, 4)


test_modal_in_a_later_subordinate_clause_leaves_the_fronted_date_past = dated_test([
    (OCT, "In August, the judge denied a request to move the trial out of concerns that publicity "
          "would make a fair jury impossible.", ["2021-08"]),
    (OCT, "In July, the board rejected the plan because it would raise fares.", ["2021-07"]),
    (OCT, "In September, the company closed the plant since demand would not recover.", ["2021-09"]),
    (OCT, "In June, regulators approved the merger on the condition that the firms will sell assets.",
     ["2021-06"]),
])


test_a_main_clause_modal_still_makes_the_fronted_date_ahead = dated_test([
    # the -ed word is a participle before the main verb's modal
    (OCT, "In March, trucks loaded with fruit will cross the border.", ["2022-03"]),
    # a relative clause with an -ed verb, then the main modal
    (OCT, "In March, lawmakers who argued that taxes should fall will vote on the budget.", ["2022-03"]),
])


test_a_closed_subordinate_clause_before_the_main_modal = dated_test([
    # the conjunction's clause has a verb of its own and is closed: the modal after it is the main
    # clause's, the -ed word a reduced relative on the subject
    (dt.date(2023, 5, 10), "In June, tenants billed the extra charge after the rules changed will be repaid.",
     ["2023-06"]),
    (dt.date(2023, 5, 10), "In April, drivers fined the higher toll because the signs failed will get refunds.",
     ["2024-04"]),
    # ... and a finite verb right after the modal's clause is the main one's
    (dt.date(2021, 4, 1), "On Monday, staff handed a memo which says the office will shut are set to strike.",
     ["2021-04-05"]),
])


test_a_modal_in_what_a_relative_clause_on_the_object_says = dated_test([
    # "a reform which means voters will ...": the modal is the clause the relative's verb takes
    (dt.date(2021, 4, 1), "On Tuesday, China approved an electoral reform which means voters will have less say.",
     ["2021-03-30"]),
    (dt.date(2021, 4, 1), "On Tuesday, the council signed a bill that says schools will close early.", ["2021-03-30"]),
    (dt.date(2021, 4, 1), "On Monday, the board adopted a plan which ensures prices will fall.", ["2021-03-29"]),
])
