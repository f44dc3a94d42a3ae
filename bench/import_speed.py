"""Bulk import throughput, and what the site's pages cost while it runs.

Starts from a fresh benchmark database (never the app's) holding the demo
articles, writes N varied articles (bench/generate_articles.py), serves the
app on 127.0.0.1:PORT (runserver, DEBUG off), and then:

1. idle: probes `/` (full page) and the timeline partial (HX-Request) at a
   fixed rate for --idle seconds;
2. during: runs `manage.py import_articles` on the N articles in a
   subprocess and probes the same pages until it ends;
3. after: probes them again, the database now N articles larger.

Prints articles per second, page p50/p95/p99/max for each phase with its ratio to
the idle phases before and after (the pages slow down as the database grows,
import or not), errors (any answer but 200, e.g. "database is locked"), and
the load average beside each figure. Bounded: probes stop with the import,
or after --max-seconds.

    .venv/bin/python bench/import_speed.py --articles 20000                      # SQLite (bench/data/)
    .venv/bin/python bench/import_speed.py --articles 20000 \\
        --database-url postgres://postgres@127.0.0.1:5432/timeline_import_bench   # PostgreSQL (emptied first)
    .venv/bin/python bench/import_speed.py --articles 2000 --workers 2 ...        # two runs, two bin/worker

The server runs with DEBUG off and the response cache on, as `bin/serve`
does; `DJANGO_CACHE_URL=db` gives it bin/serve's database cache (the
default is a per-process memory cache), `TIMELINE_FRAGMENT_CACHE=0` turns
the caches off.

`--workers N` splits the articles into N runs queued with
`import_articles --background` and starts N `bin/worker` processes (at
nice 10) instead of one `import_articles`. An import still going after
--max-seconds is stopped and the figures say how many articles it stored.
"""
import argparse
import os
import resource
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
PROBES = [("page /", {}), ("partial /", {"HX-Request": "true"})]


def load():
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class DatabaseCPU:
    """CPU seconds of the PostgreSQL backends serving the import (those
    whose application_name is IMPORTER, as PGAPPNAME sets it), read from
    /proc every half second while they live: the database server's share of
    the import's cost, which the importer's own CPU time leaves out. On
    SQLite the database runs inside the importer: 0 here."""

    def __init__(self, url, backend_nice=0):
        self.url, self.seen, self.stop = url, {}, threading.Event()
        self.backend_nice = backend_nice
        self.thread = threading.Thread(target=self.watch, daemon=True)
        if url.startswith("postgres"):
            self.thread.start()

    def watch(self):
        import psycopg

        tick = os.sysconf("SC_CLK_TCK")
        with psycopg.connect(self.url.replace("postgres://", "postgresql://", 1), autocommit=True,
                             application_name=BENCH) as conn:
            while not self.stop.wait(0.5):
                pids = [pid for (pid,) in conn.execute(
                    "SELECT pid FROM pg_stat_activity WHERE application_name = %s", [IMPORTER])]
                for pid in pids:
                    if self.backend_nice and pid not in self.seen:
                        # --backend-nice: the import's backend gives way within PostgreSQL's session too
                        try:
                            os.setpriority(os.PRIO_PROCESS, pid, self.backend_nice)
                        except OSError:
                            pass
                    try:
                        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                    except OSError:
                        continue
                    self.seen[pid] = (int(fields[11]) + int(fields[12])) / tick

    def seconds(self):
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join()
        return sum(self.seen.values())


class ProcessCPU:
    """CPU seconds of each process of the import, split: the importer
    itself (the writer) and its descendants (the engine's helper process),
    read from /proc every half second while they live (a process's own
    utime + stime, its children's not included)."""

    def __init__(self, roots):
        self.roots, self.seen, self.stop = set(roots), {}, threading.Event()
        self.thread = threading.Thread(target=self.watch, daemon=True)
        self.thread.start()

    @staticmethod
    def stat(pid):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def watch(self):
        while True:
            parents = {}
            for entry in Path("/proc").iterdir():
                if entry.name.isdigit():
                    try:
                        parents[int(entry.name)] = self.stat(entry.name)
                    except (OSError, IndexError, ValueError):
                        continue
            for pid, (_, seconds) in parents.items():
                # The root (writer) or one of its descendants (helpers).
                depth, up = 0, pid
                while up in parents and up not in self.roots and depth < 10:
                    up, depth = parents[up][0], depth + 1
                if up in self.roots:
                    self.seen[pid] = ("writer" if pid == up else "helpers", seconds)
            if self.stop.wait(0.5):
                break

    def seconds(self):
        self.stop.set()
        self.thread.join()
        split = {"writer": 0.0, "helpers": 0.0}
        for kind, seconds in self.seen.values():
            split[kind] += seconds
        return split


