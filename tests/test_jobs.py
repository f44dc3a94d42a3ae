"""Bulk imports and re-extraction in batches (timeline/jobs.py), the import
command's validation and Ctrl-C, resuming after a killed worker."""
import datetime
import json
import os
import threading
import time

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError, connection, connections, transaction
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from timeline import jobs
from timeline.extraction import extract_events
from timeline.forms import ArticleImportForm
from timeline.models import Article, DataVersion, Event, ImportItem, ImportRun, Mention

ARTICLES = [
    {"title": "Seoul report", "published": "2023-03-09", "source": "Harbor Wire",
     "text": "North Korea fired six short-range ballistic missiles into the sea on Thursday, officials said."},
    {"title": "Tokyo report", "published": "2023-03-09", "url": "https://news.example.org/tokyo",
     "text": "Six short-range missiles were fired by North Korea on Thursday, Japan's defence ministry said."},
    {"title": "Envoy", "published": "2023-04-07",
     "text": "The envoy met the foreign minister in Seoul on Friday. Talks resume in May, officials said."},
    {"title": "Bombers", "published": "2023-04-12",
     "text": "US bombers flew over the peninsula on Monday, a day after the drills ended."},
]


@pytest.fixture
def immediate_jobs(settings):
    """Jobs run inline when queued, as if a worker picked them up at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def inline_extraction(monkeypatch):
    """No helper process unless a test asks for one (it costs a second to start)."""
    monkeypatch.setattr(jobs, "EXTRACT_AHEAD", False)


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(jobs, "BATCH_SIZE", 1)


@pytest.mark.django_db
def test_extracting_ahead_in_a_helper_process_stores_the_same(small_batches):
    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES, start=1)]
    jobs.process(jobs.create_import_run(records, label="inline").pk, ahead=False)
    inline = snapshot()
    Article.objects.all().delete()
    Event.objects.all().delete()
    assert jobs.process(jobs.create_import_run(records, label="ahead").pk, ahead=True) == "done"
    assert snapshot() == inline


def write_jsonl(path, items):
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    return path


def snapshot():
    """What an import leaves behind, independent of primary keys."""
    return {
        "articles": sorted(Article.objects.values_list("title", "url", "source", "published")),
        "events": sorted(Event.objects.values_list("title", "date", "precision", "category__slug")),
        "mentions": sorted(Mention.objects.values_list("article__title", "event__title", "cue_start")),
        "links": sorted(Event.actors.through.objects.values_list("event__title", "actor__name")),
    }


# The command validates exactly as the import form does.

TOO_LONG = {
    "title": {"title": "x" * 301},
    "url": {"url": "https://news.example.org/" + "a" * 480},
    "source": {"source": "s" * 201},
    "NUL in text": {"text": "Missiles were fired on Thursday.\x00"},
    "NUL in title": {"title": "Launch\x00"},
    "date in 2999": {"published": "2999-01-01"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("change", TOO_LONG.values(), ids=TOO_LONG.keys())
def test_command_refuses_what_the_form_refuses(tmp_path, change):
    article = {**ARTICLES[0], **change}
    assert not ArticleImportForm(data=article).is_valid()
    path = write_jsonl(tmp_path / "bad.jsonl", [ARTICLES[2], article])
    with pytest.raises(CommandError, match="(?s)bad.jsonl:2: .*Nothing was imported") as info:
        call_command("import_articles", str(path))
    form_errors = " ".join(e for errors in ArticleImportForm(data=article).errors.values() for e in errors)
    assert form_errors.split(".")[0] in str(info.value)
    assert not Article.objects.exists()


def test_checking_in_bulk_shares_the_fields_but_the_web_form_does_not():
    """Checking inputs in bulk does not deep-copy the form's fields for each
    (jobs._checking_form); the import form shown to people still has its own
    copies, which an uploaded page changes (title and date not required)."""
    checking = jobs._checking_form()
    assert checking(data={}).fields is checking(data={}).fields
    assert ArticleImportForm().fields["title"] is not ArticleImportForm().fields["title"]
    assert ArticleImportForm().fields["title"] is not checking(data={}).fields["title"]
    for change in TOO_LONG.values():
        article = {**ARTICLES[0], **change}
        assert checking(data=article).errors == ArticleImportForm(data=article).errors


@pytest.mark.django_db
def test_command_stores_what_the_form_cleans(tmp_path):
    """The form's cleaning applies too: a URL without a scheme gets https,
    Windows line ends and trailing spaces go."""
    item = {**ARTICLES[0], "url": "news.example.org/seoul", "text": ARTICLES[0]["text"] + "  \r\n\r\n"}
    call_command("import_articles", str(write_jsonl(tmp_path / "a.jsonl", [item])))
    article = Article.objects.get()
    assert article.url == "https://news.example.org/seoul"
    assert article.text == ARTICLES[0]["text"]


@pytest.mark.django_db
def test_ctrl_c_ends_cleanly_and_the_import_goes_on_from_there(tmp_path, small_batches, monkeypatch):
    path = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    write = jobs.write_imports
    calls = []

    def interrupted_on_the_third_batch(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return write(*args, **kwargs)

    monkeypatch.setattr(jobs, "write_imports", interrupted_on_the_third_batch)
    with pytest.raises(CommandError, match=r"Interrupted: 2 of 4 article\(s\) done") as info:
        call_command("import_articles", str(path))
    assert info.value.returncode == 130
    run = ImportRun.objects.get()
    assert f"--resume {run.pk}" in str(info.value)
    assert run.status == ImportRun.Status.STOPPED and run.position == 2
    assert Article.objects.count() == 2

    monkeypatch.setattr(jobs, "write_imports", write)
    call_command("import_articles", "--resume", str(run.pk))
    run.refresh_from_db()
    assert (run.status, run.position, run.created) == (ImportRun.Status.DONE, 4, 4)
    after_resume = snapshot()

    Article.objects.all().delete()
    Event.objects.all().delete()
    call_command("import_articles", str(path))
    assert snapshot() == after_resume


@pytest.mark.django_db
@pytest.mark.parametrize("step", ["clean_article", "create_import_run"])
def test_ctrl_c_before_the_first_batch_imports_nothing(tmp_path, monkeypatch, step):
    path = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(jobs, step, interrupted)
    with pytest.raises(CommandError, match="nothing was imported") as info:
        call_command("import_articles", str(path))
    assert info.value.returncode == 130
    assert not Article.objects.exists() and not ImportRun.objects.exists()


# Batches, resuming, idempotence.


@pytest.mark.django_db
def test_batches_give_what_one_article_at_a_time_gives(tmp_path, monkeypatch):
    """A batch stores the same articles, events, mentions and actor links
    as importing the articles one by one (timeline.importing.import_article,
    the form's path), happenings joined included, whatever the batch size."""
    for item in ARTICLES * 2:  # the repeats are skipped
        fields, problem = jobs.clean_article(item)
        assert problem is None
        Article.objects.import_article(**fields)
    one_by_one = snapshot()
    assert len(one_by_one["articles"]) == 4 and len(one_by_one["mentions"]) > len(one_by_one["events"])

    for size in (1, 3, 200):
        Article.objects.all().delete()
        Event.objects.all().delete()
        monkeypatch.setattr(jobs, "BATCH_SIZE", size)
        call_command("import_articles", str(write_jsonl(tmp_path / "a.jsonl", ARTICLES * 2)))
        assert snapshot() == one_by_one, size


@pytest.mark.django_db
def test_batches_match_events_as_the_form_path_does_on_the_demo_corpus(monkeypatch):
    """On the demo corpus (many reports of one event across articles, and
    within batches) the batch writer's matching agrees with
    timeline.importing.import_article's, article by article."""
    from timeline.management.commands.load_demo import Command as LoadDemo

    demo = jobs.checked(LoadDemo().demo_records())[:12]
    # Each article again, as an update: its events are reported again.
    updates = [
        (f"{origin} (update)", {**fields, "url": "", "title": fields["title"] + " (updated)",
                                "text": fields["text"] + "\n\nThis story has been updated."})
        for origin, fields in demo
    ]
    records = [record for pair in zip(demo, updates, strict=True) for record in pair]
    for _, fields in records:
        Article.objects.import_article(**fields)
    one_by_one = snapshot()
    assert len(one_by_one["mentions"]) - len(one_by_one["events"]) >= 100  # many merges
    for size in (5, 200):
        Article.objects.all().delete()
        Event.objects.all().delete()
        monkeypatch.setattr(jobs, "BATCH_SIZE", size)
        jobs.process(jobs.create_import_run(records, label="demo").pk)
        assert snapshot() == one_by_one, size


def actor_history():
    """Each event's change history as (kind, its actors then), oldest first."""
    return sorted(
        (
            (event.title, event.date),
            [
                (record.history_type, sorted(row.actor.name for row in record.actors.select_related("actor")))
                for record in event.history.order_by("history_id")
            ],
        )
        for event in Event.objects.all()
    )


@pytest.mark.django_db
def test_bulk_and_form_imports_keep_each_events_actors_in_its_history(django_user_model, monkeypatch):
    """An event's history holds its actors from its first record on, and a
    report that adds actors to a known event is a change with them: the
    bulk writer once stored the links with no history (reverting an event
    to its first version dropped its actors, and its first edit showed
    actors it never changed). A batch of one article records what the form
    does; a larger batch records an event it creates and joins as added
    with all its actors."""
    importer = django_user_model.objects.create_user(username="importer", password="pw-importer-123",
                                                     is_superuser=True)

    def check_latest_records():
        assert any(event.actors.exists() for event in Event.objects.all())
        for event in Event.objects.all():
            records = list(event.history.order_by("history_id"))
            assert records[0].history_type == "+" and {r.history_user for r in records} == {importer}
            assert {row.actor_id for row in records[-1].actors.all()} == set(event.actors.values_list("pk", flat=True))

    for item in ARTICLES:
        Article.objects.import_article(**jobs.clean_article(item)[0], user=importer)
    one_by_one = actor_history()
    check_latest_records()
    joined = Event.objects.get(mentions__article__title="Tokyo report")
    assert [record.history_type for record in joined.history.order_by("history_id")] == ["+", "~"]

    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES)]
    for size in (1, 200):
        Article.objects.all().delete()
        Event.objects.all().delete()
        monkeypatch.setattr(jobs, "BATCH_SIZE", size)
        jobs.process(jobs.create_import_run(records, label="input", user=importer).pk)
        check_latest_records()
        if size == 1:
            assert actor_history() == one_by_one


