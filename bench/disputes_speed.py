"""The disputed-events filter at scale (issue 14 part 4), beside the
unfiltered timeline in the same run.

Event.disputed is a stored column with a partial index on (date, id) for the
disputed few, so "only events whose sources disagree" is an index walk that
reads only them, whatever the table's size. This fills (or reuses) the
`generate_synthetic` database of bench/browse_speed.py, marks every
DISPUTED_EVERY-th event disputed (update(), as refresh_disputes writes it),
refreshes the planner's statistics, and times through Django's test client:
the results partial and the facets, unfiltered and with the filter (median,
p95, queries); then Event.objects.refresh_disputes() over the events of a
batch of articles, as an import of that batch runs it.

    .venv/bin/python bench/disputes_speed.py --events 100000
"""
import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import browse_speed  # noqa: E402  (the same database, timing and load helpers)

DISPUTED_EVERY = 200
CASES = [
    ("everything", ""),
    ("disputed", "disputed=1"),
    ("disputed + category", "disputed=1&category=missile-launch"),
    ("disputed + dates", "disputed=1&date_from=March+2023&date_to=May+2023"),
]
REQUESTS = [("partial", "/", True), ("facets", "/facets/", True)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    browse_speed.prepare(args.events, postgres=False, pg_name=None)

    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from timeline.models import Article, Event, Mention

    settings.TIMELINE_FRAGMENT_CACHE = False
    Event.objects.filter(disputed=True).update(disputed=False)
    marked = Event.objects.extra(where=[f"id % {DISPUTED_EVERY} = 0"]).update(disputed=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    total = Event.objects.count()
    print(f"\n{connection.vendor}, {total} events, {marked} disputed; load average {browse_speed.load()} (before)")
    print(f"{'case':<28} {'request':<8} {'median ms':>9} {'p95 ms':>8} {'queries':>7} {'x everything':>12}")
    client = Client()
    baseline = {}
    for case, query in CASES:
        for request, path, htmx in REQUESTS:
            url = f"{path}?{query}" if query else path
            median, p95, queries, _ = browse_speed.measure(client, url, htmx, args.repeat)
            baseline.setdefault(request, median)
            print(f"{case:<28} {request:<8} {median:9.1f} {p95:8.1f} {queries:7d} {median / baseline[request]:12.2f}")

    # What an import batch of 200 articles refreshes: the events they report.
    articles = list(Article.objects.order_by("id").values_list("id", flat=True)[:200])
    ids = list(Mention.objects.filter(article_id__in=articles).values_list("event_id", flat=True).distinct())
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        Event.objects.filter(pk__in=ids).refresh_disputes()
        timings.append((time.perf_counter() - started) * 1000)
    median, p95 = browse_speed.percentiles(timings)
    print(f"\nrefresh_disputes over the {len(ids)} events of 200 articles: median {median:.1f} ms, p95 {p95:.1f} ms")
    print(f"load average {browse_speed.load()} (after)")
    Event.objects.filter(disputed=True).update(disputed=False)


if __name__ == "__main__":
    main()
