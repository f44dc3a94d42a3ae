"""timeline.derivation: dates derived again when the publication date or an
anchor event changes, on an article written for the tests."""
import datetime
import json

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse
from dom import element, elements, text

from timeline import derivation
from timeline.importing import import_article
from timeline.models import Article, DateChange, Event, Mention

D = datetime.date

# Published on a Saturday: "Tuesday" is 4 April, "A day later" 5 April,
# "Two days later" 7 April (counted from the signing, not the arrival).
CHAIN = """Envoy visits Pyongyang for family talks

SEOUL (Harbor Wire) — A special envoy from Seoul arrived in Pyongyang on Tuesday for talks on reuniting separated families, the unification ministry said.

A day later, the two sides signed an agreement to resume the reunions.

Two days later, the envoy returned to Seoul with the signed text.
"""


@pytest.fixture
def chain(db):
    article, _ = import_article(title="Envoy visits Pyongyang", published=D(2023, 4, 8), text=CHAIN)
    return article


def event_of(cue):
    return Mention.objects.select_related("event").get(cue=cue).event


def dates():
    return {cue: event_of(cue).date for cue in ("Tuesday", "A day later", "Two days later")}


def correct_published(article, day):
    article = Article.objects.get(pk=article.pk)  # as the admin loads it
    article.published = day
    with transaction.atomic():
        article.save()


def test_correcting_the_publication_date_moves_the_events_nobody_confirmed(chain):
    assert dates() == {"Tuesday": D(2023, 4, 4), "A day later": D(2023, 4, 5), "Two days later": D(2023, 4, 7)}
    correct_published(chain, D(2023, 4, 15))
    assert dates() == {"Tuesday": D(2023, 4, 11), "A day later": D(2023, 4, 12), "Two days later": D(2023, 4, 14)}
    arrival = Mention.objects.get(cue="Tuesday")
    assert arrival.date == D(2023, 4, 11)
    record = event_of("Tuesday").history.latest()
    assert record.history_change_reason.startswith("Re-derived: publication date corrected to 15 April 2023")
    assert not DateChange.objects.exists()


def test_a_confirmed_event_is_never_moved_but_a_change_waits_for_review(chain):
    signing = event_of("A day later")
    signing.status = Event.Status.CONFIRMED
    signing.save()
    correct_published(chain, D(2023, 4, 15))
    signing.refresh_from_db()
    assert signing.date == D(2023, 4, 5)
    change = DateChange.objects.get()
    assert (change.event, change.old_value.date, change.new_value.date) == (signing, D(2023, 4, 5), D(2023, 4, 12))
    assert change.decision == "pending" and "publication date corrected" in change.reason
    # Its own report says the new date: the source's claim follows the text.
    assert Mention.objects.get(cue="A day later").date == D(2023, 4, 12)
    # The others were nobody's: they moved.
    assert event_of("Tuesday").date == D(2023, 4, 11)


def test_an_event_whose_date_a_person_edited_gets_a_review_item_too(chain, editor):
    arrival = event_of("Tuesday")
    for day in (D(2023, 4, 3), D(2023, 4, 4)):  # a person re-dated it, then put it back
        arrival.date = day
        arrival._history_user = editor
        arrival.save()
    assert arrival.status == Event.Status.PROPOSED and arrival.dated_by_person()
    correct_published(chain, D(2023, 4, 15))
    arrival.refresh_from_db()
    assert arrival.date == D(2023, 4, 4)
    assert DateChange.objects.get().event == arrival


def test_accepting_applies_the_date_and_what_counts_from_it_follows(chain, editor):
    signing = event_of("A day later")
    signing.status = Event.Status.CONFIRMED
    signing.save()
    correct_published(chain, D(2023, 4, 15))
    change = DateChange.objects.get()
    change.accept(editor)
    signing.refresh_from_db()
    assert signing.date == D(2023, 4, 12)
    assert (change.decision, change.decided_by) == ("accepted", editor)
    assert signing.history.latest().history_user == editor
    assert event_of("Two days later").date == D(2023, 4, 14)
    with pytest.raises(ValueError):
        change.reject(editor)


def test_rejecting_keeps_the_date_and_what_counts_from_it_counts_from_that(chain, editor):
    signing = event_of("A day later")
    signing.status = Event.Status.CONFIRMED
    signing.save()
    correct_published(chain, D(2023, 4, 15))
    assert event_of("Two days later").date == D(2023, 4, 14)
    DateChange.objects.get().reject(editor)
    signing.refresh_from_db()
    assert signing.date == D(2023, 4, 5)
    # "Two days later" than the signing the editor kept on 5 April.
    assert event_of("Two days later").date == D(2023, 4, 7)


