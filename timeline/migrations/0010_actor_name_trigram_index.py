"""Actor names found by any part ("jong" in "Kim Jong Un") through an index:
an FTS5 trigram table on SQLite, kept by triggers, and a pg_trgm GIN index
on PostgreSQL. Both serve timeline/suggest.py's "contains" look-up; the
prefix look-up uses actor_name_lower_idx (migration 0007)."""
from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE timeline_actor_trigram USING fts5(name, tokenize = 'trigram')",
    "INSERT INTO timeline_actor_trigram(rowid, name) SELECT id, name FROM timeline_actor",
    "CREATE TRIGGER timeline_actor_trigram_insert AFTER INSERT ON timeline_actor BEGIN "
    "INSERT INTO timeline_actor_trigram(rowid, name) VALUES (new.id, new.name); END",
    "CREATE TRIGGER timeline_actor_trigram_update AFTER UPDATE OF name ON timeline_actor BEGIN "
    "DELETE FROM timeline_actor_trigram WHERE rowid = old.id; "
    "INSERT INTO timeline_actor_trigram(rowid, name) VALUES (new.id, new.name); END",
    "CREATE TRIGGER timeline_actor_trigram_delete AFTER DELETE ON timeline_actor BEGIN "
    "DELETE FROM timeline_actor_trigram WHERE rowid = old.id; END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS timeline_actor_trigram_delete",
    "DROP TRIGGER IF EXISTS timeline_actor_trigram_update",
    "DROP TRIGGER IF EXISTS timeline_actor_trigram_insert",
    "DROP TABLE IF EXISTS timeline_actor_trigram",
]
# pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX actor_name_trgm_idx ON timeline_actor USING gin (lower(name) gin_trgm_ops)",
]
POSTGRES_BACKWARD = ["DROP INDEX IF EXISTS actor_name_trgm_idx"]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("timeline", "0009_roles_as_groups")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
