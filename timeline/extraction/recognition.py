"""Find the temporal expressions of a sentence (the rules of grammar.py).

Recognition is one compiled regular expression (the rules' patterns, in
order) run over each sentence: this is what keeps the engine fast. Two
shortcuts, neither of which changes what is found:

* the master regex is tried only in a short window before a trigger word
  (a month, a weekday, "day", "year", a number ...), not at every word;
* at each start, only the rules that can begin with its first word (and the
  character after it, or the next word of a chain of modifiers) are tried,
  one by one (computed from the parsed patterns by may_begin below).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from re import _constants as _K  # noqa: PLC2701 - the parser is how the start table is derived
from re import _parser as _P

from .fastpath import ASCII_FOLDS
from .grammar import LOWER_MONTH_AFTER, LOWER_WD_BEFORE, RULES
from .lexicon import MODIFIERS, NAME_TRIGGERS, TRIGGER_WORDS, UNIT_TRIGGERS, WEEKDAY_NAMES
from .types import fast_init


@fast_init
@dataclass(frozen=True)
class Mention:
    """A recognised expression: offsets relative to the scanned string; `kind` is its rule's name."""

    kind: str
    start: int
    end: int
    text: str
    groups: tuple  # sorted (name, value) pairs of the matched named groups

    def g(self, name: str) -> str | None:
        """The value of the rule's named group `name`, None where it did not match. A mention _mention
        makes answers with the `get` of its {name: value} dict of every named group, set on the instance
        (it shadows this method: one C call, not a Python call and a scan of `groups`, asked ~13 times a
        mention); this is for a mention made otherwise."""
        for k, v in self.groups:
            if k == name:
                return v
        return None


def first_chars(items) -> tuple[set, bool]:
    """(the characters a parsed pattern can start with, lower case, "0" for a digit,
    "ANY" when it cannot tell; can the pattern match the empty string?)"""
    out: set = set()
    for op, av in items:
        if op in (_K.AT, _K.ASSERT, _K.ASSERT_NOT):
            continue  # zero-width
        if op == _K.LITERAL:
            c = chr(av).lower()
            out.add("0" if c.isdecimal() else c)
            return out, False
        if op == _K.IN:
            for o, a in av:
                if o == _K.LITERAL:
                    c = chr(a).lower()
                    out.add("0" if c.isdecimal() else c)
                elif o == _K.RANGE:
                    out.update("0" if chr(c).isdecimal() else chr(c).lower() for c in range(a[0], a[1] + 1))
                elif o == _K.CATEGORY and a == _K.CATEGORY_DIGIT:
                    out.add("0")
                else:
                    out.add("ANY")
            return out, False
        if op == _K.SUBPATTERN:
            f, empty = first_chars(av[3])
            out |= f
            if not empty:
                return out, False
            continue
        if op == _K.BRANCH:
            any_empty = False
            for b in av[1]:
                f, empty = first_chars(b)
                out |= f
                any_empty = any_empty or empty
            if not any_empty:
                return out, False
            continue
        if op in (_K.MAX_REPEAT, _K.MIN_REPEAT):
            lo, _, sub = av
            f, empty = first_chars(sub)
            out |= f
            if lo > 0 and not empty:
                return out, False
            continue
        out.add("ANY")  # anything else: assume it can start with anything
        return out, False
    return out, True


def _starts(pattern: str, tree=None) -> str:
    chars, empty = first_chars(_P.parse(pattern, re.IGNORECASE) if tree is None else tree)
    if empty or "ANY" in chars:
        raise ValueError(f"a rule must start with a known character: {pattern[:60]}")
    return "".join(sorted(chars))


# Each rule's pattern parsed (once: the start table below and master_for read it).
_TREES = {r.name: _P.parse(r.pattern, re.IGNORECASE) for r in RULES}
# The characters (lower case; "0" for any digit) each rule can start with,
# optional words included.
STARTS = {r.name: _starts(r.pattern, _TREES[r.name]) for r in RULES}

# Every expression starts at the start of a word; saying so up front lets the
# engine skip most positions without trying each alternative (2-3x faster).
_MASTER_HEAD = r"(?<!\w)(?=\w)(?:"


def _compile(rules) -> re.Pattern:
    return re.compile(_MASTER_HEAD + "|".join(f"(?P<K_{r.name}>{r.pattern})" for r in rules) + ")", re.IGNORECASE)


MASTER = _compile(RULES)


@cache  # at most one pattern per distinct set of rules (a few dozen)
def _sub_master(kinds: tuple[str, ...]) -> re.Pattern | None:
    if not kinds:
        return None
    return _compile([r for r in RULES if r.name in kinds])


@lru_cache(maxsize=1024)
def master_at(ch: str) -> re.Pattern | None:
    """The pattern to try at a start whose first character is `ch` (None: nothing can start there).

    The engine tries every alternative at every start, so find_mentions
    matches with a sub-pattern holding only the rules possible at that
    character, in the same order: same match, far fewer attempts ("in" of
    "in March" starts none).
    """
    if ch.isdecimal():
        key = "0"
    elif ch.isascii():
        key = ch.lower()
    else:
        return MASTER  # case-folding beyond ASCII: keep every alternative
    return _sub_master(tuple(r.name for r in RULES if key in STARTS[r.name]))


