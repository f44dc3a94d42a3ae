"""Kinds found in a precision sample of business, economy and markets news (2017-2025: results, data releases,
central banks, oil producers, retail trading updates; outlets in Asia, Africa, Europe and North America), each in
general form; rows written for the test, not the pages' text.

- a quarter, a half or nine months named by the bare month they run to ("in the quarter ended June", "its fiscal
  third quarter to April", "the six months through September") is the period, which the conventions leave out as
  they leave "the June quarter": no month (a day keeps its day: "the six months ended June 30");
- the trade of the weeks around Christmas ("a Christmas trading update", "the Christmas run-in", "forecasts for
  Christmas sales", "the Christmas quarter") is no Christmas Day; nor does that stretch, no date of its own, cut
  the clause it stands in ("posts a Christmas trading update on Tuesday" keeps its schedule's present);
- a company's trading update and its update of the market, told in the present with a weekday ("posts a trading
  update on Tuesday", "update the market on Wednesday"), are a schedule, as "reports its results on Thursday" is:
  the coming day;
- what was decided on a day, an infinitive after it ("agreed on Sunday to trim output for May and June"), is told
  in its own clause, not in the deciding's past (not a month naming a thing already there, "the February quotas");
- a range that opens its clause ("From July through December, the cut will shrink", "..., from August to the end
  of 2020, output will rise") is a fronted date: both ends take the verb after the comma;
- a level, a peak or a low a month set ("still below its February levels", "return to January levels") is
  measured, the month gone by; but a season's peak or high that a future heads toward ("will rise toward their
  January peak") is still ahead;
- "the same month of the previous year" is that month a year back, as "the same month of 2021" is;
- "the full year" told as done in a January or February paper ("For the full year, the carmaker sold ...") is the
  year just ended, not the one barely begun.
Near neighbours keep their readings.
"""
import datetime as dt

from dated import dated_test

NOV24 = dt.date(2024, 11, 5)
FRI = dt.date(2024, 1, 5)  # a Friday
TUE = dt.date(2020, 4, 14)  # a Tuesday
NOV20 = dt.date(2020, 11, 6)
JUN22 = dt.date(2022, 6, 15)
JAN25 = dt.date(2025, 1, 7)

test_a_quarter_named_by_the_month_it_runs_to_is_no_month = dated_test([
    ("The miner's output rose 8% in the quarter ended September.", []),
    ("Its fiscal second quarter to March was weak.", []),
    ("Earnings fell in the six months through June.", []),
    ("Profit fell in the three months that ended in June.", []),
    ("Sales slipped in the nine months to September.", []),
    ("Revenue grew 6% in the 12 months to August.", []),
    ("Deliveries fell in the two months to October.", []),
    # ... a day keeps its day, a year runs to its month, a share is no quarter
    ("Profit fell in the six months ended June 30.", ["2024-06-30"]),
    ("Sales rose in the year to March.", ["2024-03"]),
    ("Sales jumped in September, the last month of the quarter.", ["2024-09"]),
], published=NOV24)

test_a_count_of_months_that_measures_a_shift_keeps_its_month = dated_test([
    ("The opening of the mine was pushed back three months to October.", ["2024-10"]),
    ("The hearing was put off for six months to November.", ["2024-11"]),
    ("The launch was moved two months to December.", ["2024-12"]),
    ("The vote was delayed by six months to December.", ["2024-12"]),
    ("The maker has pushed its launch back two quarters to December.", ["2024-12"]),
    # ... the period itself, a noun phrase, stays no month
    ("Sales slipped in the two quarters to March.", []),
], published=dt.date(2024, 6, 12))

test_the_trade_around_christmas_is_no_christmas_day = dated_test([
    (dt.date(2024, 1, 10), "Toy sales were strong in the Christmas run-up.", []),
    (dt.date(2024, 1, 10), "The retailer beat forecasts for Christmas sales.", []),
    (dt.date(2024, 1, 10), "The chain said the Christmas quarter was its best.", []),
    (dt.date(2024, 1, 10), "Trading improved through the Christmas run-in.", []),
    (FRI, "The grocer posts a Christmas trading update on Tuesday.", ["2024-01-09"]),
    # ... a day's trade, and the feast itself, keep their day
    (dt.date(2024, 1, 10), "Boxing Day trading was brisk.", ["2023-12-26"]),
    (dt.date(2024, 1, 10), "The store was shut on Christmas Day.", ["2023-12-25"]),
    (dt.date(2024, 1, 10), "Shops opened on Christmas, and sales were brisk.", ["2023-12-25"]),
])

