import pytest

from timeline.extraction.similarity import content_words, same_event


def test_content_words_drop_function_words_and_fold_plurals():
    assert content_words("North Korea fired six missiles on Thursday") == {"north", "korea", "fired", "six", "missile"}


@pytest.mark.parametrize(
    "title, other, expected",
    [
        ("North Korea fired six short-range ballistic missiles into the sea",
         "Six short-range missiles were fired from near Nampo", True),
        ("US B-52 bombers flew over the peninsula in drills with South Korean jets",
         "The bombers flew over the peninsula with South Korean fighters", True),
        ("North Korea fired six short-range ballistic missiles", "The envoy met the foreign minister in Seoul", False),
        ("Talks were held", "Talks were held", False),  # too little said to be sure
    ],
)
def test_same_event(title, other, expected):
    assert same_event(title, other) is expected


def test_actor_names_are_no_evidence():
    title = "North Korea fired six short-range ballistic missiles"
    other = "North Korea tested a new cruise missile system near Pyongyang"
    assert same_event(title, other)  # north, korea, missile
    assert not same_event(title, other, actors=["North Korea"])
    assert content_words("Japan's ministry") == {"japan", "ministry"}


def test_same_happening_lenient_in_one_article_strict_across_articles():
    from timeline.extraction.similarity import same_happening

    launch = ("North Korea fired six short-range ballistic missiles into the sea", ("North Korea",))
    cruise = ("North Korea tested a new cruise missile system", ("North Korea",))
    kwargs = {"category": "missile launch", "other_category": "missile launch"}
    # One article, one day, one kind of event, the same actor: one happening.
    assert same_happening(launch[0], cruise[0], actors=launch[1], other_actors=cruise[1], **kwargs)
    # Against other articles' events a shared country is no evidence.
    assert not same_happening(launch[0], cruise[0], actors=launch[1], other_actors=cruise[1], strict=True, **kwargs)
    # A person both name is.
    assert same_happening("Harlan will meet his counterpart", "The envoys spent four hours together",
                          actors=("Thomas Harlan",), other_actors=("Thomas Harlan", "Park Min-jae"),
                          category="diplomatic meeting", other_category="diplomatic meeting", strict=True)
    # Two known, different categories never are.
    assert not same_happening("Talks on the launch", "The launch", category="diplomatic meeting",
                              other_category="missile launch", actors=("Japan",), other_actors=("Japan",))


def test_words_match_fuzzily():
    from timeline.extraction.similarity import shared_words

    assert shared_words(content_words("launches fired missiles"), content_words("launched fires missile")) == 3


def test_a_person_both_name_joins_a_statement_without_a_telling_category():
    from timeline.extraction.similarity import same_happening

    meeting = ("Harlan will meet his South Korean counterpart", ("Thomas Harlan", "Park Min-jae", "South Korea"))
    quote = ("We agreed to set up a task force on cryptocurrency theft", ("Park Min-jae",))
    for strict in (False, True):
        assert same_happening(meeting[0], quote[0], actors=meeting[1], other_actors=quote[1],
                              category="diplomatic meeting", other_category=None, strict=strict)
        # A country in common is no evidence, ...
        assert not same_happening(meeting[0], "Officials set up a task force", actors=meeting[1],
                                  other_actors=("South Korea",), category="diplomatic meeting",
                                  other_category=None, strict=strict)
        # ... and two known, different categories still never are one.
        assert not same_happening(meeting[0], quote[0], actors=meeting[1], other_actors=quote[1],
                                  category="diplomatic meeting", other_category="missile launch", strict=strict)


def test_the_cheap_test_never_rules_out_a_pair_the_strict_rule_takes():
    """could_be_same_happening, asked before same_happening(strict=True) by
    bulk imports, is False only where the whole rule is: every pair of the
    demo corpus's statements, and pairs made for it."""
    import datetime
    import json
    from pathlib import Path

    from timeline.extraction import extract_events
    from timeline.extraction.similarity import could_be_same_happening, same_happening

    demo = Path(__file__).resolve().parents[2] / "timeline" / "demo"
    gold = json.loads((demo / "gold.json").read_text())
    statements = []
    for entry in gold:
        text = (demo / "texts" / f"{entry['id']}.txt").read_text()
        published = datetime.date.fromisoformat(entry["published"])
        statements += [(e.title, tuple(e.actors), e.category) for e in extract_events(text, published=published)]
    statements += [
        ("Park Min-jae met the envoy", ("Park Min-jae",), "meeting"),
        ("Talks with Park Min-jae", ("Park Min-jae",), "meeting"),  # a person, no word in common
        ("Missiles fired into the sea", ("North Korea",), "missile launch"),
        ("Missile launches over the sea", ("North Korea",), "missile launch"),  # fuzzy words
        ("The launched rocket", (), None),
        ("Rocket launches", (), "missile launch"),
    ]
    taken = 0
    for title, actors, category in statements:
        for other_title, other_actors, other_category in statements:
            same = dict(actors=actors, other_actors=other_actors, category=category, other_category=other_category)
            if same_happening(title, other_title, strict=True, **same):
                taken += 1
                assert could_be_same_happening(title, other_title, **same), (title, other_title)
    assert taken > len(statements)  # more than each with itself
