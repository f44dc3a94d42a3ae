"""The density overview: how many events fall in each year, month or day of
the filtered view, as bars that narrow the date filter when followed.

The zoom follows the span being looked at (decades show years, a few years
show months, a season shows days), so clicking a year zooms into its months
and a month into its days. A bar counts only the events known at least to
its unit: a month-precision event is not drawn on the 1st of its month."""
import datetime
from dataclasses import dataclass

from django.db.models import Max, Min

from timeline.extraction.types import DateValue
from timeline.models import Precision, truncate_to_precision

# Longest span, in days, shown at each finer level.
DAY_SPAN = 92
MONTH_SPAN = 3 * 366
PRECISIONS_AT = {
    Precision.YEAR: [Precision.YEAR, Precision.MONTH, Precision.DAY],
    Precision.MONTH: [Precision.MONTH, Precision.DAY],
    Precision.DAY: [Precision.DAY],
}


@dataclass(frozen=True)
class Bar:
    start: datetime.date
    label: str  # also the plain-language date the bar's link filters on
    count: int
    height: float  # 0..1 of the tallest bar

    @property
    def percent(self):
        """Height in the chart's 0-100 units; a period with events never vanishes."""
        return 0 if not self.count else max(2.0, round(self.height * 100, 1))

    @property
    def top(self):
        return round(100 - self.percent, 1)


@dataclass(frozen=True)
class Overview:
    level: str
    bars: list
    total: int

    @property
    def peak(self):
        return max((bar.count for bar in self.bars), default=0)


def choose_level(start, end):
    span = (end - start).days
    if span <= DAY_SPAN:
        return Precision.DAY
    if span <= MONTH_SPAN:
        return Precision.MONTH
    return Precision.YEAR


def next_period(date, level):
    if level == Precision.DAY:
        return date + datetime.timedelta(days=1)
    if level == Precision.MONTH:
        return (date.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return date.replace(year=date.year + 1)


def build_overview(events, start=None, end=None):
    """The Overview of `events` between start and end (both optional: the
    span of the events themselves fills in what is not given)."""
    if start is None or end is None:
        bounds = events.order_by().aggregate(first=Min("date"), last=Max("date"))
        if bounds["first"] is None:
            return Overview(level=Precision.YEAR, bars=[], total=0)
        start = start or bounds["first"]
        end = end or bounds["last"]
    if end < start:
        return Overview(level=Precision.YEAR, bars=[], total=0)
    level = choose_level(start, end)
    if level != Precision.YEAR:
        # Only at finer levels do some precisions drop out; leaving the
        # filter off at the year level keeps that query on an index alone.
        events = events.filter(precision__in=PRECISIONS_AT[level])
    counts = events.counts_by_period(level)
    periods, period = [], truncate_to_precision(start, level)
    while period <= end:
        periods.append(period)
        period = next_period(period, level)
    peak = max((counts.get(p, 0) for p in periods), default=0) or 1
    bars = [
        Bar(start=p, label=DateValue(p, level).label, count=counts.get(p, 0), height=counts.get(p, 0) / peak)
        for p in periods
    ]
    return Overview(level=level, bars=bars, total=sum(bar.count for bar in bars))
