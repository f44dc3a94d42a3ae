"""The density overview: how many events fall in each day, month, year (or
decade, century) of the filtered view, as bars that narrow the date filter
when followed.

The zoom follows the span being looked at (decades show years, a few years
show months, a season shows days), so clicking a year zooms into its months
and a month into its days. A bar counts the events its period lists as its
own (EventQuerySet.in_window): those that begin in it and are known at least
to its unit, so a month-precision event is not drawn on the 1st of its
month, and a bar's count is what choosing it lists.

Bounded whatever the dates asked for: the span is cut to the events' own
first and last dates, and never more than MAX_BARS bars are drawn (a filter
from the year 1 to 9998 shows centuries, not ten thousand years)."""
import datetime
from dataclasses import dataclass

from django.db.models import Sum

from timeline.extraction.types import DateValue
from timeline.models import Precision, truncate_to_precision

# Longest span, in days, shown at each finer level.
DAY_SPAN = 92
MONTH_SPAN = 3 * 366
MAX_BARS = 120
# With filters the monthly counts cannot answer (search, actor, article,
# source), at most this many of the newest events are counted, as many as
# the facets count. Finding them walks the date order checking each event
# (a source's is two index probes), so the cost is this number over the
# share of events that pass: at a million events on PostgreSQL a common
# source's strip took 120 ms median, 240 ms p95, with 2,000
# (bench/browse_speed.py; its query 80-126 ms, 28-67 ms with 1,000).
SAMPLE_SIZE = 1_000
# Levels coarser than a month, as (name, years per bar).
YEAR_LEVELS = [(Precision.YEAR, 1), ("decade", 10), ("century", 100), ("millennium", 1000)]
PRECISIONS_AT = {
    Precision.DAY: [Precision.DAY],
    Precision.MONTH: [Precision.MONTH, Precision.DAY],
}


@dataclass(frozen=True)
class Bar:
    start: datetime.date
    end: datetime.date  # last day of the period
    label: str
    count: int
    height: float  # 0..1 of the tallest bar
    # The plain-language dates the bar's link filters on.
    date_from: str
    date_to: str

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
    # Set when there were too many events to count with these filters: the
    # first day charted (the periods before it are left out).
    charted_from: datetime.date | None = None

    @property
    def peak(self):
        return max((bar.count for bar in self.bars), default=0)


def choose_level(start, end):
    span = (end - start).days
    if span <= DAY_SPAN:
        return Precision.DAY
    if span <= MONTH_SPAN:
        return Precision.MONTH
    for level, years in YEAR_LEVELS:
        if end.year // years - start.year // years < MAX_BARS:
            return level
    return YEAR_LEVELS[-1][0]


def years_per_bar(level):
    return dict(YEAR_LEVELS).get(level)


