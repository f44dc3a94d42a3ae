"""Page furniture: datelines, by-lines, page and post stamps, label lines, page headings and a paper's name.

What a page prints around a story dates the page or its parts, not a happening: a dateline gives
the day a wire story's "today" was written (dateline_day), and the date of a by-line, a stamp or a
label line is no event. The per-sentence resolution (pipeline._resolve_sentence) asks these
questions of each date; they read the page's shape, not the sentence's grammar.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache

from .events import dateline_city
from .fastpath import holds, lines_of, may_hold, search_last_words
from .grammar import resolve, title_case, yearless
from .lexicon import MONTHS, SAYING_WORDS, WEEKDAYS, phrase_rx
from .recognition import Mention, article_triggers, find_mentions
from .resolution import Context, day_number, month_candidates, month_value, pick, safe_date
from .sentences import OCCASION_WORDS, SOURCE_CITATION, is_capitals_dateline_line, is_dateline, is_title_dateline_line
from .tense import first_tense_is_past, has_past_marker

# How far down a title-case dateline line ("New Delhi, October 16") may stand: above the story, under
# its headline, by-line and caption.
DATELINE_LINE_WITHIN = 1000


# A page's stamp label right after a full date, or a stamp's label or a by-line's role right before
# one (each in its own capitals, as page furniture writes them: "Updated: Jan. 19, 2021", "AP Sports
# Writer Jan. 19, 2021"; not "was updated Jan. 19" nor "a writer on Jan. 19", prose).
STAMP_LABEL_AFTER = re.compile(r"\s*[|•·]?\s*(?:Updated|UPDATED|Last\s+[Uu]pdated|Published|PUBLISHED|Posted|POSTED|"
                               r"Modified|Edited)\b\s*(?::|on\b|at\b)")
# A by-line's role right before a full date, in a by-line's shape (a role word alone is a title in prose:
# "White House Chief of Staff Jan. 20, 2025", "named Executive Editor Oct. 1, 2024"): a name, its
# separator, title-case words and the role, the line opening with "By" ("By Jane Doe, Staff Writer"),
# the name in capitals ("... JANE DOE, AP Golf Writer"), an agency before the role ("Jane Doe, Associated
# Press Writer"), or the line's name and role then the date at the line's end, before a time or a stamp's
# label ("Jane Doe, Staff Writer Oct. 14, 2025").
_BYLINE_ROLE = r"(?<!\bof\s)\b(?:Writer|Correspondent|Reporter|Editor|Columnist|Staff)\s*[,|•·]?\s*$"
_BYLINE_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_BYLINE_TITLES = r"(?:[A-Z][\w.&'’-]*\s+){0,3}"
_BYLINE_AGENCY = r"(?:The\s+)?(?:AP|Associated\s+Press|Reuters|AFP|Agence\s+France-Presse|Bloomberg|UPI|CNN|NPR)\s+"
_BYLINE_BY = re.compile(r"^\W*By\s+" + _BYLINE_NAME + r"\s*[,|•·]?\s*" + _BYLINE_TITLES + _BYLINE_ROLE)
_BYLINE_CAPS = re.compile(r"\b[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3}\s*[,|•·]\s*" + _BYLINE_TITLES + _BYLINE_ROLE)
_BYLINE_WITH_AGENCY = re.compile(r"\b" + _BYLINE_NAME + r"\s*[,|•·]\s*" + _BYLINE_AGENCY + _BYLINE_TITLES +
                                 _BYLINE_ROLE)
_BYLINE_LINE = re.compile(r"^\W*" + _BYLINE_NAME + r"\s*[,|•·]\s*" + _BYLINE_TITLES + _BYLINE_ROLE)
_BYLINE_ROLE_BEFORE = re.compile(_BYLINE_ROLE)
# (a match is its line's last word or two, "Writer" or "Writer |": fastpath.search_last_words looks there)
_BYLINE_DATE_END = re.compile(r"\s*(?:[,|•·-]\s*)?(?:$|\n|(?:at\s+)?\d{1,2}(?::\d{2})?\s*"
                              r"(?:[ap]\.?m\b\.?|[AP]\.?M\b\.?))")
# A dateline's city in capitals in brackets after its date: "September 29, 2009 (CHICAGO)", "(WASHINGTON, D.C.)".
# (then the lead: "(CHICAGO) Now ...", "(AP) --"; not "(WHO) said ...", a subject in brackets)
_CITY_IN_BRACKETS_AFTER = re.compile(r"\s*\((?-i:[A-Z][A-Z.'’-]+(?:[\s,]+[A-Z][A-Z.'’-]*)*)\)(?=\s*(?:[-—–]|[A-Z]|$))")
# Another line that opens with a full date and a city in brackets, as a list's entries do ("Jan. 5, 2021
# (WASHINGTON) - ...", "Jan. 20, 2021 (WASHINGTON) - ..."): a story has one dateline.
_BRACKETED_DATE_LINE = re.compile(r"(?m)^\W*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+)"
                                  r"(?:19|20)\d\d\s*\([A-Z]")


# A line ending a sentence above: the story has begun ("... the company said.\n").
_SENTENCE_LINE_END = re.compile(r"[.!?][\"”’']?[ \t]*\n")


def bracketed_dateline(sent: str, m: Mention, text: str, start: int) -> bool:
    """ "September 29, 2009 (CHICAGO) Now ...": `sent`, starting at `start` in `text`, opens with the
    story's dateline, its date `m` and the city in brackets after it: near the top, under nothing but a
    headline's or a by-line's lines (no date, no dateline, no sentence of the story above it: "TOKYO (AP)
    — ... on Monday.\nMarch 11, 2011 (FUKUSHIMA) - ..." is a fact box's line), and not a line of a list
    of such lines."""
    if m.start >= 3 or yearless(m) or _CITY_IN_BRACKETS_AFTER.match(sent, m.end) is None or \
            start >= DATELINE_LINE_WITHIN:
        return False
    head = text[:start]
    if head.strip() and (article_triggers(head) or dateline_city(head) is not None or
                         _SENTENCE_LINE_END.search(head) is not None):
        return False
    return _BRACKETED_DATE_LINE.search(text, start + 1, start + 3000) is None


_WORD = re.compile(r"[A-Za-z]+")
# A sentence's end right before such a bracket (or nothing: the bracket opens the sentence).
_ENDED_BEFORE = re.compile(r"(?:^|[.!?][\"”’')\]]*)\s*$")


# A line's label of what a digest quotes, before the cited bracket: "Excerpts from: WEIRDNUZ.349 (News of the Weird,
# October 14, 1994)", "Reprinted from: (Valley Times, May 3, 1998)".
_FROM_LABEL_BEFORE = re.compile(r"\W*(?:[A-Za-z]+\s+){0,2}?from\s*:[^()\n]{0,60}$", re.IGNORECASE)


def source_citation(sent: str, m: Mention) -> bool:
    """The day `m` dates a cited source, not a happening: a bracket holding only sources and their days
    (sentences.SOURCE_CITATION) that opens with "see" ("..., the most accurate in the first round (see Izvestiya, June
    20)") or stands after its sentence's end ("... 48 percent each. (Kommersant-daily, June 29)", a digest's
    credit line) or after a line's "from:" label (_FROM_LABEL_BEFORE). Not "the summit (Paris, June 29) ended", a
    place's day inside a sentence."""
    opened = sent.rfind("(", 0, m.start)
    if opened < 0 or sent.find(")", opened, m.start) >= 0:
        return False
    closed = sent.find(")", m.end)
    if closed < 0 or closed - opened > 160 or sent.find("(", m.end, closed) >= 0:
        return False
    cited = SOURCE_CITATION.fullmatch(sent, opened + 1, closed)
    if cited is None or any(w.capitalize() in OCCASION_WORDS for w in _WORD.findall(sent, opened + 1, closed)):
        return False  # "... is set. (Election Day, Nov. 4)", "(Game Day, June 29)": an occasion's day
    return cited.group("see") is not None or _ENDED_BEFORE.search(sent, 0, opened) is not None or \
        _FROM_LABEL_BEFORE.match(sent, sent.rfind("\n", 0, opened) + 1, opened) is not None


def byline_date(sent: str, m: Mention) -> bool:
    """A by-line's date, right after its role in a by-line's shape (above): "By WILL GRAVES, AP Sports
    Writer Jan. 19, 2021", "Jane Doe, Staff Writer Oct. 14, 2025" on its line."""
    start = sent.rfind("\n", 0, m.start) + 1
    opens = start >= m.start - 100  # (the line's opening within reach: "By ..." or the name opening it)
    line = sent[max(start, m.start - 100):m.start]
    if search_last_words(_BYLINE_ROLE_BEFORE, line, 2) is None:
        return False
    return bool(opens and _BYLINE_BY.search(line) or _BYLINE_CAPS.search(line) or _BYLINE_WITH_AGENCY.search(line) or
                opens and (_BYLINE_DATE_END.match(sent, m.end) or STAMP_LABEL_AFTER.match(sent, m.end)) and
                _BYLINE_LINE.search(line))


# A paper's name in capitals and a separator right before a date: a masthead or a page header glued to
# the text ("XK 4 -- PORT PERRY STAR -- Tuesday, December 1, 1987 Editorial ...", "THE DAILY HERALD |
# Monday, May 1, 2023"); not a dateline's city, which a comma or an agency follows ("LONDON, May 1 --").
# The name ends in a paper's word (not a section's or a headline's capitals: "TIMELINE OF EVENTS | March 3,
# 2025: Talks begin"), and no colon follows the date (a dated entry's).
_MASTHEAD_BEFORE = re.compile(r"(?:^|[\s|•-])(?-i:(?:[A-Z][A-Z.'’&]+\s+){1,5}(?:STAR|HERALD|TIMES|POST|NEWS|JOURNAL|"
                              r"GAZETTE|TRIBUNE|COURIER|CHRONICLE|RECORD|OBSERVER|PRESS|DAILY|WEEKLY|SUN|MAIL|"
                              r"TELEGRAPH|GLOBE|REGISTER|BULLETIN|DISPATCH|REVIEW|EXAMINER|EXPRESS|STANDARD|"
                              r"GUARDIAN|INDEPENDENT|LEADER|ADVERTISER|ADVOCATE|SENTINEL|MIRROR|ECHO|ENQUIRER|"
                              r"MONITOR|INQUIRER|CITIZEN|TIMES-[A-Z]+))\s*(?:--|—|–|\||•)\s*$")


def masthead_date(sent: str, m: Mention) -> bool:
    """A full date right after a masthead's name and separator (_MASTHEAD_BEFORE): the page's date."""
    return not sent.startswith(":", m.end) and \
        _MASTHEAD_BEFORE.search(sent, max(0, m.start - 60), m.start) is not None


