"""Server time of every request a page view of the timeline causes, at scale,
beside Datasette serving the same SQLite file.

A person opening or filtering the timeline causes: the page (or, with htmx,
the results partial), then, loaded after it, the count of matches, the
overview strip and the facets; following "Earlier events" asks for the next
page. For each filter combination below this times each of those requests
through Django's test client (median and 95th percentile of server time,
CPU time per request of this process and, on PostgreSQL, of its backend
(not of parallel workers), SQL queries per request), and the same list, facet and search queries
answered by Datasette 0.65.5 from the same SQLite file (in-process through
its ASGI client, facet suggestions off, no row count), printing the ratio.

    .venv/bin/python bench/browse_speed.py --events 100000                 # SQLite
    .venv/bin/python bench/browse_speed.py --events 100000 --postgres      # PostgreSQL at 127.0.0.1
    .venv/bin/python bench/browse_speed.py --events 1000000 --http /tmp/h7-before   # + requests/s over gunicorn

The data are `manage.py generate_synthetic` events (its distributions are
tested in tests/test_commands.py), kept between runs: bench/data/ for
SQLite (git-ignored), databases h7bench100k and h7bench (1M) on PostgreSQL
(--pg-name to choose another), so only the first run at a size pays for the
filling (bench/copy_events.py makes a 1M database from a 100k one in
minutes). The load average is printed beside every table: the machine is
shared, and the wall time follows the share of the cores the bench gets;
the CPU time does not.

--http DIR... also serves the same database with gunicorn as bin/serve runs
it (DEBUG off, timeline/gunicorn_conf.py, the database cache; --workers,
--threads, --cache-url to try others) from this worktree and from each DIR
given (e.g. a worktree of the code before a change), and drives each with
the same small bounded HTTP client, printing requests/s for the page and the
filtered partial, fragment cache off (each request does a first visitor's
work), and for this worktree also with the cache on (the same URL again:
the bench's client has no session, so the page and the partial come whole
from the response cache, timeline/response_cache.py).

    .venv/bin/python bench/browse_speed.py --events 100000 --postgres --skip-app --http /tmp/before
"""
import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KOREA = "korea-democratic-peoples-republic-of"
# (name, query); the person's filters. The last ones are rare combinations,
# where a plan that walks an index waiting for matches would read the table.
CASES = [
    ("everything", ""),
    ("category", "category=missile-launch"),
    ("dates", "date_from=March+2023&date_to=May+2023"),
    ("common category + dates", "category=statement&date_from=March+2023&date_to=May+2023"),
    ("actor + category", f"actor={KOREA}&category=missile-launch"),
    ("search", "q=missile"),
    ("source", "source=Harbor+Wire"),
    ("article", "article=1"),
    ("confirmed, oldest first", "sort=oldest&status=confirmed"),
    ("rare: sports + source + year", "category=sports&source=Meridian+News&date_from=2024&date_to=2024"),
    ("rare: actor + month precision + search", "actor=japan&precision=month&q=drills"),
]
# What each case's page view asks for: (request, path, htmx).
REQUESTS = [
    ("page", "/", False),
    ("partial", "/", True),
    ("count", "/count/", True),
    ("overview", "/overview/", True),
    ("facets", "/facets/", True),
    ("next page", "/", True),
]


def load():
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def database_url(events, postgres, pg_name):
    if postgres:
        name = pg_name or ("h7bench" if events >= 1_000_000 else f"h7bench{events // 1000}k")
        return f"postgres://postgres@127.0.0.1:5432/{name}", name
    data = ROOT / "bench" / "data"
    data.mkdir(exist_ok=True)
    return f"sqlite:///{data / f'bench-{events}.sqlite3'}", None


def prepare(events, postgres, pg_name):
    url, name = database_url(events, postgres, pg_name)
    if postgres:
        import psycopg

        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    import django

    django.setup()
    from django.core.management import call_command

    from timeline.models import Event

    call_command("migrate", verbosity=0)
    have = Event.objects.count()
    if have < events:
        print(f"filling: {have} events present, creating {events - have} more ...", flush=True)
        call_command("generate_synthetic", events - have, "--yes", "--seed", str(have + 1), "--batch", "10000")
    # Fresh statistics, as a maintained database has them (SQLite's query
    # planner otherwise guesses and may walk the date index from the start).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return url, name


def percentiles(timings):
    timings = sorted(timings)
    p95 = timings[min(len(timings) - 1, int(round(0.95 * (len(timings) - 1))))]
    return statistics.median(timings), p95


