"""Sentence splitting for noisy news text.

Returns character spans into the original text so every sentence is a
verbatim slice (offsets are what the app highlights). Rules, in order:

* blank lines always end a sentence;
* a single line break ends a sentence (captions, headlines, bylines and
  "Published ..." lines sit on their own lines), unless the next line starts
  in lower case, or the whole text looks hard-wrapped (most long lines stop
  without punctuation and none is longer than 100 characters);
* a dateline ending in a dash ("SEOUL, South Korea (AP) —") is split off the
  first sentence; the old wire form "MOSCOW (AP)_" is kept with it;
* inside a line, ., ! or ? (plus closing quotes/brackets) followed by space
  and an upper-case letter or opening quote ends a sentence, unless the word
  before the full stop is a title/month abbreviation (Mr., Gen., Jan.) or an
  initialism (U.S., Inc.) not followed by a typical sentence opener. A full
  stop followed by a lower-case word ("the ministry. of Foreign Affairs") or
  a digit ("Covid-19. 19 fears") is stray punctuation and does not split.
"""
from __future__ import annotations

import re
import string
from bisect import bisect_left

from .fastpath import holds, lines_of
from .lexicon import (
    CANADIAN_PROVINCE_NAMES,
    MON,
    MONTHS,
    NUMBERS,
    RELEASE_COUNTRY_NAMES,
    US_POSTAL_CODES,
    US_STATE_NAMES,
    WEEKDAYS,
)

# Abbreviations after which a full stop never ends a sentence: they are
# followed by a name or a number.
_NEVER_SPLIT = frozenset(
    """mr mrs ms dr gen sen rep gov lt col sgt capt cmdr adm maj prof rev st
    fr hon pres supt insp det cpl pvt brig messrs mt ft no nos vs v
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    approx dept est fig apt ste bldg
    capts gens sens reps govs lts sgts cols majs drs profs
    ald alds atty""".split()  # plurals: "Sens. Lee and Park"; "Ald." an alderman, "Atty." an attorney
)
# Words that usually start a sentence: after an initialism such as "U.S." or
# "Inc." a following opener means the full stop also ended the sentence.
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these
    those there but and or so yet in on at as after before when while if
    although though however meanwhile also still some many most no one two
    officials police critics analysts last next earlier later yesterday today tomorrow""".split()
)

# After "a.m."/"p.m.", a name and its verb start a new sentence: "opens at 5 p.m. GameStop is
# opening ...", "open until 5 p.m. Voters must bring ..." (not "5 p.m. Friday", "11 a.m. Thanksgiving Day",
# "4 p.m. Beijing time").
# (with a modal, a weekday, a month or a named day right after the clock is the clock's day, no subject: "held at
# 10 a.m. Saturday could not be stopped", "at 9 a.m. Thanksgiving Day may slip")
_CLOCK_DAY_WORD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|"
                   r"Sat|Sun|January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Thanksgiving|Christmas|Easter|Ramadan|Eid|"
                   r"Election|Labor|Memorial|Independence|Veterans|Boxing|Halloween|Passover|Hanukkah|Diwali|New)\b")
_SUBJECT_AND_VERB = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
                               r"(?:is|are|was|were|has|have|had|will|would|said|says)\b|"
                               rf"(?!{_CLOCK_DAY_WORD})[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+"
                               r"(?:must|can|cannot|could|should|may|might|shall)\b")
# (a closing quote escaped with a backslash, as _NEXT's opening one: 'a narrow range.\" The Fed ...'; the backslash
# in the class, not an alternative of its own before a quote: this runs at every full stop)
_CLOSERS = r"[\"'”’)\]\\]*"
# The run of terminals and the spaces among them, up to its last [.!?]: "[.!?…]+(?:\s*[.!?]+)*" written with
# no repeated group, as one greedy class that gives back to the last [.!?] (the same longest match: a run of
# spaces and terminals that ends in one is any number of spaces-then-terminals steps), and "(?:…|)" for the
# optional part (a branch, not a repeat: the regex engine enters no repeat's context at each full stop).
# tests/extraction/test_fast_paths.py compares it with the written-out form.
_TERMINAL_RUN = r"(?:[\s.!?]*[.!?]|)"
_TERMINAL = re.compile(r"[.!?…]+" + _TERMINAL_RUN + _CLOSERS)
# The terminals _split_block can split at: followed by whitespace (_NEXT) or,
# for a full stop glued to the next sentence, by a capital (_glued). The
# atomic group keeps each match the one _TERMINAL makes from the same start
# (no backtracking to a shorter run that the look-ahead would accept); what
# is left out is what the loop skipped anyway: decimal points ("3.5"), full
# stops before a comma ("Inc.,"), a third of the terminals of TimeBank's
# text. It opens with a character class, so that the regex engine still
# skips to the next [.!?…] with its fast scan.
# (an emoji or a pictograph glued after the full stop opens the next sentence too: "tomorrow.⚠️A yellow warning")
_EMOJI = "[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
_SPLIT_TAIL = r"(?>[.!?…]*" + _TERMINAL_RUN + _CLOSERS + r")(?=\s|[A-Z]|" + _EMOJI + ")"
_SPLIT_TERMINAL = re.compile(r"[.!?…]" + _SPLIT_TAIL)
# The same in a stretch holding no "!", "?" or "…" (most paragraphs), where
# every match opens with ".": a pattern opening with one literal character
# lets the engine run to the next "." in a tight loop instead of testing each
# character against a class (half the time of a paragraph's scan).
_SPLIT_FULL_STOP = re.compile(r"\." + _SPLIT_TAIL)


def _terminals(text: str, pos: int, end: int):
    """The _TERMINAL matches of text[pos:end] that _split_block can split at
    (with, rarely, some it skips), each searched from the end of the last: as
    matches of _TERMINAL_NEXT, the terminal its group 1 and _NEXT's match after
    it (up to `end`) its groups 2-4."""
    # (`in` on the stretch's copy: three str.find calls cost more, see fastpath's note; "…" is never found in
    # ASCII text, whose kind rules it out at once)
    stretch = text[pos:end]
    plain = "!" not in stretch and "?" not in stretch and "…" not in stretch
    split_at = _SPLIT_FULL_STOP_NEXT if plain else _SPLIT_TERMINAL_NEXT
    while True:
        m = split_at.search(text, pos, end)
        if m is None:
            return
        p = m.start()
        if p > pos and (text[p - 1] in ".!?…" or text[p - 1].isspace()):
            # p may lie inside a run _TERMINAL matches from an earlier start
            # (". .…": "…" only opens a run): take _TERMINAL's match from where
            # the terminals and spaces before p begin. (From `pos` it went back
            # to every terminal skipped since, as the decimal points before
            # "today . Then": quadratic in a long paragraph of them.)
            q = p
            while q > pos and (text[q - 1] in ".!?…" or text[q - 1].isspace()):
                q -= 1
            m = _TERMINAL_NEXT.search(text, q, end)
        yield m
        pos = m.end(1)
# A host name before a full stop: a name of two letters or more, then its top-level domain ("OnePlus.com",
# "gov.uk", "cdc.gov"): a web address, not an initialism ("U.S.", "a.m.", "Ph.D.").
_DOMAIN = re.compile(r"[A-Za-z][A-Za-z-]+\.(?:[A-Za-z-]+\.)*(?:com|org|net|gov|edu|io|info|biz|co\.uk|org\.uk|gov\.uk|"
                     r"ac\.uk|uk|com\.au|gov\.au|au|ca|in|ie|nz)")
# _word_before's definition (tests/extraction/test_sentences.py checks the two agree).
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_LETTERS_DOT = string.ascii_letters + "."


def _word_before(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """(start, word) of _WORD_BEFORE.search(text, lo, hi)'s group, without the search trying each
    position of the window: the run of letters and full stops that ends at `hi` (before a last
    newline there, which "$" lets a match end before), from its first letter."""
    chunk = text[lo:hi]
    if chunk[-1:] == "\n":  # (chunk.endswith("\n"): see fastpath's note)
        chunk = chunk[:-1]
    word = chunk[len(chunk.rstrip(_LETTERS_DOT)):].lstrip(".")
    if not word:
        return None
    return lo + len(chunk) - len(word), word
# A unit of _NEVER_SPLIT after a number: "crest at 40.80 ft. At 11 a.m. ..." is feet, not "Ft." (Fort)
# before a name, and its full stop ends the sentence before an opener, as an initialism's does.
_UNITS = frozenset(("ft",))
_NUMBER_BEFORE = re.compile(r"\d\s?$")
# Emoji before the next sentence's first word, as in quoted social posts ("... in
# Seattle. \U0001F44F We've signed"), open that sentence: they do not glue the two.
# A quote escaped with a backslash, as pages that print their database's escaping show it ('... the
# economy. \"Today, prices ...'), opens the next sentence as the quote does.
# (Its optional group of emoji, and _THEN_NEXT's optional _NEXT below, are written "(?:X|)", not "(?:X)?": the same
# matches and groups, X tried first and then nothing, but the regex engine runs a group under "?" as a general repeat,
# setting up a repeat context each time, and a branch without one: 1.2M of split_sentences' 54.5M instructions a
# TimeBank pass. tests/extraction/test_fast_paths.py compares them with the "?" forms.)
_NEXT = re.compile(r"\s+((?:[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+\s+|)"
                   r"[\"'“‘`(\[\\]*)([A-Za-z0-9])(\w*)")
# Each terminal with _NEXT's match right after it, in one search (group 1 the terminal, groups 2-4
# _NEXT's, None when _NEXT does not match there): the optional group can always match nothing, so it
# never makes the engine go back into the terminal, and it tries _NEXT first, as _NEXT.match would.
# The splitter reads both for each terminal: one entry into the regex engine instead of two.
_THEN_NEXT = r"(?:" + _NEXT.pattern + r"|)"
_SPLIT_TERMINAL_NEXT = re.compile("(" + _SPLIT_TERMINAL.pattern + ")" + _THEN_NEXT)
_SPLIT_FULL_STOP_NEXT = re.compile("(" + _SPLIT_FULL_STOP.pattern + ")" + _THEN_NEXT)
_TERMINAL_NEXT = re.compile("(" + _TERMINAL.pattern + ")" + _THEN_NEXT)
# After a quotation's "!" or "?", the words that attribute it: "Jackson’s sister La Toya tweeted", "the
# mayor asked", "Smith said" (a subject of a few words, capitalised first, then a verb of saying).
_ATTRIBUTION = re.compile(r"\s+[A-Z][\w.'’-]*\s+(?:[\w.'’-]+\s+){0,5}?(?:said|says|asked|asks|tweeted|wrote|"
                          r"writes|added|told|posted|shouted|yelled|exclaimed|replied|responded|declared|declares|cried|insisted)\b")
_TERMINAL_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")


def _looks_wrapped(text: str) -> bool:
    """Hard-wrapped prose: most long lines stop without punctuation and no line is long."""
    long_lines = []
    for ln in lines_of(text) if len(text) <= 200_000 else text[:200_000].split("\n"):
        ln = ln.strip()
        if len(ln) > 100:
            return False  # a long line: not wrapped, whatever the lines after it (most articles stop here)
        if len(ln) >= 40:
            long_lines.append(ln)
    if len(long_lines) < 3:
        return False
    open_ended = sum(1 for ln in long_lines if not _TERMINAL_END.search(ln))
    return open_ended >= 0.5 * len(long_lines)


# A list item's bullet at the start of a line (not "-": a post's signature starts "- Jane Doe (@jd)"),
# or a page's close button or icon glyph left before a headline ("× Driver pleads not guilty",
# "✕ Storm closes schools", "▶ Watch: ..."): the sentence starts after it.
# A typewriter list's asterisk too, before a capital ("* Kaczynski dropped earlier requests ...": wire copy's
# bullets as plain text), not a footnote's or a rating's ("*Denotes incumbent", "** Best buy").
_BULLET_CHARS = "•▪●◦‣∙·×✕✖✗☰▶►▸*"
_BULLET = re.compile(rf"(?:[{_BULLET_CHARS[:-1]}]\s+|\*[ \t]+(?=[A-Z\"“`']))(?=\S)")


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Group physical lines into blocks that may contain several sentences."""
    blocks: list[tuple[int, int]] = []
    cur_start = None
    cur_end = 0
    prev_line = ""
    prev_opens = False  # the previous line opens the text or follows a blank line
    blank_before = True
    pos = 0
    n = len(text)
    # _looks_wrapped(text), asked when two lines in a row first need it (_joins): it reads every line,
    # and in most texts no two lines in a row get that far (a blank line or a terminal stands between).
    wrapped: list[bool] = []

    def is_wrapped() -> bool:
        if not wrapped:
            wrapped.append(_looks_wrapped(text))
        return wrapped[0]
    # The lines from one split, each line's end its start and length: a find and a slice a line cost more (str.find:
    # see fastpath's note). (split gives count("\n") + 1 lines, the last ending at n: the find loop's.)
    for line in lines_of(text):  # (shared with find_publication and page_furniture._list_lines)
        nl = pos + len(line)
        stripped = line.strip()
        if not stripped:
            blank_before = True
            if cur_start is not None:
                blocks.append((cur_start, cur_end))
                cur_start = None
        else:
            if len(stripped) == len(line):  # (most lines: no whitespace at either end, nothing more to copy)
                lstart, lend = pos, nl
            else:
                lstart = pos + (len(line) - len(line.lstrip()))
                lend = pos + len(line.rstrip())
            # (most lines open with no bullet: the regex only when one is there)
            bullet = _BULLET.match(text, lstart, nl) if text[lstart] in _BULLET_CHARS else None
            if bullet:  # "• Stores open Friday": a list item, its sentence after the bullet
                lstart, stripped = bullet.end(), text[bullet.end():nl].strip()
            # (a line that opens with a bullet is an item of its own, never the line above it continued: "• Sun 13
            # Sep GG issues General Election Writ / • Thu 18 Sep Nominations close", in a list whose lines all stop
            # without a full stop)
            if cur_start is not None and not bullet and (_joins(prev_line, stripped, is_wrapped, prev_opens) or
                                                         _wrapped_here(prev_line, stripped, text, nl, n)):
                cur_end = lend
            else:
                if cur_start is not None:
                    blocks.append((cur_start, cur_end))
                cur_start, cur_end = lstart, lend
            prev_line, prev_opens, blank_before = stripped, blank_before, False
        pos = nl + 1
    if cur_start is not None:
        blocks.append((cur_start, cur_end))
    return blocks


