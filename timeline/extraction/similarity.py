"""Whether two statements describe the same happening, judged from their
titles, actors and categories.

Used twice: inside one article, to gather the statements about one happening
into one proposed event (statements.group_statements), and across articles,
when an article reports an event already in the timeline (same date and
precision): its mention joins that event instead of making a second one
(timeline.importing.find_match). Deliberately strict: a missed match leaves a
duplicate that an editor can see and join; a wrong match would hide an event.

Words are compared fuzzily (rapidfuzz), so that "fires"/"fired" and
"launch"/"launches" count as the same word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from .events import aliases_of, known_names

# Words that say nothing about what happened.
_STOPWORDS = frozenset(
    """a an the and or but of in on at to for from with by as into onto over after before since during
    about against between through than then that this these those it its it's he she they them their his
    her our we you i was were is are be been being has have had do does did will would could should may
    might can said says say told officials official according also more most new first last next other
    such there which who whom whose what when where while not no yes very just after into near some
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning
    january february march april may june july august september october november december week month
    year years day days earlier later""".split()
)
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
# Shared content words that make two titles the same event on their own.
MIN_SHARED_WORDS = 3
# Two words are the same word at this rapidfuzz ratio ("missile"/"missiles").
WORD_RATIO = 80
# Categories that say nothing against another: a statement about a launch
# and the launch can be one happening.
_NEUTRAL_CATEGORIES = frozenset({None, "", "other", "statement"})


# Sized for a bulk import's batch: its thousands of titles are each compared
# with every candidate of their date, and their words with each other's.
# Every ASCII character but a-z, 0-9, "-" and "'" made a space (categories._TO_SPACE's way): in lower-cased ASCII
# text, _WORD's matches lie inside the runs of the others, which the split of the translated text gives.
_TO_SPACE = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 or c in (39, 45) else 32 for c in range(256))


@lru_cache(maxsize=1 << 15)
def content_words(text: str) -> frozenset[str]:
    """The words of a title that carry its meaning, plurals folded."""
    low = text.lower()
    if low.isascii():
        # _WORD's matches without the regex (content_words_read's words, test_fast_paths): each run of letters,
        # digits, "-" and "'" is one match when it holds neither of the two (most words of a title); a run with
        # one is read by the regex (a match never crosses a run's end, the regex reads it as in the text). The
        # stop words go by one set difference in C, and the loop in Python reads only the words left, each once:
        # the test of each word is its own, so the order they are tested in does not matter.
        # (A regex call, a match object and the tests a word cost ~40k instructions a title, cold: grouping
        # reads each of an article's titles once.)
        runs = low.encode("ascii").translate(_TO_SPACE).decode("ascii").split()
        if "'" in low or "-" in low:
            runs = [word.removesuffix("'s") for run in runs
                    for word in ((run,) if "'" not in run and "-" not in run else _WORD.findall(run))]
        words = set()
        for word in set(runs).difference(_STOPWORDS):
            if len(word) < 3:
                continue
            if len(word) > 4 and word[-1] == "s" and word[-2] != "s":  # (str.endswith: ~1k instructions a call)
                word = word[:-1]
            words.add(word)
        return frozenset(words)
    return content_words_read(low)


def content_words_read(low: str) -> frozenset[str]:
    """content_words of lower-cased text, its words read by _WORD (text beyond ASCII)."""
    words = set()
    for word in _WORD.findall(low):
        word = word.removesuffix("'s")
        if word in _STOPWORDS or len(word) < 3:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1 << 17)
def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a[:3] != b[:3]:
        return False
    # "launched"/"launches": a long common stem; "fired"/"fires": close spelling.
    stem = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        stem += 1
    return stem >= 5 and stem >= 0.7 * min(len(a), len(b)) or fuzz.ratio(a, b) >= WORD_RATIO


@lru_cache(maxsize=1 << 15)  # same_happening and same_event often ask twice
def shared_words(words: frozenset[str], other: frozenset[str]) -> int:
    """How many words of the smaller set have a same word in the other."""
    small, large = (words, other) if len(words) <= len(other) else (other, words)
    # _same_word is True for a word itself, else only for two words of four letters or more that begin
    # with the same three: each word of the smaller set is tried against those of the larger only (most
    # have none), not against all of them (a cached call per pair cost most of a new title's grouping).
    by_head: dict[str, list[str]] = {}
    for x in large:
        if len(x) >= 4:
            by_head.setdefault(x[:3], []).append(x)
    shared = 0
    for w in small:
        if w in large:
            shared += 1
        elif len(w) >= 4 and w[:3] in by_head:
            for x in by_head[w[:3]]:
                if _same_word(w, x):
                    shared += 1
                    break
    return shared


def actor_words(actors) -> frozenset[str]:
    """The words of the actors' names and of their other names ("European
    Union" for EU): none of them says what happened."""
    return frozenset().union(*map(_actor_words, actors))


