"""A unit's sub-portal inside its ministry's or province's portal (Oracle WebCenter, WebSphere virtual portals,
Liferay sites): the source's home redirects into the sub-portal, every link carries the portal framework's window
state, and the parent portal serves copies of the unit's articles under shorter paths. Written for this test; the
family was seen on a blind holdout (docs/demo-corpus.md, session 8).
"""

import random
import sqlite3
import subprocess
import sys

from govnews.archive.warc import warc_folder
from govnews.crawler.dedupe import url_preference
from govnews.crawler.demo.run import crawl_into
from govnews.crawler.urls import canonicalize
from tests.handmade_site import SiteHandler, serving_site

UNIT = "/webcenter/portal/sonoivu"
PARENT = "/webcenter/portal/ub"
DETAIL = "/pages_tin/chi-tiet"
STORIES = {
    "101": (
        "Hội nghị triển khai công tác bình đẳng giới năm 2025 của Sở Nội vụ",
        [
            "Sáng 12/3/2025, Sở Nội vụ tổ chức hội nghị triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ "
            "năm 2025, với sự tham dự của đại diện Ban Vì sự tiến bộ của phụ nữ các sở, ngành và địa phương.",
            "Hội nghị thống nhất các chỉ tiêu về tỷ lệ nữ tham gia lãnh đạo, quản lý, phòng ngừa và ứng phó với bạo "
            "lực trên cơ sở giới, lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật.",
        ],
    ),
    "102": (
        "Tập huấn kỹ năng phòng, chống bạo lực gia đình cho cán bộ cơ sở",
        [
            "Ngày 20/3/2025, Sở Nội vụ phối hợp với Hội Liên hiệp Phụ nữ tỉnh mở lớp tập huấn kỹ năng phòng, chống bạo "
            "lực gia đình và hỗ trợ nạn nhân bị bạo lực trên cơ sở giới cho 120 cán bộ xã, phường.",
            "Các học viên được hướng dẫn quy trình tiếp nhận, xử lý thông tin về bạo lực gia đình, kỹ năng tư vấn cho "
            "phụ nữ và trẻ em gái, và cách phối hợp với công an, y tế tại địa bàn.",
        ],
    ),
}


def _window_state() -> str:
    """The ADF window and controller state a WebCenter page writes into each of its links, new every answer."""
    loop = random.randrange(10**12, 10**15)
    return f"_afrLoop={loop}&_afrWindowMode=0&_afrWindowId=null&_adf.ctrl-state={loop % 99991:x}_4"


def _page(title: str, main: str, portal: str) -> str:
    state = _window_state()
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="banner"><a href="{portal}?{state}">Trang chủ</a> <a href="{PARENT}?{state}">Cổng TTĐT tỉnh</a>'
        f'</div><div class="content">{main}</div><div class="footer">Cơ quan chủ quản: UBND tỉnh</div></body></html>'
    )


def _listing(portal: str) -> str:
    state = _window_state()
    teasers = "".join(
        f'<li><a href="{portal}{DETAIL}?id={key}&{state}">{title}</a> (1{key[-1]}/03/2025)</li>'
        for key, (title, _) in STORIES.items()
    )
    return _page("Tin tức", f"<h2>Tin tức - Sự kiện</h2><ul>{teasers}</ul>", portal)


def _article(key: str, portal: str) -> str:
    title, body = STORIES[key]
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in body)
    main = f"<h1>{title}</h1><div class='date'>Thứ Tư, 1{key[-1]}/03/2025 08:30</div>{paragraphs}"
    return _page(title, main, portal)


class _Portal(SiteHandler):
    def do_GET(self) -> None:  # noqa: N802
        path, _, query = self.path.partition("?")
        key = dict(part.partition("=")[::2] for part in query.split("&")).get("id")
        if path == "/robots.txt":
            self.reply("User-agent: *\nDisallow: /webcenter/faces/\n", "text/plain")
        elif path == "/":
            self.send_response(302)
            self.send_header("Location", UNIT)
            self.end_headers()
        elif path in (UNIT, PARENT):
            self.reply(_listing(path))
        elif path in (UNIT + DETAIL, PARENT + DETAIL) and key in STORIES:
            self.reply(_article(key, path.removesuffix(DETAIL)))
        else:
            self.send_error(404)


