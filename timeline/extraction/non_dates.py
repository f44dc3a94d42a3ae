"""Date words that date no happening.

A yardstick of a comparison ("up from a year earlier"), a count ("the 34th launch this year"), a
duration ("over the past year"), a stretch ("for two weeks after"), a custom ("is usually held in
May") and "today" as nowadays or as a page's bidding ("Sign up today"): the per-sentence
resolution (pipeline._resolve_sentence) drops such a mention or leaves it undated.
"""
from __future__ import annotations

import re
import string

from .anchors import norm_dir
from .clauses import ASIDE_AFTER_DATE, RELATIVE_OPENS, clause_opening
from .fastpath import ends_with_word, may_hold, search_last_words
from .grammar import PAST_AUXILIARY, title_case
from .lexicon import MONTH_NAME_ALTERNATION, NUMBERS, ORDINALS, SAID_WORDS, SAYS_WORDS, WEEKDAYS, phrase_rx
from .recognition import Mention
from .stages import HAPPENING_NOUNS
from .tense import first_tense_is_past, has_finite_verb, has_past_verb, has_tense_marker

# "the hottest June day on record", "the wettest April night since records began": a superlative
# over the days of every such month.
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:hottest|warmest|coldest|coolest|wettest|driest|sunniest|snowiest|windiest|"
                                 r"stormiest|dullest)\s+$", re.IGNORECASE)
_DAY_ON_RECORD_AFTER = re.compile(r"\s+(?:day|night|week|weekend|temperature)s?\b(?:\s+[\w-]+){0,3}?\s+"
                                  r"(?:on\s+record|since\s+records\s+began|ever\s+recorded)", re.IGNORECASE)


def superlative_month_day(sent: str, m: Mention) -> bool:
    return _SUPERLATIVE_BEFORE.search(sent, max(0, m.start - 12), m.start) is not None and \
        _DAY_ON_RECORD_AFTER.match(sent, m.end) is not None


# "profit rose to $5 million from $3 million a year earlier": the date is a
# yardstick for a comparison, not something that happened then.
_COMPARISON = re.compile(r"\b(?:from|compared|versus|vs\.|than|over|against)\b", re.IGNORECASE)
# Every _COMPARISON match holds one of these (fastpath.may_hold).
_COMPARISON_WORDS = ("from", "compared", "versus", "vs.", "than", "over", "against")


def _compares(text: str) -> bool:
    """bool(_COMPARISON.search(text)): in an ASCII text, each of _COMPARISON_WORDS found in the lower-cased text
    and its ends checked for the pattern's word boundaries (a word character after "vs."'s dot, none after the
    others' last letter), not the pattern entered at every position (~35,000 instructions over 120 characters
    holding "from", "over" or "than", most)."""
    if not text.isascii():
        return _COMPARISON.search(text) is not None
    low = text.lower()
    n = len(low)
    for w in _COMPARISON_WORDS:
        i = low.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")) and \
                    (j < n and (low[j].isalnum() or low[j] == "_")) == (w[-1] == "."):
                return True
            i = low.find(w, i + 1)
    return False
_YARDSTICK = re.compile(r"(?:a|one|the)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)", re.IGNORECASE)
# "in today's world", "the people of tomorrow", "USA Today": not a day.
# "tomorrow is another day", "tomorrow is a new day": a saying.
_ANOTHER_DAY = re.compile(r"\s+(?:is|will\s+be)\s+(?:another|a\s+(?:brand[\s-]+)?new|a\s+different)\s+day\b",
                          re.IGNORECASE)
# (whole words: "again tomorrow", "rain tomorrow", "begin tomorrow" keep their day)
_GENERIC_DAY = re.compile(r"\b(?:of|in)\s+$", re.IGNORECASE)
# "today's international relations", "today’s global economy": an adjective of the whole may come first.
# The things and people of the present age too ("today's personal computers", "today's teenagers",
# "most of today's consumers"), plurals, which seldom modify a noun: kinds, not a day's (a day's happening
# keeps it: "today's game", "today's workplace shooting").
_GENERIC_AFTER = re.compile(r"['’]s\s+(?:(?:most\s+(?=[a-z]))?(?:international|global|modern|political|"
                            r"geopolitical|digital|globali[sz]ed|interconnected|fast-changing|fast-paced|changing|personal"
                            r")\s+)?"
                            r"(?:world|society|age|economy|market|young|youth|children|standards|terms|"
                            r"generation|technology|kids|environment|climate|relations|politics|order|era|"
                            r"landscape|reality|realities|computers|smartphones|phones|cars|vehicles|devices|"
                            r"machines|consumers|teenagers|teens|lifestyles)\b", re.IGNORECASE)
# The present age's people of a calling ("novelists", "comedians", "filmmakers", "songwriters", "moviegoers"),
# ranked among their age by one adjective of standing ("today's prominent comedians", "today's most successful
# novelists"), or a part of them all ("most of today's moviegoers"): kinds of people, no day. A calling is read by
# its ending where the ending tells one (-ists, -ians; the -makers, -writers and -goers), and named where it does
# not: an -ers or -ors noun is as often the doer of a day's act ("today's speakers", "today's biggest gainers",
# "today's leading scorers", "most of today's protesters", "tomorrow's biggest performers", rv34), so only the
# callings of the arts and their public whose name shares that ending are listed.
_PEOPLE = (r"(?:[a-z]+(?:ists|ians)|[a-z]+-?(?:makers|writers|goers)|actors|actresses|authors|painters|directors|"
           r"illustrators|designers|architects|celebrities|audiences|gamers)")
_GENERIC_PEOPLE_AFTER = re.compile(r"['’]s\s+(?:most\s+(?=[a-z]))?(?:prominent|leading|popular|famous|successful|"
                                   r"aspiring|biggest)\s+" + _PEOPLE + r"\b", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"['’]s\s+" + _PEOPLE + r"\b", re.IGNORECASE)
# ("most of today's <people>" is a share of the age's only in a clause with no past of its own: "Most of today's
# filmmakers shoot digitally", not "Most of today's cyclists finished in the main pack", the day's riders: rv34)
_MOST_OF_BEFORE = re.compile(r"\bmost\s+of\s+$", re.IGNORECASE)


# "A year earlier, net income was $2.1 million", "earned 3 cents a share a
# year ago": earnings reports compare with the same period a year before.
_MONEY = re.compile(r"[$€£¥]\s?\d|\b(?:cents?|per\s+share|a\s+share|percent|net\s+income|net\s+loss|revenue)\b|%",
                    re.IGNORECASE)
# Every _MONEY match holds one of these (fastpath.may_hold): a sentence with none, most, is not searched by the
# pattern, which has no literal to open with and is tried at each of its positions.
_MONEY_WORDS = ("$", "€", "£", "¥", "%", "cent", "share", "net", "revenue")
# "for two weeks after the storm", "wait another two weeks before", "waited three days after":
# a stretch of time, not a day counted from something (but "set for two days after the vote").
_STRETCH_BEFORE = re.compile(r"(?<!\bset\s)(?<!\bdue\s)(?<!\bslated\s)(?<!\bscheduled\s)(?<!\bplanned\s)"
                             r"(?<!\bmoved\s)(?<!\bpostponed\s)(?<!\brescheduled\s)\bfor\s+(?:another\s+)?$|"
                             r"\b(?:another|wait|waits|waited|waiting)\s+$", re.IGNORECASE)
# (a match spans its window's last 2 words at most, "for another": fastpath.search_last_words)


def is_stretch(sent: str, m: Mention) -> bool:
    """ "for N days after/before ...": how long something lasted, no day."""
    return norm_dir(m) in ("before", "after") and \
        search_last_words(_STRETCH_BEFORE, sent, 2, max(0, m.start - 24), m.start) is not None


# "rose 1.9 cents from a week ago", "higher than a week earlier": a week as the yardstick, only
# right after the word that compares (a week ago is a day told of more often than a year ago is).
_WEEK_YARDSTICK = re.compile(r"(?:a|one|the)\s+week\s+(?:earlier|ago|before)", re.IGNORECASE)
_COMPARED_RIGHT_BEFORE = re.compile(r"\b(?:from|than|versus|vs\.|compared\s+(?:with|to))\s+$", re.IGNORECASE)
# "from a week ago, when a refinery fire shut down production": the yardstick goes on to tell that day's event.
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def is_comparison(sent: str, m: Mention) -> bool:
    if not _YARDSTICK.fullmatch(m.text.strip()):
        return bool(_WEEK_YARDSTICK.fullmatch(m.text.strip())) and \
            bool(_COMPARED_RIGHT_BEFORE.search(sent, max(0, m.start - 14), m.start)) and _money(sent) and \
            not _WHEN_AFTER.match(sent, m.end)
    before = sent[max(0, m.start - 120):m.start]
    return _compares(before) or _money(sent)


def _money(sent: str) -> bool:
    """Whether the sentence tells money or a share (_MONEY), the pattern tried only where it may match."""
    return may_hold(sent, _MONEY_WORDS) and _MONEY.search(sent) is not None


# "faster than can be done today", "even today", "the start-ups we see today", "as we know
# it today": today as "nowadays".
# "a day like today", "on days like today", "nights like tonight": a kind of day, no day ("On a day
# like today, when the vote was held, ...": the clause after it may tell that day; left dated).
_LIKE_BEFORE = re.compile(r"\b(?:days?|nights?|mornings?|afternoons?|evenings?|times|occasions?)\s+like\s+$",
                          re.IGNORECASE)
_LIKE_DAY_CLAUSE_AFTER = re.compile(r",?\s+(?:when|as|where)\b", re.IGNORECASE)
_GENERIC_TODAY = re.compile(r"(?:\bthan\b[^,;:.]*|\b(?:even|still|until|till|up\s+to|unlike)\s+|"
                            r"\b(?:we|you)\s+(?:see|know|have|face|know\s+it)\s+)$", re.IGNORECASE)
# "widespread in the world today", "the threat facing society today", "in the modern world today": the world or
# society of the present age, no day; nor "today and in the future", "both today and in the years ahead" (not a
# day's "today and tomorrow"; "met today in Geneva" is the day's).
_PRESENT_AGE_BEFORE = re.compile(r"\b(?:in|facing|across|throughout)\s+(?:the\s+|our\s+)?(?:modern\s+|wider\s+)?"
                                 r"(?:world|society|age|era|times)\s+$", re.IGNORECASE)
_FUTURE_PAIRED_AFTER = re.compile(r"\s+and\s+(?:in|into|for)\s+(?:the\s+)?(?:future|years?\s+(?:to\s+come|ahead)|"
                                  r"decades?\s+(?:to\s+come|ahead)|generations\s+to\s+come)\b", re.IGNORECASE)
# A concessive "however" and its adjective, a subject and a verb of lasting or seeming state (or a modal and a
# copula) right before "today": "however distant that goal might remain today", "however unlikely it seems today"
# (as things stand, nowadays). Not "however, the road is closed today" (the adverb, its comma), nor a verb of a
# happening ("however long it takes today"), nor a bare "is" ("However small the crowd is today": today's crowd).
_CONCESSIVE_STATE_TODAY = re.compile(r"\b[Hh]owever\s+(?!long\b|late\b|early\b|soon\b)[a-z]+\s+[^,;:.!?]{1,50}?\b"
                                     r"(?:(?:might|may|could|would|can|must)\s+(?:still\s+)?(?:remain|seem|appear|look|"
                                     r"sound|be)|remains?|seems?|appears?|looks?|sounds?)\s+$")
# "Democrats today are divided", "the town today is a shadow of itself": a state of things after
# a subject (no progressive, participle or future after the verb; not "has signed").
# The state is a noun phrase ("are a minority", "are ordinary taxpayers", "is a shadow of"): an
# article, or two words neither an adverb, a participle, a preposition nor a number. "Shares today
# are up 5%", "The museum today is open until 9 p.m.", "Roads today are icy", "The minister today
# has a meeting" are that day's.
_STATE_AFTER = re.compile(r"\s+(?:is|are)\s+(?!the\s+(?:\w+\s+)?(?:day|deadline|anniversary)\b)"
                          r"(?:(?:a|an|the|one|part|among|home|no\s+longer|largely|mostly)\b|"
                          r"(?!(?:\w+ing|\w+ed|\w+ly|expected|set|due|scheduled|slated|going|about|likely|to|been|being|"
                          r"up|down|open|in|on|at|off|out|back|higher|lower|very|so|too|quite|really|even|more|less|"
                          r"well|still|now|also|not|just|only|all|both)\b)[a-z]+\s+"
                          r"(?!(?:\w+ly|to|in|on|at|for|of|with|by|from|after|before|until|than|and|or|as|above|below|"
                          r"near|around|over|under)\b)[a-z]+\b)", re.IGNORECASE)

