"""Read a trace of bench/import_speed.py --trace: each page's probes split
into response-cache misses (the first probe of a page after the data version
changed) and hits, with their percentiles per phase, and what the pages' and
the importer's PostgreSQL backends were doing when sampled (state/wait event
type/wait event; a page waiting on a lock shows as "active/Lock/...").

    .venv/bin/python bench/import_trace.py trace.tsv
"""
import collections
import statistics
import sys


def percentile(values, share):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(share * (len(values) - 1))))] if values else float("nan")


def main(path):
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")]
    versions = [(float(t), v) for _, t, kind, v in rows if kind == "version"]
    changes = [t for (t, v), (_, previous) in zip(versions[1:], versions, strict=False) if v != previous]
    print(f"data version changed {len(changes)} times:", " ".join(f"{t:.0f}" for t in changes), "(s)")
    seen, split = {}, collections.defaultdict(list)
    for phase, t, page, ms in rows:
        if not page.endswith("/") or ms == "error":
            continue
        version = sum(1 for change in changes if change <= float(t))
        kind = "hit" if seen.get(page) == version else "miss"
        seen[page] = version
        split[(page, phase, kind)].append(float(ms))
    print(f"{'page':<10} {'phase':<7} {'kind':<5} {'probes':>6} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}")
    for (page, phase, kind), values in sorted(split.items(), key=lambda item: (item[0][0], item[0][2])):
        print(f"{page:<10} {phase:<7} {kind:<5} {len(values):>6} {statistics.median(values):>7.1f} "
              f"{percentile(values, 0.95):>7.1f} {max(values):>7.1f}")
    states = collections.Counter((phase, kind, value) for phase, _, kind, value in rows if kind.startswith("backend"))
    for (phase, kind, value), count in sorted(states.items()):
        print(f"{phase:<7} {kind:<17} {value:<28} {count:>6} samples")


if __name__ == "__main__":
    main(sys.argv[1])
