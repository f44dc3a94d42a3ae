"""The tense of the clause around a date expression: 'past', 'future' or None.

"will meet on Friday" is the next Friday, "met on Friday" the last one: the
rules that pick among candidates (weekdays, yearless dates, bare months) ask
clause_tense. It looks at the nearest tense marker before the expression,
then, if none, at the rest of its clause. Word lists live in lexicon.py.
"""
from __future__ import annotations

import re

from .fastpath import ends_with_word, may_hold, search_last_words
from .lexicon import (
    AUXILIARIES,
    DETERMINERS,
    EXTENDED_WORDS,
    MON,
    NOT_PAST_ED,
    NUMBERS,
    PAST_WORDS,
    PRESENT_WORDS,
    SCHEDULE_PLURAL_VERBS,
    SCHEDULE_VERBS,
    SCHEDULING_WORDS,
    phrase_rx,
)
from .recognition import head_gate, prefix_tree

# The finite forms of "be" and "have" (and "being") that no modal takes after it: after "will" they
# make it the noun ("his will was read", "the senator's will is contested").
_FINITE_BE_HAVE = r"(?:was|were|is|are|has|had|being)\b"
# A verb of belief in -ing and its object before "to be": "believing it to be stolen", "suspecting them to
# be fake", "considering him to be a threat": what the thing was thought to be, no plan (not "expecting it
# to be", "wanting them to be": a wish or a forecast ahead). Fixed-width look-behinds, one per pair.
# (Not "finding", "understanding", "declaring", "judging", "deeming": their complement may be an
# arrangement with its day ahead, "finding it to be ready for opening on Friday".)
_KNOWING_ING = ("knowing", "believing")
_BELIEF_ING = ("thinking", "suspecting", "considering", "assuming", "presuming", "supposing", "imagining",
               "reckoning", "fearing")
_BELIEF_OBJECTS = ("it", "them", "him", "her", "this", "that", "these", "those", "himself", "herself",
                   "themselves", "itself", "me", "us", "you")
_BELIEF_OBJECT_BEFORE = "".join(rf"(?<!{verb}\s{obj}\s)" for verb in _BELIEF_ING for obj in _BELIEF_OBJECTS)
# ("knowing/believing it to be" is never a plan, passive or not: "believing it to be stolen in August" is the
# theft's month, gone by)
_KNOWING_OBJECT_BEFORE = "".join(rf"(?<!{verb}\s{obj}\s)" for verb in _KNOWING_ING for obj in _BELIEF_OBJECTS)
_FUTURE = (r"(?P<strong>(?:will|won't|wo\s+n't|shall|'ll|would(?!\s+have)|(?:is|are|am)\s+going\s+to|"
           # "may" only in lower case: "a May Street man", "Theresa May" are names.
           r"(?:(?-i:may)|might|should|must)(?!\s+have))"
           # (A finite verb after it is no modal's: "his will was read", "the senator's will is
           # contested": the noun "will", its verb a marker of its own.)
           r"(?:\s+(?:not|be|also|soon|then|now|probably|likely))*(?:\s+(?!" + _FINITE_BE_HAVE + r")(?-i:[a-z]+)\b)?)|"
           # "could hit the coast Tuesday": a forecast; not "could not be reached",
           # "could be next", "could have", "could only be visited", "could see".
           r"could\s+(?!(?:have|not|n't|only|be|see|hear|feel)\b)(?-i:[a-z]+)\b|"
           # "Residents had better prepare for snow on Sunday", "you'd better leave": a modal of advice, no
           # past (not "had better luck", "had better results than": a comparative before a noun).
           r"(?:had|(?<=\w)'d)\s+(?:better|best)(?=\s+(?:not\s+)?(?!(?:luck|weather|access|success|control|quality|"
           r"news|health|form|footing|value|position|start|sense|care|attendance|than|off|of)\b)[a-z]*(?:[^s\W]|ss)\b)|"
           r"going\s+to|(?:is|are|'s|'re)\s+about\s+to|plan(?:s|ned)?\s+to|plan(?=\s+(?:a|an|the)\b)|(?<!announced\s)plans\s+to|"
           r"planning|intend(?:s|ed)?\s+to|set\s+to|scheduled\s+to|slated\s+to|(?:is|are)\s+to\b|"
           r"(?:promis|pledg)(?:e|es|ed)\s+to|vow(?:s|ed)?\s+to|"
           # "are not expected before Wednesday": a negated expectation looks ahead as well.
           # (an adverb may stand before it: "is very likely to cross the coast by Friday", "are also set to")
           r"(?:is|are|'s|'re)(?:\s+not)?(?:\s+(?:very|highly|most|quite|fairly|also|still|now|increasingly))?"
           r"\s+(?:set|due|scheduled|expected|slated|poised|likely|to\s+be|going|"
           # "is forecast to come ashore Wednesday", "are predicted to peak Friday"
           r"(?:forecast|predicted|projected|tipped|tapped)(?=\s+to\b))|"
           # "predicted the storm was likely to hit by Tuesday": a reported likelihood, as "would"
           # (not "was likely to have started": what the guess places in the past).
           r"(?:was|were)\s+(?:not\s+)?(?:un)?likely\s+to\s+(?!have\b)|"
           r"scheduled\s+(?:for|to)|expect(?:s|ed)?\s+to|hope[sd]?\s+to|aim(?:s|ed)?\s+to|"
           # "The city gets to celebrate on Wednesday", "Voters get to weigh in Tuesday": what one is let do
           # ahead (not "didn't get to play", "got to", nor a place: "gets to the stadium").
           r"(?=get)(?<!n't\s)(?<!not\s)(?<!did\s)(?<!\bto\s)(?<!never\s)gets?\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|"
           r"this|that|these|those|work|school|bed|town|court)\b)(?-i:[a-z]+)\b|"
           r"looks?\s+to|upcoming|next|"
           # "is to be held"; not "claimed to be", "appeared to be": no time said. The
           # look-ahead repeats what the look-behinds guard: without it they would be
           # tried at every word (see _LOOK_FIRST).
           r"(?=to\s)(?<!claimed\s)(?<!appeared\s)(?<!seemed\s)(?<!said\s)(?<!believed\s)(?<!thought\s)(?<!proved\s)"
           # ... nor an estimate of a size told in the past: "was estimated to be 1,192 acres", "the crowd,
           # estimated to be about 5,000," ("Turnout is estimated to be 40 percent" may look ahead); the
           # clause cut after the comma starts with it: " estimated to be 300 acres on Wednesday".
           r"(?<!known\s)(?<!reported\s)(?<!found\s)(?<!considered\s)"
           # ... nor a belief about a thing ("knowing or believing it to be stolen goods", "thinking him to be
           # a guard"): what it was, no plan
           # (but a passive of a happening right before its date is one ahead: "assuming it to be approved on
           # Friday", "thinking it to be decided on Thursday")
           + _KNOWING_OBJECT_BEFORE
           + rf"(?:(?=to\s+be\s+(?-i:[a-z]+(?:ed|en))(?:\s+(?:on|in|by))?\s*$)|{_BELIEF_OBJECT_BEFORE})" +
           r"(?!(?:(?<=was\sestimated\s)|(?<=were\sestimated\s)|"
           r"(?<=been\sestimated\s)|(?<=,\sestimated\s)|(?<=^\sestimated\s)|(?<=^estimated\s))to\s+be\s+(?:about\s+|around\s+|"
           r"roughly\s+|nearly\s+|almost\s+|approximately\s+|more\s+than\s+|less\s+than\s+|over\s+|under\s+|"
           r"at\s+least\s+|some\s+|worth\s+)?[$€£\d])to\s+be|later\s+this|in\s+the\s+coming|this\s+coming|tomorrow|"
           # "ahead of" a happening, not a place in a ranking ("finished ahead of Jones") nor a plan's
           # pace ("reopened ahead of schedule").
           # (The look-behinds after the words: tried only where "ahead of" is.)
           r"ahead\s+of(?<!finished\sahead\sof)(?<!placed\sahead\sof)(?<!came\sahead\sof)(?<!ranked\sahead\sof)"
           r"(?<!pulled\sahead\sof)(?<!crossed\sahead\sof)(?<!stayed\sahead\sof)(?<!remained\sahead\sof)"
           r"(?<!well\sahead\sof)(?!\s+(?:schedule|time|plan|target|expectations|forecasts|estimates|"
           r"the\s+(?:pack|field|curve|competition|rest)|rivals?|(?:his|her|their|its)\s+(?:rivals?|teammates?)))|"
           # Present simple of scheduling verbs reads as future: "the fight starts in January".
           rf"(?:{phrase_rx(SCHEDULE_VERBS)})(?!\s+(?:on|in)\s+(?:each|every))|"
           # "forecasters expect the storm to strengthen Saturday"
           r"(?:expect|expects|predict|predicts|forecast|forecasts)\s+(?:[\w'-]+\s+){1,4}?to\s+(?-i:[a-z]+)|"
           # "Expect gusty winds through Friday", "the forecast calls for sun Saturday"
           r"expects?(?!\s+to\b)|calls?\s+for|"
           # "issued an alert Monday, calling for conservation on Tuesday", "we're forecasting 122
           # for Tuesday": a call or a forecast under way looks ahead (not "were calling for", "had
           # been predicting", nor a participle that only describes its subject: "analysts
           # predicting a recession lowered their outlook Friday").
           r"(?=calling\s|forecasting|predicting)(?:(?<!\w\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bam\s)|(?<='re\s)|"
           r"(?<=’re\s)|(?<='s\s)|(?<=’s\s))(?:calling\s+for|forecasting|predicting)|"
           # "held without bail pending a hearing Tuesday": awaiting what comes
           r"pending(?=\s+(?:a|an|the|his|her|their|its)\b)|"
           # "the bridge, due to reopen in February" (not "due to the storm")
           r"(?=due\s)(?<!was\s)(?<!were\s)(?<!been\s)due\s+to\s+(?:be|open|reopen|start|begin|close|end|finish|take|arrive|launch|"
           r"return|resume|expire|meet|vote|hold|sign|visit|leave|appear|testify|report|release|complete|go|come)\b")
# Past-tense words. _TENSE ends in a word boundary, so only a whole word can
# match and they go in as a prefix tree (see recognition.prefix_tree), walked much faster
# than a flat list; the tree keeps the list's place between the "was due to"
# forms and the generic -ed word.
_PAST_WORDS_RX = (r"(?:was|were)\s+(?:due|scheduled|slated|expected|set|supposed|meant|planned)\s+to(?:\s+be)?|"
                  # a state that held on ("roads continued to be closed Monday"): a past, not the future of its
                  # "to be" ("continued" alone is no past word: "continued support")
                  r"continued\s+to\s+be|"
                  r"after\s+[a-z]+ing|" + prefix_tree(PAST_WORDS))
# The generic -ed word: the look-ahead (which the word boundary _TENSE ends with
# implies) spares trying the four look-behinds at every letter of every word.
_ED_WORD_AHEAD = r"[a-z]*ed\b"
_PAST = _PAST_WORDS_RX + rf"|(?-i:(?={_ED_WORD_AHEAD})(?!(?:{NOT_PAST_ED})\b)[a-z]+ed)(?!-)"
# Present forms stop the search for a tense without deciding it: in "said
# it is calling for the redemption on Dec. 7", "said" must not count.
_PRESENT = (
    # A present report or belief of a doing under way: "is believed to be preparing to step down in November",
    # "is said to be considering a run in May": "is ... to be -ing" is one present (the -ed word no past of
    # its own); first, before the bare "is" (not "was believed to be", "is believed to have").
    r"(?:is|are|am)\s+(?:(?:widely|also|now|still|generally)\s+)?(?:said|believed|thought|reported|understood|"
    r"rumou?red|alleged|known|suspected)\s+to\s+be(?=\s+[a-z]{2,}ing\b)(?!\s+(?:king|thing|nothing|"
    r"something|anything|everything|during)\b)|") + "|".join(PRESENT_WORDS) + "|" + (
    # A contracted present of "be": "they're", "isn't", "aren't"; and "it's", "he's", "she's",
    # "that's", "there's" before an -ing verb ("announced it's closing Tuesday"; not a possessive,
    # "the team's training", nor "it's been": "has").
    r"'re|isn't|aren't|(?:(?<=\bit)|(?<=\bhe)|(?<=\bshe)|(?<=\bthat)|(?<=\bthere))'s(?=\s+[a-z]+ing\b)|"
    # "There's a game Saturday against Duke": "there's" is "there is" unless a participle follows
    # ("there's been", "there's gotten": "has").
    r"'s(?:(?<=\bthere's)|(?<=\bhere's))(?!\s+(?:been|got|gotten|had)\b)(?!\s+[a-z]+ed\b)|"
    # ... and so are "it's" and "that's" before what is no participle ("It's back to Croke Park on Sunday for the
    # replay", "It's a big day on Sunday"; not "it's been", "it's taken", "it's won", "it's already started":
    # "has")
    r"['’]s(?:(?<=\bit's)|(?<=\bthat's)|(?<=\bit’s)|(?<=\bthat’s))"
    r"(?!\s+(?:(?:already|now|just|never|since|also|finally|really|long|only|not|n't|ever|even|all|still)\s+)*"
    r"(?:been|got|gotten|had|[a-z]+(?:ed|en|wn|ne|ght|ung|un|ot|ft|ld|nt|ept|ost|on|ade|id)|put|set|hit|cut|let|"
    r"come|become|run)\b)|") + (
    # A plural subject's schedule ("talks start Monday", "polls open Sunday"), or a
    # caption's present ("residents return home Saturday"): the nearest such day.
    # Not after an auxiliary or "to" ("were open Sunday", "began to return"), nor as a
    # noun or adjective ("at the end Saturday", "Nadal's return", "stays open").
    rf"(?=(?:{phrase_rx(SCHEDULE_PLURAL_VERBS)}))"  # the verbs first: see _LOOK_FIRST
    r"(?<!\bto\s)(?<!\bbe\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!did\s)(?<!n't\s)(?<!not\s)(?<!will\s)"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!their\s)(?<!our\s)(?<!this\s)"
    r"(?<!that\s)(?<!'s\s)(?<!’s\s)(?<!remain\s)(?<!remains\s)(?<!stay\s)(?<!stays\s)(?<!kept\s)(?<!keep\s)"
    r"(?<!too\s)(?<!very\s)(?<!so\s)(?<!came\s)(?<!come\s)(?<!comes\s)"
    rf"(?:{phrase_rx(SCHEDULE_PLURAL_VERBS)})")
# _LOOK_FIRST: a chain of look-behinds ("not after 'was', 'were' ...") in front
# of the words it guards is tried at every word start of the text, before the
# words say whether they are there at all. A look-ahead for those words in
# front of the chain matches exactly where the words would (so the markers
# found are the same) and fails at once elsewhere. With the look-ahead of the
# generic -ed word (_PAST) the marker scan takes about half the time it took.
# Every marker starts with a letter or an apostrophe ("'ll"): the lookahead
# rejects word ends and spaces before the engine tries each alternative (~1.7x faster).
_TENSE_HEAD = r"\b(?=[\w'])"
_TENSE_BODY = rf"(?:(?P<f>{_FUTURE})|(?P<p>{_PAST})|(?P<n>{_PRESENT}))\b"
_TENSE = re.compile(_TENSE_HEAD + _TENSE_BODY, re.IGNORECASE)
# The same markers, case-sensitive, for lower-cased text: ~1.7x faster than
# re.IGNORECASE on its hundred alternatives (see _markers). Two in three of the
# word starts the scan meets cannot open a marker by their first four
# characters ("the", "and", "of", "in a", "new"): a look-ahead for those a
# marker can open with (recognition.head_gate, read from the patterns: every
# marker but the generic -ed word) or for an -ed word (the generic one's own
# look-ahead) turns them away before the engine enters the alternatives (the
# scan takes ~half the instructions; the same matches: the look-ahead holds
# wherever a marker starts).
_GATE = head_gate(f"(?:{_FUTURE}|{_PAST_WORDS_RX}|{_PRESENT})")
_TENSE_LOW = re.compile(_TENSE_HEAD + (f"(?={_GATE}|{_ED_WORD_AHEAD})" if _GATE else "") + _TENSE_BODY)


def _markers(text: str):
    """Exactly _TENSE.finditer(text), faster: the markers are looked for in the
    lower-cased text, and only where the text has capitals (where the
    case-sensitive parts, "(?-i:...)", could decide otherwise) does the
    original pattern say whether and what matches there."""
    low = text.lower()
    if len(low) != len(text):
        yield from _TENSE.finditer(text)
        return
    pos = 0
    while True:
        m = _TENSE_LOW.search(low, pos)
        if m is None:
            return
        a, b = m.span()
        if text[a:b] != low[a:b]:
            m = _TENSE.match(text, a)
            if m is None:
                pos = a + 1
                continue
        yield m
        pos = m.end()


def has_tense_marker(text: str) -> bool:
    """Whether `text` holds a tense marker that is not a noun or an adjective ("The victims" none;
    "The training that starts" one)."""
    return any(not _is_adjective(text, m) for m in _markers(text))


# Markers that are no verb: a time's adverb or adjective ("ago", "last", "next", "later this"), a
# preposition ("after leaving", "ahead of", "pending").
_NO_VERB_MARKER = frozenset("ago earlier last previously yesterday tomorrow next upcoming later in this ahead pending "
                            "after planning".split())


def has_finite_verb(text: str) -> bool:
    """Whether `text` holds a tense marker that is a verb ("was found", "goes on sale", "will be
    auctioned"), not a noun, an adjective or a time's adverb ("last week", "ago")."""
    return any(m[0].split(None, 1)[0].lower() not in _NO_VERB_MARKER and not _is_adjective(text, m)
               for m in _markers(text))


# A present passive ("is listed for", "are now booked for", "is not expected to"): no past of its own, cut out of a
# text before has_past_marker reads it (direction.slot_day, mention_tense's fixture rule). Every match holds one of
# PRESENT_PASSIVE_WORDS in some case (fastpath.may_hold).
PRESENT_PASSIVE = re.compile(r"\b(?:is|are|am)\s+(?:(?:not|now|also|still)\s+)?[a-z]+ed\b", re.IGNORECASE)
PRESENT_PASSIVE_WORDS = ("is", "are", "am")


def has_past_marker(text: str) -> bool:
    """Whether `text` holds a past tense marker that is not a noun or an adjective ("and arrived on
    time", "but he did not show up")."""
    return any(m["p"] and not _is_adjective(text, m) for m in _markers(text))


def has_past_verb(text: str) -> bool:
    """Whether `text` holds a past tense marker that is a verb (has_past_marker, without the time's
    adverbs of has_finite_verb: "is the last of three races" holds none, "drew record turnout" one)."""
    return any(m["p"] and m[0].split(None, 1)[0].lower() not in _NO_VERB_MARKER and
               not _is_adjective(text, m) for m in _markers(text))


def first_tense_is_past(text: str) -> bool:
    """Whether the first tense marker in `text` that is not a noun or an adjective is a past one
    (", nobody noticed" yes; ", the team will be playing for the tenth seed" no)."""
    for m in _markers(text):
        if not _is_adjective(text, m):
            return bool(m["p"])
    return False


def last_verb_is_past(text: str) -> bool:
    """Whether the last tense marker in `text` that is a verb (not a noun, an adjective or a time's adverb) is a
    past one ("The rate didn't breach 6% until" yes; "He said the plant will close by" no)."""
    last = None
    for m in _markers(text):
        if m[0].split(None, 1)[0].lower() not in _NO_VERB_MARKER and not _is_adjective(text, m):
            last = m
    return last is not None and bool(last["p"])


def all_verbs_past(text: str) -> bool:
    """Whether `text` holds a verb's tense marker (not a noun, an adjective or a time's adverb) and each is a past one
    (", the mayor praised the vote" yes; ", the mayor, who vetoed the plan, will sign it" no)."""
    seen = False
    for m in _markers(text):
        if m[0].split(None, 1)[0].lower() not in _NO_VERB_MARKER and not _is_adjective(text, m):
            if not m["p"]:
                return False
            seen = True
    return seen


def first_tense_is_future(text: str) -> bool:
    """Whether the first tense marker in `text` that is not a noun or an adjective is a future one
    ("Conditions are expected to intensify" yes; "Police made 45 arrests" no)."""
    for m in _markers(text):
        if not _is_adjective(text, m):
            return bool(m["f"])
    return False


# A noun set beside what came before: ", a move ", ", the decision ".
_APPOSED_NOUN = re.compile(r",\s*(?:a|an|the)\s+[a-z-]+\s+$")


# An exact count of days or weeks before "ahead of": "a week ahead of", "two days ahead of".
_COUNT_BEFORE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                           r"(?:days?|weeks?)\s+$", re.IGNORECASE)


_WEEKDAY_IN = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def future_since(s: str, lo: int, hi: int) -> bool:
    """Whether the last tense marker of s[lo:hi] (nouns and adjectives aside) looks ahead: in
    "announced Monday it plans to close the plant, the city's largest employer, at the end of
    June" the month's own clause (after the aside) has no verb, and the plan, not the
    announcing day's past, says its time."""
    if "’" in s:
        s = s.replace("’", "'")
    part = s[lo:hi]
    last = None
    for m in _markers(part):
        if last is not None and last["f"] and _is_generic_ed(m) and (
                part[:m.start()].rstrip().endswith(",") or _APPOSED_NOUN.search(part, 0, m.start())):
            # "its plan to expand, approved by the board in September", "plans to expand, a move
            # approved by the board in September": a participle clause after a comma (or after a
            # noun set beside the plan) tells its own past, not the plan's time.
            last = m
            continue
        if _is_adjective(part, m):
            continue
        if last is not None and last["f"] and (m["n"] or _is_generic_ed(m) and not _after_subject(part, m)):
            continue  # "plans to permanently close": still the plan's
        last = m
    return last is not None and last["f"] is not None


_EXTENDED = re.compile(rf"\b(?:{phrase_rx(EXTENDED_WORDS)})\b", re.IGNORECASE)
# Every _EXTENDED match holds one of these (fastpath.may_hold): the regex, tried at every position of the
# clause (~18 us on 100 characters), only when one is there.
_EXTENDED_STEMS = ("extend", "postpon", "delay", "mov", "push", "defer", "adjourn", "put", "schedul", "remand",
                   "brought")


def _extended(text: str) -> bool:
    """Whether _EXTENDED.search(text) matches."""
    return may_hold(text, _EXTENDED_STEMS) and _EXTENDED.search(text) is not None
# "from its original date of", "from the scheduled date of": the day a happening was set for, named after "of".
_FROM_ORIGINAL_DATE_OF = re.compile(r"\bfrom\s+(?:its|their|the|his|her)\s+(?:original(?:ly\s+(?:planned|scheduled))?|"
                                    r"initial|earlier|planned|scheduled|set)\s+(?:date|day)\s+of\s*$",
                                    re.IGNORECASE)
# Only extending runs "through" a date ("loans extended through January"); a front that
# "moved through Tuesday" passed on that day.
_EXTENDED_THROUGH = re.compile(r"\bextend(?:ed|ing|s)?\b", re.IGNORECASE)
# A move told as an aside between commas, with no auxiliary of its own: ", moved from", ", pushed back from its
# original date of" (not "was moved from", "has been pushed back from": the move is then the clause's verb).
_MOVED_ASIDE = re.compile(r",\s*(?:(?:originally|initially|since|later|already)\s+)?(?!(?:was|were|is|are|has|have|had|"
                          r"been|be|will|would)\b)[a-z]+ed\b[^,;:()]*$")


def _moved_aside_then_past(s: str, before: str, end: int) -> bool:
    """Is the date s[..end] (after `before`) the one a happening was moved from, told in an aside
    (_MOVED_ASIDE) that a comma closes, the main clause after it past ("..., was played on Monday")?"""
    if "," not in before or not s.startswith(",", end) or not _extended(before):
        return False
    return _MOVED_ASIDE.search(before) is not None and first_tense_is_past(s[end + 1:])
# The infinitive of a move to a day, after any verb ("decided to move the game back to Tuesday",
# "voted to push the hearing to Thursday"): the day moved to lies ahead of the deciding.
_TO_MOVE = re.compile(r"\bto\s+(?:move|push|shift|switch)\b", re.IGNORECASE)
# "has set the trial to", "set the hearing date to", "reset sentencing to": a happening's day set (to the date after).
_SET_TO = re.compile(r"(?P<had>\bhad\s+)?\b(?:re)?set\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,6}?"
                     r"(?:trial|hearing|sentencing|vote|election|poll|deadline|date|meeting|start|opening|launch|"
                     r"arraignment|ruling|verdict|talks|summit|debate|referendum|release|match|game|race)"
                     r"(?:\s+date)?\s+to\s*$", re.IGNORECASE)
# A mandative subjunctive: "ordered that the files be released by", "asked that he be sentenced in".
_MANDATE_BE = re.compile(r"\b(?:order|ask|request|demand|recommend|urge|propose|insist|require|direct|move)(?:s|ed)?"
                         r"\s+that\s+(?:[\w'-]+\s+){1,6}?be\s+[a-z]+\b[^.;:]*$", re.IGNORECASE)
_SCHEDULING = re.compile(rf"\b(?:{phrase_rx(SCHEDULING_WORDS)})\b", re.IGNORECASE)


_PRESENT_AUX = frozenset("is are am has have could can cannot 're 's isn't aren't".split())


# A preposition that no finite verb follows (not one that is also a particle: "turned in", "signed on").
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:with|without|for|from|into|among|amid|amidst|despite|against|toward|"
                                 r"towards|onto|across|between|within|upon|behind)\s+$", re.IGNORECASE)


_OFFICE_AFTER = re.compile(r"\.?\s+(?:Office|[EÉ]ireann|Police|Department|Dept\b|Service|Gala|Opera|Museum)\b")


# Present verbs that are no noun: after "and" they are a second verb, whatever the determiner
# before ("were closed Monday for the holiday and reopen Thursday").
_NEVER_NOUNS = frozenset("reopen resume convene depart arrive begin speak attend greet appear".split())


