"""kl5's kinds (session 35, the known limits session 34 left): two abbreviated month names joined by a dash
("Jan-Feb", "Jan.-Feb. 2024") are a month range, as two full names are ("July-August"); a plan's date named
before its day ("The likely start date was January 12") is the coming day, as one named after it is ("said
October 7 was the most likely start date").

Each row: the text, the dates the engine must give, in order. The sentences are written for the tests, not taken
from articles.
"""
import datetime as dt

from dated import dated_test

NOV = dt.date(2025, 11, 12)  # a Wednesday in November
OCT = dt.date(2025, 10, 15)  # a Wednesday in October

test_two_abbreviated_months_joined_by_a_dash_are_a_month_range = dated_test([
    ("Sales rose in the Jan-Feb period.", ["2025-01/2025-02", "2025-02"]),
    ("Sales rose in Jan.-Feb. 2024.", ["2024-01/2024-02", "2024-02"]),
    ("Exports rose in Nov.-Dec. 2023, the ministry said.", ["2023-11/2023-12", "2023-12"]),
    ("Sales rose in Sept.-Oct.", ["2025-09/2025-10", "2025-10"]),
    ("The Mar-Apr rains were heavy.", ["2025-03/2025-04", "2025-04"]),
    ("Sales will rise in Feb-Mar.", ["2026-02/2026-03", "2026-03"]),
], NOV)

test_near_neighbours_of_an_abbreviated_month_pair_stay = dated_test([
    ("Sales rose in the Jan.-March period.", []),  # a calendar quarter's months, as "the January-March period"
    ("Profit rose in the Jan-Mar quarter.", []),
    ("Profit rose in the Apr.-June period.", []),
    ("Profit rose in the Jul-Dec half.", []),
    ("Fans loved the Jun-Jul-Aug tour.", []),  # a chain of three, no pair
    ("Exports climbed in June-July.", ["2025-06/2025-07", "2025-07"]),
    ("Sales rose in Jan. and Feb.", ["2025-01", "2025-02"]),
], NOV)

test_a_plans_date_named_before_its_day_is_the_coming_day = dated_test([
    ("The likely start date was January 12, officials said.", ["2026-01-12"]),
    ("The most likely date for the vote was January 12, he said.", ["2026-01-12"]),
    ("The new target date was March 3.", ["2026-03-03"]),
    ('"The likely start date was January 12," the mayor said.', ["2026-01-12"]),
    ("Officials said the expected date was January 12.", ["2026-01-12"]),
    ("The planned opening day was March 1.", ["2026-03-01"]),
    ("The new deadline was Feb. 15.", ["2026-02-15"]),
], OCT)

test_a_day_named_after_a_dated_noun_stays = dated_test([
    ("The hottest day was January 12.", ["2025-01-12"]),
    ("The likely date of the theft was April 2.", ["2025-04-02"]),
    ("The start date was January 12.", ["2025-01-12"]),
    ("The deadline was January 12, he said.", ["2025-01-12"]),
    ("In 2024, the likely start date was January 12.", ["2024", "2024-01-12"]),
    ("The expected date is January 12.", ["2026-01-12"]),
    # (a past dated after it says the plan's day went by too: rv30's review)
    ("The likely date was January 12, but the plan collapsed in March.", ["2025-01-12", "2025-03"]),
    ("The new deadline was January 12, which the firm missed.", ["2025-01-12"]),
], OCT)


# A text whose lines end with "\r\n" reads as the same text with "\n" line ends: a digest's entries each from
# its own day; the positions given are those of the text as given.
CRLF_DIGEST = ("Incidents\r\n\r\n12 August 2025\r\n\r\nA bomb exploded in the market today, police said.\r\n\r\n"
               "19 August 2025\r\n\r\nGunmen attacked a convoy today.\r\nA day later, more came.")

test_a_digest_with_crlf_line_ends_is_read_as_with_lf = dated_test([
    (CRLF_DIGEST, ["2025-08-12", "2025-08-19", "2025-08-20"]),
    (CRLF_DIGEST.replace("\r\n", "\n"), ["2025-08-12", "2025-08-19", "2025-08-20"]),
    ("The minister resigned on Monday.\r\nHis deputy took over on Tuesday.", ["2025-10-06", "2025-10-07"]),
], dt.date(2025, 10, 8))