# A newsletter's or a bulletin's label before its issue's month or day: "(Newsletter – March 2024)", "COMPLIANCE
# BULLETIN - 3 May 2024", "Digest: June 2023" (not "the issue - March 2024's vote -": lower case). The label opens its
# line or bracket (two words at most before it) and the date ends it (then ")", "|" or the line's end): not a
# headline's "Jazz Fest Sets Its 25th Edition – June 14 at Riverside Park", "Top Issue: March 12 Vote on ..." (rv33).
_ISSUE_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\n(]))[ \t]*(?:[A-Z][\w'’&.-]*[ \t]+){0,2}"
                                 r"(?:Newsletter|NEWSLETTER|Bulletin|BULLETIN|Digest|DIGEST|Edition|EDITION|Issue|"
                                 r"ISSUE)\s*[–—:-]\s*$")
ISSUE_LABEL_WORDS = ("newsletter", "bulletin", "digest", "edition", "issue")  # (one in every match: may_hold)
_ISSUE_LABEL_END_AFTER = re.compile(r"[ \t]*(?:[)|\n]|$)")


def issue_label(sent: str, m: Mention) -> bool:
    """ "(Newsletter – March 2024)", "COMPLIANCE BULLETIN - 3 May 2024": a month's or a day's date that ends an
    issue's label (_ISSUE_LABEL_BEFORE, _ISSUE_LABEL_END_AFTER), the page's date. (The caller asks it only of a
    sentence holding one of ISSUE_LABEL_WORDS, once a sentence.)"""
    return _ISSUE_LABEL_BEFORE.search(sent, m.start - 64 if m.start > 64 else 0, m.start) is not None and \
        _ISSUE_LABEL_END_AFTER.match(sent, m.end) is not None


# A page's label "Written on" before the date that ends its line (glued to the headline before it, as a site's
# template leaves it, or opening its line): "Major new fund now openWritten on the 2 March 2018"; not a headline's
# "Ransom Note Was Written on 3 March" (rv33).
_WRITTEN_ON_BEFORE = re.compile(r"(?:(?:^|(?<=\n))[ \t]*|(?<=[a-z]))Written\s+on\s+(?:the\s+)?$")


def written_on_stamp(sent: str, m: Mention) -> bool:
    """ "Major new fund now openWritten on the 2 March 2018": a page's "Written on" stamp ending its line."""
    return "Written" in sent and not sent[m.end:].strip(" .\t\n") and \
        _WRITTEN_ON_BEFORE.search(sent, m.start - 20 if m.start > 20 else 0, m.start) is not None


# A site's section header with the page's day: "Politics of Thursday, 24 December 2020", "Business News
# of Friday, 3 March 2023" (a section's name, "of", a weekday's full date and nothing after; not a
# headline's "Floods of Monday, 13 May 2024").
_SECTION_OF_DAY = re.compile(r"\W*(?:[A-Z][a-z]+\s+){0,2}(?:News|Politics|Business|Sports?|Entertainment|Opinions?|"
                             r"Health|Religion|Technology|Lifestyle|Features|Editorials?|World|Africa)\s+of\s+"
                             r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
                             r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+"
                             r"\d{4}\s*")


# A page's heading of the day's doings, its date after a dash or a colon: "Today at the Court - Thursday, Jun 27, 2024",
# "Today in the Senate: Monday, March 4", "Today in History | June 27": the page's day, no event (not "Today the
# court ruled - Thursday, June 27": a clause, no heading; nor a title with a verb in lower case).
_TODAY_HEADING = re.compile(r"\W*Today\s+(?:at|in|on|for)\s+(?:the\s+)?[A-Z][\w.&'’-]*"
                            r"(?:\s+(?:[A-Z][\w.&'’-]*|of|and|the)){0,4}\s*[-–—:|]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                            r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?)"
                            r"(?:,?\s+\d{4})?\W*")


# A page's trail of sections opening a line: "Home » today » World » Czech envoy summoned", "Home › News › Politics
# › ...", "News > World > ..." (three or more items, or "Home" and one more, between marks a sentence never uses so).
_BREADCRUMB = re.compile(r"[ \t]*(?:Home[ \t]*[»›>|/][ \t]*|(?:[^\n»›>]{1,30}?[ \t]*[»›][ \t]*){2})"
                         r"(?:[^\n»›>]{1,30}?[ \t]*[»›>][ \t]*)*")


def breadcrumb_end(sentence: str) -> int:
    """Where the page's trail of sections that opens the sentence ends ("Home » today » World » ..."), 0 where none:
    a section's name ("today", "Latest") in it is no day of the story."""
    if "»" not in sentence and "›" not in sentence and not sentence.lstrip().startswith("Home"):
        return 0
    m = _BREADCRUMB.match(sentence)
    return m.end() if m is not None else 0


def is_today_heading(sentence: str) -> bool:
    """ "Today at the Court - Thursday, Jun 27, 2024": a page's heading of the day's doings, its date the page's."""
    return len(sentence) < 100 and "Today" in sentence and _TODAY_HEADING.fullmatch(sentence.strip()) is not None


def is_section_of_day(sentence: str) -> bool:
    """ "Politics of Thursday, 24 December 2020": a site's section header, if its date is the page's."""
    return len(sentence) < 70 and "of" in sentence and "day" in sentence and \
        _SECTION_OF_DAY.fullmatch(sentence) is not None


# An archive's page header around a full date: its page number right after it ("The daily Nebraskan. ([Lincoln,
# Neb.) 1901-current, November 04, 1999, Page 2, Image 2"), or the archive's "page 5 of: <paper>" or "<paper>
# (Newspaper) -" before it ("You are currently viewing page 5 of: European Stars and Stripes Friday, January 6,
# 1995"): the page's date, no happening; the page number ends the header's line (not a page in prose: "ran on June 3,
# 1999, page 4, under a small headline", "ran on Page 1 on March 3, 1998").
_ARCHIVE_PAGE_AFTER = re.compile(r",?[ \t]*(?i:page)[ \t]+[A-Z]?\d{1,3}\b(?:,[ \t]*(?i:image)[ \t]+\d{1,3}\b)?"
                                 r"[ \t]*(?:\n|$)")
# ... and not after a preposition or a verb of publishing ("ran on June 3, 1999, page 4": a story's day in prose).
_PROSE_BEFORE_DATE = re.compile(r"\b(?:on|of|in|dated|since|from|until|by|ran|published|appeared|printed)[ \t]+$",
                                re.IGNORECASE)
_ARCHIVE_PAGE_OF_BEFORE = re.compile(r"\b(?i:page)[ \t]+\d{1,3}[ \t]+of[ \t]*:?[ \t]*[A-Z][\w.&'’-]*[ \t]+"
                                     r"(?:(?:[A-Z][\w.&'’-]*|and|of|the)[ \t]+){0,7}$|"
                                     r"\((?:Newspaper|Magazine|Periodical)\)[ \t]*[-–—][ \t]*$")


def archive_page_date(sent: str, m: Mention) -> bool:
    """A full date `m` in an archive's page header (above)."""
    return not yearless(m) and (_ARCHIVE_PAGE_AFTER.match(sent, m.end) is not None and
                                not _PROSE_BEFORE_DATE.search(sent, max(0, m.start - 16), m.start) or
                                ("age" in sent or "(" in sent) and
                                _ARCHIVE_PAGE_OF_BEFORE.search(sent, max(0, m.start - 80), m.start) is not None)


# A dateline with the date before the city in capitals and a double hyphen or a dash after it, opening the
# lead ("March 21, 2002 PORT ST. LUCIE -- He studied ..."): the story's day (the paper's or up to a week before),
# no happening; not a chronology's entry of another day ("March 11, 2011 FUKUSHIMA -- A quake struck" under a
# later paper's date), nor a date before a headline's words ("March 21, 2002 Budget passes").
_CAPS_CITY_DASH_AFTER = re.compile(r"[ \t]+(?-i:[A-Z][A-Z.'’]+(?:[ \t]+[A-Z][A-Z.'’]+){0,3})(?:,[ \t]*[A-Z][\w.]+)?"
                                   r"[ \t]*(?:--|—|–)")


def date_city_dateline(sent: str, m: Mention, published: dt.date) -> bool:
    """ "March 21, 2002 PORT ST. LUCIE -- ...": the lead's dateline (above)."""
    return m.start < 3 and not sent[:m.start].strip() and not yearless(m) and \
        _CAPS_CITY_DASH_AFTER.match(sent, m.end) is not None and _near_paper_day(sent, m, published, days_after=1)


# A broadcast's own label with its full date, the page's day (a transcript's or an archive's heading): the show's
# noun and the date ending a line with no full stop ("latest show January 20, 2000", "Other segments from the episode
# on November 17, 1998"); the show's name with its host's before a comma, the date and a colon ("Fresh Air with
# Terry Gross, November 17, 1998: Interview with ..."); an announcer's "This is WOLF BLITZER REPORTS for Wednesday,
# March 9, 2005."; and a transcript's running head, a dash, the date with its weekday and the page's number ("Face
# the Nation (CBS News) - Sunday, January 11, 2004 1 BOB SCHIEFFER, host:"). Not prose: "Rather signed off in his
# last broadcast on March 9, 2005." ends with a full stop; "Election Day, Nov. 4, 2008: ..." names no host.
# (the label's words before its noun a closed few, no verb nor preposition of a caption's: not "Fans cheer during the
# show November 8, 2025", "Crowds at the air show November 8, 2025", a photo's caption dating what it shows)
_SHOW_NOUN_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:latest|previous|last|full|complete|entire|whole|this|the|our|"
                               r"today['’]s|tonight['’]s|other|segments|from|more|past|recent)[ \t]+){0,4}"
                               r"(?:show|episode|edition|broadcast|program|"
                               r"programme|newscast)[ \t]+(?:(?:dated|of|on|for|from|aired(?:[ \t]+on)?)[ \t]+)?$",
                               re.IGNORECASE)
_LINE_ENDS_NO_STOP = re.compile(r"[ \t]*(?:\n(?![ \t]*[a-z(])|$)")
_SHOW_HOST_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?!(?:Meeting|Meetings|Lunch|Dinner|Breakfast|Talks|Call|Calls|Chat|"
                               r"Visit|Session|Conversation|Interview|Q&A|Dialogue|Briefing)\b)"
                               r"(?-i:[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|the|of|and|at))*"
                               r"[ \t]+with[ \t]+(?!(?:President|Prime|Secretary|Senator|Sen\.|Gov\.|Governor|King|"
                               r"Queen|Prince|Mayor|Dr\.|Pope|Chancellor|General|Gen\.|Minister|Chairman|Judge)\b)"
                               r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2}),[ \t]*$")
# ... whose colon lists the episode's segments ("Interview with ...; Review of ..."), not a happening's heading
# ("Dinner with Jane Doe, July 1, 2025: A night to remember").
_SEGMENTS_AFTER = re.compile(r":[^\n]*?(?:\b(?-i:[Ii]nterviews?|[Rr]eviews?|[Cc]onversation|[Cc]ommentary|"
                             r"[Pp]rofile)\b|;)")
# (the host's sign-on may come first: "I'm Jim Lehrer, and this is the NewsHour for Tuesday, November 11, 2025.")
_ANNOUNCED_SHOW_BEFORE = re.compile(r"(?:^\W*(?:[A-Z]+:[ \t]*)?|,[ \t]+and[ \t]+)[Tt]his[ \t]+is[ \t]+"
                                    r"(?:the[ \t]+)?[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,5}[ \t]+for[ \t]+$")
_RUNNING_HEAD_AFTER = re.compile(r"[ \t]+\d{1,3}[ \t]+(?-i:[A-Z])")


def broadcast_label(sent: str, m: Mention, published: dt.date) -> bool:
    """A broadcast's label with the page's full date (above): the show's or the episode's day, no happening."""
    if not pages_day(m, published):
        return False
    lo = m.start - 80 if m.start > 80 else 0
    if _LINE_ENDS_NO_STOP.match(sent, m.end) and _SHOW_NOUN_BEFORE.search(sent, lo, m.start):
        return True
    if sent.startswith(":", m.end) and _SHOW_HOST_BEFORE.search(sent, lo, m.start) and \
            _SEGMENTS_AFTER.match(sent, m.end):
        return True
    if sent[m.end:].strip() in ("", ".") and _ANNOUNCED_SHOW_BEFORE.search(sent, 0, m.start):
        return True
    return bool(m.g(f"{m.kind}_wd") and _RUNNING_HEAD_AFTER.match(sent, m.end) and
                sent[lo:m.start].rstrip().endswith(("-", "–", "—")))


# A bulletin's own day in its title or its date label: "Top Stories for October 8th", "Here are the headlines for
# Wednesday, October 8th", "Publish Date: October 8th", "Air date: Oct. 8, 2025" (a news podcast's script, a
# newscast's page). Not a possessive ("made headlines for Tuesday's outburst"), nor a release's or a meeting's date
# ("The film's release date: Oct. 17", "on its new date: October 20").
_BULLETIN_DAY_BEFORE = re.compile(r"(?:\b(?:top\s+)?(?:stories|headlines)\s+for|"
                                  r"\b(?P<label>(?:publish(?:ed)?|publication|air|episode|broadcast)\s+date\s*:))\s*$",
                                  re.IGNORECASE)
# ... the title or the label opening its line or its sentence, after no words but a title's ("MDJ Script/ Top Stories
# for", "Morning headlines for", "Here are the headlines for"): not prose ("The station is collecting stories for
# Friday, October 10, when ...").
_TITLE_SMALL_WORDS = frozenset(("for", "of", "the", "and", "on", "at", "in", "a", "an", "to", "from", "with"))
_HERE_ARE = re.compile(r"(?:here|these)\s+are(?:\s+(?:the|today['’]s|tonight['’]s|this\s+\w+['’]s|your|our))?\s*",
                       re.IGNORECASE)


def _title_before(sent: str, at: int) -> bool:
    """Are the words from the start of `at`'s line (or sentence) up to `at` a title's, or none?"""
    line = sent[sent.rfind("\n", 0, at) + 1:at]
    if _HERE_ARE.fullmatch(line.strip()):
        return True
    words = line.split()
    return len(words) <= 8 and all(not w[0].isalpha() or w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS
                                   for w in words)


def _day_ahead(m: Mention, published: dt.date) -> bool:
    """Whether a month's day (its year's, else its nearest reading's) lies after `published`."""
    k = m.kind
    if k not in ("mdy", "dmy"):
        return False
    day, mon, year = day_number(m.g(f"{k}_d") or ""), m.g(f"{k}_mon"), m.g(f"{k}_y") or ""
    if not day or not mon:
        return False  # (no day, or a day 0: no date in any year)
    month = month_value(mon)
    if year.isdigit() and len(year) == 4:
        date = safe_date(int(year), month, day)
    else:
        dates = month_candidates(month, day, published.year)
        date = pick(dates, published, None) if dates else None  # the nearest (a tie goes to the past)
    return date is not None and date > published


def bulletin_day(sent: str, m: Mention, published: dt.date) -> bool:
    """Is `m` a bulletin's own day, named in its title or its date label (above)? Not a day still ahead after a
    label ("The finale will air next week. Air date: October 15.": a coming airing)."""
    b = _BULLETIN_DAY_BEFORE.search(sent, m.start - 32 if m.start > 32 else 0, m.start)
    return b is not None and not m.text.endswith(("'s", "’s")) and not sent.startswith(("'s", "’s"), m.end) and \
        _title_before(sent, b.start()) and not (b["label"] and _day_ahead(m, published))


# How many days before the publication date a story's dateline may stand and still be the day it
# was written: a wire story filed in the evening, on the next morning's page or site, or one filed on
# Monday in Friday's or a weekly's paper (its "today" and its weekdays are Monday's). Older, the
# dateline is no longer the day the page's date was given for.
_DATELINE_DAYS_BEFORE = 7


def dateline_day(text: str, published: dt.date, sentences: list[tuple[int, int]], triggers: list[tuple[int, int]],
                 starts: list[int], found: dict[int, list[Mention]],
                 leads: dict[tuple[int, int], bool] | None = None, where: list[int] | None = None) -> dt.date | None:
    """The day the story's dateline gives ("New Delhi, October 16" on a line of its own, "KHOST,
    Afghanistan, August 28, (Reuters) -"), when it is a day or two before the publication date (a
    city in brackets after a dated dateline, "Sept. 29, 2025 (CHICAGO) -", at any distance): the day
    its "today" and "yesterday" were written. None otherwise. The dates it finds in a sentence
    are kept in `found` (by the sentence's start) for the statements to be read from, and what
    _lead_dateline said in `leads` (lead_dateline_once); the dateline's sentence start is put in `where`."""
    for s_start, s_end in sentences:
        if s_start >= DATELINE_LINE_WITHIN:
            break
        i = bisect_left(starts, s_start)
        j = bisect_left(starts, s_end, i)
        if i == j:
            continue  # no date (the sentence is not sliced: this runs on every article)
        sent = text[s_start:s_end]
        lead = lead_at(text, s_start)  # (asked once)
        if not lead and sent[-1] not in "-—–" and not is_title_dateline_line(sent):
            continue  # no dateline (below)
        found[s_start] = every = find_mentions(sent, triggers[i:j], kept=True, offset=s_start)
        for m in every:  # (most sentences hold no full date: no list made for them)
            if m.kind == "mdy" or m.kind == "dmy":
                break
        else:
            continue
        mentions = [m for m in every if m.kind in ("mdy", "dmy")]
        m = mentions[0]
        # "Oct. 10, 2025 (CHICAGO) - The jury convicted him today": the city in brackets after the date
        # (its date no event, pipeline._resolve_sentence): the day its "today" was written, however far from the
        # page's date (its year written, the date is the filing's own, and no other date stands for it)
        bracketed = lead and bracketed_dateline(sent, m, text, s_start)
        if not ((s_start < 300 or sent[-1] in "-—–") and is_dateline(sent) or is_title_dateline_line(sent) or
                lead and m.start < 60 and (
                    lead_dateline_once(leads, sent, m, text, s_start, published) or
                    _comma_agency_dateline(sent, m) or
                    stop_dateline(sent.rstrip(), mentions, published, text, s_end) or
                    # "June 14, 1999 WEST PALM BEACH -- The council voted today": the date before the city
                    date_city_dateline(sent, m, published)) or bracketed):
            continue
        v = resolve(m, Context(published=published, tense="past"))
        if v is not None and v.precision == "day" and (
                0 < (published - v.date).days <= _DATELINE_DAYS_BEFORE or bracketed and v.date != published):
            if where is not None:
                where.append(s_start)
            return v.date
        return None  # the first dateline is the story's
    return None


# The old press's dateline as a sentence of its own, its date's full stop ending it: "LONDON, November 30.",
# "(AAP-Reuter) CANBERRA, April 7.", "(N.Z.P.A.-Reuter—Copyright; WASHINGTON, November 30." (a wire's credit in
# brackets before the place in capitals, its bracket closed or cut short by a semicolon).
_STOP_DATELINE_HEAD = re.compile(r"(?P<credit>\(\s*[^()\n]{2,40}?[;)]\s*)?[A-Z][A-Z.'’ -]{2,30}"
                                 r"(?:,\s*(?:[A-Z][a-z]{1,5}\.|[A-Z]\.\s?[A-Z]\.))?,\s*")