def backend_pid():
    """The PostgreSQL backend's process id, None on SQLite (which runs in this process)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def measure(client, url, htmx, repeat):
    """(median ms, p95 ms, CPU ms per request, queries, last response).

    The CPU time is this process's (Django, and SQLite, which runs in it)
    plus, on PostgreSQL, its backend's, averaged over the timed requests:
    on a shared machine the wall time mostly follows the share of the
    cores the bench gets, the CPU time does not."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    timings, queries, response, cpu = [], 0, None, 0.0
    for run in range(repeat + 1):
        pid = backend_pid()
        backend = cpu_seconds([pid]).get(pid, 0) if pid else 0
        own = time.process_time()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, **headers)
            if response.streaming:
                for _ in response.streaming_content:
                    pass
            elapsed = time.perf_counter() - started
        assert response.status_code == 200, (url, response.status_code)
        if run:  # the first request warms caches and is not counted
            timings.append(elapsed * 1000)
            cpu += time.process_time() - own + (cpu_seconds([pid]).get(pid, 0) - backend if pid else 0)
        queries = len(captured)
    return (*percentiles(timings), cpu * 1000 / max(repeat, 1), queries, response)


def next_url(response):
    import re
    from html import unescape

    match = re.search(r'id="pager-next" href="([^"]+)"', response.content.decode())
    return unescape(match.group(1)) if match else None


def app_table(args):
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from timeline.models import Event

    # Timed uncached: every figure is the work a first visitor causes.
    settings.TIMELINE_FRAGMENT_CACHE = False
    client = Client()
    total = Event.objects.count()
    results = {}
    print(f"\n## The app: {connection.vendor}, {total} events, fragment cache off; load average {load()} (before)")
    print(f"{'case':<40} {'request':<10} {'median ms':>9} {'p95 ms':>8} {'CPU ms':>7} {'queries':>7}")
    for case, query in CASES:
        partial_response = None
        for request, path, htmx in REQUESTS:
            url = f"{path}?{query}" if query else path
            if request == "next page":
                url = next_url(partial_response) if partial_response is not None else None
                if url is None:
                    print(f"{case:<40} {request:<10} {'(one page only)':>27}")
                    continue
            median, p95, cpu, queries, response = measure(client, url, htmx, args.repeat)
            if request == "partial":
                partial_response = response
            results[case, request] = (median, p95, cpu)
            print(f"{case:<40} {request:<10} {median:>9.1f} {p95:>8.1f} {cpu:>7.1f} {queries:>7}", flush=True)
    print(f"load average {load()} (after)")
    return results


# Datasette's equivalents, on the events table alone: filters it can say
# (column filters, _where for the joins, its own FTS search), the list as 30
# rows by date, newest first, without counting; one facet at a time.
def datasette_queries():
    import sqlite3

    from django.conf import settings

    path = settings.DATABASES["default"]["NAME"]
    with sqlite3.connect(path) as conn:
        categories = dict(conn.execute("SELECT slug, id FROM timeline_category"))
        actors = dict(conn.execute("SELECT slug, id FROM timeline_actor WHERE slug IN (?, 'japan')", [KOREA]))
    visible = [("status__in", "proposed,confirmed")]
    fts = [("_fts_table", "timeline_event_fts"), ("_fts_pk", "id")]
    equivalents = {
        "everything": visible,
        "category": visible + [("category_id", categories["missile-launch"])],
        "dates": visible + [("date__gte", "2023-03-01"), ("date__lte", "2023-05-31")],
        "common category + dates": visible
        + [("category_id", categories["statement"]), ("date__gte", "2023-03-01"), ("date__lte", "2023-05-31")],
        "actor + category": visible
        + [
            ("category_id", categories["missile-launch"]),
            ("_where", f"id in (select event_id from timeline_event_actors where actor_id = {actors[KOREA]})"),
        ],
        "search": visible + fts + [("_search", "missile")],
        "source": visible
        + [
            (
                "_where",
                "id in (select m.event_id from timeline_mention m join timeline_article a on a.id = m.article_id"
                " where a.source = 'Harbor Wire')",
            )
        ],
    }
    return path, equivalents


