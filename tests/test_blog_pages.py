"""Blog pages (Blogger, and the hAtom themes of older WordPress sites), written for these tests: a home or archive
page that prints its posts whole is a listing, a post is dated by the abbr design pattern's title, and a signature
in bold italics is the author, not a line of '***'."""

from govnews.crawler.extract import drop_trailing_leftovers, find_lead, folded_texts, parse, prepare
from tests.page_stages import processed

SITE = "https://hoiphunu-xa.blogspot.com"
PARAGRAPHS = (
    "Sáng 12/3/2021, Hội Liên hiệp Phụ nữ xã tổ chức hội nghị tuyên truyền Luật Bình đẳng giới và Luật Phòng, chống "
    "bạo lực gia đình cho hơn 80 cán bộ, hội viên phụ nữ các chi hội trên địa bàn xã.",
    "Tại hội nghị, báo cáo viên đã giới thiệu những nội dung cơ bản về bình đẳng giới trong gia đình, trong lao động "
    "và tham gia lãnh đạo; các dấu hiệu nhận biết bạo lực gia đình và địa chỉ tin cậy ở cộng đồng.",
    "Dịp này, Hội cũng ra mắt mô hình Câu lạc bộ phòng, chống bạo lực gia đình với 25 thành viên nòng cốt, sinh hoạt "
    "định kỳ mỗi tháng một lần tại nhà văn hóa thôn.",
    "Chủ tịch Hội Liên hiệp Phụ nữ xã đề nghị các chi hội tiếp tục lồng ghép nội dung bình đẳng giới vào sinh hoạt "
    "chi hội, phát hiện sớm và can thiệp kịp thời những vụ việc bạo lực gia đình, bảo vệ phụ nữ và trẻ em.",
    "Kết thúc hội nghị, các đại biểu đã tham gia trả lời câu hỏi tìm hiểu về Luật Bình đẳng giới; Ban tổ chức trao "
    "10 giải thưởng cho những hội viên có câu trả lời đúng và đầy đủ nhất.",
)


def _post(path: str, title: str, linked: bool, signature: str = "Hoàng Lan", pasted: bool = False) -> str:
    """A post as Blogger prints it; ``pasted`` bodies are one div of lines split by <br /><br />, as the old editor
    kept text pasted into it."""
    heading = f"<a href='{SITE}{path}'>{title}</a>" if linked else title
    body = "<br /><br />".join(PARAGRAPHS) if pasted else "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (
        "<div class='post-outer'><div class='post hentry'>"
        f"<h3 class='post-title entry-title'>{heading}</h3>"
        f"<div class='post-body entry-content'><div style='text-align: justify;'>{body}</div>"
        f"<div style='text-align: right;'><b><i>{signature}</i></b></div></div>"
        "<div class='post-footer'>Đăng bởi <span class='fn'>Phụ nữ xã</span> vào lúc "
        f"<a class='timestamp-link' href='{SITE}{path}'><abbr class='published' title='2021-03-12T14:45:00+07:00'>"
        "14:45</abbr></a></div></div></div>"
    )


def _page(title: str, posts: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div class='header'><h1 class='title'>"
        f"<a href='{SITE}/'>Hội LHPN xã Chiềng Châu</a></h1><p class='description'>Thông tin hoạt động của Hội</p>"
        "</div><div class='main'><div class='widget Blog'><div class='date-outer'><h2 class='date-header'>"
        f"<span>Thứ Sáu, 12 tháng 3, 2021</span></h2>{posts}</div></div></div>"
        "<div class='sidebar'><h2>Lưu trữ Blog</h2><ul><li><a href='/2021/'>2021</a></li></ul></div></body></html>"
    )


def test_a_post_is_dated_by_its_abbr_and_signed_in_bold_italics():
    url = f"{SITE}/2021/03/blog-post_12.html"
    item = processed(
        url,
        _page(
            "Hội LHPN xã: Hội nghị tuyên truyền",
            _post("/2021/03/blog-post_12.html", "Hội nghị tuyên truyền Luật Bình đẳng giới", linked=False, pasted=True),
        ),
    )
    assert item.kind == "article"
    assert item.article["published"] == "2021-03-12T14:45:00+07:00"
    assert item.article["author"] == "Hoàng Lan"
    assert "*" not in item.article["text"] and "Hoàng Lan" not in item.article["text"]


def test_archives_that_print_posts_whole_are_listings():
    first = _post("/2021/03/blog-post_12.html", "Hội nghị tuyên truyền Luật Bình đẳng giới", linked=True)
    second = _post("/2021/02/blog-post.html", "Ra mắt câu lạc bộ phòng, chống bạo lực gia đình", linked=True)
    year = processed(f"{SITE}/2021/", _page("Hội LHPN xã", first + second))
    assert year.kind == "listing"
    # A month with one post: the post whole, under its title linking below the month's path.
    month = processed(f"{SITE}/2021/03/", _page("Hội LHPN xã", first))
    assert month.kind == "listing"