# With no credit, the lead after it tells a wire story's own day or place: "PARIS, March 4. The minister resigned
# yesterday", "SUMMIT, N.J., Nov. 30. Commuters were stranded here today" (not a notice's heading in capitals,
# "MEETING POSTPONED, November 30. The council will meet instead on Dec. 7.", "JOHN SMITH, November 28. Died
# peacefully at home").
_STORY_DAY_WORD = re.compile(r"\b(?:today|yesterday|tonight|last\s+night|here|this\s+(?:morning|afternoon|evening))\b",
                             re.IGNORECASE)
_LEAD_READ = 400


def stop_dateline(sent: str, mentions: list[Mention], published: dt.date, text: str, end: int) -> bool:
    """Is `sent` (a lead's first sentence, ending at `end` in `text`: the caller asks) the old press's dateline
    ending in its date's full stop, "PARIS, March 4.", its one date on the paper's day or up to a week before,
    with a wire's credit before it or a lead after it that tells "today", "yesterday" or "here"?"""
    if len(mentions) != 1 or mentions[0].kind not in ("mdy", "dmy") or not sent.endswith("."):
        return False
    m = mentions[0]
    if sent[m.end:].strip() != ".":
        return False
    head = _STOP_DATELINE_HEAD.fullmatch(sent, 0, m.start)
    if head is None:
        return False
    if head["credit"] is None:
        stop = text.find("\n", end + 1, end + _LEAD_READ)
        if _STORY_DAY_WORD.search(text, end, stop if stop > 0 else end + _LEAD_READ) is None:
            return False
    v = resolve(m, Context(published=published))
    return v is not None and v.precision == "day" and -1 <= (published - v.date).days <= _DATELINE_DAYS_BEFORE


def lead_at(text: str, start: int) -> bool:
    """Can a lead's dateline open the sentence at `start`: near the top, or opening a line under a
    long headline, by-line or caption ("Charlotte, N.C., May 9 - ..." 400 characters down)."""
    return start < 300 or start < DATELINE_LINE_WITHIN and text[start - 1:start] == "\n"


def _comma_agency_dateline(sent: str, m: Mention) -> bool:
    """A wire dateline with a comma before its agency: "KHOST, Afghanistan, August 28, (Reuters) - ..."."""
    return sent.startswith(",", m.end) and _AGENCY_TAIL.match(sent, m.end + 1) is not None and \
        (_DATELINE_CITY.fullmatch(sent, 0, m.start) is not None or _TITLE_CITY.fullmatch(sent, 0, m.start) is not None)


# A dateline that opens a lead without the dash sentences.py splits at: "KATHMANDU, Mar 7: The
# minister ...", "LAGOS, March 7 (NAN): ...", and a wire stamp's date glued to its double hyphen,
# "Aug. 4--Evacuation orders ...": the date is the article's, no event. A date alone before a colon
# or a spaced dash is a headline's or a lead's ("Friday, March 31, 2023 – The company is recalling").
_DATELINE_CITY = re.compile(r"\W*[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:--|—|–|―|-(?=\s)|:)")
# ... and with the date in brackets after the city in capitals, a colon or a dash closing it: "KUALA
# LUMPUR (Feb 12): The ringgit ...", "PETALING JAYA (March 3) - ...".
_CAPS_CITY_BRACKET = re.compile(r"\W*[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\w.'’ -]{1,30})?\s*\(\s*")
_BRACKET_TAIL = re.compile(r"\s*\)\s*(?::|--|—|–|―|-(?=\s))")
_GLUED_STAMP = re.compile(r"\W*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}--\s*)?")


# A wire dateline with its city in title case and the agency in brackets right after the date:
# "Prague, May 5 (AP) The central bank ...", "Lagos, March 7 (Reuters) - ...", and the form that
# names the region in round brackets and the country in square ones after the city, "Srinagar
# (Jammu and Kashmir) [India], May 5 (ANI): ...", "Kathmandu [Nepal] May 5 (ANI): ...", and a second
# agency's name after a slash, "Abu Dhabi [UAE], May 5 (ANI/WAM): ...".
_TITLE_CITY = re.compile(r"\W*[A-Z][a-z][\w.'’ -]{1,30}(?:\s*\([A-Z][\w.'’ -]{1,30}\))?"
                         r"(?:\s*\[[A-Z][\w.'’ -]{1,30}\],?\s*|(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*)")
_AGENCY_TAIL = re.compile(r"\s*\((?:AP|AFP|Reuters|Bloomberg|PTI|IANS|ANI|UPI|Xinhua|dpa|NAN|Bernama|Yonhap|Kyodo|AAP|"
                          r"Anadolu|TASS|EFE|ANSA|CNA)(?:/[A-Z][A-Za-z]{1,10})?\)\s*(?:--|—|–|-|:)?\s*(?=[A-Z“\"‘'])")


# ... or any credit after the date, the agency's or the outlet's initials in capitals ("(TIWN)", "(KSL)"; or
# a known agency's name, _AGENCY_TAIL), the lead right after it (the caller wants the paper's day too).
_CREDIT_TAIL = re.compile(r"\s*\([A-Z]{2,6}\)\s*(?:--|—|–|-|:)?\s*(?=[A-Z“\"‘'])")


# ... or a credit line of its own: the place, a reporter's name, the date and the agency's name in capitals
# after a comma, nothing after it on the line ("Islamabad, Jane Doe, July 15, AZERTAC").
_CAPS_CREDIT_LINE_END = re.compile(r"\s*,\s*[A-Z][A-Z.&-]{1,14}\s*$")


# A dateline that names the site between city and date: "Durban, South Africa — NEWSDESK.COM — 6 May
# 2011 – The miner ...": the page's own date, no event.
_OUTLET_CITY = re.compile(r"\W*[A-Z][\w.'’ ]{1,30}(?:,\s*[A-Z][\w.'’ ]{1,30})?\s*(?:—|–|--)\s*"
                          r"[A-Z][A-Z0-9.&'’ -]{2,40}\s*(?:—|–|--)\s*")
_OUTLET_TAIL = re.compile(r"\s*(?:—|–|--|-\s|:)")


# A lead's dateline without an agency, its place in title case and a dash (or a colon) before the
# first sentence: "Charlotte, N.C., May 9 - Merrill ...", "Kyiv, Ukraine, Feb. 2 — ...", "New Delhi,
# Feb 17: ...". Each word of the place capitalised, or a place name's small word ("Dar es Salaam");
# none a day's or a time's name ("Friday, April 19, 2024 – The company is recalling", "Today, March 14
# –") or a sentence's opening word ("In Washington, March 13 - ..."), the last not an occasion's
# ("Memorial Day, May 27 - ..."); a sentence after the dash, not a headline's title-case words.
_TITLE_PLACE = re.compile(r"\W*[A-Z][a-zß-öø-ÿ]+\.?(?:[ -](?:[A-Z][a-zß-öø-ÿ]+|es|de|del|da|do|dos|du|la|le|el|al|"
                          r"of|the|upon|sur|am|an|der|di|y)){0,3}"
                          r"(?:,\s*[A-Z][A-Za-z.]*(?:[ -][A-Z][A-Za-z.]*){0,2}){0,2},\s*")
_PLACE_TAIL = re.compile(r"\s*(?:—|–|―|--|-(?=\s)|:)\s*[A-Z0-9“\"‘']")
_NOT_PLACE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(
    "mon tue tues wed thu thur thurs fri sat sun today yesterday tomorrow tonight now update updated published "
    "posted last this next on in at by from since until till through before after as effective dated date note "
    "correction editor week weekend breaking live watch photo video opinion".split())


# A line that opens with a place and a day, as a list's entry does ("Chicago, March 20 - The band plays
# ...", "Detroit, March 22 - ..."): a story has one dateline, a line among such lines is a list's.
_PLACE_DAY_LINE = re.compile(_TITLE_PLACE.pattern + r"(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z][a-z]{2,8})")


def _title_place_dateline(sent: str, m: Mention, text: str, start: int) -> bool:
    """ "Charlotte, N.C., May 9 - Merrill Merchants said ...": a title-case place's dateline (above),
    `sent` starting at `start` in `text`, not a line of a list of such lines."""
    if not _PLACE_TAIL.match(sent, m.end) or _TITLE_PLACE.fullmatch(sent, 0, m.start) is None:
        return False
    head = sent[:m.start]
    if any(w.lower() in _NOT_PLACE_WORDS for w in re.findall(r"[A-Za-z]+", head)) or \
            head.split(",", 1)[0].split()[-1] in OCCASION_WORDS or _LOWER_WORD.search(sent, m.end) is None:
        return False
    before = text[max(0, start - 300):start].rstrip().rsplit("\n", 1)[-1]
    after = text[start:start + 2000].split("\n", 1)[1:]
    after = after[0].lstrip().split("\n", 1)[0] if after else ""
    return _PLACE_DAY_LINE.match(before) is None and _PLACE_DAY_LINE.match(after) is None


# A heading's last word that names an occasion or a feature, not a place: "Board Meeting, March 20 -",
# "Election Results, March 5 -", "NCAA TOURNAMENT, March 19 -" head an item about the day's event.
_HEADING_WORDS = OCCASION_WORDS | frozenset(
    "Meeting Meetings Hearing Hearings Results Result Forecast Forecasts Series Tournament Marathon Race Run "
    "Session Sessions Conference Summit Show Sale Fair Tour Report Schedule Recap Preview Notice Briefing "
    "Hall Update Opening Closing Auction Gala Rally Debate Agenda Calendar Class Workshop Meet Festival".split())


def _near_paper_day(sent: str, m: Mention, published: dt.date, days_after: int = 1) -> bool:
    """A dateline without an agency tells the story's day: the paper's own, `days_after` after at most
    (time zones) or up to a week before, and its heading's last word no occasion's ("Board Meeting, March
    20 -")."""
    head = sent[:m.start].split(",", 1)[0].split()
    if head and head[-1].capitalize() in _HEADING_WORDS:
        return False
    v = resolve(m, Context(published=published))
    return v is not None and v.precision == "day" and -days_after <= (published - v.date).days <= _DATELINE_DAYS_BEFORE


def capitals_dateline_line(sent: str, mentions: list[Mention], published: dt.date) -> bool:
    """ "| DENVER, Colo., June 3" on a line of its own (sentences.is_capitals_dateline_line), its one date
    on the paper's day or up to a week before and its last word no heading's ("TOWN HALL, June 12" heads
    a calendar's item): a wire page's dateline line, no event. The day after the paper's (time zones) only
    with the city's state or country: "FOOD DRIVE, June 12" in a June 11 paper is a calendar's item for
    tomorrow, "DENVER, Colo., June 12" a dateline."""
    return len(mentions) == 1 and is_capitals_dateline_line(sent) and _near_paper_day(
        sent, mentions[0], published, days_after=1 if sent.count(",", 0, mentions[0].start) >= 2 else 0)


def lead_dateline_once(leads: dict[tuple[int, int], bool] | None, sent: str, m: Mention, text: str, start: int,
                       published: dt.date) -> bool:
    """_lead_dateline, kept in `leads` by (start, m.start): dateline_day and the statements ask it
    of the same lead sentence with the same publication date (`leads` is emptied when the
    dateline's day replaces it)."""
    if leads is None or m.kind not in ("mdy", "dmy"):  # (no other kind is a dateline's: no need to keep it)
        return _lead_dateline(sent, m, text, start, published)
    key = (start, m.start)
    said = leads.get(key)
    if said is None:
        said = leads[key] = _lead_dateline(sent, m, text, start, published)
    return said


# A page's date line glued to the summary under its headline: "Cyclone slams into India\n\nMay 20, 2010
# — Power outages hit towns ...": the full date alone, a dash, a sentence.
_DATE_LINE_TAIL = re.compile(r"\s*(?:—|–|―|--|-\s)\s*[A-Z“\"‘']")
# A line that opens with a written date (month and day, either order) before a dash: two or more
# such lines are a dated list ("Key dates\nApril 10, 2026 — Flood warnings go out ...\nApril 12, 2026
# — The levee breaks."), each line a happening, not the page's date line.
_DATED_LINE = re.compile(r"^[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)\b[^\n]{0,12}?"
                         r"[ \t]*(?:—|–|―|--|-[ \t])", re.MULTILINE)


def _date_line_under_headline(sent: str, m: Mention, text: str, start: int, published: dt.date) -> bool:
    """ "May 20, 2010 — Power outages hit ..." opening a line below others (a headline): the page's
    date, its year written, on the paper's day or up to a week before. A text that opens with its date
    ("Friday, March 31, 2023 – The company is recalling ...") tells its first sentence's day."""
    return not sent[:m.start].strip() and m.g(m.kind + "_y") is not None and \
        _DATE_LINE_TAIL.match(sent, m.end) is not None and text[start - 1:start] == "\n" and \
        bool(text[:start].strip()) and _near_paper_day(sent, m, published) and \
        len(_DATED_LINE.findall(text, 0, 4000)) < 2


def _lead_dateline(sent: str, m: Mention, text: str, start: int, published: dt.date) -> bool:
    """ "KATHMANDU, Mar 7: The minister ...": `sent`, starting at `start` in `text`, opens with a
    dateline whose date is `m` (the forms above)."""
    if m.kind not in ("mdy", "dmy"):
        return False
    if _date_line_under_headline(sent, m, text, start, published):
        return True
    if m.start and _title_place_dateline(sent, m, text, start):
        return _near_paper_day(sent, m, published)
    if _CAPS_CITY_BRACKET.fullmatch(sent, 0, m.start) and _BRACKET_TAIL.match(sent, m.end):
        return True  # "KUALA LUMPUR (Feb 12): Frontken Corporation Bhd net profit ..."
    if _OUTLET_TAIL.match(sent, m.end) and _OUTLET_CITY.fullmatch(sent, 0, m.start):
        return True
    agency = _AGENCY_TAIL.match(sent, m.end) is not None
    if agency and _TITLE_CITY.fullmatch(sent, 0, m.start):
        return True
    if agency and not sent[:m.start].strip():
        # "Aug. 22 (Bloomberg) -- Corn futures ...", "Aug 22 (Reuters) - ...": a wire's dateline without its city,
        # on the paper's day or up to a week before
        return _near_paper_day(sent, m, published)
    if (_CREDIT_TAIL.match(sent, m.end) or agency) and \
            (_TITLE_CITY.fullmatch(sent, 0, m.start) or _DATELINE_CITY.fullmatch(sent, 0, m.start)):
        # "Washington, July 3 (TIWN) US President ...", "DENVER, June 3 (Reuters) The mayor ...": any
        # outlet's or agency's credit in capitals after the date, the lead right after it with its dash
        # lost, on the paper's day or up to a week before.
        return _near_paper_day(sent, m, published)
    end = start + len(sent)
    if _CAPS_CREDIT_LINE_END.fullmatch(sent, m.end) and text[end:end + 1] in ("", "\n") and \
            (start == 0 or text[start - 1:start] == "\n") and \
            (_TITLE_CITY.fullmatch(sent, 0, m.start) or _DATELINE_CITY.fullmatch(sent, 0, m.start)):
        # "Islamabad, Jane Doe, July 15, AZERTAC" on a line of its own: a wire's credit line, on the paper's
        # day or up to a week before.
        return _near_paper_day(sent, m, published)
    if _DATELINE_CITY.fullmatch(sent, 0, m.start):
        tail = _DATELINE_TAIL.match(sent, m.end)
        if tail is None:
            return False
        hyphen = tail[0]  # a spaced hyphen without an agency: a heading's as often as a dateline's
        return not (hyphen.endswith("-") and not hyphen.endswith("--") and "(" not in hyphen) or \
            _near_paper_day(sent, m, published)
    return sent.startswith("--", m.end) and _GLUED_STAMP.fullmatch(sent, 0, m.start) is not None


