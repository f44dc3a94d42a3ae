"""The article's text as the engine takes it: refused when it is no article (too long, binary,
too few letters), and its HTML blanked to spaces with offsets kept, so that every position the
engine gives is one in the text as given."""
from __future__ import annotations

import re
import string

from .lexicon import MONTH_NAME_ALTERNATION
from .types import ExtractionError

MAX_CHARS = 1_000_000

HTML_HINT = re.compile(r"<(?:!doctype|html|head|body|p|div|br|span|a|h[1-6]|article|section|li|ul|table|td|tr|"
                       r"em|strong|b|i|script|style|meta|title|figure|figcaption|img)\b[^>]{0,2000}>", re.IGNORECASE)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]{0,2000}>|<!doctype[^<>]{0,2000}>", re.IGNORECASE)
_BLOCK = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table article section header footer "
                   "figure figcaption blockquote title head body html pre hr nav aside main".split())
_ENTITY = re.compile(r"&(?:nbsp|amp|quot|apos|lt|gt|#\d{1,6}|#x[0-9a-fA-F]{1,6});")


_HIDDEN_OPEN = re.compile(r"<(script|style|noscript|template)\b|<!--", re.IGNORECASE)


def _blank_hidden(text: str) -> str:
    """Blank <script>/<style>/comment blocks, same length; one pass (no regex backtracking)."""
    low = text.lower()
    out = []
    pos = 0
    for m in _HIDDEN_OPEN.finditer(low):
        if m.start() < pos:
            continue
        closer = "-->" if m[0] == "<!--" else "</" + m[1]
        end = low.find(closer, m.end())
        end = len(text) if end == -1 else low.find(">", end) + 1 or len(text)
        out.append(text[pos:m.start()])
        out.append(re.sub(r"[^\n]", " ", text[m.start():end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def mask_html(text: str) -> str:
    """Blank out tags (same length, so offsets stay valid); block tags become line breaks."""
    def tag(m: re.Match) -> str:
        name = (m[1] or "").lower()
        n = len(m[0])
        return ("\n" + " " * (n - 1)) if name in _BLOCK and n else " " * n

    def entity(m: re.Match) -> str:
        e = m[0]
        rep = {"&nbsp;": " ", "&amp;": "&", "&quot;": '"', "&apos;": "'", "&lt;": "<", "&gt;": ">"}.get(e, " ")
        return rep + " " * (len(e) - 1)

    text = _blank_hidden(text)
    text = _TAG.sub(tag, text)
    return _ENTITY.sub(entity, text)


# Control characters (but not ordinary whitespace), replacement characters,
# lone surrogates, private-use characters: what decoded binary looks like.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff\ue000-\uf8ff]")


def check_usable(text: str) -> None:
    global _CLASSES_OF
    if len(text) > MAX_CHARS:
        raise ExtractionError(
            f"Text is too long ({len(text):,} characters); the limit is {MAX_CHARS:,}. Split the article.")
    sample = text if len(text) <= 200_000 else text[:100_000] + text[-100_000:]
    n = len(sample)
    classes = None
    if sample.isascii():
        # The same count in C: in ASCII text only the control characters can be bad. The text's characters
        # by their classes (_CLASSES: one translation in C, ~9 instructions a character) hold "\x01" for each;
        # most texts hold none, which one search (memchr) finds. The letters are counted from the same
        # classes (_enough_letters), and plain_edits reads its glued names from them after this.
        classes = sample.encode("ascii").translate(_CLASSES)
        bad = classes.count(b"\x01") if b"\x01" in classes else 0
    else:
        bad = len(_BAD_CHARS.findall(sample))
    if "\x00" in sample or bad > 2 and bad > n * 0.02:  # (bad > max(2, n * 0.02): fastpath's note)
        raise ExtractionError("Input does not look like text (binary or control characters); "
                              "paste the article's text, not a file's raw bytes.")
    if n >= 40 and not (_has_letters(sample, n * 0.25) if classes is None else _enough_letters(classes, n * 0.25)):
        raise ExtractionError("Input does not look like an article: too few letters.")
    if classes is not None and sample is text:
        _CLASSES_OF = (text, classes)  # (for plain_edits, which the engine asks next of the same text)


# The classes of the characters of a text's UTF-8 bytes (bytes.translate): a lower-case ASCII letter "a", a capital
# that opens a name of _GLUED_NAME "M", another capital "A", an ASCII character of _BAD_CHARS "\x01", all else " "
# (each byte of a character beyond ASCII among them).
_CLASSES = bytes(ord("a") if 97 <= c <= 122 else ord("M") if chr(c) in "ADFJMNOSTW" else ord("A") if 65 <= c <= 90
                 else 1 if c < 128 and _BAD_CHARS.match(chr(c)) else 32 for c in range(256))
# The last text check_usable classified and its classes (_CLASSES), for plain_edits: (text, classes), or None.
_CLASSES_OF: tuple[str, bytes] | None = None


def _enough_letters(classes: bytes, needed: float) -> bool:
    """_has_letters of an ASCII text from its classes (_CLASSES): whether it holds at least `needed` letters.
    The lower-case letters of its first half are most often enough (an article's letters are most of its
    characters, and `needed` a quarter of them): one count in C of half the text; else all letters are counted."""
    if classes.count(b"a", 0, len(classes) >> 1) >= needed:
        return True
    return classes.count(b"a") + classes.count(b"M") + classes.count(b"A") >= needed


def _has_letters(sample: str, needed: float) -> bool:
    """At least `needed` letters in `sample`; counts chunk by chunk and stops once
    there are enough (an article gets there within its first few hundred characters).
    Each chunk holds as many characters as letters are still missing (fewer cannot
    hold them), 64 at least: an article's letters are read about once."""
    letters = 0
    pos = 0
    while pos < len(sample):
        step = int(needed - letters) + 1
        if step < 64:  # step = max(64, ...): see fastpath's note
            step = 64
        chunk = sample[pos:pos + step]
        pos += step
        if chunk.isascii():
            # The same count in C: an ASCII character is a letter exactly
            # when it is one of A-Z, a-z (~10x faster than str.isalpha per character).
            letters += len(chunk) - len(chunk.encode("ascii").translate(None, _ASCII_LETTERS))
        else:
            letters += sum(map(str.isalpha, chunk))
        if letters >= needed:
            return True
    return False


_ASCII_LETTERS = string.ascii_letters.encode("ascii")


# A month's or a weekday's name glued to the lower-case word before it, as scraped text loses the space a link's
# or a tag's edge stood for ("voted onMay 8", "to cancelWednesday's game"): a word of two or more lower-case
# letters opening a token (not a hashtag's or a handle's, "#GivingTuesday", nor part of a web address, nor a
# name's "McMonday") and the name, a whole word after it.
_GLUED_NAME = re.compile(rf"(?:{MONTH_NAME_ALTERNATION}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         # (each abbreviation a literal of its own: a group inside the alternation made the search
                         # try every character, 20 times slower)
                         r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)(?![A-Za-z])")
_TOKEN_EDGE = frozenset(" \t\n\"“‘(")
# ... but not a page's time stamp glued to its headline, a full date with its year and a clock time after the name
# ("Court remands two suspectsMonday, January 6, 2020 22:14": page_furniture reads it as the page's)
_STAMP_AFTER = re.compile(r"[^\n]{0,24}?\b(?:1[89]|20)\d\d,?\s+\d{1,2}:\d\d")
# The cheap test before _GLUED_NAME's search (which reads every character against its names' first letters: ~23M
# instructions a TimeBank pass): the text's classes (_CLASSES, from its UTF-8 bytes). A glued name needs a lower-case
# ASCII letter right before its capital, "aM" there (an ASCII character is one byte, so neighbours stay neighbours);
# most texts have none.


def plain_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits (at, characters deleted, text inserted), in order, that make `text` plain as the engine's rules
    read it: a line end "\r\n" is "\n" (a Windows file's, a form post's; a lone "\r" is "\n" too), and a space
    parts a month's or a weekday's name glued to the word before it (_GLUED_NAME). None for most texts."""
    edits = []
    if "\r" in text:
        edits += [(m.start(), 2, "\n") if m[0] == "\r\n" else (m.start(), 1, "\n") for m in re.finditer("\r\n?", text)]
    global _CLASSES_OF
    last = _CLASSES_OF
    if last is not None and last[0] is text:
        marks = last[1]  # (check_usable's, of this text)
        _CLASSES_OF = None
    else:
        marks = text.encode("utf-8", "surrogatepass").translate(_CLASSES)
    if b"aM" not in marks:
        return sorted(edits) if edits else edits
    if len(marks) == len(text):
        # ASCII: a byte's place is its character's; the name is tried only where the test found its first letter
        # (after a lower-case letter, which any name kept below has)
        hits, find, at = [], marks.find, marks.find(b"aM")
        while at >= 0:
            if (m := _GLUED_NAME.match(text, at + 1)):
                hits.append(m)
            at = find(b"aM", at + 2)
    else:
        hits = _GLUED_NAME.finditer(text)
    for m in hits:
        at = m.start()
        if not at or not "a" <= text[at - 1] <= "z":
            continue
        word = at - 1
        while word and "a" <= text[word - 1] <= "z":
            word -= 1
        if at - word >= 2 and (not word or text[word - 1] in _TOKEN_EDGE) and not _STAMP_AFTER.match(text, m.end()):
            edits.append((at, 0, " "))
    return sorted(edits) if edits else edits
