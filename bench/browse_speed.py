"""Server time of the timeline at scale: full page, htmx partial, overview and export.

Fills a benchmark database of its own (never the app's) with N synthetic
events (manage.py generate_synthetic), then requests each page with common
filter combinations through Django's test client, and prints the median and
95th percentile of server time and the number of SQL queries per request.

    .venv/bin/python bench/browse_speed.py --events 100000                 # SQLite
    .venv/bin/python bench/browse_speed.py --events 100000 --postgres      # PostgreSQL at 127.0.0.1

The database is kept between runs (bench/data/ for SQLite, database
timeline_bench_N on PostgreSQL), so only the first run at a size pays for the
filling.
"""
import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CASES = [
    # (name, path, query, htmx)
    ("full page", "/", "", False),
    ("partial", "/", "", True),
    ("partial", "/", "category=missile-launch", True),
    ("partial", "/", "date_from=March+2023&date_to=May+2023", True),
    ("partial", "/", "actor=korea-democratic-peoples-republic-of&category=missile-launch", True),
    ("partial", "/", "q=missile", True),
    ("partial", "/", "source=Harbor+Wire", True),
    ("partial", "/", "article=1", True),
    ("partial", "/", "sort=newest&status=confirmed", True),
    ("count", "/count/", "q=missile", True),
    ("count", "/count/", "actor=korea-democratic-peoples-republic-of&category=missile-launch", True),
    ("overview", "/overview/", "", True),
    ("overview", "/overview/", "category=missile-launch&date_from=2023", True),
    ("export csv", "/export/csv/", "category=missile-launch&date_from=March+2023&date_to=March+2023", False),
]


def prepare(events, postgres):
    if postgres:
        import psycopg

        name = f"timeline_bench_{events}"
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{name}"
    else:
        data = ROOT / "bench" / "data"
        data.mkdir(exist_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{data / f'bench-{events}.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    from django.core.management import call_command

    from timeline.models import Event

    call_command("migrate", verbosity=0)
    have = Event.objects.count()
    if have < events:
        print(f"filling: {have} events present, creating {events - have} more ...", flush=True)
        call_command("generate_synthetic", events - have, "--yes", "--seed", str(have + 1))
    # Fresh statistics, as a maintained database has them (SQLite's query
    # planner otherwise guesses and may walk the date index from the start).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(client, path, query, htmx, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    url = f"{path}?{query}" if query else path
    timings, queries = [], 0
    for run in range(repeat + 1):
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
        queries = len(captured)
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(round(0.95 * (len(timings) - 1))))]
    return statistics.median(timings), p95, queries


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    prepare(args.events, args.postgres)

    from django.db import connection
    from django.test import Client

    from timeline.models import Event

    client = Client()
    database = connection.vendor
    total = Event.objects.count()
    print(f"database {database}, {total} events, load average {os.getloadavg()[0]:.2f}")
    print(f"{'page':<11} {'filters':<70} {'events':>8} {'db':<10} {'median ms':>9} {'p95 ms':>8} {'queries':>7}")
    for name, path, query, htmx in CASES:
        median, p95, queries = measure(client, path, query, htmx, args.repeat)
        print(f"{name:<11} {query or '(none)':<70} {total:>8} {database:<10} {median:>9.1f} {p95:>8.1f} {queries:>7}")


if __name__ == "__main__":
    main()
