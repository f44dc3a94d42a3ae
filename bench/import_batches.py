"""A bulk import's writing, measured on a large database in a minute: a
copy of a template database (one that bench/import_profile.py left, e.g.
20,000 articles), onto which the next N generated articles (the same
generator and seed, continued) are written batch by batch with the engine's
results at hand, as import_profile does. Prints the writer's and the
PostgreSQL backend's CPU per article, so that two trees' code can be
compared on the same data, alternated:

    flock /work/team/heavy.lock nice -n 5 .venv/bin/python bench/import_batches.py \\
        --template imp_prof0 --database imp_ab --skip 20000 --articles 1000 [--repeat 3]

Run from each tree (cd into it): the code measured is the current
directory's. PostgreSQL only.
"""
import argparse
import contextlib
import cProfile
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
BASE = "postgres://postgres@127.0.0.1:5432/"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--template", required=True, help="database to copy (left by import_profile)")
    parser.add_argument("--database", required=True, help="the copy's name (dropped and made anew)")
    parser.add_argument("--skip", type=int, default=20000, help="generated articles the template holds")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", help="save the writer's cProfile statistics to this file")
    parser.add_argument("--explain", type=int, metavar="MS",
                        help="have auto_explain log the plans of statements slower than this to the server's log")
    parser.add_argument("--callgrind", action="store_true",
                        help="under valgrind --tool=callgrind --instr-atstart=no: count only the writing")
    parser.add_argument("--stored", help="write bench/stored_digest.py's digest of the copy to this file")
    parser.add_argument("--statements", type=int, metavar="N", default=0,
                        help="print the N statements that took the writer longest to wait for (client side: "
                        "sent to answered), per batch, and the share of the writing spent waiting")
    args = parser.parse_args()

    def psql(sql):
        subprocess.run(["psql", "-q", "-U", "postgres", "-h", "127.0.0.1", "-d", "postgres", "-c", sql], check=True)

    os.environ["DATABASE_URL"] = BASE + args.database
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    import django

    django.setup()
    from django.db import connection
    from generate_articles import generate
    from import_profile import Queries, backend_cpu

    from timeline import jobs
    from timeline.bulk_extract import extract_all
    from timeline.models import ImportRun

    articles = list(generate(args.skip + args.articles, args.seed))[args.skip:]
    content = "\n".join(json.dumps(item) for item in articles)
    results = None

    class Ready:
        def results(self, key, inputs):
            return {pk: results[pk] for pk in key if pk in results}

        def start(self, key, inputs):
            pass

    for _ in range(args.repeat):
        connection.close()
        psql(f"DROP DATABASE IF EXISTS {args.database}")
        psql(f"CREATE DATABASE {args.database} TEMPLATE {args.template}")
        # This tree's migrations, on the template's tables.
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, check=True)
        if args.explain is not None:
            with connection.cursor() as cursor:
                cursor.execute("LOAD 'auto_explain'")
                for name, value in [("log_min_duration", args.explain), ("log_analyze", "on"),
                                    ("log_buffers", "on"), ("log_nested_statements", "on")]:
                    cursor.execute(f"SET auto_explain.{name} = '{value}'")
        run = jobs.create_import_run(jobs.checked(jobs.read_jsonl("bench", content)), label="batches")
        items = list(run.items.order_by("position"))
        if results is None or set(results) != {item.pk for item in items}:
            results = extract_all({item.pk: (item.data["text"], jobs.item_fields(item)["published"])
                                   for item in items})
        profile = cProfile.Profile() if args.profile else None
        if args.callgrind:
            subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
        queries = Queries()
        cpu, db_cpu, wall = time.process_time(), backend_cpu(connection), time.monotonic()
        batches = 0
        with connection.execute_wrapper(queries) if args.statements else contextlib.nullcontext():
            while True:
                run = ImportRun.objects.get(pk=run.pk)
                if profile:
                    profile.enable()
                done = jobs.process_batch(run, extractor=Ready()) is None
                if profile:
                    profile.disable()
                if done:
                    break
                batches += 1
        if args.callgrind:
            subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)
        cpu, db_cpu, wall = time.process_time() - cpu, backend_cpu(connection) - db_cpu, time.monotonic() - wall
        run = ImportRun.objects.get(pk=run.pk)
        print(f"{run.created} articles: {wall:.1f} s wall, writer {cpu * 1000 / run.created:.2f} ms CPU an article, "
              f"database {db_cpu * 1000 / run.created:.2f} ms; new events {run.new_events}, known "
              f"{run.known_events}; load {os.getloadavg()[0]:.1f}", flush=True)
        if args.statements:
            waited = sum(queries.time.values())
            print(f"  waiting for the database (client side, COPY not counted): {waited * 1000 / batches:.0f} ms a "
                  f"batch of {wall * 1000 / batches:.0f} ms wall; {queries.count / batches:.0f} statements a batch")
            for sql, seconds in sorted(queries.time.items(), key=lambda kv: -kv[1])[:args.statements]:
                print(f"  {seconds * 1000 / batches:8.1f} ms {queries.calls[sql] / batches:6.1f}x  {sql}")
    if args.profile:
        profile.dump_stats(args.profile)
    if args.stored:
        connection.close()
        subprocess.run([sys.executable, str(ROOT / "bench" / "stored_digest.py"), "--database-url",
                        BASE + args.database, "--save", args.stored], check=True)


if __name__ == "__main__":
    main()
