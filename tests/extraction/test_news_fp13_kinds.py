"""fp13's kinds (session 32 precision sample: 24 local and regional news pages from the US, UK, Canada, Australia,
India and Africa that no set holds): a holiday's "long weekend" is a weekend, no day; "the second week of November"
is a week, no month; an attempt's or a failure's infinitive in a restrictive relative clause ("stations that failed
to open on Wednesday") is in the relative's past; a mishap nobody schedules named with its weekday ("following an
incident in Maghera on Saturday morning") is gone by, whatever lies ahead in the clause; sides that "renew (their)
rivalry" on a weekday are a preview's fixture, the coming day; a quotation that looks ahead, said "on"/"about" a
fixture named by its day's possessive, speaks of the coming one.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2025, 3, 12)  # Mon 10, Tue 11 gone; Thu 13, Fri 14, Sat 15, Sun 16 ahead; Sat 8, Sun 9 gone
SUN = dt.date(2025, 3, 16)  # Sat 15 yesterday; Mon 10 .. Fri 14 earlier this week

test_a_holidays_long_weekend_is_no_day = dated_test([
    ("Ferry bookings doubled over the Easter long weekend.", []),
    ("Police will run extra patrols across the Thanksgiving long weekend.", []),
    ("Roads were jammed over the Australia Day long weekend, police said.", []),
    # near neighbours: the holiday itself, a long weekend named by no holiday
    ("The store will close on Good Friday.", ["2025-04-18"]),
    ("Police made 40 arrests over the long weekend.", []),
    ("Crowds packed the beaches on Easter Sunday in 2024.", ["2024-03-31"]),
], WED)

test_a_week_of_a_month_is_no_month = dated_test([
    ("The river is expected to peak during the second week of April.", []),
    ("Most of the rain fell in the third week of January.", []),
    ("Enrolment opens in the last week of May 2025.", []),
    ("Sales fell in the first week in February.", []),
    ("The river will crest in the second week of April (8-11 April).", ["2025-04-08/2025-04-11", "2025-04-11"]),
    # near neighbours: a month with a stretch of weeks, the week of a day, a week's days told in brackets
    ("The school closed for two weeks in February.", ["2025-02"]),
    ("Most of the rain fell in the first two weeks of January.", ["2025-01"]),
    ("The hearing is set for the week of April 7.", []),
], WED)

test_a_relatives_failure_or_attempt_with_its_infinitive_is_past = dated_test([
    ("Voting was extended to Thursday at polling stations that failed to open on Monday.",
     ["2025-03-13", "2025-03-10"]),
    ("Crews that managed to reach the village on Sunday will return on Friday.", ["2025-03-09", "2025-03-14"]),
    ("The council will meet Thursday to discuss contractors that failed to finish the road on Monday.",
     ["2025-03-13", "2025-03-10"]),
    ("Schools that failed to open on Tuesday will reopen next week.", ["2025-03-11"]),
    # near neighbours: an infinitive that is no complement of the relative's verb, a verb of wanting, the main verb
    ("The storm that formed on Monday to hit Texas on Friday is weakening.", ["2025-03-10", "2025-03-14"]),
    ("Teams that failed to qualify will play again on Saturday.", ["2025-03-15"]),
    ("The firm failed to pay wages on Monday.", ["2025-03-10"]),
], WED)

test_a_mishap_named_with_its_weekday_is_gone_by = dated_test([
    ("A man is due to appear in court following an incident in Ballymena on Saturday morning.", ["2025-03-15"]),
    ("Two teenagers will be sentenced over a stabbing in Leeds on Friday night.", ["2025-03-14"]),
    ("A driver will appear before magistrates charged in connection with a fatal collision on the A47 on Thursday.",
     ["2025-03-13"]),
    ("Police are appealing for witnesses to a robbery at a petrol station on Tuesday evening.", ["2025-03-11"]),
    # the mishap opening the sentence, its article capitalised (cr1: the rule had read only "a"/"an"/"the")
    ("A crash on the A1 on Saturday will be investigated by the coroner.", ["2025-03-15"]),
    ("An incident in Maghera on Friday night will be the subject of a police review.", ["2025-03-14"]),
    ("The stabbing in Leeds on Friday night will be reviewed by detectives.", ["2025-03-14"]),
    # near neighbours: the mishap the topic of what lies ahead, the weekday the main clause's (rv25)
    ("An inquest into a fatal crash on the M6 will open on Monday.", ["2025-03-17"]),
    ("The inquiry into the explosion at the plant will resume on Tuesday.", ["2025-03-18"]),
    ("A vigil for the victims of the shooting at the school will be held on Friday.", ["2025-03-21"]),
    ("Scouts will light a fire on the beach on Saturday to mark the end of summer.", ["2025-03-22"]),
    # near neighbours: what is planned or guarded against, a happening that may be scheduled
    ("Extra officers will be on duty to prevent a crash on Saturday at the rally.", ["2025-03-22"]),
    ("The fire service will hold a fire drill at the school on Saturday.", ["2025-03-22"]),
    ("Fans will gather for the parade on Saturday.", ["2025-03-22"]),
], SUN)

test_sides_renewing_a_rivalry_on_a_weekday_play_the_coming_day = dated_test([
    ("Hillcrest and Central renew rivalry on Friday night at Memorial Stadium.", ["2025-03-14"]),
    ("The Bulldogs resume their rivalry with the Tigers on Saturday.", ["2025-03-15"]),
    ("Two unbeaten sides renew their old rivalry Friday in the district opener.", ["2025-03-14"]),
    # near neighbours: told in the past, with its score, in the passive
    ("The Bulldogs renewed their rivalry with the Tigers on Saturday.", ["2025-03-08"]),
    ("The Bulldogs renew their rivalry with the Tigers on Saturday, winning 21-14.", ["2025-03-08"]),
    ("The rivalry was renewed on Saturday before 8,000 fans.", ["2025-03-08"]),
], WED)

# A quotation said of a fixture named by its day's possessive: the saying's past dates the fixture, whatever the
# quotation's tense ('"We will learn from it," the coach said of Saturday's game': the game is gone by). fp13 had
# read a quotation that looks ahead as the coming fixture; rv25 found it wrong as often ('"I will never forget it,"
# she said of Sunday's final'), so the forward quotation ('"It will be a tough one," she said of Sunday's final')
# stays a known limit: only the article's other dates tell it.
test_a_quote_said_of_a_days_fixture_keeps_the_sayings_past = dated_test([
    ('"We will learn from it," the coach said of Saturday\'s game.', ["2025-03-08"]),
    ('"I will never forget it," she said of Sunday\'s final.', ["2025-03-09"]),
    ('"We played badly," the coach said about Saturday\'s game.', ["2025-03-08"]),
    ('"We will win the title," the coach said after Saturday\'s game.', ["2025-03-08"]),
    ('"Great effort," the coach said about Saturday\'s game.', ["2025-03-08"]),
], WED)
