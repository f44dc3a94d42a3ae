"""Writers for exporting events: CSV, JSON, iCalendar and TimelineJS.

Each writer is a generator of text chunks over an iterable of events, so a
view can stream an export of any size without building it in memory."""
import csv
import datetime
import io
import itertools
import json
import re
from typing import NamedTuple

from django.db import connections
from django.db.models import F
from django.utils.html import escape
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from timeline.claims import mention_claims
from timeline.extraction.types import DateValue, iso_at
from timeline.models import Category, Event, Mention, Precision, Stage
from timeline.prepared import InIds, PreparedQuery, ids_parameter

CSV_COLUMNS = [
    "id", "date", "precision", "end_date", "date_label", "title", "summary", "category", "actors", "place",
    "status", "stage", "parent", "summary_count", "disputed", "sources", "sentences", "cues", "url",
]
# iCalendar's STATUS for each stage (RFC 5545, 3.8.1.11): an announced
# happening is tentative until a source reports it held.
CALENDAR_STATUS = {Stage.PLANNED: "TENTATIVE", Stage.OCCURRED: "CONFIRMED", Stage.CANCELLED: "CANCELLED"}


# A spreadsheet reads a cell starting with one of these as a formula
# (=HYPERLINK(...) leaks data or phishes when the CSV is opened): OWASP's
# "CSV injection" advice is to prefix such a cell with a single quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot carry at all (an Atom feed is XML).
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def spreadsheet_safe(value):
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def xml_safe(text):
    """Text without the control characters XML cannot carry (they would make
    the feed fail to render)."""
    return XML_INVALID.sub("", text) if text else text


def related(event, name):
    """An event's mentions or actors: those export_events() read, else the
    prefetched ones (EventQuerySet.with_related).

    Read from the prefetch cache: `event.mentions.all()` builds a manager and
    clones a queryset per event, which was a third of an export's time."""
    exported = getattr(event, "exported", None)
    if exported is not None:
        return exported[name]
    cache = getattr(event, "_prefetched_objects_cache", {})
    return cache[name] if name in cache else getattr(event, name).all()


# What the writers read of an event's actors and reports, as plain tuples
# (export_events): the same attributes as the models', for the same output.
class ExportActor(NamedTuple):
    name: str


class ExportArticle(NamedTuple):
    title: str
    source: str
    published: datetime.date
    url: str | None


class ExportAnchor(NamedTuple):
    cue: str
    date: datetime.date | None
    precision: str


class ExportMention(NamedTuple):
    sentence: str
    cue: str
    date: datetime.date | None
    precision: str
    end_date: datetime.date | None
    place: str
    rule: str
    tense: str
    stage: str
    article: ExportArticle
    anchor: ExportAnchor | None

    @property
    def date_value(self):
        return None if self.date is None else DateValue(self.date, self.precision, self.end_date)


# The columns of an exported event (Event.from_row), its category's id last.
EXPORT_COLUMNS = (
    "id", "title", "summary", "date", "precision", "end_date", "last_day", "place", "status", "stage",
    "summary_count", "parent_id", "disputed", "category_id",
)
MENTION_COLUMNS = (
    "event_id", "sentence", "cue", "date", "precision", "end_date", "place", "rule", "tense", "stage",
    "article__title", "article__source", "article__published", "article__url",
)
# A chunk's actors, by name, and reports, by publication date (as the
# models order them, and as the prefetch of with_related() did): one query
# each, built and compiled by the ORM once (timeline/prepared.py).
EXPORT_ACTORS = PreparedQuery(
    lambda ids: Event.actors.through.objects.filter(InIds(F("event_id"), ids))
    .order_by("actor__name")
    .values_list("event_id", "actor__name")
)
EXPORT_MENTIONS = PreparedQuery(
    lambda ids: Mention.objects.filter(InIds(F("event_id"), ids))
    .order_by(*Mention._meta.ordering)
    .values_list(*MENTION_COLUMNS)
)
# ... and with the report each was counted from (the JSON export's derived_from).
EXPORT_DERIVED_MENTIONS = PreparedQuery(
    lambda ids: Mention.objects.filter(InIds(F("event_id"), ids))
    .order_by(*Mention._meta.ordering)
    .values_list(*MENTION_COLUMNS, "anchor_id", "anchor__cue", "anchor__date", "anchor__precision")
)


