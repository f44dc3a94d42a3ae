"""The browsing pages: timeline (full and htmx), paging, query counts, escaping, permalinks."""
import datetime
import json
import re
from datetime import date as D

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from dom import element, elements, parse, terms, text, texts

from timeline.filters import PAGE_SIZE
from timeline.models import SOURCES_CACHE_KEY, Actor, Article, Category, Event, Mention

pytestmark = pytest.mark.django_db


INDEX = "/"


def whole_page(page):
    """A whole page has the site's layout around it (a fragment has no <main>)."""
    return bool(elements(page, "main#main"))


def titles(page):
    """The titles of the events listed, in order."""
    return texts(page, ".event-title")


def make_article(title="Report", source="Harbor Wire", published=D(2023, 4, 6), text=None, url=None):
    return Article.objects.create(
        title=title, source=source, published=published, url=url,
        text=text or "Seoul said North Korea fired a missile on Wednesday. Talks follow next week.",
    )


def mention(event, article, sentence, cue):
    start = article.text.index(sentence)
    cue_start = start + sentence.index(cue)
    return Mention.objects.create(
        event=event, article=article, sentence=sentence, cue=cue,
        sentence_start=start, sentence_end=start + len(sentence), cue_start=cue_start, cue_end=cue_start + len(cue),
    )


@pytest.fixture
def launch():
    """A day-precision event reported by one article, with a category and actors."""
    article = make_article()
    event = Event.objects.create(
        title="North Korea fires missile", date=D(2023, 4, 5),
        category=Category.objects.get(slug="missile-launch"), place="East Sea",
    )
    event.actors.set(Actor.objects.for_names(["North Korea", "South Korea"]))
    mention(event, article, "Seoul said North Korea fired a missile on Wednesday.", "on Wednesday")
    return event