# Two things said to be equal or alike, in the present, around "today": "And today, the right to work is equal to
# the right to survival", "A vote today is tantamount to a veto", "Today, a degree is no different from a diploma":
# how things stand nowadays, no day's happening. Not a figure nor another time's it is compared with ("Today, the
# index is equal to its 2008 high", "Today, trading volume is similar to Monday's", "... equal to that of the last
# election"), nor a day's measure as the subject ("Today, turnout is equal to ..."), nor "Today's meeting is similar
# to last week's"; a subject before "today" only indefinite or bare ("A vote today is ...", not "The storm today is
# similar to Hurricane Sandy": one happening of the day).
_EQUATED = (r"(?:is|are)\s+(?:now\s+|still\s+|almost\s+|nearly\s+|virtually\s+|effectively\s+)?"
            r"(?:(?:equal|equivalent|tantamount|akin|identical|similar|comparable)\s+to|the\s+same\s+as|"
            r"synonymous\s+with|no\s+different\s+(?:from|than))\s+"
            r"(?![$€£]|\d|(?:last|this|yesterday|previous|earlier|that\s+of|those\s+of|the\s+day\b|"
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b)|"
            r"(?:its|their|the|a|an)\s+(?:\d{4}\s+)?(?:record|all-time|previous|(?:highs?|lows?|levels?|peaks?)\b"
            r"(?!\s+[a-z]))|[^,;.]{0,40}\b(?:in|of|on|since)\s+(?:\d{4}|last|yesterday)\b)")
_EQUATED_AFTER = re.compile(r"\s+" + _EQUATED, re.IGNORECASE)
# ... "today" fronted (after nothing but a conjunction or an opening quote), its comma, a subject of up to six words
_FRONTED_TODAY_EQUATED = re.compile(r",?\s+(?P<subj>(?:[\w'’-]+\s+){1,6}?)" + _EQUATED, re.IGNORECASE)
# (every _EQUATED match holds one of these: the regexes only where the words after "today" do)
_EQUATED_WORDS = ("equal", "equivalent", "tantamount", "akin", "identical", "similar", "comparable", "same as",
                  "synonymous", "different")
_FRONT_OF_TODAY = re.compile(r"[\"“‘'(\s]*(?:(?:and|but|yet|so|even)\s+)?", re.IGNORECASE)
# A day's measure as what is equated: "turnout", "trading volume", "prices", "the weather" (that day's own figure).
_DAY_MEASURE = re.compile(r"\b(?:turnout|volume|attendance|trading|prices?|rates?|index|temperatures?|weather|"
                          r"demand|supply|output|traffic|levels?|figures?|counts?|toll|totals?|scores?|crowds?)\b",
                          re.IGNORECASE)
# A definite subject before "today" ("The storm today", "This vote today", "His speech today"): one of that day's.
_DEFINITE_OPENING = re.compile(r"[\"“‘'(\s]*(?:the|this|that|these|those|its|his|her|their|our|my|your)\b",
                               re.IGNORECASE)


def _subject_before(sent: str, at: int) -> bool:
    """Whether the words before `at`, back to the clause's start, are a subject: words with no
    tense marker ("Democrats", "The victims of such schemes"; not "The training that starts")."""
    head = sent[clause_opening(sent, at, 80):at]
    return bool(head.strip()) and not has_tense_marker(head)


# "the 34th launch this year", "for the third time this month": a count, not a date.
# An ordinal in words counts only close to the date and not as a fraction
# ("one-third this year"; "its second bank holding company this year" is a purchase).
# The ordinals in words that count a happening ("second" to "twelfth"; "first" needs more, below).
_ORDINAL_WORDS = tuple(word for word, n in ORDINALS.items() if 2 <= n <= 12)
_COUNT_BEFORE = re.compile(r"(?:\b\d+(?:st|nd|rd|th)\b(?:\s+[\w-]+){0,3}|"
                           r"(?<![\w-])(?:" + "|".join(_ORDINAL_WORDS) + r")\b(?:\s+[\w-]+){0,2}|"
                           # "the team's first win this year" (not "first reported losses this year")
                           r"(?:\bthe|\bits|\bhis|\bher|\btheir|\bour|['’]s)\s+first(?:\s+[\w-]+){0,2}|"
                           r"\btimes?)\s+(?:so\s+far\s+)?$",
                           re.IGNORECASE)
# ... and an ordinal's noun with the place or the doer of what is counted, a phrase of a preposition or an
# infinitive, told by a copula ("It was the fifth missile launch by North Korea this year", "would mark a third
# attempt by the nuclear-armed state this year", "is the 12th killing of a journalist in Mexico this year", "The
# storm is the second to hit the region this month"), no verb of its own between (is_count: not "The second
# debate will take place in Boston this month", a happening of that month); the ordinal's phrase as a subject
# is the happening ("A second round of talks in Geneva this month failed"), so is a win ("won his second title
# at Wimbledon this year").
_ORDINAL_PLACE = r"\s+(?:by|of|in|on|at|from|against|for|across|near|along|inside|outside)(?:\s+[\w'’.-]+){1,4}?"
_ORDINAL_PHRASE_BEFORE = re.compile(r"(?:\b(?:is|was|are|were|be|been|becomes?|became|marks?|marked|marking)|['’]s)\s+"
                                    r"(?:the|a|an|its|their|his|her)\s+"
                                    r"(?P<ord>\d+(?:st|nd|rd|th)|(?:" + "|".join(_ORDINAL_WORDS) + r"))\b"
                                    r"(?:\s+[\w-]+){0,2}"
                                    # (an infinitive only right after the ordinal's words: "the third to strike the
                                    # island this week", not "the second step in a process to replace the board")
                                    r"(?:\s+to\s+[a-z]+(?:\s+[\w'’.-]+){0,3}?|" + _ORDINAL_PLACE + r")"
                                    r"(?:" + _ORDINAL_PLACE + r")?\s+$",
                                    re.IGNORECASE)
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)\b")
# Every _COUNT_BEFORE match holds a digit or one of these (fastpath.may_hold); every
# _PERIOD_YARDSTICK match one of the second: most windows hold none, and the regexes, tried at
# every position, are skipped.
_COUNT_WORDS = ("first", *_ORDINAL_WORDS, "time")
# The most words (runs between whitespace) a _COUNT_BEFORE match spans: "21st" and three words, or "the first" (or
# "team's first") and two, then "so far" (each ordinal word one word). Every match ends its window ("$"):
# fastpath.search_last_words searches the window's last so many words only.
_COUNT_BEFORE_WORDS = 6
_YARDSTICK_WORDS = ("compared", "versus", "vs.", "year-ago", "over", "than", "same", "corresponding", "comparable",
                    "year-earlier", "prior-year")
_ANY_DIGIT = re.compile(r"\d")


# "earned $3 billion, compared with $4.4 billion in the first quarter of last
# year", "up 2% over the first quarter": a period named as a yardstick.
_PERIOD_YARDSTICK = re.compile(r"(?:\b(?:compared\s+(?:with|to)|versus|vs\.|year-ago)\b(?:[^.;:]|\.\d){0,60}|"
                               r"\b(?:over|than)\s+|"
                               # "from the same period last year", "the corresponding quarter of last year"
                               r"\b(?:same|corresponding|comparable|year-earlier|prior-year)\s+"
                               r"(?:period|quarter|time|month|week|months|weeks)\s+(?:of\s+)?)$", re.IGNORECASE)


# A point a count stood at, "at"/"by" it (not a period of the year, "compared with the same period in 2023",
# whose year stays), the count itself right before the point, after the yardstick's word, in one phrase:
# "compared with 48 at this point in 2020", "down from 3.1 million by the same point in 2019"; a yardstick word
# in another clause leaves an event's year alone ("Turnout is higher than expected; at this point in 2016, Trump
# had already won", "versus a slump by this point in 2008 that wiped out savings": no count).
_SAME_POINT_IN = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.|than|(?:up|down)\s+from)\s+"
                            r"(?:(?:about|around|roughly|nearly|almost|just|only|some|the)\s+)?[$€£]?\d[\d,.]*"
                            r"(?:\s+(?:million|billion|thousand|hundred|percent|per\s+cent))?(?:\s+[a-z]+)?\s+"
                            r"(?:at|by)\s+(?:this|that|the\s+same)\s+(?:time|point|stage)\s+(?:in|of)\s+$",
                            re.IGNORECASE)


# "the first two quarters of 1990", "both halves of this year": parts of the
# year, which are no day/month/year event (the qtr rule reads single ones).
_YEAR_PARTS_BEFORE = re.compile(r"\b(?:quarters|halves)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# (not where the possessive's noun is a measure, the quarrels counted: "a 20% rise in protests over last year's total")
_MEASURE_OF_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:totals?|figures?|levels?|numbers?|rates?|counts?|tally|"
                               r"average|highs?|lows?|records?|peak|pace|amounts?|volumes?|share)\b", re.IGNORECASE)
# A quarrel's or a worry's noun right before "over" makes "over" "about" ("a dispute over last month's vote", "anger
# over last year's cuts", "questions over last week's ruling"): what follows is what the quarrel is about, not a
# yardstick ("up 5% over last year's figure").
_QUARREL_OVER_BEFORE = re.compile(r"\b(?:disputes?|rows?|controversy|controversies|protests?|outrage|anger|fury|"
                                  r"concerns?|fears?|questions|criticism|clash(?:es)?|fights?|battles?|tensions?|"
                                  r"lawsuits?|challenges?|probes?|investigations?|inquiry|inquiries|uproar|furou?re|"
                                  r"stand-?off|wrangling|feud|spat|quarrel|disagreements?|unrest|outcry|"
                                  r"backlash|doubts)\s+over\s+$", re.IGNORECASE)
_OVER = ("over",)  # (every _QUARREL_OVER_BEFORE match ends with it and whitespace: fastpath.ends_with_word)


def is_yardstick_period(sent: str, m: Mention) -> bool:
    # (every _YEAR_PARTS_BEFORE match ends with "of" or "the" and whitespace: fastpath.ends_with_word)
    if m.kind in ("ru", "yr") and \
            ends_with_word(sent[(m.start - 30 if m.start > 30 else 0):m.start], ("of", "the")) and \
            _YEAR_PARTS_BEFORE.search(sent, max(0, m.start - 30), m.start):
        return True
    if m.kind == "ru":
        if (m.g("ru_rel") or "").lower() != "last":
            return False
        if m.text.endswith(("'s", "’s")) and re.match(r"\s*[$€£¥]\s?\d", sent[m.end:m.end + 4]):
            return True  # "up from last year's $1.55 billion"
        if (m.text.endswith(("'s", "’s")) or sent.startswith(("'s", "’s"), m.end)) and \
                ends_with_word(sent[(m.start - 40 if m.start > 40 else 0):m.start], _OVER) and \
                _QUARREL_OVER_BEFORE.search(sent, max(0, m.start - 40), m.start) and \
                not _MEASURE_OF_AFTER.match(sent, m.end):
            return False  # "a legal dispute over last month's election": "over" is "about", no yardstick
    elif m.kind == "yr":
        # "compared with 53 at this time in 2019", "up from 31 at the same point in 2019": the year a
        # count is set beside, as "at this time last year" is
        lo = m.start - 100 if m.start > 100 else 0
        near = sent[(m.start - 16 if m.start > 16 else 0):m.start]
        return ("oint" in near or "ime" in near or "tage" in near) and \
            _SAME_POINT_IN.search(sent, lo, m.start) is not None
    elif m.kind != "qtr":
        return False
    lo = m.start - 80 if m.start > 80 else 0
    return may_hold(sent[lo:m.start], _YARDSTICK_WORDS) and bool(_PERIOD_YARDSTICK.search(sent, lo, m.start))


# "has carried out 36 missile launches this year", "12 attacks on power stations so
# far this year": a tally of happenings, not a statement about the year.
_TALLY_BEFORE = re.compile(r"(?:\b\d[\d,]*|\b(?:" + "|".join(w for w in NUMBERS if NUMBERS[w] and len(w) > 2) +
                           r"))(?:[\s-]+[\w-]+){0,3}?\s+(?:" + "|".join(sorted(HAPPENING_NOUNS - {"times"})) +
                           r")\b[^.;:,\d]{0,40}?\s+(?:so\s+far\s+)?$", re.IGNORECASE)
# Every _TALLY_BEFORE match holds one of these nouns: without one in the window the
# backtracking regex (~0.1 ms on a window full of numbers) is not tried.
_TALLY_NOUNS = tuple(sorted(HAPPENING_NOUNS - {"times"}))
# A tally is a sum so far: "has carried out", "so far", "already" (not "will hold two
# elections this year", which says what the year holds).
_TALLIED = re.compile(r"\b(?:has|have|had|so\s+far|already|to\s+date)\b", re.IGNORECASE)
# Happenings still to come after the sum's word are the year's plan ("Officials have said
# three elections will be held this year", "has won 12 games, and will play five more").
_TALLY_AHEAD = re.compile(r"\b(?:will|would|shall|to\s+be|(?:is|are)\s+(?:due|set)\s+to)\b", re.IGNORECASE)


