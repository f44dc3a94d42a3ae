from django.db import migrations, models

from timeline.extraction.types import period_end


def fill_last_day(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    for event in Event.objects.only("id", "date", "precision", "end_date").iterator(chunk_size=2000):
        Event.objects.filter(pk=event.pk).update(
            last_day=period_end(event.end_date or event.date, event.precision)
        )


class Migration(migrations.Migration):
    dependencies = [("timeline", "0002_default_categories")]

    operations = [
        migrations.AddField(model_name="event", name="last_day", field=models.DateField(null=True, editable=False)),
        migrations.RunPython(fill_last_day, migrations.RunPython.noop),
        migrations.AlterField(model_name="event", name="last_day", field=models.DateField(editable=False)),
        migrations.AddIndex(
            model_name="event",
            index=models.Index(fields=["category", "date"], name="event_category_date_idx"),
        ),
        migrations.AddIndex(
            model_name="event",
            index=models.Index(
                condition=models.Q(("last_day__gt", models.F("date"))),
                fields=["last_day", "date"],
                name="event_multiday_idx",
            ),
        ),
    ]
