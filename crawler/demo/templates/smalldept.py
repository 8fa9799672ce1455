"""A small district department's home-made classic ASP site of the 2000s (Phòng LĐ-TB&XH huyện Đăk Hà, Kon Tum).

A 780-pixel table layout typed in FrontPage/Dreamweaver and glued to an Access database by a few .asp pages:
default.asp, tintuc.asp?cat=N&page=K (two items a page, a pager that only says '« Trang trước | Trang K | Trang sau »'),
chitiet.asp?id=N, inbai.asp?id=N (print view). Windows-1258 named only in the meta tag, uppercase and unclosed tags,
<FONT face=Arial>, spacer gifs, a fixed <TITLE>. Items posted in 2018-2019 went through a save routine that
double-escaped '&' and dropped the '&' of '&ndash;'. IIS answers paths case-insensitively.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from urllib.parse import quote

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import ascii_slug, esc
from .base import Response, Template

SITE_TITLE = "Phòng Lao động - Thương binh và Xã hội huyện Đăk Hà"
SHORT_NAME = "Phòng LĐ-TB&XH huyện Đăk Hà"
PAGE_SIZE = 2  # tintuc.asp: 'SELECT TOP 2 ...' per page
BROKEN_FROM, BROKEN_UNTIL = "2018-01-01", "2019-12-31"  # the editor version that mangled entities
POSTERS = ("admin", "Hằng", "Tâm")  # 'Người đăng tin': the account that typed the item in
ASP_COOKIE = "ASPSESSIONIDSCRQBTAD=KMBGJDLCNPHEAOFFJIMKLHOA; path=/"

ABOUT = (
    (
        "Chức năng, nhiệm vụ",
        "Phòng Lao động - Thương binh và Xã hội là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Đăk Hà, có chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện quản lý nhà nước về lao động, việc làm, giáo dục nghề nghiệp, tiền lương, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công, bảo trợ xã hội, trẻ em, bình đẳng giới, phòng, chống tệ nạn xã hội trên địa bàn huyện; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum.",
    ),
    (
        "Cơ cấu tổ chức",
        "Phòng gồm Trưởng phòng, 01 Phó Trưởng phòng và 05 công chức chuyên môn phụ trách các lĩnh vực: Lao động - Việc làm - Giáo dục nghề nghiệp; Người có công; Bảo trợ xã hội - Giảm nghèo; Trẻ em - Bình đẳng giới; Phòng, chống tệ nạn xã hội. Phòng là cơ quan thường trực của Ban Vì sự tiến bộ của phụ nữ huyện và Ban Chỉ đạo giảm nghèo bền vững huyện.",
    ),
    (
        "Lãnh đạo phòng",
        "Trưởng phòng: Ông Nguyễn Văn Thành - ĐT: 0260.3821 245. Phó Trưởng phòng: Bà Trần Thị Thu Hằng - ĐT: 0260.3821 246.",
    ),
    (
        "Danh bạ điện thoại",
        "Văn phòng: 0260.3821 247 - Bộ phận một cửa UBND huyện: 0260.3821 111 - Email: pldtbxh.dakha@kontum.gov.vn",
    ),
)
DOC_GROUPS = ("Văn bản của Trung ương", "Văn bản của tỉnh", "Văn bản của huyện", "Văn bản của phòng")
# (group, number, issued, summary): the 'Văn bản' tables, each with a downloadable file
DOCS = (
    (1, "73/2006/QH11", "29/11/2006", "Luật Bình đẳng giới"),
    (1, "13/2022/QH15", "14/11/2022", "Luật Phòng, chống bạo lực gia đình"),
    (1, "28/NQ-CP", "03/03/2021", "Nghị quyết ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030"),
    (
        1,
        "20/2021/NĐ-CP",
        "15/03/2021",
        "Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
    ),
    (
        2,
        "1452/KH-UBND",
        "20/05/2021",
        "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Kon Tum giai đoạn 2021 - 2030",
    ),
    (2, "2318/UBND-KGVX", "08/08/2023", "V/v tăng cường công tác phòng, chống đuối nước trẻ em"),
    (3, "62/KH-UBND", "11/03/2024", "Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2024"),
    (3, "98/KH-UBND", "12/07/2022", "Kế hoạch triển khai Dự án 8 giai đoạn 2022 - 2025 trên địa bàn huyện"),
    (3, "412/QĐ-UBND", "14/03/2017", "Quyết định kiện toàn Ban Vì sự tiến bộ của phụ nữ huyện"),
    (4, "35/LĐTBXH", "12/06/2024", "V/v báo cáo kết quả công tác bình đẳng giới 6 tháng đầu năm 2024"),
    (4, "12/TB-LĐTBXH", "03/01/2025", "Thông báo lịch tiếp công dân năm 2025"),
)
TTHC = (
    (
        "Lĩnh vực Người có công",
        (
            "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ",
            "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ",
            "Hưởng mai táng phí, trợ cấp một lần khi người có công từ trần",
        ),
    ),
    (
        "Lĩnh vực Bảo trợ xã hội",
        (
            "Trợ cấp xã hội hằng tháng đối với đối tượng bảo trợ xã hội",
            "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
            "Xác định, xác định lại mức độ khuyết tật",
        ),
    ),
    (
        "Lĩnh vực Lao động - Việc làm",
        ("Hỗ trợ đào tạo nghề cho lao động nông thôn", "Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng"),
    ),
    (
        "Lĩnh vực Trẻ em",
        (
            "Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại",
            "Chấm dứt việc chăm sóc thay thế cho trẻ em",
        ),
    ),
    ("Lĩnh vực Phòng, chống tệ nạn xã hội", ("Quyết định cai nghiện ma túy tự nguyện tại cộng đồng",)),
    ("Lĩnh vực Giáo dục nghề nghiệp", ("Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp",)),
)
LINKS = (
    ("Cổng TTĐT Chính phủ", "http://www.chinhphu.vn"),
    ("Bộ Lao động - Thương binh và Xã hội", "http://www.molisa.gov.vn"),
    ("Cổng TTĐT tỉnh Kon Tum", "http://www.kontum.gov.vn"),
    ("Sở LĐ-TB&XH tỉnh Kon Tum", "http://sldtbxh.kontum.gov.vn"),
    ("UBND huyện Đăk Hà", "http://dakha.kontum.gov.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Báo Kon Tum điện tử", "http://www.baokontum.com.vn"),
    ("Hội LHPN Việt Nam", "http://hoilhpn.org.vn"),
    ("Ủy ban Dân tộc", "http://www.ubdt.gov.vn"),
    ("Bảo hiểm xã hội Việt Nam", "http://www.baohiemxahoi.gov.vn"),
    ("CSDL quốc gia về văn bản pháp luật", "http://vbpl.vn"),
)
TOOLS = (
    ("Lịch công tác", "lichcongtac.asp"),
    ("Thư viện ảnh", "thuvienanh.asp"),
    ("Hỏi đáp", "hoidap.asp"),
    ("Liên hệ", "lienhe.asp"),
)
NOTICES = (
    (
        "20/01/2025",
        "Từ ngày 01/3/2025, thực hiện sắp xếp tổ chức bộ máy, chức năng, nhiệm vụ của Phòng được chuyển giao về Phòng Nội vụ và Phòng Văn hóa - Xã hội huyện. Trang thông tin tạm dừng cập nhật.",
        None,
    ),
    (
        "03/01/2025",
        "Lịch tiếp công dân năm 2025 của Phòng Lao động - Thương binh và Xã hội.",
        "upload/thongbao/TB-12-LDTBXH.pdf",
    ),
    (
        "15/12/2024",
        "Chi trả trợ cấp ưu đãi người có công tháng 01/2025 qua hệ thống bưu điện từ ngày 02/01/2025.",
        None,
    ),
)


class SmallDept(Template):
    """Phòng LĐ-TB&XH huyện Đăk Hà: default.asp, tintuc.asp, chitiet.asp, inbai.asp and a few static .asp pages."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Access autonumber ids: they grow with time, with gaps where items were deleted.
        self.ids: dict[str, int] = {}
        number = self.spec.article_id_base
        for article in sorted(self.articles, key=lambda a: (self.when[a.id].at, a.id)):
            number += 2 + (article.number * 7) % 9
            self.ids[article.id] = number
        self.by_id = {self.ids[a.id]: a for a in self.articles}

    # ---- URLs -------------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """IIS: 'TinTuc.asp' and 'tintuc.asp' are one file."""
        key = super().route_key(path_qs)
        path, sep, query = key.partition("?")
        return path.lower() + sep + query

    def article_path(self, article: CorpusArticle) -> str:
        return f"/chitiet.asp?id={self.ids[article.id]}"

    def href(self, article: CorpusArticle) -> str:
        return f"chitiet.asp?id={self.ids[article.id]}"

    def listing_href(self, category: Category, page: int | None = None) -> str:
        return f"tintuc.asp?cat={category.key}" + (f"&amp;page={page}" if page else "")

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /quantri/\nDisallow: /_vti_bin/\nDisallow: /_private/\n"

    # ---- responses --------------------------------------------------------------------------
    def html(self, text: str, status: int = 200) -> Response:
        """IIS sends 'text/html' alone: the charset is only in the page's meta tag."""
        response = super().html(text, status)
        response.content_type = "text/html"
        response.headers["X-Powered-By"] = "ASP.NET"
        response.headers["Set-Cookie"] = ASP_COOKIE
        response.headers["Cache-control"] = "private"
        return response

    def not_found(self) -> Response:
        return self.html(
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n'
            "<HTML><HEAD><TITLE>The page cannot be found</TITLE>\n"
            '<META HTTP-EQUIV="Content-Type" Content="text/html; charset=Windows-1252">\n</HEAD><BODY>\n'
            "<h2>404 - File or directory not found.</h2>\n"
            "<h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>\n"
            "</BODY></HTML>",
            status=404,
        )

    def attachment_file(self, name: str) -> Response:
        if name.lower().endswith(".doc"):
            # An old Word 97-2003 file: the OLE2 signature and some filler is all a crawler gets to see.
            body = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 24 + name.encode("ascii", "replace") + b"\x00" * 480
            return Response(200, body, "application/msword")
        return self.pdf(name)

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        home = self.html(self.page(self.home_main()))
        self.add("/", home)
        self.add("/default.asp", home)
        for category in self.spec.categories:
            pages = self.pages_of(category)
            for number in range(1, len(pages) + 1):
                listing = self.html(self.page(self.listing_main(category, number, pages)))
                self.add(f"/tintuc.asp?cat={category.key}&page={number}", listing)
                if number == 1:
                    self.add(f"/tintuc.asp?cat={category.key}", listing)
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.page(self.article_main(article))))
            self.add(f"/inbai.asp?id={self.ids[article.id]}", self.html(self.print_page(article)))
            attached = self.attached(article)
            if attached:
                self.add("/" + attached[0], self.attachment_file(attached[1]))
        for number, (title, text) in enumerate(ABOUT, start=1):
            self.add(
                f"/gioithieu.asp?id={number}",
                self.html(self.page(self.static_main(title, f"<P align=justify>{esc(text)}"))),
            )
        for group in range(1, len(DOC_GROUPS) + 1):
            self.add(f"/vanban.asp?loai={group}", self.html(self.page(self.documents_main(group))))
        for doc in DOCS:
            self.add("/" + self.doc_path(doc), self.attachment_file(self.doc_path(doc).rsplit("/", 1)[1]))
        for number in range(1, len(TTHC) + 1):
            self.add(f"/thutuc.asp?lv={number}", self.html(self.page(self.procedures_main(number))))
        for _, path in TOOLS:
            self.add("/" + path, self.html(self.page(self.tool_main(path))))
        self.add("/sodo.asp", self.html(self.page(self.sitemap_main())))
        self.add("/upload/thongbao/TB-12-LDTBXH.pdf", self.pdf("TB-12-LDTBXH"))
        self.add("/robots.txt", self.text(self.robots()))
        self.add("/quantri/", self.html(self.login_page()))
        self.add("/quantri/login.asp", self.html(self.login_page()))

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """What the .asp files do with queries nobody linked: extra parameters, pages past the end, unknown ids."""
        path, values = path.lower(), {k.lower(): v for k, v in params}
        if path in ("/chitiet.asp", "/inbai.asp"):
            number = int(values["id"]) if values.get("id", "").isdigit() else None
            article = self.by_id.get(number)
            if article is None:  # rs("TieuDe") on an empty recordset
                return self.html(
                    '<font face="Arial" size=2>\n<p>ADODB.Field</font> <font face="Arial" size=2>error \'80020009\'</font>\n'
                    '<p>\n<font face="Arial" size=2>Either BOF or EOF is True, or the current record has been deleted. Requested operation requires a current record.</font>\n'
                    f'<p>\n<font face="Arial" size=2>{path}</font><font face="Arial" size=2>, line 41</font>',
                    status=500,
                )
            if path == "/inbai.asp":
                return self.html(self.print_page(article))
            return self.html(self.page(self.article_main(article)))
        if path == "/tintuc.asp":
            category = next((c for c in self.spec.categories if c.key == values.get("cat")), None)
            if category is None:
                return None
            pages = self.pages_of(category)
            page = int(values["page"]) if values.get("page", "").isdigit() else 1
            return self.html(self.page(self.listing_main(category, max(page, 1), pages)))
        return None

    # ---- content plan -----------------------------------------------------------------------
    def in_category(self, category: Category) -> list[CorpusArticle]:
        """'SELECT * FROM TinTuc WHERE MaLoai=N ORDER BY ID DESC': one category per item, no cross-listing."""
        return self.listed(category.slug)

    def pages_of(self, category: Category) -> list[list[CorpusArticle]]:
        items = self.in_category(category)
        return [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]

    def broken(self, article: CorpusArticle) -> bool:
        return BROKEN_FROM <= article.published[:10] <= BROKEN_UNTIL

    def stored(self, text: str, broken: bool) -> str:
        """Body text as the database holds it: escaped once, or mangled by the 2018-2019 editor."""
        if not broken:
            return esc(text)
        return esc(text.replace("–", "ndash;")).replace("&amp;", "&amp;amp;")

    def poster(self, article: CorpusArticle) -> str:
        return POSTERS[article.number % len(POSTERS)]

    def attached(self, article: CorpusArticle) -> tuple[str, str, str] | None:
        """(path, file name, document kind) of the plan or decision attached to an item, if it cites a local one."""
        local = [d for d in article.documents if d.number.endswith(("-UBND", "-BVSTBPN"))]
        if not local:
            return None
        doc = local[0]
        number, _, code = doc.number.partition("/")
        kind, _, issuer = code.partition("-")
        ext = "doc" if article.number % 3 == 0 else "pdf"
        name = f"{ascii_slug(kind, keep_case=True)} {number}-{issuer}.{ext}"
        year = self.when[article.id].at.year
        return f"upload/files/{year}/{quote(name)}", name, doc.kind or "văn bản"

    def doc_path(self, doc: tuple) -> str:
        return f"upload/vanban/{ascii_slug(doc[1], keep_case=True)}.pdf"

    def latest(self, count: int = 6, lang: str = "vi") -> list[CorpusArticle]:
        return self.listed()[:count]

    def most_read(self, count: int = 5) -> list[CorpusArticle]:
        return sorted(self.listed(), key=lambda a: -self.views(a))[:count]

    def related_items(self, article: CorpusArticle, count: int = 5) -> list[CorpusArticle]:
        """'Chuyên mục, tin tức liên quan': the other items of the category, those posted before this one first."""
        pool = [a for a in self.in_category(self.spec.category(article.category)) if a.id != article.id]
        older = [a for a in pool if self.ids[a.id] < self.ids[article.id]]
        newer = [a for a in pool if self.ids[a.id] > self.ids[article.id]]
        return (older + newer[::-1])[:count]

    def dmy(self, article: CorpusArticle) -> str:
        return self.when[article.id].dmy()

    # ---- chrome -----------------------------------------------------------------------------
    def page(self, main: str) -> str:
        """The FrontPage table: banner, top menu, date + marquee, left menu | centre | right column, footer."""
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<TITLE>{esc(SITE_TITLE)}</TITLE>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<META content="Microsoft FrontPage 6.0" name=GENERATOR>
<META NAME="keywords" CONTENT="lao dong, thuong binh, xa hoi, nguoi co cong, bao tro xa hoi, tre em, binh dang gioi, Dak Ha, Kon Tum">
<META NAME="description" CONTENT="Trang thông tin điện tử {esc(SITE_TITLE)}, tỉnh Kon Tum">
<LINK href="css/style.css" type=text/css rel=stylesheet>
<SCRIPT language=JavaScript src="Scripts/AC_RunActiveContent.js" type=text/javascript></SCRIPT>
<SCRIPT language=JavaScript>
<!--
function MM_openBrWindow(theURL,winName,features) {{ //v2.0
  window.open(theURL,winName,features);
}}
function MM_swapImgRestore() {{ //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}}
//-->
</SCRIPT>
</HEAD>
<BODY bgColor=#dfe8f0 leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<A name=top></A>
<TABLE cellSpacing=0 cellPadding=0 width=780 align=center bgColor=#ffffff border=0>
  <TR>
    <TD colSpan=3 height=130><!-- banner -->
<script type="text/javascript">
AC_FL_RunContent( 'codebase','http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0','width','780','height','130','src','images/banner','quality','high','pluginspage','http://www.macromedia.com/go/getflashplayer','wmode','transparent','movie','images/banner' ); //end AC code
</script><noscript><IMG height=130 src="images/banner.jpg" width=780 border=0></noscript>
  <TR>
    <TD colSpan=3 background="images/bg_menutop.gif" height=27 align=center>{self.top_menu()}
  <TR>
    <TD colSpan=3 bgColor=#fff8dc height=22>
      <TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
        <TR>
          <TD width=175 noWrap><FONT face=Arial color=#993300 size=1>&nbsp;<B><script language=JavaScript src="Scripts/ngaythang.js"></script></B>
          <TD><IMG height=16 src="images/tinmoi.gif" width=52 align=absMiddle border=0>
          <TD width="100%"><MARQUEE onmouseover=this.stop() onmouseout=this.start() scrollAmount=2 scrollDelay=60 width="100%">{self.marquee()}</MARQUEE></TD>
        </TR>
      </TABLE>
  <TR>
    <TD vAlign=top width=180 bgColor=#eef4fb><!-- Begin menu trai -->
{self.left_column()}
    <!-- End menu trai --></TD>
    <TD vAlign=top width=430><IMG height=5 src="images/spacer.gif" width=1><BR>
<!-- InstanceBeginEditable name="NoiDung" -->
{main}
<!-- InstanceEndEditable -->
    <TD vAlign=top width=170 bgColor=#f7f7f7><!-- Begin cot phai -->
{self.right_column()}
    </TD>
  </TR>
  <TR>
    <TD colSpan=3><IMG height=4 src="images/spacer.gif" width=1></TD></TR>
  <TR>
    <TD colSpan=3 bgColor=#0b5aa2 height=3><IMG height=3 src="images/spacer.gif" width=1></TD></TR>
  <TR>
    <TD colSpan=3 align=center bgColor=#e6eef7>{self.footer()}
  </TR>
</TABLE>
</BODY>
</HTML>
"""

    def top_menu(self) -> str:
        items = (
            ("TRANG CHỦ", "default.asp"),
            ("GIỚI THIỆU", "gioithieu.asp?id=1"),
            ("TIN TỨC", "tintuc.asp?cat=1"),
            ("VĂN BẢN", "vanban.asp?loai=1"),
            ("THỦ TỤC HÀNH CHÍNH", "thutuc.asp?lv=1"),
            ("HỎI ĐÁP", "hoidap.asp"),
            ("LIÊN HỆ", "lienhe.asp"),
            ("SƠ ĐỒ SITE", "sodo.asp"),
        )
        sep = '<IMG height=27 src="images/sep_menu.gif" width=2 align=absMiddle>'
        return sep.join(
            f'&nbsp;<a href="{href}" class="menutop"><FONT face=Arial color=#ffffff size=1><B>{esc(label)}</B></FONT></a>&nbsp;'
            for label, href in items
        )

    def marquee(self) -> str:
        return ' <IMG src="images/new.gif" border=0> '.join(
            f'<a href="{self.href(a)}" class="marquee"><FONT face=Arial color=#cc0000 size=2>{esc(a.title)}</FONT></a> <FONT face=Arial color=#666666 size=1>({self.dmy(a)})</FONT>'
            for a in self.latest(6)
        )

    def box_title(self, title: str, image: str = "title_left.gif") -> str:
        return (
            f'<TR><TD background="images/{image}" height=25 class=title_left><IMG height=10 src="images/icon_title.gif" width=10 align=absMiddle>'
            f"<FONT face=Arial color=#ffffff size=2><B>&nbsp;{esc(title)}</B></FONT></TD></TR>\n"
        )

    def menu_row(self, href: str, label: str, target: str = "") -> str:
        # The menu was typed by hand: some rows in capitals, external links with target=_blank.
        if target:
            return (
                f"<TR><TD class=menu_left height=20 onmouseover=\"this.style.backgroundColor='#D6E4F5'\" onmouseout=\"this.style.backgroundColor=''\">"
                f'<IMG height=7 src="images/icon_link.gif" width=7>&nbsp;<A HREF="{esc(href)}" target={target} class=link_left><FONT face=Arial size=2>{esc(label)}</FONT></A>\n'
            )
        return (
            f"<TR><TD class=menu_left height=20 onmouseover=\"this.style.backgroundColor='#D6E4F5'\" onmouseout=\"this.style.backgroundColor=''\">"
            f'<IMG height=9 src="images/icon_arrow.gif" width=9>&nbsp;<a href="{href}" class="link_left"><FONT face=Arial size=2>{esc(label)}</FONT></a>\n'
        )

    def left_column(self) -> str:
        spacer = '<TR><TD><IMG height=6 src="images/spacer.gif" width=1></TD></TR>\n'
        about = "".join(self.menu_row(f"gioithieu.asp?id={n}", t) for n, (t, _) in enumerate(ABOUT, start=1))
        news = "".join(self.menu_row(f"TinTuc.asp?cat={c.key}", c.name) for c in self.spec.categories)
        docs = "".join(self.menu_row(f"vanban.asp?loai={n}", t) for n, t in enumerate(DOC_GROUPS, start=1))
        tthc = "".join(self.menu_row(f"thutuc.asp?lv={n}", t[0]) for n, t in enumerate(TTHC, start=1))
        tools = "".join(self.menu_row(href, label) for label, href in TOOLS)
        links = "".join(self.menu_row(url, label, target="_blank") for label, url in LINKS)
        digits = "".join(f'<IMG height=18 alt={d} src="images/counter/{d}.gif" width=13>' for d in "0412867")
        counter = f"""<TR><TD align=center><FONT face=Arial size=1>Đang online: <B>4</B><BR>Hôm nay: <B>37</B><BR>Tháng hiện tại: <B>1.184</B><BR>Tổng lượt truy cập:<BR>{digits}</FONT></TD></TR>
"""
        return (
            "<TABLE cellSpacing=0 cellPadding=0 width=180 border=0>\n"
            + self.box_title("GIỚI THIỆU")
            + about
            + spacer
            + self.box_title("TIN TỨC")
            + news
            + spacer
            + self.box_title("VĂN BẢN")
            + docs
            + spacer
            + self.box_title("THỦ TỤC HÀNH CHÍNH")
            + tthc
            + spacer
            + self.box_title("TIỆN ÍCH")
            + tools
            + spacer
            + self.box_title("LIÊN KẾT WEBSITE")
            + links
            + spacer
            + self.box_title("Thống kê truy cập")
            + counter
            + "</TABLE>"
        )

    def right_column(self) -> str:
        notices = "<BR><BR>".join(
            f'<IMG src="images/new.gif" border=0> <FONT face=Arial size=1 color=#cc0000>({d})</FONT> <FONT face=Arial size=2>{esc(t)}'
            + (f' <a href="{f}" target=_blank><FONT color=#0000ff>[Tải về]</FONT></a>' if f else "")
            + "</FONT>"
            for d, t, f in NOTICES
        )
        popular = "".join(
            f'<TR><TD class=tinxemnhieu><IMG height=5 src="images/dot.gif" width=5 align=absMiddle> <a href="{self.href(a)}"><FONT face=Arial size=1>{esc(a.title)}</FONT></a>\n'
            for a in self.most_read()
        )
        return f"""<TABLE cellSpacing=0 cellPadding=2 width=170 border=0>
{self.box_title("THÔNG BÁO", "title_right.gif")}<TR><TD bgColor=#fffff0 height=170><MARQUEE direction=up scrollAmount=1 scrollDelay=80 height=170 onmouseover=this.stop() onmouseout=this.start()>{notices}</MARQUEE></TD></TR>
<TR><TD><IMG height=6 src="images/spacer.gif" width=1></TD></TR>
{self.box_title("TÌM KIẾM", "title_right.gif")}<TR><TD align=center><FORM name=frmTimKiem action="timkiem.asp" method=post><INPUT class=textbox size=14 name=txtTuKhoa> <INPUT type=submit value="Tìm" name=btnTim class=button></FORM>
<TR><TD><IMG height=6 src="images/spacer.gif" width=1></TD></TR>
{self.box_title("TIN ĐỌC NHIỀU", "title_right.gif")}{popular}
<TR><TD><IMG height=6 src="images/spacer.gif" width=1></TD></TR>
<TR><TD align=center><A HREF="http://tongdai111.vn" target=_blank><IMG height=60 alt="Tổng đài quốc gia bảo vệ trẻ em 111" src="images/banner_111.gif" width=160 border=0></A>
<TR><TD align=center><A HREF="https://dichvucong.gov.vn" target=_blank><IMG height=60 alt="Cổng dịch vụ công quốc gia" src="images/banner_dvc.jpg" width=160 border=0></A>
<TR><TD align=center><A HREF="http://www.kontum.gov.vn" target=_blank><IMG height=60 alt="Cổng thông tin điện tử tỉnh Kon Tum" src="images/banner_kontum.jpg" width=160 border=0></A>
</TABLE>"""

    def footer(self) -> str:
        return f"""<IMG height=5 src="images/spacer.gif" width=1><BR>
<FONT face=Arial color=#003366 size=2><B>{esc(SITE_TITLE.upper())}</B></FONT><BR>
<FONT face=Arial size=1>Cơ quan chủ quản: {esc(self.spec.owner)}<BR>
Chịu trách nhiệm chính: Trưởng phòng Lao động - Thương binh và Xã hội<BR>
Địa chỉ: {esc(self.spec.address)} - Điện thoại: 0260.3821 247 - Fax: 0260.3821 248 - Email: pldtbxh.dakha@kontum.gov.vn<BR>
{esc(self.spec.license)}<BR>
Ghi rõ nguồn "{esc(SHORT_NAME)}" khi phát hành lại thông tin từ website này.<BR>
Thiết kế và phát triển: Trung tâm Tin học tỉnh Kon Tum - 2009 &nbsp;|&nbsp; <a href="/quantri/" class="link_footer">Quản trị</a></FONT><BR>
<IMG height=5 src="images/spacer.gif" width=1>"""

    # ---- centre -----------------------------------------------------------------------------
    def section_head(self, title: str) -> str:
        return (
            f'<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0><TR><TD width=8><IMG height=24 src="images/head_l.gif" width=8>'
            f'<TD background="images/head_bg.gif" class=tieudemuc><FONT face=Arial color=#0b5aa2 size=2><B>{esc(title)}</B></FONT>'
            '<TD width=8><IMG height=24 src="images/head_r.gif" width=8></TR></TABLE>\n'
        )

    def home_main(self) -> str:
        newest = self.latest(7)
        html = self.section_head("TIN MỚI NHẤT")
        if newest:
            top = newest[0]
            html += f"""<TABLE cellSpacing=0 cellPadding=4 width="100%" border=0>
<TR><TD vAlign=top><a href="{self.href(top)}"><IMG height=90 hspace=5 src="upload/images/tin_{self.ids[top.id]}.jpg" width=120 align=left vspace=2 border=1></a>
<a href="{self.href(top)}" class="tieude_tin"><FONT face=Arial color=#003399 size=2><B>{esc(top.title)}</B></FONT></a> <FONT face=Arial color=#999999 size=1>({self.dmy(top)})</FONT><BR>
<FONT face=Arial size=2><P align=justify>{esc(self.teaser(top, 260))}</FONT> <a href="{self.href(top)}"><FONT face=Arial color=#cc0000 size=1>Xem tiếp &raquo;</FONT></a>
</TABLE>
<TABLE cellSpacing=0 cellPadding=2 width="100%" border=0>
"""
            html += "".join(
                f'<TR><TD><IMG height=9 src="images/icon_arrow.gif" width=9>&nbsp;<a href="{self.href(a)}" class="link_tin"><FONT face=Arial size=2>{esc(a.title)}</FONT></a> <FONT face=Arial color=#999999 size=1>({self.dmy(a)})</FONT>\n'
                for a in newest[1:]
            )
            html += "</TABLE>\n"
        order = sorted(self.spec.categories, key=lambda c: c.slug != self.spec.main_category)
        for category in order:
            items = self.in_category(category)[:3]
            rows = (
                "".join(
                    f'<TR><TD><IMG height=5 src="images/dot.gif" width=5 align=absMiddle>&nbsp;<a href="{self.href(a)}"><FONT face=Arial size=2>{esc(a.title)}</FONT></a> <FONT face=Arial color=#999999 size=1>({self.dmy(a)})</FONT>\n'
                    for a in items
                )
                or "<TR><TD><FONT face=Arial size=2 color=#999999>Chưa có tin.</FONT>\n"
            )
            html += (
                f'<IMG height=8 src="images/spacer.gif" width=1><BR>\n{self.section_head(category.name.upper())}'
                f'<TABLE cellSpacing=0 cellPadding=2 width="100%" border=0>\n{rows}'
                f'<TR><TD align=right><a href="{self.listing_href(category)}"><FONT face=Arial color=#cc0000 size=1>Xem tiếp &raquo;</FONT></a></TD></TR></TABLE>\n'
            )
        return html

    def breadcrumb(self, category: Category | None, last: str | None = None) -> str:
        trail = '<a href="default.asp"><FONT face=Arial size=1>Trang chủ</FONT></a>'
        if category is not None:
            trail += f' <FONT face=Arial size=1>&raquo;</FONT> <a href="{self.listing_href(category)}"><FONT face=Arial size=1>{esc(category.name)}</FONT></a>'
        if last:
            trail += f" <FONT face=Arial size=1>&raquo; {esc(last)}</FONT>"
        return f'<TABLE cellSpacing=0 cellPadding=3 width="100%" border=0><TR><TD class=duongdan>{trail}</TD></TR></TABLE>\n'

    def listing_main(self, category: Category, page: int, pages: list[list[CorpusArticle]]) -> str:
        items = pages[page - 1] if page <= len(pages) else []
        rows = ""
        for a in items:
            rows += f"""<TR><TD vAlign=top width=110><a href="{self.href(a)}"><IMG height=75 src="upload/images/tin_{self.ids[a.id]}.jpg" width=100 border=1></a>
<TD vAlign=top><a href="{self.href(a)}" class="tieude_tin"><FONT face=Arial color=#003399 size=2><B>{esc(a.title)}</B></FONT></a> <FONT face=Arial color=#999999 size=1>({self.dmy(a)})</FONT><BR>
<FONT face=Arial size=2>{esc(self.teaser(a, 220))}</FONT>
<TR><TD colSpan=2 background="images/line_dot.gif" height=1><IMG height=1 src="images/spacer.gif" width=1></TD></TR>
"""
        if not items:
            rows = "<TR><TD colSpan=2><FONT face=Arial size=2>Không có tin nào trong chuyên mục này.</FONT></TD></TR>\n"
        prev = (
            f'<a href="{self.listing_href(category, page - 1)}"><FONT face=Arial size=2>&laquo; Trang trước</FONT></a>'
            if 1 < page <= len(pages) + 1
            else "<FONT face=Arial color=#999999 size=2>&laquo; Trang trước</FONT>"
        )
        following = (
            f'<a href="{self.listing_href(category, page + 1)}"><FONT face=Arial size=2>Trang sau &raquo;</FONT></a>'
            if page < len(pages)
            else "<FONT face=Arial color=#999999 size=2>Trang sau &raquo;</FONT>"
        )
        pager = f"{prev} <FONT face=Arial size=2>|</FONT> <FONT face=Arial size=2><B>Trang {page}</B></FONT> <FONT face=Arial size=2>|</FONT> {following}"
        return (
            self.breadcrumb(category)
            + self.section_head(category.name.upper())
            + f'<TABLE cellSpacing=0 cellPadding=4 width="100%" border=0>\n{rows}</TABLE>\n'
            + f'<TABLE cellSpacing=0 cellPadding=6 width="100%" border=0><TR><TD align=center>{pager}</TD></TR></TABLE>\n'
        )

    def body_html(self, article: CorpusArticle) -> str:
        """The content cell as the editor stored it: an old FrontPage style before 2020, the later editor's after."""
        broken = self.broken(article)
        old = article.published[:4] < "2020"
        blocks = []
        if article.lead:
            blocks.append(f"<P align=justify><B>{self.stored(article.lead, broken)}</B></P>")
        for text in article.paragraphs:
            if old:
                blocks.append(f"<P align=justify>&nbsp;&nbsp;&nbsp; {self.stored(text, broken)}")
            else:
                blocks.append(
                    f'<p style="text-align: justify;"><span style="font-family: Arial; font-size: 10pt;">{self.stored(text, broken)}</span></p>'
                )
        attached = self.attached(article)
        if attached and article.number % 2 == 0:  # typed into the text: 'Xem chi tiết Kế hoạch tại đây'
            path, _, kind = attached
            blocks.append(
                f'<P align=justify><I>Xem chi tiết {esc(kind)} <a href="{path}" target="_blank"><FONT color=#0000ff><U>tại đây</U></FONT></a></I></P>'
            )
        if article.author and article.author_style != "none":
            blocks.append(f"<P align=right><B><I>{esc(article.author)}</I></B></P>")
        return "\n".join(blocks)

    def article_main(self, article: CorpusArticle) -> str:
        """Breadcrumb, bold title cell, the labels line, the content cell, print/email/top links and the related list."""
        category = self.spec.category(article.category)
        number = self.ids[article.id]
        attached = self.attached(article)
        files = ""
        if attached and article.number % 2:  # the 'Tệp đính kèm' field of the form
            path, name, _ = attached
            files = f'<P><IMG height=16 src="images/attach.gif" width=16 align=absMiddle border=0> <B>File đính kèm:</B> <a href="{path}">{esc(name)}</a></P>'
        related = "".join(
            f'<TR><TD><IMG height=7 src="images/icon_link.gif" width=7>&nbsp;<a href="{self.href(a)}"><FONT face=Arial size=2>{esc(a.title)}</FONT></a> <FONT face=Arial color=#999999 size=1>({self.dmy(a)})</FONT>\n'
            for a in self.related_items(article)
        )
        return f"""{self.breadcrumb(category)}<TABLE cellSpacing=0 cellPadding=4 width="100%" border=0>
  <TR>
    <TD class=tieude_chitiet><FONT face=Arial color=#0b3e8a size=3><B>{esc(article.title)}</B></FONT>
  <TR>
    <TD class=ngaydang><FONT face=Arial color=#777777 size=1>Ngày đăng tin: {self.dmy(article)} &nbsp;|&nbsp; Người đăng tin: {esc(self.poster(article))} &nbsp;|&nbsp; Lượt xem: {self.views(article)}</FONT>
  <TR>
    <TD background="images/line_dot.gif" height=1><IMG height=1 src="images/spacer.gif" width=1></TD></TR>
  <TR>
    <TD class=noidung><FONT face=Arial size=2>
{self.body_html(article)}
{files}
    </TD></TR>
  <TR>
    <TD align=right><FONT face=Arial size=1><IMG height=14 src="images/print.gif" width=16 align=absMiddle border=0> <a href="inbai.asp?id={number}" target="_blank">In trang</a> | <IMG height=14 src="images/email.gif" width=16 align=absMiddle border=0> <a href="javascript:void(0)" onclick="MM_openBrWindow('guiemail.asp?id={number}','guiemail','width=420,height=320')">Gửi email</a> | <a href="#top">Về đầu trang</a> <IMG height=9 src="images/top.gif" width=9></FONT></TD></TR>
</TABLE>
<IMG height=6 src="images/spacer.gif" width=1><BR>
<TABLE cellSpacing=0 cellPadding=2 width="100%" border=0>
  <TR><TD background="images/line_dot.gif" height=1><IMG height=1 src="images/spacer.gif" width=1></TD></TR>
  <TR><TD><FONT face=Arial color=#cc0000 size=2><B>Chuyên mục, tin tức liên quan:</B></FONT></TD></TR>
{related}</TABLE>
"""

    def print_page(self, article: CorpusArticle) -> str:
        """inbai.asp: the same record in a bare window that prints itself; no canonical, no menus."""
        return f"""<HTML>
<HEAD>
<TITLE>In trang</TITLE>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<LINK href="css/print.css" type=text/css rel=stylesheet>
</HEAD>
<BODY onload="window.print();" bgColor=#ffffff>
<TABLE cellSpacing=0 cellPadding=4 width=640 align=center border=0>
  <TR><TD><IMG src="images/logo_in.gif" align=absMiddle> <FONT face=Arial size=2><B>{esc(SITE_TITLE.upper())}</B></FONT><HR size=1>
  <TR><TD><FONT face=Arial size=3><B>{esc(article.title)}</B></FONT><BR><FONT face=Arial size=1><I>Ngày đăng tin: {self.dmy(article)}</I></FONT>
  <TR><TD><FONT face=Arial size=2>
{self.body_html(article)}
  <TR><TD><HR size=1><FONT face=Arial size=1>{esc(SITE_TITLE)} - {esc(self.spec.address)}</FONT>
  <TR><TD align=center><FONT face=Arial size=1><a href="javascript:window.close()">[Đóng cửa sổ]</a></FONT>
</TABLE>
</BODY>
</HTML>
"""

    def static_main(self, title: str, inner: str) -> str:
        return (
            self.breadcrumb(None, title)
            + self.section_head(title.upper())
            + f'<TABLE cellSpacing=0 cellPadding=6 width="100%" border=0><TR><TD><FONT face=Arial size=2>{inner}</FONT></TD></TR></TABLE>\n'
        )

    def documents_main(self, group: int) -> str:
        rows = "".join(
            f"<TR><TD vAlign=top><FONT face=Arial size=2>{esc(d[1])}</FONT><TD vAlign=top><FONT face=Arial size=2>{d[2]}</FONT>"
            f'<TD vAlign=top><FONT face=Arial size=2>{esc(d[3])}</FONT><TD vAlign=top align=center><a href="{self.doc_path(d)}"><IMG height=16 alt="Tải về" src="images/download.gif" width=16 border=0></a></TD></TR>\n'
            for d in DOCS
            if d[0] == group
        )
        table = (
            '<TABLE cellSpacing=0 cellPadding=3 width="100%" border=1 bordercolor=#cccccc style="border-collapse: collapse">\n'
            "<TR bgColor=#dde8f4><TD width=95><FONT face=Arial size=1><B>Số/Ký hiệu</B></FONT><TD width=75><FONT face=Arial size=1><B>Ngày ban hành</B></FONT>"
            "<TD><FONT face=Arial size=1><B>Trích yếu</B></FONT><TD width=40><FONT face=Arial size=1><B>Tải về</B></FONT></TR>\n"
            + rows
            + "</TABLE>"
        )
        return self.static_main(DOC_GROUPS[group - 1], table)

    def procedures_main(self, number: int) -> str:
        title, names = TTHC[number - 1]
        rows = "".join(f"<P>{i}. {esc(n)}</P>" for i, n in enumerate(names, start=1))
        note = "<P><I>Hồ sơ nộp tại Bộ phận tiếp nhận và trả kết quả UBND huyện Đăk Hà hoặc qua Cổng Dịch vụ công trực tuyến tỉnh Kon Tum.</I></P>"
        return self.static_main(title, rows + note)

    def tool_main(self, path: str) -> str:
        if path == "lichcongtac.asp":
            days = (
                ("Thứ hai, 20/01/2025", "Sáng: Giao ban cơ quan. Chiều: Trưởng phòng dự họp UBND huyện."),
                ("Thứ ba, 21/01/2025", "Cả ngày: Kiểm tra việc chi trả quà Tết tại xã Đăk Long, Ngọk Réo."),
                ("Thứ tư, 22/01/2025", "Sáng: Làm việc tại cơ quan. Chiều: Họp Ban Chỉ đạo giảm nghèo huyện."),
                (
                    "Thứ năm, 23/01/2025",
                    "Cả ngày: Thăm, tặng quà Tết gia đình chính sách (theo Kế hoạch của UBND huyện).",
                ),
                ("Thứ sáu, 24/01/2025", "Sáng: Tổng kết công tác năm 2024. Chiều: Làm việc tại cơ quan."),
            )
            rows = "".join(
                f"<TR><TD width=130 vAlign=top><FONT face=Arial size=2><B>{d}</B></FONT><TD><FONT face=Arial size=2>{esc(t)}</FONT></TR>\n"
                for d, t in days
            )
            return self.static_main(
                "Lịch công tác",
                f'<B>Lịch công tác tuần từ 20/01/2025 đến 24/01/2025</B><TABLE width="100%" border=1 cellpadding=3 cellspacing=0 style="border-collapse: collapse" bordercolor=#cccccc>{rows}</TABLE>',
            )
        if path == "thuvienanh.asp":
            cells = "".join(
                f'<TD align=center><IMG height=75 src="upload/album/anh_{n}.jpg" width=100 border=1><BR><FONT face=Arial size=1>Ảnh hoạt động {n}</FONT>'
                for n in range(1, 7)
            )
            return self.static_main(
                "Thư viện ảnh",
                f'<TABLE width="100%" cellpadding=4><TR>{cells[: len(cells) // 2]}<TR>{cells[len(cells) // 2 :]}</TABLE>',
            )
        if path == "hoidap.asp":
            qa = (
                "<P><B>Hỏi:</B> Bố tôi là thương binh hạng 3/4, mất năm 2023. Gia đình tôi có được hưởng trợ cấp mai táng không? (Nguyễn Văn Bình, xã Hà Mòn)</P>"
                "<P><B>Trả lời:</B> Người tổ chức mai táng được hưởng trợ cấp mai táng phí theo quy định. Gia đình liên hệ UBND xã để được hướng dẫn lập hồ sơ.</P>"
            )
            return self.static_main(
                "Hỏi đáp",
                qa
                + "<P><a href=\"javascript:void(0)\" onclick=\"MM_openBrWindow('guicauhoi.asp','hoi','width=450,height=400')\">Gửi câu hỏi</a></P>",
            )
        form = (
            '<FORM action="lienhe.asp" method=post name=frmLienHe>Họ và tên: <INPUT name=txtHoTen size=30><BR>Email: <INPUT name=txtEmail size=30><BR>'
            'Nội dung:<BR><TEXTAREA name=txtNoiDung rows=6 cols=40></TEXTAREA><BR><INPUT type=submit value="Gửi liên hệ" name=btnGui></FORM>'
        )
        return self.static_main(
            "Liên hệ",
            f"<P>{esc(SITE_TITLE)}<BR>Địa chỉ: {esc(self.spec.address)}<BR>Điện thoại: 0260.3821 247</P>" + form,
        )

    def sitemap_main(self) -> str:
        rows = '<P><a href="default.asp">Trang chủ</a></P><P><B>Giới thiệu</B><BR>' + "<BR>".join(
            f'&nbsp;- <a href="gioithieu.asp?id={n}">{esc(t)}</a>' for n, (t, _) in enumerate(ABOUT, start=1)
        )
        rows += "<P><B>Tin tức</B><BR>" + "<BR>".join(
            f'&nbsp;- <a href="{self.listing_href(c)}">{esc(c.name)}</a>' for c in self.spec.categories
        )
        rows += "<P><B>Văn bản</B><BR>" + "<BR>".join(
            f'&nbsp;- <a href="vanban.asp?loai={n}">{esc(t)}</a>' for n, t in enumerate(DOC_GROUPS, start=1)
        )
        rows += "<P><B>Thủ tục hành chính</B><BR>" + "<BR>".join(
            f'&nbsp;- <a href="thutuc.asp?lv={n}">{esc(t[0])}</a>' for n, t in enumerate(TTHC, start=1)
        )
        return self.static_main("Sơ đồ site", rows)

    def login_page(self) -> str:
        return f"""<HTML><HEAD><TITLE>Quan tri website</TITLE>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></HEAD>
<BODY bgColor=#dfe8f0><FORM action="/quantri/login.asp" method=post name=frmLogin>
<TABLE cellSpacing=0 cellPadding=4 width=320 align=center bgColor=#ffffff border=1 style="margin-top:120px">
<TR><TD colSpan=2 align=center bgColor=#0b5aa2><FONT face=Arial color=#ffffff size=2><B>ĐĂNG NHẬP QUẢN TRỊ</B></FONT>
<TR><TD><FONT face=Arial size=2>Tên đăng nhập:</FONT><TD><INPUT name=txtUser size=20>
<TR><TD><FONT face=Arial size=2>Mật khẩu:</FONT><TD><INPUT type=password name=txtPass size=20>
<TR><TD colSpan=2 align=center><INPUT type=submit value="Đăng nhập" name=btnLogin>
</TABLE></FORM><P align=center><FONT face=Arial size=1>{esc(SITE_TITLE)}</FONT></BODY></HTML>"""
