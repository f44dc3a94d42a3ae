"""Reading the timeline in Chromium: what filters resolved to, unreadable
filters, Enter sends one request, phones, type-ahead, the admin's change
page, history with revert, and axe-core's accessibility check."""
import datetime
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from timeline.models import Actor, Article, Category, Event, Mention

pytestmark = pytest.mark.django_db(transaction=True)

D = datetime.date
PHONE = {"width": 390, "height": 844}
TEXT = (
    "SEOUL — US B-52 bombers flew over the peninsula on Wednesday in drills with South Korean jets. "
    "North Korea warned of offensive action on Thursday. "
    "The US envoy will meet South Korea's foreign minister in Seoul on Friday."
)


@pytest.fixture
def story(db):
    launch = Category.objects.get_or_create(slug="missile-launch", defaults={"name": "Missile launch"})[0]
    korea = Actor.objects.create(name="North Korea", kind="country")
    for name in ["Kim Jong Un", "Kim Yo Jong", "Kimberly Process", "South Korea"]:
        Actor.objects.create(name=name)
    article = Article.objects.create(title="Bombers fly", source="Harbor Wire", published=D(2023, 4, 6), text=TEXT)
    events = []
    for day in range(1, 40):
        event = Event.objects.create(
            title=f"Missile launch number {day}", date=D(2023, 2, 1) + datetime.timedelta(days=day), category=launch
        )
        event.actors.add(korea)
        events.append(event)
    sentence = "North Korea warned of offensive action on Thursday."
    start = TEXT.index(sentence)
    Mention.objects.create(
        event=events[0], article=article, sentence=sentence, cue="on Thursday", sentence_start=start,
        sentence_end=start + len(sentence), cue_start=start + sentence.index("on Thursday"),
        cue_end=start + sentence.index("on Thursday") + len("on Thursday"),
    )
    return events[0]


def list_requests(page, live_server):
    """The timeline list requests the page makes from now on."""
    urls = []
    page.on("request", lambda r: urls.append(r.url) if re.match(re.escape(live_server.url) + r"/\?", r.url) else None)
    return urls


# Point 3: filters say what they resolved to; an unreadable one is an error, not a silent "everything".

def test_enter_in_a_date_filter_sends_the_list_request_once(page, live_server, story):
    page.goto(live_server.url + "/")
    page.wait_for_load_state("networkidle")
    urls = list_requests(page, live_server)
    page.get_by_label("From", exact=True).fill("March 2023")
    page.get_by_label("From", exact=True).press("Enter")
    expect(page).to_have_url(re.compile(r"date_from=March\+2023"))
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    assert len(urls) == 1, urls


def test_each_filter_shows_what_it_resolved_to_and_errors_beside_the_field(page, live_server, story):
    page.goto(live_server.url + "/")
    page.get_by_label("From", exact=True).fill("March 2023")
    page.get_by_label("From", exact=True).press("Enter")
    expect(page.locator("#id_date_from_resolved")).to_have_text("From 1 March 2023 — March 2023, month")
    expect(page.locator(".event").first).to_be_visible()

    page.get_by_label("From", exact=True).fill("blorf")
    page.get_by_label("From", exact=True).press("Enter")
    expect(page.locator("#id_date_from_error")).to_contain_text("blorf")
    expect(page.locator("#id_date_from_resolved")).to_be_empty()
    expect(page.get_by_label("From", exact=True)).to_have_value("blorf")  # what was typed is kept
    expect(page.locator(".event")).to_have_count(0)  # never the unfiltered list
    notice = page.get_by_role("alert")
    expect(notice).to_contain_text("No events are listed until this filter is corrected")
    notice.get_by_role("link", name="From").click()
    expect(page.get_by_label("From", exact=True)).to_be_focused()


def test_an_export_link_with_an_unreadable_filter_answers_400(page, live_server, story):
    response = page.request.get(live_server.url + "/export/csv/?date_from=blorf")
    assert response.status == 400
    assert "blorf" in response.text() and "Missile launch" not in response.text()


# Point 4: phones.

def test_on_a_phone_the_first_event_shows_without_scrolling_past_the_filters(browser, live_server, story):
    page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(live_server.url + "/?category=missile-launch&date_from=2023")
    summary = page.locator(".filters-summary")
    expect(summary).to_have_text("Filters (2 active)")
    expect(page.get_by_label("Search")).to_be_hidden()  # folded away
    first = page.locator(".event").first
    box = first.bounding_box()
    assert box["y"] + 60 < PHONE["height"], f"first event starts at {box['y']} px"
    assert page.evaluate("window.scrollY") == 0
    # The disclosure opens (no JavaScript needed: <details>) and works.
    summary.click()
    expect(page.get_by_label("Search")).to_be_visible()
    page.close()


