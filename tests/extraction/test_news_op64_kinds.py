"""op64's kinds (realnews-fresh64, news-agency wire copy of 1999-2010, opened as a development set, session 35): a
year written right after the end day of a range ("between 9pm on Nov 3 and 2am on Nov 4 last year") dates both ends,
whatever cycle the start alone read; an Interfax-style dateline whose city ends with a full stop ("MOSCOW. Nov 10
(Interfax) -") is a dateline, no sentence and no date; a lettered group's full stop ("qualifying group C. Egypt
beat ...") ends a sentence; a capitalised "Open" after "the" and a capitalised word ("won the French Open") is a
tournament's name, no present verb; a span of three years or more ("in 1991-93") is no season, its end a statement
too; a machine-form date after a headline's dash ("... Talks with Iran - 2004-07-30") is the page's stamp; a
bracketed excerpt credit on a line of its own ("[Excerpted From CNN, October 30, 1999]") is the source's day; a
weekday in a "would" clause of a saying whose day the sentence before told is the first such day after it; "the
fiscal year through March 2004" is dated by the month it runs to, no calendar year.

Each row: the published date, the text, the dates the engine must give (date or date/end), in order. The sentences
are written for the tests, not taken from articles; rows marked "stay" are near forms that keep their dates (the
probes' "-stay" rows: bench/rule_probes.py --s35-op64).
"""
import datetime as dt

from dated import dated_test

O64W = dt.date(2025, 6, 11)  # a Wednesday: Mon 9, Tue 10 behind; Thu 12, Fri 13 ahead
O64M = dt.date(2025, 6, 9)  # a Monday: Sat 7, Sun 8 behind
O64F = dt.date(2025, 4, 25)  # a Friday in April (a Japanese fiscal year ends in March)


test_a_year_after_a_ranges_end_dates_both_ends = dated_test([
    (O64W, "The two men are accused of robbing the bank in Leeds, between 9pm on Nov 3 and 2am on Nov 4 last year.",
     ["2024-11-03/2024-11-04", "2024-11-04"]),
    (O64W, "Two men were killed in Paris, between Oct 19 and Oct 20 last year.",
     ["2024-10-19/2024-10-20", "2024-10-20"]),
    (O64W, "They are charged with the theft at Lot 12 and Lot 16, Bukit Raja, between Oct 19 and Oct 20 last year.",
     ["2024-10-19/2024-10-20", "2024-10-20"]),
    # stay: no year written, or this year
    (O64W, "The fair runs between Oct 19 and Oct 20.", ["2025-10-19/2025-10-20", "2025-10-20"]),
    (O64W, "The fair runs between Oct 19 and Oct 20 this year.", ["2025-10-19/2025-10-20", "2025-10-20"]),
    (O64W, "Two men were killed in Paris between Oct 19 and Oct 20 last year.",
     ["2024-10-19/2024-10-20", "2024-10-20"]),
])

test_an_interfax_dateline_with_a_full_stop = dated_test([
    (O64W, "MOSCOW. June 11 (Interfax) - The Duma is to vote on the bill on June 18.", ["2025-06-18"]),
    (O64W, "KYIV. June 10 (Interfax-Ukraine) - The council met on Tuesday.", ["2025-06-10"]),
    (O64W, "MOSCOW. June 10 (TASS) -- The Duma voted on Tuesday.", ["2025-06-10"]),
    # stay: the comma's dateline
    (O64W, "MOSCOW, June 11 (Interfax) - The Duma is to vote on the bill on June 18.", ["2025-06-18"]),
])


def test_an_interfax_dateline_is_cut_from_the_lead():
    from timeline.extraction import extract_events
    text = "MOSCOW. June 11 (Interfax) - The Duma is to vote on the bill on June 18."
    (e,) = extract_events(text, published=O64W)
    assert e.sentence.startswith("The Duma is to vote")


test_a_lettered_groups_full_stop_ends_the_sentence = dated_test([
    (O64W, "Ghana must win to top qualifying group D. Ghana beat Mali 2-0 in Accra three years ago.", ["2022"]),
    (O64W, "The team needs a Plan B. The coach quit on Monday.", ["2025-06-09"]),
    # stay: a person's initial
    (O64W, "The letter was signed by John C. Smith on Monday.", ["2025-06-09"]),
    (O64W, "The report was written by J. Smith in May.", ["2025-05"]),
])


def test_a_lettered_group_ends_its_sentence():
    from timeline.extraction import extract_events
    text = "Ghana must win to top qualifying group D. Ghana beat Mali 2-0 in Accra three years ago."
    (e,) = extract_events(text, published=O64W)
    assert e.sentence == "Ghana beat Mali 2-0 in Accra three years ago."


test_a_tournaments_open_is_no_present_verb = dated_test([
    (O64W, "She won the Italian Open in September.", ["2024-09"]),
    (O64W, "He won at the U.S. Open in August, and she won the French Open last month.", ["2024-08", "2025-05"]),
    # stay: a plural subject's schedule, a future, a headline's verb in title case after a team's name
    (O64W, "Polls open Thursday.", ["2025-06-12"]),
    (O64W, "As Rain Falls, the Tigers Play Sunday", ["2025-06-15"]),
    (O64W, "Now the Rangers Face Boston on Friday", ["2025-06-13"]),
    (O64W, "Voters Wait as the Polls Open Thursday", ["2025-06-12"]),
    (O64W, "She will play at the U.S. Open in August.", ["2025-08"]),
])

