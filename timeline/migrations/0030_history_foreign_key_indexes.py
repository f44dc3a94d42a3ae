"""The history tables' copies of foreign keys go unindexed: the history is
read by record (an object's id: the event page, the admin, re-derivation),
never by the event, article, anchor, category, creator, announcement or
parent it names, and each index took an entry for every record a bulk
import's batch writes (some 2,000 mention and as many event records).
The history user's index stays: deleting a user looks records up by it.

Dropped by name rather than by AlterField, which rebuilds a table on SQLite
(seven times here); the names are the ones Django gave them, the same on
both databases."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# (table, column, the index Django named for it)
INDEXES = [
    ("timeline_historicalevent", "announced_by_id", "timeline_historicalevent_announced_by_id_14b5bb51"),
    ("timeline_historicalevent", "category_id", "timeline_historicalevent_category_id_fdb61d38"),
    ("timeline_historicalevent", "created_by_id", "timeline_historicalevent_created_by_id_f8fab610"),
    ("timeline_historicalevent", "parent_id", "timeline_historicalevent_parent_id_97b4034d"),
    ("timeline_historicalmention", "anchor_id", "timeline_historicalmention_anchor_id_3167d037"),
    ("timeline_historicalmention", "article_id", "timeline_historicalmention_article_id_7ce9ef0f"),
    ("timeline_historicalmention", "event_id", "timeline_historicalmention_event_id_da800b40"),
]


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0029_mention_event_fk_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='historicalevent',
                    name='announced_by',
                    field=models.ForeignKey(blank=True, db_constraint=False, db_index=False, help_text='The source that announced it before it was reported held or called off.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='timeline.mention'),
                ),
                migrations.AlterField(
                    model_name='historicalevent',
                    name='category',
                    field=models.ForeignKey(blank=True, db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='timeline.category'),
                ),
                migrations.AlterField(
                    model_name='historicalevent',
                    name='created_by',
                    field=models.ForeignKey(blank=True, db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL),
                ),
                migrations.AlterField(
                    model_name='historicalevent',
                    name='parent',
                    field=models.ForeignKey(blank=True, db_constraint=False, db_index=False, help_text='The summary (a month, a year or a range) this event is one of the items of.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='timeline.event'),
                ),
                migrations.AlterField(
                    model_name='historicalmention',
                    name='anchor',
                    field=models.ForeignKey(blank=True, db_constraint=False, db_index=False, help_text='The report whose date this one was counted from; empty: the publication date.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='timeline.mention'),
                ),
                migrations.AlterField(
                    model_name='historicalmention',
                    name='article',
                    field=models.ForeignKey(blank=True, db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='timeline.article'),
                ),
                migrations.AlterField(
                    model_name='historicalmention',
                    name='event',
                    field=models.ForeignKey(blank=True, db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='timeline.event'),
                ),
            ],
            database_operations=[
                migrations.RunSQL(f'DROP INDEX IF EXISTS "{index}"',
                                  f'CREATE INDEX IF NOT EXISTS "{index}" ON "{table}" ("{column}")')
                for table, column, index in INDEXES
            ],
        ),
    ]
