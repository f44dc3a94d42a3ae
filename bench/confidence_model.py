"""Can a better-informed confidence tell false statements from right ones on text the engine had not seen?

Session 31's experiment (docs/benchmarks/confidence.md, "Session 31"). Three steps:

  dump   every statement (uncertain ones too) of one engine on development sets, labelled as the
         scorer keys it, with what the engine knew when it assessed it (rule, doubts, tense,
         precision, the mention's named groups) and where it stands in the text (headline, first
         sentence, caption-like, quoted, other dates in its sentence, distance to the publication ...).
         Run it under ENGINE_ROOT=<an older commit's tree> for the sets that engine had not seen:
             git archive <commit> timeline/extraction | tar -x -C /tmp/old/<commit>
             touch /tmp/old/<commit>/timeline/__init__.py
             ENGINE_ROOT=/tmp/old/<commit> python bench/confidence_model.py dump --sets fresh42 --out f42.jsonl
  cv     leave-one-set-out: a logistic regression (plain Python, offline only) fitted on the other sets'
         dumps scores each left-out set's statements; the left-out sets pooled are scored at the
         current rule (confidence >= grammar.REVIEW_BELOW) and at cut-offs of the model, exactly as
         bench/score_corpus.py scores (the dev set's score_article on the kept statements).
         --nested chooses the cut-off inside each fold (the lowest at which P >= R on the other
         sets' own leave-one-set-out figures), the honest check of a cut-off chosen for P >= R.
  forward  fitted on some dumps (older engines), scored on others (newer engines, or this engine's
         statements on the development sets: text it was tuned on).
  Nothing is written to the engine by this script. Commands and figures: docs/benchmarks/confidence.md,
  "Session 31".

Only development sets (GUIDE.md): realnews-fresh16, 18, 24, 32, 34-39, 42, 43, 45, 46, 49.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import math
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))
if os.environ.get("ENGINE_ROOT"):
    sys.path.insert(0, os.environ["ENGINE_ROOT"])

CACHE = os.environ.get("REALNEWS_CACHE", os.path.join(ROOT, "..", "realnews-cache"))
DEV = [16, 18, 24, 32, 34, 35, 36, 37, 38, 39, 42, 43, 45, 46, 49]
SETS = {f"fresh{n}": f"realnews-fresh{n}" for n in DEV}


def _articles(name):
    d = SETS[name]
    with open(os.path.join(ROOT, "bench", d, "gold.json"), encoding="utf-8") as fh:
        arts = json.load(fh)
    out = []
    for a in arts:
        p = os.path.join(CACHE, d, "texts", f"{a['id']}.txt")
        if not os.path.exists(p):
            print(f"{name}: {a['id']} text missing, skipped", file=sys.stderr)
            continue
        with open(p, encoding="utf-8") as fh:
            out.append((a, fh.read()))
    return out


def _scorer():
    return importlib.import_module("score_corpus").score_article


_QUOTES = "\"“”"


def _quoted(sentence, at):
    """Is offset `at` of the sentence inside a pair of double quotes?"""
    n = sum(sentence[:at].count(q) for q in _QUOTES)
    return n % 2 == 1


def _patch_engine():
    """Make assess also report the doubts and the mention's named groups (as extra flags
    'doubt:X' / 'g:NAME'): the flags only flow into the event, so the output is unchanged."""
    from timeline.extraction import grammar, pipeline

    orig = grammar.assess

    def assess(m, value, tense, published):
        c, flags = orig(m, value, tense, published)
        d = grammar.doubts(m, value, tense, published, flags)
        extra = tuple(f"doubt:{x}" for x in d) + tuple(f"g:{k}" for k, v in m.groups if v)
        return c, tuple(flags) + extra

    pipeline.assess = assess


def dump(names, out):
    from timeline.extraction import extract_events

    _patch_engine()
    score_article = _scorer()
    with open(out, "w", encoding="utf-8") as fh:
        for name in names:
            n = fp_n = 0
            for art, text in _articles(name):
                published = dt.date.fromisoformat(art["published"])
                events = extract_events(text, published=published, uncertain=True)
                preds = []
                for e in events:
                    p = e.to_dict()
                    preds.append(dict(date=p["date"], precision=p["precision"], sentence=p["sentence"]))
                first_line_end = text.find("\n") if "\n" in text else len(text)
                starts = sorted({e.sentence_start for e in events})
                by_sent = defaultdict(list)
                for e in events:
                    by_sent[e.sentence_start].append(e)
                for e, p in zip(events, preds, strict=True):
                    one = score_article(art["events"], [p])
                    flags = list(e.flags)
                    sib = [x for x in by_sent[e.sentence_start] if x is not e]
                    sent = e.sentence
                    rel = e.cue_start - e.sentence_start
                    line_start = text.rfind("\n", 0, e.sentence_start) + 1
                    line_end = text.find("\n", e.sentence_end)
                    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
                    row = dict(
                        set=name, id=art["id"], fp=bool(one["fp"]), tp=bool(one["tp"]), pred=p,
                        rule=e.rule, conf=e.confidence, precision=e.precision, tense=e.tense,
                        stage=getattr(e, "stage", None),
                        doubts=[f[6:] for f in flags if f.startswith("doubt:")],
                        groups=[f[2:] for f in flags if f.startswith("g:")],
                        flags=[f for f in flags if not f.startswith(("doubt:", "g:"))],
                        anchored=e.anchor_cue_start is not None, range=e.end_date is not None,
                        headline=e.sentence_start < first_line_end,
                        first=e.sentence_start == starts[0], sent_rank=starts.index(e.sentence_start),
                        n_sent=len(starts), rel_pos=e.sentence_start / max(len(text), 1),
                        caption=not re.search(r"[.!?\"”’)]\s*$", line) or len(line) < 60,
                        quoted=_quoted(sent, rel), has_quote=any(q in sent for q in _QUOTES),
                        siblings=len(sib), sib_dates=len({(x.date, x.precision) for x in sib}),
                        sib_day=any(x.precision == "day" for x in sib),
                        sib_full=any(x.precision == "day" and x.rule in ("mdy", "dmy") for x in sib),
                        days=(published - e.date).days, future=e.date > published,
                        cue=e.cue, cue_len=len(e.cue), sent_len=len(sent), category=e.category,
                        actors=len(e.actors), month_start=e.date.day == 1,
                    )
                    fh.write(json.dumps(row) + "\n")
                    n += 1
                    fp_n += row["fp"]
            print(f"{name}: statements {n}, false (alone) {fp_n}", file=sys.stderr)


# --- the model ------------------------------------------------------------------------------------
def features(r, vocab=None):
    """Named features of a statement (a dict name -> value)."""
    f = {"bias": 1.0}
    f["logit_conf"] = math.log(max(min(r["conf"], 0.99), 0.01) / (1 - max(min(r["conf"], 0.99), 0.01)))
    f[f"rule={r['rule']}"] = 1.0
    for d in r["doubts"]:
        f[f"doubt={d}"] = 1.0
    f[f"tense={r['tense']}"] = 1.0
    f[f"prec={r['precision']}"] = 1.0
    f[f"stage={r['stage']}"] = 1.0
    for k in ("headline", "first", "caption", "quoted", "has_quote", "anchored", "range", "future",
              "sib_day", "sib_full", "month_start"):
        f[k] = float(bool(r[k]))
    f["siblings>0"] = float(r["siblings"] > 0)
    f["siblings>2"] = float(r["siblings"] > 2)
    f["year_with_full"] = float(r["precision"] == "year" and r["sib_full"])
    f["year_with_day"] = float(r["precision"] == "year" and r["sib_day"])
    f["month_with_day"] = float(r["precision"] == "month" and r["sib_day"])
    a = abs(r["days"])
    f["log_days"] = math.log1p(a) / 5
    f["within_week"] = float(a <= 7)
    f["over_year"] = float(a > 366)
    f["over_10y"] = float(a > 3660)
    f["rel_pos"] = r["rel_pos"]
    f["late"] = float(r["rel_pos"] > 0.8)
    f["short_sent"] = float(r["sent_len"] < 60)
    f["long_sent"] = float(r["sent_len"] > 250)
    for g in r["groups"]:
        f[f"g={g}"] = 1.0
    f["flagged"] = float(bool(r["flags"]))
    if vocab is not None:
        f = {k: v for k, v in f.items() if k in vocab}
    return f


def _solve(a, b):
    """x with a x = b (Gaussian elimination with partial pivoting; a is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                row_r, row_c = m[r], m[c]
                for k in range(c, n + 1):
                    row_r[k] -= f * row_c[k]
    x = [0.0] * n
    for c in range(n - 1, -1, -1):
        x[c] = (m[c][n] - sum(m[c][k] * x[k] for k in range(c + 1, n))) / m[c][c]
    return x


def fit_logreg(rows, l2=1.0, min_count=5, only=None):
    """Weights of an L2-penalised logistic regression (right = 1), by Newton steps; plain Python
    (sparse rows), so that it runs in the project's environment."""
    counts = defaultdict(int)
    for r in rows:
        for k in features(r):
            counts[k] += 1
    vocab = sorted(k for k, c in counts.items() if c >= min_count and (only is None or only(k)))
    idx = {k: i for i, k in enumerate(vocab)}
    X = [[(idx[k], v) for k, v in features(r, idx).items() if v] for r in rows]
    y = [0.0 if r["fp"] else 1.0 for r in rows]
    n = len(vocab)
    w = [0.0] * n
    reg = [0.0 if k == "bias" else l2 for k in vocab]
    for _ in range(30):
        g = [reg[i] * w[i] for i in range(n)]
        H = [[0.0] * n for _ in range(n)]
        for xi, yi in zip(X, y, strict=True):
            z = sum(w[j] * v for j, v in xi)
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            d = p - yi
            s = p * (1 - p)
            for j, v in xi:
                g[j] += d * v
                hj = H[j]
                for k, u in xi:
                    hj[k] += s * v * u
        for i in range(n):
            H[i][i] += reg[i] + 1e-9
        step = _solve(H, g)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(si) for si in step) < 1e-7:
            break
    return dict(zip(vocab, w, strict=True))


