"""Editable keyword rules for event categories.

Each category lists keywords; a keyword matches at the start of a word and
may end with "*" to match any ending ("launch*" matches "launched"). Rules
are tried in the order of this dict, so more specific categories come first.
A sentence matching nothing is "other". Edit freely: tests only rely on the
clear-cut examples.
"""
from __future__ import annotations

import re
from functools import lru_cache

CATEGORY_KEYWORDS: dict[str, list[str]] = {
    "missile launch": [
        "missile*", "icbm*", "ballistic", "rocket launch*", "fired * missile*", "launch event*",
        "test-fire*", "test fire*", "warhead*", "projectile*", "cruise missile*",
    ],
    "military exercise": [
        "military exercise*", "military drill*", "joint exercise*", "joint drill*", "air drill*",
        "drills", "war game*", "wargame*", "naval exercise*", "exercises", "manoeuvres", "maneuvers",
        "b-52*", "bomber*", "show of force",
    ],
    "election": [
        "election*", "elected", "vote", "voted", "voters", "ballot*", "referendum*", "polls",
        "campaign*", "candidate*", "inaugurat*", "primary", "primaries",
    ],
    "court ruling": [
        "court*", "judge*", "ruled", "ruling*", "verdict*", "sentenced", "convicted", "acquitted",
        "indict*", "lawsuit*", "sued", "trial", "appeal*", "prosecutor*", "supreme court",
    ],
    "disaster": [
        "earthquake*", "quake*", "flood*", "hurricane*", "typhoon*", "cyclone*", "tsunami*",
        "wildfire*", "fire broke", "landslide*", "drought*", "eruption*", "volcano*", "crash*",
        "explosion*", "killed", "dead", "death toll", "casualt*", "storm*", "epidemic*", "pandemic*",
        "outbreak*", "bomb*", "attack*",
    ],
    "diplomatic meeting": [
        "talks", "summit*", "met with", "met separately", "meeting*", "meets", "envoy*",
        "ambassador*", "negotiat*", "diplomat*", "foreign minister*", "tripartite", "three-way",
        "bilateral", "visit*", "treaty", "accord", "signed", "sanction*", "delegation*",
    ],
    "sports": [
        "match", "tournament*", "championship*", "olympic*", "world cup", "league", "scored",
        "goal*", "coach*", "final", "semifinal*", "medal*", "stadium*", "season",
    ],
    "business": [
        "shares", "stock*", "market*", "earn*", "profit*", "revenue*", "sales", "acqui*",
        "merger*", "dividend*", "quarter*", "fiscal", "investor*", "company", "companies", "corp*",
        "bank*", "economy", "economic", "inflation", "interest rate*", "billion", "million",
        "trade", "tariff*", "deal",
    ],
    "statement": [
        "said", "says", "announced", "announce*", "statement*", "warned", "warn*", "threaten*",
        "declared", "comment*", "told", "stated", "claimed", "urged", "called for", "denied",
        "criticised", "criticized", "condemn*", "press conference",
    ],
}


def _compile(word: str) -> str:
    parts = [re.escape(p) for p in word.split("*")]
    pat = r"\w*".join(parts)
    # "fired * missile*": the lone * between spaces stands for one word.
    pat = pat.replace(r"\ \w*\ ", r"\s+\w+\s+").replace(r"\ ", r"\s+")
    return r"\b" + pat + (r"\w*" if word.endswith("*") else r"\b")


_RULES = [
    (cat, re.compile("|".join(_compile(w) for w in words), re.IGNORECASE))
    for cat, words in CATEGORY_KEYWORDS.items()
]


@lru_cache(maxsize=256)  # a sentence with two dates is categorised once
def categorise(sentence: str) -> str:
    """First category whose keywords occur in the sentence, else 'other'."""
    for cat, rx in _RULES:
        if rx.search(sentence):
            return cat
    return "other"
