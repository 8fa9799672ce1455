import csv
from pathlib import Path

import pytest

from govnews.crawler.understand.topic import DEFAULT_LEXICON, TopicModel, TopicScore
from govnews.text import fold

SEEDS = Path(__file__).parent / "fixtures" / "understand"


@pytest.fixture(scope="module")
def model():
    return TopicModel.load()


def _seed(name):
    lines = (SEEDS / f"seed_{name}.txt").read_text(encoding="utf-8").split("\n")
    return lines[0], "\n".join(lines[1:])


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_all_seeds_are_on_topic(model, name):
    title, text = _seed(name)
    result = model.score(title, text)
    assert isinstance(result, TopicScore)
    assert result.on_topic
    assert result.score >= 2 * model.threshold
    assert "bình đẳng giới" in result.terms or "Ban Vì sự tiến bộ phụ nữ" in result.terms
    assert len(result.terms) == len(set(result.terms))


def test_seed_text_alone_without_a_title_is_still_on_topic(model):
    _, text = _seed("004")
    assert model.score("", text).on_topic


ROAD_SAFETY = (
    "Hội LHPN tỉnh phối hợp tuyên truyền an toàn giao thông cho hội viên",
    "Sáng 12/5, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Ban An toàn giao thông tỉnh tổ chức tuyên truyền Luật "
    "Giao thông đường bộ cho hơn 200 hội viên phụ nữ. Các hội viên được hướng dẫn kỹ năng lái xe an toàn, đội mũ "
    "bảo hiểm đúng cách. Hội LHPN tỉnh cam kết tiếp tục phối hợp tuyên truyền an toàn giao thông đến các chi hội.",
)
TAX_NOTICE = (
    "Thông báo về việc quyết toán thuế thu nhập cá nhân năm 2023",
    "Cục Thuế tỉnh thông báo thời hạn nộp hồ sơ quyết toán thuế thu nhập cá nhân. Mọi người nộp thuế đều bình "
    "đẳng trước pháp luật về thuế. Hồ sơ nộp trực tuyến qua cổng dịch vụ công.",
)
JOB_FAIR = (
    "Ngày hội việc làm năm 2024 thu hút 30 doanh nghiệp",
    "Trung tâm Dịch vụ việc làm tỉnh tổ chức ngày hội việc làm với 30 doanh nghiệp tham gia, tuyển dụng 2.000 lao "
    "động phổ thông và kỹ thuật, trong đó ưu tiên lao động nữ ở một số vị trí may mặc, chế biến thủy sản.",
)
GIOI_WORDS = (
    "Giới thiệu sản phẩm OCOP ra thị trường thế giới",
    "Hội chợ giới thiệu sản phẩm của giới trẻ khởi nghiệp tại khu vực biên giới, qua các công ty môi giới; "
    "số lượng gian hàng có giới hạn. Bình đẳng giữa các dân tộc trong tiếp cận thị trường.",
)


@pytest.mark.parametrize(
    "article", [ROAD_SAFETY, TAX_NOTICE, JOB_FAIR, GIOI_WORDS], ids=["road", "tax", "jobs", "gioi"]
)
def test_hard_negatives_stay_out(model, article):
    result = model.score(*article)
    assert not result.on_topic
    assert result.score < model.threshold


def test_bare_gioi_and_binh_dang_never_match(model):
    result = model.score(*GIOI_WORDS)
    assert result.terms == []
    assert model.score("", "bình đẳng").terms == []


def test_title_counts_double_and_body_hits_are_capped(model):
    in_title = model.score("Tập huấn về bình đẳng giới", "")
    in_body = model.score("Tập huấn", "bình đẳng giới")
    assert in_title.score == 2 * in_body.score == 6.0
    repeated = model.score("Tập huấn", " ".join(["bình đẳng giới."] * 40))
    assert repeated.score == 3 * in_body.score


def test_one_passing_mention_is_below_threshold_two_are_not(model):
    assert not model.score("Tổng kết công tác năm", "... và công tác bình đẳng giới ...").on_topic
    assert model.score("Tổng kết công tác năm", "bình đẳng giới; phòng, chống bạo lực gia đình").on_topic


def test_matching_is_diacritic_case_and_punctuation_blind(model):
    assert model.score("", "PHONG CHONG BAO LUC GIA DINH").terms == ["phòng, chống bạo lực gia đình"]
    assert model.score("", "Phòng chống bạo lực gia đình").terms == ["phòng, chống bạo lực gia đình"]


def test_english_terms(model):
    result = model.score("Gender equality week", "The Women's Union held events on gender-based violence.")
    assert result.on_topic
    assert {"gender equality", "gender-based violence", "Women's Union"} <= set(result.terms)
    assert not model.score("Women's Union meeting", "The Women's Union met to discuss the budget.").on_topic


def test_threshold_is_a_parameter():
    strict = TopicModel.load(threshold=100)
    result = strict.score("Bình đẳng giới", "bình đẳng giới")
    assert result.score == 9.0 and not result.on_topic
    assert TopicModel.load().threshold == TopicModel.DEFAULT_THRESHOLD


def test_another_lexicon_is_another_topic(tmp_path):
    lexicon = tmp_path / "topic_climate.csv"
    with open(lexicon, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["term", "folded", "category", "weight"])
        writer.writerow(["biến đổi khí hậu", fold("biến đổi khí hậu"), "core", 3.0])
    model = TopicModel.load(lexicon)
    assert model.score("Ứng phó biến đổi khí hậu", "").on_topic
    assert not model.score("Bình đẳng giới", "bình đẳng giới").on_topic


def test_lexicon_file_is_consistent():
    with open(DEFAULT_LEXICON, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert all(row["folded"] == fold(row["term"]) for row in rows)
    folded = [fold(row["term"]) for row in rows]
    assert len(folded) == len(set(folded))
    assert "gioi" not in folded and "binh dang" not in folded
    assert any(float(row["weight"]) < 0 for row in rows)
