"""The passes over an article's statements once each is read: an anchor that names a dropped
statement points to the one kept for it, statements about one happening share a group, a statement
with no category takes the article's topic, and each person goes under one name."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from . import similarity
from .anchors import SEASON_TURN, in_season
from .categories import categorise
from .direction import CAPTION_SCENE, GONE_BEFORE, KNOWN_OUTCOME_AFTER
from .events import full_names
from .fastpath import holds
from .lexicon import WD, WEEKDAY_NAMES
from .stages import statement_stage
from .tense import has_past_marker
from .types import DateValue, ExtractedEvent

# --- Anchors of the statements kept ------------------------------------------------

def with_anchors_kept(events: list[ExtractedEvent], aliases: dict[int, int]) -> list[ExtractedEvent]:
    """Anchors named by a statement that is not kept (a repeated date, a
    range's end) point to the statement kept for it."""
    out = []
    for e in events:
        source = e.anchor_cue_start
        while source in aliases:
            source = aliases[source]
        out.append(e if source == e.anchor_cue_start else _with(e, anchor_cue_start=source))
    return out


# --- A list of days, its season told after it -----------------------------------

# The sentence right after a list that says what its items share, in a season across the turn of a year:
# "They were the 10 managers that left their clubs in the 2008-09 season." (a pronoun or a word for all of
# them opening it, the season's two years, then "season").
_SEASON_OF_LIST = re.compile(r"(?:They|These|Those|All|Each|Both)\b[^.?!\n]{0,150}?\b(?P<y>(?:19|20)\d\d)\s*[-–/]\s*"
                             r"(?P<y2>\d\d|(?:19|20)\d\d)\s+(?:[A-Z][\w&'’.-]*\s+){0,3}seasons?\b")
# What may stand between the list and that sentence: a short question or remark ("What do they all have in
# common?").
_LIST_TO_SEASON = re.compile(r"\s*(?:[^.?!\n]{1,80}[.?!]\s+)?")
# The season sentence restates the list's happening with a verb of its own in the past, not a copula's
# description of the people ("They were the managers that left their clubs in the 2008-09 season", not "All
# three were players in the 2008-09 season").
_HAPPENED = re.compile(r"\b(?!(?:was|were|had|been|need|feed|seed|red|bed|speed|shed|led)\b)[a-z]+ed\b|"
                       r"\b(?:left|quit|lost|won|took|went|came|made|got|fell|gave|resigned|sacked|fired|departed)\b")
# A list told of the season now under way: "Sacked so far this season:" (its days are this season's).
_NOW_SEASON = re.compile(r"\bthis\s+(?:season|campaign|term)\b|\bso\s+far\b", re.IGNORECASE)
# A year written before the list: it may have placed the list's days already.
_FOUR_DIGIT_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
# How many days a list needs, how far before it no year may stand.
_SEASON_LIST_MIN = 3
_SEASON_LIST_CLEAR = 300


def _line_alone(text: str, e: ExtractedEvent) -> bool:
    """Is the event's sentence a line of its own?"""
    return (e.sentence_start == 0 or text[e.sentence_start - 1] == "\n") and \
        (e.sentence_end == len(text) or text[e.sentence_end] == "\n")


def with_listed_days_in_season(events: list[ExtractedEvent], text: str) -> list[ExtractedEvent]:
    """A list of yearless days, a line each ("Alan Curbishley (West Ham – 3rd Sept)", "Kevin Keegan (Newcastle –
    4th Sept)", ... "Ricky Sbragia (Sunderland – 24th May)"), in the order of a season, then the sentence that
    says what they share in a season across the turn of a year ("They were the 10 managers that left their
    clubs in the 2008-09 season."): the days lie in that season, August to December in its first year,
    January to July in its second, not in the year before the paper's. Only with no year written before the
    list, which might have placed them."""
    if "season" not in text:
        return events
    out = list(events)
    k = 0
    while k < len(out):
        run = [k]
        if out[k].rule in ("dmy", "mdy") and out[k].precision == "day" and _line_alone(text, out[k]):
            while run[-1] + 1 < len(out):
                a, b = out[run[-1]], out[run[-1] + 1]
                if b.rule not in ("dmy", "mdy") or b.precision != "day" or b.sentence_start == a.sentence_start or \
                        not _line_alone(text, b) or text[a.sentence_end:b.sentence_start].strip():
                    break
                run.append(run[-1] + 1)
        if len(run) >= _SEASON_LIST_MIN:
            listed = [out[i] for i in run]
            last = listed[-1]
            gap = _LIST_TO_SEASON.match(text, last.sentence_end)
            told = _SEASON_OF_LIST.match(text, gap.end()) if gap else None
            turns = [(e.date.month - SEASON_TURN) % 12 for e in listed]
            if told is not None and turns == sorted(turns) and _HAPPENED.search(told[0]) and \
                    not _NOW_SEASON.search(text, max(0, listed[0].sentence_start - _SEASON_LIST_CLEAR),
                                           listed[0].sentence_start) and \
                    not any(_FOUR_DIGIT_YEAR.search(e.cue) for e in listed) and \
                    not _FOUR_DIGIT_YEAR.search(text, max(0, listed[0].sentence_start - _SEASON_LIST_CLEAR),
                                                listed[0].sentence_start):
                first = int(told["y"])
                second = told["y2"]
                if int(second) % 100 == (first + 1) % 100:
                    for i in run:
                        moved = in_season(DateValue(out[i].date, "day"), first)
                        if moved is not None:
                            out[i] = _with(out[i], date=moved.date)
        k = run[-1] + 1
    return out


# --- One event per happening ---------------------------------------------------

# A photo credit or caption: "(Song Kyung-Seok/Pool Photo via AP)",
# "Photo: ...", "(AP Photo/...)", "File photo", "Getty Images".
_CAPTION = re.compile(r"\bPhoto\b\s*(?::|via\b|/)|\([^()]{0,60}\b(?:Photo|Pool|Getty\s+Images)\b[^()]{0,60}\)"
                      r"|\bFile\s+photo\b|\bGetty\s+Images\b", re.IGNORECASE)


# Every _CAPTION match holds one of these words (re.IGNORECASE matches no
# other character to their letters): without one, the regex is not run.
_CAPTION_WORDS = ("photo", "pool", "getty")


@lru_cache(maxsize=1024)  # grouping asks once per pair, the review page again
def is_caption(sentence: str) -> bool:
    """A photo caption or credit: it illustrates a happening, it is not one."""
    low = sentence.lower()
    return holds(low, _CAPTION_WORDS) and bool(_CAPTION.search(sentence))  # (no generator: fastpath's note)


def same_happening(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Two dated statements of one article about one happening: the same
    date at its precision, and one of them a caption (which illustrates what
    the article reports that day), or titles, actors and categories that
    say so (similarity.same_happening)."""
    if (a.date, a.precision, a.end_date) != (b.date, b.precision, b.end_date):
        return False
    return is_caption(a.sentence) or is_caption(b.sentence) or _same_statement(a, b)


def _same_statement(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    return similarity.same_happening(a.title, b.title, actors=a.actors, other_actors=b.actors,
                                     category=a.category, other_category=b.category)


def group_statements(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The statements with `group` set: those about one happening share a
    number (1, 2, ... in order of first statement). A statement joins the
    first earlier group one of whose statements is about the same happening;
    a caption prefers a group with a statement that is not a caption, so that
    it attaches to the event it illustrates rather than starting one. The end
    of a range ("18" in "July 15th-18th") is about its range's happening: it
    is a statement for readers who date each end, not a second event."""
    groups: list[list[int]] = []
    of: list[int] = []
    by_date: dict[tuple, list[int]] = {}
    # Whether each statement is a caption, asked once (not once per pair).
    caption = [is_caption(e.sentence) for e in events]
    last_range = None  # the index of the latest statement with an end date: its end follows it
    for i, e in enumerate(events):
        key = (e.date, e.precision, e.end_date)
        found = None
        if e.end_date is not None:
            last_range = i
        elif last_range is not None and _ends(events[last_range], e):
            found = of[last_range]
        for g in by_date.get(key, ()) if found is None else ():
            # Same date already: same_happening without its date check.
            if any(caption[j] or caption[i] or _same_statement(events[j], e) for j in groups[g]):
                found = g
                break
        if found is None:
            found = len(groups)
            groups.append([])
            by_date.setdefault(key, []).append(found)
        groups[found].append(i)
        of.append(found)
    # A group made only of captions joins a later group on its date, if any. (Most articles have no
    # caption among their statements: no group to look at.)
    for g, members in enumerate(groups) if any(caption) else ():
        if members and all(caption[j] for j in members):
            key = (events[members[0]].date, events[members[0]].precision, events[members[0]].end_date)
            for other in by_date[key]:
                if other != g and groups[other] and not all(caption[j] for j in groups[other]):
                    groups[other].extend(members)
                    for j in members:
                        of[j] = other
                    groups[g] = []
                    break
    # The statements are this pass's own (extract_events built them for this article and hands them out
    # only when grouped): each takes its number in place, where a copy of each (_with) cost a third of
    # the grouping.
    numbers: dict[int, int] = {}
    for e, g in zip(events, of, strict=True):
        e.__dict__["group"] = numbers.setdefault(g, len(numbers) + 1)
    return events


def _ends(range_: ExtractedEvent, e: ExtractedEvent) -> bool:
    """Whether statement e is the end of range_: its end date, said inside the
    range's own words."""
    return e.date == range_.end_date and e.sentence_start == range_.sentence_start and \
        range_.cue_start <= e.cue_start and e.cue_end <= range_.cue_end


def _with(event: ExtractedEvent, **changes) -> ExtractedEvent:
    """dataclasses.replace without its per-call field introspection (5x
    faster; it runs once per statement): a copy of the frozen event's
    attributes with `changes` applied. ExtractedEvent has no __post_init__. The copy is set as the
    new event's __dict__ in one step, as types.fast_init's __init__ does (a dict's copy clones its
    table; updating an empty __dict__ inserted each of the 21 fields)."""
    new = object.__new__(ExtractedEvent)
    state = event.__dict__.copy()
    state.update(changes)
    object.__setattr__(new, "__dict__", state)
    return new


# --- Categories from the article's topic ----------------------------------------

# The share of an article's categorised statements one category must hold to
# be its topic.
TOPIC_SHARE = 0.5


def with_topic_categories(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Statements whose title gave no category get the article's topic (the
    category most of its statements have, "statement" aside) when their
    whole sentence points to the same one: "The teams split the first two
    games" in a basketball report is sports. Never overrides a category."""
    counts: dict[str, int] = {}
    for e in events:
        if e.category and e.category != "statement":
            counts[e.category] = counts.get(e.category, 0) + 1
    if not counts:
        return events
    topic = max(counts, key=counts.get)
    if counts[topic] < 2 or counts[topic] < TOPIC_SHARE * sum(counts.values()):
        return events
    return [_with(e, category=topic) if e.category is None and categorise(e.sentence) == topic
            else e for e in events]


# --- One actor per person ---------------------------------------------------------


def with_full_names(text: str, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Each person under one name in the article: "Okabe" after "Hiroshi
    Okabe" is Hiroshi Okabe (events.full_names)."""
    singles = {a for e in events for a in e.actors if " " not in a}
    if not singles:
        return events
    full = full_names(text, [a for e in events for a in e.actors], only=singles)
    if not full:
        return events  # no short form to replace (find_actors names each actor once: nothing to fold either)
    out = []
    for e in events:
        actors = tuple(dict.fromkeys([full.get(a, a) if " " not in a else a for a in e.actors]))
        out.append(e if actors == e.actors else _with(e, actors=actors))
    return out


# --- Tenseless weekdays of a text told ahead ----------------------------------------
# A weekday with no tense in its clause is read as the one gone by (a caption's "on Monday", "beat
# Ajax on penalties on Sunday"). But a text that tells its days only ahead, a forecast or a preview,
# tells its coming days: when it says at least AHEAD_SIGNS days of the coming week in the present or
# the future (or "tomorrow") and no day of the week before in the past (nor "yesterday", "last
# night", "last Friday"), such a weekday, alone or two joined, in a sentence with no past marker, is
# the coming one ("Friday cools to the middle 80s, then Saturday drops to the upper 70s", "We get
# relief between Friday and Saturday", "bringing in cooler air and dropping temperatures for Friday").
AHEAD_SIGNS = 2
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_ON_DAY = re.compile(r"on\s.*", re.IGNORECASE | re.DOTALL)
_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_PLAIN_WEEKDAYS = re.compile(rf"(?:on\s+)?{WD}{_PART}(?:\s+(?:and|or|through|to)\s+{WD}{_PART})?", re.IGNORECASE)


# A text names one day by one weekday: a plain weekday (no "last" or "next"; alone, a part of its day or its
# possessive) read four to six days back, in a clause told in the past or with no tense, after the text has read
# the same weekday as one of the next three days and not since as one gone by, is that coming day ("Talks will
# resume on Thursday. ... spoke of the cost of hosting the talks on Thursday, saying hotels would be full", "As for
# Thursday, no closures have been reported" in a Tuesday paper): a writer meaning the week before would have said
# "last Thursday".
_ONE_WEEKDAY = re.compile(rf"(?:on\s+)?{WD}{_PART}(?:['’]s)?", re.IGNORECASE)
_KEPT_AHEAD_DAYS = 3
# ... and a weekday with its part of the day before it ("early Friday", "late Thursday"), read as the paper's next day
# (with_weekdays_kept_ahead); a happening gone by at such a day's early hours ("early Friday", "Friday morning") is
# one in a place whose clock runs ahead of the paper's
_WEEKDAY_WITH_PART = rf"(?:on\s+)?(?:(?:early|late)\s+)?{WD}{_PART}"
_ONE_WEEKDAY_EARLY = re.compile(_WEEKDAY_WITH_PART, re.IGNORECASE)
_EARLY_HOURS = re.compile(rf"(?:on\s+)?(?:early\s+{WD}(?:\s+morning)?|{WD}\s+morning)", re.IGNORECASE)
_ONE_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)
_KEPT_BACK_DAYS = 4
# ... in a sentence with no tense there, or that looks ahead somewhere ("said buses would run"), not after what
# tells it gone ("since Tuesday evening", "after Thursday's loss"), nor beside another day the text reads back
# ("walkthroughs on Monday and Tuesday").
_LOOKS_AHEAD = re.compile(r"\b(?:will|would|could|shall|going\s+to|expected|scheduled|due\s+to|set\s+to|plans?|"
                          r"planned|hopes?\s+to)\b|['’]ll\b", re.IGNORECASE)
_WEEK_BACK = re.compile(r"\b(?:last|previous|past|prior)\s+week\b|\bweeks?\s+(?:ago|earlier|before)\b", re.IGNORECASE)


# ... nor a weekday with a past of its own: a past verb in its own stretch of clause before it ("The team, which
# lost on Saturday, would ..."), a saying right before it ("said Friday", "speaking Friday") or right after it
# ("..., Friday, the mayor said", and fronted: "On Friday, the mayor said she expected the measure to pass" is the
# saying's day, the project's reading of a fronted day before a saying), or a saying's occasion named with it ("At
# a Friday news conference", "In testimony Friday"), a past verb of its own after it up to its clause's end ("A
# protest Friday drew 2,000 people, and another is expected"), or an outcome named by it ("Saturday's loss means
# the team would need two wins"), rv20's rows.
_OWN_STRETCH_CUT = re.compile(r"[,;:()—–]|\b(?:which|who|that|and|but|while|as|when)\b", re.IGNORECASE)
_SAYING_RIGHT_BEFORE = re.compile(r"\b(?:said|told\s+[\w'’-]+|announced|added|stated|wrote|tweeted|speaking|"
                                  r"talking|testifying|addressing\s+[\w'’-]+|(?:news|press)\s+conference|testimony|"
                                  r"interview|statement|speech|briefing|remarks)\s+(?:on\s+)?(?:late\s+|early\s+)?$",
                                  re.IGNORECASE)
_SAYING_RIGHT_AFTER = re.compile(r"(?:['’]s)?\s*,?\s*(?:(?:news|press)\s+conference|briefing|interview|statement|"
                                 r"speech|remarks|testimony|(?:[\w'’.-]+\s+){0,3}?(?:said|told|announced|added|stated|"
                                 r"wrote|tweeted))\b", re.IGNORECASE)
_ING = re.compile(r"\b[A-Za-z]+ing\b")
_ING_NOUNS = frozenset("morning evening during building meeting hearing thing nothing something anything everything "
                       "spring king ceiling bring string wing ring sibling funding housing training opening "
                       "ruling briefing".split())


def _own_past(sent: str, start: int, end: int) -> bool:
    """Whether the weekday at sent[start:end] has a past of its own (above)."""
    cuts = list(_OWN_STRETCH_CUT.finditer(sent, 0, start))
    lo = cuts[-1].end() if cuts else 0
    # (a gerund nearer the day holds it: "spoke of the cost of hosting the talks on Thursday")
    gerunds = [g for g in _ING.finditer(sent, lo, start) if g[0].lower() not in _ING_NOUNS]
    lo = gerunds[-1].end() if gerunds else lo
    cut = _OWN_STRETCH_CUT.search(sent, end)
    hi = cut.start() if cut else len(sent)
    # (a saying after a participle's phrase is not the day's: "Referring to the agenda on Monday, he said ...")
    return has_past_marker(sent[lo:start]) or _SAYING_RIGHT_BEFORE.search(sent, max(0, start - 40), start) is not None \
        or _SAYING_RIGHT_AFTER.match(sent, end) is not None and not gerunds or \
        has_past_marker(sent[end:hi]) or KNOWN_OUTCOME_AFTER.match(sent, end) is not None


def with_weekdays_kept_ahead(events: list[ExtractedEvent], published: dt.date) -> list[ExtractedEvent]:
    """A plain weekday read four to six days back in a past or tenseless clause, after the text read the same
    weekday one to three days ahead (_ONE_WEEKDAY), is that day; a statement another counts from keeps its day,
    and one that comes to repeat its sentence's date is dropped."""
    for e in events:  # (a loop, not any() over a generator: fastpath's note)
        if e.rule == "wd" and 0 < (e.date - published).days <= _KEPT_AHEAD_DAYS:
            break
    else:
        return events
    anchored = {e.anchor_cue_start for e in events if e.anchor_cue_start is not None}
    ahead: dict[int, dt.date] = {}  # a weekday -> the coming day the text read it as
    next_day: dict[int, dt.date] = {}  # the paper's next day's weekday -> that day, when the text read it so
    moved = {}
    for e in events:
        if e.rule not in ("wd", "wd_mod") or e.precision != "day":
            continue
        if e.rule == "wd" and e.end_date is None and (e.date - published).days == 1 and \
                _ONE_WEEKDAY_EARLY.fullmatch(e.cue):
            next_day[e.date.weekday()] = e.date
        if e.end_date is not None:
            if e.date < published:
                ahead.pop(e.date.weekday(), None)
            continue
        day = e.date.weekday()
        back = (published - e.date).days
        at = e.cue_start - e.sentence_start
        if e.rule == "wd" and e.tense in ("past", None) and _KEPT_BACK_DAYS <= back <= 6 and day in ahead and \
                _ONE_WEEKDAY.fullmatch(e.cue) and e.cue_start not in anchored and \
                not _WEEK_BACK.search(e.sentence) and (e.tense is None or _LOOKS_AHEAD.search(e.sentence)) and \
                not GONE_BEFORE.search(e.sentence, max(0, at - 40), at) and \
                not _own_past(e.sentence, at, e.cue_end - e.sentence_start) and \
                not any(o is not e and o.sentence_start == e.sentence_start and o.rule in ("wd", "wd_mod") and
                        o.date < published and o.date.weekday() not in ahead for o in events):
            moved[e.cue_start] = _moved_to(e, DateValue(ahead[day], "day"), published)
        elif e.rule == "wd" and e.tense == "past" and back == 6 and day in next_day and \
                _EARLY_HOURS.fullmatch(e.cue) and e.cue_start not in anchored and \
                not _WEEK_BACK.search(e.sentence) and not GONE_BEFORE.search(e.sentence, max(0, at - 40), at) and \
                not any(o is not e and o.sentence_start == e.sentence_start and o.rule in ("wd", "wd_mod") and
                        o.date < published for o in events):
            # a place whose clock runs ahead of the paper's: "The observatory raised a No. 8 signal early Friday"
            # in a Thursday paper whose text has read Friday as the next day ("expected to make landfall late
            # Friday"): that next day's early hours, not the Friday six days back (a writer meaning it says "last
            # Friday"); a plain "on Friday" gone by stays six days back
            moved[e.cue_start] = _moved_to(e, DateValue(next_day[day], "day"), published)
        elif 0 < -back <= _KEPT_AHEAD_DAYS and e.rule == "wd" and _ONE_WEEKDAY.fullmatch(e.cue):
            ahead[day] = e.date
        elif back > 0:
            ahead.pop(day, None)  # the text has told that weekday gone by
            next_day.pop(day, None)
    return _with_moved(events, moved)


# The same the other way: a plain weekday read four to six days ahead only because a happening's schedule names
# it after its noun ("flights scheduled for Monday", "the match set for Saturday"), in a sentence told in the
# past with no future of its own, after the text read the same weekday as one of the three days gone by and not
# since as one ahead, is that day gone by ("... a power outage early Monday. The outage led to the cancellation of
# about 1,000 flights scheduled for Monday" in a Tuesday paper): a writer meaning the coming one would have said
# "next Monday". Not a happening put off or moved ("postponed the vote scheduled for Monday": done before its day).
_KEPT_BACK_AHEAD_DAYS = (4, 6)
_ONE_WEEKDAY_GONE = re.compile(_WEEKDAY_WITH_PART + r"(?:['’]s)?", re.IGNORECASE)  # (its possessive too)
_SCHEDULED_FOR_BEFORE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbe\s)"
                                   r"\b(?-i:[a-z]{3,})\s*,?\s+(?:(?:first|originally|initially)\s+)?"
                                   r"(?:planned|scheduled|set|slated|booked|due)\s+(?:for\s+)?(?:on\s+)?$",
                                   re.IGNORECASE)