def test_re_dating_an_anchor_event_moves_the_chain_that_hangs_on_it(chain, editor_client):
    arrival = event_of("Tuesday")
    url = reverse("timeline:event_edit", args=[arrival.pk])
    page = editor_client.get(url)
    form = page.context["form"]
    data = {name: "" if form[name].value() is None else form[name].value() for name in
            ["title", "date_text", "reference_article", "summary", "category", "actor_names", "place", "status",
             "version"]}
    data.update(date_text="2023-04-03", status="proposed")
    assert editor_client.post(url, data).status_code == 302
    assert dates() == {"Tuesday": D(2023, 4, 3), "A day later": D(2023, 4, 4), "Two days later": D(2023, 4, 6)}
    # The arrival's report still says what its text says.
    assert Mention.objects.get(cue="Tuesday").date == D(2023, 4, 4)
    assert Mention.objects.get(cue="A day later").date == D(2023, 4, 4)


def test_a_date_typed_at_review_is_never_re_derived(db):
    from timeline.extraction import extract_events

    statements = extract_events(CHAIN, published=D(2023, 4, 8))
    statements = [s if s.cue != "Tuesday" else s.__class__(**{**s.__dict__, "date": D(2023, 4, 3)})
                  for s in statements]
    article, _ = import_article(title="Envoy", published=D(2023, 4, 8), text=CHAIN, events=statements)
    correct_published(article, D(2023, 4, 15))
    assert event_of("Tuesday").date == D(2023, 4, 3)
    assert Mention.objects.get(cue="Tuesday").date == D(2023, 4, 3)


def test_a_failed_re_derivation_changes_nothing(chain, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("engine down")

    monkeypatch.setattr(derivation, "extract_events", broken)
    with pytest.raises(RuntimeError):
        correct_published(chain, D(2023, 4, 15))
    chain.refresh_from_db()
    assert chain.published == D(2023, 4, 8)
    assert dates()["Tuesday"] == D(2023, 4, 4)


def test_the_event_page_shows_the_chain_in_words(chain, client):
    page = client.get(event_of("Two days later").get_absolute_url())
    (chain_text,) = [text(p) for p in elements(page, "p.derivation")]
    assert chain_text == (
        "How this source dates it: 7 April 2023: “Two days later” after The two sides signed an agreement to "
        "resume the reunions (“A day later”, 5 April 2023) after A special envoy from Seoul arrived in Pyongyang "
        "for talks (“Tuesday”, 4 April 2023), in an article published Saturday 8 April 2023."
    )
    page = client.get(event_of("Tuesday").get_absolute_url())
    assert text(element(page, "p.derivation")) == (
        "How this source dates it: 4 April 2023: “Tuesday”, in an article published Saturday 8 April 2023."
    )


def test_editors_accept_a_pending_change_on_the_event_page(chain, editor_client):
    signing = event_of("A day later")
    signing.status = Event.Status.CONFIRMED
    signing.save()
    correct_published(chain, D(2023, 4, 15))
    reader = Client()
    assert not elements(reader.get(signing.get_absolute_url()), ".date-changes")  # readers see no review items
    page = editor_client.get(signing.get_absolute_url())
    assert "12 April 2023" in text(element(page, ".date-changes"))
    change = DateChange.objects.get()
    response = editor_client.post(reverse("timeline:date_change_decide", args=[change.pk]), {"decision": "accept"})
    assert response.status_code == 302
    signing.refresh_from_db()
    assert signing.date == D(2023, 4, 12)
    assert editor_client.post(reverse("timeline:date_change_decide", args=[change.pk]),
                              {"decision": "accept"}).status_code == 404


def test_the_admin_accepts_and_rejects_pending_changes(chain, admin_client):
    for cue in ("Tuesday", "A day later"):
        event = event_of(cue)
        event.status = Event.Status.CONFIRMED
        event.save()
    correct_published(chain, D(2023, 4, 15))
    arrival, signing = (DateChange.objects.get(event=event_of(cue)) for cue in ("Tuesday", "A day later"))
    url = reverse("admin:timeline_datechange_changelist")
    assert admin_client.get(url).status_code == 200
    admin_client.post(url, {"action": "accept", "_selected_action": [arrival.pk]})
    admin_client.post(url, {"action": "reject", "_selected_action": [signing.pk]})
    assert event_of("Tuesday").date == D(2023, 4, 11)
    assert event_of("A day later").date == D(2023, 4, 5)
    assert set(DateChange.objects.values_list("decision", flat=True)) == {"accepted", "rejected"}


def test_json_export_says_what_each_date_was_derived_from(chain, client):
    response = client.get(reverse("timeline:export", args=["json"]))
    records = {r["title"][:12]: r for r in json.loads(b"".join(response.streaming_content))}
    (signing,) = records["The two side"]["derived_from"]
    assert signing == {
        "cue": "A day later",
        "rule": "ago",
        "tense": None,
        "date": "2023-04-05",
        "anchor": {"cue": "Tuesday", "date": "2023-04-04"},
        "published": "2023-04-08",
    }
    (arrival,) = records["A special en"]["derived_from"]
    assert (arrival["anchor"], arrival["tense"], arrival["rule"]) == ("publication date", "past", "wd")