def _wrapped_here(prev: str, nxt: str, text: str, nl: int, n: int) -> bool:
    """A paragraph hard-wrapped in a text that is not (a caption cut at a fixed width: "Novak Djokovic,
    practicing at Indian Wells last year, will play / Pablo Carreno Busta in a rematch of their infamous U.S.
    Open / encounter last month."): two lines of about one width, neither ending a sentence, the second
    opening with a capital and itself continued by a line in lower case; the first no headline. `nl`: where
    the second line ends."""
    lp, ln = len(prev), len(nxt)
    if ":" in nxt[3:16] and _LABEL_OPENING.match(nxt):
        return False  # "Summary: ..." under "Subject: ...": a field of its own (_joins)
    if not (40 <= lp <= 100 and 40 <= ln <= 100 and abs(lp - ln) * 7 <= max(lp, ln)) or \
            not nxt[:1].isupper() or _TERMINAL_END.search(prev) or _TERMINAL_END.search(nxt) or \
            prev.isupper() or _headline_in_title_case(prev) or _STAMP_ENDS_LINE.search(prev):
        return False
    stop = text.find("\n", nl + 1)
    after = text[nl + 1:n if stop == -1 else stop].strip()
    return after[:1].islower()


# A page's stamp ending a line: its label in capitals, a full date and a clock ("Quake toll rises to 79,000 (AP)
# Updated: 2005-10-19 19:32", "... Posted: 10/19/2005 7:32 PM"). Nothing of a sentence goes on after it on the
# next line, in hard-wrapped text too.
_STAMP_ENDS_LINE = re.compile(r"\b(?:Updated|UPDATED|Posted|POSTED|Published|PUBLISHED|Modified)\s*:?\s*"
                              r"(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})"
                              r"(?:,?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*$")


# A one-word label in title case and its colon opening a line: "Summary: ...", "Subject: ...", "Source: ...".
_LABEL_OPENING = re.compile(r"[A-Z][a-z]{2,14}:\s")
# A by-line opening with "by" in lower case: one to three names in title case, then a full date that ends the line
# ("by Jane Porter Jan 30, 2019", "by Ann Lee 30 January 2019").
_LOWER_BYLINE_DATE = re.compile(r"by\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
                                r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+)"
                                r"(?:19|20)\d\d\s*$")
# The words no sentence or headline ends on: a line cut after one is continued by the next (_joins).
_LINE_CUT_WORDS = frozenset("of the a an in at to for with from by on and or into about between".split())


def _joins(prev: str, nxt: str, is_wrapped, prev_opens: bool = False) -> bool:
    """Does the next line continue the previous one (hard-wrapped text)? `prev_opens`:
    the previous line opens the text or follows a blank line; `is_wrapped()` says whether
    the text looks hard-wrapped (_looks_wrapped)."""
    if _TERMINAL_END.search(prev):
        # ... but a company's suffix is no end before its ticker or a word in lower case on the next line
        # ("Westwood One, Inc.\n(NYSE: WON) and ... today announced", a wire release hard-wrapped)
        return prev[-1:] == "." and (nxt[:1] == "(" or nxt[:1].islower()) and \
            prev[prev.rfind(" ") + 1:-1].lower() in _COMPANY_SUFFIXES
    if _stamp_line(nxt) or _stamp_line(prev):
        return False  # "4/11/2008 15:38" under a headline: a time stamp's line of its own, no prose's
    if nxt[:1].islower():
        # ... but not a by-line in lower case with its name and the page's full date, the line's all ("by Jane
        # Porter Jan 30, 2019" under a section's line): the page's stamp, on a line of its own
        return not (nxt[:3] == "by " and _LOWER_BYLINE_DATE.match(nxt))
    if ":" in nxt[3:16] and _LABEL_OPENING.match(nxt):
        # a line that opens with its label ("Summary: French soldier ... died in Paris on Sunday" under "Subject:
        # ..."): a field of its own, in hard-wrapped text too
        return False
    if prev[-1:].islower() and prev[prev.rfind(" ") + 1:] in _LINE_CUT_WORDS and prev.count(" ") >= 3 and \
            nxt[:1].isupper():
        # a line cut after a preposition, an article or a conjunction goes on ("second of four-party talks in\nNew
        # York, Sept 18, 19; details"): no sentence or headline ends on one (not "Sign in", a menu's two words)
        return True
    wrapped = is_wrapped()
    if wrapped and prev[-1:].isalnum() and _STAMP_ENDS_LINE.search(prev):
        return False  # a headline ending with the page's stamp: the lead starts on the next line
    # In hard-wrapped text a line cut without punctuation continues; elsewhere
    # it is a headline, caption or byline and stands alone. So does a headline
    # in title case over a wrapped story whose first line opens with a capital.
    if wrapped and len(prev) <= 40 and nxt[:1].isupper() and "(" in prev and (
            "—" in prev or "–" in prev or "-" in prev):
        # "NEW YORK (Reuters) — Acme Holdings / Corp is closing ...": a line that opens with a
        # wire dateline and goes on is the lead's first line, however short, not a headline.
        d = _DATELINE.match(prev)
        if d is not None and prev[d.end():].strip():
            return True
    return wrapped and len(prev) > 40 and not prev.isupper() and not (prev_opens and _headline_in_title_case(prev))


def _stamp_line(line: str) -> bool:
    """A line that is only a date and a clock time ("4/11/2008 15:38", "12-29-2006 08:36"): a time stamp,
    which no wrapped line runs into or out of (a line of a bare year or number, "2004.", may end a paragraph)."""
    return len(line) < 40 and line[:1].isdigit() and _CLOCK_TIME.search(line) is not None and \
        _STAMP.match(line) is not None


# Short words a title-case headline may leave in lower case.
_TITLE_SMALL = frozenset("a an the and or nor but of in on at to for by with from as into onto over via vs "
                         "per than amid after before despite off out up".split())