# ... nor a happening put off or moved, which is done before its day ("postponed the vote scheduled for Monday").
_PUT_OFF = re.compile(r"\b(?:postpon\w*|delay(?:ed|ing)?|reschedul\w*|defer(?:red|ring|s)?|adjourn\w*)\b|"
                      r"\b(?:push|pushed|pushing|put|putting|move|moved|moving|brought|bring|bringing)\s+"
                      r"(?:it\s+|them\s+)?(?:back|off|up|forward)\b", re.IGNORECASE)
_FUTURE_WORD = re.compile(r"\b(?:will|would|shall|going\s+to|expect(?:s|ed)?\s+to|plans?\s+to|hopes?\s+to|"
                          r"(?:is|are|am)\s+(?:due|set|scheduled|slated|expected|planned))\b|['’]ll\b", re.IGNORECASE)


def with_weekdays_kept_back(events: list[ExtractedEvent], published: dt.date) -> list[ExtractedEvent]:
    """A plain weekday read four to six days ahead after a schedule's participle in a past sentence, after the
    text read the same weekday one to three days back (above), is that day; a statement another counts from keeps
    its day, and one that comes to repeat its sentence's date is dropped."""
    for e in events:  # (a loop, not any() over a generator: fastpath's note)
        if e.rule == "wd" and _KEPT_BACK_AHEAD_DAYS[0] <= (e.date - published).days <= _KEPT_BACK_AHEAD_DAYS[1]:
            break
    else:
        return events
    anchored = {e.anchor_cue_start for e in events if e.anchor_cue_start is not None}
    back: dict[int, dt.date] = {}  # a weekday -> the day gone by the text read it as
    moved = {}
    for e in events:
        if e.rule not in ("wd", "wd_mod") or e.precision != "day":
            continue
        if e.end_date is not None:
            if e.date > published:
                back.pop(e.date.weekday(), None)
            continue
        day = e.date.weekday()
        ahead = (e.date - published).days
        at = e.cue_start - e.sentence_start
        if e.rule == "wd" and e.tense in ("future", "present") and \
                _KEPT_BACK_AHEAD_DAYS[0] <= ahead <= _KEPT_BACK_AHEAD_DAYS[1] and day in back and \
                _ONE_WEEKDAY.fullmatch(e.cue) and e.cue_start not in anchored and \
                _SCHEDULED_FOR_BEFORE.search(e.sentence, max(0, at - 40), at) and \
                has_past_marker(e.sentence[:at]) and not _FUTURE_WORD.search(e.sentence) and \
                not _PUT_OFF.search(e.sentence, 0, at):
            moved[e.cue_start] = _moved_to(e, DateValue(back[day], "day"), published, "past")
        elif 0 < -ahead <= _KEPT_AHEAD_DAYS and e.rule == "wd" and _ONE_WEEKDAY_GONE.fullmatch(e.cue):
            back[day] = e.date
        elif ahead > 0:
            back.pop(day, None)  # the text has told that weekday ahead
    return _with_moved(events, moved)