# A full date with its clock time after a bar: a page's time stamp, "July 15, 2023 | 17:35".
PIPE_CLOCK = re.compile(r"\s*\|\s*\d{1,2}:\d{2}\b")
# A numeric date alone in square brackets at the end of its line: a page's stamp on a headline or a list's
# entry ("River levels rise|[03/24/08]", "Council meets [2024-05-06]"), no happening.
BRACKETED_STAMP_BEFORE = re.compile(r"\[\s*$")
BRACKETED_STAMP_AFTER = re.compile(r"\s*\][ \t]*(?:\n|$)")


def pages_day(m: Mention, published: dt.date) -> bool:
    """Whether a full date is the page's: the publication day or up to a week before it."""
    k = m.kind
    if k not in ("mdy", "dmy"):
        return False
    year, day = m.g(f"{k}_y") or "", day_number(m.g(f"{k}_d") or "")
    if not year.isdigit() or len(year) != 4 or day is None:
        return False
    date = safe_date(int(year), month_value(m.g(f"{k}_mon")), day)
    return date is not None and 0 <= (published - date).days <= 7


def stamp_ahead(m: Mention, published: dt.date) -> bool:
    """Whether a full date is after publication: no page's stamp but a listing's day."""
    k = m.kind
    year, day = m.g(f"{k}_y") or "", day_number(m.g(f"{k}_d") or "")
    if not year.isdigit() or len(year) != 4 or day is None:
        return False
    date = safe_date(int(year), month_value(m.g(f"{k}_mon")), day)
    return date is not None and date > published


# An embedded post's date after its author's handle: "— Jane Doe (@janedoe) April 6,
# 2023", "A post shared by Jane Doe (@janedoe) on Apr 6, 2023 at 3:14pm PDT".
_HANDLE_BEFORE = re.compile(r"\(@\w{1,30}\)\W{0,3}(?:on\s+)?$", re.IGNORECASE)


# The signature line under an embedded post, its date at the end: "Posted by Ono Grill on Wednesday, August 28,
# 2024", "— Jane Doe (@janedoe) April 6, 2023" (a blank line at most between the post and it).
_POST_SIGNATURE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:Posted\s+by\s+[^\n]{1,60}?\s+on\s+|[—–-]+\s*[^\n()]{1,60}"
                             r"\(@\w{1,30}\)\s*(?:on\s+)?)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                             r"(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})[ \t]*(?:\n|$)",
                             re.IGNORECASE)


_POST_REACH = 1000
# ... and one on the post's own line, ending it: "... pic.twitter.com/abc — Jane Doe (@janedoe) April 6, 2023" (a dash
# after a space, the name, the handle in brackets, the date last on the line).
_SAME_LINE_SIGNATURE = re.compile(r"\s(?:[—–]+|-{1,2})\s*[^\n()—–]{1,60}\(@\w{1,30}\)\s*(?:on\s+)?"
                                  r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                                  r"(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})[ \t]*$",
                                  re.IGNORECASE | re.MULTILINE)

# A live blog's post stamp, a line of its own: "Posted November 8, 2022 at 11:43 PM EST".
_LIVE_POST_STAMP = re.compile(r"^[ \t]*Posted\s+(?:on\s+)?(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2}),?\s+"
                              r"(?P<y>\d{4})\b", re.MULTILINE)


@lru_cache(maxsize=16)
def _live_posts(text: str) -> tuple[int, dt.date] | None:
    """(where the first post stamp line starts, the earliest post's day) of a live blog whose posts are
    stamped on two days or more, else None."""
    if "Posted" not in text:
        return None
    first, days = None, set()
    for stamp in _LIVE_POST_STAMP.finditer(text):
        month = MONTHS.get(stamp["mon"].lower())
        day = safe_date(int(stamp["y"]), month, int(stamp["d"])) if month else None
        if day is not None:
            first = stamp.start() if first is None else first
            days.add(day)
    return (first, min(days)) if len(days) >= 2 else None


def blog_opened(text: str, at: int) -> dt.date | None:
    """The day a live blog opened, for text at `at` above its first post (its lead, written when the blog
    opened: "... so it's possible we won't know the winners on Tuesday night" on the election's Tuesday): the
    earliest post's day; None elsewhere."""
    posts = _live_posts(text)
    return posts[1] if posts is not None and at < posts[0] else None


def posted_day(text: str, end: int) -> dt.date | None:
    """The day of the embedded post whose paragraph ends at or after `end`: its signature line's date when one
    follows that paragraph, else None. A "today" in the post counts from the day it was posted. (A post is
    short: its paragraph's end is looked for in _POST_REACH characters, the signature only there.)"""
    stop = text.find("\n", end, end + _POST_REACH)
    if "(@" in text[end:stop if stop != -1 else end + _POST_REACH]:
        # the signature glued to the post's own line, as a copied embed prints it ("Get your tickets today! pic.twitter
        # .com/abc — Club (@club) November 30, 2022"): the line ends with it
        sig = _SAME_LINE_SIGNATURE.search(text, end, stop if stop != -1 else min(len(text), end + _POST_REACH))
        if sig is not None and (month := MONTHS.get(sig["mon"].lower())) is not None:
            return safe_date(int(sig["y"]), month, int(sig["d"]))
    if stop == -1 or ("osted" not in text[stop:stop + 20] and "(@" not in text[stop:stop + 100]):
        return None
    sig = _POST_SIGNATURE.match(text, stop)
    if sig is None or (month := MONTHS.get(sig["mon"].lower())) is None:
        return None
    return safe_date(int(sig["y"]), month, int(sig["d"]))


# A verb after the date makes the handle a sentence's subject: "Jane Doe (@janedoe) on
# Monday announced a bid" (a stamp ends its line, or goes on with "at 3:14pm PDT").
_WORD_AFTER_STAMP = re.compile(r"[\s,]*(?!at\b)[a-z]")


def post_stamp(sent: str, m: Mention) -> bool:
    """The date stamp of an embedded post, wherever its line starts: no event."""
    lo = max(0, m.start - 40)
    return _HANDLE_BEFORE.search(sent, lo, m.start) is not None and not _WORD_AFTER_STAMP.match(sent, m.end)


# A date in a machine's form (year-month-day) after a dash or a bar at the end of a line of words, as a page prints
# its date beside its headline ("European Trio Continue Nuclear Talks with Iran - 2004-07-30", "Council votes on the
# budget | 2025-06-03"): the page's stamp, no happening of the line (prose writes no such date after a dash and
# ends with a full stop: "The rules took effect - 2025-06-03." is left).
_ISO_STAMP_BEFORE = re.compile(r"[A-Za-z][^\n]*?[ \t](?:-|–|—|\|)[ \t]*$")


def trailing_iso_stamp(sent: str, m: Mention, published: dt.date) -> bool:
    """Is machine-form date `m` the stamp a page prints after its headline's dash or bar, ending its line: the
    paper's own day or one of the two before it (a schedule's line, "Application deadline - 2025-07-01", names a
    day ahead: no stamp)?"""
    if sent[m.end:].strip() or _ISO_STAMP_BEFORE.match(sent, 0, m.start) is None:
        return False
    day = safe_date(int(m.g("iso_y")), int(m.g("iso_m")), int(m.g("iso_d")))
    return day is not None and 0 <= (published - day).days <= 2


# A machine's time stamp right after a date, to the end of its line: a clock with its seconds, then its
# half of the day, its zone or offset and the year as a mail header or a list archive writes them ("Date: Thu,
# 13 Feb 1997 19:11:00 -0500", "Thu Dec 2 07:01:30 MST 1999", "wrote 3/10/1999 11:45:00 PM", "05-14-2006 @
# 17:21:36"). Prose gives no seconds, and a line that ends on them is a stamp (not "the quake struck on March
# 11 at 14:46:23 local time, the agency said": the sentence goes on; nor "at 05:46:52" wrapped before "local
# time": prose's "at", and a next line in lower case). A mail header of the 1990s may give the year in two
# figures between the date and the clock ("Date: Fri, 28 Oct 94 12:51:35 PDT"): the date read without it.
_SECONDS_STAMP_AFTER = re.compile(r"[ \t,]*(?:\d\d[ \t]+)?(?:@[ \t]*)?\d{1,2}:\d{2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\b\.?)?"
                                  r"(?:[ \t]+(?:[A-Z]{2,5}|[+-]\d{4}))?(?:[ \t]+(?:19|20)\d\d)?[ \t]*(?:\n|$)"
                                  # (hard-wrapped prose goes on in lower case, a bracket or a number on the
                                  # next line: "... on July 6, 2025, 05:46:52\nlocal time, killing 40")
                                  r"(?![ \t]*[a-z(\d])")
# A wire's filing stamp in a machine's day-month-year form, hyphens between, and a clock after it ("(SIGNED)
# NEB/TP 21-Dec-1999 08:55 AM EDT (21-Dec-1999 1355 UTC)"): only its year is read as a date.
# The text after a sentence that ends on such a stamp going on as the sentence's own on the next line.
_GOES_ON_NEXT_LINE = re.compile(r"[ \t]*\n?[ \t]*[a-z(\d]")
_HYPHEN_DAY_MONTH_BEFORE = re.compile(r"(?<![\w-])\d{1,2}-(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
                                      r"JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-$")
_FILING_CLOCK_AFTER = re.compile(r"[ \t]+\d{1,2}:?\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\b|[A-Z]{2,4}\b)")
# A broadcaster's script slug: "DATE=12/21/1999 TYPE=CORRESPONDENT REPORT TITLE=...": the script's date.
_SLUG_DATE_BEFORE = re.compile(r"(?:^|\s)(?-i:DATE)[ \t]*=[ \t]*$")


# A mail header's date glued to its next fields on one line ("Date: Sat, 16 Jan 1999 12:40:21 -0800 (PST) From:
# bc616@scn.org ... Subject: ..."): the message's stamp, as at a line's end.
_MAIL_FIELD_AFTER = re.compile(r"[ \t,]*\d{1,2}:\d{2}:\d{2}(?:[ \t]+(?:[A-Z]{2,5}|[+-]\d{4}))?(?:[ \t]*\([A-Z]{2,5}\))?"
                               r"[ \t]+(?:From|To|Subject|Sender|Reply-To|Cc|Organization|Message-I[Dd]|Newsgroups):")


def machine_stamp(sent: str, m: Mention, text: str = "", offset: int = 0) -> bool:
    """The date `m` of a machine's time stamp or a script's slug (above): the page's, the post's or the filing's
    date, no happening. (`sent` starts at `offset` in `text`: a stamp that ends the sentence is followed in the
    text by no line that goes on with it.)"""
    # (a sentence with no colon, most, is not sliced for one: each test below asks for a character of its own
    # first, which a search of the whole sentence in C rules out for less than a slice costs)
    if ":" in sent and ":" in sent[m.end:m.end + 16]:
        if stamp := _SECONDS_STAMP_AFTER.match(sent, m.end):
            return stamp.end() < len(sent.rstrip()) or not text or \
                _GOES_ON_NEXT_LINE.match(text, offset + len(sent)) is None
        if _MAIL_FIELD_AFTER.match(sent, m.end):
            return True
    if m.start >= 7 and sent[m.start - 1] == "-" and _HYPHEN_DAY_MONTH_BEFORE.search(sent, m.start - 7, m.start) and \
            _FILING_CLOCK_AFTER.match(sent, m.end):
        return True
    # (the slug's "=" looked for first: most dates stand after a space)
    if m.start < 5 or sent[m.start - 1] not in "= " or "=" not in sent:
        return False
    lo = m.start - 8 if m.start > 8 else 0  # (max(): see fastpath's note)
    return sent.find("=", lo, m.start) != -1 and _SLUG_DATE_BEFORE.search(sent, lo, m.start) is not None


# A numeric date right after a source's name at a line's head, a name or its line's end after it: a clipping's
# credit in a press digest or a release's stamp ("Sacramento Bee 5/30/99 Michael Doyle \"...", "Salon 5/28/99 David
# Horowitz \"....", "News Release - 9/10/01"): the source's date, no happening. Not after a preposition or a verb
# ("On 5/30/99 Smith said", "Smith resigned 5/30/99").
_SOURCE_HEAD_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?!(?:On|Since|By|Until|From|In|At|Before|After|Dated)\b)"
                                 r"[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3}[ \t]*(?:[-–—:][ \t]*)?$|"
                                 r"\b(?i:news|press)[ \t]+(?i:release)[ \t]*(?:[-–—:][ \t]*)?$")
_SOURCE_TAIL_AFTER = re.compile(r"[ \t]*(?:$|\n|(?:[A-Z][\w.'’-]*[ \t]+){1,3}[\"“]|[-–—:][ \t]*[\"“])")


def source_stamp(sent: str, m: Mention) -> bool:
    """The numeric date `m` of a source's credit or a release's stamp at its line's head (above)."""
    if _SOURCE_TAIL_AFTER.match(sent, m.end) is None or \
            (head := _SOURCE_HEAD_BEFORE.search(sent, max(0, m.start - 60), m.start)) is None:
        return False
    # a label that names a happening is its day's ("Deadline 6/30/99", "Meeting - 6/20/99"), no source's
    words = head[0].replace("-", " ").replace(":", " ").split()
    return not words or words[-1].capitalize() not in _HEADING_WORDS and words[-1].capitalize() != "Deadline"


# A web address without its scheme: a host, then its path ("/cdn.vox-cdn.com/uploads/.../usa-today-8735430.jpg", an
# image's address left in a page's text).
HOST_PATH = re.compile(r"[\w-]+\.[a-z]{2,}(?:\.[a-z]{2})?/")


def in_link(sent: str, m: Mention) -> bool:
    """Whether the date `m` stands in a web address ("http://www.nytimes.com/2003/08/01/politics/...",
    "cdn.vox-cdn.com/uploads/.../usa-today-8735430.jpg"), glued to the text or not: the page's path, no happening."""
    lo = max(sent.rfind(" ", 0, m.start), sent.rfind("\n", 0, m.start), sent.rfind("\t", 0, m.start)) + 1
    head = sent[lo:m.start]
    return "://" in head or head[:4].lower() == "www." or "/" in head and HOST_PATH.search(head) is not None


