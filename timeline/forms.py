"""Forms for adding and correcting events and for importing articles.

Dates are typed in plain language and resolved by the extraction engine's
`parse_date_phrase`, so a form and the engine agree on what "last Thursday"
or "March 2023" means."""
import datetime
import hashlib

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify

from timeline.extraction import DateParseError, DateValue, ExtractedEvent, parse_date_phrase
from timeline.extraction.grammar import REVIEW_BELOW
from timeline.models import Actor, Article, Category, Event, Feed, Stage, normalize_text
from timeline.stages import happenings

# How many of the newest articles the add-event form offers as a reference.
REFERENCE_MENU_SIZE = 100


class PlainDateField(forms.CharField):
    """A date typed in plain language; cleans to the raw text; the form
    resolves it against its reference date."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 100)
        kwargs.setdefault(
            "help_text", "For example: 5 April 2023, March 2023, 2023, last Thursday, 2–4 March 2023."
        )
        super().__init__(**kwargs)


def reference_date(article):
    """What relative dates count from: the chosen article's publication
    date, or today when none is chosen."""
    return article.published if article else timezone.localdate()


def resolve_date(text, reference):
    """The DateValue for `text`, or a ValidationError saying what is wrong."""
    try:
        return parse_date_phrase(text, reference=reference)
    except DateParseError as error:
        raise forms.ValidationError(str(error), code="invalid_date") from error


def split_names(text):
    return [name.strip() for name in (text or "").split(",") if name.strip()]


def event_version(event):
    """What an edit form remembers of the event it was opened on: any save
    (a form, the admin, an admin action) moves updated_at, and an import
    reporting the event again may add actors."""
    actors = ",".join(str(pk) for pk in sorted(event.actors.values_list("pk", flat=True)))
    return hashlib.sha256(f"{event.updated_at.isoformat()}|{actors}".encode()).hexdigest()[:20]


class EventForm(forms.ModelForm):
    """Add or correct an event; its date is typed in plain language.

    Optimistic locking: the form carries the version of the event it was
    opened on. When someone else saved the event since, nothing is saved;
    the editor sees their version beside what they typed (all kept), and
    saving again replaces it knowingly."""

    date_text = PlainDateField(label="Date")
    reference_article = forms.ModelChoiceField(
        queryset=Article.objects.only("id", "title", "published"),
        required=False,
        label="Resolve relative dates against",
        empty_label="Today",
        help_text="Relative dates such as “last Thursday” count from this article's publication date.",
    )
    actor_names = forms.CharField(
        label="Actors",
        required=False,
        max_length=1000,
        help_text="Countries, organisations or people, separated by commas.",
    )
    version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Event
        fields = ["title", "summary", "category", "place", "status", "stage"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Left out of a post (an older form, a script): the stage stays as it is.
        self.fields["stage"].required = False
        if self.instance.pk:
            self.fields["date_text"].initial = self.instance.date_label
            self.fields["actor_names"].initial = ", ".join(a.name for a in self.instance.actors.all())
            first_mention = self.instance.mentions.select_related("article").first()
            if first_mention:
                self.fields["reference_article"].initial = first_mention.article_id
            self.fields["version"].initial = event_version(self.instance)
        self.date_value = None
        # The event as someone else saved it since this form was opened, if so.
        self.conflict = None

    def clean_stage(self):
        return self.cleaned_data.get("stage") or self.instance.stage or Stage.OCCURRED

    def reference_choices(self):
        """The menu's articles: the newest ones, and the chosen one if it
        is older. A menu of every article would grow with the archive."""
        recent = Article.objects.only("id", "title", "published").order_by("-published", "-id")
        articles = list(recent[:REFERENCE_MENU_SIZE])
        chosen = self["reference_article"].value()
        if chosen and str(chosen).isdigit() and all(str(a.pk) != str(chosen) for a in articles):
            articles += Article.objects.only("id", "title", "published").filter(pk=chosen)
        return [("", "Today")] + [(a.pk, f"{a.title} ({a.published:%-d %B %Y})") for a in articles]

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            current = event_version(self.instance)
            if cleaned.get("version") != current:
                # A copy from the database: the form is about to write what
                # was typed into self.instance.
                self.conflict = Event.objects.select_related("category").get(pk=self.instance.pk)
                self.add_error(
                    None,
                    forms.ValidationError(
                        "Someone else saved this event after you opened this form, so your changes were not "
                        "saved. Their version is shown below; what you typed is kept in the form. Save again "
                        "to replace their version with yours.",
                        code="stale",
                    ),
                )
                # Saving again now overwrites the version the editor has seen.
                self.data = self.data.copy()
                self.data[self.add_prefix("version")] = current
        if "date_text" in cleaned and "reference_article" in cleaned:
            try:
                self.date_value = resolve_date(cleaned["date_text"], reference_date(cleaned["reference_article"]))
            except forms.ValidationError as error:
                self.add_error("date_text", error)
        return cleaned

    def save(self, commit=True):
        event = super().save(commit=False)
        event.date = self.date_value.date
        event.precision = self.date_value.precision
        event.end_date = self.date_value.end_date
        if commit:
            event.save()
            event.actors.set(Actor.objects.for_names(split_names(self.cleaned_data["actor_names"])))
        return event


class DatePreviewForm(forms.Form):
    """What the htmx date preview reads: the date typed and its reference
    (an article, or a publication date: the import review's articles are not
    stored yet). A page with several date fields names the one to read
    (`field`) and the element the answer replaces (`preview_id`)."""

    date_text = forms.CharField(required=False, max_length=100)
    reference_article = forms.ModelChoiceField(queryset=Article.objects.all(), required=False)
    published = forms.DateField(required=False)
    preview_id = forms.RegexField(regex=r"^[A-Za-z][\w-]{0,60}$", required=False)

    def __init__(self, data=None, *args, **kwargs):
        field = (data or {}).get("field")
        if field and field != "date_text" and field in data:
            data = data.copy()
            data["date_text"] = data[field]
        super().__init__(data, *args, **kwargs)

    def target_id(self):
        """The id of the element the preview replaces."""
        return (self.is_valid() and self.cleaned_data["preview_id"]) or "date-preview"

    def preview(self):
        """(DateValue or None, error message or None)."""
        if not self.is_valid() or not self.cleaned_data["date_text"].strip():
            return None, None
        reference = self.cleaned_data["published"] or reference_date(self.cleaned_data["reference_article"])
        try:
            return resolve_date(self.cleaned_data["date_text"], reference), None
        except forms.ValidationError as error:
            return None, error.messages[0]


HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def is_html_name(name):
    return (name or "").lower().endswith(HTML_SUFFIXES)


class ArticleFetchForm(forms.Form):
    """An article to fetch from the web: its text, title, outlet and
    publication date are read from the page, then reviewed as usual."""

    fetch_url = forms.URLField(
        label="Article URL",
        max_length=500,
        assume_scheme="https",
        help_text="The article's address. Its text, title, outlet and publication date are read from the page.",
    )

    def fetch_page(self):
        """The ArticlePage at the URL, or None with the reason on the field."""
        from timeline.htmlpages import FetchError, NotAnArticle, fetch_article

        try:
            return fetch_article(self.cleaned_data["fetch_url"])
        except (FetchError, NotAnArticle) as error:
            self.add_error("fetch_url", str(error))
            return None


def page_fields(page):
    """An ArticlePage as the import form's fields (what the review page carries)."""
    return {
        "title": page.title,
        "url": page.url,
        "source": page.source,
        "published": page.published,
        "text": page.text,
        "published_from": page.published_from if page.published else "",
        "published_found": page.published,
    }


