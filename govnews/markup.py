"""What HTML elements say about themselves, for the token tests of extraction, titles and link discovery."""

from lxml import etree


def class_marker(element: etree._Element) -> str:
    """An element's class and id, lower-cased, space-separated: 'entry-content post-12'."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()
