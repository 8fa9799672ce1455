"""Article body and metadata: trafilatura, then the Vietnamese portal boilerplate it leaves behind.

Settings (trafilatura options, boilerplate patterns) live in extract.yml, not in code.
"""

import copy
import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura
import trafilatura.core
import trafilatura.external
import yaml
from lxml import etree
from trafilatura.metadata import META_URL, examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url
from trafilatura.settings import Document

from govnews.crawler.fonts import legacy_fonts_to_unicode
from govnews.crawler.understand import page
from govnews.crawler.understand.bylines import names_portal
from govnews.crawler.understand.page import TRUNCATION_MARKS
from govnews.crawler.understand.pagekind import SENTENCE_ENDS
from govnews.crawler.understand.titles import find_title, heading_elements
from govnews.markup import class_marker
from govnews.text import fold, nfc, squash_spaces

CONFIG_FILE = Path(__file__).with_name("extract.yml")
_HEADING = re.compile(r"^#{1,6}\s+")
# trafilatura's markdown output escapes punctuation that would be markup ('\\- ', '\\[1\\]'): plain text does not.
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_BULLET = re.compile(r"^[-*•+>]\s*")
# A date with its optional time before or after it, bracketed or not, as datelines print it (folded: 'sa'/'ch' are
# AM/PM; English sections: 'March 27, 2023', '27 March 2023').
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:sa|ch|am|pm))?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"[(\[]?\s*(?:{_TIME}\s*[-|,]?\s*)?"
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
    rf"(?:\s*[-|,]?\s*{_TIME})?\s*[)\]]?"
)
# Inline markup trafilatura's formatting mode passes through as tags (<u>, <sup>, <sub>).
_INLINE_TAG = re.compile(r"</?(?:u|sup|sub|del|ins|mark|small|big|s|strike|span|font)\b[^>]*>", re.I)
_TRAILING_DATE = re.compile(r"\s*[\(\[]\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[^)\]]{0,20}[\)\]]\s*$")
MIN_LINK_TEXT = 12
_NOT_LEAD = frozenset("meta script style title head".split())
LAYOUT_CELL_CHARS = 400
# A paragraph holding a picture or an embedded video and no text: what an italic caption under it captions.
_MEDIA_ONLY_PARAGRAPH = "//p[(.//img or .//iframe or .//video or .//object or .//embed) and not(normalize-space())]"
# Elements that title a data table from above it: a block of its own, or a heading.
_TABLE_TITLE_TAGS = frozenset({"div", "p", "h2", "h3", "h4", "h5", "h6", "b", "strong"})
_QUOTE_MARKS = " \"'“”‘’«»"
_OPENING_QUOTES, _CLOSING_QUOTES = '"“‘«', '"”’»'
PULL_QUOTE_MIN_CHARS = 30  # a shorter repeat ('Hội nghị', a name) is no pull quote


class _AllStoplists:
    """Every justext stoplist's words, read anew each time they are iterated. trafilatura's justext rescue, with no
    target language, hands justext the words of every language (its JT_STOPLIST, built on first use as a tuple of
    them); justext lower-cases them into a frozenset it caches under that argument. The tuple then lived beside the
    set for nothing: 154,000 strings, 13 MB of every process that ever ran the rescue. Iterated here instead, the
    words make the same set and only the set stays."""

    def __iter__(self) -> Iterator[str]:
        external = trafilatura.external  # justext's own readers, as trafilatura imports them
        return (word for language in external.get_stoplists() for word in external.get_stoplist(language))


if trafilatura.external.JT_STOPLIST is None:  # an upgrade that renames it fails here, not silently
    trafilatura.external.JT_STOPLIST = _AllStoplists()  # type: ignore[assignment]


# Where trafilatura cuts a <title>: one separator between spaces (its HTMLTITLE_REGEX).
_TITLE_CUT = re.compile(r"\s+[–•·—|⁄*⋆~‹«<›»>:-]\s+")


