"""A provincial department's portal on a vendor's 'Cổng thông tin điện tử' product over SharePoint Server 2013.

The site of the Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước, as such portals run: an anonymous publishing site
collection behind forms authentication, a vendor master page over SharePoint's own markup (suite bar with 'Đăng nhập',
AspMenu navigation, web part zones, 'noindex' web part bodies, ``_spPageContextInfo``), and two generations of news:

- 2016 to June 2018: one publishing page per article in the 'tin-tuc' subsite's Pages library
  (``/tin-tuc/Pages/<page name>.aspx``, the page name typed by the editor: with Vietnamese letters, percent-encoded, or
  without), the 'Article page' layout (date line and byline fields, ``ms-rtestate-field`` body). That subsite was created
  with the English template, so its date fields print in en-US form (month first). Its welcome page, a Content Query
  web part, is what became of its news list; two pages made with another layout never showed in it.
- July 2018 on: the vendor's news module, items of the list ``/tin-tuc/Lists/TinTuc`` shown by the publishing page
  ``/tin-tuc/Pages/chi-tiet.aspx?ItemID=N`` (its <title> stays 'Chi tiết tin'), listed by ``danh-muc.aspx?CategoryId=K``
  with a '&Page=N' pager, printed by ``in-tin.aspx?ItemID=N``; the same item is also SharePoint's own list form
  ``/tin-tuc/Lists/TinTuc/DispForm.aspx?ID=N`` (the 'Các tin khác' Content Query box reaches it through
  ``/_layouts/15/CopyUtil.aspx``); notices are items of an Announcements list whose only page is its DispForm.

SharePoint's own traits: paths and query names are case-insensitive; a query string on a publishing page makes
SharePoint print ``<link rel="canonical">`` built from the zone's public URL (the production host) with the 'Filter Link
Parameters' (Mobile, Source) left out; '?Mobile=1' switches to the vendor's mobile master; list views render their rows
client-side from JSON (``Paged=TRUE&p_ID=..&PageFirstRow=..&View={GUID}`` in ``NextHref``); forms authentication sends
locked-down pages to ``/_layouts/15/Authenticate.aspx`` and then to ``/_login/``; '/_api/' answers Atom.

The department was merged into the Sở Nội vụ on 1 March 2025 (and Bình Phước into Đồng Nai on 1 July 2025): the last
item is of 28 February 2025, the site is kept as an archive with a notice on every page.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import escape
from itertools import count
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import photo, table, tags_of
from govnews.crawler.demo.text import VN_TZ, When, ascii_slug, esc, stable_token

PRODUCTION = "http://sldtbxh.binhphuoc.gov.vn"  # the default zone's public URL (Alternate Access Mappings)
ERA_B_FROM = datetime(2018, 7, 1, tzinfo=VN_TZ)  # the vendor's news module went live
LAST_WEEK = date(2025, 2, 24)  # the last week the schedule was filled in
FILTER_LINK_PARAMETERS = ("mobile", "source")  # Site Settings > Search Engine Optimization Settings
SP_HEADERS = {
    "Cache-Control": "private, max-age=0",
    "X-SharePointHealthScore": "0",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
    "MicrosoftSharePointTeamServices": "15.0.0.4797",
    "X-Content-Type-Options": "nosniff",
    "X-MS-InvokeApp": "1; RequireReadOnly",
}
SITE_NAME = "Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước"
NOTICE_SHORT = (
    "Từ ngày 01/3/2025, Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước hợp nhất với Sở Nội vụ. "
    "Trang thông tin điện tử này ngừng cập nhật và được duy trì để phục vụ tra cứu."
)
NOTICE_LONG = (
    "Thực hiện Nghị quyết số 15/NQ-HĐND ngày 26/02/2025 của Hội đồng nhân dân tỉnh Bình Phước về thành lập, tổ chức lại "
    "các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, từ ngày 01/3/2025 Sở Lao động - Thương binh và Xã hội hợp nhất với "
    "Sở Nội vụ; các nhiệm vụ về bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội chuyển về Sở Y tế, giáo dục nghề nghiệp "
    "chuyển về Sở Giáo dục và Đào tạo. Trang thông tin điện tử này ngừng cập nhật tin bài từ ngày 01/3/2025 và được duy trì "
    "để phục vụ tra cứu. Từ ngày 01/7/2025, tỉnh Bình Phước và tỉnh Đồng Nai hợp nhất thành tỉnh Đồng Nai; thông tin mới "
    "xin mời xem tại Trang thông tin điện tử Sở Nội vụ tỉnh Đồng Nai."
)
STATS = (
    ("Đang truy cập", "\x00ONLINE\x00"),
    ("Hôm nay", "364"),
    ("Tháng hiện tại", "9.812"),
    ("Tổng lượt truy cập", "2.416.903"),
)
EXTERNAL_LINKS = (
    ("Cổng Thông tin điện tử tỉnh Đồng Nai", "https://dongnai.gov.vn"),
    ("Sở Nội vụ tỉnh Đồng Nai", "https://sonoivu.dongnai.gov.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Bộ Nội vụ", "https://moha.gov.vn"),
    ("Bộ Lao động - Thương binh và Xã hội (lưu trữ)", "http://www.molisa.gov.vn"),
)
SEARCH_TERMS = ("bình đẳng giới", "bảo hiểm thất nghiệp", "người có công")
ACCOUNTS = ("Biên tập viên 01", "Biên tập viên 02", "Văn phòng Sở", "Quản trị hệ thống")
STATIC_PAGES = {
    "gioi-thieu": (
        "Chức năng, nhiệm vụ",
        (
            "Sở Lao động - Thương binh và Xã hội là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bình Phước, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về lao động, việc làm, giáo dục nghề nghiệp, tiền lương, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công, bảo trợ xã hội, trẻ em, bình đẳng giới và phòng, chống tệ nạn xã hội.",
            "Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Lao động - Thương binh và Xã hội. Sở là cơ quan thường trực của Ban Vì sự tiến bộ của phụ nữ tỉnh và Ban Chỉ đạo giảm nghèo bền vững tỉnh.",
        ),
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        (
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Lao động - Việc làm - Giáo dục nghề nghiệp; Phòng Người có công; Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới; Phòng Phòng, chống tệ nạn xã hội.",
            "Các đơn vị sự nghiệp trực thuộc: Trung tâm Dịch vụ việc làm; Trung tâm Bảo trợ xã hội; Cơ sở cai nghiện ma túy; Trung tâm Điều dưỡng người có công; Trung tâm Công tác xã hội.",
        ),
    ),
    "lien-he": (
        "Liên hệ",
        (
            "Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước (nay là Sở Nội vụ tỉnh Đồng Nai). Địa chỉ: Đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước.",
            "Điện thoại: (0271) 3 879 516. Fax: (0271) 3 879 517. Thư điện tử: sldtbxh@binhphuoc.gov.vn.",
        ),
    ),
}
ARCHIVE_NAME = "Tin tức 2016 - 2018"
SCHEDULE_LINES = (
    "7 giờ 30: Giám đốc Sở dự họp giao ban Ủy ban nhân dân tỉnh.",
    "8 giờ 00: Phó Giám đốc Sở làm việc với Phòng Lao động - Việc làm - Giáo dục nghề nghiệp.",
    "14 giờ 00: Lãnh đạo Sở tiếp công dân định kỳ tại trụ sở Sở.",
    "8 giờ 00: Phó Giám đốc Sở dự hội nghị trực tuyến của Bộ.",
    "Cả ngày: Lãnh đạo Sở làm việc tại cơ quan.",
)

# ---- the plan, by corpus number (each entry is checked against the article it names) -----------------------------
# Pre-2018 pages whose editor typed the page name in Vietnamese (SharePoint kept the letters).
UNICODE_NAMES = {2, 4, 8}
# Pre-2018 bodies pasted from a document typed with Unikey's 'NCR Decimal' output (every letter a character reference).
NCR_BODIES = {4}
# 'Xem thêm' lines the editors pasted under a body: (target number, how the link was written).
SEE_ALSO = {
    11: (8, "lowerhex"),  # a 2017 page, its name percent-encoded in lower case
    16: (None, "deleted"),  # the 2018 plan it links was deleted from the list (a soft 404)
    19: (13, "dispform"),  # copied from the list's display form while editing, with its Source
    26: (24, "lowercase"),  # typed by hand: /tin-tuc/pages/chi-tiet.aspx?itemid=N
    32: (24, "ampamp"),  # pasted from an e-mail: '&amp;amp;CategoryId=7'
    44: (42, "production"),  # absolute link to the production host
    47: (39, "fbclid"),  # copied from the department's Facebook post
}
# 'Nguồn:' credits under the signature: articles taken from the provincial newspaper or the Women's Union.
CREDITS = {17: "Nguồn: Báo Bình Phước", 34: "Nguồn: Hội LHPN tỉnh Bình Phước", 41: "Theo Báo Bình Phước"}
# Signatures written 'Tin, ảnh: X'.
TIN_ANH = {19, 35}
# Items whose plan, decision or resolution was attached to the list item (or, before 2018, uploaded to 'Documents').
ATTACHMENTS = {5, 16, 20, 22, 32, 33}
BODY_STYLES = ("rte", "word", "div", "plain")
SPSDISCO = (
    '<?xml version="1.0" encoding="utf-8" ?>\n<discovery xmlns="http://schemas.xmlsoap.org/disco/">'
    '<contractRef ref="http://sldtbxh.binhphuoc.gov.vn/_vti_bin/alerts.asmx?wsdl" docRef="http://sldtbxh.binhphuoc.gov.vn/_vti_bin/alerts.asmx" xmlns="http://schemas.xmlsoap.org/disco/scl/" />'
    '<contractRef ref="http://sldtbxh.binhphuoc.gov.vn/_vti_bin/lists.asmx?wsdl" docRef="http://sldtbxh.binhphuoc.gov.vn/_vti_bin/lists.asmx" xmlns="http://schemas.xmlsoap.org/disco/scl/" />'
    "</discovery>"
)
TINY_GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


def guid(seed: str) -> str:
    digest = hashlib.md5(seed.encode("utf-8")).hexdigest().upper()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:]}"


def key_encode(text: str) -> str:
    """SPHttpUtility.UrlKeyValueEncode: every character but letters and digits escaped ('%2Ftin%2Dtuc%2F...')."""
    return "".join(c if c.isascii() and c.isalnum() else "".join(f"%{b:02X}" for b in c.encode()) for c in text)


def net_encode(text: str) -> str:
    """HttpUtility.UrlEncode: lower-case escapes, '+' for spaces ('%2f_layouts%2f15%2f...')."""
    out = []
    for char in text:
        if char.isascii() and (char.isalnum() or char in "-_.!*()"):
            out.append(char)
        elif char == " ":
            out.append("+")
        else:
            out.append("".join(f"%{b:02x}" for b in char.encode()))
    return "".join(out)


def js_escape(text: str) -> str:
    """How SharePoint writes URLs inside scripts and JSON: '/' as \\u002f, '&' as \\u0026."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("/", "\\u002f").replace("&", "\\u0026")


def json_for_script(data: object) -> str:
    """JSON as SharePoint writes it into a page: '/' as \\u002f and '&' as \\u0026, letters as they are."""
    return json.dumps(data, ensure_ascii=False).replace("/", "\\u002f").replace("&", "\\u0026").replace("<", "\\u003c")


