"""An HTTrack Website Copier mirror of a Liferay 6.2 portal (Sở Nội vụ Hải Phòng), served as static files.

What the mirror keeps of Liferay: /web/guest/... friendly URLs saved as .html files, asset publisher portlets,
'Ngày đăng: dd/mm/yyyy | HH:MM' dates. What HTTrack adds: its 'Mirrored from' comments and charset meta, every
internal link rewritten relative, query-string pages saved under hashed names (index4f2a.html, trang-chu9b1e.html),
links it did not fetch left absolute to the original host, and a 'Page has moved' stub at '/'. What the static host
adds: a catch-all rewrite that answers any unknown /web/guest/... path with the file its tail names, so one
broken relative link nests /web/guest/tin-tuc/web/guest/tin-tuc/... forever, and a chain of twelve redirects for
the old /tin-tuc-cu/<slug> addresses.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import hashlib
import posixpath
import unicodedata
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, unquote, urlsplit

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import VN_TZ, ascii_slug, esc, stable_token
from .base import Response, Template

HOST = "snv.haiphong.gov.vn"
ORIGIN = f"http://{HOST}"
HTTRACK = "HTTrack Website Copier/3.x [XR&CO'2014]"
# The mirror was made in three runs; a page carries the date of the run that last saved it.
RUNS = (
    datetime(2022, 9, 12, 2, 11, 15, tzinfo=UTC),
    datetime(2024, 2, 20, 7, 42, 3, tzinfo=UTC),
    datetime(2025, 8, 13, 1, 27, 48, tzinfo=UTC),
)
LAST_RUN = RUNS[-1]
ARCHIVE_BEFORE = datetime(2018, 1, 1, tzinfo=VN_TZ)  # older news lives in 'Tin tức cũ' only
NFD_BEFORE = datetime(2019, 1, 1, tzinfo=VN_TZ)  # pages of news typed before 2019 were saved decomposed
HOME = "/web/guest/trang-chu.html"
ARCHIVE_PAGE = "/web/guest/tin-tuc-cu.html"
ARCHIVE_KEY = "tin-tuc-cu"
ARCHIVE_INSTANCE = "Ww5kZ0rNb8Ty"
HOME_INSTANCE = "Tn4fQh7XsA2c"
OTHER_INSTANCE = "oT8hKc1VxM3e"
INSTANCES = {
    "tin-tuc": "sK3pQv8TmZxW",
    "thanh-nien-binh-dang-gioi": "Rb7nLw2YcE5d",
    "cai-cach-hanh-chinh": "a9TqXe4MnP1k",
    "cong-chuc-vien-chuc": "Hd3sVu8JqL6m",
}
MAIN_PAGE_SIZE = 4
PAGE_SIZE = 5
SEND_PORTLET = "guibaiviet_WAR_snvportlet"
SEARCH_QUERY = "p_p_id=3&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&_3_struts_action=%2Fsearch%2Fsearch&_3_redirect=%2Fweb%2Fguest%2Ftrang-chu"
POLL_QUERY = (
    "p_p_id=59_INSTANCE_pOl1Xq7RtY2u&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1"
    "&_59_INSTANCE_pOl1Xq7RtY2u_struts_action=%2Fpolls_display%2Fview_results"
)
SEARCH_PAGE = f"/web/guest/trang-chu{hashlib.md5(SEARCH_QUERY.encode()).hexdigest()[:4]}.html"
POLL_PAGE = f"/web/guest/trang-chu{hashlib.md5(POLL_QUERY.encode()).hexdigest()[:4]}.html"
STATIC_PAGES = (
    ("gioi-thieu", "Chức năng, nhiệm vụ"),
    ("co-cau-to-chuc", "Cơ cấu tổ chức"),
    ("lien-he", "Liên hệ"),
)
DUTIES = (
    "Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố, có chức năng tham mưu, giúp Ủy ban nhân dân thành phố quản lý nhà nước về: tổ chức bộ máy; vị trí việc làm, biên chế công chức và cơ cấu ngạch công chức; tiền lương; tuyển dụng, sử dụng và quản lý công chức, viên chức; cải cách hành chính; chính quyền địa phương; địa giới hành chính; văn thư, lưu trữ nhà nước; tôn giáo; thi đua, khen thưởng; công tác thanh niên.",
    "Từ ngày 01/3/2025, Sở Nội vụ tiếp nhận thêm các nhiệm vụ quản lý nhà nước về lao động, tiền lương, việc làm, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công và bình đẳng giới từ Sở Lao động - Thương binh và Xã hội.",
    "Sở Nội vụ có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân thành phố, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Nội vụ.",
)
UNITS = (
    "Văn phòng Sở",
    "Thanh tra Sở",
    "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
    "Phòng Công chức, viên chức",
    "Phòng Xây dựng chính quyền",
    "Phòng Cải cách hành chính",
    "Phòng Công tác thanh niên và Bình đẳng giới",
    "Phòng Lao động - Việc làm",
    "Ban Thi đua - Khen thưởng",
    "Ban Tôn giáo",
    "Chi cục Văn thư - Lưu trữ",
    "Trung tâm Dịch vụ việc làm Hải Phòng",
)
NEW_DOCUMENTS = (  # the 'Văn bản mới' box shows the five newest documents of the day a page was saved
    ("Quyết định số 2750/QĐ-UBND", "Về việc ban hành Quy chế tuyển dụng công chức thành phố Hải Phòng", "2019-10-21"),
    ("Kế hoạch số 66/KH-SNV", "Kiểm tra công tác cải cách hành chính năm 2020", "2020-03-12"),
    (
        "Công văn số 812/SNV-XDCQ",
        "Về việc chuẩn bị công tác bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp",
        "2020-11-05",
    ),
    (
        "Quyết định số 1544/QĐ-UBND",
        "Phê duyệt danh sách vị trí việc làm trong các cơ quan hành chính thành phố",
        "2021-06-17",
    ),
    ("Thông báo số 41/TB-SNV", "Lịch tiếp công dân của Lãnh đạo Sở Nội vụ năm 2022", "2022-01-10"),
    ("Kế hoạch số 102/KH-SNV", "Tổ chức thi nâng ngạch công chức lên ngạch chuyên viên chính năm 2022", "2022-06-02"),
    (
        "Công văn số 1490/SNV-CCVC",
        "Về việc đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2023",
        "2023-11-28",
    ),
    ("Quyết định số 96/QĐ-SNV", "Ban hành Kế hoạch công tác năm 2024 của Sở Nội vụ", "2024-01-15"),
    (
        "Quyết định số 1895/QĐ-UBND",
        "Về việc công bố danh mục thủ tục hành chính mới ban hành lĩnh vực nội vụ",
        "2025-07-18",
    ),
    ("Kế hoạch số 155/KH-SNV", "Tổ chức Tháng hành động vì bình đẳng giới năm 2025", "2025-07-24"),
    ("Công văn số 1204/SNV-CCVC", "Về việc báo cáo số lượng, chất lượng công chức cấp xã sau sắp xếp", "2025-07-30"),
    ("Thông báo số 96/TB-SNV", "Kết quả kiểm tra công tác văn thư, lưu trữ năm 2025", "2025-08-04"),
    ("Quyết định số 412/QĐ-SNV", "Ban hành Quy chế làm việc của Sở Nội vụ thành phố Hải Phòng", "2025-08-08"),
)
PUBLIC_INVESTMENT = (
    "Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025",
    "Dự án cải tạo, sửa chữa trụ sở Chi cục Văn thư - Lưu trữ",
    "Dự án số hóa tài liệu lưu trữ lịch sử thành phố",
    "Báo cáo giải ngân vốn đầu tư công 6 tháng đầu năm 2025",
)
WEBSITES = (
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Bộ Nội vụ", "https://moha.gov.vn/"),
    ("Cổng Thông tin điện tử thành phố Hải Phòng", "https://haiphong.gov.vn/"),
    ("Cổng Dịch vụ công thành phố", "https://dichvucong.haiphong.gov.vn/"),
    ("Hội Liên hiệp Phụ nữ Việt Nam", "http://hoilhpn.org.vn/"),
    ("Báo Hải Phòng", "https://baohaiphong.vn/"),
)
POLL = ("Rất hài lòng", "Hài lòng", "Chưa hài lòng")
CAPTIONS = ("Quang cảnh hội nghị.", "Các đại biểu tham dự buổi làm việc.", "Lãnh đạo Sở phát biểu tại hội nghị.")
NOT_FOUND = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title>
<style type="text/css">
<!--
body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}
fieldset{padding:0 15px 10px 15px;}
h1{font-size:2.4em;margin:0;color:#FFF;}
h2{font-size:1.7em;margin:0;color:#CC0000;}
h3{font-size:1.2em;margin:10px 0 0 0;color:#000000;}
#header{width:96%;margin:0 0 0 0;padding:6px 2% 6px 2%;font-family:"trebuchet MS", Verdana, sans-serif;color:#FFF;
background-color:#555555;}
#content{margin:0 0 0 2%;position:relative;}
.content-container{background:#FFF;width:96%;margin-top:8px;padding:10px;position:relative;}
-->
</style>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - File or directory not found.</h2>
  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>
 </fieldset></div>
</div>
</body>
</html>
"""


