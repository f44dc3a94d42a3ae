"""A fronted day, its subject and an -ed verb of telling with its object before a reported clause's
modal ("On Monday, the coach informed the players he would step down"), or an -ed verb whose clause
is joined by "and" to one with its own subject and modal ("On Monday, crews began work and they will
finish ..."): the -ed verb is the fronted day's finite past, the modal the other clause's. Near
neighbours: a participle's phrase with no subject ("On Monday, once approved it will ...") and a
subject's participle ("fans dressed in red say they will") still look ahead. Sentences written for
the test."""
import datetime as dt

from dated import dated_test

W = dt.date(2025, 9, 17)  # a Wednesday

test_a_fronted_day_before_a_telling_verbs_object_is_past = dated_test([
    ("On Monday, the coach informed the players he would step down.", ["2025-09-15"]),
    ("On Friday, the governor reassured farmers they would be paid.", ["2025-09-12"]),
    ("On Saturday, the club notified fans it would raise prices.", ["2025-09-13"]),
    ("On Monday, workers cleared the site and they will pour concrete on Friday.",
     ["2025-09-15", "2025-09-19"]),
], W)

test_a_fronted_day_with_a_participle_still_looks_ahead = dated_test([
    ("On Monday, once approved it will take effect.", ["2025-09-22"]),
    ("On Saturday, fans dressed in blue say they will march.", ["2025-09-20"]),
    ("On Monday, the mayor will tell residents they can return.", ["2025-09-22"]),
], W)
