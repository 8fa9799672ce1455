from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.crawler.understand import page
from govnews.crawler.understand.dates import find_publication_date, parse_vn_date, publication_date

PAGES = Path(__file__).parent / "fixtures" / "understand" / "pages"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # docs/portals.md §5, one row per shape seen on the portals
        ("Thứ tư - 11/03/2020 00:11", "2020-03-11T00:11:00+07:00"),
        ("Ngày cập nhật 25/10/2022", "2022-10-25"),
        ("Đăng ngày 27 - 03 - 2023", "2023-03-27"),
        ("Đăng ngày 09 - 03 - 2022", "2022-03-09"),
        ("Ngày đăng tin: 07/03/2018", "2018-03-07"),
        ("09 tháng 02 năm 2018", "2018-02-09"),
        ("ngày 9 tháng 2 năm 2018", "2018-02-09"),
        ("Bình Định, ngày 08 tháng 07 năm 2021", "2021-07-08"),
        ("Được đăng ngày Thứ Tư, 05 Tháng 6 2024 09:45", "2024-06-05T09:45:00+07:00"),  # Joomla vi-VN
        ("Cập nhật lúc 08:30, 05/06/2023", "2023-06-05T08:30:00+07:00"),
        ("(05/06/2023 7:20 SA)", "2023-06-05T07:20:00+07:00"),
        ("(09/09/2022 1:56 CH)", "2022-09-09T13:56:00+07:00"),
        ("(16/05/2022 11:08 SA)", "2022-05-16T11:08:00+07:00"),
        ("(16/05/2022 12:08 SA)", "2022-05-16T00:08:00+07:00"),
        ("(16/05/2022 12:08 CH)", "2022-05-16T12:08:00+07:00"),
        ("11/03/2020 12:11:05 AM", "2020-03-11T00:11:05+07:00"),
        ("11/03/2020 00:11:05", "2020-03-11T00:11:05+07:00"),
        # midnight sharp is what date-only CMS fields print: no time
        ("Cập nhật lúc 00:00 ngày 08/06/2017", "2017-06-08"),
        ("12/12/2020 12:00 SA", "2020-12-12"),
        ("08:30 11/03/2020", "2020-03-11T08:30:00+07:00"),
        ("17:23:45 | 07/08/2018", "2018-08-07T17:23:45+07:00"),
        ("Thứ năm, 20/11/2025 | 14:24", "2025-11-20T14:24:00+07:00"),
        ("Thứ Sáu, 15/11/2019 | 17:08", "2019-11-15T17:08:00+07:00"),
        ("Thu Hà 14:25, 21/03/2024", "2024-03-21T14:25:00+07:00"),
        # English sections of Vietnamese portals (issue #13): month names, either order, ordinals, a weekday
        ("Posted on: March 27, 2023", "2023-03-27"),
        ("Posted on Mar. 3rd, 2021 by admin", "2021-03-03"),
        ("Monday, 4 December 2023 - 08:15", "2023-12-04T08:15:00+07:00"),
        ("Published: 15 Sept 2022", "2022-09-15"),
        ("Ngày 15-03-2023", "2023-03-15"),
        ("(11/03/2020)", "2020-03-11"),
        ("11.03.2020", "2020-03-11"),
        ("08h30 ngày 5/7/2023", "2023-07-05T08:30:00+07:00"),
        ("lúc 14 giờ 30 ngày 5/7/2023", "2023-07-05T14:30:00+07:00"),
        ("2018-08-07T17:23:45+07:00", "2018-08-07T17:23:45+07:00"),
        ("2018-08-07T10:23:45Z", "2018-08-07T17:23:45+07:00"),
        ("2018-08-07T23:30:00-02:00", "2018-08-08T08:30:00+07:00"),
        ("2018-08-07", "2018-08-07"),
        # day-first always; a 'month' above 12 is an m/d/Y widget
        ("05/06/2023", "2023-06-05"),
        ("05/13/2023", "2023-05-13"),
        # impossible dates are skipped, the next valid one is taken
        ("31/02/2020 hoặc 01/03/2020", "2020-03-01"),
        ("từ 15/11 đến 15/12/2020", "2020-12-15"),
        # a time far from the date, or an impossible time, is not the date's time
        ("11/03/2020 và cuộc họp lúc 25:61", "2020-03-11"),
        ("Ngày 24/3/2023, Ủy ban nhân dân tỉnh ban hành lúc 08:00", "2023-03-24"),
        ("giai đoạn 2021-2030", None),
        ("9/10 xã", None),
        ("1.2.3", None),
        ("", None),
        ("không có ngày", None),
    ],
)
def test_parse_vn_date(text, expected):
    assert parse_vn_date(text) == expected


