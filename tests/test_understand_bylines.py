from pathlib import Path

import pytest

from govnews.crawler.understand.bylines import clean_title, find_author

SEEDS = Path(__file__).parent / "fixtures" / "understand"
PAGES = SEEDS / "pages"
BODY = "Đây là một đoạn thân bài đủ dài, có hơn mười hai từ, để làm phần nội dung của bài viết này."


def _seed(name):
    return (SEEDS / f"seed_{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "author", "removed_line"),
    [
        ("000", "Anh Vũ", "Anh Vũ"),  # bare signature above 'Bình luận'
        # 'Người đăng tin: Nhâm' names who posted the page; the writer signs under the body: the signature wins
        ("002", "Nhân Văn", "Nhân Văn"),
        ("003", "Mai Thanh - TTKC", "Tác giả: Mai Thanh - TTKC"),
        ("004", "Khánh Trình (TT VH - TT & TT huyện)", "Khánh Trình (TT VH - TT & TT huyện)"),
    ],
)
def test_seeds(name, author, removed_line):
    text = _seed(name)
    found, rest = find_author("", text)
    assert found == author
    lines = text.split("\n")
    assert sum(line.strip() == removed_line for line in lines) == 1
    assert rest == "\n".join(line for line in lines if line.strip() != removed_line)  # only that line went


def test_seed_001_has_no_author_and_keeps_its_text():
    text = _seed("001")
    assert find_author("", text) == (None, text)


@pytest.mark.parametrize(
    ("last_line", "author"),
    [
        ("Anh Vũ", "Anh Vũ"),
        ("PV", "PV"),
        ("N.T.H", "N.T.H"),
        ("Nguyễn Văn A - Phòng VHTT", "Nguyễn Văn A - Phòng VHTT"),
        ("Thu Hà (Phòng Lao động - Thương binh và Xã hội)", "Thu Hà (Phòng Lao động - Thương binh và Xã hội)"),
        ("   Nhân Văn   ", "Nhân Văn"),
        ("Tin, ảnh: Anh Vũ", "Anh Vũ"),
        ("Bài và ảnh: Hoàng Hà", "Hoàng Hà"),
        ("Tác giả Mai Thanh", "Mai Thanh"),  # how trafilatura hands back 'Tác giả: Mai Thanh'
        ("K’Hương", "K’Hương"),  # Central Highlands names: K'Ho, Ê Đê ('H'Hen Niê')
        ("H'Hen Niê - Hội LHPN tỉnh", "H'Hen Niê - Hội LHPN tỉnh"),
    ],
)
def test_trailing_signatures(last_line, author):
    found, rest = find_author("", f"{BODY}\n{last_line}")
    assert (found, rest) == (author, BODY)


def test_a_signature_under_paragraphs_leaves_no_blank_line_behind():
    """Extraction parts paragraphs with a blank line: the signature goes, and the blank line above it too."""
    assert find_author("", f"{BODY}\n\n{BODY}\n\nAnh Vũ") == ("Anh Vũ", f"{BODY}\n\n{BODY}")


@pytest.mark.parametrize(
    "last_line",
    [
        "Ảnh minh họa",
        "Hoàng Hà đã tham dự.",
        "Trân trọng!",
        "UBND TỈNH ĐIỆN BIÊN",
        "Nội dung chi tiết tại Kế hoạch số 54/KH-UBND.",
        "Hà Nội, ngày 5/7/2023",
        "Các đại biểu tham dự hội nghị tập huấn",
        "Theo đó, Ủy ban nhân dân tỉnh giao Sở Lao động - Thương binh và Xã hội chủ trì thực hiện kế hoạch.",
    ],
)
def test_not_signatures(last_line):
    text = f"{BODY}\n{last_line}"
    assert find_author("", text) == (None, text)


def test_source_line_is_removed_but_is_not_an_author():
    assert find_author("", f"{BODY}\nTheo baodienbien.vn") == (None, BODY)
    assert find_author("", f"{BODY}\nNguồn tin: Sở LĐTBXH") == (None, BODY)


