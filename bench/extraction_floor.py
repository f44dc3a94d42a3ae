"""How much of the engine's time each stage takes: CPU per pass over a corpus
with one stage replaced by a stub that does nothing, and with all of them.

An experiment, not a benchmark of the product: with a stage stubbed the
output is wrong (empty titles, no stage, no tense ...). It answers "how fast
would the engine be without X", which says which stages a speed target
needs changed: the stubbed stages are the per-statement work after
recognition and resolution (titles, actors and categories; stage and count;
the clause's tense) and the per-article passes after them.

    python bench/extraction_floor.py [--texts DIR --gold GOLD.json] [--repeat N]

Passes with and without each stub alternate, CPU time (process_time),
medians; the load average is printed beside the figures.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench.extraction_speed import load  # noqa: E402
from timeline.extraction import extract_events, mention_tense, pipeline  # noqa: E402

# The names pipeline._extract calls, and what each is replaced with (in pipeline, or in the module
# HOMES names: clause_tense is called by mention_tense.MentionTenses).
STUBS = {
    "describe": lambda sentence, cues, dateline=None, dates=(): [("", (), None, None)] * len(cues),
    "clause_tense": lambda *args, **kwargs: None,
    "statement_stage": lambda *args, **kwargs: "occurred",
    "summary_count": lambda *args, **kwargs: None,
    "with_full_names": lambda text, events: events,
    "with_topic_categories": lambda events: events,
    "group_statements": lambda events: events,
    "find_publication": lambda text: None,
}
HOMES = {"clause_tense": mention_tense}


def one_pass(arts) -> float:
    start = time.process_time()
    for _, text, published in arts:
        extract_events(text, published=published)
    return time.process_time() - start


def timed(arts, repeat: int, stubbed: list[str]) -> tuple[float, float]:
    """Median CPU ms per pass as it is and with `stubbed` replaced, passes alternated."""
    real = {name: getattr(HOMES.get(name, pipeline), name) for name in stubbed}
    whole, part = [], []
    for _ in range(repeat):
        whole.append(one_pass(arts))
        for name in stubbed:
            setattr(HOMES.get(name, pipeline), name, STUBS[name])
        try:
            part.append(one_pass(arts))
        finally:
            for name, f in real.items():
                setattr(HOMES.get(name, pipeline), name, f)
    return statistics.median(whole) * 1000, statistics.median(part) * 1000


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", default=os.path.join(ROOT, "timeline", "demo", "texts"))
    ap.add_argument("--gold", default=None, help="gold.json giving each article's publication date")
    ap.add_argument("--repeat", type=int, default=7, help="passes with and without each stub")
    a = ap.parse_args(argv)
    arts = load(a.texts, a.gold or os.path.join(os.path.dirname(os.path.abspath(a.texts)), "gold.json"), None)
    one_pass(arts)  # warm-up: imports, tables, regex caches
    print(f"corpus {a.texts}: {len(arts)} articles; load average before: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for stubbed in [[name] for name in STUBS] + [list(STUBS)]:
        whole, part = timed(arts, a.repeat, stubbed)
        label = stubbed[0] if len(stubbed) == 1 else "all of them"
        print(f"{label:22s} stubbed: {part:6.1f} ms per pass against {whole:6.1f} ms "
              f"({(whole - part) / whole:6.1%} of the pass)")
    print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
