"""A ward's site on a province's shared multi-tenant portal platform (phường Trường Vinh, tỉnh Nghệ An), 2025-2026.

After the two-level local government reform of 1 July 2025 every new commune and ward got a site on the province's
shared platform (one ASP.NET application on IIS, one database, one theme, a path prefix per tenant). The ward's own
host name lands on its tenant: ``/`` 302s to ``/phuong-truong-vinh/``. The same application answers every other
tenant under its own prefix on that host: the province portal (``/nghean/``), the neighbouring wards
(``/phuong-thanh-vinh/`` ...) and, through the 'Trang TTĐT xã, phường' select of the top bar, dozens of sites still
'đang xây dựng'.

What a visitor meets on the ward's site:

- articles ``/phuong-truong-vinh/<category-key>/<slug>-<id>.html`` (ids are the platform's, shared by all tenants,
  so the same story has another id under each tenant); category pages ``/phuong-truong-vinh/<category-key>`` with a
  numbered pager (``?page=N``, 200 'Chưa có dữ liệu' past the end);
- province news syndicated into every tenant ('Tin trong tỉnh'): items pushed by the platform's sharing module carry
  ``rel=canonical`` to the province copy and a 'Nguồn' link to it, and appear under the neighbouring wards too;
  items the ward's editor copied by hand carry no canonical, only a '(Nguồn: nghean.gov.vn)' line;
- the predecessor wards' news (2019 to June 2025) migrated in August 2025: phường Hưng Bình's old NukeViet items keep
  their old URL form ``/phuong-truong-vinh/news/<old-cat>/<slug>-<old-id>.html`` and NukeViet markup in an archive
  layout; phường Trường Thi's items were re-keyed into the new categories but keep their Word-pasted bodies (NFD
  text, MsoNormal spans) and an 'import' update date; both are listed under 'Tin lưu trữ' with a next-only pager;
- short notices ('Thông báo'): a place-and-date line, three paragraphs, a signature block and one attached PDF;
- 'Giới thiệu' pages (functions incl. bình đẳng giới), 'Văn bản' (a table of plans and decisions with PDFs),
  'Thủ tục hành chính', 'Lịch công tác' (week by week, endless 'Tuần trước' / 'Tuần sau'), 'Liên hệ', a GET search
  that robots.txt disallows with a wildcard, a print view ``/phuong-truong-vinh/in-bai/<id>`` (no canonical);
- unknown article ids under a tenant answer 200 'không tồn tại' in the full chrome (the 'Thông báo' box links a
  removed notice); other unknown paths get the platform's 404.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote, quote_plus

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import VN_TZ, When, ascii_slug, esc
from .base import Response, Template
from .extras import tags_of

NOW = datetime(2026, 2, 24, 8, 40, tzinfo=VN_TZ)  # when the pages were rendered (top bar, current schedule week)
MERGER = "2025-07-01"  # the new ward's first day; earlier items come from the predecessor wards' sites
TENANT = "phuong-truong-vinh"
PROVINCE = "nghean"
PROD = "https://truongvinh.nghean.gov.vn"
THEME = "/Themes/XaPhuong2025"
ONLINE = b"__ONLINE_7e3a__"  # 'Đang truy cập', new in every response
TOKEN = b"__RVT_5b0c__"  # anti-forgery token of the contact form, new in every response
REMOVED_ID = 25311  # a withdrawn notice the 'Thông báo' box still links
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


@dataclass(frozen=True)
class Site:
    slug: str
    name: str  # 'Phường Trường Vinh'
    kind: str  # commune (the source) | province | neighbour | stub


COMMUNE = Site(TENANT, "Phường Trường Vinh", "commune")
PROVINCE_SITE = Site(PROVINCE, "Tỉnh Nghệ An", "province")
NEIGHBOURS = (
    Site("phuong-thanh-vinh", "Phường Thành Vinh", "neighbour"),
    Site("phuong-vinh-hung", "Phường Vinh Hưng", "neighbour"),
    Site("phuong-vinh-phu", "Phường Vinh Phú", "neighbour"),
    Site("phuong-vinh-loc", "Phường Vinh Lộc", "neighbour"),
    Site("phuong-cua-lo", "Phường Cửa Lò", "neighbour"),
)
STUBS = tuple(
    Site(ascii_slug(name), name, "stub")
    for name in (
        "Phường Hoàng Mai",
        "Phường Thái Hòa",
        "Xã Hưng Nguyên",
        "Xã Hưng Nguyên Nam",
        "Xã Nghi Lộc",
        "Xã Phúc Lộc",
        "Xã Đông Lộc",
        "Xã Thần Lĩnh",
        "Xã Diễn Châu",
        "Xã Yên Thành",
        "Xã Đô Lương",
        "Xã Nam Đàn",
    )
)
SITES = {s.slug: s for s in (COMMUNE, PROVINCE_SITE, *NEIGHBOURS, *STUBS)}

# The predecessor wards whose sites were migrated into the tenant in August 2025 (by corpus number parity).
PREDECESSORS = (
    ("hung-binh", "Phường Hưng Bình", "hungbinh.vinh.nghean.gov.vn"),  # NukeViet 4: old URLs and markup kept
    ("truong-thi", "Phường Trường Thi", "truongthi.vinh.nghean.gov.vn"),  # re-keyed, Word bodies kept
)
OLD_CATS = {  # NukeViet category aliases of the old Hưng Bình site
    "tin-hoat-dong": "tin-tuc-su-kien",
    "van-hoa-xa-hoi": "van-hoa-xa-hoi",
    "mat-tran": "hoat-dong-doan-the",
    "thong-bao": "thong-bao",
    "tin-tinh": "tin-trong-tinh",
}
IMPORTED = datetime(2025, 8, 18, 9, 0, tzinfo=VN_TZ)  # when the migration batch ran

# Photos inside bodies, by corpus number: (after paragraph, caption, credit). Not part of the gold text.
PHOTOS = {
    2: (0, "Các đại biểu, hội viên diễu hành hưởng ứng Tháng hành động vì bình đẳng giới.", "Ảnh: Thanh Hương"),
    11: (1, "Quang cảnh lễ phát động tại điểm cầu tỉnh.", "Ảnh: Thu Hà"),
    12: (0, "Lãnh đạo phường tặng hoa chúc mừng Hội LHPN phường.", ""),
    14: (1, "Đại biểu và hội viên phụ nữ tham gia diễu hành sau lễ mít tinh.", "Ảnh: Ngọc Anh"),
    16: (2, "Lãnh đạo UBND phường trao giấy khen cho các tập thể, cá nhân tiêu biểu.", ""),
    19: (0, "Đoàn viên thanh niên thu gom rác thải trên đường Lê Duẩn.", "Ảnh: Đức Anh"),
}

# The province portal's own news (not the ward's) and one item of each neighbouring ward.
PROVINCE_NEWS = (
    (
        "nghean-tinh-901",
        "Nghệ An công bố Chỉ số cải cách hành chính năm 2024 của các sở, ngành, địa phương",
        "2025-06-10T09:00:00+07:00",
        (
            "Sáng 10/6, UBND tỉnh Nghệ An tổ chức hội nghị công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành cấp tỉnh và UBND các huyện, thành phố, thị xã. Sở Tư pháp và thành phố Vinh dẫn đầu hai khối với số điểm lần lượt là 89,12 và 87,45.",
            "Năm 2024, các chỉ số thành phần về cải cách thủ tục hành chính, hiện đại hóa nền hành chính tiếp tục được cải thiện; tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,3%. Tuy nhiên, một số đơn vị vẫn còn hồ sơ giải quyết quá hạn, việc số hóa kết quả giải quyết thủ tục hành chính chưa đạt yêu cầu.",
            "UBND tỉnh yêu cầu người đứng đầu các cơ quan, địa phương có kết quả thấp phân tích nguyên nhân, đề ra giải pháp khắc phục trong năm 2025, nhất là trong bối cảnh sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.",
        ),
    ),
    (
        "nghean-tinh-902",
        "Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh Nghệ An sau sắp xếp tổ chức bộ máy",
        "2025-08-20T11:00:00+07:00",
        (
            "Chủ tịch UBND tỉnh Nghệ An vừa ký quyết định kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh gồm 21 thành viên do một đồng chí Phó Chủ tịch UBND tỉnh làm Trưởng ban; Giám đốc Sở Nội vụ làm Phó Trưởng ban thường trực.",
            "Sau khi Sở Lao động - Thương binh và Xã hội kết thúc hoạt động, nhiệm vụ quản lý nhà nước về bình đẳng giới được chuyển giao về Sở Nội vụ. Cơ quan thường trực của Ban đặt tại Sở Nội vụ; bộ phận giúp việc gồm công chức phòng chuyên môn phụ trách công tác thanh niên và bình đẳng giới.",
            "Ban có trách nhiệm tham mưu UBND tỉnh chỉ đạo, hướng dẫn các xã, phường kiện toàn Ban Vì sự tiến bộ của phụ nữ cấp xã, bảo đảm công tác bình đẳng giới được triển khai liên tục sau khi tổ chức chính quyền địa phương hai cấp.",
        ),
    ),
    (
        "nghean-tinh-903",
        "UBND tỉnh Nghệ An tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
        "2025-12-30T17:00:00+07:00",
        (
            "Chiều 30/12, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác chỉ đạo, điều hành năm 2025 và triển khai nhiệm vụ năm 2026, kết nối trực tuyến đến 130 xã, phường trên địa bàn tỉnh.",
            "Năm 2025, tăng trưởng kinh tế của tỉnh ước đạt 8,6%, thu ngân sách nhà nước vượt dự toán; bộ máy chính quyền địa phương hai cấp vận hành cơ bản thông suốt, tỷ lệ hồ sơ thủ tục hành chính cấp xã giải quyết đúng hạn đạt trên 98%.",
            "Năm 2026, UBND tỉnh xác định chủ đề điều hành là tăng cường kỷ luật, kỷ cương, nâng cao năng lực chính quyền cấp xã, đẩy mạnh chuyển đổi số và cải thiện môi trường đầu tư kinh doanh.",
        ),
    ),
)
NEIGHBOUR_NEWS = {
    "phuong-thanh-vinh": (
        "phuong-thanh-vinh-951",
        "Phường Thành Vinh ra mắt Tổ công nghệ số cộng đồng tại các khối",
        "2025-09-22T15:10:00+07:00",
        (
            "Chiều 22/9, UBND phường Thành Vinh tổ chức ra mắt Tổ công nghệ số cộng đồng tại các khối với hơn 300 thành viên là cán bộ khối, đoàn viên thanh niên và hội viên các đoàn thể.",
            "Các tổ có nhiệm vụ hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt; tuyên truyền kỹ năng phòng tránh lừa đảo trên không gian mạng.",
            "UBND phường đề nghị các tổ hoạt động thường xuyên, báo cáo kết quả hằng tháng để phường kịp thời tháo gỡ khó khăn, phấn đấu 90% người dân trong độ tuổi lao động sử dụng dịch vụ công trực tuyến.",
        ),
    ),
    "phuong-vinh-hung": (
        "phuong-vinh-hung-952",
        "Phường Vinh Hưng tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
        "2025-11-16T09:20:00+07:00",
        (
            "Hưởng ứng Ngày truyền thống Mặt trận Tổ quốc Việt Nam, các khối trên địa bàn phường Vinh Hưng đồng loạt tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.",
            "Tại các khối, nhân dân được nghe báo cáo kết quả phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, biểu dương các gia đình văn hóa tiêu biểu và tham gia các trò chơi dân gian, văn nghệ.",
            "Dịp này, Ủy ban MTTQ phường trao 25 suất quà cho hộ nghèo, hộ cận nghèo và gia đình có hoàn cảnh khó khăn.",
        ),
    ),
    "phuong-vinh-phu": (
        "phuong-vinh-phu-953",
        "Phường Vinh Phú đối thoại với nhân dân về công tác giải phóng mặt bằng",
        "2025-10-08T14:30:00+07:00",
        (
            "Chiều 8/10, UBND phường Vinh Phú tổ chức đối thoại với các hộ dân bị ảnh hưởng bởi dự án nâng cấp, mở rộng đường ven sông.",
            "Người dân đã nêu nhiều ý kiến về đơn giá bồi thường, vị trí tái định cư và thời gian bàn giao mặt bằng; lãnh đạo phường và các phòng chuyên môn đã giải đáp cụ thể từng ý kiến.",
            "UBND phường cam kết công khai phương án bồi thường, hỗ trợ, bảo đảm quyền lợi hợp pháp của người dân theo quy định.",
        ),
    ),
    "phuong-vinh-loc": (
        "phuong-vinh-loc-954",
        "Phường Vinh Lộc tập huấn phòng cháy, chữa cháy cho hộ kinh doanh",
        "2025-12-12T08:50:00+07:00",
        (
            "Ngày 12/12, Công an phường Vinh Lộc tổ chức tập huấn nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ cho hơn 120 hộ kinh doanh, nhà trọ trên địa bàn.",
            "Các học viên được hướng dẫn kỹ năng thoát nạn, sử dụng bình chữa cháy, xử lý các tình huống cháy tại nhà ở kết hợp kinh doanh.",
            "Công an phường đề nghị các hộ kinh doanh trang bị đầy đủ phương tiện chữa cháy, không để hàng hóa lấn chiếm lối thoát nạn.",
        ),
    ),
    "phuong-cua-lo": (
        "phuong-cua-lo-955",
        "Phường Cửa Lò tổng kết mùa du lịch biển năm 2025",
        "2025-10-02T16:00:00+07:00",
        (
            "Chiều 2/10, UBND phường Cửa Lò tổ chức hội nghị tổng kết mùa du lịch biển năm 2025.",
            "Mùa du lịch năm nay, phường đón hơn 2,1 triệu lượt khách, tổng doanh thu du lịch ước đạt 3.200 tỷ đồng; công tác bảo đảm an ninh trật tự, vệ sinh an toàn thực phẩm được triển khai tốt.",
            "Phường đề ra nhiệm vụ phát triển các sản phẩm du lịch bốn mùa, chỉnh trang tuyến đường ven biển trong năm 2026.",
        ),
    ),
}

ABOUT = {  # gioi-thieu/<slug> -> (title, paragraphs)
    "tong-quan": (
        "Tổng quan phường Trường Vinh",
        (
            "Phường Trường Vinh được thành lập theo Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Nghệ An năm 2025, trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số của các phường Trường Thi, Hưng Bình và Hưng Dũng thuộc thành phố Vinh. Phường chính thức hoạt động từ ngày 01/7/2025.",
            "Phường có diện tích tự nhiên 13,6 km², dân số hơn 88.000 người, được tổ chức thành 52 khối. Trên địa bàn có nhiều cơ quan của tỉnh, trường đại học, bệnh viện và các tuyến phố thương mại, dịch vụ.",
        ),
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        (
            "Ủy ban nhân dân phường là cơ quan chấp hành của Hội đồng nhân dân phường, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân phường và cơ quan hành chính nhà nước cấp trên.",
            "Ủy ban nhân dân phường tổ chức thi hành Hiến pháp, pháp luật; quản lý nhà nước trên các lĩnh vực kinh tế, đô thị, đất đai, tài nguyên, môi trường, giáo dục, y tế, văn hóa, thể thao, lao động, người có công, bảo trợ xã hội, trẻ em, bình đẳng giới, gia đình, dân tộc, tôn giáo, quốc phòng, an ninh trên địa bàn; giải quyết thủ tục hành chính cho người dân, doanh nghiệp theo thẩm quyền.",
            "Phòng Văn hóa - Xã hội là cơ quan chuyên môn tham mưu, giúp Ủy ban nhân dân phường thực hiện quản lý nhà nước về văn hóa, gia đình, thể dục thể thao, du lịch, giáo dục, y tế, lao động, người có công, bảo trợ xã hội, trẻ em, bình đẳng giới và công tác vì sự tiến bộ của phụ nữ.",
        ),
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        (
            "Ủy ban nhân dân phường gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên. Các cơ quan chuyên môn: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân; Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội. Đơn vị sự nghiệp: Trung tâm Phục vụ hành chính công phường.",
        ),
    ),
    "lanh-dao": (
        "Lãnh đạo Ủy ban nhân dân phường",
        (
            "Chủ tịch UBND phường: Ông Trần Văn Hùng. Phó Chủ tịch UBND phường: Bà Nguyễn Thị Thanh Huyền (phụ trách văn hóa - xã hội). Phó Chủ tịch UBND phường: Ông Lê Đình Phúc (phụ trách kinh tế, hạ tầng và đô thị).",
        ),
    ),
}
DOCS = (  # (number, issued, kind, summary, file) of the 'Văn bản' table
    (
        "12/KH-UBND",
        "20/01/2026",
        "Kế hoạch",
        "Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026",
        "KH-12-UBND.pdf",
    ),
    (
        "58/QĐ-UBND",
        "09/01/2026",
        "Quyết định",
        "Quyết định kiện toàn Ban Vì sự tiến bộ của phụ nữ phường Trường Vinh",
        "QD-58-UBND.pdf",
    ),
    (
        "05/TB-UBND",
        "05/01/2026",
        "Thông báo",
        "Thông báo lịch tiếp công dân định kỳ năm 2026 của Chủ tịch UBND phường",
        "TB-05-UBND.pdf",
    ),
    (
        "198/TB-UBND",
        "30/12/2025",
        "Thông báo",
        "Thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ năm 2026",
        "TB-198-UBND.pdf",
    ),
    (
        "145/KH-UBND",
        "10/11/2025",
        "Kế hoạch",
        "Kế hoạch tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2025",
        "KH-145-UBND.pdf",
    ),
    (
        "210/QĐ-UBND",
        "18/09/2025",
        "Quyết định",
        "Quyết định công bố danh mục thủ tục hành chính thực hiện tại Trung tâm Phục vụ hành chính công phường",
        "QD-210-UBND.pdf",
    ),
    ("35/KH-UBND", "15/08/2025", "Kế hoạch", "Kế hoạch chuyển đổi số phường Trường Vinh năm 2025", "KH-35-UBND.pdf"),
    (
        "01/QĐ-UBND",
        "01/07/2025",
        "Quyết định",
        "Quyết định ban hành Quy chế làm việc của Ủy ban nhân dân phường Trường Vinh",
        "QD-01-UBND.pdf",
    ),
)
TTHC = (
    ("Lĩnh vực Hộ tịch", ("Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử", "Cấp bản sao trích lục hộ tịch")),
    ("Lĩnh vực Chứng thực", ("Chứng thực bản sao từ bản chính", "Chứng thực chữ ký trong các giấy tờ, văn bản")),
    (
        "Lĩnh vực Bảo trợ xã hội",
        (
            "Trợ cấp xã hội hằng tháng đối với đối tượng bảo trợ xã hội",
            "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
        ),
    ),
    (
        "Lĩnh vực Người có công",
        ("Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ"),
    ),
    (
        "Lĩnh vực Gia đình",
        (
            "Thông báo hoạt động đối với tổ chức tư vấn về phòng, chống bạo lực gia đình",
            "Công nhận danh hiệu “Gia đình văn hóa”",
        ),
    ),
)
SCHEDULE = {  # (ISO year, ISO week) -> [(day, [(time, what, where)])]
    (2026, 9): [
        (
            "Thứ Hai, 23/02/2026",
            [
                (
                    "07:30",
                    "Chủ tịch, các Phó Chủ tịch UBND phường dự giao ban đầu tuần của Thường trực Đảng ủy phường.",
                    "Phòng họp số 1",
                ),
                (
                    "14:00",
                    "Chủ tịch UBND phường làm việc với Phòng Kinh tế, Hạ tầng và Đô thị về công tác trật tự đô thị sau Tết.",
                    "Phòng họp số 2",
                ),
            ],
        ),
        (
            "Thứ Ba, 24/02/2026",
            [
                (
                    "08:00",
                    "Phó Chủ tịch UBND phường Nguyễn Thị Thanh Huyền dự hội nghị trực tuyến triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 do Sở Nội vụ tổ chức.",
                    "Điểm cầu phường",
                ),
                (
                    "14:00",
                    "Phó Chủ tịch UBND phường Lê Đình Phúc kiểm tra công tác giải phóng mặt bằng tại khối 12.",
                    "Khối 12",
                ),
            ],
        ),
        (
            "Thứ Tư, 25/02/2026",
            [
                ("07:30", "Lãnh đạo UBND phường làm việc tại cơ quan.", ""),
                ("15:00", "Họp Ban Chỉ đạo chuyển đổi số phường.", "Phòng họp số 1"),
            ],
        ),
        ("Thứ Năm, 26/02/2026", [("07:30", "Chủ tịch UBND phường tiếp công dân định kỳ.", "Phòng tiếp công dân")]),
        (
            "Thứ Sáu, 27/02/2026",
            [("08:00", "Hội nghị giao ban công tác tháng 02/2026 của UBND phường.", "Hội trường UBND phường")],
        ),
    ],
    (2026, 7): [
        ("Thứ Hai, 09/02/2026", [("07:30", "Giao ban đầu tuần.", "Phòng họp số 1")]),
        (
            "Thứ Tư, 11/02/2026",
            [("08:00", "Lãnh đạo phường thăm, tặng quà Tết các gia đình chính sách, hộ nghèo.", "Các khối")],
        ),
        (
            "Thứ Sáu, 13/02/2026",
            [
                (
                    "15:00",
                    "Kiểm tra công tác bảo đảm an ninh trật tự, phòng cháy chữa cháy dịp Tết.",
                    "Các chợ, khu thương mại",
                )
            ],
        ),
    ],
}
BANNERS = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Cổng Thông tin điện tử tỉnh Nghệ An", "https://nghean.gov.vn"),
    ("Hệ thống thông tin giải quyết TTHC tỉnh Nghệ An", "https://dichvucong.nghean.gov.vn"),
    ("Tổng đài điện thoại quốc gia bảo vệ trẻ em 111", "https://tongdai111.vn"),
)


def unit(name: str) -> str:
    """'Phường Hưng Bình' as it reads inside a sentence: 'phường Hưng Bình'."""
    return name[:1].lower() + name[1:]


def _extra(item_id: str, title: str, published: str, paragraphs: tuple[str, ...], category: str) -> CorpusArticle:
    """A page of another tenant (province or neighbour): rendered like an article, never the source's gold."""
    return CorpusArticle(
        id=item_id,
        category=category,
        title=title,
        published=published,
        author=None,
        author_style="none",
        province="Nghệ An",
        on_topic=False,
        hard_negative=False,
        lang="vi",
        access="normal",
        lead="",
        paragraphs=paragraphs,
        documents=(),
    )


