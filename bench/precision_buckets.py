"""Which extracted statements are wrong: every prediction of the development sets,
labelled as the scorer keys it (a hit on a certain or uncertain gold key, or a false
positive), with what the engine knew about it, and precision per bucket.

usage: python bench/precision_buckets.py [--sets timebank,fresh2,...] [--dump FILE.jsonl]
                                          [--by rule,conf,...] [--fp] [--fn] [--fit [--with DUMP ...]]

--reliability DUMP ... prints, for dumps made with the hand-set figures (an older engine's, or
this one's with --fit's setting), each statement's figure under the current grammar.MEASURED
against the share of such statements that were right (docs/benchmarks/confidence.md,
"The figure and the cut-off").

--fit prints grammar.MEASURED: for each rule and each doubt factor, how many statements
and how many of them right, pooled over the real-news development sets (the demo corpus,
written here, left out) and the dumps given with --with. A dump of an older engine on a
set it had not been tuned on (the honest sample of new text) is made with
    git archive <commit> timeline/extraction | tar -x -C /tmp/old/<commit>
    touch /tmp/old/<commit>/timeline/__init__.py
    ENGINE_ROOT=/tmp/old/<commit> python bench/precision_buckets.py --sets fresh2 --dump old.jsonl
The engine runs with its hand-set priors (MEASURED emptied) and with the uncertain
statements, so that each statement's doubts can be read back from its figure.

Sets: the development sets only (bench/realnews's dev split, realnews-unseen,
realnews-fresh, realnews-fresh2 ... fresh23, fresh27, fresh28, fresh29, TimeBank, the demo
corpus; a text missing is skipped with a note). Texts are read from bench/<set>/texts, or
else from the rebuilt cache (--cache DIR, $REALNEWS_CACHE, /work/realnews-cache by default:
DIR/<set dir>/texts). Never the blind sets (fresh24-26, fresh30, fresh31, bench/realnews's
held-out split); fresh21-23 were blind until session 17 and are development sets since.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))
if os.environ.get("ENGINE_ROOT"):  # another engine's tree (an older commit's timeline/extraction)
    sys.path.insert(0, os.environ["ENGINE_ROOT"])

from timeline.extraction import extract_events  # noqa: E402

# After the engine (score_corpus imports one too, from this tree).
score_article = importlib.import_module("score_corpus").score_article

SETS = {
    "realnews-dev": ("bench/realnews/gold.json", "bench/realnews/texts", "dev"),
    "unseen": ("bench/realnews-unseen/gold.json", "bench/realnews-unseen/texts", None),
    "fresh": ("bench/realnews-fresh/gold.json", "bench/realnews-fresh/texts", None),
}
# fresh2 ... fresh23, fresh27 ... fresh29: the open fresh sets (fresh24-26, 30, 31 are blind: never here).
for _n in [*range(2, 24), 27, 28, 29]:
    SETS[f"fresh{_n}"] = (f"bench/realnews-fresh{_n}/gold.json", f"bench/realnews-fresh{_n}/texts", None)
SETS["timebank"] = ("../shared/dev-set/timebank/gold.json", "../shared/dev-set/timebank/texts", None)
SETS["demo"] = ("timeline/demo/gold.json", "timeline/demo/texts", None)
BLIND = {"fresh24", "fresh25", "fresh26", "fresh30", "fresh31"}

# Rebuilt real-news texts (GUIDE.md): a set's texts are read from bench/<set>/texts when there,
# else from CACHE/<set dir>/texts (--cache, or $REALNEWS_CACHE; /work/realnews-cache by default).
CACHE = os.environ.get("REALNEWS_CACHE", os.path.join(ROOT, "..", "realnews-cache"))


def _texts_dirs(texts):
    """The folders to look for a set's texts in, in order: the tree's own, then the cache's."""
    dirs = [os.path.join(ROOT, texts)]
    parts = texts.split("/")
    if parts[0] == "bench" and len(parts) == 3:  # bench/<set dir>/texts
        dirs.append(os.path.join(CACHE, parts[1], "texts"))
    return dirs


def _with_priors():
    """Run the engine with the hand-set figures (MEASURED empty), when it has them."""
    try:
        from timeline.extraction import grammar
    except ImportError:
        return
    if hasattr(grammar, "MEASURED"):
        grammar.MEASURED = {}
        grammar.MEASURED_PLAIN = (1, 1)
        grammar._RULE_FIGURE, grammar._FACTOR = grammar._calibrated()


def _extract(text, published):
    try:
        return extract_events(text, published=published, uncertain=True)
    except TypeError:  # an older engine
        return extract_events(text, published=published)


