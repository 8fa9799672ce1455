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
# An item box holds its teaser, its one headline (again in 'Xem tiếp: <title>') and a little more: a date, an
# author, a category, a view count. CMSs nest the teaser deep (Drupal: six levels below the item).
ITEM_SLACK_CHARS = 250
ITEM_LEVELS = 6
# Above this much text beside the paragraph, a box holds more than one item (or a whole article body).
MAX_BOX_EXTRA_CHARS = 600
MAX_TEASER_SHARE = 0.5
# A paragraph whose text is mostly link text is navigation (a list of headlines), not prose.
LINK_TEXT_SHARE = 0.8
KEY_CHARS = 40


def classify(paragraphs: list[str], min_chars: int, texts: dict[lxml.html.HtmlElement, str]) -> str:
    """'article' when the body is enough prose that is not a list of teasers, else 'listing'.

    ``texts`` maps the page's elements to their folded text (crawler.extract.folded_texts)."""
    located = [(paragraph, _find(texts, fold(paragraph))) for paragraph in paragraphs]
    prose = [(p, element) for p, element in located if element is None or not _link_only(element, texts)]
    if sum(len(p) for p, _ in prose) < min_chars:
        return "listing"
    if _teaser_share(prose, texts) > MAX_TEASER_SHARE:
        return "listing"
    return "article"


def teaser_share(paragraphs: list[str], texts: dict[lxml.html.HtmlElement, str]) -> float:
    """Share of the paragraphs' characters that sit in an item box beside a headline link."""
    return _teaser_share([(p, _find(texts, fold(p))) for p in paragraphs], texts)


def _teaser_share(located: list[tuple[str, lxml.html.HtmlElement | None]],
                  texts: dict[lxml.html.HtmlElement, str]) -> float:
    teaser = sum(len(p) for p, element in located if element is not None and _beside_headline(element, texts))
    total = sum(len(p) for p, _ in located)
    return teaser / total if total else 0.0


def _find(texts: dict[lxml.html.HtmlElement, str], paragraph: str) -> lxml.html.HtmlElement | None:
    """The smallest element whose text contains the paragraph's opening words (a list item's '- ' is markup)."""
    key = paragraph.lstrip("-*• ")[:KEY_CHARS]
    best = None
    for element, text in texts.items():
        if key in text and (best is None or len(text) <= len(texts[best])):
            best = element
    return best


def _link_only(element: lxml.html.HtmlElement, texts: dict[lxml.html.HtmlElement, str]) -> bool:
    """Whether the paragraph's element is (mostly) a link's text: a headline in a list, a menu entry."""
    own = len(texts.get(element, ""))
    if not own:
        return False
    anchors = [element] if element.tag == "a" else [*element.iter("a")]
    if not anchors:
        parent = element.getparent()
        anchors = [parent] if parent is not None and parent.tag == "a" else []
    linked = sum(len(texts.get(anchor, "")) for anchor in anchors)
    return linked >= LINK_TEXT_SHARE * own


def _beside_headline(element: lxml.html.HtmlElement, texts: dict[lxml.html.HtmlElement, str]) -> bool:
    """Whether the element sits in an item box: an ancestor holding exactly one headline (however often linked)
    and, besides the element's text and that headline, at most ITEM_SLACK_CHARS of text."""
    own = len(texts.get(element, ""))
    node = element
    for _ in range(ITEM_LEVELS):
        node = node.getparent()
        if node is None or node not in texts:
            return False
        box = len(texts[node])
        if box > own + MAX_BOX_EXTRA_CHARS:
            return False
        headlines: dict[str | None, int] = {}
        for anchor in node.iter("a"):
            text = texts.get(anchor, "")
            if len(text) >= HEADLINE_CHARS:
                headlines[anchor.get("href")] = headlines.get(anchor.get("href"), 0) + len(text)
        if len(headlines) > 1:
            return False  # two headlines: a list of items, not one
        if headlines and box - own - sum(headlines.values()) <= ITEM_SLACK_CHARS:
            return True
    return False
