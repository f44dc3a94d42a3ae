"""timeline/signals.py: what saving a mention one by one refreshes, and what
it costs."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from launch_reports import SINPO, WONSAN, report

from timeline.models import Event, Mention

D = datetime.date


@pytest.fixture
def launch(db):
    report(SINPO, "Missile fired from Sinpo", "Harbor Wire")
    report(WONSAN, "Launch from the east coast", "Coastline Daily")
    event = Event.objects.get()
    assert event.mentions.count() == 2 and event.disputed
    return event


def reads_of_a_mention_row(queries):
    """The statements that read one mention back by its primary key."""
    return [q["sql"] for q in queries if q["sql"].startswith("SELECT") and '"timeline_mention"."id" = ' in q["sql"]]


def test_saving_a_loaded_mention_reads_no_row_again(launch):
    """The event a mention leaves is the one it was loaded with
    (Mention.from_db): saving it asks no query for it, where the signal
    read the row again for every mention saved."""
    other = Event.objects.create(title="Another launch", date=D(2023, 4, 6))
    mentions = list(Mention.objects.filter(event=launch))
    with CaptureQueriesContext(connection) as unchanged:
        mentions[0].save()
    mentions[1].event = other
    with CaptureQueriesContext(connection) as moved:
        mentions[1].save()
    assert reads_of_a_mention_row(unchanged.captured_queries) == []
    assert reads_of_a_mention_row(moved.captured_queries) == []
    launch.refresh_from_db()
    assert not launch.disputed  # the event it left was compared again


def test_a_mention_moved_twice_refreshes_the_event_it_last_left(launch):
    """After a save the mention's event is the one it left at the next."""
    other = Event.objects.create(title="Another launch", date=D(2023, 4, 6))
    third = Event.objects.create(title="A third launch", date=D(2023, 4, 6))
    mention = Mention.objects.get(event=launch, article__source="Coastline Daily")
    mention.event = other
    mention.save()
    # Back onto the launch, and on again: the launch is disputed, then not.
    mention.event = launch
    mention.save()
    launch.refresh_from_db()
    assert launch.disputed
    mention.event = third
    with CaptureQueriesContext(connection) as queries:
        mention.save()
    assert reads_of_a_mention_row(queries.captured_queries) == []
    launch.refresh_from_db()
    assert not launch.disputed


@pytest.mark.parametrize("how", ["built with its key", "event deferred"])
def test_a_mention_not_loaded_whole_reads_the_event_it_leaves(launch, how):
    """A mention whose stored event is not known (built with a primary key,
    or loaded without its event) reads it, as the signal always did."""
    other = Event.objects.create(title="Another launch", date=D(2023, 4, 6))
    stored = Mention.objects.get(event=launch, article__source="Coastline Daily")
    if how == "built with its key":
        mention = Mention(**{f.attname: getattr(stored, f.attname) for f in Mention._meta.concrete_fields})
    else:
        mention = Mention.objects.defer("event").get(pk=stored.pk)
    mention.event = other
    with CaptureQueriesContext(connection) as queries:
        mention.save()
    assert len(reads_of_a_mention_row(queries.captured_queries)) == 1
    launch.refresh_from_db()
    assert not launch.disputed


def test_a_mention_refreshed_from_the_database_knows_its_stored_event(launch):
    """refresh_from_db reloads the event too: the one the row holds is the
    one the next save leaves."""
    other = Event.objects.create(title="Another launch", date=D(2023, 4, 6))
    third = Event.objects.create(title="A third launch", date=D(2023, 4, 6))
    mention = Mention.objects.get(event=launch, article__source="Coastline Daily")
    Mention.objects.filter(pk=mention.pk).update(event=other)  # behind its back
    Event.objects.filter(pk=other.pk).update(disputed=True)  # a flag update() left stale
    mention.refresh_from_db()
    mention.event = third
    mention.save()
    other.refresh_from_db()
    assert not other.disputed


def test_a_save_that_leaves_the_event_out_keeps_the_stored_one(launch):
    """save(update_fields=...) without the event writes no event: the row
    still holds the launch, which the next full save leaves."""
    other = Event.objects.create(title="Another launch", date=D(2023, 4, 6))
    mention = Mention.objects.get(event=launch, article__source="Coastline Daily")
    mention.event = other
    mention.save(update_fields=["cue"])
    assert Mention.objects.get(pk=mention.pk).event_id == launch.pk
    mention.save()
    launch.refresh_from_db()
    assert not launch.disputed
