"""extract_events: text -> ordered list of ExtractedEvent.

Pipeline: validate -> mask HTML (offsets kept) -> publication date ->
sentences -> temporal mentions per sentence -> resolve with tense and
anchors -> one event per (sentence, date, precision).

This module is the pipeline: extract_events, _extract (the pass over an
article) and _resolve_sentence (the dates of one sentence), with the words
only _resolve_sentence reads. The questions they ask of a date live beside
them, one module a kind: input_text (is it an article; HTML masked),
page_furniture (datelines, by-lines, stamps), non_dates (words that date no
happening), mention_tense (the tense each mention is read with), ranges
(spans, runs, moved days), direction (ahead or gone by), sayings (quotes and
the day they were said), anchors (what a date counts from, which year it
takes), clauses (where a clause opens), statements (the passes over an
article's statements once read).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from calendar import monthrange
from dataclasses import replace
from functools import partial

from .anchors import (
    COMES_BEFORE,
    RECURS,
    RESTATED_DAY_REACH,
    SEASON_REACH,
    VOTE_DAY,
    anniversary,
    came_after_the_dated_one,
    counted_from_holiday,
    counts_into,
    day_of_another_clause,
    following_another_day,
    framed_span,
    fronted_dated_anchor,
    fronted_year,
    fronted_year_ahead,
    held_vote_day,
    in_frame,
    in_season,
    lasting_beginning_before,
    month_pair_at,
    norm_dir,
    past_counted_past_publication,
    previous_month_of_figures,
    restated_day,
    restates_month,
    scene_left,
    season_before,
    season_first_year,
    season_left,
    season_places,
    that_year_after,
    told_vote_days,
    undated_anchor,
    vote_day_key,
    weekday_weeks_back,
    within_season,
    year_counted_after,
    year_earlier,
    year_end,
    year_in_after_day,
    year_later,
    year_placing_month,
    year_then_month,
    years_after_another_clause,
    years_after_months,
    years_on,
)
from .clauses import CLAUSE_WINDOW, OPENS_CLAUSE, PAIR_GAP, RANGE_GAP, clause_opening, sentence_part_end
from .direction import (
    AHEAD_OF_OTHER_DAY,
    COMING_HAPPENING,
    FOR_BEFORE,
    PAST_PLAN,
    SLOT_CUE_WORDS,
    UNSCHEDULED,
    YEAR_BACK,
    anniversary_count,
    anniversary_lead,
    clause_cut,
    day_result,
    fixture_with,
    happening_result_at,
    in_context,
    in_cycle_after,
    outcome_after,
    own_year_after,
    past_run_ahead,
    past_year_events,
    past_years_day,
    perfect_or_forecast_before,
    result_clauses,
    sentence_ahead,
    slot_day,
    tenseless_day_ahead,
    weeks_of_days,
)
from .events import dateline_city, describe
from .fastpath import ends_with_word, holds, may_hold, search_last_words
from .grammar import (
    ON_BEFORE,
    RELATIVE_RULES,
    REVIEW_BELOW,
    ago_direction,
    anchor_source,
    assess,
    bare_before,
    day_of_week,
    named_day_in_year,
    num_in_order,
    numeric_order,
    resolve,
    two_digit_year,
    weekday_number,
    yearless,
)
from .input_text import HTML_HINT, check_usable, mask_html, plain_edits
from .lexicon import MON, NUM, ORDINALS, WD, WEEKDAYS
from .mention_tense import MentionTenses, sentence_tenses
from .non_dates import (
    EACH_YEAR_AFTER,
    EACH_YEAR_FRAME,
    clock_reading,
    habitual,
    habitual_present_from,
    holds_habitual_word,
    is_comparison,
    is_count,
    is_duration,
    is_stretch,
    is_yardstick_period,
    not_a_day,
    numbered_reference,
    permitted_alternative,
    present_passive_custom,
    superlative_month_day,
    supposed_happening,
    timetable_days,
    weekday_speaker,
    work_title,
    year_made_into,
    year_told_of,
)
from .page_furniture import (
    BRACKETED_STAMP_AFTER,
    BRACKETED_STAMP_BEFORE,
    DATELINE_LINE_WITHIN,
    HOST_PATH,
    ISSUE_LABEL_WORDS,
    PIPE_CLOCK,
    STAMP_LABEL_AFTER,
    archive_page_date,
    blog_opened,
    bracketed_dateline,
    breadcrumb_end,
    broadcast_label,
    browser_notice_lines,
    bulletin_day,
    byline_date,
    capitals_dateline_line,
    chronology_above,
    date_city_dateline,
    date_headings,
    dateline_day,
    day_labels,
    digest,
    entry_day,
    entry_year,
    first_sentence_below,
    heading_entry,
    in_link,
    in_related_links,
    is_notice_sentence,
    is_section_of_day,
    is_today_heading,
    issue_label,
    label_ends,
    label_line,
    lead_at,
    lead_dateline_once,
    machine_stamp,
    masthead_date,
    page_date_over_headings,
    pages_day,
    paper_name,
    post_stamp,
    posted_day,
    programme_name,
    source_citation,
    source_closed,
    source_item_day,
    source_stamp,
    stamp_ahead,
    stop_dateline,
    trailing_iso_stamp,
    weekday_label,
    written_on_stamp,
    year_heading,
)
from .publication import find_publication
from .ranges import (
    CLOCK_BEFORE_DAY,
    bare_past_run,
    moved_from,
    put_off_bare,
    put_off_from,
    range_opened,
    runs_from_to,
    season_years,
    through_run,
)
from .recognition import Mention, article_triggers, find_mentions
from .reported_time import SAYING_VERBS_THEN, reported_at_another_time
from .resolution import Context, add_months, day_number, month_value, num_value, safe_date
from .sayings import (
    QUOTE_CLOSE,
    QUOTE_OPEN,
    day_said,
    in_quote,
    in_quoted_paragraph,
    said_by_the_one_dated,
    said_last_year,
    said_relative,
    saying_after_report,
    would_after_said,
    would_after_saying_told_before,
)
from .sentences import (
    is_date_stamp,
    is_dateline,
    is_metadata,
    is_month_list,
    is_title_dateline_line,
    kept_dateline_end,
    split_sentences,
)
from .stages import statement_stage, summary_count
from .statements import (
    group_statements,
    with_anchors_kept,
    with_full_names,
    with_listed_days_in_season,
    with_tenseless_weekdays_ahead,
    with_topic_categories,
    with_weekdays_in_named_run,
    with_weekdays_kept_ahead,
    with_weekdays_kept_back,
    with_weekdays_of_dates_told,
    with_weekdays_of_days_gone_told,
)
from .tense import (
    all_verbs_past,
    decided_before_day,
    first_tense_is_past,
    has_finite_verb,
    has_past_marker,
    has_tense_marker,
    last_verb_is_past,
    set_up_before_day,
)
from .types import DateValue, ExtractedEvent, ExtractionError, truncate_to_precision

NO_DATE_MESSAGE = "No publication date given and none found in the text; pass --published YYYY-MM-DD"

# "between X and Y", "from X to Y", "X-Y": a range; what joins its ends (ranges.CLOCK_BEFORE_DAY: a clock
# time before the end's day), and a "through" right after a day.
_RANGE_JOIN = re.compile(rf"^\s*,?\s*(?:-|–|—|to|and|until|till|through|thru)\s*{CLOCK_BEFORE_DAY}$", re.IGNORECASE)
# The capitalised word right before "May <n>" (a vessel's name: "Unaizah May 4"), not a word of time or a preposition.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                               r"On|In|By|From|Until|Since|Before|After|For|Of|To|And|Or|The|Last|Next|This|Early|"
                               r"Late|Mid)\b)[A-Z][\w'’-]+ $")


# A vessel's noun right before its name, at one of the name's tellings ("the supply boat Unaizah May 4").
_VESSEL_NOUN_BEFORE = re.compile(r"\b(?:boats?|ships?|vessels?|ferry|ferries|tankers?|trawlers?|barges?|yachts?|"
                                 r"cutters?|frigates?|freighters?|tugs?|tugboats?|schooners?|steamers?|lifeboats?|dinghy|"
                                 r"MV|M/V|FV|BRP|HMS|USS|RV)\s+$")


def vessel_name_date(text: str, sent: str, m) -> bool:
    """Whether "May <n>" after a capitalised word ends a vessel's name the text tells more than once, a vessel's
    noun before one of the tellings ("the supply boat Unaizah May 4", then "the Unaizah May 4 was on its way"): a
    date is seldom told twice right after the same name (AP style's "Pirates boarded the tanker Front Altair May 4"
    tells it once and keeps it; "The Senate May 4 passed ... the Senate May 4 vote" has no vessel's noun)."""
    word = _NAME_WORD_BEFORE.search(sent, max(0, m.start - 30), m.start)
    if word is None or word[0].startswith("Day "):
        return False  # "Remembrance Day May 4": a holiday's day before its date
    name = sent[word.start():m.end]
    at = [found.start() for found in re.finditer(re.escape(name) + r"(?!\d)", text)]
    return len(at) >= 2 and any(_VESSEL_NOUN_BEFORE.search(text, max(0, a - 40), a) for a in at)


# A past verb that calls, warns of, declares or sets a run before it: the run lies ahead of the telling.
_RUN_SET_BEFORE = re.compile(r"\b(?:called|warned|declared|announced|ordered|scheduled|planned|proposed|approved|"
                             r"forecast|predicted|set|voted|agreed)\b", re.IGNORECASE)
def _run_set_before(sent: str, start: int, end: int) -> bool:
    """Whether the last verb before a run (at `start`, ending at `end`) in its clause calls, warns of or sets it
    (_RUN_SET_BEFORE), with no past verb of its own between ("The strike called by the union ran from ...", "A
    planned strike went ahead from ...", "The declared state of emergency lasted from ...": the run gone by) and no
    outcome told after the run ("..., and it ended peacefully")."""
    last = None
    for found in _RUN_SET_BEFORE.finditer(sent, clause_opening(sent, start, CLAUSE_WINDOW), start):
        last = found
    return last is not None and not has_past_marker(sent[last.end():start]) and not outcome_after(sent, end)


_EACH_WEEK_AFTER = re.compile(r"\s+(?:each|every)\s+week\b", re.IGNORECASE)
# A weekday and a comma before a stamp's date: "…daysMonday, January 6, 2020 22:14".
_STAMP_WEEKDAY_BEFORE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*$")


def _stamp_glued(sent: str, start: int) -> bool:
    """Whether a date at `start` (with its weekday before it, if any) is glued to the word before it with no
    space ("daysMonday, January 6"), or opens its line."""
    wd = _STAMP_WEEKDAY_BEFORE.search(sent, max(0, start - 12), start)
    at = wd.start() if wd else start
    return at == 0 or sent[at - 1].isalpha() or sent[at - 1] == "\n"


# A bare clock time that ends its line after a full date: "... January 6, 2020 22:14", "... 6 January 2020, 10:15 GMT"
# (not "... at 17:00": a headline may tell a time set).
_CLOCK_LINE_END = re.compile(r"\s*,?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?[ \t]*(?:\n|$)", re.IGNORECASE)
# Two ends with a clock time before the second: "... until 5pm on", "... to 10am", "between 8am Saturday and 6pm
# Saturday" (an "and" only after "between": range_opened).
_SAME_DAY_CLOCKS = re.compile(r"\s*,?\s*(?:-|–|—|to|until|till|through|thru|and)\s*"
                              r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)\s*,?\s*(?:on\s+)?",
                              re.IGNORECASE)
# In a paper of January or February, "the full year" told as done is the year just ended.
_FULL_YEAR_JUST_ENDED_MONTHS = 2
# "the same month in 2022", "the same month of 2019": a year that names the month just told.
_SAME_MONTH_OF = re.compile(r"\bthe\s+same\s+month\s+(?:in|of)\s+$", re.IGNORECASE)
_THROUGH_JOIN = re.compile(rf"\s*,?\s*(?:and\s+)?(?:through|thru)\s*{CLOCK_BEFORE_DAY}", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+(?:(?:the\s+)?(?:summer|spring|autumn|fall|winter|start|end|"
                    r"beginning|middle|turn|first\s+half|second\s+half)\s+of\s+)?$", re.IGNORECASE)
# "May 4, 5, 11 and 12": further days of the month listed after a month's day, each a
# statement of its own. At least one comma item and an "and"/"or" before the last day, and
# nothing after the list that makes its numbers counts ("On Feb. 20, 24 and 25 workers were laid off") ...
_DAY_LIST = re.compile(r"(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?(?![\d,]\d))+\s*,?\s*(?:and|or|&)\s+\d{1,2}(?:st|nd|rd|th)?"
                       r"(?![\w%-]|[.,]\d)", re.IGNORECASE)
_DAY_LIST_END = re.compile(r"\s*[,.;:)]|\s*$|\s+(?:\d{4}|in|at|on|when|as|after|before|with|for|but|while|that|"
                           r"this|last|next|to|from)\b|\s+respectively(?:\s*[,.;:)]|\s*$|\s+(?:\d{4}|in|at|on|"
                           r"when|as|after|before|with|for|but|while|that|this|last|next|to|from)\b)", re.IGNORECASE)
# ... nor after a fronted tally's date ("By", "As of") whose comma the list follows when no comma closes the list's
# words: the list is the main clause's subject, counts ("By Oct. 1, 14 and 22 respectively in the two states had
# signed up"; not "On Oct. 5, 12 and 19 the council met", "By Oct. 1, 12 and 30, ...", nor days that run on one by
# one, "By Nov. 3, 4 and 5 ...").
_FRONTED_DATE_BEFORE = re.compile(r"[\W_]*(?:By|As\s+of)\s+")
_LIST_WORDS_AFTER = re.compile(r"\s+[a-z][^,;:()]*$")


def _told_day(m: Mention, at: int, word: str, day: dt.date, tense, source, published: dt.date) -> tuple:
    """The statement of a day of the month told beside `m` ("May 4, 5 and 11", "Sept 18, 19", "on 3, 4 and 5 May",
    "Aug. 16 and 17"): its word at `at` in the sentence, dated `day`, with `m`'s tense and source."""
    told = Mention(m.kind, at, at + len(word), word, m.groups)
    value = DateValue(day, "day")
    return (told, value, *assess(told, value, tense, published), tense, source)


def _fronted_list_subject(sent: str, start: int, end: int) -> bool:
    """Whether the day list ending at `end` after the date at `start` is the subject of the main clause after a
    fronted date's comma (_FRONTED_DATE_BEFORE)."""
    return start < 24 and _FRONTED_DATE_BEFORE.fullmatch(sent, 0, start) is not None and \
        _LIST_WORDS_AFTER.match(sent, end) is not None


# ... unless the days run on one by one from the first ("Oct. 12, 13 and 14 advanced voting locations will be
# open": no count goes on a date's day that way), and no unit of a count follows ("May 3, 4 and 5 percent").
_COUNT_UNIT_AFTER = re.compile(r"\s*(?:%|per\s?cent|percent|points?|times|years?|months?|weeks?|days?|hours?|"
                               r"minutes?|seconds?|[a-z]+-(?:year|month|week|day|hour))\b", re.IGNORECASE)
_LIST_DAY = re.compile(r"\d{1,2}")
# ... and two days in a row with a comma only, the clause ending after the second ("talks in New York, Sept 18,
# 19; details", "on May 4, 5."): the next day (not "On Feb. 20, 21 percent", "Sept 18, 19 people died", nor a
# clock: "Nov. 8, 9:30 a.m.").
_NEXT_DAY_PAIR = re.compile(r"[ \t]*,[ \t]*(\d{1,2})(?=[ \t]*(?:[;)]|:(?!\d)|\.(?!\d)|\n|$))")
# "on 3, 4 and 5 May", "on 3, 4, and 5 May": days of the month listed before a day-month date (dmy), right
# before it: the comma items, and the day before its "and"/"or" when the date holds none ("5 May").
_DAYS_LISTED_BEFORE = re.compile(r"(?<![\w.,$£€])(?P<items>(?:\d{1,2}(?:st|nd|rd|th)?\s*,\s*)+)"
                                 r"(?:(?P<last>\d{1,2}(?:st|nd|rd|th)?)\s*,?\s*(?:and|or|&)\s+)?$", re.IGNORECASE)


def _days_listed_before(sent: str, m: Mention, day: int) -> list[tuple[int, str]]:
    """The days of a list right before the day-month date `m` whose first day is `day` (_DAYS_LISTED_BEFORE),
    as (offset in `sent`, text), in rising order with `day`; none when they are not."""
    if m.g("dmy_wd") or m.g("dmy_d2") and not m.g("dmy_and") or not m.text[:1].isdigit() or \
            "," not in sent[max(0, m.start - 12):m.start]:
        return []
    lst = _DAYS_LISTED_BEFORE.search(sent, max(0, m.start - 40), m.start)
    if lst is None or (lst.group("last") is None) != bool(m.g("dmy_and")):
        return []  # "4 and 5 May" after "3, "; "5 May" after "3, 4, and "
    days = [(lst.start() + d.start(), d.group()) for d in _LIST_DAY.finditer(sent, lst.start(), m.start)]
    numbers = [int(d) for _, d in days] + [day] + ([day_number(m.g("dmy_d2")) or 0] if m.g("dmy_and") else [])
    return days if numbers == sorted(set(numbers)) else []
# "no Saturday voting", "no Sunday service": a weekday as a noun's modifier after "no".
_NO_BEFORE_WD = re.compile(r"\bno\s+$", re.IGNORECASE)
# A span that makes a past a custom: "had no Sunday night service for years", "no longer", "anymore".
_LASTING_SPAN = re.compile(r"\bfor\s+(?:many\s+|several\s+)?(?:years|decades|months|generations)\b|"
                           r"\bany\s?more\b|\bno\s+longer\b", re.IGNORECASE)
# ... nor many such days: what a schedule sets ("The league scheduled no Sunday night games", "planned
# no Saturday morning classes"; not "reported no Saturday night arrests", "There were no Sunday night
# injuries": that night's), or a year or a month that spans them ("aired no Friday night football in 2023").
_SCHEDULE_NO_BEFORE = re.compile(r"\b(?:scheduled|slated|planned|booked|programmed|offered)\s+no\s+$", re.IGNORECASE)
# "that night"/"that day" as the aim of what was readied or planned in the past ("had booked hotels for that night",
# "had planned a party for that night", "had arranged to meet that night"): the coming day told before stays its day,
# no drop of a day told in the past that lies ahead of the paper (_resolve_sentence).
_READIED_FOR_THAT_DAY_BEFORE = re.compile(
    r"\b(?:(?:booked|reserved|bought|planned|scheduled|slated|arranged|organi[sz]ed|prepared|set\s+up|sold|rented|"
    r"hired|registered|signed\s+up|made\s+plans|got\s+tickets)\b[^.;:!?]{0,80}?\bfor|"
    r"(?:planned|plans|hoped|hopes|intended|intends|expected|expects|arranged|promised|agreed|decided|ordered|"
    r"told|asked|assigned|called\s+in|drafted\s+in|"
    r"(?:was|were|is|are)\s+(?:due|going|set|scheduled|slated|expected))\s+to\b[^.;:!?]{0,80}?)\s+$", re.IGNORECASE)
_SPAN_KINDS = ("yr", "yrr", "mo", "ye")
# A weekday (and its part) before a habit's noun: "your Saturday morning routine", "a Sunday ritual".
_HABIT_AFTER_WD = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:routines?|rituals?|habits?|regimens?|"
                             r"traditions?)\b"
                             # ... not "routine" as an adjective: "a Saturday routine inspection" is one
                             r"(?!\s+(?:inspections?|maintenance|checks?|check-?ups?|patrols?|stops?|tests?|testing|work|"
                             r"surgery|procedures?|visits?|appointments?|screenings?|drills?|exercises?|operations?|"
                             r"calls?|traffic|flights?)\b)", re.IGNORECASE)
_NOUN_AFTER_WD = re.compile(r"\s+(?!(?:and|or|nor|but|at|in|on|until|till|before|after|to|from|for|is|was|will|"
                            r"would|the|this|night|morning|afternoon|evening)\b)[a-z]{3,}\b")
# What may stand between "two days after" and the date it counts from.
_FOLLOWER_GAP = re.compile(r"\s*(?:than\s+)?(?:the\s+)?")
# ... or, after a present "comes", the happening's name and "on" before its day ("comes two days ahead of the summit
# on Friday").
_PRESENT_COMES_BEFORE = re.compile(r"\b(?:come|comes)\s+$", re.IGNORECASE)
# A modal or "to" right before the news's "come" (_resolve_sentence): "will come a week after", "is expected to come".
_MODAL_COME_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|must|shall|should|to)\s+(?:\w+\s+)?come\s+$|"
                                r"['’]ll\s+come\s+$", re.IGNORECASE)
# A fixture's word before the news's "comes" (_resolve_sentence): "The final comes a week after the semifinal on
# Saturday" is a schedule, its count still ahead.
_FIXTURE_BEFORE = re.compile(r"\b(?:games?|match(?:es)?|clash|derby|fixtures?|ties?|finals?|semi-?finals?|showdown|"
                             r"decider|rematch|kick-?off|bout|fight|races?|rounds?|legs?|stages?|concerts?|shows?)\b",
                             re.IGNORECASE)
_HAPPENING_ON_GAP = re.compile(r"\s*(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){1,3}?on\s+", re.IGNORECASE)


def extract_events(text: str, *, published: dt.date | None = None,
                   pinned: dict[int, DateValue] | None = None, uncertain: bool = False) -> list[ExtractedEvent]:
    """Dated events of an article, ordered by position in the text.

    A statement whose confidence is under grammar.REVIEW_BELOW (measured:
    more likely wrong than right, such as a season or a quarter) is left
    out unless `uncertain` is true; the review page asks for them, to show
    them unticked.

    `pinned` ({cue_start: DateValue}) fixes the date that statements count
    from when they anchor others: "a day later" after a statement pinned to
    3 April is 4 April, whatever that statement itself reads as. The pinned
    statements' own dates are still the engine's reading of them. This is
    how the app re-derives the dates that hang on an event a person
    re-dated."""
    if not isinstance(text, str):
        raise ExtractionError(f"Expected text (str), got {type(text).__name__}.")
    if published is not None and not isinstance(published, dt.date):
        raise ExtractionError(f"published must be a datetime.date, got {type(published).__name__}.")
    if isinstance(published, dt.datetime):
        published = published.date()
    if not text.strip():
        return []
    check_usable(text)
    if (edits := plain_edits(text)):
        return _extract_plain(text, edits, published, pinned, uncertain)
    try:
        events = _extract(text, published, pinned or {})
    except ExtractionError:
        raise
    except Exception as exc:  # the contract: callers only ever see ExtractionError
        raise ExtractionError(f"Could not extract events from this text ({type(exc).__name__}: {exc}).") from exc
    return events if uncertain else [e for e in events if e.confidence >= REVIEW_BELOW]


def _extract_plain(text: str, edits: list[tuple[int, int, str]], published: dt.date | None,
                   pinned: dict[int, DateValue] | None, uncertain: bool) -> list[ExtractedEvent]:
    """The statements of `text` read from its plain form (input_text.plain_edits: each edit (at, deleted, inserted),
    in order): the positions they give are put back in the text as given, and a pinned statement's cue start is
    moved into the plain text."""
    # The unchanged runs of the text: where each starts in the plain text and in the text, and its length.
    plain_at, text_at, lengths, parts = [], [], [], []
    pos = shift = 0
    for at, deleted, inserted in edits:
        plain_at.append(pos + shift)
        text_at.append(pos)
        lengths.append(at - pos)
        parts += (text[pos:at], inserted)
        shift += len(inserted) - deleted
        pos = at + deleted
    plain_at.append(pos + shift)
    text_at.append(pos)
    lengths.append(len(text) - pos)
    parts.append(text[pos:])
    plain = "".join(parts)

    def back(i: int) -> int:
        k = bisect_left(plain_at, i + 1) - 1
        return text_at[k] + min(i - plain_at[k], lengths[k])  # (a character put in: where it was put)

    def back_end(i: int) -> int:
        return back(i - 1) + 1 if i else 0  # (an end stands right after its last character)

    def forward(i: int) -> int:
        k = bisect_left(text_at, i + 1) - 1
        return plain_at[k] + min(i - text_at[k], lengths[k])

    events = extract_events(plain, published=published, uncertain=uncertain,
                            pinned={forward(k): v for k, v in pinned.items()} if pinned else None)
    out = []
    for e in events:
        ss, se, cs, ce = back(e.sentence_start), back_end(e.sentence_end), back(e.cue_start), back_end(e.cue_end)
        out.append(replace(e, sentence=text[ss:se], sentence_start=ss, sentence_end=se, cue=text[cs:ce],
                           cue_start=cs, cue_end=ce,
                           anchor_cue_start=None if e.anchor_cue_start is None else back(e.anchor_cue_start)))
    return out


# How far into its line an entry's label may open (after a bullet), and how far below the last labelled entry a
# weekday's label is counted from its day.
_LABEL_AT_MOST, _LIST_DAY_REACH = 3, 1500
# How near the paper's day a labelled entry's day must lie for a weekday's label below to go on from it.
_LIST_DAY_NEAR = 31
def _day_label_mention(label: tuple[dt.date, int, int], s_start: int, text: str) -> Mention:
    """The date of an entry labelled by its day alone under a month's heading (page_furniture.day_labels), as the
    mention of that full date ("– 24:" under "— MARCH 2014 —": 24 March 2014), its cue the day's number."""
    day, start, end = label
    return Mention("dmy", start - s_start, end - s_start, text[start:end],
                   (("dmy_d", str(day.day)), ("dmy_mon", day.strftime("%B")), ("dmy_y", str(day.year))))


def _paragraph_end(text: str, at: int) -> int:
    """Where the paragraph holding `at` ends (its blank line, or the text's end)."""
    end = text.find("\n\n", at)
    return end if end >= 0 else len(text)


def _heading_day(values: list, published: dt.date, end: int) -> tuple[dt.date, int] | None:
    """The day a date heading's entry is told from, with `end`, where the entry ends (its first paragraph's end):
    the heading's day, or the last of its month ("December 2014 / On December 16, gunmen attack ..."), when that
    lies before the paper's day (the entries of a list of coming dates are read from the paper's). None for any
    other heading."""
    for value in values:
        v = value[1]
        if v.precision not in ("day", "month"):
            continue
        day = v.date if v.precision == "day" else v.date.replace(day=monthrange(v.date.year, v.date.month)[1])
        if day < published:
            return day, end
    return None


# What may stand between a date and the name of its day in a list's entry: "Nov. 8: Election Day", "Sat 17 Oct
# Election Day", "Tuesday, Nov. 8 — Election Day".
_DAY_NAME_GAP = re.compile(r"[ \t]*[:–—-]?[ \t]*")
_VOTE_DAY_NAME = re.compile(r"lection|olling|rimary|aucus", re.IGNORECASE)


# ... and a holiday's name before its weekday that is all the entry tells: "4 May: Bank Holiday Monday.", "May 25:
# Memorial Day Monday".
_WEEKDAY_NAME_GAP = re.compile(r"[ \t]*[:–—-]?[ \t]*(?:[A-Z][a-z]+[ \t]+){0,3}(?:Holiday|Day)[ \t]+")


def _without_day_names_after_dates(sent: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less a named day's (a holiday, a vote's day) that directly follows the date labelling a list's
    entry, the date's name ("Sat 17 Oct Election Day" in a list of New Zealand's dates; "Tuesday, Nov. 8 —
    Election Day"; "4 May: Bank Holiday Monday."): the date is the statement, not the name's own day by the
    calendar (nor a range between them). After a dash only a vote's day: "Dec. 24 – New Year's Day" is a range."""
    out = []
    for i, m in enumerate(mentions):
        if i and mentions[0].kind in ("mdy", "dmy") and mentions[0].start <= _LABEL_AT_MOST and (
                i == 1 and m.kind == "hol" and
                (gap := _DAY_NAME_GAP.fullmatch(sent, mentions[0].end, m.start)) is not None and
                (not holds(gap[0], "-–—") or _VOTE_DAY_NAME.search(m.text)) or
                # (the holiday's name may be one the engine dates itself: "Memorial Day Monday")
                i <= 2 and m.kind == "wd" and _WEEKDAY_NAME_GAP.fullmatch(sent, mentions[0].end, m.start) is not None
                and not sent[m.end:].strip(" \t.;!")):
            continue
        out.append(m)
    return out


def _without_restated_headings(events: list[ExtractedEvent], headings: frozenset[int],
                               text: str) -> list[ExtractedEvent]:
    """The events less a date heading's (page_furniture.date_headings) whose entry's first sentence tells the same
    day itself, or a day counted from it ("12 August 2025 / A bomb exploded in the market today, police said.",
    "Wednesday, August 13 / Troops raided a village yesterday."): the heading is then the entry's dateline, and the
    entry's statement the event. (Not a quoted text message's "Feeling better today?" further down the entry, nor
    a quote's "today" in its first sentence: "“... today we have the best army in our history,” the president
    tells a military audience.")"""
    bounds = sorted(headings)
    by_start: dict[int, list[ExtractedEvent]] = {}
    for o in events:
        by_start.setdefault(o.sentence_start, []).append(o)
    dropped = set()
    for e in events:
        if (at := text.rfind("\n", 0, e.sentence_start) + 1) in headings:
            i = bisect_left(bounds, at)
            below = bounds[i + 1] if i + 1 < len(bounds) else None
            first = first_sentence_below(text, at)
            # ("today" or "yesterday" of the heading's day; not "tomorrow", told ahead of it)
            if (below is None or first < below) and any(
                    (o.date == e.date and o.precision == e.precision or
                     o.rule == "rd" and e.precision == "day" and 0 <= (e.date - o.date).days <= 1) and
                    not in_quote(o.sentence, o.cue_start - o.sentence_start) for o in by_start.get(first, ())):
                dropped.add(id(e))
    return [e for e in events if id(e) not in dropped] if dropped else events


