"""Subscribe to an RSS or Atom feed from the command line, as the feeds page
does: the feed is read first (a wrong address or a page that is not a feed
is refused and nothing is stored), polled once at once, and its next poll
scheduled for the background worker."""
from django.core.management.base import BaseCommand, CommandError

from timeline.feeds import FeedError, poll, read_feed, schedule
from timeline.models import Feed


class Command(BaseCommand):
    help = "Subscribe to an RSS or Atom feed and import its items for review."

    def add_arguments(self, parser):
        parser.add_argument("url", help="the feed's http(s) address")
        parser.add_argument(
            "--interval",
            type=int,
            default=Feed.Interval.HOUR,
            choices=Feed.Interval.values,
            metavar="MINUTES",
            help=f"poll every MINUTES ({', '.join(map(str, Feed.Interval.values))}; default 60)",
        )

    def handle(self, *args, **options):
        url = options["url"]
        if Feed.objects.filter(url=url).exists():
            raise CommandError(f"Already subscribed to {url}.")
        try:
            title, _, _ = read_feed(url)
        except FeedError as error:
            raise CommandError(str(error)) from None
        feed = Feed.objects.create(url=url, title=title[:300], interval=options["interval"])
        result = poll(feed)
        schedule(feed)
        if result.error:
            raise CommandError(f"Subscribed to {feed}, but the first poll failed: {result.error}")
        failed = f"; {result.failed} item(s) could not be imported (see the feeds page)" if result.failed else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"Subscribed to {feed} (feed {feed.pk}, {feed.get_interval_display().lower()}): "
                f"{result.new} new article(s) imported for review{failed}."
            )
        )
