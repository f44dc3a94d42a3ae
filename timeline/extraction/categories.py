"""Editable keyword rules for event categories.

Each category lists keywords; a keyword matches at the start of a word and
may end with "*" to match any ending ("launch*" matches "launched"). Rules
are tried in the order of this dict, so more specific categories come first.
A sentence matching nothing is "other". Edit freely: tests only rely on the
clear-cut examples.
"""
from __future__ import annotations

import re

CATEGORY_KEYWORDS: dict[str, list[str]] = {
    "missile launch": [
        "missile*", "icbm*", "ballistic", "rocket launch*", "fired * missile*", "launch event*",
        "test-fire*", "test fire*", "warhead*", "projectile*", "cruise missile*",
    ],
    "military exercise": [
        "military exercise*", "military drill*", "joint exercise*", "joint drill*", "air drill*",
        "drills", "war game*", "wargame*", "naval exercise*", "exercises", "manoeuvres", "maneuvers",
        "b-52*", "bomber*", "show of force", "aircraft carrier*", "combined shield", "field training",
    ],
    "election": [
        "election*", "elected", "vote", "voted", "voters", "ballot*", "referendum*", "polls",
        "campaign*", "candidate*", "inaugurat*", "primary", "primaries",
    ],
    "court ruling": [
        # Not "trial" or "appeal" alone: a vaccine trial, an appeal for funds.
        "court*", "judge*", "ruled", "ruling*", "verdict*", "sentenced", "convicted", "acquitted",
        "indict*", "lawsuit*", "sued", "stand trial", "court of appeal", "appeals court", "prosecutor*",
        "supreme court", "jury", "jurors", "judgment", "found guilty", "pleaded guilty", "hearing",
    ],
    "disaster": [
        "earthquake*", "quake*", "flood*", "hurricane*", "typhoon*", "cyclone*", "tsunami*",
        "wildfire*", "fire broke", "landslide*", "drought*", "eruption*", "volcano*", "plane crash*",
        "explosion*", "killed", "dead", "death toll", "casualt*", "storm*", "epidemic*",
        "outbreak*", "bomb*", "attack*", "tremor*", "firefighter*", "flames", "evacuat*", "heavy rain*",
        "rains", "burst its banks", "state of emergency", "heat warning", "heatwave*", "sandbag*", "magnitude",
        "damage assessment",
    ],
    "diplomatic meeting": [
        "talks", "summit*", "met with", "met separately", "meeting*", "meets", "envoy*",
        "ambassador*", "negotiat*", "diplomat*", "foreign minister*", "tripartite", "three-way",
        "bilateral", "treaty", "accord", "sanction*", "delegation*", "security council",
        "special envoy", "consultations", "counterpart*",
    ],
    "sports": [
        "match", "tournament*", "championship*", "olympic*", "world cup", "league", "scored",
        "goal*", "coach*", "final", "semifinal*", "medal*", "stadium*", "season", "race", "rider*",
        "game", "games", "series", "ski*", "jump*", "basketball", "football", "tennis",
        "cycling", "player*", "hill record",
    ],
    "business": [
        "shares", "stock*", "market*", "earn*", "profit*", "revenue*", "sales", "acqui*",
        "merger*", "dividend*", "quarter*", "fiscal", "investor*", "company", "companies", "corp*",
        "bank*", "economy", "economic", "inflation", "interest rate*", "billion", "million",
        "trade", "tariff*", "lost money", "recall*", "shareholder*", "chief executive", "supplier*",
        "airline*", "carrier*", "chipmaker*", "results", "guidance", "costs",
    ],
    "statement": [
        "said", "says", "announced", "announce*", "statement*", "warned", "warn*", "threaten*",
        "declared", "comment*", "told", "stated", "claimed", "urged", "called for", "denied",
        "criticised", "criticized", "condemn*", "press conference",
    ],
}


_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Every ASCII character but a-z and 0-9 made a space: in a lower-cased ASCII text with no hyphen,
# _TOKEN's tokens are the runs of letters and digits, which the split of the translated text gives
# (~2x faster than the regex).
_TO_SPACE = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))
# ... and the same keeping "-" (45), for a text with hyphens.
_TO_SPACE_BUT_HYPHEN = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 or c == 45 else 32 for c in range(256))


