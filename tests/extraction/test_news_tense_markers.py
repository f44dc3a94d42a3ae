"""Words that look like a tense marker but are not their clause's verb: "a last attempt" (the
final one, no past), a participle that works as a preposition ("based on", "related to",
"located in", "compared with"), an irregular past participle after a noun in a clause whose verb
looks ahead ("will check cars made in Mexico", "will greet the players sent to the final"). A
weekday in such a clause takes the clause's verb's time; real past uses of the words stay past.

Each row: the text, the dates the engine must give, in order. The sentences are written for the
tests, not taken from articles.
"""
import datetime as dt

from tests.extraction.dated import dated_test

SAT = dt.date(2020, 12, 12)  # Monday ahead 2020-12-14, Monday gone by 2020-12-07

test_a_last_is_the_final_one = dated_test([
    ("The storm is delivering a last wallop to the Northeast on Monday.", ["2020-12-14"]),
    ("The team will make a last attempt to reach a deal on Monday.", ["2020-12-14"]),
    ("Lawmakers are making a last bid to pass the bill on Tuesday.", ["2020-12-15"]),
    ("Rescuers will make a last search of the site on Monday.", ["2020-12-14"]),
    ("The band is playing a last show at the club on Sunday.", ["2020-12-13"]),
], SAT)

test_a_last_in_the_past_stays_past = dated_test([
    ("The team made a last attempt to reach a deal on Monday.", ["2020-12-07"]),
    ("The band played a last show at the club on Sunday.", ["2020-12-06"]),
    ("The team lost last Monday.", ["2020-12-07"]),
    ("A last-minute goal won the game on Sunday.", ["2020-12-06"]),
], SAT)

test_participle_prepositions_are_no_verb = dated_test([
    ("Officials will release the data, based on surveys, on Monday.", ["2020-12-14"]),
    ("The firm is hosting a dinner based on a theme of the sea on Tuesday.", ["2020-12-15"]),
    ("The meeting is at a hall located near the river on Tuesday.", ["2020-12-15"]),
    ("The council meets at a school located in the north of the city on Monday.", ["2020-12-14"]),
    ("The exhibit, related to the war, opens on Tuesday.", ["2020-12-15"]),
    ("The plant will make 500 cars a day, compared with 300 at the old one, from Monday.", ["2020-12-14"]),
], SAT)

test_participle_prepositions_as_verbs_stay_past = dated_test([
    ("The judge based her ruling on the report on Monday.", ["2020-12-07"]),
    ("Police located the car on Monday.", ["2020-12-07"]),
    ("The senator compared the plan to a tax on Tuesday.", ["2020-12-08"]),
    ("The firm, based in Denver, reported a loss on Monday.", ["2020-12-07"]),
], SAT)

test_irregular_participle_after_future_is_no_verb = dated_test([
    ("Inspectors will check cars made in Mexico on Monday.", ["2020-12-14"]),
    ("The museum will display paintings found in the attic on Tuesday.", ["2020-12-15"]),
    ("Fans will greet the players sent to the final on Monday.", ["2020-12-14"]),
    ("The president will tour a factory built by Ford on Monday.", ["2020-12-14"]),
    ("The court will hear from the men shot at the rally on Tuesday.", ["2020-12-15"]),
    ("The agency will auction homes sold at a loss on Thursday.", ["2020-12-17"]),
], SAT)

test_irregular_past_stays_past = dated_test([
    ("The mayor will not say whether police made arrests on Monday.", ["2020-12-07"]),
    ("Officials will say they held talks in Geneva on Monday.", ["2020-12-07"]),
    ("Oil prices held at $50 on Monday.", ["2020-12-07"]),
    ("Police found the car in a lot on Monday.", ["2020-12-07"]),
    ("The company sent workers home on Monday.", ["2020-12-07"]),
    ("The chief will explain why officers shot at the car on Monday.", ["2020-12-07"]),
    ("The mayor will not say whether the city paid for the trip on Monday.", ["2020-12-07"]),
    ("Rivals will meet again after the two sides met in Boston on Monday.", ["2020-12-07"]),
    # the participle's own date, right after it (rv9's review)
    ("Police will test the gun found on Monday.", ["2020-12-07"]),
    ("Lawyers will review the letters sent on Thursday.", ["2020-12-10"]),
    ("The bank will refund fees paid on Friday.", ["2020-12-11"]),
    # a clause after a verb that takes one, "that" left out (rv9's review)
    ("The report will show the tornado struck near the school on Tuesday.", ["2020-12-08"]),
    ("Prosecutors will argue the man shot at officers on Friday.", ["2020-12-11"]),
    ("Witnesses will testify the suspect paid in cash on Monday.", ["2020-12-07"]),
    ("The lawsuit will claim the firm sold at a loss on Tuesday.", ["2020-12-08"]),
    ("Prosecutors will try to prove the man shot at officers on Friday.", ["2020-12-11"]),
    ("The report is expected to show the tornado struck near the school on Friday.", ["2020-12-11"]),
    ("Lawyers are expected to argue the city paid for the trip on Monday.", ["2020-12-07"]),
], SAT)

test_left_as_what_remains_is_no_past = dated_test([
    ("Only 10 seats are left on the flight on Tuesday.", ["2020-12-15"]),
    ("The ward is left without a councillor on Tuesday.", ["2020-12-15"]),
    ("The team will play Boston with three games left on Sunday.", ["2020-12-13"]),
    ("Voters will choose a new mayor with less than a month left in the term on Tuesday.", ["2020-12-15"]),
], SAT)

