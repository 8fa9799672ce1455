"""WordPress 6 + Yoast SEO, the way a provincial Women's Union runs it: an agency theme built on _s,
Jetpack sharing, Post Views Counter, the AMP plugin (reader mode) and Ultimate Category Excluder.

Permalinks are /%postname%/; every page links with absolute URLs. Yoast writes the canonical, Open Graph,
a JSON-LD @graph with UTC dates and split XML sitemaps. Posts filed in 'Tư liệu' (old posts kept from the
previous site) are excluded from the front page, archives, search and feeds by the category excluder, so only
Yoast's sitemaps still list them; posts in 'Thông báo' are excluded from archives but not feeds, and from the
sitemap by id.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, quote_plus, unquote_plus

from ..corpus import CorpusArticle
from ..text import EN_MONTHS, MONTHS_VI, VN_TZ, When, ascii_slug, esc, stable_token
from .base import Response, Template

WP = "6.4.3"
YOAST = "21.9.1"
THEME = "hoiphunu"  # the agency's _s child theme
NOW = datetime(2025, 12, 1, 8, 30, tzinfo=VN_TZ)  # when the page cache was filled
SITE_TITLE_SEP = "-"
TAGLINE = "Đoàn kết &#8211; Sáng tạo &#8211; Bình đẳng &#8211; Phát triển"
TAGLINE_TEXT = "Đoàn kết – Sáng tạo – Bình đẳng – Phát triển"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

# WordPress accounts: login -> (display name, user id). Corpus bylines get an account of their own.
ACCOUNTS = {"admin": ("admin", 1), "bientap": ("Ban Biên tập", 2)}
# Categories that are not the portal's own sections: (slug, name, term id, in feeds, in sitemap)
HIDDEN = {
    "sitemap_only": ("tu-lieu", "Tư liệu", 31),
    "feed_only": ("thong-bao", "Thông báo", 33),
}
TAGS = (  # (tag name, what in the text earns it)
    ("bình đẳng giới", ("bình đẳng giới",)),
    ("bạo lực gia đình", ("bạo lực gia đình",)),
    ("Tháng hành động", ("tháng hành động vì bình đẳng giới",)),
    ("Dự án 8", ("dự án 8",)),
    ("Ban Vì sự tiến bộ của phụ nữ", ("vì sự tiến bộ của phụ nữ",)),
    ("khởi nghiệp", ("khởi nghiệp",)),
    ("mua bán người", ("mua bán người",)),
    ("cán bộ nữ", ("cán bộ nữ", "nữ cán bộ")),
    ("chuyển đổi số", ("chuyển đổi số",)),
    ("trẻ em", ("trẻ em",)),
    ("Nho Quan", ("nho quan",)),
    ("Kim Sơn", ("kim sơn",)),
    ("gender equality", ("gender equality",)),
    ("Women's Union", ("women's union",)),
)
PAGES = (  # WordPress pages: (path, title, published, modified, paragraphs)
    (
        "/gioi-thieu/",
        "Giới thiệu chung",
        "2020-06-15T09:12:40",
        "2024-02-20T10:02:11",
        (
            "Hội Liên hiệp Phụ nữ tỉnh Ninh Bình là tổ chức chính trị - xã hội đại diện cho quyền và lợi ích hợp pháp, chính đáng của các tầng lớp phụ nữ trong tỉnh; là thành viên của Mặt trận Tổ quốc Việt Nam tỉnh, chịu sự lãnh đạo của Tỉnh ủy và sự chỉ đạo về chuyên môn, nghiệp vụ của Trung ương Hội Liên hiệp Phụ nữ Việt Nam.",
            "Hệ thống tổ chức Hội gồm 4 cấp: cấp tỉnh, cấp huyện và tương đương, cấp cơ sở và chi hội. Toàn tỉnh hiện có hơn 190 nghìn hội viên, sinh hoạt tại các chi hội phụ nữ ở thôn, xóm, tổ dân phố và các cơ quan, doanh nghiệp.",
        ),
    ),
    (
        "/gioi-thieu/chuc-nang-nhiem-vu/",
        "Chức năng, nhiệm vụ",
        "2020-06-15T09:20:03",
        "2020-06-15T09:20:03",
        (
            "Hội Liên hiệp Phụ nữ tỉnh có chức năng đại diện, chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của phụ nữ; đoàn kết, vận động phụ nữ thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
            "Nhiệm vụ của Hội gồm: tuyên truyền, giáo dục, vận động hội viên; tham gia xây dựng và giám sát việc thực hiện chính sách, pháp luật liên quan đến phụ nữ, trẻ em và bình đẳng giới; hỗ trợ phụ nữ phát triển kinh tế, xây dựng gia đình hạnh phúc; xây dựng tổ chức Hội vững mạnh.",
        ),
    ),
    (
        "/gioi-thieu/co-cau-to-chuc/",
        "Cơ cấu tổ chức",
        "2020-06-15T09:31:55",
        "2025-07-04T15:40:00",
        (
            "Ban Chấp hành Hội LHPN tỉnh khóa XIII, nhiệm kỳ 2021-2026 gồm 35 ủy viên; Ban Thường vụ gồm 9 đồng chí, Thường trực gồm Chủ tịch và 2 Phó Chủ tịch.",
            "Cơ quan chuyên trách gồm: Văn phòng; Ban Tổ chức - Kiểm tra; Ban Tuyên giáo - Chính sách luật pháp; Ban Gia đình - Xã hội; Ban Hỗ trợ phụ nữ phát triển kinh tế. Đơn vị trực thuộc: Trung tâm Hỗ trợ phụ nữ tỉnh.",
        ),
    ),
    (
        "/thu-vien-anh/",
        "Thư viện ảnh",
        "2020-07-02T14:05:18",
        "2024-10-21T08:50:31",
        ("Một số hình ảnh hoạt động của các cấp Hội Liên hiệp Phụ nữ tỉnh Ninh Bình.",),
    ),
    (
        "/van-ban/",
        "Văn bản",
        "2020-06-16T08:45:00",
        "2025-01-09T16:20:45",
        ("Văn bản chỉ đạo, hướng dẫn của Ban Thường vụ Hội LHPN tỉnh.",),
    ),
    (
        "/lien-he/",
        "Liên hệ",
        "2020-06-15T10:02:27",
        "2023-05-11T09:00:12",
        (
            "Mọi ý kiến đóng góp, phản ánh xin gửi về Văn phòng Hội LHPN tỉnh Ninh Bình theo địa chỉ dưới đây hoặc điền vào mẫu liên hệ.",
        ),
    ),
)
PAGE_IDS = {
    "/gioi-thieu/": 14,
    "/gioi-thieu/chuc-nang-nhiem-vu/": 16,
    "/gioi-thieu/co-cau-to-chuc/": 18,
    "/thu-vien-anh/": 22,
    "/van-ban/": 25,
    "/lien-he/": 27,
}
DOCS = (  # the 'Văn bản' page: (number, date, summary, upload folder)
    (
        "02/KH-BTV",
        "08/01/2025",
        "Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025",
        "2025/01",
    ),
    (
        "41/HD-BTV",
        "22/10/2024",
        "Hướng dẫn tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2024",
        "2024/10",
    ),
    ("17/KH-BTV", "15/03/2024", "Kế hoạch triển khai Dự án 8 năm 2024", "2024/03"),
    ("05/CTr-BTV", "12/01/2023", "Chương trình công tác Hội và phong trào phụ nữ năm 2023", "2023/01"),
)
COMMENTS = (  # reader comments under older posts: (name, text)
    ("Nguyễn Thị Hằng", "Bài viết rất ý nghĩa. Mong Hội tiếp tục tổ chức nhiều hoạt động như thế này ở cơ sở."),
    ("Phạm Văn Toàn", "Cho tôi hỏi muốn liên hệ với tổ tư vấn của xã thì gọi số nào ạ?"),
    ("Lê Thu Trang", "Cảm ơn Ban biên tập đã đưa tin. Chi hội chúng tôi cũng đang làm mô hình tương tự."),
    ("Đinh Thị Mến", "Hay quá, chúc chị em ngày càng mạnh dạn hơn!"),
)
GALLERY = {  # captions of the post whose body carries a photo gallery
    "wordpress-ninhbinh-hlhpn-005": (
        "Phụ nữ xã Cúc Phương sinh hoạt câu lạc bộ “Thủ lĩnh của sự thay đổi”",
        "Tiểu phẩm tuyên truyền xóa bỏ định kiến giới bằng tiếng Mường",
        "Cán bộ Hội huyện Nho Quan trao đổi với hội viên tại nhà văn hóa thôn",
        "Các em học sinh tham gia diễn đàn trẻ em",
    ),
}
GENERIC_GALLERY = (
    "Quang cảnh buổi sinh hoạt",
    "Các đại biểu tham dự chương trình",
    "Hội viên tham gia hoạt động",
    "Trao quà cho hội viên",
)
CAPTIONS = (
    "Quang cảnh hội nghị.",
    "Đại biểu tham dự chương trình.",
    "Lãnh đạo Hội LHPN tỉnh phát biểu tại buổi làm việc.",
    "Hội viên phụ nữ tham gia hoạt động.",
)
CAPTIONS_EN = (
    "An overview of the event.",
    "Delegates at the ceremony.",
    "Leaders of the provincial Women's Union at the meeting.",
    "Members taking part in the activity.",
)
RELATED_LIMIT = 4


@dataclass
class Term:
    """A category or tag: WordPress term id, slug path and name; parent for sub-categories."""

    id: int
    path: str  # 'binh-dang-gioi' or 'binh-dang-gioi/phong-chong-bao-luc-gia-dinh' (categories), slug (tags)
    name: str
    taxonomy: str = "category"
    parent: "Term | None" = None
    lang: str = "vi"
    hidden: bool = False
    spec_slug: str | None = None

    @property
    def slug(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def url_path(self) -> str:
        return f"/{'category' if self.taxonomy == 'category' else 'tag'}/{self.path}/"


@dataclass
class Post:
    """A corpus article as WordPress stores it."""

    article: CorpusArticle
    id: int
    slug: str
    login: str
    cats: list[Term]
    tags: list[Term] = field(default_factory=list)
    comments: list[tuple[int, str, str, datetime]] = field(default_factory=list)
    image: str = ""

    @property
    def path(self) -> str:
        return f"/{self.slug}/"

    @property
    def en(self) -> bool:
        return self.article.lang == "en"


class WpYoast(Template):
    sitemap_path = "/sitemap_index.xml"
    feed_path = "/feed/"
    related_count = RELATED_LIMIT

    # ---- model ------------------------------------------------------------------------------
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.host = self.base.split("://", 1)[1]
        self.cats: dict[str, Term] = {}
        self.terms_by_spec: dict[str, Term] = {}
        next_id = 3
        for category in self.spec.categories:
            path = category.key
            parent = self.cats.get(path.rsplit("/", 1)[0]) if "/" in path else None
            term = Term(next_id, path, category.name, parent=parent, lang=category.lang, spec_slug=category.slug)
            next_id += 2 if parent is None else 1
            self.cats[path] = term
            self.terms_by_spec[category.slug] = term
        self.hidden_terms = {access: Term(tid, slug, name, hidden=True) for access, (slug, name, tid) in HIDDEN.items()}
        for term in self.hidden_terms.values():
            self.cats[term.path] = term
        self.tags: dict[str, Term] = {}
        for n, (name, _) in enumerate(TAGS):
            self.tags[self.tag_slug(name)] = Term(40 + n * 3, self.tag_slug(name), name, taxonomy="post_tag")
        self.accounts = dict(ACCOUNTS)
        self.posts: dict[str, Post] = {}
        slugs: set[str] = {p.strip("/").split("/")[0] for p, *_ in PAGES}
        for article in sorted(self.articles, key=lambda a: (self.when[a.id].at, a.id)):
            slug = self.make_slug(article.title)
            while slug in slugs:
                slug = slug + "-2" if not re.search(r"-\d$", slug) else slug[:-1] + str(int(slug[-1]) + 1)
            slugs.add(slug)
            post = Post(article, self.post_id(article), slug, self.account(article), self.post_categories(article))
            text = f"{article.title} {article.body}".casefold()
            post.tags = [self.tags[self.tag_slug(name)] for name, needles in TAGS if any(n in text for n in needles)][
                :4
            ]
            post.image = self.upload(article, "jpg")
            self.posts[article.id] = post
        for post in self.posts.values():
            post.comments = self.make_comments(post)
        self.page_size_wp = self.posts_per_page()
        # One post carries a photo gallery: the one captioned in GALLERY, else the first long-enough fifth post.
        self.gallery_post = next((a.id for a in self.articles if a.id in GALLERY), None) or next(
            (a.id for a in reversed(self.articles) if a.number % 5 == 0 and len(a.paragraphs) >= 3 and a.lang == "vi"),
            None,
        )

    def make_slug(self, title: str) -> str:
        """WordPress's sanitize_title (accents removed), cut at a word the way the editors shorten long ones."""
        slug = ascii_slug(re.sub(r"['’]", "", title))
        if len(slug) <= 90:
            return slug
        return slug[:90].rsplit("-", 1)[0]

    @staticmethod
    def tag_slug(name: str) -> str:
        return ascii_slug(re.sub(r"['’]", "", name))

    def post_id(self, article: CorpusArticle) -> int:
        """wp_posts ids: revisions and attachments take the numbers in between."""
        return self.spec.article_id_base + article.number * 9 + (article.number * 5) % 7

    def account(self, article: CorpusArticle) -> str:
        """Bylined writers post under their own account; everything else under the editors' or the old admin one."""
        if article.author and article.author_style == "byline":
            login = ascii_slug(article.author).replace("-", "")
            if login not in self.accounts:
                self.accounts[login] = (article.author, 3 + len(self.accounts))
            return login
        return "admin" if self.when[article.id].at.year <= 2019 else "bientap"

    def post_categories(self, article: CorpusArticle) -> list[Term]:
        """Own category, plus the gender-equality one for on-topic posts filed elsewhere; hidden ones alone."""
        hidden = self.hidden_terms.get(self.access(article))
        if hidden:
            return [hidden]
        own = self.terms_by_spec[article.category]
        main = self.terms_by_spec[self.spec.main_category]
        cats = [own]
        if article.on_topic and article.lang == "vi" and own is not main and own.parent is not main:
            cats.append(main)
        return cats

    def make_comments(self, post: Post) -> list[tuple[int, str, str, datetime]]:
        """A couple of reader comments under some listed posts of the years comments were open."""
        a = post.article
        if self.access(a) != "normal" or self.when[a.id].at.year > 2022 or a.number % 3 or post.en:
            return []
        out = []
        for i in range(1 + a.number % 2):
            name, text = COMMENTS[(a.number + i) % len(COMMENTS)]
            at = (self.when[a.id].at + timedelta(days=2 + i)).replace(
                hour=9 + i * 5, minute=(a.number * 7 + i * 13) % 60, second=0
            )
            out.append((200 + a.number * 3 + i, name, text, at))
        return out

    def comments_open(self, post: Post) -> bool:
        return self.when[post.article.id].at.year <= 2022 and not post.en

    def upload(self, article: CorpusArticle, ext: str, n: int = 0) -> str:
        """Photos uploaded from Zalo keep its file names: /wp-content/uploads/YYYY/MM/z<digits>_<hex>.jpg."""
        at = self.when[article.id].at
        digits = str(4_100_000_000_000 + article.number * 7_919_113 + n * 104_729 + at.toordinal())
        return f"/wp-content/uploads/{at:%Y/%m}/z{digits}_{stable_token(article.id + str(n), 32)}.{ext}"

    # ---- what lists what --------------------------------------------------------------------
    def visible(self) -> list[Post]:
        """Posts the category excluder lets through to the front page, archives and search (newest first)."""
        return [self.posts[a.id] for a in self.articles if self.access(a) == "normal"]

    def front(self) -> list[Post]:
        """The front page loop: the theme's pre_get_posts keeps the English category off it."""
        return [p for p in self.visible() if not p.en]

    def in_category(self, term: Term) -> list[Post]:
        """A category archive holds its children's posts too, as WordPress does."""
        return [p for p in self.visible() if any(c is term or c.parent is term for c in p.cats)]

    def term_count(self, term: Term) -> int:
        """The count WordPress keeps on the term: every published post, excluded or not."""
        return sum(1 for p in self.posts.values() if term in p.cats or term in p.tags)

    def posts_per_page(self) -> int:
        """Settings > Reading: small enough that the gender-equality category runs four pages and the front five."""
        main = len(self.in_category(self.terms_by_spec[self.spec.main_category]))
        front = len(self.front())
        for size in range(max(1, self.spec.page_size), 0, -1):
            if math.ceil(main / size) >= 4 and math.ceil(front / size) >= 5:
                return size
        return 1

    def pages_of(self, posts: list[Post]) -> list[list[Post]]:
        size = self.page_size_wp
        return [posts[i : i + size] for i in range(0, len(posts), size)] or [[]]

    def related_posts(self, post: Post) -> list[Post]:
        """'Bài viết liên quan': the newest other listed posts of the post's first category."""
        pool = [p for p in self.in_category(post.cats[0]) if p is not post] if not post.cats[0].hidden else []
        return pool[:RELATED_LIMIT]

    def adjacent(self, post: Post) -> tuple[Post | None, Post | None]:
        """previous_post_link/next_post_link with in_same_term: posts sharing a category, by date."""
        pool = sorted(
            (p for p in self.posts.values() if set(map(id, p.cats)) & set(map(id, post.cats))),
            key=lambda p: (self.when[p.article.id].at, p.id),
        )
        i = pool.index(post)
        return (pool[i - 1] if i > 0 else None), (pool[i + 1] if i + 1 < len(pool) else None)

    # ---- URLs and dates -----------------------------------------------------------------------
    def article_path(self, article: CorpusArticle) -> str:
        return self.posts[article.id].path

    def abs(self, path: str) -> str:
        return self.base + path

    def author_path(self, login: str) -> str:
        return f"/author/{login}/"

    def paged(self, base_path: str, n: int) -> str:
        return base_path if n <= 1 else f"{base_path}page/{n}/"

    def local_iso(self, when: When) -> str:
        return when.machine()

    def utc_iso(self, when: When) -> str:
        """Yoast prints post_date_gmt: UTC with +00:00 (a date-only value stays a date)."""
        return when.at.astimezone(UTC).isoformat(timespec="seconds") if when.has_time else when.at.date().isoformat()

    def gmt_rfc(self, when: When) -> str:
        return when.at.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")

    def modified(self, post: Post) -> When:
        a = post.article
        return When.parse(a.modified) if a.modified else self.when[a.id]

    @staticmethod
    def vi_long(at: datetime) -> str:
        """date_format 'F j, Y' left at the default, rendered with the Vietnamese month names."""
        return f"{MONTHS_VI[at.month - 1]} {at.day}, {at.year}"

    @staticmethod
    def en_long(at: datetime) -> str:
        return f"{EN_MONTHS[at.month - 1]} {at.day}, {at.year}"

    @staticmethod
    def ago(at: datetime) -> str:
        """human_time_diff() in Vietnamese, as the AMP reader template prints the date."""
        days = max(0, (NOW - at).days)
        if days >= 365:
            return f"{days // 365} năm trước"
        if days >= 30:
            return f"{days // 30} tháng trước"
        if days >= 7:
            return f"{days // 7} tuần trước"
        return f"{max(days, 1)} ngày trước"

    def day_path(self, at: datetime) -> str:
        return f"/{at:%Y/%m/%d}/"

    # ---- robots, headers --------------------------------------------------------------------
    def robots(self) -> str:
        return (
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            f"Sitemap: {self.abs('/sitemap_index.xml')}\n"
        )

    def wp_html(self, text: str, status: int = 200, links: tuple[str, ...] = ()) -> Response:
        response = super().html(text, status)
        response.headers["X-Powered-By"] = "PHP/7.4.33"
        response.headers["Link"] = ", ".join((f'<{self.abs("/wp-json/")}>; rel="https://api.w.org/"', *links))
        return response

    def not_found(self) -> Response:
        main = f"""<section class="error-404 not-found">
	<header class="page-header"><h1 class="page-title">Rất tiếc! Không thể tìm thấy trang này.</h1></header>
	<div class="page-content">
		<p>Có vẻ như không có gì được tìm thấy ở vị trí này. Có thể thử tìm kiếm?</p>
		{self.search_form()}
	</div>
</section>"""
        head = '<title>Không tìm thấy trang - Hội Liên hiệp Phụ nữ tỉnh Ninh Bình</title>\n\t<meta property="og:locale" content="vi_VN" />\n\t<meta property="og:title" content="Không tìm thấy trang - Hội Liên hiệp Phụ nữ tỉnh Ninh Bình" />'
        return self.wp_html(self.page(head, "error404 hfeed", main, robots="noindex, follow"), status=404)

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/robots.txt", self.text(self.robots()))
        front = self.pages_of(self.front())
        for n, items in enumerate(front, start=1):
            self.add(self.paged("/", n), self.wp_html(self.home_page(items, n, len(front))))
        for term in self.cats.values():
            self.add_archive(term.url_path, self.in_category(term), "category", term)
            self.add(f"{term.url_path}feed/", self.feed(self.in_category(term) if not term.hidden else [], term))
        for term in self.tags.values():
            if self.term_count(term):
                self.add_archive(term.url_path, [p for p in self.visible() if term in p.tags], "tag", term)
        for login in self.accounts:
            mine = [p for p in self.visible() if p.login == login]
            if any(p.login == login for p in self.posts.values()):
                self.add_archive(self.author_path(login), mine, "author", login)
        self.add_date_archives()
        for post in self.posts.values():
            self.add(
                post.path,
                self.wp_html(
                    self.single(post),
                    links=(
                        f'<{self.abs(f"/wp-json/wp/v2/posts/{post.id}")}>; rel="alternate"; type="application/json"',
                        f"<{self.abs(f'/?p={post.id}')}>; rel=shortlink",
                    ),
                ),
            )
            self.add(f"{post.path}amp/", self.wp_html(self.amp(post)))
            self.add(f"{post.path}feed/", self.comment_feed(post))
            self.add(f"{post.path}embed/", self.wp_html(self.embed(post)))
            self.add(f"/wp-json/wp/v2/posts/{post.id}", self.json(self.rest_post(post)))
        for path, title, published, modified, paragraphs in PAGES:
            self.add(path, self.wp_html(self.static_page(path, title, published, modified, paragraphs)))
        for number, _, _, folder in DOCS:
            self.add(self.doc_path(number, folder), self.pdf(number))
        self.add(
            "/feed/", self.feed([p for p in self.posts.values() if self.access(p.article) != "sitemap_only"], None)
        )
        self.add("/comments/feed/", self.comments_feed())
        self.add_sitemaps()
        self.add("/wp-json/", self.json(self.rest_index()))
        self.add("/wp-login.php", self.wp_html(self.login_page()))
        self.add("/xmlrpc.php?rsd", Response(200, self.rsd().encode(), "text/xml; charset=UTF-8"))

    def add_archive(self, base_path: str, posts: list[Post], kind: str, subject) -> None:
        pages = self.pages_of(posts)
        for n, items in enumerate(pages, start=1):
            self.add(
                self.paged(base_path, n),
                self.wp_html(self.archive_page(base_path, items, n, len(pages), kind, subject)),
            )

    def add_date_archives(self) -> None:
        """Year, month and day archives of every date holding a listed post (empty ones are WordPress 404s)."""
        groups: dict[tuple, list[Post]] = {}
        for post in self.visible():
            at = self.when[post.article.id].at
            for key in ((at.year,), (at.year, at.month), (at.year, at.month, at.day)):
                groups.setdefault(key, []).append(post)
        for key, posts in groups.items():
            base_path = "/" + "/".join(f"{v:02d}" if i else str(v) for i, v in enumerate(key)) + "/"
            self.add_archive(base_path, posts, "date", key)

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """What WordPress's rewrite rules and redirect_canonical make of everything else."""
        q = dict(params)
        paged = re.fullmatch(r"(/.*?)page/(\d+)/?", path)
        if "s" in q and (path in ("/", "/index.php") or (paged and paged.group(1) == "/")):
            return self.wp_html(self.search_page(q["s"], int(paged.group(2)) if paged else 1))
        if path in ("/", "/index.php"):
            if q.get("p", "").isdigit() or q.get("page_id", "").isdigit():
                raw_id = q.get("p") or q.get("page_id")  # one of them is all digits, so never None here
                target = self.by_id(int(raw_id)) if raw_id is not None else None
                return self.redirect(target) if target else None
            if q.get("cat", "").isdigit():
                term = next((t for t in self.cats.values() if t.id == int(q["cat"])), None)
                return self.redirect(term.url_path) if term else None
            if "feed" in q:
                return self.redirect("/feed/")
            if path == "/index.php":
                return self.redirect("/")
        if path == "/wp-login.php":
            return self.routes[self.route_key("/wp-login.php")]
        if path.startswith("/wp-admin"):
            return Response(
                302,
                b"",
                "text/html; charset=UTF-8",
                {
                    "Location": self.abs(f"/wp-login.php?redirect_to={quote_plus(self.abs(path))}&reauth=1"),
                    "X-Powered-By": "PHP/7.4.33",
                },
            )
        if path in ("/wp-sitemap.xml", "/sitemap.xml"):
            return self.redirect("/sitemap_index.xml")
        if path == "/wp-json/oembed/1.0/embed":
            return self.oembed(q.get("url", ""), q.get("format", "json"))
        post = self.by_path(path)
        if post is not None:
            if q.get("replytocom", "").isdigit():
                comment = next((c for c in post.comments if c[0] == int(q["replytocom"])), None)
                return self.wp_html(self.single(post, reply_to=comment))
            if q.get("share") in ("facebook", "twitter"):
                return self.wp_html(self.share(post, q["share"]))
            if "amp" in q:
                return self.routes[self.route_key(post.path + "amp/")]
        if paged and paged.group(2) == "1":
            return self.redirect(paged.group(1))
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1] and self.route_key(path + "/") in self.routes:
            return self.redirect(path + "/")
        found = self.routes.get(self.route_key(path))
        return found if found is not None and found.status == 200 else None

    def by_path(self, path: str) -> Post | None:
        return next((p for p in self.posts.values() if p.path == path), None)

    def by_id(self, number: int) -> str | None:
        post = next((p for p in self.posts.values() if p.id == number), None)
        if post:
            return post.path
        return next((p for p, i in PAGE_IDS.items() if i == number), None)

    # ---- page chrome ------------------------------------------------------------------------
    def head_common(self, feeds: list[tuple[str, str]]) -> str:
        name = esc(self.spec.name)
        alternates = "".join(
            f'<link rel="alternate" type="application/rss+xml" title="{name} &raquo; {esc(t)}" href="{self.abs(h)}" />\n'
            for t, h in [("Dòng thông tin", "/feed/"), ("Dòng phản hồi", "/comments/feed/"), *feeds]
        )
        return f"""<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
{alternates}<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"http:\\/\\/{self.host}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={WP}"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);
</script>
<style id='wp-emoji-styles-inline-css'>
	img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{self.abs(f"/wp-includes/css/dist/block-library/style.min.css?ver={WP}")}' media='all' />
<style id='classic-theme-styles-inline-css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
<style id='global-styles-inline-css'>
body{{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--color--vivid-red: #cf2e2e;--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;}}.has-text-align-right{{text-align:right}}
</style>
<link rel='stylesheet' id='contact-form-7-css' href='{self.abs("/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=5.8.6")}' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='{self.abs("/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.3")}' media='all' />
<link rel='stylesheet' id='{THEME}-bootstrap-css' href='{self.abs(f"/wp-content/themes/{THEME}/assets/css/bootstrap.min.css?ver=4.6.2")}' media='all' />
<link rel='stylesheet' id='{THEME}-style-css' href='{self.abs(f"/wp-content/themes/{THEME}/style.css?ver=1.3.7")}' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{self.abs("/wp-content/plugins/jetpack/css/jetpack.css?ver=13.0")}' media='all' />
<script src="{self.abs("/wp-includes/js/jquery/jquery.min.js?ver=3.7.1")}" id="jquery-core-js"></script>
<script src="{self.abs("/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1")}" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{self.abs("/wp-json/")}" />"""

    def head_tail(self) -> str:
        return f"""<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.abs("/xmlrpc.php?rsd")}" />
<meta name="generator" content="WordPress {WP}" />
	<style>img#wpstats{{display:none}}</style>
		<link rel="icon" href="{self.abs("/wp-content/uploads/2020/06/cropped-logo-hoi-32x32.png")}" sizes="32x32" />
<link rel="icon" href="{self.abs("/wp-content/uploads/2020/06/cropped-logo-hoi-192x192.png")}" sizes="192x192" />
<link rel="apple-touch-icon" href="{self.abs("/wp-content/uploads/2020/06/cropped-logo-hoi-180x180.png")}" />"""

    def page(
        self,
        yoast: str,
        body_class: str,
        main: str,
        *,
        robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
        feeds: list[tuple[str, str]] | None = None,
        extra_head: str = "",
        current: str = "",
    ) -> str:
        """The _s-based theme: top bar, banner, menu, main column, sidebar widgets, footer."""
        return f"""<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">

	<meta name='robots' content='{robots}' />

	<!-- This site is optimized with the Yoast SEO plugin v{YOAST} - https://yoast.com/wordpress/plugins/seo/ -->
	{yoast}
	<!-- / Yoast SEO plugin. -->


{self.head_common(feeds or [])}
{extra_head}{self.head_tail()}
</head>

<body class="{body_class} wp-embed-responsive">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>

	<div class="top-bar">
		<div class="container">
			<span class="top-date"><i class="fa fa-calendar"></i> {WEEKDAYS[NOW.weekday()]}, {NOW:%d/%m/%Y}</span>
			<span class="top-hotline"><i class="fa fa-phone"></i> Đường dây nóng hỗ trợ phụ nữ: 0229.3871.519</span>
			<span class="top-lang"><a href="{self.abs("/")}"><img src="{self.abs(f"/wp-content/themes/{THEME}/assets/images/vi.png")}" alt="Tiếng Việt" width="20" height="14"></a> <a href="{self.abs(self.en_path())}"><img src="{self.abs(f"/wp-content/themes/{THEME}/assets/images/en.png")}" alt="English" width="20" height="14"></a></span>
		</div>
	</div>
	<header id="masthead" class="site-header">
		<div class="site-branding container">
			<a href="{self.abs("/")}" class="custom-logo-link" rel="home"><img width="1140" height="150" src="{self.abs("/wp-content/uploads/2020/06/banner-hoi-lhpn-ninh-binh.png")}" class="custom-logo" alt="{esc(self.spec.name)}" decoding="async" /></a>
			<p class="site-title screen-reader-text"><a href="{self.abs("/")}" rel="home">{esc(self.spec.name)}</a></p>
			<p class="site-description">{TAGLINE}</p>
		</div><!-- .site-branding -->

		<nav id="site-navigation" class="main-navigation navbar">
			<div class="container">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<div class="menu-menu-chinh-container">{self.menu(current)}</div>
			</div>
		</nav><!-- #site-navigation -->
	</header><!-- #masthead -->

	<div id="content" class="site-content container">
		<div class="row">
		<div id="primary" class="content-area col-md-8">
{main}
		</div><!-- #primary -->

{self.sidebar()}
		</div>
	</div><!-- #content -->

{self.footer()}
</div><!-- #page -->

<script src="{self.abs("/wp-content/plugins/contact-form-7/includes/swv/js/index.js?ver=5.8.6")}" id="swv-js"></script>
<script src="{self.abs(f"/wp-content/themes/{THEME}/js/navigation.js?ver=1.3.7")}" id="{THEME}-navigation-js"></script>
<script src="https://stats.wp.com/e-202548.js" id="jetpack-stats-js" data-wp-strategy="defer"></script>
<script id="jetpack-stats-js-after">
_stq = window._stq || [];
_stq.push([ "view", JSON.parse("{{\\"v\\":\\"ext\\",\\"blog\\":\\"181204417\\",\\"post\\":\\"0\\",\\"tz\\":\\"7\\",\\"srv\\":\\"{self.host}\\"}}") ]);
_stq.push([ "clickTrackerInit", "181204417", "0" ]);
</script>

</body>
</html>
<!-- Dynamic page generated in 0.412 seconds. -->
<!-- Cached page generated by WP-Super-Cache on {NOW:%Y-%m-%d %H:%M:%S} -->
"""

    def en_path(self) -> str:
        term = next((t for t in self.cats.values() if t.lang == "en"), None)
        return term.url_path if term else "/"

    def menu(self, current: str) -> str:
        """wp_nav_menu: Trang chủ, Giới thiệu (pages), the categories with their children, pages, English."""

        def item(n: int, href: str, text: str, kind: str, sub: str = "") -> str:
            classes = f"menu-item menu-item-type-{kind} menu-item-{n}"
            if sub:
                classes += " menu-item-has-children"
            if href == current:
                classes += " current-menu-item"
            aria = ' aria-current="page"' if href == current else ""
            inner = f'\n<ul class="sub-menu">\n{sub}</ul>\n' if sub else ""
            return f'<li id="menu-item-{n}" class="{classes}"><a href="{self.abs(href)}"{aria}>{esc(text)}</a>{inner}</li>\n'

        about = "".join(item(60 + i, p, t, "post_type menu-item-object-page") for i, (p, t, *_) in enumerate(PAGES[:3]))
        cats = ""
        for n, term in enumerate(t for t in self.cats.values() if not t.hidden and t.parent is None and t.lang == "vi"):
            children = "".join(
                item(80 + n * 5 + k, c.url_path, c.name, "taxonomy menu-item-object-category")
                for k, c in enumerate(c for c in self.cats.values() if c.parent is term)
            )
            cats += item(70 + n, term.url_path, term.name, "taxonomy menu-item-object-category", children)
        english = next((t for t in self.cats.values() if t.lang == "en"), None)
        en_item = item(95, english.url_path, "English", "taxonomy menu-item-object-category") if english else ""
        return (
            '<ul id="primary-menu" class="menu nav-menu">\n'
            + item(58, "/", "Trang chủ", "custom menu-item-object-custom menu-item-home")
            + item(59, "/gioi-thieu/", "Giới thiệu", "post_type menu-item-object-page", about)
            + cats
            + item(90, "/van-ban/", "Văn bản", "post_type menu-item-object-page")
            + item(91, "/thu-vien-anh/", "Thư viện ảnh", "post_type menu-item-object-page")
            + en_item
            + item(96, "/lien-he/", "Liên hệ", "post_type menu-item-object-page")
            + "</ul>"
        )

    def search_form(self, value: str = "") -> str:
        return (
            f'<form role="search" method="get" class="search-form" action="{self.abs("/")}">\n'
            f'\t\t\t\t<label>\n\t\t\t\t\t<span class="screen-reader-text">Tìm kiếm cho:</span>\n'
            f'\t\t\t\t\t<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="{esc(value)}" name="s" />\n'
            f'\t\t\t\t</label>\n\t\t\t\t<input type="submit" class="search-submit" value="Tìm kiếm" />\n\t\t\t</form>'
        )

    def sidebar(self) -> str:
        """Widgets: search, Bài viết mới, Chuyên mục (counts), Lưu trữ (months), Thẻ, links, statistics, Meta."""
        recent = "".join(
            f'<li>\n\t\t\t\t\t<a href="{self.abs(p.path)}">{esc(p.article.title)}</a>\n\t\t\t\t\t\t\t<span class="post-date">{self.when[p.article.id].dmy()}</span>\n\t\t\t\t\t</li>\n'
            for p in self.visible()[:5]
        )
        cats = ""
        for term in (t for t in self.cats.values() if not t.hidden and t.parent is None):
            kids = "".join(
                f'\t<li class="cat-item cat-item-{c.id}"><a href="{self.abs(c.url_path)}">{esc(c.name)}</a> ({self.term_count(c)})\n</li>\n'
                for c in self.cats.values()
                if c.parent is term
            )
            kids = f"\n<ul class='children'>\n{kids}</ul>\n" if kids else "\n"
            cats += f'\t<li class="cat-item cat-item-{term.id}"><a href="{self.abs(term.url_path)}">{esc(term.name)}</a> ({self.term_count(term)}){kids}</li>\n'
        months: dict[tuple[int, int], int] = {}
        for post in self.visible():
            at = self.when[post.article.id].at
            months[(at.year, at.month)] = months.get((at.year, at.month), 0) + 1
        archive = "".join(
            f"\t<li><a href='{self.abs(f'/{y}/{m:02d}/')}'>{MONTHS_VI[m - 1]} {y}</a>&nbsp;({c})</li>\n"
            for (y, m), c in sorted(months.items(), reverse=True)
        )
        tags = [t for t in self.tags.values() if self.term_count(t)]
        top = max((self.term_count(t) for t in tags), default=1)
        cloud = "\n".join(
            f'<a href="{self.abs(t.url_path)}" class="tag-cloud-link tag-link-{t.id} tag-link-position-{i}" style="font-size: {8 + 14 * (self.term_count(t) - 1) / max(1, top - 1):.1f}pt;" aria-label="{esc(t.name)} ({self.term_count(t)} mục)">{esc(t.name)}</a>'
            for i, t in enumerate(sorted(tags, key=lambda t: t.name), start=1)
        )
        return f"""		<aside id="secondary" class="widget-area col-md-4">
	<section id="search-2" class="widget widget_search">{self.search_form()}</section>
	<section id="recent-posts-2" class="widget widget_recent_entries">
		<h2 class="widget-title">Bài viết mới</h2>
		<ul>
{recent}		</ul>

		</section>
	<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2>
			<ul>
{cats}			</ul>

			</section>
	<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2>
			<ul>
{archive}			</ul>

			</section>
	<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2><div class="tagcloud">{cloud}</div>
</section>
	<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Liên kết website</h2><div class="textwidget custom-html-widget"><ul class="lien-ket">
<li><a href="https://hoilhpn.org.vn/" target="_blank" rel="noopener">Hội LHPN Việt Nam</a></li>
<li><a href="https://ninhbinh.gov.vn/" target="_blank" rel="noopener">Cổng TTĐT tỉnh Ninh Bình</a></li>
<li><a href="https://baoninhbinh.org.vn/" target="_blank" rel="noopener">Báo Ninh Bình</a></li>
<li><a href="https://phunuvietnam.vn/" target="_blank" rel="noopener">Báo Phụ nữ Việt Nam</a></li>
</ul>
<p><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener"><img loading="lazy" decoding="async" src="{self.abs("/wp-content/uploads/2020/07/banner-dvc.jpg")}" alt="Cổng Dịch vụ công quốc gia" width="300" height="90"></a></p></div></section>
	<section id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h2 class="widget-title">Thống kê truy cập</h2><ul>
<li><label>Đang truy cập:&nbsp;</label>14</li>
<li><label>Truy cập hôm nay:&nbsp;</label>386</li>
<li><label>Truy cập hôm qua:&nbsp;</label>1.024</li>
<li><label>Tổng lượt truy cập:&nbsp;</label>2.318.406</li>
</ul></section>
	<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2>
		<ul>
						<li><a href="{self.abs("/wp-login.php")}">Đăng nhập</a></li>
			<li><a href="{self.abs("/feed/")}">Đăng ký mục nhập</a></li>
			<li><a href="{self.abs("/comments/feed/")}">Đăng ký phản hồi</a></li>

			<li><a href="https://vi.wordpress.org/">WordPress.org</a></li>
		</ul>

		</section>
		</aside><!-- #secondary -->"""

    def footer(self) -> str:
        return f"""	<footer id="colophon" class="site-footer">
		<div class="footer-widgets container">
			<div class="row">
				<div class="col-md-8 footer-info">
					<p class="footer-name"><strong>{esc(self.spec.name.upper())}</strong></p>
					<p>Cơ quan chủ quản: {esc(self.spec.owner)}</p>
					<p>Chịu trách nhiệm chính: Chủ tịch Hội LHPN tỉnh Ninh Bình</p>
					<p>{esc(self.spec.license)}</p>
					<p>Địa chỉ: {esc(self.spec.address)}</p>
					<p>Điện thoại: 0229.3871.519 &#8211; Email: hoiphunu@ninhbinh.gov.vn</p>
				</div>
				<div class="col-md-4 footer-fanpage"><div class="fb-page" data-href="https://www.facebook.com/hoilhpnninhbinh" data-tabs="" data-width="" data-height="" data-small-header="false"></div></div>
			</div>
		</div>
		<div class="site-info container">
			&copy; 2020 - {NOW.year} {esc(self.spec.name)}. Ghi rõ nguồn &#8220;Hội LHPN tỉnh Ninh Bình&#8221; khi phát hành lại thông tin từ website này.
			<span class="sep"> | </span>
			<a href="https://vi.wordpress.org/">Vận hành bởi WordPress</a>
			<span class="sep"> | </span>
			<a href="{self.abs("/wp-admin/")}" rel="nofollow">Quản trị</a>
		</div><!-- .site-info -->
	</footer><!-- #colophon -->"""

    # ---- Yoast ------------------------------------------------------------------------------
    def person_id(self, login: str) -> str:
        return self.abs(f"/#/schema/person/{stable_token(login, 32)}")

    def graph_common(self) -> list[dict]:
        name = self.spec.name
        return [
            {
                "@type": "WebSite",
                "@id": self.abs("/#website"),
                "url": self.abs("/"),
                "name": name,
                "description": TAGLINE_TEXT,
                "publisher": {"@id": self.abs("/#organization")},
                "potentialAction": [
                    {
                        "@type": "SearchAction",
                        "target": {"@type": "EntryPoint", "urlTemplate": self.abs("/?s={search_term_string}")},
                        "query-input": "required name=search_term_string",
                    }
                ],
                "inLanguage": "vi",
            },
            {
                "@type": "Organization",
                "@id": self.abs("/#organization"),
                "name": name,
                "url": self.abs("/"),
                "logo": {
                    "@type": "ImageObject",
                    "inLanguage": "vi",
                    "@id": self.abs("/#/schema/logo/image/"),
                    "url": self.abs("/wp-content/uploads/2020/06/logo-hoi.png"),
                    "contentUrl": self.abs("/wp-content/uploads/2020/06/logo-hoi.png"),
                    "width": 512,
                    "height": 512,
                    "caption": name,
                },
                "image": {"@id": self.abs("/#/schema/logo/image/")},
                "sameAs": ["https://www.facebook.com/hoilhpnninhbinh"],
            },
        ]

    def schema(self, pieces: list[dict]) -> str:
        data = {"@context": "https://schema.org", "@graph": pieces + self.graph_common()}
        return f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(data, ensure_ascii=False, separators=(",", ":"))}</script>'

    def breadcrumb_schema(self, url: str, crumbs: Sequence[tuple[str, str | None]]) -> dict:
        items = []
        for i, (name, href) in enumerate(crumbs, start=1):
            item = {"@type": "ListItem", "position": i, "name": name}
            if href:
                item["item"] = self.abs(href)
            items.append(item)
        return {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": items}

    def breadcrumbs(self, crumbs: Sequence[tuple[str, str | None]]) -> str:
        parts = [
            f'<span><a href="{self.abs(h)}">{esc(n)}</a></span>'
            if h
            else f'<span class="breadcrumb_last" aria-current="page">{esc(n)}</span>'
            for n, h in crumbs
        ]
        return f'<p id="breadcrumbs"><span>{" » ".join(parts)}</span></p>'

    def yoast_archive(self, title: str, path: str, crumbs, n: int, pages: int, description: str = "") -> str:
        url = self.abs(path)
        prev = f'\n\t<link rel="prev" href="{self.abs(self.paged(path.split("page/")[0], n - 1))}" />' if n > 1 else ""
        nxt = (
            f'\n\t<link rel="next" href="{self.abs(self.paged(path.split("page/")[0], n + 1))}" />' if n < pages else ""
        )
        page_part = f" {SITE_TITLE_SEP} Trang {n} trên {pages}" if n > 1 else ""
        full = f"{title}{page_part} {SITE_TITLE_SEP} {self.spec.name}"
        desc = f'\n\t<meta name="description" content="{esc(description)}" />' if description else ""
        graph = self.schema(
            [
                {
                    "@type": "CollectionPage",
                    "@id": url,
                    "url": url,
                    "name": full,
                    "isPartOf": {"@id": self.abs("/#website")},
                    "breadcrumb": {"@id": f"{url}#breadcrumb"},
                    "inLanguage": "vi",
                },
                self.breadcrumb_schema(url, crumbs),
            ]
        )
        return f"""<title>{esc(full)}</title>{desc}
	<link rel="canonical" href="{url}" />{prev}{nxt}
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="website" />
	<meta property="og:title" content="{esc(full)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{esc(self.spec.name)}" />
	<meta name="twitter:card" content="summary_large_image" />
	{graph}"""

    # ---- listings ---------------------------------------------------------------------------
    def post_teaser(self, post: Post, heading: str = "h2") -> str:
        """One post in a loop: thumbnail, title, date (linked to the day archive), first category, excerpt."""
        a = post.article
        at = self.when[a.id].at
        if post.en:
            date = f'<span class="posted-on">Posted on: <a href="{self.abs(self.day_path(at))}"><time class="entry-date published" datetime="{self.local_iso(self.when[a.id])}">{self.en_long(at)}</time></a></span>'
            more = "Read more"
        else:
            date = f'<span class="posted-on"><i class="fa fa-calendar"></i> <a href="{self.abs(self.day_path(at))}"><time class="entry-date published" datetime="{self.local_iso(self.when[a.id])}">{at:%d/%m/%Y}</time></a></span>'
            more = "Xem thêm"
        cat = post.cats[0]
        words = (a.lead or a.paragraphs[0]).split()
        excerpt = esc(" ".join(words[:40])) + (" [&hellip;]" if len(words) > 40 else "")
        classes = " ".join(
            [f"post-{post.id} post type-post status-publish format-standard has-post-thumbnail hentry"]
            + [f"category-{c.slug}" for c in post.cats]
            + [f"tag-{t.slug}" for t in post.tags]
        )
        return f"""<article id="post-{post.id}" class="{classes}">
	<div class="row">
	<div class="col-sm-4">
		<a class="post-thumbnail" href="{self.abs(post.path)}" aria-hidden="true" tabindex="-1">
			<img width="300" height="200" src="{self.abs(post.image.replace(".jpg", "-300x200.jpg"))}" class="attachment-medium size-medium wp-post-image" alt="{esc(a.title)}" decoding="async" loading="lazy" />
		</a>
	</div>
	<div class="col-sm-8">
	<header class="entry-header">
		<{heading} class="entry-title"><a href="{self.abs(post.path)}" rel="bookmark">{esc(a.title)}</a></{heading}>
		<div class="entry-meta">
			{date} <span class="cat-links"><a href="{self.abs(cat.url_path)}">{esc(cat.name)}</a></span>
		</div><!-- .entry-meta -->
	</header><!-- .entry-header -->
	<div class="entry-summary">
		<p>{excerpt}</p>
	</div><!-- .entry-summary -->
	<a class="more-link" href="{self.abs(post.path)}">{more}<span class="screen-reader-text"> &#8220;{esc(a.title)}&#8221;</span></a>
	</div>
	</div>
</article><!-- #post-{post.id} -->
"""

    def paginate_links(self, base_path: str, current: int, total: int, query: str = "") -> str:
        """paginate_links(): end_size 1, mid_size 2, dots for the gaps, '« Trang trước' and 'Trang sau »'."""
        if total <= 1:
            return ""

        def href(n: int) -> str:
            return self.abs(self.paged(base_path, n)) + query

        out = []
        if current > 1:
            out.append(f'<a class="prev page-numbers" href="{href(current - 1)}">&laquo; Trang trước</a>')
        dots = False
        for n in range(1, total + 1):
            if n == current:
                out.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
                dots = True
            elif n <= 1 or current - 2 <= n <= current + 2 or n > total - 1:
                out.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
                dots = True
            elif dots:
                out.append('<span class="page-numbers dots">&hellip;</span>')
                dots = False
        if current < total:
            out.append(f'<a class="next page-numbers" href="{href(current + 1)}">Trang sau &raquo;</a>')
        return (
            '\n\t<nav class="navigation pagination" aria-label="Phân trang bài viết">\n\t\t<h2 class="screen-reader-text">Phân trang bài viết</h2>\n\t\t<div class="nav-links">'
            + "\n".join(out)
            + "</div>\n\t</nav>"
        )

    def posts_navigation(self, base_path: str, current: int, total: int) -> str:
        """the_posts_navigation(): older / newer only."""
        if total <= 1:
            return ""
        older = (
            f'<div class="nav-previous"><a href="{self.abs(self.paged(base_path, current + 1))}" >&laquo; Bài cũ hơn</a></div>'
            if current < total
            else ""
        )
        newer = (
            f'<div class="nav-next"><a href="{self.abs(self.paged(base_path, current - 1))}" >Bài mới hơn &raquo;</a></div>'
            if current > 1
            else ""
        )
        return (
            '\n\t<nav class="navigation posts-navigation" aria-label="Bài viết">\n\t\t<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n\t\t<div class="nav-links">'
            + older
            + newer
            + "</div>\n\t</nav>"
        )

    def home_page(self, items: list[Post], n: int, pages: int) -> str:
        path = self.paged("/", n)
        featured = ""
        if n == 1:
            picks = [p for p in self.front() if p.article.on_topic][:3] or self.front()[:3]
            slides = "".join(
                f'<div class="featured-item{" active" if i == 0 else ""}"><a href="{self.abs(p.path)}"><img width="750" height="420" src="{self.abs(p.image.replace(".jpg", "-750x420.jpg"))}" alt="{esc(p.article.title)}" loading="lazy" /></a>'
                f'<h3 class="featured-title"><a href="{self.abs(p.path)}">{esc(p.article.title)}</a></h3></div>\n'
                for i, p in enumerate(picks)
            )
            featured = f'<section class="home-featured"><h2 class="section-title"><span>Tin nổi bật</span></h2><div class="featured-slider">\n{slides}</div></section>\n'
        title = self.spec.name + (
            f" {SITE_TITLE_SEP} Trang {n} trên {pages}" if n > 1 else f" {SITE_TITLE_SEP} {TAGLINE_TEXT}"
        )
        url = self.abs(path)
        prev = f'\n\t<link rel="prev" href="{self.abs(self.paged("/", n - 1))}" />' if n > 1 else ""
        nxt = f'\n\t<link rel="next" href="{self.abs(self.paged("/", n + 1))}" />' if n < pages else ""
        yoast = f"""<title>{esc(title)}</title>
	<meta name="description" content="Trang thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh Ninh Bình: hoạt động Hội, bình đẳng giới, phòng, chống bạo lực gia đình, hỗ trợ phụ nữ phát triển kinh tế." />
	<link rel="canonical" href="{url}" />{prev}{nxt}
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="website" />
	<meta property="og:title" content="{esc(self.spec.name)}" />
	<meta property="og:description" content="{TAGLINE}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{esc(self.spec.name)}" />
	<meta name="twitter:card" content="summary_large_image" />
	{self.schema([{"@type": "CollectionPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": self.abs("/#website")}, "about": {"@id": self.abs("/#organization")}, "description": TAGLINE_TEXT, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "vi"}, self.breadcrumb_schema(url, [("Trang chủ", None)])])}"""
        main = f"""		<main id="main" class="site-main">
{featured}
			<header class="page-header">
				<h2 class="section-title"><span>Tin mới</span></h2>
			</header>
{"".join(self.post_teaser(p) for p in items)}{self.paginate_links("/", n, pages)}
		</main><!-- #main -->"""
        body = "home blog hfeed" + (f" paged paged-{n}" if n > 1 else "")
        return self.page(yoast, body, main, current="/" if n == 1 else "")

    def archive_page(self, base_path: str, items: list[Post], n: int, pages: int, kind: str, subject) -> str:
        """Category, tag, author and date archives: the_archive_title() and older/newer navigation."""
        path = self.paged(base_path, n)
        feeds: list[tuple[str, str]] = []
        description = ""
        if kind == "category":
            term: Term = subject
            heading = f"Chuyên mục: <span>{esc(term.name)}</span>"
            title = term.name
            crumbs = (
                [("Trang chủ", "/")]
                + ([(term.parent.name, term.parent.url_path)] if term.parent else [])
                + [(term.name, None)]
            )
            feeds = [(f"{term.name} Dòng thông tin chuyên mục", f"{term.url_path}feed/")]
            body = f"archive category category-{term.slug} category-{term.id}"
            if term.lang == "en":
                description = "News and activities of Ninh Binh Women's Union in English."
            extra = f'<link rel="alternate" type="application/json" href="{self.abs(f"/wp-json/wp/v2/categories/{term.id}")}" />\n'
        elif kind == "tag":
            term = subject
            heading = f"Thẻ: <span>{esc(term.name)}</span>"
            title = term.name
            crumbs = [("Trang chủ", "/"), (f"Thẻ: {term.name}", None)]
            feeds = [(f"{term.name} Dòng thông tin thẻ", f"{term.url_path}feed/")]
            body = f"archive tag tag-{term.slug} tag-{term.id}"
            extra = f'<link rel="alternate" type="application/json" href="{self.abs(f"/wp-json/wp/v2/tags/{term.id}")}" />\n'
        elif kind == "author":
            display, uid = self.accounts[subject]
            heading = f'Tác giả: <span class="vcard">{esc(display)}</span>'
            title = f"{display}, Tác giả tại {self.spec.name}"
            crumbs = [("Trang chủ", "/"), (f"Lưu trữ cho {display}", None)]
            body = f"archive author author-{subject} author-{uid}"
            extra = ""
        else:
            key = subject
            if len(key) == 3:
                label = self.vi_long(datetime(*key))
                heading = f"Ngày: <span>{label}</span>"
            elif len(key) == 2:
                label = f"{MONTHS_VI[key[1] - 1]} {key[0]}"
                heading = f"Tháng: <span>{label}</span>"
            else:
                label = str(key[0])
                heading = f"Năm: <span>{label}</span>"
            title = label
            crumbs = [("Trang chủ", "/"), (f"Lưu trữ cho {label}", None)]
            body = "archive date"
            extra = ""
        yoast = self.yoast_archive(title, path, crumbs, n, pages, description)
        if items:
            loop = "".join(self.post_teaser(p) for p in items) + self.posts_navigation(base_path, n, pages)
        else:
            loop = f"""<section class="no-results not-found">
	<header class="page-header"><h1 class="page-title">Không tìm thấy</h1></header>
	<div class="page-content"><p>Có vẻ như chúng tôi không thể tìm thấy những gì bạn đang tìm kiếm. Có thể thử tìm kiếm?</p>
	{self.search_form()}</div>
</section>"""
        desc_html = f'<div class="archive-description"><p>{esc(description)}</p>\n</div>' if description else ""
        main = f"""		<main id="main" class="site-main">
			{self.breadcrumbs(crumbs)}
			<header class="page-header">
				<h1 class="page-title">{heading}</h1>{desc_html}
			</header><!-- .page-header -->
{loop}
		</main><!-- #main -->"""
        return self.page(
            yoast,
            body + (f" paged paged-{n}" if n > 1 else "") + " hfeed",
            main,
            feeds=feeds,
            extra_head=extra,
            current=base_path if n == 1 else "",
        )

    def search_page(self, keyword: str, n: int) -> str:
        words = keyword.casefold().split()
        found = [
            p
            for p in self.visible()
            if words and all(w in f"{p.article.title} {p.article.body}".casefold() for w in words)
        ]
        pages = self.pages_of(found)
        items = pages[n - 1] if n <= len(pages) else []
        total = len(pages)
        query = f"?s={quote_plus(keyword)}"
        title = f"Bạn đã tìm kiếm {keyword} {SITE_TITLE_SEP} {self.spec.name}"
        yoast = f"""<title>{esc(title)}</title>
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{esc(title)}" />
	<meta property="og:url" content="{self.abs("/")}{esc(query)}" />
	<meta property="og:site_name" content="{esc(self.spec.name)}" />
	{self.schema([{"@type": ["CollectionPage", "SearchResultsPage"], "@id": self.abs("/") + query, "url": self.abs("/") + query, "name": title, "isPartOf": {"@id": self.abs("/#website")}, "inLanguage": "vi"}])}"""
        if items:
            loop = "".join(self.post_teaser(p) for p in items) + self.paginate_links("/", n, total, query=esc(query))
        else:
            loop = f"""<section class="no-results not-found"><div class="page-content"><p>Xin lỗi, nhưng không có kết quả nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p>
	{self.search_form(keyword)}</div></section>"""
        main = f"""		<main id="main" class="site-main">
			<header class="page-header">
				<h1 class="page-title">Kết quả tìm kiếm cho: <span>{esc(keyword)}</span></h1>
			</header><!-- .page-header -->
{loop}
		</main><!-- #main -->"""
        return self.page(
            yoast,
            "search search-results hfeed" if items else "search search-no-results",
            main,
            robots="noindex, follow",
        )

    # ---- single posts -----------------------------------------------------------------------
    def yoast_post(self, post: Post) -> str:
        a = post.article
        url = self.abs(post.path)
        when, mod = self.when[a.id], self.modified(post)
        display = self.accounts[post.login][0]
        full = f"{a.title} {SITE_TITLE_SEP} {self.spec.name}"
        words = len(a.body.split())
        desc_words = (a.lead or a.paragraphs[0]).split()
        og_desc = " ".join(desc_words[:30]) + ("..." if len(desc_words) > 30 else "")
        image = self.abs(post.image)
        crumbs = [("Trang chủ", "/"), (post.cats[0].name, post.cats[0].url_path), (a.title, None)]
        article = {
            "@type": "Article",
            "@id": f"{url}#article",
            "isPartOf": {"@id": url},
            "author": {"name": display, "@id": self.person_id(post.login)},
            "headline": a.title,
            "datePublished": self.utc_iso(when),
            "dateModified": self.utc_iso(mod),
            "mainEntityOfPage": {"@id": url},
            "wordCount": words,
            "commentCount": len(post.comments),
            "publisher": {"@id": self.abs("/#organization")},
            "image": {"@id": f"{url}#primaryimage"},
            "thumbnailUrl": image,
            "keywords": [t.name for t in post.tags],
            "articleSection": [c.name for c in post.cats],
            "inLanguage": "vi",
        }
        if self.comments_open(post):
            article["potentialAction"] = [{"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}]
        webpage = {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": full,
            "isPartOf": {"@id": self.abs("/#website")},
            "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
            "image": {"@id": f"{url}#primaryimage"},
            "thumbnailUrl": image,
            "datePublished": self.utc_iso(when),
            "dateModified": self.utc_iso(mod),
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
            "inLanguage": "vi",
            "potentialAction": [{"@type": "ReadAction", "target": [url]}],
        }
        picture = {
            "@type": "ImageObject",
            "inLanguage": "vi",
            "@id": f"{url}#primaryimage",
            "url": image,
            "contentUrl": image,
            "width": 1280,
            "height": 853,
        }
        person = {
            "@type": "Person",
            "@id": self.person_id(post.login),
            "name": display,
            "image": {
                "@type": "ImageObject",
                "inLanguage": "vi",
                "@id": self.abs("/#/schema/person/image/"),
                "url": f"https://secure.gravatar.com/avatar/{stable_token(post.login, 32)}?s=96&d=mm&r=g",
                "contentUrl": f"https://secure.gravatar.com/avatar/{stable_token(post.login, 32)}?s=96&d=mm&r=g",
                "caption": display,
            },
            "url": self.abs(self.author_path(post.login)),
        }
        modified = f'\n\t<meta property="article:modified_time" content="{self.utc_iso(mod)}" />' if a.modified else ""
        return f"""<title>{esc(full)}</title>
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{esc(full)}" />
	<meta property="og:description" content="{esc(og_desc)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{esc(self.spec.name)}" />
	<meta property="article:publisher" content="https://www.facebook.com/hoilhpnninhbinh" />
	<meta property="article:published_time" content="{self.utc_iso(when)}" />{modified}
	<meta property="og:image" content="{image}" />
	<meta property="og:image:width" content="1280" />
	<meta property="og:image:height" content="853" />
	<meta property="og:image:type" content="image/jpeg" />
	<meta name="author" content="{esc(display)}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Được viết bởi" />
	<meta name="twitter:data1" content="{esc(display)}" />
	<meta name="twitter:label2" content="Ước tính thời gian đọc" />
	<meta name="twitter:data2" content="{max(1, round(words / 200))} phút" />
	{self.schema([article, webpage, picture, self.breadcrumb_schema(url, crumbs), person])}"""

    def content(self, post: Post, amp: bool = False) -> str:
        """the_content(): bold lead, paragraphs (block editor or classic), a photo or a gallery with captions,
        sometimes an editor's 'Tin liên quan' list, the signature; then what plugins append."""
        a = post.article
        block = (
            a.number % 2 == 0 or a.id == self.gallery_post
        )  # block editor markup; older posts came from the classic editor
        p_open = "<p>" if block else '<p style="text-align: justify;">'
        parts = []
        if a.lead:
            parts.append(f"{p_open}<strong>{esc(a.lead)}</strong></p>")
        parts += [f"{p_open}{esc(p)}</p>" for p in a.paragraphs]
        lead_offset = 1 if a.lead else 0
        img = "amp-img" if amp else "img"
        close = "></amp-img>" if amp else " />"
        captions = (GALLERY.get(a.id) or GENERIC_GALLERY) if a.id == self.gallery_post else None
        if captions:
            figures = "\n".join(
                f'<figure class="wp-block-image size-large"><{img} decoding="async" loading="lazy" width="1024" height="683" data-id="{post.id + 1 + i}" src="{self.abs(self.upload(a, "jpg", i + 1).replace(".jpg", "-1024x683.jpg"))}" alt="" class="wp-image-{post.id + 1 + i}"{close}<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'
                for i, c in enumerate(captions)
            )
            gallery = (
                f'<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n{figures}\n'
                f'<figcaption class="blocks-gallery-caption wp-element-caption">Một số hình ảnh tại buổi sinh hoạt. Ảnh: {esc(a.author or "BBT")}</figcaption></figure>'
            )
            parts.insert(min(len(parts), lead_offset + 3), gallery)
        elif a.number % 4 == 1:
            cap = (CAPTIONS_EN if post.en else CAPTIONS)[a.number % len(CAPTIONS)]
            src = self.abs(post.image.replace(".jpg", "-800x533.jpg"))
            if block:
                figure = f'<figure class="wp-block-image aligncenter size-large"><{img} decoding="async" width="800" height="533" src="{src}" alt="" class="wp-image-{post.id - 1}"{close}<figcaption class="wp-element-caption">{esc(cap)} {"Photo" if post.en else "Ảnh"}: {esc(a.author or "BBT")}</figcaption></figure>'
            else:
                figure = (
                    f'<figure id="attachment_{post.id - 1}" aria-describedby="caption-attachment-{post.id - 1}" style="width: 800px" class="wp-caption aligncenter">'
                    f'<{img} decoding="async" class="size-full wp-image-{post.id - 1}" src="{src}" alt="" width="800" height="533"{close}'
                    f'<figcaption id="caption-attachment-{post.id - 1}" class="wp-caption-text">{esc(cap)}</figcaption></figure>'
                )
            parts.insert(lead_offset + 1 if len(parts) > lead_offset + 1 else len(parts), figure)
        if a.number % 4 == 0 and not amp:
            others = [p for p in self.related_posts(post)][:2]
            if others:
                box = (
                    "<p><strong>Tin liên quan:</strong></p>\n<ul>\n"
                    + "".join(f'<li><a href="{self.abs(p.path)}">{esc(p.article.title)}</a></li>\n' for p in others)
                    + "</ul>"
                )
                parts.insert(min(len(parts), lead_offset + 2), box)
        if a.author and a.author_style == "signature":
            parts.append(
                f'<p class="has-text-align-right"><strong>{esc(a.author)}</strong></p>'
                if block
                else f'<p style="text-align: right;"><strong>{esc(a.author)}</strong></p>'
            )
        elif a.author and a.author_style == "label":
            label = "Author:" if post.en else "Tác giả:"
            parts.append(f'<p style="text-align: right;"><em>{label} {esc(a.author)}</em></p>')
        return "\n\n".join(parts)

    def plugins_after(self, post: Post) -> str:
        """Post Views Counter and Jetpack append their boxes inside .entry-content."""
        url = self.abs(post.path)
        label = "Views:" if post.en else "Lượt xem:"
        share = "Share this:" if post.en else "Chia sẻ:"
        return f"""
<div class="post-views content-post post-{post.id} entry-meta load-static">
				<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">{label}</span> <span class="post-views-count">{self.views(post.article)}</span>
			</div><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{share}</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{post.id}" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank" title="Nhấn vào chia sẻ trên Facebook" ><span>Facebook</span></a></li><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-{post.id}" class="share-twitter sd-button share-icon" href="{url}?share=twitter" target="_blank" title="Nhấp để chia sẻ trên X" ><span>X</span></a></li><li class="share-end"></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts' >
	<h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>
</div>"""

    def entry_meta(self, post: Post) -> str:
        a = post.article
        when, mod = self.when[a.id], self.modified(post)
        display = self.accounts[post.login][0]
        fmt = self.en_long if post.en else self.vi_long
        if a.modified:
            times = (
                f'<time class="entry-date published" datetime="{self.local_iso(when)}">{fmt(when.at)}</time>'
                f'<time class="updated" datetime="{self.local_iso(mod)}">{fmt(mod.at)}</time>'
            )
        else:
            times = (
                f'<time class="entry-date published updated" datetime="{self.local_iso(when)}">{fmt(when.at)}</time>'
            )
        posted, by = ("Posted on: ", " by ") if post.en else ("Đăng ngày ", " bởi ")
        return (
            f'<span class="posted-on">{posted}<a href="{self.abs(post.path)}" rel="bookmark">{times}</a></span>'
            f'<span class="byline">{by}<span class="author vcard"><a class="url fn n" href="{self.abs(self.author_path(post.login))}">{esc(display)}</a></span></span>'
        )

    def comments_html(self, post: Post, reply_to=None) -> str:
        a = post.article
        url = self.abs(post.path)
        if not self.comments_open(post):
            return '<div id="comments" class="comments-area">\n\t\t<p class="no-comments">Bình luận đã bị đóng.</p>\n\t</div><!-- #comments -->'
        items = ""
        for cid, name, text, at in post.comments:
            hour = at.hour % 12 or 12
            clock = f"{hour}:{at.minute:02d} {'sáng' if at.hour < 12 else 'chiều'}"
            items += f"""		<li id="comment-{cid}" class="comment even thread-even depth-1">
			<article id="div-comment-{cid}" class="comment-body">
				<footer class="comment-meta">
					<div class="comment-author vcard">
						<img alt='' src='https://secure.gravatar.com/avatar/{stable_token(name, 32)}?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' height='32' width='32' loading='lazy' decoding='async'/>						<b class="fn">{esc(name)}</b> <span class="says">viết:</span>					</div><!-- .comment-author -->
					<div class="comment-metadata">
						<a href="{url}#comment-{cid}"><time datetime="{at.isoformat(timespec="seconds")}">{self.vi_long(at)} lúc {clock}</time></a>					</div><!-- .comment-metadata -->
				</footer><!-- .comment-meta -->
				<div class="comment-content">
					<p>{esc(text)}</p>
				</div><!-- .comment-content -->
				<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="{post.id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="Trả lời đến {esc(name)}" aria-label='Trả lời đến {esc(name)}'>Trả lời</a></div>			</article><!-- .comment-body -->
		</li><!-- #comment-## -->
"""
        count = len(post.comments)
        heading = (
            f'\t\t<h2 class="comments-title">\n\t\t\t{count} bình luận về &ldquo;<span>{esc(a.title)}</span>&rdquo;\t\t</h2><!-- .comments-title -->\n\n\t\t<ol class="comment-list">\n{items}\t\t</ol><!-- .comment-list -->\n'
            if count
            else ""
        )
        reply_title = f"Trả lời {esc(reply_to[1])}" if reply_to else "Để lại một bình luận"
        cancel_style = "" if reply_to else ' style="display:none;"'
        return f"""<div id="comments" class="comments-area">
{heading}
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{reply_title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"{cancel_style}>Hủy</a></small></h3><form action="{self.abs("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{post.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to[0] if reply_to else 0}' />
</p></form>	</div><!-- #respond -->
	</div><!-- #comments -->"""

    def single(self, post: Post, reply_to=None) -> str:
        a = post.article
        url = self.abs(post.path)
        cat = post.cats[0]
        crumbs = [("Trang chủ", "/"), (cat.name, cat.url_path), (a.title, None)]
        classes = " ".join(
            [f"post-{post.id} post type-post status-publish format-standard has-post-thumbnail hentry"]
            + [f"category-{c.slug}" for c in post.cats]
            + [f"tag-{t.slug}" for t in post.tags]
        )
        cat_links = ", ".join(
            f'<a href="{self.abs(c.url_path)}" rel="category tag">{esc(c.name)}</a>' for c in post.cats
        )
        tag_links = ", ".join(f'<a href="{self.abs(t.url_path)}" rel="tag">{esc(t.name)}</a>' for t in post.tags)
        posted_in, tagged = ("Posted in ", "Tagged ") if post.en else ("Đăng trong ", "Thẻ ")
        footer = f'<span class="cat-links">{posted_in}{cat_links}</span>' + (
            f'<span class="tags-links">{tagged}{tag_links}</span>' if tag_links else ""
        )
        prev, nxt = self.adjacent(post)
        nav = ""
        if prev or nxt:
            nav = (
                '\n\t<nav class="navigation post-navigation" aria-label="Bài viết">\n\t\t<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n\t\t<div class="nav-links">'
                + (
                    f'<div class="nav-previous"><a href="{self.abs(prev.path)}" rel="prev"><span class="nav-subtitle">Bài trước:</span> <span class="nav-title">{esc(prev.article.title)}</span></a></div>'
                    if prev
                    else ""
                )
                + (
                    f'<div class="nav-next"><a href="{self.abs(nxt.path)}" rel="next"><span class="nav-subtitle">Bài tiếp theo:</span> <span class="nav-title">{esc(nxt.article.title)}</span></a></div>'
                    if nxt
                    else ""
                )
                + "</div>\n\t</nav>"
            )
        related = self.related_posts(post)
        related_html = ""
        if related:
            rows = "".join(
                f'<div class="col-6 col-md-3 related-item"><a href="{self.abs(p.path)}"><img width="300" height="200" src="{self.abs(p.image.replace(".jpg", "-300x200.jpg"))}" alt="" loading="lazy" /></a>'
                f'<h4 class="related-item-title"><a href="{self.abs(p.path)}">{esc(p.article.title)}</a></h4><span class="related-date">{self.when[p.article.id].dmy()}</span></div>\n'
                for p in related
            )
            related_html = f'<div class="related-posts"><h3 class="related-title">Bài viết liên quan</h3><div class="row">\n{rows}</div></div>'
        main = f"""		<main id="main" class="site-main">
			{self.breadcrumbs(crumbs)}
<article id="post-{post.id}" class="{classes}">
	<header class="entry-header">
		<h1 class="entry-title">{esc(a.title)}</h1>			<div class="entry-meta">
				{self.entry_meta(post)}			</div><!-- .entry-meta -->
			</header><!-- .entry-header -->

	<div class="post-thumbnail">
		<img width="1280" height="853" src="{self.abs(post.image)}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high" />
	</div><!-- .post-thumbnail -->

	<div class="entry-content">
		{self.content(post)}
{self.plugins_after(post)}
	</div><!-- .entry-content -->

	<footer class="entry-footer">
		{footer}	</footer><!-- .entry-footer -->
</article><!-- #post-{post.id} -->
{nav}
{related_html}
{self.comments_html(post, reply_to)}
		</main><!-- #main -->"""
        extra = (
            f'<link rel="alternate" type="application/json" href="{self.abs(f"/wp-json/wp/v2/posts/{post.id}")}" />\n'
            f"<link rel='shortlink' href='{self.abs(f'/?p={post.id}')}' />\n"
            f'<link rel="alternate" type="application/json+oembed" href="{self.abs("/wp-json/oembed/1.0/embed?url=" + quote(url, safe=""))}" />\n'
            f'<link rel="alternate" type="text/xml+oembed" href="{self.abs("/wp-json/oembed/1.0/embed?url=" + quote(url, safe=""))}&#038;format=xml" />\n'
            f'<link rel="amphtml" href="{url}amp/">'
        )
        body = f"post-template-default single single-post postid-{post.id} single-format-standard"
        return self.page(
            self.yoast_post(post),
            body,
            main,
            feeds=[(f"{a.title} Dòng phản hồi", f"{post.path}feed/")],
            extra_head=extra + "\n",
        )

    def amp(self, post: Post) -> str:
        """The AMP plugin's legacy reader template: canonical to the post, 'x năm trước' for the date."""
        a = post.article
        url = self.abs(post.path)
        when = self.when[a.id]
        display = self.accounts[post.login][0]
        meta = json.dumps(
            {
                "@context": "http://schema.org",
                "publisher": {
                    "@type": "Organization",
                    "name": self.spec.name,
                    "logo": {
                        "@type": "ImageObject",
                        "url": self.abs("/wp-content/uploads/2020/06/cropped-logo-hoi-192x192.png"),
                    },
                },
                "@type": "BlogPosting",
                "mainEntityOfPage": url,
                "headline": a.title,
                "datePublished": self.local_iso(when),
                "dateModified": self.local_iso(self.modified(post)),
                "author": {"@type": "Person", "name": display},
                "image": self.abs(post.image),
            },
            separators=(",", ":"),
        ).replace("/", "\\/")
        cats = ", ".join(f'<a href="{self.abs(c.url_path)}" rel="category tag">{esc(c.name)}</a>' for c in post.cats)
        return f"""<!DOCTYPE html>
<html amp lang="vi" data-amp-auto-lightbox-disable transformed="self;v=1" i-amphtml-layout="" i-amphtml-no-boilerplate="">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1"><link rel="preconnect" href="https://cdn.ampproject.org"><style amp-runtime="" i-amphtml-version="012311150008000">html{{overflow-x:hidden!important}}</style><script async="" src="https://cdn.ampproject.org/v0.mjs" type="module" crossorigin="anonymous"></script><script async nomodule src="https://cdn.ampproject.org/v0.js" crossorigin="anonymous"></script>
<style amp-custom="">.amp-wp-header{{background-color:#c2185b}}.amp-wp-article{{color:#353535;font-weight:400;margin:1.5em auto;max-width:840px}}</style>
<meta name="generator" content="AMP Plugin v2.5.1; mode=reader; theme=legacy">
<title>{esc(a.title)} &#8211; {esc(self.spec.name)}</title>
<link rel="canonical" href="{url}">
<script type="application/ld+json">{meta}</script>
</head>
<body class="">
<header id="top" class="amp-wp-header">
	<div>
		<a href="{self.abs("/")}">
			<span class="amp-site-title">{esc(self.spec.name)}</span>
		</a>
	</div>
</header>

<article class="amp-wp-article">
	<header class="amp-wp-article-header">
		<h1 class="amp-wp-title">{esc(a.title)}</h1>
		<div class="amp-wp-meta amp-wp-byline">
			<amp-img src="https://secure.gravatar.com/avatar/{stable_token(post.login, 32)}?s=72&amp;d=mm&amp;r=g" alt="{esc(display)}" width="24" height="24" layout="fixed" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:24px;height:24px" i-amphtml-layout="fixed"></amp-img>
			<span class="amp-wp-author author vcard">{esc(display)}</span>
		</div>
		<div class="amp-wp-meta amp-wp-posted-on">
			<time datetime="{self.utc_iso(when)}">{self.ago(when.at)}</time>
		</div>
	</header>

	<figure class="amp-wp-article-featured-image wp-caption">
		<amp-img width="1280" height="853" src="{self.abs(post.image)}" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes i-amphtml-layout-intrinsic i-amphtml-layout-size-defined" alt="" layout="intrinsic" i-amphtml-layout="intrinsic"></amp-img>
	</figure>

	<div class="amp-wp-article-content">
		{self.content(post, amp=True)}
	</div>

	<footer class="amp-wp-article-footer">
		<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: {cats}</div>
		<div class="amp-wp-meta amp-wp-comments-link"><a href="{url}#respond">Để lại bình luận</a></div>
	</footer>
</article>

<footer class="amp-wp-footer">
	<div>
		<h2>{esc(self.spec.name)}</h2>
		<a href="#top" class="back-to-top">Về đầu trang</a>
	</div>
</footer>
</body></html>
"""

    def share(self, post: Post, service: str) -> str:
        """Jetpack's sharing endpoint as the page cache keeps it: a script redirect to the network."""
        target = (
            f"https://www.facebook.com/sharer.php?u={quote(self.abs(post.path), safe='')}&amp;t={quote(post.article.title, safe='')}"
            if service == "facebook"
            else f"https://twitter.com/intent/tweet?text={quote(post.article.title, safe='')}&amp;url={quote(self.abs(post.path), safe='')}"
        )
        return f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="robots" content="noindex, nofollow"><meta http-equiv="refresh" content="0;url={target}"><title>Chia sẻ</title></head>
<body><script>window.location.replace("{target.replace("&amp;", "&")}");</script><p>Đang chuyển tới {service.capitalize()}&hellip;</p></body></html>"""

    def embed(self, post: Post) -> str:
        """/<slug>/embed/: the card WordPress serves inside oEmbed iframes."""
        a = post.article
        words = (a.lead or a.paragraphs[0]).split()
        return f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
	<title>{esc(a.title)} &#8211; {esc(self.spec.name)}</title>
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name='robots' content='noindex, follow, max-image-preview:large' />
	<link rel="canonical" href="{self.abs(post.path)}" />
</head>
<body class="post-template-default single single-post postid-{post.id} single-format-standard">
	<div class="wp-embed post-{post.id} post type-post status-publish format-standard hentry">
		<p class="wp-embed-heading"><a href="{self.abs(post.path)}" target="_top">{esc(a.title)}</a></p>
		<div class="wp-embed-excerpt"><p>{esc(" ".join(words[:35]))} [&hellip;]</p></div>
		<div class="wp-embed-footer"><div class="wp-embed-site-title"><a href="{self.abs("/")}" target="_top"><span>{esc(self.spec.name)}</span></a></div></div>
	</div>
</body>
</html>
"""

    # ---- static pages -----------------------------------------------------------------------
    def doc_path(self, number: str, folder: str) -> str:
        return f"/wp-content/uploads/{folder}/{number.replace('/', '-').replace('Đ', 'D')}.pdf"

    def static_page(self, path: str, title: str, published: str, modified: str, paragraphs: tuple[str, ...]) -> str:
        """A WordPress page (no date shown; Yoast's WebPage still carries datePublished/dateModified)."""
        url = self.abs(path)
        pid = PAGE_IDS[path]
        pub, mod = When.parse(published), When.parse(modified)
        parent = next(((t, p) for p, t, *_ in PAGES if path != p and path.startswith(p)), None)
        crumbs = [("Trang chủ", "/")] + ([parent] if parent else []) + [(title, None)]
        body = "\n\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        if path == "/van-ban/":
            rows = "".join(
                f'<tr><td>{i}</td><td>{esc(n)}</td><td>{d}</td><td>{esc(s)}</td><td><a href="{self.abs(self.doc_path(n, f))}">Tải về</a></td></tr>\n'
                for i, (n, d, s, f) in enumerate(DOCS, start=1)
            )
            body += f'\n\n<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>TT</th><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>\n{rows}</tbody></table></figure>'
        elif path == "/thu-vien-anh/":
            imgs = "\n".join(
                f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" src="{self.abs(self.upload(p.article, "jpg", 1).replace(".jpg", "-1024x683.jpg"))}" alt="" /><figcaption class="wp-element-caption">{esc(p.article.title)}</figcaption></figure>'
                for p in self.front()[:6]
            )
            body += f'\n\n<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-2 is-layout-flex wp-block-gallery-is-layout-flex">\n{imgs}\n</figure>'
        elif path == "/lien-he/":
            body += f"""\n\n<p><strong>Văn phòng Hội LHPN tỉnh Ninh Bình</strong><br />Địa chỉ: {esc(self.spec.address)}<br />Điện thoại: 0229.3871.519</p>

<div class="wpcf7 no-js" id="wpcf7-f120-p{pid}-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f120-p{pid}-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p>
</form></div>"""
        full = f"{title} {SITE_TITLE_SEP} {self.spec.name}"
        yoast = f"""<title>{esc(full)}</title>
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{esc(full)}" />
	<meta property="og:description" content="{esc(paragraphs[0][:150])}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{esc(self.spec.name)}" />
	<meta property="article:modified_time" content="{self.utc_iso(mod)}" />
	<meta name="twitter:card" content="summary_large_image" />
	{self.schema([{"@type": "WebPage", "@id": url, "url": url, "name": full, "isPartOf": {"@id": self.abs("/#website")}, "datePublished": self.utc_iso(pub), "dateModified": self.utc_iso(mod), "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "vi", "potentialAction": [{"@type": "ReadAction", "target": [url]}]}, self.breadcrumb_schema(url, crumbs)])}"""
        main = f"""		<main id="main" class="site-main">
			{self.breadcrumbs(crumbs)}
<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
	<header class="entry-header">
		<h1 class="entry-title">{esc(title)}</h1>	</header><!-- .entry-header -->

	<div class="entry-content">
		{body}
	</div><!-- .entry-content -->
</article><!-- #post-{pid} -->
		</main><!-- #main -->"""
        extra = (
            f'<link rel="alternate" type="application/json" href="{self.abs(f"/wp-json/wp/v2/pages/{pid}")}" />\n'
            f"<link rel='shortlink' href='{self.abs(f'/?p={pid}')}' />\n"
        )
        return self.page(yoast, f"page-template-default page page-id-{pid}", main, extra_head=extra, current=path)

    def login_page(self) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
	<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<title>Đăng nhập &lsaquo; {esc(self.spec.name)} &#8212; WordPress</title>
	<meta name='robots' content='max-image-preview:large, noindex, noarchive' />
<link rel='stylesheet' id='login-css' href='{self.abs(f"/wp-admin/css/login.min.css?ver={WP}")}' media='all' />
	<meta name='referrer' content='strict-origin-when-cross-origin' />
		<meta name="viewport" content="width=device-width" />
	</head>
	<body class="login no-js login-action-login wp-core-ui  locale-vi">
	<div id="login">
		<h1><a href="https://vi.wordpress.org/">Được vận hành bởi WordPress</a></h1>
		<form name="loginform" id="loginform" action="{self.abs("/wp-login.php")}" method="post">
			<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label>
				<input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required="required" /></p>
			<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label>
				<div class="wp-pwd"><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" autocomplete="current-password" spellcheck="false" required="required" /></div></div>
			<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever"  /> <label for="rememberme">Tự động đăng nhập</label></p>
			<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p>
		</form>
		<p id="nav"><a href="{self.abs("/wp-login.php?action=lostpassword")}">Bạn quên mật khẩu?</a></p>
		<p id="backtoblog"><a href="{self.abs("/")}">&larr; Quay lại {esc(self.spec.name)}</a></p>
	</div>
	</body>
	</html>
"""

    # ---- feeds ------------------------------------------------------------------------------
    def xml(self, text: str, kind: str) -> Response:
        return Response(200, text.encode("utf-8"), f"{kind}; charset=UTF-8", {"X-Powered-By": "PHP/7.4.33"})

    def json(self, data) -> Response:
        text = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
        return Response(
            200,
            text.encode("ascii"),
            "application/json; charset=UTF-8",
            {
                "X-Powered-By": "PHP/7.4.33",
                "X-Robots-Tag": "noindex",
                "Access-Control-Allow-Headers": "Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type",
            },
        )

    def feed(self, posts: list[Post], term: Term | None) -> Response:
        """RSS 2 as WordPress writes it (50 items, full text, Yoast's 'xuất hiện đầu tiên' footer)."""
        posts = sorted(posts, key=lambda p: (self.when[p.article.id].at, p.id), reverse=True)[:50]
        self_path = f"{term.url_path}feed/" if term else "/feed/"
        title = f"{self.spec.name} - {term.name}" if term else self.spec.name
        link = self.abs(term.url_path if term else "/")
        last = max((self.modified(p).at for p in posts), default=NOW)
        items = ""
        for p in posts:
            a = p.article
            cats = "\n".join(f"\t\t<category><![CDATA[{t.name}]]></category>" for t in p.cats + p.tags)
            words = (a.lead or a.paragraphs[0]).split()
            footer = f'<p>Bài viết <a href="{self.abs(p.path)}">{esc(a.title)}</a> xuất hiện đầu tiên vào ngày <a href="{self.abs("/")}">{esc(self.spec.name)}</a>.</p>'
            items += f"""	<item>
		<title>{esc(a.title)}</title>
		<link>{self.abs(p.path)}</link>
					<comments>{self.abs(p.path)}#respond</comments>

		<dc:creator><![CDATA[{self.accounts[p.login][0]}]]></dc:creator>
		<pubDate>{self.gmt_rfc(self.when[a.id])}</pubDate>
{cats}
		<guid isPermaLink="false">{self.abs(f"/?p={p.id}")}</guid>

					<description><![CDATA[<p>{esc(" ".join(words[:55]))} [&#8230;]</p>
{footer}]]></description>
										<content:encoded><![CDATA[{self.content(p)}{footer}]]></content:encoded>
					<wfw:commentRss>{self.abs(p.path)}feed/</wfw:commentRss>
			<slash:comments>{len(p.comments)}</slash:comments>
			</item>
"""
        return self.xml(
            f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{esc(title)}</title>
	<atom:link href="{self.abs(self_path)}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description>{TAGLINE}</description>
	<lastBuildDate>{last.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP}</generator>

<image>
	<url>{self.abs("/wp-content/uploads/2020/06/cropped-logo-hoi-32x32.png")}</url>
	<title>{esc(title)}</title>
	<link>{link}</link>
	<width>32</width>
	<height>32</height>
</image>
{items}	</channel>
</rss>
""",
            "application/rss+xml",
        )

    def comment_items(self, entries: list[tuple[Post, tuple]]) -> str:
        out = ""
        for post, (cid, name, text, at) in entries:
            out += f"""		<item>
		<title>Bình luận về {esc(post.article.title)} bởi {esc(name)}</title>
		<link>{self.abs(post.path)}#comment-{cid}</link>
		<dc:creator><![CDATA[{name}]]></dc:creator>
		<pubDate>{at.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")}</pubDate>
		<guid isPermaLink="false">{self.abs(post.path)}#comment-{cid}</guid>
		<description><![CDATA[{text}]]></description>
		<content:encoded><![CDATA[<p>{esc(text)}</p>
]]></content:encoded>
		</item>
"""
        return out

    def comments_xml(self, title: str, self_path: str, link: str, entries) -> Response:
        return self.xml(
            f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	>
<channel>
	<title>{esc(title)}</title>
	<atom:link href="{self.abs(self_path)}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description>{TAGLINE}</description>
	<lastBuildDate>{NOW.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")}</lastBuildDate>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP}</generator>
{self.comment_items(entries)}</channel>
</rss>
""",
            "application/rss+xml",
        )

    def comments_feed(self) -> Response:
        entries = sorted(((p, c) for p in self.posts.values() for c in p.comments), key=lambda e: e[1][3], reverse=True)
        return self.comments_xml(f"Bình luận cho {self.spec.name}", "/comments/feed/", self.abs("/"), entries)

    def comment_feed(self, post: Post) -> Response:
        return self.comments_xml(
            f"Bình luận về: {post.article.title}",
            f"{post.path}feed/",
            self.abs(post.path),
            [(post, c) for c in post.comments],
        )

    # ---- Yoast sitemaps ---------------------------------------------------------------------
    def stylesheet(self) -> str:
        return f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//{self.host}/wp-content/plugins/wordpress-seo/css/main-sitemap.xsl"?>\n'

    def urlset(self, rows: Sequence[tuple[str, str, Sequence[str]]]) -> str:
        body = ""
        for loc, lastmod, images in rows:
            pics = "".join(
                f"\t\t<image:image>\n\t\t\t<image:loc>{esc(i)}</image:loc>\n\t\t</image:image>\n" for i in images
            )
            mod = f"\t\t<lastmod>{lastmod}</lastmod>\n" if lastmod else ""
            body += f"\t<url>\n\t\t<loc>{esc(loc)}</loc>\n{mod}{pics}\t</url>\n"
        return (
            self.stylesheet()
            + '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
            'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd '
            'http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" '
            'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + body
            + "</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->"
        )

    def add_sitemaps(self) -> None:
        """sitemap_index.xml and its children; posts oldest-modified first, split in two files."""
        posts = sorted(
            (p for p in self.posts.values() if self.access(p.article) != "feed_only"),
            key=lambda p: (self.modified(p).at, p.id),
        )
        per = 15 if len(posts) > 15 else max(1, math.ceil(len(posts) / 2))
        chunks = [posts[i : i + per] for i in range(0, len(posts), per)] or [[]]
        index: list[tuple[str, str]] = []
        for n, chunk in enumerate(chunks, start=1):
            name = "/post-sitemap.xml" if n == 1 else f"/post-sitemap{n}.xml"
            rows = []
            for p in chunk:
                images = [self.abs(p.image)]
                if p.article.id == self.gallery_post:
                    images += [
                        self.abs(self.upload(p.article, "jpg", i + 1))
                        for i in range(len(GALLERY.get(p.article.id) or GENERIC_GALLERY))
                    ]
                rows.append((self.abs(p.path), self.utc_iso(self.modified(p)), images))
            self.add(name, self.xml(self.urlset(rows), "text/xml"))
            index.append((name, rows[-1][1] if rows else ""))
        latest = max(
            (self.modified(p) for p in self.visible()), key=lambda w: w.at, default=When.parse(NOW.isoformat())
        )
        page_rows: Sequence[tuple[str, str, Sequence[str]]] = [(self.abs("/"), self.utc_iso(latest), [])] + [
            (self.abs(path), self.utc_iso(When.parse(mod)), [])
            for path, _, _, mod, _ in sorted(PAGES, key=lambda r: r[3])
        ]
        self.add("/page-sitemap.xml", self.xml(self.urlset(page_rows), "text/xml"))
        index.append(("/page-sitemap.xml", page_rows[-1][1]))
        cat_rows: list[tuple[str, str, list[str]]] = []
        for term in self.cats.values():
            members = [p for p in self.posts.values() if term in p.cats and self.access(p.article) != "feed_only"]
            if members:
                cat_rows.append(
                    (
                        self.abs(term.url_path),
                        self.utc_iso(max((self.modified(p) for p in members), key=lambda w: w.at)),
                        [],
                    )
                )
        self.add("/category-sitemap.xml", self.xml(self.urlset(cat_rows), "text/xml"))
        index.append(("/category-sitemap.xml", max((r[1] for r in cat_rows), default="")))
        tag_rows: list[tuple[str, str, list[str]]] = []
        for term in self.tags.values():
            members = [p for p in self.posts.values() if term in p.tags]
            if members:
                tag_rows.append(
                    (
                        self.abs(term.url_path),
                        self.utc_iso(max((self.modified(p) for p in members), key=lambda w: w.at)),
                        [],
                    )
                )
        self.add("/post_tag-sitemap.xml", self.xml(self.urlset(tag_rows), "text/xml"))
        index.append(("/post_tag-sitemap.xml", max((r[1] for r in tag_rows), default="")))
        author_rows: list[tuple[str, str, list[str]]] = []
        for login in self.accounts:
            mine = [p for p in self.posts.values() if p.login == login]
            if mine:
                author_rows.append(
                    (
                        self.abs(self.author_path(login)),
                        self.utc_iso(max((self.modified(p) for p in mine), key=lambda w: w.at)),
                        [],
                    )
                )
        self.add("/author-sitemap.xml", self.xml(self.urlset(author_rows), "text/xml"))
        index.append(("/author-sitemap.xml", max((r[1] for r in author_rows), default="")))
        entries = "".join(
            f"\t<sitemap><loc>{self.abs(name)}</loc><lastmod>{mod}</lastmod></sitemap>\n" for name, mod in index
        )
        text = (
            self.stylesheet()
            + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + entries
            + "</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->"
        )
        self.add("/sitemap_index.xml", self.xml(text, "text/xml"))
        self.add("/wp-content/plugins/wordpress-seo/css/main-sitemap.xsl", self.xml(XSL, "text/xsl"))

    # ---- REST API, oEmbed, RSD ------------------------------------------------------------
    def rest_post(self, post: Post) -> dict:
        a = post.article
        when, mod = self.when[a.id], self.modified(post)
        return {
            "id": post.id,
            "date": when.at.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_gmt": when.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
            "guid": {"rendered": self.abs(f"/?p={post.id}")},
            "modified": mod.at.strftime("%Y-%m-%dT%H:%M:%S"),
            "modified_gmt": mod.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
            "slug": post.slug,
            "status": "publish",
            "type": "post",
            "link": self.abs(post.path),
            "title": {"rendered": esc(a.title)},
            "content": {"rendered": self.content(post) + "\n", "protected": False},
            "excerpt": {
                "rendered": f"<p>{esc(' '.join((a.lead or a.paragraphs[0]).split()[:55]))} [&hellip;]</p>\n",
                "protected": False,
            },
            "author": self.accounts[post.login][1],
            "featured_media": post.id - 2,
            "comment_status": "open" if self.comments_open(post) else "closed",
            "ping_status": "closed",
            "sticky": False,
            "template": "",
            "format": "standard",
            "meta": {"footnotes": ""},
            "categories": [c.id for c in post.cats],
            "tags": [t.id for t in post.tags],
            "_links": {
                "self": [{"href": self.abs(f"/wp-json/wp/v2/posts/{post.id}")}],
                "collection": [{"href": self.abs("/wp-json/wp/v2/posts")}],
                "author": [
                    {"embeddable": True, "href": self.abs(f"/wp-json/wp/v2/users/{self.accounts[post.login][1]}")}
                ],
            },
        }

    def rest_index(self) -> dict:
        return {
            "name": self.spec.name,
            "description": TAGLINE_TEXT,
            "url": self.base,
            "home": self.base,
            "gmt_offset": "7",
            "timezone_string": "Asia/Ho_Chi_Minh",
            "namespaces": ["oembed/1.0", "yoast/v1", "jetpack/v4", "wp/v2", "wp-site-health/v1"],
            "authentication": [],
            "routes": {
                "/": {"namespace": "", "methods": ["GET"]},
                "/wp/v2/posts": {"namespace": "wp/v2", "methods": ["GET", "POST"]},
            },
            "site_logo": 0,
            "site_icon": 9,
            "site_icon_url": self.abs("/wp-content/uploads/2020/06/cropped-logo-hoi.png"),
        }

    def oembed(self, target: str, fmt: str) -> Response | None:
        post = next((p for p in self.posts.values() if self.abs(p.path) == unquote_plus(target)), None)
        if post is None:
            return None
        data = {
            "version": "1.0",
            "provider_name": self.spec.name,
            "provider_url": self.base,
            "author_name": self.accounts[post.login][0],
            "author_url": self.abs(self.author_path(post.login)),
            "title": post.article.title,
            "type": "rich",
            "width": 600,
            "height": 338,
            "html": f'<blockquote class="wp-embedded-content"><a href="{self.abs(post.path)}">{esc(post.article.title)}</a></blockquote><iframe sandbox="allow-scripts" security="restricted" src="{self.abs(post.path)}embed/" width="600" height="338" title="&#8220;{esc(post.article.title)}&#8221; &#8212; {esc(self.spec.name)}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" class="wp-embedded-content"></iframe>',
        }
        if fmt == "xml":
            fields = "".join(f"<{k}>{esc(str(v))}</{k}>" for k, v in data.items())
            return self.xml(f'<?xml version="1.0"?>\n<oembed>{fields}</oembed>\n', "text/xml")
        return self.json(data)

    def rsd(self) -> str:
        return f"""<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">
	<service>
		<engineName>WordPress</engineName>
		<engineLink>https://wordpress.org/</engineLink>
		<homePageLink>{self.base}</homePageLink>
		<apis>
			<api name="WordPress" blogID="1" preferred="true" apiLink="{self.abs("/xmlrpc.php")}" />
			<api name="WP-API" blogID="1" preferred="false" apiLink="{self.abs("/wp-json/")}" />
		</apis>
	</service>
</rsd>
"""


XSL = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="2.0"
				xmlns:html="http://www.w3.org/TR/REC-html40"
				xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
				xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9"
				xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
	<xsl:output method="html" version="1.0" encoding="UTF-8" indent="yes"/>
	<xsl:template match="/">
		<html xmlns="http://www.w3.org/1999/xhtml">
			<head>
				<title>XML Sitemap</title>
				<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
				<style type="text/css">
					body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu, Cantarell, "Helvetica Neue", sans-serif; color: #444; }
					#sitemap { max-width: 980px; margin: 0 auto; }
					#sitemap__table { width: 100%; border: solid 1px #ccc; border-collapse: collapse; }
					#sitemap__table tr td.loc { direction: ltr; }
					a { color: #05809e; text-decoration: none; }
				</style>
			</head>
			<body>
				<div id="sitemap">
					<div id="sitemap__header">
						<h1>XML Sitemap</h1>
						<p>This XML Sitemap is generated by <a href="https://yoa.st/1y5" target="_blank" rel="noopener noreferrer">Yoast SEO</a>.</p>
					</div>
					<xsl:if test="count(sitemap:sitemapindex/sitemap:sitemap) &gt; 0">
						<p class="text">This XML Sitemap Index file contains <xsl:value-of select="count(sitemap:sitemapindex/sitemap:sitemap)"/> sitemaps.</p>
						<table id="sitemap__table">
							<tr><th class="loc">Sitemap</th><th class="lastmod">Last Modified</th></tr>
							<xsl:for-each select="sitemap:sitemapindex/sitemap:sitemap">
								<xsl:variable name="sitemapURL"><xsl:value-of select="sitemap:loc"/></xsl:variable>
								<tr>
									<td class="loc"><a href="{$sitemapURL}"><xsl:value-of select="sitemap:loc"/></a></td>
									<td class="lastmod"><xsl:value-of select="concat(substring(sitemap:lastmod,0,11),concat(' ', substring(sitemap:lastmod,12,5)),concat(' ', substring(sitemap:lastmod,20,6)))"/></td>
								</tr>
							</xsl:for-each>
						</table>
					</xsl:if>
					<xsl:if test="count(sitemap:sitemapindex/sitemap:sitemap) &lt; 1">
						<p class="text">This XML Sitemap contains <xsl:value-of select="count(sitemap:urlset/sitemap:url)"/> URLs.</p>
						<table id="sitemap__table">
							<tr><th class="loc">URL</th><th class="images">Images</th><th class="lastmod">Last Mod.</th></tr>
							<xsl:for-each select="sitemap:urlset/sitemap:url">
								<tr>
									<td class="loc"><xsl:variable name="itemURL"><xsl:value-of select="sitemap:loc"/></xsl:variable><a href="{$itemURL}"><xsl:value-of select="sitemap:loc"/></a></td>
									<td class="images"><xsl:value-of select="count(image:image)"/></td>
									<td class="lastmod"><xsl:value-of select="concat(substring(sitemap:lastmod,0,11),concat(' ', substring(sitemap:lastmod,12,5)),concat(' ', substring(sitemap:lastmod,20,6)))"/></td>
								</tr>
							</xsl:for-each>
						</table>
					</xsl:if>
				</div>
			</body>
		</html>
	</xsl:template>
</xsl:stylesheet>
"""
