"""Per-source claims (issue 14, part 4): when articles disagree about an
event's date or place, the event page shows each source's claim, an editor
chooses one, and the timeline marks and filters the disputed events."""
import csv
import datetime
import io
import json

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from dom import element, elements, text
from launch_reports import SINPO, WONSAN, report
from review import review_data

from timeline.extraction.claims import places_agree
from timeline.extraction.types import DateValue
from timeline.models import Event, Mention

D = datetime.date

# A third report of the launch (SINPO and WONSAN, launch_reports), filed a day
# later, that dates it a day earlier.
TUESDAY = "SEOUL (Harbor Wire) — North Korea fired a ballistic missile on Tuesday, South Korea's military said."
# Knows only the month.
MARCH = "North Korea fired a ballistic missile in April, South Korea's military said."


@pytest.fixture
def launch(db):
    """One launch reported by two outlets that give the same day."""
    report(SINPO, "Missile fired from Sinpo", "Harbor Wire")
    report(WONSAN, "Launch from the east coast", "Coastline Daily")
    event = Event.objects.get()
    assert event.mentions.count() == 2
    return event


# The rule, pure -------------------------------------------------------------


def test_a_coarser_date_that_holds_the_finer_one_agrees():
    day = DateValue(D(2023, 3, 5))
    assert DateValue(D(2023, 3, 1), "month").agrees_with(day)
    assert day.agrees_with(DateValue(D(2023, 1, 1), "year"))
    assert DateValue(D(2023, 3, 2), "day", D(2023, 3, 4)).agrees_with(DateValue(D(2023, 3, 3)))


def test_dates_that_cannot_both_be_true_disagree():
    assert not DateValue(D(2023, 3, 5)).agrees_with(DateValue(D(2023, 3, 6)))
    assert not DateValue(D(2023, 3, 1), "month").agrees_with(DateValue(D(2023, 4, 2)))
    assert not DateValue(D(2023, 1, 1), "year").agrees_with(DateValue(D(2024, 3, 1), "month"))
    # Ranges that overlap without one holding the other.
    assert not DateValue(D(2023, 3, 2), "day", D(2023, 3, 4)).agrees_with(DateValue(D(2023, 3, 3), "day", D(2023, 3, 6)))


def test_places_compare_by_their_words():
    assert places_agree("the Yellow Sea", "Yellow Sea")
    assert places_agree("Pyongyang", "Pyongyang, North Korea")
    assert places_agree("Sinpo", "")
    assert places_agree(None, "Wonsan")
    assert not places_agree("Sinpo", "Wonsan")


# Disputes as imports write them ------------------------------------------------


def test_two_sources_that_agree_are_no_dispute(db):
    report(SINPO, "Missile fired from Sinpo", "Harbor Wire")
    report(
        "North Korea fired a ballistic missile from a launch site in Sinpo on Wednesday, officials said.",
        "Officials confirm the launch", "Capital Post",
    )
    event = Event.objects.get()
    assert event.mentions.count() == 2
    assert not event.disputed


def test_two_places_for_one_launch_are_a_dispute(launch):
    assert launch.disputed
    assert list(Event.objects.disputed()) == [launch]


def test_a_place_read_from_the_dateline_is_no_claim(db):
    report(TUESDAY, "Launch on Tuesday", "Harbor Wire")
    report(
        "TOKYO (Coastline Daily) — North Korea fired a ballistic missile on Tuesday, Japan's defence ministry said.",
        "Japan reports a launch", "Coastline Daily",
    )
    event = Event.objects.get()
    assert set(event.mentions.values_list("place", flat=True)) == {"Seoul", "Tokyo"}
    assert not event.disputed


