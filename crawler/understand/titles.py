"""Which heading on a page is the article's title, on templates never seen.

Extractors take the title from <title> or og:title (which carry the portal's name, or on some CMSs say
only 'xem chi tiết tin') or from the first heading they meet (often a sidebar's 'Tin mới nhất' or a
portlet's 'Xuất bản thông tin'). A person reads the heading right above the article's first paragraph,
preferring one that the <title> or og:title repeats. This module does that.
"""

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from govnews.crawler.understand.bylines import names_portal
from govnews.markup import class_marker
from govnews.text import fold, squash_spaces

# The heading levels a page sets its article title in (h6, the smallest, is not looked at for one).
TITLE_TAGS = ("h1", "h2", "h3", "h4", "h5")
TITLE_MARKERS = ("title", "tieude", "tieu-de", "headline", "heading")
MIN_CHARS = 10
MAX_CHARS = 400
_SEPARATORS = re.compile(r"\s+[-|–—:»]+\s+|\s*::\s*")
_TITLE_MARKER = re.compile("|".join(re.escape(marker) for marker in TITLE_MARKERS))
# The elements that may hold the first paragraph (see _is_body_start).
_BODY_START_TAGS = frozenset(("p", "div", "td", "span", "section", "article", "font", "li"))
_EMPHASIS_TAGS = frozenset(("b", "strong"))


def find_title(
    tree: lxml.html.HtmlElement,
    first_paragraph: str | None,
    headings: list[lxml.html.HtmlElement],
    page_url: str | None = None,
) -> str | None:
    """The article's title: the heading nearest above the first body paragraph, preferring one that
    <title>/og:title repeats; None when the page has no such heading. ``headings`` is `heading_elements(tree)`."""
    hints = _hints(tree)
    key = fold(first_paragraph)[:40] if first_paragraph else None
    heading_set = set(headings)
    candidates: list[str] = []
    emphasised: list[str] = []
    plain: list[lxml.html.HtmlElement] = []  # leaves above the body: one may show the title without a heading's markup
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("head", "title", "script", "style"):
            continue
        if key and _is_body_start(element, key):
            break
        if element in heading_set:
            text = squash_spaces(element.text_content())
            if MIN_CHARS <= len(text) <= MAX_CHARS:
                candidates.append(text)
        elif key and not candidates and element.tag in _EMPHASIS_TAGS and _standalone(element):
            emphasised.append(squash_spaces(element.text_content()))
        elif key and len(element) == 0 and element.text and element.tag != "a":
            plain.append(element)
    if not candidates and emphasised and _names_the_site_only(tree):
        # No heading at all (a 2000s table layout prints the title as <font size=3><b>...</b></font>) and a <title>
        # that is only the site's name, the same on every page: the emphasised line right above the body.
        return emphasised[-1]

    def section(index: int, text: str) -> bool:
        # A heading above another one that the <title> repeats because it names the section (DNN's 'Portal > Page'
        # title, the container's heading of the page name above the article's own) is not the title.
        return index < len(candidates) - 1 and _names_a_section(tree, text, page_url)

    ranked = list(enumerate(candidates))[::-1]  # nearest the body first
    for index, text in ranked:
        if fold(text) in hints and not section(index, text):
            return text
    for index, text in ranked:
        folded = fold(text)
        if any(folded in hint or hint in folded for hint in hints if len(hint) >= MIN_CHARS) and not section(
            index, text
        ):
            return text
    # No heading is the <title>'s: a line of the page that is, word for word, shows the title without a heading's
    # markup (a SharePoint list item's form prints it in the 'Tiêu đề' row's value cell); not when the <title> only
    # names the site (the banner's line says the same, on every page).
    for element in reversed(plain):
        text = squash_spaces(element.text)
        if MIN_CHARS <= len(text) <= MAX_CHARS and fold(text) in hints and not names_portal(text):
            return text
    return candidates[-1] if candidates else None


