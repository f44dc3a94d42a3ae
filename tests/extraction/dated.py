"""What the engine dates in a text, as the news tests compare it."""
from timeline.extraction import extract_events


def dates(text, published):
    """Each statement's date as in the extraction contract, with '/end' for a range."""
    out = []
    for e in extract_events(text, published=published):
        d = e.to_dict()
        out.append(d["date"] + (f"/{d['end_date']}" if d["end_date"] else ""))
    return out