# master_at tells the rules apart by a start's first character only: at
# "the" of "the last twenty four hours" it tries every rule that can open
# with a "t", at a bare "year" or "15" every rule with that letter or a
# digit, though most cannot go on with the word that is there (on TimeBank
# 64% of the master regex's attempts fail, and a failed attempt costs more
# than a success). master_for tells them apart by the characters of the
# start's word and the one after it: only the rules whose pattern can match
# some text that begins with those characters (may_begin), in their order.
# The rules left out cannot match at that start, so the first alternative
# that matches, and the match, are those of MASTER (tests/extraction/
# test_master_starts.py compares them at every start of the corpora).

_ZERO_DIGITS = str.maketrans("123456789", "0" * 9)
_REPEATS = (_K.MAX_REPEAT, _K.MIN_REPEAT, _K.POSSESSIVE_REPEAT)


def _class_has(items, ch: str) -> bool:
    """Whether the parsed character class `items` may match a text character
    whose lower case is the ASCII `ch`, with or without re.IGNORECASE ("0"
    stands for any digit). When in doubt, True."""
    if ch == "0":
        return any(_class_has(items, d) for d in "123456789") or _class_has_char(items, "0")
    return _class_has_char(items, ch)


def _class_has_char(items, ch: str) -> bool:
    up = ch.upper()
    for op, av in items:
        if op == _K.LITERAL:
            c = chr(av)
            # (a literal beyond ASCII matches no other character of an ASCII probe's text)
            if c.lower() == ch if c.isascii() else ASCII_FOLDS.get(c) == ch:
                return True
        elif op == _K.RANGE:
            lo, hi = av
            if hi > 127 or lo <= ord(ch) <= hi or lo <= ord(up) <= hi:
                return True
        elif op == _K.CATEGORY and av in (_K.CATEGORY_DIGIT, _K.CATEGORY_UNI_DIGIT):
            if ch.isdecimal():
                return True
        elif op == _K.CATEGORY and av in (_K.CATEGORY_WORD, _K.CATEGORY_UNI_WORD):
            if ch.isalnum() or ch == "_":
                return True
        elif op == _K.CATEGORY and av in (_K.CATEGORY_SPACE, _K.CATEGORY_UNI_SPACE):
            if ch.isspace():
                return True
        else:
            return True  # a negated class or category, or anything else: may match
    return False


# {id of a branch's alternatives: (their alternatives opening with an ASCII literal, by
# its lower case, "0" for any digit; the others)}, with the list itself kept alive.
_BRANCHES: dict[int, tuple] = {}


def _branch_index(alternatives) -> tuple[dict[str, list], list]:
    found = _BRANCHES.get(id(alternatives))
    if found is None or found[2] is not alternatives:
        by_first: dict[str, list] = {}
        others = []
        for alternative in alternatives:
            op, av = alternative[0] if len(alternative) else (None, None)
            if op == _K.LITERAL and chr(av).isascii():
                c = chr(av).lower()
                by_first.setdefault("0" if c.isdecimal() else c, []).append(alternative)
            else:
                others.append(alternative)
        found = _BRANCHES[id(alternatives)] = (by_first, others, alternatives)
    return found[0], found[1]


def _one(op, av, probe: str, i: int) -> set[int]:
    """The positions of `probe` where the parsed item (op, av) may end when it
    starts at i < len(probe) (see may_begin)."""
    if op == _K.LITERAL:
        c = chr(av)
        ch = probe[i]
        if not c.isascii():
            return {i + 1} if ASCII_FOLDS.get(c) == ch else set()
        return {i + 1} if c.lower() == ch or (ch == "0" and c.isdecimal()) else set()
    if op == _K.IN:
        return {i + 1} if _class_has(av, probe[i]) else set()
    if op in (_K.NOT_LITERAL, _K.ANY):
        return {i + 1}
    if op == _K.FAILURE or op == _K.ASSERT_NOT and not len(av[1]):
        return set()  # "(?!)": never holds (the "no" branch of a condition that must not be taken)
    if op in (_K.AT, _K.ASSERT, _K.ASSERT_NOT):
        return {i}  # zero-width: taken as holding
    if op == _K.SUBPATTERN:
        return may_begin(av[3], probe, i)  # its flags: the case of the text is already set aside
    if op == _K.ATOMIC_GROUP:
        return may_begin(av, probe, i)  # as a plain group: more ends, never fewer
    if op == _K.BRANCH:
        # Only the alternatives that can take probe[i]: one that opens with
        # another literal character gives nothing (as _one's LITERAL says).
        by_first, others = _branch_index(av[1])
        ends: set[int] = set()
        for alternative in by_first.get(probe[i], ()):
            ends |= may_begin(alternative, probe, i)
        for alternative in others:
            ends |= may_begin(alternative, probe, i)
        return ends
    if op == _K.GROUPREF_EXISTS:
        # "(?(group)yes|no)": either branch, whichever the group's match picks (read as going on past the
        # probe, a digit's start kept "dmy" for every number, ~540 failed matches a TimeBank pass)
        _, yes, no = av
        return may_begin(yes, probe, i) | (may_begin(no, probe, i) if no is not None else {i})
    if op in _REPEATS:
        # Any number of repetitions between the bounds, whatever the greed.
        lo, hi, sub = av
        ends, seen, here, count = set(), set(), {i}, 0
        while here:
            if count >= lo:
                if here <= seen:
                    break
                ends |= here
                seen |= here
            if count == hi:
                break
            here = set().union(*(may_begin(sub, probe, j) for j in here))
            count += 1
        return ends
    return {len(probe)}  # anything else (a group reference ...): may go on


