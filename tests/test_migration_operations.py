"""timeline/migration_operations.py: columns added in place on SQLite keep
the tables' triggers, forwards and backwards."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def migrate(database, *args):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def schema(database):
    with sqlite3.connect(database) as connection:
        return sorted(connection.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


# Its own SQLite file, whatever the suite's database: one run is enough.
@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="SQLite-only; run with the SQLite suite"
)
def test_migrating_back_past_the_in_place_columns_and_forward_again_keeps_the_schema(tmp_path):
    """Unapplying 0018-0021 on SQLite used to fail ("error in trigger
    timeline_mention_fts_insert: no such table: main.timeline_event"):
    removing a foreign key or a checked column rebuilt timeline_event under
    the triggers that name it. Forward again, the schema is the fresh one,
    triggers and all."""
    database = tmp_path / "db.sqlite3"
    migrate(database)
    fresh = schema(database)
    assert any(kind == "trigger" and name == "timeline_mention_fts_insert" for kind, name, _ in fresh)

    migrate(database, "timeline", "0017")
    columns = {row[1] for row in sqlite3.connect(database).execute("PRAGMA table_info(timeline_event)")}
    assert not columns & {"stage", "parent_id", "disputed"}

    migrate(database)
    assert schema(database) == fresh
