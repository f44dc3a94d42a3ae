"""The tense each date mention of a sentence is read with: MentionTenses.

A weekday, a month or a yearless day takes the last or the next such day by
the tense of its clause (tense.clause_tense). Around a date the words often
say otherwise: a plan told in the past ("was expected to return Tuesday"), a
headline's or a notice's schedule with no verb ("Funeral Monday for fallen
officer"), a preview's fixture, a deadline named by its day, a forecast, a
caption's present, a date that shares the one before it. MentionTenses is
that cascade, with the words only it reads; sentence_tenses lists its
readings for a sentence's mentions whose date hangs on their tense, a
month's or a weekday's corrected in the light of the others. The per-sentence
resolution (pipeline._resolve_sentence) takes that list and asks
MentionTenses itself where a rule needs a mention's own reading; the rule
modules' readings they lean on are in direction, ranges and tense.
"""
from __future__ import annotations

import datetime as dt
import re

from .clauses import ASIDE_AFTER_DATE, CLAUSE_WINDOW, PAIR_GAP, clause_opening
from .direction import (
    ARTICLES,
    CAPTION_SCENE,
    COMING_VOTE,
    COVERED_BY,
    ED_WORD,
    FOR_BEFORE,
    GONE_BEFORE,
    HEADLINE_CHARS,
    KNOWN_OUTCOME_AFTER,
    RESULT_OFF,
    SAME_FORM_PAST_WORD,
    SENTENCE_END,
    UNSCHEDULED,
    UNSCHEDULED_BEFORE,
    UNSCHEDULED_NOUNS,
    ahead_attributive,
    ahead_clause_before,
    announced_for_before,
    bidden_day,
    called_happening_went,
    condition_ahead,
    contract_month,
    day_result,
    deadline_or_call_before,
    decided_for_month,
    expected_day,
    fixture_with_before,
    forecast,
    had_said_would_before,
    headline_plan,
    issued_from_before,
    issued_until_before,
    modifies_a_noun,
    outcome_after,
    outcome_after_day_ahead,
    outcome_opens_between,
    over_ahead,
    own_past_plan_before,
    own_verb_opening,
    past_before_next_cut,
    past_plan_before,
    past_told_after,
    plan_named_before,
    purpose_or_call_off_before,
    result_clauses,
    result_in_fixture,
    side_named_for_day,
    state_now_after,
    still_ahead_at,
    sub_clause_at,
    superseded_plan_before,
    told_outcome_after,
    waits_for_vote,
)
from .fastpath import holds, may_hold, search_last_words
from .grammar import hangs_on_tense
from .lexicon import HOLIDAYS, NUMBERS, WEEKDAYS
from .ranges import BARE_TO, many_delayed_from
from .recognition import Mention
from .resolution import day_number, month_value, safe_date
from .tense import (
    PRESENT_PASSIVE,
    asks_ahead,
    clause_tense,
    dated_participle_at,
    decided_before_day,
    first_tense_is_future,
    first_tense_is_past,
    future_since,
    has_past_marker,
    has_past_verb,
    has_tense_marker,
    relative_past_at,
)

# "How about signing him ...", "What about holding the vote ...": a proposal.
# A sentence opened by "For" and a day, a comma after it ("For Friday, ...", "For Saturday night, ...").
_FOR_DAY_OPENING = re.compile(r"[\s\"'“‘]*(?:And\s+|But\s+)?For\s+", re.IGNORECASE)
_DAY_PART_COMMA = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,")
_PROPOSAL = re.compile(r"[\s\"'“‘]*(?:how|what)\s+about\s+[a-z]+ing\b", re.IGNORECASE)
_FUTURE_CUE = re.compile(r"\b(?:tomorrow|next|coming|later)\b", re.IGNORECASE)
# How much text on either side of a date the clause is read from with a phrase blanked out (more than
# clause_tense's windows, 160 characters, and its longest clause read back).
_BLANK_WINDOW = 600
# The "since" right before a date, which makes it past whatever its clause says.
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# A weekday named by a copula, as the predicate ("the deadline is Tuesday", "the vote is
# on Tuesday") or as the subject ("Tuesday is the last day to register"): a schedule, the
# day itself or the next such day, never one just past ("was" says that).
# "the deadline is Tuesday", and a notice: "the office is closed Tuesday", "polls are open on
# Sunday" (a closing gone by is told in the past: "was closed Tuesday").
# "polls are open from 7 a.m. to 7 p.m. Thursday": the hours of a notice between it and its day.
_IS_BEFORE_DAY = re.compile(r"\b(?:is|are)\s+(?:(?:closed|open|shut)\s+)?"
                            r"(?:(?:from\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s*(?:to|until|till|-|–)\s*"
                            r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?(?:on\s+)?$", re.IGNORECASE)
# "Tuesday is the last day", "Thursday is election day" (a named day: "primary day", "Labor Day").
_IS_AFTER_DAY = re.compile(r"\s+(?:is|are)\s+(?:the|a|an|also|[A-Za-z]+\s+day\b)", re.IGNORECASE)
# A tenseless "set for", "slated to", "poised for": what a headline says is planned.
_SET_FOR = re.compile(r"\b(?:set|slated|scheduled|poised|due)\s+(?:for|to)\b", re.IGNORECASE)
# A calendar's present placing a happening on a weekday ("The holiday falls on Wednesday", "Chuseok lands on Tuesday"):
# the coming such day, as a schedule's (not "fell on", gone by; not a price's or the weather's "falls": "Apple stock
# falls on Tuesday after weak earnings", "Snow falls on Tuesday in Chicago", a headline's or a caption's news).
_FALLS_ON_BEFORE = re.compile(r"(?:\b(?:holiday|deadline|festival|election|primary|vote|anniversary|birthday|date|day|"
                              r"eve|payday)(?:['’]s)?|"
                              # ... or a holiday's name: "Chuseok lands on Tuesday", "Christmas falls on Friday"
                              r"\b(?:" + "|".join(r"\s+".join(map(re.escape, k.split()))
                                                 for k in sorted(HOLIDAYS, key=len, reverse=True)) + r"))"
                              r"\s+(?:(?:this|next)\s+year\s+)?(?:falls|fall|lands|land) on $", re.IGNORECASE)
# (asked only where the window's last six characters, lower-cased, end so: FALLS_ON_ENDINGS, the last letters of its
# verb, a space, "on" and a space)
FALLS_ON_ENDINGS = ("ls on ", "ll on ", "ds on ", "nd on ")
# A preview's schedule label, then at most a clock time, before its weekday.
_WHEN_LABEL = re.compile(r"\s*(?:when|kickoff|kick-off|tipoff|tip-off|game\s+time|first\s+pitch)\s*:\s*"
                         r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|noon)?\s*,?\s*)?$", re.IGNORECASE)
# A due day's label: "Deadline: Friday", "Last day to register: Saturday", "Entries close: Monday", "Weekend
# schedule: Friday, practice; ..." (not "Last seen:", "Released:"; nor a list told in the past: "Itinerary:
# Monday, the president visited Kyiv").
_DUE_LABEL = re.compile(r"\s*(?:(?:the\s+)?deadline|last\s+day(?:\s+to\s+[a-z]+)?|due|rsvp|"
                        r"(?:registration|entries|applications|nominations|early\s+voting)\s+(?:closes?|ends?|deadline)|"
                        r"(?:[\w'’-]+\s+){0,2}?(?:schedule|agenda|itinerary|timetable))\s*:\s*"
                        r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|noon)?\s*,?\s*)?$", re.IGNORECASE)
# A headline's clause of its own right after its day (headline_plan's rule in MentionTenses): a conjunction
# that opens another happening ("... Friday as red warning issued", "... Monday after talks collapsed").
_HEADLINE_SUBORDINATE_AFTER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s+(?:as|after|amid|while|"
                                         r"with|because|following|despite|since)\s+(?!(?:of|from)\b)", re.IGNORECASE)
# A saying right before a day's possessive as its clause's subject: "said Saturday's march would ...".
_SAID_BEFORE_POSS = re.compile(r"\b(?:said|says|say|told\s+[\w'’-]+|warned|predicted|announced|added|noted|insisted|"
                               r"stressed|cautioned|believes?|believed|thinks?|thought|hopes?|hoped|"
                               r"(?P<expect>expects?|expected))\s+(?:that\s+)?$", re.IGNORECASE)
# ... not a foresight that few or none had ("Few predicted Tuesday's debate would ..."): told after the fact.
_FEW_BEFORE = re.compile(r"\b(?:few|nobody|no\s+one|none|not\s+many|not\s+everyone)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# ... and the subject's verb after the happening's name: a modal or "to" after "expected", then a verb of how a
# coming happening goes ("would go ahead", "could bring flooding", "will be closed to the public"; not what is
# done to one gone by: "would be recounted", "would be revised").
_AHEAD_VERB_AFTER_POSS = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,4}?(?:(?P<will>will|is\s+going\s+to|are\s+going\s+to)|would|could|might|may|should|"
    r"(?P<to>to))\s+(?:still\s+|now\s+|likely\s+|also\s+)?(?:go\s+ahead|take\s+place|proceed|start|begin|kick\s+off|"
    r"open|feature|bring|decide|determine|show|test|pit|mark|include|go\s+on|see|"
    r"be\s+(?:held|played|closed|open|televised|broadcast|streamed|the\s+(?:first|last|final|biggest)))\b",
    re.IGNORECASE)
# A day's happening told as drawing near: "Tuesday's primary days away", "Friday's deadline looming".
_LOOMING_AFTER_POSS = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:is|are|just|only|now|still|fast|rapidly|quickly)\s+){0,2}(?:looms|looming|"
    r"approaches|approaching|nears|nearing|(?:(?:a\s+)?(?:few|two|three|four|five|several)\s+)?(?:days|hours)\s+away)\b",
    re.IGNORECASE)
# A deadline's day striven toward: "were racing to finish the budget before Friday's deadline".
_DEADLINE_POSS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?deadlines?\b", re.IGNORECASE)
_BEFORE_DEADLINE = re.compile(r"\b(?:before|ahead\s+of|by|to\s+meet|beat)\s+$", re.IGNORECASE)
_STRIVING = re.compile(r"\b(?:(?:was|were|is|are|been)\s+(?:[\w-]+\s+)?)?(?:racing|rushing|scrambling|working|"
                       r"struggling|hurrying|pushing|striving)\b", re.IGNORECASE)
# A notice's clock time right after its weekday ("Thursday at 7 p.m.", "Saturday, 11 a.m.", "Friday from 9 a.m."),
# and a scheduled happening it names before the day.
_NOTICE_CLOCK_AFTER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*(?:,\s*|\s+(?:at|from)\s+)"
                                 r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|noon)", re.IGNORECASE)
_NOTICE_HAPPENING = re.compile(r"\W*(?:(?!(?:at|from|of|in|after|during|before|near|outside|inside)\b)"
                               r"[\w'’-]+\s+){0,3}"
                               r"(?:meetings?|concerts?|rall(?:y|ies)|services|funeral|memorial|vigil|drive|fair|"
                               r"festival|sale|clinic|workshop|hearing|forum|town\s+hall|open\s+house|ceremony|"
                               r"parade|screening|auction|dinner|breakfast|luncheon|class|session|tour|"
                               r"celebration|fundraiser|benefit|reception|lecture|recital|performance)\b",
                               re.IGNORECASE)
# A weekday before a forecast it heads: "Wednesday weather forecast", "Friday outlook".
_DAY_FORECAST_AFTER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s+(?:(?:weather|snow|rain|storm|"
                                 r"temperature|travel)\s+)?(?:forecast|outlook)\b", re.IGNORECASE)
# Closings named right before a weekday in a verbless line: "School closures Wednesday".
_CLOSINGS_BEFORE = re.compile(r"\b(?:closures|closings|cancell?ations|delays|early\s+dismissals?)\s+(?:on\s+|for\s+)?$",
                              re.IGNORECASE)
# A fixture's line with no verb, its weekday after the two sides: "Alabama vs. Auburn, Saturday, 3:30 p.m."
_FIXTURE_LINE = re.compile(r"\W*(?-i:[A-Z])[\w.'’&-]*(?:\s+[\w.'’&-]+){0,4}?\s+(?:vs?\.|versus)\s+(?-i:[A-Z])[\w.'’&-]*"
                           r"(?:\s+[\w.'’&-]+){0,4}?\s*[,:–—-]\s*(?:on\s+)?", re.IGNORECASE)
# ... and after its weekday at most a clock time, a channel, a venue: "Saturday, 3:30 p.m., CBS" (not "Saturday:
# five takeaways", "Saturday night, in photos": a recap).
_FIXTURE_TAIL = re.compile(r"\s*(?:[.]\s*)?|\s*,?\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|noon)[^:;!?]*",
                           re.IGNORECASE)
# A weekday's attributive use before "deadline" ("the Tuesday deadline", "the state's Thursday deadline"), not
# one met or gone by ("met the Friday deadline", "after the Monday deadline").
# (A clock time may stand between the determiner and the day: "a 2 p.m. Sunday deadline", "the noon Friday deadline".)
_DEADLINE_CLOCK = r"(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+)?"
_DAY_DEADLINE_BEFORE = re.compile(r"(?:\b(?:a|the|this|its|their|his|her|our)|\w['’]s)\s+" + _DEADLINE_CLOCK + "$",
                                  re.IGNORECASE)
# (... and "facing" as "face(d)": "had been facing a 2 p.m. Sunday deadline" is the deadline still ahead then.)
_DEADLINE_SET_BEFORE = re.compile(r"\b(?:set|imposed|gave|given|issued|announced|extended|agreed\s+(?:on|to)|"
                                  r"faced?|facing|approved)\s+(?:[\w'’-]+\s+){0,2}?(?:a|the|this|its|their)\s+" +
                                  _DEADLINE_CLOCK + "$", re.IGNORECASE)
_DEADLINE_MET_BEFORE = re.compile(r"\b(?:met|meet|meets|meeting|beat|beats|made|make|makes|after|since|past|"
                                  r"beyond)\s+(?:(?:a|the|this|its|their|his|her|our)\s+)?(?:[\w.-]+['’]s\s+)?" +
                                  _DEADLINE_CLOCK + "$", re.IGNORECASE)
# The deadline after its weekday, with the day's part between ("Friday night deadline").
_DEADLINE = r"(?:\s+(?:night|noon|midnight|morning|evening|afternoon))?\s+deadlines?"
_DAY_DEADLINE_AFTER = re.compile(_DEADLINE + r"\b", re.IGNORECASE)
# A verb of saying that opens a reported clause, the past a deadline's sentence may hold only for it ("The
# mayor said the Thursday deadline is too tight", "told reporters the Thursday deadline would hold").
_SAYING_OPENS = re.compile(r"\b(?:said|told(?:\s+(?:reporters|[A-Z][\w'’-]+|(?:him|her|them|us|me)))?|added|stated|"
                           r"announced|noted|insisted|stressed|argued|explained)(?:\s+that)?\s",
                           re.IGNORECASE)


# ... or an aside of saying right after the deadline ("The Friday deadline, the mayor said, is too tight").
_SAYING_ASIDE = re.compile(_DEADLINE + r"\s*,\s*"
                           r"(?:[\w'’.-]+\s+){1,4}?(?:said|told\s+[\w'’-]+|added|noted|insisted|stressed|argued)\s*,",
                           re.IGNORECASE)
# A deadline's present in a verb the tense markers leave out: "the Friday deadline still stands", "... looms".
_NOW_VERB = re.compile(r"\s*(?:(?:still|now|also)\s+)?(?:stands|holds|looms|remains|applies|approaches|nears)\b",
                       re.IGNORECASE)
_DEADLINE_NOW_AFTER = re.compile(_DEADLINE + _NOW_VERB.pattern, re.IGNORECASE)


def _reported_with_no_past(sent: str, m: Mention) -> bool:
    """Whether weekday `m` sits in a clause reported after a verb of saying that is the only past before
    it (or in an aside of saying right after its deadline), the reported clause's verb before or after it,
    and nothing past after it."""
    before = sent[:m.start]
    aside = _SAYING_ASIDE.match(sent, m.end)
    if aside:
        rest = sent[aside.end():]
        return not has_past_marker(before) and not has_past_marker(rest) and \
            (has_tense_marker(rest) or _NOW_VERB.match(rest) is not None)
    sayings = list(_SAYING_OPENS.finditer(before))
    if not sayings:
        return False
    saying = sayings[-1]
    rest = sent[m.end:]
    return not has_past_marker(before[:saying.start()]) and not has_past_marker(before[saying.end():]) and \
        not has_past_marker(rest) and (has_tense_marker(rest) or has_tense_marker(before[saying.end():]) or
                                       _DEADLINE_NOW_AFTER.match(sent, m.end) is not None)


# What follows on from a day, right before it: "off the back of", "on the back of", "in the wake of", "on the
# heels of".
_FOLLOWS_ON_BEFORE = re.compile(r"\b(?:(?:on|off)\s+the\s+back|in\s+the\s+(?:wake|aftermath)|on\s+the\s+heels)\s+of\s+"
                                r"(?:last\s+)?$", re.IGNORECASE)
# A relative clause after a day's noun ("a Monday deadline, which it beat by a day"): it tells how it went.
_RELATIVE_AFTER_DAY_NOUN = re.compile(r"\s+[\w-]+s?\s*,?\s+(?:which|that)\s+", re.IGNORECASE)
_DEADLINE_GONE = re.compile(r"\b(?:behind|gone|passed|past|over|expired|lapsed|missed|blown|came\s+and\s+went)\b",
                            re.IGNORECASE)
# A day picked for a happening: "set Friday as the date for sentencing", "picked Saturday for its convention".
_DAY_CHOSEN_BEFORE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
                                r"\b(?:set|picked|chose|fixed|selected|designated|earmarked)\s+$",
                                re.IGNORECASE)