def may_begin(items, probe: str, i: int = 0) -> set[int]:
    """Where in `probe` the parsed pattern `items` may end when it starts at
    i; len(probe) when it may run on past the probe. Empty: no text that
    begins with `probe` matches the pattern from its start.

    `probe` is text lower-cased, ASCII, every digit made "0" ("0" stands for
    any digit). An over-approximation of the regex engine's own matching:
    letters compare in lower case (as under re.IGNORECASE, so a
    case-sensitive part matches no less), look-arounds and anchors are taken
    as holding, a repetition may stop at any count between its bounds, an
    atomic group is a plain one, and what it cannot read (a negated class, a
    character beyond ASCII, a group reference) may match. So a rule it
    leaves out for a start cannot match there."""
    n = len(probe)
    here = {i}
    for op, av in items:
        after: set[int] = set()
        for j in here:
            if j == n:
                after.add(n)
            else:
                after |= _one(op, av, probe, j)
        here = after
        if not here:
            break
    return here


# What _heads reads \s as: one character standing for every whitespace, written \s in the tree (a
# noncharacter, which no pattern holds): the class stays a category, which compiles and matches at
# little cost, not some thirty characters spread beyond Latin-1.
_ANY_SPACE = "\uffff"


def _class_chars(items) -> set[str] | None:
    """The characters of a parsed character class of literals and short ranges; None for any other."""
    out: set[str] = set()
    for op, av in items:
        if op == _K.LITERAL:
            out.add(chr(av))
        elif op == _K.RANGE and av[1] - av[0] < 64:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return out


def _heads(items, k: int, open_: set[str], done: set[str]) -> set[str]:
    """Carry each text of `open_` (shorter than k characters) through the parsed pattern `items`: a text
    that reaches k characters, or meets what this does not read (a category but \\s, a negated class,
    any character, a group reference, a part under re.IGNORECASE), goes into `done`, to be followed
    by anything; returns the texts still open where `items` ends. Look-arounds and anchors are taken
    as holding, a repetition may stop at any count: more texts, never fewer."""
    for op, av in items:
        if not open_:
            break
        if op in (_K.AT, _K.ASSERT, _K.ASSERT_NOT):
            continue
        chars = None
        if op == _K.LITERAL:
            chars = {chr(av)}
        elif op == _K.IN:
            chars = _class_chars(av)
            if chars is None and av in ([(_K.CATEGORY, _K.CATEGORY_UNI_SPACE)], [(_K.CATEGORY, _K.CATEGORY_SPACE)]):
                chars = {_ANY_SPACE}
        elif op == _K.SUBPATTERN and not av[1] & _K.SRE_FLAG_IGNORECASE:
            open_ = _heads(av[3], k, open_, done)
            continue
        elif op == _K.ATOMIC_GROUP:
            open_ = _heads(av, k, open_, done)
            continue
        elif op == _K.BRANCH:
            after: set[str] = set()
            for alternative in av[1]:
                after |= _heads(alternative, k, set(open_), done)
            open_ = after
            continue
        elif op in _REPEATS:
            lo, hi, sub = av
            after, here, count = set(), open_, 0
            while here:
                if count >= lo:
                    after |= here
                if count == hi:
                    break
                if count > k:
                    after |= here  # (more repetitions of what reads no character)
                    break
                here = _heads(sub, k, set(here), done)
                count += 1
            open_ = after
            continue
        if chars is None:
            done |= open_
            return set()
        longer = {text + c for text in open_ for c in chars}
        done |= {text for text in longer if len(text) >= k}
        open_ = {text for text in longer if len(text) < k}
    return open_


def _escape(c: str) -> str:
    return r"\s" if c == _ANY_SPACE else re.escape(c)


def _head_tree(heads: set[str]) -> str:
    """A regex that matches a text exactly when one of `heads` opens it: a prefix tree whose
    characters with the same rest after them share a class ("a[ft]te" for "afte" and "atte")."""
    by_first: dict[str, set[str]] = {}
    for head in heads:
        by_first.setdefault(head[0], set()).add(head[1:])
    by_rest: dict[str, list[str]] = {}
    for c, rests in sorted(by_first.items()):
        by_rest.setdefault("" if "" in rests else _head_tree(rests), []).append(c)  # "": anything may follow
    alternatives = [(_escape(cs[0]) if len(cs) == 1 else "[" + "".join(map(_escape, cs)) + "]") + rest
                    for rest, cs in by_rest.items()]
    return "(?:" + "|".join(alternatives) + ")"


def head_gate(pattern: str, k: int = 4) -> str | None:
    """A regex that every match of `pattern` (compiled without re.IGNORECASE) opens with: the first
    `k` characters it can match, read from the pattern at import (fewer where what follows cannot be
    read, or where a match ends: then anything may follow), as a prefix tree. In a look-ahead before
    the pattern it lets the regex engine turn away most word starts after a few character tests
    instead of entering each alternative. None when a match may be empty. (Four characters: a fifth
    turns away few more starts, and the tree grows twenty-fold.)"""
    done: set[str] = set()
    heads = done | _heads(_P.parse(pattern), k, {""}, done)
    if "" in heads:
        return None
    return _head_tree(heads)


