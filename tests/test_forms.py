import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from timeline.forms import ArticleImportForm, EventForm, ProposedEventForm, ProposedEventFormSet
from timeline.models import Article, Event

D = datetime.date


@pytest.fixture
def article(db):
    return Article.objects.create(title="Envoy in Seoul", published=D(2023, 4, 6), text="Envoy talks.")


def event_data(**overrides):
    data = {"title": "Envoy meets minister", "date_text": "5 April 2023", "reference_article": "",
            "summary": "", "category": "", "actor_names": "United States, South Korea", "place": "Seoul",
            "status": "confirmed"}
    data.update(overrides)
    return data


@pytest.mark.django_db
@pytest.mark.parametrize(
    "typed, expected, precision",
    [
        ("5 April 2023", D(2023, 4, 5), "day"),
        ("2023-04-05", D(2023, 4, 5), "day"),
        ("March 2023", D(2023, 3, 1), "month"),
        ("2023", D(2023, 1, 1), "year"),
        ("last Thursday", D(2023, 3, 30), "day"),
    ],
)
def test_event_form_resolves_plain_language_against_article(article, typed, expected, precision):
    form = EventForm(event_data(date_text=typed, reference_article=article.pk))
    assert form.is_valid(), form.errors
    event = form.save()
    assert (event.date, event.precision) == (expected, precision)
    assert sorted(a.name for a in event.actors.all()) == ["South Korea", "United States"]


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["blah blah", "05/04/2023", ""])
def test_event_form_rejects_bad_dates_and_keeps_input(typed):
    form = EventForm(event_data(date_text=typed))
    assert not form.is_valid()
    assert form.errors["date_text"]
    assert form["title"].value() == "Envoy meets minister"
    assert form["date_text"].value() == typed


@pytest.mark.django_db
def test_event_form_asks_for_the_date_a_relative_phrase_counts_from(article):
    form = EventForm(event_data(date_text="a day after", reference_article=article.pk))
    assert not form.is_valid()
    assert "counted from another date" in form.errors["date_text"][0]
    assert form["date_text"].value() == "a day after"


@pytest.mark.django_db
@pytest.mark.parametrize("typed, expected, precision", [("2100", D(2100, 1, 1), "year"),
                                                         ("Q1 2023", D(2023, 1, 1), "month")])
def test_event_form_reads_bare_years_and_quarters(typed, expected, precision):
    form = EventForm(event_data(date_text=typed))
    assert form.is_valid(), form.errors
    event = form.save()
    assert (event.date, event.precision) == (expected, precision)


@pytest.mark.django_db
def test_event_form_edit_round_trips_the_label(article):
    event = Event.objects.create(title="Launches", date=D(2023, 3, 1), precision="month")
    form = EventForm(instance=event)
    assert form["date_text"].value() == "March 2023"
    data = event_data(date_text=form["date_text"].value(), title="Launches", version=form["version"].value())
    form = EventForm(data, instance=event)
    assert form.is_valid(), form.errors
    assert form.save().date_label == "March 2023"


def import_data(**overrides):
    data = {"title": "Launch", "url": "", "source": "Harbor Wire", "published": "2023-04-06",
            "text": "North Korea fired a missile on Thursday."}
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_import_form_accepts_text_or_file():
    assert ArticleImportForm(import_data()).is_valid()
    upload = SimpleUploadedFile("a.txt", b"Talks were held on Friday.\r\n")
    form = ArticleImportForm(import_data(text=""), {"file": upload})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["text"] == "Talks were held on Friday."


@pytest.mark.django_db
@pytest.mark.parametrize(
    "overrides, files, field, message",
    [
        ({"text": "  "}, {}, "text", "Paste the article"),
        ({"published": "next week"}, {}, "published", "valid date"),
        ({"published": "2999-01-01"}, {}, "published", "in the future"),
        ({"url": "not a url"}, {}, "url", "valid URL"),
        ({"text": ""}, {"file": SimpleUploadedFile("a.txt", b"\xff\xfe\x00garbage")}, "file", "UTF-8"),
        ({"text": ""}, {"file": SimpleUploadedFile("a.pdf", b"%PDF")}, "file", ".txt"),
    ],
)
def test_import_form_errors_say_what_is_wrong(overrides, files, field, message):
    form = ArticleImportForm(import_data(**overrides), files)
    assert not form.is_valid()
    assert message in " ".join(form.errors[field])


