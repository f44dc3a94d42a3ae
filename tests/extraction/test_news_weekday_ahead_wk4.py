"""Bare weekdays a day or a few ahead that the engine read as last week's (session 20, wk4: the
kinds found by sampling news broadly, bench/realnews/README.md). Sentences written for the test,
not taken from any article. Each group: the rule's rows (most failed before it; "in preparation for
Saturday's gala" and "Talks could wrap up Thursday, clearing the way ..." were already right), then,
after "right before, right after", rows whose reading was right before and must stay right.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2025, 2, 3)   # Mon 3 | Tue 4 .. Sun 9 ahead | Tue 28 Jan .. Sun 2 Feb gone
WED = dt.date(2025, 2, 5)   # Wed 5 | Thu 6 .. Tue 11 ahead | Thu 30 Jan .. Tue 4 gone
THU = dt.date(2025, 2, 6)   # Thu 6 | Fri 7 .. Wed 12 ahead | Fri 31 Jan .. Wed 5 gone


# What one readies for, or what a warning, a watch or a forecast is for, is still to come when told:
# the nearest such day in a past clause (the coming one when the last lies over three days back);
# a notice's day, the coming one.
test_a_day_readied_or_warned_for_lies_ahead = dated_test([
    (MON, "Forecasters issued a frost advisory for Wednesday across the valley.", ["2025-02-05"]),
    (MON, "The agency put out a storm warning for rain and high winds for Thursday.", ["2025-02-06"]),
    (THU, "Officials posted a heat alert for Monday in three counties.", ["2025-02-10"]),
    (THU, "Road crews were bracing for freezing rain Saturday on the mountain passes.", ["2025-02-08"]),
    (THU, "Reporters talked with organizers as they prepare for Sunday at the fairgrounds.", ["2025-02-09"]),
    (THU, "Volunteers spent the evening stacking chairs in preparation for Saturday's gala.", ["2025-02-08"]),
    # right before, right after: a day readied for whose outcome follows is gone by; a day one
    # or two back in a past clause stays the last one; a forecast that is the subject of a past verb
    (THU, "Crews braced for high winds Saturday, which toppled dozens of trees.", ["2025-02-01"]),
    (THU, "The town prepared for Tuesday's storm by clearing drains.", ["2025-02-04"]),
    (THU, "The forecast for Saturday was wrong by ten degrees.", ["2025-02-01"]),
    # a notice put out for yesterday is yesterday's, in a Monday paper
    (MON, "The weather service issued a winter storm warning for Sunday across the region.", ["2025-02-02"]),
    (MON, "Forecasters posted a flood watch for Sunday as the rain moved in.", ["2025-02-02"]),
    (THU, "Stores sold out of shovels Monday as residents prepared for Tuesday's snow.",
     ["2025-02-03", "2025-02-04"]),
    (THU, "A missing-child alert was issued for Saturday's kidnapping.", ["2025-02-01"]),
    (THU, "The striker netted a brace of goals Saturday.", ["2025-02-01"]),
    (THU, "The town had closed streets in preparation for Saturday's parade.", ["2025-02-01"]),
])


# Items of a list in order, each day with an item of its own, after the publication day in a clause
# told ahead (a forecast told in the past) or after a day ahead: the days run on ahead; a plain past
# list's days are last week's.
test_a_list_running_on_from_today_or_a_day_ahead = dated_test([
    (THU, "The storm was expected to reach the coast late Thursday, the capital on Friday and the "
          "border on Saturday, forecasters said.", ["2025-02-06", "2025-02-07", "2025-02-08"]),
    (WED, "Snow is in the forecast Thursday and Friday, the weather service said.", ["2025-02-06", "2025-02-07"]),
    # right before, right after: a past list that would cross the publication day is last week's
    (THU, "The tour played Denver on Thursday, Omaha on Friday and Tulsa on Saturday.",
     ["2025-01-30", "2025-01-31", "2025-02-01"]),
    (WED, "The death toll rose to 30 as of Monday, up from 18 on Saturday.", ["2025-02-03", "2025-02-01"]),
    (WED, "Police arrested the man Wednesday after a robbery Thursday.", ["2025-02-05", "2025-01-30"]),
])


# A plan, an expectation or an order told in the past governs the objects joined by "and" before its
# day: "was expected to reach the islands and the coast by Saturday".
test_a_plan_over_objects_joined_by_and = dated_test([
    (THU, "The cold front was expected to reach the lakes and the coast by Sunday.", ["2025-02-09"]),
    (WED, "Utility crews were told to clear the lines and the substations by Saturday.", ["2025-02-08"]),
    # right before, right after: a clause of its own after the "and" keeps its past
    (THU, "The team was expected to win, and fans celebrated Saturday.", ["2025-02-01"]),
])


# A verb phrase with no subject of its own after a clause told ahead shares its time: ", then come
# back Monday", ", setting up a final vote Monday".
test_a_verb_phrase_after_a_clause_told_ahead = dated_test([
    (WED, "Leaders said members will take the weekend off, then return Monday to finish the budget.",
     ["2025-02-10"]),
    (WED, "Talks could wrap up Thursday, clearing the way for a final vote Monday.",
     ["2025-02-06", "2025-02-10"]),
    # right before, right after: "including" names a list, no verb; a past verb after "then" keeps its past
    (WED, "Officials will review several incidents, including a crash on Sunday.", ["2025-02-02"]),
    (WED, "Police said the man would be charged, and then released him Monday.", ["2025-02-03"]),
    (WED, "The union will appeal, calling Monday's ruling unfair.", ["2025-02-03"]),
    # an -ing verb of telling or citing reports what was said or found on its own day, gone by
    (WED, "The club will sell the stadium, confirming reports Tuesday.", ["2025-02-04"]),
    (WED, "The company will cut 500 jobs, disclosing the plan Monday in a filing.", ["2025-02-03"]),
    (WED, "The firm can no longer pay its debts, admitting as much Monday.", ["2025-02-03"]),
    (WED, "The city will close the pool, citing a failed inspection Tuesday.", ["2025-02-04"]),
])


# A participle glued by a hyphen to a noun or a number ("COVID-19-related", "state-owned") is an
# adjective, no past verb: a headline's plan keeps its day ahead.
test_a_hyphenated_participle_is_no_past = dated_test([
    (MON, "Schools to reopen Tuesday following COVID-19-related closure", ["2025-02-04"]),
    (MON, "Port to resume shipments Wednesday after weather-related delays", ["2025-02-05"]),
    # right before, right after: a past verb after such a word keeps the day gone by
    (MON, "The Saudi-led coalition struck the port Saturday.", ["2025-02-01"]),
])


# An irregular participle after "be", "been" or "being" ("be struck", "been met") is no past of its own:
# an inverted condition's "should a deal not be struck by Friday" looks ahead.
test_a_participle_after_be_is_no_past = dated_test([
    (dt.date(2025, 2, 8), "Workers will walk out should a deal not be struck by Friday.", ["2025-02-14"]),
    # right before, right after: a past of its own keeps the day gone by
    (dt.date(2025, 2, 8), "A deal was struck Friday after a week of talks.", ["2025-02-07"]),
    (THU, "A deal could not be struck Monday despite hours of talks.", ["2025-02-03"]),
])


# A contest's winner still to be known, the subject of "will" after the day's happening: the nearest
# such day ("The winner of Saturday's game will ..." in a Wednesday paper is this Saturday's).
test_the_winner_of_a_day_still_to_come = dated_test([
    (WED, "The winner of Saturday's final will be seeded first.", ["2025-02-08"]),
    # right before, right after: a day just gone by, or a past verb, keeps it gone by
    (WED, "The winner of Tuesday's primary will face the mayor in November.", ["2025-02-04", "2025-11"]),
    (WED, "The winner of Sunday's final was seeded first.", ["2025-02-02"]),
    (WED, "Winners of Saturday's raffle should collect their prizes at the town hall.", ["2025-02-01"]),
])
