"""Would another confidence cut-off (grammar.REVIEW_BELOW) raise precision to recall without losing F1?

usage: python bench/cutoff_sweep.py [--cutoffs 0.5,0.55,...] [--refit | --refit-pooled] [--sets a,b]
                                     [--dump FILE.json | --load FILE.json ...]

Runs the engine once per article with the uncertain statements (uncertain=True), then
scores, for each cut-off c, the statements with confidence >= c exactly as
bench/score_corpus.py scores the engine's output (same scorer, same totals): the engine
filters only at its very end, so this is what the engine would score with
REVIEW_BELOW = c. At c = REVIEW_BELOW the figures equal score_corpus.py's.

The cut-off is chosen on one half of the development sets and checked on the other (session 25):
  choose: bench/realnews (dev split only), realnews-fresh16, realnews-fresh18, realnews-fresh36,
          realnews-fresh37
  check:  realnews-fresh38, realnews-fresh39, realnews-fresh24, realnews-fresh32, TimeBank
The real-news texts are read from the rebuilt cache ($REALNEWS_CACHE, /work/realnews-cache by
default: <cache>/<set dir>/texts; bench/realnews's REBUILD.md), gold from bench/<set dir>/gold.json;
TimeBank from ../shared/dev-set/timebank. The check half is also pooled without TimeBank
("check news": its 634 gold entries outweigh the four news sets' 354 together) and as its two
sets opened in session 25 alone ("check newest": fresh24, fresh32, blind until then, so an engine
of that session's start had not been tuned on them). Never a blind set (GUIDE.md: fresh25, 26,
30, 31, 33, 34, 35, 40, 41, 42, the weekdays-b/e/f/g sets) nor bench/realnews's held-out split:
BLIND is asserted against both halves.

Also prints: pooled counts per cut-off (gold, recalled, kept, false; F1 to four places); the
reliability of the figure (mean confidence against the share of statements that were right, a
statement being right when the scorer keys it to a gold entry, certain or not) per bucket, per
rule and per rule with its doubts, with each one's false statements and their share of the
half's; and the share right per doubt factor (read back from each figure).

grammar.MEASURED was fitted on realnews dev, unseen, fresh, fresh2, fresh3, fresh4 and TimeBank
(docs/benchmarks/confidence.md): the figures have not seen any of the news sets of either half
but have seen TimeBank and the realnews dev part. --refit recomputes every statement's figure
from the choose half's counts only (grammar._calibrated's formula with MEASURED refitted on
them); --refit-pooled from MEASURED's counts plus the choose half's (a refit of MEASURED on the
newer sets), and prints the counts in MEASURED's form. Either way the check half's news sets
stay out of sample for the figures.

--dump FILE writes each set's statements (pred dict, rule, figure, doubts, right) instead of
scoring (with ENGINE_ROOT=<an older engine's tree>, that engine's); --load FILE ... scores dumps,
each figure recomputed with this tree's MEASURED from its doubts.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import itertools
import json
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))
if os.environ.get("ENGINE_ROOT"):  # an older commit's timeline/extraction, for --dump
    sys.path.insert(0, os.environ["ENGINE_ROOT"])

from timeline.extraction import extract_events, grammar  # noqa: E402

score_article = importlib.import_module("score_corpus").score_article

CACHE = os.environ.get("REALNEWS_CACHE", "/work/realnews-cache")


def _news(name, split=None):
    return (f"bench/{name}/gold.json", os.path.join(CACHE, name, "texts"), split)


CHOOSE = {
    "realnews-dev": _news("realnews", "dev"),
    "fresh16": _news("realnews-fresh16"),
    "fresh18": _news("realnews-fresh18"),
    "fresh36": _news("realnews-fresh36"),
    "fresh37": _news("realnews-fresh37"),
}
CHECK = {
    "fresh38": _news("realnews-fresh38"),
    "fresh39": _news("realnews-fresh39"),
    "fresh24": _news("realnews-fresh24"),
    "fresh32": _news("realnews-fresh32"),
    "timebank": ("../shared/dev-set/timebank/gold.json", "../shared/dev-set/timebank/texts", None),
}
# The check half's real-news sets without TimeBank (183 documents, 634 gold entries: more than
# the four news sets together), pooled on their own as well.
CHECK_NEWS = ("fresh38", "fresh39", "fresh24", "fresh32")
# fresh24 and fresh32 were blind until session 25: an engine of that session's start (main ee5147e)
# had not been tuned on them, the nearest sample there is to the blind sets' "news never seen".
CHECK_NEWEST = ("fresh24", "fresh32")
GROUPS = (("choose", CHOOSE), ("check", CHECK), ("check news", CHECK_NEWS), ("check newest", CHECK_NEWEST))
# Never run: the blind sets (GUIDE.md) and bench/realnews's held-out split (only split "dev" is read).
BLIND = frozenset(f"realnews-fresh{n}" for n in (25, 26, 30, 31, 33, 40, 41, 44, 47, 48, 50, 51, 52, 53, 54, 55, 56))
assert not any(spec[0].split("/")[1] in BLIND for spec in (*CHOOSE.values(), *CHECK.values()))
BUCKETS = (0.9, 0.8, 0.7, 0.6, 0.5, 0.0)


def articles(spec):
    gold, texts, split = spec
    with open(os.path.join(ROOT, gold), encoding="utf-8") as fh:
        arts = json.load(fh)
    if split:
        arts = [a for a in arts if a.get("split") == split]
    for a in arts:
        with open(os.path.join(ROOT, texts, f"{a['id']}.txt"), encoding="utf-8") as fh:
            yield a, fh.read()


def read_doubts(rule, conf):
    """The doubt factors whose product with the rule's figure gives `conf` (None if none does).

    The engine's own figures when it has them; an engine older than MEASURED used the hand-set
    priors (Rule.confidence, FACTOR_PRIORS), read back from this tree's grammar."""
    if hasattr(grammar, "_FACTOR"):
        rules, factors = grammar._RULE_FIGURE, grammar._FACTOR
    else:
        rules, factors = PRIORS
    if rule not in rules:
        return None
    for k in range(len(factors) + 1):
        for combo in itertools.combinations(factors, k):
            c = rules[rule]
            for f in combo:
                c *= factors[f]
            if round(min(c, 0.99), 2) == conf:
                return combo
    return None