# ... and the same count with the year written out: "Kansas City's 74th traffic death of 2020", "the
# 12th homicide so far in 2023" (an ordinal's noun, then "of" or "so far in", right before the year); not
# a part or an anniversary of the year ("the third week of 2020", "the 50th anniversary of 1969": no count
# of happenings).
_COUNT_OF_YEAR_BEFORE = re.compile(r"(?:\b\d+(?:st|nd|rd|th)|(?<![\w-])(?:" + "|".join(_ORDINAL_WORDS) + r"))"
                                   r"(?:\s+(?!(?:day|days|week|weeks|weekend|month|months|quarter|half|season|"
                                   r"anniversary|birthday|century|decade|year|years)\b)[\w-]+){1,3}"
                                   r"\s+(?:of|so\s+far\s+in)\s+$", re.IGNORECASE)


# (a month named after the year with no year of its own: the written year is its year, and stays: "The second wave
# of 2020 peaked in November", "Her first album of 2020 came out on March 6")
_YEARLESS_MONTH_AFTER = re.compile(rf"\b(?-i:{MONTH_NAME_ALTERNATION})\b"
                                   r"(?!,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})")


def is_count(sent: str, m: Mention) -> bool:
    if m.kind == "yr":
        near = m.start - 50 if m.start > 50 else 0  # max(0, m.start - 50): see fastpath's note
        # (every _COUNT_OF_YEAR_BEFORE match ends with "of" or "so far in" and whitespace: a year after
        # anything else, most, is no count, and the window is not searched for an ordinal)
        return ends_with_word(sent[near:m.start], ("of", "in")) and \
            (_ORDINAL_DIGITS.search(sent, near, m.start) is not None or
                may_hold(sent[near:m.start], _ORDINAL_WORDS)) and \
            _COUNT_OF_YEAR_BEFORE.search(sent, near, m.start) is not None and \
            _YEARLESS_MONTH_AFTER.search(sent, m.end) is None
    if m.kind != "ru" or (m.g("ru_rel") or "").lower() != "this":
        return False
    near = max(0, m.start - 50)
    if (_ANY_DIGIT.search(sent, near, m.start) or may_hold(sent[near:m.start], _COUNT_WORDS)) and \
            search_last_words(_COUNT_BEFORE, sent, _COUNT_BEFORE_WORDS, near, m.start):
        return True
    far = max(0, m.start - 80)
    if (_ORDINAL_DIGITS.search(sent, far, m.start) or may_hold(sent[far:m.start], _ORDINAL_WORDS)) and \
            (c := _ORDINAL_PHRASE_BEFORE.search(sent, far, m.start)) is not None and \
            not has_tense_marker(sent[c.start("ord"):m.start]):
        return True  # "the fifth missile launch by North Korea this year": a count
    lo = max(0, m.start - 90)
    if not may_hold(sent[lo:m.start], _TALLY_NOUNS) or not _TALLY_BEFORE.search(sent, lo, m.start):
        return False
    last = max((t.end() for t in _TALLIED.finditer(sent, max(0, m.start - 120), m.start)), default=None)
    return last is not None and _TALLY_AHEAD.search(sent, last, m.start) is None


_ROUGHLY_AFTER = re.compile(r"\s+or\s+(?:so|two|more)\b", re.IGNORECASE)
# A state held, right before "for the next/coming year (month)": a participle of keeping as it is or a verb of
# lasting ("frozen for", "remain closed for", "stays shut for"); not a plan's ("planned for the next year").
_HELD_FOR_BEFORE = re.compile(r"\b(?:frozen|closed|shut|suspended|banned|capped|locked|paused|halted|barred|"
                              r"unchanged|remains?|remained|stays?|stayed|lasts?|lasted|continues?|continued)\s+"
                              r"for\s+$", re.IGNORECASE)


def is_duration(sent: str, m: Mention) -> bool:
    """ "over the last month", "in the past month": the 30 days up to now, not a calendar month;
    "over the past year" too ("the past year" otherwise stays the year: mostly last year, and so
    its gold readers date it)."""
    if m.kind != "ru" or (m.g("ru_unit") or "").lower() not in ("month", "year"):
        return False
    rel = " ".join((m.g("ru_rel") or "").lower().split())
    if rel in ("the next", "the coming") and sent[max(0, m.start - 7):m.start].lower().endswith(("over ", "within ")):
        # "are due to be hooked up over the next year", "within the coming month": the twelve months (the
        # thirty days) from then, not the calendar year (month) after the one told
        return True
    if rel in ("the next", "the coming") and sent[max(0, m.start - 4):m.start].lower() == "for " and \
            _HELD_FOR_BEFORE.search(sent, max(0, m.start - 40), m.start):
        # "council tax will be frozen for the next year", "the road stays closed for the coming month": a state
        # held for the twelve months (the thirty days) from then, not the calendar year after the one told
        return True
    if (m.g("ru_unit") or "").lower() == "year":
        # "doubled over the past year", "$70 billion over the previous year": the twelve months up to
        # then (no real-news gold keys them); "in the past year" stays the year. So is a rough stretch,
        # "in the last year or so", "in the past year or two": no calendar year is that.
        if (rel in ("the past", "the previous") or rel == "last" and
                sent[max(0, m.start - 4):m.start].lower() == "the ") and _ROUGHLY_AFTER.match(sent, m.end):
            return True
        return rel in ("the past", "the previous") and sent[max(0, m.start - 5):m.start].lower() == "over " or \
            rel == "last" and sent[max(0, m.start - 9):m.start].lower() == "over the "
    return rel == "the past" or (rel == "last" and sent[max(0, m.start - 4):m.start].lower() == "the ")


# "Black Friday used to open the season", "the office is usually shut on Monday",
# "usually the river runs high in May" (a month only in a clause not in the past:
# "the river, which usually runs high, flooded in May" is one May):
# a custom, so the named day, weekday or month is each year's or week's, not one.
# One is in every _HABITUAL match.
HABITUAL_WORDS = ("sed to", "sually", "ypically", "raditionally", "ormally", "enerally", "n general", "s a rule",
                  " tend to", " tends to", "ften", "requently", "egularly", "ost years", "ypical year",
                  "ormal year", "every ", "Every ye", "ach ", "urdays", "ndays", "sdays", "idays", "season", "onsoon",
                  "y mornings", "y afternoons", "y evenings")
# HABITUAL_WORDS grouped under a shorter piece each word of the group holds ("lly": "sually", "ypically" ...):
# a sentence without the piece holds no word of its group, which is then not looked for one by one (a
# sentence with no custom, most, is scanned 14 times, not 28). Built from the list, so that a word added
# there is looked for here too, under the first piece it holds or on its own.
_HABITUAL_PIECES = ("lly", "days", "ings", "year", "very ", " tend")
_HABITUAL_GROUPS = tuple((piece, tuple(w for w in HABITUAL_WORDS if piece in w and
                                       not any(p in w for p in _HABITUAL_PIECES[:k])))
                         for k, piece in enumerate(_HABITUAL_PIECES))
_HABITUAL_SINGLES = tuple(w for w in HABITUAL_WORDS if not any(p in w for p in _HABITUAL_PIECES))


def holds_habitual_word(sent: str) -> bool:
    """fastpath.holds(sent, HABITUAL_WORDS), the same answer: whether the sentence holds a word of a custom."""
    for w in _HABITUAL_SINGLES:
        if w in sent:
            return True
    for piece, words in _HABITUAL_GROUPS:
        if piece in sent:
            for w in words:
                if w in sent:
                    return True
    return False
# "held in May each year", "the deadline is April 15 every year": each year's day or month, the words
# right after it saying so.
EACH_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:every|each)\s+year|annually)\b", re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:[Uu]sed\s+to|[Uu]sually|[Tt]ypically|[Tt]raditionally|[Nn]ormally)\b|"
                       # "Generally, the monsoon begins June 10", "it generally starts in May": a custom; not
                       # "generally satisfied", "generally peaceful" (how much, not how often).
                       # Those, "in general", "as a rule" and "tends to" only of a yearless day or month in a
                       # clause not in the past: "Generally, the talks went well on Monday" is one Monday.
                       r"(?P<soft>^\W*Generally\b|\b[Gg]enerally(?=\s*,|\s+[a-z]+[^s\W]s\b|\s+(?:held|closed|open)\b)|"
                       r"\b[Ii]n\s+general\b|\b[Aa]s\s+a\s+rule\b|\btends?\s+to\b|"
                       # "often travels to Texas in August", "In most years the monsoon arrives in June"
                       r"\b(?:[Oo]ften|[Ff]requently|[Rr]egularly)\b|"
                       r"\b(?:[Ii]n\s+)?(?:[Mm]ost|a\s+typical|a\s+normal)\s+years?\b|"
                       # A weekly round ("runs every Saturday from May to October", "is open on Sundays
                       # in summer") and a season of nature ("Hurricane season runs from June 1 to Nov.
                       # 30", "the monsoon begins June 10"): every year's months and days.
                       # "Each year millions fall ill, and most cases happen between December and February":
                       # a sentence framed by "each/every year" at its head tells each year's months.
                       r"^\W*(?:[Ee]very|[Ee]ach)\s+year\b(?!,?\s+(?:since|until|till|from|through|before|after)\b)|"
                       r"(?P<weekly>\b(?:[Ee]very|[Ee]ach)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|weekend)\b|"
                       r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b|"
                       # "runs on Saturday mornings from April to October": a part of every such day
                       r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:mornings|afternoons|evenings)\b)|"
                       r"\b(?:[Hh]urricane|[Mm]onsoon|[Rr]ainy|[Ww]et|[Dd]ry|[Tt]yphoon|[Cc]yclone|[Tt]ornado|[Ww]ildfire|"
                       r"[Ff]lu|[Aa]llergy|[Pp]ollen|[Bb]reeding|[Nn]esting|[Mm]igration|[Hh]arvest|[Pp]lanting|"
                       r"[Gg]rowing)\s+season\b|\b[Tt]he\s+(?:[\w-]+\s+)?monsoon\b)")
# _HABITUAL as the regex engine searches it fast, the same matches and groups (test_fast_paths): every
# alternative opens with \b and a letter, or with "^" (only at the text's start), so one guard in front says
# where a match may start, a word's start with one of the letters alternatives open with, or 0; the guard
# fails at once at the other positions, where each of some thirty alternatives was tried in turn (~3k
# instructions a character). After the guard each alternative's own \b says nothing more (the letter it
# opens with is a word character), and without it the engine skips an alternative whose first letter is not
# there without entering it. A third of the instructions of _HABITUAL's searches.
_HABITUAL_OPENING_LETTERS = "ABCDEFGHIMNOPRSTUWabcdefghimnoprtuw"
_HABITUAL_FAST = re.compile(rf"(?:\b(?=[{_HABITUAL_OPENING_LETTERS}])|^)(?:"
                            + _HABITUAL.pattern[len(r"\b"):].replace(r"|\b", "|")
                            .replace(r"(?P<weekly>\b", "(?P<weekly>") + ")")
# ... that frame alone: its months are each year's in any tense ("Each year, the fair drew crowds in May").
EACH_YEAR_FRAME = re.compile(r"\W*(?:[Ee]very|[Ee]ach)\s+year\b"
                             r"(?!,?\s+(?:since|until|till|from|through|before|after)\b)")
# "is usually held in May", "are normally closed on March 3": a present passive, which tense
# reads as past for its participle.
IS_HABITUAL = re.compile(r"\b(?:is|are)\s+(?:usually|generally|typically|normally|traditionally)\b", re.IGNORECASE)
# A clause break between the custom and the day: "usually shut, but on Monday it opened".
_CLAUSE_BREAK = re.compile(r"\b(?:but|until|till|when|before|after|since|except)\b|;", re.IGNORECASE)


# IS_HABITUAL without its closing \b: where IS_HABITUAL may first match, whatever end it is searched to.
_IS_HABITUAL_OPENING = re.compile(r"\b(?:is|are)\s+(?:usually|generally|typically|normally|traditionally)",
                                  re.IGNORECASE)


def habitual_present_from(sent: str) -> int:
    """Where the sentence's first IS_HABITUAL match may start, searched to any end (its length: none);
    looked for once a sentence, so that present_passive_custom need not search each month's words before
    it from the sentence's start (a sentence of thousands of months)."""
    first = _IS_HABITUAL_OPENING.search(sent)
    return len(sent) if first is None else first.start()


def present_passive_custom(sent: str, m: Mention, habitual_from: int) -> bool:
    """ "is usually held in August": the custom's "is" governs the month (no past between).
    `habitual_from`: the sentence's habitual_present_from."""
    h = IS_HABITUAL.search(sent, habitual_from, m.start)
    # (a finite past between the custom and the month is another clause's: "which is usually held in August, was
    # held in May" is one May)
    if h is not None and not PAST_AUXILIARY.search(sent, h.end(), m.start):
        return True
    # "Elections that normally take place in June were moved", "The fair, usually held in May, was
    # called off": the custom's own verb (a present, or a participle right after it) governs the
    # month, though a past later in the sentence reads as the month's tense.
    h = _CUSTOM_VERB.search(sent, max(0, m.start - 60), m.start)
    return h is not None and _CUSTOM_TO_MONTH.fullmatch(sent, h.end(), m.start) is not None


