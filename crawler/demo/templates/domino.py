"""A provincial department's portal on IBM Lotus Domino (Sở LĐ-TB&XH tỉnh Bắc Giang, 2012 - February 2025).

A vendor's 'Cổng thông tin' Notes database served by Domino 9.0.1 HTTP: `/sldtbxh/portal.nsf` holds the 2016-2025
news, `/sldtbxh/luutru.nsf` the 2012-2015 archive (moved out in 2016 with their UNIDs, the old design kept). Every
document answers by UNID under any view (`/<db>/0/<UNID>?OpenDocument`, `/<db>/<view name or view UNID>/<UNID>`,
`!OpenDocument`, no command at all, `&ExpandSection=`, `&Highlight=`), by key in the `vwMaTin` lookup view and through
the print view `vwIn`; paths and URL commands in any case. Views page with `?OpenView&Start=N&Count=M` ('Trang sau'
hotspots of the $$ViewTemplate, Domino's own English 'Previous / Next / Expand / Collapse' in the archive),
`RestrictToCategory=`, `ExpandView`, `CollapseView`, `Expand=N`; `?ReadViewEntries` XML; `?SearchView&Query=`; a
weekly 'Lịch công tác' keyed by `StartKey=YYYYMMDD` without end; `$FILE` attachments; Domino's error pages.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import hashlib
import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html.entities import codepoint2name
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..corpus import CorpusArticle
from ..text import VN_TZ, esc
from .base import Response, Template
from .extras import photo

DB = "/sldtbxh/portal.nsf"
ARCHIVE = "/sldtbxh/luutru.nsf"
ARCHIVE_LINK = "/SLDTBXH/LuuTru.nsf/vwTheoNam?OpenView"  # the old menu's spelling, kept since 2016
ARCHIVE_BEFORE = 2016  # documents created before 2016 were moved to luutru.nsf with their UNIDs
VIEWS = ("vwChuyenMuc", "vwTinMoi", "vwIn", "vwTimKiem", "vwMaTin", "vwLichCongTac", "vwTheoNam")
FROZEN = date(2025, 2, 24)  # the week the site stopped; the calendar opens there
EXPIRES = "Tue, 01 Jan 1980 06:00:00 GMT"  # what Domino sends on every computed page
DEFAULT_COUNT = 30  # the server's 'Default lines per view page'
KEYWORDS = ("bình đẳng giới", "bạo lực gia đình", "trẻ em", "xuất khẩu lao động", "giảm nghèo")
WEEK_ITEMS = (
    "08h00: Giám đốc Sở họp giao ban Lãnh đạo Sở tại phòng họp tầng 2.",
    "14h00: Phó Giám đốc Sở làm việc với Phòng Bảo trợ xã hội - Bình đẳng giới.",
    "08h00: Lãnh đạo Sở tiếp công dân định kỳ tại Phòng tiếp công dân.",
    "09h00: Giám đốc Sở dự họp UBND tỉnh (cả ngày).",
    "14h00: Phó Giám đốc Sở kiểm tra Trung tâm Bảo trợ xã hội tỉnh.",
)
ERROR_MESSAGES = {
    "unid": "HTTP Web Server: Lotus Notes Exception - Invalid universal id",
    "key": "HTTP Web Server: Lotus Notes Exception - Entry not found in index",
    "design": "HTTP Web Server: Couldn't find design note",
    "db": "HTTP Web Server: Lotus Notes Exception - File does not exist",
    "url": "HTTP Web Server: Invalid URL Exception",
    "item": "HTTP Web Server: Item Not Found Exception",
}


def unid(seed: str, at: datetime | None = None) -> str:
    """A Notes universal id: an originator half and a creation-time half (servers at GMT+7 give '4825...')."""
    head = hashlib.md5(seed.encode("utf-8")).hexdigest().upper()[:16]
    at = at or datetime(2011, 11, 8, 9, 30, tzinfo=VN_TZ)
    days = (at.date() - date(1900, 1, 1)).days
    ticks = (at.hour * 3600 + at.minute * 60 + at.second) * 100 + (int(head[:4], 16) % 100)
    return f"{head}4825{days & 0xFFFF:04X}{ticks:08X}"


def fck_entities(text: str) -> str:
    """FCKeditor 2's output: '&' and '<' escaped, Latin-1 letters as named entities, the rest of Vietnamese raw."""
    out = []
    for char in esc(text):
        code = ord(char)
        out.append(f"&{codepoint2name[code]};" if 0xA0 <= code <= 0xFF and code in codepoint2name else char)
    return "".join(out)


@dataclass
class Req:
    """A Domino URL taken apart: database, the path after it, the URL command and its arguments."""

    db: str | None  # DB, ARCHIVE, '/names.nsf', another .nsf path, or None (not a database URL)
    rest: list[str]
    command: str  # lower case; '' when the URL gives none (Domino then opens the object)
    args: dict[str, str] = field(default_factory=dict)  # lower-case names
    path: str = ""


