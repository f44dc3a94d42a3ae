"""A fronted day, then its subject, an -ed verb and a reported clause with no "that" ("On Monday, coach
Jan Doe announced she would retire"): the -ed verb is the finite past one and the day is gone by; the
modal is the reported clause's (session 26, fresh34). The same rule held already for a day between
the subject and the verb ("The mayor on Monday warned it would rain"). Not a participle's phrase with
no subject ("On Friday, once approved it will", "On Friday, fully rested they will").

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 6, 5)

test_a_fronted_days_ed_verb_before_a_reported_modal_is_past = dated_test([
    (WED, "On Monday, longtime softball coach Ann Reyes announced she would step down in June.",
     ["2024-06-03", "2024-06"]),
    (WED, "On Tuesday, the mayor warned it would be a hard winter.", ["2024-06-04"]),
    (WED, "On Monday the union announced it would strike.", ["2024-06-03"]),
    (WED, "On Sunday, Reyes quietly confirmed she would not seek another term.", ["2024-06-02"]),
    (WED, "On Monday, the council decided they will vote again.", ["2024-06-03"]),
])

test_a_fronted_day_before_a_phrase_with_no_subject_keeps_the_modal = dated_test([
    (WED, "On Friday, once approved it will take effect.", ["2024-06-07"]),
    (WED, "On Friday, fully rested they will return to training.", ["2024-06-07"]),
    (WED, "On Friday, if elected she will serve a full term.", ["2024-06-07"]),
    (WED, "On Friday, the coach will announce whether she will stay.", ["2024-06-07"]),
    # the -ed word a participle of the subject, a present verb of saying after it (rv16's item 25)
    (WED, "On Sunday, workers dressed in orange say they will march to city hall.", ["2024-06-09"]),
    # the reported verb "said" decided it before
    (WED, "On Monday, Reyes said she would retire.", ["2024-06-03"]),
])
