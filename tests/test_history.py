"""History of changes (django-simple-history) and roles as groups."""
from datetime import date as D

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import reverse
from dom import element, elements, text, texts

from timeline import history
from timeline.models import Actor, Article, Category, Event, Mention

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.com", "pw-boss-123")
    client.force_login(user)
    return client


@pytest.fixture
def event():
    return Event.objects.create(title="Launch", date=D(2023, 4, 5), category=Category.objects.get(slug="missile-launch"))


def admin_change(client, event, **changes):
    data = {
        "title": event.title, "summary": event.summary, "status": event.status, "date": event.date.isoformat(),
        "precision": event.precision, "end_date": "", "category": event.category_id or "", "place": event.place,
        "actors": [a.pk for a in event.actors.all()], "mentions-TOTAL_FORMS": 0, "mentions-INITIAL_FORMS": 0,
        "stage": event.stage, "summary_count": event.summary_count or "",
        **changes,
    }
    return client.post(reverse("admin:timeline_event_change", args=[event.pk]), data)


def test_every_model_keeps_its_history():
    for model in (Event, Article, Mention, Actor, Category):
        assert hasattr(model, "history"), model


def test_an_admin_edit_is_kept_with_who_and_when_and_shows_on_the_event_page(admin_client, event):
    response = admin_change(admin_client, event, title="Launch of a missile", status="confirmed")
    assert response.status_code == 302, response.content.decode()[:2000]
    latest = event.history.first()
    assert latest.history_user.username == "boss"
    assert latest.title == "Launch of a missile"
    entries = history.changes(Event.objects.get(pk=event.pk))
    assert entries[0]["kind"] == "Changed"
    assert ("title", "Launch", "Launch of a missile") in entries[0]["fields"]
    assert ("status", "Proposed", "Confirmed") in entries[0]["fields"]
    assert entries[-1]["kind"] == "Added"

    page = admin_client.get(event.get_absolute_url())
    history_section = element(page, "section[aria-labelledby=history-heading]")
    assert text(element(history_section, "#history-heading")) == "History"
    latest_entry = elements(history_section, ".history-list > li")[0]
    assert text(element(latest_entry, ".history-when")).startswith("Changed ")
    assert text(element(latest_entry, ".history-when")).endswith(" by boss")
    assert "Title: Launch → Launch of a missile" in texts(latest_entry, ".history-fields li")


def test_anonymous_readers_see_changes_but_not_who_made_them(admin_client, client, event):
    admin_change(admin_client, event, title="Renamed")
    client.logout()
    page = client.get(event.get_absolute_url())
    history_section = element(page, "section[aria-labelledby=history-heading]")
    assert "Title: Launch → Renamed" in texts(history_section, ".history-fields li")
    assert "boss" not in text(history_section) and " by " not in text(history_section)
    assert "boss" not in page.content.decode()


def test_actor_changes_are_kept(event):
    event.actors.set(Actor.objects.for_names(["North Korea"]))
    event.save()
    entries = history.changes(event)
    assert any(label == "actors" and "North Korea" in new for entry in entries for label, _, new in entry["fields"])


def test_the_admin_compares_and_reverts(admin_client, event):
    admin_change(admin_client, event, title="Wrong title")
    original = event.history.earliest()
    history_page = admin_client.get(reverse("admin:timeline_event_history", args=[event.pk]))
    assert any("Wrong title" in row for row in texts(history_page, "#content table tbody tr"))  # what each change did
    revert_url = reverse("admin:timeline_event_simple_history", args=[event.pk, original.history_id])
    form = admin_client.get(revert_url)
    assert form.status_code == 200 and element(form, "input[name=title]").value == "Launch"
    response = admin_change_at(admin_client, revert_url, event, title="Launch")
    assert response.status_code == 302
    assert Event.objects.get(pk=event.pk).title == "Launch"


