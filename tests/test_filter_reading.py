"""What the filters resolved to, and what happens when one cannot be read:
an error beside the field and no list on the page, 400 on exports and feed."""
import datetime
from datetime import date as D

import pytest
from django.http import QueryDict
from django.urls import reverse
from dom import element, elements, text

from timeline.filters import EventFilter
from timeline.models import Actor, Article, Event, Mention

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    article = Article.objects.create(
        title="Launch report", source="Harbor Wire", published=D(2023, 4, 6),
        text="North Korea fired a missile on Wednesday.",
    )
    event = Event.objects.create(title="North Korea fires missile", date=D(2023, 4, 5))
    event.actors.set(Actor.objects.for_names(["North Korea"]))
    Mention.objects.create(
        event=event, article=article, sentence=article.text, cue="on Wednesday",
        sentence_start=0, sentence_end=len(article.text), cue_start=28, cue_end=40,
    )
    Event.objects.create(title="Talks in Seoul", date=D(2023, 3, 2))
    return event


def make_filter(query):
    return EventFilter(QueryDict(query), queryset=Event.objects.all())


def test_each_filter_says_what_it_resolved_to(story):
    resolved = make_filter(
        "date_from=March+2023&date_to=2023&actor=north+korea&source=harbor+wire&article="
        f"{story.mentions.get().article_id}"
    ).resolved()
    assert resolved["date_from"] == "From 1 March 2023 — March 2023, month"
    assert resolved["date_to"] == "To 31 December 2023 — 2023, year"
    assert resolved["actor"] == "North Korea"
    assert resolved["source"] == "Harbor Wire"
    assert resolved["article"] == "Launch report (6 April 2023)"


def test_a_day_and_a_range_resolve_to_their_days(story):
    resolved = make_filter("date_from=5+April+2023&date_to=2-4+March+2023").resolved()
    assert resolved["date_from"] == "From 5 April 2023 — 5 April 2023, day"
    assert resolved["date_to"] == "To 4 March 2023 — 2–4 March 2023, range of days"


def test_actor_and_source_are_accepted_by_name_or_slug_in_any_case(story):
    for value in ("North Korea", "north korea", "north-korea"):
        assert [e.title for e in make_filter(f"actor={value}").qs] == ["North Korea fires missile"]
    assert [e.title for e in make_filter("source=HARBOR+WIRE").qs] == ["North Korea fires missile"]


@pytest.mark.parametrize("query, field", [
    ("date_from=blorf", "date_from"),
    ("date_to=5/4/2023", "date_to"),
    ("actor=Nobody+Atall", "actor"),
    ("source=Nowhere+Times", "source"),
    ("category=nope", "category"),
    ("article=999999", "article"),
])
def test_an_unreadable_filter_lists_nothing_rather_than_everything(story, query, field):
    event_filter = make_filter(query)
    assert field in event_filter.form.errors
    assert list(event_filter.qs) == []
    assert event_filter.page().events == []


def test_the_page_still_renders_with_the_error_beside_the_field(client, story):
    response = client.get("/", {"date_from": "blorf", "category": "missile-launch"})
    assert response.status_code == 200
    assert element(response, "#id_date_from").value == "blorf"  # what was typed is kept
    assert text(element(response, "#id_date_from_error"))  # the error beside the field says what is wrong
    assert "id_date_from_error" in element(response, "#id_date_from").get("aria-describedby").split()
    results = text(element(response, "#results"))
    assert "North Korea fires missile" not in results
    notice = element(response, "#results .notice[role=alert]")
    [link] = elements(notice, "a[href='#id_date_from']")  # the notice leads to the field
    assert text(link.getparent()).startswith(text(link) + ": ")
    assert text(element(response, "#results-heading")) == "Nothing listed: a filter needs correcting"
    assert "0 matching events" not in results and "No events match these filters" not in results


def test_the_page_shows_what_each_filter_resolved_to(client, story):
    response = client.get("/", {"date_from": "March 2023"})
    assert text(element(response, "#id_date_from_resolved")) == "From 1 March 2023 — March 2023, month"


def test_each_field_is_described_by_its_resolved_note_error_and_help(client, story):
    response = client.get("/", {"date_from": "March 2023"})
    described = {name: element(response, f"#id_{name}").get("aria-describedby").split() for name in ["date_from", "actor"]}
    assert described == {
        "date_from": ["id_date_from_resolved", "id_date_from_error", "id_date_from_helptext"],
        "actor": ["id_actor_resolved", "id_actor_error"],
    }
    for ids in described.values():  # each names an element on the page
        assert all(element(response, f"#{id}") is not None for id in ids)


def test_htmx_updates_the_resolved_notes_out_of_band(client, story):
    response = client.get("/", {"date_from": "March 2023"}, HTTP_HX_REQUEST="true")
    note = element(response, "#id_date_from_resolved")
    assert note.get("hx-swap-oob") == "true"
    assert text(note) == "From 1 March 2023 — March 2023, month"


@pytest.mark.parametrize("fmt", ["csv", "json", "ics", "timelinejs"])
def test_an_export_with_an_unreadable_filter_is_a_400_with_the_message(client, story, fmt):
    response = client.get(reverse("timeline:export", args=[fmt]), {"date_from": "blorf"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "From" in body and "blorf" in body
    assert "North Korea fires missile" not in body


def test_the_feed_with_an_unreadable_filter_is_a_400_with_the_message(client, story):
    response = client.get(reverse("timeline:feed"), {"actor": "Nobody"})
    assert response.status_code == 400
    assert "Actor" in response.content.decode()
    assert client.get(reverse("timeline:feed"), {"actor": "North Korea"}).status_code == 200


def test_relative_filters_read_against_today(story):
    today = datetime.date.today()
    resolved = make_filter("date_to=today").resolved()
    assert resolved["date_to"].startswith(f"To {today.day} ")
