"""Feeds an editor subscribes to: the list with each feed's last poll, new
items and errors; subscribe, pause or resume, poll now.

Subscribing and "Poll now" poll at once, in the request, so the editor sees
straight away what the feed brought; after that the background job (or
`manage.py poll_feeds` from cron) polls each feed on its interval."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from timeline.feeds import poll, schedule
from timeline.forms import FeedForm
from timeline.models import Feed


def report(feed, result):
    if result.error:
        return f"“{feed}” could not be polled: {result.error}"
    failed = f" {result.failed} item(s) could not be imported: see below." if result.failed else ""
    if result.new:
        return f"“{feed}”: {result.new} new article(s) imported; their events wait for review.{failed}"
    return f"“{feed}”: nothing new.{failed}"


@login_required
@permission_required("timeline.add_article", raise_exception=True)
def feed_list(request):
    form = FeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        feed = form.save(commit=False)
        feed.title = form.feed_title[:300]
        feed.created_by = request.user
        feed.save()
        result = poll(feed)
        schedule(feed)
        (messages.warning if result.error or result.failed else messages.success)(
            request, "Subscribed. " + report(feed, result)
        )
        return redirect("timeline:feed_list")
    feeds = Feed.objects.annotate(
        failed_items=Count("items", filter=Q(items__article__isnull=True) & ~Q(items__error=""))
    )
    return render(request, "timeline/feed_list.html", {"form": form, "feeds": feeds})


@login_required
@permission_required("timeline.add_article", raise_exception=True)
@require_POST
def feed_pause(request, pk):
    feed = get_object_or_404(Feed, pk=pk)
    feed.paused = not feed.paused
    feed.save(update_fields=["paused"])
    # Resuming a feed that is overdue polls it at the next worker pass.
    schedule(feed, at=timezone.now() if not feed.paused and feed.is_due(timezone.now()) else None)
    messages.success(request, f"“{feed}” is {'paused' if feed.paused else 'polled again'}.")
    return redirect("timeline:feed_list")


@login_required
@permission_required("timeline.add_article", raise_exception=True)
@require_POST
def feed_poll(request, pk):
    feed = get_object_or_404(Feed, pk=pk)
    result = poll(feed)
    schedule(feed)
    (messages.warning if result.error or result.failed else messages.success)(request, report(feed, result))
    return redirect("timeline:feed_list")
