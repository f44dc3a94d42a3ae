"""Quotes and sayings: the day a quoted "today" or "tomorrow" was said, whether a date stands
inside a quotation, and what a saying dated last year or on an earlier day tells ahead of itself."""
from __future__ import annotations

import datetime as dt
import re

from .clauses import RELATIVE_BEFORE, RELATIVE_OPENS
from .lexicon import SAYING_WORDS, WEEKDAYS, phrase_rx
from .recognition import Mention


def said_relative(m: Mention) -> bool:
    """ "today", "tomorrow", and "this morning" ('"This morning was a sad day," the prosecutor
    said'): words that count from the day they were said (not "last night", kept as it was)."""
    return bool(m.g("rd")) or (m.g("rd_this") or "")[:4].lower() == "this"


# A saying dated last year: "a spokesman said last year", "told reporters last year" ...
# Verbs of a saying or a pledge: what they tell may lie ahead of them ("promised last year ... by January").
_PLEDGING = r"said|announced|wrote|promised|pledged|predicted|vowed"
_SAID_LAST_YEAR = re.compile(r"\b(?:(?:" + _PLEDGING + r")"
                             r"(?:\s+in\s+(?:a|an)\s+[\w-]+)?|told\s+(?:[\w'’-]+\s+){1,2}?)\s*last\s+year\b(?![’'-])"
                             # (not the year as the subject of what was said: 'said last year was hard')
                             r"(?!\s+(?:was|were|is|has|had|saw|brought)\b)",
                             re.IGNORECASE)
# ... or a quote's attribution after it: '"...," said the company's spokesman last year'.
_QUOTE_TAIL_LAST_YEAR = re.compile(r"[”\"]\s*,?\s*(?:[\w.'’-]+\s+){0,6}?(?:said|told|wrote|added|announced)\b"
                                   # (not a relative clause's year: 'said Smith, who joined last year')
                                   r"(?:(?!,\s*(?:who|which|whose|where|when)\b)[^.;:!?“”\"]){0,80}?\blast\s+year\b(?![’'-])",
                                   re.IGNORECASE)


# ... or fronted, with the saying's future told back ("would"): 'Last year, the firm announced it
# would open a plant in January'.
_FRONTED_LAST_YEAR = re.compile(r"\s*last\s+year,?\s+(?:[\w.'’-]+\s+){1,6}?(?:" + _PLEDGING + r"|told)\b"
                                r"[^.;:!?“”\"]*?\bwould\b", re.IGNORECASE)
# A clause of the writer's own after the saying, with its "will" ("said last year he would run again,
# but he will retire in January"): what it tells lies ahead of the paper, not of the saying.
_WRITERS_WILL = re.compile(r"(?:;|,\s*(?:but|yet|and|while|although|though)\s+(?!that\b))[^;]*?"
                           r"\b(?:will|won['’]t|shall)\b", re.IGNORECASE)
_ATTRIBUTION_GAP = re.compile(r"[^,.;:!?]*,\s*(?:[\w.'’-]+\s+){0,6}")
_NOT_ATTRIBUTION = re.compile(r"\b(?:who|which|that|than|as|after|before|when|since|because|while|if)\b",
                              re.IGNORECASE)


def said_last_year(sent: str, m: Mention) -> bool:
    """Was what holds mention m said last year, by the sentence's own attribution?"""
    for said in _SAID_LAST_YEAR.finditer(sent):
        if said.end() <= m.start:
            # 'The mayor said last year that ... by January' (not 'The minister, who said last year
            # that she would resign, will step down in January': a relative clause's saying)
            if not RELATIVE_BEFORE.search(sent, max(0, said.start() - 40), said.start()) and \
                    not _WRITERS_WILL.search(sent, said.end(), m.start):
                return True
        elif said.start() >= m.end:
            # 'The group will dissolve in March, the spokesman said last year' (not '..., a year later
            # than he promised last year')
            tail = _ATTRIBUTION_GAP.fullmatch(sent, m.end, said.start())
            if tail and not _NOT_ATTRIBUTION.search(tail[0]):
                return True
    fronted = _FRONTED_LAST_YEAR.match(sent)
    if fronted and fronted.end() <= m.start and not _WRITERS_WILL.search(sent, fronted.end(), m.start):
        # 'Last year, the spokesman said the group would dissolve in January' (not '...; now he says he
        # will retire in January': a later saying's future, ahead of the paper)
        return True
    close = max(sent.rfind("”"), sent.rfind('"'))
    return close >= m.end and _QUOTE_TAIL_LAST_YEAR.match(sent, close) is not None