def test_positions_of_a_crlf_text_are_the_texts_as_given():
    from timeline.extraction import extract_events
    from timeline.extraction.types import DateValue
    events = extract_events(CRLF_DIGEST, published=dt.date(2025, 10, 8))
    for e in events:
        assert CRLF_DIGEST[e.sentence_start:e.sentence_end] == e.sentence
        assert CRLF_DIGEST[e.cue_start:e.cue_end] == e.cue
        assert "\r" not in e.sentence
    assert events[2].anchor_cue_start == events[1].cue_start
    pinned = extract_events(CRLF_DIGEST, published=dt.date(2025, 10, 8),
                            pinned={events[1].cue_start: DateValue(dt.date(2025, 8, 1), "day")})
    assert [str(e.date) for e in pinned] == ["2025-08-12", "2025-08-19", "2025-08-02"]


# "May Day" (a month's name before "Day" in capitals) is the named day, May 1, not the month of May.
MAY = dt.date(2025, 5, 7)

APR = dt.date(2025, 4, 20)

test_may_day_is_the_named_day = dated_test([
    (MAY, "Thousands marched on May Day.", ["2025-05-01"]),
    (MAY, "Workers rallied in Paris on May Day, police said.", ["2025-05-01"]),
    (MAY, "The May Day rally drew thousands.", ["2025-05-01"]),
    (MAY, "Thousands will march on May Day.", ["2026-05-01"]),
    (MAY, "Rallies were held on May Day 2019.", ["2019-05-01"]),
    (APR, "Unions will march on May Day.", ["2025-05-01"]),
    (APR, "Unions marched on May Day.", ["2024-05-01"]),
])

test_may_and_a_day_stay = dated_test([
    ("In May, days grew longer.", ["2025-05"]),
    ("It was a warm May day.", []),
    ("The May Day bank holiday weekend was sunny.", []),
    ("The May Day bank holiday was wet.", []),  # (Britain's is the first Monday of May: no May 1)
    # (the distress call spelt apart: rv30's review)
    ('The pilot shouted "May Day, May Day" before the crash on Monday.', ["2025-05-05"]),
    ("The pilot radioed a May Day call.", []),
    # (other holidays' bank holidays are the day itself)
    ("Traffic was heavy over the Good Friday bank holiday.", ["2025-04-18"]),
    ("Sales slumped on the Boxing Day bank holiday.", ["2024-12-26"]),  # a stretch named after the day, as "the Easter weekend"
    ("The Easter bank holiday weekend was sunny.", []),
    ("Sales rose in May.", ["2025-05"]),
], MAY)


# A month's or a weekday's name glued to the lower-case word before it in scraped text reads as with the space.
WED = dt.date(2025, 5, 14)  # a Wednesday

test_a_name_glued_to_the_word_before_reads_as_spaced = dated_test([
    ("The council voted onMay 8 to close the plant.", ["2025-05-08"]),
    ("Officials decided to cancelWednesday's game.", ["2025-05-14"]),
    ("The team lostSunday to Leeds.", ["2025-05-11"]),
    ("He arrived inMarch.", ["2025-03"]),
    ("Sales rose inSept. 2024.", ["2024-09"]),
    ("The mayor said onFriday that it would reopen.", ["2025-05-09"]),
    ("Shares fell onMonday.\r\nThey rose onTuesday.", ["2025-05-12", "2025-05-13"]),
], WED)

test_a_name_inside_a_tag_a_name_or_a_word_stays = dated_test([
    ("Donate on #GivingTuesday.", []),
    ("Follow @bigMonday for news.", []),
    ("McMonday said hello.", []),
    ("The crowd met onMayor Street.", []),
    ("See example.com/newsMay for more.", []),
], WED)


def test_positions_of_a_glued_name_are_the_texts_as_given():
    from timeline.extraction import extract_events
    text = "The council voted onMay 8 to close the plant. A day later, it met again."
    events = extract_events(text, published=WED)
    assert [(e.cue, text[e.cue_start:e.cue_end], e.sentence == text[e.sentence_start:e.sentence_end])
            for e in events] == [("May 8", "May 8", True), ("A day later", "A day later", True)]
    assert events[1].anchor_cue_start == text.index("May 8")