# A named side after "take on": "the Stetson Hatters", "Penn State" (not "take on the heat").
_OPPONENT_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z]|"
                             # ... or a side named by its place or part: "take on the sides above them", "take
                             # on the league leaders", "take on their old rivals"
                             r"\s+(?i:the|their|his|her|its|our)\s+(?i:(?:[\w-]+\s+){0,2}?(?:sides?|teams?|clubs?|"
                             r"leaders|hosts|visitors|champions|holders|rivals|neighbou?rs|favou?rites|opponents|"
                             r"challengers|unbeaten\s+\w+))\b")
# "did" before a bare verb (do-support): "did not play", "didn't have", "did he vote".
_DID = frozenset(("did", "didn't", "did n't"))
# "get to <verb>": being let do something; the tense is the get's.
_GET_TO = frozenset("get gets got gotten getting".split())
_FINITE_AFTER = re.compile(r"\s+" + _FINITE_BE_HAVE, re.IGNORECASE)
# The words before "will" that make it a noun: "the will of the people", "against his will", "the
# political will", "a will" (not "that will", "which will": a relative pronoun before the modal; nor
# "public", a subject itself: "the public will vote on Tuesday").
_WILL_NOUN_BEFORE = frozenset("the a his her its their our your my own political free popular".split())


# An adverb of degree between a participle and its agent: "fed in part by", "driven largely by" (not
# a means: "expanded in part by buying rivals" is a past verb's).
_DEGREE_BY = re.compile(r"\s+(?:in\s+(?:large\s+|small\s+|no\s+small\s+)?part|partly|largely|mostly|mainly|primarily|"
                        r"chiefly|partially|jointly|heavily)\s+by\s+(?![a-z]+ing\b)", re.IGNORECASE)


# A capitalised present verb mid-sentence before "the" and a capitalised word is the head of a name (a
# programme's: "Meet the Press", "Face the Nation"), not a verb; a headline in title case writes its verbs
# so after a capitalised subject ("Leaders Meet the Press Friday"), which _is_adjective leaves a verb.
_THE_NAME_AFTER = re.compile(r"\s+the\s+(?-i:[A-Z])")


def _is_adjective(text: str, m: re.Match) -> bool:
    """An -ed word used as an adjective ("its delayed budget"), or a present
    verb used as a noun ("the vote on Monday", "a visit"): no tense."""
    marker = m[0]  # (read once: each read of a group makes a new string)
    word = marker.lower()
    at = m.start()  # (read once: the tests below ask it a dozen times, each a method call)
    if word[:6] == "after " and _MODAL_BEFORE_AFTER_ING.search(text, (at - 80 if at > 80 else 0), at):
        # "will cut taxes after taking office in January", "would block the deal after taking office": the
        # clause's modal or future tells the time; the gerund after "after" is no past of its own.
        return True
    if marker == "Met" and _OFFICE_AFTER.match(text, m.end()):
        return True  # "the Met Office predicts", "Met Éireann says", "the Met Police": a name, no verb
    if word == "last" and _last_is_final(text, at, m.end()):
        return True  # "last date of nomination 8 Nov", "for the last time", "last-ditch": the final one, no past
    if word == "left" and _WITH_COUNT_BEFORE.search(text, (at - 50 if at > 50 else 0), at):
        return True  # "with three games left", "with 17 seconds left": what remains, no leaving
    if m["n"]:
        prev = text[(at - 14 if at > 14 else 0):at].split()
        if prev and (prev[-1].lower() in _DID or len(prev) > 1 and prev[-1].lower() in ("not", "never", "n't") and
                     prev[-2].lower() in _DID):
            return True  # "did not play on Tuesday", "didn't have": "did" carries the past, the verb is bare
        if len(prev) > 1 and prev[-1].lower() == "to" and prev[-2].lower() in _GET_TO:
            # "didn't get to play on Sunday", "never got to meet him on Friday": the bare verb after "get
            # to" tells no time; "did", "got" or "gets to" (what one is let do ahead) carries it.
            return True
        if word in _PRESENT_AUX:
            return False
        if marker[:1].isupper() and prev and (prev[-1].islower() or prev[-1].endswith(("'s", "’s"))) and \
                _THE_NAME_AFTER.match(text, m.end()):
            return True  # "told NBC's Meet the Press on Sunday", "said on Face the Nation": a show's name, no verb
        if marker == "Open" and len(prev) > 1 and prev[-2] == "the" and prev[-1][:1].isupper() and \
                not prev[-1].endswith("s"):
            # "won the French Open in September", "at the U.S. Open on Monday": "Open" after "the" and a capitalised
            # word is a tournament's name, no verb (not any capitalised present, "the Tigers Play Sunday", nor a
            # plural subject's "Open" in a title-case headline, "as the Polls Open Thursday")
            return True
        if word[:5] == "take " and not _OPPONENT_AFTER.match(text, m.end()):
            return True  # only a fixture's "take on" a named side ("the Bears take on the Lions Sunday")
        # "the vote", "thirty-nine vote centers", "40 vote centers": a noun (not after a body named by
        # its count, "the gang of eight meets", "the Group of 20 holds": the number ends the subject).
        if prev and (prev[-1].lower() in DETERMINERS or _is_number(prev[-1]) and not _body_of_count(text, at)):
            return True
        # "a meeting and vote": a second noun under the first one's determiner (a verb there
        # would have no subject).
        if prev and prev[-1].lower() == "and" and word not in _NEVER_NOUNS:
            prev = text[(at - 40 if at > 40 else 0):at].split()
            return len(prev) >= 3 and prev[-3].lower() in DETERMINERS
        return False
    if m["f"]:
        if word == "planning" and _PLANNING_HEAD_AFTER.match(text, m.end()):
            prev = text[(at - 60 if at > 60 else 0):at].split()[-5:]
            while len(prev) > 1 and (prev[-1].lower() in _PLANNING_ADVERBS or
                                     prev[-1].endswith("ly") and prev[-1].isalpha() and prev[-1].islower()):
                prev.pop()  # "are now planning", "were quietly planning": the adverb between them
            if not (prev and (prev[-1].lower() in _PLANNING_VERB_BEFORE or
                              prev[-1].lower() in _PLANNING_DOING_VERB_BEFORE and
                              not _PLANNING_BODY_AFTER.match(text, m.end()))):
                # "the planning committee voted on Tuesday", "refused planning permission in May": "planning"
                # naming the body or the consent it gives, a noun's modifier, no plan ahead (not "is planning
                # meetings", "were planning applications": the progressive's own)
                return True
        if word in _SCHEDULE_NOUNS:
            prev = text[(at - 24 if at > 24 else 0):at].split()
            if prev and (prev[-1].lower() in _NOUN_DETERMINERS or _is_number(prev[-1]) and len(prev) > 1 and
                         (prev[-2].lower() in _COUNT_TAKERS or prev[-2].lower() in _NOUN_DETERMINERS or
                          prev[-2].endswith("ed") and prev[-2].islower() or
                          # "a target of 300 runs" (not "the Round of 64", "the gang of eight")
                          prev[-2] == "of" and len(prev) > 2 and prev[-3].islower() and prev[-3] not in _BODIES)):
                # "won by 419 runs on Sunday", "made three starts in May", "the returns on Monday": a
                # plural noun after its count or determiner, no schedule's present; a count after a verb
                # or a preposition only, not a name's number ("Game 3 starts Monday", "round 2 begins",
                # "the Round of 64 begins Thursday", "grades 1 through 12 closes Friday").
                return True
        # "bowed to the will of his caucus", "against her will", "the political will": a noun; so
        # is a "will" before a finite verb or "being" ("the late senator's will was read", "the
        # people's will being negated": no modal takes one; not a possessive alone: "Dillard's will
        # be one of the tenants", "Macy's will close", a shop's name).
        if word[:4] != "will" or word[4:5] not in ("", " "):
            return False
        if marker == "Will":
            after = _NAMED_VERB_AFTER.match(text, m.end())
            if after is not None and (after["verb"].endswith("s") and not after["verb"].endswith("ss") or
                                      any(t["p"] for t in _markers(after["verb"]))):
                # "Will Smith hosted the show on Sunday", "Will Ferrell stars": a first name before a
                # surname, its verb a past or a present's "-s"; a modal's subject takes the bare verb
                # ("Will Congress pass the bill on Monday?").
                return True
        prev = text[(at - 12 if at > 12 else 0):at].split()[-1:]
        return bool(prev) and prev[0].lower() in _WILL_NOUN_BEFORE or \
            word == "will" and _FINITE_AFTER.match(text, m.end()) is not None
    if at > 1 and text[at - 1] == "-":
        if word in _COMPOUND_HEADS and text[at - 2].isalnum():
            return True  # "a COVID-19-related closure", "an Ohio-based firm", "state-owned media": an adjective
        if text[at - 2].isalpha() and " " not in word and \
                (word.endswith("ed") or word in _PARTICIPLES) and _compound_adjective(text, m):
            return True  # "visit top-ranked Purdue Saturday", "the Saudi-led coalition": an adjective
    # (_is_generic_ed(m), read from `word`, the marker lower-cased: the same test without a call for every marker)
    if m["p"] and word.endswith("ed") and " " not in word and \
            _PREPOSITION_BEFORE.search(text, (at - 10 if at > 10 else 0), at):
        # "with isolated totals of 12 inches through Sunday", "flights from affected airports": no verb
        # follows a preposition right after it; the -ed word is an adjective ("of" is a determiner's).
        return True
    if " " not in word and word in _PARTICIPLES or word.endswith("ed"):
        prev = words_before = text[(at - 12 if at > 12 else 0):at].split()
        if prev and prev[-1].lower() in ("not", "also", "still", "now") and len(prev) > 1 and \
                prev[-2].lower() in _PRESENT_BE or prev and prev[-1].lower() in ("isn't", "aren't", "isn’t", "aren’t"):
            prev = prev[:-1] + ["is"]  # "are not suspended Monday", "isn't closed": the negated present passive
        if prev and prev[-1].lower() in _PRESENT_BE and " " not in word and not _CHARGE_AFTER.match(text, m.end()) \
                and not (word.lower() in _ACCUSED and _IN_AFTER.match(text, m.end())):
            return True  # "is closed Friday", "is held every year in May": a present passive, "is" decides
        if word in _PARTICIPLES and prev and prev[-1].lower() in ("be", "been", "being") and \
                (prev[-1].lower() != "be" or _AHEAD_BE.search(text, (at - 60 if at > 60 else 0), at)):
            # "should a deal not be struck by Friday", "will be held", "has been met": the auxiliary
            # tells the time (not "could not be brought under control Saturday": can's past)
            return True
    if not word.endswith("ed"):
        return False
    if word in _PREPOSITIONAL_PARTICIPLES and _PREPOSITIONAL_PARTICIPLES[word].match(text, m.end()):
        return True  # "a hall located near the river", "the data, based on surveys,": a preposition's work
    if (text.startswith(" by ", m.end()) or text.startswith(" ", m.end()) and _DEGREE_BY.match(text, m.end())) and \
            " " not in word:
        # "a kick-off quickly followed by Sunday's clash", "moisture fed in part by the hurricane": a
        # participle, no tense of its own
        return True
    # (an -ed word: the block above split this window; its "is" for a negated present is a new list, not this one)
    prev = words_before
    if prev and prev[-1].lower() in _DEGREE_ADVERBS:
        # "a highly anticipated rematch", "the long awaited report", "her recently revised budget": an
        # adverb of degree or time between a determiner and the -ed word leaves it an adjective.
        prev = text[(at - 30 if at > 30 else 0):at].split()
        return len(prev) > 1 and prev[-2].lower() in DETERMINERS
    if prev and prev[-1].lower() in _RANKING_WORDS:
        # "the only contested race", "the most watched match", "its first elected mayor": a word that ranks
        # between an article (or a possessive) and the -ed word leaves it an adjective before its noun (not
        # "this only happened", "The council only approved": a subject before the adverb; nor "The first
        # arrived in November": the ranking word is the subject, no noun after the verb).
        prev = text[(at - 30 if at > 30 else 0):at].split()
        return len(prev) > 1 and prev[-2].lower() in _NOUN_DETERMINERS and \
            _NOUN_AFTER_RANKED.match(text, m.end()) is not None
    return bool(prev) and (prev[-1].lower() in DETERMINERS or prev[-1].lower() in AUXILIARIES)


# The noun "planning" modifies when it names a council's land-use body, its consent or its papers ("the planning
# committee", "planning permission", "a planning application", "the planning inspector"): _is_adjective.
# (the bodies and consents "planning" names, in a compound whatever verb stands before it: _PLANNING_BODY_AFTER)
_PLANNING_BODIES = (r"committees?|commissions?|boards?|permissions?|applications?|inspectors?|inspectorate|"
                    r"authorit(?:y|ies)|officers?|departments?|consents?")
_PLANNING_HEAD_AFTER = re.compile(r"[ \t]+(?:" + _PLANNING_BODIES + r"|panels?|sub-committee|"
                                  r"officials?|approvals?|appeals?|meeting|session|rules|regulations|"
                                  r"polic(?:y|ies)|process|documents?|director|chief|staff|team|framework|system|"
                                  r"grounds|conditions|control|decisions?|hearings?|reports?|minister|ministry|portal|"
                                  r"enforcement|agency|chair(?:man|woman|person)?|proposals?|submissions?|zone|"
                                  r"review|reforms?|laws?|code|unit|division|office|fees?|obligations?|"
                                  r"consultants?)\b", re.IGNORECASE)
# ... unless a form of "be" stands right before it: then it is the progressive ("are planning appeals"); or a verb
# that takes a doing ("began planning reforms", "kept planning appeals").
_PLANNING_VERB_BEFORE = frozenset("is are am was were be been being 's 're ’s ’re isn't aren't wasn't weren't isn’t "
                                   "aren’t wasn’t weren’t".split())
_PLANNING_DOING_VERB_BEFORE = frozenset("began begun begin begins start started starts continue continued continues "
                                        "keep kept keeps resume resumed".split())
# ... the bodies and consents "planning" names in a compound whatever verb stands before it ("started planning
# permission reviews").
_PLANNING_BODY_AFTER = re.compile(r"[ \t]+(?:" + _PLANNING_BODIES + r")\b", re.IGNORECASE)
# ... with any adverbs between them ("are now planning reforms", "were still planning appeals", "is actively planning").
_PLANNING_ADVERBS = frozenset("now still already also currently not never even only just all both jointly "
                              "together reportedly apparently".split())


# A modal or a future of the clause before "after <verb>-ing" (_is_adjective): no stop between them.
# Not "could", "can", "would" alone: "could not play after injuring his knee in March", "can no longer work
# after losing his leg" are pasts; "whether he would block it after taking office" asks ahead.
_MODAL_BEFORE_AFTER_ING = re.compile(r"(?:\b(?:will|shall|plans?\s+to|intends?\s+to|"
                                     r"(?:is|are)\s+(?:expected|set|due|going|scheduled)\s+to|"
                                     r"(?:whether|if)\s+[^.;:!?,]{1,40}?\bwould)|['’]ll)\b[^.;:!?\"“”]*$",
                                     re.IGNORECASE)
# Adverbs that, after a determiner, make an adjective of the participle after them (_is_adjective).
# Words that rank what they stand before: "the only", "the most", "the first" ...
_RANKING_WORDS = frozenset("only sole most least first top".split())
# ... and the noun after the -ed word they rank ("race" in "the only contested race"; not a preposition, a
# joining word or an article: "The first arrived in November").
_NOUN_AFTER_RANKED = re.compile(r"\s+(?!(?:in|on|at|by|and|or|but|to|for|with|from|of|as|after|before|since|until|into|"
                                r"during|over|under|up|out|off|down|last|this|that|these|those|the|a|an|its|their|his|"
                                r"her|our|my|your|it|him|them|us|me|here|there|then|now|today|yesterday|north|south|"
                                r"east|west|home|abroad|away|back|again|downtown|ashore|inland|early|late|later|soon|"
                                r"once|twice|alone|together|first|next|[a-z]+ly)\b)[a-z][\w'’-]*", re.IGNORECASE)
_DEGREE_ADVERBS = frozenset("""highly widely long much well eagerly hotly hastily hurriedly recently newly
    heavily closely fully partly partially poorly richly strongly largely mostly publicly privately previously
    originally formerly jointly carefully freshly lightly tightly deeply densely seriously critically fatally
    severely slightly badly specially specifically hugely greatly often frequently rarely sparsely thinly
    thickly""".split())


# Participles that, with the preposition right after them, do a preposition's work after a noun or
# a comma: "a firm based in Denver", "the data, based on surveys,", "costs related to the storm", "up
# 5%, compared with a year ago", "a hall located near the river", "headquartered in Ohio". Used as a
# verb they take an object first ("based her ruling on", "compared the plan to", "police located
# the car"); as a passive they follow "was", which keeps the past.
_WHERE = r"in|at|on|near|about|along|off|outside|inside|between|within|across|around|just|roughly|some|approximately"
_PREPOSITIONAL_PARTICIPLES = {
    "based": re.compile(r"\s+(?:on|upon|in|at|near|outside|out\s+of)\b", re.IGNORECASE),
    "related": re.compile(r"\s+to\b", re.IGNORECASE),
    "compared": re.compile(r"\s+(?:with|to)\b", re.IGNORECASE),
    "located": re.compile(rf"\s+(?:{_WHERE})\b", re.IGNORECASE),
    "situated": re.compile(rf"\s+(?:{_WHERE})\b", re.IGNORECASE),
    "headquartered": re.compile(r"\s+(?:in|at|near|outside)\b", re.IGNORECASE),
}


# "last" as the final one, not the past ("last week", "the last time they met", "was last seen"):
# of a series, a deadline's ("last date of nomination", "the last day for withdrawal", "last dates
# for filing"); an idiom's ("their last chance to register", "as a last resort", "the last word",
# "at the last minute"); the first part of a compound adjective ("last-minute talks", "a
# last-ditch appeal", "the last-place team") ...
_LAST_AS_FINAL = re.compile(r"\s+(?:dates?|days?)\s+(?:of|for|to)\b|-[a-z]|\s+(?:chances?|opportunit(?:y|ies)|"
                            r"resort|word|hurrah|straw|laugh|gasp|ditch|minute|moment)\b|"
                            # ... a month's final weekday or weekend ("the last Saturday of August", "the last
                            # weekend in June")
                            r"\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\s+(?:of|in)\s+(?:$|(?-i:January|"
                            r"February|March|April|May|June|July|August|September|October|November|December)\b)",
                            re.IGNORECASE)
# ... or after "one" or "a" ("one last time", "one last push", "will make a last attempt", "is
# delivering a last wallop": the most recent one would be "the last", "its last") or "for the"
# before "time" ("will play there for the (very) last time on Sunday"; not before a clause of its
# own: "paid for the last time they met", the latest one).
_ONE_BEFORE_LAST = re.compile(r"\b(?:one|an?)\s+$", re.IGNORECASE)
# ... or after a present copula and its determiner: the final one of a series ("Computer Applications is the last
# exam on June 7", "Sunday's will be the last show"; not "was the last exam", whose "was" tells its past anyway).
_COPULA_BEFORE_LAST = re.compile(r"(?:\b(?:is|are|be)\s+|\w['’]s\s+)(?:the|its|their|his|her)\s+(?:very\s+)?$",
                                 re.IGNORECASE)
_FOR_THE_BEFORE_LAST = re.compile(r"\bfor\s+the\s+(?:very\s+)?$", re.IGNORECASE)
_TIME_AFTER_LAST = re.compile(r"\s+time\b(?!\s+(?:that|when|they|he|she|we|you|i|it)\b)", re.IGNORECASE)


def _last_is_final(text: str, start: int, end: int) -> bool:
    """Whether the word "last" at text[start:end] means the final one (_LAST_AS_FINAL), no past time."""
    return _LAST_AS_FINAL.match(text, end) is not None or \
        _ONE_BEFORE_LAST.search(text, max(0, start - 8), start) is not None or \
        _COPULA_BEFORE_LAST.search(text, max(0, start - 20), start) is not None or \
        _TIME_AFTER_LAST.match(text, end) is not None and \
        _FOR_THE_BEFORE_LAST.search(text, max(0, start - 20), start) is not None


# A side held back for a coming match: "rested five regulars before Tuesday's semifinal".
_HELD_BACK = frozenset("rested rotated saved spared".split())
# The match a side is held back for: "before Tuesday's (cup) semifinal", "before Wednesday's return leg".
_FIXTURE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:games?|match|semi-?finals?|finals?|quarter-?finals?|derby|"
                            r"tie|leg|clash|opener|fixture|play-?offs?|showdown|friendly)\b", re.IGNORECASE)
# ... unless its clause tells how it went: "..., which his side won 2-1". The clause ends at a
# comma, unless a relative clause of the match follows it; the main clause after it ("Lampard, who
# rested ... before Tuesday's second leg, saw his side beat ...") tells of another game.
_RESULT_AFTER = re.compile(r"\b(?:won|lost|drew|beat|ended|finished|was|were)\b|\d+-\d+")
_RELATIVE_AFTER_COMMA = re.compile(r",\s*(?:which|where|when|in\s+which|and)\b", re.IGNORECASE)


def _match_ahead(s: str, end: int) -> bool:
    """After "rested five regulars before Tuesday's": is a match named next, its result untold?"""
    fixture = _FIXTURE_AFTER.match(s, end)
    if fixture is None:
        return False
    stop = s.find(",", fixture.end())
    while stop != -1 and _RELATIVE_AFTER_COMMA.match(s, stop):
        stop = s.find(",", stop + 1)
    return _RESULT_AFTER.search(s, fixture.end(), len(s) if stop == -1 else stop) is None


# The one-word schedule verbs of the future markers that are also plural nouns ("runs", "starts").
_SCHEDULE_NOUNS = frozenset(w for w in SCHEDULE_VERBS if w.isalpha())
# ... and the words before them that make them nouns (not "that", "this": "the training that starts today").
_NOUN_DETERMINERS = frozenset("the a an his her its their our my your several many".split())
# ... and the words before a count of them: a past verb or a preposition of measure ("scored 87 runs",
# "won by 112 runs", "in 12 starts"), in either case ("In 12 starts in July, he allowed ...": a sentence's
# opening word).
_COUNT_TAKERS = frozenset(PAST_WORDS) | frozenset("by with in for after over has have".split())


# Prefixes that make a verb of a verb ("re-elected", "co-founded"), not an adjective of a participle.
_VERB_PREFIXES = frozenset("re co pre un de dis mis over out under".split())
# What a compound verb's object opens with: "test-fired a missile", "nose-dived $8.625", "co-hosted them".
_OBJECT_AFTER = re.compile(r"\s+(?:(?:a|an|the|his|her|its|their|our|my|your|him|them|it|us|me|this|that|these|"
                           r"those|some|several|two|three|four|five|six|seven|eight|nine|ten)\b|[$£€\d])",
                           re.IGNORECASE)
_HYPHEN_PREFIX = re.compile(r"([A-Za-z]+)-$")
# Participles that, glued to a word by a hyphen, make an adjective whatever stands before them ("a
# weather-related closure", "COVID-19-related", "Ohio-based", "state-owned", "Saudi-led").
_COMPOUND_HEADS = frozenset(("related", "based", "led", "backed", "owned", "funded", "sponsored", "linked",
                             "controlled", "affiliated", "themed", "inspired", "induced", "fueled", "fuelled",
                             "driven", "focused", "oriented", "operated"))


def _compound_adjective(text: str, m: re.Match) -> bool:
    """Is the participle m, glued to a word by a hyphen ("top-ranked", "Saudi-led"), a compound
    adjective? Not with a verb prefix ("re-elected") nor before an object ("test-fired a missile")."""
    prefix = _HYPHEN_PREFIX.search(text, max(0, m.start() - 16), m.start())
    if prefix is None or prefix[1].lower() in _VERB_PREFIXES or _OBJECT_AFTER.match(text, m.end()):
        return False
    prev = text[max(0, prefix.start() - 16):prefix.start()].split()
    if not prev or prev[-1].lower() in DETERMINERS or prev[-1].endswith(("'s", "’s")) or _is_number(prev[-1]):
        return True  # "the Saudi-led coalition", "Top-ranked Purdue visits ..."
    # After another word, only before a name ("visit top-ranked Purdue"): "The council fast-tracked
    # rezoning Monday" is its subject's verb and a bare noun for object.
    return _NAME_AFTER.match(text, m.end()) is not None and prev[-1].lower() not in _SUBJECT_PRONOUNS


_NAME_AFTER = re.compile(r"\s+[A-Z]")
# Capitalised words after "Will" and the first lower-case word after them: "Will Smith hosted".
_NAMED_VERB_AFTER = re.compile(r"(?:\s+[A-Z][\w'’.-]*)+\s+(?P<verb>[a-z]+)\b")


# A present passive: "is closed", "are expected"; but "is accused of robbing", "is charged
# with", "is believed to have": what the charge or belief says was done keeps its past.
_PRESENT_BE = frozenset(("is", "are", "am"))
# "be" after a modal that looks ahead or "to" ("will be", "should ... not be", "to be"), not "could be"; an
# adverb may stand between ("will officially be made", "will likely not be held", "to formally be handed").
_AHEAD_BE = re.compile(r"(?:\b(?:will|shall|must|can|may|might|to)\s+(?:(?:also|still|then|now|soon|likely|probably|"
                       r"[a-z]{3,}ly)\s+)?(?:not\s+)?|['’]ll\s+|"
                       r"\bshould\s+(?:[\w'’-]+\s+){0,4}?(?:not\s+)?)be\s+$", re.IGNORECASE)
# The irregular past words that are also passive participles ("is held", "are kept").
_PARTICIPLES = frozenset("""met made told sold bought held sent struck shot found brought kept led built spent
    meant heard won lost paid left""".split())