def _priors():
    """This tree's hand-set figures (read from its grammar.py's source: an older engine may be imported)."""
    import ast
    import re
    with open(os.path.join(ROOT, "timeline", "extraction", "grammar.py"), encoding="utf-8") as fh:
        src = fh.read()
    factors = ast.literal_eval(re.search(r"^FACTOR_PRIORS = (\{.*?\})$", src, re.M).group(1))
    rules = {r.name: r.confidence for r in getattr(grammar, "RULES", ())}
    return rules, factors


PRIORS = _priors()


def run_set(spec):
    """[(gold events, [(pred dict, rule, conf, doubts, right)])] per article."""
    out = []
    for art, text in articles(spec):
        events = extract_events(text, published=dt.date.fromisoformat(art["published"]), uncertain=True)
        stmts = []
        for e in events:
            p = e.to_dict()
            one = score_article(art["events"], [p])
            stmts.append([p, e.rule, e.confidence, read_doubts(e.rule, e.confidence), not one["fp"]])
        out.append((art["events"], stmts))
    return out


def score(arts, cutoff, conf_of):
    tot = defaultdict(int)
    for gold, stmts in arts:
        r = score_article(gold, [s[0] for s in stmts if conf_of(s) >= cutoff])
        for k in ("gold", "tp", "tp_all", "fp"):
            tot[k] += r[k]
    return tot


def prf(tot):
    rec = tot["tp"] / max(tot["gold"], 1)
    pre = tot["tp_all"] / max(tot["tp_all"] + tot["fp"], 1)
    return pre, rec, 2 * pre * rec / max(pre + rec, 1e-9)


