"""fp25's kinds (session 37 precision sample: 32 pages of English-language news from outside the US and UK,
2012-2025: Pakistani, Indian, Philippine, Malaysian, Korean, Japanese, Nigerian, Ghanaian, Kenyan, South African,
Emirati and Saudi outlets, national agencies' English services and government releases written as news): a day after
a list of four or more items ("would be issued to the governor, his deputy, three senators and seven reps on Monday")
keeps the list's verb, the "would" far back, as a list of three does; a yearless day before the vote it names ("ahead
of the December 7 general elections" in June) looks ahead as a vote's month does; a plan's participle with its place
named before its day ("was originally planned at the National Stadium in Karachi from 15-19 October") is a plan whose
day may be the coming one; a law report's citation ("(2019) 5 SCC 123", "[2021] SGHC 12") names no year of a happening.
Narrowed by fp25m after rv32's review: the vote's day only when the clause waits for it, the plan's place form with
"scheduled"/"slated" only (not "planned", a plot's too), the citation only in its bracketed shapes; the reviewer's rows as neighbours.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from the pages.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2025, 7, 2)  # a Wednesday: Mon 30 June gone, Mon 7 July ahead
JUNE = dt.date(2025, 6, 18)  # December 7 lies 172 days ahead, 193 back
OCT = dt.date(2024, 10, 3)  # October 15 lies 12 days ahead
MAY = dt.date(2024, 5, 15)  # a Wednesday: Mon 13 May gone


test_a_day_after_a_long_list_keeps_the_lists_verb = dated_test([
    ("The minister said awards would be given to the winner, the runner-up, two coaches and three referees on "
     "Monday.", ["2025-07-07"]),
    ("The agency said certificates would be issued to the governor, his deputy, three senators and seven members "
     "in the capital on Monday.", ["2025-07-07"]),
    ("Officials said the rules would cover banks, the insurers, some brokers and all pension funds on Monday.",
     ["2025-07-07"]),
    # near neighbours: the list in a past clause, a list of three, a relative clause inside the list
    ("Police said the men had robbed a bank, a shop, two petrol stations and a pharmacy on Monday.", ["2025-06-30"]),
    ("The company said it had hired a chef, two waiters, a porter and a driver on Monday.", ["2025-06-30"]),
    ("He said awards would be given to the winner, the runner-up and the coach on Monday.", ["2025-07-07"]),
    ("The board approved the budget, the plan, two loans and a grant on Monday.", ["2025-06-30"]),
    # (fp25m) a fronted phrase with no relative of its own: the list's verb is still the clause's
    ("At the briefing the ministry said it would send doctors, nurses, drivers and cooks on Monday.", ["2025-07-07"]),
], WED)


# (fp25m) near neighbour: a fronted phrase's own verb before a list of three is no verb of the list's clause
test_a_fronted_phrases_verb_is_not_the_lists = dated_test([
    ("During talks that would last two days, Smith, Jones and Lee on Monday agreed a deal.", ["2024-05-13"]),
    ("Fearing the bridge would collapse, drivers, cyclists and walkers on Monday stayed away.", ["2024-05-13"]),
    ("Despite fears the bridge would collapse, drivers, cyclists and walkers on Monday stayed away.", ["2024-05-13"]),
    ("Saying the talks would fail, Smith, Jones and Lee on Monday walked out.", ["2024-05-13"]),
], MAY)


test_a_yearless_day_before_the_vote_it_names_looks_ahead = dated_test([
    ("Parties are preparing for the December 7 elections.", ["2025-12-07"]),
    ("Candidates will be vetted ahead of the 7 December, general elections.", ["2025-12-07"]),
    ("The party held its primaries ahead of the November 4 election.", ["2025-11-04"]),
    ("Thousands of observers are expected for the December 7 presidential election.", ["2025-12-07"]),
    ("All is set for the primaries ahead of the December 7 general elections.", ["2025-12-07"]),
    ("Parties are gearing up for the December 7 elections.", ["2025-12-07"]),
    # near neighbours: the vote told as gone by, a fronted day, a vote just held, the past nearer
    ("Voters went to the polls in the December 7 elections.", ["2024-12-07"]),
    ("On December 7, elections were held across the country.", ["2024-12-07"]),
    ("Observers praised the December 7 elections.", ["2024-12-07"]),
    ("Turnout in the May 5 election is being studied.", ["2025-05-05"]),
    ("The party held primaries ahead of the February 10 election.", ["2025-02-10"]),
    ("Parties are preparing for the December 7, 2026 elections.", ["2026-12-07"]),
    # (fp25m) near neighbours: the vote's aftermath in the present ("in the", a noun's or a gerund's "for the"), a
    # past clause far from the coming day
    ("Irregularities in the February 8 elections are still being investigated.", ["2025-02-08"]),
    ("The tribunal is hearing petitions against rigging in the February 8 general election.", ["2025-02-08"]),
    ("Ballots for the March 9 runoff are being recounted.", ["2025-03-09"]),
    ("PTI rejects results in the February 8 elections", ["2025-02-08"]),
    ("Turnout in the April 13 election is being studied.", ["2025-04-13"]),
    ("Counting for the March 9 runoff is continuing.", ["2025-03-09"]),
    ("Observers arrived for the December 7 election and left satisfied.", ["2024-12-07"]),
    # (fp25m) near neighbours: the vote's noun a modifier, the waiting words a noun's, a future told elsewhere
    ("Hundreds of petitions are pending before the February 8 election tribunals.", ["2025-02-08"]),
    ("The commission will publish its report on violence before the February 8 elections.", ["2025-02-08"]),
    ("The inquiry into spending before the March 9 runoff will report in July.", ["2025-03-09", "2025-07"]),
], JUNE)


test_a_plans_participle_with_its_place_before_its_day = dated_test([
    ("The second Test, which was originally scheduled at the National Stadium in Karachi on 15 October, will now "
     "be played in Multan.", ["2024-10-15"]),
    ("The final was scheduled in Lagos on October 20, but it was moved to Abuja.", ["2024-10-20"]),
    ("The summit was initially slated in Nairobi from 20-22 October.", ["2024-10-20/2024-10-22", "2024-10-22"]),
    # near neighbours: a happening told in the past at its place, a plan's participle with no place
    ("The Test was held in Karachi on 15 October.", ["2023-10-15"]),
    ("The bombing was carried out in Karachi on 15 October.", ["2023-10-15"]),
    ("The Test was originally scheduled for 15 October.", ["2024-10-15"]),
    ("The league was founded in Karachi on 15 October.", ["2023-10-15"]),
    # (fp25m) near neighbours: a bare "planned" is also a plot's, its day gone by
    ("Prosecutors said the attack was planned in Peshawar on October 20.", ["2023-10-20"]),
    ("The wedding, which was planned in Dubai on 12 October, went ahead despite the storm.", ["2023-10-12"]),
    ("The assassination was planned in Kandahar on October 15, investigators said.", ["2023-10-15"]),
    ("The heist was planned in Lagos on 25 October and carried out a week later.", ["2023-10-25", "2023-11-01"]),
    ("The attack was originally planned in Peshawar on October 20 but was carried out in Kabul a day early.",
     ["2023-10-20"]),
], OCT)


test_a_law_reports_citation_names_no_year = dated_test([
    ("The bench relied on its ruling in (2019) 5 SCC 123.", []),
    ("The court cited Tan v Lim [2019] 1 MLJ 234.", []),
    ("The judgment, reported as [2021] SGHC 12, was upheld.", []),
    # near neighbours: a year in brackets before a count, a figure or lower-case words
    ("The report (2019) found 5 errors.", ["2019"]),
    ("Growth was fastest that year (2019) GDP 5% higher.", ["2019"]),
    ("In [2020] 300 people died.", ["2020"]),
    ("The law was passed in 2019 (SC) 5 votes to 4.", ["2019"]),
    ("The court ruled in (2019) that the law was void.", ["2019"]),
    # (fp25m) near neighbours: a round bracket with no volume, a year before a name and a bracketed short name
    ("The first season (2016) PSL 1 was won by Islamabad United.", ["2016"]),
    ("Results of the 2018 Pakistan Tehreek (PTI) 116 seats vote were disputed.", ["2018"]),
    ("The 2019 World Cup (ENG) 241 runs chase ended in a tie.", ["2019"]),
], WED)
