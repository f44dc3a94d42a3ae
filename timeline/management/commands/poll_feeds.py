"""Poll the subscribed feeds whose interval has passed, for cron where no
background worker (`manage.py db_worker`) runs:

    */15 * * * *  cd /srv/timeline && .venv/bin/python manage.py poll_feeds

Exits with status 1 when a feed could not be polled (the reason is also
shown on the feeds page); the other feeds are still polled."""
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from timeline.feeds import poll, poll_due
from timeline.models import Feed


class Command(BaseCommand):
    help = "Poll the subscribed RSS/Atom feeds that are due and import their new items for review."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="poll every feed that is not paused, due or not")
        parser.add_argument("--feed", type=int, action="append", metavar="ID", help="poll this feed now (repeatable)")

    def handle(self, *args, **options):
        now = timezone.now()
        if options["feed"]:
            feeds = list(Feed.objects.filter(pk__in=options["feed"]))
            missing = set(options["feed"]) - {f.pk for f in feeds}
            if missing:
                raise CommandError(f"No feed with id {', '.join(map(str, sorted(missing)))}.")
            results = [(feed, poll(feed, now=now)) for feed in feeds]
        elif options["all"]:
            results = [(feed, poll(feed, now=now)) for feed in Feed.objects.filter(paused=False)]
        else:
            results = poll_due(now)
        failures = 0
        for feed, result in results:
            if result.error:
                failures += 1
                self.stderr.write(f"{feed}: {result.error}")
                continue
            failed = f", {result.failed} item(s) failed (see the feeds page)" if result.failed else ""
            self.stdout.write(f"{feed}: {result.new} new article(s), {result.known} already known{failed}")
        if not results:
            self.stdout.write("No feed is due.")
        if failures:
            raise CommandError(f"{failures} of {len(results)} feed(s) could not be polled.")
        self.stdout.write(self.style.SUCCESS(f"Polled {len(results)} feed(s)."))