def _extract(original: str, published: dt.date | None, pinned: dict[int, DateValue]) -> list[ExtractedEvent]:
    # (every HTML_HINT match opens with "<": a text without one, most, skips the regex)
    text = mask_html(original) if original.find("<", 0, 20000) >= 0 and HTML_HINT.search(original[:20000]) \
        else original
    found = find_publication(text)
    if published is None:
        if found is None:
            raise ExtractionError(NO_DATE_MESSAGE)
        published = found[0]
    skip_span = found[1] if found else None
    # A list's date headings on lines of their own ("FEBRUARY 4" over its entry): each its entry's date, no date
    # line (nor the page's date, when the first stands at the top)
    headings = date_headings(text) if "\n" in text else frozenset()
    if skip_span and any(h <= skip_span[0] < h + 40 and "\n" not in text[h:skip_span[0]] for h in headings) and \
            not (found[0] == published and page_date_over_headings(text, headings, skip_span[0])):
        skip_span = None
    city = dateline_city(text[:600])
    # A wire story filed the day before it was published says "today" of its dateline's day:
    # "KHOST, Afghanistan, August 28 (Reuters) - ... repelled attacks today", on the 29th's page.
    # The words every date contains, found once for the whole text: the
    # paragraphs and sentences without any are skipped unread.
    triggers = article_triggers(text)
    starts = [a for a, _ in triggers]
    # A wire chronology's entries labelled by their day alone under a month's heading ("— MARCH 2014 — / – 24:
    # Authorities ..."): no trigger word dates them, so their lines are split too, and each is given its day.
    labelled = day_labels(text) if "\n" in text else {}
    sentences = split_sentences(text, only_around=sorted({*starts, *(v[1] for v in labelled.values())})
                                if labelled else starts)
    # The dates dateline_day found in the first sentences, by sentence start: found once.
    found_early: dict[int, list[Mention]] = {}
    # What page_furniture._lead_dateline said of a lead's date there, by (sentence start, mention start): asked once.
    leads: dict[tuple[int, int], bool] = {}
    dateline_at: list[int] = []
    day = dateline_day(text, published, sentences, triggers, starts, found_early, leads, dateline_at)
    # The page's own day for the prose above a dateline that opens a story further down (a blog's introduction
    # to a story it reprints: "Here are the stories the paper ran four years ago this morning. ...\n\nWASHINGTON,
    # Sept. 10 - ... today"): the dateline's day is the story's "today", not the introduction's.
    page_day, story_from = published, 0
    if day:
        published = day
        leads.clear()  # (said of the other publication date)
        if dateline_at and _prose_above(text, dateline_at[0]):
            story_from = dateline_at[0]

    events: list[ExtractedEvent] = []
    # The running anchors (the last date, the last day) and the cue_start of
    # the statements that gave them.
    anchor: Anchors = (None, None, None, None)
    # A statement dropped for repeating its sentence's date, or merged into a
    # range, stands for the one kept: {its cue_start: the kept one's}.
    aliases: dict[int, int] = {}
    # A vote's day the article dates ("Tuesday, Dec. 6 is Election Day"): {its name in lower case: the date}.
    told: dict[str, DateValue] = {}
    story_day: dt.date | None | bool = None  # the only day the text has told of so far
    # ... that day, its mention and its sentence when a weekday or "yesterday" told it: the rules that ask it read
    # whether it stands on its sentence's main verb (_weekday_of_main_verb), the day of the story's news
    lead_day: tuple[dt.date, Mention, str] | None = None
    # The season across the turn of a year the text is telling of ("the 2008-09 season"): [its first
    # year, where the last date told in it stands], empty when none.
    season: list[int] = []
    # Where a wire story's dateline opens its lead after a caption or a headline ("Rescue workers ... on Sunday.
    # (AP)\n\nHEGANG, China (AP) — When gas levels ..."): what stands above it anchors nothing in the story.
    story_at = _story_dateline_at(text)
    entries = digest(text)  # a digest of dated entries (page_furniture.entry_day), asked once
    heading_day: tuple[dt.date, int] | None = None  # the day of the last date heading's entry, where the entry ends
    list_day: tuple[dt.date, int] | None = None  # the day of the last entry labelled by its day, where it starts
    sources_closing = source_closed(text)  # items closed by their wire's credit line (source_item_day)
    # A reprint's note of the story's first publication, its date the paper's ("This story was originally published on
    # April 21, 1997", a 2022 page given its story's day): where the headline above it ends, or -1.
    reprint_at, label_end = _reprint_note_at(text, published) if "his " in text[:_REPRINT_NOTE_WITHIN] else (-1, -1)
    notices = browser_notice_lines(text)  # paragraphs of a notice about the reader's browser, boilerplate
    # A text about a person named May ("Theresa May", "Mrs May"): its bare "May" is the person as often as the month
    may_person = "May" in text and _MAY_PERSON_NAMED.search(text) is not None
    for s_start, s_end in sentences:
        if story_at is not None and s_start >= story_at:
            if anchor[2] is not None and anchor[2] < story_at or anchor[3] is not None and anchor[3] < story_at:
                anchor = (None, None, None, None)
            story_at = None
        if skip_span and skip_span[0] <= s_start and s_end <= skip_span[1] + 1:
            continue  # the "Published ..." line dates the article, not an event
        i = bisect_left(starts, s_start)
        j = bisect_left(starts, s_end, i)
        label = labelled.get(text.rfind("\n", 0, s_start) + 1) if labelled else None
        if label is not None and not s_start <= label[1] < s_end:
            label = None
        if i == j and label is None:
            continue  # no trigger word, no date
        # (where the sentence's line starts, found once: the links' test and the dateline's below read it)
        line_start = text.rfind("\n", 0, s_start) + 1
        if in_related_links(text, s_start, line_start):
            continue  # a link to another story under a "Related Articles" heading, its date that story's
        if notices and line_start in notices and is_notice_sentence(text[s_start:s_end]):
            continue  # "JavaScript is disabled in your web browser ... Today almost all web pages ...": boilerplate
        sent = text[s_start:s_end]
        mentions = found_early.pop(s_start, None)
        if mentions is None:
            mentions = find_mentions(sent, triggers[i:j], kept=True, offset=s_start) if i < j else []
        if label is not None and not any(m.start <= label[1] - s_start < m.end for m in mentions):
            mentions = [_day_label_mention(label, s_start, text), *mentions]
        if skip_span and s_start <= skip_span[1]:
            mentions = [m for m in mentions if s_start + m.end <= skip_span[0] or s_start + m.start >= skip_span[1]]
        if mentions and line_start == s_start and (crumbs := breadcrumb_end(sent)):
            mentions = [m for m in mentions if m.start >= crumbs]  # "Home » today » World » ...": a section's name
        if mentions and ("TODAY" in sent or "Today" in sent):
            # a paper's name ("Calum MacLeod and Gary Strauss, USA TODAY", "told USA Today on Tuesday"):
            # no day, and no "today" for the other dates to read against; nor a programme's ("NBC's Today show")
            mentions = [m for m in mentions if m.kind != "rd" or not (paper_name(sent, m) or programme_name(sent, m))]
        if len(mentions) > 1 and ("Day" in sent or mentions[1].kind == "wd"):
            mentions = _without_day_names_after_dates(sent, mentions)
        if may_person and mentions and "May" in sent:
            mentions = [m for m in mentions if not _may_the_person(sent, m)]
        if mentions and (head := kept_dateline_end(sent, not text[line_start:s_start].strip())):
            # "CHRISTMAS, Fla. (WESH) -Deputies arrested ...", "FRIDAY HARBOR, Wash. (AP) The ferry ...": the
            # town's name in a dateline kept at the head of its lead is no date (nor, in a line's first
            # sentence, "Bratislava, October 2 (TASR) - President ...")
            mentions = [m for m in mentions if m.start >= head]
        if not mentions or label is None and line_start not in headings and (
                ((s_start < 300 or sent[-1] in "-—–") and is_dateline(sent)) or is_metadata(sent) or \
                (s_start < DATELINE_LINE_WITHIN and is_title_dateline_line(sent)) or (
                s_start < DATELINE_LINE_WITHIN and capitals_dateline_line(sent, mentions, published)) or (
                lead_at(text, s_start) and stop_dateline(sent.rstrip(), mentions, published, text, s_end)) or (
                len(sent) <= 140 and is_date_stamp(sent, mentions, _full_date)) or (
                s_start < 300 and len(mentions) == 1 and is_section_of_day(sent) and
                pages_day(mentions[0], published)) or (len(mentions) >= 4 and is_month_list(sent, mentions)) or (
                s_start < DATELINE_LINE_WITHIN and is_today_heading(sent))):
            # a dateline's date is the article's, not an event; nor is a time stamp's, a by-line's or a
            # section header's ("Politics of Thursday, 24 December 2020"), nor an archive's links by month
            continue
        # In a digest of dated entries, an entry's sentences are read from the entry's day: "30 June 2004. At least
        # 15 people were killed ..., state media reported today" in a digest printed the next spring.
        entry = entry_day(text, s_start, published) if entries else None
        if s_start < story_from:
            entry = entry or page_day
        if entry is None and sources_closing:
            # ... and in a digest whose items close with their wire's credit line ("Source: Associated Press, 30
            # Dec. 1999"), an item's sentences from that day
            entry = source_item_day(text, s_start, published)
        if label is not None:
            # (a day's label dates its entry's other sentences as a heading does: "– 30: ... is hospitalised in
            # Texas on October 8" under "— JULY 2014 —" is of 2014)
            heading_day = (label[0], _paragraph_end(text, s_start)) if label[0] < published else None
        if entry is None and heading_day is not None and line_start not in headings and s_start < heading_day[1]:
            # ... and under a date heading of its own line, an entry's sentences from the heading's day ("June 3 /
            # The mayor resigned yesterday", "FEBRUARY 4 / ... A hearing is set for February 20" in June)
            entry = heading_day[0]
        values, anchor = _resolve_sentence(sent, mentions, entry or published, anchor, s_start, aliases, pinned, text,
                                           told, story_day or None, leads, season,
                                           lead_day if story_day is not False else None)
        if line_start in headings:
            heading_day = _heading_day(values, published, _paragraph_end(text, first_sentence_below(text, line_start)))
        if values and values[0][0].start == 0 and s_start - line_start <= _LABEL_AT_MOST:
            # A list's entries labelled by their days: a weekday's label goes on from the entry above it ("Nov. 3:
            # The agency classifies it as a depression. / Monday: It upgrades the depression to a storm" is the
            # Monday after the 3rd, in a chronology told up to the paper as in a schedule ahead of it); not from
            # an entry a month or more from the paper, nor back before the paper for a clause told ahead ("March
            # 20: Talks collapse. / Monday: The union will ballot members", printed a year later)
            m, v = values[0][0], values[0][1]
            labelled_day = line_start in headings or (weekday_label(sent, m) if m.kind == "wd" else
                                                      label_ends(sent, m.end))
            if m.kind == "wd" and labelled_day and v.precision == "day":
                if list_day is not None and s_start - list_day[1] < _LIST_DAY_REACH:
                    day = list_day[0] + dt.timedelta(days=(v.date.weekday() - list_day[0].weekday() - 1) % 7 + 1)
                elif chronology_above(text, line_start) and not m.g("wd_mod"):
                    # (the first of a chronology's weekday labels told up to the paper, "How the weekend unfolded /
                    # Saturday: Protesters march ...", is the last such day, the paper's own included)
                    day = published - dt.timedelta(days=(published.weekday() - v.date.weekday()) % 7)
                else:
                    day = v.date
                if day != v.date and (day >= published or not _TOLD_AHEAD.search(sent, m.end, m.end + _WILL_REACH)):
                    v = DateValue(day, "day")
                    values[0] = (m, v, *values[0][2:])
            list_day = (v.date, s_start) if labelled_day and v.precision == "day" and not v.end_date and \
                m.kind in ("mdy", "dmy", "wd") and abs((v.date - published).days) <= _LIST_DAY_NEAR else None
        if s_start < reprint_at:
            # (a count of years "ago today" is the first story's day, not one of days or weeks: "a week ago today"
            # counts from the first story's day, its headline's; a weekday in the label, "Flashback Friday:", names
            # the reprint's series, no day)
            values = [(m, DateValue(dt.date(published.year, 1, 1), "year") if v.precision == "year" else
                       DateValue(published, "day"), *rest)
                      if m.kind == "ago" and (v.precision == "year" or v.precision == "day" and
                                              "year" in m.text.lower()) and ago_direction(m) == "ago" else
                      (m, v, *rest) for m, v, *rest in values if m.kind != "wd" or s_start + m.start >= label_end]
        for value in values:
            if value[1].precision == "day" and story_day is not False and value[1].date != story_day:
                # the one day the text has told of so far (False once it has told of two)
                story_day = value[1].date if story_day is None else False
                if story_day and (value[0].kind == "wd" or value[0].kind == "rd" and
                                  (value[0].g("rd") or "").lower() == "yesterday"):
                    lead_day = (story_day, value[0], sent)
        # One statement per date of the sentence: a repeat stands for the first.
        seen: dict[tuple, int] = {}
        kept = []
        for value in values:
            m, v = value[0], value[1]
            key = (v.date, v.precision)
            if key in seen:
                aliases[s_start + m.start] = seen[key]
                continue
            seen[key] = s_start + m.start
            kept.append(value)
        if not kept:
            continue
        dates = tuple([(x.start, x.end) for x in mentions])  # (a list, not a generator: fastpath's note)
        if line_start in headings:
            # a date heading's statement is what its entry tells: the entry's line gives its title, actors, place
            described = describe(heading_entry(text, s_start), [(0, 0)] * len(kept), city, ())
        else:
            described = describe(sent, [(value[0].start, value[0].end) for value in kept], city, dates)
        verbatim = original[s_start:s_end] if original is not text else sent  # sliced once per sentence
        # (zip without strict=: describe gives one (title, actors, place, category) a cue; the keyword cost ~1.5k
        # instructions a sentence)
        for (m, v, confidence, flags, tense, source), who_what in zip(kept, described):  # noqa: B905 - (above)
            title, actors, place, category = who_what
            cs, ce = s_start + m.start, s_start + m.end
            events.append(ExtractedEvent(
                date=v.date, precision=v.precision, end_date=v.end_date, title=title,
                sentence=verbatim, sentence_start=s_start, sentence_end=s_end,
                cue=original[cs:ce], cue_start=cs, cue_end=ce,
                actors=actors, place=place, category=category,
                rule=m.kind, confidence=confidence, flags=flags, tense=tense, anchor_cue_start=source,
                stage=statement_stage(sent, m.start, m.end, v, published, tense),
                summary_count=summary_count(sent, m.start, m.end, v),
            ))
    if headings:
        events = _without_restated_headings(events, headings, text)
    if aliases:
        events = with_anchors_kept(events, aliases)
    events = with_listed_days_in_season(events, text)
    events = with_tenseless_weekdays_ahead(events, published, text)
    events = with_weekdays_kept_ahead(events, published)
    events = with_weekdays_kept_back(events, published)
    events = with_weekdays_in_named_run(events, published)
    events = with_weekdays_of_dates_told(events, published)
    events = with_weekdays_of_days_gone_told(events, published)
    return group_statements(with_topic_categories(with_full_names(text, events)))


# A page stamp's label right before a full date ("Updated: Jan. 19, 2021"; the label after one:
# page_furniture.STAMP_LABEL_AFTER).
_STAMP_LABEL_BEFORE = re.compile(r"\b(?:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED|Modified)\s*:\s*"
                                 r"(?:on\s+)?$")


def _both_readings(m: Mention, value: DateValue) -> list[dt.date]:
    """The valid days of a numeric date of unknown day/month order, month first and day first, in the
    year it was read with."""
    a, b, y = int(m.g("num_a")), int(m.g("num_b")), value.date.year
    return [d for d in (safe_date(y, a, b), safe_date(y, b, a)) if d is not None]


# A verb of moving a happening, then "to" right before a month: the month it is moved to.
_MOVED_TO_MONTH = re.compile(r"\b(?:mov(?:e|es|ing)|shift(?:s|ing)?|bring(?:s|ing)?\s+forward|push(?:es|ing)?\s+back|"
                             r"reschedul(?:e|es|ing))\b[^.;,]*\bto\s+$", re.IGNORECASE)
# A law that moves a happening, then "from"/"to" right before a month.
_LEGISLATED_MOVE = re.compile(r"\b(?:bill|measure|law|legislation|ordinance|amendment)\s+(?:(?:that|which)\s+"
                              r"(?:would\s+)?)?(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?)\b[^.;]*\b(?:from|to)\s+$",
                              re.IGNORECASE)
_FROM_MONTH = re.compile(rf"\bfrom\s+(?:early\s+|late\s+|mid-?)?{MON}", re.IGNORECASE)
# One occasion named between a law's move and its month: a year, "next year's", "the upcoming", "this".
_ONE_OCCASION = re.compile(r"(?:(?<=\bthe\s)|(?<=['’]s\s))(?P<y>(?:1[89]|20)\d\d)\b|\b(?:1[89]|20)\d\d\b|"
                           r"\b(?P<rel>next|this|last)\s+year['’]s\b|\bupcoming\b|"
                           r"\bthis\s+(?!year\b)[a-z]+", re.IGNORECASE)
# "the second Tuesday in", "the last Monday of" right before a month's name: a day of that month.
_NTH_WEEKDAY_IN = re.compile(r"\b[Tt]he\s+(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
                             r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:in|of)\s+$")


def _nth_weekday(month: dt.date, nth: str, weekday: str) -> DateValue:
    """The `nth` ("first" ... "fourth", "1st" ... "4th", "last") `weekday` of the month that starts on `month`."""
    want = WEEKDAYS[weekday]
    if nth == "last":
        last = add_months(month, 1) - dt.timedelta(days=1)
        return DateValue(last - dt.timedelta(days=(last.weekday() - want) % 7), "day")
    weeks = (int(nth[:-2]) if nth[0].isdigit() else ORDINALS[nth]) - 1
    return DateValue(month + dt.timedelta(days=(want - month.weekday()) % 7 + 7 * weeks), "day")


# "the Class of 2029", "class of '98": a school's year group's name.
_CLASS_OF_BEFORE = re.compile(r"\b[Cc]lass\s+of\s+['’]?$")
_GRADUATION = re.compile(r"graduat(?:ed|ing|ion)|valedictorian|commencement", re.IGNORECASE)  # (not "Graduates of")


def _class_year(text: str, published: dt.date) -> int:
    """The year a "Class of" mention names: "2029", "'98" (a two-digit year at most ten years ahead, else the 1900s)."""
    digits = "".join(c for c in text if c.isdigit())
    return two_digit_year(int(digits), published) if len(digits) == 2 else int(digits or 0)


# told's key for the day a text's "earlier in the day" was read as (no vote day's name: those have no space first)
_EY_DAY_KEY = " earlier in the day"
# A reprint's note of when its story first ran: "This story was originally published on April 21, 1997."
# (in other wordings: "This story first ran on ...", "This article originally appeared in The Courier on 20 May 1999")
_REPRINT_NOTE = re.compile(r"^[ \t]*(?:editor['’]?s['’]?\s+note\W*)?this\s+(?:article|story|piece|report|column)\s+"
                           r"(?:(?:was|first)\s+)?(?:originally\s+|first\s+)?(?:published|ran|appeared)\s+"
                           r"(?:in\s+(?:\S+\s+){1,4}?)?(?:on\s+)?(?P<date>(?:[A-Z][a-z]+\.?\s+\d{1,2},?|"
                           r"\d{1,2}\s+[A-Z][a-z]+\.?,?)\s+(?P<y>\d{4}))",
                           re.IGNORECASE | re.MULTILINE)


# ... and the label of the frame written for the reprint, opening its headline ("FROM THE ARCHIVES: 25 years ago,
# ...", "Throwback Thursday: ...", "Looking back 50 years: ..."), or on a line of its own above it.
# The label alone before its colon, no free word after it: "Throwback jerseys: teams revive ..." and "Archive fire:
# records from 50 years ago lost" are the first story's own headlines.
_REPRINT_LABEL = re.compile(r"(?:from\s+(?:the|our)\s+(?:archives?|vault|files|pages)|(?:the\s+)?archives?|"
                            r"(?:throwback|flashback)(?:\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?|"
                            r"looking\s+back(?:\s+\w+\s+years?(?:\s+ago)?)?|retro|blast\s+from\s+the\s+past|"
                            r"reprint|on\s+this\s+(?:day|date)|time\s+capsule)[ \t]*(?::|(?P<own_line>\n\s*))",
                            re.IGNORECASE)
# ... the note under the reprint's headline, near the page's top (a note at the foot of a story republished whole
# frames nothing above it: "Ten years ago, the dam broke. ... This story was originally published on ...").
_REPRINT_NOTE_WITHIN = 400


def _reprint_note(text: str) -> re.Match | None:
    """_REPRINT_NOTE.search(text, 0, _REPRINT_NOTE_WITHIN), the same match: matched only at the starts of the lines
    (its "^") that open, after spaces or tabs, with "this" or "editor", the pattern's first words, instead of the
    pattern entered at each of the 400 characters (~30,000 instructions a text holding "his "). A text beyond ASCII
    (a character re.IGNORECASE folds onto "s" or "i") is searched as before."""
    head = text[:_REPRINT_NOTE_WITHIN]
    if not head.isascii():
        return _REPRINT_NOTE.search(text, 0, _REPRINT_NOTE_WITHIN)
    at = 0
    while True:
        if head[at:].lstrip(" \t")[:6].lower().startswith(("this", "editor")):
            note = _REPRINT_NOTE.match(text, at, _REPRINT_NOTE_WITHIN)
            if note is not None:
                return note
        at = head.find("\n", at) + 1
        if not at:
            return None


def _reprint_note_at(text: str, published: dt.date) -> tuple[int, int]:
    """Where the headline above a reprint's note of its story's first publication ends (-1 if no note), when the
    note's year is the paper's: the page is given its story's first day, and a frame above the note written for
    the reprint ("FROM THE ARCHIVES: Come hell and high water: 25 years ago, the flood ...") counts its years from
    the reprint, not from that day: what it tells of is the story's own year. With it, where the frame's label
    ends (-1 if no note)."""
    note = _reprint_note(text)
    if note is None or int(note["y"]) != published.year:
        return -1, -1
    head = len(text) - len(text.lstrip())
    label = _REPRINT_LABEL.match(text, head)
    if label is None:
        return -1, -1  # the first story's own headline: "Widow of man killed 10 years ago sues city" counts from
        # its day
    line_end = text.find("\n", label.end() if label["own_line"] is not None else head)  # (the frame: the line
    # under the label, above the note, with no stop after it as a sentence's: "Ten years ago, the dam broke." over
    # a note is the story's own line)
    if line_end < 0 or line_end > note.start() or text[head:line_end].rstrip().endswith((".", "!", "?", '"', "”")):
        return -1, -1
    return line_end, label.end()


# A time set for a night: "moved to tonight", "postponed until tonight", "rescheduled for tonight".
# (a clock time between them: "moved to 8 p.m. tonight", "until 10 tonight", "for about 9 tonight"; not a tally's
# count: "voted 52 to 48 tonight")
_SET_FOR_BEFORE = re.compile(r"\b(?:(?:to|until|till|for)\s+(?:(?:about|around|at)\s+)?(?:\d{1,2}(?:[:.]\d{2}\s*"
                             r"(?:[ap]\.?\s?m\.?)?|\s*(?:[ap]\.?\s?m\.?|o['’]clock))\s+)?|(?:until|till|about|around)"
                             r"\s+\d{1,2}\s+)$", re.IGNORECASE)


# A phrase fronted before the main clause, its day another happening's (after a dateline: "LEEDS - After ...").
_FRONTED_PHRASE = re.compile(r"\s*(?:[^,]{0,40}?\s[-–—]{1,2}\s+)?(?:after|before|since|following|despite|amid|until|"
                             r"ahead\s+of|when|while|once|because|although|though|if|unless|as)\b", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)


def _weekday_of_main_verb(sent: str, m: Mention) -> bool:
    """Whether a weekday stands on its sentence's main verb: before it, in its clause, no verb ("A former guard on
    Tuesday admitted ...", "Democrats and Republicans Tuesday each sought ...", after a fronted phrase's comma) but
    a saying's ("Police said Tuesday ..."), or after it none ("Police arrested two men on Monday."); not in a
    relative or a participle's phrase before the main verb ("A man charged with killing his neighbour on Sunday
    appeared ...", "A fire that destroyed a warehouse on Sunday was caused ...")."""
    before = sent[sent.rfind(",", 0, m.start) + 1:m.start]
    if _FRONTED_PHRASE.match(before) and (comma := sent.find(",", m.end)) >= 0 and \
            not has_tense_marker(sent[m.end:comma]):
        return False  # a fronted phrase's day: "After a warehouse fire on Sunday, the city ordered ..."
    if (said := _SAID_BEFORE_WD.search(before)) is not None:
        before = before[:said.start()]
    return not has_tense_marker(before) and not _RELATIVE_WORD.search(before) or not has_finite_verb(sent[m.end:])


# A past saying of what was to come: "said he would ask ...", "told reporters they would vote ...".
_SAID_WOULD = re.compile(r"\b(?:said|told|announced|added|indicated)\b[^.;:!?\"“”]{0,80}\bwould\b", re.IGNORECASE)
# A saying's verb right before its weekday: "the minister said Saturday", "officials told reporters on Friday".
_SAID_BEFORE_WD = re.compile(r"\b(?:(?:said|announced|stated|confirmed)\s+|told\s+(?:\w+\s+){1,2}?)(?:on\s+)?$")
# ... the weekday ending the saying: a stop, a comma, "that", a time of day's word, or a preposition or conjunction
# that opens what the saying adds ("said Saturday in a statement", "said Friday after the talks")
_SAYING_DAY_END = re.compile(r"\s*(?:[.,;:]|$|(?:that|in|at|after|during|before|while|when|as)\b|"
                             r"(?:morning|afternoon|evening|night)\b)")


def _ey_day_of_sentence(sent: str, mentions, resolved, tenses, published: dt.date, told: dict) -> None:
    """ "The meeting, which was held earlier in the day in Geneva, ended in deadlock, the minister said Saturday"
    in a Sunday paper: "earlier in the day" is the day of the saying's past weekday after it (the story is
    Saturday's), not the paper's. Only a past "earlier in the day" the text has not framed otherwise (read as the
    paper's day), before a saying's weekday of the past week, and nothing else of a day. The day is kept
    (`told`) for a later "earlier in the day" of the text no day frames."""
    days = [j for j in range(len(mentions)) if resolved[j] is not None and resolved[j].precision == "day"]
    eys = [j for j in days if mentions[j].kind == "ey"]
    wds = [j for j in days if mentions[j].kind == "wd"]
    if len(eys) != 1 or len(wds) != 1 or len(days) != 2:
        return
    i, j = eys[0], wds[0]
    if mentions[i].g("ey_mod").lower() != "earlier" or mentions[i].g("ey_unit").lower() != "day" or \
            resolved[i].date != published or tenses[i] not in ("past", None) or tenses[j] != "past" or \
            not 0 < (published - resolved[j].date).days < 7 or mentions[i].start > mentions[j].start or \
            not _SAID_BEFORE_WD.search(sent, max(0, mentions[j].start - 30), mentions[j].start) or \
            mentions[j].text.endswith(("'s", "’s")) or not _SAYING_DAY_END.match(sent, mentions[j].end):
        # (not "the minister said Saturday's storm ...": a day's possessive is the saying's object)
        return
    resolved[i] = resolved[j]
    told.setdefault(_EY_DAY_KEY, resolved[j])


def _on_or_before(m: Mention, value: DateValue, published: dt.date) -> bool:
    """Whether a numeric date lies on or before the paper's day; one whose day/month order is unknown
    (read as its year only: "[10/06/25]") when its reading nearer the paper's day does ("[05/12/09]" on May
    12: a page's stamp is never after its day; an announced day may be: "Next meeting of the board
    [10/06/25]" in September)."""
    if value.precision != "year" or m.kind != "num":
        return value.date <= published
    readings = _both_readings(m, value)
    # the reading nearer the paper's day decides: "[02/11/27]" in a March paper is February's stamp, not a
    # day in November (lists of older headlines carry stamps weeks old); "[10/06/25]" in mid-September is
    # October 6, not June 10
    return not readings or min(readings, key=lambda d: (abs((published - d).days), d > published)) <= published


def _reading_after(m: Mention, value: DateValue, published: dt.date) -> DateValue | None:
    """The one reading of a numeric date of unknown day/month order that lies after the paper's day."""
    after = [d for d in _both_readings(m, value) if d > published]
    return DateValue(after[0], "day") if len(after) == 1 else None


# A clause fronted by a subordinator: "After ...", "When ...", "Since ..." (the main clause after its comma).
_FRONTED_SUBORDINATE = re.compile(r"\W*(?:After|Before|When|As|Since|Following|Because|While|Although|Though)\s")


# A day counted from now ("yesterday", "last night", "today").
_NOW_DAY_WORD = re.compile(r"(?:yesterday|today|tonight|tomorrow|last\s+night)\b", re.IGNORECASE)


def _now_day_quoted(text: str, at: int, day: dt.date, published: dt.date) -> bool:
    """Is the day told at `at` a word counted from the paper's now inside a quotation ('"Campaigns ended at
    midnight yesterday.', read as the day before the paper's)? Then it is no saying's day for the quote that goes
    on: the speaker counts both from today. (A quote's "today" already read as a saying's day, '"Our fans were
    fantastic today. Today we started ..."' under a lead of the day before, still dates the quote going on.)"""
    if not text:
        return False
    word = _NOW_DAY_WORD.match(text, at)
    return word is not None and \
        (day - published).days == _NOW_DAY_OFFSET.get(" ".join(word[0].lower().split()), 0) and \
        in_quoted_paragraph(text, at)


_NOW_DAY_OFFSET = {"yesterday": -1, "last night": -1, "tomorrow": 1}


def _inside_quote(text: str, at: int) -> bool:
    """Does the day at `at` stand inside a quotation its paragraph opened before it ('"We lost on Friday," said
    Smith': an odd count of straight marks before it, or more opening curly marks than closing ones), not after
    a quote closed ('"We lost," Smith said on Friday, "and it hurt."')?"""
    start = text.rfind("\n", 0, at) + 1
    return text.count('"', start, at) % 2 == 1 or text.count("“", start, at) > text.count("”", start, at)


# A bracket opening right after a weekday, before its date: "on Sunday (Aug. 18)".
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
# The day whose end "the end of the day" is, named right after it (not "on Wall Street": today's).
_ITS_DAY_AFTER = re.compile(rf"\s+on\s+(?:{WD}|{MON})\b", re.IGNORECASE)


