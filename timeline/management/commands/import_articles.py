"""Import many articles at once from .txt files or JSON Lines.

All or nothing: every input is read and checked before anything is written,
and the import runs in one transaction. Articles already stored (same text or
URL) are skipped, so running the command twice imports nothing new."""
import datetime
import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.db import connection, transaction
from django.db.models import Count

from timeline.extraction import ExtractionError, find_publication_date
from timeline.management import webimport as web
from timeline.models import Article, Event


@dataclass(frozen=True)
class ArticleRecord:
    origin: str  # where it came from, for messages: "file.jsonl:3"
    title: str
    published: datetime.date
    text: str
    url: str = ""
    source: str = ""


def parse_published(value, origin):
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise CommandError(f"{origin}: publication date {value!r} is not YYYY-MM-DD.") from None


def check_record(record):
    """The record, or CommandError saying what is wrong with it."""
    if not record.title.strip():
        raise CommandError(f"{record.origin}: the title is empty.")
    if not record.text.strip():
        raise CommandError(f"{record.origin}: the text is empty.")
    if len(record.text) > settings.TIMELINE_MAX_ARTICLE_CHARS:
        raise CommandError(f"{record.origin}: the text is over {settings.TIMELINE_MAX_ARTICLE_CHARS:,} characters.")
    if record.url:
        try:
            URLValidator()(record.url)
        except Exception:
            raise CommandError(f"{record.origin}: {record.url!r} is not a valid URL.") from None
    return record


class Command(BaseCommand):
    help = (
        "Import articles from .txt files (title from the file name, publication date from --published "
        "or found in the text), .jsonl files (one {title, url, published, text, source} object per line; "
        "an \"html\" field may stand for the text), saved web pages (.html) or web addresses (http/https)."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help=".txt, .jsonl or .html files, or http(s):// URLs")
        parser.add_argument("--urls", metavar="FILE", help="a file of article URLs, one a line (# starts a comment)")
        parser.add_argument("--published", help="YYYY-MM-DD, for articles that carry no date of their own")
        parser.add_argument("--source", default="", help="Outlet, for .txt files")

    def handle(self, *args, **options):
        records = [check_record(r) for r in self.read_records(options)]
        self.import_records(records)

    def read_records(self, options):
        published = options.get("published")
        if published:
            published = parse_published(published, "--published")
        if not options["paths"] and not options.get("urls"):
            raise CommandError("Give files or URLs to import, or --urls FILE.")
        for name in options["paths"]:
            if web.is_web_address(name):
                yield ArticleRecord(**web.record_from_url(name, name, published))
                continue
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"{name}: no such file.")
            if web.is_html_path(name):  # a saved page, in whatever encoding it declares
                yield ArticleRecord(**web.record_from_html(path.read_bytes(), name, published=published))
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
                yield ArticleRecord(**web.record_from_url(url, origin, published))

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
        return ArticleRecord(origin=origin, title=title, published=published, text=text, source=source)

    def read_jsonl(self, name, content):
        for number, line in enumerate(content.splitlines(), start=1):
            origin = f"{name}:{number}"
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise CommandError(f"{origin}: not valid JSON ({error.msg}).") from None
            if not isinstance(item, dict):
                raise CommandError(f"{origin}: expected a JSON object.")
            if item.get("html") and not item.get("text"):
                yield ArticleRecord(**web.record_from_jsonl_html(item, origin))
                continue
            missing = [key for key in ("title", "published", "text") if not item.get(key)]
            if missing:
                raise CommandError(f"{origin}: missing {', '.join(missing)}.")
            yield ArticleRecord(
                origin=origin,
                title=str(item["title"]),
                published=parse_published(item["published"], origin),
                text=str(item["text"]),
                url=str(item.get("url") or ""),
                source=str(item.get("source") or ""),
            )

    def import_records(self, records):
        created = skipped = new_events = known_events = 0
        total = len(records)
        try:
            with transaction.atomic():
                for number, record in enumerate(records, start=1):
                    article, was_created = Article.objects.import_article(
                        title=record.title,
                        url=record.url,
                        source=record.source,
                        published=record.published,
                        text=record.text,
                    )
                    if not was_created:
                        skipped += 1
                        self.stdout.write(f"[{number}/{total}] {record.title}: already imported, skipped")
                        continue
                    created += 1
                    # A new event has this article's report alone; one already in
                    # the timeline has others too. Both counts stay within
                    # this article's mentions, however large the table.
                    # (Annotating before filtering counts all of an event's
                    # mentions, not only the ones the filter joins.)
                    new = (
                        Event.objects.annotate(reports=Count("mentions"))
                        .filter(mentions__article=article, reports=1)
                        .count()
                    )
                    known = article.mentions.count() - new
                    new_events += new
                    known_events += known
                    also = f", and {known} more report(s) of events already in the timeline" if known else ""
                    self.stdout.write(f"[{number}/{total}] {record.title}: {new} new event(s){also}")
        except ExtractionError as error:
            raise CommandError(f"{record.origin}: {error} Nothing was imported.") from None
        if created and connection.vendor == "sqlite":
            # SQLite plans without statistics until asked to gather them
            # (PostgreSQL's autovacuum does it by itself); after a bulk import
            # is when they change most.
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA optimize")
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {created} article(s) with {new_events} new event(s) and {known_events} report(s) "
                f"of events already in the timeline; skipped {skipped} already imported."
            )
        )