def test_two_sources_with_different_dates_show_as_a_dispute(client, db):
    report(SINPO.replace(" from a launch site in Sinpo", ""), "Missile launch on Wednesday", "Harbor Wire")
    event = Event.objects.get()
    assert not event.disputed
    report(TUESDAY, "Launch on Tuesday", "Capital Post", published=D(2023, 4, 7), joins=event)
    event.refresh_from_db()
    assert event.disputed
    assert event.date == D(2023, 4, 5)  # nothing is overwritten

    page = client.get(event.get_absolute_url())
    table = element(page, "#claims table")
    assert "Each source's date and place" in text(element(table, "caption"))
    assert [text(th) for th in elements(table, "thead th[scope=col]")][:2] == ["Source", "Date it gives"]
    rows = elements(table, "tbody tr")
    assert len(rows) == 2
    dates = [text(row.cssselect("td")[0]) for row in rows]
    assert dates[0].startswith("5 April 2023") and "Disputed" in dates[0]
    assert dates[1].startswith("4 April 2023") and "Disputed" in dates[1]
    assert "Capital Post" in text(rows[1].cssselect("th[scope=row]")[0])
    assert text(rows[1].cssselect("mark")[0]) == "Tuesday"
    # A viewer is offered no choice.
    assert not elements(table, "form")


def test_a_coarser_claim_is_no_dispute(db):
    report(SINPO, "Missile fired from Sinpo", "Harbor Wire")
    event = Event.objects.get()
    report(MARCH, "April launches", "Capital Post", published=D(2023, 4, 30),
           joins=event)
    event.refresh_from_db()
    assert event.mentions.count() == 2
    assert {m.precision for m in event.mentions.all()} == {"day", "month"}
    assert not event.disputed


# Choosing a claim --------------------------------------------------------------


@pytest.fixture
def disputed_dates(db):
    report(SINPO, "Missile fired from Sinpo", "Harbor Wire")
    event = Event.objects.get()
    report(TUESDAY, "Launch on Tuesday", "Capital Post", published=D(2023, 4, 7), joins=event)
    event.refresh_from_db()
    assert event.disputed
    return event


def use_url(event, article_source, fact):
    mention = event.mentions.get(article__source=article_source)
    return reverse("timeline:event_use_claim", args=[event.pk, mention.pk, fact])


def test_an_editor_chooses_a_date_and_it_is_recorded(editor_client, editor, disputed_dates):
    event = disputed_dates
    page = editor_client.get(event.get_absolute_url())
    forms = elements(page, "#claims form")
    url = use_url(event, "Capital Post", "date")
    form = next(f for f in forms if f.get("action") == url)
    assert form.get("method") == "post" and form.get("hx-post") == url
    assert element(form, "input[name=csrfmiddlewaretoken]") is not None
    assert text(element(form, "button")) == "Use this date"

    response = editor_client.post(url)
    assert response.status_code == 302 and response["Location"].endswith("#claims")
    event.refresh_from_db()
    assert (event.date, event.precision) == (D(2023, 4, 4), "day")
    assert not event.disputed
    record = event.history.first()
    assert record.history_user == editor
    assert record.history_change_reason.startswith("Date chosen from “Launch on Tuesday”")
    page = editor_client.get(event.get_absolute_url())
    assert "Disputed" not in text(element(page, "#claims"))
    assert "(in use)" in text(elements(page, "#claims tbody tr")[1].cssselect("td")[0])


