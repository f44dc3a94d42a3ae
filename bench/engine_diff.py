"""Differential test of two engine trees: same inputs, outputs compared one by one.

    python bench/engine_diff.py --a /work/main --b /work/sp22            # ~50k generated inputs + corpus
    python bench/engine_diff.py --a /work/main@<rev> --b /work/sp22 --bisect
    python bench/engine_diff.py --a /work/main --b /work/main --size 2000  # self-check: 0 differ

Speed work must keep extract_events' output identical; outhash.py checks that on the rebuilt texts,
but a pre-test ("skip this regex unless the sentence holds one of these words") that is wrong only for
rare spellings passes there and breaks on unseen text. This runs each tree in its own subprocess
(importing that tree's timeline.extraction; PYTHONHASHSEED fixed) over one list of inputs and prints
every input whose output differs: repr of the ExtractedEvent list, uncertain=True (or the exception);
one input in ten is also read with uncertain=False, before or after, and that output compared too.

Inputs (seeded, reproducible; --size sets how many generated ones):
  orig      every sentence and paragraph of the DEV texts (GUIDE.md: realnews's dev split, the DEV
            fresh and weekdays sets, TimeBank, demo, holdout; never a blind set), and the sentences
            of grammar.py's Rule examples, tests/extraction and bench/rule_probes.py (the "bank");
  mut:<m>   copies of those with one or two mutations: upper/lower/title case, curly<->straight quotes
            and apostrophes, dashes swapped, spaces doubled / turned into line breaks, NBSP, tabs,
            one ASCII letter of a word swapped for its re.IGNORECASE fold (s->"ſ", i->"ı"/"İ",
            k->Kelvin sign), stops removed / added after abbreviations, month names <-> abbreviations,
            a.m./p.m. spellings, non-ASCII digits and letters glued to words, affixes on date words
            ("Monday's", "mid-March"), spaced dashes with NBSP/tab/line breaks around them, the sentence
            after another or under another published date ...; --fold-each N sentences (and N/3
            templates) copied once per word holding s/i/k, that letter folded;
  tpl:<t>   sentences built from templates: date phrases of every kind the engine reads, in frames
            of each tense, reported, quoted, under datelines, lists of hours, ranges, two-sentence
            stories; these are mutated too.
--a / --b take a tree (a directory holding timeline/) or DIR@REV (REV's timeline/ exported with
git archive into a temp dir). --bisect walks b's first-parent commits back from b to a and names, for
each differing input, the commit that made b's output (the one after the newest that gives another).
Exit status 1 when an input differs.
"""
from __future__ import annotations

import argparse
import ast
import collections
import datetime as dt
import glob
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = "/work/realnews-cache"

# GUIDE.md's DEV sets (texts in the rebuild cache). Blind sets are never read: see _check_not_blind.
DEV_FRESH = (16, 18, 24, 26, 31, 32, 33, 34, 35, 36, 37, 38, 39, 41, 42, 43, 45, 46, 49, 63, 64)
DEV_WEEKDAYS = ("a", "c", "d", "h", "i", "j")
BLIND = frozenset([f"realnews-fresh{n}" for n in (25, 30, 40, 44, 47, 48, 50, 51, 52, 53, 54,
                                                    55, 56, 57, 58, 59, 60, 61, 62, 65, 66, 67)] +
                  [f"weekdays-{x}" for x in "befg"])


def dev_sets():
    """(name, texts dir, gold path, split or None) of every DEV set."""
    out = [("realnews", f"{CACHE}/realnews/texts", os.path.join(ROOT, "bench/realnews/gold.json"), "dev")]
    out += [(f"realnews-fresh{n}", f"{CACHE}/realnews-fresh{n}/texts",
             os.path.join(ROOT, f"bench/realnews-fresh{n}/gold.json"), None) for n in DEV_FRESH]
    out += [(f"weekdays-{x}", f"{CACHE}/weekdays-{x}/texts", os.path.join(ROOT, f"bench/weekdays-{x}/gold.json"), None)
            for x in DEV_WEEKDAYS]
    out += [("timebank", "/work/shared/dev-set/timebank/texts", "/work/shared/dev-set/timebank/gold.json", None),
            ("demo", os.path.join(ROOT, "timeline/demo/texts"), os.path.join(ROOT, "timeline/demo/gold.json"), None),
            ("holdout", os.path.join(ROOT, "bench/holdout/texts"), os.path.join(ROOT, "bench/holdout/gold.json"), None)]
    for name, *_ in out:
        assert name not in BLIND, name
    return out


def corpus_articles(sets=None):
    """(set/id, text, published ISO) of the DEV articles (realnews: its dev split only)."""
    for name, texts, gold, split in dev_sets():
        if sets and name not in sets:
            continue
        if not (os.path.isdir(texts) and os.path.exists(gold)):
            print(f"# skipped {name}: no texts or gold", file=sys.stderr)
            continue
        with open(gold, encoding="utf-8") as fh:
            arts = json.load(fh)
        for a in arts:
            if split and a.get("split") != split:
                continue
            path = os.path.join(texts, f"{a['id']}.txt")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as fh:
                yield f"{name}/{a['id']}", fh.read(), a.get("published") or "2023-04-06"


_SENT_END = re.compile(r"[.!?][\"'”’)\]]*(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")


def _sentences(line: str) -> list[str]:
    out, start = [], 0
    for m in _SENT_END.finditer(line):
        out.append(line[start:m.start(1)])
        start = m.end(1)
    out.append(line[start:])
    return [s.strip() for s in out if s.strip()]


def split_text(text: str):
    """(sentences, paragraphs) of a text: a paragraph is a run of non-blank lines (as one string,
    its line breaks kept), a sentence a piece of a line between stops. Rough on purpose: the
    pieces are inputs, not the engine's own sentences."""
    sents, paras = [], []
    for para in re.split(r"\n\s*\n", text):
        para = para.strip("\n")
        if not para.strip():
            continue
        paras.append(para)
        for line in para.split("\n"):
            sents.extend(_sentences(line.strip()))
    return sents, paras


# --- the bank: sentences written for rules and tests -------------------------------------------

_ISO = re.compile(r"^\d{4}-\d\d-\d\d$")


def _is_sentence(s: str) -> bool:
    return 12 <= len(s) <= 600 and len(s.split()) >= 3 and re.search(r"[A-Za-z]{2}", s) is not None \
        and "\\" not in s and not s.startswith(("(?", "^", "http"))