test_left_as_leaving_stays_past = dated_test([
    ("Only 10 seats were left on the flight on Tuesday.", ["2020-12-08"]),
    ("The team was left without a coach on Tuesday.", ["2020-12-08"]),
    ("The team left the field on Tuesday.", ["2020-12-08"]),
    ("The team left for Boston on Sunday.", ["2020-12-06"]),
    ("The center-left party held a rally on Monday.", ["2020-12-07"]),
    ("The coach will meet with Smith, who left the club on Tuesday.", ["2020-12-08"]),
], SAT)


# rv9's rows: a verb that takes a clause anywhere between the future and the noun.
test_clause_after_a_later_verb_stays_past = dated_test([
    (dt.date(2026, 3, 15), "Prosecutors will try to prove the man shot at officers on Friday.", ["2026-03-13"]),
    (dt.date(2026, 3, 14), "The defense will try to show the officer shot at the car on Thursday.", ["2026-03-12"]),
    (dt.date(2026, 3, 12), "Investigators will seek to prove the suspect bought from a dealer on Tuesday.",
     ["2026-03-10"]),
    (dt.date(2026, 3, 13), "The audit is likely to find the agency spent on travel on Wednesday.", ["2026-03-11"]),
])


test_will_as_a_noun_is_no_future = dated_test([
    ("The late senator's will was read aloud on Monday.", ["2020-12-07"]),
    ("His will was read on Monday.", ["2020-12-07"]),
    ("The will was contested in court on Monday.", ["2020-12-07"]),
    ("The voters' will was ignored on Monday.", ["2020-12-07"]),
], SAT)

test_will_as_a_modal_stays_future = dated_test([
    ("The senator will read the will on Monday.", ["2020-12-14"]),
    ("Smith's lawyer will appeal on Monday.", ["2020-12-14"]),
    ("The Smiths' lawyer will appeal on Monday.", ["2020-12-14"]),
    ("The team's coach says the side will play on Monday.", ["2020-12-14"]),
    ("Macy's will close its downtown store on Monday.", ["2020-12-14"]),
    ("Dillard's will be one of three new tenants when the mall opens on Monday.", ["2020-12-14"]),
], SAT)


THU = dt.date(2026, 3, 12)  # Saturday ahead 2026-03-14, Sunday ahead 2026-03-15; Monday gone by 2026-03-09

test_had_better_is_advice = dated_test([
    ("Residents had better prepare for snow on Sunday.", ["2026-03-15"]),
    ("Drivers had better stay off the roads on Saturday.", ["2026-03-14"]),
    ("Fans had better not expect a parade on Saturday.", ["2026-03-14"]),
    ("Shoppers had best arrive early for the sale on Saturday.", ["2026-03-14"]),
], THU)

test_had_better_as_a_comparative_stays_past = dated_test([
    ("The team had better luck on Sunday.", ["2026-03-08"]),
    ("The team had better results on Sunday.", ["2026-03-08"]),
    ("The Jets had better players on the field on Sunday.", ["2026-03-08"]),
    ("The team had planned to practice on Monday.", ["2026-03-09"]),
], THU)

test_was_to_is_a_plan_told_in_the_past = dated_test([
    ("The president was to sign the bill on Saturday, the White House said.", ["2026-03-14"]),
    ("The vote was to be held on Saturday.", ["2026-03-14"]),
    ("The two leaders were to meet in Geneva on Sunday.", ["2026-03-15"]),
    ("The talks were to resume on Monday.", ["2026-03-09"]),
], THU)

test_was_to_in_other_senses_stays_past = dated_test([
    ("The driver was to blame for the crash on Saturday.", ["2026-03-07"]),
    ("The president was to have signed the bill on Saturday.", ["2026-03-07"]),
    ("The first trip was to Paris on Saturday.", ["2026-03-07"]),
], THU)

WED = dt.date(2026, 3, 11)  # Thursday ahead 2026-03-12, Sunday gone by 2026-03-08, Monday ahead 2026-03-16

test_will_before_a_name_is_a_first_name = dated_test([
    ("Will Smith hosted the awards show on Sunday.", ["2026-03-08"]),
    ("Will Ferrell thanked the crew on Sunday.", ["2026-03-08"]),
    ("Will Smith says he will host the show on Sunday.", ["2026-03-15"]),
], WED)

test_will_as_a_modal_stays_future = dated_test([
    ("Will the talks resume on Monday?", ["2026-03-16"]),
    ("Will Congress pass the bill on Monday?", ["2026-03-16"]),
    ("Will Smith will host the awards show on Sunday.", ["2026-03-15"]),
    ("Voters will decide on Monday.", ["2026-03-16"]),
], WED)

test_a_body_named_by_its_count_takes_the_verb = dated_test([
    ("The so-called gang of eight meets again on Thursday.", ["2026-03-12"]),
    ("The Group of 20 holds its summit on Saturday.", ["2026-03-14"]),
], WED)

test_a_number_before_a_noun_stays_a_noun = dated_test([
    ("The city opened 40 vote centers on Monday.", ["2026-03-09"]),
    ("The bill passed by a margin of 40 votes on Monday.", ["2026-03-09"]),
], WED)
