"""Comparing what two sources say of one event: can both be true?

Dates compare as periods (DateValue.agrees_with): a coarser claim that holds
the finer one is no disagreement. Places compare by their words, normalised,
so that "the Yellow Sea" and "Yellow Sea", or "Pyongyang" and "Pyongyang,
North Korea", agree while "Pyongyang" and "Wonsan" do not. A missing value
agrees with anything: a source that does not say where says nothing against
one that does."""
from __future__ import annotations

import re
import unicodedata

from .types import DateValue

_WORD = re.compile(r"[^\W_]+")
# Words that change nothing about which place is meant.
_FILLER = frozenset({"the", "of", "in", "at", "near", "off", "city", "province"})


def place_words(place: str | None) -> frozenset[str]:
    """The words that name a place, case, accents and filler words aside."""
    if not place:
        return frozenset()
    folded = unicodedata.normalize("NFKD", place.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return frozenset(word for word in _WORD.findall(folded) if word not in _FILLER)


def places_agree(one: str | None, other: str | None) -> bool:
    """True unless both name a place and neither name holds the other's words."""
    a, b = place_words(one), place_words(other)
    return not a or not b or a <= b or b <= a


def dates_agree(one: DateValue | None, other: DateValue | None) -> bool:
    return one is None or other is None or one.agrees_with(other)
