"""CPU time of the engine on long texts made of one repeated chunk, and how it
grows: one endless "sentence" full of date mentions is where a rule that scans
the whole sentence once a mention turns quadratic.

    python bench/long_sentence_scaling.py [--tree DIR ...] [--sizes 100000 200000 400000] [--chunk TEXT ...]

For each chunk and each size it runs extract_events once, in a fresh process
per tree (so --tree /work/main --tree . compares two trees in the same run),
and prints the CPU time (time.process_time) per size and the growth factor per
doubling of the size: about 2.0 is linear, 4.0 quadratic. The chunks are
tests/extraction/test_robustness.py::test_no_quadratic_blow_up's plus a few
more shapes (a pasted table of dated rows, lists of weekdays, of years).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CHUNKS = [
    # test_no_quadratic_blow_up's
    "On Friday, March 5, 2023, ",
    "since 2001 from 2002 to 2003 ",
    "today ",
    "<script>",
    "Gen. Jan. U.S. ",
    # more shapes of one endless sentence full of dates
    "| March 5, 2023 | sales rose | 12.5 | ",    # a pasted table of dated rows
    "| 2023-03-05 | Friday | opened | ",
    "Monday, Tuesday and Wednesday, ",          # a long list of weekdays
    "in 1998, 1999 and 2000, and ",             # a long list of years
    "he had left on Monday and would return on Friday ",
    "the replay was on Saturday, usually in May ",
    "on 5 March, 6 March and 7 March 2023 ",
]


def inner(chunks: list[str], sizes: list[int]) -> None:
    import datetime as dt
    import time

    sys.path.insert(0, os.getcwd())
    from timeline.extraction import ExtractionError, extract_events

    out = {}
    for chunk in chunks:
        row = []
        for size in sizes:
            text = (chunk * (size // len(chunk) + 1))[:size]
            start = time.process_time()
            try:
                extract_events(text, published=dt.date(2023, 4, 6))
            except ExtractionError:
                pass
            row.append(time.process_time() - start)
        out[chunk] = row
    print(json.dumps(out))


def run_tree(tree: str, chunks: list[str], sizes: list[int]) -> dict[str, list[float]]:
    cmd = [sys.executable, os.path.abspath(__file__), "--inner", "--sizes", *map(str, sizes), "--chunk", *chunks]
    done = subprocess.run(cmd, cwd=tree, capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(done.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", action="append", help="source tree to time (repeatable; default: this one)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000, 400_000])
    ap.add_argument("--chunk", nargs="+", help="chunks to repeat (default: the built-in list)")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    chunks = args.chunk or CHUNKS
    if args.inner:
        inner(chunks, args.sizes)
        return
    trees = args.tree or [ROOT]
    results = {tree: run_tree(os.path.abspath(tree), chunks, args.sizes) for tree in trees}
    sizes = " / ".join(f"{s // 1000}k" for s in args.sizes)
    print(f"CPU seconds at {sizes} characters; x = growth per doubling (2.0 linear, 4.0 quadratic); "
          f"load {os.getloadavg()[0]:.2f}")
    for chunk in chunks:
        print(repr(chunk))
        for tree in trees:
            row = results[tree][chunk]
            times = " / ".join(f"{t:6.2f}" for t in row)
            growth = " ".join(f"x{b / a:.1f}" if a > 0.05 else "x-" for a, b in zip(row, row[1:], strict=False))
            print(f"    {times}   {growth:12}  {tree}")


if __name__ == "__main__":
    main()
