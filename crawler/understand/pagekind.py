"""Is a page one article, or a listing of many? Decided without per-site selectors.

On a listing (a home page, a category page), what a text extractor keeps is the items' teasers, and
each teaser sits in a small box together with its headline link. An article's paragraphs sit together
in one body with no headline beside each. So: find each extracted paragraph in the page, look at the
few elements around it, and call the page a listing when most of its prose is teasers.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import SplitResult, parse_qsl, urldefrag, urljoin, urlsplit

import lxml.html
import yaml

from govnews.crawler.understand.page import TRUNCATION_MARKS, FoldedTexts
from govnews.text import fold

RULES_FILE = Path(__file__).with_name("pagekind.yml")
# A headline link: long enough to be an article's title, not 'Xem tiếp'.
HEADLINE_CHARS = 20
# An item box holds its teaser, its one headline (again in 'Xem tiếp: <title>') and a little more: a date, an
# author, a category, a view count. CMSs nest the teaser deep (Drupal: six levels below the item).
ITEM_SLACK_CHARS = 250
ITEM_LEVELS = 6
# Above this much text beside the paragraph, a box holds more than one item (or a whole article body).
MAX_BOX_EXTRA_CHARS = 600
MAX_TEASER_SHARE = 0.5
# Other links in an item box (its category: 'Danh mục: Xây dựng gia đình hạnh phúc') are shorter than its
# headline: together at most this share of it, or the box holds a second item.
MINOR_LINK_SHARE = 0.5
# A paragraph whose text is mostly link text is navigation (a list of headlines), not prose.
LINK_TEXT_SHARE = 0.8

# The elements that title a post on a page that shows several (a blog's home and archives).
POST_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")

FULL_STOPS = ".!?…"
CLOSING_QUOTES = '"”'
SENTENCE_ENDS = FULL_STOPS + CLOSING_QUOTES  # the last character of running prose


def classify(paragraphs: list[str], min_chars: int, texts: FoldedTexts, page_url: str | None = None) -> str:
    """'article' when the body is enough prose that is not a list of teasers (nor counts its results, as
    'Hiển thị 6 - 7 của 7 kết quả' does), else 'listing'.

    ``texts`` maps the page's elements to their folded text (crawler.extract.folded_texts); links to
    ``page_url`` itself (a category page's own name in each teaser) are not headlines."""
    located = [(paragraph, texts.locate(paragraph)) for paragraph in paragraphs]
    prose = [(p, element) for p, element in located if element is None or not _link_only(element, texts)]
    if sum(len(p) for p, _ in prose) < min_chars:
        return "listing"
    counter = not_article_rules().result_counter
    if any(counter.match(fold(p).strip()) for p in paragraphs):
        return "listing"
    if _teaser_share(prose, texts, page_url) > MAX_TEASER_SHARE:
        return "listing"
    if _whole_posts(prose, texts, page_url):
        return "listing"
    return "article"


def _whole_posts(
    located: list[tuple[str, lxml.html.HtmlElement | None]], texts: FoldedTexts, page_url: str | None
) -> bool:
    """Whether the page shows other pages' posts whole: a blog's home, year and month archives (Blogger, WordPress
    themes that print full posts) put each post under its title linking to the post's own page, as teasers sit
    beside theirs, but too long for the teaser test's item box. Most of the prose sits under such post titles
    (each paragraph's nearest heading above it), under two or more of them or under one leading below this page's
    own path ('/2024/01/' -> '/2024/01/<post>.html'). A link up to a section of this page ('Bình đẳng giới' above
    an article of /binh-dang-gioi/...) titles no post."""
    if page_url is None:
        return False
    headings = [heading for heading in texts.root.iter(*POST_HEADING_TAGS) if heading in texts.order]  # document order
    if not headings:
        return False
    starts = [texts.order[heading] for heading in headings]
    page = urlsplit(page_url)
    targets: dict[int, str | None] = {}  # a heading's post link, looked up once
    under: dict[str, int] = {}
    for paragraph, element in located:
        position = texts.order.get(element) if element is not None else None
        index = bisect_right(starts, position) - 1 if position is not None else -1
        if index < 0:
            continue
        if index not in targets:
            targets[index] = _post_link(headings[index], texts, page_url, page)
        target = targets[index]
        if target is not None:
            under[target] = under.get(target, 0) + len(paragraph)
    total = sum(len(paragraph) for paragraph, _ in located)
    if not under or sum(under.values()) <= MAX_TEASER_SHARE * total:
        return False
    return len(under) >= 2 or next(iter(under)).startswith(page.path.rstrip("/") + "/")


def _post_link(heading: lxml.html.HtmlElement, texts: FoldedTexts, page_url: str, page: SplitResult) -> str | None:
    """The path a heading's title links to when the heading titles another page's post: a headline-long link,
    to neither this page (``page`` is ``page_url`` split), a file, nor a section above this page's own path."""
    for anchor in heading.iter("a"):
        href = anchor.get("href") or ""
        if len(texts.get(anchor, "")) < HEADLINE_CHARS or _links_here(href, page_url) or _file_link(anchor, texts):
            continue
        target = urlsplit(urljoin(page_url, href.strip()))
        if target.netloc != page.netloc or page.path.startswith(target.path.rstrip("/") + "/"):
            continue  # another site, or a section this page is in
        return target.path
    return None


def _teaser_share(
    located: list[tuple[str, lxml.html.HtmlElement | None]],
    texts: FoldedTexts,
    page_url: str | None,
) -> float:
    prose = {element for _, element in located if element is not None}
    teaser = sum(
        len(p) for p, element in located if element is not None and _beside_headline(element, texts, page_url, prose)
    )
    total = sum(len(p) for p, _ in located)
    return teaser / total if total else 0.0


def _link_only(element: lxml.html.HtmlElement, texts: FoldedTexts) -> bool:
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


def _links_here(href: str, here: str) -> bool:
    """Whether ``href`` leads to this page or the listing it is a page of: same path, and no query parameter
    the page's own URL lacks ('/tin-tuc' on '/tin-tuc?start=4')."""
    target = urlsplit(urldefrag(urljoin(here, href.strip()))[0])
    page = urlsplit(here)
    return (target.netloc, target.path.rstrip("/")) == (page.netloc, page.path.rstrip("/")) and set(
        parse_qsl(target.query, keep_blank_values=True)
    ) <= set(parse_qsl(page.query, keep_blank_values=True))


def _beside_headline(
    element: lxml.html.HtmlElement,
    texts: FoldedTexts,
    here: str | None,
    prose: set[lxml.html.HtmlElement] = frozenset(),  # type: ignore[assignment]
) -> bool:
    """Whether the element sits in an item box: an ancestor holding one headline (however often linked, beside
    shorter links) and, besides the element's text and that headline, at most ITEM_SLACK_CHARS of text.

    A headline leads to another page's article: a link to a file (the attached plan a short article points to)
    is none, nor is a link inside another of the page's prose paragraphs ('Xem Kế hoạch số 54/KH-UBND')."""
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
            href = anchor.get("href") or ""
            if len(text) < HEADLINE_CHARS or (here and _links_here(href, here)) or _file_link(anchor, texts):
                continue
            if any(holder in prose and holder is not element for holder in anchor.iterancestors()):
                continue
            headlines[href] = headlines.get(href, 0) + len(text)
        if not headlines:
            continue
        main = max(headlines.values())
        if sum(headlines.values()) - main > main * MINOR_LINK_SHARE:
            return False  # two headlines: a list of items, not one
        if box - own - main <= ITEM_SLACK_CHARS:
            return True
    return False


def _file_link(anchor: lxml.html.HtmlElement, texts: FoldedTexts) -> bool:
    """A link to a document file rather than a page: its path ends in one of `file_extensions`, or its text or title
    names a file (a download handler's link: 'Tải về: kh-112-ubnd.pdf' on NukeViet's '?download=1&id=0')."""
    href = (anchor.get("href") or "").strip()
    path = urlsplit(href).path.lower()
    name = path.rsplit("/", 1)[-1]
    extensions = not_article_rules().file_extensions
    if "." in name and name.rsplit(".", 1)[-1] in extensions:
        return True
    for text in (texts.get(anchor, ""), fold(anchor.get("title") or "")):
        named = _FILE_NAME.search(text)
        if named and named.group(1) in extensions:
            return True
    return False


# A text that ends with a file name: its extension (checked against `file_extensions`).
_FILE_NAME = re.compile(r"\w\.(\w{2,4})\W{0,2}$")


@dataclass(frozen=True)
class NotArticleRules:
    static_title: re.Pattern
    result_counter: re.Pattern
    static_section: re.Pattern
    list_like_share: float
    teaser_share: float
    short_line_chars: int
    file_extensions: frozenset[str]
    record_label: re.Pattern
    record_labels_needed: int


@cache
def not_article_rules() -> NotArticleRules:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return NotArticleRules(
        static_title=re.compile(rf"^(?:{'|'.join(f'(?:{t})' for t in data['static_titles'])})[\s.:]*$"),
        result_counter=re.compile(rf"^(?:{'|'.join(f'(?:{t})' for t in data['result_counters'])})$"),
        static_section=re.compile(rf"/(?:{'|'.join(data['static_sections'])})(?:/|\.|$)", re.IGNORECASE),
        list_like_share=data["list_like_share"],
        teaser_share=data["teaser_share"],
        short_line_chars=data["short_line_chars"],
        file_extensions=frozenset(data["file_extensions"]),
        record_label=re.compile(rf"^({'|'.join(f'(?:{t})' for t in data['record_labels'])})\s*(?::.*)?$"),
        record_labels_needed=data["record_labels_needed"],
    )


def not_an_article(title: str, paragraphs: list[str], dated: bool, url: str = "") -> str | None:
    """What an article-looking page really is when it is not news: 'static' for a portal's about-pages (their
    titles in pagekind.yml: 'Chức năng, nhiệm vụ', 'Liên hệ'..., dated or not, or any undated page of an about
    section: /gioi-thieu/...) and for a document register's record of one document (its label/value rows);
    'listing' for a body that is mostly teasers cut short or holds no sentence at all (an index of titles), dated or
    not, and for an undated one that is mostly list items, short lines and truncated teasers. None for an article (an
    undated one elsewhere is kept, with no date, rather than lost)."""
    rules = not_article_rules()
    if rules.static_title.match(fold(title).strip()) or _a_documents_record(paragraphs, rules):
        return "static"
    total = sum(len(p) for p in paragraphs)
    truncated = sum(len(p) for p in paragraphs if p.rstrip().endswith(TRUNCATION_MARKS))
    if total and truncated >= rules.teaser_share * total:
        return "listing"  # teasers cut short, dated or not: an event stream, a topic hub, a tag page
    if not any(_ends_a_sentence(paragraph) for paragraph in paragraphs):
        return "listing"  # not one sentence, dated or not: an index of titles (a static site's archive page)
    if dated:
        return None
    if rules.static_section.search(urlsplit(url).path):
        return "static"
    listed = sum(len(p) for p in paragraphs if _list_like(p, rules.short_line_chars))
    return "listing" if total and listed >= rules.list_like_share * total else None


def _ends_a_sentence(paragraph: str) -> bool:
    """Whether a paragraph ends as prose does: with a full stop, a question or an exclamation mark or an ellipsis,
    before a closing quote or not (a title may end with a quoted name, 'ngày hội hiến máu “Giọt hồng”', and no stop)."""
    return paragraph.rstrip().rstrip(CLOSING_QUOTES).endswith(tuple(FULL_STOPS))


def _a_documents_record(paragraphs: list[str], rules: NotArticleRules) -> bool:
    """A register's page of one legal document: its label/value rows ('Số ký hiệu', 'Ngày ban hành', 'Trích yếu'...),
    each label on a line of its own or before ':' and the value, not prose about the document."""
    rows = (fold(p).strip() for p in paragraphs if len(p) <= 4 * rules.short_line_chars)
    labels = {found.group(1) for row in rows if (found := rules.record_label.match(row))}
    return len(labels) >= rules.record_labels_needed


def _list_like(paragraph: str, short: int) -> bool:
    text = paragraph.rstrip()
    return text.startswith(("- ", "* ", "• ")) or len(text) < short or text.endswith(TRUNCATION_MARKS)
