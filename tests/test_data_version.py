"""The data version during a bulk import (models.DataVersion.held_for_batch):
a run's batches bump it at most once a window, its last batch at once, and
every other write (a person's) at once, as always."""
import datetime
import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.utils import timezone
from test_jobs import ARTICLES

from timeline import jobs
from timeline.importing import import_article
from timeline.models import Article, DataVersion, Event, ImportRun

MORE = [
    {"title": f"Report {n}", "published": "2023-05-02",
     "text": f"Inspectors visited reactor {n} on Monday, the agency said."}
    for n in range(1, 5)
]


@pytest.fixture(autouse=True)
def one_article_a_batch(monkeypatch, settings):
    monkeypatch.setattr(jobs, "EXTRACT_AHEAD", False)
    monkeypatch.setattr(jobs, "BATCH_SIZE", 1)
    settings.TIMELINE_BULK_VERSION_SECONDS = 10


@pytest.fixture
def clock(monkeypatch):
    """timezone.now() stands still until the test moves it (`clock.at += ...`)."""

    class Clock:
        at = datetime.datetime(2026, 12, 2, 9, 0, tzinfo=datetime.UTC)

    monkeypatch.setattr(timezone, "now", lambda: Clock.at)
    return Clock


def a_run(items=ARTICLES):
    return jobs.create_import_run([(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(items)],
                                  label="input")


def next_batch(run):
    return jobs.process_batch(ImportRun.objects.get(pk=run.pk))


def version():
    return DataVersion.current()


@pytest.mark.django_db
def test_batches_bump_once_a_window_and_the_last_batch_at_once(clock):
    run = a_run()  # four batches of one article
    start = version()
    assert next_batch(run)["version_bumped"] and version() == start + 1  # none bumped before
    clock.at += datetime.timedelta(seconds=4)
    assert not next_batch(run)["version_bumped"]
    assert version() == start + 1 and Article.objects.count() == 2  # written, not yet shown
    clock.at += datetime.timedelta(seconds=6)  # 10 s since the last bump: the window has passed
    assert next_batch(run)["version_bumped"] and version() == start + 2
    clock.at += datetime.timedelta(seconds=1)
    assert next_batch(run)["version_bumped"] and version() == start + 3  # the last one
    assert next_batch(run) is None
    assert not DataVersion.objects.get().held


@pytest.mark.django_db
def test_a_persons_edit_bumps_at_once_between_unshown_batches(clock):
    run = a_run()
    next_batch(run)
    assert not next_batch(run)["version_bumped"]
    before = version()
    event = Event.objects.order_by("pk").first()
    event.title = "Renamed by an editor"
    event.save()
    assert version() == before + 1


@pytest.mark.django_db
def test_readers_pages_wait_for_the_window_and_show_a_persons_edit_at_once(client, clock):
    run = a_run(MORE)
    next_batch(run)  # bumps: the first batch
    page = client.get("/articles/").content
    assert b"Report 1" in page
    next_batch(run)  # within the window: the cached page stays as it was
    assert client.get("/articles/").content == page
    # A person's change shows at once (and with it the batch before it).
    article = Article.objects.get(title="Report 1")
    article.title = "Report one"
    article.save()
    page = client.get("/articles/").content
    assert b"Report one" in page and b"Report 2" in page
    clock.at += datetime.timedelta(seconds=3)
    next_batch(run)  # within the window of the last batch's bump (none since)
    assert b"Report 3" not in client.get("/articles/").content
    next_batch(run)  # the last batch
    page = client.get("/articles/").content
    assert b"Report 3" in page and b"Report 4" in page


@pytest.mark.django_db
def test_a_form_import_bumps_at_once_during_a_run(clock):
    run = a_run()
    next_batch(run)
    before = version()
    # What the import form calls.
    import_article(title="By hand", published=datetime.date(2023, 5, 2), text="The minister resigned on Monday.")
    assert version() > before


@pytest.mark.django_db
def test_a_run_that_stops_early_shows_its_batches(clock, monkeypatch):
    run = a_run()
    next_batch(run)
    write, calls = jobs.write_imports, []

    def fails_on_the_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise ZeroDivisionError
        return write(*args, **kwargs)

    monkeypatch.setattr(jobs, "write_imports", fails_on_the_second)
    before = version()
    with pytest.raises(ZeroDivisionError):
        jobs.process(run.pk)  # one batch unshown, then a failure
    assert Article.objects.count() == 2 and version() == before + 1
    assert not DataVersion.objects.get().held  # the failed batch's hold went with its transaction


@pytest.mark.django_db
def test_resuming_after_a_killed_worker_shows_its_batches(clock, settings):
    run = a_run()
    next_batch(run)
    next_batch(run)  # unshown, and then the worker is killed
    ImportRun.objects.filter(pk=run.pk).update(status=ImportRun.Status.RUNNING)
    before = version()
    # Queued only (no worker here): resuming alone shows what was written.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    call_command("resume_imports", stdout=io.StringIO())
    assert version() == before + 1


def test_a_batch_that_fails_inside_a_caught_error_leaves_the_version_unheld(db):
    """A caller that catches a batch's error inside the same transaction and
    commits must not commit `held`: every later bump would be skipped and
    every cache frozen."""
    before = DataVersion.current()
    with transaction.atomic():
        try:
            with DataVersion.held_for_batch(last=False):
                raise ValueError("the batch failed")
        except ValueError:
            pass
    assert not DataVersion.objects.get(pk=1).held
    DataVersion.bump()
    assert DataVersion.current() == before + 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's row locks")
def test_a_batch_never_waits_for_the_version_row(clock):
    """Another transaction holds the data version's row (a person's edit,
    between its trigger's bump and its commit): the batch neither waits for
    it at its start nor at its end (held_for_batch's SKIP LOCKED). It says
    it did not bump, and the next bump shows its rows. The batch held the
    row from its start, and waited (here: lock_timeout)."""
    DataVersion.objects.get_or_create(pk=1)  # an earlier transaction=True test emptied the table
    run = a_run(ARTICLES[:1])
    holding, release, errors = threading.Event(), threading.Event(), []

    def hold_the_row():
        try:
            with transaction.atomic():
                DataVersion.objects.select_for_update().get(pk=1)
                holding.set()
                release.wait(30)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            holding.set()
            connections.close_all()

    holder = threading.Thread(target=hold_the_row)
    holder.start()
    try:
        assert holding.wait(30)
        before = version()
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '2s'")
        try:
            outcome = next_batch(run)  # the run's last batch
        finally:
            with connection.cursor() as cursor:
                cursor.execute("RESET lock_timeout")
    finally:
        release.set()
        holder.join(30)
    assert (outcome["version_bumped"], outcome["created"], Article.objects.count(), errors) == (False, 1, 1, [])
    assert version() == before
    DataVersion.bump()  # what jobs.process does as the run ends (show_batches)
    assert version() == before + 1
