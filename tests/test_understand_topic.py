import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govnews.crawler.understand.topic import DEFAULT_LEXICON, Classifier, TopicModel, TopicScore, classifier_path
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


PASSING = (
    "Sáng 20/12, UBND huyện tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Năm qua, tổng "
    "thu ngân sách trên địa bàn đạt 312 tỷ đồng, vượt 8% dự toán; giá trị sản xuất nông nghiệp tăng 4,2%; toàn huyện "
    "xây dựng mới 46 km đường giao thông nông thôn. Công tác cải cách hành chính, chuyển đổi số được đẩy mạnh; các "
    "chính sách an sinh xã hội, giảm nghèo, giáo dục, y tế và công tác bình đẳng giới được quan tâm thực hiện."
)
SUBSTANTIVE = (
    "Sáng 20/12, UBND huyện tổ chức hội nghị tổng kết công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2024. "
    "Năm qua, tỷ lệ nữ tham gia cấp ủy đạt 24%, 100% xã có mô hình phòng, chống bạo lực gia đình hoạt động hiệu quả; "
    "các địa chỉ tin cậy ở cộng đồng đã tiếp nhận, hỗ trợ 17 phụ nữ bị bạo lực."
)


def test_one_passing_mention_in_a_report_on_other_things_is_not_on_topic(model):
    assert not model.score("Tổng kết công tác năm 2024", PASSING).on_topic
    assert model.score("Tổng kết công tác bình đẳng giới năm 2024", SUBSTANTIVE).on_topic


def test_matching_is_diacritic_case_and_punctuation_blind(model):
    assert model.score("", "PHONG CHONG BAO LUC GIA DINH").terms == ["phòng, chống bạo lực gia đình"]
    assert model.score("", "Phòng chống bạo lực gia đình").terms == ["phòng, chống bạo lực gia đình"]


def test_english_terms(model):
    result = model.score("Gender equality week", "The Women's Union held events on gender-based violence.")
    assert result.on_topic
    assert {"gender equality", "gender-based violence", "Women's Union"} <= set(result.terms)
    # The lexicon's rule: a weak context term alone decides nothing (English is decided with the classifier now;
    # docs/topic.md says what that rule lets through).
    lexicon = TopicModel.load(classifier=False)
    assert not lexicon.score("Women's Union meeting", "The Women's Union met to discuss the budget.").on_topic


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


# Document numbers are reused: 11-NQ/TW is the Politburo's 2007 resolution on women's work *and* its 2012
# resolution on developing the capital. A document reference counts only with its subject or its year.
CAPITAL = (
    "Hà Nội sơ kết 10 năm thực hiện Nghị quyết 11-NQ/TW của Bộ Chính trị",
    "Sáng 15/3/2022, Thành ủy Hà Nội tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 11-NQ/TW ngày "
    "06/01/2012 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội giai đoạn 2011-2020.\n\n"
    "Sau 10 năm, quy mô kinh tế của Thủ đô tăng gấp 2,2 lần; hạ tầng giao thông, đô thị được đầu tư đồng bộ với "
    "các tuyến đường vành đai, cầu qua sông Hồng và đường sắt đô thị. Các tầng lớp nhân dân, thanh niên, phụ nữ, "
    "cựu chiến binh đã tích cực hưởng ứng các phong trào thi đua xây dựng Thủ đô văn minh, hiện đại.\n\n"
    "Hội nghị đề ra các nhiệm vụ trọng tâm về quy hoạch, thu hút đầu tư, cải cách hành chính và chuyển đổi số.",
)
WOMENS_WORK_BY_DATE = (
    "Yên Bái sơ kết 15 năm thực hiện Nghị quyết 11-NQ/TW",
    "Ngày 20/4/2022, Tỉnh ủy Yên Bái tổ chức hội nghị sơ kết 15 năm thực hiện Nghị quyết số 11-NQ/TW ngày "
    "27/4/2007 của Bộ Chính trị. Sau 15 năm, nhận thức của các cấp ủy về vai trò của phụ nữ được nâng lên; nhiều "
    "chị em được bồi dưỡng, quy hoạch và bổ nhiệm vào các vị trí chủ chốt của sở, ngành và địa phương.",
)
WOMENS_WORK_BY_SUBJECT = (
    "Quán triệt Nghị quyết 11-NQ/TW về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa",
    "Tỉnh ủy Lạng Sơn tổ chức quán triệt Nghị quyết 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy "
    "mạnh công nghiệp hóa, hiện đại hóa đất nước. Hội nghị yêu cầu các cấp ủy xây dựng quy hoạch cán bộ nữ, bảo "
    "đảm tỷ lệ nữ trong cấp ủy, Hội đồng nhân dân; thực hiện tốt công tác bình đẳng giới, phòng, chống bạo lực gia "
    "đình và hỗ trợ phụ nữ phát triển kinh tế.",
)


