"""A provincial 'Cổng thông tin điện tử' on a vendor e-government CMS (the VNPT/Viettel/CMC kind): ASP.NET MVC 5,
Bootstrap 3, jQuery, PagedList.Mvc pagers, CKEditor article bodies migrated in part from an older SharePoint portal.

Friendly URLs with numeric ids (/tin-tuc/<slug>-t<id>.html: the slug is ignored, only the id routes), a mega-menu,
a hot-news ticker with tracking parameters, a slider writing truncated slugs, one category whose pager is an AJAX
POST ('Xem thêm'), sort parameters, tag pages, a print view, legacy /Pages/ChiTietTin.aspx?ItemID= links that
301 to the friendly URL, a soft 404 for unknown ids, an endless weekly 'Lịch công tác', a GET search and an English
section.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import re
import secrets
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from urllib.parse import quote, quote_plus

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import EN_MONTHS, EN_WEEKDAYS, When, ascii_slug, esc
from .base import Response, Template

TODAY = date(2025, 11, 28)  # what DateTime.Now prints in the header and where the calendar starts
RVT = "@@RVT@@"  # ASP.NET MVC anti-forgery token, new in every response
ONLINE = "@@ONLINE@@"  # the 'Đang truy cập' counter, new in every response
AJAX_CATEGORY = "van-hoa-xa-hoi"  # its layout pages by an AJAX POST only
SUBCATEGORIES = {"tin-tuc": ("chi-dao-dieu-hanh",)}  # 'Tin tức - Sự kiện' also lists its sub-category
SLIDER_SLUG = 50  # the slider widget cuts the title before making its slug
SEARCH_PAGE = 10
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

ABOUT = (
    (
        "tong-quan",
        "Tổng quan về Thanh Hóa",
        "Thanh Hóa là tỉnh cực Bắc miền Trung, có diện tích tự nhiên 11.114,7 km2, dân số trên 3,7 triệu người, gồm 7 dân tộc anh em cùng sinh sống là Kinh, Mường, Thái, Thổ, Dao, Mông, Khơ Mú. Tỉnh có 102 km bờ biển, hệ thống giao thông thuận lợi với quốc lộ 1A, đường Hồ Chí Minh, đường sắt Bắc - Nam, Cảng hàng không Thọ Xuân và cảng biển nước sâu Nghi Sơn.",
    ),
    (
        "lich-su-van-hoa",
        "Lịch sử - Văn hóa",
        "Xứ Thanh là vùng đất có bề dày lịch sử, văn hóa với nền văn hóa Đông Sơn nổi tiếng, nơi phát tích của nhiều triều đại phong kiến Việt Nam. Toàn tỉnh có hơn 1.500 di tích được xếp hạng, trong đó có Thành Nhà Hồ là di sản văn hóa thế giới.",
    ),
    (
        "dieu-kien-tu-nhien",
        "Điều kiện tự nhiên",
        "Địa hình Thanh Hóa thấp dần từ Tây sang Đông, chia thành ba vùng rõ rệt: vùng núi và trung du, vùng đồng bằng và vùng ven biển. Khí hậu nhiệt đới gió mùa với mùa hè nóng, mưa nhiều và mùa đông lạnh, ít mưa.",
    ),
    (
        "don-vi-hanh-chinh",
        "Đơn vị hành chính",
        "Từ ngày 01/7/2025, tỉnh Thanh Hóa tổ chức chính quyền địa phương hai cấp gồm cấp tỉnh và cấp xã, với 166 đơn vị hành chính cấp xã gồm 19 phường và 147 xã.",
    ),
    (
        "tinh-uy",
        "Tỉnh ủy Thanh Hóa",
        "Đảng bộ tỉnh Thanh Hóa được thành lập ngày 29/7/1930. Ban Chấp hành Đảng bộ tỉnh lãnh đạo toàn diện các mặt công tác chính trị, kinh tế, văn hóa, xã hội, quốc phòng, an ninh trên địa bàn tỉnh.",
    ),
    (
        "hdnd-tinh",
        "Hội đồng nhân dân tỉnh",
        "Hội đồng nhân dân tỉnh là cơ quan quyền lực nhà nước ở địa phương, đại diện cho ý chí, nguyện vọng và quyền làm chủ của Nhân dân, do Nhân dân địa phương bầu ra.",
    ),
    (
        "ubnd-tinh",
        "Ủy ban nhân dân tỉnh",
        "Ủy ban nhân dân tỉnh do Hội đồng nhân dân tỉnh bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân tỉnh và cơ quan hành chính nhà nước cấp trên.",
    ),
    (
        "lanh-dao-qua-cac-thoi-ky",
        "Lãnh đạo tỉnh qua các thời kỳ",
        "Danh sách Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa qua các thời kỳ từ năm 1945 đến nay.",
    ),
    (
        "co-cau-to-chuc",
        "Cơ cấu tổ chức UBND tỉnh",
        "Cơ cấu tổ chức của Ủy ban nhân dân tỉnh gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên. Các cơ quan chuyên môn thuộc UBND tỉnh gồm Văn phòng UBND tỉnh, Thanh tra tỉnh và các sở sau sắp xếp theo Nghị định số 150/2025/NĐ-CP của Chính phủ.",
    ),
    (
        "ban-vi-su-tien-bo-cua-phu-nu",
        "Ban Vì sự tiến bộ của phụ nữ tỉnh",
        "Ban Vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa là tổ chức phối hợp liên ngành, giúp Ủy ban nhân dân tỉnh nghiên cứu, đề xuất các giải pháp thúc đẩy bình đẳng giới và sự tiến bộ của phụ nữ; Trưởng ban là Phó Chủ tịch UBND tỉnh, cơ quan thường trực là Sở Nội vụ (trước ngày 01/3/2025 là Sở Lao động - Thương binh và Xã hội). Địa chỉ liên hệ: Văn phòng Ban, Sở Nội vụ tỉnh Thanh Hóa.",
    ),
)
DEPARTMENTS = (
    ("Sở Nội vụ", "sonoivu"),
    ("Sở Tài chính", "stc"),
    ("Sở Tư pháp", "stp"),
    ("Sở Xây dựng", "sxd"),
    ("Sở Công Thương", "congthuong"),
    ("Sở Nông nghiệp và Môi trường", "snnmt"),
    ("Sở Giáo dục và Đào tạo", "sgddt"),
    ("Sở Y tế", "syt"),
    ("Sở Văn hóa, Thể thao và Du lịch", "svhttdl"),
    ("Sở Khoa học và Công nghệ", "skhcn"),
    ("Sở Dân tộc và Tôn giáo", "sdttg"),
    ("Thanh tra tỉnh", "thanhtra"),
    ("Văn phòng UBND tỉnh", "vpubnd"),
    ("Ban Quản lý KKT Nghi Sơn và các KCN", "nghisonbqlkkt"),
    ("Sở Lao động - TB&XH (cũ)", "sldtbxh"),
    ("Sở Kế hoạch và Đầu tư (cũ)", "skhdt"),
    ("Sở Thông tin và Truyền thông (cũ)", "stttt"),
    ("Sở Giao thông vận tải (cũ)", "sgtvt"),
    ("Sở Tài nguyên và Môi trường (cũ)", "stnmt"),
    ("Sở Ngoại vụ (cũ)", "sngv"),
)
DISTRICTS = (
    "Thành phố Thanh Hóa",
    "Thành phố Sầm Sơn",
    "Thị xã Bỉm Sơn",
    "Thị xã Nghi Sơn",
    "Huyện Mường Lát",
    "Huyện Quan Hóa",
    "Huyện Quan Sơn",
    "Huyện Bá Thước",
    "Huyện Lang Chánh",
    "Huyện Ngọc Lặc",
    "Huyện Cẩm Thủy",
    "Huyện Thạch Thành",
    "Huyện Hà Trung",
    "Huyện Vĩnh Lộc",
    "Huyện Yên Định",
    "Huyện Thọ Xuân",
    "Huyện Thường Xuân",
    "Huyện Như Xuân",
    "Huyện Như Thanh",
    "Huyện Nông Cống",
    "Huyện Đông Sơn",
    "Huyện Triệu Sơn",
    "Huyện Thiệu Hóa",
    "Huyện Hoằng Hóa",
    "Huyện Hậu Lộc",
    "Huyện Nga Sơn",
    "Huyện Quảng Xương",
)
STATIC = {  # path -> (title, text): the 'Công dân', 'Đầu tư', 'Chuyên đề' and utility pages of the menus
    "/cong-dan/thu-tuc-hanh-chinh.html": (
        "Thủ tục hành chính",
        "Bộ thủ tục hành chính thuộc thẩm quyền giải quyết của các cơ quan hành chính nhà nước tỉnh Thanh Hóa được công khai trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh. Tổ chức, cá nhân nộp hồ sơ trực tuyến hoặc tại Trung tâm Phục vụ hành chính công tỉnh, số 28 Đại lộ Lê Lợi.",
    ),
    "/cong-dan/phan-anh-kien-nghi.html": (
        "Tiếp nhận phản ánh, kiến nghị",
        "Tổ chức, cá nhân gửi phản ánh, kiến nghị về quy định hành chính và hành vi hành chính qua Hệ thống tiếp nhận, trả lời phản ánh kiến nghị của người dân và doanh nghiệp hoặc qua đường dây nóng 1022.",
    ),
    "/dau-tu/moi-truong-dau-tu.html": (
        "Môi trường đầu tư",
        "Thanh Hóa có vị trí chiến lược, là cầu nối giữa vùng Bắc Bộ với vùng Trung Bộ, có Khu kinh tế Nghi Sơn và 8 khu công nghiệp được quy hoạch, cảng biển nước sâu và cảng hàng không quốc tế Thọ Xuân.",
    ),
    "/dau-tu/danh-muc-du-an.html": (
        "Danh mục dự án kêu gọi đầu tư",
        "Danh mục các dự án kêu gọi đầu tư giai đoạn 2021-2025 trong các lĩnh vực hạ tầng khu công nghiệp, du lịch, nông nghiệp công nghệ cao, y tế, giáo dục và đô thị.",
    ),
    "/dau-tu/chinh-sach-uu-dai.html": (
        "Chính sách ưu đãi đầu tư",
        "Các chính sách ưu đãi, hỗ trợ đầu tư áp dụng trên địa bàn tỉnh Thanh Hóa theo quy định của pháp luật về đầu tư và các nghị quyết của Hội đồng nhân dân tỉnh.",
    ),
    "/dau-tu/khu-kinh-te-nghi-son.html": (
        "Khu kinh tế Nghi Sơn",
        "Khu kinh tế Nghi Sơn được thành lập năm 2006, diện tích sau điều chỉnh hơn 106.000 ha, là trung tâm công nghiệp nặng, công nghiệp cơ bản và dịch vụ logistics của khu vực Bắc Trung Bộ.",
    ),
    "/chuyen-de/hoc-tap-lam-theo-bac.html": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Chuyên đề tuyên truyền việc đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW của Bộ Chính trị.",
    ),
    "/chuyen-de/phong-chong-covid-19.html": (
        "Phòng, chống dịch COVID-19",
        "Chuyên đề đã kết thúc cập nhật. Thông tin về tình hình dịch bệnh được lưu trữ tại Sở Y tế tỉnh Thanh Hóa.",
    ),
    "/thu-vien-anh.html": (
        "Thư viện ảnh",
        "Album ảnh: Thanh Hóa - Đất và người; Hoạt động của lãnh đạo tỉnh; Di tích, danh thắng xứ Thanh; Lễ hội truyền thống.",
    ),
    "/video.html": (
        "Video",
        "Video clip: Thanh Hóa - Tiềm năng và cơ hội đầu tư; Chính quyền địa phương hai cấp đi vào vận hành; Bản tin thời sự Đài Phát thanh và Truyền hình tỉnh.",
    ),
    "/infographic.html": (
        "Infographic",
        "Infographic: Kết quả thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu; Thanh Hóa sau sắp xếp đơn vị hành chính cấp xã.",
    ),
    "/hoi-dap.html": (
        "Hỏi đáp trực tuyến",
        "Chuyên mục tiếp nhận câu hỏi của công dân, tổ chức về cơ chế, chính sách, thủ tục hành chính. Câu hỏi được chuyển đến cơ quan có thẩm quyền trả lời trong thời hạn 10 ngày làm việc.",
    ),
    "/lien-he.html": (
        "Liên hệ",
        "Ban Biên tập Cổng thông tin điện tử tỉnh Thanh Hóa - Văn phòng UBND tỉnh. Số 35 Đại lộ Lê Lợi, phường Lam Sơn, thành phố Thanh Hóa. Điện thoại: (0237) 3852 368. Email: bbt@thanhhoa.gov.vn.",
    ),
    "/Poll/Result/3": (
        "Kết quả thăm dò ý kiến",
        "Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử tỉnh? Rất hài lòng: 61%; Hài lòng: 27%; Bình thường: 9%; Chưa hài lòng: 3%. Tổng số phiếu: 2.184.",
    ),
}
DOCUMENTS = (  # 'Văn bản mới': (id, number, issued, kind, summary, loai, signer)
    (
        10861,
        "286/KH-UBND",
        date(2025, 11, 6),
        "Kế hoạch",
        "Kế hoạch tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2025",
        3,
        "Đầu Thanh Tùng",
    ),
    (
        10852,
        "4521/QĐ-UBND",
        date(2025, 11, 3),
        "Quyết định",
        "Quyết định công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung trong lĩnh vực nội vụ thuộc phạm vi chức năng quản lý của Sở Nội vụ",
        1,
        "Nguyễn Văn Thi",
    ),
    (
        10837,
        "27/CT-UBND",
        date(2025, 10, 20),
        "Chỉ thị",
        "Chỉ thị về tăng cường công tác phòng cháy, chữa cháy mùa hanh khô năm 2025-2026",
        1,
        "Nguyễn Hoài Anh",
    ),
    (
        10820,
        "271/KH-UBND",
        date(2025, 10, 6),
        "Kế hoạch",
        "Kế hoạch chuyển đổi số tỉnh Thanh Hóa năm 2026",
        3,
        "Nguyễn Văn Thi",
    ),
    (
        10804,
        "3902/QĐ-UBND",
        date(2025, 9, 25),
        "Quyết định",
        "Quyết định về việc kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa",
        1,
        "Nguyễn Hoài Anh",
    ),
    (
        10791,
        "15/2025/QĐ-UBND",
        date(2025, 9, 12),
        "Quyết định",
        "Quyết định ban hành Quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Thanh Hóa",
        2,
        "Nguyễn Hoài Anh",
    ),
)
DOC_KINDS = {1: "Văn bản chỉ đạo điều hành", 2: "Văn bản quy phạm pháp luật", 3: "Kế hoạch"}
TAGS = (  # (label, slug, words that put an article under it); the editors tag by hand, this is how they tend to
    ("Bình đẳng giới", "binh-dang-gioi", ("bình đẳng giới",)),
    ("Vì sự tiến bộ của phụ nữ", "vi-su-tien-bo-cua-phu-nu", ("tiến bộ của phụ nữ", "tiến bộ phụ nữ")),
    ("Bạo lực gia đình", "bao-luc-gia-dinh", ("bạo lực gia đình",)),
    ("Bạo lực trên cơ sở giới", "bao-luc-tren-co-so-gioi", ("bạo lực trên cơ sở giới",)),
    ("Phụ nữ khởi nghiệp", "phu-nu-khoi-nghiep", ("khởi nghiệp",)),
    ("Mua bán người", "mua-ban-nguoi", ("mua bán người", "bị mua bán")),
    ("Dự án 8", "du-an-8", ("dự án 8",)),
    ("Cán bộ nữ", "can-bo-nu", ("cán bộ nữ", "đại biểu nữ")),
    ("Hội Liên hiệp Phụ nữ", "hoi-lien-hiep-phu-nu", ("hội liên hiệp phụ nữ",)),
    ("Trẻ em", "tre-em", ("trẻ em",)),
    ("Gia đình", "gia-dinh", ("ngày hội gia đình", "ngày gia đình")),
    ("Cải cách hành chính", "cai-cach-hanh-chinh", ("cải cách hành chính", "thủ tục hành chính")),
    ("Chuyển đổi số", "chuyen-doi-so", ("chuyển đổi số", "không dùng tiền mặt", "nền tảng số")),
    ("Chính quyền địa phương hai cấp", "chinh-quyen-hai-cap", ("chính quyền địa phương hai cấp",)),
    ("Việc làm", "viec-lam", ("việc làm",)),
    ("An sinh xã hội", "an-sinh-xa-hoi", ("an sinh xã hội", "bảo trợ xã hội")),
    ("Gender equality", "gender-equality", ("gender",)),
    ("Investment", "investment", ("investment",)),
    ("Tourism", "tourism", ("tourism",)),
)
KEYWORDS = (
    "bình đẳng giới",
    "thủ tục hành chính",
    "tuyển dụng",
    "bạo lực gia đình",
    "quy hoạch",
    "chính quyền hai cấp",
)
EVENTS = (
    "08h00: Chủ tịch UBND tỉnh dự phiên họp trực tuyến của Chính phủ với các địa phương.",
    "14h00: Phó Chủ tịch UBND tỉnh Đầu Thanh Tùng làm việc với Sở Nội vụ về công tác bình đẳng giới, vì sự tiến bộ của phụ nữ.",
    "07h30: Phó Chủ tịch UBND tỉnh kiểm tra tiến độ các dự án giao thông trọng điểm.",
    "08h30: Họp UBND tỉnh thường kỳ tháng.",
    "14h30: Chủ tịch UBND tỉnh tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh.",
    "09h00: Phó Chủ tịch UBND tỉnh dự hội nghị trực tuyến về chuyển đổi số.",
    "15h00: Giao ban Thường trực UBND tỉnh.",
)
CAPTIONS = (
    ("hội nghị", "Quang cảnh hội nghị."),
    ("tập huấn", "Các học viên tham gia lớp tập huấn."),
    ("phát động", "Các đại biểu thực hiện nghi thức phát động."),
    ("khởi nghiệp", "Ban Tổ chức trao giải cho các dự án xuất sắc."),
    ("ra mắt", "Ra mắt mô hình tại xã."),
    ("giao dịch việc làm", "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch."),
)
SORTS = ("moi-nhat", "xem-nhieu")
ARTICLE_RE = re.compile(r"^/(tin-tuc|en/news)/(.*)-t(\d+)\.html$")


def vn_number(value: int) -> str:
    """1234567 -> '1.234.567' (vi-VN thousands separator)."""
    return f"{value:,}".replace(",", ".")


class VendorCms(Template):
    sitemap_path = "/sitemap.xml"
    feed_path = "/rss/tin-moi.rss"
    ignored_params = ("utm_source", "utm_medium", "utm_campaign")
    related_count = 5

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Ids grow with the publication date (an identity column), as on the real database.
        self.nid: dict[str, int] = {}
        used: set[int] = set()
        for article in sorted(self.articles, key=lambda a: (self.when[a.id].at, a.id)):
            days = (self.when[article.id].at.date() - date(2015, 1, 1)).days
            value = self.spec.article_id_base + max(days, 0) * 7 + article.number % 7
            while value in used:
                value += 1
            used.add(value)
            self.nid[article.id] = value
        self.by_nid = {v: k for k, v in self.nid.items()}
        self.by_id = {a.id: a for a in self.articles}
        self.dead_id = max(used, default=self.spec.article_id_base) + 57  # a deleted notice the home page still links
        self.tags = {a.id: self.tags_of(a) for a in self.articles}

    # ---- ids, URLs --------------------------------------------------------------------------
    def numeric_id(self, article: CorpusArticle) -> int:
        return self.nid[article.id]

    def slug(self, article: CorpusArticle, limit: int | None = None) -> str:
        return ascii_slug(article.title, limit=limit) or "bai-viet"

    def article_path(self, article: CorpusArticle) -> str:
        prefix = "/en/news" if article.lang == "en" else "/tin-tuc"
        return f"{prefix}/{self.slug(article)}-t{self.nid[article.id]}.html"

    def slider_path(self, article: CorpusArticle) -> str:
        prefix = "/en/news" if article.lang == "en" else "/tin-tuc"
        return f"{prefix}/{self.slug(article, SLIDER_SLUG)}-t{self.nid[article.id]}.html"

    def legacy_path(self, article: CorpusArticle) -> str:
        return f"/Pages/ChiTietTin.aspx?ItemID={self.nid[article.id]}"

    def cat_path(self, category: Category, page: int | None = None, sort: str | None = None) -> str:
        """PagedList writes page first, then the sort it was given; page 1 is linked as ?page=1 by the pager."""
        base = f"/en/{category.key}.html" if category.lang == "en" else f"/tin-tuc/{category.key}.html"
        query = "&amp;".join(p for p in (f"page={page}" if page else "", f"sort={sort}" if sort else "") if p)
        return base + (f"?{query}" if query else "")

    def tag_path(self, slug: str) -> str:
        return f"/tag/{slug}.html"

    def doc_path(self, doc: tuple) -> str:
        return f"/van-ban/{ascii_slug(doc[1])}-vb{doc[0]}.html"

    def doc_file(self, number: str) -> str:
        return ascii_slug(number, keep_case=True) + ".pdf"

    def robots(self) -> str:
        return (
            "User-agent: *\nDisallow: /Account/\nDisallow: /Admin/\nDisallow: /Ajax/\nDisallow: /tim-kiem\n"
            "Disallow: /Captcha/\nDisallow: /Upload/temp/\n\n"
            f"Sitemap: {self.url('/sitemap.xml')}\n"
        )

    def personalize(self, body: bytes) -> bytes:
        body = body.replace(RVT.encode(), secrets.token_urlsafe(66).encode())
        return body.replace(ONLINE.encode(), vn_number(900 + secrets.randbelow(900)).encode())

    def not_found(self) -> Response:
        """IIS answers unknown paths with its own page, not the portal's."""
        return self.html(
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>'
            '<title>404 - File or directory not found.</title></head><body><div id="header"><h1>Server Error</h1></div>'
            '<div id="content"><div class="content-container"><fieldset><h2>404 - File or directory not found.</h2>'
            "<h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>"
            "</fieldset></div></div></body></html>",
            status=404,
        )

    # ---- content plan -----------------------------------------------------------------------
    def cats(self, lang: str = "vi") -> list[Category]:
        return [c for c in self.spec.categories if c.lang == lang]

    def items(self, category: Category) -> list[CorpusArticle]:
        """What a category shows, newest first: its own articles, its sub-categories', and for the
        gender-equality 'chuyên đề' every on-topic article the editors also filed there."""
        own = {category.slug, *SUBCATEGORIES.get(category.slug, ())}
        main = category.slug == self.spec.main_category
        return [a for a in self.listed() if a.category in own or (main and a.on_topic and a.lang == category.lang)]

    def page_size_of(self, category: Category) -> int:
        return max(2, min(self.spec.page_size, 10))

    def pages_of(self, category: Category, sort: str | None = None) -> list[list[CorpusArticle]]:
        items = self.items(category)
        if sort == "xem-nhieu":
            items = sorted(items, key=self.views, reverse=True)
        size = self.page_size_of(category)
        return [items[i : i + size] for i in range(0, len(items), size)] or [[]]

    def tags_of(self, article: CorpusArticle) -> list[tuple[str, str]]:
        text = f"{article.title} {article.body}".casefold()
        found = [(label, slug) for label, slug, words in TAGS if any(w in text for w in words)]
        return found[:5]

    def tagged(self, slug: str) -> list[CorpusArticle]:
        return [a for a in self.listed() if any(s == slug for _, s in self.tags[a.id])]

    def related(self, article: CorpusArticle) -> list[CorpusArticle]:
        """'Tin liên quan': the linked articles sharing most tags, nearest in time first."""
        mine = {s for _, s in self.tags[article.id]}
        at = self.when[article.id].at
        scored = [
            (len(mine & {s for _, s in self.tags[a.id]}), -abs((self.when[a.id].at - at).days), a)
            for a in self.listed()
            if a.id != article.id and a.lang == article.lang
        ]
        scored = [t for t in scored if t[0] > 0]
        scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
        return [a for _, _, a in scored[: self.related_count]]

    def others(self, article: CorpusArticle) -> list[CorpusArticle]:
        """'Các tin khác': the six next older articles of the category listing the article belongs to."""
        category = self.spec.category(article.category)
        pool = self.items(category)
        if article in pool:
            i = pool.index(article)
            return pool[i + 1 : i + 7] or pool[max(0, i - 6) : i]
        return pool[:6]

    def views(self, article: CorpusArticle) -> int:
        age = (TODAY - self.when[article.id].at.date()).days
        return 85 + (article.number * 7919) % 2400 + max(age, 0) // 8

    def newest(self, count: int, lang: str = "vi") -> list[CorpusArticle]:
        return [a for a in self.listed() if a.lang == lang][:count]

    # ---- dates --------------------------------------------------------------------------------
    def detail_date(self, article: CorpusArticle) -> str:
        """'Thứ Hai, 12/09/2022 - 09:45' (date only for date-only records); English: 'Monday, September 12, 2022 09:45 AM'."""
        when = self.when[article.id]
        at = when.at
        if article.lang == "en":
            text = f"{EN_WEEKDAYS[at.weekday()]}, {EN_MONTHS[at.month - 1]} {at.day}, {at.year}"
            return f"{text} {at.strftime('%I:%M %p')}" if when.has_time else text
        text = f"{WEEKDAYS[at.weekday()]}, {when.dmy()}"
        return f"{text} - {when.hm()}" if when.has_time else text

    def list_date(self, article: CorpusArticle) -> str:
        """Listings print DateTime.ToString('dd/MM/yyyy hh:mm:ss tt')."""
        when = self.when[article.id]
        return f"{when.dmy()} {when.at.strftime('%I:%M:%S %p')}" if when.has_time else when.dmy()

    def short_date(self, article: CorpusArticle) -> str:
        return f"({self.when[article.id].dmy()})"

    # ---- build -----------------------------------------------------------------------------
    def build(self) -> None:
        home = self.html(self.layout("Trang chủ", self.home_main(), path="/", page_class="home", canonical="/"))
        self.add("/", home)
        self.add("/trang-chu.html", home)
        en_home = self.html(
            self.layout("Home", self.en_home_main(), path="/en", lang="en", page_class="home", canonical="/en")
        )
        self.add("/en", en_home)
        self.add("/en/", en_home)
        for category in self.spec.categories:
            self.build_category(category)
        for article in self.articles:
            page = self.html(self.article_page(article))
            self.add(self.article_path(article), page)
            self.add(self.legacy_path(article), self.redirect(self.article_path(article)))
            self.add(f"/News/Print?id={self.nid[article.id]}", self.html(self.print_page(article)))
            attachment = self.attachment_of(article)
            if attachment:
                self.add(attachment[0], self.pdf(attachment[1]))
        for _, slug, _ in TAGS:
            label = next(t[0] for t in TAGS if t[1] == slug)
            self.add(
                self.tag_path(slug), self.html(self.layout(label, self.tag_main(label, slug), path=self.tag_path(slug)))
            )
        for slug, title, text in ABOUT:
            path = f"/gioi-thieu/{slug}.html"
            self.add(path, self.html(self.layout(title, self.static_main(title, text, "Giới thiệu"), path=path)))
        for path, (title, text) in STATIC.items():
            self.add(path, self.html(self.layout(title, self.static_main(title, text), path=path)))
        for path, (title, text) in self.en_static().items():
            self.add(
                path, self.html(self.layout(title, self.static_main(title, text, lang="en"), path=path, lang="en"))
            )
        self.add("/so-do-cong.html", self.html(self.layout("Sơ đồ cổng", self.sitemap_main(), path="/so-do-cong.html")))
        self.add("/van-ban.html", self.html(self.layout("Văn bản", self.documents_main(None), path="/van-ban.html")))
        for kind in DOC_KINDS:
            self.add(
                f"/van-ban.html?loai={kind}",
                self.html(self.layout(DOC_KINDS[kind], self.documents_main(kind), path=f"/van-ban.html?loai={kind}")),
            )
        for doc in DOCUMENTS:
            self.add(
                self.doc_path(doc), self.html(self.layout(doc[4], self.document_main(doc), path=self.doc_path(doc)))
            )
            self.add(f"/Upload/VanBan/{doc[2].year}/{self.doc_file(doc[1])}", self.pdf(doc[1]))
        self.add("/rss.html", self.html(self.layout("RSS", self.rss_main(), path="/rss.html")))
        self.add(
            self.feed_path,
            self.text(
                self.rss("Tin mới - Cổng thông tin điện tử tỉnh Thanh Hóa", "/", self.in_feed()), "application/rss+xml"
            ),
        )
        for category in self.spec.categories:
            feed = [a for a in self.in_feed() if a.category == category.slug]
            self.add(
                f"/rss/{category.key}.rss",
                self.text(self.rss(category.name, self.cat_path(category), feed), "application/rss+xml"),
            )
        self.build_sitemaps()
        self.add("/robots.txt", self.text(self.robots()))

    def build_category(self, category: Category) -> None:
        if category.slug == AJAX_CATEGORY:  # one URL; the rest comes by AJAX POST ('Xem thêm')
            pages = self.pages_of(category)
            self.add(self.cat_path(category), self.html(self.listing_page(category, pages[0], 1, len(pages), None)))
            return
        for sort in (None, *SORTS):
            pages = self.pages_of(category, sort)
            for number, items in enumerate(pages, start=1):
                page = self.html(self.listing_page(category, items, number, len(pages), sort))
                self.add(self.cat_path(category, number, sort).replace("&amp;", "&"), page)
                if number == 1:
                    self.add(self.cat_path(category, None, sort).replace("&amp;", "&"), page)

    @staticmethod
    def district_host(name: str) -> str:
        """'Huyện Bá Thước' -> 'bathuoc' (the district sub-portals' host names); the provincial city is 'tpthanhhoa'."""
        if name == "Thành phố Thanh Hóa":
            return "tpthanhhoa"
        bare = name.split(" ", 2)[-1] if name.startswith(("Thành phố", "Thị xã")) else name.split(" ", 1)[-1]
        return ascii_slug(bare).replace("-", "")

    def build_sitemaps(self) -> None:
        vi = [a for a in self.in_sitemap() if a.lang != "en"]
        en = [a for a in self.in_sitemap() if a.lang == "en"]
        pages = ["/", "/en"] + [self.cat_path(c) for c in self.spec.categories]
        pages += [f"/gioi-thieu/{slug}.html" for slug, _, _ in ABOUT] + [p for p in STATIC if p.endswith(".html")]
        self.add(
            "/sitemap.xml",
            self.text(
                self.sitemap_index(["/sitemap/tin-tuc.xml", "/sitemap/en.xml", "/sitemap/trang.xml"]), "application/xml"
            ),
        )
        self.add("/sitemap/tin-tuc.xml", self.text(self.sitemap_xml(vi), "application/xml"))
        self.add("/sitemap/en.xml", self.text(self.sitemap_xml(en), "application/xml"))
        self.add("/sitemap/trang.xml", self.text(self.sitemap_xml([], pages), "application/xml"))

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """What the MVC routes do with URLs nobody pre-rendered: any slug, extra parameters, pages past the end."""
        values = dict(params)
        if path == "/Account/Login":
            return self.html(self.login_page(values.get("ReturnUrl", "/")))
        if path == "/tim-kiem":
            page = int(values["page"]) if values.get("page", "").isdigit() else 1
            keyword = values.get("keyword", "").strip()
            return self.html(self.layout("Tìm kiếm", self.search_main(keyword, max(page, 1)), path="/tim-kiem"))
        if path == "/lich-cong-tac.html":
            return self.html(self.layout("Lịch công tác", self.calendar_main(values), path=path))
        if path == "/tin-tuc/theo-ngay.html":
            return self.html(self.layout("Tin theo ngày", self.by_day_main(values.get("ngay", "")), path=path))
        match = ARTICLE_RE.match(path)
        if match:
            article = self.by_id.get(self.by_nid.get(int(match.group(3)), ""))
            lang = "en" if match.group(1) == "en/news" else "vi"
            if article is not None and article.lang == lang:
                return self.routes[self.route_key(self.article_path(article))]
            return self.html(self.soft_404(lang))
        if path == "/Pages/ChiTietTin.aspx" or path == "/News/Print":
            key = "ItemID" if path.startswith("/Pages") else "id"
            article = self.by_id.get(self.by_nid.get(int(values[key]) if values.get(key, "").isdigit() else -1, ""))
            if article is not None:
                return self.redirect(self.article_path(article))
            return self.html(self.soft_404("vi"))
        for category in self.spec.categories:
            if path == self.cat_path(category):
                sort = values.get("sort") if values.get("sort") in SORTS and category.slug != AJAX_CATEGORY else None
                page = int(values["page"]) if values.get("page", "").isdigit() and category.slug != AJAX_CATEGORY else 1
                pages = self.pages_of(category, sort)
                items = pages[page - 1] if 1 <= page <= len(pages) else []
                return self.html(self.listing_page(category, items, max(page, 1), len(pages), sort))
        return None

    # ---- chrome ----------------------------------------------------------------------------
    def layout(
        self,
        title: str,
        main: str,
        path: str,
        lang: str = "vi",
        page_class: str = "inner",
        canonical: str | None = None,
        head_extra: str = "",
        sidebar: bool = True,
    ) -> str:
        en = lang == "en"
        site = "Thanh Hoa Provincial Portal" if en else self.spec.name
        canonical_tag = f'<link rel="canonical" href="{esc(self.url(canonical))}" />\n' if canonical else ""
        right = f'<div class="col-md-3 col-sm-12 col-right">\n{self.sidebar(lang)}\n</div>' if sidebar else ""
        width = "col-md-9 col-sm-12" if sidebar else "col-md-12"
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} - {esc(site)}</title>
<meta name="keywords" content="Thanh Hóa, Cổng thông tin điện tử tỉnh Thanh Hóa, UBND tỉnh Thanh Hóa, thanhhoa.gov.vn" />
<meta name="generator" content="eGov Portal 3.2" />
{canonical_tag}{head_extra}<link rel="shortcut icon" href="/Content/images/favicon.ico" type="image/x-icon" />
<link href="/Content/bootstrap.min.css" rel="stylesheet" />
<link href="/Content/font-awesome.min.css" rel="stylesheet" />
<link href="/Content/owl.carousel.min.css" rel="stylesheet" />
<link href="/Themes/ThanhHoa/css/style.css?v=3.2.7" rel="stylesheet" />
<link href="/Themes/ThanhHoa/css/responsive.css?v=3.2.7" rel="stylesheet" />
<link rel="alternate" type="application/rss+xml" title="Tin mới - Cổng TTĐT tỉnh Thanh Hóa" href="/rss/tin-moi.rss" />
<script src="/Scripts/jquery-1.11.3.min.js"></script>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-61270714-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-61270714-1');</script>
</head>
<body class="page-{page_class} lang-{lang}">
<!--googleoff: index-->
{self.top_bar(path, lang)}
{self.header(lang)}
{self.mega_menu(lang)}
{self.ticker(lang)}
<!--googleon: index-->
<div class="container" id="main-content">
<div class="row">
<div class="{width} col-main">
{main}
</div>
{right}
</div>
</div>
<!--googleoff: index-->
{self.footer(lang)}
<!--googleon: index-->
<a href="javascript:void(0);" id="back-to-top" title="{"Back to top" if en else "Lên đầu trang"}"><i class="fa fa-angle-up"></i></a>
<script src="/Scripts/bootstrap.min.js"></script>
<script src="/Scripts/owl.carousel.min.js"></script>
<script src="/Scripts/jquery.newsTicker.min.js"></script>
<script src="/Scripts/portal.common.js?v=3.2.7"></script>
</body>
</html>"""

    def top_bar(self, path: str, lang: str) -> str:
        if lang == "en":
            today = f"{EN_WEEKDAYS[TODAY.weekday()]}, {EN_MONTHS[TODAY.month - 1]} {TODAY.day}, {TODAY.year}"
            return f"""<div id="top-bar"><div class="container"><div class="row">