@lru_cache(maxsize=8192)
def _rules_for_probe(probe: str, among: tuple[str, ...] | None) -> tuple[str, ...]:
    """The rules (of `among`, else of all that can open with its first character)
    that may begin with `probe` (may_begin), in their order."""
    if among is None:
        key = probe[0]
        among = tuple(r.name for r in RULES if key in STARTS[r.name])
    return tuple(name for name in among if may_begin(_TREES[name], probe))


@lru_cache(maxsize=8192)
def _rules_for_text(head: str, among: tuple[str, ...] | None = None) -> tuple[str, ...]:
    return _rules_for_probe(head.lower().translate(_ZERO_DIGITS), among)


@cache  # one pattern per rule
def _rule_pattern(name: str) -> re.Pattern:
    return _compile([r for r in RULES if r.name == name])


# The rules of a start are tried one by one, each with its own pattern (the
# first that matches is the alternation's match): mostly none, one or two of
# them are left. So the patterns compiled are one per rule: a pattern for each
# set of rules met would be dozens of patterns, ~10 ms each to compile, which
# a process meeting new text would pay before it saved as much.
@lru_cache(maxsize=1024)
def _patterns(names: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(_rule_pattern(name) for name in names)


def master_for(s: str, start: int, word_end: int, end: int | None = None) -> tuple[re.Pattern, ...]:
    """The patterns to try, in order, at s[start], whose word ends at word_end
    (empty: no rule can match there): the first match among them is MASTER's.
    They are those of the rules that may begin with s[start:word_end + 1],
    and, when that leaves more than one, with s[start:end + 1], where `end` is
    the end of the next word of a chain of modifiers ("the last" of "the last
    two weeks"). A text beyond ASCII there takes master_at."""
    head = s[start:word_end + 1]
    if not head.isascii():
        rx = master_at(s[start])
        return (rx,) if rx is not None else ()
    names = _rules_for_text(head)
    if end is not None and end > word_end and len(names) > 1:
        head = s[start:end + 1]
        if head.isascii():
            names = _rules_for_text(head, names)  # no rule the first word rules out can match
    return _patterns(names)


def match_at(s: str, start: int, word_end: int, end: int | None = None) -> re.Match | None:
    """MASTER.match(s, start), with the patterns of master_for."""
    for rx in master_for(s, start, word_end, end):
        m = rx.match(s, start)
        if m is not None:
            return m
    return None


def prefix_tree(words: list[str]) -> str:
    """A regex matching exactly `words`, as a prefix tree: day days dec -> d(?:ay(?:s)?|ec).

    With case-insensitive matching the engine enters every alternative of a
    flat list at each word start; a tree enters only the branch of the
    letters seen (the trigger scan runs ~1.7x faster). Only for words that
    must end at a word boundary: then at most one of them fits at a position,
    so the order the alternatives are tried in does not matter.
    """
    words = sorted(set(words))
    if words == [""]:
        return ""
    branches: dict[str, list[str]] = {}
    for w in words:
        if w:
            branches.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(c) + prefix_tree(rest) for c, rest in branches.items()]
    if len(alts) == 1 and "" not in words:
        return alts[0]
    # (an optional branch as "(?:...|)", not "(?:...)?": the same matches in the same order, the regex engine
    # entering no repeat's context)
    return "(?:" + "|".join(alts) + ("|)" if "" in words else ")")


_TRIGGER_TREE = prefix_tree(TRIGGER_WORDS)
_TRIGGER_FIRST = "".join(sorted({w[0] for w in TRIGGER_WORDS}))
# Run over the lower-cased text: case-sensitive matching is ~1.5x faster than
# re.IGNORECASE. The leading character class lets the regex engine skip most
# positions fast.
_TRIGGER_LOWER = re.compile(rf"(?=[\d{_TRIGGER_FIRST}])(?:\d+|(?<!\w){_TRIGGER_TREE}(?!\w))")
# ... and the same on the text itself, when lower-casing would move offsets ("İ").
_TRIGGER = re.compile(rf"(?=[\d{_TRIGGER_FIRST}{_TRIGGER_FIRST.upper()}])(?:\d+|(?<!\w){_TRIGGER_TREE}(?!\w))",
                      re.IGNORECASE)


# What must follow a number of one to three digits for any rule to use it
# (a day of the month, a day range, a numeric date, "N days ago", "the 1st
# quarter"): "5 people", "$3 billion" are not tried. (Asked only whether it matches: the four clauses after
# whitespace share one "\s++", possessive, as none of them opens with whitespace; the same truth at every
# position as the four "\s+" clauses apart, which the engine entered one by one, tests/extraction/test_fast_paths.py.)
_SHORT_NUMBER_GOES_ON = re.compile(
    r"(?:st|nd|rd|th)?(?:[/.\-]\d|\s*[-–]\s*\d|\s++(?:(?:to|through|thru|until|till|and)\s+(?:the\s+)?\d|"
    r"(?:of\s+)?(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    # ("the 24th of this month": a day of the month counted from the paper's, grammar's dmy_rel)
    r"of\s+(?:this|next|last)\s+month|"
    r"(?:full\s+)?(?:day|week|month|year|decade|hour|minute|quarter|half)))",
    re.IGNORECASE,
)