def bank_sentences():
    """(sentence, published ISO or None, source) from grammar.py's Rule examples, the string
    constants of tests/extraction (docstrings left out) and bench/rule_probes.py's rows."""
    out = []
    with open(os.path.join(ROOT, "timeline/extraction/grammar.py"), encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "examples":
            for c in ast.walk(node.value):
                if isinstance(c, ast.Constant) and isinstance(c.value, str) and _is_sentence(c.value):
                    out.append((c.value, "2023-04-06", "grammar"))  # the examples' reference day
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/extraction/*.py"))) + \
            [os.path.join(ROOT, "bench/rule_probes.py")]:
        src = "probes" if path.endswith("rule_probes.py") else "tests"
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
        docs = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body and \
                    isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
                docs.add(id(node.body[0].value))
        for node in ast.walk(tree):
            if isinstance(node, ast.Tuple):  # a row: its date (ISO string) goes with its sentence
                consts = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                pub = next((c for c in consts if _ISO.match(c)), None)
                for e in node.elts:
                    if isinstance(e, ast.Constant) and isinstance(e.value, str) and _is_sentence(e.value):
                        out.append((e.value, pub, src))
                        docs.add(id(e))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs \
                    and _is_sentence(node.value) and not node.value.startswith(('"""', "#")):
                out.append((node.value, None, src))
                docs.add(id(node))
    seen, uniq = set(), []
    for s, pub, src in out:
        if s not in seen:
            seen.add(s)
            uniq.append((s, pub, src))
    return uniq


# --- mutations ------------------------------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MONTH_ABBR = {"January": "Jan.", "February": "Feb.", "March": "Mar.", "April": "Apr.", "August": "Aug.",
              "September": "Sept.", "October": "Oct.", "November": "Nov.", "December": "Dec."}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DATE_WORDS = frozenset(w.lower() for w in MONTHS + WEEKDAYS + tuple(MONTH_ABBR.values()) + (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues",
    "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
    "today", "tonight", "yesterday", "tomorrow", "week", "weeks", "weekend", "month", "months", "year",
    "years", "day", "days", "days'", "hours", "hour", "minutes", "morning", "afternoon", "evening", "night",
    "last", "next", "this", "coming", "past", "previous", "following", "ago", "earlier", "later", "since",
    "until", "till", "before", "after", "ahead", "by", "on", "in", "during", "from", "through", "between",
    "said", "says", "say", "will", "would", "was", "is", "has", "had", "been", "expected", "scheduled",
    "plans", "planned", "set", "first", "second", "third", "quarter", "half", "spring", "summer", "autumn",
    "fall", "winter", "christmas", "easter", "thanksgiving", "halloween", "new", "eve", "election", "season",
    "midnight", "noon", "early", "mid", "late", "end", "start", "beginning", "fiscal", "decade", "century",
    "a.m.", "p.m.", "am", "pm", "so", "far", "recently", "now", "currently", "once", "again", "still", "soon",
    "announced", "told", "reported", "added", "insisted", "warned", "yet", "already", "just"))
_WORD = re.compile(r"[A-Za-z][A-Za-z.']*")
_DATEISH = re.compile(r"\d|\b(?:" + "|".join(m[:3] for m in MONTHS) + r"|mon|tue|wed|thu|fri|sat|sun|yesterday|"
                      r"today|tomorrow|tonight|week|month|year|ago|last|next|earlier|later|season|quarter|"
                      r"spring|summer|winter|fall|autumn|christmas|eve|day)", re.I)


def _sub_one(s, rng, pattern, repl, flags=0):
    """Replace one random match of `pattern` (repl: string or function of the match)."""
    ms = list(re.finditer(pattern, s, flags))
    if not ms:
        return None
    m = rng.choice(ms)
    r = repl(m) if callable(repl) else m.expand(repl)
    return s[:m.start()] + r + s[m.end():]


def m_upper(s, rng):
    return s.upper()


def m_lower(s, rng):
    return s.lower()


def m_title(s, rng):
    return s.title()


def m_capwords(s, rng):  # headline case that keeps "April's" as it is
    return re.sub(r"(?<![\w'’])([a-z])", lambda m: m.group(1).upper(), s)


def m_lower_first(s, rng):  # a sentence cut out of a wrapped line
    return s[:1].lower() + s[1:]


def m_curly(s, rng):
    out, opened = [], False
    for i, c in enumerate(s):
        if c == '"':
            out.append("”" if opened else "“")
            opened = not opened
        elif c == "'":
            prev = s[i - 1] if i else " "
            out.append("’" if prev.isalnum() or prev in ".,!?" else "‘")
        else:
            out.append(c)
    return "".join(out)


def m_straight(s, rng):
    return s.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "„": '"', "«": '"', "»": '"'}))


def m_apostrophe(s, rng):
    if "’" in s:
        return s.replace("’", "'")
    return re.sub(r"(?<=\w)'(?=\w|\s)", "’", s)


def m_quote_sentence(s, rng):  # the sentence as a quote, then an attribution
    q = rng.choice([('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’")])
    body = s.rstrip(".")
    return f"{q[0]}{body},{q[1]} {rng.choice(['the mayor said', 'she said', 'said Smith', 'he told reporters'])}."


_DASH_SWAPS = (("-", "–"), ("-", "—"), ("–", "-"), ("—", "-"), ("—", "--"), (" - ", " — "), (" — ", " - "),
               ("—", "–"), ("-", "\u2011"), ("-", "\u2212"), ("-", "\u2010"), (" -- ", " — "), ("—", " — "))


def m_dash(s, rng):
    swaps = [(a, b) for a, b in _DASH_SWAPS if a in s]
    if not swaps:
        return None
    a, b = rng.choice(swaps)
    if rng.random() < 0.5:
        return s.replace(a, b)
    i = rng.choice([m.start() for m in re.finditer(re.escape(a), s)])
    return s[:i] + b + s[i + len(a):]


_NEAR_DATE = re.compile(r"(?<=[A-Za-z.,\d]) (?=\w)")


_ODD_SPACES = (" ", "\u00a0", "\n", "\t", "\u2009", "\u202f", "\r\n", "  ")


def m_dash_space(s, rng):
    """A spaced dash or hyphen with other whitespace around it ("\xa0-\xa0", "\n—\n", " -\t"), or a comma
    turned into one: a test for " - " misses what the regexes' \\s-\\s reads."""
    spaced = list(re.finditer(r" ([-—–]|--) ", s))
    if spaced and rng.random() < 0.7:
        m = rng.choice(spaced)
    else:
        m = next(iter(rng.sample(list(re.finditer(r"(,) ", s)), 1)), None) if ", " in s else None
        if m is None:
            return None
    dash = m.group(1) if m.group(1) != "," else rng.choice(["-", "-", "—", "–", "--"])
    left, right = rng.choice(_ODD_SPACES), rng.choice(_ODD_SPACES)
    if left == right == " ":
        left = right = rng.choice(_ODD_SPACES[1:])
    start = m.start() if m.group(1) != "," else m.start()
    return s[:start] + left + dash + right + s[m.end():]


def _one_space(s, rng, repl):
    """One space replaced, half the time one next to a date word or a figure ("last\nweek", "March 5")."""
    if rng.random() < 0.5:
        near = [m for m in _NEAR_DATE.finditer(s)
                if _DATEISH.match(s, m.end()) or _DATEISH.search(s[max(0, m.start() - 9):m.start()])]
        if near:
            m = rng.choice(near)
            r = repl(m) if callable(repl) else repl
            return s[:m.start()] + r + s[m.end():]
    return _sub_one(s, rng, r" ", repl)


def m_space_double(s, rng):
    return _one_space(s, rng, "  ") if rng.random() < 0.6 else s.replace(" ", "  ")


def m_space_newline(s, rng):
    return _one_space(s, rng, rng.choice(["\n", "\n", " \n", "\r\n", "\n\n"]))


def m_space_nbsp(s, rng):
    r = rng.random()
    if r < 0.4:
        return _one_space(s, rng, "\u00a0")
    if r < 0.6:  # "April\xa05": the space inside a date
        return _sub_one(s, rng, r"(?<=[A-Za-z.]) (?=\d)|(?<=\d) (?=[A-Za-z])", "\u00a0")
    return s.replace(" ", "\u00a0") if r < 0.8 else _one_space(s, rng, rng.choice(["\t", "\u2009", "\u202f",
                                                                                  "\u3000", "\u200a"]))


def m_wrap(s, rng):  # hard-wrapped: a line break every ~40 characters
    width = rng.choice([30, 45, 60])
    out, col = [], 0
    for w in s.split(" "):
        if col and col + len(w) > width:
            out.append("\n")
            col = 0
        elif col:
            out.append(" ")
            col += 1
        out.append(w)
        col += len(w)
    return "".join(out)


_FOLDS = {"s": ["ſ"], "S": ["ſ"], "i": ["ı", "İ"], "I": ["ı", "İ"], "k": ["\u212a"], "K": ["\u212a"]}


def m_fold(s, rng):
    """One ASCII letter of a word (a date or tense word if there is one) swapped for a character
    re.IGNORECASE matches to it but str.lower() does not turn into it."""
    words = [m for m in _WORD.finditer(s) if any(c in _FOLDS for c in m.group())]
    if not words:
        return None
    dated = [m for m in words if m.group().lower().rstrip(".'") in DATE_WORDS or m.group().lower() in DATE_WORDS]
    m = rng.choice(dated if dated and rng.random() < 0.8 else words)
    idx = [m.start() + i for i, c in enumerate(m.group()) if c in _FOLDS]
    i = rng.choice(idx)
    return s[:i] + rng.choice(_FOLDS[s[i]]) + s[i + 1:]


_ABBR_STOP = re.compile(r"\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun|Mr|Mrs|Ms|Dr|"
                        r"St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Jr|Sr|Inc|Corp|Co|No|vs|Ft|Mt|Ave|approx|est|"
                        r"[ap]\.m|U\.S|U\.K|U\.N|D\.C)\.")
_ABBR_BARE = re.compile(r"\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Dr|St|Gov|Sen|No)\b(?!\.)|"
                        r"(?<=\d)\s?(am|pm|a\.m|p\.m)\b(?!\.)|\b(US|UK|UN)\b")


def m_stop_remove(s, rng):
    r = rng.random()
    if r < 0.3:  # all of them
        out = _ABBR_STOP.sub(lambda m: m.group(1), s)
        return out if out != s else None
    if r < 0.45:  # the stops inside "a.m.", "U.S."
        return _sub_one(s, rng, r"\b([apAP])\.([mM])\.|\b(U)\.(S)\.", lambda m: (m.group(1) or m.group(3)) +
                        (m.group(2) or m.group(4)))
    return _sub_one(s, rng, _ABBR_STOP, lambda m: m.group(1))


def m_stop_add(s, rng):
    def add(m):
        if m.group(1):
            return m.group(1) + "."
        if m.group(2):
            return m.group(0)[:len(m.group(0)) - len(m.group(2))] + \
                {"am": "a.m.", "pm": "p.m."}.get(m.group(2), m.group(2) + ".")
        return ".".join(m.group(3)) + "."
    out = _sub_one(s, rng, _ABBR_BARE, add)
    if out is None and rng.random() < 0.5:  # a stop after a word that is no abbreviation
        out = _sub_one(s, rng, r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                               r"yesterday|week|year|month)\b(?=\s)", r"\1.")
    return out


def m_month_form(s, rng):
    full = "|".join(MONTH_ABBR)
    r = rng.random()
    if r < 0.4:
        return _sub_one(s, rng, rf"\b({full})\b", lambda m: rng.choice([MONTH_ABBR[m.group(1)],
                        MONTH_ABBR[m.group(1)].rstrip("."), m.group(1)[:3], m.group(1)[:3] + ".",
                        m.group(1).upper(), m.group(1).lower()]))
    if r < 0.8:
        inv = {v.rstrip("."): k for k, v in MONTH_ABBR.items()}
        inv.update({k[:3]: k for k in MONTH_ABBR}, Sep="September")
        return _sub_one(s, rng, r"\b(" + "|".join(sorted(inv, key=len, reverse=True)) + r")\.?(?=\s)",
                        lambda m: inv[m.group(1)])
    return _sub_one(s, rng, r"\b(" + "|".join(WEEKDAYS) + r")\b",
                    lambda m: rng.choice([m.group(1)[:3], m.group(1)[:3] + ".", m.group(1).upper(),
                                          m.group(1).lower(), m.group(1) + "'s"]))


def m_ampm(s, rng):
    return _sub_one(s, rng, r"\b([ap])\.?m\.?(?=[\s,;)]|$)|\b([AP])\.?M\.?(?=[\s,;)]|$)", lambda m: rng.choice(
        ["{x}.m.", "{x}m", "{X}M", "{X}.M.", "{x}.m", " {x}.m.", "{x} m"]).format(
            x=(m.group(1) or m.group(2)).lower(), X=(m.group(1) or m.group(2)).upper()))


def m_digits(s, rng):  # \d matches them; int() reads them; a test for "0" <= c <= "9" does not
    table = rng.choice(["٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "۰۱۲۳۴۵۶۷۸۹"])
    ds = [m for m in re.finditer(r"\d+", s)]
    if not ds:
        return None
    m = rng.choice(ds)
    return s[:m.start()] + m.group().translate(str.maketrans("0123456789", table)) + s[m.end():]


def m_ordinal(s, rng):
    r = rng.random()
    if r < 0.5:
        return _sub_one(s, rng, r"\b(\d{1,2})(st|nd|rd|th)\b", lambda m: m.group(1) + rng.choice(
            ["", m.group(2).upper(), "th", " " + m.group(2)]))
    return _sub_one(s, rng, r"(?<=[A-Za-z.] )(\d{1,2})\b(?!,? ?\d)", lambda m: m.group(1) + rng.choice(
        ["st", "nd", "rd", "th", "TH"]))


def m_glue(s, rng):  # a letter beyond ASCII next to a word: \w and \b count it, isalpha too, isascii not
    return _sub_one(s, rng, r"\b([A-Za-z]{3,})\b", lambda m: rng.choice([
        m.group(1) + rng.choice("éüñ"), rng.choice("éÉ") + m.group(1), m.group(1)[:-1] + "é",
        m.group(1) + "\u0301", m.group(1) + "\u200b", m.group(1) + "\u00ad" + "x"]))


def m_punct(s, rng):
    r = rng.random()
    if r < 0.3:
        return s.rstrip(".!?") if s.rstrip(".!?") != s else s + "."
    if r < 0.5:
        return s.replace(",", "", 1) if "," in s else None
    if r < 0.7:
        return _sub_one(s, rng, r"(?<=\w) (?=\w)", rng.choice([", ", " (", "; ", "… ", " ... "]))
    if r < 0.85:
        return "  " + s + rng.choice(["\n", " ", "\n\n", "\t"])
    return s.replace("'s", "s'", 1) if "'s" in s else s.replace("s ", "s' ", 1)


_AFFIXES = ("{w}'s", "{w}’s", "{w}s", "{w}s'", "({w})", "-{w}", "{w}-", "mid-{w}", "pre-{w}", "{w}-long",
            "“{w}”", "'{w}'", "{w}.", "{w},", "{w}:", "{w}/", "/{w}", "{w}_", "_{w}", "{w}1", "1{w}", "#{w}", "{w}…",
            "{w}é", "é{w}", "{W}", "{w2}")


def m_affix(s, rng):
    """A date word with something glued to it: "Monday's", "mid-March", "(Friday)", "5pm", "Mondays"; a scan
    of a sentence's words that splits them otherwise than the regex's \\b does gives itself away."""
    words = [m for m in _WORD.finditer(s) if m.group().lower().rstrip(".'") in DATE_WORDS]
    if not words:
        return _sub_one(s, rng, r"\b(\d{1,2}) ?([ap])\.?m\.?", lambda m: m.group(1) + rng.choice(["", " "]) +
                        m.group(2) + rng.choice(["m", "M", ".m.", "m."]))
    m = rng.choice(words)
    w = m.group()
    a = rng.choice(_AFFIXES)
    return s[:m.start()] + a.format(w=w, W=w.upper(), w2=w[:1] + w[1:].upper()) + s[m.end():]


def m_context(s, rng):
    """The sentence after another that sets a day, a place or a time (anchors, datelines, quotes left open)."""
    lead = rng.choice(["On March 3, 2019, the dam broke.", "The vote was held on Tuesday.", "WASHINGTON (AP) —",
                       "“We are ready,” he said.", "The storm hit in 2015.", "Updated 10:14 a.m. ET",
                       "He said: “", "Last year, sales fell.", "Friday, June 2, 2023", "By JANE DOE"])
    return lead + rng.choice([" ", "\n", "\n\n", "  "]) + s


MUTATIONS = {
    "upper": m_upper, "lower": m_lower, "title": m_title, "capwords": m_capwords, "lowerfirst": m_lower_first,
    "curly": m_curly, "straight": m_straight, "apostrophe": m_apostrophe, "quoted": m_quote_sentence,
    "dash": m_dash, "space2": m_space_double, "newline": m_space_newline, "nbsp": m_space_nbsp, "wrap": m_wrap,
    "fold": m_fold, "stop-": m_stop_remove, "stop+": m_stop_add, "monthform": m_month_form, "ampm": m_ampm,
    "digits": m_digits, "ordinal": m_ordinal, "glue": m_glue, "punct": m_punct, "affix": m_affix,
    "context": m_context, "dashspace": m_dash_space,
}
# How often each is drawn (the ones aimed at pre-tests most).
WEIGHTS = {"fold": 6, "upper": 3, "title": 2, "capwords": 2, "lower": 3, "curly": 2, "straight": 2,
           "apostrophe": 2, "dash": 2, "space2": 2, "newline": 3, "nbsp": 3, "stop-": 3, "stop+": 3,
           "monthform": 3, "ampm": 2, "wrap": 1, "lowerfirst": 1, "quoted": 1, "digits": 1, "ordinal": 1,
           "glue": 1, "punct": 1, "affix": 3, "context": 1, "dashspace": 2}


def mutate(s, rng, names=None):
    """(name, mutated) for one or two mutations (None when they change nothing)."""
    pool = names or list(MUTATIONS)
    w = [WEIGHTS.get(n, 1) for n in pool]
    k = 1 if rng.random() < 0.75 else 2
    picked = []
    out = s
    for _ in range(k):
        n = rng.choices(pool, w)[0]
        r = MUTATIONS[n](out, rng)
        if r is not None and r != out:
            out = r
            picked.append(n)
    return ("+".join(picked), out) if picked else None


# --- templates ------------------------------------------------------------------------------------

# Date phrases as adverbials (with their preposition), by kind.
PHRASES = {
    "full": ["on April 5, 2023", "on 5 April 2023", "on Apr. 5, 2023", "on Wednesday, April 5, 2023",
             "on Sept. 30, 2022", "April 5th, 2023", "on the 5th of April, 2023", "on 2023-04-05",
             "on 05/04/2023", "on 4/5/2023", "on 4/5/23", "on 5.4.2023", "Dec. 31, 2022", "on Jan 2 2024"],
    "yearless": ["on April 5", "on March 30", "April 12", "on Dec. 24", "on 12 March", "on the 12th",
                 "on March 3rd", "Sept. 9", "by May 1", "until June 30", "since Feb. 1", "before Jan. 15"],
    "weekday": ["on Monday", "Monday", "last Monday", "next Tuesday", "this Friday", "on Thursday night",
                "Saturday morning", "Sunday's", "on Tuesday, March 28", "this coming Wednesday",
                "the following Saturday", "the previous Friday", "late Friday", "early Sunday",
                "Monday through Friday", "from Monday to Wednesday", "every Tuesday"],
    "deictic": ["yesterday", "today", "tomorrow", "tonight", "this morning", "last night", "this week",
                "last week", "next week", "this weekend", "last weekend", "over the weekend", "this month",
                "last month", "next month", "this year", "last year", "next year", "earlier this month",
                "later this year", "earlier this week", "so far this year", "the day before yesterday",
                "the day after tomorrow", "in the coming days", "in recent weeks", "now", "earlier today"],
    "relative": ["two days ago", "three weeks earlier", "a year later", "in two days", "within 48 hours",
                 "the next day", "the day before", "a week later", "two years ago", "10 days from now",
                 "hours later", "a few days later", "in three months", "five years on", "the following week",
                 "four days after the vote", "two weeks before the election", "a day earlier"],
    "month": ["in March", "in March 2021", "last March", "next March", "in early April", "in mid-March",
              "in late 2022", "by the end of March", "in March alone", "since January", "until December",
              "in the first half of 2023", "in the first quarter of 2023", "in Q3", "in fiscal 2023",
              "in FY2024", "in spring 2024", "last summer", "this fall", "next winter", "in the spring",
              "in the 1990s", "in the '90s", "in 1998", "since 2019", "in 2009-2010", "in 2013/14",
              "by the end of the year", "earlier in the year", "at the start of the month",
              "from March to May", "between 2019 and 2021", "in the summer of 2020"],
    "holiday": ["on New Year's Day", "on Christmas Eve", "at Christmas", "on Thanksgiving", "on Election Day",
                "on Memorial Day", "over Easter weekend", "on Halloween", "on Valentine's Day",
                "on Independence Day", "on Labor Day", "on Boxing Day", "during Ramadan", "on Black Friday"],
    "range": ["from April 3 to 5", "April 3-5", "April 3–5", "between March 3 and 5", "on May 4, 5, 11 and 12",
              "from Monday through Wednesday", "March 30 to April 2", "from 2019 to 2021", "1999-2003",
              "through March 31", "from Jan. 1 through Feb. 15, 2023", "between Friday and Sunday"],
    "clock": ["at 3 p.m. Monday", "at 10:30 a.m. on Tuesday", "at noon Friday", "at midnight", "by 5 pm today",
              "at 7 a.m., 1 p.m. and 5 p.m. daily", "from 9 a.m. to 5 p.m. Saturday", "at 8:00 PM ET Thursday",
              "at 0600 GMT on Wednesday", "around 2 a.m. Sunday", "shortly after 11 p.m. Tuesday"],
}
SUBJECTS = ["The council", "The company", "Police", "Officials", "Smith", "The court", "Voters", "The team",
            "Apple", "The minister", "Protesters", "The storm", "Ukraine's army", "The Senate"]
# (tense, frame): {S} subject, {D} date phrase, {V} a verb in the frame's form.
FRAMES = [
    ("past", "{S} {Vpast} {D}."), ("past", "{S} {Vpast} the plan {D}, officials said."),
    ("past", "{Dc}, {s} {Vpast} the plan."), ("perfect", "{S} has {Vpp} the plan {D}."),
    ("pluperfect", "{S} had {Vpp} the plan {D}."), ("future", "{S} will {V} the plan {D}."),
    ("future", "{S} is expected to {V} the plan {D}."), ("future", "{S} plans to {V} the plan {D}."),
    ("future", "{S} is scheduled to {V} {D}."), ("future", "{S} is set to {V} the plan {D}."),
    ("present", "{S} {Vs} the plan {D}."), ("progressive", "{S} is {Ving} the plan {D}."),
    ("modal", "{S} could {V} the plan {D}."), ("modal", "{S} would {V} the plan {D}, she said."),
    ("negated", "{S} did not {V} the plan {D}."), ("negated", "{S} won't {V} the plan {D}."),
    ("question", "Will {s} {V} the plan {D}?"), ("reported", "{S} said {D} that it would {V} the plan."),
    ("reported", "Smith told reporters {D} that {s} {Vpast} the plan."),
    ("quote", "\"We will {V} the plan {D},\" the mayor said."), ("quote", "“We {Vpast} it {D},” she said."),
    ("quote", "‘They {Vpast} it {D}’, he said."), ("quote", "\"{Dc}, we {Vpast} it.\""),
    ("headline", "{S} To {V} Plan {D}"), ("relative", "The plan, which {s} {Vpast} {D}, failed."),
    ("since", "{S} has not {Vpp} the plan since {D0}."), ("until", "{S} will not {V} the plan until {D0}."),
    ("passive", "The plan was {Vpp} {D}."), ("passive", "The plan will be {Vpp} {D}."),
    ("after", "After {s} {Vpast} the plan {D}, prices rose."),
    ("hours", "Polls open at 7 a.m. and close at 8 p.m. {D}, and results are expected by 11 p.m."),
    ("hours", "The office is open 9 a.m.-5 p.m. {D}; the hotline runs 24 hours."),
]
VERBS = [("approve", "approved", "approved", "approves", "approving"),
         ("announce", "announced", "announced", "announces", "announcing"),
         ("sign", "signed", "signed", "signs", "signing"), ("reject", "rejected", "rejected", "rejects", "rejecting"),
         ("unveil", "unveiled", "unveiled", "unveils", "unveiling"), ("begin", "began", "begun", "begins", "beginning"),
         ("hold", "held", "held", "holds", "holding"), ("meet", "met", "met", "meets", "meeting")]
DATELINES = ["WASHINGTON (AP) — ", "LONDON, April 5 (Reuters) - ", "NEW YORK -- ", "KYIV, Ukraine — ",
             "PARIS, Tuesday —", "BURLINGTON, Vt. (WCAX) -", "Tokyo, March 3 (Kyodo) -- ", "SYDNEY: ",
             "Updated: 5 April 2023 10:14 BST\n", "Posted on April 4, 2023 by Jane Doe\n", "April 5, 2023\n\n",
             "By JANE DOE Associated Press\n\n", "Tokyo, Sept. 20 (Jiji Press)--", "Seoul, September 3 (Yonhap) -- ",
             "Istanbul, Sept. 9 (Anadolu)--", "Kyiv, Ukraine, Aug. 4 (AFP) - ", "Lisbon, Dec. 1 (Lusa) — ", ""]
PUBS = ["2023-04-06", "2021-03-02", "2024-12-30", "2020-02-29", "2022-01-03", "2019-11-05"]


def template(rng):
    """(kind, text, published) of one generated sentence or short story."""
    kind = rng.choice(list(PHRASES))
    d = rng.choice(PHRASES[kind])
    tense, frame = rng.choice(FRAMES)
    v = rng.choice(VERBS)
    subj = rng.choice(SUBJECTS)
    d0 = re.sub(r"^(on|in|at|by|until|since|before) ", "", d)
    text = frame.format(S=subj, s=subj[0].lower() + subj[1:] if subj.startswith("The") else subj, D=d, D0=d0,
                        Dc=d[:1].upper() + d[1:], V=v[0], Vpast=v[1], Vpp=v[2], Vs=v[3], Ving=v[4])
    r = rng.random()
    if r < 0.2:  # a dateline before it
        text = rng.choice(DATELINES) + text
    elif r < 0.4:  # a second sentence that leans on the first
        k2 = rng.choice(list(PHRASES))
        t2, f2 = rng.choice(FRAMES)
        d2 = rng.choice(PHRASES[k2])
        s2 = rng.choice(SUBJECTS)
        second = f2.format(S=s2, s=s2, D=d2, D0=re.sub(r"^(on|in|at|by|until|since|before) ", "", d2),
                           Dc=d2[:1].upper() + d2[1:], V=v[0], Vpast=v[1], Vpp=v[2], Vs=v[3], Ving=v[4])
        text = text + rng.choice([" ", "  ", "\n", "\n\n"]) + second
        tense += "+" + t2
    return f"tpl:{kind}/{tense}", text, rng.choice(PUBS)


# --- the input list -------------------------------------------------------------------------------

def build_inputs(seed: int, size: int, orig: str = "all", sets=None, kinds=("orig", "mut", "tpl"),
                 tpl_share: float = 0.3, fold_each: int = 3000):
    """The list of inputs {"t": text, "p": published ISO, "o": origin}; `size` generated ones
    (mutations and templates) after the originals, and for `fold_each` sentences with a date word
    one copy per word that can be folded (each "s", "i" or "k" word in turn: a word list that
    misses one word's fold is met whichever word it is)."""
    rng = random.Random(seed)
    seen = set()
    out = []

    def add(text, pub, origin):
        key = (text, pub)
        if text.strip() and key not in seen:
            seen.add(key)
            out.append({"t": text, "p": pub, "o": origin})
            return True
        return False

    pool = []  # (sentence, published, origin) to mutate
    for key, text, pub in corpus_articles(sets):
        sents, paras = split_text(text)
        setname = key.split("/")[0]
        for s in sents:
            pool.append((s, pub, f"{setname}:sent"))
        for p in paras:
            if "\n" in p or _SENT_END.search(p):
                pool.append((p[:3000], pub, f"{setname}:para"))
    for s, pub, src in bank_sentences():
        pool.append((s, pub or rng.choice(PUBS), f"bank:{src}"))
    if "orig" in kinds and orig != "0":
        chosen = pool if orig == "all" else rng.sample(pool, min(int(orig), len(pool)))
        for s, pub, origin in chosen:
            add(s, pub, "orig:" + origin)
    n_tpl = int(size * tpl_share) if "tpl" in kinds else 0
    n_mut = size - n_tpl if "mut" in kinds else 0
    tpl_made = 0
    guard = 0
    while tpl_made < n_tpl and guard < n_tpl * 5:
        guard += 1
        kind, text, pub = template(rng)
        if rng.random() < 0.5:  # half of them mutated as well
            m = mutate(text, rng)
            if m:
                kind, text = kind + "|mut:" + m[0], m[1]
        tpl_made += add(text, pub, kind)
    # Mutations: sentences with a date word or a figure are drawn three times as often.
    cum, total = [], 0
    for s, _, _ in pool:
        total += 3 if _DATEISH.search(s) else 1
        cum.append(total)
    made = 0
    guard = 0
    while made < n_mut and guard < n_mut * 5 and pool:
        guard += 1
        s, pub, origin = rng.choices(pool, cum_weights=cum)[0]
        m = mutate(s, rng)
        if m:
            made += add(m[1], pub, f"mut:{m[0]}|{origin}")
    dated = [k for k, (s, _, _) in enumerate(pool) if len(s) < 400 and _DATEISH.search(s)]
    sources = [pool[k] for k in rng.sample(dated, min(fold_each, len(dated)))] if "mut" in kinds else []
    sources += [(t, p, kind) for kind, t, p in (template(rng) for _ in range(len(sources) // 3))]
    for s, pub, origin in sources:
        for m in _WORD.finditer(s):
            idx = [m.start() + i for i, c in enumerate(m.group()) if c in _FOLDS]
            if idx:
                i = rng.choice(idx)
                add(s[:i] + rng.choice(_FOLDS[s[i]]) + s[i + 1:], pub, f"mut:fold-each|{origin}")
    # The same sentence under another published date (a cache keyed by the text alone would not see it).
    for _ in range(size // 50 if "mut" in kinds else 0):
        s, pub, origin = rng.choices(pool, cum_weights=cum)[0]
        add(s, rng.choice(PUBS), f"mut:pub|{origin}")
    rng.shuffle(out)  # inputs of every kind side by side: what one leaves in a cache meets the others
    for it in out:  # one in ten also read with uncertain=False (the app's call), before or after
        r = rng.random()
        if r < 0.1:
            it["u"] = 1 if r < 0.05 else 2
    return out


# --- running a tree -------------------------------------------------------------------------------

class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout


def worker(tree: str, inputs: str, outputs: str) -> None:
    """Run `tree`'s engine over the inputs file, one JSON line of output per input."""
    sys.path.insert(0, tree)
    for mod in [m for m in sys.modules if m == "timeline" or m.startswith("timeline.")]:
        del sys.modules[mod]
    import timeline.extraction as te
    from timeline.extraction import extract_events
    here = os.path.realpath(te.__file__)
    assert here.startswith(os.path.realpath(tree) + os.sep), (here, tree)
    with open(inputs, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh]
    signal.signal(signal.SIGALRM, _alarm)
    t0 = time.time()
    with open(outputs, "w", encoding="utf-8") as out:
        for i, it in enumerate(items):
            signal.alarm(60)
            try:
                pub = dt.date.fromisoformat(it["p"])
                u = it.get("u", 0)  # 1: uncertain=False first, 2: after; its output follows uncertain=True's
                sure = repr(extract_events(it["t"], published=pub)) if u == 1 else ""
                r = repr(extract_events(it["t"], published=pub, uncertain=True))
                if u:
                    sure = sure if u == 1 else repr(extract_events(it["t"], published=pub))
                    r += f" || uncertain=False ({'before' if u == 1 else 'after'}): {sure}"
            except _Timeout:
                r = "TIMEOUT (60 s)"
            except Exception as e:  # noqa: BLE001 - an exception is an output too
                r = f"EXCEPTION {type(e).__name__}: {e}"
            signal.alarm(0)
            out.write(json.dumps(r) + "\n")
            if i % 5000 == 4999:
                print(f"# {tree}: {i + 1}/{len(items)} {time.time() - t0:.0f}s", file=sys.stderr, flush=True)


def resolve_tree(spec: str, tmp: str) -> tuple[str, str, str | None]:
    """(directory to import from, label, commit or None) of DIR or DIR@REV."""
    path, _, rev = spec.partition("@")
    path = os.path.abspath(path)
    if not rev:
        commit = _git(path, "rev-parse", "HEAD") if os.path.exists(os.path.join(path, ".git")) else None
        dirty = commit and _git(path, "status", "--porcelain", "--", "timeline/extraction")
        return path, f"{path} ({commit[:10] if commit else 'no git'}{', dirty' if dirty else ''})", commit
    commit = _git(path, "rev-parse", rev + "^{commit}")
    return export(path, commit, tmp), f"{path}@{commit[:10]}", commit


def _git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True).stdout.strip()


def export(repo: str, commit: str, tmp: str) -> str:
    dest = os.path.join(tmp, commit[:12])
    if not os.path.isdir(dest):
        os.makedirs(dest)
        arch = subprocess.run(["git", "-C", repo, "archive", commit, "timeline"], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", dest], input=arch.stdout, check=True)
    return dest


def run_trees(trees: list[str], items: list[dict], tmp: str, nice: int, hashseed: str) -> list[list[str]]:
    """Each tree's outputs for the items, the trees run side by side (one subprocess each)."""
    inp = os.path.join(tmp, f"inputs-{len(items)}-{time.time_ns()}.jsonl")
    with open(inp, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    env = dict(os.environ, PYTHONHASHSEED=hashseed, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    procs = []
    for k, tree in enumerate(trees):
        outp = f"{inp}.{k}.out"
        cmd = ["nice", "-n", str(nice), sys.executable, os.path.abspath(__file__), "--worker", tree, inp, outp]
        procs.append((subprocess.Popen(cmd, cwd=tree, env=env), outp, tree))
    results = []
    for p, outp, tree in procs:
        if p.wait() != 0:
            raise SystemExit(f"worker for {tree} failed ({p.returncode})")
        with open(outp, encoding="utf-8") as fh:
            results.append([json.loads(line) for line in fh])
        if len(results[-1]) != len(items):
            raise SystemExit(f"worker for {tree}: {len(results[-1])} outputs for {len(items)} inputs")
    return results


def _events(r: str):
    """The output's events as dicts of their fields (None for an exception or a repr not read back)."""
    if not r.startswith("["):
        return None
    try:  # the engine's own repr of dataclasses, dates and strings
        return eval(r, {"__builtins__": {}, "ExtractedEvent": lambda **kw: kw, "datetime": dt})  # noqa: S307
    except Exception:  # noqa: BLE001
        return None


def delta(ra: str, rb: str) -> str:
    """What differs between two outputs, field by field: "#2 title: 'x' -> 'y'", "only a: 2023-04-05 'cue'"."""
    ra, _, sa = ra.partition(" || uncertain=False")
    rb, _, sb = rb.partition(" || uncertain=False")
    if ra == rb:
        return "uncertain=True the same; the uncertain=False call's output differs" if sa != sb else "same"
    ea, eb = _events(ra), _events(rb)
    if ea is None or eb is None:
        return "(not compared field by field)"
    key = lambda e: (str(e.get("date")), e.get("cue"), e.get("cue_start"))  # noqa: E731
    out = []
    if [key(e) for e in ea] != [key(e) for e in eb]:
        ka, kb = [key(e) for e in ea], [key(e) for e in eb]
        out += [f"only a: {k[0]} {k[1]!r}@{k[2]}" for k in ka if k not in kb]
        out += [f"only b: {k[0]} {k[1]!r}@{k[2]}" for k in kb if k not in ka]
        if not out:
            out.append("same events, other order")
    else:
        for n, (x, y) in enumerate(zip(ea, eb, strict=True)):
            for f in x:
                if x[f] != y.get(f):
                    out.append(f"#{n + 1} {f}: {x[f]!r} -> {y.get(f)!r}")
    return "; ".join(out)


def show_events(r: str) -> str:
    """One event a line (the repr split at its top-level ExtractedEvent( boundaries)."""
    return re.sub(r", (?=ExtractedEvent\()", ",\n      ", r)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--a", default=ROOT, help="reference tree: DIR or DIR@REV (default: this tree)")
    ap.add_argument("--b", action="append", help="tree to compare: DIR or DIR@REV (repeat it: a runs once)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size", type=int, default=50000, help="generated inputs (mutations + templates)")
    ap.add_argument("--orig", default="all", help="original sentences/paragraphs: all, 0, or a number sampled")
    ap.add_argument("--fold-each", type=int, default=3000,
                    help="sentences copied once per foldable word (each word's fold in turn)")
    ap.add_argument("--tpl-share", type=float, default=0.3, help="share of --size built from templates")
    ap.add_argument("--sets", help="comma-separated DEV sets to read (default all DEV sets)")
    ap.add_argument("--inputs", help="read the inputs from this JSON-lines file instead of generating them")
    ap.add_argument("--save-inputs", help="write the inputs to this JSON-lines file")
    ap.add_argument("--md", help="append the run and each difference (input, both outputs) to this markdown file")
    ap.add_argument("--md-max", type=int, default=40, help="differences written to --md in full (the rest counted)")
    ap.add_argument("--save-diffs", help="write the differing inputs and both outputs to this JSON-lines file")
    ap.add_argument("--bisect", action="store_true", help="name the commit of b that made each difference")
    ap.add_argument("--show", type=int, default=100000, help="print at most this many differences in full")
    ap.add_argument("--nice", type=int, default=5)
    ap.add_argument("--hashseed", default="0", help="PYTHONHASHSEED of both workers")
    ap.add_argument("--worker", nargs=3, metavar=("TREE", "INPUTS", "OUTPUTS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker(*args.worker)
        return 0
    if args.bisect and len(args.b or ()) > 1:
        ap.error("--bisect takes one --b")
    if not args.b:
        ap.error("--b is required")
    t0 = time.time()
    if args.inputs:
        with open(args.inputs, encoding="utf-8") as fh:
            items = [json.loads(line) for line in fh if line.strip()]
    else:
        items = build_inputs(args.seed, args.size, args.orig, set(args.sets.split(",")) if args.sets else None,
                             tpl_share=args.tpl_share, fold_each=args.fold_each)
    if args.save_inputs:
        with open(args.save_inputs, "w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    kinds = collections.Counter(it["o"].split(":")[0] for it in items)
    print(f"# {len(items)} inputs ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), seed {args.seed}, "
          f"built in {time.time() - t0:.0f}s", flush=True)
    tmp = tempfile.mkdtemp(prefix="engine_diff-")
    try:
        tree_a, label_a, commit_a = resolve_tree(args.a, tmp)
        bs = [resolve_tree(b, tmp) for b in args.b]
        print(f"# a: {label_a}" + "".join(f"\n# b: {label}" for _, label, _ in bs), flush=True)
        t1 = time.time()
        out_a, *outs = run_trees([tree_a] + [t for t, _, _ in bs], items, tmp, args.nice, args.hashseed)
        print(f"# ran in {time.time() - t1:.0f}s", flush=True)
        saved = open(args.save_diffs, "w", encoding="utf-8") if args.save_diffs else None
        any_diff = False
        for spec, (_, label_b, commit_b), out_b in zip(args.b, bs, outs, strict=True):
            diff = [i for i in range(len(items)) if out_a[i] != out_b[i]]
            any_diff = any_diff or bool(diff)
            print(f"\n# b {label_b}: {len(diff)} of {len(items)} inputs differ", flush=True)
            first = {}
            if diff and args.bisect:
                first = bisect(spec.partition("@")[0], commit_a, commit_b, [items[i] for i in diff],
                               [out_b[i] for i in diff], tmp, args.nice, args.hashseed, dirty="dirty" in label_b)
            by_kind = collections.Counter()
            for n, i in enumerate(diff):
                it = items[i]
                by_kind[re.sub(r"/.*", "", it["o"].split("|")[0])] += 1  # "tpl:month", "orig:demo:sent"
                if saved:
                    saved.write(json.dumps(dict(it, b_tree=label_b, a=out_a[i], b=out_b[i], first=first.get(n)),
                                           ensure_ascii=False) + "\n")
                if n < args.show:
                    print(f"\n=== {n + 1}. [{it['o']}] published {it['p']}" +
                          (f"; made by {first[n]}" if first.get(n) else ""))
                    print(f"input: {it['t']!r}")
                    print(f"a:    {show_events(out_a[i])}")
                    print(f"b:    {show_events(out_b[i])}")
                    print(f"diff: {delta(out_a[i], out_b[i])}")
            if diff:
                print(f"\n# {label_b}: differences by kind: " +
                      ", ".join(f"{k} {v}" for k, v in by_kind.most_common(30)))
            if args.md:
                write_md(args.md, label_a, label_b, args, items, diff, out_a, out_b, first, by_kind)
        if saved:
            saved.close()
        return 1 if any_diff else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_md(path, label_a, label_b, args, items, diff, out_a, out_b, first, by_kind):
    """Append one run to a review file: its figures, then each differing input with both outputs."""
    now = dt.datetime.now(dt.UTC).strftime("%H:%M UTC")
    lines = [f"\n## {now}: b {label_b} vs a {label_a}, seed {args.seed}: **{len(diff)} of {len(items)} inputs "
             f"differ**" + (f" ({', '.join(f'{k} {v}' for k, v in by_kind.most_common(30))})" if diff else "")]
    for n, i in enumerate(diff[:args.md_max]):
        it = items[i]
        made = f"; made by **{first[n]}**" if first.get(n) else ""
        lines += ["", f"{n + 1}. `{it['o']}` published {it['p']}{made}",
                  f"   - input: `{it['t']!r}`", f"   - diff: {delta(out_a[i], out_b[i])}",
                  f"   - a (base): `{out_a[i]}`", f"   - b (branch): `{out_b[i]}`"]
    if len(diff) > args.md_max:
        lines.append(f"\n... and {len(diff) - args.md_max} more (--save-diffs file of the run)")
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def bisect(repo, commit_a, commit_b, items, outs_b, tmp, nice, hashseed, dirty=False):
    """{index: the commit that gave the input b's output (short sha + subject)}: walking b's first-parent
    commits back from b towards a, the commit after the newest one whose output is not b's (so a branch
    that merged main since is read right); "uncommitted changes" when b's HEAD itself does not give it.
    Each commit's tree runs on the inputs still open only."""
    if not (commit_a and commit_b):
        return {}
    revs = _git(repo, "rev-list", "--first-parent", f"{commit_a}..{commit_b}").split()  # newest first
    print(f"# bisect over {len(revs)} commits of {repo}", flush=True)
    subject = {r: _git(repo, "log", "-1", "--format=%h %s", r)[:100] for r in revs}
    made = {}
    if not revs:
        return {}
    newer = "uncommitted changes" if dirty else subject[revs[0]]
    for rev in revs if dirty else revs[1:]:
        left = [k for k in range(len(items)) if k not in made]
        if not left:
            break
        (outs,) = run_trees([export(repo, rev, tmp)], [items[k] for k in left], tmp, nice, hashseed)
        for k, o in zip(left, outs, strict=True):
            if o != outs_b[k]:
                made[k] = newer
        newer = subject[rev]
    for k in range(len(items)):  # given b's output since the oldest commit
        if k not in made and revs:
            made[k] = subject[revs[-1]]
    return made


if __name__ == "__main__":
    sys.exit(main())