<div class="col-sm-6 today"><i class="fa fa-calendar"></i> {today}</div>
<div class="col-sm-6 text-right top-links"><a href="/">Tiếng Việt</a> | <a href="/en">English</a> | <a href="/Account/Login?ReturnUrl={quote(path, safe="")}">Login</a></div>
</div></div></div>"""
        return f"""<div id="top-bar"><div class="container"><div class="row">
<div class="col-sm-5 today"><i class="fa fa-calendar"></i> {WEEKDAYS[TODAY.weekday()]}, ngày {TODAY.strftime("%d/%m/%Y")}</div>
<div class="col-sm-7 text-right top-links">
<a href="/so-do-cong.html"><i class="fa fa-sitemap"></i> Sơ đồ cổng</a> |
<a href="/rss.html"><i class="fa fa-rss"></i> RSS</a> |
<a href="/lien-he.html"><i class="fa fa-envelope"></i> Liên hệ</a> |
<a href="/Account/Login?ReturnUrl={quote(path, safe="")}"><i class="fa fa-user"></i> Đăng nhập</a> |
<a href="/" class="lang-vi"><img src="/Content/images/flag-vi.png" alt="Tiếng Việt" /></a> <a href="/en" class="lang-en"><img src="/Content/images/flag-en.png" alt="English" /></a>
</div>
</div></div></div>"""

    def header(self, lang: str) -> str:
        search = (
            ""
            if lang == "en"
            else '<form class="navbar-form header-search" action="/tim-kiem" method="get"><div class="input-group">'
            '<input type="text" name="keyword" class="form-control" placeholder="Nhập từ khóa tìm kiếm..." />'
            '<span class="input-group-btn"><button class="btn btn-default" type="submit"><i class="fa fa-search"></i></button></span></div></form>'
        )
        home = "/en" if lang == "en" else "/"
        return f"""<header id="header"><div class="container"><div class="row">
