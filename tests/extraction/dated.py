"""What the engine dates in a text, as the news tests compare it."""
import pytest

from timeline.extraction import extract_events


def dates(text, published):
    """Each statement's date as in the extraction contract, with '/end' for a range:
    what the engine reads, the uncertain statements (seasons, quarters) included;
    test_confidence.py pins which ones extract_events leaves out by default."""
    out = []
    for e in extract_events(text, published=published, uncertain=True):
        d = e.to_dict()
        out.append(d["date"] + (f"/{d['end_date']}" if d["end_date"] else ""))
    return out


def dated_test(rows, published=None):
    """A test over rows of (published, text, expected), or of (text, expected) when the
    rows share one publication date `published`: dates(text, published) == expected.

    Assign it to a module-level name that starts with test_ (pytest collects it under
    that name): `test_a_rule = dated_test([...])`."""
    if published is None:
        @pytest.mark.parametrize("published, text, expected", rows)
        def test(published, text, expected):
            assert dates(text, published) == expected
    else:
        @pytest.mark.parametrize("text, expected", rows)
        def test(text, expected):
            assert dates(text, published) == expected
    return test