@pytest.mark.parametrize("source", ["Nguồn: Cổng TTĐT tỉnh Bến Tre (cũ)", "Theo baodienbien.vn"])
def test_a_signature_above_a_source_credit_is_the_author(source):
    """Articles migrated from a merged province's portal sign, then credit the old portal under the signature."""
    assert find_author("", f"{BODY}\nThu Trang\n{source}") == ("Thu Trang", BODY)
    # Above the credit, a sentence of the body stays: it signs nothing.
    assert find_author("", f"{BODY}\n{source}") == (None, BODY)


def test_label_in_the_page_when_the_text_has_none():
    html = (PAGES / "nukeviet.html").read_text(encoding="utf-8")
    assert find_author(html, BODY) == ("Mai Thanh - TTKC", BODY)
    html = (PAGES / "dnn_labelled.html").read_text(encoding="utf-8")
    assert find_author(html, BODY)[0] == "Nhâm"
    html = (PAGES / "bottom_label.html").read_text(encoding="utf-8")
    assert find_author(html, BODY)[0] == "Thu Hà"


def test_nothing_to_find():
    assert find_author("", "") == (None, "")
    assert find_author("<html><body><p>Không có tác giả.</p></body></html>", BODY) == (None, BODY)


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        (
            "Đắk Lắk: Ban hành kế hoạch triển khai công tác bình đẳng giới năm 2020 - Sở Công Thương tỉnh Đắk Lắk",
            None,
            "Đắk Lắk: Ban hành kế hoạch triển khai công tác bình đẳng giới năm 2020",
        ),
        (
            "Kế hoạch thực hiện công tác bình đẳng giới năm 2023 - CỔNG THÔNG TIN ĐIỆN TỬ SỞ LAO ĐỘNG - THƯƠNG BINH VÀ "
            "XÃ HỘI TỈNH HƯNG YÊN",
            None,
            "Kế hoạch thực hiện công tác bình đẳng giới năm 2023",
        ),
        ("Hội nghị tập huấn | Cổng TTĐT tỉnh Điện Biên", None, "Hội nghị tập huấn"),
        ("Kiểm tra hoạt động bình đẳng giới năm 2022 | Sở LĐTBXH", None, "Kiểm tra hoạt động bình đẳng giới năm 2022"),
        ("Ngày hội bình đẳng giới - Tỉnh Điện Biên", None, "Ngày hội bình đẳng giới"),
        ("Ngày hội bình đẳng giới - dienbien.gov.vn", None, "Ngày hội bình đẳng giới"),
        ("Trang chủ > Tin tức > Hội nghị bình đẳng giới", None, "Hội nghị bình đẳng giới"),
        ("Tin tức - Sự kiện » Hội nghị bình đẳng giới", None, "Hội nghị bình đẳng giới"),
        ("Hội LHPN tỉnh - Hội nghị tổng kết năm 2023", "Hội LHPN tỉnh", "Hội nghị tổng kết năm 2023"),
        ("Hội nghị tổng kết năm 2023 :: Hội LHPN tỉnh", "Hội LHPN tỉnh", "Hội nghị tổng kết năm 2023"),
        ("Xuất bản thông tin", None, ""),
        ("xem chi tiet tin - Sở Lao động Thương binh và Xã hội", None, ""),
        # title text that only looks like a portal suffix stays
        (
            "Điện Biên: Triển khai công tác bình đẳng giới năm 2018",
            None,
            "Điện Biên: Triển khai công tác bình đẳng giới năm 2018",
        ),
        (
            "Sở Lao động - Thương binh và Xã hội tổ chức hội nghị",
            None,
            "Sở Lao động - Thương binh và Xã hội tổ chức hội nghị",
        ),
        ("Đẩy mạnh - Xã hội hóa công tác chăm sóc trẻ em", None, "Đẩy mạnh - Xã hội hóa công tác chăm sóc trẻ em"),
        ("Hội nghị - Ban hành kế hoạch mới", None, "Hội nghị - Ban hành kế hoạch mới"),
        ("  Tập huấn   kiến thức   giới ", None, "Tập huấn kiến thức giới"),
    ],
)
def test_clean_title(title, site, expected):
    assert clean_title(title, site) == expected


