"""The extractor's prefilter is exact: every date expression the full grammar
accepts holds a trigger word, so the sentences and paragraphs without one,
which the extractor skips unread, hold no date (bench/prefilter_check.py
checks the same on TimeBank and the real-news sets)."""
import bisect
import os
import random

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


def _single_scan(text):
    """The trigger scan as one regex (what trigger_spans must give)."""
    low = text.lower()
    if len(low) != len(text):
        return [t.span() for t in recognition._TRIGGER.finditer(text)]
    return [t.span() for t in recognition._TRIGGER_LOWER.finditer(low)]


def test_the_two_scan_trigger_search_is_the_single_regex():
    # Words holding digits ("q1", "h12"), digits inside words, word characters
    # and digits beyond ASCII (the latter end the fast path) and a trigger at the very start.
    rnd = random.Random(5)
    pieces = ["may", "q1", "h2", "h12", "1990", "June", "é", "_", " ", "-", "day", "days", "\u00a0", "—", "٣",
              "Q3", "x", "5", "covid19", "’", "İ", "March2023", "2023-24", "José", "ñ", "ß", "²", "Ⅻ", "中",
              "e\u0301", "\u200b", "ſ"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(3000)]
    for texts_dir in CORPORA:
        texts += [open(os.path.join(texts_dir, n), encoding="utf-8").read() for n in sorted(os.listdir(texts_dir))]
    for text in texts:
        assert recognition.trigger_spans(text) == _single_scan(text), text


@pytest.mark.parametrize("texts_dir", CORPORA, ids=["demo", "holdout"])
def test_article_triggers_drop_only_what_every_sentence_passes_over(texts_dir):
    dropped = 0
    for name in sorted(os.listdir(texts_dir)):
        with open(os.path.join(texts_dir, name), encoding="utf-8") as fh:
            text = fh.read()
        kept = recognition.article_triggers(text)
        every = recognition.trigger_spans(text)
        dropped += len(every) - len(kept)
        for s, e in split_sentences(text):
            sentence = text[s:e]
            inside = [(a - s, b - s) for a, b in every if s <= a < e]
            # The test on the text says what the test on the sentence says ...
            assert [t for t in inside if not recognition._starts_nothing(sentence, *t)] == \
                [(a - s, b - s) for a, b in kept if s <= a < e], sentence
            # ... so the sentence's dates are the same.
            assert recognition.find_mentions(sentence, [(a - s, b - s) for a, b in kept if s <= a < e], kept=True) == \
                recognition.find_mentions(sentence), sentence
    assert dropped > 20  # the corpus has numbers that start nothing


def test_kept_digit_runs_are_those_starts_nothing_keeps():
    # article_triggers on ASCII text finds the digit runs _starts_nothing keeps with one regex
    # (_KEPT_DIGITS): the same list as trigger_spans filtered by _starts_nothing, on the
    # corpora (as typed and upper-cased) and on strings built from the pieces its clauses read.
    rnd = random.Random(7)
    pieces = ["1", "12", "123", "1234", "12345", "$", "%", " %", ",", ".", ":", "'", "-", "/", " ", "  ", "\n",
              "th", "st", "to", "and", "of", "the", "jan", "May", "day", "full", "week", "years", "Q1", "q1", "h2",
              "x", "thru", "3rd", "’", "£", "€", "–"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(20000)]
    for texts_dir in CORPORA:
        for name in sorted(os.listdir(texts_dir)):
            with open(os.path.join(texts_dir, name), encoding="utf-8") as fh:
                text = fh.read()
            texts += [text, text.upper()]
    for text in texts:
        assert recognition.article_triggers(text) == \
            [(a, b) for a, b in recognition.trigger_spans(text) if not recognition._starts_nothing(text, a, b)], text


def test_only_around_splits_the_same_sentences_that_hold_an_offset():
    # split_sentences(only_around=...) skips blocks without an offset and stops splitting a block
    # after the sentence holding its last offset: the sentences holding an offset are those of
    # the full split, on the corpora (their triggers) and on built texts (any offsets).
    def holding(spans, offsets):
        return [(a, b) for a, b in spans if bisect.bisect_left(offsets, a) != bisect.bisect_left(offsets, b)]

    cases = []
    for texts_dir in CORPORA:
        for name in sorted(os.listdir(texts_dir)):
            with open(os.path.join(texts_dir, name), encoding="utf-8") as fh:
                text = fh.read()
            cases.append((text, [a for a, _ in recognition.article_triggers(text)]))
    rnd = random.Random(11)
    pieces = ["The", " ", "  ", "\n", "\n\n", ".", "!", "?", "…", '"', "”", ")", "Mr.", "U.S.", "a.m.", "Inc.",
              "on Monday", "word", "3.5", "In", "he", "(AP Photo/X)", "—", "WASHINGTON (AP) —", "12", "ft.", "May"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
        cases.append((text, sorted({rnd.randrange(len(text)) for _ in range(rnd.randint(1, 4))})))
    for text, offsets in cases:
        assert holding(split_sentences(text, only_around=offsets), offsets) == \
            holding(split_sentences(text), offsets), text
