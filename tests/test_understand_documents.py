from pathlib import Path

import pytest

from govnews.crawler.understand.documents import find_documents

SEEDS = Path(__file__).parent / "fixtures" / "understand"


def _by_number(text):
    return {document["number"]: document for document in find_documents(text)}


@pytest.mark.parametrize(
    ("text", "kind", "number", "type_code", "issuer", "date"),
    [
        ("Kế hoạch số 54/KH-UBND ngày 24/3/2023", "Kế hoạch", "54/KH-UBND", "KH", "UBND", "2023-03-24"),
        ("Quyết định số 2351/QĐ-TTg ngày 24/12/2010", "Quyết định", "2351/QĐ-TTg", "QĐ", "TTg", "2010-12-24"),
        ("Công văn số 458/LĐTBXH-BĐG ngày 12/02/2020", "Công văn", "458/LĐTBXH-BĐG", None, "LĐTBXH-BĐG", "2020-02-12"),
        ("Nghị quyết số 11- NQ/TW ngày 27/4/2007", "Nghị quyết", "11-NQ/TW", "NQ", "TW", "2007-04-27"),
        ("Luật số 73/2006/QH11", "Luật", "73/2006/QH11", None, "QH11", None),
        ("theo 13/2022/QH15", "Luật", "13/2022/QH15", None, "QH15", None),  # a law by its numbering alone
        (
            "Công văn 739/BNV-CTTN&BĐG ngày 28/3/2025",
            "Công văn",
            "739/BNV-CTTN&BĐG",
            None,
            "BNV-CTTN&BĐG",
            "2025-03-28",
        ),
        ("Kế hoạch số 17/KHPH.VHTT-LĐTBXH", "Kế hoạch", "17/KHPH.VHTT-LĐTBXH", "KHPH", "VHTT-LĐTBXH", None),
        ("Nghị định 70/2008/NĐ-CP ngày 04/6/2008", "Nghị định", "70/2008/NĐ-CP", "NĐ", "CP", "2008-06-04"),
        ("Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021", "Nghị quyết", "28/NQ-CP", "NQ", "CP", "2021-03-03"),
        ("Quyết định 2873/QĐ-UBND ngày 08 tháng 07 năm 2021", "Quyết định", "2873/QĐ-UBND", "QĐ", "UBND", "2021-07-08"),
        ("Nghị quyết 1685/NQ-UBTVQH15", "Nghị quyết", "1685/NQ-UBTVQH15", "NQ", "UBTVQH15", None),
        ("Nghị quyết 60-NQ/TW, ngày 12/4/2025", "Nghị quyết", "60-NQ/TW", "NQ", "TW", "2025-04-12"),
        ("Kế hoạch số 56/KH-BTV", "Kế hoạch", "56/KH-BTV", "KH", "BTV", None),
        ("bản sao 822 / QĐ - BYT", "Quyết định", "822/QĐ-BYT", "QĐ", "BYT", None),  # kind from the type code
        ("Thông tư 01/2019/TT-BLĐTBXH", "Thông tư", "01/2019/TT-BLĐTBXH", "TT", "BLĐTBXH", None),
        ("Kế hoạch số 22/KH-BVSTBPN ngày 31/02/2023", "Kế hoạch", "22/KH-BVSTBPN", "KH", "BVSTBPN", None),
    ],
)
def test_one_reference(text, kind, number, type_code, issuer, date):
    (document,) = find_documents(text)
    assert (document["kind"], document["number"], document["type_code"], document["issuer"], document["date"]) == (
        kind,
        number,
        type_code,
        issuer,
        date,
    )
    assert document["raw"] in text.replace("  ", " ")


@pytest.mark.parametrize(
    "text",
    [
        "1/ Công tác tuyên truyền",
        "3/ KINH PHÍ THỰC HIỆN",
        "từ ngày 15/11 đến ngày 15/12/2020",
        "giai đoạn 2021-2030",
        "9/10 xã đạt chuẩn",
        "Tel: (84 236) 3944 049, Fax: (84 236) 3944 053",
        "thực hiện có 2 hiệu quả các hoạt động",
        "điện thoại 0236/3944049",
        "ngày 20/10/2020 và 8/3",
        "tỷ lệ 50/50, COVID-19",
    ],
)
def test_negatives(text):
    assert find_documents(text) == []


def test_codeless_number_without_a_word_is_an_official_letter():
    (document,) = find_documents("theo 458/LĐTBXH-BĐG của Bộ")
    assert document["kind"] == "Công văn"


@pytest.mark.parametrize(
    "text",
    [
        "Luật số 13/2022/QH15 có hiệu lực từ ngày 01/7/2023",
        "Luật số 13/2022/QH15 có hiệu lực thi hành từ ngày 01/7/2023",
        "Kế hoạch số 54/KH-UBND, báo cáo trước ngày 15/5/2020",
        "Kế hoạch số 54/KH-UBND thực hiện đến ngày 31/12/2023",
    ],
)
def test_a_later_date_is_not_the_document_date(text):
    (document,) = find_documents(text)
    assert document["date"] is None


def test_date_belongs_to_its_own_number_only():
    documents = _by_number("Nghị quyết số 11-NQ/TW và Nghị quyết số 57/NQ-CP ngày 01/12/2009 của Chính phủ")
    assert documents["11-NQ/TW"]["date"] is None
    assert documents["57/NQ-CP"]["date"] == "2009-12-01"


def test_seed_003_references_deduplicated_with_dates():
    text = (SEEDS / "seed_003.txt").read_text(encoding="utf-8")
    documents = find_documents(text)
    numbers = [document["number"] for document in documents]
    assert len(numbers) == len(set(numbers))
    by_number = {document["number"]: document for document in documents}
    assert by_number["1889/KH-UBND"]["kind"] == "Kế hoạch"
    assert by_number["458/LĐTBXH-BĐG"]["date"] == "2020-02-12"
    assert by_number["2382/QĐ-UBND"]["date"] == "2016-08-15"
    assert by_number["3204/QĐ-UBND"]["date"] == "2018-11-26"
    assert by_number["11-NQ/TW"]["date"] == "2007-04-27"
    assert by_number["2351/QĐ-TTg"]["issuer"] == "TTg"
    assert {"57/NQ-CP", "21/CT-TW", "15-CT/TU", "1696/QĐ-TTg", "1464/QĐ-TTg", "22/QĐ-UBQG"} <= set(numbers)
    assert numbers[0] == "1889/KH-UBND"  # first mention first


def test_seed_000_references():
    documents = _by_number((SEEDS / "seed_000.txt").read_text(encoding="utf-8"))
    assert set(documents) == {"488/UBND-KGVX", "1221/QĐ-UBND"}
    assert documents["488/UBND-KGVX"]["kind"] == "Văn bản"  # the kind as written
    assert documents["488/UBND-KGVX"]["type_code"] is None
    assert documents["1221/QĐ-UBND"]["date"] == "2017-12-10"


def test_seeds_001_002():
    assert list(_by_number((SEEDS / "seed_001.txt").read_text(encoding="utf-8"))) == ["54/KH-UBND"]
    assert list(_by_number((SEEDS / "seed_002.txt").read_text(encoding="utf-8"))) == ["36/KH-UBND"]


def test_decomposed_unicode_and_empty():
    import unicodedata

    (document,) = find_documents(unicodedata.normalize("NFD", "Quyết định số 1221/QĐ-UBND ngày 10/12/2017"))
    assert document["number"] == "1221/QĐ-UBND"
    assert find_documents("") == []