def datasette_table(args, app_results):
    from datasette.app import Datasette

    path, equivalents = datasette_queries()
    name = Path(path).stem
    ds = Datasette(
        [path],
        settings={"suggest_facets": False, "sql_time_limit_ms": 60_000, "facet_time_limit_ms": 60_000},
    )

    async def run():
        await ds.invoke_startup()
        rows = []
        for case, params in equivalents.items():
            for request, extra in [
                ("partial", [("_sort_desc", "date"), ("_size", "30"), ("_nocount", "1")]),
                ("facets", [("_facet", "category_id"), ("_size", "0"), ("_nocount", "1")]),
            ]:
                figures = []
                for suffix in ("", ".json"):  # its HTML page, as the app's, and its JSON
                    url = f"/{name}/timeline_event{suffix}?" + urllib.parse.urlencode(params + extra)
                    timings, cpu = [], 0.0
                    for run in range(args.repeat + 1):
                        own = time.process_time()  # every thread's: Datasette queries in threads
                        started = time.perf_counter()
                        response = await ds.client.get(url)
                        elapsed = time.perf_counter() - started
                        assert response.status_code == 200, (url, response.status_code, response.text[:300])
                        if run:
                            timings.append(elapsed * 1000)
                            cpu += time.process_time() - own
                    figures.append((*percentiles(timings), cpu * 1000 / max(args.repeat, 1)))
                rows.append((case, request, *figures))
        return rows

    print(f"\n## Datasette {datasette_version()} on the same SQLite file, suggestions off, no count;"
          f" load average {load()} (before)")
    print(f"{'case':<40} {'request':<10} {'HTML median/p95':>16} {'JSON median/p95':>16} {'app median':>10}"
          f" {'app/HTML':>8} {'app/JSON':>8} {'CPU ms HTML/app':>15} {'app/HTML CPU':>12}")
    nan = (float("nan"),) * 3
    for case, request, (html, html95, html_cpu), (js, js95, _) in asyncio.run(run()):
        ours, _, our_cpu = app_results.get((case, request), nan)
        print(f"{case:<40} {request:<10} {html:>7.1f}/{html95:<8.1f} {js:>7.1f}/{js95:<8.1f} {ours:>10.1f}"
              f" {ours / html:>8.2f} {ours / js:>8.2f} {html_cpu:>7.1f}/{our_cpu:<7.1f} {our_cpu / html_cpu:>12.2f}",
              flush=True)
    print(f"load average {load()} (after); ratio < 1: the app is faster")


def datasette_version():
    from importlib.metadata import version

    return version("datasette")


# Throughput over HTTP: gunicorn, DEBUG off, the same client for every server.

def varied_filters():
    """Some 1,700 filter combinations of the kinds bench/locustfile.py sends,
    each asked for once in turn: with the fragment cache on, most are misses
    (a cached fragment is reused only for the same URL), as under locust."""
    years = [str(year) for year in range(2015, 2025)]
    queries = [f"category={category}&date_from={year}" for category in (
        "missile-launch", "military-exercise", "diplomatic-meeting", "statement", "election", "business",
    ) for year in years]
    queries += [f"date_from={month}+{year}" for month in ("January", "March", "April", "June", "September",
                                                           "November") for year in years]
    queries += [f"source={source}&date_from={year}" for source in (
        "Harbor+Wire", "Northern+Ledger", "Pacific+Dispatch", "Capital+Courier", "Meridian+News") for year in years]
    queries += [f"date_from={start}&date_to={end}" for start in years for end in years if start <= end]
    queries += [f"actor={actor}" for actor in ("japan", KOREA, "united-states", "united-nations", "nato")]
    return ["/?" + query + sort + precision for query in queries for sort in ("", "&sort=oldest")
            for precision in ("", "&precision=day", "&precision=month")]


HTTP_CASES = [
    ("page", ["/"], False),
    ("filtered partial", ["/?category=missile-launch&date_from=2023"], True),
    ("varied partials", varied_filters(), True),
]


def hammer(port, paths, htmx, seconds, concurrency):
    """Requests/s and error count of `concurrency` threads each sending
    requests one after the other for `seconds` (keep-alive off, as gunicorn's
    sync workers close every connection), for `paths` in turn."""
    import http.client
    import itertools

    turn = itertools.count()
    stop = time.perf_counter() + seconds
    done, errors, lock = [0], [0], threading.Lock()
    headers = {"HX-Request": "true"} if htmx else {}

    def worker():
        while time.perf_counter() < stop:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                conn.request("GET", paths[next(turn) % len(paths)], headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
            finally:
                conn.close()
            with lock:
                done[0] += ok
                errors[0] += not ok

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done[0] / (time.perf_counter() - started), errors[0], done[0] + errors[0]


def cpu_seconds(pids):
    """{pid: user + system CPU seconds} of these processes (Linux /proc)."""
    times = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        times[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return times


def server_processes(process, pg_name):
    """(gunicorn's workers, PostgreSQL's backends for the database): the
    processes whose CPU time a request costs."""
    workers = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    backends = []
    if pg_name:
        import psycopg

        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
            rows = conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [pg_name]).fetchall()
            backends = [str(pid) for pid, in rows]
    return [int(pid) for pid in workers], [int(pid) for pid in backends]


def serve(directory, port, url, args, cache="1"):
    """gunicorn as bin/serve runs it (its config file: preloaded app, sync
    workers unless threads are asked for; the shared database cache) on
    `url`, from `directory`'s code."""
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "bench-" + "x" * 50,
           "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost", "TIMELINE_FRAGMENT_CACHE": cache,
           "DJANGO_CACHE_URL": args.cache_url, "WEB_CONCURRENCY": str(args.workers),
           "GUNICORN_THREADS": str(args.threads), "GUNICORN_ACCESS_LOG": "0"}
    python = Path(directory) / ".venv" / "bin" / "python"
    if not python.exists():
        python = ROOT / ".venv" / "bin" / "python"
    has_config = (Path(directory) / "timeline" / "gunicorn_conf.py").exists()
    config = ["--config", "python:timeline.gunicorn_conf"] if has_config else []
    if args.cache_url == "db":
        subprocess.run([str(python), "manage.py", "createcachetable"], cwd=directory, env=env, check=True)
    # Emptied for each server: the servers share the cache table, and one
    # would otherwise answer from responses another stored (the same data
    # version), timing hits where a first visitor's misses were meant.
    subprocess.run(
        [str(python), "manage.py", "shell", "-c", "from django.core.cache import cache; cache.clear()"],
        cwd=directory, env=env, check=True,
    )
    process = subprocess.Popen(
        [str(python), "-m", "gunicorn", "timeline.wsgi", *config, "-b", f"127.0.0.1:{port}", "-w", str(args.workers),
         "--log-level", "warning"],
        cwd=directory, env=env, stdout=subprocess.DEVNULL,
    )
    import http.client

    for _ in range(300):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/count/")
            conn.getresponse().read()
            return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError(f"gunicorn in {directory} did not start")


