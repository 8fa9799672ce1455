"""Train the topic classifier beside the lexicon: ``python -m govnews.crawler.understand.train_topic``.

Reads the labelled set's ``TRAINING_SPLITS`` (topic_set/*.yml; the ``judge2`` split is never read here) and the
demo corpus portals in ``DEMO_PORTALS``, fits a logistic regression over folded word 1- to 3-grams (topic.Classifier)
by plain stochastic gradient descent with L2 (fixed order, fixed epochs, no randomness: the same data give the
same file), keeps the ``KEEP`` strongest n-grams and refits on them, and writes ``topic_gender.model.json``.
Before that it prints cross-validation figures on the tune split (5 folds, two fixed partitions) for the lexicon
alone, the classifier alone and the shipped combination (docs/topic.md). Pure Python, about two minutes.
"""

import argparse
import json
import math
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from govnews.crawler.understand.topic import (
    DEFAULT_LEXICON,
    Classifier,
    Focus,
    Foreign,
    TopicModel,
    classifier_path,
    vietnamese,
)

HERE = Path(__file__).parent
# The labelled splits the shipped classifier learns from. The decision (lexicon >= 3, classifier >= 0.35) was
# chosen on 'test' and measured on 'fresh'; both then joined the training, and 'judge' measured it. 'judge' and
# 'routine' (written for the hardest areas: the routine of bodies named after the topic, English pages) joined
# next, and 'judge2' (written after) is the untouched measure (docs/topic.md). 'passing' (topic words in passing:
# organisational lists, ceremonies, programmes naming women) trains with its odd ids; its even ids, 'passing_held',
# are measured only; so do 'passing2', 'english', 'notices' and, since session 12 (English weights of their own:
# SEPARATE), 'english2' and 'notices2' (chosen on cross-validated decisions, docs/topic.md).
TRAINING_SPLITS = (
    "tune",
    "test",
    "fresh",
    "judge",
    "routine",
    "passing",
    "passing2",
    "english",
    "notices",
    "english2",
    "notices2",
)
LABELLED_SET = HERE / "topic_set"
DEMO_CORPUS = HERE.parent / "demo" / "corpus"
# The demo portals trained on: the ones the lexicon was tuned on. Holdouts (querycms-quangbinh-sld, written to be
# measured before anyone tunes on it, and every portal added since) stay out, so the evaluation on them is fair.
DEMO_PORTALS = (
    "bdg-national",
    "camau-ngochien",
    "daklak-sld",
    "dienbien",
    "drupal-binhdinh-snv",
    "egov-tuyenquang",
    "haugiang-sld",
    "hungyen-hlhpn",
    "joomla-thaibinh-hlhpn",
    "laocai-snv",
    "quangnam-hlhpn",
    "quangtri-huyen",
    "sontra",
    "thuathienhue",
)
NGRAMS = 3  # word 1-, 2- and 3-grams
MIN_DOCS = 2  # an n-gram must occur in at least this many training articles
L2 = 3e-5
EPOCHS = 20
RATE = 1.0  # learning rate at the start; rate_t = RATE / (1 + RATE * L2 * t)
KEEP = 8000  # n-grams kept (largest |weight|), then refitted; 3,000 until session 12, 6,000 until notices2 trained
# Session 12: text not in Vietnamese (topic.vietnamese) gets a classifier of its own, fitted on the training articles
# not in Vietnamese alone (KEEP_FOREIGN n-grams), the Vietnamese one on the Vietnamese articles alone: adding English
# articles cannot move the Vietnamese weights (docs/topic.md). False: one classifier for both, as before.
SEPARATE = True
KEEP_FOREIGN = 5000  # 3,000 until notices2 trained (docs/topic.md)
# Probability line of the decision for Vietnamese (docs/topic.md: 0.35 chosen on the untouched test split, as the
# issue asked; 0.5 since session 10, chosen on cross-validated decisions over every training split once 'notices'
# joined them, measured on the held splits).
LINE = 0.5
# Where the topic's words must sit (topic.Focus; docs/topic.md: chosen on cross-validated decisions and on the
# 'passing2' split, measured on the held splits).
FOCUS = Focus(share=0.5, line=0.8)
# The decision for text not in Vietnamese (topic.Foreign; docs/topic.md: chosen on cross-validated decisions over
# the 'english' split, measured on 'english_held'; since session 11, over 'english' and 'english2', measured on both
# held halves: the classifier alone at Vietnamese's line, the focus rule no longer needed). Since notices2 trained
# (session 12, cross-validated over every training split): line 0.45, the focus rule between 0.45 and 0.5.
FOREIGN = Foreign(line=0.45, sure=0.5)
FOLDS = 5


