"""Canonical URLs and URL traps: one article is one URL, and no URL space is endless."""

import pytest

from govnews.crawler.urls import (
    canonicalize,
    date_shape,
    former_spelling,
    in_scope,
    is_attachment,
    is_skipped,
    onto_site,
    registrable_domain,
    same_owner,
    site_of,
)


def test_the_issue_examples_are_one_article():
    forms = [
        "http://127.0.0.1:8001/index.asp?NewsID=5&CatID=2",
        "http://127.0.0.1:8001/index.asp?CatID=2&NewsID=5&sid=x",
        "http://127.0.0.1:8001/index.asp?CatID=2&NewsID=5&print=1#top",
        "HTTP://127.0.0.1:8001/index.asp?utm_source=zalo&CatID=2&NewsID=5",
    ]
    assert len({canonicalize(u) for u in forms}) == 1


def test_liferay_pagination_parameters_are_kept():
    url = "http://x.vn/web/guest/tin?p_p_id=101_INSTANCE_abc&_101_INSTANCE_abc_cur=2"
    assert "_101_INSTANCE_abc_cur=2" in canonicalize(url)


def test_scope_is_host_and_port():
    site = site_of("http://127.0.0.1:8001/")
    assert in_scope("http://127.0.0.1:8001/a", site)
    assert not in_scope("http://127.0.0.1:8002/a", site)
    assert in_scope("https://www.dienbien.gov.vn/a", site_of("https://dienbien.gov.vn/"))
    assert in_scope("https://dienbien.gov.vn/a", site_of("http://www.dienbien.gov.vn/"))  # scheme: one scope
    assert not in_scope("https://sldtbxh.dienbien.gov.vn/a", site_of("https://dienbien.gov.vn/"))


def test_links_are_spelled_on_the_sites_origin():
    site = site_of("http://www.dienbien.gov.vn/")
    assert onto_site("https://dienbien.gov.vn/tin/a.html?id=2", site) == "http://www.dienbien.gov.vn/tin/a.html?id=2"


@pytest.mark.parametrize(
    "host, domain",
    [
        ("sldtbxh.haugiang.gov.vn", "haugiang.gov.vn"),
        ("haugiang.gov.vn", "haugiang.gov.vn"),
        ("www.hochiminhcity.gov.vn", "hochiminhcity.gov.vn"),
        ("hoilhpn.org.vn", "hoilhpn.org.vn"),
        ("portal.example.test", "example.test"),
        ("127.0.0.1", "127.0.0.1"),
    ],
)
def test_registrable_domain(host, domain):
    assert registrable_domain(host) == domain


@pytest.mark.parametrize(
    "site, other, same",
    [
        ("http://sldtbxh.laocai.gov.vn", "https://snv.laocai.gov.vn", True),  # a department renamed in 2025
        ("http://laocai.gov.vn", "https://portal.laocai.gov.vn", True),
        ("http://yenbai.gov.vn", "https://laocai.gov.vn", False),  # a merged-away province: not followed
        ("http://127.0.0.1:8001", "http://127.0.0.1:8002", False),  # test portals share an address
        ("http://127.0.0.1:8001", "https://127.0.0.1:8001", True),
        ("http://localhost:8001", "http://other.localhost:8001", False),
    ],
)
def test_same_owner(site, other, same):
    assert same_owner(site, other) is same


@pytest.mark.parametrize(
    "url, skipped",
    [
        ("http://x/tin-tuc/tin-tuc/tin-tuc/a.html", True),  # relative links looping
        ("http://x/" + "/".join(f"s{i}" for i in range(13)), True),
        ("http://x/tin-tuc/2023/a-b-1234.html", False),
        ("http://x/Search.aspx?q=binh+dang&sort=date", True),
        ("http://x/wp-admin/post.php", True),
        ("http://x/uploads/ke-hoach.pdf", True),
        ("http://x/uploads/tai-lieu.tar.gz", True),
        ("http://x/post-sitemap2.xml.gz", False),  # a gzipped sitemap (issue #13)
        ("http://x/tin-tuc/Pages/in-tin.aspx?ItemID=174", True),  # a print page
        ("http://x/PrintView.aspx?id=9", True),
        ("http://x/in-tin-hoc-cho-phu-nu.html", False),  # an article about computer skills ('tin học')
    ],
)
def test_traps_and_non_pages_are_skipped(url, skipped):
    assert is_skipped(url) is skipped


def test_calendar_days_share_a_shape_and_articles_do_not():
    assert date_shape("http://x/lich.asp?ngay=2024-05-14") == date_shape("http://x/lich.asp?ngay=2024-05-15")
    assert date_shape("http://x/2023/03/27/a/") != date_shape("http://x/2023/03/28/b/")
    assert date_shape("http://x/news/a-b-1234.html") is None


