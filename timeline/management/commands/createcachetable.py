"""Django's createcachetable, made for every database by default: on SQLite
the cache table lives in the "cache" database, a file of its own
(settings.py, timeline.cache_backends), which this creates with its table.
The router puts the table where it belongs and nowhere else, so a bare
`manage.py createcachetable` (bin/serve, bench) sets up either layout."""
from django.core.management.commands import createcachetable
from django.db import connections


class Command(createcachetable.Command):
    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(database=None)

    def handle(self, *tablenames, **options):
        aliases = [options["database"]] if options["database"] else list(connections)
        for alias in aliases:
            super().handle(*tablenames, **{**options, "database": alias})
