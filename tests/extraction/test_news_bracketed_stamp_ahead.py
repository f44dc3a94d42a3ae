"""A numeric date alone in square brackets ending its line is the page's stamp only when it lies on or
before the paper's day; one whose day/month order is unknown ("[10/06/25]") is a stamp only when both
readings do, and when one reading lies after the paper's day, that is the day the line announces.
Sentences written for the test."""
import datetime as dt

from dated import dated_test

W = dt.date(2025, 9, 17)  # a Wednesday

test_an_ambiguous_bracketed_date_after_the_page_is_announced = dated_test([
    ("Public hearing on the levy [10/02/25]\nBring your questions.", ["2025-10-02"]),
    ("Next meeting of the trustees [11/03/25]\nAll are welcome.", ["2025-11-03"]),
], W)

test_a_bracketed_stamp_on_or_before_the_page_stays_dropped = dated_test([
    ("Council passes the levy [09/05/25]\nThe vote was 4-1.", []),
    ("Council passes the levy [09/15/25]\nThe vote was 4-1.", []),
    ("Levy hearing set [2025-09-16]\nIt was brief.", []),
], W)


# the reading nearer the page's day decides: an older headline's stamp weeks back is no day months ahead
# (rv19's review of the merge)
test_an_ambiguous_stamp_nearer_before_the_page_stays_dropped = dated_test([
    ("Council approves budget [08/12/25]\nThe vote was 5-2.", []),
    ("Related stories:\nMayor signs lease [08/04/25]\nPark plan stalls [08/11/25]", []),
], W)
