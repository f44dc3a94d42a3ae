"""An object's change history for people to read: who changed what, when.

The records are django-simple-history's (registered in models.py); this
turns consecutive records into "status: Proposed → Confirmed" lines."""
import datetime

# Kept by the history but not worth a line: derived or bookkeeping fields.
HIDDEN_FIELDS = {
    "updated_at", "created_at", "last_day", "content_hash", "imported_at",
    # Kept from the sources' claims (timeline/claims.py); a choice shows as the date or place it set.
    "disputed", "date_settled_through", "place_settled_through",
}
KINDS = {"+": "Added", "~": "Changed", "-": "Deleted"}


def readable(field, value):
    """A field's value as the pages show it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, list):  # many-to-many rows, e.g. an event's actors
        names = sorted(str(row.get(key)) for row in value for key in row if key != field.model._meta.model_name)
        return ", ".join(names) or "—"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    return str(value)


def changes(obj, limit=20):
    """The latest `limit` changes to `obj`, newest first: each a dict with
    when, user (or None), kind (Added/Changed/Deleted), reason and the
    fields changed as (label, old, new)."""
    records = list(obj.history.select_related("history_user").order_by("-history_date", "-history_id")[: limit + 1])
    opts = type(obj)._meta
    entries = []
    for record, previous in zip(records[:limit], [*records[1:], None], strict=False):
        fields = []
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous, excluded_fields=HIDDEN_FIELDS, foreign_keys_are_objs=True)
            for change in delta.changes:
                field = opts.get_field(change.field)
                fields.append(
                    (field.verbose_name, readable(field, change.old), readable(field, change.new))
                )
        entries.append(
            {
                "when": record.history_date,
                "user": record.history_user,
                "kind": KINDS.get(record.history_type, record.history_type),
                "reason": record.history_change_reason or "",
                "fields": fields,
            }
        )
    return entries
