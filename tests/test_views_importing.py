import datetime

import pytest
from django.urls import reverse
from dom import element, elements, text, texts
from review import review_data

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




def test_import_requires_permission(client, django_user_model):
    assert client.get(reverse("timeline:article_import")).status_code == 302
    client.force_login(django_user_model.objects.create_user("reader", password="x-reader-123"))
    assert import_post(client).status_code == 403
    assert not Article.objects.exists()


def test_import_review_then_save(editor_client, editor):
    response = import_post(editor_client)
    assert response.status_code == 200
    [launch] = [q for q in elements(response, "blockquote.sentence") if "fired a ballistic missile" in text(q)]
    assert texts(launch, "mark") in (["Thursday"], ["on Thursday"])  # the cue is marked in its sentence
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
    assert element(response, "input[name=form-0-date_text]").value == "no date at all"
    assert text(element(response, "input[name=form-0-date_text] ~ [role=alert]"))
    assert element(response, "input[name=form-1-title]").value == "My edit"
    assert not Article.objects.exists() and not Event.objects.exists()


def test_reimport_links_to_existing_article(editor_client):
    article = Article.objects.create(title="Stored", published=datetime.date(2023, 4, 6), text=TEXT)
    response = import_post(editor_client, url="")
    alert = element(response, ".form-errors[role=alert]")
    assert "already in the timeline" in text(alert)
    link = element(alert, "a")
    assert (link.get("href"), text(link)) == (article.get_absolute_url(), "Stored")
    assert Article.objects.count() == 1


def test_import_bad_input_keeps_what_was_typed(editor_client):
    response = import_post(editor_client, published="yesterday-ish")
    assert response.status_code == 200
    form = element(response, "form[enctype='multipart/form-data']")
    assert element(form, "[name=title]").value == "Missile launch"
    assert element(form, "[name=text]").value.strip() == TEXT
    assert element(form, "[name=published]").value == "yesterday-ish"
    assert text(element(form, "[name=published] ~ [role=alert]"))
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_article_text_is_escaped_in_review(editor_client):
    response = import_post(editor_client, title="<script>alert(1)</script>",
                           text="<script>alert(2)</script> Talks were held on Thursday.")
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "<script>alert(2)</script>" not in content
    # ... and shown as text: the markup reaches the reader as the characters typed.
    assert text(element(response, "h1")) == "Review the events in “<script>alert(1)</script>”"
    assert not [s for s in elements(response, "script") if "alert" in (s.text or "")]


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
    same_as = element(response, "select[name=form-0-same_as]")
    [chosen] = elements(same_as, "option[selected]")
    assert chosen.get("value") == str(event.pk) and text(chosen).startswith("Same as: ")
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


@pytest.fixture
def importer_client(django_user_model):
    """A user who may import articles and nothing else (a client of its own)."""
    from django.contrib.auth.models import Permission
    from django.test import Client

    client = Client()
    user = django_user_model.objects.create_user(username="importer", password="pw-importer-123")
    user.user_permissions.set(Permission.objects.filter(codename="add_article"))
    client.force_login(user)
    return client


LAUNCH = "North Korea fired six short-range ballistic missiles into the sea on Thursday, officials said."
SAME_LAUNCH = "Six short-range missiles were fired by North Korea on Thursday, Japan's defence ministry said."


def test_review_cannot_attach_a_report_to_an_event_on_another_date(importer_client):
    """Issue 9: "same as" any event id, with new actor names, changed any event."""
    target = Event.objects.create(title="Budget approved", date=datetime.date(2001, 1, 1))
    data = review_data(import_post(importer_client, url="", text=SAME_LAUNCH))
    data["form-0-same_as"] = target.pk
    data["form-0-actor_names"] = "Mallory"
    response = importer_client.post(reverse("timeline:article_review"), data)
    assert response.status_code == 200
    assert any("That event is on 1 January 2001" in t for t in texts(response, "[role=alert]"))
    assert not Article.objects.exists()
    assert not target.actors.exists() and not target.mentions.exists()


def test_joining_an_event_adds_actors_only_for_those_who_may_change_events(importer_client, editor_client):
    Article.objects.import_article(title="First", published=datetime.date(2023, 4, 6), text=LAUNCH)
    event = Event.objects.get()
    before = set(event.actors.values_list("name", flat=True))
    data = review_data(import_post(importer_client, url="", title="Second", text=SAME_LAUNCH))
    assert data["form-0-same_as"] == event.pk
    data["form-0-actor_names"] = "Mallory"
    assert importer_client.post(reverse("timeline:article_review"), data).status_code == 302
    assert event.mentions.count() == 2  # the report joins the event ...
    assert set(event.actors.values_list("name", flat=True)) == before  # ... and changes nothing in it

    Article.objects.filter(title="Second").delete()
    assert editor_client.post(reverse("timeline:article_review"), data).status_code == 302
    assert "Mallory" in set(event.actors.values_list("name", flat=True))