def refit(rows, pooled=False):
    """Figures per rule and factor from the choose half (grammar._calibrated's formula), and the counts.

    pooled: the choose half's counts added to grammar.MEASURED's (the sets it was fitted on, none
    of them in either half) instead of replacing them."""
    counts = defaultdict(lambda: [0, 0])
    plain = [0, 0]
    if pooled:
        for key, (n, right) in grammar.MEASURED.items():
            counts[key] = [n, right]
        plain = list(grammar.MEASURED_PLAIN)
    for rule, doubts, right in rows:
        for key in (rule, *doubts):
            counts[key][0] += 1
            counts[key][1] += right
        if not doubts:
            plain[0] += 1
            plain[1] += right
    rules = {}
    for r in grammar.RULES:
        n, right = counts.get(r.name, (0, 0))
        rules[r.name] = (right + grammar.PRIOR_WEIGHT * r.confidence) / (n + grammar.PRIOR_WEIGHT)
    p = plain[1] / plain[0]
    factors = {}
    for name, prior in grammar.FACTOR_PRIORS.items():
        n, right = counts.get(name, (0, 0))
        factors[name] = (right + grammar.PRIOR_WEIGHT * prior * p) / (n + grammar.PRIOR_WEIGHT) / p
    return rules, factors, dict(sorted(counts.items())), tuple(plain)