@pytest.mark.django_db
def test_bulk_imported_events_are_searchable_by_every_report(tmp_path):
    """On PostgreSQL a batch builds each touched event's search document once
    (migration 0008) instead of on every insert: it must still hold the
    sentences of every report, including one merged into an event."""
    call_command("import_articles", str(write_jsonl(tmp_path / "a.jsonl", ARTICLES)))
    launch = Event.objects.get(mentions__article__title="Tokyo report")
    assert launch.mentions.count() == 2
    assert list(Event.objects.search("defence ministry")) == [launch]  # only in the merged report
    assert list(Event.objects.search("ballistic sea")) == [launch]
    assert Event.objects.search("bombers").count() >= 1


@pytest.mark.django_db
def test_a_killed_worker_loses_nothing_and_restarting_resumes(small_batches, immediate_jobs, monkeypatch):
    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES, start=1)]
    run = jobs.create_import_run(records, label="input")
    # The worker does one batch, then dies in the middle of the second: its
    # transaction never commits.
    assert jobs.process_batch(run) is not None
    ImportRun.objects.filter(pk=run.pk).update(status=ImportRun.Status.RUNNING)
    monkeypatch.setattr(jobs.EventWriter, "write", lambda *args, **kwargs: (_ for _ in ()).throw(SystemExit))
    with pytest.raises(SystemExit):
        jobs.process_batch(ImportRun.objects.get(pk=run.pk))
    run.refresh_from_db()
    assert (run.position, run.created, run.status) == (1, 1, ImportRun.Status.RUNNING)
    assert Article.objects.count() == 1
    monkeypatch.undo()
    monkeypatch.setattr(jobs, "BATCH_SIZE", 1)

    # bin/worker runs resume_imports before db_worker.
    call_command("resume_imports")
    run.refresh_from_db()
    assert (run.status, run.position, run.created, run.skipped) == (ImportRun.Status.DONE, 4, 4, 0)
    assert Article.objects.count() == 4
    for article in Article.objects.all():
        assert article.mentions.count() == len(extract_events(article.text, published=article.published))
    assert not ImportItem.objects.filter(run=run).exists()  # the input goes once done