def period_start(date, level):
    years = years_per_bar(level)
    if years is None:
        return truncate_to_precision(date, level)
    return datetime.date(max(1, date.year // years * years), 1, 1)


def next_period(date, level):
    """The first day of the period after `date`'s, or None past the calendar's end."""
    try:
        if level == Precision.DAY:
            return date + datetime.timedelta(days=1)
        if level == Precision.MONTH:
            return (date.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        years = years_per_bar(level)
        return datetime.date(date.year // years * years + years, 1, 1)
    except (OverflowError, ValueError):
        return None


def period_end(start, level):
    following = next_period(start, level)
    return following - datetime.timedelta(days=1) if following else datetime.date.max


def bar_dates(start, end, level):
    """(label, date_from, date_to) of a period: the label the filter reads back where it can."""
    if level in (Precision.DAY, Precision.MONTH, Precision.YEAR):
        label = DateValue(start, level).label
        return label, label, label
    return f"{start.year}s", start.isoformat(), end.isoformat()


def span_of(events, start, end):
    """(first, last) date of the events between start and end, either open;
    two index lookups (SQLite optimises a lone MIN or MAX, not both)."""
    if start is not None:
        events = events.filter(date__gte=start)
    if end is not None:
        events = events.filter(date__lte=end)
    first = events.order_by("date").values_list("date", flat=True).first()
    if first is None:
        return None, None
    return first, events.order_by("-date").values_list("date", flat=True).first()


def build_overview(events, start=None, end=None, month_counts=None, scan_end=None):
    """The Overview of `events` (every filter applied but the dates) between
    start and end, both optional.

    `month_counts`, when the filters are all among its columns, is the
    EventMonthCount rows for them: months, years and longer periods are
    summed from it. Days (a span of at most DAY_SPAN) are counted from the
    events. Otherwise the newest SAMPLE_SIZE events are read and only the
    periods they cover whole are drawn: `charted_from` says where the
    chart starts. `scan_end`, a date, stops that reading there
    (EventFilter.scan_end)."""
    if start is not None and end is not None and end < start:
        return Overview(level=Precision.YEAR, bars=[], total=0)
    if month_counts is None:
        return sample_overview(events, start, end, scan_end)
    first, last = span_of(events, start, end)
    if first is None:
        return Overview(level=Precision.YEAR, bars=[], total=0)
    # The dates asked for, cut to the events there are.
    start = max(start, first) if start is not None else first
    end = min(end, last) if end is not None else last
    level = choose_level(start, end)
    if level != Precision.DAY:
        counts = count_months(month_counts, periods_between(start, end, level), level)
    else:
        counts = count_days(events, periods_between(start, end, level), month_counts)
    return drawn(counts, start, end, level)


def drawn(counts, start, end, level, charted_from=None):
    """The Overview of {period start: count} from start to end, a bar per period."""
    periods = periods_between(start, end, level)
    peak = max((counts.get(p, 0) for p in periods), default=0) or 1
    bars = []
    for p in periods:
        label, date_from, date_to = bar_dates(p, period_end(p, level), level)
        count = counts.get(p, 0)
        bars.append(
            Bar(start=p, end=period_end(p, level), label=label, count=count, height=count / peak,
                date_from=date_from, date_to=date_to)
        )
    return Overview(level=level, bars=bars, total=sum(bar.count for bar in bars), charted_from=charted_from)


def periods_between(start, end, level):
    periods, period = [], period_start(start, level)
    while period is not None and period <= end:
        periods.append(period)
        period = next_period(period, level)
    return periods


def count_days(events, periods, month_counts):
    """{day: the events a day's bar counts, those known to the day}.

    Counted over the date index alone (reading each event's precision
    would read the table): the events a day's bar does not count, known only
    to their month or year, are all dated the 1st of their month, so their
    monthly counts are taken off the 1sts."""
    counts = dict(events.filter(date__gte=periods[0], date__lte=periods[-1]).counts_by_day())
    coarse = month_counts.filter(
        month__gte=periods[0], month__lte=periods[-1], precision__in=[Precision.MONTH, Precision.YEAR]
    )
    for month, count in coarse.values("month").annotate(total=Sum("count")).values_list("month", "total"):
        counts[month] = counts.get(month, 0) - count
    return counts


def count_months(month_counts, periods, level):
    rows = month_counts.filter(month__gte=periods[0], month__lte=period_end(periods[-1], level))
    if level in PRECISIONS_AT:
        rows = rows.filter(precision__in=PRECISIONS_AT[level])
    counts = {}
    for month, count in rows.values("month").annotate(total=Sum("count")).values_list("month", "total"):
        counts[period_start(month, level)] = counts.get(period_start(month, level), 0) + count
    return counts


def sample_overview(events, start, end, scan_end=None):
    """The Overview from the newest SAMPLE_SIZE events between start and
    end (and not before `scan_end`), read in one query (with a search, each
    query reads the word's whole list of matches, so the span is not asked
    for apart): when they are all, the chart spans them; otherwise it starts
    with the first period after the one the sample (or the scan) ends in,
    and every period drawn is whole."""
    window = events
    if start is not None:
        window = window.filter(date__gte=start)
    if end is not None:
        window = window.filter(date__lte=end)
    if scan_end is not None:
        window = window.filter(date__gte=scan_end)
    rows = list(window.order_by("-date").values_list("date", "precision")[: SAMPLE_SIZE + 1])
    if not rows:
        return Overview(level=Precision.YEAR, bars=[], total=0, charted_from=scan_end)
    end = rows[0][0]  # the dates asked for, cut to the events there are
    charted_from = None
    if len(rows) <= SAMPLE_SIZE and scan_end is None:
        start = rows[-1][0]
        level = choose_level(start, end)
    else:
        cut = rows[SAMPLE_SIZE - 1][0] if len(rows) > SAMPLE_SIZE else scan_end
        level = choose_level(cut, end)
        start = next_period(period_start(cut, level), level)
        if start is None or start > end:  # the sample ends in the last period: none is whole
            return drawn({}, end, end, level, charted_from=cut)
        level = choose_level(start, end)  # a shorter span may show finer periods
        start = charted_from = period_start(start, level)
    counts = {}
    for date, precision in rows:
        if date < start or (level in PRECISIONS_AT and precision not in PRECISIONS_AT[level]):
            continue
        counts[period_start(date, level)] = counts.get(period_start(date, level), 0) + 1
    return drawn(counts, start, end, level, charted_from)
