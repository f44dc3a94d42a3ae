"""Kinds of false positive the engine made on real news (issue 12, the
precision round on realnews-fresh10, now a development set), each pinned on
sentences written for the test, not taken from any article. Each row:
publication date, text, the dates the engine must give, in order.
"""
import datetime as dt

import pytest
from dated import dates

from timeline.extraction import extract_events

THU = dt.date(2019, 11, 21)


@pytest.mark.parametrize("glyph", ["×", "✕", "✖", "▶"])
def test_a_close_button_glyph_before_a_headline_is_not_part_of_its_sentence(glyph):
    # A page's close button or icon glyph left on the headline's line: the
    # headline's sentence starts after it, as a bullet's list item does.
    text = f"{glyph} Bus driver charged in fatal crash; hearing set for March\n\nThe driver appeared in court on Tuesday."
    events = extract_events(text, published=THU)
    assert [e.sentence.split()[0] for e in events] == ["Bus", "The"]
    assert dates(text, THU) == ["2020-03", "2019-11-19"]


def test_a_multiplication_sign_inside_a_line_stays():
    text = "The room measured 3 × 4 metres when it was built in 1990."
    assert [e.sentence for e in extract_events(text, published=THU)] == [text]