_DAY_CHOSEN_AFTER = re.compile(r"\s+(?:as\s+(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?:date|day|deadline|start)\b|"
                               r"for\s+(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+)?(?:vote|election|meeting|hearing|"
                               r"convention|summit|talks|debate|ceremony|launch|opening|strike|rally|march|protest|"
                               r"sentencing|trial|referendum|primary|runoff|session|conference|wedding|funeral)\b)",
                               re.IGNORECASE)
# What may open a sentence before its subject weekday: "Then Thursday is election day".
_SUBJECT_DAY_LEAD = re.compile(r"\s*(?:(?:then|and|but|so|now|and\s+then)\s*,?\s*)?", re.IGNORECASE)

# How far back the last such weekday may lie for a plan told in the past to name it: three days
# (then the coming one, at most three days ahead, is nearer or as near).
PLAN_DAYS_BACK = 3
# A passive bidding's infinitive day (direction.bidden_day) is the coming one only when that lies one or two days
# ahead (the last one five or six days back), as a tenseless clause's (grammar._resolve_wd): a bidding told with
# its own day closes the sentence as often ("were ordered to leave the country on Tuesday because of threat
# information" in a Saturday paper is that Tuesday's order).
BIDDEN_DAYS_BACK = 5
# The kinds of a mention that name a day ("said on Friday", "said on May 3").
_DAY_KINDS = frozenset(("wd", "mdy", "dmy", "hol"))
# A week told in the sentence ("Last week the coach named his side for Saturday's final"): the naming's own time,
# from which the match counts, not the paper's day.
def _match_after_naming_day(mentions: list[Mention], m: Mention, published: dt.date) -> bool:
    """Whether the one other day of the sentence, a bare weekday before `m` (the naming's day, or another verb's
    near it), puts the first such weekday as `m` after it beyond the paper's day: "On Tuesday, Jones named his side
    for Saturday's Test" in a Thursday paper (the Saturday after Tuesday: ahead), not "On Friday, the coach named
    his side for Saturday's final" (the Saturday after last Friday: gone by)."""
    others = [o for o in mentions if o is not m and o.kind in _DAY_KINDS]
    if len(others) != 1 or others[0].kind != "wd" or others[0].g("wd_mod") or others[0].g("wd_week") or \
            others[0].start > m.start:
        return False  # (one told after the match's day would share its tense: "... for Saturday's final on Tuesday")
    naming = WEEKDAYS[others[0].g("wd").lower()]
    naming_back = (published.weekday() - naming) % 7
    gap = (WEEKDAYS[m.g("wd").lower()] - naming) % 7 or 7
    return gap > naming_back


# A week gone by, told in the sentence before an announcing ("Last week, the district announced ...").
_WEEK_GONE = re.compile(r"\b(?:last|previous|past)\s+week\b|\bweeks?\s+ago\b", re.IGNORECASE)
# The first words of the next sentence ("Students logged on from home", "On Friday, classes resumed."), and a
# saying in those ("Parents said they were relieved": the story going on; not "Attendance fell to 40 percent,
# officials said").
_NEXT_SENTENCE = re.compile(r"\s+(?P<head>(?:[\w'’,-]+(?:\s+|(?=[.!?]))){1,5})")
_SAID = re.compile(r"\b(?:said|says|told|added|announced)\b", re.IGNORECASE)


_DAYS_AGO = re.compile(r"\b(?P<n>\d+|[a-z]+)\s+days\s+ago\b", re.IGNORECASE)


def _count(word: str) -> int:
    """A count's value, a number or its word ("eight"; 0 for none)."""
    return int(word) if word.isdigit() else NUMBERS.get(word.lower()) or 0


def _sentence_before(text: str, offset: int) -> str:
    """The sentence that ends right before `offset` (300 characters at most)."""
    before = text[offset - 300 if offset > 300 else 0:offset].rstrip()
    cut = max(before.rfind(".", 0, len(before) - 1), before.rfind("!", 0, len(before) - 1),
              before.rfind("?", 0, len(before) - 1), before.rfind("\n"))
    return before[cut + 1:]


def _other_weekday_after(sent: str, mentions: list[Mention], i: int, lo: int) -> bool:
    """Whether the first weekday after mention `i` that names another day of the week than it does is in the
    clause that runs from `lo` (no ";", dash, "and", "but" or "yet" between: not "Saturday's visitors lost 4-0, and
    their manager was sacked on Monday")."""
    day = WEEKDAYS[mentions[i].g("wd").lower()]
    for o in mentions[i + 1:]:
        if o.kind == "wd" and WEEKDAYS[o.g("wd").lower()] != day:
            return not outcome_opens_between(sent, lo, o.start)
    return False


_WEEK_TOLD = re.compile(r"\b(?:last|this|next|previous|past)\s+week\b|\bweeks?\s+ago\b", re.IGNORECASE)
# A side's infinitive of playing right before a day's possessive ("advances to play Midfield in Friday's",
# "hopes to face the Lions in Saturday's") and the fixture after it ("championship game", "final", "semifinal").
# The infinitive follows a verb of prospect or progress ("advances", "hopes", "is cleared", "moves on", "head to
# Denver"), not any verb of motion ("Smith leaps to meet a cross in Saturday's semifinal": a caption's purpose).
_TO_PLAY_BEFORE_POSS = re.compile(r"\b(?:advanc(?:e|es|ing)|hop(?:e|es|ing)|mov(?:e|es|ing)\s+on|prepar(?:e|es|ing)|"
                                  r"look(?:s|ing)?|head(?:s|ing)?|travel(?:s|ling|ing)?|return(?:s|ing)?|"
                                  r"plan(?:s|ning)?|aim(?:s|ing)?|wants?|gets?|waits?|awaits?|(?:is|are|['’]s|['’]re)\s+"
                                  r"(?:not\s+)?(?:set|due|expected|cleared|fit|ready|bound|scheduled|slated|poised|"
                                  r"going|likely|unlikely|available|healthy))"
                                  r"\s+(?:[\w'’.-]+\s+){0,4}?to\s+(?:play|face|meet|take\s+on|battle|host|visit|challenge|"
                                  r"pitch|start|compete|feature|line\s+up)\s+(?:[\w'’.-]+\s+){0,5}?(?:in|at|for|on)\s+$",
                                  re.IGNORECASE)
_FIXTURE_AFTER_POSS = re.compile(r"\s+(?:(?:night|afternoon|morning|evening)['’]s\s+)?(?:[\w'’-]+\s+){0,2}?"
                                 r"(?:games?|match(?:es)?|finals?|semi-?finals?|quarter-?finals?|championship|"
                                 r"title\s+game|bout|fight|contest|showdown|opener|clash|derby|rematch|matchups?)\b",
                                 re.IGNORECASE)
# How far ahead a vote named by its day's possessive in the present may lie and still be the coming one.
_VOTE_DAYS_AHEAD = 2
# ... not a vote's outcome or its count named before it: "her win in", "ballots from", "turnout in".
_VOTE_OUTCOME_BEFORE = re.compile(r"\b(?:wins?|victory|victories|loss|losses|defeat|upset|results?|returns|ballots|"
                                  r"votes|turnout|recount|concession|tally)\s+(?:in|from|of|at|for)\s+$", re.IGNORECASE)
# ... nor one told as done: "Tuesday's election is now in the books", "... is over", "... is being
# challenged in court".
_VOTE_DONE_AFTER = re.compile(r"[^.;:!?]*?\b(?:is|are)\s+(?:now\s+|finally\s+|officially\s+|all\s+but\s+)?"
                              r"(?:in\s+the\s+books|over|final|decided|certified|done|settled|history|complete|"
                              r"behind\s+us|(?:being\s+)?(?:challenged|contested|disputed|recounted|audited|"
                              r"investigated|appealed|overturned|annulled|voided|nullified|invalidated|thrown\s+out|"
                              r"set\s+aside|struck\s+down|canvassed))\b", re.IGNORECASE)

# A participle of forecasting right after a noun, before a weekday: "The storm expected Friday", "the
# storm forecast to arrive Friday", "the cold front predicted for Tuesday" (not after an auxiliary or
# a pronoun: "was expected Friday", "she expected Friday").
_FORECAST_PARTICIPLE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?!(?:was|were|is|are|be|been|being|had|has|have|he|she|they|we|it|i|you|who|which|analysts|"
    r"economists|officials|experts)\s)[a-z][\w-]*\s+"
    r"(?:expected|forecast|predicted|projected)(?:\s+to\s+[a-z]+)?\s+(?:(?:on|for|by|early|late|later)\s+)?$",
    re.IGNORECASE)
# The participles' tails the sentence must hold before _FORECAST_PARTICIPLE is tried (case-sensitive).
_FORECAST_PARTICIPLE_WORDS = ("xpected", "orecast", "redicted", "rojected")
# The clause's own verb right after the day in the present or the future: "... Friday is over the Gulf",
# "... Saturday night will be heavy", "... Tuesday remains far to the west".
# (Not a perfect: "The decline projected Friday has since reversed" is gone by.)
_PRESENT_MAIN_AFTER = re.compile(r"\s+(?:is|are|will|remains|remain|continues|continue|looks|moves|"
                                 r"threatens|appears|could|may|might)\b"
                                 # ... nothing that tells it has come: "is still dumping rain", "is
                                 # already out", "are out", "are in.", "will have passed"
                                 r"(?!\s+(?:still|already|now|have|out)\b)"
                                 r"(?!\s+in\b(?!\s+(?:the|a|an|its|their|his|her)\b))", re.IGNORECASE)
# A sentence that opens with a plural subject (a determiner or a count before it allowed) and a bare
# verb right before the weekday: "The candidates debate", "The two leaders speak", "Democrats rally".
# Not a noun that ends in "-s" with no plural ("series", "news"), nor a verb's "-s", "-ed", "-ing", nor
# a word after the subject that is no verb ("The candidates also", "The teams in").
_PLURAL_BARE_PRESENT = re.compile(
    r"\W*(?:(?:the|both|two|three|four|all|rival)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?!(?i:series|news|species|politics|economics|headquarters|means|odds|ties|talks)\s)"
    r"[A-Za-z][\w-]*[^suis'’\W]s\s+"
    r"(?!(?:not|also|still|only|just|even|never|already|then|now|later|soon|again|and|or|but|who|which|that|"
    r"when|where|while|as|if|of|to|in|on|at|for|with|from|by|the|a|an|this|next|last|each|every)\s)"
    # ... a verb of a schedule ("Oil prices jump Monday" is a headline's present of what happened)
    r"(?:meet|play|debate|speak|vote|face|host|compete|talk|visit|testify|negotiate|convene|resume|"
    r"square\s+off|tee\s+off|race|fight|box|wrestle|clash|appear|perform|travel|kick\s+off)\s+(?:on\s+)?")
# What may follow the day of such a schedule to the sentence's end: a clock time, a channel by name,
# "by phone" ("... debate Thursday night at 9 p.m. on CNN"); a caption's scene goes on with a place or
# an action ("Protesters gather Thursday outside the courthouse", "Residents rally Thursday in Phoenix":
# the day gone by, its photo credit a sentence of its own).
_SCHEDULE_TAIL = re.compile(r"(?:\s*,?\s+(?:at\s+\d[\w:.]*(?:\s*[ap]\.?m\.?)?|at\s+noon|by\s+(?:phone|video)|"
                            r"on\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))*\s*[.!]?\s*")

# A photo's credit right after the sentence: "The candidates debate Tuesday night. (AP Photo/Jane Doe)" is
# a caption, whose present shows what happened.
_CREDIT_NEXT = re.compile(r"[ \t]{0,3}\((?:[^()\n]{0,40}\b(?:Photo|Pool|Getty|Reuters|AFP|EPA)\b)")

# "gets to keep his seat after a court ruling on": a state let be kept after a happening, in the
# present (not after a modal or "to": "will get to stay after Tuesday's vote" may lie ahead).
_KEPT_AFTER_BEFORE = re.compile(
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bto\s)(?<!\bshould\s)"
    r"\bgets?\s+to\s+(?:keep|stay|remain|retain)\b[^.;:!?]{0,60}?\bafter\s+"
    # ... a decision, its noun right before the day, no verb of its own ("after the final on Sunday",
    # "after the merger closes on Friday" may lie ahead)
    r"(?:(?:a|an|the|his|her|its|their|last\s+week's)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:ruling|vote|recount|hearing|verdict|decision|judgment|referendum)s?\s+(?:on\s+)?$"
    # ... or the day's possessive before the decision: "after Tuesday's ruling"
    r"|\bgets?\s+to\s+(?:keep|stay|remain|retain)\b[^.;:!?]{0,60}?\bafter\s+(?P<poss>)$", re.IGNORECASE)
_DECISION_AFTER = re.compile(r"\s+(?:ruling|vote|recount|hearing|verdict|decision|judgment|referendum)s?\b",
                             re.IGNORECASE)

# A sentence that opens with a bidding to the reader: what it names lies ahead.
# "Watch: Firefighters battle a blaze Sunday", "Watch the moment a tornado hit the town Sunday"
# label a video of what happened: no bidding.
_IMPERATIVE = re.compile(r"\W*(?:please\s+)?(?:watch(?!\s*[:|—–-]|\s+(?:the\s+)?moments?\b|"
                         r"\s+(?:as|how|what|when|while)\b)|join\s+us|tune\s+in|come\s+(?:to|out|see)|visit\s+us|attend|"
                         r"don't\s+miss|mark\s+your\s+calendars?|save\s+the\s+date|stop\s+by|"
                         # "Find live results Monday at ...", "Follow along Tuesday", "Join the chat Friday"
                         # (not a noun: "Find of the century", "Stream of refugees")
                         r"find(?!\s+of\b)|follow\s+(?:us|our|along|live)|join(?!-)|catch\s+(?:the|all|every)|"
                         r"stream(?!\s+of\b)|sign\s+up)\b", re.IGNORECASE)
# The present of a fixture, a sitting or a broadcast, which a preview announces (a caption shows a
# scene: "plays the ball during the match" is one, see CAPTION_SCENE).
_PREVIEW_VERB = re.compile(r"\b(?:plays|airs|premieres|debuts|(?<=s\s)play)\b"
                           r"(?![^.;:!?]*\bduring\b)")
# After a present's day, what tells it done: records broken ("Temperatures plunge Saturday, shattering
# records"; not "possibly breaking records", a forecast's).
_TOLD_AS_DONE_AFTER = re.compile(r",\s+(?:shattering|breaking|setting|smashing|tying|toppling)\s+(?:[\w-]+\s+){0,2}?"
                                 r"records?\b", re.IGNORECASE)

# A programme going on, right before its day ("continues Sunday with a parade"), and the "with" of its item.
_GOES_ON_BEFORE = re.compile(r"\b(?:continues|resumes|(?<=s\s)(?:continue|resume))\s+(?:on\s+)?$", re.IGNORECASE)
# A measure of the weather that "hit" a level, which present and past spell alike: a report of a reading, not a
# forecast's verbless line ("Temperatures hit a high of 33C on Sunday"; a forecast says "will hit", "could hit").
_WEATHER_HIT = re.compile(r"\b(?:temperatures|temps|highs|lows|the\s+mercury|readings|thermometers)\s+"
                          r"(?:(?!likely\b)[a-z]+ly\s+)?hit\b[^,;:]{0,60}$", re.IGNORECASE)
_WITH_AFTER_DAY = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?,?\s+with\s", re.IGNORECASE)
# The weather's present right before its day: "Temperatures drop sharply Sunday", "Rain returns on Tuesday",
# "Highs climb into the 80s Friday" (not "falls", which a caption's rain does).
_WEATHER_MOVES_BEFORE = re.compile(
    r"\b(?:temperatures|temps|highs|lows|rain|snow|showers|storms|sunshine|heat|winds)\s+(?:[a-z]+ly\s+)?"
    r"(?:drops?|dips?|plunges?|rises?|climbs?|soars?|returns?|moves?\s+in|arrives?|clears?\s+out)\b"
    r"(?:\s+(?!(?:and|but|as|after|while|when)\b)[\w'’-]+){0,4}?\s+(?:on\s+|by\s+|early\s+|late\s+)?$"
    # ... a forecast's round of weather that comes again: "The cycle repeats Saturday", "The pattern
    # repeats itself on Sunday"
    r"|\b(?:cycle|pattern)\s+repeats(?:\s+itself)?\s+(?:on\s+)?$", re.IGNORECASE)
# A forecast's headline or label with no verb, the weather right before its day ("Heavy rain Friday and
# Saturday", "Wet Weekend: Storms likely Sunday night"), nothing after the days but their parts and
# the words that list them (not "Heavy rain Tuesday in Houston", a report's).
# (A storm named as one, "Major Winter Storm Tuesday", "Ice storm Thursday", is such weather too.)
_WEATHER_LABEL_ITEM = (r"(?:(?:heavy|light|more|scattered|isolated|severe|strong|gusty|high|freezing|widespread|"
                       r"major|winter|ice|powerful|significant|periods\s+of)\s+)*(?:rain|snow|showers|thundershowers|"
                       r"storms?|thunderstorms|sleet|flurries|drizzle|downpours|winds|fog|blizzard)")
_WEATHER_LABEL_BEFORE = re.compile(
    rf"^\W*(?:(?:[\w-]+\s*){{1,3}}:\s*)?{_WEATHER_LABEL_ITEM}(?:\s*(?:,|and|&)\s*{_WEATHER_LABEL_ITEM})*"
    r"(?:\s+(?:likely|possible|expected|returning|developing))?\s+$", re.IGNORECASE)
