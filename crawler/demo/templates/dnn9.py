"""A provincial committee's sub-site on the province's DotNetNuke multi-portal installation, with a vendor news module.

The site of the Ban Vì sự tiến bộ của phụ nữ tỉnh Quảng Ngãi: one portal (id 27, alias bvstbpn.quangngai.gov.vn) of the
DNN installation that also runs the provincial portal and the departments' sites. It was set up in 2017 on DNN 7 with
the 'searchfriendly' URL provider and a Vietnamese vendor's news module ('CSP_News': a list control, a Detail control
shown with ``ctl=Detail&mid=M&ItemID=K``, a Print control); in August 2020 the installation moved to DNN 9 with the
Advanced URL provider (lower-cased ``/vi-vn/<page>/ctl/detail/mid/M/itemid/K``, the culture prefix because two languages
are enabled) and kept answering every older form: the DNN 7 path form ``/<page>/tabid/N/.../Default.aspx`` (the page
name before ``/tabid/`` is decoration), the raw ``/Default.aspx?tabid=N&ctl=Detail&mid=M&ItemID=K&language=vi-VN``, the
list control's inline detail ``/vi-vn/<page>/itemid/K``. In 2023 a second version of the module added 'Tin mới' and
'Tin xem nhiều' boxes whose links go to a details page of their own, ``/vi-vn/chi-tiet-tin/ArticleId/K/<slug>`` (only
the id routes).

What DNN itself does is imitated too: module isolation (with ``ctl=`` only the module is rendered, the other panes stay
empty), the page <title> 'Portal > Page' that the old Detail control never replaces, the container's print action
(``/mid/M/dnnprintmode/true?SkinSrc=...``, printing the module's default view, not the article), ``?popUp=true``,
per-page login links with ``returnurl``, per-tab Terms and Privacy pages, ``LinkClick.aspx`` file tickets and tab links,
the installation's shared robots.txt (its Sitemap line a commented placeholder, ``/*/ctl/`` disallowed for Googlebot and
Slurp only), the core sitemap provider at ``/SiteMap.aspx`` (pages, never articles), DNN 9 search results rendered by
script from ``/API/internalservices/SearchService/Search``, case-insensitive paths and parameters, parameters appended
as path pairs ignored, the 404 page of the portal settings, __VIEWSTATE of hundreds of kilobytes (over a megabyte on
the home page) before the content, and a verification token, a visitor counter and view counters new in every response.

The Ban's standing office was the Sở Lao động - Thương binh và Xã hội until 28 February 2025 and the Sở Nội vụ after;
Quảng Ngãi and Kon Tum merged on 1 July 2025 and the sub-site carries on for the merged province (a notice on every
page says so).
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import base64
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape
from html.entities import codepoint2name
from itertools import count
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import tags_of
from govnews.crawler.demo.text import VN_TZ, ascii_slug, esc, stable_token

PRODUCTION = "http://bvstbpn.quangngai.gov.vn"  # the portal's primary alias (share links, the v2 module's og:url)
PROVINCE_PORTAL = "https://www.quangngai.gov.vn"  # portal 0 of the same installation
PORTAL_ID = 27
TODAY = datetime(2025, 12, 6, 9, 12, tzinfo=VN_TZ)  # the skin's date object and the print views' 'Ngày in'
UPGRADED = datetime(2020, 8, 15, tzinfo=VN_TZ)  # DNN 7.4 -> 9.x: RadEditor bodies before, CKEditor after
SKIN = "/Portals/_default/Skins/QNG_2016"
CONTAINERS = "/Portals/_default/Containers/QNG_2016"
MODULE_DIR = "/DesktopModules/CSP_News"
CDV = 186  # the Client Dependency version every resource URL carries
PRINT_QUERY = "SkinSrc=%5bG%5dSkins%2f_default%2fNo+Skin&ContainerSrc=%5bG%5dContainers%2f_default%2fNo+Container"
HEADERS = {
    "Cache-Control": "private",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
    "X-UA-Compatible": "IE=edge",
}
WEEKDAYS_NET = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")  # vi-VN 'dddd'
# __VIEWSTATE sizes (characters) by page kind: DNN keeps every module's state, the home page's rotator most of all.
VIEWSTATE = {"home": 1_250_000, "tab": 320_000, "detail": 84_000, "v2": 150_000, "small": 36_000, "print": 9_000}
STATS = (
    ("Đang truy cập", "\x00ONLINE\x00"),
    ("Hôm nay", "214"),
    ("Tháng hiện tại", "6.083"),
    ("Tổng lượt truy cập", "1.482.906"),
)
NOTICE = (
    "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, từ ngày 01/7/2025 tỉnh Quảng Ngãi và tỉnh Kon Tum "
    "hợp nhất thành tỉnh Quảng Ngãi. Trang thông tin điện tử của Ban Vì sự tiến bộ của phụ nữ tỉnh tiếp tục cập nhật "
    "thông tin về công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn tỉnh Quảng Ngãi sau hợp nhất."
)
EXTERNAL_LINKS = (
    ("Cổng Thông tin điện tử tỉnh Quảng Ngãi", PROVINCE_PORTAL),
    ("Sở Nội vụ tỉnh Quảng Ngãi", "https://sonoivu.quangngai.gov.vn"),
    ("Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi", "https://phunu.quangngai.gov.vn"),
    ("Bộ Nội vụ", "https://moha.gov.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
)
CURRENT = ' class="rgCurrentPage"'
ACCOUNTS = ("Biên tập viên", "Quản trị BVSTBPN", "bientap.snv")  # DNN display names of the editors' accounts


@dataclass(frozen=True)
class Tab:
    id: int
    path: str  # the Advanced URL path under /vi-vn/ (lower case, parents included)
    name: str  # the page name (menu, breadcrumb)
    kind: str  # home | html | news | search | calendar | notfound | v2
    parent: int | None = None
    visible: bool = True
    category: str | None = None
    mid: int = 0  # the main module on the page
    pager: str = ""  # news pages: paging (DNN PagingControl) | postback | grid | query


# The news pages: corpus category -> (path, module id, pager, parent category). The tab ids are the spec's keys.
NEWS_PLAN = {
    "tin-tuc": ("tin-tuc-su-kien", 4563, "postback", None),
    "hoat-dong": ("hoat-dong-cua-ban", 4562, "postback", None),
    "binh-dang-gioi": ("binh-dang-gioi", 4561, "paging", None),
    "phong-chong-bao-luc": ("phong-chong-bao-luc-gia-dinh", 4564, "paging", "binh-dang-gioi"),
    "van-ban": ("van-ban-chi-dao-dieu-hanh", 4566, "grid", None),
    "thong-bao": ("thong-bao", 4568, "query", None),
}
HOME = Tab(1283, "trang-chu", "Trang chủ", "home", mid=4550)
INTRO = Tab(1284, "gioi-thieu", "Giới thiệu", "html", mid=4540)
FUNCTIONS = Tab(1290, "gioi-thieu/chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ", "html", parent=1284, mid=4541)
MEMBERS = Tab(1291, "gioi-thieu/thanh-vien-ban", "Thành viên Ban", "html", parent=1284, mid=4542)
CONTACT = Tab(1292, "gioi-thieu/lien-he", "Liên hệ", "html", parent=1284, mid=4543)
SEARCH = Tab(1294, "ket-qua-tim-kiem", "Kết quả tìm kiếm", "search", visible=False, mid=4570)
CALENDAR = Tab(1295, "xem-tin-theo-ngay", "Xem tin theo ngày", "calendar", visible=False, mid=4571)
NOT_FOUND = Tab(1296, "khong-tim-thay-trang", "Không tìm thấy trang", "notfound", visible=False, mid=4572)
DETAIL_V2 = Tab(1297, "chi-tiet-tin", "Chi tiết tin", "v2", visible=False, mid=4575)
HTML_PAGES = {
    1284: (
        "Trang thông tin điện tử của Ban Vì sự tiến bộ của phụ nữ tỉnh Quảng Ngãi đăng tải tin tức về hoạt động của Ban, các văn bản chỉ đạo, điều hành và thông tin về công tác bình đẳng giới, vì sự tiến bộ của phụ nữ, phòng, chống bạo lực gia đình trên địa bàn tỉnh.",
        "Trang được xây dựng năm 2017 trên hệ thống Cổng thông tin điện tử của tỉnh; từ ngày 01/7/2025 tiếp tục hoạt động phục vụ Ban Vì sự tiến bộ của phụ nữ tỉnh Quảng Ngãi sau hợp nhất.",
    ),
    1290: (
        "Ban Vì sự tiến bộ của phụ nữ tỉnh là tổ chức phối hợp liên ngành, có chức năng giúp Ủy ban nhân dân tỉnh nghiên cứu, chỉ đạo, phối hợp giải quyết những vấn đề liên ngành về bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn tỉnh.",
        "Ban có nhiệm vụ: giúp Ủy ban nhân dân tỉnh chỉ đạo các sở, ban, ngành, địa phương xây dựng và thực hiện kế hoạch hằng năm về bình đẳng giới; đôn đốc, kiểm tra việc thực hiện; tổng hợp, báo cáo định kỳ kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.",
        "Cơ quan thường trực của Ban là Sở Lao động - Thương binh và Xã hội (từ ngày 01/3/2025 là Sở Nội vụ).",
    ),
    1291: (
        "Trưởng ban: Phó Chủ tịch Ủy ban nhân dân tỉnh. Phó Trưởng ban Thường trực: Giám đốc Sở Nội vụ. Phó Trưởng ban: Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.",
        "Các thành viên: lãnh đạo các sở Tài chính, Tư pháp, Y tế, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Dân tộc và Tôn giáo, Công an tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động tỉnh, Tỉnh đoàn và Báo và Phát thanh, Truyền hình Quảng Ngãi.",
    ),
    1292: (
        "Văn phòng Ban Vì sự tiến bộ của phụ nữ tỉnh Quảng Ngãi: Sở Nội vụ tỉnh Quảng Ngãi, số 130 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi.",
        "Điện thoại: (0255) 3 822 417. Thư điện tử: bvstbpn@quangngai.gov.vn.",
    ),
}
TERMS = (
    "Bằng việc truy cập và sử dụng trang thông tin điện tử này, bạn đồng ý tuân thủ các điều khoản sử dụng dưới đây.",
    "Thông tin trên trang được cung cấp nhằm phục vụ công tác tuyên truyền; khi phát hành lại thông tin từ trang này phải ghi rõ nguồn.",
)
PRIVACY = (
    "Trang thông tin điện tử không thu thập thông tin cá nhân của người truy cập, trừ các thông tin do người dùng tự nguyện cung cấp khi đăng ký tài khoản.",
    "Các tệp cookie chỉ được sử dụng để ghi nhớ ngôn ngữ hiển thị và phiên làm việc.",
)

# ---- the plan, by corpus number; each entry names a word of the title it belongs to and is applied only then ------------
# Photos pasted into the body: (title word, after body paragraph i, caption, credit).
PHOTOS = {
    5: (
        "Sơn Tịnh",
        1,
        "Các đại biểu diễu hành hưởng ứng Tháng hành động tại trung tâm huyện Sơn Tịnh.",
        "Ảnh: Hoàng Yến",
    ),
    9: ("Lý Sơn", 0, "Một “Địa chỉ tin cậy” tại xã An Vĩnh, huyện Lý Sơn.", "Ảnh: Thu Hiền"),
    12: ("Hội thao", 0, "Trận chung kết môn bóng chuyền hơi nữ.", ""),
    20: ("Mộ Đức", 2, "Ra mắt Câu lạc bộ “Thủ lĩnh của sự thay đổi” tại Trường THCS Nguyễn Tự Tân.", "Ảnh: H.Y"),
    31: ("năm 2022", 0, "Quang cảnh hội nghị.", ""),
    40: (
        "khởi nghiệp",
        3,
        "Gian hàng của một hợp tác xã do phụ nữ làm chủ tại Ngày hội phụ nữ khởi nghiệp.",
        "Ảnh: Như Quỳnh",
    ),
    47: ("Minh Long", 1, "Các em học sinh người Hrê tham gia buổi đối thoại.", "Ảnh: Đinh Thị Hoa"),
    55: (
        "năm 2025",
        0,
        "Phó Chủ tịch UBND tỉnh, Trưởng ban Vì sự tiến bộ của phụ nữ tỉnh phát biểu phát động.",
        "Ảnh: N.Q",
    ),
}
# A data table inside the body: (title word, after paragraph i, bold title line, rows).
TABLES = {
    27: (
        "nữ trúng cử",
        0,
        "Tỷ lệ nữ trúng cử đại biểu HĐND các cấp",
        (
            ("Cấp", "Nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2021 - 2026"),
            ("Tỉnh", "26,0%", "30,8%"),
            ("Huyện", "23,1%", "27,4%"),
            ("Xã", "22,6%", "25,9%"),
        ),
    )
}
# The sapo typed into the body as well as into the module's 'Tóm tắt' field.
LEAD_TWICE = {7: "lồng ghép", 24: "10 năm"}
# DNN 7 articles whose sapo is only a bold first paragraph of the body (the 'Tóm tắt' field left empty).
LEAD_IN_BODY = {5: "Sơn Tịnh", 13: "Ba Tơ", 19: "Bình Châu", 22: "COVID-19"}
# Credits under the signature.
CREDITS = {16: ("ung thư", "(Nguồn: Hội LHPN tỉnh)"), 40: ("khởi nghiệp", "Theo Báo Quảng Ngãi")}
# 'Bài, ảnh:' / 'Tin:' prefixes of bylines.
BYLINE_PREFIX = {9: ("Lý Sơn", "Bài, ảnh:"), 30: ("trực tuyến", "Tin:"), 47: ("Minh Long", "Bài, ảnh:")}
# Plans and reports linked straight from /Portals/27/ (RadEditor's document manager) with 'Nội dung chi tiết ... tại đây'.
PORTALS_FILES = {
    2: ("năm 2017", "2017", "KH 38-UBND.pdf"),
    24: ("10 năm", "2020", "Bao cao tong ket 10 nam Chien luoc BDG.pdf"),
}
# 'Xem thêm:' lines pasted under bodies: (title word, target number or None for a deleted item, link form).
SEE_ALSO = {
    19: ("Bình Châu", 9, "dnn7inline"),  # DNN 7's searchfriendly form of the list control's inline detail
    20: ("Mộ Đức", 5, "dnn7"),  # DNN 7's searchfriendly form of the Detail control, copied from the address bar
    24: ("10 năm", 13, "fbclid"),  # copied back from the Ban's Facebook post
    30: (
        "trực tuyến",
        20,
        "ampamp",
    ),  # pasted from an e-mail: '&amp;amp;' hides ctl and ItemID, DNN shows the page's list
    39: ("Luật", 19, "raw"),  # the raw Default.aspx query form
    44: ("nữ cán bộ", None, "deleted"),  # the item it names was deleted: the module's 'not found' text in full chrome
    47: ("Minh Long", 34, "v2stale"),  # the v2 details page with the slug of the item's first title
    55: ("năm 2025", 30, "production"),  # absolute, on the production host
}
# The items' first titles (the v2 slug of an older link keeps them: only the id routes).
FIRST_TITLES = {34: "Tuyên truyền phòng chống mua bán người vùng biển"}
# Vendor 'Tin liên quan' picked by the editors: number -> numbers.
RELATED_PICKS = {
    24: ("10 năm", (13, 7)),
    39: ("Luật", (19, 30)),
    44: ("nữ cán bộ", (27,)),
    55: ("năm 2025", (30, 47, 20)),
}


def vi_clock(at: datetime) -> str:
    """.NET's vi-VN DateTime.ToString(): '09/03/2023 3:20:00 CH' (SA before noon, CH after)."""
    hour = at.hour % 12 or 12
    return f"{at:%d/%m/%Y} {hour}:{at:%M:%S} {'SA' if at.hour < 12 else 'CH'}"


