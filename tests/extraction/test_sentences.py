"""Sentence splitting on noisy news text: spans are verbatim, stripped slices."""
import pytest

from timeline.extraction.sentences import split_sentences


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim met Park. They talked.", ["Kim met Park.", "They talked."]),
        # Titles and month abbreviations do not end a sentence.
        ("Gen. Park met Mr. Lee on Jan. 5 in Seoul. It rained.",
         ["Gen. Park met Mr. Lee on Jan. 5 in Seoul.", "It rained."]),
        # An initialism followed by a name is not a boundary ...
        ("The U.S. Navy sailed. Then it stopped.", ["The U.S. Navy sailed.", "Then it stopped."]),
        # ... but followed by a sentence opener it is.
        ("He flew to the U.S. The trip was short.", ["He flew to the U.S.", "The trip was short."]),
        # A stray full stop before a lower-case word is noise, not a boundary.
        ("It was the ministry. of Foreign Affairs that spoke. Then silence.",
         ["It was the ministry. of Foreign Affairs that spoke.", "Then silence."]),
        # Quotes close sentences with their punctuation.
        ('"We will go," he said. "Now." She left.', ['"We will go," he said.', '"Now."', "She left."]),
        # Lines without punctuation (captions, headlines, bylines) stand alone.
        ("Headline here\n\nBy Jane Doe\nPublished 6 April 2023\n\nFirst sentence. Second one.",
         ["Headline here", "By Jane Doe", "Published 6 April 2023", "First sentence.", "Second one."]),
        ("South Korea USA\nIn March alone, it fired 20 missiles.",
         ["South Korea USA", "In March alone, it fired 20 missiles."]),
        # A dateline with a dash is split off; the sentence starts after it.
        ("SEOUL, South Korea (AP) — North Korea fired a missile. It fell.",
         ["SEOUL, South Korea (AP) —", "North Korea fired a missile.", "It fell."]),
        # Continuation lines that start in lower case are joined.
        ("The talks ended\nwithout a deal. Next.", ["The talks ended\nwithout a deal.", "Next."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_split(text, expected):
    assert sentences(text) == expected


def test_spans_are_offsets_into_the_original():
    text = "  One thing happened.   Another happened!\n\nA third?  "
    for s, e in split_sentences(text):
        assert text[s:e] == text[s:e].strip()
        assert text[s:e]
    assert sentences(text) == ["One thing happened.", "Another happened!", "A third?"]


def test_hard_wrapped_text_is_joined():
    text = ("North Korea fired a ballistic missile into the sea off its east coast\n"
            "on Thursday, the South Korean military said, the latest in a series of\n"
            "launches this year that have raised tensions across the whole region\n"
            "and beyond. Officials met later.\n")
    got = sentences(text)
    assert len(got) == 2
    assert got[0].startswith("North Korea fired") and got[0].endswith("beyond.")


def test_dateline_with_latin1_capitals_is_split_off():
    text = "ANDØYA, Norway (Meridian Wire) — A small rocket lifted off on Saturday."
    assert [text[s:e] for s, e in split_sentences(text)][-1] == "A small rocket lifted off on Saturday."


def test_a_bullet_is_not_part_of_its_sentence():
    text = "Stores opened early.\n\n• Shoppers queue outside a mall on Friday. Crowds were thin.\n  ▪ Prices fell."
    assert sentences(text) == ["Stores opened early.", "Shoppers queue outside a mall on Friday.",
                               "Crowds were thin.", "Prices fell."]


def test_a_decade_ends_a_sentence():
    # "70s." is a number's suffix, not a single initial like "John F."
    text = "Lows will stay in the mid 70s. Monday's highs will reach 100. He met John F. Kennedy."
    assert sentences(text) == ["Lows will stay in the mid 70s.", "Monday's highs will reach 100.",
                               "He met John F. Kennedy."]


def test_a_clock_time_ends_a_sentence_before_a_new_subject():
    text = ("This year the store opens at 5 p.m. Harbor Books is opening on Thursday for the first time. "
            "Doors open at 11 a.m. Thanksgiving Day. The sale ends at 3 p.m. Friday.")
    assert sentences(text) == ["This year the store opens at 5 p.m.",
                               "Harbor Books is opening on Thursday for the first time.",
                               "Doors open at 11 a.m. Thanksgiving Day.", "The sale ends at 3 p.m. Friday."]


def test_a_web_address_ends_a_sentence():
    # "OnePlus.com." is a host name, no initialism: the capitalised word after it opens a sentence (fp47, session 47)
    text = ("Tickets are on sale via OnePlus.com. Early Bird tickets go on sale on April 25. Read more at cdc.gov. "
            "The company moved to the U.S. Early in May it opened an office. See bbc.co.uk. Officials agreed.")
    assert sentences(text) == ["Tickets are on sale via OnePlus.com.", "Early Bird tickets go on sale on April 25.",
                               "Read more at cdc.gov.", "The company moved to the U.S. Early in May it opened an office.",
                               "See bbc.co.uk.", "Officials agreed."]


@pytest.mark.parametrize("text", [
    "He met the envoy in Washington D.C. Then he left.",
    "Shares rose 3% at 11 a.m.\nThe index fell.",
    "Sen. John F. Kennedy Jr. spoke.",
    "the 70s. It was",
    "...U.S. officials",
    "Acme Inc. said",
    "  ..abc.def. ",
    "x\n",
    "12345.",
    "",
])
def test_word_before_finds_what_its_regex_finds(text):
    # _word_before replaced _WORD_BEFORE.search on the hot path (the sentence splitter asks it at every
    # full stop); the regex stays as its definition: both must agree on every window.
    from timeline.extraction.sentences import _WORD_BEFORE, _word_before

    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            m = _WORD_BEFORE.search(text, lo, hi)
            assert _word_before(text, lo, hi) == ((m.start(1), m.group(1)) if m else None), (lo, hi)
