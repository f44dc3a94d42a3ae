"""Fill the database with a realistic synthetic timeline, for benchmarks.

N events over N/10 articles: dates spread over a decade with bursts (stories
flare up and die down), most events dated to the day, some to the month or
year and a few ranges; categories and actors drawn with a long tail, as in
real coverage. Written with bulk inserts in batches so a million events fit
in memory and take minutes, not hours. Deterministic for a given --seed."""
import datetime
import importlib
import random
import time

import pycountry
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils.text import slugify

from timeline.extraction.types import DateValue
from timeline.models import Actor, Article, Category, Event, Mention, content_hash

VERBS = {
    "missile-launch": ["fires a ballistic missile", "test-fires a cruise missile", "launches two short-range missiles"],
    "military-exercise": ["begins joint air drills", "holds naval exercises", "stages live-fire drills"],
    "diplomatic-meeting": ["meets the foreign minister", "holds talks with envoys", "hosts a summit"],
    "statement": ["warns of offensive action", "condemns the drills", "issues a statement"],
    "election": ["holds a general election", "announces election results", "opens early voting"],
    "court-ruling": ["court rules on sanctions case", "supreme court hears appeal", "tribunal issues verdict"],
    "disaster": ["reports flooding in the north", "is hit by an earthquake", "declares a drought emergency"],
    "business": ["signs a trade agreement", "reports quarterly results", "announces export curbs"],
    "sports": ["wins the regional final", "hosts the qualifying round", "names the national squad"],
    "other": ["marks an anniversary", "opens a new border crossing", "publishes a census"],
}
# Share of events per category, as in coverage of the story: 20% missile
# launches, 27% statements, a long tail of the rest.
CATEGORY_WEIGHTS = {
    "missile-launch": 6, "military-exercise": 4, "diplomatic-meeting": 5, "statement": 8, "election": 1,
    "court-ruling": 1, "disaster": 1, "business": 2, "sports": 1, "other": 1,
}
ORGANISATIONS = ["United Nations", "NATO", "KCNA", "Pentagon", "IAEA", "European Union", "ASEAN", "World Bank",
                 "Red Cross", "African Union", "OPEC", "WHO", "Security Council", "Interpol", "IMF"]
PEOPLE = ["Sung Kim", "Park Jin", "Mara Lindqvist", "Tomas Reyes", "Aiko Tanaka", "Lena Okafor", "Ivan Petrov",
          "Hana Novak", "Omar Haddad", "Chen Wei", "Ruth Adeyemi", "Jonas Berg", "Priya Nair", "Diego Alvarez"]
SOURCES = ["Harbor Wire", "Northern Ledger", "Pacific Dispatch", "Capital Courier", "Meridian News",
           "Eastern Chronicle", "Global Bulletin", "Continental Post"]
PLACES = ["Seoul", "Pyongyang", "Washington", "Tokyo", "Geneva", "Brussels", "Beijing", "Nairobi", "Lima",
          "Jakarta", "Canberra", "Ottawa", "", "", ""]


