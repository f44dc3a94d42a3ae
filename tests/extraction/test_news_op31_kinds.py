"""op31's kinds (realnews-fresh31 opened as a development set, session 32): what is awaited lies ahead; a verbless
headline of names and a court's or a vote's step before its weekday announces it; a saying's "by the time" clause
before a main clause's "would" is a forecast; a four-digit number joined to a number that is no year after a label is
no year; "in the next month" told ahead is a span, no calendar month; one's own conviction or arrest named by its month
is done; "was not able to ... until" a day is the past.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2025, 1, 22)
SUN = dt.date(2025, 3, 16)
MAY = dt.date(2025, 5, 14)
OCT = dt.date(2025, 10, 8)

test_what_is_awaited_lies_ahead = dated_test([
    ("The rebels told the envoy on Monday that they need not await the outcome of the November 17 election.",
     ["2025-10-06", "2025-11-17"]),
    ("The general said on Sunday he was awaiting the November 20 talks.", ["2025-10-05", "2025-11-20"]),
    ("Donors told the ministry last week they were waiting for the November 9 election before pledging.",
     ["2025-11-09"]),
    # near neighbours: an awaited date months gone, no awaiting at all
    ("Families waited for the results of the September 3 inquest.", ["2025-09-03"]),
    ("The party told the envoy on Monday about the June 17 election.", ["2025-10-06", "2025-06-17"]),
], OCT)

test_a_verbless_headline_of_a_court_step_and_its_day_announces_it = dated_test([
    ("Walsh, Brennan Sentencing Monday", ["2025-03-17"]),
    ("Smith Arraignment Tuesday", ["2025-03-18"]),
    ("Former Treasurer's Trial Monday", ["2025-03-17"]),
    # near neighbours: a headline's present verb before the step, a happening nobody schedules
    ("Judge Delays Sentencing Monday", ["2025-03-10"]),
    ("Man Killed In Crash Monday", ["2025-03-10"]),
    ("Protesters outside the sentencing Monday", ["2025-03-10"]),
    ("Scuffle at Smith Hearing Monday", ["2025-03-10"]),
], SUN)

test_a_sayings_by_the_time_clause_before_would_is_a_forecast = dated_test([
    ("She said by the time the storm reached Norfolk on Monday it would have weakened.", ["2025-03-17"]),
    ("Forecasters said by the time the front cleared Wales on Tuesday, temperatures would fall sharply.",
     ["2025-03-18"]),
    ("He warned that by the time the bill got to the Senate on Wednesday it would be too late.", ["2025-03-19"]),
    # near neighbours: a past perfect or a plain past after the clause, a refusal's "would not", no saying
    ("She said by the time rescuers reached him on Friday he had been trapped for two days.", ["2025-03-14"]),
    ("He said by the time police arrived on Friday, the gunman fled.", ["2025-03-14"]),
    ("The officer said by the time he arrived on Friday, the man would not talk.", ["2025-03-14"]),
    # (after rv25's round 1: a past ability's "could", a counterfactual's "would have")
    ("She said by the time she got home on Friday she could hardly stand.", ["2025-03-14"]),
    ("He said by the time help came on Saturday he would have drowned but for a passer-by.", ["2025-03-15"]),
    ("She said by the time the crew found her on Friday she would have frozen had the dog not barked.",
     ["2025-03-14"]),
], SUN)

test_a_number_joined_to_a_labelled_non_year_is_no_year = dated_test([
    ("Both UAW 1112 and 1714 will hold meetings for their members.", []),
    ("Members of Locals 1005 and 1999 voted to strike.", []),
    ("Flights 1107, 1780 and 1811 were cancelled on Monday.", ["2025-01-20"]),
    # near neighbours: two years, a year after a lower-case preposition's number
    ("The treaty was signed in 1713 and 1714.", ["1713", "1714"]),
    ("The castle was rebuilt in 1112 and 1714.", ["1714"]),
    ("In 1215 and 1689, England limited its kings.", ["1689"]),
    ("The abbey, founded in AD 1130 and 1702, was restored in 2019.", ["1702", "2019"]),
    ("Both 1066 and 1815 are dates every pupil knows.", ["1815"]),
], WED)

test_in_the_next_month_told_ahead_is_a_span = dated_test([
    ("The cuts took effect on Sunday. The airline will drop eight more flights in the next month.", ["2025-01-19"]),
    ("The mill shut on Friday. Its owners say they will sell it in the next month.", ["2025-01-17"]),
    ("The bridge reopened on Jan. 6. Engineers plan to inspect three more in the next month.", ["2025-01-06"]),
    ("The shop closed on Jan. 10. The owner will reopen it in the next year.", ["2025-01-10"]),
    # near neighbours: the month after a day told, in the past; a calendar month ahead
    ("He was charged on March 3. He was convicted the next month.", ["2024-03-03", "2024-04"]),
    ("The firm will reopen the plant next month.", ["2025-02"]),
    ("Inspectors will check how the shop, which shut on Jan. 6, was sold in the next month.",
     ["2025-01-06", "2025-02"]),
], WED)

test_ones_own_outcome_named_by_its_month_is_done = dated_test([
    ("A judge is expected to sentence the pair for their June convictions.", ["2024-06"]),
    ("He will appeal his April conviction, his lawyer said.", ["2024-04"]),
    ("Prosecutors will review his November arrest before the trial.", ["2024-11"]),
    # near neighbours: a scheduled step, a vote that is no one's own outcome
    ("He faces an April trial.", ["2025-04"]),
    ("The party expects a repeat of the June vote.", ["2025-06"]),
], WED)

test_not_able_to_until_a_day_is_the_past = dated_test([
    ("The shop was not able to reopen until Monday.", ["2025-05-12"]),
    ("Voters were not allowed to enter the hall until Friday.", ["2025-05-09"]),
    ("Counties were not able to open mail ballots until Election Day morning in last year's election.",
     ["2024-11-05", "2024"]),
    # near neighbours: told ahead, a plan
    ("The shop will not be able to reopen until Monday.", ["2025-05-19"]),
    ("The shop was not expected to reopen until Monday.", ["2025-05-19"]),
], MAY)
