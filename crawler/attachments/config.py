"""attachments.yml, and the per-call limits a caller may override (AttachmentLimits)."""

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

CONFIG_FILE = Path(__file__).with_name("attachments.yml")
SETTINGS_PREFIX = "GOVNEWS_ATTACHMENT_"
_TRUE = frozenset({"1", "true", "yes", "on"})
_loaded: dict[str, Any] = {}


def config() -> dict[str, Any]:
    """The whole of attachments.yml, read once per process; the child is handed its parent's (`install`)."""
    if not _loaded:
        import yaml  # only where the file is read: the child starts faster without it

        _loaded.update(yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8")))
    return _loaded


def install(data: dict[str, Any]) -> None:
    """The child's config: what its parent read from attachments.yml, sent with the request."""
    _loaded.clear()
    _loaded.update(data)


def section(name: str) -> dict[str, Any]:
    value: dict[str, Any] = config()[name]
    return value


@dataclass(frozen=True)
class AttachmentLimits:
    """What one extraction may cost. The defaults are attachments.yml's `limits`; the crawler passes its own."""

    max_bytes: int
    seconds: float
    memory_mb: int
    max_pages: int
    max_chars: int
    max_unzipped_bytes: int
    ocr: bool = field(default_factory=lambda: bool(section("limits")["ocr"]))
    ocr_max_pages: int = field(default_factory=lambda: int(section("limits")["ocr_max_pages"]))

    @classmethod
    def defaults(cls) -> "AttachmentLimits":
        return cls.from_mapping(section("limits"))

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> "AttachmentLimits":
        """Limits from plain field names (the child gets them this way), each converted to its field's type."""
        return cls(**{f.name: _typed(f.type, values[f.name]) for f in fields(cls) if f.name in values})

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> "AttachmentLimits":
        """The defaults, with any GOVNEWS_ATTACHMENT_<FIELD> key of a Scrapy settings object or os.environ over them."""
        values = asdict(cls.defaults())
        for name in values:
            key = SETTINGS_PREFIX + name.upper()
            if key in settings and settings[key] is not None:
                values[name] = settings[key]
        return cls.from_mapping(values)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _typed(kind: Any, value: Any) -> Any:
    """Settings and environment variables arrive as strings: '1.5' seconds, 'false' OCR."""
    name = kind if isinstance(kind, str) else kind.__name__
    if name == "bool":
        return value if isinstance(value, bool) else str(value).strip().lower() in _TRUE
    if name == "int":
        return int(value)
    return float(value)
