import datetime
import re

import pytest
from playwright.sync_api import expect

from timeline.models import Actor, Article, Category, Event, Mention

pytestmark = pytest.mark.django_db(transaction=True)

D = datetime.date
ARTICLE_TEXT = (
    "SEOUL — US B-52 bombers flew over the peninsula on Wednesday in drills with South Korean jets. "
    "North Korea warned of offensive action on Thursday. "
    "The US envoy will meet South Korea's foreign minister in Seoul on Friday."
)


@pytest.fixture
def story(db):
    # Transactional tests flush the tables, data-migration rows included.
    launch = Category.objects.get_or_create(slug="missile-launch", defaults={"name": "Missile launch"})[0]
    meeting = Category.objects.get_or_create(slug="diplomatic-meeting", defaults={"name": "Diplomatic meeting"})[0]
    korea = Actor.objects.create(name="North Korea", kind="country")
    usa = Actor.objects.create(name="United States", kind="country")
    for day in (2, 9, 16):
        Event.objects.create(title=f"Missile launch on March {day}", date=D(2023, 3, day), category=launch).actors.add(korea)
    Event.objects.create(title="A month of launches", date=D(2023, 3, 1), precision="month", category=launch)
    talks = Event.objects.create(title="Envoy meets minister", date=D(2023, 4, 6), category=meeting)
    talks.actors.add(usa)
    return talks


def test_filter_updates_list_and_url_then_back_and_forward(page, live_server, story):
    page.goto(live_server.url + "/")
    heading = page.locator("#results-heading")
    expect(heading).to_contain_text("5 matching events")
    expect(page.get_by_text("March 2023", exact=True).first).to_be_visible()

    page.get_by_label("Category").select_option("diplomatic-meeting")
    expect(heading).to_contain_text("1 matching event")
    expect(page).to_have_url(re.compile(r"category=diplomatic-meeting"))
    expect(page.get_by_role("link", name="Envoy meets minister")).to_be_visible()

    page.get_by_label("Category").select_option("missile-launch")
    expect(heading).to_contain_text("4 matching events")
    expect(page).to_have_url(re.compile(r"category=missile-launch"))

    page.go_back()
    expect(page).to_have_url(re.compile(r"category=diplomatic-meeting"))
    expect(heading).to_contain_text("1 matching event")
    page.go_forward()
    expect(page).to_have_url(re.compile(r"category=missile-launch"))
    expect(heading).to_contain_text("4 matching events")


def test_copied_link_reopens_the_same_view(page, live_server, story):
    page.goto(live_server.url + "/")
    page.get_by_label("From", exact=True).fill("March 2023")
    page.get_by_label("To", exact=True).fill("10 March 2023")
    page.get_by_role("button", name="Apply filters").click()
    # The pushed URL is the short canonical one: only the filters in use.
    expect(page).to_have_url(re.compile(r"/\?date_from=March\+2023&date_to=10\+March\+2023$"))
    # The window's own events; the month of March, which runs past the 10th, is ongoing.
    expect(page.locator("#results-heading")).to_contain_text("2 matching events")
    copied = page.url

    fresh = page.context.new_page()
    fresh.goto(copied)
    expect(fresh.locator("#results-heading")).to_contain_text("2 matching events")
    expect(fresh.get_by_label("From", exact=True)).to_have_value("March 2023")
    expect(fresh.get_by_role("link", name="Missile launch on March 9")).to_be_visible()
    expect(fresh.get_by_role("link", name="Missile launch on March 16")).to_have_count(0)
    # Ongoing events come after the window's own, folded, with their count.
    ongoing = fresh.locator("details.ongoing")
    expect(ongoing.locator("summary")).to_contain_text("Ongoing: 1 event")
    expect(fresh.get_by_role("link", name="A month of launches")).not_to_be_visible()
    ongoing.locator("summary").click()
    expect(fresh.get_by_role("link", name="A month of launches")).to_be_visible()
    assert fresh.locator(".event a, details.ongoing a").first.inner_text() != "A month of launches"