_WEATHER_LABEL_REST = re.compile(
    r"(?:\s+(?:night|morning|afternoon|evening))?(?:\s*(?:,|and|&|through|into|to)\s*"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?)*"
    # ... and what more weather it brings: "Major Winter Storm Tuesday With Several Inches Of Snow, Extreme Cold"
    r"(?:\s+with\s+[^.!?;:]{0,60}?\b(?:snow|rain|sleet|ice|winds?|cold|heat|flooding|hail)\b[^.!?;:]{0,30})?"
    r"\s*[.!]?\s*$",
    re.IGNORECASE)
# ... and, in the day's own clause, a plural side that hosts another ("The Rams host the Bears on Sunday"; a
# caption's "Biden hosts Macron" is singular, "Pilgrims visit the Western Wall" a scene) or a side that opens
# its season.
_SIDE_FIXTURE_BEFORE = re.compile(r"(?:(?<=s\s)host\s+(?:the\s+)?(?-i:[A-Z])|"
                                  r"\b(?:opens|(?<=s\s)open)\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+)?season\b)"
                                  r"[^,;:.!?()]*$")
# ... or sides that renew a rivalry ("Petal and Oak Grove renew rivalry on Friday night", "The Bulldogs resume their
# rivalry with the Tigers on Saturday"): a preview's present, a fixture still to come.
_RIVALRY_RENEWED_BEFORE = re.compile(r"\b(?:renews?|resumes?|rekindles?|reignites?|continues?)\s+"
                                     r"(?:(?:the|their|its|an?|this|[\w-]+)\s+){0,2}?rivalry\b[^,;:.!?()]*$")
_SCORE_IN = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b")  # a result's score: "winning 21-14"
# A day's possessive whose happening is called scheduled or upcoming: "Tuesday's scheduled debate".
_SCHEDULED_POSS_AFTER = re.compile(r"\s+(?:scheduled|upcoming|planned|slated|forthcoming)\s+(?-i:[a-z][\w-]*)",
                                   re.IGNORECASE)

# The words of a clause, and the past verbs of telling, weighing or readying for it that leave a happening
# called scheduled still to come ("mentioned Tuesday's scheduled debate"); a verb of going does only when
# the going is "for" it ("returned to the capital for Thursday's scheduled vote", not "returned from
# Saturday's scheduled game", "arrived late to Tuesday's scheduled session": gone by).
_WORD = re.compile(r"[\w'’-]+")
# The parts of a day a weekday's mention may end with ("Saturday night").
_DAY_PARTS = ("night", "morning", "afternoon", "evening")
_TOLD_OF_WORD = re.compile(r"(?:mentioned|discussed|previewed|touted|cited|noted|weighed|eyed|addressed|"
                           r"announced|confirmed|promoted|defended|criticized|criticised|welcomed|"
                           r"prepared|braced|readied|delaying|postponing)", re.IGNORECASE)
_WENT_WORD = re.compile(r"(?:returned|arrived|travell?ed|flew|headed)", re.IGNORECASE)
# A headline's happening drawing near right before its day ("strike looms Friday") ...
# A court's remand or bail and its infinitive of appearing (or of facing trial), the weekday right after the
# court's words: "remanded him in custody to appear at the crown court on", "was bailed to appear before
# magistrates on", "released on bail to face trial on" (no clause between: no comma, no "and"/"where").
_REMAND_TO_APPEAR_BEFORE = re.compile(
    r"\b(?:remanded|bailed|(?:released|freed)\s+on\s+(?:[\w'’-]+\s+)?bail|(?:granted|given)\s+(?:[\w'’-]+\s+)?bail)"
    r"(?:\s+(?!(?:and|but|or|after|before|when|where|who|which|on)\b)[\w'’-]+){0,4}?\s+to\s+"
    r"(?:appear|face\s+(?:trial|a\s+(?:trial|hearing))|stand\s+trial|return\s+to\s+court)\b"
    r"(?:\s+(?!(?:and|but|or|after|when|where|who|which|on)\b)[\w'’.-]+){0,7}?\s+(?:(?:early|late)\s+)?(?:on\s+)?$",
    re.IGNORECASE)
# ... and what opens a clause after the day that may tell how the hearing went: "but failed to attend",
# ", where they pleaded not guilty".
_HEARING_TOLD_OPEN = re.compile(r"[;—–]|\b(?:and|but|yet|where|when)\s", re.IGNORECASE)
# ... a denied or failed coming, right after that opening ("but did not turn up", "but failed to attend").
_HEARING_MISSED = re.compile(r"\s*(?:(?:he|she|they|it|the\s+[\w'’-]+)\s+)?(?:did\s+not|didn['’]t|failed|never)\b",
                             re.IGNORECASE)


# ... or the next sentence telling it in the past: "He was bailed to appear on Tuesday. At the hearing, he
# pleaded not guilty." (not a state now, "He denies the charges").
_HEARING_TOLD_NEXT = re.compile(
    r"[\s\"”’')]*(?:At\s+(?:the|that)\s+(?:hearing|appearance),?\s+)?(?:he|she|they|the\s+[a-z]+)\s+"
    r"(?:pleaded|appeared|admitted|entered\s+(?:a\s+)?pleas?|(?:was|were)\s+(?:jailed|sentenced|fined|convicted|cleared|"
    r"acquitted))\b", re.IGNORECASE)


# A weekday's possessive naming a side by its part in that day's fixture ("Saturday's visitors", "Sunday's
# opponents"), the clause's verb dated by another weekday after it ("Saturday's visitors secured a fine result
# on Tuesday evening"): a preview's, the side of the coming match (issue 12; wk9). Not a match report's
# "Saturday's visitors took the lead" (no other day: the match itself).
_SIDE_AFTER_POSS = re.compile(r"\s+(?:visitors|opponents|opposition|hosts|guests|foes|challengers)\b", re.IGNORECASE)
# The verb of a side's match right after it ("Saturday's visitors beat Leeds on Tuesday", "Sunday's hosts, Leeds,
# lost 3-1 at home", "were held to a draw"): a result of the side's own, in its main clause (not "who had beaten
# Leeds", "had lost", "sacked their manager"; nor the side word before a noun or a phrase of its own,
# "opposition protest", "visitors to the fair", "hosts, the Smiths, were charged").
_SIDE_RESULT_AFTER = re.compile(
    r"(?:\s+of\s+honou?r)?(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,)?\s+(?:(?:also|then|only|just)\s+)?"
    r"(?:won|lost|drew|beat|thrashed|edged|secured|claimed|earned|suffered|arrived|crashed|slumped|"
    r"(?:was|were)\s+(?:beaten|held|thrashed|edged|defeated|hammered))\b")



def _hearing_told_after(sent: str, end: int) -> bool:
    """Whether a clause after a hearing's weekday tells how it went, in the past ("..., where they pleaded
    not guilty", "but failed to attend") or as a coming denied ("but did not turn up")."""
    if outcome_after(sent, end, _HEARING_TOLD_OPEN):
        return True
    cut = _HEARING_TOLD_OPEN.search(sent, end, end + CLAUSE_WINDOW)
    return cut is not None and _HEARING_MISSED.match(sent, cut.end()) is not None
_LOOMS_BEFORE = re.compile(r"\b(?:looms|nears|approaches)\s+(?:on\s+)?$", re.IGNORECASE)
# ... or a scheduled happening's head right before its day, and after the day whom or where it is for
# (not after a plural, whose verb it is: "Hundreds rally Saturday for climate action").
_HEAD_HAPPENING_BEFORE = re.compile(r"(?:^|(?<!s)\s)(?:funeral(?:\s+services)?|memorial|vigil|sentencing|arraignment|"
                                    r"hearing|trial|runoff|vote|election|primary|referendum|strike|walkout|rally|march|parade|debate|"
                                    r"summit|talks|meeting|decision\s+day|showdown|deadline|no\s+school|closures?|"
                                    r"advisory)\s+(?:on\s+)?$", re.IGNORECASE)
_HEAD_TAIL_AFTER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s+(?:for|in|at|against|with|over)\s+\S",
                              re.IGNORECASE)
# ... with no headline verb of the present after the day, which tells a happening gone by ("Rally Saturday in
# Dayton draws thousands"): a lowercase word in -s with a word after it.
_HEADLINE_VERB_S = re.compile(r"\b(?-i:[a-z]{3,})(?<!ss)s\s+[\w$]")
# A happening named with its schedule, the participle after its noun ("The rally planned for", "the
# meeting, originally scheduled for"; not a finite passive "was scheduled for" nor a subject's own plan
# "They planned for") ...
_SCHEDULED_HAPPENING = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbe\s)"
                                  r"\b(?-i:[a-z]{3,})(?<!\bthey)(?<!\bwho)(?<!\bthat)(?<!\bwhich)\s*,?\s+"
                                  r"(?:(?:first|originally|initially)\s+)?(?:planned|scheduled|set|slated)\s+for\s+"
                                  r"(?:on\s+)?$", re.IGNORECASE)
# ... and, right after its day, a past verb of the happening's own course: drew a crowd, lasted, ended,
# broke up, went ahead, featured ... (not "drew 2,000 RSVPs", "ended up being moved", "began to unravel")
_HAPPENING_WENT = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s+(?:(?:drew|attracted)\s+(?:an?\s+|"
                             r"(?:more\s+than|about|around|some|nearly|almost|over|an\s+estimated)\s+)?(?:\d|crowds?|"
                             r"thousands|hundreds|dozens|tens|throngs)(?![\w,.\s]{0,24}?\b(?:RSVPs?|sign-?ups|requests|"
                             r"applications|complaints|criticism|registrations|signatures|views|likes|comments|"
                             r"responses|orders|bids)\b)|lasted|ended(?!\s+up)|(?:began|started)(?!\s+to\b)|kicked\s+off|"
                             r"went\s+(?:ahead|off|on)|broke\s+up|featured|concluded|finished|wrapped\s+up|"
                             r"turned\s+(?:violent|chaotic|tense))\b", re.IGNORECASE)
# A plan told in the present ("Protests are planned during the ceremony on Saturday"): no scene a
# picture shows, whatever it names.
_PLANNED_IS = re.compile(r"\b(?:is|are)\s+(?:being\s+)?(?:planned|scheduled|expected|slated|due|set\s+(?:for|to))\b",
                         re.IGNORECASE)
# A sentence that opens with a body for subject (an apposition after it allowed), then a verb in the
# present simple, then the weekday: "The committee gathers on", "The Senate Finance Committee, which
# writes tax law, takes up".
# How far into a sentence the weekday after a body's subject and verb may lie: the test reads from
# the sentence's start, so a table of thousands of dates is not read again for each.
_BODY_SUBJECT_CHARS = 200
_BODY_SCHEDULE = re.compile(
    r"\W*(?:(?!(?i:of|for|with|and)\s)[\w.'’&-]+\s+){0,6}?(?i:committee|council|board|panel|parliament|senate|assembly|court|cabinet|"
    r"commission|legislature|congress|jury|tribunal|fomc)"
    r"(?:\s*,[^,;:]{1,60},)?\s+"
    # ... not a plural noun the body names ("The Senate chambers sit empty", "The Commission
    # headquarters stands"): a compound subject, its verb after it
    r"(?!(?:members|chambers|headquarters|offices|staffers|staff|justices|judges|officials|leaders|lawyers|"
    r"hearings|proceedings|buildings|grounds|steps|doors|records|documents|seats|sessions|elections|rulings|"
    r"findings|minutes|papers|meetings|rooms|halls|gates|clerks|aides)\s)"
    r"(?:[a-z]+(?<![su])s)\s+(?:[a-z]+\s+){0,3}?(?:on\s+)?")

# A positive test right before a weekday: "test positive for COVID-19 on Saturday", "tested positive Monday".
_POSITIVE_TEST_BEFORE = re.compile(r"\b(?:test|tests|tested|testing)\s+positive\s+(?:for\s+(?:[\w-]+\s+){1,2}?)?"
                                   r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)

# A positive test not told as news: a present's "-s" (a rule's or a habit's: "Anyone who tests positive on
# Saturday must isolate") or a bare "test" after a modal, "to" or a relative pronoun ("players who test
# positive on Monday will miss the game", "could test positive on Friday").
_TEST_NOT_TOLD = re.compile(r"\btests\s+positive\b|\b(?:to|will|would|could|may|might|must|should|can|shall|who|"
                            r"that|whoever|if|when|unless|once)\s+(?:not\s+)?test\s+positive\b", re.IGNORECASE)

# An absolute phrase "with <someone> <doing> ... on <day>", after a comma, its participle the last verb.
_WITH_ING_BEFORE = re.compile(r",\s+with\s+(?:[\w'’.-]+\s+){1,5}?[a-z]+ing\s+(?:[\w'’.-]+\s+){0,5}?(?:on\s+)?$")
# "preliminary returns from Tuesday's election", "footage from Sunday's game": a day gone by.
# So is the happening whose outcome a clause speaks of: "the winner of Tuesday's primary will face ...".
_RESULT_OF_BEFORE = re.compile(r"\b(?:winners?|losers?|results?|outcome|aftermath|fallout|victors?|survivors?|"
                               r"victims?)\s+of\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# ... a contest's winner still to be known, the subject of a modal or "will" after the day's
# happening ("The winner of Saturday's game will likely be the favorite" in a Wednesday paper): the
# nearest such day, the coming one when the last lies more than three days back.
_WINNER_OF_BEFORE = re.compile(r"\b(?:winners?|losers?|victors?)\s+of\s+$", re.IGNORECASE)
_MODAL_MAIN_AFTER_POSS = re.compile(r"(?:\s+(?!(?:was|were|had|has)\b)[\w-]+){1,3}?\s+(?:will|would|"
                                    r"(?:is|are)\s+(?:likely|expected|set|poised)\s+to)\b", re.IGNORECASE)
# The chances of a happening, weighed right before its day: "the chances of success at a four-way peace summit",
# "improve the chance of a deal at talks" (its outcome unknown yet).
_CHANCES_AT_BEFORE = re.compile(r"\bchances?\s+of\s+(?:success|a\s+deal|an?\s+agreement|a\s+breakthrough|progress|"
                                r"winning)\s+(?:at|in|for)\s+(?:(?:the|a|an|this|next)\s+)?(?:[\w'’-]+\s+){0,4}?"
                                r"(?:summit|talks|meeting|vote|election|conference|negotiations|match|game|final)"
                                r"\s+(?:on\s+)?$", re.IGNORECASE)
# A relative clause right after the day, which may tell the happening's outcome ("..., which collapsed").
_RELATIVE_OPENING_AFTER = re.compile(r"\s*,?\s*(?:which|where|that|when)\b", re.IGNORECASE)
CHOSEN_MONTHS_AHEAD = 3
# (not in a sentence that tells a year gone by: "August was chosen for last year's vote", "... for the 2024 vote")
_OTHER_YEAR_TOLD = re.compile(r"\b(?:last|previous|past)\s+year|\b(?:19|20)\d\d\b", re.IGNORECASE)
# A month as the subject of a passive of choosing: "September was favored", "October has been chosen", "March was
# pencilled in" (not a month's own doings: "September was wet", "March was the busiest month").
_MONTH_CHOSEN_AFTER = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:also|now|initially|widely)\s+)?"
                                 r"(?:favou?red|preferred|chosen|picked|selected|floated|proposed|pencil+ed\s+in|"
                                 r"earmarked|eyed|targeted|tipped)\b", re.IGNORECASE)
# ... with no preposition before it, a time of its own ("in September was chosen" is no subject).
_MONTH_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|by|since|until|till|during|through|from|before|after|of|for)\s+$",
                                       re.IGNORECASE)
# What readies for a happening: "tickets for", "preparing for", "line up for", "bracing for".
_AHEAD_FOR_BEFORE = re.compile(r"\b(?:tickets?|seats|prepar(?:e|es|ing)|ready|readies|readying|brac(?:e|es|ing)|"
                               r"(?:gear|line|warm|sign|tune)(?:s|ing)?\s+up|lining\s+up|train(?:s|ing)?|"
                               r"practic(?:e|es|ing)|rehears(?:e|es|ing)|register(?:s|ing)?|favou?rites?|odds|"
                               r"line-?ups?|build-?up|countdown|in\s+town|closures?|detours?|shuttles?)\s+for\s+$",
                               re.IGNORECASE)
# ... and a body's own preparations for a happening named by "the <weekday> <noun>": "delayed its preparations for
# the Saturday vote" (not "months of preparation for", "in preparation for": what the happening came after).
_OWN_PREPARATIONS_FOR_BEFORE = re.compile(r"\b(?:its|their|the|our|his|her)\s+preparations\s+for\s+$", re.IGNORECASE)
# A weekday set between "the" and a happening's noun ("the Saturday vote", "the Monday summit"): it names that
# happening as a possessive does ("Saturday's vote"), for what readies for it or weighs it.
_THE_DAY_HAPPENING_AFTER = re.compile(r"\s+(?:vote|votes|voting|election|elections|poll|polls|ballot|referendum|"
                                      r"run-?off|primary|summit|meeting|talks|debate|hearing|session|sitting|rally|"
                                      r"march|protest|match|game|final|race|deadline|ceremony|launch)\b", re.IGNORECASE)
# ... and its past: "prepared for", "braced for", "trained for Sunday's final".
_READIED_FOR_BEFORE = re.compile(r"\b(?:prepared|braced|readied|geared\s+up|lined\s+up|trained|practi[cs]ed|"
                                 r"rehearsed|warmed\s+up|tuned\s+up|stocked\s+up)\s+(?:\w+\s+)?for\s+$", re.IGNORECASE)

# A readying verb in a relative clause ("Fans who lined up for", "Police, who had braced for").
_RELATIVE_BEFORE_READYING = re.compile(r"\b(?:who|which|that)\s+(?:[\w'’-]+\s+){0,4}?(?:for|about|over)\s+$",
                                       re.IGNORECASE)

