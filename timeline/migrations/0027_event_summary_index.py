"""An index of the summaries alone: an import batch reads the summaries
that may cover its new events (stages._link_items: their categories, dates
up to a year before), a few hundred among tens of thousands of events, and
without it read every event of those categories (46,000 rows, 40 ms a batch
at 20,000 articles; 2 ms with it)."""
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("timeline", "0026_search_incremental")]

    operations = [
        migrations.AddIndex(
            model_name="event",
            index=models.Index(
                condition=models.Q(("summary_count__isnull", False)), fields=["category", "date"],
                name="event_summary_idx",
            ),
        ),
    ]