@dataclass
class Extraction:
    """What trafilatura found on a page, cleaned: the body as paragraphs, its title and the site's name (the author
    is bylines' to find: crawler/understand/bylines.py)."""

    title: str | None
    paragraphs: list[str]
    sitename: str | None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class ExtractConfig:
    options: dict[str, Any]
    recall_escalation: bool
    readability_below: int
    boilerplate: tuple[re.Pattern, ...]
    markdown: re.Pattern
    lead_markers: tuple[str, ...]
    lead_min_chars: int
    lead_prose_chars: int
    inline_tags: frozenset[str]
    div_paragraph_min_chars: int
    div_paragraph_siblings: int
    styling_class_token: re.Pattern
    hidden: etree.XPath
    non_text_elements: tuple[str, ...]
    caption_markers: re.Pattern  # any of them, within a class token (no marker holds a space)
    caption_max_chars: int
    table_title_max_chars: int
    body_region_share: float
    site_header_markers: frozenset[str]
    trailing_label_max_words: int
    broken_entity: re.Pattern
    metadata_pair: re.Pattern
    metadata_labels: frozenset[str]


@cache
def config() -> ExtractConfig:
    data = yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8"))
    return ExtractConfig(
        options=data["trafilatura"],
        recall_escalation=data["recall_escalation"],
        readability_below=data["readability_below"],
        boilerplate=tuple(re.compile(p) for p in data["boilerplate_paragraphs"]),
        markdown=re.compile(data["markdown_markers"]),
        lead_markers=tuple(data["lead_markers"]),
        lead_min_chars=data["lead_min_chars"],
        lead_prose_chars=data["lead_prose_chars"],
        inline_tags=frozenset(data["inline_tags"]),
        div_paragraph_min_chars=data["div_paragraph_min_chars"],
        div_paragraph_siblings=data["div_paragraph_siblings"],
        styling_class_token=re.compile(data["styling_class_token"]),
        hidden=etree.XPath(data["hidden_elements"]),
        non_text_elements=tuple(data["non_text_elements"]),
        caption_markers=re.compile("|".join(re.escape(marker) for marker in data["caption_markers"])),
        caption_max_chars=data["caption_max_chars"],
        table_title_max_chars=data["table_title_max_chars"],
        body_region_share=data["body_region_share"],
        site_header_markers=frozenset(data["site_header_markers"]),
        trailing_label_max_words=data["trailing_label_max_words"],
        broken_entity=re.compile(rf"(?:&amp;|&|\b)({'|'.join(data['repaired_entities'])});"),
        metadata_labels=frozenset(data["metadata_labels"]),
        metadata_pair=re.compile(
            rf"^[^:]{{2,{data['metadata_label_chars']}}}:\s*\S.{{0,{data['metadata_value_chars']}}}$"
        ),
    )


def parse(html: str) -> lxml.html.HtmlElement | None:
    """The page as extraction parses it (NFC: portals mix NFC and NFD; text set in a pre-Unicode Vietnamese font
    converted, crawler/fonts.py), not yet prepared."""
    root = page.parse(nfc(html))
    if root is not None:
        legacy_fonts_to_unicode(root)
    return root


