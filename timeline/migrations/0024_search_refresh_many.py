"""PostgreSQL: refresh many events' search documents in one statement.

A bulk batch refreshed each touched event's document by calling
timeline_event_search_refresh (migration 0006) once per event: one INSERT
... ON CONFLICT run per event. This does the same for an array of events in
one INSERT ... SELECT, the document built by the same expression (so the
same tsvector); the events in id order, as the writer called them."""
from django.db import migrations

from timeline.migration_operations import on_postgresql

DOCUMENT = """to_tsvector('english'::regconfig, coalesce(e.title, '') || ' ' || coalesce(e.summary, '') || ' '
    || coalesce(e.place, '') || ' '
    || coalesce((SELECT string_agg(m.sentence, ' ') FROM timeline_mention m WHERE m.event_id = e.id), ''))"""

FORWARD = [
    f"""CREATE FUNCTION timeline_event_search_refresh_many(targets bigint[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO timeline_event_search (event_id, document)
        SELECT e.id, {DOCUMENT} FROM timeline_event e WHERE e.id = ANY(targets) ORDER BY e.id
        ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document
    $$""",
]
BACKWARD = ["DROP FUNCTION IF EXISTS timeline_event_search_refresh_many(bigint[])"]


class Migration(migrations.Migration):
    dependencies = [("timeline", "0023_data_version_held")]

    operations = [migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD))]
