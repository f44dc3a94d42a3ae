"""The browsing pages: timeline (full and htmx), paging, query counts, escaping, permalinks."""
import datetime
import re
from datetime import date as D
from html import unescape
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from timeline.filters import PAGE_SIZE
from timeline.models import SOURCES_CACHE_KEY, Actor, Article, Category, Event, Mention

pytestmark = pytest.mark.django_db


INDEX = "/"


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
    html = response.content.decode()
    assert "<html" in html and 'id="results"' in html and 'aria-live="polite"' in html
    assert "North Korea fires missile" in html
    assert "<mark>on Wednesday</mark>" in html
    assert "1 matching event" in html
    # Headings by year, month and day.
    for heading in ("2023", "April 2023", "5 April 2023"):
        assert re.search(rf"<h\d[^>]*>(<time[^>]*>)?{heading}<", html), heading
    # Actor links filter the timeline; the form is a plain GET form with htmx on top.
    assert f'href="/?actor={launch.actors.get(name="North Korea").slug}"' in html
    assert 'method="get"' in html and 'hx-get="/"' in html and 'hx-push-url="true"' in html
    assert '<label for="id_date_from">' in html
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_index_htmx_request_gets_only_the_results(client, launch):
    response = client.get(INDEX, {"q": "missile"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and "<form" not in html
    assert "North Korea fires missile" in html and "1 matching event" in html


def test_htmx_pushes_a_short_canonical_url(client, launch):
    response = client.get(INDEX, {"q": "", "date_from": "April 2023", "category": ""}, HTTP_HX_REQUEST="true")
    assert response["HX-Push-Url"] == "/?date_from=April+2023"
    assert client.get(INDEX, {"q": ""}, HTTP_HX_REQUEST="true")["HX-Push-Url"] == "/"


def test_htmx_history_restore_gets_the_whole_page(client, launch):
    response = client.get(INDEX, HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")
    assert "<html" in response.content.decode()


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
    html = client.get(INDEX, params).content.decode()
    assert ("North Korea fires missile" in html) is shown


def test_index_article_filter(client, launch):
    other = make_article(title="Other", text="Nothing dated here at all.")
    assert "North Korea fires missile" in client.get(INDEX, {"article": launch.mentions.get().article_id}).content.decode()
    assert "North Korea fires missile" not in client.get(INDEX, {"article": other.pk}).content.decode()


def test_bad_date_shows_an_error_beside_the_field_and_no_list(client, launch):
    response = client.get(INDEX, {"date_from": "xyzzy plugh"})
    assert response.status_code == 200
    html = response.content.decode()
    error = re.search(r'<span class="field-error" id="id_date_from_error">([^<]+)</span>', html)
    assert error and error.group(1).strip()
    assert 'aria-invalid="true"' in html
    assert "North Korea fires missile" not in html


def test_bad_date_error_comes_out_of_band_for_htmx(client, launch):
    html = client.get(INDEX, {"date_from": "xyzzy plugh"}, HTTP_HX_REQUEST="true").content.decode()
    assert re.search(r'id="id_date_from_error" hx-swap-oob="true">[^<]+\S', html)
    assert "North Korea fires missile" not in html


def test_empty_state(client):
    html = client.get(INDEX).content.decode()
    assert "No events match these filters." in html and "0 matching events" in html


def test_month_precision_event_shows_its_month_not_a_day(client):
    Event.objects.create(title="Talks during March", date=D(2023, 3, 17), precision="month")
    html = client.get(INDEX).content.decode()
    assert "March 2023" in html and "During the month" in html
    assert "1 March 2023" not in html and "17 March 2023" not in html
    detail = client.get(reverse("timeline:event_detail", args=[Event.objects.get().pk])).content.decode()
    assert "March 2023" in detail and "1 March 2023" not in detail


def test_year_precision_event_is_under_its_year(client):
    Event.objects.create(title="Sometime in 2022", date=D(2022, 6, 1), precision="year")
    html = client.get(INDEX).content.decode()
    assert "During the year" in html and "January 2022" not in html


def next_link(html):
    match = re.search(r'<a id="pager-next" href="([^"]+)" hx-get="([^"]+)"[^>]*rel="next"', html)
    if not match:
        return None
    assert match.group(1) == match.group(2)
    return unescape(match.group(1))


@pytest.mark.parametrize("sort, label", [("oldest", "Later events"), ("", "Earlier events"), ("newest", "Earlier events")])
def test_keyset_paging_walks_every_event_once(client, sort, label):
    make_events(120)
    url = f"{INDEX}?q=missile&sort={sort}"
    seen, pages = [], 0
    while url:
        response = client.get(url)
        pages += 1
        seen += [int(pk) for pk in re.findall(r'<p class="event-title"><a href="/events/(\d+)/"', response.content.decode())]
        html = response.content.decode()
        url = next_link(html)
        if url:
            assert "after=" in url and "q=missile" in url and "OFFSET" not in url
            assert label in html
    expected = list(Event.objects.order_by("date", "id").values_list("pk", flat=True))
    assert pages == -(-120 // PAGE_SIZE)
    assert seen == (expected if sort == "oldest" else expected[::-1])


def test_paging_keeps_working_over_htmx(client):
    make_events(PAGE_SIZE + 10)
    first = client.get(INDEX, HTTP_HX_REQUEST="true").content.decode()
    second = client.get(next_link(first), HTTP_HX_REQUEST="true")
    html = second.content.decode()
    assert "<html" not in html
    assert html.count('<li class="event event-') == 10
    # More than a page matches: htmx fetches the count after the list.
    assert 'hx-get="/count/"' in html and 'hx-trigger="load"' in html
    count = client.get("/count/", HTTP_HX_REQUEST="true").content.decode()
    assert count == f'<span id="match-count">{PAGE_SIZE + 10} matching events</span>'
    assert next_link(html) is None


def test_count_follows_the_filters_and_works_without_javascript(client):
    make_events(60)
    assert "60 matching events" in client.get(INDEX).content.decode()  # whole page: counted inline
    page = client.get("/count/?q=nothing-matches").content.decode()
    assert "<html" in page and "0 matching events" in page


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
    assert one_page == several_pages - 1
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


def test_event_detail(client, launch):
    response = client.get(launch.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "5 April 2023" in html and "North Korea fires missile" in html and "East Sea" in html
    assert "Missile launch" in html and "Proposed" in html
    assert "<mark>on Wednesday</mark>" in html
    # Context after the sentence, from the article text.
    assert "Talks follow next week." in html
    assert f'href="{launch.mentions.get().article.get_absolute_url()}"' in html
    # No edit link for an anonymous visitor.
    assert reverse("timeline:event_edit", args=[launch.pk]) not in html


def test_event_detail_edit_link_for_editors(editor_client, launch):
    html = editor_client.get(launch.get_absolute_url()).content.decode()
    assert reverse("timeline:event_edit", args=[launch.pk]) in html
    # Logged in: logout is a POST form with a CSRF token.
    assert re.search(r'<form method="post" action="/accounts/logout/"[^>]*>\s*<input type="hidden" name="csrfmiddlewaretoken"', html)


def test_detail_pages_404(client):
    assert client.get(reverse("timeline:event_detail", args=[999])).status_code == 404
    assert client.get(reverse("timeline:article_detail", args=[999])).status_code == 404


def test_article_list(client, launch):
    make_article(title="Older article", published=D(2022, 1, 1), text="Nothing dated.")
    response = client.get(reverse("timeline:article_list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Report") < html.index("Older article")  # newest first
    assert "1 event<" in html and "0 events<" in html


def test_article_detail_highlights_dated_phrases(client, launch):
    article = launch.mentions.get().article
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<a href="{launch.get_absolute_url()}" title="5 April 2023: North Korea fires missile"><mark>on Wednesday</mark></a>' in html
    assert "Talks follow next week." in html
    assert "Events from this article" in html


def test_article_detail_external_link(client):
    article = make_article(url="https://example.com/story")
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'href="https://example.com/story" rel="noopener noreferrer external"' in html


def test_base_layout(client):
    html = client.get(INDEX).content.decode()
    assert 'href="#main"' in html and '<main id="main"' in html
    assert "htmx-2.min.js" in html and 'hx-headers=\'{"X-CSRFToken": "' in html
    assert "timeline/site.css" in html
    for name in ("timeline:event_create", "timeline:article_import", "timeline:article_list"):
        assert f'href="{reverse(name)}"' in html
    assert "Log in" in html


def test_export_links_carry_the_filters_but_not_the_cursor(client, launch):
    export_url = reverse("timeline:export", args=["csv"])
    html = client.get(INDEX, {"category": "missile-launch", "q": "", "after": "2030-01-01.1"}).content.decode()
    assert f'href="{export_url}?category=missile-launch"' in html


def test_following_a_pager_link_moves_focus_to_the_results(client):
    make_events(PAGE_SIZE + 10)
    first = client.get(INDEX, HTTP_HX_REQUEST="true").content.decode()
    assert "autofocus" not in first  # typing in the filter form must keep its focus
    second = client.get(next_link(first), HTTP_HX_REQUEST="true", HTTP_HX_TRIGGER="pager-next").content.decode()
    assert re.search(r'<h2 id="results-heading"[^>]* autofocus>', second)


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
    content = client.get("/?category=missile-launch").content.decode()
    assert 'hx-get="/overview/?category=missile-launch"' in content
    assert 'hx-get="/facets/?category=missile-launch"' in content
    partial = client.get("/?category=missile-launch", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="results").content.decode()
    assert 'id="facets"' in partial and 'hx-swap-oob="true"' in partial


def test_overview_fragment_bars_link_to_narrower_dates(client, korea_story):
    response = client.get("/overview/", {"date_from": "2023", "date_to": "2023"}, HTTP_HX_REQUEST="true")
    content = response.content.decode()
    assert "<html" not in content and "<svg" in content
    assert 'href="/?date_from=March+2023&amp;date_to=March+2023"' in content
    assert "March 2023: 4 events" in content
    assert "by month" in content


def test_overview_without_javascript_is_a_page(client, korea_story):
    content = client.get("/overview/").content.decode()
    assert "<html" in content and "Back to the timeline" in content


def test_facets_count_and_toggle(client, korea_story):
    content = client.get("/facets/", {"category": "missile-launch"}, HTTP_HX_REQUEST="true").content.decode()
    # Active category: its link removes the filter; actor link adds to it.
    assert 'href="/"' in content and 'aria-current="true"' in content
    assert 'href="/?category=missile-launch&amp;actor=north-korea"' in content
    assert '<span class="count">4</span>' in content


def test_facet_and_overview_links_get_the_whole_layout(client, korea_story):
    response = client.get("/?category=missile-launch", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="timeline-layout")
    assert 'id="timeline-layout"' in response.content.decode()


def test_overview_and_facets_queries_do_not_grow(client, korea_story, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        client.get("/overview/", HTTP_HX_REQUEST="true")
    with django_assert_max_num_queries(7):
        client.get("/facets/", HTTP_HX_REQUEST="true")


def test_count_stops_at_the_limit(client, korea_story, monkeypatch):
    from timeline.views import browse

    monkeypatch.setattr(browse, "COUNT_LIMIT", 3)
    assert "More than 3 matching events" in client.get("/").content.decode()
    assert "1 matching event" in client.get("/?q=Talks").content.decode()


def test_a_link_leads_past_the_filters_to_the_events(client, korea_story):
    html = client.get("/").content.decode()
    assert html.index('href="#results"') < html.index('<form class="filters"')
    assert 'id="results"' in html


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
    small = client.get(INDEX).content.decode()
    assert small.count('<li class="mention">') == 3 and "reports of this event" not in small
    for number in range(3, 200):
        report(number)
    large = client.get(INDEX).content.decode()
    assert large.count('<li class="mention">') == 3
    assert f'<a href="{event.get_absolute_url()}">All 200 reports of this event</a>' in large
    assert len(large) < len(small) + 200
    detail = client.get(event.get_absolute_url()).content.decode()
    assert "Report 199" in detail and "Report 0" in detail


# Caching, methods and htmx attributes said once.

class Elements(HTMLParser):
    """Every start tag of a page as (tag, attributes, [ancestors' attributes])."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, html):
        super().__init__()
        self.found, self.stack = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.found.append((tag, attrs, [a for _, a in self.stack]))
        if tag not in self.VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def links(self, **attrs):
        return [(a, parents) for tag, a, parents in self.found
                if tag == "a" and all(a.get(k) == v for k, v in attrs.items())]


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
    page = Elements(client.get("/").content.decode())
    (pager_link, parents), = page.links(id="pager-next")
    assert pager_link["hx-get"] == pager_link["href"]
    assert not {"hx-target", "hx-swap", "hx-push-url"} & set(pager_link)
    assert {"hx-target": "#results", "hx-push-url": "true"}.items() <= parents[-1].items()
    for url in ("/facets/", "/overview/"):
        fragment = Elements(client.get(url, HTTP_HX_REQUEST="true").content.decode())
        links = [(a, p) for a, p in fragment.links() if "hx-get" in a]
        assert links
        for link, parents in links:
            assert link["hx-get"] == link["href"] and "hx-target" not in link
            inherited = {k: v for p in parents for k, v in p.items() if k.startswith("hx-")}
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
    assert "Launch renamed" in client.get(url, HTTP_HX_REQUEST="true").content.decode()
    Event.objects.filter(pk=event.pk).update(title="Launch updated")
    assert "Launch updated" in client.get(url, HTTP_HX_REQUEST="true").content.decode()
    event.actors.add(Actor.objects.create(name="Japan"))
    assert "Japan" in client.get(url, HTTP_HX_REQUEST="true").content.decode()
    facets = client.get("/facets/", HTTP_HX_REQUEST="true").content.decode()
    Category.objects.filter(slug="missile-launch").update(name="Rocket launch")
    assert client.get("/facets/", HTTP_HX_REQUEST="true").content.decode() != facets


def test_whole_pages_are_rendered_for_each_request(client, korea_story, django_assert_max_num_queries):
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
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
    html = client.get("/", {"date_from": "16 March 2023", "date_to": "16 March 2023"}).content.decode()
    assert "No events begin inside these dates" in html
    assert "Ongoing: 1 event" in html and "Year of talks" in html


@pytest.mark.parametrize("headers", [{}, {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "timeline-layout"},
                                     {"HTTP_HX_REQUEST": "true", "HTTP_HX_HISTORY_RESTORE_REQUEST": "true"}])
def test_a_whole_page_shows_its_own_user_whatever_was_cached(client, editor, korea_story, headers):
    client.force_login(editor)
    assert "editor" in client.get("/?category=missile-launch", **headers).content.decode()
    client.logout()
    html = client.get("/?category=missile-launch", **headers).content.decode()
    assert "editor" not in html and "Launch 16" in html


def test_a_whole_page_reads_its_list_from_the_cache(client, korea_story):
    client.get("/?category=missile-launch")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/?category=missile-launch").content.decode()
    assert "Launch 16" in html
    assert not any("timeline_event" in query["sql"] and "ORDER BY" in query["sql"] for query in queries)
    Event.objects.filter(title="Launch 16").update(title="Launch sixteen")
    assert "Launch sixteen" in client.get("/?category=missile-launch").content.decode()
