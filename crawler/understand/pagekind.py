"""Is a page one article, or a listing of many? Decided without per-site selectors.

On a listing (a home page, a category page), what a text extractor keeps is the items' teasers, and
each teaser sits in a small box together with its headline link. An article's paragraphs sit together
in one body with no headline beside each. So: find each extracted paragraph in the page, look at the
few elements around it, and call the page a listing when most of its prose is teasers.
"""

import lxml.html

from crawler.understand.text import fold

# A headline link: long enough to be an article's title, not 'Xem tiếp'.
HEADLINE_CHARS = 20
# An item box holds a teaser, its headline and a little more (a date, 'Xem tiếp'), not a whole body.
ITEM_SLACK_CHARS = 160
ITEM_LEVELS = 3
MAX_TEASER_SHARE = 0.5
KEY_CHARS = 40


def classify(paragraphs: list[str], min_chars: int, texts: dict[lxml.html.HtmlElement, str]) -> str:
    """'article' when the body is enough prose that is not a list of teasers, else 'listing'.

    ``texts`` maps the page's elements to their folded text (crawler.extract.folded_texts)."""
    prose = sum(len(p) for p in paragraphs)
    if prose < min_chars:
        return "listing"
    if teaser_share(paragraphs, texts) > MAX_TEASER_SHARE:
        return "listing"
    return "article"


def teaser_share(paragraphs: list[str], texts: dict[lxml.html.HtmlElement, str]) -> float:
    """Share of the paragraphs' characters that sit in an item box beside a headline link."""
    teaser = 0
    total = 0
    for paragraph in paragraphs:
        total += len(paragraph)
        element = _find(texts, fold(paragraph))
        if element is not None and _beside_headline(element, texts):
            teaser += len(paragraph)
    return teaser / total if total else 0.0


def _find(texts: dict[lxml.html.HtmlElement, str], paragraph: str) -> lxml.html.HtmlElement | None:
    """The smallest element whose text contains the paragraph's opening words."""
    key = paragraph[:KEY_CHARS]
    best = None
    for element, text in texts.items():
        if key in text and (best is None or len(text) <= len(texts[best])):
            best = element
    return best


def _beside_headline(element: lxml.html.HtmlElement, texts: dict[lxml.html.HtmlElement, str]) -> bool:
    own = len(texts.get(element, ""))
    node = element
    for _ in range(ITEM_LEVELS):
        node = node.getparent()
        if node is None or node not in texts:
            return False
        box = len(texts[node])
        if box > own + ITEM_SLACK_CHARS + 200:
            return False
        for anchor in node.iter("a"):
            headline = texts.get(anchor, "")
            if len(headline) >= HEADLINE_CHARS and box <= own + len(headline) + ITEM_SLACK_CHARS:
                return True
    return False
