"""Write N varied articles as JSON Lines, made from the project's own demo texts.

Each article takes the paragraphs of one demo article (timeline/demo/texts,
written for this project), drops or repeats some, adds one or two paragraphs
from other demo articles, and is published on a shifted date, with the
four-digit years in its text shifted by the same number of years, so that the
engine finds events spread over decades rather than the same few days. No
published text is used. Deterministic for a given --seed.

    .venv/bin/python bench/generate_articles.py 20000 > /tmp/articles.jsonl
"""
import argparse
import datetime
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "timeline" / "demo"
YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
SOURCES = ["Harbor Wire", "Eastgate Courier", "Tidewater Financial", "Northline Press", "Meridian Daily"]


def demo_articles():
    gold = json.loads((DEMO / "gold.json").read_text(encoding="utf-8"))
    articles = []
    for item in gold:
        text = (DEMO / "texts" / f"{item['id']}.txt").read_text(encoding="utf-8")
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        articles.append(
            {
                "title": item.get("title") or item["id"],
                "published": datetime.date.fromisoformat(item["published"]),
                "paragraphs": paragraphs,
            }
        )
    return articles


def generate(count, seed=1):
    """Yield `count` article dicts (title, url, source, published, text)."""
    rng = random.Random(seed)
    base = demo_articles()
    latest = datetime.date(2026, 11, 30)
    for number in range(count):
        article = rng.choice(base)
        paragraphs = list(article["paragraphs"])
        lead, body = paragraphs[:1], paragraphs[1:]
        rng.shuffle(body)
        body = body[: max(2, int(len(body) * rng.uniform(0.5, 1.0)))]
        for _ in range(rng.randint(0, 2)):
            other = rng.choice(base)
            body.insert(rng.randint(0, len(body)), rng.choice(other["paragraphs"][1:] or other["paragraphs"]))
        # Shift by whole years (kept in step with the years in the text) and
        # some days, never past the latest date.
        years = rng.randint(-25, 2)
        published = article["published"] + datetime.timedelta(days=365 * years + rng.randint(-40, 40))
        published = min(published, latest)
        text = YEAR.sub(lambda m, years=years: str(int(m.group(1)) + years), "\n\n".join(lead + body))
        yield {
            "title": f"{article['title']} ({number + 1})",
            "url": f"https://bench.example.org/articles/{seed}/{number + 1}",
            "source": rng.choice(SOURCES),
            "published": published.isoformat(),
            "text": text,
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for item in generate(args.count, args.seed):
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
