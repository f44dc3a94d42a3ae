import datetime

import pytest

from timeline.models import Event
from timeline.overview import build_overview, choose_level, next_period

D = datetime.date


@pytest.mark.parametrize(
    "start, end, level",
    [(D(2023, 3, 1), D(2023, 3, 31), "day"), (D(2023, 1, 1), D(2023, 12, 31), "month"),
     (D(2015, 1, 1), D(2023, 12, 31), "year")],
)
def test_choose_level_follows_the_span(start, end, level):
    assert choose_level(start, end) == level


def test_next_period():
    assert next_period(D(2023, 1, 31), "day") == D(2023, 2, 1)
    assert next_period(D(2023, 12, 1), "month") == D(2024, 1, 1)
    assert next_period(D(2023, 1, 1), "year") == D(2024, 1, 1)


@pytest.mark.django_db
def test_overview_counts_each_month_and_fills_gaps():
    for day in (2, 9, 16):
        Event.objects.create(title="Launch", date=D(2023, 3, day))
    Event.objects.create(title="Month", date=D(2023, 3, 1), precision="month")
    Event.objects.create(title="Talks", date=D(2023, 6, 6))
    Event.objects.create(title="Year only", date=D(2023, 1, 1), precision="year")
    overview = build_overview(Event.objects.all(), D(2023, 1, 1), D(2023, 12, 31))
    assert overview.level == "month"
    assert [bar.label for bar in overview.bars][:3] == ["January 2023", "February 2023", "March 2023"]
    counts = {bar.label: bar.count for bar in overview.bars}
    assert counts["March 2023"] == 4 and counts["June 2023"] == 1 and counts["April 2023"] == 0
    assert overview.total == 5  # the year-precision event is not drawn on a month
    march = overview.bars[2]
    assert (march.percent, march.top) == (100.0, 0.0)
    assert overview.bars[3].percent == 0


@pytest.mark.django_db
def test_overview_day_level_and_span_from_the_events():
    Event.objects.create(title="A", date=D(2023, 4, 5))
    Event.objects.create(title="B", date=D(2023, 4, 7))
    overview = build_overview(Event.objects.all())
    assert overview.level == "day"
    assert [(b.label, b.count) for b in overview.bars] == [
        ("5 April 2023", 1), ("6 April 2023", 0), ("7 April 2023", 1)
    ]


@pytest.mark.django_db
def test_overview_of_nothing():
    assert build_overview(Event.objects.all()).bars == []
