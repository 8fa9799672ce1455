"""A provincial gender-equality programme's bilingual microsite, built with Hugo and the PaperMod theme, hosted on Netlify.

The site of the Ban Vì sự tiến bộ của phụ nữ tỉnh Sóc Trăng and of the donor-funded project run from its standing office.
It began in 2019 as a Vietnamese-only Hugo site ('/tin-tuc/<file name>/'); on 16 August 2021 it moved to PaperMod and
became bilingual ('/vi/tin-tuc/YYYY/MM/<slug>/', '/en/news/YYYY/MM/<slug>/'), every old URL kept as a Hugo alias (a tiny
meta-refresh page). From mid-2023 posts were written in Decap CMS, which stores front-matter dates in UTC.

What a static host does is imitated too: Netlify's forced '/' -> '/vi/' rule, 404.html for unknown paths, a 301 to the
slash form of a directory, '<dir>/index.html' served as the directory, paths matched case-insensitively, query strings
ignored. Everything is pre-rendered in the form ``hugo --gc --minify`` writes it (whitespace between tags gone, quotes
kept by the site's 'keepQuotes' setting).
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import json
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from html import escape
from urllib.parse import quote, unquote, urlsplit

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.text import EN_MONTHS, VN_TZ, When, ascii_slug, esc, stable_token

SITE = {"vi": "Bình đẳng giới Sóc Trăng", "en": "Gender Equality Soc Trang"}
SITE_AUTHOR = {"vi": "Ban biên tập", "en": "Editorial team"}  # params.author: what PaperMod's meta tags fall back to
MIGRATION = datetime(2021, 8, 16, 10, 5, 12, tzinfo=VN_TZ)  # the commit that moved content/ into content/vi/
DECAP_FROM = datetime(2023, 6, 1, tzinfo=VN_TZ)  # Decap CMS writes 'date: 2023-07-03T01:00:00.000Z'
RSS_LIMIT = 20  # services.rss.limit
NETLIFY = {"Cache-Control": "public,max-age=0,must-revalidate", "Strict-Transport-Security": "max-age=31536000"}
SUMMARY_WORDS = 70  # summaryLength
WPM = 213  # Hugo's reading speed for .ReadingTime
GITHUB = "https://github.com/bvstbpn-soctrang/website/blob/main/content"
FACEBOOK = "https://www.facebook.com/binhdanggioisoctrang"

I18N = {
    "vi": {
        "home": "Trang chủ",
        "news": "Tin tức",
        "notices": "Thông báo",
        "categories": "Chuyên mục",
        "tags": "Thẻ",
        "archives": "Lưu trữ",
        "search": "Tìm kiếm",
        "about": "Giới thiệu",
        "contact": "Liên hệ",
        "minutes": "{n} phút",
        "prev": "«&nbsp;Trang trước&nbsp;",
        "next": "Trang tiếp&nbsp;&nbsp;»",
        "post_prev": "« Trang trước",
        "post_next": "Trang tiếp »",
        "translations": "Bản dịch",
        "toc": "Mục lục",
        "related": "Bài viết liên quan",
        "updated": "Cập nhật lần cuối:",
        "edit": "Đề xuất chỉnh sửa",
        "see_also": "Xem thêm:",
        "download": "Tải văn bản:",
        "label": "Tác giả:",
        "credit": "Nguồn: Báo Sóc Trăng",
        "other_lang": "English",
        "other_code": "EN",
        "search_placeholder": "Tìm kiếm ↵",
        "search_description": "Tìm bài viết theo tiêu đề và nội dung",
        "cat_label": "Chuyên mục:",
        "managing": "Cơ quan chủ quản:",
        "stats": "Thống kê truy cập:",
        "not_found": "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.",
    },
    "en": {
        "home": "Home",
        "news": "News",
        "notices": "Notices",
        "categories": "Categories",
        "tags": "Tags",
        "archives": "Archives",
        "search": "Search",
        "about": "About",
        "contact": "Contact",
        "minutes": "{n} min",
        "prev": "«&nbsp;Prev&nbsp;",
        "next": "Next&nbsp;&nbsp;»",
        "post_prev": "« Prev",
        "post_next": "Next »",
        "translations": "Translations",
        "toc": "Table of Contents",
        "related": "Related posts",
        "updated": "Last updated:",
        "edit": "Suggest changes",
        "see_also": "See also:",
        "download": "Download:",
        "label": "Author:",
        "credit": "Source: Soc Trang Newspaper",
        "other_lang": "Tiếng Việt",
        "other_code": "VI",
        "search_placeholder": "Search ↵",
        "search_description": "Search posts by title and content",
        "cat_label": "Categories:",
        "managing": "Managing agency:",
        "stats": "Visitor statistics:",
        "not_found": "The page you are looking for does not exist or has moved.",
    },
}
# Static pages (content/<lang>/<file>.md), paired across the languages by translationKey.
PAGES = {
    "vi": {
        "about": "/vi/gioi-thieu/",
        "contact": "/vi/lien-he/",
        "archives": "/vi/luu-tru/",
        "search": "/vi/tim-kiem/",
    },
    "en": {"about": "/en/about/", "contact": "/en/contact/", "archives": "/en/archives/", "search": "/en/search/"},
}
ABOUT = {
    "vi": (
        "Ban Vì sự tiến bộ của phụ nữ tỉnh Sóc Trăng là tổ chức phối hợp liên ngành, giúp UBND tỉnh nghiên cứu, chỉ đạo, phối hợp giải quyết những vấn đề liên ngành về bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn tỉnh. Cơ quan thường trực của Ban là Sở Lao động - Thương binh và Xã hội (từ ngày 01/3/2025 là Sở Nội vụ).",
        "Trang thông tin Bình đẳng giới Sóc Trăng được xây dựng năm 2019 trong khuôn khổ Dự án “Tăng cường bình đẳng giới và trao quyền cho phụ nữ dân tộc Khmer tỉnh Sóc Trăng” (Dự án GEEW Sóc Trăng) do Quỹ Hợp tác phát triển Mê Kông tài trợ, thực hiện tại 20 xã, phường thuộc các huyện Mỹ Xuyên, Trần Đề, Thạnh Trị và thị xã Vĩnh Châu.",
        "Trang đăng tải tin tức về hoạt động của Ban, của Dự án và công tác bình đẳng giới, vì sự tiến bộ của phụ nữ, phòng, chống bạo lực gia đình trên địa bàn tỉnh; các thông báo của Văn phòng Dự án. Nội dung trên trang không nhất thiết phản ánh quan điểm của nhà tài trợ.",
    ),
    "en": (
        "The Committee for the Advancement of Women of Soc Trang Province coordinates the work of provincial departments on gender equality and the advancement of women. Its standing office is the Department of Labour, Invalids and Social Affairs (the Department of Home Affairs from 1 March 2025).",
        "This website was set up in 2019 under the project “Gender Equality and Women's Empowerment for Khmer Ethnic Women in Soc Trang Province” (GEEW Soc Trang), funded by the Mekong Development Cooperation Fund and implemented in 20 communes and wards of My Xuyen, Tran De and Thanh Tri districts and Vinh Chau town.",
        "The views expressed on this website do not necessarily reflect those of the donor.",
    ),
}
CONTACT = {
    "vi": (
        "Văn phòng Ban Vì sự tiến bộ của phụ nữ tỉnh và Văn phòng Dự án GEEW Sóc Trăng: tầng 2, dãy nhà B, số 24 đường Trần Hưng Đạo, Phường 3, thành phố Sóc Trăng, tỉnh Sóc Trăng.",
        "Điện thoại: (0299) 3 822 614. Thư điện tử: vanphong.geew.soctrang@gmail.com. Thời gian làm việc: sáng từ 7 giờ đến 11 giờ, chiều từ 13 giờ đến 17 giờ, từ thứ Hai đến thứ Sáu.",
    ),
    "en": (
        "Project Management Office, 2nd floor, Block B, 24 Tran Hung Dao Street, Ward 3, Soc Trang City, Soc Trang Province, Viet Nam.",
        "Phone: +84 299 3 822 614. Email: vanphong.geew.soctrang@gmail.com. Office hours: Monday to Friday, 7:00-11:00 and 13:00-17:00.",
    ),
}

# ---- the plan, by corpus number (each entry is checked against the article it names) -----------------------------
# Vietnamese versions and their English translations (the same file name, '.vi.md' and '.en.md').
TRANSLATIONS = {10: 11, 15: 16, 17: 18, 19: 20, 23: 24, 31: 32, 46: 47}
# 2019 posts written before the editors set slugs: the file name was the title, and Hugo keeps its letters.
UNICODE_SLUGS = {2, 3, 5}
# Sapo typed as a bold first paragraph although the post is of the PaperMod years (the rest use 'description').
LEAD_IN_BODY = {23, 33}
# Paragraph indexes that are h2 headings (the theme then prints a table of contents).
HEADINGS = {35: (1, 4), 36: (0, 3, 5), 50: (0, 3, 5)}
# Pictures in the body: (after text block i, -1 = before the text; caption; how it was written).
FIGURES: dict[int, tuple[tuple[int, str, str], ...]] = {
    2: ((-1, "Quang cảnh hội thảo khởi động Dự án GEEW Sóc Trăng.", "md"),),
    5: ((1, "Đoàn diễu hành hưởng ứng Tháng hành động qua trung tâm thị xã Vĩnh Châu. Ảnh: Sa Vân", "md"),),
    9: ((2, "Một buổi sinh hoạt của tổ tiết kiệm ấp Trà Niền, phường Vĩnh Phước.", "md"),),
    17: ((1, "Đại biểu trao quà cho phụ nữ đơn thân tại lễ phát động. Ảnh: Sa Vân", "figure"),),
    23: ((2, "Học viên thực hành một phiên chất vấn giả định.", "figure"),),
    24: ((1, "Participants role-play a commune council session.", "figure"),),
    27: ((1, "Các thành viên câu lạc bộ “Thủ lĩnh của sự thay đổi” Trường THCS Lâm Tân.", "figure"),),
    30: ((1, "Tiểu phẩm về phòng ngừa tảo hôn tại một chùa Khmer ở huyện Trần Đề. Ảnh: Sa Vân", "figure"),),
    31: ((2, "Mâm cơm của đội Văn phòng Dự án.", "md"),),
    46: ((1, "Khu sinh hoạt chung của Nhà tạm lánh.", "figure"),),
    47: ((1, "The shared living area of the shelter. Photo: Sa Van", "figure"),),
    49: ((1, "Các đại biểu trao đổi tại tọa đàm. Ảnh: Sa Vân", "figure"),),
}
# Front-matter cover images: PaperMod prints them above the body with their caption in a <p>.
COVERS = {
    13: "Quang cảnh hội nghị. (Ảnh: Báo Sóc Trăng)",
    18: "The launch ceremony, held in person and online.",
    33: "Chị em trong nhóm đóng gói bánh pía. Ảnh: Kim Ngân",
    35: "Members of the savings group in Tra Nien hamlet. Photo: So Phia",
    36: "Ảnh minh họa",
    39: "Lễ phát động tại Quảng trường Bạch Đằng.",
    50: "Quang cảnh hội nghị tổng kết Dự án.",
}
# Reposted from the provincial newspaper: PaperMod's canonicalURL param points rel=canonical there.
SYNDICATED = {
    13: "https://baosoctrang.org.vn/xa-hoi/202103/trien-khai-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-1047731/",
    33: "https://baosoctrang.org.vn/kinh-te/202303/nhom-phu-nu-khoi-nghiep-lam-banh-pia-o-my-xuyen-1062904/",
}
# 'Xem thêm:' lines: (target number, how the editor wrote the link).
SEE_ALSO: dict[int, tuple[tuple[int, str], ...]] = {
    17: ((5, "alias"),),
    23: ((7, "alias"),),
    27: ((9, "noslash"),),
    30: ((27, "upper"),),
    33: ((9, "index"),),
    35: ((24, "relative"),),
    36: ((17, "fbclid"),),
    39: ((17, "localhost"), (30, "preview")),
    46: ((36, "relative"),),
    47: ((35, "relative"),),
    49: ((23, "upper"),),
    50: ((46, "relative"), (9, "alias")),
}
# A markdown table in the body (not text): after paragraph i.
TABLES: dict[int, tuple[int, tuple[tuple[str, ...], ...]]] = {
    50: (
        2,
        (
            ("Chỉ số", "Đầu kỳ (2019)", "Cuối kỳ (2024)"),
            ("Người dân hiểu đúng về bình đẳng giới", "41%", "78%"),
            ("Phụ nữ cùng chồng quyết định khoản chi lớn", "35%", "69%"),
            ("Nhóm tiết kiệm và vay vốn", "0", "42"),
            ("“Địa chỉ tin cậy”", "0", "28"),
        ),
    ),
}
VIDEOS = {30, 39}  # {{< youtube >}} after the text
PDFS = {17, 39}  # the plan the post cites, a file of its page bundle
SUMMARIES = {  # front-matter 'summary' where the editor wrote one (lists, feeds and meta description use it)
    39: "Hơn 800 đại biểu, đoàn viên, hội viên và học sinh dự lễ phát động tại Quảng trường Bạch Đằng; cập nhật kết quả Tháng hành động.",
    50: "Sau hơn 5 năm, Dự án GEEW Sóc Trăng khép lại với 42 nhóm tiết kiệm, 28 “Địa chỉ tin cậy” và một nhà tạm lánh cấp tỉnh.",
}
EN_CATEGORY = {
    11: "Project news",
    16: "Announcements",
    18: "Gender equality",
    20: "Project news",
    21: "Announcements",
    24: "Gender equality",
    32: "Project news",
    35: "Economic empowerment",
    42: "Announcements",
    44: "Project news",
    47: "Ending violence",
}
TAG_RULES = {
    "vi": (
        ("bình đẳng giới", ("bình đẳng giới",)),
        ("Tháng hành động", ("tháng hành động vì bình đẳng giới",)),
        ("bạo lực gia đình", ("bạo lực gia đình",)),
        ("Địa chỉ tin cậy", ("địa chỉ tin cậy",)),
        ("nhà tạm lánh", ("nhà tạm lánh",)),
        ("tảo hôn", ("tảo hôn",)),
        ("lãnh đạo nữ", ("nữ đại biểu", "lãnh đạo, quản lý")),
        ("sinh kế", ("tiết kiệm và vay vốn", "khởi nghiệp", "chuỗi giá trị")),
        ("Ngày Quốc tế Phụ nữ", ("8/3",)),
        ("Ngày Phụ nữ Việt Nam", ("20/10",)),
        ("trẻ em", ("thiếu nhi", "học bổng")),
        ("COVID-19", ("covid-19",)),
        ("việc làm", ("việc làm",)),
        ("đồng bào Khmer", ("khmer",)),
        ("tập huấn", ("tập huấn",)),
        ("Dự án GEEW", ("geew",)),
    ),
    "en": (
        ("gender equality", ("gender equality",)),
        ("Action Month", ("action month",)),
        ("gender-based violence", ("violence",)),
        ("women's leadership", ("councillor",)),
        ("savings groups", ("savings",)),
        ("procurement", ("quotation",)),
        ("COVID-19", ("covid-19",)),
        ("Khmer women", ("khmer",)),
        ("GEEW Soc Trang", ("geew",)),
    ),
}
SVG_RSS = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M4 11a9 9 0 0 1 9 9"></path><path d="M4 4a16 16 0 0 1 16 16"></path><circle cx="5" cy="19" r="1"></circle></svg>'
SVG_MOON = '<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg>'
SVG_SHARE = '<svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"><path d="M449.446,0c34.525,0 62.554,28.03 62.554,62.554l0,386.892c0,34.524 -28.03,62.554 -62.554,62.554l-386.892,0c-34.524,0 -62.554,-28.03 -62.554,-62.554l0,-386.892c0,-34.524 28.029,-62.554 62.554,-62.554l386.892,0Z"></path></svg>'
TINY_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9"
)


def tx(text: str) -> str:
    """Text as tdewolff's minifier leaves it: only &, < and > escaped."""
    return escape(text, quote=False)