<div class="col-md-8 col-sm-8 logo-wrap"><a href="{home}" class="logo"><img src="/Themes/ThanhHoa/images/quochuy.png" alt="Quốc huy" />
<span class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA</span><span class="site-name-en">THANH HOA PROVINCIAL PORTAL</span></a></div>
<div class="col-md-4 col-sm-4">{search}</div>
</div></div></header>"""

    def mega_menu(self, lang: str) -> str:
        if lang == "en":
            items = "".join(
                f'<li><a href="{p}">{esc(t)}</a></li>'
                for p, t in (
                    ("/en", "Home"),
                    ("/en/about.html", "About Thanh Hoa"),
                    ("/en/government.html", "Government"),
                    ("/en/investment.html", "Investment"),
                    ("/en/tourism.html", "Tourism"),
                    *((self.cat_path(c), c.name) for c in self.cats("en")),
                    ("/", "Tiếng Việt"),
                )
            )
            return f'<nav class="navbar navbar-default" id="main-menu"><div class="container"><ul class="nav navbar-nav">{items}</ul></div></nav>'

        def column(header: str, links: list[tuple[str, str]], cls: str = "col-sm-3") -> str:
            blank = ' target="_blank"'
            rows = "".join(
                f'<li><a href="{esc(h)}"{blank if h.startswith("http") else ""}>{esc(t)}</a></li>' for h, t in links
            )
            return f'<li class="{cls}"><ul><li class="dropdown-header">{header}</li>{rows}</ul></li>'

        def dropdown(title: str, href: str, columns: str) -> str:
            return (
                f'<li class="dropdown mega-dropdown"><a href="{href}" class="dropdown-toggle" data-hover="dropdown">{esc(title)} <span class="caret"></span></a>'
                f'<ul class="dropdown-menu mega-dropdown-menu row">{columns}</ul></li>'
            )

        about = [(f"/gioi-thieu/{slug}.html", title) for slug, title, _ in ABOUT]
        news = [(self.cat_path(c), c.name) for c in self.cats()]
        departments = [(f"https://{code}.thanhhoa.gov.vn", name) for name, code in DEPARTMENTS]
        districts = [(f"https://{self.district_host(name)}.thanhhoa.gov.vn", name) for name in DISTRICTS]
        citizens = [
            ("https://dichvucong.thanhhoa.gov.vn", "Dịch vụ công trực tuyến"),
            ("/cong-dan/thu-tuc-hanh-chinh.html", "Thủ tục hành chính"),
            ("/hoi-dap.html", "Hỏi đáp trực tuyến"),
            ("/cong-dan/phan-anh-kien-nghi.html", "Tiếp nhận phản ánh, kiến nghị"),
            ("https://dichvucong.thanhhoa.gov.vn/tra-cuu-ho-so", "Tra cứu hồ sơ"),
            ("http://congbao.thanhhoa.gov.vn", "Công báo tỉnh"),
        ]
        invest = [(p, STATIC[p][0]) for p in STATIC if p.startswith("/dau-tu/")]
        docs = [
            ("/van-ban.html?loai=1", DOC_KINDS[1]),
            ("/van-ban.html?loai=2", DOC_KINDS[2]),
            ("/van-ban.html?loai=3", DOC_KINDS[3]),
            ("/van-ban.html", "Tất cả văn bản"),
            ("https://vbpl.vn/thanhhoa", "CSDL văn bản pháp luật"),
        ]
        main = self.spec.category(self.spec.main_category)
        topics = [
            (self.cat_path(main), "Bình đẳng giới - Vì sự tiến bộ phụ nữ"),
            (self.tag_path("cai-cach-hanh-chinh"), "Cải cách hành chính"),
            (self.tag_path("chuyen-doi-so"), "Chuyển đổi số"),
            (self.tag_path("chinh-quyen-hai-cap"), "Chính quyền địa phương hai cấp"),
            ("/chuyen-de/hoc-tap-lam-theo-bac.html", "Học tập và làm theo Bác"),
            ("/chuyen-de/phong-chong-covid-19.html", "Phòng, chống dịch COVID-19"),
        ]
        media = [("/thu-vien-anh.html", "Thư viện ảnh"), ("/video.html", "Video"), ("/infographic.html", "Infographic")]
        half = (len(districts) + 1) // 2
        return f"""<nav class="navbar navbar-default navbar-mega" id="main-menu" role="navigation"><div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar-collapse-main"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="navbar-collapse-main">