def test_choosing_with_htmx_answers_the_table(editor_client, disputed_dates):
    event = disputed_dates
    url = use_url(event, "Capital Post", "date")
    form = element(editor_client.get(event.get_absolute_url()), f"form[action='{url}']")
    # htmx swaps the page's article for the answer's: heading and facts show the new date too.
    assert (form.get("hx-target"), form.get("hx-select")) == ("closest .event-detail", ".event-detail")
    response = editor_client.post(url, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    article = element(response, "article.event-detail")
    assert "now uses the date 4 April 2023" in text(element(article, "#claims .claims-note"))
    assert text(element(article, ".detail-date time")) == "4 April 2023"


def test_a_new_disagreeing_source_reopens_the_dispute(editor_client, disputed_dates):
    event = disputed_dates
    editor_client.post(use_url(event, "Harbor Wire", "date"))
    event.refresh_from_db()
    assert not event.disputed and event.date == D(2023, 4, 5)
    # A source agreeing with the choice keeps it settled, even though the
    # claim set aside (Tuesday) is still there.
    report(SINPO.replace("Harbor Wire", "Capital Post").replace("Sinpo", "Sinpo port"), "Sinpo launch",
           "Daily Ledger", joins=event)
    event.refresh_from_db()
    assert not event.disputed
    report(
        "North Korea fired a ballistic missile on Monday, officials said.", "Launch on Monday", "Evening Star",
        joins=event,
    )
    event.refresh_from_db()
    assert event.disputed


def test_choosing_is_refused_to_viewers_and_changes_nothing(client, django_user_model, disputed_dates):
    event = disputed_dates
    url = use_url(event, "Capital Post", "date")
    assert client.post(url).status_code == 302  # to the login page
    viewer = django_user_model.objects.create_user("viewer", password="x-viewer-123")
    viewer.groups.add(Group.objects.get(name="viewer"))
    client.force_login(viewer)
    assert client.post(url).status_code == 403
    assert client.get(url).status_code in (403, 405)
    event.refresh_from_db()
    assert event.date == D(2023, 4, 5) and event.disputed
    assert event.history.count() == 1


def test_choosing_a_claim_of_another_event_or_fact_is_refused(editor_client, disputed_dates):
    event = disputed_dates
    other = Event.objects.create(title="Envoy arrives", date=D(2023, 4, 1))
    mention = event.mentions.first()
    assert editor_client.post(reverse("timeline:event_use_claim", args=[other.pk, mention.pk, "date"])).status_code == 404
    assert editor_client.post(reverse("timeline:event_use_claim", args=[event.pk, mention.pk, "title"])).status_code == 404
    event.refresh_from_db()
    assert event.disputed


def test_choosing_a_place_settles_the_place(editor_client, launch):
    url = use_url(launch, "Coastline Daily", "place")
    editor_client.post(url)
    launch.refresh_from_db()
    assert launch.place == "Wonsan" and not launch.disputed


def test_removing_a_source_ends_its_dispute(launch):
    Mention.objects.filter(event=launch, article__source="Coastline Daily").first().delete()
    launch.refresh_from_db()
    assert not launch.disputed


def test_moving_a_source_to_another_event_ends_the_dispute_it_left(launch):
    """A mention saved onto another event (the shell) takes its claim along:
    the event it left is compared again too, not only the one it joined."""
    other = Event.objects.create(title="Another launch", date=D(2023, 4, 6))
    mention = Mention.objects.get(event=launch, article__source="Coastline Daily")
    mention.event = other
    mention.save()
    launch.refresh_from_db()
    assert not launch.disputed


def test_a_batch_joining_an_event_whose_source_moved_away_leaves_it_undisputed(launch):
    """A batch compares only the pairs with its new claims (claims.in_dispute)
    and leaves an event flagged disputed as it is: the flag must not be
    stale after a source moved away, or no import would ever clear it."""
    other = Event.objects.create(title="Another launch", date=D(2023, 4, 6))
    mention = Mention.objects.get(event=launch, article__source="Coastline Daily")
    mention.event = other
    mention.save()
    report(SINPO.replace("Harbor Wire", "Bay Courier"), "Sinpo again", "Bay Courier", joins=launch)
    launch.refresh_from_db()
    assert launch.mentions.count() == 2 and not launch.disputed


def test_choosing_a_claim_saved_with_update_fields_stores_the_ended_dispute(disputed_dates):
    """save(update_fields=...) naming the date but not "disputed" (a shell,
    a script) recomputes the flag: it must reach the database too."""
    event = disputed_dates
    event.use_claim(event.mentions.get(article__source="Capital Post"), "date")
    event.save(update_fields=["date", "precision", "end_date", "last_day", "date_settled_through"])
    event.refresh_from_db()
    assert (event.date, event.precision) == (D(2023, 4, 4), "day") and not event.disputed


def test_a_place_settled_with_update_fields_stores_the_ended_dispute(launch):
    launch.use_claim(launch.mentions.get(article__source="Coastline Daily"), "place")
    launch.save(update_fields=["place", "place_settled_through"])
    launch.refresh_from_db()
    assert launch.place == "Wonsan" and not launch.disputed


def test_update_fields_that_leave_the_dispute_as_it_is_write_only_those(launch):
    launch.title = "Missile launch"
    with CaptureQueriesContext(connection) as queries:
        launch.save(update_fields=["title"])
    (update,) = [q["sql"] for q in queries if q["sql"].startswith('UPDATE "timeline_event"')]
    assert '"title"' in update and '"disputed"' not in update
    launch.refresh_from_db()
    assert launch.title == "Missile launch" and launch.disputed


# The timeline, admin and exports ------------------------------------------------


def test_the_timeline_marks_and_filters_disputed_events(client, launch):
    report(
        "North Korea said on Monday that it launched a reconnaissance satellite, state media said.",
        "Satellite launch", "Capital Post",
    )
    page = client.get(reverse("timeline:index"))
    rows = elements(page, "li.event")
    assert len(rows) == 2
    labels = {text(row.cssselect(".event-title")[0]): "Disputed" in text(row) for row in rows}
    assert sorted(labels.values()) == [False, True]
    page = client.get(reverse("timeline:index"), {"disputed": "1"})
    assert [text(e) for e in elements(page, "li.event .event-title")] == [launch.title]
    checkbox = element(page, "input[name=disputed]")
    assert checkbox.get("type") == "checkbox" and checkbox.get("checked") is not None
    facets = client.get(reverse("timeline:facets"), HTTP_HX_REQUEST="true")
    assert "Sources disagree" in facets.content.decode()


def test_admin_shows_and_filters_disputed(admin_client, launch):
    changelist = admin_client.get(reverse("admin:timeline_event_changelist"), {"disputed__exact": "1"})
    assert changelist.status_code == 200 and launch.title in changelist.content.decode()
    page = admin_client.get(reverse("admin:timeline_event_change", args=[launch.pk])).content.decode()
    assert "date and how it was derived" in page
    assert "Wonsan" in page and "Sinpo" in page


def download(client, fmt):
    return b"".join(client.get(reverse("timeline:export", args=[fmt])).streaming_content).decode()


def test_exports_carry_claims_and_disputed(client, launch):
    data = json.loads(download(client, "json"))
    assert data[0]["disputed"] is True
    assert {(s["claim"]["date"], s["claim"]["place"]) for s in data[0]["sources"]} == {
        ("2023-04-05", "Sinpo"), ("2023-04-05", "Wonsan"),
    }
    rows = list(csv.DictReader(io.StringIO(download(client, "csv"))))
    assert rows[0]["disputed"] == "yes"


def test_the_review_page_warns_that_a_report_disputes_the_event(editor_client):
    report(SINPO, "Missile fired from Sinpo", "Harbor Wire")
    event = Event.objects.get()
    page = editor_client.post(reverse("timeline:article_import"), {
        "title": "Launch from the east coast", "url": "", "source": "Coastline Daily", "published": "2023-04-06",
        "text": WONSAN,
    })
    assert element(page, "select[name=form-0-same_as] option[selected]").get("value") == str(event.pk)
    note = text(element(page, ".badge-disputed").getparent())
    assert "The event gives the place Sinpo" in note

    response = editor_client.post(reverse("timeline:article_review"), review_data(page))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.mentions.count() == 2 and event.disputed


def random_claims(rng, count):
    """Mentions and an event as refresh_disputes reads them, drawn from a
    few articles, dates (days, a month, a range) and places, some settled."""
    from timeline import claims

    dates = [(D(2023, 3, 5), "day", None), (D(2023, 3, 6), "day", None), (D(2023, 3, 1), "month", None),
             (D(2023, 3, 4), "day", D(2023, 3, 6)), (D(2023, 1, 1), "year", None), (None, "day", None)]
    places = ["", "Sinpo", "Wonsan", "the Sinpo shipyard", "Pyongyang"]
    mentions = []
    for pk in range(1, count + 1):
        date, precision, end = rng.choice(dates)
        place = rng.choice(places)
        sentence = f"Fired from {place} on a day." if rng.random() < 0.8 else "Fired on a day."
        mentions.append(claims.MentionRow(pk, 1, rng.randint(1, 4), sentence, date, precision, end, place))
    settled = rng.choice([None, None, rng.randint(0, count)])
    event = claims.EventRow(1, D(2023, 3, 5), "day", None, rng.choice(places), False, settled,
                            rng.choice([None, None, rng.randint(0, count)]))
    return event, mentions


def test_in_dispute_says_what_the_whole_comparison_says():
    """Whole, and told only the pairs with new claims once the others
    agree, as a batch asks it (EventQuerySet.refresh_disputes)."""
    import random

    from timeline import claims

    rng = random.Random(9)
    compared = incremental = 0
    for _ in range(3000):
        event, mentions = random_claims(rng, rng.randint(0, 9))
        disputed = any(claims.disputes(event, mentions).values())
        assert claims.in_dispute(event, mentions) == disputed
        compared += 1
        for cut in range(len(mentions)):
            old = mentions[:cut]
            if any(claims.disputes(event, old).values()):
                continue  # stored as disputed: the batch leaves it so
            new = {m.pk for m in mentions[cut:]}
            assert claims.in_dispute(event, mentions, new) == disputed
            incremental += 1
    assert compared == 3000 and incremental > 3000


@pytest.mark.django_db
def test_refresh_disputes_in_the_database_says_what_the_whole_comparison_says():
    """EventQuerySet.refresh_disputes on random events stored in the
    database, whole and as a batch asks it (new=...): on PostgreSQL it reads
    only the mentions of events whose claims differ (models.CLAIM_ROWS_SQL),
    and the sentences only where a place is named; the flags it stores must
    be the whole comparison's. Places vary in case and spaces, dates of one
    start in precision and end."""
    import random

    from timeline import claims
    from timeline.models import Article

    rng = random.Random(17)
    articles = [Article.objects.create(title=f"Report {n}", text=f"Report number {n}.", published=D(2023, 3, 7))
                for n in range(4)]

    def store(event, rows):
        return Mention.objects.bulk_create(
            Mention(event=event, article=articles[row.article_id - 1], sentence=row.sentence, cue="on a day",
                    sentence_start=0, sentence_end=len(row.sentence), cue_start=position, cue_end=position + 1,
                    date=row.date, precision=row.precision, end_date=row.end_date,
                    place=rng.choice([row.place, row.place.lower(), f" {row.place}"]) if row.place else row.place)
            for position, row in enumerate(rows, start=len(event.mentions.all()))
        )

    def whole(event):
        event = Event.objects.get(pk=event.pk)
        return any(claims.disputes(event, event.mentions.only(*claims.MENTION_FIELDS)).values())

    # Claims that share a start, in precision or end: most agree (one holds
    # the other), March and 1 March to 15 April do not.
    alike = [[(D(2023, 3, 1), "month", None), (D(2023, 3, 1), "day", None), (D(2023, 3, 1), "day", D(2023, 4, 15)),
              (D(2023, 3, 1), "day", D(2023, 3, 3))],
             [(D(2023, 3, 5), "day", None), (D(2023, 3, 5), "day", D(2023, 3, 7))]]
    batch, expected = [], {}
    for _ in range(400):
        row, rows = random_claims(rng, rng.randint(0, 8))
        # Half the events name one place (or none) in every mention, half
        # claim dates of one start only: those an event is left out for.
        if rng.random() < 0.5:
            place = rng.choice(["", "Sinpo", "Wonsan"])
            rows = [r._replace(place=place, sentence=f"Fired from {place} on a day.") for r in rows]
        if rng.random() < 0.5:
            pool = rng.choice(alike)
            rows = [r._replace(**dict(zip(("date", "precision", "end_date"), rng.choice(pool), strict=True)))
                    for r in rows]
        event = Event.objects.create(title="Launch", date=row.date, precision=row.precision, place=row.place)
        cut = rng.randint(0, len(rows))
        old = store(event, rows[:cut])
        settled = {}
        for fact in ("date", "place"):
            if old and rng.random() < 0.3:
                settled[claims.SETTLED_FIELD[fact]] = rng.choice(old).pk
        Event.objects.filter(pk=event.pk).update(**settled)
        Event.objects.filter(pk=event.pk).refresh_disputes()
        assert Event.objects.get(pk=event.pk).disputed == whole(event)
        new = store(event, rows[cut:])
        batch.append((event, {m.pk for m in new}))
        expected[event.pk] = whole(event)
    ids = [event.pk for event, _ in batch]
    Event.objects.filter(pk__in=ids).refresh_disputes(new=set().union(*(new for _, new in batch)))
    assert dict(Event.objects.filter(pk__in=ids).values_list("pk", "disputed")) == expected
    assert any(expected.values()) and not all(expected.values())
    # Whole, from flags all wrong.
    for event_id, disputed in expected.items():
        Event.objects.filter(pk=event_id).update(disputed=not disputed)
    Event.objects.filter(pk__in=ids).refresh_disputes()
    assert dict(Event.objects.filter(pk__in=ids).values_list("pk", "disputed")) == expected
