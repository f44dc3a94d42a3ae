"""The timeline's HTML and its cost per request, in-process, for checking a
rendering change: the same HTML before and after, and the CPU it saves.

    # the page and the results partial of ~300 filter combinations (and each next page), as files
    .venv/bin/python bench/render_check.py dump /tmp/html-after
    .venv/bin/python bench/render_check.py dump /tmp/html-before --code /tmp/before-checkout
    .venv/bin/python bench/render_check.py compare /tmp/html-before /tmp/html-after
    # CPU ms per uncached request (best of 6 batches of 15), this checkout or another
    .venv/bin/python bench/render_check.py cpu "/?category=missile-launch&date_from=2023" --htmx [--code DIR]
    .venv/bin/python bench/render_check.py cpu / --profile      # where the time goes (pyinstrument)
    # a month's export, read to its end, in fewer requests
    .venv/bin/python bench/render_check.py cpu "/export/ics/?date_from=March+2019&date_to=March+2019" \
        --batches 3 --per-batch 2

Each runs the code of --code (default: this checkout) through Django's test
client with DEBUG off and the fragment cache off (every request a first
visitor's work), on --database-url (default: the browse benchmark's 100k
SQLite file, bench/data/bench-100000.sqlite3). `compare` says how many
responses are byte-identical, how many differ only in whitespace (every run
of whitespace one space, and none at the start of an event's title), and
shows the first few that differ otherwise."""
import argparse
import html
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(code, database_url):
    code = Path(code).resolve()
    sys.path.insert(0, str(code))
    os.chdir(code)
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "timeline.settings"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ["DJANGO_SECRET_KEY"] = "bench-" + "x" * 50
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    os.environ["TIMELINE_FRAGMENT_CACHE"] = "0"
    os.environ["DJANGO_CACHE_URL"] = "locmem"
    import warnings

    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()
    from django.test import Client

    return Client()


def urls():
    sys.path.insert(0, str(ROOT / "bench"))
    from browse_speed import CASES, varied_filters

    return (
        ["/?" + query if query else "/" for _, query in CASES]
        + varied_filters()[::7]
        + [f"/?article={number}" for number in range(1, 400, 13)]
        + ["/?status=rejected", "/?stage=planned", "/?precision=year", "/?precision=month", "/?q=%27quoted%27",
           "/?category=nope", "/?date_from=garbage", "/?disputed=1&sort=oldest"]
    )


def dump(args):
    out = Path(args.directory).resolve()
    client = setup(args.code, args.database_url)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for index, url in enumerate(urls()):
        for kind, headers in (("page", {}), ("partial", {"HTTP_HX_REQUEST": "true"})):
            response = client.get(url, **headers)
            (out / f"{index:04d}-{kind}.html").write_bytes(
                f"{url}\n{response.status_code}\n".encode() + response.content
            )
            count += 1
            following = re.search(rb'id="pager-next" href="([^"]+)"', response.content)
            if following and kind == "partial":
                response = client.get(html.unescape(following.group(1).decode()), **headers)
                (out / f"{index:04d}-next.html").write_bytes(response.content)
                count += 1
    print(f"{count} responses in {out}")


def squeezed(text):
    return re.sub(r"\s+", " ", text).replace('<p class="event-title"> ', '<p class="event-title">')


def compare(args):
    identical = whitespace = different = 0
    for path in sorted(Path(args.before).iterdir()):
        before = path.read_text()
        after = (Path(args.after) / path.name).read_text()
        if before == after:
            identical += 1
        elif squeezed(before) == squeezed(after):
            whitespace += 1
        else:
            different += 1
            if different <= 3:
                one, two = squeezed(before), squeezed(after)
                pairs = enumerate(zip(one, two, strict=False))
                at = next((i for i, (a, b) in pairs if a != b), min(len(one), len(two)))
                print(f"{path.name}\n  before: …{one[at - 200:at + 200]}…\n  after:  …{two[at - 200:at + 200]}…")
    print(f"byte-identical {identical}, whitespace only {whitespace}, different {different}")
    return different


def cpu(args):
    client = setup(args.code, args.database_url)
    headers = {"HTTP_HX_REQUEST": "true"} if args.htmx else {}
    for _ in range(3):
        response, size = fetched(client, args.url, headers)
    assert response.status_code == 200, response.status_code
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(30):
            fetched(client, args.url, headers)
        profiler.stop()
        print(profiler.output_text(unicode=False, color=False))
        return
    backend = backend_cpu()
    batches = []
    for _ in range(args.batches):
        started = time.process_time()
        for _ in range(args.per_batch):
            fetched(client, args.url, headers)
        batches.append((time.process_time() - started) * 1000 / args.per_batch)
    load = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    # PostgreSQL's backend: its CPU over all the requests (/proc counts in ticks).
    requests = args.batches * args.per_batch
    database = ""
    if backend is not None:
        database = f", PostgreSQL backend {(backend_cpu() - backend) * 1000 / requests:.1f} ms"
    print(f"{'partial' if args.htmx else 'page'} {args.url}: {min(batches):.1f} ms CPU "
          f"(best of {args.batches} batches of {args.per_batch})"
          f"{database}, {size} bytes; load average {load}")


def fetched(client, url, headers):
    """The response and its size in bytes, a streamed one (an export) read
    to the end: its rows are made while it streams."""
    response = client.get(url, **headers)
    if response.streaming:
        return response, sum(len(chunk) for chunk in response.streaming_content)
    return response, len(response.content)


def backend_cpu():
    """The CPU seconds of this process's PostgreSQL backend, None on SQLite."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--code", default=str(ROOT), help="the checkout whose code renders (default: this one)")
    common.add_argument("--database-url", default=f"sqlite:///{ROOT / 'bench' / 'data' / 'bench-100000.sqlite3'}")
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("dump", parents=[common])
    command.add_argument("directory")
    command = commands.add_parser("compare")
    command.add_argument("before")
    command.add_argument("after")
    command = commands.add_parser("cpu", parents=[common])
    command.add_argument("url")
    command.add_argument("--htmx", action="store_true", help="as htmx asks (the results partial)")
    command.add_argument("--profile", action="store_true")
    command.add_argument("--batches", type=int, default=6, help="batches timed (the best is printed; default 6)")
    command.add_argument("--per-batch", type=int, default=15, help="requests per batch (default 15; fewer for exports)")
    args = parser.parse_args()
    if args.command == "compare":
        sys.exit(1 if compare(args) else 0)
    {"dump": dump, "cpu": cpu}[args.command](args)


if __name__ == "__main__":
    main()