<ul class="nav navbar-nav">
<li class="menu-home"><a href="/" title="Trang chủ"><i class="fa fa-home"></i><span class="hidden">Trang chủ</span></a></li>
{dropdown("Giới thiệu", "/gioi-thieu/tong-quan.html", column("Thanh Hóa", about[:4]) + column("Bộ máy chính quyền", about[4:]))}
{dropdown("Tin tức", self.cat_path(self.cats()[0]), column("Chuyên mục", news) + column("Đa phương tiện", media))}
{dropdown("Chính quyền", "/gioi-thieu/ubnd-tinh.html", column("Sở, ban, ngành", departments[:10]) + column("&nbsp;", departments[10:]) + column("Huyện, thị xã, thành phố (trước 01/7/2025)", districts[:half]) + column("&nbsp;", districts[half:]))}
{dropdown("Công dân - Doanh nghiệp", "/cong-dan/thu-tuc-hanh-chinh.html", column("Dịch vụ", citizens) + column("Đầu tư", invest))}
{dropdown("Văn bản", "/van-ban.html", column("Văn bản", docs))}
{dropdown("Chuyên đề", self.cat_path(main), column("Chuyên đề", topics))}
<li><a href="/en">English</a></li>
</ul>
</div></div></nav>"""

    def ticker(self, lang: str) -> str:
        """'Tin mới' ticker; its links carry the tracking parameters the analytics team asked for."""
        items = "".join(
            f'<li><a href="{esc(self.article_path(a))}?utm_source=portal&amp;utm_medium=ticker&amp;utm_campaign=tinmoi">{esc(a.title)}</a> <span class="date">{self.short_date(a)}</span></li>'
            for a in self.newest(8, lang)
        )
        label = "Latest" if lang == "en" else "Tin mới"
        return f"""<div id="hot-news"><div class="container"><div class="hot-news-inner">