def admin_change_at(client, url, event, **changes):
    data = {
        "title": event.title, "summary": "", "status": event.status, "date": event.date.isoformat(),
        "precision": event.precision, "end_date": "", "category": event.category_id or "", "place": "",
        "actors": [], "mentions-TOTAL_FORMS": 0, "mentions-INITIAL_FORMS": 0, "stage": event.stage, **changes,
    }
    return client.post(url, data)


def test_admin_bulk_confirm_is_kept_in_the_history(admin_client, event):
    admin_client.post(
        reverse("admin:timeline_event_changelist"), {"action": "confirm", "_selected_action": [event.pk]}
    )
    latest = event.history.first()
    assert latest.status == "confirmed" and latest.history_user.username == "boss"


def test_roles_exist_with_their_permissions():
    perms = {g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()}
    assert {"viewer", "editor", "administrator"} <= set(perms)
    assert "view_event" in perms["viewer"] and "change_event" not in perms["viewer"]
    assert {"add_event", "change_event", "add_article"} <= perms["editor"]
    assert "delete_event" not in perms["editor"]
    assert {"delete_event", "change_user"} <= perms["administrator"]


@override_settings(TIMELINE_PUBLIC=False)
def test_a_private_site_needs_the_viewer_role(client, django_user_model, event):
    response = client.get("/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    nobody = django_user_model.objects.create_user("nobody", password="pw-nobody-123")
    client.force_login(nobody)
    assert client.get("/").status_code == 403
    reader = django_user_model.objects.create_user("reader", password="pw-reader-123")
    reader.groups.add(Group.objects.get(name="viewer"))
    client.force_login(reader)
    assert client.get("/").status_code == 200
    assert client.get(event.get_absolute_url()).status_code == 200
    assert client.get("/accounts/login/").status_code == 200


def test_a_public_site_is_open_to_all(client, event):
    assert client.get("/").status_code == 200


def test_grant_role_command(django_user_model):
    from django.core.management import call_command

    user = django_user_model.objects.create_user("ann", password="pw-ann-12345")
    call_command("grant_role", "ann", "editor")
    user.refresh_from_db()
    assert user.is_staff and list(user.groups.values_list("name", flat=True)) == ["editor"]
    assert user.has_perm("timeline.change_event")
    call_command("grant_role", "ann", "viewer")
    user = django_user_model.objects.get(pk=user.pk)
    assert not user.is_staff and list(user.groups.values_list("name", flat=True)) == ["viewer"]


def test_the_event_page_history_is_bounded(client, event, django_assert_max_num_queries):
    for number in range(30):
        event.title = f"Launch {number}"
        event.save()
    with django_assert_max_num_queries(70):
        page = client.get(event.get_absolute_url())
    assert len(elements(page, ".history-list > li")) == 20
    assert len(elements(page, ".history-list .history-fields")) == 20


def test_rows_from_before_the_history_get_a_starting_point(admin_client):
    """Migration 0010: rows that predate the history get an "Added" record,
    so their first change can be compared and reverted."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("timeline.migrations.0011_history_starting_point")
    old = Event.objects.create(title="Old launch", date=D(2020, 1, 2))
    old.actors.set(Actor.objects.for_names(["North Korea"]))
    kept = Event.objects.create(title="Recorded launch", date=D(2020, 1, 3))
    old.history.all().delete()
    apps.get_model("timeline", "HistoricalEvent_actors").objects.filter(event=old).delete()
    migration.starting_point(apps, None)
    (record,) = old.history.all()
    assert record.history_type == "+" and record.title == "Old launch"
    assert [a.actor.name for a in record.actors.all()] == ["North Korea"]
    assert kept.history.count() == 1  # already recorded: untouched
    admin_change(admin_client, old, title="Old launch, renamed")
    entries = history.changes(Event.objects.get(pk=old.pk))
    assert ("title", "Old launch", "Old launch, renamed") in entries[0]["fields"]