# ... and what weighs its chances: "optimistic about Tuesday's primary", "confident ahead of Sunday's
# final" (not "worried about", "excited about": a happening gone by may worry or please) ...
_WEIGHING_BEFORE = re.compile(r"\b(?:optimistic|optimism|hopeful|confident|confidence|upbeat|bullish|bearish|"
                              r"pessimistic|nervous|anxious|jittery)\s+(?:about|over|for|ahead\s+of|going\s+into|"
                              r"heading\s+into)\s+$", re.IGNORECASE)

# A verb phrase with no subject of its own that goes on from the clause before it, up to a day: ",
# then come back Monday", "and then vote Tuesday", ", setting up final votes on the package Monday".
_SHARED_VERB_PHRASE_BEFORE = re.compile(
    r"(?:,\s*(?:and\s+)?then\s+|\band\s+then\s+|,\s*(?=(?-i:[a-z]+ing)\s)(?!(?:including|excluding|according|"
    r"regarding|concerning|following|during|pending|barring|notwithstanding|starting|beginning|ending|"
    r"making|bringing|leaving|coming|having|being|"
    # verbs of telling or citing: what they report was said or found on its own day, gone by
    r"saying|telling|announcing|confirming|disclosing|admitting|acknowledging|revealing|reporting|"
    r"noting|claiming|denying|citing|calling|responding|reacting|remembering|recalling|blaming)\b))"
    r"(?!(?:the|a|an|he|she|they|we|it|i|you|officials|police|there|this|that)\b)(?-i:[a-z]+)\b"
    r"(?:\s+(?!(?:that|which|who|when|while|after|before|because|but|since|said|says)\b)[\w'’.,-]+){0,8}?"
    r"\s+(?:(?:on|by|until|through|from)\s+)?(?:(?:early|late)\s+)?$", re.IGNORECASE)

# What readies for a day, or warns or forecasts for it, right before it, with at most a few words of
# what is readied for between: "bracing for windy conditions Tuesday", "a warning for snow for
# Tuesday", "as they prepare for Saturday", "in preparation of Saturday's march", "a flood watch for
# late Sunday" (no clause of its own, nor another time, between).
_READYING_FOR_CHARS = 70
# Every _READYING_FOR_DAY match holds one of these (fastpath.may_hold, a substring test each: the regex
# tried at each position of the window would enter every one of its alternatives there).
_READYING_WORDS = ("prepar", "brac", "read", "gear", "stock", "warn", "watch", "advis", "alert", "forecast", "outlook")
_READYING_FOR_DAY = re.compile(
    r"\b(?:(?:prepar(?:e|es|ed|ing)|brac(?:e|es|ed|ing)|read(?:ies|ied|ying)|(?:gear|stock)(?:s|ed|ing)?\s+up)"
    # what is readied: "readied extra beds for Friday", "braced themselves for"
    r"(?P<obj>(?:\s+(?!(?:for|of|on|in|at|that|which|who|when|after|before)\b)[\w'’-]+){0,3}?)\s+for|"
    r"ready\s+for|readiness\s+for|preparations?\s+(?:for|of)|"
    # a notice, put out for the day: "a warning for", "a flash flood watch was posted for", "an advisory
    # in effect for"
    r"(?P<notice>warnings?|watch(?:es)?|advisor(?:y|ies)|alerts?|forecasts?|outlooks?)"
    r"(?:\s+(?:(?:was|were|is|are|has\s+been|have\s+been|remains?|remained)\s+)?(?:issued|posted|declared|"
    r"extended|in\s+effect|in\s+place))?\s+(?:for|of))\s+"
    r"(?P<np>(?:(?!(?:on|in|at|by|but|that|which|who|when|while|after|before|because|since|until|last|this|next|"
    r"was|were|is|are|had|has)\b)[\w'’-]+\s+){0,5}?)(?:(?:on|for)\s+)?(?:(?:late|early)\s+)?$", re.IGNORECASE)

# Readiness judged after the day ("Few were prepared for", "Nothing could have prepared them for",
# "had not prepared for") and what only the aftermath measures ("the scale of Saturday's flooding").
_READINESS_JUDGED = re.compile(r"\b(?:few|nobody|no\s+one|nothing|none|not|never|hardly|barely|well|fully|"
                               r"could\s+have|would\s+have|should\s+have|had)\s+(?:[\w'’-]+\s+)?$|n['’]t\s+$",
                               re.IGNORECASE)
_HAD_BEFORE = re.compile(r"\bhad\b|['’]d\s+(?:been|already)\b", re.IGNORECASE)
_SCALE_OF_BEFORE = re.compile(r"\b(?:scale|extent|severity|magnitude|force|size|ferocity|intensity|toll|"
                              r"damage|aftermath|impact)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# The verbs that put a notice out: "issued a warning", "posted an advisory", "put out a watch".
_ISSUING = re.compile(r"\b(?:issued|posted|put\s+out|put\s+up|declared|extended|sent\s+out|upgraded|expanded|"
                      r"said|says|announced)\b", re.IGNORECASE)

# ... anywhere in a notice's line (_NOTICE_HAPPENING).
# ... then at most a prepositional phrase before the day ("at the library", "for John Smith"; not a headline's
# verb: "Concert draws thousands Monday"), no label.
_NOTICE_TAIL = re.compile(r"(?:\s+(?:at|in|on|for|of|near|outside|inside|with|by|to|from)\s+[^,;:!?]*?)?\s*",
                          re.IGNORECASE)
# ... nor a semicolon after it or a colon before words of outcome (results or takeaways: "Debate Thursday in
# Detroit: five takeaways", "Election Sunday in Peru; leftist leads"; not "...: how to watch") or a cause that
# struck ("Closures Friday in Midtown after water main break"; not "after two-year hiatus").
_HEAD_TAIL_DONE = re.compile(r"[;|—–]|:\s*(?:[\w'’-]+\s+){0,3}?(?:results?|takeaways?|winners?|photos?|recap|"
                             r"highlights|what\s+happened|wins?|loses|leads|won|lost)\b|"
                             rf"\bafter\s+(?:a|an|the)?\s*(?:[\w-]+\s+){{0,2}}?(?:{UNSCHEDULED_NOUNS}|break)\b",
                             re.IGNORECASE)
# A headline's names (a comma between two) and a scheduled step of a court or a vote, right before its day (no
# preposition or article among the words before it: "Protesters outside the hearing Monday" is a caption's scene).
_HEADLINE_STEP = re.compile(r"\W*(?:(?!(?:at|from|of|in|after|during|before|near|outside|inside|over|about|amid|"
                            r"following|the|a|an)\b)[\w'’.-]+,?\s+){1,5}?(?:sentencing|re-?sentencing|arraignment|trial|re-?trial|"
                            r"hearing|inquest|vote|run-?off|referendum)(?P<step>)\s+(?:on\s+)?", re.IGNORECASE)


def _headline_verb_s(head: str) -> bool:
    """Whether a word after the first of a headline's head ends in a verb's "-s" ("Judge delays sentencing
    Monday": the delaying told), not a possessive nor a name in a list after a comma ("Williams, Jones")."""
    words = head.split()
    return any(w.endswith("s") and not w.endswith(("'s", "’s", "ss")) and not words[k - 1].endswith(",")
               for k, w in enumerate(words) if k)
_UNSCHEDULED_WORD = re.compile(rf"\b(?:{UNSCHEDULED_NOUNS})\b", re.IGNORECASE)

# A noun's "'s" and an -ing verb right before a weekday: "The team's playing Saturday".
_NOUN_IS_ING_BEFORE = re.compile(r"\b[A-Za-z]+['’]s\s+[a-z]+ing\s+(?:on\s+)?$")

# Besides a happening nobody schedules (UNSCHEDULED), what else has happened once named after
# "following <day>'s": storms, floods, a death, a resignation, a defeat.
_GONE_BY_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:storms?|floods?|flooding|snowstorm|hurricane|death|"
                            r"resignation|defeat|loss|breakdown|arrest)\b")


# Beyond this many dates in one sentence the tenses are computed first to last (sentence_tenses).
_DEEP_TENSE_CHAIN = 200

# A month before the vote it names (COMING_VOTE) looks ahead after the words that wait for it ("on the
# November ballot", "running in the November election", "candidates for the November election"; not "after",
# "since", "from", a subject: "the November election is over") ...
_FOR_VOTE_BEFORE = re.compile(r"\b(?:on|in|for|before|ahead\s+of|until|toward|towards)\s+(?:the|this)\s+$",
                              re.IGNORECASE)

# ... as a month after the vote does ("the general elections in November", "the runoff in June").
_VOTE_IN_BEFORE = re.compile(r"\b(?:elections?|ballot|vote|runoff|referendum|midterms|primary|primaries)\s+in\s+$",
                             re.IGNORECASE)

# A yearless day before the vote it names, the vote's own day ("for the December 7 elections", "ahead of the 7
# December, general elections": a stray comma before the vote's noun, the article before the day showing that the
# day is the noun's, no fronted "On December 7, elections were held"), looks ahead when the clause tells of waiting
# for it, after the words that wait ("for", "ahead of", "before", "until", "toward"; not "in", "on": "Irregularities
# in the February 8 elections are still being investigated" tells of a vote gone by):
# - in the present (no past verb, no present perfect in the sentence), when the last such day is more than about two
#   months back (not the vote just held), and the waiting is the predicate's: "be" and an -ing form or a participle
#   ("are preparing for the", "are getting ready for the", "are expected for the", "will be vetted ahead of the", "is
#   set for the primaries ahead of the"); not a noun's phrase nor a gerund's ("Ballots for the March 9 runoff are
#   being recounted", "Counting for the March 9 runoff is continuing", "The inquiry into spending before the March 9
#   runoff will report in July": what is done about the vote may come after it), and the vote's noun the phrase's
#   last (punctuation or a function word after it; not "are pending before the February 8 election tribunals": a
#   noun's modifier);
# - in the past, when the coming day is within those two months (a run-up's step just told: "Candidates for the
#   Nov. 4 election debated on Oct. 14" in October; not "Observers arrived for the December 7 election" in June).
_DAY_VOTE_COMMA = re.compile(r",(?=\s)")
VOTE_JUST_HELD_DAYS = 61
_WAIT_VOTE_DAY_BEFORE = re.compile(r"\b(?:for|before|ahead\s+of|until|toward|towards)\s+(?:the|this)\s+$",
                                   re.IGNORECASE)
_WAITING_VERB_BEFORE = re.compile(r"(?:\b(?:is|are|am|be)|['’]re)\s+(?:all\s+|now\s+|[a-z]+ly\s+)?"
                                  r"(?:[a-z]+ing(?:\s+(?:up|ready))?|[a-z]+ed|set|ready)\s+"
                                  r"(?:for|before|ahead\s+of|until|toward|towards)\s+"
                                  r"(?:the|this)\s+(?:[a-z]+\s+(?:for|before|ahead\s+of)\s+(?:the|this)\s+)?$",
                                  re.IGNORECASE)
_VOTE_PHRASE_END = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:in|on|at|to|and|or|but|which|that|as|with|by|from|is|are|will|"
                              r"would|shall|can|could|may|might|should|must|has|have|had|was|were)\b", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been|[a-z]+ed)\b", re.IGNORECASE)


def _coming_vote_day(sent: str, m: Mention, tense: str | None, published: dt.date) -> bool:
    """Is yearless day `m` the day of the coming vote it names (above)?"""
    if m.g(f"{m.kind}_y") or m.g(f"{m.kind}_mod") or m.g(f"{m.kind}_d2") or \
            not (vote := COMING_VOTE.match(sent, m.end + (_DAY_VOTE_COMMA.match(sent, m.end) is not None))):
        return False
    # (a day written "the 7 December" holds its article)
    before = sent[max(0, m.start - 64):m.start] + ("the " if m.text[:4].lower() == "the " else "")
    if _WAIT_VOTE_DAY_BEFORE.search(before) is None:
        return False
    day = safe_date(published.year, month_value(m.g(f"{m.kind}_mon")), day_number(m.g(f"{m.kind}_d") or "") or 0)
    if day is None:
        return False
    back = (published - day).days % 365  # (the last such day, 0-364 days back; a leap year's day off is no matter)
    if tense in (None, "present"):
        return back > VOTE_JUST_HELD_DAYS and not has_past_verb(sent) and not _PRESENT_PERFECT.search(sent) and \
            _WAITING_VERB_BEFORE.search(before) is not None and _VOTE_PHRASE_END.match(sent, vote.end()) is not None
    return tense == "past" and 365 - back <= VOTE_JUST_HELD_DAYS < back


# A month before the vote it names (COMING_VOTE) looks ahead, but not in the weeks after the vote: in
# December or January, "the November election" in the present is the one just held ("Turnout in the
# November election is being studied").
VOTE_JUST_HELD_MONTHS = 2

# A month before the figures that cover it: "the February jobs report", "the January retail
# sales figures", "the February consumer price index".
COVERED_MONTHS_BACK = 3

# "to be 7.4% in April", "up 3 percent for March": a figure measured over the month named.
_FIGURE_IN_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpoints?)\s+(?:in|for)\s+$", re.IGNORECASE)

FIGURE_MONTHS_BACK = 1

# "Figures for March will be published on Friday", "Data for September are due tomorrow": figures that cover a
# month come out after it, so a month they are for, told ahead with no other month, year or stretch in the sentence
# (only days just ahead: _FIGURES_FOR_NEAR_KINDS, or a quarter with no year, "(Q1)"), is the one gone by (not
# "will release figures for January in February" in December: the coming January, whose figures come in February).
# The record of a sitting right before its month ("the minutes of the May meeting", "a transcript of its March
# session"): the sitting is gone by, whatever tense tells of the record.
_RECORD_OF_BEFORE = re.compile(r"\b(?:minutes|transcripts?|readouts?|records?|accounts?)\s+of\s+(?:the|its|their)\s+$",
                               re.IGNORECASE)
_FIGURES_FOR_BEFORE = re.compile(r"\b(?:figures|data|statistics|stats|numbers)\s+(?:for|from|on|covering)\s+"
                                 r"(?:the\s+month\s+of\s+)?$", re.IGNORECASE)
_FIGURES_FOR_NEAR_KINDS = ("wd", "rd")
# ... but not figures that forecast, project, target or book a month: "Seasonal forecast data for December", "Projected
# figures for March", "booking numbers for July" are of the month ahead (a word of foreseeing among the three words
# before the figures' noun, no "to" between: "plans to publish figures for October" foresees the release only).
_FORESEEN_FIGURES_BEFORE = re.compile(r"\b(?:expect|forecast|estimat|predict|project|anticipat|consensus|target|"
                                      r"budget|plan|book|advance|outlook|guidance)[\w-]*\s+(?:(?!to\s)[\w-]+\s+){0,3}$",
                                      re.IGNORECASE)


def _near_release(m: Mention) -> bool:
    """Does `m` name no time but the days just ahead ("on Friday", "tomorrow", "next week"), the month of
    publication or the next ("later this month", "early next month"), or a quarter with no year ("(Q1)"), as the
    release of figures for a month gone by may (_FIGURES_FOR_BEFORE)?"""
    return m.kind in _FIGURES_FOR_NEAR_KINDS or m.kind == "ru" and (
        m.g("ru_unit").lower() == "week" or
        m.g("ru_unit").lower() == "month" and m.g("ru_rel").lower() in ("this", "next")) or \
        m.kind == "qtr" and m.g("qtr_code") is not None and m.g("qtr_y") is None


def _released_later(m: Mention, mentions: list[Mention], published: dt.date) -> bool:
    """Whether the figures' month `m` is not the month another mention releases them in ("this month": the month
    of publication, "next month": the one after): "Figures for November will be released later this month" in
    November, "Figures for December will be released next month" tell of no month gone by."""
    month = month_value(m.g("mo"))
    return not any(o.kind == "ru" and o.g("ru_unit").lower() == "month" and
                   month == (published.month if o.g("ru_rel").lower() == "this" else published.month % 12 + 1)
                   for o in mentions)
# ... the month ending the figures' noun phrase ("Figures for March will", "data for March (Q1) are", "figures for
# October on Thursday"), not a
# noun's modifier ("numbers for March events": the events may lie ahead).
_FIGURES_MONTH_END = re.compile(r"\s*(?:[,;:(]|\.(?!\d)|$)|\s+(?:will|would|are|is|were|was|be|been|show|shows|"
                                r"showed|due|come|comes|out|and|or|on|at|by|in|from|next|this|tomorrow|today|later)\b",
                                re.IGNORECASE)

# ... what forecasters expect of it ("economists expect", "the consensus estimate").
_EXPECTED_FIGURE = re.compile(r"\b(?:expect|forecast|estimat|predict|project|anticipat|consensus|poll)", re.IGNORECASE)

# A yearless month just ahead (at most a quarter) used attributively before a noun: "a December
# rate cut", "an April summit", "orders for November delivery", "bought January contracts".
ATTRIBUTIVE_MONTHS_AHEAD = 3

# A day or month named for a happening nobody schedules: "the April 25 crash", "the Aug. 2 fatal
# shooting", "a March 3 house fire", "the April crash" (one happening: a plural, "the September 11
# attacks", is direction._NAMED_ATTACKS').
_THE_BEFORE_DAY = re.compile(r"\b(?:the|a|an|that|this)\s+$", re.IGNORECASE)

# A result a side comes off (direction.RESULT_OFF), right before a weekday told in the present ("UW is coming off a
# 63-60 victory Tuesday") ...
_RESULT_OFF_BEFORE = re.compile(rf"\b{RESULT_OFF}", re.IGNORECASE)
# ... and, for a phrase sharing a fixture's future, with its opponent between: "coming off a loss to Denver on".
_RESULT_OFF_WIDE_BEFORE = re.compile(r"\b(?:coming|fresh|straight)\s+off\s+(?:[\w'’-]+\s+){0,6}?(?:on\s+)?$",
                                     re.IGNORECASE)