@pytest.mark.django_db
def test_task_rows_of_killed_workers_are_not_left_running(monkeypatch):
    """A worker killed in a job left its task row "running" for ever (the
    run itself resumes: see above). bin/worker names each worker by host
    and process id; starting a worker marks failed the rows of workers of
    this host that are gone, and rows of other hosts' workers once their
    job is past its lease (a job hands over after JOB_SECONDS)."""
    import socket
    import subprocess
    import sys

    from django.utils import timezone

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    here = socket.gethostname()
    run = jobs.create_import_run([("input:1", jobs.clean_article(ARTICLES[0])[0])], label="input")
    ImportRun.objects.filter(pk=run.pk).update(status=ImportRun.Status.RUNNING)
    long_ago = timezone.now() - jobs.TASK_LEASE * 2

    def running_task(worker_id, started_at=None):
        result = jobs.process_run.enqueue(run.pk)
        row = DBTaskResult.objects.get(pk=result.id)
        row.claim(worker_id)
        if started_at:
            DBTaskResult.objects.filter(pk=row.pk).update(started_at=started_at)
        return row.pk

    killed = running_task(f"{here}:{gone.pid}")
    alive = running_task(f"{here}:{os.getpid()}", started_at=long_ago)  # a long job, still working
    elsewhere_lost = running_task("other-host:4242", started_at=long_ago)
    elsewhere_recent = running_task("other-host:4343")
    unnamed_recent = running_task("a0b1c2d3e4f5")  # db_worker's own random ids

    call_command("resume_imports")  # what bin/worker does first
    status = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert status[killed] == status[elsewhere_lost] == "FAILED"
    assert status[alive] == status[elsewhere_recent] == status[unnamed_recent] == "RUNNING"
    lost = DBTaskResult.objects.get(pk=killed)
    assert lost.finished_at and "stopped" in lost.traceback
    assert lost.exception_class_path == "timeline.jobs.WorkerLost"
    # The run itself goes on with a new job.
    assert DBTaskResult.objects.filter(status="READY", args_kwargs__args=[run.pk]).exists()