def export_events(queryset, derivations=False, chunk_size=1000):
    """The events of `queryset`, in its order, with what the writers read of
    them, `chunk_size` at a time: the events as values (Event.from_row),
    then each chunk's actors and reports as value tuples in one query each
    (with `derivations`, each report's anchor too). Building an Event, an
    Article and a Mention instance per row through prefetch_related() was
    most of an export's time; this holds no more than one chunk either."""
    db = queryset.db
    rows = queryset.values_list(*EXPORT_COLUMNS, "category__slug", "category__name").iterator(chunk_size=chunk_size)
    categories = {None: None}
    mentions_query = EXPORT_DERIVED_MENTIONS if derivations else EXPORT_MENTIONS
    while chunk := list(itertools.islice(rows, chunk_size)):
        events = {}
        for row in chunk:
            category_id, slug, name = row[-3:]
            if category_id not in categories:
                # In the model's order of fields, as from_db() reads them.
                categories[category_id] = Category.from_db(db, ("id", "name", "slug"), (category_id, name, slug))
            event = Event.from_row(db, row[:-2], categories[category_id], columns=EXPORT_COLUMNS)
            event.exported = {"actors": [], "mentions": []}
            events[event.pk] = event
        ids = ids_parameter(events, connections[db].vendor)
        for event_id, name in EXPORT_ACTORS.rows(ids, using=db):
            events[event_id].exported["actors"].append(ExportActor(name))
        for event_id, *values in mentions_query.rows(ids, using=db):
            article = ExportArticle(*values[9:13])
            anchor = None
            if derivations:
                anchor_id, *anchor_values = values[13:]
                anchor = ExportAnchor(*anchor_values) if anchor_id is not None else None
            events[event_id].exported["mentions"].append(ExportMention(*values[:9], article, anchor))
        yield from events.values()


def citation(mention):
    """A mention as one line of prose: the sentence and where it was published."""
    article = mention.article
    source = ", ".join(part for part in (article.title, article.source) if part)
    return f"“{mention.sentence}” ({source}, {article.published.isoformat()})"


def claim_record(mention):
    """A source's own date and place for its event (timeline/claims.py)."""
    claims = mention_claims(mention)
    date = claims["date"]
    return {
        "date": iso_at(date.date, date.precision) if date else None,
        "precision": date.precision if date else None,
        "end_date": iso_at(date.end_date, date.precision) if date else None,
        "place": claims["place"],
    }


def event_record(event, base_url=""):
    """An event as a flat dict: what CSV and JSON exports share."""
    mentions = related(event, "mentions")
    return {
        "id": event.pk,
        "date": iso_at(event.date, event.precision),
        "precision": event.precision,
        "end_date": iso_at(event.end_date, event.precision),
        "date_label": event.date_label,
        "title": event.title,
        "summary": event.summary,
        "category": event.category.name if event.category else None,
        "actors": [actor.name for actor in related(event, "actors")],
        "place": event.place or None,
        "status": event.status,
        # Whether the sources disagree; each source's own claim is in `claim`.
        "disputed": event.disputed,
        # Issue 14: announced/occurred/cancelled, and the summary this event is an item of.
        "stage": event.stage,
        "parent": event.parent_id,
        "summary_count": event.summary_count,
        "sources": [
            {
                "article": m.article.title,
                "source": m.article.source,
                "published": m.article.published.isoformat(),
                "url": m.article.url,
                "sentence": m.sentence,
                "cue": m.cue,
                "claim": claim_record(m),
                "stage": m.stage,
            }
            for m in mentions
        ],
        "url": base_url + event.get_absolute_url(),
    }


def csv_chunks(events, base_url=""):
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush():
        value = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return value

    writer.writerow(CSV_COLUMNS)
    yield flush()
    for event in events:
        record = event_record(event, base_url)
        sources = record.pop("sources")
        record["actors"] = "; ".join(record["actors"])
        record["sources"] = "; ".join(s["article"] for s in sources)
        record["sentences"] = " | ".join(s["sentence"] for s in sources)
        record["cues"] = "; ".join(s["cue"] for s in sources)
        record["disputed"] = "yes" if record["disputed"] else "no"
        writer.writerow(
            [spreadsheet_safe(record[column]) if record[column] is not None else "" for column in CSV_COLUMNS]
        )
        yield flush()


def derived_from(mention):
    """How a source's date was found, for the JSON export: the cue, the
    engine's rule and tense, the date it gives, and what it was counted
    from (another report's cue and date, or "publication date")."""
    anchor = mention.anchor
    value = mention.date_value
    return {
        "cue": mention.cue,
        "rule": mention.rule or None,
        "tense": mention.tense or None,
        "date": iso_at(value.date, value.precision) if value else None,
        "anchor": (
            {"cue": anchor.cue, "date": iso_at(anchor.date, anchor.precision) if anchor.date else None}
            if anchor is not None
            else "publication date"
        ),
        "published": mention.article.published.isoformat(),
    }


def json_chunks(events, base_url=""):
    yield "["
    for index, event in enumerate(events):
        record = event_record(event, base_url)
        # Mentions without a recorded derivation (typed by a person) are left out.
        record["derived_from"] = [derived_from(m) for m in related(event, "mentions") if m.rule]
        yield ("," if index else "") + "\n" + json.dumps(record, ensure_ascii=False)
    yield "\n]\n"


def calendar_description(event):
    """A calendar entry's description: the summary, how exactly the date is
    known (when not to the day) and where it was reported ("" when none)."""
    lines = [event.summary] if event.summary else []
    if event.precision != Precision.DAY:
        lines.append(f"Date known to the {event.precision} only: {event.date_label}.")
    lines += [citation(m) for m in related(event, "mentions")]
    return "\n".join(lines)