def test_an_import_racing_another_of_the_same_article_says_already_imported(editor_client, monkeypatch):
    """Issue 9: two imports of one article at once answered 500 (IntegrityError
    on PostgreSQL). Simulated: the other import commits between this one's
    duplicate check and its insert."""
    from timeline.models import ArticleQuerySet

    data = review_data(import_post(editor_client))
    real = ArticleQuerySet.duplicate_of
    calls = []

    def racing(self, **kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            Article.objects.create(title="Stored meanwhile", published=datetime.date(2023, 4, 6), text=TEXT)
            return None
        return real(self, **kwargs)

    monkeypatch.setattr(ArticleQuerySet, "duplicate_of", racing)
    response = editor_client.post(reverse("timeline:article_review"), data, follow=True)
    assert response.status_code == 200
    assert any("already in the timeline" in t for t in texts(response, ".messages[role=status] li"))
    assert Article.objects.count() == 1 and not Event.objects.exists()


def test_a_failed_save_keeps_the_review(editor_client, monkeypatch):
    from django.db import OperationalError

    data = review_data(import_post(editor_client))
    data["form-0-title"] = "Typed before the failure"

    def fail(**kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr("timeline.views.importing.import_article", fail)
    response = editor_client.post(reverse("timeline:article_review"), data)
    assert response.status_code == 200
    assert any("could not be saved" in t for t in texts(response, ".form-errors[role=alert]"))
    assert element(response, "input[name=form-0-title]").value == "Typed before the failure"
    assert not Article.objects.exists()


@pytest.mark.parametrize("action, kept", [("drop_all", False), ("keep_all", True)])
def test_keep_all_and_drop_all_keep_the_edits(editor_client, action, kept):
    data = review_data(import_post(editor_client))
    data.pop("form-0-keep")
    data["form-1-title"] = "My edit"
    response = editor_client.post(reverse("timeline:article_review"), {**data, "review_action": action})
    assert response.status_code == 200 and not Article.objects.exists()
    formset = response.context["formset"]
    assert [form["keep"].value() for form in formset] == [kept] * len(formset.forms)
    assert formset.forms[1]["title"].value() == "My edit"


def test_statements_about_one_happening_are_one_proposal(editor_client):
    text = ("North Korea fired two missiles on Thursday, officials said. The missiles were fired on Thursday "
            "from near Pyongyang, Japan's defence ministry said. The envoy will meet officials in Seoul on Friday.")
    response = import_post(editor_client, text=text)
    data = review_data(response)
    assert data["form-TOTAL_FORMS"] == 2
    assert editor_client.post(reverse("timeline:article_review"), data).status_code == 302
    launch = Event.objects.get(date=datetime.date(2023, 4, 6))
    assert launch.mentions.count() == 2
    assert {"North Korea", "Japan"} <= set(launch.actors.values_list("name", flat=True))


def test_an_article_with_a_thousand_proposals_is_reviewed_and_saved(editor_client):
    start = datetime.date(1990, 1, 1)
    lines = [f"On {(start + datetime.timedelta(days=7 * i)):%-d %B %Y}, the council approved budget item {i}."
             for i in range(1000)]
    response = import_post(editor_client, url="", text="\n".join(lines))
    data = review_data(response)
    assert data["form-TOTAL_FORMS"] == 1000
    data["form-999-title"] = "The last item"
    response = editor_client.post(reverse("timeline:article_review"), data)
    assert response.status_code == 302
    assert Event.objects.count() == 1000 and Mention.objects.count() == 1000
    assert Event.objects.filter(title="The last item").exists()


def test_date_preview_reads_the_named_field_against_a_publication_date(client):
    response = client.get(reverse("timeline:date_preview"), {
        "form-3-date_text": "on Thursday", "field": "form-3-date_text", "preview_id": "form-3-date-preview",
        "published": "2023-04-06",
    })
    preview = element(response, "#form-3-date-preview")
    assert text(element(preview, "strong")) == "6 April 2023"


def test_a_statement_more_likely_wrong_than_right_is_proposed_unticked(editor_client):
    # A season is dated (a month range) but is more often wrong than right as a
    # dated statement: the review shows it, first and unticked; the rest as usual.
    text = ("North Korea fired a ballistic missile on Thursday, the military said. "
            "The allies plan more drills in the summer of 2023, officials said.")
    response = import_post(editor_client, text=text)
    formset = response.context["formset"]
    assert [(form["keep"].value(), form["date_text"].value()) for form in formset] == [
        (False, "June–August 2023"), (True, "6 April 2023")]
    assert "tick Keep to store it" in text_of(response)
    data = review_data(response)
    assert editor_client.post(reverse("timeline:article_review"), data).status_code == 302
    assert list(Event.objects.values_list("date", flat=True)) == [datetime.date(2023, 4, 6)]


def text_of(response):
    return response.content.decode()