def _names_a_section(tree: lxml.html.HtmlElement, text: str, page_url: str | None) -> bool:
    """Whether a link of the page gives ``text`` as the name of a section above this page: a link to a path above the
    page's ('/vi-vn/binh-dang-gioi' on '/vi-vn/binh-dang-gioi/ctl/detail/...'), or a breadcrumb's link (the same
    article under '/Default.aspx?tabid=...&ctl=Detail', whose path is no section's)."""
    if not page_url:
        return False
    page = urlsplit(page_url)
    for anchor in _LINKS_READING(tree, text=text):
        target = urlsplit(urljoin(page_url, anchor.get("href").strip()))
        section = target.path.rstrip("/")
        if target.netloc == page.netloc and section and page.path.startswith(section + "/"):
            return True
        if any("breadcrumb" in class_marker(node) for node in (anchor, *anchor.iterancestors())):
            return True
    return False


_LINKS_READING = etree.XPath("//a[@href][normalize-space(.) = $text]")


def _names_the_site_only(tree: lxml.html.HtmlElement) -> bool:
    """Whether the page's <title> is only a portal's name ('Website huyện Đức Thọ', 'Cổng TTĐT tỉnh X - Trang chủ')."""
    title = tree.find(".//title")
    text = squash_spaces(title.text_content()) if title is not None else ""
    return bool(text) and all(names_portal(part) for part in _SEPARATORS.split(text) if part.strip())


def _standalone(element: lxml.html.HtmlElement) -> bool:
    """Bold text that is a line of its own, not a link and of a title's length."""
    text = squash_spaces(element.text_content())
    if not MIN_CHARS <= len(text) <= MAX_CHARS or element.find(".//a") is not None:
        return False
    if any(ancestor.tag == "a" for ancestor in element.iterancestors()):
        return False
    parent = element.getparent()
    siblings_text = squash_spaces(parent.text_content()) if parent is not None else text
    return siblings_text.startswith(text) and not (element.tail or "").strip()


def heading_elements(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Everything on the page that looks like a heading (h1-h5, title-marked blocks)."""
    return [el for el in tree.iter(etree.Element) if _is_heading(el)]


def _hints(tree: lxml.html.HtmlElement) -> set[str]:
    """<title> and og:title, whole and split at the separators portals put between title and site name."""
    texts = []
    title = tree.find(".//title")
    if title is not None:
        texts.append(title.text_content())
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            texts.append(meta.get("content") or "")
    hints = set()
    for text in texts:
        text = squash_spaces(text)
        hints.add(fold(text))
        hints.update(fold(part) for part in _SEPARATORS.split(text) if part)
    return hints


def _is_heading(element: lxml.html.HtmlElement) -> bool:
    if element.tag in TITLE_TAGS:
        return True
    return bool(_TITLE_MARKER.search(class_marker(element))) and element.find(".//p") is None


def _is_body_start(element: lxml.html.HtmlElement, key: str) -> bool:
    """The element holding the first paragraph itself (not an ancestor that holds the whole page): its own text
    reads as the paragraph for the whole ``key``. Sharing only the first words is not enough: a title often opens
    with the sapo's ('Luật Phòng, chống bạo lực gia đình năm 2022 có hiệu lực...' above 'Luật Phòng, chống bạo lực
    gia đình số 13/2022/QH15 được thông qua...'), a banner with the ministry's name its first paragraph's."""
    if element.tag not in _BODY_START_TAGS:
        return False
    own = (element.text or "") + "".join(
        (
            child.text_content()
            if isinstance(child.tag, str) and child.tag in ("b", "strong", "em", "i", "span", "font", "a", "u")
            else ""
        )
        + (child.tail or "")
        for child in element
    )
    return _folded_own(own).startswith(key)


@lru_cache(maxsize=8192)
def _folded_own(text: str) -> str:
    """An element's own text folded. Remembered: every block above an article's first paragraph is read for it, and
    menus and sidebars are the same blocks on every page of a site."""
    return fold(squash_spaces(text))
