"""The timeline's filter form, and keyset paging over its results.

Every filter delegates to an EventQuerySet method so that the views, exports
and commands agree on what "in March 2023" or "from this article" means."""
import copy
import datetime
from dataclasses import dataclass, field

import django_filters
from django import forms
from django.db import DEFAULT_DB_ALIAS, connection
from django.db.models import Q
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import SafeString

from timeline import search
from timeline.forms import resolve_date
from timeline.models import Article, Category, Event, EventMonthCount, Precision, Stage, add_groups
from timeline.prepared import PreparedQuery
from timeline.suggest import find_actor, find_source

# Thirty events fill a few screens and render in ~10 ms (bench/browse_speed.py).
PAGE_SIZE = 30
# Counting stops here: "more than 1,000" is all a heading needs, and an exact
# count of a million rows costs more than the page it heads.
COUNT_LIMIT = 1000
# Facets, the overview and the count read no further than this many events
# of the date window in the list's order: a combination of filters that
# few events pass (a common actor, a month precision and a common word) would
# otherwise have them read much of the table to fill their samples. Past
# it, they say from which date on they counted.
SCAN_LIMIT = 20_000
# The ongoing group is folded and read less: its latest few are shown.
ONGOING_SHOWN = 10
SORT_CHOICES = [("newest", "Newest first"), ("oldest", "Oldest first")]


