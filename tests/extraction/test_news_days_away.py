"""A count of days to a coming happening, told in the present: "The final is just three days away",
"With the vote two weeks away, ...": the happening's day is that many days after the publication
date, as "in three days" is. Only an exact count of days, or of one or two weeks, told as the
present state ("is", "are", "with ..."): a count said in the past ("was four days away") is counted
from another day, a rough one ("about a week away") or a long one ("six weeks away") names no day,
"away" of a place ("two days away from home", "The nearest town is two days away", "three days
away on horseback") is no date, and a day named in the count's own clause
("The Monday deadline is a week away") is the happening's day, not a second one (a day of another
clause is another happening's: "Tickets go on sale Monday, and the show is six days away").

Each row: the publication date, the text, the dates the engine must give, in order. The sentences
are written for the tests, not taken from articles.
"""

import datetime as dt

from dated import dated_test

SAT = dt.date(2024, 6, 15)

test_a_count_of_days_away_is_a_day_ahead = dated_test(
    [
        (SAT, "The club's cup final is just three days away, and tickets have sold out.", ["2024-06-18"]),
        (SAT, "The referendum is now two weeks away but the campaign has barely begun.", ["2024-06-29"]),
        (SAT, "With the school board vote only five days away, parents packed the hall.", ["2024-06-20"]),
        (SAT, "Opening night is four days away.", ["2024-06-19"]),
        (SAT, "Pay day is two days away.", ["2024-06-17"]),
        (SAT, "At this point, the vote is just two days away.", ["2024-06-17"]),
        # A place's word that is no head of the subject: the happening's.
        (SAT, "The capital's marathon is a week away.", ["2024-06-22"]),
        (SAT, "The home opener is just two days away.", ["2024-06-17"]),
        (SAT, "The first frost is a week away, forecasters say.", ["2024-06-22"]),
        (SAT, "The semi-finals are a week away, and the coach named an unchanged squad.", ["2024-06-22"]),
        # A day of another clause is another happening's: the count still names its own.
        (SAT, "Tickets go on sale Monday, and the show is six days away.", ["2024-06-17", "2024-06-21"]),
        (SAT, "The final is two days away and the semifinal is tomorrow.", ["2024-06-17", "2024-06-16"]),
    ]
)

test_other_counts_away_name_no_day_of_their_own = dated_test(
    [
        # Said in the past: counted from another day.
        (SAT, "At the time, the launch was four days away.", []),
        (SAT, "Last week, officials said the vote is 10 days away.", []),
        # Told in a frame of another time or world.
        (SAT, "At that point, the vote is just two days away.", []),
        (SAT, "By then, the deadline is two weeks away.", []),
        (SAT, "In the film, the wedding is two days away.", []),
        # Rough, or too far ahead to name a day.
        (SAT, "The festival is about a week away.", []),
        (SAT, "The election is six weeks away.", []),
        # The sentence names the day itself: that day, not a second one from the count.
        (SAT, "The Monday deadline is a week away.", ["2024-06-17"]),
        (SAT, "Wednesday's semi-final is just four days away.", ["2024-06-19"]),
        # A place, not a time.
        (SAT, "The soldiers spent two days away from their base.", []),
        (SAT, "The nearest hospital is three hours away by road.", []),
        # A place's distance in travel time (rows after rv13's probes).
        (SAT, "The nearest town is two days away.", []),
        (SAT, "For the villagers, the nearest doctor is a week away.", []),
        (SAT, "The camp is three days away on horseback.", []),
        (SAT, "The border is two days away through the jungle.", []),
    ]
)