def calendar_event(event, base_url="", stamp=None):
    """An all-day VEVENT covering the event's whole period.

    A month-precision event spans its month and a year-precision one its
    year; X-TIMELINE-PRECISION and the description say how exactly it is
    known, so a calendar never suggests a day the article did not give."""
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.pk}@timeline")
    entry.add("dtstamp", stamp or datetime.datetime.now(datetime.UTC))
    entry.add("summary", event.title)
    entry.add("dtstart", event.date)
    entry.add("dtend", event.last_day + datetime.timedelta(days=1))
    description = calendar_description(event)
    if description:
        entry.add("description", description)
    if event.category:
        entry.add("categories", [event.category.name])
    if event.place:
        entry.add("location", event.place)
    entry.add("url", base_url + event.get_absolute_url())
    entry.add("status", CALENDAR_STATUS[event.stage])
    entry.add("x-timeline-precision", event.precision)
    return entry


def ical_text(text):
    """iCalendar TEXT escaping (RFC 5545, 3.3.11), as icalendar's vText writes it."""
    return (
        text.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def ical_date(date):
    return f"{date.year:04d}{date.month:02d}{date.day:02d}"


def folded(line):
    """A content line folded as icalendar folds it: at most 74 octets a
    line, never inside a character, and a backslash or caret that would end
    a line carried to the next (so an escape is never split). Found a line
    at a time in the encoded bytes rather than a character at a time."""
    data = line.encode()
    if len(data) < 75:
        return line
    lines, start = [], 0
    while len(data) - start >= 75:
        end = start + 74
        while data[end] & 0xC0 == 0x80:
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        lines.append(data[start:end].decode())
        start = end
    lines.append(data[start:].decode())
    return "\r\n ".join(lines)


def calendar_event_text(event, base_url, stamp):
    """calendar_event(event, base_url, stamp).to_ical(), written directly:
    building icalendar's property objects and folding a character at a time
    was most of an iCalendar export. The properties in icalendar's order
    (its canonical ones, then by name), escaped and folded as it does."""
    lines = [
        "BEGIN:VEVENT",
        "SUMMARY:" + ical_text(event.title),
        "DTSTART;VALUE=DATE:" + ical_date(event.date),
        "DTEND;VALUE=DATE:" + ical_date(event.last_day + datetime.timedelta(days=1)),
        "DTSTAMP:" + stamp.strftime("%Y%m%dT%H%M%SZ"),
        f"UID:event-{event.pk}@timeline",
    ]
    if event.category:
        lines.append("CATEGORIES:" + ical_text(event.category.name))
    description = calendar_description(event)
    if description:
        lines.append("DESCRIPTION:" + ical_text(description))
    if event.place:
        lines.append("LOCATION:" + ical_text(event.place))
    lines += [
        "STATUS:" + CALENDAR_STATUS[event.stage],
        "URL:" + base_url + event.get_absolute_url(),
        "X-TIMELINE-PRECISION:" + ical_text(event.precision),
        "END:VEVENT",
    ]
    return "\r\n".join(folded(line) for line in lines) + "\r\n"


def ics_chunks(events, base_url=""):
    calendar = Calendar()
    calendar.add("prodid", "-//Timeline//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Timeline events")
    head = calendar.to_ical().decode()
    # to_ical() closes the calendar; components are streamed before the end line.
    end_line = "END:VCALENDAR\r\n"
    yield head[: -len(end_line)]
    stamp = datetime.datetime.now(datetime.UTC)
    for event in events:
        yield calendar_event_text(event, base_url, stamp)
    yield end_line


def timelinejs_date(date, precision):
    parts = {"year": date.year}
    if precision in (Precision.MONTH, Precision.DAY):
        parts["month"] = date.month
    if precision == Precision.DAY:
        parts["day"] = date.day
    return parts


def timelinejs_chunks(events, base_url="", title="Timeline"):
    """TimelineJS 3 JSON: month and year precision omit the parts not known,
    which TimelineJS displays as "March 2023" or "2023".

    TimelineJS inserts headline, text, group and display_date into its page
    as HTML, so every text is escaped here: a title is shown, never run."""
    yield json.dumps({"title": {"text": {"headline": escape(title), "text": ""}}})[:-1] + ', "events": ['
    for index, event in enumerate(events):
        text = " ".join(citation(m) for m in related(event, "mentions"))
        item = {
            "unique_id": f"event-{event.pk}",
            "start_date": timelinejs_date(event.date, event.precision),
            "text": {"headline": escape(event.title), "text": escape(event.summary or text)},
            "group": escape(event.category.name) if event.category else "",
            "display_date": escape(event.date_label),
        }
        if event.end_date:
            item["end_date"] = timelinejs_date(event.end_date, event.precision)
        yield ("," if index else "") + "\n" + json.dumps(item, ensure_ascii=False)
    yield "\n]}\n"
