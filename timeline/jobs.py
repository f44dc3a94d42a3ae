"""Bulk imports and re-extraction, run in batches off the request path.

A run (ImportRun) stores its whole input first, validated as the import form
validates one article, so a bad line refuses the whole input before anything
is written. It is then worked through in batches of BATCH_SIZE articles.
Each batch is one transaction that also advances the run's position: a
batch is all or nothing, a killed worker loses at most the batch it was
writing, and the next job starts where the last committed batch ended. The
engine runs before a batch's transaction opens, so the write lock (SQLite
has one for the whole database) is held only while rows are inserted.

Runs are done by the django-tasks job `process_run` (`manage.py db_worker`,
bin/worker) or inline by `manage.py import_articles`. Two jobs on one run
are harmless: a batch whose starting position another job has already
passed is dropped."""
import datetime
import functools
import json
import logging
import os
import socket
import threading
import time
import traceback

from django.db import DatabaseError, IntegrityError, OperationalError, connection, connections, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django_tasks import task

from timeline import response_cache
from timeline.bulk_extract import Extractor, collector_paused, extract_all
from timeline.extraction.grammar import REVIEW_BELOW
from timeline.feeds import poll_feed_job, resume_lost_polls
from timeline.importing import EventWriter, insert_rows, record_history
from timeline.models import (
    Article,
    DataVersion,
    Event,
    ImportItem,
    ImportRun,
    Mention,
    content_hash,
    forget_sources,
)

logger = logging.getLogger(__name__)

# Articles per transaction: large enough that per-batch queries are amortised,
# small enough that the SQLite write lock is held for well under a second.
BATCH_SIZE = 200
# A job works this long, then hands over to a fresh job, so that a worker
# asked to stop (SIGTERM waits for the current job) stops soon and other
# jobs get their turn.
JOB_SECONDS = 30
# Extract the next batch in a helper process while writing this one.
EXTRACT_AHEAD = True
# An event edited this long after it was created was reviewed by someone:
# re-extraction keeps it.
EDITED_AFTER = datetime.timedelta(seconds=2)
ARTICLE_FIELDS = ("title", "url", "source", "published", "text")
# A run has PostgreSQL gather its tables' statistics anew when it passes
# this many articles, and then each time it has doubled (refresh_statistics).
ANALYZE_EVERY = 2000
# bin/worker names workers "host:pid", the host cut to this length (db_worker
# takes ids of up to 64 characters).
HOST_CHARS = 40


def clean_article(data):
    """(cleaned fields, None), or (None, what is wrong): exactly the import
    form's validation, so the form, the command and bulk uploads refuse the
    same things (lengths, NUL characters, a bad URL, a date in the future,
    an empty or over-long text)."""
    form = _checking_form()(data={name: data.get(name) or "" for name in ARTICLE_FIELDS})
    if form.is_valid():
        return {name: form.cleaned_data[name] for name in ARTICLE_FIELDS}, None
    problems = []
    for name, errors in form.errors.items():
        label = form.fields[name].label or name.capitalize() if name in form.fields else ""
        problems.extend(f"{label}: {error}" if label else error for error in errors)
    return None, " ".join(problems)


class _SharedFields(dict):
    """A form's fields that its instances share rather than deep-copy."""

    def __deepcopy__(self, memo):
        return self


@functools.cache
def _checking_form():
    """The import form for checking inputs in bulk: the same fields and
    checks, but shared by every instance instead of deep-copied for each (a
    third of the 5 s that checking 20,000 inputs took). Only an uploaded
    saved page changes a form's fields (ArticleImportForm.__init__), and
    these inputs have no files."""
    from timeline.forms import ArticleImportForm

    class CheckingForm(ArticleImportForm):
        def __init__(self, *, data):
            super().__init__(data=data)

    CheckingForm.base_fields = _SharedFields(ArticleImportForm.base_fields)
    return CheckingForm


class InputError(ValueError):
    """An input the bulk import cannot read: the message names where."""


def parse_published(value, origin):
    """JSON Lines and --published take ISO dates only (the form's date
    field is an ISO date picker); the form then checks the date itself."""
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{origin}: publication date {value!r} is not YYYY-MM-DD.") from None


