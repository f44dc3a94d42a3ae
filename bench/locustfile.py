"""Load test: readers browsing, filtering, searching and exporting.

Run it with bench/load_test.sh (starts bin/serve on a PostgreSQL database of
100,000 synthetic events and runs this headless, bounded, on loopback), or
by hand against a server you started:

    WAIT=0 .venv/bin/locust -f bench/locustfile.py --headless -u 50 -r 10 -t 2m --host http://127.0.0.1:8000

Each simulated reader opens the timeline, then mostly does what the page's
htmx does: fetch the results partial for a filter, page on, open the
overview and facets, search, open an event, and now and then download an
export or the feed of a narrow filter. Request names group the statistics
by page, whatever the query string. `--tags partial` (bench/load_test.sh:
TAGS=partial) sends only the timeline partials (filtered, next page, plain):
the capacity for the request the page's htmx sends most. To measure one
request alone (the defaults keep the mix above):

    TAGS=filtered PAGE_ON=0 bench/load_test.sh    # only the filtered partial, varied filters
    TAGS=filtered PAGE_ON=0 FILTER='category=missile-launch&date_from=2019' bench/load_test.sh   # one URL

EXCLUDE_TAGS=export (bench/load_test.sh) leaves the exports out of the mix.
TAGS=filtered selects the filtered-partial task; PAGE_ON is the chance that
it follows the next-page link (default 0.4); FILTER replaces every
generated filter by one query string, so that every reader repeats the same
URLs (what the response cache answers) instead of varying them."""
import os
import random
import re
from urllib.parse import parse_qsl

from locust import between, constant, tag, task
from locust.contrib.fasthttp import FastHttpUser

HTMX = {"HX-Request": "true"}
CATEGORIES = ["missile-launch", "military-exercise", "diplomatic-meeting", "statement", "election", "business"]
ACTORS = ["north-korea", "south-korea", "united-states", "japan", "united-nations", "nato", "sung-kim", "kcna"]
SOURCES = ["Harbor Wire", "Northern Ledger", "Pacific Dispatch", "Capital Courier", "Meridian News"]
SEARCHES = ["missile", "talks", "drills", "election results", "trade agreement", "flooding", "summit"]
YEARS = [str(year) for year in range(2015, 2025)]
MONTHS = ["January", "March", "April", "June", "September", "November"]
EVENT_LINK = re.compile(r'href="/events/(\d+)/"')
NEXT_LINK = re.compile(r'id="pager-next" href="([^"]+)"')
FIXED_FILTER = dict(parse_qsl(os.environ["FILTER"])) if os.environ.get("FILTER") else None
PAGE_ON = float(os.environ.get("PAGE_ON", "0.4"))


def a_filter():
    """A query string a reader might build in the sidebar."""
    if FIXED_FILTER is not None:
        return dict(FIXED_FILTER)
    kind = random.random()
    if kind < 0.3:
        return {"date_from": f"{random.choice(MONTHS)} {random.choice(YEARS)}"}
    if kind < 0.5:
        return {"category": random.choice(CATEGORIES), "date_from": random.choice(YEARS)}
    if kind < 0.65:
        return {"actor": random.choice(ACTORS)}
    if kind < 0.75:
        return {"source": random.choice(SOURCES), "date_from": random.choice(YEARS)}
    if kind < 0.85:
        return {"precision": random.choice(["month", "year"])}
    return {"date_from": random.choice(YEARS), "date_to": random.choice(YEARS), "sort": "newest"}


def think_time():
    """WAIT=0 (bench/load_test.sh's default): each user sends its next request
    as soon as it has the answer, which measures capacity; WAIT=0.5-2 paces
    them like people reading."""
    low, _, high = os.environ.get("WAIT", "0").partition("-")
    return between(float(low), float(high)) if high else constant(float(low))


class Reader(FastHttpUser):
    wait_time = think_time()

    def on_start(self):
        self.event_ids = []
        self.open_timeline()

    def remember_events(self, html):
        found = EVENT_LINK.findall(html or "")
        if found:
            self.event_ids = found[:50]

    @task(2)
    def open_timeline(self):
        with self.client.get("/", name="timeline page", catch_response=True) as response:
            self.remember_events(response.text)

    @tag("partial", "filtered")
    @task(10)
    def filter_partial(self):
        with self.client.get("/", params=a_filter(), headers=HTMX, name="timeline partial (filtered)",
                             catch_response=True) as response:
            self.remember_events(response.text)
            following = NEXT_LINK.search(response.text or "")
        if following and random.random() < PAGE_ON:
            self.client.get(following.group(1).replace("&amp;", "&"), headers=HTMX, name="timeline partial (next page)")

    @tag("partial")
    @task(6)
    def plain_partial(self):
        self.client.get("/", headers=HTMX, name="timeline partial")

    @task(4)
    def overview_and_facets(self):
        params = a_filter()
        self.client.get("/overview/", params=params, headers=HTMX, name="overview")
        self.client.get("/facets/", params=params, headers=HTMX, name="facets")
        self.client.get("/count/", params=params, headers=HTMX, name="count")

    @task(3)
    def search(self):
        self.client.get("/", params={"q": random.choice(SEARCHES)}, headers=HTMX, name="search")

    @task(3)
    def event_page(self):
        if self.event_ids:
            self.client.get(f"/events/{random.choice(self.event_ids)}/", name="event page")

    @tag("export")
    @task(1)
    def export(self):
        fmt = random.choice(["csv", "json", "ics", "timelinejs"])
        month = f"{random.choice(MONTHS)} {random.choice(YEARS)}"
        self.client.get(f"/export/{fmt}/", params={"date_from": month, "date_to": month}, name=f"export {fmt}")

    @task(1)
    def feed(self):
        self.client.get("/feed/", params={"category": random.choice(CATEGORIES)}, name="feed")
