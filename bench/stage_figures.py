"""Issue 14 figures: planned, occurred and cancelled events, summaries and
their items, after importing a corpus through the import path users use.

Imports each corpus into a fresh SQLite database in a temporary directory
(never the project's), in publication order as a newsroom would receive
it, and prints:

    python bench/stage_figures.py                 # the demo corpus (timeline/demo)
    python bench/stage_figures.py --corpus bench/realnews --corpus bench/holdout

A corpus is a directory with gold.json (id, published, title, source) and
texts/<id>.txt; one whose texts are missing (bench/realnews keeps them out
of git: see its README) is skipped with a note."""
from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def records(corpus):
    with open(os.path.join(corpus, "gold.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    out = []
    for item in gold:
        path = os.path.join(corpus, "texts", f"{item['id']}.txt")
        if os.path.exists(path) and item.get("published"):
            with open(path, encoding="utf-8") as fh:
                out.append((item["published"], item["id"], item.get("title") or item["id"], item.get("source") or "",
                            fh.read()))
    return sorted(out)


def figures():
    from django.db.models import Count, Exists, OuterRef
    from django.utils import timezone

    from timeline.models import Event, Mention, Stage

    events = Event.objects.all()
    summaries = events.filter(summary_count__isnull=False)
    items = events.filter(parent__isnull=False)
    # An item none of whose articles reports its summary: linked across articles.
    same_article = Mention.objects.filter(
        event_id=OuterRef("parent_id"),
        article_id__in=Mention.objects.filter(event_id=OuterRef(OuterRef("pk"))).values("article_id"),
    )
    return {
        "events": events.count(),
        "planned events (no report since)": events.filter(stage=Stage.PLANNED).count(),
        "  of them, their date passed": events.filter(stage=Stage.PLANNED, last_day__lt=timezone.localdate()).count(),
        "events with an announcement (a planned mention)": events.filter(announced_by__isnull=False).count(),
        "  later reported occurred (planned -> occurred)": events.filter(
            announced_by__isnull=False, stage=Stage.OCCURRED
        ).count(),
        "  later reported cancelled": events.filter(announced_by__isnull=False, stage=Stage.CANCELLED).count(),
        "cancelled events": events.filter(stage=Stage.CANCELLED).count(),
        "planned mentions": Mention.objects.filter(stage=Stage.PLANNED).count(),
        "cancelled mentions": Mention.objects.filter(stage=Stage.CANCELLED).count(),
        "summaries": summaries.count(),
        "  with at least one item linked": summaries.annotate(n=Count("items")).filter(n__gt=0).count(),
        "items linked to a summary": items.count(),
        "  from another article than the summary": items.exclude(Exists(same_article)).count(),
        "items the summaries count (sum of summary_count)": sum(summaries.values_list("summary_count", flat=True)),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", help="corpus directory (default: timeline/demo)")
    args = ap.parse_args(argv)
    corpora = args.corpus or [os.path.join(ROOT, "timeline", "demo")]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/figures.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
        import django

        django.setup()
        from django.core.management import call_command

        from timeline.importing import import_article
        from timeline.models import Article, Event, Mention

        call_command("migrate", verbosity=0)
        for corpus in corpora:
            Mention.objects.all().delete()
            Event.objects.all().delete()
            Article.objects.all().delete()
            items = records(corpus)
            if not items:
                print(f"{corpus}: no texts found (see its README), skipped\n")
                continue
            start = time.perf_counter()
            for published, _, title, source, text in items:
                import_article(title=title, published=datetime.date.fromisoformat(published), text=text,
                               source=source)
            took = time.perf_counter() - start
            print(f"{os.path.relpath(corpus, ROOT)}: {len(items)} articles imported in {took:.1f} s "
                  f"(load average {os.getloadavg()[0]:.1f})")
            for name, value in figures().items():
                print(f"  {name:66s} {value:6d}")
            print()


if __name__ == "__main__":
    main()