# What a present "comes (N days) ahead of / before" precedes lies ahead: the day of the summit it names is the
# coming one, and the count runs from it; "came", "comes after" and a past inside keep the day gone by.
test_what_a_present_comes_precedes_is_ahead = dated_test([
    ("The visit comes two days ahead of the summit on Friday.", ["2025-11-12", "2025-11-14"]),
    ("The visit comes before the summit on Friday.", ["2025-11-14"]),
    ("The vote, set for Friday, comes three days ahead of the deadline.", ["2025-11-14", "2025-11-17"]),
    ("The strike comes just days before the vote on Thursday.", ["2025-11-13"]),
    ("The visit comes two days after the attack on Monday.", ["2025-11-12", "2025-11-10"]),
], NOV)

test_what_came_before_or_comes_after_stays = dated_test([
    ("The move comes after losses on Tuesday.", ["2025-11-11"]),
    ("The attack on Sunday came a day ahead of the elections.", ["2025-11-09", "2025-11-10"]),
    ("The announcement comes before the market opened on Monday.", ["2025-11-10"]),
    ("The visit comes two days ahead of the summit, which opened on Monday.", ["2025-11-12", "2025-11-10"]),
    ("The visit comes ahead of the summit on Friday.", ["2025-11-14"]),
    # (a day in the subject before "comes" is the news's own happening, gone by as often as ahead: rv30's review)
    ("The attack on Monday comes two days ahead of the talks.", ["2025-11-10", "2025-11-12"]),
    ("The bombing on Monday comes a week before the election.", ["2025-11-10", "2025-11-17"]),
], NOV)


# Numbers listed after a fronted phrase's date and its comma, with no comma closing them before the clause's verb,
# are the main clause's subject, counts; a fronted list of days closes with its comma.
test_counts_after_a_fronted_date_are_no_days = dated_test([
    ("By Oct. 1, 14 and 22 respectively in the two states had signed up.", ["2025-10-01"]),
    ("By Oct. 1, 14 and 22 in the two states had signed up.", ["2025-10-01"]),
], NOV)

test_a_fronted_or_told_list_of_days_stays = dated_test([
    ("On Oct. 5, 12 and 19, the council met.", ["2025-10-05", "2025-10-12", "2025-10-19"]),
    ("On Oct. 5, 12 and 19 in Paris, the council met.", ["2025-10-05", "2025-10-12", "2025-10-19"]),
    ("The rounds were on Oct. 1, 14 and 22 respectively.", ["2025-10-01", "2025-10-14", "2025-10-22"]),
    ("The votes were held on Oct. 5 and 19 respectively.", ["2025-10-05", "2025-10-19"]),
    # (only a tally's "By" / "As of" fronts counts; days that run on one by one stay days: rv30's review)
    ("On Nov. 3, 4 and 5 voters went to the polls.", ["2025-11-03", "2025-11-04", "2025-11-05"]),
    ("On Oct. 5, 12 and 19 in Paris the council met.", ["2025-10-05", "2025-10-12", "2025-10-19"]),
    ("By Nov. 3, 4 and 5 voters had signed up.", ["2025-11-03", "2025-11-04", "2025-11-05"]),
], NOV)


# A digest's entry head may open with its weekday ("Tuesday, 12 August 2025"): each entry's "today" is its own day.
test_a_digest_entry_head_with_its_weekday = dated_test([
    ("Incidents\n\nTuesday, 12 August 2025\n\nA bomb exploded in the market today, police said.\n\n"
     "Tuesday, 19 August 2025\n\nGunmen attacked a convoy today.", ["2025-08-12", "2025-08-19"]),
    ("Incidents\n\nTue, Aug 12, 2025\n\nA bomb exploded today.\n\nTue, Aug 19, 2025\n\n"
     "Gunmen attacked a convoy today.", ["2025-08-12", "2025-08-19"]),
    # (one dated head is no digest)
    ("The vote is due.\n\nTuesday, 12 August 2025\n\nThe union said it would strike today.", ["2025-10-08"]),
], dt.date(2025, 10, 8))
