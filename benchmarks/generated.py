"""What the generated portal templates of benchmarks/ share: listings computed once, the chrome's link lists.

The fixture templates (govnews.crawler.demo.templates) recompute a category's listing on every call, which is
quadratic in N; a generated portal has thousands of articles, so its listings, positions and neighbours are
computed once here. The rest is the boilerplate real portals put around every page: link lists of the 63
provinces' portals and of ministries, administrative-procedure links, a few documents and static pages.
"""

import random
from dataclasses import dataclass, replace
from typing import Any

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category, PortalSpec
from govnews.crawler.demo.templates.base import Template
from govnews.crawler.demo.text import ascii_slug
from govnews.crawler.understand.provinces import all_names

MINISTRIES = (
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Bộ Lao động - Thương binh và Xã hội", "https://molisa.gov.vn/"),
    ("Bộ Nội vụ", "https://moha.gov.vn/"),
    ("Bộ Tư pháp", "https://moj.gov.vn/"),
    ("Bộ Y tế", "https://moh.gov.vn/"),
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn/"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "https://bvhttdl.gov.vn/"),
    ("Bộ Thông tin và Truyền thông", "https://mic.gov.vn/"),
    ("Bộ Kế hoạch và Đầu tư", "https://mpi.gov.vn/"),
    ("Bộ Tài chính", "https://mof.gov.vn/"),
    ("Bộ Nông nghiệp và Phát triển nông thôn", "https://mard.gov.vn/"),
    ("Ủy ban Dân tộc", "https://ubdt.gov.vn/"),
    ("Hội Liên hiệp Phụ nữ Việt Nam", "https://hoilhpn.org.vn/"),
    ("Trung ương Đoàn TNCS Hồ Chí Minh", "https://doanthanhnien.vn/"),
    ("Báo Nhân Dân", "https://nhandan.vn/"),
    ("Thông tấn xã Việt Nam", "https://vnanet.vn/"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/"),
    ("Công báo Chính phủ", "https://congbao.chinhphu.vn/"),
    ("Hệ thống thông tin báo cáo Chính phủ", "https://baocao.chinhphu.vn/"),
)

PROCEDURES = (
    "Cấp giấy phép lao động cho người lao động nước ngoài",
    "Giải quyết chế độ trợ cấp thất nghiệp",
    "Đăng ký nội quy lao động của doanh nghiệp",
    "Công nhận cơ sở sản xuất, kinh doanh sử dụng từ 30% lao động là người khuyết tật",
    "Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp",
    "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở",
    "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng",
    "Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập",
    "Cấp giấy phép hoạt động dịch vụ việc làm",
    "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
    "Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội",
    "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm",
)

ABOUT = (
    "Lịch sử hình thành và phát triển",
    "Chức năng, nhiệm vụ",
    "Cơ cấu tổ chức",
    "Lãnh đạo đơn vị",
    "Các phòng chuyên môn",
    "Đơn vị sự nghiệp trực thuộc",
    "Sơ đồ tổ chức",
    "Thông tin liên hệ các phòng ban",
)

UNITS = (
    "Trung tâm Dịch vụ việc làm",
    "Trường Cao đẳng Kỹ thuật",
    "Trung tâm Công tác xã hội",
    "Cơ sở Cai nghiện ma túy",
    "Trung tâm Bảo trợ xã hội tổng hợp",
    "Làng trẻ em SOS",
    "Nhà điều dưỡng người có công",
    "Quỹ Bảo trợ trẻ em",
)

DOCUMENT_KINDS = (
    ("Quyết định", "QĐ-UBND"),
    ("Kế hoạch", "KH-UBND"),
    ("Công văn", "UBND-VX"),
    ("Chỉ thị", "CT-UBND"),
    ("Thông báo", "TB-SLĐTBXH"),
    ("Nghị quyết", "NQ-HĐND"),
)

DOCUMENT_SUBJECTS = (
    "thực hiện Chương trình quốc gia về bình đẳng giới giai đoạn 2021-2030",
    "tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "triển khai Dự án 8 thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em",
    "kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh",
    "phòng, chống bạo lực gia đình trên địa bàn tỉnh năm 2024",
    "giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số",
    "hỗ trợ đào tạo nghề cho lao động nông thôn",
    "chi trả trợ cấp xã hội hằng tháng cho đối tượng bảo trợ xã hội",
    "tổ chức các hoạt động nhân Ngày Quốc tế Hạnh phúc",
    "ban hành quy chế phối hợp giải quyết việc làm cho người lao động",
    "thực hiện chính sách đối với người có công với cách mạng",
    "phát động phong trào thi đua yêu nước năm 2024",
)


@dataclass(frozen=True)
class Document:
    """A legal document in the portal's 'Văn bản' section (its own page; the chrome links the newest)."""

    number: int
    kind: str
    code: str
    subject: str
    day: str

    @property
    def title(self) -> str:
        return f"{self.kind} số {self.number}/{self.code} về việc {self.subject}"

    @property
    def slug(self) -> str:
        return ascii_slug(f"{self.kind} {self.number} {self.code}", limit=60)


def documents(count: int = 12) -> list[Document]:
    rng = random.Random(5)
    found = []
    for i in range(count):
        kind, code = DOCUMENT_KINDS[i % len(DOCUMENT_KINDS)]
        day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{2024 - i // 4}"
        found.append(Document(100 + 37 * i, kind, code, DOCUMENT_SUBJECTS[i % len(DOCUMENT_SUBJECTS)], day))
    return found


def province_portals() -> list[tuple[str, str]]:
    """('Cổng TTĐT tỉnh Hà Giang', 'https://hagiang.gov.vn/') for the 63 provinces: every portal's link list."""
    found = []
    for name in all_names():
        kind = "thành phố" if name in {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"} else "tỉnh"
        found.append((f"Cổng TTĐT {kind} {name}", f"https://{ascii_slug(name).replace('-', '')}.gov.vn/"))
    return found


def with_categories(spec: PortalSpec, extra: list[tuple[str, str]]) -> PortalSpec:
    """``spec`` with more Vietnamese news categories ((name, key) pairs): real portals have a dozen, the fixtures
    three or four, and every category is a listing with its own pagination."""
    known = {c.slug for c in spec.categories}
    added = tuple(Category(slug=ascii_slug(name), name=name, key=key) for name, key in extra)
    return replace(spec, categories=spec.categories + tuple(c for c in added if c.slug not in known))


class GeneratedSite(Template):
    """A fixture-style template over generated articles: listings, positions and neighbours computed once.

    ``portal`` is the template's block of benchmarks/config.yml (page_size, seed, ...)."""

    def __init__(
        self, spec: PortalSpec, articles: list[CorpusArticle], base_url: str, strings: dict[str, Any], portal: dict
    ):
        super().__init__(spec, articles, base_url, strings)
        self.portal = portal
        self.rng = random.Random(portal["seed"])
        self._page_size = portal["page_size"]
        self._listed = super().listed()
        self._listings: dict[str, list[CorpusArticle]] = {}
        self._positions: dict[str, dict[str, int]] = {}
        self._latest = [a for a in self._listed if a.lang == "vi"]
        # 'Most read': a stable pick among the 200 newest, by their view counts.
        self._most_read = sorted(self._latest[:200], key=self.views, reverse=True)
        self.documents = documents()

    @property
    def page_size(self) -> int:
        return self._page_size

    def listed(self, category: str | None = None) -> list[CorpusArticle]:
        if category is None:
            return self._listed
        return [a for a in self._listed if a.category == category]

    def listing(self, category: str) -> list[CorpusArticle]:
        if category not in self._listings:
            self._listings[category] = super().listing(category)
            self._positions[category] = {a.id: i for i, a in enumerate(self._listings[category])}
        return self._listings[category]

    def latest(self, count: int = 6, lang: str = "vi") -> list[CorpusArticle]:
        return self._latest[:count] if lang == "vi" else super().latest(count, lang)

    def most_read(self, count: int = 10) -> list[CorpusArticle]:
        return self._most_read[:count]

    def position(self, article: CorpusArticle) -> int:
        self.listing(article.category)
        return self._positions[article.category].get(article.id, 0)

    def related(self, article: CorpusArticle) -> list[CorpusArticle]:
        """The nearest older articles of the category first, then the nearest newer (as the fixtures')."""
        pool, i = self.listing(article.category), self.position(article)
        return (pool[i + 1 : i + 1 + self.related_count] + pool[:i][::-1])[: self.related_count]

    def newer_older(self, article: CorpusArticle, count: int) -> tuple[list[CorpusArticle], list[CorpusArticle]]:
        """'Những tin mới hơn' / 'Những tin cũ hơn': neighbours within the category's listing."""
        pool, i = self.listing(article.category), self.position(article)
        return pool[max(0, i - count) : i], pool[i + 1 : i + 1 + count]

    def vi_categories(self) -> list[Category]:
        return [c for c in self.spec.categories if c.lang == "vi"]

    def filler(self, paragraphs: int) -> list[str]:
        """Paragraphs of corpus text for static pages (about, documents), stable for a given seed."""
        pool = [p for a in self.articles[:300] for p in a.paragraphs]
        return [self.rng.choice(pool) for _ in range(paragraphs)] if pool else []

    @staticmethod
    def window(page: int, pages: int, width: int = 2) -> list[int | None]:
        """The page numbers a windowed pager shows: 1, ..., page-2 .. page+2, ..., last (None = an ellipsis)."""
        shown = sorted({1, pages, *range(max(1, page - width), min(pages, page + width) + 1)})
        out: list[int | None] = []
        for number in shown:
            if out and out[-1] is not None and number - out[-1] > 1:
                out.append(None)
            out.append(number)
        return out