# "the city's hottest day ever in the month of June", "the wettest day on record for the month of
# March": the same superlative over the days of every such month, the month written "the month of".
_SUPERLATIVE_DAY_MONTH_OF = re.compile(r"\b(?:hottest|warmest|coldest|coolest|wettest|driest|sunniest|snowiest|"
                                       r"windiest|stormiest)\s+(?:day|night|temperature)s?\b(?:\s+[\w-]+){0,3}?\s+"
                                       r"(?:in|for|during)\s+the\s+month\s+of\s+$", re.IGNORECASE)


def _fold(values: list | dict, kept: int, dropped: int, value: DateValue, mentions: list[Mention], offset: int,
          aliases: dict[int, int]) -> int:
    """Two mentions told as one statement ("Sept. 10 last year", "the 2011 June record"): mention
    `kept` takes `value`, mention `dropped` none and is an alias of it. Returns where `kept` is in
    the text (the position a running anchor taken from it holds)."""
    values[kept], values[dropped] = value, None
    at = offset + mentions[kept].start
    aliases[offset + mentions[dropped].start] = at
    return at


# The kinds of date a work's title may look like (non_dates.work_title).
_TITLE_KINDS = frozenset(("wd", "rd", "yr", "mo", "my", "mdy", "dmy", "hol"))


def _label_colon_before(sent: str, at: int) -> bool:
    """Does sent[:at] end with ":", spaces, tabs and "[" after it ("Deadline for comments: [")? Read back from
    `at` over that run only (not sent[:at] copied and stripped: once a mention, a sentence of thousands of
    bracketed dates would be copied thousands of times)."""
    while at and sent[at - 1] in " \t[":
        at -= 1
    return at > 0 and sent[at - 1] == ":"


def _full_date(m: Mention) -> bool:
    """A date with its day, month and year ("Tuesday, Nov. 29, 2022", "2022-11-29")."""
    return m.kind in ("iso", "num") or (m.kind in ("mdy", "dmy") and m.g(m.kind + "_y") is not None)


# (last date, last day, cue_start of the statement that gave the last date,
# of the one that gave the last day)
Anchors = tuple[DateValue | None, DateValue | None, int | None, int | None]


# A person named May, by a given name or a title ("Theresa May", "Mrs May", "Prime Minister May").
_MAY_PERSON_NAMED = re.compile(r"\b(?:Theresa|Mrs\.?|Ms\.?|Prime\s+Minister|PM|Premier)\s+May\b(?![\s,]*\d)")
# ... and what makes a bare "May" the month there all the same: a month's word before it ("in May", "since May", "late
# May", "by May", "the end of May", "from March to May", "April or May") ...
_MAY_MONTH_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|through|throughout|during|from|between|early|late|mid|"
                               r"last|next|this|by|before|(?:end|start|beginning|middle)\s+of|(?:back|forward)\s+to)|"
                               rf"\b(?:{MON})\s*(?:or|and|to|through|until|-|–))[\s-]*$", re.IGNORECASE)
# ... and what makes it the person: "May's", "May to <verb>", or a word of a verb's after it ("May said", "May pulled
# a vote"); not an end of a phrase ("by May.", "to May, when", "May and June").
_MAY_PERSON_AFTER = re.compile(r"['’]s\b|"
                               r"\s+to\s+(?!(?i:(?:the\s+)?(?:" + MON + r"|end|start|beginning|middle))\b)[a-z]|"
                               r"\s+(?!(?:and|or|but|when|where|as|with|for|in|at|on|of|after|before|until|till|"
                               r"this|next|last|to|through|the|a|an|is|was|will|would)\b)[a-z]+\b")


def _may_the_person(sent: str, m: Mention) -> bool:
    """In a text that names a person May (_MAY_PERSON_NAMED), is bare "May" the person: "Corbyn called on May to rule
    out a no-deal exit", "MPs voted in support of May's leadership", "On Monday, May pulled the vote"?"""
    return m.kind == "mo" and m.text in ("May", "May's", "May’s") and \
        _MAY_MONTH_BEFORE.search(sent, max(0, m.start - 24), m.start) is None and \
        _MAY_PERSON_AFTER.match(sent, m.end - (2 if m.text != "May" else 0)) is not None


