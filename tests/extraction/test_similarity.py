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
