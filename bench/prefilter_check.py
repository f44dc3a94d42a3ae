"""Check the engine's prefilter on real text: every date expression the full
grammar finds holds a trigger word.

The extractor finds the trigger words of a whole article once
(recognition.trigger_spans), skips every paragraph and sentence without one,
and tries the master regex only just before each trigger (find_mentions).
That is exact only if every match of the master regex that a rule accepts
holds a trigger word. This script checks it the slow way on every sentence
of the corpora: the master regex tried at every word start, each match
validated by its rule as find_mentions does, and the match's span compared
with the trigger spans of the sentence. It prints, per corpus, the sentences,
those without a trigger, the matches found and any match without a trigger
(there should be none; the script exits 1 otherwise).

    python bench/prefilter_check.py [--texts DIR ...]

Default corpora: the demo corpus, the held-out set, TimeBank
(../shared/dev-set/timebank) and the real-news sets whose texts have been
rebuilt (bench/realnews*/texts, never realnews-fresh3, the lead's test set).
tests/extraction/test_prefilter.py checks the same on the hand-written texts.
"""
from __future__ import annotations

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from timeline.extraction.recognition import MASTER, _mention, trigger_spans  # noqa: E402
from timeline.extraction.sentences import split_sentences  # noqa: E402

DEFAULT = [os.path.join(ROOT, "timeline", "demo", "texts"), os.path.join(ROOT, "bench", "holdout", "texts"),
           os.path.join(ROOT, "..", "shared", "dev-set", "timebank", "texts")] + [
    os.path.join(ROOT, "bench", s, "texts")
    for s in ("realnews", "realnews-fresh", "realnews-fresh2", "realnews-unseen")]


def untriggered_matches(sentence: str) -> tuple[int, list[tuple[int, int, str]]]:
    """(number of accepted matches, the accepted matches holding no trigger
    word) of the master regex tried at every start in `sentence`."""
    triggers = trigger_spans(sentence)
    found = 0
    missed = []
    for start in range(len(sentence)):
        m = MASTER.match(sentence, start)  # opens with (?<!\w)(?=\w): only word starts match
        if m is None or _mention(m, sentence) is None:
            continue
        found += 1
        if not any(start <= a < m.end() for a, _ in triggers):
            missed.append((start, m.end(), m.lastgroup))
    return found, missed


def check(texts_dir: str) -> int:
    sentences = no_trigger = matches = 0
    bad = []
    for name in sorted(os.listdir(texts_dir)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(texts_dir, name), encoding="utf-8") as fh:
            text = fh.read()
        for s, e in split_sentences(text):
            sent = text[s:e]
            sentences += 1
            no_trigger += not trigger_spans(sent)
            n, missed = untriggered_matches(sent)
            matches += n
            bad += [(name, sent[a:b], kind) for a, b, kind in missed]
    print(f"{os.path.relpath(texts_dir, ROOT)}: {sentences} sentences, {no_trigger} without a trigger word, "
          f"{matches} matches accepted by their rules, {len(bad)} without a trigger")
    for name, text, kind in bad[:20]:
        print(f"  {name}: {kind[2:]} {text!r}")
    return len(bad)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", nargs="*", default=None, help="directories of .txt articles")
    a = ap.parse_args(argv)
    dirs = a.texts or [d for d in DEFAULT if os.path.isdir(d)]
    sys.exit(1 if sum(check(d) for d in dirs) else 0)


if __name__ == "__main__":
    main()