# A weekday that names a part of a programme ("the Sunday show", "Friday and Saturday shows", "the Saturday night
# concert"), a few sentences after the text named a run of two to seven days that holds that weekday ("at The Great
# Meadow from October 28-30"), is that run's day, not the one the weekday alone was read as ("On its socials,
# organisers said the statement referred to the Sunday show - Friday and Saturday shows wouldn't be going ahead
# either" in a September paper: the festival's Friday to Sunday). Not a weekday of a week told gone by ("a
# Sunday show in Leeds last weekend").
_PROGRAMME_PART_AFTER = re.compile(rf"(?:['’]s)?(?:\s*(?:,|and|or|&)\s*{WD})*{_PART}\s+(?:shows?|concerts?|gigs?|"
                                   r"performances?|sessions?|screenings?|sets?|line-?ups?|bills?|headliners?|"
                                   r"programmes?|programs?|events?|races?|stages?|matches|match|games?|fixtures?|"
                                   r"heats?|finals?|galas?|parades?)\b", re.IGNORECASE)
# ... or the weekday of a performer's slot, the performing or the headlining right before it ("Headliners are Gregory
# Porter for Friday night and The Hot Sardines for Saturday", "She performs Saturday", "The Nighthawks play Saturday
# night", "will headline on Sunday"), in a clause of its own (no stop between): the run's day too. Not an opening or
# a sale ("The new library will open Saturday", "Tickets go on sale Friday").
_PERFORMER_SLOT_BEFORE = re.compile(r"(?:\bheadliners?\b[^.;:!?]{0,100}?\bfor|\bheadlin(?:es?|ing)|"
                                    r"\bperform(?:s|ing)?|\bplay(?:s|ing)?|\btakes?\s+the\s+stage|"
                                    r"\b(?:will|to)\s+(?:perform|play|headline|take\s+the\s+stage))\s+(?:on\s+)?$",
                                    re.IGNORECASE)
