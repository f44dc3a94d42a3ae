"""The extraction engine of this checkout vs another one, timed in one
process on the same articles (timeline/demo by default): CPU time per pass
over the corpus, passes alternated, with the ratio and the load average.

    python bench/engine_ab.py --code /path/to/other/checkout [--repeat 15]

Each engine is loaded as its own package from its own directory, so the two
run side by side under the same load.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_engine(name: str, checkout: str):
    path = os.path.join(checkout, "timeline", "extraction")
    spec = importlib.util.spec_from_file_location(name, os.path.join(path, "__init__.py"),
                                                  submodule_search_locations=[path])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", required=True, help="the other checkout (its timeline/extraction is the baseline)")
    ap.add_argument("--texts", default=os.path.join(ROOT, "timeline", "demo", "texts"))
    ap.add_argument("--gold", default=os.path.join(ROOT, "timeline", "demo", "gold.json"))
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as fh:
        published = {a["id"]: dt.date.fromisoformat(a["published"]) for a in json.load(fh)}
    articles = []
    for name in sorted(os.listdir(args.texts)):
        if name.endswith(".txt"):
            with open(os.path.join(args.texts, name), encoding="utf-8") as fh:
                articles.append((fh.read(), published.get(name[:-4])))
    engines = {"baseline": load_engine("baseline_extraction", args.code),
               "this": load_engine("this_extraction", ROOT)}

    def one_pass(engine) -> float:
        start = time.process_time()
        for text, day in articles:
            engine.extract_events(text, published=day)
        return time.process_time() - start

    times: dict[str, list[float]] = {name: [] for name in engines}
    for engine in engines.values():
        one_pass(engine)  # warm-up: caches, regexes
    load_before = os.getloadavg()[0]
    for i in range(args.repeat):
        order = list(engines) if i % 2 == 0 else list(reversed(engines))
        for name in order:
            times[name].append(one_pass(engines[name]))
    for name, values in times.items():
        print(f"{name:<9} median {statistics.median(values) * 1000:7.1f} ms  min {min(values) * 1000:7.1f} ms "
              f"CPU per pass over {len(articles)} articles")
    ratio_median = statistics.median(times["this"]) / statistics.median(times["baseline"])
    ratio_min = min(times["this"]) / min(times["baseline"])
    print(f"ratio this/baseline: median {ratio_median:.3f}, min {ratio_min:.3f}; "
          f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")


if __name__ == "__main__":
    main()
