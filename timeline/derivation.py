"""Dates that stay right when what they were counted from changes.

Each mention stores the date its source gives and how the engine derived
it: the rule, the tense and the statement it was counted from (its anchor,
or the publication date). When an article's publication date is corrected
(Article.save), or an event a date was counted from is re-dated
(Event.save), the article's dates are derived again: the engine reads the
unchanged text once more, with the new publication date, and with the
statements whose event stands on another date than they say "pinned" to
that date (so "a day later" follows the arrival a person moved, not the
arrival the text reads). Statements are matched by their cue's offsets.

Re-running the engine, rather than storing each dependency as an offset
("+1 day") and replaying it, keeps one definition of every rule: "the
following Monday", "that year" or "the next day" after a month are not
offsets, and the engine already knows them.

For each event whose date came from a re-derived report: an event nobody
confirmed or re-dated by hand moves, and its history says why; one a
person confirmed or edited never moves on its own: a DateChange asks an
editor to accept or reject the new date. All of it runs in the caller's
transaction (the save that triggered it): a failed request changes nothing.
"""
from timeline.extraction import extract_events
from timeline.models import REDERIVED, DateChange, Event, Mention

# How far a change may travel from article to article through events that
# several articles report (each step is complete and consistent on its own).
MAX_DEPTH = 5


def rederive_article(article, *, reason, depth=0):
    """Derive the dates of `article`'s mentions again; returns the events
    moved (DateChange rows are created for the ones a person holds)."""
    mentions = list(article.mentions.select_related("event"))
    if not any(m.rule for m in mentions):
        return []  # no date the engine derived (typed at review, or stored before derivations were kept)
    anchors = {m.anchor_id for m in mentions if m.anchor_id}
    pinned = {
        m.cue_start: m.event.date_value
        for m in mentions
        if m.pk in anchors and m.date is not None and m.event.date_value != m.date_value
    }
    found = {e.cue_start: e for e in extract_events(article.text, published=article.published, pinned=pinned,
                                                     uncertain=True)}
    at = {m.cue_start: m.pk for m in sorted(mentions, key=lambda m: -m.pk)}  # the first stored wins
    moves = {}
    for mention in mentions:
        statement = found.get(mention.cue_start)
        if not mention.rule or statement is None or statement.cue_end != mention.cue_end:
            continue  # a person's date, or the engine no longer dates these words: left as they are
        before = (mention.date_value, mention.rule, mention.confidence, mention.tense, mention.anchor_id)
        old = mention.date_value
        mention.set_claim(statement)
        mention.set_derivation(statement)
        mention.anchor_id = at.get(statement.anchor_cue_start)
        if before == (mention.date_value, mention.rule, mention.confidence, mention.tense, mention.anchor_id):
            continue
        mention._change_reason = f"{REDERIVED}: {reason}"[:100]
        mention.save()
        if mention.date_value != old:
            moves.setdefault(mention.event_id, (mention, old))
    moved = [event for mention, old in moves.values() if (event := apply(mention, old, reason)) is not None]
    if depth < MAX_DEPTH:
        for event in moved:
            follow_event(event, skip=article, depth=depth + 1)
    return moved


def apply(mention, old, reason):
    """Carry a report's new date to its event, if the event's date came
    from it: move an event no person holds (returned), else ask for review."""
    event, new = mention.event, mention.date_value
    if event.date_value != old:
        return None  # the event stands on another date (a person's, another source's): the claim alone changed
    if event.dated_by_person():
        if event.status == Event.Status.REJECTED:
            return None
        # A newer derivation of the same report replaces an undecided one.
        DateChange.objects.pending().filter(event=event, mention=mention).delete()
        DateChange.objects.create(
            event=event,
            mention=mention,
            old_date=old.date,
            old_precision=old.precision,
            old_end_date=old.end_date,
            new_date=new.date,
            new_precision=new.precision,
            new_end_date=new.end_date,
            reason=reason[:300],
        )
        return None
    event.date, event.precision, event.end_date = new.date, new.precision, new.end_date
    event._rederived = True  # what counts from it in this article was derived with it
    event._change_reason = f"{REDERIVED}: {reason}"[:100]
    event.save()
    return event


def follow_event(event, *, skip=None, depth=0):
    """The event was re-dated: derive again the articles where a report of
    it is what other dates were counted from (but `skip`, done already)."""
    articles = (
        Mention.objects.filter(event=event, dependents__isnull=False)
        .exclude(article=skip)
        .select_related("article")
        .distinct()
    )
    reason = f"“{event.title[:40]}” re-dated to {event.date_label}"
    for article in {m.article_id: m.article for m in articles}.values():
        rederive_article(article, reason=reason, depth=depth)
