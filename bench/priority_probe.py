"""What a page waits for while the CPU is busy with work of a lower priority.

Serves the app (bin/serve's gunicorn, one sync worker, DEBUG off, the
database cache) on a database that already holds a timeline, then probes
`/` (a response-cache hit after the first) --probes times in each of three
conditions, with two CPU-bound processes (one per core of this machine)
started in a session of their own, as bin/worker runs beside bin/serve:

- none: no other work;
- nice 10: the two at nice 10, as bin/worker ran before;
- idle: the two at the idle priority (SCHED_IDLE, chrt --idle), which
  h106 tried for bin/worker and import_articles and backed out (docs/benchmarks/import.md,
  "Why the page doubles during an import, session 9");
- give_way: the two lowering their priority as bin/worker and
  import_articles do since h145 (`timeline.priority.give_way(10)`: nice 10
  and their session's nice 10, since Linux ranks nice values only within a
  session).

Prints p50/p95 of the probes and, per probe, the web worker's CPU time and
its time spent waiting for a CPU (/proc/PID/task/*/schedstat). `--cpu N`
pins the server and one such process to CPU N (taskset), so that they meet
on one core whatever else the machine runs.

    .venv/bin/python bench/priority_probe.py --port 8209 \\
        --database-url postgres://postgres@127.0.0.1:5432/<a database with a timeline>
"""
import argparse
import os
import secrets
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOG = "import time\nend = time.monotonic() + 600\nwhile time.monotonic() < end: pass\n"
# As bin/worker and import_articles do now: nice 10 and the session's nice too.
GIVING_WAY = "from timeline.priority import give_way\ngive_way(10)\n"


def schedstat(pid):
    run = wait = 0
    for task in Path(f"/proc/{pid}/task").glob("*"):
        fields = (task / "schedstat").read_text().split()
        run, wait = run + int(fields[0]), wait + int(fields[1])
    return run / 1e6, wait / 1e6


def probes(base, count, worker):
    times, (run0, wait0) = [], schedstat(worker)
    for _ in range(count):
        started = time.perf_counter()
        urllib.request.urlopen(base + "/", timeout=30).read()
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(0.05)
    run, wait = schedstat(worker)
    times.sort()
    return (statistics.median(times), times[int(round(0.95 * (len(times) - 1)))],
            (run - run0) / count, (wait - wait0) / count)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--port", type=int, default=8150)
    parser.add_argument("--probes", type=int, default=200)
    parser.add_argument("--cpu", type=int, help="pin the server and one CPU-bound process to this CPU")
    args = parser.parse_args()
    env = {**os.environ, "DATABASE_URL": args.database_url, "DJANGO_DEBUG": "0", "DJANGO_CACHE_URL": "db",
           "DJANGO_SECRET_KEY": secrets.token_urlsafe(50), "WEB_CONCURRENCY": "1", "GUNICORN_ACCESS_LOG": "0",
           "DATABASE_CONN_MAX_AGE": "3600"}
    pin = [] if args.cpu is None else ["taskset", "-c", str(args.cpu)]
    server = subprocess.Popen(
        [*pin, str(ROOT / ".venv" / "bin" / "gunicorn"), "timeline.wsgi", "--config", "python:timeline.gunicorn_conf",
         "--bind", f"127.0.0.1:{args.port}"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        worker = int(subprocess.check_output(["pgrep", "-P", str(server.pid)]).split()[0])
        print(f"{'others':<9} {'p50 ms':>7} {'p95 ms':>7} {'web CPU ms':>10} {'web wait ms':>11}  (per probe)")
        conditions = (("none", None, HOG), ("nice 10", ["nice", "-n", "10"], HOG),
                      ("idle", ["chrt", "--idle", "0"], HOG), ("give_way", [], GIVING_WAY + HOG))
        for label, prefix, code in conditions:
            hogs = [] if prefix is None else [
                subprocess.Popen([*pin, *prefix, sys.executable, "-c", code], cwd=ROOT, start_new_session=True)
                for _ in range(1 if pin else os.cpu_count() or 2)
            ]
            try:
                time.sleep(0.5)
                p50, p95, cpu, wait = probes(base, args.probes, worker)
            finally:
                for hog in hogs:
                    hog.kill()
                    hog.wait()
            print(f"{label:<9} {p50:>7.1f} {p95:>7.1f} {cpu:>10.2f} {wait:>11.2f}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
