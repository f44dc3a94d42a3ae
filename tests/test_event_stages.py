"""Issue 14, parts 2 and 3: announced and occurred events, summaries and
their items, from import to the timeline and the exports."""
import csv
import datetime
import io
import json

import pytest
from django.db import connection
from django.urls import reverse
from dom import element, elements, terms, text
from icalendar import Calendar
from review import review_data

from timeline import exports
from timeline.importing import import_article
from timeline.models import Event, Mention, Stage

ANNOUNCEMENT = (
    "TOKYO, April 4 (Harbor Wire) - The foreign ministers of Japan and South Korea will meet in Tokyo on Friday "
    "to discuss the missile launches, the Japanese foreign ministry said on Tuesday."
)
REPORT = (
    "TOKYO, April 8 (Harbor Wire) - The foreign ministers of Japan and South Korea met in Tokyo on Friday "
    "to discuss the missile launches, and agreed to share radar data."
)
CANCELLATION = (
    "TOKYO, April 6 (Harbor Wire) - The meeting of the foreign ministers of Japan and South Korea set for Friday "
    "was called off after a dispute over the agenda, the Japanese foreign ministry said."
)


def _import(text, published, title="Article"):
    return import_article(title=title, published=published, text=text)[0]


@pytest.mark.django_db
def test_an_announcement_followed_by_a_report_is_one_occurred_event():
    announced = _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    planned = Event.objects.get(date=datetime.date(2023, 4, 7))
    assert planned.stage == Stage.PLANNED
    reported = _import(REPORT, datetime.date(2023, 4, 8), "Ministers meet")
    assert Event.objects.filter(date=datetime.date(2023, 4, 7)).count() == 1
    event = Event.objects.get(pk=planned.pk)
    assert event.stage == Stage.OCCURRED
    assert event.announced_by.article == announced
    assert {m.article: m.stage for m in event.mentions.all()} == {announced: Stage.PLANNED, reported: Stage.OCCURRED}


@pytest.mark.django_db
def test_a_cancellation_after_an_announcement_cancels_the_planned_event():
    announced = _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    _import(CANCELLATION, datetime.date(2023, 4, 6), "Meeting called off")
    event = Event.objects.get(date=datetime.date(2023, 4, 7))
    assert event.stage == Stage.CANCELLED
    assert event.announced_by.article == announced
    assert event.history.first().stage == Stage.CANCELLED  # the change is in the event's history


@pytest.mark.django_db
def test_an_announcement_imported_after_the_report_leaves_the_event_occurred():
    """The latest source decides: an older announcement imported later does
    not make a held meeting planned again, but is linked as its announcement."""
    _import(REPORT, datetime.date(2023, 4, 8), "Ministers meet")
    announced = _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    event = Event.objects.get(date=datetime.date(2023, 4, 7))
    assert event.stage == Stage.OCCURRED
    assert event.announced_by.article == announced


@pytest.mark.django_db
def test_a_planned_event_with_no_report_stays_planned():
    _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    event = Event.objects.get(date=datetime.date(2023, 4, 7))
    assert event.stage == Stage.PLANNED and event.overdue  # its Friday is long past
    assert event.announced_by.stage == Stage.PLANNED


SUMMARY = (
    "SEOUL, April 2 (Harbor Wire) - In March alone, North Korea fired nearly 20 ballistic missiles in seven "
    "launch events, according to South Korea's military."
)
LAUNCH = "SEOUL, {day} (Harbor Wire) - North Korea fired a ballistic missile into the sea on {weekday}, the South Korean military said."


def _launch(day):
    date = datetime.date(2023, 3, day)
    text = LAUNCH.format(day=f"March {day + 1}", weekday=date.strftime("%A"))
    return _import(text, date + datetime.timedelta(days=1), f"Launch on {day} March")


@pytest.mark.django_db
def test_the_march_summary_groups_its_launches_before_and_after_it():
    _launch(9)
    _launch(16)
    _import(SUMMARY, datetime.date(2023, 4, 2), "March summary")
    summary = Event.objects.get(summary_count__isnull=False)
    assert (summary.precision, summary.date, summary.summary_count) == ("month", datetime.date(2023, 3, 1), 7)
    assert sorted(e.date.day for e in summary.items.all()) == [9, 16]
    _launch(27)  # an item reported after the summary
    assert sorted(e.date.day for e in summary.items.all()) == [9, 16, 27]