# ... but a performer's present or coming slot is no day of a run already over ("The festival ran June 26-29. The
# Killers play Saturday at the stadium": the coming Saturday), and a "play" in a sentence naming a contest is a
# team's game ("the Tigers play Saturday against the Cubs").
_CONTEST_WORDS = re.compile(r"\b(?:against|vs\.?|versus|games?|match(?:es)?|matchups?|opponents?|rivals?|season|"
                            r"league|series|playoffs?|tournament|kick-?off|innings?|fixtures?)\b", re.IGNORECASE)
_RUN_REACH = 500
_RUN_DAYS = (1, 6)


def _may_name_performing(sentence: str) -> bool:
    """Whether `sentence` holds a word _PERFORMER_SLOT_BEFORE needs (the regex only then)."""
    return "eadlin" in sentence or "erform" in sentence or "play" in sentence or "stage" in sentence


_WEEK_GONE = re.compile(r"\b(?:last|previous|past|prior)\s+(?:week(?:end)?)\b|"
                        r"\b(?:weeks?|days)\s+(?:ago|earlier|before)\b", re.IGNORECASE)


def with_weekdays_in_named_run(events: list[ExtractedEvent], published: dt.date) -> list[ExtractedEvent]:
    """A weekday of a programme's part read outside a run of days the text has just named that holds that weekday
    (above) is that run's day; a statement another counts from keeps its day, and one that comes to repeat its
    sentence's date is dropped."""
    for e in events:  # (a loop, not any() over a generator: fastpath's note)
        if e.end_date is not None and e.precision == "day":
            break
    else:
        return events
    anchored = {e.anchor_cue_start for e in events if e.anchor_cue_start is not None}
    run = None  # the last run of days named: (its statement)
    moved = {}
    for e in events:
        if e.precision == "day" and e.end_date is not None and \
                _RUN_DAYS[0] <= (e.end_date - e.date).days <= _RUN_DAYS[1]:
            run = e
            continue
        if run is None or e.rule != "wd" or e.end_date is not None or e.precision != "day" or \
                e.cue_start in anchored or not 0 < e.sentence_start - run.sentence_start <= _RUN_REACH or \
                run.date <= e.date <= run.end_date or not _ONE_WEEKDAY.fullmatch(e.cue) or \
                _WEEK_GONE.search(e.sentence):
            continue
        at = e.cue_end - e.sentence_start
        if not _PROGRAMME_PART_AFTER.match(e.sentence, at) and not (
                run.end_date >= published and _may_name_performing(e.sentence) and
                (slot := _PERFORMER_SLOT_BEFORE.search(
                    e.sentence, max(0, e.cue_start - e.sentence_start - 120), e.cue_start - e.sentence_start)) and
                not ("lay" in slot[0] and _CONTEST_WORDS.search(e.sentence))):
            continue
        day = run.date + dt.timedelta(days=(e.date.weekday() - run.date.weekday()) % 7)
        if day <= run.end_date:
            moved[e.cue_start] = _moved_to(e, DateValue(day, "day"), published)
    return _with_moved(events, moved)


