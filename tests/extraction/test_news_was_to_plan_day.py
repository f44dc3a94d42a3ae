"""A plan seen from the past with "was/were to <verb>" ("The mayor was to sign the order on May 2")
names the nearer of a yearless day's two readings, the coming one up to half a year ahead, as "was
expected to" and "was scheduled to" already did; "was to blame", "was to have signed" (a plan given
up) and "was to Paris" are no plan.
"""
import datetime as dt

from dated import dated_test

test_a_plan_told_with_was_to_names_the_day_ahead = dated_test([
    (dt.date(2019, 4, 17), "The governor was to sign the spending bill on May 2, aides said.", ["2019-05-02"]),
    (dt.date(2019, 4, 17), "Negotiators were to resume talks in Geneva on June 10 after a break.", ["2019-06-10"]),
    (dt.date(2019, 4, 17), "After a day of testimony, jurors were to go home before returning May 6 for "
                           "closing arguments.", ["2019-05-06"]),
    (dt.date(2019, 8, 20), "The strike was to start on Labor Day if no deal was reached.", ["2019-09-02"]),
])

test_neighbours_of_the_was_to_plan_are_unchanged = dated_test([
    # the plan already read so with "expected to", "scheduled to"
    (dt.date(2019, 4, 17), "The governor was expected to sign the spending bill on May 2.", ["2019-05-02"]),
    # no plan: at fault, a plan given up, a place
    (dt.date(2019, 4, 17), "Investigators said the pilot was to blame for the crash on May 2.", ["2018-05-02"]),
    (dt.date(2019, 4, 17), "The governor was to have signed the bill on May 2.", ["2018-05-02"]),
    (dt.date(2019, 4, 17), "The last flight was to Paris on May 2.", ["2018-05-02"]),
    (dt.date(2019, 4, 17), "The team's closest finish was to within a stroke on May 2.", ["2018-05-02"]),
    (dt.date(2019, 4, 17), "The ministry's plea was to no avail on May 2.", ["2018-05-02"]),
    (dt.date(2019, 4, 17), "Her first call was to paramedics on May 2.", ["2018-05-02"]),
    (dt.date(2019, 4, 17), "The second tour stop was to rural Iowa on May 2.", ["2018-05-02"]),
    # more than half a year ahead: the day gone by, as for "was expected to"
    (dt.date(2019, 4, 17), "The governor was to sign the bill on Dec. 2.", ["2018-12-02"]),
])


# "worse was to come": what followed, told looking back, no plan: the day gone by, as before the rule;
# a strike the players "were to go on" is a plan.
test_what_was_to_come_is_no_plan = dated_test([
    (dt.date(2016, 3, 21), "Worse was to come on April 4.", ["2015-04-04"]),
    (dt.date(2016, 3, 21), "Sales slumped in February, and worse was to come on April 4, when the plant closed.",
     ["2016-02", "2015-04-04"]),
    (dt.date(2016, 3, 21), "The players were to go on strike on April 4, the union said.", ["2016-04-04"]),
])