@pytest.mark.django_db
def test_a_summary_does_not_take_events_of_another_kind_place_or_period():
    _import(
        "SEOUL, March 10 (Harbor Wire) - The envoys of Japan and South Korea met in Seoul on Thursday.",
        datetime.date(2023, 3, 10),
        "Envoys meet",
    )
    _launch(9)
    _import(
        "TOKYO, April 3 (Harbor Wire) - Russia fired missiles on Sunday, the ministry said.",
        datetime.date(2023, 4, 3),
        "April launch",
    )
    _import(SUMMARY, datetime.date(2023, 4, 2), "March summary")
    summary = Event.objects.get(summary_count__isnull=False)
    assert [e.date.day for e in summary.items.all()] == [9]


@pytest.mark.django_db
def test_the_timeline_labels_planned_events_and_nests_a_summarys_items(client):
    _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    _launch(9)
    _launch(16)
    _import(SUMMARY, datetime.date(2023, 4, 2), "March summary")
    page = client.get(reverse("timeline:index"), {"sort": "oldest"})
    planned = element(page, "li.stage-planned")
    assert text(planned.cssselect(".stage-label")[0]) == "Planned, no report since:"
    summary = element(page, "li.event-summary")
    assert text(summary.cssselect(".summary-count")[0]) == "7 reported · 2 in the timeline"
    # The launches are listed once, under their summary, not as rows of their own.
    nested = summary.cssselect("ol.items > li.event-item")
    assert [text(item.cssselect(".event-date")[0]) for item in nested] == ["9 March 2023", "16 March 2023"]
    assert len(elements(page, "li.event-item")) == 2


@pytest.mark.django_db
def test_the_event_page_and_the_timeline_write_one_stage_label(client):
    """The stage label has one source (timeline_rows.stage_label_html):
    the event page writes what the event's row writes."""
    _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    event = Event.objects.get(stage=Stage.PLANNED)
    label = '<span class="stage-label stage-label-planned">Planned, no report since<span class="visually-hidden">:</span></span> '
    assert label + '<span class="event-heading-title">' in client.get(event.get_absolute_url()).content.decode()
    assert label + f'<a href="{event.get_absolute_url()}">' in client.get(reverse("timeline:index")).content.decode()


@pytest.mark.django_db
def test_a_summarys_cached_row_holds_only_the_items_on_its_own_page(client):
    """Rows are rendered once per data version (templatetags/timeline_rows.py),
    but a summary's row holds the rows of its items on the same page: the
    summary listed alone must not bring back items another page nested."""
    _launch(9)
    _launch(16)
    _import(SUMMARY, datetime.date(2023, 4, 2), "March summary")
    for query in ({"sort": "oldest"}, {"sort": "oldest", "precision": "month"}, {"sort": "oldest"}):
        page = client.get(reverse("timeline:index"), query, HTTP_HX_REQUEST="true")
        nested = element(page, "li.event-summary").cssselect("ol.items > li.event-item")
        assert len(nested) == (0 if "precision" in query else 2), query


@pytest.mark.django_db
def test_the_event_page_names_the_announcement_of_an_occurred_event(client):
    _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    _import(REPORT, datetime.date(2023, 4, 8), "Ministers meet")
    event = Event.objects.get(date=datetime.date(2023, 4, 7))
    page = client.get(event.get_absolute_url())
    facts = terms(page, "dl.facts")
    assert facts["Stage"] == "Occurred"
    assert facts["Announced"] == "Announced in Ministers to meet on 4 April 2023"
    assert not elements(page, ".stage-label")


@pytest.mark.django_db
def test_a_summarys_page_lists_its_items(client):
    _launch(9)
    _import(SUMMARY, datetime.date(2023, 4, 2), "March summary")
    summary = Event.objects.get(summary_count__isnull=False)
    page = client.get(summary.get_absolute_url())
    assert text(element(page, "dd .summary-count")) == "7 reported · 1 in the timeline"
    assert len(elements(page, ".summary-items li")) == 1
    item = summary.items.get()
    assert terms(client.get(item.get_absolute_url()), "dl.facts")["Part of"].endswith("(March 2023, 7 reported)")


