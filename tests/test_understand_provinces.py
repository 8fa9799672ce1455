import unicodedata
from pathlib import Path

import pytest

from govnews.crawler.understand import provinces

SEEDS = Path(__file__).parent / "fixtures" / "understand"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Điện Biên", "Điện Biên"),
        ("dien bien", "Điện Biên"),
        ("ĐIỆN BIÊN", "Điện Biên"),
        ("Tỉnh Điện Biên", "Điện Biên"),
        ("TP.HCM", "Hồ Chí Minh"),
        ("TP. HCM", "Hồ Chí Minh"),
        ("Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("Huế", "Thừa Thiên Huế"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
        ("TT-Huế", "Thừa Thiên Huế"),
        ("Đăk Lăk", "Đắk Lắk"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("daklak", "Đắk Lắk"),
        ("BR-VT", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("Bắc Cạn", "Bắc Kạn"),
        ("Kontum", "Kon Tum"),
        ("TP Cần Thơ", "Cần Thơ"),
        ("thành phố Đà Nẵng", "Đà Nẵng"),
        ("Hà Nam", "Hà Nam"),
        ("Hà Nội", "Hà Nội"),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_canonical(name, expected):
    assert provinces.canonical(name) == expected


def test_canonical_accepts_decomposed_unicode():
    assert provinces.canonical(unicodedata.normalize("NFD", "Đắk Lắk")) == "Đắk Lắk"
    assert provinces.canonical(unicodedata.normalize("NFD", "Thừa Thiên Huế")) == "Thừa Thiên Huế"


def test_all_names_are_the_63_and_canonical_to_themselves():
    names = provinces.all_names()
    assert len(names) == 63 == len(set(names))
    assert all(provinces.canonical(name) == name for name in names)
    assert len(provinces.names_2025()) == 34


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Hà Giang", "Tuyên Quang"),
        ("Yên Bái", "Lào Cai"),
        ("Hòa Bình", "Phú Thọ"),
        ("Nam Định", "Ninh Bình"),
        ("Thừa Thiên Huế", "Huế"),
        ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Hậu Giang", "Cần Thơ"),
        ("Điện Biên", "Điện Biên"),
        ("BR-VT", "Hồ Chí Minh"),
        ("nowhere", None),
    ],
)
def test_unit_2025(old, new):
    assert provinces.unit_2025(old) == new


def test_every_province_maps_to_one_of_the_34():
    units = set(provinces.names_2025())
    assert {provinces.unit_2025(name) for name in provinces.all_names()} == units


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("dienbien.gov.vn", "Điện Biên"),
        ("www.dienbien.gov.vn", "Điện Biên"),
        ("sldtbxh.haugiang.gov.vn", "Hậu Giang"),
        ("soldtbxh.hungyen.gov.vn:443", "Hưng Yên"),
        ("baria-vungtau.gov.vn", "Bà Rịa - Vũng Tàu"),
        ("hue.gov.vn", "Thừa Thiên Huế"),
        ("chinhphu.vn", None),
        ("notdienbien.gov.vn", None),
    ],
)
def test_from_domain(host, expected):
    assert provinces.from_domain(host) == expected


def test_centroids():
    lat, lon = provinces.centroid("Điện Biên")
    assert 20 < lat < 23 and 102 < lon < 104
    assert provinces.centroid("Cà Mau")[0] < 10
    assert all(provinces.centroid(name) for name in provinces.all_names() + provinces.names_2025())
    assert provinces.centroid("Atlantis") is None


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Điện Biên: Triển khai công tác bình đẳng giới năm 2018", "", "Điện Biên"),
        ("Đắk Lắk: Ban hành kế hoạch triển khai công tác bình đẳng giới năm 2020.", "", "Đắk Lắk"),
        ("Tỉnh Điện Biên tổ chức hội nghị", "", "Điện Biên"),
        ("TP.HCM: Phụ nữ khởi nghiệp", "", "Hồ Chí Minh"),
        ("Huế: Tháng hành động vì bình đẳng giới", "", "Thừa Thiên Huế"),
        # body: dominant, capitalised, word-bounded mentions only
        ("Hội nghị tập huấn", "Tỉnh Hà Nam tổ chức... Hà Nam đạt... Đoàn Hà Nội dự.", "Hà Nam"),
        ("Hội nghị tập huấn", "vì hòa bình và phát triển, hòa bình, xây dựng hòa bình", None),
        ("Hội nghị tập huấn", "Hòa Bình tổ chức. Tỉnh Hòa Bình đạt kết quả.", "Hòa Bình"),
        ("Hội nghị tập huấn", "Nam Định và Nam Định, cùng Hà Nam và Hà Nam", None),
        ("Hội nghị", "Chỉ một lần ở Cần Thơ.", None),
        ("Hội nghị", "thế giới và huế và hue", None),
        ("Hội nghị", "Thừa Thiên Huế ... Huế ... Huế", "Thừa Thiên Huế"),
        ("Hội nghị", "Làm theo tư tưởng Hồ Chí Minh, tấm gương Hồ Chí Minh, Hồ Chí Minh", None),
        ("Hội nghị", "TP.HCM và TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("Hội nghị", "Kiên Giang, Kiên Giang, Kiên Giang", "Kiên Giang"),  # not An Giang
        ("Hội nghị ở Quảng Nam", "Quảng Nam", "Quảng Nam"),
    ],
)
def test_detect(title, text, expected):
    assert provinces.detect(title, text) == expected


def test_detect_on_seed_003():
    text = (SEEDS / "seed_003.txt").read_text(encoding="utf-8")
    assert provinces.detect("Ban hành kế hoạch triển khai công tác bình đẳng giới năm 2020", text) == "Đắk Lắk"