class TenantPortal(Template):
    """Phường Trường Vinh on the Nghệ An shared commune/ward platform, with the province and neighbouring tenants."""

    feed_path = f"/{TENANT}/rss/tin-moi.rss"
    sitemap_path = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.when_extra: dict[str, When] = {}
        self.province_items = [_extra(i, t, p, ps, "tin-tuc") for i, t, p, ps in PROVINCE_NEWS]
        self.neighbour_items = {
            slug: _extra(i, t, p, ps, "tin-hoat-dong") for slug, (i, t, p, ps) in NEIGHBOUR_NEWS.items()
        }
        for item in (*self.province_items, *self.neighbour_items.values()):
            self.when_extra[item.id] = When.parse(item.published)
        self.assign_ids()

    # ---- what an item is ----------------------------------------------------------------------
    def at(self, article: CorpusArticle) -> When:
        return self.when.get(article.id) or self.when_extra[article.id]

    def migrated(self, article: CorpusArticle) -> bool:
        return article.id in self.when and article.published[:10] < MERGER

    def predecessor(self, article: CorpusArticle) -> tuple[str, str, str] | None:
        return PREDECESSORS[article.number % 2] if self.migrated(article) else None

    def old_url(self, article: CorpusArticle) -> bool:
        """A Hưng Bình item: the platform kept its NukeViet address."""
        pred = self.predecessor(article)
        return pred is not None and pred[0] == "hung-binh"

    def syndicated(self, article: CorpusArticle) -> bool:
        """Province news in 'Tin trong tỉnh' after the platform opened."""
        return article.category == "tin-tinh" and not self.migrated(article) and self.access(article) == "normal"

    def module(self, article: CorpusArticle) -> bool:
        """Pushed by the platform's sharing module (canonical to the province) rather than copied by hand."""
        return self.syndicated(article) and article.number % 2 == 1

    # ---- ids and URLs -------------------------------------------------------------------------
    def assign_ids(self) -> None:
        """One id sequence for the whole platform: the migration batch first, then everything by date."""
        self.own_ids: dict[str, int] = {}
        self.prov_ids: dict[str, int] = {}
        self.copy_ids: dict[tuple[str, str], int] = {}
        self.old_ids: dict[str, int] = {}
        counter = self.spec.article_id_base

        def take(seed: int) -> int:
            nonlocal counter
            counter += 1 + seed % 5
            return counter

        old = sorted((a for a in self.articles if self.old_url(a)), key=lambda a: (self.when[a.id].at, a.id))
        for rank, article in enumerate(old):
            self.old_ids[article.id] = 214 + rank * 61 + article.number % 17
        early = sorted(
            [a for a in self.articles if self.migrated(a)]
            + [p for p in self.province_items if p.published[:10] < MERGER],
            key=lambda a: (self.at(a).at, a.id),
        )
        for item in early:
            if item.id in self.when:
                self.own_ids[item.id] = take(item.number)
            else:
                self.prov_ids[item.id] = take(item.number)
        late = sorted(
            [a for a in self.articles if not self.migrated(a)]
            + [p for p in self.province_items if p.published[:10] >= MERGER]
            + list(self.neighbour_items.values()),
            key=lambda a: (self.at(a).at, a.id),
        )
        for item in late:
            if item in self.province_items:
                self.prov_ids[item.id] = take(item.number)
            elif item.id not in self.when:
                self.own_ids[item.id] = take(item.number)
            else:
                if self.syndicated(item):
                    self.prov_ids[item.id] = take(item.number)
                self.own_ids[item.id] = take(item.number)
                if self.module(item):
                    for site in NEIGHBOURS:
                        self.copy_ids[(site.slug, item.id)] = take(item.number + len(site.slug))
        self.by_own_id = {v: k for k, v in self.own_ids.items()}

    def slug(self, article: CorpusArticle) -> str:
        return ascii_slug(article.title, limit=120)

    def category_key(self, article: CorpusArticle) -> str:
        return self.spec.category(article.category).key if article.id in self.when else article.category

    def own_path(self, article: CorpusArticle) -> str:
        """The item under the ward's tenant (for a syndicated one, the ward's copy)."""
        if self.old_url(article):
            return f"/{TENANT}/news/{OLD_CATS.get(article.category, 'tin-tuc')}/{self.slug(article)}-{self.old_ids[article.id]}.html"
        return f"/{TENANT}/{self.category_key(article)}/{self.slug(article)}-{self.own_ids[article.id]}.html"

    def province_path(self, article: CorpusArticle) -> str:
        return f"/{PROVINCE}/tin-tuc/{self.slug(article)}-{self.prov_ids[article.id]}.html"

    def neighbour_path(self, site: Site, article: CorpusArticle) -> str:
        if article.id in self.when:  # a syndicated copy
            return f"/{site.slug}/{self.spec.category('tin-tinh').key}/{self.slug(article)}-{self.copy_ids[(site.slug, article.id)]}.html"
        return f"/{site.slug}/tin-hoat-dong/{self.slug(article)}-{self.own_ids[article.id]}.html"

    def article_path(self, article: CorpusArticle) -> str:
        """Canonical: the province copy for module-syndicated items (their rel=canonical says so), else the ward's."""
        return self.province_path(article) if self.module(article) else self.own_path(article)

    def print_path(self, article: CorpusArticle) -> str:
        return f"/{TENANT}/in-bai/{self.own_ids[article.id]}"

    def cat_path(self, site: Site, category: Category, page: int = 1) -> str:
        return f"/{site.slug}/{category.key}" + (f"?page={page}" if page > 1 else "")

    def archive_path(self, pred: str, page: int = 1) -> str:
        return f"/{TENANT}/tin-luu-tru/{pred}" + (f"?trang={page}" if page > 1 else "")

    def attachment_name(self, article: CorpusArticle) -> str | None:
        """The file a notice or an item citing a ward plan/decision attaches (Hưng Bình's old files were not migrated)."""
        if self.old_url(article):
            return None
        if article.category == "thong-bao":
            return f"TB-{self.own_ids[article.id] % 1000}-UBND.pdf"
        local = [d for d in article.documents if d.number.endswith("-UBND")]
        if not local:
            return None
        number, _, code = local[0].number.partition("/")
        kind = ascii_slug(code.split("-")[0], keep_case=True).upper()
        return f"{kind}-{number}-UBND.pdf"

    def attachment_path(self, article: CorpusArticle) -> str | None:
        name = self.attachment_name(article)
        if name is None:
            return None
        at = self.at(article).at
        folder = "thong-bao" if article.category == "thong-bao" else "tin-tuc"
        return f"/uploads/{TENANT}/{folder}/{at.year}/{at.month:02d}/{name}"

    # ---- responses ----------------------------------------------------------------------------
    def robots(self) -> str:
        return (
            "# Nen tang Cong thong tin dien tu dung chung tinh Nghe An\n"
            "User-agent: *\n"
            "Disallow: /dang-nhap\n"
            "Disallow: /quan-tri/\n"
            "Disallow: /api/\n"
            "Disallow: /*/tim-kiem\n"
            "Disallow: /*/in-bai/\n"
            "\n"
            "User-agent: GPTBot\n"
            "Disallow: /\n"
        )

    def html(self, text: str, status: int = 200) -> Response:
        response = super().html(text, status)
        response.headers.update(
            {
                "Cache-Control": "private",
                "X-Powered-By": "ASP.NET",
                "X-AspNet-Version": "4.0.30319",
                "Set-Cookie": "ASP.NET_SessionId=q4nm2xkz0ufv1s5hcbwy3ja1; path=/; HttpOnly; SameSite=Lax",
            }
        )
        return response

    def personalize(self, body: bytes) -> bytes:
        if ONLINE in body:
            body = body.replace(ONLINE, str(random.randint(38, 260)).encode())
        if TOKEN in body:
            body = body.replace(TOKEN, random.randbytes(24).hex().encode())
        return body

    def not_found(self) -> Response:
        main = (
            '<div class="page-404"><h1>404</h1><p>Không tìm thấy trang bạn yêu cầu.</p>'
            f'<p><a href="/{TENANT}/">Về trang chủ</a></p></div>'
        )
        return self.html(self.tenant_page(COMMUNE, "Không tìm thấy trang", main), status=404)

    # ---- build --------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/", self.redirect(f"/{TENANT}/", status=302))
        self.add(f"/{TENANT}", self.redirect(f"/{TENANT}/"))
        self.add(f"/{TENANT}/", self.html(self.commune_home()))
        self.add(f"/{TENANT}/trang-chu", self.redirect(f"/{TENANT}/"))
        for category in self.spec.categories:
            pages = self.pages(self.listed(category.slug))
            for number in range(1, len(pages) + 1):
                page = self.html(self.listing_page(COMMUNE, category, pages, number))
                self.add(self.cat_path(COMMUNE, category, number), page)
                if number == 1:
                    self.add(f"{self.cat_path(COMMUNE, category)}?page=1", page)
        for pred, _, _ in PREDECESSORS:
            items = [a for a in self.listed() if (self.predecessor(a) or ("",))[0] == pred]
            pages = self.pages(items)
            for number in range(1, len(pages) + 1):
                self.add(self.archive_path(pred, number), self.html(self.archive_listing(pred, pages, number)))
        for article in self.articles:
            self.add(self.own_path(article), self.html(self.commune_article(article)))
            self.add(self.print_path(article), self.html(self.print_page(article)))
            attached = self.attachment_path(article)
            if attached:
                name = attached.rsplit("/", 1)[1].removesuffix(".pdf")
                self.add(attached, self.pdf(name) if article.category == "thong-bao" else self.pdf(name, article))
            if self.syndicated(article):
                self.add(self.province_path(article), self.html(self.province_article(article)))
            if self.module(article):
                for site in NEIGHBOURS:
                    self.add(self.neighbour_path(site, article), self.html(self.neighbour_article(site, article)))
        for slug, (title, paragraphs) in ABOUT.items():
            body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paragraphs)
            self.add(f"/{TENANT}/gioi-thieu/{slug}", self.html(self.static_page(COMMUNE, title, body)))
        self.add(f"/{TENANT}/van-ban", self.html(self.static_page(COMMUNE, "Văn bản", self.documents_table())))
        for _, _, _, _, name in DOCS:
            self.add(f"/uploads/{TENANT}/van-ban/{name}", self.pdf(name.removesuffix(".pdf")))
        self.add(
            f"/{TENANT}/thu-tuc-hanh-chinh",
            self.html(self.static_page(COMMUNE, "Thủ tục hành chính", self.procedures())),
        )
        self.add(f"/{TENANT}/lien-he", self.html(self.static_page(COMMUNE, "Liên hệ", self.contact())))
        self.add(
            self.feed_path,
            self.text(self.rss(f"{self.spec.name} - Tin mới", f"/{TENANT}/", self.in_feed()), "application/rss+xml"),
        )
        self.build_province()
        for site in NEIGHBOURS:
            self.build_neighbour(site)
        self.add("/robots.txt", self.text(self.robots()))
        self.add("/favicon.ico", Response(200, GIF, "image/x-icon"))

    def build_province(self) -> None:
        site = PROVINCE_SITE
        self.add(f"/{PROVINCE}", self.redirect(f"/{PROVINCE}/"))
        self.add(f"/{PROVINCE}/", self.html(self.province_home()))
        pages = self.pages(self.province_listing(), size=4)
        for number in range(1, len(pages) + 1):
            self.add(
                f"/{PROVINCE}/tin-tuc" + (f"?page={number}" if number > 1 else ""),
                self.html(self.province_listing_page(pages, number)),
            )
        for item in self.province_items:
            self.add(self.province_path(item), self.html(self.province_article(item)))
        self.add(
            f"/{PROVINCE}/gioi-thieu",
            self.html(
                self.province_page(
                    "Giới thiệu",
                    '<h1 class="title-page">Giới thiệu chung</h1><p>Tỉnh Nghệ An có 130 đơn vị hành chính cấp xã (119 xã và 11 phường) từ ngày 01/7/2025. Trung tâm hành chính - chính trị của tỉnh đặt tại phường Trường Vinh.</p>',
                    site,
                )
            ),
        )

    def build_neighbour(self, site: Site) -> None:
        self.add(f"/{site.slug}", self.redirect(f"/{site.slug}/"))
        self.add(f"/{site.slug}/", self.html(self.neighbour_home(site)))
        for category in self.spec.categories:
            items = self.neighbour_listing(site, category)
            self.add(self.cat_path(site, category), self.html(self.neighbour_listing_page(site, category, items)))
        own = self.neighbour_items[site.slug]
        self.add(self.neighbour_path(site, own), self.html(self.neighbour_article(site, own)))
        pending = '<p class="updating"><em>Nội dung đang được cập nhật.</em></p>'
        for slug, (title, _) in ABOUT.items():
            self.add(f"/{site.slug}/gioi-thieu/{slug}", self.html(self.static_page(site, title, pending)))
        for path, title in (
            ("van-ban", "Văn bản"),
            ("thu-tuc-hanh-chinh", "Thủ tục hành chính"),
            ("lien-he", "Liên hệ"),
        ):
            self.add(f"/{site.slug}/{path}", self.html(self.static_page(site, title, pending)))
        self.add(
            f"/{site.slug}/lich-cong-tac",
            self.html(
                self.static_page(site, "Lịch công tác", '<p class="updating"><em>Chưa có lịch công tác.</em></p>')
            ),
        )

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """Pages rendered per request: the schedule, the search, pages past the end, unknown ids, assets."""
        values = dict(params)
        if len(path) > 1 and path.endswith("/") and self.route_key(path.rstrip("/")) in self.routes:
            return self.redirect(path.rstrip("/"))  # IIS URL Rewrite's 'remove trailing slash' rule
        if path == "/dang-nhap":
            return self.html(self.login_page(values.get("ReturnUrl", "/")))
        if path.startswith(THEME + "/"):
            return self.asset(path)
        if path.startswith("/uploads/") and path.lower().endswith((".jpg", ".png")):
            return Response(200, GIF, "image/gif")
        parts = path.strip("/").split("/")
        site = SITES.get(parts[0]) if parts and parts[0] else None
        if site is None:
            return None
        if site.kind == "stub":
            return self.html(self.stub_home(site)) if path == f"/{site.slug}/" else None
        if site.kind == "province":
            if path == f"/{PROVINCE}/tin-tuc":
                return self.html(self.province_page("Tin tức - Sự kiện", '<p class="empty">Chưa có dữ liệu.</p>', site))
            if path.startswith(f"/{PROVINCE}/tin-tuc/") and path.endswith(".html"):
                return self.html(self.province_page("Thông báo", self.missing(), site))
            return None
        if site.kind == "commune":
            if path == f"/{TENANT}/lich-cong-tac":
                return self.html(self.schedule_page(values.get("tuan", ""), values.get("nam", "")))
            if len(parts) == 3 and parts[1] == "in-bai":
                number = int(parts[2]) if parts[2].isdigit() else -1
                article = next((a for a in self.articles if self.own_ids.get(a.id) == number), None)
                return (
                    self.html(self.print_page(article))
                    if article
                    else self.html(self.tenant_page(site, "Thông báo", self.missing()))
                )
        if path == f"/{site.slug}/tim-kiem":
            return self.html(self.search_page(site, values.get("q", "")))
        if len(parts) == 2 and any(c.key == parts[1] for c in self.spec.categories):
            category = next(c for c in self.spec.categories if c.key == parts[1])
            empty = '<p class="empty">Chưa có dữ liệu.</p>'
            return self.html(
                self.tenant_page(site, category.name, f'<h1 class="page-title">{esc(category.name)}</h1>{empty}')
            )
        if path.endswith(".html") and len(parts) >= 3:
            return self.html(self.tenant_page(site, "Thông báo", self.missing()))
        return None

    def asset(self, path: str) -> Response:
        if path.endswith(".css"):
            return Response(200, b"body{font-family:Arial,sans-serif}", "text/css")
        if path.endswith(".js"):
            return Response(200, b"/* platform bundle */", "application/javascript")
        return Response(200, GIF, "image/gif")

    # ---- content plan ---------------------------------------------------------------------------
    def pages(self, items: list[CorpusArticle], size: int | None = None) -> list[list[CorpusArticle]]:
        size = size or self.page_size
        return [items[i : i + size] for i in range(0, len(items), size)] or [[]]

    def province_listing(self) -> list[CorpusArticle]:
        items = [a for a in self.articles if self.syndicated(a)] + list(self.province_items)
        return sorted(items, key=lambda a: (self.at(a).at, a.id), reverse=True)

    def neighbour_listing(self, site: Site, category: Category) -> list[CorpusArticle]:
        if category.slug == "tin-tinh":
            return [a for a in self.articles if self.module(a)]
        if category.slug == "tin-hoat-dong":
            return [self.neighbour_items[site.slug]]
        return []

    def views(self, article: CorpusArticle) -> int:
        return 23 + (article.number * 41) % 560

    # ---- dates ----------------------------------------------------------------------------------
    def detail_date(self, article: CorpusArticle) -> str:
        when = self.at(article)
        day = f"{WEEKDAYS[when.at.weekday()]}, {when.dmy()}"
        return f"{day} - {when.hm()}" if when.has_time else day

    def nukeviet_date(self, article: CorpusArticle) -> str:
        when = self.at(article)
        return f"{self.s['weekdays'][when.at.weekday()]} - {when.with_time(when.dmy())}"

    def imported_stamp(self, article: CorpusArticle) -> str:
        moment = IMPORTED + timedelta(minutes=3 * (article.number % 40))
        return moment.strftime("%d/%m/%Y %H:%M")

    # ---- bodies ---------------------------------------------------------------------------------
    def photo_block(self, article: CorpusArticle, style: str, owner: str = TENANT) -> tuple[int, str] | None:
        shot = PHOTOS.get(article.number)
        if shot is None or article.id not in self.when:
            return None
        after, caption, credit = shot
        at = self.at(article).at
        if style == "nukeviet":
            pred = self.predecessor(article)
            src = f"http://{pred[2] if pred else PREDECESSORS[0][2]}/uploads/news/{at.year}_{at.month:02d}/anh-{article.number}.jpg"
            credit_html = f" ({esc(credit)})" if credit else ""
            return after, (
                f'<p style="text-align: center;"><img alt="{esc(caption)}" src="{src}" style="width: 600px; height: 400px;" /></p>'
                f'<p style="text-align: center;"><em>{esc(caption)}{credit_html}</em></p>'
            )
        src = f"/uploads/{owner}/tin-tuc/{at.year}/{at.month:02d}/anh-{self.own_ids.get(article.id, 0)}-1.jpg"
        credit_html = f' <span class="credit">{esc(credit)}</span>' if credit else ""
        return after, (
            f'<figure class="image"><img src="{src}" alt="{esc(caption)}" loading="lazy"/>'
            f"<figcaption>{esc(caption)}{credit_html}</figcaption></figure>"
        )

    def new_body(self, article: CorpusArticle, source_line: str = "", owner: str = TENANT) -> str:
        blocks = [f'<p style="text-align: justify;">{esc(p)}</p>' for p in article.paragraphs]
        shot = self.photo_block(article, "new", owner)
        if shot:
            blocks.insert(min(shot[0] + 1, len(blocks)), shot[1])
        if source_line:
            blocks.append(source_line)
        blocks.append(self.signature(article))
        return "\n".join(b for b in blocks if b)

    def word_body(self, article: CorpusArticle) -> str:
        """Bodies pasted from Word into the Trường Thi site, typed in decomposed Unicode."""
        span = 'style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'
        para = 'class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%"'

        def nfd(text: str) -> str:
            return esc(unicodedata.normalize("NFD", text))

        blocks = []
        if article.lead:
            blocks.append(
                f'<p {para}><b><span lang="VI" {span}>{nfd(article.lead)}</span></b><span {span}><o:p></o:p></span></p>'
            )
        blocks += [f'<p {para}><span lang="VI" {span}>{nfd(p)}<o:p></o:p></span></p>' for p in article.paragraphs]
        if article.author_style == "signature" and article.author:
            blocks.append(
                f'<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" {span}>{nfd(article.author)}<o:p></o:p></span></b></p>'
            )
        blocks.append('<p class="MsoNormal"><span lang="VI">&nbsp;<o:p></o:p></span></p>')
        return "\n".join(blocks)

    def notice_body(self, article: CorpusArticle) -> str:
        """A notice as the office types it: place and date, three paragraphs, the signature block, the file."""
        at = self.at(article).at
        blocks = [
            f'<p style="text-align: right;"><em>Trường Vinh, ngày {at.day:02d} tháng {at.month:02d} năm {at.year}</em></p>',
            *(f'<p style="text-align: justify;">{esc(p)}</p>' for p in article.paragraphs),
        ]
        if article.author_style == "signature" and article.author:
            blocks.append(
                '<table class="signature" style="width: 100%;"><tbody><tr><td style="width: 50%;">'
                "<p><strong><em>Nơi nhận:</em></strong><br/>- Như trên;<br/>- Lưu: VT.</p></td>"
                '<td style="width: 50%; text-align: center;"><p><strong>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</strong></p>'
                f"<p>&nbsp;</p><p><strong>{esc(article.author)}</strong></p></td></tr></tbody></table>"
            )
        return "\n".join(blocks)

    def attachment_html(self, article: CorpusArticle) -> str:
        path = self.attachment_path(article)
        if not path:
            return ""
        name = path.rsplit("/", 1)[1]
        return (
            '<div class="news-attach"><strong>Tệp đính kèm:</strong><ul>'
            f'<li><i class="fa fa-file-pdf-o"></i> <a href="{path}" target="_blank">{esc(name)}</a></li></ul></div>'
        )

    def source_line(self, article: CorpusArticle, site: Site) -> str:
        if not self.syndicated(article) or site.kind == "province":
            return ""
        if self.module(article):
            return f'<p class="news-source" style="text-align: right;">Nguồn: <a href="{self.province_path(article)}">Cổng Thông tin điện tử tỉnh Nghệ An</a></p>'
        return '<p style="text-align: right;"><em>(Nguồn: nghean.gov.vn)</em></p>'

    # ---- pages of the ward ------------------------------------------------------------------------
    def commune_article(self, article: CorpusArticle) -> str:
        if self.old_url(article):
            return self.archive_article(article)
        return self.tenant_article(COMMUNE, article)

    def tenant_article(self, site: Site, article: CorpusArticle) -> str:
        """The platform's article view, for the ward's own items and for syndicated copies under any tenant."""
        corpus = article.id in self.when
        category = self.spec.category(article.category) if corpus else self.spec.category("tin-hoat-dong")
        imported = corpus and self.migrated(article)
        link = self.own_path(article) if site.kind == "commune" else self.neighbour_path(site, article)
        if article.category == "thong-bao" and not imported:
            body, lead = self.notice_body(article), ""
        elif imported:
            body, lead = self.word_body(article), ""
        else:
            body = self.new_body(article, self.source_line(article, site))
            lead = f'<div class="news-sapo"><strong>{esc(article.lead)}</strong></div>' if article.lead else ""
        byline = (
            f' <span class="news-author"><i class="fa fa-user"></i> {esc(article.author)}</span>'
            if article.author_style == "byline" and article.author
            else ""
        )
        updated = f' <span class="news-update">(Cập nhật: {self.imported_stamp(article)})</span>' if imported else ""
        views = self.views(article) if site.kind == "commune" else 5 + self.views(article) // 9
        tags = (
            "".join(f'<a href="/{site.slug}/tim-kiem?q={quote_plus(t)}">{esc(t)}</a>' for t in tags_of(article, 4))
            if corpus
            else ""
        )
        tags = f'<div class="news-tags"><span>Từ khóa:</span> {tags}</div>' if tags else ""
        related = self.related_box(site, article)
        print_link = (
            f'<a class="btn-print" href="{self.print_path(article)}" target="_blank" rel="nofollow"><i class="fa fa-print"></i> In bài</a>'
            if site.kind == "commune"
            else '<a class="btn-print" href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a>'
        )
        share = quote(PROD + link, safe="")
        canonical = (
            f'<link rel="canonical" href="{self.url(self.province_path(article))}"/>'
            if corpus and self.module(article)
            else ""
        )
        og_url = self.url(self.province_path(article)) if canonical else self.url(link)
        head = (
            f"{canonical}\n"
            f'<meta name="description" content="{esc(self.teaser(article, 200))}"/>\n'
            f'<meta property="og:type" content="article"/><meta property="og:title" content="{esc(article.title)}"/>\n'
            f'<meta property="og:url" content="{esc(og_url)}"/><meta property="og:image" content="{self.url(THEME)}/images/og-default.jpg"/>'
        )
        crumbs = f'<a href="/{site.slug}/">Trang chủ</a> <span>›</span> <a href="/{site.slug}/{category.key}">Tin tức</a> <span>›</span> <a href="{self.cat_path(site, category)}">{esc(category.name)}</a>'
        main = f"""<div class="breadcrumb">{crumbs}</div>
<article class="news-detail">
<h1 class="news-title">{esc(article.title)}</h1>
<div class="news-meta"><span class="news-date"><i class="fa fa-clock-o"></i> {self.detail_date(article)}</span>{updated}{byline} <span class="news-view"><i class="fa fa-eye"></i> Lượt xem: {views}</span>
<span class="news-tools"><a href="javascript:void(0)" class="font-down" title="Giảm cỡ chữ">A-</a> <a href="javascript:void(0)" class="font-up" title="Tăng cỡ chữ">A+</a> {print_link}</span></div>
{lead}
<div class="news-content" id="news-content">
{body}
</div>
{self.label(article)}
{self.attachment_html(article) if corpus and site.kind == "commune" else ""}
{tags}
<div class="news-share"><a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener">Chia sẻ Facebook</a> <a class="zalo-share" href="https://sp.zalo.me/share_inline?d={share}" target="_blank" rel="noopener">Zalo</a> <a href="mailto:?subject={quote(article.title)}&amp;body={share}">Gửi email</a></div>
</article>
{related}"""
        return self.tenant_page(site, article.title, main, head=head)

    def related_box(self, site: Site, article: CorpusArticle) -> str:
        if site.kind != "commune":
            items = [a for a in self.neighbour_listing(site, self.spec.category("tin-tinh")) if a.id != article.id]
            items += [self.neighbour_items[site.slug]] if article.id != self.neighbour_items[site.slug].id else []
            rows = "".join(
                f'<li><a href="{self.neighbour_path(site, a)}">{esc(a.title)}</a> <span class="date">({self.at(a).dmy()})</span></li>'
                for a in items
            )
            return f'<div class="news-other"><h3>Tin khác</h3><ul>{rows}</ul></div>' if rows else ""
        related = self.related(article)
        rows = "".join(
            f'<li><a href="{self.own_path(a)}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in related[:3]
        )
        same = [a for a in self.listed(article.category) if a.id != article.id and a not in related[:3]][:5]
        others = "".join(
            f'<li><a href="{self.own_path(a)}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in same
        )
        box = f'<div class="news-related"><h3>Tin liên quan</h3><ul>{rows}</ul></div>' if rows else ""
        return box + (f'<div class="news-other"><h3>Tin cùng chuyên mục</h3><ul>{others}</ul></div>' if others else "")

    def archive_article(self, article: CorpusArticle) -> str:
        """A Hưng Bình item at its old NukeViet address, in the platform's 'Tin lưu trữ' view of the old markup."""
        pred = self.predecessor(article) or PREDECESSORS[0]
        blocks = [f'<p style="text-align: justify;">{esc(p)}</p>' for p in article.paragraphs]
        shot = self.photo_block(article, "nukeviet")
        if shot:
            blocks.insert(min(shot[0] + 1, len(blocks)), shot[1])
        if article.author_style == "signature" and article.author:
            blocks.append(f'<p style="text-align: right;"><strong>{esc(article.author)}</strong></p>')
        author = (
            f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(article.author)}</p>'
            if article.author_style in ("label", "byline") and article.author
            else ""
        )
        hometext = f'<div class="hometext m-bottom">{esc(article.lead)}</div>' if article.lead else ""
        main = f"""<div class="breadcrumb"><a href="/{TENANT}/">Trang chủ</a> <span>›</span> <a href="{self.archive_path(pred[0])}">Tin lưu trữ</a> <span>›</span> <a href="{self.archive_path(pred[0])}">{esc(pred[1])} (cũ)</a></div>
<div class="archive-note alert alert-info">Tin bài được chuyển từ Trang thông tin điện tử {esc(unit(pred[1]))} ({esc(pred[2])}) trước khi sắp xếp đơn vị hành chính.</div>
<div class="news_column panel panel-default">
<div class="panel-body">
<h2 class="title margin-bottom-lg">{esc(article.title)}</h2>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{self.nukeviet_date(article)}</span></div></div>
{hometext}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{chr(10).join(blocks)}
</div>
{author}
<p class="h5 text-right">Đã xem: {self.views(article)}</p>
</div></div>
{self.related_box(COMMUNE, article)}"""
        return self.tenant_page(COMMUNE, article.title, main)

    def print_page(self, article: CorpusArticle) -> str:
        if article.category == "thong-bao" and not self.migrated(article):
            body = self.notice_body(article)
        else:
            body = (f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else "") + "".join(
                f"<p>{esc(p)}</p>" for p in article.paragraphs
            )
            if article.author_style == "signature" and article.author:
                body += f'<p style="text-align: right;"><strong>{esc(article.author)}</strong></p>'
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/><title>{esc(article.title)}</title><meta name="robots" content="noindex, nofollow"/>
<link rel="stylesheet" href="{THEME}/css/print.css"/></head>
<body onload="window.print()"><div class="print-page">
<div class="print-header">{esc(self.spec.name.upper())}</div>
<h1>{esc(article.title)}</h1>
<p class="print-date">Ngày đăng: {self.at(article).with_time(self.at(article).dmy())}</p>
<div class="print-content">{body}</div>
{self.label(article)}
<p class="print-url">Địa chỉ bài viết: {esc(PROD + self.own_path(article))}</p>
</div></body></html>"""

    def teaser_row(self, site: Site, article: CorpusArticle, link: str) -> str:
        at = self.at(article)
        thumb = f"/uploads/{site.slug}/thumb/{at.at.year}/{at.at.month:02d}/{self.own_ids.get(article.id, 0)}.jpg"
        return (
            f'<div class="news-item"><a class="thumb" href="{link}"><img src="{thumb}" alt="{esc(article.title)}" loading="lazy"/></a>'
            f'<h3 class="news-item-title"><a href="{link}">{esc(article.title)}</a></h3>'
            f'<span class="news-item-date">{at.dmy()}</span><p class="news-item-sapo">{esc(self.teaser(article))}</p></div>'
        )

    def pager(self, base: str, number: int, total: int, param: str = "page") -> str:
        if total <= 1:
            return ""

        def href(n: int) -> str:
            return base if n == 1 else f"{base}?{param}={n}"

        cells = []
        if number > 1:
            cells += [
                f'<li><a href="{href(1)}" title="Trang đầu">«</a></li>',
                f'<li><a href="{href(number - 1)}" title="Trang trước">‹</a></li>',
            ]
        for n in range(1, total + 1):
            cells.append(
                f'<li class="active"><span>{n}</span></li>' if n == number else f'<li><a href="{href(n)}">{n}</a></li>'
            )
        if number < total:
            cells += [
                f'<li><a href="{href(number + 1)}" title="Trang sau">›</a></li>',
                f'<li><a href="{href(total)}" title="Trang cuối">»</a></li>',
            ]
        return f'<ul class="pagination">{"".join(cells)}</ul>'

    def listing_page(self, site: Site, category: Category, pages: list[list[CorpusArticle]], number: int) -> str:
        items = pages[number - 1]
        rows = (
            "".join(self.teaser_row(site, a, self.own_path(a)) for a in items)
            or '<p class="empty">Chưa có dữ liệu.</p>'
        )
        main = (
            f'<div class="breadcrumb"><a href="/{site.slug}/">Trang chủ</a> <span>›</span> <span>{esc(category.name)}</span></div>'
            f'<h1 class="page-title">{esc(category.name)}</h1><div class="news-list">{rows}</div>'
            + self.pager(self.cat_path(site, category), number, len(pages))
        )
        return self.tenant_page(site, category.name, main)

    def archive_listing(self, pred: str, pages: list[list[CorpusArticle]], number: int) -> str:
        name, host = next((n, h) for s, n, h in PREDECESSORS if s == pred)
        items = pages[number - 1]
        rows = (
            "".join(
                f'<li><a href="{self.own_path(a)}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
                for a in items
            )
            or '<li class="empty">Chưa có dữ liệu.</li>'
        )
        prev = f'<a href="{self.archive_path(pred, number - 1)}">« Trang trước</a>' if number > 1 else ""
        nxt = f'<a href="{self.archive_path(pred, number + 1)}">Trang sau »</a>' if number < len(pages) else ""
        main = (
            f'<div class="breadcrumb"><a href="/{TENANT}/">Trang chủ</a> <span>›</span> <span>Tin lưu trữ</span></div>'
            f'<h1 class="page-title">Tin lưu trữ - {esc(name)} (cũ)</h1>'
            f'<p class="archive-note"><em>Dữ liệu được chuyển từ Trang thông tin điện tử {esc(unit(name))} ({esc(host)}) trước ngày 01/7/2025.</em></p>'
            f'<ul class="archive-list">{rows}</ul><div class="pager-simple">{prev} {nxt}</div>'
        )
        return self.tenant_page(COMMUNE, f"Tin lưu trữ - {name}", main)

    def commune_home(self) -> str:
        listed = [a for a in self.listed() if a.category != "thong-bao"]
        featured = listed[:5]
        slides = "".join(
            f'<div class="slide-item"><a href="{self.own_path(a)}"><img src="/uploads/{TENANT}/slide/{self.own_ids[a.id]}.jpg" alt="{esc(a.title)}"/></a>'
            f'<h2 class="slide-title"><a href="{self.own_path(a)}">{esc(a.title)}</a></h2><p>{esc(self.teaser(a, 160))}</p></div>'
            for a in featured
        )
        latest = "".join(
            f'<li><a href="{self.own_path(a)}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in listed[:8]
        )
        blocks = ""
        for category in self.spec.categories:
            if category.slug == "thong-bao":
                continue
            items = self.listed(category.slug)[:4]
            rows = "".join(
                f'<li><a href="{self.own_path(a)}">{esc(a.title)}</a> <span class="date">{self.when[a.id].dmy()}</span></li>'
                for a in items
            )
            blocks += (
                f'<section class="home-box"><h2 class="box-title"><a href="{self.cat_path(COMMUNE, category)}">{esc(category.name)}</a></h2>'
                f'<ul class="box-list">{rows or "<li>Chưa có dữ liệu.</li>"}</ul><a class="more" href="{self.cat_path(COMMUNE, category)}">Xem thêm »</a></section>'
            )
        main = (
            f'<section class="home-slider"><h2 class="sr-only">Tin nổi bật</h2>{slides}</section>'
            f'<section class="home-latest"><h2 class="box-title">Tin mới</h2><ul>{latest}</ul></section>{blocks}'
        )
        return self.tenant_page(COMMUNE, "Trang chủ", main, home=True)

    def static_page(self, site: Site, title: str, body: str) -> str:
        main = (
            f'<div class="breadcrumb"><a href="/{site.slug}/">Trang chủ</a> <span>›</span> <span>{esc(title)}</span></div>'
            f'<h1 class="page-title">{esc(title)}</h1><div class="page-content">{body}</div>'
        )
        return self.tenant_page(site, title, main)

    def documents_table(self) -> str:
        rows = "".join(
            f"<tr><td>{n}</td><td>{esc(number)}</td><td>{issued}</td><td>{esc(kind)}</td><td>{esc(summary)}</td>"
            f'<td><a href="/uploads/{TENANT}/van-ban/{name}" target="_blank" title="Tải về"><i class="fa fa-download"></i> Tải về</a></td></tr>'
            for n, (number, issued, kind, summary, name) in enumerate(DOCS, start=1)
        )
        return (
            '<table class="table table-bordered table-doc"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th>'
            f"<th>Loại văn bản</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
        )

    def procedures(self) -> str:
        html = ""
        for field_name, names in TTHC:
            items = "".join(
                f'<li><a href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.{sum(map(ord, n)) * 37 % 10000:04d}" target="_blank" rel="noopener">{esc(n)}</a></li>'
                for n in names
            )
            html += f"<h3>{esc(field_name)}</h3><ol>{items}</ol>"
        return (
            html
            + "<p><em>Tổ chức, cá nhân nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường hoặc trực tuyến qua Cổng Dịch vụ công quốc gia.</em></p>"
        )

    def contact(self) -> str:
        return (
            f"<p><strong>Ủy ban nhân dân phường Trường Vinh</strong><br/>Địa chỉ: {esc(self.spec.address)}<br/>"
            "Điện thoại: 0238.3844.xxx - Email: truongvinh@nghean.gov.vn</p>"
            f'<form class="contact-form" action="/{TENANT}/lien-he" method="post"><input type="hidden" name="__RequestVerificationToken" value="{TOKEN.decode()}"/>'
            '<input name="HoTen" placeholder="Họ và tên"/><input name="Email" placeholder="Email"/><input name="TieuDe" placeholder="Tiêu đề"/>'
            '<textarea name="NoiDung" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form>'
        )

    def schedule_page(self, week: str, year: str) -> str:
        """'Lịch công tác' of one ISO week; any week answers, with links to the weeks either side."""
        try:
            monday = date.fromisocalendar(int(year), int(week), 1)
            before, after = (monday - timedelta(days=7)).isocalendar(), (monday + timedelta(days=7)).isocalendar()
        except (ValueError, OverflowError):
            monday = NOW.date() - timedelta(days=NOW.weekday())
            before, after = (monday - timedelta(days=7)).isocalendar(), (monday + timedelta(days=7)).isocalendar()
        iso = monday.isocalendar()
        days = SCHEDULE.get((iso[0], iso[1]), [])
        rows = ""
        for day, entries in days:
            for i, (clock, what, where) in enumerate(entries):
                first = f'<td rowspan="{len(entries)}"><strong>{esc(day)}</strong></td>' if i == 0 else ""
                rows += f"<tr>{first}<td>{clock}</td><td>{esc(what)}</td><td>{esc(where)}</td></tr>"
        table = (
            '<table class="table table-bordered table-schedule"><thead><tr><th>Thứ, ngày</th><th>Thời gian</th><th>Nội dung</th><th>Địa điểm</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>"
            if rows
            else '<p class="empty">Chưa có lịch công tác tuần này.</p>'
        )
        nav = (
            f'<div class="week-nav"><a href="/{TENANT}/lich-cong-tac?tuan={before[1]}&amp;nam={before[0]}">« Tuần trước</a> '
            f'<a href="/{TENANT}/lich-cong-tac">Tuần hiện tại</a> '
            f'<a href="/{TENANT}/lich-cong-tac?tuan={after[1]}&amp;nam={after[0]}">Tuần sau »</a></div>'
        )
        sunday = monday + timedelta(days=6)
        heading = f"<h2>Tuần {iso[1]:02d} (từ {monday:%d/%m/%Y} đến {sunday:%d/%m/%Y})</h2>"
        return self.static_page(COMMUNE, "Lịch công tác", heading + nav + table)

    def search_page(self, site: Site, query: str) -> str:
        """The tenant's own search (GET, disallowed by robots.txt): its items whose title or text holds the words."""
        needle = query.strip().casefold()
        if site.kind == "commune":
            pool = [(a, self.own_path(a)) for a in self.listed()]
        else:
            items = [*self.neighbour_listing(site, self.spec.category("tin-tinh")), self.neighbour_items[site.slug]]
            pool = [(a, self.neighbour_path(site, a)) for a in items]
        hits = [
            (a, link) for a, link in pool if needle and (needle in a.title.casefold() or needle in a.body.casefold())
        ]
        rows = "".join(self.teaser_row(site, a, link) for a, link in hits[:20])
        summary = (
            f'<p class="search-summary">Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(query)}”.</p>'
            if needle
            else "<p>Vui lòng nhập từ khóa.</p>"
        )
        form = f'<form action="/{site.slug}/tim-kiem" method="get"><input name="q" value="{esc(query)}"/><button type="submit">Tìm kiếm</button></form>'
        return self.static_page(site, "Tìm kiếm", form + summary + f'<div class="news-list">{rows}</div>')

    def missing(self) -> str:
        latest = "".join(f'<li><a href="{self.own_path(a)}">{esc(a.title)}</a></li>' for a in self.listed()[:5])
        return (
            '<div class="alert alert-warning">Bài viết không tồn tại hoặc đã bị gỡ bỏ.</div>'
            f'<h3 class="box-title">Tin mới</h3><ul>{latest}</ul>'
        )

    def login_page(self, return_url: str) -> str:
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><title>Đăng nhập hệ thống</title><meta name="robots" content="noindex"/></head>
<body class="login"><form method="post" action="/dang-nhap?ReturnUrl={quote(return_url, safe="")}"><h1>ĐĂNG NHẬP HỆ THỐNG QUẢN TRỊ</h1>
<p>Nền tảng Cổng thông tin điện tử dùng chung tỉnh Nghệ An</p><input type="hidden" name="__RequestVerificationToken" value="{TOKEN.decode()}"/>
<input name="UserName" placeholder="Tên đăng nhập"/><input name="Password" type="password" placeholder="Mật khẩu"/><button type="submit">Đăng nhập</button></form></body></html>"""

    # ---- the shared chrome ----------------------------------------------------------------------------
    def top_bar(self, here: str) -> str:
        options = "".join(
            f'<option value="/{s.slug}/"{" selected" if s.slug == here else ""}>{esc(s.name)}</option>'
            for s in (COMMUNE, *NEIGHBOURS, *STUBS)
        )
        today = f"{WEEKDAYS[NOW.weekday()]}, ngày {NOW:%d/%m/%Y}"
        return f"""<div class="topbar"><div class="container">