@pytest.mark.django_db
def test_workers_starting_together_queue_each_run_once():
    """Each bin/worker resumes the unfinished runs as it starts: two workers
    started beside a queued run queued it twice more, and the jobs then
    extracted every batch of it up to three times over."""
    run = jobs.create_import_run([("input:1", jobs.clean_article(ARTICLES[0])[0])], label="input")
    jobs.enqueue(run)  # import_articles --background, or the upload form
    call_command("resume_imports")  # the first worker starts
    call_command("resume_imports")  # and the second
    assert DBTaskResult.objects.filter(status="READY", args_kwargs__args=[run.pk]).count() == 1


@pytest.mark.django_db
def test_two_jobs_on_one_run_do_each_batch_once():
    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES, start=1)]
    run = jobs.create_import_run(records, label="input")
    stale = ImportRun.objects.get(pk=run.pk)
    jobs.process_batch(run)
    # The second job read the run before the first committed its batch.
    assert jobs.process_batch(stale)["created"] == 0
    assert Article.objects.count() == 4 and ImportRun.objects.get(pk=run.pk).created == 4


@pytest.mark.django_db
def test_a_failed_batch_is_recorded_and_can_go_on(small_batches, monkeypatch):
    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES, start=1)]
    run = jobs.create_import_run(records, label="input")
    write = jobs.write_imports
    monkeypatch.setattr(jobs, "write_imports", lambda *args, **kwargs: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        jobs.process(run.pk)
    run.refresh_from_db()
    assert run.status == ImportRun.Status.FAILED and run.position == 0
    assert run.errors[0]["origin"] == "batch from item 1" and "division by zero" in run.errors[0]["message"]
    monkeypatch.setattr(jobs, "write_imports", write)
    assert jobs.process(run.pk) == "done"
    assert Article.objects.count() == 4


def aborted_by(cause):
    """The error Django raises for a statement the database aborted with `cause`."""
    try:
        raise OperationalError(str(cause)) from cause
    except OperationalError as error:
        return error


@pytest.mark.django_db
@pytest.mark.parametrize("cause", [psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure])
def test_a_batch_aborted_by_a_deadlock_is_done_again(small_batches, monkeypatch, cause):
    """A batch holds the data version's row from its start: a person's write
    that locks an event and waits for the row, while the batch goes on to
    update that event, is a deadlock, and PostgreSQL may abort the batch. It
    failed the whole run; the batch is now rolled back and done again."""
    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES, start=1)]
    run = jobs.create_import_run(records, label="input")
    write = jobs.write_imports
    calls = []

    def aborted_once_after_writing(*args, **kwargs):
        outcome = write(*args, **kwargs)
        calls.append(len(calls))
        if len(calls) == 2:  # the second batch, its rows written
            raise aborted_by(cause("deadlock detected"))
        return outcome

    monkeypatch.setattr(jobs, "write_imports", aborted_once_after_writing)
    assert jobs.process(run.pk) == "done"
    run.refresh_from_db()
    assert (run.status, run.created, run.errors, len(calls)) == (ImportRun.Status.DONE, 4, [], 5)
    assert sorted(Article.objects.values_list("title", flat=True)) == sorted(a["title"] for a in ARTICLES)


