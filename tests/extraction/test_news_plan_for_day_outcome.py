"""A plan told in the past passive for a weekday ("was scheduled for Saturday") with how it went told
after it ("but was rained out", "and went ahead as planned"): the plan is gone by, its day the last
such one. Near neighbours: a saying after it ("but officials said ...") or a future after it ("and will
be held at noon") tells no outcome; an active scheduling ("set a hearing for Friday and ordered ...")
stays ahead. Sentences written for the test."""
import datetime as dt

from dated import dated_test

W = dt.date(2026, 12, 9)  # a Wednesday

test_a_past_plan_for_a_day_with_its_outcome_is_gone_by = dated_test([
    ("The match was scheduled for Saturday but was called off.", ["2026-12-05"]),
    ("The parade was planned for Friday and drew thousands.", ["2026-12-04"]),
    ("The auction was slated for Thursday but never took place.", ["2026-12-03"]),
], W)

test_a_past_plan_for_a_day_with_no_outcome_stays = dated_test([
    ("The match was scheduled for Saturday, but officials said it could move.", ["2026-12-12"]),
    ("The vote was scheduled for Monday and will be held at noon.", ["2026-12-14"]),
    ("The judge set a hearing for Friday and ordered the man to appear.", ["2026-12-11"]),
    # after "and", another past may be the run-up's, not how the plan went (rv18's review)
    ("The gala was planned for Friday night and sold out in an hour.", ["2026-12-11"]),
], W)

# a plan put off or moved says nothing of whether its first day is gone: told in a paper before that
# day, the move came first (rv19's review of the merge)
test_a_past_plan_put_off_or_moved_keeps_its_day = dated_test([
    ("The vote was scheduled for Thursday and was moved to Friday.", ["2026-12-10", "2026-12-11"]),
    ("The launch was planned for Friday but was postponed until Monday.", ["2026-12-11", "2026-12-14"]),
    ("The vote was scheduled for Thursday, but it was moved to Friday.", ["2026-12-10", "2026-12-11"]),
    ("The parade was planned for Saturday and was pushed back by a week.", ["2026-12-12"]),
], W)
