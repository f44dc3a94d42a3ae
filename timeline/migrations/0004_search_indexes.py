"""Full-text search: FTS5 on SQLite, GIN indexes over tsvectors on PostgreSQL.

Both sit behind EventQuerySet.search(). On SQLite the FTS5 table is kept in
step by triggers, so that every way of writing events and mentions (forms,
the admin, bulk inserts, update()) keeps it right."""
from django.db import migrations

# The text of an event for search: its own fields and every sentence that reports it.
SQLITE_BODY = """(SELECT coalesce(e.summary, '') || ' ' || coalesce(e.place, '') || ' ' ||
    coalesce((SELECT group_concat(m.sentence, ' ') FROM timeline_mention m WHERE m.event_id = e.id), '')
    FROM timeline_event e WHERE e.id = {id})"""

SQLITE_REINDEX = """DELETE FROM timeline_event_fts WHERE rowid = {id};
    INSERT INTO timeline_event_fts(rowid, title, body)
    SELECT e.id, e.title, """ + SQLITE_BODY + """ FROM timeline_event e WHERE e.id = {id};"""

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE timeline_event_fts USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')",
    "INSERT INTO timeline_event_fts(rowid, title, body) SELECT e.id, e.title, " + SQLITE_BODY.format(id="e.id")
    + " FROM timeline_event e",
    "CREATE TRIGGER timeline_event_fts_insert AFTER INSERT ON timeline_event BEGIN "
    + SQLITE_REINDEX.format(id="new.id") + " END",
    "CREATE TRIGGER timeline_event_fts_update AFTER UPDATE OF title, summary, place ON timeline_event BEGIN "
    + SQLITE_REINDEX.format(id="new.id") + " END",
    "CREATE TRIGGER timeline_event_fts_delete AFTER DELETE ON timeline_event BEGIN "
    "DELETE FROM timeline_event_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER timeline_mention_fts_insert AFTER INSERT ON timeline_mention BEGIN "
    + SQLITE_REINDEX.format(id="new.event_id") + " END",
    "CREATE TRIGGER timeline_mention_fts_delete AFTER DELETE ON timeline_mention BEGIN "
    + SQLITE_REINDEX.format(id="old.event_id") + " END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS timeline_mention_fts_delete",
    "DROP TRIGGER IF EXISTS timeline_mention_fts_insert",
    "DROP TRIGGER IF EXISTS timeline_event_fts_delete",
    "DROP TRIGGER IF EXISTS timeline_event_fts_update",
    "DROP TRIGGER IF EXISTS timeline_event_fts_insert",
    "DROP TABLE IF EXISTS timeline_event_fts",
]

# The expressions must be exactly those EventQuerySet.search() builds with
# SearchVector, or PostgreSQL will not use the indexes.
POSTGRES_FORWARD = [
    "CREATE INDEX event_search_gin ON timeline_event USING gin (to_tsvector('english'::regconfig, "
    "COALESCE(title, '') || ' ' || COALESCE(summary, '') || ' ' || COALESCE(place, '')))",
    "CREATE INDEX mention_search_gin ON timeline_mention USING gin "
    "(to_tsvector('english'::regconfig, COALESCE(sentence, '')))",
]
POSTGRES_BACKWARD = ["DROP INDEX IF EXISTS event_search_gin", "DROP INDEX IF EXISTS mention_search_gin"]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("timeline", "0003_event_last_day")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