# A month as the end of a way ahead: "a smooth path to November", "the road to November", "the
# countdown to July", "heading into November" (not "compared to November", "moved to November").
_ROAD_TO_BEFORE = re.compile(r"\b(?:path|road|run-up|runup|lead-up|leadup|build-up|buildup|countdown|race|march|"
                             r"heading|headed|looking\s+ahead|look\s+ahead)\s+(?:to|into|toward|towards)\s+$",
                             re.IGNORECASE)


# A line that is only "Through <weekday>" (a section heading).
_THROUGH_HEADING = re.compile(r"\W*(?:through|thru)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*", re.IGNORECASE)


def _future_paragraph_after(text: str, at: int) -> bool:
    """Does the paragraph after `at` (its first sentence, at most 240 characters) tell what is ahead,
    with a future marker?"""
    nxt = text[at:at + 300].lstrip()
    cut = nxt.find(". ")
    para = nxt[:cut if 0 <= cut < 240 else 240].split("\n\n")[0]
    return first_tense_is_future(para)


# The end of a pair's phrase right after its second month: a stop, a quotation's end or a preposition ("in
# April and May, the owner said", "in April and May for repairs"), not a verb of the second month's own
# clause ("in July, and May was its worst month", "in January and March will bring more").
_PAIR_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:!?)”\"]|$)|\s+(?:for|to|in|at|on|of|with|when|as|if|because|before|"
                               r"after|until|while|and|or)\b", re.IGNORECASE)
# A quotation's end right after a date: "..., like in April and May," said the owner.
_QUOTE_ENDS_AFTER = re.compile(r"[,.!?]?\s*[”\"]")


# A mishap nobody schedules, named right before its weekday (after its place, if any): "an incident in Maghera on",
# "a crash on the A1 on", "a robbery at a petrol station on" (not "a fire drill on", "the crash course on").
_MISHAP_ON_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:fatal|serious|suspected|alleged|violent|reported)\s+)?"
                               r"(?:incident|crash|collision|stabbing|shooting|assault|robbery|burglary|break-in|"
                               r"disturbance|altercation|explosion|blaze|hit-and-run|carjacking|knife\s+attack)"
                               r"(?:\s+(?:in|at|on|near|outside)\s+(?:(?:the|an?)\s+)?"
                               r"(?:(?!(?:will|would|shall|can|could|may|might|must|is|are|was|were|be|been|has|have|"
                               r"had|to|and|or|but|that|which|who)\b)[\w'’.-]+\s+){1,4}?)?"
                               r"\s*(?:on\s+|early\s+|late\s+)?$")
# ... unless it is warned of or guarded against ("to prevent a crash on Saturday", "fears of an attack on").
_MISHAP_AHEAD_BEFORE = re.compile(r"\b(?:prevent|avoid|avert|stop|warn(?:ed|s|ing)?\s+of|fears?\s+(?:of|an?)|"
                                  r"threat(?:s|ened)?\s+(?:of|an?)|risk\s+of|drill|exercise|simulat\w*|planned|"
                                  r"plot(?:ted|ting)?)\b", re.IGNORECASE)


# Whole-sentence tests the rules of MentionTenses ask once a sentence (MentionTenses.whole).
def _forecast_participle_word(sent: str) -> bool:
    return holds(sent, _FORECAST_PARTICIPLE_WORDS)


def _called_for(sent: str) -> bool:
    return "alled for" in sent


def _colon(sent: str) -> bool:
    return ":" in sent


def _bail_or_remand(sent: str) -> bool:
    return "bail" in sent or "emand" in sent


def _rivalry(sent: str) -> bool:
    return "ivalry" in sent


def _local(sent: str) -> bool:
    return "local" in sent