def test_an_article_under_a_linked_section_heading_stays_an_article():
    """A portal's article page often titles its column with the section's name, linked: a section above the page's
    own path titles no post."""
    section = "<h2 class='cat'><a href='/binh-dang-gioi'>Bình đẳng giới - Vì sự tiến bộ phụ nữ</a></h2>"
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    html = (
        "<html><head><title>Hội nghị tuyên truyền</title></head><body><div class='main'>"
        f"{section}<div class='detail'>{body}<p>Ngày 12/3/2021</p></div></div></body></html>"
    )
    item = processed("https://phunu.example.gov.vn/binh-dang-gioi/hoi-nghi-tuyen-truyen.html", html)
    assert item.kind == "article"


def test_no_lead_is_taken_from_a_pasted_body_or_a_teaser_of_it():
    """Lines pasted into one div and split by <br /><br /> read glued in the div's text ('...cơ sở.Tại hội nghị');
    the body's first words in a shorter 'popular posts' teaser further down are not where the body starts."""
    lines = PARAGRAPHS[:3]
    html = (
        "<html><body><div class='main'><h3 class='post-title'>Hình ảnh hội nghị tuyên truyền bình đẳng giới</h3>"
        f"<div class='post-body'><div style='text-align: justify;'>{'<br /><br />'.join(lines)}</div></div></div>"
        "<div class='sidebar'><div class='PopularPosts'><ul><li><div class='item-snippet'>Sáng 19/10/2020, Hội LHPN "
        "xã tổ chức lễ kỷ niệm 90 năm Ngày thành lập Hội LHPN Việt Nam và tuyên dương phụ nữ tiêu biểu...</div></li>"
        f"<li><div class='item-snippet'>{lines[0][:110]}...</div></li></ul></div></div></body></html>"
    )
    tree = prepare(parse(html))
    texts = folded_texts(tree)
    assert find_lead(tree, list(lines), None, "Hình ảnh hội nghị tuyên truyền bình đẳng giới", texts) is None


def test_a_bare_label_ending_a_body_is_no_part_of_it():
    """Blogger prints 'Đăng ký: Đăng Nhận xét (Atom)' under a post; its link left out, 'Đăng ký:' is no ending."""
    assert drop_trailing_leftovers([PARAGRAPHS[0], "Đăng ký:"]) == [PARAGRAPHS[0]]
    assert drop_trailing_leftovers([PARAGRAPHS[0], "Tags:", "Nhãn:"]) == [PARAGRAPHS[0]]
    # Prose ending with a colon is no label; nor is a body of one line left empty.
    ending = "Ban tổ chức trân trọng cảm ơn các đơn vị sau đây đã tài trợ cho hội thi:"
    assert drop_trailing_leftovers([PARAGRAPHS[0], ending]) == [PARAGRAPHS[0], ending]
    assert drop_trailing_leftovers(["Đăng ký:"]) == ["Đăng ký:"]


def test_a_short_article_whose_teaser_is_in_the_newest_box_is_an_article():
    """A portal's 'Tin mới' box under the article shows the newest articles' sapos cut short, this one's among
    them: its opening words are in the teaser too, but only the body holds its whole first paragraph."""
    title = "Hội nghị tuyên truyền Luật Bình đẳng giới năm 2021"
    teasers = [
        ("/tin-tuc/hoi-nghi-tuyen-truyen.html", title, PARAGRAPHS[0][:110] + "..."),
        (
            "/tin-tuc/ra-mat-cau-lac-bo.html",
            "Ra mắt câu lạc bộ phòng, chống bạo lực gia đình",
            "Ngày 5/3/2021, Hội LHPN xã ra mắt câu lạc bộ phòng, chống bạo lực gia đình với 30 thành viên...",
        ),
        (
            "/tin-tuc/tap-huan-nu-can-bo.html",
            "Tập huấn kỹ năng cho nữ cán bộ cơ sở",
            "Sáng 1/3/2021, Hội LHPN huyện tổ chức lớp tập huấn kỹ năng lãnh đạo cho 60 nữ cán bộ cơ sở...",
        ),
    ]
    newest = "".join(f"<li><a href='{href}'>{text}</a><p class='sapo'>{sapo}</p></li>" for href, text, sapo in teasers)
    html = (
        f"<html><head><title>{title}</title></head><body><div class='detail'><h1>{title}</h1><p>Ngày 12/3/2021</p>"
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p><b>Hoàng Lan</b></p></div>"
        f"<div class='sidebar'><h3>Tin mới</h3><ul>{newest}</ul></div></body></html>"
    )
    item = processed("https://phunu.example.gov.vn/tin-tuc/hoi-nghi-tuyen-truyen.html", html)
    assert item.kind == "article"
    body = [paragraph.strip() for paragraph in item.article["text"].split("\n\n")]
    assert body[-2:] == list(PARAGRAPHS[:2]) and "..." not in item.article["text"]
