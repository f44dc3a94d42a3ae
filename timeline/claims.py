"""Per-source claims: what each article says of an event's date and place,
and whether the sources disagree (issue 14, part 4).

Each mention carries its source's claim (Mention.date, precision, end_date,
place). An event is disputed when two articles claim what cannot both be
true (timeline.extraction.claims). An editor settles a fact by choosing one
claim (Event.use_claim): the claims made so far are then settled, and the
dispute comes back only when a later source contradicts the value chosen,
or another later source.

Event.disputed stores the outcome, so that the timeline filters on a column
(a partial index holds the disputed events) instead of comparing the
mentions of every row; it is recomputed when mentions are written
(importing.EventWriter, signals) and when the event is saved."""
from dataclasses import dataclass
from itertools import combinations
from typing import NamedTuple

from timeline.extraction.claims import dates_agree, places_agree
from timeline.extraction.types import DateValue

FACTS = ("date", "place")
AGREE = {"date": dates_agree, "place": places_agree}
# The Event field that says up to which mention a fact is settled.
SETTLED_FIELD = {"date": "date_settled_through", "place": "place_settled_through"}


@dataclass(frozen=True)
class Claim:
    """One source's value of one fact, as compared."""

    mention_id: int
    article_id: int
    value: object  # DateValue, or the place as written


def date_claim(date, precision, end_date):
    return DateValue(date, precision, end_date) if date else None


def place_claim(place, sentence):
    """The place a mention claims: only one its sentence names. A place the
    engine took from the dateline is where the reporter filed from, not a
    claim about the event ("SEOUL —" over a launch near Pyongyang)."""
    place = (place or "").strip()
    return place if place and place.casefold() in (sentence or "").casefold() else None


def mention_claims(mention):
    """{fact: value or None} of a Mention."""
    return {
        "date": date_claim(getattr(mention, "date", None), mention.precision, mention.end_date),
        "place": place_claim(mention.place, mention.sentence),
    }


def event_values(event):
    """{fact: the event's value}; fields only, so that a migration's
    historical models can be compared too."""
    return {"date": date_claim(event.date, event.precision, event.end_date), "place": event.place.strip() or None}


def conflicting(fact, claims, value, settled_through):
    """The ids of the mentions whose claim of `fact` is in dispute.

    Open claims (those after `settled_through`, or all when the fact was
    never settled) conflict with each other across articles (one article's
    statements do not dispute each other), and, once an editor has chosen
    `value`, with it."""
    agree = AGREE[fact]
    open_claims = [
        c for c in claims if c.value is not None and (settled_through is None or c.mention_id > settled_through)
    ]
    found = set()
    # Pairs of distinct (article, value): an event's many statements say few different things.
    distinct = {(c.article_id, c.value): c for c in open_claims}
    for (article_a, a), (article_b, b) in combinations(distinct, 2):
        if article_a != article_b and not agree(a, b):
            found |= {c.mention_id for c in open_claims if (c.article_id, c.value) in {(article_a, a), (article_b, b)}}
    if settled_through is not None and value is not None:
        found |= {c.mention_id for c in open_claims if not agree(c.value, value)}
    return found