def lower_escapes(text: str) -> str:
    """.NET writes percent escapes in lower case ('%2fvi-vn%2f')."""
    pieces = text.split("%")
    return pieces[0] + "".join("%" + p[:2].lower() + p[2:] for p in pieces[1:])


def url_encode(text: str) -> str:
    """HttpUtility.UrlEncode: UTF-8, lower-case escapes, '+' for spaces."""
    return lower_escapes(quote(text, safe="-_.!*()").replace("%20", "+"))


def entities(text: str) -> str:
    """RadEditor's output with ConvertCharactersToEntities: named entities where HTML 4 has them, numeric otherwise."""
    out = []
    for char in esc(text):
        if ord(char) < 128:
            out.append(char)
        elif ord(char) in codepoint2name:
            out.append(f"&{codepoint2name[ord(char)]};")
        else:
            out.append(f"&#{ord(char)};")
    return "".join(out)


def vn_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


@dataclass(frozen=True)
class Page:
    """A rendered page before the per-request slots are filled."""

    html: str
    status: int = 200
    content_type: str = "text/html; charset=utf-8"


class DnnPortal(Template):
    sitemap_path = None  # /SiteMap.aspx lists pages only (DNN's core provider); no article is in it
    feed_path = None  # the module's RSS is under the disallowed /DesktopModules/ and holds the newest 20 of a category
    related_count = 6

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.news_tabs: dict[str, Tab] = {}
        extra_mid = count(4580)
        for category in self.spec.categories:
            path, mid, pager, parent = NEWS_PLAN.get(
                category.slug, (ascii_slug(category.name), next(extra_mid), "postback", None)
            )
            self.news_tabs[category.slug] = Tab(
                int(category.key), path, category.name, "news", category=category.slug, mid=mid, pager=pager
            )
        for slug, tab in list(self.news_tabs.items()):
            parent_slug = NEWS_PLAN.get(slug, ("", 0, "", None))[3]
            if parent_slug and parent_slug in self.news_tabs:
                parent_tab = self.news_tabs[parent_slug]
                self.news_tabs[slug] = Tab(
                    tab.id,
                    f"{parent_tab.path}/{tab.path}",
                    tab.name,
                    "news",
                    parent=parent_tab.id,
                    category=slug,
                    mid=tab.mid,
                    pager=tab.pager,
                )
        fixed = [HOME, INTRO, FUNCTIONS, MEMBERS, CONTACT, SEARCH, CALENDAR, NOT_FOUND, DETAIL_V2]
        self.tabs: dict[int, Tab] = {t.id: t for t in fixed} | {t.id: t for t in self.news_tabs.values()}
        self.by_path = {t.path: t for t in self.tabs.values()}
        self.by_number = {a.number: a for a in self.articles}
        self.item_id = {a.id: self.spec.article_id_base + 23 * a.number + (7 * a.number) % 13 for a in self.articles}
        self.by_item = {self.item_id[a.id]: a for a in self.articles}
        self.tickets: dict[str, tuple[CorpusArticle, str]] = {}
        for article in self.articles:
            name = self.attachment_name(article)
            if name:
                self.tickets[stable_token(f"ticket/{article.id}", 11) + "="] = (article, name)
        self.cache: dict[tuple, Page] = {}
        pool = random.Random(PORTAL_ID).randbytes(1_000_000)
        self.pool = base64.b64encode(pool).decode() * 2  # 2.6 MB of base64 to cut view states from
        self.hits: dict[int, int] = {}
        self.online = count(1)
        self.tokens = count(1)

    # ---- the plan ------------------------------------------------------------------------------------------------------
    def planned(self, plan: dict, article: CorpusArticle):
        """The plan entry for this article, if its title word matches (so other corpora get no stray plan)."""
        entry = plan.get(article.number)
        if entry is None:
            return None
        word = entry[0] if isinstance(entry, tuple) else entry
        return entry if word.casefold() in article.title.casefold() else None

    def tab_of(self, article: CorpusArticle) -> Tab:
        return self.news_tabs[article.category]

    def listing(self, category: str) -> list[CorpusArticle]:
        """A news page's list control shows its category and, on a parent page, its child pages' categories too."""
        tab = self.news_tabs[category]
        slugs = {category} | {t.category for t in self.news_tabs.values() if t.parent == tab.id}
        return [a for a in self.listed() if a.category in slugs]

    def views(self, article: CorpusArticle) -> int:
        age = (TODAY - self.when[article.id].at).days
        return 40 + (article.number * 37) % 260 + age // 6

    def slug(self, article: CorpusArticle, first: bool = False) -> str:
        title = FIRST_TITLES.get(article.number, article.title) if first else article.title
        return ascii_slug(title, limit=90)

    def attachment_name(self, article: CorpusArticle) -> str | None:
        """The plan or decision a 'Văn bản' item carries as a file ticket."""
        if article.category != "van-ban" or not article.documents:
            return None
        number = article.documents[0].number.replace("Đ", "D").replace("đ", "d").replace("&", "")
        head, _, tail = number.partition("/")
        if article.number % 3 == 0:
            return f"{tail.split('-')[0]} {head}-{tail.split('-')[-1]}.pdf"  # 'KH 95-UBND.pdf'
        return number.replace("/", "-") + ".pdf"  # '74-KH-UBND.pdf'

    def ticket_of(self, article: CorpusArticle) -> str:
        return stable_token(f"ticket/{article.id}", 11)

    # ---- URLs --------------------------------------------------------------------------------------------------------
    def tab_url(self, tab: Tab) -> str:
        return f"/vi-vn/{tab.path}"

    def article_path(self, article: CorpusArticle) -> str:
        """The list control's links: the Advanced URL of the Detail control on the item's own page."""
        return self.detail_url(article, self.tab_of(article))

    def detail_url(self, article: CorpusArticle, tab: Tab) -> str:
        return f"/vi-vn/{tab.path}/ctl/detail/mid/{tab.mid}/itemid/{self.item_id[article.id]}"

    def raw_url(self, article: CorpusArticle) -> str:
        """The raw form the home page's rotator writes (string concatenation, not NavigateURL), escaped for an href."""
        tab = self.tab_of(article)
        sep = "&amp;"
        return f"/Default.aspx?tabid={tab.id}{sep}ctl=Detail{sep}mid={tab.mid}{sep}ItemID={self.item_id[article.id]}{sep}language=vi-VN"

    def dnn7_url(self, article: CorpusArticle, detail: bool = True) -> str:
        """What DNN 7's searchfriendly provider wrote (the page path before /tabid/ is decoration): the Detail control's
        URL, or the list control's inline detail."""
        tab = self.tab_of(article)
        control = f"/ctl/Detail/mid/{tab.mid}" if detail else ""
        return f"/{tab.path}/tabid/{tab.id}{control}/ItemID/{self.item_id[article.id]}/language/vi-VN/Default.aspx"

    def v2_url(self, article: CorpusArticle, first_slug: bool = False) -> str:
        return f"/vi-vn/{DETAIL_V2.path}/ArticleId/{self.item_id[article.id]}/{self.slug(article, first_slug)}"

    def print_url(self, article: CorpusArticle) -> str:
        tab = self.tab_of(article)
        return f"/vi-vn/{tab.path}/ctl/print/mid/{tab.mid}/itemid/{self.item_id[article.id]}?print=1"

    def sendmail_url(self, article: CorpusArticle) -> str:
        tab = self.tab_of(article)
        return f"{PRODUCTION}/vi-vn/{tab.path}/ctl/sendmail/mid/{tab.mid}/itemid/{self.item_id[article.id]}?popUp=true"

    def printmode_url(self, tab: Tab) -> str:
        return f"/vi-vn/{tab.path}/mid/{tab.mid}/dnnprintmode/true?{PRINT_QUERY.replace('&', '&amp;')}"

    def rss_url(self, tab: Tab) -> str:
        return f"{MODULE_DIR}/Rss.aspx?TabID={tab.id}&amp;ModuleID={tab.mid}&amp;max=20"

    def page_url(self, tab: Tab, page: int) -> str:
        """DNN's PagingControl: NavigateURL(TabId, '', 'currentpage=N'), page 1 included."""
        return f"/vi-vn/{tab.path}/currentpage/{page}"

    def ticket_url(self, article: CorpusArticle) -> str:
        tab = self.tab_of(article)
        return f"/LinkClick.aspx?fileticket={self.ticket_of(article)}%3d&amp;tabid={tab.id}&amp;portalid={PORTAL_ID}&amp;mid={tab.mid}"

    def portals_file(self, article: CorpusArticle) -> tuple[str, str] | None:
        """(path, file name) of the plan a body links straight from the portal's folder."""
        plan = self.planned(PORTALS_FILES, article)
        if plan is None or not article.documents:
            return None
        return f"/Portals/{PORTAL_ID}/VanBan/{plan[1]}/{quote(plan[2])}", plan[2]

    def calendar_url(self, day: date) -> str:
        return f"/vi-vn/{CALENDAR.path}?ngay={day:%d/%m/%Y}"

    def search_url(self, term: str, tag: bool = False) -> str:
        return f"/vi-vn/{SEARCH.path}?{'Tag' if tag else 'Search'}={url_encode(term)}"

    def image_url(self, article: CorpusArticle, index: int = 0) -> str:
        at = self.when[article.id].at
        return f"/Portals/{PORTAL_ID}/News/{at:%Y}/{at:%m}/{self.item_id[article.id]}_{index}.jpg"

    def thumb_url(self, article: CorpusArticle) -> str:
        return f"/Portals/{PORTAL_ID}/News/thumb/{self.item_id[article.id]}.jpg"

    # ---- dates ----------------------------------------------------------------------------------------------------
    def list_date(self, article: CorpusArticle) -> str:
        return self.when[article.id].at.strftime("%d/%m/%Y")

    def v2_date(self, article: CorpusArticle) -> str:
        at = self.when[article.id].at
        return f"{self.s['weekdays'][at.weekday()]}, {at:%d/%m/%Y} - {at:%H:%M}"

    # ---- page chrome ----------------------------------------------------------------------------------------------------
    def viewstate(self, key: str, size: int) -> str:
        start = sum(key.encode()) * 131 % 1_000_000
        return (
            "/wEPDwULLTEyMDk2NTI1ODgPZBYGZg8WAh4EVGV4dAU+PCFET0NUWVBFIEhUTUwgUFVCTElDICItLy9XM0MvL0RURCBY"
            + self.pool[start : start + size]
        )

    def menu(self, current: Tab) -> str:
        def item(tab: Tab, children: list[Tab], first: bool) -> str:
            classes = ["item"] + (["first"] if first else []) + (["haschild"] if children else [])
            if tab.id == current.id or (current.parent == tab.id):
                classes.append("selected")
            sub = "".join(
                f'<li class="item"><a href="{self.tab_url(c)}"><span>{esc(c.name)}</span></a></li>' for c in children
            )
            sub = f'<ul class="subLevel">{sub}</ul>' if children else ""
            return f'<li class="{" ".join(classes)}"><a href="{self.tab_url(tab)}"><span>{esc(tab.name)}</span></a>{sub}</li>'

        top = [t for t in [HOME, INTRO, *self.news_tabs.values()] if t.parent is None and t.visible]
        out = []
        for i, tab in enumerate(top):
            children = [t for t in self.tabs.values() if t.parent == tab.id and t.visible]
            out.append(item(tab, children, i == 0))
        return f'<div id="dnnMenu" class="menu-wrap"><ul class="topLevel">{"".join(out)}</ul></div>'

    def breadcrumb(self, tab: Tab) -> str:
        trail = [tab]
        while trail[0].parent:
            trail.insert(0, self.tabs[trail[0].parent])
        items = " <span class='sep'>»</span> ".join(
            f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{self.tab_url(t)}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(t.name)}</span></a><meta itemprop="position" content="{i}" /></span>'
            for i, t in enumerate(trail, start=1)
        )
        return f'<div class="breadcrumb-wrap">Bạn đang ở: <span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">{items}</span></span></div>'

    def title_of(self, tab: Tab) -> str:
        """DNN's page title when the page has none of its own: the portal name and the breadcrumb."""
        trail = [tab]
        while trail[0].parent:
            trail.insert(0, self.tabs[trail[0].parent])
        return " > ".join([self.spec.name, *(t.name for t in trail)])

    def container(
        self, tab: Tab, mid: int, title: str, inner: str, module: str = "CSPNews", actions: bool = True
    ) -> str:
        tools = ""
        if actions:
            rss = (
                f'<a href="{self.rss_url(tab)}" target="_blank" title="RSS"><img src="/images/action_rss.gif" alt="RSS" /></a>'
                if tab.kind == "news" and mid == tab.mid
                else ""
            )
            tools = f'<div class="c-actions"><a id="dnn_ctr{mid}_dnnPRINTMODULE_ModuleActionLink" href="{self.printmode_url(tab)}" rel="nofollow" title="In"><img src="/images/action_print.gif" alt="In" /></a>{rss}</div>'
        return (
            f'<div class="DnnModule DnnModule-{module} DnnModule-{mid}"><a name="{mid}"></a>'
            f'<div class="c-box"><div class="c-head"><h2 class="c-title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2>{tools}</div>'
            f'<div id="dnn_ctr{mid}_ContentPane" class="c-body"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{module}C">'
            f"{inner}"
            f"</div><!-- End_Module_{mid} --></div></div></div>"
        )

    def html_module(self, mid: int, paragraphs: tuple[str, ...]) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        return f'<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">{body}</div>'

    def header(self) -> str:
        today = f"{WEEKDAYS_NET[TODAY.weekday()]}, {TODAY:%d/%m/%Y}"
        return (
            '<div id="topbar"><div class="container">'
            f'<span id="dnn_dnnCURRENTDATE_lblDate" class="DateToday">{today}</span>'
            f'<div class="top-links"><a href="{PROVINCE_PORTAL}" target="_blank">Cổng TTĐT tỉnh Quảng Ngãi</a> | '
            '<a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="\x00LOGIN\x00">Đăng nhập</a></div>'
            "</div></div>"
            f'<div id="banner"><a id="dnn_dnnLOGO_hypLogo" title="{esc(self.spec.name)}" href="/vi-vn/trang-chu"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/{PORTAL_ID}/banner-bvstbpn-2025.png?ver=2025-07-03-101522-417" alt="{esc(self.spec.name)}" /></a>'
            '<div class="search-box"><span id="dnn_dnnSearch_ClassicSearch"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="Tìm kiếm..." />'
            '<a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(\'dnn$dnnSearch$cmdSearch\',\'\')">Tìm kiếm</a></span></div></div>'
        )

    def footer(self, tab: Tab) -> str:
        stats = "".join(f"<li>{esc(k)}: <span>{v}</span></li>" for k, v in STATS)
        standing = "Sở Nội vụ tỉnh Quảng Ngãi"
        return (
            '<div id="footer"><div class="container"><div class="footer-info">'
            f'<p class="ft-name">{esc(self.spec.name.upper())}</p>'
            f"<p>Cơ quan chủ quản: {esc(self.spec.owner)}. Cơ quan thường trực: {standing}.</p>"
            f"<p>Địa chỉ: {esc(self.spec.address)} - Điện thoại: (0255) 3 822 417 - Email: bvstbpn@quangngai.gov.vn</p>"
            "<p>Chịu trách nhiệm chính: Phó Trưởng ban Thường trực Ban Vì sự tiến bộ của phụ nữ tỉnh.</p>"
            f"<p>{esc(self.spec.license)}. Ghi rõ nguồn “bvstbpn.quangngai.gov.vn” khi phát hành lại thông tin từ trang này.</p>"
            "</div>"
            f'<div class="footer-stats"><h3>Thống kê truy cập</h3><ul>{stats}</ul></div>'
            '<div class="footer-links">'
            f'<span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Copyright {TODAY.year} by {esc(self.spec.name)}</span> | '
            f'<a id="dnn_dnnTerms_hypTerms" class="SkinObject" rel="nofollow" href="/vi-vn/{tab.path}/ctl/terms">Điều khoản sử dụng</a> | '
            f'<a id="dnn_dnnPrivacy_hypPrivacy" class="SkinObject" rel="nofollow" href="/vi-vn/{tab.path}/ctl/privacy">Chính sách bảo mật</a> | '
            f'<a href="/Default.aspx?tabid={HOME.id}&amp;ctl=Login&amp;returnurl=%2f" rel="nofollow">Quản trị</a>'
            "</div></div></div>"
        )

    def document(
        self, title: str, body: str, tab: Tab, kind: str, key: str, head: str = "", description: str = ""
    ) -> str:
        """The whole DNN page: head, the form with its hidden fields, the skin's body, the client resources."""
        vs = self.viewstate(key, VIEWSTATE[kind])
        ev = self.pool[len(key) * 977 : len(key) * 977 + 120 + len(body) % 900]
        desc = (
            description
            or "Trang thông tin điện tử Ban Vì sự tiến bộ của phụ nữ tỉnh Quảng Ngãi - bình đẳng giới, vì sự tiến bộ của phụ nữ"
        )
        return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2018, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	{esc(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{esc(desc)}" /><meta id="MetaKeywords" name="KEYWORDS" content="bình đẳng giới, vì sự tiến bộ của phụ nữ, Quảng Ngãi,DotNetNuke,DNN" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="{SKIN}/skin.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="{CONTAINERS}/container.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/{PORTAL_ID}/portal.css?cdv={CDV}" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv={CDV}" type="text/javascript"></script>{head}<link rel='SHORTCUT ICON' href='/Portals/{PORTAL_ID}/favicon.ico?ver=2017-03-02-081144-283' type='image/x-icon' /><meta name="viewport" content="width=device-width, initial-scale=1.0" /></head>
<body id="Body">
    <form method="post" action="\x00ACTION\x00" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAZXVxXrHvNF1hyQc0Gm5Pj3o1bPtK6Cp0Lbkf01&amp;t=637811765229275428" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvgIbaB9Ywfyp1ZH4S0wWq7RwoOLqP3SBZl2AJZfs5JW5N7-zFGAEv8&amp;t=ffffffffaa493ab8" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div><script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>

        <!-- QNG_2016 skin, vendor build 3.2 -->
<div id="wrapper" class="tab-{tab.id}">
{self.header()}
{self.menu(tab)}
{body}
{self.footer(tab)}
</div>
        <input name="ScrollTop" type="hidden" id="ScrollTop" />
        <input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{tab.id}`}}" />
        <input name="__RequestVerificationToken" type="hidden" value="\x00TOKEN\x00" />
    <script src="/js/dnn.modalpopup.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnncore.js?cdv={CDV}" type="text/javascript"></script><script src="{SKIN}/js/skin.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv={CDV}" type="text/javascript"></script>
</form>
    <!--CDF(Javascript|/js/dnncore.js?cdv={CDV}|DnnBodyProvider|100)--><!--CDF(Javascript|/js/dnn.modalpopup.js?cdv={CDV}|DnnBodyProvider|50)--><!--CDF(Css|{SKIN}/skin.css?cdv={CDV}|DnnPageHeaderProvider|15)-->
</body>
</html>"""

    def layout(self, tab: Tab, content: str, right: str = "", top: str = "") -> str:
        """The skin's panes: the notice pane (a module shown on every page), the content and right panes."""
        top_pane = (
            f'<div id="dnn_TopPane" class="TopPane">{top}</div>'
            if top
            else '<div id="dnn_TopPane" class="TopPane DNNEmptyPane"></div>'
        )
        right_pane = (
            f'<div id="dnn_RightPane" class="col-md-4 RightPane">{right}</div>'
            if right
            else '<div id="dnn_RightPane" class="col-md-4 RightPane DNNEmptyPane"></div>'
        )
        return (
            f'<div id="main" class="container">{top_pane}{self.breadcrumb(tab)}'
            f'<div class="row"><div id="dnn_ContentPane" class="col-md-8 ContentPane">{content}</div>{right_pane}</div></div>'
        )

    def notice_module(self, tab: Tab) -> str:
        inner = f'<div class="marquee-notice"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><strong>Thông báo:</strong> {esc(NOTICE)}</marquee></div>'
        return self.container(tab, 4549, "Thông báo", inner, module="DNN_HTML", actions=False)

    def sidebar(self, tab: Tab) -> str:
        """The right pane of every page that is not a module in isolation (modules set to show on all pages)."""
        most = sorted(self.listed(), key=lambda a: (-self.views(a), a.id))[:5]
        most_html = "".join(f'<li><a href="{self.v2_url(a)}">{esc(a.title)}</a></li>' for a in most)
        notices = [a for a in self.listed() if a.category == "thong-bao"][:5]
        notices_html = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> <span class="date">({self.list_date(a)})</span></li>'
            for a in notices
        )
        docs = [a for a in self.listed() if a.category == "van-ban"][:5]
        docs_html = "".join(f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in docs)
        links = "".join(f'<option value="{esc(u)}">{esc(n)}</option>' for n, u in EXTERNAL_LINKS)
        calendar = (
            '<div class="calendar-box"><span class="riSingle RadInput"><input id="dnn_ctr4558_XemTinTheoNgay_dtpNgay_dateInput" name="dnn$ctr4558$XemTinTheoNgay$dtpNgay$dateInput" class="riTextBox riEnabled" value="06/12/2025" type="text" /></span>'
            '<a id="dnn_ctr4558_XemTinTheoNgay_btnXem" class="btn" href="javascript:__doPostBack(\'dnn$ctr4558$XemTinTheoNgay$btnXem\',\'\')">Xem</a>'
            f' <a class="today" href="{self.calendar_url(TODAY.date())}">Tin hôm nay</a></div>'
        )
        blocks = [
            self.container(
                tab, 4555, "Tin xem nhiều", f'<ul class="v2-most">{most_html}</ul>', module="CSPNews2", actions=False
            ),
        ]
        if notices_html:
            blocks.append(
                self.container(tab, 4556, "Thông báo", f'<ul class="notice-list">{notices_html}</ul>', actions=False)
            )
        if docs_html:
            blocks.append(
                self.container(tab, 4557, "Văn bản mới", f'<ul class="doc-list">{docs_html}</ul>', actions=False)
            )
        blocks.append(self.container(tab, 4558, "Xem tin theo ngày", calendar, module="CSPNewsCalendar", actions=False))
        blocks.append(
            self.container(
                tab,
                4559,
                "Liên kết website",
                f'<select class="weblink" onchange="if(this.value)window.open(this.value)"><option value="">-- Liên kết website --</option>{links}</select>'
                f'<div class="banners"><a href="/LinkClick.aspx?link={FUNCTIONS.id}&amp;tabid={tab.id}&amp;portalid={PORTAL_ID}&amp;mid=4559"><img src="/Portals/{PORTAL_ID}/banner/chuc-nang-nhiem-vu.png" alt="Chức năng nhiệm vụ" /></a>'
                f'<a href="/Portals/{PORTAL_ID}/TaiLieu/So%20tay%20long%20ghep%20gioi.pdf" target="_blank"><img src="/Portals/{PORTAL_ID}/banner/so-tay.png" alt="Sổ tay lồng ghép giới" /></a>'
                '<a href="https://dichvucong.gov.vn" target="_blank"><img src="/Portals/0/banner/dvc.png" alt="Cổng Dịch vụ công quốc gia" /></a></div>',
                module="DNN_HTML",
                actions=False,
            )
        )
        return "".join(blocks)

    # ---- article pieces -------------------------------------------------------------------------------------------------
    def paragraph_html(self, text: str, style: str, bold: bool = False) -> str:
        inner = f"<strong>{esc(text)}</strong>" if bold else esc(text)
        if style == "word":
            inner = f"<b>{esc(text)}</b>" if bold else esc(text)
            return f'<p class="MsoNormal" style="margin-bottom: 6pt; text-align: justify; text-indent: 36pt; line-height: 150%;"><span style="font-size: 14pt; line-height: 150%; font-family: \'Times New Roman\', serif;">{inner}</span></p>'
        if style == "rad":  # RadEditor's ConvertCharactersToEntities filter: every non-ASCII letter as an entity
            inner = f"<strong>{entities(text)}</strong>" if bold else entities(text)
            return f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;{inner}</p>'
        return f'<p style="text-align:justify">{inner}</p>'

    def body_style(self, article: CorpusArticle) -> str:
        if self.when[article.id].at >= UPGRADED:
            return "ck"
        return ("word", "br", "rad")[article.number % 3]

    def signature_html(self, article: CorpusArticle, style: str) -> str:
        if article.author_style != "signature" or not article.author:
            return ""
        credit = self.planned(CREDITS, article)
        credit_html = f'<p style="text-align: right;"><em>{esc(credit[1])}</em></p>' if credit else ""
        if style == "word":
            return f'<p class="MsoNormal" align="right" style="text-align: right;"><b><span style="font-size: 14pt; font-family: \'Times New Roman\', serif;">{esc(article.author)}</span></b></p>{credit_html}'
        if article.number % 2:
            return f'<p style="text-align: right;"><strong>{esc(article.author)}</strong></p>{credit_html}'
        return f'<p style="text-align: right;"><em><strong>{esc(article.author)}</strong></em></p>{credit_html}'

    def photo_html(self, article: CorpusArticle, caption: str, credit: str) -> str:
        credit_text = f" ({esc(credit)})" if credit else ""
        return (
            f'<p style="text-align: center;"><img alt="" src="{self.image_url(article, 1)}" style="width: 600px; height: 400px;" /></p>'
            f'<p style="text-align: center;"><em>{esc(caption)}{credit_text}</em></p>'
        )

    def table_html(self, title: str, rows: tuple[tuple[str, ...], ...]) -> str:
        head = "".join(f"<td><strong>{esc(c)}</strong></td>" for c in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
        return f'<p style="text-align: center;"><strong>{esc(title)}</strong></p><table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;"><tbody><tr>{head}</tr>{body}</tbody></table>'

    def see_also_html(self, article: CorpusArticle) -> str:
        entry = self.planned(SEE_ALSO, article)
        if not entry:
            return ""
        _, number, form = entry
        if number is None:
            href = f"/vi-vn/{self.tab_of(article).path}/ctl/detail/mid/{self.tab_of(article).mid}/itemid/{self.spec.article_id_base + 23 * 60 + 4}"
            text = "Quảng Ngãi: Ra mắt mô hình “Nữ cán bộ tiêu biểu” năm 2023"
        else:
            target = self.by_number.get(number)
            if target is None or self.access(target) != "normal":
                return ""
            text = target.title
            href = {
                "dnn7": self.dnn7_url(target),
                "dnn7inline": self.dnn7_url(target, detail=False),
                "ampamp": self.raw_url(target).replace("&amp;", "&amp;amp;"),
                "fbclid": self.article_path(target) + "?fbclid=IwAR2kq0Tz7vO4bG1yVd3nH8sQe6pLx9mJ0aF5cR",
                "raw": self.raw_url(target),
                "v2stale": self.v2_url(target, first_slug=True),
                "production": PRODUCTION + self.article_path(target),
            }[form]
        return f'<p><strong>Xem thêm:</strong> <a href="{href}">{esc(text)}</a></p>'

    def body_html(self, article: CorpusArticle) -> str:
        """The body as the editors left it in the module's 'Nội dung' field."""
        style = self.body_style(article)
        paragraphs = list(article.paragraphs)
        lead_inside = bool(article.lead) and (self.planned(LEAD_TWICE, article) or self.planned(LEAD_IN_BODY, article))
        blocks: list[str] = []
        if article.category == "van-ban":
            at = self.when[article.id].at
            blocks.append(
                f'<p style="text-align: right;"><em>Quảng Ngãi, ngày {at.day:02d} tháng {at.month:02d} năm {at.year}</em></p>'
            )
        photo = self.planned(PHOTOS, article)
        table = self.planned(TABLES, article)
        texts: list[tuple[str, bool]] = ([(article.lead, True)] if lead_inside else []) + [
            (p, False) for p in paragraphs
        ]
        offset = 1 if lead_inside else 0
        rendered: list[str] = []
        for i, (text, bold) in enumerate(texts):
            rendered.append(
                self.paragraph_html(text, style, bold)
                if style != "br"
                else (f"<strong>{esc(text)}</strong>" if bold else esc(text))
            )
            body_index = i - offset
            if photo and body_index == photo[1]:
                rendered.append("\x00PHOTO\x00")
            if table and body_index == table[1]:
                rendered.append("\x00TABLE\x00")
        if style == "br":
            joined = "<br />\n<br />\n".join(r for r in rendered if not r.startswith("\x00"))
            blocks.append(f'<div style="text-align: justify;">{joined}</div>')
            if photo:
                blocks.append(self.photo_html(article, photo[2], photo[3]))
            if table:
                blocks.append(self.table_html(table[2], table[3]))
        else:
            for piece in rendered:
                if piece == "\x00PHOTO\x00" and photo:
                    blocks.append(self.photo_html(article, photo[2], photo[3]))
                elif piece == "\x00TABLE\x00" and table:
                    blocks.append(self.table_html(table[2], table[3]))
                else:
                    blocks.append(piece)
        blocks.append(self.signature_html(article, style))
        portals_file = self.portals_file(article)
        if portals_file:
            kind = article.documents[0].kind if article.number % 2 == 0 else "báo cáo"
            blocks.append(
                f'<p>Nội dung chi tiết {esc(kind.lower())} xem <a href="{portals_file[0]}" target="_blank">tại đây</a>.</p>'
            )
        if self.attachment_name(article):
            blocks.append(
                f'<p><strong>File đính kèm:</strong> <a href="{self.ticket_url(article)}" target="_blank">{esc(self.attachment_name(article) or "")}</a></p>'
            )
        blocks.append(self.see_also_html(article))
        if style == "ck" and article.number % 4 == 0:
            blocks.append("<p>&nbsp;</p>")
        return "\n".join(b for b in blocks if b)

    def byline_html(self, article: CorpusArticle) -> str:
        if article.author_style != "byline" or not article.author:
            return ""
        prefix = self.planned(BYLINE_PREFIX, article)
        text = f"{prefix[1]} {article.author}" if prefix else article.author
        return f' <span class="sep">|</span> <span id="dnn_ctr{self.tab_of(article).mid}_ViewDetail_lblTacGiaTop" class="tacgia-top">{esc(text)}</span>'

    def label_html(self, article: CorpusArticle) -> str:
        if article.author_style != "label" or not article.author:
            return ""
        return f'<div class="tacgia"><strong>Tác giả:</strong> <span>{esc(article.author)}</span></div>'

    def lead_field(self, article: CorpusArticle) -> str:
        """The module's 'Tóm tắt' field, above the body (empty when the editor put the sapo in the body only)."""
        if not article.lead or self.planned(LEAD_IN_BODY, article):
            return ""
        return f'<div id="dnn_ctr{self.tab_of(article).mid}_ViewDetail_divTomTat" class="tomtat"><strong>{esc(article.lead)}</strong></div>'

    def related_picks(self, article: CorpusArticle) -> list[CorpusArticle]:
        entry = self.planned(RELATED_PICKS, article)
        picks = entry[1] if entry else ()
        return [self.by_number[n] for n in picks if n in self.by_number and self.access(self.by_number[n]) == "normal"]

    def detail_module(self, article: CorpusArticle, tab: Tab) -> str:
        """The old Detail control: title in a span, 'Ngày đăng' in .NET's vi-VN form, a view counter, the body, tools,
        'Tin liên quan' picked by the editors and 'Các tin khác' of the page it is shown on."""
        mid = tab.mid
        when = self.when[article.id].at
        tools = (
            f'<div class="news-tools"><a href="{self.print_url(article)}" target="_blank" class="print" rel="nofollow">In bài viết</a> '
            f"<a href=\"javascript:dnnModal.show('{self.sendmail_url(article)}',/*showReturn*/false,450,650,true,'')\" class=\"email\">Gửi email</a> "
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url_encode(PRODUCTION + self.article_path(article))}" target="_blank" class="fb">Chia sẻ</a> '
            '<a href="javascript:history.back()" class="back">Quay lại</a></div>'
        )
        picks = self.related_picks(article)
        picks_html = (
            '<div class="tinlienquan"><div class="tlq-title">Tin liên quan</div><ul>'
            + "".join(
                f'<li><a href="{self.detail_url(a, tab if a.category in self.listing_slugs(tab) else self.tab_of(a))}">{esc(a.title)}</a></li>'
                for a in picks
            )
            + "</ul></div>"
            if picks
            else ""
        )
        others = self.others(article, tab)
        others_html = "".join(
            f'<li><a href="{self.detail_url(a, tab)}">{esc(a.title)}</a> <span class="date">({self.list_date(a)})</span></li>'
            for a in others
        )
        return (
            f'<div id="dnn_ctr{mid}_ViewDetail_pnlDetail" class="news-detail">'
            f'<div class="tieude-chitiet"><span id="dnn_ctr{mid}_ViewDetail_lblTitle">{esc(article.title)}</span></div>'
            f'<div class="thongtin"><span id="dnn_ctr{mid}_ViewDetail_lblNgayDang" class="ngaydang">Ngày đăng: {vi_clock(when)}</span> <span class="sep">|</span> <span class="luotxem">Lượt xem: \x00V{article.number}\x00</span>{self.byline_html(article)}</div>'
            '<div class="font-tools">Cỡ chữ: <a href="javascript:changeFont(-1)">A-</a> <a href="javascript:changeFont(1)">A+</a></div>'
            f"{self.lead_field(article)}"
            f'<div id="dnn_ctr{mid}_ViewDetail_divNoiDung" class="noidung">\n{self.body_html(article)}\n</div>'
            f"{self.label_html(article)}"
            f"{tools}{picks_html}"
            f'<div class="tinkhac"><div class="tinkhac-title">Các tin khác</div><ul>{others_html}</ul></div>'
            "</div>"
        )

    def listing_slugs(self, tab: Tab) -> set[str]:
        return {tab.category or ""} | {t.category or "" for t in self.news_tabs.values() if t.parent == tab.id}

    def others(self, article: CorpusArticle, tab: Tab) -> list[CorpusArticle]:
        """'Các tin khác': items of the page's list, the nearest older ones first."""
        pool = [a for a in self.listing(tab.category or "") if a.id != article.id]
        older = [a for a in pool if self.when[a.id].at <= self.when[article.id].at]
        newer = [a for a in pool if a not in older]
        return (older + newer[::-1])[: self.related_count]

    def missing_module(self, tab: Tab) -> str:
        return f'<div id="dnn_ctr{tab.mid}_ViewDetail_pnlDetail" class="news-detail"><div class="thongbao-loi">Không tìm thấy tin bài yêu cầu! Tin có thể đã bị xóa hoặc chưa được xuất bản.</div><div class="news-tools"><a href="javascript:history.back()">Quay lại</a></div></div>'

    # ---- pages -------------------------------------------------------------------------------------------------------
    def page_news_detail(self, article: CorpusArticle | None, tab: Tab, isolated: bool) -> Page:
        inner = self.detail_module(article, tab) if article else self.missing_module(tab)
        content = self.container(tab, tab.mid, tab.name, inner)
        if isolated:  # ctl=Detail: DNN renders the module alone; the other panes stay empty
            body = self.layout(tab, content)
            kind = "detail"
        else:
            body = self.layout(tab, content, right=self.sidebar(tab), top=self.notice_module(tab))
            kind = "tab"
        key = f"detail/{tab.id}/{article.id if article else 'missing'}/{isolated}"
        return Page(self.document(self.title_of(tab), body, tab, kind, key))

    def page_v2(self, article: CorpusArticle | None) -> Page:
        tab = DETAIL_V2
        if article is None:
            inner = '<div class="v2-detail"><p class="v2-empty">Bài viết không tồn tại hoặc đã bị xóa.</p></div>'
            return Page(
                self.document(
                    self.title_of(tab),
                    self.layout(
                        tab,
                        self.container(tab, tab.mid, "Chi tiết tin", inner, module="CSPNews2", actions=False),
                        right=self.sidebar(tab),
                    ),
                    tab,
                    "v2",
                    "v2/missing",
                )
            )
        at = self.when[article.id].at
        own = self.tab_of(article)
        tags = tags_of(article)
        tags_html = " ".join(f'<a href="{self.search_url(t, tag=True)}" rel="tag">{esc(t)}</a>' for t in tags)
        author = ""
        if article.author and article.author_style in ("label", "byline"):  # the module's 'Tác giả' field
            author = f'<div class="v2-author">{esc(article.author)}</div>'
        same = [a for a in self.listing(own.category or "") if a.id != article.id][:5]
        same_html = "".join(
            f'<li><a href="{self.v2_url(a)}">{esc(a.title)}</a> <span>({self.list_date(a)})</span></li>' for a in same
        )
        sapo = (
            f'<div class="v2-sapo" itemprop="description"><strong>{esc(article.lead)}</strong></div>'
            if article.lead and not self.planned(LEAD_IN_BODY, article)
            else ""
        )
        body = self.body_html(article)
        inner = (
            '<article class="v2-detail" itemscope itemtype="http://schema.org/NewsArticle">'
            f'<h1 class="v2-title" itemprop="headline">{esc(article.title)}</h1>'
            f'<div class="v2-meta"><a class="v2-cat" href="{self.tab_url(own)}">{esc(own.name)}</a> <time class="v2-date" itemprop="datePublished" datetime="{at:%Y-%m-%dT%H:%M:%S}">{self.v2_date(article)}</time> <span class="v2-views">\x00V{article.number}\x00 lượt xem</span> <span class="v2-user">Người đăng: {esc(ACCOUNTS[article.number % len(ACCOUNTS)])}</span></div>'
            f'{sapo}<div class="v2-content" itemprop="articleBody">\n{body}\n</div>{author}'
            + (f'<div class="v2-tags">Từ khóa: {tags_html}</div>' if tags_html else "")
            + f'<div class="v2-share"><a href="https://www.facebook.com/sharer/sharer.php?u={url_encode(PRODUCTION + self.v2_url(article))}" target="_blank">Facebook</a> <a href="https://zalo.me/share?u={url_encode(PRODUCTION + self.v2_url(article))}" target="_blank">Zalo</a> <a href="{self.print_url(article)}" target="_blank" rel="nofollow">In</a></div>'
            "</article>"
            f'<div class="v2-related"><h3>Tin cùng chuyên mục</h3><ul>{same_html}</ul></div>'
        )
        head = (
            f'<meta property="og:type" content="article" /><meta property="og:title" content="{esc(article.title)}" />'
            f'<meta property="og:url" content="{PRODUCTION}{self.v2_url(article)}" /><meta property="og:image" content="{PRODUCTION}{self.image_url(article, 1)}" />'
            f'<meta property="article:published_time" content="{at:%Y-%m-%dT%H:%M:%S}" />'
        )
        description = article.lead or article.paragraphs[0][:200]
        return Page(
            self.document(
                article.title,
                self.layout(
                    tab,
                    self.container(tab, tab.mid, own.name, inner, module="CSPNews2", actions=False),
                    right=self.sidebar(tab),
                    top=self.notice_module(tab),
                ),
                tab,
                "v2",
                f"v2/{article.id}",
                head=head,
                description=description,
            )
        )

    def page_print(self, article: CorpusArticle | None) -> Page:
        """The module's Print control: No Skin, printing itself on load, the source and the day it was printed."""
        if article is None:
            return Page(
                '<!DOCTYPE html><html lang="vi-VN"><head><meta charset="utf-8" /><title>In bài viết</title></head><body><p>Không tìm thấy tin bài yêu cầu!</p></body></html>'
            )
        author = (
            f'<div class="print-author">{esc(article.author)}</div>'
            if article.author and article.author_style in ("label", "byline")
            else ""
        )
        sapo = (
            f'<div class="print-sapo"><strong>{esc(article.lead)}</strong></div>'
            if article.lead and not self.planned(LEAD_IN_BODY, article)
            else ""
        )
        body = self.body_html(article)
        html = (
            '<!DOCTYPE html><html lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />'
            f'<title>{esc(article.title)}</title><link href="{MODULE_DIR}/css/print.css?cdv={CDV}" rel="stylesheet" type="text/css" /></head>'
            '<body onload="window.print();"><form method="post" action="\x00ACTION\x00" id="Form">'
            f'<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{self.viewstate("print/" + article.id, VIEWSTATE["print"])}" /></div>'
            f'<div class="print-page"><div class="print-header"><img src="/Portals/{PORTAL_ID}/logo-print.png" alt="" /> {esc(self.spec.name.upper())}</div>'
            f'<h2 class="print-title">{esc(article.title)}</h2><div class="print-date">Ngày đăng: {vi_clock(self.when[article.id].at)}</div>'
            f'{sapo}<div class="print-body">\n{body}\n</div>{author}'
            f'<div class="print-footer">Nguồn: {PRODUCTION}{self.article_path(article)}<br />Ngày in: {TODAY:%d/%m/%Y}</div></div></form></body></html>'
        )
        return Page(html)

    def page_popup(self, title: str, inner: str, key: str) -> Page:
        """DNN's pop-up skin (?popUp=true): the control alone, for dnnModal's iframe."""
        html = (
            '<!DOCTYPE html>\n<html  lang="vi-VN">\n<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />'
            f'<title>\n\t{esc(title)}\n</title><link href="/Portals/_default/Skins/_default/popUpSkin.css?cdv={CDV}" type="text/css" rel="stylesheet"/></head>\n'
            '<body id="Body" class="dnnPopUp"><form method="post" action="\x00ACTION\x00" id="Form" enctype="multipart/form-data">'
            f'<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{self.viewstate(key, VIEWSTATE["print"])}" /></div>'
            f'<div id="dnn_ContentPane" class="ContentPane">{inner}</div>'
            '<input name="__RequestVerificationToken" type="hidden" value="\x00TOKEN\x00" /></form></body></html>'
        )
        return Page(html)

    def page_sendmail(self, article: CorpusArticle | None, tab: Tab) -> Page:
        title = article.title if article else ""
        inner = (
            f'<div class="sendmail"><h3>Gửi bài viết cho bạn bè</h3><p class="sm-title">{esc(title)}</p>'
            '<table><tr><td>Họ tên người gửi:</td><td><input type="text" name="txtHoTen" /></td></tr><tr><td>Email người nhận:</td><td><input type="text" name="txtEmail" /></td></tr>'
            f"<tr><td>Lời nhắn:</td><td><textarea name=\"txtLoiNhan\"></textarea></td></tr></table><a href=\"javascript:__doPostBack('dnn$ctr{tab.mid}$SendMail$btnGui','')\">Gửi</a></div>"
        )
        return self.page_popup("Gửi email", inner, f"sendmail/{article.id if article else 'x'}")

    def news_rows(self, items: list[CorpusArticle], tab: Tab) -> str:
        rows = []
        for i, a in enumerate(items):
            link = self.detail_url(a, tab)
            rows.append(
                f'<div class="news-item{" first" if i == 0 else ""}"><a class="news-img" href="{link}"><img src="{self.thumb_url(a)}" alt="" /></a>'
                f'<div class="news-info"><a class="news-title" href="{link}">{esc(a.title)}</a> <span class="news-date">({self.list_date(a)})</span>'
                f'<div class="news-desc">{esc(self.teaser(a))}</div></div></div>'
            )
        return f'<div class="news-list">{"".join(rows)}</div>'

    def pager_html(self, tab: Tab, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        mid = tab.mid
        if tab.pager == "paging":

            def link(n: int, text: str) -> str:
                return f'<a href="{self.page_url(tab, n)}" class="CommandButton">{text}</a>'

            numbers = "&nbsp;&nbsp;".join(
                f'<span class="NormalDisabled">[{n}]</span>' if n == page else link(n, str(n))
                for n in range(1, pages + 1)
            )
            first = link(1, "Đầu") if page > 1 else '<span class="NormalDisabled">Đầu</span>'
            prev = link(page - 1, "Trước") if page > 1 else '<span class="NormalDisabled">Trước</span>'
            nxt = link(page + 1, "Sau") if page < pages else '<span class="NormalDisabled">Sau</span>'
            last = link(pages, "Cuối") if page < pages else '<span class="NormalDisabled">Cuối</span>'
            return (
                f'<table class="PagingTable" id="dnn_ctr{mid}_ListNews_ctlPaging_tablePageNumbers"><tr><td class="Normal" style="text-align:left">Trang {page} / {pages}</td>'
                f'<td class="Normal" style="text-align:right">{first}&nbsp;&nbsp;&nbsp;{prev}&nbsp;&nbsp;&nbsp;{numbers}&nbsp;&nbsp;&nbsp;{nxt}&nbsp;&nbsp;&nbsp;{last}</td></tr></table>'
            )
        if tab.pager == "query":
            numbers = " ".join(
                f"<b>{n}</b>" if n == page else f'<a href="?currentpage={n}">{n}</a>' for n in range(1, pages + 1)
            )
            nxt = f' <a href="?currentpage={page + 1}">»</a>' if page < pages else ""
            return f'<div class="pager-tb">Trang: {numbers}{nxt}</div>'
        if tab.pager == "grid":
            return ""  # the RadGrid draws its own pager row
        numbers = "".join(
            f'<span class="current">{n}</span>'
            if n == page
            else f'<a id="dnn_ctr{mid}_ListNews_rptPager_lnkPage_{n - 1}" class="page" href="javascript:__doPostBack(\'dnn$ctr{mid}$ListNews$rptPager$ctl{n - 1:02d}$lnkPage\',\'\')">{n}</a>'
            for n in range(1, pages + 1)
        )
        return (
            f'<div class="phantrang" id="dnn_ctr{mid}_ListNews_pnlPager">{numbers}'
            f'<a id="dnn_ctr{mid}_ListNews_lnkNext" class="next" href="javascript:__doPostBack(\'dnn$ctr{mid}$ListNews$lnkNext\',\'\')">Tiếp »</a>'
            f'<a id="dnn_ctr{mid}_ListNews_lnkLast" class="last" href="javascript:__doPostBack(\'dnn$ctr{mid}$ListNews$lnkLast\',\'\')">Cuối »»</a></div>'
        )

    def grid_html(self, tab: Tab, items: list[CorpusArticle], page: int, pages: int, total: int) -> str:
        mid = tab.mid
        rows = []
        for i, a in enumerate(items):
            document = a.documents[0] if a.documents else None
            number = esc(document.number) if document else ""
            issued = datetime.fromisoformat(document.date).strftime("%d/%m/%Y") if document and document.date else ""
            download = (
                f'<a href="{self.ticket_url(a)}" target="_blank"><img src="/images/FileManager/Icons/pdf.gif" alt="Tải về" /></a>'
                if self.attachment_name(a)
                else ""
            )
            rows.append(
                f'<tr class="{"rgRow" if i % 2 == 0 else "rgAltRow"}" id="dnn_ctr{mid}_VanBan_grdVanBan_ctl00__{i}"><td>{(page - 1) * self.page_size + i + 1}</td><td>{number}</td><td>{issued}</td>'
                f'<td><a href="{self.detail_url(a, tab)}">{esc(a.title)}</a></td><td>{download}</td></tr>'
            )
        numbers = "".join(
            f"<a href=\"javascript:__doPostBack('dnn$ctr{mid}$VanBan$grdVanBan$ctl00$ctl03$ctl01$ctl{n + 1:02d}','')\"{CURRENT if n == page else ''}><span>{n}</span></a>"
            for n in range(1, pages + 1)
        )
        first, last = (page - 1) * self.page_size + 1, (page - 1) * self.page_size + len(items)
        pager = (
            f'<tr class="rgPager"><td colspan="5"><table cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr><td>'
            f'<div class="rgWrap rgNumPart">{numbers}</div><div class="rgWrap rgArrPart2"><input type="submit" name="dnn$ctr{mid}$VanBan$grdVanBan$ctl00$ctl03$ctl01$ctl28" value=" " title="Trang sau" class="rgPageNext" /></div>'
            f'<div class="rgWrap rgInfoPart">&nbsp;Trang <strong>{page}</strong> / <strong>{pages}</strong>, mục <strong>{first}</strong> đến <strong>{last}</strong> trong số <strong>{total}</strong>.</div></td></tr></table></td></tr>'
        )
        return (
            f'<div id="dnn_ctr{mid}_VanBan_grdVanBan" class="RadGrid RadGrid_Default"><table class="rgMasterTable" id="dnn_ctr{mid}_VanBan_grdVanBan_ctl00" style="width:100%;">'
            '<thead><tr><th class="rgHeader">STT</th><th class="rgHeader">Số, ký hiệu</th><th class="rgHeader">Ngày ban hành</th><th class="rgHeader">Trích yếu</th><th class="rgHeader">Tải về</th></tr></thead>'
            f"<tfoot>{pager}</tfoot><tbody>{''.join(rows)}</tbody></table></div>"
        )

    def page_list(self, tab: Tab, page: int, printmode: bool = False) -> Page:
        items_all = self.listing(tab.category or "")
        chunks = self.chunks(items_all)
        page = page if 1 <= page <= len(chunks) else 1
        items = chunks[page - 1]
        if tab.pager == "grid":
            inner = self.grid_html(tab, items, page, len(chunks), len(items_all))
        elif tab.pager == "query":
            inner = (
                '<ul class="list-thongbao">'
                + "".join(
                    f'<li><a href="{self.detail_url(a, tab)}">{esc(a.title)}</a> <span class="date">({self.list_date(a)})</span></li>'
                    for a in items
                )
                + "</ul>"
            )
            inner += self.pager_html(tab, page, len(chunks))
        else:
            inner = self.news_rows(items, tab) + self.pager_html(tab, page, len(chunks))
        if not items:
            inner = '<div class="news-empty">Chưa có tin bài trong chuyên mục này.</div>'
        if printmode:
            return self.page_printmode(
                tab, self.container(tab, tab.mid, tab.name, inner, actions=False), f"printmode/{tab.id}"
            )
        content = self.container(tab, tab.mid, tab.name, inner)
        body = self.layout(tab, content, right=self.sidebar(tab), top=self.notice_module(tab))
        return Page(self.document(self.title_of(tab), body, tab, "tab", f"list/{tab.id}/{page}"))

    def page_printmode(self, tab: Tab, module_html: str, key: str) -> Page:
        """dnnprintmode=true with the 'No Skin' skin and 'No Container': the module's default view and nothing else."""
        html = (
            '<!DOCTYPE html>\n<html  lang="vi-VN">\n<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />'
            f'<title>\n\t{esc(self.title_of(tab))}\n</title><meta id="MetaRobots" name="ROBOTS" content="NOINDEX, NOFOLLOW" /></head>\n'
            '<body id="Body"><form method="post" action="\x00ACTION\x00" id="Form" enctype="multipart/form-data">'
            f'<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{self.viewstate(key, VIEWSTATE["small"])}" /></div>'
            f'<div id="dnn_ContentPane">{module_html}</div></form></body></html>'
        )
        return Page(html)

    def page_home(self) -> Page:
        tab = HOME
        featured = [a for a in self.listed() if a.on_topic and a.lang == "vi"][:5] or self.listed()[:5]
        slides = "".join(
            f'<li class="rrItem"><a href="{self.raw_url(a)}"><img src="{self.image_url(a, 1)}" alt="{esc(a.title)}" /></a><div class="slide-caption"><a href="{self.raw_url(a)}">{esc(a.title)}</a><p>{esc(self.teaser(a, 160))}</p></div></li>'
            for a in featured
        )
        rotator = f'<div id="dnn_ctr4551_TinNoiBat_RadRotator1" class="RadRotator RadRotator_Default"><div class="rrClipRegion"><ul class="rrItemsList">{slides}</ul></div></div>'
        newest = self.listed()[:8]
        newest_html = "".join(
            f'<li><a href="{self.v2_url(a)}">{esc(a.title)}</a> <span class="date">{self.list_date(a)}</span></li>'
            for a in newest
        )
        boxes: list[str] = []
        for news_tab in self.news_tabs.values():
            if news_tab.pager == "grid" or news_tab.category == "thong-bao":
                continue
            items = self.listing(news_tab.category or "")[:4]
            rows = "".join(f'<li><a href="{self.detail_url(a, news_tab)}">{esc(a.title)}</a></li>' for a in items)
            boxes.append(
                self.container(
                    news_tab,
                    4600 + len(boxes),
                    news_tab.name,
                    f'<ul class="home-cat">{rows}</ul><a class="xemtiep" href="{self.tab_url(news_tab)}">Xem tiếp »</a>',
                    actions=False,
                )
            )
        content = (
            self.container(tab, 4551, "Tin nổi bật", rotator, module="CSPNewsRotator", actions=False)
            + self.container(
                tab, 4552, "Tin mới", f'<ul class="v2-newest">{newest_html}</ul>', module="CSPNews2", actions=False
            )
            + "".join(boxes)
        )
        right = self.sidebar(tab)
        main_tab = self.news_tabs.get(self.spec.main_category)
        if main_tab:
            right = (
                f'<div class="rss-link"><a href="{self.rss_url(main_tab)}" target="_blank"><img src="/images/rss.png" alt="RSS" /> RSS</a></div>'
                + right
            )
        body = self.layout(tab, content, right=right, top=self.notice_module(tab))
        return Page(self.document(self.title_of(tab), body, tab, "home", "home"))

    def page_html_tab(self, tab: Tab) -> Page:
        paragraphs = HTML_PAGES.get(tab.id, ())
        children = [t for t in self.tabs.values() if t.parent == tab.id and t.visible]
        inner = self.html_module(tab.mid, paragraphs) + (
            '<ul class="child-pages">'
            + "".join(f'<li><a href="{self.tab_url(c)}">{esc(c.name)}</a></li>' for c in children)
            + "</ul>"
            if children
            else ""
        )
        body = self.layout(
            tab,
            self.container(tab, tab.mid, tab.name, inner, module="DNN_HTML"),
            right=self.sidebar(tab),
            top=self.notice_module(tab),
        )
        return Page(self.document(self.title_of(tab), body, tab, "tab", f"html/{tab.id}"))

    def page_terms(self, tab: Tab, which: str) -> Page:
        title, paragraphs = ("Điều khoản sử dụng", TERMS) if which == "terms" else ("Chính sách bảo mật", PRIVACY)
        inner = f'<div class="dnnTerms"><h2>{title}</h2>' + "".join(f"<p>{esc(p)}</p>" for p in paragraphs) + "</div>"
        body = self.layout(tab, inner)
        return Page(self.document(self.title_of(tab), body, tab, "small", f"{which}/{tab.id}"))

    def page_login(self, tab: Tab) -> Page:
        inner = (
            '<div class="dnnForm dnnLoginService dnnClear"><div class="dnnFormItem"><label for="dnn_ctr_Login_Login_DNN_txtUsername">Tên đăng nhập:</label>'
            '<input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr_Login_Login_DNN_txtUsername" /></div>'
            '<div class="dnnFormItem"><label for="dnn_ctr_Login_Login_DNN_txtPassword">Mật khẩu:</label><input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr_Login_Login_DNN_txtPassword" autocomplete="off" /></div>'
            '<div class="dnnFormItem"><a id="dnn_ctr_Login_Login_DNN_cmdLogin" class="dnnPrimaryAction" href="javascript:__doPostBack(\'dnn$ctr$Login$Login_DNN$cmdLogin\',\'\')">Đăng nhập</a>'
            '<a id="dnn_ctr_Login_Login_DNN_passwordLink" class="dnnSecondaryAction" href="javascript:__doPostBack(\'dnn$ctr$Login$Login_DNN$passwordLink\',\'\')">Quên mật khẩu?</a></div></div>'
        )
        body = self.layout(tab, self.container(tab, 0, "Đăng nhập", inner, module="Authentication", actions=False))
        return Page(self.document(self.title_of(tab), body, tab, "small", f"login/{tab.id}"))

    def page_search(self, term: str, tag: str) -> Page:
        tab = SEARCH
        shown = tag or term
        inner = (
            '<div class="dnnSearchResultContainer"><div class="dnnSearchBoxPanel">'
            f'<input type="text" id="dnn_ctr{tab.mid}_SearchResults_dnnSearchResult_searchBox" value="{esc(shown)}" /><a class="dnnSearchButton" href="javascript:void(0)"></a></div>'
            '<div class="dnnSearchResultPanel"><div class="dnnLeft"></div><div class="dnnRight"></div></div>'
            '<div class="dnnSearchResult-noResult" style="display:none">Không tìm thấy kết quả nào.</div>'
            '<div class="dnnSearchResultContainer-results dnnSearchResult_ResultsList"></div><div class="dnnSearchResultPager"></div></div>'
            '<script type="text/javascript">$(function () { if (typeof dnn != "undefined" && typeof dnn.searchResult != "undefined") { dnn.searchResult.moduleId = '
            f"{tab.mid}; dnn.searchResult.queryOptions = {{ searchTerm: {json.dumps(term)}, tags: {json.dumps(tag)}, pageIndex: 1, pageSize: 15, sortOption: 0 }}; "
            "dnn.searchResult.defaultSettings = { comboAdvancedDates: '', cultureCode: 'vi-VN', searchUrl: '/API/internalservices/SearchService/Search' }; dnn.searchResult.init(); } });</script>"
        )
        body = self.layout(
            tab, self.container(tab, tab.mid, "Kết quả tìm kiếm", inner, module="SearchResults", actions=False)
        )
        return Page(self.document(self.title_of(tab), body, tab, "small", f"search/{shown}"))

    def page_calendar(self, day: date) -> Page:
        tab = CALENDAR
        items = [a for a in self.listed() if self.when[a.id].at.date() == day]
        rows = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> <span class="date">({self.list_date(a)})</span></li>'
            for a in items
        )
        listing = (
            f'<ul class="news-day">{rows}</ul>'
            if rows
            else '<div class="news-empty">Không có tin bài nào trong ngày này.</div>'
        )
        inner = (
            f'<div class="xemtin"><h3>Tin ngày {day:%d/%m/%Y}</h3>{listing}'
            f'<div class="day-nav"><a href="{self.calendar_url(day - timedelta(days=1))}">« Ngày trước</a> | <a href="{self.calendar_url(day + timedelta(days=1))}">Ngày sau »</a></div></div>'
        )
        body = self.layout(
            tab,
            self.container(tab, tab.mid, "Xem tin theo ngày", inner, module="CSPNewsCalendar", actions=False),
            right=self.sidebar(tab),
            top=self.notice_module(tab),
        )
        return Page(self.document(self.title_of(tab), body, tab, "tab", f"calendar/{day.isoformat()}"))

    def page_not_found(self, status: int = 404) -> Page:
        tab = NOT_FOUND
        inner = self.html_module(
            tab.mid,
            (
                "Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đi.",
                "Vui lòng quay lại Trang chủ hoặc sử dụng chức năng tìm kiếm.",
            ),
        )
        body = self.layout(
            tab, self.container(tab, tab.mid, "Không tìm thấy trang", inner, module="DNN_HTML", actions=False)
        )
        return Page(self.document(self.title_of(tab), body, tab, "small", "notfound"), status=status)

    # ---- files, feeds, sitemaps, the API ----------------------------------------------------------------------------------
    def robots(self) -> str:
        """The installation's one robots.txt (every portal of it answers with it): DNN's own file as shipped."""
        hidden = (
            "/admin/", "/App_Browsers/", "/App_Code/", "/App_Data/", "/App_GlobalResources/", "/bin/", "/Components/",
            "/Config/", "/contest/", "/controls/", "/DesktopModules/", "/Documentation/", "/HttpModules/", "/images/",
            "/Install/", "/js/", "/Portals/", "/Providers/", "/Resources/ContentRotator/", "/Resources/ControlPanel/",
            "/Resources/Dashboard/", "/Resources/FeedBrowser/", "/Resources/OpenForceAd/", "/Resources/Search/",
            "/Resources/Shared/", "/Resources/SkinWidgets/", "/Resources/TabStrip/", "/Resources/Widgets/",
        )  # fmt: skip
        common = (
            "".join(f"Disallow: {p}\n" for p in hidden)
            + "Disallow: /Activity-Feed/userId/\t# Do not index user profiles\n"
        )
        return (
            "# Begin robots.txt file\n"
            "#/-----------------------------------------------\\\n"
            "#| In single portal/domain situations, uncomment the sitmap line and enter domain name\n"
            "#\\-----------------------------------------------/\n"
            "#Sitemap: http://www.DomainNamehere.com/sitemap.aspx\n\n\n"
            f"User-agent: *\n{common}\n"
            f"User-agent: msnbot\n{common}Crawl-delay: 5\n\n"
            f"User-agent: Slurp\nDisallow: /*/ctl/\t\t# Slurp permits *\n{common}Crawl-delay: 5\n\n"
            f"User-agent: Googlebot\nDisallow: /*/ctl/\t\t# Googlebot permits *\n{common}\n\n"
            "# End of robots.txt file\n"
        )

    def sitemap(self) -> str:
        """DNN's core sitemap provider: every page of the portal (hidden ones too), never a module's items."""
        rows = []
        newest = self.articles[0] if self.articles else None
        for tab in sorted(self.tabs.values(), key=lambda t: t.id):
            if tab.kind == "news":
                items = self.listing(tab.category or "")
                modified = (self.when[items[0].id].at if items else TODAY).date()
            elif tab.kind == "home" and newest:
                modified = self.when[newest.id].at.date()
            else:
                modified = date(2025, 7, 3)
            priority = "1.0" if tab.kind == "home" else "0.5"
            rows.append(
                f"  <url>\n    <loc>{esc(self.url(self.tab_url(tab)))}</loc>\n    <lastmod>{modified:%Y-%m-%d}</lastmod>\n    <changefreq>daily</changefreq>\n    <priority>{priority}</priority>\n  </url>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xhtml="http://www.w3.org/1999/xhtml" '
            'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" '
            'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>"
        )

    def module_rss(self, tab: Tab) -> str:
        """The vendor module's feed: the newest 20 of the page's list, DNN 7 links ending in the title, and pubDate the
        server's local time written with .NET's 'r' format (so labelled GMT)."""
        items = []
        for a in self.listing(tab.category or "")[:20]:
            link = f"{self.base}/{tab.path.split('/')[-1]}/tabid/{tab.id}/ctl/Detail/mid/{tab.mid}/ItemID/{self.item_id[a.id]}/{ascii_slug(a.title, keep_case=True, limit=60)}.aspx"
            items.append(
                f"<item><title>{esc(a.title)}</title><link>{esc(link)}</link><description>{esc(self.teaser(a, 300))}</description>"
                f'<pubDate>{self.when[a.id].at.strftime("%a, %d %b %Y %H:%M:%S")} GMT</pubDate><guid isPermaLink="false">CSPNews-{self.item_id[a.id]}</guid></item>'
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{esc(tab.name)} - {esc(self.spec.name)}</title><link>{esc(self.url(self.tab_url(tab)))}</link>"
            f"<description>{esc(tab.name)}</description><language>vi-VN</language><generator>CSP News 4.2</generator>{''.join(items)}</channel></rss>"
        )

    def search_api(self, term: str, tag: str, page: int) -> str:
        """DNN 9's search service: JSON the results page renders from; the module's search items link the Detail URL."""
        needle = (tag or term).casefold().strip()
        found = (
            [a for a in self.listed() if needle and (needle in a.title.casefold() or needle in a.body.casefold())]
            if needle
            else []
        )
        size = 15
        chunk = found[(page - 1) * size : page * size]
        results = [
            {
                "Title": a.title,
                "DocumentUrl": self.url(self.article_path(a)),
                "Snippet": self.teaser(a, 220),
                "DisplayModifiedTime": self.when[a.id].at.strftime("%d/%m/%Y"),
                "Tags": [],
                "AuthorProfileUrl": "",
                "AuthorName": ACCOUNTS[a.number % len(ACCOUNTS)],
                "Likes": 0,
                "Comments": 0,
                "Views": 0,
                "Attributes": {},
            }
            for a in chunk
        ]
        payload = {
            "results": [{"DocumentTypeName": "CSP_News", "Results": results}] if results else [],
            "totalHits": len(found),
            "more": page * size < len(found),
        }
        return json.dumps(payload, ensure_ascii=False)

    # ---- routing -------------------------------------------------------------------------------------------------------
    def build(self) -> None:
        # What the tests walk: the robots file, the direct-linked files, and every article's canonical page.
        self.add("/robots.txt", Response(200, self.robots().encode("utf-8"), "text/plain", dict(HEADERS)))
        for article in self.articles:
            portals_file = self.portals_file(article)
            if portals_file:
                self.add(portals_file[0], self.pdf(portals_file[1], article))
        self.add(
            f"/Portals/{PORTAL_ID}/TaiLieu/So%20tay%20long%20ghep%20gioi.pdf", self.pdf("So tay long ghep gioi.pdf")
        )
        for article in self.articles:
            self.routes[self.route_key(self.article_path(article))] = (
                self.lookup(self.article_path(article)) or self.not_found()
            )

    def cached(self, key: tuple, make: Callable[[], Page]) -> Page:
        page = self.cache.get(key)
        if page is None:
            page = self.cache[key] = make()
        return page

    def not_found(self) -> Response:
        page = self.cached(("notfound",), self.page_not_found)
        return self.respond(page, "/vi-vn/khong-tim-thay-trang", login_return="%2f")

    def html(self, text: str, status: int = 200) -> Response:
        return Response(status, text.encode("utf-8"), "text/html; charset=utf-8", dict(HEADERS))

    def respond(self, page: Page, path_qs: str, login_return: str | None = None, tab: Tab | None = None) -> Response:
        """Fill the per-request slots: the form's action (the raw URL) and the login link's returnurl."""
        here = path_qs or "/"
        returnurl = login_return if login_return is not None else lower_escapes(quote(here, safe=""))
        login_tab = tab or HOME
        login = f"/vi-vn/{login_tab.path}/ctl/login?returnurl={returnurl}"
        text = page.html.replace("\x00ACTION\x00", escape(here, quote=True)).replace(
            "\x00LOGIN\x00", escape(login, quote=True)
        )
        headers = dict(HEADERS) | {"Set-Cookie": "language=vi-VN; path=/; HttpOnly"}
        return Response(page.status, text.encode("utf-8"), page.content_type, headers)

    def personalize(self, body: bytes) -> bytes:
        """A verification token, the visitor counter and the articles' view counters, new in every response."""
        if b"\x00" not in body:
            return body
        n = next(self.tokens)
        body = body.replace(
            b"\x00TOKEN\x00",
            base64.b64encode(f"{n:08d}-{PORTAL_ID}-{n * 7919 % 100003}".encode()).rstrip(b"=").replace(b"+", b"-"),
        )
        body = body.replace(b"\x00ONLINE\x00", str(11 + next(self.online) * 7 % 53).encode())
        while b"\x00V" in body:
            start = body.index(b"\x00V")
            end = body.index(b"\x00", start + 1)
            number = int(body[start + 2 : end])
            self.hits[number] = self.hits.get(number, 0) + 1
            article = self.by_number.get(number)
            base = self.views(article) if article else 0
            body = body[:start] + vn_number(base + self.hits[number]).encode() + body[end + 1 :]
        return body

    def lookup(self, path_qs: str) -> Response | None:
        parts = urlsplit(path_qs)
        raw_path = unquote(parts.path or "/")
        params: dict[str, str] = {}
        for name, value in parse_qsl(parts.query, keep_blank_values=True):
            params.setdefault(name.lower(), value)
        segments = [s for s in raw_path.split("/") if s]
        lower = [s.lower() for s in segments]
        static = self.static(lower, params, path_qs)
        if static is not None:
            return static
        # DNN's friendly URLs: a culture prefix, '/Default.aspx' or a page name ending the path, then either
        # '.../tabid/N/key/value...' (DNN 7) or '<page path>/key/value...' (Advanced URLs).
        if lower and lower[0] == "en-us":
            return self.not_found()
        if lower and lower[0] == "vi-vn":
            segments, lower = segments[1:], lower[1:]
        if lower and lower[-1].endswith(".aspx"):
            if lower[-1] != "default.aspx" and "tabid" not in lower:
                return self.not_found()
            segments, lower = segments[:-1], lower[:-1]
        tab: Tab | None = None
        rest: list[str] = []
        if "tabid" in lower:
            i = lower.index("tabid")
            tab = self.tabs.get(int(lower[i + 1])) if i + 1 < len(lower) and lower[i + 1].isdigit() else None
            rest = segments[i + 2 :]
        elif not segments:
            tab_id = params.get("tabid", "")
            tab = self.tabs.get(int(tab_id)) if tab_id.isdigit() else (HOME if not tab_id else None)
        else:
            for size in range(len(lower), 0, -1):
                tab = self.by_path.get("/".join(lower[:size]))
                if tab:
                    rest = segments[size:]
                    break
        if tab is None:
            return self.not_found()
        pairs = {rest[i].lower(): rest[i + 1] for i in range(0, len(rest) - 1, 2)}
        for name, value in pairs.items():
            params.setdefault(name, value)
        language = params.get("language", "vi-VN").lower()
        if language not in ("vi-vn", ""):
            return self.not_found()
        return self.dispatch(tab, params, path_qs)

    def number(self, params: dict[str, str], name: str) -> int | None:
        value = params.get(name, "").strip()
        return int(value) if value.isdigit() else None

    def dispatch(self, tab: Tab, params: dict[str, str], path_qs: str) -> Response:
        ctl = params.get("ctl", "").lower()
        popup = params.get("popup", "").lower() == "true"
        item = self.number(params, "itemid")
        article = self.by_item.get(item) if item is not None else None
        if ctl == "login":
            returnurl = lower_escapes(quote(params.get("returnurl", "/"), safe=""))
            return self.respond(
                self.cached(("login", tab.id), lambda: self.page_login(tab)), path_qs, login_return=returnurl, tab=tab
            )
        if ctl in ("terms", "privacy"):
            return self.respond(self.cached((ctl, tab.id), lambda: self.page_terms(tab, ctl)), path_qs, tab=tab)
        if ctl == "sendmail":
            return self.respond(self.cached(("sendmail", item), lambda: self.page_sendmail(article, tab)), path_qs)
        if ctl == "print" or (ctl == "detail" and params.get("print") == "1"):
            return self.respond(self.cached(("print", item), lambda: self.page_print(article)), path_qs)
        if ctl == "detail":
            if tab.kind != "news":
                return self.not_found()
            if popup:
                inner = self.detail_module(article, tab) if article else self.missing_module(tab)
                return self.respond(
                    self.cached(
                        ("popup", tab.id, item),
                        lambda: self.page_popup(article.title if article else tab.name, inner, f"popup/{item}"),
                    ),
                    path_qs,
                )
            return self.respond(
                self.cached(("detail", tab.id, item, True), lambda: self.page_news_detail(article, tab, isolated=True)),
                path_qs,
                tab=tab,
            )
        if ctl:
            return self.not_found()
        if params.get("dnnprintmode", "").lower() == "true":
            if tab.kind == "news":
                return self.respond(
                    self.cached(("printmode", tab.id), lambda: self.page_list(tab, 1, printmode=True)), path_qs
                )
            html_inner = self.container(
                tab,
                tab.mid,
                tab.name,
                self.html_module(tab.mid, HTML_PAGES.get(tab.id, ())),
                module="DNN_HTML",
                actions=False,
            )
            return self.respond(
                self.cached(("printmode", tab.id), lambda: self.page_printmode(tab, html_inner, f"printmode/{tab.id}")),
                path_qs,
            )
        if tab.kind == "home":
            return self.respond(self.cached(("home",), self.page_home), path_qs, tab=tab)
        if tab.kind == "html":
            return self.respond(self.cached(("html", tab.id), lambda: self.page_html_tab(tab)), path_qs, tab=tab)
        if tab.kind == "news":
            if item is not None:  # the list control shows an item inline when the URL names one
                return self.respond(
                    self.cached(
                        ("detail", tab.id, item, False), lambda: self.page_news_detail(article, tab, isolated=False)
                    ),
                    path_qs,
                    tab=tab,
                )
            page = (self.number(params, "currentpage") or 1) if tab.pager in ("paging", "query") else 1
            return self.respond(
                self.cached(("list", tab.id, page), lambda: self.page_list(tab, page)), path_qs, tab=tab
            )
        if tab.kind == "v2":
            article_id = self.number(params, "articleid")
            target = self.by_item.get(article_id) if article_id is not None else None
            return self.respond(self.cached(("v2", article_id), lambda: self.page_v2(target)), path_qs, tab=tab)
        if tab.kind == "search":
            term, tag = params.get("search", ""), params.get("tag", "")
            return self.respond(
                self.cached(("search", term, tag), lambda: self.page_search(term, tag)), path_qs, tab=tab
            )
        if tab.kind == "calendar":
            try:
                day = datetime.strptime(params.get("ngay", ""), "%d/%m/%Y").date()
            except ValueError:
                day = TODAY.date()
            return self.respond(self.cached(("calendar", day), lambda: self.page_calendar(day)), path_qs, tab=tab)
        return self.respond(self.cached(("notfound", 200), lambda: self.page_not_found(status=200)), path_qs, tab=tab)

    def static(self, lower: list[str], params: dict[str, str], path_qs: str) -> Response | None:
        """Files and handlers outside DNN's page routing."""
        path = "/" + "/".join(lower)
        if path == "/robots.txt":
            return Response(200, self.robots().encode("utf-8"), "text/plain", dict(HEADERS))
        if path == "/sitemap.aspx":
            return Response(200, self.sitemap().encode("utf-8"), "text/xml; charset=utf-8", dict(HEADERS))
        if path == "/linkclick.aspx":
            ticket = params.get("fileticket", "")
            if ticket:
                found = self.tickets.get(ticket)
                if found is None:
                    return self.not_found()
                article, name = found
                response = self.pdf(name, article)
                response.headers.update(HEADERS | {"Content-Disposition": f'attachment; filename="{name}"'})
                return response
            link = params.get("link", "")
            if link.isdigit() and int(link) in self.tabs:
                return self.redirect(self.tab_url(self.tabs[int(link)]), status=302)
            return self.not_found()
        if path in (
            "/api/internalservices/searchservice/search",
            "/desktopmodules/internalservices/api/searchservice/search",
        ):
            page = self.number(params, "pageindex") or 1
            body = self.search_api(params.get("search", ""), params.get("tags", ""), page)
            return Response(200, body.encode("utf-8"), "application/json; charset=utf-8", dict(HEADERS))
        if path == MODULE_DIR.lower() + "/rss.aspx":
            tab = self.tabs.get(self.number(params, "tabid") or 0)
            if tab is None or tab.kind != "news":
                return Response(
                    200,
                    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title></title></channel></rss>',
                    "text/xml; charset=utf-8",
                    dict(HEADERS),
                )
            return Response(200, self.module_rss(tab).encode("utf-8"), "text/xml; charset=utf-8", dict(HEADERS))
        for key, response in self.routes.items():
            if key.lower().endswith(".pdf") and unquote(key).lower() == path:
                return response
        if path.startswith(("/portals/", "/images/", "/resources/", "/js/", "/desktopmodules/")) or path.endswith(
            (".axd", ".ico")
        ):
            if path.endswith((".jpg", ".png", ".gif", ".ico")):
                return Response(200, TINY_GIF, "image/gif", dict(HEADERS))
            if path.endswith(".css"):
                return Response(200, b"/* QNG_2016 */", "text/css", dict(HEADERS))
            if path.endswith((".js", ".axd")):
                return Response(200, b"/* DNN */", "application/javascript", dict(HEADERS))
            return self.not_found()
        return None


TINY_GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
