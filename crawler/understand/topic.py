"""Is an article about the topic? A weighted lexicon (one CSV per topic) scored on folded text, and, for the
bundled gender-equality topic, a small trained classifier beside it that makes the decision with it.

Scope, decision and measured figures: docs/topic.md.

Lexicon columns: ``term`` (as written), ``folded`` (text.fold of the term), ``category``, ``weight``
(negative for topic drift: 'an toàn giao thông'), ``year`` (only for a document reference such as '11-NQ/TW':
the year it was issued). Bare 'giới' and bare 'bình đẳng' are deliberately not terms: 'thế giới', 'biên giới',
'giới thiệu', 'bình đẳng trước pháp luật' would otherwise count. Document numbers are reused across years and
issuers ('11-NQ/TW' is the 2007 resolution on women's work and the 2012 one on developing the capital), so a
document reference counts only when the article also has its subject (another term of weight >= 1) or its year
('11-NQ/TW ngày 27/4/2007', 'năm 2007').

The classifier (``<lexicon stem>.model.json`` beside the lexicon, written by ``train_topic``) is a logistic
regression over folded word 1- to 3-grams; scoring is a sum of weights, so it needs nothing beyond this module.
"""

import csv
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from govnews.text import fold

DEFAULT_LEXICON = Path(__file__).parent / "topic_gender.csv"
_NOT_WORD = re.compile(r"[^a-z0-9/&]+")


def _normalise(text: str) -> str:
    """Folded, punctuation as single spaces: 'Phòng, chống BLGĐ' -> 'phong chong blgd'."""
    return f" {_NOT_WORD.sub(' ', fold(text)).strip()} "


def classifier_path(lexicon: str | Path) -> Path:
    """Where the classifier trained with a lexicon lives: 'topic_gender.csv' -> 'topic_gender.model.json'."""
    return Path(lexicon).with_suffix(".model.json")


@dataclass(frozen=True)
class TopicScore:
    score: float
    terms: list[str]
    on_topic: bool
    # The classifier's probability that the article is on topic; None when no classifier took part (a lexicon
    # without one, or a model file without a decision for text not in Vietnamese).
    probability: float | None = None
    # Refused only because its topic words sit in passing (`Focus`): not in the title, the lead or enough paragraphs.
    in_passing: bool = False


@dataclass(frozen=True)
class _Term:
    term: str
    weight: float
    year: int | None = None  # a document reference: counts only with a subject term or this year


@dataclass(frozen=True)
class Focus:
    """Where an article's topic words must sit for it to be about the topic, not to name it in passing: in the title,
    in the lead (the first paragraph), in at least ``share`` of the paragraphs, or the classifier sure of it
    (probability >= ``line``). A council session passing fifteen resolutions, one of them on gender equality, names
    the topic in one paragraph of six; an article on the topic names it at the top. Chosen with the classifier it is
    written beside (docs/topic.md)."""

    share: float
    line: float


@dataclass(frozen=True)
class Foreign:
    """The decision for text not in Vietnamese (English sections, mostly), whose lexicon is too thin to be a floor:
    the classifier's probability >= ``line``, and the topic's words where the subject sits (`Focus`) unless the
    classifier is sure (>= ``sure``). Chosen with the classifier it is written beside (docs/topic.md). ``model`` is
    the classifier of this text when it has weights of its own (trained on text not in Vietnamese alone, so English
    articles cannot move the Vietnamese weights: session 12); None, the Vietnamese one scores it too."""

    line: float
    sure: float
    model: "Classifier | None" = field(default=None, compare=False, repr=False)