QUOTE_OPEN, QUOTE_CLOSE = "“", "”"
# '... tomorrow," the minister said on Monday', '..." he told reporters Tuesday'.
_SAID_ON = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|added|announced|warned|wrote|tweeted|posted|stated)"
                      r"\s*(?:on\s+)?$",
                      re.IGNORECASE)


# What ends the clause a saying reports: a semicolon or a coordinated clause of its own ("..., and
# officials met Sunday"). Not pipeline._ANOTHER_CLAUSE (a day and a count of days away), which also parts
# them at "and" with no comma before a determiner: "The missile was fired on Tuesday and the military said
# Thursday" still reports the firing (that reading would date the saying a week back, before the firing).
_OTHER_CLAUSE_BETWEEN = re.compile(r";|,\s*(?:and|but|while|whereas)\s|\s(?:but|while)\s")


def saying_after_report(sent: str, mentions: list[Mention], resolved: list, tenses: list,
                        published: dt.date) -> dict[int, dt.date]:
    """{index: day} for a saying's weekday ("the military said Thursday", "..., police said Thursday")
    read as gone by but before a day the same sentence tells as done ("the launch was made on
    Wednesday night"): a saying does not come before what it reports. When the next such weekday
    is the day after the paper's date, the saying is that day: a story from a place ahead in time
    (Seoul, Tokyo) in a paper dated where the day before still runs."""
    out = {}
    # (the weekday compared with the day after the paper's, by its number, before the saying is looked for: six
    # weekdays in seven are not that day, and the regex is not tried for them; on the last day a date can have,
    # no day after it, the saying is looked for first, as before)
    after = (published.weekday() + 1) % 7 if published != dt.date.max else None
    for j, m in enumerate(mentions):
        v = resolved[j]
        if m.kind != "wd" or m.g("wd_mod") or m.g("wd_week") or v is None or v.precision != "day" or \
                v.date >= published or after is not None and after != WEEKDAYS.get(m.g("wd").lower()) or \
                not _SAID_ON.search(sent, (m.start - 40 if m.start > 40 else 0), m.start):
            continue
        day_after = published + dt.timedelta(days=1)  # (its weekday is the mention's: `after` above)
        for i, w in enumerate(resolved):
            if i != j and w is not None and w.precision == "day" and tenses[i] == "past" and \
                    v.date < w.date <= published and _OTHER_CLAUSE_BETWEEN.search(
                        sent, min(m.end, mentions[i].end), max(m.start, mentions[i].start)) is None:
                out[j] = day_after
                break
    return out


