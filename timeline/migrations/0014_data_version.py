"""A number that every write to what the timeline shows changes, for
keying cached fragments (models.DataVersion)."""
from django.db import migrations, models

TABLE = "timeline_dataversion"
WATCHED = [
    "timeline_event", "timeline_mention", "timeline_event_actors", "timeline_article", "timeline_actor",
    "timeline_category",
]
BUMP = f"UPDATE {TABLE} SET version = version + 1 WHERE id = 1;"

SQLITE_FORWARD = [f"INSERT INTO {TABLE} (id, version) VALUES (1, 1)"] + [
    f"CREATE TRIGGER {table}_version_{op.lower()} AFTER {op} ON {table} BEGIN {BUMP} END"
    for table in WATCHED
    for op in ("INSERT", "UPDATE", "DELETE")
]
SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {table}_version_{op.lower()}" for table in WATCHED for op in ("INSERT", "UPDATE", "DELETE")
]

# Once per statement, not per row: a bulk insert bumps it once.
POSTGRES_FORWARD = [
    f"INSERT INTO {TABLE} (id, version) VALUES (1, 1)",
    f"""CREATE FUNCTION timeline_data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {BUMP}
            RETURN NULL;
        END $$""",
] + [
    f"CREATE TRIGGER {table}_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
    "FOR EACH STATEMENT EXECUTE FUNCTION timeline_data_version_bump()"
    for table in WATCHED
]
POSTGRES_BACKWARD = [f"DROP TRIGGER IF EXISTS {table}_version ON {table}" for table in WATCHED] + [
    "DROP FUNCTION IF EXISTS timeline_data_version_bump()"
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("timeline", "0013_event_month_counts")]

    operations = [
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("version", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