@pytest.mark.django_db
def test_exports_carry_stage_parent_and_calendar_status(client):
    _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    _import(CANCELLATION, datetime.date(2023, 4, 6), "Meeting called off")
    _launch(9)
    _import(SUMMARY, datetime.date(2023, 4, 2), "March summary")
    summary = Event.objects.get(summary_count__isnull=False)
    events = list(Event.objects.chronological().with_related())

    calendar = Calendar.from_ical("".join(exports.ics_chunks(events)))
    status = {str(entry["uid"]): str(entry["status"]) for entry in calendar.walk("VEVENT")}
    assert {status[f"event-{e.pk}@timeline"] for e in events if e.stage == Stage.CANCELLED} == {"CANCELLED"}
    assert {status[f"event-{e.pk}@timeline"] for e in events if e.stage == Stage.OCCURRED} == {"CONFIRMED"}
    _import(ANNOUNCEMENT.replace("on Friday", "on April 21"), datetime.date(2023, 4, 4), "Ministers to meet again")
    planned = Event.objects.with_related().get(stage=Stage.PLANNED)
    assert str(exports.calendar_event(planned)["status"]) == "TENTATIVE"

    records = {r["id"]: r for r in json.loads("".join(exports.json_chunks(events)))}
    launch = summary.items.get()
    assert (records[launch.pk]["stage"], records[launch.pk]["parent"]) == ("occurred", summary.pk)
    assert (records[summary.pk]["summary_count"], records[summary.pk]["parent"]) == (7, None)
    cancelled = next(r for r in records.values() if r["stage"] == "cancelled")
    assert sorted(s["stage"] for s in cancelled["sources"]) == ["cancelled", "planned"]

    rows = {int(r["id"]): r for r in csv.DictReader(io.StringIO("".join(exports.csv_chunks(events))))}
    assert (rows[launch.pk]["stage"], rows[launch.pk]["parent"]) == ("occurred", str(summary.pk))
    assert rows[summary.pk]["summary_count"] == "7"


@pytest.mark.django_db
def test_the_import_review_carries_the_stage_to_the_stored_event(editor_client):
    response = editor_client.post(
        reverse("timeline:article_import"),
        {"title": "Ministers to meet", "source": "Harbor Wire", "published": "2023-04-04", "text": ANNOUNCEMENT},
    )
    data = review_data(response)
    [meeting] = [k[: -len("-stage")] for k, v in data.items() if k.endswith("-stage") and v == "planned"]
    assert element(response, f"select[name={meeting}-stage] option[selected]").get("value") == "planned"
    editor_client.post(reverse("timeline:article_review"), data)
    assert Event.objects.get(date=datetime.date(2023, 4, 7)).stage == Stage.PLANNED
    assert Mention.objects.get(event__date=datetime.date(2023, 4, 7)).stage == Stage.PLANNED


@pytest.mark.django_db
def test_stage_filter_and_facet(client):
    _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    _launch(9)
    page = client.get(reverse("timeline:index"), {"stage": "planned"})
    assert [text(e) for e in elements(page, "li.event .event-date")] == ["7 April 2023"]
    facets = client.get(reverse("timeline:facets"))
    [stage] = [f for f in elements(facets, "section.facet") if text(f.cssselect("h3")[0]) == "Stage"]
    assert [text(a) for a in stage.cssselect("a")] == ["Occurred 2", "Planned 1"]


@pytest.mark.django_db
def test_the_admin_edits_the_stage_and_shows_the_summary(admin_client):
    _launch(9)
    _import(SUMMARY, datetime.date(2023, 4, 2), "March summary")
    item = Event.objects.get(parent__isnull=False)
    page = admin_client.get(reverse("admin:timeline_event_change", args=[item.pk]))
    assert element(page, "select[name=stage]") is not None
    assert "(7 reported)" in text(element(page, ".field-summary_of"))
    assert admin_client.get(reverse("admin:timeline_event_changelist"), {"stage__exact": "occurred"}).status_code == 200