def urlize(text: str) -> str:
    """Hugo's urlize (no removePathAccents): spaces become '-', letters keep their marks, punctuation goes, lower case."""
    out = []
    for char in unicodedata.normalize("NFC", text.strip()):
        if char.isspace():
            out.append("-")
        elif char.isalnum() or unicodedata.category(char).startswith("M") or char in "-_.~+":
            out.append(char)
    return "".join(out).lower()


def anchor(text: str) -> str:
    """The id Goldmark gives a heading: lower case, letters kept, spaces to '-', punctuation dropped."""
    out = []
    for char in unicodedata.normalize("NFC", text.strip()).lower():
        if char.isspace():
            out.append("-")
        elif char.isalnum() or char in "-_" or unicodedata.category(char).startswith("M"):
            out.append(char)
    return "".join(out)


def encode_path(path: str) -> str:
    """A path as Hugo writes it in links: UTF-8 percent-encoded with upper-case hex."""
    return quote(unicodedata.normalize("NFC", path), safe="/-_.~+")


def titlecase(text: str) -> str:
    """Hugo's capitalizeListTitles on a term's title."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


class HugoSite(Template):
    sitemap_path = "/sitemap.xml"
    # The per-language feeds hold the newest 20 posts each: no single feed lists every article.
    feed_path = None
    related_count = 3

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.by_number = {(a.number, a.lang): a for a in self.articles}
        self.hidden = {a.id for a in self.articles if self.access(a) == "sitemap_only"}
        self.slugs = self.make_slugs()
        self.paths = {a.id: self.make_path(a) for a in self.articles}
        self.pairs: dict[str, CorpusArticle] = {}
        for vi_number, en_number in TRANSLATIONS.items():
            vi, en = self.by_number.get((vi_number, "vi")), self.by_number.get((en_number, "en"))
            if vi and en and vi.id not in self.hidden and en.id not in self.hidden:
                self.pairs[vi.id], self.pairs[en.id] = en, vi
        self.tags = {a.id: self.tags_of(a) for a in self.articles}
        self.rendered: dict[str, str] = {}
        self.newest: dict[str, datetime] = {}

    # ---- URLs -------------------------------------------------------------------------------
    def make_slugs(self) -> dict[str, str]:
        out: dict[str, str] = {}
        taken: set[str] = set()
        for article in sorted(self.articles, key=lambda a: (self.when[a.id].at, a.id)):
            at = self.when[article.id].at
            words = ascii_slug(article.title).split("-")
            if article.number in UNICODE_SLUGS and at < MIGRATION and article.lang == "vi":
                slug = urlize(article.title.replace("/", " "))
            elif at >= DECAP_FROM:
                slug = "-".join(words)  # Decap's slugify of the whole title
            else:
                slug = "-".join(words[:8])
            base, n = slug, 2
            while self.slug_keys(article, slug) & taken:
                slug, n = f"{base}-{n}", n + 1
            taken |= self.slug_keys(article, slug)
            out[article.id] = slug
        return out

    def slug_keys(self, article: CorpusArticle, slug: str) -> set[str]:
        """The file paths a slug would take: its dated URL and, for a 2019-2021 post, its undated first URL."""
        at = self.when[article.id].at
        keys = {f"{article.lang}/{self.section(article)}/{at:%Y/%m}/{slug}"}
        if article.lang == "vi" and at < MIGRATION:
            keys.add(f"v1/{self.section(article)}/{slug}")
        return keys

    def section(self, article: CorpusArticle) -> str:
        if article.lang == "en":
            return "news"
        return "thong-bao" if article.category == "thong-bao" else "tin-tuc"

    def make_path(self, article: CorpusArticle) -> str:
        at = self.when[article.id].at
        return encode_path(f"/{article.lang}/{self.section(article)}/{at:%Y/%m}/{self.slugs[article.id]}/")

    def article_path(self, article: CorpusArticle) -> str:
        return self.paths[article.id]

    def alias_path(self, article: CorpusArticle) -> str | None:
        """The 2019-2021 address of a Vietnamese post, kept as a Hugo alias."""
        if article.lang != "vi" or self.when[article.id].at >= MIGRATION:
            return None
        return encode_path(f"/{self.section(article)}/{self.slugs[article.id]}/")

    def route_key(self, path_qs: str) -> str:
        """Netlify: the query string does not matter, percent-encoding and letter case do not either."""
        path = urlsplit(path_qs).path or "/"
        return encode_path(unicodedata.normalize("NFC", unquote(path)).lower())

    def section_path(self, lang: str, section: str) -> str:
        return f"/{lang}/{section}/"

    def term_path(self, lang: str, taxonomy: str, name: str) -> str:
        return encode_path(f"/{lang}/{taxonomy}/{urlize(name)}/")

    def abs(self, path: str) -> str:
        return self.url(path)

    # ---- the content plan ---------------------------------------------------------------------
    def visible(self, lang: str) -> list[CorpusArticle]:
        """The theme's '$pages': a language's posts, newest first, the hidden ones left out."""
        return [a for a in self.articles if a.lang == lang and a.id not in self.hidden]

    def categories_of(self, article: CorpusArticle) -> list[str]:
        if article.lang == "en":
            named = EN_CATEGORY.get(article.number)
            return [named or ("Gender equality" if article.on_topic else "Project news")]
        main = self.spec.category(self.spec.main_category)
        out = [self.spec.category(article.category).name]
        if article.on_topic and article.category != main.slug:
            out.append(main.name)
        return out

    def tags_of(self, article: CorpusArticle) -> list[str]:
        text = f"{article.title} {article.body}".casefold()
        rules = TAG_RULES.get(article.lang, ())
        return [tag for tag, triggers in rules if any(t in text for t in triggers)][:5]

    def terms(self, lang: str, taxonomy: str) -> dict[str, list[CorpusArticle]]:
        """Term -> its posts (every post, hidden ones too: Hugo counts them), in first-seen order."""
        out: dict[str, list[CorpusArticle]] = {}
        for article in self.articles:
            if article.lang != lang:
                continue
            names = self.categories_of(article) if taxonomy == "categories" else self.tags[article.id]
            for name in names:
                out.setdefault(name, []).append(article)
        return out

    def neighbours_of(self, article: CorpusArticle) -> tuple[CorpusArticle | None, CorpusArticle | None]:
        pages = self.visible(article.lang)
        if article not in pages:
            return None, None
        i = pages.index(article)
        return (pages[i - 1] if i else None), (pages[i + 1] if i + 1 < len(pages) else None)

    def related_posts(self, article: CorpusArticle) -> list[CorpusArticle]:
        mine = set(self.tags[article.id]) | set(self.categories_of(article))
        scored = []
        for other in self.visible(article.lang):
            if other.id == article.id:
                continue
            score = len(mine & (set(self.tags[other.id]) | set(self.categories_of(other))))
            if score:
                scored.append((score, self.when[other.id].at, other))
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        return [s[2] for s in scored[: self.related_count]]

    # ---- dates --------------------------------------------------------------------------------
    def front_date(self, article: CorpusArticle) -> datetime:
        """The front-matter date as Hugo keeps it: UTC for Decap's posts, +07:00 (the site's timeZone) otherwise."""
        when = self.when[article.id]
        if when.has_time and when.at >= DECAP_FROM and when.at.hour >= 7:
            return when.at.astimezone(UTC)
        return when.at

    def lastmod(self, article: CorpusArticle) -> datetime:
        """enableGitInfo: the front matter's lastmod, else the file's last commit."""
        if article.modified:
            return When.parse(article.modified).at
        at = self.when[article.id].at
        if at < MIGRATION and (article.lang == "vi" or article.number in TRANSLATIONS.values()):
            return MIGRATION
        return at + timedelta(minutes=17 + (article.number * 7) % 40)

    @staticmethod
    def go_string(at: datetime) -> str:
        """Go's time.String(), which PaperMod puts in a title attribute."""
        zone = "UTC" if at.utcoffset() == timedelta(0) else "+07"
        return f"{at:%Y-%m-%d %H:%M:%S %z} {zone}"

    @staticmethod
    def iso(at: datetime) -> str:
        """'2006-01-02T15:04:05Z07:00'."""
        text = at.isoformat(timespec="seconds")
        return text.replace("+00:00", "Z")

    @staticmethod
    def long_date(at: datetime, lang: str) -> str:
        if lang == "en":
            return f"{EN_MONTHS[at.month - 1]} {at.day}, {at.year}"
        return f"{at.day} tháng {at.month}, {at.year}"

    # ---- bodies -------------------------------------------------------------------------------
    def lead_in_header(self, article: CorpusArticle) -> bool:
        return bool(article.lead) and self.when[article.id].at >= MIGRATION and article.number not in LEAD_IN_BODY

    def image(self, article: CorpusArticle, name: str) -> str:
        return self.abs(self.paths[article.id] + name)

    def figure(self, article: CorpusArticle, index: int, caption: str, how: str) -> tuple[str, str]:
        src = self.image(article, f"anh-{index + 2}.jpg")
        if how == "figure":
            return (
                f'<figure><img loading="lazy" src="{src}" alt="{esc(caption)}"><figcaption><p>{tx(caption)}</p></figcaption></figure>',
                caption,
            )
        return f'<p><img loading="lazy" src="{src}" alt=""></p><p><em>{tx(caption)}</em></p>', caption

    def see_also_href(self, target: CorpusArticle, how: str) -> str:
        path = self.paths[target.id]
        if how == "alias":
            return self.alias_path(target) or path
        if how == "upper":
            parts = path.split("/")
            parts[2] = parts[2][:1].upper() + parts[2][1:]
            return "/".join(parts)
        if how == "index":
            return path + "index.html"
        if how == "noslash":
            return path.rstrip("/")
        if how == "fbclid":
            return self.abs(path) + "?fbclid=IwAR2" + stable_token(target.id, 40)
        if how == "localhost":
            return "http://localhost:1313" + path
        if how == "preview":
            return "https://deploy-preview-57--bdg-soctrang.netlify.app" + path
        return path

    def body_blocks(self, article: CorpusArticle) -> list[tuple[str, str]]:
        """The rendered .Content as (html, plain text) blocks."""
        lang = article.lang
        texts = list(article.paragraphs)
        headings = {i for i in HEADINGS.get(article.number, ()) if i < len(texts)}
        figures = [f for f in FIGURES.get(article.number, ()) if f[0] < len(texts)]
        table = TABLES.get(article.number)
        blocks: list[tuple[str, str]] = []
        for i, (where, caption, how) in enumerate(figures):
            if where == -1:
                blocks.append(self.figure(article, i, caption, how))
        if article.lead and not self.lead_in_header(article):
            blocks.append((f"<p><strong>{tx(article.lead)}</strong></p>", article.lead))
        for i, text in enumerate(texts):
            if i in headings:
                slug = anchor(text)
                blocks.append(
                    (
                        f'<h2 id="{esc(slug)}">{tx(text)}<a hidden class="anchor" aria-hidden="true" href="#{esc(slug)}">#</a></h2>',
                        text,
                    )
                )
            else:
                blocks.append((f"<p>{tx(text)}</p>", text))
            for k, (where, caption, how) in enumerate(figures):
                if where == i:
                    blocks.append(self.figure(article, k, caption, how))
            if table and table[0] == i:
                head, *rows = table[1]
                cells = "".join(f"<th>{tx(c)}</th>" for c in head)
                body = "".join("<tr>" + "".join(f"<td>{tx(c)}</td>" for c in row) + "</tr>" for row in rows)
                plain = " ".join(" ".join(r) for r in table[1])
                blocks.append((f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>", plain))
        if article.number in VIDEOS:
            vid = stable_token(f"yt:{article.id}", 11)
            blocks.append(
                (
                    f'<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;"><iframe allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen="allowfullscreen" loading="eager" referrerpolicy="strict-origin-when-cross-origin" src="https://www.youtube.com/embed/{vid}?autoplay=0&amp;controls=1&amp;end=0&amp;loop=0&amp;mute=0&amp;start=0" style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;" title="YouTube video"></iframe></div>',
                    "",
                )
            )
        pdf = self.pdf_name(article)
        if pdf and article.documents:
            doc = article.documents[0]
            label = f"{doc.kind} số {doc.number}" if lang == "vi" else f"{doc.kind} No. {doc.number}"
            blocks.append(
                (
                    f'<p>{I18N[lang]["download"]} <a href="{pdf}">{tx(label)}</a> (PDF)</p>',
                    f"{I18N[lang]['download']} {label} (PDF)",
                )
            )
        for number, how in SEE_ALSO.get(article.number, ()):
            target = self.by_number.get((number, lang))
            if target is None or target.id in self.hidden or target.id == article.id:
                continue
            href = self.see_also_href(target, how)
            blocks.append(
                (
                    f'<p><strong>{I18N[lang]["see_also"]}</strong> <a href="{esc(href)}">{tx(target.title)}</a></p>',
                    f"{I18N[lang]['see_also']} {target.title}",
                )
            )
        if article.author and article.author_style == "signature":
            if article.number % 2:
                blocks.append((f"<p><strong>{tx(article.author)}</strong></p>", article.author))
            else:
                blocks.append((f'<p style="text-align: right;"><em>{tx(article.author)}</em></p>', article.author))
        if article.author and article.author_style == "label":
            blocks.append(
                (
                    f"<p><strong>{I18N[lang]['label']}</strong> {tx(article.author)}</p>",
                    f"{I18N[lang]['label']} {article.author}",
                )
            )
        if article.number in SYNDICATED:
            blocks.append((f"<p><em>{I18N[lang]['credit']}</em></p>", I18N[lang]["credit"]))
        return blocks

    def pdf_name(self, article: CorpusArticle) -> str | None:
        if article.number not in PDFS or article.lang != "vi" or not article.documents:
            return None
        number, _, code = article.documents[0].number.partition("/")
        return f"{code.split('-')[0]}-{number}-{code.split('-')[-1]}.pdf".replace("Đ", "D").replace("/", "-")

    def content(self, article: CorpusArticle) -> str:
        if article.id not in self.rendered:
            self.rendered[article.id] = "".join(html for html, _ in self.body_blocks(article))
        return self.rendered[article.id]

    def plain(self, article: CorpusArticle) -> str:
        return " ".join(text for _, text in self.body_blocks(article) if text)

    def summary(self, article: CorpusArticle) -> tuple[str, bool]:
        """(.Summary plainified, .Truncated)."""
        if article.number in SUMMARIES and article.lang == "vi":
            return SUMMARIES[article.number], True
        words = self.plain(article).split()
        return " ".join(words[:SUMMARY_WORDS]), len(words) > SUMMARY_WORDS

    def teaser(self, article: CorpusArticle, limit: int = 180) -> str:
        text, truncated = self.summary(article)
        return text + ("..." if truncated else "")

    def reading_time(self, article: CorpusArticle) -> int:
        return max(1, -(-len(self.plain(article).split()) // WPM))

    def description(self, article: CorpusArticle) -> str:
        return article.lead if article.lead else self.teaser(article)

    # ---- chrome -------------------------------------------------------------------------------
    def head(
        self,
        lang: str,
        title: str,
        description: str,
        canonical: str,
        alternates: Sequence[tuple[str, str]] = (),
        feed: str | None = None,
        robots: str = "index, follow",
        extra: str = "",
        author: str | None = None,
        keywords: Sequence[str] = (),
        og_title: str | None = None,
    ) -> str:
        links = "".join(f'<link rel="alternate" hreflang="{code}" href="{esc(href)}">' for code, href in alternates)
        if alternates:
            links += f'<link rel="alternate" hreflang="x-default" href="{esc(alternates[0][1])}">'
        rss = f'<link rel="alternate" type="application/rss+xml" href="{esc(feed)}">' if feed else ""
        words = f'<meta name="keywords" content="{esc(", ".join(keywords))}">' if keywords else ""
        return (
            f'<!doctype html><html lang="{lang}" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            '<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no">'
            f'<meta name="robots" content="{robots}"><title>{tx(title)}</title>{words}'
            f'<meta name="description" content="{esc(description)}"><meta name="author" content="{esc(author or SITE_AUTHOR[lang])}">'
            f'<link rel="canonical" href="{esc(canonical)}">'
            '<link crossorigin="anonymous" href="/assets/css/stylesheet.d72444526d7ecbdb0015438a7fa89054a658bf759d0542e2e5df81ce94b493ee.css" integrity="sha256-1yRERW1+y9sAFUOKf6iQVKZYv3WdBULi5d+BzpS0k+4=" rel="preload stylesheet" as="style">'
            '<link rel="icon" href="/favicon.ico"><link rel="icon" type="image/png" sizes="16x16" href="/favicon-16x16.png"><link rel="icon" type="image/png" sizes="32x32" href="/favicon-32x32.png"><link rel="apple-touch-icon" href="/apple-touch-icon.png"><meta name="theme-color" content="#2e2e33"><meta name="msapplication-TileColor" content="#2e2e33">'
            f"{rss}{links}"
            "<noscript><style>#theme-toggle,.top-link{display:none}</style><style>@media(prefers-color-scheme:dark){:root{--theme:rgb(29, 30, 32);--entry:rgb(46, 46, 51);--primary:rgb(218, 218, 219);--secondary:rgb(155, 156, 157);--tertiary:rgb(65, 66, 68);--content:rgb(196, 196, 197);--code-block-bg:rgb(46, 46, 51);--code-bg:rgb(55, 56, 62);--border:rgb(51, 51, 51)}.list{background:var(--theme)}.list:not(.dark)::-webkit-scrollbar-track{background:0 0}.list:not(.dark)::-webkit-scrollbar-thumb{border-color:var(--theme)}}</style></noscript>"
            '<script src="https://identity.netlify.com/v1/netlify-identity-widget.js"></script>'
            f'<meta property="og:url" content="{esc(canonical)}"><meta property="og:site_name" content="{esc(SITE[lang])}"><meta property="og:title" content="{esc(og_title or title)}"><meta property="og:description" content="{esc(description)}"><meta property="og:locale" content="{lang}">'
            f"{extra}</head>"
        )

    def header(self, lang: str, active: str | None, switch: str | None) -> str:
        s = I18N[lang]
        menu = [
            (self.section_path(lang, "tin-tuc" if lang == "vi" else "news"), s["news"], "news"),
        ]
        if lang == "vi":
            menu.append(("/vi/thong-bao/", s["notices"], "notices"))
        menu += [
            (f"/{lang}/categories/", s["categories"], "categories"),
            (PAGES[lang]["archives"], s["archives"], "archives"),
            (PAGES[lang]["about"], s["about"], "about"),
            (PAGES[lang]["search"], s["search"], "search"),
        ]
        items = ""
        for path, label, key in menu:
            access = ' accesskey="/"' if key == "search" else ""
            current = ' class="active"' if key == active else ""
            items += f'<li><a href="{self.abs(path)}" title="{esc(label)}"{access}><span{current}>{tx(label)}</span></a></li>'
        lang_switch = (
            f'<ul class="lang-switch"><li>|</li><li><a href="{esc(switch)}" title="{s["other_lang"]}" aria-label="{s["other_lang"]}">{s["other_code"]}</a></li></ul>'
            if switch
            else ""
        )
        return (
            '<header class="header"><nav class="nav"><div class="logo">'
            f'<a href="{self.abs(f"/{lang}/")}" accesskey="h" title="{esc(SITE[lang])} (Alt + H)"><img src="{self.abs("/images/logo-bvstbpn.png")}" alt aria-label="logo" height="36">{tx(SITE[lang])}</a>'
            f'<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">{SVG_MOON}</button>{lang_switch}</div></div>'
            f'<ul id="menu">{items}</ul></nav></header>'
        )

    def footer(self, lang: str) -> str:
        s = I18N[lang]
        if lang == "vi":
            agency = (
                f"<p><strong>{s['managing']}</strong> Ban Vì sự tiến bộ của phụ nữ tỉnh Sóc Trăng. Cơ quan thường trực: Sở Lao động - Thương binh và Xã hội tỉnh Sóc Trăng (từ ngày 01/3/2025: Sở Nội vụ tỉnh Sóc Trăng).</p>"
                "<p>Địa chỉ: số 24 đường Trần Hưng Đạo, Phường 3, thành phố Sóc Trăng · Điện thoại: (0299) 3 822 614</p>"
                "<p>Trang thông tin được xây dựng với sự hỗ trợ của Dự án GEEW Sóc Trăng do Quỹ Hợp tác phát triển Mê Kông tài trợ. Nội dung trên trang không nhất thiết phản ánh quan điểm của nhà tài trợ.</p>"
            )
        else:
            agency = (
                f"<p><strong>{s['managing']}</strong> Committee for the Advancement of Women of Soc Trang Province.</p>"
                "<p>24 Tran Hung Dao Street, Ward 3, Soc Trang City · Phone: +84 299 3 822 614</p>"
                "<p>This website is supported by the GEEW Soc Trang project, funded by the Mekong Development Cooperation Fund. Its content does not necessarily reflect the views of the donor.</p>"
            )
        return (
            f'<footer class="footer"><div class="footer-agency">{agency}</div>'
            f'<div class="footer-stats"><span>{s["stats"]}</span> <a title="Web Analytics" href="https://statcounter.com/" target="_blank"><img class="statcounter" src="https://c.statcounter.com/12783504/0/6d1c0e2a/0/" alt="Web Analytics" referrerpolicy="no-referrer-when-downgrade"></a></div>'
            f'<span>&copy; 2025 <a href="{self.abs(f"/{lang}/")}">{tx(SITE[lang])}</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>'
            '<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>'
            '<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"),menu.onscroll=function(){localStorage.setItem("menu-scroll-position",menu.scrollLeft)}),document.querySelectorAll(\'a[href^="#"]\').forEach(e=>{e.addEventListener("click",function(e){e.preventDefault();var t=this.getAttribute("href").substr(1);window.matchMedia("(prefers-reduced-motion: reduce)").matches?document.querySelector(`[id=\'${decodeURIComponent(t)}\']`).scrollIntoView():document.querySelector(`[id=\'${decodeURIComponent(t)}\']`).scrollIntoView({behavior:"smooth"}),t==="top"?history.replaceState(null,null," "):history.pushState(null,null,`#${t}`)})})</script>'
            '<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.className.includes("dark")?(document.body.classList.remove("dark"),localStorage.setItem("pref-theme","light")):(document.body.classList.add("dark"),localStorage.setItem("pref-theme","dark"))})</script>'
        )

    def page(
        self, head: str, lang: str, main: str, active: str | None, switch: str | None, body_class: str = ""
    ) -> str:
        cls = f' class="{body_class}"' if body_class else ""
        return (
            f'{head}<body{cls} id="top"><script>localStorage.getItem("pref-theme")==="dark"?document.body.classList.add("dark"):localStorage.getItem("pref-theme")==="light"?document.body.classList.remove("dark"):window.matchMedia("(prefers-color-scheme: dark)").matches&&document.body.classList.add("dark")</script>'
            f'{self.header(lang, active, switch)}<main class="main">{main}</main>{self.footer(lang)}</body></html>'
        )

    def breadcrumbs(self, lang: str, trail: Sequence[tuple[str, str]]) -> str:
        parts = [f'<a href="{self.abs(f"/{lang}/")}">{I18N[lang]["home"]}</a>'] + [
            f'<a href="{self.abs(p)}">{tx(t)}</a>' for p, t in trail
        ]
        return '<div class="breadcrumbs">' + "&nbsp;»&nbsp;".join(parts) + "</div>"

    def meta_line(self, article: CorpusArticle, with_author: bool = True) -> str:
        at = self.front_date(article)
        parts = [
            f'<span title="{self.go_string(at)}">{self.long_date(at, article.lang)}</span>',
            I18N[article.lang]["minutes"].format(n=self.reading_time(article)),
        ]
        if with_author and article.author and article.author_style == "byline":
            parts.append(tx(article.author))
        return "&nbsp;·&nbsp;".join(parts)

    def json_ld(self, data: dict) -> str:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        return f'<script type="application/ld+json">{text}</script>'

    # ---- pages --------------------------------------------------------------------------------
    def article_page(self, article: CorpusArticle) -> str:
        lang, s = article.lang, I18N[article.lang]
        url = self.canonical_url(article)
        other = self.pairs.get(article.id)
        section = self.section(article)
        section_title = s["notices"] if section == "thong-bao" else s["news"]
        at, lastmod = self.front_date(article), self.lastmod(article)
        alternates = [(lang, url), (other.lang, self.canonical_url(other))] if other else []
        author = article.author if article.author_style == "byline" else None
        description = self.description(article)
        cover = COVERS.get(article.number)
        image = self.image(article, "cover.jpg") if cover else self.abs("/images/og-default.jpg")
        extra = (
            f'<meta property="og:type" content="article"><meta property="og:image" content="{esc(image)}"><meta property="article:section" content="{section}">'
            f'<meta property="article:published_time" content="{self.iso(at)}"><meta property="article:modified_time" content="{self.iso(lastmod)}">'
            + "".join(f'<meta property="article:tag" content="{esc(t)}">' for t in self.tags[article.id])
            + f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:image" content="{esc(image)}"><meta name="twitter:title" content="{esc(article.title)}"><meta name="twitter:description" content="{esc(description)}">'
            + self.json_ld(
                {
                    "@context": "https://schema.org",
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": 1,
                            "name": section_title,
                            "item": self.abs(self.section_path(lang, section)),
                        },
                        {"@type": "ListItem", "position": 2, "name": article.title, "item": url},
                    ],
                }
            )
            + self.json_ld(
                {
                    "@context": "https://schema.org",
                    "@type": "BlogPosting",
                    "headline": article.title,
                    "name": article.title,
                    "description": description,
                    "keywords": self.tags[article.id],
                    "articleBody": self.plain(article),
                    "wordCount": str(len(self.plain(article).split())),
                    "inLanguage": lang,
                    "image": image,
                    "datePublished": self.iso(at),
                    "dateModified": self.iso(lastmod),
                    "author": [{"@type": "Person", "name": author or SITE_AUTHOR[lang]}],
                    "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                    "publisher": {
                        "@type": "Organization",
                        "name": SITE[lang],
                        "logo": {"@type": "ImageObject", "url": self.abs("/favicon.ico")},
                    },
                }
            )
        )
        canonical = SYNDICATED.get(article.number, url)
        head = self.head(
            lang,
            f"{article.title} | {SITE[lang]}",
            description,
            canonical,
            alternates,
            extra=extra,
            author=author,
            keywords=self.tags[article.id],
            og_title=article.title,
        )
        translations = (
            f'&nbsp;|&nbsp;<ul class="i18n_list">{s["translations"]}:<li><a href="{self.canonical_url(other)}">{"English" if other.lang == "en" else "Tiếng Việt"}</a></li></ul>'
            if other
            else ""
        )
        edit = f'&nbsp;|&nbsp;<a href="{GITHUB}/{lang}/{section}/{self.when[article.id].at:%Y}/{unquote(self.slugs[article.id])}.md" rel="noopener noreferrer" target="_blank">{s["edit"]}</a>'
        description_div = (
            f'<div class="post-description">{tx(article.lead)}</div>' if self.lead_in_header(article) else ""
        )
        cover_html = (
            f'<figure class="entry-cover"><img loading="eager" srcset="{self.image(article, "cover_hu_360.jpg")} 360w,{self.image(article, "cover_hu_720.jpg")} 720w,{self.image(article, "cover.jpg")} 1280w" sizes="(min-width: 768px) 720px, 100vw" src="{self.image(article, "cover.jpg")}" alt="{esc(article.title)}" width="1280" height="853"><p>{tx(cover)}</p></figure>'
            if cover
            else ""
        )
        toc = ""
        heads = [article.paragraphs[i] for i in HEADINGS.get(article.number, ()) if i < len(article.paragraphs)]
        if heads:
            entries = "".join(f'<li><a href="#{esc(anchor(h))}" aria-label="{esc(h)}">{tx(h)}</a></li>' for h in heads)
            toc = f'<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">{s["toc"]}</span></summary><div class="inner"><ul>{entries}</ul></div></details></div>'
        updated = ""
        if lastmod.astimezone(VN_TZ).date() != self.when[article.id].at.date():
            updated = f'<p class="post-lastmod">{s["updated"]} <time datetime="{self.iso(lastmod)}">{lastmod.astimezone(VN_TZ):%d/%m/%Y}</time></p>'
        tags = "".join(
            f'<li><a href="{self.abs(self.term_path(lang, "tags", t))}">{tx(t)}</a></li>' for t in self.tags[article.id]
        )
        newer, older = self.neighbours_of(article)
        paginav = ""
        if newer or older:
            paginav = '<nav class="paginav">'
            if newer:
                paginav += f'<a class="prev" href="{self.canonical_url(newer)}"><span class="title">{s["post_prev"]}</span><br><span>{tx(newer.title)}</span></a>'
            if older:
                paginav += f'<a class="next" href="{self.canonical_url(older)}"><span class="title">{s["post_next"]}</span><br><span>{tx(older.title)}</span></a>'
            paginav += "</nav>"
        share_url = quote(url, safe="")
        share_title = quote(article.title, safe="")
        share = (
            '<ul class="share-buttons">'
            f'<li><a target="_blank" rel="noopener noreferrer" aria-label="share {esc(article.title)} on facebook" href="https://facebook.com/sharer/sharer.php?u={share_url}">{SVG_SHARE}</a></li>'
            f'<li><a target="_blank" rel="noopener noreferrer" aria-label="share {esc(article.title)} on x" href="https://x.com/intent/tweet/?text={share_title}&amp;url={share_url}&amp;hashtags={quote(",".join(self.tags[article.id]), safe="")}">{SVG_SHARE}</a></li>'
            f'<li><a target="_blank" rel="noopener noreferrer" aria-label="share {esc(article.title)} on linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={share_url}&amp;title={share_title}&amp;summary={share_title}&amp;source={share_url}">{SVG_SHARE}</a></li>'
            f'<li><a target="_blank" rel="noopener noreferrer" aria-label="share {esc(article.title)} on zalo" href="https://sp.zalo.me/share_inline?d={quote(json.dumps({"url": url}), safe="")}">{SVG_SHARE}</a></li>'
            "</ul>"
        )
        related = self.related_posts(article) if article.id not in self.hidden else []
        aside = ""
        if related:
            items = "".join(
                f'<li><a href="{self.canonical_url(r)}">{tx(r.title)}</a> <time datetime="{self.iso(self.front_date(r))}">{self.front_date(r):%d/%m/%Y}</time><p>{tx(self.teaser(r))}</p></li>'
                for r in related
            )
            aside = f'<aside class="related-posts"><h2>{s["related"]}</h2><ul>{items}</ul></aside>'
        main = (
            '<article class="post-single"><header class="post-header">'
            f"{self.breadcrumbs(lang, [(self.section_path(lang, section), section_title)])}"
            f'<h1 class="post-title entry-hint-parent">{tx(article.title)}</h1>{description_div}'
            f'<div class="post-meta">{self.meta_line(article)}{translations}{edit}</div></header>'
            f'{cover_html}{toc}<div class="post-content">{self.content(article)}</div>'
            f'<footer class="post-footer">{updated}<ul class="post-tags">{tags}</ul>{paginav}{share}</footer>{aside}</article>'
        )
        switch = self.canonical_url(other) if other else None
        return self.page(head, lang, main, "notices" if section == "thong-bao" else "news", switch)

    def entry(self, article: CorpusArticle) -> str:
        cover = (
            f'<figure class="entry-cover"><img loading="lazy" src="{self.image(article, "cover_hu_360.jpg")}" alt=""></figure>'
            if article.number in COVERS
            else ""
        )
        return (
            f'<article class="post-entry">{cover}<header class="entry-header"><h2 class="entry-hint-parent">{tx(article.title)}</h2></header>'
            f'<div class="entry-content"><p>{tx(self.teaser(article))}</p></div><footer class="entry-footer">{self.meta_line(article)}</footer>'
            f'<a class="entry-link" aria-label="post link to {esc(article.title)}" href="{self.canonical_url(article)}"></a></article>'
        )

    def pager(self, lang: str, base: str, page: int, pages: int) -> str:
        links = ""
        if page > 1:
            prev = base if page == 2 else f"{base}page/{page - 1}/"
            links += f'<a class="prev" href="{self.abs(prev)}">{I18N[lang]["prev"]}</a>'
        if page < pages:
            links += f'<a class="next" href="{self.abs(base)}page/{page + 1}/">{I18N[lang]["next"]}</a>'
        return f'<footer class="page-footer"><nav class="pagination">{links}</nav></footer>' if links else ""

    def list_pages(
        self,
        lang: str,
        base: str,
        title: str,
        members: list[CorpusArticle],
        trail: Sequence[tuple[str, str]] = (),
        intro: str = "",
        switch: str | None = None,
        active: str | None = None,
        page_title: str | None = None,
    ) -> None:
        """A paginated PaperMod list: home, section or term, its /page/N/ copies and the /page/1/ alias."""
        chunks = self.chunks(members)
        feed = self.abs(base + "index.xml")
        for number, chunk in enumerate(chunks, start=1):
            path = base if number == 1 else f"{base}page/{number}/"
            if intro and number == 1:
                header = intro
            elif intro:
                header = ""
            else:
                header = (
                    f'<header class="page-header">{self.breadcrumbs(lang, trail)}'
                    f'<h1>{tx(title)}&nbsp;<a href="{feed}" title="RSS" aria-label="RSS">{SVG_RSS}</a></h1></header>'
                )
            main = header + "".join(self.entry(a) for a in chunk) + self.pager(lang, base, number, len(chunks))
            full_title = page_title or (SITE[lang] if base == f"/{lang}/" else f"{title} | {SITE[lang]}")
            description = ABOUT[lang][0] if intro else f"{title} - {SITE[lang]}"
            alternates = self.home_alternates(lang) if intro else ()
            head = self.head(lang, full_title, description, self.abs(path), alternates, feed=feed, og_title=title)
            self.add(path, self.html_page(self.page(head, lang, main, active, switch, "list")))
        self.add(f"{base}page/1/", self.html_page(self.alias(self.abs(base), lang)))

    def home_alternates(self, lang: str) -> list[tuple[str, str]]:
        return [
            (lang, self.abs(f"/{lang}/")),
            ("en" if lang == "vi" else "vi", self.abs("/en/" if lang == "vi" else "/vi/")),
        ]

    def home_intro(self, lang: str) -> str:
        s = I18N[lang]
        if lang == "vi":
            names = [c.name for c in self.spec.categories if c.lang == "vi"]
            heading = "Chuyên trang Bình đẳng giới Sóc Trăng"
            text = "Thông tin về công tác bình đẳng giới, vì sự tiến bộ của phụ nữ tỉnh Sóc Trăng và hoạt động của Dự án “Tăng cường bình đẳng giới và trao quyền cho phụ nữ dân tộc Khmer tỉnh Sóc Trăng” (GEEW Sóc Trăng)."
        else:
            names = list(dict.fromkeys(self.categories_of(a)[0] for a in self.articles if a.lang == "en"))
            heading = "Gender Equality Soc Trang"
            text = "News on gender equality and the advancement of women in Soc Trang Province and on the GEEW Soc Trang project."
        counts = self.terms(lang, "categories")
        cats = "".join(
            f'<a class="home-category" href="{self.abs(self.term_path(lang, "categories", n))}">{tx(n)} <sup>{len(counts.get(n, []))}</sup></a>'
            for n in names
        )
        return (
            f'<article class="first-entry home-info"><header class="entry-header"><h1>{tx(heading)}</h1></header>'
            f'<div class="entry-content"><p>{tx(text)}</p></div><footer class="entry-footer"><div class="home-categories"><span>{s["cat_label"]}</span>{cats}</div>'
            f'<div class="social-icons"><a href="{FACEBOOK}" target="_blank" rel="noopener noreferrer me" title="Facebook">{SVG_SHARE}</a>'
            f'<a href="{self.abs(f"/{lang}/index.xml")}" target="_blank" rel="noopener noreferrer me" title="Rss">{SVG_RSS}</a></div></footer></article>'
        )

    def static_page(self, lang: str, key: str, title: str, paragraphs: Sequence[str], extra: str = "") -> None:
        path = PAGES[lang][key]
        other = "en" if lang == "vi" else "vi"
        alternates = [(lang, self.abs(path)), (other, self.abs(PAGES[other][key]))]
        head = self.head(
            lang, f"{title} | {SITE[lang]}", paragraphs[0] if paragraphs else title, self.abs(path), alternates
        )
        body = "".join(f"<p>{tx(p)}</p>" for p in paragraphs) + extra
        main = f'<article class="post-single"><header class="post-header"><h1 class="post-title entry-hint-parent">{tx(title)}</h1></header><div class="post-content">{body}</div></article>'
        self.add(path, self.html_page(self.page(head, lang, main, key, self.abs(PAGES[other][key]))))

    def archive_page(self, lang: str) -> None:
        s = I18N[lang]
        path = PAGES[lang]["archives"]
        posts = self.visible(lang)
        years: dict[int, list[CorpusArticle]] = {}
        for a in posts:
            years.setdefault(self.front_date(a).year, []).append(a)
        parts = []
        for year, members in years.items():
            months: dict[int, list[CorpusArticle]] = {}
            for a in members:
                months.setdefault(self.front_date(a).month, []).append(a)
            inner = ""
            for month, items in months.items():
                label = EN_MONTHS[month - 1] if lang == "en" else f"tháng {month}"
                entries = "".join(
                    f'<div class="archive-entry"><h3 class="archive-entry-title entry-hint-parent">{tx(a.title)}</h3><div class="archive-meta">{self.meta_line(a)}</div>'
                    f'<a class="entry-link" aria-label="post link to {esc(a.title)}" href="{self.canonical_url(a)}"></a></div>'
                    for a in items
                )
                inner += f'<div class="archive-month"><h3 class="archive-month-header" id="{year}-{label.replace(" ", "-")}">{label}<sup class="archive-count">&nbsp;&nbsp;{len(items)}</sup></h3><div class="archive-posts">{entries}</div></div>'
            parts.append(
                f'<div class="archive-year"><h2 class="archive-year-header" id="{year}"><a class="archive-header-link" href="#{year}">{year}</a><sup class="archive-count">&nbsp;&nbsp;{len(members)}</sup></h2>{inner}</div>'
            )
        other = "en" if lang == "vi" else "vi"
        head = self.head(
            lang,
            f"{s['archives']} | {SITE[lang]}",
            s["archives"],
            self.abs(path),
            [(lang, self.abs(path)), (other, self.abs(PAGES[other]["archives"]))],
        )
        main = f'<header class="page-header"><h1>{s["archives"]}</h1></header>' + "".join(parts)
        self.add(path, self.html_page(self.page(head, lang, main, "archives", self.abs(PAGES[other]["archives"]))))

    def search_page(self, lang: str) -> None:
        s = I18N[lang]
        path = PAGES[lang]["search"]
        other = "en" if lang == "vi" else "vi"
        head = self.head(
            lang,
            f"{s['search']} | {SITE[lang]}",
            s["search_description"],
            self.abs(path),
            [(lang, self.abs(path)), (other, self.abs(PAGES[other]["search"]))],
            robots="noindex, nofollow",
            extra='<script defer crossorigin="anonymous" src="/assets/js/search.f9d0ef7fb2a1b4d3a1c1b5f3f6c0c4e0.js"></script>',
        )
        main = (
            f'<header class="page-header"><h1>{s["search"]}&nbsp;<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="11" cy="11" r="8"></circle><line x1="21" y1="21" x2="16.65" y2="16.65"></line></svg></h1>'
            f'<div class="post-description">{s["search_description"]}</div></header>'
            f'<div id="searchbox"><input id="searchInput" autofocus placeholder="{s["search_placeholder"]}" aria-label="search" type="search" autocomplete="off" maxlength="64"><ul id="searchResults" aria-label="search results"></ul></div>'
        )
        self.add(path, self.html_page(self.page(head, lang, main, "search", self.abs(PAGES[other]["search"]))))

    def taxonomy_page(self, lang: str, taxonomy: str) -> None:
        terms = self.terms(lang, taxonomy)
        path = f"/{lang}/{taxonomy}/"
        title = taxonomy.capitalize()  # Hugo's automatic title: 'Categories', 'Tags' on the Vietnamese side too
        items = "".join(
            f'<li><a href="{self.abs(self.term_path(lang, taxonomy, name))}">{tx(titlecase(name))} <sup><strong><sup>{len(members)}</sup></strong></sup></a></li>'
            for name, members in sorted(terms.items(), key=lambda kv: kv[0].casefold())
        )
        other = "en" if lang == "vi" else "vi"
        head = self.head(
            lang,
            f"{title} | {SITE[lang]}",
            title,
            self.abs(path),
            [(lang, self.abs(path)), (other, self.abs(f"/{other}/{taxonomy}/"))],
            feed=self.abs(path + "index.xml"),
        )
        main = f'<header class="page-header"><h1>{title}</h1></header><ul class="terms-tags">{items}</ul>'
        self.add(
            path,
            self.html_page(
                self.page(
                    head,
                    lang,
                    main,
                    "categories" if taxonomy == "categories" else None,
                    self.abs(f"/{other}/{taxonomy}/"),
                )
            ),
        )
        self.add(path + "index.xml", self.xml(self.terms_rss(lang, taxonomy, title, terms)))
        for name, members in terms.items():
            base = self.term_path(lang, taxonomy, name)
            shown = [a for a in members if a.id not in self.hidden]
            trail = [(path, I18N[lang]["categories"] if taxonomy == "categories" else I18N[lang]["tags"])]
            self.list_pages(lang, base, titlecase(name), shown, trail=trail)
            self.add(base + "index.xml", self.xml(self.feed_xml(lang, titlecase(name), base, shown)))

    def alias(self, target: str, lang: str = "vi") -> str:
        """Hugo's alias.html."""
        return f'<!doctype html><html lang="{lang}"><head><title>{target}</title><link rel="canonical" href="{target}"><meta name="robots" content="noindex"><meta charset="utf-8"><meta http-equiv="refresh" content="0; url={target}"></head></html>'

    # ---- feeds, sitemaps, index.json ------------------------------------------------------------
    def feed_xml(self, lang: str, title: str, path: str, members: list[CorpusArticle]) -> str:
        site = SITE[lang]
        on = "" if title == site else f"{title} on "
        described = "" if title == site else f"in {title} "
        items = "".join(
            f"<item><title>{tx(a.title)}</title><link>{self.canonical_url(a)}</link><pubDate>{self.front_date(a):%a, %d %b %Y %H:%M:%S %z}</pubDate>"
            f"<guid>{self.canonical_url(a)}</guid><description><![CDATA[{self.content(a)}]]></description></item>"
            for a in members[:RSS_LIMIT]
        )
        built = (
            f"<lastBuildDate>{self.front_date(members[0]):%a, %d %b %Y %H:%M:%S %z}</lastBuildDate>" if members else ""
        )
        return (
            '<?xml version="1.0" encoding="utf-8" standalone="yes"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f"<title>{tx(on + site)}</title><link>{self.abs(path)}</link><description>Recent content {tx(described)}on {tx(site)}</description>"
            f"<generator>Hugo -- 0.125.7</generator><language>{lang}</language><copyright>© 2019-2025 {tx(site)}</copyright>{built}"
            f'<atom:link href="{self.abs(path)}index.xml" rel="self" type="application/rss+xml"/>{items}</channel></rss>'
        )

    def terms_rss(self, lang: str, taxonomy: str, title: str, terms: dict[str, list[CorpusArticle]]) -> str:
        site = SITE[lang]
        path = f"/{lang}/{taxonomy}/"
        items = "".join(
            f"<item><title>{tx(titlecase(name))}</title><link>{self.abs(self.term_path(lang, taxonomy, name))}</link>"
            f"<pubDate>{self.front_date(members[0]):%a, %d %b %Y %H:%M:%S %z}</pubDate><guid>{self.abs(self.term_path(lang, taxonomy, name))}</guid><description></description></item>"
            for name, members in terms.items()
        )
        return (
            '<?xml version="1.0" encoding="utf-8" standalone="yes"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f"<title>{title} on {tx(site)}</title><link>{self.abs(path)}</link><description>Recent content in {title} on {tx(site)}</description>"
            f'<generator>Hugo -- 0.125.7</generator><language>{lang}</language><atom:link href="{self.abs(path)}index.xml" rel="self" type="application/rss+xml"/>{items}</channel></rss>'
        )

    def sitemap_rows(self, lang: str) -> tuple[str, datetime]:
        rows: list[str] = []
        newest = max((self.lastmod(a) for a in self.articles if a.lang == lang), default=MIGRATION)

        def row(path: str, lastmod: datetime | None, alternates: Sequence[tuple[str, str]] = ()) -> None:
            stamp = f"<lastmod>{lastmod.isoformat(timespec='seconds')}</lastmod>" if lastmod else ""
            links = "".join(
                f'<xhtml:link rel="alternate" hreflang="{code}" href="{esc(href)}"/>' for code, href in alternates
            )
            rows.append(
                f"<url><loc>{esc(path if path.startswith('http') else self.abs(path))}</loc>{stamp}{links}</url>"
            )

        row(f"/{lang}/", newest, self.home_alternates(lang))
        for article in self.articles:
            if article.lang != lang:
                continue
            other = self.pairs.get(article.id)
            alternates = [(lang, self.canonical_url(article)), (other.lang, self.canonical_url(other))] if other else []
            row(self.canonical_url(article), self.lastmod(article), alternates)
        sections = ("tin-tuc", "thong-bao") if lang == "vi" else ("news",)
        for section in sections:
            members = [a for a in self.articles if a.lang == lang and self.section(a) == section]
            row(self.section_path(lang, section), max((self.lastmod(a) for a in members), default=None))
        for taxonomy in ("categories", "tags"):
            terms = self.terms(lang, taxonomy)
            row(f"/{lang}/{taxonomy}/", newest)
            for name, members in terms.items():
                row(self.term_path(lang, taxonomy, name), max(self.lastmod(a) for a in members))
        for key in ("about", "contact", "archives", "search"):
            row(PAGES[lang][key], MIGRATION)
        return "".join(rows), newest

    def index_json(self, lang: str) -> str:
        data = [
            {
                "title": a.title,
                "content": self.plain(a),
                "permalink": self.canonical_url(a),
                "summary": self.summary(a)[0],
            }
            for a in self.visible(lang)
        ]
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def robots(self) -> str:
        return (
            "User-agent: *\nDisallow: /admin/\nDisallow: /vi/tim-kiem/\nDisallow: /en/search/\n\n"
            f"Sitemap: {self.url('/sitemap.xml')}\n"
        )

    # ---- responses ----------------------------------------------------------------------------
    def html_page(self, text: str, status: int = 200) -> Response:
        return Response(status, text.encode("utf-8"), "text/html; charset=UTF-8", dict(NETLIFY))

    def xml(self, text: str) -> Response:
        return Response(200, text.encode("utf-8"), "application/xml", dict(NETLIFY))

    def not_found(self) -> Response:
        head = self.head("vi", f"404 Page not found | {SITE['vi']}", I18N["vi"]["not_found"], self.abs("/404.html"))
        main = '<div class="not-found">404</div>'
        return self.html_page(self.page(head, "vi", main, None, None, "list"), status=404)

    # ---- build --------------------------------------------------------------------------------
    def build(self) -> None:
        for article in self.articles:
            path = self.paths[article.id]
            self.add(path, self.html_page(self.article_page(article)))
            old = self.alias_path(article)
            if old:
                self.add(old, self.html_page(self.alias(self.canonical_url(article))))
            pdf = self.pdf_name(article)
            if pdf:
                self.add(path + pdf, self.pdf(pdf, article))
        for lang in ("vi", "en"):
            s = I18N[lang]
            posts = self.visible(lang)
            other_home = self.abs("/en/" if lang == "vi" else "/vi/")
            self.list_pages(lang, f"/{lang}/", SITE[lang], posts, intro=self.home_intro(lang), switch=other_home)
            self.add(f"/{lang}/index.xml", self.xml(self.feed_xml(lang, SITE[lang], f"/{lang}/", posts)))
            self.add(
                f"/{lang}/index.json",
                Response(200, self.index_json(lang).encode("utf-8"), "application/json", dict(NETLIFY)),
            )
            sections = (("tin-tuc", s["news"]), ("thong-bao", s["notices"])) if lang == "vi" else (("news", s["news"]),)
            for section, title in sections:
                members = [a for a in posts if self.section(a) == section]
                base = self.section_path(lang, section)
                self.list_pages(lang, base, title, members, active="notices" if section == "thong-bao" else "news")
                self.add(base + "index.xml", self.xml(self.feed_xml(lang, title, base, members)))
            for taxonomy in ("categories", "tags"):
                self.taxonomy_page(lang, taxonomy)
            self.archive_page(lang)
            self.search_page(lang)
            self.static_page(lang, "about", s["about"], ABOUT[lang])
            self.static_page(lang, "contact", s["contact"], CONTACT[lang])
            rows, newest = self.sitemap_rows(lang)
            self.add(
                f"/{lang}/sitemap.xml",
                self.xml(
                    '<?xml version="1.0" encoding="utf-8" standalone="yes"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
                    + rows
                    + "</urlset>"
                ),
            )
            self.newest[lang] = newest
        self.add(
            "/sitemap.xml",
            self.xml(
                '<?xml version="1.0" encoding="utf-8" standalone="yes"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(
                    f"<sitemap><loc>{self.abs(f'/{lang}/sitemap.xml')}</loc><lastmod>{self.newest[lang].isoformat(timespec='seconds')}</lastmod></sitemap>"
                    for lang in ("vi", "en")
                )
                + "</sitemapindex>"
            ),
        )
        self.add("/", Response(302, b"", "text/plain; charset=utf-8", {"Location": self.abs("/vi/"), **NETLIFY}))
        self.add("/index.html", self.html_page(self.alias(self.abs("/vi/"))))
        self.add("/404.html", self.not_found_page())
        self.add(
            "/robots.txt", Response(200, self.robots().encode("utf-8"), "text/plain; charset=UTF-8", dict(NETLIFY))
        )
        self.add(
            "/admin/",
            self.html_page(
                '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Quản trị nội dung | Bình đẳng giới Sóc Trăng</title>'
                '<script src="https://identity.netlify.com/v1/netlify-identity-widget.js"></script></head><body><script src="https://unpkg.com/decap-cms@^3.0.0/dist/decap-cms.js"></script></body></html>'
            ),
        )
        self.add(
            "/admin/config.yml",
            Response(
                200,
                (
                    "backend:\n  name: git-gateway\n  branch: main\nlocal_backend: false\nmedia_folder: static/images/uploads\npublic_folder: /images/uploads\n"
                    "i18n:\n  structure: multiple_files\n  locales: [vi, en]\n  default_locale: vi\n"
                    "collections:\n  - name: tin-tuc\n    label: Tin tức\n    folder: content/vi/tin-tuc\n    create: true\n    slug: '{{slug}}'\n"
                    "    fields:\n      - {label: Tiêu đề, name: title, widget: string}\n      - {label: Ngày đăng, name: date, widget: datetime}\n"
                    "      - {label: Sapo, name: description, widget: text, required: false}\n      - {label: Tác giả, name: author, widget: string, required: false}\n"
                    "      - {label: Chuyên mục, name: categories, widget: list}\n      - {label: Thẻ, name: tags, widget: list}\n      - {label: Ẩn khỏi danh sách, name: hidden, widget: boolean, default: false}\n"
                    "      - {label: Nội dung, name: body, widget: markdown}\n"
                ).encode(),
                "text/yaml; charset=UTF-8",
                dict(NETLIFY),
            ),
        )
        self.add(
            "/favicon.ico",
            Response(200, b"\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00\x20\x00", "image/x-icon", dict(NETLIFY)),
        )

    def not_found_page(self) -> Response:
        found = self.not_found()
        return Response(200, found.body, found.content_type, found.headers)

    # ---- requests the routes do not name ------------------------------------------------------------
    def lookup(self, path_qs: str) -> Response | None:
        found = self.routes.get(self.route_key(path_qs))
        if found is not None:
            return found
        parts = urlsplit(path_qs)
        return self.dynamic(parts.path, [])

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        path = path or "/"
        if path.endswith("/index.html"):
            return self.routes.get(self.route_key(path[: -len("index.html")]))
        if not path.endswith("/") and self.route_key(path + "/") in self.routes:
            return Response(301, b"", "text/plain; charset=utf-8", {"Location": path + "/", **NETLIFY})
        lower = path.lower()
        if lower.endswith((".jpg", ".jpeg", ".png")):
            return Response(200, TINY_JPEG, "image/jpeg", dict(NETLIFY))
        if lower.startswith("/assets/"):
            kind = "text/css; charset=UTF-8" if lower.endswith(".css") else "application/javascript; charset=UTF-8"
            return Response(200, b"/* PaperMod */", kind, dict(NETLIFY))
        return None
