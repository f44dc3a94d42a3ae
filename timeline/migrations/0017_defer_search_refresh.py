"""PostgreSQL: let a bulk import refresh the search documents once per batch.

The triggers of migration 0006 rebuild an event's document on every insert
of the event and of each of its mentions: ~0.75 ms a row, most of a bulk
import's time on PostgreSQL. Inside a transaction that sets
`timeline.defer_search` to 'on', inserts skip the refresh, and the importer
refreshes each touched event once before it commits (timeline/jobs.py).
Deletes and updates refresh as before."""

from django.db import migrations

from timeline.migration_operations import on_postgresql

SKIP = "IF TG_OP = 'INSERT' AND current_setting('timeline.defer_search', true) = 'on' THEN RETURN NULL; END IF;"


def on_event(skip):
    return f"""CREATE OR REPLACE FUNCTION timeline_event_search_on_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {skip}
            IF TG_OP = 'DELETE' THEN
                DELETE FROM timeline_event_search WHERE event_id = OLD.id;
            ELSE
                PERFORM timeline_event_search_refresh(NEW.id);
            END IF;
            RETURN NULL;
        END $$"""


def on_mention(skip):
    return f"""CREATE OR REPLACE FUNCTION timeline_event_search_on_mention() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {skip}
            IF TG_OP = 'DELETE' THEN
                PERFORM timeline_event_search_refresh(OLD.event_id);
            ELSE
                PERFORM timeline_event_search_refresh(NEW.event_id);
            END IF;
            RETURN NULL;
        END $$"""


class Migration(migrations.Migration):
    dependencies = [("timeline", "0016_import_runs")]

    operations = [
        migrations.RunPython(
            on_postgresql([on_event(SKIP), on_mention(SKIP)]), on_postgresql([on_event(""), on_mention("")])
        ),
    ]