# The same scan in two passes that the regex engine runs far faster (a
# third of the instructions on TimeBank, where the scan is a sixth of a
# pass): _TRIGGER_LOWER opens with a look-ahead, so it is tried at every
# position of the text, and most letters can start a trigger word. A
# pattern that opens with a literal character is searched by a tight loop
# in C instead. So the scan runs over copies of the lower-cased text of the
# same length: one with every digit made "0" (the digit runs are "0" runs)
# and one with every character that is not a word character made a space
# (the trigger words are those after a space). Both are ASCII (_as_ascii):
# a word character beyond ASCII ("é" of "José") is read as "_", which is a
# word character as it is and in no trigger word, the others (quotes,
# dashes, no-break spaces) as spaces. Then \w is [a-z0-9_] in the
# lower-cased text, and \d is [0-9] unless a digit beyond ASCII ("٣") is
# there: such a text takes the single regex.
# The copies are made by bytes.translate over the text's ASCII encoding, a table lookup a byte (str.translate
# looks each distinct character up in a dict, raising and catching a KeyError for each one it keeps: ~5x the
# instructions, a seventh of the scan's on TimeBank).
_ZEROS = bytes.maketrans(b"123456789", b"0" * 9)
_DIGIT_RUNS = re.compile("00*")
# (the gaps' copy lower-cases too: article_triggers passes the ASCII text as it is, whose lower() cost ~12k
# instructions an article; the digits' copy need not, its patterns match letters in either case)
_GAPS = bytes(ord(chr(c).lower()) if c < 128 and (chr(c).isalnum() or chr(c) == "_") else ord(" ") for c in range(256))
_WORD_AFTER_GAP = re.compile(rf" {_TRIGGER_TREE}(?![a-z0-9_])")
_WORD_AT_START = re.compile(rf"{_TRIGGER_TREE}(?![a-z0-9_])")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _as_ascii(low: str) -> str | None:
    """`low` with each character beyond ASCII made "_" when it is a word
    character (what a regex's word class matches: str.isalnum) and a space
    when not; None when one of them is a digit (the digit class: str.isdecimal)."""
    table = {}
    for c in set(_NON_ASCII.findall(low)):
        if c.isdecimal():
            return None
        table[c] = "_" if c.isalnum() else " "
    # A substitution per such character, a few per article (str.translate
    # goes character by character through a text beyond ASCII: ~15x slower).
    return _NON_ASCII.sub(lambda m: table[m[0]], low)


