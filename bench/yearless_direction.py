"""How often the engine gives a yearless month-day ("June 30", "Nov. 8", "Aug. 20-22") the right year.

usage: python bench/yearless_direction.py --gold GOLD.json --texts DIR [--ids a,b] [--show]

Any real-news set will do (a full set, or a yearless-day set such as bench/yeardays-a, annotated for those
statements alone): its certain day entries whose cue names a month and a day but no year are paired with the
engine's statement for the same month and day in the same sentence (keyed as ../shared/dev-set/score.py keys
sentences), and counted by which side of the publication day gold's day and the engine's fall on, by how far gold's
day lies from it, and by the tense the engine gave the clause. Totals only, unless --show (for a development set,
never a blind one) prints each error with its sentence.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from score_corpus import SCORER_NOTE  # noqa: E402
from weekday_direction import args_and_articles, same_sentence, words  # noqa: E402
from weekday_direction import direction as side  # noqa: E402

from timeline.extraction import extract_events  # noqa: E402

_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b|['’]\d\d\b")
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def yearless_day(entry: dict) -> bool:
    """Whether a gold entry is a certain day dated by a month and a day with no year in its cue."""
    cue = entry.get("cue", "")
    return entry.get("certain", True) and entry["precision"] == "day" and bool(_MONTH.search(cue)) and \
        bool(_DAY.search(cue)) and not _YEAR.search(cue)


def distance(day: dt.date, published: dt.date) -> str:
    n = abs((day - published).days)
    return "<45" if n < 45 else "45-180" if n <= 180 else ">180"


def main(argv=None):
    a, arts = args_and_articles(__doc__.split("\n")[0], argv)
    table, by_distance, by_tense = Counter(), Counter(), Counter()
    for art in arts:
        published = dt.date.fromisoformat(art["published"])
        path = os.path.join(a.texts, f"{art['id']}.txt")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            events = extract_events(fh.read(), published=published)
        for g in art["events"]:
            if not yearless_day(g):
                continue
            gday = dt.date.fromisoformat(g["date"][:10])
            key = words(g["sentence_start"])
            mine = [e for e in events if e.precision == "day" and same_sentence(key, words(e.sentence))]
            e = next((e for e in mine if e.date == gday), None) or next(
                (e for e in mine if (e.date.month, e.date.day) == (gday.month, gday.day)), None)
            right = e is not None and e.date == gday
            eside = side(e.date, published) if e else "none"
            table[(side(gday, published), eside, right)] += 1
            by_distance[(distance(gday, published), right)] += 1
            if e is not None:
                by_tense[(str(getattr(e, "tense", None)), side(gday, published), right)] += 1
            if a.show and not right:
                got = f"{e.date} ({e.rule}, tense {getattr(e, 'tense', None)}, cue {e.cue!r})" if e else "nothing"
                print(f"{art['id']} pub {published}: gold {gday} (cue {g['cue']!r}), engine {got}\n"
                      f"    {g['sentence_start']}")
                if e is not None:
                    print(f"    | {e.sentence[:300]}")
    print(SCORER_NOTE, file=sys.stderr)
    n = sum(table.values())
    print(f"{len(arts)} articles, {n} certain yearless days; right {sum(v for k, v in table.items() if k[2])}")
    print("gold's side of the publication day -> the engine's (same month and day in the sentence):")
    for (gside, eside, right), k in sorted(table.items()):
        mark = "" if right else "  <- nothing" if eside == "none" else "  <- wrong year"
        print(f"  {gside:8} -> {eside:8} {k:4}{mark}")
    print("by distance from the publication day (days): right / all")
    for d in ("<45", "45-180", ">180"):
        print(f"  {d:7} {by_distance[(d, True)]}/{by_distance[(d, True)] + by_distance[(d, False)]}")
    print("by the engine's clause tense: gold's side, right / all")
    for tense in sorted({k[0] for k in by_tense}):
        print(f"  {tense:8}", ", ".join(
            f"{s} {by_tense[(tense, s, True)]}/{by_tense[(tense, s, True)] + by_tense[(tense, s, False)]}"
            for s in ("past", "that day", "ahead")))


if __name__ == "__main__":
    main()