# A dated entry's head in a digest of such entries: a line that opens with a full date, then a full stop, a
# colon, a dash, a word glued to it or the line's end ("25 June 2004China", "30 June 2004. At least 15 people
# were killed ... state media reported today", "July 6, 2004: ...").
# (its weekday may open it: "Tuesday, 12 August 2025")
_ENTRY_HEAD_SOURCE = (r"[ \t]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|"
                      r"Thurs|Fri|Sat|Sun)\.?,?[ \t]+)?"
                      # (each run possessive: what follows it cannot match its own characters, so giving some
                      # back never led to a match; on a line that opens with a word and no date, "Pacific First
                      # ...", the regex gives up without trying the word's shorter lengths)
                      r"(?:(?P<d>\d{1,2}+)\s++(?P<mon>[A-Z][a-z]{2,8}+)\.?|(?P<mon2>[A-Z][a-z]{2,8}+)\.?\s++"
                      r"(?P<d2>\d{1,2}+),?)\s++(?P<y>(?:19|20)\d\d)"
                      # (a clock's time may follow it: "Nov. 8, 2011, 2:30 p.m. — ...", an entry of a day's hours)
                      r"(?:,?[ \t]++\d{1,2}+(?::\d\d)?+[ \t]*+(?:[ap]\.m\.|[AP]\.M\.|[AaPp][Mm]\b))?"
                      r"(?=[.:]|[ \t]*[–—-]|[A-Z]|[ \t]*\n)")
_ENTRY_HEAD = re.compile(_ENTRY_HEAD_SOURCE)
# The same after a line break: searched for, its leading "\n" lets the regex engine skip from line to line in C.
_ENTRY_HEAD_NEXT_LINE = re.compile("\n" + _ENTRY_HEAD_SOURCE)


# What may follow an entry's date on its line of its own: a region's name ("25 June 2004China"), no more.
_ENTRY_LABEL = re.compile(r"[ \t]*(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?[ \t]*")


@lru_cache(maxsize=16)
def _entry_heads(text: str) -> tuple[tuple[int, int, dt.date], ...]:
    """(start, end, day) of each dated entry's head, when the text holds two or more (a digest); else ()."""
    heads = []
    # (each line's start tried, not every character of the text: the head opens its line; the first line
    # matched, each later one found after its line break)
    e = _ENTRY_HEAD.match(text)
    start = 0
    while True:
        if e is not None and _opens_paragraph(text, start):
            # (not a hard-wrapped sentence's line: "... signed it on\nJuly 3, 2025. Payments ...")
            month = MONTHS.get((e["mon"] or e["mon2"]).lower())
            day = safe_date(int(e["y"]), month, int(e["d"] or e["d2"])) if month else None
            if day is not None:
                heads.append((start, e.end(), day))
        e = _ENTRY_HEAD_NEXT_LINE.search(text, start)
        if e is None:
            break
        start = e.start() + 1
    return tuple(heads) if len(heads) >= 2 else ()


# A line that ends a sentence or an entry: its last word's full stop, question or exclamation mark, a closing quote
# or bracket after it.
_LINE_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*[ \t]*$")


def _opens_paragraph(text: str, at: int) -> bool:
    """Whether the line starting at `at` opens a paragraph: the text's first, after a blank line, or after a line
    that ends a sentence."""
    if at == 0:
        return True
    prev_start = text.rfind("\n", 0, at - 1) + 1
    prev = text[prev_start:at - 1]
    return not prev.strip() or _LINE_ENDS_SENTENCE.search(prev) is not None


# A date heading on a line of its own above its entry, in any case: "FEBRUARY 4", "June 19", "Feb 1:", "Monday 27
# June, 2016", "24 August 2016", "Wednesday 29 June", "Sat 3 Oct", a month's with its year ("December 2014") (a
# bullet or a dash before it, a colon, a dash or a table's bar after it: "Thursday 18 April 2019 |").
_DATE_HEADING = re.compile(r"[ \t\-–—•*·]*(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|"
                           r"fri|sat|sun)\.?,?[ \t]+)?"
                           r"(?:(?P<mon>[a-z]{3,9})\.?[ \t]+(?P<d>\d{1,2})(?:st|nd|rd|th)?|"
                           r"(?P<d_>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<mon_>[a-z]{3,9})\.?|"
                           r"(?P<mon2>[a-z]{3,9})\.?,?(?=[ \t]+(?:19|20)\d\d))"
                           r"(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*[:\-–—|]{0,3}[ \t\r]*", re.IGNORECASE)


def _date_heading_key(text: str, at: int) -> str:
    """The date a heading's line starting at `at` tells, in lower case, its bullets, dashes and spaces left out."""
    end = text.find("\n", at)
    return "".join(ch for ch in text[at:end if end >= 0 else len(text)].lower() if ch.isalnum())


def _date_heading(line: str) -> bool:
    """Whether `line` is a date and no more (_DATE_HEADING, its month a month's name)."""
    h = _DATE_HEADING.fullmatch(line)
    return h is not None and MONTHS.get((h["mon"] or h["mon_"] or h["mon2"]).lower()) is not None


# An entry under a heading tells something: two words of letters ("Police arrest two men.", "02:30 BST - They go
# back"), not a calendar's hours ("10am to 4pm", "Closed").
_ENTRY_WORDS = re.compile(r"(?:\b(?!(?:am|pm|to|and|noon|midnight|closed|open|[ap]\.m)\b)[A-Za-z]{2,}\b.*?){2}",
                          re.IGNORECASE)
# A lead over dates on lines of their own that are no timeline's: a page's links to other stories under their days,
# a blog's archive by month, a calendar of opening hours.
_NO_ENTRIES_LEAD = re.compile(r"\b(?:archives?|related|more (?:on this|from|stories|news)|read more|see also|"
                              r"opening (?:hours|times)|hours)\b", re.IGNORECASE)
_HEADINGS_LEAD_REACH = 100  # how far above the first heading its lead is read


def date_headings(text: str) -> frozenset[int]:
    """Where the line of each date heading of a list of dated entries starts: a line that is a date and no more
    (_DATE_HEADING, a bullet before it at most) with its entry on the next line holding text (not another such
    date), or a flattened table's date cell under its row's label ("Polling day |" over "Saturday 18 May 2019 |"),
    when the text has two or more of them ("FEBRUARY 4 / Rebels seize the town ... / FEBRUARY 11 / The government
    declares ..."). Such a heading is the entry's date, its own statement, not a page's date line. Empty for any
    other text."""
    return _list_lines(text)[0]


@lru_cache(maxsize=16)
def _list_lines(text: str) -> tuple[frozenset[int], dict[int, tuple[dt.date, int, int]]]:
    """date_headings and day_labels, read in one pass over the text's lines. (The lines are split in C and their
    lengths read, not the text scanned by a regex, which costs ~40 instructions a character: few lines are short,
    and most are read no further.)"""
    heads = []
    labels: dict[int, tuple[dt.date, int, int]] = {}
    year = month = None  # the year and month of the last month's heading (day_labels)
    last = 0  # the last day labelled under it
    prose = 0  # the lines under it that are no entry's label
    n = len(text)
    at = 0
    for line in lines_of(text):  # (the splitter's and find_publication's list)
        size = len(line)
        nl = at + size
        if size >= 60 and month is None or not size:
            at = nl + 1
            continue
        # (a heading is short: the longest, "Wednesday, 28th of September, 2016:", under 40 characters)
        if 3 < size < 40 and _date_heading(line):
            below = _next_filled_line(text, nl + 1)
            below_end = text.find("\n", below)
            entry = text[below:below_end if below_end >= 0 else n]
            if entry.isalpha() and below_end >= 0:
                # (a one-word label over the entry, its place or its venue: "March 10 / Columbus / Chicago vs.
                # Sporting KC")
                below = _next_filled_line(text, below_end + 1)
                below_end = text.find("\n", below)
                entry = text[below:below_end if below_end >= 0 else n]
            if _ENTRY_WORDS.search(entry) and not _date_heading(entry) or line.rstrip().endswith("|") and \
                    (label := text[text.rfind("\n", 0, at - 1) + 1:at].strip()).endswith("|") and \
                    not _date_heading(label):
                # (a flattened table's date cell under its row's label cell: "Polling day |\nSaturday 18 May 2019 |")
                heads.append(at)
        head = _MONTH_HEADING.match(line) if size < 60 and ("—" in line or "-" in line or "–" in line or
                                                            line.isupper()) else None
        mo = MONTHS.get(head["mon"].lower()) if head is not None else None
        if mo is not None:
            if head["y"]:
                year = int(head["y"])
            elif year is not None and month is not None and mo < month:
                year += 1
            month, last, prose = mo, 0, 0
            if head["d"] and year is not None and (day := safe_date(year, mo, int(head["d"]))) is not None:
                labels[at], last = (day, at + head.start("d"), at + head.end("d")), day.day
        elif month is not None and year is not None and (lab := _DAY_LABEL.match(line)) is not None:
            if int(lab["d"]) < last:
                month = None  # (the days fall back: a month's heading is missing, the month unknown)
            elif (day := safe_date(year, month, int(lab["d"]))) is not None:
                labels[at], last, prose = (day, at + lab.start("d"), at + lab.end("d")), day.day, 0
        elif month is not None and line.strip():
            prose += 1
            if prose > _DAY_LIST_PROSE:
                month = None
        at = nl + 1
    if len(heads) < 2 or _NO_ENTRIES_LEAD.search(text, max(0, heads[0] - _HEADINGS_LEAD_REACH), heads[0]) or \
            len({_date_heading_key(text, at) for at in heads}) < 2:
        # (no list either where every heading tells the same date: a page's date line repeated over its by-line,
        # "February 15, 2020 / By Chris Richards / - February 15, 2020", or a listing's stories of one day)
        heads = []
    return frozenset(heads), labels if len(labels) >= 2 else {}


# What ends an entry's label (a date's, a weekday's): a colon or a spaced dash ("Monday: JMA upgrades the
# depression", "Tuesday – The storm becomes a typhoon").
_LABEL_END = re.compile(r"[ \t]*(?::|[–—-][ \t])")


def label_ends(sent: str, at: int) -> bool:
    """Whether an entry's label ends at `at` of its sentence: a colon or a spaced dash follows ("Nov. 3: ...",
    "Monday – ...")."""
    return _LABEL_END.match(sent, at) is not None


def weekday_label(sent: str, m: Mention) -> bool:
    """Whether the weekday `m` (a "wd" mention at its sentence's opening) is an entry's label: a full weekday's name
    and nothing more ("Monday:", not "Last Monday:" nor "Monday morning:")."""
    return m.text[:1].isupper() and m.text.isalpha() and m.text.lower() in WEEKDAYS and label_ends(sent, m.end)


def first_sentence_below(text: str, at: int) -> int:
    """Where the first sentence of the entry under the date heading whose line starts at `at` starts: its line's
    first word, after a bullet (the sentence splitter's start)."""
    nl = text.find("\n", at)
    below = _next_filled_line(text, nl + 1) if nl >= 0 else len(text)
    while below < len(text) and (text[below] in " \t" or text[below] in _HEADING_BULLETS and
                                 text[below + 1:below + 2] in (" ", "\t")):
        below += 1
    return below


_HEADING_BULLETS = "•▪●◦‣∙·*"


def chronology_above(text: str, at: int) -> bool:
    """Whether a chronology's lead (_CHRONOLOGY_LEAD: "How the weekend unfolded", "Timeline of ...") stands in the
    lines just above the line starting at `at`."""
    return _CHRONOLOGY_LEAD.search(text, max(0, at - _RUN_LEAD_REACH), at) is not None


def page_date_over_headings(text: str, headings: frozenset[int], at: int) -> bool:
    """Whether the page's date line found at `at` (the paper's day, with its year) stands over headings that give
    no year ("Wednesday, June 18, 2025 / Timeline of the strike / June 3 / ... / June 12 / ..."): the page's date,
    not the list's first heading ("24 August 2016 / ... / 26 October 2016 / ...")."""
    return not any(_A_YEAR.search(text, h, text.find("\n", h) if "\n" in text[h:h + 40] else h + 40)
                   for h in headings if not h <= at < h + 40)


def heading_entry(text: str, at: int) -> str:
    """The first line of the entry under the date heading whose line holds `at` (date_headings): what the heading's
    statement tells ("June 19 / Morrisons says it rejected a proposed ... offer"), for its title."""
    nl = text.find("\n", at)
    if nl < 0:
        return ""
    below = _next_filled_line(text, nl + 1)
    end = text.find("\n", below, below + _HEADING_ENTRY_REACH)
    return text[below:end if end >= 0 else below + _HEADING_ENTRY_REACH].strip()


_HEADING_ENTRY_REACH = 400  # (a title is cut to 80 characters; its line is read no further than this)


# A month's heading on a line of its own, its dashes framing it, its year at most ("— MARCH 2014 —", "-- MAY ---"),
# perhaps with its first day's entry after it ("-- MAY --- 11: ..."); and an entry labelled by its day alone under
# it ("– 24: Authorities in Guinea say ...", "- 13: ..."), as a wire's chronology prints them.
_MONTH_HEADING = re.compile(r"[ \t]*[–—-]*[ \t]*(?P<mon>[A-Za-z]{3,9})\.?(?:[ \t]+(?P<y>(?:19|20)\d\d))?[ \t]*[–—-]*"
                            r"[ \t]*(?:(?P<d>\d{1,2})[ \t]*:|$)")
# (the label's dash before it, a word after it: not a numbered list, "1: The Lost River", nor a clock, "– 12: 30 GMT")
_DAY_LABEL = re.compile(r"[ \t]*[–—-]{1,3}[ \t]*(?P<d>\d{1,2})[ \t]*:[ \t]+(?=[^\d\s])")
# How many lines other than its entries a month's heading's list may hold (an entry's further paragraph): one more
# ends it ("— JUNE 2025 — / Three things to know / 1: ...").
_DAY_LIST_PROSE = 2


def day_labels(text: str) -> dict[int, tuple[dt.date, int, int]]:
    """The entries labelled by their day alone under a month's heading ("— MARCH 2014 — / – 24: Authorities ... /
    – 31: Liberia confirms two cases."), by their lines' starts: (the day, where its number starts and ends). A
    heading without its year takes the year of the heading above it, one more where the calendar falls back ("—
    DECEMBER 2013 — ... — MARCH — ..."); with no year above, its entries are left alone, and so are a month's
    entries after its days fall back (a heading missing). Empty for a text with fewer than two such entries."""
    return _list_lines(text)[1]


def digest(text: str) -> bool:
    """Whether the text is a digest of dated entries (_ENTRY_HEAD, two or more lines)."""
    return "\n" in text and bool(_entry_heads(text))


def entry_day(text: str, at: int, published: dt.date) -> dt.date | None:
    """The day of the dated entry of a digest (_ENTRY_HEAD, two or more) that `at` stands in: its paragraph
    opens with the entry's date, or the entry's date stands alone (a short label at most) on the line above
    the paragraph. A digest's "today" is its entry's day (before `published`), not the day the digest came out. None
    elsewhere."""
    if "\n" not in text or not (heads := _entry_heads(text)):
        return None
    i = bisect_left(heads, (at + 1,)) - 1
    if i < 0:
        return None
    start, end, day = heads[i]
    if day >= published:
        return None
    gap = text.find("\n\n", end, at)
    if gap == -1:
        # the entry's own line: its date opens it ("30 June 2004. At least 15 people ... today")
        return day if text.find("\n", end, at) == -1 else None
    if text.find("\n", end) != gap or _ENTRY_LABEL.fullmatch(text, end, gap) is None:
        return None  # the head is no line of its own above the paragraph, with a region's name at most
    body = gap + 2
    while body < at and text[body] in "\n \t":
        body += 1
    return day if text.find("\n\n", body, at) == -1 else None


