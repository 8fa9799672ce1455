"""A ministry section on IBM WebSphere Portal 8.5 + Web Content Manager (Vụ Bình đẳng giới, Bộ LĐ-TB&XH).

Several ministries ran their portals on WebSphere Portal for a decade: the theme (Portal 8.5 theme with the
ministry's skin) draws a huge navigation tree, every portlet sits in a 'wpthemeControl' skin with a hidden title and a
context menu nobody sees, Dojo loads through /wps/contenthandler, and every link carries the navigational state of
the page it was made on, base64-like after '/!ut/p/z1/', plus ';jsessionid=' where the theme rewrote the URL for a
client without cookies. The same article therefore has many addresses:

- ``/wps/portal/bdg/<page>/<slug>``: the WCM friendly URL (no state); the theme's canonical and the feed point to it;
- ``<friendly>/!ut/p/z1/<state>/dz/d5/<tail>/``: the same page with a state string that depends on where the link was
  made (listing page K of a section, the main section's listing, 'Tin khác', the page's own <base href>);
- ``/wps/portal/bdg/trang-chu/!ut/p/z1/<state>/...``: the home page's viewer showing the article (home widgets);
- ``/wps/portal/bdg/<page>/?urile=wcm:path:/molisa_bdg/bdg/<area>/<slug>`` (the 'Văn bản' portlet's related news);
- ``/wps/wcm/connect/molisa_bdg/bdg/<area>/<slug>``: the bare WCM render (home slider, the WCM listings), no theme,
  no canonical, 'Cập nhật lúc' (the last-modified time) instead of the publication date;
- the same with ``?presentationtemplate=molisa_bdg/PT-InBai``: the print view.

The URL space is kept finite: each state string is one of a handful made per article (bounded by sections, listing
pages and three navigation contexts); unknown state strings render the page they are attached to, as WPS does.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import base64
import hashlib
import re
import secrets
from urllib.parse import quote

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import When, ascii_slug, esc, stable_token
from .base import Response, Template
from .extras import photo

LIB = "molisa_bdg"  # the WCM library
DZ = "L2dBISEvZ0FBIS9nQSEh"  # the constant '/dz/d5/' tail WPS 8 puts on every state URL
SID = "0000wpsJSESSIONIDplaceholdr"  # replaced per response (a new session for a client that sends no cookie)
CLONE = "18ki7fhpf"
KINDS = ("home", "list", "detail")  # the navigation contexts a nav-tree link's state is made in
PRINT_PT = "molisa_bdg/PT-InBai"
FEED = "/wps/wcm/connect/molisa_bdg/bdg/rss/tin-moi?srv=cmpnt&source=library&cmpntname=molisa_bdg/Cmpnt-RSS-TinMoi"
THEME = "/wps/contenthandler/dav/fs-type1/themes/MolisaBDG85"
DIGEST = "7YxhTfRTQmyuXk7tDdbS9A"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

SITE_TITLE = "Vụ Bình đẳng giới - Bộ Lao động - Thương binh và Xã hội"
CLOSING = (
    "Thông báo: Thực hiện Nghị định số 62/2025/NĐ-CP, từ ngày 01/3/2025 nhiệm vụ quản lý nhà nước về bình đẳng giới "
    "được chuyển giao về Bộ Nội vụ. Chuyên trang Bình đẳng giới ngừng cập nhật tin bài; mời bạn đọc theo dõi tại "
    "Cổng thông tin điện tử Bộ Nội vụ."
)

# The navigation tree: (section, section slug, leaves). A leaf is (title, slug); a leaf whose slug is a category key's
# last segment is that category's listing; 'van-ban-*' leaves are the 'Văn bản' portlet; the rest are WCM pages.
NAV = (
    (
        "Giới thiệu",
        "gioi-thieu",
        (
            ("Chức năng, nhiệm vụ", "chuc-nang-nhiem-vu"),
            ("Cơ cấu tổ chức", "co-cau-to-chuc"),
            ("Lãnh đạo Vụ", "lanh-dao-vu"),
            ("Quá trình hình thành", "qua-trinh-hinh-thanh"),
            ("Liên hệ", "lien-he"),
        ),
    ),
    ("Tin tức - Sự kiện", "tin-tuc", (("Tin ảnh", "tin-anh"), ("Video", "video"))),
    (
        "Văn bản",
        "van-ban",
        (
            ("Văn bản quy phạm pháp luật", "van-ban-qppl"),
            ("Văn bản chỉ đạo, điều hành", "van-ban-chi-dao"),
            ("Dự thảo lấy ý kiến", "du-thao"),
        ),
    ),
    (
        "Chương trình, đề án",
        "chuong-trinh",
        (
            ("Chiến lược quốc gia về bình đẳng giới", "chien-luoc-quoc-gia"),
            ("Chương trình truyền thông về bình đẳng giới", "chuong-trinh-truyen-thong"),
            ("Phòng ngừa, ứng phó với bạo lực trên cơ sở giới", "phong-ngua-bltcsg"),
            ("Dự án 8 - Chương trình MTQG 1719", "du-an-8"),
        ),
    ),
    (
        "Số liệu thống kê",
        "so-lieu",
        (
            ("Bộ chỉ tiêu thống kê phát triển giới", "chi-tieu-thong-ke"),
            ("Báo cáo quốc gia", "bao-cao-quoc-gia"),
        ),
    ),
    (
        "Hợp tác quốc tế",
        "hop-tac-quoc-te",
        (
            ("Công ước CEDAW", "cong-uoc-cedaw"),
            ("Dự án hợp tác", "du-an-hop-tac"),
        ),
    ),
    (
        "Hỏi - đáp",
        "hoi-dap",
        (
            ("Hỏi đáp pháp luật về bình đẳng giới", "hoi-dap-phap-luat"),
            ("Tổng đài 111", "tong-dai-111"),
        ),
    ),
    (
        "Thư viện",
        "thu-vien",
        (
            ("Ấn phẩm truyền thông", "an-pham"),
            ("Tài liệu tập huấn", "tai-lieu-tap-huan"),
        ),
    ),
)
STATIC_TEXT = {
    "chuc-nang-nhiem-vu": (
        "2017-08-14T09:00:00+07:00",
        (
            "Vụ Bình đẳng giới là đơn vị thuộc Bộ Lao động - Thương binh và Xã hội, có chức năng tham mưu, giúp Bộ trưởng thực hiện quản lý nhà nước về bình đẳng giới và vì sự tiến bộ của phụ nữ trong phạm vi cả nước theo quy định của pháp luật.",
            "Vụ có nhiệm vụ xây dựng, trình Bộ trưởng các chiến lược, chương trình, đề án, kế hoạch về bình đẳng giới; hướng dẫn lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; theo dõi, tổng hợp, báo cáo việc thực hiện mục tiêu quốc gia về bình đẳng giới; là cơ quan thường trực giúp việc Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam; thực hiện hợp tác quốc tế về bình đẳng giới theo phân công của Bộ trưởng.",
        ),
    ),
    "co-cau-to-chuc": (
        None,
        (
            "Lãnh đạo Vụ gồm Vụ trưởng và các Phó Vụ trưởng. Các bộ phận chuyên môn: Phòng Chính sách bình đẳng giới; Phòng Truyền thông và Hợp tác quốc tế; Văn phòng Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam.",
        ),
    ),
    "lien-he": (
        None,
        (
            "Vụ Bình đẳng giới, Bộ Lao động - Thương binh và Xã hội. Địa chỉ: Số 12 Ngô Quyền, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.38269547. Email: vubdg@molisa.gov.vn",
        ),
    ),
}
# The 'Văn bản' portlet: (leaf slug, kind, number, issued dd/mm/yyyy, summary, file extension)
DOCS = (
    ("van-ban-qppl", "Luật", "73/2006/QH11", "29/11/2006", "Luật Bình đẳng giới", "pdf"),
    ("van-ban-qppl", "Luật", "13/2022/QH15", "14/11/2022", "Luật Phòng, chống bạo lực gia đình", "pdf"),
    (
        "van-ban-qppl",
        "Nghị định",
        "70/2008/NĐ-CP",
        "04/06/2008",
        "Quy định chi tiết thi hành một số điều của Luật Bình đẳng giới",
        "doc",
    ),
    (
        "van-ban-qppl",
        "Nghị quyết",
        "28/NQ-CP",
        "03/03/2021",
        "Ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "pdf",
    ),
    (
        "van-ban-chi-dao",
        "Quyết định",
        "1790/QĐ-TTg",
        "23/10/2021",
        "Phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030",
        "pdf",
    ),
    (
        "van-ban-chi-dao",
        "Quyết định",
        "2232/QĐ-TTg",
        "28/12/2020",
        "Phê duyệt Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021 - 2025",
        "pdf",
    ),
    (
        "van-ban-chi-dao",
        "Công văn",
        "1116/LĐTBXH-BĐG",
        "02/04/2021",
        "Hướng dẫn triển khai thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "doc",
    ),
)
TELEPHONE = "Tổng đài quốc gia bảo vệ trẻ em: 111 - Đường dây nóng phòng, chống mua bán người: 1800 1567"


def tok(*parts: object) -> str:
    """A stable state string that looks like WPS's compressed, base64-encoded navigational state."""
    seed = "|".join(str(p) for p in parts).encode("utf-8")
    raw = hashlib.sha256(seed).digest() + hashlib.sha256(b"z1" + seed).digest() + hashlib.sha1(seed).digest()
    body = base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    length = 64 + raw[0] % 40
    return "04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi" + body[:length] + "!!"


