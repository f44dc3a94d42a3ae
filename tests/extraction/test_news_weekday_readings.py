"""Which week a bare weekday names, read from the words around it: a day something is moved to,
the day a preposition "following" a day's possessive is after, and others (issue 12: the weekday
sets' errors in general form).

Each row: the publication date (or one for the group), the text, the dates the engine must give
(date or date/end), in order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 3, 13)
THU = dt.date(2024, 3, 14)
FRI = dt.date(2024, 3, 15)
SAT = dt.date(2024, 3, 16)
SUN = dt.date(2024, 3, 17)


test_a_day_something_is_decided_to_be_moved_to_lies_ahead = dated_test([
    # "moved to Tuesday", "postponed to Tuesday" name a day ahead; so does the infinitive after a
    # past verb ("decided to move the game to Tuesday", "voted to push the hearing back to Thursday"):
    # the past is the deciding's, the day is the one the happening is moved to.
    (SUN, "On Friday the league decided to move the game back to Tuesday night.", ["2024-03-15", "2024-03-19"]),
    (SUN, "The council voted to push the hearing back to Thursday.", ["2024-03-21"]),
    (SUN, "Organizers agreed to move the concert to Saturday.", ["2024-03-23"]),
    (THU, "The board decided to shift the vote to Monday.", ["2024-03-18"]),
    # not a move that happened on the day, nor a "from" that is no rescheduling
    (SUN, "The storm began to move east on Tuesday.", ["2024-03-12"]),
    (SUN, "Protesters tried to push through police lines Tuesday.", ["2024-03-12"]),
    (SUN, "Troops began to move from Tuesday, officials said.", ["2024-03-12"]),
    (SUN, "Crowds continued to move toward the square Tuesday night.", ["2024-03-12"]),
])


test_following_a_days_possessive_after_a_day_of_another_clause = dated_test([
    # "reopened Tuesday following Monday's storms": the Monday before the clause's Tuesday. When the
    # day before is another clause's ("lost ground Thursday and slid further following ...") or
    # another sentence's, the clause's own day is not said, and the possessive is a bare weekday of
    # the clause's tense: in a Friday paper, that day.
    (FRI, "Shares lost ground Thursday and slid further following Friday's opening bell.",
     ["2024-03-14", "2024-03-15"]),
    (FRI, "The index rose Thursday and sank following Friday's jobs report.", ["2024-03-14", "2024-03-15"]),
    (FRI, "Stocks fell Thursday. Shares rebounded following Friday's jobs report.", ["2024-03-14", "2024-03-15"]),
    # the clause's own day, before or after a comma or fronted, still places it
    (FRI, "The airport reopened Thursday, following Friday's storms.", ["2024-03-14", "2024-03-08"]),
    (FRI, "On Tuesday, the airport reopened following Monday's storms.", ["2024-03-12", "2024-03-11"]),
    (SAT, "Crews cleared roads Friday following Thursday's blizzard.", ["2024-03-15", "2024-03-14"]),
])


test_a_perfect_with_a_weekday_is_gone_by = dated_test([
    # "has been busy campaigning in Ohio on Monday": news writes a perfect with the day it tells of,
    # a day gone by, never one ahead (the present's "is in Ohio on Monday" may be the coming one).
    (SAT, "The senator has been busy campaigning in Ohio on Monday.", ["2024-03-11"]),
    (SAT, "Crews have been at the site on Tuesday and Wednesday.", ["2024-03-12", "2024-03-13"]),
    (SAT, "The lawmaker has been in Washington on Monday for talks.", ["2024-03-11"]),
    (SAT, "Police have been on the scene Monday night.", ["2024-03-11"]),
    # not a plan, an infinitive or what the perfect readies for or lasts up to
    (SAT, "The team has been preparing for Sunday's final.", ["2024-03-17"]),
    (SAT, "He has been ordered to appear in court on Monday.", ["2024-03-18"]),
    (SAT, "The vote has been set for Tuesday.", ["2024-03-19"]),
    (SAT, "She has been invited to speak at the summit on Tuesday.", ["2024-03-19"]),
    (SAT, "The road has been closed through Monday.", ["2024-03-18"]),
    (SAT, "The game has been moved to Tuesday.", ["2024-03-19"]),
    (SAT, "The candidate has been campaigning hard ahead of the vote on Tuesday.", ["2024-03-19"]),
    (SAT, "The company has been in talks with the union, which will vote Monday.", ["2024-03-18"]),
    # a measure a perfect puts in place for days ahead
    (WED, "The road has been closed Monday through Friday.", ["2024-03-11", "2024-03-15"]),
    (SAT, "A warning has been issued for Monday.", ["2024-03-18"]),
    # ... nor a part named or foretold for the day: the day may be the part's.
    (SAT, "The band has been confirmed as the headliner on Sunday.", ["2024-03-17"]),
    (SAT, "Thunderstorms have been predicted on Monday across the region.", ["2024-03-18"]),
    (SAT, "He has been named the starter on Tuesday.", ["2024-03-19"]),
    (SAT, "Rain has been forecast on Monday in the north.", ["2024-03-18"]),
    (SAT, "The mare has been tipped as the favourite on Sunday.", ["2024-03-17"]),
    (SAT, "Two men have been arrested after a stabbing on Monday.", ["2024-03-11"]),
])


MON = dt.date(2024, 3, 11)


test_what_one_gets_to_do_lies_ahead = dated_test([
    # "gets to celebrate on Wednesday": what one is let do, told in the present, lies ahead, as
    # "will celebrate" (not "didn't get to play", "got to play", nor a place: "gets to the stadium").
    (MON, "The city gets to celebrate its first title in 52 years on Wednesday with a parade.", ["2024-03-13"]),
    (MON, "Fans get to see the new stadium for the first time on Saturday.", ["2024-03-16"]),
    (THU, "Voters get to weigh in on the measure Tuesday.", ["2024-03-19"]),
    (MON, "Players didn't get to practice on Sunday.", ["2024-03-10"]),
    (MON, "They never got to play on Saturday.", ["2024-03-09"]),
    (MON, "The winner gets to keep the trophy, which was presented Sunday.", ["2024-03-10"]),
])


test_what_one_is_optimistic_about_lies_ahead = dated_test([
    # A day's happening that one weighs the chances of in the present ("optimistic about Tuesday's
    # primary", "confident about Saturday's game") is still to come, as what one readies for.
    (MON, "Candidates said they're optimistic about Tuesday's primary election but will still campaign.",
     ["2024-03-12"]),
    (MON, "The coach is confident about Saturday's game.", ["2024-03-16"]),
    (MON, "Traders are bullish heading into Thursday's auction.", ["2024-03-14"]),
    (MON, "Residents are worried about Sunday's shooting.", ["2024-03-10"]),
    (MON, "Fans are excited about Saturday's win.", ["2024-03-09"]),
    # ... nor one told by its known outcome: gone by.
    (MON, "Investors are nervous about Friday's hotter-than-expected jobs report.", ["2024-03-08"]),
    (MON, "Analysts are upbeat about Thursday's strong earnings results.", ["2024-03-07"]),
    (MON, "Democrats are hopeful about Saturday's surprise victory in the runoff.", ["2024-03-09"]),
    (MON, "Traders are bullish after Friday's rally and optimistic about Thursday's auction.", ["2024-03-08", "2024-03-14"]),
])


test_a_day_said_to_be_gone_by_is_past = dated_test([
    # The present of a predicate that says the day's happening is gone by ("the deadline Friday night
    # is now long past", "has passed", "has come and gone"): the day gone by, not the present's coming one.
    (MON, "Though the original deadline of midnight Friday is now long past, the two sides kept talking.",
     ["2024-03-08"]),
    (MON, "The deadline Friday is now past.", ["2024-03-08"]),
    (MON, "The Friday deadline has passed.", ["2024-03-08"]),
    (MON, "Friday's deadline has come and gone without a deal.", ["2024-03-08"]),
    # "past" or "over" as a preposition, or no such predicate: the day ahead
    (MON, "The vote Friday is past the deadline.", ["2024-03-15"]),
    (MON, "The deadline is Friday.", ["2024-03-15"]),
    (MON, "The Thursday game is over the limit.", ["2024-03-14"]),
])


test_no_part_of_a_day_told_in_the_past_is_that_day = dated_test([
    # "no Saturday voting", "no Sunday service": what never happens on such a day, no day; but a part
    # of one day told in the past is that day's: nothing came of that night.
    (MON, "There was no Sunday night breakthrough in the budget talks.", ["2024-03-10"]),
    (MON, "Negotiators reported no Saturday morning progress.", ["2024-03-09"]),
    (MON, "There was no Saturday voting.", []),
    (MON, "There is no Sunday night service.", []),
    (MON, "The town had no Sunday night bus service for years.", []),
    (MON, "The station used to have no Sunday night programming.", []),
    # ... nor many such days: what a schedule sets, or a year or a month that spans them.
    (MON, "The league scheduled no Sunday night games.", []),
    (MON, "The college planned no Saturday morning classes.", []),
    (MON, "The bus line had no Saturday morning runs in 2023.", ["2023"]),
    (MON, "The station aired no Friday night football in 2023.", ["2023"]),
    (MON, "Riders found no Saturday morning trains in January.", ["2024-01"]),
    (MON, "There were no Sunday night talks, as negotiators rested.", ["2024-03-10"]),
    (MON, "Police reported no Saturday night arrests.", ["2024-03-09"]),
    (MON, "There were no Sunday night injuries at the stadium, officials said.", ["2024-03-10"]),
    (MON, "The debate produced no Friday night fireworks.", ["2024-03-08"]),
])


test_what_is_called_off_is_named_for_a_day_ahead = dated_test([
    # What is called off is named for its day, which is still ahead when the call is made: the coming
    # such day when the last one lies more than three days back, as for a plan told in the past; so
    # in a clause with no tense of its own ("..., forcing the cancellation of games Saturday night").
    (FRI, "The team paused activities after a positive test, forcing the cancellation of games Saturday night "
          "at home and Thursday night on the road.", ["2024-03-16", "2024-03-21"]),
    (FRI, "Officials were forced to cancel the parade Saturday.", ["2024-03-16"]),
    (FRI, "The virus forced the postponement of the match Saturday.", ["2024-03-16"]),
    # the cancelling done on the day, or an outcome told after it: the day gone by
    (FRI, "The team canceled its practice Saturday.", ["2024-03-09"]),
    (FRI, "The cancellation of the game Saturday angered fans.", ["2024-03-09"]),
    (FRI, "The storm forced the cancellation of games Wednesday night.", ["2024-03-13"]),
    # after a saying, the day may be the saying's: its reading stays the tense's
    (WED, "The league announced the cancellation of games Friday.", ["2024-03-08"]),
    # a calling off judged as done, or one whose day a past clause after it tells, is gone by
    (FRI, "Officials blamed the cancellation of the race Saturday on high winds.", ["2024-03-09"]),
    (FRI, "Police forced the cancellation of a rally Saturday after clashes broke out.", ["2024-03-09"]),
    (FRI, "Rain forced the postponement of the match Saturday night when the pitch flooded.", ["2024-03-09"]),
    (FRI, "Organizers were forced to cancel the parade Saturday after the forecast worsened.", ["2024-03-16"]),
])


test_a_positive_test_is_of_a_day_gone_by = dated_test([
    # A test found positive is news of a day gone by (or today), whatever the clause plans around it
    # ("still intend to play Tuesday despite players having tested positive on Saturday").
    (SUN, "The league still intends to have the teams play on Tuesday night despite both teams having players "
          "test positive for COVID-19 on Saturday and Sunday.", ["2024-03-19", "2024-03-16", "2024-03-17"]),
    (WED, "The team will play Friday despite three players testing positive on Monday.",
     ["2024-03-15", "2024-03-11"]),
    # a condition awaits the test; a test scheduled is no result
    (SUN, "If he tests positive on Monday, he will miss the game.", ["2024-03-18"]),
    (SUN, "Players will be tested on Monday.", ["2024-03-18"]),
    # a rule's or a habit's present, a modal, a relative with a bare verb: no test told as news
    (WED, "Anyone who tests positive on Saturday must isolate for five days.", ["2024-03-16"]),
    (WED, "Players who test positive on Saturday will miss the game.", ["2024-03-16"]),
    (WED, "The club said Smith could test positive on Saturday.", ["2024-03-16"]),
    (WED, "Jones, who tested positive on Saturday, will miss Sunday's game.", ["2024-03-09", "2024-03-17"]),
])


test_a_day_put_off_lies_before_the_day_it_is_put_off_to = dated_test([
    # A happening moved from one day to another names two days, no span ("postponed from March 3 to
    # March 10"); put off ("postponed", "delayed", "pushed back"), the day it was set for lies before
    # the day it is put off to: in a Wednesday paper, "from Monday to Thursday" is the Monday gone by.
    (WED, "The vote was postponed from Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    (WED, "The vote, originally scheduled for Monday, was delayed until Thursday.", ["2024-03-11", "2024-03-14"]),
    (WED, "The vote, originally set for Monday, has been pushed back to Thursday.", ["2024-03-11", "2024-03-14"]),
    (SUN, "The hearing was postponed from March 3 to March 10.", ["2024-03-03", "2024-03-10"]),
    (SUN, "The vote was postponed from Monday to Thursday.", ["2024-03-18", "2024-03-21"]),
    # moved up, moved either way, or both days ahead in order: as the tense reads them
    (WED, "The concert was moved up from Saturday to Friday.", ["2024-03-16", "2024-03-15"]),
    (WED, "The vote was postponed from Friday to Saturday.", ["2024-03-15", "2024-03-16"]),
    (WED, "Shops will be closed from Monday to Thursday.", ["2024-03-18/2024-03-21", "2024-03-21"]),
])


TUE = dt.date(2024, 3, 12)


test_a_weekdays_abbreviation_is_its_day = dated_test([
    # A headline's or a listing's abbreviation, capitalised with its stop, before a lower-case word or
    # a number: "Abe to visit U.S. from Thurs. for summit", "airs Sat. night".
    (TUE, "Premier to visit U.S. from Thurs. for summit", ["2024-03-14"]),
    (TUE, "The show airs Sat. night on NBC.", ["2024-03-16"]),
    (TUE, "The board meets Wed. at noon.", ["2024-03-13"]),
    # not a name, a paper or a sentence's end; nor a weekly pair
    (TUE, "Dr. Sat. Singh spoke Monday.", ["2024-03-11"]),
    (TUE, "He writes for the Sun. and the Post.", []),
    (TUE, "It was reported in the Sun. Police said nothing.", []),
    (TUE, "Games are played Fri. and Sat. nights.", []),
])


test_get_to_after_a_negated_or_past_get_is_past = dated_test([
    # "didn't get to play on Sunday", "never got to meet him on Friday": the bare verb after "get to"
    # tells no time of its own (it read as a present fixture's, the coming Sunday); "did" or "got" does.
    (WED, "He didn't get to play on Sunday.", ["2024-03-10"]),
    (WED, "The rookie did not get to play on Sunday because of a sore knee.", ["2024-03-10"]),
    (WED, "She never got to meet the president on Friday.", ["2024-03-08"]),
    (WED, "Several fans got to meet the players on Saturday.", ["2024-03-09"]),
    # what one is let do ahead, and a fixture's present, stay ahead
    (WED, "Fans get to meet the players on Saturday.", ["2024-03-16"]),
    (WED, "Residents will get to vote on Tuesday.", ["2024-03-19"]),
    (WED, "The Bears play the Lions on Sunday.", ["2024-03-17"]),
])


test_an_outcome_after_after_a_day_ahead_is_gone_by = dated_test([
    # "nervous about Friday's jobs report after Tuesday's strong data": a possessive after "after",
    # behind a day ahead of the same clause, that names an outcome ("strong data", "results", "rally")
    # came before that day; the coming Tuesday would lie after Friday: the Tuesday gone by.
    (WED, "Markets are nervous about Friday's jobs report after Tuesday's strong data.",
     ["2024-03-15", "2024-03-12"]),
    (WED, "Stocks will open higher Friday after Tuesday's rally.", ["2024-03-15", "2024-03-12"]),
    (WED, "Traders will watch Friday's jobs report after Tuesday's stronger-than-expected inflation data.",
     ["2024-03-15", "2024-03-12"]),
    # no outcome, a happening named after it, or a day that would still come before the day ahead
    (WED, "Markets are nervous about Friday's jobs report after Tuesday's Fed meeting.",
     ["2024-03-15", "2024-03-19"]),
    (WED, "The candidate will speak Saturday after Friday's rally in Ohio.", ["2024-03-16", "2024-03-15"]),
    (WED, "The team will travel on Saturday after Friday's strong finish.", ["2024-03-16", "2024-03-15"]),
])


test_a_day_put_off_with_no_from_lies_before_the_day_it_is_put_off_to = dated_test([
    # "pushed back Monday to Thursday", "rescheduled Monday to Thursday" (no "from"): the day put off
    # to is the first such day after the day put off (or the day the move was made), as in "postponed
    # from Monday to Thursday": in a Wednesday paper the coming Thursday, not last week's.
    (WED, "The game was pushed back Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    (WED, "The game was rescheduled Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    (WED, "Officials moved the vote Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    # (in a Friday paper the coming Monday and the Thursday after it, as "postponed from Monday to
    # Thursday" reads: test_a_day_put_off_with_or_without_from_agrees)
    (FRI, "The hearing was postponed Monday to Thursday because of the storm.", ["2024-03-18", "2024-03-21"]),
    # a move with no object, moved up, or moved somewhere: as the tense reads them
    (WED, "The storm moved east Monday to Thursday.", ["2024-03-11", "2024-03-07"]),
    (WED, "Officials moved the vote from the gym Monday to Thursday.", ["2024-03-11", "2024-03-07"]),
])


test_a_day_once_it_is_over_is_still_to_come = dated_test([
    # "Once Tuesday's primary is over, ...", "When Saturday's game is over, ...": a subordinate clause
    # of "once", "when", "after" whose present says the day's happening is over tells of what is still
    # to come (the coming such day), not of what is gone by as "Tuesday's primary is over" does.
    (WED, "Once Tuesday's primary is over, the campaign moves on.", ["2024-03-19"]),
    (WED, "When Saturday's game is over, the players will fly home.", ["2024-03-16"]),
    (WED, "The campaign moves on once Tuesday's primary is over.", ["2024-03-19"]),
    (WED, "After Tuesday's vote is done, lawmakers will go home.", ["2024-03-19"]),
    # what is over now, or was over then: gone by
    (WED, "Now that Tuesday's primary is over, the campaign moves on.", ["2024-03-12"]),
    (WED, "Tuesday's primary is over, and the campaign moves on.", ["2024-03-12"]),
    (WED, "When Tuesday's primary was over, the campaign moved on.", ["2024-03-12"]),
    (WED, "With Tuesday's primary over, the campaign moves on.", ["2024-03-12"]),
])


test_a_weekday_through_run_is_one_range_in_its_clause_direction = dated_test([
    # "Monday through Friday" between two bare weekdays is one run, whatever the tense: a range (its
    # end day as a statement after it, as "from Monday to Thursday" gives), ahead when its clause
    # reads ahead, ending by the publication day when its clause reads past, not two loose days each
    # read on its own (03-18 and 03-22; 03-11 and 03-08).
    (WED, "Officials announced the road would be closed Monday through Friday.",
     ["2024-03-18/2024-03-22", "2024-03-22"]),
    (WED, "Workers shut the plant Monday through Friday.", ["2024-03-04/2024-03-08", "2024-03-08"]),
    (WED, "Heavy rain hits the coast Friday through Monday.", ["2024-03-15/2024-03-18", "2024-03-18"]),
    (WED, "Rain is forecast Friday through Monday.", ["2024-03-15/2024-03-18", "2024-03-18"]),
    # a past run already was one; days the verb names, a possessive, and (the past run's rules') a
    # forecast told in the past or a perfect before the run stay as they were
    (WED, "The road has been closed Monday through Friday.", ["2024-03-11", "2024-03-15"]),
    (WED, "Showers were expected Wednesday through Friday.", ["2024-03-13", "2024-03-15"]),
    (WED, "Crews worked Tuesday through Thursday to restore power.", ["2024-03-05/2024-03-07", "2024-03-07"]),
    (WED, "The governor declared Monday through Wednesday holidays.", ["2024-03-11", "2024-03-13"]),
    (WED, "He will work Monday through Friday's shift.", ["2024-03-18", "2024-03-22"]),
])


test_what_a_resumption_follows_lies_after_the_day_told_before = dated_test([
    # "Schools closed Thursday. Classes resume following Monday's inspection.": a resumption told in the
    # present is still to come, and what it follows lies after the day the text told of just before
    # (the closure): in a Friday paper the coming Monday, not the one before that Thursday.
    (FRI, "Schools closed Thursday. Classes resume following Monday's inspection.", ["2024-03-14", "2024-03-18"]),
    (FRI, "The bridge was shut Thursday. Traffic returns following Monday's safety check.",
     ["2024-03-14", "2024-03-18"]),
    (SAT, "The office shut on Thursday. Work resumes following Tuesday's review.", ["2024-03-14", "2024-03-19"]),
    (WED, "The school shut on Tuesday. Classes resume following Monday's inspection.", ["2024-03-12", "2024-03-18"]),
    # told in the past, with no day before, or no resumption: as before
    (FRI, "Schools closed Thursday. Classes resumed following Monday's inspection.", ["2024-03-14", "2024-03-11"]),
    (FRI, "Classes resume following Monday's inspection.", ["2024-03-11"]),
    (WED, "The school was closed on Friday. Classes resume following Monday's inspection.",
     ["2024-03-08", "2024-03-11"]),
    (FRI, "Schools closed Thursday. Parents are angry following Monday's inspection.", ["2024-03-14", "2024-03-11"]),
])


MON = dt.date(2024, 3, 18)


test_a_forecast_participle_after_a_noun_in_a_present_clause_looks_ahead = dated_test([
    # "The storm expected Friday is over the Gulf": "expected" (or "forecast to arrive") right after
    # a noun, with the clause's own verb after the day in the present or the future, is a participle
    # modifying the noun, no past: what is expected lies ahead, the coming such day.
    (THU, "The storm expected Friday is over the Gulf.", ["2024-03-15"]),
    (SUN, "The storm expected Friday is over the Gulf.", ["2024-03-22"]),
    (SUN, "The storm forecast to arrive Friday is over the Gulf.", ["2024-03-22"]),
    (THU, "The rain expected Saturday night will be heavy.", ["2024-03-16"]),
    (SUN, "The cold front predicted for Tuesday remains far to the west.", ["2024-03-19"]),
    # a past main verb, an auxiliary's passive, a subject's past verb, a comma's aside, "as expected"
    (SUN, "The storm expected Friday arrived early.", ["2024-03-15"]),
    (SUN, "The storm was expected Friday.", ["2024-03-15"]),
    (SUN, "The verdict, expected Friday, was delayed.", ["2024-03-15"]),
    (SUN, "Stocks fell more than analysts expected Friday.", ["2024-03-15"]),
    (SUN, "The coach expected Friday's game to be close.", ["2024-03-15"]),
    (SUN, "The decline projected Friday has since reversed.", ["2024-03-15"]),
])


test_a_present_continuing_weekday_run_holds_the_day_or_lies_ahead = dated_test([
    # "The tournament continues Thursday through Sunday": a run after a present of lasting ("continues",
    # "lasts") is the one that holds the publication day, or the coming one; its end is an entry of its
    # own (annotation conventions: each end of a range).
    (THU, "The tournament continues Thursday through Sunday.", ["2024-03-14/2024-03-17", "2024-03-17"]),
    (FRI, "The tournament continues Thursday through Sunday.", ["2024-03-14/2024-03-17", "2024-03-17"]),
    (TUE, "The tournament continues Thursday through Sunday.", ["2024-03-14/2024-03-17", "2024-03-17"]),
    (SUN, "The sale lasts Thursday through Sunday.", ["2024-03-14/2024-03-17", "2024-03-17"]),
    (MON, "The festival continues Friday through Sunday.", ["2024-03-22/2024-03-24", "2024-03-24"]),
    # a past: gone by; a schedule's "runs" is the coming run (test_news_weekdays)
    (FRI, "The tournament continued Thursday through Sunday.", ["2024-03-07/2024-03-10", "2024-03-10"]),
    (FRI, "The tournament ran Thursday through Sunday.", ["2024-03-07/2024-03-10", "2024-03-10"]),
])


test_a_bare_plural_present_before_a_day_is_a_schedule = dated_test([
    # "The candidates debate Thursday night": a plural subject and a bare verb right before the day,
    # no tense marker in the clause, is a present of a scheduled happening, as "The teams meet
    # Thursday": the coming such day, or the day itself.
    (SUN, "The candidates debate Thursday night.", ["2024-03-21"]),
    (TUE, "The candidates debate Thursday night.", ["2024-03-14"]),
    (SUN, "The two leaders speak Thursday by phone.", ["2024-03-21"]),
    (SUN, "The teams meet Thursday.", ["2024-03-21"]),
    # a possessive, a past, a singular subject's noun, a plural noun as object
    (SUN, "The candidates' debate Thursday night drew 10 million viewers.", ["2024-03-14"]),
    (SUN, "The candidates debated Thursday night.", ["2024-03-14"]),
    (SUN, "The presidential debate Thursday night drew 10 million viewers.", ["2024-03-14"]),
    # a caption's scene (a place or an action after the day, a photo credit): the day gone by
    (TUE, "Protesters gather Thursday outside the courthouse.", ["2024-03-07"]),
    (TUE, "Residents rally Thursday in Phoenix (AP Photo/John Smith).", ["2024-03-07"]),
])


test_a_coming_happening_a_past_clause_is_for_lies_after_its_day = dated_test([
    # "Tickets went on sale Monday for Saturday's show": a happening named after "for" in a past clause
    # dated by another day lies after that day, the first such day after it.
    (THU, "Tickets went on sale Monday for Saturday's show.", ["2024-03-11", "2024-03-16"]),
    (SUN, "Tickets went on sale Monday for Saturday's show.", ["2024-03-11", "2024-03-16"]),
    (TUE, "Fans lined up Monday for Saturday's concert.", ["2024-03-11", "2024-03-16"]),
    (THU, "The team arrived Tuesday for Friday's match.", ["2024-03-12", "2024-03-15"]),
    (WED, "Fans lined up Monday for Saturday's concert, which sold out.", ["2024-03-11", "2024-03-16"]),
    # a verb of judging what one did, or a noun that heads no happening
    (THU, "He was suspended Monday for Saturday's match.", ["2024-03-11", "2024-03-09"]),
    (TUE, "Officials apologized Monday for Saturday's game delays.", ["2024-03-11", "2024-03-09"]),
    # a happening nobody schedules, a result, or no day before it
    (THU, "Police arrested a man Monday for Saturday's shooting.", ["2024-03-11", "2024-03-09"]),
    (THU, "The coach praised the team Monday for Saturday's win.", ["2024-03-11", "2024-03-09"]),
    (THU, "Fans were blamed for Saturday's riot.", ["2024-03-09"]),
])


test_a_state_kept_after_a_happening_is_after_one_gone_by = dated_test([
    # "Jones gets to keep his seat after a court ruling on Tuesday": "get to" with a verb of keeping a
    # state (keep, stay, remain), after "after" a happening on a day, tells the news of a state that
    # holds now: the happening is gone by.
    (THU, "Jones gets to keep his seat after a court ruling on Tuesday.", ["2024-03-12"]),
    (FRI, "The family gets to stay in the country after a judge's decision on Wednesday.", ["2024-03-13"]),
    (THU, "The mayor gets to remain in office after a vote on Monday.", ["2024-03-11"]),
    (WED, "Smith gets to stay after Tuesday's ruling.", ["2024-03-12"]),
    # what one is let do ahead
    (THU, "Fans get to meet the players after the game on Saturday.", ["2024-03-16"]),
    (THU, "Residents get to vote on Tuesday.", ["2024-03-19"]),
])


test_a_past_span_of_many_delayed_is_a_run = dated_test([
    # "Flights were delayed from Monday to Thursday as controllers walked out": a bare plural subject
    # (many things delayed) over "from ... to" tells a span in the past, not one happening put off.
    (FRI, "Flights were delayed from Monday to Thursday as controllers walked out.",
     ["2024-03-11/2024-03-14", "2024-03-14"]),
    (SUN, "Trains were delayed from Monday to Thursday.", ["2024-03-11/2024-03-14", "2024-03-14"]),
    # one happening put off
    (FRI, "The vote was delayed from Monday to Thursday.", ["2024-03-18", "2024-03-21"]),
])


test_a_day_put_off_with_or_without_from_agrees = dated_test([
    # "put off from Monday to Thursday" and "pushed back Monday to Thursday" name the same two days:
    # the day put off to is the coming one, the day put off the last such day before it.
    (FRI, "The vote was put off from Monday to Thursday.", ["2024-03-18", "2024-03-21"]),
    (FRI, "The vote was pushed back Monday to Thursday.", ["2024-03-18", "2024-03-21"]),
    (SUN, "The vote was put off from Monday to Thursday.", ["2024-03-18", "2024-03-21"]),
    (SUN, "The vote was pushed back Monday to Thursday.", ["2024-03-18", "2024-03-21"]),
    (WED, "The vote was put off from Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    (WED, "The vote was pushed back Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
])


test_a_forecast_participle_with_still_or_out_is_gone_by = dated_test([
    # "The storm expected Tuesday is still dumping rain": "still", "already", "now", "is out/in" or a
    # perfect tell that what was expected has come: the day is gone by, not the coming one.
    (THU, "The storm expected Tuesday is still dumping rain on the coast.", ["2024-03-12"]),
    (THU, "The snow expected Monday is still on the ground.", ["2024-03-11"]),
    (THU, "The inflation figures expected Tuesday are out, and they are worse than feared.", ["2024-03-12"]),
    (THU, "The jobs report expected Tuesday is already out.", ["2024-03-12"]),
    (THU, "The results predicted Monday are in.", ["2024-03-11"]),
    (THU, "The storm expected Tuesday is now over the Gulf.", ["2024-03-12"]),
    # near-misses: the coming such day
    (THU, "The storm expected Friday is over the Gulf.", ["2024-03-15"]),
    (THU, "The rain expected Saturday night will be heavy.", ["2024-03-16"]),
    (THU, "The report expected Friday is in the hands of the board.", ["2024-03-15"]),
])


test_a_plural_bare_present_reads_a_schedule_only_with_a_verb_of_one = dated_test([
    # "Oil prices jump Monday": a headline's present of what happened, no schedule: the day gone by;
    # only a verb of a schedule (meet, play, debate, speak, vote, face, host ...) reads the coming day.
    (THU, "Oil prices jump Monday.", ["2024-03-11"]),
    (THU, "Stocks tumble Tuesday.", ["2024-03-12"]),
    (THU, "Mortgage rates climb Monday.", ["2024-03-11"]),
    # a verb of a schedule: the coming such day
    (FRI, "The two sides meet Monday at noon.", ["2024-03-18"]),
    (THU, "The candidates debate Saturday night.", ["2024-03-16"]),
    (FRI, "The two leaders speak Monday by phone.", ["2024-03-18"]),
])


test_a_happening_for_which_one_is_named_or_that_has_a_result_is_gone_by = dated_test([
    # "named Smith player of the week Wednesday for Monday's game": naming, picking, selecting is for
    # what was done; a result clause ("in which he scored 40") tells the happening is over.
    (THU, "The league named Smith player of the week Wednesday for Monday's game, in which he scored 40.",
     ["2024-03-13", "2024-03-11"]),
    (THU, "The league named Smith player of the week Wednesday for Monday's game.", ["2024-03-13", "2024-03-11"]),
    (THU, "Voters selected Jones on Wednesday for Monday's performance.", ["2024-03-13", "2024-03-11"]),
    (THU, "Fans lined up Wednesday for Monday's show, at which the band played for three hours.",
     ["2024-03-13", "2024-03-11"]),
    # kept: getting ready for it, no result
    (WED, "Tickets sold out Monday for Saturday's show.", ["2024-03-11", "2024-03-16"]),
    (THU, "The coach picked his lineup Wednesday for Monday's match.", ["2024-03-13", "2024-03-18"]),
    (THU, "The team arrived Tuesday for Friday's match.", ["2024-03-12", "2024-03-15"]),
])


test_kept_after_reads_gone_by_only_after_a_decision = dated_test([
    # "gets to keep ... after <a ruling, vote, recount, hearing, verdict, decision> on <day>": the
    # decision is gone by; after any other happening (a final, a merger that closes, a game) "get to"
    # reads ahead: the coming such day.
    (THU, "The winner gets to keep the trophy after the final on Sunday.", ["2024-03-17"]),
    (THU, "Under the deal, workers get to keep their pensions after the merger closes on Friday.",
     ["2024-03-15"]),
    (THU, "Fans get to stay late after the game on Saturday.", ["2024-03-16"]),
    # kept: a decision noun, no verb of its own
    (SAT, "The coach gets to keep his job after a vote on Thursday.", ["2024-03-14"]),
    (THU, "Jones gets to keep his seat after a court ruling on Tuesday.", ["2024-03-12"]),
    (THU, "The mayor gets to stay in office after the recount on Monday.", ["2024-03-11"]),
])


test_a_put_off_day_with_an_outcome_is_gone_by = dated_test([
    # "The vote, pushed back Monday to Wednesday, passed 52-48": a past verb of outcome after the day
    # put off to keeps both days gone by (the day put off to on or before the publication day).
    (FRI, "The vote, pushed back Monday to Wednesday, passed 52-48.", ["2024-03-11", "2024-03-13"]),
    (FRI, "The vote was pushed back Monday to Wednesday and passed 52-48.", ["2024-03-11", "2024-03-13"]),
    (FRI, "The vote was pushed back Monday to Wednesday, when it passed 52-48.", ["2024-03-11", "2024-03-13"]),
    (FRI, "The vote was put off from Monday to Wednesday, when it passed 52-48.", ["2024-03-11", "2024-03-13"]),
    (SAT, "The final, postponed from Wednesday to Friday, ended in a draw.", ["2024-03-13", "2024-03-15"]),
    # kept: no outcome, the days ahead
    (FRI, "The vote was pushed back Monday to Wednesday.", ["2024-03-18", "2024-03-20"]),
    (SAT, "The final was put off from Sunday to Monday.", ["2024-03-17", "2024-03-18"]),
    (FRI, "The vote, pushed back Monday to Wednesday, will be close.", ["2024-03-18", "2024-03-20"]),
])


test_a_lasting_run_in_a_relative_clause_of_a_past_is_gone_by = dated_test([
    # "The festival, which lasts Friday through Sunday, drew 20,000 people": the clause's main verb is
    # past, the run is the one gone by.
    (THU, "The festival, which lasts Friday through Sunday, drew 20,000 people.",
     ["2024-03-08/2024-03-10", "2024-03-10"]),
    (THU, "The fair, which continues Friday through Sunday, attracted record crowds.",
     ["2024-03-08/2024-03-10", "2024-03-10"]),
    # kept: a present main verb, no relative clause
    (THU, "The festival, which lasts Friday through Sunday, draws 20,000 people.",
     ["2024-03-15/2024-03-17", "2024-03-17"]),
    (MON, "The trial continues Tuesday through Friday.", ["2024-03-19/2024-03-22", "2024-03-22"]),
])


test_a_bare_plural_present_schedule_is_the_coming_day = dated_test([
    # The schedule's day is the coming one even when the last lies only a day or two back ("The
    # senators vote Tuesday" in a Thursday paper), and when the bare verb is itself a tense marker
    # ("vote"); the day itself is today.
    (THU, "The senators vote Tuesday.", ["2024-03-19"]),
    (THU, "Lawmakers vote Wednesday by phone.", ["2024-03-20"]),
    (SAT, "The candidates debate Thursday night.", ["2024-03-21"]),
    (SAT, "The committees meet Friday.", ["2024-03-22"]),
    (THU, "The senators vote Thursday.", ["2024-03-14"]),
    # ... a caption (a photo's credit after the sentence), a past, a headline's verb of no schedule
    # keep the day gone by.
    (THU, "The candidates debate Tuesday night. (AP Photo/Jane Doe)", ["2024-03-12"]),
    (THU, "The senators voted Tuesday.", ["2024-03-12"]),
    (THU, "Stocks fall Tuesday.", ["2024-03-12"]),
])