<span class="hot-news-title"><i class="fa fa-bolt"></i> {label}:</span>
<ul class="newsticker" id="ticker">{items}</ul>
</div></div></div>"""

    def sidebar(self, lang: str) -> str:
        stats = (
            ("Đang truy cập", ONLINE),
            ("Hôm nay", "12.845"),
            ("Tháng hiện tại", "389.122"),
            ("Tổng lượt truy cập", "48.517.203"),
        )
        stats_html = "".join(f"<li><span>{k}:</span> <strong>{v}</strong></li>" for k, v in stats)
        if lang == "en":
            latest = "".join(
                f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></li>' for a in self.newest(5, "en")
            )
            return f"""<div class="box box-latest"><h3 class="box-title">Latest news</h3><ul class="list-news">{latest}</ul></div>
<div class="box box-links"><h3 class="box-title">Links</h3><ul><li><a href="https://chinhphu.vn" target="_blank">Government Portal</a></li><li><a href="https://en.vietnamplus.vn" target="_blank">VietnamPlus</a></li></ul></div>
<div class="box box-stats"><h3 class="box-title">Thống kê truy cập</h3><ul>{stats_html}</ul></div>"""
        docs = "".join(
            f'<li><a href="{self.doc_path(d)}" title="{esc(d[4])}"><span class="doc-number">{esc(d[1])}</span> {esc(d[4])}</a><span class="date">Ngày ban hành: {d[2].strftime("%d/%m/%Y")}</span></li>'
            for d in DOCUMENTS[:5]
        )
        monday = TODAY - timedelta(days=TODAY.weekday())
        week = TODAY.isocalendar()
        agenda = "".join(
            f"<li><strong>{WEEKDAYS[i]} ({(monday + timedelta(days=i)).strftime('%d/%m')})</strong>: {esc(EVENTS[(monday.toordinal() + i) % len(EVENTS)])}</li>"
            for i in range(5)
            if monday + timedelta(days=i) >= TODAY
        )
        most = sorted(self.newest(10), key=self.views, reverse=True)[:5]  # the widget ranks the ten newest only
        most_html = "".join(f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></li>' for a in most)
        keywords = ", ".join(f'<a href="/tim-kiem?keyword={quote_plus(k)}">{esc(k)}</a>' for k in KEYWORDS)
        links = "".join(
            f'<option value="{u}">{esc(n)}</option>'
            for n, u in (
                ("Cổng TTĐT Chính phủ", "https://chinhphu.vn"),
                ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
                ("Bộ Nội vụ", "https://moha.gov.vn"),
                ("Tỉnh ủy Thanh Hóa", "https://thanhhoa.dcs.vn"),
                ("Báo Thanh Hóa", "https://baothanhhoa.vn"),
                ("Hội LHPN Việt Nam", "https://hoilhpn.org.vn"),
            )
        )
        days = "".join(f"<option>{d:02d}</option>" for d in range(1, 32))
        months = "".join(f"<option>{m:02d}</option>" for m in range(1, 13))
        years = "".join(f"<option>{y}</option>" for y in range(TODAY.year, 2014, -1))
        return f"""<!-- BEGIN Module: VanBanMoi -->
<div class="box box-vanban"><h3 class="box-title"><a href="/van-ban.html">Văn bản mới</a></h3><ul class="list-vanban">{docs}</ul>
<div class="text-right"><a href="/van-ban.html" class="view-all">Xem tất cả &raquo;</a></div></div>
<!-- END Module: VanBanMoi -->
<div class="box box-lichcongtac"><h3 class="box-title"><a href="/lich-cong-tac.html">Lịch công tác</a></h3>
<p class="week">Tuần {week[1]}/{week[0]}</p><ul class="agenda">{agenda}</ul>
<div class="text-right"><a href="/lich-cong-tac.html?tuan={week[1]}&amp;nam={week[0]}">Xem lịch cả tuần &raquo;</a></div></div>
<div class="box box-banner">
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/Upload/banner/dvc-quocgia.jpg" alt="Cổng Dịch vụ công quốc gia" class="img-responsive" /></a>
<a href="https://dichvucong.thanhhoa.gov.vn" target="_blank"><img src="/Upload/banner/dvc-thanhhoa.jpg" alt="Hệ thống thông tin giải quyết TTHC tỉnh" class="img-responsive" /></a>
<a href="https://pakn.thanhhoa.gov.vn" target="_blank"><img src="/Upload/banner/pakn.jpg" alt="Phản ánh kiến nghị" class="img-responsive" /></a>
<a href="{self.cat_path(self.spec.category(self.spec.main_category))}"><img src="/Upload/banner/chuyende-bdg.jpg" alt="Chuyên đề Bình đẳng giới" class="img-responsive" /></a>
</div>
<div class="box box-mostview"><h3 class="box-title">Tin đọc nhiều</h3><ul class="list-news">{most_html}</ul></div>
<div class="box box-bydate"><h3 class="box-title">Xem tin theo ngày</h3>
<form action="/tin-tuc/theo-ngay.html" method="get" class="form-inline" onsubmit="this.ngay.value=this.d.value+'/'+this.m.value+'/'+this.y.value;">
<input type="hidden" name="ngay" value="" /><select name="d" class="form-control input-sm">{days}</select> <select name="m" class="form-control input-sm">{months}</select> <select name="y" class="form-control input-sm">{years}</select>
<button type="submit" class="btn btn-primary btn-sm">Xem</button></form></div>
<div class="box box-keywords"><h3 class="box-title">Từ khóa tìm kiếm nhiều</h3><p>{keywords}</p></div>
<div class="box box-poll"><h3 class="box-title">Thăm dò ý kiến</h3>
<form action="/Poll/Vote" method="post"><input name="__RequestVerificationToken" type="hidden" value="{RVT}" /><input type="hidden" name="pollId" value="3" />
<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử tỉnh?</p>
<div class="radio"><label><input type="radio" name="answer" value="1" /> Rất hài lòng</label></div><div class="radio"><label><input type="radio" name="answer" value="2" /> Hài lòng</label></div>
<div class="radio"><label><input type="radio" name="answer" value="3" /> Bình thường</label></div><div class="radio"><label><input type="radio" name="answer" value="4" /> Chưa hài lòng</label></div>
<button type="submit" class="btn btn-primary btn-sm">Biểu quyết</button> <a href="/Poll/Result/3" class="btn btn-default btn-sm">Xem kết quả</a></form></div>
<div class="box box-links"><h3 class="box-title">Liên kết website</h3><select class="form-control" onchange="if(this.value!='')window.open(this.value);"><option value="">-- Chọn liên kết --</option>{links}</select></div>
<div class="box box-stats"><h3 class="box-title">Thống kê truy cập</h3><ul class="stats">{stats_html}</ul></div>"""

    def footer(self, lang: str) -> str:
        if lang == "en":
            return f"""<footer id="footer"><div class="container"><p><strong>THANH HOA PROVINCIAL PORTAL</strong></p>
<p>Managed by: People's Committee of Thanh Hoa Province. Address: 35 Le Loi Avenue, Thanh Hoa. Tel: (+84 237) 3852 368</p>
<p>Cơ quan chủ quản: {esc(self.spec.owner)}. {esc(self.spec.license)}</p></div></footer>"""
        return f"""<footer id="footer"><div class="container"><div class="row">
