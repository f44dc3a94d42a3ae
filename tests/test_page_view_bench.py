"""bench/page_view.py finds the requests a rendered timeline page makes htmx send on load."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from page_view import follow_ups  # noqa: E402


def test_follow_ups_of_the_timeline_page_are_its_load_triggered_fragments(client, db):
    page = client.get("/?date_from=2023&q=drills").content.decode()

    found = dict(follow_ups(page))

    assert found == {"overview": "/overview/?date_from=2023&q=drills", "facets": "/facets/?date_from=2023&q=drills"}


def test_follow_ups_read_every_trigger_of_an_element_and_skip_clicks():
    html = (
        '<span id="a" hx-get="/a/?x=1&amp;y=2" hx-trigger="input changed delay:300ms, load"></span>'
        '<a id="b" href="/b/" hx-get="/b/"></a>'
        '<div id="c" hx-get="/c/" hx-trigger="every 2s"></div>'
    )

    assert follow_ups(html) == [("a", "/a/?x=1&y=2")]