class MentionTenses:
    """The tense each mention of one sentence is read with: its clause's tense (tense.clause_tense, `own`)
    as the rules below correct it for a weekday, a month or a yearless day (a plan told in the past, a
    headline's schedule, a preview's fixture, a deadline, a forecast ...). Called with a mention's index,
    as `tense(i)`; computed once per mention and only for the mentions whose date hangs on it
    (grammar.hangs_on_tense), since it is the engine's costliest step. A mention's tense may lean on the
    one before it (a date with no tense marker shares the previous one's)."""

    __slots__ = ("sent", "mentions", "n", "published", "text", "offset", "memo", "own_memo", "facts")

    def __init__(self, sent: str, mentions: list[Mention], published: dt.date, text: str, offset: int):
        self.sent = sent
        self.mentions = mentions
        self.n = len(mentions)
        self.published = published
        self.text = text  # the whole text, `offset` where the sentence starts in it
        self.offset = offset
        self.memo: dict[int, str | None] = {}
        self.own_memo: dict[int, str | None] = {}
        self.facts: dict = {}

    def once(self, find):
        """find(sent), found once a sentence (as `whole`)."""
        facts = self.facts
        if find not in facts:
            facts[find] = find(self.sent)
        return facts[find]

    def whole(self, test) -> bool:
        """test(sent) of the whole sentence, asked once a sentence: the rules below ask it of each mention
        they reach, and a sentence of thousands of dates (a pasted table, a list) would be read thousands
        of times."""
        facts = self.facts
        if test not in facts:
            facts[test] = bool(test(self.sent))
        return facts[test]

    def _announcing_day_ahead(self, m: Mention, at: int) -> bool:
        """Whether the days an announcing at `at` names for its plan lie ahead of its telling, so the nearest
        such day (announced_for_before): not when the sentence tells it last week ("Last week, the district
        announced ..."), nor on another day before it whose next such weekday as `m` is gone by ("On Monday last
        week, the board approved extra buses for Thursday"; "On Monday, the mayor declared a holiday for Friday"
        is ahead: _match_after_naming_day), nor when the next sentence opens telling in the past how it went
        with no day of its own ("... for Thursday. Students logged on from home ...")."""
        sent, text, offset = self.sent, self.text, self.offset
        if _WEEK_GONE.search(sent, 0, at):
            return False
        before = [o for o in self.mentions if o.end <= at and (o.kind in _DAY_KINDS or o.kind == "ago")]
        if before and (before[-1].kind == "ago" or not _match_after_naming_day(before + [m], m, self.published)):
            return False  # ("Eight days ago, the district announced ...": told on a day gone by, rv35)
        # the sentence before, when it tells a week gone by ("The storm struck on Monday of last week. Officials
        # declared a state of emergency for Thursday.")
        if offset:
            # the sentence before telling a week or more days gone by than the last such weekday ("The storm struck
            # on Monday of last week.", "The storm struck eight days ago.")
            prev = _sentence_before(text, offset)
            ago = _DAYS_AGO.search(prev)
            if _WEEK_GONE.search(prev) or ago is not None and \
                    _count(ago["n"]) >= (self.published.weekday() - WEEKDAYS[m.g("wd").lower()]) % 7:
                return False
        # the next sentence opening in the past, its own day or none ("Students logged on from home", "On Friday,
        # classes resumed"), with no saying at its head ("Parents said they were relieved")
        nxt = _NEXT_SENTENCE.match(text, offset + len(sent))
        return nxt is None or not has_past_marker(nxt["head"]) or _SAID.search(nxt["head"]) is not None

    def day_end_before(self, i: int) -> int:
        """Where the last date of _DAY_KINDS before mention `i` ends (0: none), the ends found once a
        sentence (not the mentions before each one read again: a list of thousands)."""
        ends = self.facts.get("day ends")
        if ends is None:
            ends, last = [0], 0
            for o in self.mentions:
                if o.kind in _DAY_KINDS:
                    last = max(last, o.end)
                ends.append(last)
            self.facts["day ends"] = ends
        return ends[i]

    def own(self, i: int) -> str | None:
        """The tense of mention `i`'s own clause, before any rule corrects it (asked once: the rules below,
        sentence_tenses' and the resolution's may ask it again)."""
        own_memo = self.own_memo
        if i not in own_memo:
            mentions = self.mentions
            m = mentions[i]
            # (a stretch named after a feast, no date of its own, ends no clause: "Morrisons posts a Christmas
            # trading update on Tuesday" is one present of a schedule)
            j = i - 1
            while j >= 0 and mentions[j].kind == "hol" and mentions[j].g("hol_wk"):
                j -= 1
            k = i + 1
            while k < self.n and mentions[k].kind == "hol" and mentions[k].g("hol_wk"):
                k += 1
            own_memo[i] = clause_tense(self.sent, m.start, m.end, mentions[j].end if j >= 0 else 0,
                                       mentions[k].start if k < self.n else None)
        return own_memo[i]

    def __call__(self, i: int) -> str | None:
        memo = self.memo
        if i not in memo:
            # (what the closure read from its cells, read once into locals: attribute loads cost more)
            sent, mentions, n, published, text, offset = (self.sent, self.mentions, self.n, self.published,
                                                          self.text, self.offset)
            own_tense = self.own
            m = mentions[i]
            # (what the rules below ask of the mention, asked once: a weekday with no modifier, a possessive)
            wd = m.kind == "wd"
            plain_wd = wd and not m.g("wd_mod")
            # (a part of the day before its "'s" is the day's possessive too: "for Saturday night's final")
            poss = m.text.endswith(("'s", "’s")) or wd and sent.startswith(("'s", "’s"), m.end) and \
                m.text.lower().endswith(_DAY_PARTS)
            # how many days back the last such weekday lies (0: the publication day itself)
            days_back = (published.weekday() - WEEKDAYS[m.g("wd").lower()]) % 7 if wd else None
            t = own_tense(i)
            if t is None and i + 1 < n and m.kind == mentions[i + 1].kind == "wd" and \
                    PAIR_GAP.fullmatch(sent, m.end, mentions[i + 1].start):
                # "On Monday and Tuesday, the heat will build": the pair's verb comes after its last day.
                t = own_tense(i + 1)
            if i and m.kind == mentions[i - 1].kind == "mo" and t != (first := self(i - 1)) and \
                    PAIR_GAP.fullmatch(sent, mentions[i - 1].end, m.start) and \
                    _PAIR_PHRASE_ENDS.match(sent, m.end) is not None and (
                        first is not None and clause_tense(sent, mentions[i - 1].start, mentions[i - 1].end,
                                                           mentions[i - 2].end if i > 1 else 0,
                                                           mentions[i - 1].end) is not None or
                        first is None and _QUOTE_ENDS_AFTER.match(sent, m.end) is not None):
                # "will add hot food in April and May, the owner said": the second month of a pair whose verb
                # comes before it is told in the first one's clause, not in the saying that follows it (not
                # a pair before its verb: "In April and May they will ...", each month reads its own); a
                # pair that ends a quotation whose first month's clause says no tense ("... the (hot food)
                # items, like in April and May," said the owner) is not told in the attribution's past either.
                t = first
            if wd and t is None and sent.startswith(":", m.end) and \
                    not sent[:m.start].strip():
                t = "future"  # "SATURDAY: Clouds and sun, windy": a forecast's or a schedule's heading
            if plain_wd and t is None and not poss and _THROUGH_HEADING.fullmatch(sent) and \
                    _future_paragraph_after(text, offset + len(sent)):
                # "Through Sunday" over "Conditions are expected to intensify ...": a forecast's section
                # heading, from now to that day (not a tally's "Through Sunday" over what was counted)
                t = "future"
            if plain_wd and t == "future" and \
                    self.whole(_called_for) and called_happening_went(sent, m):
                t = "past"  # "The strike called for Wednesday shut down the ports": how the day went
            if plain_wd and t in (None, "present") and \
                    not poss and len(sent) <= HEADLINE_CHARS and \
                    _SET_FOR.search(sent, max(0, m.start - 80), m.start):
                t = "future"  # a headline's "Governor set for 'major announcement' Monday": a plan, no past
            if plain_wd and (t in (None, "present") or t == "past" and _HEADLINE_SUBORDINATE_AFTER.match(sent, m.end)) \
                    and not poss and headline_plan(sent, m.start):
                # a headline's "Storm to hit coast Saturday", "Ruling due Tuesday": a plan; so too before a clause
                # of its own after the day ("Schools to close Friday as red warning issued", "Talks to resume
                # Monday after deal collapsed"): that clause's past tells of another happening, not of the day
                t = "future"
            if plain_wd and t is None and \
                    _WHEN_LABEL.match(sent, 0, m.start):
                t = "future"  # "When: 7 p.m. Friday", "Kickoff: Saturday, 1 p.m.": a preview's schedule box
            if plain_wd and t in (None, "present") and not poss and \
                    sent[m.start - 6 if m.start > 6 else 0:m.start].lower().endswith(FALLS_ON_ENDINGS) and \
                    _FALLS_ON_BEFORE.search(sent, max(0, m.start - 48), m.start):
                t = "future"  # "The holiday falls on Wednesday": a calendar's placing, the coming such day
            if plain_wd and t is None and \
                    not poss and len(sent) <= HEADLINE_CHARS and \
                    (_NOTICE_CLOCK_AFTER.match(sent, m.end) or not sent[m.end:].strip(" .!")) and \
                    (head := _NOTICE_HAPPENING.match(sent, 0, m.start)) and \
                    _NOTICE_TAIL.fullmatch(sent, head.end(), m.start) and \
                    not self.whole(_UNSCHEDULED_WORD.search) and not self.whole(has_tense_marker):
                # "Community meeting on the school budget Thursday at 7 p.m.", "Funeral services for John Smith
                # Saturday at 11 a.m.", "Blood drive at the library Wednesday": a verbless notice headed by a
                # scheduled happening, with its clock time or ending with its day, is a day still to come
                # ("Crash on I-95 Monday at 7 a.m." names no such happening).
                t = "future"
            if plain_wd and t is None and \
                    not poss and len(sent) <= HEADLINE_CHARS and not sent[m.end:].strip() and \
                    (step := _HEADLINE_STEP.fullmatch(sent, 0, m.start)) and not self.whole(has_tense_marker) and \
                    not _headline_verb_s(sent[:step.start("step")]):
                # "Cordaro, Munchak Sentencing Monday", "Smith Arraignment Tuesday", "Jones trial Monday": a
                # verbless headline of names and a court's or a vote's step, ending with its day, announces it
                t = "future"
            if plain_wd and t is None and \
                    self.whole(_colon) and _DUE_LABEL.match(sent, 0, m.start) and not self.whole(has_past_marker):
                t = "future"  # "Deadline: Friday", "Weekend schedule: Friday, practice; ...": a due day
            if plain_wd and t is None and \
                    not poss and m.start <= _BODY_SUBJECT_CHARS and \
                    ("v." in sent or "vs" in sent or "versus" in sent) and \
                    _FIXTURE_LINE.fullmatch(sent, 0, m.start) and \
                    _FIXTURE_TAIL.fullmatch(sent, m.end) and not self.whole(has_tense_marker):
                t = "future"  # "Alabama vs. Auburn, Saturday, 3:30 p.m., CBS": a preview's fixture, no score
            if plain_wd and t != "future" and \
                    not poss and \
                    _DAY_DEADLINE_AFTER.match(sent, m.end) and \
                    _DAY_DEADLINE_BEFORE.search(sent, max(0, m.start - 20), m.start) and \
                    not self.whole(_DEADLINE_GONE.search) and \
                    not _DEADLINE_MET_BEFORE.search(sent, max(0, m.start - 30), m.start) and \
                    not told_outcome_after(sent, m.end) and \
                    not _RELATIVE_AFTER_DAY_NOUN.match(sent, m.end) and (
                        t != "past" and not self.whole(has_past_marker) and not ED_WORD.search(sent, 0, m.start) or
                        days_back > PLAN_DAYS_BACK and
                        _DEADLINE_SET_BEFORE.search(sent, max(0, m.start - 40), m.start) and
                        not has_past_marker(sent[m.end:]) or
                        _reported_with_no_past(sent, m)):
                # "The Tuesday deadline looms", "Negotiators face a Friday deadline": a deadline named by its
                # day, told with no past, is still to come; one set in a past clause ("Officials set a Friday
                # deadline") is the nearest such day; not one gone, missed, met or ignored ("Lawmakers missed
                # a Friday deadline", "after the Monday deadline", "reached a deal just before the Tuesday
                # deadline") nor one with an outcome told after it.
                # So is one in what was said, the saying the only past ("The union said the Thursday deadline is
                # too tight", "said despite the Thursday deadline, he still thinks a deal can be reached"): the
                # day sits in the reported clause, which tells no past (a saying is never dated by a day
                # between a determiner and "deadline").
                t = "future"
            if plain_wd and t != "future" and (
                    not poss and (
                        _DAY_FORECAST_AFTER.match(sent, m.end) and not self.whole(has_tense_marker) and
                        (not sent[:m.start].strip() or
                         _DAY_DEADLINE_BEFORE.search(sent, max(0, m.start - 20), m.start)) or
                        t is None and len(sent) <= HEADLINE_CHARS and not sent[m.end:].strip(" .!") and
                        _CLOSINGS_BEFORE.search(sent, max(0, m.start - 30), m.start) and
                        not self.whole(has_tense_marker)) or
                    poss and (fc := _DAY_FORECAST_AFTER.match(sent, m.end)) is not None and
                    not has_past_marker(sub_clause_at(sent, fc.end()))):
                # "Wednesday weather forecast", "The Friday outlook": a forecast is of a day to come (not the
                # verb: "Economists on Thursday forecast slower growth"); a verbless line of closings ending
                # with its day ("School closures Wednesday") announces them ahead. So is a day's forecast
                # named by its possessive, always a noun, unless its own clause tells it gone by ("and
                # Thursday's forecast also shows chances of rain"; not "Thursday's forecast was wrong").
                t = "future"
            if wd and (t is None and self.whole(forecast) and
                       not _WEATHER_HIT.search(sent, max(0, m.start - 100), m.start) or
                                             t == "past" and expected_day(sent, m)):
                t = "future"  # "Storms possible Friday", "Highs Friday in the 70s", "Decision expected Friday"
            if plain_wd and t != "future" and \
                    not poss and \
                    self.whole(_forecast_participle_word) and \
                    _FORECAST_PARTICIPLE.search(sent, max(0, m.start - 80), m.start) and \
                    _PRESENT_MAIN_AFTER.match(sent, m.end):
                # "The storm expected Friday is over the Gulf", "the storm forecast to arrive Friday",
                # "The rain expected Saturday night will be heavy": a participle after a noun, the
                # clause's own verb after the day in the present or the future, tells what is
                # expected, no past: the coming such day ("The storm expected Friday arrived early"
                # keeps its past).
                t = "future"
            if plain_wd and t in (None, "present") and \
                    not poss and m.start <= _BODY_SUBJECT_CHARS and \
                    _PLURAL_BARE_PRESENT.fullmatch(sent, 0, m.start) and \
                    _SCHEDULE_TAIL.fullmatch(sent, m.end) and not self.whole(CAPTION_SCENE.search) and \
                    not (text and _CREDIT_NEXT.match(text, offset + len(sent))):
                # "The candidates debate Thursday night", "The two leaders speak Thursday": a plural
                # subject and a bare verb right before the day, no other tense marker in the sentence (the
                # verb may be one: "vote"), is a present of a scheduled happening, as "The teams meet
                # Thursday" (a caption's present, with a photo's credit after it, keeps the day gone by); a
                # schedule's day is the coming one, or today ("The senators vote Tuesday" in a Thursday
                # paper is next week's, as _BODY_SCHEDULE's below).
                t = "future"
            if plain_wd and t in (None, "present") and \
                    not poss and (
                        _IS_BEFORE_DAY.search(sent, max(0, m.start - 60), m.start) or
                        _SUBJECT_DAY_LEAD.fullmatch(sent, 0, m.start) and
                        _IS_AFTER_DAY.match(sent, m.end)):
                t = "future"  # "the deadline is Tuesday", "Tuesday is the last day": a schedule
            if plain_wd and t in (None, "present") and \
                    not poss and len(sent) <= HEADLINE_CHARS and \
                    not sent.rstrip().endswith(SENTENCE_END) and (
                        _LOOMS_BEFORE.search(sent, max(0, m.start - 20), m.start) or
                        t is None and _HEAD_HAPPENING_BEFORE.search(sent, max(0, m.start - 30), m.start) and
                        _HEAD_TAIL_AFTER.match(sent, m.end) and not self.whole(has_tense_marker)) and \
                    not _HEADLINE_VERB_S.search(sent, m.end) and not _HEAD_TAIL_DONE.search(sent, m.end) and \
                    not self.whole(has_past_marker) and not self.whole(_UNSCHEDULED_WORD.search):
                # A headline's happening drawing near or named with its day and whom or where it is for
                # ("Transit strike looms Friday", "Sentencing Monday for ex-mayor", "Runoff Tuesday in
                # Georgia Senate race", "Funeral Monday for fallen officer"): a schedule, still to come
                # (issue 12: read as the last such day). Not a happening nobody schedules ("Shooting
                # Saturday in Dayton").
                t = "future"
            if plain_wd and t == "present" and \
                    CAPTION_SCENE.search(sent, 0, m.start) and \
                    not _PLANNED_IS.search(sent, 0, m.start):
                # A photo's caption tells what the picture shows in the present ("X greets Y at the summit
                # Friday", "Fans celebrate after the win Sunday"): the day itself or the last such day,
                # never one ahead, as a preview's verbs say ("The team plays Friday").
                t = "past"
            elif plain_wd and t in (None, "present") and \
                    not poss and self.whole(_rivalry) and \
                    _RIVALRY_RENEWED_BEFORE.search(sent, max(0, m.start - 100), m.start) and \
                    not result_in_fixture(sent, m.end) and not _SCORE_IN.search(sent, m.end):
                t = "future"  # "Petal and Oak Grove renew rivalry on Friday night": a preview's fixture, the coming day
            elif plain_wd and t == "present" and \
                    not poss and (_PREVIEW_VERB.search(sent, 0, m.start) or
                                  _SIDE_FIXTURE_BEFORE.search(sent, max(0, m.start - 80), m.start) and
                                  not result_in_fixture(sent, m.end)):
                # A preview's fixture or broadcast ("The team plays Tuesday" in a Thursday paper,
                # "The Bears play the Lions on Sunday", "The show airs Sunday"): the coming such day.
                t = "future"
            if plain_wd and t in (None, "present") and \
                    not poss and (
                        _GOES_ON_BEFORE.search(sent, max(0, m.start - 20), m.start) and
                        _WITH_AFTER_DAY.match(sent, m.end) or
                        _WEATHER_MOVES_BEFORE.search(sent, max(0, m.start - 40), m.start) or
                        m.start < 60 and _WEATHER_LABEL_BEFORE.search(sent, 0, m.start) and
                        _WEATHER_LABEL_REST.match(sent, m.end)) and \
                    not self.whole(has_past_marker) and not self.whole(CAPTION_SCENE.search) and \
                    not result_in_fixture(sent, m.end) and not _TOLD_AS_DONE_AFTER.search(sent, m.end):
                # "The festival continues Sunday with a parade", "The festivities continue Friday with a car
                # show": a programme going on with a named item is a schedule; "Temperatures drop sharply
                # Sunday", "Rain returns Tuesday", "The cycle repeats Saturday": a weather forecast's present
                # (issue 12, both read as the last such day, a week early), and a forecast's headline with
                # no verb ("Heavy rain Friday and Saturday"). The coming such day, or today.
                t = "future"
            if wd and t in ("past", None) and (m.g("wd_mod") or "").lower() in ("", "early", "late") and \
                    not poss and \
                    days_back > PLAN_DAYS_BACK and \
                    (t == "past" and past_plan_before(sent, m.start) or
                     plan_named_before(sent, m) or deadline_or_call_before(sent, m) or
                     issued_from_before(sent, m) or days_back >= BIDDEN_DAYS_BACK and bidden_day(sent, m) or
                     _DAY_CHOSEN_BEFORE.search(sent, max(0, m.start - 12), m.start) and
                     _DAY_CHOSEN_AFTER.match(sent, m.end)) and \
                    not outcome_after(sent, m.end) and not state_now_after(sent, m.end):
                # "Students were expected to return to school Tuesday" in a Monday paper, "the suspect was
                # due in court Thursday" in a Tuesday one: a plan told in the past names the nearest such
                # day, the coming one when the last lies further back ("was due to be sworn in on Monday,
                # but the ceremony has been postponed" in a Thursday paper is that Monday). So for a clause
                # with no tense that names what was planned for the day ("..., forcing the cancellation
                # of games Saturday night" in a Friday paper); and for "early" or "late" in the day ("Storms
                # were predicted for early Friday").
                t = "future"
            if wd and t != "future" and (
                        (m.g("wd_mod") or "").lower() in ("early", "late") or
                        t == "present" and not m.g("wd_mod")) and \
                    not poss and \
                    days_back > PLAN_DAYS_BACK and \
                    deadline_or_call_before(sent, m, coming_only=True) and \
                    not outcome_after(sent, m.end) and not state_now_after(sent, m.end):
                # A directive to come or appear on the day ("Workers were told to return Monday", "was
                # ordered to appear in court Thursday", "asked volunteers to arrive early Saturday"; in a
                # past or tenseless clause with no "early"/"late" the rule above reads it) is
                # told before the day: the nearest such day, as a plan told in the past (the coming one
                # when the last lies more than three days back).
                t = "future"
            if t != "future" and wd and (m.g("wd_mod") or "").lower() in ("", "early", "late") and \
                    not poss and days_back and self.whole(_bail_or_remand) and \
                    _REMAND_TO_APPEAR_BEFORE.search(sent, max(0, m.start - 160), m.start):
                # "was remanded in custody to appear at the crown court on Tuesday", "was bailed to appear
                # before magistrates on Wednesday": a remand or a bail names the next hearing, set at the
                # hearing the story reports, so still to come, even a day or two after the last such day
                # (not "was remanded on Tuesday", the remand's own day). Told with how it went after it
                # ("... on Tuesday, where he pleaded not guilty", "... but did not turn up", or in the next
                # sentence: "At the hearing, he pleaded not guilty."), the last one.
                t = "past" if _hearing_told_after(sent, m.end) or state_now_after(sent, m.end) or \
                    _HEARING_TOLD_NEXT.match(self.text, self.offset + len(sent)) else "future"
            if wd and poss and t == "past" and days_back > PLAN_DAYS_BACK and \
                    (side := _SIDE_AFTER_POSS.match(sent, m.end if m.text.endswith(("'s", "’s")) else m.end + 2)) and \
                    (result := _SIDE_RESULT_AFTER.match(sent, side.end())) and \
                    _other_weekday_after(sent, mentions, i, result.end()):
                # "Saturday's visitors secured a fantastic result on Tuesday evening" in a Friday paper: the side
                # of the coming match, its result dated by the other day; the nearest such day, as a plan's, so
                # the last one when at most three days back (wk9; not "Saturday's visitors, who had beaten Leeds
                # on Tuesday, took the lead", "Saturday's hosts sacked their manager on Sunday": rv35)
                t = "future"
            if plain_wd and t != "future" and not poss and days_back > PLAN_DAYS_BACK and \
                    (announcing := announced_for_before(sent, m)) and \
                    self._announcing_day_ahead(m, announcing.start()):
                # "Authorities announced remote learning for Thursday", "announcing two more days of remote
                # learning for Dubai schools on Thursday and Friday": the days announced, a plan told in the
                # past, name the nearest such day: here the coming one (wk9); not a result announced, a relative
                # clause's announcing, nor one told with how it went (announced_for_before), nor one told last
                # week or the next sentence telling how the day went (rv35)
                t = "future"
            if plain_wd and t == "future" and \
                    not poss and \
                    (own_past_plan_before(sent, m.start) or
                     superseded_plan_before(sent, m, self.once(still_ahead_at)) or
                     had_said_would_before(sent, m, day_before := self.day_end_before(i)) or
                     issued_until_before(sent, m, day_before)) and (
                        0 < days_back <= PLAN_DAYS_BACK or
                        outcome_after(sent, m.end)):
                # "the hiker traveled Wednesday and expected to return Thursday" in a Saturday paper: a plan
                # told in the past with its own verb ("expected to", "planned to") names the nearest such
                # day, as "was expected to" does: here the one gone by; so does one whose outcome follows
                # in the past ("hoped to play on Thursday, but rain washed out the game"). So do a forecast
                # told in the past perfect or dated the week before ("Forecasters had warned the river would
                # crest Tuesday") and a warning issued until a day ("issued a flood watch until 8 p.m.
                # Wednesday"): in a Thursday paper, the Tuesday and the Wednesday just gone.
                t = "past"
            if t is None and i > 0 and future_since(sent, mentions[i - 1].end, m.start):
                # "announced Monday it plans to close the plant, the city's largest employer, at the end
                # of June": a plan between the two dates, not the first date's past, says the month's time.
                t = "future"
            if plain_wd and t in (None, "present") and \
                    m.start <= _BODY_SUBJECT_CHARS and sent.rstrip().endswith(SENTENCE_END) and \
                    _BODY_SCHEDULE.fullmatch(sent, 0, m.start):
                # "The Federal Reserve's Open Market Committee, the FOMC, gathers on Tuesday": a present
                # simple with a body (a committee, a court, a board) for subject tells its schedule, listed
                # verb ("meets", "votes") or not: the coming such day (issue 12: a schedule is the coming
                # day; "The committee gathers on Tuesday" in a Wednesday paper is next week's, not
                # yesterday's); a caption shows people ("A man walks past a flooded street on Thursday"),
                # and its verb keeps the present's day gone by.
                t = "future"
            if plain_wd and t in (None, "present") and \
                    condition_ahead(sent, m.start) and not (
                        poss and
                        (WEEKDAYS[m.g("wd").lower()] - published.weekday()) % 7 > 3):
                # "If the Pacers win Saturday, ...", "even if the bill passes the House on Tuesday": a
                # condition told in the present looks ahead ("If he was there on Tuesday" keeps its past).
                # A day's possessive names a thing whose outcome the condition weighs, done or to come
                # ("If Tuesday's results hold", "If Saturday's forecast holds"): the nearer such day.
                t = "future"
            if plain_wd and t != "future" and \
                    over_ahead(sent, m):
                # "Once Tuesday's primary is over, the campaign moves on", "When Saturday's game is over, the
                # players will fly home": a subordinate clause's present stands for what is still to come
                # (the clause read "is over" as gone by, as in "Tuesday's primary is over").
                t = "future"
            if t is None and m.kind == "mo" and i > 0 and mentions[i - 1].kind in _DECIDING_DAY_KINDS and \
                    decided_before_day(sent, mentions[i - 1].start, mentions[i - 1].end, m.start) and \
                    not modifies_a_noun(sent, m):
                # "agreed on Sunday to cut output for May and June", "voted on Friday to lift supply in July": the
                # month is the infinitive's, what was decided on the day, which comes after it, not in its past (a
                # weekday after the day is the pipeline's: the first such day after it); not a month that names a
                # thing in the infinitive's object ("agreed on Sunday to extend the April cuts": cuts that exist)
                t = "future"
            if t in (None, "present") and i > 0 and not (t is None and asks_ahead(sent, mentions[i - 1].end,
                                                                                 m.start)):
                # "will arrive on Friday and meet X on Monday": a date with no
                # tense marker of its own shares the previous one's. A present verb of
                # its own after a past one switches tense ("passed the House in February
                # and heads to the Senate in April"): it keeps its present.
                # "Two days later, on Wednesday, they withdrew": a count from another day says no
                # future ("later this week" does).
                shared = ("future" if _FUTURE_CUE.search(mentions[i - 1].text) and not (
                    mentions[i - 1].kind == "ago" and mentions[i - 1].g("ago_n")) else self(i - 1)) or t
                if shared == "past" and not PAIR_GAP.fullmatch(sent, mentions[i - 1].end, m.start):
                    # "will open for the first time since January 29 this Friday", "expect the storm that
                    # formed on Monday to hit Texas on Friday": the past is the "since" phrase's or the
                    # relative clause's own; the date after it (not its pair, "since May 3 and 4") is told
                    # in the clause the phrase sits in, read with the phrase blanked out.
                    prev = mentions[i - 1]
                    since = _SINCE_BEFORE.search(sent, max(0, prev.start - 7), prev.start)
                    opened = since.start() if since else relative_past_at(sent, max(0, prev.start - 160), prev.start)
                    if opened is None and prev.kind == "wd":
                        # "will pay the dividend declared Friday on April 3": the past is the participle's own
                        opened = dated_participle_at(sent, prev.start)
                    if opened is not None:
                        lo = mentions[i - 2].end if i > 1 else 0
                        if lo <= opened:
                            # (a window around the date, not the whole sentence: a long one with many such
                            # dates would be copied once per date)
                            w = max(lo, opened - _BLANK_WINDOW)
                            blanked = sent[w:opened] + " " * (prev.end - opened) + \
                                sent[prev.end:m.end + _BLANK_WINDOW]
                            shared = clause_tense(blanked, m.start - w, m.end - w, lo - w) or shared
                t = t if t == "present" and shared == "past" else shared
            if plain_wd and t is None and \
                    not poss and \
                    _NOUN_IS_ING_BEFORE.search(sent, max(0, m.start - 60), m.start) and \
                    not has_tense_marker(sent[m.end:]) and not self.whole(has_past_marker):
                # "The team's playing Saturday": a noun's "'s" before an -ing verb right before the day,
                # with no verb after it ("The team's playing on Saturday was sloppy": a gerund subject),
                # is "is": the present's nearest such day, as "The team is playing Saturday".
                t = "present"
            if plain_wd and t is None and not poss and _FOR_DAY_OPENING.fullmatch(sent, 0, m.start) and \
                    _DAY_PART_COMMA.match(sent, m.end) and not has_past_marker(sent[m.end:]):
                # "For Friday, traders see the peso between 55.50 and 55.70", "For Saturday, the outlook
                # calls for rain": a fronted "for" names the day an outlook or a plan is for, told with no
                # past: still to come.
                t = "future"
            if t is None and _PROPOSAL.match(sent):
                t = "future"  # "How about signing him in the January window?": a proposal looks ahead
            if t is None and m.kind in ("wd", "mdy", "dmy", "hol") and _IMPERATIVE.match(sent) and \
                    m.start < 120 and not (
                        wd and (
                            search_last_words(UNSCHEDULED_BEFORE, sent, 3, max(0, m.start - 30), m.start) or
                            GONE_BEFORE.search(sent, max(0, m.start - 40), m.start))):
                # "Watch the interview Sunday at 9 a.m.", "Join us on March 20": a bidding looks ahead;
                # not to what nobody schedules or what a day is after ("Watch video of the crash
                # Saturday", "Watch highlights after the win Saturday": the day gone by).
                t = "future"
            if plain_wd and t != "past" and not poss and \
                    _FOLLOWS_ON_BEFORE.search(sent, max(0, m.start - 24), m.start):
                # "off the back of Saturday I am hoping for more", "In the wake of Sunday, the club is reviewing
                # its security": what follows on from a day says it is gone by, as "after" does, whatever the
                # clause's present or future.
                t = "past"
            if plain_wd and t is None and \
                    _WITH_ING_BEFORE.search(sent, max(0, m.start - 80), m.start):
                # "..., with Lebanon facing Jenkintown on Tuesday": an absolute phrase says no time of
                # its own; the nearest such day, as for a caption's present
                t = "present"
            if plain_wd and t != "future" and \
                    not poss and \
                    WEEKDAYS[m.g("wd").lower()] != published.weekday() and \
                    fixture_with_before(sent, m) and not outcome_after(sent, m.end):
                # "The team lost on Sunday, with a rematch on Thursday" in a Wednesday paper, "The bill
                # passed the House, with a Senate vote on Friday": a fixture or a meeting that a verbless
                # "with" phrase names after a past clause is told as still to come (one played would be
                # told with its result): the coming such day, or the publication day itself.
                t = "future"
            if plain_wd and \
                    poss and (
                        _FROM_BEFORE.search(sent, max(0, m.start - 6), m.start) or
                        _RESULT_OF_BEFORE.search(sent, max(0, m.start - 24), m.start)) and not (
                        t == "future" and days_back > PLAN_DAYS_BACK and
                        _WINNER_OF_BEFORE.search(sent, max(0, m.start - 24), m.start) and
                        _MODAL_MAIN_AFTER_POSS.match(sent, m.end)):
                # "preliminary returns from Tuesday's election", "he returns from Monday's summit": what one
                # comes from is not what the verb says is ahead; the day gone by, unless a heading's day
                # just ahead ("Results from Sunday's races" in a Friday paper).
                t = None
            if wd and t == "future" and \
                    (m.g("wd_mod") or "").lower() == "following" and \
                    poss and \
                    (UNSCHEDULED.match(sent, m.end) or _GONE_BY_AFTER.match(sent, m.end) or day_result(sent, m.end)):
                # "will hold a vigil following Monday's shooting": what nobody schedules has happened,
                # whatever the clause plans after it ("following Monday's summit" stays ahead); so has a
                # contest's result ("will feel the heat following Sunday's narrow 1-0 derby defeat").
                t = "past"
            # (what readies for it stands before "the" there: "preparations for the Saturday vote")
            lead = m.start - 4 if not poss and plain_wd and \
                sent.endswith(("the ", "The "), max(0, m.start - 4), m.start) and \
                _THE_DAY_HAPPENING_AFTER.match(sent, m.end) is not None else m.start
            poss_or_the = poss or lead < m.start
            if plain_wd and t != "past" and \
                    poss_or_the and \
                    (_AHEAD_FOR_BEFORE.search(sent, max(0, lead - 30), lead) or
                     _WEIGHING_BEFORE.search(sent, max(0, lead - 30), lead) and
                     not KNOWN_OUTCOME_AFTER.match(sent, m.end)):
                # "Tickets for Saturday's concert are still available", "Officials are preparing for
                # Monday's summit": what one readies for, told in the present, is still to come.
                t = "future"
            if plain_wd and t == "past" and \
                    poss_or_the and \
                    days_back > PLAN_DAYS_BACK and \
                    (_READIED_FOR_BEFORE.search(sent, max(0, lead - 30), lead) or
                     _AHEAD_FOR_BEFORE.search(sent, max(0, lead - 30), lead) or
                     lead < m.start and _OWN_PREPARATIONS_FOR_BEFORE.search(sent, max(0, lead - 30), lead) or
                     _WEIGHING_BEFORE.search(sent, max(0, lead - 30), lead) and
                     not KNOWN_OUTCOME_AFTER.match(sent, m.end)) and \
                    not has_past_marker(sent[m.end:]) and \
                    not _RELATIVE_BEFORE_READYING.search(sent, max(0, m.start - 60), m.start):
                # "Lawmakers prepared for Friday's vote", "Investors were nervous about Friday's jobs report"
                # in a Wednesday paper (issue 12): what one readied for or weighed, told in the past, is
                # the nearest such day, as a plan told in the past: the coming one when the last lies more
                # than three days back; not one whose outcome follows ("..., which flooded homes").
                t = "future"
            if plain_wd and t == "past" and not poss and days_back > PLAN_DAYS_BACK and \
                    "chance" in sent[max(0, m.start - 90):m.start] and \
                    _CHANCES_AT_BEFORE.search(sent, max(0, m.start - 90), m.start) and \
                    not KNOWN_OUTCOME_AFTER.match(sent, m.end) and not outcome_after(sent, m.end) and \
                    not ((rel := _RELATIVE_OPENING_AFTER.match(sent, m.end)) and
                         has_past_marker(sent[rel.end():rel.end() + 60])):
                # "Ministers postponed the sanctions to boost the chances of success at a peace summit Wednesday" in
                # a Monday paper: a happening whose chances are weighed is still to come, the nearest such day
                # ahead when the last lies more than three days back
                t = "future"
            if plain_wd and t != "future" and \
                    poss and \
                    (said := _SAID_BEFORE_POSS.search(sent, max(0, m.start - 24), m.start)) and \
                    (ahead := _AHEAD_VERB_AFTER_POSS.match(sent, m.end)) and \
                    (ahead["to"] is None or said["expect"]) and \
                    not _FEW_BEFORE.search(sent, max(0, said.start() - 20), said.start()) and \
                    not outcome_after(sent, ahead.end()) and not told_outcome_after(sent, ahead.end()) and \
                    not UNSCHEDULED.match(sent, m.end) and not day_result(sent, m.end) and \
                    not KNOWN_OUTCOME_AFTER.match(sent, m.end) and (
                        ahead["will"] or
                        days_back > PLAN_DAYS_BACK):
                # "Organizers said Saturday's march would go ahead", "The team said Monday's practice will be
                # closed", "The coach said Thursday's game is a must-win", "said it expected Friday's launch to
                # go ahead": a day's happening, the subject of what is said with a modal or a present, is still
                # to come when said: the coming such day after "will", else the nearest such day (not a
                # result or what nobody schedules: "said Sunday's loss is hard to take").
                t = "future"
            if plain_wd and t != "future" and \
                    poss and \
                    (looming := _LOOMING_AFTER_POSS.match(sent, m.end)) and \
                    not re.search(r"\b(?:was|were|had)\b", looming[0], re.IGNORECASE) and \
                    not past_told_after(sent, looming.end()) and (
                        t != "past" and not self.whole(has_past_marker) or
                        days_back > PLAN_DAYS_BACK):
                # "With Tuesday's primary days away", "with Friday's deadline looming", "as Sunday's vote
                # approaches": a happening told as drawing near is still to come, whatever the main clause.
                t = "future"
            if plain_wd and t in (None, "present") and \
                    poss and \
                    days_back and \
                    _FIXTURE_AFTER_POSS.match(sent, m.end) and \
                    (to_play := _TO_PLAY_BEFORE_POSS.search(sent, max(0, m.start - 120), m.start)) and \
                    not has_past_marker(PRESENT_PASSIVE.sub(" ", sent[:to_play.start()])) and \
                    not has_past_marker(sent[m.end:]) and not KNOWN_OUTCOME_AFTER.match(sent, m.end):
                # "Plainview advances to play Midfield in Friday's championship game", "Smith hopes to play in
                # Sunday's match", "is cleared to play in Monday's game": what a side is to play, told in the
                # present, is the coming fixture (not with a past before it, "returned to play in Friday's game",
                # nor its outcome told after it, "..., and scored twice"; a present passive is no past).
                t = "future"
            if plain_wd and t == "present" and \
                    poss and \
                    days_back >= 7 - _VOTE_DAYS_AHEAD and \
                    COMING_VOTE.match(sent, m.end) and \
                    not KNOWN_OUTCOME_AFTER.match(sent, m.end) and not has_past_verb(sent) and \
                    not GONE_BEFORE.search(sent, max(0, m.start - 40), m.start) and \
                    not _VOTE_OUTCOME_BEFORE.search(sent, max(0, m.start - 30), m.start) and \
                    not _VOTE_DONE_AFTER.match(sent, m.end):
                # "Tuesday's special election is the first of four races", "She faces the mayor in Tuesday's
                # runoff" in a Monday paper: a vote named by its day's possessive in the present is the
                # coming one when it lies at most two days ahead ("Tuesday's election is still too close
                # to call" in a Saturday paper is the one gone by); not its results, nor in a sentence with
                # a past verb ("Tuesday's primary drew record turnout", "Millions turned out to vote in
                # Sunday's election"), nor what comes after it or of it ("She is leading after Tuesday's
                # runoff", "is celebrating her win in Tuesday's primary", "counting ballots from"), nor one
                # told as done ("Tuesday's special election is now in the books").
                t = "future"
            if plain_wd and t != "future" and \
                    poss and \
                    (t != "past" or
                     days_back > PLAN_DAYS_BACK) and \
                    _DEADLINE_POSS_AFTER.match(sent, m.end) and \
                    _BEFORE_DEADLINE.search(sent, max(0, m.start - 12), m.start) and \
                    _STRIVING.search(sent, clause_opening(sent, m.start, CLAUSE_WINDOW),
                                     m.start) and \
                    not told_outcome_after(sent, m.end) and not has_past_marker(sent[m.end:]):
                # "Lawmakers were racing to finish the budget before Friday's deadline": a deadline still
                # being worked toward is the nearest such day ("The deal was reached just before
                # Tuesday's deadline": done, no striving, keeps its past).
                t = "future"
            if plain_wd and t != "future" and days_back > PLAN_DAYS_BACK and \
                    side_named_for_day(sent, m) and not outcome_after(sent, m.end) and \
                    (not any(o is not m and o.kind in _DAY_KINDS for o in mentions) or
                     _match_after_naming_day(mentions, m, published)) and \
                    not _WEEK_TOLD.search(sent) and \
                    not past_told_after(sent, m.end):
                # "Clubs name Friday match simulation sides", "Coach names side for Saturday clash" in a
                # Thursday paper: a side is named before its match, whose day is the nearest such day (the
                # coming one when the last lies more than three days back; "named his side for Saturday's
                # match" in a Monday paper keeps the Saturday gone by). Not when the sentence dates the naming
                # itself ("On Friday, the coach named his side for Saturday's final", "Last week ..."): the
                # match is the first such day after the naming's (_match_after_naming_day), ahead only when that
                # lies after the paper's day ("named his side for Saturday's final on Tuesday" in a Thursday paper).
                t = "future"
            if plain_wd and t != "future" and \
                    poss and \
                    days_back > PLAN_DAYS_BACK and \
                    purpose_or_call_off_before(sent, m, self.once(result_clauses)) and \
                    not has_past_marker(sent[m.end:]) and \
                    not SAME_FORM_PAST_WORD.search(sent, m.end) and \
                    not past_told_after(sent, m.end):
                # "Fans booked hotel rooms for Thursday's game", "Crews were setting up for Friday's festival",
                # "Fans lined up for tickets to Saturday's final", "The company postponed Friday's
                # launch" in a paper of a few days later: what one readies or buys for, or what is called
                # off, is a scheduled happening still to come when told: the nearest such day, the coming
                # one when the last lies more than three days back (not what one goes to or is there for on
                # the day, nor one whose outcome follows: "..., which it lost", "when the storm hit").
                t = "future"
            if plain_wd and t != "past" and \
                    "ositive" in sent[max(0, m.start - 60):m.start] and \
                    (pos := _POSITIVE_TEST_BEFORE.search(sent, max(0, m.start - 60), m.start)) and \
                    not _TEST_NOT_TOLD.search(sent, max(0, pos.start() - 40), pos.end()) and \
                    not condition_ahead(sent, m.start):
                # "still intend to play Tuesday despite players having tested positive on Saturday": a test
                # found positive is news of a day gone by (or today), whatever the clause plans; not a
                # condition ("if he tests positive on Saturday, he will miss the game").
                t = "past"
            if wd and t in (None, "present") and not poss and \
                    ("then " in (window := sent[max(0, m.start - 100):m.start]) or "ing " in window) and \
                    "," in window and (plain_wd or m.g("wd_mod").lower() in ("early", "late")) and \
                    (shared := _SHARED_VERB_PHRASE_BEFORE.search(sent, max(0, m.start - 100), m.start)) and \
                    not has_past_marker(shared[0]) and \
                    not _RESULT_OFF_BEFORE.search(sent, max(0, m.start - 40), m.start) and \
                    ahead_clause_before(sent, shared.start()):
                # "they'll give members the weekend off, then come back Monday to vote", "negotiations
                # could be completed Thursday, setting up final votes Monday": a verb phrase with no
                # subject of its own after a clause told ahead (a modal, "will", "to") shares that
                # clause's time: the coming such day (not a day's possessive, a happening of its own the
                # phrase refers to: "will appeal, calling Tuesday's ruling unfair").
                t = "future"
            if wd and t != "future" and \
                    not (i and mentions[i - 1].kind in ("wd", "mdy", "dmy")) and \
                    may_hold(sent[(m.start - _READYING_FOR_CHARS if m.start > _READYING_FOR_CHARS else 0):m.start],
                             _READYING_WORDS) and \
                    (plain_wd or m.g("wd_mod").lower() in ("early", "late")) and \
                    (readying := _READYING_FOR_DAY.search(sent, max(0, m.start - _READYING_FOR_CHARS), m.start)) and \
                    not has_tense_marker(readying["np"] + " " + (readying["obj"] or "")) and \
                    not _READINESS_JUDGED.search(sent, max(0, readying.start() - 40), readying.start()) and \
                    not _HAD_BEFORE.search(sent, clause_opening(sent, readying.start(), CLAUSE_WINDOW),
                                           readying.start()) and \
                    not (poss and UNSCHEDULED.match(sent, m.end)) and \
                    not _SCALE_OF_BEFORE.search(sent, max(0, m.start - 30), m.start) and \
                    (t == "present" or days_back > PLAN_DAYS_BACK or days_back > 1 and readying["notice"]) and \
                    not (readying["notice"] and
                         has_past_marker(_ISSUING.sub(" ", sent[:readying.start("notice")]))) and \
                    not outcome_after(sent, m.end) and not past_told_after(sent, m.end) and \
                    not past_before_next_cut(sent, m.end):
                # "firefighters were bracing for windy conditions Tuesday", "The Met Office issued a
                # warning for snow for Tuesday", "spoke with marchers as they prepare for Saturday",
                # "making signs in preparation of Saturday's march": what one readies for, or what a
                # warning or a forecast is for, is still to come when told: the nearest such day (the
                # coming one when the last lies more than three days back), as a plan told in the past;
                # told in the present, the coming one; a warning's or a forecast's, the coming one ("issued
                # a heat alert for Monday" in a Thursday paper), but not yesterday's ("issued a storm warning
                # for Sunday" in a Monday paper: the warning of the day just gone). Not one whose outcome
                # follows ("braced for Saturday's storm, which flooded the town"), nor one readied for after
                # another day of the sentence ("rallied Wednesday as investors prepared for Friday's report":
                # after that day).
                t = "future"
            if t == "future" and (many_delayed_from(sent, m.start) or i > 0 and
                                  BARE_TO.fullmatch(sent, mentions[i - 1].end, m.start) and
                                  many_delayed_from(sent, mentions[i - 1].start)):
                # "Flights were delayed from Monday to Thursday": a span of many things made late, in the
                # past (the put-off's "from ... to" lies ahead: "The vote was delayed from Monday to Thursday").
                t = "past"
            if plain_wd and t == "future" and \
                    "after" in sent[max(0, m.start - 60):m.start] and \
                    (kept := _KEPT_AFTER_BEFORE.search(sent, max(0, m.start - 140), m.start)) and \
                    (kept["poss"] is None or poss and
                     _DECISION_AFTER.match(sent, m.end)):
                # "Jones gets to keep his seat after a court ruling on Tuesday": being let keep a state
                # (keep, stay, remain) after a happening is news of a state that holds now; the
                # happening it follows is gone by ("Fans get to meet the players after the game on
                # Saturday" is let do ahead).
                t = "past"
            if plain_wd and t != "future" and \
                    poss and \
                    (sched := _SCHEDULED_POSS_AFTER.match(sent, m.end)) and \
                    not has_past_marker(sub_clause_at(sent, sched.end())) and \
                    not _RESULT_OF_BEFORE.search(sent, max(0, m.start - 24), m.start) and \
                    not any(has_past_marker(w[0]) and not _TOLD_OF_WORD.fullmatch(w[0]) and
                            not (_WENT_WORD.fullmatch(w[0]) and FOR_BEFORE.search(sent, 0, m.start)) and
                            not m.start <= w.start() < sched.end()
                            for w in _WORD.finditer(sent, own_verb_opening(sent, m.start))):
                # "mentioned Tuesday's scheduled debate", "ahead of Friday's upcoming vote": a happening its
                # own words call scheduled or upcoming is still to come (issue 12: read as the last such
                # day after a past verb), unless its own clause tells it in the past ("Tuesday's scheduled
                # debate was canceled") or a past verb other than one of telling is in its clause or after it
                # ("after storms scrubbed Thursday's planned attempt", "did not attend Tuesday's scheduled
                # hearing", "In Tuesday's scheduled debate, Smith attacked Jones": the day gone by).
                t = "future"
            if plain_wd and t == "future" and \
                    not poss and \
                    _SCHEDULED_HAPPENING.search(sent, max(0, m.start - 40), m.start) and \
                    _HAPPENING_WENT.match(sent, m.end):
                # "The rally planned for Saturday drew 5,000 people", "The meeting scheduled for Monday lasted
                # four hours", "The talks set for Wednesday broke up without a deal": a scheduled happening
                # whose own course is told in the past right after its day took place (issue 12: read as the
                # coming day, a week late). Not a past verb that a day ahead allows ("The march planned for
                # Sunday prompted road closures", "... drew criticism", "... was postponed").
                t = "past"
            if plain_wd and t in ("future", "present") and \
                    not poss and \
                    _MISHAP_ON_BEFORE.search(sent, max(0, m.start - 70), m.start) and \
                    not _MISHAP_AHEAD_BEFORE.search(sent, max(0, m.start - 120), m.start):
                # "A man is due to appear in court following an incident in Maghera on Saturday morning", "will
                # be sentenced over a stabbing on Sunday night": a mishap nobody schedules (an incident, a crash,
                # a stabbing) named with its weekday is gone by, whatever lies ahead or goes on in the clause ("Police
                # are appealing for witnesses to a collision on the A47 on Thursday"; not one warned of or guarded
                # against: "to prevent a crash on Saturday").
                t = "past"
            if t in ("future", "present") and m.kind in _MONTH_KINDS and not m.g(f"{m.kind}_y") and \
                    not m.g(f"{m.kind}_mod") and \
                    ("ed " in (w := sent[max(0, m.start - 60):m.start]) or "ul " in w or "ve " in w) and \
                    _FAILED_HAPPENING_BEFORE.search(sent, max(0, m.start - 60), m.start) and \
                    not _MISHAP_AHEAD_BEFORE.search(sent, max(0, m.start - 120), m.start):
                # "may conduct a third test following the botched rocket launch in April", "will hold a parade
                # after the failed coup in July": a happening that failed or went wrong is gone by, whatever the
                # clause says is ahead (not one warned of or guarded against: "to prevent a failed harvest in May").
                t = "past"
            memo[i] = t
        return memo[i]