# Keyed on one actor, not on a statement's or a pair's list of them: grouping asks for the actors of each
# pair of statements, whose lists differ from pair to pair but are made of the article's few actors. The
# words of a list are those of its actors together (no word runs across the space that joined them).
@lru_cache(maxsize=1 << 14)
def _actor_words(actor: str) -> frozenset[str]:
    return content_words(" ".join([actor, *aliases_of(actor)]))


def same_event(title: str, other_title: str, *, actors=(), other_actors=(), category=None,
               other_category=None) -> bool:
    """True when two titles say the same thing about the same actors.

    Words of the actors' names are no evidence: in a story about North
    Korea, nearly every title says "North Korea". Two known, different
    categories (a launch, a meeting) are never the same happening. Actors
    both sides name lower the bar from three shared words to two."""
    if category not in _NEUTRAL_CATEGORIES and other_category not in _NEUTRAL_CATEGORIES \
            and category != other_category:
        return False
    return _says_the_same(*_evidence(title, other_title, actors, other_actors))


def _evidence(title, other_title, actors, other_actors) -> tuple[int, int, set[str]]:
    """(content words the titles share beyond the actors' names, the fewer
    content words of the two, the actors both name, casefolded): what
    same_event and same_happening weigh, computed once for both.

    Two titles none of whose words begin with the same three letters share no word (_same_word needs those,
    and a content word has three at least), whatever the actors' words take away; and with none shared the
    fewer count weighs nothing (_says_the_same). So for them (two pairs in three grouping compares) the
    actors' words, the two differences and shared_words are not worked out: (0, 0, common), from the heads
    of the titles' words (_word_heads, cached with the titles' words). _evidence_read is the whole form
    (test_fast_paths)."""
    common = {a.casefold() for a in actors} & {a.casefold() for a in other_actors}
    if _word_heads(title)[0].isdisjoint(_word_heads(other_title)[0]):
        return 0, 0, common
    return _evidence_read(title, other_title, actors, other_actors, common)


def _evidence_read(title, other_title, actors, other_actors, common=None) -> tuple[int, int, set[str]]:
    """_evidence, every count worked out (`common` given when the caller has it)."""
    if common is None:
        common = {a.casefold() for a in actors} & {a.casefold() for a in other_actors}
    names = actor_words([*actors, *other_actors])
    words, other = content_words(title) - names, content_words(other_title) - names
    n, n_other = len(words), len(other)
    return shared_words(words, other), n_other if n_other < n else n, common  # min(): see fastpath's note


def _says_the_same(shared: int, fewer: int, common: set[str]) -> bool:
    return shared >= MIN_SHARED_WORDS or (bool(common) and shared >= 2 and shared >= 0.5 * fewer)


