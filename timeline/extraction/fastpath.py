"""Cheap necessary conditions that let the engine skip a regex that cannot match.

Python's regex engine speeds up a search only when the pattern opens with a
literal or a case-sensitive character class; a pattern opening with \\b, a
lookaround, or letters under re.IGNORECASE is tried at every position of the
text (~40 us for a 200-character sentence with a dozen alternatives). Most
sentences hold none of the words such a pattern needs, and a substring test
(`in`, in C) says so in well under a microsecond.

Each shortcut keeps a word list beside its regex ("every match holds one of
these"); tests/extraction/test_fast_paths.py checks that the shortcut gives
exactly what the regex alone gives.

The builtins max() and min() are slow in Python 3.11 for two numbers: each
call builds an argument tuple, parses it for key= and default= and walks an
iterator over it, ~1,200 instructions (callgrind), where a conditional
expression takes ~130. Lines run for every trigger, sentence or mention
(the window before a date: `s[max(0, at - 20):at]`) write the conditional
instead, the same value: `at - 20 if at > 20 else 0` for max(0, at - 20),
`b if b > a else a` for max(a, b), `b if b < a else a` for min(a, b).
Likewise a match's group is read as `m[0]`, `m["name"]` (Match.__getitem__,
the same value) rather than `m.group()`, `m.group("name")`, whose argument
tuple costs ~170-370 instructions more a read. And on such lines a short test over a
few items is a loop or a list, not any(), all() or tuple() over a generator
expression: setting the generator up and resuming it for each item costs
a few thousand instructions a call. str.find, rfind, count, startswith and
endswith are METH_VARARGS in 3.11 too (~1,000 instructions a call, callgrind):
on such lines a one-character test is `c in s` (a binary operator), a prefix
or suffix test a slice compared (`w[-2:] in ("'s", "’s")` for
`w.endswith(("'s", "’s"))`, `s[-1:] == "\n"` for `s.endswith("\n")`: the same
truth value for any string), and a text's lines one split, not a find each.
"""
from __future__ import annotations

# The only characters beyond ASCII that re.IGNORECASE matches to an ASCII
# letter, as a literal or in a class, with that letter: "ſ" (s), "ı" and "İ"
# (i), the Kelvin sign (k). str.lower() keeps "ſ" and "ı" as they are, so with
# one of them in the text a lower-case substring test could miss what the
# regex finds.
ASCII_FOLDS = {"ſ": "s", "ı": "i", "İ": "i", "\u212a": "k"}
FOLDS_TO_ASCII = tuple(ASCII_FOLDS)


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when `text` holds none of `words` (lower case), the way
    re.IGNORECASE compares letters: then no regex whose every match holds
    one of them can match in `text`."""
    if not text.isascii() and any(c in text for c in FOLDS_TO_ASCII):
        return True  # rare: let the regex decide
    low = text.lower()
    for w in words:  # a loop, not any() over a generator: ~1.5x faster on a dozen words
        if w in low:
            return True
    return False


def holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words` (case-sensitive): any() over a generator, without the
    generator (~2x faster on a sentence and a few dozen words)."""
    for w in words:
        if w in text:
            return True
    return False


def ends_with_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` ends with one of `words` (lower case) and whitespace
    after it: a necessary condition for the regexes that end in "word,
    whitespace, end of text" (tense._REPORTING, stages._NEW_DATE_BEFORE ...),
    which the regex engine would try at every position of the text."""
    core = text.rstrip()  # str.isspace() and the regexes' \s are the same characters
    if len(core) == len(text):
        return False
    tail = core[-12:]
    if not tail.isascii():
        return True  # "ſaid" matches "said" under re.IGNORECASE: let the regex decide
    return tail.lower().endswith(words)


def search_last_words(rx, text: str, words: int, lo: int = 0, hi: int | None = None):
    """rx.search(text, lo, hi), the same match, for a pattern whose every match ends the window (its last
    whitespace and "$") and spans at most `words` of the window's words (runs between whitespace): searched
    from the start of the window's last `words` words, not entered at each position before them (look-behinds
    and \\b at the match's start still see the text before it, as in the whole search)."""
    if hi is None:
        hi = len(text)
    parts = text[lo:hi].rsplit(None, words)
    return rx.search(text, lo + len(parts[0]) if len(parts) > words else lo, hi)


# The last text lines_of split and its lines: (text, lines), or None.
_LINES_OF: tuple[str, list[str]] | None = None


def lines_of(text: str) -> list[str]:
    """text.split("\\n"), the list shared by the readers of one article's lines (publication.find_publication,
    page_furniture._list_lines, sentences._line_spans and _looks_wrapped, each asked once of the same text in
    a row): the last text's lines are kept, found again by the text's identity, not split anew (a split copies
    every line: ~0.2 ms a TimeBank pass each). Callers read the list and never change it."""
    global _LINES_OF
    last = _LINES_OF
    if last is not None and last[0] is text:
        return last[1]
    lines = text.split("\n")
    _LINES_OF = (text, lines)  # (one tuple set at once: a thread reading it sees a text with its own lines)
    return lines
