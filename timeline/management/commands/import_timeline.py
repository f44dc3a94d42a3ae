"""Import a file made by export_timeline into an empty database.

One transaction: the whole file or nothing. The target must hold no
articles, events, actors or users yet (only what `migrate` creates), so an
import never mixes two timelines; the default categories migrate creates
make way for the exported ones."""
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from timeline.models import Actor, Article, Category, Event, Mention


class Command(BaseCommand):
    help = "Import a timeline exported by export_timeline into an empty database (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="file made by export_timeline")

    def handle(self, path, **options):
        occupied = [
            str(model._meta.verbose_name_plural)
            # The history counts: importing beside an older history would mix two timelines' pasts.
            for model in (Article, Event, Mention, Actor, get_user_model(), Event.history.model)
            if model.objects.exists()
        ]
        if occupied:
            raise CommandError(
                f"This database already holds {', '.join(occupied)}: import_timeline only fills an empty "
                "database (run migrate on a new one)."
            )
        # The file carries the history; emptying the categories and loading
        # must not add to it (setting an event's actors would otherwise record
        # a change per event).
        with transaction.atomic(), override_settings(SIMPLE_HISTORY_ENABLED=False):
            # Unused by any event in an empty database; the file brings its own.
            Category.objects.all().delete()
            call_command("loaddata", path, verbosity=0)
        self.stdout.write(
            f"Imported {Article.objects.count()} article(s), {Event.objects.count()} event(s), "
            f"{Mention.objects.count()} mention(s), {Actor.objects.count()} actor(s) and "
            f"{Category.objects.count()} categories from {path}."
        )