def same_happening(title: str, other_title: str, *, actors=(), other_actors=(), category=None,
                   other_category=None, strict=False) -> bool:
    """For two statements already known to share a date at its precision:
    the same happening when their titles say the same thing (same_event), or
    when they have the same known category and an actor or a word of the
    predicate in common, or when one has no telling category (none,
    "other", "statement") and a person is named by both.

    `strict` (a new report against events other articles stored, where a
    wrong match would hide an event): the same category and two words of
    the predicate, or a person both name; a country or organisation in
    common is no evidence there ("North Korea" fires most days of a story).
    Measured on the demo corpus (bench/event_quality.py): within articles
    the lenient rule finds 5 times the pairs same_event finds; across
    articles the strict one finds 1.5 times as many, with no wrong pair."""
    if category not in _NEUTRAL_CATEGORIES and other_category not in _NEUTRAL_CATEGORIES \
            and category != other_category:
        return False  # a launch and a meeting (same_event says so too)
    shared, fewer, common = _evidence(title, other_title, actors, other_actors)
    if _says_the_same(shared, fewer, common):
        return True  # same_event
    if not category or category != other_category or category == "other":
        # One of them has no telling category: a person both statements
        # name is the evidence ("We agreed to set up a task force", a quote
        # with no category, and the envoys' meeting both name Park
        # Min-jae); a country is not.
        return bool(common - known_names())
    if strict:
        return shared >= 2 or bool(common - known_names())
    return bool(common) or shared >= 1


@lru_cache(maxsize=1 << 15)
def _word_heads(text: str) -> tuple[frozenset[str], dict[str, int]]:
    """The first three letters of a title's content words, and how many of
    its words start so: two words are the same word (_same_word) only when
    those agree."""
    heads = {}
    for word in content_words(text):
        heads[word[:3]] = heads.get(word[:3], 0) + 1
    return frozenset(heads), heads


def could_be_same_happening(title: str, other_title: str, *, actors=(), other_actors=(), category=None,
                            other_category=None) -> bool:
    """False only when same_happening(..., strict=True) is False too, found
    for a fraction of its cost: a bulk import asks it of each candidate
    before the whole rule (importing.EventWriter.match).

    The strict rule needs a known category in common (or one side
    neutral), and then two shared words of the predicate or a person both
    name. Two words are the same only if their first three letters agree
    (or they are equal), and taking the actors' words away shares no more,
    so fewer than two words of either title whose first letters the other
    has, and no name both give beyond the engine's countries and
    organisations, rule it out."""
    if category not in _NEUTRAL_CATEGORIES and other_category not in _NEUTRAL_CATEGORIES \
            and category != other_category:
        return False
    heads, counts = _word_heads(title)
    other_heads, other_counts = _word_heads(other_title)
    both = heads & other_heads  # most pairs: none, or one
    if both and max(sum(counts[h] for h in both), sum(other_counts[h] for h in both)) >= 2:
        return True
    common = {a.casefold() for a in actors} & {a.casefold() for a in other_actors}
    if not common:
        return False
    return bool(common - known_names())


# The share of the longer title's words the other must have for two
# reports dated apart to be one happening (reported_again).
APART_SHARED = 0.75


def reported_again(title: str, other_title: str, *, actors=(), other_actors=(), category=None,
                   other_category=None) -> bool:
    """For two statements dated a few days apart: whether their wording
    says they report one happening. More than same_happening asks of a
    same-date pair: the same known category, an actor both name, and titles
    that say the same thing (same_event) with at least three quarters of
    the longer one's words in the other. The caller adds what wording
    cannot tell (a country's launches two days apart read alike):
    importing.EventWriter.nearby."""
    if category in _NEUTRAL_CATEGORIES or category != other_category:
        return False
    if not {a.casefold() for a in actors} & {a.casefold() for a in other_actors}:
        return False
    if not same_event(title, other_title, actors=actors, other_actors=other_actors, category=category,
                      other_category=other_category):
        return False
    names = actor_words([*actors, *other_actors])
    words, other = content_words(title) - names, content_words(other_title) - names
    return shared_words(words, other) >= max(2, APART_SHARED * max(len(words), len(other)))