def day_said(sent: str, mentions: list[Mention], resolved: list, i: int, published: dt.date) -> dt.date | None:
    """The day a quoted "today"/"tomorrow" was said, when the sentence dates the saying
    ('"...tomorrow," the minister said on Monday') and it is not the publication day."""
    m = mentions[i]
    lo = max(0, m.start - 300)
    opened = max(sent.rfind(QUOTE_OPEN, lo, m.start), sent.rfind('"', lo, m.start))
    if opened < 0 and "``" in sent:
        # typewriter quotes: ``We will open the bridge tomorrow,'' she said on Monday.
        opened = sent.rfind("``", lo, m.start)
        if opened < 0 or sent.find("''", opened, m.start) >= 0 or (close := sent.find("''", m.end, m.end + 300)) < 0:
            return None
    else:
        if opened < 0 or sent.rfind(QUOTE_CLOSE, opened, m.start) >= 0 or \
                (sent[opened] == '"' and opened > 0 and not sent[opened - 1].isspace()):
            return None  # not inside a quote (a straight quote closes after a word)
        closes = [c for c in (sent.find(QUOTE_CLOSE, m.end, m.end + 300), sent.find('"', m.end, m.end + 300))
                  if c >= 0]
        if not closes:
            return None
        close = min(closes)
    for j in range(i + 1, len(mentions)):
        if mentions[j].start < close:
            continue  # still inside the quote
        v = resolved[j]
        if v is None or v.precision != "day" or mentions[j].kind not in ("wd", "mdy", "dmy"):
            break
        if (_SAID_ON.search(sent, max(0, mentions[j].start - 40), mentions[j].start) or
                _SAID_IN.search(sent, max(0, mentions[j].start - 60), mentions[j].start) or
                _said_then(sent[close + 1:mentions[j].start])) and \
                0 < abs((published - v.date).days) <= 6:
            return v.date
        break
    # 'On Monday, he told the crowd: "Today we start"', 'The minister said on Tuesday that
    # "today marks ..."', 'In a statement Monday, the company said: "Today we ..."': the day
    # before the quote dates the saying, when a verb of saying leads into the quote.
    # (the last such mention, looked for back from i: not all the sentence's mentions before it, once a mention)
    j = next((k for k in range(i - 1, -1, -1) if mentions[k].end <= opened), None)
    if j is None or resolved[j] is None or resolved[j].precision != "day" or \
            mentions[j].kind not in ("wd", "mdy", "dmy") or not 0 < (published - resolved[j].date).days <= 6:
        return None
    if mentions[j].text.endswith(("'s", "’s")) or \
            RELATIVE_OPENS.search(sent, max(0, sent.rfind(",", 0, mentions[j].start)), mentions[j].start):
        return None  # "Asked about Monday's vote, ...", "Smith, who was elected on Monday, told ...": not the saying's
    between = sent[mentions[j].end:opened]
    if len(between) > 90 or any(c in between for c in '".;“”'):
        return None
    if _INTO_QUOTE.search(sent, max(0, opened - 50), opened) or \
            (_SAID_ON.search(sent, max(0, mentions[j].start - 40), mentions[j].start) and
             _THAT_GAP.fullmatch(between)):
        return resolved[j].date
    return None


# '...," Drummond said', '...," said Jane Doe', '...," the governor, Jane Doe, told reporters'.
_NAMED_SPEAKER = re.compile(r"[,.!?]?\s*[”\"]\s*,?\s*(?:(?:[A-Z][\w'’-]+\s+)*(?P<n1>[A-Z][\w'’-]+)\s+"
                            r"(?:said|says|added|told|wrote)\b|(?:said|says|added)\s+(?:[a-z][\w-]*\s+){0,4}?"
                            r"(?:[A-Z][\w'’-]+\s+)*(?P<n2>[A-Z][\w'’-]+)(?![\w'’-]))")


def said_by_the_one_dated(sent: str, at: int, before: str) -> bool:
    """Is the quote around `at` attributed by name to someone the text just before names?"""
    if not in_quote(sent, at):
        return False
    close = min((c for c in (sent.find(QUOTE_CLOSE, at), sent.find('"', at)) if c >= 0), default=-1)
    who = _NAMED_SPEAKER.match(sent, max(0, close - 1)) if close >= 0 else None
    if who is None:
        return False
    name = who["n1"] or who["n2"]
    return re.search(rf"\b{re.escape(name)}\b", before) is not None


