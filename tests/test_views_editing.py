import datetime

import pytest
from django.urls import reverse
from dom import element, elements, terms, text

from timeline.models import Article, Category, Event

D = datetime.date


def test_adding_requires_login(client, db):
    response = client.get(reverse("timeline:event_create"))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_adding_requires_permission(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", password="x-reader-123"))
    assert client.get(reverse("timeline:event_create")).status_code == 403
    assert client.post(reverse("timeline:event_create"), {"title": "x"}).status_code == 403
    assert not Event.objects.exists()


def test_add_event_form_renders_with_preview_hooks(editor_client):
    page = editor_client.get(reverse("timeline:event_create"))
    date_input = element(page, "input[name=date_text]")
    assert date_input.get("hx-get") == "/events/date-preview/"
    assert date_input.get("hx-target") == "#date-preview"
    assert element(page, f"label[for={date_input.get('id')}]") is not None
    assert element(page, "#date-preview").get("aria-live") == "polite"
    form = next(date_input.iterancestors("form"))
    assert form.get("method") == "post"
    assert element(form, "input[type=hidden][name=csrfmiddlewaretoken]").get("value")


def test_add_event_saves_and_redirects(editor_client, editor):
    article = Article.objects.create(title="Envoy", published=D(2023, 4, 6), text="Text.")
    response = editor_client.post(reverse("timeline:event_create"), {
        "title": "Envoy meets minister", "date_text": "on Thursday", "reference_article": article.pk,
        "summary": "", "category": "", "actor_names": "Sung Kim", "place": "Seoul", "status": "confirmed",
    })
    event = Event.objects.get()
    assert response.status_code == 302
    assert response["Location"] == event.get_absolute_url()
    assert (event.date, event.precision, event.created_by) == (D(2023, 4, 6), "day", editor)


def test_add_event_bad_date_keeps_everything_typed(editor_client):
    response = editor_client.post(reverse("timeline:event_create"), {
        "title": "Envoy meets minister", "date_text": "sometime maybe", "reference_article": "",
        "summary": "Kept summary", "category": "", "actor_names": "Sung Kim", "place": "Seoul",
        "status": "proposed",
    })
    assert response.status_code == 200
    assert not Event.objects.exists()
    assert element(response, "input[name=date_text]").get("value") == "sometime maybe"
    assert text(element(response, "textarea[name=summary]")) == "Kept summary"
    assert element(response, "input[name=actor_names]").get("value") == "Sung Kim"
    assert element(response, "input[name=place]").get("value") == "Seoul"
    alert = element(response, "input[name=date_text] ~ [role=alert]")
    assert text(alert)  # the error says what is wrong, beside the field


def test_edit_event(editor_client):
    event = Event.objects.create(title="Launches", date=D(2023, 3, 1), precision="month")
    url = reverse("timeline:event_edit", args=[event.pk])
    page = editor_client.get(url)
    assert element(page, "input[name=date_text]").get("value") == "March 2023"
    response = editor_client.post(url, {
        "title": "Launches", "date_text": "2023-03-12", "reference_article": "", "summary": "",
        "category": Category.objects.get(slug="missile-launch").pk, "actor_names": "", "place": "",
        "status": "confirmed", "version": page.context["form"]["version"].value(),
    })
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.date, event.precision, event.category.slug) == (D(2023, 3, 12), "day", "missile-launch")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "typed, said, strong, error",
    [("5 April 2023", "Resolves to 5 April 2023 (day precision).", "5 April 2023", False),
     ("March 2023", "Resolves to March 2023 (month precision).", "March 2023", False),
     ("gibberish words", None, None, True),
     ("", "", None, False)],
)
def test_date_preview_fragment(client, typed, said, strong, error):
    response = client.get(reverse("timeline:date_preview"), {"date_text": typed}, HTTP_HX_REQUEST="true")
    assert "<html" not in response.content.decode()  # a bare fragment, not a page
    preview = element(response, "#date-preview")
    if said is not None:
        assert text(preview) == said
    assert [text(s) for s in elements(preview, "strong")] == ([strong] if strong else [])
    assert len(elements(preview, ".error")) == (1 if error else 0)
    if error:
        assert text(element(preview, ".error"))


