"""How each date was derived: the tense read and the statement it was
counted from (ExtractedEvent.tense, .anchor_cue_start), on texts written
for the test."""
import datetime as dt

from dated import dated_test

from timeline.extraction import extract_events

PUB = dt.date(2023, 4, 8)  # a Saturday

ARTICLE = """Envoy visits Pyongyang for family talks

SEOUL (Harbor Wire) — A special envoy from Seoul arrived in Pyongyang on Tuesday for talks on reuniting separated families, the unification ministry said.

A day later, the two sides signed an agreement to resume the reunions.

Two days later, the envoy returned to Seoul with the signed text.

On Thursday, North Korea test-fired a cruise missile off its east coast. The following day, Japan lodged a protest.

The talks began in 2019. That year, the first reunions were held at Mount Kumgang.
"""


def by_cue(events):
    return {e.cue: e for e in events}


def test_each_date_names_the_statement_it_was_counted_from():
    events = by_cue(extract_events(ARTICLE, published=PUB))
    arrival, signing, return_ = events["Tuesday"], events["A day later"], events["Two days later"]
    assert arrival.anchor_cue_start is None  # from the publication date
    assert (signing.date, signing.anchor_cue_start) == (dt.date(2023, 4, 5), arrival.cue_start)
    # A chain: the return is counted from the signing, not from the arrival.
    assert (return_.date, return_.anchor_cue_start) == (dt.date(2023, 4, 7), signing.cue_start)
    assert events["The following day"].anchor_cue_start == events["Thursday"].cue_start
    assert events["That year"].anchor_cue_start == events["2019"].cue_start
    assert events["2019"].anchor_cue_start is None


def test_the_tense_read_is_kept_where_the_date_hangs_on_it():
    events = by_cue(extract_events(ARTICLE, published=PUB))
    assert events["Tuesday"].tense == "past"
    # "2019" does not depend on tense: none was read.
    assert events["2019"].tense is None


def test_a_future_weekday_reads_the_future():
    text = "The two leaders will meet in Hanoi on Friday, officials said."
    (event,) = extract_events(text, published=PUB)
    assert (event.date, event.tense, event.anchor_cue_start) == (dt.date(2023, 4, 14), "future", None)


def test_an_anchor_after_a_range_points_to_the_range_end():
    text = "Delegates met in Geneva from April 3 to April 5, officials said. The next day, the delegates flew home."
    meeting, end, flight = extract_events(text, published=PUB)
    assert (meeting.cue, end.cue) == ("April 3 to April 5", "April 5")  # the end is a statement too
    assert (flight.date, flight.anchor_cue_start) == (dt.date(2023, 4, 6), end.cue_start)


def test_to_dict_gives_the_tense_and_the_anchor():
    events = extract_events(ARTICLE, published=PUB)
    at = {e.cue_start: e for e in events}
    signing = next(e for e in events if e.cue == "A day later")
    d = signing.to_dict(anchor=at[signing.anchor_cue_start])
    assert d["tense"] is None
    assert d["anchor"] == {"cue": "Tuesday", "cue_start": signing.anchor_cue_start}
    assert events[0].to_dict()["anchor"] is None


def test_a_pinned_statement_anchors_the_others_with_its_pinned_date():
    """The app pins a statement whose event a person re-dated: what counts
    from it follows; the statement's own date stays the text's reading."""
    from timeline.extraction.types import DateValue

    arrival = by_cue(extract_events(ARTICLE, published=PUB))["Tuesday"]
    events = by_cue(extract_events(ARTICLE, published=PUB, pinned={arrival.cue_start: DateValue(dt.date(2023, 4, 3))}))
    assert events["Tuesday"].date == dt.date(2023, 4, 4)
    assert events["A day later"].date == dt.date(2023, 4, 4)
    assert events["Two days later"].date == dt.date(2023, 4, 6)
    # Statements that do not hang on it are untouched.
    assert events["The following day"].date == dt.date(2023, 4, 7)


test_a_bare_after_or_before_counts_from_the_day_told = dated_test([
    # "before"/"after" with nothing after it (a comma, the end, "that") is an adverb, as "later" and
    # "earlier": counted on from the day the text has told, not back from the sentence's main day.
    ("The council met on May 3 and, a day after, the mayor resigned.", ["2024-05-03", "2024-05-04"]),
    ("The council met on May 3. A day after, the mayor resigned.", ["2024-05-03", "2024-05-04"]),
    ("The council met on May 3, and a day after that the mayor resigned.", ["2024-05-03", "2024-05-04"]),
    ("The council met on May 3. Two days after, the mayor resigned.", ["2024-05-03", "2024-05-05"]),
    ("The council met on May 3. A week before, the mayor had resigned.", ["2024-05-03", "2024-04-26"]),
    # ... "after" with its object counts as before.
    ("He was arrested on May 3, a day after the shooting.", ["2024-05-03", "2024-05-02"]),
    ("The mayor resigned a day after the council met on May 3.", ["2024-05-03"]),
    # ... nor "that" as a determiner (rv3's review).
    ("The strike began on Monday, a week after that vote by union members.", ["2024-05-13", "2024-05-06"]),
], published=dt.date(2024, 5, 15))
