"""A site online since the 2000s and never rebuilt, written for this test (the family a blind holdout showed,
docs/demo-corpus.md, session 8): a frameset home whose <noframes> repeats the menu, a PHP print script beside every
article, and the oldest articles typed in TCVN3 (.VnTime, capitals in .VnTimeH) on a page declared iso-8859-1.
"""

import sqlite3

from govnews.crawler.demo.run import crawl_into
from govnews.crawler.demo.text import _tcvn3
from govnews.crawler.extract import parse
from tests.handmade_site import SiteHandler, serving_site

TITLE = "Huyện triển khai Luật Bình đẳng giới"
BODY = [
    "Ngày 12/11/2007, UBND huyện tổ chức hội nghị triển khai Luật Bình đẳng giới đến cán bộ chủ chốt "
    "của 28 xã, thị trấn trên địa bàn huyện.",
    "Luật Bình đẳng giới có hiệu lực từ ngày 01/7/2007, quy định nguyên tắc bình đẳng giới trong các lĩnh vực của "
    "đời sống xã hội và gia đình, biện pháp bảo đảm bình đẳng giới và trách nhiệm của cơ quan, tổ chức, gia đình.",
    "Các xã được yêu cầu tuyên truyền Luật trên hệ thống truyền thanh cơ sở, lồng ghép nội dung bình đẳng giới vào "
    "sinh hoạt của chi hội phụ nữ và báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội trước ngày 15/12/2007.",
]
ARTICLE = "/index.php?act=detail&id=281&mod=news"  # as canonicalised: parameters sorted
PRINT = "/in.php?id=281"


def _latin1(text: str) -> bytes:
    return text.encode("latin-1", errors="xmlcharrefreplace")


def _article_html(printing: bool) -> bytes:
    typed = "".join(f"<p><font face='.VnTime'>{_tcvn3(p).decode('latin-1')}</font></p>" for p in BODY)
    heading = _tcvn3("LUẬT BÌNH ĐẲNG GIỚI", capitals=True).decode("latin-1")
    chrome = "" if printing else "<p><a href='in.php?id=281'>In trang này</a> | <a href='#top'>Về đầu trang</a></p>"
    html = (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'><title>{TITLE}</title>"
        f"</head><body><table width='760'><tr><td><b>{TITLE}</b><br><font face='.VnTimeH'>{heading}</font>{typed}"
        f"<p>Cập nhật: 26/11/2007</p>{chrome}</td></tr></table></body></html>"
    )
    return _latin1(html)


class _OldSite(SiteHandler):
    def _bytes(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        script, _, query = self.path.partition("?")
        path = f"{script}?{'&'.join(sorted(query.split('&')))}" if query else script
        if path == "/robots.txt":
            self.reply("User-agent: *\nDisallow: /admin/\n", "text/plain")
        elif path in ("/", "/index.php"):
            self.reply(
                "<html><head><title>Website huyện</title></head><frameset rows='120,*'>"
                "<frame src='top.htm' name='top'><frameset cols='180,*'><frame src='menu.htm' name='menu'>"
                "<frame src='index.php?mod=news&act=list&cat=1' name='main'></frameset>"
                "<noframes><body><p>Trình duyệt của bạn không hỗ trợ khung (frame).</p>"
                "<p><a href='index.php?mod=news&act=list&cat=1'>Tin tức - Sự kiện</a></p></body></noframes>"
                "</frameset></html>"
            )
        elif path == "/top.htm":
            self.reply("<html><body><h1>UBND HUYỆN</h1></body></html>")
        elif path == "/menu.htm":
            menu = "<a href='index.php?mod=news&act=list&cat=1' target='main'>Tin tức</a>"
            self.reply(f"<html><body>{menu}</body></html>")
        elif path == "/index.php?act=list&cat=1&mod=news":
            self.reply(f"<html><body><a href='{ARTICLE.lstrip('/')}'>{TITLE}</a></body></html>")
        elif path == ARTICLE:
            self._bytes(_article_html(printing=False))
        elif path == PRINT:
            self._bytes(_article_html(printing=True))
        else:
            self.send_error(404)


def test_an_old_sites_tcvn3_article_is_archived_in_unicode_once_under_its_own_url(tmp_path):
    with serving_site(_OldSite) as site:
        sources = tmp_path / "s.yml"
        sources.write_text(f"sources:\n  - id: dt\n    name: Huyện\n    url: {site}/\n", encoding="utf-8")
        db_path = tmp_path / "a.db"
        result = crawl_into(sources, db_path)
        assert result.returncode == 0, result.stderr[-2000:]
    with sqlite3.connect(db_path) as db:
        articles = dict(db.execute("select url, text from articles"))
        requested = {url for (url,) in db.execute("select url from pages")}
    assert list(articles) == [site + ARTICLE]  # not the frameset home, not the print script
    text = articles[site + ARTICLE]
    assert all(paragraph in text for paragraph in BODY), text
    assert site + PRINT not in requested


def test_text_in_a_legacy_font_reads_as_unicode_and_unicode_in_one_stays():
    typed = _tcvn3("Phụ nữ được hỗ trợ.").decode("latin-1")
    capitals = _tcvn3("ĐỨC THỌ", capitals=True).decode("latin-1")
    html = (
        f"<html><body><p><font face='.VnTime'>{typed} <font face='.VnTimeH'>{capitals}</font></font></p>"
        "<p style='font-family: .VnTime'>Đã gõ bằng Unicode.</p>"
        "<p><font face='Times New Roman'>Báo cáo ©</font></p></body></html>"
    )
    paragraphs = [p.text_content() for p in parse(html).iter("p")]
    assert paragraphs == ["Phụ nữ được hỗ trợ. ĐỨC THỌ", "Đã gõ bằng Unicode.", "Báo cáo ©"]
