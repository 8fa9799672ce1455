"""A provincial Women's Union site with a newsroom look, as the richer provinces ran them in 2022-2025.

Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh on a press-style CMS (the kind provincial media centres license to the
province's agencies): articles at ``/<slug>-post<id>.html`` where only the id routes (another slug 301s to the real
one), eMagazine longreads at ``/emagazine/<slug>-post<id>.html`` on a full-width layout of their own (cover, credits,
chapter headings, pull quotes, big captioned photos, text in styled ``<div>``s, a drop cap), photo stories (a lead,
a short paragraph and many captioned photos), infographics (one tall image and a paragraph) and video news (a player
and a paragraph) beside ordinary articles. AMP copies ``/amp/...`` (rel=amphtml / rel=canonical) for every item but
the eMagazines. Lazy images (``data-src`` over a placeholder), JSON-LD NewsArticle, ``<time datetime>``, dates
'Thứ Bảy, 08/03/2025, 10:15 (GMT+7)' in the article header and '10:15 | 08/03/2025' in lists. Listings scroll
infinitely (a disallowed ``/ajax/`` fragment endpoint) over a plain ``?page=N`` link; tag pages, 'Dòng sự kiện' event
streams, format hubs (eMagazine, Ảnh, Video, Infographic), a 'Chuyên trang Bình đẳng giới' topic hub, author pages.
Inside article bodies: 'Xem thêm:' links between paragraphs, a 'Tin liên quan' box, 'Nguồn:' lines, a partner banner;
an author box with a photo after the body, a Facebook comments embed. Sitemap index with a Google News sitemap and
yearly article sitemaps; RSS feeds. Unknown article ids answer 200 'Bài viết không tồn tại' in the full chrome.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import quote

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import EN_MONTHS, EN_WEEKDAYS, VN_TZ, ascii_slug, esc, stable_token
from .base import Response, Template
from .extras import tag_slug, tags_of

NOW = datetime(2025, 11, 28, 9, 0, tzinfo=VN_TZ)
SITE = "Phụ nữ Quảng Ninh"
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
TRACKING = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "fbclid", "zarsrc", "gidzl")
ARTICLE_RE = re.compile(r"^/(amp/)?(emagazine/|en/)?([a-z0-9-]+)-post(\d+)\.html$")
REMOVED = (
    "/thong-bao-tuyen-dung-lao-dong-hop-dong-nam-2025-post318977.html",
    "Thông báo tuyển dụng lao động hợp đồng năm 2025",
)

# How each item is laid out, by corpus number: 'emagazine', 'photo', 'infographic', 'video' (default 'article').
FORMATS = {
    2: "emagazine",
    4: "video",
    6: "video",
    7: "infographic",
    8: "photo",
    9: "infographic",
    11: "emagazine",
    13: "photo",
    14: "photo",
    16: "emagazine",
    18: "emagazine",
}
# eMagazine layouts: chapter headings before body paragraph i, a pull quote (repeating body text) after paragraph i,
# captioned full-width photos after paragraph i, credits.
EMAG: dict[int, dict[str, Any]] = {
    2: {
        "chapters": {0: "Gánh nặng gấp đôi", 2: "Lợi thế của sự lắng nghe", 4: "Con đường chưa bằng phẳng"},
        "quote": (
            3,
            "Người dân không hỏi mình là nam hay nữ, họ chỉ cần biết mình có giải quyết được việc cho họ hay không",
        ),
        "photos": {
            0: "Bí thư Đảng ủy xã Bình Liêu Lục Thị Hạnh (thứ hai từ trái sang) trao đổi với người dân thôn Pắc Pộc về việc mở đường liên thôn.",
            3: "Chủ tịch Ủy ban nhân dân phường Cửa Ông Phạm Thu Trang kiểm tra hoạt động của Trung tâm Phục vụ hành chính công phường.",
            5: "Lớp bồi dưỡng kỹ năng lãnh đạo cho nữ cán bộ cấp xã do Hội Liên hiệp Phụ nữ tỉnh tổ chức tháng 9/2025.",
        },
        "credits": (("Nội dung", "Hoàng Yến"), ("Ảnh", "Mạnh Trường, CTV"), ("Thiết kế", "Đức Anh")),
    },
    11: {
        "chapters": {0: "Cánh cửa mở lúc nửa đêm", 1: "146 “ngôi nhà an toàn”", 3: "Hơn cả một chỗ trú chân"},
        "quote": (4, "Chỉ cần một người phụ nữ được an toàn qua đêm, thế là đáng"),
        "photos": {
            0: "Bà Nguyễn Thị Lan (phải) trò chuyện với một phụ nữ từng tạm lánh tại “Địa chỉ tin cậy” ở khu 5, phường Hà Khánh.",
            2: "Tờ rơi hướng dẫn số điện thoại đường dây nóng được dán tại nhà văn hóa các khu phố.",
            4: "Cán bộ Hội Phụ nữ phường Hà Khánh tư vấn pháp luật cho chị em tại buổi sinh hoạt câu lạc bộ “Phụ nữ với pháp luật”.",
        },
        "credits": (("Bài", "Thu Hương"), ("Ảnh", "Thu Hương, Ngọc Mai"), ("Đồ họa", "Đức Anh")),
    },
    16: {
        "chapters": {
            0: "Người phụ nữ Dao đầu tiên dám phát biểu",
            1: "Những con số biết nói",
            2: "Truyền thông bên bếp lửa",
            4: "Thay đổi nhỏ, bền bỉ",
        },
        "quote": (2, "Nam giới cũng được mời tham gia để cùng chia sẻ việc nhà, việc chăm con"),
        "photos": {
            0: "Chị Tằng Thị Sểnh (đứng) chủ trì buổi sinh hoạt tổ truyền thông cộng đồng thôn Khe Tâm, xã Đồng Văn.",
            2: "Một buổi sinh hoạt bên bếp lửa của tổ truyền thông cộng đồng ở huyện Bình Liêu.",
            3: "Nhóm “Thủ lĩnh của sự thay đổi” Trường Phổ thông dân tộc bán trú xã Đại Dực biểu diễn tiểu phẩm phòng chống tảo hôn.",
            5: "Phụ nữ thôn Khe Tâm trên đường lên nương.",
        },
        "credits": (("Thực hiện", "Thu Hương"), ("Ảnh", "Mạnh Trường"), ("Thiết kế", "Hoàng Anh")),
        "sponsor": "Chuyên đề thực hiện trong khuôn khổ Dự án 8 - Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
    },
    18: {
        "chapters": {0: "Tà áo của năm mươi năm", 2: "Áo dài của người trẻ"},
        "quote": (3, "Tuần lễ Áo dài không chỉ tôn vinh vẻ đẹp của người phụ nữ Việt Nam"),
        "photos": {
            0: "Các hội viên câu lạc bộ dưỡng sinh phường Bạch Đằng trình diễn áo dài bên bờ vịnh Hạ Long.",
            1: "Trình diễn áo dài trên du thuyền giữa vịnh Hạ Long.",
            2: "Những mẫu áo dài cách tân mang họa tiết vịnh Hạ Long của nhà thiết kế Phạm Ngọc Anh.",
        },
        "credits": (("Bài", "Hoàng Yến"), ("Ảnh", "Mạnh Trường, Thu Hương")),
    },
}
# Photo stories: the captions, one photo each (the prose paragraphs follow the first photo).
PHOTO_STORIES = {
    8: (
        "Hơn 2.000 hội viên phụ nữ trong tà áo dài đồng diễn tại Quảng trường 30/10, thành phố Hạ Long, sáng 8/3.",
        "Các đại biểu dự ngày hội “Áo dài - Duyên dáng phụ nữ vùng mỏ” chụp ảnh lưu niệm.",
        "Màn diễu hành của hội viên phụ nữ các xã, phường với những chiếc ô giấy và nón lá.",
        "Phụ nữ dân tộc Dao Thanh Phán ở Ba Chẽ giới thiệu trang phục truyền thống tại gian trưng bày.",
        "Khu trải nghiệm may áo dài thu hút đông đảo các bạn trẻ và du khách nước ngoài.",
        "Những nụ cười rạng rỡ của các hội viên phụ nữ phường Hồng Hải trong ngày hội.",
    ),
    13: (
        "Các em thiếu nhi rước đèn ông sao quanh sân Nhà văn hóa Công ty Than Hà Tu.",
        "Đội múa lân của Đoàn thanh niên Công ty biểu diễn phục vụ các em nhỏ.",
        "Lãnh đạo Hội Liên hiệp Phụ nữ tỉnh trao quà cho các em có hoàn cảnh khó khăn bị ảnh hưởng bởi cơn bão số 3.",
        "Mâm cỗ trông trăng do các chi hội phụ nữ khu dân cư chuẩn bị.",
        "Niềm vui của các em nhỏ trong đêm hội trăng rằm.",
    ),
    14: (
        "Chị em phụ nữ Dao Thanh Phán thôn Khe Nháng, xã Thanh Sơn sinh hoạt câu lạc bộ bên bếp lửa.",
        "Cán bộ Hội Phụ nữ huyện Ba Chẽ trò chuyện với một gia đình có con gái đang học lớp 9 về tác hại của tảo hôn.",
        "Tiểu phẩm “Đừng để con gái lấy chồng sớm” bằng tiếng Dao do chị em trong thôn tự dàn dựng.",
        "Thành viên câu lạc bộ “Thủ lĩnh của sự thay đổi” Trường Phổ thông dân tộc nội trú huyện Ba Chẽ thảo luận nhóm.",
        "Pano tuyên truyền phòng, chống tảo hôn và hôn nhân cận huyết thống đặt ở đầu thôn.",
        "Những em gái Dao hôm nay được đến trường, nuôi ước mơ xa hơn những triền đồi.",
        "Phụ nữ Dao Thanh Phán trong trang phục truyền thống tại ngày hội văn hóa của huyện.",
    ),
}
INFOGRAPHICS = {
    7: "Infographic chương trình khám sàng lọc ung thư vú, ung thư cổ tử cung cho phụ nữ tỉnh Quảng Ninh năm 2025: 3.214 phụ nữ được khám; 96 trường hợp có khối u vú; 41 trường hợp tổn thương cổ tử cung; 12 địa phương; 5.000 tờ gấp.",
    9: "Infographic kết quả thực hiện mục tiêu bình đẳng giới tỉnh Quảng Ninh năm 2024: 19/22 chỉ tiêu đạt và vượt; 35,2% nữ đại biểu HĐND tỉnh; 68% cơ quan có lãnh đạo chủ chốt là nữ; 52,6% lao động nữ làm công hưởng lương; 187 vụ bạo lực gia đình, giảm 9%.",
}
VIDEOS = {4: ("k3Xq9PZb2mE", "03:42"), 6: ("vT7nLw4Rf0s", "02:15")}
# Other things an item's body shows besides its text.
PHOTOS = {  # after body paragraph i, caption (credit follows)
    1: (0, "Các đại biểu diễu hành bằng xe đạp tuyên truyền hưởng ứng Tháng hành động sau lễ phát động sáng 14/11."),
    3: (1, "Lãnh đạo tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc trong phong trào thi đua."),
    5: (1, "Chị Chíu Thị Mai (giữa) nhận giải Nhất cuộc thi với dự án trà hoa vàng Ba Chẽ."),
    10: (0, "Quang cảnh hội nghị triển khai công tác bình đẳng giới năm 2025 của tỉnh."),
    12: (0, "Các đại biểu bấm nút phát động Tháng hành động tại thị trấn Bình Liêu."),
    15: (0, "Quang cảnh hội nghị."),
    17: (0, "Lao động nữ tìm hiểu thông tin về các đơn hàng đi làm việc tại Nhật Bản."),
    19: (1, "Cán bộ Hội Phụ nữ và Bộ đội Biên phòng tuyên truyền phòng, chống mua bán người tại khu dân cư ven biên."),
    20: (0, "Các thí sinh trong phần thi trình diễn áo dài."),
    21: (1, "Sản phẩm miến dong của cơ sở do chị Lô Thị Dung làm chủ được trưng bày tại diễn đàn."),
    22: (0, "Giảng viên hướng dẫn học viên thực hành bài tập đánh giá tác động giới."),
    24: (0, "Delegates at the launching ceremony in Binh Lieu."),
}
SOURCES = {
    10: "Nguồn: Cổng TTĐT tỉnh Quảng Ninh",
    22: "Nguồn: Sở Lao động - Thương binh và Xã hội",
    26: "Theo CDC Quảng Ninh",
}
SPONSORS = {
    5: ("Đơn vị đồng hành", "Ngân hàng Chính sách xã hội tỉnh Quảng Ninh", "https://vbsp.org.vn"),
    7: ("Đơn vị phối hợp", "Bệnh viện Sản Nhi Quảng Ninh", "https://sannhiquangninh.vn"),
    12: ("Với sự hỗ trợ của", "UN Women Việt Nam", "https://vietnam.unwomen.org"),
}
# 'Dòng sự kiện' streams: (id, title, corpus numbers)
EVENTS = (
    (101, "Tháng hành động vì bình đẳng giới", (1, 11, 12)),
    (102, "Dự án 8: Bình đẳng giới vùng đồng bào dân tộc thiểu số", (16, 14, 12)),
    (103, "Phòng, chống mua bán người", (19, 4)),
    (104, "Kỷ niệm Ngày Phụ nữ Việt Nam 20/10 và Quốc tế Phụ nữ 8/3", (3, 8, 20, 18)),
)
AUTHORS = {
    "Thu Hương": "Phóng viên, Ban Tuyên giáo - Hội LHPN tỉnh",
    "Hoàng Yến": "Biên tập viên Chuyên trang Phụ nữ Quảng Ninh",
    "Lan Anh": "Phóng viên",
    "Minh Hà": "Cộng tác viên",
    "Ngọc Mai": "Phóng viên",
    "Mạnh Trường": "Phóng viên ảnh",
}
PARTNERS = (
    ("Quỹ Hỗ trợ phụ nữ phát triển", "https://tymfund.vn"),
    ("UN Women Việt Nam", "https://vietnam.unwomen.org"),
    ("Ngân hàng Chính sách xã hội", "https://vbsp.org.vn"),
)


class EmagNewsroom(Template):
    """The newsroom-style Women's Union site: pre-rendered pages plus id routing, soft 404s and page parameters."""

    sitemap_path = "/sitemap.xml"
    feed_path = "/rss/home.rss"
    ignored_params = TRACKING

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.by_nid = {self.nid(a): a for a in self.articles}

    # ---- model ------------------------------------------------------------------------------
    def fmt(self, article: CorpusArticle) -> str:
        return FORMATS.get(article.number, "article") if article.lang == "vi" else "article"

    def nid(self, article: CorpusArticle) -> int:
        return self.spec.article_id_base + article.number * 23 + (article.number * 7) % 11

    def slug(self, article: CorpusArticle) -> str:
        """The CMS cuts long slugs at a word boundary under 90 characters."""
        slug = ascii_slug(article.title)
        return slug if len(slug) <= 90 else slug[:90].rsplit("-", 1)[0]

    def article_path(self, article: CorpusArticle) -> str:
        if article.lang == "en":
            return f"/en/{self.slug(article)}-post{self.nid(article)}.html"
        prefix = "/emagazine" if self.fmt(article) == "emagazine" else ""
        return f"{prefix}/{self.slug(article)}-post{self.nid(article)}.html"

    def plain_path(self, article: CorpusArticle) -> str:
        """What the 'Tin mới' box and the feeds' old template link: no zone prefix (301s for eMagazines)."""
        return (
            f"/{self.slug(article)}-post{self.nid(article)}.html"
            if article.lang == "vi"
            else self.article_path(article)
        )

    def amp_path(self, article: CorpusArticle) -> str | None:
        if self.fmt(article) == "emagazine":
            return None
        return "/amp" + self.article_path(article)

    def category_path(self, category: Category) -> str:
        return f"/{category.key}"

    @property
    def page_size(self) -> int:
        return self.spec.page_size

    def zone(self, category: Category) -> list[CorpusArticle]:
        """A category's stream: its items but the eMagazines (they live in their own zone)."""
        return [a for a in self.listed(category.slug) if self.fmt(a) != "emagazine"]

    def format_items(self, kind: str) -> list[CorpusArticle]:
        return [a for a in self.listed() if self.fmt(a) == kind]

    def hub_items(self) -> list[CorpusArticle]:
        return [a for a in self.listed() if a.on_topic and a.lang == "vi"]

    def tags(self, article: CorpusArticle) -> list[str]:
        return (
            [t for t in tags_of(article, limit=5) if t not in ("gender equality", "women")]
            if article.lang == "vi"
            else []
        )

    def tag_pages(self) -> dict[str, tuple[str, list[CorpusArticle]]]:
        pages: dict[str, tuple[str, list[CorpusArticle]]] = {}
        for article in self.listed():
            for tag in self.tags(article):
                pages.setdefault(tag_slug(tag), (tag, []))[1].append(article)
        return pages

    def events_of(self, article: CorpusArticle) -> list[tuple[int, str, tuple[int, ...]]]:
        return [e for e in EVENTS if article.number in e[2]]

    def event_path(self, event: tuple[int, str, tuple[int, ...]]) -> str:
        return f"/su-kien/{ascii_slug(event[1])}-e{event[0]}.html"

    def event_items(self, event) -> list[CorpusArticle]:
        return [a for a in self.listed() if a.number in event[2] and a.lang == "vi"]

    def author_path(self, name: str) -> str:
        return f"/tac-gia/{ascii_slug(name)}"

    def image(self, article: CorpusArticle, n: int = 0) -> str:
        at = self.when[article.id].at
        return f"/uploads/{at.year}/{at.month:02d}/{at.day:02d}/{stable_token(f'{article.id}-{n}', 12)}.jpg"

    def lazy(self, src: str, alt: str, cls: str = "lazyload", width: int = 800) -> str:
        return f'<img class="{cls}" src="{PLACEHOLDER}" data-src="{esc(src)}" alt="{esc(alt)}" width="{width}" height="{width * 2 // 3}">'

    # ---- dates ------------------------------------------------------------------------------
    def long_date(self, article: CorpusArticle) -> str:
        """'Thứ Bảy, 08/03/2025, 10:15 (GMT+7)'; English 'Saturday, March 8, 2025, 10:15 (GMT+7)'."""
        when = self.when[article.id]
        at = when.at
        if article.lang == "en":
            day = f"{EN_WEEKDAYS[at.weekday()]}, {EN_MONTHS[at.month - 1]} {at.day}, {at.year}"
        else:
            day = f"{WEEKDAYS[at.weekday()]}, {when.dmy()}"
        return day + (f", {when.hm()} (GMT+7)" if when.has_time else "")

    def list_date(self, article: CorpusArticle) -> str:
        """'10:15 | 08/03/2025' (date-only items just the date)."""
        when = self.when[article.id]
        return f"{when.hm()} | {when.dmy()}" if when.has_time else when.dmy()

    def iso(self, article: CorpusArticle) -> str:
        return self.when[article.id].at.isoformat(timespec="seconds")

    # ---- responses --------------------------------------------------------------------------
    def robots(self) -> str:
        return (
            "User-agent: *\nDisallow: /admin/\nDisallow: /tim-kiem\nDisallow: /ajax/\nDisallow: /api/\nAllow: /\n\n"
            "User-agent: GPTBot\nDisallow: /\n\n"
            f"Sitemap: {self.url('/sitemap.xml')}\nSitemap: {self.url('/sitemaps/news.xml')}\n"
        )

    def html(self, text: str, status: int = 200) -> Response:
        response = super().html(text, status)
        response.headers.update({"Server": "nginx", "X-Cache": "HIT", "Cache-Control": "public, max-age=120"})
        return response

    def xml(self, text: str) -> Response:
        return Response(200, text.encode("utf-8"), "application/xml; charset=utf-8", {"Server": "nginx"})

    def not_found(self) -> Response:
        body = (
            "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n"
            "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
        )
        return Response(404, body.encode(), "text/html", {"Server": "nginx"})

    def soft_404(self) -> Response:
        main = (
            '<div class="page-404"><div class="container"><h1 class="title-404">Bài viết không tồn tại hoặc đã bị xóa</h1>'
            "<p>Nội dung bạn tìm có thể đã được gỡ bỏ, thay đổi đường dẫn hoặc tạm thời không truy cập được.</p>"
            '<a class="btn-home" href="/">Quay về trang chủ</a></div>'
            f'<div class="container"><div class="box-title"><h2>Tin mới</h2></div><div class="list-news">{"".join(self.row(a) for a in self.latest(5))}</div></div></div>'
        )
        return self.html(self.page("Bài viết không tồn tại", main, canonical=None, robots="noindex, follow"))

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/", self.html(self.home()))
        self.add("/robots.txt", self.text(self.robots()))
        self.add("/admin/login", self.html(self.login()))
        self.add("/gioi-thieu", self.html(self.about()))
        self.add("/lien-he", self.html(self.contact()))
        for category in self.spec.categories:
            items = self.zone(category)
            for n in range(1, len(self.chunks(items)) + 1):
                self.add(
                    self.category_path(category) + (f"?page={n}" if n > 1 else ""),
                    self.html(
                        self.listing_page(category.name, self.category_path(category), items, n, lang=category.lang)
                    ),
                )
        if self.listed_lang("en"):
            self.add("/en", self.html(self.en_home()))
        for path, title, kind in (
            ("/emagazine", "eMagazine", "emagazine"),
            ("/multimedia/anh", "Ảnh", "photo"),
            ("/multimedia/video", "Video", "video"),
            ("/multimedia/infographic", "Infographic", "infographic"),
        ):
            items = self.format_items(kind)
            for n in range(1, len(self.chunks(items)) + 1):
                self.add(
                    path + (f"?page={n}" if n > 1 else ""),
                    self.html(self.listing_page(title, path, items, n, emag=kind == "emagazine")),
                )
        self.add("/multimedia", self.html(self.multimedia_home()))
        hub = self.hub_items()
        for n in range(1, len(self.chunks(hub)) + 1):
            self.add("/chuyen-trang/binh-dang-gioi" + (f"?page={n}" if n > 1 else ""), self.html(self.hub_page(hub, n)))
        self.add("/su-kien", self.html(self.events_index()))
        for event in EVENTS:
            self.add(self.event_path(event), self.html(self.event_page(event)))
        for slug, (tag, items) in self.tag_pages().items():
            self.add(f"/tag/{slug}", self.html(self.listing_page(f"Tag: {tag}", f"/tag/{slug}", items, 1, single=True)))
        authors = sorted({a.author for a in self.listed() if a.author and a.author_style == "byline"})
        for name in authors:
            items = [a for a in self.listed() if a.author == name and a.author_style == "byline"]
            self.add(
                self.author_path(name),
                self.html(self.listing_page(f"Tác giả: {name}", self.author_path(name), items, 1, single=True)),
            )
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.article_page(article)))
            amp = self.amp_path(article)
            if amp:
                self.add(amp, self.html(self.amp_page(article)))
        self.add("/rss", self.html(self.rss_index()))
        self.add("/rss/home.rss", self.feed("Tin mới nhất", "/", self.in_feed()[:50]))
        for category in self.spec.categories:
            self.add(
                f"/rss/{category.key.replace('/', '-')}.rss",
                self.feed(
                    category.name,
                    self.category_path(category),
                    [a for a in self.in_feed() if a.category == category.slug],
                ),
            )
        self.add(
            "/rss/emagazine.rss",
            self.feed("eMagazine", "/emagazine", [a for a in self.in_feed() if self.fmt(a) == "emagazine"]),
        )
        self.add(
            "/sitemap.xml",
            self.xml(
                self.sitemap_index(
                    [
                        "/sitemaps/news.xml",
                        "/sitemaps/categories.xml",
                        *[f"/sitemaps/articles-{y}.xml" for y in self.years()],
                    ]
                )
            ),
        )
        self.add("/sitemaps/news.xml", self.xml(self.news_sitemap()))
        self.add("/sitemaps/categories.xml", self.xml(self.categories_sitemap()))
        for year in self.years():
            self.add(f"/sitemaps/articles-{year}.xml", self.xml(self.year_sitemap(year)))

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        values = dict(params)
        if path.startswith("/uploads/") or path.startswith("/static/"):
            return None
        match = ARTICLE_RE.match(path)
        if match:
            article = self.by_nid.get(int(match.group(4)))
            if article is None:
                return self.soft_404()
            if match.group(1):  # /amp/...
                amp = self.amp_path(article)
                if amp is None:
                    return self.redirect(self.article_path(article))
                return self.routes[amp] if path == amp else self.redirect(amp)
            if path != self.article_path(article):
                return self.redirect(self.article_path(article))
            return self.routes[self.article_path(article)]
        page = values.get("page", "1")
        if path in self.routes:  # unknown parameters on a known page change nothing
            if page.isdigit() and int(page) > 1:
                return self.html(self.listing_page("Danh sách tin", path, [], int(page)))
            return self.routes[path]
        if path == "/ajax/loadmore":
            return self.loadmore(values.get("zone", ""), int(page) if page.isdigit() else 1)
        if path == "/tim-kiem":
            return self.html(
                self.page(
                    "Tìm kiếm",
                    f'<div class="container"><h1>Kết quả tìm kiếm: {esc(values.get("q", ""))}</h1><p>Không tìm thấy kết quả phù hợp.</p></div>',
                    canonical=None,
                    robots="noindex",
                )
            )
        if "." not in path.rsplit("/", 1)[-1] and path.count("/") <= 2 and path != "/en/":
            return self.soft_404()
        return None

    def loadmore(self, zone: str, page: int) -> Response:
        """The infinite-scroll endpoint: the teasers of one page as an HTML fragment, empty past the end."""
        items: list[CorpusArticle] = []
        category = next((c for c in self.spec.categories if c.key == zone), None)
        if category is not None:
            items = self.zone(category)
        elif zone in ("emagazine", "photo", "video", "infographic"):
            items = self.format_items(zone)
        elif zone == "chuyen-trang":
            items = self.hub_items()
        chunks = self.chunks(items)
        shown = chunks[page - 1] if 0 < page <= len(chunks) else []
        return Response(
            200, "".join(self.row(a) for a in shown).encode("utf-8"), "text/html; charset=utf-8", {"Server": "nginx"}
        )

    # ---- content plan -----------------------------------------------------------------------
    def listed_lang(self, lang: str) -> list[CorpusArticle]:
        return [a for a in self.listed() if a.lang == lang]

    def years(self) -> list[int]:
        return sorted({self.when[a.id].at.year for a in self.in_sitemap()}, reverse=True)

    def most_read(self) -> list[CorpusArticle]:
        return sorted(self.listed_lang("vi"), key=lambda a: (-self.views(a), a.id))[:5]

    def views(self, article: CorpusArticle) -> int:
        return 240 + (article.number * 397) % 4100

    # ---- page shell -------------------------------------------------------------------------
    def page(
        self,
        title: str,
        main: str,
        canonical: str | None = "",
        head: str = "",
        robots: str = "index, follow",
        lang: str = "vi",
        body_class: str = "",
    ) -> str:
        canonical_tag = f'<link rel="canonical" href="{esc(canonical)}">' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="{lang}" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {SITE}</title>