<div class="col-md-9 footer-info">
<p class="footer-title">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA</p>
<p>Cơ quan chủ quản: {esc(self.spec.owner)}</p>
<p>Cơ quan thường trực: Văn phòng UBND tỉnh Thanh Hóa - Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh</p>
<p>{esc(self.spec.license)}</p>
<p>Địa chỉ: {esc(self.spec.address)} - Điện thoại: (0237) 3852 368 - Email: bbt@thanhhoa.gov.vn</p>
<p>Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Thanh Hóa” hoặc “thanhhoa.gov.vn” khi phát hành lại thông tin từ website này.</p>
</div>
<div class="col-md-3 footer-badge"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/thanhhoagovvn-1634715000" target="_blank" title="Chung nhan Tin Nhiem Mang"><img src="https://tinnhiemmang.vn/handle_cert?id=thanhhoa.gov.vn" width="150" alt="Chung nhan Tin Nhiem Mang" /></a>
<p class="developer">Phát triển bởi: VNPT Thanh Hóa</p></div>
</div></div></footer>"""

    def breadcrumb(self, trail: Sequence[tuple[str | None, str]], lang: str = "vi") -> str:
        home = ("/en", "Home") if lang == "en" else ("/", "Trang chủ")
        items = [f'<li><a href="{home[0]}"><i class="fa fa-home"></i> {home[1]}</a></li>']
        for href, text in trail:
            items.append(
                f'<li><a href="{href}">{esc(text)}</a></li>' if href else f'<li class="active">{esc(text)}</li>'
            )
        return f'<ol class="breadcrumb">{"".join(items)}</ol>'

    # ---- pages -----------------------------------------------------------------------------
    def thumb(self, article: CorpusArticle) -> str:
        return f"/Upload/images/{self.when[article.id].at.strftime('%Y/%m')}/thumb_{self.nid[article.id]}.jpg"

    def teaser_item(self, article: CorpusArticle, href: str | None = None, sapo: bool = True) -> str:
        href = esc(href or self.article_path(article))
        text = f'<p class="news-item-sapo">{esc(self.teaser(article, 230))}</p>' if sapo else ""
        return f"""<div class="news-item row">
<div class="col-xs-4 col-sm-3"><a href="{href}" class="thumb"><img src="{self.thumb(article)}" alt="{esc(article.title)}" class="img-responsive" /></a></div>
<div class="col-xs-8 col-sm-9"><h3 class="news-item-title"><a href="{href}" title="{esc(article.title)}">{esc(article.title)}</a></h3>
<div class="news-item-date"><i class="fa fa-clock-o"></i> {self.list_date(article)}</div>{text}</div>
</div>"""

    def home_main(self) -> str:
        featured = self.newest(5)
        slides = "".join(
            f'<div class="item"><a href="{esc(self.slider_path(a))}"><img src="/Upload/images/{self.when[a.id].at.strftime("%Y/%m")}/{self.nid[a.id]}_slide.jpg" alt="{esc(a.title)}" /></a>'
            f'<div class="caption"><h2><a href="{esc(self.slider_path(a))}">{esc(a.title)}</a></h2></div></div>'
            for a in featured
        )
        first = featured[0] if featured else None
        hot = (
            (
                f'<div class="hot-first"><h2 class="title"><a href="{esc(self.slider_path(first))}">{esc(first.title)}</a></h2>'
                f'<p class="sapo">{esc(self.teaser(first, 260))}</p></div>'
            )
            if first
            else ""
        )
        blocks = []
        for category in self.cats():
            items = self.items(category)[:4]
            if not items:
                rows = '<p class="empty">Đang cập nhật...</p>'
            else:
                lead = items[0]
                rows = (
                    f'<div class="cat-lead"><a href="{esc(self.article_path(lead))}"><img src="{self.thumb(lead)}" alt="" class="img-responsive" /></a>'
                    f'<h3><a href="{esc(self.article_path(lead))}">{esc(lead.title)}</a></h3><p>{esc(self.teaser(lead, 200))}</p></div>'
                    + '<ul class="cat-list">'
                    + "".join(
                        f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="date">{self.short_date(a)}</span></li>'
                        for a in items[1:]
                    )
                    + "</ul>"
                )
            blocks.append(f"""<!-- BEGIN Module: CategoryBox {category.key} -->
<div class="box box-category-home"><h2 class="box-title"><a href="{self.cat_path(category)}">{esc(category.name)}</a><a href="/rss/{category.key}.rss" class="rss" title="RSS"><i class="fa fa-rss"></i></a></h2>
{rows}
<div class="text-right"><a href="{self.cat_path(category)}" class="view-more">Xem thêm &raquo;</a></div></div>
<!-- END Module: CategoryBox -->""")
        notices = (
            f'<li><a href="/tin-tuc/thong-bao-tuyen-dung-vien-chuc-lam-viec-tai-cac-don-vi-su-nghiep-nam-2025-t{self.dead_id}.html">Thông báo tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp năm 2025</a></li>'
            + "".join(f'<li><a href="{self.doc_path(d)}">{esc(d[4])}</a></li>' for d in DOCUMENTS[:2])
        )
        return f"""<div class="row home-top">
<div class="col-md-8"><div id="slider-hot" class="owl-carousel">{slides}</div>{hot}</div>
<div class="col-md-4"><div class="box box-notice"><h3 class="box-title">Thông báo</h3><ul>{notices}</ul></div>
<div class="box box-video"><h3 class="box-title"><a href="/video.html">Video</a></h3><div class="video-wrap"><iframe src="https://www.youtube.com/embed/videoseries?list=PLthanhhoa" width="100%" height="180" frameborder="0" allowfullscreen></iframe></div></div></div>
</div>
{"".join(blocks)}"""

    def en_home_main(self) -> str:
        items = "".join(self.teaser_item(a) for a in self.newest(6, "en"))
        links = "".join(
            f'<a href="{self.cat_path(c)}" class="view-more">{esc(c.name)} &raquo;</a>' for c in self.cats("en")
        )
        return f'<div class="box box-category"><h2 class="box-title">News</h2>{items}<div class="text-right">{links}</div></div>'

    def listing_page(
        self, category: Category, items: list[CorpusArticle], page: int, pages: int, sort: str | None
    ) -> str:
        en = category.lang == "en"
        if not items:
            rows = f'<div class="alert alert-info">{"No data." if en else "Không có dữ liệu."}</div>'
        else:
            rows = "".join(self.teaser_item(a) for a in items)
        if category.slug == AJAX_CATEGORY:
            pager = f"""<div class="load-more text-center" id="divLoadMore"><a href="javascript:void(0);" class="btn btn-default btn-viewmore" onclick="NewsModule.loadMore({category.key.rsplit("-c", 1)[-1]}, 2, this);">Xem thêm <i class="fa fa-angle-double-down"></i></a></div>
<script>
var NewsModule = {{ loadMore: function (catId, pageIndex, el) {{
  $.ajax({{ url: '/Ajax/News/LoadMore', type: 'POST', dataType: 'html',
    data: {{ catId: catId, pageIndex: pageIndex, pageSize: {self.page_size_of(category)}, __RequestVerificationToken: $('input[name=__RequestVerificationToken]').val() }},
    success: function (html) {{ $('#list-news').append(html); $(el).attr('onclick', 'NewsModule.loadMore(' + catId + ',' + (pageIndex + 1) + ', this);'); }} }});
}} }};
</script><input name="__RequestVerificationToken" type="hidden" value="{RVT}" />"""
            sorter = ""
        else:
            pager = self.pager(category, page, pages, sort)
            labels = (
                (("moi-nhat", "Newest"), ("xem-nhieu", "Most viewed"))
                if en
                else (("moi-nhat", "Mới nhất"), ("xem-nhieu", "Xem nhiều nhất"))
            )
            active = ' class="active"'
            sorter = (
                '<div class="sort-bar">'
                + ("Sort by: " if en else "Sắp xếp theo: ")
                + " | ".join(
                    f'<a href="{self.cat_path(category, None, s)}"{active if s == sort else ""}>{t}</a>'
                    for s, t in labels
                )
                + "</div>"
            )
        crumbs: list[tuple[str | None, str]] = [(None, category.name)]
        parent = next((c for c, subs in SUBCATEGORIES.items() if category.slug in subs), None)
        if parent and parent in {c.slug for c in self.spec.categories}:
            crumbs.insert(0, (self.cat_path(self.spec.category(parent)), self.spec.category(parent).name))
        main = f"""{self.breadcrumb(crumbs, category.lang)}
