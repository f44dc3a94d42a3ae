"""Publication-date accuracy of trafilatura, htmldate and the importer's
choice (timeline/htmlpages.py) on the hand-written pages in tests/pages.

    .venv/bin/python bench/publication_dates.py

Prints, per extractor, the share of pages whose date is right to the day (a
page with no date counts as right when nothing is found), and the pages each
gets wrong. Pages that are not articles (expected error) are left out."""
import datetime
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")

import django  # noqa: E402

django.setup()

import htmldate  # noqa: E402
import trafilatura  # noqa: E402

from timeline.htmlpages import extract_article, htmldate_date, trafilatura_date  # noqa: E402

PAGES = ROOT / "tests" / "pages"


def _day(value):
    return datetime.date.fromisoformat(value) if value else None


def main():
    expected = json.loads((PAGES / "expected.json").read_text())
    names = [name for name, e in expected.items() if "error" not in e]
    extractors = {
        "trafilatura (metadata date)": lambda html, url: trafilatura_date(
            trafilatura.bare_extraction(html, url=url, with_metadata=True)
        ),
        "htmldate (defaults)": lambda html, url: _day(htmldate.find_date(html, url=url)),
        "htmldate (original_date, extensive)": htmldate_date,
        "importer's choice (htmlpages)": lambda html, url: extract_article(html, url).published,
    }
    print(f"load average: {open('/proc/loadavg').read().split()[0]}; {len(names)} pages")
    for label, function in extractors.items():
        wrong = []
        for name in names:
            html = (PAGES / name).read_text()
            found = function(html, f"https://news.example/{name}")
            want = expected[name]["published"]
            if (found.isoformat() if found else None) != want:
                wrong.append(f"{name} (found {found}, expected {want})")
        right = len(names) - len(wrong)
        print(f"{label:40} {right}/{len(names)} right to the day ({right / len(names):.0%})")
        for item in wrong:
            print(f"    wrong: {item}")


if __name__ == "__main__":
    main()
