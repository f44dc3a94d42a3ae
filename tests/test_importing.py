"""timeline.importing: storing articles and the events extracted from them."""
import datetime
import threading

import pytest
from django.db import connection, connections

from timeline.importing import import_article
from timeline.models import Article, Event

TEXT = "SEOUL — North Korea fired a ballistic missile on Thursday, the South Korean military said."


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="threads share no in-memory SQLite test database")
def test_two_imports_of_one_article_at_once_store_it_once():
    """Issue 9: the second of two simultaneous imports answered 500
    (IntegrityError); it now waits for the first and says "already imported"."""
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run(title):
        try:
            barrier.wait()
            results.append(import_article(title=title, published=datetime.date(2023, 4, 6), text=TEXT)[1])
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(title,)) for title in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert sorted(results) == [False, True]
    assert Article.objects.count() == 1 and Event.objects.count() == 1


@pytest.mark.django_db
def test_statements_of_one_group_become_one_event_with_a_mention_each():
    text = ("North Korea fired two missiles on Thursday, officials said. The missiles were fired on Thursday "
            "from near Pyongyang, Japan's defence ministry said.")
    article, created = import_article(title="Launch", published=datetime.date(2023, 4, 6), text=text)
    event = Event.objects.get()
    assert created and event.mentions.count() == 2
    assert {m.sentence for m in event.mentions.all()} == {
        "North Korea fired two missiles on Thursday, officials said.",
        "The missiles were fired on Thursday from near Pyongyang, Japan's defence ministry said.",
    }
