"""Type-ahead speed for the actor filter at 50,000 actors (timeline/suggest.py).

Fills a database of its own with N actors (realistic names: people,
organisations, places), then times the suggestions for typical terms and the
name look-up the filter makes, against a baseline without the index (a plain
case-insensitive LIKE), and the whole suggestions request through Django's
test client. Prints median and p95 in ms, the ratio to the baseline and the
load average.

    .venv/bin/python bench/typeahead_speed.py --actors 50000                   # SQLite (bench/data/)
    .venv/bin/python bench/typeahead_speed.py --actors 50000 --postgres URL    # e.g. postgres://postgres@127.0.0.1:5432/h8
"""
import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ["Kim", "Lee", "Park", "Maria", "John", "Ana", "Ivan", "Olga", "Ahmed", "Fatima", "Chen", "Wei", "Jong",
         "Sofia", "Lukas", "Emma", "Noah", "Aisha", "Diego", "Yuki", "Hana", "Omar", "Priya", "Raj", "Elena"]
LAST = ["Jong Un", "Yo Jong", "Silva", "Smith", "Petrov", "Khan", "Garcia", "Nakamura", "Okafor", "Novak",
        "Müller", "Rossi", "Dubois", "Jensen", "Kowalski", "Haddad", "Mensah", "Sato", "Ng", "Costa"]
ORG = ["Ministry of", "Agency for", "Council of", "Institute of", "Union of", "Committee on", "Bank of", "Office of"]
TOPIC = ["Defence", "Unification", "Fisheries", "Energy", "Health", "Trade", "Transport", "Water", "Space", "Finance"]
TERMS = ["k", "ki", "kim", "kim jong", "ministry of de", "jong", "fisheries", "zzqx",
         "k. sil", "mod-"]  # the last two match only aliases (one actor in five has one)


def fill(count):
    from django.utils.text import slugify

    from timeline.models import Actor

    have = Actor.objects.count()
    if have >= count:
        return
    rng = random.Random(have)
    names, seen = [], set(Actor.objects.values_list("name", flat=True))
    while len(names) < count - have:
        kind = rng.random()
        if kind < 0.6:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.randrange(100000)}"
        elif kind < 0.9:
            name = f"{rng.choice(ORG)} {rng.choice(TOPIC)} of Region {rng.randrange(100000)}"
        else:
            name = f"Province {rng.randrange(1000000)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    print(f"filling: {have} actors present, creating {len(names)} ...", flush=True)
    Actor.objects.bulk_create(
        [Actor(name=n, slug=slugify(n)[:200], kind="person") for n in names], batch_size=2000
    )


def fill_aliases():
    """One actor in five gets an alias, as a merge or the import gives them:
    "K. Silva 123" for a person, "MOD-Energy 123" for a ministry."""
    from timeline.models import Actor, ActorAlias

    if ActorAlias.objects.exists():
        return
    aliases = []
    for pk, name in Actor.objects.order_by("pk").values_list("pk", "name")[::5]:
        words = name.split()
        alias = f"{words[0][0]}. {' '.join(words[1:])}" if words[0] in FIRST else f"MOD-{words[-1]}"
        aliases.append(ActorAlias(actor_id=pk, name=f"{alias} {pk}"))
    print(f"filling: {len(aliases)} aliases ...", flush=True)
    ActorAlias.objects.bulk_create(aliases, batch_size=2000, ignore_conflicts=True)


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actors", type=int, default=50000)
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL database to fill and use")
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    if args.postgres:
        os.environ["DATABASE_URL"] = args.postgres
    else:
        data = ROOT / "bench" / "data"
        data.mkdir(exist_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{data / f'typeahead-{args.actors}.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Q
    from django.test import Client

    from timeline.models import Actor
    from timeline.suggest import actor_suggestions, find_actor

    call_command("migrate", verbosity=0)
    fill(args.actors)
    fill_aliases()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    client = Client()
    print(f"{connection.vendor}, {Actor.objects.count():,} actors, load average {os.getloadavg()[0]:.2f}")
    print(f"{'term':<16} {'suggest med':>11} {'p95':>7} {'baseline med':>12} {'p95':>7} {'ratio':>6} {'http med':>9}")
    for term in TERMS:
        fast = timed(lambda t=term: actor_suggestions(t), args.repeat)
        # The peer: what a plain type-ahead does, icontains on names and
        # aliases with no usable index.
        slow = timed(lambda t=term: list(Actor.objects.filter(Q(name__icontains=t) | Q(aliases__name__icontains=t))
                                         .distinct().order_by("name").values_list("name", flat=True)[:10]),
                     max(5, args.repeat // 4))
        http = timed(lambda t=term: client.get("/suggest/actor/", {"actor": t}), args.repeat)
        print(f"{term!r:<16} {fast[0]:>11.2f} {fast[1]:>7.2f} {slow[0]:>12.2f} {slow[1]:>7.2f} "
              f"{slow[0] / fast[0]:>6.1f} {http[0]:>9.2f}")
    name = Actor.objects.order_by("-id").values_list("name", flat=True).first()
    look = timed(lambda: find_actor(name.upper()), args.repeat)
    base = timed(lambda: Actor.objects.filter(name__iexact=name.upper()).first(), max(5, args.repeat // 4))
    print(f"{'find by name':<16} {look[0]:>11.2f} {look[1]:>7.2f} {base[0]:>12.2f} {base[1]:>7.2f} "
          f"{base[0] / look[0]:>6.1f}")
    print(f"load average after: {os.getloadavg()[0]:.2f} (times in ms)")


if __name__ == "__main__":
    main()
