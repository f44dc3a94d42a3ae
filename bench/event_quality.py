"""Event quality on the demo corpus: one event per happening, titles, categories.

Three measures, all against timeline/demo/gold.json, whose events carry a
`happening` label (the real-world happening a dated statement is about,
shared across articles) and a `category`:

1. "Same event", pairwise: every pair of proposals that match a gold event
   (same scoring key as score_corpus.py) is a positive when gold gives both
   the same happening; the system says "same" when the import stored both as
   mentions of one event. The corpus is imported in publication order through
   the app's own import path (a throw-away SQLite database), so within-article
   grouping and cross-article matching are both measured. Precision and recall
   are given for pairs inside one article, across articles, and all.
2. Titles of every proposal: share within 80 characters, with no date words,
   with no ellipsis, and all three; plus a side-by-side sample (--sample N).
3. Categories of proposals that match a certain gold event: accuracy, the
   share left unknown, the share wrong, and the confusion pairs.

usage: python bench/event_quality.py [--code DIR] [--sample N]

--code runs another checkout's code (e.g. an export of the commit before a
change) against this checkout's gold, for a before/after comparison.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import itertools
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(HERE, "timeline", "demo", "gold.json")
TEXTS = os.path.join(HERE, "timeline", "demo", "texts")
TITLE_LIMIT = 80

_DATE_WORDS = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|today|tonight|yesterday|tomorrow|(?:last|next|this)\s+(?:week|month|year)|"
    r"(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)


def words(s, n=6):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[“”\"'’‘`(),.;:!?—–-]", " ", s)
    return tuple(s.split()[:n])


def trunc(date, precision):
    return {"day": date[:10], "month": date[:7], "year": date[:4]}.get(precision, date[:10])


def key_of(sentence, date, precision):
    return words(sentence), trunc(date, precision), precision


def gold_index(gold):
    """{(article id, key): gold event} for every gold event."""
    index = {}
    for art in gold:
        for event in art["events"]:
            index[(art["id"], key_of(event["sentence_start"], event["date"], event["precision"]))] = event
    return index


def setup_django(code):
    sys.path.insert(0, code)
    db = tempfile.NamedTemporaryFile(suffix=".sqlite3", delete=False)
    os.environ["DATABASE_URL"] = f"sqlite:///{db.name}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return db.name


def same_event_pairs(gold, index, verbose=False):
    from timeline.models import Article, Mention

    ids = {}
    for art in sorted(gold, key=lambda a: (a["published"], a["id"])):
        with open(os.path.join(TEXTS, art["id"] + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        article, _ = Article.objects.import_article(
            title=art["title"], published=dt.date.fromisoformat(art["published"]), text=text, url=art["url"],
            source=art["source"],
        )
        ids[article.pk] = art["id"]
    labelled, unlabelled = [], 0
    for m in Mention.objects.select_related("event"):
        event = m.event
        # The date this source gives (its claim), where the mention keeps
        # one: the event's may be another source's (a dispute, a finer report).
        claimed = getattr(m, "date", None)
        date, precision = (claimed, m.precision) if claimed else (event.date, event.precision)
        gold_event = index.get((ids[m.article_id], key_of(m.sentence, date.isoformat(), precision)))
        if gold_event is None:
            unlabelled += 1
            continue
        labelled.append((ids[m.article_id], m.event_id, gold_event["happening"], m.sentence, event))
    counts = {scope: collections.Counter() for scope in ("within", "across", "all")}
    for (art_a, ev_a, hap_a, sent_a, e_a), (art_b, ev_b, hap_b, sent_b, e_b) in itertools.combinations(labelled, 2):
        said, truth = ev_a == ev_b, hap_a == hap_b
        if not (said or truth):
            continue
        if verbose and said != truth:
            print(f"   {'wrongly joined' if said else 'missed'}: {art_a}: {sent_a[:70]!r} / {art_b}: {sent_b[:70]!r}")
            if not said and (e_a.date, e_a.precision, e_a.end_date) == (e_b.date, e_b.precision, e_b.end_date):
                # Same date: what the matching rules saw.
                for e in (e_a, e_b):
                    print(f"      {e.date} {e.precision} {e.category} {e.title!r} {[a.name for a in e.actors.all()]}")
        for scope in ("within" if art_a == art_b else "across", "all"):
            counts[scope]["tp" if said and truth else "fp" if said else "fn"] += 1
    return counts, len(labelled), unlabelled


def prf(c):
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def proposals(gold):
    from timeline.extraction import extract_events

    for art in gold:
        with open(os.path.join(TEXTS, art["id"] + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        for e in extract_events(text, published=dt.date.fromisoformat(art["published"])):
            yield art, e.to_dict()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", default=HERE, help="checkout whose timeline package is measured")
    ap.add_argument("--sample", type=int, default=12, help="titles to show side by side")
    ap.add_argument("-v", action="store_true", help="list the pairs joined wrongly or missed")
    a = ap.parse_args(argv)
    with open(GOLD, encoding="utf-8") as fh:
        gold = json.load(fh)
    index = gold_index(gold)
    db = setup_django(os.path.abspath(a.code))
    try:
        counts, labelled, unlabelled = same_event_pairs(gold, index, verbose=a.v)
    finally:
        os.unlink(db)
    with open("/proc/loadavg") as fh:
        load = fh.read().split()[0]
    print(f"code: {a.code}  load average: {load}")
    print(f"\n1. Same event, pairwise ({labelled} stored mentions matched to gold, {unlabelled} not in gold)")
    for scope, c in counts.items():
        p, r, f = prf(c)
        print(f"   {scope:7s} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}"
              f"  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")

    rows = list(proposals(gold))
    titles = [e["title"] for _, e in rows]
    n = len(titles)
    within = sum(len(t) <= TITLE_LIMIT for t in titles)
    no_date = sum(not _DATE_WORDS.search(t) for t in titles)
    no_ellipsis = sum("…" not in t and "..." not in t for t in titles)
    clean = sum(len(t) <= TITLE_LIMIT and not _DATE_WORDS.search(t) and "…" not in t and "..." not in t
                for t in titles)
    print(f"\n2. Titles ({n} proposals)")
    print(f"   within {TITLE_LIMIT} chars {within / n:.1%}   no date words {no_date / n:.1%}   "
          f"no ellipsis {no_ellipsis / n:.1%}   all three {clean / n:.1%}   "
          f"mean length {sum(map(len, titles)) / n:.0f}")
    step = max(1, n // a.sample) if a.sample else n + 1
    for _art, e in rows[::step][: a.sample]:
        print(f"   - {e['sentence'][:160]!r}\n     -> {e['title']!r}")

    confusion = collections.Counter()
    right = unknown = wrong = total = 0
    for art, e in rows:
        g = index.get((art["id"], key_of(e["sentence"], e["date"] or "", e["precision"])))
        if g is None or not g.get("certain", True):
            continue
        total += 1
        said = e.get("category") or "other"
        if said == g["category"]:
            right += 1
        elif said == "other":
            unknown += 1
            confusion[(g["category"], "unknown")] += 1
        else:
            wrong += 1
            confusion[(g["category"], said)] += 1
    print(f"\n3. Categories ({total} proposals matching a certain gold event)")
    print(f"   accuracy {right / total:.1%}   unknown {unknown / total:.1%}   wrong {wrong / total:.1%}")
    print("   most frequent confusions (gold -> said):")
    for (truth, said), count in confusion.most_common(12):
        print(f"   {count:4d}  {truth} -> {said}")


if __name__ == "__main__":
    main()