<meta name="robots" content="{robots}, max-image-preview:large">
<meta name="description" content="Trang thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh - Tiếng nói của phụ nữ vùng mỏ">
{canonical_tag}
<meta property="og:site_name" content="{SITE}">
<meta property="fb:app_id" content="1538204576391274">
<link rel="alternate" type="application/rss+xml" title="{SITE} - Tin mới nhất" href="{self.url("/rss/home.rss")}">
<link rel="icon" href="/static/images/favicon.png">
<link rel="stylesheet" href="/static/css/main.min.css?v=2.4.17">
<link rel="preconnect" href="https://connect.facebook.net">
{head}
<script async src="https://www.googletagmanager.com/gtag/js?id=G-QN8W2K4R7Z"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-QN8W2K4R7Z');</script>
</head>
<body class="{body_class}">
{self.header(lang)}
<main id="main">{main}</main>
{self.footer(lang)}
<script src="/static/js/lazysizes.min.js" async></script>
<script src="/static/js/app.min.js?v=2.4.17" defer></script>
</body>
</html>"""

    def header(self, lang: str = "vi") -> str:
        today = f"{WEEKDAYS[NOW.weekday()]}, {NOW.strftime('%d/%m/%Y')}"
        cats = [c for c in self.spec.categories if c.lang == "vi"]
        nav = "".join(f'<li class="nav-item"><a href="{self.category_path(c)}">{esc(c.name)}</a></li>' for c in cats)
        events = "".join(f'<a class="event-chip" href="{self.event_path(e)}">{esc(e[1])}</a>' for e in EVENTS[:3])
        return f"""<header class="site-header">