def _headline_in_title_case(line: str) -> bool:
    """A headline in title case: four words or more, no comma, every word capitalised but
    a few short ones (a quarter at most), and its last word not a short one. A wrapped line
    of prose full of names has more ("Officials from the Department of Homeland Security
    and the Federal"), a list of them commas, and it often ends "and the"."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4 or "," in line or words[-1].lower() in _TITLE_SMALL:
        return False
    small = sum(1 for w in words if not w[:1].isupper())
    return small * 4 <= len(words) and all(w[:1].isupper() or w in _TITLE_SMALL for w in words)


# "SEOUL, South Korea (AP) — North Korea said ..." : the dateline is not part
# of the first sentence. Only a real dash counts; the old wire format
# "MOSCOW (AP)_ The mayor" keeps its dateline (that is how TimeBank's
# sentences are cut).
# Capitals include Latin-1's (À-Ö, Ø-Þ), for datelines such as "ANDØYA, Norway".
_DATELINE = re.compile(
    # (a wire's dateline may join two or three cities by slashes: "LONDON/DUBAI, May 3 (Reuters) -")
    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,30}(?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,30}){0,2}|"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+){0,2})"
    # (its place's full stop only before the old press's date, "Miami. Sept. 9.—": _OLD_PRESS_DATE_DASH; or before
    # a date and an agency's credit in brackets and its dash, as Interfax and TASS write it: "MOSCOW. Nov 10
    # (Interfax) -")
    rf"(?:(?:,|\.(?=\s*(?i:{'|'.join(MONTHS)})\.?\s+\d{{1,2}}(?:\.\s*(?:—|–|--)|\s*\([^()\n]{{1,40}}\)\s*"
    r"(?:—|–|--|-(?=\s|$)))))\s*[A-Z][\w.'’ -]{1,40}){0,2}?"
    r"(?:\s*\([^()\n]{1,40}\)\s*(?:—|–|--|-(?=\s|$))|\s*(?:—|–|--))\s*"
)


_SPACED_HYPHEN = re.compile(r"-(?=\s|$)")

# A station's or agency's name in brackets and a dash after the full stop of a dateline's abbreviated
# state ("WESTERN Ky. (KFVS) - The", "BURLINGTON, Vt. (WCAX) -About"): the dateline's end, never a
# sentence's start. Only in a block's first few words, after a place in capitals (_split_block).
_CALL_SIGN_DASH = re.compile(r"\s+\([^()\n]{2,40}\)\s*(?:—|–|--|-)")
_CAPITALS_PLACE = re.compile(r"[A-ZÀ-ÖØ-Þ]{3,}\b")
_DATELINE_HEAD_MAX = 40
# Such a dateline, kept at the head of its lead (here, or by the two rules of _split_block that keep a
# state's full stop from ending a sentence), read as a whole: the town's name in it is no date ("CHRISTMAS,
# Fla.", "FRIDAY HARBOR, Wash.", "JUNE LAKE, Calif."). A place in capitals, its state or province after a
# comma or a region before the state ("WESTERN Ky."), then a credit in brackets:
# - a station's or an agency's before a dash, or glued to the lead's first word when the dash was lost
#   ("CHRISTMAS, Fla. (WESH) -Deputies ...", "TEMPE, Ariz. (AP)Arizona ...");
# - an agency or a call sign the engine knows for one (DATELINE_CREDIT) before anything, a space too
#   ("FRIDAY HARBOR, Wash. (AP) The ferry ...");
# or, with no state, the old wire's known credit and underscore ("WASHINGTON (AP)_ The Senate ...").
# Not a headline's label in capitals ("MONDAY UPDATE (WSAZ) -", "NEW YEAR'S DAY PLUNGE (VIDEO) -": no state),
# nor a label's place that is no state ("LABOR DAY, Coney Island (WABC) -").
_STATE_NAMES = "|".join(name.replace(" ", r"\s+") for name in US_STATE_NAMES + CANADIAN_PROVINCE_NAMES)
# A region in capitals that names its state with no comma: "WESTERN Ky.", "SOUTHERN Ill.".
_REGION = r"(?:(?:NORTH|SOUTH)(?:EAST|WEST)(?:ERN)?|(?:NORTH|SOUTH|EAST|WEST)(?:ERN)?|CENTRAL|UPSTATE|DOWNSTATE)"
# (an agency or a station's call sign the engine knows for one, whatever follows it; not a label's "(Video)",
# nor "(Fox 35)", a station's only before a dash)
DATELINE_CREDIT = (r"(?:AP|Reuters|AFP|UPI|CNN|Xinhua|Yonhap|Kyodo|IANS|PTI|ANI|Bernama|Anadolu|dpa|EFE|"
                   r"[KWC][A-Z]{2,3})(?:[-/ ][\w-]{1,12}){0,2}")
_PLACE = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{2,30}?"
_NON_WORD = re.compile(r"\W*")
_KEPT_DATELINE = re.compile(
    # the place in capitals ("CHRISTMAS", "ST. PAUL", "ANDØYA"), then its state: an abbreviation with full
    # stops ("Ky.", "Calif.", "N.C.", "W.Va.") or a state's or province's name ("Iowa", "New York"), after a
    # comma or a region ("WESTERN Ky."); not any word in title case ("NFL Sunday (Video) -", "BREAKING Monday
    # (WSAZ) -" are headlines' labels)
    rf"\W*(?:(?:{_PLACE},\s*|{_REGION}\s+)(?:[A-Z][a-z]{{1,4}}\.|[A-Z]\.\s?[A-Z][a-z]?\.|(?:{_STATE_NAMES})\b)\s*\("
    # the credit, not a media tag or a time ("(VIDEO)", "(PHOTOS)", "(Sunday, 5 p.m.)"): one the engine knows,
    # whatever follows, or any station's ("WCAX", "LEX 18", "Fox 35", "WESH/NBC") before a dash or the lead's
    # first word
    r"(?!\s*(?:VIDEOS?|PHOTOS?|GALLERY|LIVE|WATCH|LISTEN|AUDIO|UPDATED?)\b)"
    r"(?![^()\n]*(?:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d\s*[ap]\.?m\b))"
    rf"(?:{DATELINE_CREDIT}\)|[A-Za-z0-9][^()\n]{{0,39}}\)(?=\s*(?:—|–|--|-)|[A-Z]))"
    r"(?:\s*(?:—|–|--|-)|_)?"
    # the old wire's form: the place, the credit and an underscore
    rf"|{_PLACE}\s*\({DATELINE_CREDIT}\)_)"
)


def kept_dateline_end(sentence: str, opens_line: bool = False) -> int | None:
    """Where a dateline kept at the head of a lead ends ("CHRISTMAS, Fla. (WESH) -Deputies arrested ...":
    after its dash; "FRIDAY HARBOR, Wash. (AP) The ferry ...": after the credit), or None: no mention
    before it is a date. A sentence that `opens_line` may also open with a dateline whose place is in title
    case ("Bratislava, October 2 (TASR) - President ...": _dateline_end keeps it there, where it cuts others)."""
    i = 0 if sentence[:1].isalnum() else _NON_WORD.match(sentence).end()
    if not sentence[i:i + 3].isupper():
        return _title_dateline_end(sentence, i, len(sentence)) if opens_line else None
    m = _KEPT_DATELINE.match(sentence)
    return m.end() if m is not None and m.end() <= _DATELINE_HEAD_MAX + 20 else None


def _title_dateline_end(text: str, start: int, end: int) -> int | None:
    """Where a dateline whose place is in title case, with its date and a credit in brackets before its dash,
    ends ("Tokyo, March 20 (Jiji Press)--A strong ..."), or None."""
    if not _TITLE_DATED_HEAD.match(text, start, end):
        return None
    m = _DATELINE.match(text, start, min(end, start + 120))
    return m.end() if m is not None and "(" in m[0] else None


def _dateline_end(text: str, start: int, end: int) -> int | None:
    stop = start + 120 if start + 120 < end else end  # min(end, start + 120): see fastpath's note
    window = text[start:stop]
    if "—" not in window and "–" not in window and ("-" not in window or (
            "--" not in window and _SPACED_HYPHEN.search(window) is None)):
        # Every dateline ends in a dash, and a hyphen only before a space
        # or the end: skip the backtracking regex (most paragraphs hold a
        # hyphen, inside a word).
        return None
    if (", 20" in window or ", 19" in window) and window[:1].isupper() and not window[1:2].islower() and \
            (rel := _RELEASE_DATELINE.match(text, start, stop)) is not None:
        # "MCLEAN, Va. and LOS ANGELES, Aug. 30, 2017 /PRNewswire/ -- Mars ...", "NEW BRUNSWICK, N.J. - May 28,
        # 2015 — Johnson & Johnson ...": a release's dateline with its full date, then its wire's tag or a dash
        return rel.end()
    if window[1:2].islower() and "," in window and \
            (ts := _TITLE_STATE_DATELINE.match(text, start, stop)) is not None:
        # "Washington, DC - The financial manager ...", "Austin, TX – The company ...": a release's dateline, its
        # place in title case and its state's postal code, then a dash
        return ts.end()
    m = _DATELINE.match(text, start, stop)
    if m is None:
        return None
    head = m[0]
    if _OLD_PRESS_DATE_DASH.search(head):
        # "Miami, Sept. 9.—The storm ...", "Los Angeles. July 15.—President ...": the old press's dateline, its
        # date's full stop before the dash, whatever the case of its place: never a sentence's start
        return m.end()
    # Needs an agency in brackets or an all-caps city to count as a dateline.
    if "(" not in head and not re.match(r"[A-Z]{3,}", head):
        return None
    if _TITLE_DATED_HEAD.match(head):
        # "Bratislava, October 2 (TASR) - President ...", "Tokyo, March 20 (Jiji Press)--A ...": a place in title
        # case with its date is kept at the head of its lead, as it is with no dash ("Islamabad, July 19 (IANS)
        # At least ..."): what a reader sees as the sentence's start (only a place in capitals is cut off as a
        # dateline's, "SEOUL, South Korea (AP) —"); no mention in it is a date (kept_dateline_end).
        return None
    if "(" in head and (dated := _WIRE_DATE_DASH.match(text, m.end(), end)) is not None:
        # "CAMBRIDGE, Mass.--(BUSINESS WIRE)--June 13, 2000--Westwood One ...": a release wire's date between
        # dashes after its name is the dateline's too, not the lead's first words
        return dated.end()
    return m.end()


# A release wire's date after its bracketed name, closed by a dash: "--(BUSINESS WIRE)--June 13, 2000--".
_WIRE_DATE_DASH = re.compile(rf"(?i:{'|'.join(MONTHS)})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\s*(?:—|–|--)\s*")


# A press release's dateline: its place (or two, joined by "and", "&" or a slash) in capitals, each with its state
# or country, then its full date, the year written, and
# - the wire's tag between slashes or in brackets, and a dash ("WASHINGTON, March 3, 2024 /PRNewswire/ --",
#   "TORONTO, Jan. 5, 2021 (GLOBE NEWSWIRE) --", "DALLAS, May 1, 2023--(BUSINESS WIRE)--");
# - or, with no tag, a place's real shape (a state's or a country's abbreviation, postal code or name after the comma,
#   or none) and a dash alone ("AUSTIN, Texas, June 2, 2022 -- ") or the date between two dashes ("NEW BRUNSWICK,
#   N.J. - May 28, 2015 — "): not a death notice's "SMITH, John Robert – March 3, 2024 – Passed away ..." (rv33).
_RELEASE_CITY = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,30}"  # (in capitals)
_RELEASE_PLACE = _RELEASE_CITY + r"(?:,\s*[A-Z][A-Za-z.'’ ]{1,25}?)??"
_RELEASE_PLACE_SHAPED = (_RELEASE_CITY + r"(?:,\s*(?:(?:[A-Z][a-z]{0,4}\.\s?){1,3}|"
                         r"[A-Z]{2,3}\b|(?:" + _STATE_NAMES + "|" + "|".join(RELEASE_COUNTRY_NAMES) + r")\b))?")
_RELEASE_DATE = rf"(?i:{MON})\.?\s+\d{{1,2}}, (?:19|20)\d\d"
_RELEASE_DASH = r"(?:—|–|--|-(?=\s))"
_RELEASE_TAG = r"(?:/[A-Za-z][\w .-]{1,30}/|\([A-Z][A-Za-z .-]{1,30}\))"
_RELEASE_DATELINE = re.compile(
    rf"{_RELEASE_PLACE}(?:\s*(?:,?\s*and|&|/)\s*{_RELEASE_PLACE}){{0,2}}"
    rf",\s*{_RELEASE_DATE}\s*(?:{_RELEASE_TAG}\s*{_RELEASE_DASH}|{_RELEASE_DASH}\s*{_RELEASE_TAG}\s*{_RELEASE_DASH})\s*"
    rf"|{_RELEASE_PLACE_SHAPED}(?:\s*(?:,?\s*and|&|/)\s*{_RELEASE_PLACE_SHAPED}){{0,2}}"
    rf"(?:,\s*{_RELEASE_DATE}\s*{_RELEASE_DASH}|\s*{_RELEASE_DASH}\s*{_RELEASE_DATE}\s*{_RELEASE_DASH})\s*")


# A release's dateline whose place is in title case, with its state's postal code ("Washington, DC - ", "Austin, TX
# – ", "Washington, D.C. — "), then the lead's first word: not a headline's "Smith, GOP - ..." (no postal code).
_TITLE_STATE_DATELINE = re.compile(
    rf"[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s*(?:{'|'.join(US_POSTAL_CODES)}|D\.C\.)\s+(?:—|–|--|-)\s+(?=[A-Z“\"‘'])")


# The old press's dateline ends with its date's full stop and a dash: "Miami, Sept. 9.—", "LONDON, July 15.--".
_OLD_PRESS_DATE_DASH = re.compile(rf"[,.]\s*(?i:{'|'.join(MONTHS)})\.?\s+\d{{1,2}}\.\s*(?:—|–|--)\s*$")


# A dateline's place in title case (not in capitals), its country or state after it at most twice ("Kyiv, Ukraine,",
# "Washington, D.C.,"), then its date: a month and a day after a comma. Each run of [^,()] is possessive: only a
# comma may follow it, which none of the characters it would give back is, so the same matches, without the
# engine stepping back through every character of a sentence that holds no such date (most of those asked).
_TITLE_DATED_HEAD = re.compile(rf"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][^,()]*+(?:,\s*[A-ZÀ-ÖØ-Þ][^,()]*+){{0,2}}?,\s*"
                               rf"(?i:{'|'.join(MONTHS)})\.?\s+\d{{1,2}}\b")


# A dateline's city in capitals and its state's abbreviation ("TEMPE, Ariz.", "LITTLE ROCK, Ark."), and
# the agency's credit in brackets after it, short and capitalised ("(AP)", "(KGW)", "(Reuters)").
_CITY_AND_STATE = re.compile(r"[A-Z][A-Z.'’ -]{2,30},\s*[A-Z][a-z]{1,5}\.(?:\s?[A-Z][a-z]?\.)?")
_CREDIT_AFTER_STATE = re.compile(r"\s*\(" + DATELINE_CREDIT + r"\)")


_GLUED_NEXT = re.compile(r"(?:(?:" + _EMOJI + r"[\ufe0f\u200d]*)+[A-Z][a-z]*|[A-Z][a-z]+)\b(?![.@/])")
# A day of the month or a year right before the glued full stop.
_GLUED_DATE = re.compile(r"(?:\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\b(?:1[6-9]|20)\d\d)$")


# A full stop, or a quotation's end, glued to the next sentence: "season.”We are taking",
# "transformation.”The company's shares".
_GLUED_ENDS = frozenset((".", ".”", '."', "!”", '!"', "?”", '?"'))


def _glued(text: str, t_start: int, t_end: int, punct: str, sent_start: int, end: int) -> bool:
    """"...and Japan.The White House said": a full stop with no space after it,
    between a word and a capitalised word, ends a sentence (web copy loses the
    space). Not after abbreviations or initialisms ("St.Louis", "U.S.Army"). The terminal is
    text[t_start:t_end], `punct`."""
    if punct not in _GLUED_ENDS or not _GLUED_NEXT.match(text, t_end, end):
        return False
    if _GLUED_DATE.search(text, max(sent_start, t_start - 16), t_start):
        return True  # "... on April 13.North Korea also launched ..."
    wb = _word_before(text, max(sent_start, t_start - 20), t_start)
    if wb is None:
        return False
    word = wb[1]
    return "." not in word and len(word) >= 3 and word[-1].islower() and word.lower() not in _NEVER_SPLIT


# Photo credits glued to captions: "(Song Kyung-Seok/Pool Photo via AP)",
# "(AP Photo/Ahn Young-joon)", "(Photo: Reuters)". They are cut out of the
# sentence they sit in: never an event, never part of a title.
_CREDIT = re.compile(r"\((?=[^()\n]{3,120}\))[^()\n]*?(?:\b(?:Photo|Photos|PHOTO|Images|Pool|File\s+Photo)\b|"
                     r"\bvia\s+(?:AP|Reuters|AFP|Getty|EPA)\b|/(?:AP|AFP|Reuters|EPA|Yonhap|Xinhua|Getty)\b)"
                     r"[^()\n]*\)")


# A source cited with its day in brackets, as digests and monitoring services write them: "(NTV, June 30)",
# "(Kommersant-daily, June 29; Interfax, 1 July)", "(see Izvestiya, June 20 and Nezavisimaya gazeta, June 27)".
# The name: up to four words of letters (no figure: "(Game 5, June 29)" is a fixture's day), not a weekday's
# ("(Friday, June 29)" is the day's date).
_CITED_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_CITED_SOURCE = (r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][A-Za-z.&/'’-]*"
                 r"(?:\s+(?!and\b)[A-Za-z.&/'’-]+){0,3},"
                 rf"\s+(?:{_CITED_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_CITED_MONTH})(?:,?\s+(?:19|20)\d\d)?")
# ... or a quoted story's credit, its writers before the outlet and the full date: "(Jonathan Landay and William
# Douglas, Knight Ridder Newspapers, July 12, 2004)" (two or three capitalised words a writer, joined by "and" or
# commas; the year told, so "(Smith and Jones, June 29)" stays a place's or a fixture's day as before).
_CITED_WRITER = r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})"
_CREDITED_STORY = (rf"{_CITED_WRITER}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_CITED_WRITER}){{0,3}},\s+"
                   r"(?-i:[A-Z][A-Za-z.&'’-]*(?:\s+[A-Z][A-Za-z.&'’-]*){0,3}),"
                   rf"\s+(?:{_CITED_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_CITED_MONTH}),?\s+(?:19|20)\d\d")
SOURCE_CITATION = re.compile(rf"\s*(?P<see>(?:see|cf\.)\s+(?:also\s+)?)?(?:{_CREDITED_STORY}|{_CITED_SOURCE}"
                             rf"(?:\s*(?:;|,|\band\b)\s*{_CITED_SOURCE})*)\s*")

def _cut_credits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with photo credits cut out, and a digest's source citation that opens a span before the next
    sentence ("... 48 percent each. (Kommersant-daily, June 29) In a poll taken ...") a span of its own."""
    out = []
    for s, e in spans:
        if text.find("(", s, e) == -1:  # (most spans: searched in place, not sliced)
            out.append((s, e))
            continue
        if text[s] == "(":
            closed = text.find(")", s, min(e, s + 160))
            if closed > 0 and SOURCE_CITATION.fullmatch(text, s + 1, closed) and \
                    _NEXT.match(text, closed + 1, e) and text.find("(", s + 1, closed) == -1:
                out.append((s, closed + 1))
                s = closed + 1
        pos = s
        for c in _CREDIT.finditer(text, s, e):
            out.append((pos, c.start()))
            pos = c.end()
        out.append((pos, e))
    return out


