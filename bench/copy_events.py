"""Make a benchmark database K times larger by copying its events, in SQL.

`manage.py generate_synthetic 1000000` spends its time in Python, building
a million model objects: about an hour on a busy 2-core machine. Copying a
database generate_synthetic filled with 100,000 events ten times takes a few
minutes and keeps every distribution it tests (category, actor, status,
precision, dates: each copy has the same), with each day holding ten times
as many events, as a million generated events would. The copies keep their
originals' articles: 100,000 events over 10,000 articles become a million
over the same 10,000 (generate_synthetic would make 100,000), so a source
or article filter matches ten times as many events, as at a million events.

    .venv/bin/python bench/copy_events.py bench/data/bench-100000.sqlite3 bench/data/bench-1000000.sqlite3 --times 10
    .venv/bin/python bench/copy_events.py postgres://postgres@127.0.0.1:5432/h35_bench100k \\
        postgres://postgres@127.0.0.1:5432/h35_bench1m --times 10

Search documents and monthly counts are rebuilt as the triggers would have
written them (on SQLite the triggers write them; on PostgreSQL they are set
aside and rebuilt in one statement each, as generate_synthetic does), and
the database is analysed at the end."""
import argparse
import importlib
import shutil
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Copied in this order on SQLite: mentions before their events, so that
# the event's search trigger indexes it once with all its sentences (a
# mention's trigger finds no event yet and writes nothing).
TABLES = [
    ("timeline_mention", {"id", "event_id"}),
    ("timeline_event_actors", {"id", "event_id"}),
    ("timeline_event", {"id"}),
]


def copy_statements(columns_of, shift, times):
    """INSERT ... SELECT statements making `times - 1` copies of every row,
    their ids and event ids moved up by multiples of `shift`."""
    statements = []
    for copy in range(1, times):
        for table, shifted in TABLES:
            columns = columns_of(table)
            values = [f"{c} + {copy * shift}" if c in shifted else c for c in columns]
            statements.append(
                f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM {table}"
                f" WHERE id <= {shift}"
            )
    return statements


def copy_sqlite(source, target, times):
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")

    def columns_of(table):
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]

    # One shift for all three tables: the largest id any of them holds.
    shift = max(conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] for table, _ in TABLES)
    conn.execute("BEGIN")
    for statement in copy_statements(columns_of, shift, times):
        started = time.perf_counter()
        conn.execute(statement)
        print(f"{statement[:60]}... {time.perf_counter() - started:.1f}s", flush=True)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def copy_postgres(source, target, times):
    import psycopg

    source_name, target_name = source.rsplit("/", 1)[1], target.rsplit("/", 1)[1]
    admin = source.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin.replace("postgres://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target_name}"')
        conn.execute(f'CREATE DATABASE "{target_name}" TEMPLATE "{source_name}"')
    search = importlib.import_module("timeline.migrations.0026_search_incremental")
    counts = importlib.import_module("timeline.migrations.0013_event_month_counts")
    with psycopg.connect(target.replace("postgres://", "postgresql://")) as conn:

        def columns_of(table):
            return [row[0] for row in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position",
                [table],
            )]

        shift = max(conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] for table, _ in TABLES)
        conn.execute("SET LOCAL session_replication_role = replica")  # no triggers, no foreign-key checks
        for statement in copy_statements(columns_of, shift, times):
            started = time.perf_counter()
            conn.execute(statement)
            print(f"{statement[:60]}... {time.perf_counter() - started:.1f}s", flush=True)
        conn.execute(f"{search.UPSERT} {search.FULL} WHERE e.id > {shift}")
        conn.execute(f"TRUNCATE {counts.TABLE}")
        conn.execute(counts.POSTGRES_FORWARD[0])
        conn.execute("UPDATE timeline_dataversion SET version = version + 1")
        for table, _ in TABLES:
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    with psycopg.connect(target.replace("postgres://", "postgresql://"), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", help="an SQLite file or a postgres:// URL")
    parser.add_argument("target", help="the same kind; replaced")
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args()
    started = time.perf_counter()
    if args.source.startswith("postgres"):
        copy_postgres(args.source, args.target, args.times)
    else:
        copy_sqlite(args.source, args.target, args.times)
    print(f"done in {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