# "tomorrow's" of the age to come before the people and things of it ("trains tomorrow's leaders", "the jobs
# of tomorrow" already: _GENERIC_DAY), "yesterday's" of an age gone by ("yesterday's men", "yesterday's
# technology"): no day; a day's happening keeps it ("tomorrow's vote", "yesterday's market rally").
# ... the age's noun ending its phrase (not the first of two nouns, "tomorrow's jobs report", "tomorrow's nurses
# strike", "yesterday's World Cup qualifier": that day's happening).
_AGE_NOUN_END = (r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:of|and|or|who|that|which|will|would|to|in|for|with|from|are|is|was|"
                 r"were|have|has|had|need|needs|must|can|could|may|might|should|shall|include|includes|remain|remains|lie|lies|"
                 r"demand|demands|require|requires|face|faces)\b)")
_AGE_AHEAD_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:leaders|workforce|jobs|cities|heroes|stars|champions|engineers|"
                              r"scientists|innovators|entrepreneurs|problems|challenges|solutions|ideas|workers|"
                              r"doctors|nurses|teachers|generations?|world|technology|technologies)\b(?!['’-])"
                              + _AGE_NOUN_END)
_AGE_GONE_AFTER = re.compile(r"\s+(?:men|heroes|generation|world|technology|technologies|standards|politics|"
                             r"thinking|solutions|problems|ideas|battles|wars)\b(?!['’-])" + _AGE_NOUN_END,
                             re.IGNORECASE)
# ... and the idiom after a copula: "is yesterday's news", "had become yesterday's news" (not "Yesterday's news was
# grim", "yesterday's news conference": that day's).
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|become|becomes|became|now)\s+$", re.IGNORECASE)
_NEWS_AFTER = re.compile(r"\s+news\b(?!['’-]|\s+(?:conference|release|briefing|report|item|story|stories|bulletin|"
                         r"broadcast|cycle|event)\b)", re.IGNORECASE)


# A custom's adverb and the verb after it: "normally take place", "usually held", "typically falls",
# "often gets hot" (not a comparison's "more often", "as often").
_CUSTOM_VERB = re.compile(r"\b(?:[Uu]sually|[Tt]ypically|[Tt]raditionally|[Nn]ormally|"
                          r"(?<!more\s)(?<!less\s)(?<!as\s)(?<!so\s)(?<!how\s)(?:[Oo]ften|[Ff]requently|[Rr]egularly))\s+"
                          r"(?!was\b|were\b|had\b|did\b)[a-z]+\b")
# ... then, up to the month, the verb's own words: no comma, no other past ("which usually runs high,
# flooded in May"; "normally meets twice, met in March").
_CUSTOM_TO_MONTH = re.compile(r"(?:\s+(?!(?:was|were|had|did|and|but)\b)(?![a-z]+ed\b)[a-z]+)*?\s+"
                              r"(?:in|during|by|until|through)\s+(?:(?:early|late|mid)[\s-]+)?"
                              rf"(?:(?:{MONTH_NAME_ALTERNATION})\s+(?:and|or)\s+)?$")