class DatePhraseField(forms.CharField):
    """A date typed as people say it ("March 2023", "last week", "2023-04-05").

    Cleans to the extraction engine's DateValue, so the filter can use the
    start or the end of the period the phrase stands for."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        # Relative phrases ("last week") are read against today, as the
        # person filtering means them.
        return resolve_date(value, timezone.localdate())


class DatePhraseFilter(django_filters.Filter):
    field_class = DatePhraseField


class SuggestInput(forms.TextInput):
    """A text input whose suggestions htmx fetches as the person types, into
    a <datalist> (the browser's own accessible list: arrow keys, Enter,
    screen readers). Without JavaScript it is a plain text input, and the
    filter accepts the name typed.

    Written in Python, as WrittenInput is: its template, with the attrs.html
    it included, cost as much as the form's ten other fields together."""

    def __init__(self, kind, attrs=None):
        self.kind = kind
        super().__init__({"autocomplete": "off", "spellcheck": "false", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        widget["kind"] = self.kind
        widget["list_id"] = f"{widget['attrs'].get('id', name)}_options"
        widget["attrs"]["list"] = widget["list_id"]
        return context

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        value = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
        # hx-* would be inherited from the filter form: this input sets its
        # own target and never pushes a URL.
        return format_html(
            '<input type="text" name="{}"{}{}\n       hx-get="{}" hx-trigger="input changed delay:150ms"'
            ' hx-target="#{}"\n       hx-swap="innerHTML" hx-push-url="false" hx-sync="this:replace">'
            '\n<datalist id="{}"></datalist>',
            widget["name"], value, html_attributes(widget["attrs"]),
            reverse("timeline:suggest", args=[self.kind]), widget["list_id"], widget["list_id"],
        )


class Select(forms.Select):
    """A menu written in Python: Django's select.html includes two
    templates for each option, and rendering them was the largest part of
    the filter form (the category menu alone cost more than the page's 30
    rows). The same HTML as select.html, optgroups aside (the filters have none)."""

    # An option's attributes are only "selected".
    option_inherits_attrs = False

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = []
        for group_name, group_choices, _ in widget["optgroups"]:
            if group_name:
                raise ValueError("Select (timeline/filters.py) writes no optgroups.")
            options += [
                format_html(
                    '\n  <option value="{}"{}>{}</option>\n',
                    option["value"], " selected" if option["attrs"].get("selected") else "", option["label"],
                )
                for option in group_choices
            ]
        return format_html(
            '<select name="{}"{}>{}\n</select>',
            widget["name"], html_attributes(widget["attrs"]), SafeString("".join(options)),
        )


class WrittenInput:
    """An input written in Python, as Django's input.html writes it (the
    template and the attrs.html it includes cost more than the rest of
    rendering the field)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        value = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
        return format_html(
            '<input type="{}" name="{}"{}{}>', widget["type"], widget["name"], value, html_attributes(widget["attrs"])
        )


class TextInput(WrittenInput, forms.TextInput):
    pass


class SearchInput(WrittenInput, forms.SearchInput):
    pass


class NumberInput(WrittenInput, forms.NumberInput):
    pass


class CheckboxInput(WrittenInput, forms.CheckboxInput):
    pass


def html_attributes(attrs):
    """ {name}="{value}" for each attribute, as Django's attrs.html writes
    them: in their order, True as the bare name, False left out."""
    return SafeString(
        "".join(
            format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
            for name, value in attrs.items()
            if value is not False
        )
    )


class ActorField(forms.CharField):
    """An actor typed by name in any case, or given by slug (as links are):
    cleans to the Actor."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        actor = find_actor(value)
        if actor is None:
            raise forms.ValidationError(
                "No actor is called “%(name)s”; choose one of the suggestions.",
                code="unknown_actor",
                params={"name": value[:100]},
            )
        return actor


class SourceField(forms.CharField):
    """An outlet typed in any case: cleans to its stored spelling."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        source = find_source(value)
        if source is None:
            raise forms.ValidationError(
                "No article comes from “%(name)s”; choose one of the suggestions.",
                code="unknown_source",
                params={"name": value[:100]},
            )
        return source


# A category's columns, in the model's order (as Model.from_db reads them).
CATEGORY_FIELDS = ("id", "name", "slug", "description")


class CategoryChoices(forms.models.ModelChoiceIterator):
    """The category menu's options, read by a query the ORM compiles once
    (timeline/prepared.py), in the model's order, as the field's queryset
    (Category.objects.all()) lists them: a CategoryField lists every
    category, whatever queryset it is given."""

    ALL = PreparedQuery(lambda: Category.objects.values_list(*CATEGORY_FIELDS), arity=0)

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for row in self.ALL.rows():
            yield self.choice(Category.from_db(DEFAULT_DB_ALIAS, CATEGORY_FIELDS, row))


class CategoryField(django_filters.fields.ModelChoiceField):
    """The category menu: its options (CategoryChoices) and the choice,
    found by slug, each read by a query the ORM compiles once
    (timeline/prepared.py): building and compiling the queryset's queries
    cost more than running them, for every page and for every request
    that names a category. No null choice (django-filter's null_label)."""

    iterator = CategoryChoices
    BY_SLUG = PreparedQuery(lambda slug: Category.objects.filter(slug=slug).values_list(*CATEGORY_FIELDS))

    def to_python(self, value):
        if value in self.empty_values:
            return None
        self.validate_no_null_characters(value)
        rows = self.BY_SLUG.rows(str(value))
        if not rows:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
            )
        return Category.from_db(DEFAULT_DB_ALIAS, CATEGORY_FIELDS, rows[0])


class CategoryFilter(django_filters.ModelChoiceFilter):
    field_class = CategoryField


class ActorFilter(django_filters.Filter):
    field_class = ActorField


class SourceFilter(django_filters.Filter):
    field_class = SourceField


class FilterForm(forms.Form):
    """EventFilter's form, with the class's fields rather than deep copies.

    BaseForm.__init__ deep-copies every field (its widget, choices and
    queryset) for each form, so that a view may change one form's fields;
    none changes the filter form's, and the copy cost about 0.3 ms of a
    results partial's 6-7. What a request shows is never kept in a field:
    a bound field builds its widget's attributes anew each time it is
    written, and the category menu reads its queryset anew each time
    (ModelChoiceIterator)."""

    def __init__(self, *args, **kwargs):
        # Hand BaseForm.__init__ no fields to copy, then share the class's.
        fields, self.base_fields = self.base_fields, {}
        super().__init__(*args, **kwargs)
        del self.base_fields
        self.fields = dict(fields)


def _filter_copy(filter_):
    """A copy of a filter for one filter set (EventFilter.__init__)."""
    copied = copy.copy(filter_)
    copied.extra = dict(filter_.extra)
    # Binds a new FilterMethod, which calls the method of the copy's parent.
    copied.method = filter_.method
    return copied


def describe_date(value, bound):
    """What a date filter resolved to, e.g. "From 1 March 2023 — March 2023, month"."""
    day = value.date if bound == "From" else value.last_day
    kind = value.precision
    if value.end_date and value.end_date != value.date:
        kind = f"range of {value.precision}s"
    return f"{bound} {day.day} {day:%B %Y} — {value.label}, {kind}"


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_search",
        widget=SearchInput(attrs={"placeholder": "e.g. missile, envoy, B-52"}),
    )
    date_from = DatePhraseFilter(
        label="From",
        method="filter_nothing",  # both bounds are applied together in filter_queryset
        help_text="A date or period, e.g. “March 2023” or “last week”.",
        widget=TextInput(attrs={"placeholder": "e.g. March 2023"}),
    )
    date_to = DatePhraseFilter(
        label="To",
        method="filter_nothing",
        help_text="Includes the whole period: “2023” runs to 31 December.",
        widget=TextInput(attrs={"placeholder": "e.g. 2023"}),
    )
    category = CategoryFilter(
        label="Category",
        queryset=Category.objects.all(),
        to_field_name="slug",
        empty_label="All categories",
        widget=Select,
        method="filter_category",
    )
    # Type-ahead, not menus: there may be tens of thousands of actors.
    actor = ActorFilter(
        label="Actor",
        method="filter_actor",
        widget=SuggestInput("actor", attrs={"placeholder": "e.g. North Korea"}),
    )
    article = django_filters.ModelChoiceFilter(
        label="Article no.",
        queryset=Article.objects.only("id", "title", "published"),
        method="filter_article",
        # A number, not a menu: a menu of every article grows with the archive
        # and made the page slow; article pages link here with it filled in.
        widget=NumberInput(attrs={"min": 1, "inputmode": "numeric"}),
        error_messages={"invalid_choice": "No article has this number."},
        help_text="Set by “Show these events on the timeline” on an article's page.",
    )
    source = SourceFilter(
        label="Source",
        method="filter_source",
        widget=SuggestInput("source", attrs={"placeholder": "e.g. Harbor Wire"}),
    )
    status = django_filters.ChoiceFilter(
        label="Status",
        # The empty choice is the default view: everything not rejected.
        choices=[*Event.Status.choices, ("all", "All, including rejected")],
        empty_label="Proposed and confirmed",
        widget=Select,
        method="filter_status",
    )
    precision = django_filters.ChoiceFilter(
        label="Known to the",
        choices=Precision.choices,
        empty_label="Any precision",
        widget=Select,
        method="filter_precision",
    )
    disputed = django_filters.BooleanFilter(
        label="Only disputed events",
        help_text="Events whose sources disagree on the date or place.",
        # "1", as the facet's link sends, rather than the browser's "on".
        widget=CheckboxInput(attrs={"value": "1"}),
        method="filter_disputed",
    )
    stage = django_filters.ChoiceFilter(
        label="Stage",
        choices=Stage.choices,
        empty_label="Any stage",
        widget=Select,
        method="filter_stage",
    )
    sort = django_filters.ChoiceFilter(
        label="Order",
        # Newest first unless asked: people following a story want what is new.
        choices=SORT_CHOICES,
        empty_label=None,
        widget=Select,
        # Ordering is applied in filter_queryset, where paging needs it.
        method="filter_nothing",
    )

    class Meta:
        model = Event
        fields = []
        form = FilterForm

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        """BaseFilterSet.__init__, but with each filter copied shallowly: it
        deep-copies every filter (its widget, choices and queryset) for every
        request, which was half the cost of reading the filters. What a
        filter holds for one filter set (its parent, model, method and form
        field) each copy gets for itself; what they share is never changed."""
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {name: _filter_copy(filter_) for name, filter_ in self.base_filters.items()}
        for filter_ in self.filters.values():
            filter_.model = queryset.model
            filter_.parent = self

    def get_form_class(self):
        """The form, built once: django-filter builds a form class from the
        filters for every request, and its fields do not depend on one
        (each form shares them: FilterForm)."""
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            form_class = super().get_form_class()
            # A field's description for screen readers: what it resolved to,
            # its error and its help, as shown beside it (timeline_form.filter_notes).
            for name, form_field in form_class.base_fields.items():
                helptext = [f"id_{name}_helptext"] if form_field.help_text else []
                described_by = [f"id_{name}_resolved", f"id_{name}_error", *helptext]
                form_field.widget.attrs["aria-describedby"] = " ".join(described_by)
            cls._form_class = form_class
        return cls._form_class

    # Filters no index serves in the list's order: walking the dates, each
    # event is checked against them (see scan_limited).
    NOT_IN_ORDER = ("actor", "article", "source", "precision")

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def errors(self):
        """[(field, label, message)] for the filters that could not be read."""
        self.is_valid()
        return [
            (self.form[name], self.form[name].label, message)
            for name, messages in self.form.errors.items()
            for message in messages
        ]

    def active_count(self):
        """How many filters are in use (the order is a choice, not a filter)."""
        return sum(
            1 for name in self.form.fields if name != "sort" and self.data.get(name, "").strip() not in ("", "false")
        )

    def fields_with_notes(self):
        """[(bound field, what it was read as or "")] of the form, for the
        notes beside each field (timeline_form.filter_notes)."""
        notes = self.resolved()
        return [(field, notes.get(field.name, "")) for field in self.form]

    def resolved(self):
        """What each filter in use was read as, for showing beside it:
        {"date_from": "From 1 March 2023 — March 2023, month", ...}.
        Worked out once: the page asks for it beside every field."""
        if hasattr(self, "_resolved"):
            return self._resolved
        self.is_valid()
        data = self.form.cleaned_data
        notes = {}
        if data.get("date_from"):
            notes["date_from"] = describe_date(data["date_from"], "From")
        if data.get("date_to"):
            notes["date_to"] = describe_date(data["date_to"], "To")
        if data.get("actor"):
            notes["actor"] = data["actor"].name
        if data.get("source"):
            notes["source"] = data["source"]
        if data.get("article"):
            article = data["article"]
            notes["article"] = f"{article.title} ({article.published.day} {article.published:%B %Y})"
        self._resolved = notes
        return notes

    def date_bounds(self):
        """(start, end) of the date filters, either None: "from March 2023"
        starts on 1 March, and "to March 2023" ends on the 31st."""
        start, end = self.cleaned("date_from"), self.cleaned("date_to")
        return (
            start.date if start else None,
            end.last_day if end else None,
        )

    def filter_category(self, queryset, name, value):
        return queryset.in_category(value)

    def filter_actor(self, queryset, name, value):
        return queryset.with_actor(value)

    def filter_article(self, queryset, name, value):
        return queryset.from_article(value)

    def filter_source(self, queryset, name, value):
        return queryset.from_source(value)

    def filter_status(self, queryset, name, value):
        if value == "all":
            return queryset
        return queryset.with_status(value)

    def filter_precision(self, queryset, name, value):
        return queryset.with_precision(value)

    def filter_disputed(self, queryset, name, value):
        return queryset.disputed() if value else queryset

    def filter_stage(self, queryset, name, value):
        return queryset.with_stage(value)

    def filter_nothing(self, queryset, name, value):
        return queryset

    @cached_property
    def undated(self):
        """The events that pass every filter but the dates, which
        filter_queryset() applies whole and page() in parts."""
        # An unreadable filter lists nothing rather than everything: the
        # page says what to fix beside the field; exports and the feed
        # answer 400 (views/exports.py).
        if not self.is_valid():
            return self.queryset.none()
        queryset = super().filter_queryset(self.queryset.all())
        # A missing or invalid status falls back to the default view.
        if not self.cleaned("status"):
            queryset = queryset.visible()
        return queryset

    def filter_queryset(self, queryset):
        return self.ordered(self.undated.in_range(*self.date_bounds()))

    def ordered(self, queryset):
        if self.newest_first:
            return queryset.order_by("-date", "-id")
        return queryset.order_by("date", "id")

    @property
    def newest_first(self):
        return self.cleaned("sort") != "oldest"

    def cleaned(self, name):
        """A filter's cleaned value; None when missing or invalid (is_valid()
        cleans the form, leaving fields with errors out of cleaned_data)."""
        self.is_valid()
        return self.form.cleaned_data.get(name)

    def month_counts(self):
        """The EventMonthCount rows for these filters, or None when one of
        them (search, actor, article, source, stage, disputed) is not among its columns."""
        if any(self.cleaned(name) for name in ("q", "actor", "article", "source", "stage", "disputed")):
            return None
        counts = EventMonthCount.objects.all()
        status = self.cleaned("status")
        if not status:
            counts = counts.filter(status__in=[Event.Status.PROPOSED, Event.Status.CONFIRMED])
        elif status != "all":
            counts = counts.filter(status=status)
        if category := self.cleaned("category"):
            counts = counts.filter(category_id=category.pk)
        if precision := self.cleaned("precision"):
            counts = counts.filter(precision=precision)
        return counts

    @cached_property
    def window(self):
        """(own, [ongoing parts]) of the date window: see EventQuerySet.in_window."""
        return self.undated.in_window(*self.date_bounds())

    @property
    def has_window(self):
        return any(self.date_bounds())

    def parts(self):
        """Every match, in order, as index range scans one after the other:
        the window's own events, then the ongoing ones. Exports walk these."""
        own, ongoing = self.window
        return [self.ordered(own), *(self.ordered(part) for part in ongoing)]

    def page(self, after=None, size=PAGE_SIZE):
        """One page of the window's own events, walking (date, id) from a
        cursor; the first page also holds the ongoing group.

        Keyset paging rather than OFFSET: a page deep into a long story costs
        the same as the first, and an event added meanwhile doesn't shift
        the pages (no duplicates, nothing skipped).

        The events hold what their rows show but their actors and reports
        (EventQuerySet.for_rows): views/browse.py fetches those for the
        rows it has not cached."""
        own, _ = self.window
        cursor = Cursor.parse(after)
        if cursor is not None:
            if self.newest_first:
                own = own.filter(Q(date__lt=cursor.date) | Q(date=cursor.date, id__lt=cursor.id))
            else:
                own = own.filter(Q(date__gt=cursor.date) | Q(date=cursor.date, id__gt=cursor.id))
        events = self.ordered(own)[: size + 1].for_rows()
        next_cursor = Cursor(events[size - 1].date, events[size - 1].id) if len(events) > size else None
        page = Page(events=events[:size], next_cursor=next_cursor, is_first=cursor is None)
        if page.is_first:
            page.ongoing, page.ongoing_count = self.ongoing(ONGOING_SHOWN)
        add_groups([*page.events, *page.ongoing])
        return page

    @cached_property
    def ongoing_keys(self):
        """(date, id) of the ongoing events, up to COUNT_LIMIT + 1.

        Each part is read as keys, with a LIMIT but no ORDER BY: given
        ORDER BY ... LIMIT, PostgreSQL misjudges the reaching-in part and
        walks the date index from the beginning of time (measured: 45 ms at
        100,000 events, against 2 ms for the keys through the multi-day
        index)."""
        keys = []
        for part in self.window[1]:
            keys += part.order_by().values_list("date", "id")[: COUNT_LIMIT + 1 - len(keys)]
            if len(keys) > COUNT_LIMIT:
                break
        return keys

    def ongoing(self, size=PAGE_SIZE):
        """([up to `size` ongoing events, in order], how many there are,
        counted up to COUNT_LIMIT + 1). Past COUNT_LIMIT, the events shown
        are the latest of the first COUNT_LIMIT found."""
        shown = sorted(self.ongoing_keys, reverse=self.newest_first)[:size]
        if not shown:
            return [], len(self.ongoing_keys)
        by_id = {event.pk: event for event in Event.objects.filter(pk__in=[pk for _, pk in shown]).for_rows()}
        return [by_id[pk] for _, pk in shown], len(self.ongoing_keys)

    def count(self):
        """(the window's own events, the ongoing ones, each counted up to
        COUNT_LIMIT + 1; the date the first count stopped at, or None: see
        SCAN_LIMIT). A count past COUNT_LIMIT is "more than" wherever it stopped."""
        own, _ = self.window
        count = self.scanned(own).count_up_to(COUNT_LIMIT + 1)
        return count, len(self.ongoing_keys), None if count > COUNT_LIMIT else self.scan_end()

    def sample(self, limit, columns=("id",)):
        """([columns] of the window's first `limit` own events in the list's
        order, whether they are all of them, the date the scan stopped at
        when it cut them short, or None): what facets count (see
        facets.py), so that a facet's count is the heading's once chosen.
        An index range scan that stops at the limit, or at SCAN_LIMIT
        events (when it holds `limit`, they are the first `limit`, as without it)."""
        rows = list(self.ordered(self.scanned(self.window[0])).values_list(*columns)[: limit + 1])
        stopped_at = None if len(rows) > limit else self.scan_end()
        return rows[:limit], len(rows) <= limit and stopped_at is None, stopped_at

    def scan_end(self, newest_first=None):
        """The date past which facets, the overview and the count read no
        events: the date of the SCAN_LIMIT-th event between the date
        bounds in the list's order (or newest first), whatever the other
        filters; None when there are fewer. Read from the date index, cached."""
        newest_first = self.newest_first if newest_first is None else newest_first
        if not self.scan_limited:
            return None
        cache = self.__dict__.setdefault("_scan_ends", {})
        if newest_first not in cache:
            start, end = self.date_bounds()
            events = Event.objects.all()
            if start is not None:
                events = events.filter(date__gte=start)
            if end is not None:
                events = events.filter(date__lte=end)
            dates = events.order_by("-date" if newest_first else "date").values_list("date", flat=True)
            cache[newest_first] = next(iter(dates[SCAN_LIMIT - 1 : SCAN_LIMIT]), None)
        return cache[newest_first]

    @cached_property
    def scan_limited(self):
        """Whether facets, the overview and the count stop at SCAN_LIMIT
        events: when two or more of the filters no index serves in the
        list's order (NOT_IN_ORDER, and a search) are in use, whose
        combination few events may pass, unless one of them alone selects
        few events (an article, an actor with fewer than COMMON_ACTOR_EVENTS,
        on SQLite a search with at most COMMON_MATCHES matches): its index
        then bounds what they read, and they stay exact. (One such filter
        alone passes enough events that walking the dates finds the samples
        soon; a date bound would make PostgreSQL read and sort the whole
        range instead.)"""
        if not self.is_valid() or self.cleaned("article"):
            return False
        actor = self.cleaned("actor")
        if actor is not None and not actor.is_common:
            return False
        query_words = search.words(self.cleaned("q"))
        if query_words and connection.vendor == "sqlite":
            if not search.is_common(Event.objects.all(), search.matching_ids("sqlite", query_words)):
                return False
        walked = [name for name in (*self.NOT_IN_ORDER, "q") if self.cleaned(name)]
        return len(walked) >= 2

    def scanned(self, events, newest_first=None):
        """`events` cut at scan_end()."""
        newest_first = self.newest_first if newest_first is None else newest_first
        end = self.scan_end(newest_first)
        if end is None:
            return events
        return events.filter(date__gte=end) if newest_first else events.filter(date__lte=end)


@dataclass(frozen=True)
class Cursor:
    """Where a page ends: the (date, id) of its last event, as "2023-04-05.123"."""

    date: datetime.date
    id: int

    @classmethod
    def parse(cls, value):
        """The cursor in `value`, or None for a missing or malformed one (the first page)."""
        if not value:
            return None
        date, _, pk = value.partition(".")
        try:
            return cls(datetime.date.fromisoformat(date), int(pk))
        except ValueError:
            return None

    def __str__(self):
        return f"{self.date.isoformat()}.{self.id}"


@dataclass
class Page:
    events: list
    next_cursor: Cursor | None
    is_first: bool
    # On the first page of a date window: the events that began before it and go on.
    ongoing: list = field(default_factory=list)
    ongoing_count: int = 0