<span class="topbar-date"><i class="fa fa-calendar"></i> {today}</span>
<a class="topbar-link" href="/{PROVINCE}/">Cổng TTĐT tỉnh Nghệ An</a>
<a class="topbar-link" href="https://dichvucong.nghean.gov.vn" target="_blank" rel="noopener">Dịch vụ công trực tuyến</a>
<span class="site-switch">Trang TTĐT xã, phường: <select onchange="if(this.value) window.location.href=this.value;"><option value="">-- Chọn xã, phường --</option>{options}</select></span>
<a class="topbar-login" href="/dang-nhap?ReturnUrl={quote("/" + here + "/", safe="")}" rel="nofollow">Đăng nhập</a>
</div></div>"""

    def tenant_menu(self, site: Site) -> str:
        about = "".join(
            f'<li><a href="/{site.slug}/gioi-thieu/{slug}">{esc(title)}</a></li>' for slug, (title, _) in ABOUT.items()
        )
        cats = "".join(f'<li><a href="{self.cat_path(site, c)}">{esc(c.name)}</a></li>' for c in self.spec.categories)
        archive = ""
        if site.kind == "commune":
            preds = "".join(f'<li><a href="{self.archive_path(s)}">{esc(n)} (cũ)</a></li>' for s, n, _ in PREDECESSORS)
            archive = f'<li class="has-sub"><a href="{self.archive_path(PREDECESSORS[0][0])}">Tin lưu trữ</a><ul class="sub">{preds}</ul></li>'
        first = self.spec.categories[0]
        return f"""<nav class="main-nav"><div class="container"><ul class="menu">