def http_table(args, url, pg_name):
    worker_kind = f"{args.threads} threads each" if args.threads > 1 else "sync"
    print(f"\n## Requests/s over HTTP: gunicorn as bin/serve runs it, {args.workers} workers ({worker_kind}),"
          f" DEBUG off, cache {args.cache_url}, {args.concurrency} clients for {args.seconds:g} s each")
    # The machine is shared: requests/s follow the share of the cores the
    # servers get. The CPU time each request costs the app and PostgreSQL
    # does not, and says what two free cores would serve (the client's own
    # CPU left out).
    print(f"{'code':<40} {'request':<18} {'req/s':>7} {'errors':>6} {'app CPU ms':>10} {'PG CPU ms':>9}"
          f" {'2 cores req/s':>13}  load average")
    # Fragment cache off: every request does the work a first visitor (or a
    # new filter combination) causes; on: the same URL again is a hit, and
    # the varied partials mostly miss (as under locust).
    servers = [(f"{label}, cache {state}", directory, cache) for label, directory in
               [*((directory, directory) for directory in args.http), ("this worktree", str(ROOT))]
               for state, cache in (("off", "0"), ("on", "1"))]
    for index, (label, directory, cache) in enumerate(servers):
        port = args.port + index
        process = serve(directory, port, url, args, cache)
        try:
            for name, path, htmx in HTTP_CASES:
                hammer(port, path[-20:], htmx, 1, 2)  # warm up the workers (on URLs timed last, if at all)
                workers, backends = server_processes(process, pg_name)
                before = cpu_seconds(workers + backends)
                rate, errors, count = hammer(port, path, htmx, args.seconds, args.concurrency)
                workers, backends = server_processes(process, pg_name)
                after = cpu_seconds(workers + backends)
                app, pg = (
                    1000 * sum(after[pid] - before.get(pid, 0) for pid in pids if pid in after) / max(count, 1)
                    for pids in (workers, backends)
                )
                capacity = 2000 / (app + pg) if app + pg else float("nan")
                print(f"{label:<40} {name:<18} {rate:>7.1f} {errors:>6} {app:>10.1f} {pg:>9.1f} {capacity:>13.0f}"
                      f"  {load()}", flush=True)
        finally:
            process.terminate()
            process.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--pg-name", help="PostgreSQL database name (default h7bench for 1M, h7benchNk below)")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--only", help="only the cases whose name contains this")
    parser.add_argument("--no-datasette", action="store_true")
    parser.add_argument("--http", nargs="*", default=None, metavar="DIR", help="also measure requests/s")
    parser.add_argument("--port", type=int, default=8170)
    parser.add_argument("--workers", type=int, default=os.cpu_count() * 2 + 1, help="default: as bin/serve")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker (gthread when > 1)")
    parser.add_argument("--cache-url", default="db", help="DJANGO_CACHE_URL of the servers (bin/serve: db)")
    parser.add_argument("--skip-app", action="store_true", help="only the HTTP table")
    args = parser.parse_args()
    if args.only:
        CASES[:] = [case for case in CASES if args.only in case[0]]
    url, pg_name = prepare(args.events, args.postgres, args.pg_name)
    results = {} if args.skip_app else app_table(args)
    if not args.postgres and not args.no_datasette:
        datasette_table(args, results)
    if args.http is not None:
        http_table(args, url, pg_name)


if __name__ == "__main__":
    main()