def trigger_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words every expression contains, in order: a
    sentence holding none of them has no date. Exactly the matches of
    _TRIGGER_LOWER.finditer(text.lower()) (of _TRIGGER when lower-casing
    moves offsets), found faster (see _DIGIT_RUNS)."""
    low = text.lower()
    if len(low) != len(text):
        return [t.span() for t in _TRIGGER.finditer(text)]
    if not low.isascii():
        ascii_low = _as_ascii(low)  # ASCII text translates fastest
        if ascii_low is None:
            return [t.span() for t in _TRIGGER_LOWER.finditer(low)]
        low = ascii_low
    words, digits = _words_and_digit_runs(low, _DIGIT_RUNS)
    if not words:
        return digits
    words += digits
    words.sort()  # two sorted runs: merged in one pass
    return words


def _words_and_digit_runs(text: str, digit_runs: re.Pattern) -> tuple[list, list]:
    """The trigger words of ASCII text (in any case: the words are read in its lower-cased copy with gaps,
    _GAPS), and its digit runs that `digit_runs` finds (searched with every digit made "0", _ZEROS; a
    pattern that matches letters in either case), each in order: trigger_spans' scan, which
    article_triggers shares."""
    raw = text.encode("ascii")
    gaps = raw.translate(_GAPS).decode("ascii")
    words = [(m.start() + 1, m.end()) for m in _WORD_AFTER_GAP.finditer(gaps)]
    first = _WORD_AT_START.match(gaps)  # (the same match as in the lower-cased text: its word characters are kept)
    if first is not None:
        words.insert(0, first.span())
    digits = [m.span() for m in digit_runs.finditer(raw.translate(_ZEROS).decode("ascii"))]
    if words:
        # "q1": the single scan takes the word whole, its "1" is not a run of its own.
        # (Looked for among the words found, a few per article, not in the text:
        # a substring search of the whole text per such word cost ~15x more.)
        inside = {(b - 1, b) for a, b in words if gaps[b - 1].isdigit()}
        if inside:
            digits = [d for d in digits if d not in inside]
    return words, digits


def _starts_nothing(s: str, tpos: int, tend: int) -> bool:
    """Whether the trigger s[tpos:tend] can be passed over by its own form and the
    few characters around it: a number no rule uses, a month or day name in lower case."""
    word = s[tpos:tend]
    if word[0].isdigit():
        # No rule starts inside a longer number ("20,000", "3.5", "$1999",
        # "123456") or at a percentage.
        after = s[tend:tend + 2]
        return tend - tpos >= 5 or (tpos > 0 and s[tpos - 1] in "$£€") or after[:1] == "%" or after == " %" or \
            (after[:1] in (",", ":") and after[1:2].isdigit()) or \
            (tpos > 1 and s[tpos - 1] in ".," and s[tpos - 2].isdigit()) or \
            (tend - tpos < 4 and not _SHORT_NUMBER_GOES_ON.match(s, tend) and
             not (tend - tpos == 2 and tpos and s[tpos - 1] in "'’‘"))
    # "may", "march", "sun": names are capitalised; a month in lower case right before a day in
    # figures may still open a full date ("february 19, 2024": see grammar._full_month_ok)
    # ... or after "last"/"next" ("last august": grammar._lower_month_ok); a weekday after "this", "next", "last" or
    # a preposition of time ("this wednesday", "on sunday": grammar.LOWER_WD_BEFORE)
    return word[0].islower() and word.lower() in NAME_TRIGGERS and not (
        s[tend:tend + 1] == " " and s[tend + 1:tend + 2].isdigit() and word.lower() in _MONTH_TRIGGERS) and not (
        word in LOWER_MONTH_AFTER and s[max(0, tpos - 5):tpos].lower() in ("last ", "next ")) and not (
        word in _WEEKDAY_TRIGGERS and LOWER_WD_BEFORE.search(s, max(0, tpos - 8), tpos))


_WEEKDAY_TRIGGERS = frozenset(WEEKDAY_NAMES)
_MONTH_TRIGGERS = NAME_TRIGGERS - _WEEKDAY_TRIGGERS


# The digit runs _starts_nothing keeps, found by the regex engine (on
# TimeBank seven in eight runs are "$300", "20,000", "5%", "5 people": asked
# one by one in Python they cost more than the rest of the trigger scan).
# Searched in the ASCII text (either case) with every digit made "0" (_ZEROS:
# a run of digits is a run of "0"s, and the pattern opens with a literal, so
# the engine skips to each digit fast), each clause one of _starts_nothing's:
# the run opens after no digit, "$", "£", "€" (nor after a digit and "." or
# ","); it is four digits long, or one to three with what makes a number go
# on after it (_SHORT_NUMBER_GOES_ON) or two after an apostrophe ("'90s");
# no digit, "%", " %" or "," / ":" and a digit follows it.
# The run is taken whole first (four digits, or one to three: "0{0,2}+" gives none back, as a shorter run
# would leave a "0" after it) and the tests of what follows it come before the costly one: the four-digit
# run (the look-behind "0000" at its end, which no run of three meets, a digit before it being ruled out),
# then _SHORT_NUMBER_GOES_ON, then the apostrophe of a two-digit run (its end two digits after it). The
# same matches as the run's lengths tried one by one ("0{0,2}" giving back digits, _SHORT_NUMBER_GOES_ON
# asked after each): tests/extraction/test_prefilter.py checks it against _starts_nothing.
_KEPT_DIGITS = re.compile(
    r"0(?<![0$£€]0)(?<!0[.,]0)(?:000|0{0,2}+)(?!0)(?!%| %|[,:]0)"
    rf"(?:(?<=0000)|(?={_SHORT_NUMBER_GOES_ON.pattern})|(?<=['’‘]00))",
    re.IGNORECASE | re.ASCII,  # (searched in ASCII text only: the same matches, its letters and \s read by table)
)


def article_triggers(text: str) -> list[tuple[int, int]]:
    """trigger_spans(text) without the triggers find_mentions passes over in
    any sentence of the text (_starts_nothing): numbers such as "$300",
    "20,000", "5%", "5 people" are half of TimeBank's triggers, and the
    paragraphs and sentences holding only such numbers need not be split or
    read at all.

    The test looks at most two characters either side of the trigger, and
    a sentence of split_sentences never starts or ends within them: it
    starts after whitespace, a closing bracket or a dash, or (a full stop
    glued to it) at a capital letter, never right after "$", a digit or an
    apostrophe; it ends after punctuation or before whitespace or "(",
    never right after a digit nor before "%", "," or ":" (a number's own
    characters). So the test says the same on the sentence as on the text;
    _SHORT_NUMBER_GOES_ON, with no end anchor, cannot match in a sentence
    where it fails on the longer text. tests/extraction/test_prefilter.py
    checks it on the corpora."""
    if not text.isascii():
        return [(a, b) for a, b in trigger_spans(text) if not _starts_nothing(text, a, b)]
    # ASCII text (most): the words as trigger_spans finds them, the digit runs already
    # through _starts_nothing's test (_KEPT_DIGITS).
    words, digits = _words_and_digit_runs(text, _KEPT_DIGITS)  # (no lower(): _words_and_digit_runs reads either case)
    if not words:
        return digits
    words = [(a, b) for a, b in words if not _starts_nothing(text, a, b)]
    words += digits
    words.sort()
    return words


# A bare unit word that can still start an expression: "year-end", "hours ago".
_YEAR_END_AHEAD = re.compile(r"[-\s]end|'s\s+end|(?<=hours)\s+ago\b|(?<=minutes)\s+ago\b", re.IGNORECASE)
_LOOKBACK = 60  # longest modifier chain before a trigger: "the beginning of", "more than twenty"
_KIND_GROUPS = {r.name: tuple(sorted(n for n in MASTER.groupindex if n == r.name or n.startswith(r.name + "_")))
                for r in RULES}


# The characters that may stand between the modifier words of a chain.
_CHAIN_GAP = " ,-\t"


# _modifier_starts' chain in an ASCII window, read by one match of the regex engine over the window reversed
# and lower-cased (the chain runs back from the trigger; matched case-sensitively, the engine passes over the
# branches of other letters without entering them): each word a whole run of letters and digits (its far end
# no letter or digit, or the window's start) that is a modifier in any case or a number, the first after
# characters of _CHAIN_GAP or none, each other after at least one; one line break among them (a hard-wrapped
# line's last word), then a word of letters (its last letter read by the look-ahead: a modifier is all
# letters, a number all digits). Groups 1-5: the chain's words, nearest the trigger first (lastindex: how
# many). (Read by str.rstrip word by word in Python, it cost twelve thousand instructions a trigger.)
# tests/extraction/test_fast_paths.py checks it against _modifier_starts_read.
_CHAIN_WORD = rf"((?:{prefix_tree([w[::-1] for w in MODIFIERS])}|[0-9]++)(?![a-z0-9]))"
_CHAIN_LINK = rf"[{re.escape(_CHAIN_GAP)}]*+(?:\n[{re.escape(_CHAIN_GAP)}]*+(?=[a-z])|)"
# (each word after the first is apart from the one before by at least one character, with no look-ahead to say
# so: the one before ends before no letter or digit, and a word opens with one; "(?:...|)", a branch, for each
# optional part, not "?", a repeat's context entered. The runs of gap characters and digits are possessive: a
# run given back leaves a gap character where a line break or a word must open, or a digit where none may
# follow, so the engine, which tried each shorter run when the word after failed, found nothing that way.)
_CHAIN_REVERSED = re.compile(_CHAIN_LINK + _CHAIN_WORD + "".join(
    f"(?:{_CHAIN_LINK}{_CHAIN_WORD}" for _ in range(4)) + "|)" * 4)


def _modifier_starts(s: str, tpos: int, lo: int) -> list[tuple[int, int]]:
    """(start, end) of the chain of modifier words just before `tpos`, earliest first: at most five,
    each a word of letters and digits (str.isalnum) that is a modifier or a number, the first glued
    to `tpos` or apart from it by characters of _CHAIN_GAP, the others apart by at least one; none
    before `lo`.

    In ASCII (most windows) one match of _CHAIN_REVERSED over the window reversed, its groups' spans
    read back into the text (the last group set is the earliest word)."""
    chunk = s[lo:tpos]
    if not chunk.isascii():
        return _modifier_starts_read(s, tpos, lo)
    m = _CHAIN_REVERSED.match(chunk[::-1].lower())
    if m is None:
        return []
    if m.lastindex == 1:  # (one word, most chains: its span, without the regs' tuple and a comprehension)
        a, b = m.span(1)
        return [(tpos - b, tpos - a)]
    return [(tpos - b, tpos - a) for a, b in m.regs[m.lastindex:0:-1]]


def _modifier_starts_read(s: str, tpos: int, lo: int) -> list[tuple[int, int]]:
    """_modifier_starts, read character by character (a window beyond ASCII)."""
    starts: list[tuple[int, int]] = []
    j = tpos
    for _ in range(5):
        k = j
        while k > lo and s[k - 1] in " ,-\t":
            k -= 1
        wrapped = k > lo and s[k - 1] == "\n"  # one line break of hard-wrapped text, as above
        if wrapped:
            k -= 1
            while k > lo and s[k - 1] in " ,-\t":
                k -= 1
        if k == j and j != tpos:
            break
        w_end = k
        while k > lo and s[k - 1].isalnum():
            k -= 1
        if k == w_end or s[k:w_end].lower() not in MODIFIERS and not s[k:w_end].isdigit() or \
                wrapped and not s[k:w_end].isalpha():
            break
        starts.append((k, w_end))
        j = k
    starts.reverse()
    return starts


# For each alternative of the master pattern (its group "K_<rule>"): the
# rule's name, its named groups and its validity check, looked up once per
# match instead of three times.
_BY_GROUP = {f"K_{r.name}": (r.name, _KIND_GROUPS[r.name], r.valid) for r in RULES}
_new = object.__new__
_set = object.__setattr__


def _mention(m: re.Match, s: str) -> Mention | None:
    kind, names, valid = _BY_GROUP[m.lastgroup]
    values = m.group(*names) if len(names) > 1 else (m.group(names[0]),)
    # (zip without strict=: the values are the names' own, one each; the keyword cost ~1.5k instructions a mention)
    gd = dict(zip(names, values))  # noqa: B905 - (see above)
    if valid is not None and not valid(m, s, gd):
        return None
    start, end = m.span()
    # Mention(kind, start, end, text, groups) with Mention.g set: the instance's __dict__ in one step (as
    # types.fast_init's __init__ sets it), with "g" in it, not added after (Mention.g; a frozen dataclass).
    mention = _new(Mention)
    _set(mention, "__dict__", {"kind": kind, "start": start, "end": end, "text": s[start:end],
                               "groups": tuple([kv for kv in gd.items() if kv[1] is not None]), "g": gd.get})
    return mention


# master_for's patterns by the text it reads at a start (its word and the character after it): a dict
# lookup in find_mentions, not a call of master_for and of its two caches per start. Emptied when full,
# as a cache of the heads of one process's texts (a few thousand on a corpus) need not grow without end.
_HEAD_PATTERNS: dict[str, tuple[tuple[str, ...], tuple[re.Pattern, ...]]] = {}
_HEAD_PATTERNS_MAX = 8192
# ... and by the text it reads when a chain's next word narrows them ("the last ": s[start:end + 1]).
_CHAIN_PATTERNS: dict[str, tuple[re.Pattern, ...]] = {}


def _head_patterns(head: str) -> tuple[tuple[str, ...], tuple[re.Pattern, ...]]:
    """(the rules master_for keeps for the ASCII `head`, their patterns), remembered."""
    if len(_HEAD_PATTERNS) >= _HEAD_PATTERNS_MAX:
        _HEAD_PATTERNS.clear()
    names = _rules_for_text(head)
    found = _HEAD_PATTERNS[head] = (names, _patterns(names))
    return found


def _match_start(s: str, start: int, word_end: int, end: int | None) -> re.Match | None:
    """match_at(s, start, word_end, end): the first match of master_for's patterns at s[start]."""
    head = s[start:word_end + 1]
    found = _HEAD_PATTERNS.get(head)
    if found is None:
        if not head.isascii():
            return match_at(s, start, word_end, end)
        found = _head_patterns(head)
    names, patterns = found
    if end is not None and end > word_end and len(names) > 1:
        # Read with the next word of the chain too ("the last"): the rules master_for keeps for the longer
        # text, remembered by it (it opens with `head`, which it decides).
        chain_head = s[start:end + 1]
        narrowed = _CHAIN_PATTERNS.get(chain_head)
        if narrowed is None:
            if len(_CHAIN_PATTERNS) >= _HEAD_PATTERNS_MAX:
                _CHAIN_PATTERNS.clear()
            narrowed = _CHAIN_PATTERNS[chain_head] = master_for(s, start, word_end, end)
        patterns = narrowed
    for rx in patterns:
        m = rx.match(s, start)
        if m is not None:
            return m
    return None


