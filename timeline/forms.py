"""Forms for adding and correcting events and for importing articles.

Dates are typed in plain language and resolved by the extraction engine's
`parse_date_phrase`, so a form and the engine agree on what "last Thursday"
or "March 2023" means."""
import datetime

from django import forms
from django.conf import settings
from django.utils import timezone

from timeline.extraction import DateParseError, DateValue, ExtractedEvent, parse_date_phrase
from timeline.models import Actor, Article, Category, Event, normalize_text

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


class EventForm(forms.ModelForm):
    """Add or correct an event; its date is typed in plain language."""

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

    class Meta:
        model = Event
        fields = ["title", "summary", "category", "place", "status"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["date_text"].initial = self.instance.date_label
            self.fields["actor_names"].initial = ", ".join(a.name for a in self.instance.actors.all())
            first_mention = self.instance.mentions.select_related("article").first()
            if first_mention:
                self.fields["reference_article"].initial = first_mention.article_id
        self.date_value = None

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
    """What the htmx date preview reads: the date typed and its reference."""

    date_text = forms.CharField(required=False, max_length=100)
    reference_article = forms.ModelChoiceField(queryset=Article.objects.all(), required=False)

    def preview(self):
        """(DateValue or None, error message or None)."""
        if not self.is_valid() or not self.cleaned_data["date_text"].strip():
            return None, None
        reference = reference_date(self.cleaned_data["reference_article"])
        try:
            return resolve_date(self.cleaned_data["date_text"], reference), None
        except forms.ValidationError as error:
            return None, error.messages[0]


class ArticleImportForm(forms.Form):
    """An article pasted or uploaded as a .txt file, before review."""

    title = forms.CharField(max_length=300)
    url = forms.URLField(label="URL", required=False, max_length=500, assume_scheme="https")
    source = forms.CharField(max_length=200, required=False, help_text="Outlet or agency.")
    published = forms.DateField(
        label="Publication date",
        help_text="YYYY-MM-DD. Relative dates in the text (“on Thursday”) are resolved against it.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 14}), required=False, strip=False)
    file = forms.FileField(
        label="…or upload a .txt file", required=False, help_text="Plain text, UTF-8. Replaces the text box."
    )

    def clean_published(self):
        published = self.cleaned_data["published"]
        if published > timezone.localdate() + datetime.timedelta(days=1):
            raise forms.ValidationError("The publication date is in the future.")
        return published

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        limit = settings.TIMELINE_MAX_ARTICLE_CHARS
        if not upload.name.lower().endswith(".txt"):
            raise forms.ValidationError("Upload a plain-text .txt file.")
        if upload.size > limit * 4:
            raise forms.ValidationError(f"The file is too large: at most {limit:,} characters.")
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                "The file is not UTF-8 text. Save it as UTF-8 plain text and upload it again."
            ) from error

    def clean(self):
        cleaned = super().clean()
        text = normalize_text(cleaned.get("file") or cleaned.get("text") or "")
        if not text and not self.has_error("file"):
            self.add_error("text", "Paste the article's text or upload a .txt file.")
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
    """The article again on the review page, carried in hidden fields."""

    file = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget = forms.HiddenInput()


class ProposedEventForm(forms.Form):
    """One event the engine proposed, as the user keeps, edits or drops it.

    The offsets travel in hidden fields and are checked against the article
    text, so the stored sentence and cue are always verbatim."""

    keep = forms.BooleanField(required=False, initial=True)
    title = forms.CharField(max_length=300)
    date_text = PlainDateField(label="Date", help_text="")
    category = forms.ModelChoiceField(queryset=Category.objects.all(), required=False, to_field_name="slug")
    actor_names = forms.CharField(label="Actors", required=False, max_length=1000)
    place = forms.CharField(required=False, max_length=200)
    same_as = forms.ModelChoiceField(
        label="Save as",
        queryset=Event.objects.all(),
        required=False,
        help_text="Another article already reported this event: add this report to it, or save a new event.",
    )
    sentence_start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    sentence_end = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    cue_start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    cue_end = forms.IntegerField(min_value=0, widget=forms.HiddenInput)

    def __init__(self, *args, article_text="", published=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.article_text = article_text
        self.published = published
        # The menu offers only the match found for this proposal (not every
        # event); validation still accepts any existing event.
        match = self.matched_event()
        self.fields["same_as"].choices = [("", "A new event")] + (
            [(match.pk, f"Same as: {match.title} ({match.date_label})")] if match else []
        )

    def matched_event(self):
        value = self["same_as"].value()
        if not value or not str(value).isdigit():
            return None
        return Event.objects.filter(pk=value).first()

    @classmethod
    def initial_for(cls, extracted):
        match = Event.objects.matching(extracted)
        return {
            "keep": True,
            "same_as": match.pk if match else "",
            "title": extracted.title,
            "date_text": DateValue(extracted.date, extracted.precision, extracted.end_date).label,
            "category": extracted.category and Category.objects.filter(name__iexact=extracted.category).first(),
            "actor_names": ", ".join(extracted.actors),
            "place": extracted.place or "",
            "sentence_start": extracted.sentence_start,
            "sentence_end": extracted.sentence_end,
            "cue_start": extracted.cue_start,
            "cue_end": extracted.cue_end,
        }

    def sentence_parts(self):
        """(before, cue, after) for the review page, from the offsets."""
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        values = {
            name: data.get(name, self[name].value())
            for name in ("sentence_start", "sentence_end", "cue_start", "cue_end")
        }
        try:
            s, e, cs, ce = (int(values[n]) for n in ("sentence_start", "sentence_end", "cue_start", "cue_end"))
        except (TypeError, ValueError):
            return "", "", ""
        text = self.article_text
        if not (0 <= s <= cs <= ce <= e <= len(text)):
            return text[s:e], "", ""
        return text[s:cs], text[cs:ce], text[ce:e]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("keep"):
            return cleaned
        offsets = [cleaned.get(n) for n in ("sentence_start", "cue_start", "cue_end", "sentence_end")]
        if None in offsets or offsets != sorted(offsets) or offsets[-1] > len(self.article_text):
            raise forms.ValidationError("This proposal no longer matches the article text; drop it.")
        if "date_text" in cleaned and self.published:
            try:
                cleaned["date_value"] = resolve_date(cleaned["date_text"], self.published)
            except forms.ValidationError as error:
                self.add_error("date_text", error)
        return cleaned

    def to_extracted(self):
        """The reviewed proposal as the engine's own result type."""
        data, text = self.cleaned_data, self.article_text
        value = data["date_value"]
        return ExtractedEvent(
            date=value.date,
            precision=value.precision,
            end_date=value.end_date,
            title=data["title"],
            sentence=text[data["sentence_start"] : data["sentence_end"]],
            sentence_start=data["sentence_start"],
            sentence_end=data["sentence_end"],
            cue=text[data["cue_start"] : data["cue_end"]],
            cue_start=data["cue_start"],
            cue_end=data["cue_end"],
            actors=tuple(split_names(data["actor_names"])),
            place=data["place"] or None,
            category=data["category"].name if data["category"] else None,
        )


class BaseProposedEventFormSet(forms.BaseFormSet):
    def __init__(self, *args, article_text="", published=None, **kwargs):
        self.article_text = article_text
        self.published = published
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {"article_text": self.article_text, "published": self.published}

    def kept(self):
        """(ExtractedEvent, the stored event it reports again or None) for each kept proposal."""
        return [
            (form.to_extracted(), form.cleaned_data.get("same_as"))
            for form in self.forms
            if form.cleaned_data.get("keep")
        ]


ProposedEventFormSet = forms.formset_factory(
    ProposedEventForm, formset=BaseProposedEventFormSet, extra=0, max_num=2000, validate_max=True
)


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
