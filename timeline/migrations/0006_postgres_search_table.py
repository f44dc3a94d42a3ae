"""PostgreSQL: search a stored tsvector per event, as SQLite searches FTS5.

Migration 0004 indexed expressions over events and mentions separately, so
every match was re-parsed (to_tsvector on each row rechecked) and two sets
of ids were joined: ~80 ms for a common word at 100,000 events. One table
with each event's document (its title, summary, place and every sentence
that reports it), kept by triggers and GIN-indexed, answers in one index
scan without re-parsing anything."""
from django.db import migrations

from timeline.migration_operations import on_postgresql

DOCUMENT = """to_tsvector('english'::regconfig, coalesce(e.title, '') || ' ' || coalesce(e.summary, '') || ' '
    || coalesce(e.place, '') || ' '
    || coalesce((SELECT string_agg(m.sentence, ' ') FROM timeline_mention m WHERE m.event_id = e.id), ''))"""

FORWARD = [
    "DROP INDEX IF EXISTS event_search_gin",
    "DROP INDEX IF EXISTS mention_search_gin",
    # No foreign key: Django's test flush truncates timeline_event without
    # CASCADE; the TRUNCATE trigger below empties this table instead.
    "CREATE TABLE timeline_event_search (event_id bigint PRIMARY KEY, document tsvector NOT NULL)",
    "CREATE INDEX timeline_event_search_gin ON timeline_event_search USING gin (document)",
    f"""CREATE FUNCTION timeline_event_search_refresh(target bigint) RETURNS void LANGUAGE sql AS $$
        INSERT INTO timeline_event_search (event_id, document)
        SELECT e.id, {DOCUMENT} FROM timeline_event e WHERE e.id = target
        ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document
    $$""",
    """CREATE FUNCTION timeline_event_search_on_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM timeline_event_search WHERE event_id = OLD.id;
            ELSE
                PERFORM timeline_event_search_refresh(NEW.id);
            END IF;
            RETURN NULL;
        END $$""",
    """CREATE FUNCTION timeline_event_search_on_mention() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM timeline_event_search_refresh(OLD.event_id);
            ELSE
                PERFORM timeline_event_search_refresh(NEW.event_id);
            END IF;
            RETURN NULL;
        END $$""",
    """CREATE FUNCTION timeline_event_search_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            TRUNCATE timeline_event_search;
            RETURN NULL;
        END $$""",
    "CREATE TRIGGER timeline_event_search_event AFTER INSERT OR DELETE OR UPDATE OF title, summary, place "
    "ON timeline_event FOR EACH ROW EXECUTE FUNCTION timeline_event_search_on_event()",
    "CREATE TRIGGER timeline_event_search_mention AFTER INSERT OR DELETE OR UPDATE OF sentence, event_id "
    "ON timeline_mention FOR EACH ROW EXECUTE FUNCTION timeline_event_search_on_mention()",
    "CREATE TRIGGER timeline_event_search_truncate AFTER TRUNCATE ON timeline_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_search_on_truncate()",
    f"INSERT INTO timeline_event_search (event_id, document) SELECT e.id, {DOCUMENT} FROM timeline_event e",
]

BACKWARD = [
    "DROP TRIGGER IF EXISTS timeline_event_search_truncate ON timeline_event",
    "DROP TRIGGER IF EXISTS timeline_event_search_mention ON timeline_mention",
    "DROP TRIGGER IF EXISTS timeline_event_search_event ON timeline_event",
    "DROP FUNCTION IF EXISTS timeline_event_search_on_truncate()",
    "DROP FUNCTION IF EXISTS timeline_event_search_on_mention()",
    "DROP FUNCTION IF EXISTS timeline_event_search_on_event()",
    "DROP FUNCTION IF EXISTS timeline_event_search_refresh(bigint)",
    "DROP TABLE IF EXISTS timeline_event_search",
    "CREATE INDEX event_search_gin ON timeline_event USING gin (to_tsvector('english'::regconfig, "
    "COALESCE(title, '') || ' ' || COALESCE(summary, '') || ' ' || COALESCE(place, '')))",
    "CREATE INDEX mention_search_gin ON timeline_mention USING gin "
    "(to_tsvector('english'::regconfig, COALESCE(sentence, '')))",
]


class Migration(migrations.Migration):
    dependencies = [("timeline", "0005_event_date_index_covers_status")]

    operations = [migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD))]