def find_mentions(s: str, triggers: list[tuple[int, int]] | None = None, *, kept: bool = False,
                  offset: int = 0) -> list[Mention]:
    """All temporal expressions in `s`, left to right, non-overlapping.

    `triggers`: trigger_spans(s), when the caller has them already (the
    extractor scans a whole article once, not each sentence), or those of
    them article_triggers keeps (the others start nothing). `kept` says
    they are the latter: _starts_nothing said no to each already, and says
    the same on the sentence as on the text (article_triggers), so it is not
    asked again. `offset`: where `s` starts in the text the triggers' offsets
    are in (the article's: its sentence's triggers are taken off it as read,
    with no list of them made for the sentence).
    """
    out: list[Mention] = []
    last_end = 0
    for tpos, tend in trigger_spans(s) if triggers is None else triggers:
        if offset:
            tpos -= offset
            tend -= offset
        if tpos < last_end:
            continue
        if not kept and _starts_nothing(s, tpos, tend):
            continue
        lo = tpos - _LOOKBACK
        starts = _modifier_starts(s, tpos, lo if lo > last_end else last_end)  # max(): see fastpath's note
        if not starts:
            # The trigger alone (most): a bare "days", "year", "night" needs "two", "last", "this"... before it.
            if s[tpos:tend].lower() in UNIT_TRIGGERS and not _YEAR_END_AHEAD.match(s, tend):
                continue
            m = _match_start(s, tpos, tend, None)
            if m is not None:
                mention = _mention(m, s)
                if mention is not None:
                    out.append(mention)
                    last_end = m.end()
            continue
        starts.append((tpos, tend))
        last = len(starts) - 1
        for i, (start, word_end) in enumerate(starts):
            # A modifier may be read with the word after it ("the last", "a few"), the trigger alone.
            m = _match_start(s, start, word_end, starts[i + 1][1] if i < last else None)
            if m is None or m.end() <= tpos:
                continue
            mention = _mention(m, s)
            if mention is not None:
                out.append(mention)
                last_end = m.end()
                break
    if out and " and " in s:
        # (the mentions looked over first, for a month's range: a search of the whole sentence cost more)
        for m in out:
            if m.kind == "mdy" and m.g("mdy_d2") and not m.g("mdy_and"):
                out = _with_second_day_ranges(s, out)
                break
    return out