# "left" as what remains, after "with" and a count: "with three games left", "with only about 12,000
# ballots left", "with less than a month left" (not "with Smith, who left").
_WITH_COUNT_BEFORE = re.compile(r"\bwith\s+(?:(?:only|just|about|around|roughly|nearly|less|more|than|over|under|"
                                r"some)\s+)*(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                                r"eleven|twelve|twenty|thirty|several|few|a\s+few|no|little|much|enough)\s+"
                                r"(?:[a-z-]+\s+){1,2}$", re.IGNORECASE)
_CHARGE_AFTER = re.compile(r"\s+(?:of|with|to|that|as|for|in\s+connection)\b", re.IGNORECASE)
# ... and "is suspected in a shooting Friday", "is wanted in a robbery": the crime is past.
_ACCUSED = frozenset("accused charged suspected wanted implicated indicted sought convicted jailed".split())
_IN_AFTER = re.compile(r"\s+in\b", re.IGNORECASE)


def _is_number(word: str) -> bool:
    """ "40", "1,200", "thirty-nine": a cardinal number."""
    if word[:1].isdigit():
        return word.replace(",", "").isdigit()
    return all(part in NUMBERS for part in word.lower().split("-"))


_PERFECT_PAST = re.compile(r"\b(?:had|was|were)\b", re.IGNORECASE)
# A present wish before a thing wanted done ("The government wants the bill sent to the Commons before Easter",
# "Ministers hope to see the bill passed before Easter"): what is wanted done by a day lies ahead.
_WISH_BEFORE = re.compile(r"\b(?:wants?|hopes?|needs?|expects?|aims?|plans?|intends?)\b", re.IGNORECASE)
# (not before a determiner or a pronoun, a preposition's object: "survived a challenge to her leadership before
# Christmas" is no deadline ahead)
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|an?|her|his|their|its|my|our|your|this|that|these|those|them|him|me|"
                         r"us|it)\b)[a-z]+\b")
# "asked the king to dissolve", "ordered the firm to stop" (not "changed from a fiscal
# year to a calendar year": "to" before a determiner is a preposition; not "returned to
# work", "was sentenced to death": only verbs that ask or decide what comes next).
_ASKING_VERBS = frozenset("""asked urged ordered told invited instructed requested directed authorized authorised
    allowed agreed decided voted promised pledged vowed encouraged""".split())
# Past verbs that bring about what their infinitive says ("prompted the airline to cut", "persuaded the
# station to pull"): it was done, in their past, unless its day is a start or a time set ("to cut flights
# beginning Wednesday", "to call a meeting for June 20"), which may lie ahead.
_PROMPTING_VERBS = frozenset("prompted persuaded".split())
_INFINITIVE_AFTER_PAST = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?to\s+(?!(?:be|have|a|an|the|its|his|her|their|this|"
                                    r"that|these|those|our|my|your|some|all|about|around)\b)[a-z]+\b")

# "It took ... for <someone> to": the infinitive tells what came about, in the taking's past ("It took a court order
# for the files to be released Friday", "All it took was a search for nine students to be found ... Friday"); not
# a person's taking ("He took steps for the plant to be closed Friday").
_IT_TOOK_FOR = re.compile(r"\b[Ii]t\s+took\b[^.;:!?]{0,80}?\bfor\s+(?:[\w'’,-]+\s+){1,6}?$")

# Past verbs of an attempt or an achievement whose infinitive is what was done (not asked).
_DONE_VERBS = frozenset("managed failed tried attempted struggled scrambled raced rushed".split())
# A past perfect in the clause: "had been counted", "had not begun", "hadn't finished".
_HAD_PERFECT = re.compile(r"\b(?:had(?:\s+not|n't)?|hadn't)\s+(?:already\s+|yet\s+)?(?:been\s+)?"
                          r"[a-z]+(?:ed|en|un|one)\b", re.IGNORECASE)

# Past verbs that propose or demand a thing done, their object a noun ("proposed the removal of
# the troops", "demanded the hostages' release", "called for elections"): a "by" day after it is the
# thing's deadline. Not verbs that tell a thing done ("sold the plant by March 15", "left by then").
_DEMANDED = re.compile(r"(?:proposed|demanded|sought|requested|urged|ordered|recommended|suggested|pledged|"
                       r"promised|vowed|(?:called|asked|pressed|pushed)\s+for)\b", re.IGNORECASE)
# ... but an amount ordered, pledged or promised by a day is a tally of what was done by then
# ("pledged $2 million by Friday", "ordered 300 buses by Friday").
_AMOUNT_AFTER = re.compile(r"\s+(?:(?:another|an\s+extra|an\s+additional|some|about|nearly|more\s+than|over)\s+)?"
                           r"(?:[$£€]|\d)", re.IGNORECASE)
_ASKED_AHEAD = re.compile(rf"(?i:\b(?:{'|'.join(sorted(_ASKING_VERBS))}))" + _INFINITIVE_AFTER_PAST.pattern)


def asks_ahead(s: str, lo: int, hi: int) -> bool:
    """Whether s[lo:hi] asks or decides something to come ("on Monday he asked the king to
    dissolve parliament on May 30"): a date after it is the infinitive's, whose tense is
    neither the asking's nor the previous date's."""
    return s.find(" to ", lo, hi) >= 0 and not _ASKING_VERBS.isdisjoint(s[lo:hi].lower().split()) and \
        _ASKED_AHEAD.search(s, lo, hi) is not None


# A day between a deciding (asking, voting, a plan's approval) and its infinitive ("voted on Tuesday
# to close the road", "decided Monday to strike", "approved plans on Tuesday to open"), or before a
# deciding verb and its infinitive ("on Tuesday voted to close the road"): the day is the deciding's;
# a day in the infinitive after it is what was decided, which comes after it.
_DECIDED_BEFORE_DAY = re.compile(rf"(?i:\b(?:{'|'.join(sorted(_ASKING_VERBS))}|plans?|proposals?|bid))"
                                 r"(?:\s+[\w'’-]+){0,4}?\s*,?\s+(?:on\s+)?$")
_NOT_AN_INFINITIVE = (r"(?!(?:be|have|a|an|the|its|his|her|their|this|that|these|those|our|my|your|some|all|"
                      r"about|around)\b)")
# A past verb that makes, weighs or makes known a plan, the plan, its infinitive and the infinitive's own words up to
# "in" and a month ("announced plans to reopen schools in September", "approved a proposal to cut 500 jobs in"): the
# month is the plan's, as an asking's infinitive's is; not after a verb that carries out or gives up a plan ("carried
# out its plan to", "lost its bid to", "dropped its bid to": done), nor after another phrase of place or time ("to
# reopen schools in a vote in September": the vote's), nor in a sentence told on in the past after it ("..., and the
# cuts were completed in December"). (A weekday at the end is most often the approving's: "The council approved plans
# to build a stadium on Thursday".)
_MONTH_ALONE = re.compile(rf"(?:{MON})", re.IGNORECASE)
_PLAN_INFINITIVE_AFTER_PAST = re.compile(r"(?:announced|unveiled|approved|outlined|discussed|proposed|backed|"
                                         r"endorsed|adopted|presented|detailed|released|published|submitted|"
                                         r"considered|debated|weighed|revealed|floated|rejected|(?:set|laid)\s+out|"
                                         r"drew\s+up)\s+(?:[\w'’-]+\s+){0,3}?(?:plans?|proposals?|scheme|bid|"
                                         r"decision|intention)\s+to\s+" + _NOT_AN_INFINITIVE + r"[a-z]+\b"
                                         r"(?:\s+(?!(?:in|at|on|during|after|before|when|while|and|but|as)\b)"
                                         r"[\w'’$%,.-]+){0,5}?\s+in\s+$", re.IGNORECASE)
_INFINITIVE_NEXT = re.compile(rf"\s*,?\s*to\s+{_NOT_AN_INFINITIVE}[a-z]+\b")
_DECIDING_NEXT = re.compile(rf"\s*,?\s*(?i:{'|'.join(sorted(_ASKING_VERBS))})\s+(?:[\w'’-]+\s+){{0,4}}?"
                            rf"to\s+{_NOT_AN_INFINITIVE}[a-z]+\b")


def decided_before_day(s: str, day_start: int, day_end: int, hi: int) -> bool:
    """Whether the day at s[day_start:day_end] is a deciding's and s[day_end:hi] holds the infinitive
    of what was decided, with no verb of its own after it up to `hi` ("decided on Tuesday to tell
    police what he saw on Thursday": the seeing's)."""
    inf = _INFINITIVE_NEXT.match(s, day_end, hi)
    if inf is not None:
        if _DECIDED_BEFORE_DAY.search(s, max(0, day_start - 80), day_start) is None:
            return False
    else:
        inf = _DECIDING_NEXT.match(s, day_end, hi)
        if inf is None:
            return False
    return not _LOOKS_BACK.search(inf[0]) and not has_tense_marker(s[inf.end():hi])


# A doing that sets up a thing still to come, then the thing with no verb of its own, right before a
# second day; read with the first day taken out of the clause ("called on Monday for a strike on",
# "on Monday cancelled all flights on", "warned on Monday of heavy snow on", "announced on Monday the
# closure of schools on", "warned residents on Monday to prepare for heavy snow on", "signed an order to
# reopen the border on"): a call for a collective action, a calling off, a warning or forecast of
# weather, an announced or ordered measure, a warning's or an order's infinitive.
_SET_UP_NOUNS = (r"strikes?|walkouts?|protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|boycotts?|"
                 r"shutdowns?|sit-ins?|vigils?|elections?|votes?|referendum|talks|meetings?|session")
_SET_UP_WORDS = rf"(?:{_SET_UP_NOUNS})"
_WEATHER_WORDS = (r"(?:rain|snow|storms?|thunderstorms?|showers|winds?|gales?|heat|frost|ice|sleet|fog|flooding|"
                  r"floods?|weather|temperatures|downpours?|blizzard|hail)")
_MEASURES = (r"(?:closure|closing|reopening|suspension|cancell?ation|evacuation|start|launch|resumption|lifting|"
             r"opening|shutdown)")
# A word of the thing's own phrase: not a preposition that opens a second one, whose noun the day may be of
# ("called on Tuesday for calm after protests on Sunday", "to watch for debris from the storm on Sunday",
# "to honor the victims of the shooting on Sunday": the protests', the storm's, the shooting's day, gone by).
_OWN_WORD = r"(?!(?:after|from|of|following|since|into|over|amid|during|before|about)\b)[\w'’-]+"
_SET_UP_BEFORE_DAY = re.compile(
    r"(?:\b(?:called|calls)\s+for\s+(?:(?:a|an|the|their|its)\s+)?(?:" + _OWN_WORD + r"\s+){0,2}?" + _SET_UP_WORDS +
    r"|\b(?:cancell?ed|called\s+off|postponed|suspended|scrapped|grounded)\s+(?:" + _OWN_WORD + r"\s+){0,3}?"
    r"(?:flights?|trains?|services|classes|games?|matches|events?|practices?|shows?|concerts?|sailings|"
    + _SET_UP_NOUNS + r")"
    r"|\b(?:warned|warning|warns)\s+(?:" + _OWN_WORD + r"\s+){0,3}?of\s+(?:" + _OWN_WORD + r"\s+){0,2}?" +
    _WEATHER_WORDS +
    r"|\b(?:announced|ordered|approved)\s+(?:the|a)\s+" + _MEASURES +
    r"\s+of(?:\s+(?!(?:on|in|at|for|after|from|following|since|into)\b)[\w'’-]+){1,4}?"
    r"|\b(?:warned|advised|reminded)\s+(?:[\w'’-]+\s+){1,3}?to\s+" + _NOT_AN_INFINITIVE + r"[a-z]+\b"
    r"(?:\s+" + _OWN_WORD + r"){0,5}?"
    r"|\b[a-z]+ed\s+(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+)?(?:order|decree|plan|proposal|bill|"
    r"measure|resolution|directive)\s+to\s+" + _NOT_AN_INFINITIVE + r"[a-z]+\b(?:\s+" + _OWN_WORD + r"){0,5}?"
    r")\s*,?\s+(?:on\s+)?$", re.IGNORECASE)
# ... the first day's words taken out: its preposition and any part of the day after it.
_DAY_OUT_BEFORE = re.compile(r"(?:\b(?:on|early|late)\s+)?$", re.IGNORECASE)


def set_up_before_day(s: str, day_start: int, day_end: int, hi: int) -> bool:
    """Whether the clause around a first day at s[day_start:day_end], that day taken out, ends at `hi` (a
    second day's start) with a doing that sets up a thing still to come and the thing, with no verb of its
    own (_SET_UP_BEFORE_DAY): the second day is the thing's, after the first ("The union called on Monday
    for a strike on Thursday"; not "announced on Monday the arrest of a suspect on Thursday")."""
    if hi - day_end > 90:
        return False
    verb = _SET_UP_VERB_AFTER.match(s, day_end, hi)
    if has_tense_marker(s[verb.end() if verb else day_end:hi]):
        return False  # the second day's thing has a verb of its own ("said on Monday it had detected ...")
    head = s[max(0, day_start - 60):day_start]
    head = head[:_DAY_OUT_BEFORE.search(head).start()].rstrip()
    joined = head[_clause_start(head):] + " " + s[day_end:hi].lstrip(" ,")
    return _SET_UP_BEFORE_DAY.search(joined) is not None and not _LOOKS_BACK.search(joined)


# The doing's own verb right after the first day ("on Monday cancelled all flights on", "on Monday signed an
# order to"): the one marker allowed between the two days.
_SET_UP_VERB_AFTER = re.compile(r"\s*,?\s*(?:cancell?ed|called\s+off|postponed|suspended|scrapped|grounded|"
                                r"warned|advised|reminded|announced|ordered|approved|"
                                r"[a-z]+ed(?=\s+(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+)?(?:order|decree|"
                                r"plan|proposal|bill|measure|resolution|directive)\s+to\b))\b", re.IGNORECASE)


# What is decided about a happening gone by: its day is the happening's, not one after the deciding
# ("voted on Tuesday to condemn the attack on Sunday", "decided to punish the club for the brawl on
# Saturday", "voted to investigate the shelling on Saturday").
_LOOKS_BACK = re.compile(r"\bto\s+(?:condemn|denounce|deplore|investigate|probe|punish|sanction|discipline|censure|"
                         r"fine|penali[sz]e|apologi[sz]e|overturn|uphold|annul|void|nullify|certify|rescind|revoke|"
                         r"challenge|contest|critici[sz]e|blame|condone|look\s+into|inquire\s+into)\b", re.IGNORECASE)


# "the one they turned in", "the player who retired": an -ed verb after a subject
# pronoun is finite and past, a clause of its own, not a participle.
# So is one after "what" or "which", a clause's subject ("will try to determine what happened on Wednesday",
# "will inspect the bridge, which collapsed on Wednesday": the happening's own past, not the future's day).
_SUBJECTS = frozenset("he she they we i you who what which".split())
# ... and, for a hyphenated participle ("it fast-tracked", "which co-hosted"), "it", "which", "that".
_SUBJECT_PRONOUNS = _SUBJECTS | frozenset(("it", "which", "that"))


def _after_subject(text: str, m: re.Match) -> bool:
    prev = text[max(0, m.start() - 6):m.start()]
    return prev[-1:] == " " and prev.split()[-1:] != [] and prev.split()[-1].lower() in _SUBJECTS


# Irregular past participles of verbs that take an object ("made", "held", "sent"): right before a
# preposition, with no object between, they follow a noun as its participle ("cars made in Mexico",
# "talks held in Geneva", "the players sent to the final", "a factory built by Ford"), as "-ed"
# participles do; a finite past has its object first ("police made arrests", "they held talks").
# Not verbs that need no object ("met in", "won in", "lost to", "led by 10 points"), "meant" nor "left".
_OBJECT_PARTICIPLES = _PARTICIPLES - {"met", "led", "meant", "won", "lost", "left"}
_PREPOSITION_AFTER = re.compile(r"\s+(?:in|at|on|from|to|by|into|onto|under|during|near|across|for|with|over|"
                                r"through|against|between|among|within|without|outside|inside)\b", re.IGNORECASE)


def _noun_participle(text: str, m: re.Match) -> bool:
    """Whether the past marker m is an irregular participle after a noun, a preposition right after
    it (_OBJECT_PARTICIPLES): in a clause whose verb looks ahead, no verb of its own."""
    word = m[0]
    if word.lower() not in _OBJECT_PARTICIPLES or not m["p"] or not _PREPOSITION_AFTER.match(text, m.end()):
        return False
    prev = text[max(0, m.start() - 12):m.start()].split()
    return bool(prev) and prev[-1].isalpha() and prev[-1].lower() not in _SUBJECT_PRONOUNS and \
        prev[-1].lower() not in _NOT_A_NOUN_BEFORE


# A clause opened between the future and the participle, whose subject the noun may be: "will
# explain why officers shot at the car", "will not say whether the city paid for the trip".
_OPENER_WORDS = "why whether how what when where that if because since after before while until".split()
_OPENER_BETWEEN = re.compile(rf"\b(?:{'|'.join(_OPENER_WORDS)})\b", re.IGNORECASE)
# ... or after a future verb that takes a clause, its "that" left out: "will show the tornado struck
# near the school", "will argue the man shot at officers" (the noun is the clause's subject; not
# "will hear from the men shot at the rally": a preposition's object). Nor
# when only a preposition lies between the participle and the date: "will test the gun found on
# Saturday", "will review the letters sent on Thursday" (the date is the participle's own).
_CLAUSE_TAKING = frozenset("""say show argue testify claim allege insist contend reveal conclude suggest indicate
    confirm assert find prove explain tell report announce state acknowledge admit deny learn hear know believe
    think demonstrate establish determine maintain note warn mean ensure decide discover recall remember see
    suspect fear hope""".split())
# ... anywhere between the future and the noun ("will try to prove the man shot at", "is expected to
# show the tornado struck near"); not before a preposition.
_CLAUSE_TAKING_RX = re.compile(rf"\b(?:{'|'.join(sorted(_CLAUSE_TAKING))})\b(?!{_PREPOSITION_AFTER.pattern})",
                               re.IGNORECASE)
# Words before a past form that make it finite or tell no noun: "police never made", "who only found".
_NOT_A_NOUN_BEFORE = frozenset("""not never also just only then still already once who whom whose had has have
    was were and or but""".split())


def _noun_participle_after_future(before: str, future: re.Match, m: re.Match) -> bool:
    """Whether the past marker m, after the future marker `future` in the clause `before` (which
    ends at the date), is a noun's participle (_noun_participle) that leaves the future the clause's
    time: no clause opened between them (_OPENER_BETWEEN, _CLAUSE_TAKING_RX) and more than a
    preposition between it and the date."""
    return _noun_participle(before, m) and not _OPENER_BETWEEN.search(before, future.end(), m.start()) and \
        _CLAUSE_TAKING_RX.search(before, future.start(), m.start()) is None and \
        len(before[m.end():].split()) > 1


# A noun's participle with its own day right after it, in a clause whose verb looks ahead: "will name the man
# killed Monday", "will pay the dividend announced on Friday" (only "on" between the participle and the day; not
# with its agent between, "will tour a factory built by Ford on Monday"): what it tells is done.
# Not after an auxiliary, a linking verb or a determiner ("will be announced Monday", "to be approved Friday",
# "will remain closed Monday", "a delayed Monday start"), nor a participle of a plan or a putting off ("the vote
# scheduled Monday", "a ruling expected Friday", "the match postponed until Friday").
_DATED_PARTICIPLE_GAP = re.compile(r"\s*(?:on\s+)?$")
_NOT_BEFORE_DATED_PARTICIPLE = AUXILIARIES | frozenset("""is are was were am will would shall should can could may
    might must has have had remain remains remained stay stays stayed a an the this that these those its their his
    her our my your not never also just newly recently previously originally""".split())
# ... nor the participle of an object's complement, after a verb of seeing or causing ("will see the trophy lifted
# Sunday", "will have the car repaired Monday", "wants the ban lifted Friday").
_COMPLEMENT_VERB = re.compile(r"\b(?:see|watch|hear|have|get|want|wants|need|needs|like|make|keep|leave|expect|"
                              r"expects|demand|demands|order|orders)\b", re.IGNORECASE)
# ... nor a verb of a clause of its own opened after the future ("would take effect as soon as trading opened Monday",
# "would stay suspended until trading resumed Monday").
_TIME_CLAUSE_OPENER = re.compile(rf"\b(?:once|till|whenever|unless|as\s+soon\s+as|{'|'.join(_OPENER_WORDS)})\b",
                                 re.IGNORECASE)
_PLAN_PARTICIPLES = frozenset(SCHEDULING_WORDS) | frozenset(w for w in EXTENDED_WORDS if "_" not in w) | frozenset(
    "expected anticipated proposed due timed predicted forecast forecasted promised pledged threatened".split())


def _dated_participle(before: str, future: re.Match, m: re.Match) -> bool:
    """Whether marker m, after the future marker `future`, is a noun's participle whose own day is the date
    `before` ends at (see above)."""
    word = m[0].lower()
    if not m["p"] or " " in word or not (word.endswith("ed") or word in _OBJECT_PARTICIPLES) or \
            word in _PLAN_PARTICIPLES or _DATED_PARTICIPLE_GAP.match(before, m.end()) is None or \
            _COMPLEMENT_VERB.search(before, future.start(), m.start()) is not None or \
            _TIME_CLAUSE_OPENER.search(before, future.end(), m.start()) is not None:
        return False
    prev = before[max(0, m.start() - 16):m.start()].split()
    return bool(prev) and prev[-1].isalpha() and prev[-1][0].islower() and \
        prev[-1].lower() not in _NOT_BEFORE_DATED_PARTICIPLE and prev[-1].lower() not in _SUBJECT_PRONOUNS and \
        prev[-1].lower() not in _NOT_A_NOUN_BEFORE and not prev[-1].endswith("ly")


def dated_participle_at(s: str, date_start: int) -> int | None:
    """Where, in `s`, the noun's participle opens whose own day is the date starting at `date_start`, after a future
    marker of its clause ("will pay the dividend declared Friday": _dated_participle); None if there is none. A date
    told after that day ("... declared Friday on April 3") is the future's, read with the participle blanked out."""
    lo = max(0, date_start - 160)
    before = s[lo:date_start]
    future = last = None
    for m in _markers(before):
        if m["f"]:
            future = m
        last = m
    if future is None or last is None or last is future or not _dated_participle(before, future, last):
        return None
    return lo + last.start()


def _is_generic_ed(m: re.Match) -> bool:
    return bool(m["p"]) and m[0].lower().endswith("ed") and " " not in m[0]


# A plan named as the object of a finite past verb ("approved plans to build", "rejected a plan for
# building", "voted down the proposal to open", "unveiled its plans to"): the noun tells no future of
# its own; the past verb is the clause's, and a day after the plan's complement is when it was done.
# Only a few words (no clause opener) lie between the verb and the noun; a verb that reports a
# clause ("said the city plans to", "warned the firm plans to") has a subject there, not an object.
_PLAN_NOUN = re.compile(r"(?:plans?|proposals?)\b", re.IGNORECASE)
_CLAUSE_VERBS = frozenset("""said says told stated added noted reported confirmed thought believed knew felt
    claimed argued warned insisted suggested wrote hoped feared expected predicted assumed""".split())
_NO_OBJECT_GAP = frozenset("""and or but nor that which who whom whose where when while as because if though
    although since until so than to of with by from at in into""".split())
_GAP_WORD = re.compile(r"[a-z][a-z'’-]*")
# Verbs that make known either a plan ("announced plans to", "revealed its plan to") or a clause ("announced
# the city plans to reopen", "revealed the airline plans to cut"): the plan is their object only right
# after them or after a lone determiner; a noun between is the clause's subject, "plans" its verb.
_MAKE_KNOWN_VERBS = frozenset("""announced revealed disclosed signaled signalled indicated acknowledged admitted
    conceded declared explained learned heard""".split())
_LONE_DETERMINERS = frozenset("a an the its their his her our".split())


def plan_object_of_past(text: str, at: int) -> bool:
    """Whether the plan noun ("plan", "plans", "proposal") at `at` in `text` is the object of a finite
    past verb right before it, at most three words between ("rejected the revised plans")."""
    if not _PLAN_NOUN.match(text, at):
        return False
    window = text[max(0, at - 60):at]
    last = None
    for m in _markers(window):
        if not _is_adjective(window, m):
            last = m
    if last is None or not last["p"] or " " in last[0] or \
            last[0].lower() in _CLAUSE_VERBS or last[0].lower() in ("was", "were", "had", "did"):
        return False
    gap = window[last.end():].split()
    if len(gap) > 3 or not window[last.end():last.end() + 1].isspace():
        return False
    before = window[:last.start()].split()[-1:]
    if before and before[0].lower() in ("that", "which", "who"):
        return False  # "the side that lost plans to appeal": a relative clause's verb, the noun a verb
    if before and before[0].lower().replace("’", "'") in ("has", "have", "'s", "'ve", "having"):
        return False  # "has approved plans to close the plant on Friday": a perfect dates no day of its own
    if last[0].lower() in _MAKE_KNOWN_VERBS and (len(gap) > 1 or gap and gap[0] not in _LONE_DETERMINERS):
        return False  # "announced the city plans to reopen the bridge on Friday": a clause made known
    return all(_GAP_WORD.fullmatch(w) and w not in _NO_OBJECT_GAP for w in gap)


# "been" after a present "has"/"have", and no participle of a plan nor an infinitive after it in the
# clause: a perfect.
_BEEN_PERFECT = re.compile(r"\s+(?:(?:also|already|just|now|since|not|never)\s+)*been\b"
                           r"(?!\s+(?:set|scheduled|slated|planned|booked|called|moved|postponed|pushed|delayed|"
                           r"rescheduled|expected|due|tentatively|penciled|pencilled|put|extended|adjourned|deferred|"
                           # a measure put in place for days ahead: "has been closed Monday through Friday"
                           r"issued|declared|cancell?ed|closed|shut|suspended|ordered|imposed|announced|posted|"
                           r"placed|banned|activated|opened|raised|expanded|"
                           # ... nor one that names or foretells a part on the day ("has been named the
                           # starter on Sunday", "has been confirmed as the headliner on Saturday", "have
                           # been predicted on Friday"): the day may be the part's, ahead.
                           r"named|chosen|picked|selected|tapped|confirmed|designated|tipped|billed|listed|"
                           r"predicted|forecast|projected)\b)"
                           r"(?![^.;]*\bto\s+[a-z]+)", re.IGNORECASE)
# ... and a word right before the day that asks for what the perfect readies or lasts up to.
_NOT_PERFECT_LAST = frozenset("for until till through thru by before to from of ahead".split())


# A present that says its subject, the day's happening, is gone by: "(the deadline Friday) is now long
# past", "is over", "has passed", "have come and gone" (not "is past the deadline", "is over the limit").
_GONE_BY_PREDICATE = re.compile(r"(?:is|are)\s+(?:(?:now|long|well|already|all|but)\s+)*(?:past|over|gone|history)"
                                r"(?=\s*(?:[,.;:!?)]|$|(?:and|but|so|yet|now)\b))|"
                                r"(?:has|have)\s+(?:(?:now|long|already|since|just)\s+)*(?:passed|ended|expired|lapsed|"
                                r"elapsed|come\s+and\s+gone|gone\s+by)\b", re.IGNORECASE)


# A clause that opens with a singular subject and a verb the lexicon does not know ("The strike shut
# the plant", "The storm hit the coast", "The company cut 500 jobs", "The mob fled the scene"): a
# present would agree with its singular subject and end in "-s" ("shuts", "hits"), and a future or a
# perfect would have a marker, so a bare verb there is a past (the irregular pasts that look like
# presents, or that no list holds). The verb is followed by what a verb takes: an object, a number,
# a particle or a preposition. A plural subject ("Workers shut the plant") says nothing, nor does one
# that agrees with a plural verb with no "-s" of its own (_PLURAL_AGREEING).
_SINGULAR_SUBJECT_VERB = re.compile(
    r"\W*(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+)"
    r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[\w'’-]*[^\Ws'’])\s+(?P<verb>(?-i:[a-z]+))"
    r"\s+(?:(?:down|off|up|out|back|away|through)\s+)?"
    r"(?:(?:the|a|an|its|his|her|their|our|this|that|these|those|some|all|more|most|on|in|at|into|"
    r"to|from|across|over|for|with)\b|\d|[A-Z])")