_SAYING = re.compile(rf"\b(?:{phrase_rx(SAYING_WORDS)})\b", re.IGNORECASE)
# What after the verb of saying starts a clause of its own ("he said, adding that the vote on Tuesday").
_NEW_CLAUSE = re.compile(r"\b(?:that|adding|but|and|which|who|when|after|before|because|while|of|about|since)\b|"
                         r"[\"“”;]", re.IGNORECASE)


def _said_then(between: str) -> bool:
    """ '...," he told reporters at a news conference on <day>', '...," said the mayor on <day>':
    the words between a quote and a day say who said it where, and nothing else."""
    if len(between) > 90:
        return False
    verb = _SAYING.search(between)
    return verb is not None and _NEW_CLAUSE.search(between, verb.end()) is None


def in_quoted_paragraph(text: str, at: int) -> bool:
    """Is a quote opened in the paragraph before `at` still open at `at` (a quote of several
    sentences: '"Our fans were fantastic today and all season. Today we knew ...')?"""
    before = text[text.rfind("\n", 0, at) + 1:at]
    if QUOTE_OPEN in before:
        return before.rfind(QUOTE_OPEN) > before.rfind(QUOTE_CLOSE)
    if "``" in before:
        return before.rfind("``") > before.rfind("''")  # typewriter quotes: ``Today we ...''
    return before.count('"') % 2 == 1


def in_quote(sent: str, at: int) -> bool:
    """Is `at` inside a quotation opened before it in the sentence and closed after it?"""
    opened = max(sent.rfind(QUOTE_OPEN, 0, at), sent.rfind('"', 0, at))
    if opened < 0 and "``" in sent:
        # typewriter quotes (AP and Knight Ridder copy of the 1990s): ``Today the American people have spoken.''
        opened = sent.rfind("``", 0, at)
        return opened >= 0 and sent.find("''", opened, at) < 0 and (sent.find("''", at) >= 0 or
                                                                     sent.rstrip().endswith((".", "!", "?")))
    if opened < 0 or sent.rfind(QUOTE_CLOSE, opened, at) >= 0 or \
            (sent[opened] == '"' and opened > 0 and not sent[opened - 1].isspace()):
        return False
    return sent.find(QUOTE_CLOSE, at) >= 0 or sent.find('"', at) >= 0


# '..." Smith said in a statement released Monday', '..." she wrote on Twitter on Tuesday'.
_SAID_IN = re.compile(r"\b(?:said|says|wrote|posted|announced|stated)\s+(?:in|on|at)\s+(?:a|an|the|his|her|its|their)?"
                      r"\s*[\w-]+(?:\s+[\w-]+)?(?:\s+(?:released|issued|dated|posted|published))?\s+(?:on\s+)?$",
                      re.IGNORECASE)
# 'the mayor said, "', 'he told the crowd: "', 'the company said that "': a verb of saying opens the quote.
_INTO_QUOTE = re.compile(r"\b(?:said|says|told(?:\s+[\w-]+){0,3}|added|announced|wrote|tweeted|posted|declared|"
                         r"stated|warned)\s*(?:that\s*)?[:,]?\s*$", re.IGNORECASE)
_THAT_GAP = re.compile(r"\s*(?:that\s*)?[:,]?\s*", re.IGNORECASE)


_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
# "Forecasters predicted on Monday that the storm would ...", "promised Tuesday that the road would ...":
# a forecast, a promise or a word confirmed, reported as said that day.
_FORETOLD_ON = re.compile(r"\b(?:predicted|forecast|projected|estimated|promised|pledged|vowed|confirmed|indicated|"
                          r"insisted|signall?ed|reported|explained|argued)\s*(?:on\s+)?$", re.IGNORECASE)


# ... or the saying's day fronted before its subject: "On Saturday, officials said the bridge would reopen
# Monday" (the day opens the sentence, the saying right after its subject).
_FRONTED_ON = re.compile(r"[\W_]*(?:on\s+)?", re.IGNORECASE)
_SAID_AFTER_FRONTED = re.compile(r",?\s+(?:[\w'’.-]+\s+){1,4}?(?:said|told\s+(?:\w+\s+){0,2}?|added|announced|warned|"
                                 r"wrote|stated|predicted|forecast|promised|pledged|vowed|confirmed|insisted)\b"
                                 r"(?!\s+(?:by|in|at)\b)", re.IGNORECASE)


