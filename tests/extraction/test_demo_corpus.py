"""Regression guard: the engine on the repository's demo corpus (timeline/demo).

Skipped when the corpus is absent. Same scoring rule as the dev set's
score.py (see bench/score_corpus.py): key = first six words of the sentence,
date at its precision, precision.
"""
import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction import extract_events

DEMO = Path(__file__).resolve().parents[2] / "timeline" / "demo"


def _score():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "score_corpus", Path(__file__).resolve().parents[2] / "bench" / "score_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score_article


@pytest.mark.skipif(not (DEMO / "gold.json").exists(), reason="demo corpus not present")
def test_demo_corpus_f1():
    score_article = _score()
    arts = json.loads((DEMO / "gold.json").read_text(encoding="utf-8"))
    tot = dict(gold=0, tp=0, tp_all=0, fp=0)
    for art in arts:
        path = DEMO / "texts" / f"{art['id']}.txt"
        if not path.exists():
            continue
        events = extract_events(path.read_text(encoding="utf-8"),
                                published=dt.date.fromisoformat(art["published"]))
        r = score_article(art["events"], [e.to_dict() for e in events])
        for k in tot:
            tot[k] += r[k]
    recall = tot["tp"] / max(tot["gold"], 1)
    precision = tot["tp_all"] / max(tot["tp_all"] + tot["fp"], 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    assert f1 >= 0.9, (recall, precision, f1)