def predict(weights, r):
    z = sum(weights.get(k, 0.0) * v for k, v in features(r).items())
    return 1 / (1 + math.exp(-z))


def score_pool(rows, keep, golds, score_article):
    """P, R, F1 of the statements keep(r) says to put out, the scorer's way, pooled."""
    by_art = defaultdict(list)
    for r in rows:
        by_art[(r["set"], r["id"])].append(r)
    tot = dict(gold=0, tp=0, tp_all=0, fp=0)
    for key, gold in golds.items():
        preds = [r["pred"] for r in by_art.get(key, []) if keep(r)]
        s = score_article(gold, preds)
        for k in tot:
            tot[k] += s[k]
    rec = tot["tp"] / max(tot["gold"], 1)
    pre = tot["tp_all"] / max(tot["tp_all"] + tot["fp"], 1)
    f1 = 2 * pre * rec / max(pre + rec, 1e-9)
    return pre, rec, f1


def load(paths):
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh]
    return rows


def golds_of(rows):
    out = {}
    for name in sorted({r["set"] for r in rows}):
        with open(os.path.join(ROOT, "bench", SETS[name], "gold.json"), encoding="utf-8") as fh:
            for a in json.load(fh):
                if os.path.exists(os.path.join(CACHE, SETS[name], "texts", f"{a['id']}.txt")):
                    out[(name, a["id"])] = a["events"]
    return out