# Page furniture that carries a date but states no event: "Published 3:45 PM
# EDT, April 6, 2023", "Updated: ...", "Copyright 2024 ...", a bare time stamp
# "Sun Aug 16, 2015 16:04:36".
_METADATA = re.compile(
    # "Editor's note: This story was originally published on ...": the note's label.
    r"^\W*(?:editor['’]?s['’]?\s+note\b\W*)?"
    # ... and a page's labels with a colon: "publish: 29 September 2019", "Publication date: ..."
    r"(?:(?:first\s+|last\s+|originally\s+)?(?:published|updated|posted|modified|publish(?=\s*:)|"
    # ("Originally created 01/08/97", "Created: 4 May 2021": an archive page's stamp, not "Created in 2019, ...")
    r"originally\s+created|created(?=\s*:)|"
    r"(?:(?:article|online)\s+)?(?:publish|publication)\s+date(?=\s*:))\b\s*:?\s*(?:on\s+|at\s+)?"
    # ... not a story's status before its headline: "UPDATED: Talks should resume Saturday".
    r"(?-i:(?=[\dA-Z]))(?!(?!(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+[a-z]+\s+[a-z]+\s+[a-z]+))|copyright\b|"
    # A republished story's note: "This article was originally published on ... on May 9.", "This story first ran
    # on May 20, 1999." ("ran" only before its full date: "This story ran in 40 papers on Monday" is a happening)
    # ... or an archive's: "This is an archived article that was published on ... in 2016".
    r"this\s+(?:is\s+an?\s+(?:archived\s+)?)?(?:article|story|piece|report)\s+(?:that\s+)?(?:was\s+|is\s+|has\s+been\s+)?"
    r"(?:first\s+|originally\s+)?(?:published|appeared|posted|updated|corrected|ran(?=\s+(?:in\s+(?:\S+\s+){1,4}?)?"
    r"on\s+(?:[a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[a-z]+\.?,?)\s+\d{4}\b))\b|"
    # ... with the wire or the writer it is credited to before its verb: "This report by The Canadian Press was first
    # published May 5, 2020", "This article by Jane Doe was originally published on ..." (a name in capitals, then
    # "first" or "originally": not "This report by the auditor was published on Monday", a happening).
    r"this\s+(?:article|story|piece|report)\s+(?:by|from)\s+(?-i:(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})"
    r"\s+(?:was|has\s+been)\s+(?:first|originally)\s+(?:published|posted)\s+(?:on\s+)?"
    # (its date ending the line: not "... was first published on Monday and has since been withdrawn")
    r"(?:[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\.?,?\s+\d{4})\W*$|"
    # ... and a paper's note of the print edition: "A version of this article appears in print on June 4, 2024,
    # Section A, Page 1", "This story appears in print on Sunday" (not "A version of the bill appeared ...").
    r"(?:an?\s+(?:\w+\s+)?version\s+of\s+)?this\s+(?:article|story|piece|report|review|essay|column)\s+"
    r"(?:appears|appeared)\s+in\s+(?:print|the\s+print\s+edition)\b|"
    # ... and a page's line of the story's age: "This story is from August 19, 2018" (a date right after
    # "from": not "This story is from the archives", nor "This article is from our reporter in Kyiv").
    r"this\s+(?:article|story|piece|report|post|page)\s+(?:is|was)\s+(?:originally\s+)?from\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:19|20)\d\d\b)|"
    # A page's age: "This was published 4 months ago", "This article was updated a day ago" (the whole
    # line: "This was published 2 weeks ago, the editor said Tuesday" goes on to tell a day).
    r"this(?:\s+(?:article|story|piece|page|post))?\s+(?:was|is)\s+(?:first\s+|last\s+|originally\s+)?"
    r"(?:published|posted|updated)\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:second|minute|hour|day|week|month|year)s?\s+ago\W*$|©|\(c\)\s*\d|(?:correction|clarification)s?\s+appended\b|"
    # A link to another story: "Related: Floods hit Texas in May 2023", "READ MORE: ...".
    r"(?:related(?:\s+(?:stories|story|coverage|articles?))?|read\s+more|see\s+also|(?:also\s+)?read(?:\s+also)?|"
    r"recommended|more\s+on\s+this(?:\s+story)?|tags|tagged|filed\s+under|topics|categories)\s*(?::|\|(?!\|))|"
    # ... and a site's other labels of links, a headline right after them in title or sentence case ("Also read |
    # Sensex falls ...", "More from CNN: ...", "You may also like: ...", "Most read: ...", "Trending Now: ...",
    # "ALSO ON NBC NEWS: ..."; not "Don't miss: the fireworks start at 9 p.m.", nor "Also on Capitol Hill: ..."
    # or "Also on Oct. 16: ...": an outlet after "also on" / "more from", in capitals or by its word)
    r"(?:read\s+next|you\s+(?:may|might)\s+(?:also\s+)?like|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|"
    r"editor['’]?s['’]?\s+picks?|don['’]?t\s+miss|must\s+read|(?:more|other)\s+stories|top\s+stories|"
    # ("MORE: Storm knocks out power Tuesday", "Previous coverage: ...", "You might also enjoy: ...")
    r"more(?:\s+(?:news|coverage))?(?=\s*:)|(?:previous|earlier)\s+(?:coverage|reporting)|you\s+(?:may|might)\s+also\s+enjoy|"
    r"(?:more\s+from|also\s+on)\s+(?!(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)|[^:|\n]{0,40}\bday\b)(?:the\s+)?(?-i:(?:[A-Z][\w.'’&-]*\s+){0,3}?"
    r"(?:[A-Z][A-Z0-9&]+|Reuters|Bloomberg|News|Times|Post|Journal|Herald|Tribune|Guardian|Telegraph|Independent|"
    r"Express|Mirror|Globe|Sky|Fox|Yahoo|Politico|Axios|Insider|Magazine|Network|Radio|Press|Wire)"
    r"(?:\s+[A-Z][\w.'’&-]*){0,2}))"
    r"\s*(?::|\|(?!\|))\s*(?-i:(?=[A-Z0-9\"“‘']))|"
    # A press release's or a page's label before its date: "For Immediate Release: March 12, 2024",
    # "FOR IMMEDIATE RELEASE March 12, 2024", "Release date: ...", "Last update: ...".
    # (and a notice's "Distribution date: 24 April 2024 | ...", as a register of notifications heads each one: a full
    # date with its year ending the label's field or line, not a coming handout's "Distribution date: Saturday, March 9,
    # from 9 a.m. at the fairgrounds")
    r"(?:for\s+immediate\s+release|release\s+date|last\s+update|distribution\s+date(?=\s*:\s*(?:\d{1,2}\s+"
    + MON + r"\.?\s+|" + MON + r"\.?\s+\d{1,2},?\s+)(?:19|20)\d\d\s*(?:\||\n|$)))\b\s*[:—–-]?\s*"
    r"(?-i:(?=[\dA-Z]))|"
    # A release's source line in brackets with the day it was issued: "(Source: Department of Defence; issued Feb
    # 28, 2019)", "(Source: Ministry of Foreign Affairs; released March 3, 2024)", alone in its sentence (not glued to
    # the story: "(Source: ...; issued Feb 28, 2019) The minister met his US counterpart on Wednesday.").
    r"\(\s*source\s*:[^();\n]{1,80};\s*(?:issued|released|published|dated)\b(?=[^()\n]{1,40}\)\s*$)|"
    # A newsletter's greeting with its issue's date: "Welcome to the Friday, June 3, Brew.",
    # "Good morning, and welcome to the Wednesday, March 13, edition of Playbook."
    r"(?:good\s+(?:morning|afternoon|evening)\W+(?:and\s+)?)?welcome\s+(?:back\s+)?to\s+(?:the\s+|this\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"(?=[^.!?]*\b(?:edition|issue|newsletter)\b|[^.!?]*,\s*(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*)*\W*$)|"
    # An embedded post's signature line: "— Jane Doe (@janedoe) April 6, 2023".
    r"[—–-]+\s*[^()\n]{1,60}\(@\w{1,30}\)\s|"
    # A byline: "By Jane Doe, Associated Press | April 6, 2023", "By Jane Doe — April 6, 2023 3 min read"
    # (not "By Monday afternoon, ...").
    r"(?-i:By\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+(?:\s*(?:,|\||[—–]|$))))", re.IGNORECASE)