def make_events(count, start=D(2023, 1, 1)):
    article = Article.objects.filter(title="Many").first() or make_article(title="Many", url="https://example.com/x")
    for i in range(count):
        event = Event.objects.create(
            title=f"Event {i}", date=start + datetime.timedelta(days=i // 3),
            category=Category.objects.get(slug="missile-launch"),
        )
        event.actors.set(Actor.objects.for_names(["North Korea", f"Actor {i % 4}"]))
        mention(event, article, "Seoul said North Korea fired a missile on Wednesday.", "on Wednesday")


def test_index_full_page(client, launch):
    response = client.get(INDEX)
    assert response.status_code == 200
    page = parse(response)
    assert whole_page(page) and element(page, "#results").get("aria-live") == "polite"
    assert titles(page) == ["North Korea fires missile"]
    assert texts(page, "#results .mention mark") == ["on Wednesday"]
    assert text(element(page, "#match-count")) == "1 matching event"
    # Headings by year, month and day.
    headings = {(node.tag, text(node)) for node in elements(page, "#results h3, #results h4, #results h5")}
    assert {("h3", "2023"), ("h4", "April 2023"), ("h5", "5 April 2023")} <= headings
    # Actor links filter the timeline; the form is a plain GET form with htmx on top.
    actor = element(page, f'.actors a[href="/?actor={launch.actors.get(name="North Korea").slug}"]')
    assert text(actor) == "North Korea"
    form = element(page, "form.filters")
    assert (form.get("method"), form.get("hx-get"), form.get("hx-push-url")) == ("get", "/", "true")
    assert text(element(form, 'label[for="id_date_from"]')) == "From"
    assert element(form, "#id_date_from").get("name") == "date_from"
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_index_htmx_request_gets_only_the_results(client, launch):
    response = client.get(INDEX, {"q": "missile"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    page = parse(response)
    assert not whole_page(page) and not elements(page, "form")
    assert titles(page) == ["North Korea fires missile"]
    assert text(element(page, "#match-count")) == "1 matching event"


def test_htmx_pushes_a_short_canonical_url(client, launch):
    response = client.get(INDEX, {"q": "", "date_from": "April 2023", "category": ""}, HTTP_HX_REQUEST="true")
    assert response["HX-Push-Url"] == "/?date_from=April+2023"
    assert client.get(INDEX, {"q": ""}, HTTP_HX_REQUEST="true")["HX-Push-Url"] == "/"


def test_htmx_history_restore_gets_the_whole_page(client, launch):
    response = client.get(INDEX, HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")
    assert whole_page(response)


@pytest.mark.parametrize("params, shown", [
    ({"category": "missile-launch"}, True),
    ({"category": "diplomatic-meeting"}, False),
    ({"actor": "north-korea"}, True),
    ({"source": "Harbor Wire"}, True),
    ({"status": "rejected"}, False),
    ({"q": "missile"}, True),
    ({"q": "bombers"}, False),
    ({"date_from": "April 2023"}, True),
    ({"date_from": "May 2023"}, False),
    ({"date_to": "2023-04-04"}, False),
])
def test_index_filters(client, launch, params, shown):
    page = client.get(INDEX, params)
    assert titles(page) == (["North Korea fires missile"] if shown else [])


def test_index_article_filter(client, launch):
    other = make_article(title="Other", text="Nothing dated here at all.")
    assert titles(client.get(INDEX, {"article": launch.mentions.get().article_id})) == ["North Korea fires missile"]
    assert titles(client.get(INDEX, {"article": other.pk})) == []


def test_bad_date_shows_an_error_beside_the_field_and_no_list(client, launch):
    response = client.get(INDEX, {"date_from": "xyzzy plugh"})
    assert response.status_code == 200
    page = parse(response)
    error = element(page, "#id_date_from_error")
    assert "field-error" in error.classes and text(error)
    assert element(page, "#id_date_from").get("aria-invalid") == "true"
    assert not titles(page) and "North Korea fires missile" not in text(page)


def test_bad_date_error_comes_out_of_band_for_htmx(client, launch):
    page = parse(client.get(INDEX, {"date_from": "xyzzy plugh"}, HTTP_HX_REQUEST="true"))
    error = element(page, "#id_date_from_error")
    assert error.get("hx-swap-oob") == "true" and text(error)
    assert not titles(page) and "North Korea fires missile" not in text(page)


def test_empty_state(client):
    page = parse(client.get(INDEX))
    assert "No events match these filters." in texts(page, "#results .empty p")
    assert text(element(page, "#match-count")) == "0 matching events"


def test_month_precision_event_shows_its_month_not_a_day(client):
    Event.objects.create(title="Talks during March", date=D(2023, 3, 17), precision="month")
    page = parse(client.get(INDEX))
    assert texts(page, ".month-heading") == ["March 2023"] and texts(page, ".period-note") == ["During the month"]
    assert not elements(page, ".day-heading") and texts(page, ".event-date") == ["March 2023"]
    assert "1 March 2023" not in text(page) and "17 March 2023" not in text(page)
    detail = parse(client.get(reverse("timeline:event_detail", args=[Event.objects.get().pk])))
    assert terms(detail, "dl.facts")["Date"].startswith("March 2023")
    assert "1 March 2023" not in text(detail)


def test_year_precision_event_is_under_its_year(client):
    Event.objects.create(title="Sometime in 2022", date=D(2022, 6, 1), precision="year")
    page = parse(client.get(INDEX))
    assert texts(page, ".year-heading") == ["2022"] and texts(page, ".period-note") == ["During the year"]
    assert not elements(page, ".month-heading") and "January 2022" not in text(page)


def next_link(page):
    """The pager's link to the next page (its href, which htmx gets too), or None."""
    found = elements(page, "#pager-next")
    if not found:
        return None
    link, = found
    assert link.tag == "a" and link.get("rel") == "next" and link.get("hx-get") == link.get("href")
    return link.get("href")


@pytest.mark.parametrize("sort, label", [("oldest", "Later events"), ("", "Earlier events"), ("newest", "Earlier events")])
def test_keyset_paging_walks_every_event_once(client, sort, label):
    make_events(120)
    url = f"{INDEX}?q=missile&sort={sort}"
    seen, pages = [], 0
    while url:
        page = parse(client.get(url))
        pages += 1
        seen += [int(re.fullmatch(r"/events/(\d+)/", a.get("href"))[1]) for a in elements(page, ".event-title a")]
        url = next_link(page)
        if url:
            assert "after=" in url and "q=missile" in url and "OFFSET" not in url
            assert text(element(page, "#pager-next")) == label
    expected = list(Event.objects.order_by("date", "id").values_list("pk", flat=True))
    assert pages == -(-120 // PAGE_SIZE)
    assert seen == (expected if sort == "oldest" else expected[::-1])


def test_paging_keeps_working_over_htmx(client):
    make_events(PAGE_SIZE + 10)
    first = client.get(INDEX, HTTP_HX_REQUEST="true")
    page = parse(client.get(next_link(first), HTTP_HX_REQUEST="true"))
    assert not whole_page(page)
    assert len(elements(page, "li.event")) == 10
    # More than a page matches: htmx fetches the count after the list.
    loader = element(page, "#match-count")
    assert (loader.get("hx-get"), loader.get("hx-trigger")) == ("/count/", "load")
    # The count's fragment is the one element it replaces.
    count, = parse(client.get("/count/", HTTP_HX_REQUEST="true")).body
    assert (count.tag, count.get("id"), text(count)) == ("span", "match-count", f"{PAGE_SIZE + 10} matching events")
    assert next_link(page) is None


def test_count_follows_the_filters_and_works_without_javascript(client):
    make_events(60)
    # The whole page does not wait for the count: htmx loads it, and without
    # JavaScript the heading links to it.
    loader = element(client.get(INDEX, {"q": "Event"}), "#match-count")
    assert (loader.get("hx-get"), loader.get("hx-trigger")) == ("/count/?q=Event", "load")
    link, = elements(loader, "a")
    assert text(link) == "count them"
    page = parse(client.get(link.get("href")))
    assert whole_page(page) and text(element(page, "#match-count")) == "60 matching events"
    page = parse(client.get("/count/?q=nothing-matches"))
    assert whole_page(page) and text(element(page, "#match-count")) == "0 matching events"


def count_queries(client, url):
    # Each count starts with no cached outlets (see ArticleQuerySet.sources).
    cache.delete(SOURCES_CACHE_KEY)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_events(client):
    make_events(5)
    one_page = count_queries(client, INDEX)  # no count query: the page holds every match
    Event.objects.all().delete()
    make_events(60)
    several_pages = count_queries(client, INDEX)
    Event.objects.all().delete()
    make_events(120)
    assert count_queries(client, INDEX) == several_pages
    assert one_page == several_pages  # no count query either way: the count is a follow-up
    assert several_pages <= 10


def test_article_pages_query_count_is_constant(client):
    make_events(3)
    article = Article.objects.get()
    few = count_queries(client, article.get_absolute_url()), count_queries(client, reverse("timeline:article_list"))
    make_events(40, start=D(2024, 1, 1))
    many = count_queries(client, article.get_absolute_url()), count_queries(client, reverse("timeline:article_list"))
    assert few == many


def test_article_content_is_escaped_everywhere(client):
    article = make_article(
        title="<script>alert(1)</script>", source="<b>Wire</b>",
        text="<img src=x onerror=alert(2)> On Monday <i>troops</i> moved.",
    )
    event = Event.objects.create(title="<em>Troops</em> move", date=D(2023, 4, 3))
    mention(event, article, "On Monday <i>troops</i> moved.", "On Monday")
    pages = [
        INDEX,
        reverse("timeline:article_list"),
        article.get_absolute_url(),
        event.get_absolute_url(),
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html, url
        assert "<i>troops</i>" not in html and "<img src=x" not in html and "<em>Troops" not in html, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "&lt;em&gt;Troops" in html, url
        # Parsed as a browser would: no element came from the payloads, and the reader sees them as text.
        page = parse(html)
        assert not elements(page, "img[onerror], i, em") and not [s for s in elements(page, "script") if s.text], url
        assert "<script>alert(1)</script>" in text(page) or "<em>Troops</em> move" in text(page), url


def test_event_detail(client, launch):
    response = client.get(launch.get_absolute_url())
    assert response.status_code == 200
    page = parse(response)
    assert text(element(page, "h1")) == "North Korea fires missile"
    facts = terms(page, "dl.facts")
    assert facts["Date"].startswith("5 April 2023") and facts["Place"] == "East Sea"
    assert facts["Category"] == "Missile launch" and facts["Status"] == "Proposed"
    assert texts(page, ".sources mark") == ["on Wednesday"]
    # Context after the sentence, from the article text.
    assert "Talks follow next week." in texts(page, ".sources .context-around")
    article = launch.mentions.get().article
    assert texts(page, f'.source-article h3 a[href="{article.get_absolute_url()}"]') == [article.title]
    # No edit link for an anonymous visitor: its address is nowhere on the page.
    assert reverse("timeline:event_edit", args=[launch.pk]) not in response.content.decode()


def test_event_detail_edit_link_for_editors(editor_client, launch):
    page = parse(editor_client.get(launch.get_absolute_url()))
    assert text(element(page, f'a[href="{reverse("timeline:event_edit", args=[launch.pk])}"]')) == "Edit"
    # Logged in: logout is a POST form with a CSRF token.
    logout = element(page, 'form[action="/accounts/logout/"]')
    assert logout.get("method") == "post"
    assert element(logout, 'input[type="hidden"][name="csrfmiddlewaretoken"]').get("value")


def test_detail_pages_404(client):
    assert client.get(reverse("timeline:event_detail", args=[999])).status_code == 404
    assert client.get(reverse("timeline:article_detail", args=[999])).status_code == 404


def test_article_list(client, launch):
    make_article(title="Older article", published=D(2022, 1, 1), text="Nothing dated.")
    response = client.get(reverse("timeline:article_list"))
    assert response.status_code == 200
    page = parse(response)
    assert texts(page, ".article-title") == ["Report", "Older article"]  # newest first
    assert texts(page, 'a[href^="/?article="]') == ["1 event", "0 events"]


def test_article_detail_highlights_dated_phrases(client, launch):
    article = launch.mentions.get().article
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    page = parse(response)
    link = element(page, ".article-text a")
    assert link.get("href") == launch.get_absolute_url()
    assert link.get("title") == "5 April 2023: North Korea fires missile"
    assert texts(link, "mark") == ["on Wednesday"] and text(link) == "on Wednesday"
    assert "Talks follow next week." in text(element(page, ".article-text"))
    assert text(element(page, "#events-heading")) == "Events from this article"


def test_article_detail_external_link(client):
    article = make_article(url="https://example.com/story")
    link = element(client.get(article.get_absolute_url()), 'a[href="https://example.com/story"]')
    assert set(link.get("rel").split()) == {"noopener", "noreferrer", "external"}


def test_base_layout(client):
    page = parse(client.get(INDEX))
    assert element(page, 'a[href="#main"]') is not None and element(page, "main#main") is not None
    assert elements(page, 'script[src*="htmx-2.min.js"]')
    assert elements(page, 'link[rel="stylesheet"][href*="timeline/site.css"]')
    for name in ("timeline:event_create", "timeline:article_import", "timeline:article_list"):
        assert element(page, f'nav.site-nav a[href="{reverse(name)}"]') is not None
    assert texts(page, ".account a") == ["Log in"]


def test_htmx_gets_the_csrf_token_of_signed_in_users_only(client, editor):
    """Readers without an account post nothing: their pages carry no token
    (and so can be cached for all of them, timeline/response_cache.py)."""
    assert element(parse(client.get(INDEX)), "body").get("hx-headers") is None
    assert "csrftoken" not in client.cookies
    client.force_login(editor)
    assert json.loads(element(parse(client.get(INDEX)), "body").get("hx-headers"))["X-CSRFToken"]


def test_export_links_carry_the_filters_but_not_the_cursor(client, launch):
    export_url = reverse("timeline:export", args=["csv"])
    page = client.get(INDEX, {"category": "missile-launch", "q": "", "after": "2030-01-01.1"})
    assert text(element(page, f'.downloads a[href="{export_url}?category=missile-launch"]')) == "CSV"


def test_following_a_pager_link_moves_focus_to_the_results(client):
    make_events(PAGE_SIZE + 10)
    first = parse(client.get(INDEX, HTTP_HX_REQUEST="true"))
    assert not elements(first, "[autofocus]")  # typing in the filter form must keep its focus
    second = client.get(next_link(first), HTTP_HX_REQUEST="true", HTTP_HX_TRIGGER="pager-next")
    focused = element(second, "[autofocus]")
    assert (focused.tag, focused.get("id")) == ("h2", "results-heading")


# The overview strip and the facets, loaded after the list.

@pytest.fixture
def korea_story(db):
    from timeline.models import Actor, Category

    launch = Category.objects.get(slug="missile-launch")
    korea = Actor.objects.create(name="North Korea", kind="country")
    for day in (2, 9, 16):
        Event.objects.create(title=f"Launch {day}", date=datetime.date(2023, 3, day), category=launch).actors.add(korea)
    Event.objects.create(title="Talks", date=datetime.date(2023, 6, 6), precision="day")
    Event.objects.create(title="Launch month", date=datetime.date(2023, 3, 1), precision="month", category=launch)


def test_index_loads_overview_and_facets_lazily(client, korea_story):
    page = parse(client.get("/?category=missile-launch"))
    assert element(page, "#overview").get("hx-get") == "/overview/?category=missile-launch"
    assert element(page, "#facets").get("hx-get") == "/facets/?category=missile-launch"
    partial = client.get("/?category=missile-launch", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="results")
    assert element(partial, "#facets").get("hx-swap-oob") == "true"


def test_overview_fragment_bars_link_to_narrower_dates(client, korea_story):
    response = client.get("/overview/", {"date_from": "2023", "date_to": "2023"}, HTTP_HX_REQUEST="true")
    page = parse(response)
    assert not whole_page(page) and element(page, "#overview svg") is not None
    bar = element(page, '.overview-links a[href="/?date_from=March+2023&date_to=March+2023"]')
    assert bar.get("title") == text(bar) == "March 2023: 4 events"
    assert "by month" in text(element(page, "#overview-caption"))


def test_overview_without_javascript_is_a_page(client, korea_story):
    page = parse(client.get("/overview/"))
    assert whole_page(page) and element(page, "#overview") is not None
    assert text(element(page, 'main a[href="/"]')) == "Back to the timeline"


def test_facets_count_and_toggle(client, korea_story):
    page = parse(client.get("/facets/", {"category": "missile-launch"}, HTTP_HX_REQUEST="true"))
    # Active category: its link removes the filter; actor link adds to it.
    active = element(page, '#facets a[aria-current="true"]')
    assert active.get("href") == "/" and texts(active, ".count") == ["4"]
    actor = element(page, '#facets a[href="/?category=missile-launch&actor=north-korea"]')
    assert text(actor).startswith("North Korea")


def test_facet_and_overview_links_get_the_whole_layout(client, korea_story):
    response = client.get("/?category=missile-launch", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="timeline-layout")
    assert element(response, "#timeline-layout") is not None


def test_overview_and_facets_queries_do_not_grow(client, korea_story, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        client.get("/overview/", HTTP_HX_REQUEST="true")
    with django_assert_max_num_queries(7):
        client.get("/facets/", HTTP_HX_REQUEST="true")


def test_count_stops_at_the_limit(client, korea_story, monkeypatch):
    from timeline.views import browse

    monkeypatch.setattr(browse, "COUNT_LIMIT", 3)
    assert text(element(client.get("/count/"), "#match-count")) == "More than 3 matching events"
    assert text(element(client.get("/?q=Talks"), "#match-count")) == "1 matching event"  # the page holds them all


def test_a_link_leads_past_the_filters_to_the_events(client, korea_story):
    page = parse(client.get("/"))
    in_order = list(page.iter())
    assert in_order.index(element(page, 'a[href="#results"]')) < in_order.index(element(page, "form.filters"))
    assert element(page, "#results") is not None


def test_a_row_shows_the_first_reports_and_a_count_not_all_of_them(client):
    """After a large import one event had hundreds of reports and a page of a
    year reached 1.26 MB: a row shows three and links to the event's page."""
    event = Event.objects.create(title="Launch", date=D(2023, 4, 6))

    def report(number):
        article = make_article(title=f"Report {number}", published=D(2023, 4, 7), url=f"https://example.org/{number}",
                               text=f"Report {number}: North Korea fired a missile on Thursday, officials said.")
        mention(event, article, article.text, "on Thursday")

    for number in range(3):
        report(number)
    small = client.get(INDEX)
    assert len(elements(small, "li.mention:not(.mention-more)")) == 3 and not elements(small, "li.mention-more")
    assert "reports of this event" not in text(parse(small))
    for number in range(3, 200):
        report(number)
    large = client.get(INDEX)
    assert len(elements(large, "li.mention:not(.mention-more)")) == 3
    more = element(large, "li.mention-more a")
    assert more.get("href") == event.get_absolute_url() and text(more) == "All 200 reports of this event"
    assert len(large.content) < len(small.content) + 200
    sources = texts(client.get(event.get_absolute_url()), ".source-article h3")
    assert len(sources) == 200 and "Report 199" in sources and "Report 0" in sources


# Caching, methods and htmx attributes said once.

@pytest.mark.parametrize("url", ["/", "/count/", "/overview/", "/facets/", "/?date_from=2023"])
@pytest.mark.parametrize("htmx", [True, False])
def test_responses_that_depend_on_htmx_say_so(client, korea_story, url, htmx):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.get(url, **headers)
    assert response.status_code == 200
    assert "HX-Request" in [v.strip() for v in response.headers["Vary"].split(",")]


@pytest.mark.parametrize(
    "url", ["/", "/count/", "/overview/", "/facets/", "/articles/", "/export/csv/", "/feed/"]
)
def test_reading_views_refuse_writes(client, korea_story, url):
    assert client.post(url).status_code == 405
    assert client.get(url).status_code == 200


def test_editing_views_take_get_and_post_only(editor_client):
    for url in ["/events/new/", "/articles/new/"]:
        assert editor_client.put(url).status_code == 405
        assert editor_client.get(url).status_code == 200


def test_pager_facet_and_overview_links_inherit_their_htmx_attributes(client):
    make_events(PAGE_SIZE + 5)
    pager_link = element(client.get("/"), "a#pager-next")
    assert pager_link.get("hx-get") == pager_link.get("href")
    assert not {"hx-target", "hx-swap", "hx-push-url"} & set(pager_link.attrib)
    assert {"hx-target": "#results", "hx-push-url": "true"}.items() <= dict(pager_link.getparent().attrib).items()
    for url in ("/facets/", "/overview/"):
        links = elements(client.get(url, HTTP_HX_REQUEST="true"), "a[hx-get]")
        assert links
        for link in links:
            assert link.get("hx-get") == link.get("href") and "hx-target" not in link.attrib
            # htmx takes the nearest ancestor's value: outermost first, so nearer ones win.
            inherited = {k: v for p in reversed(list(link.iterancestors())) for k, v in p.attrib.items()
                         if k.startswith("hx-")}
            assert inherited["hx-target"] == "#timeline-layout" and inherited["hx-select"] == "#timeline-layout"


def test_cached_fragments_change_with_every_write(client, korea_story, django_assert_num_queries):
    url = "/?category=missile-launch"
    first = client.get(url, HTTP_HX_REQUEST="true")
    with django_assert_num_queries(1):  # the data version, then the cache
        again = client.get(url, HTTP_HX_REQUEST="true")
    assert again.content == first.content and again["HX-Push-Url"] == first["HX-Push-Url"]
    assert "HX-Request" in again["Vary"]
    # A write through the ORM, a bulk update and a link between tables each show at once.
    event = Event.objects.get(title="Launch 2")
    event.title = "Launch renamed"
    event.save()
    assert "Launch renamed" in titles(client.get(url, HTTP_HX_REQUEST="true"))
    Event.objects.filter(pk=event.pk).update(title="Launch updated")
    assert "Launch updated" in titles(client.get(url, HTTP_HX_REQUEST="true"))
    event.actors.add(Actor.objects.create(name="Japan"))
    assert "Japan" in texts(client.get(url, HTTP_HX_REQUEST="true"), ".actors a")
    facets = client.get("/facets/", HTTP_HX_REQUEST="true")
    assert "Missile launch" in facet_labels(facets)
    Category.objects.filter(slug="missile-launch").update(name="Rocket launch")
    labels = facet_labels(client.get("/facets/", HTTP_HX_REQUEST="true"))
    assert "Rocket launch" in labels and "Missile launch" not in labels


def test_filters_listing_the_same_events_share_their_rendered_rows(client, korea_story):
    """A row is rendered once per data version, whatever the filter (the
    fragment cache, keyed by the URL, cannot share them), and a write shows
    at once."""
    first = client.get("/?category=missile-launch", HTTP_HX_REQUEST="true")
    with CaptureQueriesContext(connection) as queries:
        other = client.get("/?category=missile-launch&sort=oldest", HTTP_HX_REQUEST="true")
    # The rows came rendered: their actors and mentions were not read.
    assert not any(table in query["sql"] for query in queries for table in ("timeline_event_actors", "mention"))
    assert sorted(titles(other)) == sorted(titles(first)) and "Launch 16" in titles(other)
    assert texts(other, ".actors a") == ["North Korea"] * 3
    Event.objects.filter(title="Launch 16").update(title="Launch sixteen")
    Actor.objects.filter(name="North Korea").update(name="DPRK")
    response = client.get("/?category=missile-launch&sort=oldest", HTTP_HX_REQUEST="true")
    assert "Launch sixteen" in titles(response) and texts(response, ".actors a") == ["DPRK"] * 3


def facet_labels(page):
    """Every facet item's label, without its count."""
    return [(link.text or "").strip() for link in elements(page, "#facets a")]


def test_whole_pages_are_rendered_for_each_signed_in_request(editor_client, korea_story):
    """A signed-in user's page holds their name and CSRF token: only the
    list may come from the cache (readers without a session get the whole
    page from it: tests/test_response_cache.py)."""
    editor_client.get("/")
    with CaptureQueriesContext(connection) as queries:
        editor_client.get("/")
    # Only the list may come from the cache: the filter form around it is
    # built anew (its category menu read from the database).
    assert any("timeline_category" in query["sql"] for query in queries)


def test_the_default_order_stays_out_of_shared_links(client, korea_story):
    response = client.get("/", {"category": "missile-launch", "sort": "newest"}, HTTP_HX_REQUEST="true")
    assert response["HX-Push-Url"] == "/?category=missile-launch"
    response = client.get("/", {"sort": "oldest"}, HTTP_HX_REQUEST="true")
    assert response["HX-Push-Url"] == "/?sort=oldest"


def test_a_window_with_only_ongoing_events_says_so(client):
    Event.objects.create(title="Year of talks", date=D(2023, 1, 1), precision="year")
    page = parse(client.get("/", {"date_from": "16 March 2023", "date_to": "16 March 2023"}))
    assert text(element(page, "#results p.empty")).startswith("No events begin inside these dates")
    assert text(element(page, "#ongoing summary")).startswith("Ongoing: 1 event ")
    assert texts(page, "#ongoing .event-title") == ["Year of talks"] == titles(page)


@pytest.mark.parametrize("headers", [{}, {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "timeline-layout"},
                                     {"HTTP_HX_REQUEST": "true", "HTTP_HX_HISTORY_RESTORE_REQUEST": "true"}])
def test_a_whole_page_shows_its_own_user_whatever_was_cached(client, editor, korea_story, headers):
    client.force_login(editor)
    assert texts(client.get("/?category=missile-launch", **headers), ".account-name") == ["editor"]
    client.logout()
    response = client.get("/?category=missile-launch", **headers)
    # Nobody else's name anywhere in the markup, whatever the cache held.
    assert "editor" not in response.content.decode()
    assert texts(response, ".account a") == ["Log in"] and "Launch 16" in titles(response)


def test_a_whole_page_reads_its_list_from_the_cache(editor_client, korea_story):
    editor_client.get("/?category=missile-launch")
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get("/?category=missile-launch")
    assert "Launch 16" in titles(response)
    assert not any("timeline_event" in query["sql"] and "ORDER BY" in query["sql"] for query in queries)
    Event.objects.filter(title="Launch 16").update(title="Launch sixteen")
    assert "Launch sixteen" in titles(editor_client.get("/?category=missile-launch"))


def test_signed_in_users_get_fragments_from_the_fragment_cache(editor_client, korea_story):
    """Fragments show nothing of the user: a signed-in user's come from the
    fragment cache (readers without a session get whole responses from
    timeline/response_cache.py), and a write shows at once."""
    url = "/?category=missile-launch"
    first = editor_client.get(url, HTTP_HX_REQUEST="true")
    with CaptureQueriesContext(connection) as queries:
        again = editor_client.get(url, HTTP_HX_REQUEST="true")
    assert again.content == first.content
    assert not any("timeline_event" in query["sql"] and "ORDER BY" in query["sql"] for query in queries)
    Event.objects.filter(title="Launch 16").update(title="Launch sixteen")
    assert "Launch sixteen" in titles(editor_client.get(url, HTTP_HX_REQUEST="true"))


def test_follow_ups_of_a_rare_combination_say_how_far_they_read(client, monkeypatch):
    """Past SCAN_LIMIT events, the count, facets and overview of filters few
    events pass together say from which date on they counted."""
    from timeline import filters, models

    monkeypatch.setattr(filters, "SCAN_LIMIT", 5)
    monkeypatch.setattr(models, "COMMON_ACTOR_EVENTS", 2)
    korea = Actor.objects.create(name="North Korea", kind="country")
    for day in range(1, 13):
        Event.objects.create(title=f"Day {day}", date=D(2023, 3, day)).actors.add(korea)
    Event.objects.create(title="January", date=D(2023, 1, 1), precision="month").actors.add(korea)
    query = {"actor": "north-korea", "precision": "month"}
    count = client.get("/count/", query, HTTP_HX_REQUEST="true")
    assert text(element(count, "#match-count")) == "0 matching events from 8 March 2023 on (counted there only)"
    facets = client.get("/facets/", query, HTTP_HX_REQUEST="true")
    assert text(element(facets, ".facets-note")) == (
        "Counted among the matching events from 8 March 2023 on: “+” means at least."
    )
    overview = client.get("/overview/", query, HTTP_HX_REQUEST="true")
    assert text(element(overview, "#overview-caption")).startswith("No events to chart from 8 March 2023 on")
    # The list is not cut: it holds the one match.
    assert titles(client.get("/", query)) == ["January"]