<div class="topbar"><div class="container"><span class="today">{today}</span>
<div class="topbar-right"><a href="/en">English</a> | <a href="/rss">RSS</a> | <a href="/admin/login" rel="nofollow">Đăng nhập</a></div></div></div>
<div class="brand"><div class="container"><a class="logo" href="/"><img src="/static/images/logo-hlhpn-qn.png" alt="Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh" width="420" height="72"></a>
<form class="search-form" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit" aria-label="Tìm kiếm">&#128269;</button></form></div></div>
<nav class="main-nav"><div class="container"><ul class="menu">
<li class="nav-item home"><a href="/" aria-label="Trang chủ">Trang chủ</a></li>
<li class="nav-item"><a href="/gioi-thieu">Giới thiệu</a></li>
{nav}
<li class="nav-item emag"><a href="/emagazine">eMagazine</a></li>
<li class="nav-item has-sub"><a href="/multimedia">Multimedia</a><ul class="sub-menu"><li><a href="/multimedia/anh">Ảnh</a></li><li><a href="/multimedia/video">Video</a></li><li><a href="/multimedia/infographic">Infographic</a></li></ul></li>
<li class="nav-item special"><a href="/chuyen-trang/binh-dang-gioi">Chuyên trang Bình đẳng giới</a></li>
</ul></div></nav>
<div class="event-bar"><div class="container"><span class="event-label">Dòng sự kiện:</span>{events}<a class="event-all" href="/su-kien">Tất cả</a></div></div>
</header>"""

    def footer(self, lang: str = "vi") -> str:
        cats = "".join(f'<li><a href="{self.category_path(c)}">{esc(c.name)}</a></li>' for c in self.spec.categories)
        stats = "".join(
            f"<li><span>{esc(k)}:</span> <strong>{v}</strong></li>"
            for k, v in (
                ("Đang truy cập", "87"),
                ("Hôm nay", "3.140"),
                ("Tháng hiện tại", "61.522"),
                ("Tổng lượt truy cập", "4.218.307"),
            )
        )
        return f"""<footer class="site-footer"><div class="container">