@pytest.mark.django_db
@pytest.mark.parametrize("cause", [psycopg.errors.QueryCanceled("canceling statement"), None])
def test_a_batch_aborted_otherwise_or_deadlocked_again_and_again_fails_the_run(monkeypatch, cause):
    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES, start=1)]
    run = jobs.create_import_run(records, label="input")
    error = aborted_by(cause) if cause else aborted_by(psycopg.errors.DeadlockDetected("deadlock detected"))
    calls = []

    def aborted(*args, **kwargs):
        calls.append(1)
        raise error

    monkeypatch.setattr(jobs, "write_imports", aborted)
    with pytest.raises(OperationalError):
        jobs.process(run.pk)
    run.refresh_from_db()
    assert (run.status, run.position, Article.objects.count()) == (ImportRun.Status.FAILED, 0, 0)
    assert len(calls) == (1 if cause else 3)  # a deadlock is retried twice, no more


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's row locks and deadlock detection")
def test_a_persons_edit_during_a_batch_is_no_deadlock():
    """On two connections: a person's edit locks the event the batch's
    article reports too, and its trigger then bumps the data version's
    row; the batch then updates the event. The batch held the row from its
    start, so each waited for the other, and PostgreSQL aborted the batch
    (done again after, as retry_batch says). Now the batch holds the version
    by a setting of its own transaction and takes the row only at its end,
    only if free (DataVersion.held_for_batch): the edit goes through, the
    batch waits for it, and nothing is aborted."""
    # The row the edit bumps: its migration made it, but an earlier test
    # run with transaction=True empties every table when it ends.
    DataVersion.objects.get_or_create(pk=1)
    Article.objects.import_article(**jobs.clean_article(ARTICLES[0])[0])
    event = Event.objects.get()
    run = jobs.create_import_run([("input:2", jobs.clean_article(ARTICLES[1])[0])], label="input")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        batch_pid = cursor.fetchone()[0]
    calls, edit_pids, errors, people, edited = [], [], [], [], threading.Event()

    def waiting_on_a_lock(cursor, pid):
        cursor.execute("SELECT pg_stat_clear_snapshot()")  # else read once per transaction
        cursor.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s AND wait_event_type = 'Lock'", [pid])
        return cursor.fetchone() is not None

    def edit():
        """Lock the event (and the row, by the trigger), hold both until the
        batch waits for them (or 10 s), then commit."""
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SET LOCAL deadlock_timeout = '10s'")
                cursor.execute("SELECT pg_backend_pid()")
                edit_pids.append(cursor.fetchone()[0])
                Event.objects.filter(pk=event.pk).update(title="Six missiles fired (edited)")
                edited.set()
                for _ in range(200):
                    if waiting_on_a_lock(cursor, batch_pid):
                        break
                    time.sleep(0.05)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            edited.set()
            connections.close_all()

    def write_after_the_edit(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:  # inside the batch's transaction, before it writes
            people.append(threading.Thread(target=edit))
            people[0].start()
            with connection.cursor() as cursor:
                # Until the edit holds the event, or waits for the batch.
                for _ in range(200):
                    if edited.is_set() or (edit_pids and waiting_on_a_lock(cursor, edit_pids[0])):
                        break
                    time.sleep(0.05)
                else:
                    raise AssertionError("the edit neither went through nor waited for the batch")
        return write(*args, **kwargs)

    write = jobs.write_imports
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jobs, "write_imports", write_after_the_edit)
        with connection.cursor() as cursor:
            cursor.execute("SET deadlock_timeout = '100ms'")
        try:
            assert jobs.process(run.pk) == "done"
        finally:
            with connection.cursor() as cursor:
                cursor.execute("RESET deadlock_timeout")
            for person in people:
                person.join(30)
    run.refresh_from_db()
    # One try: the batch was not aborted and done again.
    assert (run.status, run.created, run.known_events, len(calls), errors) == (ImportRun.Status.DONE, 1, 1, 1, [])
    assert Article.objects.count() == 2
    assert Event.objects.get(pk=event.pk).title == "Six missiles fired (edited)"


