"""Storing an article and the events the extraction engine found in it.

The one path the import form, the import command and the demo loader share:
finding the stored event an extracted statement reports again (matching), and
creating events and mentions from the engine's results. Kept apart from
EventQuerySet, which only filters and orders events."""
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from timeline.extraction.similarity import same_happening
from timeline.extraction.types import truncate_to_precision
from timeline.models import Actor, Article, Category, Event, Mention, normalize_text

# How many candidates on the same date an import compares a statement with.
MATCH_CANDIDATES = 20


def match_candidates(extracted, *, article=None):
    """Stored, visible events an extracted statement could report again:
    same date, precision and end, not reported by `article` already (one
    article's two launches on a day stay two)."""
    end_date = truncate_to_precision(extracted.end_date, extracted.precision)
    date = truncate_to_precision(extracted.date, extracted.precision)
    candidates = Event.objects.visible().filter(
        date=date, precision=extracted.precision, end_date=None if end_date == date else end_date
    )
    if article is not None and article.pk:
        candidates = candidates.exclude(mentions__article=article)
    return candidates


def find_match(extracted, *, article=None):
    """The stored event that `extracted` reports again, or None.

    A candidate on the same date (match_candidates) whose title, actors and
    category say it is the same happening (extraction.similarity
    .same_happening, strict: a missed match leaves a visible duplicate that
    the reviewer can still join, a wrong one hides an event)."""
    candidates = match_candidates(extracted, article=article).select_related("category")
    for event in candidates.prefetch_related("actors").order_by("id")[:MATCH_CANDIDATES]:
        if same_happening(
            event.title,
            extracted.title,
            actors=[actor.name for actor in event.actors.all()],
            other_actors=extracted.actors,
            category=event.category.name.lower() if event.category else None,
            other_category=extracted.category,
            strict=True,
        ):
            return event
    return None


def create_event(extracted, *, article, user=None, same_as=None, add_actors=True):
    """An event, with its mention in `article`, from an ExtractedEvent; or,
    given `same_as`, that event with one more mention (and, when
    `add_actors`, the statement's actors)."""
    if same_as is not None:
        if add_actors:
            same_as.actors.add(*Actor.objects.for_names(extracted.actors))
        Mention.record(same_as, article, extracted)
        return same_as
    category = None
    if extracted.category:
        category = Category.objects.get_or_create(
            slug=slugify(extracted.category)[:80], defaults={"name": extracted.category.capitalize()}
        )[0]
    event = Event.objects.create(
        title=extracted.title[:300],
        date=extracted.date,
        precision=extracted.precision,
        end_date=extracted.end_date,
        category=category,
        place=(extracted.place or "")[:200],
        created_by=user,
    )
    event.actors.set(Actor.objects.for_names(extracted.actors))
    Mention.record(event, article, extracted)
    return event


def import_article(*, title, published, text, url="", source="", user=None, events=None, matches=None):
    """Store an article and its events in one transaction.

    `events` are the extraction engine's ExtractedEvent objects as the user
    reviewed them; when None the engine proposes them. Offsets in them refer
    to the normalized text. Statements of one happening (the same `group`)
    become one event with a mention each. `matches`, beside `events`, names
    the stored event each one reports again (or None); when not given, each
    happening is looked for (find_match). Returns (article, created): an
    article already stored (same content or URL), even by an import running
    at the same moment, is returned untouched.
    """
    from timeline.extraction import extract_events

    text = normalize_text(text)
    existing = Article.objects.duplicate_of(text=text, url=url)
    if existing is not None:
        return existing, False
    if events is None:
        events = extract_events(text, published=published)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                title=title, url=url or None, source=source, published=published, text=text, imported_by=user
            )
            _store_events(article, events, matches, user)
    except IntegrityError:
        # Another import stored the same article between the check above and
        # this insert (the unique content hash or URL refused the second).
        existing = Article.objects.duplicate_of(text=text, url=url)
        if existing is None:
            raise
        return existing, False
    return article, True


def _store_events(article, events, matches, user):
    by_group = {}
    # Joining an event someone else stored adds this report's actors to it
    # only when the importer may change events (the review form's choice of
    # "Same as" is otherwise a way to edit any event).
    add_actors = user is None or user.has_perm("timeline.change_event")
    for index, extracted in enumerate(events):
        group = getattr(extracted, "group", None)
        if group is not None and group in by_group:
            create_event(extracted, article=article, user=user, same_as=by_group[group])
            continue
        # Reviewed proposals come with the reviewer's choice of match;
        # otherwise an event another article already reported is found.
        same_as = matches[index] if matches is not None else find_match(extracted, article=article)
        event = create_event(extracted, article=article, user=user, same_as=same_as,
                             add_actors=add_actors or same_as is None)
        if group is not None:
            by_group[group] = event