# The first words of _METADATA's matches, in lower case (those that open with a word character): each
# alternative opens with one of them, written out whole and followed by no ASCII letter ("published\b",
# "this\s+", "don['’]?t", "editor['’]?s"); none is longer than 14 letters. A sentence opening with an ASCII
# letter (most) opens with none of them in most sentences ("The", "He", "In", "Mr"): then _METADATA cannot match
# there, and its ~60 alternatives under re.IGNORECASE are not tried (_may_be_metadata: a case-sensitive
# match at one place of the lower-cased head, whose alternatives the regex engine skips by their first letter).
# tests/extraction/test_fast_paths.py checks the two agree.
_METADATA_FIRST_WORDS = (
    "editor editors first last originally published updated posted modified publish created article online "
    "publication copyright this a an correction corrections clarification clarifications related read see also "
    "recommended more tags tagged filed topics categories you most trending don dont must other top previous "
    "earlier for release good welcome by distribution").split()
_METADATA_OPENING = re.compile("(?:" + "|".join(_METADATA_FIRST_WORDS) + ")(?![a-z])")
_METADATA_WORD_SET = frozenset(_METADATA_FIRST_WORDS)


def _may_be_metadata(sentence: str) -> bool:
    """False only when _METADATA.match(sentence) cannot match: its first 16 characters are ASCII (none that
    re.IGNORECASE folds onto a letter, "ſ") and open with a run of letters that is no word of
    _METADATA_FIRST_WORDS in any case."""
    head = sentence[:16]
    if not head.isascii() or not head[:1].isalpha():
        return True  # a quote, a bracket, a digit or a dash first, or a character beyond ASCII: the regex decides
    word = head.split(None, 1)[0]
    if word.isalpha():  # (most: "The", "He") the run of letters is the first word, looked up whole
        return word.lower() in _METADATA_WORD_SET
    return _METADATA_OPENING.match(head.lower()) is not None  # "Mr.", "U.S.", "Editor's": the run by the regex


_STAMP = re.compile(r"^[\W\d_]*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|[a-z]{3,6}day)\b[\W\d_]*)?"
                    r"(?:[a-z]{3,9}\.?[\s,]+)?[\d\s,:./-]*(?:a\.?m\.?|p\.?m\.?)?\s*(?:[A-Z]{2,4}|UTC|GMT)?\W*$",
                    re.IGNORECASE)


# A site's name before a bare stamp on a line of its own: "cctv.com 12-08-2003 10:27", "www.xinhuanet.com
# 2003-12-08 10:27:00" (the page's time stamp under its own name, as a portal prints it).
_SITE_BEFORE_STAMP = re.compile(r"\W*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|gov|edu|info|[a-z]{2})"
                                r"(?:\.[a-z]{2})?[ \t]+(?=\d)", re.IGNORECASE)


# A date line with the day before the month and no year: "Thursday, 12 November", "12th November".
_DAY_MONTH_LINE = re.compile(r"\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                             r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\W*$", re.IGNORECASE)

# A dateline on a line of its own, the city in title case: "New Delhi, October 16", "Lagos, 3 March
# 2021": the story's place and day, no event.
_TITLE_DATELINE_LINE = re.compile(r"\W*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,\s+"
                                  r"(?:(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|"
                                  r"\d{1,2}\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
                                  r"(?:,?\s+\d{4})?\s*$")
# A dateline on a line of its own whose city is in capitals, alone or with its state as AP writes it: "| CHARLOTTE,
# N.C., June 3", "DENVER, June 3" (a wire page's line above the lead); the caller asks for the paper's day too
# (page_furniture.capitals_dateline_line), as capitals may head a calendar's item ("BAKE SALE, June 14").
_CAPITALS_DATELINE_LINE = re.compile(
    rf"\W*[A-Z]{{3,}}(?:[ -][A-Z]{{2,}}){{0,2}}"
    rf"(?:,\s*(?:[A-Z][a-z]{{1,4}}\.|[A-Z]\.\s?[A-Z][a-z]?\.|(?:{_STATE_NAMES})\b))?,\s+"
    r"(?:(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|"
    r"\d{1,2}\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
    r"(?:,?\s+\d{4})?\s*$")


# A site's clock line, in any order: "26 December 2024, Thursday, 10:54",
# "10:54 AM, Thursday 26 Dec 2024": only date words, numbers and a clock time.
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_CLOCK_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {w[:3] for w in WEEKDAYS} | {
    "tue", "tues", "thur", "thurs", "am", "pm", "a", "p", "m", "gmt", "utc", "et", "est", "edt", "pt", "pst",
    "pdt", "ct", "cst", "cdt", "kst", "jst", "bst", "cet", "cest", "ist", "hrs", "h",
    "on", "at"}  # "8:06 am on 20 December 2003": a stamp's joining words


def _is_clock_line(sentence: str) -> bool:
    return bool(_CLOCK_TIME.search(sentence)) and all(
        w in _CLOCK_WORDS for w in re.findall(r"[a-z]+", sentence.lower()))


# A line that carries a date and nothing that happened: a byline or masthead with
# its date ("By Jane Doe — Tuesday, Nov. 29, 2022", "March 15, 2021 by Staff",
# "- The Daily Star - Monday, May 1, 2023"), an author's handle with a time stamp
# ("jane@blog — January 11th, 2010 2:16 PM"), "/ Modified aug 26, 2014 7:09 p.m.".
# What is left once the dates and clock times are taken out: names (capitalised
# words), handles and the few words of a by-line or time stamp, no predicate.
# ... and the noun's label, "Last update: about 2 years ago", "Latest update: 1 hour ago" (_STAMP_WORDS has its words).
_STAMP_LABEL = re.compile(r"\b(?:modified|updated|posted|published|(?:last|latest)\s+update)\b", re.IGNORECASE)
# ("Updated on January 10, 2018 Published on September 15, 2017": a label's "on"; a headline's
# "on" still needs a stamp's mark or label, see _HEADLINE_WORDS.)
# (A credit's note of what it reprints, in lower case: "Agence France Presse - March 10, 1998 (extracts only)"; its
# kind, "UNHCR press release 6 June 1997", is read as a name, _PRESS_RELEASE: not "Album release June 5, 2025".)
_STAMP_WORDS = frozenset("""by staff writer writers reporter report reports editor admin and the last first
    originally modified updated posted published update latest at on am pm a p m a.m p.m
    comment comments news service services wire wires agencies dispatches
    extract extracts excerpt excerpts abridged only""".split()) | frozenset(MONTHS) | frozenset(
    WEEKDAYS) | {w[:3] for w in MONTHS} | {w[:3] for w in WEEKDAYS} | {"sept", "tues", "thur", "thurs"}
_PRESS_RELEASE = re.compile(r"\b[Pp]ress\s+releases?\b")
_STAMP_TOKEN = re.compile(r"\S*@\S+|[^\W\d_][\w'’.-]*")
_HANDLE = re.compile(r"[a-z][a-z0-9_.-]{2,30}")
# (the handle's "By" right after the date's clock time, or a capital "By" right after the date, as a stamp has
# it: "Dec 1, 2024 10:40 By radiokerrysport", "Nov 30, 2024 By newsdesk"; not a headline's "by" before or after
# its date: "Swamped by floods Nov 30, 2024", "Nov 30, 2024 Stranded by snow", "Nov 30, 2024 by flooding")
_DATE_THEN_BY = re.compile(r"[\s,|·•-]*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?(?:\s+[A-Z]{2,4})?"
                           r"[\s,|·•-]*[Bb]y|By)\s+$")
# Title-case headlines ("Ruiz And Okafor Meet In Lisbon On November 28, 2022") are capitalised
# throughout like a by-line; their prepositions give them away, unless the line marks itself a
# stamp (a by-line's "by", a label, a handle, a copyright sign or a separator).
_HEADLINE_WORDS = frozenset("in on at to for with after before over amid from into against".split())
_STAMP_MARK = re.compile(r"\bby\b|@|©|\||—|–|\s-\s", re.IGNORECASE)
_STAMP_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?", re.IGNORECASE)
# A year glued to its date by a comma with no space, which the date rules leave out of the
# date: "12 November,2015 04:14 PM IST | IANS" is a full date all the same.
_GLUED_YEAR = re.compile(r",(?:19|20)\d\d\b")
# ... and a day glued to the name before it, which the date rules leave out too: "Jane Doe14 March 2021"
# (a by-line's name and its date with the space lost) is a full date all the same.
_GLUED_DAY_BEFORE = re.compile(r"(?<=[a-z])\d{1,2}(?:st|nd|rd|th)?\s+$")


# A page's reading time ("2 Min Read", "5-minute read") and its age, a part of the line of its own
# between bars, dots or slashes ("Oct. 21, 2024 | 1 year ago", "3 hours ago · 2 min read",
# "November 8, 2013 / 11:34 PM / 4 years ago"): a stamp's parts, as its date and clock are.
_READING_TIME = re.compile(r"\b\d{1,3}[\s-]*(?:min|mins|minutes?)\.?\s+read\b", re.IGNORECASE)
_PAGE_AGE = re.compile(r"(?:^|(?<=[|·•/]))\s*(?:\d{1,3}|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|"
                       r"weeks?|months?|years?)\s+ago\s*(?=$|[|·•/])", re.IGNORECASE)
# ... and its prompt to comment, a part of the line of its own too ("Jan 13, 2022 • 1 hour ago • < 1 minute read •
# Join the conversation", "March 3, 2021 | 12 comments")
_PAGE_PROMPT = re.compile(r"(?:^|(?<=[|·•]))\s*(?:join\s+the\s+(?:conversation|discussion)|leave\s+a\s+comment|"
                          r"\d{1,4}\s+comments?)\s*(?=$|[|·•])", re.IGNORECASE)


# ... and a page template's placeholder left unfilled in its text ("Friday, 10 August 2018 00:53 - -
# {{hitsCtrl.values.hits}}", a view counter's): the machinery's, no prose's words.
_TEMPLATE_PLACEHOLDER = re.compile(r"\{\{[^{}\n]{1,80}\}\}")


def _stamp_parts(sentence: str) -> list[tuple[int, int]]:
    """The spans of `sentence` that are a page's reading time or age, or a template's placeholder."""
    if "{{" in sentence:
        return _stamp_parts(_TEMPLATE_PLACEHOLDER.sub(lambda p: " " * len(p[0]), sentence)) + \
            [p.span() for p in _TEMPLATE_PLACEHOLDER.finditer(sentence)]
    if "ead" not in sentence and "EAD" not in sentence and "go" not in sentence and "GO" not in sentence and \
            "omment" not in sentence and "OMMENT" not in sentence and "ussion" not in sentence and \
            "ersation" not in sentence and "ERSATION" not in sentence and "USSION" not in sentence:
        return []
    # Each regex only where its word is ("go" is in "government", "Chicago"): a match of
    # _READING_TIME holds "read", one of _PAGE_AGE "ago", one of _PAGE_PROMPT "comment" or "conversation" or
    # "discussion", and no character beyond ASCII matches their letters under re.IGNORECASE, so the lower-cased
    # line tells.
    low = sentence.lower()
    return [m.span() for rx, words in ((_READING_TIME, ("read",)), (_PAGE_AGE, ("ago",)),
                                       (_PAGE_PROMPT, ("comment", "conversation", "discussion")))
            if any(w in low for w in words) for m in rx.finditer(sentence)]


def _within(at: int, mentions, parts) -> bool:
    """Whether `at` lies in one of the `mentions` (.start, .end) or of the (start, end) `parts`: loops, not
    any() over generators (fastpath's note: setting a generator up costs more than reading a few spans)."""
    for m in mentions:
        if m.start <= at < m.end:
            return True
    for a, b in parts:
        if a <= at < b:
            return True
    return False


def _handle_after_date(sentence: str, word: str, mentions) -> bool:
    at = sentence.find(word)
    first = min(m.start for m in mentions) if mentions else 0
    return any(_DATE_THEN_BY.fullmatch(sentence, m.end, at) for m in mentions) and \
        all(t.lower() in _STAMP_WORDS for t in _STAMP_TOKEN.findall(sentence[:first]))