<li><a href="/{site.slug}/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li class="has-sub"><a href="/{site.slug}/gioi-thieu/tong-quan">Giới thiệu</a><ul class="sub">{about}</ul></li>
<li class="has-sub"><a href="{self.cat_path(site, first)}">Tin tức</a><ul class="sub">{cats}</ul></li>
{archive}
<li><a href="/{site.slug}/van-ban">Văn bản</a></li>
<li><a href="/{site.slug}/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>
<li><a href="/{site.slug}/lich-cong-tac">Lịch công tác</a></li>
<li><a href="/{site.slug}/lien-he">Liên hệ</a></li>
</ul><form class="nav-search" action="/{site.slug}/tim-kiem" method="get"><input name="q" placeholder="{esc(self.s["search_placeholder"])}"/><button type="submit"><i class="fa fa-search"></i></button></form></div></nav>"""

    def aside(self, site: Site) -> str:
        notices = ""
        if site.kind == "commune":
            items = self.listed("thong-bao")[:4]
            rows = "".join(
                f'<li><a href="{self.own_path(a)}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
                for a in items
            )
            rows += f'<li><a href="/{TENANT}/thong-bao/thong-bao-tam-dung-tiep-nhan-ho-so-truc-tiep-ngay-31-12-2025-{REMOVED_ID}.html">Thông báo tạm dừng tiếp nhận hồ sơ trực tiếp ngày 31/12/2025</a></li>'
            notices = f'<section class="side-box"><h3 class="side-title">Thông báo</h3><ul class="notice-list">{rows}</ul></section>'
            docs = "".join(
                f'<li><a href="/uploads/{TENANT}/van-ban/{name}" target="_blank">{esc(number)}: {esc(summary)}</a></li>'
                for number, _, _, summary, name in DOCS[:4]
            )
            notices += f'<section class="side-box"><h3 class="side-title"><a href="/{TENANT}/van-ban">Văn bản mới</a></h3><ul>{docs}</ul></section>'
        banners = "".join(
            f'<li><a href="{url}" target="_blank" rel="noopener"><img src="{THEME}/images/banner-{i}.png" alt="{esc(name)}"/></a></li>'
            for i, (name, url) in enumerate(BANNERS, start=1)
        )
        stats = (
            f"<li>Đang truy cập: <strong>{ONLINE.decode()}</strong></li><li>Hôm nay: <strong>1.208</strong></li>"
            f"<li>Tổng lượt truy cập: <strong>{'186.412' if site.kind == 'commune' else '9.371'}</strong></li>"
        )
        return (
            f'<aside class="col-right">{notices}'
            f'<section class="side-box"><a class="side-banner" href="/{site.slug}/lich-cong-tac"><img src="{THEME}/images/lich-cong-tac.png" alt="Lịch công tác"/></a></section>'
            f'<section class="side-box"><h3 class="side-title">Liên kết</h3><ul class="banners">{banners}</ul></section>'
            f'<section class="side-box"><h3 class="side-title">Thống kê truy cập</h3><ul class="stats">{stats}</ul></section></aside>'
        )

    def tenant_footer(self, site: Site) -> str:
        neighbours = " | ".join(
            f'<a href="/{s.slug}/">{esc(s.name)}</a>' for s in (COMMUNE, *NEIGHBOURS) if s.slug != site.slug
        )
        if site.kind == "commune":
            owner, address = f"Ủy ban nhân dân {unit(site.name)}", self.spec.address
        else:
            owner, address = f"Ủy ban nhân dân {unit(site.name)}", f"{site.name}, tỉnh Nghệ An"
        rss = f' | <a href="{self.feed_path}"><i class="fa fa-rss"></i> RSS</a>' if site.kind == "commune" else ""
        return f"""<footer class="footer"><div class="container">