def read_jsonl(name, content):
    """(origin, raw fields) for each line of a JSON Lines file, or
    InputError for the first line that is not an article object."""
    for number, line in enumerate(content.splitlines(), start=1):
        origin = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{origin}: not valid JSON ({error.msg}).") from None
        if not isinstance(item, dict):
            raise InputError(f"{origin}: expected a JSON object.")
        missing = [key for key in ("title", "published", "text") if not item.get(key)]
        if missing:
            raise InputError(f"{origin}: missing {', '.join(missing)}.")
        fields = {key: item.get(key) for key in ARTICLE_FIELDS}
        not_text = [key for key, value in fields.items() if value is not None and not isinstance(value, str)]
        if not_text:
            raise InputError(f"{origin}: {', '.join(not_text)} must be text.")
        fields["published"] = parse_published(fields["published"], origin).isoformat()
        yield origin, fields


def checked(raw_records, max_problems=20):
    """[(origin, cleaned fields)] for every input, or InputError listing
    what is wrong (up to `max_problems` of them): nothing is imported
    unless everything is valid."""
    records, problems = [], []
    for origin, data in raw_records:
        fields, problem = clean_article(data)
        if problem:
            problems.append(f"{origin}: {problem}")
            if len(problems) == max_problems:
                problems.append("(and perhaps more)")
                break
        else:
            records.append((origin, fields))
    if problems:
        raise InputError("\n".join([*problems, "Nothing was imported."]))
    return records


def create_import_run(records, *, label, user=None):
    """A queued run over `records`, [(origin, cleaned fields)] in input order.

    The items stored as rows (importing.insert_rows: one COPY on
    PostgreSQL), not model objects: bulk_create of 20,000 items took 2.7 s
    before the first batch could start."""
    with transaction.atomic():
        run = ImportRun.objects.create(label=label[:300], total=len(records), created_by=user)
        insert_rows(ImportItem, [
            {"run_id": run.pk, "position": position, "origin": origin[:300],
             "data": {**fields, "published": fields["published"].isoformat()}}
            for position, (origin, fields) in enumerate(records)
        ])
    return run


def create_reextract_run(articles, *, label="all articles", user=None):
    """A queued run that re-extracts `articles` (a queryset), oldest first."""
    ids = list(articles.order_by("id").values_list("id", flat=True))
    with transaction.atomic():
        run = ImportRun.objects.create(
            kind=ImportRun.Kind.REEXTRACT, label=label[:300], total=len(ids), created_by=user
        )
        ImportItem.objects.bulk_create(
            (
                ImportItem(run=run, position=position, origin=f"article {pk}", article_id=pk)
                for position, pk in enumerate(ids)
            ),
            batch_size=500,
        )
    return run


@task()
def process_run(run_id):
    """The background job: work on the run for up to JOB_SECONDS, then hand
    over to a fresh job if anything is left."""
    recover_lost_tasks()
    if process(run_id, seconds=JOB_SECONDS, extractor=worker_extractor()) == "more":
        process_run.enqueue(run_id)


_worker_extractor = None


def worker_extractor():
    """The extraction helper of this worker process, kept from one job to
    the next: a job works JOB_SECONDS, and a helper of its own cost each one
    the helper's start and its first batch extracted with no overlap (the
    batch the last job started ahead is taken up by the next, when it is
    the same run's)."""
    global _worker_extractor
    if _worker_extractor is None:
        _worker_extractor = Extractor(ahead=EXTRACT_AHEAD)
    return _worker_extractor


# A job hands over after JOB_SECONDS (plus the batch in progress then): one
# still marked running this long after it started was lost with its worker.
TASK_LEASE = datetime.timedelta(minutes=10)


class WorkerLost(RuntimeError):
    """What a task row that a killed worker left running is marked failed with."""


def worker_gone(worker_id):
    """Whether the worker that claimed a task row is gone (True), still
    running (False), or None when it cannot be told from here.

    bin/worker names each worker "host:pid": on this host, whether that
    process still exists says it exactly (a reused pid looks alive, and
    falls to the lease). Other hosts' workers, and workers named otherwise,
    are judged by the lease, which only import jobs keep."""
    host, _, pid = worker_id.rpartition(":")
    if host == socket.gethostname()[:HOST_CHARS] and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # alive, another user's
            pass
        else:
            return False
    return None


