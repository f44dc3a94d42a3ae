"""Every rule of the grammar carries its examples; they run here through the
whole engine (sentence in, events out), so a rule's record says what it does
(with the uncertain statements too: a season or a quarter is dated, then
left for review by extract_events' default)."""
import pytest

from timeline.extraction import extract_events
from timeline.extraction.grammar import EXAMPLE_PUBLISHED, RULES
from timeline.extraction.recognition import find_mentions
from timeline.extraction.types import iso_at

CASES = [(r.name, text, expected) for r in RULES for text, expected in r.examples]


def _iso(event) -> str:
    start = iso_at(event.date, event.precision)
    return f"{start}/{iso_at(event.end_date, event.precision)}" if event.end_date else start


@pytest.mark.parametrize("rule, text, expected", CASES, ids=[f"{r}:{t[:40]}" for r, t, _ in CASES])
def test_rule_example(rule, text, expected):
    mentions = [m for m in find_mentions(text) if m.kind == rule]
    events = extract_events(text, published=EXAMPLE_PUBLISHED, uncertain=True)
    dated = [_iso(e) for m in mentions for e in events if e.cue_start == m.start]
    if expected is None:
        assert not dated, f"{rule} dated {text!r} as {dated}"
    else:
        assert mentions, f"{rule} did not recognise anything in {text!r}"
        assert dated == [expected]


def test_every_rule_has_examples():
    assert all(r.examples for r in RULES)


def test_rule_names_prefix_their_groups():
    import re
    for r in RULES:
        names = re.compile(r.pattern, re.IGNORECASE).groupindex
        assert all(n == r.name or n.startswith(r.name + "_") for n in names), r.name
