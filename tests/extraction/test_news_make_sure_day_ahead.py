"""What one makes sure of, or works to ensure, in the present is still to come: a weekday's possessive
naming a scheduled happening after "make sure" or "ensure" ("crews worked late to make sure
Saturday's opening goes smoothly") is the coming such day when the last one lies more than three days
back, as for what one readies or buys tickets for (direction.purpose_or_call_off_before). Not "made
sure" nor "ensured" (told after the happening as often as before), nor one told gone by after it
("went", "was"), nor a happening nobody schedules ("Saturday's shooting"), nor what is made sure of
after it, a passive after the happening ("Saturday's referendum is annulled", "can be reopened"), nor
with "proceeds", a noun as often as a verb ("Saturday's gala proceeds go to the shelter"). ("make sure
that Saturday's ...": the clause opens at "that" and the making sure is not read; left as it was.)
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2024, 3, 21)

test_a_happening_made_sure_of_lies_ahead = dated_test([
    (THU, "Stall holders are working to make sure Saturday's festival is open to all.", ["2024-03-23"]),
    (THU, "Staff stayed late Thursday stocking shelves to make sure Saturday's opening goes smoothly.",
     ["2024-03-21", "2024-03-23"]),
    (THU, "Volunteers are working to ensure Sunday's parade runs without a hitch.", ["2024-03-24"]),
    (THU, "Organizers are making sure Saturday's festival is safe for families.", ["2024-03-23"]),
])

test_what_was_made_sure_of_or_not_scheduled_stays = dated_test([
    (THU, "Volunteers made sure Saturday's opening went smoothly.", ["2024-03-16"]),
    (THU, "Organizers ensured Sunday's rally stayed peaceful.", ["2024-03-17"]),
    (THU, "Police want to make sure Saturday's shooting is fully investigated.", ["2024-03-16"]),
    # what is made sure of after the happening (rv14's round): its day gone by, as before
    (THU, "Opponents are working to make sure Saturday's referendum is annulled.", ["2024-03-16"]),
    (THU, "The challengers want to make sure Saturday's count can be reopened.", ["2024-03-16"]),
    (THU, "Monitors are working to make sure Sunday's result is honored.", ["2024-03-17"]),
    # "proceeds" a noun: no happening's verb (the clause tells no tense: two days ahead, as on main)
    (THU, "The club wants to make sure Saturday's gala proceeds go to the shelter.", ["2024-03-23"]),
    # the last such day three days back or nearer: that day, as before
    (THU, "Officials are working to ensure Monday's vote count is accurate.", ["2024-03-18"]),
])