<p class="footer-title">TRANG THÔNG TIN ĐIỆN TỬ {esc(site.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(owner)}</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND {esc(unit(site.name))}</p>
<p>Địa chỉ: {esc(address)} - Điện thoại: 0238.3844.xxx</p>
<p>{esc(self.spec.license)}</p>
<p class="footer-links">Trang TTĐT các phường lân cận: {neighbours}{rss}</p>
<p class="footer-platform">Vận hành trên Nền tảng Cổng thông tin điện tử dùng chung tỉnh Nghệ An. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
</div></footer>"""

    def tenant_page(self, site: Site, title: str, main: str, head: str = "", home: bool = False) -> str:
        page_title = (
            f"{site.name} - Trang thông tin điện tử" if home else f"{title} - Trang thông tin điện tử {unit(site.name)}"
        )
        feed = (
            f'<link rel="alternate" type="application/rss+xml" title="Tin mới" href="{self.feed_path}"/>'
            if site.kind == "commune"
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(page_title)}</title>
{head}
{feed}
<link rel="shortcut icon" href="/favicon.ico"/>
<link rel="stylesheet" href="{THEME}/css/bootstrap.min.css"/>
<link rel="stylesheet" href="{THEME}/css/font-awesome.min.css"/>
<link rel="stylesheet" href="{THEME}/css/site.css?v=2.3.7"/>
</head>
<body class="tenant-{site.slug}">
{self.top_bar(site.slug if site.kind != "province" else "")}
<header class="tenant-header"><div class="container"><a class="brand" href="/{site.slug}/"><img src="{THEME}/images/quoc-huy.png" alt="Quốc huy" width="76" height="76"/>
<span class="brand-text"><span class="brand-top">TRANG THÔNG TIN ĐIỆN TỬ</span><span class="brand-name">{esc(site.name.upper())}</span><span class="brand-sub">TỈNH NGHỆ AN</span></span></a></div></header>
{self.tenant_menu(site)}
<div class="container main-wrap"><div class="row"><main class="col-main">
{main}
</main>
{self.aside(site)}
</div></div>
{self.tenant_footer(site)}
<script src="{THEME}/js/jquery-3.6.0.min.js"></script><script src="{THEME}/js/site.js?v=2.3.7"></script>
</body></html>"""

    # ---- the neighbouring tenants ------------------------------------------------------------------------
    def neighbour_home(self, site: Site) -> str:
        items = sorted(
            [*self.neighbour_listing(site, self.spec.category("tin-tinh")), self.neighbour_items[site.slug]],
            key=lambda a: self.at(a).at,
            reverse=True,
        )
        rows = "".join(self.teaser_row(site, a, self.neighbour_path(site, a)) for a in items)
        boxes = "".join(
            f'<section class="home-box"><h2 class="box-title"><a href="{self.cat_path(site, c)}">{esc(c.name)}</a></h2></section>'
            for c in self.spec.categories
        )
        main = f'<section class="home-latest"><h2 class="box-title">Tin mới</h2><div class="news-list">{rows}</div></section>{boxes}'
        return self.tenant_page(site, "Trang chủ", main, home=True)

    def neighbour_listing_page(self, site: Site, category: Category, items: list[CorpusArticle]) -> str:
        rows = (
            "".join(self.teaser_row(site, a, self.neighbour_path(site, a)) for a in items)
            or '<p class="empty">Chưa có dữ liệu.</p>'
        )
        main = (
            f'<div class="breadcrumb"><a href="/{site.slug}/">Trang chủ</a> <span>›</span> <span>{esc(category.name)}</span></div>'
            f'<h1 class="page-title">{esc(category.name)}</h1><div class="news-list">{rows}</div>'
        )
        return self.tenant_page(site, category.name, main)

    def neighbour_article(self, site: Site, article: CorpusArticle) -> str:
        return self.tenant_article(site, article)

    def stub_home(self, site: Site) -> str:
        """A tenant the platform created but nobody has filled yet: the bar, the banner, one line, the footer."""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/><title>{esc(site.name)} - Trang thông tin điện tử</title>
<link rel="stylesheet" href="{THEME}/css/site.css?v=2.3.7"/></head>
<body class="tenant-{site.slug}">
{self.top_bar(site.slug)}
<header class="tenant-header"><div class="container"><span class="brand-text"><span class="brand-top">TRANG THÔNG TIN ĐIỆN TỬ</span><span class="brand-name">{esc(site.name.upper())}</span><span class="brand-sub">TỈNH NGHỆ AN</span></span></div></header>
<div class="container"><div class="alert alert-info">Trang thông tin điện tử {esc(unit(site.name))} đang được xây dựng. Mời quý độc giả quay lại sau.</div></div>
{self.tenant_footer(site)}
</body></html>"""

    # ---- the province portal ------------------------------------------------------------------------------
    def province_page(self, title: str, main: str, site: Site = PROVINCE_SITE, head: str = "") -> str:
        tenants = "".join(f'<li><a href="/{s.slug}/">{esc(s.name)}</a></li>' for s in (COMMUNE, *NEIGHBOURS))
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)} - Cổng Thông tin điện tử tỉnh Nghệ An</title>
{head}
<link rel="stylesheet" href="{THEME}/css/bootstrap.min.css"/><link rel="stylesheet" href="{THEME}/css/portal-tinh.css?v=2.3.7"/></head>
<body class="portal-tinh">
{self.top_bar("")}
<header class="portal-header"><div class="container"><a href="/{PROVINCE}/"><img src="{THEME}/images/logo-nghean.png" alt="Cổng Thông tin điện tử tỉnh Nghệ An"/>
<span class="portal-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN</span></a></div></header>
<nav class="portal-nav"><div class="container"><ul><li><a href="/{PROVINCE}/">Trang chủ</a></li><li><a href="/{PROVINCE}/gioi-thieu">Giới thiệu</a></li>
<li><a href="/{PROVINCE}/tin-tuc">Tin tức - Sự kiện</a></li><li class="has-sub"><a href="javascript:void(0)">Xã, phường</a><ul>{tenants}</ul></li></ul></div></nav>
<div class="container"><div class="row"><div class="col-md-9">{main}</div>
<div class="col-md-3"><div class="box-side"><h3>Thống kê truy cập</h3><p>Đang truy cập: {ONLINE.decode()}</p><p>Tổng lượt truy cập: 25.604.118</p></div></div></div></div>
<footer class="portal-footer"><div class="container"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Nghệ An</p>
<p>Địa chỉ: Số 03 đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An</p><p>Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh</p></div></footer>
</body></html>"""

    def province_home(self) -> str:
        items = self.province_listing()[:6]
        rows = "".join(
            f'<li><a href="{self.province_path(a)}">{esc(a.title)}</a> <span class="time">{self.at(a).with_time(self.at(a).dmy())}</span></li>'
            for a in items
        )
        base = [a for a in self.listed() if a.category != "tin-tinh" and not self.migrated(a)][:4]
        grassroots = "".join(
            f'<li><a href="{self.own_path(a)}">{esc(a.title)}</a> <em>({esc(COMMUNE.name)})</em></li>' for a in base
        )
        grassroots += "".join(
            f'<li><a href="{self.neighbour_path(s, self.neighbour_items[s.slug])}">{esc(self.neighbour_items[s.slug].title)}</a> <em>({esc(s.name)})</em></li>'
            for s in NEIGHBOURS[:3]
        )
        main = (
            f'<section class="box-news"><h2><a href="/{PROVINCE}/tin-tuc">Tin tức - Sự kiện</a></h2><ul>{rows}</ul><a href="/{PROVINCE}/tin-tuc">Xem thêm</a></section>'
            f'<section class="box-news"><h2>Tin từ xã, phường</h2><ul>{grassroots}</ul></section>'
        )
        return self.province_page("Trang chủ", main)

    def province_listing_page(self, pages: list[list[CorpusArticle]], number: int) -> str:
        rows = "".join(
            f'<div class="item"><h3><a href="{self.province_path(a)}">{esc(a.title)}</a></h3><span class="time">{self.at(a).with_time(self.at(a).dmy())}</span>'
            f"<p>{esc(self.teaser(a))}</p></div>"
            for a in pages[number - 1]
        )
        main = f'<h1 class="title-page">Tin tức - Sự kiện</h1><div class="list-news">{rows}</div>' + self.pager(
            f"/{PROVINCE}/tin-tuc", number, len(pages)
        )
        return self.province_page("Tin tức - Sự kiện", main)

    def province_article(self, article: CorpusArticle) -> str:
        when = self.at(article)
        sapo = f'<div class="sapo"><strong>{esc(article.lead)}</strong></div>' if article.lead else ""
        byline = (
            f'<span class="author">{esc(article.author)}</span>'
            if article.author_style == "byline" and article.author
            else ""
        )
        others = "".join(
            f'<li><a href="{self.province_path(a)}">{esc(a.title)}</a></li>'
            for a in self.province_listing()
            if a.id != article.id
        )
        main = f"""<div class="detail-news">
<h1 class="title-detail">{esc(article.title)}</h1>
<div class="meta"><span class="date">Ngày đăng: {when.with_time(when.dmy())}</span> {byline} <span class="view">Lượt xem: {3 * self.views(article) + 118}</span></div>
{sapo}
<div class="content-detail">{self.new_body(article, owner=PROVINCE)}</div>
{self.label(article)}
</div>
<div class="other-news"><h3>Các tin khác</h3><ul>{others}</ul></div>"""
        head = f'<meta property="og:url" content="{self.url(self.province_path(article))}"/><meta property="og:title" content="{esc(article.title)}"/>'
        return self.province_page(article.title, main, head=head)
