"""Where a bulk import's writing time goes: the writer (jobs.process_batch
without the engine) profiled batch by batch, with the queries it sends.

Starts from a fresh benchmark database holding the demo articles (as
bench/import_speed.py does), queues N generated articles as one run,
extracts them all first (the engine is not what this measures), then writes
the run's batches with the engine's results at hand and prints:

- the writer's CPU time per article, and the database server's (PostgreSQL:
  the backend process's CPU time from /proc; SQLite runs inside the writer);
- queries per batch, and the statements that took longest, summed by their
  first words;
- the cProfile functions with the most time of their own, and the writer's
  main steps by cumulative time.

    .venv/bin/python bench/import_profile.py --articles 2000 \\
        --database-url postgres://postgres@127.0.0.1:5432/timeline_profile
    .venv/bin/python bench/import_profile.py --articles 2000 --database-url sqlite:////tmp/profile.sqlite3
"""
import argparse
import cProfile
import io
import json
import os
import pstats
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable


def backend_cpu(connection):
    """CPU seconds of this connection's PostgreSQL backend so far (0 on SQLite)."""
    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Queries:
    """connection.execute_wrapper counting statements and their time."""

    def __init__(self):
        self.count, self.time = 0, defaultdict(float)
        self.calls = defaultdict(int)
        self.batch = 0
        # {batch number: {statement: seconds}}: what grows with the tables.
        self.by_batch = defaultdict(lambda: defaultdict(float))

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            key = re.sub(r"\s+", " ", sql.strip())[:90]
            self.count += 1
            elapsed = time.perf_counter() - started
            self.time[key] += elapsed
            self.calls[key] += 1
            self.by_batch[self.batch][key] += elapsed


class Stages:
    """Wall, writer CPU and database server CPU of a batch's stages: the
    functions of STAGES wrapped, each stage's time its own (the stages it
    calls counted to them), summed over the run."""

    def __init__(self, connection):
        self.connection, self.stack, self.pid = connection, [], None
        self.totals = defaultdict(lambda: [0.0, 0.0, 0.0, 0])

    def clock(self):
        if self.connection.vendor != "postgresql":
            return time.monotonic(), time.process_time(), 0.0
        if self.pid is None:
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                self.pid = cursor.fetchone()[0]
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return time.monotonic(), time.process_time(), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def wrap(self, owner, name, label):
        found = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
        kind = type(found) if isinstance(found, (staticmethod, classmethod)) else None
        original = found.__func__ if kind else found
        stages = self

        def timed(*args, **kwargs):
            start = stages.clock()
            stages.stack.append([0.0, 0.0, 0.0])
            try:
                return original(*args, **kwargs)
            finally:
                end = stages.clock()
                inner = stages.stack.pop()
                spent = [b - a for a, b in zip(start, end, strict=True)]
                total = stages.totals[label]
                for i in range(3):
                    total[i] += spent[i] - inner[i]
                    if stages.stack:
                        stages.stack[-1][i] += spent[i]
                total[3] += 1

        setattr(owner, name, kind(timed) if kind else timed)

    def report(self, articles):
        print("\nstages, ms per article (wall / writer CPU / database server CPU), calls:")
        rows = sorted(self.totals.items(), key=lambda kv: -kv[1][0])
        for label, (wall, cpu, db, calls) in rows:
            print(f"{wall * 1000 / articles:7.3f} {cpu * 1000 / articles:7.3f} {db * 1000 / articles:7.3f} "
                  f"{calls:7}  {label}")
        wall, cpu, db = (sum(row[i] for _, row in rows) for i in range(3))
        print(f"{wall * 1000 / articles:7.3f} {cpu * 1000 / articles:7.3f} {db * 1000 / articles:7.3f}"
              "           all stages")


class Collections:
    """Time the writer spends in Python's cyclic garbage collector
    (gc.callbacks), by generation."""

    def __init__(self):
        import gc

        self.started, self.seconds, self.counts = None, defaultdict(float), defaultdict(int)
        gc.callbacks.append(self)

    def __call__(self, phase, info):
        if phase == "start":
            self.started = time.process_time()
        elif self.started is not None:
            self.seconds[info["generation"]] += time.process_time() - self.started
            self.counts[info["generation"]] += 1

    def report(self, articles):
        print("garbage collections while writing: " + ", ".join(
            f"generation {g}: {self.counts[g]} taking {self.seconds[g] * 1000 / articles:.3f} ms CPU per article"
            for g in sorted(self.counts)))


