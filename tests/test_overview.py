import datetime
import io

import pytest
from dom import elements

from timeline.models import Event
from timeline.overview import MAX_BARS, build_overview, choose_level, next_period

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


@pytest.mark.django_db
def test_an_event_dated_9999_or_a_filter_reaching_it_is_charted(client):
    Event.objects.create(title="Far future", date=D(9999, 12, 31))
    Event.objects.create(title="Year 9999", date=D(9999, 1, 1), precision="year")
    Event.objects.create(title="Now", date=D(2023, 4, 5))
    for query in ["", "date_from=9999-01-01", "date_to=9999-12-31", "date_from=2023-01-01&date_to=9999-12-31"]:
        response = client.get(f"/overview/?{query}", HTTP_HX_REQUEST="true")
        assert response.status_code == 200, query
    overview = build_overview(Event.objects.all(), D(9999, 1, 1), D(9999, 12, 31))
    assert overview.bars[-1].label == "December 9999" and overview.bars[-1].count == 1
    assert sum(bar.count for bar in build_overview(Event.objects.all()).bars) == 3


@pytest.mark.django_db
def test_the_overview_stays_small_whatever_the_dates_asked_for(client):
    Event.objects.create(title="Now", date=D(2023, 4, 5))
    Event.objects.create(title="Then", date=D(1990, 4, 5))
    response = client.get("/overview/?date_from=0001-01-01&date_to=9998-12-31", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and len(response.content) < 20_000
    # The span is cut to the events: years 1990-2023, not ten thousand of them.
    assert len(elements(response, "#overview svg rect")) == 34
    Event.objects.create(title="Long ago", date=D(5, 1, 1), precision="year")
    overview = build_overview(Event.objects.all(), D(1, 1, 1), D(9998, 12, 31))
    assert overview.level == "century" and len(overview.bars) <= MAX_BARS
    assert overview.total == 3
    assert overview.bars[0].date_from == "0001-01-01" and overview.bars[-1].label == "2000s"


@pytest.mark.django_db
def test_every_bar_of_the_demo_counts_what_choosing_it_lists(client):
    """The bar's count and the list's count are one definition (the window's
    own events), at every zoom level, for every bar of the demo timeline."""
    from django.core.management import call_command
    from django.http import QueryDict

    from timeline.filters import EventFilter

    call_command("load_demo", stdout=io.StringIO())

    def bars(query=""):
        assert client.get(f"/overview/?{query}", HTTP_HX_REQUEST="true").status_code == 200
        event_filter = EventFilter(QueryDict(query), queryset=Event.objects.all())
        bars = build_overview(event_filter.undated, *event_filter.date_bounds()).bars
        # The monthly counts the view reads give the same bars.
        assert build_overview(
            event_filter.undated, *event_filter.date_bounds(), month_counts=event_filter.month_counts()
        ).bars == bars
        return bars

    def listed(bar):
        query = QueryDict(mutable=True)
        query.update({"date_from": bar.date_from, "date_to": bar.date_to})
        return EventFilter(query, queryset=Event.objects.all()).window[0].count()

    checked = 0
    for year in bars():
        assert year.count == listed(year), year.label
        checked += 1
        if not year.count:
            continue
        for month in bars(f"date_from={year.date_from}&date_to={year.date_to}"):
            assert month.count == listed(month), month.label
            checked += 1
            if month.count:
                for day in bars(f"date_from={month.date_from}&date_to={month.date_to}"):
                    assert day.count == listed(day), day.label
                    checked += 1
    assert checked > 100
    # And the page itself says so: a bar's count is the heading's count.
    busiest = max(bars(), key=lambda bar: bar.count)
    page = client.get("/", {"date_from": busiest.date_from, "date_to": busiest.date_to})
    assert page.context["filter"].count()[0] == busiest.count


@pytest.mark.django_db
def test_monthly_counts_follow_every_write():
    from timeline.models import Category, EventMonthCount

    def counts():
        return {
            (row.month, row.category_id, row.status, row.precision): row.count
            for row in EventMonthCount.objects.all() if row.count
        }

    launch = Category.objects.get(slug="missile-launch")
    a = Event.objects.create(title="A", date=D(2023, 3, 16), category=launch)
    Event.objects.create(title="B", date=D(2023, 3, 2))
    Event.objects.bulk_create([Event(title="C", date=D(2023, 4, 1), precision="month", last_day=D(2023, 4, 30))])
    assert counts() == {
        (D(2023, 3, 1), launch.pk, "proposed", "day"): 1,
        (D(2023, 3, 1), 0, "proposed", "day"): 1,
        (D(2023, 4, 1), 0, "proposed", "month"): 1,
    }
    a.date, a.status = D(2023, 5, 5), "confirmed"
    a.save()
    Event.objects.filter(title="B").update(category=launch)
    Event.objects.filter(title="C").delete()
    assert counts() == {(D(2023, 5, 1), launch.pk, "confirmed", "day"): 1, (D(2023, 3, 1), launch.pk, "proposed", "day"): 1}


@pytest.mark.django_db
def test_with_filters_the_monthly_counts_cannot_answer_the_newest_events_are_charted(monkeypatch):
    from timeline import overview

    monkeypatch.setattr(overview, "SAMPLE_SIZE", 5)
    for month in range(1, 13):
        Event.objects.create(title="E", date=D(2022, month, 10))
    Event.objects.create(title="Old", date=D(2020, 1, 1))
    strip = build_overview(Event.objects.all(), D(2020, 1, 1), D(2022, 12, 31))
    # The five newest (August to December 2022) cover September to December whole.
    assert strip.charted_from == D(2022, 9, 1)
    assert [(bar.label, bar.count) for bar in strip.bars][0] == ("September 2022", 1)
    assert strip.total == 4


@pytest.mark.django_db
def test_a_scan_that_stops_early_charts_the_whole_periods_it_read():
    for month in range(1, 13):
        Event.objects.create(title="E", date=D(2022, month, 10))
    # Read from 20 June 2022 on (EventFilter.scan_end): fewer than the
    # sample, and June only in part, so the chart starts with July.
    strip = build_overview(Event.objects.all(), scan_end=D(2022, 6, 20))
    assert strip.charted_from == D(2022, 7, 1)
    assert [(bar.label, bar.count) for bar in strip.bars] == [
        (f"{month} 2022", 1) for month in ("July", "August", "September", "October", "November", "December")
    ]
    nothing = build_overview(Event.objects.filter(title="none"), scan_end=D(2022, 6, 20))
    assert (nothing.bars, nothing.charted_from) == ([], D(2022, 6, 20))


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "status=confirmed", "precision=month", "precision=day"])
def test_day_bars_count_the_events_known_to_the_day_on_the_first_too(query):
    from django.http import QueryDict

    from timeline.filters import EventFilter

    for status in ("proposed", "confirmed"):
        Event.objects.create(title="Day", date=D(2023, 1, 1), status=status)
        Event.objects.create(title="Month", date=D(2023, 1, 1), precision="month", status=status)
        Event.objects.create(title="Year", date=D(2023, 1, 1), precision="year", status=status)
        Event.objects.create(title="Later", date=D(2023, 2, 1), status=status)
        Event.objects.create(title="February", date=D(2023, 2, 1), precision="month", status=status)
    event_filter = EventFilter(QueryDict(query), queryset=Event.objects.all())
    overview = build_overview(event_filter.undated, month_counts=event_filter.month_counts())
    assert overview.level == "day"
    expected = {"": 2, "status=confirmed": 1, "precision=month": 0, "precision=day": 2}[query]
    bars = {bar.label: bar.count for bar in overview.bars if bar.count}
    assert bars == ({"1 January 2023": expected, "1 February 2023": expected} if expected else {})
