"""Assertions on a page's structure rather than on substrings of its markup.

A test finds elements by CSS selector (id, role, name, label's ``for``) and
asserts on their text and attributes, so attribute order, whitespace or an
added class do not break it while a missing element or wrong value does.

    from dom import element, elements, texts, text

    field = element(response, "#id_title")       # exactly one, or the test fails
    assert field.get("value") == "Talks"
    assert texts(response, "[role=alert]") == ["Enter a date."]
    assert not elements(response, "script")     # zero is an answer too
    assert terms(response, ".conflict dl")["Title"] == "Talks"
"""
import lxml.html

__all__ = ["parse", "elements", "element", "text", "texts", "terms"]


def parse(page):
    """The document of a response (its content), bytes or str; fragments are
    wrapped in <html><body> as a browser would."""
    content = getattr(page, "content", page)
    if isinstance(content, bytes):
        content = content.decode()
    if not content.strip():
        raise AssertionError("the page is empty")
    return lxml.html.document_fromstring(content)


def elements(page, css):
    """Every element matching the CSS selector, in document order."""
    root = page if isinstance(page, lxml.html.HtmlElement) else parse(page)
    return root.cssselect(css)


def element(page, css):
    """The one element matching the selector; fails when there are none or several."""
    found = elements(page, css)
    assert len(found) == 1, f"{len(found)} elements match {css!r}, expected one"
    return found[0]


def text(node):
    """An element's visible text, whitespace collapsed as a browser shows it."""
    return " ".join(node.text_content().split())


def texts(page, css):
    """The text of every element matching the selector."""
    return [text(node) for node in elements(page, css)]


def terms(page, css="dl"):
    """A description list (the one matching the selector) as {term: description}."""
    dl = element(page, css)
    return {text(dt): text(dt.getnext()) for dt in dl.cssselect("dt")}