# Subjects that take a plural verb although they end in no "-s": irregular plurals ("The children
# get a day off") and, in British usage, collective nouns ("The team play Arsenal", "The council
# meet on Tuesday", "The England squad fly out"). A bare verb after them may be a present.
_PLURAL_AGREEING = frozenset("""team side squad club band crew council committee jury panel board cabinet
    public family couple pair police staff people personnel clergy cattle children men women media audience
    crowd government management youth""".split())
_NOT_BARE_VERB = frozenset("""not also still only just even never already then now later soon again and or but
    who which that whose when where while as if of to in on at for with from by aside away ahead apart together
    alone abroad home""".split())


def unmarked_past(s: str, start: int) -> bool:
    """Whether the clause before `start` has no tense marker and opens with a singular subject and a
    bare verb (_SINGULAR_SUBJECT_VERB): a past the lexicon has no word for."""
    if "’" in s:
        s = s.replace("’", "'")
    lo = max(0, start - 160)
    before = s[lo:start]
    opening = _clause_start(before)
    if has_tense_marker(before[opening:]):
        return False
    m = _SINGULAR_SUBJECT_VERB.match(s, lo + opening)
    if m is None or m.start("verb") >= start:
        return False
    verb = m["verb"]
    # any word of the subject: the lazy match may take the verb for a noun ("The public get free entry
    # Wednesday": noun "free", verb "entry")
    if any(w.lower() in _PLURAL_AGREEING for w in s[m.start():m.start("verb")].split()):
        return False
    return verb not in _NOT_BARE_VERB and not verb.endswith(("s", "ing")) and len(verb) > 1


# A subordinate clause opened by "after", "when", "since", "before", "because", "once" or "until",
# with a singular subject and a bare irregular past (_ZERO_CHANGE_PAST), right before the date ("will
# meet to plan the recovery after a tornado hit the area Friday night", "stay closed until the storm
# cut power Monday"): the bare verb is a past (a present would end in "-s"), whatever the main
# clause says is ahead. Only when nothing between the subordinator and the date marks a tense.
_SUBORDINATOR_TAIL = re.compile(r"\b(?:after|when|since|before|because|once|until)\s+(?=\S[^,;:]*$)",
                                re.IGNORECASE)


# ... its verb followed by an object (an article, a possessive, a number), not by a preposition or a
# capital: "after the election debate on Monday", "after the state primary Tuesday" and "after the
# city vote this Monday" are a noun's compound, not a subject and its verb.
_SUBORDINATE_SUBJECT_VERB = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+)"
    r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[\w'’-]*[^\Ws'’])\s+(?P<verb>(?-i:[a-z]+))"
    r"\s+(?:(?:down|off|up|out|back|away|through)\s+)?"
    r"(?:(?:the|a|an|its|his|her|their|our|these|those|some|all|more|most)\s|(?P<num>\d))")
# ... and only a verb whose past is its bare form (a regular verb's past ends in "-ed": "after the
# jobs data show a slowdown Friday", "once the orchestra tune their instruments" are presents with a
# plural subject); "their" after it shows a plural subject too ("after the cast put on their ...").
_ZERO_CHANGE_PAST = frozenset("""hit cut put set shut quit cast let spread hurt cost beat bid burst shed split
    thrust upset read""".split())
# A body named by its count ("the gang of eight", "the Group of 20", "a panel of three"): the word
# after the number is the body's verb.
_BODIES = frozenset("gang group band panel team council committee board jury crew club".split())


def _body_of_count(text: str, start: int) -> bool:
    """Whether the number before `start` closes "<body> of <number>"."""
    prev = text[max(0, start - 40):start].split()
    return len(prev) > 2 and prev[-2].lower() == "of" and prev[-3].lower().rsplit("-", 1)[-1] in _BODIES


# Subjects with no "-s" that news often gives a plural verb, besides _PLURAL_AGREEING: "once the data
# hit the wires", "after the union ratify the deal", "once the orchestra tune their instruments".
_PLURAL_AGREEING_MORE = frozenset("""data orchestra union cast choir troupe faculty congregation electorate
    opposition""".split())
# A number object counts something ("after the company cut 500 jobs Monday"); a number with no noun
# after it is a noun's compound ("after the reverse split 1-for-10 on Friday").
_COUNTED_OBJECT = re.compile(r"\d[\d,.]*%?\s+(?!(?:on|in|at|by|this|next|last|until|before|after)\b)[a-z]")


def _may_subordinate(window: str) -> bool:
    """The cheap exact test before _SUBORDINATOR_TAIL: a subordinator word in the window."""
    # (first the tails each word's two spellings share, half the scans: most windows hold none; "once " and
    # "since " share "nce ")
    if not ("fter " in window or "hen " in window or "nce " in window or "efore " in window or
            "ecause " in window or "ntil " in window):
        return False
    return "after " in window or "when " in window or "since " in window or "before " in window or \
        "because " in window or "once " in window or "until " in window or "After " in window or \
        "When " in window or "Since " in window or "Before " in window or "Because " in window or \
        "Once " in window or "Until " in window


def subordinate_unmarked_past(s: str, start: int) -> bool:
    """Whether the date at `start` closes a subordinate clause ("after a tornado hit the area") whose
    singular subject takes a bare irregular past (_SUBORDINATOR_TAIL, _ZERO_CHANGE_PAST)."""
    lo = max(0, start - 120)
    before = s[lo:start]
    subs = list(_SUBORDINATOR_TAIL.finditer(before))
    if not subs:
        return False
    sub = subs[-1]
    clause = before[sub.end():]
    if has_tense_marker(clause):
        return False
    m = _SUBORDINATE_SUBJECT_VERB.match(s, lo + sub.end())
    if m is None or m.end() >= start:
        return False
    if m["verb"] not in _ZERO_CHANGE_PAST or m[0].split()[-1] == "their":
        return False
    if any(w.lower() in _PLURAL_AGREEING or w.lower() in _PLURAL_AGREEING_MORE
           for w in s[m.start():m.start("verb")].split()):
        return False
    return m["num"] is None or _COUNTED_OBJECT.match(s, m.start("num")) is not None


# A relative clause set off by a comma after a singular antecedent, its pronoun the subject of a
# bare irregular past (_ZERO_CHANGE_PAST) and its object, right before the date: "Boston, which beat
# it on Tuesday", "the pitcher, who hit a homer Monday" (a present would end in "-s").
_RELATIVE_BARE_PAST = re.compile(r"(?P<antecedent>[\w'’-]+),\s*(?:which|who)\s+(?P<verb>(?-i:[a-z]+))\s+"
                                 r"(?:(?:down|off|up|out|back|away)\s+)?"
                                 r"(?:it|him|her|them|us|me|the|a|an|its|his|her|their|our|\d)\b[^,;:—–()]*$")


# ... and a restrictive one, no comma, "that" too, its verb a regular past as well ("the bridge that
# collapsed in March", "the flooding that pretty much shut down the town in March"): the dated thing's own
# past, whatever the main clause's time ("The crest would top the flood that closed the road in March").
# Not "that" after a verb of saying or knowing, a conjunction ("will show that ..."; "said that closed
# schools" has a noun after the -ed word, no object or preposition).
_RELATIVE_THAT_PAST = re.compile(r"(?P<antecedent>[\w'’-]+)\s+(?:that|which|who)\s+"
                                 r"(?:(?:just|only|pretty\s+much|all\s+but|(?-i:[a-z]+ly))\s+)?"
                                 r"(?P<verb>(?-i:[a-z]+))\s+(?:(?:down|off|up|out|back|away)\s+)?"
                                 r"(?:it|him|her|them|us|me|the|a|an|its|his|her|their|our|that|this|these|those|"
                                 r"in|on|at|during|near|off|over|across|along|into|onto|from|by|outside|inside|around|"
                                 r"through|under|with|for|to|\d)\b[^,;:—–()]*$")
_NOT_RELATIVE_ANTECEDENT = frozenset("""say says said think thinks thought know knows knew believe believes show
    shows showed ensure ensures ensured claim claims mean means hope hopes so such now is are was were be been
    fact sure clear likely""".split())
_ED_NOT_VERB = frozenset("need needs seed feed speed breed bleed greed red bed wed shed".split())


def _relative_bare_past(before: str) -> bool:
    return relative_past_at(before, 0, len(before)) is not None


# An infinitive after the relative's verb ("the storm that formed on Monday to hit Texas on Friday"): the
# relative clause ended before it (a preposition "to" before a determiner does not end it).
_INFINITIVE_TAIL = re.compile(r"\bto\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|our|my|your|some|"
                              r"all)\b)[a-z]+\s")


def relative_past_at(s: str, lo: int, hi: int) -> int | None:
    """Where (in `s`) the relative pronoun of a relative clause with a past verb that runs to the end of
    s[lo:hi] opens (_RELATIVE_BARE_PAST, _RELATIVE_THAT_PAST), or None."""
    before = s[lo:hi]
    at = _relative_past_in(before)
    return None if at is None else lo + at


# The characters no match of _RELATIVE_THAT_PAST holds, and _RELATIVE_BARE_PAST only its one ",".
_RELATIVE_STOPS = ",;:—–()"


def _last_stop(text: str, hi: int) -> int:
    """Where the last of _RELATIVE_STOPS before `hi` stands in `text`, -1 if none."""
    at = -1
    for c in _RELATIVE_STOPS:
        i = text.rfind(c, 0, hi)
        if i > at:
            at = i
    return at


def _run_start(text: str, at: int, lo: int) -> int:
    """Where the run of the characters a relative's antecedent is made of (word characters, the regex's class
    read as str.isalnum and "_", apostrophes, hyphens) that ends at `at` starts, not before `lo` (`at`: none)."""
    while at > lo and ((c := text[at - 1]).isalnum() or c in "_'’-"):
        at -= 1
    return at


def _relative_that_past(before: str, lo: int) -> re.Match | None:
    """_RELATIVE_THAT_PAST.search(before, lo), the same match, found by matching only at the start of the word
    before each "that", "which" and "who" (~40,000 instructions a search, tried at every position, where the
    text holds one or two of them). A match opens with its antecedent's run of word characters, whitespace and
    the relative word, and the run, taken whole by the greedy class, leaves the rest of the match the same
    from any of its characters: so the search's leftmost match starts at the run's first character (or `lo`),
    before the first relative word whose rest matches."""
    starts = []
    for word in ("that", "which", "who"):
        at = before.find(word, lo)
        while at >= 0:
            gap = at
            while gap > lo and before[gap - 1].isspace():
                gap -= 1
            if gap < at and (start := _run_start(before, gap, lo)) < gap:
                starts.append(start)
            at = before.find(word, at + 1)
    if len(starts) > 1:
        starts.sort()
    for start in starts:
        m = _RELATIVE_THAT_PAST.match(before, start)
        if m is not None:
            return m
    return None


def _relative_past_in(before: str) -> int | None:
    # _RELATIVE_BARE_PAST (case-sensitive) needs "which" or "who", _RELATIVE_THAT_PAST one of them or "that": a text
    # without them is not searched (each search enters at every word's characters). Both run to the end
    # without a stop: a match of _RELATIVE_THAT_PAST lies after the last stop, and one of
    # _RELATIVE_BARE_PAST has its comma there and lies after the stop before it, so each is searched
    # from there (the same match: none starts before).
    which_who = "wh" in before and ("which" in before or "who" in before)
    if not which_who and "that" not in before:
        return None
    # (_RELATIVE_BARE_PAST's comma is the last stop, its antecedent the run of word characters right before it:
    # the search's one possible start, matched there; _RELATIVE_THAT_PAST's starts: _relative_that_past)
    stop = _last_stop(before, len(before))
    m = _RELATIVE_BARE_PAST.match(before, _run_start(before, stop, _last_stop(before, stop) + 1)) \
        if which_who and stop >= 0 and before[stop] == "," else None
    if m is None:
        m = _relative_that_past(before, stop + 1)
        if m is None or m["antecedent"].lower() in _NOT_RELATIVE_ANTECEDENT or \
                m["antecedent"].lower().endswith("ed"):
            return None
        verb = m["verb"]
        # "the stations that failed to open on Wednesday", "crews that managed to reach the village on Sunday":
        # an attempt's or a failure's infinitive right after it is what was (not) done, in the relative's past
        done = verb in _DONE_VERBS and before.startswith(" to ", m.end("verb"))
        if not done and _INFINITIVE_TAIL.search(before, m.end("verb")):
            return None
        if done and not has_tense_marker(before[m.end("verb") + 4:].split(None, 1)[-1]):
            return m.end("antecedent")
        if len(verb) > 4 and verb.endswith("ed") and verb not in _ED_NOT_VERB:
            return None if has_tense_marker(before[m.end("verb"):]) else m.end("antecedent")
    if m["verb"] not in _ZERO_CHANGE_PAST or has_tense_marker(before[m.end("verb"):]):
        return None
    antecedent = m["antecedent"]
    return None if antecedent.endswith("s") or antecedent.lower() in _PLURAL_AGREEING or \
        antecedent.lower() in _PLURAL_AGREEING_MORE else m.end("antecedent")


def _verdict(m: re.Match) -> str | None:
    if m["f"]:
        return "future"
    if m["n"]:
        return "present"
    return "past"


# A comma between digits ("4,000 runners") separates thousands: no clause ends there.
# A conjunction right before an -ed word, with no subject between: a reduced clause ("if needed",
# "unless waived", "once approved", "when asked"), whose participle is no finite past.
# Fronted, only a condition's or a time's conjunction lends the main clause's tense ("If elected on March 20,
# she would ..."); "though", "although", "while" and "until" tell a state or a happening already so
# ("Although postponed on March 20, the vote will be held in May": the postponement is past).
_REDUCED_OPENING = re.compile(r"\W*(?:if|unless|once|when|whenever)\s+(?:[a-z]+ly\s+)?"
                              r"[a-z]+ed\b[^,;:]*", re.IGNORECASE)
_REDUCED_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|once|when|whenever|until|though|although|while)\s+$",
                                       re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:—–()]|,(?!(?<=\d,)\d)|\s-\s")
# With no "-" in the text no end is a spaced hyphen: the pattern without that alternative opens with the class of
# the end characters, and the engine skips to the next one in C instead of entering the alternatives at every
# position (_clause_end; the same matches: test_fast_paths).
_CLAUSE_END_UNSPACED = re.compile(r"[;:—–(),](?:(?<=,)(?!(?<=\d,)\d)|(?<!,))")


def _clause_end(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """_CLAUSE_END.search(text, pos, endpos), the same match, faster in a text with no "-"."""
    rx = _CLAUSE_END if "-" in text else _CLAUSE_END_UNSPACED
    return rx.search(text, pos) if endpos is None else rx.search(text, pos, endpos)


# The cuts of a clause: ";", a dash or a bracket, a quotation mark; a comma (not before a year, "Jr",
# "Inc" or "Ltd", nor between digits); a spaced hyphen. The pattern opens with the class of their first
# characters, then each cut's own rest, told apart by that character (the firsts are apart: one rest at
# most applies), so that the engine skips to the next such character with its fast scan instead of
# trying each alternative at every position. The rests of a space, "`" and "'" open with a literal (the
# engine passes over one that does not fit after one test), the others behind one look-behind that
# turns away a space (the most common start) at once. The same matches as _CLAUSE_CUT_PLAIN
# (test_fast_paths).
_CLAUSE_CUT_PLAIN = r"[;—–()]|,(?!\s*(?:\d{4}|Jr|Inc|Ltd)\b)(?!(?<=\d,)\d)|\s-\s|``|''|[“”\"]"
_CLAUSE_CUT = re.compile(r"[;—–()“”\",\s`'](?:-(?<=\s-)\s|`(?<=``)|'(?<='')|"
                         r"(?<![\s`'])(?:(?<=,)(?!\s*(?:\d{4}|Jr|Inc|Ltd)\b)(?!(?<=\d,)\d)|(?<!,)))")
# With no spaced hyphen in the text (no "-" in most), no cut opens with a space: the same pattern with no
# space in its opening class finds the same cuts, entered at the cut characters only instead of at every space
# (~40% of _clause_start's instructions; test_fast_paths). "-" opens _SPACED_HYPHEN: a fast literal scan.
_CLAUSE_CUT_UNSPACED = re.compile(r"[;—–()“”\",`'](?:`(?<=``)|'(?<='')|"
                                  r"(?<![`'])(?:(?<=,)(?!\s*(?:\d{4}|Jr|Inc|Ltd)\b)(?!(?<=\d,)\d)|(?<!,)))")
_SPACED_HYPHEN = re.compile(r"-(?<=\s-)\s")


def _clause_cuts(text: str):
    """Exactly _CLAUSE_CUT.finditer(text), faster."""
    if "-" in text and _SPACED_HYPHEN.search(text):
        return _CLAUSE_CUT.finditer(text)
    return _CLAUSE_CUT_UNSPACED.finditer(text)


_OPEN_QUOTES = ("“", '"', "``")
_CLOSE_QUOTES = ("”", '"', "''")
# A quoted name or term just before the date, at most a preposition between ("plans a “major
# announcement” on Monday"): at most this many characters and words, no verb of its own; it does
# not end the clause as a quotation does (a verb after the term keeps the cut: "expressed a
# "willingness" to restart talks in October" is the restarting's clause). Two words with no verb may stand
# between: a name's noun and the preposition ("told NBC's ``Today'' show on Monday that she would run").
# (the second of the two a preposition, the first no conjunction: "called the offer "an insult" and on Friday will
# strike", "dubbed the plan "Operation Clean" but crews Friday will begin" open a clause of their own)
_TERM_QUOTE_CHARS = 40
_TERM_QUOTE_WORDS = 4
_CLAUSE_JOINERS = frozenset("and but or nor yet so then".split())
_TERM_PREPOSITIONS = frozenset("on at in during for from by until before after".split())
# ... or a quoted word of a noun phrase, the rest of the phrase and the preposition after it ('will submit "credible"
# reform plans on Thursday'): at most this many words before the preposition, no "to" (an infinitive opens a clause).
_TERM_NOUN_WORDS = 3


def _clause_start(before: str) -> int:
    last = 0
    prev = None  # the cut before `last`: its end and whether it opened a quote
    for m in _clause_cuts(before):
        if prev is not None and prev[2] and m[0] in _CLOSE_QUOTES:
            term = before[last:m.start()]
            if 0 < len(term) <= _TERM_QUOTE_CHARS and len(term.split()) <= _TERM_QUOTE_WORDS and \
                    (len(after := before[m.end():].split()) <= 1 or
                     2 <= len(after) <= _TERM_NOUN_WORDS + 1 and after[-1].lower() in _TERM_PREPOSITIONS and
                     not any(w.lower() in _CLAUSE_JOINERS or w.lower() == "to" for w in after[:-1]) and
                     not has_tense_marker(before[m.end():])) and \
                    not any(c in term for c in ",;:.!?") and not has_tense_marker(term):
                last, prev = prev[0], None  # the quoted term stays in the clause
                continue
        opens = m[0] in _OPEN_QUOTES and (m.start() == 0 or before[m.start() - 1].isspace())
        prev = (last, m.end(), opens)
        last = m.end()
    return last


# An aside between spaced hyphens: words, the first a letter's, no hyphen set as a dash among them.
_WORDED_ASIDE = re.compile(r"\s*[A-Za-z\"'“‘(](?:(?! - )[^\n])*")


def _own_clause(s: str, lo: int, end: int) -> str:
    """The expression's clause in s[lo:end], the text before it; an aside between
    dashes or brackets is skipped, even one that holds the previous date: in "looks to
    add a title – the first since 1985 – with a win on Sunday" the clause is "looks to
    add a title with a win on"."""
    before = s[lo:end]
    start = _clause_start(before)
    if start and before[start - 1] in "—–)":
        opener = s.rfind("(" if before[start - 1] == ")" else before[start - 1], max(0, lo - 160), lo + start - 1)
        if opener > 0:
            head = s[max(0, opener - 160):opener]
            return head[_clause_start(head):] + before[start:]
    if start > 2 and before[start - 2:start] == "- " and before[start - 3].isspace():
        # a hyphen between spaces set as a dash, the aside's closing one ("upgraded to amber - the Met's second
        # highest alert - from 6am on Wednesday"): skipped as between dashes when an opening one stands before it
        opener = s.rfind(" - ", max(0, lo - 160), lo + start - 3) + 1  # (the space before the hyphen kept)
        if opener > 1 and _WORDED_ASIDE.fullmatch(s, opener + 2, lo + start - 3) and \
                not has_tense_marker(before[start:]):
            # (an aside of words, not a range's or a score's hyphen, "opens 9 - 5 - but it closed at noon on
            # Saturday"; nor a clause of its own after it, "on Thursday - a year early - after the government
            # collapsed on Monday")
            head = s[max(0, opener - 160):opener]
            return head[_clause_start(head):] + before[start:]
    return before[start:]


_CLOCK_TAIL = re.compile(r"\b(?:(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight)"
                         r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|local\s+time))?[\s,]*)+$", re.IGNORECASE)
_SINCE_TAIL = re.compile(r"\bsince\s+the\s+$", re.IGNORECASE)
# The words _REPORTING ends with before its whitespace, lower case (and the verbs that report a view: "the minister
# suggested January is the earliest date", "analysts warned March will be worse"; each at most nine letters, as
# _ends_reporting reads; not "predicted", as often a forecast's participle: "The results predicted Monday are in").
_REPORTING_WORDS = ("said", "says", "told", "announced", "stated", "added", "noted", "reported", "confirmed",
                    "suggested", "warned", "argued", "insisted", "indicated", "signalled", "signaled",
                    "conceded", "claimed")
# "the city said Dec. 25 is a holiday": the date is the subject of the reported
# clause, whose own verb says its time; not "said Monday it will" nor "said Monday that".
_REPORTING = re.compile(rf"(?:{'|'.join(_REPORTING_WORDS)})\s+$", re.IGNORECASE)
# A copula's "that" clause opening with its date: "The allegation is that on July 31 ...".
_COPULA_THAT_FRONT = re.compile(r"\b(?:is|are|was|were)\s+that\s+(?:on|in|at|by|during|between|from)\s+$",
                                re.IGNORECASE)
# (a match is its text's last 3 words, "is that on": fastpath.search_last_words looks there only)
_OWN_VERB_AFTER = re.compile(r"\s+(?:is|are|was|were|will|would|has|had|remains?)\b", re.IGNORECASE)
# A present call of a collective action, right before its "on" and day ("calls strike on", "call a
# nationwide hartal on"; not "calls off", nor "calls the strike on Monday a success", a judgment of one
# held, nor a past "called", which may be the day of the call, nor a
# perfect "has called", which _clause_tense's perfect and the nearest such day read).
_CALLS_ACTION_ON = re.compile(r"\b(?:calls|call)\s+(?:for\s+)?(?:an?\s+)?"
                              r"(?:(?!(?:off|the|this|that|its|their|his|her|our|last)\b)[\w-]+\s+){0,3}?(?:general\s+)?(?:strikes?|hartals?|bandhs?|shutdowns?|"
                              r"protests?|rally|rallies|boycotts?|marche?s?|sit-ins?|walkouts?|demonstrations?)"
                              r"\s+on\s+$", re.IGNORECASE)
_BEFORE_TAIL = re.compile(r"\b(?:before|ahead\s+of)\s+the\s+$", re.IGNORECASE)


def _ends_reporting(before: str) -> bool:
    """Whether _REPORTING.search(before) matches. A match is one of the words ending
    where the trailing whitespace starts, so it starts at most 9 characters
    ("announced") before that: the regex is tried from there, not at every position."""
    return ends_with_word(before, _REPORTING_WORDS) and \
        _REPORTING.search(before, max(0, len(before.rstrip()) - 9)) is not None


# The end _clause_tense reads from a clause whose last characters are not ASCII (a word may fold onto one under
# re.IGNORECASE, "ſaid"): ends_with_word then says True, for the regex to decide. (Told by identity: no text is
# this string object.)
_NOT_ASCII_END = "\x00not ASCII"


