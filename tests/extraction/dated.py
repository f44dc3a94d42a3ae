"""What the engine dates in a text, as the news tests compare it."""
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
