"""Bulk imports and re-extraction: start them, follow their progress.

The work is done by background jobs (timeline/jobs.py, `manage.py
db_worker`); these views only queue a run and show it. A run's page polls
its progress partial with htmx while the run is active, and reloads itself
every few seconds without JavaScript."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from timeline import jobs
from timeline.forms import BulkImportForm
from timeline.models import Article, ImportRun

RECENT_RUNS = 30


@login_required
@permission_required("timeline.add_article", raise_exception=True)
def import_runs(request):
    """The recent runs, and the form that starts a bulk import."""
    form = BulkImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        run = jobs.create_import_run(form.records, label=form.cleaned_data["file"].name, user=request.user)
        jobs.enqueue(run)
        return redirect(run)
    runs = ImportRun.objects.defer("errors")[:RECENT_RUNS]
    return render(request, "timeline/import_runs.html", {"form": form, "runs": runs})


@login_required
@permission_required("timeline.add_article", raise_exception=True)
def import_run(request, pk):
    run = get_object_or_404(ImportRun, pk=pk)
    template = "timeline/import_run.html#progress" if request.htmx else "timeline/import_run.html"
    return render(request, template, {"run": run})


@login_required
@permission_required("timeline.add_article", raise_exception=True)
@require_POST
def import_run_resume(request, pk):
    """Queue a job for a stopped or failed run: it goes on where it stopped."""
    run = get_object_or_404(ImportRun, pk=pk)
    if run.status in {ImportRun.Status.STOPPED, ImportRun.Status.FAILED}:
        jobs.enqueue(run)
        messages.success(request, f"Run #{run.pk} will go on from article {run.position + 1} of {run.total}.")
    return redirect(run)


@login_required
@permission_required("timeline.change_event", raise_exception=True)
@require_POST
def reextract(request):
    """Re-extract every article's events with the current engine."""
    run = jobs.create_reextract_run(Article.objects.all(), user=request.user)
    jobs.enqueue(run)
    return redirect(run)