# A past saying, then the "would" of what it reported, with no full stop between ("Larijani said, adding that
# the talks would continue on", "officials told reporters the bridge would reopen").
_SAID_THEN_WOULD = re.compile(r"\b(?:said|added|adding|told|announced|stated|explained)\b[^.;:!?]*?\bwould\b",
                              re.IGNORECASE)


# A saying told after a day in the sentence before: "on Saturday, Larijani told reporters", "ended on Saturday, the
# envoy said" (the saying is of that day).
_SAYING_TOLD = re.compile(r"\b(?:said|told|announced|added|stated|explained)\b", re.IGNORECASE)


def would_after_saying_told_before(sent: str, m: Mention, value, tense: str | None, published: dt.date,
                                   said_day, told_after_day: str) -> dt.date | None:
    """A weekday in a "would" clause of a past saying whose day the sentence does not give, the sentence before
    telling a day gone by within the week (`said_day`) and a saying after it (`told_after_day`, the text from that
    day to this sentence): "Following talks in Vienna on Saturday, Larijani told reporters ... The talks were
    constructive, Larijani said, adding that they would continue on Sunday" in a Monday paper. What was to come
    after the saying is the first such day after that day, when it is gone by at publication (read from the paper
    it lay six days ahead); None when it is not, or when the day before told no saying ("Police arrested him on
    Monday. His lawyer said he would plead at a hearing on Tuesday": when he said so is not told)."""
    # (the saying before its "would", "Larijani said, adding that ... would", or after the day, "They would withdraw
    # on Sunday, he said")
    if m.kind != "wd" or m.g("wd_mod") or tense != "future" or value is None or value.precision != "day" or \
            said_day is None or said_day.precision != "day" or said_day.end_date is not None or \
            not 0 < (published - said_day.date).days <= 6 or value.date <= published or \
            _SAYING_TOLD.search(told_after_day) is None or \
            _SAID_THEN_WOULD.search(sent, 0, m.start) is None and not (
                _WOULD.search(sent, 0, m.start) and _SAYING_TOLD.search(sent, m.end)):
        return None
    gap = (value.date.weekday() - said_day.date.weekday()) % 7
    day = said_day.date + dt.timedelta(days=gap)
    return day if gap and day < published else None


def would_after_said(sent: str, mentions: list[Mention], resolved: list, tenses: list, i: int,
                     published: dt.date, j: int) -> dt.date | None:
    """A weekday in a "would" clause reported on an earlier day ("officials said Tuesday the bridge
    would reopen Wednesday" in a Friday paper), mention j dating the saying: the first such day
    after the saying, not the next one after publication."""
    m, v = mentions[i], resolved[i]
    prev, said = mentions[j], resolved[j]
    if m.kind != "wd" or m.g("wd_mod") or tenses[i] != "future" or v is None or v.precision != "day" or \
            said is None or said.precision != "day" or said.end_date is not None or \
            prev.kind not in ("wd", "mdy", "dmy") or not said.date < published or \
            not _WOULD.search(sent, prev.end, m.start) or \
            not (_SAID_ON.search(sent, max(0, prev.start - 40), prev.start) or
                 _FORETOLD_ON.search(sent, max(0, prev.start - 40), prev.start) or
                 _FRONTED_ON.fullmatch(sent, 0, prev.start) and _SAID_AFTER_FRONTED.match(sent, prev.end)):
        return None
    gap = (v.date.weekday() - said.date.weekday()) % 7
    if not gap:
        return None  # "said Tuesday it would vote Tuesday": which Tuesday is not said
    return said.date + dt.timedelta(days=gap)
