"""Queue a job for every import run a stopped worker left unfinished.

A worker killed mid-run leaves its run "running" (or "queued") with no job
to finish it; bin/worker runs this before it starts `db_worker`, so that
restarting the worker resumes every run where its last batch ended. A run
that another worker is still doing is harmless to queue twice: a batch
already done is never done again (timeline/jobs.py). The task rows those
workers left "running" are marked failed, and the feeds whose poll they
cut short are polled again at once (jobs.recover_lost_tasks); a feed with
no poll queued (its job lost before this was so) gets one. Resuming a run
bumps the data version once: a killed worker may have left its last
batches unshown to readers' cached pages (DataVersion.held_for_batch)."""
from django.core.management.base import BaseCommand

from timeline import jobs
from timeline.feeds import queue_missing_polls
from timeline.models import ImportRun


class Command(BaseCommand):
    help = "Queue jobs for unfinished import runs (all queued or running ones, or the runs named)."

    def add_arguments(self, parser):
        parser.add_argument("runs", nargs="*", type=int, help="Runs to resume, stopped or failed ones included")

    def handle(self, *args, **options):
        lost = jobs.recover_lost_tasks()
        if lost:
            self.stdout.write(f"Marked {lost} task(s) of stopped workers failed.")
        for feed in queue_missing_polls():
            self.stdout.write(f"Queued the lost poll of feed #{feed.pk} ({feed}).")
        if options["runs"]:
            runs = ImportRun.objects.filter(pk__in=options["runs"]).exclude(status=ImportRun.Status.DONE)
        else:
            runs = ImportRun.objects.filter(status__in=[ImportRun.Status.QUEUED, ImportRun.Status.RUNNING])
        runs = list(runs.order_by("id"))
        if runs:
            # A worker killed between a run's batches cannot have shown the
            # batches it wrote since its last bump (DataVersion.held_for_batch).
            jobs.show_batches()
        for run in runs:
            jobs.enqueue(run)
            kind = run.get_kind_display().lower()
            self.stdout.write(f"Queued run #{run.pk} ({kind}) at {run.position} of {run.total}.")
        if not runs:
            self.stdout.write("No unfinished import runs.")
