"""How many dates the engine counts from another statement rather than from
the publication date, on a corpus (timeline/demo by default): statements,
and events (happenings: the statements of one group, as EventWriter stores
them) with at least one such statement, by rule.

    python bench/anchored_dates.py [--texts DIR --gold GOLD.json]

This is what re-derivation (timeline/derivation.py) follows when an anchor
event is re-dated; every other date hangs on the publication date alone.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from timeline.extraction import extract_events  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", default=os.path.join(ROOT, "timeline", "demo", "texts"))
    ap.add_argument("--gold", default=os.path.join(ROOT, "timeline", "demo", "gold.json"))
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as fh:
        published = {a["id"]: dt.date.fromisoformat(a["published"]) for a in json.load(fh)}
    statements = anchored = articles = 0
    events: set[tuple[str, int]] = set()
    anchored_events: set[tuple[str, int]] = set()
    by_rule: collections.Counter[str] = collections.Counter()
    for name in sorted(os.listdir(args.texts)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(args.texts, name), encoding="utf-8") as fh:
            text = fh.read()
        articles += 1
        for e in extract_events(text, published=published.get(name[:-4])):
            statements += 1
            events.add((name, e.group))
            if e.anchor_cue_start is not None:
                anchored += 1
                anchored_events.add((name, e.group))
                by_rule[e.rule] += 1
    print(f"{articles} articles, {statements} dated statements in {len(events)} events (per article)")
    print(f"statements counted from another statement: {anchored} ({100 * anchored / max(statements, 1):.1f}%)")
    share = 100 * len(anchored_events) / max(len(events), 1)
    print(f"events with such a statement: {len(anchored_events)} ({share:.1f}%)")
    print("by rule: " + ", ".join(f"{rule} {n}" for rule, n in by_rule.most_common()))


if __name__ == "__main__":
    main()