def test_a_document_number_alone_is_not_the_topic(model):
    result = model.score(*CAPITAL)
    assert "11-NQ/TW" not in result.terms
    assert result.score < model.threshold and not result.on_topic
    # the lexicon alone says the same
    assert not TopicModel.load(classifier=False).score(*CAPITAL).on_topic


def test_a_document_number_counts_with_its_year(model):
    result = model.score(*WOMENS_WORK_BY_DATE)
    assert "11-NQ/TW" in result.terms
    without_date = model.score(WOMENS_WORK_BY_DATE[0], WOMENS_WORK_BY_DATE[1].replace(" ngày 27/4/2007", ""))
    assert "11-NQ/TW" not in without_date.terms
    assert result.score == without_date.score + 2.0 * 3  # weight 2, in the title and once in the body
    for dated in ("ngày 27 tháng 4 năm 2007", "ngày 27-4-2007", "(năm 2007)"):
        text = WOMENS_WORK_BY_DATE[1].replace("ngày 27/4/2007", dated)
        assert "11-NQ/TW" in model.score(WOMENS_WORK_BY_DATE[0], text).terms, dated


def test_a_document_number_counts_with_its_subject(model):
    result = model.score(*WOMENS_WORK_BY_SUBJECT)
    assert "11-NQ/TW" in result.terms and "công tác phụ nữ" in result.terms
    assert result.on_topic


def test_documents_in_the_lexicon_carry_their_year():
    with open(DEFAULT_LEXICON, encoding="utf-8", newline="") as handle:
        documents = [row for row in csv.DictReader(handle) if row["category"] == "document"]
    assert {row["term"] for row in documents} >= {"11-NQ/TW", "28/NQ-CP"}
    assert all(1990 <= int(row["year"]) <= 2030 for row in documents)


# The decision: for Vietnamese text, lexicon score >= threshold and the trained classifier's agreement.
STARTUP = (
    "Sơ kết 5 năm thực hiện Đề án Hỗ trợ phụ nữ khởi nghiệp",
    "Ngày 12/6/2023, UBND tỉnh Phú Thọ tổ chức sơ kết 5 năm thực hiện Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn "
    "2017-2025”. Hội LHPN các cấp đã hỗ trợ 1.250 phụ nữ khởi nghiệp, thành lập 36 hợp tác xã do phụ nữ làm chủ, "
    "kết nối vốn vay ưu đãi và tập huấn kỹ năng quản trị, tiếp thị sản phẩm cho chị em.",
)
TRAFFICKING = (
    "Tiếp nhận, hỗ trợ phụ nữ và trẻ em là nạn nhân bị mua bán trở về",
    "Sở Lao động - Thương binh và Xã hội phối hợp với Bộ đội Biên phòng tỉnh tiếp nhận 5 phụ nữ và 2 trẻ em là nạn "
    "nhân bị mua bán trở về từ Trung Quốc. Các nạn nhân được tư vấn tâm lý, khám sức khỏe, hỗ trợ tiền ăn, đi lại "
    "và được Hội LHPN xã nơi cư trú giúp đỡ học nghề, vay vốn để tái hòa nhập cộng đồng.",
)


def test_the_bundled_lexicon_decides_with_its_classifier(model):
    assert model.classifier is not None and len(model.classifier.weights) <= 8000
    assert TopicModel.load(classifier=False).classifier is None
    for article in (STARTUP, TRAFFICKING):
        result = model.score(*article)
        assert result.on_topic, (article[0], result)
        assert result.probability is not None and result.probability >= model.classifier.line