class ArticleImportForm(forms.Form):
    """An article pasted or uploaded as a .txt file or a saved web page, before review."""

    title = forms.CharField(max_length=300)
    url = forms.URLField(label="URL", required=False, max_length=500, assume_scheme="https")
    source = forms.CharField(max_length=200, required=False, help_text="Outlet or agency.")
    published = forms.DateField(
        label="Publication date",
        help_text="YYYY-MM-DD. Relative dates in the text (“on Thursday”) are resolved against it.",
        # A date input's value must be ISO whatever the locale's format.
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 14}), required=False, strip=False)
    file = forms.FileField(
        label="…or upload a .txt file or a saved web page (.html)",
        required=False,
        help_text="Plain text in UTF-8, or a page saved from the browser (“Save page as… HTML only”): its text, "
        "title, outlet and publication date are read from it. Replaces the text box.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = None  # the ArticlePage read from an uploaded .html file
        upload = self.files.get("file") if self.is_bound else None
        if upload is not None and is_html_name(upload.name):
            # A saved page brings its own title and, usually, its date;
            # what the user typed still wins.
            self.fields["title"].required = False
            self.fields["published"].required = False

    def clean_published(self):
        published = self.cleaned_data["published"]
        if published and published > timezone.localdate() + datetime.timedelta(days=1):
            raise forms.ValidationError("The publication date is in the future.")
        return published

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        limit = settings.TIMELINE_MAX_ARTICLE_CHARS
        if is_html_name(upload.name):
            return self.read_html(upload)
        if not upload.name.lower().endswith(".txt"):
            raise forms.ValidationError("Upload a plain-text .txt file or a saved web page (.html).")
        if upload.size > limit * 4:
            raise forms.ValidationError(f"The file is too large: at most {limit:,} characters.")
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                "The file is not UTF-8 text. Save it as UTF-8 plain text and upload it again."
            ) from error

    def read_html(self, upload):
        from timeline.htmlpages import NotAnArticle, extract_article

        if upload.size > settings.TIMELINE_FETCH_MAX_BYTES:
            limit = settings.TIMELINE_FETCH_MAX_BYTES / (1024 * 1024)
            raise forms.ValidationError(f"The page is too large: at most {limit:g} MB.")
        try:
            self.page = extract_article(upload.read(), url=self.data.get("url", ""))
        except NotAnArticle as error:
            raise forms.ValidationError(str(error)) from error
        return self.page.text

    def clean(self):
        cleaned = super().clean()
        if self.page is not None:
            typed = cleaned.get("published")
            for name, value in page_fields(self.page).items():
                if name != "text" and value and not cleaned.get(name):
                    cleaned[name] = value
            if typed and typed != self.page.published:
                cleaned["published_from"] = ""  # the user's date, not the page's
            if not cleaned.get("title"):
                self.add_error("title", "The page has no title: type one.")
            if not cleaned.get("published") and not self.has_error("published"):
                self.add_error("published", "No publication date was found in the page: type it.")
        text = normalize_text(cleaned.get("file") or cleaned.get("text") or "")
        if not text and not self.has_error("file"):
            self.add_error("text", "Paste the article's text or upload a .txt or .html file.")
        elif len(text) > settings.TIMELINE_MAX_ARTICLE_CHARS:
            limit = settings.TIMELINE_MAX_ARTICLE_CHARS
            self.add_error("text", f"The article is too long: at most {limit:,} characters.")
        # Offsets of proposed events refer to the normalized text, which is
        # also what is stored.
        cleaned["text"] = text
        return cleaned

    def duplicate(self):
        """The stored article this one repeats (same text or URL), if any."""
        return Article.objects.duplicate_of(text=self.cleaned_data["text"], url=self.cleaned_data.get("url") or "")


