"""Type-ahead for the actor and source filters, and reading what was typed.

Actors are looked up by the lower-cased name through an expression index
(Actor.Meta.indexes, "actor_name_lower_idx"): a prefix is a range scan of
that index, `lower(name) >= 'kim' AND lower(name) < 'kin'`, which SQLite
and PostgreSQL both serve from a B-tree whatever the collation's LIKE
support. Matches inside a name ("jong" in "Kim Jong Un") come after the
prefix matches, when these are too few to fill the list, through a trigram
index (migration 0009: FTS5 on SQLite, pg_trgm on PostgreSQL). Between
the two come the actors one of whose aliases ("Pyongyang", "DPRK") starts
with the term, under their own name, through the alias's unique index on
its lower-cased name (ActorAlias.Meta.constraints), the same range scan.
bench/typeahead_speed.py measures them at 50,000 actors."""
from django.db import connection
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower

from timeline.models import Actor, ActorAlias, Article

SUGGESTIONS = 10
# Longest term looked up: a name is at most 200 characters.
MAX_TERM = 200


def fold(text):
    """`text` lower-cased as the database's lower() does it: SQLite's folds
    only ASCII letters, PostgreSQL's every letter."""
    text = " ".join(text.split())[:MAX_TERM]
    if connection.vendor == "sqlite":
        return text.translate(_ASCII_LOWER)
    return text.lower()


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _keyed():
    return Actor.objects.annotate(key=Lower("name"))


def _aliases_keyed():
    return ActorAlias.objects.annotate(key=Lower("name"))


def find_actor(text):
    """The actor `text` names (any case), or whose slug it is (links carry
    slugs), or one of whose aliases it is; None when there is none."""
    text = " ".join((text or "").split())
    if not text:
        return None
    key = fold(text)
    return (
        _keyed().filter(key=key).first()
        or Actor.objects.filter(slug=text[:200]).first()
        or Actor.objects.filter(pk__in=_aliases_keyed().filter(key=key).values("actor")).first()
    )


def actor_suggestions(term, limit=SUGGESTIONS):
    """Up to `limit` actor names for what has been typed: names starting
    with it first (alphabetically), then actors an alias of which starts
    with it, then names containing it."""
    key = fold(term or "")
    if not key:
        return []
    after = _after_prefix(key)
    prefix = list(_keyed().filter(key__gte=key, key__lt=after).order_by("key").values_list("name", flat=True)[:limit])
    if len(prefix) < limit:
        # Actors by another name: an alias starting with the term. Asked for
        # `limit` more than needed, as some may be actors already listed.
        by_alias = (
            _aliases_keyed().filter(key__gte=key, key__lt=after).order_by("key")
            .values_list("actor__name", flat=True)[: 2 * limit]
        )
        prefix += [name for name in dict.fromkeys(by_alias) if name not in prefix][: limit - len(prefix)]
    # Trigram indexes need three characters; shorter terms match by prefix only.
    if len(prefix) < limit and len(key) >= 3:
        prefix += (
            _containing(key)
            .exclude(key__gte=key, key__lt=after)
            .exclude(name__in=prefix)
            .order_by("key")
            .values_list("name", flat=True)[: limit - len(prefix)]
        )
    return prefix


def _containing(key):
    """Actors whose lower-cased name contains `key`, through the trigram index."""
    if connection.vendor == "sqlite":
        # A quoted phrase: the trigram tokenizer matches it as a substring,
        # in any case, and FTS5 reads nothing in it as syntax.
        phrase = '"' + key.replace('"', '""') + '"'
        ids = RawSQL("SELECT rowid FROM timeline_actor_trigram WHERE timeline_actor_trigram MATCH %s", [phrase])
        return _keyed().filter(pk__in=ids)
    return _keyed().filter(key__contains=key)


def _after_prefix(key):
    """The smallest string above every string that starts with `key`
    (binary order: SQLite's, and PostgreSQL's C collation)."""
    return key[:-1] + chr(ord(key[-1]) + 1)


def find_source(text):
    """The stored source `text` names, in its stored spelling; None if none."""
    wanted = " ".join((text or "").split()).casefold()
    return next((source for source in Article.objects.sources() if source.casefold() == wanted), None)


def source_suggestions(term, limit=SUGGESTIONS):
    """Outlets for what has been typed: from the cached list of sources
    (a few hundred at most), those starting with it, then those containing it."""
    wanted = " ".join((term or "").split()).casefold()
    if not wanted:
        return []
    sources = Article.objects.sources()
    starting = [s for s in sources if s.casefold().startswith(wanted)]
    inside = [s for s in sources if wanted in s.casefold() and s not in starting]
    return (starting + inside)[:limit]