def halves(data, groups):
    """The groups with the sets of each that were run."""
    for half, names in groups:
        names = [n for n in names if n in data]
        if names:
            yield half, names


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cutoffs", default="0.5,0.55,0.6,0.65,0.7,0.75,0.8,0.85,0.9")
    ap.add_argument("--refit", action="store_true", help="figures refitted on the choose half only")
    ap.add_argument("--refit-pooled", action="store_true",
                    help="figures refitted on grammar.MEASURED's counts plus the choose half's")
    ap.add_argument("--sets", help="only these sets (comma-separated names)")
    ap.add_argument("--dump", help="write each set's statements (rule, figure, doubts) to this JSON file "
                    "(run it with ENGINE_ROOT=<an older engine's tree>) instead of scoring")
    ap.add_argument("--load", nargs="*", default=[], help="dumps to score instead of running this engine; "
                    "each statement's figure is recomputed with this tree's MEASURED from its doubts")
    a = ap.parse_args(argv)
    cutoffs = [float(c) for c in a.cutoffs.split(",")]
    specs = {name: spec for name, spec in {**CHOOSE, **CHECK}.items() if not a.sets or name in a.sets.split(",")}
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as fh:
            json.dump({name: run_set(spec) for name, spec in specs.items()}, fh)
        return
    if a.load:
        data = {}
        for path in a.load:
            with open(path, encoding="utf-8") as fh:
                data.update(json.load(fh))
        for arts in data.values():
            for _, st in arts:
                for s in st:
                    if s[3] is not None:
                        c = grammar._RULE_FIGURE.get(s[1], s[2])
                        for f in s[3]:
                            c *= grammar._FACTOR[f]
                        s[2] = round(min(c, 0.99), 2)
        specs = {name: None for name in data}
    else:
        data = {name: run_set(spec) for name, spec in specs.items()}
    unread = sum(s[3] is None for arts in data.values() for _, st in arts for s in st)
    print(f"# statements whose doubts could not be read back: {unread}")

    def conf_of(s):
        return s[2]

    if a.refit or a.refit_pooled:
        rows = [(s[1], s[3], s[4]) for name in CHOOSE if name in data for _, st in data[name] for s in st
                if s[3] is not None]
        rules, factors, counts, plain = refit(rows, pooled=a.refit_pooled)
        print(f"# figures refitted on the choose half{' pooled with MEASURED' if a.refit_pooled else ''}: factors " +
              ", ".join(f"{k} {v:.3f}" for k, v in factors.items()))
        print("# rules " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(rules.items())))
        print(f"# counts (MEASURED's form): {counts}; plain {plain}")

        def conf_of(s):  # noqa: F811
            if s[3] is None:
                return s[2]
            c = rules[s[1]]
            for f in s[3]:
                c *= factors[f]
            return round(min(c, 0.99), 2)

    print("\n## precision / recall / F1 per set at each cut-off (statements kept: confidence >= cut-off)")
    print("| set | half | " + " | ".join(f"{c:g}" for c in cutoffs) + " |")
    print("|---|---|" + "---|" * len(cutoffs))
    for half, names in halves(data, GROUPS):
        for name in ((*names, f"{half} pooled") if half in ("choose", "check") else (f"{half} pooled",)):
            arts = data[name] if name in data else [x for n in names for x in data[n]]
            cells = []
            for c in cutoffs:
                p, r, f = prf(score(arts, c, conf_of))
                cells.append(f"{p:.3f} / {r:.3f} / {f:.3f}{' P>=R' if p >= r else ''}")
            print(f"| {name} | {half} | " + " | ".join(cells) + " |")

    print("\n## pooled counts per cut-off (gold entries, statements kept, false statements, F1 to 4 places)")
    print("| half | cut-off | gold | recalled | kept | false | P | R | F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for half, names in halves(data, GROUPS):
        arts = [x for n in names for x in data[n]]
        for c in cutoffs:
            tot = score(arts, c, conf_of)
            p, r, f = prf(tot)
            print(f"| {half} | {c:g} | {tot['gold']} | {tot['tp']} | {tot['tp_all'] + tot['fp']} | {tot['fp']} | "
                  f"{p:.4f} | {r:.4f} | {f:.4f} |")

    print("\n## reliability: mean confidence against share right, per bucket")
    print("| half | bucket | statements | mean confidence | share right |")
    print("|---|---|---|---|---|")
    for half, names in halves(data, GROUPS):
        buckets = defaultdict(lambda: [0, 0, 0.0])
        for name in names:
            for _, st in data[name]:
                for s in st:
                    c = conf_of(s)
                    lo = next(b for b in BUCKETS if c >= b)
                    for key in (lo, "all"):
                        buckets[key][0] += 1
                        buckets[key][1] += s[4]
                        buckets[key][2] += c
        for key in (*BUCKETS, "all"):
            n, right, total = buckets.get(key, (0, 0, 0.0))
            if n:
                label = key if key == "all" else ("under 0.5" if key == 0.0 else f"{key:g}-{key + 0.1:g}")
                print(f"| {half} | {label} | {n} | {total / n:.2f} | {right / n:.2f} |")

    print("\n## reliability per rule and per rule with its doubts: mean confidence against share right;")
    print("## false: statements not keyed to any gold entry, and their share of the half's false statements")
    print("| half | rule (+ doubts) | statements | mean confidence | share right | false | share of false |")
    print("|---|---|---|---|---|---|---|")
    for half, names in halves(data, (("choose", CHOOSE), ("check", CHECK))):
        for by_doubts in (False, True):
            per = defaultdict(lambda: [0, 0, 0.0])
            for name in names:
                for _, st in data[name]:
                    for s in st:
                        key = s[1] if not by_doubts else "+".join((s[1], *(s[3] or ())))
                        per[key][0] += 1
                        per[key][1] += s[4]
                        per[key][2] += conf_of(s)
            false = sum(n - right for n, right, _ in per.values())
            for key, (n, right, total) in sorted(per.items(), key=lambda kv: (kv[1][1] - kv[1][0], kv[0])):
                if by_doubts and "+" not in key:
                    continue  # the rule alone is in the first rows
                print(f"| {half} | {key} | {n} | {total / n:.2f} | {right / n:.2f} | {n - right} | "
                      f"{(n - right) / max(false, 1):.2f} |")

    print("\n## share right per doubt factor (statements carrying it)")
    print("| half | doubt | statements | mean confidence | share right |")
    print("|---|---|---|---|---|")
    for half, names in halves(data, GROUPS):
        per = defaultdict(lambda: [0, 0, 0.0])
        for name in names:
            for _, st in data[name]:
                for s in st:
                    if s[3] is None:
                        continue
                    for key in s[3] or ("none",):
                        per[key][0] += 1
                        per[key][1] += s[4]
                        per[key][2] += conf_of(s)
        for key, (n, right, total) in sorted(per.items()):
            print(f"| {half} | {key} | {n} | {total / n:.2f} | {right / n:.2f} |")


if __name__ == "__main__":
    main()