@pytest.mark.django_db
def test_date_preview_uses_reference_article(client):
    article = Article.objects.create(title="Envoy", published=D(2023, 4, 6), text="Text.")
    response = client.get(reverse("timeline:date_preview"), {"date_text": "yesterday", "reference_article": article.pk})
    assert text(element(response, "#date-preview strong")) == "5 April 2023"


def edit_data(page, **changes):
    """What the edit form posts: its fields as rendered, with `changes`."""
    form = page.context["form"]
    data = {name: form[name].value() for name in
            ["title", "date_text", "reference_article", "summary", "category", "actor_names", "place", "status",
             "version"]}
    data = {name: "" if value is None else value for name, value in data.items()}
    data.update(changes)
    return data


def test_a_stale_edit_form_does_not_overwrite_a_newer_change(editor_client, client, editor):
    """Two editors open the same event; the first saves. The second's save
    is refused with their version shown, and everything typed is kept."""
    event = Event.objects.create(title="Talks", date=D(2023, 4, 6), summary="Envoys meet.")
    url = reverse("timeline:event_edit", args=[event.pk])
    first = editor_client.get(url)
    client.force_login(editor)
    second = client.get(url)
    assert editor_client.post(url, edit_data(first, title="Talks collapse")).status_code == 302

    response = client.post(url, edit_data(second, title="Talks resume in Geneva", summary="Typed by the second."))
    event.refresh_from_db()
    assert response.status_code == 200
    assert event.title == "Talks collapse" and event.summary == "Envoys meet."
    alert = text(element(response, ".form-errors[role=alert]"))
    assert "Someone else saved this event after you opened this form" in alert
    saved = element(response, "section[aria-labelledby=conflict-heading]")
    assert terms(saved)["Title"] == "Talks collapse"
    assert element(response, "input[name=title]").get("value") == "Talks resume in Geneva"
    assert text(element(response, "textarea[name=summary]")) == "Typed by the second."

    # Saving again, having seen their version, replaces it.
    again = client.post(url, edit_data(response, title="Talks resume in Geneva", summary="Typed by the second."))
    assert again.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.summary) == ("Talks resume in Geneva", "Typed by the second.")


def test_an_admin_action_or_new_actor_also_makes_a_form_stale(editor_client):
    from django.utils import timezone

    from timeline.models import Actor

    event = Event.objects.create(title="Talks", date=D(2023, 4, 6))
    url = reverse("timeline:event_edit", args=[event.pk])
    page = editor_client.get(url)
    Event.objects.filter(pk=event.pk).update(status="confirmed", updated_at=timezone.now())
    assert editor_client.post(url, edit_data(page, title="Changed")).status_code == 200
    page = editor_client.get(url)
    event.actors.add(Actor.objects.create(name="Sung Kim"))  # an import reporting it again
    response = editor_client.post(url, edit_data(page, title="Changed"))
    assert response.status_code == 200
    saved = element(response, "section[aria-labelledby=conflict-heading]")
    assert "Sung Kim" in [text(dd) for dd in elements(saved, "dd")]
    event.refresh_from_db()
    assert event.title == "Talks" and list(event.actors.values_list("name", flat=True)) == ["Sung Kim"]


def test_an_edit_without_a_version_is_not_saved_blindly(editor_client):
    event = Event.objects.create(title="Talks", date=D(2023, 4, 6))
    url = reverse("timeline:event_edit", args=[event.pk])
    data = edit_data(editor_client.get(url), title="Changed")
    del data["version"]
    assert editor_client.post(url, data).status_code == 200
    event.refresh_from_db()
    assert event.title == "Talks"