# A plain weekday with no tense of its own (a headline's verbless "no school in Boston on Tuesday", "Friday means
# gameday") read a week off the same weekday that the text gives with its date elsewhere, before or after ("There is
# no school on Tuesday, March 13"; "Date: Friday, Nov. 8"), is the day the writer dated: a weekday's week is what
# its tense says, and with no tense the text's own dated weekday says it, if that is told with no tense either or in
# the present ("Crews clear snow in Boston on Tuesday" over "Another storm is expected Tuesday, March 20" is two
# happenings). Only a weekday read four to six days from the paper, its dated day one to three days on the other
# side (a headline's "Tigers rout Lions on Friday" in a Monday paper is the game just played, whatever the next game's
# "Friday, Nov. 15"), as with_weekdays_kept_ahead reads. Not a weekday whose own reading the text dates too, nor one
# beside both weeks' dated days.


def with_weekdays_of_dates_told(events: list[ExtractedEvent], published: dt.date) -> list[ExtractedEvent]:
    """A tenseless plain weekday a week off the same weekday the text dates elsewhere (above) is that day; a
    statement another counts from keeps its day, and one that comes to repeat its sentence's date is dropped."""
    dated, told = set(), set()  # the days the text names with their weekday and date ("Tuesday, March 13"); told
    for e in events:  # with no tense or in the present
        if e.rule != "wd" and e.precision == "day" and e.end_date is None and \
                -6 <= (e.date - published).days <= 6 and WEEKDAY_NAMES[e.date.weekday()] in e.cue.lower():
            dated.add(e.date)
            if e.tense in (None, "present"):
                told.add(e.date)
    if not told:
        return events
    anchored = {e.anchor_cue_start for e in events if e.anchor_cue_start is not None}
    moved = {}
    for e in events:
        if e.rule != "wd" or e.tense is not None or e.precision != "day" or e.end_date is not None or \
                e.date in dated or e.cue_start in anchored or not _ONE_WEEKDAY.fullmatch(e.cue):
            continue
        weeks = [day for day in (e.date - _WEEK, e.date + _WEEK) if day in dated]
        if len(weeks) == 1 and weeks[0] in told and _KEPT_BACK_DAYS <= abs((e.date - published).days) <= 6:
            moved[e.cue_start] = _moved_to(e, DateValue(weeks[0], "day"), published)
    return _with_moved(events, moved)


