"""The engine's errors on a gold set counted by kind, without printing any sentence.

usage: python bench/error_kinds.py --gold GOLD.json --texts DIR [--ids a,b] [--show]

--show (for a development set, never a blind one) prints each false positive beside gold's own
date, and each one in a sentence gold does not date, with its sentence and rule.

For a blind set, whose texts nobody tuning the engine may read, this says what kind of work
would help without showing what to special-case: it prints totals only. Keyed as the dev
set's scorer keys them (../shared/dev-set/score.py's score_article, as bench/score_corpus.py):

- false positives by precision and by what gold has in that sentence: nothing (a sentence gold
  does not date), another date at the same precision (a wrong date), another precision; those in
  sentences gold does not date counted by the rule that made them, and so those beside gold's own
  date where gold misses nothing (a second date gold does not count as a statement);
- misses by precision and by whether the engine dated the sentence otherwise;
- each wrong day paired with the missed day of its sentence: the offset (a multiple of 7 days is
  a weekday put in the wrong week), and the rule and clause tense of the engine's statement;
  for the weekdays in the wrong week, which side of the publication day gold's day and the
  engine's fall on, with that tense (gold's day after publication in a past clause is a report
  of a day the given publication date has not reached: the date is off, not the reading); for
  the yearless days a year off, which side gold's day falls on, how many months from the
  publication day, and the tense.
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

from score_corpus import score_article, trunc, words  # noqa: E402

from timeline.extraction import extract_events  # noqa: E402


def same_sentence(a, b):
    """The scorer's own test of two sentence keys when it has one (score.py lets a short gold
    sentence match as a prefix), else equal keys."""
    own = score_article.__globals__.get("same_sentence")
    return own(a, b) if own else a == b


def side_of(day: dt.date, published: dt.date) -> str:
    return "before" if day < published else "itself" if day == published else "after"


def offset_kind(days: int) -> str:
    if days % 7 == 0 and abs(days) < 400:
        return "a multiple of 7 days (weekday in the wrong week)"
    if abs(days) == 1:
        return "one day"
    if 350 < abs(days) < 380:
        return "about a year"
    return "other"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--texts", required=True)
    ap.add_argument("--ids")
    ap.add_argument("--show", action="store_true", help="print the false positives' sentences (never on a blind set)")
    a = ap.parse_args(argv)
    arts = json.load(open(a.gold, encoding="utf-8"))
    if a.ids:
        keep = set(a.ids.split(","))
        arts = [art for art in arts if art["id"] in keep]
    fp, fn, pairs, rules, tenses = Counter(), Counter(), Counter(), Counter(), Counter()
    undated_rules, week_sides, extra_rules, year_sides = Counter(), Counter(), Counter(), Counter()
    for art in arts:
        with open(os.path.join(a.texts, f"{art['id']}.txt"), encoding="utf-8") as fh:
            events = extract_events(fh.read(), published=dt.date.fromisoformat(art["published"]))
        preds = [e.to_dict() for e in events]
        r = score_article(art["events"], preds)
        gold = {(words(g["sentence_start"]), trunc(g["date"], g["precision"]), g["precision"]) for g in art["events"]}
        keyed = {(words(p["sentence"]), trunc(str(p["date"]), p["precision"]), p["precision"]): e
                 for p, e in zip(preds, events, strict=True)}
        for w in r["wrong"]:
            same = [g for g in gold if same_sentence(g[0], w[0])]
            kind = ("a sentence gold does not date" if not same else
                    "another date at this precision" if any(g[2] == w[2] for g in same) else "another precision")
            fp[(w[2], kind)] += 1
            e = keyed.get(w)
            rule = f"{w[2]} {e.rule if e is not None else '?'}"
            shown = None
            if not same:
                undated_rules[rule] += 1
                shown = "undated"
            elif not any(same_sentence(m[0], w[0]) and m[2] == w[2] for m in r["missed"]):
                # gold dates the sentence at this precision and has no date left unmatched there: a
                # second date the engine found that gold does not count as a statement of its own
                extra_rules[rule] += 1
                shown = "beside " + ",".join(sorted(g[1] for g in same))
            if a.show and shown and e is not None:
                print(f"{art['id']} [{rule}] {w[1]} cue {e.cue!r} ({shown}): {e.sentence[:200]}")
        missed_days = [m for m in r["missed"] if m[2] == "day"]
        for m in r["missed"]:
            dated = any(same_sentence(m[0], k[0]) for k in keyed)
            fn[(m[2], "sentence dated otherwise" if dated else "sentence not dated")] += 1
        for w in r["wrong"]:
            if w[2] != "day":
                continue
            m = next((m for m in missed_days if same_sentence(m[0], w[0])), None)
            if m is None:
                continue
            engine_day, gold_day = dt.date.fromisoformat(w[1]), dt.date.fromisoformat(m[1])
            days = (engine_day - gold_day).days
            pairs[(offset_kind(days), "engine later" if days > 0 else "engine earlier")] += 1
            e = keyed.get(w) or next(
                (e for k, e in keyed.items() if k[1:] == w[1:] and same_sentence(k[0], w[0])), None)
            if e is not None:
                rules[e.rule] += 1
                tenses[str(getattr(e, "tense", None))] += 1
            published = dt.date.fromisoformat(art["published"])
            if 350 < abs(days) < 380:
                # how far gold's day lies from the publication day, in whole months either way
                months = (gold_day.year - published.year) * 12 + gold_day.month - published.month
                year_sides[(side_of(gold_day, published), f"{months:+d} months", str(getattr(e, "tense", None)))] += 1
            if days % 7 == 0 and abs(days) < 400:
                week_sides[(side_of(gold_day, published), side_of(engine_day, published),
                            str(getattr(e, "tense", None)))] += 1
    print(f"{len(arts)} articles")
    print(f"false positives: {sum(fp.values())}")
    for (precision, kind), n in sorted(fp.items()):
        print(f"  {precision:6} {kind:36} {n}")
    print("  in sentences gold does not date, by rule:",
          ", ".join(f"{k} {n}" for k, n in undated_rules.most_common()))
    print(f"  beside gold's own date in its sentence (no miss there), by rule: {sum(extra_rules.values())}:",
          ", ".join(f"{k} {n}" for k, n in extra_rules.most_common()))
    print(f"misses: {sum(fn.values())}")
    for (precision, kind), n in sorted(fn.items()):
        print(f"  {precision:6} {kind:36} {n}")
    print(f"wrong days paired with the missed day of their sentence: {sum(pairs.values())}")
    for (kind, side), n in sorted(pairs.items()):
        print(f"  {kind:50} {side:15} {n}")
    print("  their rules:", ", ".join(f"{k} {n}" for k, n in rules.most_common()))
    print("  their clause tense:", ", ".join(f"{k} {n}" for k, n in tenses.most_common()))
    print("  weekdays in the wrong week, gold's day / the engine's, against the publication day, and tense:")
    for (gold_side, engine_side, tense), n in sorted(week_sides.items()):
        print(f"    gold {gold_side:7} engine {engine_side:7} {tense:8} {n}")
    print("  yearless days a year off: gold's day against the publication day, months from it, and tense:")
    for (gold_side, months, tense), n in sorted(year_sides.items()):
        print(f"    gold {gold_side:7} {months:11} {tense:8} {n}")


if __name__ == "__main__":
    main()