def instrument(stages):
    """Wrap the writer's stages (Stages) where their callers look them up."""
    from timeline import importing, jobs, models

    writer = importing.EventWriter
    for owner, name, label in [
        (jobs, "process_batch", "process_batch: run row, version, position (own)"),
        (jobs, "write_imports", "write_imports: articles built, bulk_create (own)"),
        (jobs, "stored_articles", "stored_articles: already stored?"),
        (jobs, "record_history", "record_history (articles)"),
        (writer, "write", "write: lock, settings, search documents (own)"),
        (writer, "write_events", "write_events: matching, rows built (own)"),
        (writer, "candidates", "candidates: days around, actors (own)"),
        (writer, "prefetch_actors", "prefetch_actors"),
        (writer, "link_anchors", "link_anchors"),
        (writer, "refine_stored", "refine_stored"),
        (writer, "link_actors", "link_actors (own)"),
        (writer, "read_first_published", "read_first_published"),
        (writer, "dated_by_person", "dated_by_person"),
        (importing, "candidate_tuples", "candidates: same keys"),
        (importing, "insert_rows", "insert_rows (events, mentions, links)"),
        (importing, "record_history", "record_history (mentions, events)"),
        (importing, "record_event_history", "record_event_history: actors' rows (own)"),
        (importing, "settle_stages", "settle_stages"),
        (importing, "link_summaries", "link_summaries"),
        (models.EventQuerySet, "refresh_disputes", "refresh_disputes"),
        (jobs, "forget_sources", "forget_sources"),
    ]:
        stages.wrap(owner, name, label)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--output", help="save the cProfile statistics to this file")
    parser.add_argument("--stages", action="store_true",
                        help="time the writer's stages (wall, writer CPU, database CPU; with --no-profile)")
    parser.add_argument("--no-profile", action="store_true",
                        help="no cProfile (its overhead doubles the writer's Python time): times and queries only, "
                        "e.g. under py-spy")
    args = parser.parse_args()

    from import_speed import fresh_database

    env = {**os.environ, "DATABASE_URL": args.database_url}
    fresh_database(args.database_url)
    subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([PYTHON, "manage.py", "load_demo", "-v0"], cwd=ROOT, env=env, check=True)
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    import django

    django.setup()
    from django.db import connection
    from generate_articles import generate

    from timeline import jobs
    from timeline.bulk_extract import extract_all
    from timeline.models import Event, ImportRun, Mention

    content = "\n".join(json.dumps(item) for item in generate(args.articles, args.seed))
    run = jobs.create_import_run(jobs.checked(jobs.read_jsonl("bench", content)), label="profile")
    items = list(run.items.order_by("position"))
    started = time.process_time()
    results = extract_all({item.pk: (item.data["text"], jobs.item_fields(item)["published"]) for item in items})
    extraction = time.process_time() - started

    class Ready:
        """An Extractor whose results are all in already."""

        def results(self, key, inputs):
            return {pk: results[pk] for pk in key if pk in results}

        def start(self, key, inputs):
            pass

    stages = Stages(connection)
    if args.stages:
        instrument(stages)
    queries, profile, batches = Queries(), cProfile.Profile(), 0
    collections = Collections()
    cpu, db_cpu = time.process_time(), backend_cpu(connection)
    wall = time.monotonic()
    walls, cpus, db_cpus = [], [], []
    with connection.execute_wrapper(queries):
        while True:
            run = ImportRun.objects.get(pk=run.pk)
            queries.batch = batches
            if not args.no_profile:
                profile.enable()
            batch_started = time.monotonic(), time.process_time(), backend_cpu(connection)
            outcome = jobs.process_batch(run, extractor=Ready())
            profile.disable()
            if outcome is None:
                break
            walls.append(time.monotonic() - batch_started[0])
            cpus.append(time.process_time() - batch_started[1])
            db_cpus.append(backend_cpu(connection) - batch_started[2])
            batches += 1
    wall = time.monotonic() - wall
    cpu, db_cpu = time.process_time() - cpu, backend_cpu(connection) - db_cpu
    import gc

    gc.callbacks.remove(collections)
    run = ImportRun.objects.get(pk=run.pk)
    print(f"{connection.vendor}, {run.created} articles in {batches} batches; load {os.getloadavg()}")
    print(f"events {Event.objects.count()}, mentions {Mention.objects.count()}; "
          f"new events {run.new_events}, known {run.known_events}")
    print(f"extraction (engine, not profiled): {extraction * 1000 / len(items):.2f} ms CPU per article")
    print(f"writing: {wall:.1f} s wall, writer {cpu * 1000 / run.created:.2f} ms CPU per article, "
          f"database server {db_cpu * 1000 / run.created:.2f} ms; {queries.count / batches:.0f} queries per batch")
    print("\nstatements by total time (ms), calls:")
    for sql, seconds in sorted(queries.time.items(), key=lambda kv: -kv[1])[:15]:
        print(f"{seconds * 1000:9.0f} {queries.calls[sql]:6}  {sql}")
    # Per batch, the first and the last tenth of the run: what grows with the
    # tables (a batch's cost should not).
    tenth = max(1, batches // 10)
    for label, part in (("first", slice(0, tenth)), ("last", slice(batches - tenth, batches))):
        count = len(walls[part])
        print(f"\n{label} {count} batches, per batch: wall {sum(walls[part]) * 1000 / count:.0f} ms, writer CPU "
              f"{sum(cpus[part]) * 1000 / count:.0f} ms, database server CPU "
              f"{sum(db_cpus[part]) * 1000 / count:.0f} ms; statements by time per batch (ms):")
        totals = defaultdict(float)
        for number in range(batches)[part]:
            for sql, seconds in queries.by_batch[number].items():
                totals[sql] += seconds
        for sql, seconds in sorted(totals.items(), key=lambda kv: -kv[1])[:8]:
            print(f"{seconds * 1000 / count:9.1f}  {sql}")
    collections.report(run.created)
    if args.stages:
        stages.report(run.created)
    if args.no_profile:
        return
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(r"timeline/(importing|jobs|stages|claims|models|history)", args.top)
    print(re.sub(r"\n\s*\n+", "\n", out.getvalue()))
    if args.output:
        stats.dump_stats(args.output)


if __name__ == "__main__":
    main()