@pytest.mark.parametrize(
    ("fragment", "author"),
    [
        # WordPress: 'bởi' + author vcard
        (
            '<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/kl/">Khánh Linh</a>'
            "</span></span>",
            "Khánh Linh",
        ),
        # VHV CMS
        (
            '<div class="post-meta"><span class="post-date">09:00:00 | 06/06/2025</span>'
            '<span class="post-author">Hoàng Anh</span></div>',
            "Hoàng Anh",
        ),
        # DNN: '- Thanh Hương' after the date
        (
            '<div class="news-date-detail"><span>Ngày cập nhật 14/11/2025</span> '
            '<span id="dnn_ctr507_ViewNews_lblAuthor" class="author">- Thanh Hương</span></div>',
            "Thanh Hương",
        ),
        # a comment's author or a site-wide 'Admin' is not the article's author
        ('<div id="comments"><cite class="fn author">Nguyễn Văn Bình</cite></div>', None),
        ('<span class="author">Admin</span>', None),
    ],
)
def test_author_element_in_the_page(fragment, author):
    html = f"<html><body><h1>Tiêu đề bài viết về bình đẳng giới</h1>{fragment}<p>{BODY}</p></body></html>"
    assert find_author(html, BODY) == (author, BODY)


LONG_UNIT = "Phòng Lao động - Thương binh và Xã hội huyện Mường Chà"


@pytest.mark.parametrize(
    ("line", "signature"),
    [
        ("Phòng Xây dựng chính quyền", "Phòng Xây dựng chính quyền"),  # a unit signs its article
        ("Văn phòng Sở", "Văn phòng Sở"),
        ("Phòng chống bạo lực gia đình", None),  # a heading: the unit word, then no capitalised name
        ("Tổ chức thành công hội nghị", None),
        ("Phòng Công tác thanh niên tổ chức hội nghị.", None),  # a sentence
        ("Cục Trẻ em", "Cục Trẻ em"),  # a ministry's department signs as its office does
        ("Sở Nội vụ", "Sở Nội vụ"),
        ("Thường trực Ban Vì sự tiến bộ của phụ nữ", "Thường trực Ban Vì sự tiến bộ của phụ nữ"),
        ("Phòng LĐTBXH", "Phòng LĐTBXH"),  # an abbreviated name
        (LONG_UNIT, LONG_UNIT),
        ("Ban Chỉ đạo đề nghị các đơn vị thực hiện nghiêm túc kế hoạch", None),  # long, and a sentence's words
        ("UBND TỈNH LAI CHÂU", None),  # a heading in capitals
        ("Hội nghị kết thúc lúc 11 giờ", None),
    ],
)
def test_a_unit_signs_like_a_person(line, signature):
    from govnews.crawler.understand.bylines import _signature

    assert _signature(line) == signature


def test_a_byline_printed_above_the_body_is_the_author_not_its_first_paragraph():
    html = (
        "<html><body><h1>Phòng ngừa xâm hại trẻ em gái</h1><div class='field-tac-gia'><em>Minh Châu</em></div>"
        f"<div class='body'><p>{BODY}</p></div></body></html>"
    )
    assert find_author(html, f"Minh Châu\n\n{BODY}") == ("Minh Châu", BODY)
    byline = "<html><body><span class='byline'>bởi Thanh Hà</span></body></html>"
    assert find_author(byline, f"bởi Thanh Hà\n\n{BODY}") == ("Thanh Hà", BODY)
    # A line of the body that happens to be a short name elsewhere is left alone.
    assert find_author(html, f"{BODY}\n\nMinh Châu cho biết thêm về kết quả đạt được của cả năm.")[1].endswith("năm.")