# The kinds of a month or a month's day.
_MONTH_KINDS = frozenset(("mo", "mdy", "dmy"))
# A happening named with how it failed or went wrong, right before its month or day: "the botched rocket launch in",
# "a failed coup attempt on", "the abortive uprising in" (an outcome only a happening gone by can have).
_FAILED_HAPPENING_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?"
                                      r"(?:failed|botched|aborted|abortive|foiled|thwarted|unsuccessful|bungled)\s+"
                                      r"(?:(?!(?:will|would|shall|can|could|may|might|must|is|are|was|were|be|been|"
                                      r"has|have|had|to|and|or|but|that|which|who)\b)[\w'’-]+\s+){1,3}?(?:in|on)\s+"
                                      r"(?:(?:early|late|mid)[\s-]+)?$")


# A weekday told in a place's own time: "Wednesday morning, local time", "at 7:50 a.m. local time Wednesday",
# "Wednesday (local time)".
_LOCAL_TIME_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*\(?\s*local\s+time\b",
                               re.IGNORECASE)
_LOCAL_TIME_BEFORE = re.compile(r"\blocal\s+time\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:on\s+)?$", re.IGNORECASE)


# A deciding day's kinds (decided_before_day): a weekday or a calendar day.
_DECIDING_DAY_KINDS = frozenset(("wd", "mdy", "dmy"))
# A level, a peak or a low a month set, right after the month ("their February levels", "its March peak").
_MEASURED_LEVEL_AFTER = re.compile(r"(?:['’]s)?\s+(?:levels?|peaks?|highs?|lows?|readings?)\b", re.IGNORECASE)
# ... but a peak, a high or a low (a season's turn, which comes round again, not a level read once) that a clause
# read as future heads toward, with no word of return ("will climb toward their December peak", "will near its
# August high", "will fall to their January lows"; not "will climb back toward its February peak", "will return to
# January levels"): still ahead.
_TURN_AFTER = re.compile(r"(?:['’]s)?\s+(?:peaks?|highs?|lows?)\b", re.IGNORECASE)
_HEADS_TOWARD_BEFORE = re.compile(r"\b(?:toward|towards|approach(?:es|ing)?|near(?:s|ing)?|reach(?:es|ing)?|"
                                  r"hit(?:s|ting)?|(?:fall(?:s|ing)?|drop(?:s|ping)?|sink(?:s|ing)?|dip(?:s|ping)?|"
                                  r"rise(?:s|ing)?|climb(?:s|ing)?|soar(?:s|ing)?)\s+to)\s+"
                                  r"(?:(?:its|their|the|this\s+year['’]s)\s+)?$", re.IGNORECASE)
