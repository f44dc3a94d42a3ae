"""A person's page view of the timeline over HTTP: the page, then the
requests its HTML triggers on load, fired together as a browser does.

bench/browse_speed.py times each request alone. Here, for each of its
filter cases, gunicorn serves the database as bin/serve runs it (DEBUG off,
timeline/gunicorn_conf.py, the database cache) and a client
- fetches the page (time to its whole HTML: what the reader sees first),
- finds in it the elements htmx loads as soon as the page is there
  (hx-get with an hx-trigger of "load": the count, the overview strip, the
  facets) and asks for them at once, over up to 6 connections (a browser's
  per-host limit), with the headers htmx sends,
- notes when the last of them is done (the page complete),
and does the same for a filter change on the page (the form's htmx request
for the results partial, then the partial's own follow-ups),
and prints median and p95 over --runs views (one more first, untimed),
with the load average, for the fragment and response caches off (each view
does a first visitor's work: TIMELINE_FRAGMENT_CACHE=0 on the server) and
on (the same URL again by a reader without a session: a hit).

    .venv/bin/python bench/page_view.py --events 100000               # SQLite, bench/data/
    .venv/bin/python bench/page_view.py --events 100000 --postgres --pg-name h39_bench100k

Not measured: the static files (cached by the browser after the first
visit), htmx's own start-up, rendering; "next page" waits for a click
(browse_speed.py times it).
"""
import argparse
import http.client
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browse_speed import CASES, ROOT, load, percentiles, prepare, serve  # noqa: E402

BROWSER_CONNECTIONS = 6
# The follow-ups the timeline's page has (by path), in the table's order; the
# count is one unless the page holds every match (views/browse.py page_count).
FOLLOW_UPS = ["count", "overview", "facets"]
# Opening the page (a link, the address bar), and changing a filter on it
# (the form's htmx request: the results partial, then its own follow-ups).
VIEWS = [("page", {}), ("filter", {"HX-Request": "true", "HX-Target": "results"})]


class _LoadTriggers(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        triggers = [part.split()[0] for part in (attrs.get("hx-trigger") or "").split(",") if part.strip()]
        if attrs.get("hx-get") and "load" in triggers:
            self.found.append((attrs.get("id") or "", attrs["hx-get"]))


def follow_ups(html):
    """[(element id, URL)] of the requests htmx sends once this page is
    loaded: elements with hx-get whose hx-trigger includes "load"."""
    parser = _LoadTriggers()
    parser.feed(html)
    return parser.found


def get(port, path, headers=None):
    """(ms to the whole body, body) of one GET on a new connection (gunicorn's
    sync workers close every connection)."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    assert response.status == 200, (path, response.status)
    return (time.perf_counter() - started) * 1000, body.decode()


def page_view(port, path, pool, headers):
    """(page ms, complete ms, {follow-up: ms}) of one page view; the
    follow-ups start when the page's HTML is in, as htmx's do. The
    client's own parsing of the page (pure Python, tens of ms) is left out
    of the complete time: a browser's is its own cost, not the server's."""
    page_ms, html = get(port, path, headers)
    current = f"http://127.0.0.1:{port}{path}"
    wanted = follow_ups(html)
    started = time.perf_counter()
    jobs = {
        url.split("?")[0].strip("/"): pool.submit(get, port, url, {
            "HX-Request": "true", "HX-Current-URL": current, "HX-Target": element, "HX-Trigger": element,
        })
        for element, url in wanted
    }
    each = {name: job.result()[0] for name, job in jobs.items()}
    return page_ms, page_ms + (time.perf_counter() - started) * 1000, each


def spread(timings):
    return "{:.0f}/{:.0f}".format(*percentiles(timings)) if timings else "in page"


def run(args, url):
    for index, (state, cache) in enumerate((("off", "0"), ("on", "1"))):
        port = args.port + index
        process = serve(str(ROOT), port, url, args, cache)
        try:
            print(f"\n## Page views over HTTP, cache {state}: gunicorn {args.workers} workers, DEBUG off,"
                  f" {BROWSER_CONNECTIONS} connections, {args.runs} views per case;"
                  f" load average {load()} (before)")
            print(f"{'case':<40} {'view':<8} {'page ms':>13} {'complete ms':>13} "
                  + " ".join(f"{name + ' ms':>13}" for name in FOLLOW_UPS) + "  load average")
            with ThreadPoolExecutor(BROWSER_CONNECTIONS) as pool:
                for case, query in CASES:
                    path = f"/?{query}" if query else "/"
                    for kind, headers in VIEWS:
                        views = [page_view(port, path, pool, headers) for _ in range(args.runs + 1)][1:]
                        columns = [[view[0] for view in views], [view[1] for view in views]]
                        columns += [[view[2][name] for view in views if name in view[2]] for name in FOLLOW_UPS]
                        print(f"{case:<40} {kind:<8} " + " ".join(f"{spread(c):>13}" for c in columns)
                              + f"  {load()}", flush=True)
            print(f"median/p95 ms; page: its whole HTML; complete: until the last follow-up is in"
                  " (the client's parsing left out);"
                  f" load average {load()} (after)")
        finally:
            process.terminate()
            process.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--pg-name", help="PostgreSQL database name (default as browse_speed.py)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--only", help="only the cases whose name contains this")
    parser.add_argument("--port", type=int, default=8170, help="this port (cache off) and the next (cache on)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() * 2 + 1, help="default: as bin/serve")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker (gthread when > 1)")
    parser.add_argument("--cache-url", default="db", help="DJANGO_CACHE_URL of the server (bin/serve: db)")
    args = parser.parse_args()
    if args.only:
        CASES[:] = [case for case in CASES if args.only in case[0]]
    url, _ = prepare(args.events, args.postgres, args.pg_name)
    run(args, url)


if __name__ == "__main__":
    main()
