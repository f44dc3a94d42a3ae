"""Full-text search over events, one implementation per database, behind
EventQuerySet.search().

Each event has one document: its title, summary, place and every sentence
that reports it, kept in step by triggers so that every way of writing
events and mentions (forms, the admin, bulk inserts, update()) keeps it
right:

- SQLite: an FTS5 table with the Porter stemmer (migration 0004);
- PostgreSQL: a table of GIN-indexed tsvectors (migration 0006; a bulk
  batch appends its new sentences to them, migration 0026), searched
  with plainto_tsquery, which ANDs the stemmed words.

Other databases fall back to case-insensitive substring matches.

A common word matches a good part of the table. SQLite, given `id IN
(matches)`, looks up every match by its id and sorts them all to list the
newest 30 (at a million events, some 200,000 lookups); so for a word with
more than COMMON_MATCHES matches it walks an index of the events instead
(the dates, or the one another filter offers), checking each event against
the list of matches (read from the full-text index, without looking them
up), and stops when the page is full. PostgreSQL chooses that plan by
itself from its statistics."""
import re

from django.db import connections
from django.db.models import F, Func, Q
from django.db.models.expressions import RawSQL
from django.db.models.lookups import In

WORD = re.compile(r"\w+")
# Matches past which a search is common enough that walking the events in
# order finds a page of them sooner than looking every match up.
COMMON_MATCHES = 1000


def words(query):
    """The words of a query; punctuation and search syntax are dropped, so
    no input is read as FTS5 or tsquery operators."""
    return WORD.findall(query or "")


def matching_ids(vendor, query_words):
    """A subquery of the ids of events containing every word, stemmed, or
    None where the database has no full-text index."""
    if vendor == "postgresql":
        return RawSQL(
            "SELECT event_id FROM timeline_event_search WHERE document @@ plainto_tsquery('english'::regconfig, %s)",
            [" ".join(query_words)],
        )
    if vendor == "sqlite":
        # Each word quoted, so FTS5 reads none of them as its own syntax.
        match = " ".join('"' + word.replace('"', '""') + '"' for word in query_words)
        return RawSQL("SELECT rowid FROM timeline_event_fts WHERE timeline_event_fts MATCH %s", [match])
    return None


def search(events, query):
    """`events` narrowed to those containing every word of `query`."""
    query_words = words(query)
    if not query_words:
        return events
    vendor = events.db_vendor
    ids = matching_ids(vendor, query_words)
    if vendor == "sqlite" and is_common(events, ids):
        # The unary plus keeps SQLite from driving the query by the matches' ids.
        return events.filter(In(Func(F("pk"), template="+%(expressions)s"), ids))
    if ids is not None:
        return events.filter(pk__in=ids)
    from timeline.models import Mention

    for word in query_words:
        events = events.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(place__icontains=word)
            | Q(pk__in=Mention.objects.filter(sentence__icontains=word).values("event_id"))
        )
    return events


def is_common(events, ids):
    """Whether more than COMMON_MATCHES events match: reads at most that
    many of the full-text index's matches."""
    sql, params = ids.sql, ids.params
    with connections[events.db].cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT %s)", [*params, COMMON_MATCHES + 1])
        return cursor.fetchone()[0] > COMMON_MATCHES
