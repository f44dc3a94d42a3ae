"""Load the demo articles through the same import path users use.

The demo articles are the project's own hand-written corpus
(timeline/demo/); their gold file supplies each one's title, outlet, URL and
publication date, and the extraction engine dates the events, exactly as an
import would."""
import json
from pathlib import Path

from django.core.management.base import CommandError

from timeline.management.commands.import_articles import Command as ImportCommand

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"


class Command(ImportCommand):
    help = "Import the demo articles (safe to run twice: articles already stored are skipped)."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, help="Import only the first N demo articles.")

    def handle(self, *args, **options):
        self.verbosity = options.get("verbosity", 1)
        self.nice = 0
        records = self.checked(self.demo_records())
        if options.get("limit"):
            records = records[: options["limit"]]
        self.import_records(records, label="demo articles")

    def demo_records(self):
        gold_path = DEMO_DIR / "gold.json"
        if not gold_path.is_file():
            raise CommandError(f"{gold_path}: the demo corpus is missing.")
        for item in json.loads(gold_path.read_text(encoding="utf-8")):
            path = DEMO_DIR / "texts" / f"{item['id']}.txt"
            yield str(path), {
                "title": item.get("title") or item["id"],
                "published": item["published"],
                "text": path.read_text(encoding="utf-8"),
                "url": item.get("url") or "",
                "source": item.get("source") or "",
            }