_HABITUAL_REACH = 300
_AS_BEFORE = re.compile(r"\bas\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)


# How far a custom's match may begin before, or end after, the word of HABITUAL_WORDS it holds.
_HABITUAL_AROUND = 40


def _add_hits(sent: str, w: str, lo: int, hi: int, hits: list[tuple[int, int]]) -> None:
    """Each place of `w` in sent[lo:hi], as (start, end), added to `hits`."""
    i = sent.find(w, lo, hi)
    while i >= 0:
        hits.append((i, i + len(w)))
        i = sent.find(w, i + 1, hi)


def _habitual_near(sent: str, lo: int, hi: int, at: int) -> re.Match | None:
    """A custom (_HABITUAL) in sent[lo:hi], looked for only around the words that every one holds
    (HABITUAL_WORDS): the big pattern tried at every position of 600 characters cost ~0.25 ms."""
    hits = []
    # str.find: a regex of the words tried at each position is slower. Each word is looked for only when the
    # window holds it, and a group's words only when it holds their piece (holds_habitual_word's groups): an
    # `in` test costs a fraction of a find with its bounds, and most windows hold one word or none. The hits
    # are sorted below: the order the words are looked for in changes nothing.
    window = sent[lo:hi]
    for w in _HABITUAL_SINGLES:
        if w in window:
            _add_hits(sent, w, lo, hi, hits)
    for piece, words in _HABITUAL_GROUPS:
        if piece in window:
            for w in words:
                if w in window:
                    _add_hits(sent, w, lo, hi, hits)
    for a, b in sorted(hits):
        end = min(hi, b + _HABITUAL_AROUND)
        h = _HABITUAL_FAST.search(sent, max(lo, a - _HABITUAL_AROUND), end)
        while h is not None and h[0][:4] in ("used", "Used") and not _used_to_habit(sent, h, at):
            h = _HABITUAL_FAST.search(sent, h.end(), end)  # "The knife used to kill him": no custom, look on
        if h is not None:
            return h
    return None


# "be" or "get" right before "used to" (maybe with an adverb): the passive of "use" ("will be used
# to rebuild the school", "funds were mostly used to pay") or "accustomed" ("to get used to the
# break", "Fans are used to waiting"), no custom.
_BE_GET_BEFORE_USED = re.compile(r"(?:\b(?:be|is|are|am|was|were|been|being|isn't|aren't|wasn't|weren't|"
                                 r"get|gets|got|gotten|getting|become|becomes|became|becoming|grow|grows|grew|grown|"
                                 r"growing)|['’](?:s|re|m))"
                                 r"(?:\s+(?:not|also|now|then|still|already|all|so|very|quite|pretty|[a-z]+ly))?\s+$",
                                 re.IGNORECASE)
# A word before "used to" that makes it the verb of its clause: a pronoun or a relative ("He used to
# visit", "which used to be"), an adverb ("once used to", "never used to").
_SUBJECT_BEFORE_USED = frozenset("""i you he she it we they who which that there this these those one people
    once also never always even still just only often long and or but not""".split())
# ... the verb after "used to" and its words, up to a clause break: a comma, a semicolon, a colon, a
# dash, a conjunction or a word that opens a clause of its own ("used to say the bridge was safe").
_USED_TO_REST = re.compile(r"\s+[A-Za-z-]+((?:\s+(?!(?:and|or|but|that|which|who|whom|whose|what|when|where|while|"
                           r"because|since|if|until|till|before|after|as|though|although|so|than|whether|how|why)\b)"
                           r"[\w$%.'’/-]+)*)")
_CLAUSE_TAKING_AFTER_USED = frozenset("""say said tell think believe claim insist argue joke complain know hope fear
    worry wonder feel assume suspect remember recall explain warn boast ask show""".split())


def _used_to_habit(sent: str, h: re.Match, at: int) -> bool:
    """Whether "used to" at h is the custom ("Black Friday used to open the season", "He used to visit in
    May"), not the passive of "use" ("was used to pay"), "accustomed" ("get used to the break") nor a
    reduced relative ("The knife used to kill him was found on Saturday": the clause's own verb after
    it). `at`: where the date starts."""
    a = h.start()
    if not sent[:a].strip():
        return False  # "Used to treat malaria, the drug ...": a participle's phrase, no subject
    if _BE_GET_BEFORE_USED.search(sent, max(0, a - 32), a):
        return False
    prev = sent[max(0, a - 16):a].split()[-1:]
    if not prev or prev[0].lower().strip("\"'“”‘’(") in _SUBJECT_BEFORE_USED:
        return True
    rest = _USED_TO_REST.match(sent, h.end())
    if rest is None or sent[h.end():rest.end()].split()[0].lower() in _CLAUSE_TAKING_AFTER_USED:
        return True
    # "The knife used to kill him was found", "The drug used to treat the virus goes on sale": a
    # finite verb after the phrase, before any clause break, is its clause's own; before the date,
    # if the date comes after "used to" ("Families used to spend Christmas Day at the lodge his
    # grandfather built": the date in the custom's phrase, the verb a relative's).
    stop = min(rest.end(1), at) if at >= h.end() else rest.end(1)
    return not has_finite_verb(sent[rest.start(1):stop])


def habitual(sent: str, m: Mention) -> bool:
    if m.g("hol_y") or m.g("hol_mod") or m.g("wd_mod") or (m.g("mo_mod") or "").lower() in ("last", "this", "next"):
        return False  # "last Christmas", "Christmas 2019", "next Monday", "last May": one day or month
    # (The caller checks HABITUAL_WORDS once per sentence; the custom is looked for near the
    # date, so that a long sentence full of dates is not searched again for each.)
    h = _habitual_near(sent, max(0, m.start - _HABITUAL_REACH), m.end + _HABITUAL_REACH, m.start)
    while h is not None and _manner_normally(sent, h):
        # "trains should run normally after Saturday's disruption": how they run, no custom; look on
        h = _habitual_near(sent, h.end(), m.end + _HABITUAL_REACH, m.start)
    if h is None or _AS_BEFORE.search(sent, max(0, h.start() - 24), h.start()):
        return False  # "as normally scheduled", "as it usually does": compared with the custom
    if h[0].lower() in _CUSTOM_ADVERBS and _DETERMINER_BEFORE.search(sent, max(0, h.start() - 8), h.start()):
        return False  # "the usually packed stadium will stay empty until Saturday": the adverb is an adjective's
    if h["weekly"] and "day" in h["weekly"] and m.kind == "mo" and \
            _ROUND_STARTS_BEFORE.search(sent, max(0, m.start - 40), m.start) and not _CUSTOM_ADVERB.search(sent):
        # "Bus service on Sundays starts in January": the month the round begins, one month (not "The market
        # on Saturday mornings usually starts in April": a custom of its own says every year's April)
        return False
    if h["soft"] and m.kind in ("wd", "hol"):
        return False  # the caller reads no tense for these
    if h["weekly"] and m.kind != "mo":
        return False  # "on Saturdays Oct. 27 and Nov. 3", "each Thursday from August 6": the days of the round
    between = sent[h.end():m.start] if h.end() <= m.start else sent[m.end:h.start()]
    if h.end() <= m.start and "," in between and \
            RELATIVE_OPENS.search(sent, max(0, sent.rfind(",", 0, h.start())), h.start()):
        return False  # "The company, which often hires students, cut 200 jobs in October": the aside's custom
    if h.start() >= m.end and m.kind in ("mo", "qtr") and (aside := ASIDE_AFTER_DATE.match(sent, m.end)) and \
            aside.end() >= h.end() and first_tense_is_past(sent[aside.end():aside.end() + 60]):
        # "March, which is usually the weakest month, saw a 5 percent rise", "The June quarter, which is typically
        # quiet, was busy": the custom is the aside's, told of every such month; the month's own clause goes on
        # after it, in the past: one month
        return False
    if m.kind in ("mo", "mdy", "dmy") and _FUTURE_SAID.search(between):
        return False  # "usually low, and the runoff will be held in April": one April ahead
    if m.kind in ("mo", "mdy", "dmy") and h.end() <= m.start and PAST_AUXILIARY.search(between):
        # "Elections that normally take place in June were pushed back to Sept. 15", "... normally held
        # in May were postponed to August": the day's or month's own past, not the custom's
        return False
    if h.end() <= m.start:
        # "usually picks up after Thanksgiving", "are usually dry until October": the date's own
        # preposition is no break between the custom and the date.
        if _FRONTED_IN_CONJOINED.search(between):
            return False  # "Each year the firm reports, and in March it cut 200 jobs": that clause's own month
        conjoined = _CONJOINED.search(between)
        if conjoined and has_past_verb(between[conjoined.end():]) and \
                not _SAYS_NOW.search(between, conjoined.end()):
            # "Each year more tourists come, and the hotel opened a wing in June": a clause of its own, in
            # the past, after the custom's (not "..., and the agency says most cases happen in December":
            # "says", which tense counts as past, tells the custom now)
            return False
        if "," not in between:  # (the custom's own clause runs on to the date)
            between = _DATE_PREPOSITION.sub("", between)
    return not _CLAUSE_BREAK.search(between)


_CUSTOM_ADVERBS = frozenset("usually typically normally traditionally generally often frequently regularly".split())
# "normally" after its verb, a preposition, a conjunction or a stop after it: how a thing goes ("services ran
# normally on Monday", "schools will function normally after the holiday"), not how it goes as a rule (not after a
# copula or an auxiliary: "the fair is normally in May", "it would normally, in June, ..."; nor before its verb:
# "the office normally closes on Monday").
_NORMALLY_AFTER_VERB = re.compile(r"(?-i:[a-z]{2,})\s+$")
_NOT_A_VERB_BEFORE_NORMALLY = frozenset("""is are am was were be been being will would shall should can could may
    might must do does did has have had not as than so more less how what it that which who""".split())
_MODAL_RIGHT_BEFORE = re.compile(r"\b(?:will|would|should|shall|could|can|may|might|must|to|won['’]t|wouldn['’]t|"
                                 r"didn['’]t|did|not)\s+(?:(?:be|continue\s+to|still|again|soon)\s+)?$|['’]ll\s+$",
                                 re.IGNORECASE)
_MANNER_AFTER_NORMALLY = re.compile(r"\s*(?:[,.;:!?)—–]|$|(?:after|before|on|in|at|from|until|till|through|since|by|"
                                    r"for|during|again|once|and|but|with|despite|following|throughout|today|"
                                    r"tomorrow|this|next|last)\b)", re.IGNORECASE)


def _manner_normally(sent: str, h: re.Match) -> bool:
    """Whether the custom's word at h is "normally" telling how a thing goes (_NORMALLY_AFTER_VERB above)."""
    if h[0] not in ("normally", "Normally") or h.start() == 0:
        return False
    before = _NORMALLY_AFTER_VERB.search(sent, max(0, h.start() - 24), h.start())
    if before is None or before[0].split()[0] in _NOT_A_VERB_BEFORE_NORMALLY or \
            _MANNER_AFTER_NORMALLY.match(sent, h.end()) is None:
        return False
    # ... a verb told once: in the past ("ran normally"), or after a modal or "to" ("should run normally", "to
    # function normally"); not a present's round ("The river runs normally in May": each May)
    return has_past_verb(before[0]) or _MODAL_RIGHT_BEFORE.search(sent, max(0, before.start() - 24),
                                                                  before.start()) is not None
_CUSTOM_ADVERB = re.compile(r"\b(?:" + "|".join(sorted(_CUSTOM_ADVERBS)) + r")\b", re.IGNORECASE)
# A determiner right before a custom's adverb: the adverb is an adjective's ("the usually packed stadium";
# no demonstrative, which is as often the subject: "This usually happens in January").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|my|your)\s+$", re.IGNORECASE)
_SAYS_NOW = re.compile(rf"\b(?:{phrase_rx(SAYS_WORDS)})\b", re.IGNORECASE)
# A verb of a weekly round's start right before its month: "starts in January", "starting in March".
_ROUND_STARTS_BEFORE = re.compile(r"\b(?:start|starts|starting|started|begin|begins|beginning|began|launch|launches|"
                                  r"launching|launched|return|returns|returning|returned|resume|resumes|resuming|"
                                  r"resumed)\s+(?:again\s+)?(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
# A clause joined after the custom's: ", and the hotel opened ...".
_CONJOINED = re.compile(r"[,;]\s*(?:and|but|yet|so)\s+", re.IGNORECASE)
# ... with a date fronted in it: ", and in March", "; and on Monday".
_FRONTED_IN_CONJOINED = re.compile(_CONJOINED.pattern + r"(?:in|on|at|during|by)\s+(?:(?:early|late|mid)[\s-]+)?$",
                                   re.IGNORECASE)
# The preposition right before a date ("after Thanksgiving", "until the", "before").
_DATE_PREPOSITION = re.compile(r"\b(?:until|till|before|after|since)\s+(?:the\s+)?$", re.IGNORECASE)


# A vote or a happening supposed, not told: "If the election were held on Sunday, the party would win 30
# percent" (a poll's question), "Had the vote taken place in January, the result might have been
# different", "If the match had been played on Saturday, ...": the day or month of what did not or may not
# happen, no date. Only the holding itself supposed (not "If she were elected on Sunday, she would be the
# first": the vote is real, the outcome supposed), and only with the main clause's "would", "could" or
# "might" after the date.
_SUPPOSED_HOLDING = (r"(?:held|to\s+be\s+held|to\s+take\s+place|taking\s+place|to\s+go\s+ahead|called|"
                     r"conducted|played|staged|run|fought)")
_SUPPOSED_BEFORE = re.compile(rf"\b[Ii]f\s+(?:[\w'’-]+\s+){{1,6}}?were\s+(?:\w+ly\s+)?{_SUPPOSED_HOLDING}\b|"
                              rf"\b[Ii]f\s+(?:[\w'’-]+\s+){{1,6}}?had\s+(?:been\s+{_SUPPOSED_HOLDING}|taken\s+place|"
                              r"gone\s+ahead|happened)\b|"
                              rf"^\W*Had\s+(?:[\w'’-]+\s+){{1,6}}?(?:been\s+{_SUPPOSED_HOLDING}|taken\s+place|"
                              r"gone\s+ahead|happened)\b|"
                              # "Were the vote to take place in December, ...", "Were the election held on Sunday,
                              # ...", "Were the match to be played in January, ...": the inverted supposing
                              rf"^\W*Were\s+(?:[\w'’-]+\s+){{1,6}}?(?:to\s+(?:take\s+place|go\s+ahead)|"
                              rf"(?:to\s+be\s+)?{_SUPPOSED_HOLDING})\b|"
                              # the colloquial "was" of a supposing that opens its sentence: "If the election was
                              # held on Sunday, the party would win" (not after a saying or a main clause, where
                              # "was" may be a reported "is": "She said she would attend if the meeting was held
                              # on Friday")
                              rf"^\W*If\s+(?:[\w'’-]+\s+){{1,6}}?was\s+(?:\w+ly\s+)?{_SUPPOSED_HOLDING}\b")
# ... the main clause's "would" before the supposing: "The party would win 30% if the election were held Sunday".
_SUPPOSING_MAIN_BEFORE = re.compile(r"\b(?:would|could|might)\b[^.;!?]*$", re.IGNORECASE)
_SUPPOSING_MAIN_AFTER = re.compile(r"[^.;!?]*?,[^.;!?]*?\b(?:would|could|might)\b|[^.;!?]*?['’]d\s", re.IGNORECASE)


# Every match of _SUPPOSED_BEFORE (case-sensitive) holds "if"/"If" and "were", "had" or "was", or
# "Had" or "Were": a window holding neither is not searched (the search enters at every word).
def _may_suppose(window: str) -> bool:
    return ("were" in window or "had" in window or "was" in window) and ("if" in window or "If" in window) or \
        "Had" in window or "Were" in window


def supposed_happening(sent: str, m: Mention) -> bool:
    """The date of a supposed holding ("If the election were held on Sunday, ... would"): no date."""
    # (each search within a reach of the date: a sentence full of dates is read in linear time)
    lo = m.start - 120 if m.start > 120 else 0
    if not _may_suppose(sent[lo:m.start]):
        return False
    c = _SUPPOSED_BEFORE.search(sent, lo, m.start)
    return c is not None and not any(ch in sent[c.end():m.start] for ch in ",;:") and \
        (_SUPPOSING_MAIN_AFTER.match(sent, m.end, m.end + 300) is not None or
         _SUPPOSING_MAIN_BEFORE.search(sent, max(0, c.start() - 300), c.start()) is not None)


# A count from another date ("a week earlier", "a day later") of what a rule permits, on a condition told right
# after it: "the law permits holding elections a week earlier if the voting day follows a holiday", "the match can
# be played a day later if it rains" (an alternative, no day; not "The vote was held a week earlier than planned";
# nor a possibility's schedule, "A runoff may be held two weeks later if no candidate wins", nor "would ... if").
_PERMITTED_BEFORE = re.compile(r"\b(?:permits?|permitted|allows?|allowed|lets|enables?|can)\b[^,.;:!?]*$",
                               re.IGNORECASE)
_CONDITION_AFTER = re.compile(r",?\s+(?:if|unless|in\s+case)\b", re.IGNORECASE)


def permitted_alternative(sent: str, m: Mention) -> bool:
    """Is count `m` ("a week earlier") the time of an alternative a rule permits on a condition after it?"""
    return m.text.endswith(("earlier", "later", "sooner")) and _CONDITION_AFTER.match(sent, m.end) is not None and \
        _PERMITTED_BEFORE.search(sent, max(0, m.start - 80), m.start) is not None


# A future said outright between a custom and a month: the month is the one ahead, no custom
# ("The bank, which normally meets eight times a year, will decide in May"; "Prices usually
# rise in spring, and analysts expect inflation to peak in May"). The present ("usually runs
# high in May"), which tense reads as future before a month ahead, says a custom.
# "is expected to", "are due to", "is set to" say a future as "will" does ("The bank regularly reviews
# rates and is expected to cut them in December": one December ahead).
_FUTURE_SAID = re.compile(r"\b(?:will|shall|won't|going\s+to|expects?|forecast(?:s|ing)?|predicts?|predicting)\b|"
                          r"\b(?:is|are)\s+(?:expected|due|set|scheduled|slated|poised|likely)\s+to\b|"
                          r"'ll\b", re.IGNORECASE)


# A page's call to action, a sentence that opens with its imperative: "Sign up today.",
# "To comment, create an account today!", "Subscribe today for full access", "Go Ad-Free today". Not a
# sentence with a subject ("Voters can register today") nor one reported ("..., she said"), nor
# one whose first word is a noun before its verb ("Order was restored today", "Call centre
# workers walked out today", "Buy-now-pay-later firms ...", "Shop owners protest today").
# Words that are no noun or verb of a headline's subject and predicate: a bidding's object may
# stand before them ("Buy tickets today", "Join thousands of readers today").
_NO_NOUN = (r"(?:today|now|online|here|to|and|or|for|at|in|on|with|from|of|this|these|those|that|your|our|their|"
            r"my|its|his|her|us|across|about|by|via|through|before|after|while|until|over|under|up|out|if|when|as|"
            r"so|but|like|always|is|was|has)")
# (A host's label may stand before it, closed by a colon: "Site hosted by Angelfire.com: Build your free website
# today!", a free host's banner; not any label: "Kenya: Join the Strike Today, Unions Urge Workers" is a headline.)
_CALL_TO_ACTION = re.compile(r"\W*(?:to\s[^.;!?]{1,100},\s*|"
                             r"[^!?:\n]{0,40}?(?:hosted\s+by|powered\s+by|\.com|\.net|\.org)[^!?:\n]{0,20}:\s+)?"
                             r"(?:please\s+)?"
                             r"(?:sign\s+up|subscribe|register|"
                             # a host's offer: "Build your free website today", "Create your own blog today"
                             r"(?:build|create|make|start|get|design)\s+your\s+(?:own\s+)?(?:free\s+)?"
                             r"(?:web\s*site|site|blog|home\s*page|web\s*page|online\s+store|store)|"
                             r"create\s+(?:an?|your)\s+(?:free\s+)?account|donate|download|log\s+in|join|"
                             # a plea for helpers: "become a volunteer today", "Become a member today"
                             r"become\s+an?\s+(?:volunteer|member|subscriber|donor|sponsor|supporter|patron)|"
                             r"order|shop|buy|call|email|e-mail|text|contact\s+us|"
                             # a subscription's offer: "Go Ad-Free today", "Start your free trial today"
                             r"go\s+(?:ad[\s-]?free|premium|digital)|start\s+(?:your\s+)?free\s+trial|"
                             r"get\s+(?:unlimited|full|digital|premium)\s+access|"
                             # a site's bidding to read its news: "Read the Latest World News Today on The Herald",
                             # "Get the latest business news today at ..."
                             r"(?:read|get|catch|follow)\s+(?:all\s+)?(?:the\s+)?(?:latest|breaking|top)\s+"
                             r"(?:[a-z&-]+\s+){0,3}?news(?=\s*$))\b(?!-)"
                             # "Shop owners protest today", "Email alerts start today", "Text message senders
                             # face fines today": the word heads a plural noun, the subject of a verb that
                             # follows ("Buy tickets today", "Join thousands of readers today": a bidding).
                             rf"(?!\s+(?:(?!{_NO_NOUN}\b)[a-z-]+\s+)?(?!{_NO_NOUN}\b)[a-z]+s\s+(?!{_NO_NOUN}\b)[a-z])"
                             # "Call for calm as tensions rise today": a noun
                             r"(?<!call(?=\s+for\b))(?<!Call(?=\s+for\b))"
                             r"(?![^.!?;:,]*\b(?:is|are|was|were|has|have|had|went|came|took|\w{3,}ed)\b)"
                             r"[^.!?;:,]{0,60}$", re.IGNORECASE)
# ... after a comma, not a call word heading a singular noun, the subject of a present verb right before the day
# ("After a week-long outage, text messaging resumes today", "As the floodwaters recede, email service returns
# today": the news of the day).
_NOUN_THEN_PRESENT = re.compile(rf"\s*(?:(?!(?:the|an?|{_NO_NOUN})\b)[a-z-]+(?<!s)\s+){{2,3}}[a-z]+s\s*$",
                                re.IGNORECASE)
_REPORTED_AFTER = re.compile(r"\b(?:said|says|told|according)\b", re.IGNORECASE)
# A page's section label: "Today's News", "Today's Paper" alone on a line (not a headline with
# its own happening: "Today's Meeting Cancelled").
_TODAYS_LABEL = re.compile(r"\W*Today['’]s\s+(?:Top\s+|Latest\s+|Daily\s+|Big\s+)?(?:News|Paper|Headlines|"
                           r"Stories|Story|Edition|Briefing|Digest|Newsletter|Weather|Forecast|Puzzles?|Suggestions?|Tips?|Quotes?|"
                           r"Crossword|Horoscopes?|Deals|Videos?|Picks|Highlights|Top\s+\d+|Tops)\b"
                           r"(?:\s+[A-Z][\w&-]*)?\W*")


# ... in capitals, only the label itself ("TODAY'S PAPER"; not "TODAY'S EDITION DELAYED").
_TODAYS_LABEL_BARE = re.compile(_TODAYS_LABEL.pattern.replace(r"(?:\s+[A-Z][\w&-]*)?\W*", r"\W*"))


# A heading over a site's items: "Today from Hiiraan Online:", "Today from The Gazette:" on a line of
# its own, capitalised words after "from" and a colon closing it.
_TODAY_FROM_LABEL = re.compile(r"Today\s+from\s+(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*\s*:[\W_]*")
# The longest menu line a label closes.
_MENU_LINE = 40


def _menu_label(sent: str, m: Mention) -> bool:
    """ "Menu\npremium_icon Subscribe Today's Paper", "Today from Hiiraan Online:  _\nadvertisements": a
    section label that closes its short line, or a site's heading that fills its line (menu lines,
    alone or joined with no full stop between them)."""
    start = sent.rfind("\n", 0, m.start) + 1
    end = sent.find("\n", m.end)
    end = len(sent) if end < 0 else end
    if end - start > _MENU_LINE:
        return False
    return _TODAYS_LABEL.fullmatch(sent, m.start, end) is not None or \
        (m.start == start and _TODAY_FROM_LABEL.fullmatch(sent, start, end) is not None)


# A capitalised weekday that is the subject of a verb of saying or telling is a person's name ("...,"
# Monday told the council", "After the board adjourned, Monday made it clear ..."): at the sentence's
# start, after a quotation's comma or after a clause's comma, bare (no "last", no "'s", no part of the
# day) and right before the verb. Not the adverb beside a subject ("Officials on Monday said", "The
# mayor said Monday"), nor a day that does something else ("Monday saw the heaviest rain").
_SPEAKER_VERB_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds|noted|notes|explained|explains|wrote|"
                                 r"writes|argued|argues|insisted|insists|replied|replies|responded|responds|"
                                 r"testified|testifies|acknowledged|acknowledges|conceded|concedes|countered|"
                                 r"stressed|stresses|emphasi[sz]ed|emphasi[sz]es|(?:made|makes)\s+it\s+clear)\b")
_SPEAKER_OPENING = re.compile(r"(?:^|,\s*[\"”’']?)\s*[\"“‘']?\s*$")


def weekday_speaker(sent: str, m: Mention) -> bool:
    """Whether the weekday `m` is a person's name: the bare, capitalised subject of a verb of saying."""
    word = m.g("wd") or ""
    if m.text != word or not word[:1].isupper() or m.g("wd_mod") or m.g("wd_part") or m.g("wd_week"):
        return False
    return _SPEAKER_VERB_AFTER.match(sent, m.end) is not None and \
        _SPEAKER_OPENING.search(sent, max(0, m.start - 6), m.start) is not None


# A clock reading with its weekday: "it's 3:00 a.m. Thursday in Iraq, where the Pentagon admits ...", "where it is
# now 8 p.m. Sunday": what time it is somewhere (a broadcast's world clock), no happening of that day; not "the
# blast at 3 a.m. Thursday" nor "it happened at 3 a.m. Thursday" (no "it is" before the clock).
# The reading names its place right after the weekday ("in Iraq", "here in Washington", ", where"); not a
# subordinate clause's clock time ("By the time it's 9 p.m. Saturday, the polls will have closed") nor an answer
# that gives a happening's time ("The deadline? It's 5 p.m. Friday.").
_CLOCK_READING_BEFORE = re.compile(r"(?<!\bthe\stime\s)(?<!\bwhen\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bonce\s)"
                                   r"(?<!\bbefore\s)(?<!\bafter\s)(?<!\bif\s)"
                                   r"\bit(?:['’]s|\s+is)\s+(?:now\s+|already\s+|just\s+)?(?:after\s+|past\s+)?"
                                   r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|o['’]clock)?\s+(?:on\s+)?$",
                                   re.IGNORECASE)
_CLOCK_PLACE_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:here\s+)?(?:in|at)\s+(?-i:[A-Z])|"
                                r"\s+here\b|,\s+where\b)", re.IGNORECASE)


