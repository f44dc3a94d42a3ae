"""A report "issued" on a weekday after the happening it reports, in a paper dated that happening's day:
the first such day after it, also with the report's source between ("a statement from the ministry
issued Friday") and with "early" or "late" ("a readout issued early Friday"). Near neighbours: a report
issued before the happening's day in the paper's week stays the day gone by. Sentences written for the
test."""
import datetime as dt

from dated import dated_test

TH = dt.date(2025, 9, 18)  # a Thursday

test_a_report_issued_after_the_day_told_follows_it = dated_test([
    ("The two sides agreed on Thursday, according to a communique from the foreign ministry issued Friday.",
     ["2025-09-18", "2025-09-19"]),
    ("The talks collapsed on Thursday, according to a readout issued late Friday.", ["2025-09-18", "2025-09-19"]),
    ("The strike ended on Thursday, according to a notice by the union issued early Friday.",
     ["2025-09-18", "2025-09-19"]),
], TH)

test_a_report_with_no_day_told_before_stays = dated_test([
    ("According to a statement from the ministry issued Monday, the talks will resume.", ["2025-09-15"]),
    ("The talks collapsed, according to a readout issued late Monday.", ["2025-09-15"]),
], TH)
