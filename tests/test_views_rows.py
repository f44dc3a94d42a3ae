"""Timeline rows written in Python (templatetags/timeline_rows.py) and the
filter form's menus and inputs (filters.Select, WrittenInput): the HTML the
templates wrote, escaped as they escaped it."""
import re
from datetime import date as D

import pytest
from django import forms
from django.db import connection
from django.http import QueryDict
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from dom import element, elements, parse, text

from timeline.filters import CheckboxInput, EventFilter, NumberInput, SearchInput, Select, SuggestInput, TextInput
from timeline.models import Actor, Article, Category, Event, Mention, Stage, add_groups
from timeline.templatetags.timeline_rows import RowLinks, event_row_html, event_rows, fetch_row_details
from timeline.views.browse import nest_items

pytestmark = pytest.mark.django_db

# The row as the template partial wrote it before rows were written in
# Python (templates/timeline/index.html, "event_row"), with the stage label
# include written in place and a summary's nested rows passed in.
TEMPLATE_ROW = """{% load humanize %}
  <li class="event event-{{ event.status }} stage-{{ event.stage }}{% if event.is_summary %} event-summary{% endif %}{% if event.parent_id %} event-item{% endif %}">
    <p class="event-date"><time datetime="{{ event.iso_date }}">{{ event.date_label }}</time></p>
    <p class="event-title">{% if event.stage != "occurred" %}<span class="stage-label stage-label-{{ event.stage }}">{{ event.get_stage_display }}{% if event.overdue %}, no report since{% endif %}<span class="visually-hidden">:</span></span> {% endif %}<a href="{{ event.get_absolute_url }}">{{ event.title }}</a></p>
    <p class="event-meta">
      {% if event.category %}<a class="category" href="{{ index_url }}?category={{ event.category.slug|urlencode }}">{{ event.category.name }}</a>{% endif %}
      <span class="badge badge-{{ event.status }}">{{ event.get_status_display }}</span>
      {% if event.disputed %}<span class="badge badge-disputed">Disputed</span>{% endif %}
      {% if event.place %}<span class="place">{{ event.place }}</span>{% endif %}
    </p>
    {% if event.is_summary %}<p class="summary-count">{{ event.summary_count|intcomma }} reported · {{ event.items_found|default:0|intcomma }} in the timeline</p>{% endif %}
    {% if event.parent_id and not event.nested %}<p class="part-of">Part of <a href="{{ event.parent.get_absolute_url }}">{{ event.parent.title }}</a> ({{ event.parent.date_label }})</p>{% endif %}
    {% with actors=event.actors.all %}
      {% if actors %}
        <p class="actors"><span class="label">Actors:</span>
          {% for actor in actors %}<a href="{{ index_url }}?actor={{ actor.slug|urlencode }}">{{ actor.name }}</a>{% if not forloop.last %}, {% endif %}{% endfor %}
        </p>
      {% endif %}
    {% endwith %}
    {% with mentions=event.mentions.all %}
      {% if mentions %}
        <ul class="mentions">
          {% for mention in mentions|slice:":3" %}
            <li class="mention">
              {% with parts=mention.sentence_parts article=mention.article %}<q class="sentence">{{ parts.0 }}{% if parts.1 %}<mark>{{ parts.1 }}</mark>{% endif %}{{ parts.2 }}</q>
                <span class="source">— <a href="{{ article.get_absolute_url }}">{{ article.title }}</a>{% if article.source %}, {{ article.source }}{% endif %}, <time datetime="{{ article.published.isoformat }}">{{ article.published_label }}</time></span>{% endwith %}
            </li>
          {% endfor %}
          {% if mentions|length > 3 %}
            <li class="mention mention-more"><a href="{{ event.get_absolute_url }}">All {{ mentions|length|intcomma }} reports of this event</a></li>
          {% endif %}
        </ul>
      {% endif %}
    {% endwith %}
    {% if event.page_items %}
      <ol class="events items" aria-label="Items of this summary on this page">
        {{ items_html|safe }}
      </ol>
    {% endif %}
  </li>
"""
NASTY = "<b>&\"'</b> é"