@pytest.mark.parametrize(
    "url, attachment",
    [
        ("https://x.gov.vn/files/ke-hoach-54.pdf", True),
        ("https://x.gov.vn/DownloadFile.aspx?id=7", True),
        ("https://x.gov.vn/documents/10181/0/54-KH-UBND.pdf/5f2c", True),
        ("https://x.gov.vn/news/binh-dang-gioi/ke-hoach-2025-5404.html?download=1&id=0", True),  # NukeViet
        ("https://x.gov.vn/news/binh-dang-gioi/ke-hoach-2025-5404.html", False),
        ("https://x.gov.vn/tin-tuc/tai-lieu-huong-dan-phong-chong-bao-luc.html", False),  # a page about a download
    ],
)
def test_files_and_download_handlers_are_attachments(url, attachment):
    assert is_attachment(url) is attachment


@pytest.mark.parametrize(
    "spellings, canonical",
    [
        (
            ["http://x/B%c3%acnh-Ph%C6%B0%E1%BB%9Bc.aspx", "http://x/Bình-Phước.aspx"],
            "http://x/B%C3%ACnh-Ph%C6%B0%E1%BB%9Bc.aspx",
        ),
        (
            ["http://x/ph%C3%B2ng-ng%E1%BB%ABa%2c-ung.aspx", "http://x/ph%C3%B2ng-ng%E1%BB%ABa%2C-ung.aspx"],
            "http://x/ph%C3%B2ng-ng%E1%BB%ABa%2C-ung.aspx",
        ),
        (["http://x/ban-in,-tin.aspx"], "http://x/ban-in,-tin.aspx"),
        (["http://x/files/a%2fb.pdf"], "http://x/files/a%2Fb.pdf"),
        (["http://x/%7Etin%2Dtuc/%41"], "http://x/~tin-tuc/A"),
        (["http://x/100%25-xa"], "http://x/100%25-xa"),
    ],
)
def test_escapes_of_reserved_characters_are_kept_and_the_rest_decoded(spellings, canonical):
    """RFC 3986 6.2.2: only escapes of unreserved characters may be decoded; a SharePoint page named with a comma
    is linked as '%2C', and '%2F' inside a path segment is no '/'."""
    assert {canonicalize(url) for url in spellings} == {canonical}


@pytest.mark.parametrize(
    ("spellings", "canonical"),
    [
        (  # Lotus Domino: '!' for '?', and a URL command is a name without a value
            [
                "http://x/db.nsf/0/8F2A?OpenDocument",
                "http://x/db.nsf/0/8F2A!OpenDocument",
                "http://x/db.nsf/0/8F2A!OpenDocument#top",
            ],
            "http://x/db.nsf/0/8F2A?OpenDocument",
        ),
        (  # a Domino document is its UNID under whichever view it is opened: '0' is Domino's view-free form
            [
                "http://x/db.nsf/B941C19FA477C81848259F9500342F79/A969B3B9BBB4A69F4825AD5F002BF245?OpenDocument",
                "http://x/db.nsf/vwIn/A969B3B9BBB4A69F4825AD5F002BF245!OpenDocument",
            ],
            "http://x/db.nsf/0/A969B3B9BBB4A69F4825AD5F002BF245?OpenDocument",
        ),
        (  # the command stays first, the arguments are sorted
            ["http://x/db.nsf/vwTin?OpenView&Start=31&Count=30", "http://x/db.nsf/vwTin!OpenView&Count=30&Start=31"],
            "http://x/db.nsf/vwTin?OpenView&Count=30&Start=31",
        ),
        (["http://x/tin.aspx?chitiet&id=5"], "http://x/tin.aspx?chitiet&id=5"),
        (  # Microsoft CMS 2002's routing state on a posting's friendly URL
            [
                "http://x/BinhDangGioi/Tin+tuc/2016/Bai.htm?NRMODE=Published&NRNODEGUID=%7B25E4%7D"
                "&NRORIGINALURL=/BinhDangGioi/Tin%20tuc/2016/Bai.htm&NRCACHEHINT=Guest",
                "http://x/BinhDangGioi/Tin+tuc/2016/Bai.htm",
            ],
            "http://x/BinhDangGioi/Tin+tuc/2016/Bai.htm",
        ),
        (["http://x/tin.aspx?id=5&page="], "http://x/tin.aspx?id=5&page="),
        (["http://x/Trang!chu.html"], "http://x/Trang!chu.html"),  # a '!' outside a Domino database is the path's
    ],
)
def test_a_query_name_without_a_value_is_kept_bare(spellings, canonical):
    """'?OpenDocument' is not '?OpenDocument=': a server may answer them apart (Domino takes the first name of the
    query as its command), so a name written without '=' is kept without one, before the sorted pairs."""
    assert {canonicalize(url) for url in spellings} == {canonical}
    assert canonicalize(canonical) == canonical


def test_the_former_spelling_of_a_bare_query_name_is_known():
    """Archives written before names were kept bare hold '?OpenDocument=' (and the pairs all sorted)."""
    assert former_spelling("http://x/db.nsf/vwTin?OpenView&Count=30") == "http://x/db.nsf/vwTin?Count=30&OpenView="
    assert former_spelling("http://x/tin.aspx?id=5&page=") is None
