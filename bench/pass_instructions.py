"""Instructions per pass of the extraction engine over a corpus, counted by
valgrind's callgrind: repeatable under load, where CPU time swings by a
third on the shared machine.

    python bench/pass_instructions.py [--texts DIR --gold GOLD.json] [--passes 5]

Runs the engine under `valgrind --tool=callgrind` twice, with a warm-up
pass then `--passes` passes and with the warm-up only, and prints the
difference divided by the passes: the instructions of one warm pass
(imports, tables and regex compilation cancel out).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def inner(texts: str, gold: str, passes: int) -> None:
    sys.path.insert(0, ROOT)
    from bench.extraction_speed import forget_texts, load
    from timeline.extraction import extract_events

    arts = load(texts, gold, None)
    for _ in range(1 + passes):  # the first is the warm-up
        forget_texts()  # each pass reads its articles as new ones (extraction_speed.TEXT_CACHES)
        for _, text, published in arts:
            extract_events(text, published=published)


def counted(texts: str, gold: str, passes: int) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           sys.executable, os.path.abspath(__file__), "--inner", "--texts", texts, "--gold", gold,
           "--passes", str(passes)]
    err = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    return int(re.search(r"Collected : (\d+)", err).group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", default=os.path.join(ROOT, "timeline", "demo", "texts"))
    ap.add_argument("--gold", default=None, help="gold.json giving each article's publication date")
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    gold = a.gold or os.path.join(os.path.dirname(os.path.abspath(a.texts)), "gold.json")
    if a.inner:
        inner(a.texts, gold, a.passes)
        return
    base = counted(a.texts, gold, 0)
    total = counted(a.texts, gold, a.passes)
    print(f"{a.texts}: {(total - base) / a.passes / 1e6:.1f}M instructions per pass "
          f"({a.passes} passes; {total / 1e6:.0f}M - {base / 1e6:.0f}M with the warm-up only)")


if __name__ == "__main__":
    main()