def _ends_reporting_either(before: str, core: str, end: str | None) -> bool:
    """_ends_reporting(before) or _ends_reporting_that(before), from `core`, before.rstrip(), and `end`, what
    fastpath.ends_with_word(before, words) compares with `words` (read once in _clause_tense): the last 12
    characters of `core` lower-cased; None when `before` does not end with whitespace (no word ends there);
    _NOT_ASCII_END when they are not ASCII (ends_with_word then says True, for the regex to decide). Test:
    test_fast_paths."""
    if end is None:
        return False
    if end is _NOT_ASCII_END:
        return _ends_reporting(before) or _ends_reporting_that(before)
    return end.endswith(_REPORTING_WORDS) and _REPORTING.search(before, max(0, len(core) - 9)) is not None or \
        end.endswith("that") and _ends_reporting(core[:-4])


def _ends_reporting_that(before: str) -> bool:
    """Whether `before` ends with a saying and the "that" its clause opens with ("Met Éireann says that
    Thursday will be dry"), whitespace after each."""
    core = before.rstrip()
    return len(core) < len(before) and core[-4:].lower() == "that" and _ends_reporting(core[:-4])


_DIGIT = re.compile(r"\d")  # opens with a character class: a fast scan


# What the text ends with, before spaces and commas, when it ends with a clock time.
_CLOCK_ENDS = ("a.m.", "p.m.", "am", "pm", "noon", "midnight", "t", "utc", "time")


def _may_end_with_clock(text: str, core: str | None = None) -> bool:
    """A necessary condition for _CLOCK_TAIL: a clock time needs a digit, "noon" or
    "midnight", and the text ends with it (or a time zone) before spaces and commas. (The end is
    looked at first: on TimeBank it turns away 19 texts in 20, the digit search 4 in 5.) `core`:
    text.rstrip(), when the caller has it."""
    if core is None:
        core = text.rstrip()
    while core.endswith(","):
        core = core[:-1].rstrip()
    end = core[-8:]
    if end.isascii() and not end.lower().endswith(_CLOCK_ENDS):
        return False
    return _DIGIT.search(text) is not None or may_hold(text, ("noon", "midnight"))


# A past verb of lasting or having right before "until": the time allowed or the state lay
# behind ("had until June 1 to file", "were given until", "remained closed until Monday").
_PAST_UNTIL = re.compile(r"\b(?:had|lasted|remained|stayed|waited|was|were)\s+(?:(?:given|granted|allowed|open|"
                         r"closed|shut|in\s+(?:effect|place|force))\s+)?(?:until|till)\s*$", re.IGNORECASE)


# A simple past of going on right before "until" (an adverb at most between): what went on up to the day
# is over ("burned until Tuesday night", "raged until Friday", "continued until Monday", "went on until");
# not one with an object nor a passive, which may be put off ahead ("continued the case until Feb. 7", "The
# hearing was continued until Feb. 7").
_WENT_ON_UNTIL = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
                            r"\b(?:burned|burnt|raged|blazed|smou?ldered|continued|persisted|lasted|ran|went\s+on|"
                            r"dragged\s+on|carried\s+on|stretched\s+on|held\s+out|partied|danced|played|fought|"
                            r"stood|sat|slept|queued|waited|worked|rained|snowed|poured)\s+(?:[a-z]+ly\s+)?"
                            r"(?:(?:up|right)\s+)?(?:until|till)\s*$", re.IGNORECASE)


# A past perfect of "be" in the clause before "until" ("had been unbeaten until", "we'd been on a great run
# of form up until"): a state that lasted up to the day, over by now; not a plan or a putting off told in
# it ("had been postponed until", "had been expected to stay until").
_PERFECT_UNTIL = re.compile(r"\b(?:had|(?<=\w)'d)\s+been\s+(?!(?:extended|expected|scheduled|set|due|postponed|delayed|"
                            r"planned|adjourned|deferred|moved|pushed|put|suspended|given|granted|told|asked|ordered|"
                            r"allowed|closed|shut)\b)"
                            # (the state's own clause: not across "and will stay shut until")
                            r"(?:(?!(?:and|but|or|will|would|shall|can|could|may|might|must|to)\b)[\w'’-]+\s+){0,8}?"
                            r"(?:(?:up|right)\s+)?(?:until|till)\s*$",
                            re.IGNORECASE)


# A negated past before "until" ("weren't told until", "did not pass until"): what happened then is
# past; not a plan's verb or an infinitive in between ("weren't expected to return until").
_NEG_PAST_UNTIL = re.compile(r"\b(?:wasn't|weren't|didn't|hadn't|wasn’t|weren’t|didn’t|hadn’t|"
                             r"(?:was|were|did|had)\s+not)"
                             r"\s+(?:(?!(?:expected|scheduled|due|set|supposed|planned|to|be)\b)[\w'’-]+\s+|"
                             # "were not able to open them until": a past ability, not a plan
                             r"(?:able|allowed|permitted)\s+to\s+){0,6}?"
                             r"(?:until|till)\s*$", re.IGNORECASE)


# "ahead of the summit on": a happening looked ahead to, few words before its day.
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|before|in\s+the\s+run[-\s]?up\s+to)\s+(?:[\w'’-]+\s+){0,4}?$",
                              re.IGNORECASE)
# ... not when the clause that looks ahead is the reporter's own future ("The city will add buses ahead
# of the marathon on Nov. 2, when roads were closed in 2024") or the ", when" clause tells another time
# of the happening (its own year, "last year", "ago").
_WILL_BEFORE = re.compile(r"\b(?:will|shall|won't)\b|\w'll\b", re.IGNORECASE)
# ("for the last time", "one last time" are the final time, no other: see _last_is_final.)
_OTHER_TIME = re.compile(r"[^.;]*?\b(?:(?:1[89]|20)\d\d|"
                         r"(?:(?<!for\sthe\s)(?<!for\sthe\svery\s)(?<!\bone\s)last|previous|prior)\s+(?:year|time|edition)|"
                         r"ago|once|again)\b", re.IGNORECASE)
# "until Wednesday, when the clerk's office reported ...": a clause after the day telling, in the
# past, what happened on it.
_WHEN_AFTER = re.compile(r"\s*,\s*when\s+")


def _when_past_after(s: str, end: int) -> bool:
    w = _WHEN_AFTER.match(s, end)
    if w is None:
        return False
    clause = s[w.end():w.end() + 120]
    c = _clause_end(clause)
    clause = clause[:c.start()] if c else clause
    first = next((m for m in _markers(clause) if not _is_adjective(clause, m)), None)
    # Not a plan told in the past: "until Friday, when the leaders were expected to sign".
    return first is not None and _verdict(first) == "past" and not first[0].lower().endswith(("to", "to be"))


# The most words (runs between whitespace) a match of each "until" pattern above spans: its verb's (two: "went on",
# "was not"), the words it lets stand between (an adverb, "up" or "right", the object words of {0,8} or {0,6},
# "able to" two of them) and "until". Every match ends the text (its "until" and whitespace, "$"), so it starts
# in the text's last so many words: fastpath.search_last_words looks there only.
_PAST_UNTIL_WORDS = 4  # "was" "in effect" "until"
_WENT_ON_UNTIL_WORDS = 5  # "went on" "quickly" "up" "until"
_PERFECT_UNTIL_WORDS = 12  # "had been" 8 words "up" "until"
_NEG_PAST_UNTIL_WORDS = 15  # "was not" 6 times "able to" "until"


# "Until" opening the sentence ("Up until Monday, ...", "But until 5 p.m. Friday, ..."): the main
# clause after the date tells what held until then.
_FRONTED_UNTIL = re.compile(r"\W*(?:(?:and|but|yet|so)\s+)?(?:(?:up|right|at\s+least|even|only)\s+)?(?:until|till)\s*",
                            re.IGNORECASE)
# Linking verbs in the present before a participle: "remain closed", "stays shut".
_LINKING_NOW = frozenset("remain remains stay stays seem seems look looks".split())
# A saying set between commas after a fronted date: "Until Friday, officials said, ...", "..., the
# city says, ...".
_SAYING_ASIDE = re.compile(r"\s*(?:[\w'’.-]+\s+){1,4}?(?:said|says|told\s+\w+|announced|added|noted|warned)\s*,",
                           re.IGNORECASE)
# The comma that closes a fronted date (a part of the day may come first: "Until Monday night,").
_FRONT_CLOSE = re.compile(r"[^,;:.]{0,24},")


def _past_main_after(s: str, end: int) -> bool:
    """Whether the main clause after a fronted date, from the comma that closes it to the clause's
    end, tells a past first ("Until Monday, the record belonged to Boeing"; not "Until Friday, the
    store stays open late" nor "..., the store will stay open")."""
    close = _FRONT_CLOSE.match(s, end)
    if close is None:
        return False
    clause = s[close.end():close.end() + 160]
    aside = _SAYING_ASIDE.match(clause)
    if aside is not None:
        # "Until Friday, officials said, the road will stay closed": the saying is an aside; the
        # clause after it tells what holds until the day.
        clause = clause[aside.end():]
    cut = _clause_end(clause)
    clause = clause[:cut.start()] if cut else clause
    for m in _markers(clause):
        if not _is_adjective(clause, m):
            # "the lanes remain closed": a participle after a linking verb in the present is no past
            before = clause[max(0, m.start() - 9):m.start()].lower().split()
            return bool(m["p"]) and not (before and before[-1] in _LINKING_NOW)
    return False


# A state said in the present to last "through" a day ("a warning that continues through
# Tuesday", "remains closed through Monday", "stays open through Sunday"): its end lies
# ahead, as with "until"; "continued through Tuesday" is past. So is what goes on doing a thing
# through it ("the storm continues to strengthen into a major hurricane through Thursday night",
# "rain continues to fall through Friday"): a few words of the infinitive's own, no clause's stop, and
# no clause of their own ("continues to insist he was at home through Saturday night", "continue to examine what
# happened through Tuesday night": that past's day).
_PRESENT_THROUGH = re.compile(r"\b(?:continues?\s+to\s+[a-z]+(?:\s+(?!(?:was|were|had|did|what|which|who|whom|"
                              r"where|when|why|how|that|[a-z]+ed)\b)[^\s,;:.!?]+){0,6}?\s+|"
                              r"(?:continues?|remains?|lasts?|stays?|extends?|is|are|have|has)\s+"
                              r"(?:(?:open|closed|shut|valid|active|on\s+view|on\s+display|in\s+(?:effect|place|force))"
                              r"\s+)?)(?:through|thru)\s*$", re.IGNORECASE)


# "officials said the office was closed until Monday": the past of reported speech says
# what holds as it is reported; the end still lies ahead (and a day just past is found
# as for any future clause: direction.JUST_PAST_DAYS). Only in the verb's own clause:
# "the bridge, which officials said was unsafe, remained closed until Monday" is past.
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated|added|noted|reported|confirmed|warned)\b",
                              re.IGNORECASE)


# After a fronted date, the subject and a relative clause set off by commas: ", the company, which
# will report earnings next month,".
_FRONT_SUBJECT_RELATIVE = re.compile(r"\s*,\s*(?P<subject>[^,;:()\"“”]{1,60}?),\s*(?:which|who|whose)\b"
                                     r"[^,;:()—–\"“”]{1,120},")
# ... and an appositive of the subject, a noun phrase or an age, before its verb: "On Jan. 6, Edwards, a veteran
# officer, was hurt", "On Friday, Smith, 45, was arrested": the verb after it is the day's. Not a phrase that opens with
# a preposition or a conjunction (no subject: "On Monday, after a long debate, the council approved the levy, and it
# will ...", "In March, as planned, the crews began work, and ..."), nor a relative clause after the appositive ("Smith,
# 45, who will retire next year, testified", "whom prosecutors will call", "where classes will resume"), whose verb is
# the subject's or the place's.
_FRONT_SUBJECT_APPOSITIVE = re.compile(
    r"\s*,\s*(?=\S)(?!(?:after|before|despite|for|in|at|as|on|by|with|without|during|amid|under|over|from|to|of|following|"
    r"like|unlike|since|while|when|if|although|though|because|once|until|unless|according)\b)"
    r"(?P<subject>[^,;:()\"“”]{1,60}?),\s*(?:\d{1,3}|(?:an?|the|his|her|its|their|our)\s+[^,;:()—–\"“”]{1,80}?),\s*"
    r"(?=[a-z])(?!(?:which|who|whom|whose|that|where|when)\b)")
_FRONTED = re.compile(r"^\W*(?:(?:on|in|at|by|since|from|during|until|early|late|and|but|then|also|"
                      r"the|earlier|later|as\s+of|starting|beginning)\s+)*$", re.IGNORECASE)


# A court's active listing of a matter for a hearing on a day ("listed the matter for further hearing on",
# "posted the case for hearing on", "fixed the petition for final hearing on"): what is set lies ahead. Not a
# passive ("was listed for hearing on", which may tell the day gone by) nor "came up for hearing" (heard then).
_LISTED_FOR_HEARING = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
                                 r"\b(?:listed|posted|fixed|kept|adjourned|deferred|scheduled|reserved)\s+"
                                 r"(?:[\w'’-]+\s+){1,4}?for\s+(?:(?:further|final|next|fresh|detailed)\s+)?"
                                 r"(?:hearing|arguments|consideration)\s+(?:on\s+)?$", re.IGNORECASE)
# (a match spans its text's last 9 words at most, "listed", four, "for further hearing on": search_last_words)


# A court's listing of a matter on (to, till, for) a calendar day or in a month, active or passive ("posted the matter
# on April 22", "posted the case to May 4", "the petition was listed for April 22", "was kept for hearing along with
# the main petition in April"): the listing's own past says nothing of the day set, which lies ahead when it is
# still to come and gone by when the story tells the hearing held; _clause_tense reads it as a present (no time
# said, a past date before it not shared: the nearer of the day's two years). Calendar days and months only: a
# weekday stays as the clause tells it.
_COURT_NOUN = r"(?:matters?|case|cases|pleas?|petitions?|appeals?|applications?|suits?|writs?)\s+"
_COURT_LISTING_VERB = r"(?:listed|posted|kept|fixed|reserved|deferred)\s+"
_COURT_LISTED = re.compile(rf"\b(?:{_COURT_LISTING_VERB}(?:(?:the|this|that|his|her|their|its|all|a|an)\s+)?"
                           rf"(?:[\w'’-]+\s+){{0,2}}?{_COURT_NOUN}|{_COURT_NOUN}(?:[\w'’-]+\s+){{0,3}}?"
                           rf"(?:was|were|been|is|are|be)\s+(?:(?:now|also|then|again|further)\s+)?{_COURT_LISTING_VERB})"
                           r"(?:for\s+(?:(?:further|final|next|fresh|detailed)\s+)?hearing\s+)?"
                           r"(?:(?:along\s+)?with\s+(?:[\w'’-]+\s+){1,4}?)?(?:on|to|till|until|for|in)\s+$",
                           re.IGNORECASE)
# ... "on" or "in" a day only in a sentence of a court ("The university posted the job applications on April 22",
# "an appeal was posted on April 22 asking for witnesses": no listing), and no past told after the day in a clause
# joined by "but", "when" or "and" ("was listed for hearing on April 22 but the judge recused himself": the hearing
# held; a saying after a comma tells nothing of it).
_HELD_AFTER = re.compile(r"\b(?:but|when|and|where|after)\b", re.IGNORECASE)
_COURT_WORD = re.compile(r"\b(?:court|courts|judge|judges|bench|tribunal|justice|justices|magistrates?|hearing|"
                         r"registry|counsel|petitioners?|respondents?)\b", re.IGNORECASE)
_COURT_LISTED_STEMS = ("listed", "posted", "kept", "fixed", "reserved", "deferred")
_COURT_LISTED_LAST = frozenset(("on", "to", "till", "until", "for", "in"))
_CALENDAR_NAMED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?!-)",
                             re.IGNORECASE)
_WEEKDAY_NAMED = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b", re.IGNORECASE)


# A court fixing days for a stage of a case, the days right after its verb ("fixed Feb 1-3 and 14-16 for the
# hearing", "set March 5 for trial", "fixed Nov 3 for mention"): what is set lies ahead, as with "listed ... for
# hearing on". Active only (not "was fixed on March 5 for ...": the fixing's day); the days may run on in a
# range or a list before "for".
_FIXED_DAY_VERBS = frozenset(("fixed", "set", "fixes", "sets"))
_BE_BEFORE_FIXED = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?(?:fixed|set)\s+$", re.IGNORECASE)
_FIXED_FOR_HEARING_AFTER = re.compile(
    r"(?:\s*(?:[-–,]|and|to)\s*\d{1,2}\b)*\s+for\s+(?:(?:the|a|its|his|her|their)\s+)?"
    r"(?:(?:further|final|full|next|fresh|continued|continuation\s+of(?:\s+the)?)\s+)?"
    r"(?:hearing|trial|mention|sentencing|decision|judg(?:e)?ment|verdict|submissions?|case\s+management|"
    r"re-?trial|arraignment|plea)\b", re.IGNORECASE)


# "scheduled the trial to begin", "set the hearing to start on": the date the
# scheduling names lies ahead, whatever the scheduling verb's own tense.
_SCHEDULED_TO = re.compile(r"\bto\s+(?:begin|start|open|resume|reopen|take\s+place|end|close|run|be\s+held)"
                           r"(?:\s+on)?\s+$", re.IGNORECASE)
# (a match spans its text's last 4 words at most, "to take place on": fastpath.search_last_words)
# Every _SCHEDULED_TO match ends the text with one of these and whitespace (fastpath.ends_with_word):
# most clauses end otherwise, and the regex, tried at every position, is skipped.
_SCHEDULED_TO_LAST = ("begin", "start", "open", "resume", "reopen", "place", "end", "close", "run", "held", "on")
# "was scheduled to resume Monday": the schedule itself is what is past.
_WAS_SCHEDULED = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+)?(?:set|scheduled|slated|planned|fixed|booked)\b",
                            re.IGNORECASE)
# A court "continues" (puts off) a case to a day.
_CASE_CONTINUED = re.compile(r"\b(?:continued\s+(?:the|his|her|their|its)\s+(?:case|cases|hearing|trial|matter|"
                             r"arraignment|sentencing)|(?:case|hearing|trial|matter|arraignment|sentencing)\s+"
                             r"(?:was|were|has\s+been|had\s+been)\s+continued)\s+(?:to|until)\s+$", re.IGNORECASE)
# ("In the other semifinal on Friday, X faces Y" too: a fronted "in" phrase with the date at its end.)
_FRONTED_PHRASE = re.compile(r"^\W*(?:during|throughout|over|starting|beginning|in)\b[^,;:]*$", re.IGNORECASE)
# A subject and a saying verb in the present that news uses of what was said or written ("the
# judge notes", "he writes", "the group argues"), as "says" (a past word here).
_SAYS_NOW = re.compile(r"(?:[\w.'’-]+\s+){1,4}?(?:writes|notes|argues|claims|adds|tells|insists|admits|explains|"
                       r"warns|states|contends|concedes|acknowledges|asserts|maintains|reveals|confirms)\b",
                       re.IGNORECASE)
_RELATIVE = re.compile(r"\s*(?:which|when)\b", re.IGNORECASE)
_POSSESSED = re.compile(r"^\s*[\w-]+")


# "Starting Friday, the museum is open", "Beginning Saturday, voters can": what
# starts on the day is still to come, unless a past verb says otherwise.
# the word before the date, or before "this"/"on" and the date; "come" is the idiom's ("we're not going to
# see the end of it come Wednesday": when Wednesday comes)
_STARTING = ("starting", "beginning", "come")
# "by the time" and its clause, the date at its end: "by the time it winds up Wednesday", "by the time
# the storm clears Friday": a subject of a few words right before the verb (the verb's tense is read by
# the caller: a present looks ahead; not "by the time of the hearings", "by the time the store closed
# its doors Friday", "the shop shut its doors": no subject and verb, a past or a determiner before an
# object's noun).
_BY_THE_TIME = re.compile(r"\bby\s+the\s+time\s+(?!of\b)(?P<subject>(?:(?:the|a|an|its|his|her|their|this|that)\s+)?"
                          r"(?:[\w'’-]+\s+){1,3}?)(?P<verb>(?-i:[a-z]+))\s+"
                          r"(?:(?:up|out|down|off|over|in|around|through)\s+)?"
                          # a place between the verb and the day: "docks in Miami on Saturday"
                          r"(?:(?:in|at|near)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*\s+)?"
                          r"(?:(?:on|early|late)\s+)?$", re.IGNORECASE)


# A saying right before "by the time" and its clause, the date at the clause's end (no comma or stop between) ...
_SAID_BY_THE_TIME = re.compile(r"\b(?:said|says|told\s+[\w'’-]+|predicted|predicts|forecast|forecasts|warned|"
                               r"warns|expects|expected)\s+(?:that\s+)?by\s+the\s+time\s+(?!of\b)[^,;:.!?—–]{3,80}?"
                               r"\s+(?:(?:on|early|late)\s+)?$", re.IGNORECASE)
# ... and the main clause's subject and "would" right after the date (not "would not", a refusal; not "could", a past
# ability; nor a counterfactual's "would" with "without", "if", "unless", "but for", "were it not" or an inverted "had
# <subject> not" in its clause).
_BY_TIME_WOULD_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:[\w'’-]+\s+){1,3}?"
                               r"would\b(?!n['’]t|\s+not\b)(?![^,;:.!?]*\b(?:without|if|unless|but\s+for|were\s+it\s+not|"
                               r"had\s+(?:[\w'’-]+\s+){1,3}?not)\b)", re.IGNORECASE)


def _present_by_the_time(subject: str, verb: str) -> bool:
    """Whether _BY_THE_TIME's verb is a present: "-s" after its subject ("the storm clears", "it winds
    up"), or a plural subject's schedule verb ("the polls close"); not a noun after a past and its object
    ("the tornado hit homes", "reached the flats", "shut its doors")."""
    words = subject.split()
    if has_past_verb(subject) or words[-1].lower() in DETERMINERS or \
            any(w.lower() in _ZERO_CHANGE_PAST for w in words):
        return False
    if verb in _PLURAL_SCHEDULE_WORDS:
        return words[-1].endswith("s")
    return verb.endswith("s") and not verb.endswith(("ss", "us")) and verb not in ("was", "has") and \
        verb not in DETERMINERS


_PLURAL_SCHEDULE_WORDS = frozenset(w for w in SCHEDULE_PLURAL_VERBS if w.isalpha())


# A short aside in brackets right after a date's noun ("period (second half)", "quarter (Q2)"): words and figures
# only, then the clause's next word in lower case (its verb: "(Q1) rose", "(second half) is expected").
_ASIDE_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*(?P<aside>\((?:[A-Za-z0-9][\w.%/-]*\s?){1,4}\))"
                          r"(?=\s+[a-z])")


# A range that opens its clause (the sentence's start or after a comma): its opening word before the start's date,
# and all of it up to the end's date ("From July through ", ", between May and "): clause_tense.
_RANGE_OPENS_CLAUSE = re.compile(r"(?:^\W*|[,;]\s+)(?:from|between)\s+$", re.IGNORECASE)
_FRONTED_RANGE_TO = re.compile(r"(?:^\W*|[,;]\s+)(?P<open>from|between)\s+[^,;:()]{1,30}?\s*"
                               r"(?:[-–]|(?:to|through|thru|till|and)\b)\s*$", re.IGNORECASE)
# What joins a range's start to its end ("July through December", "May to June", "March-April").
_RANGE_LINK = re.compile(r"\s*(?:[-–]|(?:to|through|thru|till|and)\b)\s*", re.IGNORECASE)


# A "with" clause's expectation or schedule right before a month's preposition ("with a decision expected in June",
# "with results due in June"), nothing gone by told after the month: what is expected lies ahead, whatever the main
# clause's past. Not a weekday, counted from the main clause's day ("The committee met on Thursday, with a vote
# expected on Friday" in a Saturday paper: the Friday between), nor a relative's "with a loan that was due in June",
# nor a "with" clause told gone by after ("The storm weakened, with landfall expected in June, and it came ashore"),
# nor a bare participle ("The snow expected Monday is still on the ground", "predicted on Wednesday").
_EXPECTED_RIGHT_BEFORE = re.compile(r"\bwith\s+(?:(?!(?:that|which|who|was|were|is|are|been|had|has)\b)[\w'’-]+\s+)"
                                    r"{1,4}?(?:expected|due|scheduled|slated)\s+"
                                    r"(?:in|on|by|for)\s+(?:(?:early|late|mid)[\s-]*)?$", re.IGNORECASE)


