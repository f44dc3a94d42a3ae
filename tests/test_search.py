import datetime

import pytest

from timeline import search
from timeline.models import Event


def test_words_drop_search_syntax():
    assert search.words('missile OR "launch* NEAR(x)') == ["missile", "OR", "launch", "NEAR", "x"]
    assert search.words("  ") == []
    assert search.words(None) == []


@pytest.mark.django_db
def test_search_stems_and_ands_words_and_reads_no_syntax():
    launch = Event.objects.create(title="North Korea launches a missile", date=datetime.date(2023, 4, 6))
    Event.objects.create(title="Envoy talks in Geneva", date=datetime.date(2023, 4, 7))
    assert list(Event.objects.search("launched")) == [launch]  # stemmed
    assert list(Event.objects.search("missile Geneva")) == []  # every word
    assert list(Event.objects.search('missile" OR "Geneva')) == []  # operators are words
    assert list(Event.objects.search("NEAR(missile")) == []
    assert list(Event.objects.search("*")) == list(Event.objects.all())
