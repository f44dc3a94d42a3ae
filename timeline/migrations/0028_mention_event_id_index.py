"""An index of each event's mentions by id: a bulk import's batch appends the
sentences of its touched events' newer mentions to their search documents
(migration 0026: `m.event_id = e.id AND m.id > last_mention`), which read
every mention of those events by the event index and its heap row to find
the new ones, some 20,000 rows a batch at 20,000 articles for 2,000 new
(that part of the refresh 22-28 -> 10-11 ms a batch, same data)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0027_event_summary_index'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='mention',
            index=models.Index(fields=['event', 'id'], name='mention_event_id_idx'),
        ),
    ]
