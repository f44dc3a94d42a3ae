"""Kinds of wrong date found in sports news (fp33's precision sample: 22 match reports, previews, injury, transfer,
squad and league pages from Australia, Britain, Canada, India, Ireland, New Zealand, Pakistan, South Africa and the
United States, 2017-2024), each fixed in general form; written sentences, one general case per row.

- A year after "in" right after a yearless day ("moved the final to July 30th in 2023", "born on 4 May in 1990") says
  which day, one statement, as "July 30 of 2023" does: not this year's day and a year besides.
- A named day's eve ("Thanksgiving eve", "the Anzac Day eve contest", "Easter eve") is the day before it, not the day.
- Anzac Day (25 April, Australia's and New Zealand's) is a named day; Easter Monday is dated (the holidays package
  lists it for England, not for Britain as a whole, which the lexicon asked).
- A holiday's name before a place's word in capitals ("Easter Road", Hibernian's ground; "Thanksgiving Point") is a
  name, no day.
- A weekday's possessive before a contest's result told with a longer run of modifiers ("following Sunday's narrow
  1-0 Old Firm derby defeat", "Saturday's hard-fought 2-1 away league win") is the day gone by, whatever the future
  around it, as with one or two words between; "following" as the preposition before such a result too. Not "win or
  lose", an outcome either way still to come.
- An embedded post's "today" counts from the post's day when its signature is glued to the post's own line
  ("... pic.twitter.com/abc — Club (@club) November 30, 2022"), as when it stands on the line under it.
- A wire's credit line "This report by The Canadian Press was first published May 5, 2020" is page furniture, as
  "This article was first published on ..." is.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2025, 3, 12)  # Mon 10, Tue 11 gone; Thu 13 .. Sun 16 ahead; Fri 7, Sat 8, Sun 9 gone
FRI = dt.date(2025, 3, 14)

test_a_year_after_in_places_the_day_before_it = dated_test([
    ("The league moved its final to August 9th in 2026.", ["2026-08-09"]),
    ("The singer was born on 14 June in 1988.", ["1988-06-14"]),
    ("The bridge opened on October 3 in 2019, officials said.", ["2019-10-03"]),
    ("The ban takes effect on January 1 in 2027.", ["2027-01-01"]),
    # ... the paper's own year too: one statement, no year besides
    ("The new stand opens on May 30 in 2025.", ["2025-05-30"]),
    ("The curfew ran from Feb. 1 in 2025.", ["2025-02-01"]),
    # near neighbours: the year written with a comma or "of", a place after "in", a year of a count
    ("The bridge opened on October 3, 2019.", ["2019-10-03"]),
    ("The bridge opened on October 3 of 2019.", ["2019-10-03"]),
    ("Sales fell 4 percent on May 4 in London.", ["2024-05-04"]),
], WED)

test_a_named_days_eve_is_the_day_before = dated_test([
    ("Shops closed early on Thanksgiving eve.", ["2024-11-27"]),
    ("The Easter eve vigil drew hundreds.", ["2024-03-30"]),
    ("The Anzac Day eve match drew 50,000 fans.", ["2024-04-24"]),
    # near neighbours: names that hold the eve already, the eve told with "of"
    ("Police were busy on Christmas Eve.", ["2024-12-24"]),
    ("Revellers partied on New Year's Eve.", ["2024-12-31"]),
    ("Crowds gathered on the eve of Anzac Day.", ["2024-04-24"]),
], WED)

test_anzac_day_and_easter_monday_are_named_days = dated_test([
    ("The round closes with the ANZAC day game between two Melbourne sides.", ["2025-04-25"]),
    ("Thousands attended the dawn service on Anzac Day.", ["2024-04-25"]),
    ("Hibs will play Hearts on Easter Monday.", ["2025-04-21"]),
    ("The ground was full on Easter Monday.", ["2024-04-01"]),
    # near neighbour: a thing named after the day's name
    ("Anzac biscuits were served at the fete on Sunday.", ["2025-03-09"]),
], WED)

test_a_holiday_naming_a_place_is_no_day = dated_test([
    ("Hibs beat Hearts 2-1 at Easter Road on Sunday.", ["2025-03-09"]),
    ("The club lost its last three games at Easter Road.", []),
    ("Families visited Thanksgiving Point in Utah.", []),
    # near neighbours: the day itself, beside the place or alone
    ("Fans packed Easter Road on Easter Monday.", ["2024-04-01"]),
    ("On Christmas Bay Area families flocked to the beaches.", ["2024-12-25"]),
    ("The church was full on Easter Sunday.", ["2024-03-31"]),
], WED)

test_a_result_after_a_longer_run_of_modifiers_is_gone_by = dated_test([
    ("The manager will be under pressure following Sunday's 3-0 defeat.", ["2025-03-09"]),
    ("The coach will feel the heat after Saturday's narrow 1-0 cup semi-final defeat.", ["2025-03-08"]),
    ("The side will be lifted by Saturday's hard-fought 2-1 away league win.", ["2025-03-08"]),
    # near neighbours: a game still ahead with a result in another phrase, a fixture, an outcome either way
    ("The team will play Saturday's home game after a 3-0 loss at Leeds.", ["2025-03-15"]),
    ("The coach will speak following Sunday's match.", ["2025-03-16"]),
    ("The club will hold Saturday's fun run win or lose.", ["2025-03-15"]),
    # ... nor a result still hoped for
    ("The squad will fly home following Saturday's hoped-for title-clinching win.", ["2025-03-15"]),
], WED)

test_an_embedded_posts_signature_on_its_own_line = dated_test([
    ("Fans reacted online.\n\nWhat a win today, so proud of this team. pic.twitter.com/abc123 — Sam Lee (@samlee) "
     "March 12, 2025\n\nThe club thanked its fans.", ["2025-03-12"]),
    ("Fans reacted online.\n\nGet your tickets today!#GO | https://t.co/xyz pic.twitter.com/abc — Club (@club) "
     "March 12, 2025\n\nThe club thanked its fans.", ["2025-03-12"]),
    # near neighbours: a post of more than a week before, a handle in the story's own sentence
    ("Fans reacted online.\n\nWhat a win today! — Sam Lee (@samlee) February 2, 2025\n\nThe club thanked fans.",
     ["2025-03-14"]),
    ("The coach said today that the team — led by Sam Lee (@samlee) — is ready.", ["2025-03-14"]),
], FRI)

test_a_wire_credits_first_published_line_is_no_event = dated_test([
    ("This report by The Canadian Press was first published March 10, 2025.", []),
    # ... but a report's own news, its date not ending the line
    ("This report by the Auditor General was first published on Monday and has since been withdrawn.",
     ["2025-03-10"]),
    ("This article by Jane Doe was originally published on March 1, 2025.", []),
    ("This story from Reuters was first published on March 5, 2025.", []),
    # near neighbours: a report published as a happening, the story after the credit line
    ("This report by the auditor general was published on Monday.", ["2025-03-10"]),
    ("This report by The Canadian Press was first published March 10, 2025. Police said the man was arrested on "
     "Monday.", ["2025-03-10"]),
], WED)