# A timeline's entry label opening its line, after a bullet or a dash: "— March 2011:", "• Aug. 20, 2012:" (a year
# label); "February 27-28:", "Sept. 5:" (a yearless day label, its year given by the list's heading).
_ENTRY_YEAR_LABEL = re.compile(r"[ \t\-–—•*·]*([A-Z][a-z]{2,8})\.?\s+((?:1[5-9]|20)\d\d)\s*:")
_ENTRY_YEAR_LABEL_LINE = re.compile(r"(?m)^" + _ENTRY_YEAR_LABEL.pattern)
_BULLETS = ("-", "–", "—", "•", "*", "·")
# (its label may end in a spaced dash instead of a colon: "March 31 – Thousands take to the streets", not a range's
# dash: "March 31 – April 3: ..."; the wire's doubled hyphen: "March 12 -- Signature Bank fails")
_ENTRY_SEPARATOR = r"(?:\s*:|[ \t]+(?:--|[–—-])[ \t]+(?![A-Z][a-z]{2,8}\.?\s+\d)(?=[A-Z\"“‘']))"
# (its day may come first: "3 February: ...")
# (or it heads its entry on a line of its own, in any case: "FEBRUARY 4", "June 19"; its weekday may open it:
# "Wednesday 29 June")
_HEADING_END = r"[ \t]*(?=\r?\n|\Z)"
# (in title case or in capitals, as the month's name may be: "FRIDAY SEPTEMBER 19th:")
_LABEL_WEEKDAY = (r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY),?"
                  r"[ \t]+)?")
_ENTRY_DAY_LABEL = re.compile(r"[ \t\-–—•*·]*" + _LABEL_WEEKDAY +
                              r"(?:(?P<mon>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?\s+(?P<d>\d{1,2})"
                              # (its range may end in the same month or in another: "December 23 - January 3:")
                              r"(?:st|nd|rd|th)?(?:\s*[-–]\s*(?:(?P<endmon>[A-Z][a-z]{2,8})\.?\s+)?(?P<end>\d{1,2}))?|"
                              r"(?P<d_>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon_>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?)"
                              r"(?:" + _ENTRY_SEPARATOR + "|" + _HEADING_END + ")")


# A month's heading alone on its line over the entries of its month, in title case or capitals ("JANUARY",
# "April", "— MAY —"), as a year's review prints it.
_MONTH_ALONE = re.compile(r"[ \t\-–—•*·]*([A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?[ \t]*[:\-–—]{0,3}[ \t\r]*")


def _month_alone(line: str) -> int | None:
    """The month of a month's heading alone on its line (_MONTH_ALONE), None for any other line."""
    h = _MONTH_ALONE.fullmatch(line) if len(line) < 16 else None
    return None if h is None else MONTHS.get(h[1].lower())


def _label_month(lab: re.Match | None) -> int | None:
    """The month of an _ENTRY_DAY_LABEL match (None for no match or no month's name)."""
    return None if lab is None else MONTHS.get((lab["mon"] or lab["mon_"]).lower())


# An entry's label with its year, opening its line above yearless "Month D:" entries: a full date ("Feb. 1, 2021:",
# "1 February 2021 –") or a month's ("February 2019 –", "— March 2011:").
_ENTRY_YEAR_ANCHOR = re.compile(r"[ \t\-–—•*·]*" + _LABEL_WEEKDAY +
                                r"(?:([A-Z][a-z]{2,8})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|"
                                r"\d{1,2}\s+([A-Z][a-z]{2,8})\.?,?\s+)((?:1[5-9]|20)\d\d)"
                                r"(?:" + _ENTRY_SEPARATOR + "|" + _HEADING_END + ")")
# An entry's label that is a year alone ("2004: It goes public.", "1998 – The company is founded"): the year of the
# yearless "Month D:" entries below it, as a year heading's.
_ENTRY_BARE_YEAR = re.compile(r"[ \t\-–—•*·]*((?:1[5-9]|20)\d\d)" + _ENTRY_SEPARATOR)
# The most lines of an entry's further paragraphs between two entries (or an entry and its year's label above).
_ENTRY_PROSE_LINES = 4
# ... and under a date heading of its own line (date_headings), where an entry may run to a dozen lines and more
# ("Tuesday 28 June, 2016 / 02:30 - They go back ... / 03:04 - The woman texts ... / ...")
_HEADED_ENTRY_LINES = 30
# A list's lead, ending in a colon: another list may start below it.
_LIST_LEAD_LINE = re.compile(r":[ \t\r]*$")
# A list's year heading: a line that is its year ("2014", "2015:"), or a lead ending in one after a colon
# ("Following are key dates in the dispute since ...: 2014").
# (its dashes may frame it: "– 2013 –", "-- 2014 --")
_YEAR_HEADING = re.compile(r"(?:^[\W_]*|:\s*)((?:1[5-9]|20)\d\d)[ \t\r]{0,3}(?::|[–—-]{1,3})?[ \t\r]{0,3}$")
_YEAR_HEADING_TAIL = 7  # (the most characters after a heading's year on its line: year_heading looks no further)
# The words of a lead that introduces a list of dated entries.
_LIST_LEAD = re.compile(r"\b(?:dates|timeline|chronology|events|history|unfolded|how|look|meetings|results|"
                        r"milestones|moments|calendar|schedule|fixtures|glance)\b", re.IGNORECASE)
# An entry's month falling by five months or more, from the year's second half into its first quarter, under one
# heading ("2019 / Dec. 31: ... / Jan. 11: ...", a school year's "Aug. 28: ... / Jan. 6: ..."): the list has crossed
# into the next year. (A list going back in time falls by less: "Last five meetings: 2023 / May 13 / March 4".)
_LATE_MONTH, _EARLY_MONTH, _TURN_FALL = 7, 3, 5
# How many lines above an entry its list's heading may stand (a long "Key dates" list runs to a few dozen entries),
# and how far back an entry's line may open (a timeline's entry is a paragraph at most; a bounded look-back keeps
# one endless line linear, test_no_quadratic_blow_up).
_ENTRY_LINES_BACK = 80
_ENTRY_LINE_REACH = 3000


def _sentence_after(text: str, at: int) -> bool:
    """Whether what follows an entry's label ending at `at` reads as a sentence of its own: no lower-case word opens
    it ("2004: It goes public.", not "2016: a year to forget")."""
    return not text[at:at + 4].lstrip(" \t")[:1].islower()


def _year_label(text: str, lab: re.Match) -> bool:
    """Whether an _ENTRY_YEAR_LABEL match is a label: a month's name, a sentence of its own after it."""
    return MONTHS.get(lab[1].lower()) is not None and _sentence_after(text, lab.end())


@lru_cache(maxsize=4)
def _year_label_lines(text: str) -> int:
    """How many lines of the text open with a "Month YEAR:" entry label (counted up to 2)."""
    n = 0
    for lab in _ENTRY_YEAR_LABEL_LINE.finditer(text):
        if _year_label(text, lab):
            n += 1
            if n > 1:
                break
    return n


def _heading_year(line: str) -> re.Match | None:
    """A list's year heading (_YEAR_HEADING) on `line`: the match, its year as group 1. After a colon only when
    the lead before it introduces a list (_LIST_LEAD: "A look at the conflict since the uprising: 2011", "Timeline
    of the case: 2016"), not a fact box's label ("Opened: 1932", "Year the bridge opened: 1932": a happening's
    year)."""
    heading = _YEAR_HEADING.search(line)
    if heading is not None and heading[0][0] == ":" and _LIST_LEAD.search(line, 0, heading.start()) is None:
        return None
    return heading


def _next_filled_line(text: str, at: int) -> int:
    """Where the first line at or after `at` holding more than whitespace starts (len(text) if none)."""
    while True:
        nl = text.find("\n", at)
        if nl < 0 or text[at:nl].strip():
            return at if nl >= 0 or text[at:].strip() else len(text)
        at = nl + 1


def entry_year(text: str, pos: int, month: int, published: dt.date | None = None) -> int | None:
    """The year of a yearless date at `pos` told in a timeline's entry: the entry's own "Month YEAR:" label
    opening the line (for a date of that month or a later one); or, on a yearless "Month D:" entry's line, the year
    of what stands above a list of such entries (every line between it and this one such an entry, blank lines and
    up to _ENTRY_PROSE_LINES of an entry's further paragraphs aside): a year heading, an entry's label with its
    year ("Feb. 1, 2021:", "February 2019 –") or one that is its year alone ("2004: It goes public."); or, with no
    year above, the year _chronology_runs gives the entry's run (a chronology told up to the paper, or a list of
    coming dates past its turn into the next year)."""
    low = pos - _ENTRY_LINE_REACH if pos > _ENTRY_LINE_REACH else 0
    start = text.rfind("\n", low, pos) + 1
    if not start and low:
        return None  # (a line this long is no timeline's entry; a bounded look-back keeps long lines linear)
    lab = _ENTRY_YEAR_LABEL.match(text, start)
    if lab is not None and lab.end() <= pos:
        # (an entry is told in a sentence of its own after its label: not "May 2023: that was when the river last
        # burst its banks. On May 20, residents will ...", a feature's fronted time, told on to now; and it stands
        # in a list: after a bullet or a dash, or with another such label line in the text. A feature may open
        # one line so, "October 2019: The last time the club won away. On Oct. 26, they visit Leeds", and go on
        # to now in the present.)
        mo = MONTHS.get(lab[1].lower())
        return int(lab[2]) if mo is not None and mo <= month and _year_label(text, lab) and \
            (holds(text[start:lab.start(1)], _BULLETS) or _year_label_lines(text) > 1) else None
    if (later := _label_month(_ENTRY_DAY_LABEL.match(text, start))) is None and \
            ((end := text.find("\n", start, start + 16)) < 0 or (later := _month_alone(text[start:end])) is None):
        return None
    headed = date_headings(text)
    most_prose = _HEADED_ENTRY_LINES if start in headed else _ENTRY_PROSE_LINES
    turns = 0  # the year's turns between the heading and this entry
    prose = 0  # the lines of an entry's further paragraphs since the last entry (from below)
    end = start - 1
    for _ in range(_ENTRY_LINES_BACK):
        if end <= 0:
            break
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        end = begin - 1
        if not line.strip():
            continue
        label_year = None  # (an entry's label with its year: "Feb. 1, 2021: ... detained" over "Feb. 3: Staff ...")
        if (mo := _label_month(_ENTRY_DAY_LABEL.match(line))) is not None or (mo := _month_alone(line)) is not None:
            prose = 0
        elif (anchor := _ENTRY_YEAR_ANCHOR.match(line)) is not None and \
                (mo := MONTHS.get((anchor[1] or anchor[2]).lower())) is not None and \
                _sentence_after(line, anchor.end()):
            label_year = int(anchor[3])
        elif not prose and (heading := _heading_year(line)) is not None:
            return int(heading[1]) + turns
        elif (bare := _ENTRY_BARE_YEAR.match(line)) is not None and _sentence_after(line, bare.end()):
            # an entry's label that is its year alone: "2004: It goes public." over "March 3: Its founder steps down."
            return int(bare[1]) + turns
        else:
            prose += 1
            if prose > most_prose:
                break
            if _list_lead(line):
                if prose == 1 and (lead := _lead_year(line)) is not None:
                    # "Here's the timeline of the events as they unfolded in 1999:", "How the 2016 campaign
                    # unfolded:": a lead naming the one year its list is of, right above the entries
                    return lead + turns
                break
            continue
        if mo >= _LATE_MONTH and later <= _EARLY_MONTH and mo - later >= _TURN_FALL:
            turns += 1
        if label_year is not None:
            return label_year + turns
        later = mo
    if published is None:
        return None
    return _chronology_runs(text, published).get(start)


# A chronology's lead (or its entries) telling of what is to come: a calendar or a schedule, no chronology.
_COMING_WORDS = re.compile(r"\b(?:ahead|upcoming|coming|next|future|calendar|schedule[ds]?|fixtures?|agenda|diary|"
                           r"will|plan(?:s|ned)?|expected|to watch|watch for|what to know)\b", re.IGNORECASE)