<div class="footer-col"><p class="footer-title">TRANG THÔNG TIN ĐIỆN TỬ HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NINH</p>
<p>Cơ quan chủ quản: {esc(self.spec.owner)}</p><p>Chịu trách nhiệm chính: Chủ tịch Hội Liên hiệp Phụ nữ tỉnh</p>
<p>{esc(self.spec.license)}</p><p>Địa chỉ: {esc(self.spec.address)}</p>
<p>Điện thoại: 0203.3835.219 - Email: phunuquangninh@gmail.com</p>
<p>Ghi rõ nguồn “Phụ nữ Quảng Ninh” khi phát hành lại thông tin từ trang này.</p></div>
<div class="footer-col"><ul class="footer-menu">{cats}<li><a href="/emagazine">eMagazine</a></li><li><a href="/lien-he">Liên hệ</a></li><li><a href="/rss">RSS</a></li></ul></div>
<div class="footer-col"><p>Thiết kế và vận hành: Trung tâm Truyền thông tỉnh Quảng Ninh</p><div class="counter"><p class="counter-title">Thống kê truy cập</p><ul>{stats}</ul></div></div>
</div><a href="#" class="back-to-top" aria-label="Lên đầu trang">&#8593;</a></footer>"""

    def sidebar(self) -> str:
        read = "".join(
            f'<li><span class="num">{i}</span><a href="{esc(self.article_path(a))}?utm_source=mostread&amp;utm_medium=sidebar">{esc(a.title)}</a></li>'
            for i, a in enumerate(self.most_read(), start=1)
        )
        partners = "".join(
            f'<a class="partner" href="{href}" target="_blank" rel="nofollow noopener"><img src="/static/banners/{ascii_slug(name)}.png" alt="{esc(name)}" width="300" height="90"></a>'
            for name, href in PARTNERS
        )
        return f"""<aside class="sidebar">
<div class="box box-most-read"><div class="box-title"><h3>Đọc nhiều</h3></div><ol class="most-read">{read}</ol></div>
<div class="box box-hub"><a href="/chuyen-trang/binh-dang-gioi"><img src="/static/banners/chuyen-trang-binh-dang-gioi.jpg" alt="Chuyên trang Bình đẳng giới" width="300" height="250"></a></div>
<div class="box box-partners"><div class="box-title"><h3>Đối tác</h3></div>{partners}</div>
<div class="box box-fanpage"><div class="fb-page" data-href="https://www.facebook.com/phunuquangninh" data-tabs="timeline" data-width="300" data-height="400"></div></div>
</aside>"""

    # ---- teasers ----------------------------------------------------------------------------
    def badge(self, article: CorpusArticle) -> str:
        kind = self.fmt(article)
        labels = {"emagazine": "eMagazine", "photo": "Ảnh", "video": "Video", "infographic": "Infographic"}
        return f'<span class="badge badge-{kind}">{labels[kind]}</span>' if kind in labels else ""

    def row(self, article: CorpusArticle, href: str | None = None) -> str:
        href = href or self.article_path(article)
        return (
            f'<article class="story story-row"><a class="story-thumb" href="{esc(href)}">{self.lazy(self.image(article), article.title, width=360)}{self.badge(article)}</a>'
            f'<div class="story-body"><h3 class="story-title"><a href="{esc(href)}">{esc(article.title)}</a></h3>'
            f'<span class="story-time">{self.list_date(article)}</span>'
            f'<p class="story-sapo">{esc(self.teaser(article, 200))}</p></div></article>'
        )

    def card(self, article: CorpusArticle, href: str | None = None, big: bool = False) -> str:
        href = href or self.article_path(article)
        sapo = f'<p class="story-sapo">{esc(self.teaser(article, 260))}</p>' if big else ""
        return (
            f'<article class="story {"story-big" if big else "story-card"}"><a class="story-thumb" href="{esc(href)}">{self.lazy(self.image(article), article.title, width=760 if big else 360)}{self.badge(article)}</a>'
            f'<h3 class="story-title"><a href="{esc(href)}">{esc(article.title)}</a></h3>{sapo}</article>'
        )

    def box_title(self, text: str, href: str | None = None) -> str:
        link = f'<a href="{esc(href)}">{esc(text)}</a>' if href else esc(text)
        return f'<div class="box-title"><h2>{link}</h2></div>'

    # ---- pages ------------------------------------------------------------------------------
    def home(self) -> str:
        vi = self.listed_lang("vi")
        top = [a for a in vi if a.on_topic][:5]
        top_html = (
            self.card(
                top[0],
                href=self.article_path(top[0]) + "?utm_source=home&utm_medium=topstory&utm_campaign=tieudiem",
                big=True,
            )
            if top
            else ""
        )
        subs = "".join(
            self.card(a, href=self.article_path(a) + f"?utm_source=home&utm_medium=box&utm_content=sub{i}")
            for i, a in enumerate(top[1:5], start=1)
        )
        latest = "".join(
            f'<li><a href="{esc(self.plain_path(a))}">{esc(a.title)}</a><span class="story-time">{self.list_date(a)}</span></li>'
            for a in vi[:8]
        )
        latest += (
            f'<li><a href="{REMOVED[0]}">{esc(REMOVED[1])}</a><span class="story-time">09:00 | 27/11/2025</span></li>'
        )
        emags = self.format_items("emagazine")[:3]
        emag_html = "".join(
            f'<article class="emag-teaser"><a href="{esc(self.article_path(a))}?utm_source=home&amp;utm_medium=emagazine">{self.lazy(self.image(a, 9), a.title, width=600)}<h3>{esc(a.title)}</h3></a></article>'
            for a in emags
        )
        multi = [a for a in vi if self.fmt(a) in ("photo", "video", "infographic")][:4]
        multi_html = "".join(self.card(a) for a in multi)
        blocks = []
        for category in self.spec.categories:
            if category.lang != "vi":
                continue
            items = self.zone(category)
            if not items:
                continue
            blocks.append(
                f'<section class="home-cat">{self.box_title(category.name, self.category_path(category))}'
                f'<div class="home-cat-grid">{self.card(items[0], big=True)}<div class="home-cat-list">{"".join(self.row(a) for a in items[1:4])}</div></div></section>'
            )
        english = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></li>' for a in self.listed_lang("en")[:3]
        )
        main = f"""<div class="container home">
<section class="home-top"><div class="top-main">{top_html}<div class="top-subs">{subs}</div></div>
<div class="home-latest">{self.box_title("Tin mới")}<ul class="latest-list">{latest}</ul></div></section>
<section class="home-emag">{self.box_title("eMagazine", "/emagazine")}<div class="emag-grid">{emag_html}</div></section>
<div class="home-columns"><div class="main-col">
{"".join(blocks)}
<section class="home-multi">{self.box_title("Multimedia", "/multimedia")}<div class="multi-grid">{multi_html}</div></section>
<section class="home-en">{self.box_title("English", "/en")}<ul>{english}</ul></section>
</div>{self.sidebar()}</div></div>"""
        return self.page(
            SITE + " - Trang thông tin điện tử Hội LHPN tỉnh Quảng Ninh",
            main,
            canonical=self.url("/"),
            body_class="home",
        )

    def pager(self, path: str, page: int, pages: int) -> str:
        """Infinite scroll: JS loads /ajax/loadmore fragments; without JS, 'Xem thêm' is a plain ?page=N+1 link."""
        if page >= pages:
            return ""
        zone = path.strip("/").split("/")[-1] if not path.startswith("/chuyen-trang") else "chuyen-trang"
        zone = {"anh": "photo"}.get(zone, zone)
        if path.startswith("/en/"):
            zone = "en/news"
        return (
            f'<div class="load-more" data-zone="{esc(zone)}" data-page="{page + 1}" data-url="/ajax/loadmore?zone={quote(zone)}&amp;page={page + 1}">'
            f'<a class="btn-view-more" href="{esc(path)}?page={page + 1}" rel="next">Xem thêm</a></div>'
        )

    def listing_page(
        self,
        title: str,
        path: str,
        items: list[CorpusArticle],
        page: int,
        lang: str = "vi",
        emag: bool = False,
        single: bool = False,
    ) -> str:
        chunks = self.chunks(items)
        shown = chunks[page - 1] if 0 < page <= len(chunks) else []
        if not shown:
            rows = '<p class="empty">Không còn bài viết nào.</p>'
        elif emag:
            rows = "".join(
                f'<article class="emag-teaser"><a href="{esc(self.article_path(a))}">{self.lazy(self.image(a, 9), a.title, width=760)}<h3>{esc(a.title)}</h3></a><p class="story-sapo">{esc(self.teaser(a, 220))}</p><span class="story-time">{self.list_date(a)}</span></article>'
                for a in shown
            )
        else:
            rows = "".join(self.row(a) for a in shown)
        more = "" if single else self.pager(path, page, len(chunks))
        head = ""
        if page > 1:
            head += f'<link rel="prev" href="{self.url(path + (f"?page={page - 1}" if page > 2 else ""))}">'
        if not single and page < len(chunks):
            head += f'<link rel="next" href="{self.url(f"{path}?page={page + 1}")}">'
        canonical = self.url(path + (f"?page={page}" if page > 1 else ""))
        crumbs = f'<div class="breadcrumb"><a href="{"/en" if lang == "en" else "/"}">{"Home" if lang == "en" else "Trang chủ"}</a> <span>›</span> <a href="{esc(path)}">{esc(title)}</a></div>'
        main = (
            f'<div class="container"><div class="cat-page">{crumbs}<h1 class="cat-title">{esc(title)}</h1>'
            f'<div class="main-col"><div class="list-news{" emag-list" if emag else ""}">{rows}</div>{more}</div>{self.sidebar()}</div></div>'
        )
        return self.page(
            title + (f" - Trang {page}" if page > 1 else ""), main, canonical=canonical, head=head, lang=lang
        )

    def en_home(self) -> str:
        items = self.listed_lang("en")
        rows = "".join(self.row(a) for a in items)
        main = f'<div class="container"><h1 class="cat-title">Quang Ninh Women\'s Union</h1><div class="main-col">{self.box_title("News", "/en/news")}<div class="list-news">{rows}</div></div></div>'
        return self.page("Quang Ninh Women's Union", main, canonical=self.url("/en"), lang="en")

    def multimedia_home(self) -> str:
        blocks = []
        for path, title, kind in (
            ("/multimedia/anh", "Ảnh", "photo"),
            ("/multimedia/video", "Video", "video"),
            ("/multimedia/infographic", "Infographic", "infographic"),
        ):
            blocks.append(
                f'<section>{self.box_title(title, path)}<div class="multi-grid">{"".join(self.card(a) for a in self.format_items(kind)[:4])}</div></section>'
            )
        main = f'<div class="container"><h1 class="cat-title">Multimedia</h1>{"".join(blocks)}</div>'
        return self.page("Multimedia", main, canonical=self.url("/multimedia"))

    def hub_page(self, items: list[CorpusArticle], page: int) -> str:
        chunks = self.chunks(items)
        shown = chunks[page - 1]
        intro = ""
        if page == 1:
            emags = [a for a in items if self.fmt(a) == "emagazine"][:2]
            events = "".join(f'<li><a href="{self.event_path(e)}">{esc(e[1])}</a></li>' for e in EVENTS[:3])
            intro = (
                '<div class="hub-intro"><p>Chuyên trang thông tin về công tác bình đẳng giới, vì sự tiến bộ của phụ nữ, phòng, chống bạo lực gia đình và mua bán người trên địa bàn tỉnh Quảng Ninh.</p></div>'
                f'<section class="hub-emag">{self.box_title("Longform")}{"".join(self.card(a, big=True) for a in emags)}</section>'
                f'<section class="hub-events">{self.box_title("Dòng sự kiện")}<ul>{events}</ul></section>'
                '<section class="hub-hotline"><div class="hotline">Đường dây nóng hỗ trợ nạn nhân bạo lực gia đình: <strong>1900 969 680</strong> - Tổng đài quốc gia bảo vệ trẻ em: <strong>111</strong></div></section>'
            )
        head = (
            f'<link rel="next" href="{self.url(f"/chuyen-trang/binh-dang-gioi?page={page + 1}")}">'
            if page < len(chunks)
            else ""
        )
        main = (
            f'<div class="container hub"><div class="hub-banner"><h1>Chuyên trang Bình đẳng giới</h1></div>{intro}'
            f'<div class="main-col">{self.box_title("Tin bài")}<div class="list-news">{"".join(self.row(a) for a in shown)}</div>{self.pager("/chuyen-trang/binh-dang-gioi", page, len(chunks))}</div>{self.sidebar()}</div>'
        )
        return self.page(
            "Chuyên trang Bình đẳng giới",
            main,
            canonical=self.url("/chuyen-trang/binh-dang-gioi" + (f"?page={page}" if page > 1 else "")),
            head=head,
        )

    def events_index(self) -> str:
        rows = "".join(
            f'<li class="event-item"><a href="{self.event_path(e)}">{esc(e[1])}</a> <span class="count">({len(self.event_items(e))} bài)</span></li>'
            for e in EVENTS
        )
        main = f'<div class="container"><h1 class="cat-title">Dòng sự kiện</h1><ul class="event-list">{rows}</ul></div>'
        return self.page("Dòng sự kiện", main, canonical=self.url("/su-kien"))

    def event_page(self, event) -> str:
        items = self.event_items(event)
        timeline = "".join(
            f'<li class="timeline-item"><time datetime="{self.iso(a)}">{self.list_date(a)}</time><h3><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></h3><p>{esc(self.teaser(a, 160))}</p></li>'
            for a in items
        )
        main = f'<div class="container"><div class="event-head"><span class="event-label">Dòng sự kiện</span><h1>{esc(event[1])}</h1></div><ul class="timeline">{timeline}</ul>{self.sidebar()}</div>'
        return self.page(event[1], main, canonical=self.url(self.event_path(event)))

    def about(self) -> str:
        main = (
            '<div class="container static"><h1>Giới thiệu</h1>'
            "<p>Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh là tổ chức chính trị - xã hội đại diện cho quyền và lợi ích hợp pháp, chính đáng của các tầng lớp phụ nữ tỉnh Quảng Ninh, phấn đấu vì sự phát triển của phụ nữ và bình đẳng giới.</p>"
            "<p>Trang thông tin điện tử của Hội được xây dựng nhằm tuyên truyền chủ trương, chính sách, pháp luật liên quan đến phụ nữ, gia đình, trẻ em và bình đẳng giới; phản ánh hoạt động của các cấp Hội trong tỉnh.</p></div>"
        )
        return self.page("Giới thiệu", main, canonical=self.url("/gioi-thieu"))

    def contact(self) -> str:
        main = f'<div class="container static"><h1>Liên hệ</h1><p>Ban Biên tập Trang thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh</p><p>Địa chỉ: {esc(self.spec.address)}</p><p>Điện thoại: 0203.3835.219</p></div>'
        return self.page("Liên hệ", main, canonical=self.url("/lien-he"))

    def login(self) -> str:
        main = '<div class="container"><form class="login" method="post" action="/admin/login"><h1>Đăng nhập hệ thống quản trị</h1><input name="username" placeholder="Tên đăng nhập"><input name="password" type="password" placeholder="Mật khẩu"><button type="submit">Đăng nhập</button></form></div>'
        return self.page("Đăng nhập", main, canonical=None, robots="noindex, nofollow")

    def rss_index(self) -> str:
        feeds = [("Tin mới nhất", "/rss/home.rss"), ("eMagazine", "/rss/emagazine.rss")]
        feeds += [(c.name, f"/rss/{c.key.replace('/', '-')}.rss") for c in self.spec.categories]
        rows = "".join(f'<tr><td>{esc(t)}</td><td><a href="{p}">{esc(self.url(p))}</a></td></tr>' for t, p in feeds)
        main = f'<div class="container static"><h1>RSS</h1><p>Trang thông tin điện tử Hội LHPN tỉnh Quảng Ninh cung cấp dịch vụ RSS cho các chuyên mục sau:</p><table class="rss-table">{rows}</table></div>'
        return self.page("RSS", main, canonical=self.url("/rss"))

    # ---- article bodies ---------------------------------------------------------------------
    def figure(self, src: str, caption: str, credit: str = "", cls: str = "image-center") -> str:
        credit_html = f' <span class="credit">{esc(credit)}</span>' if credit else ""
        return (
            f'<figure class="{cls}">{self.lazy(src, caption)}'
            f"<figcaption><p>{esc(caption)}{credit_html}</p></figcaption></figure>"
        )

    def see_also(self, article: CorpusArticle) -> str:
        """The editor's 'Xem thêm:' line between two paragraphs (a link to an older item of the same category)."""
        pool = [a for a in self.related(article) if a.lang == article.lang]
        if not pool:
            return ""
        other = pool[0]
        return f'<p class="see-also"><strong>Xem thêm:</strong> <a href="{esc(self.article_path(other))}?utm_source=inline&amp;utm_medium=xemthem">{esc(other.title)}</a></p>'

    def inline_related(self, article: CorpusArticle) -> str:
        pool = [a for a in self.related(article) if a.lang == article.lang][1:4]
        if not pool:
            return ""
        heading = "Related news" if article.lang == "en" else "Tin liên quan"
        items = "".join(f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></li>' for a in pool)
        return f'<div class="box-related-inline"><p class="title">{heading}</p><ul>{items}</ul></div>'

    def tail(self, article: CorpusArticle) -> str:
        """Signature, source line, sponsor banner: the end of the body container."""
        out = []
        if article.author_style == "signature" and article.author:
            out.append(f'<p class="author" style="text-align:right"><strong>{esc(article.author)}</strong></p>')
        if article.number in SOURCES:
            out.append(f'<p class="source" style="text-align:right"><em>{esc(SOURCES[article.number])}</em></p>')
        if article.number in SPONSORS:
            label, name, href = SPONSORS[article.number]
            out.append(
                f'<div class="sponsor-box"><span class="sponsor-label">{esc(label)}</span><a href="{href}" target="_blank" rel="sponsored noopener">'
                f'<img src="/static/banners/{ascii_slug(name)}.png" alt="{esc(name)}" width="240" height="80"></a></div>'
            )
        return "".join(out)

    def article_body(self, article: CorpusArticle, amp: bool = False) -> str:
        kind = self.fmt(article)
        img = self.amp_img if amp else None
        parts: list[str] = []
        paras = list(article.paragraphs)
        if kind == "photo":
            captions = PHOTO_STORIES.get(article.number, ())
            for i, caption in enumerate(captions):
                src = self.image(article, i + 1)
                parts.append(img(src, caption) if img else self.figure(src, caption, cls="photo-story-item"))
                if i == 0:
                    parts.extend(f"<p>{esc(p)}</p>" for p in paras)
            if not captions:
                parts.extend(f"<p>{esc(p)}</p>" for p in paras)
        elif kind == "infographic":
            alt = INFOGRAPHICS.get(article.number, article.title)
            src = self.image(article, 1).replace(".jpg", ".png")
            if amp:
                parts.append(
                    f'<amp-img src="{src}" alt="{esc(alt)}" width="1200" height="4200" layout="responsive"></amp-img>'
                )
            else:
                parts.append(
                    f'<div class="infographic-wrap"><img class="lazyload infographic" src="{PLACEHOLDER}" data-src="{src}" alt="{esc(alt)}" width="1200" height="4200"></div>'
                )
            parts.extend(f"<p>{esc(p)}</p>" for p in paras)
            parts.append('<p class="credit" style="text-align:right"><em>Đồ họa: Đức Anh</em></p>')
        elif kind == "video":
            video, duration = VIDEOS.get(article.number, ("", ""))
            if amp:
                parts.append(
                    f'<amp-youtube data-videoid="{video}" layout="responsive" width="480" height="270"></amp-youtube>'
                )
            else:
                parts.append(
                    f'<div class="video-player" data-duration="{duration}"><div class="embed-responsive"><iframe src="https://www.youtube.com/embed/{video}?rel=0" title="{esc(article.title)}" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen loading="lazy"></iframe></div>'
                    f'<div class="video-meta"><span class="duration">Thời lượng: {duration}</span> <span class="video-views">{self.views(article)} lượt xem</span></div></div>'
                )
            parts.extend(f"<p>{esc(p)}</p>" for p in paras)
            parts.append('<p class="credit" style="text-align:right"><em>Video: Trung tâm Truyền thông tỉnh</em></p>')
        else:
            photo = PHOTOS.get(article.number)
            for i, text in enumerate(paras):
                parts.append(f"<p>{esc(text)}</p>")
                if photo and i == photo[0]:
                    credit = f"Ảnh: {article.author}" if article.author else "Ảnh: PV"
                    src = self.image(article, 1)
                    parts.append(img(src, photo[1] + " " + credit) if img else self.figure(src, photo[1], credit))
                if i == 0 and len(paras) >= 3:
                    parts.append(self.see_also(article))
                if i == 1 and len(paras) >= 3 and article.number % 2 == 0 and not amp:
                    parts.append(self.inline_related(article))
        if article.author_style == "label" and article.author:
            label = "Thực hiện:" if kind == "photo" else ("Author:" if article.lang == "en" else "Tác giả:")
            parts.append(
                f'<p class="author-label" style="text-align:right"><strong>{label}</strong> {esc(article.author)}</p>'
            )
        parts.append(self.tail(article))
        return "\n".join(p for p in parts if p)

    def amp_img(self, src: str, caption: str) -> str:
        return f'<figure><amp-img src="{esc(src)}" alt="{esc(caption)}" width="800" height="533" layout="responsive"></amp-img><figcaption>{esc(caption)}</figcaption></figure>'

    def article_ld(self, article: CorpusArticle) -> str:
        category = self.spec.category(article.category)
        modified = article.modified or self.iso(article)
        data: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": self.canonical_url(article)},
            "headline": article.title,
            "description": article.lead or self.teaser(article),
            "image": {"@type": "ImageObject", "url": self.url(self.image(article)), "width": 1200, "height": 800},
            "datePublished": self.iso(article),
            "dateModified": modified,
            "articleSection": "eMagazine" if self.fmt(article) == "emagazine" else category.name,
            "inLanguage": article.lang,
            "author": {"@type": "Person", "name": article.author}
            if article.author
            else {"@type": "Organization", "name": "Ban Biên tập"},
            "publisher": {
                "@type": "Organization",
                "name": "Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh",
                "logo": {"@type": "ImageObject", "url": self.url("/static/images/logo-hlhpn-qn.png")},
            },
        }
        if self.fmt(article) == "video":
            video, duration = VIDEOS[article.number]
            minutes, seconds = duration.split(":")
            data["video"] = {
                "@type": "VideoObject",
                "name": article.title,
                "embedUrl": f"https://www.youtube.com/embed/{video}",
                "uploadDate": self.iso(article),
                "duration": f"PT{int(minutes)}M{int(seconds)}S",
                "thumbnailUrl": self.url(self.image(article)),
            }
        crumbs = {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": self.url("/")},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": category.name,
                    "item": self.url(self.category_path(category)),
                },
            ],
        }
        return "".join(
            f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>' for d in (data, crumbs)
        )

    def article_head(self, article: CorpusArticle) -> str:
        canonical = self.canonical_url(article)
        amp = self.amp_path(article)
        amp_link = f'<link rel="amphtml" href="{self.url(amp)}">' if amp else ""
        modified = (
            f'<meta property="article:modified_time" content="{esc(article.modified)}">' if article.modified else ""
        )
        tags = "".join(f'<meta property="article:tag" content="{esc(t)}">' for t in self.tags(article))
        return (
            f'{amp_link}<meta property="og:type" content="article"><meta property="og:title" content="{esc(article.title)}">'
            f'<meta property="og:description" content="{esc(article.lead or self.teaser(article))}">'
            f'<meta property="og:url" content="{esc(canonical)}"><meta property="og:image" content="{self.url(self.image(article))}">'
            f'<meta property="article:published_time" content="{self.iso(article)}">{modified}{tags}'
            f'<meta name="pubdate" content="{self.iso(article)}">{self.article_ld(article)}'
        )

    def share_bar(self, article: CorpusArticle) -> str:
        url = self.canonical_url(article)
        fb = quote(url + "?utm_source=facebook&utm_medium=social&utm_campaign=share", safe="")
        zalo = quote(url + "?utm_source=zalo&utm_medium=social&utm_campaign=share", safe="")
        return (
            f'<div class="share-bar"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={fb}" target="_blank" rel="noopener">Facebook</a>'
            f'<a class="share-zalo" href="https://sp.zalo.me/share_inline?url={zalo}" target="_blank" rel="noopener">Zalo</a>'
            f'<button class="copy-link" data-url="{esc(url)}?utm_source=copylink">Sao chép liên kết</button>'
            '<button class="btn-print" onclick="window.print()">In bài</button></div>'
        )

    def author_box(self, article: CorpusArticle) -> str:
        if article.author_style != "byline" or not article.author:
            return ""
        name = article.author
        return (
            f'<div class="author-box"><img class="author-avatar" src="/uploads/authors/{ascii_slug(name)}.jpg" alt="{esc(name)}" width="80" height="80">'
            f'<div class="author-info"><a class="author-name" href="{self.author_path(name)}">{esc(name)}</a>'
            f'<p class="author-desc">{esc(AUTHORS.get(name, "Phóng viên"))}</p>'
            f'<a class="author-more" href="{self.author_path(name)}">Xem các bài viết của tác giả</a></div></div>'
        )

    def comments(self, article: CorpusArticle) -> str:
        url = self.canonical_url(article)
        label = "Comments" if article.lang == "en" else "Bình luận"
        return (
            f'<div class="box-comment" id="box_comment"><div class="box-title"><h3>{label}</h3></div>'
            f'<div class="fb-comments" data-href="{esc(url)}" data-width="100%" data-numposts="5" data-order-by="reverse_time"></div>'
            '<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v19.0&amp;appId=1538204576391274" nonce="qN7rT2xa"></script></div>'
        )

    def article_page(self, article: CorpusArticle) -> str:
        if self.fmt(article) == "emagazine":
            return self.emag_page(article)
        en = article.lang == "en"
        category = self.spec.category(article.category)
        kind = self.fmt(article)
        crumb_extra = ""
        if kind in ("photo", "video", "infographic"):
            label, path = {
                "photo": ("Ảnh", "/multimedia/anh"),
                "video": ("Video", "/multimedia/video"),
                "infographic": ("Infographic", "/multimedia/infographic"),
            }[kind]
            crumb_extra = f' <span>›</span> <a href="{path}">{label}</a>'
        home = "/en" if en else "/"
        crumbs = f'<div class="breadcrumb"><a href="{home}">{"Home" if en else "Trang chủ"}</a> <span>›</span> <a href="{self.category_path(category)}">{esc(category.name)}</a>{crumb_extra}</div>'
        events = "".join(
            f'<div class="event-tag"><span>Dòng sự kiện:</span> <a href="{self.event_path(e)}">{esc(e[1])}</a></div>'
            for e in self.events_of(article)
        )
        byline = ""
        if article.author_style == "byline" and article.author:
            byline = (
                f'<span class="byline"><a href="{self.author_path(article.author)}">{esc(article.author)}</a></span>'
            )
        updated = ""
        if article.modified:
            at = datetime.fromisoformat(article.modified)
            updated = f' <span class="updated">(Cập nhật: {at.strftime("%H:%M %d/%m/%Y")})</span>'
        meta = (
            f'<div class="article-meta">{byline}<time class="publish-date" datetime="{self.iso(article)}">{esc(self.long_date(article))}</time>{updated}'
            f'<span class="views">{self.views(article)} {"views" if en else "lượt xem"}</span></div>'
        )
        sapo = f'<h2 class="sapo">{esc(article.lead)}</h2>' if article.lead else ""
        tags = "".join(f'<a href="/tag/{tag_slug(t)}">{esc(t)}</a>' for t in self.tags(article))
        tags_html = f'<div class="tags"><span>Từ khóa:</span>{tags}</div>' if tags else ""
        same = [a for a in self.zone(category) if a.id != article.id][:6]
        same_html = (
            f'<section class="same-zone">{self.box_title("Tin cùng chuyên mục" if not en else "More news", self.category_path(category))}<div class="list-news">{"".join(self.row(a) for a in same)}</div></section>'
            if same
            else ""
        )
        main = f"""<div class="container"><div class="detail-page">
<div class="main-col"><article class="article-detail">{crumbs}{events}
<h1 class="article-title">{esc(article.title)}</h1>{meta}{self.share_bar(article)}
{sapo}
<div class="article-content detail-content {kind}">{self.article_body(article)}</div>
</article>{self.author_box(article)}{tags_html}{self.share_bar(article)}{self.comments(article)}{same_html}</div>
{self.sidebar()}</div></div>"""
        return self.page(
            article.title,
            main,
            canonical=self.canonical_url(article),
            head=self.article_head(article),
            lang=article.lang,
            body_class=f"detail detail-{kind}",
        )

    def emag_page(self, article: CorpusArticle) -> str:
        """The full-width longform layout: no site sidebar, a cover, credits, chapters in styled <div>s."""
        spec = EMAG.get(article.number, {})
        chapters: dict[int, str] = spec.get("chapters", {})
        quote_after, quote_text = spec.get("quote", (-1, ""))
        photos: dict[int, str] = spec.get("photos", {})
        text_style = "font-family:'Noto Serif',Georgia,serif;font-size:19px;line-height:1.85;color:#222;text-align:justify;margin:0 auto 22px;max-width:680px"
        sections: list[str] = []
        chapter_no = 0
        current: list[str] = []

        def close() -> None:
            if current:
                sections.append(f'<section class="emag-section">{"".join(current)}</section>')
                current.clear()

        for i, text in enumerate(article.paragraphs):
            if i in chapters:
                close()
                chapter_no += 1
                current.append(
                    f'<div class="emag-chapter" style="text-align:center;margin:60px auto 30px"><span class="chapter-num" style="display:block;font-size:64px;color:#c2185b;font-weight:700">{chapter_no:02d}</span>'
                    f'<h2 style="font-family:Montserrat,sans-serif;font-size:30px;text-transform:uppercase;color:#0d2c54">{esc(chapters[i])}</h2></div>'
                )
            inner = esc(text)
            if i in photos and i % 2 == 1:  # two-column block: text beside a photo
                current.append(
                    f'<div class="emag-2col" style="display:flex;gap:32px;max-width:1100px;margin:0 auto 22px"><div class="col-text" style="flex:1"><div style="{text_style}">{inner}</div></div>'
                    f'<div class="col-photo" style="flex:1">{self.lazy(self.image(article, i + 2), photos[i], width=540)}<div class="emag-caption" style="font-size:14px;font-style:italic;color:#666;text-align:center">{esc(photos[i])}</div></div></div>'
                )
            else:
                dropcap = ' class="has-dropcap"' if i == 0 else ""  # ::first-letter in the eMagazine stylesheet
                current.append(f'<div{dropcap} style="{text_style}">{inner}</div>')
                if i in photos:
                    current.append(
                        f'<div class="emag-photo full-width" style="margin:40px 0">{self.lazy(self.image(article, i + 2), photos[i], width=1600)}'
                        f'<div class="emag-caption" style="font-size:14px;font-style:italic;color:#666;text-align:center;max-width:680px;margin:8px auto">{esc(photos[i])}</div></div>'
                    )
            if i == quote_after and quote_text:
                current.append(
                    '<div class="emag-quote" style="max-width:760px;margin:48px auto;padding:24px 40px;border-left:6px solid #c2185b;background:#fdf2f7">'
                    f"<div style=\"font-family:'Noto Serif',serif;font-size:28px;font-style:italic;line-height:1.5;color:#0d2c54\">“{esc(quote_text)}”</div></div>"
                )
        close()
        credits = "".join(
            f'<div class="credit-row"><span class="credit-role">{esc(role)}:</span> <span class="credit-name">{esc(name)}</span></div>'
            for role, name in spec.get("credits", ())
        )
        sponsor = spec.get("sponsor")
        sponsor_html = (
            f'<div class="emag-sponsor" style="text-align:center;font-size:13px;color:#888">{esc(sponsor)}</div>'
            if sponsor
            else ""
        )
        when = self.when[article.id]
        cover = self.image(article, 9)
        share = self.share_bar(article)
        main = f"""<article class="emagazine">
<div class="emag-cover" style="position:relative;height:100vh;background:#000 url('{cover}') center/cover no-repeat" data-bg="{cover}">
<div class="emag-cover-inner" style="position:absolute;bottom:10%;left:0;right:0;text-align:center;color:#fff">
<span class="emag-logo">E-MAGAZINE</span><h1 class="emag-title" style="font-family:Montserrat,sans-serif;font-size:56px;font-weight:800;max-width:900px;margin:0 auto">{esc(article.title)}</h1></div></div>
<div class="emag-credits" style="max-width:680px;margin:40px auto;font-size:14px;color:#555">{credits}</div>
<div class="emag-sapo" style="font-family:'Noto Serif',serif;font-size:22px;font-weight:700;line-height:1.7;max-width:680px;margin:0 auto 40px;color:#0d2c54">{esc(article.lead)}</div>
<div class="emag-body">{"".join(sections)}</div>
{sponsor_html}
<div class="emag-footer" style="max-width:680px;margin:40px auto"><div class="emag-date">Ngày xuất bản: <time datetime="{self.iso(article)}">{when.dmy()}</time></div>{share}</div>
</article>
<div class="container">{self.tags_line(article)}{self.comments(article)}<section class="same-zone">{self.box_title("eMagazine khác", "/emagazine")}<div class="emag-grid">{"".join(self.card(a) for a in self.format_items("emagazine") if a.id != article.id)}</div></section></div>"""
        return self.page(
            article.title,
            main,
            canonical=self.canonical_url(article),
            head=self.article_head(article),
            body_class="emagazine-page full-width",
        )

    def tags_line(self, article: CorpusArticle) -> str:
        tags = "".join(f'<a href="/tag/{tag_slug(t)}">{esc(t)}</a>' for t in self.tags(article))
        return f'<div class="tags"><span>Từ khóa:</span>{tags}</div>' if tags else ""

    def amp_page(self, article: CorpusArticle) -> str:
        canonical = self.canonical_url(article)
        latest = "".join(
            f'<li><a href="{esc(self.amp_path(a) or self.article_path(a))}">{esc(a.title)}</a></li>'
            for a in self.latest(5, article.lang)
            if a.id != article.id
        )
        sapo = f'<p class="sapo"><strong>{esc(article.lead)}</strong></p>' if article.lead else ""
        byline = (
            f'<span class="author">{esc(article.author)}</span> - '
            if article.author_style == "byline" and article.author
            else ""
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "datePublished": self.iso(article),
            "dateModified": article.modified or self.iso(article),
            "image": [self.url(self.image(article))],
            "mainEntityOfPage": canonical,
        }
        return f"""<!doctype html>
<html ⚡ lang="{article.lang}">
<head>
<meta charset="utf-8">
<title>{esc(article.title)}</title>
<link rel="canonical" href="{esc(canonical)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-youtube" src="https://cdn.ampproject.org/v0/amp-youtube-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Arial,sans-serif;margin:0}}.header{{background:#c2185b;padding:10px}}.content{{padding:0 12px}}figcaption{{font-size:13px;font-style:italic;text-align:center}}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<header class="header"><a href="/"><amp-img src="/static/images/logo-hlhpn-qn-white.png" width="210" height="36" alt="{SITE}"></amp-img></a></header>
<div class="content">
<h1>{esc(article.title)}</h1>
<div class="meta">{byline}<time datetime="{self.iso(article)}">{self.list_date(article)}</time></div>
{sapo}
{self.article_body(article, amp=True)}
<div class="share"><amp-social-share type="facebook" data-param-app_id="1538204576391274" data-param-href="{esc(canonical)}"></amp-social-share><amp-social-share type="email"></amp-social-share></div>
<a href="{esc(canonical)}">Xem phiên bản đầy đủ</a>
<h3>Tin mới</h3><ul>{latest}</ul>
</div>
<footer><p>© Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh</p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-QN8W2K4R7Z","config":{{"G-QN8W2K4R7Z":{{"groups":"default"}}}}}}}}</script></amp-analytics>
</body>
</html>"""

    # ---- feeds and sitemaps -----------------------------------------------------------------
    def feed(self, title: str, link: str, articles: list[CorpusArticle]) -> Response:
        items = "\n".join(
            f"<item><title><![CDATA[{a.title}]]></title><link>{esc(self.canonical_url(a))}</link>"
            f'<guid isPermaLink="false">post{self.nid(a)}</guid>'
            f'<description><![CDATA[<a href="{self.canonical_url(a)}"><img src="{self.url(self.image(a))}" width="180"></a>{a.lead or self.teaser(a)}]]></description>'
            f"<pubDate>{self.when[a.id].rfc822()}</pubDate></item>"
            for a in articles
        )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f"<title>{esc(SITE)} - {esc(title)}</title><link>{esc(self.url(link))}</link>"
            f'<atom:link href="{esc(self.url(link))}" rel="self" type="application/rss+xml"/>'
            f"<description>{esc(self.spec.name)}</description><language>vi-VN</language><copyright>{esc(self.spec.name)}</copyright>"
            f"<lastBuildDate>{NOW.strftime('%a, %d %b %Y %H:%M:%S +0700')}</lastBuildDate>\n{items}\n</channel></rss>\n"
        )
        return Response(200, text.encode("utf-8"), "application/rss+xml; charset=utf-8", {"Server": "nginx"})

    def news_sitemap(self) -> str:
        rows = []
        for a in [a for a in self.in_sitemap() if self.when[a.id].at.year >= 2025]:
            rows.append(
                f"<url><loc>{esc(self.canonical_url(a))}</loc><news:news><news:publication><news:name>{SITE}</news:name>"
                f"<news:language>{a.lang}</news:language></news:publication><news:publication_date>{self.iso(a)}</news:publication_date>"
                f"<news:title>{esc(a.title)}</news:title></news:news></url>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + "\n".join(rows) + "\n</urlset>\n"
        )

    def year_sitemap(self, year: int) -> str:
        rows = []
        for a in self.in_sitemap():
            if self.when[a.id].at.year != year:
                continue
            rows.append(
                f"<url><loc>{esc(self.canonical_url(a))}</loc><lastmod>{a.modified or self.iso(a)}</lastmod>"
                f"<image:image><image:loc>{esc(self.url(self.image(a)))}</image:loc></image:image></url>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n' + "\n".join(rows) + "\n</urlset>\n"
        )

    def categories_sitemap(self) -> str:
        paths = [
            "/",
            *[self.category_path(c) for c in self.spec.categories],
            "/emagazine",
            "/multimedia",
            "/chuyen-trang/binh-dang-gioi",
            "/su-kien",
        ]
        rows = "\n".join(f"<url><loc>{esc(self.url(p))}</loc><changefreq>hourly</changefreq></url>" for p in paths)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + rows
            + "\n</urlset>\n"
        )
