"""Migration operations of the timeline app.

Django's SQLite backend adds a NOT NULL column, or one with a default, by
rebuilding the table (create a copy, copy the rows, drop, rename). That drops
the triggers on the table (full-text search, monthly counts, data version:
migrations 0004, 0013, 0014) and fails on other tables' triggers that name
it. SQLite can add such a column in place, with a constant default, and
that keeps every trigger: AddFieldInPlace does so. The default stays in the
SQLite column definition (SQLite cannot drop it), which does no harm since
Django always writes a value. Other databases get Django's own AddField.
"""

from django.db import migrations


def on_postgresql(statements):
    """A RunPython function that executes these SQL statements on PostgreSQL
    and does nothing elsewhere (the full-text search table and its triggers
    exist on PostgreSQL only: migrations 0006, 0017, 0024, 0026)."""

    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class AddFieldInPlace(migrations.AddField):
    """AddField that never rebuilds a SQLite table (see the module's docstring)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "sqlite":
            return super().database_forwards(app_label, schema_editor, from_state, to_state)
        model = to_state.apps.get_model(app_label, self.model_name)
        if not self.allow_migrate_model(schema_editor.connection.alias, model):
            return
        field = model._meta.get_field(self.name)
        definition, params = schema_editor.column_sql(model, field, include_default=True)
        # As Django's own add_field: column_sql leaves out a field's check.
        check = field.db_parameters(connection=schema_editor.connection)["check"]
        if check:
            definition += " " + schema_editor.sql_check_constraint % {"check": check}
        if field.is_relation:
            definition += " " + schema_editor.sql_create_inline_fk % {
                "to_table": schema_editor.quote_name(field.target_field.model._meta.db_table),
                "to_column": schema_editor.quote_name(field.target_field.column),
                "on_delete_db": "",
            }
        schema_editor.execute(
            f"ALTER TABLE {schema_editor.quote_name(model._meta.db_table)} "
            f"ADD COLUMN {schema_editor.quote_name(field.column)} {definition}",
            params,
        )
        if field.db_index or field.is_relation:
            schema_editor.execute(schema_editor._create_index_sql(model, fields=[field]))

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "sqlite":
            return super().database_backwards(app_label, schema_editor, from_state, to_state)
        model = from_state.apps.get_model(app_label, self.model_name)
        if not self.allow_migrate_model(schema_editor.connection.alias, model):
            return
        field = model._meta.get_field(self.name)
        # SQLite refuses to drop a column that an index names.
        for index in schema_editor._constraint_names(model, [field.column], index=True):
            schema_editor.execute(f"DROP INDEX {schema_editor.quote_name(index)}")
        schema_editor.execute(
            f"ALTER TABLE {schema_editor.quote_name(model._meta.db_table)} "
            f"DROP COLUMN {schema_editor.quote_name(field.column)}"
        )

    def describe(self):
        return f"{super().describe()} (in place on SQLite)"