def ncr(text: str) -> str:
    """Text as Unikey's 'NCR Decimal' charset writes it: every non-ASCII letter a decimal character reference."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in esc(text))


def us_date(when: When) -> str:
    """A date field in an en-US site: month first, no leading zeros."""
    return f"{when.at.month}/{when.at.day}/{when.at.year}"


def sa_ch(at: datetime) -> str:
    hour = at.hour % 12 or 12
    return f"{at:%d/%m/%Y} {hour}:{at.minute:02d} {'SA' if at.hour < 12 else 'CH'}"


@dataclass
class Page:
    """A page as the server keeps it: the desktop and mobile renders with per-request slots, and whether SharePoint's
    publishing canonical applies to it (publishing pages only, not list forms or application pages)."""

    path: str  # the stored server-relative path (its own letter case)
    desktop: str
    mobile: str | None
    publishing: bool = True
    status: int = 200


class SharePoint2013(Template):
    sitemap_path = "/sitemap.xml"
    feed_path = None  # the list RSS is an application page under /_layouts/ (disallowed) linking the list forms
    related_count = 5

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.by_number = {a.number: a for a in self.articles}
        self.notices = [a for a in self.articles if a.category == "thong-bao"]
        self.era_a = [
            a for a in self.articles if a.category != "thong-bao" and self.when[a.id].at < ERA_B_FROM and a.lang == "vi"
        ]
        era_a_ids = {a.id for a in self.era_a}
        self.items = [a for a in self.articles if a.category != "thong-bao" and a.id not in era_a_ids]
        self.kind = {a.id: "page" for a in self.era_a} | {a.id: "notice" for a in self.notices}
        self.kind |= {a.id: "item" for a in self.items}
        self.item_id = {a.id: self.spec.article_id_base + 4 * a.number - a.number % 3 for a in self.items}
        oldest_first = sorted(self.notices, key=lambda a: (self.when[a.id].at, a.id))
        self.notice_id = {a.id: 2 + i + (i * 7) // 5 for i, a in enumerate(oldest_first)}
        self.by_item = {self.item_id[a.id]: a for a in self.items}
        self.by_notice = {self.notice_id[a.id]: a for a in self.notices}
        self.page_names = {a.id: self.page_name(a) for a in self.era_a}
        self.tags = {a.id: tags_of(a) for a in self.items}
        self.category_ids = {c.slug: c.key for c in self.spec.categories}
        self.pages: dict[str, Page] = {}
        self.fixed: dict[str, Response] = {}
        self.digests = count(1)
        self.requests = count(1)
        self.list_guid = {name: guid(f"{self.spec.id}/{name}") for name in ("TinTuc", "ThongBao", "Pages", "ChuyenMuc")}
        self.web_guid = {name: guid(f"{self.spec.id}/web/{name}") for name in ("root", "tin-tuc")}

    # ---- URLs -------------------------------------------------------------------------------
    def page_name(self, article: CorpusArticle) -> str:
        """The page's file name as SharePoint stored it from what the editor typed."""
        if article.number in UNICODE_NAMES:
            name = re.sub(r"[~\"#%&*:<>?/\\{|}“”'.]", "", unicodedata.normalize("NFC", article.title))
            name = re.sub(r"-{2,}", "-", re.sub(r"\s+", "-", name.strip()))
            if len(name) > 80:
                name = name[:80].rsplit("-", 1)[0]
            return name
        words = ascii_slug(article.title, keep_case=True).split("-")
        while len(words) > 1 and len("-".join(words)) > 70:
            words.pop()
        return "-".join(words)

    def article_path(self, article: CorpusArticle) -> str:
        kind = self.kind[article.id]
        if kind == "page":
            return f"/tin-tuc/Pages/{quote(self.page_names[article.id])}.aspx"
        if kind == "notice":
            return f"/Lists/ThongBao/DispForm.aspx?ID={self.notice_id[article.id]}"
        return f"/tin-tuc/Pages/chi-tiet.aspx?ItemID={self.item_id[article.id]}"

    def print_path(self, article: CorpusArticle) -> str:
        return f"/tin-tuc/Pages/in-tin.aspx?ItemID={self.item_id[article.id]}"

    def dispform_path(self, article: CorpusArticle) -> str:
        return f"/tin-tuc/Lists/TinTuc/DispForm.aspx?ID={self.item_id[article.id]}"

    def copyutil_path(self, article: CorpusArticle) -> str:
        return (
            f"/_layouts/15/CopyUtil.aspx?Use=id&amp;Action=dispform&amp;ItemId={self.item_id[article.id]}"
            f"&amp;ListId=%7B{self.list_guid['TinTuc']}%7D&amp;WebId=%7B{self.web_guid['tin-tuc']}%7D"
            f"&amp;SiteId=%7B{self.web_guid['root']}%7D"
        )

    def category_path(self, category: Category, page: int = 0) -> str:
        """The vendor's listing; page 0 is the menu's form (no Page parameter)."""
        if category.slug == "thong-bao":
            return "/Pages/thong-bao.aspx" + (f"?Page={page}" if page else "")
        return f"/tin-tuc/Pages/danh-muc.aspx?CategoryId={category.key}" + (f"&Page={page}" if page else "")

    def tag_path(self, tag: str) -> str:
        return f"/tin-tuc/Pages/tu-khoa.aspx?TuKhoa={quote(tag)}"

    def search_path(self, term: str) -> str:
        return f"/search/Pages/results.aspx?k={quote(term)}"

    def attachment_name(self, article: CorpusArticle) -> str | None:
        if not article.documents or article.number not in ATTACHMENTS:
            return None
        document = article.documents[0]
        number = document.number.replace("Đ", "D").replace("đ", "d").replace("&", "")
        if article.number % 3 == 0:
            return f"{number.split('/')[-1].split('-')[0]} {number.split('/')[0]}.pdf"  # 'KH 105.pdf'
        return number.replace("/", "-") + ".pdf"  # '312-KH-UBND.pdf'

    def attachment_path(self, article: CorpusArticle) -> str | None:
        name = self.attachment_name(article)
        if not name:
            return None
        kind = self.kind[article.id]
        if kind == "page":
            return f"/tin-tuc/Documents/{quote(name)}"
        if kind == "notice":
            return f"/Lists/ThongBao/Attachments/{self.notice_id[article.id]}/{quote(name)}"
        return f"/tin-tuc/Lists/TinTuc/Attachments/{self.item_id[article.id]}/{quote(name)}"

    def image_path(self, article: CorpusArticle, index: int = 0) -> str:
        at = self.when[article.id].at
        if self.kind[article.id] == "page":
            return f"/tin-tuc/PublishingImages/{at.year}/{quote(self.page_names[article.id][:24])}-{index + 1}.jpg"
        return f"/tin-tuc/PublishingImages/{at:%Y}/{at:%m}/{self.item_id.get(article.id, article.number)}_{index}.jpg"

    # ---- the content plan ---------------------------------------------------------------------
    def listing(self, category: str) -> list[CorpusArticle]:
        """What the vendor's listing web part shows: items of the news list (a multi-valued category: the on-topic
        ones of other categories are also ticked 'Bình đẳng giới'); notices are their own list."""
        if category == "thong-bao":
            return [a for a in self.notices if self.access(a) == "normal"]
        items = [a for a in self.items if self.access(a) == "normal"]
        if category == self.spec.main_category:
            return [a for a in items if a.category == category or (a.on_topic and a.lang == "vi")]
        return [a for a in items if a.category == category]

    def news(self) -> list[CorpusArticle]:
        return [a for a in self.items if self.access(a) == "normal"]

    def archive(self) -> list[CorpusArticle]:
        """The 2016-2018 pages the Content Query web part finds: 'Article Page' content type only."""
        return [a for a in self.era_a if self.access(a) == "normal"]

    def categories_of(self, article: CorpusArticle) -> list[Category]:
        out = [self.spec.category(article.category)]
        main = self.spec.category(self.spec.main_category)
        if article.on_topic and article.lang == "vi" and main not in out and self.kind[article.id] == "item":
            out.append(main)
        return out

    def account(self, article: CorpusArticle) -> str:
        return ACCOUNTS[article.number % len(ACCOUNTS)]

    def created(self, article: CorpusArticle) -> datetime:
        """When the item was created: a draft some minutes before its 'Ngày đăng' (the notice's creation is its date)."""
        at = self.when[article.id].at
        if self.kind[article.id] == "notice":
            return at if self.when[article.id].has_time else at.replace(hour=8, minute=5)
        return at - timedelta(minutes=7 + article.number * 13 % 170)

    def modified(self, article: CorpusArticle) -> datetime:
        """The item's last save: the editor's 'Ngày đăng' or a later edit."""
        if article.modified:
            return When.parse(article.modified).at
        return max(self.created(article), self.when[article.id].at) + timedelta(minutes=3 + article.number * 7 % 50)

    def teaser(self, article: CorpusArticle, limit: int = 200) -> str:
        text = article.lead or article.paragraphs[0]
        return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "..."

    # ---- article bodies --------------------------------------------------------------------------
    def paragraph_html(self, text: str, style: str, encode=esc) -> str:
        body = encode(text)
        if style == "word":
            return (
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:130%">'
                f'<span lang="VI" style="font-size:14.0pt;line-height:130%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">{body}<o:p></o:p></span></p>'
            )
        if style == "div":
            return f'<div style="text-align:justify">&#160;&#160;&#160;&#160;&#160;{body}</div><div>&#160;</div>'
        if style == "rte":
            return f'<p class="ms-rteElement-P" style="text-align:justify"><span class="ms-rteFontSize-2">{body}</span>&#160;</p>'
        return f'<p style="text-align:justify">{body}</p>'

    def photo_html(self, article: CorpusArticle) -> tuple[int, str] | None:
        found = photo(article, default=False)
        if found is None or self.kind[article.id] == "page":  # a page's picture is the layout's rollup image
            return None
        caption = f"{found.caption} ({found.credit})" if found.credit else found.caption
        return found.after, (
            f'<p style="text-align:center"><img alt="" src="{self.image_path(article, 1)}" class="ms-rtePosition-4" style="margin:5px;width:560px;height:373px"/></p>'
            f'<p style="text-align:center"><em>{esc(caption)}</em></p>'
        )

    def table_html(self, article: CorpusArticle) -> tuple[int, str] | None:
        found = table(article)
        if found is None:
            return None
        head, *rows = found.rows
        header = "".join(
            f'<th class="ms-rteTableHeaderOddCol-default" rowspan="1" colspan="1">{esc(c)}</th>' for c in head
        )
        body = "".join(
            f'<tr class="ms-rteTable{"Even" if i % 2 else "Odd"}Row-default">'
            + "".join(f'<td class="ms-rteTableOddCol-default" rowspan="1" colspan="1">{esc(c)}</td>' for c in row)
            + "</tr>"
            for i, row in enumerate(rows)
        )
        return found.after, (
            f'<p style="text-align:center"><strong>{esc(found.title)}</strong></p>'
            f'<table width="100%" class="ms-rteTable-default" cellspacing="0"><tbody><tr class="ms-rteTableHeaderRow-default">{header}</tr>{body}</tbody></table>'
        )

    def signature_html(self, article: CorpusArticle) -> str:
        if article.author_style != "signature" or not article.author:
            return ""
        author = esc(article.author)
        if article.number in TIN_ANH:
            line = f'<p style="text-align:right"><strong>Tin, ảnh: {author}</strong></p>'
        else:
            line = (
                f'<p style="text-align:right"><strong>{author}</strong></p>',
                f'<p style="text-align:right"><em><strong>{author}</strong></em></p>',
                f'<div style="text-align:right"><b>{author}</b></div>',
                f"<p>{author}</p>",
            )[article.number % 4]
        credit = CREDITS.get(article.number)
        if credit:
            line += f'<p style="text-align:right"><em>{esc(credit)}</em></p>'
        return line

    def see_also_html(self, article: CorpusArticle) -> str:
        plan = SEE_ALSO.get(article.number)
        if not plan or self.kind[article.id] != "item":
            return ""
        target_number, how = plan
        if how == "deleted":
            return (
                '<p><em>Xem thêm: <a href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=13">Kế hoạch thực hiện công tác bình đẳng giới '
                "năm 2018</a></em></p>"
            )
        target = self.by_number.get(target_number) if target_number is not None else None
        if target is None or self.access(target) != "normal" or target.id == article.id:
            return ""
        kind = self.kind[target.id]
        if how == "lowerhex" and kind == "page":
            href = re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), self.article_path(target))
        elif kind != "item":
            href = self.article_path(target)
        elif how == "dispform":
            source = key_encode(self.article_path(target))
            href = f"{self.dispform_path(target)}&Source={source}"
        elif how == "lowercase":
            href = f"/tin-tuc/pages/chi-tiet.aspx?itemid={self.item_id[target.id]}"
        elif how == "ampamp":
            href = f"{self.article_path(target)}&amp;CategoryId={self.category_ids[self.spec.main_category]}"
        elif how == "production":
            href = PRODUCTION + self.article_path(target)
        elif how == "fbclid":
            href = (
                f"{self.article_path(target)}&fbclid=IwAR0{stable_token(target.id, 22)}_{stable_token(article.id, 9)}"
            )
        else:
            href = self.article_path(target)
        return f'<p><em>Xem thêm: <a href="{escape(href, quote=True)}">{esc(target.title)}</a></em></p>'

    def attachment_line(self, article: CorpusArticle) -> str:
        """A pointer the editors put under a short item: the plan or decision it announces."""
        path = self.attachment_path(article)
        if not path or len(article.paragraphs) > 3:
            return ""
        document = article.documents[0]
        return f'<p><em>(Chi tiết xem <a href="{path}" target="_blank">{esc(document.kind)} số {esc(document.number)}</a>)</em></p>'

    def body_blocks(self, article: CorpusArticle, style: str, lead_inside: bool = False) -> str:
        encode = (lambda t: ncr(t)) if article.number in NCR_BODIES and self.kind[article.id] == "page" else esc
        inserts: dict[int, list[str]] = {}
        for block in (self.photo_html(article), self.table_html(article)):
            if block:
                after, markup = block
                inserts.setdefault(min(after, len(article.paragraphs) - 1), []).append(markup)
        parts = []
        if lead_inside and article.lead:
            parts.append(f'<p style="text-align:justify"><strong>{encode(article.lead)}</strong></p>')
        if style == "br":
            text = "<br/><br/>".join(
                encode(p) + ("<br/><br/>" + "<br/>".join(inserts[i]) if i in inserts else "")
                for i, p in enumerate(article.paragraphs)
            )
            parts.append(f'<div style="text-align:justify">{text}</div>')
        else:
            for i, paragraph in enumerate(article.paragraphs):
                parts.append(self.paragraph_html(paragraph, style, encode))
                parts.extend(inserts.get(i, []))
        parts.append(self.signature_html(article))
        if article.author_style == "label" and article.author and self.kind[article.id] != "item":
            parts.append(f'<p style="text-align:right"><strong>Tác giả:</strong> {esc(article.author)}</p>')
        parts.append(self.attachment_line(article))
        parts.append(self.see_also_html(article))
        return "".join(p for p in parts if p)

    def external_class(self, article: CorpusArticle) -> str:
        return "ExternalClass" + hashlib.md5(article.id.encode()).hexdigest().upper()

    # ---- chrome -------------------------------------------------------------------------------
    def context_info(self, path: str, web: str, page_item: int | None, title: str) -> str:
        info = (
            f'{{webServerRelativeUrl:"{js_escape(web)}",webAbsoluteUrl:"{js_escape(PRODUCTION + web.rstrip("/"))}",'
            f'siteAbsoluteUrl:"{js_escape(PRODUCTION)}",serverRequestPath:"{js_escape(path)}",layoutsUrl:"_layouts\\u002f15",'
            f'webTitle:"{js_escape(title)}",webTemplate:"53",tenantAppVersion:"0",isAppWeb:false,webLogoUrl:"\\u002fStyle Library\\u002fBPPortal\\u002fimages\\u002flogo.png",'
            'webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",'
            f'clientServerTimeDelta:new Date("2025-12-06T02:14:51.0873447Z") - new Date(),siteClientTag:"2143$$15.0.4797.1000",crossDomainPhotosEnabled:false,webUIVersion:15,'
            f'webPermMasks:{{High:16,Low:196673}},pageListId:"{{{self.list_guid["Pages"].lower()}}}",pageItemId:{page_item or 1},'
            "pagePersonalizationScope:1,alertsEnabled:false,siteServerRelativeUrl:\"\\u002f\",allowSilverlightPrompt:'True'}"
        )
        return f'<script type="text/javascript">\n//<![CDATA[\nvar _spPageContextInfo = {info};\n//]]>\n</script>'

    def head(self, title: str, path: str, web: str, extra: str = "", page_item: int | None = None) -> str:
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-vn" dir="ltr">\n'
            '<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" />'
            '<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />'
            '<meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" />'
            f"<title>\r\n\t{esc(title)}\r\n</title>"
            '<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />'
            '<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpRrYuwr6Pq7lCzSbY2eA%3D%3D"/>\n'
            '<link rel="stylesheet" type="text/css" href="/Style%20Library/BPPortal/css/bp-portal.css"/>\n'
            '<script type="text/javascript" src="/_layouts/15/init.js?rev=ZSnO0nOmcfQGEIOd6ivhEw%3D%3D"></script>\n'
            '<script type="text/javascript" src="/ScriptResource.axd?d=Dx2v5SkW0HIGDgEOwNQq8Ohr-R7DRjV_KDDRrZpb1xWVhSj6G6eh3aLk5HsVfZbGg0&amp;t=ffffffffe6692b0c"></script>\n'
            '<script type="text/javascript" src="/Style%20Library/BPPortal/js/jquery-1.11.3.min.js"></script>\n'
            '<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>\n'
            '<link type="text/xml" rel="alternate" href="/_vti_bin/spsdisco.aspx" />'
            f'<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/_layouts/15/listfeed.aspx?List=%7B{self.list_guid["TinTuc"]}%7D" />\n'
            "\x00CANON\x00"
            f"{extra}\n{self.context_info(path, web, page_item, 'Tin tức' if web != '/' else SITE_NAME)}\n"
            "</head>"
        )

    def form_open(self) -> str:
        return (
            '<form method="post" action="\x00ACTION\x00" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\n'
            '<div class="aspNetHidden">\n<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />\n'
            '<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />\n'
            '<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />\n'
            '<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />\n'
            '<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="\x00DIGEST\x00" />\n'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIXD2QWAmYPZBYCZg88KwAGAGQYAQUwY3RsMDAkUGxhY2VIb2xkZXJMZWZ0TmF2QmFyJFF1aWNrTGF1bmNoTWVudQ8PZAUGVHJhbmcgY2hd" />\n'
            "</div>\n"
            "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\nif (!theForm) {\n    theForm = document.aspnetForm;\n}\n"
            "function __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
            "        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n"
        )

    def suite_bar(self) -> str:
        return (
            '<div id="ms-designer-ribbon"><div id="suiteBar" class="ms-dialogHidden noindex"><div id="suiteBarLeft">'
            '<div class="ms-table ms-fullWidth"><div class="ms-tableRow"><div class="ms-tableCell ms-verticalAlignMiddle">'
            '<div class="ms-core-brandingText">SharePoint</div></div><div id="DeltaSuiteLinks" class="ms-core-deltaSuiteLinks"></div></div></div></div>'
            '<div id="suiteBarRight"><div id="DeltaSuiteBarRight" class="ms-core-deltaSuiteBarRight"><div id="welcomeMenuBox">'
            '<a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=\x00SOURCE\x00" style="display:inline;">Đăng nhập</a>'
            "</div></div></div></div>"
            '<div id="s4-ribbonrow" style="height:35px"><div id="globalNavBox" class="noindex"><div id="ribbonBox">'
            '<div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2">'
            '<div id="RibbonContainer-TabRowLeft" class="ms-cui-TabRowLeft ms-core-defaultFont ms-dialogHidden"></div></div></div></div>'
            '<span id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex"><a id="linkTurnOnAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById(\'linkTurnOffAcc\').focus();return false;">Bật chế độ trợ năng cao hơn</a></span>'
            "</div></div></div></div>"
        )

    def top_nav(self) -> str:
        def item(href: str, text: str, children: str = "") -> str:
            kind = "dynamic-children additional-background" if children else "additional-background"
            sub = f'<ul class="dynamic">{children}</ul>' if children else ""
            return (
                f'<li class="static{" dynamic-children" if children else ""}"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{href}">'
                f'<span class="{kind} ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(text)}</span></span></a>{sub}</li>'
            )

        def child(href: str, text: str) -> str:
            return (
                f'<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{href}">'
                f'<span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(text)}</span></span></a></li>'
            )

        about = "".join(child(f"/Pages/{k}.aspx", v[0]) for k, v in STATIC_PAGES.items())
        news_children = "".join(
            child(self.category_path(c), c.name) for c in self.spec.categories if c.slug != "thong-bao"
        ) + child("/tin-tuc/Pages/default.aspx", ARCHIVE_NAME)
        notices = [c for c in self.spec.categories if c.slug == "thong-bao"]
        items = [
            item("/Pages/default.aspx", "Trang chủ"),
            item("/Pages/gioi-thieu.aspx", "Giới thiệu", about),
            item("/tin-tuc/Pages/default.aspx", "Tin tức", news_children),
        ]
        if notices:
            items.append(item(self.category_path(notices[0]), notices[0].name))
        items.append(item("/Pages/lich-cong-tac.aspx", "Lịch công tác"))
        items.append(item("https://dichvucong.binhphuoc.gov.vn/dichvucong/tthc", "Thủ tục hành chính"))
        items.append(item("/Pages/lien-he.aspx", "Liên hệ"))
        return (
            '<div class="bp-topnav noindex"><div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation ms-dialogHidden">'
            '<div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox"><ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">'
            + "".join(items)
            + "</ul></div></div></div>"
        )

    def header(self) -> str:
        keywords = " ".join(f'<a href="{self.search_path(t)}">{esc(t)}</a>' for t in SEARCH_TERMS)
        return (
            '<div class="bp-header"><div class="bp-banner"><a href="/" class="bp-logo"><img src="/Style%20Library/BPPortal/images/logo.png" alt="Logo"/></a>'
            '<div class="bp-sitename"><span class="bp-chuquan">ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC</span>'
            '<span class="bp-donvi">SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</span></div>'
            '<div class="bp-date"><span id="bpNgayHienTai"></span><script type="text/javascript">bpHienThiNgay(\'bpNgayHienTai\');</script></div></div>'
            f"{self.top_nav()}"
            '<div class="bp-searchbar"><input type="text" id="bpTuKhoa" class="bp-search-input" title="Nhập từ khóa" onkeypress="if(event.keyCode==13){bpTimKiem();return false;}"/>'
            '<a href="javascript:bpTimKiem()" class="bp-search-button">Tìm kiếm</a>'
            f'<span class="bp-keywords">Từ khóa: {keywords}</span></div>'
            f'<div class="bp-marquee"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{esc(NOTICE_SHORT)}</marquee></div>'
            "</div>"
        )

    def sidebar(self) -> str:
        latest = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> <span class="bp-ngay">({sa_ch(self.when[a.id].at) if self.when[a.id].has_time else self.when[a.id].dmy()})</span></li>'
            for a in self.news()[:6]
        )
        options = "".join(f'<option value="{href}">{esc(name)}</option>' for name, href in EXTERNAL_LINKS)
        stats = "".join(f"<li><span>{esc(k)}:</span> <b>{v}</b></li>" for k, v in STATS)
        return (
            '<div class="ms-webpart-zone ms-fullWidth"><div class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">'
            '<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-WPBody noindex " id="WebPartWPQ8">'
            f'<div class="bp-box"><h3 class="bp-box-title">Tin mới nhất</h3><ul class="bp-tinmoi">{latest}</ul></div></div></div>'
            '<div class="bp-box bp-banners"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/PublishingImages/banner/dvc-quocgia.png" alt="Cổng Dịch vụ công quốc gia"/></a>'
            '<a href="https://dichvucong.binhphuoc.gov.vn" target="_blank"><img src="/PublishingImages/banner/dvc-binhphuoc.png" alt="Hệ thống thông tin giải quyết TTHC tỉnh"/></a></div>'
            f'<div class="bp-box"><h3 class="bp-box-title">Liên kết website</h3><select onchange="if(this.value!=\'\')window.open(this.value);"><option value="">-- Chọn liên kết --</option>{options}</select></div>'
            f'<div class="bp-box bp-thongke"><h3 class="bp-box-title">Thống kê truy cập</h3><ul>{stats}</ul></div>'
            "</div></div>"
        )

    def footer(self) -> str:
        return (
            '<div class="bp-footer noindex">'
            f"<p><strong>Cơ quan chủ quản: {esc(self.spec.owner)}</strong></p>"
            "<p>Chịu trách nhiệm chính: Giám đốc Sở</p>"
            f"<p>{esc(self.spec.license)}</p>"
            f"<p>Địa chỉ: {esc(self.spec.address)}. Điện thoại: (0271) 3 879 516 - Fax: (0271) 3 879 517</p>"
            "<p>Ghi rõ nguồn “Trang thông tin điện tử Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước” khi phát hành lại thông tin từ trang này.</p>"
            '<p class="bp-footer-links"><a href="\x00MOBILE\x00">Phiên bản di động</a> | '
            f'<a href="/_layouts/15/listfeed.aspx?List=%7B{self.list_guid["TinTuc"]}%7D"><img src="/_layouts/15/images/rss.gif?rev=23" alt="RSS"/> RSS</a> | '
            '<a href="/Pages/lien-he.aspx">Liên hệ</a></p>'
            "<p>Thiết kế và phát triển: Trung tâm Công nghệ thông tin và Truyền thông tỉnh Bình Phước - Nền tảng Microsoft SharePoint Server 2013</p>"
            "</div>"
        )

    def desktop(
        self, title: str, path: str, web: str, main: str, extra_head: str = "", titlerow: str | None = None
    ) -> str:
        """The vendor master: the title row shows the publishing page's own title on article pages and static pages
        (``titlerow``) and is hidden elsewhere; on 'Chi tiết tin' it is that page's title, hidden."""
        row = titlerow if titlerow is not None else title
        visible = "" if titlerow is not None and titlerow != "Chi tiết tin" else ' style="display:none"'
        return (
            f"{self.head(title + ' - ' + SITE_NAME, path, web, extra_head)}\n"
            '<body><div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>\n'
            f"{self.form_open()}{self.suite_bar()}\n"
            '<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">\n'
            f"{self.header()}\n"
            f'<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"{visible}><div id="titleAreaBox" class="ms-noList ms-table ms-core-tableNoSpace">'
            f'<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">{esc(row)}</span></h1></div></div>\n'
            '<div class="bp-body"><div class="bp-main" id="contentBox"><div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>\n'
            f"{main}\n</div></div>\n"
            f'<div class="bp-right">{self.sidebar()}</div></div>\n'
            f"{self.footer()}\n"
            "</div></div>\n</form>\n"
            "<script type=\"text/javascript\">\n//<![CDATA[\nvar _spFormDigestRefreshInterval = 1440000;function WebForm_OnSubmit() {\nUpdateFormDigest('\\u002f', 1440000);return true;\n}\n//]]>\n</script>\n"
            "</body>\n</html>"
        )

    def mobile(self, title: str, main: str) -> str:
        """The vendor's mobile master (device channel 'Mobile', forced by '?Mobile=1')."""
        menu = "".join(f'<li><a href="{self.category_path(c)}">{esc(c.name)}</a></li>' for c in self.spec.categories)
        return (
            '<!DOCTYPE html>\n<html lang="vi-vn"><head><meta http-equiv="Content-type" content="text/html; charset=utf-8" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0" />'
            f"<title>\r\n\t{esc(title)} - {esc(SITE_NAME)}\r\n</title>"
            '<link rel="stylesheet" type="text/css" href="/Style%20Library/BPPortal/css/bp-mobile.css"/>\x00CANON\x00</head>\n'
            f'<body class="bp-mobile">{self.form_open()}'
            '<div class="m-header"><a href="/Pages/default.aspx">SỞ LĐTBXH BÌNH PHƯỚC</a>'
            '<a href="#" class="m-menu-toggle" onclick="document.getElementById(\'mMenu\').classList.toggle(\'open\');return false;">☰</a></div>'
            f'<ul id="mMenu" class="m-menu"><li><a href="/Pages/default.aspx">Trang chủ</a></li>{menu}</ul>'
            f'<div class="m-notice">{esc(NOTICE_SHORT)}</div>'
            f'<div class="m-content">{main}</div>'
            '<div class="m-footer"><a href="\x00DESKTOP\x00">Giao diện máy tính</a>'
            f"<p>© {esc(SITE_NAME)}</p></div></form></body></html>"
        )

    def system_page(self, title: str, path: str, web: str, list_title: str, list_path: str, main: str) -> str:
        """An application or list-form page on SharePoint's own 'seattle' master (the vendor's master is for
        publishing pages only): suite bar, title row with the list's name, quick launch."""
        quick = "".join(
            f'<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{href}">'
            f'<span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(text)}</span></span></a></li>'
            for href, text in (
                ("/SitePages/Home.aspx", "Trang chủ"),
                ("/tin-tuc/Lists/TinTuc/AllItems.aspx", "Tin tức"),
                ("/Lists/ThongBao/AllItems.aspx", "Thông báo"),
                ("/_layouts/15/viewlsts.aspx", "Nội dung Site"),
            )
        )
        return (
            f"{self.head(title, path, web)}\n"
            '<body><div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>\n'
            f"{self.form_open()}{self.suite_bar()}\n"
            '<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">\n'
            '<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div id="titleAreaBox" class="ms-noList ms-table ms-core-tableNoSpace"><div id="titleAreaRow" class="ms-tableRow">'
            '<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a href="/"><img src="/_layouts/15/images/siteIcon.png?rev=23" alt="Trang chủ"/></a></div>'
            '<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop"><div class="ms-breadcrumb-top"><div class="ms-core-navigation">'
            f'<a href="/Pages/default.aspx">{esc(SITE_NAME)}</a></div></div>'
            f'<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span><a title="{esc(list_title)}" href="{list_path}">{esc(list_title)}</a></span></span></h1>'
            "</div></div></div></div>\n"
            '<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation">'
            f'<div id="zz3_V4QuickLaunchMenu" class=" noindex ms-core-listMenu-verticalBox"><ul class="root ms-core-listMenu-root static">{quick}</ul></div></div></div>'
            f'<div id="contentBox"><div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>{main}</div></div></div>\n'
            "</div></div>\n</form>\n</body>\n</html>"
        )

    def breadcrumb(self, trail: list[tuple[str | None, str]]) -> str:
        parts = []
        for href, text in trail:
            if href:
                parts.append(f'<span><a class="ms-sitemapdirectional" href="{href}">{esc(text)}</a></span>')
            else:
                parts.append(f'<span class="ms-sitemapdirectional">{esc(text)}</span>')
        return (
            '<div class="bp-breadcrumb"><span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap">'
            + "<span> &gt; </span>".join(parts)
            + "</span></div>"
        )

    def webpart(self, number: int, title: str, inner: str) -> str:
        heading = (
            f'<div class="ms-webpart-chrome-title"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>{esc(title)}</span></nobr></h2></div>'
            if title
            else ""
        )
        return (
            f'<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ{number}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">'
            f'<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">{heading}'
            f'<div WebPartID="{guid(f"wp/{number}/{title}").lower()}" HasPers="false" id="WebPartWPQ{number}" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" >'
            f'{inner}</div><div class="ms-clear"></div></div></div></div>'
        )

    def date_of(self, article: CorpusArticle, with_time: bool = True) -> str:
        when = self.when[article.id]
        if with_time and when.has_time:
            return sa_ch(when.at)
        return when.dmy()

    # ---- pages -------------------------------------------------------------------------------
    def home(self) -> Page:
        featured = [a for a in self.news() if a.on_topic and a.lang == "vi"][:4] or self.news()[:4]
        slides = "".join(
            f'<div class="bp-slide"><a href="{self.article_path(a)}"><img src="{self.image_path(a)}" alt="{esc(a.title)}"/></a>'
            f'<h3><a href="{self.article_path(a)}">{esc(a.title)}</a></h3><span class="bp-ngay">{self.date_of(a, False)}</span>'
            f"<p>{esc(self.teaser(a))}</p></div>"
            for a in featured
        )
        blocks = []
        for number, category in enumerate(self.spec.categories, start=3):
            if category.slug == "thong-bao":
                continue
            items = self.listing(category.slug)[:5]
            if not items:
                continue
            first, rest = items[0], items[1:]
            lines = "".join(
                f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> <span class="bp-ngay">({self.date_of(a, False)})</span></li>'
                for a in rest
            )
            blocks.append(
                self.webpart(
                    number,
                    "",
                    f'<div class="bp-chuyenmuc"><h2 class="bp-chuyenmuc-title"><a href="{self.category_path(category)}">{esc(category.name)}</a></h2>'
                    f'<div class="bp-tin-dau"><a href="{self.article_path(first)}"><img src="{self.image_path(first)}" alt=""/></a>'
                    f'<h3><a href="{self.article_path(first)}">{esc(first.title)}</a></h3><p>{esc(self.teaser(first))}</p></div>'
                    f'<ul class="bp-tin-khac">{lines}</ul></div>',
                )
            )
        notice_box = ""
        notice_category = next((c for c in self.spec.categories if c.slug == "thong-bao"), None)
        if notice_category:
            source = net_encode(f"{PRODUCTION}/Pages/default.aspx")
            rows = "".join(
                f'<tr class="ms-itmhover"><td class="ms-vb-title"><a href="{self.article_path(a)}&amp;Source={source}" onclick="EditLink2(this,\'WPQ2\');return false;" target="_self">{esc(a.title)}</a></td>'
                f'<td class="ms-vb2"><nobr>{self.when[a.id].dmy()}</nobr></td></tr>'
                for a in self.listing("thong-bao")[:5]
            )
            hash_ = guid("inplview").replace("-", "").lower()
            notice_box = self.webpart(
                2,
                notice_category.name,
                f'<table class="ms-listviewtable" summary="Thông báo" cellspacing="0" cellpadding="1" border="0"><tbody>{rows}</tbody></table>'
                f'<div class="bp-xemtatca"><a href="{self.category_path(notice_category)}">Xem tất cả</a> | '
                f'<a href="/Lists/ThongBao/AllItems.aspx#InplviewHash{hash_}=Paged%3DTRUE-p_ID%3D9-PageFirstRow%3D6">Xem dạng danh sách</a></div>',
            )
        main = (
            f'<div class="bp-thongbao-hopnhat"><strong>THÔNG BÁO</strong><p>{esc(NOTICE_LONG)}</p>'
            '<p><a href="https://sonoivu.dongnai.gov.vn" target="_blank">https://sonoivu.dongnai.gov.vn</a></p></div>'
            + self.webpart(1, "Tin nổi bật", f'<div class="bp-slider" id="bpSlider">{slides}</div>')
            + notice_box
            + "".join(blocks)
            + '<script type="text/javascript">$(function(){$.ajax({url:"/_api/web/lists/getbytitle(\'TinTuc\')/items?$select=ID,Title,NgayDang&$top=5&$orderby=NgayDang%20desc",headers:{Accept:"application/json;odata=verbose"}}).done(bpSlider);});</script>'
        )
        mobile_main = f'<div class="m-list">{"".join(self.mobile_row(a) for a in self.news()[:10])}</div>'
        return Page(
            "/Pages/default.aspx",
            self.desktop("Trang chủ", "/Pages/default.aspx", "/", main),
            self.mobile("Trang chủ", mobile_main),
        )

    def mobile_row(self, article: CorpusArticle) -> str:
        return (
            f'<div class="m-item"><a href="{self.article_path(article)}">{esc(article.title)}</a>'
            f'<span class="m-date">{self.date_of(article, False)}</span></div>'
        )

    def listing_row(self, article: CorpusArticle) -> str:
        return (
            f'<div class="bp-tin-item"><a href="{self.article_path(article)}" class="bp-anh"><img src="{self.image_path(article)}" alt="{esc(article.title)}"/></a>'
            f'<h3 class="bp-tieude"><a href="{self.article_path(article)}">{esc(article.title)}</a></h3>'
            f'<span class="bp-ngay">({self.date_of(article, False)})</span>'
            f'<p class="bp-tomtat">{esc(self.teaser(article))}</p></div>'
        )

    def pager(self, category: Category, page: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def href(n: int) -> str:
            if category.slug == "thong-bao":
                return f"?Page={n}"
            return f"?CategoryId={category.key}&amp;Page={n}"

        links = [f'<span class="bp-tongso">Trang {page}/{pages}</span>']
        if page > 1:
            links += [f'<a href="{href(1)}" class="bp-first">Trang đầu</a>', f'<a href="{href(page - 1)}">«</a>']
        for n in range(1, pages + 1):
            links.append(f'<span class="bp-current">{n}</span>' if n == page else f'<a href="{href(n)}">{n}</a>')
        if page < pages:
            links += [f'<a href="{href(page + 1)}">»</a>', f'<a href="{href(pages)}" class="bp-last">Trang cuối</a>']
        return '<div class="bp-phantrang">' + " ".join(links) + "</div>"

    def listing_page(self, category: Category, page: int) -> Page:
        """Page ``page`` (1-based) of a category; past the end the web part says it has nothing."""
        chunks = self.chunks(self.listing(category.slug))
        items = chunks[page - 1] if 0 < page <= len(chunks) else []
        path = "/Pages/thong-bao.aspx" if category.slug == "thong-bao" else "/tin-tuc/Pages/danh-muc.aspx"
        if category.slug == "thong-bao":
            rows = "".join(
                f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> <span class="bp-ngay">({self.when[a.id].dmy()})</span></li>'
                for a in items
            )
            inner = (
                f'<ul class="bp-thongbao-list">{rows}</ul>' if rows else '<p class="bp-empty">Chưa có thông báo.</p>'
            )
        else:
            inner = (
                "".join(self.listing_row(a) for a in items)
                or '<p class="bp-empty">Chưa có tin bài trong chuyên mục này.</p>'
            )
        crumbs = self.breadcrumb(
            [("/Pages/default.aspx", "Trang chủ"), ("/tin-tuc/Pages/default.aspx", "Tin tức"), (None, category.name)]
        )
        main = crumbs + self.webpart(
            2, category.name, f'<div class="bp-danhsach">{inner}</div>{self.pager(category, max(page, 1), len(chunks))}'
        )
        mobile = f'<h2>{esc(category.name)}</h2><div class="m-list">{"".join(self.mobile_row(a) for a in items)}</div>'
        if category.slug != "thong-bao":
            mobile += self.pager(category, max(page, 1), len(chunks))
        title = "Thông báo" if category.slug == "thong-bao" else "Danh mục tin"
        return Page(
            path,
            self.desktop(title, path, "/tin-tuc" if path.startswith("/tin-tuc") else "/", main),
            self.mobile(category.name, mobile),
        )

    def item_page(self, article: CorpusArticle) -> Page:
        """The vendor's detail web part on the publishing page 'Chi tiết tin'."""
        author = ""
        if article.author_style == "byline" and article.author:
            author = f'<span class="bp-tacgia">{esc(article.author)}</span>'
        info = (
            f'<div class="bp-thongtin"><span class="bp-ngaydang">Ngày đăng: {self.date_of(article)}</span>{author}'
            f'<span class="bp-luotxem">Lượt xem: {self.views(article)}</span>'
            f'<span class="bp-nguoidang">Người đăng: {esc(self.account(article))}</span>'
            '<span class="bp-cochu">Cỡ chữ: <a href="javascript:bpCoChu(-1)">A-</a> <a href="javascript:bpCoChu(0)">A</a> <a href="javascript:bpCoChu(1)">A+</a></span></div>'
        )
        lead = (
            f'<div class="bp-tomtat-chitiet"><p><strong>{esc(article.lead)}</strong></p></div>' if article.lead else ""
        )
        style = BODY_STYLES[article.number % len(BODY_STYLES)]
        body = f'<div class="bp-noidung"><div class="{self.external_class(article)}">{self.body_blocks(article, style)}</div></div>'
        label = ""
        if article.author_style == "label" and article.author:
            label = f'<div class="bp-tacgia-cuoi" style="text-align:right">Tác giả: <strong>{esc(article.author)}</strong></div>'
        attachment = ""
        path = self.attachment_path(article)
        if path:
            attachment = (
                f'<div class="bp-dinhkem"><span>Tệp đính kèm:</span><ul><li><a href="{path}" target="_blank">'
                f'<img src="/_layouts/15/images/icpdf.png" alt=""/> {esc(self.attachment_name(article) or "")}</a></li></ul></div>'
            )
        tags = self.tags.get(article.id) or []
        tag_line = (
            '<div class="bp-tukhoa">Từ khóa: '
            + ", ".join(f'<a href="{self.tag_path(t)}">{esc(t)}</a>' for t in tags)
            + "</div>"
            if tags
            else ""
        )
        share_url = quote(PRODUCTION + self.article_path(article), safe="")
        tools = (
            '<div class="bp-congcu">'
            f'<a href="{self.print_path(article)}" target="_blank" class="bp-in"><img src="/Style%20Library/BPPortal/images/print.png" alt=""/> In bài viết</a>'
            f'<a href="mailto:?subject={esc(quote(article.title))}&amp;body={share_url}" class="bp-email">Gửi email</a>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="bp-facebook">Chia sẻ Facebook</a>'
            f'<div class="zalo-share-button" data-href="{PRODUCTION}{esc(self.article_path(article))}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>'
            "</div>"
        )
        related = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> <span class="bp-ngay">({self.when[a.id].dmy()})</span></li>'
            for a in self.related(article)
        )
        others = [a for a in self.listing(article.category) if a.id != article.id][:5]
        other_rows = "".join(
            f'<li class="dfwp-item"><div class="item link-item"><a href="{self.copyutil_path(a)}" title="">{esc(a.title)}</a></div></li>'
            for a in others
        )
        detail = f'<div class="bp-tin-chitiet"><h2 class="bp-tieude-tin">{esc(article.title)}</h2>{info}{lead}{body}{label}{attachment}{tag_line}{tools}</div>'
        crumbs = self.breadcrumb(
            [("/Pages/default.aspx", "Trang chủ"), ("/tin-tuc/Pages/default.aspx", "Tin tức"), (None, "Chi tiết tin")]
        )
        main = (
            crumbs
            + self.webpart(2, "", detail)
            + (self.webpart(3, "Tin liên quan", f'<ul class="bp-lienquan">{related}</ul>') if related else "")
            + (
                self.webpart(
                    4,
                    "Các tin khác",
                    f'<div class="slm-layout-main"><ul class="dfwp-column dfwp-list">{other_rows}</ul></div>',
                )
                if other_rows
                else ""
            )
        )
        og = (
            f'<meta property="og:type" content="article" /><meta property="og:title" content="{esc(article.title)}" />'
            f'<meta property="og:description" content="{esc(self.teaser(article))}" />'
            f'<meta property="og:image" content="{PRODUCTION}{self.image_path(article)}" />'
            f'<meta property="og:url" content="{PRODUCTION}{esc(self.article_path(article))}" />'
        )
        mobile = (
            f'<h1 class="m-title">{esc(article.title)}</h1><div class="m-date">{self.date_of(article)}</div>{lead}{body}{label}'
            + f'<div class="m-related"><h3>Tin liên quan</h3><ul>{related}</ul></div>'
        )
        return Page(
            "/tin-tuc/Pages/chi-tiet.aspx",
            self.desktop("Chi tiết tin", "/tin-tuc/Pages/chi-tiet.aspx", "/tin-tuc", main, og, titlerow="Chi tiết tin"),
            self.mobile("Chi tiết tin", mobile),
        )

    def missing_item_page(self) -> Page:
        crumbs = self.breadcrumb(
            [("/Pages/default.aspx", "Trang chủ"), ("/tin-tuc/Pages/default.aspx", "Tin tức"), (None, "Chi tiết tin")]
        )
        main = crumbs + self.webpart(
            2, "", '<div class="bp-tin-chitiet"><p class="bp-empty">Tin bài không tồn tại hoặc đã bị xóa!</p></div>'
        )
        return Page(
            "/tin-tuc/Pages/chi-tiet.aspx",
            self.desktop("Chi tiết tin", "/tin-tuc/Pages/chi-tiet.aspx", "/tin-tuc", main, titlerow="Chi tiết tin"),
            self.mobile("Chi tiết tin", '<p class="bp-empty">Tin bài không tồn tại hoặc đã bị xóa!</p>'),
        )

    def print_page(self, article: CorpusArticle | None) -> Page:
        if article is None:
            inner = "<p>Tin bài không tồn tại hoặc đã bị xóa!</p>"
        else:
            lead = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else ""
            style = BODY_STYLES[article.number % len(BODY_STYLES)]
            label = (
                f'<p style="text-align:right">Tác giả: {esc(article.author)}</p>'
                if article.author_style in ("label", "byline") and article.author
                else ""
            )
            inner = (
                f'<h2 class="bp-in-tieude">{esc(article.title)}</h2><p class="bp-in-ngay">Ngày đăng: {self.date_of(article)}</p>'
                f'{lead}<div class="{self.external_class(article)}">{self.body_blocks(article, style)}</div>{label}'
                f'<p class="bp-in-nguon">Nguồn: {PRODUCTION}{esc(self.article_path(article))}</p>'
            )
        html = (
            f"{self.head('In tin - ' + SITE_NAME, '/tin-tuc/Pages/in-tin.aspx', '/tin-tuc')}\n"
            f'<body class="bp-print" onload="window.print();">{self.form_open()}'
            f'<div class="bp-in-header"><img src="/Style%20Library/BPPortal/images/logo.png" alt=""/> {esc(SITE_NAME.upper())}</div>'
            f'<div class="bp-in-noidung">{inner}</div>'
            '<div class="bp-in-cuoi"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>'
            "</form></body></html>"
        )
        return Page("/tin-tuc/Pages/in-tin.aspx", html, None)

    def era_a_page(self, article: CorpusArticle) -> Page:
        """A 2016-2018 publishing page on the 'Article page, image on left' layout of the en-US subsite."""
        when = self.when[article.id]
        byline = esc(article.author) if article.author_style == "byline" and article.author else ""
        image = ""
        found = photo(article, default=False)
        if found:
            image = (
                f'<div class="captioned-image"><div class="image"><img alt="" src="{self.image_path(article)}" style="border:0px solid" /></div>'
                f'<div class="caption ms-rtestate-field">{esc(found.caption)}</div></div>'
            )
        style = "br" if article.number % 2 else "plain"
        path = self.article_path(article)
        attachment = ""
        attach_path = self.attachment_path(article)
        if attach_path and len(article.paragraphs) > 3:
            attachment = f'<div class="bp-tailieu">Tài liệu đính kèm: <a href="{attach_path}">{esc(self.attachment_name(article) or "")}</a></div>'
        others = [a for a in self.archive() if a.id != article.id]
        mine = self.when[article.id].at
        others.sort(key=lambda a: abs((self.when[a.id].at - mine).total_seconds()))
        other_rows = "".join(
            f'<li class="dfwp-item"><div class="item link-item"><a href="{self.article_path(a)}">{esc(a.title)}</a></div></li>'
            for a in others[:5]
        )
        navigate_up = (
            '<div id="s4-navigateup" class="ms-qatbutton" style="display:none"><ul class="s4-breadcrumb">'
            f'<li><a href="/Pages/default.aspx">{esc(SITE_NAME)}</a></li><li><a href="/tin-tuc">Tin tức</a></li>'
            f'<li><a href="/tin-tuc/Pages/Forms/AllItems.aspx">Trang</a></li><li>{esc(article.title)}</li></ul></div>'
        )
        article_html = (
            '<div class="article article-left">'
            f'<div class="article-header"><div class="date-line">{us_date(when)}</div><div class="by-line">{byline}</div></div>'
            f"{image}"
            '<div class="article-content"><span id="ctl00_PlaceHolderMain_ctl02_label" style="display:none">Nội dung Trang</span>'
            '<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">'
            f"{self.body_blocks(article, style, lead_inside=True)}</div></div>{attachment}</div>"
        )
        crumbs = self.breadcrumb(
            [("/Pages/default.aspx", "Trang chủ"), ("/tin-tuc/Pages/default.aspx", "Tin tức"), (None, article.title)]
        )
        main = (
            navigate_up
            + crumbs
            + article_html
            + (
                self.webpart(3, "Các tin khác", f'<ul class="dfwp-column dfwp-list">{other_rows}</ul>')
                if other_rows
                else ""
            )
        )
        mobile = (
            f'<h1 class="m-title">{esc(article.title)}</h1><div class="m-date">{us_date(when)}</div>'
            f'<div class="ms-rtestate-field">{self.body_blocks(article, style, lead_inside=True)}</div>'
        )
        return Page(
            unquote(path),
            self.desktop(article.title, path, "/tin-tuc", main, titlerow=article.title),
            self.mobile(article.title, mobile),
        )

    def archive_page(self) -> Page:
        groups: dict[int, list[CorpusArticle]] = {}
        for article in self.archive():
            groups.setdefault(self.when[article.id].at.year, []).append(article)
        inner = (
            "".join(
                f'<div class="dfwp-group"><div class="groupheader item medium">Năm {year}</div><ul class="dfwp-list">'
                + "".join(
                    f'<li class="dfwp-item"><div class="item"><div class="link-item"><a href="{self.article_path(a)}" title="">{esc(a.title)}</a>'
                    f'<div class="description">{self.when[a.id].dmy()}</div></div></div></li>'
                    for a in items
                )
                + "</ul></div>"
                for year, items in groups.items()
            )
            or '<div class="ms-vb">Không có mục nào.</div>'
        )
        crumbs = self.breadcrumb([("/Pages/default.aspx", "Trang chủ"), (None, "Tin tức")])
        main = crumbs + self.webpart(
            2, ARCHIVE_NAME, f'<div class="slm-layout-main group-count-{len(groups)}">{inner}</div>'
        )
        mobile = f'<h2>{esc(ARCHIVE_NAME)}</h2><div class="m-list">{"".join(self.mobile_row(a) for a in self.archive())}</div>'
        return Page(
            "/tin-tuc/Pages/default.aspx",
            self.desktop("Tin tức", "/tin-tuc/Pages/default.aspx", "/tin-tuc", main),
            self.mobile(ARCHIVE_NAME, mobile),
        )

    def form_row(self, label: str, field: str, value: str) -> str:
        return (
            f'<tr><td nowrap="true" valign="top" width="113px" class="ms-formlabel"><h3 class="ms-standardheader"><nobr>{esc(label)}</nobr></h3></td>'
            f'<td valign="top" class="ms-formbody" width="350px" id="{field}">{value}</td></tr>'
        )

    def created_modified(self, article: CorpusArticle) -> str:
        account = esc(self.account(article))
        user = f'<a onclick="GoToLinkOrDialogNewWindow(this);return false;" href="/_layouts/15/userdisp.aspx?ID={14 + article.number % 4}">{account}</a>'
        return (
            '<table cellpadding="0" cellspacing="0" class="ms-formtoolbar" width="100%"><tr><td class="ms-descriptiontext" nowrap="nowrap">'
            f'<span id="ctl00_ctl40_g_5b2c_ctl00_ctl02_ctl00_toolBarTbl_RptControls_ctl00_ctl00_ctl00_createdModifiedInfo">Được tạo lúc {sa_ch(self.created(article))}&#160; bởi {user}'
            f"<br/>Sửa đổi lần cuối lúc {sa_ch(self.modified(article))}&#160; bởi {user}</span></td>"
            '<td width="99%" class="ms-toolbar" nowrap="nowrap"><img src="/_layouts/15/images/blank.gif?rev=23" width="1" height="18" alt=""/></td>'
            '<td class="ms-toolbar" nowrap="nowrap"><input type="button" value="Đóng" onclick="STSNavigate(\x00CLOSE\x00);return false;" class="ms-ButtonHeightWidth" target="_self"/></td>'
            "</tr></table>"
        )

    def dispform_item(self, article: CorpusArticle) -> Page:
        """SharePoint's own display form of a news item (no canonical: a list form is not a publishing page)."""
        style = BODY_STYLES[article.number % len(BODY_STYLES)]  # the same rich-text field the detail page shows
        body = f'<div class="{self.external_class(article)}">{self.body_blocks(article, style)}</div>'
        categories = "; ".join(
            f'<a onclick="OpenPopUpPage(\'{js_escape("/tin-tuc/Lists/ChuyenMuc/DispForm.aspx?ID=" + c.key)}\', RefreshPage); return false;" href="/tin-tuc/Lists/ChuyenMuc/DispForm.aspx?ID={c.key}&amp;RootFolder=*">{esc(c.name)}</a>'
            for c in self.categories_of(article)
        )
        attachment = ""
        path = self.attachment_path(article)
        if path:
            attachment = f'<table border="0" cellpadding="0" cellspacing="0" id="idAttachmentsTable"><tr><td class="ms-vb"><a tabindex="1" href="{path}">{esc(self.attachment_name(article) or "")}</a></td></tr></table>'
        rows = (
            self.form_row("Tiêu đề", "SPFieldText", f"{esc(article.title)}&#160;")
            + self.form_row("Tóm tắt", "SPFieldNote", f'<div dir="">{esc(article.lead)}</div>&#160;')
            + self.form_row("Nội dung", "SPFieldNote", body)
            + self.form_row("Ngày đăng", "SPFieldDateTime", f"{self.date_of(article)}&#160;")
            + self.form_row("Chuyên mục", "SPFieldLookupMulti", categories)
            + self.form_row("Tác giả", "SPFieldText", f"{esc(article.author or '')}&#160;")
            + self.form_row(
                "Ảnh đại diện", "SPFieldURL", f'<a href="{self.image_path(article)}">{self.image_path(article)}</a>'
            )
            + self.form_row("Lượt xem", "SPFieldNumber", f"{self.views(article)}&#160;")
            + self.form_row("Nổi bật", "SPFieldBoolean", ("Có" if article.on_topic else "Không") + "&#160;")
            + self.form_row("Tệp đính kèm", "SPFieldAttachments", attachment)
        )
        main = (
            f'<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">{rows}</table>'
            + self.created_modified(article)
        )
        return Page(
            "/tin-tuc/Lists/TinTuc/DispForm.aspx",
            self.system_page(
                f"Tin tức - {article.title}",
                "/tin-tuc/Lists/TinTuc/DispForm.aspx",
                "/tin-tuc",
                "Tin tức",
                "/tin-tuc/Lists/TinTuc/AllItems.aspx",
                main,
            ),
            None,
            publishing=False,
        )

    def dispform_notice(self, article: CorpusArticle) -> Page:
        """An announcement's display form: the only page a notice has."""
        body = (
            f'<div class="{self.external_class(article)}">{self.body_blocks(article, "plain", lead_inside=True)}</div>'
        )
        if article.author_style in ("label", "byline") and article.author:
            body += f'<div style="text-align:right"><strong>Tác giả:</strong> {esc(article.author)}</div>'
        expires = self.when[article.id].at + timedelta(days=30)
        attachment = ""
        path = self.attachment_path(article)
        if path:
            attachment = f'<table border="0" cellpadding="0" cellspacing="0" id="idAttachmentsTable"><tr><td class="ms-vb"><a tabindex="1" href="{path}">{esc(self.attachment_name(article) or "")}</a></td></tr></table>'
        rows = (
            self.form_row("Tiêu đề", "SPFieldText", f"{esc(article.title)}&#160;")
            + self.form_row("Nội dung", "SPFieldNote", body)
            + self.form_row("Hết hạn", "SPFieldDateTime", f"{expires:%d/%m/%Y}&#160;")
            + self.form_row("Tệp đính kèm", "SPFieldAttachments", attachment)
        )
        main = (
            f'<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">{rows}</table>'
            + self.created_modified(article)
        )
        return Page(
            "/Lists/ThongBao/DispForm.aspx",
            self.system_page(
                f"Thông báo - {article.title}",
                "/Lists/ThongBao/DispForm.aspx",
                "/",
                "Thông báo",
                "/Lists/ThongBao/AllItems.aspx",
                main,
            ),
            None,
            publishing=False,
        )

    def missing_form(self) -> Page:
        main = '<div class="ms-error">Mục không tồn tại. Mục này có thể đã bị người dùng khác xóa.</div>'
        return Page(
            "/Lists/DispForm.aspx",
            self.system_page("Lỗi", "/_layouts/15/error.aspx", "/", "Lỗi", "/", main),
            None,
            publishing=False,
        )

    def category_form(self, category: Category) -> Page:
        rows = self.form_row("Tiêu đề", "SPFieldText", f"{esc(category.name)}&#160;") + self.form_row(
            "Thứ tự", "SPFieldNumber", f"{category.key}&#160;"
        )
        main = f'<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">{rows}</table>'
        return Page(
            "/tin-tuc/Lists/ChuyenMuc/DispForm.aspx",
            self.system_page(
                f"Chuyên mục - {category.name}",
                "/tin-tuc/Lists/ChuyenMuc/DispForm.aspx",
                "/tin-tuc",
                "Chuyên mục",
                "/tin-tuc/Lists/ChuyenMuc/AllItems.aspx",
                main,
            ),
            None,
            publishing=False,
        )

    def list_view(self, list_name: str, params: dict[str, str]) -> Page:
        """AllItems.aspx: the rows come as JSON for client-side rendering, 30 a page, NextHref with SharePoint's '&&'."""
        if list_name == "TinTuc":
            members = sorted(self.items, key=lambda a: self.item_id[a.id], reverse=True)
            ids, title, path, web = self.item_id, "Tin tức", "/tin-tuc/Lists/TinTuc/AllItems.aspx", "/tin-tuc"
        else:
            members = sorted(self.notices, key=lambda a: self.notice_id[a.id], reverse=True)
            ids, title, path, web = self.notice_id, "Thông báo", "/Lists/ThongBao/AllItems.aspx", "/"
        try:
            first = max(1, int(params.get("pagefirstrow", "1")))
        except ValueError:
            first = 1
        view = guid(f"view/{list_name}")
        chunk = members[first - 1 : first + 29]
        rows = [
            {
                "ID": str(ids[a.id]),
                "PermMask": "0x1000000000000ff",
                "FSObjType": "0",
                "Title": a.title,
                "FileRef": f"{web.rstrip('/')}/Lists/{list_name}/{ids[a.id]}_.000",
                "Created": sa_ch(self.created(a)),
                "Modified": sa_ch(self.modified(a)),
                "Editor": [{"id": "14", "title": self.account(a)}],
            }
            for a in chunk
        ]
        data = {
            "Row": rows,
            "FirstRow": first,
            "FolderPermissions": "0x1000000000000ff",
            "LastRow": first + len(chunk) - 1,
        }
        if first + 29 < len(members):
            last = chunk[-1]
            data["NextHref"] = f"?Paged=TRUE&p_ID={ids[last.id]}&PageFirstRow={first + 30}&&View=%7b{view}%7d"
        if first > 1:
            data["PrevHref"] = (
                f"?Paged=TRUE&PagedPrev=TRUE&p_ID={ids[chunk[0].id]}&PageFirstRow={max(1, first - 30)}&&View=%7b{view}%7d"
            )
        payload = json_for_script(data)
        main = (
            f'<div class="ms-webpart-zone ms-fullWidth"><div id="WebPartWPQ2" class="ms-WPBody noindex "><div id="script{view}"></div>'
            f'<table id="{{{view}}}-{{{view}}}" class="ms-listviewtable" summary="{esc(title)}" o:WebQuerySourceHref="{path}" cellpadding="1" cellspacing="0" border="0"></table>'
            f'<script type="text/javascript">\nvar WPQ2ListData = {payload};\nvar WPQ2SchemaData = {{"Field":[{{"Name":"LinkTitle","DisplayName":"Tiêu đề"}},{{"Name":"Created","DisplayName":"Được tạo"}}]}};\n'
            "ctx = new ContextInfo();ctx.ListData = WPQ2ListData;ctx.ListSchema = WPQ2SchemaData;RenderListView(ctx,'{"
            + view
            + "}');\n</script></div></div>"
        )
        return Page(
            path, self.system_page(f"{title} - Tất cả mục", path, web, title, path, main), None, publishing=False
        )

    def tag_page(self, tag: str) -> Page:
        members = [a for a in self.news() if tag in (self.tags.get(a.id) or [])]
        shown = members[:10]
        rows = "".join(self.listing_row(a) for a in shown) or '<p class="bp-empty">Không tìm thấy tin bài nào.</p>'
        pager = ""
        if len(members) > 10:
            target = "ctl00$ctl33$g_7c2d5e4a_91b0_4f3e_8a61_0c9e3f2b1d84$ctl00$dpTuKhoa"
            pager = (
                '<div class="bp-phantrang"><span>1</span> '
                + " ".join(
                    f"<a href=\"javascript:__doPostBack('{target}$ctl01$ctl0{n - 1}','')\">{n}</a>"
                    for n in range(2, (len(members) + 9) // 10 + 1)
                )
                + f" <a href=\"javascript:__doPostBack('{target}$ctl02$ctl00','')\">Sau</a></div>"
            )
        crumbs = self.breadcrumb(
            [("/Pages/default.aspx", "Trang chủ"), ("/tin-tuc/Pages/default.aspx", "Tin tức"), (None, "Từ khóa")]
        )
        main = crumbs + self.webpart(2, f"Từ khóa: {tag}", rows + pager)
        mobile = f'<h2>Từ khóa: {esc(tag)}</h2><div class="m-list">{"".join(self.mobile_row(a) for a in shown)}</div>'
        return Page(
            "/tin-tuc/Pages/tu-khoa.aspx",
            self.desktop("Từ khóa", "/tin-tuc/Pages/tu-khoa.aspx", "/tin-tuc", main),
            self.mobile("Từ khóa", mobile),
        )

    def search_page(self, term: str) -> Page:
        """The Search Center's results page: the results come from a display template in JavaScript, not the HTML."""
        payload = json_for_script({"k": term})
        main = (
            '<div class="ms-srch-sb ms-srch-sb-border" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sboxdiv">'
            f'<input type="text" value="{esc(term)}" maxlength="2048" title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" class="ms-textSmall ms-srch-sb-prompt ms-helperText"/></div>'
            '<div id="ctl00_ctl46_g_0d1b4c0e_f6d2_4b7e_a8a3_2f9a1c6e5b70_csr" class="ms-srch-result"><div class="ms-srch-result-noResults" style="display:none">Không có kết quả nào khớp với tìm kiếm của bạn.</div></div>'
            f'<script type="text/javascript">Srch.ScriptApplicationManager.get_current().states = {payload};Srch.U.ensureCSSClassNameExist();</script>'
        )
        return Page(
            "/search/Pages/results.aspx",
            self.desktop("Kết quả tìm kiếm", "/search/Pages/results.aspx", "/search", main),
            self.mobile("Kết quả tìm kiếm", f"<p>Kết quả tìm kiếm cho: {esc(term)}</p>"),
        )

    def schedule_page(self, week: int | None, year: int | None) -> Page:
        """The vendor's weekly schedule ('Tuần trước' / 'Tuần sau' go on for ever); filled in up to February 2025."""
        if week is None or year is None or not 2000 <= year <= 2100:
            monday = LAST_WEEK
        else:
            try:
                monday = date.fromisocalendar(year, min(max(week, 1), 53), 1)
            except ValueError:
                monday = date.fromisocalendar(year, 52, 1)
        year, week, _ = monday.isocalendar()
        previous = (monday - timedelta(days=7)).isocalendar()
        following = (monday + timedelta(days=7)).isocalendar()
        sunday = monday + timedelta(days=6)
        filled = date(2018, 7, 2) <= monday <= LAST_WEEK
        days = ""
        if filled:
            for offset in range(5):
                day = monday + timedelta(days=offset)
                line = SCHEDULE_LINES[(day.toordinal() + offset) % len(SCHEDULE_LINES)]
                days += f'<tr><td class="bp-thu">{("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu")[offset]}<br/>{day:%d/%m}</td><td>{esc(line)}</td></tr>'
        else:
            days = '<tr><td colspan="2">Chưa có lịch công tác trong tuần này.</td></tr>'
        main = self.breadcrumb([("/Pages/default.aspx", "Trang chủ"), (None, "Lịch công tác")]) + self.webpart(
            2,
            "Lịch công tác",
            f'<h3 class="bp-tuan">Tuần {week} (từ {monday:%d/%m/%Y} đến {sunday:%d/%m/%Y})</h3>'
            f'<table class="bp-lich" border="1" cellspacing="0" cellpadding="4">{days}</table>'
            f'<div class="bp-chuyentuan"><a href="/Pages/lich-cong-tac.aspx?Tuan={previous[1]}&amp;Nam={previous[0]}">« Tuần trước</a> | '
            f'<a href="/Pages/lich-cong-tac.aspx?Tuan={following[1]}&amp;Nam={following[0]}">Tuần sau »</a></div>',
        )
        return Page(
            "/Pages/lich-cong-tac.aspx",
            self.desktop("Lịch công tác", "/Pages/lich-cong-tac.aspx", "/", main),
            self.mobile("Lịch công tác", main),
        )

    def static_page(self, key: str) -> Page:
        title, paragraphs = STATIC_PAGES[key]
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = self.breadcrumb([("/Pages/default.aspx", "Trang chủ"), (None, title)]) + (
            '<div class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">'
            f"{body}</div>"
        )
        return Page(
            f"/Pages/{key}.aspx",
            self.desktop(title, f"/Pages/{key}.aspx", "/", main, titlerow=title),
            self.mobile(title, body),
        )

    def site_pages_home(self) -> Page:
        main = (
            '<div class="ms-rte-layoutszone-inner"><h2 class="ms-rteElement-H2">Chào mừng bạn đến với site của bạn!</h2>'
            "<p>Bắt đầu làm việc với site của bạn: chia sẻ site, thêm danh sách, ứng dụng, thay đổi diện mạo.</p>"
            '<p><a href="/_layouts/15/viewlsts.aspx">Nội dung Site</a></p></div>'
        )
        return Page(
            "/SitePages/Home.aspx",
            self.system_page("Trang chủ", "/SitePages/Home.aspx", "/", "Trang chủ", "/SitePages/Home.aspx", main),
            None,
            publishing=False,
        )

    # ---- files and feeds ----------------------------------------------------------------------------
    def robots(self) -> str:
        return (
            "User-agent: *\r\nDisallow: /_layouts/\r\nDisallow: /_vti_bin/\r\nDisallow: /_catalogs/\r\n"
            f"Sitemap: {self.url('/sitemap.xml')}\r\n"
        )

    def sitemaps(self) -> dict[str, str]:
        def utc(at: datetime) -> str:
            return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

        def rows(entries: Sequence[tuple[str, str | None]]) -> str:
            return "".join(
                f"<url><loc>{esc(self.url(p))}</loc>" + (f"<lastmod>{m}</lastmod>" if m else "") + "</url>"
                for p, m in entries
            )

        pages: list[tuple[str, str | None]] = [("/Pages/default.aspx", None)]
        pages += [(f"/Pages/{k}.aspx", None) for k in STATIC_PAGES]
        pages += [
            ("/Pages/thong-bao.aspx", None),
            ("/Pages/lich-cong-tac.aspx", None),
            ("/tin-tuc/Pages/default.aspx", None),
        ]
        pages += [
            ("/tin-tuc/Pages/danh-muc.aspx", None),
            ("/tin-tuc/Pages/chi-tiet.aspx", None),
            ("/tin-tuc/Pages/in-tin.aspx", None),
        ]
        pages += [(self.article_path(a), utc(self.modified(a))) for a in self.era_a if self.access(a) != "feed_only"]
        listed = [a for a in self.items + self.notices if self.access(a) != "feed_only"]
        listed.sort(key=lambda a: (self.when[a.id].at, a.id), reverse=True)
        news = [(self.article_path(a), utc(self.modified(a))) for a in listed]
        head = '<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        index = (
            '<?xml version="1.0" encoding="utf-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{self.url('/sitemap0.xml')}</loc></sitemap>"
            f"<sitemap><loc>{self.url('/sitemap-tintuc.xml')}</loc></sitemap></sitemapindex>"
        )
        return {
            "/sitemap.xml": index,
            "/sitemap0.xml": head + rows(pages) + "</urlset>",
            "/sitemap-tintuc.xml": head + rows(news) + "</urlset>",
        }

    def list_feed(self) -> str:
        """SharePoint's list RSS (the 25 newest items, each linking its display form, fields dumped in the description)."""
        members = sorted(self.items, key=lambda a: self.created(a), reverse=True)[:25]
        items = []
        for article in members:
            link = f"{PRODUCTION}{self.dispform_path(article)}"
            description = (
                f"<div><b>Tóm tắt:</b> {esc(article.lead)}</div>"
                f'<div><b>Nội dung:</b> <div class="{self.external_class(article)}">{"".join(f"<p>{esc(p)}</p>" for p in article.paragraphs)}</div></div>'
                f"<div><b>Ngày đăng:</b> {self.date_of(article)}</div>"
            )
            items.append(
                f"<item><title>{esc(article.title)}</title><link>{link}</link>"
                f"<description><![CDATA[{description}]]></description>"
                f"<author>{esc(self.account(article))}</author>"
                f"<pubDate>{self.created(article).astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
                f'<guid isPermaLink="true">{link}</guid></item>'
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/_layouts/15/RssXslt.aspx?List='
            f'{self.list_guid["TinTuc"]}" version="1.0"?>\n<rss version="2.0"><channel><title>{esc(SITE_NAME)}: Tin tức</title>'
            f"<link>{PRODUCTION}/tin-tuc/Lists/TinTuc/AllItems.aspx</link><description>Nguồn cấp RSS cho danh sách Tin tức.</description>"
            "<lastBuildDate>Fri, 28 Feb 2025 09:41:12 GMT</lastBuildDate><generator>Microsoft SharePoint Foundation RSS Generator</generator>"
            f"<ttl>60</ttl><language>vi-VN</language>{''.join(items)}</channel></rss>"
        )

    def api_items(self) -> str:
        """'/_api/' without an Accept header: OData verbose as Atom, dates in UTC."""
        entries = "".join(
            f"<entry m:etag=\"&quot;3&quot;\"><id>{PRODUCTION}/tin-tuc/_api/Web/Lists(guid'{self.list_guid['TinTuc'].lower()}')/Items({self.item_id[a.id]})</id>"
            f'<category term="SP.Data.TinTucListItem" scheme="http://schemas.microsoft.com/ado/2007/08/dataservices/scheme" />'
            f"<title /><updated>{self.modified(a).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated><author><name /></author>"
            f'<content type="application/xml"><m:properties><d:Id m:type="Edm.Int32">{self.item_id[a.id]}</d:Id><d:Title>{esc(a.title)}</d:Title>'
            f'<d:NgayDang m:type="Edm.DateTime">{self.when[a.id].at.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</d:NgayDang></m:properties></content></entry>'
            for a in self.news()[:100]
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><feed xml:base="'
            + PRODUCTION
            + '/tin-tuc/_api/" xmlns="http://www.w3.org/2005/Atom" '
            'xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata">'
            f"<id>{PRODUCTION}/tin-tuc/_api/web/lists/getbytitle('TinTuc')/items</id><title /><updated>2025-12-06T02:14:51Z</updated>{entries}</feed>"
        )

    def login_page(self) -> str:
        return (
            '<!DOCTYPE html><html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-type" content="text/html; charset=utf-8" />'
            "<title>\r\n\tĐăng nhập\r\n</title></head><body>"
            '<form method="post" action="./default.aspx?ReturnUrl=%2f_layouts%2f15%2fAuthenticate.aspx" id="aspnetForm">'
            '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTU0NzQ4NzQ3MmRk" /></div>'
            '<div id="s4-simple-card"><h1 class="ms-core-pageTitle">Đăng nhập</h1>'
            '<table><tr><td>Tên người dùng:</td><td><input name="ctl00$PlaceHolderMain$signInControl$UserName" type="text"/></td></tr>'
            '<tr><td>Mật khẩu:</td><td><input name="ctl00$PlaceHolderMain$signInControl$password" type="password"/></td></tr>'
            '<tr><td colspan="2"><input type="checkbox" name="ctl00$PlaceHolderMain$signInControl$RememberMe"/> Đăng nhập tự động</td></tr>'
            '<tr><td colspan="2"><input type="submit" name="ctl00$PlaceHolderMain$signInControl$login" value="Đăng nhập"/></td></tr></table></div>'
            "</form></body></html>"
        )

    def not_found_html(self) -> str:
        return (
            '<!DOCTYPE html><html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-type" content="text/html; charset=utf-8" />'
            '<title>\r\n\tLỗi\r\n</title></head><body><div id="s4-simple-card"><h1 class="ms-core-pageTitle">Xin lỗi, đã xảy ra sự cố</h1>'
            '<div id="ms-error-body"><p>Không tìm thấy tệp.</p><p>Chi tiết Kỹ thuật</p>'
            f'<p><a href="/Pages/default.aspx">Quay lại site</a></p><p>ID Tương quan: {guid("404").lower()}</p></div></div></body></html>'
        )

    # ---- responses --------------------------------------------------------------------------------------
    def html(self, text: str, status: int = 200) -> Response:
        return Response(status, text.encode("utf-8"), "text/html; charset=utf-8", dict(SP_HEADERS))

    def not_found(self) -> Response:
        return self.html(self.not_found_html(), status=404)

    def redirect(self, location: str, status: int = 302) -> Response:
        headers = dict(SP_HEADERS)
        headers["Location"] = location if location.startswith("http") else self.url(location)
        return Response(status, b"", "text/html; charset=utf-8", headers)

    def login_redirect(self, path_qs: str) -> Response:
        return self.redirect(f"/_layouts/15/Authenticate.aspx?Source={key_encode(path_qs)}")

    def personalize(self, body: bytes) -> bytes:
        """The form digest and the visitor counter are new in every response."""
        if b"\x00DIGEST\x00" not in body:
            return body
        n = next(self.digests)
        body = body.replace(b"\x00ONLINE\x00", str(7 + n * 5 % 23).encode())
        stamp = (datetime(2025, 12, 6, 2, 14, 51, tzinfo=UTC) + timedelta(seconds=n * 7)).strftime(
            "%d %b %Y %H:%M:%S -0000"
        )
        digest = f"0x{hashlib.sha1(str(n).encode()).hexdigest().upper()[:32]}{hashlib.md5(str(n).encode()).hexdigest().upper()},{stamp}"
        return body.replace(b"\x00DIGEST\x00", digest.encode())

    def serve(self, page: Page, path_qs: str, mobile: bool) -> Response:
        """A stored page with this request's slots filled: SharePoint's canonical (publishing pages requested with a
        query string: the production host, the stored path, the query without the filtered parameters), the
        sign-in link's Source, the form's action, the switch between the masters."""
        parts = urlsplit(path_qs)
        pieces = [p for p in parts.query.split("&") if p]
        kept = [p for p in pieces if p.split("=", 1)[0].lower() not in FILTER_LINK_PARAMETERS]
        without_mobile = [p for p in pieces if p.split("=", 1)[0].lower() != "mobile"]
        canonical = ""
        if page.publishing and pieces:
            href = PRODUCTION + quote(page.path, safe="/") + ("?" + "&".join(kept) if kept else "")
            canonical = f'<link rel="canonical" href="{escape(href, quote=True)}" />'
        query = "&".join(without_mobile)
        here = parts.path + ("?" + query if query else "")
        text = page.mobile if mobile and page.mobile is not None else page.desktop
        source = next((unquote(p.split("=", 1)[1]) for p in pieces if p.split("=", 1)[0].lower() == "source"), "")
        slots = {
            "\x00CANON\x00": canonical,
            "\x00SOURCE\x00": key_encode(parts.path + (f"?{parts.query}" if parts.query else "")),
            "\x00ACTION\x00": escape(
                "./" + parts.path.rsplit("/", 1)[-1] + (f"?{parts.query}" if parts.query else ""), quote=True
            ),
            "\x00MOBILE\x00": escape(here + ("&" if query else "?") + "Mobile=1", quote=True),
            "\x00DESKTOP\x00": escape(here + ("&" if query else "?") + "Mobile=0", quote=True),
            "\x00CLOSE\x00": "'" + js_escape(source or "/Pages/default.aspx") + "'",
        }
        for slot, value in slots.items():
            text = text.replace(slot, value)
        request = guid(f"request/{next(self.requests)}").lower()
        headers = dict(SP_HEADERS) | {"SPRequestGuid": request, "request-id": request, "SPIisLatency": "0"}
        return Response(page.status, text.encode("utf-8"), "text/html; charset=utf-8", headers)

    # ---- routing -----------------------------------------------------------------------------------------
    @staticmethod
    def normal_path(path: str) -> str:
        """IIS and SharePoint: percent-encoding and letter case do not matter."""
        return unicodedata.normalize("NFC", unquote(path or "/")).lower()

    def add_page(self, page_path: str, page: Page) -> None:
        self.pages[self.normal_path(page_path)] = page

    def add(self, path_qs: str, response: Response) -> None:
        super().add(path_qs, response)
        parts = urlsplit(path_qs)
        self.fixed[self.normal_path(parts.path)] = response

    def lookup(self, path_qs: str) -> Response | None:
        parts = urlsplit(path_qs)
        path = self.normal_path(parts.path)
        params: dict[str, str] = {}
        for name, value in parse_qsl(parts.query, keep_blank_values=True):
            params.setdefault(name.lower(), value)
        mobile = params.get("mobile") == "1"
        if path in self.fixed:
            return self.fixed[path]
        found = self.resolve(path, params, path_qs)
        if isinstance(found, Page):
            return self.serve(found, path_qs, mobile)
        return found

    def number(self, params: dict[str, str], name: str) -> int | None:
        try:
            return int(params.get(name, "").strip())
        except ValueError:
            return None

    def resolve(self, path: str, params: dict[str, str], path_qs: str) -> Page | Response | None:
        if path in self.pages:
            return self.pages[path]
        if path in ("/", "/default.aspx", "/pages", "/pages/"):
            return self.redirect("/Pages/default.aspx")
        if path in ("/tin-tuc", "/tin-tuc/", "/tin-tuc/default.aspx"):
            return self.redirect("/tin-tuc/Pages/default.aspx")
        if path == "/tin-tuc/pages/chi-tiet.aspx":
            article = self.by_item.get(self.number(params, "itemid") or -1)
            return self.pages[f"item/{article.id}"] if article else self.pages["item/missing"]
        if path == "/tin-tuc/pages/in-tin.aspx":
            article = self.by_item.get(self.number(params, "itemid") or -1)
            return self.pages[f"print/{article.id}"] if article else self.pages["print/missing"]
        if path == "/tin-tuc/lists/tintuc/dispform.aspx":
            article = self.by_item.get(self.number(params, "id") or -1)
            return self.pages[f"form/{article.id}"] if article else self.pages["form/missing"]
        if path == "/lists/thongbao/dispform.aspx":
            article = self.by_notice.get(self.number(params, "id") or -1)
            return self.pages[f"notice/{article.id}"] if article else self.pages["form/missing"]
        if path == "/tin-tuc/lists/chuyenmuc/dispform.aspx":
            key = params.get("id", "")
            category = next((c for c in self.spec.categories if c.key == key), None)
            return self.category_form(category) if category else self.pages["form/missing"]
        if path == "/tin-tuc/pages/danh-muc.aspx":
            key = params.get("categoryid", "")
            category = next(
                (c for c in self.spec.categories if c.key.lower() == key.lower() and c.slug != "thong-bao"), None
            )
            if category is None:
                return self.listing_page(self.spec.category(self.spec.main_category), 0)
            page = self.number(params, "page") or 1
            return self.pages.get(f"list/{category.slug}/{page}") or self.listing_page(category, page)
        if path == "/pages/thong-bao.aspx":
            category = next((c for c in self.spec.categories if c.slug == "thong-bao"), None)
            if category is None:
                return None
            page = self.number(params, "page") or 1
            return self.pages.get(f"list/thong-bao/{page}") or self.listing_page(category, page)
        if path == "/tin-tuc/pages/tu-khoa.aspx":
            return self.tag_page(params.get("tukhoa", ""))
        if path == "/search/pages/results.aspx":
            return self.search_page(params.get("k", ""))
        if path == "/pages/lich-cong-tac.aspx":
            return self.schedule_page(self.number(params, "tuan"), self.number(params, "nam"))
        if path in ("/tin-tuc/lists/tintuc/allitems.aspx", "/lists/thongbao/allitems.aspx"):
            return self.list_view("TinTuc" if path.startswith("/tin-tuc") else "ThongBao", params)
        if path.endswith(("/forms/allitems.aspx", "/forms/allpages.aspx")) or path in (
            "/_layouts/15/viewlsts.aspx",
            "/tin-tuc/lists/chuyenmuc/allitems.aspx",
        ):
            return self.login_redirect(
                urlsplit(path_qs).path + (f"?{urlsplit(path_qs).query}" if urlsplit(path_qs).query else "")
            )
        if path == "/_layouts/15/authenticate.aspx":
            source = params.get("source", "/")
            return self.redirect(
                f"/_login/default.aspx?ReturnUrl={net_encode('/_layouts/15/Authenticate.aspx?Source=' + key_encode(source))}&Source={key_encode(source)}"
            )
        if path in ("/_login/default.aspx", "/_windows/default.aspx"):
            return self.html(self.login_page())
        if path == "/_layouts/15/copyutil.aspx":
            item = self.number(params, "itemid")
            return self.redirect(f"/tin-tuc/Lists/TinTuc/DispForm.aspx?ID={item}") if item else None
        if path == "/_vti_bin/spsdisco.aspx":
            return Response(200, SPSDISCO.encode("utf-8"), "text/xml; charset=utf-8", dict(SP_HEADERS))
        if path == "/_layouts/15/listfeed.aspx":
            return Response(200, self.list_feed().encode("utf-8"), "text/xml; charset=utf-8", dict(SP_HEADERS))
        if path.startswith(("/_api/web/lists/getbytitle", "/tin-tuc/_api/web/lists/getbytitle")) and path.endswith(
            "/items"
        ):
            return Response(
                200, self.api_items().encode("utf-8"), "application/atom+xml;type=feed;charset=utf-8", dict(SP_HEADERS)
            )
        if path.endswith((".jpg", ".jpeg", ".png", ".gif", ".ico")):
            return Response(200, TINY_GIF, "image/gif", dict(SP_HEADERS))
        if path.endswith(".css"):
            return Response(200, b"/* BPPortal */", "text/css", dict(SP_HEADERS))
        if path.endswith((".js", ".axd")):
            return Response(200, b"/* SharePoint */", "application/javascript", dict(SP_HEADERS))
        return None

    # ---- build -------------------------------------------------------------------------------------------
    def build(self) -> None:
        self.add_page("/Pages/default.aspx", self.home())
        for key in STATIC_PAGES:
            self.add_page(f"/Pages/{key}.aspx", self.static_page(key))
        self.add_page("/tin-tuc/Pages/default.aspx", self.archive_page())
        self.add_page("/SitePages/Home.aspx", self.site_pages_home())
        for article in self.era_a:
            self.add_page(unquote(self.article_path(article)), self.era_a_page(article))
        for article in self.items:
            self.pages[f"item/{article.id}"] = self.item_page(article)
            self.pages[f"print/{article.id}"] = self.print_page(article)
            self.pages[f"form/{article.id}"] = self.dispform_item(article)
        for article in self.notices:
            self.pages[f"notice/{article.id}"] = self.dispform_notice(article)
        self.pages["item/missing"] = self.missing_item_page()
        self.pages["print/missing"] = self.print_page(None)
        self.pages["form/missing"] = self.missing_form()
        for category in self.spec.categories:
            for page in range(1, len(self.chunks(self.listing(category.slug))) + 1):
                self.pages[f"list/{category.slug}/{page}"] = self.listing_page(category, page)
        for article in self.articles:
            path = self.attachment_path(article)
            if path:
                self.add(path, self.pdf(self.attachment_name(article) or "", article))
        self.add("/robots.txt", Response(200, self.robots().encode("utf-8"), "text/plain", dict(SP_HEADERS)))
        for path, xml in self.sitemaps().items():
            self.add(path, Response(200, xml.encode("utf-8"), "text/xml", dict(SP_HEADERS)))
        # The canonical forms, rendered once so that ``routes`` names every article page (tests walk it).
        for article in self.articles:
            key = self.route_key(self.article_path(article))
            self.routes[key] = self.lookup(self.article_path(article)) or self.not_found()