def recover_lost_tasks():
    """Mark failed the task rows that workers killed while running them left
    "running" (django-tasks' db_worker marks a row only when its job ends).
    The import runs themselves resume from their last batch
    (resume_imports); this puts the task rows right, and polls again at
    once the feeds whose poll was lost. Returns how many rows."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    lost = []
    for row in DBTaskResult.objects.running().only("pk", "worker_ids", "started_at", "task_path"):
        gone = worker_gone(row.worker_ids[-1] if row.worker_ids else "")
        if gone is None:  # no way to ask the worker: import jobs have a lease
            expired = row.started_at is not None and now - row.started_at > TASK_LEASE
            gone = row.task_path == process_run.module_path and expired
        if gone:
            lost.append(row.pk)
    error = WorkerLost("The worker running this task stopped (killed?) before it finished.")
    with transaction.atomic():
        # Only rows still running: a job that did finish meanwhile keeps its result.
        rows = DBTaskResult.objects.running().select_for_update().filter(pk__in=lost)
        polls = [row.args_kwargs["args"][0] for row in rows.filter(task_path=poll_feed_job.module_path)]
        marked = rows.update(
            status="FAILED",
            finished_at=now,
            exception_class_path=f"{WorkerLost.__module__}.{WorkerLost.__qualname__}",
            traceback="".join(traceback.format_exception_only(error)),
        )
    resume_lost_polls(polls)  # an interrupted feed poll is done again now
    return marked


def enqueue(run):
    """Queue a job for the run (to start it, or to resume it), unless one
    is queued already: every worker that starts resumes the unfinished runs
    (bin/worker), and two jobs on one run would each extract its batches."""
    from django_tasks_db.models import DBTaskResult

    ImportRun.objects.filter(pk=run.pk).exclude(status=ImportRun.Status.DONE).update(
        status=ImportRun.Status.QUEUED
    )
    queued = DBTaskResult.objects.ready().filter(task_path=process_run.module_path, args_kwargs__args=[run.pk])
    if not queued.exists():
        process_run.enqueue(run.pk)


def process(run_id, *, seconds=None, on_batch=None, ahead=None, extractor=None):
    """Work through the run's batches: "done", or "more" when `seconds` ran
    out first. `on_batch(run, outcome)` is called after each batch (the
    command's progress bar). `ahead`: extract the next batch in a helper
    process while this one writes (timeline/bulk_extract.py); by default,
    when EXTRACT_AHEAD and more than one batch is left. `extractor`: one
    the caller keeps (worker_extractor), instead. An unexpected error
    marks the run failed (its last batch rolled back; resuming retries it)
    and is raised."""
    started = time.monotonic()
    ImportRun.objects.filter(pk=run_id).exclude(status=ImportRun.Status.DONE).update(
        status=ImportRun.Status.RUNNING
    )
    own = extractor is None
    if own:
        if ahead is None:
            run = ImportRun.objects.get(pk=run_id)
            ahead = EXTRACT_AHEAD and run.total - run.position > BATCH_SIZE
        extractor = Extractor(ahead=ahead)
    unshown = False  # a batch of this call left the data version as it was
    try:
        while True:
            run = ImportRun.objects.get(pk=run_id)
            outcome = None if run.status == ImportRun.Status.DONE else process_batch(run, extractor=extractor)
            if outcome is None:
                finish(run)
                return "done"
            if "version_bumped" in outcome:  # not when another job did the batch
                unshown = not outcome["version_bumped"]
            if on_batch is not None:
                on_batch(ImportRun.objects.get(pk=run_id), outcome)
            if seconds is not None and time.monotonic() - started > seconds:
                return "more"
    except Exception as error:
        logger.exception("Import run %s failed", run_id)
        run = ImportRun.objects.get(pk=run_id)
        run.status = ImportRun.Status.FAILED
        run.errors = [*run.errors, {"origin": f"batch from item {run.position + 1}", "message": str(error)}]
        run.save(update_fields=["status", "errors", "updated_at"])
        raise
    finally:
        statistics_gathered()  # a run's statistics are whole when it returns
        if unshown:
            # Stopped before the last batch (an error, Ctrl-C, the job's
            # time): what the batches wrote shows now, not at the next write.
            show_batches()
        if own:
            extractor.close()


def show_batches():
    """Bump the data version for batches a bulk run left unshown
    (DataVersion.held_for_batch), unless the database is gone meanwhile."""
    try:
        DataVersion.bump()
    except DatabaseError:
        logger.exception("Could not bump the data version after an import run stopped")


def finish(run):
    if run.status != ImportRun.Status.DONE:
        run.status = ImportRun.Status.DONE
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "finished_at", "updated_at"])
    # The input has served its purpose: the articles hold the text now.
    ImportItem.objects.filter(run=run).delete()
    if run.created and connection.vendor == "sqlite":
        # SQLite plans without statistics until asked to gather them
        # (PostgreSQL's autovacuum does it by itself); after a bulk import
        # is when they change most.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA optimize")


def batch_items(run, position):
    return list(run.items.filter(position__gte=position).order_by("position")[:BATCH_SIZE])


# The batch read ahead for the engine, {(run, when it was created, position): items}:
# the next process_batch takes it instead of reading the same rows again.
_read_ahead = {}


def item_hash(item):
    """The content hash of an item's text, computed once per item read:
    the batch's extraction ahead and its writing both ask."""
    if not hasattr(item, "_content_hash"):
        item._content_hash = content_hash(item.data["text"])
    return item._content_hash


def process_batch(run, retries=2, extractor=None):
    """Do the next batch of the run: its outcome (counts, errors, a line per
    article), or None when nothing was left."""
    with collector_paused():
        return _process_batch(run, retries, extractor)


def _process_batch(run, retries, extractor):
    extractor = extractor or Extractor()
    items = _read_ahead.pop((run.pk, run.created_at, run.position), None)
    _read_ahead.clear()
    if items is None:
        items = batch_items(run, run.position)
    if not items:
        return None
    # The engine runs outside the transaction (pure CPU, no lock held)...
    key = tuple(item.pk for item in items)
    results = extractor.results(key, extraction_inputs(run, items))
    # ...and, given a helper process, on the next batch while this one writes.
    following = batch_items(run, items[-1].position + 1)
    _read_ahead[run.pk, run.created_at, items[-1].position + 1] = following
    if following:
        extractor.start(tuple(item.pk for item in following), extraction_inputs(run, following))
    for attempt in range(retries + 1):
        try:
            with transaction.atomic():
                locked = ImportRun.objects.select_for_update().get(pk=run.pk)
                if locked.position != run.position:
                    return outcome_counts()  # another job did this batch meanwhile
                # Readers' cached pages follow a bulk run every few seconds, not
                # every batch (DataVersion.held_for_batch); its last batch at once.
                last = items[-1].position + 1 >= run.total
                with DataVersion.held_for_batch(last=last) as bumped:
                    if run.kind == ImportRun.Kind.IMPORT:
                        outcome = write_imports(items, results, user=run.created_by, total=run.total)
                    else:
                        outcome = write_reextraction(items, results, total=run.total)
                outcome["version_bumped"] = bumped[0]
                if bumped[0] and not last:
                    # Readers may be given the page before while one renders
                    # the new one (response_cache.py), once this commits.
                    transaction.on_commit(functools.partial(response_cache.renewed_in_bulk, DataVersion.current()))
                locked.position = items[-1].position + 1
                for name in ("created", "skipped", "new_events", "known_events"):
                    setattr(locked, name, getattr(locked, name) + outcome[name])
                locked.errors = [*locked.errors, *outcome["errors"]]
                locked.save()
            break
        except (IntegrityError, OperationalError) as error:
            # The batch rolled back whole; done again (the engine's results
            # kept), it skips what another import stored meanwhile
            # (IntegrityError: stored between our check and our insert), or
            # gets the locks it lost (retry_batch). Anything else fails the run.
            if attempt == retries or not (isinstance(error, IntegrityError) or retry_batch(error)):
                raise
            logger.warning("Batch from item %s of import run %s rolled back, again: %s",
                           run.position + 1, run.pk, error)
    if statistics_due(run.position, items[-1].position + 1):
        refresh_statistics()
    return outcome


# PostgreSQL aborts one of two transactions that wait on each other's locks
# (deadlock_detected), or a serializable one that could not be run in turn
# (serialization_failure), and says to run it again. A batch no longer waits
# for the data version's row (DataVersion.held_for_batch), so a person's
# edit, which locks an event and then the row, cannot deadlock with it; two
# writers that each lock an event the other then updates still can.
RETRY_SQLSTATES = {"40P01", "40001"}


def retry_batch(error):
    """Whether the database aborted the batch only because of another
    transaction's locks, so that running it again succeeds: told by the
    driver's SQLSTATE, not the message. SQLite's "database is locked" is not
    retried: its transactions take the one write lock as they begin
    (settings: IMMEDIATE), so none waits inside for another and there is no
    deadlock; the error means the batch already waited the whole busy
    timeout (20 s) for a writer that held the lock throughout, and waiting
    again in a loop would hide that. The run fails and is resumed."""
    return getattr(error.__cause__, "sqlstate", None) in RETRY_SQLSTATES


def statistics_due(before, after):
    """Whether a batch that took a run from `before` to `after` items passed
    ANALYZE_EVERY times a power of two (2,000, 4,000, 8,000 ...): the
    statistics follow the tables' growth, what plans change with, and a
    long run pays for ANALYZE a few times, not once every ANALYZE_EVERY (at
    20,000 articles an ANALYZE took 3 s, a tenth of a batch's time)."""

    def doublings(position):
        return (position // ANALYZE_EVERY).bit_length()

    return doublings(before) != doublings(after)


def refresh_statistics():
    """Have PostgreSQL gather anew what it knows of the tables an import
    grows (ANALYZE: row counts, values; a sample, a fraction of a second).
    It plans every query by them, the import's own and the pages'; a bulk
    import grows the tables tenfold in minutes, faster than autovacuum (when
    it is on at all) gathers them, and a table planned as nearly empty got
    nested loops over thousands of rows: 1.8 s a query. SQLite plans
    without them until `PRAGMA optimize` (finish).

    On a connection of its own, in a thread, while the next batches are
    written (ANALYZE takes no lock that a batch's writes wait for): it took
    1.8 s at 16,000 articles, time the writer and its database did nothing
    else. The batches after it are planned with the statistics before it
    until it ends, as they were before it started. One at a time;
    statistics_gathered() waits for it."""
    global _statistics
    if connection.vendor != "postgresql":
        return
    statistics_gathered()
    tables = [model._meta.db_table for model in (Article, Event, Mention, Event.actors.through,
                                                  Event.history.model, Mention.history.model)]
    sql = f"ANALYZE {', '.join(connection.ops.quote_name(table) for table in tables)}"
    alias = connection.alias

    def analyze():
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute(sql)
        except DatabaseError:  # statistics are an optimisation: the import goes on
            logger.exception("ANALYZE after an import batch failed")
        finally:
            connections[alias].close()  # this thread's own connection

    _statistics = threading.Thread(target=analyze, name="import-analyze", daemon=True)
    _statistics.start()


# The thread running refresh_statistics' ANALYZE, if any.
_statistics = None


def statistics_gathered():
    """Wait for the ANALYZE that refresh_statistics started, if any."""
    global _statistics
    if _statistics is not None:
        _statistics.join()
        _statistics = None


def outcome_counts():
    return {"created": 0, "skipped": 0, "new_events": 0, "known_events": 0, "errors": [], "articles": []}


def article_line(item, total, title, created=None, merged=0, note=None):
    """What the command prints for one article at verbosity 2."""
    head = f"[{item.position + 1}/{total}] {title}"
    if note:
        return f"{head}: {note}"
    also = f", and {merged} more report(s) of events already in the timeline" if merged else ""
    return f"{head}: {created} new event(s){also}"


def item_fields(item):
    return {**item.data, "published": datetime.date.fromisoformat(item.data["published"])}


def stored_articles(hashes, fields_list):
    """(content hashes, URLs) of these articles (their content hashes, and
    their fields) already stored."""
    urls = [fields["url"] for fields in fields_list if fields["url"]]
    stored = Article.objects.filter(Q(content_hash__in=hashes) | Q(url__in=urls)).values_list("content_hash", "url")
    seen_hashes, seen_urls = set(), set()
    for stored_hash, stored_url in stored:
        seen_hashes.add(stored_hash)
        seen_urls.add(stored_url)
    return seen_hashes, seen_urls


def extraction_inputs(run, items):
    """{item pk: (text, published)} for the engine: the articles to import
    that are not stored already, or the articles to re-extract."""
    if run.kind == ImportRun.Kind.REEXTRACT:
        articles = Article.objects.only("text", "published").in_bulk([item.article_id for item in items])
        return {
            item.pk: (articles[item.article_id].text, articles[item.article_id].published)
            for item in items
            if item.article_id in articles
        }
    fields = {item.pk: item_fields(item) for item in items}
    hashes = {item.pk: item_hash(item) for item in items}
    seen_hashes, seen_urls = stored_articles(hashes.values(), fields.values())
    return {
        pk: (f["text"], f["published"])
        for pk, f in fields.items()
        if hashes[pk] not in seen_hashes and not (f["url"] and f["url"] in seen_urls)
    }


def write_imports(items, results, *, user=None, total=0):
    """Store the batch's new articles and their events (inside the batch's
    transaction); articles already stored (same text or URL), in the
    database or earlier in this batch, are skipped. `results` holds the
    engine's findings by item pk."""
    outcome = outcome_counts()
    prepared = [(item, item_fields(item)) for item in items]
    hashes = {item.pk: item_hash(item) for item, _ in prepared}
    seen_hashes, seen_urls = stored_articles(hashes.values(), [fields for _, fields in prepared])
    new = []
    for item, fields in prepared:
        if hashes[item.pk] in seen_hashes or (fields["url"] and fields["url"] in seen_urls):
            outcome["skipped"] += 1
            outcome["articles"].append(article_line(item, total, fields["title"], note="already imported, skipped"))
            continue
        if item.pk not in results:  # stored when the engine was run, deleted since
            results.update(extract_all({item.pk: (fields["text"], fields["published"])}))
        events, error = results[item.pk]
        if error is not None:
            outcome["errors"].append({"origin": item.origin, "message": f"{error} Not imported."})
            outcome["articles"].append(article_line(item, total, fields["title"], note=f"{error} Not imported."))
            continue
        seen_hashes.add(hashes[item.pk])
        seen_urls.add(fields["url"])
        article = Article(
            title=fields["title"],
            url=fields["url"] or None,
            source=fields["source"],
            published=fields["published"],
            text=fields["text"],  # normalized by the form's validation
            content_hash=hashes[item.pk],
            imported_by=user,
        )
        new.append((item, article, events))
    articles = Article.objects.bulk_create([article for _, article, _ in new])
    record_history(Article, [article.pk for article in articles], user)
    counts = EventWriter(user=user).write([(article, events, None, ()) for _, article, events in new])
    for (item, article, _), (created, merged) in zip(new, counts, strict=True):
        outcome["created"] += 1
        outcome["new_events"] += created
        outcome["known_events"] += merged
        outcome["articles"].append(article_line(item, total, article.title, created, merged))
    if new:
        forget_sources()
    return outcome


def write_reextraction(items, results, *, total=0):
    """Replace each article's unreviewed events with what the engine finds
    now. What an editor decided stays: events confirmed, rejected or edited
    since extraction keep their mention of the article, as does a statement
    the engine leaves out that a person kept (kept_by_person), and a finding
    at the same phrase is not added again."""
    outcome = outcome_counts()
    todo = []
    articles = Article.objects.in_bulk([item.article_id for item in items])
    for item in items:
        article = articles.get(item.article_id)
        if article is not None and item.pk not in results:  # missing when the engine ran
            results.update(extract_all({item.pk: (article.text, article.published)}))
        events, error = results.get(item.pk, (None, None))
        if article is None:
            outcome["skipped"] += 1
            outcome["articles"].append(article_line(item, total, item.origin, note="deleted since, skipped"))
            continue
        if error is not None:
            outcome["errors"].append({"origin": item.origin, "message": f"{error} Left as it was."})
            continue
        mentions = list(article.mentions.select_related("event"))
        replaced = [m for m in mentions if not kept_by_person(m)]
        kept = [m for m in mentions if kept_by_person(m)]
        kept_cues = {(m.cue_start, m.cue_end) for m in kept}
        event_ids = {m.event_id for m in replaced}
        Mention.objects.filter(pk__in=[m.pk for m in replaced]).delete()
        # Events that only this article reported go with their mention.
        Event.objects.filter(pk__in=event_ids).annotate(reports=Count("mentions")).filter(reports=0).delete()
        events = [e for e in events if (e.cue_start, e.cue_end) not in kept_cues]
        todo.append((item, article, events, {m.event_id for m in kept}))
    counts = EventWriter().write([(article, events, None, reported) for _, article, events, reported in todo])
    for (item, article, _, _), (created, merged) in zip(todo, counts, strict=True):
        outcome["created"] += 1
        outcome["new_events"] += created
        outcome["known_events"] += merged
        outcome["articles"].append(article_line(item, total, article.title, created, merged))
    return outcome


def reviewed(event):
    return event.status != Event.Status.PROPOSED or event.updated_at - event.created_at > EDITED_AFTER


def kept_by_person(mention):
    """Whether re-extraction leaves `mention` as it is: its event was
    reviewed, or the statement is one the engine leaves out (confidence
    under REVIEW_BELOW), so only a person can have stored it (ticked on
    the review page), and the engine would not find it again."""
    return reviewed(mention.event) or (mention.confidence is not None and mention.confidence < REVIEW_BELOW)