def template_row(event, index_url="/"):
    items = "".join(template_row(item, index_url) for item in getattr(event, "page_items", []))
    return Template(TEMPLATE_ROW).render(Context({"event": event, "index_url": index_url, "items_html": items}))


def squeezed(html):
    """The HTML with every run of whitespace one space, and none at the start of a title."""
    return re.sub(r"\s+", " ", html).replace('<p class="event-title"> ', '<p class="event-title">').strip()


def _difference(expected, got):
    at = next((i for i, (a, b) in enumerate(zip(expected, got, strict=False)) if a != b), min(len(expected), len(got)))
    return f"expected …{expected[at - 80:at + 120]}…\n     got …{got[at - 80:at + 120]}…"


def report(event, article, sentence, cue, shift=0):
    start = article.text.index(sentence)
    cue_start = start + sentence.index(cue) if cue in sentence else start + shift
    return Mention.objects.create(
        event=event, article=article, sentence=sentence, cue=cue, sentence_start=start,
        sentence_end=start + len(sentence), cue_start=cue_start, cue_end=cue_start + len(cue),
    )


@pytest.fixture
def events():
    """Rows of every kind: a summary with an item, an item of another
    summary, planned and overdue, cancelled, disputed, without category or
    place, with many reports (one whose cue is not found) and values that
    need escaping everywhere."""
    category = Category.objects.create(name=f"Odd {NASTY}", slug="odd-category")
    actors = [Actor.objects.create(name=f"Actor {NASTY}", slug="actor-odd"), Actor.objects.create(name="Zed", slug="zed")]
    articles = [
        Article.objects.create(
            title=f"Report {index} {NASTY}", source="" if index % 2 else f"Wire {NASTY}", published=D(2023, 4, index + 1),
            text=f"Intro. On Monday <i>troops</i> moved {index}. Later they left.",
        )
        for index in range(5)
    ]
    summary = Event.objects.create(title=f"Summary {NASTY}", date=D(2023, 3, 1), precision="month", summary_count=1234)
    older = Event.objects.create(title="Old summary", date=D(2022, 1, 1), precision="year", summary_count=3)
    rows = [
        summary,
        Event.objects.create(title="Item", date=D(2023, 3, 9), parent=summary, category=category, place=NASTY),
        Event.objects.create(title="Other item", date=D(2023, 3, 10), parent=older, stage=Stage.PLANNED),
        Event.objects.create(title="Planned", date=D(2999, 1, 1), stage=Stage.PLANNED, disputed=True),
        Event.objects.create(title=NASTY, date=D(2023, 3, 11), end_date=D(2023, 3, 14), stage=Stage.CANCELLED,
                             category=category, status=Event.Status.CONFIRMED),
    ]
    rows[0].actors.set(actors)
    rows[4].actors.set(actors[:1])
    for index, article in enumerate(articles):
        report(rows[4], article, f"On Monday <i>troops</i> moved {index}.", "On Monday")
    report(rows[1], articles[0], "On Monday <i>troops</i> moved 0.", "not there", shift=3)
    return rows


def test_a_row_is_the_html_the_template_wrote(events):
    """Every kind of row, nested items included, as the template partial
    wrote it (whitespace between tags aside)."""
    shown = list(Event.objects.filter(pk__in=[event.pk for event in events]).with_related().order_by("-date"))
    twins = list(Event.objects.filter(pk__in=[event.pk for event in events]).select_related("category").order_by("-date"))
    for page in (shown, twins):
        add_groups(page)
        nest_items(page)
    fetch_row_details(twins)
    links = RowLinks("/")
    rows = [(squeezed(template_row(a)), squeezed(event_row_html(b, links))) for a, b in zip(shown, twins, strict=True)]
    for template, python in rows:
        assert python == template, _difference(template, python)
    written = "".join(python for _, python in rows)
    for part in ("event-summary", "event-item", "part-of", "no report since", "badge-disputed", "mention-more",
                 "events items", "1,234 reported", "stage-label-cancelled"):
        assert part in written, part