def in_dispute(event, mentions, new=None):
    """Whether any fact of the event is in dispute: any(disputes(event,
    mentions).values()), told sooner. `new`: the ids of the mentions added
    since the others were found in agreement (the event stored as not
    disputed, its values and settlement unchanged since); then only the
    pairs with a claim the others did not make are compared, as the pairs
    among the others are known to agree. A claim added only adds pairs, so
    an event disputed before stays so (the caller keeps its flag)."""
    settled = {fact: getattr(event, SETTLED_FIELD[fact]) for fact in FACTS}
    # {fact: {(article, value) of an open claim: whether an older mention made it}},
    # mention_claims() spelled out: a batch reads some 19,000 mentions. A date
    # is keyed by its fields first, and made a DateValue once per distinct claim.
    dates, places = {}, {}
    date_settled, place_settled = settled["date"], settled["place"]
    for mention in mentions:
        pk = mention.pk
        older = new is not None and pk not in new
        if getattr(mention, "date", None) and (date_settled is None or pk > date_settled):
            key = (mention.article_id, mention.date, mention.precision, mention.end_date)
            if older:
                dates[key] = True
            else:
                dates.setdefault(key, False)
        if mention.place and (place_settled is None or pk > place_settled):
            place = place_claim(mention.place, mention.sentence)
            if place is not None:
                if older:
                    places[mention.article_id, place] = True
                else:
                    places.setdefault((mention.article_id, place), False)
    known = {
        "date": {(article, DateValue(date, precision, end)): older
                 for (article, date, precision, end), older in dates.items()},
        "place": places,
    }
    values = event_values(event)
    for fact in FACTS:
        fresh = [key for key, older in known[fact].items() if not older]
        if fresh and has_conflict(fact, fresh, known[fact], values[fact] if settled[fact] is not None else None):
            return True
    return False


def has_conflict(fact, fresh, keys, value):
    """Whether a claim of `fresh` (article, value) disagrees with one of
    another article among `keys`, or with the `value` an editor chose (None:
    none chosen): conflicting()'s pairs that hold a fresh claim.

    Compared value by value, each with the articles that claim it: an event
    reported tens of times holds a few distinct dates and places, and a
    batch compared its fresh claims with every report (most of a batch's
    dispute checks)."""
    agree = AGREE[fact]
    articles = {}
    for article_b, b in keys:
        articles.setdefault(b, set()).add(article_b)
    for article_a, a in fresh:
        if value is not None and not agree(a, value):
            return True
        for b, by in articles.items():
            if (len(by) > 1 or article_a not in by) and not agree(a, b):
                return True
    return False


def disputes(event, mentions):
    """{fact: ids of the mentions in dispute} for an event and its mentions."""
    values = event_values(event)
    claims = {fact: [] for fact in FACTS}
    for mention in mentions:
        for fact, value in mention_claims(mention).items():
            claims[fact].append(Claim(mention.pk, mention.article_id, value))
    return {
        fact: conflicting(fact, claims[fact], values[fact], getattr(event, SETTLED_FIELD[fact]))
        for fact in FACTS
    }


@dataclass
class SourceClaim:
    """A row of the event page's "What each source says"."""

    mention: object
    date: DateValue | None
    place: str | None
    date_disputed: bool
    place_disputed: bool
    date_in_use: bool
    place_in_use: bool


def source_claims(event, mentions):
    """The event page's rows, one per mention, with what is disputed and
    which claim the event uses."""
    found = disputes(event, mentions)
    values = event_values(event)
    rows = []
    for mention in mentions:
        claims = mention_claims(mention)
        rows.append(
            SourceClaim(
                mention=mention,
                date=claims["date"],
                place=claims["place"],
                date_disputed=mention.pk in found["date"],
                place_disputed=mention.pk in found["place"],
                date_in_use=claims["date"] is not None and claims["date"] == values["date"],
                place_in_use=claims["place"] is not None and claims["place"] == values["place"],
            )
        )
    return rows


# What comparing claims reads of a mention.
MENTION_FIELDS = ("id", "event_id", "article_id", "sentence", "date", "precision", "end_date", "place")
# ... and of an event.
EVENT_FIELDS = ("id", "date", "precision", "end_date", "place", "disputed", "date_settled_through",
                "place_settled_through")


class MentionRow(NamedTuple("MentionRow", [(name, object) for name in MENTION_FIELDS])):
    """A mention as comparing claims reads it, for many at once (a tuple,
    not a Mention)."""

    @property
    def pk(self):
        return self.id


class EventRow(NamedTuple("EventRow", [(name, object) for name in EVENT_FIELDS])):
    """An event as comparing claims reads it (EventQuerySet.refresh_disputes)."""
