"""AttachmentText: what one extraction gave, whatever happened to it."""

from dataclasses import dataclass


@dataclass(frozen=True)
class AttachmentText:
    """The text of one attachment (NFC) and how it was had. `status` is one of 'ok', 'too_large', 'timeout',
    'encrypted', 'scanned', 'error', 'unsupported'; `text` is '' unless it is 'ok'; `reason` is one line for every
    other status, and for an 'ok' whose text was salvaged from a damaged PDF."""

    status: str
    kind: str | None
    mime: str | None
    pages: int | None
    extractor: str | None
    extractor_version: str | None
    legacy_encoding: str | None
    ocr: bool
    ocr_confidence: float | None
    text: str
    reason: str | None


def failed(status: str, kind: str | None, mime: str | None, reason: str) -> AttachmentText:
    """A result with no text: the body was refused, or the child gave no answer."""
    return AttachmentText(status, kind, mime, None, None, None, None, False, None, "", reason)
