"""Correcting an article's publication date in the admin: the events
counted from it move, a confirmed one asks for review, and the editor
accepts the new date on the event page."""
import datetime
import re

import pytest
from playwright.sync_api import expect

from timeline.importing import import_article
from timeline.models import DateChange, Event, Mention

pytestmark = pytest.mark.django_db(transaction=True)

D = datetime.date
TEXT = """Envoy visits Pyongyang for family talks

SEOUL (Harbor Wire) — A special envoy from Seoul arrived in Pyongyang on Tuesday for talks on reuniting separated families, the unification ministry said.

A day later, the two sides signed an agreement to resume the reunions.
"""


def test_correcting_the_publication_date_moves_events_and_asks_to_review_the_confirmed(
    page, live_server, django_user_model
):
    article, _ = import_article(title="Envoy visits Pyongyang", published=D(2023, 4, 8), text=TEXT)
    arrival = Mention.objects.get(cue="Tuesday").event
    signing = Mention.objects.get(cue="A day later").event
    signing.status = Event.Status.CONFIRMED
    signing.save()
    django_user_model.objects.create_superuser("chief", "chief@example.org", "pw-chief-123")

    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("chief")
    page.get_by_label("Password").fill("pw-chief-123")
    page.get_by_role("button", name="Log in").click()

    # The event page says how the date was found.
    page.goto(live_server.url + signing.get_absolute_url())
    expect(page.locator("p.derivation")).to_contain_text(
        "5 April 2023: “A day later” after A special envoy from Seoul arrived in Pyongyang for talks "
        "(“Tuesday”, 4 April 2023), in an article published Saturday 8 April 2023."
    )

    # The editor corrects the publication date in the admin: a week later.
    page.goto(f"{live_server.url}/admin/timeline/article/{article.pk}/change/")
    page.locator("input[name=published]").fill("2023-04-15")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    expect(page.locator(".messagelist")).to_contain_text(
        "1 event(s) moved, 1 date change(s) of confirmed or edited events to review"
    )

    # The arrival nobody confirmed moved with it.
    page.goto(live_server.url + arrival.get_absolute_url())
    expect(page.locator(".detail-date")).to_contain_text("11 April 2023")

    # The confirmed signing stayed, with the new date waiting for review.
    page.goto(live_server.url + signing.get_absolute_url())
    expect(page.locator(".detail-date")).to_contain_text("5 April 2023")
    review = page.get_by_role("region", name="Date changes to review")
    expect(review).to_contain_text("12 April 2023")
    expect(review).to_contain_text("publication date corrected to 15 April 2023")
    review.get_by_role("button", name="Accept 12 April 2023").click()

    expect(page).to_have_url(re.compile(rf"/events/{signing.pk}/$"))
    expect(page.locator(".detail-date")).to_contain_text("12 April 2023")
    expect(page.get_by_role("region", name="Date changes to review")).to_have_count(0)
    expect(page.locator("p.derivation")).to_contain_text("in an article published Saturday 15 April 2023")
    assert DateChange.objects.get().decision == "accepted"