<div class="box box-category">
<h1 class="category-title"><span>{esc(category.name)}</span> <a href="/rss/{category.key}.rss" class="rss"><i class="fa fa-rss"></i></a></h1>
{sorter}
<div id="list-news" class="list-news">
{rows}
</div>
{pager}
</div>"""
        title = category.name if page == 1 else f"{category.name} - {'Page' if en else 'Trang'} {page}"
        return self.layout(
            title,
            main,
            path=self.cat_path(category).replace("&amp;", "&"),
            lang=category.lang,
            page_class="category",
            canonical=self.cat_path(category, page if page > 1 else None).replace("&amp;", "&"),
        )

    def pager(self, category: Category, page: int, pages: int, sort: str | None) -> str:
        """PagedList.Mvc's markup: skip-to-first/previous/next/last and five page numbers."""
        if pages <= 1:
            return ""

        def cell(target: int, text: str, cls: str = "", rel: str = "") -> str:
            classes = f' class="{cls}"' if cls else ""
            rel_attr = f' rel="{rel}"' if rel else ""
            return f'<li{classes}><a href="{self.cat_path(category, target, sort)}"{rel_attr}>{text}</a></li>'

        cells = []
        if page > 1:
            cells += [cell(1, "««", "PagedList-skipToFirst"), cell(page - 1, "«", "PagedList-skipToPrevious", "prev")]
        else:
            cells += [
                '<li class="disabled PagedList-skipToFirst"><a>««</a></li>',
                '<li class="disabled PagedList-skipToPrevious"><a>«</a></li>',
            ]
        start = max(1, min(page - 2, pages - 4))
        for number in range(start, min(pages, start + 4) + 1):
            cells.append(f'<li class="active"><a>{number}</a></li>' if number == page else cell(number, str(number)))
        if page < pages:
            cells += [cell(page + 1, "»", "PagedList-skipToNext", "next"), cell(pages, "»»", "PagedList-skipToLast")]
        else:
            cells += [
                '<li class="disabled PagedList-skipToNext"><a>»</a></li>',
                '<li class="disabled PagedList-skipToLast"><a>»»</a></li>',
            ]
        summary = f"Page {page} of {pages}" if category.lang == "en" else f"Trang {page}/{pages}"
        return f'<div class="pagination-container"><ul class="pagination">{"".join(cells)}</ul><span class="page-summary">{summary}</span></div>'

    def attachment_of(self, article: CorpusArticle) -> tuple[str, str] | None:
        """Plans and decisions of some articles are attached as PDF ('Tệp đính kèm')."""
        if not article.documents or article.number % 2:
            return None
        number = next((d.number for d in article.documents if "UBND" in d.number), article.documents[0].number)
        return f"/Upload/files/{self.when[article.id].at.year}/{self.doc_file(number)}", number

    def caption(self, article: CorpusArticle) -> str:
        title = article.title.casefold()
        return next((text for word, text in CAPTIONS if word in title), "Ảnh minh họa.")

    def body_html(self, article: CorpusArticle) -> str:
        """The CKEditor body: migrated (pre-2019) articles keep the old portal's Word-pasted spans and, some, NFD text;
        a photo with its caption after the first paragraph; an editor-pasted 'Tin liên quan' box; the signature."""
        old = self.when[article.id].at.year < 2019
        texts = list(article.paragraphs)
        if old and article.number % 2 == 0:
            texts = [unicodedata.normalize("NFD", t) for t in texts]
        if old:
            blocks = [
                f'<div style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:arial,helvetica,sans-serif;">{esc(t)}</span></span></div>'
                for t in texts
            ]
        else:
            blocks = [f'<p style="text-align: justify;">{esc(t)}</p>' for t in texts]
        image = f"/Upload/images/{self.when[article.id].at.strftime('%Y/%m')}/{self.nid[article.id]}_1.jpg"
        credit = article.author.split(" (")[0] if article.author and article.lang == "vi" else "Cổng TTĐT tỉnh"
        if article.number % 2 and article.lang == "vi":
            if old:
                figure = (
                    f'<p style="text-align: center;"><img alt="" src="{image}" style="width: 600px; height: 400px;" /></p>\n'
                    f'<p style="text-align: center;"><em>{esc(self.caption(article))} Ảnh: {esc(credit)}</em></p>'
                )
            else:
                figure = (
                    f'<figure class="image" style="display:table;margin:0 auto"><img alt="{esc(article.title)}" height="450" src="{image}" width="680" />'
                    f"<figcaption>{esc(self.caption(article))} (Ảnh: {esc(credit)})</figcaption></figure>"
                )
            blocks.insert(1, figure)
        if article.number % 3 == 0:
            older = [a for a in self.related(article) if self.when[a.id].at < self.when[article.id].at]
            if older:
                href = (
                    self.legacy_path(older[0])
                    if old or self.when[older[0].id].at.year < 2019
                    else self.article_path(older[0])
                )
                box = (
                    f'<div class="tinlienquan-inline" style="border-left: 3px solid #b30000; padding-left: 10px; margin: 10px 0;">'
                    f'<p><strong>{"RELATED" if article.lang == "en" else "TIN LIÊN QUAN"}:</strong></p><ul><li><a href="{esc(href)}">{esc(older[0].title)}</a></li></ul></div>'
                )
                blocks.insert(min(3, len(blocks)), box)
        if article.author and article.author_style == "signature":
            blocks.append(f'<p style="text-align: right;"><strong>{esc(article.author)}</strong></p>')
        return "\n".join(blocks)

    def article_page(self, article: CorpusArticle) -> str:
        en = article.lang == "en"
        category = self.spec.category(article.category)
        canonical = self.canonical_url(article)
        share = quote(canonical, safe="")
        nid = self.nid[article.id]
        byline = (
            f'<span class="news-author"><i class="fa fa-user"></i> {esc(article.author)}</span>'
            if article.author and article.author_style == "byline"
            else ""
        )
        updated = ""
        if article.modified:
            changed = When.parse(article.modified)
            updated = f'<span class="news-update">({"Updated" if en else "Cập nhật"}: {changed.with_time(changed.dmy())})</span>'
        label = (
            f'<div class="news-detail-author text-right"><strong>{"Author:" if en else "Tác giả:"}</strong> {esc(article.author)}</div>'
            if article.author and article.author_style == "label"
            else ""
        )
        source = (
            '<div class="news-detail-source text-right"><em>Nguồn: Báo Thanh Hóa</em></div>'
            if article.number % 4 == 3 and not en and "(" not in (article.author or "")
            else ""
        )
        attachment = self.attachment_of(article)
        attach = (
            (
                f'<div class="news-detail-attach"><i class="fa fa-paperclip"></i> {"Attachment" if en else "Tệp đính kèm"}: '
                f'<a href="{attachment[0]}" target="_blank">{esc(attachment[0].rsplit("/", 1)[-1])}</a></div>'
            )
            if attachment
            else ""
        )
        tags = ", ".join(f'<a href="{self.tag_path(slug)}">{esc(text)}</a>' for text, slug in self.tags[article.id])
        tags_html = (
            f'<div class="news-detail-tags"><i class="fa fa-tags"></i> {"Tags" if en else "Từ khóa"}: {tags}</div>'
            if tags
            else ""
        )
        related = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="date">{self.short_date(a)}</span></li>'
            for a in self.related(article)
        )
        related_html = (
            f'<div class="box box-related"><h3 class="box-title">{"Related news" if en else "Tin liên quan"}</h3><ul>{related}</ul></div>'
            if related
            else ""
        )
        others = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="date">{self.short_date(a)}</span></li>'
            for a in self.others(article)
        )
        others_html = (
            f'<div class="box box-other"><h3 class="box-title">{"Other news" if en else "Các tin khác"}</h3><ul>{others}</ul></div>'
            if others
            else ""
        )
        lead = f'<div class="news-detail-sapo">{esc(article.lead)}</div>' if article.lead else ""
        crumbs = [(self.cat_path(category), category.name)]
        parent = next((c for c, subs in SUBCATEGORIES.items() if category.slug in subs), None)
        if parent and parent in {c.slug for c in self.spec.categories}:
            crumbs.insert(0, (self.cat_path(self.spec.category(parent)), self.spec.category(parent).name))
        views_label = "Views" if en else "Lượt xem"
        comments = (
            ""
            if en
            else f"""<div class="box box-comment"><h3 class="box-title">Ý kiến bạn đọc</h3>
<form action="/Comment/Post" method="post" class="form-comment"><input name="__RequestVerificationToken" type="hidden" value="{RVT}" /><input type="hidden" name="NewsId" value="{nid}" />
<div class="form-group"><input type="text" name="FullName" class="form-control" placeholder="Họ và tên (*)" /></div>
<div class="form-group"><input type="email" name="Email" class="form-control" placeholder="Email (*)" /></div>
<div class="form-group"><textarea name="Content" rows="4" class="form-control" placeholder="Nội dung ý kiến (*)"></textarea></div>
<div class="form-group form-inline"><img src="/Captcha/Show?w=120&amp;h=34" alt="captcha" /> <input type="text" name="Captcha" class="form-control" placeholder="Mã xác nhận" /></div>
<button type="submit" class="btn btn-primary">Gửi ý kiến</button></form></div>"""
        )
        main = f"""{self.breadcrumb(crumbs, article.lang)}
<!-- BEGIN Module: NewsDetail -->
<div class="news-detail" id="news-detail-{nid}">
<h1 class="news-detail-title">{esc(article.title)}</h1>
<div class="news-detail-info clearfix">
<span class="news-date"><i class="fa fa-calendar"></i> {self.detail_date(article)}</span> {updated} {byline}
<span class="news-view"><i class="fa fa-eye"></i> {views_label}: {vn_number(self.views(article)) if not en else f"{self.views(article):,}"}</span>
<span class="news-tools pull-right">
<a href="javascript:void(0);" onclick="changeFontSize(-1);" title="Giảm cỡ chữ">A-</a> <a href="javascript:void(0);" onclick="changeFontSize(0);">A</a> <a href="javascript:void(0);" onclick="changeFontSize(1);" title="Tăng cỡ chữ">A+</a>
<a href="/News/Print?id={nid}" target="_blank" title="{"Print" if en else "In bài viết"}"><i class="fa fa-print"></i></a>
<a href="mailto:?subject={quote(article.title)}&amp;body={share}" title="{"Email" if en else "Gửi email"}"><i class="fa fa-envelope"></i></a>
</span>
</div>
{lead}
<div class="news-detail-content" id="divNewsContent">
{self.body_html(article)}
</div>
{label}{source}{attach}
{tags_html}
<div class="news-detail-share">
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" class="btn-share fb"><i class="fa fa-facebook"></i> {"Share" if en else "Chia sẻ"}</a>
<div class="zalo-share-button" data-href="{esc(canonical)}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
<a href="https://twitter.com/intent/tweet?url={share}" target="_blank" class="btn-share tw"><i class="fa fa-twitter"></i></a>
<a href="/News/Print?id={nid}" target="_blank" class="btn-print"><i class="fa fa-print"></i> {"Print" if en else "In bài"}</a>
<a href="javascript:history.back();" class="btn-back"><i class="fa fa-reply"></i> {"Back" if en else "Quay lại"}</a>
</div>
{comments}
{related_html}
{others_html}
</div>
<!-- END Module: NewsDetail -->"""
        description = esc(self.teaser(article, 200))
        head = (
            f'<meta name="description" content="{description}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(article.title)}" />\n<meta property="og:description" content="{description}" />\n'
            f'<meta property="og:url" content="{esc(canonical)}" />\n<meta property="og:image" content="{esc(self.url(self.thumb(article)))}" />\n'
        )
        return self.layout(
            article.title,
            main,
            path=self.article_path(article),
            lang=article.lang,
            page_class="detail",
            canonical=self.article_path(article),
            head_extra=head,
        )

    def print_page(self, article: CorpusArticle) -> str:
        """/News/Print?id=N: the same text on a bare page (noindex, no canonical), printed on load."""
        lead = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else ""
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" /><title>{esc(article.title)}</title>
<link href="/Themes/ThanhHoa/css/print.css" rel="stylesheet" /></head>
<body onload="window.print();">
<div class="print-header"><img src="/Themes/ThanhHoa/images/quochuy.png" width="40" alt="" /> <strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA</strong></div><hr />
<h2>{esc(article.title)}</h2>
<p class="date">{self.detail_date(article)}</p>
{lead}
{self.body_html(article)}
<hr /><p class="print-footer">Địa chỉ bài viết: {esc(self.canonical_url(article))}</p>
</body></html>"""

    def soft_404(self, lang: str) -> str:
        """Unknown ids: the portal chrome around a notice, answered 200 (the MVC action catches the null record)."""
        en = lang == "en"
        latest = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="date">{self.short_date(a)}</span></li>'
            for a in self.newest(6, lang)
        )
        text = "The article does not exist or has been removed." if en else "Bài viết không tồn tại hoặc đã bị gỡ bỏ!"
        main = (
            f'{self.breadcrumb([(None, "Notice" if en else "Thông báo")], lang)}<div class="alert alert-warning"><i class="fa fa-exclamation-triangle"></i> {text}</div>'
            f'<div class="box box-other"><h3 class="box-title">{"Latest news" if en else "Tin mới nhất"}</h3><ul>{latest}</ul></div>'
        )
        return self.layout("Notice" if en else "Thông báo", main, path="/", lang=lang)

    def static_main(self, title: str, text: str, parent: str | None = None, lang: str = "vi") -> str:
        crumbs = ([(None, parent)] if parent else []) + [(None, title)]
        return (
            f'{self.breadcrumb(crumbs, lang)}<div class="box box-static"><h1 class="page-title">{esc(title)}</h1>'
            f'<div class="static-content"><p>{esc(text)}</p></div></div>'
        )

    def en_static(self) -> dict[str, tuple[str, str]]:
        return {
            "/en/about.html": (
                "About Thanh Hoa",
                "Thanh Hoa is the northernmost province of the North Central region of Vietnam, with an area of 11,114.7 square kilometres and a population of more than 3.7 million people.",
            ),
            "/en/government.html": (
                "Government",
                "The provincial People's Council and People's Committee; since 1 July 2025 the province has a two-tier local government of the province and 166 communes and wards.",
            ),
            "/en/investment.html": (
                "Investment",
                "Nghi Son Economic Zone, eight industrial parks, Tho Xuan international airport and Nghi Son deep-water port make Thanh Hoa a destination for investors.",
            ),
            "/en/tourism.html": (
                "Tourism",
                "Sam Son beach, the Ho Dynasty Citadel (a World Heritage site), Pu Luong nature reserve and Lam Kinh historical site are among the province's best-known destinations.",
            ),
        }

    def tag_main(self, label: str, slug: str) -> str:
        items = self.tagged(slug)
        rows = "".join(self.teaser_item(a) for a in items) or '<div class="alert alert-info">Chưa có bài viết.</div>'
        return f'{self.breadcrumb([(None, "Từ khóa"), (None, label)])}<div class="box box-category"><h1 class="category-title">Từ khóa: {esc(label)}</h1><div class="list-news">{rows}</div></div>'

    def sitemap_main(self) -> str:
        groups = [
            ("Giới thiệu", [(f"/gioi-thieu/{s}.html", t) for s, t, _ in ABOUT]),
            ("Tin tức", [(self.cat_path(c), c.name) for c in self.spec.categories]),
            (
                "Tiện ích",
                [(p, t) for p, (t, _) in STATIC.items()] + [("/van-ban.html", "Văn bản"), ("/rss.html", "RSS")],
            ),
        ]
        body = "".join(
            f"<h3>{esc(g)}</h3><ul>" + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in links) + "</ul>"
            for g, links in groups
        )
        return f'{self.breadcrumb([(None, "Sơ đồ cổng")])}<div class="box box-static"><h1 class="page-title">Sơ đồ cổng</h1>{body}</div>'

    def rss_main(self) -> str:
        rows = (
            '<tr><td>Tin mới</td><td><a href="/rss/tin-moi.rss">' + esc(self.url("/rss/tin-moi.rss")) + "</a></td></tr>"
        )
        rows += "".join(
            f'<tr><td>{esc(c.name)}</td><td><a href="/rss/{c.key}.rss">{esc(self.url(f"/rss/{c.key}.rss"))}</a></td></tr>'
            for c in self.spec.categories
        )
        return (
            f'{self.breadcrumb([(None, "RSS")])}<div class="box box-static"><h1 class="page-title">Kênh RSS</h1>'
            f"<p>RSS (Really Simple Syndication) giúp bạn đọc nhận tin mới từ Cổng thông tin điện tử tỉnh Thanh Hóa qua các phần mềm đọc tin.</p>"
            f'<table class="table table-bordered">{rows}</table></div>'
        )

    def documents_main(self, kind: int | None) -> str:
        title = "Văn bản" if kind is None else DOC_KINDS[kind]
        tabs = " | ".join(f'<a href="/van-ban.html?loai={k}">{esc(v)}</a>' for k, v in DOC_KINDS.items())
        rows = "".join(
            f'<tr><td>{n}</td><td><a href="{self.doc_path(d)}">{esc(d[1])}</a></td><td>{d[2].strftime("%d/%m/%Y")}</td><td>{esc(d[4])}</td></tr>'
            for n, d in enumerate((d for d in DOCUMENTS if kind in (None, d[5])), start=1)
        )
        return (
            f'{self.breadcrumb([(None, title)])}<div class="box box-vanban-list"><h1 class="page-title">{esc(title)}</h1><p class="tabs">{tabs}</p>'
            f'<table class="table table-striped table-bordered"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div>'
        )

    def document_main(self, doc: tuple) -> str:
        _, number, issued, kind, summary, loai, signer = doc
        file = f"/Upload/VanBan/{issued.year}/{self.doc_file(number)}"
        fields = (
            ("Số ký hiệu", esc(number)),
            ("Ngày ban hành", issued.strftime("%d/%m/%Y")),
            ("Ngày có hiệu lực", issued.strftime("%d/%m/%Y")),
            ("Loại văn bản", esc(kind)),
            ("Lĩnh vực", esc(DOC_KINDS[loai])),
            ("Cơ quan ban hành", "UBND tỉnh Thanh Hóa"),
            ("Người ký", esc(signer)),
            ("Trích yếu", esc(summary)),
            ("Tệp đính kèm", f'<a href="{file}">{self.doc_file(number)}</a>'),
        )
        table = "".join(f'<tr><th style="width:160px">{k}</th><td>{v}</td></tr>' for k, v in fields)
        return (
            f'{self.breadcrumb([("/van-ban.html", "Văn bản"), (None, number)])}<div class="box box-vanban-detail"><h1 class="page-title">Chi tiết văn bản</h1>'
            f'<table class="table table-bordered">{table}</table></div>'
        )

    def search_main(self, keyword: str, page: int) -> str:
        needle = keyword.casefold()
        found = [a for a in self.listed() if needle and needle in f"{a.title} {a.body}".casefold()]
        pages = max(1, -(-len(found) // SEARCH_PAGE))
        rows = "".join(self.teaser_item(a) for a in found[(page - 1) * SEARCH_PAGE : page * SEARCH_PAGE])
        kw = quote_plus(keyword)
        numbers = "".join(
            f'<li class="active"><a>{n}</a></li>'
            if n == page
            else f'<li><a href="/tim-kiem?keyword={kw}&amp;page={n}">{n}</a></li>'
            for n in range(1, pages + 1)
        )
        summary = (
            f"Tìm thấy <strong>{len(found)}</strong> kết quả với từ khóa “<strong>{esc(keyword)}</strong>”"
            if keyword
            else "Vui lòng nhập từ khóa."
        )
        return (
            f'{self.breadcrumb([(None, "Tìm kiếm")])}<div class="box box-search"><h1 class="page-title">Kết quả tìm kiếm</h1><p>{summary}</p>'
            f'<div class="list-news">{rows}</div><ul class="pagination">{numbers}</ul></div>'
        )

    def calendar_main(self, values: dict[str, str]) -> str:
        """The leaders' weekly schedule: any week of any year renders, with 'Tuần trước' / 'Tuần sau'."""
        try:
            week, year = int(values.get("tuan", TODAY.isocalendar()[1])), int(values.get("nam", TODAY.year))
            monday = date.fromisocalendar(year, week, 1)
        except (ValueError, TypeError):
            monday = TODAY - timedelta(days=TODAY.weekday())
        previous, following = (monday - timedelta(days=7)).isocalendar(), (monday + timedelta(days=7)).isocalendar()
        rows = ""
        for i in range(7):
            day = monday + timedelta(days=i)
            events = [EVENTS[(day.toordinal() + k) % len(EVENTS)] for k in range(2)] if i < 5 else ["Không có lịch."]
            rows += (
                f'<tr><td class="day"><strong>{WEEKDAYS[i]}</strong><br />{day.strftime("%d/%m/%Y")}</td><td>'
                + "<br />".join(esc(e) for e in events)
                + "</td></tr>"
            )
        this = monday.isocalendar()
        return (
            f'{self.breadcrumb([(None, "Lịch công tác")])}<div class="box box-lich"><h1 class="page-title">Lịch công tác của Thường trực UBND tỉnh - Tuần {this[1]}/{this[0]}</h1>'
            f'<p class="text-center"><a href="/lich-cong-tac.html?tuan={previous[1]}&amp;nam={previous[0]}">&laquo; Tuần trước</a> | '
            f'<a href="/lich-cong-tac.html?tuan={following[1]}&amp;nam={following[0]}">Tuần sau &raquo;</a></p>'
            f'<table class="table table-bordered">{rows}</table></div>'
        )

    def by_day_main(self, value: str) -> str:
        """'Xem tin theo ngày' (a GET form): the articles of one day, with the day before and after."""
        try:
            day = datetime.strptime(value, "%d/%m/%Y").date()
        except ValueError:
            day = TODAY
        found = [a for a in self.listed() if self.when[a.id].at.date() == day]
        rows = (
            "".join(self.teaser_item(a) for a in found)
            or '<div class="alert alert-info">Không có tin bài trong ngày này.</div>'
        )
        before, after = (day - timedelta(days=1)).strftime("%d/%m/%Y"), (day + timedelta(days=1)).strftime("%d/%m/%Y")
        return (
            f'{self.breadcrumb([(None, "Tin theo ngày")])}<div class="box box-category"><h1 class="category-title">Tin ngày {day.strftime("%d/%m/%Y")}</h1>'
            f'<div class="list-news">{rows}</div><p class="text-center"><a href="/tin-tuc/theo-ngay.html?ngay={quote(before, safe="")}">&laquo; Ngày trước</a> | '
            f'<a href="/tin-tuc/theo-ngay.html?ngay={quote(after, safe="")}">Ngày sau &raquo;</a></p></div>'
        )

    def login_page(self, return_url: str) -> str:
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Đăng nhập hệ thống - {esc(self.spec.name)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet" /></head><body class="page-login">
<div class="container" style="max-width:420px;margin-top:80px"><h3 class="text-center">ĐĂNG NHẬP HỆ THỐNG QUẢN TRỊ</h3>
<form action="/Account/Login?ReturnUrl={quote(return_url, safe="")}" method="post"><input name="__RequestVerificationToken" type="hidden" value="{RVT}" />
<div class="form-group"><label>Tên đăng nhập</label><input class="form-control" name="UserName" type="text" /></div>
<div class="form-group"><label>Mật khẩu</label><input class="form-control" name="Password" type="password" /></div>
<div class="checkbox"><label><input name="RememberMe" type="checkbox" value="true" /> Ghi nhớ</label></div>
<button type="submit" class="btn btn-primary btn-block">Đăng nhập</button></form>
<p class="text-center"><a href="/">Quay lại trang chủ</a></p></div></body></html>"""