@dataclass(frozen=True)
class Labelled:
    id: str
    title: str
    text: str
    on_topic: bool
    hard_negative: bool
    lang: str = "vi"
    theme: str = ""


def labelled_set(split: str, folder: Path = LABELLED_SET) -> list[Labelled]:
    """One split ('tune', 'test', 'fresh', 'judge', 'routine', 'passing', 'judge2', 'passing_held', ...,
    'notices2', 'notices2_held') of the labelled set, in file order."""
    articles = []
    for path in sorted(Path(folder).glob("*.yml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]:
            if raw["split"] == split:
                articles.append(
                    Labelled(
                        raw["id"],
                        raw["title"],
                        raw["text"],
                        bool(raw["on_topic"]),
                        bool(raw.get("hard_negative")),
                        raw.get("lang", "vi"),
                        raw.get("theme", ""),
                    )
                )
    return articles


def demo_articles(portals: Iterable[str] = DEMO_PORTALS, folder: Path = DEMO_CORPUS) -> list[Labelled]:
    """Demo corpus articles (title, lead and paragraphs as the gold body) of the given portals, in order."""
    articles = []
    for portal in portals:
        data = yaml.safe_load((Path(folder) / f"{portal}.yml").read_text(encoding="utf-8")) or {}
        for raw in data.get("articles") or []:
            body = "\n\n".join(p for p in (raw.get("lead") or "", *raw["paragraphs"]) if p)
            articles.append(
                Labelled(
                    raw["id"],
                    raw["title"],
                    body,
                    bool(raw["on_topic"]),
                    bool(raw.get("hard_negative")),
                    raw.get("lang", "vi"),
                    raw.get("category", ""),
                )
            )
    return articles


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def fit(docs: Sequence[set[str]], labels: Sequence[bool], vocabulary: Sequence[str]) -> tuple[dict[str, float], float]:
    """Logistic regression by SGD in the given order, L2 by rescaling the weight vector; weights rounded to 6
    places (what the JSON file holds). Each article's n-grams are worth 1/sqrt(its number of distinct n-grams)."""
    index = {gram: i for i, gram in enumerate(vocabulary)}
    rows = []
    for doc in docs:
        value = 1.0 / math.sqrt(max(len(doc), 1))
        rows.append(([index[g] for g in sorted(doc) if g in index], value))
    vector, scale, bias, step = [0.0] * len(vocabulary), 1.0, 0.0, 0
    for _ in range(EPOCHS):
        for (present, value), label in zip(rows, labels, strict=True):
            rate = RATE / (1.0 + RATE * L2 * step)
            step += 1
            error = _sigmoid(bias + scale * value * math.fsum(vector[i] for i in present)) - (1.0 if label else 0.0)
            scale *= 1.0 - rate * L2
            delta = -rate * error * value / scale
            for i in present:
                vector[i] += delta
            bias -= rate * error
            if scale < 1e-6:
                vector, scale = [w * scale for w in vector], 1.0
    weights = {gram: round(vector[i] * scale, 6) for gram, i in index.items()}
    return {gram: w for gram, w in weights.items() if w}, round(bias, 6)


def fit_kept(articles: Sequence[Labelled], keep: int) -> tuple[dict[str, float], float]:
    """Fit on all n-grams seen in MIN_DOCS articles, keep the ``keep`` strongest, refit on those."""
    docs = [Classifier.features(a.title, a.text, NGRAMS) for a in articles]
    labels = [a.on_topic for a in articles]
    seen = Counter(gram for doc in docs for gram in doc)
    vocabulary = sorted(gram for gram, count in seen.items() if count >= MIN_DOCS)
    weights, _ = fit(docs, labels, vocabulary)
    kept = sorted(sorted(weights, key=lambda g: (-abs(weights[g]), g))[:keep])
    return fit(docs, labels, kept)


def in_vietnamese(article: Labelled) -> bool:
    """The decision's routing (topic.vietnamese of the title and text), not the label's 'lang'."""
    return vietnamese(f"{article.title}\n{article.text}")


def train(articles: Sequence[Labelled]) -> Classifier:
    """The classifier of the decision: with SEPARATE, one fitted on the Vietnamese articles and one of its own for
    the others (`Foreign.model`); else one on all of them."""
    if not SEPARATE:
        weights, bias = fit_kept(articles, KEEP)
        return Classifier(weights, bias, NGRAMS, LINE, FOCUS, FOREIGN)
    weights, bias = fit_kept([a for a in articles if in_vietnamese(a)], KEEP)
    foreign_weights, foreign_bias = fit_kept([a for a in articles if not in_vietnamese(a)], KEEP_FOREIGN)
    own = Classifier(foreign_weights, foreign_bias, NGRAMS, FOREIGN.line)
    return Classifier(weights, bias, NGRAMS, LINE, FOCUS, Foreign(FOREIGN.line, FOREIGN.sure, own))


@dataclass
class Confusion:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    hard_negatives_in: int = 0  # hard negatives taken as on topic (counted in fp too)

    def add(self, article: Labelled, decided: bool) -> None:
        if decided and article.on_topic:
            self.tp += 1
        elif decided:
            self.fp += 1
            self.hard_negatives_in += article.hard_negative
        elif article.on_topic:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "hard_negatives_archived": self.hard_negatives_in,
        }

    def line(self) -> str:
        return (
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  TP {self.tp:3} FP {self.fp:3} "
            f"FN {self.fn:3} TN {self.tn:3}  hard negatives in {self.hard_negatives_in}"
        )


def decisions(lexicon: TopicModel, classifier: Classifier) -> dict[str, Callable[[Labelled], bool]]:
    """The three decisions compared: the lexicon alone, the classifier alone, and the shipped combination."""
    alone = TopicModel(lexicon.terms, lexicon.threshold)
    combined = TopicModel(lexicon.terms, lexicon.threshold, classifier)
    return {
        "lexicon": lambda a: alone.score(a.title, a.text).on_topic,
        "classifier": lambda a: classifier.probability(a.title, a.text) >= classifier.line,
        "combined": lambda a: combined.score(a.title, a.text).on_topic,
    }


def cross_validate(
    tune: Sequence[Labelled], extra: Sequence[Labelled], lexicon: TopicModel, log: Callable[[str], None] = print
) -> dict[str, Confusion]:
    """5-fold cross-validation on ``tune`` (the ``extra`` articles always train), repeated over two fixed
    partitions (position mod 5, CRC-32 of the id mod 5): 2 x len(tune) held-out decisions per variant."""
    partitions: tuple[Callable[[int, Labelled], int], ...] = (
        lambda i, a: i % FOLDS,
        lambda i, a: zlib.crc32(a.id.encode()) % FOLDS,
    )
    totals = {name: Confusion() for name in ("lexicon", "classifier", "combined")}
    for p, part in enumerate(partitions):
        for fold in range(FOLDS):
            held = [a for i, a in enumerate(tune) if part(i, a) == fold]
            classifier = train([a for i, a in enumerate(tune) if part(i, a) != fold] + list(extra))
            for name, decide in decisions(lexicon, classifier).items():
                for article in held:
                    totals[name].add(article, decide(article))
            log(f"  partition {p + 1} fold {fold + 1}/{FOLDS} done")
    return totals


def cross_validate_all(
    labelled: dict[str, list[Labelled]],
    extra: Sequence[Labelled],
    lexicon: TopicModel,
    log: Callable[[str], None] = print,
    evaluated: Iterable[str] = (),
) -> dict[str, Confusion]:
    """The shipped decision cross-validated over every training split (5 folds by CRC-32 of the id; the ``extra``
    articles always train): its confusion over all held-out decisions, by language ('vi', 'other') and by split.
    The splits of ``labelled`` named in ``evaluated`` are decided in their folds but never trained on: the same
    held-out decisions with and without training on a split (docs/topic.md, session 12's notices2)."""
    pool = [(split, article) for split, articles in labelled.items() for article in articles]
    never = set(evaluated)
    totals: dict[str, Confusion] = {"all": Confusion(), "vi": Confusion(), "other": Confusion()}
    for fold in range(FOLDS):
        held = [(s, a) for s, a in pool if zlib.crc32(a.id.encode()) % FOLDS == fold]
        trained = [a for s, a in pool if zlib.crc32(a.id.encode()) % FOLDS != fold and s not in never]
        classifier = train(trained + list(extra))
        combined = TopicModel(lexicon.terms, lexicon.threshold, classifier)
        for split, article in held:
            decided = combined.score(article.title, article.text).on_topic
            for key in ("all", "vi" if in_vietnamese(article) else "other", split):
                totals.setdefault(key, Confusion()).add(article, decided)
        log(f"  fold {fold + 1}/{FOLDS} done")
    return totals


def write(classifier: Classifier, path: Path, trained_on: dict[str, int]) -> None:
    data = {
        "about": "Topic classifier for the lexicon beside it (crawler/understand/topic.py, docs/topic.md). "
        "Written by python -m govnews.crawler.understand.train_topic; do not edit by hand.",
        **({"format": 2} if classifier.foreign is not None and classifier.foreign.model is not None else {}),
        "ngrams": classifier.ngrams,
        "line": classifier.line,
        "focus": None if classifier.focus is None else {"share": classifier.focus.share, "line": classifier.focus.line},
        "foreign": None if classifier.foreign is None else _foreign(classifier.foreign),
        "training": {
            "articles": trained_on,
            "min_docs": MIN_DOCS,
            "l2": L2,
            "epochs": EPOCHS,
            "rate": RATE,
            "keep": KEEP,
            **({"keep_foreign": KEEP_FOREIGN} if SEPARATE else {}),
            "demo_portals": list(DEMO_PORTALS),
        },
        "bias": classifier.bias,
        "weights": dict(sorted(classifier.weights.items())),
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")


def _foreign(foreign: Foreign) -> dict:
    """The foreign decision as the model file holds it, with its own bias and weights when it has them."""
    data: dict = {"line": foreign.line, "sure": foreign.sure}
    if foreign.model is not None:
        data["bias"] = foreign.model.bias
        data["weights"] = dict(sorted(foreign.model.weights.items()))
    return data


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m govnews.crawler.understand.train_topic",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", type=Path, default=classifier_path(DEFAULT_LEXICON), help="model file to write")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation figures")
    parser.add_argument(
        "--cv-all", action="store_true", help="cross-validate the decision over every training split (a few minutes)"
    )
    parser.add_argument(
        "--cv-evaluate",
        action="append",
        default=[],
        metavar="SPLIT",
        help="with --cv-all: a split not trained on, decided in its folds too (never trained, never written)",
    )
    args = parser.parse_args(argv)
    for split in args.cv_evaluate:
        if split == "judge2" or split.endswith("_held"):
            parser.error(f"{split} is measured only, once, after a choice: not for choosing on (docs/topic.md)")
    tune, demo = labelled_set("tune"), demo_articles()
    labelled = {split: labelled_set(split) for split in TRAINING_SPLITS}
    lexicon = TopicModel.load(classifier=False)
    sizes = ", ".join(f"{len(articles)} {split}" for split, articles in labelled.items())
    print(f"training set: {sizes} articles of the labelled set + {len(demo)} demo corpus articles")
    if not args.no_cv:
        print(f"cross-validation on the tune split ({FOLDS} folds x 2 partitions; demo articles always train):")
        for name, confusion in cross_validate(tune, demo, lexicon).items():
            print(f"  {name:10} {confusion.line()}")
    if args.cv_all:
        print(f"cross-validation over every training split ({FOLDS} folds by CRC-32 of the id; demo always trains):")
        pool = {**labelled, **{split: labelled_set(split) for split in args.cv_evaluate if split not in labelled}}
        evaluated = [split for split in args.cv_evaluate if split not in labelled]
        for name, confusion in cross_validate_all(pool, demo, lexicon, evaluated=evaluated).items():
            print(f"  {name:10} {confusion.line()}")
    classifier = train([article for articles in labelled.values() for article in articles] + demo)
    write(classifier, args.out, {**{split: len(articles) for split, articles in labelled.items()}, "demo": len(demo)})
    print(f"wrote {args.out}: {len(classifier.weights)} n-grams, line {classifier.line}")


if __name__ == "__main__":
    main()
