"""Export the whole timeline to one file, for import_timeline.

Articles, their mentions, events, actors, categories (statuses and
everything an editor changed included) and the users and groups that
created them: Django's serializer (dumpdata) with natural keys, so the file
does not depend on the database it came from. A name ending in .gz, .bz2,
.xz or .zip is compressed."""
from django.core.management import call_command
from django.core.management.base import BaseCommand

# The apps and models that make up the timeline; whole apps, so that models
# added later (history, import runs) are exported too.
EXPORTED = ["auth.group", "auth.user", "timeline"]


class Command(BaseCommand):
    help = "Export the whole timeline (articles, events, mentions, actors, categories, users) to a JSON file."

    def add_arguments(self, parser):
        parser.add_argument("path", help="file to write, e.g. timeline.json.gz")

    def handle(self, path, **options):
        call_command(
            "dumpdata", *EXPORTED, natural_foreign=True, natural_primary=True, indent=None, output=path,
            verbosity=0,
        )
        self.stdout.write(f"Exported the timeline to {path}.")