def _resolve_sentence(sent: str, mentions: list[Mention], published: dt.date, anchor: Anchors, offset: int,
                      aliases: dict[int, int], pinned: dict[int, DateValue], text: str = "",
                      told: dict[str, DateValue] | None = None, story_day: dt.date | None = None,
                      leads: dict[tuple[int, int], bool] | None = None, season: list[int] | None = None,
                      lead_day: tuple[dt.date, Mention, str] | None = None):
    """Resolve the mentions of one sentence (starting at `offset` in the
    text); returns [(mention, value, confidence, flags, tense, cue_start of
    the statement it was counted from or None)] and the new anchors. Adds
    the ends of ranges merged to `aliases`. Statements in `pinned` anchor
    the others with their pinned date. `told`: the dates the article gave
    its vote days so far, added to when this sentence gives one. `lead_day`: the one day the text has told of so
    far when a weekday or "yesterday" told it, with that mention and its sentence, else None. `season`: the season
    the text is telling of ([first year, where its last date stands], empty when none), changed as this
    sentence names one or tells of a date outside it."""
    n = len(mentions)
    # The kinds of date the sentence holds, asked once: a pass below that only a kind's mentions can act
    # on ("today" in a quote, a weekday's saying, a vote day told, "two days after") is skipped where the
    # sentence has none of that kind (most sentences hold one date).
    kinds = {m.kind for m in mentions}
    tense = MentionTenses(sent, mentions, published, text, offset)
    own_tense = tense.own
    tenses = sentence_tenses(tense)
    resolved: list[DateValue | None] = [None] * n
    sources: list[int | None] = [None] * n

    # (A partial, not a closure: a closure would make pinned, offset, mentions and resolved cell
    # variables of this whole function, each of their many loads here slower than a local's.)
    basis = partial(_basis, pinned, offset, mentions, resolved)
    # Pass 1: self-contained expressions.
    running, running_day, running_at, running_day_at = anchor
    folded: set[int] = set()  # "that year" after a month: told with the month
    handle = "(@" in sent  # an embedded post's signature may be in the sentence
    quoted = '"' in sent or "“" in sent or "‘" in sent  # (non_dates._OPENING_QUOTES: a work's title may be quoted)
    # (a web address may hold a date: page_furniture.in_link)
    linked = "://" in sent or "www." in sent or "/" in sent and HOST_PATH.search(sent) is not None
    custom = None  # does the sentence tell a custom ("usually")? Looked at once, when first needed.
    years_back = None  # does the article's opening count years back (direction.anniversary_lead)? Asked when needed.
    timetable = None  # the weekdays of a week's timetable (non_dates.timetable_days), asked once when needed
    weeks = None  # the week each weekday's list names (direction.weeks_of_days), asked once when needed
    # Words the rules below look for anywhere in the sentence, looked for once: per mention, a
    # sentence of thousands of dates (a pasted table) would be scanned thousands of times.
    # (each read only by the rules of a month or a month's day: looked for only where the sentence holds one)
    # (the kinds asked once: a sentence with no month, no month's day and no weekday, most, sets each flag of
    # those kinds' rules at once, not one kind test and one assignment a flag)
    months = "mo" in kinds
    days_of_month = "mdy" in kinds or "dmy" in kinds
    # (a bulletin's title or date label: page_furniture.bulletin_day, asked of a weekday or a month's day)
    bulletin_titled = (days_of_month or "wd" in kinds) and ("s for " in sent or "ate:" in sent or "ATE:" in sent)
    if months or days_of_month:
        record = "ecord" in sent
        all_time = months and "all-time" in sent
        month_of = months and "onth of" in sent
        piped = days_of_month and "|" in sent
        last_year = months and "last year" in sent.lower()  # (a month's rule reads it)
        # (a month's or a month's day's)
        awaited = "wait" in sent
        looked_ahead = "orward" in sent or "ahead to" in sent
        # (a month's day's: a slot's or a reschedule's words, direction.slot_day)
        slotted = days_of_month and holds(sent, SLOT_CUE_WORDS)
    else:
        record = all_time = month_of = piped = last_year = awaited = looked_ahead = slotted = False
    # (a month's day's or a month's with its year: an issue's label may stand before it)
    issue_labelled = (days_of_month or "my" in kinds) and may_hold(sent, ISSUE_LABEL_WORDS)
    # (a weekday's)
    if "wd" in kinds:
        century = "19" in sent or "20" in sent
        pluperfect = "had" in sent or "'d" in sent or "’d" in sent
        replayed = "eplay" in sent or "ematch" in sent
        issued = "issued" in sent or "released" in sent or "published" in sent or "posted" in sent or " out" in sent
    else:
        century = pluperfect = replayed = issued = False
    # (a month's, or a quarter's named by its month, in the past: "usually", "often", "each year" ... may tell a custom)
    habit_word = (months or "qtr" in kinds) and (
        "lly" in sent or "ften" in sent or "requently" in sent or "egularly" in sent or "ach year" in sent or
        "very year" in sent)
    lasting = None  # _LASTING_SPAN in the sentence, looked for once, when first needed
    ahead = None  # what direction.tenseless_day_ahead reads in the whole sentence, looked at once when first needed
    clauses = None  # the sentence's stops and ", in which" clauses (direction.result_clauses), found once when needed
    year_events = None  # what direction.past_years_day reads in the whole sentence, looked for once when needed
    habitual_from = None  # where an "is usually" may first stand (non_dates.habitual_present_from), asked once
    yearly = None  # "year" or "nnual" in the sentence (direction.in_context reads it), looked for once when needed
    # may a saying dated at another time be told here (a date of the kinds that date one, a saying verb)? Looked
    # at once, when a word that counts from now first needs it.
    said_in = None
    # "Tuesday, Dec. 6 is Election Day": {the vote day's mention: its date's}.
    told_here = told_vote_days(sent, mentions) if told is not None and "hol" in kinds else None
    for i, m in enumerate(mentions):
        kind = m.kind
        if kind in RELATIVE_RULES:
            continue
        # The kinds the rules below open with, asked once a mention: each rule's first test is then a
        # local's truth (a fifth of the instructions of reading m.kind and comparing strings, ~90 rules a mention).
        wd, mo, hol, dm = kind == "wd", kind == "mo", kind == "hol", kind == "mdy" or kind == "dmy"
        told_value = None
        if hol and told is not None:
            if i in told_here:
                continue  # the named day beside its date: one statement, the date's
            if told:
                told_value = told.get(vote_day_key(m))
                if told_value is None and tenses[i] != "future" and vote_day_key(m) == "election day" and \
                        not _MONTH_AFTER_HELD.match(sent, m.end):
                    # "The runoff election took place Tuesday, April 4. ... Election Day coverage": the vote
                    # the text told of (not one still to come, "will serve until Election Day", nor "Election
                    # Day in November")
                    told_value = told.get(HELD_ELECTION_DAY)
                if told_value is not None and running_at is not None and running_at >= offset and \
                        running is not None and running.date.year != told_value.date.year:
                    # "In 2020, turnout on Election Day was low": that year's vote, not the one told.
                    told_value = None
        if wd and tenses[i] == "past" and not m.g("wd_mod") and century and \
                past_years_day(sent, m, published, year_events if year_events is not None else
                               (year_events := past_year_events(sent))):
            continue  # "He played in Sunday's final group at the 2003 U.S. Open": that year's Sunday, no day
        if m.start < 60 and sent.startswith(":", m.end) and dm and m.text.isupper() and \
                _CAPTION_DATELINE.fullmatch(sent, 0, m.start):
            # "SAN FRANCISCO, CA - OCTOBER 27: (L-R) Plaintiffs ...": a photo caption's dateline, its
            # month in capitals ("KYIV, Ukraine - November 12: Russian drones struck ..." is a lead's)
            continue
        if dm and not yearless(m) and (
                STAMP_LABEL_AFTER.match(sent, m.end) or _STAMP_LABEL_BEFORE.search(sent, max(0, m.start - 24), m.start)
                or byline_date(sent, m) or masthead_date(sent, m) or bracketed_dateline(sent, m, text, offset)
                or archive_page_date(sent, m) or date_city_dateline(sent, m, published)
                or broadcast_label(sent, m, published)):
            # A page's stamp glued to a headline or a by-line: "... WILL GRAVES, AP Sports Writer Jan. 19, 2021
            # Updated: Jan. 19, 2021 10:23 p.m." (the date before "Updated:", or after a by-line's role or a
            # stamp's label), and a dateline with the city after the date, "September 29, 2009 (CHICAGO) Now
            # the jury must decide ...": the page's or the filing's date, no happening.
            continue
        if (dm or wd) and bulletin_titled and bulletin_day(sent, m, published):
            continue  # "Top Stories for October 8th", "Publish Date: October 8th": the bulletin's own day
        if (dm or kind == "my") and issue_labelled and issue_label(sent, m):
            continue  # "(Newsletter – March 2024)", "Bulletin: 3 May 2024": an issue's label, the page's date
        if dm and written_on_stamp(sent, m):
            continue  # "Major new fund now openWritten on the 2 March 2018": a page's stamp ending its line
        if dm and "(" in sent and source_citation(sent, m):
            continue  # "(Kommersant-daily, June 29)", "(see Izvestiya, June 20)": a cited source's day, no happening
        if machine_stamp(sent, m, text, offset) or (linked and in_link(sent, m)):
            # "Thu Dec 2 07:01:30 MST 1999", "Date: Thu, 13 Feb 1997 19:11:00 -0500", "DATE=12/21/1999 TYPE=...",
            # "http://www.nytimes.com/2003/08/01/...": a machine's stamp, a script's slug, a web address
            continue
        if kind == "num" and source_stamp(sent, m):
            continue  # "Salon 5/28/99 David Horowitz \"...", "News Release - 9/10/01": a clipping's or a release's date
        if (kind == "iso" or kind == "num") and _STAMP_LABEL_BEFORE.search(sent, max(0, m.start - 24), m.start):
            # A numeric stamp glued to a headline: "Quake toll rises to 79,000 (AP) Updated: 2005-10-19
            # 19:32", "... Posted: 10/19/2005": the page's date, no happening (as its written-out form above).
            continue
        if wd and not m.g("wd_mod") and m.text[-1:].isalpha() and \
                _NO_BEFORE_WD.search(sent, (m.start - 4 if m.start > 4 else 0), m.start) and \
                _NOUN_AFTER_WD.match(sent, m.end) and \
                not (m.g("wd_part") and tenses[i] == "past" and
                     not (custom if custom is not None else (custom := holds_habitual_word(sent))) and
                     not (lasting if lasting is not None else (lasting := bool(_LASTING_SPAN.search(sent)))) and
                     not _SCHEDULE_NO_BEFORE.search(sent, max(0, m.start - 16), m.start) and
                     not any(o.kind in _SPAN_KINDS for o in mentions)):
            # "there is no Saturday voting", "no Sunday service": no day, what never happens on one; but
            # a part of one day told in the past is that day's ("There was no Sunday night breakthrough
            # in the talks": nothing came of that night).
            continue
        if wd and not m.g("wd_mod") and m.text[-1:].isalpha() and "'" not in m.text and \
                "’" not in m.text and _HABIT_AFTER_WD.match(sent, m.end):
            continue  # "part of your Saturday morning routine", "his Sunday ritual": every such day's, no day
        if (mo or dm) and record and yearless(m) and \
                search_last_words(_RECORD_FOR_BEFORE, sent, 8, max(0, m.start - 70), m.start):
            continue  # "a record daily rainfall for September": every September's, a category
        if mo and (record or all_time) and yearless(m) and \
                _RECORD_MONTH_MEASURE.match(sent, m.end) and (
                    _RECORD_MONTH_BEFORE.search(sent, max(0, m.start - 30), m.start) or
                    _MEASURE_RECORD_AFTER.match(sent, m.end)):
            continue  # "the record for all-time October rainfall", "the October rainfall record": a category
        if dm and piped and PIPE_CLOCK.match(sent, m.end) and not yearless(m) and \
                not stamp_ahead(m, published):
            # "Source: Wire, J.D. Saturday, July 15, 2023 | 17:35 Share": a page's time stamp (one
            # after publication is a listing's: "The concert is on Saturday, July 15 | 7:30 pm")
            continue
        if dm and sent.find(":", m.end) >= 0 and _CLOCK_LINE_END.match(sent, m.end) and not yearless(m) and \
                _stamp_glued(sent, m.start) and pages_day(m, published):
            # "Police want suspects held for 10 daysMonday, January 6, 2020 22:14": a full date of the paper's
            # week and a clock time that end a line with no full stop, glued to the headline's last word (or
            # alone on its line), a page's time stamp (not "Polls closed Sunday, March 7, 2027, 20:00", "strikes
            # off Crete on March 9, 2027 04:12 UTC": a headline's own happening).
            continue
        if kind == "mdy" and m.g("mdy_mon") == "May" and not m.g("mdy_y") and not m.g("mdy_wd") and \
                not m.g("mdy_mod") and vessel_name_date(text, sent, m):
            continue  # "the supply boat Unaizah May 4 ... the Unaizah May 4 was": a vessel's name, told twice
        if mo and record and yearless(m) and superlative_month_day(sent, m):
            continue  # "the hottest June day on record": the best of every June's days, a category
        if mo and yearless(m) and month_names_a_kind(sent, m):
            # "an August bank holiday high", "the record for a May bank holiday", "the previous best late August
            # bank holiday temperatures", "the old June record": a kind of holiday or a record kept for every such
            # month, no month of its own
            continue
        if mo and month_of and yearless(m) and \
                _SUPERLATIVE_DAY_MONTH_OF.search(sent, max(0, m.start - 80), m.start):
            continue  # "the hottest day ever in the month of June": every June's days, a category
        if dm and _HOLIDAY_WEEKEND.match(sent, m.end) and yearless(m):
            continue  # "over the July Fourth holiday weekend": the weekend, no day
        if (mo or kind == "my") and "eek" in sent[(m.start - 30 if m.start > 30 else 0):m.start] and \
                _NTH_WEEK_OF_BEFORE.search(sent, max(0, m.start - 40), m.start):
            continue  # "during the second week of November", "the last week of June 2023": a week, no month
        if dm and ("eek" in sent[(m.start - 20 if m.start > 20 else 0):m.start] or
                                         "/" in sent[(m.start - 5 if m.start > 5 else 0):m.start]) and \
                _WEEK_OF_BEFORE.search(sent, max(0, m.start - 20), m.start):
            continue  # "the week of Nov. 6", "the weekend of Oct. 28", "(W/C July 18)": a week, no day
        if wd and m.start < 12 and ("pdate" in sent[:40] or "PDATE" in sent[:40]) and \
                (label := _UPDATE_LABEL.match(sent)) and m.end <= label.end():
            continue  # "Tuesday Update: ...", "UPDATE Tuesday 5 p.m.: ...": the update's stamp, no happening
        if kind == "rd" and m.g("rd_eod") and _ITS_DAY_AFTER.match(sent, m.end):
            continue  # "by the end of the day on Dec. 11", "... on Tuesday": that day's end, which its date tells
        if wd and not m.g("wd_mod") and not m.g("wd_week") and \
                ("n a " in (window := sent[(m.start - 100 if m.start > 100 else 0):m.start]) or "y a " in window or
                 "f a " in window) and _INDEFINITE_WD_BEFORE.search(sent, max(0, m.start - 100), m.start):
            continue  # "got the plan on a Friday and had to reply by Monday": some week's Monday, counted from that
        # (work_title of a date with no opening quotation mark before it can hold only for a bare year or a relative
        # day: in a sentence with no such mark, another kind's mention is asked nothing)
        if kind in _TITLE_KINDS and (quoted or kind == "yr" or kind == "rd") and work_title(sent, m):
            continue  # 'her hit single “Friday”', "the novel 1984": a work's title, no time
        if wd and weekday_speaker(sent, m):
            continue  # '"...," Monday told the council': a person named Monday, no day
        if wd and clock_reading(sent, m):
            continue  # "it's 3:00 a.m. Thursday in Iraq, where ...": a clock reading's day, no happening
        if (wd or mo or dm or hol or kind == "rd") and supposed_happening(sent, m):
            continue  # "If the election were held on Sunday, the party would win 30%": a supposed vote's day
        # (is_duration answers only of a relative unit's mention, is_count only of one or a year's, is_yardstick_period
        # only of one, a year's or a quarter's: asked of those kinds only, not called to say False of every other date)
        if numbered_reference(sent, m):
            continue  # "quoting log 1234 of 21/01/17", "Case No.114 of 2024": a number's part, no happening
        if (kind == "rd" and not_a_day(sent, m)) or (kind == "ru" and (is_count(sent, m) or is_duration(sent, m))) or \
                (kind == "yr" and is_count(sent, m)) or \
                ((kind == "ru" or kind == "yr" or kind == "qtr") and is_yardstick_period(sent, m)) or \
                (kind == "yr" and label_line(sent, m)) or \
                (kind == "yr" and text and year_heading(text, offset + m.start, offset + m.end)) or \
                (kind == "yr" and year_told_of(sent, m, mentions[i + 1] if i + 1 < n else None)) or \
                (kind == "yr" and year_made_into(sent, m)) or \
                (handle and post_stamp(sent, m)) or (kind == "iso" and trailing_iso_stamp(sent, m, published)) or \
                (m.start < 60 and lead_at(text, offset) and
                 lead_dateline_once(leads, sent, m, text, offset, published)):
            continue
        if (kind == "yr" or kind == "yap") and "lass of" in sent[(m.start - 12 if m.start > 12 else 0):m.start] and \
                _CLASS_OF_BEFORE.search(sent, max(0, m.start - 12), m.start) and \
                (not _GRADUATION.search(sent) or _class_year(m.text, published) >= published.year):
            # "The Class of 2029 is the most diverse", "Members of the Class of 1975 gathered on Saturday": a
            # school's year group by name, no happening; kept beside a graduation gone by, its year ("She graduated
            # with the class of '98", "Smith, who graduated with the class of 1988, died on Monday", and a yearless
            # month's year: "graduated with the class of 1998 in June"), not one still to come or this year's ("The
            # Class of 2026 will graduate on May 30": its day told)
            continue
        if wd and not m.g("wd_mod") and "eek" in sent[m.end:m.end + 14] and _EACH_WEEK_AFTER.match(sent, m.end):
            continue  # "stays open until 8pm on Thursday each week": every week's Thursday, no day
        if mo and not m.g("mo_mod") and (_EACH_YEAR_BEFORE.search(sent, max(0, m.start - 24), m.start)
                                                     or EACH_YEAR_AFTER.match(sent, m.end)):
            continue  # "The festival, held in May each year": every year's May, in any tense
        if wd and i + 1 < n and not m.g("wd_mod") and timetable is None:
            timetable = timetable_days(sent, mentions, tenses)  # (asked once, by a sentence's first weekday
            # that has a mention after it)
        if wd and timetable and i in timetable:
            continue  # "four flights a week, on Monday, Wednesday, Friday and Sunday": every week's days
        if hol and told_value is None and _COMMON_ELECTION_DAY.fullmatch(m.text):
            continue  # "Election day passed calmly": the day of the vote the text tells, not the US holiday
        if hol and bare_before(sent, m.start) and not VOTE_DAY.match(m.text) and \
                (tenses[i] == "past" or tenses[i] is None and has_past_marker(sent)) and \
                not _PLAN_BEFORE_HOLIDAY.search(sent[max(0, m.start - 60):m.start].rsplit(",", 1)[-1]):
            # "Boots and Costa all opened before Christmas", "Before Thanksgiving, the plant laid off 40": some time
            # before the day gone by, no day (a deadline ahead, "will reopen before Christmas", "must pass the
            # budget before Christmas", is keyed as the day, and so is one of a plan or an urging told in the
            # past, "were urged to mail their packages before Christmas", "was expected to reopen before
            # Thanksgiving"; so is a vote's day, a happening)
            continue
        if hol and (EACH_YEAR_AFTER.match(sent, m.end) or
                                _EACH_YEAR_ON_BEFORE.search(sent, max(0, m.start - 30), m.start)):
            continue  # "opens on Black Friday each year", "Every year on Thanksgiving": every year's, no day
        if hol and i and not m.g("hol_wk") and _HOLIDAY_AFTER.match(sent, m.end) and \
                _FOR_THE_BEFORE.search(sent, max(0, m.start - 12), m.start) and \
                any(o.kind in ("wd", "mdy", "dmy") for o in mentions[:i]):
            continue  # "out of school Friday and Monday for the Easter holiday": the reason for the days named
        # ("lly": every IS_HABITUAL word ends so; a past month needs one, or "often", "frequently" or
        # "regularly" before the custom's present: "said the weather often gets hot in July", or a
        # sentence framed by "Each year": "Each year ..., and the CDC says most cases happen in December")
        # (a quarter or a half named by a yearless month, "The December quarter is usually the strongest", as a month)
        monthly = mo or kind == "qtr" and yearless(m)
        if hol or wd or monthly and (tenses[i] != "past" or habit_word):
            if custom is None:
                custom = holds_habitual_word(sent)
            # A month in the past only of a present passive ("is usually held in August", which
            # tense reads as past for its participle): "the river, which usually runs high,
            # flooded in May" is one May.
            if custom and (not monthly or tenses[i] != "past" or present_passive_custom(
                               sent, m, habitual_from if habitual_from is not None else
                               (habitual_from := habitual_present_from(sent))) or
                           EACH_YEAR_FRAME.match(sent)) and \
                    habitual(sent, m):
                continue
        year_anchor = running
        if kind == "ru" and running is not None and running.precision == "day" and text and \
                abs((published - running.date).days) <= 7 and \
                (focus := _year_told_with_the_day(m, text, running_at, published)) is not None:
            # "... reached $177 billion in 2006, customs said Wednesday. Exports rose 27 percent from the previous
            # year": counted from the year the day's sentence told of, not from the saying's day
            year_anchor = focus
        ctx = Context(published=published, tense=tenses[i],
                      # (following_another_day answers only of a weekday's mention)
                      day_anchor=None if wd and following_another_day(sent, mentions, i, running_day_at, offset)
                      else running_day,
                      # A named day takes a year only from its own sentence ("Last year, ... on Thanksgiving").
                      anchor=year_anchor if not hol or (running_at is not None and running_at >= offset) else None,
                      ahead_ok=wd and tenses[i] is None and tenseless_day_ahead(
                          sent, m, ahead if ahead is not None else (ahead := sentence_ahead(sent))))
        resolved[i] = resolve(m, ctx) if told_value is None else told_value
        if kind == "qtr" and told_value is None and running is not None and running_at is not None and text and \
                (year := _figures_year_before(m, text, offset, running, running_at, published)) is not None and \
                own_tense(i) == "past":
            # "Sales rose 4 percent in 2023. The third quarter was the strongest": a quarter with no year of its
            # own, told in the past right after the sentence whose figures a year dates, is of that year
            resolved[i] = resolve(m, Context(published=dt.date(year, 12, 31), tense="past", standalone=True))
        if i and kind in _COUNTS_FROM_NOW and resolved[i] is not None and told_value is None and (
                said_in if said_in is not None else
                (said_in := any(o.kind in _FRAME_KINDS for o in mentions[:i]) and
                 may_hold(sent, SAYING_VERBS_THEN))) and \
                (moved := reported_at_another_time(sent, mentions, resolved, i, published))[0]:
            # "In 2019, the company said it would close the plant next year": counted from 2019
            resolved[i] = moved[1]
            if resolved[i] is None:
                continue
        if kind == "num" and resolved[i] is not None and resolved[i].precision == "year" and text and \
                (order := numeric_order(text)):
            # "04/12/2023" on a page that writes "13/11/2023": day first, as the page writes them
            resolved[i] = num_in_order(m, order) or resolved[i]
        if kind in ("num", "iso") and resolved[i] is not None and \
                BRACKETED_STAMP_AFTER.match(sent, m.end) and \
                BRACKETED_STAMP_BEFORE.search(sent, max(0, m.start - 3), m.start) and \
                not _label_colon_before(sent, m.start):
            if _on_or_before(m, resolved[i], published):
                # "River crest prediction moved up a day|[03/24/08]": the page's stamp on its headline (not a
                # label's day, "Deadline for comments: [09/30/25]", nor a day after the page's)
                resolved[i] = None
                continue
            if resolved[i].precision == "year" and kind == "num":
                # "Next meeting of the board [10/06/25]": of the two readings, the one on or before the
                # page's day would be its stamp; the day named is the other, after it
                resolved[i] = _reading_after(m, resolved[i], published) or resolved[i]
        if hol and told_value is None and resolved[i] is not None and \
                (published - resolved[i].date).days > _US_ELECTION_DAY_NEAR and \
                _ELECTION_DAY_WORDS.fullmatch(m.text) and \
                (_THE_BEFORE.search(sent, max(0, m.start - 5), m.start) or
                 _IT_WAS_BEFORE.search(sent, max(0, m.start - 12), m.start)) and \
                _NO_NOUN_AFTER.match(sent, m.end):
            # "polling stations were open on the Election Day" in a September paper: the day of the vote the
            # text tells, not the US holiday that lies four months away or more (American copy writes "on Election Day",
            # with no article, or the article is a noun's after it, "the Election Day crowds"; "Lines were
            # long on the Election Day in Fulton County" two days after one is that one); so is "it was Election
            # Day for town officeholders" in a March paper: the day the story tells was a vote's
            resolved[i] = None
            continue
        if wd and resolved[i] is not None and told_value is None and running_day is not None and \
                running_day_at is not None and running_day_at < offset and resolved[i].date < running_day.date and \
                tenses[i] in (None, "present", "future") and \
                following_another_day(sent, mentions, i, running_day_at, offset) and \
                _RESUMES_BEFORE.search(sent, max(0, m.start - 40), m.start):
            # "Schools closed Thursday. Classes resume following Monday's inspection." in a Friday paper: what
            # a resumption told as still to come follows lies after the day the text told of just before
            # (the closure), the coming Monday, not the one before that Thursday.
            resolved[i] = DateValue(_weekday_after(m, running_day.date), resolved[i].precision)
        if wd and pluperfect and tenses[i] == "past" and \
                resolved[i] is not None and told_value is None and not m.g("wd_mod") and not m.g("wd_week") and \
                running_day is not None and running_day.precision == "day" and running_day.end_date is None and \
                running_day_at is not None and running_day_at < offset and \
                0 < offset + m.start - running_day_at <= RESTATED_DAY_REACH and \
                running_day.date < resolved[i].date and 0 < (published - running_day.date).days <= 7 and \
                _PLUPERFECT_BEFORE.search(sent, max(0, m.start - 120), m.start) and \
                not has_past_marker(sent[m.end:]):
            # "Mr Smith was found dead at his home on Tuesday, May 14. He had not been seen since Sunday." in
            # a Monday (20th) paper: a past perfect tells what came before the day the story has just told
            # (the 14th), so its weekday is the one before that day (the 12th), not the last one before the
            # paper's (the 19th, after the finding). Only in a story of this week (the day told at most a week
            # before the paper's), a day "on" or "since" it or bare, and only a perfect of a state or a loss
            # before a finding (not seen or heard from, last seen, missing, gone, stolen: _PLUPERFECT_BEFORE);
            # not a perfect that carries the story on ("Engineers had reopened one lane on Friday, and traffic
            # was flowing again on Sunday", "The fire had been put out on Wednesday, but it flared up again":
            # rv24's rows), nor one with a past told after its day.
            back = (running_day.date.weekday() - resolved[i].date.weekday()) % 7 or 7
            resolved[i] = DateValue(running_day.date - dt.timedelta(days=back), resolved[i].precision)
        if wd and replayed and resolved[i] is not None and told_value is None and \
                not m.g("wd_mod") and not m.g("wd_week") and \
                running_day is not None and running_day.precision == "day" and running_day.end_date is None and \
                running_day_at is not None and running_day_at < offset + m.start and \
                0 < offset + m.start - running_day_at <= RESTATED_DAY_REACH and \
                resolved[i].date <= running_day.date and \
                _REPLAY_BEFORE.search(sent, max(0, m.start - 80), m.start) and \
                not _REPLAY_RESULT.search(sent, m.end) and not has_past_marker(sent[m.end:]):
            # "Buxton hit back to draw 2-2 ... and ensure a replay at The Silverlands on Tuesday" after the tie
            # told as "yesterday (Saturday)"; "Should the game end level again on Sunday ... it will go to a second
            # replay on Wednesday night" in a Wednesday paper: a replay (a rematch) comes after the tie it
            # replays, the day the text has just told, so its weekday is the first such day after that day
            # (not a replay told with its result, "The team lost on Sunday, with the rematch on Thursday ending
            # 2-2": the text tells it as played).
            resolved[i] = DateValue(_weekday_after(m, running_day.date), resolved[i].precision)
        if wd and resolved[i] is not None and told_value is None and \
                (m.g("wd_mod") or "").lower() in ("", "early", "late") and \
                tenses[i] == "past" and issued and \
                _ISSUED_REPORT_BEFORE.search(sent, max(0, m.start - 80), m.start) and \
                (told_day := next((v for v in reversed(resolved[:i]) if v is not None and v.precision == "day"),
                                  None)) is not None and resolved[i].date < told_day.date and \
                (_weekday_after(m, told_day.date) - published).days <= 1:
            # "X and Y met on Thursday night ..., according to a joint statement issued Friday" in a paper dated
            # that Thursday (a wire story dated west of where it happened): the statement reports the meeting,
            # so it came after it, the first such day after the day told before, not last week's (at most the
            # day after the paper's: a past report further ahead is not that).
            resolved[i] = DateValue(_weekday_after(m, told_day.date), resolved[i].precision)
        if wd and resolved[i] is not None and told_value is None and not m.g("wd_mod") and \
                tenses[i] == "future" and resolved[i].date == published and running_day is not None and \
                running_day_at is not None and running_day_at < offset + m.start and \
                running_day.date > published and running_day.precision == "day" and \
                text is not None and "\n" not in text[running_day_at:offset + m.start] and \
                _END_BY_BEFORE.search(sent, max(0, m.start - 12), m.start):
            # "The storms are expected to hit on Saturday and Sunday. ... They are expected to move out of
            # the area by Monday" in a Monday paper: an end still to come, after days the text has just
            # put ahead, is the first such day after them, not today.
            resolved[i] = DateValue(_weekday_after(m, running_day.date), resolved[i].precision)
        if wd and resolved[i] is not None and told_value is None and not m.g("wd_mod") and \
                tenses[i] == "future" and _UNTIL_BEFORE.search(sent, max(0, m.start - 12), m.start) and \
                (told := _same_weekday_told(mentions, resolved, tenses, i, published)) is not None and \
                resolved[i].date <= told:
            # "'We decided to put it on hold until Monday,' she told a news conference on Monday": a stretch
            # told of on a day runs until the next such day after it, not that day itself.
            resolved[i] = DateValue(told + dt.timedelta(days=7), resolved[i].precision)
        if wd and resolved[i] is not None and told_value is None and not m.g("wd_mod") and \
                tenses[i] == "future" and (resolved[i].date - published).days == 6 and text and \
                "Posted" in text and blog_opened(text, offset + m.start) == published - dt.timedelta(days=1):
            # A live blog's lead, above its posts, written when the blog opened the day before the page's
            # date: "so it's possible we won't know the winners on Tuesday night" is that Tuesday, then
            # still to come, not next week's.
            resolved[i] = DateValue(published - dt.timedelta(days=1), resolved[i].precision)
        if wd and resolved[i] is not None and told_value is None and not m.g("wd_mod") and \
                not m.g("wd_week") and tenses[i] == "past" and running_day is not None and \
                running_day.precision == "day" and running_day.end_date is None and \
                running_day_at is not None and running_day_at < offset and \
                0 < offset + m.start - running_day_at <= RESTATED_DAY_REACH and \
                running_day.date.weekday() == resolved[i].date.weekday() and \
                (resolved[i].date - running_day.date).days >= 7 and \
                (published - running_day.date).days <= _RESTATED_WEEKDAY_BACK_DAYS and \
                not _FRONTED_DAY.match(sent, 0, m.start) and text is not None and \
                "\n" not in text[running_day_at:offset + m.start] and \
                holds(text[running_day_at:(credit_end := para_end(text, offset + m.end))], _PHOTO_CREDIT_WORDS) and \
                _PHOTO_CREDIT.search(text, running_day_at, credit_end) and \
                _FULL_DATE_AT.match(text, running_day_at):
            # "Transit workers walked off the job on July 1, 2013. They went on strike on Monday for the first
            # time in 15 years" in an August paper: a bare weekday told in the past right after a full date
            # of the same weekday, in its paragraph, restates that date (a caption's or a story's day weeks
            # before the page's), not the last such day before the paper's (not a day told by a weekday).
            # Only in a photo's caption, its paragraph with a credit ("(Photo: Reuters/...)"): elsewhere a full
            # date weeks back and a bare weekday of this week are the normal lede ("The strike began on May 10,
            # 2027. Union leaders met with the company Monday"), rv20's rows.
            # Only a date at most six weeks before the paper's (a page dated after the story): a background date
            # years back is followed by this week's news on any weekday ("The war began on Feb. 24, 2022. On
            # Thursday, ..."); nor a weekday fronted to open its sentence, a new happening's lead.
            resolved[i] = DateValue(running_day.date, "day")
        if kind == "ru" and resolved[i] is not None and running_at is not None and text and \
                previous_month_of_figures(sent, m, offset, text, running, running_at):
            # "down 9.3 percent from April. The average price was down 5.1 percent from the previous
            # month": a month-on-month figure's base, named just before, is the month before the one
            # the figures cover, and so is "the previous month" of the next figure: the same April,
            # not the month before it.
            resolved[i] = running
        if hol and told_value is None and resolved[i] is not None and tenses[i] == "past" and \
                (published - resolved[i].date).days > 182 and PAST_PLAN.search(sent, max(0, m.start - 80), m.start):
            # "was expected to snarl Labor Day travel" two days before it: a plan told in the past
            # names the holiday ahead (up to half a year), as for a yearless day (direction._near_ahead).
            coming = resolve(m, Context(published=published, tense="future", day_anchor=ctx.day_anchor,
                                        anchor=ctx.anchor))
            if coming is not None and 0 <= (coming.date - published).days <= 182 and not YEAR_BACK.search(sent):
                resolved[i] = coming
        if hol and resolved[i] is not None and not VOTE_DAY.match(m.text) and \
                not counts_into(sent, mentions, i) and \
                _HOLIDAY_COUNT_BEFORE.search(sent, max(0, m.start - 40), m.start) and \
                not (_HOLIDAY_EVENT_AFTER.match(sent, m.end) and
                     _MOMENTS_BEFORE.search(sent, max(0, m.start - 40), m.start)):
            resolved[i] = counted_from_holiday(sent, m, resolved[i])
        if (hol or dm) and told_value is None and resolved[i] is not None and \
                tenses[i] == "past" and running_day is not None and running_day_at is not None and \
                0 < offset + m.start - running_day_at <= RESTATED_DAY_REACH and \
                running_day.date.year != resolved[i].date.year and \
                "\n" not in text[running_day_at:offset + m.start] and running_day.date <= published:
            # (a day still to come is restated by no past clause: "His trial is set for March 3, 2025. He had
            # been arrested on March 3 after a chase")
            # "The gunman opened fire on July 4, 2022. ... in the Fourth of July shooting", "was shot on
            # Dec. 25, 2020. He had spent Christmas with his family": the day just told, in its year.
            year = running_day.date.year
            in_its_year = resolve(m, Context(published=published, tense=tenses[i],
                                             anchor=DateValue(dt.date(year, 1, 1), "year"))) if hol \
                else DateValue(d, "day") if (d := safe_date(year, resolved[i].date.month, resolved[i].date.day)) \
                else None
            if restated_day(sent, m, resolved[i], in_its_year, running_day, running_day_at - offset,
                            lasting_beginning_before(text, running_day_at)):
                resolved[i] = DateValue(running_day.date, "day")
        if dm and told_value is None and resolved[i] is not None and yearless(m) and \
                running_day is not None and running_day.precision == "day" and running_day.end_date is None and \
                running_day_at is not None and 0 < offset + m.start - running_day_at <= RESTATED_DAY_REACH and \
                m.start <= _COUNTED_SIDE_REACH and (side := _COUNTED_SIDE_BEFORE.fullmatch(sent, 0, m.start)) and \
                len(_SENTENCE_TURN.findall(text, running_day_at, offset + 1)) <= 1:
            # "The photo was taken on 17 September 2020. Days earlier, on 9 September, he told ...", "He was
            # arrested on 3 March 2019. Weeks before, on 9 February, police searched his home": a yearless day
            # after a fronted count "earlier"/"before" (or "later"/"after") with no anchor of its own is counted
            # from the day just told, the nearest such day on that side of it (within a year), not the one
            # nearest the paper's day.
            back = side.group("side").lower() in ("earlier", "before")
            d = _nearest_on_side(resolved[i].date, running_day.date, back)
            if d is not None:
                resolved[i] = DateValue(d, "day")
        if kind in _YEARLESS_KINDS and running is not None and resolved[i] is not None and \
                running.date.year < resolved[i].date.year and told_value is None and yearless(m) and \
                not m.g("mo_mod") and running_at is not None and running.precision in ("day", "month") and \
                (published - running.date).days > _STORY_BACK_DAYS and \
                0 < offset + m.start - running_at <= _STORY_MONTH_REACH and text is not None and \
                _STORY_TIME_BEFORE.search(text, max(0, running_at - 16), running_at) and \
                str(running.date.year) in text[max(0, offset + m.start - _STORY_MONTH_REACH):offset + m.start] and \
                (resolved[i].precision != "day" or resolved[i].date.day != running.date.day) and \
                not any(o.kind == "wd" for o in mentions) and not _NOW_AGAIN.search(sent) and \
                (resolved[i].date.month == running.date.month and (
                    running_at >= offset or _THEN_AT_THAT_TIME.search(text, max(0, running_at - 120), running_at))
                 and (tenses[i] in ("past", None) or
                      # a plan of that time in the same sentence ("... washed out on March 12, the second and
                      # third, scheduled to be held on March 15, never happened"), no "will" of now
                      running_at >= offset and not _WILL.search(sent)) or
                 resolved[i].date.month >= running.date.month and "then" in sent and told_then(sent, m)):
            # "The last match was on January 19, 2020. India were then scheduled to host South Africa in
            # March": a later month of that year after an anaphoric "then" is of that year; and so is a yearless
            # day of the month just told, in the same sentence or after such a "then" clause ("... in March.
            # While the first match was washed out on March 12, ..."). Not beside a weekday, "this year",
            # "again" or an anniversary: the story has come back to now ("The museum opened in May 2019.
            # Attendance hit a record on May 30, the museum said on Monday"). (The same day again is its
            # restatement or its anniversary: restated_day decides.)
            d = safe_date(running.date.year, resolved[i].date.month, resolved[i].date.day)
            if d is not None:
                resolved[i] = DateValue(d, resolved[i].precision)
                if dm and told is not None and (published - d).days > _TOLD_DAY_BACK:
                    # (remembered as a day told with its year: a later telling of it keeps that year, the told-day
                    # rule below)
                    told.setdefault(_TOLD_DAY_KEY % (d.month, d.day), resolved[i])
        if kind in _YEARLESS_KINDS and resolved[i] is not None and told_value is None and text and \
                yearless(m) and (entry := entry_year(text, offset + m.start, resolved[i].date.month, published)) and \
                entry != resolved[i].date.year and \
                not (entry < published.year and (ahead := _TOLD_AHEAD.search(sent, m.end, m.end + _WILL_REACH)) and
                     not ((said := _SAYING_BEFORE_WILL.search(sent, m.end, ahead.start())) and
                          "," not in sent[said.end():ahead.start()])):
            # A timeline's entry: "— March 2011: Protests erupt ... On March 15, a protest is held": a yearless
            # day of the entry's month (or a later one) on the line its "Month YEAR:" label opens is of that
            # year; and "Key dates since ...: 2014 / February 27-28: Russian troops ... / March 16: ...": the
            # yearless "Month D:" entries listed under a year heading are of that year (not the paper's). (A range's
            # end moves with it: "February 27-28:".) Not a day whose clause is told ahead ("will", "is due to"), after a
            # label of a year gone by ("— June 1944: He lands on Omaha Beach. On June 6, the veteran will return to
            # Normandy": the coming one; a timeline tells its entries in the historical present), unless the "will" is
            # what was said that day ("February 11: WHO announced that the disease will be known as Covid-19").
            resolved[i] = years_on(resolved[i], entry - resolved[i].date.year) or resolved[i]
        framed = None
        if kind == "ey" and resolved[i] is not None:
            # "The firm was sold in March 2010. Later in the year, its founder died": the year,
            # month or day the text is telling of (given just before), not the publication's.
            unit = m.g("ey_unit").lower()
            frame, at = (running_day, running_day_at) if unit == "day" else (running, running_at)
            if frame is not None and at is not None and offset - at <= 300 and \
                    (unit != "month" or frame.precision != "year") and \
                    (unit != "year" or frame.date.year != published.year) and \
                    not (frame.date < published and own_tense(i) == "future") and \
                    not (unit == "day" and frame.date > published and own_tense(i) == "past"):
                # (not "The law took effect in 2015. Later in the year, the court will hear ...":
                # what is still to come is not within a date gone by; nor "The next round will be held on
                # Monday. The ministers took part in the talks earlier in the day": what is past is not within
                # a day still to come)
                framed, resolved[i] = at, in_frame(m, frame)
            elif unit == "day" and told and (ey_day := told.get(_EY_DAY_KEY)) is not None and \
                    resolved[i].date == published and own_tense(i) in ("past", None):
                # a later "earlier in the day", no day told just before it to frame it, is of the day the
                # text's first one was (_ey_day_of_sentence: a story of yesterday on today's page)
                resolved[i] = ey_day
            elif unit == "day" and lead_day is not None and running_day is not None and \
                    running_day.date == lead_day[0] and 0 < (published - lead_day[0]).days <= 6 and \
                    resolved[i].date == published and m.g("ey_mod").lower() == "later" and \
                    own_tense(i) in ("past", None) and _weekday_of_main_verb(lead_day[2], lead_day[1]):
                # "Kaczynski on Thursday admitted ... [paragraphs on] ... returned to court later in the day" (Friday's
                # paper): a past "later in the day" further on than the frame above reaches, the text having told of
                # one day only, its lead's, is of that day (not "earlier in the day": a web story's earlier today;
                # nor after a lead whose weekday is a background day's: "A woman reported missing on Monday was
                # found ... She was reunited with her family later in the day")
                resolved[i] = DateValue(lead_day[0], "day")
        if kind == "ye" and resolved[i] is not None and "this" not in m.text.lower():
            resolved[i] = year_end(sent, m, resolved[i], published, own_tense(i),
                                   running if running_at is not None and offset - running_at <= 400 else None)
        week = None
        if wd and resolved[i] is not None and not m.g("wd_mod") and not m.g("wd_week"):
            # "on Monday and Tuesday last week", "last week on Tuesday": that week's days
            if weeks is None:
                weeks = weeks_of_days(sent, mentions, tenses)  # (asked once, by the sentence's first such day)
            week = weeks[i]
        if week:
            resolved[i] = day_of_week(published, WEEKDAYS[m.g("wd").lower()], week)
        elif resolved[i] is not None and (wd and i and mentions[i - 1].kind == "wd" and
                                          not m.g("wd_week") or dm and yearless(m)):
            if dm and custom is None:
                custom = holds_habitual_word(sent)
            if dm and yearly is None:
                yearly = "year" in sent or "nnual" in sent
            if dm and years_back is None:
                years_back = text is not None and anniversary_lead(text)
            resolved[i] = in_context(sent, mentions, resolved, tenses, i, published,
                                     running.date.year if running is not None else None, custom, yearly,
                                     bool(years_back))
        if dm and told is not None and resolved[i] is not None and resolved[i].precision == "day" and \
                resolved[i].end_date is None:
            key = _TOLD_DAY_KEY % (resolved[i].date.month, resolved[i].date.day)
            if not yearless(m):
                if (published - resolved[i].date).days > _TOLD_DAY_BACK:
                    told.setdefault(key, resolved[i])
            elif (earlier := told.get(key)) is not None and earlier.date.year != resolved[i].date.year and \
                    tenses[i] in ("past", None) and not m.g(f"{m.kind}_mod") and \
                    ((wd_name := m.g(f"{m.kind}_wd") or m.g(f"{m.kind}_wda")) is None or
                     weekday_number(wd_name) == earlier.date.weekday()) and \
                    (resolved[i].date > published or (published - resolved[i].date).days > _RESTATED_FAR_DAYS) and \
                    not any(o.kind in ("yr", "ru", "my", "yap") for o in mentions) and RECURS.search(sent) is None:
                # "The first rioter to enter the Capitol on 6 January 2021 ... / ... Sparks entered the Capitol
                # through a smashed window on 6 January": a day the article told with its year long before the
                # paper, told again in the past with no year of its own, is that day, not the last such day of
                # months back or one still ahead; a day of this week's news ("On Sept. 11, hundreds gathered at the
                # memorial" after "the attacks of Sept. 11, 2001") keeps its reading, as does one whose sentence
                # names a year or says the day recurs ("to honor the miners").
                resolved[i] = DateValue(earlier.date, "day")
        if wd and not week and resolved[i] is not None and i + 1 < n and mentions[i + 1].kind == "wd" and \
                past_run_ahead(sent, mentions, resolved, tenses, i, published):
            # "The strike ran Monday, Tuesday, Wednesday, Thursday and Friday", "The strike ran Wednesday
            # and Thursday" in a Wednesday paper: last week's days, the first one moved back (the days
            # after it follow it).
            resolved[i] = DateValue(resolved[i].date - dt.timedelta(days=7), "day")
        if wd and not week and resolved[i] is not None and i and not m.g("wd_mod") and \
                resolved[i - 1] is not None and resolved[i - 1].precision == "day" and \
                resolved[i].date <= resolved[i - 1].date and tenses[i] != "past" and fixture_with(sent, m) is not None:
            # "The team lost on Tuesday, with a rematch on Monday": the fixture named after the day of
            # the clause before comes after it, the first such day.
            gap = (resolved[i].date.weekday() - resolved[i - 1].date.weekday()) % 7 or 7
            resolved[i] = DateValue(resolved[i - 1].date + dt.timedelta(days=gap), "day")
        if wd and not week and resolved[i] is not None and i and not m.g("wd_mod") and \
                not m.text.endswith(("'s", "’s")) and \
                mentions[i - 1].kind in ("wd", "mdy", "dmy") and resolved[i - 1] is not None and \
                resolved[i - 1].precision == "day" and resolved[i].date <= resolved[i - 1].date and \
                (decided_before_day(sent, mentions[i - 1].start, mentions[i - 1].end, m.start) or
                 mentions[i - 1].kind == "wd" and
                 set_up_before_day(sent, mentions[i - 1].start, mentions[i - 1].end, m.start)):
            # "The union decided on Tuesday to strike on Thursday", "The council approved plans on Tuesday to
            # open the stadium on Thursday": what was decided on a day comes after it, the first such day.
            # So does what a doing on a day sets up (set_up_before_day): "The union called on Monday for a strike
            # on Thursday", "The airline on Monday cancelled all flights on Thursday".
            gap = (resolved[i].date.weekday() - resolved[i - 1].date.weekday()) % 7 or 7
            resolved[i] = DateValue(resolved[i - 1].date + dt.timedelta(days=gap), "day")
        if wd and not week and resolved[i] is not None and i and not m.g("wd_mod") and \
                m.text.endswith(("'s", "’s")) and mentions[i - 1].kind == "wd" and resolved[i - 1] is not None and \
                resolved[i - 1].precision == "day" and \
                (resolved[i].date <= resolved[i - 1].date or (resolved[i].date - resolved[i - 1].date).days > 7) and \
                not day_result(sent, m.end) and not happening_result_at(
                    clauses if clauses is not None else (clauses := result_clauses(sent)), m.end) and (
                    FOR_BEFORE.search(sent, max(0, m.start - 6), m.start) and
                    COMING_HAPPENING.match(sent, m.end) and
                    _READIES_FOR.search(sent, max(0, mentions[i - 1].start - 60), mentions[i - 1].start) and
                    not UNSCHEDULED.match(sent, m.end) and
                    not clause_cut(sent, mentions[i - 1].end, m.start) or
                    (AHEAD_OF_OTHER_DAY.search(sent, max(0, m.start - 60), m.start) or
                     FOR_BEFORE.search(sent, max(0, m.start - 6), m.start) and
                     _BRACED_BEFORE.search(sent, max(0, mentions[i - 1].start - 40), mentions[i - 1].start)) and
                    not _AHEAD_OF_OTHER_CUT.search(sent, mentions[i - 1].end, m.start) and
                    not UNSCHEDULED.match(sent, m.end)):
            # "Tickets went on sale Monday for Saturday's show", "The team arrived Tuesday for Friday's
            # match": a scheduled happening a clause dated by another day is for lies after that day,
            # the first such day ("arrested a man Monday for Saturday's shooting" stays before it). So
            # is one that a day's happening is "before" or "ahead of", or that is readied for after the
            # day ("Stocks fell Thursday ahead of Friday's jobs report", "Candidates sharpened attacks
            # Sunday before Thursday's debate", "Residents braced Monday for Tuesday's storm", "met Monday
            # to plan for Saturday's parade"; issue 12: each read a week off, the last such day or the
            # coming one, whichever the clause's tense gave, not the one after the day told first; not what
            # nobody schedules: "questioned the man Monday about his movements before Sunday's fire").
            gap = (resolved[i].date.weekday() - resolved[i - 1].date.weekday()) % 7 or 7
            resolved[i] = DateValue(resolved[i - 1].date + dt.timedelta(days=gap), resolved[i].precision)
        if mo and resolved[i] is not None and resolved[i].date.year > published.year and \
                (m.g("mo_mod") or "").lower() not in ("last", "this", "next") and last_year and \
                said_last_year(sent, m):
            # '"We will dissolve at the end of January," a spokesman said last year' (in February):
            # what lay ahead of a saying last year is this year's January, not next year's.
            resolved[i] = DateValue(dt.date(published.year, resolved[i].date.month, 1), "month")
        if mo and resolved[i] is not None and not m.g("mo_mod") and \
                (published - resolved[i].date).days > 182 and _INVITED_TO.search(sent, max(0, m.start - 120), m.start):
            # "invited Zelensky earlier this month to the NATO summit in July" in April: what one is
            # invited to lies ahead of the invitation, the coming July (up to half a year), not last July.
            resolved[i] = _year_ahead(resolved[i], published, 182)
        if mo and not m.g("mo_mod") and resolved[i] is not None and resolved[i].date > published and \
                _DONE_OUTCOME_AFTER.match(sent, m.end) and _OWNER_BEFORE.search(sent, max(0, m.start - 8), m.start):
            # "expected to sentence the pair for their June convictions", "will appeal his April conviction" in a
            # January paper: one's own conviction, arrest or indictment named by its month is done, the last such month
            # (up to a year back), not the coming one the clause's future gives
            back = years_on(resolved[i], -1)
            if back is not None and back.date <= published:
                resolved[i] = back
        if (mo and not m.g("mo_mod") or dm and yearless(m)) and awaited and resolved[i] is not None and \
                (published - resolved[i].date).days > 182 and \
                _AWAITED_DATE.search(sent, max(0, m.start - 80), m.start) is not None:
            # "told the envoy on Thursday that they need not await the outcome of the November 17 election" in
            # October: what is awaited lies ahead of the awaiting, the coming November 17 (up to half a year),
            # not last year's, whatever past the telling has ("awaited" itself may be gone by: left).
            resolved[i] = _year_ahead(resolved[i], published, 182)
        if (mo or dm) and looked_ahead and \
                (mo and not m.g("mo_mod") or dm and yearless(m)) and resolved[i] is not None and \
                resolved[i].date < published.replace(day=1) and \
                (looking := _LOOK_FORWARD_TO.search(sent, max(0, m.start - 100), m.start)) is not None and \
                "," not in looking["rest"] and not _LOOKED_TO_OTHER.search(looking["rest"]) and \
                not has_past_marker(sent[looking.start("rest"):sentence_part_end(sent, m.end)]):
            # '"They all ran great campaigns and I look forward to the general election in November"' in a May
            # paper: what one looks forward to lies ahead of the looking, the coming November (within a year),
            # whatever past the sentence told before it (not "was looking forward to": a looking gone by; nor a
            # date a past verb after the looking tells, "We look forward to it, but the vote in March went badly",
            # "... and the one held in March was a success").
            resolved[i] = _year_ahead(resolved[i], published, 366)
        if slotted and dm and resolved[i] is not None and yearless(m) and \
                (published - resolved[i].date).days > 182 and slot_day(sent, m):
            # "had asked for two more launch windows on November 16 and 19", "the release date was pushed back,
            # from July 17 to July 31", "announced its lineup for July 5-7" in a paper of the months before: a
            # slot's day, or a plan's moved to it, lies ahead of the telling (up to half a year), not a year back
            # as the telling's past would put it (a past of the day's own after it keeps it: "the window on March 3
            # was missed")
            resolved[i] = _year_ahead(resolved[i], published, 182)
        if i and dm and resolved[i] is not None and yearless(m) and \
                mentions[i - 1].kind == "yr" and _WHEN_OF_YEAR.fullmatch(sent, mentions[i - 1].end, m.start):
            # "below the low of 2014, when it was 25% of normal on April 1": that year's day; after
            # "1977 and 2014, when ..." the day of either year, none of the one published in.
            year = resolved[i - 1]
            both = i > 1 and mentions[i - 2].kind == "yr" and _YEARS_JOINED.fullmatch(
                sent, mentions[i - 2].end, mentions[i - 1].start)
            resolved[i] = None if both or year is None or year.precision != "year" else \
                years_on(resolved[i], year.date.year - resolved[i].date.year)
        if (i == 1 or i > 1 and tenses[i] == "past" and ";" not in sent[mentions[i - 1].end:m.start] and all(
                yearless(mentions[k]) and resolved[k] is not None and resolved[0] is not None and
                resolved[k].date.year == resolved[0].date.year for k in range(1, i))) and \
                yearless(m) and resolved[i] is not None and fronted_year(sent, mentions, resolved, published, i):
            # "In 2015, the firm moved to Ohio in March", "Earlier in 2018, she contested the May
            # primary", "In 2019, the board voted on March 5": the month or day of the year the
            # sentence opens with, not the last such one; and the days after such a day told in the past with it
            # ("In 1977, the ferry closed on Jan. 11 and reopened on Feb. 25").
            resolved[i] = years_on(resolved[i], resolved[0].date.year - resolved[i].date.year)
        elif i == 1 and mo and resolved[i] is not None and resolved[0] is not None and \
                tenses[i] in ("future", "present") and fronted_year_ahead(sent, mentions, resolved, published):
            # "Next year, the race moves to May", "Next year's primary will move to March", "In 2027, the games
            # will be held in June": the month of the year ahead the sentence opens with, not this year's
            resolved[i] = years_on(resolved[i], resolved[0].date.year - resolved[i].date.year)
        if mo and i and resolved[i] is not None and restates_month(sent, mentions[i - 1], m,
                                                                               resolved[i - 1], resolved[i]):
            resolved[i] = None
        if kind == "ru" and i and resolved[i] is not None and resolved[i].precision == "year" and \
                resolved[i - 1] is not None and resolved[i - 1].precision == "day" and \
                mentions[i - 1].kind in ("mdy", "dmy") and yearless(mentions[i - 1]) and i not in folded and \
                (_OF_GAP.fullmatch(sent, mentions[i - 1].end, m.start) or
                 _BARE_YEAR_AFTER_DAY.fullmatch(m.text) and (
                     sent[mentions[i - 1].end:m.start].isspace() or
                     _COMMA_GAP.fullmatch(sent, mentions[i - 1].end, m.start) and
                     _YEAR_APPOSITION_END.match(sent, m.end) is not None)):
            # "Sept. 11 of this year", "March 2 of last year", "on Sept. 10 last year": the year says
            # which day; one statement. So with a comma, as an apposition the clause goes on after or ends
            # with ("on September 19, this year, at the station", "on February 24, next year."; not "Since
            # January 1, this year has seen ...": the year is the subject of a clause of its own).
            day = years_on(resolved[i - 1], resolved[i].date.year - resolved[i - 1].date.year)
            if day is not None:
                at = _fold(resolved, i - 1, i, day, mentions, offset, aliases)
                # The day kept was read before: an anchor taken from it takes its new value.
                running = basis(i - 1) if running_at == at else running
                running_day = basis(i - 1) if running_day_at == at else running_day
        if kind == "yr" and i and resolved[i] is not None and resolved[i].precision == "year" and \
                resolved[i].end_date is None and resolved[i - 1] is not None and \
                resolved[i - 1].precision == "day" and i not in folded and \
                year_in_after_day(sent, mentions[i - 1], m):
            # "moving the final to July 30th in 2023", "born on 4 May in 1990": the year after "in" says which
            # day, one statement (as "July 30 of 2023"), not the nearest such day the clause's tense found; so of
            # the days of a list or a range it closes ("on July 3 and July 4 in 2023", "from Nov 3 to Nov 20 in
            # 2022"), whether or not the tense had found that year.
            step = resolved[i].date.year - resolved[i - 1].date.year
            k = i - 1
            while k and mentions[k - 1].kind in ("mdy", "dmy") and yearless(mentions[k - 1]) and \
                    resolved[k - 1] is not None and resolved[k - 1].precision == "day" and \
                    _DAYS_JOINED.fullmatch(sent, mentions[k - 1].end, mentions[k].start):
                k -= 1
            for x in range(k, i - 1):
                moved = years_on(resolved[x], step)
                if moved is not None:
                    resolved[x] = moved
                    running = basis(x) if running_at == offset + mentions[x].start else running
                    running_day = basis(x) if running_day_at == offset + mentions[x].start else running_day
            day = years_on(resolved[i - 1], step)
            if day is not None:
                at = _fold(resolved, i - 1, i, day, mentions, offset, aliases)
                running = basis(i - 1) if running_at == at else running
                running_day = basis(i - 1) if running_day_at == at else running_day
        if kind == "ru" and i and resolved[i] is not None and resolved[i].precision == "year" and \
                mentions[i - 1].kind == "hol" and resolved[i - 1] is not None and \
                ON_BEFORE.search(sent, max(0, mentions[i - 1].start - 4), mentions[i - 1].start) and \
                (_OF_GAP.fullmatch(sent, mentions[i - 1].end, m.start) or
                 _BARE_YEAR_AFTER_DAY.fullmatch(m.text) and sent[mentions[i - 1].end:m.start].isspace()):
            # "on May Day last year", "on Christmas Eve of last year": as a yearless day's, the year says which
            # named day; one statement, the day that of the calendar of that year. Only a day told with "on": a
            # stretch up to it ("prices rose heading into Thanksgiving last year") keeps the year its own.
            day = named_day_in_year(mentions[i - 1], resolved[i].date.year)
            if day is not None:
                at = _fold(resolved, i - 1, i, day, mentions, offset, aliases)
                running = basis(i - 1) if running_at == at else running
                running_day = basis(i - 1) if running_day_at == at else running_day
        if mo and i and year_then_month(sent, mentions[i - 1], m, resolved[i - 1]):
            # "the 2011 June record", "a 2019 March report": the month of the year written before it;
            # one statement.
            month = DateValue(dt.date(resolved[i - 1].date.year, month_value(m.g("mo")), 1), "month")
            at = _fold(resolved, i - 1, i, month, mentions, offset, aliases)
            # The year kept was read before: an anchor taken from it takes its new value (a bare
            # year gave no day anchor, unless pinned, when basis() gives the same value again).
            running = basis(i - 1) if running_at == at else running
            running_day = basis(i - 1) if running_day_at == at else running_day
        if dm and i and resolved[i] is not None and resolved[i].precision == "day" and \
                yearless(m) and mentions[i - 1].kind == "ru" and resolved[i - 1] is not None and \
                resolved[i - 1].precision == "year" and _BARE_YEAR_AFTER_DAY.fullmatch(mentions[i - 1].text) and \
                _ON_GAP.fullmatch(sent, mentions[i - 1].end, m.start) and \
                ("," not in sent[mentions[i - 1].end:m.start] or
                 OPENS_CLAUSE.fullmatch(sent, 0, mentions[i - 1].start)):
            # "filed for bankruptcy last year on Sept. 10", "Last year, on March 3, ...": the year
            # before the day says which day, as after it; one statement. With a comma between, only a
            # "Last year" that opens the sentence ("Unlike last year, on June 1 the pools will open",
            # "The plan, approved last year, on June 1 takes effect": the year is another clause's).
            day = years_on(resolved[i], resolved[i - 1].date.year - resolved[i].date.year)
            if day is not None:
                # (The day kept is the one being read: no anchor comes from it yet; it replaces the
                # year's as the running anchor at the end of this step.)
                _fold(resolved, i, i - 1, day, mentions, offset, aliases)
        if mo and i and resolved[i] is not None and \
                year_placing_month(sent, mentions[i - 1], m, resolved[i - 1]):
            # "announced earlier this year in February", "last year in May", "in 2019 in March", "this
            # year, in March.": the year only says which month; one statement, that year's month.
            month = DateValue(dt.date(resolved[i - 1].date.year, month_value(m.g("mo")), 1), "month")
            # (The month kept is the one being read: it replaces the year's running anchor at the end
            # of this step.)
            _fold(resolved, i, i - 1, month, mentions, offset, aliases)
        if mo and resolved[i] is not None and i + 1 < n and \
                (years := years_after_months(sent, mentions, i)) is not None:
            # "stayed low in late August in 2008": the year after the month places it, one statement;
            # "in late August and early September in both 2008 and 2011": months of several years, no
            # one month's date (the years are dated).
            if len(years) == 1:
                resolved[i] = DateValue(dt.date(int(mentions[years[0]].text), month_value(m.g("mo")), 1), "month")
                folded.add(years[0])
                aliases[offset + mentions[years[0]].start] = offset + m.start
            else:
                resolved[i] = None
        if (mo or dm and resolved[i] is not None and yearless(m)) and i + 1 < n and mentions[i + 1].kind == "ru" and \
                (year := _year_named_after(sent, m, mentions[i + 1], published, offset, running, running_at,
                                           not (mo and m.g("mo_mod")))) is not None:
            # "visited in September 2014, and Modi went to Australia in November that year", "Aid arrived on
            # December 28 that year", "In December of the previous year", "resigned on June 2 of the following
            # year": the year after the month or the day only places it, one statement (not the one the verb's
            # past finds)
            value = DateValue(dt.date(year, month_value(m.g("mo")), 1), "month") if mo else \
                years_on(resolved[i], year - resolved[i].date.year)
            if value is not None:
                resolved[i] = value
                folded.add(i + 1)
                aliases[offset + mentions[i + 1].start] = offset + m.start
        elif i in folded:
            resolved[i] = None
        if wd and resolved[i] is not None and resolved[i].date > published and \
                put_off_from(sent, mentions, i):
            # "The vote was postponed from Monday to Thursday", "The vote, originally set for Monday, was
            # delayed until Thursday" in a Wednesday paper: a day put off lies before the day it is put
            # off to, the Monday gone by, not the coming one after that Thursday.
            later = published + dt.timedelta(days=(WEEKDAYS[mentions[i + 1].g("wd").lower()] - published.weekday()) % 7)
            if later < resolved[i].date:
                resolved[i] = DateValue(resolved[i].date - dt.timedelta(days=7), resolved[i].precision)
        if wd and resolved[i] is not None and i > 0 and resolved[i - 1] is not None and \
                resolved[i - 1].precision == "day" and put_off_bare(sent, mentions, i - 1):
            # "The game was pushed back Monday to Thursday", "rescheduled Monday to Thursday" (no "from"):
            # read as "postponed from Monday to Thursday" is (put_off_from), the day put off to is the
            # coming such day (or the publication day), the day put off the last such day before it: in a
            # Wednesday paper the Monday gone by and the coming Thursday, in a Friday or a Sunday paper
            # the coming Monday and the Thursday after it.
            later = published + dt.timedelta(days=(WEEKDAYS[m.g("wd").lower()] - published.weekday()) % 7)
            days = (WEEKDAYS[m.g("wd").lower()] - resolved[i - 1].date.weekday()) % 7 or 7
            resolved[i] = DateValue(later, resolved[i].precision)
            resolved[i - 1] = DateValue(later - dt.timedelta(days=days), resolved[i - 1].precision)
        if wd and resolved[i] is not None and i > 0 and resolved[i - 1] is not None and \
                mentions[i - 1].kind == "wd" and resolved[i - 1].precision == resolved[i].precision == "day" and \
                _PUT_OFF_OUTCOME.match(sent, m.end) and \
                (put_off_from(sent, mentions, i - 1) or put_off_bare(sent, mentions, i - 1)):
            # "The vote, pushed back Monday to Wednesday, passed 52-48", "... to Wednesday, when it passed":
            # a past verb of outcome after the day put off to: both days are gone by, the day put off to
            # the last such day on or before the publication day.
            later = published - dt.timedelta(days=(published.weekday() - WEEKDAYS[m.g("wd").lower()]) % 7)
            days = (WEEKDAYS[m.g("wd").lower()] - WEEKDAYS[mentions[i - 1].g("wd").lower()]) % 7 or 7
            resolved[i] = DateValue(later, resolved[i].precision)
            resolved[i - 1] = DateValue(later - dt.timedelta(days=days), resolved[i - 1].precision)
        if dm and i and mentions[i - 1].kind == "wd" and resolved[i] is not None and \
                resolved[i - 1] is not None and resolved[i].precision == resolved[i - 1].precision == "day" and \
                not mentions[i - 1].g("wd_mod") and _BRACKET_OPEN.fullmatch(sent, mentions[i - 1].end, m.start) and \
                resolved[i].date.weekday() == WEEKDAYS[mentions[i - 1].g("wd").lower()]:
            # "knocked it down on Sunday (Aug. 18)": the weekday is the date's day, not the last Sunday
            # before the paper's; one statement.
            resolved[i - 1] = resolved[i]
        if season is not None and resolved[i] is not None:
            # (only a span of two years names a season: season_first_year is None of every other kind)
            first = season_first_year(sent, m, resolved[i]) if kind == "yrr" else None
            if first is not None:
                # [first year, where its last date stands, where its dates start: after its own sentence
                # when it is told as what came after the sentence's happening ("Ahead of the 2015-16
                # season, Leicester hired Ranieri on July 13")]
                season[:] = [first, offset + m.start, offset + len(sent) if season_before(sent, m) else 0]
            elif season and offset + m.start < season[2]:
                pass  # a date before the season, in the sentence that names it
            elif season and offset + m.start - season[1] <= SEASON_REACH and \
                    not season_left(text, season[1], offset + m.start) and \
                    (season_places(m) and tenses[i] == "past" or within_season(resolved[i], season[0])):
                # "They were the 10 managers that left their clubs in the 2008-09 season. Sbragia took
                # over in early December ...": the months and days told after a season lie in it, August
                # to December in its first year, January to July in its second, when their clause tells
                # of the past; a date of now ("He will return to the club as a coach on July 1",
                # "Tickets go on sale on May 1") is the publication's year's and ends the season.
                if season_places(m):
                    resolved[i] = in_season(resolved[i], season[0]) or resolved[i]
                season[1] = offset + m.start
            else:
                season.clear()  # a date outside the season, or one of now: the text has left the season
        if resolved[i] is not None:
            source = anchor_source(m, ctx)
            sources[i] = running_at if source == "anchor" else running_day_at if source == "day_anchor" else framed
            running, running_at = basis(i), offset + m.start
            if running.precision == "day":
                running_day, running_day_at = running, running_at
    if "rd" in kinds and ('"' in sent or QUOTE_OPEN in sent or "``" in sent or
                          text and in_quoted_paragraph(text, offset)):
        # A quote that opens the sentence runs on to its first closing mark (or to its end): looked for once
        # here, not in sent[:m.start] once a mention.
        quote_runs_to = -1
        if sent[:1] in ('"', QUOTE_OPEN):
            # (no generator here, nor below: one that reads a variable of this function makes it a cell, each
            # of its many loads slower than a local's; a walrus inside one, a cell of the name it sets)
            close_at, mark_at = sent.find(QUOTE_CLOSE), sent.find('"', 1)
            close_at = close_at if close_at >= 0 else len(sent)
            mark_at = mark_at if mark_at >= 0 else len(sent)
            quote_runs_to = close_at if close_at < mark_at else mark_at
        for i, m in enumerate(mentions):
            if m.kind == "rd" and resolved[i] is not None and said_relative(m) and resolved[i].precision == "day":
                said = day_said(sent, mentions, resolved, i, published)
                if said is None and anchor[1] is not None and anchor[3] is not None and \
                        0 <= offset - anchor[3] <= 24 and 0 < (published - anchor[1].date).days <= 6 and \
                        m.start <= quote_runs_to and not _now_day_quoted(text, anchor[3], anchor[1].date, published) \
                        and not _inside_quote(text, anchor[3]):
                    # '"...," Miller said Friday. "Earlier today, I spoke with him."': the same speaker's
                    # quote goes on, its "today" the day the sentence before ends with (not a day the
                    # quote itself counted from now, '"Campaigns ended at midnight yesterday. Voting ends
                    # at 2.30 pm tomorrow."': both words count from the speaker's today; nor a day the quote
                    # before told inside its marks, '"We lost on Friday," said Smith. "We play again tomorrow."')
                    said = anchor[1].date
                if said is None and anchor[1] is not None and anchor[3] is not None and \
                        (anchor[3] < _LEAD_CHARS or anchor[1].date == story_day) and \
                        (published - anchor[1].date).days == 1 and \
                        not _other_day(resolved, i) and \
                        not _now_day_quoted(text, anchor[3], anchor[1].date, published) and \
                        (in_quote(sent, m.start) or text and in_quoted_paragraph(text, offset + m.start)):
                    # A lead dated the day before publication ("The fire was almost contained
                    # Saturday", in Sunday's paper) and a quote further on with no day of its
                    # own ('"We hope to have the same today," a spokesman said'): said that day.
                    # The lead may stand under captions and a time stamp, so long as that day is
                    # the only one the text has told of so far; the quote may run on over
                    # sentences of its paragraph ('"Our fans were fantastic today. Today we knew ...').
                    said = anchor[1].date
                if said is None and anchor[1] is not None and anchor[3] is not None and text and \
                        0 < offset - anchor[3] <= 300 and 0 < (published - anchor[1].date).days <= 6 and \
                        said_by_the_one_dated(sent, m.start, text[max(0, anchor[3] - 150):offset]):
                    # 'Drummond conceded the next day. "I decided to concede today," Drummond said':
                    # the speaker the sentence before dated said it that day.
                    said = anchor[1].date
                if said is not None:
                    # '"We will finish tomorrow," the minister said on Monday': counted from Monday.
                    resolved[i] = DateValue(resolved[i].date + (said - published), "day")
    if text and "rd" in kinds:
        for i, m in enumerate(mentions):
            if m.kind == "rd" and resolved[i] is not None and said_relative(m) and resolved[i].date == published and \
                    (posted := posted_day(text, offset + m.end)) is not None and 0 < (published - posted).days <= 7:
                # "We will have a special today ..." over "Posted by Ono Grill on Wednesday, August 28, 2024" in
                # Thursday's paper: an embedded post's "today" is the day it was posted.
                resolved[i] = DateValue(posted, "day")
    if lead_day is not None and lead_day[1].kind == "wd" and "rd" in kinds and (published - lead_day[0]).days == 1 \
            and "onight" in sent and _weekday_of_main_verb(lead_day[2], lead_day[1]) and \
            not any(o.kind == "rd" and (o.g("rd") or "").lower() == "today" for o in mentions):
        for i, m in enumerate(mentions):
            if m.kind == "rd" and (m.g("rd") or "").lower() == "tonight" and resolved[i] is not None and \
                    resolved[i].date == published and not m.text.endswith(("'s", "’s")) and \
                    not _SET_FOR_BEFORE.search(sent, max(0, m.start - 32), m.start) and \
                    (last_verb_is_past(sent[:m.start]) or _SAID_WOULD.search(sent, 0, m.start) or
                     not has_tense_marker(sent[:m.start]) and all_verbs_past(sent[m.end:])) and \
                    not in_quote(sent, m.start) and not (text and in_quoted_paragraph(text, offset + m.start)):
                # "Democrats and Republicans Tuesday each sought ... Lott took to the Senate floor tonight" in
                # Wednesday's paper: a night told as gone by ("took ... tonight", "said he would ask ... at a dinner
                # tonight", a clause opened by it or by its subject told in the past after it: "Tonight, the speaker
                # briefed ...", "The president, speaking tonight at a dinner, called ...", every verb after it past:
                # not "Tonight, the mayor, who vetoed the plan, will sign it"), the text having told of
                # one day only, the day before the paper's, is that day's night: the story was written that
                # evening (not a night still ahead: "will speak tonight"; nor one set
                # for it: "was moved to tonight"; nor after a lead told by "yesterday", "last night", the story
                # written on the paper's day, nor beside a "today" of the sentence's own)
                resolved[i] = DateValue(lead_day[0], "day")
    if "would" in sent:
        saying: dict[int, int] = {}  # a weekday moved -> the mention of its saying
        for i in range(1, n):
            # "said on Friday that the bridge would open Saturday and close Sunday": the second day
            # of the same clause counts from the same saying, not from the day before it.
            j = saying.get(i - 1, i - 1)
            day = would_after_said(sent, mentions, resolved, tenses, i, published, j)
            if day is not None:
                if j != i - 1:
                    while day <= resolved[i - 1].date:
                        day += dt.timedelta(days=7)
                resolved[i] = DateValue(day, "day")
                saying[i] = j
        if kinds == {"wd"} and n == 1 and anchor[3] is not None and 0 < offset - anchor[3] <= 400 and text and \
                (day := would_after_saying_told_before(sent, mentions[0], resolved[0], tenses[0], published,
                                                       anchor[1], text[anchor[3]:offset])) is not None:
            # "Following talks on Saturday, Larijani told reporters ... The talks were constructive, Larijani
            # said, adding that they would continue on Sunday" (a Monday paper): the saying is of the day the
            # sentence before told; what it said was to come is the first such day after it, gone by
            resolved[0] = DateValue(day, "day")
    # "Ten years ago today", "One year ago Thursday": an anniversary, the day N years back,
    # one statement (the day after it only says which).
    anniversaries = {}
    if n > 1:  # (the passes below read a date beside another: most sentences hold one date)
        if days_of_month and anchor[1] is not None and anchor[3] is not None and \
                0 < offset - anchor[3] <= _STORY_MONTH_REACH and \
                _STORY_BACK_DAYS < (published - anchor[1].date).days <= _CAPTION_BACK_DAYS and text and \
                text[anchor[3] - 2:anchor[3]] == ", " and not _COMING_OR_COMMEMORATED.search(sent):
            # (a caption's date after its place, "Hohenfels, Germany, Sept. 13, 2022.", a few years back at most, and a
            # range told in the present or past: not a commemoration's "175th-anniversary festival runs from July 1"
            # after "founded on July 4, 1850", nor "A memorial exhibition will run from Aug. 1 to Aug. 31" (rv33))
            _range_of_day_told(sent, mentions, resolved, anchor[1].date)
        for i in range(n - 1):
            if mentions[i].kind == "ago" and resolved[i + 1] is not None:
                day = anniversary(sent, mentions[i], mentions[i + 1], basis(i + 1))
                if day is not None:
                    anniversaries[i] = day
                    resolved[i + 1] = None
                    aliases[offset + mentions[i + 1].start] = offset + mentions[i].start
            elif mentions[i].kind == "wd" and mentions[i + 1].kind == "ago" and resolved[i] is not None:
                day = weekday_weeks_back(sent, mentions[i], mentions[i + 1], basis(i))
                if day is not None:  # "filed Friday a week ago": the Friday of the week before, one statement
                    # Both held in `anniversaries` until pass 2 reaches them: pass 2 would count "a week
                    # ago" again, and a phrase before them counts from the Friday as first read.
                    _fold(anniversaries, i, i + 1, day, mentions, offset, aliases)
        # Two months in a row whose second takes its year from the first.
        for i in range(n - 1):
            if not (mentions[i].kind == mentions[i + 1].kind == "mo" and resolved[i] is not None and
                    resolved[i + 1] is not None and not mentions[i + 1].g("mo_mod")):
                continue
            first, second = resolved[i].date, resolved[i + 1].date
            if _FROM_GAP.fullmatch(sent, mentions[i].end, mentions[i + 1].start) and \
                    _TO_BEFORE.search(sent, max(0, mentions[i].start - 4), mentions[i].start):
                # "moved the talks to October from November": the two ends of one move, the month it
                # moved from near the month it moved to (not a year back, by the clause's past).
                year = _nearest_year(first, second)
            elif tenses[i + 1] == "future" and first <= published and \
                    _SAID_THAT_GAP.fullmatch(sent, mentions[i].end, mentions[i + 1].start) and \
                    _SAID_IN_BEFORE.search(sent, max(0, mentions[i].start - 30), mentions[i].start):
                # "said in December that the plant would close in January": the January after the
                # December of the saying, not the one after publication.
                year = first.year if second.month > first.month else first.year + 1
            else:
                continue
            if year != second.year:
                resolved[i + 1] = DateValue(dt.date(year, second.month, 1), "month")
                if running_at == offset + mentions[i + 1].start:
                    running = basis(i + 1)
        shared_year: set[int] = set()
        for i in range(n - 2, -1, -1):
            # "on Aug. 18 and Aug. 31, 2019", "on 3 May or 9 June 2021", "on Jan. 5, Feb. 9 and March 2, 2020": a
            # yearless day joined by "and" or "or" (or by a comma to the next item of such a list) to a day with
            # its year is of that year (the year written once for all), the year before only across a year's
            # turn ("on Dec. 30 and Jan. 2, 2020"; not "the quarters ended Sept. 30 and June 30, 2020"). Not a
            # dated day that opens a clause of its own ("fell on Nov. 30, and Oct. 19, 1987 is still the worst").
            f, g = mentions[i], mentions[i + 1]
            if resolved[i] is None or resolved[i + 1] is None or f.kind not in ("mdy", "dmy") or \
                    g.kind not in ("mdy", "dmy") or not yearless(f) or (yearless(g) and i + 1 not in shared_year) or \
                    f.g("mdy_mod") or resolved[i].end_date is not None or resolved[i].precision != "day" or \
                    not (_YEAR_SHARED_GAP.fullmatch(sent, f.end, g.start) or
                         i + 1 in shared_year and _LIST_COMMA_GAP.fullmatch(sent, f.end, g.start)):
                continue
            last = i + 1
            while last in shared_year:
                last += 1
            word = _WORD_AFTER_DAY.match(sent, mentions[last].end)
            if _OWN_CLAUSE_VERB_AFTER.match(sent, mentions[last].end) or word is not None and \
                    has_tense_marker(word[1]) and not _PLURAL_VERB.fullmatch(word[1]) and \
                    has_finite_verb(sent[:f.start]):
                continue
            v, w = resolved[i], resolved[i + 1]
            shared = years_on(v, w.date.year - v.date.year)
            if shared is not None and shared.date > w.date and v.date.month >= 10 and w.date.month <= 3:
                # (a list told newest first keeps the written year: "Sept. 30 and June 30")
                shared = year_earlier(shared)
            if shared is None:
                continue
            shared_year.add(i)
            if shared.date != v.date:
                resolved[i] = shared
                if running_at == offset + f.start:
                    running = basis(i)
                if running_day_at == offset + f.start:
                    running_day = basis(i)
        for j in range(1, n):
            # Two yearless dates joined by words that order them lie in one cycle, the first deciding it.
            moved = in_cycle_after(sent, mentions, resolved, tenses, j, published, custom)
            if moved is not None:
                k, resolved[k] = moved
                if running_at == offset + mentions[k].start:
                    running = basis(k)
                if running_day_at == offset + mentions[k].start:
                    running_day = basis(k)
    if told_here:
        for i, j in told_here.items():
            if resolved[j] is not None and resolved[j].precision == "day" and \
                    abs((resolved[j].date - published).days) <= _TOLD_WITHIN:
                # (not "On Election Day, Nov. 3, 2020, ..." two years back: that vote is not the article's; "Friday
                # was Election Day eve": the vote the day after)
                told[vote_day_key(mentions[i])] = resolved[j] if not mentions[i].g("hol_eve") else \
                    DateValue(resolved[j].date + dt.timedelta(days=1), "day")
    # (held_vote_day answers only of a month's day or a weekday: a sentence with neither is not asked)
    if told is not None and (days_of_month or "wd" in kinds) and (j := held_vote_day(sent, mentions)) is not None and \
            resolved[j] is not None and \
            resolved[j].precision == "day" and abs((resolved[j].date - published).days) <= _TOLD_WITHIN:
        # "The runoff election took place Tuesday, April 4. ... a summary of Election Day coverage": the day of
        # the vote the article tells, not the US holiday (a day told as the vote's first, "is Election Day", stays)
        told.setdefault(HELD_ELECTION_DAY, resolved[j])
    for j, day in (saying_after_report(sent, mentions, resolved, tenses, published) if "wd" in kinds else {}).items():
        # "The military said Thursday the launch was made on Wednesday night" in a Wednesday paper: the
        # saying comes after what it reports, the day after the paper's date (a story filed from ahead
        # in time), not last week's Thursday.
        resolved[j] = DateValue(day, "day")
        if running_day_at == offset + mentions[j].start:
            running_day = basis(j)
    if published.month <= _FULL_YEAR_JUST_ENDED_MONTHS and "ru" in kinds and "full" in sent:
        for i, m in enumerate(mentions):
            v = resolved[i]
            if m.kind == "ru" and m.g("ru_rel").lower().startswith("the full") and "iscal" not in m.text and \
                    v is not None and v.precision == "year" and v.date.year == published.year and (
                        last_verb_is_past(sent[:m.start]) if has_tense_marker(sent[:m.start]) else
                        first_tense_is_past(sent[m.end:m.end + 160])):
                # "For the full year, GM sold 2.7 million cars" in January: a whole year told as done is the one
                # just ended, not the year barely begun ("For the full year, GM expects to sell ..." keeps it)
                resolved[i] = DateValue(dt.date(published.year - 1, 1, 1), "year")
                if running_at == offset + m.start:
                    running = basis(i)
    if "same month" in sent and ("yr" in kinds or "ru" in kinds):
        for i, m in enumerate(mentions):
            v = resolved[i]
            if (m.kind == "yr" or m.kind == "ru") and v is not None and v.precision == "year" and \
                    v.end_date is None and _SAME_MONTH_OF.search(sent, max(0, m.start - 24), m.start):
                # "rose 3% in March, against a fall in the same month in 2022": the month just told, in
                # that year (not the whole year); so in "the same month of the previous year".
                told_month = next((w for w in reversed(resolved[:i]) if w is not None and
                                   w.precision in ("month", "day")), None)
                if told_month is None and anchor[0] is not None and anchor[0].precision in ("month", "day"):
                    told_month = anchor[0]
                if told_month is not None:
                    resolved[i] = DateValue(dt.date(v.date.year, told_month.date.month, 1), "month")
                    if running_at == offset + m.start:
                        running = basis(i)
    if "mo" in kinds:
        for i, m in enumerate(mentions):
            if m.kind == "mo" and resolved[i] is not None and resolved[i].precision == "month" and \
                    resolved[i].end_date is None and not m.g("mo_mod") and \
                    "day" in sent[max(0, m.start - 24):m.start] and \
                    (nth := _NTH_WEEKDAY_IN.search(sent, max(0, m.start - 40), m.start)) is not None and \
                    not sent[max(0, nth.start() - 7):nth.start()].rstrip().endswith(("after", "before")):
                # (not "the Tuesday after the first Monday in November": a rule's day, which the month stands for)
                # "the second Tuesday in March", "the last Monday of May": that day of the month; "every year on
                # the second Saturday in October", "annually on the first Tuesday of May": each year's, no day
                each_year = _EACH_YEAR_ON_BEFORE.search(sent, max(0, nth.start() - 24), nth.start())
                resolved[i] = None if each_year else _nth_weekday(resolved[i].date, nth["ord"].lower(),
                                                                    nth["wd"].lower())
    if "mo" in kinds and "to " in sent:
        for i, m in enumerate(mentions):
            if m.kind == "mo" and resolved[i] is not None and resolved[i].precision == "month" and \
                    resolved[i].end_date is None and not m.g("mo_mod") and tenses[i] in ("future", "present") and \
                    resolved[i].date == published.replace(day=1) and sent.endswith("to ", 0, m.start) and \
                    (move := _MOVED_TO_MONTH.search(sent, max(0, m.start - 70), m.start)) is not None and \
                    not _FROM_MONTH.search(sent, move.start(), m.start):
                # (not "moving the final from September to October" in October: the month right after the old one)
                # "Governor signs bill moving primary to March", "The council will move the festival to June" in a
                # March or June paper: a happening moved to a month is moved to one ahead, not to the month that
                # is already running (that would be "later this month"): next year's
                resolved[i] = DateValue(add_months(resolved[i].date, 12), "month")
    if "mo" in kinds and ("bill" in sent or "easure" in sent or "law" in sent or "egislation" in sent or
                          "rdinance" in sent or "mendment" in sent):
        for i, m in enumerate(mentions):
            if m.kind == "mo" and resolved[i] is not None and resolved[i].precision == "month" and \
                    not m.g("mo_mod") and sent.endswith(("to ", "from "), 0, m.start) and \
                    (law := _LEGISLATED_MOVE.search(sent, max(0, m.start - 110), m.start)) is not None:
                one = _ONE_OCCASION.search(sent, law.start(), m.start)
                if one is None:
                    # "signed a measure moving the state's presidential primary from May to March", "Bill moving
                    # primary to March passes": a law that moves a recurring happening sets its month in every year
                    # (a calendar's slot, no dated happening); not "The board moved the May festival to June"
                    resolved[i] = None
                elif one["y"] or one["rel"]:
                    # "a measure moving the 2027 election from May to June", "moving this year's election to
                    # November": one happening, its months of the year named
                    year = int(one["y"]) if one["y"] else \
                        published.year + {"next": 1, "this": 0, "last": -1}[one["rel"].lower()]
                    resolved[i] = years_on(resolved[i], year - resolved[i].date.year) or resolved[i]
    if "ey" in kinds and "wd" in kinds and told is not None:
        _ey_day_of_sentence(sent, mentions, resolved, tenses, published, told)
    if "mdy" in kinds and " and " in sent:
        for i in range(1, n):
            if mentions[i].kind == "mdy" and mentions[i].g("mdy_then") and resolved[i] is not None and \
                    resolved[i - 1] is not None and resolved[i - 1].precision == "day" and \
                    resolved[i].date.year != resolved[i - 1].date.year:
                # "fixed Feb 1-3 and 14-16 for the hearing": the second range of days is of the first one's month
                # and year (recognition._with_second_day_ranges), whatever its own clause's tense made of it
                resolved[i] = years_on(resolved[i], resolved[i - 1].date.year - resolved[i].date.year) or resolved[i]
    # Pass 2: "two days after <X>", "the next day": need the others.
    # The sentence's own day: its first day, unless that day only anchors a
    # relative phrase ("10 days earlier than November 3"): then the phrase's.
    # (read and set only for the relative phrases below)
    main = next((i for i, v in enumerate(resolved) if v is not None and v.precision == "day"), None) \
        if not kinds.isdisjoint(RELATIVE_RULES) else None
    running, running_day, running_at, running_day_at = anchor
    for i, m in enumerate(mentions):
        if i in anniversaries:
            resolved[i] = anniversaries[i]
        elif m.kind in RELATIVE_RULES:
            ago = m.kind == "ago"  # (asked once: most of the rules below are an "ago" phrase's)
            if ago and permitted_alternative(sent, m):
                continue  # "the law permits holding elections a week earlier if ...": a permitted alternative's time
            if ago and i and mentions[i - 1].kind == "yr" and year_told_of(sent, mentions[i - 1], m):
                continue  # "1969 was 50 years ago": the year's distance from now, no happening
            follower = None
            news_after = False  # "The ruling comes a week after the vote on Monday": the count is the news's now
            if i + 1 < n and resolved[i + 1] is not None and \
                    _FOLLOWER_GAP.fullmatch(sent, m.end, mentions[i + 1].start):
                follower = basis(i + 1)
                if main == i + 1 and ago and norm_dir(m) in ("earlier", "later"):
                    main = None  # decided once this phrase is resolved
            elif ago and i + 1 < n and resolved[i + 1] is not None and resolved[i + 1].precision == "day" and \
                    norm_dir(m) in ("before", "after") and \
                    _PRESENT_COMES_BEFORE.search(sent, (m.start - 12 if m.start > 12 else 0), m.start) and \
                    _HAPPENING_ON_GAP.fullmatch(sent, m.end, mentions[i + 1].start):
                # "The visit comes two days ahead of the summit on Friday": the count runs from the day of what
                # the news's present "comes" before or after, as from "Friday's summit"
                follower = basis(i + 1)
                news_after = norm_dir(m) == "after" and mentions[i + 1].kind == "wd" and \
                    not mentions[i + 1].g("wd_mod") and resolved[i + 1].date <= published and \
                    not _MODAL_COME_BEFORE.search(sent, (m.start - 24 if m.start > 24 else 0), m.start) and \
                    not _FIXTURE_BEFORE.search(sent, 0, m.start)
            elif i == 0 and n > 1 and ago and fronted_dated_anchor(sent, m, mentions[1], resolved[1]):
                # "Two weeks after the vote on Feb. 26, results were released": the day is the
                # vote's, inside the fronted phrase; the count runs from it, as from "Monday's vote".
                follower = basis(1)
            if ago and follower is None and running is not None and running.precision == "year" and \
                    running_day is not None and running_at is not None and running_at >= offset and \
                    (running_day_at is None or running_day_at < running_at) and \
                    running.date.year != running_day.date.year and norm_dir(m) in ("earlier", "later") and \
                    not _IN_PASSING.search(sent, max(0, running_at - offset - 30), running_at - offset):
                continue  # "The race was on Saturday. She had a stroke in 2008 and ran again two weeks later"
            if m.kind == "an" and not (m.g("an_ba") and m.g("an_tail")) and \
                    (listed := _DAY_LISTED_BEFORE.search(sent, max(0, m.start - 40), m.start)) and \
                    not _within_one(mentions[:i], listed.end("day")) and \
                    not (running_day_at is not None and _named_day_told_at(listed["name"], text, running_day_at)):
                # "on Eid day and the following day", "on polling day and the day after": counted from the
                # day named just before it, which no rule dates, not from the text's last day (unless that
                # day is the named day's: "Voters went to the polls on Sunday. ... on polling day and the day after")
                continue
            if m.kind == "an" and _EACH_YEAR_ON_BEFORE.search(sent, max(0, m.start - 30), m.start):
                continue  # "Every year on that day, veterans gather": every year's, as "Every year on Thanksgiving"
            if ago and is_stretch(sent, m):
                continue  # "closed for two weeks after the storm": how long, no day of its own
            if ago and follower is None and running_day_at is not None and \
                    scene_left(m, text, running_day_at, offset):
                continue  # "Polling was held on December 1 ... [paragraphs on] ... Half an hour later, ..."
            if ago and _loose_count_before(sent, m.start):
                continue  # "two to three days ago", "one or two days ago": no day
            # (A day before it, "Her decision, reported Wednesday, comes a month after she filed",
            # is the news's own day: it counts from that day, as "comes two years after" does.)
            comes = ago and follower is None and \
                (main is None or mentions[main].end <= m.start) and \
                COMES_BEFORE.search(sent, (m.start - 12 if m.start > 12 else 0), m.start) is not None
            news_day = x_day = None
            news = _DEFINITE_NEWS.fullmatch(sent, 0, m.start) if comes else None
            if news and running_day is not None and running_day_at is not None and \
                    (0 < offset - running_day_at <= 400 or running_day_at < _LEAD_CHARS) and \
                    0 < (published - running_day.date).days <= 6:
                # "The union voted on Monday to strike. The vote comes a week after talks
                # collapsed": the news named is the day the text just gave (or its lead gave),
                # counted back from it.
                news_day = running_day.date
                window = text[max(0, running_day_at - 150):min(offset, running_day_at + 150)]
                if norm_dir(m) in ("after", "before") and \
                        came_after_the_dated_one(sent, m, news["subj"], window):
                    # "... The resignation came two days after the vote": the vote's ("The warning came
                    # two days before the storm": the storm's, where the news day counted forward)
                    x_day = running_day.date
            counted_from = main
            if ago and follower is None and main is not None and main < i - 1 and \
                    resolved[i - 1] is not None and resolved[i - 1].precision == "day" and \
                    norm_dir(m) in ("before", "after") and _APPOSED_GAP.fullmatch(sent, mentions[i - 1].end, m.start):
                # "On Dec. 28 the court convicted them for freeing him on Jan. 18, 2019, a day after the
                # murders": the count runs from the day it stands in apposition to, not the sentence's first.
                counted_from = i - 1
            if ago and counted_from is not None and norm_dir(m) == "away" and \
                    _ANOTHER_CLAUSE.search(sent, *sorted((mentions[counted_from].end, m.start))):
                # "Tickets go on sale Monday, and the show is six days away", "The final is two days
                # away, and the semifinal is tomorrow": the day of another clause is another happening's
                # ("The Monday deadline is a week away" names the count's own)
                counted_from = None
            day_anchor = running_day
            if m.kind == "an" and main is not None and main > i and not m.g("an_tail") and \
                    (m.g("an_rel") or m.g("an_ba") or "").lower() in ("before", "previous") and \
                    resolved[main] is not None and _FRONTED_SUBORDINATE.match(sent) and \
                    "," in sent[m.end:mentions[main].start] and "," not in sent[:m.start]:
                # "After three earthquakes jolted Turkey the day before, a new quake struck on Tuesday": a fronted
                # clause's "the day before" counts from the main clause's day, told after it (only a day before it:
                # "After rescuers arrived the day after, ..." counts from the day told before the sentence)
                day_anchor = basis(main)
            ctx = Context(published=published, tense=tenses[i], anchor=running, day_anchor=day_anchor,
                          follower=follower, comes=comes,
                          main_day=basis(counted_from).date if counted_from is not None else news_day)
            if ago and (is_comparison(sent, m) or
                                    (follower is None and _THAN_AFTER.match(sent, m.end))):
                continue  # "a month earlier than usual": a comparison, not a date
            if ago and follower is None and main is None and _a_day_before_it_begins(sent, m) and \
                    first_tense_is_past(sent[:m.start]):
                # "The announcement was made a day before the annual session of parliament begins": what begins
                # (a present) has not begun as the paper writes, and the day before it is told as gone by: the
                # paper's own day
                resolved[i] = running = running_day = DateValue(published, "day")
                running_at = running_day_at = offset + m.start
                continue
            if ago and follower is None and main is None and undated_anchor(sent, mentions, i, tense):
                continue  # "two days after the vote", the vote's day not given: nothing to count from
            if ago and counted_from is not None and \
                    years_after_another_clause(sent, mentions, counted_from, i):
                continue
            if ago and follower is None and counted_from is not None and \
                    day_of_another_clause(sent, mentions, counted_from, i,
                                          resolved[counted_from].date if resolved[counted_from] else None, published):
                continue  # "the May 3 shooting of a man who died two days after he was found": not his death's day
            resolved[i] = resolve(m, ctx)
            if news_after and resolved[i] is not None and resolved[i].precision == "day" and \
                    (ahead := (resolved[i].date - published).days) >= 2:
                # "The ruling comes a week after the vote on Monday", told on a Monday: what the news's present
                # comes after is the Monday a week back, not the paper's own day a week before a ruling still
                # ahead; the weekday is taken a week earlier where that brings the news's count nearer the paper
                earlier = DateValue(resolved[i + 1].date - dt.timedelta(days=7), "day")
                again = resolve(m, replace(ctx, follower=earlier))
                if again is not None and abs((again.date - published).days) < ahead:
                    resolved[i], resolved[i + 1] = again, earlier
            if resolved[i] is not None and follower is None and main is None and \
                    past_counted_past_publication(m, resolved[i], running_day, published, tense(i)):
                resolved[i] = None
                continue
            if resolved[i] is not None and m.kind == "an" and follower is None and resolved[i].date > published and \
                    running_day is not None and running_day.date > published and last_verb_is_past(sent[:m.start]) \
                    and not _READIED_FOR_THAT_DAY_BEFORE.search(sent, max(0, m.start - 120), m.start):
                # "... retires on October 31. ... had been put on the agenda that night": a day told in the past
                # cannot be one still ahead of the paper; the day the text gave last is another happening's (not
                # what was booked or planned for it: "Fans said they had booked hotels for that night")
                resolved[i] = None
                continue
            if x_day is not None and resolved[i] is not None and resolved[i].precision == "day":
                resolved[i] = DateValue(x_day, "day")
            if main is None and resolved[i] is not None and resolved[i].precision == "day" and follower is not None:
                main = i
            if resolved[i] is not None:
                sources[i] = {"anchor": running_at, "day_anchor": running_day_at,
                              "follower": offset + mentions[i + 1].start if follower is not None else None,
                              "main_day": offset + mentions[counted_from].start if counted_from is not None else
                              running_day_at if news_day is not None else None,
                              }.get(anchor_source(m, ctx))
            if ago and follower is None and counted_from is not None and counted_from < i and \
                    resolved[i] is not None and norm_dir(m) in ("after", "before") and \
                    resolved[counted_from] is not None and resolved[counted_from].precision == "day":
                # "North Korea fired two missiles on Monday, a day after the allies ended their drills. ... The
                # launches came two days after ...": the day counted back dates the happening it names, which
                # lies behind the sentence's own; the story stays on that day (the next count runs from Monday)
                continue
        if resolved[i] is not None:
            running, running_at = basis(i), offset + m.start
            if running.precision == "day":
                running_day, running_day_at = running, running_at
    if n > 1:  # (the passes below read a date beside another: a sentence with one has none to read)
        for i in range(n - 1):
            if resolved[i] is not None and resolved[i + 1] is not None and mentions[i].kind == "rd" and \
                    not mentions[i].g("rd_mod") and \
                    ((mentions[i].g("rd") or "").lower() in ("today", "yesterday", "tomorrow", "tonight") or
                     mentions[i].g("rd_this")) and \
                    mentions[i + 1].kind in ("wd", "mdy", "dmy") and not mentions[i + 1].g("wd_mod") and \
                    not mentions[i + 1].text.endswith(("'s", "’s")) and \
                    resolved[i].precision == resolved[i + 1].precision == "day" and \
                    resolved[i].date != resolved[i + 1].date and \
                    _RELATIVE_DAY_APPOSED.fullmatch(sent, mentions[i].end, mentions[i + 1].start) and \
                    not (i + 2 < n and _LISTED_NEXT.fullmatch(sent, mentions[i + 1].end, mentions[i + 2].start)):
                # "Today, 14 September, the session ends", "passed in yesterday's Wednesday session", "ends today,
                # Thursday": the day named beside "today" is the day the text calls today (its writing may lie a
                # day or two before the paper's date), one statement, the named day's; a bare weekday is the one
                # nearest that "today". So for a part of the day, "tonight" and "this evening" or "last night" ("This
                # evening, Sunday, April 1, 2018, around 6:30 p.m. police responded", in a paper of the 2nd).
                back = (resolved[i].date.weekday() - WEEKDAYS[mentions[i + 1].g("wd").lower()]) % 7 \
                    if mentions[i + 1].kind == "wd" else (resolved[i].date - resolved[i + 1].date).days % 7 \
                    if -1 <= (resolved[i].date - resolved[i + 1].date).days <= 3 else 4
                if back <= 3 or back == 6:
                    # (a text written up to three days before the paper's date, or a day after it, across time
                    # zones; never a weekday further ahead: "yesterday, Saturday" in a Friday paper is no day)
                    if mentions[i + 1].kind == "wd":
                        resolved[i + 1] = DateValue(resolved[i].date - dt.timedelta(days=back if back <= 3 else -1),
                                                    "day")
                    resolved[i] = None
                    running, running_day, running_at, running_day_at = _last_resolved(
                        mentions, resolved, basis, offset, anchor, n)
            if resolved[i] is not None and resolved[i + 1] is not None and mentions[i].kind == "ago" and \
                    mentions[i + 1].kind in ("wd", "mdy", "dmy") and resolved[i].precision == "day" and \
                    resolved[i + 1].precision == "day" and resolved[i].date != resolved[i + 1].date and \
                    norm_dir(mentions[i]) in ("earlier", "later") and \
                    _APPOSED_DAY.fullmatch(sent, mentions[i].end, mentions[i + 1].start):
                # "Three days later, as of Friday's close, ...", "Two days later, on Friday, ...": the day
                # the sentence names is its day; a count that lands elsewhere was counted from the wrong one.
                resolved[i] = None
                at = offset + mentions[i].start
                if running_at == at or running_day_at == at:
                    running, running_day, running_at, running_day_at = _last_resolved(
                        mentions, resolved, basis, offset, anchor, n)
            if resolved[i] is None and resolved[i + 1] is not None and mentions[i + 1].kind == "hol" and \
                    counts_into(sent, mentions, i + 1) and not VOTE_DAY.match(mentions[i + 1].text):
                # "more than a week before Christmas", "about a week after Thanksgiving": a loose count
                # dates no day, and what happened is not on the holiday either.
                resolved[i + 1] = None
                at = offset + mentions[i + 1].start
                if running_at == at or running_day_at == at:
                    running, running_day, running_at, running_day_at = _last_resolved(
                        mentions, resolved, basis, offset, anchor, n)
            if resolved[i] is not None and mentions[i + 1].kind == "hol" and sources[i] is not None and \
                    sources[i] == offset + mentions[i + 1].start and not VOTE_DAY.match(mentions[i + 1].text):
                # "a week before Thanksgiving", "the day before Christmas": the holiday only says where
                # the count starts, no statement of its own (a vote's day is a happening: "two days
                # after Election Day" keeps it). The count hangs on no statement then.
                resolved[i + 1] = None
                sources[i] = None
                at = offset + mentions[i + 1].start
                if running_at == at:
                    running, running_at = basis(i), offset + mentions[i].start
                if running_day_at == at and basis(i).precision == "day":
                    running_day, running_day_at = basis(i), offset + mentions[i].start
    if n > 1 and ("rom " in sent or "etween " in sent or " to " in sent or
                  ("-" in sent or "–" in sent) and _month_pair_in(sent, mentions)):
        placed = framed_span(sent, mentions, resolved, published)
        if placed:
            # "Last year, the Marathon was moved from April to October", "postponed from May to July
            # last year": the year frame's months and days (anchors.framed_span); an anchor taken
            # from one of them takes its new value.
            for j, value in placed.items():
                resolved[j] = value
            placed_at = set()
            for j in placed:
                placed_at.add(offset + mentions[j].start)
            if {running_at, running_day_at} & placed_at:
                running, running_day, running_at, running_day_at = _last_resolved(
                    mentions, resolved, basis, offset, anchor, n)
    if "year" in sent:
        _anniversary_years(sent, mentions, resolved, tenses, published, told)
    if n > 1 and "mo" in kinds:
        _months_listed_in_turn(sent, mentions, resolved, tenses, published)
    if text and ("mdy" in kinds or "dmy" in kinds) and "that" in sent.lower():
        _anniversary_day(sent, mentions, resolved, published, told, text)
    if n > 1 and any(m.kind == "wdd" or m.kind == "wd" for m in mentions):
        _with_partners_months(sent, mentions, resolved)
    # Ranges: merge "between X and Y" / "from X to Y" / "X - Y"; "since X" runs to publication.
    out: list[tuple[Mention, DateValue]] = []
    skip = set()
    for i, m in enumerate(mentions):
        v = resolved[i]
        if v is None or i in skip:
            continue
        if i + 1 < n and resolved[i + 1] is not None:
            w = resolved[i + 1]
            between = sent[m.end:mentions[i + 1].start]
            # Two ranges in a row ("1971-73 and 1975-79") stay two ranges.
            # "Thursday, July 11 – four days before the convention": an
            # anchored phrase after a dash is an aside, not a range's end.
            # (not a day moved: "postponed from Monday to Thursday" names the day it was set for and the
            # day it is put off to, no span)
            one_day = m.kind == mentions[i + 1].kind == "wd" and not m.g("wd_mod") and \
                not mentions[i + 1].g("wd_mod") and m.g("wd").lower() == mentions[i + 1].g("wd").lower() and \
                _SAME_DAY_CLOCKS.fullmatch(between) is not None and range_opened(sent, m.start, between)
            if one_day:
                # "from 2am on Friday until 5pm on Friday", "from 3am Friday to 10am Friday": hours of one
                # day, no week's run; one day: a plain past keeps the start's reading ("searched the house from
                # 9am Monday until 6pm Monday": "until" reads its end ahead; not after a verb that warns of or
                # sets the hours, _RUN_SET_BEFORE), else the later reading when either end was read ahead.
                if w.date != v.date:
                    plain_past = tenses[i] == "past" and not perfect_or_forecast_before(sent, m.start) and \
                        not _run_set_before(sent, m.start, mentions[i + 1].end)
                    v = w if not plain_past and "future" in (tenses[i], tenses[i + 1]) and w.date > v.date else v
                    resolved[i] = v
                resolved[i + 1] = w = v
            is_range = not one_day and _RANGE_JOIN.match(between) and w.precision == v.precision and \
                v.end_date is None and w.end_date is None and mentions[i + 1].kind not in RELATIVE_RULES and (
                range_opened(sent, m.start, between) or between.strip() in ("-", "–", "—") or
                bare_past_run(sent, mentions, tenses, i) or through_run(sent, mentions, i)) and \
                not moved_from(sent, m.start)
            if not is_range and not one_day and w.date <= v.date and v.date >= published and \
                    m.kind == mentions[i + 1].kind == "wd" and _THROUGH_JOIN.fullmatch(between):
                # "a watch is in effect Friday afternoon through Tuesday evening" in a Wednesday
                # paper: the end of a span whose start lies ahead is the first such day after it;
                # so of one that starts on the publication day ("rain overnight Tuesday and through
                # Wednesday" in a Tuesday paper, whatever tense its verb had).
                gap = (w.date.weekday() - v.date.weekday()) % 7 or 7
                resolved[i + 1] = DateValue(v.date + dt.timedelta(days=gap), w.precision)
            if is_range and w.date <= v.date and yearless(mentions[i + 1]) and not yearless(m):
                # "between Nov. 13, 2023, and April 4": the end is the first
                # April 4 after the start.
                w = year_later(w, v.date) or w
            if is_range and w.date <= v.date and yearless(m) and yearless(mentions[i + 1]) and \
                    "past" not in (tenses[i], tenses[i + 1]) and not _FIGURES_OVER.search(sent) and \
                    not own_year_after(sent, mentions[i + 1].end):
                # "the ban is in effect from April to October" in April: a range in the present (or
                # no tense) is the one that holds the publication day or lies ahead, not last year's
                # because its far end alone resolved to the one gone by. (Not figures over a period:
                # "Sales are up 5% from April to October" in November is this year's, gone by.)
                later = year_later(w, v.date)
                if later is not None and (v.date > published or
                                          v.date <= published <= (later.end_date or later.date)):
                    w = later
            if is_range and yearless(m) and not yearless(mentions[i + 1]) and \
                    mentions[i + 1].kind in ("mdy", "dmy", "my") and (w.date - v.date).days > 366:
                # "voted to raise output from August to December 2021": a yearless start lies
                # within the year before its dated end, whatever the clause's tense made of it.
                v = years_on(v, w.date.year - v.date.year) or v
                if v.date >= w.date:
                    v = year_earlier(v) or v
            if is_range and w.date <= v.date and yearless(m):
                # A range starts before it ends: "between January 1 and
                # August 15" in an August article began this January, even
                # when January 1 alone would resolve to the next one.
                v = year_earlier(v) or v
            if is_range and w.date <= v.date and m.kind == mentions[i + 1].kind == "wd" and \
                    not mentions[i + 1].g("wd_mod") and not moved_from(sent, m.start):
                # "from Monday to Friday": the end is the first such day after the start
                # (in a Thursday paper, not tomorrow); what the text says is past ends by
                # publication, so its start moves back instead ("ran from Tuesday to Saturday").
                gap = (w.date.weekday() - v.date.weekday()) % 7 or 7
                # A start that lies ahead keeps its end after it ("rain is forecast from Friday
                # through Monday" in a Wednesday paper); so does one on the publication day in a
                # clause that is not a plain past ("has issued a warning from Wednesday to Saturday",
                # "more rain was forecast from Saturday through Sunday" in a Saturday paper; one with
                # no tense of its own only in a sentence that tells no past: "The fair, from Saturday
                # to Sunday, drew crowds" is last week's).
                if v.date + dt.timedelta(days=gap) <= published or tenses[i] == "future" or \
                        tenses[i + 1] == "future" or v.date > published or \
                        v.date == published and not m.g("wd_mod") and (
                            tenses[i] == "present" or tenses[i] is None and not has_past_marker(sent) or
                            tenses[i] == "past" and perfect_or_forecast_before(sent, m.start) and
                            not outcome_after(sent, mentions[i + 1].end)):
                    w = DateValue(v.date + dt.timedelta(days=gap), w.precision)
                elif not m.g("wd_mod"):
                    v = DateValue(w.date - dt.timedelta(days=gap), v.precision)
            if is_range and m.kind == mentions[i + 1].kind == "wd" and not m.g("wd_mod") and \
                    not mentions[i + 1].g("wd_mod") and \
                    (lasting := _LASTING_BEFORE.search(sent, max(0, m.start - 30), m.start)) and \
                    not moved_from(sent, m.start) and \
                    not (_LASTING_RELATIVE.search(sent, max(0, lasting.start() - 12), lasting.start()) and
                         _PAST_MAIN_AFTER_ASIDE.match(sent, mentions[i + 1].end)):
                # "The tournament continues Thursday through Sunday", "The sale lasts Thursday through
                # Sunday": a run after a present of lasting holds the publication day or lies ahead, the
                # first one that ends on or after it (not last week's: it is still going on).
                gap = (w.date.weekday() - v.date.weekday()) % 7 or 7
                end = published + dt.timedelta(days=(w.date.weekday() - published.weekday()) % 7)
                v, w = DateValue(end - dt.timedelta(days=gap), v.precision), DateValue(end, w.precision)
            if is_range and m.kind == mentions[i + 1].kind == "wd" and not m.g("wd_mod") and \
                    not mentions[i + 1].g("wd_mod") and not m.g("wd_week") and not mentions[i + 1].g("wd_week") and \
                    (w.date - v.date).days > ((w.date.weekday() - v.date.weekday()) % 7 or 7):
                # "The festival was held from Friday until Saturday" in a Wednesday paper: a start read back
                # and an end read ahead ("until" looks ahead) would make a run of eight days; the ends of
                # one run of weekdays lie within a week. A plain past keeps the start's reading (the run gone
                # by), anything else the end's ("has announced a sale from Friday until Saturday"), and so does a
                # past verb that calls, warns of or sets the run ("The union called a strike from Thursday until
                # Saturday": _RUN_SET_BEFORE).
                gap = (w.date.weekday() - v.date.weekday()) % 7 or 7
                if tenses[i] == "past" and not perfect_or_forecast_before(sent, m.start) and \
                        not _run_set_before(sent, m.start, mentions[i + 1].end):
                    w = DateValue(v.date + dt.timedelta(days=gap), w.precision)
                else:
                    v = DateValue(w.date - dt.timedelta(days=gap), v.precision)
            if is_range and yearless(m) and yearless(mentions[i + 1]) and (w.date - v.date).days > 366:
                # "from Thursday, September 28 through Monday, November 5": a weekday that
                # contradicts its date moved one end a year; two yearless ends lie within a year.
                v = year_earlier(year_later(v, w.date) or v) or v
            if is_range and w.date > v.date:
                merged = Mention(m.kind, m.start, mentions[i + 1].end,
                                 sent[m.start:mentions[i + 1].end], m.groups)
                c1, f1 = assess(m, v, tenses[i], published)
                c2, f2 = assess(mentions[i + 1], w, tenses[i + 1], published)
                out.append((merged, DateValue(v.date, v.precision, w.date), min(c1, c2), f1 + f2, tenses[i],
                            sources[i]))
                skip.add(i + 1)
                # "from mid-July through mid-September", "from Monday to Wednesday": the
                # end is a statement of its own too (readers date each end); group_statements
                # makes it part of its range's happening.
                out.append((mentions[i + 1], w, c2, f2, tenses[i + 1], sources[i + 1]))
                continue
        lo = m.start - 60 if m.start > 60 else 0
        # "nce" (letters with no case variants beyond ASCII) is a cheap
        # necessary condition for "since" in the window.
        if "nce" in sent[lo:m.start].lower() and _SINCE.search(sent, lo, m.start) and v.date <= published:
            v = DateValue(v.date, v.precision, truncate_to_precision(published, v.precision))
        if m.kind == "yrr" and season_years(sent, mentions, i, v):
            continue  # "won the double in 2019-20": a season named bare, no year (it still anchors)
        out.append((m, v, *assess(m, v, tenses[i], published), tenses[i], sources[i]))
        if v.end_date is None:
            if m.kind == "mdy" and v.precision == "day" and not m.g("mdy_and") and not m.g("mdy_y") and \
                    "," in sent[m.end:m.end + 3] and (lst := _DAY_LIST.match(sent, m.end)):
                # "May 4, 5, 11 and 12": each listed day of the month, in rising order.
                days = [(dm.start(), dm[0]) for dm in _LIST_DAY.finditer(lst[0])]
                numbers = [v.date.day] + [int(d) for _, d in days]
                if numbers == sorted(set(numbers)) and (
                        numbers == list(range(numbers[0], numbers[0] + len(numbers))) or
                        not _fronted_list_subject(sent, m.start, lst.end())) and (
                        _DAY_LIST_END.match(sent, lst.end()) or
                        numbers == list(range(numbers[0], numbers[0] + len(numbers))) and
                        not _COUNT_UNIT_AFTER.match(sent, lst.end())):
                    for at, d in days:
                        day2 = safe_date(v.date.year, v.date.month, int(d))
                        if day2 is None:
                            break
                        out.append(_told_day(m, m.end + at, d, day2, tenses[i], sources[i], published))
            elif m.kind == "mdy" and v.precision == "day" and not m.g("mdy_and") and not m.g("mdy_y") and \
                    (pair := _NEXT_DAY_PAIR.match(sent, m.end)) and int(pair[1]) == v.date.day + 1 and \
                    (day2 := safe_date(v.date.year, v.date.month, int(pair[1]))) is not None:
                # "Sept 18, 19;": the second of two days in a row, a statement of its own
                out.append(_told_day(m, pair.start(1), pair[1], day2, tenses[i], sources[i], published))
            if m.kind == "dmy" and v.precision == "day" and (days := _days_listed_before(sent, m, v.date.day)):
                # "on 3, 4 and 5 May": each day listed before the date, a statement of its own, told before it.
                told = []
                for at, d in days:
                    day0 = safe_date(v.date.year, v.date.month, int(d))
                    if day0 is None:
                        break
                    told.append(_told_day(m, at, d, day0, tenses[i], sources[i], published))
                else:
                    out[-1:-1] = told
            if m.kind in ("mdy", "dmy") and m.g(f"{m.kind}_and") and v.precision == "day":
                # "on Aug. 16 and 17": the second day of the month, a statement of its own.
                d2 = m.g(f"{m.kind}_d2")
                day2 = safe_date(v.date.year, v.date.month, day_number(d2) or 0)
                if day2 is not None and day2 != v.date:
                    at = m.text.find(d2, m.text.find(m.g(f"{m.kind}_d")) + len(m.g(f"{m.kind}_d")))
                    out.append(_told_day(m, m.start + at, d2, day2, tenses[i], sources[i], published))
            continue
        if m.kind == "yrr" and (runs_from_to(sent, mentions, i) or
                                v.end_date is not None and v.end_date.year - v.date.year >= 2 and
                                not _SPAN_NAME_BEFORE.search(sent, max(0, m.start - 8), m.start) and
                                not _SPAN_MODIFIES.match(sent, m.end)):
            # (a span of three years or more told as a time, "won three titles in 1991-93", is no season: its end
            # too; not one used as a name's, "the 2008-10 slump", "Smith's 1998-2001 tenure", "this 1998-2001 plan")
            end = Mention(m.kind, m.end - len(m.g("yrr_b")), m.end, m.g("yrr_b"), m.groups)
        elif m.kind in ("mdy", "dmy") and m.g(f"{m.kind}_d2"):
            # "July 15th-18th", "from May 16 to 24": the end day, a statement too.
            d2 = m.g(f"{m.kind}_d2")
            at = m.text.find(d2, m.text.find(m.g(f"{m.kind}_d")) + len(m.g(f"{m.kind}_d")))
            end = Mention(m.kind, m.start + at, m.start + at + len(d2), d2, m.groups)
        else:
            continue
        w = DateValue(v.end_date, v.precision)
        out.append((end, w, *assess(end, w, tenses[i], published), tenses[i], sources[i]))
    return out, (running, running_day, running_at, running_day_at)