@pytest.mark.django_db
def test_job_hands_over_after_its_time(small_batches, immediate_jobs, monkeypatch):
    """A job works JOB_SECONDS, then queues the next one, so that a worker
    asked to stop does not wait for a whole import."""
    monkeypatch.setattr(jobs, "JOB_SECONDS", 0)
    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES, start=1)]
    run = jobs.create_import_run(records, label="input")
    seen = []
    process = jobs.process

    def recorded(run_id, **kwargs):
        seen.append(ImportRun.objects.get(pk=run_id).position)
        return process(run_id, **kwargs)

    monkeypatch.setattr(jobs, "process", recorded)
    jobs.enqueue(run)
    assert seen == [0, 1, 2, 3, 4]
    assert ImportRun.objects.get(pk=run.pk).status == ImportRun.Status.DONE


# Re-extraction.


@pytest.mark.django_db
def test_reextraction_replaces_proposed_events_and_keeps_reviewed_ones(immediate_jobs):
    for item in ARTICLES:
        Article.objects.import_article(**jobs.clean_article(item)[0])
    before = snapshot()
    confirmed = Event.objects.order_by("id").first()
    confirmed.status = Event.Status.CONFIRMED
    confirmed.title = "Six missiles fired (checked)"
    confirmed.save()
    proposed_ids = set(Event.objects.exclude(pk=confirmed.pk).values_list("pk", flat=True))

    run = jobs.create_reextract_run(Article.objects.all())
    jobs.enqueue(run)
    run.refresh_from_db()
    assert (run.status, run.created, run.errors) == (ImportRun.Status.DONE, 4, [])
    confirmed.refresh_from_db()
    assert confirmed.title == "Six missiles fired (checked)"
    # The confirmed event keeps its reports; no twin of it is made.
    assert confirmed.mentions.count() == 2
    assert not Event.objects.filter(pk__in=proposed_ids).exists()
    after = snapshot()
    def reports(state):
        return [(article, cue_start) for article, _, cue_start in state["mentions"]]

    assert reports(after) == reports(before)
    assert len(after["events"]) == len(before["events"])