def clock_reading(sent: str, m: Mention) -> bool:
    """Whether the weekday `m` is the day of a clock reading ("it's 3:00 a.m. Thursday in Iraq")."""
    return m.start > 6 and sent[m.start - 2:m.start].rstrip()[-1:] in "0123456789.mMkn" and \
        _CLOCK_PLACE_AFTER.match(sent, m.end) is not None and \
        _CLOCK_READING_BEFORE.search(sent, max(0, m.start - 40), m.start) is not None


# A programme or a paper named "Today" after a colon: "Watch on NBC: Today show host leaves", "NBC: Today co-host".
_PROGRAMME_AFTER = re.compile(r"(?:['’]s)?\s+(?:show|program|programme|co-?hosts?|hosts?|anchors?|presenters?|"
                              r"newspaper|paper|edition|broadcast)\b", re.IGNORECASE)
# ... or a title after a label that names a podcast, a newsletter or a series: "Listen: Today in Focus, the daily
# podcast, ...", "Sign up for our newsletter: Today in Politics."
_TITLE_LABEL = re.compile(r"\b(?:listen|podcasts?|newsletters?|subscribe|sign\s+up|columns?|series|episodes?|"
                          r"briefings?|digests?)\b[^:.!?]{0,30}:\s*$", re.IGNORECASE)


def _equated_today(sent: str, m: Mention) -> bool:
    """ "X today is equal to Y" (a subject before "today") or "(And) today, X is equal to Y" (today fronted, a
    subject with no verb of its own after it): _EQUATED."""
    opening = clause_opening(sent, m.start, 80)
    if _EQUATED_AFTER.match(sent, m.end):
        return _subject_before(sent, m.start) and not _DEFINITE_OPENING.match(sent, opening) and \
            not _DAY_MEASURE.search(sent, opening, m.start)
    if _FRONT_OF_TODAY.fullmatch(sent, opening, m.start) is None:
        return False
    f = _FRONTED_TODAY_EQUATED.match(sent, m.end)
    return f is not None and not has_tense_marker(f["subj"]) and not _DAY_MEASURE.search(f["subj"])

# A broadcast's rundown of itself: "Today on FACE THE NATION, just weeks to go ...", "Tonight on NIGHTLINE: ...", the
# programme's name in capitals (as transcripts write it) before a comma or a colon, in a sentence in lower case; not
# a network's name ("Today on CNN, the president said he would veto the bill" tells what he said that day).
_SHOW_IN_CAPITALS_AFTER = re.compile(r",?\s+on\s+(?P<show>(?:THE\s+)?[A-Z][A-Z'’&.-]+(?:\s+[A-Z][A-Z'’&.-]+){0,4})"
                                     r"\s*[,:]")
_NETWORKS = frozenset("CNN ABC NBC CBS PBS NPR BBC FOX MSNBC CNBC C-SPAN VOA PRI ITV RTE CBC SKY".split())


# After a capitalised day word that opens a typewriter quote, the quote's own words running on as a clause, a
# lower-case word that is no title's small word ("``Today the voters have spoken.''", "``Tonight we celebrate,''",
# "``Today,'' she said, ``is a day for mourning.''"),
# not a title's Title-Case run or its end ("``Yesterday Once More''", "``Tonight's the Night''", "``Today''").
_TYPEWRITER_QUOTE_RUNS_ON = re.compile(r"(?:['’]s)?,?(?:\s+(?:the|a|an|of|in|on|at|to|for|and|or|by|with|from|"
                                       r"[A-Z0-9][\w'’-]*)\b)*?\s+(?!(?:the|a|an|of|in|on|at|to|for|and|or|by|"
                                       r"with|from)\b)[a-z]"
                                       # ... or after the saying that breaks it: ``Today,'' she said, ``is a day ...
                                       r"|(?P<broken>,''\s[^`'\n]{1,40}``\s*[a-z])")


# A date inside a reference number that a police appeal asks callers to quote ("quoting log 1234 of 21/01/17",
# "reference number 61 of 12 March", "incident 245 of Tuesday 12 March"): the day the log was opened, the number's
# own part, no happening told.
_REFERENCE_NUMBER_BEFORE = re.compile(r"\b(?:log|incident|occurrence|reference|ref\.?|crime|call|report)"
                                      r"(?:[ \t]+(?:number|no\.?|num\.?))?[ \t]*[:#]?[ \t]*\d[\w/-]*[ \t]+of[ \t]+"
                                      r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
                                      r"[ \t]+)?$",
                                      re.IGNORECASE)
# A year closing an instrument's or a case's number ("Case No.114 of 2024", "case 114 of 2024", "Writ Petition No. 1234
# of 2020", "Bylaw No. 5130, 2021", "FIR No. 245/2023"): the year it was filed or made, part of its name, no happening
# told.
# (after a comma, a number of three digits or more: "at No. 10, 2020 and 2021 saw parties" keeps its years)
_NUMBERED_INSTRUMENT_BEFORE = re.compile(r"\b(?:No|Nos|Number)\.?[ \t]*[:#]?[ \t]*"
                                         r"(?:\d[\w.()-]*(?:[ \t]+of[ \t]+|[ \t]*/[ \t]*)|"
                                         r"\d{3}[\w.()-]*[ \t]*,[ \t]*)$",
                                         re.IGNORECASE)
# Every _REFERENCE_NUMBER_BEFORE match holds one of the first words ("ref" of "reference" and "ref."), every
# _NUMBERED_INSTRUMENT_BEFORE match one of the second ("no" of "nos"): a window holding none skips its search,
# which opens with a word list and is entered at each character (~80k instructions for 60 of them;
# tests/extraction/test_fast_paths.py).
_REFERENCE_WORDS = ("log", "incident", "occurrence", "ref", "crime", "call", "report")
_INSTRUMENT_WORDS = ("no", "number")
# ... a case's number without "No." ("case 114 of 2024"), matched where its word stands (no search along the window).
_CASE_NUMBER_OF = re.compile(r"[Cc]ase[ \t]+\d[\w.()-]*[ \t]+of[ \t]+")
_ASCII_DIGITS = frozenset("0123456789")  # the characters of ASCII for which str.isdigit() is true
# ... but not a rank's "No." ("the No. 1 of 2023", "Britain's No. 1 of 2019", "was No. 3 of 2020", "Taylor Swift,
# No. 1 of 2023,"): after a determiner, a possessive, a verb or an apposition's comma the number ranks something
# within the year, whose year is told.
_RANK_BEFORE_NUMBER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|my|your|this|that|is|are|was|were|be|been|"
                                 r"became|become|becomes|remained|remains|ranked|ranks|finished|at)|['’]s|"
                                 r"[A-Za-z](?P<comma>,))[ \t]*$",
                                 re.IGNORECASE)


def numbered_reference(sent: str, m: Mention) -> bool:
    """Whether mention m is part of a reference's or a numbered instrument's name, not the date of a happening:
    "quoting log 1234 of 21/01/17", "Case No.114 of 2024", "Bylaw No. 5130, 2021"."""
    if m.start < 6:
        return False
    near = sent[(m.start - 24 if m.start > 24 else 0):m.start]
    # (no digit there: for ASCII text a set's test of its characters, in C; not a generator, ~400 instructions a
    # character, fastpath's note)
    if _ASCII_DIGITS.isdisjoint(near) if near.isascii() else not any(c.isdigit() for c in near):
        return False
    lo = m.start - 60 if m.start > 60 else 0
    if may_hold(sent[lo:m.start], _REFERENCE_WORDS) and _REFERENCE_NUMBER_BEFORE.search(sent, lo, m.start):
        return True
    if len(m.text) != 4 or not m.text.isdecimal():  # not re.fullmatch(r"\d{4}", m.text): \d is str.isdecimal
        return False
    lo = m.start - 40 if m.start > 40 else 0
    if (case := sent.rfind("ase ", lo, m.start)) > 0 and _CASE_NUMBER_OF.fullmatch(sent, case - 1, m.start):
        return True  # "the court heard case 114 of 2024"
    if not may_hold(sent[lo:m.start], _INSTRUMENT_WORDS):
        return False
    number = _NUMBERED_INSTRUMENT_BEFORE.search(sent, lo, m.start)
    if number is None:
        return False
    rank = _RANK_BEFORE_NUMBER.search(sent, max(0, number.start() - 24), number.start())
    # (after a comma only a rank's small number: "Taylor Swift, No. 1 of 2023, ..."; not "the case, No. 114 of 2024")
    return rank is None or rank["comma"] is not None and \
        sum(c.isdigit() for c in sent[number.start():m.start]) > 2