def test_parse_vn_date_reads_decomposed_unicode():
    import unicodedata

    assert parse_vn_date(unicodedata.normalize("NFD", "09 tháng 02 năm 2018")) == "2018-02-09"


@given(st.text())
def test_parse_vn_date_never_raises(text):
    result = parse_vn_date(text)
    assert result is None or result[:4].isdigit()


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1990, max_value=2099),
    st.sampled_from(["/", "-", ".", " - "]),
    st.booleans(),
)
def test_parse_vn_date_is_day_first(day, month, year, sep, pad):
    d, m = (f"{day:02d}", f"{month:02d}") if pad else (str(day), str(month))
    assert parse_vn_date(f"Ngày {d}{sep}{m}{sep}{year}") == f"{year:04d}-{month:02d}-{day:02d}"


@pytest.mark.parametrize(
    ("page", "url", "expected"),
    [
        # NukeViet: the dateline 'Thứ tư - 11/03/2020 00:11' below the h1; 'Những tin mới hơn' holds newer dates,
        # the body cites documents with dates, the header shows today's date, the footer an update date
        ("nukeviet.html", "https://socongthuong.daklak.gov.vn/news/tin/ke-hoach-1.html", "2020-03-11T00:11:00+07:00"),
        # SharePoint (Tân Dân): 'Đăng ngày 27 - 03 - 2023'; 'Tin liên quan' / 'Tin mới nhất' with (05/06/2023 7:20 SA)
        ("sharepoint.html", "https://soldtbxh.hungyen.gov.vn/portal/Pages/Ke-hoach.aspx", "2023-03-27"),
        # Liferay: generic <title>, 'Xuất bản thông tin' portlet title, dateline 'Ngày 15-03-2023'
        ("liferay.html", "https://sldtbxh.haugiang.gov.vn/xem-chi-tiet-tin/-/tin-tuc/Thanh-pho-301407", "2023-03-15"),
        # VHV: post-date 'H:i:s | d/m/Y' and a meta datePublished agreeing
        ("vhv.html", "https://conganthanhhoa.gov.vn/tin-tuc/x.html", "2018-08-07T17:23:45+07:00"),
        # no visible dateline: article:published_time (UTC, converted) wins over JSON-LD; body dates ignored
        ("meta_only.html", "https://dienbien.gov.vn/portal/Pages/Ngay-hoi.aspx", "2023-11-20T09:15:00+07:00"),
        # a date-only dateline takes the time of a JSON-LD timestamp of the same day
        ("dateline_plus_meta.html", "https://sldtbxh.thuathienhue.gov.vn/?gd=1&cn=2&tc=3", "2022-10-25T15:40:00+07:00"),
        # DNN-like: 'Người đăng tin: Nhâm Ngày đăng tin: 07/03/2018 Lượt xem: 51'; body '09 tháng 02 năm 2018'
        ("dnn_labelled.html", "https://sontra.danang.gov.vn/Default.aspx?tabid=119", "2018-03-07"),
        # the labelled date below the body; the sidebar 'Tin mới' has a labelled newer date
        ("bottom_label.html", "https://phunu.example.gov.vn/tin/ra-mat-mo-hinh", "2024-03-13"),
        # table layout, windows-1258 NFD text, no heading element: the title is matched in <font><b> via <title>;
        # the left column repeats the title as a link; the layout row holds links but is not a list
        ("table_layout_nfd.html", "http://hailang.quangtri.gov.vn/index.asp?NewsID=6", "2024-06-12T09:20:00+07:00"),
        # only cited documents, a today-widget, a related list and a footer carry dates: NULL, not a guess
        ("no_date.html", "https://example.gov.vn/tin/trien-khai", None),
        # ... unless the URL has one
        ("no_date.html", "https://soldtbxh.hungyen.gov.vn/portal/Pages/2022-3-22/Ke-hoach-t7fow8o.aspx", "2022-03-22"),
    ],
)
def test_find_publication_date(page, url, expected):
    html = (PAGES / page).read_text(encoding="utf-8")
    assert find_publication_date(html, url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://benhvienthuduc.vn/2023/11/27/hoi-thao/", "2023-11-27"),
        ("https://soldtbxh.hungyen.gov.vn/portal/Pages/2022-3-22/Ke-hoach.aspx", "2022-03-22"),
        ("https://example.vn/2023/02/31/x/", None),
        ("https://example.vn/tin-tuc/ke-hoach-54-2023.html", None),
    ],
)
def test_find_publication_date_from_url_only(url, expected):
    assert find_publication_date("", url) == expected


