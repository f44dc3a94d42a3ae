"""The extractor's prefilter is exact: every date expression the full grammar
accepts holds a trigger word, so the sentences and paragraphs without one,
which the extractor skips unread, hold no date (bench/prefilter_check.py
checks the same on TimeBank and the real-news sets)."""
import os

import pytest

from bench.prefilter_check import untriggered_matches
from timeline.extraction import recognition
from timeline.extraction.grammar import RULES
from timeline.extraction.sentences import split_sentences

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPORA = [os.path.join(ROOT, "timeline", "demo", "texts"), os.path.join(ROOT, "bench", "holdout", "texts")]


def _sentences(texts_dir):
    for name in sorted(os.listdir(texts_dir)):
        if name.endswith(".txt"):
            with open(os.path.join(texts_dir, name), encoding="utf-8") as fh:
                text = fh.read()
            yield from (text[s:e] for s, e in split_sentences(text))


@pytest.mark.parametrize("texts_dir", CORPORA, ids=["demo", "holdout"])
def test_every_match_in_the_hand_written_corpora_holds_a_trigger(texts_dir):
    found = 0
    for sentence in _sentences(texts_dir):
        n, missed = untriggered_matches(sentence)
        found += n
        assert not missed, (sentence, missed)
    assert found > 100  # the check saw dates


def test_every_rule_example_holds_a_trigger():
    for rule in RULES:
        for sentence, _ in rule.examples:
            assert not untriggered_matches(sentence)[1], (rule.name, sentence)


def test_the_check_finds_a_trigger_word_missing(monkeypatch):
    # A trigger scan that missed the month names would skip "in March 2023":
    # the check must say so.
    real = recognition.trigger_spans
    monkeypatch.setattr("bench.prefilter_check.trigger_spans",
                        lambda s: [(a, b) for a, b in real(s) if s[a:b].lower() != "march"])
    found, missed = untriggered_matches("Prices rose in early March.")
    assert found and missed