# Figures measured over a period ("up 5%", "3 percent", "in the period from"): the period is one gone by.
_FIGURES_OVER = re.compile(r"%|\bper\s?cent\b|\bperiod\b", re.IGNORECASE)
# "in the weeks before Christmas", "shortly after Thanksgiving", "ahead of Christmas", "in the
# run-up to Christmas", "a week ahead of Christmas": the holiday only says where a stretch or a
# count starts; what happened is not on the holiday ("before Christmas" alone is a bound, kept).
_HOLIDAY_COUNT_BEFORE = re.compile(
    r"(?:\b(?:days|weeks|months|hours|the\s+week|the\s+weekend|shortly|just|soon|right|immediately|long|"
    r"moments)\s+"
    r"(?:before|after|ahead\s+of|prior\s+to)|\bahead\s+of|\bprior\s+to|\b(?:run|lead|build)[-\s]?up\s+to|"
    r"\bleading\s+up\s+to|\bthe\s+week\s+of|\beve\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# ... but moments or hours from a holiday's own happening ("moments after the Thanksgiving Day
# parade", "shortly after Thanksgiving dinner", "just before the Christmas Eve service") are
# that holiday's day: the parade, the dinner and the service are held on it.
_MOMENTS_BEFORE = re.compile(r"\b(?:moments|minutes|hours|shortly|just|right|immediately)\s+(?:before|after)\s+"
                             r"(?:the\s+)?$", re.IGNORECASE)
_HOLIDAY_EVENT_AFTER = re.compile(r"(?:\s+(?:day|eve))?\s+(?:parade|dinner|service|services|mass|game|match|feast|"
                                  r"lunch|meal|fireworks|concert|address|speech|ceremony|prayers?)\b", re.IGNORECASE)


# The end of a stretch still to come, right before its day: "move out by Monday", "last until Monday".
_END_BY_BEFORE = re.compile(r"\b(?:by|until|till)\s+(?:(?:early|late)\s+)?$", re.IGNORECASE)
# ... "until" alone ("by Monday" may be the very day: "to decide by Monday").
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:(?:early|late)\s+)?$", re.IGNORECASE)