def with_weekdays_of_days_gone_told(events: list[ExtractedEvent], published: dt.date) -> list[ExtractedEvent]:
    """A plain weekday told in the past (or with no tense) a week after the same weekday the text named before with its
    date ("Opening day ... saw two games played on Saturday morning, June 3" in a June 14 paper, then "Saturday's
    second game was a slugfest") is that named day: a writer who meant the later one would say "last Saturday" or give
    its date. Not when the text names the later day too, nor a statement another counts from."""
    named: dict[dt.date, int] = {}  # the days gone by the text names with their weekday and date: where first named
    for e in events:
        if e.rule != "wd" and e.precision == "day" and e.end_date is None and e.date < published and \
                WEEKDAY_NAMES[e.date.weekday()] in e.cue.lower():
            named.setdefault(e.date, e.cue_start)
    if not named:
        return events
    anchored = {e.anchor_cue_start for e in events if e.anchor_cue_start is not None}
    moved = {}
    for e in events:
        if e.rule != "wd" or e.tense not in (None, "past") or e.precision != "day" or e.end_date is not None or \
                e.date in named or e.cue_start in anchored or not _ONE_WEEKDAY.fullmatch(e.cue):
            continue
        before = e.date - _WEEK
        if named.get(before, e.cue_start) < e.cue_start and e.date + _WEEK not in named:
            moved[e.cue_start] = _moved_to(e, DateValue(before, "day"), published)
    return _with_moved(events, moved) if moved else events


