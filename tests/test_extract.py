"""Extraction and understanding share one parse of a page: no stage changes a tree another stage reads, and the
understanding stages find on the shared tree exactly what they find parsing the page themselves."""

import dataclasses
import pickle
import urllib.request
from pathlib import Path
from unicodedata import is_normalized

import pytest
from lxml import etree

from govnews.crawler.demo.server import PortalServer
from govnews.crawler.extract import extract_tree, folded_texts, parse, prepare
from govnews.crawler.items import PageItem
from govnews.crawler.runner import project
from govnews.crawler.stages import Extract, PageProcessor, Understand
from govnews.crawler.understand import page

PAGES = sorted((Path(__file__).parent / "fixtures" / "understand" / "pages").glob("*.html"))
URL = "https://example.gov.vn/tin-tuc/bai-viet.html"


def _html(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _item(html: str) -> PageItem:
    return PageItem(url=URL, requested_url=URL, source_id="example", source_province=None, status=200,
                    fetched_at="2026-01-01T00:00:00+00:00", html=html)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_extraction_leaves_the_parsed_page_as_parsed(path):
    html = _html(path)
    root = parse(html)
    parsed = etree.tostring(root, encoding="unicode")
    tree = prepare(root)
    prepared = etree.tostring(tree, encoding="unicode")
    extract_tree(tree, URL, folded_texts(tree))
    assert etree.tostring(root, encoding="unicode") == parsed
    # trafilatura (pinned) prunes its own copy of the tree it is given; an upgrade that stops copying fails here
    assert etree.tostring(tree, encoding="unicode") == prepared


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_understanding_on_the_shared_parse_is_understanding_alone(path):
    html = _html(path)
    # the fixture pages are short: no minimum length, so that most of them count as articles and are understood
    shared = Extract(min_chars=0)(_item(html))
    if shared.kind != "article":
        pytest.skip(f"{path.name} is a {shared.kind}")
    assert shared.parsed is not None
    if is_normalized("NFC", html):
        assert etree.tostring(shared.parsed.root) == etree.tostring(page.parse(html))
    alone = dataclasses.replace(shared, article=dict(shared.article), parsed=None)
    understand = Understand()
    assert understand(shared).article == understand(alone).article
    assert shared.documents == alone.documents


def test_the_shared_parse_does_not_leave_the_page_stages():
    item = PageProcessor(project()).process(_item(_html(PAGES[0])))
    assert item.parsed is None
    pickle.dumps(item)  # workers send items back to the crawl process


def test_a_word_pasted_body_of_divs_and_paragraphs_keeps_every_paragraph_in_order():
    """The eGov demo template pastes bodies from Word: justified divs around font spans, one paragraph in three a
    <p>. trafilatura alone put the <p> paragraphs first (and the headline into the body)."""
    with PortalServer(portals=["egov-tuyenquang"]) as server:
        gold = [g for g in server.gold("egov-tuyenquang") if g.on_topic]
        pages = [(g, urllib.request.urlopen(g.url, timeout=10).read().decode("utf-8")) for g in gold]
    assert pages
    for article, html in pages:
        tree = prepare(parse(html))
        extraction = extract_tree(tree, article.url, folded_texts(tree))
        assert extraction is not None, article.url
        assert extraction.paragraphs == article.text.split("\n\n"), article.url


CAPTIONED = (
    "<html><body><h1>Hội nghị bình đẳng giới</h1><div class='field-body'>"
    "<p>Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị tổng kết công tác bình đẳng giới năm 2025 tại hội trường.</p>"
    "<figure><img src='/a.jpg'><figcaption>Quang cảnh hội nghị tổng kết</figcaption></figure>"
    "<div class='image-field'><img src='/b.jpg'><blockquote class='image-field-caption'><p>Đại biểu phát biểu tại"
    " hội nghị</p><p><em>Trung tâm Truyền thông tỉnh</em></p></blockquote></div>"
    "<div class='captionContent'><p>{long}</p></div>"
    "</div></body></html>"
)


def test_photo_captions_are_not_body_paragraphs_but_a_long_block_named_like_one_is_kept():
    long = "Các đại biểu thảo luận về giải pháp thúc đẩy bình đẳng giới ở cơ sở trong giai đoạn tới. " * 6
    tree = prepare(parse(CAPTIONED.format(long=long)))
    extraction = extract_tree(tree, URL, folded_texts(tree))
    assert extraction is not None
    body = extraction.text
    assert "Quang cảnh" not in body and "Đại biểu phát biểu" not in body and "Trung tâm Truyền thông" not in body
    assert "tổng kết công tác bình đẳng giới năm 2025" in body and long.split(".")[0] in body
