import datetime
import json

import pytest
from django.urls import reverse

from timeline.models import Actor, Article, Category, Event, Mention

D = datetime.date


@pytest.fixture
def events(db):
    launch = Category.objects.get(slug="missile-launch")
    for day in range(1, 21):
        Event.objects.create(title=f"Launch {day}", date=D(2023, 3, day), category=launch)
    Event.objects.create(title="Talks", date=D(2023, 4, 6))
    Event.objects.create(title="Rejected", date=D(2023, 4, 7), status="rejected")


def body(response):
    return b"".join(response.streaming_content).decode()


ATOM = "{http://www.w3.org/2005/Atom}"


def atom(response):
    """The feed's alternate link and its entries as (title, summary), read as XML."""
    from xml.etree import ElementTree

    feed = ElementTree.fromstring(response.content)
    [alternate] = [link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "alternate"]
    entries = [(entry.findtext(f"{ATOM}title"), entry.findtext(f"{ATOM}summary")) for entry in feed.iter(f"{ATOM}entry")]
    return alternate, entries


@pytest.mark.parametrize("fmt, content_type", [
    ("csv", "text/csv"), ("json", "application/json"), ("ics", "text/calendar"), ("timelinejs", "application/json"),
])
def test_exports_stream_the_filtered_view(client, events, fmt, content_type):
    response = client.get(reverse("timeline:export", args=[fmt]), {"category": "missile-launch"})
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith(content_type)
    assert "attachment" in response["Content-Disposition"]
    content = body(response)
    assert "Launch 20" in content and "Talks" not in content and "Rejected" not in content


def test_json_export_respects_date_filter(client, events):
    response = client.get(reverse("timeline:export", args=["json"]), {"date_from": "2023-04-01"})
    assert [e["title"] for e in json.loads(body(response))] == ["Talks"]


def test_unknown_format_is_404(client, events):
    assert client.get(reverse("timeline:export", args=["pdf"])).status_code == 404


def test_export_queries_do_not_grow_with_size(client, events, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        body(client.get(reverse("timeline:export", args=["csv"])))


def test_atom_feed_of_filtered_view(client, events):
    response = client.get(reverse("timeline:feed"), {"category": "missile-launch"})
    assert response["Content-Type"].startswith("application/atom+xml")
    alternate, entries = atom(response)
    titles = [title for title, _ in entries]
    assert len(titles) == 20 and all(": Launch " in title for title in titles)
    assert "1 March 2023: Launch 1" in titles and "20 March 2023: Launch 20" in titles
    assert alternate == "http://testserver/?category=missile-launch"  # the feed links to the view it follows


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x08", "\x0b", "\x1f", "\ufffe"])
def test_feed_survives_control_characters(client, db, character):
    """One control character in a title, summary or sentence made the whole
    feed fail (XML 1.0 cannot carry it): it is left out, the rest is shown."""
    from django.db import connection

    if character == "\x00" and connection.vendor == "postgresql":
        pytest.skip("PostgreSQL refuses NUL in text, so no stored title can hold one there")
    Event.objects.create(title=f"Talks{character}resume", summary=f"Envoys{character}meet", date=D(2023, 4, 6),
                         category=Category.objects.create(name=f"Talks{character}", slug="talks-ctl"))
    response = client.get(reverse("timeline:feed"))
    content = response.content.decode()
    assert response.status_code == 200
    assert character not in content
    _, [(title, summary)] = atom(response)  # parses: the feed is well-formed XML
    assert title == "6 April 2023: Talksresume" and "Envoysmeet" in summary


def test_exports_survive_control_characters(client, db):
    Event.objects.create(title="Talks\x01resume", date=D(2023, 4, 6))
    for fmt in ["csv", "json", "ics", "timelinejs"]:
        response = client.get(reverse("timeline:export", args=[fmt]))
        assert response.status_code == 200
        assert "Talks" in body(response)


def reported_events(count):
    """`count` events, each with an actor and a report in its own article."""
    launch = Category.objects.get(slug="missile-launch")
    actor = Actor.objects.create(name="North Korea", kind="country")
    for day in range(1, count + 1):
        event = Event.objects.create(title=f"Launch {day}", date=D(2023, 3, day), category=launch)
        event.actors.add(actor)
        article = Article.objects.create(
            title=f"Report {day}", source="Harbor Wire", published=D(2023, 3, day), text=f"Launch on {day} March."
        )
        Mention.objects.create(event=event, article=article, sentence=article.text, cue=f"on {day} March",
                               sentence_start=0, sentence_end=len(article.text), cue_start=7, cue_end=7 + len(str(day)) + 9)


@pytest.mark.parametrize("fmt", ["csv", "json", "ics", "timelinejs"])
@pytest.mark.parametrize("count", [1, 25])
def test_export_query_count_is_constant_in_events(client, db, django_assert_num_queries, fmt, count):
    """The data version (cached_for_readers), the events, their actors and
    their reports: one query each (exports.export_events), whether 1 event
    or 25, never a query per event."""
    reported_events(count)
    with django_assert_num_queries(4):
        text = body(client.get(reverse("timeline:export", args=[fmt])))
    # Every event exported with its report's article (each format cites it).
    assert all(f"Report {day}" in text for day in range(1, count + 1))
