"""The data version (migration 0014) can be held by a bulk import's batch:
its writes leave the version alone, and the batch bumps it once at its end
when its window says so (models.DataVersion.held_for_batch). The triggers
bump only while the version is not held; `held` is true only inside such a
batch's transaction, so every other writer bumps as before."""
from django.db import migrations, models

TABLE = "timeline_dataversion"
WATCHED = [
    "timeline_event", "timeline_mention", "timeline_event_actors", "timeline_article", "timeline_actor",
    "timeline_category",
]
OPERATIONS = ("INSERT", "UPDATE", "DELETE")


def bump(condition):
    return f"UPDATE {TABLE} SET version = version + 1 WHERE id = 1{condition};"


DROP_SQLITE = [f"DROP TRIGGER IF EXISTS {table}_version_{op.lower()}" for table in WATCHED for op in OPERATIONS]


def sqlite_triggers(condition):
    return [
        f"CREATE TRIGGER {table}_version_{op.lower()} AFTER {op} ON {table} BEGIN {bump(condition)} END"
        for table in WATCHED
        for op in OPERATIONS
    ]


def postgres_function(condition):
    return [
        f"""CREATE OR REPLACE FUNCTION timeline_data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {bump(condition)}
            RETURN NULL;
        END $$"""
    ]


HELD = " AND NOT held"


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("timeline", "0022_month_counts_per_statement")]

    operations = [
        # SQLite rebuilds the table to add a column, which its triggers
        # (naming it) refuse: they go first, and come back changed.
        migrations.RunPython(run({"sqlite": DROP_SQLITE}), run({"sqlite": sqlite_triggers("")})),
        migrations.AddField(model_name="dataversion", name="held", field=models.BooleanField(default=False)),
        migrations.AddField(
            model_name="dataversion", name="batch_bumped_at", field=models.DateTimeField(blank=True, null=True)
        ),
        migrations.RunPython(
            run({"sqlite": sqlite_triggers(HELD), "postgresql": postgres_function(HELD)}),
            run({"sqlite": DROP_SQLITE, "postgresql": postgres_function("")}),
        ),
    ]
