"""Which week a bare weekday falls in (session 27, wk6): a verbless phrase after a listing aside
(", including the city,") takes the tense of the clause before the aside; a hypothetical "if" clause
with a past form ("if the demands were not met by Sunday") whose main clause says "would" speaks of
a day ahead; a present call of a collective action on a day ("calls strike on Sunday") names a day
ahead. Each with the near neighbours the rules must leave alone.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2025, 3, 3)
TUE = dt.date(2025, 3, 4)
THU = dt.date(2025, 3, 6)
FRI = dt.date(2025, 3, 7)


# A listing aside between commas ("including X", "such as X", "among them X") with no verb of its own
# adds to the clause before it; a verbless phrase after its closing comma takes that clause's tense.
test_a_phrase_after_a_listing_aside_takes_the_clause_before = dated_test([
    (THU, "Up to 10 inches of snow is expected in the hills, including the capital, through Sunday morning.",
     ["2025-03-09"]),
    (THU, "Heavy rain will fall across the region, including the coast, in the 12 hours to Monday morning, "
          "the agency said.", ["2025-03-10"]),
    (FRI, "Shops will stay shut in several towns, such as Millbrook, on Monday.", ["2025-03-10"]),
    (TUE, "Strong winds are expected in coastal areas, including the islands, by Saturday night.", ["2025-03-08"]),
    # ... a past clause keeps its past, and so does a look back at what is over
    (THU, "Up to 10 inches of snow fell in the hills, including the capital, through Monday morning.",
     ["2025-03-03"]),
    (THU, "Storms hit several states, including Ohio, on Monday.", ["2025-03-03"]),
    (FRI, "Police will review several incidents, including a crash, on Tuesday.", ["2025-03-04"]),
    (THU, "Thousands are without power in the region, including the capital, after storms on Sunday.",
     ["2025-03-02"]),
])


# An "if" clause with a past form and a main clause with "would" (not "would have") is a hypothetical
# about what is still to come: its day is the coming one.
test_a_hypothetical_if_clause_with_would_is_ahead = dated_test([
    (THU, "If the demands were not met by Sunday, the workers would strike.", ["2025-03-09"]),
    (THU, "The union said that if its demands were not met by Monday night, members would walk out.",
     ["2025-03-10"]),
    (FRI, "If the team won on Tuesday, it would reach the final for the first time.", ["2025-03-11"]),
    # ... not a past counterfactual ("would have"), nor an "if" of asking, nor a real past condition
    (THU, "If the demands had been met by Sunday, the strike would have ended.", ["2025-03-02"]),
    (THU, "If the team had won on Monday, it would have reached the final.", ["2025-03-03"]),
    (THU, "Asked if the demands were met by Monday, he said no.", ["2025-03-03"]),
    (THU, "If the demands were met on Monday, the strike is over.", ["2025-03-03"]),
    # ... nor an inference from what may be done already (an affirmative passive of a done act, "by now")
    (THU, "If the parcel was delivered on Monday, it would be on the porch by now.", ["2025-03-03"]),
    (FRI, "If the payment was made on Tuesday, it would already show in the account.", ["2025-03-04"]),
    (THU, "If the parcel was delivered on Monday, it would arrive at the depot first.", ["2025-03-03"]),
])


# A present call of a collective action ("calls strike on Sunday", "call a general strike on Monday")
# names the day it is to take place: ahead. Not a call called off, nor a past "called" (the day may be
# the call's), nor a perfect "have called" (the nearest such day), nor an action that is no call.
test_a_present_call_of_an_action_on_a_day_is_ahead = dated_test([
    (TUE, "Union calls strike on Sunday", ["2025-03-09"]),
    (THU, "Opposition parties call a general strike on Monday.", ["2025-03-10"]),
    (FRI, "Farmers' groups call nationwide protest on Tuesday against the new law", ["2025-03-11"]),
    (TUE, "The union calls off the strike on Sunday.", ["2025-03-02"]),
    (TUE, "The union called a strike on Sunday.", ["2025-03-02"]),
    (TUE, "Farmers have called a nationwide protest on Saturday against the new law.", ["2025-03-01"]),
    (TUE, "Police broke up a protest on Sunday.", ["2025-03-02"]),
    (THU, "The union calls the walkout on Monday a victory.", ["2025-03-03"]),
])
