"""Throughput of the extraction engine vs. a dateparser baseline, in one run.

The baseline is what the engine replaces: dateparser's search_dates run on
every sentence with the publication date as RELATIVE_BASE, both as the
default call (language detection per sentence) and restricted to English.
All see the same articles (timeline/demo by default) in the same process;
the engine is timed over --repeat passes after a warm-up, baselines once.

usage: python bench/extraction_speed.py [--texts DIR --gold GOLD.json] [--repeat N] [--limit N]
                                       [--skip-default] [--rounds N]

--rounds N alternates N times the engine (as many passes as fill about one baseline pass) and
one English search_dates pass over the same articles and prints each round's CPU ratio and their
median: a slow spell of a shared machine then weighs on both sides of a ratio, where one baseline
pass against five engine passes run earlier puts it on one side only.

Figures measured before and after the engine-speed work (2026-12-01, with the
load average): docs/benchmarks/extraction-speed.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from timeline.extraction import extract_events, similarity, statements  # noqa: E402
from timeline.extraction.sentences import split_sentences  # noqa: E402

# The engine's caches keyed on a title's, an actor's or a sentence's text: their reuse within one
# article (a sentence's several statements, grouping's pairs of titles) and across a preview and its save
# is real, but a pass over the articles the engine has just read finds every entry there (about 4% of a
# TimeBank pass, session 36's sp34). Each timed pass starts with them empty, as on articles never seen.
# The caches of words and head words stay warm, as they are in a long-running server.
TEXT_CACHES = (similarity.content_words, similarity.shared_words, similarity._actor_words, similarity._word_heads,
               statements.is_caption)


def forget_texts() -> None:
    """Empty TEXT_CACHES: the next pass reads its articles as new ones."""
    for cached in TEXT_CACHES:
        cached.cache_clear()


def load(texts_dir: str, gold_path: str | None, limit: int | None):
    published = {}
    if gold_path and os.path.exists(gold_path):
        with open(gold_path, encoding="utf-8") as fh:
            published = {a["id"]: dt.date.fromisoformat(a["published"]) for a in json.load(fh)}
    arts = []
    for name in sorted(os.listdir(texts_dir)):
        if not name.endswith(".txt"):
            continue
        art_id = name[:-4]
        with open(os.path.join(texts_dir, name), encoding="utf-8") as fh:
            text = fh.read()
        arts.append((art_id, text, published.get(art_id, dt.date.today())))
    return arts[:limit] if limit else arts


def run_engine(arts, repeat: int) -> tuple[float, int]:
    for _, text, pub in arts:  # warm-up: imports, pycountry tables, regex caches
        extract_events(text, published=pub)
    n_events = 0
    passes = []
    c0 = time.process_time()
    for _ in range(repeat):
        forget_texts()
        t0 = time.perf_counter()
        for _, text, pub in arts:
            n_events += len(extract_events(text, published=pub))
        passes.append(time.perf_counter() - t0)
    return sum(passes), n_events // repeat, min(passes), time.process_time() - c0


def run_baseline(arts, languages=None) -> tuple[float, int]:
    """search_dates on every sentence, RELATIVE_BASE = publication date.

    languages=None is dateparser's default call (it detects the language of
    each sentence); ["en"] is the faster, stricter comparison.
    """
    from dateparser.search import search_dates

    warnings.filterwarnings("ignore")
    search_dates("warm up on Friday", languages=languages)
    n_found = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for _, text, pub in arts:
        base = dt.datetime(pub.year, pub.month, pub.day)
        for s, e in split_sentences(text):
            found = search_dates(text[s:e], languages=languages, settings={"RELATIVE_BASE": base})
            n_found += len(found or [])
    return time.perf_counter() - t0, n_found, time.process_time() - c0


def run_rounds(arts, rounds: int) -> None:
    """Engine and English baseline alternated, CPU time per round. The engine makes as many passes
    a round as it takes to fill about the baseline's one pass, so both sides of each ratio run about
    as long (a pass of a tenth of a second is easily caught by one slow spell)."""
    eng_cpu = run_engine(arts, 1)[3]  # warm-up of both; sizes the engine's share of a round
    base_cpu = run_baseline(arts, ["en"])[2]
    passes = max(1, round(base_cpu / eng_cpu))
    print(f"engine passes a round: {passes}")
    ratios = []
    for r in range(rounds):
        eng_cpu = run_engine(arts, passes)[3] / passes
        base_cpu = run_baseline(arts, ["en"])[2]
        ratios.append(base_cpu / eng_cpu)
        print(f"round {r + 1}: engine {eng_cpu:.3f}s CPU a pass, search_dates (en) {base_cpu:.3f}s CPU: "
              f"{ratios[-1]:.1f}x  (load {os.getloadavg()[0]:.2f})")
    ratios.sort()
    mid = len(ratios) // 2
    median = ratios[mid] if len(ratios) % 2 else (ratios[mid - 1] + ratios[mid]) / 2
    print(f"rounds {rounds}: median {median:.1f}x CPU, range {ratios[0]:.1f}-{ratios[-1]:.1f}x")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", default=os.path.join(ROOT, "timeline", "demo", "texts"))
    ap.add_argument("--gold", default=None, help="gold.json giving each article's publication date")
    ap.add_argument("--repeat", type=int, default=5, help="engine passes over the corpus")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--skip-default", action="store_true",
                    help="skip the (slow) default search_dates baseline; run only languages=['en']")
    ap.add_argument("--rounds", type=int, default=0,
                    help="instead: N rounds of engine passes and one English baseline pass, alternated")
    a = ap.parse_args(argv)
    gold = a.gold or os.path.join(os.path.dirname(os.path.abspath(a.texts)), "gold.json")
    if not os.path.isdir(a.texts):
        sys.exit(f"no texts directory {a.texts!r}; pass --texts DIR (and --gold GOLD.json)")
    arts = load(a.texts, gold, a.limit)
    if not arts:
        sys.exit(f"no .txt files in {a.texts}")
    chars = sum(len(t) for _, t, _ in arts)
    print(f"corpus {a.texts}: {len(arts)} articles, {chars:,} chars")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if a.rounds:
        run_rounds(arts, a.rounds)
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        return
    eng_t, eng_n, eng_best, eng_cpu = run_engine(arts, a.repeat)
    eng_rate = len(arts) * a.repeat / eng_t
    # On a shared machine the fastest pass is the least disturbed one.
    print(f"engine:   {eng_rate:8.1f} articles/s  ({eng_t / a.repeat:.3f}s per pass, best {eng_best:.3f}s; "
          f"{eng_n} events)")
    for label, langs in (("baseline (search_dates, default)", None),
                         ("baseline (search_dates, languages=['en'])", ["en"])):
        if langs is None and a.skip_default:
            continue
        base_t, base_n, base_cpu = run_baseline(arts, langs)
        base_rate = len(arts) / base_t
        print(f"{label}: {base_rate:8.1f} articles/s  ({base_t:.3f}s, {base_n} dates)")
        # Wall-clock ratios swing with other processes' load; CPU time (what
        # this process itself used) is the steadier comparison on a shared machine.
        print(f"  ratio engine/baseline: {eng_rate / base_rate:.1f}x wall (best engine pass: "
              f"{base_t / eng_best:.1f}x), {base_cpu / (eng_cpu / a.repeat):.1f}x CPU time")
    print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
