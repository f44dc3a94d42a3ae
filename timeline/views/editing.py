"""Adding and correcting events by hand, with a live preview of the date."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from timeline.forms import DatePreviewForm, EventForm
from timeline.models import DateChange, Event


@require_http_methods(["GET", "POST"])
@login_required
@permission_required("timeline.add_event", raise_exception=True)
def event_create(request):
    form = EventForm(request.POST or None, initial={"status": Event.Status.CONFIRMED})
    if request.method == "POST" and form.is_valid():
        form.instance.created_by = request.user
        event = form.save()
        messages.success(request, f"Added “{event.title}” on {event.date_label}.")
        return redirect(event)
    return render(request, "timeline/event_form.html", {"form": form, "event": None})


@require_http_methods(["GET", "POST"])
@login_required
@permission_required("timeline.change_event", raise_exception=True)
def event_edit(request, pk):
    if request.method != "POST":
        event = get_object_or_404(Event, pk=pk)
        return render(request, "timeline/event_form.html", {"form": EventForm(instance=event), "event": event})
    # The row stays locked from the version check to the save (PostgreSQL),
    # so two editors saving at once cannot both pass the check.
    with transaction.atomic():
        event = get_object_or_404(Event.objects.select_for_update(), pk=pk)
        form = EventForm(request.POST, instance=event)
        if form.is_valid():
            event = form.save()
            messages.success(request, f"Saved “{event.title}” on {event.date_label}.")
            return redirect(event)
    return render(request, "timeline/event_form.html", {"form": form, "event": event})


@require_GET
def date_preview(request):
    """The resolved date for what is typed so far; an htmx fragment, or the
    same fragment as a small page when opened directly."""
    form = DatePreviewForm(request.GET)
    value, error = form.preview()
    return render(
        request,
        "timeline/event_form.html#date-preview",
        {"date_value": value, "date_error": error, "preview_id": form.target_id()},
    )


@require_POST
@login_required
@permission_required("timeline.change_event", raise_exception=True)
def date_change_decide(request, pk):
    """Accept (the event takes the re-derived date) or reject a pending
    date change; one transaction (DateChange.accept/reject)."""
    change = get_object_or_404(DateChange.objects.pending().select_related("event"), pk=pk)
    decision = request.POST.get("decision")
    if decision not in ("accept", "reject"):
        return HttpResponseBadRequest("Choose accept or reject.")
    if decision == "accept":
        change.accept(request.user)
        messages.success(request, f"“{change.event.title}” is now on {change.new_value.label}.")
    else:
        change.reject(request.user)
        messages.success(request, f"“{change.event.title}” stays on {change.old_value.label}.")
    return redirect(change.event)
