"""Extraction and understanding share one parse of a page: no stage changes a tree another stage reads, and the
understanding stages find on the shared tree exactly what they find parsing the page themselves."""

import dataclasses
import pickle
import re
import unicodedata
import urllib.request
from pathlib import Path
from unicodedata import is_normalized

import pytest
import trafilatura
import trafilatura.core
import trafilatura.external
from lxml import etree

from govnews.crawler.demo.server import PortalServer
from govnews.crawler.extract import (
    config,
    drop_trailing_regions,
    extract_tree,
    folded_texts,
    page_metadata,
    parse,
    prepare,
)
from govnews.crawler.items import PageItem
from govnews.crawler.runner import project
from govnews.crawler.stages import Extract, PageProcessor, Understand
from govnews.crawler.understand import page, pagekind
from govnews.text import fold, squash_spaces

PAGES = sorted((Path(__file__).parent / "fixtures" / "understand" / "pages").glob("*.html"))
URL = "https://example.gov.vn/tin-tuc/bai-viet.html"


def _html(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _item(html: str) -> PageItem:
    return PageItem(
        url=URL,
        requested_url=URL,
        source_id="example",
        source_province=None,
        status=200,
        fetched_at="2026-01-01T00:00:00+00:00",
        html=html,
    )


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


def test_an_italic_paragraph_under_a_picture_is_its_caption_but_italics_elsewhere_are_prose():
    quote = "“Phụ nữ cần được tham gia đầy đủ vào các quyết định của thôn, bản”, bà Lò Thị Xuân nhấn mạnh."
    paragraphs = [
        "Ngày 12/3, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác bình đẳng giới năm 2025 với sự tham dự "
        "của đại diện các phòng, ban, ngành và 20 xã, thị trấn trên địa bàn huyện.",
        "Năm 2025, tỷ lệ nữ tham gia cấp ủy các xã đạt 24%, các địa chỉ tin cậy ở cộng đồng đã tiếp nhận, hỗ trợ 17 "
        "phụ nữ bị bạo lực gia đình; 100% xã có mô hình phòng, chống bạo lực gia đình hoạt động hiệu quả.",
        "Hội nghị đã khen thưởng 12 tập thể, 25 cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự "
        "tiến bộ của phụ nữ giai đoạn 2021 - 2025, đồng thời đề ra nhiệm vụ năm 2026.",
    ]
    html = (
        "<html><head><title>Tổng kết công tác bình đẳng giới</title></head><body><div class='content'>"
        "<h1>Tổng kết công tác bình đẳng giới năm 2025</h1>"
        f"<p>{paragraphs[0]}</p>"
        '<p style="text-align: center;"><img src="/anh/hoi-nghi.jpg" style="width: 600px" /></p>'
        '<p style="text-align: center;"><em><span style="font-size:12px;">Quang cảnh hội nghị.</span></em></p>'
        f"<p>{paragraphs[1]}</p><p><em>{quote}</em></p><p>{paragraphs[2]}</p></div></body></html>"
    )
    extraction = _extract(html)
    assert extraction is not None
    assert "Quang cảnh hội nghị" not in extraction.text
    assert quote in extraction.text and all(p in extraction.text for p in paragraphs)


BODY_P = (
    "Ngày 05/6/2023, Ủy ban nhân dân huyện tổ chức hội nghị triển khai kế hoạch thực hiện công tác bình đẳng "
    "giới và vì sự tiến bộ của phụ nữ năm 2023, với sự tham dự của đại diện các phòng, ban và các xã, thị trấn."
)
OPENINGS = ("Theo báo cáo, ", "Tại hội nghị, ", "Phát biểu kết luận, ", "Cũng trong dịp này, ")


def _three_columns(extra_right: str = "", body_paragraphs: int = 3) -> str:
    """A 2000s table layout: left menu, centre body, right column of notices, footer row."""
    body = "".join(f"<p>{OPENINGS[n]}{BODY_P}</p>" for n in range(body_paragraphs))
    right = (
        "<p>Lịch tiếp công dân năm 2024 của Ủy ban nhân dân huyện được niêm yết công khai tại trụ sở và "
        "trên trang thông tin điện tử của huyện để người dân được biết.</p>"
        "<p>Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024 trên địa bàn huyện, thời hạn nộp hồ sơ "
        "đến hết ngày 30/6/2024 tại Phòng Nội vụ huyện.</p>" + extra_right
    )
    return (
        "<html><head><title>UBND huyện</title></head><body><table width=780><tr><td width=180>"
        "<a href='/'>Trang chủ</a><br><a href='/gt'>Giới thiệu</a></td>"
        f"<td width=430><h1>Hội nghị triển khai công tác bình đẳng giới năm 2023</h1>{body}</td>"
        f"<td width=170><b>THÔNG BÁO</b>{right}</td></tr>"
        "<tr><td colspan=3><p>Cơ quan chủ quản: Ủy ban nhân dân huyện. Ghi rõ nguồn khi phát hành lại thông tin từ "
        "website này.</p></td></tr></table></body></html>"
    )


def _extract(html: str, url: str = URL):
    root = parse(html)
    tree = prepare(root)
    return extract_tree(tree, url, folded_texts(tree))


def test_paragraphs_after_the_bodys_region_are_not_the_articles():
    extraction = _extract(_three_columns())
    assert extraction.paragraphs == [f"{OPENINGS[n]}{BODY_P}" for n in range(3)]


def test_a_body_split_by_line_breaks_keeps_every_paragraph_after_its_longest():
    long = BODY_P * 3
    html = (
        f"<html><body><h1>Tập huấn về bình đẳng giới</h1><div class='noidung'><p>{BODY_P}</p>"
        f"<p>{long}<br><br>{BODY_P} Tiếp.</p><p>{BODY_P} Cuối.</p></div></body></html>"
    )
    assert _extract(html).paragraphs == [BODY_P, long, f"{BODY_P} Tiếp.", f"{BODY_P} Cuối."]


def test_tickers_metadata_lines_captions_and_file_pointers_are_not_prose():
    html = (
        "<html><body><marquee><a href='/t/1'>Tin mới: chi trả trợ cấp tháng 01/2025 qua bưu điện cho người có công "
        "trên địa bàn huyện</a></marquee><h1>Hội nghị về bình đẳng giới</h1>"
        "<div class='meta'>Ngày đăng: 05/06/2023 | Người viết: Lan | Lượt xem: 120</div>"
        f"<div class='content'><p>{BODY_P}</p><p>Quang cảnh hội nghị. Ảnh: Minh Tuấn</p><p>{BODY_P} Hai.</p>"
        "<p>Xem toàn văn Kế hoạch <u>tại đây</u></p></div></body></html>"
    )
    assert _extract(html).paragraphs == [BODY_P, f"{BODY_P} Hai."]


def test_a_sites_broken_entities_are_repaired():
    html = (
        "<html><body><h1>Hội nghị</h1><div class='content'>"
        f"<p>{BODY_P} Sở KH&amp;amp;ĐT và Sở LĐ-TB&amp;XH phối hợp giai đoạn 2021 ndash; 2025.</p>"
        f"<p>{BODY_P}</p></div></body></html>"
    )
    assert "Sở KH&ĐT và Sở LĐ-TB&XH phối hợp giai đoạn 2021 – 2025." in _extract(html).paragraphs[0]


def test_the_body_starts_after_every_heading_it_repeats():
    title = "Kiện toàn Ban vì sự tiến bộ của phụ nữ năm 2016"
    html = (
        f"<html><body><h2>Tin tức cũ</h2><h3>{title}</h3><div class='content'><p>Tin tức cũ</p><p>{title}</p>"
        f"<p>{BODY_P}</p><p>{BODY_P} Hai.</p></div></body></html>"
    )
    assert _extract(html).paragraphs == [BODY_P, f"{BODY_P} Hai."]


@pytest.mark.parametrize(
    "title, paragraphs, dated, kind",
    [
        ("Chức năng, nhiệm vụ", [BODY_P] * 3, False, "static"),
        ("Liên hệ", [BODY_P], True, "static"),  # WordPress pages carry dates too
        ("Giới thiệu chung về Đề án hỗ trợ phụ nữ khởi nghiệp", [BODY_P] * 3, False, None),
        (
            "Các phòng, đơn vị",
            [
                "- Văn phòng Sở",
                "- Thanh tra Sở",
                "- Phòng Công chức, viên chức",
                "- Phòng Nội vụ",
                "- Phòng Cải cách hành chính",
                "- Phòng Xây dựng chính quyền",
                BODY_P[:150],
            ],
            False,
            "listing",
        ),
        ("Hội nghị về bình đẳng giới", [BODY_P[:150] + "...", BODY_P[:140] + "...", BODY_P[:60]], False, "listing"),
        (
            "Hội nghị về bình đẳng giới",
            ["- Văn phòng Sở", "- Thanh tra Sở", BODY_P],
            True,
            None,
        ),  # a dated list is news
        ("Hội nghị về bình đẳng giới", [BODY_P, BODY_P], False, None),  # undated prose is kept, with no date
        ("Văn bản chỉ đạo - điều hành", ["Số/Ký hiệu", "Ngày ban hành", BODY_P], True, "static"),  # the menu's page
        ("Dòng sự kiện", [f"- ### Hội nghị {n} {BODY_P[:160]}..." for n in range(3)], True, "listing"),  # teasers
        ("Hội nghị về bình đẳng giới", [BODY_P, f"“{BODY_P[:90]}...”", BODY_P], True, None),  # a quote cut short
        (  # a document register's record, label and value on lines of their own
            "Kế hoạch số 27/KH-UBND",
            ["Số/Ký hiệu", "27/KH-UBND", "Ngày ban hành", "12/03/2024", "Trích yếu", BODY_P[:120], "Tệp đính kèm"],
            True,
            "static",
        ),
        (  # the same as 'label: value' lines
            "Quyết định về Ban vì sự tiến bộ của phụ nữ",
            ["Số hiệu: 412/QĐ-UBND", "Loại văn bản: Quyết định", "Người ký: Nguyễn Văn A", f"Trích yếu: {BODY_P[:90]}"],
            True,
            "static",
        ),
        (  # news about a document names its number and date in prose
            "Ban hành Kế hoạch thực hiện bình đẳng giới",
            [f"Ngày ban hành kế hoạch là 12/3/2024. {BODY_P}", "Số ký hiệu: 27/KH-UBND", BODY_P],
            True,
            None,
        ),
    ],
)
def test_pages_that_are_not_news(title, paragraphs, dated, kind):
    assert pagekind.not_an_article(title, paragraphs, dated) == kind


@pytest.mark.parametrize("counter", ["Hiển thị 6 - 7 của 7 kết quả.", "Trang 2/7", "Showing 11 to 20 of 57"])
def test_a_body_counting_its_results_is_a_listing(counter):
    html = (
        f"<html><body><h1>Tin tức</h1><div class='content'><p>{BODY_P}</p><p>{BODY_P} Hai.</p><p>{counter}</p>"
        "</div></body></html>"
    )
    root = parse(html)
    tree = prepare(root)
    texts = folded_texts(tree)
    extraction = extract_tree(tree, URL, texts)
    assert pagekind.classify(extraction.paragraphs, 250, texts, URL) == "listing"


def test_a_short_article_with_a_signature_and_an_attachment_link_is_an_article():
    """Real government news is often this short: three paragraphs, a date line, a signature, one link to the
    attached plan in the body, beside a sidebar of teasers."""
    teasers = "".join(
        f'<div class="item"><a href="/tin/{n}.html">Hội nghị sơ kết công tác phụ nữ quý {n} năm 2024 của huyện</a>'
        f"<p>Tóm tắt: hội nghị đánh giá kết quả thực hiện nhiệm vụ quý {n} và triển khai nhiệm vụ tới.</p></div>"
        for n in range(1, 5)
    )
    html = (
        "<html><body><div id='main'><h1>Ban hành Kế hoạch thực hiện công tác bình đẳng giới năm 2024</h1>"
        "<p class='date'>Ngày đăng: 12/03/2024</p><div class='content'>"
        "<p>Ngày 08/3/2024, UBND huyện ban hành Kế hoạch số 54/KH-UBND về thực hiện công tác bình đẳng giới và vì "
        "sự tiến bộ của phụ nữ năm 2024.</p>"
        "<p>Kế hoạch đặt mục tiêu 100% cán bộ làm công tác bình đẳng giới cấp xã được tập huấn nghiệp vụ.</p>"
        "<p>UBND huyện giao Phòng Văn hóa - Xã hội chủ trì, theo dõi và báo cáo kết quả trước ngày 15/12/2024. Xem "
        "<a href='/files/KH-54.pdf'>Kế hoạch số 54/KH-UBND</a>.</p>"
        "<p>Minh Anh</p></div></div>"
        f"<div class='sidebar'><h3>Tin mới</h3>{teasers}</div></body></html>"
    )
    item = PageProcessor(project()).process(_item(html))
    assert item.kind == "article", item.reason
    assert item.article["author"] == "Minh Anh"
    assert "Kế hoạch số 54/KH-UBND" in item.article["text"] and "Tóm tắt" not in item.article["text"]


@pytest.mark.parametrize(
    "download",
    [
        f"{URL}?download=1&amp;id=0",  # NukeViet's news module: the article's own URL asks for its file
        "/Handler.ashx?fid=112",  # a handler no path rule knows: its link names the file
    ],
)
def test_a_short_article_with_a_download_box_in_its_body_is_an_article(download):
    """A short plan's news whose body container ends with a 'File đính kèm' box: the download link names a file,
    it is no headline that would make the body an item's teaser."""
    html = (
        "<html><body><h1>Phòng Nội vụ triển khai công tác bình đẳng giới năm 2025</h1>"
        "<div class='bodytext'><div style='text-align: justify;'>"
        "Ngày 08/4/2025, UBND thị xã ban hành Kế hoạch số 112/KH-UBND về thực hiện công tác bình đẳng giới và vì sự "
        "tiến bộ của phụ nữ năm 2025; Phòng Nội vụ là cơ quan tham mưu quản lý nhà nước về bình đẳng giới.<br><br>"
        "Kế hoạch yêu cầu các phòng, ban và UBND các xã, phường đánh giá kết quả thực hiện các mục tiêu bình đẳng "
        "giới giai đoạn 2021 - 2025, nhất là tỷ lệ nữ tham gia lãnh đạo, quản lý.<br><br>"
        "Các đơn vị gửi báo cáo tổng kết về UBND thị xã trước ngày 31/5/2025.</div>"
        "<p><strong><em>Phòng Nội vụ</em></strong></p>"
        "<div class='panel'><strong>File đính kèm</strong><div class='list-group'>"
        f"<a href='{download}' title='Tải về kh-112-ubnd-bdg-2025.pdf'>Tải về: <strong>kh-112-ubnd-bdg-2025.pdf"
        "</strong></a></div></div></div></body></html>"
    )
    item = PageProcessor(project()).process(_item(html))
    assert item.kind == "article", item.reason
    assert item.article["text"].startswith("Ngày 08/4/2025") and "Tải về" not in item.article["text"]


def test_a_documents_place_and_date_line_and_a_pointer_to_its_file_are_not_prose():
    html = (
        "<html><body><h1>Kế hoạch thực hiện công tác bình đẳng giới năm 2023</h1><div class='content'>"
        "<p style='text-align: right;'><em>Hoàng Mai, ngày 21 tháng 03 năm 2023</em></p>"
        f"<p>{BODY_P}</p><p>{BODY_P} Hai.</p>"
        "<p>Hải Phòng, ngày 5 tháng 3 năm 2023, hội nghị đã thống nhất kế hoạch năm.</p>"
        "<p><em>(Chi tiết Kế hoạch xem tại đây: <a href='/uploads/88-kh-ubnd.pdf'>88-kh-ubnd.pdf</a>)</em></p>"
        "<p>(Chi tiết văn bản xem tại đây)</p><p><em>(Chi tiết xem Kế hoạch số 78/KH-UBND)</em></p>"
        "<p>Xem chi tiết Quyết định số 12/QĐ-UBND</p></div></body></html>"
    )
    assert _extract(html).paragraphs == [
        BODY_P,
        f"{BODY_P} Hai.",
        "Hải Phòng, ngày 5 tháng 3 năm 2023, hội nghị đã thống nhất kế hoạch năm.",  # a sentence that starts so
    ]


def test_a_title_shown_without_a_headings_markup_is_found_by_the_page_title():
    """A SharePoint list item's form prints the title in the 'Tiêu đề' row's value cell, under a site header whose
    blocks are title-marked: the plain element whose whole text is the <title>'s is the title."""
    title = "Lộc Ninh mít tinh hưởng ứng Tháng hành động vì bình đẳng giới năm 2018"
    html = (
        f"<html><head><title>Tin tức - {title}</title></head><body>"
        "<div class='site-title'><a href='/'>Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước</a></div>"
        "<h1 class='pageTitle'><a href='/tin-tuc'>Tin tức</a></h1><table class='form'>"
        f"<tr><td class='label'><h3>Tiêu đề</h3></td><td class='value'>{title}&#160;</td></tr>"
        f"<tr><td class='label'><h3>Nội dung</h3></td><td class='value'><p>{BODY_P}</p><p>{BODY_P} Hai.</p></td></tr>"
        "</table></body></html>"
    )
    assert _extract(html).title == title


def test_a_banner_line_that_repeats_a_site_name_title_is_not_the_articles_title():
    """A portal whose <title> is only its name on every page (a portlet renders the article): the banner's line says
    the same words, and the heading above the body is the title."""
    title = "Triển khai Luật Phòng, chống bạo lực gia đình năm 2022 đến cán bộ, hội viên"
    html = (
        "<html><head><title>Cổng thông tin điện tử tỉnh Lạng Sơn</title></head><body>"
        "<table><tr><td class='banner'><span>Cổng thông tin điện tử tỉnh Lạng Sơn</span></td></tr></table>"
        f"<h1 class='news_title'>{title}</h1><div class='news_date'>Cập nhật: 15/06/2023 09:20</div>"
        f"<div class='news_content'><p>{BODY_P}</p><p>{OPENINGS[1] + BODY_P}</p></div></body></html>"
    )
    assert _extract(html).title == title


@pytest.mark.parametrize(
    "url",
    [
        "https://x.gov.vn/vi-vn/binh-dang-gioi/ctl/detail/mid/4561/itemid/1892",  # the section's path is above it
        "https://x.gov.vn/Default.aspx?tabid=1287&ctl=Detail&mid=4561&ItemID=1892",  # only the breadcrumb tells
    ],
)
def test_a_section_heading_the_page_title_repeats_is_not_the_articles_title(url):
    """DNN titles a page 'Portal > Page' and heads each module with the page's name; the article's own title sits
    under it. The heading a breadcrumb names as a section above this page is not the title."""
    html = (
        "<html><head><title>Ban Vì sự tiến bộ của phụ nữ tỉnh > Bình đẳng giới - Vì sự tiến bộ phụ nữ</title></head>"
        "<body><div class='breadcrumb'><a href='/vi-vn/binh-dang-gioi'>Bình đẳng giới - Vì sự tiến bộ phụ nữ</a></div>"
        "<h2 class='c-title'><span>Bình đẳng giới - Vì sự tiến bộ phụ nữ</span></h2>"
        "<div class='tieude-chitiet'><span>Đẩy mạnh truyền thông trực tuyến trong Tháng hành động năm 2021</span></div>"
        f"<div class='noidung'><p>{BODY_P}</p><p>{BODY_P} Hai.</p></div></body></html>"
    )
    root = parse(html)
    tree = prepare(root)
    extraction = extract_tree(tree, url, folded_texts(tree))
    assert extraction.title == "Đẩy mạnh truyền thông trực tuyến trong Tháng hành động năm 2021"


def test_a_title_that_opens_with_the_sapos_words_is_still_the_title():
    """Titles and sapos often share their first words ('Luật ... năm 2022 có hiệu lực' above 'Luật ... số
    13/2022/QH15 được thông qua'): the title block is not taken for the body's first paragraph, so the title is
    neither the section heading above it nor lost."""
    title = "Luật Phòng, chống bạo lực gia đình năm 2022 có hiệu lực từ ngày 01/7/2023"
    html = (
        "<html><head><title>Trang thông tin điện tử huyện Minh Long</title></head><body>"
        "<h2 class='module-head'>Tin tức - Sự kiện</h2>"
        f"<div class='news-title'><span>{title}</span></div><div class='meta'>30/06/2023</div>"
        "<div class='content'><p><b>Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 được Quốc hội khóa XV thông "
        "qua ngày 14/11/2022, có hiệu lực thi hành từ ngày 01/7/2023.</b></p>"
        f"<p>{BODY_P}</p><p>{BODY_P} Hai.</p></div></body></html>"
    )
    assert _extract(html).title == title


def test_a_line_printed_above_the_body_but_given_after_it_is_not_the_articles():
    """On a short post trafilatura adds the site header's description after the body's paragraphs (a blog's
    'Thông tin hoạt động của Hội ...'): a line that sits above the body yet comes after it is not a lead; one that
    comes first stays."""
    header = "Thông tin hoạt động của Hội Liên hiệp Phụ nữ huyện Mai Châu, tỉnh Hòa Bình."
    lead = "Ngày 22/11/2019, xã Mai Hạ tổ chức diễu hành hưởng ứng Tháng hành động vì bình đẳng giới năm 2019."
    second = OPENINGS[0] + BODY_P  # opens otherwise than BODY_P: each is located in its own element
    html = (
        f"<html><body><header><h1>Hội LHPN huyện Mai Châu</h1><p class='description'>{header}</p></header>"
        f"<div class='lead'>{lead}</div><div class='post-body'><p>{BODY_P}</p><p>{second}</p></div>"
        "<footer><p>Bản quyền thuộc Hội LHPN huyện Mai Châu, mọi sao chép xin ghi rõ nguồn.</p></footer></body></html>"
    )
    texts = folded_texts(prepare(parse(html)))
    given = [
        lead,
        BODY_P,
        second,
        header,
        "Bản quyền thuộc Hội LHPN huyện Mai Châu, mọi sao chép xin ghi rõ nguồn.",
    ]
    assert drop_trailing_regions(given, texts) == [lead, BODY_P, second]


@pytest.mark.parametrize(
    ("page_title", "expected"),
    [
        (
            "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        ),
        ("Giao ban Khối Văn hóa - Xã hội quý I năm 2024", "Giao ban Khối Văn hóa - Xã hội quý I năm 2024"),
        ("Giao ban quý I năm 2024 - Cổng thông tin điện tử tỉnh Bắc Giang", "Giao ban quý I năm 2024"),
    ],
)
def test_a_page_title_is_not_cut_where_its_tail_names_no_portal(page_title, expected):
    """A print view or table layout with no heading is titled by its <title>, which trafilatura cuts at the last
    ' - ' as if a site's name followed: '... giai đoạn 2021 - 2030' is one title."""
    html = (
        f"<html><head><title>{page_title}</title></head><body onload='window.print()'>"
        f"<font size='4'><b>{page_title}</b></font><br><font size='1'>Ngày đăng: 08/07/2021</font>"
        f"<div align='justify'>{BODY_P}</div><div align='justify'>{OPENINGS[0] + BODY_P}</div></body></html>"
    )
    assert _extract(html).title == expected


def test_breadcrumbs_and_a_dateline_with_its_view_count_are_not_prose():
    html = (
        "<html><body><div class='content'><p>Trang chủ » Văn hóa - Xã hội</p>"
        "<h1>Hội nghị về bình đẳng giới</h1><p>(29/07/2021 8:30 SA) Lượt xem: 128</p>"
        f"<p>{BODY_P}</p><p>{BODY_P} Hai.</p><p>Ngày 5/3/2024, kết quả: tốt hơn năm trước.</p></div></body></html>"
    )
    assert _extract(html).paragraphs == [BODY_P, f"{BODY_P} Hai.", "Ngày 5/3/2024, kết quả: tốt hơn năm trước."]


def test_a_weekday_dateline_and_the_editors_account_are_not_prose():
    html = (
        "<html><body><h1>Hội nghị về bình đẳng giới</h1><div class='content'><p>Thứ tư, 07/12/2016 - 16:00</p>"
        f"<p>{BODY_P}</p><p>{BODY_P} Hai.</p><p>Thứ tư, 07/12/2016, Ủy ban nhân dân tỉnh họp phiên thường kỳ.</p>"
        "<p>Người cập nhật: MOLISA\\bdg_bt03</p></div></body></html>"
    )
    assert _extract(html).paragraphs == [
        BODY_P,
        f"{BODY_P} Hai.",
        "Thứ tư, 07/12/2016, Ủy ban nhân dân tỉnh họp phiên thường kỳ.",  # a sentence that opens with the day
    ]


def test_a_dateline_under_its_own_label_is_not_prose_in_either_language():
    html = (
        "<html><body><h1>Hội nghị về bình đẳng giới</h1><div class='content'>"
        "<p>Ngày đăng tin: 14/11/2022 09:15</p><p>Cập nhật lúc 16:40 15/11/2022</p>"
        "<p>Posted on: November 14, 2022</p><p>Last updated: 15 Nov 2022</p>"
        f"<p>{BODY_P}</p><p>{BODY_P} Hai.</p><p>Ngày 14/11/2022: khai mạc Tháng hành động.</p></div></body></html>"
    )
    assert _extract(html).paragraphs == [BODY_P, f"{BODY_P} Hai.", "Ngày 14/11/2022: khai mạc Tháng hành động."]


def test_a_data_tables_title_goes_with_the_table_but_a_line_leading_into_one_stays():
    figures = "".join(
        f"<tr><td>{unit}</td><td>{n}</td><td>{share}</td></tr>"
        for unit, n, share in [("Tỉnh", 52, "30,8%"), ("Huyện", 310, "27,1%"), ("Xã", 2140, "24,6%")]
    )
    html = (
        "<html><body><h1>Kết quả bầu cử đại biểu nữ</h1><div class='content'>"
        f"<p>{BODY_P}</p>"
        "<p style='text-align:center'><strong>Số đại biểu nữ trúng cử theo cấp, nhiệm kỳ 2021 - 2026</strong></p>"
        f"<table border='1'><tr><td>Cấp</td><td>Số nữ</td><td>Tỷ lệ</td></tr>{figures}</table>"
        f"<p>{BODY_P} Hai.</p><h3>Cơ cấu theo độ tuổi</h3><br><table border='1'>{figures}</table>"
        f"<p>Kết quả cụ thể từng xã như sau:</p><table border='1'>{figures}</table>"
        f"<p>{BODY_P} Ba.</p></div></body></html>"
    )
    assert _extract(html).paragraphs == [
        BODY_P,
        f"{BODY_P} Hai.",
        "Kết quả cụ thể từng xã như sau:",
        f"{BODY_P} Ba.",
    ]


def test_a_read_aloud_player_a_video_a_gallery_and_their_captions_are_not_prose():
    player = (
        "<div class='tts'><span>Nghe bài viết</span><select><option>Giọng nữ Hà Nội</option><option>Giọng nam Sài Gòn"
        "</option></select><button>Phát</button><audio controls src='/tts/99.mp3'>Trình duyệt không hỗ trợ âm thanh."
        "</audio></div>"
    )
    gallery = "".join(
        f"<div class='item'><a href='/anh/{n}.jpg'><img src='/anh/{n}_t.jpg' alt='Ảnh {n}'></a></div>" for n in range(3)
    )
    html = (
        f"<html><body><h1>Hội nghị về bình đẳng giới</h1>{player}<div class='content'><p>{BODY_P}</p>"
        "<p style='text-align:center'><iframe src='https://www.youtube.com/embed/xyz' width='640'></iframe></p>"
        "<p style='text-align:center'><em>Video: Toàn cảnh hội nghị tổng kết năm 2024</em></p>"
        f"<p>{BODY_P} Hai.</p><p><strong>Một số hình ảnh tại hội nghị:</strong></p><div class='album'>{gallery}</div>"
        "<p>Chi tiết Kế hoạch xem tại đây.</p></div></body></html>"
    )
    assert _extract(html).paragraphs == [BODY_P, f"{BODY_P} Hai."]


def test_a_longform_pages_label_chapter_numbers_inline_links_and_a_related_teaser_are_not_prose():
    html = (
        "<html><body><div class='emag'><div class='label'>E-MAGAZINE</div><h1>Những nữ lãnh đạo xã sau sắp xếp</h1>"
        f"<div class='chapter'><span class='no'>01</span></div><div class='text'><p>{BODY_P}</p>"
        "<p>Xem thêm: <a href='/nu-lanh-dao-cap-xa-post1.html'>Tỷ lệ nữ lãnh đạo chủ chốt cấp xã sau sáp nhập "
        "đơn vị hành chính tăng lên 21,4%</a></p>"
        f"<p>{BODY_P} Hai.</p><div class='chapter'><span class='no'>02</span></div>"
        f"<p>{BODY_P} Ba.</p></div><div class='next'><p>10:15 | 14/11/2025</p>"
        f"<p>Sáng 14/11, tại Trung tâm Hội nghị tỉnh, Ban Vì sự tiến bộ của phụ nữ tỉnh tổ chức lễ phát động...</p>"
        "</div></div></body></html>"
    )
    assert _extract(html).paragraphs == [BODY_P, f"{BODY_P} Hai.", f"{BODY_P} Ba."]


def test_a_pull_quote_repeating_the_body_is_said_once():
    quote = "Nam giới cũng được mời tham gia để cùng chia sẻ việc nhà, việc chăm con"
    said = f"Chị Lan kể: “{quote}”, nhờ vậy bạo lực gia đình ở thôn đã giảm hẳn trong hai năm qua."
    html = (
        f"<html><body><h1>Dự án 8 ở vùng cao</h1><div class='content'><p>{BODY_P}</p><p>{said}</p>"
        f"<blockquote class='pull'><p>“{quote}”</p></blockquote><p>{BODY_P} Hai.</p><p>Hội nghị</p></div></body></html>"
    )
    assert _extract(html).paragraphs == [BODY_P, said, f"{BODY_P} Hai.", "Hội nghị"]


def test_a_table_layouts_bold_title_line_is_the_title_when_no_heading_or_title_tag_names_it():
    title = "Hội nghị triển khai công tác bình đẳng giới năm 2016"
    layout = (
        "<html><head><title>Website huyện</title></head><body><table><tr><td><a href='/'>Trang chủ</a> &gt;&gt; "
        "<a href='/tin'>Tin tức</a><br><b>THÔNG BÁO MỚI</b><br><font size='3' color='#0B4EA2'><b>{title}</b></font>"
        f"<br><font size='1'>(Cập nhật: 18/11/2016)</font></td></tr><tr><td class='noidung'><p>{BODY_P}</p>"
        f"<p>{BODY_P} Hai.</p></td></tr></table></body></html>"
    )
    assert _extract(layout.format(title=title)).title == title
    with_heading = layout.replace("<font size='3' color='#0B4EA2'><b>{title}</b></font>", "<h1>{title}</h1>")
    assert _extract(with_heading.format(title=title)).title == title


# --- what the cheaper page stages must still find (issue #14) ---------------------------------------------------


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_the_title_site_name_and_description_are_trafilaturas(path):
    """page_metadata computes only the three metadata fields extraction reads: they stay extract_metadata's."""
    tree = prepare(parse(_html(path)))
    ours, theirs = page_metadata(tree, URL), trafilatura.extract_metadata(tree, URL)
    assert (ours.title, ours.sitename, ours.description) == (theirs.title, theirs.sitename, theirs.description)


def _scanned_texts(tree) -> dict:
    """Every body element's folded text, computed for all of them (what FoldedTexts computes on demand)."""
    body = tree.find("body")
    return {el: fold(squash_spaces(el.text_content())) for el in body.iter() if isinstance(el.tag, str)}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_locating_a_paragraph_from_the_body_down_finds_what_a_scan_of_every_element_finds(path):
    tree = prepare(parse(_html(path)))
    texts, scanned = folded_texts(tree), _scanned_texts(tree)
    assert list(texts) == list(scanned) and all(texts[el] == text for el, text in scanned.items())
    extraction = extract_tree(tree, URL, folded_texts(tree))
    paragraphs = extraction.paragraphs if extraction else []
    keys = [fold(p).lstrip("-*• ")[:40] for p in paragraphs] + [text[:30] for text in list(scanned.values())[::7]]
    for key in keys:
        assert texts.holders(key) == [el for el, text in scanned.items() if key in text]
        spaceless = key.replace(" ", "")
        assert texts.holders(spaceless, spaceless=True) == [
            el for el, text in scanned.items() if spaceless in text.replace(" ", "")
        ]
    for paragraph in paragraphs:
        key = fold(paragraph).lstrip("-*• ")[:40]
        holders = [el for el, text in scanned.items() if key in text]
        smallest = min(reversed(holders), key=lambda el: len(scanned[el])) if holders else None
        assert texts.locate(paragraph) is smallest or smallest is None


@pytest.mark.parametrize(
    "body",
    [
        "<div> Hội  <b>nghị</b>\xa0 <i> </i> bình<!-- c --> đẳng<br/>giới </div><p>\u2003Tổng kết</p>",
        "<p>ĐẠI HỘI <span>ĐẢNG</span><span>★ Tin</span> ← <em>→</em><span>Δ</span>Ωμέγα<b>Ж</b></p>",
        "<p>Vie<b>\u0302</b>t Nam <i>\u0301</i> mới</p>",  # combining marks standing alone: folded whole
        "<p>ΟΔΟΣ<b>Α</b> ΣΑ<b>Σ</b></p>",  # a capital sigma's lower case depends on what follows it
        "<p>Hà Nội<b>\u0915\u093c</b>x</p><div>\u3000全角<span>\u302a</span></div>",
    ],
)
def test_an_elements_folded_text_is_its_whole_text_folded(body):
    tree = prepare(parse(f"<html><body>{body}</body></html>"))
    texts, scanned = folded_texts(tree), _scanned_texts(tree)
    assert list(texts) == list(scanned) and all(texts[el] == text for el, text in scanned.items())


def test_text_nodes_start_safely_only_with_characters_that_fold_alone():
    """The characters a text node may start with for FoldedTexts to fold a page piece by piece are base characters
    that nothing before them composes with: checked against this Python's Unicode database."""
    allowed = re.compile(f"[{page.FOLDS_ALONE}]")
    seconds = set()
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<") and not unicodedata.combining(chr(int(parts[1], 16))):
            seconds.add(int(parts[1], 16))  # the second of a canonical pair that is itself a base character
    for code in range(0x110000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or not allowed.fullmatch(char) or char == "\x00":
            continue
        assert not unicodedata.combining(char) and not unicodedata.combining(unicodedata.normalize("NFD", char)[0])
        assert code not in seconds and not 0x1161 <= code <= 0x11C2, hex(code)  # nor a Hangul vowel or final jamo


LINKED_SIDEBAR = (
    "<html><body><div class='nav'>{menu}</div><h1>Hội nghị triển khai công tác bình đẳng giới năm 2023</h1>"
    "<div class='content'>{body}</div><div class='sidebar'><h3>Tin mới</h3><ul>{sidebar}</ul></div></body></html>"
)


def test_readability_is_asked_only_where_it_can_be_taken(monkeypatch):
    """trafilatura takes readability's extraction over its own only when its own is empty, without paragraphs or under
    half readability's length: a long body of paragraphs is not compared (extract.yml readability_below), a short one
    is, and other callers in the process keep trafilatura's comparison."""
    asked = []
    readability = trafilatura.external.try_readability
    monkeypatch.setattr(trafilatura.external, "try_readability", lambda tree: asked.append(1) or readability(tree))
    compare = trafilatura.core.compare_extraction
    page_of = "<html><body><h1>Hội nghị triển khai công tác bình đẳng giới năm 2023</h1><div class='content'>{}</div>"
    long_page = page_of.format("".join(f"<p>{OPENINGS[n % 4]}{n + 1}. {BODY_P}</p>" for n in range(8)))
    long = _extract(long_page)
    assert not asked and len(long.text) >= config().readability_below and len(long.paragraphs) == 8
    short = _extract(page_of.format(f"<p>{BODY_P}</p>"))
    assert asked and short.paragraphs == [BODY_P]
    assert trafilatura.core.compare_extraction is compare and trafilatura.external.try_readability is not readability
    asked.clear()
    trafilatura.bare_extraction(long_page, url=URL)
    assert asked


def test_trafilaturas_recall_escalation_is_off_for_extraction_only(monkeypatch):
    """A short body beside much link text makes trafilatura retry the page in recall mode and with justext (it took
    a sidebar's dated links for the body on link-heavy portal pages): extract.yml turns that off, for our calls."""
    retried = []
    retry = trafilatura.core._recall_retry
    monkeypatch.setattr(trafilatura.core, "_recall_retry", lambda *args: retried.append(1) or retry(*args))
    html = LINKED_SIDEBAR.format(
        menu="".join(f"<a href='/muc/{n}'>Chuyên mục số {n} của cổng thông tin</a> " for n in range(40)),
        body=f"<p>{BODY_P}</p><p>{OPENINGS[1]}{BODY_P}</p>",
        sidebar="".join(
            f"<li><a href='/tin/{n}.html'>Hội nghị sơ kết công tác phụ nữ quý {n} năm 2024 của huyện</a> "
            f"<em>({n % 28 + 1}/3/2024)</em></li>"
            for n in range(60)
        ),
    )
    default = trafilatura.core.ESCALATION_MAX_LENGTH
    trafilatura.bare_extraction(html, url=URL, with_metadata=True)
    assert retried  # the page is one trafilatura escalates
    retried.clear()
    extraction = _extract(html)
    assert not retried and trafilatura.core.ESCALATION_MAX_LENGTH == default
    assert extraction.paragraphs == [BODY_P, f"{OPENINGS[1]}{BODY_P}"]


def test_justext_gets_every_language_s_stopwords_without_a_tuple_of_them_kept():
    """The rescue's stoplist is the words of every justext language, as trafilatura's JT_STOPLIST tuple gave them."""
    import trafilatura.external
    from justext.core import define_stoplist

    external = trafilatura.external
    words = tuple({word for language in external.get_stoplists() for word in external.get_stoplist(language)})
    assert not isinstance(external.JT_STOPLIST, tuple)
    assert define_stoplist(external.JT_STOPLIST) == define_stoplist(words)
