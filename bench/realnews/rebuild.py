"""Rebuild the real-news texts from saved search results and check each SHA-256.

The article texts are published news and are not committed. Each article's text is
the excerpt the search tool's "pages" corpus returns for the article's URL (the
opening of the stored page, about 2,000 characters), saved in cache/<id>.json:

    {"id": "...", "query": "...", "url": "...", "excerpt": "..."}

The text is the excerpt with two mechanical changes, so that it is a clean article
opening: a leading "date YYYY-MM-DD" stamp that the store puts before some pages is
dropped, and the trailing unfinished sentence (the excerpt is cut at a character
limit) is cut after the last full stop, question or exclamation mark.

Every real-news set (bench/realnews*/) is rebuilt by this one script: give the
set's folder (this folder when none is given). A set whose gold has no
dev/held-out split is a test set: all of it is held out.

usage:
    python bench/realnews/rebuild.py [SET]            # write SET/texts/<id>.txt, verify hashes
    python bench/realnews/rebuild.py [SET] --save ID  # read the search tool's JSON answer on
                                                      # stdin, keep the result whose URL is
                                                      # gold's URL for ID, write SET/cache/ID.json
"""

import argparse
import hashlib
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAMP = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s+")
# A sentence end: . ! ? possibly followed by closing quotes or brackets.
END = re.compile(r"[.!?][”\"’')\]]*(?=\s|$)")
# A full stop after these is taken for an abbreviation ("St. Marks", "U.S.", "p.m."),
# not a sentence end: short capitalised words, dotted initials.
ABBREVIATION = re.compile(r"(?:^|[\s“\"(‘'])(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z])$")


def text_of(excerpt):
    text = STAMP.sub("", excerpt).strip()
    for end in reversed(list(END.finditer(text))):
        if text[end.start()] == "." and ABBREVIATION.search(text[: end.start()]):
            continue
        text = text[: end.end()]
        break
    return text + "\n"


# The search tool shows a few characters of a stored page as others: a no-break space as a space, a
# straight apostrophe as a curly one. Where the text was hashed with the page's own character, the
# article's gold carries "excerpt_edits", [[offset, character], ...], found when its hash was first
# matched; each puts the character back at that offset of the excerpt if the tool's look-alike is there.
LOOK_ALIKES = {"\u00a0": " ", "'": "\u2019\u2018", '"': "\u201c\u201d"}


def restored(excerpt, edits):
    chars = list(excerpt)
    for offset, char in edits:
        if offset < len(chars) and chars[offset] in LOOK_ALIKES.get(char, ""):
            chars[offset] = char
    return "".join(chars)


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# The held-out third: per domain, a third of the articles (rounded to the nearest
# whole number), drawn with this seed from the domain's ids in sorted order.
SPLIT_SEED = 20261201


def held_out_ids(gold, seed=SPLIT_SEED):
    by_domain = defaultdict(list)
    for art in gold:
        by_domain[art["domain"]].append(art["id"])
    rng = random.Random(seed)
    held = set()
    for domain in sorted(by_domain):
        ids = sorted(by_domain[domain])
        held.update(rng.sample(ids, round(len(ids) / 3)))
    return held


def load_gold():
    return json.loads((HERE / "gold.json").read_text(encoding="utf-8"))


def save(article_id):
    art = next((a for a in load_gold() if a["id"] == article_id), None)
    if art is None:
        sys.exit(f"{article_id}: no such id in gold.json")
    answer = json.load(sys.stdin)
    hit = next((r for r in answer.get("results", []) if r.get("url") == art["url"]), None)
    if hit is None:
        sys.exit(f"{article_id}: the answer has no result for {art['url']}; query: {art['query']!r}")
    record = {"id": article_id, "query": art["query"], "url": art["url"], "excerpt": hit["excerpt"]}
    (HERE / "cache").mkdir(exist_ok=True)
    (HERE / "cache" / f"{article_id}.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{article_id}: saved")


def rebuild():
    out = HERE / "texts"
    out.mkdir(exist_ok=True)
    bad = missing = 0
    gold = load_gold()
    for art in gold:
        cached = HERE / "cache" / f"{art['id']}.json"
        if not cached.exists():
            print(f"{art['id']}: MISSING {cached.relative_to(HERE)} (re-save it: see README)")
            missing += 1
            continue
        record = json.loads(cached.read_text(encoding="utf-8"))
        text = text_of(restored(record["excerpt"], art.get("excerpt_edits", ())))
        (out / f"{art['id']}.txt").write_text(text, encoding="utf-8")
        if sha256(text) != art["sha256"]:
            print(f"{art['id']}: SHA-256 MISMATCH (the stored page changed?)")
            bad += 1
    print(f"{len(gold)} articles, {len(gold) - bad - missing} verified, {bad} mismatched, {missing} missing")
    if not any("split" in art for art in gold):  # a test set: all of it held out (realnews-unseen, -fresh)
        return 1 if bad or missing else 0
    held = held_out_ids(gold)
    wrong_split = [a["id"] for a in gold if a["split"] != ("heldout" if a["id"] in held else "dev")]
    if wrong_split:
        print(f"split field disagrees with seed {SPLIT_SEED} for: {', '.join(wrong_split)}")
    for name in ("dev", "heldout"):
        print(f"{name}: " + ",".join(a["id"] for a in gold if a["split"] == name))
    return 1 if bad or missing or wrong_split else 0


def main():
    global HERE
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", nargs="?", type=Path, default=HERE, help="the set's folder (default: bench/realnews)")
    ap.add_argument("--save", metavar="ID")
    args = ap.parse_args()
    if not (args.set / "gold.json").exists():
        ap.error(f"{args.set} has no gold.json: give a real-news set's folder")
    # Everything (gold, cache/, texts/) hangs off HERE.
    HERE = args.set.resolve()
    if args.save:
        save(args.save)
        return 0
    return rebuild()


if __name__ == "__main__":
    sys.exit(main())
