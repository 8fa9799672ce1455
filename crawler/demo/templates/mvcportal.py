"""A provincial department portal on a regional vendor's ASP.NET MVC CMS (Sở Nội vụ tỉnh Khánh Hòa).

The kind of 'Cổng thông tin điện tử' many departments bought from a local software company between 2015 and 2025:
ASP.NET MVC 5 on IIS, Bootstrap 3 + jQuery, culture-prefixed routes (/vi-VN/..., /en-US/...), a news module whose
listings show a first page and load older items by an AJAX 'Xem thêm' button, and an article page carrying every widget
the vendor sells (text-to-speech player, font-size buttons, Zalo/Facebook share, rating, comments, QR code).

What a visitor meets:

- ``/`` 302s to ``/vi-VN/``; ``/Default.aspx`` 301s to ``/`` (the old WebForms site's home);
- articles ``/vi-VN/tin-tuc/chi-tiet/<id>/<slug>.html``; MVC routing answers the id alone (``.../chi-tiet/<id>``), any
  slug, and any letter case (IIS); the home slider links the slug-less form, 'Tin đọc nhiều' the lower-case one;
- categories ``/vi-VN/tin-tuc/danh-muc/<catId>/<alias>.html``: page 1 server-rendered, older items only through
  ``/Ajax/LoadMore?catId=..&page=..&pageSize=..`` (an HTML fragment; jQuery adds ``_=<timestamp>``), called from
  inline JavaScript; only the gender-equality category has a ``<noscript>`` pager fallback (``?page=N``);
- the home page's 'Tin mới' ticker is filled from ``/Home/GetTinMoi?top=8`` (an MVC JsonResult, dates as
  ``/Date(ms)/``), no links in the HTML;
- 'Tin đã đăng' (``/vi-VN/tin-tuc/tin-da-dang?ngay=dd-mm-yyyy``): one day's items with endless 'Ngày trước' /
  'Ngày sau' links;
- legacy ``/News/Detail.aspx?ItemID=<id>`` 301 -> ``/tin-tuc/chi-tiet/<id>`` 301 -> the article;
- unknown article ids and unknown page paths answer 200 with 'không tồn tại' in the full chrome (the MVC catch-all
  route), also ``/sitemap.xml`` that robots.txt names on the production host; files under /Uploads/ get IIS's 404;
- the archive of the former Sở Lao động - Thương binh và Xã hội (before March 2025) was imported: its lead is a bold
  first paragraph of the body; newer items have a sapo above the body.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import json
import re
import secrets
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import VN_TZ, When, ascii_slug, esc
from .base import Response, Template

NOW = datetime(2025, 12, 4, 9, 15, tzinfo=VN_TZ)  # when the pages were rendered (top bar, relative dates)
PROD = "https://snv.khanhhoa.gov.vn"
MERGED = "2025-03-01"  # before: items imported from the former Sở LĐ-TB&XH site
TOKEN = "__RVT_9f3c1e__"  # anti-forgery token, new in every response
ONLINE = "__ONLINE_7b2d__"  # 'Đang truy cập' counter, new in every response
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
VERSION = "v=20250815"
SITE_TITLE = "Cổng thông tin điện tử Sở Nội vụ tỉnh Khánh Hòa"
REMOVED_ID = 17077  # a withdrawn notice the home 'Thông báo' box still links

# Per-article page furniture, by corpus number. Captions, credits, gallery titles, video captions, source lines and
# reader comments are page text that is not the article's (docs/demo-corpus.md).
TABLE_PHOTO = {  # CKEditor 4 'image' table: the photo in one row, the caption in the next
    4: (
        0,
        "Đại biểu và hội viên phụ nữ tham gia diễu hành hưởng ứng Tháng hành động trên đường Trần Phú.",
        "Ảnh: Thu Hiền",
    ),
    8: (1, "Hội nghị triển khai Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030.", ""),
    17: (0, "Sản phẩm bánh tráng của chị Nguyễn Thị Thu Trang đạt chứng nhận OCOP 3 sao.", "Ảnh: Hà Linh"),
    20: (1, "Học sinh Trường THPT Lý Tự Trọng đặt câu hỏi tại tọa đàm.", "Ảnh: Thu Hiền"),
    22: (0, "Lãnh đạo UBND tỉnh trao quyết định cho lãnh đạo Sở Nội vụ.", "Ảnh: Văn phòng Sở"),
    27: (0, "Quang cảnh Lễ phát động tại điểm cầu Nha Trang.", ""),
}
EM_PHOTO = {  # photo paragraph followed by an italic, centred caption paragraph
    7: (0, "Quang cảnh lớp tập huấn (Ảnh: Ngọc Diệp)"),
    10: (1, "Bà Mấu Thị Hoa (bìa phải) trò chuyện với hội viên phụ nữ thôn Tà Giang 1."),
    13: (0, "Phần thi cắm hoa nghệ thuật của các đội."),
    15: (0, "Các gia đình tham gia trò chơi kéo co tại ngày hội. Ảnh: P.T"),
    26: (1, "Đồng chí Phó Chủ tịch UBND tỉnh, Trưởng Ban Vì sự tiến bộ của phụ nữ tỉnh phát biểu kết luận phiên họp."),
}
GALLERY = {  # 'Một số hình ảnh' album at the end of the body
    4: (
        "Một số hình ảnh tại lễ mít tinh:",
        (
            "Văn nghệ chào mừng lễ mít tinh.",
            "Đại biểu cắt băng khai mạc gian trưng bày.",
            "Đoàn diễu hành qua Quảng trường 2 Tháng 4.",
        ),
    ),
    20: (
        "Một số hình ảnh tại tọa đàm:",
        ("Chuyên gia tâm lý chia sẻ với học sinh.", "Ra mắt nhóm “Thủ lĩnh của sự thay đổi”."),
    ),
    27: (
        "Hình ảnh tại Lễ phát động:",
        (
            "Điểm cầu phường Phan Rang.",
            "Đại biểu ra quân treo băng rôn.",
            "Phát tờ rơi tuyên truyền trên đường Trần Phú.",
            "Tiết mục văn nghệ chủ đề bình đẳng giới.",
        ),
    ),
}
VIDEO = {  # an embedded clip inside the body, with its caption
    10: ("x7Hq2L0aZkE", "Video: Phóng sự “Địa chỉ tin cậy giữa đại ngàn Khánh Sơn” (Nguồn: KTV)"),
    27: ("bX3kq9TfR0w", "Clip: Toàn cảnh Lễ phát động Tháng hành động vì bình đẳng giới năm 2025"),
}
SOURCE = {  # a source credit closing the body
    12: "Nguồn: Công an thành phố Cam Ranh",
    16: "Theo Công đoàn Sở",
    18: "Nguồn: Hội LHPN tỉnh Khánh Hòa",
    24: "Nguồn: Báo Khánh Hòa điện tử",
}
COMMENTS = {
    4: (("Nguyễn Thị Lan", "22/11/2019 14:05", "Hoạt động rất ý nghĩa, mong tỉnh tổ chức thêm ở các huyện miền núi."),),
    10: (
        ("Cao Văn Sơn", "04/12/2021 07:40", "Mô hình hay, cần hỗ trợ thêm kinh phí cho các địa chỉ tin cậy."),
        ("Phạm Hương", "05/12/2021 21:12", "Cảm ơn bài viết, rất xúc động với câu chuyện của bà Hoa."),
    ),
    17: (("Thu Trang", "17/11/2023 10:02", "Xin cho hỏi điều kiện đăng ký cuộc thi khởi nghiệp năm sau?"),),
}
SHORT_LINK = {1, 14, 23}  # short items whose body ends with 'Chi tiết ... xem tại đây'
ATTACH = {1: ((0, "doc"),), 8: ((0, "pdf"), (1, "pdf")), 14: ((0, "pdf"),), 23: ((0, "pdf"), (1, "pdf"))}

MENU_INTRO = (
    ("Chức năng, nhiệm vụ", "/vi-VN/gioi-thieu/chuc-nang-nhiem-vu.html"),
    ("Cơ cấu tổ chức", "/vi-VN/gioi-thieu/co-cau-to-chuc.html"),
    ("Lãnh đạo Sở", "/vi-VN/gioi-thieu/lanh-dao-so.html"),
)
STATIC = {
    "/vi-VN/gioi-thieu/chuc-nang-nhiem-vu.html": (
        "Chức năng, nhiệm vụ",
        (
            "Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Khánh Hòa, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về: tổ chức hành chính, sự nghiệp nhà nước; vị trí việc làm, biên chế công chức; cán bộ, công chức, viên chức; chính quyền địa phương; thi đua, khen thưởng; tín ngưỡng, tôn giáo; văn thư, lưu trữ nhà nước; thanh niên; lao động, tiền lương, việc làm, bảo hiểm xã hội, an toàn, vệ sinh lao động; người có công; bình đẳng giới.",
            "Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Nội vụ.",
        ),
    ),
    "/vi-VN/gioi-thieu/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        (
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng Sở; Thanh tra Sở; Phòng Tổ chức bộ máy; Phòng Công chức, viên chức; Phòng Xây dựng chính quyền và Công tác thanh niên, Bình đẳng giới; Phòng Lao động - Tiền lương - Bảo hiểm xã hội; Phòng Việc làm - An toàn lao động; Phòng Người có công; Ban Thi đua - Khen thưởng; Ban Tôn giáo; Chi cục Văn thư - Lưu trữ.",
        ),
    ),
    "/vi-VN/gioi-thieu/lanh-dao-so.html": ("Lãnh đạo Sở", ("Nội dung đang được cập nhật.",)),
    "/vi-VN/lien-he.html": (
        "Liên hệ",
        (
            "Sở Nội vụ tỉnh Khánh Hòa. Địa chỉ: Số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa. Điện thoại: 0258.3822.xxx. Email: snv@khanhhoa.gov.vn",
        ),
    ),
}
BANNERS = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Cổng thông tin điện tử tỉnh Khánh Hòa", "https://khanhhoa.gov.vn"),
    ("Bộ Nội vụ", "https://moha.gov.vn"),
    ("Hệ thống quản lý văn bản và điều hành", "https://qlvb.khanhhoa.gov.vn"),
    ("Tổng đài 111 - Bảo vệ trẻ em", "https://tongdai111.vn"),
)
EN_NAME = "DEPARTMENT OF HOME AFFAIRS OF KHANH HOA PROVINCE"


def _lower_path(path_qs: str) -> tuple[str, list[tuple[str, str]]]:
    parts = urlsplit(path_qs)
    return (parts.path or "/").lower(), [(k.lower(), v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]


class MvcPortal(Template):
    """The vendor's MVC news portal; variants of article and listing URLs are answered in ``dynamic``."""

    ignored_params = ("_",)  # jQuery's cache buster ($.ajax cache:false)
    related_count = 5  # "Tin cùng chuyên mục" shows the category's five newest items

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.nid = {a.id: self.spec.article_id_base + a.number * 23 + (a.number * 7) % 11 for a in self.articles}
        self.by_nid = {n: a for a in self.articles for n in [self.nid[a.id]]}
        self.by_key = {c.key: c for c in self.spec.categories}

    # ---- routing ----------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """IIS and MVC routing ignore letter case in paths and parameter names."""
        path, params = _lower_path(path_qs)
        params = [(k, v) for k, v in params if k not in self.ignored_params]
        query = urlencode(sorted(params))
        return path + (f"?{query}" if query else "")

    def canonical_url(self, article: CorpusArticle) -> str:
        return self.url(self.article_path(article))  # as the site writes it (rel=canonical), case kept

    def slug(self, article: CorpusArticle) -> str:
        return ascii_slug(article.title, limit=120)

    def article_path(self, article: CorpusArticle) -> str:
        return f"/vi-VN/tin-tuc/chi-tiet/{self.nid[article.id]}/{self.slug(article)}.html"

    def short_path(self, article: CorpusArticle) -> str:
        return f"/vi-VN/tin-tuc/chi-tiet/{self.nid[article.id]}"

    def lower_path(self, article: CorpusArticle) -> str:
        return self.article_path(article).lower()

    def category_path(self, category: Category) -> str:
        return f"/vi-VN/tin-tuc/danh-muc/{category.key}/{ascii_slug(category.name)}.html"

    def migrated(self, article: CorpusArticle) -> bool:
        return article.published[:10] < MERGED

    # ---- dates ------------------------------------------------------------------------------
    def long_date(self, article: CorpusArticle) -> str:
        """'Thứ hai, ngày 3 tháng 3 năm 2025 - 14:20' (no time for date-only items)."""
        when = self.when[article.id]
        at = when.at
        text = f"{self.weekday(article)}, ngày {at.day} tháng {at.month} năm {at.year}"
        return f"{text} - {when.hm()}" if when.has_time else text

    def created(self, article: CorpusArticle) -> str:
        """The item's creation time (article:published_time): the draft of every third item was made earlier."""
        when = self.when[article.id]
        at = when.at if when.has_time else when.at.replace(hour=16, minute=42)
        if article.number % 3 == 0:
            at -= timedelta(days=1, hours=2, minutes=17)
        elif not when.has_time:
            at -= timedelta(days=1)
        return at.strftime("%Y-%m-%dT%H:%M:%S")  # DateTime.ToString("s"): no offset

    def ago(self, article: CorpusArticle) -> str:
        at = self.when[article.id].at
        minutes = int((NOW - at).total_seconds() // 60)
        if minutes < 60:
            return f"{max(minutes, 1)} phút trước"
        if minutes < 24 * 60:
            return f"{minutes // 60} giờ trước"
        if minutes < 14 * 24 * 60:
            return f"{minutes // (24 * 60)} ngày trước"
        return at.strftime("%d/%m/%Y")

    def json_date(self, article: CorpusArticle) -> str:
        return f"/Date({int(self.when[article.id].at.timestamp() * 1000)})/"

    # ---- files ------------------------------------------------------------------------------
    def files(self, article: CorpusArticle) -> list[tuple[str, str, str, int]]:
        """(path, file name, size, index in article.documents) of each attached document."""
        out = []
        when = self.when[article.id].at
        for index, ext in ATTACH.get(article.number, ()):
            if index >= len(article.documents):
                continue
            document = article.documents[index]
            name = ascii_slug(document.number.replace("/", "-").replace("&", "-"), keep_case=True) + f".{ext}"
            ticks = (int(when.timestamp()) + 62135596800) * 10_000_000 + 4_871_233 + index * 977  # DateTime.Now.Ticks
            path = f"/Uploads/files/{when:%Y}/{when:%m}/{ticks}_{name}"
            size = f"{120 + (article.number * 37 + index * 53) % 700} KB"
            out.append((path, name, size, index))
        return out

    def doc_file(self, article: CorpusArticle, index: int) -> Response:
        document = article.documents[index]
        text = (
            f"{self.spec.owner.upper()}\nSố: {document.number}\n{document.kind.upper()}\n{article.title}\n"
            + "\n".join(article.paragraphs)
        )
        escaped = "".join(c if ord(c) < 128 else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?" for c in text)
        rtf = (
            "{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs26 "
            + escaped.replace("\n", "\\par ")
            + "}"
        )
        return Response(200, rtf.encode("ascii"), "application/msword")

    # ---- responses --------------------------------------------------------------------------
    def html(self, text: str, status: int = 200) -> Response:
        response = super().html(text, status)
        response.headers.update(
            {
                "X-AspNetMvc-Version": "5.2",
                "X-AspNet-Version": "4.0.30319",
                "X-Powered-By": "ASP.NET",
                "Cache-Control": "private",
            }
        )
        return response

    def personalize(self, body: bytes) -> bytes:
        if TOKEN.encode() in body:
            body = body.replace(TOKEN.encode(), secrets.token_urlsafe(68).encode())
        if ONLINE.encode() in body:
            body = body.replace(ONLINE.encode(), str(secrets.randbelow(90) + 12).encode())
        return body

    def not_found(self) -> Response:
        """IIS's own 404 (static file paths the MVC catch-all does not take)."""
        return Response(
            404,
            b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            b'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>'
            b'<title>404 - File or directory not found.</title></head><body><div id="header"><h1>Server Error</h1></div>'
            b'<div id="content"><div class="content-container"><fieldset><h2>404 - File or directory not found.</h2>'
            b"<h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>"
            b"</fieldset></div></div></body></html>",
            "text/html",
            {"X-Powered-By": "ASP.NET"},
        )

    def soft_404(
        self, message: str = "Trang bạn tìm kiếm không tồn tại hoặc đã được chuyển sang địa chỉ khác."
    ) -> Response:
        main = (
            '<div class="box-notfound text-center"><img src="/Content/images/404.png" alt="404" />'
            f"<h3>{esc(message)}</h3>"
            '<p>Vui lòng quay lại <a href="/vi-VN/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p></div>'
        )
        return self.html(self.page("Thông báo", main))

    def robots(self) -> str:
        return (
            "User-agent: *\nDisallow: /Account/\nDisallow: /Admin/\nDisallow: /vi-VN/tim-kiem\nDisallow: /en-US/search\n"
            "Disallow: /Ajax/PostComment\nDisallow: /Ajax/Rating\nDisallow: /Captcha/\n\n"
            "User-agent: Baiduspider\nDisallow: /\n\n"
            f"Sitemap: {PROD}/sitemap.xml\n"
        )

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/", self.redirect("/vi-VN/", 302))
        self.add("/Default.aspx", self.redirect("/", 301))
        home = self.html(self.home())
        for path in ("/vi-VN/", "/vi-VN", "/vi-VN/trang-chu", "/vi-VN/trang-chu.html"):
            self.add(path, home)
        english = self.html(self.en_home())
        for path in ("/en-US/", "/en-US", "/en-US/news", "/en-US/introduction"):
            self.add(path, english)
        self.add("/robots.txt", self.text(self.robots()))
        for path, (title, paragraphs) in STATIC.items():
            self.add(path, self.html(self.static_page(title, paragraphs)))
        self.add("/vi-VN/van-ban.html", self.html(self.documents_page()))
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.article_page(article)))
            for path, name, _size, position in self.files(article):
                if name.endswith(".doc"):
                    self.add(path, self.doc_file(article, position))
                else:
                    self.add(path, self.pdf(name, article))

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        low = path.lower()
        values = {k.lower(): v for k, v in params}
        if low.startswith(("/uploads/images/", "/content/images/")) or low in ("/qrcode/generate", "/captcha/image"):
            return Response(200, GIF, "image/gif", {"Cache-Control": "public, max-age=86400"})
        if low.startswith(("/uploads/", "/content/", "/scripts/", "/bundles/", "/fonts/")) or low.endswith(
            (".css", ".js", ".png", ".jpg", ".gif", ".ico", ".pdf", ".doc", ".docx", ".mp3", ".mp4")
        ):
            return None
        if low == "/ajax/loadmore":
            return self.load_more(values)
        if low == "/home/gettinmoi":
            return self.tin_moi(values)
        if low == "/ajax/mostviewed":
            return self.text(self.item_list(self.most_read()), "text/html")
        if low.startswith("/ajax/"):
            return Response(
                200,
                b'{"Success":false,"Message":"Y\\u00eau c\\u1ea7u kh\\u00f4ng h\\u1ee3p l\\u1ec7"}',
                "application/json; charset=utf-8",
            )
        if low == "/news/detail.aspx":
            nid = values.get("itemid", "")
            return self.redirect(f"/tin-tuc/chi-tiet/{nid}", 301) if nid.isdigit() else self.soft_404()
        match = re.fullmatch(r"/tin-tuc/chi-tiet/(\d+)(/[^/]*)?", low)
        if match:  # routes of the site before the culture prefix: 301 to the current article URL
            article = self.by_nid.get(int(match.group(1)))
            return self.redirect(self.article_path(article), 301) if article else self.redirect("/vi-VN/", 302)
        match = re.fullmatch(r"/vi-vn/tin-tuc/chi-tiet/(\d+)(?:/[^/]*)?/?", low)
        if match:
            article = self.by_nid.get(int(match.group(1)))
            if article is None:
                return self.soft_404("Bài viết không tồn tại hoặc đã bị xóa!")
            return self.html(self.article_page(article))
        match = re.fullmatch(r"/vi-vn/tin-tuc/danh-muc/(\d+)(?:/[^/]*)?/?", low)
        if match:
            category = self.by_key.get(match.group(1))
            if category is None:
                return self.soft_404()
            page = int(values["page"]) if values.get("page", "").isdigit() and int(values["page"]) > 0 else 1
            return self.html(self.listing_page(category, page))
        if low in ("/vi-vn/tin-tuc/tin-da-dang", "/vi-vn/tin-tuc/tin-da-dang.html"):
            return self.html(self.archive_page(values.get("ngay", "")))
        if low == "/vi-vn/tim-kiem":
            return self.html(self.search_page(values.get("keyword", "")))
        if low == "/account/login":
            return self.html(self.login_page())
        if low.startswith("/en-us/"):
            return self.html(self.en_home())
        return self.soft_404()  # MVC catch-all route {*url}: 200 'không tồn tại'

    # ---- content plan -----------------------------------------------------------------------
    def related(self, article: CorpusArticle) -> list[CorpusArticle]:
        """'Tin cùng chuyên mục': the category's newest items (the vendor's widget), not the article's neighbours."""
        return [a for a in self.listed(article.category) if a.id != article.id][: self.related_count]

    def most_read(self) -> list[CorpusArticle]:
        return sorted(self.listed(), key=lambda a: (-self.views(a), a.id))[:5]

    def views(self, article: CorpusArticle) -> int:
        days = max(1, (NOW - self.when[article.id].at).days)
        return 35 + (article.number * 131) % 700 + min(days, 2000) // 2

    def load_more(self, values: dict[str, str]) -> Response:
        """GET /Ajax/LoadMore?catId=..&page=..&pageSize=..: the next items as an HTML fragment; past the end, empty."""
        category = self.by_key.get(values.get("catid", ""))
        page = values.get("page", "")
        size = values.get("pagesize", "")
        if category is None or not page.isdigit():
            return Response(500, b"<!-- Error -->", "text/html; charset=utf-8")
        size_n = int(size) if size.isdigit() and 0 < int(size) <= 50 else self.page_size
        items = self.listing(category.slug)
        start = (int(page) - 1) * size_n
        chunk = items[start : start + size_n] if int(page) > 0 else []
        body = self.item_list(chunk) if chunk else ""
        return Response(
            200,
            body.encode("utf-8"),
            "text/html; charset=utf-8",
            {"X-AspNetMvc-Version": "5.2", "Cache-Control": "private"},
        )

    def tin_moi(self, values: dict[str, str]) -> Response:
        top = values.get("top", "")
        count = int(top) if top.isdigit() and 0 < int(top) <= 20 else 8
        data = [
            {
                "Id": self.nid[a.id],
                "TieuDe": a.title,
                "MoTa": self.teaser(a, 160),
                "Url": self.article_path(a),
                "AnhDaiDien": f"/Uploads/images/thumb/{self.nid[a.id]}.jpg",
                "NgayDang": self.json_date(a),
                "LuotXem": self.views(a),
            }
            for a in self.latest(count)
        ]
        body = (
            json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e")
        )
        return Response(
            200,
            body.encode("ascii"),
            "application/json; charset=utf-8",
            {"X-AspNetMvc-Version": "5.2", "Cache-Control": "private"},
        )

    # ---- chrome -----------------------------------------------------------------------------
    def page(self, title: str, main: str, sidebar: bool = True, head: str = "", body_class: str = "") -> str:
        side = f'<div class="col-md-3 col-sm-12 sidebar">{self.sidebar()}</div>' if sidebar else ""
        width = "col-md-9 col-sm-12" if sidebar else "col-md-12"
        return (
            '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            f"<title>{esc(title)} - {esc(SITE_TITLE)}</title>\n"
            f'<link rel="shortcut icon" href="/Content/images/favicon.ico" />\n'
            f'<link href="/Content/bootstrap.min.css?{VERSION}" rel="stylesheet" />\n<link href="/Content/font-awesome.min.css" rel="stylesheet" />\n'
            f'<link href="/Content/themes/snv/css/style.css?{VERSION}" rel="stylesheet" />\n'
            f'<script src="/Scripts/jquery-1.12.4.min.js"></script>\n{head}</head>\n'
            f'<body class="{body_class}">\n{self.header()}\n'
            f'<div class="container main-content"><div class="row"><div class="{width}">{main}</div>{side}</div></div>\n'
            f"{self.footer()}\n"
            f'<script src="/Scripts/bootstrap.min.js"></script>\n<script src="/Scripts/app/common.js?{VERSION}"></script>\n'
            "<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');ga('create','UA-98231544-1','auto');ga('send','pageview');</script>\n"
            "</body>\n</html>\n"
        )

    def header(self) -> str:
        s = self.s
        today = f"{s['weekdays'][NOW.weekday()]}, ngày {NOW.day:02d}/{NOW.month:02d}/{NOW.year}"
        cats = "".join(
            f'<li><a href="{esc(self.category_path(c))}">{esc(c.name)}</a></li>' for c in self.spec.categories
        )
        intro = "".join(f'<li><a href="{esc(p)}">{esc(t)}</a></li>' for t, p in MENU_INTRO)
        return (
            '<div class="top-bar"><div class="container">'
            f'<span class="today"><i class="fa fa-calendar"></i> {today}</span>'
            '<div class="pull-right"><a href="/Account/Login?ReturnUrl=%2Fvi-VN%2F"><i class="fa fa-user"></i> Đăng nhập</a> | '
            '<a href="/vi-VN/" class="lang active"><img src="/Content/images/flag-vn.png" alt="Tiếng Việt" /></a> '
            '<a href="/en-US/" class="lang"><img src="/Content/images/flag-en.png" alt="English" /></a></div></div></div>\n'
            '<header class="header"><div class="container"><a href="/vi-VN/" class="logo"><img src="/Content/themes/snv/images/logo.png" alt="Logo" />'
            '<span class="site-name"><span class="line1">ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA</span><span class="line2">SỞ NỘI VỤ</span></span></a>'
            '<form class="search-box" action="/vi-VN/tim-kiem" method="get"><input type="text" name="keyword" placeholder="Nhập từ khóa tìm kiếm..." />'
            '<button type="submit"><i class="fa fa-search"></i></button></form></div></header>\n'
            '<nav class="navbar navbar-default main-menu"><div class="container"><ul class="nav navbar-nav">'
            '<li><a href="/vi-VN/"><i class="fa fa-home"></i></a></li>'
            f'<li class="dropdown"><a href="javascript:void(0)" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu</a><ul class="dropdown-menu">{intro}</ul></li>'
            f'<li class="dropdown"><a href="javascript:void(0)" class="dropdown-toggle" data-toggle="dropdown">Tin tức</a><ul class="dropdown-menu">{cats}</ul></li>'
            '<li><a href="/vi-VN/van-ban.html">Văn bản</a></li>'
            '<li><a href="/vi-VN/tin-tuc/tin-da-dang">Tin đã đăng</a></li>'
            '<li><a href="https://dichvucong.khanhhoa.gov.vn" target="_blank">Thủ tục hành chính</a></li>'
            '<li><a href="/vi-VN/lien-he.html">Liên hệ</a></li></ul></div></nav>'
        )

    def footer(self) -> str:
        lines = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        return (
            f'<footer class="footer"><div class="container">{lines}'
            '<p class="design">Thiết kế và phát triển bởi Công ty TNHH Giải pháp phần mềm Nam Trung Bộ</p></div></footer>'
            '<a href="javascript:void(0)" id="back-to-top" title="Lên đầu trang"><i class="fa fa-chevron-up"></i></a>'
        )

    def sidebar(self) -> str:
        most = "".join(
            f'<li><a href="{esc(self.lower_path(a))}">{esc(a.title)}</a> <span class="view">({self.views(a)} lượt xem)</span></li>'
            for a in self.most_read()
        )
        banners = "".join(
            f'<a href="{esc(u)}" target="_blank" class="banner"><img src="/Uploads/images/banner/{ascii_slug(t)}.png" alt="{esc(t)}" /></a>'
            for t, u in BANNERS
        )
        stats = "".join(
            f"<li>{esc(label)}: <strong>{ONLINE if i == 0 else value}</strong></li>"
            for i, (label, value) in enumerate(self.stats())
        )
        return (
            f'<div class="box box-docnhieu"><h3 class="box-title">Tin đọc nhiều</h3><ul class="list-news">{most}</ul></div>'
            f'<div class="box box-banner">{banners}</div>'
            '<div class="box box-video"><h3 class="box-title">Video</h3><div class="embed-responsive embed-responsive-16by9">'
            '<iframe class="embed-responsive-item" src="https://www.youtube.com/embed/videoseries?list=PLsnvKH2025" allowfullscreen></iframe></div></div>'
            f'<div class="box box-thongke"><h3 class="box-title">Thống kê truy cập</h3><ul>{stats}</ul></div>'
        )

    def item(self, article: CorpusArticle, href: str | None = None) -> str:
        href = href or self.article_path(article)
        return (
            '<div class="news-item clearfix">'
            f'<a href="{esc(href)}" class="thumb"><img src="/Uploads/images/thumb/{self.nid[article.id]}.jpg" alt="{esc(article.title)}" /></a>'
            f'<h3 class="title"><a href="{esc(href)}">{esc(article.title)}</a></h3>'
            f'<span class="date"><i class="fa fa-clock-o"></i> {self.ago(article)}</span>'
            f'<p class="sapo">{esc(self.teaser(article, 200))}</p></div>'
        )

    def item_list(self, articles: list[CorpusArticle]) -> str:
        return "\n".join(self.item(a) for a in articles)

    # ---- pages ------------------------------------------------------------------------------
    def home(self) -> str:
        featured = self.featured(4)
        if not featured:
            return self.page("Trang chủ", '<div class="alert alert-warning">Chưa có dữ liệu.</div>')
        big, small = featured[0], featured[1:]
        slider = (
            '<div class="box-hot row"><div class="col-md-7 hot-big">'
            f'<a href="{esc(self.short_path(big))}"><img src="/Uploads/images/slide/{self.nid[big.id]}.jpg" alt="{esc(big.title)}" /></a>'
            f'<h2><a href="{esc(self.short_path(big))}">{esc(big.title)}</a></h2><p>{esc(self.teaser(big, 220))}</p></div>'
            '<div class="col-md-5 hot-list"><ul>'
            + "".join(f'<li><a href="{esc(self.short_path(a))}">{esc(a.title)}</a></li>' for a in small)
            + "</ul></div></div>"
        )
        ticker = (
            '<div class="box-tinmoi"><span class="label-tinmoi">Tin mới:</span><div id="marquee-tinmoi" class="marquee"></div></div>'
            "<script>$(function () {\n"
            "  $.getJSON('/Home/GetTinMoi', { top: 8 }, function (data) {\n"
            "    var box = $('#marquee-tinmoi');\n"
            "    $.each(data, function (i, item) { box.append($('<a/>', { href: item.Url, text: item.TieuDe })); });\n"
            "    box.marquee({ duration: 15000, pauseOnHover: true });\n"
            "  });\n});</script>"
        )
        boxes = []
        for category in self.spec.categories:
            items = self.listing(category.slug)[: self.page_size]
            if not items:
                continue
            boxes.append(
                f'<div class="box box-category"><h2 class="box-title"><a href="{esc(self.category_path(category))}">{esc(category.name)}</a>'
                f'<a class="view-all" href="{esc(self.category_path(category))}">Xem tất cả »</a></h2>{self.item_list(items)}</div>'
            )
        listed = self.listed()
        pinned = next((x for x in listed if x.category == "tin-tuc" and not x.on_topic), listed[0])
        legacy = next((x for x in reversed(listed) if x.on_topic and x.documents), listed[-1])
        notice = (
            '<div class="box box-thongbao"><h3 class="box-title">Thông báo</h3><ul>'
            f'<li><a href="{esc(self.article_path(pinned))}">{esc(pinned.title)}</a></li>'
            f'<li><a href="/News/Detail.aspx?ItemID={self.nid[legacy.id]}">{esc(legacy.title)}</a></li>'
            f'<li><a href="/vi-VN/tin-tuc/chi-tiet/{REMOVED_ID}/thong-bao-tuyen-dung-vien-chuc-nam-2025.html">Thông báo tuyển dụng viên chức năm 2025</a></li>'
            '<li><a href="/vi-VN/van-ban.html">Văn bản chỉ đạo, điều hành mới</a></li></ul></div>'
        )
        return self.page("Trang chủ", ticker + slider + notice + "".join(boxes))

    def en_home(self) -> str:
        return (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8" /><title>Home - Department of Home Affairs of Khanh Hoa Province</title>'
            f'<link href="/Content/bootstrap.min.css?{VERSION}" rel="stylesheet" /></head><body>'
            f'<header class="header"><div class="container"><a href="/en-US/" class="logo">{EN_NAME}</a>'
            '<a href="/vi-VN/" class="lang">Tiếng Việt</a></div></header>'
            '<nav><ul class="nav"><li><a href="/en-US/">Home</a></li><li><a href="/en-US/introduction">Introduction</a></li>'
            '<li><a href="/en-US/news">News</a></li></ul></nav>'
            '<div class="container"><div class="alert alert-info">Content is being updated. Please visit the <a href="/vi-VN/">Vietnamese version</a>.</div></div>'
            "<footer><p>Copyright © Department of Home Affairs of Khanh Hoa Province</p></footer></body></html>"
        )

    def listing_page(self, category: Category, page: int) -> str:
        items = self.listing(category.slug)
        size = self.page_size
        pages = max(1, -(-len(items) // size))
        chunk = items[(page - 1) * size : page * size]
        path = self.category_path(category)
        crumbs = f'<ol class="breadcrumb"><li><a href="/vi-VN/">Trang chủ</a></li><li><a href="javascript:void(0)">Tin tức</a></li><li class="active">{esc(category.name)}</li></ol>'
        if not chunk:
            return self.page(
                category.name,
                crumbs
                + f'<h1 class="cat-title">{esc(category.name)}</h1><div class="alert alert-warning">Chưa có dữ liệu.</div>',
            )
        more = ""
        if page < pages:
            more = (
                f'<div class="text-center"><button type="button" class="btn btn-default btn-xemthem" id="btnXemThem" data-cat="{esc(category.key)}" data-page="{page}">Xem thêm <i class="fa fa-angle-double-down"></i></button></div>'
                "<script>\n$(function () {\n"
                f"  var pageIndex = {page}, catId = {category.key}, pageSize = {size};\n"
                "  $('#btnXemThem').on('click', function () {\n"
                "    var btn = $(this); pageIndex++;\n"
                "    btn.prop('disabled', true);\n"
                "    $.ajax({ url: '/Ajax/LoadMore', type: 'GET', cache: false,\n"
                "      data: { catId: catId, page: pageIndex, pageSize: pageSize },\n"
                "      success: function (html) {\n"
                "        if ($.trim(html) === '') { btn.hide(); return; }\n"
                "        $('#listNews').append(html); btn.prop('disabled', false);\n"
                "      },\n"
                "      error: function () { btn.prop('disabled', false); }\n"
                "    });\n  });\n});\n</script>"
            )
        fallback = ""
        if category.slug == self.spec.main_category:
            links = ['<a href="' + esc(f"{path}?page=1") + '">Trang đầu</a>']
            if page > 1:
                links.append('<a href="' + esc(f"{path}?page={page - 1}") + '">« Trang trước</a>')
            if page < pages:
                links.append('<a href="' + esc(f"{path}?page={page + 1}") + '">Trang sau »</a>')
            fallback = f'<noscript><div class="pager-noscript">{" | ".join(links)}</div></noscript>'
        main = (
            crumbs
            + f'<h1 class="cat-title">{esc(category.name)}</h1>'
            + f'<div id="listNews" class="list-news-category">{self.item_list(chunk)}</div>'
            + more
            + fallback
        )
        return self.page(category.name, main)

    def archive_page(self, raw: str) -> str:
        try:
            day = datetime.strptime(raw, "%d-%m-%Y").date()
        except ValueError:
            day = NOW.date()
        items = [a for a in self.listed() if self.when[a.id].at.date() == day]
        rows = (
            "".join(
                f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="time">({self.when[a.id].hm() or "00:00"})</span></li>'
                for a in items
            )
            or '<li class="empty">Không có tin bài nào được đăng trong ngày này.</li>'
        )

        def select(name: str, values: range, chosen: int) -> str:
            options = "".join(
                f'<option value="{v:02d}"{" selected" if v == chosen else ""}>{v:02d}</option>' for v in values
            )
            return f'<select name="{name}" class="form-control">{options}</select>'

        main = (
            '<ol class="breadcrumb"><li><a href="/vi-VN/">Trang chủ</a></li><li class="active">Tin đã đăng</li></ol>'
            '<h1 class="cat-title">Tin đã đăng</h1>'
            '<form method="get" action="/vi-VN/tin-tuc/tin-da-dang" class="form-inline" onsubmit="return ganNgay(this);">Xem tin ngày: '
            + select("d", range(1, 32), day.day)
            + select("m", range(1, 13), day.month)
            + select("y", range(2015, NOW.year + 1), day.year)
            + f'<input type="hidden" name="ngay" value="{day:%d-%m-%Y}" /> <button type="submit" class="btn btn-primary">Xem</button></form>'
            "<script>function ganNgay(f){f.ngay.value=f.d.value+'-'+f.m.value+'-'+f.y.value;$(f.d).add(f.m).add(f.y).prop('disabled',true);return true;}</script>"
            f'<h3 class="archive-date">Tin đăng ngày {day:%d/%m/%Y}</h3><ul class="list-archive">{rows}</ul>'
        )
        return self.page("Tin đã đăng", main)

    def search_page(self, keyword: str) -> str:
        found = [a for a in self.listed() if keyword and keyword.casefold() in f"{a.title} {a.lead}".casefold()]
        main = (
            f'<h1 class="cat-title">Kết quả tìm kiếm: “{esc(keyword)}”</h1><p>Tìm thấy {len(found)} kết quả.</p>'
            f'<div class="list-search">{self.item_list(found)}</div>'
        )
        return self.page("Tìm kiếm", main)

    def login_page(self) -> str:
        main = (
            '<div class="login-box"><h2>Đăng nhập hệ thống</h2><form method="post" action="/Account/Login">'
            f'<input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />'
            '<label>Tên đăng nhập</label><input type="text" name="UserName" class="form-control" />'
            '<label>Mật khẩu</label><input type="password" name="Password" class="form-control" />'
            '<button type="submit" class="btn btn-primary">Đăng nhập</button></form></div>'
        )
        return self.page("Đăng nhập", main, sidebar=False)

    def static_page(self, title: str, paragraphs: tuple[str, ...]) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        return self.page(
            title,
            f'<div class="static-page"><h1 class="title-page">{esc(title)}</h1><div class="content">{body}</div></div>',
        )

    def documents_page(self) -> str:
        rows = []
        for article in self.articles:
            for path, name, _size, index in self.files(article):
                document = article.documents[index]
                issued = datetime.fromisoformat(document.date).strftime("%d/%m/%Y") if document.date else ""
                rows.append(
                    f"<tr><td>{esc(document.number)}</td><td>{issued}</td><td>{esc(document.kind)}</td>"
                    f'<td>{esc(article.title)}</td><td><a href="{esc(path)}" target="_blank"><i class="fa fa-download"></i> {esc(name)}</a></td></tr>'
                )
        table = (
            '<table class="table table-bordered table-vanban"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th><th>Tải về</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        return self.page("Văn bản", f'<h1 class="cat-title">Văn bản chỉ đạo, điều hành</h1>{table}')

    # ---- the article ------------------------------------------------------------------------
    def photo_html(self, article: CorpusArticle) -> tuple[int, str] | None:
        nid = self.nid[article.id]
        if article.number in TABLE_PHOTO:
            after, caption, credit = TABLE_PHOTO[article.number]
            credit_html = f"<br /><em>{esc(credit)}</em>" if credit else ""
            return after, (
                '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width: 100%;"><tbody>'
                f'<tr><td><img alt="" src="/Uploads/images/news/{nid}/anh-1.jpg" style="width: 100%;" /></td></tr>'
                f'<tr><td class="image_desc" style="text-align: center;"><em>{esc(caption)}</em>{credit_html}</td></tr></tbody></table>'
            )
        if article.number in EM_PHOTO:
            after, caption = EM_PHOTO[article.number]
            return after, (
                f'<p style="text-align: center;"><img alt="" src="/Uploads/images/news/{nid}/anh-1.jpg" style="width: 700px; height: 467px;" /></p>'
                f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
            )
        return None

    def body_html(self, article: CorpusArticle) -> str:
        parts = []
        if self.migrated(article) and article.lead:
            parts.append(f'<p style="text-align: justify;"><strong>{esc(article.lead)}</strong></p>')
        photo = self.photo_html(article)
        video = VIDEO.get(article.number)
        for i, paragraph in enumerate(article.paragraphs):
            indent = "text-indent: 36pt; " if self.migrated(article) else ""
            parts.append(f'<p style="{indent}text-align: justify;">{esc(paragraph)}</p>')
            if photo and photo[0] == i:
                parts.append(photo[1])
            if video and i == 0:
                parts.append(
                    f'<p style="text-align: center;"><iframe width="640" height="360" src="https://www.youtube.com/embed/{video[0]}" frameborder="0" allowfullscreen></iframe></p>'
                    f'<p style="text-align: center;"><em>{esc(video[1])}</em></p>'
                )
        if photo and photo[0] >= len(article.paragraphs):
            parts.append(photo[1])
        if article.number in SHORT_LINK and self.files(article):
            path, _name, _size, index = self.files(article)[-1]
            kind = article.documents[index].kind
            parts.append(
                f'<p style="text-align: justify;"><em>Chi tiết {esc(kind)} xem <a href="{esc(path)}" target="_blank">tại đây</a>.</em></p>'
            )
        if article.number in GALLERY:
            title, captions = GALLERY[article.number]
            nid = self.nid[article.id]
            pictures = "".join(
                f'<div class="gallery-item"><a href="/Uploads/images/news/{nid}/album-{k + 1}.jpg" data-fancybox="gallery" data-caption="{esc(c)}">'
                f'<img src="/Uploads/images/news/{nid}/album-{k + 1}_thumb.jpg" alt="{esc(c)}" /></a><p class="gallery-caption">{esc(c)}</p></div>'
                for k, c in enumerate(captions)
            )
            parts.append(f'<p><strong>{esc(title)}</strong></p><div class="album-gallery clearfix">{pictures}</div>')
        parts.append(self.signature(article))
        parts.append(self.label(article))
        if article.number in SOURCE:
            parts.append(f'<p style="text-align: right;"><em>{esc(SOURCE[article.number])}</em></p>')
        return "\n".join(p for p in parts if p)

    def article_page(self, article: CorpusArticle) -> str:
        nid = self.nid[article.id]
        category = self.spec.category(article.category)
        prod_url = PROD + self.article_path(article)
        modified = When.parse(article.modified) if article.modified else None
        image = f"{PROD}/Uploads/images/thumb/{nid}.jpg"
        head = (
            f'<meta name="description" content="{esc(self.teaser(article, 250))}" />\n'
            f'<meta name="keywords" content="{esc(", ".join(self.keywords(article)))}" />\n'
            f'<link rel="canonical" href="{esc(self.canonical_url(article))}" />\n'
            f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(article.title)}" />\n'
            f'<meta property="og:description" content="{esc(self.teaser(article, 250))}" />\n'
            f'<meta property="og:url" content="{esc(prod_url)}" />\n<meta property="og:image" content="{esc(image)}" />\n'
            f'<meta property="og:site_name" content="{esc(SITE_TITLE)}" />\n'
            f'<meta property="article:published_time" content="{self.created(article)}" />\n'
            f'<meta property="article:section" content="{esc(category.name)}" />\n'
            + (
                f'<meta property="og:updated_time" content="{modified.at.strftime("%Y-%m-%dT%H:%M:%S")}" />\n'
                if modified
                else ""
            )
            + '<meta property="fb:app_id" content="1843021529245367" />\n'
        )
        meta = [f'<span class="date"><i class="fa fa-calendar"></i> {esc(self.long_date(article))}</span>']
        if modified:
            meta.append(f'<span class="update">(Cập nhật: {modified.with_time(modified.dmy())})</span>')
        if article.author_style == "byline" and article.author:
            meta.append(f'<span class="author"><i class="fa fa-pencil"></i> {esc(article.author)}</span>')
        meta.append(
            f'<span class="view"><i class="fa fa-eye"></i> Lượt xem: {self.views(article):,}</span>'.replace(",", ".")
        )
        tools = (
            '<div class="tool-detail clearfix"><div class="font-size pull-left"><span>Cỡ chữ:</span>'
            '<a href="javascript:void(0)" onclick="zoomText(-1)" title="Giảm cỡ chữ">A-</a>'
            '<a href="javascript:void(0)" onclick="zoomText(0)" title="Cỡ chữ mặc định">A</a>'
            '<a href="javascript:void(0)" onclick="zoomText(1)" title="Tăng cỡ chữ">A+</a></div>'
            '<div class="share pull-right">'
            f'<div class="fb-like" data-href="{esc(prod_url)}" data-layout="button_count" data-action="like" data-size="small" data-share="true"></div>'
            f'<div class="zalo-share-button" data-href="{esc(prod_url)}" data-oaid="2817409315128650201" data-layout="1" data-color="blue" data-customize="false"></div>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(prod_url, safe="")}" target="_blank" class="btn-share fb" title="Chia sẻ Facebook"><i class="fa fa-facebook"></i></a>'
            '<a href="javascript:window.print()" class="btn-print" title="In bài viết"><i class="fa fa-print"></i> In bài</a>'
            f'<a href="mailto:?subject={quote(article.title)}&amp;body={quote(prod_url, safe="")}" class="btn-mail" title="Gửi email"><i class="fa fa-envelope"></i></a>'
            "</div></div>"
        )
        tts = (
            '<div class="box-tts"><span class="tts-label"><i class="fa fa-headphones"></i> Nghe đọc bài viết</span>'
            '<select id="ddlGiongDoc" class="form-control input-sm"><option value="hn-quynhanh">Giọng nữ miền Bắc</option>'
            '<option value="hue-maingoc">Giọng nữ miền Trung</option><option value="sg-minhhoang">Giọng nam miền Nam</option></select>'
            f'<audio id="audioTTS" controls preload="none"><source src="https://tts.khanhhoa.gov.vn/api/v1/tts/snv/{nid}.mp3?voice=hn-quynhanh" type="audio/mpeg" />'
            "Trình duyệt của bạn không hỗ trợ nghe đọc.</audio></div>"
            "<script>$('#ddlGiongDoc').change(function(){var a=document.getElementById('audioTTS');"
            f"a.src='https://tts.khanhhoa.gov.vn/api/v1/tts/snv/{nid}.mp3?voice='+$(this).val();a.play();}});</script>"
        )
        sapo = "" if self.migrated(article) or not article.lead else f'<h2 class="sapo">{esc(article.lead)}</h2>'
        files = self.files(article)
        attach = ""
        if files:
            rows = "".join(
                f'<tr><td><img src="/Content/images/icon/{name.rsplit(".", 1)[1]}.png" alt="" /> <a href="{esc(path)}" target="_blank">{esc(name)}</a></td>'
                f'<td>{size}</td><td><a href="{esc(path)}" download><i class="fa fa-download"></i> Tải về</a></td></tr>'
                for path, name, size, _index in files
            )
            attach = f'<div class="file-dinh-kem"><p class="title"><i class="fa fa-paperclip"></i> File đính kèm:</p><table class="table table-condensed">{rows}</table></div>'
        votes = 3 + article.number % 17
        rating = (
            f'<div class="rating-box" data-id="{nid}"><span>Đánh giá bài viết:</span>'
            + "".join(
                f'<a href="javascript:void(0)" class="star" data-value="{k}" title="{esc(t)}"><i class="fa fa-star-o"></i></a>'
                for k, t in enumerate(self.s["rating_levels"], 1)
            )
            + f' <span class="rating-count">({votes} lượt đánh giá)</span></div>'
        )
        keywords = "".join(f'<a href="/vi-VN/tim-kiem?keyword={quote(k)}">{esc(k)}</a>' for k in self.keywords(article))
        tags = f'<div class="tags"><i class="fa fa-tags"></i> Từ khóa: {keywords}</div>' if keywords else ""
        qr = (
            f'<div class="qr-code"><img src="/QRCode/Generate?text={quote(prod_url, safe="")}&amp;size=120" alt="QR Code" width="120" height="120" />'
            "<p>Quét mã QR để đọc bài viết trên điện thoại</p></div>"
        )
        comments = COMMENTS.get(article.number, ())
        listed = "".join(
            f'<div class="comment-item"><p class="comment-name"><strong>{esc(name)}</strong> <span class="comment-date">{esc(at)}</span></p><p class="comment-content">{esc(text)}</p></div>'
            for name, at, text in comments
        )
        comment_box = (
            f'<div class="box-comment"><h3 class="box-title">Ý kiến bạn đọc ({len(comments)})</h3>{listed}'
            '<form id="frmComment" method="post" action="/Ajax/PostComment">'
            f'<input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" /><input type="hidden" name="NewsId" value="{nid}" />'
            '<input type="text" name="HoTen" class="form-control" placeholder="Họ và tên (*)" />'
            '<input type="email" name="Email" class="form-control" placeholder="Email (*)" />'
            '<textarea name="NoiDung" class="form-control" rows="4" placeholder="Nội dung ý kiến (*)"></textarea>'
            '<img src="/Captcha/Image?t=1" alt="captcha" /> <input type="text" name="Captcha" placeholder="Mã xác nhận" />'
            '<p class="note">* Ý kiến của bạn sẽ được Ban Biên tập duyệt trước khi đăng. Vui lòng gõ tiếng Việt có dấu.</p>'
            '<button type="submit" class="btn btn-primary">Gửi ý kiến</button></form></div>'
        )
        related = self.related(article)
        same = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in related
        )
        related_box = (
            f'<div class="box-related"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>{same}</ul></div>'
            if same
            else ""
        )
        crumbs = (
            '<ol class="breadcrumb"><li><a href="/vi-VN/">Trang chủ</a></li><li><a href="javascript:void(0)">Tin tức</a></li>'
            f'<li><a href="{esc(self.category_path(category))}">{esc(category.name)}</a></li></ol>'
        )
        main = (
            crumbs
            + '<div class="news-detail">'
            + f'<h1 class="title-detail">{esc(article.title)}</h1>'
            + f'<div class="meta-detail">{" ".join(meta)}</div>'
            + tools
            + tts
            + sapo
            + f'<div class="content-detail" id="divContent">\n{self.body_html(article)}\n</div>'
            + attach
            + rating
            + tags
            + qr
            + "</div>"
            + comment_box
            + related_box
        )
        scripts = (
            '<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v12.0"></script>'
            '<script src="https://sp.zalo.me/plugins/sdk.js"></script>'
            f"<script>$(function(){{$.post('/Ajax/UpdateView', {{ id: {nid} }});}});"
            "function zoomText(d){var el=$('#divContent'),s=parseInt(el.css('font-size'));el.css('font-size',d===0?'15px':(s+d*2)+'px');}</script>"
        )
        return self.page(article.title, main + scripts, head=head, body_class="page-detail")

    def keywords(self, article: CorpusArticle) -> list[str]:
        words = (
            "bình đẳng giới",
            "bạo lực gia đình",
            "phụ nữ",
            "trẻ em",
            "lao động",
            "việc làm",
            "Sở Nội vụ",
            "Trung thu",
            "khởi nghiệp",
            "mua bán người",
        )
        text = f"{article.title} {article.lead}".casefold()
        return [w for w in words if w.casefold() in text][:4]
