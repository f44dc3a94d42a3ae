import datetime

import pytest
from django.urls import reverse

from timeline.models import Article, Event, Mention

TEXT = (
    "SEOUL — North Korea fired a ballistic missile on Thursday, the South Korean military said. "
    "The launch came a day after US bombers flew over the peninsula. "
    "The US envoy will meet officials in Seoul on Friday."
)


def import_post(client, **overrides):
    data = {"title": "Missile launch", "url": "https://news.example.org/launch", "source": "Harbor Wire",
            "published": "2023-04-06", "text": TEXT}
    data.update(overrides)
    return client.post(reverse("timeline:article_import"), data)


def review_data(response):
    """The review page's form as the browser would post it back."""
    context = response.context
    data = {name: field.value() for name, field in
            ((f.html_name, f) for f in context["article_form"])}
    formset = context["formset"]
    data.update({f"form-{k}": v for k, v in formset.management_form.initial.items()})
    for form in formset:
        for field in form:
            value = field.value()
            if field.name == "keep":
                if value:
                    data[field.html_name] = "on"
                continue
            if field.name == "category":
                value = getattr(value, "slug", value) or ""
            data[field.html_name] = value if value is not None else ""
    return data


def test_import_requires_permission(client, django_user_model):
    assert client.get(reverse("timeline:article_import")).status_code == 302
    client.force_login(django_user_model.objects.create_user("reader", password="x-reader-123"))
    assert import_post(client).status_code == 403
    assert not Article.objects.exists()


def test_import_review_then_save(editor_client, editor):
    response = import_post(editor_client)
    assert response.status_code == 200
    content = response.content.decode()
    assert "<mark>Thursday</mark>" in content or "<mark>on Thursday</mark>" in content
    assert not Article.objects.exists()  # nothing stored before review

    data = review_data(response)
    assert int(data["form-TOTAL_FORMS"]) >= 3
    data["form-0-title"] = "Edited title"
    data.pop("form-1-keep")  # drop the second proposal
    response = editor_client.post(reverse("timeline:article_review"), data)
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()
    assert article.imported_by == editor
    assert Event.objects.count() == int(data["form-TOTAL_FORMS"]) - 1
    assert Event.objects.filter(title="Edited title").exists()
    for mention in Mention.objects.all():
        assert article.text[mention.cue_start:mention.cue_end] == mention.cue


def test_review_with_error_saves_nothing_and_keeps_edits(editor_client):
    data = review_data(import_post(editor_client))
    data["form-0-date_text"] = "no date at all"
    data["form-1-title"] = "My edit"
    response = editor_client.post(reverse("timeline:article_review"), data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "no date at all" in content and "My edit" in content
    assert not Article.objects.exists() and not Event.objects.exists()


def test_reimport_links_to_existing_article(editor_client):
    article = Article.objects.create(title="Stored", published=datetime.date(2023, 4, 6), text=TEXT)
    response = import_post(editor_client, url="")
    content = response.content.decode()
    assert "already in the timeline" in content
    assert f'href="{article.get_absolute_url()}"' in content or f"href='{article.get_absolute_url()}'" in content
    assert Article.objects.count() == 1


def test_import_bad_input_keeps_what_was_typed(editor_client):
    response = import_post(editor_client, published="yesterday-ish")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Missile launch" in content and "ballistic missile" in content
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_article_text_is_escaped_in_review(editor_client):
    response = import_post(editor_client, title="<script>alert(1)</script>",
                           text="<script>alert(2)</script> Talks were held on Thursday.")
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "<script>alert(2)</script>" not in content


def test_review_offers_the_event_another_article_reported(editor_client):
    Article.objects.import_article(
        title="First", published=datetime.date(2023, 4, 6),
        text="North Korea fired six short-range ballistic missiles into the sea on Thursday, officials said.",
    )
    event = Event.objects.get()
    response = import_post(
        editor_client, url="", title="Second",
        text="Six short-range missiles were fired by North Korea on Thursday, Japan's defence ministry said.",
    )
    content = response.content.decode()
    assert f'<option value="{event.pk}" selected>Same as: ' in content
    data = review_data(response)
    assert data["form-0-same_as"] == event.pk
    response = editor_client.post(reverse("timeline:article_review"), data)
    assert response.status_code == 302
    assert Event.objects.count() == 1 and event.mentions.count() == 2

    # Choosing "A new event" keeps the report apart.
    data["form-0-same_as"] = ""
    Article.objects.filter(title="Second").delete()
    editor_client.post(reverse("timeline:article_review"), data)
    assert Event.objects.count() == 2
