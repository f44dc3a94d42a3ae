"""Whether two reports describe the same event, judged from their titles.

Used when an article reports an event already in the timeline (same date,
precision and category): its mention joins that event instead of making a
second one. Deliberately strict: a missed match leaves a duplicate that an
editor can see; a wrong match would hide an event."""
from __future__ import annotations

import re

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
# Shared content words needed to call two titles the same event.
MIN_SHARED_WORDS = 3


def content_words(text: str) -> frozenset[str]:
    """The words of a title that carry its meaning, plurals folded."""
    words = set()
    for word in _WORD.findall(text.lower()):
        word = word.removesuffix("'s")
        if word in _STOPWORDS or len(word) < 3:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return frozenset(words)


def same_event(title: str, other_title: str, *, actors=()) -> bool:
    """True when the titles share enough content words to be one event.

    Words of the actors' names are no evidence: in a story about North
    Korea, nearly every title says "North Korea"."""
    shared = content_words(title) & content_words(other_title)
    return len(shared - content_words(" ".join(actors))) >= MIN_SHARED_WORDS