def cv(paths, l2, min_count, cuts, variant):
    rows = load(paths)
    score_article = _scorer()
    golds = golds_of(rows)
    only = None
    if variant == "rule+doubts":
        only = lambda k: k == "bias" or k.startswith(("rule=", "doubt=", "logit_conf"))  # noqa: E731
    elif variant == "conf":
        only = lambda k: k in ("bias", "logit_conf")  # noqa: E731
    sets = sorted({r["set"] for r in rows})
    for name in sets:
        train = [r for r in rows if r["set"] != name]
        w = fit_logreg(train, l2=l2, min_count=min_count, only=only)
        for r in rows:
            if r["set"] == name:
                r["model"] = predict(w, r)
    n, right = len(rows), sum(not r["fp"] for r in rows)
    print(f"{len(sets)} sets, {n} statements, {right} right alone ({right / n:.3f}); variant {variant}, l2 {l2}")
    # calibration / discrimination of the current figure and the model on the left-out sets
    for field in ("conf", "model"):
        ll = sum(-math.log(max(1e-6, r[field] if not r["fp"] else 1 - r[field])) for r in rows) / n
        br = sum((r[field] - (0.0 if r["fp"] else 1.0)) ** 2 for r in rows) / n
        print(f"  {field:6} log-loss {ll:.4f} Brier {br:.4f} AUC {auc(rows, field):.4f}")
    from timeline.extraction.grammar import REVIEW_BELOW

    base = score_pool(rows, lambda r: r["conf"] >= REVIEW_BELOW, golds, score_article)
    print(f"  current rule (conf >= {REVIEW_BELOW}): P {base[0]:.4f} R {base[1]:.4f} F1 {base[2]:.4f}")
    for c in cuts:
        p, rr, f = score_pool(rows, lambda r, c=c: r["model"] >= c, golds, score_article)
        p2, r2, f2 = score_pool(rows, lambda r, c=c: r["conf"] >= REVIEW_BELOW and r["model"] >= c,
                                golds, score_article)
        mark = " P>=R" if p >= rr else ""
        mark2 = " P>=R" if p2 >= r2 else ""
        print(f"  model >= {c:.2f}: P {p:.4f} R {rr:.4f} F1 {f:.4f}{mark:6} | and conf>=0.5: "
              f"P {p2:.4f} R {r2:.4f} F1 {f2:.4f}{mark2}")
    return rows