def clause_tense(s: str, start: int, end: int, prev_end: int = 0, next_start: int | None = None) -> str | None:
    """'future', 'past', 'present' (is, are, has: no time said) or None (no marker) for the
    clause around s[start:end].

    Looks at the nearest tense marker before the expression (since the
    previous date expression), then, if none, the rest of its clause.
    Typographic apostrophes read as straight ones ("won’t", "she’ll").
    """
    if "’" in s:
        s = s.replace("’", "'")  # same length: the offsets hold
    if start and s[start - 1] == "(" and s.startswith(")", end):
        # "by 10 a.m. (Monday) it will be out": a date alone in brackets tells when within its clause,
        # whose tense is its own (the brackets cut no clause)
        s = s[:start - 1] + " " + s[start:end] + " " + s[end + 1:]
    if "(" in s[end:end + 40] and (aside := _ASIDE_AFTER.match(s, end)) is not None:
        # "the December to May period (second half) is expected to expand": a short aside in brackets with no
        # verb between the date and its clause's verb is no end of the clause (blanked: the offsets hold)
        a, b = aside.span("aside")
        s = s[:a] + " " * (b - a) + s[b:]
        if next_start is not None and a <= next_start < b:
            next_start = None  # ("(second half)", "(Q2)": a mention inside the aside ends no clause)
    if next_start is not None and next_start - end < 12 and _RANGE_LINK.fullmatch(s, end, next_start) and \
            _RANGE_OPENS_CLAUSE.search(s, max(0, start - 16), start):
        # "From July through December, the cut will ease", "..., from July through the end of 2020, the cut will
        # ease": a range that opens its clause is a fronted date, its verb after both ends (the end ends no clause)
        next_start = None
    elif prev_end and start - prev_end < 12 and (front := _FRONTED_RANGE_TO.search(s, max(0, start - 60), start)):
        # ... and its end is read so too, the range's opening word kept and its start blanked (the offsets hold)
        o = front.start("open")
        s = s[:o] + "from" + " " * (start - o - 4) + s[start:]
        prev_end = o
    tense = _clause_tense(s, start, end, prev_end, next_start)
    if tense == "past" and start > 16 and _MONTH_ALONE.fullmatch(s, start, end) and \
            _EXPECTED_RIGHT_BEFORE.search(s, max(0, start - 60), start) and not has_past_marker(s[end:]):
        # "The court heard arguments on Monday, with a decision expected in June", "posted a loss, with results due
        # in June": a reduced clause's expectation, its time ahead whatever the main clause's past
        return "future"
    lo = start - 160 if start - 160 > prev_end else prev_end  # max(prev_end, start - 160): see fastpath's note
    if s.find("the time", lo, start) >= 0 and \
            _SAID_BY_THE_TIME.search(s, lo, start) and _BY_TIME_WOULD_AFTER.match(s, end):
        # "She said by the time it got to East Anglia on Monday it would have lessened": a saying's "by the time"
        # clause, its past the saying's back-shift, before a main clause's "would": a forecast, the day ahead
        return "future"
    if tense == "past" and _payout_day(s, start, prev_end):
        # "declared a dividend payable Nov. 15 to shareholders of record on Nov. 1", "to be paid Dec. 1 to holders on
        # record by Nov. 15": a payout's days are its own schedule; the declaring verb's past says nothing of them
        tense = "present"
    if tense != "past" and _may_subordinate(s[(start - 120 if start > 120 else 0):start]) and \
            subordinate_unmarked_past(s, start):
        return "past"  # "will meet after a tornado hit the area Friday night"
    if tense == "future" and ", when" in s[end:end + 8] and _AHEAD_OF_BEFORE.search(s, max(0, start - 80), start) and \
            not _WILL_BEFORE.search(s, max(0, start - 120), start) and _when_past_after(s, end) and \
            not _OTHER_TIME.match(s, end, end + 120):
        # "tightened security ahead of the summit on Sept. 10, when leaders signed a pact": the
        # happening looked ahead to is told after its day as gone by.
        return "past"
    # (the window's words split only for the tenses that read them; the pledge's verb looked for in the words after
    # the day before its pattern, which every match ends with: fastpath.may_hold)
    if tense in (None, "present") and _starting_tail(tail := s[(start - 20 if start > 20 else 0):start].split()) and \
            not ("come" in (w.lower() for w in tail[-2:]) and _COUNTED_OFF.search(s, start, end)):
        # (not the verb "come" before a count from another happening: "The sanctions come a day after the
        # strikes", whose "come" is the news's present, not the idiom's "come Wednesday")
        return "future"
    if tense == "future" and may_hold(s[end:], _PLEDGE_WORDS) and _PAST_PLEDGE_AFTER.match(s, end) and \
            not _starting_tail(s[(start - 20 if start > 20 else 0):start].split()) and \
            not any(m["f"] for m in _markers(s[(start - 160 if start - 160 > prev_end else prev_end):start])):
        # "On Thursday, Lai vowed to resist annexation", "The minister on Friday pledged to cut taxes": a day
        # before a past vow or pledge dates the vowing, gone by (not the vowed deed after it: "vowed to strike
        # on Friday" keeps its reading)
        return "past"
    return tense


# A count from another happening (clause_tense): "a day after", "two weeks before".
_COUNTED_OFF = re.compile(r"\b(?:after|before|earlier|later)\b", re.IGNORECASE)
# A subject of a few words, then a past vow or pledge, right after a day (clause_tense): ", Lai vowed to", " pledged
# to", ", the defence minister promised to" (not a relative clause's: "the leaders who promised to ... will meet").
_PAST_PLEDGE_AFTER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s+(?:[\w.'’-]+\s+){0,5}?"
                                r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)(?:vowed|pledged|promised)\s+to\b",
                                re.IGNORECASE)
_PLEDGE_WORDS = ("vowed", "pledged", "promised")  # (one in every _PAST_PLEDGE_AFTER match: fastpath.may_hold)


# A plan told in the past passive right before its day's "for", and a clause after the day, opened by
# "but"/"and"/"yet", that tells in the past how it went (no saying: "but officials said ...").
_WAS_PLANNED_FOR = re.compile(r"\b(?:was|were)\s+(?:(?:originally|initially|also|first)\s+)?(?:scheduled|set|planned|"
                              r"slated)\s+for\s+$", re.IGNORECASE)
_PLAN_OUTCOME_OPEN = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s+(?P<conj>but|and|yet)\s+",
                                re.IGNORECASE)
# How a plan went, after "and": held, called off, put off, or the crowd it drew.
_WENT_AHEAD_OR_OFF = re.compile(r"(?:(?:it|they|then|instead|eventually|finally)\s+)*(?:(?:was|were)\s+(?:\w+ly\s+)?"
                                r"(?:called\s+off|cancell?ed|postponed|scrapped|scrubbed|delayed|rained\s+out|"
                                r"washed\s+out|held|staged|played|run|moved|put\s+off|pushed\s+back)|went\s+ahead|"
                                r"took\s+place|happened|proceeded|drew|attracted|came\s+off|fell\s+through|"
                                r"never\s+(?:happened|took\s+place|went\s+ahead))\b", re.IGNORECASE)
# ... but not a plan put off or moved: that says nothing of whether its first day is gone ("The vote was
# scheduled for Thursday and was moved to Friday", told on Wednesday: the move came first).
_PUT_OFF_OR_MOVED = re.compile(r"(?:(?:it|they|then|instead|eventually|later)\s+)*(?:was|were)\s+(?:\w+ly\s+)?"
                               r"(?:postponed|delayed|moved|put\s+off|pushed\s+back|rescheduled|deferred)\b",
                               re.IGNORECASE)
_SAYING_IN = re.compile(r"\b(?:said|says|told|announced|added|stated|confirmed|warned)\b", re.IGNORECASE)


def _plan_outcome_after(s: str, end: int) -> bool:
    """Whether a clause right after a plan's day, opened by "but"/"and"/"yet", tells in the past how it went."""
    op = _PLAN_OUTCOME_OPEN.match(s, end)
    if op is None:
        return False
    rest = s[op.end():op.end() + 80]
    rest = rest[:min((k for k in (rest.find(","), rest.find(";"), rest.find(".")) if k >= 0), default=len(rest))]
    if _PUT_OFF_OR_MOVED.match(rest):
        return False
    if op["conj"].lower() == "and" and not _WENT_AHEAD_OR_OFF.match(rest):
        # ("The concert was planned for Friday night and sold out in minutes": after "and", only a verb of
        # how the plan went tells it gone by; another past may be the run-up's)
        return False
    return has_past_marker(rest) and not _SAYING_IN.search(rest) and first_tense_is_past(rest)


def _noun_starting(before: str) -> bool:
    """Whether the words before a date end with a noun and "starting"/"beginning" ("the Test starting
    on"): a happening that starts then, not the state of a participle ("has been closed starting")."""
    tail = before[-40:].split()
    if not _starting_tail(tail):
        return False
    at = len(tail) - (1 if tail[-1].lower() in _STARTING else 2)
    head = tail[at - 1].lower() if at > 0 else ""
    return bool(head) and not head.endswith("ed") and head not in _PARTICIPLES and head not in _ZERO_CHANGE_PAST


def _starting_tail(tail: list[str]) -> bool:
    """Whether the words before a date end with "starting" or "beginning" ("starting on", "beginning this")."""
    return bool(tail) and (tail[-1].lower() in _STARTING or
                           len(tail) > 1 and tail[-1].lower() in ("this", "on") and tail[-2].lower() in _STARTING)


# A "since" phrase with no verb that ends with its date ("since the introduction of a security law in
# June,", "Since the start of the war in February, prices have"): what the text counts from is gone
# by, whatever the main clause's tense. Not a causal "since" with a verb ("since the vote takes place
# in June") nor one whose clause goes on after the date ("Since the vote in June will decide ...").
_SINCE_NOUN_PHRASE = re.compile(r"\b[Ss]ince\s+(?:the|a|an|his|her|its|their|our|this|that)\s+[^,;:()]*?"
                                r"\b(?:in|on)\s+$")
_PHRASE_CLOSED_AFTER = re.compile(r"(?:,?\s+\d{4})?\s*(?:[,.;:)]|$)")


def _since_phrase_past(s: str, whole_before: str, end: int) -> bool:
    """Whether the date closes a verbless "since" phrase (_SINCE_NOUN_PHRASE)."""
    at = max(whole_before.rfind("since "), whole_before.rfind("Since "))
    m = _SINCE_NOUN_PHRASE.match(whole_before, at)
    return m is not None and not has_tense_marker(whole_before[at + 6:]) and \
        _PHRASE_CLOSED_AFTER.match(s, end) is not None


# A modal of opinion with a generic subject: "one would think", "you might imagine", "many would
# assume". It tells no future: the clause after it has its own tense.
_OPINION_MODAL = re.compile(r"(?:would|might|could)\s+(?:have\s+)?(?:think|thought|imagine|imagined|assume|"
                            r"assumed|suppose|supposed|guess|guessed)\b", re.IGNORECASE)
_GENERIC_SUBJECT_BEFORE = re.compile(r"\b(?:one|you|we|many|most|some|people)\s+$", re.IGNORECASE)


def _no_marker(text: str, clause: str, clause_marked: bool) -> bool:
    """Whether `text` holds no tense marker, told by `clause_marked` (whether `clause` holds one)
    when it is the same text."""
    return not clause_marked if text == clause else next(_markers(text), None) is None
# What a present copula shows: a count or its figures ("Here are the results", "Below are data").
_TALLY_AFTER = re.compile(r"\s+(?:the\s+|our\s+)?(?:(?:latest|preliminary|partial|unofficial|official|final)\s+)?"
                          r"(?:data|results|figures|numbers|tall(?:y|ies)|counts?|totals|returns|standings)\b",
                          re.IGNORECASE)
# ... but not figures still to be reached or given ("the totals we must reach by Friday", "the results to
# be released by Friday", "the numbers needed by Friday").
_TALLY_AHEAD = re.compile(r"\b(?:to|must|need|needs|needed|should|will|would|shall|can|could|due|expected)\b",
                          re.IGNORECASE)


# A fixture's present "comes (on)" right before its day (_clause_tense): "The game of the weekend comes on".
_COMES = ("comes", "come")
_FIXTURE_COMES = re.compile(r"\b(?:games?|match|clash|derby|fixture|tie|finals?|semi-?finals?|showdown|decider|rematch|"
                            r"kick-?off|bout|fight|race)\b[^.;:!?,]{0,60}?\b(?:comes|come)\s+(?:on\s+)?$",
                            re.IGNORECASE)
# A present "comes (N days) ahead of / before" the happening whose day follows ("The visit comes two days ahead of
# the summit on Friday", "comes before the vote on Sunday"): the news's own time comes first, what it precedes is
# ahead (not "came", nor "comes after": "The move comes after losses on Tuesday" is gone by; nor a day in the
# subject before "comes", "The attack on Monday comes two days ahead of the talks": the news's own happening, gone by
# as often as ahead)
_COMES_AHEAD_BEFORE = re.compile(r"\b(?:comes|come)\s+(?:(?:just|only|some|about|nearly|almost|more\s+than)\s+)?"
                                 r"(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+)?"
                                 r"(?:days?|weeks?|hours?)\s+)?(?:ahead\s+of|before)\s+(?:(?![a-z]+ed\s)[\w'’-]+\s+){1,4}?"
                                 r"(?:(?:on|this|next)\s+)?$", re.IGNORECASE)
# The words right before a payout's day (clause_tense): "payable (on)", "to be paid (on)", "(holders) of/on record
# (on/as of/by)", "ex-dividend (on)".
_PAYOUT_TAIL = re.compile(r"\b(?:payable|to\s+be\s+paid|(?:of|on)\s+record|ex-dividend)(?:\s+(?:on|as\s+of|by))?\s+$",
                          re.IGNORECASE)


# The words a _PAYOUT_TAIL match ends with before its whitespace (fastpath.ends_with_word): the regex, tried at
# every position of its window, only when the window ends with one.
_PAYOUT_LAST_WORDS = ("payable", "paid", "record", "dividend", "on", "of", "by")
# ... and the words every match holds (fastpath.may_hold): "payable", "to be paid", "of/on record", "ex-dividend".
_PAYOUT_WORDS = ("payable", "paid", "record", "dividend")


def _payout_day(s: str, start: int, prev_end: int) -> bool:
    """Is the day at `start` a payout's calendar day ("Nov. 15", not a weekday: "went ex-dividend on Friday" keeps its
    past), right after "payable", "to be paid" or "of record"?"""
    lo = start - 40 if start - 40 > prev_end else prev_end
    window = s[lo:start]
    # (every _PAYOUT_TAIL match holds one of _PAYOUT_WORDS: the regex, entered at each of the window's positions
    # (~40), only when the window holds one)
    return ends_with_word(window, _PAYOUT_LAST_WORDS) and may_hold(window, _PAYOUT_WORDS) and \
        _PAYOUT_TAIL.search(s, lo, start) is not None and \
        any(c.isdigit() for c in s[start:start + 16]) and _WEEKDAY_IN.search(s, start, start + 12) is None


