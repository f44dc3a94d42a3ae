"""Counts and a digest of what an import stored, to prove that a change to
the writer stores the same rows: run the same import (bench/import_profile.py
or bench/import_speed.py, same --articles and --seed, fresh database) before
and after, and compare the two outputs line by line.

Every row of the tables an import writes, ordered by primary key (history
records by history id), with every column but the ones that hold the time of
writing (created_at, history_date ...), which differ from run to run by
nature, and the surrogate key of a history record's actors; the monthly
counts, and on PostgreSQL the search documents.

    .venv/bin/python bench/stored_digest.py --database-url postgres://postgres@127.0.0.1:5432/timeline_profile
    .venv/bin/python bench/stored_digest.py --database-url sqlite:////tmp/profile.sqlite3 --save /tmp/a.txt
"""
import argparse
import datetime
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TABLES = [
    "timeline_article", "timeline_event", "timeline_mention", "timeline_event_actors", "timeline_actor",
    "timeline_actoralias", "timeline_category", "timeline_datechange", "timeline_historicalarticle",
    "timeline_historicalevent", "timeline_historicalmention", "timeline_historicalevent_actors",
    "timeline_eventmonthcount",
]


def digest_lines():
    from django.db import connection

    lines = []
    with connection.cursor() as cursor:
        for table in TABLES:
            columns = [column.name for column in connection.introspection.get_table_description(cursor, table)]
            keep = [c for c in columns if not (c.endswith("_at") or c in ("history_date", "search", "m2m_history_id"))]
            # A history record's actors, by the record and the link.
            order = "history_id, id" if "history_id" in columns else "id"
            cursor.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY {order}")
            digest, count = hashlib.sha256(), 0
            for row in cursor.fetchall():
                count += 1
                values = [value.isoformat() if isinstance(value, datetime.date | datetime.datetime) else value
                          for value in row]
                digest.update(repr(values).encode())
            lines.append(f"{table:<34} {count:>8} rows  {digest.hexdigest()[:16]}")
        if connection.vendor == "postgresql":
            # The search documents (migration 0006), kept by triggers and by
            # the writer's refresh.
            cursor.execute("SELECT event_id, document::text FROM timeline_event_search ORDER BY event_id")
            rows = cursor.fetchall()
            digest = hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
            lines.append(f"{'timeline_event_search':<34} {len(rows):>8} rows  {digest}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--save", help="also write the lines to this file")
    args = parser.parse_args()
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    import django

    django.setup()
    lines = digest_lines()
    print("\n".join(lines))
    if args.save:
        Path(args.save).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