def test_overview_bars_are_tap_targets_of_at_least_24_px(browser, live_server, story):
    page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(live_server.url + "/?date_from=February+2023&date_to=March+2023")
    links = page.locator(".overview-links a")
    expect(links.first).to_be_attached()
    assert links.count() > PHONE["width"] // 24  # more bars than the phone's width holds at 24 px each
    for index in (0, links.count() // 2, links.count() - 1):
        box = links.nth(index).bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, box
    page.close()


@pytest.mark.parametrize("path", ["/", "/?date_from=February+2023&date_to=March+2023", "event", "article", "/articles/"])
def test_no_horizontal_scroll_at_360_px(browser, live_server, story, path):
    page = browser.new_page(viewport={"width": 360, "height": 740}, is_mobile=True)
    if path == "event":
        path = story.get_absolute_url()
    elif path == "article":
        path = story.mentions.get().article.get_absolute_url()
    page.goto(live_server.url + path)
    page.wait_for_load_state("networkidle")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{path} is {width} px wide"
    page.close()


def test_filters_are_open_on_a_wide_screen(page, live_server, story):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/?category=missile-launch")
    expect(page.get_by_label("Search")).to_be_visible()
    expect(page.locator(".filters-summary")).to_be_hidden()


# Point 5: type-ahead.

def test_actor_type_ahead_suggests_and_filters(page, live_server, story):
    page.goto(live_server.url + "/")
    actor = page.get_by_role("combobox", name="Actor")  # an input with a list is a combobox to assistive tech
    actor.press_sequentially("kim")
    options = page.locator("#id_actor_options option")
    expect(options).to_have_count(3)
    assert [options.nth(i).get_attribute("value") for i in range(3)] == ["Kim Jong Un", "Kim Yo Jong", "Kimberly Process"]
    actor.fill("north korea")
    actor.press("Enter")
    expect(page).to_have_url(re.compile(r"actor=north\+korea"))
    expect(page.locator("#id_actor_resolved")).to_have_text("North Korea")
    expect(page.locator("#results-heading")).to_contain_text("39 matching events")


def test_actor_and_source_filters_work_without_javascript(browser, live_server, story):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.get_by_label("Actor").fill("NORTH KOREA")
    page.get_by_label("Source").fill("harbor wire")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#results-heading")).to_contain_text("1 matching event")
    expect(page.locator("#id_source_resolved")).to_have_text("Harbor Wire")
    context.close()


# Point 5: the admin's change page.

def test_admin_change_page_heading_is_clear_of_the_buttons_and_dates_are_iso(page, live_server, admin_user, story):
    Event.objects.filter(pk=story.pk).update(title="A very long title " * 4)
    page.set_viewport_size({"width": 1280, "height": 900})
    change_url = f"/admin/timeline/event/{story.pk}/change/"
    page.goto(f"{live_server.url}/admin/login/?next={change_url}")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("password")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + change_url)
    page.wait_for_load_state("load")  # stylesheets applied
    heading = page.locator("#content > h2")
    expect(heading).to_contain_text("A very long title")
    heading_box = heading.bounding_box()
    tools = page.locator(".object-tools").bounding_box()
    assert heading_box["y"] + heading_box["height"] <= tools["y"], (heading_box, tools)
    expect(page.get_by_label("Date:", exact=True)).to_have_value(story.date.isoformat())


# Point 6: history after an edit in the admin, and a revert that restores it.

def test_history_shows_an_admin_edit_and_a_revert_restores_it(page, live_server, admin_user, story):
    page.goto(f"{live_server.url}/admin/login/?next=/admin/timeline/event/{story.pk}/change/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_label("Title:").fill("Launch retitled in error")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.goto(live_server.url + story.get_absolute_url())
    history = page.locator(".history")
    expect(history.locator("li").first).to_contain_text("Changed")
    expect(history.locator("li").first).to_contain_text("by admin")
    expect(history.locator("del").first).to_have_text("Missile launch number 1")
    expect(history.locator("ins").first).to_have_text("Launch retitled in error")

    history.get_by_role("link", name="Compare and revert in the admin").click()
    expect(page.locator("#change-history")).to_contain_text("Launch retitled in error")
    page.locator("#change-history tbody tr").last.get_by_role("link").click()  # the first version
    page.get_by_role("button", name="Revert").click()
    expect(page.locator(".messagelist")).to_contain_text("Missile launch number 1” was changed successfully")
    assert Event.objects.get(pk=story.pk).title == "Missile launch number 1"

    page.goto(live_server.url + story.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Missile launch number 1")
    expect(page.locator(".history ins").first).to_have_text("Missile launch number 1")


# Point 7: axe-core on the main pages, 0 serious or critical violations.

AXE = Axe()


def serious_violations(page):
    results = AXE.run(page)
    return [
        (v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"]][:5])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def review_page(page, live_server):
    page.goto(live_server.url + "/articles/new/")
    page.get_by_label("Title").fill("Bombers fly as envoy heads to Seoul (again)")
    page.get_by_label("Publication date").fill("2023-04-07")
    page.get_by_label("Text").fill(TEXT.replace("Seoul on Friday", "Seoul on Saturday"))
    page.get_by_role("button", name="Find events").click()
    expect(page.get_by_role("heading", name=re.compile("Review the events"))).to_be_visible()


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("name", ["timeline", "timeline-error", "event", "article", "review", "add-event"])
def test_axe_finds_no_serious_or_critical_violations(editor_page, live_server, story, name, viewport):
    page = editor_page
    page.set_viewport_size(viewport)
    if name == "timeline":
        page.goto(live_server.url + "/?date_from=March+2023")
    elif name == "timeline-error":
        page.goto(live_server.url + "/?date_from=blorf")
    elif name == "event":
        page.goto(live_server.url + story.get_absolute_url())
    elif name == "article":
        page.goto(live_server.url + story.mentions.get().article.get_absolute_url())
    elif name == "review":
        review_page(page, live_server)
    else:
        page.goto(live_server.url + "/events/new/")
    page.wait_for_load_state("networkidle")
    assert serious_violations(page) == []


def test_axe_is_not_vacuous_it_flags_an_unlabelled_control(page, live_server, story):
    page.goto(live_server.url + "/")
    page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text>')")
    assert [v[0] for v in serious_violations(page)] == ["label"]
