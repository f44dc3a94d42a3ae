"""A yearless day of a scheduled happening that a past clause keeps someone from, or readies someone
for ("were barred from the regional elections on Sept. 8", "the exclusion of its candidates from the
city vote on Sept. 8", "registered for the referendum on Sept. 15", "in the run-up to the vote on
Sept. 22"): the happening comes after the past verb, so in a July paper its day is the coming
September's, not the one of most of a year back (a day of last year would carry its year). Written
sentences, one general case per row.
"""
import datetime as dt

from dated import dated_test

JUN28 = dt.date(2025, 6, 28)
NOV4 = dt.date(2025, 11, 4)


test_a_coming_happening_kept_from_or_readied_for_keeps_its_coming_day = dated_test([
    (JUN28, "Three opposition figures were barred from the municipal elections on Aug. 24.", ["2025-08-24"]),
    (JUN28, "Protesters have rallied against the exclusion of independent candidates from the council vote "
     "on Aug. 31.", ["2025-08-31"]),
    (JUN28, "The commission disqualified two parties from the referendum on Sept. 7.", ["2025-09-07"]),
    (JUN28, "Nearly 40 athletes registered for the national championships on Aug. 15.", ["2025-08-15"]),
    (JUN28, "Tensions rose in the run-up to the presidential debate on Aug. 2.", ["2025-08-02"]),
    (JUN28, "Journalists were banned from the Aug. 20 hearing.", ["2025-08-20"]),
    (NOV4, "The rebels were shut out of the peace talks on Jan. 12.", ["2026-01-12"]),
])


test_a_day_the_clause_tells_as_past_keeps_its_past_reading = dated_test([
    # The happening itself told in the past, or no keeping-from before it.
    (JUN28, "The council met on Aug. 24 to approve the budget.", ["2024-08-24"]),
    (JUN28, "He was thrown out of the hearing on Aug. 20.", ["2024-08-20"]),
    # The year said, or the past told as a year back.
    (JUN28, "Three opposition figures were barred from the municipal elections on Aug. 24, 2024.", ["2024-08-24"]),
    (JUN28, "Three figures were barred from the elections on Aug. 24 last year.", ["2024-08-24"]),
    # A day just gone by, and one too far ahead to be the coming one.
    (JUN28, "Three opposition figures were barred from the municipal elections on June 1.", ["2025-06-01"]),
    (JUN28, "Three opposition figures were barred from the municipal elections on Nov. 30.", ["2024-11-30"]),
    # The words in another sense, or another place or time between them and the happening.
    (JUN28, "The champions were shut out 3-0 in the semifinal match on Aug. 9.", ["2024-08-09"]),
    (JUN28, "The striker was banned for two games after a red card in the match on Aug. 9.", ["2024-08-09"]),
    (JUN28, "The party registered a record share in the council elections on Aug. 24.", ["2024-08-24"]),
    (JUN28, "Reporters were barred from the lobby during the hearing on Aug. 20.", ["2024-08-20"]),
    # The happening told as gone by after its day.
    (JUN28, "Three figures were barred from the elections on Aug. 24, which the governing bloc won easily.",
     ["2024-08-24"]),
    (JUN28, "Several candidates, excluded from the regional elections on Aug. 24, later formed a new bloc.", ["2024-08-24"]),
    # ... or a past joined after the day that tells how it went (not the keeping undone).
    (JUN28, "She registered for the marathon race on Aug. 17 and finished fifth.", ["2024-08-17"]),
    (JUN28, "Two ministers were barred from the summit on Aug. 12 but spoke by video link.", ["2024-08-12"]),
    (JUN28, "Two ministers were barred from the summit on Aug. 12 but the ban was lifted.", ["2025-08-12"]),
    # A future clause is unchanged.
    (JUN28, "Three opposition figures will be barred from the municipal elections on Aug. 24.", ["2025-08-24"]),
])


test_a_ban_in_or_until_a_coming_happening_or_a_call_after_it_keeps_its_coming_day = dated_test([
    # Barred from doing a thing before or until the happening: the happening lies ahead.
    (JUN28, "She was banned from speaking to witnesses until the hearing on Aug. 20.", ["2025-08-20"]),
    # ... or from doing a thing in it.
    (JUN28, "Two athletes were banned from competing in the championships on Aug. 15.", ["2025-08-15"]),
    # A call or a vow after the day looks ahead to the happening: no outcome of it.
    (JUN28, "Two parties were excluded from the vote on Aug. 24, and their leaders urged supporters to stay home.",
     ["2025-08-24"]),
])


test_a_ban_after_a_happening_or_an_outcome_told_keeps_the_past_day = dated_test([
    (JUN28, "He was barred from leaving the country after his trial on Aug. 20.", ["2024-08-20"]),
    (JUN28, "He testified at his trial on Aug. 20.", ["2024-08-20"]),
    (JUN28, "He was banned from competing in the race on Aug. 15 and watched from the stands.", ["2024-08-15"]),
    (JUN28, "He was barred from leaving the country before his trial on Aug. 20 and fled anyway.", ["2024-08-20"]),
    (JUN28, "Two parties were excluded from the vote on Aug. 24, and turnout fell to 40%.", ["2024-08-24"]),
])
