import datetime

import pytest
from django.urls import reverse

from timeline.models import Actor, Article, Event, Mention


@pytest.fixture
def event_with_mention(db):
    article = Article.objects.create(
        title="<script>alert(1)</script> Launch", published=datetime.date(2023, 4, 6),
        text="North Korea fired a missile on Thursday.",
    )
    event = Event.objects.create(title="Launch over the sea", date=datetime.date(2023, 4, 6))
    event.actors.add(Actor.objects.create(name="North Korea", kind="country"))
    Mention.objects.create(event=event, article=article, sentence=article.text, cue="on Thursday",
                           sentence_start=0, sentence_end=len(article.text), cue_start=28, cue_end=39)
    return event


@pytest.mark.parametrize("name", ["event", "article", "actor", "category"])
def test_changelists_render(admin_client, event_with_mention, name):
    response = admin_client.get(reverse(f"admin:timeline_{name}_changelist"))
    assert response.status_code == 200


def test_event_changelist_filters_and_search(admin_client, event_with_mention):
    url = reverse("admin:timeline_event_changelist")
    assert b"Launch over the sea" in admin_client.get(url, {"q": "fired"}).content
    assert b"Launch over the sea" not in admin_client.get(url, {"status__exact": "rejected"}).content
    assert b"Launch over the sea" in admin_client.get(url, {"precision__exact": "day"}).content


def test_event_change_page_shows_provenance_escaped(admin_client, event_with_mention):
    response = admin_client.get(reverse("admin:timeline_event_change", args=[event_with_mention.pk]))
    content = response.content.decode()
    assert "<mark>on Thursday</mark>" in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Launch" in content
    assert "<script>alert(1)</script>" not in content


def test_article_change_page_has_mentions_inline(admin_client, event_with_mention):
    article = event_with_mention.mentions.get().article
    response = admin_client.get(reverse("admin:timeline_article_change", args=[article.pk]))
    assert "<mark>on Thursday</mark>" in response.content.decode()


def test_bulk_confirm_and_reject(admin_client, event_with_mention):
    url = reverse("admin:timeline_event_changelist")
    for action, status in [("confirm", "confirmed"), ("reject", "rejected")]:
        response = admin_client.post(url, {"action": action, "_selected_action": [event_with_mention.pk]})
        assert response.status_code == 302
        event_with_mention.refresh_from_db()
        assert event_with_mention.status == status


def test_actor_autocomplete(admin_client, event_with_mention):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"term": "north", "app_label": "timeline", "model_name": "event", "field_name": "actors"},
    )
    assert response.json()["results"][0]["text"] == "North Korea"


def test_merging_actors_moves_their_events_and_keeps_their_names_as_aliases(admin_client, event_with_mention):
    okabe = Actor.objects.create(name="Hiroshi Okabe", kind="person")
    short = Actor.objects.create(name="Okabe", kind="other")
    other_event = Event.objects.create(title="Okabe flies to Hanoi", date=datetime.date(2023, 10, 13))
    other_event.actors.add(short)
    event_with_mention.actors.add(okabe, short)  # both on one event: it keeps one link
    url = reverse("admin:timeline_actor_changelist")
    selected = {"action": "merge_actors", "_selected_action": [okabe.pk, short.pk]}
    page = admin_client.post(url, selected)
    assert page.status_code == 200 and b"Keep which actor?" in page.content
    assert Actor.objects.filter(name="Okabe").exists()  # nothing merged before the choice

    response = admin_client.post(url, {**selected, "apply": "1", "keep": okabe.pk})
    assert response.status_code == 302
    assert not Actor.objects.filter(pk=short.pk).exists()
    assert set(okabe.events.all()) == {event_with_mention, other_event}
    assert [a.name for a in okabe.aliases.all()] == ["Okabe"]
    assert Actor.objects.for_names(["okabe"]) == [okabe]  # an import finds the kept actor by the alias
    assert b"Hiroshi Okabe" in admin_client.get(url, {"q": "okabe"}).content


def test_merging_needs_change_and_delete_permissions(client, django_user_model, event_with_mention):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("clerk", password="pw-clerk-123", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=["view_actor", "change_actor"]))
    client.force_login(user)
    a, b = Actor.objects.create(name="Park"), Actor.objects.create(name="Park Min-jae")
    client.post(reverse("admin:timeline_actor_changelist"),
                {"action": "merge_actors", "_selected_action": [a.pk, b.pk], "apply": "1", "keep": b.pk})
    assert Actor.objects.filter(pk=a.pk).exists()


def test_new_actors_get_the_names_the_engine_knows_for_them(db):
    [usa] = Actor.objects.for_names(["United States"])
    assert {"U.S.", "USA", "America"} <= {alias.name for alias in usa.aliases.all()}
    assert Actor.objects.for_names(["u.s.", "United States"]) == [usa]