def test_find_publication_date_tolerates_odd_input():
    assert find_publication_date('<?xml version="1.0" encoding="utf-8"?><html><body></body></html>', "") is None
    assert find_publication_date("<p>Đăng ngày 27 - 03 - 2023</p>", "") == "2023-03-27"
    assert find_publication_date("\x00\ud800", "not a url") is None


def test_an_english_post_is_dated_by_its_posted_on_line():
    html = (
        "<html><body><div class='sidebar'>Today: December 7, 2026</div><article><h1>Provincial Women's Union "
        "holds a forum on gender equality</h1><div class='entry-meta'>Posted on: March 27, 2023 by Lan Anh</div>"
        "<p>The Women's Union held a forum on gender equality in the workplace on 25 March 2023 with 120 members "
        "from districts across the province.</p></article></body></html>"
    )
    assert find_publication_date(html, "https://example.gov.vn/en/forum-on-gender-equality/") == "2023-03-27"


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Ngày 15/3/2012: Thông báo lịch tiếp công dân tháng 3 của Chủ tịch UBND huyện", "2012-03-15"),
        ("Thông báo tuyển dụng viên chức năm 2015 (06/3/2015)", "2015-03-06"),
        ("Triển khai Kế hoạch số 12/KH-UBND ngày 15/3/2012 về bình đẳng giới", None),  # a cited document's date
        ("Hội nghị tổng kết năm 2012", None),
    ],
)
def test_a_notice_dated_only_in_its_title(title, day):
    from govnews.crawler.understand.dates import title_date

    assert title_date(title) == day


def _form(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td class='label'><h3>{label}</h3></td><td class='value'>{value}</td></tr>" for label, value in rows
    )
    title = "<title>Thông báo lịch tiếp công dân năm 2023</title>"
    return f"<html><head>{title}</head><body><table>{cells}</table></body></html>"


@pytest.mark.parametrize(
    "rows, expected",
    [
        (  # a list item's form: the expiry above, the creation line below the body
            [
                ("Tiêu đề", "Thông báo lịch tiếp công dân năm 2023"),
                ("Nội dung", "Giám đốc Sở tiếp công dân vào ngày thứ Năm của tuần thứ hai hằng tháng."),
                ("Hết hạn", "08/02/2023"),
                ("Tệp đính kèm", ""),
                ("", "Được tạo lúc 09/01/2023 8:00 SA bởi Biên tập viên 01"),
                ("", "Sửa đổi lần cuối lúc 10/01/2023 8:33 SA bởi Biên tập viên 01"),
            ],
            "2023-01-09T08:00:00+07:00",
        ),
        (  # a news record: the date in its own cell beside 'Ngày đăng'
            [
                ("Tiêu đề", "Thông báo lịch tiếp công dân năm 2023"),
                ("Nội dung", "Giám đốc Sở tiếp công dân vào ngày thứ Năm của tuần thứ hai hằng tháng."),
                ("Ngày đăng", "16/11/2018 8:30 SA"),
            ],
            "2018-11-16T08:30:00+07:00",
        ),
    ],
)
def test_a_forms_date_is_read_with_its_label_cell(rows, expected):
    """SharePoint shows a list item as a form, each label in a cell beside its value: 'Hết hạn' (expires) is no
    publication date, 'Ngày đăng' and 'Được tạo lúc' (created at) are."""
    assert find_publication_date(_form(rows), "https://x.gov.vn/Lists/ThongBao/DispForm.aspx?ID=9") == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Ngày 06/3/2017, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 62/KH-UBND năm 2017.", "2017-03-10"),
        ("Chiều ngày 01/10/2017, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị.", "2017-10-03"),
        ("Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị tổng kết.", "2017-10-03"),  # no event date: day first
        ("Ngày 15/01/2017, Ủy ban nhân dân tỉnh ban hành kế hoạch.", "2017-10-03"),  # months before either reading
    ],
)
def test_a_dateline_that_reads_either_way_is_read_against_the_leads_event(lead, expected):
    """An en-US page layout prints '3/10/2017' for 10 March on a site whose other dates are day first: the reading
    that puts the page days after the event its lead reports is the page's date; day first otherwise."""
    html = (
        "<html><body><h1>Kế hoạch thực hiện công tác bình đẳng giới năm 2017</h1><div class='date-line'>3/10/2017</div>"
        f"<div class='content'><p>{lead}</p><p>Nội dung kế hoạch gồm nhiều mục tiêu cụ thể.</p></div></body></html>"
    )
    parsed = page.Parsed(html)
    assert publication_date(parsed, "https://x.gov.vn/tin-tuc/Pages/ke-hoach.aspx", f"{lead}\n\nNội dung.") == expected
    assert publication_date(parsed, "https://x.gov.vn/tin-tuc/Pages/ke-hoach.aspx") == "2017-10-03"  # without text
