"""Views; being written."""
from timeline.views.browse import index as event_create

event_edit = date_preview = event_create