def span_of_days(line: str, m, before=None) -> bool:
    """Whether the date `m` in `line` closes a span of days: its own second day ("June 10-13, 2016", "June 10 to
    13, 2016"; not "June 10 and 13, 2016": two days, grammar's mdy_and) or the date `before` it (the mention right
    before it, if any) joined to it by a dash or a slash alone ("June 29-July 3/ July 5-10, 2016"): a listing's
    dates, a festival's or a run's, not a page's stamp, which names one day (is_date_stamp,
    publication.find_publication's labelled line)."""
    if m.g(f"{m.kind}_d2") and not m.g(f"{m.kind}_and"):
        return True
    # (a day before it: not a weekday, "Date: Wednesday - June 8, 2016" names one day)
    return before is not None and before.kind in _DAY_KINDS and line[before.end:m.start].strip() in ("-", "–", "/")


_DAY_KINDS = frozenset(("mdy", "dmy", "iso", "num"))


def more_than_one_day(line: str, m, before=None) -> bool:
    """Whether the date `m` names a span of days (span_of_days) or two days ("June 10 and 13, 2016"): a listing's
    dates, no page's stamp, which names one day (is_date_stamp, publication.find_publication's labelled line)."""
    return span_of_days(line, m, before) or bool(m.g(f"{m.kind}_and"))
# An edition's or an issue's line, whose span of days is the page's own, its stamp ("Weekend Edition | June 11-12,
# 2016", "Issue 23: June 8 to 14, 2016"); elsewhere a span or two days are what happens, a festival's or a run's dates
# (is_date_stamp).
_EDITION = re.compile(r"\b(?:editions?|issues?|volume|vol)\b", re.IGNORECASE)


def is_date_stamp(sentence: str, mentions, full_date) -> bool:
    """Is this line (with its date `mentions`, objects with .start and .end) a by-line,
    masthead or time stamp? Only when every date is a full one, with its year
    (`full_date(mention)`), or the line says it was modified, updated, posted or
    published: a headline's bare year or weekday is no stamp. A reading time and a
    page's age ("2 min read", "| 1 year ago") are parts of a stamp, not dates of it."""
    if "\n" in sentence.strip():
        return False
    parts = _stamp_parts(sentence)
    if "ress release" in sentence:
        # (the same length: the mentions' offsets hold; "Press release", as a newsroom's stamp line has it: "12/17/2025
        # | Press release | Posted by ...")
        sentence = _PRESS_RELEASE.sub(lambda r: r[0].title(), sentence)
    handle = None
    after_by = False
    for word in sentence.split():  # most lines fail here, at their first lower-case word
        if word[:1].islower() and "@" not in word and word.rstrip(".,;:)").lower() not in _STAMP_WORDS:
            if after_by and handle is None and _HANDLE.fullmatch(word) and _handle_after_date(sentence, word, mentions):
                # "Dec 1, 2024 10:40 By radiokerrysport": a by-line's user name, in lower case as a
                # site's log-in writes it (one word right after "By", which comes right after the date or
                # its clock, with no headline's words before the date), is the by-line's name
                handle = word
            elif not _within(sentence.find(word), mentions, parts):
                return False
        after_by = word.lower() == "by"
    before = None
    for m in mentions:
        if more_than_one_day(sentence, m, before) and not _STAMP_LABEL.search(sentence) and \
                not _EDITION.search(sentence):
            # "Date: June 10-13, 2016", "When: June 29-July 3/ July 5-10, 2016", "Dates: June 10 and 13, 2016": a span
            # of days or two days, a festival's or a run's dates (under a listing's label, most); a page's stamp names
            # one day, but for an edition's or an issue's
            return False
        before = m
    if parts:
        mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in parts)]
    if not (all(full_date(m) or _GLUED_YEAR.match(sentence, m.end) or _GLUED_DAY_BEFORE.search(sentence, 0, m.start)
                for m in mentions) or
            _STAMP_LABEL.search(sentence)):
        return False
    rest = []
    pos = 0
    for a, b in sorted([(m.start, m.end) for m in mentions] + parts):
        rest.append(sentence[pos:a])
        pos = max(pos, b)
    rest.append(sentence[pos:])
    tokens = [t for t in _STAMP_TOKEN.findall(_STAMP_CLOCK.sub(" ", " ".join(rest))) if t != handle]
    if any(t.lower() in _HEADLINE_WORDS for t in tokens) and not (
            _STAMP_MARK.search(sentence) or _STAMP_LABEL.search(sentence)):
        return False
    return len(tokens) <= 8 and all(
        "@" in t or t[0].isupper() or t.lower().rstrip(".") in _STAMP_WORDS for t in tokens)


# What may stand between two months of an archive's line of links: separators, and a glued link's month name
# ("Apr 2002May 2002June 2002": the glued links' years are mentions of their own).
_LIST_GAP = re.compile(r"[\s,;|/·•-]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\s,;|/·•-]*)*")
# A label before the first month or after the last: an archive's own words ("Current Month, Past Months - 2002:",
# "Search News Monitors", "Archives"), a few, capitalised; not a headline's ("SALES FELL IN JANUARY 2003, ..."), nor a
# schedule's ("Board Meetings: January 2026, ...", "Exam Dates: ...": the months of happenings).
_LIST_LABEL_WORDS = 5
_LIST_LABEL_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ARCHIVE_WORDS = frozenset("""archive archives past previous back issue issues month months current monitor monitors
    search news browse index older newer posts entries blog select by""".split())


def _list_label(text: str) -> bool:
    if any(c.isdigit() for c in text):
        return False
    words = _LIST_LABEL_WORD.findall(text)
    return len(words) <= _LIST_LABEL_WORDS and all(w[0].isupper() and w.lower() in _ARCHIVE_WORDS for w in words)


def is_month_list(sentence: str, mentions) -> bool:
    """ "Jan 2001, Feb 2001, March 2001, April 2001, ...", "Past Months - 2002: Jan 2002, Feb 2002, ...": an
    archive's links by month, a run of four months or more that follow each other in the calendar with nothing but
    separators between them, and at most a label of a few capitalised words before the first and after the last: no
    event. Not a list of months that do not follow each other ("elections in Jan 2002, Mar 2003 and May 2004"), nor
    one with a word or a figure between its months ("January 2003, February 2003, March 2003 And April 2003",
    "January 2003 5.8%, February 2003 5.9%, ..."), nor one after a sentence's words ("Sales rose in ...", "SALES
    FELL IN ...")."""
    run = best = 0
    prev = None
    months = []
    for m in mentions:
        if m.kind == "yr":
            continue  # the year's label ("2002: Jan 2002, ..."), or a link's year glued to the next month
        if m.kind != "my" or not m.g("my_y") or not m.g("my_mon"):
            return False
        at = int(m.g("my_y")) * 12 + MONTHS[m.g("my_mon").lower().rstrip(".")]
        run = run + 1 if prev is not None and abs(at - prev) == 1 else 1
        best = max(best, run)
        prev = at
        months.append(m)
    if best < 4:
        return False
    # (the text between two months, its glued links' years cut out)
    for k in range(1, len(months)):
        a, b = months[k - 1], months[k]
        gap = sentence[a.end:b.start]
        for y in mentions:
            if y.kind == "yr" and a.end <= y.start < b.start:
                gap = gap.replace(y.text, " ", 1)
        if _LIST_GAP.fullmatch(gap) is None:
            return False
    head = sentence[:months[0].start]
    for y in mentions:
        if y.kind == "yr" and y.end <= months[0].start:
            head = head.replace(y.text, " ", 1)
    return _list_label(head) and _list_label(sentence[months[-1].end:])


# A masthead's copyright notice, however long the header after it ("HARBOR TIMES
# Copyright (c) 1996, Harbor Times DATE: Tuesday, August 27, 1996 SECTION: ...").
_MASTHEAD_COPYRIGHT = re.compile(r"^\W*(?:[A-Z][\w.&'’-]*\s+){1,5}(?:[Cc]opyright\b|COPYRIGHT\b|©|\([Cc]\)\s*\d)")


def _masthead_copyright(sentence: str) -> bool:
    head = sentence[:120]
    return ("opyright" in head or "OPYRIGHT" in head or "©" in head or "(c)" in head or "(C)" in head) and \
        bool(_MASTHEAD_COPYRIGHT.match(sentence))


# A citation's head: its year in brackets, then a comma ('(2005), "Weather", ...').
_CITATION_HEAD = re.compile(r"\W*\((?:19|20)\d\d\)\s*,")
# A rule line of underscores, dashes or equals signs above the line that follows it in the same sentence.
_RULE_ABOVE = re.compile(r"^\s*[_=*~-]{8,}[ \t]*\n")
_ISSUE_LINE = re.compile(r"\b(?-i:Vol|VOL|Volume|VOLUME)\.?\s*[IVXLC\d]+\b\W{0,6}(?-i:No|NO)\.?\s*\d")

# A periodical's issue label on a line of its own: "From the issue dated April 8, 2005", "Issue dated May 23,
# 2003", "From AJR, August/September 2004" (the title, a month or two and the year, nothing after): the page's
# issue, no event. Not "From Paris, the president flew on" (no month) nor "From May 2004, prices rose" (no title).
_ISSUE_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ISSUE_LABEL = re.compile(r"\W*(?:from\s+(?:the|this|our)\s+|(?:the\s+)?)(?:print\s+)?issue\s+dated\s+"
                          r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                          rf"(?:{_ISSUE_MONTH}\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}\s+{_ISSUE_MONTH},?\s+)(?:19|20)\d\d\W*$|"
                          r"\W*from\s+(?:the\s+)?(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
                          r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}),\s+"
                          rf"{_ISSUE_MONTH}(?:\s*[/–-]\s*{_ISSUE_MONTH})?,?\s+(?:19|20)\d\d\W*$", re.IGNORECASE)

# A periodical's title with the period its issue covers, on a line of its own: "News Monitor for August 2002",
# "Global News Monitor for May 16-31, 2005", "Press Review for 3 July 2025", "Weekly Bulletin for the week ending June
# 27, 2025" (capitalised words ending in the periodical's noun, "for", the month or its days and the year, nothing
# after): the issue, no event.
# Not "The report for March 2025 shows gains" (a predicate after it, or the noun in lower case), nor a headline's
# noun that names no periodical ("Council Sets Budget Review for March 2026": a review, a report, an update).
_PERIODICAL_FOR = re.compile(r"\W*(?:[A-Z][\w.&'’-]*\s+){0,4}(?:Monitor|Newsletter|Digest|Bulletin|Roundup|"
                             r"Round-up|Briefing|Watch|Chronicle|Press\s+Review)\s+for\s+"
                             r"(?:the\s+(?:week|month|period)\s+(?:of|ending)\s+)?"
                             r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                             r"(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?)?\s+(?:19|20)\d\d\W*")


# A story cited by its quoted headline, then its outlet and its full date, on a line of its own: '"China flooding
# forces evacuation of 500,000 people",The Boston Globe Aug. 8, 1998' (a clipping page's credit): the story's day,
# no happening, the comma after the quote or inside it ('"Storm batters coast," Daily Mail, 3 July 2025'); the name an
# outlet's (a paper's or an agency's word in it). Not '"We will win," Smith said on March 3, 2025' (a saying: a word
# in lower case after the quote), nor '"We shall never surrender," Winston Churchill, June 4, 1940' (a saying's
# speaker and day).
_QUOTED_CITATION = re.compile(r"\s*[“\"][^\"”\n]{5,160}(?:[”\"]\s*,|,[”\"])\s*"
                              r"(?=(?:[A-Z][\w.&'’-]*,?\s+){0,4}?(?:Times|Post|Globe|Daily|News|Herald|Journal|Press|"
                              r"Mail|Star|Tribune|Telegraph|Guardian|Reuters|AP|AFP|Xinhua|Gazette|Chronicle|Observer|"
                              r"Independent|Express|Magazine|Record|Sun|Standard|Nation|Age|Inquirer|Examiner)\b)"
                              r"(?:[A-Z][\w.&'’-]*,?\s+){1,5}"
                              r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?|"
                              r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?)\s+(?:19|20)\d\d\W*")


