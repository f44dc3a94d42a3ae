"""A commodity's price named by its contract month ("October natural gas settled at $3.12",
"December gold fell $4"), told in the past in September, is the coming month's contract, as "the
December contract rose" is (test_news_precision_attributive_month.py): not the month a year back.
(Whether such a month is a statement at all is a convention the gold sets differ on: fresh12 and
fresh20 key "for July delivery", fresh16 keys no contract month.)

Each row: the publication date, the text, the dates the engine must give, in order. The
sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2017, 9, 19)

test_a_commodity_named_by_its_contract_month = dated_test([
    (TUE, "October natural gas settled at $3.05 per million British thermal units, down 1.9 cents.", ["2017-10"]),
    (TUE, "November crude rose 38 cents to $50.12 a barrel on the New York Mercantile Exchange.", ["2017-11"]),
    (TUE, "December gold fell $5.20 to settle at $1,306.40 an ounce.", ["2017-12"]),
    (TUE, "December corn futures slipped 2 cents to $3.51 a bushel.", ["2017-12"]),
    # Not: a month of output, sales or imports, or a month that opens the clause.
    (TUE, "October natural gas output rose 2% from a year earlier.", ["2016-10"]),
    (TUE, "The company's October sales rose 5%.", ["2016-10"]),
    (TUE, "In October gold fell 3%.", ["2016-10"]),
])