# "he wouldn't be here today if...", "she might not be alive today": a supposed present told against what did happen,
# no day's happening (counterfactual_today). Not every modal's "be here today" is one: "should/could/might be here
# today" expects, "she said she would be here today" reports a plan, "could not be here today" tells an absence.
_COUNTERFACTUAL_TODAY_BEFORE = re.compile(r"(?:\b(?P<modal>would|could|might|should)(?P<neg>[ \t]+(?:not|never))?|"
                                          r"\b(?P<nmodal>wouldn|couldn|mightn|shouldn)['’]t|(?P<d>['’]d))"
                                          r"(?P<adv>(?:[ \t]+(?:not|never|still|even|probably|certainly|definitely))*)"
                                          r"[ \t]+(?:be|(?P<perfect>have[ \t]+been))[ \t]+(?:(?P<alive>alive|"
                                          r"with[ \t]+us)|here|around|(?:standing|sitting)[ \t]+here|where[ \t]+"
                                          r"(?:I|we|he|she|they|you)[ \t]+(?:am|are|is|was))[ \t]+$", re.IGNORECASE)
# (every match holds one of these: a window holding none skips the search, which a choice of words opens and the
# engine enters at each character; tests/extraction/test_fast_paths.py)
_COUNTERFACTUAL_MODALS = ("would", "could", "might", "should", "'d", "’d")
# ... the condition it is set against: "if he had not", "if it weren't for", "without the paramedics", "but for".
_COUNTERFACTUAL_CONDITION = re.compile(r"\b(?:if\b[^.;:]{0,60}?\b(?:had|hadn['’]t|were|weren['’]t|wasn['’]t|"
                                       r"didn['’]t|did[ \t]+not)\b|"
                                       r"but[ \t]+for\b|were[ \t]+it[ \t]+not\b|had[ \t]+it[ \t]+not\b|"
                                       r"if[ \t]+not[ \t]+for\b)", re.IGNORECASE)
# ... or, right after "today" (no verb of another doing between: not "would be here today to open the hospital
# without fanfare"; not another clause's "otherwise"), "without" or "otherwise": "wouldn't be here today without
# the paramedics", "would not be here today otherwise".
_COUNTERFACTUAL_CONDITION_AFTER = re.compile(r"[ \t,]+(?:(?!to\b)[\w'’-]+[ \t]+){0,2}?(?:without\b(?![ \t]+"
                                             r"(?:fail|delay|question|doubt|fanfare|notice|warning))|otherwise\b)",
                                             re.IGNORECASE)
# ... a saying before it: "she said on Monday that she wouldn't be here today" reports a plan.
_SAYING_BEFORE = re.compile(r"\b(?:" + phrase_rx(SAID_WORDS + SAYS_WORDS) + r"|say|tell|promised|confirmed|insisted|"
                            r"warned|vowed|pledged)\b", re.IGNORECASE)


def counterfactual_today(sent: str, m: Mention) -> bool:
    """Whether "today" at m is the present of a supposition set against what happened ("he wouldn't be here today
    without the paramedics", "she would not be alive today", "he would have been here today"), not the paper's day
    ("the minister should be here today", "she said she would be here today to sign")."""
    lo = m.start - 60 if m.start > 60 else 0
    if not may_hold(sent[lo:m.start], _COUNTERFACTUAL_MODALS):
        return False
    cf = _COUNTERFACTUAL_TODAY_BEFORE.search(sent, lo, m.start)
    if cf is None:
        return False
    modal = (cf["modal"] or cf["nmodal"] or "would").lower()
    if cf["perfect"] or not modal.startswith("should") and (
            _COUNTERFACTUAL_CONDITION.search(sent) or _COUNTERFACTUAL_CONDITION_AFTER.match(sent, m.end)):
        return True  # "would have been here today", "wouldn't be here today if it weren't for ...": a supposition
    if cf["alive"]:
        return True  # "would not be alive today", "would still be alive today": no one plans to live
    negated = bool(cf["neg"] or cf["nmodal"] or re.search(r"not|never", cf["adv"] or "", re.IGNORECASE))
    if not negated:
        return False  # "should be here today", "said she would be here today": an expectation or a plan
    # "he wouldn't be here today": would's own (not "could not be here today", an absence; "might not", a doubt),
    # unless a saying before it reports a plan ("she said she wouldn't be here today")
    return modal.startswith("would") and not _SAYING_BEFORE.search(sent, 0, cf.start())


def not_a_day(sent: str, m: Mention) -> bool:
    word = (m.g("rd") or "").strip()
    if not word:
        return False
    if m.start < 4 and len(sent) < 40 and (_TODAYS_LABEL.fullmatch(sent) or (
            word.isupper() and sent.isupper() and _TODAYS_LABEL_BARE.fullmatch(string.capwords(sent)))):
        return True  # "Today's News", "TODAY'S PAPER": a section label, no happening
    if word[:1] == "T" and _menu_label(sent, m):
        return True  # "... Subscribe Today's Paper", "Today from Hiiraan Online:" among menu lines: no happening
    # "TODAY" in capitals in a line in lower case, after a word that is not in capitals (after one, a
    # paper's name, paper_name): the day, stressed ("Early voting ends TODAY")
    stressed = word.isupper() and len(word) > 1 and m.start > 0 and not sent.isupper()
    if word.lower() == "today" and m.start < 100 and _CALL_TO_ACTION.match(sent, 0, m.start) and \
            not _REPORTED_AFTER.search(sent, m.end):
        return True  # "Sign up today.": page furniture
    if word.lower() == "today" and (cut := sent.rfind(", ", 0, m.start)) > 0 and m.start - cut < 80 and \
            _CALL_TO_ACTION.match(sent, cut + 1, m.start) and not _REPORTED_AFTER.search(sent, m.end) and \
            not _NOUN_THEN_PRESENT.match(sent, cut + 1, m.start):
        return True  # "... volunteers are needed, become a volunteer today at ...": the call opens its own clause
    if word.lower() == "today" and _GENERIC_TODAY.search(sent, max(0, m.start - 60), m.start):
        return True
    if word.lower() == "today" and counterfactual_today(sent, m):
        return True  # "he wouldn't be here today": a supposed present, no day's happening
    if word.lower() == "today" and not m.g("rd_mod") and \
            (_PRESENT_AGE_BEFORE.search(sent, max(0, m.start - 40), m.start) or
             _FUTURE_PAIRED_AFTER.match(sent, m.end)):
        return True  # "widespread in the world today", "today and in the future": nowadays
    # (the cheap test looks only where the pattern may match: over the whole sentence, a page of "today"s
    # would be read once a mention)
    if word.lower() == "today" and sent.find("owever", max(0, m.start - 90), m.start) >= 0 and \
            _CONCESSIVE_STATE_TODAY.search(sent, max(0, m.start - 90), m.start):
        return True  # "however distant that goal might remain today": a state as it stands now, no day's
    if word.lower() in ("today", "tonight") and _LIKE_BEFORE.search(sent, max(0, m.start - 24), m.start) and \
            not _LIKE_DAY_CLAUSE_AFTER.match(sent, m.end):
        return True  # "on a day like today", "on nights like tonight": any such day
    if word.lower() == "today" and not m.g("rd_mod") and _STATE_AFTER.match(sent, m.end) and \
            _subject_before(sent, m.start):
        return True  # "Democrats today are divided": nowadays
    if word.lower() == "today" and not m.g("rd_mod") and not m.text.endswith(("'s", "’s")) and \
            may_hold(sent[m.end:m.end + 120], _EQUATED_WORDS) and _equated_today(sent, m):
        return True  # "And today, the right to work is equal to the right to survival": nowadays
    if word[:1] == "T" and m.start < 40 and not m.g("rd_mod") and not sent.isupper() and \
            (show := _SHOW_IN_CAPITALS_AFTER.match(sent, m.end)) is not None and \
            show["show"].strip() not in _NETWORKS and not has_finite_verb(sent[show.end():]):
        # "Today, on FACE THE NATION, the state of play in Iowa": a programme's rundown of itself, a list of its
        # items with no verb, no happening of the day (not "Today on MEET THE PRESS, the senator announced her
        # run", "Today on WALL STREET, the Dow is down 300 points": what was done or is so that day)
        return True
    before = sent[(m.start - 20 if m.start > 20 else 0):m.start].strip()[-1:]
    # A title in typewriter quotes (``Yesterday'', ``Tomorrow Never Dies'', NBC's ``Today'' show) is a name, as a
    # capitalised word mid-sentence is; a quote that runs on as a clause opens with its day word (below: the day).
    # (a quote broken by its saying opens the sentence: not "The Beatles' ``Yesterday,'' she said, ``was ...")
    typewriter_title = before == "`" and (
        (runs := _TYPEWRITER_QUOTE_RUNS_ON.match(sent, m.end)) is None or
        runs["broken"] is not None and sent[:m.start].rstrip()[:-2].rstrip()[-1:] not in ".:!?")
    if word[:1].isupper() and m.start > 0 and not m.g("rd_mod") and \
            (typewriter_title or before not in ".!?\"“'‘(`") and \
            (before != ":" or m.text.endswith(("'s", "’s")) or _PROGRAMME_AFTER.match(sent, m.end) or
             _TITLE_LABEL.search(sent, m.start - 60 if m.start > 60 else 0, m.start)) and \
            not stressed and not title_case(sent):
        # capitalised mid-sentence: a name ("VOA Today", "USA Today"), unless a headline; after a colon it
        # opens what follows, a transcript's speaker label or a quotation ("CLINTON: Today our armed forces
        # joined ...", "He said: Yesterday we ..."): the day; not a possessive after a label ("Crossword: Today's
        # puzzle"), nor a programme's name ("NBC: Today show host"), nor a title after a podcast's or a
        # newsletter's label ("Listen: Today in Focus")
        return True
    if word.lower() in ("today", "tomorrow"):
        at = m.end - (2 if m.text.endswith(("'s", "’s")) else 0)
        if _GENERIC_AFTER.match(sent, at) or _GENERIC_PEOPLE_AFTER.match(sent, at) or \
                (_PEOPLE_AFTER.match(sent, at) and _MOST_OF_BEFORE.search(sent, m.start - 9 if m.start > 9 else 0,
                                                                          m.start) and
                 not has_past_verb(sent[at:at + 80])) or \
                (word.lower() == "tomorrow" and _ANOTHER_DAY.match(sent, m.end)) or \
                (word.lower() == "tomorrow" and not m.text.endswith(("'s", "’s")) and
                 not sent.startswith(("’s", "'s"), m.end) and
                 _GENERIC_DAY.search(sent, max(0, m.start - 5), m.start)):
            # ("the people of tomorrow": the age to come; "ahead of tomorrow's runoff", "on the eve of tomorrow's
            # vote", "in tomorrow's final": the day's happening, a possessive's age is read below)
            return True
    if m.text.endswith(("'s", "’s")) and word.lower() in ("tomorrow", "yesterday") and \
            ((_AGE_AHEAD_AFTER if word.lower() == "tomorrow" else _AGE_GONE_AFTER).match(sent, m.end) or
             word.lower() == "yesterday" and _NEWS_AFTER.match(sent, m.end) and
             _COPULA_BEFORE.search(sent, max(0, m.start - 10), m.start)):
        return True  # "training tomorrow's leaders", "that is yesterday's news": an age's, no day
    return False


# The title of a work: a date-like word that names a song, a film, a book or a show ("her hit single
# “Friday”", "the band played “Sunday Bloody Sunday”", "the novel “1984”", "the film 2012", "the film The
# Day After Tomorrow"), no time of a happening. Quoted, after a noun of a work or a verb of performing it,
# the quotation closing soon after the date; unquoted, only a bare year or a capitalised "The Day After
# Tomorrow" right after the work's noun (not "will play the song on Friday", "the film opens Friday", "the
# album, released in 1989", nor a weekday: "the show Sunday drew crowds" is that Sunday's show).
_WORK_NOUNS = (r"song|single|hit|album|track|anthem|hymn|ballad|film|movie|documentary|series|sitcom|"
               r"programme|program|drama|play|musical|opera|novel|book|memoir|poem|painting|exhibition|titled|"
               r"entitled")
_WORK_VERBS = (r"sang|sing|sings|singing|performed|performs|performing|played|plays|playing|recorded|records|"
               r"covered|covers|released|releases")
# (a noun that is also a verb of saying or showing counts after a determiner only: "the show", not "Records show")
_WORK_BEFORE_QUOTE = re.compile(rf"\b(?:(?P<noun>{_WORK_NOUNS}|(?:the|a|an|his|her|its|our|their|new|TV)\s+show)|"
                                rf"{_WORK_VERBS}),?\s*$", re.IGNORECASE)
_WORK_BEFORE_NAME = re.compile(r"\b(?:novel|film|movie|album|song|single|book|play|musical|documentary)\s+$",
                               re.IGNORECASE)
