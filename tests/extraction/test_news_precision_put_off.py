"""A date that something is put off or extended to lies ahead, whatever form
the verb takes: the infinitive of a decision ("decided to extend the curfew
through Sunday", "refused to postpone the hearing to Nov. 2") and the present
("the company extends its offer to Nov. 20"), as the past participle already
did ("the offer was extended to Nov. 20"). So does the date of what an order
or a request says must be done ("ordered that the files be released by
Nov. 10"). Written sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

FRI = dt.date(2023, 10, 20)


test_what_is_put_off_extended_or_ordered_lies_ahead = dated_test([
    (FRI, "The city decided to extend the curfew through Sunday.", ["2023-10-22"]),
    (FRI, "The court refused to postpone the hearing to Nov. 2.", ["2023-11-02"]),
    (FRI, "The board voted to delay the launch until Nov. 6.", ["2023-11-06"]),
    (FRI, "The company extends its offer to Nov. 20.", ["2023-11-20"]),
    (FRI, "The judge ordered that the documents be released by Nov. 10.", ["2023-11-10"]),
    (FRI, "Prosecutors asked that he be sentenced in February.", ["2024-02"]),
])


test_other_dates_keep_their_direction = dated_test([
    (FRI, "Troops moved through the town on Sunday.", ["2023-10-15"]),
    (FRI, "The curfew was extended through Sunday.", ["2023-10-22"]),
    (FRI, "The court refused to hear the case on Tuesday.", ["2023-10-17"]),
    (FRI, "He said that he was sentenced in February.", ["2023-02"]),
])