# Settings.


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path, settings):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    from django.db.backends.sqlite3.base import DatabaseWrapper

    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    wrapper = DatabaseWrapper({**settings.DATABASES["default"], "NAME": str(tmp_path / "wal.sqlite3")})
    try:
        with wrapper.cursor() as cursor:
            assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    finally:
        wrapper.close()


# Views.


@pytest.mark.django_db
def test_upload_queues_a_run_and_its_page_polls_until_done(editor_client, tmp_path):
    upload = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    with upload.open("rb") as handle:
        response = editor_client.post(reverse("timeline:import_runs"), {"file": handle})
    run = ImportRun.objects.get()
    assert response.status_code == 302 and response.url == run.get_absolute_url()
    assert (run.status, run.total, run.items.count()) == (ImportRun.Status.QUEUED, 4, 4)
    assert DBTaskResult.objects.filter(args_kwargs__args=[run.pk]).exists()

    page = editor_client.get(run.get_absolute_url())
    assert b'hx-trigger="every 2s"' in page.content and b'http-equiv="refresh"' in page.content
    partial = editor_client.get(run.get_absolute_url(), HTTP_HX_REQUEST="true")
    assert b"<html" not in partial.content and b"0 of 4 articles done" in partial.content

    jobs.process(run.pk)
    partial = editor_client.get(run.get_absolute_url(), HTTP_HX_REQUEST="true")
    assert b"4 of 4 articles done" in partial.content and b"hx-trigger" not in partial.content
    assert Article.objects.count() == 4


@pytest.mark.django_db
def test_upload_with_one_bad_line_is_refused_whole(editor_client, tmp_path):
    upload = write_jsonl(tmp_path / "articles.jsonl", [*ARTICLES, {**ARTICLES[0], "title": "x" * 301}])
    with upload.open("rb") as handle:
        response = editor_client.post(reverse("timeline:import_runs"), {"file": handle})
    assert response.status_code == 200
    assert "articles.jsonl:5: Title: Ensure this value has at most 300 characters" in response.content.decode()
    assert not ImportRun.objects.exists() and not Article.objects.exists()


@pytest.mark.django_db
def test_bulk_pages_need_the_import_permission(client, django_user_model):
    client.force_login(django_user_model.objects.create_user(username="reader", password="pw-reader-123"))
    assert client.get(reverse("timeline:import_runs")).status_code == 403
    run = ImportRun.objects.create(label="x")
    assert client.get(run.get_absolute_url()).status_code == 403
    assert client.post(reverse("timeline:import_run_resume", args=[run.pk])).status_code == 403
    assert client.post(reverse("timeline:reextract")).status_code == 403


