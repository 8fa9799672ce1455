"""The article language: Vietnamese by its letters, others by langdetect over language.yml's profiles."""

import pytest
import yaml

from govnews.crawler.understand.language import DATA_FILE, detect_language


@pytest.mark.parametrize(
    "text, language",
    [
        ("Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị tổng kết công tác bình đẳng giới năm 2024.", "vi"),
        (
            "Hoi Lien hiep Phu nu tinh Dien Bien to chuc hoi nghi tong ket cong tac binh dang gioi nam 2024 "
            "tai thanh pho Dien Bien Phu voi su tham du cua dai bieu cac so nganh.",
            "vi",
        ),  # unaccented: by langdetect
        (
            "The Provincial Women's Union held a conference on gender equality and the prevention of domestic "
            "violence.",
            "en",
        ),
        (
            "Le comité populaire de la province a organisé une conférence sur l'égalité entre les femmes et les "
            "hommes.",
            "fr",
        ),
        (
            "越南老街省妇女联合会举办性别平等会议，讨论妇女发展问题和家庭暴力预防工作，各级妇女代表参加了会议。"
            "会议还总结了二零二四年的工作。",
            "zh-cn",
        ),
        ("Gia Lai", None),  # too short to tell
        ("2024 - 2025 / 12.345.678 - 90", None),  # no letters
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_every_listed_profile_is_one_langdetect_ships():
    profiles = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))["profiles"]
    assert "vi" in profiles and "en" in profiles
    detect_language("Một văn bản đủ dài để nạp các hồ sơ ngôn ngữ của langdetect, không phải chỉ vài chữ.")  # loads