# A lead naming what follows a chronology of what has happened: its run is told up to the paper even when its last
# entry lies months back ("Here is a look at the key events ... since it began in May:", "Timeline of the strike:").
_CHRONOLOGY_LEAD = re.compile(r"\b(?:timeline|chronology|key events|history|unfolded|look(?:ing)? back|recap|"
                              r"milestones|how it happened|what (?:has )?happened|so far|year in review|"
                              r"review of the year|year that was)\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_RUN_ENTRIES = 3  # the fewest entries of a yearless chronology
_RUN_LEAD_REACH = 300  # how far above its first entry a chronology's lead is read
_COMING_SOON = 120  # the most days ahead a coming list's first entry may lie, read in the next year


@lru_cache(maxsize=4)
def _chronology_runs(text: str, published: dt.date) -> dict[int, int]:
    """The year of each entry of a yearless chronology told up to the paper, by its line's start: a run of
    _RUN_ENTRIES or more "Month D:" entries opening their lines (an entry's further paragraphs, up to
    _ENTRY_PROSE_LINES, between them), no year above them (an entry's label with its year, a year heading), in the
    calendar's order within one year, that year the paper's when the run ends on or before the paper's day ("January
    31: Elon Musk begins to buy ... / March 14: ... / October 27: Elon Musk visits ..." on the 28th of October), the
    year before when it starts after it (a look back at March to November printed in February); a run astride the
    paper's day goes on to what is to come, no chronology. A run is read so only after a lead naming a chronology
    (_CHRONOLOGY_LEAD) or when its end lies nearer the paper than its first entry's next coming (a list of
    January's and February's closures printed on the 20th of December is of the coming ones: what such a run tells
    is left to the entries' own readings); never after a lead of what is to come ("Key dates ahead:", "Coming up in
    2020:") or one naming a year (the entries' own), nor a run any of whose entries is told ahead ("will", "is set
    to"). A run out of the calendar's order or told ahead may still be a list of coming dates that turns into the
    next year (_coming_turn)."""
    years: dict[int, int] = {}
    run: list[int] = []
    days: list[tuple[int, int]] = []  # (the month and day of each entry of the run)
    first = last = (0, 0)
    ok = True
    prose = 0
    lead_end = 0
    told_past = 0  # (how many of the run's entries are told in the past: "Jan. 5 / The company filed for ...")

    def close() -> None:
        lead = text[max(0, lead_end - _RUN_LEAD_REACH):lead_end]
        if len(run) < _RUN_ENTRIES and not (len(run) == 2 and _LEAD_DATE.search(lead)):
            return  # (two entries are a run only under a lead's date they go on from: _from_lead_date)
        if _A_YEAR.search(lead):
            # (a lead's year is mostly the entries' own, left to their readings: but a date of the first entry's
            # month gives the run its year, and a list of what is to come its turn into the next year when the lead
            # names no year but the paper's or the next: "The 2016/17 season is now a week old ... the deadlines
            # that will influence ...")
            found = _from_lead_date(run, days, lead, published)
            if not found and not ok and all(published.year <= int(y) <= published.year + 1
                                            for y in _A_YEAR.findall(lead)):
                found = _coming_turn(run, days, lead, published)
            years.update(found)
            return
        if not ok:
            years.update(_coming_turn(run, days, lead, published))
            return
        today = (published.month, published.day)
        if _COMING_WORDS.search(lead):
            # (a list of what is to come, in the calendar's order, whose first entry has gone by in the paper's year
            # but comes round within a few months: all of it next year's, "What to watch in the new year / JANUARY
            # / ... / APRIL" on the 28th of December)
            coming = safe_date(published.year + 1, *first) if first <= today else None
            if coming is not None and (coming - published).days <= _COMING_SOON and \
                    not _CHRONOLOGY_LEAD.search(lead):
                years.update(dict.fromkeys(run, published.year + 1))
            return
        if last <= today:
            year = published.year
        elif first > today:
            year = published.year - 1  # (the whole run after the paper's day: a look back at the year before)
        else:
            return  # (a run astride the paper's day: a timeline that goes on to what is to come)
        end = safe_date(year, *last)
        if end is None:
            return
        coming = safe_date(published.year, *first)
        if coming is None or coming <= published:
            coming = safe_date(published.year + 1, *first)
        # (a run whose entries are told in the past, most of them, is a chronology whatever its lead: "The company
        # had a hard year. / Jan. 5 / The company filed for bankruptcy. / ... / June 7 / A buyer emerged." printed
        # on the 20th of December is of that year, not January's coming one)
        if _CHRONOLOGY_LEAD.search(lead) or 2 * told_past >= len(run) or coming is None or \
                published - end <= coming - published:
            for at in run:
                years[at] = year

    at = 0
    n = len(text)
    while at < n:
        nl = text.find("\n", at)
        if nl < 0:
            nl = n
        line = text[at:nl]
        if line.strip():
            lab = _ENTRY_DAY_LABEL.match(line)
            if (mo := _label_month(lab)) is not None or (mo := _month_alone(line)) is not None:
                # (a month's heading alone an entry of its month, its first day to order it by)
                d = int(lab["d"] or lab["d_"]) if lab is not None else 1
                if not run:
                    lead_end, ok, last, first, days, told_past = at, True, (0, 0), (mo, d), [], 0
                told = line[lab.end():] if lab is not None else ""
                if not told.strip():
                    told = heading_entry(text, at)  # (a heading's entry, on the line below it)
                told_past += first_tense_is_past(told[:_TOLD_REACH])
                days.append((mo, d))
                if (mo, d) < last or safe_date(2000, mo, d) is None or \
                        lab is not None and _told_ahead(line, lab.end()):
                    ok = False  # (2000: a leap year, so 29 February passes)
                if lab is None:
                    last = (mo, 1)
                elif lab["endmon"] is None:
                    last = (mo, int(lab["end"] or d))
                else:
                    # ("March 30 - April 2:" ends in its end's month; "December 23 - January 3:" turns into the next
                    # year inside its entry, out of one year's order)
                    end_mo = MONTHS.get(lab["endmon"].lower(), mo)
                    last = (end_mo, int(lab["end"])) if end_mo >= mo else (mo, d)
                    ok = ok and end_mo >= mo
                run.append(at)
                prose = 0
            elif run:
                prose += 1
                if prose > _ENTRY_PROSE_LINES or _ENTRY_YEAR_ANCHOR.match(line) or _heading_year(line) or \
                        _ENTRY_BARE_YEAR.match(line) or _list_lead(line):
                    close()
                    run = []
        at = nl + 1
    if run:
        close()
    return years


_TOLD_REACH = 100  # (how much of an entry's text is read for its tense)


# A date with its year in a chronology's lead: "since filing for bankruptcy at 6:57 a.m. EST Nov. 29, 2011".
_LEAD_DATE = re.compile(r"\b(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+)?|"
                        r"(?P<d_>\d{1,2})\s+(?P<mon_>[A-Z][a-z]{2,8})\.?,?\s+)(?P<y>(?:1[5-9]|20)\d\d)\b")


def _from_lead_date(run: list[int], days: list[tuple[int, int]], lead: str, published: dt.date) -> dict[int, int]:
    """The year of each entry of a yearless run whose lead's last date with its year is of the first entry's month
    ("... have slogged through a lot since filing for bankruptcy ... Nov. 29, 2011. Here's a month-by-month look at
    what's happened. / Nov. 29: ... / Dec. 5: ... / Jan. 25: ..."), or a full date the run goes on from ("The first
    case was confirmed on February 21, 2020. What followed: / March 9 / ..."): that year, one more at each turn of the
    year (a fall from the year's second half into its first quarter), when the run so read ends on or before the
    paper's day. Empty for any other run (one out of the calendar's order otherwise, or a lead's month and year of
    another month: "founded in March 2011 ... / Jan. 5: ..." may tell of the paper's year)."""
    dates = list(_LEAD_DATE.finditer(lead))
    if not dates or (month := MONTHS.get((dates[-1]["mon"] or dates[-1]["mon_"]).lower())) is None:
        return {}
    told = dates[-1]["d"] or dates[-1]["d_"]
    if month != days[0][0] and not (told and (month, int(told)) < days[0]):
        return {}
    year = int(dates[-1]["y"])
    if year < published.year - 1 or _COMING_WORDS.search(lead):
        # (a date long gone tells of what the run follows from, not its year: "The museum, which opened on January
        # 2, 1998, has had a busy year:"; nor does a list of what is to come: "Key dates ahead for the company,
        # founded on May 3, 2010:")
        return {}
    out = {}
    for i, (at, day) in enumerate(zip(run, days, strict=True)):
        if i and day < days[i - 1]:
            before = days[i - 1][0]
            if not (before >= _LATE_MONTH and day[0] <= _EARLY_MONTH and before - day[0] >= _TURN_FALL):
                return {}
            year += 1
        out[at] = year
    end = safe_date(year, *days[-1])
    return out if end is not None and end <= published else {}


def _list_lead(line: str) -> bool:
    """Whether a line ending in a colon leads another list ("Key dates ahead:", "Past results:", "Timeline of the
    talks:"), not a page's furniture between a list's entries ("Or with:", a sign-up box's last line, between an
    airline's December and January entries)."""
    return _LIST_LEAD_LINE.search(line) is not None and (
        _LIST_LEAD.search(line) is not None or _COMING_WORDS.search(line) is not None or
        _CHRONOLOGY_LEAD.search(line) is not None)


# A year in a list's lead: its time at the lead's end ("... as they unfolded in 1999:", "Key dates of 2014:"), or a
# noun's year in a lead naming a chronology ("How the 2016 campaign unfolded:", "The 2018 season at a glance:"; not
# "Events to remember the 1999 floods:", coming events); and the words that make it no time of the entries: a span's
# end ("Key dates since 2019:", "... after 2020:") or a clause of its own ("the plan, first proposed in 2019:").
_LEAD_TIME_YEAR = re.compile(r"\b(?:in|of|during)\s+((?:1[5-9]|20)\d\d)\s*:\s*$")
_LEAD_YEAR = re.compile(r"(?<![\d/-])((?:1[5-9]|20)\d\d)(?![\d/-])")
_LEAD_YEAR_NOT = re.compile(r",|\b(?:since|until|till|before|after|from|through|to|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _lead_year(line: str) -> int | None:
    """The one year a list's lead line names as the time of its entries, or None. Only the lead's last sentence
    counts ("The club was founded in 1999. Fixtures:" leads no list of 1999)."""
    line = line[line.rfind(". ") + 1:]
    years = _LEAD_YEAR.findall(line)
    if len(years) != 1 or (_LEAD_TIME_YEAR.search(line) is None and _CHRONOLOGY_LEAD.search(line) is None and
                           "at a glance" not in line):
        return None
    return int(years[0]) if _LEAD_YEAR_NOT.search(line, 0, line.find(years[0])) is None else None


# A lead looking back: a list under it going back in time may fall in the calendar's order ("Last three meetings:").
_LOOK_BACK_LEAD = re.compile(_CHRONOLOGY_LEAD.pattern + r"|\b(?:last|past|previous|recent|ago|since)\b", re.IGNORECASE)


def _coming_turn(run: list[int], days: list[tuple[int, int]], lead: str, published: dt.date) -> dict[int, int]:
    """The year of the entries of a list of coming dates past its turn into the next year, by their lines' starts: a
    run whose first entry lies after the paper's day, in the calendar's order for two entries or more, then falling
    back once to entries in order again that end before its first entry's day ("Key dates for the new school year:
    Aug. 25 / Nov. 26 / June 4" printed on the 10th of August: June 4 is next year's); not after a lead looking back
    (_LOOK_BACK_LEAD: "Last three meetings: March 4 / Dec. 26 / Aug. 19" goes back in time). Empty for any other
    run."""
    falls = [i for i in range(1, len(days)) if days[i] < days[i - 1]]
    if len(falls) != 1 or falls[0] < 2 or days[-1] >= days[0] or any(safe_date(2000, *d) is None for d in days):
        return {}
    today = (published.month, published.day)
    if days[0] <= today:
        # (a list of what is to come that keeps a few entries gone by: "... key dates to watch in the coming weeks
        # and months: October 22 — ... / October 31 — ... / December 15 — ... / January 5 — ..." on the 1st of
        # November: it runs on past the paper's day before its turn into the next year; its lead may say "we've
        # passed a few of these deadlines within the last week", no chronology's)
        before = days[falls[0] - 1]
        return dict.fromkeys(run[falls[0]:], published.year + 1) if _COMING_WORDS.search(lead) and \
            not _CHRONOLOGY_LEAD.search(lead) and before >= today and before[0] >= _LATE_MONTH and \
            days[falls[0]][0] <= _EARLY_MONTH else {}
    if _LOOK_BACK_LEAD.search(lead):
        return {}
    # (read back a year, the run would end before the paper: a chronology across the year's turn, "Nov. 5: Voters
    # elect ... / Jan. 20: ... is sworn in" printed in February; it is of what is to come only when its first entry
    # comes nearer the paper than that end)
    # (a lead naming what is to come says so whatever the nearness: "School starts in August this year. Here's the
    # schedule: / August 12: ... / December 23 - January 3: ... / June 12: ..." printed on the 22nd of June, each entry
    # before the turn of the paper's year, each after it of the next)
    start, end = safe_date(published.year, *days[0]), safe_date(published.year, *days[-1])
    if start is None or end is None:
        return {}
    if _COMING_WORDS.search(lead) and not _CHRONOLOGY_LEAD.search(lead):
        return {**dict.fromkeys(run[:falls[0]], published.year), **dict.fromkeys(run[falls[0]:], published.year + 1)}
    if start - published >= published - end:
        return {}
    return dict.fromkeys(run[falls[0]:], published.year + 1)


# An entry's clause told ahead, just after its label: "Jan. 6: Parliament will return", "is set to".
_TOLD_AHEAD_WORDS = re.compile(r"\b(?:will|(?:is|are)\s+(?:due|set|scheduled|expected|slated)\s+to)\b")
# ... but not a future the entry reports someone saying: "April 4: Musk says he will join the board" happened on
# April 4 (the saying), whatever it tells of what is to come.
_ENTRY_SAYING = re.compile(rf"\b(?:{phrase_rx(SAYING_WORDS)}|vows?|pledges?|promises?|warns?|confirms?|insists?|"
                           r"threatens?)\b")


def _told_ahead(line: str, at: int) -> bool:
    """Whether an entry's clause, from `at` just after its label, is told ahead (_TOLD_AHEAD_WORDS within 40
    characters), a future after a saying verb aside ("says he will ...")."""
    m = _TOLD_AHEAD_WORDS.search(line, at, at + 40)
    return m is not None and _ENTRY_SAYING.search(line, at, m.start()) is None


def year_heading(text: str, start: int, end: int) -> bool:
    """A year that fills its line or closes it after a colon ("Key dates since Moscow annexed Crimea: 2014"), over
    a list of yearless "Month D:" entries on the lines below (blank lines aside): the list's heading, no happening
    of its own."""
    nl = text.find("\n", end, end + _YEAR_HEADING_TAIL + 1)
    if nl < 0:
        return False
    line_start = text.rfind("\n", start - 200 if start > 200 else 0, start) + 1
    if not line_start and start > 200:
        return False  # (a line this long is told, no heading's)
    heading = _heading_year(text[line_start:nl])
    if heading is None or heading.start(1) != start - line_start:
        return False
    lab = _ENTRY_DAY_LABEL.match(text, _next_filled_line(text, nl + 1))
    return _label_month(lab) is not None


# A digest's credit line under each item, on a line of its own: "Source: Associated Press, 30 Dec. 1999" (a cited
# wire's name and its full date): the item above it is that wire's copy of that day, its "today" the wire's day.
_SOURCE_CLOSE = re.compile(r"(?m)^[ \t]*Sources?[ \t]*:[ \t]*(?P<name>[A-Z][^\n,]{1,60}),[ \t]*"
                           r"(?:(?P<d>\d{1,2})[ \t]+(?P<mon>[A-Z][a-z]{2,8})\.?|(?P<mon2>[A-Z][a-z]{2,8})\.?[ \t]+"
                           r"(?P<d2>\d{1,2}),?)[ \t]+(?P<y>(?:19|20)\d\d)\.?[ \t]*$")
# How far above its credit line an item's sentence may stand.
_SOURCE_ITEM_REACH = 2500
# The credit's name a news agency's or a paper's (not a data source's: "Source: Census Bureau, April 1, 2000" under a
# figure dates the count, not the item).
_NEWS_SOURCE_NAME = re.compile(r"(?:Associated\s+Press|AP|Reuters?|AFP|Agence\s+France[\s-]Presse|Xinhua|Kyodo|"
                               r"Interfax|(?:ITAR-)?TASS|BBC|CNN|UPI|Bernama|Antara|PTI|IANS|DPA|ANSA|EFE|Yonhap|AAP|"
                               r"ANP|Jiji|IRNA|Anadolu|KIC|RFE/RL)\b|.*\b(?:Times|Post|News|Daily|Herald|Journal|Tribune|"
                               r"Press|Agency|Wire|Gazette|Telegraph|Guardian|Observer|Star|Mail|Chronicle|Monitor)\b")
# An item's head between a sentence and the credit line below it: a short line with no sentence's end, a blank line
# above and below it ("\n\nNews: Clashes\n\n"): the sentence is another item's.
_ITEM_HEAD_BETWEEN = re.compile(r"\n[ \t]*\n[ \t]*[^\n]{1,80}(?<![.!?\"”’')])[ \t]*\n[ \t]*\n")


@lru_cache(maxsize=16)
def _source_closes(text: str) -> tuple[tuple[int, int, dt.date], ...]:
    """(start, end, day) of each item's credit line (_SOURCE_CLOSE)."""
    closes = []
    for c in _SOURCE_CLOSE.finditer(text):
        month = MONTHS.get((c["mon"] or c["mon2"]).lower())
        day = safe_date(int(c["y"]), month, int(c["d"] or c["d2"])) if month else None
        if day is not None and _NEWS_SOURCE_NAME.match(c["name"]):
            closes.append((c.start(), c.end(), day))
    return tuple(closes)


def source_closed(text: str) -> bool:
    """Whether the text holds an item's credit line naming a news agency or a paper (_SOURCE_CLOSE)."""
    return "ource" in text and bool(_source_closes(text))


def source_item_day(text: str, at: int, published: dt.date) -> dt.date | None:
    """The day of the credit line ("Source: Associated Press, 30 Dec. 1999") that closes the item `at` stands in:
    the first credit line after `at` naming a news agency or a paper, within _SOURCE_ITEM_REACH and no item's head
    between, its day before `published` (the item's "today" is the wire's day, not the page's). None elsewhere."""
    if "ource" not in text or not (closes := _source_closes(text)):
        return None
    i = bisect_left(closes, (at,))
    if i == len(closes):
        return None
    start, _, day = closes[i]
    if start - at > _SOURCE_ITEM_REACH or day >= published or _ITEM_HEAD_BETWEEN.search(text, at, start):
        return None
    return day


_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]")


_YEAR_PREPOSITIONS = frozenset("in on since by from until till of at for before after during through".split())


def label_line(sent: str, m: Mention) -> bool:
    """A year right after a name in a line with no lower-case word ("Abebe Bikila 1960,
    Feyisa Lilesa 2016", a masthead or a list): it labels the name, it dates no happening
    (not "The Plant Opened In 2019", a headline)."""
    before = sent[(m.start - 20 if m.start > 20 else 0):m.start].split()
    return bool(before) and before[-1].lower() not in _YEAR_PREPOSITIONS and not _has_lower_word(sent)


@lru_cache(maxsize=64)
def _has_lower_word(sent: str) -> bool:
    return _LOWER_WORD.search(sent) is not None


# A comma or the line's head right before a paper's name that ends a credit line ("Calum MacLeod, USA TODAY").
_CREDIT_HEAD = re.compile(r"(?:^|,)\s*$")
_CLOCK_CAPS = frozenset("AM PM A.M P.M ET EST EDT CT CST CDT PT PST PDT GMT UTC BST".split())
# A word in capitals right before (a paper's name: "USA TODAY", "INDIA TODAY").
_CAPS_WORD_BEFORE = re.compile(r"(?-i:\b[A-Z]{2,}[A-Z'’&.]*)\s+$")
# A verb of telling, or a source's words, right before that word: a paper spoken to or quoted ("told USA TODAY.",
# "said in an interview with USA TODAY.", "according to INDIA TODAY."), not a place ("in the UK TODAY.").
_TOLD_PAPER_BEFORE = re.compile(r"\b(?:told|tells?|telling|according\s+to|(?:interview|spoke|speaking|talked|"
                                r"talking)\s+(?:with|to)|(?:wrote|writing|written)\s+(?:in|for)|reported\s+by)\s+$",
                                re.IGNORECASE)


# A source's or a credit's label opening its line, with its colon (or "Courtesy of"), and the paper's first words in
# title case: "Source: Shillong ", "(Via: The Gulf ", "Courtesy of Pakistan " (before "Today"); not a title-case
# headline's "Via Rail Strike Ends ", "Sources Say Deal Closes " (no colon: rv33).
_SOURCE_LABEL_NAME_BEFORE = re.compile(r"\W*(?:(?:Sources?|SOURCES?|Via|VIA|(?:Photo\s+)?[Cc]redit|CREDIT)\s*:|"
                                       r"Courtesy\s+of|COURTESY\s+OF)\s*(?:[A-Z][\w.&'’-]*\s+){1,4}")
_SOURCE_LABEL_WORDS = ("source", "via", "credit", "courtesy")  # (one in every match, as fastpath.may_hold reads them)


def paper_name(sent: str, m: Mention) -> bool:
    """ "Today" after a word in capitals in a line not all in capitals: a paper's name, in a credit's
    shape ("Calum MacLeod, USA TODAY", "Photo: Jane Doe, INDIA TODAY": after a comma or at the line's
    head, ending it) or in prose with more after it ("told USA Today on Tuesday") or ending it after a verb of
    telling ("a spokesman told USA TODAY."); not in a title-case headline ("Biden Meets Xi at APEC Today"), nor
    another prose's last word ("in the UK TODAY."), nor after a clock's "PM"."""
    word = (m.g("rd") or "").strip()
    if not (word[:1] == "T" and word[1:].lower() == "oday" and m.start > 0 and not m.g("rd_mod") and
            not sent.isupper()):
        return False
    if sent[m.end:].strip(" .,;:!?\"'”’)") == "" and may_hold(sent, _SOURCE_LABEL_WORDS) and \
            _SOURCE_LABEL_NAME_BEFORE.fullmatch(sent, 0, m.start):
        return True  # "Source: Shillong Today", "Via: Gulf Today": the credited paper's name ends a source's line
    caps = _CAPS_WORD_BEFORE.search(sent, max(0, m.start - 30), m.start)
    if caps is None or caps[0].strip().rstrip(".") in _CLOCK_CAPS:
        return False
    if word == "TODAY" and caps[0].strip() == "USA":
        # "Credit: Eric Bolte-USA TODAY Sports", a credit in title case: the paper's name in its own capitals
        return True
    if not sent[m.end:].strip(" .,;:!?\"'”’)"):
        # (or, closing prose, the one told or quoted: "..., a spokesman for Georgia Power, told USA TODAY.")
        return word == "TODAY" and _CREDIT_HEAD.search(sent, 0, caps.start()) is not None or \
            _TOLD_PAPER_BEFORE.search(sent, max(0, caps.start() - 40), caps.start()) is not None
    return not title_case(sent)


# A broadcast programme named "Today": a programme's noun after it ("NBC's ``Today'' show", "the Today show's
# host", "the 'Today' anchor"), a broadcaster's possessive in capitals before it ("told NBC's Today on Monday"), or
# a programme's noun before its quotes ("the show 'Today'"). A name, no day; and no "today" for the sentence's
# other dates to read their clause from ("She told NBC's Today show on Monday that she would run" is Monday gone by).
# Not in a title-case headline, where every word is capitalised ("Air Show Today Draws Thousands", "Town Hall Today
# Broadcast Live"), nor after a bare "show"/"program" with no quotes ("Car Show Today At Fairgrounds").
_PROGRAMME_NOUN_AFTER = re.compile(r"(?:''|[\"”'’])?\s+(?:show|program|programme|co-?hosts?|hosts?|anchors?|"
                                   r"presenters?|broadcast|segment|interview)\b", re.IGNORECASE)
_PROGRAMME_BEFORE = re.compile(r"(?:(?-i:\b[A-Z]{2,})['’]s\s+(?:``|[\"“'‘])?|"
                               r"\b(?:show|program|programme)\s+(?:``|[\"“'‘]))$", re.IGNORECASE)


# A page's line asking its reader to follow an account on a social network: "Follow TODAY on WhatsApp".
_FOLLOW_BEFORE = re.compile(r"\b(?:follow|subscribe\s+to|join)\s+$", re.IGNORECASE)
_ON_NETWORK_AFTER = re.compile(r"\s+on\s+(?:whatsapp|twitter|x|facebook|instagram|youtube|tiktok|threads|linkedin|"
                               r"telegram|snapchat|google\s+news|bluesky)\b", re.IGNORECASE)


def programme_name(sent: str, m: Mention) -> bool:
    """ "Today" capitalised mid-sentence as a broadcast programme's name (_PROGRAMME_NOUN_AFTER), or a programme's
    account to follow ("Follow TODAY on WhatsApp")."""
    word = (m.g("rd") or "").strip()
    if word in ("Today", "TODAY") and m.start and _ON_NETWORK_AFTER.match(sent, m.end) and \
            _FOLLOW_BEFORE.search(sent, m.start - 16 if m.start > 16 else 0, m.start):
        return True
    if word != "Today" or m.start == 0 or m.g("rd_mod") or m.text.endswith(("'s", "’s")):
        return False
    return _PROGRAMME_BEFORE.search(sent, m.start - 12 if m.start > 12 else 0, m.start) is not None or \
        _PROGRAMME_NOUN_AFTER.match(sent, m.end) is not None and not title_case(sent)


# A page's heading over its links to other stories, on a line of its own: "Related Articles", "Related Stories:",
# "RELATED COVERAGE", "See also:", "More on this story", "Read more:", "You may also like", "Most Popular" (a bare
# "More" or "Recommended" only with its noun, "More stories", "Recommended for you": alone it may head the story's
# own list, "Recommended:\n- Stay indoors until Friday.").
_RELATED_HEADING = re.compile(r"[ \t]*(?:related(?:[ \t]+(?:articles?|stories|story|coverage|links|content|"
                              r"news|reading))?|more[ \t]+(?:articles|stories|coverage|links|news|reading)|"
                              r"see[ \t]+also|(?:read|see)[ \t]+more|also[ \t]+read|read[ \t]+"
                              r"(?:also|next)|more[ \t]+on[ \t]+this(?:[ \t]+(?:story|topic|subject))?|"
                              r"you[ \t]+(?:may|might)[ \t]+also[ \t]+(?:like|enjoy)|"
                              r"recommended[ \t]+(?:for[ \t]+you|stories|reading|articles)|"
                              r"most[ \t]+(?:popular|read|viewed|shared)|"
                              # "More like this from vindy.com"
                              r"more[ \t]+like[ \t]+this(?:[ \t]+(?:from|on)[ \t]+[\w.-]+)?)[ \t]*:?[ \t]*",
                              re.IGNORECASE)
# ... and a link under it, a bulleted or numbered line: "  • Clinton Kicks Off Campaign to Pass Nuclear Test Ban (Oct.
# 5, 1999)", "1. Storm knocks out power on Monday".
_BULLET_LINE = re.compile(r"[ \t]*(?:[•·▪●*–-]|\d{1,2}[.)])[ \t]+\S[^\n]*(?:\n|$)")
# The first characters _BULLET_LINE may match (a cheap test before it).
_BULLET_OPENERS = frozenset(" \t•·▪●*–-0123456789")
# ... or a link's stamp as its bullet line, its headline on the line under it: "- July 26, 2018 midnight\nTrump delays
# proposed Putin meeting until 2019".
_STAMP_BULLET_LINE = re.compile(r"[ \t]*[•·▪●*–-][ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+|"
                                r"\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+)(?:19|20)\d\d\b[^\n]{0,24}\n")


def _under_stamp_bullet(text: str, line: int) -> bool:
    """Whether the line starting at `line` stands right under a link's stamp line (_STAMP_BULLET_LINE)."""
    if line <= 0:
        return False
    # (the stamp's year ends at most 24 characters before the "\n" at line - 1, which ends the stamp's line: a line
    # with no "19" or "20" in the 29 characters before it stands under no stamp, and is not searched for its line's
    # start; asked of every sentence opening a line that opens with no bullet)
    near = text[line - 30 if line > 30 else 0:line - 1]
    if "19" not in near and "20" not in near:
        return False
    return _STAMP_BULLET_LINE.match(text, text.rfind("\n", 0, line - 1) + 1) is not None


# A notice addressed to the reader about their browser, opening a paragraph ("JavaScript is disabled in your web
# browser or browser is too old to support JavaScript. Today almost all web pages contain JavaScript ...", "Please
# enable JavaScript in your browser ...", "Your browser does not support ..."): the site's boilerplate, its "Today" no
# day (news about a browser names no "your browser": "JavaScript is disabled by default in the new browser").
_BROWSER_NOTICE = re.compile(r"(?m)^[ \t]*(?:(?:JavaScript|Javascript|Cookies)\s+(?:is|are)\s+(?:disabled|turned\s+off|"
                             r"not\s+enabled|blocked)\s+(?:in|on|by)\s+your\s+(?:web\s+)?browser|"
                             r"(?:Please\s+)?(?:enable|turn\s+on|activate)\s+JavaScript\b[^.\n]{0,60}?\byour\s+(?:web\s+)?browser|"
                             r"Your\s+(?:web\s+)?browser\s+(?:does\s+not|doesn['’]t|is\s+too\s+old\s+to)\s+support\b|"
                             r"You\s+(?:need|must|have)\s+to\s+enable\s+JavaScript\b)")
# ... of which only the sentences about the browser, JavaScript or web pages are the notice's, and none that reports a
# saying ("Please enable JavaScript in your browser settings, the bank told customers on Monday"): a scraped page glues
# the story to the notice on one line ("Your browser does not support the video tag. Police arrested a man on Monday.").
_NOTICE_WORDS = re.compile(r"\b(?:browsers?|JavaScript|Javascript|web\s+pages?|cookies|Cookies)\b")
_SAYING_IN_NOTICE = re.compile(r"\b(?:said|says|told|tells|announced)\b")
# ... or its generic "Today" with nothing else of time and nothing gone by ("Today most news sites require it.").
_GENERIC_TODAY = re.compile(r"\W*Today\b(?!['’]s)[^0-9]*")
_OTHER_TIME_WORD = re.compile(r"\b(?:yesterday|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                              r"week|month|year)", re.IGNORECASE)


def is_notice_sentence(sent: str) -> bool:
    """Whether a sentence of a browser notice's paragraph (browser_notice_lines) is the notice's own (above)."""
    if _NOTICE_WORDS.search(sent) is not None:
        return _SAYING_IN_NOTICE.search(sent) is None
    return _GENERIC_TODAY.fullmatch(sent) is not None and _OTHER_TIME_WORD.search(sent) is None and \
        not has_past_marker(sent)


def browser_notice_lines(text: str) -> frozenset[int]:
    """Where each paragraph (a line) that opens with a notice about the reader's browser starts (_BROWSER_NOTICE):
    its sentences are the site's boilerplate, no happening. Read only where "browser" or "JavaScript" is."""
    if "rowser" not in text and "avaScript" not in text:
        return frozenset()
    return frozenset(m.start() for m in _BROWSER_NOTICE.finditer(text))


def in_related_links(text: str, at: int, line: int | None = None) -> bool:
    """Whether text[at] stands in a bulleted line right under a heading of links to other stories ("Related
    Articles\n • Floods Hit Texas (May 3, 2023)\n • ...", blank lines between the heading and its first link, none
    between links): a link's headline, its date the other story's, no happening of this one (as "Related: Floods
    hit Texas in May 2023" on one line, sentences._METADATA). Read up from the line, only for a line opening as a
    bullet may (no scan of every text for the headings). `line`: where the line holding `at` starts, when the
    caller has it (text.rfind("\n", 0, at) + 1)."""
    if line is None:
        line = text.rfind("\n", 0, at) + 1
    if text[line] not in _BULLET_OPENERS or _BULLET_LINE.match(text, line) is None:
        if not _under_stamp_bullet(text, line):
            return False
        line = text.rfind("\n", 0, line - 1) + 1  # a headline under its link's stamp: the stamp's line
    while line:
        end = line - 1  # the "\n" ending the line above
        line = text.rfind("\n", 0, end) + 1
        if _BULLET_LINE.match(text, line) is not None or _under_stamp_bullet(text, line):
            continue  # (the links above, and their headlines under their stamps)
        while line == end and line:  # (blank lines between the heading and its first link)
            end = line - 1
            line = text.rfind("\n", 0, end) + 1
        return _RELATED_HEADING.fullmatch(text, line, end) is not None
    return False
