"""Instructions per pass of one of the extractor's per-article stages, counted by callgrind.

    python bench/stage_instructions.py STAGE [--texts DIR --gold GOLD.json] [--passes 3]

STAGE is one of pub (find_publication), trig (article_triggers), split (split_sentences), dl
(dateline_day), fm (the pipeline's own find_mentions calls; those of dateline_day are in dl) and
group (group_statements). The stage's calls are recorded over one warm pass of the corpus (after
another), then replayed `--passes` times; run under `valgrind --tool=callgrind` with and without
the replays, the difference divided by the passes is the stage's instructions a pass. A change to
one stage shows there to a tenth of a million, where bench/pass_instructions.py shows the whole
pass (and takes longer).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAGES = {"pub": "find_publication", "trig": "article_triggers", "split": "split_sentences",
          "dl": "dateline_day", "fm": "find_mentions", "group": "group_statements"}


def inner(stage: str, texts: str, gold: str, passes: int) -> None:
    sys.path.insert(0, ROOT)
    from bench.extraction_speed import load
    from timeline.extraction import extract_events, pipeline

    arts = load(texts, gold, None)
    name = STAGES[stage]
    original = getattr(pipeline, name)
    calls = []

    def recorded(*args, **kwargs):
        if name == "dateline_day":  # (its two dicts it fills are empty on each call)
            calls.append((args[:5], kwargs))
        elif name == "group_statements":
            calls.append(((list(args[0]),), kwargs))
        else:
            calls.append((args, kwargs))
        return original(*args, **kwargs)

    for _, text, published in arts:  # warm-up: caches, lazily compiled patterns
        extract_events(text, published=published)
    setattr(pipeline, name, recorded)
    for _, text, published in arts:
        extract_events(text, published=published)
    setattr(pipeline, name, original)
    for _ in range(passes):
        for args, kwargs in calls:
            original(*(args + ({}, {}) if name == "dateline_day" else args), **kwargs)


def counted(stage: str, texts: str, gold: str, passes: int) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
           os.path.abspath(__file__), stage, "--inner", "--texts", texts, "--gold", gold, "--passes", str(passes)]
    err = subprocess.run(cmd, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "0"}).stderr
    return int(re.search(r"Collected : (\d+)", err).group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stage", choices=sorted(STAGES))
    ap.add_argument("--texts", default=os.path.join(ROOT, "..", "shared", "dev-set", "timebank", "texts"))
    ap.add_argument("--gold", default=None, help="gold.json giving each article's publication date")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    gold = a.gold or os.path.join(os.path.dirname(os.path.abspath(a.texts)), "gold.json")
    if a.inner:
        inner(a.stage, a.texts, gold, a.passes)
        return
    base = counted(a.stage, a.texts, gold, 0)
    total = counted(a.stage, a.texts, gold, a.passes)
    print(f"{a.stage} ({STAGES[a.stage]}): {(total - base) / a.passes / 1e6:.2f}M instructions per pass")


if __name__ == "__main__":
    main()
