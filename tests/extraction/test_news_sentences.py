"""Sentence splitting on news pages: headlines over wrapped stories, glyphs, emoji, titles,
quotations, initialisms and a unit's full stop after a number, and what the dates of the
sentences so cut come to.
"""
import datetime as dt

import pytest
from dated import dated_test, dates

from timeline.extraction import extract_events
from timeline.extraction.sentences import split_sentences


@pytest.mark.parametrize("text, expected", [
    # An emoji between a full stop and the next capital (social posts quoted in
    # news) does not glue two sentences: it opens the second, whose date is its own.
    ("The coach is staying in town. \U0001F44F We signed him through the 2030 season.",
     ["The coach is staying in town.", "\U0001F44F We signed him through the 2030 season."]),
    ("They won! \U0001F525\U0001F525 The parade is on Monday.", ["They won!", "\U0001F525\U0001F525 The parade is on Monday."]),
    ("He left at 5 p.m. \u2764\ufe0f the team.", ["He left at 5 p.m. \u2764\ufe0f the team."]),
])
def test_emoji_after_a_full_stop_ends_the_sentence(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # The plural of a title abbreviation ("Capts.", "Sens.", "Reps.", "Gens.")
    # is followed by names, like the singular: no sentence ends there.
    ("Fire Capts. Ann Lee and Bo Park watch the blaze on Monday, July 26, 2021.",
     ["Fire Capts. Ann Lee and Bo Park watch the blaze on Monday, July 26, 2021."]),
    ("Sens. Ann Lee and Bo Park voted against. Reps. Cy Doe and Di Roe voted yes.",
     ["Sens. Ann Lee and Bo Park voted against.", "Reps. Cy Doe and Di Roe voted yes."]),
])
def test_plural_titles_do_not_end_a_sentence(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


# A hard-wrapped story under its headline: the headline's line is in title case
# and the story's first line opens with a capital.
WRAPPED = ("Three Hurt As Storm Hits Coastal Town Near Harbor\n"
           "Three people were hurt when a storm hit the coastal town\n"
           "on Monday, the mayor said, as winds of more than 100 kilometers an\n"
           "hour tore the roofs off a dozen houses near the old harbor.\n"
           "Rescue teams searched the rubble through the night and the town's\n"
           "Emergency Management Office said power would be back by Wednesday.\n")


MON = dt.date(2024, 3, 18)


def test_a_title_case_headline_is_not_joined_to_the_wrapped_story_below():
    got = [WRAPPED[a:b] for a, b in split_sentences(WRAPPED)]
    assert got[0] == "Three Hurt As Storm Hits Coastal Town Near Harbor"
    assert got[1].startswith("Three people were hurt") and got[1].endswith("old harbor.")
    # A wrapped line of the story whose next line opens with a name still runs on.
    assert got[2].startswith("Rescue teams") and got[2].endswith("by Wednesday.")
    assert [e.sentence.split("\n")[0] for e in extract_events(WRAPPED, published=MON)] == [
        "Three people were hurt when a storm hit the coastal town",
        "Rescue teams searched the rubble through the night and the town's"]


@pytest.mark.parametrize("text", [
    # Wrapped prose whose first line is full of names runs on: its short words
    # are too many for a headline, a list of names has commas, a line often
    # ends in a short word.
    "Officials from the Department of Homeland Security and the Federal\n"
    "Emergency Management Agency arrived in the city on Monday night to assess\n"
    "the damage left by the storm, which killed four people and left tens of\n"
    "thousands without power in the county.\n",
    "President Joe Biden, Vice President Kamala Harris and Secretary of State\n"
    "Antony Blinken met the visiting prime minister at the White House on Monday\n"
    "to discuss the war, the talks on trade and the summit planned for the spring\n"
    "in the capital.\n",
])
def test_wrapped_prose_opening_with_names_runs_on(text):
    assert len(split_sentences(text)) == 1


THU = dt.date(2019, 11, 21)


@pytest.mark.parametrize("glyph", ["×", "✕", "✖", "▶"])
def test_a_close_button_glyph_before_a_headline_is_not_part_of_its_sentence(glyph):
    # A page's close button or icon glyph left on the headline's line: the
    # headline's sentence starts after it, as a bullet's list item does.
    text = f"{glyph} Bus driver charged in fatal crash; hearing set for March\n\nThe driver appeared in court on Tuesday."
    events = extract_events(text, published=THU)
    assert [e.sentence.split()[0] for e in events] == ["Bus", "The"]
    assert dates(text, THU) == ["2020-03", "2019-11-19"]


def test_a_multiplication_sign_inside_a_line_stays():
    text = "The room measured 3 × 4 metres when it was built in 1990."
    assert [e.sentence for e in extract_events(text, published=THU)] == [text]


# A quotation's end glued to the next sentence ("season.”We are") ends a sentence, as a glued full
# stop does: each sentence keeps its own date.
def test_a_glued_quotation_end_splits_the_sentence():
    text = ("The retailer said on Thursday that sales fell over the holiday season.”We are taking strong "
            "actions today to stabilize the company,” the chairman said.")
    assert dates(text, dt.date(2017, 1, 5)) == ["2017-01-05", "2017-01-05"]


WRAPPED_LEAD = ("LONDON (Reuters) — Acme Widgets\n"
                "Plc is closing its main London factory in June, the\n"
                "latest step by the maker to cut costs as demand for its\n"
                "products falls across Europe and the rest of the\n"
                "world, a company spokeswoman said on Tuesday.\n")


def test_a_short_first_line_after_a_wire_dateline_goes_on_into_the_lead():
    events = extract_events(WRAPPED_LEAD, published=dt.date(2024, 1, 17), uncertain=True)
    june = [e for e in events if e.date.isoformat().startswith("2024-06")]
    assert june and " ".join(june[0].sentence.split()).startswith("Acme Widgets Plc is closing")


SUN = dt.date(2024, 3, 10)


def test_a_sentence_with_hundreds_of_dates_and_no_stop_does_not_recurse_too_deep():
    # A pasted table with no full stops: thousands of years and months in one "sentence".
    text = "In 2011 June 2012 March 2013 April " * 1500
    assert dates(text, SUN)


@pytest.mark.parametrize("text, sentences", [
    # After an initialism, a time word that opens a sentence ("Last year", "Earlier", "Yesterday")
    # ends the one before, as "The", "In" or "On" do.
    ("The company is based in Washington, D.C. Last year it hired 50 people.",
     ["The company is based in Washington, D.C.", "Last year it hired 50 people."]),
    ("Talks were held in the U.S. Earlier, the envoy met officials in Seoul.",
     ["Talks were held in the U.S.", "Earlier, the envoy met officials in Seoul."]),
    ("He returned to the U.S. Yesterday he spoke to reporters.",
     ["He returned to the U.S.", "Yesterday he spoke to reporters."]),
    # ... not a weekday, which often follows its subject ("the U.S. Monday said").
    ("Officials of the U.S. Monday said the talks failed.", ["Officials of the U.S. Monday said the talks failed."]),
])
def test_a_time_word_after_an_initialism_opens_a_sentence(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


@pytest.mark.parametrize("text, expected", [
    # A quotation's "!" or "?" before its attribution ends no sentence: the
    # attribution (and its day) belongs with the last quoted sentence.
    ("“The verdict is in! I’m on my way! I’m shaking!” Her brother’s wife tweeted Monday.",
     ["“The verdict is in!", "I’m on my way!", "I’m shaking!” Her brother’s wife tweeted Monday."]),
    ("“Why now?” The mayor asked on Tuesday.", ["“Why now?” The mayor asked on Tuesday."]),
    # A next sentence that attributes nothing still stands alone.
    ("“We won!” Fans poured into the streets on Sunday.", ["“We won!”", "Fans poured into the streets on Sunday."]),
    ("He shouted “Stop!” The crowd ran.", ["He shouted “Stop!”", "The crowd ran."]),
])
def test_a_quotation_is_not_split_from_its_attribution(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


THU_2024_03_14 = dt.date(2024, 3, 14)


def test_a_long_sentence_of_expected_weekdays_is_read_in_linear_time():
    import time

    # A guard against the quadratic scan, not a speed target: 50 repetitions take ~0.5 s of CPU when
    # the scan is linear and ~45 s when it is quadratic (722 s at 200), so the bound has a wide margin
    # either way on a loaded machine (2 s at 200 repetitions flaked on CI: 2.4 s).
    text = "Snow expected Friday and Saturday and Sunday and the Mail on Monday and today are up " * 50
    start = time.process_time()
    dates(text, THU_2024_03_14)
    assert time.process_time() - start < 10


WED_2022_04_13 = dt.date(2022, 4, 13)


# A unit's full stop after a number ("12.4 ft.") ends its sentence before an opener; "Ft." before a name is Fort.
@pytest.mark.parametrize(("text", "want"), [
    ("The lake stood at 12.4 ft. At noon Monday it began to drop.",
     ["The lake stood at 12.4 ft.", "At noon Monday it began to drop."]),
    ("The creek is forecast to peak at 19 ft. The bridge will stay shut.",
     ["The creek is forecast to peak at 19 ft.", "The bridge will stay shut."]),
    # Fort before a name stays one sentence
    ("Troops left Ft. Bragg on Monday.", ["Troops left Ft. Bragg on Monday."]),
    ("The unit moved to Ft. Hood in May. It stayed there.",
     ["The unit moved to Ft. Hood in May.", "It stayed there."]),
])
def test_feet_after_a_number_end_a_sentence_before_an_opener(text, want):
    assert [text[a:b] for a, b in split_sentences(text)] == want


# Each sentence cut at a unit's full stop keeps its own date and tense.
test_each_sentence_keeps_its_own_tense = dated_test([
    # the forecast is Saturday ahead, the reading Monday gone by
    ("Saturday the lake is expected to crest at 14.2 ft. At 9 a.m. Monday the lake was at 13.9 ft.",
     ["2022-04-16", "2022-04-11"]),
], published=WED_2022_04_13)