def _clause_tense(s: str, start: int, end: int, prev_end: int, next_start: int | None) -> str | None:
    lo = start - 160 if start - 160 > prev_end else prev_end  # max(prev_end, start - 160): see fastpath's note
    whole_before = s[lo:start]
    # "until 5 p.m. EST Nov. 9", "by noon Friday": the clock time says nothing of the day.
    # (whole_before.rstrip(), read once: _may_end_with_clock's and ends_with_word(whole_before, ("the",))'s below)
    whole_core = whole_before.rstrip()
    clock = _CLOCK_TAIL.search(whole_before) if _may_end_with_clock(whole_before, whole_core) else None
    tail_end = clock.start() if clock else len(whole_before)
    tail = whole_before[(tail_end - 12 if tail_end > 12 else 0):tail_end].split()
    last_word = tail[-1].lower() if tail else ""
    if last_word in ("since", "ago"):
        return "past"
    if (last_word in _COMES or last_word == "on" and len(tail) > 1 and tail[-2].lower() in _COMES) and \
            _FIXTURE_COMES.search(whole_before):
        # "The game of the weekend comes on Sunday afternoon", "The derby comes Saturday": a fixture's
        # present "comes" on its day tells of the coming one, as "is on Sunday" does
        return "present"
    # (the test looks at the words before the day only: the sentence may be a pasted table's thousands of dates)
    if "come" in s[(start - 120 if start > 120 else 0):start] and \
            _COMES_AHEAD_BEFORE.search(s, start - 120 if start > 120 else 0, start):
        return "future"  # "The visit comes two days ahead of the summit on Friday": what the news's now precedes
    if ("since " in whole_before or "Since " in whole_before) and _since_phrase_past(s, whole_before, end):
        return "past"  # "especially since the introduction of the law in June, activists have been"
    if last_word in ("until", "till"):
        upto = whole_before[:clock.start()] if clock else whole_before
        held = search_last_words(_PAST_UNTIL, upto, _PAST_UNTIL_WORDS)
        clause = max(whole_before.rfind(",", 0, held.start()), whole_before.rfind(";", 0, held.start())) + 1 \
            if held else 0
        if held and not _REPORTED_BEFORE.search(whole_before, clause, held.start()):
            return "past"  # "had until June 1 to file", "remained closed until Monday": what lasted is past
        if search_last_words(_WENT_ON_UNTIL, upto, _WENT_ON_UNTIL_WORDS):
            return "past"  # "The fire burned until Tuesday night", "The protest went on until Friday": it lasted, over
        if search_last_words(_PERFECT_UNTIL, upto, _PERFECT_UNTIL_WORDS):
            return "past"  # "we'd been on a great run of form up until Saturday": a past perfect's state, over
        neg = search_last_words(_NEG_PAST_UNTIL, upto, _NEG_PAST_UNTIL_WORDS)
        if neg and not _REPORTED_BEFORE.search(whole_before, 0, neg.start()):
            return "past"  # "Players weren't told until Thursday": it happened then, not before
        if _when_past_after(s, end):
            return "past"  # "appeared headed to voters until Wednesday, when the clerk reported ...": it ended then
        if lo == 0 and _FRONTED_UNTIL.fullmatch(upto) and \
                _past_main_after(s, end):
            return "past"  # "Up until Monday, the order was the largest ever": what held until then is past
        return "future"  # "a warning until Wednesday": the end lies ahead
    if "the time" in whole_before and (by_time := _BY_THE_TIME.search(whole_before)) and \
            _present_by_the_time(by_time["subject"], by_time["verb"]):
        # "Snow totals by the time it winds up Wednesday were expected to ...": a present there is ahead
        return "future"
    if last_word in ("through", "thru") and _PRESENT_THROUGH.search(whole_before[:clock.start()] if clock
                                                                      else whole_before):
        return "future"  # "a warning that continues through Tuesday": the end lies ahead
    # ends_with_word(whole_before, ("the",)), its lines on the rstrip() read above (test_fast_paths)
    the_end = whole_core[-12:]
    ends_with_the = len(whole_core) < len(whole_before) and (not the_end.isascii() or the_end.lower().endswith("the"))
    if ends_with_the and _SINCE_TAIL.search(whole_before):
        return "past"  # "his first veto since the March 3 swearing-in"
    if ends_with_the and _BEFORE_TAIL.search(whole_before):
        # "made their final pitch before the Nov. 5 vote": the clause's tense
        # is the pitch's; the date it is before may lie either side of today.
        return None
    # Only the expression's own clause: "directors authorized a split,
    # payable Dec. 7" -- "authorized" says nothing about Dec. 7.
    before = _own_clause(s, lo, start)
    if ("which " in before or "who " in before or "that " in before) and _relative_bare_past(whole_before):
        return "past"  # "the team will face Boston, which beat it on Tuesday": the relative clause's past
    # The clause's end, read once for the tests of its last word below (_ends_reporting, _ends_reporting_that and
    # ends_with_word(before, _SCHEDULED_TO_LAST) each stripped and lower-cased it again): `before_end` is what
    # ends_with_word compares (see _ends_reporting_either; the same lines as ends_with_word's, test_fast_paths).
    core = before.rstrip()
    if len(core) == len(before):
        before_end = None
    else:
        before_end = core[-12:]
        before_end = before_end.lower() if before_end.isascii() else _NOT_ASCII_END
    if _ends_reporting_either(before, core, before_end) and _OWN_VERB_AFTER.match(s, end):
        before = ""  # the reported clause's verb, after the date, decides
        before_end = None
    if "that " in before and search_last_words(_COPULA_THAT_FRONT, before, 3):
        # "The charge is that on July 31 he stole a car": the copula only names the clause; the clause's
        # own verb, after its fronted date, decides
        before = ""
        before_end = None
    if last_word == "for" and _WAS_PLANNED_FOR.search(before) and _plan_outcome_after(s, end):
        # "The game was scheduled for Saturday but was rained out", "The launch was planned for Monday and
        # went ahead": a plan told in the past with how it went after it is gone by
        return "past"
    if last_word == "for" and _SCHEDULING.search(before):
        return "future"  # "set a hearing for Feb. 6"
    if last_word == "on" and "all" in before and _CALLS_ACTION_ON.search(before):
        # "Union calls strike on Sunday", "Unions call a nationwide shutdown on Monday": a present call
        # of a collective action names the day it is to take place, still ahead.
        return "future"
    if last_word in _FIXED_DAY_VERBS and (fixed := _FIXED_FOR_HEARING_AFTER.match(s, end)) and \
            not _BE_BEFORE_FIXED.search(whole_before) and not _plan_outcome_after(s, fixed.end()):
        return "future"  # "The judge fixed Feb 1-3 for the hearing", "set March 5 for trial": the days set lie ahead
    if last_word in ("on", "hearing", "arguments") and "for " in before and \
            search_last_words(_LISTED_FOR_HEARING, before, 9):
        return "future"  # "The court listed the matter for further hearing on April 7": the hearing is set ahead
    if "be " in whole_before and "that " in whole_before and _MANDATE_BE.search(whole_before):
        return "future"  # "ordered that the files be released by Nov. 10": what the order says must be done
    if last_word in ("from", "of") and _moved_aside_then_past(s, whole_before, end):
        # "The game, moved from (its original date of) Saturday, was played on Monday": the move told in an
        # aside, the main clause past: the day it was moved from is gone by, as the happening itself
        return "past"
    if last_word in ("to", "from", "through", "until", "for") and _extended(before) and (
            last_word != "through" or _EXTENDED_THROUGH.search(before)):
        # "the offer was extended to Nov. 20", "loans extended through January",
        # "the concert was moved from Saturday to Friday", "rescheduled the trial
        # for May 25": the dates lie ahead.
        return "future"
    if last_word == "of" and "from " in before and _FROM_ORIGINAL_DATE_OF.search(before) and _extended(before):
        # "a meeting moved forward from its original date of Monday", "postponed from the scheduled date of
        # March 3": as "moved from Monday", the day it was set for lies ahead.
        return "future"
    if last_word == "to" and _TO_MOVE.search(before) and s[end - 2:end] not in ("'s", "’s"):
        return "future"  # "decided to move the game to Tuesday": as "moved to Tuesday"
    if last_word == "to" and "set " in before and (set_to := _SET_TO.search(before)) and \
            not set_to["had"] and not has_past_marker(s[end:]):
        # "A judge has set the trial to March 4": as "set the trial for March 4", the day set ahead; not one told gone
        # by after it ("..., when he was convicted", "..., and the measure passed 5-2"), nor set in a past perfect
        # ("had set the deadline to March 4, which passed")
        return "future"
    if last_word in ("to", "until") and "ontinued" in before and _CASE_CONTINUED.search(before):
        return "future"  # "the judge continued the case to Feb. 7": put off to a day ahead
    # (ends_with_word(before, _SCHEDULED_TO_LAST), from the before_end read above)
    if before_end is not None and (before_end is _NOT_ASCII_END or before_end.endswith(_SCHEDULED_TO_LAST)) and \
            search_last_words(_SCHEDULED_TO, before, 4) and \
            _SCHEDULING.search(before) and not _WAS_SCHEDULED.search(before):
        return "future"  # "the court scheduled jury selection to begin Feb. 10"
    if last_word in _COURT_LISTED_LAST and may_hold(before, _COURT_LISTED_STEMS) and \
            _COURT_LISTED.search(before[-160:]) and _CALENDAR_NAMED.search(s, start, end) and \
            not _WEEKDAY_NAMED.search(s, start, end) and (last_word not in ("on", "in") or _COURT_WORD.search(s)) and \
            not ((held := _HELD_AFTER.search(s, end)) and has_past_marker(s[held.end():])):
        return "present"  # "posted the matter on April 22", "was listed for April 22": the day set, no time said
    # The clause's markers, found once: _clause_back asks whether it holds any, and the loop below reads
    # them all when the clause stays as it is (as it mostly does; a clause read further back or cut at a
    # "where" is scanned anew).
    found = list(_markers(before))
    # (a clause with a marker has a verb: _clause_back returns None for it first thing, not called for it here)
    longer = None if found else _clause_back(s, lo, start, prev_end, before, False)
    if longer is not None:
        before = longer
        found = None
    if "where " in before:
        *_, where = (None, *_WHERE_OPENS.finditer(before))  # the last "where", the nearest the date
        if where is not None:
            # "ease tensions in the region where the two sides in June had their deadliest clash": a
            # relative "where" opens the date's own clause; the verbs before it are the noun's clause's.
            before = before[where.end():]
            found = None
    last = None
    # Whether the clause read here holds any marker (an adjective's too): the checks further down that
    # ask it of the same clause (`own` below) take it from here instead of scanning the clause again.
    marked = False
    for m in _markers(before) if found is None else found:
        marked = True
        if _is_adjective(before, m):
            continue
        # (the marker's future group and text read once: each read of a group makes a new string)
        fut = m["f"]
        marker = m[0]
        if fut and ("ould" in marker or "ight" in marker):
            if _OPINION_MODAL.match(before, m.start()) and \
                    _GENERIC_SUBJECT_BEFORE.search(before, max(0, m.start() - 8), m.start()):
                continue  # "One would think that Friday's rain would have ...": an opinion, no future
        if lo == 0 and m["p"] and _REDUCED_OPENING.fullmatch(before) is not None and \
                _REDUCED_CONDITION_BEFORE.search(before, max(0, m.start() - 12), m.start()):
            # "If elected on March 20, she would ...": a fronted reduced clause's participle (_fronted below)
            continue
        if fut and last is not None and last["p"] and plan_object_of_past(before, m.start()):
            continue  # "approved plans to build a stadium on Thursday": the approval's past, not a plan's future
        if marker.lower() == "ahead of" and not before[m.end():].strip() and \
                _COUNT_BEFORE.search(before, max(0, m.start() - 24), m.start()) and \
                not _WEEKDAY_IN.search(s, start, end):
            # "hired workers a week ahead of Christmas": a count, as "a week before"; the clause's tense
            # (not a weekday's: "arrived two days ahead of Saturday's final" is the coming one)
            continue
        if fut and "took" in before and (took := _IT_TOOK_FOR.search(before, 0, m.start())):
            # "All it took was a search for nine students to be found ... Friday", "... one phone call for the
            # meeting to be canceled Friday": what it took came about, in the taking's past (a noun's "call for"
            # between is no plan)
            last = _TENSE.match(before, took.start() + took[0].index("took")) or last
            continue
        if last is not None and last["f"] and _dated_participle(before, last, m):
            last = m  # "Police will name the man killed Monday": the participle's own day, gone by
            continue
        if last is not None and last["f"] and (_is_generic_ed(m) and not _after_subject(before, m) or
                                                     m["n"] or
                                                     (m["p"] and not before[last.end():m.start()].strip()) or
                                                     _noun_participle_after_future(before, last, m)):
            # "has promised to rebuild damaged schools", "is scheduled to meet", "elections
            # to be held": still future
            continue
        last = m
    # (the last marker's text lower-cased, read once for the tests below: most clauses reach three of them)
    last_low = last[0].lower() if last is not None else ""
    if last is not None and last["f"] and last[0][:4].lower() in ("call", "fore", "pred") and \
            last_word in ("after", "following", "amid", "over") and s[end - 2:end] in ("'s", "’s"):
        # "officials are calling for calm after Sunday's shooting", "experts are predicting a rebound
        # after Monday's crash": the call under way looks ahead, not the happening that set it off.
        return None
    # Only "by": a hurry "before" a day ("raced to restore power before Friday, when temperatures
    # are forecast to plunge") readies for what lies ahead.
    if last_word == "by" and last is not None and last_low in _DONE_VERBS and \
            _INFINITIVE_AFTER_PAST.match(before, last.end()):
        # "firefighters managed to contain half the blaze by late Sunday", "rescuers tried to reach
        # the village by Sunday night": the attempt is told as past, its deadline with it.
        return "past"
    if last is not None and last_low == "ahead of" and _HAD_PERFECT.search(before, 0, last.start()):
        # "the votes had not been counted ahead of Friday's meeting": a past perfect sets the
        # day it was before in the past.
        return "past"
    by_pending = False
    if last_word == "by" and _WITH_DONE_BY.fullmatch(before) and _past_main_after(s, end):
        # "With half of his sentence served by March 21, he was eligible", "ruled that with the dam
        # finished by May 2, the town was safe": a "with" phrase opening its clause, its participle's
        # "by" day told as reached, takes the main clause's past after its comma (not a deadline ahead:
        # "With the work done by May 2, the plant will open").
        return "past"
    if last_word == "by" and last is not None and last_low in ("are", "is") and \
            (tally := _TALLY_AFTER.match(before, last.end())) and not _TALLY_AHEAD.search(before, tally.end()):
        # "Here are the results from 300 stations by Saturday night": a count shown as it stood on a
        # day, gone by (not "The results are due by Saturday": a deadline ahead).
        return "past"
    if last_word == "by" and not _PERFECT_PAST.search(before):
        # "asked it to respond by Oct. 31", "to pay down the loan by February":
        # a deadline ahead, unless the clause says it is past.
        if last is None:
            by_pending = True
        elif _INFINITIVE.search(before, last.end()) or _verdict(last) == "present" or \
                _DEMANDED.match(before, last.start()) and not _AMOUNT_AFTER.match(before, last.end()):
            # ... and "proposed the removal of the troops by March 15": what a past proposal or
            # demand asks for by a day is done after it, as an asking's infinitive is.
            return "future"
    if last_word == "before" and last is not None and s[end - 2:end] in ("'s", "’s") and \
            last_low in _HELD_BACK and _match_ahead(s, end):
        # "rested five regulars before Tuesday's semifinal": a side held back for a match still to come.
        return "future"
    if last_word == "before" and last is not None and s[end - 2:end] not in ("'s", "’s") and \
            not _PERFECT_PAST.search(before) and (_INFINITIVE.search(before, last.end()) or
                                                  _verdict(last) == "present" or
                                                  _WISH_BEFORE.search(before, 0, last.start()) is not None):
        # "residents are urged to leave before Tuesday", "has to pay before Friday": a
        # deadline ahead, as with "by" (not "warms up before Tuesday's game": the event's day).
        return "future"
    if last is not None and last["n"] and last_low in ("has", "have") and \
            last_word not in _NOT_PERFECT_LAST and not _noun_starting(whole_before) and \
            _BEEN_PERFECT.match(before, last.end()):
        # "has been busy campaigning in Ohio on Monday", "Crews have been at the site on Tuesday": a
        # perfect tells what is gone by, never a day ahead (not "has been set for", "has been ordered to
        # appear on", "has been preparing for Sunday's final": a plan, an infinitive, a day readied for;
        # nor a noun's happening that starts on the day, "has been ruled out of the Test starting on
        # Saturday": its own reduced clause, read after the perfect as after a present, below).
        return "past"
    if last is not None:
        # (the main clause's "would", matched at one place, asked before the "if" clauses are looked for, each
        # word start of the clause tried: ~5,000 instructions against ~40,000 where no "would" follows, most)
        if last["p"] and "f " in before and (would := _WOULD_MAIN_AFTER.match(s, end)) and \
                (cond := _last_if_condition(before)) is not None and \
                cond < last.start() and not _IF_PASSIVE_DONE.search(before, cond) and \
                not _INFERRED_NOW.match(s, would.end()):
            # "If the demands were not met by Sunday, the workers would strike": a past form in a
            # hypothetical "if" clause whose main clause says "would" (not "would have") is no past;
            # not an inference from what may already be done ("If the letter was sent on Friday, it
            # would be here by now", "If the package was mailed on Monday, it would arrive by Thursday").
            return "future"
        if last_low in _ASKING_VERBS and _INFINITIVE_AFTER_PAST.match(before, last.end()):
            # "asked the king to dissolve parliament on May 30": the date is the
            # infinitive's, after the asking; which side of today the text does not say.
            return None
        if not last["f"] and not last["n"] and _MONTH_ALONE.fullmatch(s, start, end) and \
                _PLAN_INFINITIVE_AFTER_PAST.match(before, last.start()) and not has_past_marker(s[end:]):
            return None  # "approved a plan to reopen schools in September": the plan's, as after an asking
        if last_low in _PROMPTING_VERBS and (last_word in _STARTING or last_word == "for") and \
                _INFINITIVE_AFTER_PAST.match(before, last.end()):
            return None  # "have prompted the airline to cut flights beginning Wednesday": as after an asking
        return _verdict(last)
    own = before
    before = whole_before
    hi = len(s) if next_start is None else next_start
    if end + 160 < hi:  # hi = min(hi, end + 160): see fastpath's note
        hi = end + 160
    after = s[end:hi]
    if s[end - 2:end] in ("'s", "’s"):
        # "as of Friday's close": the word after a possessive date is its noun, not a verb.
        after = _POSSESSED.sub(" ", after, count=1)
    # "At 6 a.m. Friday, the rocket will launch": a clock time does not stop a fronted date.
    fronted = _FRONTED.match(before[:clock.start()] if clock else before) or (
        # "During his trip from Sunday, he plans to": a fronted phrase with no verb of
        # its own takes the main clause's tense.
        lo == 0 and _FRONTED_PHRASE.match(before) and _no_marker(before, own, marked)) or (
        # "According to the agency, as of June 30, the bank was": a fronted date after
        # an opening phrase with no verb.
        lo == 0 and own.strip() and not clock and _FRONTED.match(own) and _no_marker(before, own, marked)) or (
        # "The runner is the champion, and in April, he ran ...": a date fronted in the next
        # coordinated clause belongs to that clause's verb, after the comma.
        own and _CONJOINED_FRONT.fullmatch(own) is not None and after.startswith(",")) or (
        # "If elected on March 20, she would take office": a fronted reduced clause (a conjunction and
        # a participle, no subject) takes the main clause's tense, after its comma.
        lo == 0 and _REDUCED_OPENING.fullmatch(before) is not None)
    if not fronted:
        # Mid-sentence expression: only its own clause counts.
        c = _clause_end(after)
        if c and c[0] == "," and _RELATIVE.match(after, c.end()):
            # "including the drug's patent in October, which will expire": a
            # relative clause right after the date tells the dated thing's time.
            c = _clause_end(after, c.end())
        if c:
            after = after[:c.start()]
    else:
        rel = _FRONT_SUBJECT_RELATIVE.match(s, end) if "wh" in s[end:end + 80] else None
        if rel is None and (rel := _FRONT_SUBJECT_APPOSITIVE.match(s, end)) is not None and \
                next_start is not None and next_start < rel.end():
            rel = None  # ("the senator, a candidate in the June 4 primary, dropped out": its own date, its own time)
        if rel is not None:
            # "On Tuesday, the company, which will report earnings next month, said ...": the relative
            # clause tells the subject's time, the main verb after it the day's (past it even when the
            # relative clause holds the next date); an appositive tells none.
            after = rel["subject"] + " " + s[rel.end():rel.end() + 160]
        after = after.lstrip(" ,")
        c = _clause_end(after)
        if c:
            c2 = _clause_end(after, c.end())
            after = after[:c2.start()] if c2 else after
    if fronted and lo == 0 and _FRONTED_PHRASE.match(before) and _SAYS_NOW.match(after):
        # "In his ruling on Friday, the judge notes that the law is unclear": a saying told in
        # the present, as "says" is, tells of a text or a speech given; the marker after it is
        # what was said, not the main clause's time.
        return "past"
    # After the expression the first marker decides, except that an -ed
    # participle ("trucks loaded with fruit will be climbing") gives way to
    # a modal later in the clause.
    first = None
    between_past = False
    for m in _markers(after):
        if _is_adjective(after, m):
            continue
        if first is None and m["p"] and _REDUCED_CONDITION_BEFORE.search(after, max(0, m.start() - 12),
                                                                               m.start()) and \
                m[0].lower().endswith("ed"):
            # "with a runoff on March 20 if needed", "a recount on Friday unless waived": the participle of
            # a reduced clause (no subject, no finite verb) tells no time; the clause's tense is read as
            # if it were not there.
            continue
        if first is None:
            first = m
            if m["f"] or not m[0].lower().endswith("ed"):
                break
        elif m["strong"]:
            if _DAY_OPENS_SENTENCE.fullmatch(s, 0, start) is None and \
                    _ZERO_THAT_SUBJECT.fullmatch(after, first.end(), m.start()) and \
                    not after[:first.start()].strip(" ,") and \
                    _clause_end(after, first.end(), m.start()) is None:
                # "The leaders on Wednesday expressed confidence they will prevail", "The mayor on Monday
                # warned it would rain": a day between its subject and an -ed verb right after it, and a
                # pronoun right before the modal that opens a reported clause with no "that": the -ed verb
                # is the finite past one (a participle's phrase has no subject of its own: "trucks loaded
                # with fruit will be climbing"; nor is a fronted day's: "On Monday, once approved it will").
                break
            if fronted and (_PRONOUN_BETWEEN.fullmatch(after, first.end(), m.start()) or
                            (first[0].lower() in _TELLING_ED and
                             _OBJECT_PRONOUN_BETWEEN.fullmatch(after, first.end(), m.start()) or
                             first[0].lower() in _SAYING_ED and
                             _NOUN_SUBJECT_BETWEEN.fullmatch(after, first.end(), m.start()) or
                             _AND_PRONOUN_BETWEEN.fullmatch(after, first.end(), m.start())) and
                            not has_tense_marker(after[first.end():m.start()])) and \
                    after[:first.start()].strip() and _clause_end(after, 0, m.start()) is None and \
                    not _SUBORDINATE_OPENER.search(after, 0, first.start()) and \
                    _FRONT_SUBJECT_WORDS.fullmatch(after, 0, first.start()) and \
                    any(not w.lower().endswith("ly") for w in after[:first.start()].split()):
                # "On Monday, longtime coach Jan Barker announced she would retire": the same after a
                # fronted day and its subject, a few words with no verb or clause of their own (not "On
                # Monday, once approved it will", "On Friday, fully rested they will": a participle's
                # phrase has no subject, an adverb at most; the pronoun right after the -ed verb: in "On
                # Saturday, fans dressed in red say they will" the -ed word is the subject's participle).
                break
            if (_COMPLEMENT.search(after, first.start(), m.start()) or
                    first[0].lower() in _TELLING_THAT and
                    _TELLING_THAT_AFTER.match(after, first.end(), m.start())) and \
                    (between_past or not _SUBORDINATE_OPENER.search(after, 0, first.start())):
                # "On Wednesday, the Fed paused its rises but warned that rates might rise": the
                # modal is the reported clause's; the -ed verb before it is the finite past one
                # (not "lawmakers who argued that taxes should fall will vote": the -ed verb is a
                # relative clause's, the modal after it the main one's, unless a past verb comes
                # between: "lawmakers who voted that day said they would").
                break
            if not _SUBORDINATE_OPENER.search(after, 0, first.start()) and \
                    _RESTRICTIVE_BEFORE_MODAL.search(after, first.end(), m.start()) and \
                    _clause_end(after, first.end(), m.start()) is None and \
                    _MODAL_WORD.search(after, m.end()) is None:
                # "On Tuesday, the council approved a plan that will raise fares": the modal is a
                # relative clause's, whose pronoun is its subject, about the object; the -ed verb
                # before it is the finite past one.
                break
            if fronted and not _SUBORDINATE_OPENER.search(after, 0, first.start()) and \
                    _OBJECT_AFTER.match(after, first.end()) and \
                    _opened_subject_before(after, first.end(), m.start()) and \
                    _MODAL_WORD.search(after, m.end()) is None and _FINITE_NEXT.match(after, m.end()) is None:
                # "In August, the judge denied a request ... out of concerns that publicity would make
                # ...", "In July, the board rejected the plan because it would ...": the -ed verb with
                # its object is the finite past one; the modal is a later clause's, which a
                # conjunction opens with a subject of its own.
                break
            rel = None
            for found in _RELATIVE_AFTER_COMMA_OPEN.finditer(after, first.end(), m.start()):
                rel = found
            if rel is not None and not _SUBORDINATE_OPENER.search(after, 0, first.start()) and \
                    _clause_end(after, rel.end(), m.start()) is None:
                # "The board on Thursday approved the merger, which will create ...": the modal is a
                # relative clause's, about the object; the -ed verb before it is the finite past one.
                break
            return "future"
        elif _verdict(m) == "past":
            between_past = True
    if first is not None:
        if fronted and first["n"] and first[0].lower() in _FRONTED_SCHEDULE_PRESENT and \
                before.strip().lower() in ("", "on") and not _SUBORDINATE_OPENER.search(after, 0, first.start()) \
                and not _THAT_WORD.search(after, 0, first.start()):
            return "future"  # "On Monday, the council, which has 12 members, votes on the budget": a schedule
        if first["n"] and _GONE_BY_PREDICATE.match(after, first.start()):
            return "past"  # "the deadline Friday night is now long past", "Tuesday's deadline has passed"
        return _verdict(first)
    if by_pending:
        return "future"
    if not fronted and own and (_HEDGED_ADJUNCT.match(own) or _LISTING_ADJUNCT.match(own)):
        # "The court will rule soon, possibly Friday": a trailing phrase with no verb of
        # its own adds to the clause before the comma and takes its tense.
        head = whole_before[:len(whole_before) - len(own)]
        if head.endswith(",") and whole_before.endswith(own):
            last = _last_verb(head[_clause_start(head[:-1]):])
            if last is not None and last["f"] and _LISTING_ADJUNCT.match(own) and \
                    _LOOKS_BACK_AT.search(head, last.start()):
                # "Officials will review several incidents, including a crash on Sunday", "will punish
                # teams for brawls, including one on Friday": what a review, an inquiry or a penalty
                # ahead is about has happened; the listed item's day is not the clause's future.
                return None
            if last is not None:
                return _verdict(last)
    if own and lo == prev_end > 0 and whole_before.endswith(own) and \
            _BARE_PREPOSITION.fullmatch(own) and \
            _tense_past_aside(s[max(0, start - 160):start - len(own)]) == "future":
        # "Fans will honour the coach, who died in March, on Saturday": an aside that holds the date before
        # this one (where the window read starts), its comma closing it; the clause before it looks ahead
        # (the date then seems fronted after that comma, but no verb of its own follows it)
        return "future"
    if not fronted and own and _LISTED_ADJUNCT.match(own):
        return _listed_adjunct_tense(whole_before[:len(whole_before) - len(own)])
    if not fronted and own and whole_before.endswith(own) and _CHANGE_SIZE_ADJUNCT.fullmatch(own) and \
            _tense_back(whole_before[:len(whole_before) - len(own)], 3, (",",)) == "future":
        # "said it would raise its rate, now 4 percent, by 100 basis points on Friday": the size of a change
        # after a comma, no verb of its own, adds to the clause whose verb tells the change; a clause that
        # looks ahead tells the day's time (only a future: a past verb's object may be anywhere in time)
        return "future"
    if not fronted and own and _WITH_ADJUNCT.match(own) and whole_before.endswith(own):
        # "Hanna could dump 8 inches of rain, with isolated totals of 12 inches through Sunday night": an
        # absolute phrase with no verb adds to the clause before its comma and takes its tense.
        tense = _tense_back(whole_before[:len(whole_before) - len(own)], 1, (",",))
        if tense is not None:
            return tense
    if not fronted and own and whole_before.endswith(own) and (
            _APPOSED_PHRASE.fullmatch(own) or _BARE_PREPOSITION.fullmatch(own) and
            _apposed_between_commas(whole_before, len(whole_before) - len(own) - 1)):
        # "will remain for one more game, a contest Saturday night against ...", "will sign the bill,
        # the first of the session, on Tuesday": a noun phrase set beside what came before, with no
        # verb of its own, takes the tense of the clause it adds to, and so does a date after it.
        tense = _appositive_tense(whole_before[:len(whole_before) - len(own)])
        if tense is not None:
            return tense
    if not fronted and own and whole_before.endswith(own) and _SPAN_PREPOSITION.fullmatch(own) and \
            _saying_aside_ahead(whole_before[:len(whole_before) - len(own)]):
        # "The sales will continue, the company said, through mid-September", "The bridge will reopen,
        # officials said, in September": a saying set between commas is an aside; the date after it is the
        # clause's before it, told ahead.
        return "future"
    if not fronted and own and whole_before.endswith(own) and _BARE_PREPOSITION.fullmatch(own):
        tense = _tense_past_aside(whole_before[:len(whole_before) - len(own)])
        if tense is not None:
            return tense
    if not fronted and own and whole_before.endswith(own) and _PLACE_THEN_DAY.fullmatch(own) and \
            not has_tense_marker(own):
        # "is very likely to cross the coast between Pamban and Cuddalore, south of Nagapattinam by early hours of
        # Friday": a place set after a comma, the day right after it with no verb between; a clause before the comma
        # that looks ahead tells the day's time (only a future: a past verb's object may be anywhere in time)
        if _tense_back(whole_before[:len(whole_before) - len(own)], 1, (",",)) == "future":
            return "future"
    if not fronted and own and whole_before.endswith(own) and not marked:  # (no marker in `own`)
        # "is expected in the hills, including the capital, through Sunday": a verbless phrase after a
        # listing aside adds to the clause before the aside and takes its tense.
        tense = _tense_after_listing_aside(whole_before[:len(whole_before) - len(own)])
        if tense is not None:
            return tense
    if not fronted and own and "," in whole_before and _PLACE_TAIL.fullmatch(own) and whole_before.endswith(own):
        return _place_apposition_tense(whole_before[:len(whole_before) - len(own)], own)
    return None


# A hypothetical "if" opening its clause (at the clause's start, or after "that", "and", "but" or a
# verb of saying: "said if ..."; not "knew if", "asked if": whether), with no perfect after it.
_IF_CONDITION = re.compile(r"(?:^\W*|\b(?:that|and|but|said|says|stated|warned|added|threatened|insisted)\s+)"
                           r"(?P<if>if)\s+(?!(?:[\w'’-]+\s+){0,6}?(?:had|has|have)\b)", re.IGNORECASE)
# An affirmative passive of a done act in the "if" clause ("was mailed", "were counted"): an inference
# from what may be done already, not a hypothetical ("were not met" is).
_IF_PASSIVE_DONE = re.compile(r"\b(?:was|were)\s+(?!not\b)(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|nt|ld|ght)\b", re.IGNORECASE)
# ... and a "would" clause that says so ("would be here by now", "would already be known").
_INFERRED_NOW = re.compile(r"[^,.;:!?]{0,60}?\b(?:by\s+now|already|now)\b", re.IGNORECASE)
# ... and the main clause after its comma with "would" (not "would have"; not a clause joined by "and").
_WOULD_MAIN_AFTER = re.compile(r"[^,.;:!?]{0,60},\s*(?!(?:and|but|or)\b)(?:[\w'’-]+\s+){0,4}?"
                               r"(?:would|'d|’d)(?:n't|\s+not)?\s+(?!have\b|'ve\b)", re.IGNORECASE)


def _last_if_condition(before: str) -> int | None:
    """Where the last hypothetical "if" of `before` opens its clause (_IF_CONDITION), or None."""
    *_, cond = (None, *_IF_CONDITION.finditer(before))
    return cond.start("if") if cond is not None else None


def _tense_after_listing_aside(head: str) -> str | None:
    """The tense of a verbless phrase after a listing aside between commas (`head` ends with the comma
    that closes it: ", including the capital,", ", such as Millbrook,"): the last verb of the clause
    before the aside's opening comma. None when `head` ends otherwise, when the aside has a verb of its
    own, or when that verb is a look back at what is over ("will review several incidents, including a
    crash, on Tuesday": the listed item's day, which the text does not place)."""
    if not head.endswith(","):
        return None
    start = _clause_start(head[:-1])
    if start == 0 or head[start - 1] != ",":
        return None
    aside = head[start:-1]
    if len(aside) > 60 or not (_LISTING_ADJUNCT.match(aside) or _HEDGED_AS_ASIDE.match(aside)) or \
            has_tense_marker(aside):
        return None
    clause = head[:start - 1]
    clause = clause[_clause_start(clause):]
    last = _last_verb(clause)
    if last is None or _LOOKS_BACK_AT.search(clause, last.start()):
        return None
    tense = _verdict(last)
    # (a present, "Thousands are without power in the region, including the capital, after storms on
    # Sunday", says no time of the day: the day may be a happening's, gone by)
    return tense if tense != "present" else None


# The comma of a list "A, B and C" ("against Republican, Socialist and Constitution party nominees",
# "apples, pears, and plums"): what follows it, up to the "and"/"or", is one to three words with no
# verb.
_LIST_ITEM_AFTER = re.compile(r"\s*(?P<item>[A-Za-z][\w'.-]*(?:\s+[A-Za-z][\w'.-]*){0,2}),?\s+(?:and|or)\s+\w")
# An inner item of a list, up to the next comma: " B," of "A, B, C and D".
_LIST_ITEM_BEFORE_COMMA = re.compile(r"\s*(?P<item>[A-Za-z][\w'.-]*(?:\s+[A-Za-z][\w'.-]*){0,2}),")
# A fronted prepositional phrase's opening (a list's inner item is not read after it: _list_comma).
_FRONTED_PREPOSITION_START = re.compile(r"\W*(?:during|amid|amidst|despite|in|at|for|on|over|under|throughout|"
                                        r"following|ahead\s+of|with|without)\s", re.IGNORECASE)
_VERB_BEFORE_COMMA = re.compile(r"\b(?:would|will|could|can|should|shall|may|might|must)\s+(?:[a-z]+ly\s+)?"
                                r"[a-z]+$", re.IGNORECASE)
_FRONTED_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b", re.IGNORECASE)
# The comma before the "and" of "A, B, and C".
_LIST_AND_AFTER = re.compile(r"\s+(?:and|or)\s+\w")


def _list_item_after(s: str, at: int) -> re.Match | None:
    """_LIST_ITEM_AFTER.match(s, at), tried only where "and" or "or" is one of the first four words after `at`, as in
    every match (an item of three words at most, its comma glued to it, then the joining word between spaces):
    most commas open no such list, and the pattern's words, tried at each length, cost ~12,000 instructions."""
    for word in s[at:].split(None, 4)[:4]:
        if word == "and" or word == "or":
            return _LIST_ITEM_AFTER.match(s, at)
    return None
# Words that open a clause or a relative, no list's item: ", which ...", ", but ...".
_NO_LIST_ITEM = re.compile(r"\b(?:which|who|whom|whose|that|where|when|while|but|if|because|although|as|"
                           r"said|says)\b", re.IGNORECASE)
# A clause opened by a subordinator ends at its comma: "When the plant closed, workers and managers ...".
_SUBORDINATE_START = re.compile(r"\W*(?:after|when|whenever|as|since|if|because|although|though|while|before|until|"
                                r"once|unless|whereas)\b", re.IGNORECASE)
# A fronted "with"/"without" phrase: "With both sides acknowledging ..., Democrats ..."; so too a fronted
# "despite"/"amid" phrase or a participle's ("Despite warnings that the dam would fail, farmers and ranchers ...",
# "Knowing the Senate would reject it, Democrats and Republicans ...").
# A capitalised -ing word opens a participle's phrase only with no verb in the two words after it ("Voting will take
# place in Kent, Essex and Surrey", "Spring planting will start", "Beijing will host" are a subject and its verb)
# and a verb of the main clause's after its comma (_main_verb_after).
_WITH_PHRASE_START = re.compile(r"\W*(?:with|without|despite|amid|amidst|notwithstanding|in\s+spite\s+of|"
                                r"(?P<ing>(?-i:[A-Z][a-z]+ing)))\s+(?P<next>\S+(?:\s+\S+)?)?", re.IGNORECASE)
# After a list, a phrase that names where its items come from, or what they came after: "photos from
# his trip in April", "medics from the outbreak in January" (the date is that event's).
_PROVENANCE = re.compile(r"\b(?:from|during|after|since)\s", re.IGNORECASE)
# How far back a date's clause is read when it fills the usual window with no verb.
_LONG_CLAUSE_CHARS = 400


