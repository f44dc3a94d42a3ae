"""Temporal expressions: the engine's date grammar, split by concern.

    lexicon.py      word lists and the regex fragments made of them
    grammar.py      one Rule per kind of expression: pattern, validity check,
                    resolution, examples (run as tests); resolve() dispatches
    recognition.py  find_mentions: the rules' patterns as one fast regex
    tense.py        clause_tense: past, future or unknown around an expression
    resolution.py   Context and the date arithmetic the rules share
    phrases.py      parse_date_phrase, the forms' plain-language date parser

This module keeps the names the rest of the engine imports.
"""
from .grammar import RULES, RULES_BY_NAME, Rule, resolve
from .phrases import parse_date_phrase
from .recognition import MASTER, Mention, find_mentions
from .resolution import Context, add_months
from .tense import clause_tense

__all__ = [
    "RULES", "RULES_BY_NAME", "Rule", "resolve", "parse_date_phrase", "MASTER", "Mention", "find_mentions",
    "Context", "add_months", "clause_tense",
]
