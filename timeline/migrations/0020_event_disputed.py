from django.db import migrations, models

# The columns added to timeline_event, in place on SQLite as 0018 adds the
# mention's: Django would rebuild the table for a NOT NULL column, dropping
# its triggers (search, monthly counts, data version).
NEW_COLUMNS = ["disputed", "date_settled_through", "place_settled_through"]


def add_columns(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    for name in NEW_COLUMNS:
        field = Event._meta.get_field(name)
        if schema_editor.connection.vendor != "sqlite":
            schema_editor.add_field(Event, field)
            continue
        definition, params = schema_editor.column_sql(Event, field, include_default=True)
        schema_editor.execute(
            f"ALTER TABLE {schema_editor.quote_name(Event._meta.db_table)} "
            f"ADD COLUMN {schema_editor.quote_name(field.column)} {definition}",
            params,
        )


def remove_columns(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    for name in reversed(NEW_COLUMNS):
        field = Event._meta.get_field(name)
        if schema_editor.connection.vendor != "sqlite":
            schema_editor.remove_field(Event, field)
            continue
        schema_editor.execute(
            f"ALTER TABLE {schema_editor.quote_name(Event._meta.db_table)} "
            f"DROP COLUMN {schema_editor.quote_name(field.column)}"
        )


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
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(model_name="event", name=name, field=field.clone()) for name, field in EVENT_FIELDS
            ],
            database_operations=[],
        ),
        migrations.RunPython(add_columns, remove_columns),
        migrations.AddIndex(
            model_name="event",
            index=models.Index(condition=models.Q(("disputed", True)), fields=["date", "id"], name="event_disputed_idx"),
        ),
        migrations.RunPython(mark_disputes, migrations.RunPython.noop),
    ]
