"""Text of the files government articles link to (PDF, DOCX, DOC, XLS, XLSX, RTF), extracted in a child process
under limits, legacy Vietnamese encodings converted. docs/attachments.md gives the policy.

The child imports this package too, and starts for every file: the parent's side (extract_attachment and what it
imports) is imported when first asked for, not with the package."""

from importlib import import_module
from typing import Any

_EXPORTS = {
    "AttachmentLimits": "config",
    "AttachmentText": "result",
    "extract_attachment": "extract",
    "sniff_kind": "kinds",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