# A periodical's dated title on a line of its own: "Media Summary 18 Dec 2000, 1400 hours", "News of the day -
# September 8, 1998", "News briefs from 1999", "Daily Press Briefing, March 3, 1999" (a few words of a title that
# ends in a word of news, a date after it, a clock at most): the issue's day, no event. Not "Report: Clinton to visit
# China in June 1998" (words of a sentence between), "UN to issue Iraq report on December 8" (a headline's plan)
# nor "Hurricane Hugo - Sept. 21, 1989" (no title word).
_TITLE_KEYS = ("news", "summary", "digest", "briefing", "bulletin", "report", "update", "review", "roundup",
               "round-up", "briefs", "newsletter", "headlines")
_DATED_TITLE_LINE = re.compile(
    # (the title's words before its word of news capitalised, as a title's are: not a headline's "Court to hear
    # review on March 3", "Fed sets rate review for June"; and only "from", "of" or, after no review or report,
    # "for" before the date ("Headlines for Tuesday, October 22, 2002"), not a plan's: "Council Sets Budget Review
    # for March")
    r"\W*(?-i:(?:[A-Z][\w'’&.-]*\s+){0,4}?)(?:news|summary|digest|briefings?|bulletin|report|update|review|round-?up|"
    r"briefs|newsletter|headlines)(?:\s+(?:of\s+the\s+(?:day|week)|briefs|summary|digest|bulletin))?"
    r"(?:\s*[-–—:|,]\s*|\s+(?:from|of)\s+|(?<!review)(?<!report)\s+for\s+|\s+)"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_ISSUE_MONTH}\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_ISSUE_MONTH},?\s+)?(?:19|20)\d\d"
    r"(?:,?\s+\d{1,2}[:.]?\d{2}(?:\s*(?:hours|hrs|h|gmt|utc|[ap]\.?m\.?))?)?\W*", re.IGNORECASE)


# A line naming a source and its day: "Source: Beijing QianLong.com, May 6, 2008", "Xinhua, May 5, 2008
# http://news.xinhuanet.com/..." (a digest's or a briefing's credit of what it cites, with the link after it or
# the label "Source:" before it): the source's date, no event. The name: up to six words opening in capitals,
# not a weekday or an occasion ("Election Day, Nov. 4, 2008 http://..." keeps its day); the date a full one.
_SOURCE_LINE = re.compile(
    r"\W*(?P<label>sources?\s*:\s*)?(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"(?P<name>[A-Z][\w.&'’/-]*(?:\s+(?:[A-Z][\w.&'’/-]*|of|the|and|de|for)){0,5})),\s+"
    rf"(?:{_ISSUE_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_ISSUE_MONTH},?)\s+(?:19|20)\d\d\s*"
    r"(?P<link>(?:https?://|www\.)[^\n]*)?", re.IGNORECASE)

# ... or in brackets on a line of its own, as a digest or a newsletter credits the story it excerpts: "[Excerpted From
# CNN, October 30, 1999]", "(Reprinted from The Hindu, 3 May 2004)": the source's day, no happening (not "[Police said
# on October 30, 1999]" nor "(From Paris, the minister flew ...)": a source's name, its date and nothing else).
_BRACKETED_SOURCE = re.compile(
    r"\W*[\[(]\s*(?:(?:excerpted|reprinted|adapted|abridged|condensed|republished|taken)\s+)?from\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w.&'’/-]*(?:\s+(?:[A-Z][\w.&'’/-]*|of|the|and|de|for)){0,5}),\s+"
    rf"(?:{_ISSUE_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_ISSUE_MONTH},?)\s+(?:19|20)\d\d\s*[\])]\W*", re.IGNORECASE)


