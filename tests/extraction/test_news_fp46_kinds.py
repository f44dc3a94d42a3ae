"""False statements found by fp46's precision sample (session 46: British, Irish, Australian, New Zealand, Canadian,
South African and Indian press, 2016-2025: courts, councils, health services, transport, weather). Rows written for
the test, not the pages' text.

- a court's listing of a matter on (to, till, for) a calendar day or in a month, active or passive ("The bench posted
  the appeal on June 9", "The petition was listed for June 9", "was kept for hearing along with the other pleas in
  June"): the listing's past says nothing of the day set, which lies ahead when still to come and gone by when the
  story tells the hearing held: the nearer of the day's two years (a weekday keeps the clause's reading; a date
  before it in the past is not shared);
- an aside between two hyphens set as dashes (" - "), as one between en or em dashes, does not cut the clause: the
  date after it takes the clause's tense ("will be raised to red - the highest level - from 9am on Friday");
- a weekday between "the" and a programme's name ("The Saturday Show", "the Friday Edition", "the Monday Briefing")
  is a name, no day;
- a state held "for the next year" ("rents will be frozen for the next year", "stays closed for the coming month")
  is a stretch of twelve months (thirty days), not the calendar year after one told before it.
"""

import datetime as dt

from dated import dated_test

TUE = dt.date(2022, 5, 10)  # a Tuesday: June 9 lies ahead, April 28 gone by

test_court_listing_names_the_nearer_day = dated_test(
    [
        (TUE, "The bench posted the appeal on June 9.", ["2022-06-09"]),
        (
            TUE,
            "The judge, in an order passed on April 28, posted the appeal on June 9, the lawyer said.",
            ["2022-04-28", "2022-06-09"],
        ),
        (TUE, "The court listed the plea to June 9.", ["2022-06-09"]),
        (TUE, "The petition was listed for June 9.", ["2022-06-09"]),
        (TUE, "The appeal was kept for hearing along with the other pleas in June.", ["2022-06"]),
        (TUE, "The case was posted for hearing on June 9.", ["2022-06-09"]),
        # near neighbours: a listing's day gone by, a weekday, a year of its own, no court's listing
        (TUE, "The petition was listed for hearing on April 28, when counsel sought time.", ["2022-04-28"]),
        (TUE, "The petition was listed for hearing on Monday.", ["2022-05-09"]),
        (TUE, "The bench posted the appeal to June 9, 2021.", ["2021-06-09"]),
        (TUE, "She posted the video on June 9.", ["2021-06-09"]),
        (TUE, "The parcels were kept in June.", ["2021-06"]),
        (TUE, "The court heard the appeal on June 9.", ["2021-06-09"]),
    ]
)

THU = dt.date(2021, 2, 11)  # a Thursday: Friday 12 ahead, Friday 5 gone by

test_aside_between_spaced_hyphens = dated_test(
    [
        (THU, "The alert will be raised to red - the highest level - from 9am on Friday.", ["2021-02-12"]),
        (THU, "The alert is to be raised to red - the agency's highest level - from 9am on Friday.", ["2021-02-12"]),
        (THU, "The bridge is to be shut - a rare step - on Friday.", ["2021-02-12"]),
        # near neighbours: an aside told in the past, a single dash opening a clause of its own, an aside with its own date
        (THU, "The bridge was shut - a rare step - on Friday.", ["2021-02-05"]),
        (THU, "The bridge will reopen next week - it was shut on Friday.", ["2021-02-05"]),
        (THU, "The board - which will meet again next month - voted on Friday.", ["2021-03", "2021-02-05"]),
        (THU, "The bridge will be shut – a rare step – on Friday.", ["2021-02-12"]),
    ]
)

SAT = dt.date(2020, 3, 14)  # a Saturday

test_weekday_in_a_programme_name = dated_test(
    [
        (SAT, "The Saturday Show\nThe council met on Thursday.", ["2020-03-12"]),
        (SAT, "She told the Friday Edition on Thursday that she would stand.", ["2020-03-12"]),
        (SAT, "He was speaking on the Monday Briefing podcast.", []),
        # near neighbours: a show on the day, a name the rule does not know, a paper's name
        (SAT, "The show on Friday was cancelled.", ["2020-03-13"]),
        (SAT, "The Friday vote was cancelled.", ["2020-03-13"]),
        (SAT, "The Sunday Times reported the story.", []),
    ]
)

MAR = dt.date(2024, 3, 1)

test_state_held_for_the_next_year = dated_test(
    [
        (MAR, "The council met in 2024. Rents will be frozen for the next year.", ["2024"]),
        (MAR, "The council met in 2024. The pool will remain closed for the next year.", ["2024"]),
        (MAR, "The council met in 2024. The road stays shut for the coming month.", ["2024"]),
        # near neighbours: the year after one told, a plan's year, the calendar next year
        (MAR, "He moved to Leeds in 2010 and the next year he married.", ["2010", "2011"]),
        (MAR, "Elections will be held next year.", ["2025"]),
        (MAR, "The council met in 2024. Plans were drawn up for the next year.", ["2024", "2025"]),
    ]
)

RV52_TUE = dt.date(2023, 3, 14)  # a Tuesday

# rv52's rows: an aside between spaced hyphens only of words (not a range's "9 - 5") and only when no clause of its own
# follows it before the day ("on Thursday - a year early - after the government collapsed on Monday"); a court's
# listing "on" a day only in a sentence of a court, and not when a joined clause tells the hearing held.
test_aside_and_listing_neighbours = dated_test([
    (RV52_TUE, "The shop usually opens 9 - 5 - but it closed at noon on Saturday.", ["2023-03-11"]),
    (RV52_TUE, "Voters will go to the polls on Thursday - a year early - after the government collapsed on Monday.",
     ["2023-03-16", "2023-03-13"]),
    (RV52_TUE, "The university posted the job applications on April 22.", ["2022-04-22"]),
    (RV52_TUE, "Police said an appeal was posted on April 22 asking for witnesses.", ["2022-04-22"]),
    (RV52_TUE, "The case was listed for hearing on April 22 but the judge recused himself.", ["2022-04-22"]),
])
