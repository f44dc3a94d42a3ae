from django.db import migrations, models

from timeline.migration_operations import AddFieldInPlace


def mark_disputes(apps, schema_editor):
    """Events that several articles report, checked as imports check them
    (timeline/claims.py, whose rule reads fields only). After 0018 every
    mention claims its event's own date and place, so this finds none unless
    mentions were given claims of their own since."""
    from timeline import claims

    Mention = apps.get_model("timeline", "Mention")
    Event = apps.get_model("timeline", "Event")
    several = (
        Mention.objects.order_by().values("event_id")
        .annotate(articles=models.Count("article_id", distinct=True)).filter(articles__gt=1)
        .values_list("event_id", flat=True)
    )
    ids = sorted(several)
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        mentions = {}
        for mention in Mention.objects.filter(event_id__in=chunk).only(*claims.MENTION_FIELDS):
            mentions.setdefault(mention.event_id, []).append(mention)
        disputed = [
            event.pk for event in Event.objects.filter(pk__in=chunk)
            if any(claims.disputes(event, mentions.get(event.pk, ())).values())
        ]
        Event.objects.filter(pk__in=disputed).update(disputed=True)


EVENT_FIELDS = [
    ("date_settled_through", models.BigIntegerField(blank=True, editable=False, null=True)),
    ("disputed", models.BooleanField(default=False, editable=False, help_text="Its sources disagree on a fact.")),
    ("place_settled_through", models.BigIntegerField(blank=True, editable=False, null=True)),
]


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0019_date_changes"),
    ]

    operations = [
        *(migrations.AddField(model_name="historicalevent", name=name, field=field) for name, field in EVENT_FIELDS),
        # In place on SQLite: see timeline/migration_operations.py.
        *(
            AddFieldInPlace(model_name="event", name=name, field=dict(EVENT_FIELDS)[name].clone())
            for name in ("disputed", "date_settled_through", "place_settled_through")
        ),
        migrations.AddIndex(
            model_name="event",
            index=models.Index(condition=models.Q(("disputed", True)), fields=["date", "id"], name="event_disputed_idx"),
        ),
        migrations.RunPython(mark_disputes, migrations.RunPython.noop),
    ]