# The importer's (and workers') connections name themselves so (libpq's PGAPPNAME).
IMPORTER = "import-speed-importer"
# This script's own connections; the rest are the pages'.
BENCH = "import-speed-bench"


def schedstat(pids):
    """{thread: (CPU ns, ns runnable but waiting for a CPU)} of these
    processes' live threads, from /proc/PID/task/TID/schedstat (a thread
    that ends within a phase is not counted: runserver's per-request
    threads and their per-request database backends are lost; gunicorn's
    workers and their persistent connections are not)."""
    found = {}
    for pid in pids:
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                fields = (task / "schedstat").read_text().split()
            except OSError:
                continue
            found[task.name] = (int(fields[0]), int(fields[1]))
    return found


def descendants(root):
    """root and every process under it."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = {root}, [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier and pid not in found]
        found.update(frontier)
    return found


def page_backends(url):
    """The PostgreSQL backends serving the pages: this database's client
    backends but the importer's and this script's."""
    if not url.startswith("postgres"):
        return set()
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://", 1), application_name=BENCH) as conn:
        return {pid for (pid,) in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' "
            "AND application_name NOT IN (%s, %s)", [IMPORTER, BENCH])}


def cpu_split(server, url):
    """schedstat() of the web server's processes and of the pages' backends, now."""
    return {"web": schedstat(descendants(server.pid)), "db": schedstat(page_backends(url))}


def cpu_spent(before, after):
    """{part: (CPU ms, CPU-wait ms)} between two cpu_split()s, threads alive at the end."""
    spent = {}
    for part, threads in after.items():
        run = sum(ns - before[part].get(tid, (0, 0))[0] for tid, (ns, _) in threads.items())
        wait = sum(ns - before[part].get(tid, (0, 0))[1] for tid, (_, ns) in threads.items())
        spent[part] = (run / 1e6, wait / 1e6)
    return spent


def fresh_database(url):
    if url.startswith("postgres"):
        import psycopg

        url = url.replace("postgres://", "postgresql://", 1)
        # Created when missing, so that a fresh machine needs no step by hand.
        server, name = url.rsplit("/", 1)
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")
    else:
        path = Path(url.removeprefix("sqlite:///"))
        # The database and the cache file beside it (DJANGO_CACHE_URL=db).
        for base in (path, path.with_name(f"{path.stem}-cache.sqlite3")):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{base}{suffix}").unlink(missing_ok=True)


def query(url, sql):
    """One value from the benchmark database (no Django in this process)."""
    if url.startswith("postgres"):
        import psycopg

        with psycopg.connect(url.replace("postgres://", "postgresql://", 1), application_name=BENCH) as conn:
            return conn.execute(sql).fetchone()[0]
    import sqlite3

    with sqlite3.connect(url.removeprefix("sqlite:///"), timeout=30) as conn:
        return conn.execute(sql).fetchone()[0]


def start_import(args, env, articles, log):
    """The import: `import_articles` in one process, or (--workers N) the
    input split into N runs queued for N workers (bin/worker); returns
    (processes, whether it is still going)."""
    if not args.workers:
        command = [PYTHON, "manage.py", "import_articles", str(articles), "--nice", str(args.nice)]
        # In a session of its own, as from another terminal or a service: on Linux a
        # process's nice counts only within its session (timeline/priority.py).
        importer = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log,
                                    start_new_session=not args.shared_session)
        return [importer], lambda: importer.poll() is None
    lines = articles.read_text(encoding="utf-8").splitlines(keepends=True)
    size = -(-len(lines) // args.workers)
    for number in range(args.workers):
        part = articles.with_suffix(f".part{number + 1}.jsonl")
        part.write_text("".join(lines[number * size:(number + 1) * size]), encoding="utf-8")
        manage(env, "import_articles", str(part), "--background", stdout=log, stderr=log)
    workers = [
        subprocess.Popen(["bin/worker", "--interval", "0.5"], cwd=ROOT, env=env, stdout=log, stderr=log,
                         start_new_session=True)
        for _ in range(args.workers)
    ]
    unfinished = "SELECT count(*) FROM timeline_importrun WHERE status IN ('queued', 'running')"
    return workers, lambda: query(args.database_url, unfinished) > 0


def manage(env, *args, **kwargs):
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs)


# --trace: every probe as (phase, seconds since the bench started, page, ms or "error").
TRACE = []


# --trace with gunicorn: the threads whose schedstat each probe reads before
# and after itself, {"web": pids, "db": pids} (set at each phase's start).
PROBED = {}


def probe(base, name, headers, timings, errors):
    request = urllib.request.Request(base + "/", headers=headers)
    sched_before = {part: schedstat(pids) for part, pids in PROBED.items()}
    own = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
    own_before = [int(value) for value in own.read_text().split()[:2]] if sched_before else None
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            ok = response.status == 200
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        ok = False
    elapsed = (time.perf_counter() - started) * 1000
    TRACE.append((PHASE[0], round(started - BENCH_START, 3), name, round(elapsed, 2) if ok else "error"))
    if sched_before:
        # This probe's CPU and wait for a CPU (ms): the probing thread itself,
        # the web worker, its database backend.
        own_after = [int(value) for value in own.read_text().split()[:2]]
        spent = cpu_spent(sched_before, {part: schedstat(pids) for part, pids in PROBED.items()})
        spent["client"] = ((own_after[0] - own_before[0]) / 1e6, (own_after[1] - own_before[1]) / 1e6)
        TRACE.append((PHASE[0], round(started - BENCH_START, 3), f"sched ({name})",
                      " ".join(f"{spent[part][0]:.2f} {spent[part][1]:.2f}" for part in ("client", "web", "db"))))
    if ok:
        timings[name].append(elapsed)
    else:
        errors[name] += 1


def probe_while(base, keep_going, rate, max_seconds):
    """Probe each page in turn, `rate` requests a second, while keep_going()."""
    timings = {name: [] for name, _ in PROBES}
    errors = {name: 0 for name, _ in PROBES}
    started = time.monotonic()
    count = 0
    while keep_going() and time.monotonic() - started < max_seconds:
        name, headers = PROBES[count % len(PROBES)]
        probe(base, name, headers, timings, errors)
        count += 1
        pause = started + count / rate - time.monotonic()
        if pause > 0:
            time.sleep(pause)
    return timings, errors


class Sampler:
    """--trace on PostgreSQL: ten times a second, the data version and what
    the pages' backends (all but the importer's and this one) are doing
    (state, wait event), into the trace as ("version", t, n) and
    ("backend", t, "state/wait_event_type/wait_event")."""

    def __init__(self, url):
        self.url, self.stop = url, threading.Event()
        self.thread = threading.Thread(target=self.watch, daemon=True)
        self.thread.start()

    def watch(self):
        import psycopg

        with psycopg.connect(self.url.replace("postgres://", "postgresql://", 1), autocommit=True,
                             application_name=BENCH) as conn:
            while not self.stop.wait(0.1):
                now = round(time.perf_counter() - BENCH_START, 3)
                version = conn.execute("SELECT version FROM timeline_dataversion WHERE id = 1").fetchone()
                TRACE.append((PHASE[0], now, "version", version[0] if version else None))
                for state, kind, event, app in conn.execute(
                    "SELECT state, wait_event_type, wait_event, application_name FROM pg_stat_activity "
                    "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() "
                    "AND datname = current_database() "
                    "AND state = 'active'"
                ):
                    who = "importer" if app == IMPORTER else "page"
                    TRACE.append((PHASE[0], now, f"backend-{who}", f"{state}/{kind}/{event}"))


PHASE = ["setup"]
BENCH_START = time.perf_counter()


def percentile(values, share):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(share * (len(values) - 1))))] if values else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--database-url", default=f"sqlite:///{ROOT / 'bench' / 'data' / 'import-bench.sqlite3'}")
    parser.add_argument("--port", type=int, default=8150)
    parser.add_argument("--idle", type=float, default=30, help="seconds of probing before and after the import")
    parser.add_argument("--rate", type=float, default=4, help="probes per second")
    parser.add_argument("--max-seconds", type=float, default=1800, help="give up on the import after this long")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--nice", type=int, default=10, help="import_articles --nice (0: same priority as the site)")
    parser.add_argument("--backend-nice", type=int, default=0,
                        help="renice the import's PostgreSQL backends by this much (an experiment: needs the "
                             "server on this machine and root or its user)")
    parser.add_argument("--shared-session", action="store_true",
                        help="run import_articles in this bench's session, with the server (the bench's "
                             "way before h145); by default it gets a session of its own, as in production")
    parser.add_argument("--server", choices=("runserver", "gunicorn"), default="runserver",
                        help="runserver (threads, a database connection per request), or bin/serve's gunicorn "
                        "with one sync worker and a persistent connection, whose CPU and CPU wait per probe are "
                        "then split between the web process and its database backend")
    parser.add_argument("--trace", help="write every probe (phase, second, page, ms) to this TSV file; with "
                        "--server gunicorn each probe's CPU and wait for a CPU too (\"sched (PAGE)\": the probing "
                        "thread, the web worker, its database backend; bench/import_trace.py reads them)")
    parser.add_argument("--workers", type=int, default=0,
                        help="split the input into this many runs for as many bin/worker processes (at nice 10) "
                        "instead of one import_articles")
    args = parser.parse_args()

    (ROOT / "bench" / "data").mkdir(exist_ok=True)
    # DEBUG off refuses the development secret key (timeline/wsgi.py): a throwaway one.
    secret = os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50)
    env = {**os.environ, "DATABASE_URL": args.database_url, "DJANGO_DEBUG": "0", "PYTHONUNBUFFERED": "1",
           "DJANGO_SECRET_KEY": secret}
    fresh_database(args.database_url)
    manage(env, "migrate", "-v0")
    manage(env, "createcachetable")  # DJANGO_CACHE_URL=db, bin/serve's cache (nothing to do for the others)
    manage(env, "load_demo", "-v0")

    sys.path.insert(0, str(ROOT / "bench"))
    import json

    from generate_articles import generate

    articles = ROOT / "bench" / "data" / f"articles-{args.articles}-{args.seed}.jsonl"
    with articles.open("w", encoding="utf-8") as out:
        for item in generate(args.articles, args.seed):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")

    base = f"http://127.0.0.1:{args.port}"
    if args.server == "gunicorn":
        gunicorn = str(ROOT / ".venv" / "bin" / "gunicorn")
        command = [gunicorn, "timeline.wsgi", "--config", "python:timeline.gunicorn_conf",
                   "--bind", f"127.0.0.1:{args.port}"]
        # One worker whose connection outlives the run: its threads' and its
        # backend's schedstat cover every probe.
        server_env = {**env, "WEB_CONCURRENCY": "1", "GUNICORN_ACCESS_LOG": "0", "DATABASE_CONN_MAX_AGE": "3600"}
    else:
        command, server_env = [PYTHON, "manage.py", "runserver", f"127.0.0.1:{args.port}", "--noreload"], env
    server = subprocess.Popen(command, cwd=ROOT, env=server_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=5).read()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        vendor = "PostgreSQL" if args.database_url.startswith("postgres") else "SQLite"
        print(
            f"{vendor}, {args.articles} articles, "
            + (f"{args.workers} bin/worker(s) at nice 10, " if args.workers else f"import at nice {args.nice}, ")
            + f"probes at {args.rate}/s of {', '.join(n for n, _ in PROBES)}; "
            + f"cache {env.get('DJANGO_CACHE_URL', 'locmem')}, response cache "
            + ("off" if env.get("TIMELINE_FRAGMENT_CACHE", "1") in ("0", "false", "off", "no") else "on"),
            flush=True,
        )
        phases, splits = {}, {}
        sampler = Sampler(args.database_url) if args.trace and vendor == "PostgreSQL" else None

        def run_phase(name, keep_going, max_seconds):
            """Probe the pages while keep_going(), as phase `name`: timings, errors, load, CPU split."""
            PHASE[0] = name
            split_before = cpu_split(server, args.database_url)
            if args.trace and args.server == "gunicorn":
                PROBED.update(web=descendants(server.pid), db=page_backends(args.database_url))
            phases[name] = (*probe_while(base, keep_going, args.rate, max_seconds), load())
            splits[name] = cpu_spent(split_before, cpu_split(server, args.database_url))

        print(f"idle ... (load {load()})", flush=True)
        end = time.monotonic() + args.idle
        run_phase("idle", lambda: time.monotonic() < end, args.idle)

        print(f"import ... (load {load()})", flush=True)
        # One log per bench, so that two benches at once (two databases) keep theirs.
        log = (ROOT / "bench" / "data" / f"import-bench-{os.getpid()}.log").open("w")
        before = query(args.database_url, "SELECT count(*) FROM timeline_article")
        cpu_before = cpu_of_children()
        database_cpu = DatabaseCPU(args.database_url, args.backend_nice)
        started = time.monotonic()
        processes, going = start_import(args, {**env, "PGAPPNAME": IMPORTER}, articles, log)
        process_cpu = ProcessCPU(process.pid for process in processes)
        run_phase("during", going, args.max_seconds)
        elapsed = time.monotonic() - started
        stopped = going()
        if stopped or args.workers:
            for process in processes:  # workers, or an import past --max-seconds
                if args.workers:
                    os.killpg(process.pid, signal.SIGTERM)  # bin/worker, db_worker and its helpers
                else:
                    process.terminate()
        for process in processes:
            process.wait()
        cpu = cpu_of_children() - cpu_before
        db_cpu = database_cpu.seconds()
        split_cpu = process_cpu.seconds()
        imported = query(args.database_url, "SELECT count(*) FROM timeline_article") - before
        if not stopped and not args.workers and processes[0].returncode:
            sys.exit(f"the import failed: see {log.name}")
        print(f"after ... (load {load()})", flush=True)
        end = time.monotonic() + args.idle
        run_phase("after", lambda: time.monotonic() < end, args.idle)
    finally:
        server.terminate()
        server.wait()

    if args.trace:
        if sampler:
            sampler.stop.set()
        Path(args.trace).write_text("".join("\t".join(map(str, row)) + "\n" for row in TRACE), encoding="utf-8")
    print()
    how = f"{args.workers} worker(s)" if args.workers else "import_articles"
    print(f"import ({how}): {imported} articles in {elapsed:.1f} s = {imported / elapsed:.1f} articles/s "
          f"({vendor}; load at the end {phases['during'][2]})"
          + (f"; STOPPED after --max-seconds, {args.articles - imported} not imported" if stopped else ""))
    if not args.workers and not stopped:
        summary = Path(log.name).read_text().strip().splitlines()[-1]
        print(f"        {summary}")
    print(f"        importer CPU time (with its helper processes): {cpu:.1f} s = {imported / cpu:.1f} articles per "
          "CPU-second, what a machine with a core to spare for it would reach (the database's own time not counted)")
    if imported:
        print(f"        CPU per article: importer {cpu * 1000 / imported:.2f} ms, database server "
              f"{db_cpu * 1000 / imported:.2f} ms" + (" (SQLite: inside the importer)" if vendor == "SQLite" else ""))
        writer, helpers = (split_cpu[kind] * 1000 / imported for kind in ("writer", "helpers"))
        print(f"        of the importer's (sampled every 0.5 s): writer process {writer:.2f} ms, "
              f"engine helper process(es) {helpers:.2f} ms")
    # The pages get slower as the database grows 20x whatever runs beside
    # them: p95 during the import is compared with both idle phases, before
    # (the small database) and after (the full one).
    header = (
        f"{'page':<10} {'phase':<7} {'probes':>6} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'/before':>8} {'/after':>8} {'p99 ms':>8} {'max ms':>8}"
    )
    print(f"{header}  load (1, 5, 15 min)")
    for name, _ in PROBES:
        before_p95 = percentile(phases["idle"][0][name], 0.95)
        after_p95 = percentile(phases["after"][0][name], 0.95)
        for phase, (timings, errors, load_then) in phases.items():
            values = timings[name]
            p50, p95 = statistics.median(values) if values else float("nan"), percentile(values, 0.95)
            # The top few percent too: a probe that waits on a lock (a
            # cache miss writing, a batch's row lock) is rare enough to
            # sit above the 95th percentile.
            p99, top = percentile(values, 0.99), max(values, default=float("nan"))
            print(f"{name:<10} {phase:<7} {len(values):>6} {errors[name]:>6} {p50:>8.1f} {p95:>8.1f} "
                  f"{p95 / before_p95:>8.2f} {p95 / after_p95:>8.2f} {p99:>8.1f} {top:>8.1f}  {load_then}")


    if args.server == "gunicorn":
        # Where a probe's time goes: the web worker's CPU and its wait for a
        # CPU, its database backend's the same; the rest is I/O and locks.
        print("per probe, ms: web CPU, web waiting for a CPU, database CPU, database waiting for a CPU")
        for phase, spent in splits.items():
            count = sum(len(values) for values in phases[phase][0].values()) or 1
            web, db = spent["web"], spent["db"]
            print(f"{phase:<7} {web[0] / count:6.2f} {web[1] / count:6.2f} {db[0] / count:6.2f} {db[1] / count:6.2f}")


if __name__ == "__main__":
    main()