def pid(*parts: object) -> str:
    """A portlet or page object id ('Z7_' + 26 characters)."""
    return stable_token("|".join(str(p) for p in parts), 26).upper()


def uuid(*parts: object) -> str:
    h = hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class WebSphere(Template):
    """Vụ Bình đẳng giới on WebSphere Portal 8.5: /wps/portal pages with state, /wps/wcm/connect renders, an English virtual portal."""

    feed_path = FEED

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.slugs = {a.id: ascii_slug(a.title, limit=90) for a in self.articles}
        self.nav_targets: dict[
            str, str
        ] = {}  # stateless page path -> kind of page ('list:<slug>', 'static:<slug>', 'docs:<leaf>')

    # ---- URLs -------------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """Session ids are no part of a page's address; '%21' is the '!' of the state marker."""
        path_qs = re.sub(r";jsessionid=[^/?#]*", "", path_qs, flags=re.IGNORECASE).replace("%21", "!")
        return super().route_key(path_qs)

    def vp(self, category: Category) -> str:
        """The virtual portal: /wps/portal/en for the English pages."""
        return "/wps/portal/en" if category.lang == "en" else "/wps/portal/bdg"

    def page_path(self, category: Category) -> str:
        return f"{self.vp(category)}/{category.key}"

    def area(self, category: Category) -> str:
        site = "bdg_en" if category.lang == "en" else "bdg"
        return f"{site}/{category.key.rsplit('/', 1)[-1]}"

    def article_path(self, article: CorpusArticle) -> str:
        return f"{self.page_path(self.spec.category(article.category))}/{self.slugs[article.id]}"

    @staticmethod
    def state(prefix: str, *parts: object, p0: str = "") -> str:
        return f"{prefix.rstrip('/')}/!ut/p/z1/{tok(prefix, *parts)}/" + (f"p0/{p0}/" if p0 else "") + f"dz/d5/{DZ}/"

    @staticmethod
    def js(path: str) -> str:
        """The theme's URL rewriting: ';jsessionid=' before the query."""
        path, sep, query = path.partition("?")
        return f"{path};jsessionid={SID}:{CLONE}{sep}{query}"

    def listed_href(self, article: CorpusArticle, category: Category, page: int) -> str:
        """A listing's 'Chi tiết' link: the article under the listing's page, with that listing page's state."""
        return self.state(f"{self.page_path(category)}/{self.slugs[article.id]}", "list", page)

    def related_href(self, article: CorpusArticle) -> str:
        return self.state(self.article_path(article), "rel")

    def self_state(self, article: CorpusArticle) -> str:
        return self.state(self.article_path(article), "self")

    def home_href(self, article: CorpusArticle) -> str:
        category = self.spec.category(article.category)
        home = "/wps/portal/en/home" if category.lang == "en" else "/wps/portal/bdg/trang-chu"
        return self.state(home, "viewer", article.id)

    def wcm_path(self, article: CorpusArticle) -> str:
        return f"/wps/wcm/connect/{LIB}/{self.area(self.spec.category(article.category))}/{self.slugs[article.id]}"

    def print_path(self, article: CorpusArticle) -> str:
        return f"{self.wcm_path(article)}?presentationtemplate={quote(PRINT_PT, safe='')}"

    def urile_path(self, article: CorpusArticle) -> str:
        category = self.spec.category(article.category)
        target = quote(f"wcm:path:/{LIB}/{self.area(category)}/{self.slugs[article.id]}", safe="")
        return f"{self.page_path(category)}/?urile={target}"

    def myportal_path(self, article: CorpusArticle) -> str:
        return self.article_path(article).replace("/wps/portal/", "/wps/myportal/", 1)

    def listing_page_href(self, category: Category, page: int) -> str:
        path = self.page_path(category)
        portlet = pid("listing", category.slug)
        return self.state(path, "page", page, p0=f"IZ7_{portlet}=CZ6_{pid('page', category.slug)}=MEpage!{page}==")

    def wcm_listing(self, category: Category, page: int = 0) -> str:
        base = f"/wps/wcm/connect/{LIB}/{self.area(category)}"
        if not page:
            return base
        return f"{base}?WCM_PI=1&WCM_Page.{hashlib.md5(category.slug.encode()).hexdigest()}={page}"

    def nav_href(self, path: str, kind: str) -> str:
        return self.js(self.state(path, "nav", kind))

    def doc_path(self, doc: tuple) -> str:
        return f"/wps/portal/bdg/van-ban/{doc[0]}/{ascii_slug(doc[2])}"

    def file_path(self, name: str, *seed: object) -> str:
        u = uuid(name, *seed)
        return f"/wps/wcm/connect/{u}/{quote(name)}?MOD=AJPERES&CACHEID=ROOTWORKSPACE-{u}-{stable_token(name, 7)}"

    def attached(self, article: CorpusArticle) -> str | None:
        name = self.attachment(article)
        if name and article.number % 4 == 0:
            name = name[:-4] + ".doc"
        return name

    def robots(self) -> str:
        return (
            "User-agent: *\n"
            "Disallow: /wps/myportal/\n"
            "Disallow: /wps/mypoc\n"
            "Disallow: /wps/wcm/myconnect/\n"
            "Disallow: /wps/contenthandler/\n"
            "Disallow: /wps/proxy/\n"
            "Disallow: /wps/portal/bdg/tim-kiem\n"
        )

    # ---- responses --------------------------------------------------------------------------
    def html(self, text: str, status: int = 200) -> Response:
        response = super().html(text, status)
        response.headers.update(
            {
                "Content-Language": "vi-VN",
                "Cache-Control": 'no-cache="set-cookie, set-cookie2"',
                "Expires": "Thu, 01 Dec 1994 16:00:00 GMT",
                "Set-Cookie": f"JSESSIONID={SID}:{CLONE}; Path=/; HttpOnly",
                "X-Powered-By": "Servlet/3.0",
            }
        )
        return response

    def personalize(self, body: bytes) -> bytes:
        """A new session in every response: a crawler that sends no cookie gets new ';jsessionid=' links each time."""
        if SID.encode() not in body:
            return body
        return body.replace(SID.encode(), ("0000" + secrets.token_urlsafe(17)[:23]).encode())

    def not_found(self) -> Response:
        return self.html(
            '<!DOCTYPE html><html lang="vi"><head><title>Lỗi 404</title></head><body>'
            '<div class="wpthemeError"><h1>Error 404: com.ibm.portal.resolver.exceptions.LocalizedIOException: '
            "EJPEI0090E: The resource could not be found.</h1>"
            f'<p>{esc(self.s["not_found"])}</p><p><a href="/wps/portal/bdg/trang-chu">Trang chủ</a></p></div></body></html>',
            status=404,
        )

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """A state string the portal did not make here (edited, stale, from another session): the page without it."""
        path = self.route_key(path)
        if "/!ut/p/" in path and path.startswith("/wps/portal/"):
            return self.routes.get(path.split("/!ut/p/", 1)[0])
        return None

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        cats = list(self.spec.categories)
        self.add("/", self.redirect("/wps/portal", 302))
        home_state = self.state("/wps/portal/bdg/trang-chu", "home")
        self.add("/wps/portal", self.redirect(home_state, 302))
        self.add("/wps/portal/", self.redirect(home_state, 302))
        self.add("/wps/portal/bdg", self.redirect(home_state, 302))
        self.add("/wps/portal/bdg/", self.redirect(home_state, 302))
        self.add("/wps/portal/bdg/trang-chu", self.html(self.home_page(home_state)))
        self.add(home_state, self.html(self.home_page(home_state)))
        en_cats = [c for c in cats if c.lang == "en"]
        en_home = self.state("/wps/portal/en/home", "home")
        self.add("/wps/portal/en", self.redirect(en_home, 302))
        self.add("/wps/portal/en/", self.redirect(en_home, 302))
        self.add("/wps/portal/en/home", self.html(self.english_home(en_home, en_cats)))
        self.add(en_home, self.html(self.english_home(en_home, en_cats)))
        self.add("/wps/myportal/bdg/trang-chu", self.html(self.login_page()))
        self.add("/robots.txt", self.text(self.robots()))
        self.add(FEED, self.text(self.feed(), "text/xml"))

        # section listings: the stateless page, its nav-state copies, the pager's state pages, the WCM listing
        for category in cats:
            pages = self.chunks(self.listing(category.slug))
            path = self.page_path(category)
            self.nav_targets[path] = f"list:{category.slug}"
            for number, items in enumerate(pages, start=1):
                here = path if number == 1 else self.listing_page_href(category, number)
                base = self.listing_page_href(category, number)
                page = self.html(self.listing_page(category, items, number, len(pages), base))
                self.add(here, page)
                self.add(base, page)
                self.add(
                    self.wcm_listing(category, number),
                    self.html(self.wcm_listing_page(category, items, number, len(pages))),
                )
            self.add(self.wcm_listing(category), self.html(self.wcm_listing_page(category, pages[0], 1, len(pages))))
            self.add(path + "/", self.redirect(path, 302))

        # the navigation tree's own pages
        for _, section, leaves in NAV:
            for title, slug in leaves:
                path = f"/wps/portal/bdg/{section}/{slug}"
                if slug.startswith("van-ban-"):
                    self.nav_targets[path] = f"docs:{slug}:{title}"
                else:
                    self.nav_targets[path] = f"static:{slug}:{title}"
        for path, target in self.nav_targets.items():
            for kind in KINDS:
                href = self.state(path, "nav", kind)
                if target.startswith("list:"):
                    category = self.spec.category(target[5:])
                    chunks = self.chunks(self.listing(category.slug))
                    self.add(href, self.html(self.listing_page(category, chunks[0], 1, len(chunks), href)))
                elif target.startswith("docs:"):
                    _, leaf, title = target.split(":", 2)
                    self.add(href, self.html(self.docs_page(leaf, title, href)))
                else:
                    _, slug, title = target.split(":", 2)
                    self.add(href, self.html(self.static_page(slug, title, href)))
            if not target.startswith("list:"):
                kind, slug, title = target.split(":", 2)
                content = self.docs_page(slug, title, path) if kind == "docs" else self.static_page(slug, title, path)
                self.add(path, self.html(content))
        for doc in DOCS:
            self.add(self.doc_path(doc), self.html(self.doc_page(doc)))
            name = f"{doc[2].replace('/', '-').replace('Đ', 'D')}.{doc[5]}"
            self.add(self.file_path(name, doc[2]), self.attachment_file(name, None))

        # the articles, under every address the portal gives them
        for article in self.articles:
            category = self.spec.category(article.category)
            canonical = self.article_path(article)
            own = self.self_state(article)
            self.add(canonical, self.html(self.article_page(article, own)))
            self.add(own, self.html(self.article_page(article, own)))
            self.add(self.related_href(article), self.html(self.article_page(article, self.related_href(article))))
            home = self.home_href(article)
            self.add(home, self.html(self.article_page(article, home, under_home=True)))
            for listing in {category, self.spec.category(self.spec.main_category)}:
                if article in self.listing(listing.slug):
                    number = next(i for i, p in enumerate(self.chunks(self.listing(listing.slug)), 1) if article in p)
                    href = self.listed_href(article, listing, number)
                    self.add(href, self.html(self.article_page(article, href, page_category=listing)))
            self.add(self.urile_path(article), self.html(self.article_page(article, self.self_state(article))))
            self.add(self.wcm_path(article), self.html(self.wcm_article(article)))
            self.add(self.print_path(article), self.html(self.print_page(article)))
            self.add(self.myportal_path(article), self.html(self.login_page()))
            attached = self.attached(article)
            if attached:
                self.add(self.file_path(attached, article.id), self.attachment_file(attached, article))

    def attachment_file(self, name: str, article: CorpusArticle | None) -> Response:
        if name.endswith(".doc"):
            body = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 24 + name.encode("ascii", "replace") + b"\x00" * 480
            return Response(200, body, "application/msword", {"Content-Disposition": f'inline; filename="{name}"'})
        response = self.pdf(name, article)
        response.headers["Content-Disposition"] = f'inline; filename="{name}"'
        return response

    # ---- the theme --------------------------------------------------------------------------
    def page(
        self,
        title: str,
        main: str,
        base: str,
        *,
        canonical: str | None = None,
        kind: str = "detail",
        crumbs: tuple[tuple[str, str], ...] = (),
        lang: str = "vi",
        aside: str = "",
    ) -> str:
        canonical_tag = f'<link rel="canonical" href="{esc(self.url(canonical))}">\n' if canonical else ""
        locale = "en" if lang == "en" else "vi"
        head_css = (
            f"/wps/contenthandler/!ut/p/digest!{DIGEST}/mashup/ra:collection?soffset=0&amp;eoffset=7&amp;themeID=ZJ_CGAH47L00G0C70AUM4LKGB1000"
            f"&amp;locale={locale}&amp;mime-type=text%2Fcss&amp;lm=1489376046000&amp;entry=wp_theme_portal_85__0.0%3Ahead_css"
            "&amp;entry=wp_one_ui_303__0.0%3Ahead_css&amp;entry=wp_dynamicContentSpots_85__0.0%3Ahead_css"
        )
        head_js = (
            f"/wps/contenthandler/!ut/p/digest!{DIGEST}/mashup/ra:collection?soffset=0&amp;eoffset=9&amp;themeID=ZJ_CGAH47L00G0C70AUM4LKGB1000"
            f"&amp;locale={locale}&amp;mime-type=text%2Fjavascript&amp;lm=1489376046000&amp;entry=dojo_19__0.0%3Ahead_js"
            "&amp;entry=wp_client_main__0.0%3Ahead_js&amp;entry=wp_theme_portal_85__0.0%3Ahead_js&amp;entry=wcm_inplaceEdit__0.0%3Ahead_js"
        )
        trail = "".join(
            f'<li><a href="{esc(href)}">{esc(name)}</a><span class="wpthemeBreadcrumbSeparator">›</span></li>'
            for name, href in crumbs
        )
        home_link = "/wps/portal/en/home" if lang == "en" else "/wps/portal/bdg/trang-chu"
        return f"""<!DOCTYPE html>
<html lang="{locale}" dir="ltr" class="lotusui30dojo tundra locale_{locale}">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<base href="{esc(self.url(base))}">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="{esc(base)}" />
<link rel="bookmark" title="{esc(title)}" href="{esc(base)}" hreflang="{locale}"/>
{canonical_tag}<link rel="alternate" type="application/rss+xml" title="Tin mới - Bình đẳng giới" href="{esc(FEED)}">
<link rel="shortcut icon" href="{THEME}/images/favicon.ico" type="image/x-icon">
<link rel="stylesheet" href="{head_css}" type="text/css"/>
<script type="text/javascript">var dojoConfig = {{"locale":"{locale}","isDebug":false,"async":false,"parseOnLoad":true,"baseUrl":"/wps/portal_dojo/v1.9/dojo/","packages":[{{"name":"com.ibm","location":"/wps/themeModules/js/com/ibm"}}]}};</script>
<script type="text/javascript" src="{head_js}"></script>
<script type="text/javascript">var ibmCfg = {{"portalConfig":{{"contentHandlerURI":"/wps/mycontenthandler/!ut/p/digest!{DIGEST}/","isVirtualPortal":true,"portalURI":"/wps/portal/","isAnonymous":true,"locale":"{locale}"}},"themeConfig":{{"themeUniqueName":"molisa.bdg.theme85","isRTL":false,"modules":["wp_theme_portal_85","wp_one_ui_303","dojo_19","wcm_inplaceEdit"]}}}};</script>
</head>
<body id="content" class="lotusui30_body lotusui30_fluid locale_{locale}">
<div class="wpthemeHidden" style="display:none">
<span class="asa.page" title="{esc(title)}"></span><span class="asa.page.id">6_{pid("page", base)}</span><span class="asa.page.title">{esc(title)}</span>
<span class="asa.page.url">{esc(base)}</span><span class="asa.visitor.locale">{locale}</span><span class="asa.portal.user">anonymous portal user</span>
<div id="wpthemeEditModeMenu" class="wpthemeMenu"><ul><li>Chỉnh sửa trang</li><li>Thêm nội dung</li><li>Bố cục trang</li><li>Thuộc tính trang</li><li>Quản lý trang</li></ul></div>
</div>
<a class="wpthemeSkipLink" href="#wpthemeMainContent">Bỏ qua nội dung chính</a>
<div class="wpthemeFrame">
<header role="banner" class="wpthemeHeader">
<div class="wpthemeInner">
<div class="wpthemeBanner"><a href="{home_link}" class="wpthemeBrand"><img src="{THEME}/images/banner-bdg.png" alt="{esc(SITE_TITLE)}"></a>
<div class="wpthemeBannerTitle"><span class="ministry">BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</span><span class="site">VỤ BÌNH ĐẲNG GIỚI</span></div></div>
<div class="wpthemeHeaderTools">
<span id="wpthemeDate"><script type="text/javascript">document.write(new Date().toLocaleDateString("{locale}"));</script></span>
<a href="/wps/portal/bdg/trang-chu" lang="vi">Tiếng Việt</a> | <a href="/wps/portal/en/home" lang="en">English</a> |
<a href="/wps/myportal/bdg/trang-chu" rel="nofollow">Đăng nhập</a> | <a href="{esc(FEED)}">RSS</a>
<form class="wpthemeSearch" action="/wps/portal/bdg/tim-kiem" method="get"><input type="text" name="query" aria-label="Tìm kiếm" placeholder="Tìm kiếm..."><input type="submit" value="Tìm"></form>
</div>
{self.top_nav(kind, lang)}
</div>
</header>
<div class="wpthemeMainContent" id="wpthemeMainContent" role="main">
<div class="wpthemeInner">
<nav class="wpthemeBreadcrumb" aria-label="Breadcrumb"><ul><li><a href="{home_link}">{"Home" if lang == "en" else "Trang chủ"}</a><span class="wpthemeBreadcrumbSeparator">›</span></li>{trail}</ul></nav>
<div class="wpthemeLayoutContainers wpthemeLayoutContainersHidden">
<div class="wpthemeLayout wpthemeLayout2Col">
<div class="wpthemeCol wpthemeLeft wpthemeCol3of12" id="leftColumn">
{self.side_tree(kind, lang)}
</div>
<div class="wpthemeCol wpthemeRight wpthemeCol9of12 component-container ibmDndColumn" id="mainColumn">
{main}
{aside}
</div>
</div>
</div>
<a class="wpthemeTopLink" href="#top">Đầu trang</a>
</div>
</div>
{self.footer()}
</div>
<div id="wpthemeComplementaryContent" role="region" aria-label="Complementary content" class="wpthemeHidden"><span class="wpthemeAltText">Kết thúc trang</span></div>
<script type="text/javascript">dojo.addOnLoad(function(){{ if (typeof i$ != "undefined") {{ i$.fireEvent("wptheme/contextMenu/close/all"); }} }});</script>
</body>
</html>"""

    def top_nav(self, kind: str, lang: str) -> str:
        if lang == "en":
            cats = [c for c in self.spec.categories if c.lang == "en"]
            rows = [('<li><a href="/wps/portal/en/home">Home</a></li>')]
            rows += [f'<li><a href="{esc(self.js(self.page_path(c)))}">{esc(c.name)}</a></li>' for c in cats]
            return f'<nav class="wpthemeNavContainer" aria-label="Primary"><ul class="wpthemePrimaryNav wpthemeLeft">{"".join(rows)}</ul></nav>'
        rows = [
            '<li class="wpthemeNavListItem wpthemeLeft"><a href="/wps/portal/bdg/trang-chu"><span lang="vi">Trang chủ</span></a></li>'
        ]
        for name, section, leaves in NAV:
            first = self.section_first(section, leaves)
            rows.append(
                f'<li class="wpthemeNavListItem wpthemeLeft"><a href="{esc(self.nav_href(first, kind))}"><span lang="vi">{esc(name)}</span></a></li>'
            )
        return f'<nav class="wpthemeNavContainer" aria-label="Primary"><ul class="wpthemePrimaryNav wpthemeLeft">{"".join(rows)}</ul></nav>'

    def section_first(self, section: str, leaves: tuple) -> str:
        if section == "tin-tuc":
            return self.page_path(self.spec.category(self.spec.main_category))
        return f"/wps/portal/bdg/{section}/{leaves[0][1]}"

    def side_tree(self, kind: str, lang: str) -> str:
        """The whole site map as a collapsible tree, in every page (the theme's 'wpthemeSecondaryNav')."""
        if lang == "en":
            cats = [c for c in self.spec.categories if c.lang == "en"]
            rows = "".join(f'<li><a href="{esc(self.page_path(c))}">{esc(c.name)}</a></li>' for c in cats)
            return f'<nav class="wpthemeSecondaryNav"><ul>{rows}<li><a href="/wps/portal/bdg/trang-chu">Tiếng Việt</a></li></ul></nav>'
        out = [
            '<nav class="wpthemeSecondaryNav dijitTree" role="tree" aria-label="Danh mục"><ul class="wpthemeNavList">'
        ]
        for name, section, leaves in NAV:
            out.append(
                f'<li class="wpthemeNavListItem dijitTreeNode" role="treeitem" aria-expanded="true"><span class="dijitTreeLabel">{esc(name)}</span><ul role="group">'
            )
            entries = list(leaves)
            if section == "tin-tuc":
                entries = [(c.name, c.key) for c in self.spec.categories if c.lang == "vi"] + entries
            for title, slug in entries:
                path = f"/wps/portal/bdg/{slug}" if "/" in slug else f"/wps/portal/bdg/{section}/{slug}"
                out.append(
                    f'<li class="dijitTreeNode" role="treeitem"><a href="{esc(self.nav_href(path, kind))}" class="dijitTreeLabel">{esc(title)}</a></li>'
                )
            out.append("</ul></li>")
        out.append("</ul></nav>")
        return "\n".join(out)

    def footer(self) -> str:
        lines = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        stats = "".join(f"<li>{esc(name)}: <strong>{value}</strong></li>" for name, value in self.stats())
        return (
            '<footer class="wpthemeFooter" role="contentinfo"><div class="wpthemeInner">'
            f'<div class="footer-info">{lines}<p>Ghi rõ nguồn "Chuyên trang Bình đẳng giới - molisa.gov.vn" khi phát hành lại thông tin từ website này.</p></div>'
            f'<div class="footer-stats"><h3>Thống kê truy cập</h3><ul>{stats}</ul></div>'
            '<div class="footer-powered">Powered by IBM WebSphere Portal 8.5</div>'
            "</div></footer>"
        )

    def portlet(self, title: str, inner: str, key: str, hidden: bool = True, skin: str = "") -> str:
        """One portlet in the Portal 8.5 skin: a (usually hidden) title and a context menu an anonymous visitor never sees."""
        z = pid("portlet", key)
        title_style = " wpthemeHidden" if hidden else ""
        return f"""<div class="component-control id-Z7_{z}"><span id="Z7_{z}"></span>
<section class="ibmPortalControl wpthemeControl {skin}{title_style} a11yRegionTarget" role="region" aria-labelledby="title.Z7_{z}" id="portletID_Z7_{z}">
<div class="wpthemeControlHeader"><div class="wpthemeInner">
<h2 id="title.Z7_{z}"><img class="dndHandle" draggable="true" src="{GIF}" alt="" title=""><span class="asa.portlet.title a11yRegionLabel">{esc(title)}</span></h2>
<a aria-haspopup="true" aria-label="Hiển thị menu ngữ cảnh" role="button" href="javascript:;" class="wpthemeIcon wpthemeMenuFocus contextMenuInSkinIcon" style="display:none" tabindex="0"><span title="Hiển thị menu ngữ cảnh"><img aria-label="Hiển thị menu ngữ cảnh" alt="" src="{GIF}"></span><span class="wpthemeAltText">Hành động của skin</span>
<span class="wpthemeMenu" data-positioning-handler="horizontallyCenteredBelow"><span class="wpthemeMenuBorder"><span class="wpthemeMenuNotchIcon"></span></span><span class="wpthemeMenuContent"><span class="wpthemeMenuLoading wpthemeTemplateMenu">Đang tải...</span><span class="wpthemeMenuItem">Chỉnh sửa nội dung</span><span class="wpthemeMenuItem">Cấu hình portlet</span><span class="wpthemeMenuItem">Xóa portlet</span></span></span></a>
</div></div>
<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear"><!-- lm:control dynamic spots -->
{inner}
<div class="wpthemeClear"></div></div></section>
<span class="asa.portlet" id="asa.portlet.Z7_{z}" style="display:none;"><span class="asa.portlet.id">Z7_{z}</span></span></div>"""

    # ---- pages ------------------------------------------------------------------------------
    def dmy_hm(self, article: CorpusArticle) -> str:
        return self.when[article.id].with_time(self.when[article.id].dmy())

    def updated(self, article: CorpusArticle) -> str:
        """'Cập nhật lúc 10:20 12/03/2019': the last-modified moment (the publication when never edited)."""
        when = self.when[article.id]
        if article.modified:
            when = When.parse(article.modified)
        return when.with_time(when.dmy(), time_first=True)

    def home_page(self, base: str) -> str:
        featured = self.featured(3)
        slider = "".join(
            f'<div class="slide"><a href="{esc(self.wcm_path(a))}"><img src="{THEME}/images/slide-{i}.jpg" alt=""></a>'
            f'<h3><a href="{esc(self.wcm_path(a))}">{esc(a.title)}</a></h3><p>{esc(self.teaser(a))}</p></div>'
            for i, a in enumerate(featured, 1)
        )
        main = self.portlet(
            "Tin nổi bật",
            f'<div class="bdg-slider" data-dojo-type="dijit/layout/StackContainer">{slider}</div>',
            "slider",
        )
        latest = "".join(
            f'<li><a href="{esc(self.home_href(a))}">{esc(a.title)}</a> <span class="date">(Cập nhật lúc {esc(self.updated(a))})</span></li>'
            for a in self.latest(6)
        )
        main += self.portlet(
            "Tin mới",
            f'<div class="bdg-box"><h3 class="bdg-box-title">Tin mới</h3><ul>{latest}</ul></div>',
            "latest",
            hidden=False,
        )
        for category in self.spec.categories:
            if category.lang != "vi":
                continue
            items = self.listing(category.slug)[:3]
            rows = "".join(f'<li><a href="{esc(self.home_href(a))}">{esc(a.title)}</a></li>' for a in items)
            box = (
                f'<div class="bdg-box"><h3 class="bdg-box-title"><a href="{esc(self.js(self.page_path(category)))}">{esc(category.name)}</a></h3>'
                f'<ul>{rows}</ul><a class="more" href="{esc(self.wcm_listing(category))}">Xem tiếp »</a></div>'
            )
            main += self.portlet(category.name, box, f"home-{category.slug}")
        docs = "".join(
            f'<li><a href="{esc(self.doc_path(d))}">{esc(d[1])} số {esc(d[2])}</a>: {esc(d[4])}</li>' for d in DOCS[:5]
        )
        main += self.portlet(
            "Văn bản mới",
            f'<div class="bdg-box"><h3 class="bdg-box-title">Văn bản mới</h3><ul>{docs}</ul></div>',
            "home-docs",
        )
        notice = (
            f'<div class="bdg-notice"><marquee scrollamount="2">{esc(CLOSING)}</marquee><p>{esc(TELEPHONE)}</p></div>'
        )
        main = self.portlet("Thông báo", notice, "notice") + main
        return self.page(SITE_TITLE, main, base, canonical="/wps/portal/bdg/trang-chu", kind="home")

    def english_home(self, base: str, cats: list[Category]) -> str:
        main = ""
        for category in cats:
            rows = "".join(
                f'<li><a href="{esc(self.home_href(a))}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
                for a in self.listing(category.slug)[:5]
            )
            main += self.portlet(
                category.name,
                f'<div class="bdg-box"><h3><a href="{esc(self.page_path(category))}">{esc(category.name)}</a></h3><ul>{rows}</ul></div>',
                f"en-{category.slug}",
                hidden=False,
            )
        intro = "The Department of Gender Equality advises the Minister of Labour, Invalids and Social Affairs on the state management of gender equality and the advancement of women."
        main = self.portlet("About", f"<p>{intro}</p>", "en-about") + main
        return self.page(
            "Department of Gender Equality - MOLISA",
            main,
            base,
            canonical="/wps/portal/en/home",
            kind="home",
            lang="en",
        )

    def listing_page(self, category: Category, items: list[CorpusArticle], number: int, total: int, base: str) -> str:
        en = category.lang == "en"
        rows = []
        for a in items:
            detail = self.listed_href(a, category, number)
            date = f"({self.when[a.id].dmy()})"
            rows.append(
                f'<div class="bdg-list-item"><a class="thumb" href="{esc(detail)}"><img src="{THEME}/images/noimage.jpg" alt=""></a>'
                f'<h3 class="title"><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></h3>'
                f'<span class="date">{date}</span><p class="summary">{esc(self.teaser(a, 220))}</p>'
                f'<a class="detail" href="{esc(detail)}">{"Read more" if en else "Chi tiết"} »</a></div>'
            )
        pager = []
        if total > 1:
            if number > 1:
                pager.append(
                    f'<a href="{esc(self.listing_page_href(category, 1))}">{"First" if en else "Trang đầu"}</a>'
                )
                pager.append(f'<a href="{esc(self.listing_page_href(category, number - 1))}">«</a>')
            for k in range(1, total + 1):
                pager.append(
                    f'<span class="current">{k}</span>'
                    if k == number
                    else f'<a href="{esc(self.listing_page_href(category, k))}">{k}</a>'
                )
            if number < total:
                pager.append(f'<a href="{esc(self.listing_page_href(category, number + 1))}">»</a>')
                pager.append(
                    f'<a href="{esc(self.listing_page_href(category, total))}">{"Last" if en else "Trang cuối"}</a>'
                )
        inner = (
            f'<div class="bdg-list"><h2 class="bdg-cat-title">{esc(category.name)}</h2>{"".join(rows)}'
            f'<div class="wcm-pager">{" ".join(pager)}</div></div>'
        )
        main = self.portlet("Danh sách tin" if not en else "News list", inner, f"listing-{category.slug}")
        crumbs = (
            ((category.name, self.page_path(category)),)
            if en
            else (
                ("Tin tức - Sự kiện", self.page_path(self.spec.category(self.spec.main_category))),
                (category.name, self.page_path(category)),
            )
        )
        title = f"{category.name} - {SITE_TITLE}" if not en else f"{category.name} - Department of Gender Equality"
        return self.page(title, main, base, canonical=None, kind="list", crumbs=crumbs, lang=category.lang)

    def wcm_listing_page(self, category: Category, items: list[CorpusArticle], number: int, total: int) -> str:
        """/wps/wcm/connect/<library>/<site>/<area>: the section's WCM menu rendered bare, paged by WCM_Page."""
        rows = "".join(
            f'<li><a href="{esc(self.wcm_path(a))}">{esc(a.title)}</a> <span>Cập nhật lúc {esc(self.updated(a))}</span></li>'
            for a in items
        )
        pager = " ".join(
            f"<b>{k}</b>" if k == number else f'<a href="{esc(self.wcm_listing(category, k))}">{k}</a>'
            for k in range(1, total + 1)
        )
        return (
            f'<html><head><title>{esc(category.name)}</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            f'<body><div class="wcm-menu"><h2>{esc(category.name)}</h2><ul>{rows}</ul><div class="wcm-pagenav">Trang: {pager}</div></div></body></html>'
        )

    def article_inner(self, article: CorpusArticle, links: bool = True) -> str:
        en = article.lang == "en"
        author = ""
        if article.author_style == "byline" and article.author:
            author = f' <span class="ct-author">{esc(article.author)}</span>'
        modified = ""
        if article.modified:
            modified = (
                f' <span class="ct-updated">{"Updated" if en else "Cập nhật lúc"} {esc(self.updated(article))}</span>'
            )
        posted = "Posted" if en else "Ngày đăng"
        lead = f'<p class="ct-sapo"><strong>{esc(article.lead)}</strong></p>' if article.lead else ""
        body = [f"<p>{esc(p)}</p>" for p in article.paragraphs]
        shot = photo(article) if article.number % 3 == 0 and article.lang == "vi" else None
        if shot:
            body.insert(
                min(shot.after, len(body)),
                f'<p style="text-align:center"><img src="/wps/wcm/connect/{uuid("img", article.id)}/anh-{article.number}.jpg?MOD=AJPERES" alt="" width="600"></p>'
                f'<p style="text-align:center"><em>{esc(shot.caption)} {esc(shot.credit)}</em></p>',
            )
        tail = self.signature(article) + self.label(article)
        files = ""
        name = self.attached(article)
        if name:
            files = (
                f'<div class="ct-files"><strong>{"Attachment" if en else "Tài liệu đính kèm"}:</strong> '
                f'<a href="{esc(self.file_path(name, article.id))}" target="_blank">{esc(name)}</a></div>'
            )
        tools = ""
        if links:
            tools = (
                f'<div class="ct-tools"><a href="{esc(self.print_path(article))}" target="_blank">{"Print" if en else "In bài"}</a> | '
                f'<a href="{esc(self.myportal_path(article))}" rel="nofollow">{"Comment" if en else "Gửi ý kiến"}</a> | '
                f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(self.canonical_url(article), safe="")}" target="_blank">{"Share" if en else "Chia sẻ"}</a></div>'
            )
        return (
            f'<div class="ct-detail"><h1 class="ct-title">{esc(article.title)}</h1>'
            f'<div class="ct-meta"><span class="ct-date">{posted}: {esc(self.dmy_hm(article))}</span>{modified}{author}</div>'
            f'<div class="ct-content">{lead}\n' + "\n".join(body) + f"\n{tail}</div>{files}{tools}</div>"
        )

    def article_page(
        self, article: CorpusArticle, base: str, under_home: bool = False, page_category: Category | None = None
    ) -> str:
        category = page_category or self.spec.category(article.category)
        en = category.lang == "en"
        main = self.portlet(
            "Chi tiết tin" if not en else "News detail", self.article_inner(article), f"detail-{category.slug}"
        )
        others = self.related(article)
        if others:
            rows = "".join(
                f'<li><a href="{esc(self.related_href(a))}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
                for a in others
            )
            main += self.portlet(
                "Tin khác",
                f'<div class="bdg-related"><h3>{"Other news" if en else "Các tin khác"}</h3><ul>{rows}</ul></div>',
                f"related-{category.slug}",
                hidden=False,
            )
        if under_home:
            crumbs: tuple[tuple[str, str], ...] = ()
        elif en:
            crumbs = ((category.name, self.page_path(category)),)
        else:
            crumbs = (
                ("Tin tức - Sự kiện", self.page_path(self.spec.category(self.spec.main_category))),
                (category.name, self.page_path(category)),
            )
        title = f"{article.title} - {'Department of Gender Equality' if en else SITE_TITLE}"
        return self.page(
            title, main, base, canonical=self.article_path(article), kind="detail", crumbs=crumbs, lang=category.lang
        )

    def wcm_article(self, article: CorpusArticle) -> str:
        """The bare WCM render: the presentation template without the theme (no menus, no canonical)."""
        en = article.lang == "en"
        pool = [a for a in self.listing(article.category) if a.id != article.id][:3]
        others = "".join(f'<li><a href="{esc(self.wcm_path(a))}">{esc(a.title)}</a></li>' for a in pool)
        lead = f'<p class="ct-sapo"><strong>{esc(article.lead)}</strong></p>' if article.lead else ""
        body = "\n".join(f"<p>{esc(p)}</p>" for p in article.paragraphs)
        return (
            f'<html lang="{article.lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{esc(article.title)}</title>'
            f'<link rel="stylesheet" href="/wps/wcm/connect/{LIB}/bdg/css/ct.css?MOD=AJPERES"></head><body>'
            f'<div class="ct-detail"><h1 class="ct-title">{esc(article.title)}</h1>'
            f'<div class="ct-meta">{"Updated" if en else "Cập nhật lúc"} {esc(self.updated(article))}</div>'
            f'<div class="ct-content">{lead}\n{body}\n{self.signature(article)}{self.label(article)}</div>'
            f'<div class="ct-others"><h3>{"Other news" if en else "Tin khác"}</h3><ul>{others}</ul></div></div></body></html>'
        )

    def print_page(self, article: CorpusArticle) -> str:
        en = article.lang == "en"
        lead = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else ""
        body = "\n".join(f"<p>{esc(p)}</p>" for p in article.paragraphs)
        return (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex">'
            f'<title>{esc(article.title)}</title></head><body onload="window.print()">'
            f'<div class="print-header">{esc(SITE_TITLE.upper())}</div><h1>{esc(article.title)}</h1>'
            f'<p class="date">{"Posted" if en else "Ngày đăng"}: {esc(self.dmy_hm(article))}</p>{lead}\n{body}\n'
            f"{self.signature(article)}{self.label(article)}"
            f'<p class="source">Nguồn: {esc(SITE_TITLE)} - {esc(self.canonical_url(article))}</p></body></html>'
        )

    def static_page(self, slug: str, title: str, base: str) -> str:
        dated, paragraphs = STATIC_TEXT.get(slug, (None, ("Nội dung đang được cập nhật.",)))
        meta = ""
        if dated:
            when = When.parse(dated)
            meta = f'<div class="ct-meta"><span class="ct-date">Cập nhật lúc {when.with_time(when.dmy(), time_first=True)}</span></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        inner = f'<div class="ct-detail"><h1 class="ct-title">{esc(title)}</h1>{meta}<div class="ct-content">{body}</div></div>'
        return self.page(
            f"{title} - {SITE_TITLE}",
            self.portlet("Web Content Viewer (JSR 286)", inner, f"static-{slug}"),
            base,
            kind="detail",
            crumbs=((title, base),),
        )

    def docs_page(self, leaf: str, title: str, base: str) -> str:
        rows = "".join(
            f'<tr><td><a href="{esc(self.doc_path(d))}">{esc(d[2])}</a></td><td>{esc(d[3])}</td><td>{esc(d[1])}</td><td>{esc(d[4])}</td></tr>'
            for d in DOCS
            if d[0] == leaf
        )
        inner = (
            f'<div class="bdg-docs"><h2>{esc(title)}</h2><table class="table-vanban"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
            f"<th>Loại văn bản</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )
        return self.page(
            f"{title} - {SITE_TITLE}",
            self.portlet("Văn bản", inner, f"docs-{leaf}"),
            base,
            kind="detail",
            crumbs=(("Văn bản", base),),
        )

    def doc_page(self, doc: tuple) -> str:
        leaf, kind, number, issued, summary, ext = doc
        name = f"{number.replace('/', '-').replace('Đ', 'D')}.{ext}"
        related = [a for a in self.listed() if any(d.number == number for d in a.documents)]
        rel = "".join(f'<li><a href="{esc(self.urile_path(a))}">{esc(a.title)}</a></li>' for a in related)
        inner = (
            f'<div class="bdg-doc-detail"><h1>{esc(kind)} số {esc(number)}</h1><table class="table-vanban">'
            f"<tr><th>Số ký hiệu</th><td>{esc(number)}</td></tr><tr><th>Ngày ban hành</th><td>{esc(issued)}</td></tr>"
            f"<tr><th>Loại văn bản</th><td>{esc(kind)}</td></tr><tr><th>Trích yếu</th><td>{esc(summary)}</td></tr>"
            f'<tr><th>File đính kèm</th><td><a href="{esc(self.file_path(name, number))}">{esc(name)}</a></td></tr></table>'
            + (f"<h3>Tin liên quan</h3><ul>{rel}</ul>" if rel else "")
            + "</div>"
        )
        path = self.doc_path(doc)
        return self.page(
            f"{kind} {number} - {SITE_TITLE}",
            self.portlet("Chi tiết văn bản", inner, "doc-detail"),
            path,
            kind="detail",
            crumbs=(("Văn bản", path),),
        )

    def login_page(self) -> str:
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Đăng nhập</title></head>'
            '<body><div class="wpthemeLogin"><h1>Đăng nhập</h1><form method="post" action="/wps/portal/bdg/dang-nhap/!ut/p/z1/login">'
            '<label>Tên đăng nhập <input name="wps.portlets.userid"></label><label>Mật khẩu <input type="password" name="password"></label>'
            '<input type="submit" value="Đăng nhập"></form><p><a href="/wps/portal/bdg/trang-chu">Trang chủ</a></p></div></body></html>'
        )

    def feed(self) -> str:
        """The WCM component that renders RSS: friendly URLs, newest first, every section in one channel."""
        items = "\n".join(
            f"<item><title>{esc(a.title)}</title><link>{esc(self.canonical_url(a))}</link>"
            f'<guid isPermaLink="false">{uuid("item", a.id)}</guid>'
            f"<description>{esc(a.lead or a.paragraphs[0])}</description>"
            f"<pubDate>{self.when[a.id].rfc822()}</pubDate></item>"
            for a in self.in_feed()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>Tin mới - Vụ Bình đẳng giới</title><link>{esc(self.url('/wps/portal/bdg/trang-chu'))}</link>"
            f"<description>{esc(SITE_TITLE)}</description><language>vi</language>\n{items}\n</channel></rss>\n"
        )
