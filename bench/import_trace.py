"""Read a trace of bench/import_speed.py --trace: each page's probes split
into response-cache misses (the first probe of a page after the data version
changed) and hits, with their percentiles per phase, and what the pages' and
the importer's PostgreSQL backends were doing when sampled (state/wait event
type/wait event; a page waiting on a lock shows as "active/Lock/...").

A trace of a gunicorn run also holds each probe's CPU and wait for a CPU
(schedstat) of the probing thread, the web worker and its database backend:
their means are printed per page, phase and kind, the hits split in two at
twice the idle phase's p95 ("slow"); "rest" is what none of them account
for (network, disk, locks, a CPU taken from the machine by its host).

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
    sched = {(t, page[len("sched ("):-1]): [float(value) for value in ms.split()]
             for _, t, page, ms in rows if page.startswith("sched (")}
    idle_p95 = {page: percentile([float(ms) for phase, _, name, ms in rows
                                  if phase == "idle" and name == page and ms != "error"], 0.95)
                for _, _, page, _ in rows if page.endswith("/")}
    spent = collections.defaultdict(list)
    for phase, t, page, ms in rows:
        if not page.endswith("/") or ms == "error":
            continue
        version = sum(1 for change in changes if change <= float(t))
        kind = "hit" if seen.get(page) == version else "miss"
        seen[page] = version
        split[(page, phase, kind)].append(float(ms))
        if (t, page) in sched:
            slow = " slow" if kind == "hit" and float(ms) > 2 * idle_p95[page] else ""
            spent[(page, phase, kind + slow)].append([float(ms), *sched[(t, page)]])
    print(f"{'page':<10} {'phase':<7} {'kind':<5} {'probes':>6} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}")
    for (page, phase, kind), values in sorted(split.items(), key=lambda item: (item[0][0], item[0][2])):
        print(f"{page:<10} {phase:<7} {kind:<5} {len(values):>6} {statistics.median(values):>7.1f} "
              f"{percentile(values, 0.95):>7.1f} {max(values):>7.1f}")
    if spent:
        print("\nmeans a probe, ms: the probe; CPU + wait for a CPU of the probing thread, the web worker, "
              "its database backend; the rest")
        for (page, phase, kind), probes in sorted(spent.items()):
            total, *parts = (statistics.mean(column) for column in zip(*probes, strict=True))
            cells = " ".join(f"{parts[i]:5.2f} + {parts[i + 1]:5.2f}" for i in range(0, len(parts), 2))
            print(f"{page:<10} {phase:<7} {kind:<9} {len(probes):>4} {total:6.2f}  {cells}  {total - sum(parts):6.2f}")
    states = collections.Counter((phase, kind, value) for phase, _, kind, value in rows if kind.startswith("backend"))
    for (phase, kind, value), count in sorted(states.items()):
        print(f"{phase:<7} {kind:<17} {value:<28} {count:>6} samples")


if __name__ == "__main__":
    main(sys.argv[1])
