"""Two wire reports of one launch, written for the tests of claims and of the
signals that refresh them (the same day, two launch sites), and the import
they go through."""
import datetime

from timeline.extraction import extract_events
from timeline.importing import import_article

PUBLISHED = datetime.date(2023, 4, 6)
SINPO = (
    "SEOUL, April 6 (Harbor Wire) — North Korea fired a ballistic missile from a launch site in Sinpo "
    "on Wednesday, South Korea's military said."
)
WONSAN = (
    "TOKYO (Coastline Daily) — North Korea fired a ballistic missile from a launch site in Wonsan "
    "on Wednesday, Japan's defence ministry said."
)


def report(text, title, source, published=PUBLISHED, joins=None):
    """Import an article; `joins` is the event a reviewer said it reports
    ("Same as" on the review page, which the import stores as `matches`)."""
    events = extract_events(text, published=published)
    matches = None if joins is None else [joins] * len(events)
    article, _ = import_article(
        title=title, source=source, published=published, text=text, events=events, matches=matches
    )
    return article
