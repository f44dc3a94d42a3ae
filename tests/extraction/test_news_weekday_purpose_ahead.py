"""Which week a bare weekday falls in when a past or tenseless clause still points ahead (session 19,
wk3): a directive to come or appear on the day, a happening named "for" the day, a day's happening one
travels, picks or buys for or calls off. Each with the counterexamples the rules must leave alone.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2024, 6, 3)
WED = dt.date(2024, 6, 5)
THU = dt.date(2024, 6, 6)
FRI = dt.date(2024, 6, 7)
SAT = dt.date(2024, 6, 8)


# A directive's infinitive of coming or appearing names a day still ahead when the directive is told:
# the nearest such day, as a plan told in the past (the coming one when the last lies more than three
# days back), unless the outcome follows.
test_a_directive_to_come_on_a_day_is_the_nearest_such_day = dated_test([
    (FRI, "Workers were told to return Monday.", ["2024-06-10"]),
    (WED, "Organizers asked volunteers to arrive early Saturday.", ["2024-06-08"]),
    (SAT, "The suspect was ordered to appear in court Tuesday.", ["2024-06-11"]),
    (FRI, "Lawmakers were summoned to return to the capital on Monday.", ["2024-06-10"]),
    # ... not a directive whose outcome is told, nor one to do what is no coming, nor the coming itself
    (WED, "The workers were told to return Friday, and most did.", ["2024-05-31"]),
    (FRI, "He was ordered to pay $5 million on Monday.", ["2024-06-03"]),
    (FRI, "He was ordered to report to prison Monday and is now serving his sentence.", ["2024-06-03"]),
    (SAT, "Workers returned Monday after being told to stay home.", ["2024-06-03"]),
    (WED, "Workers were told to return Monday.", ["2024-06-03"]),
    (MON, "Organizers asked volunteers to arrive early Saturday.", ["2024-06-01"]),
])


# A happening named "for" a day in a past clause ("announced a strike for Friday") is one still to
# come: the nearest such day.
test_a_happening_named_for_a_day_is_the_nearest_such_day = dated_test([
    (WED, "The union announced a strike for Friday.", ["2024-06-07"]),
    (THU, "The board scheduled a hearing for Monday.", ["2024-06-10"]),
    # ... not a day close behind
    (WED, "The union announced a strike for Monday.", ["2024-06-03"]),
])


# A day's happening one travels, picks or buys for, or calls off, told in the past a few days after
# the last such day: the coming one.
test_a_days_happening_one_readies_for_is_the_nearest_such_day = dated_test([
    (WED, "Fans booked hotel rooms for Thursday's game.", ["2024-06-06"]),
    (THU, "Fans lined up for tickets to Saturday's final.", ["2024-06-08"]),
    (THU, "The company postponed Friday's launch.", ["2024-06-07"]),
    (FRI, "Police cancelled Saturday's parade because of security concerns.", ["2024-06-08"]),
    (THU, "Fans hoping to attend Saturday's concert should arrive early.", ["2024-06-08"]),
    # ... not a "for" of cause, a past perfect, an outcome told after it, nor a day close behind
    (WED, "The coach apologized for Friday's game.", ["2024-05-31"]),
    (THU, "He was named player of the week for Saturday's game.", ["2024-06-01"]),
    (THU, "Lawmakers blamed each other for Saturday's vote.", ["2024-06-01"]),
    (WED, "Crowds had gathered for Friday's rally before dawn.", ["2024-05-31"]),
    (WED, "Rain postponed Friday's game, which was replayed Sunday.", ["2024-05-31", "2024-06-02"]),
    (THU, "Fans who traveled for Saturday's final were thrilled by the win.", ["2024-06-01"]),
    # ... nor what one does at the happening on its day, nor a calling off during it, by the weather,
    # or with the day it was put off to
    (FRI, "Thousands gathered for Monday's rally.", ["2024-06-03"]),
    (FRI, "Some 5,000 fans traveled to Leeds for Sunday's game.", ["2024-06-02"]),
    (FRI, "Fans arrived early for Sunday's game.", ["2024-06-02"]),
    (FRI, "Thousands went to the polls for Sunday's election.", ["2024-06-02"]),
    (FRI, "Fans lined up for hours for Sunday's parade.", ["2024-06-02"]),
    (WED, "Officials called off Saturday's game at halftime.", ["2024-06-01"]),
    (FRI, "Rain postponed Sunday's game to Monday.", ["2024-06-02", "2024-06-03"]),
    (FRI, "Rain postponed Sunday's game.", ["2024-06-02"]),
    (FRI, "The referee called off Sunday's match because of fog.", ["2024-06-02"]),
    (WED, "The team flew to Denver for Monday's game.", ["2024-06-03"]),
])


# A weekday in a line with no verb: a due day's label, a fixture line, an attributive deadline, and a day
# picked for a happening.
test_a_days_label_fixture_or_deadline_is_still_to_come = dated_test([
    (THU, "Last day to register: Saturday.", ["2024-06-08"]),
    (MON, "Deadline: Friday.", ["2024-06-07"]),
    (WED, "Weekend schedule: Friday, practice; Saturday, qualifying; Sunday, race.",
     ["2024-06-07", "2024-06-08", "2024-06-09"]),
    (MON, "Alabama vs. Auburn, Saturday, 3:30 p.m., CBS", ["2024-06-08"]),
    (WED, "The Tuesday deadline looms for negotiators.", ["2024-06-11"]),
    (WED, "Officials set a Friday deadline for the proposals.", ["2024-06-07"]),
    (THU, "The party picked Saturday for its convention.", ["2024-06-08"]),
    (WED, "The court set Friday as the date for sentencing.", ["2024-06-07"]),
    # ... not a label of what was seen or came out, a result's line, a deadline missed or passed, a day
    # close behind, nor a day picked for what nobody schedules
    (MON, "Last seen: Saturday, near the park entrance.", ["2024-06-01"]),
    (THU, "Released: Tuesday, on all streaming services.", ["2024-06-04"]),
    (MON, "Alabama vs. Auburn, Saturday: Tide win 24-17", ["2024-06-01"]),
    (MON, "Lawmakers missed a Friday deadline to pass the budget.", ["2024-05-31"]),
    (WED, "The Tuesday deadline passed without a deal.", ["2024-06-04"]),
    (MON, "Officials imposed a Friday deadline for the proposals.", ["2024-05-31"]),
    (THU, "Police picked Saturday for the raid.", ["2024-06-01"]),
])


# A closure or a warning over a span up to a day, a happening told as drawing near, a deadline striven
# toward, a setting up for a day's happening: still to come when told.
test_a_span_drawing_near_or_striven_toward_is_still_to_come = dated_test([
    (WED, "The school district closed schools through Friday.", ["2024-06-07"]),
    (MON, "The airline cancelled all flights through Wednesday.", ["2024-06-05"]),
    (THU, "Forecasters warned of heavy rain through Saturday.", ["2024-06-08"]),
    (SAT, "With Tuesday's primary days away, candidates made a final push.", ["2024-06-11"]),
    (WED, "With Friday's deadline looming, talks resumed.", ["2024-06-07"]),
    (WED, "Lawmakers were racing to finish the budget before Friday's deadline.", ["2024-06-07"]),
    (dt.date(2024, 6, 4), "Crews were busy Monday setting up for Friday's festival.", ["2024-06-03", "2024-06-07"]),
    # ... not a state told in the passive, a closure whose end is told, a day close behind, a deadline met
    # with no striving, a looming told in the past
    (WED, "Schools were closed through Friday.", ["2024-05-31"]),
    (WED, "The storm closed roads through Friday, and crews reopened them Saturday.", ["2024-05-31", "2024-06-01"]),
    (MON, "Schools closed through Friday.", ["2024-05-31"]),
    (THU, "The deal was reached just hours before Tuesday's deadline.", ["2024-06-04"]),
    (SAT, "Negotiators reached a deal just before Tuesday's deadline.", ["2024-06-04"]),
    (THU, "Saturday's storm loomed over the debate.", ["2024-06-01"]),
    (FRI, "With Tuesday's primary days away, candidates made a final push.", ["2024-06-04"]),
    (THU, "Saturday's wedding was just days away when the groom was arrested.", ["2024-06-01"]),
    (WED, "Firms were rushing to file before Friday's deadline, and most made it.", ["2024-05-31"]),
    (SAT, "Lawmakers scrambled to beat Tuesday's deadline.", ["2024-06-04"]),
    (WED, "Crews were setting up for Saturday's concert when the storm hit.", ["2024-06-01"]),
])


# A verbless notice of a scheduled happening with its clock time, and a road's closures for a day's happening:
# still to come.
test_a_notice_with_its_clock_time_is_still_to_come = dated_test([
    (dt.date(2024, 6, 4), "Community meeting on the school budget Thursday at 7 p.m.", ["2024-06-06"]),
    (THU, "Funeral services for John Smith Saturday at 11 a.m.", ["2024-06-08"]),
    (dt.date(2024, 6, 4), "Blood drive at the library Wednesday", ["2024-06-05"]),
    (FRI, "Free concert in the park Saturday", ["2024-06-08"]),
    (THU, "Road closures for Sunday's marathon", ["2024-06-09"]),
    # ... not a notice of what nobody schedules, nor a line with a verb
    (WED, "Crash on I-95 Monday at 7 a.m.", ["2024-06-03"]),
    (WED, "Power outage downtown Monday at 6 p.m.", ["2024-06-03"]),
    (WED, "Theft at the county fair Monday at 3 p.m.", ["2024-06-03"]),
    (WED, "Scenes from the parade Monday", ["2024-06-03"]),
    (WED, "Fatal crash near the fair Monday", ["2024-06-03"]),
    (WED, "Concert draws thousands Monday", ["2024-06-03"]),
    (WED, "Recap: Town hall meeting Monday at 7 p.m.", ["2024-06-03"]),
    (FRI, "The meeting ended Tuesday at 9 p.m.", ["2024-06-04"]),
    (THU, "Road closures for Sunday's marathon snarled traffic.", ["2024-06-02"]),
])


# A day's happening as the subject of what is said with a modal of how it goes ("said Saturday's march would go
# ahead"), or expected "to" go: the nearest such day (the coming one after "will").
test_a_days_happening_said_to_go_ahead_is_still_to_come = dated_test([
    (THU, "Organizers said Saturday's march would go ahead.", ["2024-06-08"]),
    (WED, "Officials warned that Friday's storm could bring flooding.", ["2024-06-07"]),
    (SAT, "The team said Monday's practice will be closed to the public.", ["2024-06-10"]),
    (THU, "The company said it expected Friday's launch to go ahead.", ["2024-06-07"]),
    (THU, "Analysts said Friday's jobs report would show slower hiring.", ["2024-06-07"]),
    (dt.date(2024, 6, 1), "The mayor urged residents to vote in Saturday's election.", ["2024-06-01"]),
    (FRI, "The mayor urged residents to vote in Monday's election.", ["2024-06-10"]),
    # ... not what is done to one gone by, what nobody schedules, a result, nor a day close behind
    (FRI, "Analysts said Monday's report would be revised.", ["2024-06-03"]),
    (THU, "Police said Saturday's shooting would be investigated.", ["2024-06-01"]),
    (SAT, "Officials said Tuesday's vote would be recounted.", ["2024-06-04"]),
    (FRI, "The coach said Sunday's game is one he will never forget.", ["2024-06-02"]),
    (THU, "Officials said Tuesday's vote would go ahead.", ["2024-06-04"]),
    (WED, "Police said Saturday's parade drew 10,000 people.", ["2024-06-01"]),
    (SAT, "Few predicted Tuesday's debate would bring such a clash.", ["2024-06-04"]),
    (SAT, "Officials expected Tuesday's primary to show record turnout, but it did not.", ["2024-06-04"]),
    (FRI, "Millions turned out to vote in Sunday's election.", ["2024-06-02"]),
    (FRI, "Over 300 athletes traveled to compete in Sunday's race.", ["2024-06-02"]),
])


# A deadline named by its day in a past clause, a day's forecast, a verbless line of closings, a latest day
# ("no later than"), a calling off for a day or in a present perfect: still to come.
test_a_deadline_forecast_or_calling_off_for_a_day_is_still_to_come = dated_test([
    (dt.date(2024, 6, 4), "The governor gave lawmakers a Thursday deadline.", ["2024-06-06"]),
    (dt.date(2024, 6, 4), "Wednesday weather forecast", ["2024-06-05"]),
    (dt.date(2024, 6, 4), "Statewide school closures Wednesday", ["2024-06-05"]),
    (SAT, "The leader had moved to schedule a final vote no later than Monday.", ["2024-06-10"]),
    (dt.date(2024, 6, 4), "The district has canceled classes for Wednesday.", ["2024-06-05"]),
    (dt.date(2024, 6, 4), "Several districts have called off classes on Wednesday because of the storm.",
     ["2024-06-05"]),
    # ... not a deadline met, missed or gone, nor a calling off whose outcome is told, nor a day close behind
    (dt.date(2024, 6, 4), "The city met its Thursday deadline.", ["2024-05-30"]),
    (dt.date(2024, 6, 4), "Talks went on after the city's Thursday deadline.", ["2024-05-30"]),
    (dt.date(2024, 6, 4), "Negotiators reached a deal just before the Thursday deadline.", ["2024-05-30"]),
    (dt.date(2024, 6, 4), "Hundreds of firms filed by the Thursday deadline.", ["2024-05-30"]),
    (dt.date(2024, 6, 4), "Economists on Thursday forecast slower growth.", ["2024-05-30"]),
    (dt.date(2024, 6, 4), "Flight cancellations Sunday top 2,000", ["2024-06-02"]),
    (SAT, "The company was given a Tuesday deadline, which it beat by a day.", ["2024-06-04"]),
    (dt.date(2024, 6, 4), "Police have closed the road since Sunday.", ["2024-06-02/2024-06-04"]),
    (dt.date(2024, 6, 4), "The shipment arrived no later than Thursday, records show.", ["2024-05-30"]),
    (dt.date(2024, 6, 4), "Statewide school closures Wednesday left parents scrambling.", ["2024-05-29"]),
    (THU, "The district canceled classes for Tuesday.", ["2024-06-04"]),
])