def test_a_row_escapes_every_value(client, events):
    html = client.get("/", HTTP_HX_REQUEST="true").content.decode()
    assert "<b>" not in html and "<i>troops" not in html
    assert "&lt;b&gt;&amp;&quot;&#x27;&lt;/b&gt; é" in html  # as the template's autoescaping writes it
    page = parse(html)
    assert not elements(page, ".event b, .event i")
    assert NASTY in text(element(page, ".place"))
    assert f"Odd {NASTY}" in [text(link) for link in elements(page, "a.category")]
    assert f"Actor {NASTY}" in [text(link) for link in elements(page, ".actors a")]


def test_a_row_that_left_the_cache_fetches_what_it_shows(events):
    """prefetch_uncached_rows skips rows the cache holds; should one leave
    the cache before it is written, the row reads its details itself."""
    event = Event.objects.select_related("category").get(pk=events[4].pk)
    event.page_items = []
    context = Context({"index_url": "/", "data_version": 12345})
    with CaptureQueriesContext(connection) as queries:
        html = event_rows(context, [event])
    assert len(queries) == 2
    assert html.count('class="mention"') == 3 and "All 5 reports of this event" in html


def row_detail_queries(queries):
    return [query["sql"] for query in queries if "timeline_mention" in query["sql"] or "_actors" in query["sql"]]


def test_rows_the_cache_holds_need_no_details(client, events):
    """A page whose rows this data version has rendered fetches no actors
    or reports, a summary's row holding its items on the page included:
    prefetch_uncached_rows looks for the keys the rows are cached under,
    worked out once the items are nested under their summaries."""
    first = client.get("/", HTTP_HX_REQUEST="true").content.decode()
    assert 'class="events items"' in first  # the summaries hold their items
    # Another URL (the response and fragment caches miss), the same rows.
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/?q=", HTTP_HX_REQUEST="true").content.decode()
    assert row_detail_queries(queries) == []
    assert again.count('<li class="event ') == first.count('<li class="event ') == Event.objects.count()


def test_an_item_whose_own_row_is_cached_is_fetched_for_its_summary(client, events):
    """An item cached as a row of its own (its summary on another page)
    is written inside its summary's row when both are on one page: its
    details are fetched with the summary's, not one item at a time."""
    item = events[1]  # an item of events[0], the summary
    client.get(f"/?date_to={item.date:%Y-%m-%d}&date_from={item.date:%Y-%m-%d}", HTTP_HX_REQUEST="true")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/", HTTP_HX_REQUEST="true").content.decode()
    assert len(row_detail_queries(queries)) == 2
    assert f'href="/events/{item.pk}/">Item</a>' in html and 'class="events items"' in html


@pytest.mark.parametrize("query", [
    "", "category=odd-category&status=rejected&precision=month&stage=planned&sort=oldest",
    "category=nope&status=bad&article=x&disputed=1", "q=%22it's%22+<b>&date_from=March+2023&date_to=2023&article=3",
])
def test_the_filter_widgets_are_djangos(events, query):
    """The filter form's menus and inputs, written in Python, are what
    Django's templates (select.html, input.html) write: values, selected
    options and errors alike."""
    form = EventFilter(QueryDict(query)).form
    form.is_valid()
    stock = {Select: forms.Select, TextInput: forms.TextInput, SearchInput: forms.SearchInput,
             NumberInput: forms.NumberInput, CheckboxInput: forms.CheckboxInput}
    written = [field for field in form if type(field.field.widget) in stock]
    assert [field.name for field in written] == [
        "q", "date_from", "date_to", "category", "article", "status", "precision", "disputed", "stage", "sort",
    ]
    for field in written:
        widget = field.field.widget
        django_widget = stock[type(widget)](attrs=widget.attrs)
        if isinstance(widget, Select):
            django_widget.choices = widget.choices
        assert str(field) == field.as_widget(widget=django_widget), field.name


