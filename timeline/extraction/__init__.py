"""Extraction engine: news text -> dated events. Pure Python, no Django.

Public API (others code against these names):
    extract_events(text, *, published=None, uncertain=False) -> list[ExtractedEvent]
    find_publication_date(text) -> datetime.date | None
    parse_date_phrase(phrase, *, reference) -> DateValue
    ExtractedEvent, DateValue, ExtractionError, DateParseError
"""
from .phrases import parse_date_phrase
from .pipeline import extract_events
from .publication import find_publication_date
from .types import DateParseError, DateValue, ExtractedEvent, ExtractionError

__all__ = [
    "extract_events", "find_publication_date", "parse_date_phrase",
    "ExtractedEvent", "DateValue", "ExtractionError", "DateParseError",
]