@pytest.mark.django_db
def test_import_form_finds_duplicates():
    Article.objects.create(title="Launch", published=D(2023, 4, 6), text="North Korea fired a missile on Thursday.")
    form = ArticleImportForm(import_data(text="North Korea fired a missile on Thursday.\n"))
    assert form.is_valid()
    assert form.duplicate() is not None


def proposal(text, **overrides):
    data = {"keep": "on", "title": "Launch", "date_text": "6 April 2023", "category": "missile-launch",
            "actor_names": "North Korea", "place": "", "mentions": f"0:{len(text)}:28:39"}
    data.update(overrides)
    return data


def formset_data(forms):
    data = {"form-TOTAL_FORMS": len(forms), "form-INITIAL_FORMS": len(forms)}
    for index, form in enumerate(forms):
        data.update({f"form-{index}-{key}": value for key, value in form.items()})
    return data


@pytest.mark.django_db
def test_proposed_events_formset_keeps_edits_and_drops():
    text = "North Korea fired a missile on Thursday."
    data = formset_data([proposal(text, title="Edited launch"), proposal(text, keep="")])
    formset = ProposedEventFormSet(data, article_text=text, published=D(2023, 4, 6))
    assert formset.is_valid(), formset.errors
    [([kept], same_as)] = formset.kept()
    assert same_as is None
    assert kept.title == "Edited launch"
    assert kept.cue == "on Thursday"
    assert kept.category == "Missile launch"
    assert kept.actors == ("North Korea",)


@pytest.mark.django_db
def test_proposed_event_with_bad_offsets_or_date_is_invalid():
    text = "North Korea fired a missile on Thursday."
    data = formset_data([proposal(text, mentions="0:40:28:999"), proposal(text, date_text="whenever")])
    formset = ProposedEventFormSet(data, article_text=text, published=D(2023, 4, 6))
    assert not formset.is_valid()
    assert "no longer matches" in str(formset.forms[0].non_field_errors())
    assert formset.forms[1].errors["date_text"]


@pytest.mark.django_db
def test_proposed_event_initial_from_extraction():
    from timeline.extraction import extract_events

    [extracted] = extract_events("North Korea fired a missile on Thursday.", published=D(2023, 4, 6))
    initial = ProposedEventForm.initial_for([extracted])
    assert initial["date_text"] == "6 April 2023"
    assert initial["mentions"] == f"0:40:{extracted.cue_start}:{extracted.cue_end}"
    assert initial["category"] == "missile-launch"


@pytest.mark.django_db
def test_one_proposal_per_happening_least_certain_first():
    import dataclasses

    from timeline.extraction import extract_events
    from timeline.forms import proposals_initial

    text = ("North Korea fired two missiles on Thursday. The missiles were fired on Thursday from near Pyongyang, "
            "Japan said. The envoy will meet officials in Seoul on Friday.")
    statements = extract_events(text, published=D(2023, 4, 6))
    assert [s.group for s in statements] == [1, 1, 2]
    unsure = [dataclasses.replace(s, confidence=0.5) if s.group == 2 else s for s in statements]
    first, second = proposals_initial(unsure)
    assert first["date_text"] == "7 April 2023"  # the least certain first
    assert second["mentions"].count(";") == 1  # two statements, one event


@pytest.mark.django_db
def test_reference_menu_lists_recent_articles_and_the_chosen_one(monkeypatch):
    monkeypatch.setattr("timeline.forms.REFERENCE_MENU_SIZE", 5)
    old = Article.objects.create(title="Old story", published=D(2001, 1, 1), text="Old.")
    for day in range(1, 28):
        Article.objects.create(title=f"Story {day}", published=D(2023, 4, day), text=f"Text {day}.")
    choices = EventForm(event_data(reference_article=old.pk)).reference_choices()
    assert choices[0] == ("", "Today")
    assert choices[1][1] == "Story 27 (27 April 2023)"
    assert len(choices) == 7
    assert choices[-1] == (old.pk, "Old story (1 January 2001)")
    assert len(EventForm(event_data()).reference_choices()) == 6