class Classifier:
    """Logistic regression over folded n-grams: p = sigmoid(bias + sum of the weights of the distinct n-grams
    present / sqrt(number of distinct n-grams)). Title n-grams count once more with a 'T:' prefix. Sums use
    math.fsum, so the result does not depend on set order (same input, same output in every process)."""

    def __init__(
        self,
        weights: dict[str, float],
        bias: float,
        ngrams: int,
        line: float,
        focus: Focus | None = None,
        foreign: Foreign | None = None,
    ) -> None:
        self.weights = weights
        self.bias = bias
        self.ngrams = ngrams
        self.line = line
        self.focus = focus
        self.foreign = foreign
        # The weights as scoring looks them up: each n-gram a tuple of its words, a title's led by 'T:'.
        self._by_words = {_words_of(gram): weight for gram, weight in weights.items()}

    @classmethod
    def load(cls, path: str | Path) -> "Classifier":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        focus, foreign = data.get("focus"), data.get("foreign")
        ngrams = int(data["ngrams"])
        # Weights of its own for text not in Vietnamese (format 2); a file without them scores it with the main ones.
        own = (
            cls(foreign["weights"], float(foreign["bias"]), ngrams, float(foreign["line"]))
            if foreign and "weights" in foreign
            else None
        )
        return cls(
            data["weights"],
            float(data["bias"]),
            ngrams,
            float(data["line"]),
            Focus(float(focus["share"]), float(focus["line"])) if focus else None,
            Foreign(float(foreign["line"]), float(foreign["sure"]), own) if foreign and focus else None,
        )

    @staticmethod
    def features(title: str, text: str, ngrams: int) -> set[str]:
        """Distinct folded n-grams (1..ngrams) of the title and of the text, and the title's again as 'T:...'."""
        return _features(_normalise(title or ""), _normalise(text or ""), ngrams)

    def probability(self, title: str, text: str) -> float:
        """The probability of the classifier for the text's language (`scorer`)."""
        scorer = self.scorer(vietnamese(f"{title or ''}\n{text or ''}"))
        return scorer._probability(_normalise(title or ""), _normalise(text or ""))

    def scorer(self, in_vietnamese: bool) -> "Classifier":
        """Itself for Vietnamese text; for other text, the foreign decision's own classifier when it has one."""
        own = None if in_vietnamese or self.foreign is None else self.foreign.model
        return own or self

    def _probability(self, title_n: str, text_n: str) -> float:
        """`probability` of a title and text already normalised (`_normalise`: the lexicon reads them so too). The
        n-grams of `features` as tuples of words, made by zip in C rather than joined one by one: no word holds a space
        or a ':', so the tuples and the strings are the same n-grams."""
        title = _word_grams(title_n.split(), self.ngrams)
        grams = title | _word_grams(text_n.split(), self.ngrams) | {("T:", *gram) for gram in title}
        weights = self._by_words
        total = math.fsum(weights[g] for g in grams if g in weights)
        return _sigmoid(self.bias + total / math.sqrt(max(len(grams), 1)))


def _features(title_n: str, text_n: str, ngrams: int) -> set[str]:
    title_grams = _grams(title_n.split(), ngrams)
    return title_grams | _grams(text_n.split(), ngrams) | {f"T:{g}" for g in title_grams}


def _grams(tokens: list[str], longest: int) -> set[str]:
    return {" ".join(tokens[i : i + n]) for n in range(1, longest + 1) for i in range(len(tokens) - n + 1)}