def _moved_to(e: ExtractedEvent, value: DateValue, published: dt.date, tense: str | None = None) -> ExtractedEvent:
    """Statement `e` dated `value` instead (its range's end too, when `value` has one), its stage read again for that
    date; in `tense` when given (a reading that settles the clause's tense), else in its own."""
    tense = e.tense if tense is None else tense
    stage = statement_stage(e.sentence, e.cue_start - e.sentence_start, e.cue_end - e.sentence_start, value, published,
                            tense)
    return replace(e, date=value.date, end_date=value.end_date if value.end_date is not None else e.end_date,
                   stage=stage, tense=tense)


def _with_moved(events: list[ExtractedEvent], moved: dict[int, ExtractedEvent]) -> list[ExtractedEvent]:
    """`events` with the statements of `moved` (by their cue's start) in place of theirs, less each
    moved one that now repeats its sentence's date (another statement of its sentence has that date
    and precision)."""
    if not moved:
        return events
    out = []
    for e in events:
        e = moved.get(e.cue_start, e)
        if e.cue_start in moved and any(o.sentence_start == e.sentence_start and o.cue_start != e.cue_start and
                                        moved.get(o.cue_start, o).date == e.date and o.precision == e.precision
                                        for o in events):
            continue  # it now repeats its sentence's date
        out.append(e)
    return out