def _same_weekday_told(mentions, resolved, tenses, i, published: dt.date) -> dt.date | None:
    """The day of another bare weekday of the sentence, the same weekday as mentions[i], told in the past (the day a
    thing was said or done: "told a news conference on Monday"), or None: its reading when resolved already, else
    a past weekday's, the last such day up to the publication day."""
    wd = WEEKDAYS.get(mentions[i].g("wd").lower())
    for j, other in enumerate(mentions):
        if j != i and other.kind == "wd" and tenses[j] == "past" and not other.g("wd_mod") and \
                not other.g("wd_week") and WEEKDAYS.get(other.g("wd").lower()) == wd:
            if j < i:
                return resolved[j].date if resolved[j] is not None and resolved[j].precision == "day" else None
            return published - dt.timedelta(days=(published.weekday() - wd) % 7)
    return None
# A past perfect of a state or a loss before a finding in the clause before a weekday, the day right after "on" or
# "since" or bare: "had not been seen since", "had not been heard from since", "had last been seen on", "had gone
# missing on", "He'd been missing since", "had been stolen on" (nor "by Sunday", the state reached by a day).
_PLUPERFECT_BEFORE = re.compile(
    r"\b(?:had|hadn['’]t|(?<=\w)['’]d)\s+(?:(?:not|never)\s+(?:been\s+)?(?:seen|heard|spotted|contacted|spoken|home|"
    r"in\s+touch)|last\s+(?:been\s+)?(?:seen|heard|spotted|contacted|spoken|in\s+touch)|(?:been\s+)?(?:missing|"
    r"gone\s+missing|reported\s+missing|vanished|disappeared|run\s+away|left\s+home|stolen|taken|abducted|"
    r"kidnapped|snatched))\b(?:\s+(?!(?:by|until|till|before|after|to|for)\b)[\w'’-]+){0,8}?"
    r"\s+(?:(?:on|since)\s+)?$", re.IGNORECASE)
