"""A site's menu lines and headings, alone or joined by the sentence splitter into one sentence (no
full stop between them): a section label "Today's Paper" that closes a short menu line ("premium_icon Subscribe
Today's Paper" under "Menu"), and a heading "Today from <site>:" over the site's items, date no
happening today. A line that tells one ("Today's paper was late", "Today from Monday's vote a new
council takes office") keeps its day. Written texts, one general case per row.
"""
import datetime as dt

from dated import dated_test

FRI = dt.date(2018, 9, 7)


test_menu_labels_date_nothing = dated_test([
    ("Menu\npremium_icon Subscribe Today's Paper\nLogin\n\nThe mayor resigned on Monday.", ["2018-09-03"]),
    ("Home\nSport Business Today's Paper\nWeather\n\nThe mayor resigned on Monday.", ["2018-09-03"]),
    ("Menu\nsearch_icon Today's News\n\nThe mayor resigned on Monday.", ["2018-09-03"]),
    ("9/7/2018\nToday from Hiiraan Online:  _\nadvertisements\nThe mayor resigned on Monday.", ["2018-09-03"]),
    ("Today from The Gazette:\nLatest headlines\n\nThe mayor resigned on Monday.", ["2018-09-03"]),
], FRI)


test_lines_that_tell_a_happening_keep_their_day = dated_test([
    ("Menu\nToday's paper was late because of the strike.", ["2018-09-07"]),
    ("The printers walked out\nand today's paper was late.", ["2018-09-07"]),
    ("Today from Monday's vote a new council takes office.", ["2018-09-07", "2018-09-03"]),
    ("Today from noon the roads will be closed.", ["2018-09-07"]),
], FRI)