class ReviewArticleForm(ArticleImportForm):
    """The article again on the review page, carried in hidden fields; the
    publication date stays editable, with where it was found."""

    file = None
    published_from = forms.CharField(required=False, max_length=100, initial="")
    published_found = forms.DateField(required=False, initial="")
    resolved_against = forms.DateField(required=False, initial="")  # the date the proposals were dated from

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name != "published":
                field.widget = forms.HiddenInput()

    def date_moved(self):
        """True when the publication date is no longer the one the proposed
        events were dated from."""
        resolved = self.cleaned_data.get("resolved_against")
        return bool(resolved) and resolved != self.cleaned_data.get("published")

    def published_changed(self):
        found, now = self["published_found"].value(), self["published"].value()
        return bool(found) and str(found) != str(now)


# The most happenings one review page carries; settings sizes
# DATA_UPLOAD_MAX_NUMBER_FIELDS from it and the fields each one posts.
MAX_PROPOSALS = settings.TIMELINE_MAX_PROPOSALS


def format_mentions(statements):
    """The offsets of a happening's statements, as the review page carries
    them in one hidden field: "sentence_start:sentence_end:cue_start:cue_end;..."."""
    return ";".join(f"{e.sentence_start}:{e.sentence_end}:{e.cue_start}:{e.cue_end}" for e in statements)


def parse_mentions(value, text):
    """[(sentence_start, sentence_end, cue_start, cue_end)] from format_mentions'
    form, each checked against the article text; ValidationError if not."""
    offsets = []
    for part in (value or "").split(";"):
        try:
            s, e, cs, ce = (int(n) for n in part.split(":"))
        except ValueError:
            offsets = []
            break
        if not (0 <= s <= cs <= ce <= e <= len(text)):
            offsets = []
            break
        offsets.append((s, e, cs, ce))
    if not offsets:
        raise forms.ValidationError("This proposal no longer matches the article text; drop it.")
    return offsets