# A replay or rematch right before its weekday, its venue between at most: "a replay at The Silverlands on", "a
# second replay on", "the rematch on", "a replay away from home on" (not "in the replay on": what was done in it,
# "Saturday's hosts drew 1-1 with Leeds in the replay on Tuesday", rv35).
_REPLAY_BEFORE = re.compile(r"(?<!\bin\s)\b(?:a|the)\s+(?:(?:second|third|first)\s+)?(?:replay|rematch)\b"
                            r"(?:\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}|"
                            r"\s+(?:at\s+home|away(?:\s+from\s+home)?))?"
                            r"\s+(?:on\s+)?$", re.IGNORECASE)
# ... and what tells the replay's result after its day: "ending 2-2", "which they won".
_REPLAY_RESULT = re.compile(r"\b(?:end(?:ed|ing)|finish(?:ed|ing)|dr[ea]w(?:ing)?|won|winning|lost|losing|"
                            r"\d+\s*[-–]\s*\d+)\b", re.IGNORECASE)
# A resumption told in the present right before "following <day>'s": "Classes resume", "Schools reopen",
# "Service returns" (not after an auxiliary: "Classes were to resume").
_RESUMES_BEFORE = re.compile(r"(?<!\bto\s)(?<!\bwill\s)\b(?:resumes?|reopens?|restarts?|returns?)\s+"
                             r"(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)


# A past verb of outcome right after the day put off to: ", passed 52-48", "and passed", ", when it
# passed", ", ended in a draw".
_PUT_OFF_OUTCOME = re.compile(
    r"\s*(?:,\s*(?:when|where)\s+(?:it|they|he|she|the\s+[\w-]+)\s+|,?\s*and\s+|,\s*)"
    r"(?:passed|failed|ended|won|lost|drew|finished|concluded|went\s+ahead|took\s+place|"
    r"(?:was|were)\s+(?:held|approved|rejected|passed|played|won|lost))\b", re.IGNORECASE)
_APPOSED_DAY = re.compile(r"\s*,\s*(?:(?:on|as\s+of)\s+)?", re.IGNORECASE)


# The article's days told with their years long before the paper, by month and day (pipeline's `told`): a later
# yearless telling of the same day in the past is that day (_resolve_sentence).
_TOLD_DAY_KEY = "day told %d-%d"
_TOLD_DAY_BACK = 365  # (how far before the paper a day told with its year must lie to be remembered so)
_RESTATED_FAR_DAYS = 60  # (a yearless day read further back than this is no news of the paper's weeks)
# "a year after October 7", "five years since Feb. 6", "two years on from March 11": a day counted from, told from now.
_YEARS_AFTER_BEFORE = re.compile(rf"\b(?P<n>{NUM})\s+years?\s+(?:after|since|on\s+from)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
# "one year ago today": the count's day is the paper's month and day, that many years back.
_TODAY_AFTER = re.compile(r"[ \t]+today\b", re.IGNORECASE)
# What stands between a day and an "N years ago" right after it ("On April 14th, five years ago, fighters invaded the
# town"; the other frame, one opening the sentence, "Thirty-two years ago, a girl returned ... on March 26", is read by
# _anniversary_years with OPENS_CLAUSE).
_YEARS_AGO_AFTER_DAY = re.compile(r",?[ \t]*$")


def _anniversary_years(sent: str, mentions: list[Mention], resolved: list, tenses: list, published: dt.date,
                       told: dict | None) -> None:
    """Yearless days told with a count of years back from now: after "N years after/since" in a clause of now ("move
    home a year after October 7 massacre" on the 4th of October: the October 7 of a year before, not of three days
    ahead), in the clause an "N years ago" frames ("Thirty-two years ago, a girl returned ... on the afternoon of March
    26", "On April 14th, five years ago, fighters invaded the town", "in the early hours of Feb. 24, one year ago
    today": that year's day; the "years ago" then names no statement of its own, the day told with it). Each such day
    is remembered as told (`told`), for its later yearless tellings."""
    n = len(mentions)
    for i, m in enumerate(mentions):
        v = resolved[i]
        if m.kind not in ("mdy", "dmy") or v is None or v.precision != "day" or v.end_date is not None or \
                not yearless(m) or m.g(f"{m.kind}_mod") or m.g(f"{m.kind}_wd") or m.g(f"{m.kind}_wda"):
            continue
        year = None
        after = _YEARS_AFTER_BEFORE.search(sent, max(0, m.start - 40), m.start)
        if after is not None and tenses[i] in (None, "present") and (count := num_value(after["n"])) is not None:
            target = safe_date(published.year - count, published.month, min(published.day, 28))
            if target is not None:
                year = min((target.year - 1, target.year, target.year + 1),
                           key=lambda y: abs(((safe_date(y, v.date.month, v.date.day) or target) - target).days))
        else:
            for j in (i + 1, 0):
                o = mentions[j] if j < n else None
                w = resolved[j] if o is not None else None
                if o is None or j == i or o.kind != "ago" or w is None or \
                        w.precision != "year" and not (w.precision == "day" and _TODAY_AFTER.match(sent, o.end)) or \
                        not o.text.lower().endswith("ago") or "year" not in o.text.lower():
                    continue
                if j == i + 1 and _YEARS_AGO_AFTER_DAY.fullmatch(sent, m.end, o.start) or \
                        j == 0 and j < i and OPENS_CLAUSE.fullmatch(sent, 0, o.start) and \
                        sent.startswith(",", o.end) and ";" not in sent[o.end:m.start] and \
                        all(k == 0 or mentions[k].kind in ("mdy", "dmy") for k in range(i)):
                    year = w.date.year
                    resolved[j] = None  # (the day carries its year)
                    break
        if year is not None and year != v.date.year and (d := safe_date(year, v.date.month, v.date.day)) is not None \
                and d <= published:
            resolved[i] = DateValue(d, "day")
            if told is not None:
                told.setdefault(_TOLD_DAY_KEY % (d.month, d.day), resolved[i])


# "that fateful December 26", "on that terrible June 5": a day pointed back to, the one remembered.
_THAT_DAY_BEFORE = re.compile(r"\bthat\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _anniversary_day(sent: str, mentions: list[Mention], resolved: list, published: dt.date, told: dict | None,
                     text: str) -> None:
    """In an anniversary's piece (direction.anniversary_count: its opening counts N years back and remembers), a
    yearless day pointed back to with "that" which reads as the paper's own day or the day either side is that day N
    years back: "Twenty years after a tsunami swept across the Indian Ocean, survivors gathered to remember ... the
    immense human cost of that fateful December 26" on 26 December 2024 is 26 December 2004 (the paper's own December
    26 would be "this" or "today"). Only with "that": a day of the commemoration is told in such a piece with the same
    words as the day remembered ("Bells tolled on Sept. 11", "The first plane struck on Sept. 11"). The day is
    remembered as told (`told`), for its later yearless tellings."""
    for i, m in enumerate(mentions):
        v = resolved[i]
        if m.kind not in ("mdy", "dmy") or v is None or v.precision != "day" or v.end_date is not None or \
                not -1 <= (v.date - published).days <= 1 or not yearless(m) or m.g(f"{m.kind}_mod") or \
                m.g(f"{m.kind}_wd") or m.g(f"{m.kind}_wda") or \
                _THAT_DAY_BEFORE.search(sent, max(0, m.start - 24), m.start) is None:
            continue
        count = anniversary_count(text)
        if count is not None and (d := safe_date(v.date.year - count, v.date.month, v.date.day)) is not None:
            resolved[i] = DateValue(d, "day")
            if told is not None:
                told.setdefault(_TOLD_DAY_KEY % (d.month, d.day), resolved[i])


# A day's number right after a bare weekday, the second end of a pair or a range whose first end names its month
# ("Saturday 3 October and Sunday 4", "from Friday, August 19 to Sunday 21"): not a clock's, a score's or more digits.
_DAY_NUMBER_AFTER = re.compile(r"[ \t]+(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)?(?![.:,]?\d)(?![ \t]*(?:%|[ap]\.?m\b))",
                               re.IGNORECASE)


def _with_partners_months(sent: str, mentions: list[Mention], resolved: list) -> None:
    """A weekday's day of the month with no month joined to a date that names its month, as a range's or a pair's
    other end, takes that date's month, or the month next to it across a month's end ("Saturday 31 October and Sunday
    1"), where the day falls on its weekday and on the right side of its partner: the first end (grammar's wdd,
    "from Friday 19 to Sunday 21 August") the partner after it, the second (a bare weekday and a number, "Saturday 3
    October and Sunday 4", "from Friday, August 19 to Sunday 21") the one before it."""
    for i, m in enumerate(mentions):
        if resolved[i] is None:
            continue
        if m.kind == "wdd":
            j, day = i + 1, int(m.g("wdd_d"))
        elif m.kind == "wd" and i and not m.g("wd_mod") and not m.g("wd_part") and \
                (number := _DAY_NUMBER_AFTER.match(sent, m.end)) is not None:
            j, day = i - 1, int(number[1])
        else:
            continue
        if j >= len(mentions) or resolved[j] is None or resolved[j].precision != "day" or \
                mentions[j].kind not in ("mdy", "dmy"):
            continue
        lo, hi = (m.end, mentions[j].start) if j > i else (mentions[j].end, m.start)
        if RANGE_GAP.fullmatch(sent, lo, hi) is None and PAIR_GAP.fullmatch(sent, lo, hi) is None:
            continue
        partner = resolved[j].date if j > i else resolved[j].end_date or resolved[j].date
        weekday = weekday_number(m.g("wdd_wd") if m.kind == "wdd" else m.g("wd"))
        for step in (0, -1 if j > i else 1):
            month = add_months(partner.replace(day=1), step)
            d = safe_date(month.year, month.month, day)
            if d is not None and d.weekday() == weekday and (d < partner if j > i else d > partner):
                resolved[i] = DateValue(d, "day")
                break


# What joins two months of one list: "January and February", "January/ February", "January or February", "June,
# July and August".
_MONTH_LIST_GAP = re.compile(r"\s*(?:/|&|,)?\s*(?:(?:and|or)\s+)?")
_MONTH_LIST_STEP = 3  # (the most months from one listed month to the next read as one stretch)


def _months_listed_in_turn(sent: str, mentions: list[Mention], resolved: list, tenses: list,
                           published: dt.date) -> None:
    """Bare months listed together ("Rain in January and February", "some January/ February rain") are read in turn:
    each after the one before it, the first time its month comes after that one's, as the months of one stretch are
    (each read on its own, a tenseless January may fall ahead of a November paper and February behind it). Only
    months with no word of their own ("last", "next", "early") and no year, listed in the calendar's order a few
    months apart (not "in February and January": the list's order is not the calendar's), in clauses of one tense
    (not "Prices fell in March and April is expected to be calmer": two clauses), and never past the paper in a past
    ("Exports fell in February and March" early in a February: the first month is the one read wrong)."""
    for i in range(len(mentions) - 1):
        m, o, v, w = mentions[i], mentions[i + 1], resolved[i], resolved[i + 1]
        if m.kind != "mo" or o.kind != "mo" or v is None or w is None or v.precision != "month" or \
                w.precision != "month" or v.end_date is not None or w.end_date is not None or \
                m.g("mo_mod") or o.g("mo_mod") or not yearless(m) or not yearless(o) or \
                not 1 <= (w.date.month - v.date.month) % 12 <= _MONTH_LIST_STEP or tenses[i] != tenses[i + 1] or \
                _MONTH_LIST_GAP.fullmatch(sent, m.end, o.start) is None:
            continue
        turn = v.date.replace(month=w.date.month)
        if turn <= v.date:
            turn = turn.replace(year=turn.year + 1)
        if turn != w.date and not (tenses[i] == "past" and turn > published):
            resolved[i + 1] = DateValue(turn, "month")


def _within_one(mentions: list[Mention], at: int) -> bool:
    """Whether `at` falls inside one of the mentions (after its start, up to its end)."""
    for b in mentions:
        if b.start < at <= b.end:
            return True
    return False


def _month_pair_in(sent: str, mentions: list[Mention]) -> bool:
    """Whether two mentions in a row of the sentence make a pair of months (anchors.month_pair_at)."""
    for j in range(len(mentions) - 1):
        if month_pair_at(sent, mentions, j):
            return True
    return False


def _basis(pinned: dict[int, DateValue], offset: int, mentions: list[Mention], resolved: list[DateValue | None],
           i: int) -> DateValue | None:
    """What mention i of a sentence (at `offset`) anchors the others with (_resolve_sentence)."""
    return pinned.get(offset + mentions[i].start, resolved[i]) if pinned else resolved[i]


# A report that tells the sentence's happening, with the day it came out: "according to a joint statement
# issued Friday", "according to the ministry's readout released on Monday", "said in a statement issued Friday".
_ISSUED_REPORT_BEFORE = re.compile(r"\b(?:according\s+to|in)\s+(?:a|an|the|its|their|[\w.-]+['’]s)\s+"
                                   r"(?:[\w'’-]+\s+){0,3}?"
                                   r"(?:statement|report|readout|communiqu[eé]|release|transcript|account|notice)\s+"
                                   # (its source between: "a statement from the ministry issued Friday")
                                   r"(?:(?:from|by|of)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?)?"
                                   r"(?:issued|released|published|posted|put\s+out|sent\s+out)\s+(?:on\s+|late\s+|early\s+)?$",
                                   re.IGNORECASE)


# A photo's credit in a caption: "(Photo : REUTERS/Robert Galbraith)", "(AP Photo/Jane Doe)", "Getty Images".
_PHOTO_CREDIT = re.compile(r"\((?:[^()\n]{0,40}?\b)?(?:Photo|Pool|Getty\s+Images|REUTERS|Reuters/|AFP|AP\s+Photo)\b|"
                           r"\bPhoto\s*:|\bGetty\s+Images\b|\bREUTERS/|\bAP\s+Photo/")
# Every _PHOTO_CREDIT match holds one of these (case-sensitive, as the pattern): the search, which the
# engine enters at every character of a paragraph (one of 5,000 characters costs ~2M instructions), only
# where one is there.
_PHOTO_CREDIT_WORDS = ("Photo", "Pool", "Getty", "REUTERS", "Reuters/", "AFP")


def para_end(text: str, at: int) -> int:
    """Where the paragraph holding `at` ends in `text`."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# How far before the paper's day a full date may lie for a bare weekday after it to restate it.
_RESTATED_WEEKDAY_BACK_DAYS = 42
# A weekday opening its sentence: "On Thursday, ...", "Late Monday, ...", "Thursday, ...".
# A fronted count told from the day just given, before a day of the month: "Days earlier, on", "Two weeks later,
# on", "A week before, on", "Just days after, on" (not "Two days after the vote, on": the count's own anchor).
_COUNTED_SIDE_BEFORE = re.compile(
    rf"[\s\"'“‘(]*(?:(?:just|only|some|about|barely)\s+)?(?:(?:{NUM}|a\s+few|several)\s+)?"
    r"(?:days?|weeks?|months?)\s+(?P<side>earlier|before|later|after)\s*,?\s*(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_COUNTED_SIDE_REACH = 40
# ... the day just given in the sentence right before, no other sentence between ("The firm was founded on 4 April
# 1998. Its shares fell sharply this week. Days earlier, on 6 June, ...": the story has come back to now)
_SENTENCE_TURN = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(]*[A-Z0-9]")


def _nearest_on_side(day: dt.date, anchor: dt.date, before: bool) -> dt.date | None:
    """The day of the month and month of `day` nearest `anchor` on its side (on or before it when
    `before`, else on or after it), within a year of it."""
    for year in (anchor.year, anchor.year - 1) if before else (anchor.year, anchor.year + 1):
        d = safe_date(year, day.month, day.day)
        if d is not None and (d <= anchor if before else d >= anchor):
            return d
    return None


_FRONTED_DAY = re.compile(r"[\s\"'“‘(]*(?:(?:on|late|early|and|but)\s+)*$", re.IGNORECASE)
# A full date where a day was told: a month, its day and its year, with or without its weekday before them
# ("July 1, 2013", "Tuesday, Oct. 8, 2024", "1 July 2013"); not a bare weekday, nor a date without its year,
# which a text writes for days near the paper's ("since his Aug. 2 invasion. On Thursday, ..." is this week's).
_FULL_DATE_AT = re.compile(rf"(?:{WD},?\s+)?(?:{MON}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?|"
                           rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MON}\.?,?)\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _year_ahead(v: DateValue, published: dt.date, within: int) -> DateValue:
    """`v` a year on, when that lies no more than `within` days after `published` (a day or month told of as
    ahead of the telling: the coming one, not last year's); else `v` as it is."""
    ahead = years_on(v, 1)
    return ahead if ahead is not None and (ahead.date - published).days <= within else v




def _weekday_after(m: Mention, day: dt.date) -> dt.date:
    """The first day named like weekday mention `m` after `day` (a week on when `day` is one)."""
    return day + dt.timedelta(days=(WEEKDAYS[m.g("wd").lower()] - day.weekday()) % 7 or 7)


def _other_day(resolved: list[DateValue | None], i: int) -> bool:
    """Whether a mention other than the i-th resolved to a day."""
    return any(k != i and v is not None and v.precision == "day" for k, v in enumerate(resolved))


def _nearest_year(first: dt.date, second: dt.date) -> int:
    """The year, of the one before `first`'s, its own and the one after, that puts `second`'s month
    nearest to `first`'s ("moved the talks to October from November")."""
    return min((first.year - 1, first.year, first.year + 1),
               key=lambda y: abs((y - first.year) * 12 + second.month - first.month))


# Between "today", "yesterday", "tomorrow" (or a part of the day: "tonight", "this evening", "last night") and a day
# set beside it: "today, 14 September", "today (Sept. 14)", "yesterday's Wednesday session", "tomorrow Sunday".
_RELATIVE_DAY_APPOSED = re.compile(r"\s*(?:,|\()?\s*")
# ... not the first of a list of days ("open today, Saturday and Sunday"), nor a day's possessive ("Today,
# Monday's attack was condemned").
_LISTED_NEXT = re.compile(r"\s*,?\s*(?:and|or|,)\s*")


def _last_resolved(mentions, resolved, basis, offset, anchor, n):
    """The running anchors after a sentence's mentions once one of them is dropped."""
    running, running_day, running_at, running_day_at = anchor
    for j in range(n):
        if resolved[j] is not None:
            running, running_at = basis(j), offset + mentions[j].start
            if running.precision == "day":
                running_day, running_day_at = running, running_at
    return running, running_day, running_at, running_day_at


# "the July Fourth holiday weekend", "the July 4th weekend": a holiday's weekend, named by its date.
# A week's label in a schedule's heading, "w/c" or "week commencing" (British: the week that starts
# on the day): "Roadworks (W/C July 18, 2022)".
_WEEK_OF_BEFORE = re.compile(r"(?:\bweek(?:end)?\s+of\s+(?:the\s+)?|\bw/c\.?\s*|\bweek\s+commencing\s+)$",
                             re.IGNORECASE)
# "the second week of November", "the last week in June": one week of the month, which the conventions leave out as
# they leave out its quarters (not "the week of Nov. 6", a day's week: see above; nor "the first two weeks of May",
# half the month, which the demo's gold keys as the month).
_NTH_WEEK_OF_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|final|closing|opening|1st|2nd|3rd|4th|5th)"
                                 r"\s+week\s+(?:of|in)\s+(?:the\s+month\s+of\s+)?$", re.IGNORECASE)
_HOLIDAY_WEEKEND = re.compile(r"\s+(?:holiday\s+)?(?:long\s+)?(?:weekend|break|holidays)\b", re.IGNORECASE)


_OF_GAP = re.compile(r"\s+of\s+")
# Between the days of a list or a range a year after the last one places: "July 3 and July 4", "Nov 3 to Nov 20".
_DAYS_JOINED = re.compile(r"\s*,?\s*(?:and|or|to|through|until|till|[-–,])\s*", re.IGNORECASE)
# A determiner before a span of years: the span names a thing ("the 2008-10 slump", "its 1991-93 run").
_SPAN_NAME_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|every|each|"
                               r"whose)|['’]s)\s+$", re.IGNORECASE)
# ... or a noun right after it: the span modifies it ("the 1998-2001 tenure", "1995-98 figures"); not a conjunction,
# a preposition, an adverb or a pronoun opening what follows ("in 1971-73 and 1975-79", "in 1991-93 when", "in
# 1998-2001 despite heavy investment", "in 1995-97 alone").
_SPAN_MODIFIES = re.compile(r"\s+(?!(?:and|or|but|nor|to|in|on|at|for|with|when|while|as|before|after|until|by|from|"
                            r"of|under|over|during|than|then|the|a|an|he|she|it|they|we|who|which|that|respectively|"
                            r"despite|because|alone|only|again|amid|among|without|through|due|thanks|except|including|"
                            r"following|since|into|across|against|around|per|via|where|if|so|yet|too|also|[a-z]+ly)\b)"
                            r"[a-z]")
_COMMA_GAP = re.compile(r",\s*")
_YEAR_APPOSITION_END = re.compile(r"\s*(?:[,.;:!?)\]”\"]|$)")
# "on Sept. 10 last year", "by June 30 next year": a year right after a yearless day, with no "of".
_BARE_YEAR_AFTER_DAY = re.compile(r"(?:last|this|next)\s+year", re.IGNORECASE)
# "last year on Sept. 10", "Last year, on March 3,": the same year just before the day.
_ON_GAP = re.compile(r",?\s+on\s+", re.IGNORECASE)

# "I look forward to", "we are looking forward to", "looks forward to", "looking ahead to" (a present of looking
# ahead; not "looked", nor "was/were looking"), with what is looked forward to after it up to the date, in one clause.
_LOOK_FORWARD_TO = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)\blook(?:s|ing)?\s+(?:forward|ahead)\s+to\b"
                              r"(?P<rest>[^.;:!?]{0,80})$", re.IGNORECASE)
# ... the date the looked-to thing's own: no participle, relative or clause between that tells something else's
# time ("building on what we achieved in March", "the tests carried out in April", "the report the council
# published in February", "the season after a great win in April": rv24's rows; not "children", "garden", "red").
# (The caller also asks for no comma between, and no past from "to" to the end of the clause: "the summit,
# though sales fell in March".)
_LOOKED_TO_OTHER = re.compile(r"\b(?:(?!(?:children|garden|women|men|kitchen|seven|eleven|heaven|hundred|need|seed|"
                              r"speed|feed|bed|red)\b)(?-i:[a-z]+(?:ed|en))|after|since|before|that|which|who|whom|"
                              r"what|when|where|"
                              r"held|won|built|made|done|run|set|put|cut|told|sold|paid|bought|brought|taught|"
                              r"thought|lost|left|kept|met|led|began|begun|gave|took|went|gone|came|wrote|written|"
                              r"spent|achieved)\b", re.IGNORECASE)
# A month between an owner's determiner and a court's done outcome of one's own: "their June convictions", "his March
# arrest" (not a victory or a resignation, which may be foretold: "confident of its November victory").
_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|its)\s+$", re.IGNORECASE)
_DONE_OUTCOME_AFTER = re.compile(r"\s+(?:convictions?|acquittals?|arrests?|indictments?|guilty\s+pleas?)\b",
                                 re.IGNORECASE)
# The object of "await"/"wait for" (not "awaited"), the date its own attributive: "await the November 17 election",
# "awaiting the outcome of the March 3 vote", "waits for the June ruling".
_AWAITED_DATE = re.compile(r"\b(?:await(?:s|ing)?|wait(?:s|ing)?\s+for)\s+(?:the\s+(?:outcome|outcomes|result|results|"
                           r"verdict|end|start)\s+of\s+)?(?:the|a|an|this|its|his|her|their)\s+$", re.IGNORECASE)
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ing)\b[^.;:]{0,60}?\bto\s+(?:the|a|an|this|next|its|his|her|their)\b"
                         r"[^.;:,]{0,50}?\s+in\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)


# A scheduled happening's possessive after "for" (FOR_BEFORE, COMING_HAPPENING), after a verb of getting
# ready for it or going to it, in the clause of the day before: "Tickets went
# on sale Monday for", "Fans lined up Monday for", "The team arrived Tuesday for" (not a verb of judging
# what one did: "was suspended Monday for Saturday's match", "praised the team Monday for", nor of
# naming, nor picking or selecting a person: "named Smith player of the week Wednesday for Monday's game",
# "Voters selected Jones Wednesday for Monday's performance"; "picked his lineup" readies).
_READIES_FOR = re.compile(r"\b(?:on\s+sale|lined\s+up|queued|camped\s+out|arrived|travell?ed|flew\s+(?:in|to)|landed|"
                          r"departed|prepared|trained|practi[cs]ed|rehearsed|registered|signed\s+up|bought|booked|"
                          r"reserved|sold|(?:picked|selected)(?!\s+(?-i:[A-Z]))|gathered|warmed\s+up|geared\s+up|checked\s+in)\b",
                          re.IGNORECASE)
# ... or the readying verb before the day told first: "Residents braced Monday for Tuesday's storm".
_BRACED_BEFORE = re.compile(r"\b(?:brac(?:e|es|ed|ing)|stock(?:s|ed|ing)?\s+up|prepar(?:e|es|ed|ing)|"
                            r"read(?:ied|ies|ying)|gear(?:s|ed|ing)?\s+up)\b(?:\s+[\w'’-]+){0,3}?\s*$", re.IGNORECASE)
_AHEAD_OF_OTHER_CUT = re.compile(r"[.;:!?()\"“”—–]|\b(?:after|since|because|but|though|although|which|who|when|"
                                 r"until|if|despite|following)\b", re.IGNORECASE)


# A present of lasting right before a weekday run: "continues Thursday through Sunday", "lasts from
# Friday to Sunday" (not after "to" or a modal, nor a past: "continued"; a schedule's "runs from Monday
# to Friday" is the coming run, as its verb reads).
# A relative clause's opening right before the verb of lasting (", which lasts Friday through Sunday,")
# and, after the run, its close and a past main verb (", drew 20,000 people"): the run is gone by.
_LASTING_RELATIVE = re.compile(r",\s*(?:which|that)\s+$", re.IGNORECASE)
_PAST_MAIN_AFTER_ASIDE = re.compile(
    r"\s*,\s*(?:also\s+|still\s+)?(?:[a-z]+ed|drew|won|saw|ran|sold|brought|fell|rose|made|took|had|was|were|got|"
    r"drove|left|became|began|came|went|hit|cost|raised|lost|held|met|paid|spent|grew|gave|kept)\b")
