"""How far two people agree on one set's dated statements, and where the engine stands between them.

usage: python bench/annotator_agreement.py GOLD_A.json GOLD_B.json TEXTS_DIR

Both files are gold timelines of the same articles (the format of ../shared/dev-set/gold.json),
made independently from the texts alone. Scored with the dev set's own rule (score.py's
score_article, as bench/score_corpus.py does), it prints:

- B against A and A against B: B's statements (all of them, or only those B was sure of) taken as
  predictions and keyed against A's gold, certain and optional keys as for the engine. Their F1 is
  the figure a second careful reader reaches, the ceiling an engine can be expected to reach
  against one annotator;
- the engine against A, against B, and against the two pooled (a statement either person keyed
  counts as right; a key is required when both were sure of it, optional otherwise);
- of the engine's statements that A's gold counts as false positives, how many B keyed: the part
  of the engine's precision gap that is a matter of which statements a reader writes down.

--readers-only prints the four reader lines alone and never runs the engine: the form a
second reader uses on a blind set, since the reader must not see the engine's output.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from score_corpus import SCORER_NOTE, score_article, trunc, words  # noqa: E402


def as_predictions(events, certain_only=False):
    return [{"sentence": e["sentence_start"], "date": e["date"], "precision": e["precision"]}
            for e in events if e.get("certain", True) or not certain_only]


def pooled(a_events, b_events):
    """Either person's keys; certain when both were sure, optional otherwise."""
    def key(e):
        return words(e["sentence_start"]), trunc(e["date"], e["precision"]), e["precision"]

    a = {key(e): e.get("certain", True) for e in a_events}
    b = {key(e): e.get("certain", True) for e in b_events}
    out = []
    for e in a_events + b_events:
        k = key(e)
        if any(o["_key"] == k for o in out):
            continue
        out.append({**e, "certain": a.get(k, False) and b.get(k, False), "_key": k})
    return out


def figures(total):
    recall = total["tp"] / max(total["gold"], 1)
    precision = total["tp_all"] / max(total["tp_all"] + total["fp"], 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return f"R {recall:.3f}  P {precision:.3f}  F1 {f1:.3f}  (gold {total['gold']}, predicted {total['pred']})"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_a")
    ap.add_argument("gold_b")
    ap.add_argument("texts")
    ap.add_argument("--readers-only", action="store_true", help="the reader lines only; the engine is not run")
    args = ap.parse_args(argv)
    if not args.readers_only:
        from timeline.extraction import extract_events
    with open(args.gold_a, encoding="utf-8") as fh:
        gold_a = {art["id"]: art for art in json.load(fh)}
    with open(args.gold_b, encoding="utf-8") as fh:
        gold_b = {art["id"]: art for art in json.load(fh)}
    ids = sorted(set(gold_a) & set(gold_b))
    runs = {name: dict(gold=0, pred=0, tp=0, tp_all=0, fp=0) for name in
            ("B (all) against A", "B (sure) against A", "A (all) against B", "A (sure) against B",
             "engine against A", "engine against B", "engine against A and B pooled")}
    if args.readers_only:
        runs = {name: total for name, total in runs.items() if not name.startswith("engine")}
    engine_fp_a = engine_fp_a_keyed_by_b = 0
    for article_id in ids:
        a, b = gold_a[article_id]["events"], gold_b[article_id]["events"]
        results = {
            "B (all) against A": score_article(a, as_predictions(b)),
            "B (sure) against A": score_article(a, as_predictions(b, certain_only=True)),
            "A (all) against B": score_article(b, as_predictions(a)),
            "A (sure) against B": score_article(b, as_predictions(a, certain_only=True)),
        }
        if not args.readers_only:
            with open(os.path.join(args.texts, f"{article_id}.txt"), encoding="utf-8") as fh:
                text = fh.read()
            published = dt.date.fromisoformat(gold_a[article_id]["published"])
            engine = [e.to_dict() for e in extract_events(text, published=published)]
            results["engine against A"] = score_article(a, engine)
            results["engine against B"] = score_article(b, engine)
            results["engine against A and B pooled"] = score_article(pooled(a, b), engine)
        for name, result in results.items():
            for field in runs[name]:
                runs[name][field] += result[field]
        if args.readers_only:
            continue
        wrong_a = results["engine against A"]["wrong"]
        engine_fp_a += len(wrong_a)
        b_keys = {(words(e["sentence_start"]), trunc(e["date"], e["precision"]), e["precision"]) for e in b}
        engine_fp_a_keyed_by_b += sum(1 for k in wrong_a if k in b_keys)
    print(SCORER_NOTE, file=sys.stderr)
    print(f"{len(ids)} articles")
    for name, total in runs.items():
        print(f"{name:32s} {figures(total)}")
    if not args.readers_only:
        print(f"engine statements A counts as false positives: {engine_fp_a}; "
              f"of them keyed by B: {engine_fp_a_keyed_by_b}")


if __name__ == "__main__":
    main()