test_a_trading_update_told_in_the_present_is_a_schedule = dated_test([
    ("The grocer posts a trading update on Tuesday.", ["2024-01-09"]),
    ("Three chains update the market on Wednesday.", ["2024-01-10"]),
    ("The bakery updates the market on Thursday.", ["2024-01-11"]),
    ("The retailer publishes its half-year results on Thursday.", ["2024-01-11"]),
    # ... told in the past, the day gone by
    ("The grocer posted a trading update on Tuesday.", ["2024-01-02"]),
    ("Shares fell after the chains updated the market on Wednesday.", ["2024-01-03"]),
], published=FRI)

test_what_was_decided_on_a_day_is_told_in_its_infinitive = dated_test([
    ("The cartel agreed on Sunday to trim output for May and June.", ["2020-04-12", "2020-05", "2020-06"]),
    ("Producers voted on Friday to lift supply in July.", ["2020-04-10", "2020-07"]),
    # ... not a noun after "to", nor a past clause inside the infinitive's
    ("The group agreed on Sunday to a deal it had rejected in March.", ["2020-04-12", "2020-03"]),
    ("The cartel met on Sunday to review the cuts it made in March.", ["2020-04-12", "2020-03"]),
    # ... nor a month that names a thing of the infinitive's object, one already there
    ("Producers voted on Friday to prolong the February quotas.", ["2020-04-10", "2020-02"]),
    ("The cartel agreed on Sunday to roll over January's limits.", ["2020-04-12", "2020-01"]),
], published=TUE)

test_a_range_that_opens_its_clause_is_a_fronted_date = dated_test([
    ("From July through December, the cut will shrink.", ["2020-07/2020-12", "2020-12"]),
    ("From July to December, output will rise.", ["2020-07/2020-12", "2020-12"]),
    ("Under the deal, from August to the end of 2020, output will rise.", ["2020-08", "2020"]),
    # ... told in the past, gone by; not a range inside its clause
    ("From January to March, exports fell.", ["2020-01/2020-03", "2020-03"]),
    ("From July through December, exports fell.", ["2019-07/2019-12", "2019-12"]),
    ("Exports fell from July to December, and will rise in May.", ["2019-07/2019-12", "2019-12", "2020-05"]),
], published=TUE)

test_a_level_a_month_set_is_gone_by = dated_test([
    ("Hiring is still well below its February levels.", ["2020-02"]),
    ("Air traffic is expected to return to January levels.", ["2020-01"]),
    ("Jobs are nearly twice their February level, the agency says.", ["2020-02"]),
    # ... a month of its own clause keeps its reading
    ("Hiring will pick up in February.", ["2021-02"]),
    # ... nor a season's peak or high that a future heads toward, still ahead (but one it climbs back to is gone by)
    ("Heating bills will rise toward their January peak.", ["2021-01"]),
    ("Parcel volumes are expected to approach their December high.", ["2020-12"]),
    ("Air traffic will climb back toward its February high.", ["2020-02"]),
    ("Night temperatures will fall to their January lows.", ["2021-01"]),
], published=NOV20)

test_the_same_month_of_the_previous_year = dated_test([
    ("Prices rose 9% in May compared with the same month of the previous year.", ["2022-05", "2021-05"]),
    ("Prices rose 9% in May from the same month in the previous year.", ["2022-05", "2021-05"]),
    # ... as with its year written
    ("Prices rose 9% in May compared with the same month of 2020.", ["2022-05", "2020-05"]),
], published=JUN22)

test_the_full_year_told_as_done_in_january_is_the_year_just_ended = dated_test([
    (JAN25, "For the full year, the carmaker sold 2.7 million vehicles.", ["2024"]),
    (JAN25, "The airline carried 40 million passengers over the full year.", ["2024"]),
    # ... ahead, or later in the year, it stays this year
    (JAN25, "For the full year, the carmaker expects to sell 2.8 million vehicles.", ["2025"]),
    (dt.date(2025, 6, 10), "For the full year, the carmaker sold 2.7 million vehicles.", ["2025"]),
    (JAN25, "The firm will sell 2.8 million vehicles for the full year.", ["2025"]),
])
