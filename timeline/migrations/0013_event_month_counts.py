"""Events per month, category, status and precision, kept by triggers, for
the overview (models.EventMonthCount)."""
from django.db import migrations, models

TABLE = "timeline_eventmonthcount"
KEY = "month, category_id, status, precision"

SQLITE_ADD = f"""INSERT INTO {TABLE} (month, category_id, status, precision, count)
    VALUES (date({{row}}.date, 'start of month'), coalesce({{row}}.category_id, 0), {{row}}.status, {{row}}.precision, 1)
    ON CONFLICT ({KEY}) DO UPDATE SET count = count + 1;"""
SQLITE_REMOVE = f"""UPDATE {TABLE} SET count = count - 1
    WHERE month = date(old.date, 'start of month') AND category_id = coalesce(old.category_id, 0)
    AND status = old.status AND precision = old.precision;"""

SQLITE_FORWARD = [
    f"""INSERT INTO {TABLE} (month, category_id, status, precision, count)
        SELECT date(date, 'start of month'), coalesce(category_id, 0), status, precision, count(*)
        FROM timeline_event GROUP BY 1, 2, 3, 4""",
    "CREATE TRIGGER timeline_event_month_insert AFTER INSERT ON timeline_event BEGIN "
    + SQLITE_ADD.format(row="new") + " END",
    "CREATE TRIGGER timeline_event_month_delete AFTER DELETE ON timeline_event BEGIN " + SQLITE_REMOVE + " END",
    "CREATE TRIGGER timeline_event_month_update AFTER UPDATE OF date, category_id, status, precision "
    "ON timeline_event BEGIN " + SQLITE_REMOVE + SQLITE_ADD.format(row="new") + " END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS timeline_event_month_insert",
    "DROP TRIGGER IF EXISTS timeline_event_month_delete",
    "DROP TRIGGER IF EXISTS timeline_event_month_update",
]

POSTGRES_FORWARD = [
    f"""INSERT INTO {TABLE} (month, category_id, status, precision, count)
        SELECT date_trunc('month', date)::date, coalesce(category_id, 0), status, precision, count(*)
        FROM timeline_event GROUP BY 1, 2, 3, 4""",
    f"""CREATE FUNCTION timeline_event_month_count() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                UPDATE {TABLE} SET count = count - 1
                WHERE month = date_trunc('month', OLD.date)::date AND category_id = coalesce(OLD.category_id, 0)
                AND status = OLD.status AND precision = OLD.precision;
            END IF;
            IF TG_OP IN ('UPDATE', 'INSERT') THEN
                INSERT INTO {TABLE} (month, category_id, status, precision, count)
                VALUES (date_trunc('month', NEW.date)::date, coalesce(NEW.category_id, 0), NEW.status,
                        NEW.precision, 1)
                ON CONFLICT ({KEY}) DO UPDATE SET count = {TABLE}.count + 1;
            END IF;
            RETURN NULL;
        END $$""",
    "CREATE TRIGGER timeline_event_month_count AFTER INSERT OR DELETE OR UPDATE OF date, category_id, status, "
    "precision ON timeline_event FOR EACH ROW EXECUTE FUNCTION timeline_event_month_count()",
    # No TRUNCATE trigger: the counts are a model's table, which Django's
    # flush truncates in the same statement as the events (a trigger
    # truncating it again fails there: "being used by active queries").
]
POSTGRES_BACKWARD = [
    "DROP TRIGGER IF EXISTS timeline_event_month_count ON timeline_event",
    "DROP FUNCTION IF EXISTS timeline_event_month_count()",
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("timeline", "0012_actor_aliases")]

    operations = [
        migrations.CreateModel(
            name="EventMonthCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("month", models.DateField()),
                ("category_id", models.IntegerField()),
                ("status", models.CharField(max_length=10)),
                ("precision", models.CharField(max_length=5)),
                ("count", models.IntegerField()),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("month", "category_id", "status", "precision"), name="event_month_count_key"
                    )
                ],
            },
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