_LASTING_BEFORE = re.compile(r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bdid\s)"
                             r"\b(?:continues|lasts|goes\s+on|carries\s+on)\s+(?:from\s+)?$",
                             re.IGNORECASE)


# A photo agency's caption opens with its dateline, the place in capitals and a spaced dash before
# the date and a colon after it ("SAN FRANCISCO, CA - OCTOBER 27: (L-R) Plaintiffs attend ... on
# October 27, 2011 in San Francisco"): the photo's day, which the caption restates with its year.
_CAPTION_DATELINE = re.compile(r"\W*[A-Z][A-Z.'’ ]{1,30}(?:,\s*[A-Z][A-Za-z.'’ ]{1,30}){0,2}\s+[-–—]\s+")


# A weather record kept for a calendar month or day: "a record daily rainfall for September", "the
# rainfall record for April 10", "the record high for the month of July" (not "record sales for
# September", that September's sales).
_RECORD_FOR_BEFORE = re.compile(r"\b(?:record\s+(?:[\w-]+\s+){0,2}?(?:daily|single-day|one-day|high|low|rainfall|rain|"
                                r"snowfall|snow|temperature|heat|cold|precipitation)|(?:daily|single-day|one-day|"
                                r"rainfall|snowfall|temperature|precipitation|high|low)\s+record)s?\s+"
                                r"for\s+(?:the\s+month\s+of\s+)?$|"
                                # "the record for a June day", "the record for a May bank holiday": any such one's
                                r"\brecords?\s+for\s+an?\s+$", re.IGNORECASE)
# (a match spans its window's last 8 words at most, "record ... high for the month of": fastpath.search_last_words)


# A month naming a kind of day or a record kept for every such month, not the month told: right after "a"/"an", a
# month's bank or public holiday ("an August bank holiday high", "the record for a May bank holiday"; not a
# copula's "It was an August bank holiday to forget", nor "a wet August bank holiday", the one told); after a
# record's holder gone by ("previous", "former", "old", "all-time", a superlative or "best" after it), the month's
# record, high, low or temperatures, a holiday or a day between ("the previous best late August bank holiday
# temperatures", "The old June record", "the previous September high"). Not "the August bank holiday" (that year's
# holiday, whose month it is), "a record October", "its highest September temperature since 1949" (this
# September's), "last August's record".
_A_MONTH_HOLIDAY_BEFORE = re.compile(r"(?<!\bwas\s)(?<!\bis\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)\b(?:a|an)\s+$",
                                     re.IGNORECASE)
_RECORD_WORDS = r"(?:highs?|lows?|records?|temperatures?|maxim(?:um|a)|minim(?:um|a))\b"
# (the holiday's own high or record: not "an August bank holiday heatwave", "... of sunshine"; a record "for" it is
# _RECORD_FOR_BEFORE's)
_MONTH_HOLIDAY_AFTER = re.compile(r"\s+(?:bank|public)\s+holidays?(?:\s+(?:weekend|Monday))?\s+" + _RECORD_WORDS,
                                  re.IGNORECASE)
# ("all-time" only after "the": "an all-time December high" is this December's)
_RECORD_HOLDER_BEFORE = re.compile(r"\b(?:previous|former|old|the\s+all-time)\s+"
                                   r"(?:(?:best|highest|lowest|hottest|warmest|"
                                   r"coldest|coolest|wettest|driest|record)\s+)?$", re.IGNORECASE)
_MONTH_RECORD_AFTER = re.compile(r"(?:\s+(?:bank|public)\s+holiday(?:\s+(?:weekend|Monday))?|\s+(?:day|night|weekend))?"
                                 r"\s+" + _RECORD_WORDS, re.IGNORECASE)


def month_names_a_kind(sent: str, m: Mention) -> bool:
    """Whether bare month `m` (no "last"/"this"/"next") names a kind of holiday after "a"/"an" or a record kept
    for every such month after its holder gone by (_A_MONTH_HOLIDAY_BEFORE, _RECORD_HOLDER_BEFORE)."""
    if (m.g("mo_mod") or "").lower() in ("last", "this", "next"):
        return False
    if _MONTH_HOLIDAY_AFTER.match(sent, m.end) and _A_MONTH_HOLIDAY_BEFORE.search(sent, max(0, m.start - 20), m.start):
        return True
    return _MONTH_RECORD_AFTER.match(sent, m.end) is not None and \
        _RECORD_HOLDER_BEFORE.search(sent, max(0, m.start - 30), m.start) is not None


# ... and a month before a weather measure kept as a record: "break the record for all-time October
# rainfall", "the all-time October rainfall record" (not "the October rainfall so far" nor "saw record
# October rainfall", this October's; nor "the wettest October on record").
_RECORD_MONTH_MEASURE = re.compile(r"\s+(?:rainfall|rain|snowfall|snow|precipitation|temperatures?|heat|cold)\b",
                                   re.IGNORECASE)
_RECORD_MONTH_BEFORE = re.compile(r"\brecords?\s+for\s+(?:(?:the\s+)?all-time\s+)?$",
                                  re.IGNORECASE)
_MEASURE_RECORD_AFTER = re.compile(r"\s+\w+\s+(?:total\s+)?records?\b", re.IGNORECASE)


# A day named by a name or by what happens on it right before "and"/"or" and "the following day", "the
# day after" ...: "Eid day, and", "polling day and" (not a day counted in the text's run of days: "the
# first day and the next day", "That day and the following day").
_DAY_LISTED_BEFORE = re.compile(r"(?P<name>\b(?!(?:First|Second|Third|Last|Final|Opening|Closing|Same|That|This|Each|"
                                r"Every|Next|One|Another|The)\b)[A-Z][\w'’-]*|\b(?:polling|election|voting|match|"
                                r"game|race|market))\s+(?P<day>[Dd]ay),?\s+(?:and|or)\s+$")
# ... unless the text's last day is that day's happening's, its sentence naming it ("Voters went to the polls
# on Sunday. Alcohol sales were banned on polling day and the day after"; "marked Eid al-Adha on Sunday").
_VOTE_WORDS = r"poll|vote|voting|election|ballot"
_GAME_WORDS = r"match|game|final|fixture|derby"
_NAMED_DAY_WORDS = {"polling": _VOTE_WORDS, "election": _VOTE_WORDS, "voting": _VOTE_WORDS, "match": _GAME_WORDS,
                    "game": _GAME_WORDS}


def _named_day_told_at(name: str, text: str, at: int) -> bool:
    """Whether the sentence of the text around `at` names the happening of the day called `name`."""
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    hi = text.find(". ", at)
    words = _NAMED_DAY_WORDS.get(name.lower(), re.escape(name))
    return re.search(rf"\b(?:{words})", text[lo:len(text) if hi < 0 else hi], re.IGNORECASE) is not None


_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)


# "as in 2019", "than in 2019", "like in 2019": a year named in passing, the text stays on its day.
# So is one of a comparison told with its own verb: "as it did in 2019", "as happened in 2019".
_IN_PASSING = re.compile(r"\b(?:as|than|like|unlike)\s+(?:(?:it|they|he|she|we|this|that|one)\s+)?"
                         r"(?:(?:did|does|was|were|had|has|happened|occurred)\s+)?(?:in\s+)?$", re.IGNORECASE)
# A day given this early in a text is its lead's: the day of the article's news.
_LEAD_CHARS = 400
# "The vote comes ...", "This ruling came ...": the news the sentence opens with, named again.
_DEFINITE_NEWS = re.compile(r"\s*(?:(?:The|This|That|Its|Their|His|Her)\s+(?P<subj>(?:[\w-]+\s+){1,3}?)|"
                            r"(?:It|This|That)\s+)(?:comes?|came)\s+")
# Between a day and a count of days away, the cut of another clause: ", and the show is ...", "; ...".
_ANOTHER_CLAUSE = re.compile(r"[,;]?\s+(?:and|but|while|whereas)\s+(?:the|a|an|its|their|his|her)\b|;")
# Between a day and a count set in apposition to it ("on Jan. 18, a day after the murders",
# "on Monday -- two days after the vote", "on Monday (two days after the vote)").
_APPOSED_GAP = re.compile(r"\s*(?:,|--|[—–(])\s*")


# "two to three days ago", "one or two days ago": the first count of a loose pair.
# (Not a dash with spaces: "Thursday, July 11 – just four days before the convention".)
_LOOSE_COUNT_BEFORE = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
                                 r"(?:\s+(?:to|or)\s+|[-–])$", re.IGNORECASE)


def _loose_count_before(sent: str, at: int) -> bool:
    """_LOOSE_COUNT_BEFORE.search(sent, at - 16, at), tried only where the window ends as a match must: with
    "to" or "or" and whitespace, or with a dash (maybe before a last line break, where "$" matches too). Most
    counts of days ago end otherwise ("three days ago": the window ends with a word and its space), and the
    regex, entered at each of the window's characters, is skipped (~30,000 instructions a mention)."""
    lo = at - 16 if at > 16 else 0
    return (sent.endswith(_DASH_ENDS, lo, at) or ends_with_word(sent[lo:at], ("to", "or"))) and \
        _LOOSE_COUNT_BEFORE.search(sent, lo, at) is not None


_DASH_ENDS = ("-", "–", "-\n", "–\n")


# A "when" clause right after a year, with a yearless day in it: "the low of 2014, when it was
# 25% of normal on April 1", "the peak of 2014, when it closed at $20 on April 1".
_WHEN_OF_YEAR = re.compile(r"\s*,\s*when\s+[^,.;:!?\d]{0,60}?"
                           r"(?:[$£€]?\d+(?:[.,]\d+)*\s*(?:%|percent)?[^,.;:!?\d]{0,40}?)?\b(?:on|by)\s+",
                           re.IGNORECASE)
_YEARS_JOINED = re.compile(r"\s*(?:,|and|or|&)\s*", re.IGNORECASE)
# "is held every year in May", "held in May each year", "floods annually in April": each year's too,
# but only beside the month: elsewhere they say how often something else comes round ("draws
# thousands every year, was cancelled on Sunday", "killed every year ..., officials said Tuesday").
_EACH_YEAR_BEFORE = re.compile(r"\b(?:(?:every|each)\s+year|annually)\s+in\s+(?:(?:early|late|mid)[\s-]+)?$",
                               re.IGNORECASE)
# A yearless date this close after a month or day of an earlier year (at most so many characters on, that
# date at least so many days before the paper's, its year written there) continues the story told there (not
# a yearless date read into last year: "Shares fell on Aug. 4; the vote is set for Aug. 6").
_STORY_MONTH_REACH = 300
_YEARLESS_KINDS = frozenset(("mo", "mdy", "dmy"))
_NOW_AGAIN = re.compile(r"\b(?:this\s+(?:year|spring|summer|autumn|fall|winter|month|week)|anniversary|again|"
                        r"now|today)\b", re.IGNORECASE)
# ... the time of its clause, after its preposition ("in March 2020", "on Jan. 19, 2020"), not a noun's ("the
# August 1988 cease-fire") nor a figure's yardstick ("a 5.8 percent jump over December 2018").
_STORY_TIME_BEFORE = re.compile(r"\b(?:in|on|during|(?:set|scheduled|planned|slated)\s+for)\s+"
                                r"(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|shall|won['’]t)\b|['’]ll\b", re.IGNORECASE)
# "will" or a plan's "is due/set/scheduled/expected to", "is to", "plans to" (the plain words of tense._FUTURE's
# strong and planned futures): a clause told ahead.
# (_WILL's words, then the plan's)
_TOLD_AHEAD = re.compile(_WILL.pattern + r"|\b(?:(?:is|are)\s+(?:due|set|scheduled|expected|slated)\s+to|"
                                         r"(?:is|are)\s+to|plans?\s+to)\b", re.IGNORECASE)
_WILL_REACH = 120  # (how far after a timeline entry's day its clause's "will" may stand: a clause, not the next entry)
_STORY_BACK_DAYS = 60
# How far back the year "that year" points to may have been told: it names the year the text told last, however many
# sentences of that year's story lie between.
_THAT_YEAR_REACH = 2000


def _year_named_after(sent: str, m: Mention, nxt: Mention, published: dt.date, offset: int,
                      running: DateValue | None, running_at: int | None, that_year: bool = True) -> int | None:
    """The year a month or a month's day `m` is placed in by the year named right after it (mention `nxt`), or
    None: "that year", "the same year" is the year the text told last (`running`, told at `running_at`, within
    _THAT_YEAR_REACH; only when `that_year`: a month with its own "early"/"late" is left to its clause); "the
    previous/following/next year" counts from that year, or from the publication's when none is told."""
    if that_year and running is not None and running_at is not None and offset - running_at <= _THAT_YEAR_REACH and \
            that_year_after(sent, m, nxt):
        return running.date.year
    if (step := year_counted_after(sent, m, nxt)) is not None:
        return (running.date.year if running is not None else published.year) + step
    return None


# A saying before the "will", governing it (no comma between: not "The king, who has confirmed his visit, will lay a
# wreath"): what follows is what was said that day ("WHO announced that ... will be known", "Trump announces he will
# free up $50 billion", "Officials say teachers will be vaccinated first", "Networks project that Biden will win").
_SAYING_BEFORE_WILL = re.compile(r"\b(?:announce[sd]?|sa(?:y|ys|id)|declare[sd]?|confirm(?:s|ed)?|state[sd]?|"
                                 r"warn(?:s|ed)?|report(?:s|ed)?|reveal(?:s|ed)?|rule[sd]?|decide[sd]?|agree[sd]?|"
                                 r"tell|tells|told|project(?:s|ed)?|predict(?:s|ed)?)\b", re.IGNORECASE)
# "then" as "at that time" before the date: "were then scheduled", "then due to", not "since then", "until
# then", "by then", "and then", "then-President".
_THEN_AT_THAT_TIME = re.compile(r"\b(?:was|were|had|had\s+been|is|are)\s+then\s+(?:scheduled|due|set|planned|"
                                r"expected|slated|going)\b", re.IGNORECASE)


def told_then(sent: str, m: Mention) -> bool:
    """Is the date's clause told at the time the text has just named ("were then scheduled to ...")?"""
    return _THEN_AT_THAT_TIME.search(sent, 0, m.start) is not None


# The kinds of mention that may date a saying told at another time (reported_time).
_FRAME_KINDS = frozenset(("yr", "my", "mdy", "dmy"))

# "a day before <a happening> begins": _a_day_before_it_begins.
_BEGINS_AFTER = re.compile(r"\s+(?:the|a|an|its|their|this|next)\s+(?:(?!(?:is|was|were|will|would|has|had|have|did|"
                           r"and|but|when|which|who)\b)[\w'’-]+\s+){0,8}?(?:begins|opens|starts|convenes|resumes|"
                           r"kicks\s+off|gets\s+under\s*way)\s*(?:[.;!?]|$)", re.IGNORECASE)


def _a_day_before_it_begins(sent: str, m: Mention) -> bool:
    """Is "ago" mention `m` "a day before" (one day) with, after it, a happening that begins in the present at the
    clause's end ("a day before the annual session of parliament begins.")?"""
    return (m.g("ago_n") or "").lower() in ("a", "one", "1") and (m.g("ago_unit") or "").lower() == "day" and \
        m.g("ago_dir").lower() == "before" and not m.g("ago_q") and _BEGINS_AFTER.match(sent, m.end) is not None


# Two sentences of prose, each ending its line or followed by another: an introduction's paragraph, not a
# headline's, a caption's or a by-line's line.
_PROSE_SENTENCE_END = re.compile(r"[a-z][.!?][\"”’']?(?:[ \t]+[A-Z]|[ \t]*\n)")
# ... that speaks of the page or of what it reprints, not of the story's happening (a wire story's own deck, "Iran
# rejected the offer today. Diplomats were dismayed.", "Stories of survival emerged today. ...", is the story's): "Here
# are the articles ...", "Below is the story as it ran", "the story ran on the front page four years ago".
_REPRINT_WORDS = re.compile(r"\b(?:here\s+(?:are|is)|below\s+(?:are|is)|reprint(?:s|ed)?|as\s+it\s+ran|front\s+page|"
                            r"(?:this|the|these|those)\s+(?:stor(?:y|ies)|articles?)\s+(?:ran|appeared|(?:was|were)\s+"
                            r"(?:published|printed))|(?:years|months)\s+ago|this\s+(?:post|blog|page))\b",
                            re.IGNORECASE)


def _prose_above(text: str, at: int) -> bool:
    """Whether the text above `at` holds a paragraph of prose (two sentences or more ending in a lower-case word)
    that speaks of the page or of what it reprints (_REPRINT_WORDS)."""
    found = _PROSE_SENTENCE_END.search(text, 0, at)
    return found is not None and _PROSE_SENTENCE_END.search(text, found.end(), at) is not None and \
        _REPRINT_WORDS.search(text, 0, at) is not None


# A wire dateline opening a line after other text: "HEGANG, China (AP) — ", "SEOUL, March 14 (Yonhap) -- ".
_STORY_DATELINE = re.compile(r"\n[ \t]*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
                             r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([^()\n]{2,40}\)\s*(?:—|–|--|-)\s")
_STORY_DATELINE_WITHIN = 1500


def _story_dateline_at(text: str) -> int | None:
    """Where a wire dateline opens a line of the text's head after other lines (a caption's, a headline's), or
    None."""
    if "(" not in text[:_STORY_DATELINE_WITHIN]:
        return None
    found = _STORY_DATELINE.search(text, 0, _STORY_DATELINE_WITHIN)
    return found.start() + 1 if found is not None and text[:found.start()].strip() else None

# "the previous year", "the following year", "the year before", "that year": a year counted from another. When the
# running anchor is a day of the paper's week that dates a saying ("China's surplus reached $177 billion in 2006,
# customs said Wednesday"), the year the text tells of is the one named in that day's own sentence before it: a
# writer counting from the present says "last year". (Not a year of another sentence: "In 2019 the firm was founded.
# On Monday it said sales rose from the previous year" counts from now.)
_COUNTED_YEAR_RELS = frozenset(("the previous", "the following", "the next", "that", "the same"))
_NAMED_YEAR = re.compile(r"(?<![\d$£€.,/-])(?:19|20)\d\d(?![\d%])")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")


# A clause of figures that a year dates, "<figures> <changed> ... in <year>": "Sales rose 4 percent in 2023",
# "Net profit fell sharply in 2023" (not "The firm was founded in 1998").
_FIGURES_IN_YEAR = re.compile(r"\b(?:sales|profits?|revenues?|earnings|income|output|exports|imports|production|"
                              r"shipments|turnover|growth|loss(?:es)?|deliveries|orders|demand|spending|prices)\b"
                              r"[^.;:!?]*\b(?:rose|fell|grew|climbed|dropped|declined|increased|decreased|jumped|"
                              r"slumped|doubled|tripled|surged|slipped|soared|plunged|tumbled|gained|shrank|"
                              r"contracted|expanded|reached|totall?ed|hit|was|were)\b[^.;:!?,]*\bin\s+$",
                              re.IGNORECASE)


def _figures_year_before(m: Mention, text: str, offset: int, running: DateValue, running_at: int,
                         published: dt.date) -> int | None:
    """The year a quarter `m` with no year of its own ("the third quarter", "the June quarter", "Q3") is of when the
    sentence right before tells figures of a year gone by (_FIGURES_IN_YEAR) and dates nothing after it: that year;
    None otherwise (a fiscal quarter's months are its company's)."""
    if m.g("qtr_y") or m.g("qtr_rel") or m.g("qtr_fy") or m.g("qtr_fq") or m.g("qtr_months") or \
            running.precision != "year" or running.end_date is not None or running.date.year >= published.year or \
            not 0 < offset - running_at <= 300 or \
            len(_SENTENCE_BREAK.findall(text, running_at, offset + 1)) != 1:
        return None
    start = max(text.rfind(". ", 0, running_at), text.rfind("\n", 0, running_at)) + 1
    return running.date.year if _FIGURES_IN_YEAR.search(text, start, running_at) else None


def _year_told_with_the_day(m: Mention, text: str, day_at: int | None, published: dt.date) -> DateValue | None:
    """The year named before the running day `day_at` in that day's sentence, when `m` ("the previous year")
    counts a year from another and that day is the paper's present; None otherwise."""
    if day_at is None or m.g("ru_unit").lower() != "year":
        return None
    rel = " ".join(m.g("ru_rel").lower().split())
    if rel not in _COUNTED_YEAR_RELS and not (rel == "the" and m.g("ru_ba")):
        return None
    lo = max(0, day_at - 300)
    last = None
    for found in _NAMED_YEAR.finditer(text, lo, day_at):
        last = found
    if last is None or int(last.group()) == published.year or _SENTENCE_BREAK.search(text, last.end(), day_at):
        return None
    # Only a year the day's report tells of: "reached $177 billion in 2006, customs said Wednesday", "reported its
    # 2006 results on Wednesday"; not a year in an aside or of another time ("The company, founded in 1998, said
    # Tuesday", "which peaked in 2018, ...", "aims to double sales by 2030", "runs to 2030").
    before = text[last.start() - 5 if last.start() > 5 else 0:last.start()].lower()
    if not (before.endswith(" in ") and _SAID_AFTER_TOLD_YEAR.match(text, last.end(), day_at) or
            before.endswith((" its ", "heir ", " the ")) and "," not in text[last.end():day_at]):
        return None
    return DateValue(dt.date(int(last.group()), 1, 1), "year")


# ", customs said ", ", officials said on ": the saying whose day follows, its subject of one to six words.
_SAID_AFTER_TOLD_YEAR = re.compile(r",\s+(?:[\w.'’-]+\s+){1,6}(?:said|says|reported|announced|told\s+[\w.'’-]+)"
                                   r"(?:\s+on)?\s+$", re.IGNORECASE)
# ... and of the words it may move: those that count from now.
_COUNTS_FROM_NOW = frozenset(("rd", "ru", "wd", "ago"))
# "on a Friday": some week's day, which a bare weekday after it in the sentence is counted from.
# Only a day that ends a stretch from it ("by", "until", "through", "before"), not one the sentence tells
# of itself ("The vote, held on a Sunday for once, drew crowds, officials said Tuesday").
# In one conjoined predicate: no other clause between ("..., but this week he must wait until Monday"), nor an
# aside closed by its comma ("The election, held on a Sunday for the first time, was certified by Tuesday").
_INDEFINITE_WD_BEFORE = re.compile(rf"\b(?:on|by|of)\s+a\s+{WD}(?![\w'’-])"
                                   r"(?:(?!\bbut\b|\bthis\s+week\b|\bnow\b)(?:[^;,]|,(?=\s+and\b)))*"
                                   r"\b(?:by|until|till|through|before)\s+$", re.IGNORECASE)
# "... Friday and Monday for the Easter holiday": a holiday given as the reason for days already named.
_FOR_THE_BEFORE = re.compile(r"\bfor\s+the\s+$", re.IGNORECASE)
_HOLIDAY_AFTER = re.compile(r"\s+holidays?\b", re.IGNORECASE)
_EACH_YEAR_ON_BEFORE = re.compile(r"\b(?:(?:every|each)\s+year|annually)\s+(?:on|at|around|for)\s+(?:the\s+)?$",
                                  re.IGNORECASE)


# A yearless range of days read in the year of a caption's day told before it (_range_of_day_told): at most three
# months long (92 days, the longest three months in a row), as an exercise's or a show's run is.
_DAY_RANGE_SPAN = 92
# (a caption's day told, three years back at most; a coming or commemorating range's words)
_CAPTION_BACK_DAYS = 3 * 366
_COMING_OR_COMMEMORATED = re.compile(r"\b(?:will|shall|'ll|to\s+be|this\s+year|next|coming|upcoming|anniversar\w*|"
                                     r"centennial|centenary|bicentennial|sesquicentennial|jubilee|memorial|remembrance|"
                                     r"commemorat\w*|tribute|mark(?:s|ing)?)\b|\d+(?:st|nd|rd|th)[ -]anniversary",
                                     re.IGNORECASE)


def _range_of_day_told(sent: str, mentions: list[Mention], resolved: list, told: dt.date) -> None:
    """A yearless range of days (RANGE_GAP between its ends, at most _DAY_RANGE_SPAN long) whose span holds the day
    `told`, read in another year: of the day told's year. "An Army paratrooper ... in Hohenfels, Germany, Sept. 13,
    2022. The exercise, which runs from Aug. 29 to Sept. 20, assesses ...": the caption's exercise of 2022, not the
    coming one. (Not a range that would not hold the day: "The mine flooded on Feb. 3, 2022. It reopens from May 2 to
    May 9" keeps its reading.) The caller checks the rest: `told` is the full date told last, at most
    _STORY_MONTH_REACH characters before the sentence and right after a comma (a caption's, after its place), more
    than _STORY_BACK_DAYS and at most _CAPTION_BACK_DAYS before the paper; and the sentence holds no
    _COMING_OR_COMMEMORATED word."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if not (a.kind in ("mdy", "dmy") and b.kind in ("mdy", "dmy") and resolved[i] is not None and
                resolved[i + 1] is not None and resolved[i].precision == "day" and
                resolved[i + 1].precision == "day" and resolved[i].date.year != told.year and
                yearless(a) and yearless(b) and RANGE_GAP.fullmatch(sent, a.end, b.start)):
            continue
        start = safe_date(told.year, resolved[i].date.month, resolved[i].date.day)
        end = safe_date(told.year, resolved[i + 1].date.month, resolved[i + 1].date.day)
        if start is None or end is None:
            continue
        if end < start:  # a range over a new year: "from Dec. 20 to Jan. 10" about Jan. 2 or Dec. 28
            if told >= start:
                end = safe_date(told.year + 1, end.month, end.day)
            else:
                start = safe_date(told.year - 1, start.month, start.day)
            if start is None or end is None:
                continue
        if start <= told <= end and (end - start).days <= _DAY_RANGE_SPAN:
            resolved[i], resolved[i + 1] = DateValue(start, "day"), DateValue(end, "day")


# "to October from November": a move between two months, written backwards.
_FROM_GAP = re.compile(r"\s+from\s+")
# A day and the next joined as two of one list, with no words of their own between ("Aug. 18 and Aug. 31, 2019").
_YEAR_SHARED_GAP = re.compile(r"\s*,?\s*(?:and|or|&)\s+(?:on\s+)?", re.IGNORECASE)
# ... or by a comma to the next item of such a list ("on Jan. 5, Feb. 9 and March 2, 2020").
_LIST_COMMA_GAP = re.compile(r"\s*,\s*(?:on\s+)?", re.IGNORECASE)
# A singular verb right after the dated day: the day opens a clause of its own ("and Oct. 19, 1987 is still the
# worst"; a plural's is the list's subject's: "Results for the halves ended Dec. 31 and June 30, 2019 were ...");
# so does any verb or modal with no comma before it after a clause with its own verb ("dropped on March 30 and
# March 16, 2020 saw a bigger fall"; not the list's subject's: "Rallies on 18 May and 2 June 2019 blocked ...").
_OWN_CLAUSE_VERB_AFTER = re.compile(r"\s*,?\s+(?:is|was|remains|remained|marks|marked|stands|stood|became|becomes|has|"
                                    r"ranks)\b", re.IGNORECASE)
_WORD_AFTER_DAY = re.compile(r"\s+([\w'’-]+)")
_PLURAL_VERB = re.compile(r"were|are|have|do", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$")
# "said in December that ... in January": a saying dated by its month, and what it said.
_SAID_IN_BEFORE = re.compile(r"\b(?:said|announced|stated|reported|warned|pledged|promised|agreed|decided|"
                             r"told\s+[\w'’]+)\s+(?:earlier\s+|late\s+|early\s+)?in\s+$", re.IGNORECASE)
_SAID_THAT_GAP = re.compile(r"\s+that\s+[^,;:()“”\"]{1,100}")


# A told vote day stands for the article's own vote only this near its publication (days).
_TOLD_WITHIN = 183
# An infinitive or a modal between a past verb and "before <holiday>": a plan's or an urging's deadline.
_PLAN_BEFORE_HOLIDAY = re.compile(r"\b(?:to\s+[a-z]+|would|will|could|should|must|might)\b", re.IGNORECASE)
# `told`'s key for the day of an election told as held ("The runoff election took place Tuesday, April 4"):
# no mention's vote_day_key (those are words), read for an "Election Day" the text has not dated otherwise.
HELD_ELECTION_DAY = "(held)"
# A month right after "Election Day": "Election Day in November", "Election Day, November 7" is the one it names.
_MONTH_AFTER_HELD = re.compile(rf"\s*,?\s*(?:in\s+|on\s+)?(?:{MON})\b", re.IGNORECASE)


# The US holiday is written "Election Day"; with a lower-case "day" the words are a common noun,
# the day of whichever vote the text is about ("Election day passed with hardly any incidents").
_COMMON_ELECTION_DAY = re.compile(r"(?i:election)\s+day")
# "the Election Day" with no noun after it ("open on the Election Day and ..."): the text's own vote when the
# US holiday read for it lies more than _US_ELECTION_DAY_NEAR days before the paper's day (one ahead, "preparing
# for long lines on the Election Day" in a June paper, is the coming US vote).
_ELECTION_DAY_WORDS = re.compile(r"(?i:election\s+day)")
_US_ELECTION_DAY_NEAR = 120
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_IT_WAS_BEFORE = re.compile(r"\b(?:[Ii]t\s+(?:was|is)|[Ii]t['’]s)\s+$")
# No noun after the named day: a stop, or a preposition or a conjunction opening what follows.
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|or|but|in|at|on|of|when|as|with|for|to|from|by|"
                            r"across|after|before|amid|while|where|which|that|is|was|were|are|will|has|had|passed|went)\b")
# An update's label with its weekday at the head of a line: "Tuesday Update:", "UPDATE Tuesday 5 p.m.:",
# "Update (Monday):".
_UPDATE_LABEL = re.compile(r"\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\s+updates?\b|updates?\b[\s,(]*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[\s,)]*"
                           r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?)?)\s*[:—–|]", re.IGNORECASE)