def _told_only_ahead(events: list[ExtractedEvent], published: dt.date) -> bool:
    """Whether the text says AHEAD_SIGNS days of the coming week or more in the present or the
    future, and none of the week before in the past."""
    ahead = 0
    for e in events:
        cue = e.cue.lower()
        if e.rule == "rd" and cue.startswith(("yesterday", "last night")) or e.rule == "wd" and cue.startswith("last "):
            return False
        if e.precision != "day":
            continue
        gap = (e.date - published).days
        if -7 <= gap <= -1 and e.tense == "past":
            return False
        if -7 <= gap <= -1 and e.tense == "present" and e.rule == "wd" and (
                _ON_DAY.fullmatch(e.cue) or _ON_BEFORE.search(e.sentence, max(0, e.cue_start - e.sentence_start - 4),
                                                             e.cue_start - e.sentence_start)):
            # "The Tigers beat host Pana 42-28 on Thursday": a result on a day the resolver read gone by, in a
            # verb whose past looks like its present, is the week before told too
            return False
        if 1 <= gap <= 7 and (e.tense in ("future", "present") or e.rule == "rd" and cue.startswith("tomorrow")):
            ahead += 1
    return ahead >= AHEAD_SIGNS


def with_tenseless_weekdays_ahead(events: list[ExtractedEvent], published: dt.date,
                                  text: str) -> list[ExtractedEvent]:
    """In a text told only ahead (_told_only_ahead), a plain weekday read a week or less back with no
    tense (or a present's), not after "on", in a sentence with no past marker nor a caption's scene
    (CAPTION_SCENE), not the text's first, is the coming one, a week on; a statement another counts
    from keeps its day, and one that comes to repeat its sentence's date is dropped."""
    candidates = [e for e in events if e.rule == "wd" and e.tense in (None, "present") and
                  1 <= (published - e.date).days <= 6 and _PLAIN_WEEKDAYS.fullmatch(e.cue)]
    if not candidates or not _told_only_ahead(events, published):
        return events
    anchored = {e.anchor_cue_start for e in events if e.anchor_cue_start is not None}
    moved = {}
    for e in candidates:
        at = e.cue_start - e.sentence_start
        if e.cue_start in anchored or has_past_marker(e.sentence) or CAPTION_SCENE.search(e.sentence) or \
                not text[:e.sentence_start].strip() or _ON_DAY.fullmatch(e.cue) or \
                _ON_BEFORE.search(e.sentence, max(0, at - 4), at):
            # a caption's scene ("Smith celebrates his goal against the Rovers on Sunday"), the text's first
            # line (a headline's present tells what happened: "Quake hits Peru on Monday"), a day closing
            # what was done "on" it ("Firefighters battle a blaze in Fresno on Tuesday.", "Rangers 3,
            # Devils 1 on Sunday."): what a forecast says of a day it says otherwise
            continue
        moved[e.cue_start] = _moved_to(e, DateValue(e.date + _WEEK, "day", e.end_date + _WEEK if e.end_date else None),
                                       published)
    return _with_moved(events, moved)