def _kinds(db_path) -> tuple[set[str], dict[str, str]]:
    with sqlite3.connect(db_path) as db:
        articles = {url for (url,) in db.execute("select url from articles")}
        kinds = dict(db.execute(f"select url, kind from pages where url like '%{DETAIL}%'"))
    return articles, kinds


def test_a_sub_portals_articles_are_archived_under_its_own_urls_without_window_state(tmp_path):
    with serving_site(_Portal) as site:
        sources = tmp_path / "s.yml"
        sources.write_text(f"sources:\n  - id: snv\n    name: Sở Nội vụ\n    url: {site}/\n", encoding="utf-8")
        db_path = tmp_path / "a.db"
        result = crawl_into(sources, db_path, extra=("GOVNEWS_BATCH_SIZE=1",))
        assert result.returncode == 0, result.stderr[-2000:]
    own = {f"{site}{UNIT}{DETAIL}?id={key}" for key in STORIES}
    copies = {f"{site}{PARENT}{DETAIL}?id={key}" for key in STORIES}
    articles, kinds = _kinds(db_path)
    assert articles == own
    assert {url: kinds.get(url) for url in copies} == dict.fromkeys(copies, "duplicate"), kinds
    assert set(kinds) == own | copies  # one page each, however many window states its links carried

    # Rebuilt from the WARC files alone, into a new archive: the same URLs, since the home page's record says it is.
    rebuilt = tmp_path / "rebuilt.db"
    command = [sys.executable, "-m", "govnews.crawler.cli", "reextract", "--db", str(rebuilt), "--warc-dir"]
    result = subprocess.run([*command, str(warc_folder(db_path))], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert _kinds(rebuilt) == (articles, kinds)


def test_window_state_parameters_are_not_part_of_a_pages_address():
    url = (
        "http://x.gov.vn/portal/faces/tin?_afrLoop=4021&id=7&_afrWindowMode=0&_adf.ctrl-state=1a2b_4&_afrWindowId=null"
    )
    assert canonicalize(url) == "http://x.gov.vn/portal/faces/tin?id=7"


def test_a_url_deeper_in_the_sources_own_sub_site_beats_a_shorter_copy_elsewhere():
    home = "http://x.gov.vn/web/so-noi-vu"
    own, copy = "http://x.gov.vn/web/so-noi-vu/tin-tuc/bai-viet?id=7", "http://x.gov.vn/web/guest/bai?id=7"
    assert url_preference(own, home=home) < url_preference(copy, home=home)
    assert url_preference(copy) < url_preference(own)  # without the home, the shorter path would win
    # The sub-site weighs less than what a page says of itself and than a clean path.
    assert url_preference(copy, declared=True, home=home) < url_preference(own, home=home)
    assert url_preference("http://x.gov.vn/bai-viet", home=home) < url_preference(own, home=home)


def test_an_article_shown_at_the_home_pages_path_is_its_sections_copy():
    """Oracle Portal and other portlet portals render any article in the front page's news portlet
    ('/trangchu?articleId=7&categoryId=3') as well as in its section's page: the section's URL is the article's."""
    home = "http://x.gov.vn/portal/page/portal/langson/trangchu"
    front = "http://x.gov.vn/portal/page/portal/langson/trangchu?articleId=7&categoryId=3"
    section = "http://x.gov.vn/portal/page/portal/langson/vanhoaxahoi/binhdanggioi?articleId=7&categoryId=3"
    assert url_preference(section, home=home) < url_preference(front, home=home)
    assert url_preference(front) < url_preference(section)  # without the home, the shorter path would win
    # A site whose every page is the home script ('/index.php?cmd=140&id=7') ranks its pages as before.
    assert url_preference("http://x.vn/index.php?id=7", home="http://x.vn/index.php") < url_preference(
        "http://x.vn/index.php?id=7&cmd=140", home="http://x.vn/index.php"
    )
