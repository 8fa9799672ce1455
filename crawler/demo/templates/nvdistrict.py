"""A town's site on NukeViet 4 with the eGovernment theme (thị xã Hoàng Mai, tỉnh Nghệ An), 2016 - July 2025.

Thị xã Hoàng Mai (founded in 2013 from ten communes and wards of huyện Quỳnh Lưu) ran its 'Trang thông tin điện tử'
on NukeViet 4 (eGov edition, installed 2016) like many towns and districts of the province. On 1 July 2025 the
district level was abolished and the town's ten communes and wards became phường Hoàng Mai, Quỳnh Mai and Tân Mai,
whose news moved to the province's shared platform. The old site stays online as an archive: a marquee and a last
notice say so, two items the new ward's staff posted in the first days of July are the last ones.

What the CMS serves (NukeViet 4.x as its source writes it, rewrite on, language segment off):

- articles ``/news/<cat-alias>/<title-alias>-<id>.html``; the category alias in the URL may be any category the item
  is filed in (listings build links with the category being viewed, 'Những tin mới hơn / cũ hơn' with the category
  of the page), but only the item's own category answers: another category, another alias, a ``/vi/`` prefix, the
  non-rewrite form ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>.html`` or any query string 301 to it;
  an unknown id answers NukeViet's 404 with a meta refresh to ``/news/``; 2016-2018 aliases keep the title's
  letter case, three aliases come from a title edited after publication;
- listings ``/news/<cat-alias>/`` and ``/news/`` with ``nv_alias_page()``'s pager ``/page-N/`` (« 1 2 ... »,
  elided past seven pages; the active page's ``</a><li>`` left unclosed as 4.x printed it); page numbers past the
  end 301 to the first page; a path without its slash 301s to it; the gender category keeps a pinned item on top of
  every page; 'Các tin khác' (the next older items) under each page; two empty sub-categories in the menu;
- the 2021 election category was hidden after the election: its two items are in the sitemap only;
- ``/news/print/...`` (window.open only, rel=canonical), ``/news/savefile/...`` (a real link; the print layout
  served as ``text/x-delimtext`` attachment), ``/news/sendmail/...`` (window.open only, a form), attachments as
  ``<article>.html?download=1&id=0``; tags ``/news/tag/<alias>`` whose pager stays in the non-rewrite form,
  'Dòng sự kiện' topics ``/news/topic/<alias>/``, the 'Tin tiêu điểm' group ``/news/groups/<alias>/``;
  ``/news/rss/`` (the 30 newest shown on the home page, guid news_<id>, pubDate in GMT) and one feed a category;
  ``/sitemap.xml`` (index) -> ``/sitemap-vi.news.xml`` (every published item, lastmod = publication time),
  ``/sitemap-vi.page.xml``, ``/sitemap-vi.laws.xml``; ``/seek/`` and ``/news/search/`` answer any query;
- chrome: eGov header, mega-menu, breadcrumbs drawn by script, sidebars (notices, most read, newest, work schedule,
  51 external links, banners, visitor counter new in every response), the eGov footer with its mismatched quote,
  a desktop/mobile switch whose ``nv_redirect`` token is new in every response, a cron-job pixel, GA and Facebook
  scripts; 'Văn bản' (laws module) records, 'Giới thiệu' pages (one naming bình đẳng giới among the departments'
  duties), pages 'đang cập nhật', an endless weekly 'Lịch công tác';
- dates: detail 'Thứ năm - 18/11/2022 10:30' (00:00 when the editor left the hour), lists
  '18/11/2022 10:30:00 AM', related '(18/11/2022)', topics '10:30 18/11/2022', ``article:published_time`` as 4.x
  printed it with ``date('Y-m-dTH:i:s')`` ('2022-11-18+0710:30:00'); the top bar shows today;
- bodies: Word pastes (MsoNormal spans, some in NFD) until 2017, CKEditor paragraphs, later spans and one
  ``<div>`` with ``<br />`` runs; hometext (the sapo) in ``.hometext`` above the body, for some items pasted again as
  the body's first paragraph, for notices the title again; photos with captions, one data table, 'Tin liên quan'
  lists pasted into bodies (links in old forms); signatures, 'Bài và ảnh:' lines, NukeViet's 'Tác giả bài viết:' and
  'Nguồn tin:' fields; short notices with a place-and-date line, a file link and the office as signature.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import base64
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote, unquote

from ..corpus import CorpusArticle
from ..text import VN_TZ, ascii_slug, esc, stable_token
from .base import Response, Template

NOW = datetime(2026, 2, 24, 9, 15, tzinfo=VN_TZ)  # when the archive was rendered (top bar, schedule week)
ARCHIVED = date(2025, 7, 1)  # the town's last day; the site keeps serving what it had
PROD = "http://hoangmai.nghean.gov.vn"
THEME = "/themes/egov"
ONLINE = b"__NV_ONLINE_91c2__"  # 'Đang truy cập', new in every response
TODAY = b"__NV_TODAY_5d0e__"  # 'Hôm nay' visits, new in every response
CRON = b"__NV_CRON_7a41__"  # the cron-job pixel's p= parameter, new in every response
CHECKSS = b"__NV_CHECKSS_3b9f__"  # the comment form's checkss, new in every response
SWITCH = b"__NV_SWITCH_e8d2__"  # nv_redirect of the desktop/mobile switch and the login link: the page, encrypted
SITEKEY = b"Hm4i-2016-nv4-egov"
GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
ST_LINKS = 5  # 'Những tin mới hơn / cũ hơn' and 'Các tin khác' lengths (module setting st_links)
HIDDEN_CAT = ("Bau-cu-2021", "Bầu cử đại biểu Quốc hội và HĐND các cấp năm 2021")
EMPTY_CATS = (("Tin-xa-phuong", "Tin từ xã, phường"), ("Quoc-phong-An-ninh", "Quốc phòng - An ninh"))
PINNED = 25  # the gender category's 'featured' item, shown on top of every page of the category
DUP_LEAD = {6, 22, 33, 46}  # the editor pasted the sapo again as the body's first paragraph
NFD_BODIES = {3, 5, 11}  # Word pastes typed with a decomposed-Unicode keyboard setting
ALIAS_EDITED = {  # aliases generated from a first title, kept when the title was edited
    34: "phat-dong-thang-hanh-dong-vi-binh-dang-gioi-nam-2022",
    49: "cong-bo-quyet-dinh-sap-xep-cac-phong-chuyen-mon-thuoc-ubnd-thi-xa",
    51: "hoi-nghi-tong-ket-10-nam-cong-tac-binh-dang-gioi",
}
SOURCES = {  # NukeViet's 'Nguồn tin' field (source, not author)
    5: ("Báo Nghệ An", "https://baonghean.vn"),
    18: ("Phòng giao dịch NHCSXH thị xã", ""),
    28: ("Trung tâm Y tế thị xã Hoàng Mai", ""),
    39: ("Báo Nghệ An", "https://baonghean.vn"),
    1: ("Phòng Lao động - TB&XH", ""),
    51: ("Phòng Nội vụ", ""),
}
FILES = {  # attachments: file name (uploads/news/YYYY_MM/...), label of the in-body link
    1: "kh-46-ubnd-2016.pdf",
    7: "qd-2156-kien-toan-ban-vstbpn.pdf",
    20: "qd-58-ubnd-ket-qua-chi-dinh-thau.pdf",
    25: "kh-71-ubnd-binh-dang-gioi-2021.pdf",
    36: "88-kh-ubnd.pdf",
    41: "lich-truc-tet-giap-thin-2024.pdf",
    50: "kh-112-ubnd-bdg-2025.pdf",
}
PHOTOS = {  # number -> (after paragraph, caption, credit); not part of the gold text
    4: (1, "Quang cảnh lễ mít tinh hưởng ứng Tháng hành động vì bình đẳng giới năm 2016.", "Ảnh: Nguyễn Hoa"),
    12: (1, "Lãnh đạo Hội LHPN thị xã trao biển hiệu “Địa chỉ tin cậy” cho gia đình bà Hồ Thị Thanh.", ""),
    19: (0, "Tiểu phẩm “Chuyện nhà anh Tư” do thành viên câu lạc bộ biểu diễn.", "Ảnh: Nguyễn Hoa"),
    23: (0, "Các đại biểu tham dự tọa đàm.", ""),
    29: (1, "Chị Nguyễn Thị Thủy (bìa phải) giới thiệu sản phẩm nước mắm truyền thống.", "Ảnh: Thu Hiền"),
    34: (
        0,
        "Lãnh đạo thị xã trao quà cho phụ nữ, trẻ em gái có hoàn cảnh khó khăn tại lễ phát động.",
        "Ảnh: Nguyễn Hoa",
    ),
    37: (0, "Hội viên phụ nữ hướng dẫn phụ huynh dừng, đỗ xe đúng nơi quy định trước cổng trường.", ""),
    42: (0, "Nữ công nhân nêu ý kiến tại buổi đối thoại.", "Ảnh: Hồng Nhung"),
    47: (2, "Đoàn diễu hành qua các tuyến phố chính của thị xã.", "Ảnh: Nguyễn Hoa"),
    52: (1, "Lãnh đạo tỉnh trao quyết định cho Ban Thường vụ Đảng ủy phường Hoàng Mai.", "Ảnh: Hồ Lài"),
}
TABLES = {  # number -> (after paragraph, title, rows); data tables inside bodies, not gold
    27: (
        0,
        "Kết quả bầu cử đại biểu HĐND nhiệm kỳ 2021 - 2026",
        (
            ("Cấp", "Số đại biểu trúng cử", "Trong đó nữ", "Tỷ lệ nữ"),
            ("Thị xã", "35", "11", "31,4%"),
            ("Xã, phường", "253", "72", "28,5%"),
        ),
    ),
    51: (
        0,
        "Một số chỉ tiêu bình đẳng giới của thị xã",
        (
            ("Chỉ tiêu", "Năm 2016", "Năm 2025"),
            ("Tỷ lệ nữ tham gia BCH Đảng bộ thị xã", "16%", "18,2%"),
            ("Tỷ lệ nữ đại biểu HĐND thị xã", "27,5%", "31,4%"),
            ("Lao động nữ qua đào tạo nghề", "32%", "49,6%"),
            ("Địa chỉ tin cậy tại cộng đồng", "0", "10"),
        ),
    ),
}
COMMENTS = {  # reader comments the comment module prints under some items: (name, dd/mm/YYYY HH:MM, text)
    19: (("Nguyễn Văn Toàn", "21/11/2019 20:14", "Mô hình rất hay, đề nghị nhân rộng ra các khối khác của phường."),),
    29: (
        (
            "Hoàng Thị Lan",
            "04/12/2021 07:52",
            "Cho em hỏi muốn vay vốn khởi nghiệp thì liên hệ Hội Phụ nữ xã hay thị xã ạ?",
        ),
        (
            "Hội LHPN thị xã",
            "04/12/2021 10:30",
            "Chị liên hệ Chi hội trưởng hoặc Hội Phụ nữ xã nơi cư trú để được hướng dẫn nhé.",
        ),
    ),
    53: (
        (
            "Trần Minh",
            "01/07/2025 21:03",
            "Cảm ơn Ban biên tập trong suốt thời gian qua. Chúc các phường mới phát triển.",
        ),
    ),
}
UNITS = {  # the writers' units, added to some signatures
    "Thu Hiền": "Hội LHPN thị xã",
    "Nguyễn Hoa": "Hội LHPN thị xã",
    "Hồ Lài": "Trung tâm VH-TT&TT thị xã",
    "Minh Tuấn": "Trung tâm VH-TT&TT thị xã",
    "Hồng Nhung": "Trung tâm VH-TT&TT thị xã",
}
TOPICS = (  # 'Dòng sự kiện': alias, title, member numbers
    ("Thang-hanh-dong-vi-binh-dang-gioi", "Tháng hành động vì bình đẳng giới", (4, 34, 47)),
    ("phong-chong-dich-covid-19", "Phòng, chống dịch Covid-19", (22, 28)),
    ("sap-xep-don-vi-hanh-chinh-2025", "Sắp xếp đơn vị hành chính năm 2025", (49, 51, 52, 53, 54)),
)
GROUP = ("Tin-tieu-diem", "Tin tiêu điểm", (52, 51, 47, 42, 39, 34, 29))
TAGS = (  # keyword -> words that make the editor add it (NukeViet 'Từ khóa'; at most four an item)
    ("bình đẳng giới", ("bình đẳng giới",)),
    ("bạo lực gia đình", ("bạo lực gia đình",)),
    ("vì sự tiến bộ của phụ nữ", ("Ban Vì sự tiến bộ của phụ nữ",)),
    ("Tháng hành động", ("Tháng hành động vì bình đẳng giới",)),
    ("Hội LHPN", ("Hội LHPN",)),
    ("phụ nữ khởi nghiệp", ("khởi nghiệp",)),
    ("mua bán người", ("mua bán người",)),
    ("an toàn giao thông", ("an toàn giao thông",)),
    ("Covid-19", ("Covid-19",)),
    ("bầu cử", ("bầu cử",)),
    ("cải cách hành chính", ("cải cách hành chính", "thủ tục hành chính")),
    ("xuất khẩu lao động", ("làm việc ở nước ngoài",)),
    ("nông thôn mới", ("nông thôn mới",)),
    ("Đền Cờn", ("Đền Cờn",)),
    ("sắp xếp đơn vị hành chính", ("sắp xếp đơn vị hành chính", "sắp xếp, tổ chức lại")),
)
LINKS = (  # 'Liên kết website' (all external): the communes' and wards' sites, then the province's
    *(
        (f"UBND {n}", f"http://{ascii_slug(n).replace('-', '')}.hoangmai.nghean.gov.vn/")
        for n in (
            "phường Mai Hùng",
            "phường Quỳnh Thiện",
            "phường Quỳnh Xuân",
            "phường Quỳnh Phương",
            "phường Quỳnh Dị",
            "xã Quỳnh Vinh",
            "xã Quỳnh Trang",
            "xã Quỳnh Lộc",
            "xã Quỳnh Lập",
            "xã Quỳnh Liên",
        )
    ),
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Cổng Thông tin điện tử tỉnh Nghệ An", "https://www.nghean.gov.vn/"),
    ("Hệ thống thông tin giải quyết TTHC tỉnh", "https://dichvucong.nghean.gov.vn/"),
    ("Báo Nghệ An", "https://baonghean.vn/"),
    ("Đài PT-TH Nghệ An", "https://truyenhinhnghean.vn/"),
    ("Tỉnh ủy Nghệ An", "https://nghean.dcs.vn/"),
    ("HĐND tỉnh Nghệ An", "https://hdnd.nghean.gov.vn/"),
    *(
        (n, f"https://{d}.nghean.gov.vn/")
        for n, d in (
            ("Sở Nội vụ", "sonoivu"),
            ("Sở Lao động - TB&XH", "sldtbxh"),
            ("Sở Tài chính", "stc"),
            ("Sở Kế hoạch và Đầu tư", "skhdt"),
            ("Sở Văn hóa và Thể thao", "svhtt"),
            ("Sở Y tế", "syt"),
            ("Sở Giáo dục và Đào tạo", "sgddt"),
            ("Sở Tư pháp", "stp"),
            ("Sở Tài nguyên và Môi trường", "stnmt"),
            ("Sở Xây dựng", "sxd"),
            ("Sở Giao thông Vận tải", "sgtvt"),
            ("Sở Nông nghiệp và PTNT", "snnptnt"),
            ("Sở Công Thương", "sct"),
            ("Sở Thông tin và Truyền thông", "stttt"),
            ("Sở Khoa học và Công nghệ", "skhcn"),
            ("Ban Quản lý KKT Đông Nam", "bqlkktdn"),
            ("Thanh tra tỉnh", "thanhtra"),
            ("Hội LHPN tỉnh", "hoiphunu"),
        )
    ),
    *(
        (f"Trang TTĐT {n}", f"https://{ascii_slug(n).replace('-', '')}.nghean.gov.vn/")
        for n in (
            "thị xã Thái Hòa",
            "thị xã Cửa Lò",
            "huyện Quỳnh Lưu",
            "huyện Diễn Châu",
            "huyện Yên Thành",
            "huyện Nghi Lộc",
            "huyện Đô Lương",
            "huyện Nam Đàn",
            "thành phố Vinh",
        )
    ),
    *(
        (f"UBND {n} (từ 01/7/2025)", f"https://{ascii_slug(n).replace('-', '')}.nghean.gov.vn/")
        for n in (
            "phường Hoàng Mai",
            "phường Quỳnh Mai",
            "phường Tân Mai",
        )
    ),
    ("Thư điện tử công vụ", "https://mail.nghean.gov.vn/"),
    ("Hệ thống quản lý văn bản", "https://qlvb.nghean.gov.vn/"),
    ("Bản đồ hành chính tỉnh", "https://bando.nghean.gov.vn/"),
)


@dataclass(frozen=True)
class NvCat:
    alias: str
    title: str
    slug: str | None  # the corpus category, None for the site's own extra categories
    visible: bool = True


@dataclass(frozen=True)
class StaticPage:
    module: str
    alias: str
    title: str
    body: str  # HTML


@dataclass(frozen=True)
class Law:
    id: int
    number: str
    kind: str
    issued: date
    summary: str
    signer: str
    file: str

    @property
    def alias(self) -> str:
        return f"{ascii_slug(self.kind + ' ' + self.number.replace('/', '-'), keep_case=True)}-{self.id}"


LAWS = (
    Law(
        12,
        "46/KH-UBND",
        "Kế hoạch",
        date(2016, 3, 14),
        "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2016",
        "Nguyễn Văn Hải",
        "kh-46-ubnd-2016.pdf",
    ),
    Law(
        19,
        "1320/QĐ-UBND",
        "Quyết định",
        date(2016, 7, 22),
        "Ban hành Quy chế làm việc của UBND thị xã Hoàng Mai nhiệm kỳ 2016 - 2021",
        "Hồ Văn Thành",
        "qd-1320-quy-che-lam-viec.pdf",
    ),
    Law(
        27,
        "2156/QĐ-UBND",
        "Quyết định",
        date(2017, 8, 4),
        "Kiện toàn Ban Vì sự tiến bộ của phụ nữ thị xã Hoàng Mai",
        "Hồ Văn Thành",
        "qd-2156-kien-toan-ban-vstbpn.pdf",
    ),
    Law(
        41,
        "32/KH-UBND",
        "Kế hoạch",
        date(2019, 2, 18),
        "Tổ chức Lễ hội Đền Cờn năm 2019",
        "Nguyễn Văn Hải",
        "kh-32-le-hoi-den-con-2019.pdf",
    ),
    Law(
        58,
        "71/KH-UBND",
        "Kế hoạch",
        date(2021, 3, 24),
        "Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2021",
        "Trần Thị Mai",
        "kh-71-ubnd-binh-dang-gioi-2021.pdf",
    ),
    Law(
        63,
        "145/KH-UBND",
        "Kế hoạch",
        date(2021, 6, 30),
        "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 trên địa bàn thị xã Hoàng Mai",
        "Trần Thị Mai",
        "kh-145-ubnd-chien-luoc-bdg.pdf",
    ),
    Law(
        77,
        "88/KH-UBND",
        "Kế hoạch",
        date(2023, 3, 17),
        "Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2023",
        "Trần Thị Mai",
        "88-kh-ubnd.pdf",
    ),
    Law(
        80,
        "15/KH-UBND",
        "Kế hoạch",
        date(2023, 1, 30),
        "Cải cách hành chính năm 2023",
        "Nguyễn Văn Hải",
        "kh-15-cchc-2023.pdf",
    ),
    Law(
        91,
        "26/TB-UBND",
        "Thông báo",
        date(2024, 1, 26),
        "Lịch nghỉ Tết Nguyên đán Giáp Thìn năm 2024 và phân công trực Tết",
        "Nguyễn Văn Hải",
        "lich-truc-tet-giap-thin-2024.pdf",
    ),
    Law(
        96,
        "112/KH-UBND",
        "Kế hoạch",
        date(2025, 4, 8),
        "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025",
        "Trần Thị Mai",
        "kh-112-ubnd-bdg-2025.pdf",
    ),
)


class NvDistrict(Template):
    sitemap_path = "/sitemap.xml"
    feed_path = None  # /news/rss/ holds the 30 newest home-page items only, never every article
    related_count = ST_LINKS

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.cats = [NvCat(c.key, c.name, c.slug) for c in self.spec.categories]
        self.hidden = NvCat(HIDDEN_CAT[0], HIDDEN_CAT[1], None, visible=False)
        self.empty = [NvCat(alias, title, None) for alias, title in EMPTY_CATS]
        self.by_number = {a.number: a for a in self.articles}
        self.by_nid = {self.numeric_id(a): a for a in self.articles}
        self.main = self.spec.category(self.spec.main_category)

    # ---- identities and URL forms --------------------------------------------------------------
    def numeric_id(self, article: CorpusArticle) -> int:
        """NukeViet's auto-increment id: growing with the corpus number, with the gaps deleted drafts leave."""
        n = article.number
        return self.spec.article_id_base + n * 83 + (n * n * 7) % 61

    def alias(self, article: CorpusArticle) -> str:
        if article.number in ALIAS_EDITED:
            return ALIAS_EDITED[article.number]
        old = self.when[article.id].at.year < 2019  # alias_lower was switched on in the 2019 upgrade
        return ascii_slug(article.title, keep_case=old)

    def home_cat(self, article: CorpusArticle) -> NvCat:
        """The item's own category ('catid'): the hidden election category for the sitemap-only items."""
        if article.access == "sitemap_only":
            return self.hidden
        return next(c for c in self.cats if c.slug == article.category)

    def cats_of(self, article: CorpusArticle) -> list[NvCat]:
        """listcatid: its own category, and the gender category for on-topic items filed elsewhere."""
        own = self.home_cat(article)
        if own.visible and article.on_topic and own.slug != self.main.slug:
            return [own, self.nvcat(self.main.key)]
        return [own]

    def nvcat(self, alias: str) -> NvCat:
        return next(c for c in (*self.cats, self.hidden, *self.empty) if c.alias == alias)

    def link(self, article: CorpusArticle, cat: NvCat | None = None, op: str = "") -> str:
        """The rewritten URL of an item as a listing of ``cat`` builds it (its own category by default)."""
        cat = cat or self.home_cat(article)
        middle = f"{op}/" if op else ""
        return f"/news/{middle}{cat.alias}/{self.alias(article)}-{self.numeric_id(article)}.html"

    def article_path(self, article: CorpusArticle) -> str:
        return self.link(article)

    def cat_path(self, cat: NvCat, page: int = 1) -> str:
        return f"/news/{cat.alias}/" + (f"page-{page}/" if page > 1 else "")

    def tag_alias(self, tag: str) -> str:
        return ascii_slug(tag)

    def upload(self, article: CorpusArticle, name: str) -> str:
        at = self.when[article.id].at
        return f"/uploads/news/{at.year}_{at.month:02d}/{name}"

    # ---- content plan ------------------------------------------------------------------------------
    def cat_items(self, cat: NvCat) -> list[CorpusArticle]:
        """What a category's table holds (newest first): every item whose listcatid names it."""
        if not cat.visible:
            return [a for a in self.articles if a.access == "sitemap_only"]
        if cat.slug is None:
            return []
        return self.listing(cat.slug)

    def pages_of(self, items: list[CorpusArticle]) -> list[list[CorpusArticle]]:
        return self.chunks(items) if items else [[]]

    def tags(self, article: CorpusArticle) -> list[str]:
        if article.access != "normal":
            return []
        text = f"{article.title} {article.body}"
        return [tag for tag, words in TAGS if any(w in text for w in words)][:4]

    def topic_of(self, article: CorpusArticle) -> tuple[str, str, tuple[int, ...]] | None:
        return next((t for t in TOPICS if article.number in t[2]), None)

    def views(self, article: CorpusArticle) -> int:
        age = (NOW - self.when[article.id].at).days
        return 140 + (article.number * 131) % 1700 + age // 3

    def hometext(self, article: CorpusArticle) -> str:
        if article.lead:
            return article.lead
        if article.category == "thong-bao":
            return article.title  # notices: the editor copies the title into the sapo box
        return ""

    def teaser(self, article: CorpusArticle, limit: int = 180) -> str:
        text = self.hometext(article) or article.paragraphs[0]
        return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "..."

    def newer_older(self, article: CorpusArticle, cat: NvCat) -> tuple[list[CorpusArticle], list[CorpusArticle]]:
        pool = self.cat_items(cat)
        at = self.when[article.id].at
        newer = [a for a in pool if self.when[a.id].at > at][-ST_LINKS:]
        older = [a for a in pool if self.when[a.id].at < at][:ST_LINKS]
        return newer, older

    # ---- formats -----------------------------------------------------------------------------------
    def detail_time(self, article: CorpusArticle) -> str:
        at = self.when[article.id].at
        return f"{self.s['weekdays'][at.weekday()]} - {at:%d/%m/%Y %H:%M}"

    def list_time(self, article: CorpusArticle) -> str:
        return f"{self.when[article.id].at:%d/%m/%Y %I:%M:%S %p}"

    def day(self, article: CorpusArticle) -> str:
        return f"{self.when[article.id].at:%d/%m/%Y}"

    def meta_time(self, at: datetime) -> str:
        """PHP date('Y-m-dTH:i:s'): the unescaped T prints the zone abbreviation, '+07' for Asia/Ho_Chi_Minh."""
        return f"{at:%Y-%m-%d}+07{at:%H:%M:%S}"

    def now_text(self) -> str:
        return f"{self.s['weekdays'][NOW.weekday()]}, {NOW:%d/%m/%Y} | {NOW:%H:%M}"

    # ---- responses ---------------------------------------------------------------------------------
    def html(self, text: str, status: int = 200) -> Response:
        response = super().html(text, status)
        response.headers.update(
            {
                "X-Powered-By": "PHP/7.2.34",
                "Cache-Control": "max-age=0, no-cache, no-store, must-revalidate",
                "Pragma": "no-cache",
                "Set-Cookie": "nv4c_Hm4i_sess=k2v8q0d5u6t1a9j3m7r4e2w0b5; path=/; HttpOnly",
            }
        )
        return response

    def personalize(self, body: bytes) -> bytes:
        if ONLINE in body:
            body = body.replace(ONLINE, str(random.randint(12, 96)).encode())
        if TODAY in body:
            body = body.replace(TODAY, str(random.randint(380, 1900)).encode())
        if CRON in body:
            body = body.replace(CRON, random.randbytes(4).hex().encode())
        if CHECKSS in body:
            body = body.replace(CHECKSS, random.randbytes(16).hex().encode())
        return body

    def add(self, path_qs: str, response: Response) -> None:
        """Register a page, its switch links carrying nv_redirect_encrypt() of its own address."""
        if SWITCH in response.body:
            response.body = response.body.replace(SWITCH, self.encrypt(path_qs).encode())
        super().add(path_qs, response)

    def encrypt(self, path: str) -> str:
        raw = bytes(c ^ SITEKEY[i % len(SITEKEY)] for i, c in enumerate(path.encode("utf-8")))
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def decrypt(self, token: str) -> str | None:
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            path = bytes(c ^ SITEKEY[i % len(SITEKEY)] for i, c in enumerate(raw)).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return None
        return path if path.startswith("/") and self.route_key(path) in self.routes else None

    def info_die(self, title: str, content: str, status: int = 404, refresh: str | None = None) -> Response:
        """nv_info_die(): NukeViet's bare error page (no site chrome), with the module's meta refresh."""
        meta = f'<meta http-equiv="Refresh" content="3;URL={refresh}" />' if refresh else ""
        return self.html(
            f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title><meta name="robots" content="noindex, nofollow"/>
<link rel="stylesheet" href="/assets/css/font-awesome.min.css"/><link rel="stylesheet" href="{THEME}/css/info_die.css"/></head>
<body><div id="nv_info_die"><div class="info_die_box">
<div class="logo"><a href="/"><img src="/uploads/logo-hoangmai.png" alt="{esc(self.spec.name)}"/></a></div>
<h2 class="info_die_title">{esc(title)}</h2><div class="info_die_content">{content}{meta}</div>
<div class="info_die_footer"><a href="/"><em class="fa fa-home">&nbsp;</em>Trang chủ</a> | <a href="javascript:history.back()"><em class="fa fa-reply">&nbsp;</em>Quay lại</a></div>
</div></div></body></html>""",
            status=status,
        )

    def not_found(self) -> Response:
        return self.info_die("Lỗi 404", "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.")

    def robots(self) -> str:
        lines = [
            "User-agent: *",
            "Disallow: /admin/",
            "Disallow: /assets/js/",
            "Disallow: /data/",
            "Disallow: /includes/",
            "Disallow: /install/",
            "Disallow: /modules/",
            "Disallow: /themes/",
            "Disallow: /vendor/",
            "Disallow: /users/",
            "Disallow: /CJzip.php",
            "Disallow: /mainfile.php",
            "Disallow: /robots.php",
            "Disallow: /web.config",
            f"Sitemap: {self.url('/sitemap.xml')}",
        ]
        return "\n".join(lines) + "\n"

    # ---- build -------------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/", self.html(self.page("Trang chủ", self.home_main(), module="news", home=True)))
        self.add("/index.php", self.routes["/"])
        news = self.listed()
        news_pages = self.pages_of(news)
        for number, items in enumerate(news_pages, start=1):
            path = "/news/" + (f"page-{number}/" if number > 1 else "")
            main = self.listing_main(
                "Tin Tức", "/news/", items, number, len(news_pages), others=self.after(news, items)
            )
            self.add(
                path, self.html(self.page("Tin Tức" + (f" - Trang {number}" if number > 1 else ""), main, crumbs=()))
            )
        for cat in (*self.cats, self.hidden, *self.empty):
            self.build_category(cat)
        for article in self.articles:
            self.build_article(article)
        for tag in {t for a in self.articles for t in self.tags(a)}:
            self.build_tag(tag)
        for alias, title, numbers in TOPICS:
            items = [self.by_number[n] for n in sorted(numbers, reverse=True) if n in self.by_number]
            self.add(
                f"/news/topic/{alias}/",
                self.html(self.page(title, self.topic_main(title, items), crumbs=(("Dòng sự kiện", "/news/topic/"),))),
            )
        self.add("/news/topic/", self.html(self.page("Dòng sự kiện", self.topics_index(), crumbs=())))
        gitems = [self.by_number[n] for n in GROUP[2] if n in self.by_number]
        self.add(
            f"/news/groups/{GROUP[0]}/",
            self.html(self.page(GROUP[1], self.listing_main(GROUP[1], f"/news/groups/{GROUP[0]}/", gitems, 1, 1))),
        )
        self.build_feeds()
        self.build_sitemaps()
        self.build_pages()
        self.build_laws()
        self.add("/robots.txt", self.text(self.robots()))

    def build_category(self, cat: NvCat) -> None:
        items = self.cat_items(cat)
        pinned = self.by_number.get(PINNED) if cat.alias == self.main.key else None
        rest = [a for a in items if a is not pinned]
        pages = self.pages_of(rest)
        for number, chunk in enumerate(pages, start=1):
            main = self.listing_main(
                cat.title,
                self.cat_path(cat),
                chunk,
                number,
                len(pages),
                cat=cat,
                pinned=pinned,
                others=self.after(rest, chunk),
            )
            title = cat.title + (f" - Trang {number}" if number > 1 else "")
            self.add(
                self.cat_path(cat, number), self.html(self.page(title, main, crumbs=((cat.title, self.cat_path(cat)),)))
            )
        rss = [a for a in items][:30]
        self.add(f"/news/rss/{cat.alias}/", self.xml(self.rss_xml(f"Tin Tức - {cat.title}", self.cat_path(cat), rss)))

    def after(self, items: list[CorpusArticle], chunk: list[CorpusArticle]) -> list[CorpusArticle]:
        """'Các tin khác': the next older items after a listing page."""
        if not chunk:
            return []
        last = items.index(chunk[-1])
        return items[last + 1 : last + 1 + ST_LINKS]

    def build_article(self, article: CorpusArticle) -> None:
        own = self.home_cat(article)
        self.add(self.link(article), self.html(self.detail_page(article, own)))
        self.add(self.link(article, own, "print"), self.html(self.print_page(article)))
        save = self.print_page(article, savefile=True).encode("utf-8")
        self.add(
            self.link(article, own, "savefile"),
            Response(
                200,
                save,
                f'text/x-delimtext; name="{self.alias(article)}.html"',
                {
                    "Content-Disposition": f"attachment; filename={self.alias(article)}.html",
                    "X-Powered-By": "PHP/7.2.34",
                },
            ),
        )
        name = FILES.get(article.number)
        if name:
            pdf = self.pdf(name, article)
            self.add(self.upload(article, name), pdf)
            self.add(f"{self.link(article)}?download=1&id=0", pdf)

    def build_tag(self, tag: str) -> None:
        items = [a for a in self.listed() if tag in self.tags(a)]
        pages = self.pages_of(items)
        alias = self.tag_alias(tag)
        for number, chunk in enumerate(pages, start=1):
            main = self.listing_main(f"Tags: {tag}", f"/news/tag/{alias}", chunk, number, len(pages), tag_alias=alias)
            page = self.html(self.page(f"Tags: {tag}", main, crumbs=()))
            if number == 1:
                self.add(f"/news/tag/{alias}", page)
            else:  # nv_url_rewrite() leaves 'op=tag/<alias>/page-N' alone: the pager keeps the index.php form
                self.add(f"/index.php?language=vi&nv=news&op=tag/{alias}/page-{number}", page)

    def build_feeds(self) -> None:
        self.add("/news/rss/", self.xml(self.rss_xml("Tin Tức", "/news/", self.listed()[:30])))
        rows = "".join(
            f'<li><a href="/news/rss/{c.alias}/"><img src="/assets/images/rss.png" alt="RSS"/> {esc(c.title)}</a></li>'
            for c in self.cats
        )
        main = f'<div class="panel panel-default"><div class="panel-heading"><h1>RSS</h1></div><div class="panel-body"><ul class="rss-list"><li><a href="/news/rss/"><img src="/assets/images/rss.png" alt="RSS"/> Tin Tức</a><ul>{rows}</ul></li></ul></div></div>'
        self.add("/rss/", self.html(self.page("RSS", main, module="rss", crumbs=(("RSS", "/rss/"),))))

    def build_sitemaps(self) -> None:
        self.add(
            "/sitemap.xml",
            self.xml(self.sitemap_index(["/sitemap-vi.news.xml", "/sitemap-vi.page.xml", "/sitemap-vi.laws.xml"])),
        )
        items = sorted(self.articles, key=lambda a: self.when[a.id].at, reverse=True)[:1000]
        rows = [(self.canonical_url(a), self.when[a.id].at.isoformat(), "daily", "0.8") for a in items]
        self.add("/sitemap-vi.news.xml", self.xml(self.urlset(rows)))
        pages = [
            (self.url(f"/{p.module}/{p.alias}.html"), "2019-05-06T08:00:00+07:00", "monthly", "0.5")
            for p in self.static_pages()
        ]
        self.add("/sitemap-vi.page.xml", self.xml(self.urlset(pages)))
        laws = [
            (
                self.url(f"/van-ban/detail/{law.alias}.html"),
                f"{law.issued.isoformat()}T08:00:00+07:00",
                "monthly",
                "0.6",
            )
            for law in LAWS
        ]
        self.add("/sitemap-vi.laws.xml", self.xml(self.urlset(laws)))

    def urlset(self, rows: list[tuple[str, str, str, str]]) -> str:
        body = "\n".join(
            f"<url><loc>{esc(loc)}</loc><lastmod>{mod}</lastmod><changefreq>{freq}</changefreq><priority>{prio}</priority></url>"
            for loc, mod, freq, prio in rows
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/themes/default/css/sitemap.xsl"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "\n</urlset>\n"
        )

    def xml(self, text: str) -> Response:
        return Response(200, text.encode("utf-8"), "text/xml; charset=utf-8", {"X-Powered-By": "PHP/7.2.34"})

    def rss_xml(self, title: str, link: str, items: list[CorpusArticle]) -> str:
        rows = []
        for a in items:
            gmt = self.when[a.id].at.astimezone(UTC)  # nv_rss_generate(): gmdate(...) . ' GMT'
            pub = f"{gmt:%a}, {gmt.day} {gmt:%b %Y %H:%M:%S} GMT"
            img = f'<img src="{self.url(self.thumb(a))}" width="100" align="left" border="0">'
            rows.append(
                f"<item><title>{esc(a.title)}</title><link>{esc(self.canonical_url(a))}</link>"
                f'<guid isPermaLink="false">news_{self.numeric_id(a)}</guid>'
                f"<description><![CDATA[{img}{self.teaser(a, 400)}]]></description><pubDate>{pub}</pubDate></item>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>{esc(title)}</title><link>{esc(self.url(link))}</link>"
            f'<atom:link href="{esc(self.url("/news/rss/"))}" rel="self" type="application/rss+xml"/>'
            f"<description>{esc(self.spec.name)}</description><language>vi</language>"
            f"<copyright>{esc(self.spec.name)}</copyright><docs>{esc(self.url('/rss/'))}</docs>"
            f"<generator>Nukeviet Version 4.x</generator>\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
        )

    def thumb(self, article: CorpusArticle) -> str:
        at = self.when[article.id].at
        return f"/assets/news/{at.year}_{at.month:02d}/{self.alias(article).lower()[:40]}.jpg"

    # ---- dynamic routes ----------------------------------------------------------------------------
    ARTICLE = re.compile(r"^/news/(?:(print|savefile|sendmail)/)?([A-Za-z0-9-]+)/([A-Za-z0-9-]*)-(\d+)\.html$")
    PAGER = re.compile(r"^/news/(?:([A-Za-z0-9-]+)/)?page-(\d+)/?$")

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        values = dict(params)
        if path.startswith("/vi/"):
            return self.redirect(path[3:] + self.query(params))
        if path == "/index.php" and values.get("nv") == "news" and "op" in values:
            return self.redirect(self.from_op(values["op"]))
        if "nvvithemever" in values:  # the desktop/mobile switch: sets the theme cookie, back to the page
            return self.redirect(self.decrypt(values.get("nv_redirect", "")) or "/", status=302)
        if path.startswith(("/uploads/", "/assets/")) and path.lower().endswith((".jpg", ".jpeg", ".png", ".gif")):
            return Response(200, GIF, "image/gif")
        if path in ("/seek/", "/news/search/"):
            page = self.page(
                "Tìm kiếm", self.search_main(values.get("q", "")), module="seek", crumbs=(("Tìm kiếm", path),)
            )
            return self.html(page.replace(SWITCH.decode(), self.encrypt(path)))
        if path == "/lich-cong-tac/":
            page = self.page(
                "Lịch công tác", self.schedule_main(values), module="lich-cong-tac", crumbs=(("Lịch công tác", path),)
            )
            return self.html(page.replace(SWITCH.decode(), self.encrypt(path)))
        found = self.ARTICLE.match(path)
        if found:
            return self.article_dynamic(path, found.group(1), found.group(2), int(found.group(4)), params)
        if re.fullmatch(r"/[A-Za-z0-9/-]*[A-Za-z0-9-]", path) and self.route_key(path + "/") in self.routes:
            return self.redirect(path + "/")  # .htaccess: a path without its slash gets one
        if params and self.route_key(path) in self.routes:
            return self.routes[self.route_key(path)]  # listings and pages ignore parameters they do not know
        paged = self.PAGER.match(path)
        if paged:  # 'Không cho tùy ý đánh số page': past the end (or page-1) back to the first page
            alias = paged.group(1)
            cats = [c for c in (*self.cats, self.hidden, *self.empty) if c.alias == alias]
            if alias is None:
                return self.redirect("/news/")
            if cats:
                return self.redirect(self.cat_path(cats[0]))
            return None
        if path.startswith("/news/") and path.endswith("/"):  # a category alias that is not one
            return self.redirect("/news/")
        return None

    def query(self, params: list[tuple[str, str]]) -> str:
        return ("?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in params)) if params else ""

    def from_op(self, op: str) -> str:
        """Where NukeViet sends a non-rewrite ``index.php?...&op=`` URL: its rewritten form."""
        found = re.fullmatch(r"([A-Za-z0-9-]+)/([A-Za-z0-9-]*)-(\d+)(?:\.html)?", op)
        if found and int(found.group(3)) in self.by_nid:
            return self.link(self.by_nid[int(found.group(3))])
        if op.startswith("tag/") or op.endswith(".html"):
            return "/news/" + op
        return "/news/" + op.strip("/") + "/"

    def article_dynamic(
        self, path: str, func: str | None, alias: str, nid: int, params: list[tuple[str, str]]
    ) -> Response | None:
        article = self.by_nid.get(nid)
        cats = self.cats_of(article) if article else []
        cat = next((c for c in cats if c.alias == alias), None)
        if article is None or cat is None:  # the id is not in that category's table
            if func:
                return None
            return self.info_die("Lỗi 404", "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.", refresh="/news/")
        values = dict(params)
        name = FILES.get(article.number)
        if func is None:
            if values.get("download") == "1" and name:  # handled before the alias check in detail.php
                return self.pdf(name, article)
            if values.get("pdf") == "1" and name:
                return self.html(self.pdf_viewer(article))
            return self.redirect(self.link(article))  # 'chuyen huong neu doi alias' (and any query string)
        if func == "sendmail":
            return self.html(self.sendmail_page(article))
        if func == "print":  # print.php checks the address against the category it was asked with
            expected = self.link(article, cat, "print")
            if path != expected or params:
                return self.redirect(expected)
            return self.html(self.print_page(article))
        return self.routes[self.route_key(self.link(article, None, "savefile"))]  # savefile.php: id and category only

    # ---- page chrome -------------------------------------------------------------------------------
    def page(
        self,
        title: str,
        main: str,
        module: str = "news",
        home: bool = False,
        crumbs: tuple[tuple[str, str], ...] = (),
        head: str = "",
        description: str = "",
    ) -> str:
        site = esc(self.spec.name)
        crumb_items = "".join(
            f'<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{esc(href)}" itemprop="url" title="{esc(t)}"><span class="txt" itemprop="title">{esc(t)}</span></a></li>'
            for t, href in crumbs
        )
        stats = (
            '<ul class="counter list-none display-table">'
            f'<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>{ONLINE.decode()}</span></li>'
            f'<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-sm"></em>Hôm nay</span><span>{TODAY.decode()}</span></li>'
            '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>18.406</span></li>'
            '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>4.872.315</span></li></ul>'
            '<p class="text-right"><a href="/statistics/">Xem thống kê</a></p>'
        )
        links = "".join(
            f'<li><a href="{esc(href)}" target="_blank" rel="noopener" title="{esc(name)}">{esc(name)}</a></li>'
            for name, href in LINKS
        )
        options = "".join(f'<option value="{esc(href)}">{esc(name)}</option>' for name, href in LINKS[:10])
        notices = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{self.link(a)}" title="{esc(a.title)}">{esc(a.title)}</a></li>'
            for a in self.listed("thong-bao")[:5]
        )
        newest = "".join(
            f'<li class="clearfix"><a href="{self.link(a)}" title="{esc(a.title)}">{esc(a.title)}</a></li>'
            for a in self.listed()[:8]
        )
        tophits = sorted(self.listed(), key=self.views, reverse=True)[:8]
        hits = "".join(
            f'<li class="clearfix"><a title="{esc(a.title)}" href="{self.link(a)}"><img src="{self.thumb(a)}" alt="" width="60" class="img-thumbnail pull-left mr-1"/></a>'
            f'<a title="{esc(a.title)}" href="{self.link(a)}">{esc(a.title)}</a></li>'
            for a in tophits
        )
        catblock = "".join(
            f'<li><a title="{esc(c.title)}" href="{self.cat_path(c)}">{esc(c.title)}</a>'
            + (
                "<ul>"
                + "".join(
                    f'<li><a title="{esc(e.title)}" href="{self.cat_path(e)}">{esc(e.title)}</a></li>'
                    for e in self.empty
                )
                + "</ul>"
                if c.slug == "tin-tuc"
                else ""
            )
            + "</li>"
            for c in self.cats
        )
        archive_bar = (
            '<div class="marquee-archive"><marquee behavior="scroll" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">'
            "Thực hiện chủ trương sắp xếp đơn vị hành chính, từ ngày 01/7/2025 thị xã Hoàng Mai kết thúc hoạt động. "
            f'Trang thông tin điện tử thị xã Hoàng Mai dừng cập nhật tin bài, chỉ lưu trữ thông tin đã đăng tải. <a href="{self.notice_link()}">Xem thông báo</a>'
            "</marquee></div>"
        )
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)} - {site}</title>
<meta name="description" content="{esc(description or title)}" />
<meta name="author" content="{site}" />
<meta name="copyright" content="{site} [webmaster@hoangmai.nghean.gov.vn]" />
<meta name="generator" content="NukeViet v4.3" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:description" content="{esc(description or title)}" />
<meta property="og:site_name" content="{site}" />
{head}<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
{"".join(f'<link rel="alternate" href="/news/rss/{c.alias}/" title="Tin Tức - {esc(c.title)}" type="application/rss+xml">' for c in self.cats)}
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1672815324">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1672815324">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css?t=1672815324">
<link rel="StyleSheet" href="{THEME}/css/style.css?t=1672815324">
<link rel="StyleSheet" href="{THEME}/css/style.responsive.css?t=1672815324">
<link rel="StyleSheet" href="{THEME}/css/custom.css?t=1672815324">
<link rel="StyleSheet" href="{THEME}/css/news.css?t=1672815324">
<script data-show="inline">(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{
(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),
m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
}})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
ga('create', 'UA-84613720-1', '.hoangmai.nghean.gov.vn');
ga('send', 'pageview');
</script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper bg-shadow-body">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{site}" href="/"><img src="/uploads/logo-hoangmai.png" width="120" height="120" alt="{site}" /></a>
<span class="site_name">{site}</span><span class="site_description">Tỉnh Nghệ An</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="banner-top"><img src="/uploads/banner-hoangmai.jpg" alt="Hoàng Mai - đô thị công nghiệp, cảng biển phía Bắc tỉnh Nghệ An" class="img-responsive"/></div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
{self.menu()}
</div></div></div></nav>
<nav class="header-nav"><div class="container">
<div class="personalArea"><a href="/users/login/?nv_redirect={SWITCH.decode()}" rel="nofollow" class="btn btn-default btn-sm"><em class="fa fa-user fa-lg"></em> Đăng nhập</a></div>
<div class="social-icons"><ul><li><a href="https://www.facebook.com/thixahoangmai" target="_blank"><em class="fa fa-facebook">&nbsp;</em><span class="hidden-xs">Facebook</span></a></li><li><a href="/news/rss/" class="rss"><em class="fa fa-rss">&nbsp;</em><span class="hidden-xs">Rss</span></a></li></ul></div>
<div class="contactDefault"><span class="hidden-xs">Hotline:</span> <a href="tel:02383866126">0238 3866 126</a> - <a href="mailto:ubnd@hoangmai.nghean.gov.vn">ubnd@hoangmai.nghean.gov.vn</a></div>
</div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">
<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>
<ul class="subs-breadcrumbs"></ul>
<ul class="temp-breadcrumbs hidden"><li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/" itemprop="url" title="Trang chủ"><span itemprop="title">Trang chủ</span></a></li>{crumb_items}</ul></div>
<span class="current-time">{self.now_text()}</span>
</div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>
</div></div></div></nav>
{archive_bar}
<div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Thông báo</div><div class="panel-body"><ul class="related list-none">{notices}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Chuyên mục</div><div class="panel-body"><ul class="nv-list-item">{catblock}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Tin đọc nhiều</div><div class="panel-body"><ul class="block_tophits list-none list-items">{hits}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Tin mới</div><div class="panel-body"><ul class="list-none list-items">{newest}</ul></div></div>
<div class="panel panel-default"><div class="panel-body text-center"><a href="/lich-cong-tac/" title="Lịch công tác"><img src="/uploads/banners/lich-cong-tac.png" alt="Lịch công tác" class="img-responsive"/></a>
<a href="/van-ban/" title="Văn bản chỉ đạo, điều hành"><img src="/uploads/banners/van-ban.png" alt="Văn bản" class="img-responsive"/></a>
<a href="https://dichvucong.gov.vn/" target="_blank" title="Cổng Dịch vụ công quốc gia"><img src="/uploads/banners/dvc-quocgia.png" alt="Cổng Dịch vụ công quốc gia" class="img-responsive"/></a>
<a href="https://dichvucong.nghean.gov.vn/" target="_blank" title="Dịch vụ công trực tuyến tỉnh Nghệ An"><img src="/uploads/banners/dvc-nghean.png" alt="Dịch vụ công Nghệ An" class="img-responsive"/></a></div></div>
<div class="panel panel-default"><div class="panel-heading">Liên kết website</div><div class="panel-body">
<select class="form-control" onchange="if(this.value!=''){{window.open(this.value,'_blank');}}"><option value="">-- Website xã, phường --</option>{options}</select>
<ul class="weblinks list-none">{links}</ul></div></div>
<div class="panel panel-default fix-thongke-truycap"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">{stats}</div></div>
</div>
</div>
</div></section>
</div>
<footer id="footer"><div class="wraper"><div class="row"><div class="col-xs-24 col-sm-24 col-md-24"><div class="wraper">
<ul class="footer-menu">{"".join(f'<li><a href="{self.cat_path(c)}">{esc(c.title)}</a></li>' for c in self.cats)}<li><a href="/van-ban/">Văn bản</a></li><li><a href="/contact/">Liên hệ</a></li><li><a href="/rss/">RSS</a></li></ul>
</div></div></div>
<div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-24 color-text-footer margin-footer-site">
<div class="footer-site"><p><strong>{site.upper()}</strong></p>
<p>Cơ quan chủ quản: {esc(self.spec.owner)}</p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Hải - Phó Chủ tịch UBND thị xã, Trưởng Ban Biên tập</p>
<p>Địa chỉ: {esc(self.spec.address)} - Điện thoại: 0238 3866 126 - Fax: 0238 3866 128 - Email: ubnd@hoangmai.nghean.gov.vn</p>
<p>{esc(self.spec.license)}</p>
<p>Ghi rõ nguồn “Trang thông tin điện tử thị xã Hoàng Mai” khi phát hành lại thông tin từ website này.</p></div>
<div class="col-md-8">&copy; Bản quyền thuộc về {site}</div>
<div class="col-md-16'>
<p class="text-center">Mã nguồn <a href="https://nukeviet.vn/vi/egov/">NukeViet eGovernment</a>.  Thiết kế bởi <a href="https://vinades.vn/">VINADES.,JSC</a>.   |  <a href="/siteterms/terms-and-conditions.html">Điều khoản sử dụng</a></p>
</div>
</div></div></div>
</div></footer>
<nav class="footerNav2"><div class="wraper"><div class="container">
<div class="theme-change"><span title="Chế độ giao diện đang hiển thị: Máy tính"><em class="fa fa-desktop fa-lg"></em></span><a href="/{module}/?nvvithemever=m&amp;nv_redirect={SWITCH.decode()}" rel="nofollow" title="Click để chuyển sang giao diện Di động"><em class="fa fa-mobile fa-lg"></em></a></div>
<div class="bttop"><a class="pointer"><em class="fa fa-eject fa-lg"></em></a></div>
</div></div></nav>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<div id="sitemodal" class="modal fade" role="dialog"><div class="modal-dialog"><div class="modal-content"><div class="modal-body"><em class="fa fa-spinner fa-spin">&nbsp;</em></div><button type="button" class="close" data-dismiss="modal"><span class="fa fa-times"></span></button></div></div></div>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{"main" if home else "detail"}",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Hm4i",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>
<script src="/assets/js/jquery/jquery.min.js?t=1672815324"></script>
<script src="/assets/js/language/vi.js?t=1672815324"></script>
<script src="/assets/js/global.js?t=1672815324"></script>
<script src="{THEME}/js/main.js?t=1672815324"></script>
<script src="{THEME}/js/custom.js?t=1672815324"></script>
<div id="fb-root"></div>
<script>(function(d, s, id) {{var js, fjs = d.getElementsByTagName(s)[0];if (d.getElementById(id)) return;js = d.createElement(s); js.id = id;js.src = "//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v3.2&appId=1638425449749027";fjs.parentNode.insertBefore(js, fjs);}}(document, 'script', 'facebook-jssdk'));</script>
<div id="run_cronjobs" style="visibility:hidden;display:none;"><img alt="" src="/index.php?second=cronjobs&amp;p={CRON.decode()}" width="1" height="1" /></div>
</body>
</html>"""

    def notice_link(self) -> str:
        notice = self.by_number.get(53)
        return self.link(notice) if notice and notice.access == "normal" else "/news/"

    def menu(self) -> str:
        s_pages = self.static_pages()
        about = "".join(
            f'<li><a href="/gioi-thieu/{p.alias}.html" title="{esc(p.title)}">{esc(p.title)}</a></li>'
            for p in s_pages
            if p.module == "gioi-thieu"
        )
        tin = "".join(
            f'<li><a href="{self.cat_path(e)}" title="{esc(e.title)}">{esc(e.title)}</a></li>' for e in self.empty
        )
        tin += f'<li><a href="/news/topic/" title="Dòng sự kiện">Dòng sự kiện</a></li><li><a href="/news/groups/{GROUP[0]}/" title="{GROUP[1]}">{GROUP[1]}</a></li>'

        def top(cat: NvCat, sub: str = "") -> str:
            caret = ' <strong class="caret">&nbsp;</strong>' if sub else ""
            inner = f'<ul class="subs_menu">{sub}</ul>' if sub else ""
            return f'<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="{self.cat_path(cat)}" role="button" aria-expanded="false" title="{esc(cat.title)}">{esc(cat.title)}{caret}</a>{inner}</li>'

        cats = {c.slug: c for c in self.cats}
        return (
            '<ul class="nav navbar-nav menu">'
            '<li><a class="home" title="Trang chủ" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang chủ</span></a></li>'
            f'<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/gioi-thieu/" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a><ul class="subs_menu">{about}</ul></li>'
            + top(cats["tin-tuc"], tin)
            + top(cats["van-hoa-xa-hoi"])
            + top(cats["mat-tran"])
            + top(cats["binh-dang-gioi"])
            + top(cats["thong-bao"])
            + '<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/van-ban/" role="button" aria-expanded="false" title="Văn bản">Văn bản <strong class="caret">&nbsp;</strong></a><ul class="subs_menu">'
            '<li><a href="/van-ban/" title="Văn bản chỉ đạo, điều hành">Văn bản chỉ đạo, điều hành</a></li><li><a href="https://vbpl.vn/" target="_blank" title="Văn bản quy phạm pháp luật">Văn bản quy phạm pháp luật</a></li><li><a href="/lich-cong-tac/" title="Lịch công tác">Lịch công tác</a></li></ul></li>'
            '<li><a href="/thu-tuc-hanh-chinh/" title="Thủ tục hành chính">Thủ tục hành chính</a></li>'
            '<li><a href="/faq/" title="Hỏi đáp">Hỏi đáp</a></li>'
            '<li><a href="/contact/" title="Liên hệ">Liên hệ</a></li>'
            "</ul>"
        )

    # ---- listings ----------------------------------------------------------------------------------
    def pager(self, base: str, page: int, pages: int, tag_alias: str | None = None) -> str:
        """nv_alias_page() of NukeViet 4.x, markup slip of the active page in the short form included."""
        if pages < 2:
            return ""

        def href(n: int) -> str:
            if n == 1:
                return base
            if tag_alias:
                return f"/index.php?language=vi&amp;nv=news&amp;op=tag/{tag_alias}/page-{n}"
            return f"{base}page-{n}/"

        title = "Trang"
        out = (
            '<li class="active"><a href="#">1</a></li>'
            if page == 1
            else f'<li><a rel="prev" title="{title} 1" href="{href(1)}">1</a></li>'
        )

        def item(i: int) -> str:
            if i == page:
                return f'<li class="active"><a href="#">{i}</a></li>'
            rel = "next" if i > page else "prev"
            return f'<li><a rel="{rel}" title="{title} {i}" href="{href(i)}">{i}</a></li>'

        if pages > 7:
            if page < 4:
                out += "".join(item(i) for i in range(2, 3))
            if 1 < page < pages:
                if page > 3:
                    out += '<li class="disabled"><span>...</span></li>'
                low = page if page > 3 else 4
                high = page if page < pages - 3 else pages - 3
                out += "".join(item(i) for i in range(low - 1, high + 2))
                if page < pages - 3:
                    out += '<li class="disabled"><span>...</span></li>'
            else:
                out += '<li class="disabled"><span>...</span></li>'
            start = pages if pages - page > 3 else pages - 1
            out += "".join(item(i) for i in range(start, pages + 1))
        else:
            for i in range(2, pages + 1):
                out += f'<li class="active"><a href="#">{i}</a><li>' if i == page else item(i)
        prev = (
            f'<li><a rel="prev" title="{title} {page - 1}" href="{href(page - 1)}">&laquo;</a></li>'
            if page > 1
            else '<li class="disabled"><a href="#">&laquo;</a></li>'
        )
        nxt = (
            f'<li><a rel="next" title="{title} {page + 1}" href="{href(page + 1)}">&raquo;</a></li>'
            if page < pages
            else '<li class="disabled"><a href="#">&raquo;</a></li>'
        )
        return f'<div class="clearfix"></div><div class="text-right genpage_nobottom genpage_cute"><ul class="pagination">{prev}{out}{nxt}</ul></div>'

    def list_item(self, article: CorpusArticle, cat: NvCat | None, featured: bool = False) -> str:
        href = self.link(article, cat) if cat else self.link(article)
        heading = "h2" if featured else "h3"
        return f"""<div class="panel panel-default"><div class="panel-body{" featured" if featured else ""}">
<a href="{href}" title="{esc(article.title)}"><img alt="{esc(article.title)}" src="{self.thumb(article)}" width="160" class="img-thumbnail pull-left imghome" /></a>
<{heading}><a href="{href}" title="{esc(article.title)}">{esc(article.title)}</a></{heading}>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {self.list_time(article)}</li><li><em class="fa fa-eye">&nbsp;</em> Đã xem: {self.views(article)}</li></ul></div>
{esc(self.teaser(article, 300))}
<div class="viewmore text-right"><a href="{href}" class="more">Xem tiếp...&nbsp;<i class="fa fa-caret-right" aria-hidden="true"></i></a></div>
</div></div>"""

    def listing_main(
        self,
        heading: str,
        base: str,
        items: list[CorpusArticle],
        page: int,
        pages: int,
        cat: NvCat | None = None,
        pinned: CorpusArticle | None = None,
        others: list[CorpusArticle] | None = None,
        tag_alias: str | None = None,
    ) -> str:
        rows = (self.list_item(pinned, cat, featured=True) if pinned else "") + "".join(
            self.list_item(a, cat) for a in items
        )
        if not items and not pinned:
            rows = ""  # an empty category prints its heading and nothing else
        related = ""
        if others:
            related = (
                '<hr/><div class="box-icon-title box-icon-title-notop"><h4 class="h2">Các tin khác</h4></div><ul class="related related-square">'
                + "".join(
                    f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{self.link(a, cat) if cat else self.link(a)}" title="{esc(a.title)}">{esc(a.title)} <em>({self.day(a)}) </em></a></li>'
                    for a in others
                )
                + "</ul>"
            )
        return (
            f'<div class="box-icon-title box-icon-title-notop"><h2>{esc(heading)}</h2></div>'
            f'<div class="news_column listpage">{rows}</div>{self.pager(base, page, pages, tag_alias)}{related}'
        )

    def home_main(self) -> str:
        group = [self.by_number[n] for n in GROUP[2] if n in self.by_number and self.by_number[n].access == "normal"]
        slides = "".join(
            f'<div class="item{" active" if i == 0 else ""}"><a href="{self.link(a)}" title="{esc(a.title)}"><img src="{self.thumb(a)}" alt="{esc(a.title)}" class="img-responsive"/></a>'
            f'<div class="carousel-caption"><h3><a href="{self.link(a)}" title="{esc(a.title)}">{esc(a.title)}</a></h3></div></div>'
            for i, a in enumerate(group[:5])
        )
        latest = self.listed()[:6]
        first = latest[0]
        newest = (
            f'<div class="news-first"><a href="{self.link(first)}"><img src="{self.thumb(first)}" alt="{esc(first.title)}" class="img-thumbnail pull-left" width="220"/></a>'
            f'<h3><a href="{self.link(first)}" title="{esc(first.title)}">{esc(first.title)}</a></h3><p>{esc(self.teaser(first, 260))}</p></div>'
            '<ul class="related list-none">'
            + "".join(
                f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{self.link(a)}" title="{esc(a.title)}">{esc(a.title)}</a></li>'
                for a in latest[1:]
            )
            + "</ul>"
        )
        boxes = ""
        for cat in self.cats:
            items = self.cat_items(cat)[:5]
            if not items:
                continue
            lead = items[0]
            # the category box builds every link with its own category (global.news_cat_titlebox)
            boxes += (
                f'<div class="panel panel-default news-cat-titlebox"><div class="panel-heading"><h2><a href="{self.cat_path(cat)}" title="{esc(cat.title)}">{esc(cat.title)}</a></h2></div><div class="panel-body">'
                f'<div class="col-md-12"><a href="{self.link(lead, cat)}"><img src="{self.thumb(lead)}" alt="" class="img-responsive"/></a><h3><a href="{self.link(lead, cat)}" title="{esc(lead.title)}">{esc(lead.title)}</a></h3><p>{esc(self.teaser(lead, 200))}</p></div>'
                '<div class="col-md-12"><ul class="related list-none">'
                + "".join(
                    f'<li><a href="{self.link(a, cat)}" title="{esc(a.title)}">{esc(a.title)}</a></li>'
                    for a in items[1:]
                )
                + f'</ul><p class="text-right"><a class="more" href="{self.cat_path(cat)}">Xem thêm</a></p></div></div></div>'
            )
        laws = "".join(
            f'<li><a href="/van-ban/detail/{law.alias}.html" title="{esc(law.summary)}"><strong>{esc(law.number)}</strong> - {esc(law.summary)}</a> <em>({law.issued:%d/%m/%Y})</em></li>'
            for law in sorted(LAWS, key=lambda x: x.issued, reverse=True)[:5]
        )
        return (
            f'<div class="panel panel-default"><div class="panel-heading"><a href="/news/groups/{GROUP[0]}/">{GROUP[1]}</a></div><div class="panel-body"><div id="carousel-tieudiem" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div></div></div>'
            f'<div class="panel panel-default"><div class="panel-heading"><a href="/news/">Tin mới</a></div><div class="panel-body">{newest}</div></div>'
            f"{boxes}"
            f'<div class="panel panel-default"><div class="panel-heading"><a href="/van-ban/">Văn bản mới</a></div><div class="panel-body"><ul class="laws list-none">{laws}</ul></div></div>'
        )

    def topic_main(self, title: str, items: list[CorpusArticle]) -> str:
        rows = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{self.link(a)}" title="{esc(a.title)}">{esc(a.title)}</a> <em>({self.when[a.id].at:%H:%M %d/%m/%Y})</em></li>'
            for a in items
            if a.access == "normal"
        )
        return f'<div class="box-icon-title box-icon-title-notop"><h2>{esc(title)}</h2></div><div class="news_column"><ul class="related related-square topic-list">{rows}</ul></div>'

    def topics_index(self) -> str:
        rows = "".join(
            f'<li><a href="/news/topic/{alias}/" title="{esc(t)}">{esc(t)}</a></li>' for alias, t, _ in TOPICS
        )
        return f'<div class="box-icon-title box-icon-title-notop"><h2>Dòng sự kiện</h2></div><ul class="related related-square">{rows}</ul>'

    # ---- article pages -----------------------------------------------------------------------------
    def detail_page(self, article: CorpusArticle, cat: NvCat) -> str:
        when = self.when[article.id]
        canonical = self.canonical_url(article)
        tags = self.tags(article)
        description = (self.hometext(article) or article.paragraphs[0])[:160]
        head = (
            f'<meta name="keywords" content="{esc(", ".join(tags))}" />\n<meta name="news_keywords" content="{esc(", ".join(tags))}" />\n'
            f'<meta property="og:type" content="article" />\n<meta property="og:url" content="{esc(canonical)}" />\n'
            f'<meta property="og:image" content="{esc(self.url(self.thumb(article)))}" />\n'
            f'<meta property="article:published_time" content="{self.meta_time(when.at)}" />\n'
            f'<meta property="article:modified_time" content="{self.meta_time(self.edited(article))}" />\n'
            f'<meta property="article:section" content="{esc(self.home_cat(article).title)}" />\n'
            + "".join(f'<meta property="article:tag" content="{esc(t)}" />\n' for t in tags)
            + f'<link rel="canonical" href="{esc(canonical)}" />\n'
        )
        crumbs = ((cat.title, self.cat_path(cat)),)
        return self.page(
            article.title, self.detail_main(article, cat), head=head, crumbs=crumbs, description=description
        )

    def edited(self, article: CorpusArticle) -> datetime:
        at = self.when[article.id].at
        return (
            at + timedelta(minutes=7 + article.number % 50) if article.number % 3 else at + timedelta(days=1, hours=2)
        )

    def detail_main(self, article: CorpusArticle, cat: NvCat) -> str:
        alias = f"{cat.alias}/{self.alias(article)}-{self.numeric_id(article)}.html"
        send = f"/news/sendmail/{alias}"
        printed = f"/news/print/{alias}"
        save = f"/news/savefile/{alias}"
        title_js = esc(article.title).replace("'", "\\'")
        hometext = self.hometext(article)
        figure = ""
        if article.number % 4 != 1:  # the home image, its alt note printed as a caption when the editor gave one
            note = PHOTOS[article.number][1] if article.number in PHOTOS and article.number % 2 == 0 else ""
            figure = (
                f'<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');"><div id="imgpreview" style="width:160px;">'
                f'<p class="text-center"><img alt="{esc(note or article.title)}" src="{self.thumb(article)}" class="img-thumbnail"/></p>'
                + (f"<figcaption>{esc(note)}</figcaption>" if note else "")
                + "</div></figure>"
            )
        sapo = (
            f'<div class="clearfix">{figure}<div class="hometext m-bottom">{esc(hometext)}</div></div>'
            if hometext or figure
            else ""
        )
        files = ""
        name = FILES.get(article.number)
        if name:
            files = (
                '<div class="panel panel-default"><div class="panel-heading"><i class="fa fa-download fa-fw"></i><strong>File đính kèm</strong></div>'
                '<div class="list-group news-download-file"><div class="list-group-item">'
                f'<span class="badge"><a role="button" data-toggle="collapse" href="#pdf{stable_token(name, 8)}" aria-expanded="false"><i class="fa fa-file-pdf-o" data-rel="tooltip" data-content="Xem nhanh"></i></a></span>'
                f'<a href="{self.link(article)}?download=1&amp;id=0" title="Tải về {esc(name)}">Tải về: <strong>{esc(name)}</strong></a>'
                f'<div class="clearfix"></div><div class="collapse" id="pdf{stable_token(name, 8)}" data-src="{self.link(article)}?pdf=1&amp;id=0" data-toggle="collapsepdf"><div class="well margin-top"><iframe frameborder="0" height="600" scrolling="yes" src="" width="100%"></iframe></div></div>'
                "</div></div></div>"
            )
        author = ""
        source = SOURCES.get(article.number)
        if (article.author_style == "label" and article.author) or source:
            author = '<div class="margin-bottom-lg">'
            if article.author_style == "label" and article.author:
                author += f'<p class="h5 text-right"><strong>Tác giả bài viết: </strong>{esc(article.author)}</p>'
            if source:
                shown = (
                    f'<a title="{esc(source[0])}" rel="nofollow" href="{source[1]}">{esc(source[1].split("//")[1])}</a>'
                    if source[1]
                    else esc(source[0])
                )
                author += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{shown}</p>'
            author += "</div>"
        tags = self.tags(article)
        keywords = ""
        if tags:
            keywords = (
                '<div class="news_column panel panel-default newsdetailbox"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                + ", ".join(
                    f'<a title="{esc(t)}" href="/news/tag/{self.tag_alias(t)}"><em>{esc(t)}</em></a>' for t in tags
                )
                + "</div></div></div>"
            )
        votes = article.number % 4
        total = votes * 4 + (article.number % 2)
        rating = (
            '<div class="news_column panel panel-default newsdetailbox"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix">'
            f'<p id="stringrating">Tổng số điểm của bài viết là: {total} trong {votes} đánh giá</p>'
            + (
                f'<span itemscope itemtype="http://data-vocabulary.org/Review-aggregate">Xếp hạng: <span itemprop="rating" id="numberrating">{round(total / votes, 1)}</span> - <span itemprop="votes" id="click_rating">{votes}</span> phiếu bầu</span>'
                if votes
                else ""
            )
            + '<div style="padding: 5px;">'
            + "".join(
                f'<input class="hover-star" type="radio" value="{i + 1}" title="{esc(t)}" />'
                for i, t in enumerate(self.s["rating_levels"])
            )
            + '<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form>'
            f'<script>$(function(){{var sr=0;$(".hover-star").rating({{callback:function(b,c){{1==sr&&(sr=2,$(".hover-star").rating("disable"),sendrating("{self.numeric_id(article)}",b,"{stable_token(article.id, 32)}"))}}}});$(".hover-star").rating("select","{round(total / votes) if votes else 0}")}})</script>'
            "</div></div>"
        )
        social = (
            '<div class="news_column panel panel-default newsdetailbox"><div class="panel-body"><div class="socialicon clearfix margin-bottom-lg">'
            f'<div class="fb-like" data-href="{esc(self.canonical_url(article))}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>'
            f'<div class="zalo-share-button" data-href="{esc(self.canonical_url(article))}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>'
            "</div></div></div>"
        )
        comments = "".join(
            f'<div class="comment-item"><div class="comment-info"><strong>{esc(who)}</strong> <em class="text-muted">{esc(when)}</em></div><div class="comment-content">{esc(text)}</div></div>'
            for who, when, text in COMMENTS.get(article.number, ())
        )
        comment = (
            '<div class="news_column panel panel-default newsdetailbox"><div class="panel-body"><div id="idcomment" class="nv-fullbg" data-module="news" data-content="news" data-area="8" data-id="'
            f'{self.numeric_id(article)}" data-allowed="4" data-checkss="{CHECKSS.decode()}">'
            f'<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>'
            '<div class="col-xs-12 text-right"><select id="sort" class="form-control"><option value="0" selected="selected">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp xếp theo số lượt thích</option></select></div></div>'
            f'<div id="showcomment" class="margin-bottom-lg">{comments}</div>'
            '<div id="formcomment" class="comment-form"><form method="post" role="form" target="submitcommentarea" action="/comment/post/" onsubmit="return nv_commment_submit(this);" autocomplete="off" novalidate>'
            '<input type="hidden" name="pid" value="0"/><div class="form-group clearfix"><div class="row"><div class="col-xs-12"><input type="text" name="name" value="" class="form-control" placeholder="Tên của bạn"/></div>'
            '<div class="col-xs-12"><input type="email" name="email" value="" class="form-control" placeholder="Email"/></div></div></div>'
            '<div class="form-group clearfix"><textarea class="form-control" style="width: 100%" name="content" id="commentcontent" cols="20" rows="5"></textarea></div>'
            f'<div class="form-group clearfix"><img class="captchaImg" alt="Mã bảo mật" src="/index.php?scaptcha=captcha&amp;t={CRON.decode()}" width="150" height="40"/><em class="fa fa-pointer fa-refresh margin-left margin-right" title="Thay mới" onclick="change_captcha(\'.commentcaptcha\');"></em>'
            '<input type="text" placeholder="Mã bảo mật" maxlength="6" value="" class="commentcaptcha form-control" name="code"/></div>'
            '<div class="form-group text-center"><input type="button" value="Thiết lập lại" class="reset btn btn-default"/> <input type="submit" value="Gửi bình luận" class="btn btn-primary"/></div></form>'
            '<iframe class="hidden" id="submitcommentarea" name="submitcommentarea"></iframe></div></div></div></div>'
        )
        topic = ""
        found = self.topic_of(article)
        if found:
            members = [
                self.by_number[n]
                for n in sorted(found[2], reverse=True)
                if n != article.number and n in self.by_number and self.by_number[n].access == "normal"
            ]
            if members:
                topic = (
                    '<div class="news_column panel panel-default newsdetailbox"><div class="panel-body other-news"><div class="clearfix"><div class="box-icon-title box-icon-title-notop">Theo dòng sự kiện</div>'
                    '<div class="clearfix"><ul class="related related-square">'
                    + "".join(
                        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{self.link(a)}" title="{esc(a.title)}"><h4>{esc(a.title)}</h4></a><em>({self.day(a)})</em></li>'
                        for a in members[:ST_LINKS]
                    )
                    + f'</ul></div><p class="text-right"><a class="more" title="{esc(found[1])}" href="/news/topic/{found[0]}/">Xem tiếp...&nbsp;<i class="fa fa-caret-right" aria-hidden="true"></i></a></p></div></div></div>'
                )
        newer, older = self.newer_older(article, cat)

        def rel(items: list[CorpusArticle], ident: str) -> str:
            return (
                f'<div class="clearfix" id="{ident}"><ul class="related related-square">'
                + "".join(
                    f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{self.link(a, cat)}" title="{esc(a.title)}"><h4>{esc(a.title)}</h4></a><em>({self.day(a)})</em></li>'
                    for a in items
                )
                + "</ul></div>"
            )

        others = ""
        if newer or older:
            tabs = (
                '<li><a href="#news-relatednew" class="active" data-toggle="faqoptab">Những tin mới hơn</a></li>'
                if newer
                else ""
            ) + ('<li><a href="#news-related" data-toggle="faqoptab">Những tin cũ hơn</a></li>' if older else "")
            others = (
                '<div class="news_column panel panel-default newsdetailbox"><div class="panel-body other-news faqopinion"><div class="optabarea">'
                f'<div class="tptabtitle"><ul>{tabs}</ul></div><div class="tptabcontent tabtrue">'
                + (rel(newer, "news-relatednew") if newer else "")
                + (rel(older, "news-related") if older else "")
                + "</div></div></div></div>"
            )
        return f"""<div class="news_column panel panel-default newsdetail">
<div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(article.title)}</h1>
<div class="row margin-bottom-lg newsdetailmetatop">
<div class="col-md-12"><span class="h5"><i class="fa fa-clock-o" aria-hidden="true"></i>{self.detail_time(article)}</span>
<span class="h5"><i class="fa fa-eye" aria-hidden="true"></i>{self.views(article)}</span>
<span class="h5"><i class="fa fa-comment-o" aria-hidden="true"></i>{len(COMMENTS.get(article.number, ()))}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{send}','{title_js}',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{printed}','{title_js}',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{save}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div>
</div>
{sapo}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg{" has-attach" if files else ""}">
{self.body_html(article)}
</div>
{files}
{author}
</div>
</div>
{keywords}
{rating}
{social}
{comment}
{topic}
{others}
<script type="text/javascript" src="/assets/editors/ckeditor/plugins/codesnippet/lib/highlight/highlight.pack.js"></script>
<script type="text/javascript">hljs.initHighlightingOnLoad();</script>"""

    # ---- bodies ------------------------------------------------------------------------------------
    def body_style(self, article: CorpusArticle) -> str:
        year = self.when[article.id].at.year
        if year <= 2017:
            return "word"
        if year <= 2020:
            return "ck"
        if year <= 2023:
            return "span"
        return "div" if article.number % 2 == 0 else "ck"

    def para(self, text: str, style: str, first: bool = False) -> str:
        t = esc(text)
        if style == "word":
            return (
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal">'
                f'<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">{t}</span>'
                '<span style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif"><o:p></o:p></span></p>'
            )
        if style == "span":
            return f'<p style="text-align:justify"><span style="font-size:14px"><span style="font-family:Arial,Helvetica,sans-serif">{t}</span></span></p>'
        indent = "&nbsp; &nbsp; &nbsp;" if not first else ""
        return f'<p style="text-align: justify;">{indent}{t}</p>'

    def body_html(self, article: CorpusArticle) -> str:
        style = self.body_style(article)
        n = article.number
        blocks: list[str] = []
        if article.author_style == "byline" and article.author:
            credit = "Bài và ảnh" if n in PHOTOS else "Bài"
            blocks.append(f'<p style="text-align: right;"><em>{credit}: {esc(article.author)}</em></p>')
        if not article.lead and (FILES.get(n) or article.category == "thong-bao"):  # the place-and-date line
            at = self.when[article.id].at
            blocks.append(
                f'<p style="text-align: right;"><em>Hoàng Mai, ngày {at.day:02d} tháng {at.month:02d} năm {at.year}</em></p>'
            )
        texts = ([article.lead] if n in DUP_LEAD and article.lead else []) + list(article.paragraphs)
        extras: dict[int, list[str]] = {}
        offset = 1 if n in DUP_LEAD and article.lead else 0
        if n in PHOTOS:
            after, caption, credit = PHOTOS[n]
            extras.setdefault(after + offset, []).append(self.photo_html(article, caption, credit, style))
        if n in TABLES:
            after, title, rows = TABLES[n]
            extras.setdefault(after + offset, []).append(self.table_html(title, rows, style))
        if style == "div":  # one justified <div> of <br /> runs, broken where a photo or a table sits
            run: list[str] = []
            for i, text in enumerate(texts):
                run.append(esc(text))
                if i in extras or i == len(texts) - 1:
                    blocks.append('<div style="text-align: justify;">' + "<br />\n<br />\n".join(run) + "</div>")
                    blocks.extend(extras.get(i, []))
                    run = []
        else:
            for i, text in enumerate(texts):
                blocks.append(self.para(text, style, first=i == 0))
                blocks.extend(extras.get(i, []))
        blocks.extend(self.inline_links(article))
        name = FILES.get(n)
        if name:
            word = "Kế hoạch" if any(d.kind == "Kế hoạch" for d in article.documents) else "văn bản"
            blocks.append(
                f'<p><em>(Chi tiết {word} xem tại đây: <a href="{self.upload(article, name)}" target="_blank">{esc(name)}</a>)</em></p>'
            )
        blocks.append(self.signature_html(article, style))
        html = "\n".join(b for b in blocks if b)
        if n in NFD_BODIES:
            html = unicodedata.normalize("NFD", html)
        return html

    def photo_html(self, article: CorpusArticle, caption: str, credit: str, style: str) -> str:
        at = self.when[article.id].at
        src = f"/uploads/news/{at.year}_{at.month:02d}/{stable_token(article.id + caption, 10)}.jpg"
        text = esc(caption) + (f" ({esc(credit)})" if credit else "")
        if style in ("word", "ck"):
            return (
                f'<p style="text-align: center;"><img alt="{esc(caption)}" height="400" src="{src}" width="600" /></p>'
                f'<p style="text-align: center;"><em>{text}</em></p>'
            )
        return f'<figure class="image" style="display:inline-block"><img alt="" height="400" src="{src}" width="600" /><figcaption>{text}</figcaption></figure>'

    def table_html(self, title: str, rows: tuple[tuple[str, ...], ...], style: str) -> str:
        head, *body = rows
        cells = "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in head)
        lines = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in body)
        return (
            f'<p style="text-align: center;"><strong>{esc(title)}</strong></p>'
            f'<table border="1" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>{cells}</tr>{lines}</tbody></table>'
        )

    def inline_links(self, article: CorpusArticle) -> list[str]:
        """'Tin liên quan' / 'Xem thêm' lines editors pasted into bodies, with the URL forms they copied."""
        picks = {
            34: (4, "index"),  # the admin preview URL: absolute, non-rewrite, so nv_url_rewrite leaves it
            47: (34, "fbclid"),  # copied from the town's Facebook page
            38: (12, "vi"),  # copied in 2016-2018 when the site still printed the /vi/ segment
            52: (49, "plain"),
        }
        if article.number not in picks:
            return []
        number, form = picks[article.number]
        other = self.by_number.get(number)
        if other is None or other.access != "normal":
            return []
        if form == "index":
            cat = self.home_cat(other)
            href = f"{self.base}/index.php?language=vi&amp;nv=news&amp;op={cat.alias}/{self.alias(other)}-{self.numeric_id(other)}.html"
        elif form == "fbclid":
            href = f"{self.base}{self.link(other)}?fbclid=IwAR2x8kQ0mZ7vRgHn3LqYp5sTe1_dJwB4uVcN6oKfA9hXiLrG0yMbW"
        elif form == "vi":
            href = f"/vi{self.link(other)}"
        else:
            href = self.link(other)
        label = "Tin liên quan" if article.number % 2 else "Xem thêm"
        return [f'<p><strong>{label}:</strong></p><ul><li><a href="{href}">{esc(other.title)}</a></li></ul>']

    def signature_html(self, article: CorpusArticle, style: str) -> str:
        if article.author_style != "signature" or not article.author:
            return ""
        name = esc(article.author)
        if article.number % 5 == 3 and article.author in UNITS:  # some writers sign with their unit
            name += f" - {esc(UNITS[article.author])}"
        if style == "word":
            return (
                '<p align="right" class="MsoNormal" style="margin-bottom:6.0pt;text-align:right;line-height:normal">'
                f'<b><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">{name}<o:p></o:p></span></b></p>'
            )
        if article.number % 2:
            return f'<p style="text-align: right;"><strong>{name}</strong></p>'
        return f'<p style="text-align: right;"><strong><em>{name}</em></strong></p>'

    # ---- print, savefile, sendmail, viewer ---------------------------------------------------------
    def print_page(self, article: CorpusArticle, savefile: bool = False) -> str:
        canonical = self.canonical_url(article)
        body = self.body_html(article)
        if savefile:  # nv_src_href_callback(): relative src and href made absolute
            body = re.sub(r'(src|href)="(/[^"]*)"', lambda m: f'{m.group(1)}="{self.base}{m.group(2)}"', body)
        author = (
            f"<p><strong>Tác giả:</strong> {esc(article.author)}</p>"
            if article.author_style == "label" and article.author
            else ""
        )
        source = SOURCES.get(article.number)
        if source:
            author += f"<p><strong>Nguồn tin:</strong> {esc(source[0])}</p>"
        return f"""<!DOCTYPE html>
<html lang="vi"><head><title>{esc(article.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="NukeViet v4.3" />
{"" if savefile else f'<link rel="canonical" href="{esc(canonical)}" />'}
<link rel="StyleSheet" href="{self.base if savefile else ""}{THEME}/css/bootstrap.min.css">
<link rel="StyleSheet" href="{self.base if savefile else ""}/themes/default/css/printpage.css">
</head><body>
<style type="text/css">body{{background: #fff;}}</style>
<div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(self.spec.name)}</h2><p class="pull-right"><a title="{esc(self.spec.name)}" href="{self.base}/">{self.base}</a></p></div>
<div class="clear"></div><hr />
<div id="content">
<h1>{esc(article.title)}</h1>
<ul class="list-inline"><li>{self.detail_time(article)}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>
<div id="hometext">{esc(self.hometext(article))}</div>
<div id="bodytext" class="clearfix">{body}</div>
<div id="author">{author}</div>
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong><a href="{esc(canonical)}" title="{esc(article.title)}">{esc(canonical)}</a>
</div>
<div class="clear"></div>
<div class="copyright">&copy; {esc(self.spec.name)}</div>
<div id="contact"><a href="mailto:ubnd@hoangmai.nghean.gov.vn">ubnd@hoangmai.nghean.gov.vn</a></div>
</div>
</div>
</body></html>"""

    def sendmail_page(self, article: CorpusArticle) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Gửi bài viết qua email - {esc(self.spec.name)}</title>