def doubts_of(row):
    """The doubt factors of a statement, read back from its prior-figure confidence."""
    from itertools import combinations

    from timeline.extraction.grammar import FACTOR_PRIORS, RULES_BY_NAME

    base = RULES_BY_NAME[row["rule"]].confidence
    best, gap = (), 1.0
    for k in range(len(FACTOR_PRIORS) + 1):
        for combo in combinations(FACTOR_PRIORS, k):
            figure = base
            for f in combo:
                figure *= FACTOR_PRIORS[f]
            if abs(round(figure, 2) - row["conf"]) < gap:
                best, gap = combo, abs(round(figure, 2) - row["conf"])
    return best if gap < 0.015 else None


def reliability(rows):
    """Mean figure (the current MEASURED applied to each statement's rule and doubts) and share right."""
    from timeline.extraction import grammar

    figures, factors = grammar._calibrated()
    buckets = defaultdict(lambda: [0, 0, 0.0])
    for r in rows:
        doubts = doubts_of(r)
        if doubts is None:
            continue
        c = figures[r["rule"]]
        for f in doubts:
            c *= factors[f]
        c = min(c, 0.99)
        key = "under 0.5" if c < 0.5 else "0.5-0.8" if c < 0.8 else "0.8-0.9" if c < 0.9 else "0.9 and over"
        for b in (buckets[key], buckets["all"]):
            b[0] += 1
            b[1] += not r["fp"]
            b[2] += c
    for key in ("under 0.5", "0.5-0.8", "0.8-0.9", "0.9 and over", "all"):
        n, right, total = buckets[key]
        if n:
            print(f"{key:13} statements {n:4d}  mean confidence {total / n:.2f}  share right {right / n:.2f}")


def fit(rows):
    counts = defaultdict(lambda: [0, 0])
    plain = [0, 0]
    unread = 0
    for r in rows:
        doubts = doubts_of(r)
        if doubts is None:
            unread += 1
            continue
        for key in (r["rule"], *doubts):
            counts[key][0] += 1
            counts[key][1] += not r["fp"]
        if not doubts:
            plain[0] += 1
            plain[1] += not r["fp"]
    print(f"# {len(rows)} statements ({unread} whose doubts could not be read back, left out)")
    print("MEASURED: dict[str, tuple[int, int]] = {")
    for key, (n, right) in sorted(counts.items()):
        print(f'    "{key}": ({n}, {right}),')
    print("}")
    print(f"MEASURED_PLAIN = ({plain[0]}, {plain[1]})")


def _articles(name):
    gold, texts, split = SETS[name]
    with open(os.path.join(ROOT, gold), encoding="utf-8") as fh:
        arts = json.load(fh)
    if split:
        arts = [a for a in arts if a.get("split") == split]
    out = []
    dirs = _texts_dirs(texts)
    for a in arts:
        path = next((p for d in dirs if os.path.exists(p := os.path.join(d, f"{a['id']}.txt"))), None)
        if path is None:
            print(f"{name}: {a['id']} text missing, skipped", file=sys.stderr)
            continue
        with open(path, encoding="utf-8") as fh:
            out.append((a, fh.read()))
    return out or None


def fp_kind(gold_events, key):
    """Why a false positive's key (sentence words, date, precision) is wrong, against the gold:
    "no date" (gold dates nothing in that sentence), "uncertain" (gold has only uncertain keys
    there), "precision" (gold has the same date, read at another precision), "wrong date"
    (gold has another date at the same precision), "other" (another date and precision)."""
    helpers = getattr(score_article, "__globals__", {})
    words, same = helpers.get("words"), helpers.get("same_sentence", lambda g, p: g == p)
    if words is None:  # the older built-in rule
        from score_corpus import words
    here = [g for g in gold_events if same(words(g["sentence_start"]), key[0])]
    if not here:
        return "no date"
    if not any(g.get("certain", True) for g in here):
        return "uncertain"
    date, prec = key[1], key[2]
    cut = {"day": 10, "month": 7, "year": 4}
    for g in here:
        if g["precision"] != prec:
            n = min(cut.get(prec, 10), cut.get(g["precision"], 10))
            if g["date"][:n] == date[:n]:
                return "precision"
    if any(g["precision"] == prec for g in here):
        return "wrong date"
    return "other"