class ProposedEventForm(forms.Form):
    """One happening the engine proposed (one event, with a mention for each
    statement about it), as the user keeps, edits or drops it.

    The statements' offsets travel in one hidden field and are checked
    against the article text, so the stored sentences and cues are always
    verbatim."""

    keep = forms.BooleanField(required=False, initial=True)
    title = forms.CharField(max_length=300)
    date_text = PlainDateField(label="Date", help_text="")
    category = forms.ChoiceField(required=False)
    actor_names = forms.CharField(label="Actors", required=False, max_length=1000)
    place = forms.CharField(required=False, max_length=200)
    same_as = forms.ModelChoiceField(
        label="Save as",
        queryset=Event.objects.visible(),
        required=False,
        help_text="Another article already reported this event: add this report to it, or save a new event.",
    )
    mentions = forms.CharField(widget=forms.HiddenInput)
    # Issue 14: what the article says of the happening's course, and the
    # number of items a summary counts (carried from the engine, not edited).
    stage = forms.ChoiceField(choices=Stage.choices, initial=Stage.OCCURRED, required=False,
                              help_text="Planned: announced, still ahead when the article was written.")
    summary_count = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)

    def __init__(self, *args, article_text="", published=None, categories=None, matches=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.article_text = article_text
        self.published = published
        # Choices computed once per page (a thousand proposals must not
        # query the categories a thousand times).
        self.categories = categories if categories is not None else category_choices()
        self.fields["category"].choices = [("", "---------")] + [(slug, c.name) for slug, c in self.categories.items()]
        # The menu offers only the match found for this proposal (not every
        # event); validation accepts an event on the proposal's date.
        match = self.matched_event(matches)
        self.match = match
        self.fields["same_as"].choices = [("", "A new event")] + (
            [(match.pk, f"Same as: {match.title} ({match.date_label})")] if match else []
        )

    def disputes_match(self):
        """The place the matched event gives, when this report names another
        one: joining it will mark the event as disputed (timeline/claims.py)."""
        from timeline.claims import place_claim
        from timeline.extraction.claims import places_agree

        if self.match is None:
            return None
        sentences = " ".join("".join(parts) for parts in self.statements())
        place = place_claim(self["place"].value(), sentences)
        if place and self.match.place and not places_agree(place, self.match.place):
            return self.match.place
        return None

    def matched_event(self, matches=None):
        value = self["same_as"].value()
        if not value or not str(value).isdigit():
            return None
        if matches is not None:
            return matches.get(int(value))
        return Event.objects.filter(pk=value).first()

    @classmethod
    def initial_for(cls, statements):
        """The initial values for one happening: its statements (ExtractedEvent,
        one group) in text order. Title, category and place come from the
        first statement that is not a caption; the actors of all of them."""
        from timeline.extraction.statements import is_caption
        from timeline.importing import find_match

        lead = next((e for e in statements if not is_caption(e.sentence)), statements[0])
        match = find_match(lead)
        actors = dict.fromkeys(name for e in statements for name in e.actors)
        return {
            # A happening whose every statement is more likely wrong than right
            # (extract_events leaves those out unless asked) is shown unticked.
            "keep": any(e.confidence >= REVIEW_BELOW for e in statements),
            "same_as": match.pk if match else "",
            "title": lead.title,
            "date_text": DateValue(lead.date, lead.precision, lead.end_date).label,
            "category": slugify(lead.category) if lead.category else "",
            "actor_names": ", ".join(actors),
            "place": lead.place or next((e.place for e in statements if e.place), ""),
            "mentions": format_mentions(statements),
            **dict(zip(("stage", "summary_count"), happenings(statements)[0], strict=True)),
        }

    def statements(self):
        """[(before, cue, after)] of each statement's sentence, for the review page."""
        value = self.cleaned_data.get("mentions") if hasattr(self, "cleaned_data") else None
        try:
            offsets = parse_mentions(value or self["mentions"].value(), self.article_text)
        except forms.ValidationError:
            return []
        text = self.article_text
        return [(text[s:cs], text[cs:ce], text[ce:e]) for s, e, cs, ce in offsets]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("keep"):
            return cleaned
        try:
            cleaned["offsets"] = parse_mentions(cleaned.get("mentions"), self.article_text)
        except forms.ValidationError as error:
            raise forms.ValidationError(error.messages) from error
        if "date_text" in cleaned and self.published:
            try:
                cleaned["date_value"] = resolve_date(cleaned["date_text"], self.published)
            except forms.ValidationError as error:
                self.add_error("date_text", error)
        same_as, value = cleaned.get("same_as"), cleaned.get("date_value")
        if same_as is not None and value is not None and \
                (same_as.date, same_as.precision) != (value.date, value.precision):
            # Only an event on this date can be the one this report is about;
            # anything else would let an import attach to any event at all.
            self.add_error("same_as", f"That event is on {same_as.date_label}, not {value.label}.")
        return cleaned

    def to_extracted(self, group=None):
        """The reviewed happening as the engine's own result type: one
        ExtractedEvent per statement, all in `group`."""
        data, text = self.cleaned_data, self.article_text
        value = data["date_value"]
        category = self.categories.get(data["category"]) if data["category"] else None
        return [
            ExtractedEvent(
                date=value.date,
                precision=value.precision,
                end_date=value.end_date,
                title=data["title"],
                sentence=text[s:e],
                sentence_start=s,
                sentence_end=e,
                cue=text[cs:ce],
                cue_start=cs,
                cue_end=ce,
                actors=tuple(split_names(data["actor_names"])),
                place=data["place"] or None,
                category=category.name if category else None,
                group=group,
                stage=data.get("stage") or Stage.OCCURRED,
                summary_count=data.get("summary_count"),
            )
            for s, e, cs, ce in data["offsets"]
        ]


def category_choices():
    """{slug: Category} of every category, in name order."""
    return {c.slug: c for c in Category.objects.all()}


class BaseProposedEventFormSet(forms.BaseFormSet):
    def __init__(self, *args, article_text="", published=None, **kwargs):
        self.article_text = article_text
        self.published = published
        super().__init__(*args, **kwargs)

    @cached_property
    def _shared(self):
        """What every form needs, fetched once: the categories and the
        events the proposals name as their match."""
        ids = set()
        for index in range(self.total_form_count()):
            if self.is_bound:
                value = self.data.get(f"{self.add_prefix(index)}-same_as")
            else:
                value = self.initial[index].get("same_as") if index < len(self.initial or ()) else None
            if value and str(value).isdigit():
                ids.add(int(value))
        return category_choices(), Event.objects.in_bulk(ids) if ids else {}

    def get_form_kwargs(self, index):
        categories, matches = self._shared
        return {"article_text": self.article_text, "published": self.published, "categories": categories,
                "matches": matches}

    def kept(self):
        """(statements, the stored event they report again or None) for each
        kept happening; the statements of one happening share a group."""
        return [
            (form.to_extracted(group=index + 1), form.cleaned_data.get("same_as"))
            for index, form in enumerate(self.forms)
            if form.cleaned_data.get("keep")
        ]


ProposedEventFormSet = forms.formset_factory(
    ProposedEventForm, formset=BaseProposedEventFormSet, extra=0, max_num=MAX_PROPOSALS, validate_max=True
)


class FeedForm(forms.ModelForm):
    """Subscribe to a feed: it is read once before it is stored, so a wrong
    address or a page that is not a feed is refused with the reason."""

    url = forms.URLField(
        label="Feed URL",
        max_length=500,
        assume_scheme="https",
        help_text="The address of an RSS or Atom feed: an outlet's, a section's or a search's.",
    )

    class Meta:
        model = Feed
        fields = ["url", "interval"]

    def clean_url(self):
        from timeline.feeds import FeedError, read_feed

        url = self.cleaned_data["url"]
        if Feed.objects.filter(url=url).exists():
            raise forms.ValidationError("You already subscribe to this feed.")
        try:
            self.feed_title, self.entries, _ = read_feed(url)
        except FeedError as error:
            raise forms.ValidationError(str(error)) from error
        return url


def proposals_initial(statements):
    """The review formset's initial data for an article's statements: one
    form per happening (group), the least certain first (the lowest
    confidence among its statements), else in text order."""
    groups = {}
    for statement in statements:
        groups.setdefault(statement.group if statement.group is not None else id(statement), []).append(statement)
    ordered = sorted(groups.values(), key=lambda members: min(e.confidence for e in members))
    return [ProposedEventForm.initial_for(members) for members in ordered]


class BulkImportForm(forms.Form):
    """A JSON Lines file of many articles, imported by a background job.

    Every line is checked as the single-article form checks one article
    (timeline.jobs.checked) before the job is queued: one bad line refuses
    the file and nothing is imported."""

    MAX_BYTES = 200 * 1024 * 1024

    file = forms.FileField(
        label="JSON Lines file (.jsonl)",
        help_text="One {“title”, “url”, “published”, “text”, “source”} object per line; dates as YYYY-MM-DD.",
    )

    def clean_file(self):
        from timeline import jobs

        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".jsonl"):
            raise forms.ValidationError("Upload a .jsonl file: one JSON object per line.")
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(f"The file is too large: at most {self.MAX_BYTES // 2**20} MB.")
        try:
            content = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError("The file is not UTF-8 text.") from error
        try:
            self.records = jobs.checked(jobs.read_jsonl(upload.name, content))
        except jobs.InputError as error:
            raise forms.ValidationError(str(error).splitlines()) from error
        if not self.records:
            raise forms.ValidationError("The file holds no articles.")
        return upload
