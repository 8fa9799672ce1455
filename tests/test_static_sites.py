"""Pages of static-site generators (Hugo, Jekyll themes), written for these tests: an archive page that lists every
post's title by year and month is a listing, dated or not; a 'download the document' line under a body is not its
text."""

from tests.page_stages import processed

SITE = "https://binhdanggioi.example.gov.vn"
TITLES = [
    ("2024", "tháng 11", "Ra mắt nhà tạm lánh cho phụ nữ và trẻ em bị bạo lực tại thành phố", "12 tháng 11, 2024"),
    ("2024", "tháng 7", "Tập huấn sơ cấp cứu cho cán bộ dự án và tình nguyện viên ở các xã", "3 tháng 7, 2024"),
    (
        "2024",
        "tháng 3",
        "Tọa đàm phụ nữ tham gia lãnh đạo, quản lý nhân kỷ niệm Ngày Quốc tế Phụ nữ",
        "7 tháng 3, 2024",
    ),
    (
        "2023",
        "tháng 11",
        "Phát động Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực năm 2023",
        "15 tháng 11, 2023",
    ),
    (
        "2023",
        "tháng 6",
        "Tổ tiết kiệm của phụ nữ dân tộc Khmer thay đổi cách quyết định trong gia đình",
        "20 tháng 6, 2023",
    ),
    ("2022", "tháng 5", "Bồi dưỡng kỹ năng cho nữ đại biểu Hội đồng nhân dân cấp xã nhiệm kỳ mới", "9 tháng 5, 2022"),
    ("2022", "tháng 1", "Cán bộ dự án tham gia ngày hội hiến máu “Giọt hồng”", "16 tháng 1, 2022"),  # no full stop
]


def _page(title: str, main: str) -> str:
    return (
        f"<html lang='vi'><head><title>{title} | Bình đẳng giới</title></head><body><header class='header'><nav>"
        f"<a href='{SITE}/vi/'>Bình đẳng giới</a><ul><li><a href='{SITE}/en/'>EN</a></li><li>"
        f"<a href='{SITE}/vi/tin-tuc/'>Tin tức</a></li><li><a href='{SITE}/vi/luu-tru/'>Lưu trữ</a></li></ul></nav>"
        f"</header><main class='main'>{main}"
        "</main><footer class='footer'><span>© 2025 Ban Vì sự tiến bộ của phụ nữ tỉnh</span></footer></body></html>"
    )


def test_an_archive_of_post_titles_is_a_listing():
    """PaperMod's archive page: each post a card whose title is no link (an empty link covers the card), its date
    and reading time beside; the page itself carries a date in its meta line."""
    posts = [  # four years of the same programme's news: 24 posts
        (
            str(int(year) - 3 * back),
            month,
            f"{title} ({int(year) - 3 * back})",
            day.replace(year, str(int(year) - 3 * back)),
        )
        for back in range(4)
        for year, month, title, day in TITLES
    ]
    entries, year, month = [], None, None
    for entry_year, entry_month, title, day in posts:
        if entry_year != year:
            entries.append(f"<h2 class='archive-year-header'>{entry_year}</h2>")
            year, month = entry_year, None
        if entry_month != month:
            entries.append(f"<h3 class='archive-month-header'>{entry_month}</h3>")
            month = entry_month
        slug = title.lower().replace(" ", "-")
        entries.append(
            f"<div class='archive-entry'><h3 class='archive-entry-title'>{title}</h3><div class='archive-meta'>"
            f"<span>{day}</span>&nbsp;·&nbsp;1 phút</div><a class='entry-link' aria-label='post link to {title}' "
            f"href='{SITE}/vi/tin-tuc/{slug}/'></a></div>"
        )
    main = (
        "<header class='page-header'><h1>Lưu trữ</h1><div class='post-meta'><span title='2021-11-19 08:00:00 +0700'>"
        f"19 tháng 11, 2021</span></div></header><div class='archive'>{''.join(entries)}</div>"
    )
    item = processed(f"{SITE}/vi/luu-tru/", _page("Lưu trữ", main))
    assert item.kind == "listing"


def test_a_download_line_under_the_body_is_not_its_text():
    body = (
        "<p>Sáng 15/11/2023, Ủy ban nhân dân tỉnh tổ chức lễ phát động Tháng hành động vì bình đẳng giới và phòng "
        "ngừa, ứng phó với bạo lực trên cơ sở giới năm 2023 với sự tham dự của hơn 300 đại biểu.</p>"
        "<p>Theo Kế hoạch số 210/KH-UBND, các sở, ngành và địa phương tổ chức truyền thông về bình đẳng giới, nhân "
        "rộng mô hình địa chỉ tin cậy ở cộng đồng và hỗ trợ kịp thời phụ nữ, trẻ em bị bạo lực.</p>"
        "<p>Tải văn bản: <a href='kh-210.pdf'>Kế hoạch số 210/KH-UBND</a> (PDF)</p>"
    )
    main = (
        "<article class='post-single'><header class='post-header'><h1 class='post-title'>Phát động Tháng hành động "
        "vì bình đẳng giới năm 2023</h1><div class='post-meta'><span title='2023-11-15 01:00:00 +0000 UTC'>15 tháng "
        f"11, 2023</span></div></header><div class='post-content'>{body}</div></article>"
    )
    item = processed(f"{SITE}/vi/tin-tuc/2023/11/phat-dong/", _page("Phát động Tháng hành động", main))
    assert item.kind == "article"
    assert "Tải văn bản" not in item.article["text"] and item.article["text"].endswith("bị bạo lực.")


def test_a_title_ending_with_a_quoted_name_is_no_sentence():
    """An index of titles is a listing even when a title ends with a closing quote; one sentence makes it prose."""
    from govnews.crawler.understand.pagekind import not_an_article

    titles = [title for _, _, title, _ in TITLES]
    assert titles[-1].endswith("”") and not_an_article("Lưu trữ", titles, dated=True) == "listing"
    sentence = "Ban tổ chức cảm ơn các đơn vị đã tham gia ngày hội “Giọt hồng”."
    assert not_an_article("Lưu trữ", [*titles, sentence], dated=True) is None