class Command(BaseCommand):
    help = "Create N synthetic events over N/10 articles (for benchmarks; never on a real database)."

    def add_arguments(self, parser):
        parser.add_argument("events", type=int, help="number of events, e.g. 100000")
        parser.add_argument("--seed", type=int, default=2023)
        parser.add_argument("--batch", type=int, default=5000)
        parser.add_argument("--yes", action="store_true", help="add to a database that already holds events")

    def handle(self, *args, events, seed, batch, yes, **options):
        if events < 10:
            raise CommandError("Ask for at least 10 events.")
        if Event.objects.exists() and not yes:
            raise CommandError("The database already holds events; pass --yes to add synthetic ones anyway.")
        rng = random.Random(seed)
        started = time.perf_counter()
        with transaction.atomic():
            categories = list(Category.objects.filter(slug__in=VERBS))
            actors = self.make_actors()
            articles = self.make_articles(rng, events // 10, batch)
        self.stdout.write(f"{len(articles)} articles in {time.perf_counter() - started:.1f}s")
        weights = [1 / (rank + 1) ** 0.8 for rank in range(len(actors))]  # long tail of actors
        # Weighted by slug: the categories come from the database sorted by
        # name, and weights applied by position gave "disaster" 27% and
        # "missile launch" 3%.
        category_weights = [CATEGORY_WEIGHTS[category.slug] for category in categories]
        made = 0
        # On PostgreSQL the per-row triggers (search documents, monthly
        # counts) are set aside while filling and their tables rebuilt in
        # one statement each at the end: ten times faster at a million events.
        bulk = connection.vendor == "postgresql"
        first_id = (Event.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
        while made < events:
            size = min(batch, events - made)
            with transaction.atomic():
                if bulk:
                    with connection.cursor() as cursor:
                        cursor.execute("SET LOCAL session_replication_role = replica")
                self.make_events(rng, size, articles, categories, category_weights, actors, weights)
                if bulk:  # SET LOCAL lasts to the end of an enclosing transaction (a test's)
                    with connection.cursor() as cursor:
                        cursor.execute("SET LOCAL session_replication_role = DEFAULT")
            made += size
            self.stdout.write(f"{made}/{events} events, {time.perf_counter() - started:.1f}s")
        if bulk:
            self.rebuild_derived_tables(first_id)
            self.stdout.write(f"search documents and monthly counts rebuilt, {time.perf_counter() - started:.1f}s")
        self.stdout.write(self.style.SUCCESS(f"Created {events} events over {len(articles)} articles."))

    @transaction.atomic
    def rebuild_derived_tables(self, first_id):
        """What the triggers set aside would have written (PostgreSQL)."""
        search = importlib.import_module("timeline.migrations.0026_search_incremental")
        counts = importlib.import_module("timeline.migrations.0013_event_month_counts")
        with connection.cursor() as cursor:
            cursor.execute(f"{search.UPSERT} {search.FULL} WHERE e.id >= %s {search.ON_CONFLICT}", [first_id])
            cursor.execute(f"TRUNCATE {counts.TABLE}")
            cursor.execute(counts.POSTGRES_FORWARD[0])
            cursor.execute("UPDATE timeline_dataversion SET version = version + 1")

    def make_actors(self):
        names = [(c.name, Actor.Kind.COUNTRY) for c in pycountry.countries]
        names += [(n, Actor.Kind.ORGANISATION) for n in ORGANISATIONS] + [(n, Actor.Kind.PERSON) for n in PEOPLE]
        existing = set(Actor.objects.values_list("slug", flat=True))
        # bulk_create skips save(), so slugs are set here.
        new = {slugify(name)[:200]: (name, kind) for name, kind in names}
        Actor.objects.bulk_create(
            [Actor(name=name, slug=slug, kind=kind) for slug, (name, kind) in new.items() if slug not in existing],
            batch_size=500,
        )
        by_name = {a.name: a for a in Actor.objects.all()}
        # Put the story's main actors at the head of the long tail.
        head = ["Korea, Democratic People's Republic of", "Korea, Republic of", "United States", "Japan", "China"]
        ordered = [by_name[n] for n in head if n in by_name]
        return ordered + [a for n, a in sorted(by_name.items()) if a not in ordered]

    def make_articles(self, rng, count, batch):
        start = datetime.date(2015, 1, 1)
        span = (datetime.date(2025, 12, 31) - start).days
        articles = []
        for index in range(count):
            published = start + datetime.timedelta(days=rng.randrange(span))
            text = f"Synthetic article {index} for benchmarks, published {published.isoformat()}."
            articles.append(
                Article(
                    title=f"Synthetic report {index}",
                    source=rng.choice(SOURCES),
                    published=published,
                    text=text,
                    content_hash=content_hash(text),
                    url=None,
                )
            )
        return Article.objects.bulk_create(articles, batch_size=batch)

    def make_events(self, rng, size, articles, categories, category_weights, actors, weights):
        new_events, picks = [], []
        for _ in range(size):
            article = rng.choice(articles)
            # Most events happen shortly before their report; some long before.
            back = int(rng.expovariate(1 / 20)) if rng.random() < 0.9 else rng.randrange(3650)
            date = article.published - datetime.timedelta(days=back)
            roll = rng.random()
            precision, end_date = "day", None
            if roll < 0.12:
                precision, date = "month", date.replace(day=1)
            elif roll < 0.18:
                precision, date = "year", date.replace(month=1, day=1)
            elif roll < 0.20:
                end_date = date + datetime.timedelta(days=rng.randint(1, 6))
            category = rng.choices(categories, category_weights)[0]
            chosen = list({a.pk: a for a in rng.choices(actors, weights, k=rng.randint(1, 3))}.values())
            title = f"{chosen[0].name} {rng.choice(VERBS[category.slug])}"
            new_events.append(
                Event(
                    title=title[:300], date=date, precision=precision, end_date=end_date, category=category,
                    # bulk_create skips save(), which derives last_day.
                    last_day=DateValue(date, precision, end_date).last_day,
                    place=rng.choice(PLACES), status=rng.choices(["proposed", "confirmed", "rejected"], [5, 4, 1])[0],
                )
            )
            picks.append((article, chosen))
        created = Event.objects.bulk_create(new_events, batch_size=len(new_events))
        through = Event.actors.through
        through.objects.bulk_create(
            [
                through(event_id=e.pk, actor_id=a.pk)
                for e, (_, chosen) in zip(created, picks, strict=True)
                for a in chosen
            ],
            batch_size=5000,
        )
        mentions = []
        for event, (article, _) in zip(created, picks, strict=True):
            sentence = f"{event.title} on {event.date.isoformat()}, officials said."
            cue_start = len(event.title) + 1
            mentions.append(
                Mention(
                    event_id=event.pk, article=article, sentence=sentence, cue=f"on {event.date.isoformat()}",
                    sentence_start=0, sentence_end=len(sentence), cue_start=cue_start, cue_end=cue_start + 13,
                    date=event.date, precision=event.precision, end_date=event.end_date, place=event.place,
                )
            )
        Mention.objects.bulk_create(mentions, batch_size=5000)
