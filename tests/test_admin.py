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