# A council session written for this test: fourteen resolutions, one of them on gender equality and domestic
# violence, named in the third of five paragraphs. Lexicon and classifier alone would keep it.
COUNCIL_SESSION = (
    "Kỳ họp thứ 12 HĐND huyện Mường Khương khóa XXI thông qua 14 nghị quyết",
    "\n\n".join(
        (
            "Sáng 18/12/2024, HĐND huyện Mường Khương khóa XXI, nhiệm kỳ 2021-2026 bế mạc kỳ họp thứ 12 sau hai ngày "
            "làm việc khẩn trương. Dự kỳ họp có đồng chí Bí thư Huyện ủy, Chủ tịch UBND huyện, các đại biểu HĐND "
            "huyện và lãnh đạo các phòng, ban, ngành, đoàn thể.",
            "Tại kỳ họp, các đại biểu đã nghe và thảo luận báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - "
            "xã hội năm 2024, phương hướng năm 2025; báo cáo thu, chi ngân sách; kế hoạch đầu tư công trung hạn; công"
            " tác phòng, chống tham nhũng và giải quyết khiếu nại, tố cáo của công dân. Năm 2024, tổng giá trị sản "
            "xuất ước đạt 4.120 tỷ đồng, thu ngân sách trên địa bàn đạt 112% dự toán.",
            "Kỳ họp đã biểu quyết thông qua 14 nghị quyết, gồm: nghị quyết về nhiệm vụ phát triển kinh tế - xã hội "
            "năm 2025; dự toán ngân sách năm 2025; kế hoạch đầu tư công năm 2025; chương trình giám sát năm 2025; "
            "nghị quyết về công tác bình đẳng giới và vì sự tiến bộ của phụ nữ, phòng, chống bạo lực gia đình giai "
            "đoạn 2025-2030; nghị quyết về hỗ trợ phát triển chè hữu cơ; nghị quyết về đặt tên đường tại thị trấn và "
            "một số nghị quyết về công tác cán bộ.",
            "Phát biểu bế mạc, Chủ tịch HĐND huyện đề nghị UBND huyện, các ngành và UBND các xã, thị trấn khẩn trương"
            " triển khai các nghị quyết vừa được thông qua, tập trung thu ngân sách, giải ngân vốn đầu tư công, chuẩn"
            " bị tốt các điều kiện phục vụ Nhân dân đón Tết Nguyên đán Ất Tỵ 2025 vui tươi, an toàn, tiết kiệm.",
            "Dịp này, HĐND huyện đã bầu bổ sung 01 Phó Chủ tịch UBND huyện và miễn nhiệm 01 Ủy viên UBND huyện theo "
            "quy định.",
        )
    ),
)

TRAINING_ON_VIOLENCE = (
    "Mường Khương tập huấn kỹ năng cho tổ hòa giải",
    "Ngày 5/6/2024, Phòng Văn hóa - Thông tin huyện Mường Khương tổ chức tập huấn kỹ năng phòng, chống bạo lực gia "
    "đình và bình đẳng giới cho 80 thành viên tổ hòa giải ở các thôn.\n\n"
    "Các học viên được hướng dẫn cách nhận diện hành vi bạo lực, hỗ trợ nạn nhân, kết nối với địa chỉ tin cậy ở cộng "
    "đồng và đường dây nóng của huyện.\n\nNăm 2023, toàn huyện ghi nhận 12 vụ việc, đều được can thiệp kịp thời.",
)


def test_topic_words_in_one_paragraph_of_a_report_on_other_things_are_in_passing(model):
    """docs/topic.md, the focus rule: the topic's words must sit in the title, the lead or half the paragraphs,
    unless the classifier is sure; the same words in the lead make an article on the topic. Since session 12 the
    bundled classifier refuses the council session by itself (0.43; 0.37 since notices2 trained), so the rule is
    tested at a lower line (0.35)."""
    assert not model.score(*COUNCIL_SESSION).on_topic
    c = model.classifier
    lenient = TopicModel(
        model.terms, model.threshold, Classifier(c.weights, c.bias, c.ngrams, 0.35, c.focus, c.foreign)
    )
    passing = lenient.score(*COUNCIL_SESSION)
    assert passing.score >= model.threshold and passing.probability >= 0.35
    assert not passing.on_topic and passing.in_passing, passing
    assert model.score(*TRAINING_ON_VIOLENCE).on_topic  # not in the title: in the lead
    sure = model.classifier.focus.line
    assert model.classifier.focus.share == 0.5 and 0.35 < sure < 1.0
    title, text = COUNCIL_SESSION
    moved = text.split("\n\n")
    moved.insert(0, moved.pop(2))  # the same paragraph as the lead: the article's subject
    assert lenient.score(title, "\n\n".join(moved)).on_topic