_RETURN_WORDS = re.compile(r"\b(?:back|again|return\w*|recover\w*|regain\w*|rebound\w*|restor\w*|pre-\w+)\b",
                           re.IGNORECASE)


def _turn_ahead(sent: str, m: Mention) -> bool:
    """Whether the month of `m`, read as future, names a peak, a high or a low still ahead (_TURN_AFTER)."""
    head = _HEADS_TOWARD_BEFORE.search(sent, max(0, m.start - 40), m.start)
    return head is not None and _TURN_AFTER.match(sent, m.end) is not None and \
        _RETURN_WORDS.search(sent, max(0, head.start() - 60), m.start) is None


# The yardstick of a comparison right before a weekday: a comparative of a measure and "than", "similar to",
# "compared with", "the same as" ("those"/"that"/"levels" and "on"/"of" between at most). Not a deadline's or a
# choice's "than" ("no later than Friday", "earlier than Friday", "rather than Friday": the day ahead).
_YARDSTICK_DAY_BEFORE = re.compile(r"\b(?:(?:higher|lower|warmer|cooler|colder|hotter|wetter|drier|windier|calmer|"
                                   r"sunnier|stronger|weaker|heavier|lighter|bigger|smaller|larger|greater|busier|"
                                   r"quieter)\s+than|similar\s+to|compared\s+(?:with|to)|(?:the\s+)?same\s+as)\s+"
                                   r"(?:(?:those|that|the\s+ones?|(?:the\s+)?levels?|(?:the\s+)?figures?)\s+)?"
                                   r"(?:(?:on|of|from|seen\s+on|recorded\s+on)\s+)?$", re.IGNORECASE)
# (every match holds one of these: fastpath.may_hold, a substring test each, before the search entered at each of the
# window's 40 characters)
_YARDSTICK_WORDS = ("than", "similar", "compared", "same")
# ... unless a "when" clause tells the day's own happening ("busier than Saturday, when the carnival opens").
_WHEN_CLAUSE_AFTER = re.compile(r"(?:['’]s)?\s*,?\s*when\b", re.IGNORECASE)
# ... read back only when the last such day is at most this many days before the paper's (nearer than the next).
YARDSTICK_DAY_BACK = 3


def is_yardstick_day(sent: str, m: Mention) -> bool:
    """Whether weekday `m` is a comparison's yardstick (_YARDSTICK_DAY_BEFORE right before it; no "when" clause of
    its own after it)."""
    return not _WHEN_CLAUSE_AFTER.match(sent, m.end) and \
        may_hold(sent[(m.start - 40 if m.start > 40 else 0):m.start], _YARDSTICK_WORDS) and \
        _YARDSTICK_DAY_BEFORE.search(sent, max(0, m.start - 40), m.start) is not None


def yardstick_told_before(mentions: list[Mention], tenses: list[str | None], i: int) -> Mention | None:
    """The weekday told before mention i in its sentence, in a clause looking ahead, with no other weekday in the
    sentence: the day a forecast compares with the yardstick day i."""
    days = [o for o in mentions if o.kind == "wd"]
    if len(days) != 2 or days[1] is not mentions[i] or days[0].g("wd_mod"):
        return None
    j = mentions.index(days[0])
    return days[0] if tenses[j] in ("future", "present") else None


def sentence_tenses(tense: MentionTenses) -> list[str | None]:
    """The tense each mention of the sentence is read with, None for one whose date does not hang on it
    (grammar.hangs_on_tense): `tense`'s, as the rules for a month or a weekday then correct it in the light
    of the sentence and of the other dates (a vote's month, a result a side comes off, figures that cover
    a month ...). The corrections are the list's alone: `tense(i)` keeps its own reading."""
    sent, mentions, published, n = tense.sent, tense.mentions, tense.published, tense.n
    own_tense = tense.own
    if n > _DEEP_TENSE_CHAIN:
        # A sentence with hundreds of dates and no stop (a pasted table): each tense may lean on the
        # one before it; computing them in order keeps that chain from recursing past Python's limit.
        for i in range(n):
            tense(i)
    tenses = [tense(i) if hangs_on_tense(m) else None for i, m in enumerate(mentions)]
    if ", wh" in sent:
        for i, m in enumerate(mentions):
            if (m.kind == "mo" or m.kind == "qtr") and tenses[i] in ("present", "future") and not m.g("mo_mod") and \
                    (aside := ASIDE_AFTER_DATE.match(sent, m.end)) and \
                    first_tense_is_past(sent[aside.end():aside.end() + 60]):
                # "June, which is usually the weakest month, saw a 5 percent rise", "The June quarter, which is
                # usually quiet, was busy": the month's clause goes on after the relative aside, in the past; the
                # aside's present is its own
                tenses[i] = "past"
    for i, m in enumerate(mentions):
        if (m.kind == "mdy" or m.kind == "dmy") and tenses[i] != "future" and _coming_vote_day(sent, m, tenses[i],
                                                                                              published):
            tenses[i] = "future"  # "preparing for the December 7 elections" in June: the December 7 ahead
        if m.kind != "mo" and m.kind != "wd":
            continue  # (every rule of this loop is a month's or a weekday's)
        if m.kind == "mo" and tenses[i] == "past" and not m.g("mo_mod") and waits_for_vote(sent, m, published):
            tenses[i] = "future"  # "rejected a measure for the November ballot" in August
        elif m.kind == "mo" and tenses[i] == "past" and not m.g("mo_mod") and \
                0 < (month_value(m.g("mo")) - published.month) % 12 <= CHOSEN_MONTHS_AHEAD and \
                _MONTH_CHOSEN_AFTER.match(sent, m.end) and not _MONTH_PREPOSITION_BEFORE.search(
                    sent, max(0, m.start - 12), m.start) and not _OTHER_YEAR_TOLD.search(sent):
            # "Kyodo reported that September was favored over August", "October was chosen for the vote": a month
            # that is weighed or picked as a time for what is planned lies ahead of the choosing, whatever its past
            # (the coming one, when it is a few months ahead: a choice told long after may be of one gone by)
            tenses[i] = "future"
        elif m.kind == "mo" and tenses[i] in (None, "present") and sent.find("to", max(0, m.start - 12), m.start) >= 0 \
                and not m.g("mo_mod") and _ROAD_TO_BEFORE.search(sent, max(0, m.start - 30), m.start):
            tenses[i] = "future"  # "Incumbents on a smooth path to November include ...": the November ahead
        elif m.kind == "mo" and tenses[i] != "past" and sent.endswith(ARTICLES, 0, m.start) and \
                not m.g("mo_mod") and _THE_BEFORE_DAY.search(sent, max(0, m.start - 8), m.start) and \
                UNSCHEDULED.match(sent, m.end):
            tenses[i] = "past"  # "is facing charges in connection with the April crash": the April gone by
        elif m.kind == "wd" and tenses[i] == "present" and not m.g("wd_mod") and \
                search_last_words(UNSCHEDULED_BEFORE, sent, 3, max(0, m.start - 40), m.start):
            # "There's video of the crash Saturday", "Police say there is no suspect in the shooting
            # Saturday": a present names a happening nobody schedules, and its day is gone by.
            tenses[i] = "past"
        elif m.kind == "wd" and not m.g("wd_mod") and (
                tenses[i] == "present" and _RESULT_OFF_BEFORE.search(sent, max(0, m.start - 40), m.start) or
                tenses[i] == "future" and own_tense(i) in (None, "present") and
                _RESULT_OFF_WIDE_BEFORE.search(sent, max(0, m.start - 60), m.start)):
            # "UW is coming off a 63-60 victory Tuesday", "fresh off a win Saturday": the result a side
            # comes off is gone by, whatever the present around it, or a fixture ahead whose tense its
            # phrase shares ("The Bucks host Duke Saturday, coming off a loss Tuesday").
            tenses[i] = "past"
        elif m.kind == "wd" and tenses[i] != "past" and not m.g("wd_mod") and (
                m.text.endswith(("'s", "’s")) and day_result(sent, m.end) or
                m.g("wd_part") and sent.startswith(("'s", "’s"), m.end) and day_result(sent, m.end + 2)):
            # "will celebrate Tuesday's primary victory", "Saturday's win puts them in first place": a
            # result is of a contest decided, its day gone by (or today), whatever tense is around it; so
            # is one of a part of the day ("will look to wipe Tuesday night's defeat from the memory").
            tenses[i] = "past"
        elif m.kind == "wd" and tenses[i] == "past" and not m.g("wd_mod") and tense.whole(_local) and \
                (WEEKDAYS[m.g("wd").lower()] - published.weekday()) % 7 == 1 and (
                    _LOCAL_TIME_AFTER.match(sent, m.end) or
                    _LOCAL_TIME_BEFORE.search(sent, max(0, m.start - 40), m.start)):
            # "North Korea fired a missile Wednesday morning, local time" in a Tuesday paper: a day told in
            # the time of a place ahead of the paper's, the day after the paper's date, not last week's.
            tenses[i] = "future"
        elif m.kind == "wd" and tenses[i] in ("future", "present") and not m.g("wd_mod") and \
                0 < (published.weekday() - WEEKDAYS[m.g("wd").lower()]) % 7 <= YARDSTICK_DAY_BACK and \
                is_yardstick_day(sent, m) and not any(o.kind == "wd" for o in mentions if o is not m):
            # "Temperatures will be very similar to Sunday", "Highs will be lower than on Saturday" in a Monday
            # paper: a forecast's yardstick is a day measured, the one just gone by, not the coming one (a day
            # nearer ahead than back stays ahead: "Tuesday will be warmer than Wednesday" in a Monday paper)
            tenses[i] = "past"
        elif m.kind == "wd" and tenses[i] in ("future", "present") and not m.g("wd_mod") and \
                (told := yardstick_told_before(mentions, tenses, i)) is not None and \
                (back := (WEEKDAYS[told.g("wd").lower()] - WEEKDAYS[m.g("wd").lower()]) % 7) and \
                back <= YARDSTICK_DAY_BACK and (WEEKDAYS[told.g("wd").lower()] - published.weekday()) % 7 < back and \
                is_yardstick_day(sent, m):
            # "Tuesday will be very similar to Sunday", "Temperatures on Tuesday will be lower than on Saturday" in
            # a Monday paper: the yardstick is the such day nearest the day forecast, up to three days before it,
            # here gone by ("On Saturday, highs will be lower than Friday" keeps the Friday ahead, the day before
            # that Saturday; "Wednesday will be wetter than Thursday", the Thursday after it)
            tenses[i] = "past"
        elif m.kind == "wd" and tenses[i] == "future" and \
                outcome_after_day_ahead(sent, mentions, tenses, i, published):
            # "Markets are nervous about Friday's jobs report after Tuesday's strong data" in a Wednesday
            # paper: what came before the day ahead and is told by its outcome is gone by; the coming
            # Tuesday would lie after that Friday.
            tenses[i] = "past"
    for i, m in enumerate(mentions):
        if m.kind != "mo":
            continue  # (every rule of this loop is a month's)
        if tenses[i] != "past" and not m.g("mo_mod") and _MEASURED_LEVEL_AFTER.match(sent, m.end) and \
                not (tenses[i] == "future" and _turn_ahead(sent, m)):
            # "are nearly twice their February levels", "is expected to return to February levels", "still
            # below its March peak": a level a month set is measured, the month gone by, whatever the clause's
            # present or future (not a season's peak the future heads toward, "will climb toward their December
            # peak": _turn_ahead)
            tenses[i] = "past"
            continue
        if m.kind == "mo" and tenses[i] == "future" and not m.g("mo_mod") and (
                COVERED_BY.match(sent, m.end) and
                (published.month - month_value(m.g("mo"))) % 12 <= COVERED_MONTHS_BACK or
                _FIGURE_IN_BEFORE.search(sent, max(0, m.start - 12), m.start) and
                _EXPECTED_FIGURE.search(sent, 0, m.start) is not None and
                (published.month - month_value(m.g("mo"))) % 12 <= FIGURE_MONTHS_BACK or
                _RECORD_OF_BEFORE.search(sent, max(0, m.start - 30), m.start) and
                (published.month - month_value(m.g("mo"))) % 12 <= COVERED_MONTHS_BACK):
            # "the February jobs report will be released Friday" in March: a month just gone by; so the record of a
            # month's sitting ("Minutes of the May meeting will be released on Wednesday" in June)
            # (not "will release January data in February" in December: the coming January).
            # "Economists expect inflation to be 7.5% in April" in May: a month's figure comes out
            # after it, so what is expected of the month just gone by is its figure.
            tenses[i] = "past"
        elif m.kind == "mo" and tenses[i] != "past" and not m.g("mo_mod") and \
                (figures := _FIGURES_FOR_BEFORE.search(sent, max(0, m.start - 40), m.start)) and \
                _FIGURES_MONTH_END.match(sent, m.end) and all(o is m or _near_release(o) for o in mentions) and \
                _released_later(m, mentions, published) and \
                not _FORESEEN_FIGURES_BEFORE.search(sent, max(0, figures.start() - 60), figures.start()):
            tenses[i] = "past"  # "Figures for March will be published on Friday": the March gone by
        elif m.kind == "mo" and not m.g("mo_mod") and (
                tenses[i] in (None, "present") and COMING_VOTE.match(sent, m.end) and
                _FOR_VOTE_BEFORE.search(sent, max(0, m.start - 24), m.start) or
                # its own clause says no past: "what happened Tuesday and what it means for the elections in
                # November" (the past of the clause before is not this one's)
                _VOTE_IN_BEFORE.search(sent, max(0, m.start - 30), m.start) and own_tense(i) in (None, "present")) and \
                (published.month - month_value(m.g("mo"))) % 12 > VOTE_JUST_HELD_MONTHS:
            # "is on the November ballot", "the general elections in November" in March: the November ahead
            tenses[i] = "future"
        elif m.kind == "mo" and tenses[i] == "past" and not m.g("mo_mod") and \
                0 < (ahead := (month_value(m.g("mo")) - published.month) % 12) and \
                (ahead <= ATTRIBUTIVE_MONTHS_AHEAD and (ahead_attributive(sent, m) or decided_for_month(sent, m)) or
                 contract_month(sent, m)):
            # "signaled a December rate cut", "orders for November delivery", "crude for delivery in
            # November" in October: what the past verb plans or trades for is the coming month's, not the one
            # almost a year back (a contract's month however far ahead: "corn for December delivery declined" in
            # August).
            tenses[i] = "future"
    return tenses