class DominoPortal(Template):
    """sldtbxh.bacgiang.gov.vn as Domino served it: a meta-refresh '/', portal.nsf, luutru.nsf and names.nsf."""

    feed_path = DB + "/rss.xml?OpenPage"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.unids = {a.id: unid(a.id, self.when[a.id].at) for a in self.articles}
        self.by_unid = {self.unids[a.id]: a for a in self.articles}
        self.by_key = {self.doc_key(a): a for a in self.articles}
        self.view_unids = {name.lower(): unid("view:" + name) for name in VIEWS}
        self.view_names = {u.lower(): name.lower() for name, u in self.view_unids.items()}
        self.by_code = {c.key.lower(): c for c in self.spec.categories}
        self.cache: dict[str, Response] = {}

    # ---- identity ---------------------------------------------------------------------------
    def db_of(self, article: CorpusArticle) -> str:
        return ARCHIVE if self.when[article.id].at.year < ARCHIVE_BEFORE else DB

    def doc_key(self, article: CorpusArticle) -> str:
        category = self.spec.category(article.category)
        return f"{category.key}-{self.when[article.id].at.year}-{self.spec.article_id_base + article.number}"

    def article_path(self, article: CorpusArticle) -> str:
        return f"{self.db_of(article)}/0/{self.unids[article.id]}?OpenDocument"

    def canonical_url(self, article: CorpusArticle) -> str:
        return self.url(self.article_path(article))

    def view_href(self, view: str, article: CorpusArticle, command: str = "?OpenDocument") -> str:
        """The link Domino itself writes in a rendered view: the view's UNID, then the document's."""
        return f"{self.db_of(article)}/{self.view_unids[view.lower()]}/{self.unids[article.id]}{command}"

    def attachment_name(self, article: CorpusArticle) -> str | None:
        if not article.documents or article.number % 2:
            return None
        number, _, code = article.documents[0].number.partition("/")
        kind = code.split("/")[-1].split("-")[0] or "VB"
        return f"{kind}-{number}.pdf".replace("Đ", "D")

    # ---- URL parsing --------------------------------------------------------------------------
    def parse(self, path_qs: str) -> Req:
        parts = urlsplit(path_qs)
        path, query = unquote(parts.path or "/"), parts.query
        if not query and "!" in path:
            path, _, query = path.partition("!")
        items = [i for i in query.split("&") if i] if query else []
        command = ""
        if items and "=" not in items[0]:
            command = unquote(items.pop(0)).lower()
        args: dict[str, str] = {}
        for name, value in parse_qsl("&".join(items), keep_blank_values=True):
            args.setdefault(name.lower(), value)
        segments = [s for s in path.split("/") if s]
        lower = [s.lower() for s in segments]
        for i, seg in enumerate(lower):
            if seg.endswith(".nsf"):
                db = "/" + "/".join(lower[: i + 1])
                return Req(db, segments[i + 1 :], command, args, path)
        return Req(None, segments, command, args, path)

    def document_of(self, req: Req) -> tuple[CorpusArticle | None, str]:
        """(article, view) for a document URL of portal.nsf or luutru.nsf; (None, reason) otherwise."""
        if req.db not in (DB, ARCHIVE) or len(req.rest) < 2:
            return None, ""
        view, doc = req.rest[0].lower(), req.rest[1]
        view = self.view_names.get(view, view)
        if view not in (*(v.lower() for v in VIEWS), "0", "$defaultview", "($all)"):
            return None, "design"
        if view == "vwmatin":
            article = self.by_key.get(doc.upper())
            if article is None or self.db_of(article) != req.db:
                return None, "key"
            return article, view
        if not re.fullmatch(r"[0-9A-Fa-f]{32}", doc):
            return None, "url" if view == "0" else "key"
        article = self.by_unid.get(doc.upper())
        if article is None or self.db_of(article) != req.db:
            return None, "unid"
        return article, view

    def route_key(self, path_qs: str) -> str:
        """Every spelling of one document is one page: its '0/<UNID>?OpenDocument' form (the print view apart)."""
        req = self.parse(path_qs)
        article, view = self.document_of(req)
        if (
            article is not None
            and len(req.rest) == 2
            and view != "vwin"
            and req.command in ("", "open", "opendocument")
        ):
            return self.article_path(article)
        if "?" not in path_qs and "!" in path_qs:
            path_qs = path_qs.replace("!", "?", 1)
        return super().route_key(path_qs)

    # ---- responses ----------------------------------------------------------------------------
    def domino(self, text: str, status: int = 200, modified: datetime | None = None) -> Response:
        response = Response(status, text.encode("utf-8"), "text/html; charset=UTF-8")
        if modified is not None:
            response.headers["Last-Modified"] = modified.astimezone(VN_TZ).strftime("%a, %d %b %Y %H:%M:%S GMT")
        else:
            response.headers["Expires"] = EXPIRES
            response.headers["Cache-control"] = "no-cache"
        return response

    def error(self, reason: str) -> Response:
        message = ERROR_MESSAGES.get(reason, ERROR_MESSAGES["item"])
        return self.domino(
            f'<html>\n<head>\n<title>Error</title></head>\n<body text="#000000">\n<h1>Error 404</h1>{message}\n</body>\n</html>\n',
            status=404,
        )

    def not_found(self) -> Response:
        return self.error("item")

    def robots(self) -> str:
        return (
            "# robots.txt for sldtbxh.bacgiang.gov.vn (Domino HTTP, domino/html/robots.txt)\r\n"
            "User-agent: *\r\n"
            "Disallow: /names.nsf\r\n"
            "Disallow: /domcfg.nsf\r\n"
            "Disallow: /log.nsf\r\n"
            "Disallow: /catalog.nsf\r\n"
            "Disallow: /webadmin.nsf\r\n"
            "Disallow: /mail/\r\n"
            "Disallow: /icons/\r\n"
            "Disallow: /domjava/\r\n"
            "Disallow: /*?OpenAgent\r\n"
            "Disallow: /*?EditDocument\r\n"
            "Disallow: /*?CreateDocument\r\n"
            "\r\n"
        )

    def personalize(self, body: bytes) -> bytes:
        """The WebQueryOpen agent's counters: a fresh 'Đang truy cập' figure and view count every response."""
        body = body.replace(b"@@ONLINE@@", str(random.randint(18, 160)).encode())

        def bump(match: re.Match[bytes]) -> bytes:
            return str(int(match.group(1)) + random.randint(1, 3)).encode()

        return re.sub(rb"@@HITS:(\d+)@@", bump, body)

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/robots.txt", self.text(self.robots()))
        self.add("/", self.index_stub())
        self.add("/index.html", self.index_stub())
        for article in self.articles:
            name = self.attachment_name(article)
            if name:
                self.add(f"{self.db_of(article)}/0/{self.unids[article.id]}/$FILE/{name}", self.pdf(name, article))

    def index_stub(self) -> Response:
        """domino/html/index.html, put there by the vendor in 2012: a refresh to the portal database."""
        text = (
            "<html>\n<head>\n<title>So Lao dong - Thuong binh va Xa hoi tinh Bac Giang</title>\n"
            f'<meta http-equiv="refresh" content="0;url={DB}">\n'
            f'<script language="JavaScript">window.location.href="{DB}";</script>\n</head>\n'
            '<body bgcolor="#FFFFFF">\n</body>\n</html>\n'
        )
        return Response(
            200,
            text.encode("ascii"),
            "text/html",
            {"Last-Modified": "Mon, 05 Mar 2012 02:14:51 GMT", "Accept-Ranges": "bytes"},
        )

    # ---- dispatch ---------------------------------------------------------------------------
    def lookup(self, path_qs: str) -> Response | None:
        found = self.routes.get(self.route_key(path_qs))
        if found is not None and self.parse(path_qs).db is None:
            return found
        req = self.parse(path_qs)
        if req.db is None:
            return found or self.error("item")
        if req.db in ("/names.nsf", "/domcfg.nsf", "/webadmin.nsf", "/log.nsf", "/catalog.nsf"):
            return self.login_form(req)
        if req.db not in (DB, ARCHIVE):
            return self.error("db")
        if "login" in req.args or req.command in ("login", "editdocument", "createdocument", "openagent"):
            return self.login_form(req)
        if len(req.rest) >= 4 and req.rest[2].lower() == "$file":
            return self.file_response(req)
        article, why = self.document_of(req)
        if article is not None and len(req.rest) == 2:
            if req.command not in ("", "open", "opendocument"):
                return self.error("url")
            if why == "vwin":
                return self.print_view(article)
            expand = req.args.get("expandsection", "")
            return self.document(article, expanded=bool(expand))
        if why:
            return self.error(why)
        return self.design(req)

    def design(self, req: Req) -> Response:
        """Design elements: the database itself, forms, pages, views, search."""
        name = req.rest[0].lower() if req.rest else ""
        cmd = req.command
        if req.db == ARCHIVE:
            if name in ("", "$defaultview", "vwtheonam", self.view_unids["vwtheonam"].lower()):
                if cmd == "readviewentries":
                    return self.view_entries(self.archive_docs())
                if cmd in ("", "open", "openview", "opendatabase"):
                    return self.archive_view(req)
            if name in ("$about",) and cmd in ("", "openabout", "open"):
                return self.static_page("GioiThieu")
            return self.error("design")
        if len(req.rest) > 1:
            return self.error("design")
        if name in ("", "trangchu") and cmd in ("", "open", "opendatabase", "readform", "openform"):
            return self.home()
        if name in ("gioithieu", "lienhe", "cocautochuc", "$about") and cmd in ("", "open", "openpage", "openabout"):
            return self.static_page(
                {"$about": "GioiThieu", "lienhe": "LienHe", "cocautochuc": "CoCauToChuc"}.get(name, "GioiThieu")
            )
        if name == "rss.xml" and cmd in ("", "open", "openpage"):
            return self.feed()
        view = self.view_names.get(name, name)
        if view in ("vwchuyenmuc", "$defaultview"):
            if cmd == "readviewentries":
                return self.view_entries(self.portal_docs())
            if cmd in ("", "open", "openview"):
                return self.category_view(req)
            if cmd == "searchview":
                return self.search(req)
        if view in ("vwtimkiem", "vwtinmoi") and cmd == "searchview":
            return self.search(req)
        if view == "vwtinmoi" and cmd in ("", "open", "openview"):
            return self.latest_view(req)
        if view in ("vwtinmoi", "vwtimkiem") and cmd == "readviewentries":
            return self.view_entries(self.portal_docs())
        if view == "vwlichcongtac" and cmd in ("", "open", "openview"):
            return self.calendar(req.args.get("startkey", ""))
        return self.error("design")

    # ---- collections --------------------------------------------------------------------------
    def portal_docs(self, category: str | None = None) -> list[CorpusArticle]:
        pool = self.listing(category) if category else self.listed()
        return [a for a in pool if self.db_of(a) == DB]

    def archive_docs(self) -> list[CorpusArticle]:
        return [a for a in self.listed() if self.db_of(a) == ARCHIVE]

    # ---- chrome -----------------------------------------------------------------------------
    def head(self, title: str, form: str, old: bool = False) -> str:
        charset = "iso-8859-1" if old else "utf-8"
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"<title>{esc(title)}</title>\n"
            '<link rel="stylesheet" type="text/css" href="/sldtbxh/portal.nsf/style.css">\n'
            '<script language="JavaScript" type="text/javascript">\n<!-- \n'
            'document._domino_target = "_self";\n'
            "function _doClick(v, o, t, h) {\n  var form = document._" + form + ";\n"
            '  if (form.onsubmit) {\n     var retVal = form.onsubmit();\n     if (typeof retVal == "boolean" && retVal == false)\n       return false;\n  }\n'
            "  var target = document._domino_target;\n  if (o.href != null) {\n    if (o.target != null)\n       target = o.target;\n  } else {\n"
            "    if (t != null)\n      target = t;\n  }\n  form.target = target;\n  form.__Click.value = v;\n"
            "  if (h != null)\n    form.action += h;\n  form.submit();\n  return false;\n}\n"
            "function timkiem() {\n  var q = document.forms[0].Query.value;\n"
            f"  window.location.href = '{DB}/vwTimKiem?SearchView&SearchOrder=4&Query=' + encodeURIComponent(q);\n  return false;\n}}\n"
            "// -->\n</script>\n</head>\n"
            '<body text="#000000" bgcolor="#FFFFFF" topmargin="0" leftmargin="0">\n\n'
            f'<form method="post" action="{DB}/{form}?OpenForm&Seq=1" name="_{form}">\n'
            '<input type="hidden" name="__Click" value="0">'
        )

    def top(self) -> str:
        s = self.s
        menu = " | ".join(
            [f'<a href="{DB}/TrangChu?ReadForm"><font color="#FFFFFF"><b>{esc(s["home"])}</b></font></a>']
            + [
                f'<a href="{DB}/vwChuyenMuc?OpenView&amp;RestrictToCategory={c.key}&amp;Count={self.page_size}"><font color="#FFFFFF"><b>{esc(c.name)}</b></font></a>'
                for c in self.spec.categories
            ]
            + [f'<a href="{DB}/GioiThieu?OpenPage"><font color="#FFFFFF"><b>Giới thiệu</b></font></a>']
        )
        return (
            '<a name="top"></a>\n<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">\n'
            f'<tr><td colspan="3"><img src="{DB}/banner_sldtbxh.jpg?OpenImageResource" width="980" height="130" border="0" alt="{esc(self.spec.name)}"></td></tr>\n'
            '<tr><td colspan="3" bgcolor="#A50000" height="26">&nbsp;' + menu + "</td></tr>\n"
            '<tr><td colspan="3" bgcolor="#FFF6D5"><marquee scrollamount="3"><font size="2" color="#A50000"><b>Thông báo:</b> Thực hiện Nghị quyết của HĐND tỉnh về sắp xếp các cơ quan chuyên môn, từ ngày 01/3/2025 Sở Lao động - Thương binh và Xã hội hợp nhất vào Sở Nội vụ tỉnh Bắc Giang. Trang thông tin này dừng cập nhật, duy trì để tra cứu.</font></marquee></td></tr>\n'
        )

    def left(self) -> str:
        s = self.s
        rows = "".join(
            f'<tr><td><img src="/icons/ecblank.gif" width="8" height="1"><img src="{DB}/bullet.gif?OpenImageResource"> '
            f'<a href="{DB}/vwChuyenMuc?OpenView&amp;RestrictToCategory={c.key}&amp;Count={self.page_size}"><font size="2" face="Arial">{esc(c.name)}</font></a></td></tr>'
            for c in self.spec.categories
        )
        links = "".join(f'<option value="">{esc(name)}</option>' for name in s["links"])
        return (
            '<td width="200" valign="top" bgcolor="#F3F3F3">\n'
            '<table width="100%" border="0" cellspacing="0" cellpadding="3">'
            '<tr><td bgcolor="#A50000"><font size="2" color="#FFFFFF" face="Arial"><b>CHUYÊN MỤC</b></font></td></tr>'
            + rows
            + f'<tr><td><img src="/icons/ecblank.gif" width="8" height="1"> <a href="{DB}/vwChuyenMuc?OpenView"><font size="2" face="Arial">Tất cả tin bài</font></a></td></tr>'
            + f'<tr><td><img src="/icons/ecblank.gif" width="8" height="1"> <a href="{ARCHIVE_LINK}"><font size="2" face="Arial">Tin lưu trữ (2012 - 2015)</font></a></td></tr>'
            + f'<tr><td><img src="/icons/ecblank.gif" width="8" height="1"> <a href="{DB}/vwLichCongTac?OpenView&amp;StartKey={FROZEN:%Y%m%d}"><font size="2" face="Arial">{esc(s["calendar"])}</font></a></td></tr>'
            + f'<tr><td><img src="/icons/ecblank.gif" width="8" height="1"> <a href="{DB}/CoCauToChuc?OpenPage"><font size="2" face="Arial">Cơ cấu tổ chức</font></a></td></tr>'
            + f'<tr><td><img src="/icons/ecblank.gif" width="8" height="1"> <a href="{DB}/LienHe?OpenPage"><font size="2" face="Arial">Liên hệ</font></a></td></tr>'
            + "</table>\n"
            '<br><table width="100%" border="0" cellspacing="0" cellpadding="3">'
            f'<tr><td bgcolor="#A50000"><font size="2" color="#FFFFFF" face="Arial"><b>{esc(s["links_title"].upper())}</b></font></td></tr>'
            f'<tr><td><select name="LienKet" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></td></tr></table>\n'
            "</td>\n"
        )

    def right(self) -> str:
        s = self.s
        keywords = "<br>".join(
            f'<a href="{DB}/vwTimKiem?SearchView&amp;SearchOrder=4&amp;Query={quote(k)}"><font size="1" face="Arial">{esc(k)}</font></a>'
            for k in KEYWORDS
        )
        counts = ("@@ONLINE@@", "1.214", "38.906", "2.487.311")
        stats = "".join(
            f'<tr><td><font size="1" face="Arial">{esc(label)}:</font></td><td align="right"><font size="1" face="Arial"><b>{value}</b></font></td></tr>'
            for label, value in zip(s["stats"], counts, strict=True)
        )
        return (
            '<td width="200" valign="top" bgcolor="#F3F3F3">\n'
            '<table width="100%" border="0" cellspacing="0" cellpadding="3">'
            f'<tr><td bgcolor="#A50000"><font size="2" color="#FFFFFF" face="Arial"><b>{esc(s["search"].upper())}</b></font></td></tr>'
            '<tr><td><input name="Query" value="" size="18"> <input type="button" value="Tìm" onclick="return timkiem()"></td></tr>'
            f'<tr><td><font size="1" face="Arial"><b>Từ khóa:</b></font><br>{keywords}</td></tr></table>\n'
            f'<br><table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#A50000"><font size="2" color="#FFFFFF" face="Arial"><b>{esc(s["stats_title"])}</b></font></td></tr>'
            f'<tr><td><table width="100%" border="0">{stats}</table></td></tr></table>\n'
            f'<br><a href="{self.feed_path}"><img src="/icons/rss.gif" border="0" alt="RSS"> <font size="1" face="Arial">RSS Tin mới</font></a>'
            f'<br><a href="/names.nsf?Login&amp;RedirectTo={quote(DB + "/TrangChu?ReadForm", safe="")}"><font size="1" face="Arial">{esc(s["login"])}</font></a>\n'
            "</td>\n"
        )

    def footer(self) -> str:
        s = self.s
        return (
            '<tr><td colspan="3" bgcolor="#A50000" align="center"><font size="1" color="#FFFFFF" face="Arial">'
            f"{esc(s['footer_owner'])} {esc(self.spec.owner)}<br>"
            f"{esc(s['footer_editor'])} Ông Ngô Văn Hùng - Phó Giám đốc Sở<br>"
            f"{esc(self.spec.license)}<br>Địa chỉ: {esc(self.spec.address)} - Điện thoại: (0204) 3854 218 - Fax: (0204) 3855 116<br>"
            f"{esc(s['footer_copyright'])} {esc(self.spec.name)}. {esc(s['footer_reuse'])}"
            "</font></td></tr>\n</table>\n</form>\n</body>\n</html>\n"
        )

    def page(self, title: str, form: str, content: str, old: bool = False) -> str:
        return (
            self.head(title, form, old)
            + self.top()
            + "<tr>"
            + self.left()
            + f'<td width="580" valign="top">\n{content}\n</td>\n'
            + self.right()
            + "</tr>\n"
            + self.footer()
        )

    @staticmethod
    def box(title: str, inner: str) -> str:
        return (
            '<table width="100%" border="0" cellspacing="0" cellpadding="4">'
            f'<tr><td bgcolor="#E8E8E8"><font size="2" color="#A50000" face="Arial"><b>{esc(title)}</b></font></td></tr>'
            f"<tr><td>{inner}</td></tr></table>\n"
        )

    # ---- dates --------------------------------------------------------------------------------
    def list_date(self, article: CorpusArticle) -> str:
        return self.when[article.id].dmy()

    def long_date(self, article: CorpusArticle) -> str:
        """Domino's date/time text on the server's Vietnamese locale: 24-hour since 9.0.1, SA/CH on the 2012 server."""
        when = self.when[article.id]
        if not when.has_time:
            return when.dmy()
        if self.db_of(article) == ARCHIVE:
            hour = when.at.hour % 12 or 12
            return f"{when.dmy()} {hour:02d}:{when.at:%M:%S} {'SA' if when.at.hour < 12 else 'CH'}"
        return f"{when.dmy()} {when.at:%H:%M:%S}"

    def modified(self, article: CorpusArticle) -> datetime | None:
        if article.number % 3:
            return None
        return self.when[article.id].at.replace(hour=9, minute=12, second=45) + timedelta(days=1 + article.number % 9)

    # ---- home ---------------------------------------------------------------------------------
    def home(self) -> Response:
        key = "home"
        if key not in self.cache:
            self.cache[key] = self.domino(self.page(self.spec.name, "TrangChu", self.home_content()))
        return self.cache[key]

    def home_content(self) -> str:
        s = self.s
        featured = [a for a in self.featured(3) if self.db_of(a) == DB]
        top = "".join(
            f'<p><a href="{self.article_path(a)}"><font size="3" color="#003399" face="Arial"><b>{esc(a.title)}</b></font></a><br>'
            f'<font size="1" color="#808080">({self.list_date(a)})</font><br><font size="2" face="Arial">{esc(self.teaser(a))}</font></p>'
            for a in featured
        )
        latest = "".join(
            f'<tr><td><img src="/icons/ecblank.gif" width="4" height="1"><img src="{DB}/arrow.gif?OpenImageResource"> '
            f'<a href="{self.db_of(a)}/0/{self.unids[a.id]}!OpenDocument"><font size="2" face="Arial">{esc(a.title)}</font></a> '
            f'<font size="1" color="#808080">({self.list_date(a)})</font></td></tr>'
            for a in self.portal_docs()[:8]
        )
        boxes = ""
        for category in self.spec.categories:
            items = [a for a in self.portal_docs(category.slug) if a.category == category.slug][:4]
            rows = "".join(
                f'<tr valign="top"><td><font size="2" face="Arial">&#8226; <a href="{self.view_href("vwChuyenMuc", a)}">{esc(a.title)}</a></font></td></tr>'
                for a in items
            )
            more = f'<a href="{DB}/vwChuyenMuc?OpenView&amp;RestrictToCategory={category.key}&amp;Count={self.page_size}"><font size="1" face="Arial">{esc(s["read_more"])}</font></a>'
            boxes += self.box(
                category.name, f'<table width="100%" border="0">{rows}</table><div align="right">{more}</div>'
            )
        return (
            self.box(s["featured"], top)
            + self.box(
                s["latest_news"],
                f'<table width="100%" border="0">{latest}</table><div align="right"><a href="{DB}/vwTinMoi?OpenView&amp;Count=10"><font size="1" face="Arial">{esc(s["more"])}</font></a></div>',
            )
            + boxes
        )

    # ---- views ------------------------------------------------------------------------------
    @staticmethod
    def start_count(req: Req, default_count: int) -> tuple[int, int]:
        raw_start = req.args.get("start", "1").split(".")[0]
        raw_count = req.args.get("count", "")
        start = int(raw_start) if raw_start.isdigit() and int(raw_start) > 0 else 1
        count = int(raw_count) if raw_count.isdigit() and 0 < int(raw_count) <= 1000 else default_count
        return start, count

    def doc_row(self, view: str, article: CorpusArticle, indent: bool = False, command: str = "?OpenDocument") -> str:
        blank = '<td><img src="/icons/ecblank.gif" border="0" height="16" width="16" alt=""></td>' if indent else ""
        return (
            f'<tr valign="top">{blank}<td><font size="2" face="Arial">{self.list_date(article)}</font></td>'
            f'<td><font size="2" face="Arial"><a href="{self.view_href(view, article, command)}">{esc(article.title)}</a></font></td></tr>\n'
        )

    @staticmethod
    def nothing() -> str:
        return "<h2>No documents found</h2>\n"

    def category_view(self, req: Req) -> Response:
        restrict = req.args.get("restricttocategory")
        if restrict is None:
            groups = [(c.name, [a for a in self.portal_docs() if a.category == c.slug]) for c in self.spec.categories]
            content = self.categorized(req, f"{DB}/vwChuyenMuc", "vwChuyenMuc", groups, english=False)
            return self.domino(
                self.page(f"Tất cả tin bài - {self.spec.name}", "vwChuyenMuc", self.box("Tất cả tin bài", content))
            )
        category = self.by_code.get(restrict.lower())
        docs = self.portal_docs(category.slug) if category else []
        start, count = self.start_count(req, DEFAULT_COUNT)
        shown = docs[start - 1 : start - 1 + count]
        base = f"{DB}/vwChuyenMuc?OpenView&amp;RestrictToCategory={esc(quote(restrict))}"
        rows = "".join(self.doc_row("vwChuyenMuc", a) for a in shown)
        table = (
            '<table border="0" cellpadding="2" cellspacing="0">\n<tr><th align="left"><font size="2" face="Arial"><b>Ngày</b></font></th>'
            '<th align="left"><font size="2" face="Arial"><b>Tiêu đề</b></font></th></tr>\n' + rows + "</table>\n"
            if shown
            else self.nothing()
        )
        nav = []
        if start > 1:
            nav.append(
                f'<a href="{base}&amp;Start={max(1, start - count)}&amp;Count={count}"><font size="2" face="Arial">« {esc(self.s["prev_page"])}</font></a>'
            )
        if shown and start <= len(docs):
            # @DbCommand("Domino"; "ViewNextPage"): the hotspot is there on the last page too
            nav.append(
                f'<a href="{base}&amp;Start={start + count}&amp;Count={count}"><font size="2" face="Arial">{esc(self.s["next_page"])} »</font></a>'
            )
        name = category.name if category else restrict
        content = table + '<p align="center">' + " &nbsp;|&nbsp; ".join(nav) + "</p>"
        return self.domino(self.page(f"{name} - {self.spec.name}", "vwChuyenMuc", self.box(name, content)))

    def categorized(
        self, req: Req, base_path: str, view: str, groups: list[tuple[str, list[CorpusArticle]]], english: bool
    ) -> str:
        """Domino's own rendering of a categorized view: twisties, hierarchical rows, Start/Count over visible rows."""
        expand_all = "expandview" in req.args
        raw_expand = req.args.get("expand", "").split(".")[0]
        expanded = {int(raw_expand)} if raw_expand.isdigit() else set()
        rows: list[str] = []
        for i, (label, docs) in enumerate([g for g in groups if g[1]], start=1):
            is_open = expand_all or i in expanded
            if is_open:
                twisty = f'<a href="{base_path}?OpenView&amp;Start={i}&amp;Count={DEFAULT_COUNT}&amp;Collapse={i}#{i}" target="_self"><img src="/icons/collapse.gif" border="0" height="16" width="16" alt="Hide details for {esc(label)}"></a>'
            else:
                twisty = f'<a href="{base_path}?OpenView&amp;Start={i}&amp;Count={DEFAULT_COUNT}&amp;Expand={i}#{i}" target="_self"><img src="/icons/expand.gif" border="0" height="16" width="16" alt="Show details for {esc(label)}"></a>'
            rows.append(
                f'<tr valign="top"><td colspan="3"><a name="{i}"></a>{twisty}<font size="2" face="Arial"><b>{esc(label)}</b></font></td></tr>\n'
            )
            if is_open:
                rows += [self.doc_row(view, a, indent=True) for a in docs]
        start, count = self.start_count(req, DEFAULT_COUNT)
        shown = rows[start - 1 : start - 1 + count]
        keep = "&amp;ExpandView" if expand_all else (f"&amp;Expand={raw_expand}" if expanded else "")
        prev_label, next_label = (
            ("Previous", "Next") if english else (f"« {self.s['prev_page']}", f"{self.s['next_page']} »")
        )
        links = []
        if start > 1:
            links.append(
                f'<a href="{base_path}?OpenView&amp;Start={max(1, start - count)}&amp;Count={count}{keep}"><img src="/icons/prev.gif" border="0" alt=""> {esc(prev_label)}</a>'
            )
        if start + count <= len(rows):
            links.append(
                f'<a href="{base_path}?OpenView&amp;Start={start + count}&amp;Count={count}{keep}">{esc(next_label)} <img src="/icons/next.gif" border="0" alt=""></a>'
            )
        links.append(
            f'<a href="{base_path}?OpenView&amp;ExpandView"><img src="/icons/expandall.gif" border="0" alt=""> {"Expand" if english else "Mở rộng"}</a>'
        )
        links.append(
            f'<a href="{base_path}?OpenView&amp;CollapseView"><img src="/icons/collapseall.gif" border="0" alt=""> {"Collapse" if english else "Thu gọn"}</a>'
        )
        bar = "<p>" + " &nbsp; ".join(links) + "</p>\n"
        table = (
            '<table border="0" cellpadding="2" cellspacing="0">\n' + "".join(shown) + "</table>\n"
            if shown
            else self.nothing()
        )
        return bar + table + bar

    def latest_view(self, req: Req) -> Response:
        start, count = self.start_count(req, DEFAULT_COUNT)
        docs = self.portal_docs()
        shown = docs[start - 1 : start - 1 + count]
        rows = "".join(self.doc_row("vwTinMoi", a) for a in shown)
        nav = ""
        if start + count <= len(docs):
            nav = f'<p><a href="{DB}/vwTinMoi?OpenView&amp;Start={start + count}&amp;Count={count}">Next</a></p>'
        content = (
            f'<table border="0" cellpadding="2" cellspacing="0">{rows}</table>' if shown else self.nothing()
        ) + nav
        return self.domino(
            self.page(f"Tin mới - {self.spec.name}", "vwTinMoi", self.box(self.s["latest_news"], content))
        )

    def archive_view(self, req: Req) -> Response:
        """luutru.nsf keeps the 2012 design: no $$ViewTemplate, so Domino renders the view itself, English links and all."""
        years: dict[int, list[CorpusArticle]] = {}
        for article in self.archive_docs():
            years.setdefault(self.when[article.id].at.year, []).append(article)
        groups = [(str(y), docs) for y, docs in sorted(years.items(), reverse=True)]
        content = self.categorized(req, f"{ARCHIVE}/vwTheoNam", "vwTheoNam", groups, english=True)
        text = (
            self.head(f"Tin lưu trữ - {self.spec.name}", "vwTheoNam", old=True)
            + f'<table width="780" border="0" cellpadding="4"><tr><td><a href="{DB}/TrangChu?ReadForm"><font size="2" face="Arial">{esc(self.s["home"])}</font></a>'
            + ' &gt; <font size="2" face="Arial"><b>Tin lưu trữ 2012 - 2015</b></font></td></tr>'
            + f"<tr><td>{content}</td></tr></table>\n</form>\n</body>\n</html>\n"
        )
        return self.domino(text)

    def view_entries(self, docs: list[CorpusArticle]) -> Response:
        """?ReadViewEntries: the view as Domino's XML (what the home page ticker's script reads)."""
        rows = []
        for position, article in enumerate(docs, start=1):
            rows.append(
                f'<viewentry position="{position}" unid="{self.unids[article.id]}" noteid="{900 + article.number * 6:X}" siblings="{len(docs)}">'
                f'<entrydata columnnumber="0" name="NgayDang"><datetime>{self.when[article.id].at:%Y%m%dT%H%M%S},00+07</datetime></entrydata>'
                f'<entrydata columnnumber="1" name="TieuDe"><text>{esc(article.title)}</text></entrydata></viewentry>'
            )
        text = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<viewentries toplevelentries="{len(docs)}">\n'
            + "\n".join(rows)
            + "\n</viewentries>\n"
        )
        return Response(200, text.encode("utf-8"), "text/xml; charset=UTF-8", {"Expires": EXPIRES})

    # ---- search -------------------------------------------------------------------------------
    def search(self, req: Req) -> Response:
        query = req.args.get("query", "").strip()
        words = [w for w in re.split(r"\s+", query.replace('"', " ").casefold()) if w and w not in ("and", "or")]
        hits = [a for a in self.portal_docs() if words and all(w in f"{a.title} {a.body}".casefold() for w in words)]
        start, count = self.start_count(req, 10)
        shown = hits[start - 1 : start - 1 + count]
        highlight = "0," + ",".join(quote(w) for w in words)
        rows = "".join(self.doc_row("vwTimKiem", a, command=f"?OpenDocument&amp;Highlight={highlight}") for a in shown)
        base = f"{DB}/vwTimKiem?SearchView&amp;SearchOrder=4&amp;Query={quote(query)}"
        nav = []
        if start > 1:
            nav.append(
                f'<a href="{base}&amp;Start={max(1, start - count)}&amp;Count={count}">« {esc(self.s["prev_page"])}</a>'
            )
        if start + count <= len(hits):
            nav.append(f'<a href="{base}&amp;Start={start + count}&amp;Count={count}">{esc(self.s["next_page"])} »</a>')
        content = (
            f'<p><font size="2" face="Arial">Kết quả tìm kiếm cho: <b>{esc(query)}</b> - tìm thấy {len(hits)} tài liệu</font></p>'
            + (f'<table border="0" cellpadding="2" cellspacing="0">{rows}</table>' if shown else self.nothing())
            + "<p>"
            + " | ".join(nav)
            + "</p>"
        )
        return self.domino(
            self.page(f"{self.s['search']} - {self.spec.name}", "vwTimKiem", self.box(self.s["search"], content))
        )

    # ---- calendar -----------------------------------------------------------------------------
    def calendar(self, start_key: str) -> Response:
        try:
            day = datetime.strptime(start_key[:8], "%Y%m%d").date()
        except ValueError:
            day = FROZEN
        monday = day - timedelta(days=day.weekday())
        rows = []
        for offset in range(5):
            current = monday + timedelta(days=offset)
            item = (
                WEEK_ITEMS[(current.toordinal() // 7 + offset) % len(WEEK_ITEMS)]
                if current <= FROZEN
                else "Không có lịch công tác."
            )
            rows.append(
                f'<tr valign="top"><td width="120"><font size="2" face="Arial"><b>{esc(self.s["weekdays"][offset])}</b><br>{current:%d/%m/%Y}</font></td>'
                f'<td><font size="2" face="Arial">{esc(item)}</font></td></tr>'
            )
        prev_week, next_week = monday - timedelta(days=7), monday + timedelta(days=7)
        nav = (
            f'<p align="center"><a href="{DB}/vwLichCongTac?OpenView&amp;StartKey={prev_week:%Y%m%d}">« Tuần trước</a> | '
            f'<a href="{DB}/vwLichCongTac?OpenView&amp;StartKey={next_week:%Y%m%d}">Tuần sau »</a></p>'
        )
        title = f"Lịch công tác tuần từ {monday:%d/%m/%Y} đến {monday + timedelta(days=4):%d/%m/%Y}"
        content = f'<p><font size="2" face="Arial"><b>{esc(title)}</b></font></p><table width="100%" border="1" cellspacing="0" cellpadding="3">{"".join(rows)}</table>{nav}'
        return self.domino(
            self.page(
                f"{self.s['calendar']} - {self.spec.name}", "vwLichCongTac", self.box(self.s["calendar"], content)
            )
        )

    # ---- documents ----------------------------------------------------------------------------
    def body_html(self, article: CorpusArticle) -> str:
        """The rich text as Domino renders it (2016-), or the FCKeditor passthru HTML of the 2012-2015 documents."""
        parts = ([article.lead] if article.lead else []) + list(article.paragraphs)
        if self.db_of(article) == ARCHIVE:
            out = [f"<p><strong>{fck_entities(article.lead)}</strong></p>"] if article.lead else []
            out += [f'<p style="text-align: justify;">{fck_entities(p)}</p>' for p in article.paragraphs]
            return "\n".join(out)
        if article.number % 2:
            out = (
                [
                    f'<div align="justify"><b><font size="2" face="Arial">{esc(article.lead)}</font></b></div>\n<div align="justify"><font size="2" face="Arial"> </font></div>'
                ]
                if article.lead
                else []
            )
            out += [
                f'<div align="justify"><font size="2" face="Arial">{esc(p)}</font></div>\n<div align="justify"><font size="2" face="Arial"> </font></div>'
                for p in article.paragraphs
            ]
            return "\n".join(out)
        # CKEditor into a passthru 'Body_HTML' field, shown through a computed text
        return "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in parts) + "\n<p>&nbsp;</p>"

    def section(self, article: CorpusArticle, expanded: bool) -> str:
        """A collapsible rich-text section with the photos; Domino sends its content only when it is expanded."""
        if article.number % 3 or self.db_of(article) == ARCHIVE:
            return ""
        shot = photo(article)
        if shot is None:
            return ""
        href = f"{self.db_of(article)}/0/{self.unids[article.id]}?OpenDocument"
        if not expanded:
            return (
                f'<a name="_Section1"></a><a href="{href}&amp;ExpandSection=1#_Section1">'
                '<img src="/icons/expand.gif" border="0" height="16" width="16" alt="Show details for Hình ảnh hoạt động"></a>'
                '<font size="2" face="Arial"><b>Hình ảnh hoạt động</b></font><br>\n'
            )
        return (
            f'<a name="_Section1"></a><a href="{href}#_Section1">'
            '<img src="/icons/collapse.gif" border="0" height="16" width="16" alt="Hide details for Hình ảnh hoạt động"></a>'
            '<font size="2" face="Arial"><b>Hình ảnh hoạt động</b></font><br>\n'
            f'<div align="center"><img src="{href.split("?")[0]}/Body/0.2A4?OpenElement&amp;FieldElemFormat=jpg" width="480" border="0"><br>'
            f'<i><font size="2" face="Arial">{esc(shot.caption)} {esc(shot.credit)}</font></i></div>\n'
        )

    def document(self, article: CorpusArticle, expanded: bool = False) -> Response:
        key = f"doc:{article.id}:{expanded}"
        if key in self.cache:
            return self.cache[key]
        s = self.s
        db = self.db_of(article)
        old = db == ARCHIVE
        byline = (
            f'<font size="2" face="Arial"><b>{esc(article.author)}</b></font> - '
            if article.author_style == "byline" and article.author
            else ""
        )
        updated = self.modified(article)
        updated_text = (
            f' &nbsp; <font size="1" color="#808080">Cập nhật lần cuối: {updated:%d/%m/%Y %H:%M:%S} ZE7</font>'
            if updated
            else ""
        )
        hits = f"@@HITS:{self.views(article)}@@"
        name = self.attachment_name(article)
        files = ""
        if name:
            files = (
                f'<hr><font size="2" face="Arial"><b>{esc(s["attachment"])}</b></font><br>'
                f'<a href="{db}/{self.view_unids["vwchuyenmuc"]}/{self.unids[article.id]}/$FILE/{name}">'
                f'<img src="/icons/vwicn150.gif" border="0" alt="File attachment icon"> {name}</a>\n'
            )
        tools = (
            f'<a href="{db}/vwIn/{self.unids[article.id]}?OpenDocument" target="_blank"><img src="/icons/print.gif" border="0"> <font size="1" face="Arial">{esc(s["print"])}</font></a> &nbsp; '
            f'<a href="mailto:?subject={quote(article.title)}&amp;body={quote(self.canonical_url(article))}"><font size="1" face="Arial">{esc(s["email"])}</font></a> &nbsp; '
            '<a href="javascript:history.back()"><font size="1" face="Arial">' + esc(s["back"]) + "</font></a> &nbsp; "
            f'<a href="#top"><font size="1" face="Arial">{esc(s["top"])}</font></a>'
        )
        content = (
            f'<table width="100%" border="0" cellpadding="4"><tr><td>'
            f'<font size="1" face="Arial"><a href="{DB}/TrangChu?ReadForm">{esc(s["home"])}</a> &gt; '
            + (
                f'<a href="{ARCHIVE_LINK}">Tin lưu trữ</a>'
                if old
                else f'<a href="{DB}/vwChuyenMuc?OpenView&amp;RestrictToCategory={self.spec.category(article.category).key}&amp;Count={self.page_size}">{esc(self.spec.category(article.category).name)}</a>'
            )
            + "</font></td></tr>\n"
            f'<tr><td><font size="4" color="#003399" face="Arial"><b>{esc(article.title)}</b></font></td></tr>\n'
            f'<tr><td>{byline}<font size="1" color="#808080" face="Arial">Ngày đăng: {self.long_date(article)}</font>{updated_text}'
            f' &nbsp; <font size="1" color="#808080" face="Arial">{esc(s["views"])}: {hits}</font></td></tr>\n'
            f"<tr><td>\n{self.body_html(article)}\n{self.signature(article)}{self.label(article)}\n{self.section(article, expanded)}{files}</td></tr>\n"
            f'<tr><td align="right">{tools}</td></tr>\n</table>\n' + self.related_box(article)
        )
        response = self.domino(
            self.page(f"{article.title} - {self.spec.name}", "frmTinTuc", content, old=old),
            modified=updated or self.when[article.id].at,
        )
        self.cache[key] = response
        return response

    def related_box(self, article: CorpusArticle) -> str:
        db = self.db_of(article)
        if db == ARCHIVE:
            pool = [a for a in self.archive_docs() if a.id != article.id and a.category == article.category][:5]
            rows = "".join(
                f'<font size="2" face="Arial">&#8226; <a href="{ARCHIVE}/0/{self.unids[a.id]}!OpenDocument">{esc(a.title)}</a> ({self.list_date(a)})</font><br>'
                for a in pool
            )
        else:
            pool = [a for a in self.related(article) if self.db_of(a) == DB]
            rows = ""
            for i, other in enumerate(pool):
                # the editors' pasted 'Xem thêm' pick: the lookup view by the document's key
                href = (
                    f"{DB}/vwMaTin/{self.doc_key(other)}?OpenDocument"
                    if i == 0 and article.number % 4 == 0
                    else self.view_href("vwChuyenMuc", other)
                )
                rows += f'<font size="2" face="Arial">&#8226; <a href="{href}">{esc(other.title)}</a> ({self.list_date(other)})</font><br>'
        return self.box(self.s["other_news_long"], rows) if rows else ""

    def print_view(self, article: CorpusArticle) -> Response:
        key = f"print:{article.id}"
        if key not in self.cache:
            text = (
                '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
                f"<title>{esc(article.title)}</title>\n</head>\n"
                '<body text="#000000" bgcolor="#FFFFFF" onload="window.print()">\n\n<form action="">\n'
                f'<font size="2" face="Arial"><b>{esc(self.spec.name.upper())}</b></font><hr>\n'
                f'<font size="4" face="Arial"><b>{esc(article.title)}</b></font><br>\n'
                f'<font size="1" face="Arial">Ngày đăng: {self.long_date(article)}</font><br><br>\n'
                f"{self.body_html(article)}\n{self.signature(article)}{self.label(article)}<hr>\n"
                f'<font size="1" face="Arial">Địa chỉ bài viết: {esc(self.canonical_url(article))}</font>\n</form>\n</body>\n</html>\n'
            )
            self.cache[key] = self.domino(text)
        return self.cache[key]

    def file_response(self, req: Req) -> Response:
        article, _ = self.document_of(Req(req.db, req.rest[:2], "", {}, req.path))
        name = self.attachment_name(article) if article else None
        if article is None or name is None or req.rest[3].lower() != name.lower():
            return self.error("item")
        response = self.pdf(name, article)
        response.headers["Content-Disposition"] = f'inline; filename="{name}"'
        return response

    # ---- static pages, login, feed ------------------------------------------------------------
    def static_page(self, name: str) -> Response:
        pages = {
            "GioiThieu": (
                "Giới thiệu",
                "Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh quản lý nhà nước về lao động, việc làm, giáo dục nghề nghiệp, tiền lương, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công, bảo trợ xã hội, trẻ em, bình đẳng giới và phòng, chống tệ nạn xã hội. Từ ngày 01/3/2025, Sở hợp nhất vào Sở Nội vụ tỉnh Bắc Giang.",
            ),
            "CoCauToChuc": (
                "Cơ cấu tổ chức",
                "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Lao động - Việc làm, Phòng Người có công, Phòng Bảo trợ xã hội - Bình đẳng giới, Phòng Bảo vệ, chăm sóc trẻ em. Các đơn vị sự nghiệp: Trung tâm Dịch vụ việc làm, Trung tâm Bảo trợ xã hội, Trung tâm Công tác xã hội tỉnh.",
            ),
            "LienHe": (
                "Liên hệ",
                f"Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang. Địa chỉ: {self.spec.address}. Điện thoại: (0204) 3854 218. Fax: (0204) 3855 116. Email: sldtbxh@bacgiang.gov.vn.",
            ),
        }
        title, text = pages[name]
        content = self.box(title, f'<div align="justify"><font size="2" face="Arial">{esc(text)}</font></div>')
        return self.domino(self.page(f"{title} - {self.spec.name}", name, content))

    def login_form(self, req: Req) -> Response:
        redirect = req.args.get("redirectto", DB)
        text = (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<title>Server Login</title>\n</head>\n'
            '<body text="#000000" bgcolor="#FFFFFF">\n<form method="post" action="/names.nsf?Login" name="_DominoForm">\n'
            "<h2>Server Login</h2>\n<p>Please type your user name and password.</p>\n"
            '<table><tr><td>User name:</td><td><input name="Username" value="" size="20" maxlength="256"></td></tr>\n'
            '<tr><td>Password:</td><td><input name="Password" value="" type="password" size="20" maxlength="256"></td></tr></table>\n'
            f'<input type="hidden" name="RedirectTo" value="{esc(redirect)}">\n<input type="submit" value="Log In">\n</form>\n</body>\n</html>\n'
        )
        return self.domino(text)

    def feed(self) -> Response:
        """rss.xml, a Domino page whose embedded view 'vwRSS' forgot the 'Hiển thị trên web' flag of the views."""
        items = self.in_feed()[:20]
        rows = "\n".join(
            f"<item><title>{esc(a.title)}</title><link>{esc(self.canonical_url(a))}</link>"
            f'<guid isPermaLink="false">{self.unids[a.id]}</guid>'
            f"<description>{esc(self.teaser(a, 300))}</description>"
            f"<pubDate>{self.when[a.id].at:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
            for a in items
        )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(self.spec.name)}</title><link>{esc(self.url(DB))}</link>"
            f"<description>Tin mới - {esc(self.spec.name)}</description><language>vi-vn</language>\n{rows}\n</channel></rss>\n"
        )
        return Response(200, text.encode("utf-8"), "text/xml; charset=UTF-8", {"Expires": EXPIRES})