def test_a_classifier_file_without_focus_decides_as_before(tmp_path):
    """A model file written before the focus rule (no 'focus' key) keeps the earlier decision."""
    lexicon = tmp_path / "my_gender.csv"
    lexicon.write_bytes(DEFAULT_LEXICON.read_bytes())
    data = json.loads(classifier_path(DEFAULT_LEXICON).read_text(encoding="utf-8"))
    del data["focus"]
    data["line"] = 0.35  # the bundled classifier gives the council session 0.43 (session 12), 0.37 (notices2)
    classifier_path(lexicon).write_text(json.dumps(data), encoding="utf-8")
    older = TopicModel.load(lexicon)
    assert older.classifier is not None and older.classifier.focus is None
    assert older.score(*COUNCIL_SESSION).on_topic


def test_english_has_weights_of_its_own_and_a_file_without_them_still_loads(model, tmp_path):
    """Session 12 (docs/topic.md): text not in Vietnamese is scored by weights trained on it alone (the model file's
    'foreign' holds them), Vietnamese by its own; a model file written before (no weights under 'foreign') loads and
    scores every language with its one set of weights, as it did."""
    own = model.classifier.foreign.model
    assert own is not None and own.weights.keys().isdisjoint({"phu nu", "binh dang gioi"})
    english = ("Gender equality week", "The Women's Union held events on gender-based violence.")
    assert model.classifier.probability(*english) == own.probability(*english)
    assert model.score(*english).probability == round(own.probability(*english), 6)
    assert model.classifier.scorer(True) is model.classifier and own.weights.keys() != model.classifier.weights.keys()
    lexicon = tmp_path / "my_gender.csv"
    lexicon.write_bytes(DEFAULT_LEXICON.read_bytes())
    data = json.loads(classifier_path(DEFAULT_LEXICON).read_text(encoding="utf-8"))
    del data["foreign"]["weights"], data["foreign"]["bias"], data["format"]
    classifier_path(lexicon).write_text(json.dumps(data), encoding="utf-8")
    older = TopicModel.load(lexicon).classifier
    assert older is not None and older.foreign is not None and older.foreign.model is None
    assert older.scorer(False) is older and older.probability(*english) != own.probability(*english)


def test_english_text_is_decided_by_the_classifier_without_the_lexicon_floor(model):
    """docs/topic.md, text not in Vietnamese: the classifier's line (the focus rule only below a sure line above it;
    since session 11 none), no lexicon floor (the English lexicon is too thin for one): a trafficking story in words
    the lexicon lacks is on topic, an investment story is not, and a lexicon without a classifier keeps the
    lexicon's rule."""
    foreign = model.classifier.foreign
    assert foreign is not None and foreign.line <= foreign.sure < model.classifier.focus.line
    kept = model.score("Gender equality week", "The Women's Union held events on gender-based violence.")
    assert kept.probability is not None and kept.on_topic
    returned = model.score(
        "Lao Cai receives three citizens returned from China",
        "On June 3, the Lao Cai border guard handed three women who had been trafficked and sold as brides in China "
        "over to the provincial Social Work Centre.\n\nThe centre gives victims of trafficking shelter, health "
        "checks, counselling and vocational training, and helps them back to their communities.",
    )
    assert returned.score < model.threshold and returned.on_topic, returned
    investment = model.score("Binh Duong attracts 2 billion USD of FDI", "The province attracted 2 billion USD.")
    assert not investment.on_topic
    alone = TopicModel.load(classifier=False).score("Gender equality week", "The Women's Union held events.")
    assert alone.probability is None


def test_a_lexicon_of_your_own_uses_a_classifier_only_beside_it(tmp_path):
    lexicon = tmp_path / "my_gender.csv"
    lexicon.write_bytes(DEFAULT_LEXICON.read_bytes())
    assert TopicModel.load(lexicon).classifier is None
    classifier_path(lexicon).write_bytes(classifier_path(DEFAULT_LEXICON).read_bytes())
    assert TopicModel.load(lexicon).classifier is not None


def test_the_decision_does_not_depend_on_the_process(tmp_path):
    """reextract must reproduce the crawl: no clock, no randomness, no set-order float sums (PYTHONHASHSEED)."""
    script = (
        "import json, sys\n"
        "from govnews.crawler.understand.topic import TopicModel\n"
        "m = TopicModel.load()\n"
        "print(json.dumps([m.score(t, x).__dict__ for t, x in json.loads(sys.stdin.read())]))\n"
    )
    articles = json.dumps([STARTUP, TRAFFICKING, CAPITAL, ROAD_SAFETY, WOMENS_WORK_BY_DATE])
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            input=articles,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
