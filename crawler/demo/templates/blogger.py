"""A grass-roots Women's Union blog on Blogger (blogspot), the kind district and commune unions ran from 2012 on.

Post permalinks '/YYYY/MM/<slug>.html' (Vietnamese titles of the early years came out as 'blog-post_DD.html'), static
pages '/p/<slug>.html', absolute archives '/YYYY/' and '/YYYY/MM/', label and 'older posts' pages under '/search'
(which Blogger's robots.txt disallows), a '?m=1' mobile copy of every page, '?showComment=' comment permalinks, Atom and
RSS feeds of the newest 25 posts, a sitemap index with '?page=N' children. The layout is the 'Simple' theme: the blog's
name in the h1, the post title in an h3, a date header per day, 'Đăng bởi ... vào lúc ...' under the post, threaded
comments, 'Bài đăng Mới hơn / Bài đăng Cũ hơn / Trang chủ' and a sidebar of gadgets.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import hashlib
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, unquote

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.text import VN_TZ, When, ascii_slug, esc, stable_token

BLOG_ID = "4715289036418527360"
PRODUCTION_HOST = "hoiphunumaichau.blogspot.com"
BLOG_DESCRIPTION = "Thông tin hoạt động của Hội Liên hiệp Phụ nữ huyện Mai Châu, tỉnh Hòa Bình. Đoàn kết - Sáng tạo - Bình đẳng - Phát triển."
HOME_POSTS = 7  # Cài đặt > Bài đăng: 'Hiển thị tối đa 7 bài đăng trên trang chủ'
FEED_POSTS = 25  # what /feeds/posts/default answers without max-results
SITEMAP_POSTS = 150  # URLs per /sitemap.xml?page=N
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
# Who the post footer says posted (the blog's Google accounts over the years; the Google+ profile used in
# 2016-2018 was deleted in 2019, so Blogger prints 'Unknown' for its posts). None of them is an article's author.
ACCOUNTS = (
    (2015, "Phụ nữ Mai Châu", "06114923570812364528"),
    (2018, "Unknown", "17356044192886530175"),
    (9999, "Hội LHPN Mai Châu", "03920877415526184431"),
)

# ---- how each post was pasted, by corpus number (other numbers fall back to a rule) ----------------------------
# br: one block of text split by <br /><br /> (the old editor); word: MsoNormal divs and spans pasted from Word;
# justify: a <div style="text-align: justify;"> per paragraph; p: the 2019+ editor's <p>s.
MARKUP = {
    1: "br", 2: "br", 3: "br", 4: "br", 5: "br", 6: "br", 7: "br", 8: "br", 9: "word", 10: "br",
    11: "word", 12: "word", 13: "justify", 14: "justify", 15: "justify", 16: "word", 17: "justify", 18: "p",
    19: "justify", 20: "p", 21: "justify", 22: "word", 23: "br", 24: "br", 25: "br", 26: "justify",
    27: "justify", 28: "p", 29: "p", 30: "br", 31: "p", 32: "justify", 33: "word", 34: "br", 35: "p",
    36: "p", 37: "br", 38: "justify", 39: "p", 40: "word", 41: "p", 42: "br", 43: "p", 44: "p", 45: "br",
    46: "justify", 47: "p", 48: "justify",
}  # fmt: skip
# A jump break ('Đọc thêm »' on the home page and archives) after the first block of these posts.
JUMP = {9, 11, 12, 16, 18, 20, 22, 27, 28, 29, 33, 36, 38, 39, 40, 41, 43, 44}
# Pictures inside the body: (after text block i, 0 = the lead or the first paragraph, -1 = before the text; caption).
PHOTOS: dict[int, tuple[tuple[int, str | None], ...]] = {
    2: ((0, "Quang cảnh lớp tập huấn kiến thức về giới cho cán bộ Hội cơ sở."),),
    4: ((1, "Bà Hà Thị Xuân (thứ hai từ trái sang) nhận biển “Địa chỉ tin cậy”."),),
    7: ((1, None), (2, "Tiểu phẩm “Chén rượu và trận đòn” của các thành viên câu lạc bộ.")),
    9: ((0, "Các đại biểu dự lễ mít tinh."),),
    10: ((-1, None),),
    11: ((0, None),),
    12: ((0, "Đoàn Chủ tịch điều hành Đại hội."), (3, "Ban Chấp hành Hội LHPN huyện khóa XX ra mắt Đại hội.")),
    13: ((1, "Băng rôn hưởng ứng Tháng hành động tại trung tâm thị trấn Mai Châu."),),
    16: (
        (
            0,
            "Một buổi sinh hoạt câu lạc bộ “Không tảo hôn, không kết hôn cận huyết thống” ở xã Hang Kia. Ảnh: Bùi Minh",
        ),
    ),
    17: ((0, None),),
    18: ((1, "Chị Mùa Thị Dợ (bìa phải) trao đổi với bà con trong xóm."),),
    20: ((1, "A role play on handling domestic violence cases in the village."),),
    21: ((0, None),),
    22: ((1, "Các thành viên tổ hợp tác dệt thổ cẩm bản Lác bên khung cửi."), (3, None)),
    23: ((0, "Cán bộ Hội hướng dẫn hội viên làm thủ tục vay vốn."),),
    25: ((1, None), (2, None)),
    26: ((1, "Cán bộ y tế cho trẻ uống vitamin A tại trạm y tế xã Vạn Mai."),),
    27: ((0, "Quang cảnh lễ phát động."),),
    28: ((0, None),),
    29: ((1, "Các nữ đại biểu HĐND huyện nhiệm kỳ 2021 - 2026."),),
    30: ((2, "Con đường bê tông mới ở xóm Piềng Cại."),),
    31: ((1, None),),
    33: ((2, "Ra mắt Tổ truyền thông cộng đồng ở xã Pà Cò."),),
    34: ((2, None),),
    35: ((0, "Lãnh đạo huyện trao Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao cho xã Mai Hạ."),),
    36: ((1, "Báo cáo viên tuyên truyền Luật Phòng, chống bạo lực gia đình tại xã Chiềng Châu."),),
    38: ((2, "Tuyên dương phụ nữ tiêu biểu giai đoạn 2021 - 2023."),),
    39: ((0, "A homestay in Lac village run by a member of the women's group."),),
    40: ((1, None),),
    41: ((1, "Phụ nữ Mông xã Pà Cò phát biểu tại buổi đối thoại."),),
    42: ((2, None),),
    43: ((0, "Các đại biểu ký cam kết không sử dụng bạo lực."),),
    44: ((0, None),),
    46: ((0, "Một điểm sạt lở trên tuyến đường liên xã Pà Cò - Hang Kia."),),
    48: ((1, None),),
}
ALBUMS = {3: 6, 14: 5, 15: 8, 19: 6, 24: 9, 32: 6}  # photo albums pasted at the end of the post, no captions
VIDEOS = {15, 32, 43}  # an embedded YouTube clip after the text
CREDITS = {
    8: "Nguồn: Trung tâm Y tế huyện Mai Châu",
    16: "Nguồn: Báo Hòa Bình",
    35: "(Nguồn: Cổng TTĐT huyện Mai Châu)",
    47: "Nguồn: Trung tâm Y tế huyện Mai Châu",
}
LINK_SHARES = {
    8: "https://moh.gov.vn/web/phong-chong-benh-nghe-nghiep/thong-tin-tuyen-truyen-dao-tao/-/asset_publisher/huong-dan-phong-benh-sot-xuat-huyet"
}
# 'Xem thêm:' lines linking another post, pasted from the address bar: (post number, how the link was copied).
SEE_ALSO = {13: (4, "cctld"), 29: (11, "production"), 36: (33, "mobile"), 41: (33, "desktop"), 43: (27, "mobile")}
# Reader comments: (name, minutes after the post, text, the comment it answers or None).
COMMENTS: dict[int, tuple[tuple[str, int, str, int | None], ...]] = {
    3: (
        ("Lò Thị Hương", 95, "Chúc mừng các chị em phụ nữ Mai Châu nhân ngày 8/3!", None),
        ("Ẩn danh", 1500, "Tiết mục múa xòe của bản Lác đẹp quá.", None),
    ),
    7: (("Hà Văn Phong", 300, "Câu lạc bộ hoạt động hay, các bản khác nên học tập.", None),),
    9: (("Phụ nữ Vạn Mai", 1200, "Chúc mừng 85 năm ngày thành lập Hội!", None),),
    18: (
        ("Ẩn danh", 200, "Chị Dợ giỏi quá, phụ nữ Mông mình phải học tập chị.", None),
        ("Sùng Thị Mai", 1560, "Em ở Pà Cò, đọc bài này thấy tự hào lắm ạ.", None),
        ("Hội LHPN Mai Châu", 1620, "Cảm ơn em đã quan tâm theo dõi blog của Hội.", 1),
    ),
    22: (
        ("Nguyễn Thu Hằng", 300, "Cho mình hỏi muốn đặt mua khăn thổ cẩm của tổ thì liên hệ thế nào ạ?", None),
        (
            "Hội LHPN Mai Châu",
            1320,
            "Chào bạn, bạn gửi tin nhắn qua trang Facebook của Hội, chúng tôi sẽ chuyển cho chị Sơn nhé.",
            0,
        ),
    ),
    24: (("Ẩn danh", 45, "Đông vui quá!", None),),
    32: (
        ("Vì Thị Lan", 120, "Đội Chiềng Châu vô địch rồi!", None),
        ("Ẩn danh", 300, "Năm sau tổ chức thêm môn kéo co nữa nhé.", None),
        ("Lò Văn Tuấn", 1440, "Hay quá.", None),
        ("Hà Thu", 3000, "Chúc mừng các đội, hẹn gặp lại năm sau.", None),
    ),
    39: (("Emma Clarke", 2880, "We stayed in Lac last spring. Lovely to read this!", None),),
    43: (
        ("Ẩn danh", 90, "Ủng hộ chiến dịch!", None),
        ("Lò Thị Hoa", 400, "Xã Bao La cũng đang triển khai các hoạt động hưởng ứng.", None),
    ),
}
STATIC_PAGES = (
    (
        "gioi-thieu",
        "Giới thiệu",
        (
            "Hội Liên hiệp Phụ nữ huyện Mai Châu là tổ chức chính trị - xã hội đại diện cho quyền, lợi ích hợp pháp, chính đáng của phụ nữ các dân tộc trong huyện, là thành viên của Ủy ban MTTQ Việt Nam huyện, chịu sự lãnh đạo của Ban Thường vụ Huyện ủy và sự chỉ đạo của Hội LHPN tỉnh Hòa Bình.",
            "Hội có nhiệm vụ tuyên truyền, giáo dục, vận động phụ nữ chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; hỗ trợ phụ nữ phát triển kinh tế, xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc; tham gia xây dựng Đảng, chính quyền; giám sát việc thực hiện chính sách, pháp luật về bình đẳng giới.",
            "Toàn huyện hiện có 16 cơ sở Hội với hơn 13.000 hội viên, sinh hoạt tại 110 chi hội ở các xóm, bản, tiểu khu.",
        ),
    ),
    (
        "ban-chap-hanh",
        "Ban Chấp hành",
        (
            "Ban Chấp hành Hội LHPN huyện Mai Châu khóa XXI, nhiệm kỳ 2021 - 2026 gồm 23 đồng chí. Ban Thường vụ gồm 7 đồng chí.",
            "Chủ tịch: Hà Thị Nga. Phó Chủ tịch: Lò Thị Hoa, Xa Thị Minh. Ủy viên Ban Thường vụ: Vì Thị Lan, Đinh Thị Thu Trang, Mùa Thị Dợ, Lường Thị Kim.",
        ),
    ),
    (
        "lien-he",
        "Liên hệ",
        (
            "Văn phòng Hội LHPN huyện Mai Châu: Tiểu khu 2, thị trấn Mai Châu, huyện Mai Châu, tỉnh Hòa Bình.",
            "Điện thoại: 0218.3867.215. Email: hoiphunumaichau@gmail.com. Bạn đọc gửi tin, bài, hình ảnh về hoạt động của Hội qua biểu mẫu liên hệ bên dưới hoặc qua hòm thư của Hội.",
        ),
    ),
)
LINKS = (
    ("Cổng TTĐT tỉnh Hòa Bình", "https://hoabinh.gov.vn/"),
    ("Cổng TTĐT huyện Mai Châu", "https://maichau.hoabinh.gov.vn/"),
    ("Hội LHPN tỉnh Hòa Bình", "https://hoiphunu.hoabinh.gov.vn/"),
    ("Hội LHPN Việt Nam", "http://hoilhpn.org.vn/"),
    ("Báo Phụ nữ Việt Nam", "https://phunuvietnam.vn/"),
    ("Báo Hòa Bình", "http://www.baohoabinh.com.vn/"),
)


def _id19(seed: str) -> str:
    """A Blogger-style 19-digit id (post, comment, profile), stable for its seed."""
    return str(
        1_000_000_000_000_000_000
        + int(hashlib.sha1(seed.encode("utf-8")).hexdigest()[:16], 16) % 8_999_999_999_999_999_999
    )


def blogger_slug(title: str, limit: int = 40) -> str:
    """The permalink Blogger made from a title: ASCII words, cut at a word before ``limit`` characters."""
    words, out = ascii_slug(title).split("-"), ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "blog-post"


class BloggerBlog(Template):
    sitemap_path = "/sitemap.xml"
    # Blogger's feeds (/feeds/posts/default, ?alt=rss) answer the newest 25 posts only: not every article is in them.
    feed_path = None

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.paths = self.permalinks()
        self.pids = {a.id: _id19(f"post:{a.id}") for a in self.articles}

    # ---- URLs -------------------------------------------------------------------------------
    def permalinks(self) -> dict[str, str]:
        """Assigned in posting order, as Blogger did: a taken name gets '_<day>' (then a number) appended."""
        taken: set[str] = set()
        out: dict[str, str] = {}
        for article in sorted(self.articles, key=lambda a: (self.when[a.id].at, a.id)):
            at = self.when[article.id].at
            prefix = f"/{at.year}/{at.month:02d}/"
            base = "blog-post" if at.year <= 2016 and article.lang == "vi" else blogger_slug(article.title)
            name, extra = base, 2
            if prefix + name in taken:
                name = f"{base}_{at.day}"
            while prefix + name in taken:
                name, extra = f"{base}_{at.day}{extra}", extra + 1
            taken.add(prefix + name)
            out[article.id] = f"{prefix}{name}.html"
        return out

    def article_path(self, article: CorpusArticle) -> str:
        return self.paths[article.id]

    def abs(self, path: str) -> str:
        return self.url(path)

    def label_path(self, label: str) -> str:
        return "/search/label/" + quote(label)

    def year_path(self, year: int) -> str:
        return f"/{year}/"

    def month_path(self, year: int, month: int) -> str:
        return f"/{year}/{month:02d}/"

    def comment_feed(self, article: CorpusArticle) -> str:
        return f"/feeds/{self.pids[article.id]}/comments/default"

    def robots(self) -> str:
        return (
            "User-agent: Mediapartners-Google\nDisallow: \n\n"
            "User-agent: *\nDisallow: /search\nDisallow: /share-widget\nAllow: /\n\n"
            f"Sitemap: {self.url('/sitemap.xml')}\nSitemap: {self.url('/sitemap-pages.xml')}\n"
        )

    # ---- the plan ---------------------------------------------------------------------------
    def markup(self, article: CorpusArticle) -> str:
        found = MARKUP.get(article.number)
        if found:
            return found
        year = self.when[article.id].at.year
        return "br" if year <= 2015 else ("word", "justify", "p")[article.number % 3]

    def labels(self, article: CorpusArticle) -> list[str]:
        main = self.spec.category(self.spec.main_category)
        out = [self.spec.category(article.category).key]
        if article.on_topic and article.lang == main.lang and article.category != main.slug:
            out.append(main.key)
        if "8/3" in article.title:
            out.append("Ngày 8/3")
        if "20/10" in article.title or "Ngày thành lập Hội" in article.title:
            out.append("Ngày 20/10")
        if "Tháng hành động" in article.title:
            out.append("Tháng hành động")
        if "Dự án 8" in f"{article.title} {article.lead}":
            out.append("Dự án 8")
        if article.number in VIDEOS:
            out.append("Video")
        if article.number in ALBUMS:
            out.append("Hình ảnh")
        return out

    def all_labels(self) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for article in self.listed():
            for label in self.labels(article):
                counts[label] = counts.get(label, 0) + 1
        return sorted(counts.items(), key=lambda kv: kv[0].casefold())

    def account(self, article: CorpusArticle) -> tuple[str, str]:
        year = self.when[article.id].at.year
        return next((name, profile) for last, name, profile in ACCOUNTS if year <= last)

    def updated(self, article: CorpusArticle) -> datetime:
        if article.modified:
            return When.parse(article.modified).at
        return self.when[article.id].at + timedelta(minutes=3 + (article.number * 7) % 50, seconds=article.number % 60)

    def chain(self) -> list[CorpusArticle]:
        """Posts in Blogger's order (newest first), the ones a visitor can reach."""
        return self.listed()

    def neighbours_of(self, article: CorpusArticle) -> tuple[CorpusArticle | None, CorpusArticle | None]:
        chain = self.chain()
        if article not in chain:
            return None, None
        i = chain.index(article)
        return (chain[i - 1] if i > 0 else None), (chain[i + 1] if i + 1 < len(chain) else None)

    def comments(self, article: CorpusArticle) -> list[tuple[str, str, datetime, str, int | None]]:
        """(comment id, name, time, text, answered index) of a post's comments."""
        out = []
        for i, (name, minutes, text, parent) in enumerate(COMMENTS.get(article.number, ())):
            at = self.when[article.id].at + timedelta(minutes=minutes, seconds=(article.number * 13 + i * 29) % 60)
            out.append((_id19(f"comment:{article.id}:{i}"), name, at, text, parent))
        return out

    # ---- formats ----------------------------------------------------------------------------
    def date_header(self, at: datetime) -> str:
        return f"{WEEKDAYS[at.weekday()]}, {at.day} tháng {at.month}, {at.year}"

    def iso(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        return when.at.isoformat(timespec="seconds") if when.has_time else when.at.date().isoformat()

    def feed_time(self, at: datetime) -> str:
        return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}+07:00"

    def max_param(self, at: datetime) -> str:
        """An 'updated-max' value as Blogger writes it in a link: the offset's '+' escaped."""
        return quote(at.astimezone(VN_TZ).isoformat(timespec="seconds"), safe=":")

    # ---- pictures ---------------------------------------------------------------------------
    def image(self, article: CorpusArticle, index: int, size: str) -> str:
        token = stable_token(f"{article.id}:{index}", 11)
        at = self.when[article.id].at
        if at.year < 2018:
            server = 1 + (article.number + index) % 4
            return f"https://{server}.bp.blogspot.com/-{token}/{stable_token(article.id, 11)}/AAAAAAAA{stable_token(token, 3).upper()}/{stable_token(token + 'k', 27)}CLcB/{size}/DSC_{1000 + article.number * 37 + index:04d}.JPG"
        return f"https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{stable_token(token + 'a', 30)}{stable_token(token + 'b', 30)}/{size}/IMG_{at:%Y%m%d}_{80000 + article.number * 131 + index}.jpg"

    def photo(self, article: CorpusArticle, index: int, caption: str | None) -> str:
        full, small = self.image(article, index, "s1600"), self.image(article, index, "s400")
        if caption is None:
            return (
                '<div class="separator" style="clear: both; text-align: center;">'
                f'<a href="{full}" imageanchor="1" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="768" data-original-width="1024" height="300" src="{small}" width="400" /></a></div>'
            )
        return (
            '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
            f'<tr><td style="text-align: center;"><a href="{full}" imageanchor="1" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="768" data-original-width="1024" height="300" src="{small}" width="400" /></a></td></tr>'
            f'<tr><td class="tr-caption" style="text-align: center;">{esc(caption)}</td></tr></tbody></table>'
        )

    def video(self, article: CorpusArticle) -> str:
        vid = stable_token(f"yt:{article.id}", 11)
        return f'<div class="separator" style="clear: both; text-align: center;"><iframe allowfullscreen="" class="BLOG_video_class" height="266" src="https://www.youtube.com/embed/{vid}" width="320" youtube-src-id="{vid}"></iframe></div>'

    # ---- bodies -----------------------------------------------------------------------------
    def blocks(self, article: CorpusArticle) -> list[str]:
        """The text blocks of a post, each one paragraph of the gold text (the lead first)."""
        return ([article.lead] if article.lead else []) + list(article.paragraphs)

    def text_html(self, text: str, style: str, bold: bool = False) -> str:
        inner = f"<b>{esc(text)}</b>" if bold else esc(text)
        if style == "word":
            span = f'<span lang="VI" style="font-family: &quot;Times New Roman&quot;, serif; font-size: 14.0pt; line-height: 150%;">{esc(text)}</span>'
            if bold:
                span = f"<b>{span}</b>"
            return f'<div class="MsoNormal" style="line-height: 150%; margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt;">{span}<span style="font-family: &quot;Times New Roman&quot;, serif; font-size: 14.0pt;"><o:p></o:p></span></div>'
        if style == "justify":
            return f'<div style="text-align: justify;">{inner}</div>\n<div style="text-align: justify;"><br /></div>'
        return f'<p style="text-align: justify;">{inner}</p>'

    def see_also(self, article: CorpusArticle) -> str:
        ref = SEE_ALSO.get(article.number)
        if not ref:
            return ""
        target = next((a for a in self.listed() if a.number == ref[0] and a.id.startswith(self.spec.id)), None)
        if target is None:
            return ""
        path, how = self.paths[target.id], ref[1]
        href = {
            "cctld": f"http://{PRODUCTION_HOST}.vn{path}",
            "production": f"http://{PRODUCTION_HOST}{path}",
            "desktop": self.abs(path),
            "mobile": self.abs(path) + "?m=1",
        }[how]
        return f'<div style="text-align: justify;"><i>Xem thêm: <a href="{esc(href)}">{esc(target.title)}</a></i></div>'

    def post_body(self, article: CorpusArticle, cut: bool = False) -> tuple[str, bool]:
        """The post-body HTML; ``cut`` stops at the jump break (home page, archives). Returns (html, was cut)."""
        style = self.markup(article)
        texts = self.blocks(article)
        photos = dict(PHOTOS.get(article.number, ()))
        jump = article.number in JUMP and len(texts) > 2
        byline = self.byline_author(article)
        parts: list[str] = []
        if byline:
            parts.append(f'<div style="text-align: justify;"><i>Bài và ảnh: {esc(byline)}</i></div>')
        if -1 in photos:
            parts.append(self.photo(article, 0, photos[-1]))
        if style == "br":
            run: list[str] = []
            for i, text in enumerate(texts):
                run.append(f"<b>{esc(text)}</b>" if i == 0 and article.lead else esc(text))
                if i in photos:
                    parts.append('<div style="text-align: justify;">' + "<br /><br />".join(run) + "</div>")
                    parts.append(self.photo(article, i + 1, photos[i]))
                    run = []
                if jump and i == 0:
                    if run:
                        parts.append('<div style="text-align: justify;">' + "<br /><br />".join(run) + "</div>")
                        run = []
                    if cut:
                        return self.wrap(article, parts), True
                    parts.append("<a name='more'></a>")
            if run:
                parts.append('<div style="text-align: justify;">' + "<br /><br />".join(run) + "</div>")
        else:
            for i, text in enumerate(texts):
                parts.append(self.text_html(text, style, bold=i == 0 and bool(article.lead)))
                if i in photos:
                    parts.append(self.photo(article, i + 1, photos[i]))
                if jump and i == 0:
                    if cut:
                        return self.wrap(article, parts), True
                    parts.append("<a name='more'></a>")
        link = LINK_SHARES.get(article.number)
        if link:
            parts.append(
                f'<div style="text-align: justify;"><a href="{esc(link)}" target="_blank">{esc(link)}</a></div>'
            )
        if article.number in VIDEOS:
            parts.append(self.video(article))
        for k in range(ALBUMS.get(article.number, 0)):
            parts.append(self.photo(article, 20 + k, None))
        parts.append(self.see_also(article))
        if article.author and article.author_style == "signature":
            tag = "<b>{}</b>" if style == "br" else "<b><i>{}</i></b>"
            parts.append(f'<div style="text-align: right;">{tag.format(esc(article.author))}</div>')
        if article.author and article.author_style == "label":
            parts.append(f'<div style="text-align: right;"><b>Tác giả: {esc(article.author)}</b></div>')
        credit = CREDITS.get(article.number)
        if credit:
            parts.append(f'<div style="text-align: right;"><i>{esc(credit)}</i></div>')
        return self.wrap(article, parts), False

    def wrap(self, article: CorpusArticle, parts: list[str]) -> str:
        inner = "\n".join(p for p in parts if p)
        if self.when[article.id].at.year <= 2016:  # the old post editor's wrapper
            return f'<div dir="ltr" style="text-align: left;" trbidi="on">\n{inner}\n</div>'
        return inner

    def snippet(self, article: CorpusArticle, limit: int = 150) -> str:
        byline = self.byline_author(article)
        text = (f"Bài và ảnh: {byline} " if byline else "") + self.blocks(article)[0]
        return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "..."

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        chain = self.chain()
        self.add(
            "/", self.html(self.list_page(chain[:HOME_POSTS], kind="home", older=self.older_link(chain, HOME_POSTS)))
        )
        self.add(
            "/?m=1",
            self.html(self.mobile_list(chain[:HOME_POSTS], older=self.older_link(chain, HOME_POSTS, mobile=True))),
        )
        for article in self.articles:
            path = self.paths[article.id]
            self.add(path, self.html(self.item_page(article)))
            self.add(path + "?m=1", self.html(self.mobile_item(article)))
            self.add(self.comment_feed(article), self.xml(self.comments_feed(article), "application/atom+xml"))
        for year in sorted({self.when[a.id].at.year for a in chain}):
            members = [a for a in chain if self.when[a.id].at.year == year]
            self.add(self.year_path(year), self.html(self.list_page(members, kind="archive", title=str(year))))
            self.add(self.year_path(year) + "?m=1", self.html(self.mobile_list(members, title=str(year))))
            for month in sorted({self.when[a.id].at.month for a in members}):
                in_month = [a for a in members if self.when[a.id].at.month == month]
                title = f"tháng {month} {year}"
                self.add(self.month_path(year, month), self.html(self.list_page(in_month, kind="archive", title=title)))
                self.add(self.month_path(year, month) + "?m=1", self.html(self.mobile_list(in_month, title=title)))
        for slug, title, paragraphs in STATIC_PAGES:
            self.add(f"/p/{slug}.html", self.html(self.static_page(slug, title, paragraphs)))
            self.add(f"/p/{slug}.html?m=1", self.html(self.static_page(slug, title, paragraphs, mobile=True)))
        self.add("/robots.txt", self.text(self.robots()))
        pages = max(1, -(-len(self.in_sitemap()) // SITEMAP_POSTS))
        self.add(
            "/sitemap.xml",
            self.xml(
                "<?xml version='1.0' encoding='UTF-8'?>"
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(
                    f"<sitemap><loc>{esc(self.url(f'/sitemap.xml?page={n}'))}</loc></sitemap>"
                    for n in range(1, pages + 1)
                )
                + "</sitemapindex>",
                "application/xml",
            ),
        )
        listed = sorted(self.in_sitemap(), key=lambda a: (self.updated(a), a.id), reverse=True)
        for n in range(1, pages + 1):
            rows = "".join(
                f"<url><loc>{esc(self.canonical_url(a))}</loc><lastmod>{self.updated(a).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</lastmod></url>"
                for a in listed[(n - 1) * SITEMAP_POSTS : n * SITEMAP_POSTS]
            )
            self.add(
                f"/sitemap.xml?page={n}",
                self.xml(
                    f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{rows}</urlset>",
                    "application/xml",
                ),
            )
        page_rows = "".join(
            f"<url><loc>{esc(self.url(f'/p/{slug}.html'))}</loc><lastmod>2021-07-14T03:21:09Z</lastmod></url>"
            for slug, _, _ in STATIC_PAGES
        )
        self.add(
            "/sitemap-pages.xml",
            self.xml(
                f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{page_rows}</urlset>",
                "application/xml",
            ),
        )
        self.add("/atom.xml", self.redirect("/feeds/posts/default"))
        self.add("/rss.xml", self.redirect("/feeds/posts/default?alt=rss"))
        self.add("/feeds/comments/default", self.xml(self.all_comments_feed(), "application/atom+xml"))
        self.add(
            "/favicon.ico", Response(200, b"\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00\x20\x00", "image/x-icon")
        )

    def xml(self, text: str, content_type: str) -> Response:
        return Response(200, text.encode("utf-8"), f"{content_type}; charset=UTF-8")

    # ---- requests with parameters -----------------------------------------------------------
    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        values = dict(params)
        mobile = values.get("m") == "1"
        rest = [(k, v) for k, v in params if k not in ("showComment", "m", "zx")]
        if path.startswith("/search"):
            return self.html(self.search_page(path, values, mobile))
        if path.startswith("/feeds/"):
            return self.feed(path, values)
        if not rest:  # a comment permalink, '?m=0' (the web version) or '?m=1' of a page that has one
            key = self.route_key(path + ("?m=1" if mobile else ""))
            found = self.routes.get(key)
            if found is not None:
                return found
        return None

    def not_found(self) -> Response:
        body = '<div class="status-msg-wrap"><div class="status-msg-body">Rất tiếc, trang bạn đang tìm trong blog này không tồn tại.</div><div class="status-msg-border"><div class="status-msg-bg"><div class="status-msg-hidden">Rất tiếc, trang bạn đang tìm trong blog này không tồn tại.</div></div></div></div><div style="clear: both;"></div>'
        response = self.html(self.shell(self.spec.name, body, focus=None, canonical=None))
        return Response(404, response.body, response.content_type)

    def older_link(
        self, shown: list[CorpusArticle], count: int, mobile: bool = False, label: str | None = None
    ) -> str | None:
        """The pager's 'Bài đăng Cũ hơn' link: a relative archive starting below the last post shown."""
        if len(shown) <= count:
            return None
        last = self.when[shown[count - 1].id].at
        m = "&m=1" if mobile else ""
        if label:
            return f"{self.abs(self.label_path(label))}?updated-max={self.max_param(last)}&max-results={count}&start={count}&by-date=false{m}"
        return f"{self.abs('/search')}?updated-max={self.max_param(last)}&max-results={count}{m}"

    def search_page(self, path: str, values: dict[str, str], mobile: bool) -> str:
        pool = self.chain()
        label = unquote(path[len("/search/label/") :]) if path.startswith("/search/label/") else None
        message = ""
        if label is not None:
            pool = [a for a in pool if label in self.labels(a)]
            message = f'Hiển thị các bài đăng có nhãn <b>{esc(label)}</b>. <a href="{self.abs("/")}">Hiển thị tất cả bài đăng</a>'
        query = values.get("q", "").strip()
        if query:
            folded = query.casefold()
            pool = [a for a in pool if folded in f"{a.title} {a.body}".casefold()]
            message = f'Hiển thị các bài đăng được sắp xếp theo mức độ liên quan cho truy vấn <b>{esc(query)}</b>. <a href="{self.abs("/search")}?q={quote(query)}&amp;by-date=true">Sắp xếp theo ngày</a> <a href="{self.abs("/")}">Hiển thị tất cả bài đăng</a>'
            if not pool:
                message = f'Không có bài đăng nào khớp với truy vấn <b>{esc(query)}</b>. <a href="{self.abs("/")}">Hiển thị tất cả bài đăng</a>'
        bound = _parse_time(values.get("updated-max"))
        if bound is not None:
            pool = [a for a in pool if self.when[a.id].at < bound]
        low = _parse_time(values.get("updated-min"))
        if low is not None:
            pool = [a for a in pool if self.when[a.id].at > low]
            if values.get("reverse-paginate") == "true":
                pool = pool[-_count(values) :]
        count = _count(values)
        shown = pool[:count]
        older = self.older_link(pool, count, mobile, label) if len(pool) > count else None
        if mobile:
            return self.mobile_list(shown, older=older, message=message)
        if not shown and not message:
            message = "Không có bài đăng nào."
        return self.list_page(shown, kind="search", older=older, message=message, newer=bool(bound))

    # ---- feeds ------------------------------------------------------------------------------
    def feed(self, path: str, values: dict[str, str]) -> Response | None:
        parts = path.strip("/").split("/")
        start = max(1, _int(values.get("start-index"), 1))
        count = min(500, max(1, _int(values.get("max-results"), FEED_POSTS)))
        rss = values.get("alt") == "rss"
        if parts[:3] == ["feeds", "posts", "default"] or parts[:3] == ["feeds", "posts", "summary"]:
            pool = sorted(self.in_feed(), key=lambda a: (self.when[a.id].at, a.id), reverse=True)
            label = None
            if len(parts) == 5 and parts[3] == "-":
                label = unquote(parts[4])
                pool = [a for a in pool if label in self.labels(a)]
            elif len(parts) != 3:
                return None
            summary = parts[2] == "summary"
            feed_path = "/" + "/".join(parts)
            if rss:
                return self.xml(self.rss_feed(pool, start, count, summary), "application/rss+xml")
            return self.xml(self.atom_feed(pool, start, count, summary, feed_path), "application/atom+xml")
        return None

    def entry_categories(self, article: CorpusArticle) -> str:
        return "".join(
            f'<category scheme="http://www.blogger.com/atom/ns#" term="{esc(label)}"/>'
            for label in self.labels(article)
        )

    def atom_feed(self, pool: list[CorpusArticle], start: int, count: int, summary: bool, feed_path: str) -> str:
        page = pool[start - 1 : start - 1 + count]
        links = [
            f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{self.abs(feed_path)}'/>",
            f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default?start-index={start}&amp;max-results={count}'/>",
            f"<link rel='alternate' type='text/html' href='{self.abs('/')}'/>",
            "<link rel='hub' href='http://pubsubhubbub.appspot.com/'/>",
        ]
        if start - 1 + count < len(pool):
            links.append(
                f"<link rel='next' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default?start-index={start + count}&amp;max-results={count}'/>"
            )
        newest = max((self.updated(a) for a in pool), default=datetime(2013, 9, 18, tzinfo=VN_TZ))
        entries = []
        for article in page:
            pid = self.pids[article.id]
            name, profile = self.account(article)
            total = len(self.comments(article))
            body = esc(self.snippet(article, 400)) if summary else esc(self.post_body(article)[0])
            content = f"<summary type='text'>{body}</summary>" if summary else f"<content type='html'>{body}</content>"
            entries.append(
                f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{pid}</id><published>{self.feed_time(self.when[article.id].at)}</published><updated>{self.feed_time(self.updated(article))}</updated>"
                f"{self.entry_categories(article)}<title type='text'>{esc(article.title)}</title>{content}"
                f"<link rel='replies' type='application/atom+xml' href='{self.abs(self.comment_feed(article))}' title='Đăng Nhận xét'/>"
                f"<link rel='replies' type='text/html' href='{self.canonical_url(article)}#comment-form' title='{total} Nhận xét'/>"
                f"<link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{pid}'/>"
                f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{pid}'/>"
                f"<link rel='alternate' type='text/html' href='{self.canonical_url(article)}' title='{esc(article.title)}'/>"
                f"<author><name>{esc(name)}</name><uri>https://www.blogger.com/profile/{profile}</uri><email>noreply@blogger.com</email><gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author>"
                f"<media:thumbnail xmlns:media='http://search.yahoo.com/mrss/' url='{self.image(article, 1, 's72-c')}' height='72' width='72'/><thr:total>{total}</thr:total></entry>"
            )
        labels = "".join(f'<category term="{esc(label)}"/>' for label, _ in self.all_labels())
        return (
            "<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"https://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0'>"
            f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{self.feed_time(newest)}</updated>{labels}"
            f"<title type='text'>{esc(self.spec.name)}</title><subtitle type='html'>{esc(BLOG_DESCRIPTION)}</subtitle>{''.join(links)}"
            f"<author><name>{esc(ACCOUNTS[-1][1])}</name><uri>https://www.blogger.com/profile/{ACCOUNTS[-1][2]}</uri><email>noreply@blogger.com</email></author>"
            f"<generator version='7.00' uri='https://www.blogger.com'>Blogger</generator><openSearch:totalResults>{len(pool)}</openSearch:totalResults>"
            f"<openSearch:startIndex>{start}</openSearch:startIndex><openSearch:itemsPerPage>{count}</openSearch:itemsPerPage>{''.join(entries)}</feed>"
        )

    def rss_feed(self, pool: list[CorpusArticle], start: int, count: int, summary: bool) -> str:
        items = []
        for article in pool[start - 1 : start - 1 + count]:
            name, _ = self.account(article)
            body = esc(self.snippet(article, 400)) if summary else esc(self.post_body(article)[0])
            cats = "".join(
                f'<category domain="http://www.blogger.com/atom/ns#">{esc(label)}</category>'
                for label in self.labels(article)
            )
            items.append(
                f"<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-{BLOG_ID}.post-{self.pids[article.id]}</guid>"
                f"<pubDate>{self.when[article.id].at.astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}</pubDate>"
                f"<atom:updated>{self.feed_time(self.updated(article))}</atom:updated>{cats}<title>{esc(article.title)}</title>"
                f"<description>{body}</description><link>{self.canonical_url(article)}</link><author>noreply@blogger.com ({esc(name)})</author>"
                f"<thr:total>{len(self.comments(article))}</thr:total></item>"
            )
        return (
            "<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0' version='2.0'>"
            f"<channel><atom:id>tag:blogger.com,1999:blog-{BLOG_ID}</atom:id><title>{esc(self.spec.name)}</title><description>{esc(BLOG_DESCRIPTION)}</description>"
            f"<link>{self.abs('/')}</link><managingEditor>noreply@blogger.com ({esc(ACCOUNTS[-1][1])})</managingEditor><generator>Blogger</generator>"
            f"<openSearch:totalResults>{len(pool)}</openSearch:totalResults><openSearch:startIndex>{start}</openSearch:startIndex><openSearch:itemsPerPage>{count}</openSearch:itemsPerPage>"
            f"{''.join(items)}</channel></rss>"
        )

    def comment_entry(self, article: CorpusArticle, comment: tuple[str, str, datetime, str, int | None]) -> str:
        cid, name, at, text, _ = comment
        ms = int(at.timestamp() * 1000)
        return (
            f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{cid}</id><published>{self.feed_time(at)}</published><updated>{self.feed_time(at)}</updated>"
            f"<title type='text'>{esc(text[:40])}</title><content type='html'>{esc(text)}</content>"
            f"<link rel='alternate' type='text/html' href='{self.canonical_url(article)}?showComment={ms}#c{cid}' title=''/>"
            f"<author><name>{esc(name)}</name><email>noreply@blogger.com</email></author>"
            f"<thr:in-reply-to xmlns:thr='http://purl.org/syndication/thread/1.0' href='{self.canonical_url(article)}' ref='tag:blogger.com,1999:blog-{BLOG_ID}.post-{self.pids[article.id]}' source='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{self.pids[article.id]}' type='text/html'/></entry>"
        )

    def comments_feed(self, article: CorpusArticle) -> str:
        entries = "".join(self.comment_entry(article, c) for c in reversed(self.comments(article)))
        return (
            "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>"
            f"<id>tag:blogger.com,1999:blog-{BLOG_ID}.post{self.pids[article.id]}..comments</id><updated>{self.feed_time(self.updated(article))}</updated>"
            f"<title type='text'>{esc(self.spec.name)}: {esc(article.title)}</title><link rel='alternate' type='text/html' href='{self.canonical_url(article)}'/>"
            f"<generator version='7.00' uri='https://www.blogger.com'>Blogger</generator><openSearch:totalResults>{len(self.comments(article))}</openSearch:totalResults>{entries}</feed>"
        )

    def all_comments_feed(self) -> str:
        rows = sorted(
            ((c[2], a, c) for a in self.chain() for c in self.comments(a)), key=lambda r: (r[0], r[2][0]), reverse=True
        )[:FEED_POSTS]
        entries = "".join(self.comment_entry(a, c) for _, a, c in rows)
        return (
            "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>"
            f"<id>tag:blogger.com,1999:blog-{BLOG_ID}.comments</id><title type='text'>{esc(self.spec.name)}</title>"
            f"<link rel='alternate' type='text/html' href='{self.abs('/')}'/><generator version='7.00' uri='https://www.blogger.com'>Blogger</generator>{entries}</feed>"
        )

    # ---- desktop pages ----------------------------------------------------------------------
    def head(
        self, title: str, canonical: str | None, article: CorpusArticle | None = None, mobile_of: str | None = None
    ) -> str:
        name = esc(self.spec.name)
        extra = ""
        if canonical:
            extra += f"<link href='{esc(canonical)}' rel='canonical'/>\n"
        if article is not None:
            extra += (
                f'<link rel="alternate" type="application/atom+xml" title="{name} - Atom" href="{self.abs(self.comment_feed(article))}" />\n'
                f"<link href='{self.image(article, 1, 's72-c')}' rel='image_src'/>\n"
                f"<meta content='{esc(self.canonical_url(article))}' property='og:url'/>\n<meta content='{esc(article.title)}' property='og:title'/>\n"
                f"<meta content='{esc(self.snippet(article))}' property='og:description'/>\n<meta content='{self.image(article, 1, 'w1200-h630-p-k-no-nu')}' property='og:image'/>\n"
            )
        page_url = mobile_of or canonical or self.abs("/")
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<link href='https://www.blogger.com/static/v1/widgets/2944754296-widget_css_bundle.css' rel='stylesheet' type='text/css'/>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{self.abs("/favicon.ico")}' rel='icon' type='image/x-icon'/>
{extra}<link rel="alternate" type="application/atom+xml" title="{name} - Atom" href="{self.abs("/feeds/posts/default")}" />
<link rel="alternate" type="application/rss+xml" title="{name} - RSS" href="{self.abs("/feeds/posts/default?alt=rss")}" />
<link rel="service.post" type="application/atom+xml" title="{name} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
<link rel="me" href="https://www.blogger.com/profile/{ACCOUNTS[-1][2]}" />
<!--Can't find substitution for tag [blog.ieCssRetrofitLinks]-->
<title>{esc(title)}</title>
<style id='page-skin-1' type='text/css'><!--
/* Name: Simple  Designer: Blogger  URL: www.blogger.com */
body {{ font: normal normal 14px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; background: #f5e9ee; }}
.date-header span {{ background-color: transparent; color: #a64d79; }}
--></style>
<script type="text/javascript">
(function() {{ var a = window; a.BLOG_v2_blogId = "{BLOG_ID}"; a.BLOG_pageUrl = "{page_url}"; }})();
</script>
</head>"""

    def shell(
        self,
        title: str,
        main: str,
        focus: tuple[int, int] | None,
        canonical: str | None,
        article: CorpusArticle | None = None,
    ) -> str:
        """The page around the Blog1 widget: header, page tabs, sidebar gadgets, footer."""
        tabs = [f'<li class="selected"><a href="{self.abs("/")}">Trang chủ</a></li>'] + [
            f'<li><a href="{self.abs(f"/p/{slug}.html")}">{esc(t)}</a></li>' for slug, t, _ in STATIC_PAGES
        ]
        return f"""{self.head(title, canonical, article)}
<body class='loading variant-pale'>
<div class='navbar section' id='navbar' name='Thanh điều hướng'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) {{ if (window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} }}
  </script>
<div id="navbar-iframe-container"></div>
<script type="text/javascript" src="https://apis.google.com/js/platform.js"></script>
<script type="text/javascript">
      gapi.load("gapi.iframes:gapi.iframes.style.bubble", function() {{ if (gapi.iframes && gapi.iframes.getContext) {{ gapi.iframes.getContext().openChild({{ url: 'https://www.blogger.com/navbar/{BLOG_ID}?origin\\x3d{self.abs("/").rstrip("/")}', where: document.getElementById("navbar-iframe-container"), id: "navbar-iframe" }}); }} }});
    </script></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'>
<div class='section' id='header' name='Tiêu đề'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'>
<h1 class='title'>
<a href='{self.abs("/")}'>{esc(self.spec.name)}</a>
</h1>
</div>
<div class='descriptionwrapper'><p class='description'><span>{esc(BLOG_DESCRIPTION)}</span></p></div>
</div></div></div>
</div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='tabs section' id='crosscol' name='Trên tất cả các cột'><div class='widget PageList' data-version='1' id='PageList1'>
<h2>Trang</h2><div class='widget-content'><ul>{"".join(tabs)}</ul><div class='clear'></div></div></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-2'>
<div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Chính'><div class='widget Blog' data-version='1' id='Blog1'>
{main}
</div></div>
</div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside>
<div class='sidebar section' id='sidebar-right-1'>
{self.profile_gadget()}
{self.popular_gadget()}
{self.archive_gadget(focus)}
{self.labels_gadget()}
{self.stats_gadget()}
{self.followers_gadget()}
{self.links_gadget()}
{self.facebook_gadget()}
{self.subscribe_gadget(article)}
</div>
</aside></div></div>
</div>
<div style='clear: both'></div>
</div></div>
<footer><div class='footer-outer'><div class='footer-inner'>
<div class='foot section' id='footer-1'><div class='widget HTML' data-version='1' id='HTML3'><h2 class='title'>Thông tin</h2><div class='widget-content'>
<div style="text-align: center;">Blog thông tin của Hội Liên hiệp Phụ nữ huyện Mai Châu, tỉnh Hòa Bình<br />Cơ quan chủ quản: {esc(self.spec.owner)}<br />Địa chỉ: {esc(self.spec.address)} - Điện thoại: 0218.3867.215 - Email: hoiphunumaichau@gmail.com<br />Ghi rõ nguồn “Blog Hội LHPN huyện Mai Châu” khi phát hành lại thông tin từ trang này.</div>
</div><div class='clear'></div></div></div>
<div class='foot section' id='footer-3' name='Phần chân trang'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>
Chủ đề Simple. Được tạo bởi <a href='https://www.blogger.com' target='_blank'>Blogger</a>.
</div><div class='clear'></div></div></div>
</div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3845888474-widgets.js"></script>
<script type='text/javascript'>
window['__wavt'] = 'AOuZoY4bkRTgqhOu0T5C1ZY8vJ8:1700000000000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d{BLOG_ID}','//{self.abs("/").split("//", 1)[1]}','{BLOG_ID}');
_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{BLOG_ID}', 'title': '{esc(self.spec.name)}', 'pageTitle': '{esc(title)}', 'homepageUrl': '{self.abs("/")}', 'searchUrl': '{self.abs("/search")}', 'languageDirection': 'ltr', 'locale': 'vi'}}}}]);
</script>
</body>
</html>"""

    def profile_gadget(self) -> str:
        name, profile = ACCOUNTS[-1][1], ACCOUNTS[-1][2]
        return f"""<div class="widget Profile" data-version="1" id="Profile1"><h2>Giới thiệu về tôi</h2><div class="widget-content">
<a href="https://www.blogger.com/profile/{profile}"><img alt="Ảnh của tôi" class="profile-img" height="80" src="//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhLogoHoiPhuNu/s80/logo-hoi.png" width="80"/></a>
<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/{profile}" rel="author" style="background-image: url(//www.blogger.com/img/logo-16.png);">{esc(name)}</a></dt>
<dd class="profile-data">Mai Châu, Hòa Bình, Vietnam</dd><dd class="profile-textblock">Trang thông tin của Hội Liên hiệp Phụ nữ huyện Mai Châu. Mọi tin, bài xin gửi về hoiphunumaichau@gmail.com</dd></dl>
<a class="profile-link" href="https://www.blogger.com/profile/{profile}" rel="author">Xem hồ sơ hoàn chỉnh của tôi</a>
<div class="clear"></div></div></div>"""

    def popular(self) -> list[CorpusArticle]:
        return sorted(self.chain(), key=lambda a: (-self.views(a), a.id))[:5]

    def popular_gadget(self) -> str:
        rows = "".join(
            f'<li><div class="item-content"><div class="item-thumbnail"><a href="{self.canonical_url(a)}" target="_blank"><img alt="" border="0" src="{self.image(a, 1, "w72-h72-p-k-no-nu")}"/></a></div>'
            f'<div class="item-title"><a href="{self.canonical_url(a)}">{esc(a.title)}</a></div><div class="item-snippet">{esc(self.snippet(a))}</div></div><div style="clear: both;"></div></li>'
            for a in self.popular()
        )
        return f'<div class="widget PopularPosts" data-version="1" id="PopularPosts1"><h2>Bài đăng phổ biến</h2><div class="widget-content popular-posts"><ul>{rows}</ul><div class="clear"></div></div></div>'

    def archive_gadget(self, focus: tuple[int, int] | None) -> str:
        """The hierarchy archive: every year, the focused year's months, the focused month's post titles."""
        chain = self.chain()
        if not chain:
            return ""
        if focus is None:
            latest = self.when[chain[0].id].at
            focus = (latest.year, latest.month)
        years: dict[int, list[CorpusArticle]] = {}
        for article in chain:
            years.setdefault(self.when[article.id].at.year, []).append(article)
        rows = []
        for year, members in sorted(years.items(), reverse=True):
            if year != focus[0]:
                rows.append(
                    f'<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a>'
                    f'<a class="post-count-link" href="{self.abs(self.year_path(year))}">{year}</a> <span class="post-count" dir="ltr">({len(members)})</span></li>'
                )
                continue
            months: dict[int, list[CorpusArticle]] = {}
            for article in members:
                months.setdefault(self.when[article.id].at.month, []).append(article)
            inner = []
            for month, in_month in sorted(months.items(), reverse=True):
                link = f'<a class="post-count-link" href="{self.abs(self.month_path(year, month))}">tháng {month}</a> <span class="post-count" dir="ltr">({len(in_month)})</span>'
                if month == focus[1]:
                    posts = "".join(f'<li><a href="{self.canonical_url(a)}">{esc(a.title)}</a></li>' for a in in_month)
                    inner.append(
                        f'<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a>{link}<ul class="posts">{posts}</ul></li>'
                    )
                else:
                    inner.append(
                        f'<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a>{link}</li>'
                    )
            rows.append(
                f'<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a>'
                f'<a class="post-count-link" href="{self.abs(self.year_path(year))}">{year}</a> <span class="post-count" dir="ltr">({len(members)})</span>'
                f'<ul class="hierarchy">{"".join(inner)}</ul></li>'
            )
        return f'<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Lưu trữ Blog</h2><div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul class="hierarchy">{"".join(rows)}</ul></div></div><div class="clear"></div></div></div>'

    def labels_gadget(self) -> str:
        rows = "".join(
            f'<li><a dir="ltr" href="{self.abs(self.label_path(label))}">{esc(label)}</a><span dir="ltr">({count})</span></li>'
            for label, count in self.all_labels()
        )
        return f'<div class="widget Label" data-version="1" id="Label1"><h2>Nhãn</h2><div class="widget-content list-label-widget-content"><ul>{rows}</ul><div class="clear"></div></div></div>'

    def stats_gadget(self) -> str:
        digits = "".join(f'<span class="digit stage-0"><strong>{d}</strong></span>' for d in "386215")
        return (
            '<div class="widget Stats" data-version="1" id="Stats1"><h2>Thống kê truy cập</h2><div class="widget-content">'
            f'<div id="Stats1_content" style="display: none;"><span class="counter-wrapper graph-counter-wrapper" id="Stats1_totalCount">{digits}</span><div class="clear"></div></div></div></div>'
        )

    def followers_gadget(self) -> str:
        return (
            '<div class="widget Followers" data-version="1" id="Followers1"><h2 class="title">Người theo dõi</h2><div class="widget-content">'
            f'<div id="Followers1-wrapper"><div style="margin-right:2px;"><div><script type="text/javascript" src="https://apis.google.com/js/platform.js"></script><div id="followers-iframe-container"></div>'
            f'<script type="text/javascript">window.followersIframe = null; function followersIframeOpen(url) {{ gapi.load("gapi.iframes", function() {{ }}); }} gapi.load("gapi.iframes", function() {{ followersIframe = gapi.iframes.getContext().openChild({{ url: "https://www.blogger.com/followers/frame/{BLOG_ID}?colors=CgkKAWMSBCMyMjIK&pageSize=21&hl=vi&origin={self.abs("/").rstrip("/")}", where: document.getElementById("followers-iframe-container") }}); }});</script>'
            '</div></div></div><div class="clear"></div></div></div>'
        )

    def links_gadget(self) -> str:
        rows = "".join(f'<li><a href="{href}" target="_blank">{esc(name)}</a></li>' for name, href in LINKS)
        return f'<div class="widget LinkList" data-version="1" id="LinkList1"><h2>Liên kết</h2><div class="widget-content"><ul>{rows}</ul><div class="clear"></div></div></div>'

    def facebook_gadget(self) -> str:
        page = "https://www.facebook.com/hoiphunumaichau"
        return (
            '<div class="widget HTML" data-version="1" id="HTML2"><h2 class="title">Facebook</h2><div class="widget-content">'
            '<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v3.2"></script>'
            f'<div class="fb-page" data-href="{page}" data-tabs="timeline" data-width="300" data-height="400" data-small-header="false" data-adapt-container-width="true" data-hide-cover="false" data-show-facepile="true">'
            f'<blockquote cite="{page}" class="fb-xfbml-parse-ignore"><a href="{page}">Hội LHPN huyện Mai Châu</a></blockquote></div></div><div class="clear"></div></div>'
        )

    def subscribe_gadget(self, article: CorpusArticle | None) -> str:
        comments = self.abs(self.comment_feed(article)) if article else self.abs("/feeds/comments/default")
        return (
            '<div class="widget Subscribe" data-version="1" id="Subscribe1"><div style="white-space:nowrap"><h2 class="title">Đăng ký</h2><div class="widget-content">'
            f'<div class="subscribe-wrapper subscribe-type-POST"><div class="subscribe expanded subscribe-type-POST" id="SW_READER_LIST_Subscribe1POST" style="display:none;"><div class="top"><span class="inner"><img class="subscribe-dropdown-arrow" src="https://resources.blogblog.com/img/widgets/arrow_dropdown.gif"/><img align="absmiddle" alt="" border="0" class="feed-icon" src="https://resources.blogblog.com/img/icon_feed12.png"/>Bài đăng</span>'
            f'<div class="feed-reader-links"><a class="feed-reader-link" href="{self.abs("/feeds/posts/default")}" target="_blank"><img src="https://resources.blogblog.com/img/widgets/subscribe-atom.png"/></a></div></div></div></div>'
            f'<div class="subscribe-wrapper subscribe-type-COMMENT"><div class="subscribe expanded subscribe-type-COMMENT" style="display:none;"><div class="top"><span class="inner">Nhận xét</span>'
            f'<div class="feed-reader-links"><a class="feed-reader-link" href="{comments}" target="_blank"><img src="https://resources.blogblog.com/img/widgets/subscribe-atom.png"/></a></div></div></div></div>'
            '<div style="clear:both"></div></div></div><div class="clear"></div></div>'
        )

    def footer_of(self, article: CorpusArticle, item: bool) -> str:
        name, profile = self.account(article)
        when = self.when[article.id]
        pid = self.pids[article.id]
        url = self.canonical_url(article)
        author = (
            f"<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/{profile}' itemprop='url'/>"
            f"<a class='g-profile' href='https://www.blogger.com/profile/{profile}' rel='author' title='author profile'><span itemprop='name'>{esc(name)}</span></a></span>"
        )
        stamp = (
            f"vào lúc\n<meta content='{url}' itemprop='url'/>\n<a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{self.iso(article)}'>{when.hm()}</abbr></a>"
            if when.has_time
            else f"<meta content='{url}' itemprop='url'/><abbr class='published' itemprop='datePublished' title='{self.iso(article)}'></abbr>"
        )
        total = len(self.comments(article))
        count = f"{total} nhận xét:" if total else "Không có nhận xét nào:"
        comment_link = "" if item else f"<a class='comment-link' href='{url}#comment-form' onclick=''>{count}</a>"
        labels = ",\n".join(
            f"<a href='{self.abs(self.label_path(label))}' rel='tag'>{esc(label)}</a>" for label in self.labels(article)
        )
        share = "".join(
            f"<a class='goog-inline-block share-button sb-{target}' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target={target}' target='_blank' title='{title}'><span class='share-button-link-text'>{title}</span></a>"
            for target, title in (
                ("email", "Gửi email bài đăng này"),
                ("blog", "BlogThis!"),
                ("twitter", "Chia sẻ lên X"),
                ("facebook", "Chia sẻ lên Facebook"),
                ("pinterest", "Chia sẻ lên Pinterest"),
            )
        )
        return f"""<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
Đăng bởi
{author}
</span>
<span class='post-timestamp'>
{stamp}
</span>
<span class='post-comment-link'>
{comment_link}
</span>
<span class='post-icons'>
<span class='item-control blog-admin pid-1496735027'>
<a href='https://www.blogger.com/post-edit.g?blogID={BLOG_ID}&amp;postID={pid}&amp;from=pencil' title='Sửa Bài đăng'>
<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/>
</a>
</span>
</span>
<div class='post-share-buttons goog-inline-block'>
{share}
</div>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='post-labels'>
Nhãn:
{labels}
</span>
</div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div>
</div>"""

    def post_outer(self, article: CorpusArticle, item: bool) -> str:
        pid = self.pids[article.id]
        body, cut = self.post_body(article, cut=not item)
        url = self.canonical_url(article)
        title = f"\n{esc(article.title)}\n" if item else f"\n<a href='{url}'>{esc(article.title)}</a>\n"
        jump = (
            f"<div class='jump-link'>\n<a href='{url}#more' title='{esc(article.title)}'>Đọc thêm »</a>\n</div>\n"
            if cut
            else ""
        )
        return f"""<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{self.image(article, 1, "s1600")}' itemprop='image_url'/>
<meta content='{BLOG_ID}' itemprop='blogId'/>
<meta content='{pid}' itemprop='postId'/>
<a name='{pid}'></a>
<h3 class='post-title entry-title' itemprop='name'>{title}</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{pid}' itemprop='description articleBody'>
{body}
<div style='clear: both;'></div>
</div>
{jump}{self.footer_of(article, item)}
</div>
{self.comments_block(article) if item else ""}
</div>"""

    def comments_block(self, article: CorpusArticle) -> str:
        comments = self.comments(article)
        url = self.canonical_url(article)
        pid = self.pids[article.id]

        def one(index: int) -> str:
            cid, name, at, text, _ = comments[index]
            ms = int(at.timestamp() * 1000)
            local = at.astimezone(VN_TZ)
            who = (
                esc(name)
                if name == "Ẩn danh"
                else f"<a href='https://www.blogger.com/profile/{_id19('profile:' + name)}' rel='nofollow'>{esc(name)}</a>"
            )
            replies = "".join(one(j) for j, c in enumerate(comments) if c[4] == index)
            replies_html = (
                f"<div class='comment-replies'><div class='comment-thread inline-thread'><ol>{replies}</ol></div></div>"
                if replies
                else "<div class='comment-replies'></div>"
            )
            return (
                f"<li class='comment' id='c{cid}'><div class='avatar-image-container'><img src='//resources.blogblog.com/img/blank.gif' alt=''/></div>"
                f"<div class='comment-block'><div class='comment-header'><cite class='user'>{who}</cite><span class='icon user'></span>"
                f"<span class='datetime secondary-text'><a rel='nofollow' href='{url}?showComment={ms}#c{cid}'>{local.day} tháng {local.month}, {local.year} lúc {local:%H:%M}</a></span></div>"
                f"<p class='comment-content'>{esc(text)}</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self' data-comment-id='{cid}'>Trả lời</a>"
                f"<span class='item-control blog-admin blog-admin pid-1496735027'><a target='_self' href='https://www.blogger.com/comment/delete/{BLOG_ID}/{cid}'>Xóa</a></span></span></div>"
                f"{replies_html}<div class='comment-replybox-single' id='c{cid}-ce'></div></li>"
            )

        thread = "".join(one(i) for i, c in enumerate(comments) if c[4] is None)
        heading = f"{len(comments)} nhận xét:" if comments else "Không có nhận xét nào:"
        return f"""<div class='comments' id='comments'>
<a name='comments'></a>
<h4>{heading}</h4>
<div class='comments-content'>
<div id='comment-holder'><div class="comment-thread toplevel-thread"><ol id="top-ra">{thread}</ol></div><div class="continue" id="top-continue"><a class="comment-reply" target="_self">Thêm nhận xét</a></div></div>
</div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>Đăng nhận xét</h4>
<p></p>
<a href='https://www.blogger.com/comment/frame/{BLOG_ID}?po={pid}&amp;hl=vi' id='comment-editor-src'></a>
<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
</div>
</p>
</div>"""

    def pager(self, newer: str | None, older: str | None, home: bool = True) -> str:
        parts = []
        if newer:
            parts.append(
                f"<span id='blog-pager-newer-link'>\n<a class='blog-pager-newer-link' href='{esc(newer)}' id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a>\n</span>"
            )
        if older:
            parts.append(
                f"<span id='blog-pager-older-link'>\n<a class='blog-pager-older-link' href='{esc(older)}' id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a>\n</span>"
            )
        if home:
            parts.append(f"<a class='home-link' href='{self.abs('/')}'>Trang chủ</a>")
        return "<div class='blog-pager' id='blog-pager'>\n" + "\n".join(parts) + "\n</div>\n<div class='clear'></div>"

    def dated(self, articles: list[CorpusArticle], item: bool) -> str:
        """Posts grouped under one date header per day, as Blogger prints them."""
        out, last_day = [], None
        for article in articles:
            at = self.when[article.id].at
            if at.date() != last_day:
                if last_day is not None:
                    out.append("</div></div>")
                out.append(
                    f"<div class='date-outer'>\n<h2 class='date-header'><span>{self.date_header(at)}</span></h2>\n<div class='date-posts'>"
                )
                last_day = at.date()
            out.append(self.post_outer(article, item))
        if last_day is not None:
            out.append("</div></div>")
        return "\n".join(out)

    def list_page(
        self,
        articles: list[CorpusArticle],
        kind: str,
        older: str | None = None,
        title: str | None = None,
        message: str = "",
        newer: bool = False,
    ) -> str:
        status = (
            f"<div class='status-msg-wrap'><div class='status-msg-body'>\n{message}\n</div><div class='status-msg-border'><div class='status-msg-bg'><div class='status-msg-hidden'>{message}</div></div></div></div><div style='clear: both;'></div>"
            if message
            else ""
        )
        newer_link = None
        if newer and articles:
            newest = self.when[articles[0].id].at
            newer_link = f"{self.abs('/search')}?updated-min={self.max_param(newest)}&max-results={HOME_POSTS}&reverse-paginate=true"
        if kind == "archive" and articles:
            # an absolute archive's 'Older' and 'Newer' lead to relative archives around it
            chain = self.chain()
            last, first = articles[-1], articles[0]
            if chain.index(last) + 1 < len(chain):
                older = f"{self.abs('/search')}?updated-max={self.max_param(self.when[last.id].at)}&max-results={HOME_POSTS}"
            if chain.index(first) > 0:
                newer_link = f"{self.abs('/search')}?updated-min={self.max_param(self.when[first.id].at)}&max-results={HOME_POSTS}&reverse-paginate=true"
        main = f"""<div class='blog-posts hfeed'>
{status}
{self.dated(articles, item=False)}
</div>
{self.pager(newer_link, older, home=kind != "home")}
<div class='blog-feeds'>
<div class='feed-links'>
Đăng ký:
<a class='feed-link' href='{self.abs("/feeds/posts/default")}' target='_blank' type='application/atom+xml'>Bài đăng (Atom)</a>
</div>
</div>"""
        page_title = self.spec.name if not title else f"{self.spec.name}: {title}"
        focus = None
        if articles:
            at = self.when[articles[0].id].at
            focus = (at.year, at.month)
        canonical = None
        if kind == "home":
            canonical = self.abs("/")
        elif kind == "archive" and title:
            at = self.when[articles[0].id].at
            canonical = self.abs(
                self.year_path(at.year) if title == str(at.year) else self.month_path(at.year, at.month)
            )
        return self.shell(page_title, main, focus, canonical)

    def item_page(self, article: CorpusArticle) -> str:
        newer, older = self.neighbours_of(article)
        at = self.when[article.id].at
        main = f"""<div class='blog-posts hfeed'>
{self.dated([article], item=True)}
</div>
{self.pager(self.canonical_url(newer) if newer else None, self.canonical_url(older) if older else None)}
<div class='post-feeds'>
<div class='feed-links'>
Đăng ký:
<a class='feed-link' href='{self.abs(self.comment_feed(article))}' target='_blank' type='application/atom+xml'>Đăng Nhận xét (Atom)</a>
</div>
</div>"""
        return self.shell(
            f"{self.spec.name}: {article.title}", main, (at.year, at.month), self.canonical_url(article), article
        )

    def static_page(self, slug: str, title: str, paragraphs: tuple[str, ...], mobile: bool = False) -> str:
        url = self.abs(f"/p/{slug}.html")
        body = "\n".join(
            f'<div style="text-align: justify;">{esc(p)}</div><div style="text-align: justify;"><br /></div>'
            for p in paragraphs
        )
        if slug == "lien-he":
            body += '\n<div class="widget ContactForm" id="ContactForm1"><div class="contact-form-widget"><form name="contact-form">Tên<br /><input class="contact-form-name" id="ContactForm1_contact-form-name" name="name" size="30" type="text" value=""/><br />Email <span style="font-weight: bolder;">*</span><br /><input class="contact-form-email" id="ContactForm1_contact-form-email" name="email" size="30" type="text" value=""/><br />Thông báo <span style="font-weight: bolder;">*</span><br /><textarea class="contact-form-email-message" cols="25" id="ContactForm1_contact-form-email-message" name="email-message" rows="5"></textarea><br /><input class="contact-form-button contact-form-button-submit" id="ContactForm1_contact-form-submit" type="button" value="Gửi"/></form></div></div>'
        pid = _id19(f"page:{slug}")
        post = f"""<div class='blog-posts hfeed'>
<div class='date-outer'><div class='date-posts'>
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<a name='{pid}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{esc(title)}
</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{pid}' itemprop='description articleBody'>
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-icons'></span></div></div>
</div>
</div>
</div></div>
</div>"""
        if mobile:
            return self.mobile_shell(f"{self.spec.name}: {title}", post + self.mobile_pager(None, None, url), url)
        return self.shell(f"{self.spec.name}: {title}", post + "\n" + self.pager(None, None), None, url)

    # ---- the mobile template ('?m=1') ---------------------------------------------------------
    def mobile_shell(self, title: str, main: str, canonical: str | None) -> str:
        name, profile = ACCOUNTS[-1][1], ACCOUNTS[-1][2]
        head = self.head(title, canonical).replace(
            "<meta content='width=1100' name='viewport'/>",
            "<meta content='width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0' name='viewport'/>",
        )
        return f"""{head}
<body class='mobile variant-pale'>
<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header-inner'><div class='section' id='header'><div class='widget Header' data-version='1' id='Header1'>
<div class='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{self.abs("/")}?m=1'>{esc(self.spec.name)}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>{esc(BLOG_DESCRIPTION)}</span></p></div></div>
</div></div></div></div></header>
<div class='main-outer'><div class='main-inner'><div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>
{main}
</div></div></div></div>
<div class='mobile-profile'><div class='widget Profile' id='Profile1'><h2>Giới thiệu về tôi</h2><div class='widget-content'><a href='https://www.blogger.com/profile/{profile}'>{esc(name)}</a><br/>Mai Châu, Hòa Bình, Vietnam<br/><a class='profile-link' href='https://www.blogger.com/profile/{profile}' rel='author'>Xem hồ sơ hoàn chỉnh của tôi</a></div></div></div>
<footer><div class='footer-outer'><div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>Được tạo bởi <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></footer>
</div></div>
</body>
</html>"""

    def mobile_pager(self, newer: str | None, older: str | None, web: str) -> str:
        parts = []
        if newer:
            parts.append(
                f"<a class='blog-pager-newer-link' href='{esc(newer)}' id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>&lsaquo;</a>"
            )
        if older:
            parts.append(
                f"<a class='blog-pager-older-link' href='{esc(older)}' id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>&rsaquo;</a>"
            )
        parts.append(f"<a class='home-link' href='{self.abs('/')}?m=1'>Trang chủ</a>")
        parts.append(
            f"<div class='mobile-desktop-link'><a class='home-link' href='{esc(web)}?m=0'>Xem phiên bản web</a></div>"
        )
        return "<div class='blog-pager' id='blog-pager'>\n" + "\n".join(parts) + "\n</div>"

    def mobile_list(
        self, articles: list[CorpusArticle], older: str | None = None, title: str | None = None, message: str = ""
    ) -> str:
        out, last_day = [], None
        for article in articles:
            at = self.when[article.id].at
            if at.date() != last_day:
                if last_day is not None:
                    out.append("</div>")
                out.append(
                    f"<div class='mobile-date-outer date-outer'><div class='date-header'><span>{self.date_header(at)}</span></div>"
                )
                last_day = at.date()
            url = self.canonical_url(article) + "?m=1"
            total = len(self.comments(article))
            out.append(
                f"<div class='mobile-post-outer'><a href='{url}'><h3 class='mobile-index-title entry-title' itemprop='name'>{esc(article.title)}</h3><div class='mobile-index-arrow'>&rsaquo;</div>"
                f"<div class='mobile-index-contents'><div class='mobile-index-thumbnail'><div class='Image'><img height='72' src='{self.image(article, 1, 's72-c')}' width='72'/></div></div>"
                f"<div class='post-body'>{esc(self.snippet(article))}</div></div><div style='clear: both;'></div></a>"
                f"<div class='mobile-index-comment'><a class='comment-link' href='{url}#comment-form'>{total} nhận xét:</a></div></div>"
            )
        if last_day is not None:
            out.append("</div>")
        status = f"<div class='status-msg-wrap'><div class='status-msg-body'>{message}</div></div>" if message else ""
        web = self.abs("/")
        canonical = self.abs("/")
        if title and articles:
            at = self.when[articles[0].id].at
            web = self.abs(self.year_path(at.year) if title == str(at.year) else self.month_path(at.year, at.month))
            canonical = web
        main = (
            f"<div class='blog-posts hfeed'>{status}\n"
            + "\n".join(out)
            + "\n</div>\n"
            + self.mobile_pager(None, older, web)
        )
        return self.mobile_shell(self.spec.name if not title else f"{self.spec.name}: {title}", main, canonical)

    def mobile_item(self, article: CorpusArticle) -> str:
        newer, older = self.neighbours_of(article)
        at = self.when[article.id].at
        body, _ = self.post_body(article)
        name, profile = self.account(article)
        when = self.when[article.id]
        url = self.canonical_url(article)
        stamp = (
            f" vào lúc <a class='timestamp-link' href='{url}?m=1' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{self.iso(article)}'>{when.hm()}</abbr></a>"
            if when.has_time
            else ""
        )
        post = f"""<div class='blog-posts hfeed'>
<div class='mobile-date-outer date-outer'><div class='date-header'><span>{self.date_header(at)}</span></div>
<div class='mobile-post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<a name='{self.pids[article.id]}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{esc(article.title)}
</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{self.pids[article.id]}' itemprop='articleBody'>
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Đăng bởi <span class='fn'><a class='g-profile' href='https://www.blogger.com/profile/{profile}' rel='author'>{esc(name)}</a></span></span><span class='post-timestamp'>{stamp}</span></div></div>
</div>
{self.comments_block(article)}
</div></div>
</div>"""
        pager = self.mobile_pager(
            self.canonical_url(newer) + "?m=1" if newer else None,
            self.canonical_url(older) + "?m=1" if older else None,
            url,
        )
        return self.mobile_shell(f"{self.spec.name}: {article.title}", post + "\n" + pager, url)


def _parse_time(value: str | None) -> datetime | None:
    """An 'updated-max'/'updated-min' value; a '+' that arrived unescaped reads as a space."""
    if not value:
        return None
    try:
        at = datetime.fromisoformat(value.strip().replace(" ", "+"))
    except ValueError:
        return None
    return at if at.tzinfo else at.replace(tzinfo=VN_TZ)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _count(values: dict[str, str]) -> int:
    return min(50, max(1, _int(values.get("max-results"), HOME_POSTS)))
