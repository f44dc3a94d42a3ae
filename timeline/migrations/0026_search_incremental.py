"""PostgreSQL: a batch's search documents refreshed incrementally.

An event's document (migration 0006) was one to_tsvector of its title,
summary, place and all its sentences, so every batch that added a report to
an event re-parsed every sentence of it: at 20,000 imported articles events
have tens of reports, and the refresh (migration 0024) was half the
database's time a batch. Now a document is the title, summary and place's
tsvector followed by each sentence's own, in mention id order (tsvector
`||`, which shifts the positions of its right side past its left's):
`timeline_tsvector_agg`, a fold with `||`. The row also holds the last
mention folded in (`last_mention`), so refreshing the events a batch touched
appends only the sentences of their newer mentions, parsing nothing twice;
since the fold is the same whichever way it is cut, the document is the one
a full rebuild makes (tests/test_search.py compares them). The mention id
order also makes a document deterministic: string_agg had no ORDER BY, so a
document followed the plan's order of the mentions.

Searches match the same events: only the positions inside a document
differ from migration 0006's (a sentence's words start after the words of
the parts before it, not after their stop words too); plainto_tsquery ANDs
words and reads no positions. Deletes and updates (the triggers) rebuild the
event's document whole, as before."""
from django.db import migrations

from timeline.migration_operations import on_postgresql

CONFIG = "'english'::regconfig"
HEAD = f"to_tsvector({CONFIG}, coalesce(e.title, '') || ' ' || coalesce(e.summary, '') || ' ' || coalesce(e.place, ''))"


def sentences(after):
    """The event `e`'s sentences past mention id `after`, folded in id
    order: one row (document, last), both NULL when there are none."""
    return f"""(SELECT timeline_tsvector_agg(to_tsvector({CONFIG}, coalesce(m.sentence, '')) ORDER BY m.id) AS document,
            max(m.id) AS last
        FROM timeline_mention m WHERE m.event_id = e.id AND m.id > {after})"""


# Every event's document from nothing: (event_id, document, last_mention) of
# the events `e` of a FROM clause that the caller ends (WHERE ...).
FULL = f"""SELECT e.id, {HEAD} || coalesce(n.document, ''::tsvector), coalesce(n.last, 0)
    FROM timeline_event e CROSS JOIN LATERAL {sentences("0")} n"""
UPSERT = """INSERT INTO timeline_event_search (event_id, document, last_mention)"""
ON_CONFLICT = "ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document, last_mention = EXCLUDED.last_mention"

FORWARD = [
    "CREATE AGGREGATE timeline_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')",
    "ALTER TABLE timeline_event_search ADD COLUMN last_mention bigint NOT NULL DEFAULT 0",
    # One event, whole (the triggers: deletes and updates of its rows).
    f"""CREATE OR REPLACE FUNCTION timeline_event_search_refresh(target bigint) RETURNS void LANGUAGE sql AS $$
        {UPSERT} {FULL} WHERE e.id = target {ON_CONFLICT}
    $$""",
    # A batch's events: a stored document gets the sentences of the mentions
    # past its last one; an event with none (new, its insert deferred) is
    # built whole. Events with nothing new are left alone (no row rewritten,
    # no index entries made again).
    f"""CREATE OR REPLACE FUNCTION timeline_event_search_refresh_many(targets bigint[]) RETURNS void
    LANGUAGE sql AS $$
        {UPSERT}
        SELECT e.id, coalesce(s.document, {HEAD}) || coalesce(n.document, ''::tsvector),
            greatest(s.last_mention, n.last, 0)
        FROM timeline_event e
        LEFT JOIN timeline_event_search s ON s.event_id = e.id
        CROSS JOIN LATERAL {sentences("coalesce(s.last_mention, 0)")} n
        WHERE e.id = ANY(targets) AND (s.event_id IS NULL OR n.last IS NOT NULL)
        ORDER BY e.id
        {ON_CONFLICT}
    $$""",
    # Every document anew, by this definition.
    f"{UPSERT} {FULL} {ON_CONFLICT}",
]

OLD_DOCUMENT = f"""to_tsvector({CONFIG}, coalesce(e.title, '') || ' ' || coalesce(e.summary, '') || ' '
    || coalesce(e.place, '') || ' '
    || coalesce((SELECT string_agg(m.sentence, ' ') FROM timeline_mention m WHERE m.event_id = e.id), ''))"""
BACKWARD = [
    f"""CREATE OR REPLACE FUNCTION timeline_event_search_refresh(target bigint) RETURNS void LANGUAGE sql AS $$
        INSERT INTO timeline_event_search (event_id, document)
        SELECT e.id, {OLD_DOCUMENT} FROM timeline_event e WHERE e.id = target
        ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document
    $$""",
    f"""CREATE OR REPLACE FUNCTION timeline_event_search_refresh_many(targets bigint[]) RETURNS void
    LANGUAGE sql AS $$
        INSERT INTO timeline_event_search (event_id, document)
        SELECT e.id, {OLD_DOCUMENT} FROM timeline_event e WHERE e.id = ANY(targets) ORDER BY e.id
        ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document
    $$""",
    "ALTER TABLE timeline_event_search DROP COLUMN last_mention",
    "DROP AGGREGATE timeline_tsvector_agg(tsvector)",
    f"""INSERT INTO timeline_event_search (event_id, document) SELECT e.id, {OLD_DOCUMENT} FROM timeline_event e
        ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document""",
]


class Migration(migrations.Migration):
    dependencies = [("timeline", "0025_data_version_held_setting")]

    operations = [migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD))]
