"""Import many articles at once from .txt files or JSON Lines.

Every input is read and checked first, exactly as the import form checks one
article (timeline.jobs.clean_article): one bad input refuses the whole
import before anything is written. The articles are then written in batches
of a few hundred (timeline/jobs.py), each batch one transaction, under a
progress bar; the site keeps answering meanwhile. Ctrl-C stops cleanly: the
batches written stay, the one in progress is rolled back, and
`--resume RUN` goes on from there. Articles already stored (same text or
URL) are skipped, so running the command twice imports nothing new.
`--background` leaves the writing to the worker (`manage.py db_worker`)."""
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from timeline import jobs, priority
from timeline.extraction import ExtractionError, find_publication_date
from timeline.management import webimport as web
from timeline.models import ImportRun

# At most this many problems are listed when an input is refused.
MAX_PROBLEMS = 20
INTERRUPTED = 130  # the shell's exit status for a command ended by Ctrl-C


class Command(BaseCommand):
    help = (
        "Import articles from .txt files (title from the file name, publication date from --published "
        "or found in the text) or .jsonl files (one {title, url, published, text, source} object per line)."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help=".txt, .jsonl or .html files, or http(s):// URLs")
        parser.add_argument("--urls", metavar="FILE", help="a file of article URLs, one a line (# starts a comment)")
        parser.add_argument("--published", help="YYYY-MM-DD, for articles that carry no date of their own")
        parser.add_argument("--source", default="", help="Outlet, for .txt files")
        parser.add_argument(
            "--background", action="store_true", help="Queue the import for the worker instead of running it here"
        )
        parser.add_argument("--resume", type=int, metavar="RUN", help="Go on with an interrupted import run")
        parser.add_argument(
            "--nice",
            type=int,
            default=10,
            help="Lower this process's CPU priority by this much while it imports, so that the site answers first "
            "(default: %(default)s; 0 to keep it)",
        )

    def handle(self, *args, **options):
        self.verbosity = options.get("verbosity", 1)
        self.nice = options.get("nice", 0)
        if options.get("resume"):
            run = ImportRun.objects.filter(pk=options["resume"]).first()
            if run is None:
                raise CommandError(f"There is no import run #{options['resume']}.")
            if run.status == ImportRun.Status.DONE:
                raise CommandError(f"Import run #{run.pk} is already done.")
            return self.run_inline(run)
        if not options["paths"] and not options.get("urls"):
            raise CommandError(
                "Name the .txt, .jsonl or .html files or the URLs to import, --urls FILE, or --resume RUN."
            )
        records = self.checked(self.read_records(options))
        self.import_records(records, label=", ".join(options["paths"]), background=options.get("background"))

    def execute(self, *args, **options):
        # Ctrl-C before the first batch (reading, checking, storing the
        # input): nothing was written. run_inline handles it afterwards.
        try:
            return super().execute(*args, **options)
        except KeyboardInterrupt:
            raise CommandError(
                "Interrupted before any article was written: nothing was imported.", returncode=INTERRUPTED
            ) from None

    def checked(self, raw_records):
        """[(origin, cleaned fields)], or CommandError listing what is wrong."""
        try:
            return jobs.checked(raw_records, max_problems=MAX_PROBLEMS)
        except jobs.InputError as error:
            raise CommandError(str(error)) from None

    def import_records(self, records, *, label, background=False):
        run = jobs.create_import_run(records, label=label)
        if background:
            jobs.enqueue(run)
            self.stdout.write(
                f"Queued import run #{run.pk} of {run.total} article(s); the worker (bin/worker) imports them. "
                f"Progress: {run.get_absolute_url()}"
            )
            return
        self.run_inline(run)

    def run_inline(self, run):
        if self.nice:
            # The import (and its helper process, which inherits this) gives
            # way to the web server: pages stay fast while it runs.
            priority.give_way(self.nice)
            self.nice = 0
        bar = tqdm(total=run.total, initial=run.position, unit="article", file=sys.stderr, disable=None)
        try:
            jobs.process(run.pk, on_batch=lambda current, outcome: self.progress(bar, current, outcome))
        except KeyboardInterrupt:
            bar.close()
            run.refresh_from_db()
            run.status = ImportRun.Status.STOPPED
            run.save(update_fields=["status", "updated_at"])
            raise CommandError(
                f"Interrupted: {run.position} of {run.total} article(s) done; the batch in progress was not kept. "
                f"Go on with: manage.py import_articles --resume {run.pk}",
                returncode=INTERRUPTED,
            ) from None
        bar.close()
        run.refresh_from_db()
        self.report(run)

    def progress(self, bar, run, outcome):
        bar.update(run.position - bar.n)
        if self.verbosity >= 2:
            with bar.external_write_mode():
                for line in outcome["articles"]:
                    self.stdout.write(line)

    def report(self, run):
        for error in run.errors:
            self.stderr.write(f"{error['origin']}: {error['message']}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {run.created} article(s) with {run.new_events} new event(s) and {run.known_events} "
                f"report(s) of events already in the timeline; skipped {run.skipped} already imported."
            )
        )

    def read_records(self, options):
        """(origin, raw fields) for every input, in order."""
        published = options.get("published")
        if published:
            published = jobs.parse_published(published, "--published")
        for name in options["paths"]:
            if web.is_web_address(name):
                yield from_web(web.record_from_url(name, name, published))
                continue
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"{name}: no such file.")
            if web.is_html_path(name):  # a saved page, in whatever encoding it declares
                yield from_web(web.record_from_html(path.read_bytes(), name, published=published))
                continue
            try:
                content = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                raise CommandError(f"{name}: not UTF-8 text.") from None
            if path.suffix == ".jsonl":
                yield from self.read_jsonl(name, content)
            else:
                yield self.read_txt(path, content, published, options.get("source", ""))
        if options.get("urls"):
            for origin, url in list(web.read_url_list(options["urls"])):  # check the whole list first
                yield from_web(web.record_from_url(url, origin, published))

    def read_txt(self, path, text, published, source):
        origin = str(path)
        if published is None:
            try:
                published = find_publication_date(text)
            except ExtractionError:
                published = None
            if published is None:
                raise CommandError(f"{origin}: no publication date found in the text; pass --published YYYY-MM-DD.")
        title = path.stem.replace("_", " ").replace("-", " ").strip().capitalize()
        return origin, {"title": title, "published": published.isoformat(), "text": text, "source": source}

    def read_jsonl(self, name, content):
        # A line may carry the page's HTML instead of its text.
        lines = content.splitlines()
        plain = []
        for number, line in enumerate(lines, start=1):
            try:
                item = json.loads(line) if '"html"' in line else None
            except ValueError:
                item = None  # jobs.read_jsonl says what is wrong with it
            if isinstance(item, dict) and item.get("html") and not item.get("text"):
                yield from_web(web.record_from_jsonl_html(item, f"{name}:{number}"))
                plain.append("")  # keeps the line numbers of the others
            else:
                plain.append(line)
        yield from jobs.read_jsonl(name, "\n".join(plain))


def from_web(record):
    """(origin, raw fields) from a page read by timeline.management.webimport."""
    origin = record.pop("origin")
    published = record["published"]
    return origin, {**record, "published": published.isoformat() if hasattr(published, "isoformat") else published}
