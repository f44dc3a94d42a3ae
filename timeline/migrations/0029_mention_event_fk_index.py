"""No index of a mention's event alone: the unique (event, article,
cue_start) and the (event, id) index of migration 0028 both lead with it,
so every lookup by event has an index, and a bulk import's batch no longer
maintains a third one for its 2,000 new mentions.

The index is dropped by name rather than by AlterField: on SQLite Django
alters a foreign key by rebuilding the table, which would drop the
mention's full-text triggers (migration 0004). The name is the one Django
gave it (schema_editor._create_index_name("timeline_mention", ["event_id"])),
the same on both databases."""

import django.db.models.deletion
from django.db import migrations, models

INDEX = "timeline_mention_event_id_9c3b9e0a"


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0028_mention_event_id_index'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='mention',
                    name='event',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE,
                                            related_name='mentions', to='timeline.event'),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    f'DROP INDEX IF EXISTS "{INDEX}"',
                    f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "timeline_mention" ("event_id")',
                ),
            ],
        ),
    ]