def oof(rows, l2, min_count, only=None, field="model"):
    """Leave-one-set-out predictions of `rows` into r[field]."""
    for name in sorted({r["set"] for r in rows}):
        w = fit_logreg([r for r in rows if r["set"] != name], l2=l2, min_count=min_count, only=only)
        for r in rows:
            if r["set"] == name:
                r[field] = predict(w, r)


def first_cut(rows, golds, score_article, field, grid):
    """The lowest cut-off of the grid at which the pooled P >= R (the last of the grid if none)."""
    for c in grid:
        p, rr, _ = score_pool(rows, lambda r, c=c: r[field] >= c, golds, score_article)
        if p >= rr:
            return c
    return grid[-1]


def nested(paths, l2, min_count, out=None):
    """Leave-one-set-out with the cut-off chosen inside: for each left-out set, the lowest cut-off
    at which P >= R on the other sets' own leave-one-set-out predictions; then the model fitted on
    the other sets, at that cut-off, on the left-out set. The left-out sets pooled."""
    rows = load(paths)
    score_article = _scorer()
    golds = golds_of(rows)
    grid = [round(0.30 + 0.01 * i, 2) for i in range(61)]
    for name in sorted({r["set"] for r in rows}):
        train = [r for r in rows if r["set"] != name]
        g_train = {k: v for k, v in golds.items() if k[0] != name}
        oof(train, l2, min_count, field="inner")
        c = first_cut(train, g_train, score_article, "inner", grid)
        w = fit_logreg(train, l2=l2, min_count=min_count)
        for r in rows:
            if r["set"] == name:
                r["model"] = predict(w, r)
                r["cut"] = c
        print(f"  {name}: cut-off chosen on the other sets {c:.2f}", flush=True)
    from timeline.extraction.grammar import REVIEW_BELOW

    base = score_pool(rows, lambda r: r["conf"] >= REVIEW_BELOW, golds, score_article)
    got = score_pool(rows, lambda r: r["model"] >= r["cut"], golds, score_article)
    print(f"current rule: P {base[0]:.4f} R {base[1]:.4f} F1 {base[2]:.4f}")
    print(f"nested model: P {got[0]:.4f} R {got[1]:.4f} F1 {got[2]:.4f}")
    for name in sorted({r["set"] for r in rows}, key=lambda s: int(s[5:])):
        sub = [r for r in rows if r["set"] == name]
        g = {k: v for k, v in golds.items() if k[0] == name}
        b = score_pool(sub, lambda r: r["conf"] >= REVIEW_BELOW, g, score_article)
        m = score_pool(sub, lambda r: r["model"] >= r["cut"], g, score_article)
        print(f"  {name:8} rule P {b[0]:.3f} R {b[1]:.3f} F1 {b[2]:.3f} | "
              f"model P {m[0]:.3f} R {m[1]:.3f} F1 {m[2]:.3f}")
    if out:
        with open(out, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")


def forward(train_paths, test_paths, l2, min_count, cuts):
    """Fitted on the train dumps (cut-off: the lowest with P >= R on their own leave-one-set-out
    figures), scored on the test dumps: the current rule, that cut-off and the given ones."""
    train, test = load(train_paths), load(test_paths)
    score_article = _scorer()
    g_train, g_test = golds_of(train), golds_of(test)
    grid = [round(0.30 + 0.01 * i, 2) for i in range(61)]
    oof(train, l2, min_count, field="inner")
    chosen = first_cut(train, g_train, score_article, "inner", grid)
    w = fit_logreg(train, l2=l2, min_count=min_count)
    for r in test:
        r["model"] = predict(w, r)
    from timeline.extraction.grammar import REVIEW_BELOW

    b = score_pool(test, lambda r: r["conf"] >= REVIEW_BELOW, g_test, score_article)
    print(f"test {len(test)} statements; current rule: P {b[0]:.4f} R {b[1]:.4f} F1 {b[2]:.4f}")
    for c in [chosen, *cuts]:
        p, rr, f = score_pool(test, lambda r, c=c: r["model"] >= c, g_test, score_article)
        what = " (chosen on train)" if c == chosen else ""
        print(f"  model >= {c:.2f}{what}: P {p:.4f} R {rr:.4f} F1 {f:.4f}")


def auc(rows, field):
    pos = sorted(r[field] for r in rows if not r["fp"])
    neg = sorted(r[field] for r in rows if r["fp"])
    if not pos or not neg:
        return float("nan")
    import bisect

    s = 0.0
    for v in neg:
        lo, hi = bisect.bisect_left(pos, v), bisect.bisect_right(pos, v)
        s += (len(pos) - hi) + 0.5 * (hi - lo)
    return s / (len(pos) * len(neg))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--sets", required=True)
    d.add_argument("--out", required=True)
    c = sub.add_parser("cv")
    c.add_argument("dumps", nargs="+")
    c.add_argument("--l2", type=float, default=1.0)
    c.add_argument("--min-count", type=int, default=5)
    c.add_argument("--variant", default="all", choices=["all", "rule+doubts", "conf"])
    c.add_argument("--out", help="--nested: write the statements with their left-out figure and cut-off")
    c.add_argument("--nested", action="store_true", help="choose the cut-off inside each fold")
    c.add_argument("--cuts", default="0.3,0.4,0.5,0.6,0.65,0.7,0.75,0.8,0.85,0.9")
    f = sub.add_parser("forward")
    f.add_argument("--train", nargs="+", required=True)
    f.add_argument("--test", nargs="+", required=True)
    f.add_argument("--l2", type=float, default=1.0)
    f.add_argument("--min-count", type=int, default=5)
    f.add_argument("--cuts", default="0.5,0.55,0.6")
    a = ap.parse_args(argv)
    if a.cmd == "forward":
        forward(a.train, a.test, a.l2, a.min_count, [float(x) for x in a.cuts.split(",")])
    elif a.cmd == "dump":
        names = a.sets.split(",")
        bad = [n for n in names if n not in SETS]
        if bad:
            ap.error(f"not development sets: {bad}")
        dump(names, a.out)
    elif a.nested:
        nested(a.dumps, a.l2, a.min_count, a.out)
    else:
        cv(a.dumps, a.l2, a.min_count, [float(x) for x in a.cuts.split(",")], a.variant)


if __name__ == "__main__":
    main()
