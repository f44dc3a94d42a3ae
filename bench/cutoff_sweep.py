"""Would another confidence cut-off (grammar.REVIEW_BELOW) raise precision to recall without losing F1?

usage: python bench/cutoff_sweep.py [--cutoffs 0.5,0.55,...] [--refit]

Runs the engine once per article with the uncertain statements (uncertain=True), then
scores, for each cut-off c, the statements with confidence >= c exactly as
bench/score_corpus.py scores the engine's output (same scorer, same totals): the engine
filters only at its very end, so this is what the engine would score with
REVIEW_BELOW = c. At c = REVIEW_BELOW the figures equal score_corpus.py's.

The cut-off is chosen on one half of the development sets and checked on the other:
  choose: bench/realnews (dev split only), realnews-unseen, realnews-fresh, realnews-fresh2
  check:  realnews-fresh3, realnews-fresh4, realnews-fresh6, TimeBank
Never the test sets (realnews-fresh5, realnews-fresh7) nor bench/realnews's held-out split.

Also prints the reliability of the figure (mean confidence against the share of statements
that were right, a statement being right when the scorer keys it to a gold entry, certain or
not), per half, and the share right per doubt factor (read back from each figure).

--refit recomputes every statement's figure from counts pooled over the choose half only
(grammar._calibrated's formula with MEASURED refitted on it), so that the check half is out of
sample for the figures too (grammar.MEASURED was fitted with fresh3, fresh4 and TimeBank in the
pool; fresh6 was never in it).
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

CHOOSE = {
    "realnews-dev": ("bench/realnews/gold.json", "bench/realnews/texts", "dev"),
    "unseen": ("bench/realnews-unseen/gold.json", "bench/realnews-unseen/texts", None),
    "fresh": ("bench/realnews-fresh/gold.json", "bench/realnews-fresh/texts", None),
    "fresh2": ("bench/realnews-fresh2/gold.json", "bench/realnews-fresh2/texts", None),
}
CHECK = {
    "fresh3": ("bench/realnews-fresh3/gold.json", "bench/realnews-fresh3/texts", None),
    "fresh4": ("bench/realnews-fresh4/gold.json", "bench/realnews-fresh4/texts", None),
    "fresh6": ("bench/realnews-fresh6/gold.json", "bench/realnews-fresh6/texts", None),
    "timebank": ("../shared/dev-set/timebank/gold.json", "../shared/dev-set/timebank/texts", None),
}
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


def refit(rows):
    """Figures per rule and factor from the choose half only (grammar._calibrated's formula)."""
    counts, plain = defaultdict(lambda: [0, 0]), [0, 0]
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
    return rules, factors


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

    if a.refit:
        rows = [(s[1], s[3], s[4]) for name in CHOOSE for _, st in data[name] for s in st if s[3] is not None]
        rules, factors = refit(rows)
        print("# figures refitted on the choose half: factors " +
              ", ".join(f"{k} {v:.3f}" for k, v in factors.items()))

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
    for half, names in halves(data, (("choose", CHOOSE), ("check", CHECK))):
        for name in (*names, f"{half} pooled"):
            arts = data[name] if name in data else [x for n in names for x in data[n]]
            cells = []
            for c in cutoffs:
                p, r, f = prf(score(arts, c, conf_of))
                cells.append(f"{p:.3f} / {r:.3f} / {f:.3f}{' P>=R' if p >= r else ''}")
            print(f"| {name} | {half} | " + " | ".join(cells) + " |")

    print("\n## reliability: mean confidence against share right, per bucket")
    print("| half | bucket | statements | mean confidence | share right |")
    print("|---|---|---|---|---|")
    for half, names in halves(data, (("choose", CHOOSE), ("check", CHECK), ("fresh6 alone", ("fresh6",)))):
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

    print("\n## share right per doubt factor (statements carrying it)")
    print("| half | doubt | statements | mean confidence | share right |")
    print("|---|---|---|---|---|")
    for half, names in halves(data, (("choose", CHOOSE), ("check", CHECK))):
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