# "fixed Feb 1-3 and 14-16 for the hearing": a second range of days after a month's range, in that month, when
# nothing after it makes it a count or a score (as a pair's second day, grammar._PAIR_END).
_AND_DAY_RANGE = re.compile(r"\s+and\s+(?P<d>[1-9]|[12]\d|3[01])\s*[-–]\s*(?P<d2>[1-9]|[12]\d|3[01])"
                            r"(?=\s*[,.;:)]|\s*$|\s+(?:in|at|on|when|as|after|before|with|for|but|while|"
                            r"this|last|next|of|to|from)\b)")
_RANGE_DAY_GROUPS = ("mdy_mon", "mdy_mod")


def _with_second_day_ranges(s: str, out: list[Mention]) -> list[Mention]:
    """`out` with a mention for each second range of days after a month's range of days, yearless ("Feb 1-3
    and 14-16"): the month's days, as a mention of the month's range would be."""
    result = []
    for i, m in enumerate(out):
        result.append(m)
        if m.kind != "mdy" or not m.g("mdy_d2") or m.g("mdy_and") or m.g("mdy_y") or m.g("mdy_btw"):
            continue
        found = _AND_DAY_RANGE.match(s, m.end)
        if found is None or int(found.group("d")) >= int(found.group("d2")) or \
                i + 1 < len(out) and out[i + 1].start < found.end():
            continue
        start, end = found.start("d"), found.end("d2")
        gd = {name: m.g(name) for name in _RANGE_DAY_GROUPS}
        gd["mdy_d"], gd["mdy_d2"], gd["mdy_then"] = found.group("d"), found.group("d2"), "and"
        second = _new(Mention)
        _set(second, "__dict__", {"kind": "mdy", "start": start, "end": end, "text": s[start:end],
                                  "groups": tuple(sorted(kv for kv in gd.items() if kv[1] is not None)),
                                  "g": gd.get})
        result.append(second)
    return result