_OPENING_QUOTES = "“\"‘"
_CLOSING_QUOTES = {"“": "”", "\"": "\"", "‘": "’"}
# How far a title's quotation may open before the date and close after it.
_TITLE_REACH = 40


def work_title(sent: str, m: Mention) -> bool:
    """Whether the date `m` is, or is in, the title of a work (see _WORK_NOUNS). Cheap first: a quotation mark
    in the 40 characters before the date, else a bare year or a capitalised relative day; only then a pattern
    over a few words."""
    lo = m.start - _TITLE_REACH if m.start > _TITLE_REACH else 0
    at = -1  # the last opening quotation mark in the window (a loop, not max() of a generator: fastpath's note)
    for q in _OPENING_QUOTES:
        found = sent.rfind(q, lo, m.start)
        if found > at:
            at = found
    if at >= 0:
        q = sent[at]
        if q == "\"" and sent.count("\"", 0, at) % 2:
            return False  # a closing straight quote: the date stands after a quotation, not in one
        close = _CLOSING_QUOTES[q]
        if close in sent[at + 1:m.start] or any(c in sent[at + 1:m.start] for c in ".!?;:"):
            return False  # the quotation closed, or a quoted sentence
        end = sent.find(close, m.end, m.end + _TITLE_REACH)
        if end < 0 or any(c in sent[m.end:end] for c in ".!?;:"):
            return False
        title = sent[at + 1:end].rstrip(",")
        if not (title[:1].isupper() or title[:1].isdigit()):
            return False  # 'played “a perfect game on Friday,” the coach said': a quoted phrase, no title
        work = _WORK_BEFORE_QUOTE.search(sent, max(0, at - 24), at)
        # after a verb of performing, only a title in title case ('played “Sunday Bloody Sunday”'; not 'released
        # “Plans for Friday's vote” to reporters', a phrase's words in lower case)
        return work is not None and (work["noun"] is not None or
                                     all(w[:1].isupper() for w in title.split() if len(w) > 3))
    if m.kind == "yr" and m.text.isdigit() or m.kind == "rd" and m.text[:1].isupper() and " " in m.text:
        return _WORK_BEFORE_NAME.search(sent, (m.start - 14 if m.start > 14 else 0), m.start) is not None and \
            not sent[m.end:m.end + 1].isdigit() and sent[m.end:m.end + 1] not in "-–"
    return False


# A week's timetable: weekdays listed one after another ("four flights a week, on Monday, Wednesday, Friday and
# Sunday", "flights will be operated on Tuesday, Thursday and Saturday"): the days of every week's round, no
# particular day. Two list items are joined by a comma, "and", "or" or "&" (each may repeat "on").
_WEEKDAY_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or|&)\s+)?|\s(?:and|or|&)\s+)(?:on\s+)?", re.IGNORECASE)
# A count per week told right before the list: "four return flights a week, on", "four flights per week on",
# "twice weekly, on", "three times a week:" (not "a week ago", "within a week", "for a week": a count stands
# before "a week", and the list right after it; nor a count of happenings in a week, "three attacks in a week,
# on Thursday, Saturday and Monday", "died within a week, on Friday and Monday": a rate has no preposition).
# The count stands right before the list: only a comma, a colon, a dash or "on" between them.
_PER_WEEK_BEFORE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|once|twice|thrice|several)\s+"
                              r"(?:(?!(?:in|within|over|for|during|of|inside|after|before)\b)[\w-]+\s+){0,3}?"
                              r"(?:(?:a|per|each|every)\s+week|weekly)"
                              r",?\s*(?:[-–—:(]\s*)?(?:on\s+)?$", re.IGNORECASE)
# A transport service's noun and a verb of its running in the clause before the list: a list of three or more days
# with a gap is its timetable ("Can Tho flights will be operated on Monday, Wednesday, Friday and Sunday", "the
# route will see flights on Tuesday, Thursday, and Saturday"); not a one-off act on those days ("Ferry services
# will be suspended on ...", "Memorial services will be held on ...", "has cancelled its flights on ...").
_SERVICE_WORDS = ("flight", "service", "train", "bus", "ferr", "sailing", "departure", "route")
_SERVICE_NOUN = re.compile(r"\b(?:flights?|services?|trains?|buses|ferr(?:y|ies)|sailings?|departures?|routes?)\b",
                           re.IGNORECASE)
_RUNNING_VERB = re.compile(r"\b(?:operated|operates?|operating|runs?|running|fl(?:y|ies|ying|own)|sails?|sailing|"
                           r"departs?|departing|serves?|served|serving|see|sees|linked|links?|connects?|connected|"
                           r"scheduled)\b", re.IGNORECASE)
# An occasion or a purpose right after a list of days: "during the festival", "for the election", "to carry voters".
# (no comma: ", while the other route will see flights on ..." opens a clause of its own; "only" may stand between)
_OCCASION_AFTER = re.compile(r"(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?(?:\s+(?:only|alone),?)?\s+"
                             r"(?:during|for|to|despite|before|after|as|because|ahead\s+of|amid|until|till)\b",
                             re.IGNORECASE)
# ... and a reason anywhere after it in the sentence: "... Saturday only, because of the strike".
_REASON_LATER = re.compile(r"\b(?:because\s+of|due\s+to|owing\s+to|during|amid|despite|in\s+view\s+of)\b",
                           re.IGNORECASE)
# "... on Monday, Wednesday and Friday this week": that week's days.
_WEEK_NAMED_AFTER = re.compile(r",?\s+(?:of\s+)?(?:this|next|last|the\s+coming|the\s+following|that)\s+week\b",
                               re.IGNORECASE)


def timetable_days(sent: str, mentions: list[Mention], tenses: list) -> set[int]:
    """The weekdays (their indices in `mentions`) of a week's timetable in `sent`: a list of two or more plain
    weekdays with a count per week right before it ("three flights a week, on Wednesday, Friday and Sunday"), in any
    tense; or, not in the past, a list of four or more that skips a day ("Monday, Wednesday, Friday, and Sunday"),
    after a transport service's noun and a verb of its running ("flights will be operated on ..."), and any list of
    three or more so told beside it. Not a list followed
    by "this week", "next week" (that week's days), nor the days of a past clause with no count ("Police raided
    homes on Monday, Wednesday and Friday"), nor consecutive days ("Monday, Tuesday and Wednesday": a run of
    days), nor a one-off act of a service ("Ferry services will be suspended on ...")."""
    out: set[int] = set()
    n = len(mentions)
    lists = []  # (first, last index, the days' numbers) of each list of two or more plain weekdays
    i = 0
    while i < n:
        j = i
        if _plain_weekday(mentions[i]):
            while j + 1 < n and _plain_weekday(mentions[j + 1]) and \
                    _WEEKDAY_LIST_JOIN.fullmatch(sent, mentions[j].end, mentions[j + 1].start):
                j += 1
        if j > i and not _WEEK_NAMED_AFTER.match(sent, mentions[j].end):
            lists.append((i, j, [_weekday_number(mentions[k]) for k in range(i, j + 1)]))
        i = j + 1
    skipping = [(i, j) for i, j, days in lists if j - i >= 2 and
                any((days[k + 1] - days[k]) % 7 != 1 for k in range(len(days) - 1)) and
                # (in the week's order from Monday, with no wrap past Sunday, and no occasion after the list: not
                # "Ferries will operate on Thursday, Saturday, Sunday and Tuesday to carry voters home", "Extra
                # buses will run on Monday, Wednesday, Friday and Sunday during the festival", a few coming days)
                all(days[k + 1] > days[k] for k in range(len(days) - 1)) and
                not _OCCASION_AFTER.match(sent, mentions[j].end) and not _REASON_LATER.search(sent, mentions[j].end) and
                all(tenses[k] != "past" for k in range(i, j + 1)) and may_hold(sent, _SERVICE_WORDS) and
                _SERVICE_NOUN.search(sent, 0, mentions[i].start) and
                _RUNNING_VERB.search(sent, max(0, mentions[i].start - 60), mentions[i].start)]
    # (a list of four days or more that skips one is a week's round; one of three only beside such a list:
    # "flights will be operated on Monday, Wednesday, Friday, and Sunday, while the other route will see flights
    # on Tuesday, Thursday, and Saturday"; not "Extra trains are scheduled on Thursday, Saturday and Monday for
    # the festival", a few days' plan)
    round_told = any(j - i >= 3 for i, j in skipping)
    for i, j, _days in lists:
        if _PER_WEEK_BEFORE.search(sent, max(0, mentions[i].start - 60), mentions[i].start) or \
                round_told and (i, j) in skipping:
            out.update(range(i, j + 1))
    return out


def _plain_weekday(m: Mention) -> bool:
    """A weekday with no modifier ("last", "next"), no week and no possessive: "Monday", "on Monday morning"."""
    return m.kind == "wd" and not m.g("wd_mod") and not m.g("wd_week") and m.text[-1:].isalpha()


def _weekday_number(m: Mention) -> int:
    return WEEKDAYS.get(m.g("wd").lower(), -1)


# A year that is its clause's subject ("Simple math tells us that 1969 was 50 years ago", "1969 remains the most
# eventful year"), told of as a span of time: its distance from now or what it remains, no happening in it. The
# distance is the "N years ago" mention right after "was/is" (the recogniser's, any count it reads); what a year
# remains is a remembered quality (most eventful, darkest, greatest: how it is remembered), not a measured record of
# the year ("2016 remains the hottest year", "the deadliest year for migrants", "the worst year the industry has
# known", "the biggest loss in its history": a happening of that year, dated), nor a remembered quality "on record".
_YEAR_SUBJECT_BEFORE = re.compile(r"(?:^|\b(?:that|and|but|because)\s+|[,;:—–]\s*)$", re.IGNORECASE)
_YEAR_IS_BEFORE_AGO = re.compile(r"\s+(?:was|is)\s+(?:(?:exactly|just|only|nearly|almost|about|more\s+than|over)\s+)?",
                                 re.IGNORECASE)
_YEAR_REMAINS_AFTER = re.compile(r"\s{1,3}remains\s+(?:one\s+of\s+)?the\s+(?:most\s+(?:eventful|memorable|turbulent|"
                                 r"tumultuous|momentous|pivotal|consequential|remarkable|extraordinary|traumatic|"
                                 r"painful)|darkest|greatest|saddest|happiest|strangest)\b"
                                 r"(?![^.;]*?\brecords?\b)", re.IGNORECASE)
_REMAINS_REACH = 10  # (every match of _YEAR_REMAINS_AFTER holds "remains" within 3 + 7 characters of the year)


def year_told_of(sent: str, m: Mention, nxt: Mention | None) -> bool:
    """A bare year as the subject of "was N years ago" (`nxt`, the next mention, that "ago") or "remains the most
    ...": the year told of, no happening (not "The flood of 1969 was ...", "The dam built in 1969 remains the
    largest": a happening's year)."""
    if nxt is not None and nxt.kind == "ago" and nxt.text[-3:].lower() == "ago" and \
            _YEAR_IS_BEFORE_AGO.fullmatch(sent, m.end, nxt.start) is not None:
        pass  # (not "... two years later": a span from another happening)
    elif not may_hold(sent[m.end:m.end + _REMAINS_REACH], ("remains",)) or \
            _YEAR_REMAINS_AFTER.match(sent, m.end) is None:
        return False
    return _YEAR_SUBJECT_BEFORE.search(sent, m.start - 12 if m.start > 12 else 0, m.start) is not None


# A year made into an anniversary: "which makes 2019 the golden anniversary of ...", a count of years, no happening
# in it; and a year one wishes to make the year of something ("hope to make 2026 the year of the bridge", "Make 2025
# the year you quit"): no happening told. Not "made her 2019 debut", "He made 2018 his best season", nor a year that
# what happened in it made a record or a kind of year ("Storms made 2023 the wettest year on record", "Two titles
# made 1999 a year to remember", "The law makes 2026 the first year in which ..."): a happening's year.
_MAKE_BEFORE = re.compile(r"\b(make|makes|made|making)\s+$", re.IGNORECASE)
_MAKE_REACH = 8
_ANNIVERSARY_AFTER = re.compile(r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?anniversary\b", re.IGNORECASE)
_WISHED_YEAR_AFTER = re.compile(r"\s+the\s+year\b", re.IGNORECASE)


def year_made_into(sent: str, m: Mention) -> bool:
    """A bare year right after "make(s)/made" and before "the/a ... anniversary", or after a bare "make" and right
    before "the year": the year told of."""
    low = m.start - _MAKE_REACH if m.start > _MAKE_REACH else 0
    if not may_hold(sent[low:m.start], ("ma",)) or (mk := _MAKE_BEFORE.search(sent, low, m.start)) is None:
        return False
    return _ANNIVERSARY_AFTER.match(sent, m.end) is not None or \
        (mk[1].lower() == "make" and _WISHED_YEAR_AFTER.match(sent, m.end) is not None)
