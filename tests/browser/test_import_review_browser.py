"""The import review in a browser: one proposal per happening, every
sentence about it a mention, headline titles, live date previews."""
import datetime
import re

import pytest
from playwright.sync_api import expect

from timeline.models import Article, Category, Event, Mention

pytestmark = pytest.mark.django_db(transaction=True)

D = datetime.date
# Written for this test in wire style, with the shape of facts of the dev
# set's seed article (published Thursday 6 April 2023): a bomber flight "a
# day after", meetings on Thursday reported twice, a three-way meeting on
# Friday reported twice, and March's launches once in a photo caption and
# once in the text.
SEED_SHAPED = """Pyongyang threatens "offensive action" as US envoy flies to Seoul

SEOUL (Harbor Wire) — North Korea warned of unspecified "offensive action" against growing allied drills as the US special representative for North Korea, Sung Kim, flew to Seoul for talks on the North's weapons programme.

The warning came a day after the United States sent B-52 bombers over the Korean Peninsula for joint air drills with South Korean fighter jets.

The state news agency KCNA said the drills had turned the peninsula into "a tinderbox that could explode at any moment."

Following meetings with South Korean Foreign Minister Park Jin on Thursday, Kim will join a three-way meeting with South Korean and Japanese nuclear envoys on Friday, the Foreign Ministry said.

On Thursday, Kim met separately with Park and South Korea's chief nuclear negotiator, Kim Gunn, to discuss tighter enforcement of sanctions.

In March alone, North Korea fired nearly 20 missiles in seven launch events (Lee Jin-man/Pool Photo via AP)

Kim and Gunn will attend the three-way meeting with Japanese envoy Takehiro Funakoshi in Seoul on Friday.

In March alone, North Korea fired nearly 20 missiles in seven separate launch events, including an intercontinental ballistic missile.
"""
WEEKDAYS = re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|March|April")


@pytest.fixture
def categories(db):
    # Transactional tests flush the tables, data-migration rows included.
    for name in ("Missile launch", "Military exercise", "Diplomatic meeting", "Statement"):
        Category.objects.get_or_create(slug=name.lower().replace(" ", "-"), defaults={"name": name})


def test_seed_shaped_article_proposes_one_event_per_happening(editor_page, live_server, categories):
    page = editor_page
    page.get_by_role("link", name="Import article").click()
    page.get_by_label("Title").fill("Pyongyang threatens offensive action")
    page.get_by_label("Publication date").fill("2023-04-06")
    page.get_by_label("Text").fill(SEED_SHAPED)
    page.get_by_role("button", name="Find events").click()
    expect(page.get_by_role("heading", name=re.compile("Review the events"))).to_be_visible()

    items = page.locator(".review-item")
    expect(items).to_have_count(4)
    # The least certain first (the engine's confidence), so look them up by date.
    dates = [items.nth(i).get_by_label("Date", exact=True).input_value() for i in range(4)]
    assert sorted(dates) == sorted(["5 April 2023", "6 April 2023", "7 April 2023", "March 2023"])
    item = {date: items.nth(i) for i, date in enumerate(dates)}
    # Every sentence is a mention of its happening: the caption joins the launches.
    counts = {date: item[date].locator("blockquote.sentence").count() for date in dates}
    assert counts == {"5 April 2023": 1, "6 April 2023": 2, "7 April 2023": 2, "March 2023": 2}
    # ... and its photo credit is no part of any sentence or title.
    expect(item["March 2023"].locator("blockquote.sentence").filter(has_text="Pool Photo")).to_have_count(0)
    titles = {date: item[date].get_by_label("Title").input_value() for date in dates}
    for title in titles.values():
        assert 10 < len(title) <= 80 and "…" not in title and not WEEKDAYS.search(title), title
    assert "B-52" in titles["5 April 2023"] and "missiles" in titles["March 2023"]

    # The live preview resolves a date against the article's publication date.
    date = item["5 April 2023"].get_by_label("Date", exact=True)
    date.fill("Wednesday")
    expect(item["5 April 2023"].locator(".date-preview")).to_contain_text("5 April 2023")
    date.fill("5 April 2023")

    page.get_by_role("button", name="Save article and kept events").click()
    expect(page.get_by_role("heading", name="Pyongyang threatens offensive action")).to_be_visible()
    article = Article.objects.get()
    events = list(Event.objects.order_by("date", "precision"))
    assert [(e.date, e.precision) for e in events] == [
        (D(2023, 3, 1), "month"), (D(2023, 4, 5), "day"), (D(2023, 4, 6), "day"), (D(2023, 4, 7), "day")]
    assert [e.mentions.count() for e in events] == [2, 1, 2, 2]
    assert Mention.objects.filter(article=article).count() == 7


def test_drop_all_then_keep_one(editor_page, live_server, categories):
    page = editor_page
    page.get_by_role("link", name="Import article").click()
    page.get_by_label("Title").fill("Envoy article")
    page.get_by_label("Publication date").fill("2023-04-06")
    page.get_by_label("Text").fill(SEED_SHAPED)
    page.get_by_role("button", name="Find events").click()
    page.locator(".review-item").nth(1).get_by_label("Title").fill("Envoy meets Park Jin")
    page.get_by_role("button", name="Drop all").click()
    items = page.locator(".review-item")
    expect(items.nth(0).get_by_label("Keep")).not_to_be_checked()
    expect(items.nth(1).get_by_label("Title")).to_have_value("Envoy meets Park Jin")  # nothing typed is lost
    items.nth(1).get_by_label("Keep").check()
    page.get_by_role("button", name="Save article and kept events").click()
    expect(page.get_by_role("heading", name="Envoy article")).to_be_visible()
    assert [e.title for e in Event.objects.all()] == ["Envoy meets Park Jin"]