def hts_hash(query: str) -> str:
    """The four hex digits HTTrack appends to a file name saved from a URL with a query string."""
    return hashlib.md5(query.encode("utf-8")).hexdigest()[:4]


def gmt(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


class HtTrack(Template):
    related_count = 6

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.slugs: dict[str, str] = {}
        taken: set[str] = set()
        for article in sorted(self.articles, key=lambda a: (self.when[a.id].at, a.id)):
            slug = ascii_slug(article.title, limit=120) or f"tin-{self.numeric_id(article)}"
            base, n = slug, 1
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken.add(slug)
            self.slugs[article.id] = slug
        visible = [a for a in self.articles if self.access(a) == "normal"]
        self.archived = [a for a in visible if self.when[a.id].at < ARCHIVE_BEFORE]
        # The oldest archived article is linked only through its old /tin-tuc-cu/<slug> address.
        self.hidden = self.archived[-1] if len(self.archived) >= 2 else None
        archived_ids = {a.id for a in self.archived}
        self.current = [a for a in visible if a.id not in archived_ids]

    # ---- URLs -------------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """A static host: the file path decides, the query string is ignored."""
        return unquote(urlsplit(path_qs).path) or "/"

    def instance(self, category: Category) -> str:
        return INSTANCES.get(category.key) or stable_token(category.key, 12)

    def is_archived(self, article: CorpusArticle) -> bool:
        return any(a.id == article.id for a in self.archived)

    def article_base(self, article: CorpusArticle) -> str:
        """The Liferay friendly URL of an article (no .html), where 'view in context' links go."""
        if self.is_archived(article):
            return f"/web/guest/{ARCHIVE_KEY}/-/asset_publisher/{ARCHIVE_INSTANCE}/content/{self.slugs[article.id]}"
        category = self.spec.category(article.category)
        return f"/web/guest/{category.key}/-/asset_publisher/{self.instance(category)}/content/{self.slugs[article.id]}"

    def article_path(self, article: CorpusArticle) -> str:
        return self.article_base(article) + ".html"

    def print_path(self, article: CorpusArticle) -> str:
        return self.article_base(article) + "/pop_up_print.html"

    def send_query(self, article: CorpusArticle) -> str:
        return f"p_p_id={SEND_PORTLET}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_{SEND_PORTLET}_articleId={self.numeric_id(article)}"

    def send_path(self, article: CorpusArticle) -> str:
        if self.is_archived(article):
            return f"/web/guest/{ARCHIVE_KEY}{hts_hash(self.send_query(article))}.html"
        return f"/web/guest/{self.spec.category(article.category).key}/index{hts_hash(self.send_query(article))}.html"

    def category_path(self, category: Category) -> str:
        return f"/web/guest/{category.key}/index.html"

    def page_path(self, category: Category, number: int) -> str:
        return f"/web/guest/{category.key}/-/asset_publisher/{self.instance(category)}/cur={number}.html"

    def page_query(self, category: Category, number: int, delta: int) -> str:
        p = f"_101_INSTANCE_{self.instance(category)}_"
        return (
            f"p_p_id=101_INSTANCE_{self.instance(category)}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1"
            f"&{p}delta={delta}&{p}keywords=&{p}advancedSearch=false&{p}andOperator=true&p_r_p_564233524_resetCur=false&{p}cur={number}"
        )

    def old_link(self, article: CorpusArticle) -> str:
        return f"/tin-tuc-cu/{self.slugs[article.id]}"

    def redirect_chain(self, article: CorpusArticle) -> list[tuple[str, int]]:
        """Twelve hops from the old address to the article, each (path, status of its redirect)."""
        s = self.slugs[article.id]
        base = self.article_base(article)
        category = self.spec.category(article.category)
        return [
            (f"/tin-tuc-cu/{s}", 301),
            (f"/tin-tuc-cu/{s}/", 302),
            (f"/tin-tuc-cu/{s}.htm", 301),
            (f"/snv/tin-tuc-cu/{s}.htm", 301),
            (f"/snv/{category.key}/{s}", 302),
            (f"/web/snv/{category.key}/{s}", 301),
            (f"/web/guest/{category.key}/{s}", 302),
            (f"/web/guest/{category.key}/-/{s}", 301),
            (f"/vi/web/guest/{ARCHIVE_KEY}/-/{s}", 301),
            (f"/web/guest/{ARCHIVE_KEY}/-/{s}", 302),
            (base, 301),
            (base + "/", 301),
        ]

    def robots(self) -> str:
        return (
            "User-agent: *\n"
            "Disallow: /c/\n"
            "Disallow: /api/\n"
            "Disallow: /html/portlet/\n"
            "Disallow: /html/js/editor/\n"
            "Disallow: /tunnel-web/\n"
            "Disallow: /group/\n"
            "Disallow: /user/\n"
            "Disallow: /web/guest/tim-kiem\n"
        )

    # ---- responses --------------------------------------------------------------------------
    def static(self, text: str, at: datetime, nfd: bool = False) -> Response:
        if nfd:
            text = unicodedata.normalize("NFD", text)
        response = self.html(text)
        response.headers.update({"Last-Modified": gmt(at), "Accept-Ranges": "bytes", "X-Powered-By": "ASP.NET"})
        return response

    def moved(self, location: str, status: int) -> Response:
        target = self.url(location)
        body = f'<head><title>Document Moved</title></head>\n<body><h1>Object Moved</h1>This document may be found <a HREF="{esc(target)}">here</a></body>'
        return Response(
            status,
            body.encode("ascii", "xmlcharrefreplace"),
            "text/html; charset=UTF-8",
            {"Location": target, "X-Powered-By": "ASP.NET"},
        )

    def not_found(self) -> Response:
        return Response(404, NOT_FOUND.encode("ascii"), "text/html", {"X-Powered-By": "ASP.NET"})

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """IIS: directory defaults, case-insensitive names, and the catch-all rewrite under /web/guest/."""
        path = unquote(path) or "/"
        if path.endswith("/") and path + "index.html" in self.routes:
            return self.routes[path + "index.html"]
        if path + "/index.html" in self.routes:
            return self.moved(path + "/", 301)
        folded = self.folded.get(path.lower())
        if folded is not None:
            return self.routes[folded]
        if path.startswith("/web/guest/"):
            # The rewrite rule retries without the first directory until a file matches: a page reached
            # through a broken relative link answers 200 under any number of nested /web/guest/ prefixes.
            segments = path.split("/")[1:]
            for i in range(1, len(segments)):
                candidate = "/" + "/".join(segments[i:])
                if candidate in self.routes:
                    return self.routes[candidate]
                if candidate.endswith("/") and candidate + "index.html" in self.routes:
                    return self.routes[candidate + "index.html"]
        return None

    # ---- timing -----------------------------------------------------------------------------
    def saved_at(self, article: CorpusArticle) -> datetime:
        """The run that saved an article's page: the first one after it was published."""
        published = self.when[article.id].at
        run = next((r for r in RUNS if r > published + timedelta(days=1)), LAST_RUN)
        return run + timedelta(seconds=17 * (article.number % 97) + 40)

    def known_at(self, at: datetime) -> list[CorpusArticle]:
        """What the live site listed when a page was saved (newest first)."""
        return [a for a in self.current if self.when[a.id].at < at]

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        self.folded: dict[str, str] = {}
        main = self.spec.category(self.spec.main_category)
        last = LAST_RUN
        self.add("/", self.static(self.moved_stub(), last))
        self.add("/index.html", self.static(self.moved_stub(), last))
        self.add(
            HOME,
            self.static(
                self.page(
                    HOME,
                    "/web/guest/trang-chu",
                    last,
                    "Trang chủ",
                    self.home_main(HOME, last),
                    layout="1",
                    selected="trang-chu",
                ),
                last + timedelta(seconds=3),
            ),
        )
        for category in self.spec.categories:
            items = (
                self.current if category.slug == main.slug else [a for a in self.current if a.category == category.slug]
            )
            size = MAIN_PAGE_SIZE if category.slug == main.slug else PAGE_SIZE
            pages = [items[i : i + size] for i in range(0, len(items), size)] or [[]]
            for number, chunk in enumerate(pages, start=1):
                at = last + timedelta(seconds=20 + 9 * number + len(category.key))
                paths = [self.category_path(category)] if number == 1 else []
                if len(pages) > 1:
                    paths.append(self.page_path(category, number))
                for here in paths:
                    original = (
                        f"/web/guest/{category.key}/"
                        if here.endswith("/index.html")
                        else f"/web/guest/{category.key}?{self.page_query(category, number, size)}"
                    )
                    main_html = self.listing_main(here, category, chunk, number, len(pages), len(items), size)
                    self.add(
                        here,
                        self.static(
                            self.page(
                                here,
                                original,
                                at,
                                category.name,
                                main_html,
                                selected=category.key,
                                canonical=self.category_path(category),
                                broken_self_link=here == self.category_path(main),
                            ),
                            at,
                        ),
                    )
        for article in self.articles:
            self.add_article(article)
        at = last + timedelta(seconds=51)
        self.add(
            ARCHIVE_PAGE,
            self.static(
                self.page(
                    ARCHIVE_PAGE,
                    f"/web/guest/{ARCHIVE_KEY}",
                    at,
                    "Tin tức cũ",
                    self.archive_main(ARCHIVE_PAGE),
                    selected=ARCHIVE_KEY,
                ),
                at,
                nfd=True,
            ),
        )
        for slug, title in STATIC_PAGES:
            here = f"/web/guest/{slug}.html"
            at = last + timedelta(seconds=60 + len(slug))
            self.add(
                here,
                self.static(
                    self.page(
                        here, f"/web/guest/{slug}", at, title, self.static_main(here, slug, title), selected=slug
                    ),
                    at,
                ),
            )
        self.add(
            SEARCH_PAGE,
            self.static(
                self.page(
                    SEARCH_PAGE,
                    f"/web/guest/trang-chu?{SEARCH_QUERY}",
                    last,
                    "Tìm kiếm",
                    self.search_main(),
                    selected="trang-chu",
                    canonical=HOME,
                ),
                last,
            ),
        )
        self.add(
            POLL_PAGE,
            self.static(
                self.page(
                    POLL_PAGE,
                    f"/web/guest/trang-chu?{POLL_QUERY}",
                    last,
                    "Thăm dò ý kiến",
                    self.poll_main(),
                    selected="trang-chu",
                    canonical=HOME,
                ),
                last,
            ),
        )
        if self.hidden is not None:
            hops = self.redirect_chain(self.hidden)
            targets = [path for path, _ in hops[1:]] + [self.article_path(self.hidden)]
            for (path, status), target in zip(hops, targets, strict=True):
                self.add(path, self.moved(target, status))
        self.add("/robots.txt", self.text(self.robots()))
        self.folded = {key.lower(): key for key in self.routes}

    def add_article(self, article: CorpusArticle) -> None:
        at = self.saved_at(article)
        nfd = self.when[article.id].at < NFD_BEFORE
        base = self.article_base(article)
        here = self.article_path(article)
        category = self.spec.category(article.category)
        portlet_title = "Tin tức cũ" if self.is_archived(article) else category.name
        selected = ARCHIVE_KEY if self.is_archived(article) else category.key
        self.add(
            here,
            self.static(
                self.page(
                    here,
                    base,
                    at,
                    article.title,
                    self.article_main(here, article, portlet_title, at),
                    selected=selected,
                    description=self.teaser(article, 160),
                ),
                at,
                nfd=nfd,
            ),
        )
        inst = ARCHIVE_INSTANCE if self.is_archived(article) else self.instance(category)
        printed = self.print_path(article)
        original = f"{base}/pop_up?_101_INSTANCE_{inst}_viewMode=print&_101_INSTANCE_{inst}_languageId=vi_VN"
        self.add(printed, self.static(self.print_page(printed, original, article, at), at, nfd=nfd))
        sent = self.send_path(article)
        owner = f"/web/guest/{ARCHIVE_KEY}" if self.is_archived(article) else f"/web/guest/{category.key}/"
        owner_page = ARCHIVE_PAGE if self.is_archived(article) else self.category_path(category)
        self.add(
            sent,
            self.static(
                self.page(
                    sent,
                    f"{owner}?{self.send_query(article)}",
                    at,
                    "Gửi bài viết",
                    self.send_main(sent, article),
                    selected=selected,
                    canonical=owner_page,
                ),
                at,
            ),
        )

    # ---- link helpers -----------------------------------------------------------------------
    @staticmethod
    def rel(target: str, here: str) -> str:
        """The relative link HTTrack writes in the file ``here`` for the file ``target``."""
        return posixpath.relpath(target, posixpath.dirname(here))

    def a(self, target: str, here: str, text: str, attrs: str = "") -> str:
        attrs = f" {attrs}" if attrs else ""
        return f'<a href="{esc(self.rel(target, here))}"{attrs}>{esc(text)}</a>'

    def date_line(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        return f"Ngày đăng: {when.dmy()}" + (f" | {when.hm()}" if when.has_time else "")

    def image(self, article: CorpusArticle, here: str) -> str:
        return self.rel(f"/image/journal/article{hts_hash(f'img_id={self.numeric_id(article) + 3}&t=1')}.jpg", here)

    # ---- chrome -----------------------------------------------------------------------------
    def mirrored(self, original: str, at: datetime) -> str:
        return f"<!-- Mirrored from {HOST}{original} by {HTTRACK}, {gmt(at)} -->"

    def moved_stub(self) -> str:
        """What HTTrack saves for a URL that answered with a redirect (here '/' -> /web/guest/trang-chu)."""
        target = self.rel(HOME, "/index.html")
        stamp = f"<!-- Created by HTTrack Website Copier/3.49-2 [XR&CO'2014] -->\n\n{self.mirrored('/', LAST_RUN)}"
        return (
            f'<HTML>\n{stamp}\n<HEAD>\n<META HTTP-EQUIV="Content-Type" CONTENT="text/html;charset=UTF-8"><META HTTP-EQUIV="Refresh" CONTENT="0; URL={target}"><TITLE>Page has moved</TITLE>\n'
            f'</HEAD>\n<BODY>\n<A HREF="{target}"><h3>Click here...</h3></A>\n</BODY>\n{stamp}\n</HTML>\n'
        )

    def page(
        self,
        here: str,
        original: str,
        at: datetime,
        title: str,
        main: str,
        *,
        layout: str = "",
        selected: str = "",
        description: str = "",
        canonical: str | None = "",
        broken_self_link: bool = False,
    ) -> str:
        """One Liferay 6.2 page as HTTrack saved it: head scripts, banner, navigation, breadcrumb, two columns, footer."""
        r = lambda target: esc(self.rel(target, here))  # noqa: E731
        layout = layout or str(10 + sum(map(ord, selected)) % 40)
        local = esc(posixpath.basename(here))
        vn = at.astimezone(VN_TZ)
        today = f"{self.s['weekdays'][vn.weekday()]}, {vn.strftime('%d/%m/%Y')}"
        friendly = original.split("?")[0]
        # Liferay's canonical URL is the page's friendly URL without its query; HTTrack rewrote it to the local file.
        canonical = here if canonical == "" else canonical
        canonical_link = f'<link href="{r(canonical)}" rel="canonical" />\n' if canonical else ""
        alternates = (
            f'<link href="{local}" hreflang="x-default" rel="alternate" />\n<link href="{local}" hreflang="vi-VN" rel="alternate" />\n'
            f'<link href="{ORIGIN}/en{esc(friendly)}" hreflang="en-US" rel="alternate" />\n'
        )
        meta_description = (
            f'<meta content="{esc(description)}" lang="vi-VN" name="description" />\n' if description else ""
        )
        nav = self.navigation(here, selected)
        crumbs = self.breadcrumb(here, selected, title, broken_self_link)
        sidebar = self.sidebar(here, at)
        footer = self.footer(here)
        url_js = friendly.replace("/", "\\x2f").replace("-", "\\x2d")
        redirect_js = ORIGIN.replace("/", "\\x2f").replace(":", "\\x3a").replace(".", "\\x2e")
        return f"""<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="vi-VN">

{self.mirrored(original, at)}
<!-- Added by HTTrack --><meta http-equiv="content-type" content="text/html;charset=UTF-8" /><!-- /Added by HTTrack -->
<head>
	<title>{esc(title)} - {esc(self.spec.name)}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{meta_description}<meta content="sở nội vụ, hải phòng, cải cách hành chính, công chức, viên chức, thanh niên" lang="vi-VN" name="keywords" />

<link href="{r("/snv-theme/images/favicon.ico")}" rel="Shortcut Icon" />

{canonical_link}{alternates}
<link href="{r("/html/css/main" + hts_hash("browserId=other&themeId=snvtheme_WAR_snvtheme&minifierType=css") + ".css")}" rel="stylesheet" type="text/css" />
<link href="{ORIGIN}/html/portlet/journal_content/css/main.css?browserId=other&amp;themeId=snvtheme_WAR_snvtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1504237800000" rel="stylesheet" type="text/css" />
<link href="{ORIGIN}/html/portlet/asset_publisher/css/main.css?browserId=other&amp;themeId=snvtheme_WAR_snvtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1504237800000" rel="stylesheet" type="text/css" />

<script type="text/javascript">
	// <![CDATA[
		var Liferay = {{
			Browser: {{
				acceptsGzip: function() {{return true;}},
				getMajorVersion: function() {{return 5.0;}},
				getRevision: function() {{return "537.36";}},
				getVersion: function() {{return "5.0";}},
				isAir: function() {{return false;}},
				isChrome: function() {{return false;}},
				isFirefox: function() {{return false;}},
				isGecko: function() {{return true;}},
				isIe: function() {{return false;}},
				isIphone: function() {{return false;}},
				isLinux: function() {{return false;}},
				isMac: function() {{return false;}},
				isMobile: function() {{return false;}},
				isMozilla: function() {{return false;}},
				isOpera: function() {{return false;}},
				isRtf: function() {{return true;}},
				isSafari: function() {{return true;}},
				isSun: function() {{return false;}},
				isWap: function() {{return false;}},
				isWapXhtml: function() {{return false;}},
				isWebKit: function() {{return true;}},
				isWindows: function() {{return true;}},
				isWml: function() {{return false;}}
			}},
			Data: {{
				NAV_SELECTOR: '#navigation',
				isCustomizationView: function() {{return false;}},
				notices: [null]
			}},
			ThemeDisplay: {{
				getLayoutId: function() {{return "{layout}";}},
				getLayoutURL: function() {{return "{ORIGIN}{esc(friendly)}";}},
				getParentLayoutId: function() {{return "0";}},
				isPrivateLayout: function() {{return "false";}},
				isVirtualLayout: function() {{return false;}},
				getBCP47LanguageId: function() {{return "vi-VN";}},
				getCDNBaseURL: function() {{return "{ORIGIN}";}},
				getCDNDynamicResourcesHost: function() {{return "";}},
				getCDNHost: function() {{return "";}},
				getCompanyId: function() {{return "10154";}},
				getCompanyGroupId: function() {{return "10194";}},
				getDefaultLanguageId: function() {{return "vi_VN";}},
				getDoAsUserIdEncoded: function() {{return "";}},
				getLanguageId: function() {{return "vi_VN";}},
				getParentGroupId: function() {{return "10181";}},
				getPathContext: function() {{return "";}},
				getPathImage: function() {{return "/image";}},
				getPathJavaScript: function() {{return "/html/js";}},
				getPathMain: function() {{return "/c";}},
				getPathThemeImages: function() {{return "{ORIGIN}/snv-theme/images";}},
				getPathThemeRoot: function() {{return "/snv-theme";}},
				getPlid: function() {{return "{10900 + int(layout)}";}},
				getPortalURL: function() {{return "{ORIGIN}";}},
				getPortletSetupShowBordersDefault: function() {{return true;}},
				getScopeGroupId: function() {{return "10181";}},
				getScopeGroupIdOrLiveGroupId: function() {{return "10181";}},
				getSessionId: function() {{return "";}},
				getSiteGroupId: function() {{return "10181";}},
				getURLControlPanel: function() {{return "/group/control_panel?refererPlid={10900 + int(layout)}";}},
				getURLHome: function() {{return "{ORIGIN}/web/guest";}},
				getUserId: function() {{return "10158";}},
				getUserName: function() {{return "";}},
				isAddSessionIdToURL: function() {{return false;}},
				isFreeformLayout: function() {{return false;}},
				isImpersonated: function() {{return false;}},
				isSignedIn: function() {{return false;}},
				isStateExclusive: function() {{return false;}},
				isStateMaximized: function() {{return false;}},
				isStatePopUp: function() {{return false;}}
			}},
			PropsValues: {{
				NTLM_AUTH_ENABLED: false
			}}
		}};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {{
			getAvailableLangPath: function() {{return 'available_languages.jsp?browserId=other&themeId=snvtheme_WAR_snvtheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6205&t=1504237800000';}},
			getCombine: function() {{return true;}},
			getComboPath: function() {{return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6205&t=1504237800000&';}},
			getFilter: function() {{return 'min';}},
			getJavaScriptRootPath: function() {{return '/html/js';}},
			getLangPath: function() {{return 'aui_lang.jsp?browserId=other&themeId=snvtheme_WAR_snvtheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6205&t=1504237800000';}}
		}};

		Liferay.authToken = '{stable_token(here, 8)}';

		Liferay.currentURL = '{url_js}';
		Liferay.currentURLEncoded = '{esc(friendly.replace("/", "%2F"))}';
	// ]]>
</script>

<script src="{r("/html/js/barebone" + hts_hash("browserId=other&themeId=snvtheme_WAR_snvtheme&colorSchemeId=01&minifierType=js&minifierBundleId=javascript.barebone.files&languageId=vi_VN&b=6205&t=1504237800000") + ".js")}" type="text/javascript"></script>

<script type="text/javascript">
	// <![CDATA[
		Liferay.Portlet.list = ['73_INSTANCE_bRc0XaQmN1sz', '101_INSTANCE_{HOME_INSTANCE}', '56_INSTANCE_vBm3Qe8LrT0a', '59_INSTANCE_pOl1Xq7RtY2u', '56_INSTANCE_tK9cWz4HjD2f'];
	// ]]>
</script>

<script>
  (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{
  (i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  }})(window,document,'script','{r("/www.google-analytics.com/analytics.js")}','ga');

  ga('create', 'UA-48923741-1', 'auto');
  ga('send', 'pageview');
</script>

	<link class="lfr-css-file" href="{r("/snv-theme/css/aui" + hts_hash("browserId=other&themeId=snvtheme_WAR_snvtheme&minifierType=css&languageId=vi_VN&b=6205&t=1504237800000") + ".css")}" rel="stylesheet" type="text/css" />
	<link class="lfr-css-file" href="{r("/snv-theme/css/main" + hts_hash("browserId=other&themeId=snvtheme_WAR_snvtheme&minifierType=css&languageId=vi_VN&b=6205&t=1504237800000") + ".css")}" rel="stylesheet" type="text/css" />
</head>

<body class=" yui3-skin-sam controls-visible guest-site signed-out public-page site">

<a href="#main-content" id="skip-to-content">Chuyển đến nội dung</a>

<div class="container-fluid" id="wrapper">
	<div class="top-bar clearfix">
		<span class="current-date"><i class="icon-calendar"></i> {esc(today)}</span>
		<ul class="top-links">
			<li><a href="{r(HOME)}">Trang chủ</a></li>
			<li><a href="{ORIGIN}/web/guest/so-do-cong">Sơ đồ cổng</a></li>
			<li><a href="{ORIGIN}/c/portal/login?p_l_id={10900 + int(layout)}" rel="nofollow">Đăng nhập</a></li>
			<li><a href="{ORIGIN}/en/web/guest/trang-chu" title="English"><img alt="English" src="{r("/snv-theme/images/language/en_US.png")}" /></a></li>
		</ul>
	</div>

	<header id="banner" role="banner">
		<div id="heading">
			<h1 class="site-title">
				<a class="logo custom-logo" href="{r(HOME)}" title="Đi đến {esc(self.spec.name)}">
					<img alt="{esc(self.spec.name)}" height="130" src="{r("/image/company_logo" + hts_hash("img_id=10212&t=1504237802117") + ".png")}" width="1170" />
				</a>
			</h1>
			<form action="{ORIGIN}/web/guest/tim-kiem" class="search-top" method="get" name="fm_search">
				<input name="_3_keywords" placeholder="Tìm kiếm..." size="30" title="Tìm kiếm" type="text" value="" />
				<a class="btn-search" href="{r(SEARCH_PAGE)}"><i class="icon-search"></i></a>
			</form>
		</div>
{nav}
	</header>

	<div id="content">
{crumbs}
<div class="columns-2-r" id="main-content" role="main">
	<div class="portlet-layout row-fluid">
		<div class="portlet-column portlet-column-first span8" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
			</div>
		</div>

		<div class="portlet-column portlet-column-last span4" id="column-2">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{sidebar}
			</div>
		</div>
	</div>
</div>
<form action="#" id="hrefFm" method="post" name="hrefFm">
	<span></span>
</form>
	</div>

{footer}
</div>

<script type="text/javascript">
// <![CDATA[
	Liferay.Util.addInputFocus();
	Liferay.Portlet.runtimePortletIds = ['73_INSTANCE_bRc0XaQmN1sz'];
// ]]>
</script>

<script type="text/javascript">
// <![CDATA[
	AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{(function() {{
		Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_101_INSTANCE_{HOME_INSTANCE}_', portletId: '101_INSTANCE_{HOME_INSTANCE}', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d{10900 + int(layout)}\\x26p_p_id\\x3d101_INSTANCE_{HOME_INSTANCE}\\x26p_p_lifecycle\\x3d0'}});
	}})();(function() {{
		new Liferay.Menu();
		var liferayNotices = Liferay.Data.notices;
		for (var i = 1; i < liferayNotices.length; i++) {{
			new Liferay.Notice(liferayNotices[i]);
		}}
	}})();(function() {{
		Liferay.Session = new Liferay.SessionBase({{
			autoExtend: true,
			sessionLength: 30,
			redirectOnExpire: false,
			redirectUrl: '{redirect_js}\\x2fweb\\x2fguest',
			warningLength: 1
		}});
	}})();}});
// ]]>
</script>

<script src="{r("/snv-theme/js/main" + hts_hash("browserId=other&minifierType=js&languageId=vi_VN&b=6205&t=1504237800000") + ".js")}" type="text/javascript"></script>
</body>

{self.mirrored(original, at)}
</html>
"""

    def navigation(self, here: str, selected: str) -> str:
        r = lambda target: esc(self.rel(target, here))  # noqa: E731
        cats = self.spec.categories
        main = self.spec.category(self.spec.main_category)
        news_children = (
            "".join(
                f'<li class="{"selected" if c.key == selected else ""}" role="presentation"><a href="{r(self.category_path(c))}" role="menuitem">{esc(c.name)}</a></li>'
                for c in cats
            )
            + f'<li role="presentation"><a href="{r(ARCHIVE_PAGE)}" role="menuitem">Tin tức cũ</a></li>'
        )
        about = "".join(
            f'<li role="presentation"><a href="{r(f"/web/guest/{slug}.html")}" role="menuitem">{esc(title)}</a></li>'
            for slug, title in STATIC_PAGES[:2]
        )
        about += (
            f'<li role="presentation"><a href="{ORIGIN}/web/guest/lanh-dao-so" role="menuitem">Lãnh đạo Sở</a></li>'
        )
        top = "".join(
            f'<li class="{"selected active" if c.key == selected else ""}" id="layout_{20 + i}" role="presentation"><a aria-labelledby="layout_{20 + i}" href="{r(self.category_path(c))}" role="menuitem"><span> {esc(c.name)}</span></a></li>'
            for i, c in enumerate(cats)
            if c.slug != main.slug
        )
        return f"""		<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">
			<div class="navbar-inner">
				<div class="collapse nav-collapse">
					<ul aria-label="Trang Web" class="nav nav-collapse" role="menubar">
						<li class="{"selected active" if selected == "trang-chu" else ""}" id="layout_1" role="presentation"><a aria-labelledby="layout_1" href="{r(HOME)}" role="menuitem"><span> Trang chủ</span></a></li>
						<li class="dropdown" id="layout_2" role="presentation"><a aria-labelledby="layout_2" class="dropdown-toggle" aria-haspopup='true' href="{r("/web/guest/gioi-thieu.html")}" role="menuitem"><span> Giới thiệu <b class="caret"></b></span></a>
							<ul class="dropdown-menu child-menu" role="menu">{about}</ul>
						</li>
						<li class="dropdown{" selected active" if selected in (main.key, ARCHIVE_KEY) else ""}" id="layout_3" role="presentation"><a aria-labelledby="layout_3" class="dropdown-toggle" aria-haspopup='true' href="{r(self.category_path(main))}" role="menuitem"><span> {esc(main.name)} <b class="caret"></b></span></a>
							<ul class="dropdown-menu child-menu" role="menu">{news_children}</ul>
						</li>
						{top}
						<li id="layout_8" role="presentation"><a aria-labelledby="layout_8" href="{ORIGIN}/web/guest/van-ban" role="menuitem"><span> Văn bản</span></a></li>
						<li id="layout_9" role="presentation"><a aria-labelledby="layout_9" href="https://dichvucong.haiphong.gov.vn/" role="menuitem" target="_blank"><span> Thủ tục hành chính</span></a></li>
						<li class="{"selected active" if selected == "lien-he" else ""}" id="layout_10" role="presentation"><a aria-labelledby="layout_10" href="{r("/web/guest/lien-he.html")}" role="menuitem"><span> Liên hệ</span></a></li>
					</ul>
				</div>
			</div>
		</nav>"""

    def breadcrumb(self, here: str, selected: str, title: str, broken_self_link: bool) -> str:
        r = lambda target: esc(self.rel(target, here))  # noqa: E731
        items = [f'<li class="first"><a href="{r(HOME)}">Trang chủ</a><span class="divider">/</span></li>']
        category = next((c for c in self.spec.categories if c.key == selected), None)
        if category is not None:
            # The theme writes the current section as a path without its leading slash; HTTrack kept it as
            # written on the section's own page, so it resolves to /web/guest/tin-tuc/web/guest/tin-tuc/index.html.
            href = (
                self.category_path(category).lstrip("/")
                if broken_self_link
                else self.rel(self.category_path(category), here)
            )
            items.append(
                f'<li class="current-parent breadcrumb-truncate"><a href="{esc(href)}">{esc(category.name)}</a></li>'
            )
        elif selected == ARCHIVE_KEY:
            items.append(
                f'<li class="current-parent breadcrumb-truncate"><a href="{r(ARCHIVE_PAGE)}">Tin tức cũ</a></li>'
            )
        elif selected != "trang-chu":
            items.append(
                f'<li class="active last breadcrumb-truncate"><a href="{esc(posixpath.basename(here))}">{esc(title)}</a></li>'
            )
        return f"""		<div class="portlet-boundary portlet-boundary_73_  portlet-static portlet-static-end portlet-borderless portlet-breadcrumb " id="p_p_id_73_INSTANCE_bRc0XaQmN1sz_">
			<span id="p_73_INSTANCE_bRc0XaQmN1sz"></span>
			<div class="portlet-borderless-container" style="">
				<div class="portlet-body">
					<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">
						{"".join(items)}
					</ul>
				</div>
			</div>
		</div>"""

    def portlet(self, portlet_id: str, title: str, body: str, extra_class: str = "") -> str:
        """A Liferay 6.2 portlet box (the vendor theme titles it with h2)."""
        kind = portlet_id.split("_INSTANCE_")[0]
        return f"""<div class="portlet-boundary portlet-boundary_{kind}_  portlet-static portlet-static-end {extra_class}" id="p_p_id_{portlet_id}_">
	<span id="p_{portlet_id}"></span>
	<section class="portlet" id="portlet_{portlet_id}">
		<header class="portlet-topper">
			<h2 class="portlet-title">
				<span class="portlet-title-text">{esc(title)}</span>
			</h2>
			<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{portlet_id}" type="toolbar"></menu>
		</header>
		<div class="portlet-content">
			<div class=" portlet-content-container" style="">
				<div class="portlet-body">
{body}
				</div>
			</div>
		</div>
	</section>
</div>
"""

    def sidebar(self, here: str, at: datetime) -> str:
        r = lambda target: esc(self.rel(target, here))  # noqa: E731
        newest = [d for d in NEW_DOCUMENTS if d[2] < at.date().isoformat()][-5:][::-1]
        docs = "".join(
            f'<li class="vb-item"><a href="{ORIGIN}/documents/10181/0/{quote(number.split()[-1].replace("/", "-"))}.pdf/{stable_token(number, 8)}-{stable_token(summary, 4)}" target="_blank"><strong>{esc(number)}</strong></a>'
            f'<p class="vb-trichyeu">{esc(summary)}</p><span class="vb-date">Ngày ban hành: {date[8:]}/{date[5:7]}/{date[:4]}</span></li>'
            for number, summary, date in newest
        )
        invest = "".join(
            f'<li><a href="{ORIGIN}/web/guest/dau-tu-cong/-/asset_publisher/dTc7QwErTy12/content/{ascii_slug(t)}">{esc(t)}</a></li>'
            for t in PUBLIC_INVESTMENT
        )
        websites = "".join(f'<option value="{esc(url)}">{esc(name)}</option>' for name, url in WEBSITES)
        banners = "".join(
            f'<p><a href="{url}" target="_blank"><img alt="{esc(name)}" src="{r("/documents/10181/0/banner" + str(i) + ".jpg")}" style="width: 100%;" /></a></p>'
            for i, (name, url) in enumerate(
                (
                    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
                    ("Hệ thống văn bản quy phạm pháp luật", "https://vbpl.vn/"),
                    ("Tạp chí Tổ chức nhà nước", "https://tcnn.vn/"),
                ),
                start=1,
            )
        )
        latest = self.known_at(at)[:5]
        latest_html = "".join(
            f'<li>{self.a(self.article_path(a), here, a.title)} <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in latest
        )
        poll = "".join(
            f'<label class="radio"><input name="_59_INSTANCE_pOl1Xq7RtY2u_choiceId" type="radio" value="{1201 + i}" /> {esc(c)}</label>'
            for i, c in enumerate(POLL)
        )
        visits = 1_850_000 + int((at - RUNS[0]).total_seconds() // 97)
        stats = (
            ("Đang truy cập", f"{31 + at.second}"),
            ("Hôm nay", f"{1200 + at.minute * 7:,}".replace(",", ".")),
            ("Tháng hiện tại", f"{38000 + at.day * 911:,}".replace(",", ".")),
            ("Tổng lượt truy cập", f"{visits:,}".replace(",", ".")),
        )
        stats_html = "".join(
            f'<li><span class="label-stat">{esc(k)}:</span> <strong>{v}</strong></li>' for k, v in stats
        )
        boxes = [
            self.portlet(
                "101_INSTANCE_nEw5AbCdEf9g",
                "Tin mới nhất",
                f'<ul class="list-news-new">{latest_html}</ul>',
                "portlet-asset-publisher",
            )
            if latest
            else "",
            self.portlet(
                "110_INSTANCE_vBm3Qe8LrT0a",
                "Văn bản mới",
                f'<div class="van-ban-moi"><ul class="list-vb">{docs}</ul><a class="xem-tat-ca" href="{ORIGIN}/web/guest/van-ban">Xem tất cả »</a></div>',
                "portlet-document-library",
            ),
            self.portlet(
                "56_INSTANCE_dTc7QwErTy12",
                "Đầu tư công",
                f'<div class="journal-content-article"><ul class="list-link">{invest}</ul></div>',
                "portlet-journal-content",
            ),
            self.portlet(
                "56_INSTANCE_bNn4RtYuIo5p",
                "Banner",
                f'<div class="journal-content-article">{banners}</div>',
                "portlet-journal-content portlet-borderless",
            ),
            self.portlet(
                "59_INSTANCE_pOl1Xq7RtY2u",
                "Thăm dò ý kiến",
                f'<form method="post" name="_59_INSTANCE_pOl1Xq7RtY2u_fm"><p class="poll-question">Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính lĩnh vực nội vụ?</p>{poll}'
                f'<button class="btn" type="submit">Bình chọn</button> <a href="{r(POLL_PAGE)}">Xem kết quả</a></form>',
                "portlet-polls-display",
            ),
            self.portlet(
                "56_INSTANCE_lKw8ZxCvBn3m",
                "Liên kết website",
                f'<select class="lien-ket-website" onchange="if (this.value != \'\') window.open(this.value);"><option value="">-- Chọn liên kết --</option>{websites}</select>',
                "portlet-journal-content",
            ),
            self.portlet(
                "56_INSTANCE_tK9cWz4HjD2f",
                "Thống kê truy cập",
                f'<ul class="thong-ke">{stats_html}</ul>',
                "portlet-journal-content",
            ),
        ]
        return "\n".join(b for b in boxes if b)

    def footer(self, here: str) -> str:
        r = lambda target: esc(self.rel(target, here))  # noqa: E731
        return f"""	<footer id="footer" role="contentinfo">
		<div class="footer-menu"><a href="{r(HOME)}">Trang chủ</a> | <a href="{r("/web/guest/gioi-thieu.html")}">Giới thiệu</a> | <a href="{r(self.category_path(self.spec.category(self.spec.main_category)))}">Tin tức</a> | <a href="{ORIGIN}/web/guest/van-ban">Văn bản</a> | <a href="{r("/web/guest/lien-he.html")}">Liên hệ</a></div>
		<div class="footer-info">
			<p><strong>TRANG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG</strong></p>
			<p>Cơ quan chủ quản: Ủy ban nhân dân thành phố Hải Phòng</p>
			<p>Cơ quan thực hiện: {esc(self.spec.owner)} - Chịu trách nhiệm chính: Giám đốc Sở Nội vụ</p>
			<p>{esc(self.spec.license)}</p>
			<p>Địa chỉ: {esc(self.spec.address)} - Điện thoại: (0225) 3842 619 - Fax: (0225) 3842 587 - Email: snv@haiphong.gov.vn</p>
			<p>Bản quyền thuộc về {esc(self.spec.owner)}. Ghi rõ nguồn “Trang thông tin điện tử Sở Nội vụ thành phố Hải Phòng” khi phát hành lại thông tin từ trang này.</p>
		</div>
		<p class="powered-by">Thiết kế và phát triển trên nền tảng <a href="http://www.liferay.com/" rel="external">Liferay</a></p>
	</footer>"""

    # ---- page bodies ------------------------------------------------------------------------
    def abstract(self, article: CorpusArticle, here: str, with_image: bool = True) -> str:
        link = esc(self.rel(self.article_path(article), here))
        image = (
            f'<div class="asset-small-image"><a href="{link}"><img alt="" class="asset-small-image" src="{esc(self.image(article, here))}" width="150" /></a></div>'
            if with_image
            else ""
        )
        return f"""<div class="asset-abstract default-asset-publisher">
	<div class="lfr-meta-actions asset-actions"></div>
	<h3 class="asset-title"><a href="{link}"><img alt="" src="{esc(self.rel("/html/themes/classic/images/file_system/small/html.png", here))}" /> {esc(article.title)}</a></h3>
	<div class="asset-content">
		{image}
		<div class="asset-summary">{esc(self.teaser(article, 220))}</div>
		<div class="asset-more"><a href="{link}">Xem tiếp <span class="hide-accessible">về {esc(article.title)}</span> » </a></div>
	</div>
	<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{self.date_line(article)}</span></div>
</div>
"""

    def home_main(self, here: str, at: datetime) -> str:
        known = self.known_at(at)
        main = self.spec.category(self.spec.main_category)
        featured = "".join(self.abstract(a, here) for a in known[:3])
        news = "".join(
            f'<li>{self.a(self.article_path(a), here, a.title)} <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in known[3:9]
        )
        boxes = [
            self.portlet(
                f"101_INSTANCE_{HOME_INSTANCE}",
                "Tin nổi bật",
                f'<div class="tin-noi-bat">{featured}</div>',
                "portlet-asset-publisher",
            ),
            self.portlet(
                "101_INSTANCE_hMnWs6PzQa4x",
                main.name,
                f'<ul class="list-news">{news}</ul><div class="xem-them">{self.a(self.category_path(main), here, "Xem thêm »")}</div>',
                "portlet-asset-publisher",
            ),
        ]
        for category in self.spec.categories:
            if category.slug == main.slug:
                continue
            items = [a for a in known if a.category == category.slug][:4]
            rows = "".join(f"<li>{self.a(self.article_path(a), here, a.title)}</li>" for a in items)
            boxes.append(
                self.portlet(
                    f"101_INSTANCE_{stable_token('home' + category.key, 12)}",
                    category.name,
                    f'<ul class="list-news">{rows}</ul><div class="xem-them">{self.a(self.category_path(category), here, "Xem tất cả »")}</div>',
                    "portlet-asset-publisher",
                )
            )
        boxes.append(
            self.portlet(
                "56_INSTANCE_aRcH1vE0lDn5",
                "Tin tức cũ",
                f'<div class="journal-content-article"><p>Tin, bài đăng trên Trang thông tin điện tử của Sở trước năm 2018 được lưu tại mục {self.a(ARCHIVE_PAGE, here, "Tin tức cũ")}.</p></div>',
                "portlet-journal-content",
            )
        )
        return "\n".join(boxes)

    def paginator(self, here: str, category: Category, number: int, pages: int, total: int, size: int) -> str:
        if pages <= 1:
            return (
                f'<div class="taglib-page-iterator"><div class="search-results">Hiển thị {total} kết quả.</div></div>'
            )
        link = lambda n, text: f'<a href="{esc(self.rel(self.page_path(category, n), here))}">{text}</a>'  # noqa: E731
        first = (
            f'<li class="first">{link(1, "Đầu")}</li>'
            if number > 1
            else '<li class="first disabled"><a href="javascript:;">Đầu</a></li>'
        )
        prev = (
            f'<li class="previous">{link(number - 1, "Trước")}</li>'
            if number > 1
            else '<li class="previous disabled"><a href="javascript:;">Trước</a></li>'
        )
        nums = "".join(
            f'<li class="page-number{" active" if n == number else ""}">{link(n, str(n))}</li>'
            for n in range(1, pages + 1)
        )
        nxt = (
            f'<li class="next">{link(number + 1, "Tiếp")}</li>'
            if number < pages
            else '<li class="next disabled"><a href="javascript:;">Tiếp</a></li>'
        )
        last = (
            f'<li class="last">{link(pages, "Cuối")}</li>'
            if number < pages
            else '<li class="last disabled"><a href="javascript:;">Cuối</a></li>'
        )
        start = (number - 1) * size + 1
        end = min(number * size, total)
        return f"""<div class="taglib-page-iterator" id="_101_INSTANCE_{self.instance(category)}_ocerSearchContainerPageIterator">
	<div class="clearfix lfr-pagination">
		<div class="lfr-pagination-config">
			<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title="Trang {number} của {pages}"><span class="lfr-icon-menu-text">Trang {number} của {pages}</span> <i class="caret"></i></a></div></div>
			<small class="search-results">Hiển thị {start} - {end} của {total} kết quả.</small>
		</div>
		<ul class="lfr-pagination-buttons pager">{first}{prev}{nums}{nxt}{last}</ul>
	</div>
</div>"""

    def listing_main(
        self, here: str, category: Category, items: list[CorpusArticle], number: int, pages: int, total: int, size: int
    ) -> str:
        rows = "".join(self.abstract(a, here) for a in items)
        body = f"{rows}\n{self.paginator(here, category, number, pages, total, size)}"
        return self.portlet(f"101_INSTANCE_{self.instance(category)}", category.name, body, "portlet-asset-publisher")

    def body_html(self, article: CorpusArticle, here: str) -> str:
        """The web content as its editor typed it: a bold lead, justified paragraphs, a photo now and then."""
        style = ' style="text-align: justify;"'
        indent = "&nbsp;&nbsp;&nbsp; " if article.number % 4 == 1 else ""
        parts = []
        if article.lead:
            if article.number % 3 == 0:
                parts.append(f'<p class="sapo"{style}><em><strong>{esc(article.lead)}</strong></em></p>')
            else:
                parts.append(f"<p{style}><strong>{esc(article.lead)}</strong></p>")
        for i, paragraph in enumerate(article.paragraphs):
            if i == 1 and article.number % 3 == 2:
                caption = CAPTIONS[article.number % len(CAPTIONS)]
                parts.append(
                    f'<p style="text-align: center;"><img alt="" src="{esc(self.image(article, here))}" style="width: 600px; height: 400px;" /></p>'
                )
                parts.append(
                    f'<p style="text-align: center;"><em>{esc(caption)} Ảnh: {esc(article.author or "Văn phòng Sở")}</em></p>'
                )
            parts.append(f"<p{style}>{indent}{esc(paragraph)}</p>")
            if article.number % 5 == 0 and i == 0:
                parts.append(f"<p{style}>&nbsp;</p>")
        parts.append(self.signature(article))
        parts.append(self.label(article))
        return "\n".join(p for p in parts if p)

    def neighbours_of(self, article: CorpusArticle, at: datetime) -> list[CorpusArticle]:
        """'Tin khác': the nearest older items of the same list (the archive for archived news)."""
        if self.is_archived(article):
            pool = [a for a in self.archived if a is not self.hidden and a.id != article.id]
        else:
            pool = [a for a in self.known_at(at) if a.category == article.category and a.id != article.id]
        older = [a for a in pool if self.when[a.id].at <= self.when[article.id].at]
        newer = [a for a in pool if a not in older]
        return (older + newer[::-1])[: self.related_count]

    def article_main(self, here: str, article: CorpusArticle, portlet_title: str, at: datetime) -> str:
        r = lambda target: esc(self.rel(target, here))  # noqa: E731
        inst = ARCHIVE_INSTANCE if self.is_archived(article) else self.instance(self.spec.category(article.category))
        back = ARCHIVE_PAGE if self.is_archived(article) else self.category_path(self.spec.category(article.category))
        byline = self.byline_author(article)
        author_meta = f'<span class="metadata-entry metadata-author">Tác giả: {esc(byline)}</span>' if byline else ""
        tags = {
            "binh-dang-gioi": ("bình đẳng giới", "vì sự tiến bộ của phụ nữ"),
            "cai-cach-hanh-chinh": ("cải cách hành chính",),
            "cong-chuc": ("công chức", "viên chức"),
        }.get(article.category, ("tin hoạt động",))
        tag_html = "".join(
            f'<a class="tag" href="{ORIGIN}/web/guest/tin-tuc/-/asset_publisher/{inst}/tag/{esc(t.replace(" ", "+"))}">{esc(t)}</a> '
            for t in tags
        )
        related = (
            [a for a in self.neighbours_of(article, at) if a.category == article.category][:2]
            if article.number % 3 == 0
            else []
        )
        related_html = ""
        if related:
            rows = "".join(
                f'<li class="asset-links-list-item"><a href="{r(self.article_path(a))}">{esc(a.title)}</a></li>'
                for a in related
            )
            related_html = f'<div class="asset-links"><h2 class="asset-links-title">Nội dung liên quan</h2><ul class="asset-links-list">{rows}</ul></div>'
        share_url = f"{ORIGIN}{self.article_base(article)}"
        full = f"""<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
	<div class="lfr-meta-actions asset-actions"></div>
	<div class="taglib-header ">
		<span class="header-back-to">
			<a class="icon-circle-arrow-left previous-level" href="{r(back)}" id="_101_INSTANCE_{inst}_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a>
		</span>
		<h3 class="header-title"><span>{esc(article.title)}</span></h3>
	</div>
	<div class="asset-metadata">
		<span class="metadata-entry metadata-publish-date">{self.date_line(article)}</span>
		{author_meta}
		<span class="metadata-entry metadata-view-count">Lượt xem: {self.views(article)}</span>
	</div>
	<div class="asset-user-actions">
		<div class="print-action"><span class="lfr-icon-item taglib-icon"><a href="{r(self.print_path(article))}" id="_101_INSTANCE_{inst}_printLink" target="_blank" title="In bài viết"><i class="icon-print"></i> <span class="taglib-text">In bài viết</span></a></span></div>
		<div class="send-action"><span class="lfr-icon-item taglib-icon"><a href="{r(self.send_path(article))}" title="Gửi bài viết"><i class="icon-envelope"></i> <span class="taglib-text">Gửi bài viết</span></a></span></div>
	</div>
	<div class="asset-content" id="_101_INSTANCE_{inst}_{self.numeric_id(article)}">
		<div class="journal-content-article">
{self.body_html(article, here)}
		</div>
		{related_html}
	</div>
	<div class="asset-tags"><span class="taglib-asset-tags-summary">Từ khóa: {tag_html}</span></div>
	<div class="taglib-social-bookmarks" id="_101_INSTANCE_{inst}_socialBookmarks">
		<ul class="unstyled">
			<li class="taglib-social-bookmark-facebook"><a href="http://www.facebook.com/sharer.php?u={esc(share_url)}" target="_blank">Chia sẻ Facebook</a></li>
			<li class="taglib-social-bookmark-twitter"><a href="https://twitter.com/intent/tweet?url={esc(share_url)}" target="_blank">Twitter</a></li>
		</ul>
	</div>
	<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote"><div class="rating-label">Bình chọn trung bình (0 Bình chọn)</div></div></div></div>
</div>"""
        others = self.neighbours_of(article, at)
        other_rows = "".join(
            f'<li>{self.a(self.article_path(a), here, a.title)} <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in others
        )
        parts = [self.portlet(f"101_INSTANCE_{inst}", portlet_title, full, "portlet-asset-publisher")]
        if other_rows:
            parts.append(
                self.portlet(
                    f"101_INSTANCE_{OTHER_INSTANCE}",
                    "Tin khác",
                    f'<ul class="list-news-other">{other_rows}</ul>',
                    "portlet-asset-publisher",
                )
            )
        return "\n".join(parts)

    def print_page(self, here: str, original: str, article: CorpusArticle, at: datetime) -> str:
        """Liferay's pop_up print view: no chrome, no canonical, window.print() on load."""
        r = lambda target: esc(self.rel(target, here))  # noqa: E731
        return f"""<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="vi-VN">

{self.mirrored(original, at)}
<!-- Added by HTTrack --><meta http-equiv="content-type" content="text/html;charset=UTF-8" /><!-- /Added by HTTrack -->
<head>
	<title>{esc(article.title)} - {esc(self.spec.name)}</title>
	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="noindex, nofollow" name="robots" />
<link class="lfr-css-file" href="{r("/snv-theme/css/main" + hts_hash("browserId=other&themeId=snvtheme_WAR_snvtheme&minifierType=css&languageId=vi_VN&b=6205&t=1504237800000") + ".css")}" rel="stylesheet" type="text/css" />
</head>

<body class="portal-popup  yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div class="columns-1" id="main-content" role="main">
<div class="portlet-boundary portlet-boundary_101_  portlet-static portlet-static-end portlet-asset-publisher " id="p_p_id_101_INSTANCE_print_">
	<div class="portlet-body">
		<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
			<div class="taglib-header "><h3 class="header-title"><span>{esc(article.title)}</span></h3></div>
			<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{self.date_line(article)}</span></div>
			<div class="asset-content">
				<div class="journal-content-article">
{self.body_html(article, here)}
				</div>
			</div>
		</div>
		<div class="print-action"><a href="javascript:print();">In</a> | <a href="javascript:window.close();">Đóng cửa sổ</a></div>
	</div>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
	AUI().ready(function() {{ print(); }});
// ]]>
</script>
</body>

{self.mirrored(original, at)}
</html>
"""

    def send_main(self, here: str, article: CorpusArticle) -> str:
        form = f"""<div class="gui-bai-viet">
	<p>Bài viết: <strong>{self.a(self.article_path(article), here, article.title)}</strong></p>
	<p class="mo-ta">{esc(self.teaser(article, 160))}</p>
	<form action="{ORIGIN}/web/guest/{esc(self.spec.category(article.category).key)}?p_p_id={SEND_PORTLET}&amp;p_p_lifecycle=1&amp;p_p_state=normal" method="post" name="_{SEND_PORTLET}_fm">
		<div class="control-group"><label for="_{SEND_PORTLET}_fromName">Họ và tên người gửi</label><input id="_{SEND_PORTLET}_fromName" name="_{SEND_PORTLET}_fromName" type="text" /></div>
		<div class="control-group"><label for="_{SEND_PORTLET}_fromEmail">Email người gửi</label><input id="_{SEND_PORTLET}_fromEmail" name="_{SEND_PORTLET}_fromEmail" type="text" /></div>
		<div class="control-group"><label for="_{SEND_PORTLET}_toEmail">Email người nhận</label><input id="_{SEND_PORTLET}_toEmail" name="_{SEND_PORTLET}_toEmail" type="text" /></div>
		<div class="control-group"><label for="_{SEND_PORTLET}_message">Lời nhắn</label><textarea id="_{SEND_PORTLET}_message" name="_{SEND_PORTLET}_message" rows="4"></textarea></div>
		<button class="btn btn-primary" type="submit">Gửi</button> <a class="btn" href="{esc(self.rel(self.article_path(article), here))}">Quay lại</a>
	</form>
</div>"""
        return self.portlet(f"{SEND_PORTLET}", "Gửi bài viết", form, "portlet-gui-bai-viet")

    def archive_main(self, here: str) -> str:
        rows = []
        for article in self.archived:
            if article is self.hidden:
                link = f'<a href="{esc(self.old_link(article))}">{esc(article.title)}</a>'
            else:
                link = self.a(self.article_path(article), here, article.title)
            rows.append(
                f'<tr><td style="width: 90px; vertical-align: top;">{self.when[article.id].dmy()}</td><td>{link}</td></tr>'
            )
        body = f"""<div class="journal-content-article">
<p style="text-align: justify;">Mục này lưu các tin, bài đăng trên Trang thông tin điện tử Sở Nội vụ trước khi chuyển sang hệ thống mới. Một số liên kết có thể chuyển hướng về địa chỉ mới.</p>
<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;">
<tbody>
<tr><td style="width: 90px;"><strong>Ngày đăng</strong></td><td><strong>Tiêu đề</strong></td></tr>
{"".join(rows)}
</tbody>
</table>
</div>"""
        return self.portlet("56_INSTANCE_aRcH1vE0lDn5", "Tin tức cũ", body, "portlet-journal-content")

    def static_main(self, here: str, slug: str, title: str) -> str:
        if slug == "gioi-thieu":
            text = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in DUTIES)
        elif slug == "co-cau-to-chuc":
            text = (
                "<p><strong>Lãnh đạo Sở:</strong> Giám đốc và các Phó Giám đốc Sở.</p><p><strong>Các phòng, đơn vị:</strong></p><ul>"
                + "".join(f"<li>{esc(u)}</li>" for u in UNITS)
                + "</ul>"
            )
        else:
            text = (
                f"<p><strong>{esc(self.spec.owner.upper())}</strong></p><p>Địa chỉ: {esc(self.spec.address)}</p>"
                "<p>Điện thoại: (0225) 3842 619 - Fax: (0225) 3842 587</p><p>Email: snv@haiphong.gov.vn</p>"
                f'<p>Tiếp nhận phản ánh, kiến nghị về thủ tục hành chính: <a href="https://dichvucong.haiphong.gov.vn/">dichvucong.haiphong.gov.vn</a></p>'
            )
        return self.portlet(
            f"56_INSTANCE_{stable_token(slug, 12)}",
            title,
            f'<div class="journal-content-article">{text}</div>',
            "portlet-journal-content",
        )

    def search_main(self) -> str:
        body = """<form class="form-search" method="get" name="_3_fm"><input class="search-query" name="_3_keywords" size="30" type="text" value="" /> <button class="btn" type="submit">Tìm kiếm</button></form>
<div class="search-results"><div class="alert alert-info">Không tìm thấy kết quả nào phù hợp.</div></div>"""
        return self.portlet("3", "Tìm kiếm", body, "portlet-search")

    def poll_main(self) -> str:
        votes = (412, 288, 57)
        total = sum(votes)
        rows = "".join(
            f"<tr><td>{esc(c)}</td><td>{v}</td><td>{v * 100 / total:.1f}%</td></tr>"
            for c, v in zip(POLL, votes, strict=True)
        )
        body = f'<p class="poll-question">Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính lĩnh vực nội vụ?</p><table class="table table-bordered"><tbody>{rows}</tbody></table><p>Tổng số phiếu: {total}</p>'
        return self.portlet("59_INSTANCE_pOl1Xq7RtY2u", "Thăm dò ý kiến", body, "portlet-polls-display")
