"""How often the engine puts a bare weekday in the right week, on a weekday set.

usage: python bench/weekday_direction.py --gold GOLD.json --texts DIR [--ids a,b] [--show]

A weekday set (bench/weekdays-*/) is real news annotated by hand for the statements a bare
weekday dates ("on Thursday", "Friday's vote", "last Monday"; not "Tuesday, March 5"), and
nothing else. The engine's statements dated by its weekday rules ("wd", "wd_mod") are keyed
against it as bench/score_corpus.py keys a full set (../shared/dev-set/score.py's
score_article), so recall, precision and F1 here are those of the weekday statements alone
(with any other rule's statement that gives a gold weekday's sentence its day).

Each certain gold day is then paired with the engine's statement for the same weekday in the
same sentence, and the pairs are counted by direction from the publication day (past, the day
itself, ahead) as gold and engine see it: the confusion table says which way the engine errs.
Totals only, unless --show (for a development set, never a blind one) prints each error with
its sentence.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from score_corpus import SCORER_NOTE, score_article  # noqa: E402
from score_corpus import words as plain_words  # noqa: E402

from timeline.extraction import extract_events  # noqa: E402

WEEKDAY_RULES = {"wd", "wd_mod"}


# The scorer's own sentence key (score.py drops a leading dateline) when it has one.
words = score_article.__globals__.get("words", plain_words)


def same_sentence(a, b):
    own = score_article.__globals__.get("same_sentence")
    return own(a, b) if own else a == b


def direction(day: dt.date, published: dt.date) -> str:
    return "past" if day < published else "ahead" if day > published else "that day"


def args_and_articles(description: str, argv=None):
    """The command line the direction scripts share (--gold, --texts, --ids, --show) and the gold's articles."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--texts", required=True)
    ap.add_argument("--ids")
    ap.add_argument("--show", action="store_true", help="print each error with its sentence (not for blind sets)")
    a = ap.parse_args(argv)
    with open(a.gold, encoding="utf-8") as fh:
        arts = json.load(fh)
    if a.ids:
        keep = set(a.ids.split(","))
        arts = [art for art in arts if art["id"] in keep]
    return a, arts


def main(argv=None):
    a, arts = args_and_articles(__doc__.split("\n")[0], argv)
    tot = Counter()
    table = Counter()
    wrong_tense = Counter()
    by_tense = Counter()
    for art in arts:
        published = dt.date.fromisoformat(art["published"])
        with open(os.path.join(a.texts, f"{art['id']}.txt"), encoding="utf-8") as fh:
            every = extract_events(fh.read(), published=published)
        gold_keys = {(words(g["sentence_start"]), g["date"][:10]) for g in art["events"]}
        # the weekday rules' statements, and another rule's that gives a gold weekday's sentence
        # its day (a dateline's "June 14" beside "on Friday"): the day is right either way
        events = [e for e in every if e.rule in WEEKDAY_RULES or (
            e.precision == "day" and any(k[1] == e.date.isoformat() and same_sentence(k[0], words(e.sentence))
                                         for k in gold_keys))]
        preds = [e.to_dict() for e in events]
        r = score_article(art["events"], preds)
        for k in ("gold", "tp", "tp_all", "fp"):
            tot[k] += r[k]
        for g in art["events"]:
            if not g.get("certain", True) or g["precision"] != "day":
                continue
            gday = dt.date.fromisoformat(g["date"][:10])
            key = words(g["sentence_start"])
            mine = [e for e in events if same_sentence(key, words(e.sentence))]
            e = next((e for e in mine if e.date == gday), None) or next(
                (e for e in mine if e.date.weekday() == gday.weekday()), None)
            right = e is not None and e.date == gday
            engine_side = direction(e.date, published) if e else "none"
            table[(direction(gday, published), engine_side, right)] += 1
            if e is not None:
                by_tense[(str(getattr(e, "tense", None)), direction(gday, published), right)] += 1
            if e is not None and not right:
                wrong_tense[(direction(gday, published), engine_side, str(getattr(e, "tense", None)))] += 1
            if a.show and not right:
                got = f"{e.date} ({e.rule}, tense {getattr(e, 'tense', None)}, cue {e.cue!r})" if e else "nothing"
                print(f"{art['id']} pub {published} {published:%a}: gold {gday} {gday:%a} "
                      f"(cue {g['cue']!r}), engine {got}\n    {g['sentence_start']}")
                if e is not None:
                    print(f"    | {e.sentence[:300]}")
        if a.show:
            for w in r["wrong"]:
                if not any(same_sentence(w[0], words(g["sentence_start"])) for g in art["events"]):
                    print(f"{art['id']} pub {published}: extra {w[1]} in a sentence gold does not date: "
                          f"{' '.join(w[0])}")
    rec = tot["tp"] / max(tot["gold"], 1)
    pre = tot["tp_all"] / max(tot["tp_all"] + tot["fp"], 1)
    f1 = 2 * pre * rec / max(pre + rec, 1e-9)
    print(SCORER_NOTE, file=sys.stderr)
    print(f"{len(arts)} articles, {tot['gold']} certain weekday keys")
    print(f"weekday statements: recall {rec:.3f} precision {pre:.3f} F1 {f1:.3f} (false positives {tot['fp']})")
    print("certain gold days by direction from publication, gold -> engine's same weekday in the sentence:")
    for (gside, eside, right), n in sorted(table.items()):
        mark = "" if right else "  <- nothing" if eside == "none" else "  <- wrong week"
        print(f"  {gside:8} -> {eside:8} {n:4}{mark}")
    print(f"  right {sum(n for k, n in table.items() if k[2])} of {sum(table.values())}")
    print("wrong weeks by the tense the engine gave the clause (gold -> engine: tense):")
    for (gside, eside, tense), n in sorted(wrong_tense.items()):
        print(f"  {gside:8} -> {eside:8} {tense:8} {n:4}")
    print("the engine's weekdays by the clause's tense: gold's direction, right / all")
    for tense in sorted({k[0] for k in by_tense}):
        print(f"  {tense:8}", ", ".join(
            f"{side} {by_tense[(tense, side, True)]}/{by_tense[(tense, side, True)] + by_tense[(tense, side, False)]}"
            for side in ("past", "that day", "ahead")))
    return f1


if __name__ == "__main__":
    main()