def _word_grams(tokens: list[str], longest: int) -> set[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for n in range(1, longest + 1):
        grams.update(zip(*(tokens[i:] for i in range(n)), strict=False))  # the shorter slices end the n-grams
    return grams


def _words_of(gram: str) -> tuple[str, ...]:
    """A feature of `features` as `_probability` makes it: 'T:a b' -> ('T:', 'a', 'b')."""
    return ("T:", *gram[2:].split(" ")) if gram.startswith("T:") else tuple(gram.split(" "))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    return math.exp(z) / (1.0 + math.exp(z))


def vietnamese(text: str) -> bool:
    """Written in Vietnamese: at least a tenth of the letters carry a mark ('ă', 'ê', 'ộ', 'đ'...). Vietnamese
    prose has a quarter or more, English with Vietnamese names a few percent at most."""
    # Each distinct character counted and folded once (a text has a few dozen), not each of its thousands.
    counts = Counter(text)
    letters = sum(n for c, n in counts.items() if c.isalpha())
    marked = sum(n for c, n in counts.items() if c.isalpha() and _marked(c))
    return bool(letters) and marked >= 0.1 * letters


@cache
def _marked(letter: str) -> bool:
    """A letter carrying a mark (folding changes it beyond its case). Remembered: texts draw on a few hundred."""
    return fold(letter) != letter.lower()


class TopicModel:
    """Lexicon score = sum over distinct terms of weight x 2 when in the title plus weight x body hits (at most
    ``BODY_CAP``: a long plan repeating 'phụ nữ' 40 times is not forty times more on topic).

    The decision (docs/topic.md):
    - with a classifier, for a text in Vietnamese: lexicon score >= threshold *and* the classifier's probability
      >= its line. The classifier, trained on labelled articles, tells a women's start-up programme from a
      Women's Union congress, which weights alone cannot;
    - otherwise (no classifier beside the lexicon, or English and other languages, which it saw too few of):
      lexicon score >= threshold *and* at least one core term (weight >= ``CORE_WEIGHT``) matched: weak context
      words ('phụ nữ', 'Hội LHPN', 'lao động nữ') never decide alone.
    """

    DEFAULT_THRESHOLD = 3.0
    CORE_WEIGHT = 2.0
    SUBJECT_WEIGHT = 1.0
    TITLE_FACTOR = 2.0
    BODY_CAP = 3

    def __init__(self, terms: dict[str, _Term], threshold: float, classifier: Classifier | None = None) -> None:
        self.terms = terms
        self.threshold = threshold
        self.classifier = classifier
        alternation = "|".join(re.escape(key) for key in sorted(terms, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<= )(?:{alternation})(?= )") if terms else None

    @classmethod
    def load(
        cls, path: str | Path | None = None, threshold: float | None = None, classifier: bool = True
    ) -> "TopicModel":
        """Read a lexicon CSV (default: gender equality); ``threshold`` is GOVNEWS_TOPIC_THRESHOLD when set.
        The classifier is the ``.model.json`` beside the lexicon when there is one (the bundled lexicon has
        one; a lexicon of your own decides alone unless you train one for it); ``classifier=False`` leaves it
        out (the lexicon alone, for comparison)."""
        lexicon = Path(path) if path else DEFAULT_LEXICON
        terms: dict[str, _Term] = {}
        with open(lexicon, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                key = _normalise(row.get("folded") or row["term"]).strip()
                if key:
                    year = (row.get("year") or "").strip()
                    terms[key] = _Term(row["term"], float(row["weight"]), int(year) if year else None)
        trained = classifier_path(lexicon)
        return cls(
            terms,
            cls.DEFAULT_THRESHOLD if threshold is None else float(threshold),
            Classifier.load(trained) if classifier and trained.is_file() else None,
        )

    def _hits(self, normalised: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        if self._pattern is None:
            return counts
        # normalised text is padded with spaces, so a space on each side is a word boundary
        for match in self._pattern.finditer(normalised):
            counts[match.group(0)] = counts.get(match.group(0), 0) + 1
        return counts

    def score(self, title: str, text: str) -> TopicScore:
        """Score an article; ``terms`` lists the distinct positive terms matched, strongest first."""
        title_n, body_n = _normalise(title or ""), _normalise(text or "")
        in_title, in_body = self._hits(title_n), self._hits(body_n)
        matched = in_title.keys() | in_body.keys()
        subject = self._names_subject(matched)
        contributions: dict[str, float] = {}
        for key in matched:
            term = self.terms[key]
            if term.year is not None and not subject and not _mentions_year(title_n + body_n, term.year):
                continue  # '11-NQ/TW' alone: which one?
            contributions[key] = term.weight * (
                self.TITLE_FACTOR * (key in in_title) + min(in_body.get(key, 0), self.BODY_CAP)
            )
        total = round(math.fsum(contributions.values()), 2)
        positive = sorted(
            (key for key in contributions if self.terms[key].weight > 0), key=lambda k: (-contributions[k], k)
        )
        probability, focus, classifier = None, None, self.classifier
        in_vietnamese = classifier is not None and vietnamese(f"{title or ''}\n{text or ''}")
        if classifier is not None and (in_vietnamese or classifier.foreign is not None):
            probability = round(classifier.scorer(in_vietnamese)._probability(title_n, body_n), 6)
            if in_vietnamese:
                on_topic, focus = total >= self.threshold and probability >= classifier.line, classifier.focus
            else:
                assert classifier.foreign is not None and classifier.focus is not None  # loaded together
                on_topic = probability >= classifier.foreign.line
                focus = Focus(classifier.focus.share, classifier.foreign.sure)
        else:
            core = any(self.terms[key].weight >= self.CORE_WEIGHT for key in contributions)
            on_topic = core and total >= self.threshold
        in_passing = (
            on_topic
            and focus is not None
            and probability is not None
            and not self._in_focus(focus, in_title, text or "", probability)
        )
        return TopicScore(
            score=total,
            terms=[self.terms[key].term for key in positive],
            on_topic=on_topic and not in_passing,
            probability=probability,
            in_passing=in_passing,
        )

    def _in_focus(self, focus: Focus, in_title: dict[str, int], text: str, probability: float) -> bool:
        """`Focus`: a subject term in the title (its hits already counted), the lead or ``focus.share`` of the
        paragraphs (blank-line separated, as extraction joins them), or a sure classifier."""
        if probability >= focus.line or self._names_subject(in_title):
            return True
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        if not paragraphs:
            return False
        named = [self._names_subject(self._hits(_normalise(p))) for p in paragraphs]
        return named[0] or sum(named) >= focus.share * len(paragraphs)

    def _names_subject(self, keys: Iterable[str]) -> bool:
        """Among matched terms, one of the subject (weight >= SUBJECT_WEIGHT), not a document number."""
        terms = self.terms
        return any(terms[k].year is None and terms[k].weight >= self.SUBJECT_WEIGHT for k in keys)


def _mentions_year(normalised: str, year: int) -> bool:
    """'ngày 27/4/2007', '27-4-2007', 'ngày 27 tháng 4 năm 2007', 'năm 2007' (folded and normalised)."""
    return re.search(rf" (?:\d{{1,2}} \d{{1,2}} |\d{{1,2}}/\d{{1,2}}/|nam ){year} ", normalised) is not None
