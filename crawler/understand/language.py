"""An article's language (ISO 639-1): Vietnamese recognised by its letters, anything else by langdetect over the
profiles of language.yml, seeded so runs agree."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

DATA_FILE = Path(__file__).with_name("language.yml")
_LETTERS = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class _Detector:
    factory: DetectorFactory
    vietnamese: re.Pattern
    vietnamese_share: float
    min_chars: int
    prefix_chars: int


@cache
def _detector() -> _Detector:
    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    factory = DetectorFactory()
    profiles = [(Path(PROFILES_DIRECTORY) / name).read_text(encoding="utf-8") for name in data["profiles"]]
    factory.load_json_profile(profiles)
    factory.set_seed(0)
    return _Detector(
        factory,
        re.compile(f"[{data['vietnamese_letters']}]", re.I),
        data["vietnamese_share"],
        data["min_chars"],
        data["prefix_chars"],
    )


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or None when it is too short or has no letters."""
    detector = _detector()
    sample = text[: detector.prefix_chars]
    if len(sample.strip()) < detector.min_chars:
        return None
    letters = len(_LETTERS.findall(sample))
    if letters and len(detector.vietnamese.findall(sample)) / letters >= detector.vietnamese_share:
        return "vi"
    try:
        found = detector.factory.create()
        found.append(sample)
        return found.detect()
    except LangDetectException:
        return None
