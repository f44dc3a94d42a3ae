"""Issue 14, parts 2 and 3: announced and occurred events, summaries and
their items, from import to the timeline and the exports."""
import datetime

import pytest

from timeline.importing import import_article
from timeline.models import Event, Stage

ANNOUNCEMENT = (
    "TOKYO, April 4 (Harbor Wire) - The foreign ministers of Japan and South Korea will meet in Tokyo on Friday "
    "to discuss the missile launches, the Japanese foreign ministry said on Tuesday."
)
REPORT = (
    "TOKYO, April 8 (Harbor Wire) - The foreign ministers of Japan and South Korea met in Tokyo on Friday "
    "to discuss the missile launches, and agreed to share radar data."
)
CANCELLATION = (
    "TOKYO, April 8 (Harbor Wire) - The meeting of the foreign ministers of Japan and South Korea set for Friday "
    "was called off after a dispute over the agenda, the Japanese foreign ministry said."
)


def _import(text, published, title="Article"):
    return import_article(title=title, published=published, text=text)[0]


@pytest.mark.django_db
def test_an_announcement_followed_by_a_report_is_one_occurred_event():
    announced = _import(ANNOUNCEMENT, datetime.date(2023, 4, 4), "Ministers to meet")
    planned = Event.objects.get(date=datetime.date(2023, 4, 7))
    assert planned.stage == Stage.PLANNED
    reported = _import(REPORT, datetime.date(2023, 4, 8), "Ministers meet")
    assert Event.objects.filter(date=datetime.date(2023, 4, 7)).count() == 1
    event = Event.objects.get(pk=planned.pk)
    assert event.stage == Stage.OCCURRED
    assert event.announced_by.article == announced
    assert {m.article: m.stage for m in event.mentions.all()} == {announced: Stage.PLANNED, reported: Stage.OCCURRED}