@pytest.mark.django_db
def test_a_summary_takes_only_items_of_the_kind_it_counts():
    """The category alone is not enough: a count of tremors in a disaster
    story does not gather the region's wildfires of those months."""
    _import(
        "PALU, Aug. 21 (Harbor Wire) - A tremor of magnitude 4.8 shook the coast of the province on Monday.",
        datetime.date(2023, 8, 21),
        "Tremor",
    )
    _import(
        "PALU, Aug. 22 (Harbor Wire) - A wildfire burned 300 hectares of forest near the port on Tuesday.",
        datetime.date(2023, 8, 22),
        "Wildfire",
    )
    _import(
        "PALU, Aug. 31 (Harbor Wire) - In August alone, the agency recorded 14 tremors above magnitude 4.",
        datetime.date(2023, 8, 31),
        "Tremors in August",
    )
    summary = Event.objects.get(summary_count=14)
    assert [e.title for e in summary.items.all()] == [Event.objects.get(date=datetime.date(2023, 8, 21)).title]


@pytest.mark.django_db
def test_a_month_summary_takes_its_items_from_the_years():
    _launch(9)
    _import(
        "SEOUL, April 2 (Harbor Wire) - North Korea has fired 20 ballistic missiles so far this year.",
        datetime.date(2023, 4, 2),
        "Year so far",
    )
    year = Event.objects.get(summary_count=20)
    assert year.items.count() == 1
    _import(SUMMARY, datetime.date(2023, 4, 2), "March summary")
    march = Event.objects.get(summary_count=7)
    assert (year.items.count(), march.items.count()) == (0, 1)


@pytest.mark.django_db
def test_an_editor_sets_the_stage_in_the_edit_form(editor_client):
    _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    event = Event.objects.get(date=datetime.date(2023, 4, 7))
    url = reverse("timeline:event_edit", args=[event.pk])
    form = editor_client.get(url).context["form"]
    data = {name: "" if field.value() is None else field.value() for name, field in ((f.name, f) for f in form)}
    assert data["stage"] == "planned"
    response = editor_client.post(url, {**data, "stage": "cancelled"})
    assert response.status_code == 302
    assert Event.objects.get(pk=event.pk).stage == Stage.CANCELLED
    data.pop("stage")  # a post without the field leaves the stage alone
    version = editor_client.get(url).context["form"]["version"].value()
    assert editor_client.post(url, {**data, "version": version, "title": "Ministers' talks"}).status_code == 302
    assert Event.objects.values_list("title", "stage").get(pk=event.pk) == ("Ministers' talks", Stage.CANCELLED)


@pytest.mark.django_db
def test_the_history_record_of_a_settled_stage_holds_the_events_actors():
    """The record of planned → occurred is the event as it was then, actors
    included, as every other record of an import: an event reverted to it
    must not lose them."""
    _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    _import(REPORT, datetime.date(2023, 4, 8), "Ministers meet")
    event = Event.objects.get(date=datetime.date(2023, 4, 7))
    settled = event.history.filter(stage=Stage.OCCURRED).order_by("history_date", "history_id").first()
    actors = set(event.actors.values_list("pk", flat=True))
    assert actors and {record.actor_id for record in settled.actors.all()} == actors


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the one-statement form is PostgreSQL's")
def test_postgresqls_one_statement_settles_stages_as_the_rows_read_one_by_one_do():
    """stages.changed_stages_sql (a bulk import's batch on PostgreSQL) finds
    the same stages and announcements as changed_stages (elsewhere): on
    random events whose articles share publication dates and report a
    happening several times, with stored values right and wrong."""
    import random

    from timeline.models import Article
    from timeline.stages import changed_stages, changed_stages_sql

    rng = random.Random(14)
    articles = [
        Article.objects.create(title=f"a{n}", text=f"text {n}", published=datetime.date(2023, 4, rng.randint(1, 4)))
        for n in range(12)
    ]
    stages = [Stage.OCCURRED, Stage.PLANNED, Stage.CANCELLED]
    events = []
    for n in range(60):
        event = Event.objects.create(title=f"e{n}", date=datetime.date(2023, 4, 7), stage=rng.choice(stages))
        events.append(event)
        for cue in range(rng.randint(0, 6)):
            Mention.objects.create(event=event, article=rng.choice(articles), sentence="s", cue="c", sentence_start=0,
                                   sentence_end=1, cue_start=cue, cue_end=cue + 1, stage=rng.choice(stages))
    for event in events[::3]:  # some stored right, as an earlier batch left them
        found = changed_stages([event.pk])
        if found:
            Event.objects.filter(pk=event.pk).update(stage=found[event.pk][0], announced_by=found[event.pk][1])
    ids = [event.pk for event in events]
    expected = changed_stages(ids)
    assert 10 < len(expected) < len(events)
    assert changed_stages_sql(ids) == expected
