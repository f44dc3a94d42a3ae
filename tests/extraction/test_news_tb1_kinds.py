"""tb1's kinds (session 34, TimeBank's errors sorted into engine errors, annotation choices and unclear cases):
the end of the month ("by the end of the month", "at month's end", "before the month is out") is a month, as the end
of the year is a year: this month's when it is ahead or aimed at, the month the text just named when a past clause
reached it, no month when the past clause names none (nor every month's end, a custom); and "today" beside two
things said to be equal or alike in the present ("And today, X is equal to Y", "X today is tantamount to Y") is
nowadays, no day.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

MAY = dt.date(2024, 5, 15)  # a Wednesday

test_the_end_of_the_month_is_a_month = dated_test([
    # ahead or aimed at: this month
    ("The navy plans to have 12 ships in the gulf by the end of the month.", ["2024-05"]),
    ("Officials say the aim is to reopen the bridge by the end of the month.", ["2024-05"]),
    ("The tender offer is scheduled to expire at the end of the month.", ["2024-05"]),
    ("The mill will shut at month's end, the union said.", ["2024-05"]),
    ("Negotiators hope to reach a deal before the month is out.", ["2024-05"]),
    ("The exhibition runs until the end of the month.", ["2024-05"]),
    ("The mayor said on Monday the curfew will be lifted by the end of the month.", ["2024-05-13", "2024-05"]),
    # a past clause: the month the text just named, none when it names none
    ("Exports fell in March. By the end of the month, the port had laid off 200 dockers.", ["2024-03", "2024-03"]),
    ("Shares slid in March. By month-end they had lost a fifth of their value.", ["2024-03", "2024-03"]),
    ("Prices jumped last month. Fuel did not drop below $4 until the end of the month.", ["2024-04", "2024-04"]),
    ("By the end of the month, the port had laid off 200 dockers.", []),
    ("Before the month was out, three ministers had resigned.", []),
    ("The council sits in June and will vote by the end of the month.", ["2024-06"]),
    ("The chief judge retires at the end of the month.", ["2024-05"]),
    ("The merger should be completed by month-end.", ["2024-05"]),
    ("At the end of the month, the ambassador is leaving Rome.", ["2024-05"]),
    # a month ahead named just before: which month's end is not told
    ("The poll is on June 4, and voters must enrol by the end of the month.", ["2024-06-04"]),
    ("Copper climbed in February and, before the month was out, had touched a record.", ["2024-02"]),
    # every month's end, and other phrases with the same words
    ("Tenants are usually billed at the end of the month.", []),
    ("Each month, the index is released at the end of the month.", []),
    ("Dividend checks arrive at the end of the month.", []),
    ("At the end of the month, statements arrive and the clerk opens the ledger.", []),
    ("The bank's month-end reserves grew.", []),
    ("Traders were paid by month-end bonuses.", []),
    ("Statements arrive at the end of the month, when the bank posts its rates.", []),
    ("Wages are paid at the end of each month.", []),
    ("Fasting ends at the end of the month of Ramadan.", []),
    ("He returned at the end of the month-long strike.", []),
    ("She spoke at the end of the month's last session.", []),
    ("At the end of the day, voters decide.", []),
    # the year's end as before
    ("The plant will close by the end of the year.", ["2024"]),
], MAY)

test_today_beside_two_things_said_alike_is_nowadays = dated_test([
    ("And today, the right to a job is equal to the right to live.", []),
    ("Today, a college degree is no different from a high school diploma.", []),
    ("A vote for the rebels today is tantamount to a vote for war.", []),
    ("But today, speaking out is akin to treason, the writer said.", []),
    ("Today, sharing a flat is equivalent to marriage under the new law.", []),
    # the day's: one happening of the day, a day's measure, a figure or another time it is compared with, a
    # possessive, a verb of that day
    ("The race today is akin to a sprint.", ["2024-05-15"]),
    ("Today, attendance is similar to that of the opening day.", ["2024-05-15"]),
    ("Today, trading volume is comparable to Tuesday's.", ["2024-05-15", "2024-05-14"]),
    ("Today, the index is equal to its 2008 high.", ["2024-05-15", "2008"]),
    ("Today, the price is equal to $40 a barrel.", ["2024-05-15"]),
    ("Today, the cut is equal to March's.", ["2024-05-15", "2024-03"]),
    ("Today's meeting is similar to last week's.", ["2024-05-15"]),
    ("The minister said today that the plan is equal to a surrender.", ["2024-05-15"]),
    ("Today the council voted, and the measure is equal to a ban.", ["2024-05-15"]),
    ("Today, the museum is open until 9 p.m.", ["2024-05-15"]),
], MAY)
