"""Is a page one article, or a listing of many? Decided without per-site selectors.

A listing's extracted "body" is mostly its items' headlines, which are links; an article's body is
prose that links nowhere. So the share of the body that is anchor text separates the two, together
with a minimum length of prose.
"""

import lxml.html

from crawler.understand.text import fold, squash_spaces

MIN_ANCHOR_CHARS = 12
MAX_LINKED_SHARE = 0.2


def anchor_texts(tree: lxml.html.HtmlElement) -> set[str]:
    """Folded texts of the page's links long enough to be headlines."""
    texts = set()
    for anchor in tree.iter("a"):
        text = fold(squash_spaces(anchor.text_content()))
        if len(text) >= MIN_ANCHOR_CHARS:
            texts.add(text)
    return texts


def linked_share(paragraphs: list[str], anchors: set[str]) -> float:
    """Share of the body's characters in paragraphs that are (or start with) a link's text."""
    total = sum(len(p) for p in paragraphs)
    if not total:
        return 0.0
    linked = 0
    for paragraph in paragraphs:
        folded = fold(paragraph)
        if folded in anchors or any(folded.startswith(a) for a in anchors if len(a) >= 25):
            linked += len(paragraph)
    return linked / total


def classify(tree: lxml.html.HtmlElement, paragraphs: list[str], min_chars: int) -> str:
    """'article' when the body is enough unlinked prose, else 'listing'."""
    prose = sum(len(p) for p in paragraphs)
    if prose < min_chars:
        return "listing"
    if linked_share(paragraphs, anchor_texts(tree)) > MAX_LINKED_SHARE:
        return "listing"
    return "article"