def _list_comma(s: str, comma: int, clause: int, after_list: bool) -> bool:
    """Is s[comma] a list's comma ("Republican, Socialist and ..."), the clause before it starting at
    `clause`? `after_list`: the comma after it was one (an Oxford comma comes before "and")."""
    if after_list and _LIST_AND_AFTER.match(s, comma + 1):
        return True
    if _LIST_AND_AFTER.match(s, comma + 1):
        # "pears, and plums": the comma after a list's item that a list's comma opens
        item = s[clause:comma]
        return 0 < clause and s[clause - 1] == "," and len(item.split()) <= 3 and \
            not has_tense_marker(item) and not _NO_LIST_ITEM.search(item)
    # (or an inner item of a list of four or more, "A, B, C and D": the comma after it a list's too; not the
    # comma that closes a fronted prepositional phrase whose noun's relative holds a verb of its own, "During talks
    # that would last two days, Smith, Jones and Lee on Monday agreed": its "would" is no verb of the list's clause;
    # "At the briefing the ministry said it would send doctors, nurses, ..." has its verb before any relative)
    item = _list_item_after(s, comma + 1)
    if not item and after_list:
        item = _LIST_ITEM_BEFORE_COMMA.match(s, comma + 1)
        if item and _FRONTED_PREPOSITION_START.match(s, clause) and \
                (rel := _FRONTED_RELATIVE.search(s, clause, comma)) and \
                not has_tense_marker(s[clause:rel.start()]) and has_tense_marker(s[rel.end():comma]) or \
                item and _VERB_BEFORE_COMMA.search(s, clause, comma):
            return False  # (nor a comma right after a modal's verb: "Fearing the bridge would collapse, drivers, ...")
    if not item or has_tense_marker(item["item"]) or _NO_LIST_ITEM.search(item["item"]):
        return False
    # Not the end of a clause that a verb or a subordinator shows ("When the plant closed, workers
    # and managers ...", "After he left the firm, Smith and Jones ...").
    words = s[clause:comma].split()
    if not words or has_tense_marker(words[-1]) or _SUBORDINATE_START.match(s, clause):
        return False
    # Nor the end of a fronted "with" phrase that holds a verb of its own ("With both sides acknowledging that
    # the Senate would reject the pact, Democrats and Republicans Tuesday sought ...": its "would" is no verb
    # of the main clause's day); a list may still open after a bare "with" ("With Smith, Jones and Brown out").
    # The same for "despite", "amid" and a participle ("Despite warnings that the dam would fail, farmers and ...").
    phrase = _WITH_PHRASE_START.match(s, clause, comma)
    return not (phrase and has_tense_marker(s[clause:comma]) and
                not (phrase["ing"] and (phrase["next"] is None or has_tense_marker(phrase["next"]) or
                                        phrase["next"].split(None, 1)[0].lower() in _NO_OBJECT_WORDS or
                                        not _main_verb_after(s, comma))))


# A word after an -ing word that shows it a noun, not a participle before its object ("Testing of pupils",
# "Flooding from the storm", "Voting in the by-election").
_NO_OBJECT_WORDS = frozenset("of from on at in and or for by over across under near around".split())


def _main_verb_after(s: str, comma: int) -> bool:
    """Whether the words after s[comma], up to the next comma, hold a verb: the main clause a fronted participle's
    phrase stands before ("Knowing the Senate would reject it, Democrats and Republicans on Tuesday sought"); with
    none the -ing word opened the clause's subject, its verb before the comma ("Evening classes at the college will
    start in Leeds, York and Hull on Monday")."""
    end = s.find(",", comma + 1)
    return has_finite_verb(s[comma + 1:end if end >= 0 else len(s)])


def _clause_back(s: str, lo: int, start: int, prev_end: int, own: str, marked: bool) -> str | None:
    """A date's clause with no verb (`own`, from s[lo:start]) read further back, up to its verb
    ahead, when it only seemed to end: at a list's comma ("voters will choose a candidate to run
    against Republican, Socialist and Constitution party nominees in November"), or at the start of
    the window of text read ("will choose either Lt. Gov. Lee Fisher or ... against Republican
    nominees in November", longer than the window). Only a future is taken from there: a past
    verb's object, far back, may name what lies ahead ("told oil companies of a cutback in its
    supply in September"). None when the clause is `own`; `marked`: whether `own` holds a tense marker
    (then it has a verb: None)."""
    at = start - len(own)
    if marked or at < lo or not (at == lo > (prev_end if prev_end > 0 else 0) or s[at - 1:at] == "," and (
            _list_item_after(s, at) or _LIST_AND_AFTER.match(s, at))) or s[at:start] != own:
        return None  # (the cheap tests first)
    if s[at - 1:at] == "," and _PROVENANCE.search(own):
        # "will show paintings, letters and photos from his trip in April": the date is the trip's,
        # which may lie behind, not the future's.
        return None
    floor = lo
    listed = False
    for _ in range(6):
        if at == floor and floor > prev_end and floor > 0 and floor == lo:
            floor = max(prev_end, start - _LONG_CLAUSE_CHARS)  # the window: once
        elif at > floor and s[at - 1] == "," and _list_comma(s, at - 1, floor + _clause_start(s[floor:at - 1]),
                                                              listed):
            listed = True
            at -= 1
        else:
            break
        at = floor + _clause_start(s[floor:at])
    if at == start - len(own) or not future_since(s, at, start):
        return None
    return s[at:start]


# The rest of a place's name after its comma, then at most a preposition, before the date:
# "Turkey on" in "in Antalya, Turkey on Friday", "on" in "in Portland, Ore., on Friday".
_PLACE_TAIL = re.compile(r"\s*(?:[A-Z][\w.'-]*\s+){0,3}(?:on|at|in|by)?\s*")
# A part of a place's name between commas: "Ore." in "Portland, Ore., on Friday".
_PLACE_PART = re.compile(r"\s*(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*")
# A clause that ends with a place after its preposition: "will meet him in Paris", "in the
# Mediterranean province of Antalya".
_ENDS_WITH_PLACE = re.compile(r"\b(?:in|at|to|from|near|outside|into|of)\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*$")


# A noun phrase after a comma, with at most four words (before the date): ", a contest", ", the
# team's last game".
# (or the hours of a day's part, as bare: ", south of Chennai, in the early hours of Friday", "by the small hours of")
_BARE_PREPOSITION = re.compile(r"\s*(?:on|at|by|in|(?:(?:in|by|during|until)\s+)?(?:the\s+)?(?:early|small|wee|late)\s+"
                               r"hours\s+of)?\s*", re.IGNORECASE)
# Not a relative clause inside it, its own verb unread: "the Bills, a team that beat them Sunday".
_APPOSED_PHRASE = re.compile(r"\s*(?:a|an|the|another|one)\s+"
                             r"(?:(?!(?:that|who|whom|whose|which)\b)[\w'-]+(?:\s+|$)){0,4}", re.IGNORECASE)


# ... and one closed by its comma before a bare date, of any length up to the clause window, titles
# and initials in it (", a newcomer and former aide to U.S. Sen. Mitch McConnell, in November"): the
# caller checks it holds no verb of its own.
_LONG_APPOSED_PHRASE = re.compile(r"\s*(?:a|an|the|another|one)\s+"
                                  r"(?:(?!(?:that|who|whom|whose|which)\b)[\w'.-]+(?:\s+|$)){1,16}", re.IGNORECASE)


def _apposed_between_commas(before: str, comma: int) -> bool:
    """Is before[:comma] closed by a noun phrase set beside what came before it, with no verb of
    its own ("will meet Cameron, the party's nominee, in November")?"""
    start = _clause_start(before[:comma])
    if _APPOSED_PHRASE.fullmatch(before, start, comma):
        return True
    return _LONG_APPOSED_PHRASE.fullmatch(before, start, comma) is not None and \
        _last_verb(before[start:comma]) is None


def _appositive_tense(head: str) -> str | None:
    """The tense of the clause an apposed noun phrase adds to: the last verb before its comma,
    looking back over at most five more verbless phrases ("in “Bubbleville” in Uncasville, Conn., for
    one more game": a quotation's marks cut too) within the clause window."""
    return _tense_back(head, 6, (",", "“", "”", '"'))


# An aside set off by commas before a bare date: a non-restrictive relative clause (", who is white,",
# ", where he grew up,",
# ", which has offices in three states,"), a short phrase of place with no verb (", near Mumbai,",
# ", outside the capital,") or an age (", 45,").
_RELATIVE_ASIDE = re.compile(r"\s*(?:who|which|where)\s", re.IGNORECASE)
# ... or a participle's phrase (", believing it was stolen,", ", citing safety concerns,"): the clause
# before the aside tells the date (not a saying, ", forecasters said, on Tuesday": the saying's day).
# (Not a preposition in -ing: ", including a crash," is a listing aside, read by _tense_after_listing_aside.)
_PARTICIPLE_ASIDE = re.compile(r"\s*(?!(?:including|excluding|concerning|regarding|during|according|following|"
                               r"pending|notwithstanding|barring)\b)(?-i:[a-z]+ing)\s+(?:[\w'’.-]+\s+){0,10}?[\w'’.-]+\s*$")
_PLACE_ASIDE = re.compile(r"\s*(?:near|outside|north|south|east|west|northeast|northwest|southeast|southwest|"
                          r"about|some|just)\b(?:\s+of)?(?:\s+[\w'’.-]+){1,4}", re.IGNORECASE)
# ... with no comma after it, the day's bare preposition next (_clause_tense): "south of Nagapattinam by early
# hours of".
_PLACE_THEN_DAY = re.compile(_PLACE_ASIDE.pattern + _BARE_PREPOSITION.pattern, re.IGNORECASE)


# A person's age between commas: "Officer Adam Coy, 45, on Dec. 22".
_AGE_ASIDE = re.compile(r"\s*\d{1,3}\s*")


# A saying between commas, its subject and verb alone: ", Sears management said,", ", a spokeswoman told reporters,".
_SAYING_ASIDE_WHOLE = re.compile(r"\s*(?:(?:[\w'’.-]+\s+){1,6}?(?:said|says|told\s+[\w'’-]+|announced|added|noted|"
                                 r"stated|confirmed|warned)|(?:said|says)(?:\s+[\w'’.-]+){1,4})\s*", re.IGNORECASE)
# The preposition of a date after such an aside that only the clause before it takes: "in", "through", "until",
# "into", "by" (a day "on" it or bare, ", forecasters said, on Tuesday", is read as the saying's own day).
_SPAN_PREPOSITION = re.compile(r"\s*(?:by|in|through|thru|until|till|into)\s*", re.IGNORECASE)


def _saying_aside_ahead(head: str) -> bool:
    """Whether `head` ends with a saying set between commas (its closing comma last: "The sales will
    continue, the company said,") after a clause told ahead."""
    if not head.endswith(","):
        return False
    start = _clause_start(head[:-1])
    return start > 0 and head[start - 1] == "," and \
        _SAYING_ASIDE_WHOLE.fullmatch(head, start, len(head) - 1) is not None and \
        _tense_back(head[:start], 3, (",",)) == "future"


def _tense_past_aside(head: str) -> str | None:
    """The tense of a date after an aside between commas (`head` ends with the comma that closes
    it): the last verb of the clause before the aside's opening comma ("was fatally shot by an
    officer, who is white, on Dec. 22": the relative clause describes the officer; "collapsed in
    Bhiwandi, near Mumbai, in September"). None when `head` ends otherwise."""
    if not head.endswith(","):
        return None
    start = _clause_start(head[:-1])
    if start == 0 or head[start - 1] != ",":
        return None
    aside = head[start:-1]
    if len(aside) <= 80 and _PARTICIPLE_ASIDE.fullmatch(aside):
        pass  # "He bought the watch, believing it was stolen, in October"
    elif _RELATIVE_ASIDE.match(aside):
        own = _last_verb(aside)
        if len(aside) > 80 or own is None:
            return None
        if _verdict(own) == "past":
            # ("Police are investigating the crash, which killed two people, on Friday": an aside that
            # tells a past happening of its own may be what the date is of; left to the usual reading,
            # unless the clause before it looks ahead: "He will return to Ohio, where he grew up, on
            # Monday" -- the comma closes the aside, the date after it is the return's.)
            tense = _tense_back(head[:start], 3, (",",))
            return tense if tense == "future" else None
    elif not (_PLACE_ASIDE.fullmatch(aside) and not has_tense_marker(aside) or _AGE_ASIDE.fullmatch(aside)):
        return None
    tense = _tense_back(head[:start], 3, (",",))
    # (a present, "Police are investigating the death of Ana Ruiz, 34, on Friday", says no time of the
    # day: the day may be the noun's happening, gone by)
    return tense if tense != "present" else None


def _place_apposition_tense(head: str, own: str) -> str | None:
    """The tense of a date after a place's name written with commas ("will meet him in Paris,
    France on Friday", "will arrive in Portland, Ore., on Friday"): the comma is the name's, not
    a clause's end, and the verb before the place says the date's time."""
    named = own.strip()[:1].isupper()  # the place's last part is in the date's own clause
    for _ in range(3):
        if not head.endswith(","):
            return None
        start = _clause_start(head[:-1])
        seg = head[start:-1]
        if not named and _PLACE_PART.fullmatch(seg):
            named = True  # "Ore." between commas: the place goes on before it
            head = head[:start]
            continue
        if not named or not _ENDS_WITH_PLACE.search(seg):
            return None
        last = _last_verb(seg)
        return _verdict(last) if last is not None else None
    return None


def _last_verb(clause: str) -> re.Match | None:
    """The last tense marker of a clause that is a verb (adjectives and nouns aside)."""
    last = None
    for m in _markers(clause):
        if not _is_adjective(clause, m):
            last = m
    return last


_CONJOINED_FRONT = re.compile(r"\s*(?:and|but|yet|so)\s+(?:then\s+|later\s+|earlier\s+)?(?:in|on|since|during)\s+",
                              re.IGNORECASE)


# A verbless phrase after a comma that goes on listing where or how, with the date at its end:
# "will show results on TV, on our website and on the radio at 10 Tuesday night".
# The phrase lists two places at least ("on X and on Y"); a lone "..., in March" does not count.
_LISTED_ADJUNCT = re.compile(r"\s*(?:on|at|in|via|through|across|over)\s[^,;]*?\b(?:and|or)\s+"
                             r"(?:on|at|in|via|through|across|over)\s", re.IGNORECASE)
_ADJUNCT_START = re.compile(r"\s*(?:on|at|in|via|through|across|over)\s", re.IGNORECASE)
# A verbless "with" phrase after a comma (its participle, if any, an -ing word: ", with Lebanon facing
# Jenkintown on Tuesday" says no time of its own; the caller reads it).
_WITH_ADJUNCT = re.compile(r"\s*with\s(?![^,;]*?[a-z]ing\b)", re.IGNORECASE)
# The size of a change, verbless, after a comma, the day's preposition last: ", by 100 basis points on",
# ", by about 2 percent on", ", to 4.25 percent from" (the caller reads the clause before the comma).
_CHANGE_SIZE_ADJUNCT = re.compile(r"\s*(?:by|to)\s+(?:(?:about|around|roughly|nearly|some|another|a\s+further|"
                                  r"an\s+additional|up\s+to)\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent|"
                                  r"(?:basis|percentage)\s+points?|bps|points?)\s+(?:on|from|starting|effective)\s*",
                                  re.IGNORECASE)
# A "with" phrase opening a clause (the sentence's or a reported one's after "that"), a noun and its
# participle before "by" and the date: "With half of his sentence served by", "that with the dam finished by";
# not a plan's ("With the bridge expected to be finished by", "due to be", "slated for completion"): no "to" nor
# a plan's word among the words before the participle.
_WITH_DONE_BY = re.compile(r"\W*(?:(?:that|and|but|so)\s+)?with\s+"
                           r"(?:(?!(?:to|expected|scheduled|slated|planned|set|due|meant|supposed|hoped)\b)[\w'’-]+\s+)"
                           r"{1,8}?(?:[a-z]+(?:ed|en)|"
                           r"(?:re|out|over|under)?(?:done|gone|paid|built|sold|spent|made|met|won|cut|set))\s+by\s*",
                           re.IGNORECASE)


def _listed_adjunct_tense(head: str) -> str | None:
    """The tense of the clause a listed adjunct adds to: the last verb before its comma,
    looking back over at most two more verbless listed phrases."""
    return _tense_back(head, 3, (",",), _ADJUNCT_START.match)


def _tense_back(head: str, phrases: int, ends: tuple[str, ...], goes_on=None) -> str | None:
    """The tense of the last verb before `head`'s closing mark (one of `ends`), reading back clause
    by clause, `phrases` clauses at most, past those that hold no verb (with `goes_on`, only past
    those it accepts: a listed adjunct's "on ...", "in ...")."""
    for _ in range(phrases):
        if not head.endswith(ends):
            return None
        head = head[:-1]
        start = _clause_start(head)
        last = _last_verb(head[start:])
        if last is not None:
            return _verdict(last)
        if goes_on is not None and not goes_on(head[start:]):
            return None
        head = head[:start]
    return None


# A complementizer right after a past verb (and its object), between an -ed verb and a modal: the
# modal belongs to the clause it opens ("warned that", "told reporters that", "decided whether";
# not a relative "aid that donors sent will").
# (or a question's word: "The draw on Monday determined which teams would meet", "decided who would lead":
# the modal is the embedded question's, the -ed verb the finite past one)
_COMPLEMENT = re.compile(r"\b(?:[a-z]+ed|said|told\s+[\w-]+|wrote|thought|knew|felt|saw|found|made\s+clear)\s+"
                         r"(?:that|whether|if|who|which|what|how|where)\b", re.IGNORECASE)
# ... or a verb of telling with its object between ("informed the defendant that", "warned residents, that"), as
# "told X that", or an object pronoun and the reported clause's own subject with no "that" ("informed him the case
# would"): matched right after the verb.
_TELLING_THAT = frozenset("informed assured warned reminded notified advised alerted cautioned reassured".split())
_TELLING_THAT_AFTER = re.compile(r"\s+(?:(?:[\w'’-]+\s+){0,2}[\w'’-]+,?\s+(?:that|whether)\b|"
                                 r"(?:him|her|them|us|me)\s+(?:the|a|an|his|her|their|its|this|that)\s)",
                                 re.IGNORECASE)
# A day that opens its sentence, with at most its preposition before it ("On Monday, ...").
_DAY_OPENS_SENTENCE = re.compile(r"[\W_]*(?:(?:on|by|early|late|this|last|next|since|until|from|after|before)\s+)?",
                                 re.IGNORECASE)
# A reported clause's subject pronoun right before its modal, with no "that" ("expressed confidence
# they", "warned it"): at most a few words of the saying's object before it.
_ZERO_THAT_SUBJECT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:they|he|she|we|it|I|you)\s+")
# The subject of a clause after a fronted day: a few words, no conjunction or preposition opening a
# phrase of its own ("longtime volleyball coach Jan Barker", "the city's mayor").
_PRONOUN_BETWEEN = re.compile(r"\s+(?:they|he|she|we|it|I|you)\s+")
# ... or after the object of a verb of telling ("informed the team she would", "assured residents they
# would"), or a clause joined by "and" with a subject of its own ("started work and they will finish"):
# the modal is the reported or the joined clause's, the -ed verb the fronted day's finite past.
_TELLING_ED = frozenset("""informed assured warned reminded notified convinced persuaded promised advised alerted
    cautioned reassured""".split())
_OBJECT_PRONOUN_BETWEEN = re.compile(r"\s+(?:[\w'’-]+\s+){1,3}?(?:they|he|she|we|it|I|you)\s+")
# ... or a saying's -ed verb and the reported clause's own subject, no "that" ("On Saturday, the county
# announced the trail would reopen", "forecasters predicted the storm would arrive").
_SAYING_ED = frozenset("""announced predicted warned confirmed estimated promised indicated reported argued insisted
    stated added noted explained suggested signaled signalled acknowledged claimed agreed forecasted conceded
    revealed disclosed hinted""".split())
_NOUN_SUBJECT_BETWEEN = re.compile(r"\s+(?:the|a|an|its|his|her|their|our|this|that|these|those)?\s*"
                                   r"(?:(?!(?:that|which|who|and|or|but|if|when|because|to)\b)[\w'’-]+\s+){1,3}")
_AND_PRONOUN_BETWEEN = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?and\s+(?:then\s+)?(?:they|he|she|we|it|I|you|"
                                  r"(?:the|its|his|her|their|our)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+")
_FRONT_SUBJECT_WORDS = re.compile(r"(?:(?!(?:once|if|when|after|before|as|because|unless|until|while|though|although|"
                                  r"with|by|in|on|at|for|from)\b)[\w'’.-]+\s+){1,6}", re.IGNORECASE)
# A relative "where" after its noun, a subject after it ("the region where the two sides clashed"; not
# "decide where to hold it").
_WHERE_OPENS = re.compile(r"(?<=\w\s)where\s+(?!to\b)")
# A relative clause opened after a comma: ", which will", ", who would".
_RELATIVE_AFTER_COMMA_OPEN = re.compile(r",\s*(?:which|who)\b", re.IGNORECASE)
# The present of a happening set for a day fronted before its subject is a schedule, the coming day:
# "On Monday, the council votes on the budget" (not a state: "On Monday, the council remains split").
_FRONTED_SCHEDULE_PRESENT = frozenset("""meets votes holds hears faces plays hosts visits debates considers
    launches unveils delivers celebrates welcomes""".split())
# ... (not when a modal follows the relative clause's, the main verb's: "residents evacuated from
# towns that will flood will return").
_MODAL_WORD = re.compile(r"\b(?:will|would|shall|won't)\b|'ll\b", re.IGNORECASE)
_THAT_WORD = re.compile(r"\bthat\b", re.IGNORECASE)
# A restrictive relative pronoun after a noun, right before the modal it is the subject of: "a
# plan that will raise fares", "fans who would travel" (not "aid that donors sent will").
_RESTRICTIVE_BEFORE_MODAL = re.compile(r"\b(?!(?:is|are|was|were|be|been|has|have|had|said|says|[a-z]+ed)\s)"
                                       r"[a-z]+\s+(?:that|which|who)\s+(?:also\s+|later\s+|soon\s+)?$",
                                       re.IGNORECASE)
# A conjunction and the subject it opens a clause with, right before that clause's modal: "concerns
# that publicity would", "because it would", "that the firms will" (one to three words of subject,
# none of them a verb's marker: the subject is not the relative pronoun itself).
_SUBJECT_OPENED_BEFORE_MODAL = re.compile(
    r"\b(?:that|because|since|although|though|if|whether)\s+"
    r"(?!(?:is|are|was|were|be|been|has|have|had|would|will|could|should|may|might|must|can)\b)"
    r"(?P<subject>(?:[\w'’-]+\s+){1,3})$", re.IGNORECASE)


# A finite verb right after the modal's verb: the modal's clause was a relative's inside the subject, the
# main verb comes now ("workers handed a letter which says the plant will close are expected to protest").
_FINITE_NEXT = re.compile(r"\s+(?:is|are|was|were|has|have|had)\b", re.IGNORECASE)


def _opened_subject_before(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] end with a conjunction and a subject of its own, with no verb among the subject's
    words ("concerns that publicity ", not "since the change began ": that clause is closed, and the modal
    after it is the main clause's)?"""
    for opened in (_SUBJECT_OPENED_BEFORE_MODAL, _RELATIVE_SAYS_BEFORE_MODAL):
        found = opened.search(text, lo, hi)
        if found is not None and not has_tense_marker(found["subject"]) and \
                not _ED_OR_PAST_WORD.search(found["subject"]):
            return True
    return False


# A relative clause on the object whose present verb takes a clause of its own, that clause's subject
# right before its modal: "approved a reform which means voters will", "signed a bill that says schools
# will", "adopted a plan which ensures prices will".
_RELATIVE_SAYS_BEFORE_MODAL = re.compile(r"\b(?:which|that)\s+(?-i:[a-z]{3,}(?<!s)s)\s+(?:that\s+)?"
                                         r"(?P<subject>(?:(?!(?:is|are|was|were|be|been|has|have|had)\b)"
                                         r"[\w'’-]+\s+){1,3})$", re.IGNORECASE)


# An -ed word or an irregular past (lexicon.PAST_WORDS, not its time words: "last", "earlier") among a few
# words (in lower case: "the United States" is a name).
_ED_OR_PAST_WORD = re.compile(r"\b(?:[a-z]{2,}ed|" +
                              prefix_tree([w for w in PAST_WORDS if w not in _NO_VERB_MARKER]) + r")\b")
# A relative pronoun or "having" before an -ed verb: the verb is a subordinate clause's, not the
# finite main one ("officials who learned that ...", "the board, having decided that ...").
_SUBORDINATE_OPENER = re.compile(r"\b(?:who|whom|whose|which|having)\b", re.IGNORECASE)
# A verbless list after a comma that names the items of the clause before it: "Three of them
# were by-elections, namely one on August 4 and ...", "Four storms hit, including one on Sept. 28".
# Verbs whose object is a happening already over: a review, an inquiry, a penalty for it.
_LOOKS_BACK_AT = re.compile(r"\b(?:review|investigate|examine|study|probe|punish|discipline|sanction|discuss|"
                            r"revisit|analy[sz]e|audit|look\s+into|respond\s+to|recount)\b", re.IGNORECASE)
_LISTING_ADJUNCT = re.compile(r"\s*(?:namely|including|such\s+as|notably|among\s+them)\b", re.IGNORECASE)
# ... and a hedged "as" aside, what the subject may be by then: "will make landfall on the coast, possibly as a
# Category 4 storm, overnight Thursday", ", perhaps as a tropical storm,": the day after it is the clause's.
_HEDGED_AS_ASIDE = re.compile(r"\s*(?:possibly|probably|perhaps|maybe|likely|most\s+likely)\s+as\s+(?:an?|the)\s",
                              re.IGNORECASE)
# The opening of a verbless phrase after a comma that hedges or narrows the clause
# before it: "..., possibly Friday", "..., perhaps as early as Friday", "..., especially on Monday".
_HEDGED_ADJUNCT = re.compile(r"\s*(?:possibly|probably|perhaps|maybe|likely|most\s+likely|especially|particularly|"
                             r"mainly|mostly|chiefly|as\s+(?:early|soon|late)\s+as|no\s+(?:later|earlier)\s+than)"
                             r"(?:\s+(?:on|by|in|as\s+(?:early|soon|late)\s+as))?\s*$", re.IGNORECASE)