def prepare(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of a parsed page for extraction and classification: scripts, styles, a frameset's <noframes> fallback,
    scrolling tickers (<marquee>: latest-news and notice boxes, never an article's prose), elements no reader sees
    (`hidden_elements`: a portal theme's hidden page metadata, collapsed menus), captions, then controls and embedded
    media (`non_text_elements`: a read-aloud player's voice list and its 'your browser cannot play this' fallback)
    out, layout tables unwrapped. A copy, because dates and bylines read the page as parsed."""
    tree = copy.deepcopy(root)
    for element in list(tree.iter("script", "style", "noscript", "noframes", "template", "marquee")):
        if element.get("type") != "application/ld+json":
            element.drop_tree()
    for element in config().hidden(tree):
        if element.getparent() is not None:
            element.drop_tree()
    drop_styling_classes(tree)
    drop_captions(tree)  # before the media go: a caption is found under its picture or video
    for element in list(tree.iter(*config().non_text_elements)):
        if element.getparent() is not None:
            element.drop_tree()
    unwrap_layout_tables(tree)
    if not config().options["include_tables"]:
        drop_table_titles(tree)
    paragraph_divs(tree)
    return tree


def folded_texts(tree: lxml.html.HtmlElement) -> page.FoldedTexts:
    """Every body element's visible text, folded and squashed, each computed once when first asked for: the lead
    finder, the page classifier and the link and heading filters all look elements up by their text."""
    return page.FoldedTexts(tree)


def folded_text(element: lxml.html.HtmlElement, texts: page.FoldedTexts) -> str:
    """An element's entry of `folded_texts`, or the same computed for an element outside the body."""
    text = texts.get(element)
    return text if text is not None else fold(squash_spaces(element.text_content()))


def extract_tree(tree: lxml.html.HtmlElement, url: str, texts: page.FoldedTexts) -> Extraction | None:
    """Extract from a prepared tree (see `prepare`); ``texts`` is `folded_texts(tree)`."""
    cfg = config()
    anchors = link_texts(tree, texts)
    # trafilatura prunes a copy of the tree it is given (bare_extraction copies it), so ours stays intact for
    # the title and lead without a copy of our own (tests/test_extract.py checks this on every upgrade).
    with _cascade(cfg):
        document = trafilatura.bare_extraction(tree, url=url, with_metadata=False, **cfg.options)
    # A Document, or None when nothing was found (a dict only with the deprecated as_dict=True, never set here).
    if not isinstance(document, Document) or not document.text:
        return None
    metadata = page_metadata(tree, url)
    paragraphs = drop_trailing_leftovers(drop_trailing_regions(clean_paragraphs(document.text, anchors), texts))
    heading_list = heading_elements(tree)
    headings = {folded_text(element, texts) for element in heading_list}
    paragraphs = drop_pull_quotes(drop_title_repeat(paragraphs, headings | {fold(metadata.title or "")}))
    heading = find_title(tree, paragraphs[0] if paragraphs else None, heading_list, url)
    title = heading or (_uncut_title(tree, squash_spaces(nfc(metadata.title))) if metadata.title else None)
    lead = find_lead(tree, paragraphs, metadata.description, title, texts)
    if lead:
        paragraphs.insert(0, repair_entities(lead))
    return Extraction(title=title, paragraphs=paragraphs, sitename=metadata.sitename)


def _uncut_title(tree: lxml.html.HtmlElement, title: str) -> str:
    """trafilatura cuts a <title> at its last ' - ' and keeps the head, taking the tail for the site's name. A tail
    that names no portal is the title's own ('... giai đoạn 2021 - 2030', '... Khối Văn hóa - Xã hội'): the whole
    <title> then (bylines.clean_title drops a portal's name wherever it is)."""
    element = tree.find(".//title")
    whole = squash_spaces(nfc(element.text_content())) if element is not None else ""
    if not whole.startswith(title) or len(whole) == len(title):
        return title
    tail = whole[len(title) :]
    if not _TITLE_CUT.match(tail) or names_portal(_TITLE_CUT.sub("", tail, count=1)):
        return title
    return whole


def page_metadata(tree: lxml.html.HtmlElement, url: str) -> Document:
    """The page's title, site name and description as `trafilatura.extract_metadata` finds them (meta tags, JSON-LD,
    then the page's headings and <title>), without the fields it also computes and nothing here reads: the date
    (crawler.understand.dates finds it), the author (bylines), categories, tags and license. Those cost a small
    page as much again as its body's extraction. tests/test_extract.py checks the three fields against
    extract_metadata's on every fixture page, so a trafilatura upgrade that changes them fails there."""
    metadata = examine_meta(tree)
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # trafilatura guards its JSON-LD reader the same way
        pass
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        match = META_URL.match(metadata.url)
        if match:
            metadata.sitename = match[1]
    metadata.clean_and_trim()
    return metadata


@contextmanager
def _cascade(cfg: ExtractConfig) -> Iterator[None]:
    """trafilatura's fallbacks as extract.yml sets them, for one extraction: recall escalation on or off
    (`recall_escalation`), readability asked only where it can win (`readability_below`). No option of bare_extraction
    does either: the module constant bounding the extractions it retries is set to 0 for the call, and the comparison
    trafilatura.core calls is wrapped; both are put back, so other callers in the process (the benchmarks' reference
    extraction) keep trafilatura's defaults."""
    saved = trafilatura.core.ESCALATION_MAX_LENGTH  # an upgrade that renames it fails here, not silently
    compare = trafilatura.core.compare_extraction
    if not cfg.recall_escalation:
        trafilatura.core.ESCALATION_MAX_LENGTH = 0
    trafilatura.core.compare_extraction = partial(_compare_extraction, compare, cfg.readability_below)
    try:
        yield
    finally:
        trafilatura.core.ESCALATION_MAX_LENGTH = saved
        trafilatura.core.compare_extraction = compare


def _compare_extraction(
    compare: Any,
    below: int,
    cleaned: etree._Element,
    raw: etree._Element,
    body: etree._Element,
    text: str,
    options: Any,
) -> tuple[etree._Element, str]:
    """trafilatura's comparison of its own extraction (``body``, ``text``) with readability's and justext's, with
    readability asked only where its extraction was ever taken (extract.yml): when ours is empty, has no paragraph text
    or more tables than paragraphs, or is under ``below`` characters (readability's is taken when it is more than twice
    as long). Otherwise readability answers nothing, which trafilatura reads as a loss; the justext rescue stays."""
    if len(text) < below or not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p")):
        return compare(cleaned, raw, body, text, options)
    readability = trafilatura.external.try_readability
    trafilatura.external.try_readability = _no_readability
    try:
        return compare(cleaned, raw, body, text, options)
    finally:
        trafilatura.external.try_readability = readability


def _no_readability(htmlinput: etree._Element) -> lxml.html.HtmlElement:
    return lxml.html.HtmlElement()  # what try_readability answers when readability finds nothing


def body_region(
    paragraphs: list[str], texts: page.FoldedTexts
) -> tuple[lxml.html.HtmlElement | None, list[tuple[str, lxml.html.HtmlElement | None]]]:
    """Where an article's body sits in the page: the deepest element holding the elements of at least two paragraphs
    and `body_region_share` of their characters (None when no element does), with each paragraph's element."""
    located = [(paragraph, texts.locate(paragraph)) for paragraph in paragraphs]
    weight: dict[lxml.html.HtmlElement, int] = {}
    holding: dict[lxml.html.HtmlElement, set[lxml.html.HtmlElement]] = {}
    for paragraph, element in located:
        if element is not None:
            for node in (element, *element.iterancestors()):
                weight[node] = weight.get(node, 0) + len(paragraph)
                holding.setdefault(node, set()).add(element)
    needed = config().body_region_share * sum(len(p) for p in paragraphs)
    # Two elements at least: one <p> split by <br><br> into several paragraphs is not a region.
    holders = [node for node, chars in weight.items() if chars >= needed and len(holding[node]) >= 2 and node in texts]
    if not holders:
        return None, located
    return max(holders, key=lambda node: sum(1 for _ in node.iterancestors())), located


def article_region(paragraphs: list[str], texts: page.FoldedTexts) -> lxml.html.HtmlElement | None:
    """The body's region (`body_region`), or for a body of one located paragraph the element around it."""
    region, located = body_region(paragraphs, texts)
    if region is None:
        region = next((element.getparent() for _, element in located if element is not None), None)
    return region


def drop_trailing_regions(paragraphs: list[str], texts: page.FoldedTexts) -> list[str]:
    """Paragraphs that sit after the body's region of the page (a table layout's right column, a notice box, the
    footer) are not the article's: trafilatura keeps them on pages whose layout tables became plain divs. A paragraph
    located after the end of `body_region` is dropped; paragraphs before it (a lead, a dateline) stay: what precedes
    a body is its own business, unless trafilatura gives it after the body's paragraphs from the site's header (the
    blog's description it adds to a short post: a lead comes first, and is no part of the site's banner)."""
    body, located = body_region(paragraphs, texts)
    if body is None:
        return paragraphs
    order = texts.order
    inside = [order[node] for node in body.iter(etree.Element) if node in order]
    start, end = min(inside), max(inside)
    kept: list[str] = []
    body_given = False
    for paragraph, element in located:
        at = order.get(element, 0) if element is not None else None
        if at is not None and (at > end or (at < start and body_given and _in_site_header(element))):
            continue
        body_given = body_given or (at is not None and at >= start)
        kept.append(paragraph)
    return kept


def _in_site_header(element: lxml.html.HtmlElement) -> bool:
    """Inside the page's banner (<header>, role=banner or a header-named block) and not an article's own header."""
    markers = config().site_header_markers
    chain = (element, *element.iterancestors())
    return not any(node.tag in ("article", "main") for node in chain) and any(
        node.tag == "header" or node.get("role") == "banner" or markers & set(class_marker(node).split())
        for node in chain
    )


def find_lead(
    tree: lxml.html.HtmlElement,
    paragraphs: list[str],
    description: str | None,
    title: str | None,
    texts: page.FoldedTexts,
) -> str | None:
    """The article's lead (sapo) when the extractor left it out: a block between the title and the body
    that equals the meta description or is marked as a lead/summary, and is not already in the body."""
    if not paragraphs or not title:
        return None
    cfg = config()
    # Compared without spaces: a body of lines split by <br> reads glued in its element's text ('...gái.Đoàn ...').
    body_text = fold(" ".join(paragraphs)).replace(" ", "")
    folded_title = fold(title)
    wanted = fold(squash_spaces(description)) if description else None
    holders = texts.holders(fold(paragraphs[0])[: page.LOCATE_KEY_CHARS])
    # The body starts at the first innermost element holding its first words: a shorter holder further on is a
    # teaser of this very article (a 'popular posts' box), and nothing after the body is its lead.
    inner = set(holders)
    body_start = next((holder for holder in holders if not any(child in inner for child in holder)), None)
    if body_start is None:
        return None
    enclosing = set(body_start.iterancestors())
    after_title = False
    for element in tree.iter():
        if element is body_start:
            return None  # a lead comes before the body
        if element in enclosing or element not in texts or element.tag in _NOT_LEAD:
            continue
        folded = texts[element]
        if _same_heading(folded, folded_title):
            after_title = True
            continue
        if not after_title or len(folded) < cfg.lead_min_chars or folded.replace(" ", "") in body_text:
            continue
        if element.find(".//a") is not None:
            continue
        marker = class_marker(element)
        if folded == wanted or any(m in marker for m in cfg.lead_markers) or _is_prose(folded):
            return nfc(squash_spaces(element.text_content()))
    return None


def _is_prose(folded: str) -> bool:
    """A sentence or more of running text (not a dateline, byline or caption): what sits between a
    headline and its body on a news page is its lead."""
    words = folded.split()
    return len(folded) >= config().lead_prose_chars and len(words) >= 12 and folded.rstrip()[-1:] in SENTENCE_ENDS


def link_texts(tree: lxml.html.HtmlElement, texts: page.FoldedTexts) -> set[str]:
    """Folded texts of the page's links: a body paragraph that is only a link's text is navigation."""
    found = set()
    for anchor in tree.iter("a"):
        text = folded_text(anchor, texts)
        if len(text) >= MIN_LINK_TEXT:
            found.add(text)
    return found


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Turn layout tables (old portals lay out whole pages with nested tables) into plain divs, so that
    trafilatura sees their cells as page regions rather than one big data table. Data tables stay."""
    for table in list(tree.iter("table")):
        if _is_layout_table(table):
            for element in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
                if element is table or not _is_data_table(element):
                    element.tag = "div"


def drop_table_titles(tree: lxml.html.HtmlElement) -> None:
    """The title line of a data table goes with the table, which stays out of the body (`include_tables`): a short
    element right above it that is not a sentence ('Tỷ lệ nữ đại biểu HĐND các cấp nhiệm kỳ 2016-2021', centred
    and bold above the figures) is left meaningless, a heading of nothing, once the figures are gone. A line that
    leads into the table as prose ('Kết quả cụ thể như sau:') stays."""
    max_chars = config().table_title_max_chars
    for table in list(tree.iter("table")):
        title = _element_above(table)
        if title is None or title.tag not in _TABLE_TITLE_TAGS or title.find(".//table") is not None:
            continue
        text = squash_spaces(title.text_content())
        if 0 < len(text) <= max_chars and text[-1] not in SENTENCE_ENDS + ":;,":
            title.drop_tree()


def _element_above(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element just before ``element`` with nothing but line breaks and spaces between them."""
    previous = element.getprevious()
    while previous is not None and previous.tag == "br" and not (previous.tail or "").strip():
        previous = previous.getprevious()
    if previous is None or (previous.tail or "").strip():
        return None
    return previous


def drop_styling_classes(tree: lxml.html.HtmlElement) -> None:
    """Utility-CSS class tokens out (`styling_class_token`: Tailwind's 'md:hidden', '[&_figcaption]:italic',
    'prose-figcaption:text-sm'): they say how an element looks, yet their words read as what it is, and a body
    styled for its captions was dropped as a caption, by trafilatura and by `drop_captions` alike."""
    pattern = config().styling_class_token
    for element in tree.xpath('//*[contains(@class, ":") or contains(@class, "[")]'):
        element.set("class", " ".join(token for token in element.get("class", "").split() if not pattern.search(token)))


def drop_captions(tree: lxml.html.HtmlElement) -> None:
    """Photo captions are not the article's prose: <figcaption>, short elements whose class names a caption
    (`caption_markers`: Drupal's image-field-caption, WordPress's wp-caption-text, a table cell 'image_desc'), and
    a short paragraph wholly in italics right under a paragraph that holds only a picture or an embedded video (how
    CKEditor and Word bodies caption one: 'Quang cảnh hội nghị.', 'Clip: Toàn cảnh lễ phát động')."""
    cfg = config()
    for element in list(tree.iter(etree.Element)):
        classes = element.get("class")
        marked = element.tag == "figcaption" or (classes is not None and cfg.caption_markers.search(classes.lower()))
        if (
            marked
            and element.getparent() is not None
            and len(squash_spaces(element.text_content())) <= cfg.caption_max_chars
        ):
            element.drop_tree()
    for picture in tree.xpath(_MEDIA_ONLY_PARAGRAPH):
        below = picture.getnext()
        if below is not None and below.tag == "p" and _italic_caption(below, cfg.caption_max_chars):
            below.drop_tree()


def _italic_caption(paragraph: lxml.html.HtmlElement, max_chars: int) -> bool:
    """A paragraph of at most ``max_chars`` whose every word is in <em> or <i>."""
    text = squash_spaces(paragraph.text_content())
    italic = paragraph.xpath(".//*[self::em or self::i][not(ancestor::em or ancestor::i)]")
    return 0 < len(text) <= max_chars and squash_spaces(" ".join(e.text_content() for e in italic)) == text


def paragraph_divs(tree: lxml.html.HtmlElement) -> None:
    """Turn divs that hold only a run of inline text (Word-pasted bodies: a justified div around font spans)
    into paragraphs: trafilatura reads divs as text only on pages with no <p> at all, so a body mixing the two
    came out with its div paragraphs lost or out of order. Only divs among paragraphs are bodies: beside a <p>
    of their own parent, or at least `div_paragraph_siblings` of them together; a date line, a label or a
    link list stays a div, as does a line that does not end as a sentence does (a byline, a 'views: 239' line)."""
    cfg = config()
    by_parent: dict[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] = {}
    for div in tree.iter("div"):
        if any(isinstance(child.tag, str) and child.tag not in cfg.inline_tags for child in div.iterdescendants()):
            continue
        text = squash_spaces(div.text_content())
        if len(text) < cfg.div_paragraph_min_chars or text[-1:] not in SENTENCE_ENDS:
            continue
        linked = sum(len(squash_spaces(a.text_content())) for a in div.iter("a"))
        if linked * 2 > len(text):
            continue
        by_parent.setdefault(div.getparent(), []).append(div)
    for parent, divs in by_parent.items():
        beside_paragraph = parent is not None and any(squash_spaces(p.text_content()) for p in parent.iterchildren("p"))
        if beside_paragraph or len(divs) >= cfg.div_paragraph_siblings:
            for div in divs:
                div.tag = "p"


def _is_data_table(element: lxml.html.HtmlElement) -> bool:
    return element.tag == "table" and not _is_layout_table(element)


def _is_layout_table(table: lxml.html.HtmlElement) -> bool:
    if table.find(".//table") is not None:
        return True
    for cell in table.iter("td", "th"):
        if cell.find(".//p") is not None or cell.find(".//div") is not None or cell.find(".//h1") is not None:
            return True
        if len(cell.text_content()) > LAYOUT_CELL_CHARS:
            return True
    return False


def clean_paragraphs(text: str, anchors: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Split trafilatura's markdown-ish text into plain paragraphs, dropping portal boilerplate and
    paragraphs that are only a link's text (related-news lists)."""
    cfg = config()
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", nfc(text)):
        for raw in block.split("\n"):
            line = _plain(raw, cfg.markdown)
            if not line:
                continue
            line = repair_entities(line)
            folded = fold(line)
            if any(p.search(folded) for p in cfg.boilerplate) or is_metadata_line(folded):
                continue
            if _TRAILING_DATE.sub("", _BULLET.sub("", folded)).strip() in anchors:
                continue
            paragraphs.append(line)
    return paragraphs


def drop_pull_quotes(paragraphs: list[str]) -> list[str]:
    """A quotation set apart in large type that repeats words of another paragraph of the body (a longform page's
    pull quote) is said once: where the body says it."""
    folded = [fold(paragraph) for paragraph in paragraphs]
    kept = []
    for number, paragraph in enumerate(paragraphs):
        quoted = paragraph.strip()[:1] in _OPENING_QUOTES and paragraph.strip()[-1:] in _CLOSING_QUOTES
        core = folded[number].strip(_QUOTE_MARKS)
        repeated = (
            quoted
            and len(core) >= PULL_QUOTE_MIN_CHARS
            and any(
                other != number and len(folded[other]) > len(folded[number]) and core in folded[other]
                for other in range(len(paragraphs))
            )
        )
        if not repeated:
            kept.append(paragraph)
    return kept


def drop_trailing_leftovers(paragraphs: list[str]) -> list[str]:
    """Paragraphs cut off with '...' at the end of a body are the teasers of a related-news box under it, not the
    article's own ending; a last line that is only a label ('Đăng ký:', 'Tags:', `trailing_label_max_words` words
    and a colon) introduced links that were left out. The body is never left empty by this."""
    end = len(paragraphs)
    while end > 1 and (paragraphs[end - 1].rstrip().endswith(TRUNCATION_MARKS) or _bare_label(paragraphs[end - 1])):
        end -= 1
    return paragraphs[:end]


def _bare_label(line: str) -> bool:
    line = line.strip()
    return line.endswith(":") and len(line.split()) <= config().trailing_label_max_words


def repair_entities(line: str) -> str:
    """A portal's own broken entities, repaired where the intent is unambiguous: an escaped one shown as text
    ('KH&amp;ĐT' from a double-escaped '&amp;amp;') and one whose '&' was lost ('2011 ndash; 2020'): no
    Vietnamese or English word is spelled 'ndash;' (`repaired_entities` in extract.yml lists the names)."""
    if ";" not in line:
        return line  # every broken entity ends with one
    return config().broken_entity.sub(lambda m: html.unescape(f"&{m.group(1)};"), line)


def is_metadata_line(folded: str) -> bool:
    """A line of 'Label: value' pairs ('Ngày đăng tin: 19/04/2016 | Người đăng tin: Hằng | Lượt xem: 54'): the
    page's record of the article, not its prose. Two or more pairs, each a short label and a short value, or one
    beside a dateline ('(27/09/2019 2:30 CH) Lượt xem: 239')."""
    if _label_pairs(folded) >= 2:
        return True
    # A dateline's date and time beside one field the page keeps about its articles ('(27/09/2019 2:30 CH) Lượt
    # xem: 239'): the field's label must be one of `metadata_labels`, or prose with a date would match.
    undated = _DATELINE.sub(" ", folded).strip(" |-")
    if undated == folded.strip(" |-"):
        return False
    if not undated.strip(" |-–,()"):
        return True  # a date and time alone ('10:15 | 14/11/2025'): a teaser's or a related item's, not prose
    label = undated.split(":", 1)[0].strip()
    # ... or a dateline under its own label and nothing else ('Ngày đăng: 12/03/2019 10:20', 'Posted: 05/12/2023').
    alone = squash_spaces(undated.rstrip(": ")) in config().metadata_labels
    return alone or (_label_pairs(undated) == 1 and label in config().metadata_labels)


def _label_pairs(folded: str) -> int:
    """How many 'label: value' fields the line is made of (0 when any part is something else)."""
    pairs = [part.strip() for part in re.split(r"\s[|•]\s|\s{3,}", folded) if part.strip()]
    return len(pairs) if pairs and all(config().metadata_pair.match(pair) for pair in pairs) else 0


def _plain(line: str, markdown: re.Pattern) -> str:
    # Each substitution only where its character is (most lines of a body have none of them).
    line = line.strip()
    if "<" in line:
        line = _INLINE_TAG.sub("", line)
    if line.startswith("#"):
        line = _HEADING.sub("", line)
    if "\\" in line:
        line = _ESCAPED.sub(r"\1", line)
    if line.startswith("|"):
        line = " ".join(cell.strip() for cell in line.strip("|").split("|") if cell.strip())
    if "*" in line or "_" in line:
        line = markdown.sub("", line)
    return squash_spaces(line)


def drop_title_repeat(paragraphs: list[str], titles: set[str]) -> list[str]:
    """Extractors often start the body with the page's headings (the section's name, then the headline): drop
    every heading the body starts with."""
    start = 0
    while start < len(paragraphs) and any(t and _same_heading(fold(paragraphs[start]), t) for t in titles):
        start += 1
    return paragraphs[start:]


def _same_heading(folded_line: str, folded_title: str) -> bool:
    line = folded_line.strip(" .:")
    title = folded_title.strip(" .:")
    return line == title or (len(line) > 20 and (title.startswith(line) or line.startswith(title)))
