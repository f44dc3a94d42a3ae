"""Type-ahead suggestions for the actor and source filters (see timeline/suggest.py)."""
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from timeline.suggest import actor_suggestions, source_suggestions

FINDERS = {"actor": actor_suggestions, "source": source_suggestions}


@require_GET
def suggestions(request, kind):
    """<option>s for the <datalist> under a filter input; the input sends
    its own value under its own name (actor=kim), or `q` when called alone."""
    if kind not in FINDERS:
        raise Http404(f"No suggestions for {kind!r}.")
    term = request.GET.get(kind) or request.GET.get("q", "")
    response = render(request, "timeline/suggestions.html", {"names": FINDERS[kind](term)})
    # Names change rarely; a short private cache spares repeated keystrokes.
    patch_cache_control(response, private=True, max_age=60)
    return response
