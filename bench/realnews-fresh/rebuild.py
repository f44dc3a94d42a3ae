"""Rebuild the fresh real-news test texts from saved search results and check each SHA-256.

This set is built exactly like bench/realnews/ and reuses its rebuild.py (imported,
not copied): the same excerpt-to-text rule (text_of), the same hash, the same
"--save" step. The only difference is that this set has no dev/held-out split:
every article is held out from engine work, so there is no "split" field to check.

usage:
    python bench/realnews-fresh/rebuild.py             # write texts/<id>.txt, verify hashes
    python bench/realnews-fresh/rebuild.py --save ID   # read the search tool's JSON answer on
                                                       # stdin, keep the result whose URL is
                                                       # gold's URL for ID, write cache/ID.json
"""

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("realnews_rebuild", HERE.parent / "realnews" / "rebuild.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
# base.load_gold, base.save and the cache/ layout all hang off base.HERE: point it here.
base.HERE = HERE


def rebuild():
    out = HERE / "texts"
    out.mkdir(exist_ok=True)
    bad = missing = 0
    gold = base.load_gold()
    for art in gold:
        cached = HERE / "cache" / f"{art['id']}.json"
        if not cached.exists():
            print(f"{art['id']}: MISSING {cached.relative_to(HERE)} (re-save it: see README)")
            missing += 1
            continue
        text = base.text_of(json.loads(cached.read_text(encoding="utf-8"))["excerpt"])
        (out / f"{art['id']}.txt").write_text(text, encoding="utf-8")
        if base.sha256(text) != art["sha256"]:
            print(f"{art['id']}: SHA-256 MISMATCH (the stored page changed?)")
            bad += 1
    print(f"{len(gold)} articles, {len(gold) - bad - missing} verified, {bad} mismatched, {missing} missing")
    return 1 if bad or missing else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--save", metavar="ID")
    args = ap.parse_args()
    if args.save:
        base.save(args.save)
        return 0
    return rebuild()


if __name__ == "__main__":
    sys.exit(main())
