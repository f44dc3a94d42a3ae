"""A starting point in the history for every row that existed before it was
kept (migration 0007): without one, the first change to an older event has
nothing to compare with or revert to. New databases have no rows here, so
this costs nothing on a fresh install; on a large one it writes one
historical row per row, in batches."""
from django.db import migrations
from django.utils import timezone

MODELS = ["Category", "Actor", "Article", "Event", "Mention"]
BATCH = 2000
REASON = "recorded when the history was installed"


def starting_point(apps, schema_editor):
    now = timezone.now()
    for name in MODELS:
        model = apps.get_model("timeline", name)
        historical = apps.get_model("timeline", f"Historical{name}")
        fields = [f.attname for f in model._meta.concrete_fields]
        rows = model.objects.exclude(pk__in=historical.objects.values("id")).order_by("pk")
        batch = []
        for obj in rows.iterator(chunk_size=BATCH):
            batch.append(
                historical(
                    **{field: getattr(obj, field) for field in fields},
                    history_date=now, history_type="+", history_change_reason=REASON,
                )
            )
            if len(batch) >= BATCH:
                write(apps, name, historical, batch)
                batch = []
        write(apps, name, historical, batch)


def write(apps, name, historical, batch):
    if not batch:
        return
    created = historical.objects.bulk_create(batch)
    if name != "Event":
        return
    # An event's actors at that point, for the history's actor changes.
    links = apps.get_model("timeline", "Event").actors.through
    through = apps.get_model("timeline", "HistoricalEvent_actors")
    by_event = {}
    for link in links.objects.filter(event_id__in=[h.id for h in batch]):
        by_event.setdefault(link.event_id, []).append(link)
    if not all(h.history_id for h in created):  # backends that do not return ids
        created = historical.objects.filter(id__in=[h.id for h in batch], history_change_reason=REASON)
    through.objects.bulk_create(
        [through(id=link.id, history_id=h.history_id, event_id=h.id, actor_id=link.actor_id)
         for h in created for link in by_event.get(h.id, [])],
        batch_size=BATCH,
    )


class Migration(migrations.Migration):
    dependencies = [("timeline", "0010_actor_name_trigram_index")]

    operations = [migrations.RunPython(starting_point, migrations.RunPython.noop)]