def label(name, emitted=False):
    """[(features dict)] for every prediction of set `name`, and the missed certain keys.

    emitted: only the statements the engine puts out by default (confidence at least
    grammar.REVIEW_BELOW), as bench/score_corpus.py scores them."""
    arts = _articles(name)
    if arts is None:
        print(f"{name}: texts missing, skipped", file=sys.stderr)
        return None, None
    rows, missed = [], []
    for art, text in arts:
        published = dt.date.fromisoformat(art["published"])
        events = _extract(text, published)
        if emitted:
            from timeline.extraction.grammar import REVIEW_BELOW

            events = [e for e in events if e.confidence >= REVIEW_BELOW]
        preds = [e.to_dict() for e in events]
        r = score_article(art["events"], preds)
        wrong = set(r["wrong"])
        missed += [(name, art["id"], k) for k in r["missed"]]
        first_sentence = min((e.sentence_start for e in events), default=0)
        for e, p in zip(events, preds, strict=True):
            one = score_article(art["events"], [p])
            key = one["wrong"][0] if one["wrong"] else None
            fp = bool(one["fp"])
            assert not fp or key in wrong
            rows.append(dict(
                set=name, id=art["id"], fp=fp, kind=fp_kind(art["events"], key) if fp else None,
                certain_hit=bool(one["tp"]), rule=e.rule, conf=e.confidence,
                precision=e.precision, tense=getattr(e, "tense", None), stage=getattr(e, "stage", None),
                flags=list(e.flags), anchored=getattr(e, "anchor_cue_start", None) is not None,
                end=e.end_date is not None,
                first=e.sentence_start == first_sentence, offset=e.sentence_start,
                future=e.date > published, days=(published - e.date).days,
                cue=e.cue, sentence=e.sentence[:300], date=p["date"], category=e.category,
                actors=len(e.actors), title=e.title, published=art["published"],
            ))
    return rows, missed


def table(rows, key, title):
    buckets = defaultdict(lambda: [0, 0])
    for r in rows:
        b = key(r)
        buckets[b][0] += 1
        buckets[b][1] += r["fp"]
    print(f"\n{title}")
    print(f"{'bucket':<28} {'n':>5} {'fp':>4} {'prec':>6}")
    for b, (n, fp) in sorted(buckets.items(), key=lambda kv: str(kv[0])):
        print(f"{str(b):<28} {n:5d} {fp:4d} {1 - fp / n:6.3f}")


def conf_bucket(c):
    for lo in (0.9, 0.8, 0.7, 0.6, 0.5):
        if c >= lo:
            return f">={lo}"
    return "<0.5"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--cache", help="folder of rebuilt texts (<set dir>/texts), read when bench/<set>/texts lacks one")
    ap.add_argument("--dump")
    ap.add_argument("--fp", action="store_true", help="list every false positive")
    ap.add_argument("--fn", action="store_true", help="list every missed certain key")
    ap.add_argument("--emitted", action="store_true",
                    help="only the statements put out by default (confidence >= REVIEW_BELOW), as the scorer sees them")
    ap.add_argument("--by", default="conf,rule,precision,tense,first",
                    help="tables: conf, rule, precision, tense, first, stage, anchored, set, kind")
    ap.add_argument("--fit", action="store_true", help="print grammar.MEASURED for the pooled sets")
    ap.add_argument("--with", dest="more", nargs="*", default=[], help="dumps of other engines to pool (--fit)")
    ap.add_argument("--reliability", nargs="*", help="dumps (hand-set figures) to check the figures on")
    a = ap.parse_args(argv)
    if a.cache:
        global CACHE
        CACHE = a.cache
    if BLIND & set(a.sets.split(",")):
        ap.error(f"{', '.join(sorted(BLIND))} are blind sets: never labelled here")
    if a.reliability:
        rows = []
        for path in a.reliability:
            with open(path, encoding="utf-8") as fh:
                rows += [json.loads(line) for line in fh]
        reliability(rows)
        return
    if a.fit:
        _with_priors()
        if a.sets == ",".join(SETS):
            a.sets = ",".join(s for s in SETS if s != "demo")
    allrows = []
    for name in a.sets.split(","):
        rows, missed = label(name, emitted=a.emitted)
        if rows is None:
            continue
        allrows += rows
        n, fp = len(rows), sum(r["fp"] for r in rows)
        print(f"{name}: predictions {n}, false positives {fp}, missed certain keys {len(missed)}")
        if a.fp:
            for r in rows:
                if r["fp"]:
                    print(f"  FP {r['id']} {r['kind']:10} {r['rule']:4} {r['conf']:.2f} {r['tense']!s:7} "
                          f"{r['date']:22} {r['cue']!r} | {r['sentence'][:160]!r}")
        if a.fn:
            for _, aid, k in missed:
                print(f"  FN {aid} {k}")
    if a.fit:
        for path in a.more:
            with open(path, encoding="utf-8") as fh:
                allrows += [json.loads(line) for line in fh]
        fit([r for r in allrows if r["set"] != "demo"])
        return
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as fh:
            for r in allrows:
                fh.write(json.dumps(r) + "\n")
    keys = {"conf": lambda r: conf_bucket(r["conf"]), "rule": lambda r: r["rule"],
            "precision": lambda r: r["precision"], "tense": lambda r: r["tense"],
            "first": lambda r: "first sentence" if r["first"] else "later",
            "stage": lambda r: r["stage"], "anchored": lambda r: r["anchored"],
            "set": lambda r: r["set"], "kind": lambda r: r.get("kind") or "right"}
    for k in a.by.split(","):
        table(allrows, keys[k], f"by {k} (all sets pooled)")


if __name__ == "__main__":
    main()
