"""manage.py extract_events PATH|- --published YYYY-MM-DD [--format json|text] [--uncertain]

Runs the extraction engine on one article and prints its events. Needs no
database.
"""
from __future__ import annotations

import datetime as dt
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from timeline.extraction import ExtractionError, extract_events


class Command(BaseCommand):
    help = "Extract dated events from a news article (a file path, or - for stdin)."
    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("path", help="Article text file, or - to read standard input.")
        parser.add_argument("--published", default=None,
                            help="Publication date YYYY-MM-DD (found in the text when omitted).")
        parser.add_argument("--format", choices=("json", "text"), default="json",
                            help="json (default): a list of events; text: a readable table.")
        parser.add_argument("--uncertain", action="store_true",
                            help="Also the statements more likely wrong than right (confidence under 0.5: "
                                 "seasons, quarters), which are left out by default.")

    def handle(self, *args, **opts):
        published = None
        if opts["published"]:
            try:
                published = dt.date.fromisoformat(opts["published"].strip())
            except ValueError:
                raise CommandError(
                    f"--published must be a date like 2023-04-06 (YYYY-MM-DD), got {opts['published']!r}."
                ) from None
        text = self._read(opts["path"])
        try:
            events = extract_events(text, published=published, uncertain=opts["uncertain"])
        except ExtractionError as exc:
            raise CommandError(str(exc)) from exc
        if opts["format"] == "json":
            at = {e.cue_start: e for e in events}
            rows = [e.to_dict(anchor=at.get(e.anchor_cue_start)) for e in events]
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1))
        else:
            for e in events:
                d = e.to_dict()
                when = d["date"] + (f"..{d['end_date']}" if d["end_date"] else "")
                self.stdout.write(f"{when:<24} {d['precision']:<5} {d['category'] or '':<18} "
                                  f"{d['title']}  [{d['cue']}]")
            self.stdout.write(f"{len(events)} event(s)")

    @staticmethod
    def _read(path: str) -> str:
        try:
            if path == "-":
                data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
            else:
                with open(path, "rb") as fh:
                    data = fh.read()
        except OSError as exc:
            raise CommandError(f"Cannot read {path!r}: {exc.strerror or exc}.") from exc
        if isinstance(data, str):
            return data
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Not UTF-8: decode leniently; the engine rejects it if it is binary.
            return data.decode("utf-8", errors="replace")
