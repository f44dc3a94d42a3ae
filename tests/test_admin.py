import datetime

import pytest
from django.urls import reverse
from dom import element, elements, text, texts

from timeline.models import Actor, Article, Event, Mention


def listed(response):
    """The rows of an admin change list, as text (none when nothing matches)."""
    return texts(response, "#result_list tbody tr")


def links(response):
    """Where the links in the page's content lead."""
    return [a.get("href") for a in elements(response, "#content a")]


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
    [row] = listed(admin_client.get(url, {"q": "fired"}))
    assert "Launch over the sea" in row
    assert listed(admin_client.get(url, {"status__exact": "rejected"})) == []
    [row] = listed(admin_client.get(url, {"precision__exact": "day"}))
    assert "Launch over the sea" in row


def test_event_change_page_shows_provenance_escaped(admin_client, event_with_mention):
    response = admin_client.get(reverse("admin:timeline_event_change", args=[event_with_mention.pk]))
    content = response.content.decode()
    assert texts(response, "mark") == ["on Thursday"]
    # The article's title is shown as the characters it holds, never run as markup.
    provenance = text(element(response, "mark").getparent())
    assert provenance == "<script>alert(1)</script> Launch (unknown source, 2023-04-06): North Korea fired a missile on Thursday."
    assert "<script>alert(1)</script>" not in content
    assert not [s for s in elements(response, "script") if "alert" in (s.text or "")]


def test_article_change_page_has_mentions_inline(admin_client, event_with_mention):
    article = event_with_mention.mentions.get().article
    response = admin_client.get(reverse("admin:timeline_article_change", args=[article.pk]))
    assert texts(response, ".inline-group mark") == ["on Thursday"]


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


@pytest.fixture
def two_reports(db):
    """Article A reports "Launch" alone and "Talks" with article B; a third
    event was added by hand."""
    text = "North Korea fired a missile on Thursday. Talks began on Friday."
    a = Article.objects.create(title="Report A", published=datetime.date(2023, 4, 8), text=text)
    b = Article.objects.create(title="Report B", published=datetime.date(2023, 4, 9), text=text + " Again.")
    launch = Event.objects.create(title="Launch", date=datetime.date(2023, 4, 6))
    talks = Event.objects.create(title="Talks", date=datetime.date(2023, 4, 7))
    by_hand = Event.objects.create(title="Summit", date=datetime.date(2023, 4, 10))
    for event, article, cue_start in [(launch, a, 28), (talks, a, 55), (talks, b, 55)]:
        Mention.objects.create(event=event, article=article, sentence="s", cue="c",
                               sentence_start=0, sentence_end=1, cue_start=cue_start, cue_end=cue_start + 3)
    return a, b, launch, talks, by_hand


def test_deleting_an_article_deletes_the_events_only_it_reports(two_reports):
    a, b, launch, talks, by_hand = two_reports
    a.delete()
    assert not Event.objects.filter(pk=launch.pk).exists()
    talks.refresh_from_db()
    assert [m.article for m in talks.mentions.all()] == [b]
    assert Event.objects.filter(pk=by_hand.pk).exists()


def test_deleting_every_article_of_an_event_together_deletes_it(two_reports):
    a, b, launch, talks, by_hand = two_reports
    Article.objects.filter(pk__in=[a.pk, b.pk]).delete()
    assert list(Event.objects.values_list("title", flat=True)) == ["Summit"]


def test_admin_delete_confirmation_says_what_happens_to_the_events(admin_client, two_reports):
    a, b, launch, talks, by_hand = two_reports
    url = reverse("admin:timeline_article_delete", args=[a.pk])
    page = admin_client.get(url)
    items = texts(page, "#content li")
    [deleted] = [t for t in items if t.startswith("Events no other article reports, deleted with it: 1")]
    assert deleted.endswith("Event: 6 April 2023: Launch")  # ... and which they are
    assert f"/admin/timeline/event/{launch.pk}/change/" in links(page)
    assert "Events other articles also report, kept with their other reports: 1" in items
    assert f"/admin/timeline/event/{talks.pk}/change/" not in links(page)
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert list(Event.objects.order_by("date").values_list("title", flat=True)) == ["Talks", "Summit"]
    # The event page no longer pretends a deleted article's event was added by hand.
    talks_page = text(element(admin_client.get(reverse("admin:timeline_event_change", args=[talks.pk])), "#content"))
    assert "Report B" in talks_page and "Added by hand" not in talks_page


def test_admin_bulk_delete_lists_the_events_too(admin_client, two_reports):
    a, b, launch, talks, by_hand = two_reports
    response = admin_client.post(reverse("admin:timeline_article_changelist"), {
        "action": "delete_selected", "_selected_action": [a.pk, b.pk],
    })
    items = texts(response, "#content li")
    assert any(t.startswith("Events no other article reports, deleted with them: 2") for t in items)
    admin_client.post(reverse("admin:timeline_article_changelist"), {
        "action": "delete_selected", "_selected_action": [a.pk, b.pk], "post": "yes",
    })
    assert list(Event.objects.values_list("title", flat=True)) == ["Summit"]


def test_deleting_an_article_needs_the_right_to_delete_its_events(client, django_user_model, two_reports):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("clerk", password="x-clerk-123", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=["delete_article", "view_article"]))
    client.force_login(user)
    a = two_reports[0]
    response = client.post(reverse("admin:timeline_article_delete", args=[a.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert Article.objects.filter(pk=a.pk).exists()
def test_merging_actors_moves_their_events_and_keeps_their_names_as_aliases(admin_client, event_with_mention):
    okabe = Actor.objects.create(name="Hiroshi Okabe", kind="person")
    short = Actor.objects.create(name="Okabe", kind="other")
    other_event = Event.objects.create(title="Okabe flies to Hanoi", date=datetime.date(2023, 10, 13))
    other_event.actors.add(short)
    event_with_mention.actors.add(okabe, short)  # both on one event: it keeps one link
    url = reverse("admin:timeline_actor_changelist")
    selected = {"action": "merge_actors", "_selected_action": [okabe.pk, short.pk]}
    page = admin_client.post(url, selected)
    assert page.status_code == 200 and text(element(page, "form fieldset legend")) == "Keep which actor?"
    assert Actor.objects.filter(name="Okabe").exists()  # nothing merged before the choice

    response = admin_client.post(url, {**selected, "apply": "1", "keep": okabe.pk})
    assert response.status_code == 302
    assert not Actor.objects.filter(pk=short.pk).exists()
    assert set(okabe.events.all()) == {event_with_mention, other_event}
    assert [a.name for a in okabe.aliases.all()] == ["Okabe"]
    assert Actor.objects.for_names(["okabe"]) == [okabe]  # an import finds the kept actor by the alias
    [row] = listed(admin_client.get(url, {"q": "okabe"}))
    assert "Hiroshi Okabe" in row


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
