"""Adding and correcting events by hand, with a live preview of the date."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from timeline.claims import FACTS
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


@require_POST
@login_required
@permission_required("timeline.change_event", raise_exception=True)
def event_use_claim(request, pk, mention_pk, fact):
    """Take the event's date or place from one source's claim ("Use this
    date"): settles the dispute over it, and the history keeps who chose
    (the request's user) and why. An htmx request gets the updated page to
    swap in; a plain form, a redirect to it."""
    from timeline.views.browse import render_event_page

    if fact not in FACTS:
        raise Http404("No such fact.")
    with transaction.atomic():
        event = get_object_or_404(Event.objects.select_for_update(), pk=pk)
        mention = get_object_or_404(event.mentions.select_related("article"), pk=mention_pk)
        try:
            event.use_claim(mention, fact)
        except ValueError as error:
            note, level = str(error), messages.ERROR
        else:
            event._change_reason = f"{fact.capitalize()} chosen from “{mention.article.title}”"[:100]
            event.save()
            chosen = event.date_label if fact == "date" else event.place
            note, level = f"The event now uses the {fact} {chosen}, from “{mention.article.title}”.", messages.SUCCESS
    if request.htmx:
        # The whole page, of which htmx swaps the article in (hx-select):
        # the date or place chosen shows in the heading and facts too.
        event = Event.objects.select_related("category", "created_by").prefetch_related("actors").get(pk=pk)
        return render_event_page(request, event, note=note)
    messages.add_message(request, level, note)
    return redirect(event.get_absolute_url() + "#claims")