# What templates/timeline/widgets/suggest_input.html wrote before
# SuggestInput was written in Python (Django's attrs.html in place of its include).
SUGGEST_TEMPLATE = """<input type="text" name="{{ widget.name }}"{% if widget.value != None %} value="{{ widget.value }}"{% endif %}\
{% for name, value in widget.attrs.items %}{% if value is not False %} {{ name }}{% if value is not True %}="{{ value|stringformat:'s' }}"{% endif %}{% endif %}{% endfor %}
       hx-get="{% url 'timeline:suggest' widget.kind %}" hx-trigger="input changed delay:150ms" hx-target="#{{ widget.list_id }}"
       hx-swap="innerHTML" hx-push-url="false" hx-sync="this:replace">
<datalist id="{{ widget.list_id }}"></datalist>
"""


class TemplateSuggestInput(SuggestInput):
    def render(self, name, value, attrs=None, renderer=None):
        # As Django's form renderers do, without the template's last newline.
        return Template(SUGGEST_TEMPLATE).render(Context(self.get_context(name, value, attrs))).strip()


@pytest.mark.parametrize("query", ["", "actor=north-korea&source=Harbor+Wire", "actor=%22<b>'&source=nobody+%26+co"])
def test_the_suggesting_inputs_are_as_their_template_wrote_them(events, query):
    form = EventFilter(QueryDict(query)).form
    form.is_valid()
    for name in ("actor", "source"):
        field = form[name]
        widget = field.field.widget
        assert str(field) == field.as_widget(widget=TemplateSuggestInput(widget.kind, attrs=widget.attrs)), name


def test_filter_sets_keep_their_own_filters():
    """EventFilter copies its filters shallowly: each filter set's filters
    call its own methods, and the class's filters are left alone."""
    Event.objects.create(title="Launch", date=D(2023, 3, 9), category=Category.objects.get(slug="missile-launch"))
    Event.objects.create(title="Talks", date=D(2023, 3, 10), category=Category.objects.get(slug="statement"))
    launches = EventFilter(QueryDict("category=missile-launch"), queryset=Event.objects.all())
    everything = EventFilter(QueryDict(""), queryset=Event.objects.all())
    assert launches.filters["category"] is not everything.filters["category"]
    assert launches.filters["category"].parent is launches and everything.filters["category"].parent is everything
    assert not hasattr(EventFilter.base_filters["category"], "parent")
    assert [event.title for event in launches.qs] == ["Launch"]
    assert sorted(event.title for event in everything.qs) == ["Launch", "Talks"]


# The filter-notes partial of templates/timeline/index.html before
# {% filter_notes %} (templatetags/timeline_form.py) wrote it in Python.
NOTES_TEMPLATE = """
  {# note: what the filter was read as (EventFilter.fields_with_notes). #}
  <small class="resolved" id="{{ field.auto_id }}_resolved"{% if oob %} hx-swap-oob="true"{% endif %}>{{ note }}</small>
  <span class="field-error" id="{{ field.auto_id }}_error"{% if oob %} hx-swap-oob="true"{% endif %}>{% for error in field.errors %}{{ error }} {% endfor %}</span>
"""


@pytest.mark.parametrize("query", ["", "date_from=March+2023&date_to=garbage&category=nope&actor=%22<b>&article=x"])
@pytest.mark.parametrize("oob", [False, True])
def test_the_filter_notes_are_as_their_partial_wrote_them(events, query, oob):
    filterset = EventFilter(QueryDict(query))
    for field, note in filterset.fields_with_notes():
        context = {"field": field, "note": note, "oob": oob}
        written = Template("{% load timeline_form %}{% filter_notes field note %}").render(Context(context))
        assert written == Template(NOTES_TEMPLATE).render(Context(context)), field.name