def test_a_source_credit_of_any_length_under_the_body_is_not_the_articles_text():
    credit = (
        "Nguồn: Cục Bảo trợ xã hội - Bộ Y tế - https://bts.example.gov.vn/tin-tuc/ho-tro-phu-nu-va-tre-em-bi-mua-ban"
    )
    assert find_author("<html><body></body></html>", f"{BODY}\n\n{credit}") == (None, BODY)
    prose = "Theo báo cáo, " + " ".join(["năm qua toàn tỉnh đã hỗ trợ kịp thời các nạn nhân"] * 3) + "."
    assert find_author("<html><body></body></html>", f"{BODY}\n\n{prose}") == (None, f"{BODY}\n\n{prose}")


def test_a_longform_pages_production_credits_are_not_text_and_name_the_writer():
    text = f"Nội dung: Hoàng Yến\n\nĐồ họa: Đức Anh\n\n{BODY}\n\nNội dung: Triển khai kế hoạch năm 2025\n\n{BODY}"
    assert find_author("<html><body></body></html>", text) == (
        "Hoàng Yến",
        f"{BODY}\n\nNội dung: Triển khai kế hoạch năm 2025\n\n{BODY}",
    )


def test_a_writers_label_under_the_body_outranks_a_posting_accounts_above():
    """Joomla prints 'Viết bởi <account>' above the body; the writer's 'Tác giả:' under it, which trafilatura leaves
    out of the text with its author-classed paragraph."""
    html = (
        "<html><body><h1>Tập huấn lồng ghép giới</h1><dl><dd>Viết bởi Biên Tập Viên</dd>"
        f"<dd>Danh mục: Bình đẳng giới</dd></dl><div><p>{BODY}</p>"
        "<p class='author'><strong>Tác giả:</strong> Ngọc Lan</p></div></body></html>"
    )
    assert find_author(html, BODY) == ("Ngọc Lan", BODY)


def test_an_author_label_in_a_cell_of_its_own_names_the_next_cell():
    """Drupal's inline field: 'Tác giả' in the label element, the name in the item element."""
    html = (
        f"<html><body><h1>Ngày hội việc làm</h1><div><p>{BODY}</p></div><div class='field field--name-field-tac-gia'>"
        "<div class='field__label'>Tác giả</div><div class='field__item'>Hoài Thương</div></div></body></html>"
    )
    assert find_author(html, BODY) == ("Hoài Thương", BODY)


def test_a_signature_in_a_block_of_its_own_under_the_body_is_the_author():
    """A page builder puts the right-aligned signature in a text widget of its own, which the extraction leaves out
    with what follows the body; a link there (a share button, a tag) is no signature."""
    html = (
        f"<html><body><h1>Sơ kết 5 năm</h1><div class='widget'><p>{BODY}</p></div>"
        "<div class='widget'><p style='text-align: right;'><strong>Ngọc Diệp</strong></p></div>"
        "<div class='share'><a href='/tag/x'>Minh Long</a></div></body></html>"
    )
    assert find_author(html, BODY) == ("Ngọc Diệp", BODY)
    linked = html.replace("<p style='text-align: right;'><strong>Ngọc Diệp</strong></p>", "")
    assert find_author(linked, BODY) == (None, BODY)


def test_a_name_before_the_dateline_is_the_byline():
    """An old table layout prints '<b>Thu Hằng</b> - Ngày đăng: 05/11/2024 10:00' under the title."""
    html = (
        "<html><body><table><tr><td><b>Hội thi Gia đình trẻ hạnh phúc năm 2024</b></td></tr>"
        "<tr><td><b>Thu Hằng</b> - <font size='1'>Ngày đăng: 05/11/2024 10:00</font></td></tr>"
        f"<tr><td><p>{BODY}</p></td></tr></table></body></html>"
    )
    assert find_author(html, BODY) == ("Thu Hằng", BODY)
    unit = html.replace("<b>Thu Hằng</b>", "<b>Văn phòng Sở</b>")
    assert find_author(unit, BODY) == (None, BODY)  # a unit before the dateline is the site's furniture