# A wire dateline with the agency between slashes, cut off as a sentence of its own:
# "MOSCOW, August 5. /TASS/.", "BEIJING, Jan. 3 /Xinhua/ -".
_SLASH_DATELINE = re.compile(r"\W*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,30}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*"
                             r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\.?\s*/[A-Za-z-]{2,12}/\W*")


# The tail of a scanned newspaper's page title in a library's archive: the paper's run of years, the issue's date
# and the page's image ("1893-current, September 01, 2004, Image 13", "1905-1922, March 3, 1911, Image 4").
# (after nothing, or the paper's name: "Evening Star. 1854-1972, June 30, 2025, Image 4")
_SCAN_TITLE_TAIL = re.compile(r"^(?:[A-Z][\w'’&-]*\.?(?:\s+[A-Z][\w'’&-]*\.?){0,4}\s+)?\W*"
                              r"(?:1[6-9]|20)\d\d-(?:current|present|(?:1[6-9]|20)\d\d)\s*,\s*"
                              r"[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4}\s*,\s*Image\s+\d+\W*$")


# A web address on a line of its own ("http://www.example.com/news/2012-11-26/story.html"): the
# date in its path is the page's, no event.
_LINK_LINE = re.compile(r"\W*(?:https?://|www\.)\S+\s*", re.IGNORECASE)


# A line of a page's links, three or more short labels of words each with its year, between bars ("Timeline for 2015
# | Timeline for 2013 | Timeline for 2012 and earlier", "2019 | 2018 | 2017"): no happening (not a row of figures:
# "Sales rose 5% in 2019 | 3% in 2018 | ...").
_NAVIGATION_ITEM = r"[ \tA-Za-z.,'’&-]{0,30}\b(?:19|20)\d\d\b[ \tA-Za-z.,'’&-]{0,20}"
_NAVIGATION_LINE = re.compile(rf"{_NAVIGATION_ITEM}(?:\|{_NAVIGATION_ITEM}){{2,}}\|?\s*")


# A link to a picture gallery on a line of its own, its title closed by a dash and "In pictures" or "in photos", no
# stop ("UK Heatwave: July 2019 - In pictures", "Storm Ciara, February 2020 – in pictures"): the gallery's title,
# whose date is that page's (not "The floods of July 2019 in pictures." nor "In pictures: Storm hits Britain").
_GALLERY_LINK = re.compile(r"[ \t]*[^\n]{3,110}?[ \t]+[-–—|][ \t]*(?:[Ii]n|IN)[ \t]+(?:[Pp]ictures|PICTURES|[Pp]hotos|"
                           r"PHOTOS)[ \t]*\n?[ \t]*")


# A news release's embargo line, a clock time right after its label: "Embargoed until 8:30 a.m. ET, Thursday,
# March 14, 2024", "EMBARGOED UNTIL 00:01 GMT", "... in this news release is embargoed until 8:30 a.m. (ET) Friday,
# ...", "Under embargo until 10:00 CET", "Embargo: 00.01 Tuesday" (not an embargo kept "until 2015" or "until March").
# Only a line that opens with its label or a news release's own sentence of it ("The data was embargoed until 8:30
# a.m. Wednesday, when it showed prices rose", "kept the embargo until noon Tuesday": what happened).
_EMBARGO_LINE = re.compile(r"(?:\W*|.*?\brelease\b.*?\b)(?:embargoed|under\s+embargo|embargo)\s*(?:until|till|:)\s*"
                           r"(?:\d{1,2}[:.]\d\d|\d{1,2}\s*[ap]\.?\s?m\b|noon\b|midnight\b)", re.IGNORECASE)


def is_metadata(sentence: str) -> bool:
    """A "Published/Updated" or "Correction appended" line, a copyright line, a bare
    date-time stamp or clock line, or a link on a line of its own: no event."""
    if ("http" in sentence or "www." in sentence) and _LINK_LINE.fullmatch(sentence):
        return True
    if "|" in sentence and _NAVIGATION_LINE.fullmatch(sentence):
        return True  # a page's links by year: "Timeline for 2015 | Timeline for 2013 | Timeline for 2012 and earlier"
    if len(sentence) > 160:
        return _masthead_copyright(sentence)
    if "No" in sentence and (len(sentence) < 100 or "\n" in sentence and (rule := _RULE_ABOVE.match(sentence)) and
                             len(sentence) - rule.end() < 100 or
                             "doi.org/" in sentence and _CITATION_HEAD.match(sentence)) and \
            _ISSUE_LINE.search(sentence):
        # a masthead's issue line: "Sunday, Oct. 6, 2013 • Vol. 15--No. 83", under a rule line of its own
        # ("______\nRFE/RL NEWSLINE Vol. 2, No. 173 Part I, 8 September 1998"); a citation's volume and issue
        # with its doi ('(2005), "Weather", Disaster Prevention and Management, Vol. 14 No. 2. https://doi.org/...')
        return True
    if len(sentence) < 80 and ("ssue" in sentence or "rom" in sentence or "SSUE" in sentence or
                               "ROM" in sentence) and _ISSUE_LABEL.match(sentence):
        return True  # "From the issue dated April 8, 2005", "From AJR, August/September 2004"
    if sentence[:1] in "\"“ " and sentence.lstrip()[:1] in "\"“" and ("19" in sentence or "20" in sentence) and \
            _QUOTED_CITATION.fullmatch(sentence):
        return True  # '"Floods force evacuation",The Boston Globe Aug. 8, 1998': a cited story's day
    if len(sentence) < 90 and " for " in sentence and _PERIODICAL_FOR.fullmatch(sentence):
        return True  # "News Monitor for August 2002": a periodical's issue
    if ("://" in sentence or "www." in sentence or "ource" in sentence or "OURCE" in sentence) and "," in sentence and \
            (src := _SOURCE_LINE.fullmatch(sentence)) and (src["label"] or src["link"]) and \
            src["name"].split()[-1].capitalize() not in OCCASION_WORDS:
        return True  # "Source: Xinhua, May 5, 2008", "Washington Times, May 2, 2008 http://...": a cited source's day
    if len(sentence) < 100 and sentence.lstrip()[:1] in ("[", "(") and _BRACKETED_SOURCE.fullmatch(sentence):
        return True  # "[Excerpted From CNN, October 30, 1999]": the excerpted story's source and day
    if len(sentence) < 60 and "/" in sentence and _SLASH_DATELINE.fullmatch(sentence):
        return True
    if len(sentence) < 80 and ("19" in sentence or "20" in sentence) and (low := sentence.lower()) and \
            holds(low, _TITLE_KEYS) and \
            _DATED_TITLE_LINE.fullmatch(sentence) and "\n" not in sentence.strip():
        return True  # "Media Summary 18 Dec 2000, 1400 hours", "News of the day - September 8, 1998"
    if len(sentence) < 60 and "." in sentence and (site := _SITE_BEFORE_STAMP.match(sentence)) and \
            _STAMP.match(sentence[site.end():]):
        return True  # "cctv.com 12-08-2003 10:27": a portal's stamp under its name
    if "Image" in sentence and len(sentence) < 100 and _SCAN_TITLE_TAIL.search(sentence):
        return True  # a scanned paper's page title: "(Salem, Ore.) 1890-current, June 30, 2025, Image 12"
    if _may_be_metadata(sentence) and _METADATA.match(sentence) is not None:
        return True
    if ("mbargo" in sentence or "MBARGO" in sentence) and len(sentence) < 220 and _EMBARGO_LINE.match(sentence):
        return True  # "Embargoed until 8:30 a.m. ET, Thursday, March 14, 2024": a news release's stamp
    if len(sentence) < 140 and ("ictures" in sentence or "hotos" in sentence or "ICTURES" in sentence or
                                "HOTOS" in sentence) and _GALLERY_LINK.fullmatch(sentence):
        return True  # "UK Heatwave: July 2019 - In pictures": a link to a gallery, its title that page's
    return _masthead_copyright(sentence) or (len(sentence) < 60 and (
        bool(_STAMP.match(sentence)) or _is_clock_line(sentence) or bool(_DAY_MONTH_LINE.match(sentence))))


def is_title_dateline_line(sentence: str) -> bool:
    """A dateline on a line of its own, the city in title case: "New Delhi, October 16" (the caller
    asks only near the top: further down, "Arsenal, January 14" is a fixture list's)."""
    return len(sentence) < 60 and "," in sentence and _TITLE_DATELINE_LINE.fullmatch(sentence) is not None and \
        sentence.split(",", 1)[0].split()[-1:] not in ([w] for w in OCCASION_WORDS)


def is_capitals_dateline_line(sentence: str) -> bool:
    """A dateline on a line of its own, the city in capitals (_CAPITALS_DATELINE_LINE): "| DENVER, Colo., June 3"."""
    return len(sentence) < 60 and "," in sentence and _CAPITALS_DATELINE_LINE.fullmatch(sentence) is not None and \
        not any(w.capitalize() in OCCASION_WORDS for w in sentence.split(",", 1)[0].split()[-1:])


# The last word of a title-case name of an occasion, not a place: "Memorial Day, May 27", "Opening Night,
# May 20", "Graduation Day, June 7" above a story tell the occasion's day, as a headline would (a town
# named with such a word elsewhere stays one: "Fair Oaks, May 13", "Show Low, May 13").
OCCASION_WORDS = frozenset("Day Night Eve Weekend Morning Afternoon Evening Festival Parade Game Match Final "
                            "Finals Concert Deadline Election Primary Vote Ceremony Graduation Premiere Launch".split())


# A page's update or correction stamp before a bar or a dash that opens the lead on the same line:
# "Corrected 8:15 p.m. | With the veto threat still fresh, ...", "Updated 3:40 PM EST — The storm
# ...". The stamp (its time or date as _STAMP reads them) is a sentence of its own: the lead's
# sentence starts after the bar ("Updated: Talks resume | Live" has no stamp, so stays whole).
_STAMP_LEAD = re.compile(r"(?i:(?:last\s+|first\s+)?(?:updated|corrected|clarified|revised|posted|published|modified))"
                         r"\b:?[ \t]+(?:(?i:on|at)[ \t]+)?([^|—–\n]{1,40}?)[ \t]+(?:\||[—–](?=[ \t]))")


# Company suffixes a full stop follows without ending the sentence, unless an opener comes next.
_COMPANY_SUFFIXES = frozenset(("inc", "corp", "co", "ltd", "jr", "sr", "bros", "plc"))
# A lettered group, pool or plan before a single capital and its full stop: "top of qualifying group C. Egypt
# beat ...", "Plan B. The council ...": the letter is the thing's name, no initial of a person's (an initial follows
# a name in capitals: "John C. Smith", "by J. Smith"), and its full stop ends the sentence.
_LETTERED_NOUN = re.compile(r"\b(?:group|pool|plan|vitamin|grade|class|category|division|section|zone|sector|tier|"
                            r"exhibit|appendix|annex)\s$", re.IGNORECASE)
# The words (lower case, without their full stop) after which _split_block looks further before splitting.
_ABBREVIATION_LIKE = _NEVER_SPLIT | _UNITS | _COMPANY_SUFFIXES
# A number, maybe with thousands, decimals or a per cent sign, and a lower-case word: it opens a clause ("1 to 3
# inches of rain are expected", "25 people were hurt").
_NUMBER_OPENS_CLAUSE = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?%?\s+[a-z]{2,}\b")
# The abbreviations of a reference or a measure that a number follows ("in vol. 3 of the set", "ext. 204 for
# help", "about 2 lbs. 3 oz"): their full stop ends no sentence before it.
_BEFORE_NUMBER = frozenset("""vol vols sec secs sect chap para paras art arts figs ext tel ref refs ver eds
    min mins hrs yrs lbs kgs gal gals tbsp tsp cont incl excl pts""".split())


# The first letters of _STAMP_LEAD's words, either case (re.IGNORECASE folds no other character onto
# them): a block opening with none of them, most, is not matched against it.
_STAMP_LEAD_FIRST = frozenset("lfucrpmLFUCRPM")


# A word or a number that may be or hold a date.
_DATE_WORD = re.compile(r"\d|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|"
                        r"(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber|"
                        r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", re.IGNORECASE)


def _quote_open(text: str, start: int, end: int) -> bool:
    """Is a quotation opened in text[start:end] and not closed there (a curly one, or an odd count of
    straight double quotes)?"""
    curly = text.count("“", start, end)
    if curly:
        return curly > text.count("”", start, end)
    return text.count('"', start, end) % 2 == 1


_MARKDOWN_IMAGES = re.compile(r"(?:!\[[^\]\n]{0,200}\]\([^()\s]{0,500}\)\s*)+")


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]], until: int | None = None) -> None:
    """Append the sentences of text[start:end] to `out`. With `until`, the
    rest of the block after the sentence holding that offset is appended
    whole, not split (split_sentences' only_around)."""
    if text[start:start + 2] == "![":  # (str.startswith: see fastpath's note)
        # a page's image left as Markdown at the head of a line ("![]() TOKYO (AFP) ... Typhoon Meari
        # continued ..."): furniture, no word of the sentence after it
        m = _MARKDOWN_IMAGES.match(text, start, end)
        if m is not None:
            start = m.end()
            if start >= end:
                return
    lead = _STAMP_LEAD.match(text, start, end) if text[start:start + 1] in _STAMP_LEAD_FIRST else None
    if lead is not None and _STAMP.match(lead[1]) and lead.end() < end:
        out.append((start, lead.end()))
        start = lead.end()
    dl = _dateline_end(text, start, end)
    if dl is not None and dl < end:
        out.append((start, dl))
        start = dl
    sent_start = start
    for m in _terminals(text, start, end):
        # (the terminal, group 1, opens the match: _terminals; groups 2 and 3 are _NEXT's match after it, if any)
        punct, opening, first = m.group(1, 2, 3)
        t_start = m.start()
        t_end = t_start + len(punct)
        if first is None:
            if _glued(text, t_start, t_end, punct, sent_start, end):
                out.append((sent_start, t_end))
                sent_start = t_end
                if until is not None and sent_start > until:
                    break
            continue
        if first.islower():
            continue  # stray full stop inside a sentence
        if opening and sent_start == start:  # (most sentences open with their first word, no bracket or quote)
            if "(" in opening and t_end - start <= _DATELINE_HEAD_MAX and \
                    _CALL_SIGN_DASH.match(text, t_end, end) and _CAPITALS_PLACE.match(text, start, t_start):
                continue  # "WESTERN Ky. (KFVS) - The ...", "BURLINGTON, Vt. (WCAX) -About ...": a dateline's state
            if opening[:1] == "(" and _CREDIT_AFTER_STATE.match(text, t_end, end) and \
                    _CITY_AND_STATE.fullmatch(text, sent_start, t_start + 1):
                continue  # "TEMPE, Ariz. (AP)Arizona Cardinals ...": a dateline whose dash was lost
        if (punct == "..." or punct == "…") and first == "I" and not m[4] and not opening and \
                _quote_open(text, sent_start, t_start) and not _DATE_WORD.search(text, sent_start, t_start):
            # '"... worse than that... I changed as a person", she told the jury': a pause in a quote (not after
            # a date of its own, '"The storm hit Friday... I will rebuild"': the two keep their own tenses)
            continue
        if punct != "." and punct.endswith(("”", '"', "''")) and ("!" in punct or "?" in punct) and \
                _ATTRIBUTION.match(text, t_end, end) and not opening:
            # '“I’m on my way!” her sister tweeted Monday.': the attribution ends the quote's sentence (and in
            # typewriter quotes, "''We won!'' Smith declared at a party")
            continue
        if punct == "." or punct.startswith(".") and "!" not in punct and "?" not in punct:
            lo = t_start - 20 if t_start - 20 > sent_start else sent_start  # max(): see fastpath's note
            wb = _word_before(text, lo, t_start)
            if wb:
                wb_start, word = wb
                low = word.lower().rstrip(".")
            # A plain word of two letters or more before the full stop (most of them) is no
            # abbreviation, unit, initial or company suffix: none of the checks below can keep
            # the sentence going.
            if wb and ("." in word or len(word) == 1 or low in _ABBREVIATION_LIKE):
                unit = low in _UNITS and _NUMBER_BEFORE.search(text, max(sent_start, wb_start - 2), wb_start)
                if low in _NEVER_SPLIT and not unit and not (
                        first.isdigit() and low in {"mon", "sun", "sat", "wed", "fri"}) and not (
                        # an answer's "No." ("we have to say - No. The ministry ..."): before a capitalised
                        # word that is no number it ends the sentence ("No. 10", "No. Two" stay)
                        low == "no" and word in ("No", "NO") and first.isalpha() and
                        (first + m[4]).lower() not in NUMBERS):
                    if len(punct) == 1:
                        continue
                # Initialisms (U.S., a.m., single initials like "John F.") and
                # company suffixes: split only before a typical opener.
                # ("the 70s." ends a sentence: a letter after digits is no initial.)
                # (a web address is no initialism: "on sale via OnePlus.com. Early Bird tickets ..." ends there)
                is_initial = "." in word and _DOMAIN.fullmatch(word) is None or \
                    (len(word) == 1 and not text[wb_start - 1:wb_start].isdigit())
                # (within the block: "Updated 1:10 a.m. ET Thursday" over a paragraph that opens "It had
                # been ..." is one stamp, the name and verb no further than its line)
                clock_then_clause = low in ("a.m", "p.m") and _SUBJECT_AND_VERB.match(text, m.start(3), end)
                if (is_initial or unit or low in _COMPANY_SUFFIXES) and \
                        len(punct) == 1 and not clock_then_clause:
                    if (first + m[4]).lower() not in _OPENERS and not (
                            len(word) == 1 and word.isupper() and
                            _LETTERED_NOUN.search(text, max(sent_start, wb_start - 10), wb_start)):
                        continue
            if punct == ".)" and t_start - sent_start >= 2 and text[t_start - 2] == "(" and \
                    text[t_start - 1].isupper() and (first + m[4]).lower() not in _OPENERS:
                # "from Hazrat Shahjalal (R.) International Airport", "Sen. Jane Roe (D.) Voting Record": a
                # bracketed initial (an honorific's, a party's) ends no sentence before a word that opens none
                continue
            if first.isdigit() and len(punct) == 1 and not (
                    # ... but a number that opens a clause, a lower-case word after it, after a plain word in
                    # lower case (no abbreviation) does: "... through Saturday morning. 1 to 3 inches of rain are
                    # expected", "... was evacuated. 25 people were treated"
                    punct == "." and wb and word.isalpha() and word.islower() and len(word) >= 3 and
                    low not in _ABBREVIATION_LIKE and low not in _BEFORE_NUMBER and
                    _NUMBER_OPENS_CLAUSE.match(text, m.start(3), end)):
                # "Covid-19. 19 fears ease" / "No. 1": digits rarely open a
                # sentence right after a single full stop.
                continue
        out.append((sent_start, t_end))
        sent_start = m.start(2)
        if until is not None and sent_start > until:
            break  # the offset's sentence is closed: the rest is one span
    if sent_start < end:
        out.append((sent_start, end))


def split_sentences(text: str, *, only_around: list[int] | None = None) -> list[tuple[int, int]]:
    """Return (start, end) spans of sentences; text[start:end] is stripped.

    With `only_around` (sorted offsets), only the blocks (paragraphs, lines)
    holding one of those offsets are split: the extractor passes where its
    trigger words are and skips the paragraphs that cannot hold a date. And
    a block is split only up to the sentence holding its last offset: what
    follows is one span holding none of them. (The spans holding an offset
    are the same either way: where a sentence ends depends only on the text
    from its own start.)
    """
    spans: list[tuple[int, int]] = []
    for bstart, bend in _line_spans(text):
        if only_around is None:
            _split_block(text, bstart, bend, spans)
            continue
        i = bisect_left(only_around, bstart)
        if i == len(only_around) or only_around[i] >= bend:
            continue
        _split_block(text, bstart, bend, spans, until=only_around[bisect_left(only_around, bend, i) - 1])
    if "(" in text:  # (every credit opens with one: most texts hold none)
        spans = _cut_credits(text, spans)
    result = []
    for s, e in spans:
        # The span stripped of whitespace (str.strip's), read at its ends in place: a
        # sentence has a space or two there at most, and copying it to strip cost more.
        if s < e and (text[s].isspace() or text[e - 1].isspace()):
            # (most spans are stripped already: a block's ends are, and a sentence starts at its first
            # word and ends at its terminal)
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
        if e > s:
            result.append((s, e))
    return result



def is_dateline(sentence: str) -> bool:
    """Is this whole (stripped) sentence a dateline such as "WASHINGTON, March 5 (Reuters) -"?"""
    return bool(sentence) and _dateline_end(sentence, 0, len(sentence)) == len(sentence)