test_a_span_of_three_years_or_more_has_its_end_too = dated_test([
    (O64W, "Jones won three straight titles in 1995-97.", ["1995/1997", "1997"]),
    (O64W, "He served as mayor in 1971-73 and 1975-79.", ["1971/1973", "1973", "1975/1979", "1979"]),
    (O64W, "Output fell in 1998-2001 despite heavy investment.", ["1998/2001", "2001"]),
    (O64W, "Jones won three titles in 1995-97 alone.", ["1995/1997", "1997"]),
    # stay: a season named bare, or used attributively
    (O64W, "He won the double in 2001-02.", []),
    (O64W, "The 2019-20 season was cut short.", ["2019/2020"]),
    (O64W, "Smith's 1998-2001 tenure was marked by scandal.", ["1998/2001"]),
    (O64W, "Under this 1998-2001 plan, taxes rose.", ["1998/2001"]),
    (O64W, "Prices doubled during the 2008-10 slump.", ["2008/2010"]),
])

test_a_machine_date_after_a_headlines_dash_is_the_pages_stamp = dated_test([
    (O64W, "Ministers Agree Budget Deal - 2025-06-11\n\nMinisters agreed the deal on Tuesday.", ["2025-06-10"]),
    (O64W, "City council votes on transit plan | 2025-06-10\n\nThe council voted on Tuesday.", ["2025-06-10"]),
    # stay: a sentence that ends with its full stop, a schedule's line (a day ahead of the paper)
    (O64W, "The new rules took effect - 2025-06-10.", ["2025-06-10"]),
    (O64W, "Application deadline - 2025-07-01", ["2025-07-01"]),
    (O64W, "Board meeting — 2025-06-12\nBudget vote — 2025-06-19", ["2025-06-12", "2025-06-19"]),
])

test_a_bracketed_excerpt_credit_is_the_sources_day = dated_test([
    (O64W, "[Excerpted From The Hindu, June 10, 2025]\n\nThe storm hit the coast on Monday.", ["2025-06-09"]),
    (O64W, "(Reprinted from Daily Star, 9 June 2025)\n\nThe storm hit the coast on Monday.", ["2025-06-09"]),
    (O64W, "[Reprinted from the New York Times, June 10, 2025]\n\nThe storm hit the coast on Monday.",
     ["2025-06-09"]),
    # stay: a bracketed sentence that tells its own date
    (O64W, "[Police said on June 9, 2025, that two men were held.]", ["2025-06-09"]),
])

test_a_would_weekday_after_a_saying_told_the_day_before = dated_test([
    (O64M, "Talks in Geneva ended on Saturday, the envoy told reporters. The talks were useful, the envoy said, "
           "adding that they would resume on Sunday.", ["2025-06-07", "2025-06-08"]),
    (O64M, "Fighting stopped on Saturday, a spokesman told reporters. The rebels would withdraw on Sunday, he said.",
     ["2025-06-07", "2025-06-08"]),
    # stay: no day told before, no saying told after the day before (when it was said is not told), a day after
    # the paper, a plain future
    (O64M, "Police arrested him on Saturday. His lawyer said he would appear in court on Sunday.",
     ["2025-06-07", "2025-06-15"]),
    (O64W, "Police arrested the suspect on Monday. His lawyer said he would plead not guilty at a hearing on Tuesday.",
     ["2025-06-09", "2025-06-17"]),
    (O64M, "The envoy said the talks would resume on Sunday.", ["2025-06-15"]),
    (O64M, "Talks ended on Saturday. The envoy said they would resume on Friday.", ["2025-06-07", "2025-06-13"]),
    (O64M, "Talks ended on Saturday. The talks will resume on Sunday.", ["2025-06-07", "2025-06-15"]),
])

test_a_fiscal_year_run_to_a_month_is_no_calendar_year = dated_test([
    (O64F, "The firm expects growth in the fiscal year through March 2026.", ["2026-03"]),
    (O64F, "The company will seek growth in the fiscal year to March.", ["2026-03"]),
    # stay: a fiscal year with nothing after it, the full year
    (O64F, "Profit will rise in the fiscal year.", ["2025"]),
    (O64F, "Sales rose 5% for the full year.", ["2025"]),
])

O64N = dt.date(2025, 11, 10)  # a Monday in November

test_a_count_of_a_permitted_alternative_on_a_condition_is_no_day = dated_test([
    (O64N, "The vote is set for March 8. However, the rules permit holding it a week earlier if the date falls on a "
           "holiday.", ["2026-03-08"]),
    (O64N, "The final is set for March 8. It can be played a day later if it rains.", ["2026-03-08"]),
    # stay: no condition after the count, or no permission before it
    (O64N, "The final is set for March 8. It may be played a day later, officials said.",
     ["2026-03-08", "2026-03-09"]),
    (O64N, "The final is set for March 8. A replay would follow a week later if the teams draw.",
     ["2026-03-08", "2026-03-15"]),
    (O64N, "The first round is on March 8. A runoff may be held two weeks later if no candidate wins a majority.",
     ["2026-03-08", "2026-03-22"]),
])