<meta name="robots" content="noindex, nofollow" /><link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css"></head>
<body><div class="sendmail"><h2>Gửi bài viết qua email</h2><p><strong>{esc(article.title)}</strong></p>
<form id="sendmailForm" action="/news/sendmail/{self.home_cat(article).alias}/{self.alias(article)}-{self.numeric_id(article)}.html" method="post">
<div class="form-group"><label>Tên của bạn</label><input type="text" name="name" class="form-control"/></div>
<div class="form-group"><label>Email của bạn</label><input type="email" name="youremail" class="form-control"/></div>
<div class="form-group"><label>Email người nhận</label><input type="email" name="email" class="form-control"/></div>
<div class="form-group"><label>Nội dung</label><textarea name="content" class="form-control" rows="5"></textarea></div>
<input type="hidden" name="checkss" value="{CHECKSS.decode()}"/><input type="submit" value="Gửi" class="btn btn-primary"/></form></div></body></html>"""

    def pdf_viewer(self, article: CorpusArticle) -> str:
        name = FILES[article.number]
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/><title>{esc(name)}</title><meta name="robots" content="noindex"/></head>
<body style="margin:0"><iframe src="/assets/js/pdf.js/web/viewer.html?file={quote(self.link(article) + "?download=1&id=0", safe="")}" width="100%" height="100%" frameborder="0"></iframe></body></html>"""

    # ---- search and schedule -----------------------------------------------------------------------
    def search_main(self, q: str) -> str:
        q = unquote(q).strip()
        hits = [
            a for a in self.articles if q and (q.casefold() in a.title.casefold() or q.casefold() in a.body.casefold())
        ][:20]
        rows = "".join(
            f'<div class="result"><h3><a href="{self.link(a)}">{esc(a.title)}</a></h3><p class="text-muted">{self.day(a)}</p><p>{esc(self.teaser(a, 220))}</p></div>'
            for a in hits
        )
        form = f'<form action="/seek/" method="get" class="form-inline"><input type="text" name="q" value="{esc(q)}" class="form-control"/> <input type="submit" value="Tìm kiếm" class="btn btn-primary"/></form>'
        found = (
            f"<p>Có {len(hits)} kết quả phù hợp với từ khóa <strong>{esc(q)}</strong></p>"
            if q
            else "<p>Vui lòng nhập từ khóa tìm kiếm (tối thiểu 3 ký tự).</p>"
        )
        return f'<div class="box-icon-title box-icon-title-notop"><h2>Tìm kiếm</h2></div>{form}{found}{rows}'

    def schedule_main(self, values: dict[str, str]) -> str:
        try:
            week = int(values.get("week", ""))
            year = int(values.get("year", ""))
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            monday = NOW.date() - timedelta(days=NOW.weekday())
        year, week, _ = monday.isocalendar()
        prev = monday - timedelta(days=7)
        nxt = monday + timedelta(days=7)
        days = "".join(
            f"<tr><td>{self.s['weekdays'][i]}<br/>{monday + timedelta(days=i):%d/%m/%Y}</td><td>"
            + ("Lãnh đạo UBND thị xã làm việc tại cơ quan." if monday < ARCHIVED and i < 5 else "")
            + "</td></tr>"
            for i in range(7)
        )
        empty = "" if monday < ARCHIVED else '<p class="alert alert-info">Không có lịch công tác trong tuần này.</p>'
        return (
            f'<div class="box-icon-title box-icon-title-notop"><h2>Lịch công tác tuần {week} năm {year}</h2></div>'
            f"<p>Từ ngày {monday:%d/%m/%Y} đến ngày {monday + timedelta(days=6):%d/%m/%Y}</p>"
            f'<p><a href="/lich-cong-tac/?week={prev.isocalendar()[1]}&amp;year={prev.isocalendar()[0]}">&laquo; Tuần trước</a> | '
            f'<a href="/lich-cong-tac/?week={nxt.isocalendar()[1]}&amp;year={nxt.isocalendar()[0]}">Tuần sau &raquo;</a></p>'
            f'{empty}<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Nội dung</th></tr></thead><tbody>{days}</tbody></table>'
        )

    # ---- other modules -----------------------------------------------------------------------------
    def static_pages(self) -> list[StaticPage]:
        updating = "<p>Nội dung đang được cập nhật...</p>"
        return [
            StaticPage(
                "gioi-thieu",
                "Tong-quan-ve-thi-xa-Hoang-Mai",
                "Tổng quan về thị xã Hoàng Mai",
                "<p>Thị xã Hoàng Mai được thành lập theo Nghị quyết số 47/NQ-CP ngày 03/4/2013 của Chính phủ trên cơ sở điều chỉnh địa giới hành chính huyện Quỳnh Lưu, gồm 5 phường (Mai Hùng, Quỳnh Thiện, Quỳnh Xuân, Quỳnh Phương, Quỳnh Dị) và 5 xã (Quỳnh Vinh, Quỳnh Trang, Quỳnh Lộc, Quỳnh Lập, Quỳnh Liên), diện tích tự nhiên gần 17.000 ha, dân số hơn 110.000 người.</p>"
                "<p>Thị xã nằm ở phía Bắc tỉnh Nghệ An, phía Bắc giáp thị xã Nghi Sơn (tỉnh Thanh Hóa), phía Nam và phía Tây giáp huyện Quỳnh Lưu, phía Đông giáp biển Đông; có Quốc lộ 1A, đường sắt Bắc - Nam, cao tốc Bắc - Nam đi qua, cảng biển Đông Hồi và các khu công nghiệp Hoàng Mai I, Hoàng Mai II, Đông Hồi.</p>",
            ),
            StaticPage("gioi-thieu", "Lich-su-hinh-thanh", "Lịch sử hình thành", updating),
            StaticPage(
                "gioi-thieu",
                "Don-vi-hanh-chinh",
                "Đơn vị hành chính",
                "<p>Thị xã có 10 đơn vị hành chính cấp xã gồm 5 phường và 5 xã.</p>" + updating,
            ),
            StaticPage("gioi-thieu", "Lanh-dao-UBND-thi-xa", "Lãnh đạo UBND thị xã", updating),
            StaticPage(
                "gioi-thieu",
                "chuc-nang-nhiem-vu-cac-co-quan-chuyen-mon",
                "Chức năng, nhiệm vụ các cơ quan chuyên môn",
                "<p><strong>Phòng Nội vụ:</strong> tham mưu, giúp UBND thị xã quản lý nhà nước về tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức; cải cách hành chính; chính quyền địa phương; thi đua, khen thưởng; tôn giáo; văn thư, lưu trữ; thanh niên; từ ngày 01/3/2025 thêm các lĩnh vực lao động, tiền lương, việc làm, người có công, an toàn vệ sinh lao động, bảo hiểm xã hội và bình đẳng giới.</p>"
                "<p><strong>Phòng Lao động - Thương binh và Xã hội</strong> (đến ngày 28/02/2025): tham mưu, giúp UBND thị xã quản lý nhà nước về lao động, việc làm, giáo dục nghề nghiệp, người có công, bảo trợ xã hội, trẻ em, phòng chống tệ nạn xã hội và bình đẳng giới; là cơ quan thường trực của Ban Vì sự tiến bộ của phụ nữ thị xã.</p>"
                "<p><strong>Phòng Văn hóa và Thông tin:</strong> tham mưu quản lý nhà nước về văn hóa, gia đình, thể dục thể thao, du lịch, thông tin và truyền thông.</p>",
            ),
            StaticPage(
                "gioi-thieu",
                "So-do-to-chuc",
                "Sơ đồ tổ chức",
                '<p><img src="/uploads/gioi-thieu/so-do-to-chuc.jpg" alt="Sơ đồ tổ chức" width="700"/></p>',
            ),
            StaticPage(
                "siteterms",
                "terms-and-conditions",
                "Điều khoản sử dụng",
                "<p>Thông tin trên Trang thông tin điện tử thị xã Hoàng Mai được cung cấp nhằm phục vụ công tác tuyên truyền. Khi phát hành lại thông tin từ trang này phải ghi rõ nguồn.</p>",
            ),
        ]

    def build_pages(self) -> None:
        pages = self.static_pages()
        for p in pages:
            main = f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(p.title)}</h1><div class="bodytext">{p.body}</div></div></div>'
            self.add(
                f"/{p.module}/{p.alias}.html",
                self.html(self.page(p.title, main, module=p.module, crumbs=(("Giới thiệu", "/gioi-thieu/"),))),
            )
        index = "".join(
            f'<li><a href="/gioi-thieu/{p.alias}.html">{esc(p.title)}</a></li>'
            for p in pages
            if p.module == "gioi-thieu"
        )
        self.add(
            "/gioi-thieu/",
            self.html(
                self.page(
                    "Giới thiệu",
                    f'<div class="box-icon-title box-icon-title-notop"><h2>Giới thiệu</h2></div><ul class="related">{index}</ul>',
                    module="gioi-thieu",
                )
            ),
        )
        stopped = '<div class="alert alert-warning">Từ ngày 01/7/2025, chức năng này tạm dừng do thị xã Hoàng Mai kết thúc hoạt động. Đề nghị tổ chức, công dân liên hệ UBND phường nơi cư trú.</div>'
        self.add(
            "/thu-tuc-hanh-chinh/",
            self.html(
                self.page(
                    "Thủ tục hành chính",
                    f'<div class="box-icon-title box-icon-title-notop"><h2>Thủ tục hành chính</h2></div>{stopped}<p>Tra cứu thủ tục hành chính tại <a href="https://dichvucong.nghean.gov.vn/" target="_blank">Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Nghệ An</a>.</p>',
                    module="thu-tuc-hanh-chinh",
                )
            ),
        )
        self.add(
            "/faq/",
            self.html(
                self.page(
                    "Hỏi đáp",
                    f'<div class="box-icon-title box-icon-title-notop"><h2>Hỏi đáp</h2></div>{stopped}',
                    module="faq",
                )
            ),
        )
        contact = (
            '<div class="box-icon-title box-icon-title-notop"><h2>Liên hệ</h2></div>'
            f"<p>{esc(self.spec.owner)}</p><p>Địa chỉ: {esc(self.spec.address)}</p><p>Điện thoại: 0238 3866 126</p>"
            '<form method="post" action="/contact/"><select name="fpart" class="form-control"><option value="1">Văn phòng HĐND và UBND thị xã</option><option value="2">Ban Biên tập</option></select>'
            '<input type="text" name="ftitle" class="form-control" placeholder="Tiêu đề"/><textarea name="fcon" class="form-control"></textarea>'
            f'<input type="hidden" name="checkss" value="{CHECKSS.decode()}"/><input type="submit" value="Gửi" class="btn btn-primary"/></form>'
        )
        self.add("/contact/", self.html(self.page("Liên hệ", contact, module="contact")))
        login = '<div class="box-icon-title box-icon-title-notop"><h2>Đăng nhập</h2></div><form method="post" action="/users/login/"><input type="text" name="nv_login" class="form-control" placeholder="Tên đăng nhập hoặc email"/><input type="password" name="nv_password" class="form-control" placeholder="Mật khẩu"/><input type="submit" value="Đăng nhập" class="btn btn-primary"/></form>'
        self.add("/users/login/", self.html(self.page("Đăng nhập", login, module="users")))
        parts = ("allreferers", "allcountries", "allbrowsers", "allos", "allbots")
        names = ("Đường dẫn đến site", "Quốc gia", "Trình duyệt", "Hệ điều hành", "Máy chủ tìm kiếm")
        stats = "".join(f'<li><a href="/statistics/{p}/">{n}</a></li>' for p, n in zip(parts, names, strict=True))
        self.add(
            "/statistics/",
            self.html(
                self.page(
                    "Thống kê",
                    f'<div class="box-icon-title box-icon-title-notop"><h2>Thống kê truy cập</h2></div><ul>{stats}</ul><p>Tổng lượt truy cập: 4.872.315</p>',
                    module="statistics",
                )
            ),
        )
        for part, name in zip(parts, names, strict=True):
            table = "".join(
                f"<tr><td>{i + 1}</td><td>{v}</td><td>{c}</td></tr>"
                for i, (v, c) in enumerate(
                    (("google.com", "1.203.551"), ("facebook.com", "402.118"), ("baonghean.vn", "31.982"))
                )
            )
            self.add(
                f"/statistics/{part}/",
                self.html(
                    self.page(
                        name,
                        f'<div class="box-icon-title box-icon-title-notop"><h2>{esc(name)}</h2></div><table class="table">{table}</table>',
                        module="statistics",
                    )
                ),
            )

    def build_laws(self) -> None:
        ordered = sorted(LAWS, key=lambda x: x.issued, reverse=True)
        size = 5
        pages = [ordered[i : i + size] for i in range(0, len(ordered), size)]
        for number, chunk in enumerate(pages, start=1):
            rows = "".join(
                f'<tr><td><a href="/van-ban/detail/{law.alias}.html">{esc(law.number)}</a></td><td>{law.issued:%d/%m/%Y}</td><td><a href="/van-ban/detail/{law.alias}.html">{esc(law.summary)}</a></td><td><a href="/uploads/laws/{law.file}" title="Tải về"><em class="fa fa-download"></em></a></td></tr>'
                for law in chunk
            )
            main = (
                '<div class="box-icon-title box-icon-title-notop"><h2>Văn bản chỉ đạo, điều hành</h2></div>'
                f'<table class="table table-striped table-bordered"><thead><tr><th>Số ký hiệu</th><th>Ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>'
                + self.pager("/van-ban/", number, len(pages))
            )
            self.add(
                "/van-ban/" + (f"page-{number}/" if number > 1 else ""),
                self.html(self.page("Văn bản", main, module="van-ban")),
            )
        for law in LAWS:
            record = (
                f'<div class="box-icon-title box-icon-title-notop"><h2>{esc(law.kind)} số {esc(law.number)}</h2></div>'
                '<table class="table table-bordered laws-detail"><tbody>'
                f"<tr><td>Số ký hiệu</td><td>{esc(law.number)}</td></tr>"
                f"<tr><td>Ngày ban hành</td><td>{law.issued:%d/%m/%Y}</td></tr>"
                f"<tr><td>Loại văn bản</td><td>{esc(law.kind)}</td></tr>"
                "<tr><td>Cơ quan ban hành</td><td>UBND thị xã Hoàng Mai</td></tr>"
                f"<tr><td>Người ký</td><td>{esc(law.signer)}</td></tr>"
                f"<tr><td>Trích yếu</td><td>{esc(law.summary)}</td></tr>"
                f'<tr><td>Tệp đính kèm</td><td><a href="/uploads/laws/{law.file}">{esc(law.file)}</a></td></tr>'
                "</tbody></table>"
            )
            self.add(
                f"/van-ban/detail/{law.alias}.html",
                self.html(
                    self.page(f"{law.kind} {law.number}", record, module="van-ban", crumbs=(("Văn bản", "/van-ban/"),))
                ),
            )
            article = next((a for a in self.articles if any(d.number == law.number for d in a.documents)), None)
            self.add(f"/uploads/laws/{law.file}", self.pdf(law.file, article))
