"""Record the engine's whole output on the corpora, or check it is unchanged.

Runs extract_events on the demo corpus (timeline/demo), the held-out set
(bench/holdout) and TimeBank (../shared/dev-set/timebank, when present), each
article with its gold publication date, plus parse_date_phrase (the form's
date parser) on a fixed list of phrases, and writes every result as JSON.
A refactoring that must not change behaviour records before, checks after:

    python bench/output_digest.py --save /tmp/before.json
    ... change the code ...
    python bench/output_digest.py --check /tmp/before.json

--check prints one SHA-256 per corpus, before and after, and the first
differing article; it exits 1 on any difference. --only-keys keeps only the
given keys of each event (to compare with an older engine that had fewer).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from timeline.extraction import DateParseError, extract_events, parse_date_phrase  # noqa: E402

CORPORA = {
    "demo": (os.path.join(ROOT, "timeline", "demo", "texts"), os.path.join(ROOT, "timeline", "demo", "gold.json")),
    "holdout": (os.path.join(ROOT, "bench", "holdout", "texts"), os.path.join(ROOT, "bench", "holdout", "gold.json")),
    "timebank": (os.path.join(ROOT, "..", "shared", "dev-set", "timebank", "texts"),
                 os.path.join(ROOT, "..", "shared", "dev-set", "timebank", "gold.json")),
}
# Phrases typed into the forms: every kind of expression, ranges, refusals.
PHRASES = """5 April 2023|April 5, 2023|March 2023|2023|last Thursday|next Friday|Friday|yesterday|today|
tomorrow|the 1990s|1990s|next week|last week|this week|March 2-4 2023|March 2-4, 2023|between 3 and 5 April|
from March 2023 to May 2023|early May|mid-2021|late 2019|05/04/2023|13/04/2023|04/13/2023|06.04.2023|
2023-04-06|two weeks ago|a day after|the day before|in March|on Monday|last month|next year|this year|
the end of the year|year-end|1 December 2100|2100|Q1 2023|the first quarter of 2023|spring 2023|
the second half of the year|nonsense words|   |March|May|the 5th of April|April the fifth|
nineteen ninety-two|three days ago|in two weeks|Christmas|New Year's Day|from Monday to Wednesday|
Jan. 1-3|March 2 through 4|2009-2010""".replace("\n", "").split("|")
REFERENCE = dt.date(2023, 4, 6)


def corpus_output(texts: str, gold: str, only_keys: list[str] | None) -> dict:
    with open(gold, encoding="utf-8") as fh:
        published = {a["id"]: a["published"] for a in json.load(fh)}
    out = {}
    for name in sorted(os.listdir(texts)):
        if not name.endswith(".txt"):
            continue
        art = name[:-4]
        with open(os.path.join(texts, name), encoding="utf-8") as fh:
            text = fh.read()
        pub = dt.date.fromisoformat(published[art]) if art in published else None
        events = [e.to_dict() for e in extract_events(text, published=pub)]
        if only_keys:
            events = [{k: e[k] for k in only_keys if k in e} for e in events]
        out[art] = events
    return out


def phrase_output() -> dict:
    out = {}
    for p in PHRASES:
        try:
            out[p] = parse_date_phrase(p, reference=REFERENCE).to_dict()
        except DateParseError as exc:
            out[p] = f"error: {exc}"
    return out


def record(only_keys: list[str] | None) -> dict:
    rec = {}
    for name, (texts, gold) in CORPORA.items():
        if os.path.isdir(texts) and os.path.exists(gold):
            rec[name] = corpus_output(texts, gold, only_keys)
    rec["phrases"] = phrase_output()
    return rec


def digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", metavar="FILE")
    g.add_argument("--check", metavar="FILE")
    ap.add_argument("--only-keys", default="", help="comma-separated event keys to keep (default: all)")
    a = ap.parse_args(argv)
    only = [k for k in a.only_keys.split(",") if k] or None
    rec = record(only)
    if a.save:
        with open(a.save, "w", encoding="utf-8") as fh:
            json.dump(rec, fh, sort_keys=True, ensure_ascii=False, indent=0)
        for name, part in rec.items():
            print(f"{name:9s} {len(part):4d} items  sha256 {digest(part)}")
        return 0
    with open(a.check, encoding="utf-8") as fh:
        before = json.load(fh)
    same = True
    for name in sorted(set(before) | set(rec)):
        b, n = before.get(name), rec.get(name)
        ok = b == n
        same &= ok
        print(f"{name:9s} before {digest(b)[:16]}  after {digest(n)[:16]}  {'identical' if ok else 'DIFFERENT'}")
        if not ok and b is not None and n is not None:
            for key in sorted(set(b) | set(n)):
                if b.get(key) != n.get(key):
                    print(f"  first difference: {key}")
                    break
    print("byte-identical" if same else "outputs differ")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
