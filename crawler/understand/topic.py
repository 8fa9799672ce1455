"""Is an article about the topic? A weighted lexicon (one CSV per topic) scored on folded text.

Lexicon columns: ``term`` (as written), ``folded`` (text.fold of the term), ``category``, ``weight``
(negative for topic drift: 'an toàn giao thông'). Bare 'giới' and bare 'bình đẳng' are deliberately not
terms: 'thế giới', 'biên giới', 'giới thiệu', 'bình đẳng trước pháp luật' would otherwise count.
"""

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from govnews.text import fold

DEFAULT_LEXICON = Path(__file__).parent / "topic_gender.csv"
_NOT_WORD = re.compile(r"[^a-z0-9/&]+")


def _normalise(text: str) -> str:
    """Folded, punctuation as single spaces: 'Phòng, chống BLGĐ' -> 'phong chong blgd'."""
    return f" {_NOT_WORD.sub(' ', fold(text)).strip()} "


@dataclass(frozen=True)
class TopicScore:
    score: float
    terms: list[str]
    on_topic: bool


@dataclass(frozen=True)
class _Term:
    term: str
    weight: float


class TopicModel:
    """Score = sum over distinct terms of weight x 2 when in the title plus weight x body hits (at most
    ``BODY_CAP``: a long plan repeating 'phụ nữ' 40 times is not forty times more on topic).
    On topic when the score reaches the threshold *and* at least one core term (weight >= ``CORE_WEIGHT``)
    matched: weak context words ('phụ nữ', 'Hội LHPN', 'lao động nữ') never decide alone."""

    DEFAULT_THRESHOLD = 4.0
    CORE_WEIGHT = 2.0
    TITLE_FACTOR = 2.0
    BODY_CAP = 3

    def __init__(self, terms: dict[str, _Term], threshold: float) -> None:
        self.terms = terms
        self.threshold = threshold
        alternation = "|".join(re.escape(key) for key in sorted(terms, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<= )(?:{alternation})(?= )") if terms else None

    @classmethod
    def load(cls, path: str | Path | None = None, threshold: float | None = None) -> "TopicModel":
        """Read a lexicon CSV (default: gender equality); ``threshold`` is GOVNEWS_TOPIC_THRESHOLD when set."""
        terms: dict[str, _Term] = {}
        with open(path or DEFAULT_LEXICON, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                key = _normalise(row.get("folded") or row["term"]).strip()
                if key:
                    terms[key] = _Term(row["term"], float(row["weight"]))
        return cls(terms, cls.DEFAULT_THRESHOLD if threshold is None else float(threshold))

    def _hits(self, text: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        if self._pattern is None:
            return counts
        # normalised text is padded with spaces, so a space on each side is a word boundary
        for match in self._pattern.finditer(_normalise(text)):
            counts[match.group(0)] = counts.get(match.group(0), 0) + 1
        return counts

    def score(self, title: str, text: str) -> TopicScore:
        """Score an article; ``terms`` lists the distinct positive terms matched, strongest first."""
        in_title = self._hits(title or "")
        in_body = self._hits(text or "")
        contributions: dict[str, float] = {}
        for key in in_title.keys() | in_body.keys():
            weight = self.terms[key].weight
            contributions[key] = weight * (
                self.TITLE_FACTOR * (key in in_title) + min(in_body.get(key, 0), self.BODY_CAP)
            )
        total = round(float(sum(contributions.values())), 2)
        core = any(self.terms[key].weight >= self.CORE_WEIGHT for key in contributions)
        positive = sorted(
            (key for key in contributions if self.terms[key].weight > 0), key=lambda k: (-contributions[k], k)
        )
        return TopicScore(
            score=total,
            terms=[self.terms[key].term for key in positive],
            on_topic=core and total >= self.threshold,
        )