@pytest.mark.django_db
def test_a_stopped_run_goes_on_from_its_page(editor_client, immediate_jobs):
    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES, start=1)]
    run = jobs.create_import_run(records, label="input")
    ImportRun.objects.filter(pk=run.pk).update(status=ImportRun.Status.STOPPED)
    page = editor_client.get(run.get_absolute_url())
    assert b"Go on" in page.content
    response = editor_client.post(reverse("timeline:import_run_resume", args=[run.pk]))
    assert response.status_code == 302
    run.refresh_from_db()
    assert run.status == ImportRun.Status.DONE and Article.objects.count() == 4


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statistics")
def test_a_long_run_has_postgresql_gather_its_tables_statistics_as_it_grows(monkeypatch):
    """PostgreSQL plans queries by statistics that a bulk import outgrows in
    minutes (autovacuum, when on, lags behind): a run gathers them anew
    every ANALYZE_EVERY articles, on a connection of its own while the
    batches go on (so it sees what they committed: transaction=True), and
    they are whole when the run returns."""
    monkeypatch.setattr(jobs, "BATCH_SIZE", 2)
    monkeypatch.setattr(jobs, "ANALYZE_EVERY", 2)

    def estimated(model):
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [model._meta.db_table])
            return cursor.fetchone()[0]

    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES, start=1)]
    assert jobs.process(jobs.create_import_run(records, label="grows").pk) == "done"
    assert estimated(Mention) == Mention.objects.count() > 0
    assert estimated(Article) == Article.objects.count() > 0


def test_a_run_gathers_statistics_each_time_it_has_doubled(monkeypatch):
    """At 2,000 articles, and at each doubling after: not every 2,000, which
    at 20,000 made ANALYZE a tenth of a batch's time."""
    monkeypatch.setattr(jobs, "ANALYZE_EVERY", 2000)
    due = [end for end in range(200, 40001, 200) if jobs.statistics_due(end - 200, end)]
    assert due == [2000, 4000, 8000, 16000, 32000]
    assert jobs.statistics_due(1999, 2003) and not jobs.statistics_due(2000, 3999)


@pytest.mark.django_db
def test_reextraction_keeps_a_statement_a_person_kept_though_the_engine_leaves_it_out(immediate_jobs):
    # The review page proposes a statement more likely wrong than right
    # unticked; a person who ticks it stores it. The engine leaves such
    # statements out by default, so re-extraction must not take it for one
    # of its own and drop it: only a person can have stored it.
    from timeline.extraction.grammar import REVIEW_BELOW

    text = ("North Korea fired a ballistic missile on Thursday, the military said. "
            "The allies plan more drills in the summer of 2023, officials said.")
    published = datetime.date(2023, 4, 6)
    statements = extract_events(text, published=published, uncertain=True)
    assert sorted(e.confidence < REVIEW_BELOW for e in statements) == [False, True]
    Article.objects.import_article(title="Drills", published=published, text=text, events=statements)
    kept = Mention.objects.get(cue="the summer of 2023")

    jobs.enqueue(jobs.create_reextract_run(Article.objects.all()))
    assert Mention.objects.filter(pk=kept.pk, event_id=kept.event_id).exists()
    assert sorted(Mention.objects.values_list("cue", flat=True)) == ["Thursday", "the summer of 2023"]


@pytest.mark.django_db
def test_each_batch_is_read_once_and_a_new_run_takes_none_read_for_another(small_batches):
    """The batch read ahead for the engine is the one the next process_batch
    writes (not read again), and only for its own run: a run made anew (on
    SQLite perhaps with the same id) reads its own items."""
    from django.test.utils import CaptureQueriesContext

    records = [(f"input:{n}", jobs.clean_article(item)[0]) for n, item in enumerate(ARTICLES, start=1)]
    run = jobs.create_import_run(records, label="input")
    with CaptureQueriesContext(connection) as queries:
        assert jobs.process(run.pk) == "done"
    reads = [q for q in queries.captured_queries if 'FROM "timeline_importitem"' in q["sql"]
             and q["sql"].startswith("SELECT")]
    assert len(reads) == len(ARTICLES) + 1  # each batch once, and the last, empty, read
    assert Article.objects.count() == len(ARTICLES)

    other = jobs.create_import_run(records[:2], label="again")
    first = ImportRun.objects.get(pk=other.pk)
    jobs._read_ahead[other.pk, "another run", 0] = list(run.items.all())[2:]  # read for another run
    outcome = jobs.process_batch(first)
    assert outcome["articles"] == ["[1/2] Seoul report: already imported, skipped"]  # its own first item
    assert ImportRun.objects.get(pk=other.pk).position == 1