def test_the_timeline_opens_on_the_newest_events_and_the_order_is_a_choice(page, live_server, story):
    page.goto(live_server.url + "/")
    titles = page.locator(".event-title a")
    expect(titles.first).to_have_text("Envoy meets minister")
    page.get_by_role("link", name="Oldest first").click()
    expect(page).to_have_url(re.compile(r"sort=oldest"))
    expect(titles.first).to_have_text("A month of launches")
    expect(page.locator(".order-choice [aria-current]")).to_have_text("Oldest first")


def test_keyboard_reaches_every_filter(page, live_server, story):
    page.goto(live_server.url + "/")
    names = {"q", "date_from", "date_to", "category", "actor", "article", "source", "status", "sort"}
    reached = set()
    for _ in range(60):
        page.keyboard.press("Tab")
        name = page.evaluate("document.activeElement && document.activeElement.name")
        if name:
            reached.add(name)
        if names <= reached:
            break
    assert names <= reached, f"not reachable by keyboard: {names - reached}"


def test_add_event_with_date_preview(editor_page, live_server, story):
    page = editor_page
    page.get_by_role("link", name="Add event").click()
    page.get_by_label("Title").fill("Envoy leaves Seoul")
    page.get_by_label("Date", exact=True).fill("March 2023")
    expect(page.locator("#date-preview")).to_contain_text("March 2023 (month precision)")
    page.get_by_label("Date", exact=True).fill("05/04/2023")
    expect(page.locator("#date-preview")).to_contain_text("ambiguous")
    page.get_by_label("Date", exact=True).fill("7 April 2023")
    expect(page.locator("#date-preview")).to_contain_text("7 April 2023 (day precision)")
    page.get_by_role("button", name="Add event").click()
    expect(page.get_by_role("heading", name="Envoy leaves Seoul")).to_be_visible()
    assert Event.objects.filter(title="Envoy leaves Seoul", date=D(2023, 4, 7)).exists()


def test_import_article_and_review(editor_page, live_server, db):
    page = editor_page
    page.get_by_role("link", name="Import article").click()
    page.get_by_label("Title").fill("Bombers fly as envoy heads to Seoul")
    page.get_by_label("Publication date").fill("2023-04-06")
    page.get_by_label("Text").fill(ARTICLE_TEXT)
    page.get_by_role("button", name="Find events").click()
    expect(page.get_by_role("heading", name=re.compile("Review the events"))).to_be_visible()
    items = page.locator(".review-item")
    count = items.count()
    assert count >= 3
    expect(page.locator(".review-item mark").first).to_be_visible()
    items.nth(0).get_by_label("Title").fill("Bombers fly over the peninsula")
    items.nth(1).get_by_label("Keep").uncheck()
    page.get_by_role("button", name="Save article and kept events").click()
    expect(page.get_by_role("heading", name="Bombers fly as envoy heads to Seoul")).to_be_visible()
    article = Article.objects.get()
    assert Mention.objects.filter(article=article).count() == count - 1
    assert Event.objects.filter(title="Bombers fly over the peninsula").exists()


def test_edit_event_in_admin(page, live_server, admin_user, story):
    page.goto(f"{live_server.url}/admin/login/?next=/admin/timeline/event/{story.pk}/change/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_label("Status").select_option("confirmed")
    page.get_by_label("Title").fill("Envoy meets foreign minister")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    story.refresh_from_db()
    assert (story.title, story.status) == ("Envoy meets foreign minister", "confirmed")


def test_count_of_a_long_list_arrives_after_it(page, live_server, story):
    launch = Category.objects.get(slug="missile-launch")
    for day in range(1, 61):
        Event.objects.create(title=f"Launch {day}", date=D(2022, 1, 1) + datetime.timedelta(days=day), category=launch)
    page.goto(live_server.url + "/")
    expect(page.locator("#results-heading")).to_contain_text("65 matching events")
    page.get_by_label("Category").select_option("missile-launch")
    expect(page).to_have_url(re.compile(r"category=missile-launch"))
    expect(page.locator("#results-heading")).to_contain_text("64 matching events")
    expect(page.locator(".overview-links a").first).to_be_attached()
    expect(page.locator("#facets .facet").first).to_be_visible()