def _tokens(low: str) -> list[str]:
    """_TOKEN.findall(low) for the lower-cased `low`."""
    if not low.isascii():
        return _TOKEN.findall(low)
    if "-" not in low:
        return low.encode("ascii").translate(_TO_SPACE).decode("ascii").split()
    # With hyphens (a sixth of titles and sentences: "B-52", "Kim Jong-un"), the runs of letters, digits and
    # hyphens: a token is a run's stretch of letters and digits joined by single hyphens, what is left of it
    # between its double hyphens, hyphens at either end taken off (~5x faster than the regex).
    spaced = low.encode("ascii").translate(_TO_SPACE_BUT_HYPHEN).decode("ascii")
    if "--" not in spaced and " -" not in spaced and "- " not in spaced and spaced[:1] != "-" and spaced[-1:] != "-":
        # No run holds "--" or opens or ends with "-" (most: the hyphens join words): each run is a token as
        # it is, what the loop below gives without a step in Python for each run.
        return spaced.split()
    out = []
    for run in spaced.split():
        if "-" not in run:
            out.append(run)
            continue
        for piece in run.split("--"):
            piece = piece.strip("-")
            if piece:
                out.append(piece)
    return out


def _compile_rules():
    """Index the keywords: exact words and 3-letter prefixes in dicts, phrases as regexes.

    Single words are then looked up per word of the sentence (fast); only
    multi-word keywords need a regular expression. Values are category ranks.
    """
    exact: dict[str, int] = {}
    prefixes: dict[str, list[tuple[int, str]]] = {}
    phrases: list[tuple[int, frozenset, re.Pattern]] = []
    for rank, words in enumerate(CATEGORY_KEYWORDS.values()):
        phr, firsts = [], set()
        for w in words:
            w = w.lower().strip()
            if " " in w:
                parts = [re.escape(p).replace(r"\*", r"[a-z0-9-]*") if p != "*" else r"[a-z0-9-]+"
                         for p in w.split()]
                phr.append(r"\b" + r"\s+".join(parts) + ("" if w.endswith("*") else r"\b"))
                first = w.split()[0]
                firsts.add(first.rstrip("*") if not first.endswith("*") else "*" + first[:-1])
            elif w.endswith("*"):
                pre = w[:-1]
                prefixes.setdefault(pre[:3], []).append((rank, pre))
            else:
                exact.setdefault(w, rank)
        if phr:
            # First words split into whole words and "*" prefixes, so the
            # pre-check in categorise is a set operation.
            phrases.append((rank, frozenset(f for f in firsts if f[0] != "*"),
                            tuple(f[1:] for f in firsts if f[0] == "*" and f[1:]), re.compile("|".join(phr))))
    return exact, prefixes, phrases


_EXACT, _PREFIXES, _PHRASES = _compile_rules()
_NAMES = list(CATEGORY_KEYWORDS)
# The first words of every phrase keyword: a sentence holding none of them
# (most titles) needs no phrase regex, and is told so by one set operation
# instead of one per category. (A phrase opening with a "*" prefix, none
# today, sends every sentence through the check per category.)
_PHRASE_FIRSTS = frozenset().union(*(words for _, words, _, _ in _PHRASES))
_PHRASE_STEMS = any(stems for _, _, stems, _ in _PHRASES)


def _token_rank(t: str) -> int:
    """Best (lowest) rank of the single-word keywords matching token `t`; len(_NAMES) if none."""
    best = _EXACT.get(t, len(_NAMES))
    for r, pre in _PREFIXES.get(t[:3], ()):
        if r < best and t.startswith(pre):
            best = r
    return best


class _TokenRanks(dict):
    """{token: _token_rank(token)}, filled as tokens are met (words recur
    across sentences and articles: each is looked up once). A dict's own
    lookup, mapped over a sentence's tokens in C, spares the bookkeeping of
    an lru_cache call per token. Emptied when it holds 8,192 tokens."""

    def __missing__(self, token: str) -> int:
        if len(self) >= 8192:
            self.clear()
        rank = self[token] = _token_rank(token)
        return rank


_RANKS = _TokenRanks()


def categorise(sentence: str) -> str:
    """First category (in table order) whose keywords occur in the sentence, else 'other'.
    (Not cached: describe categorises each of a sentence's titles once, and a pass asks again of
    13 texts in 704, so a cache cost more in its keeping than it spared.)"""
    low = sentence.lower()
    tokens = _tokens(low)
    # (min's default= keyword costs ~1,500 instructions a call, fastpath's note: the empty case is tested instead)
    best = min(map(_RANKS.__getitem__, tokens)) if tokens else len(_NAMES)
    if best and (_PHRASE_STEMS or not _PHRASE_FIRSTS.isdisjoint(tokens)):
        token_set = set(tokens)
        for r, words, stems, rx in _PHRASES:
            if r >= best:
                break
            # Only run a phrase regex if one of its first words is present.
            if words.isdisjoint(token_set) and not (stems and any(t.startswith(stems) for t in token_set)):
                continue
            if rx.search(low):
                best = r
                break
    return _NAMES[best] if best < len(_NAMES) else "other"
