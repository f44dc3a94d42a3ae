"""PostgreSQL: a bulk batch holds the data version by a setting of its own
transaction, not by writing the version's row.

A batch set `held` on the row (migration 0023) before it wrote, so it held
the row's lock from its start; a person's edit locks an event and then, in
its trigger, waits for the row, and when the batch then updated that event
each waited for the other (a deadlock, which PostgreSQL broke by aborting
one of them). Now a batch says `SET LOCAL timeline.version_held = 'on'`,
which no other transaction sees and which ends with its own; the trigger
leaves the version alone while it is on. The batch touches the row only at
its end, and then only if the row is free (DataVersion.held_for_batch).
`held` stays for SQLite, whose one write lock orders writers anyway."""
from django.db import migrations

TABLE = "timeline_dataversion"


def bump_function(held_setting):
    skip = "IF current_setting('timeline.version_held', true) = 'on' THEN RETURN NULL; END IF;" if held_setting else ""
    return f"""CREATE OR REPLACE FUNCTION timeline_data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {skip}
            UPDATE {TABLE} SET version = version + 1 WHERE id = 1 AND NOT held;
            RETURN NULL;
        END $$"""


def run(statement):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("timeline", "0024_search_refresh_many")]

    operations = [migrations.RunPython(run(bump_function(True)), run(bump_function(False)))]
