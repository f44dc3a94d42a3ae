"""PostgreSQL: keep the monthly event counts (migration 0013) once per
statement instead of once per row.

The row trigger ran an upsert for every inserted event: about two thirds of
the time of a bulk import's event INSERT. These statement triggers read the
rows a statement inserted, deleted or changed (transition tables) and apply
one upsert per month, category, status and precision, in key order (so two
imports at once wait for each other rather than deadlock). PostgreSQL takes
transition tables only on single-event triggers without a column list: one
trigger per operation, the UPDATE one for every update of events (an update
that changes none of the counted columns adds nothing). SQLite keeps its row
triggers: it has no other kind."""
from django.db import migrations

TABLE = "timeline_eventmonthcount"
KEY = "month, category_id, status, precision"


def rows(table, sign):
    return (
        f"SELECT date_trunc('month', date)::date AS month, coalesce(category_id, 0) AS category_id, status, "
        f"precision, {sign} AS change FROM {table}"
    )


def function(name, *parts):
    return f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {TABLE} ({KEY}, count)
            SELECT {KEY}, sum(change) FROM ({' UNION ALL '.join(parts)}) AS changes
            GROUP BY {KEY} HAVING sum(change) <> 0 ORDER BY {KEY}
            ON CONFLICT ({KEY}) DO UPDATE SET count = {TABLE}.count + excluded.count;
            RETURN NULL;
        END $$"""


FORWARD = [
    "DROP TRIGGER timeline_event_month_count ON timeline_event",
    "DROP FUNCTION timeline_event_month_count()",
    function("timeline_event_month_insert", rows("inserted", 1)),
    function("timeline_event_month_delete", rows("deleted", -1)),
    function("timeline_event_month_update", rows("inserted", 1), rows("deleted", -1)),
    "CREATE TRIGGER timeline_event_month_insert AFTER INSERT ON timeline_event REFERENCING NEW TABLE AS inserted "
    "FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_month_insert()",
    "CREATE TRIGGER timeline_event_month_delete AFTER DELETE ON timeline_event REFERENCING OLD TABLE AS deleted "
    "FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_month_delete()",
    "CREATE TRIGGER timeline_event_month_update AFTER UPDATE ON timeline_event "
    "REFERENCING OLD TABLE AS deleted NEW TABLE AS inserted "
    "FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_month_update()",
]
BACKWARD = [
    *(f"DROP TRIGGER timeline_event_month_{op} ON timeline_event" for op in ("insert", "delete", "update")),
    *(f"DROP FUNCTION timeline_event_month_{op}()" for op in ("insert", "delete", "update")),
]


def run(statements, then=()):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in [*statements, *then]:
                schema_editor.execute(statement)

    return operation


def row_trigger():
    """Migration 0013's row trigger, to go back to."""
    from importlib import import_module

    previous = import_module("timeline.migrations.0013_event_month_counts")
    return previous.POSTGRES_FORWARD[1:]  # its function and trigger, without the first count


class Migration(migrations.Migration):
    dependencies = [("timeline", "0021_event_stage_parent")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD, row_trigger()))]
