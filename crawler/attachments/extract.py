"""extract_attachment(): the parent's side. Checks that need no parsing happen here (size, kind, a zip's declared
sizes); everything that opens the file happens in the child, whose end is read back into a status."""

import importlib.metadata
import json
import re
import signal
import subprocess
import tempfile
import time
from functools import cache
from pathlib import Path

from govnews.crawler.attachments.config import AttachmentLimits, config, section
from govnews.crawler.attachments.kinds import (
    OLE_MAGIC,
    NotAZip,
    TooManyEntries,
    ole_root_names,
    sniff_kind,
    zip_entries,
)
from govnews.crawler.attachments.result import AttachmentText, failed
from govnews.crawler.attachments.sandbox import Finished, run_child

BODY_FILE = "body"
_VERSION = re.compile(r"\d+(?:\.\d+)+")
_VERSION_SECONDS = 10
_HEAD_SHOWN = 16


def extract_attachment(body: bytes, limits: AttachmentLimits | None = None) -> AttachmentText:
    """The text of a PDF, DOCX, DOC, XLS, XLSX or RTF body, or the status saying why there is none. Never raises:
    whatever the body holds, the answer is a status."""
    limits = limits or AttachmentLimits.defaults()
    try:
        return _extract(bytes(body), limits)
    except Exception as exc:  # the last guard of a function that must not raise on input
        return failed("error", None, None, f"{type(exc).__name__}: {exc}")


def _extract(body: bytes, limits: AttachmentLimits) -> AttachmentText:
    kind = sniff_kind(body)
    mime = section("mime").get(kind) if kind else None
    if len(body) > limits.max_bytes:
        return failed("too_large", kind, mime, f"{len(body)} bytes > max_bytes {limits.max_bytes}")
    if kind is None:
        names = ole_root_names(body)
        if "EncryptedPackage" in names:
            return failed("encrypted", None, None, "a password-protected Office Open XML file (EncryptedPackage)")
        if body.startswith(OLE_MAGIC) and not names:  # a .doc or .xls cut short or garbled: broken, not another kind
            return failed("error", None, None, "a damaged compound file (its directory cannot be read)")
        return failed("unsupported", None, None, f"not a PDF, Word, Excel or RTF file (starts {body[:_HEAD_SHOWN]!r})")
    if kind in ("docx", "xlsx"):
        refused = zip_refusal(body, limits)
        if refused:
            return failed("too_large", kind, mime, refused)
    with tempfile.TemporaryDirectory(prefix="govnews-attachment-") as directory:
        workdir = Path(directory)
        (workdir / BODY_FILE).write_bytes(body)
        request = {
            "kind": kind,
            "limits": limits.as_dict(),
            "workdir": directory,
            "body": BODY_FILE,
            "deadline": time.time() + limits.seconds,
            "config": config(),  # the child reads these, not attachments.yml again (yaml is a sixth of its start)
        }
        finished = run_child(request, workdir, limits.seconds)
    return _read_answer(finished, kind, mime, limits)


def zip_refusal(body: bytes, limits: AttachmentLimits) -> str | None:
    """Why a docx/xlsx must not be opened, read from its central directory alone: what it declares uncompressed
    passes max_unzipped_bytes, or it declares a bomb's compression ratio. None when it may be opened."""
    try:
        entries = zip_entries(body)
    except TooManyEntries as exc:
        return str(exc)
    except NotAZip:
        return None  # the child's zip reader reports the damage as an 'error'
    rules = section("zip")
    unzipped = sum(entry.uncompressed for entry in entries)
    zipped = max(1, sum(entry.compressed for entry in entries))
    if unzipped > limits.max_unzipped_bytes:
        return f"{unzipped} bytes declared uncompressed > max_unzipped_bytes {limits.max_unzipped_bytes}"
    if unzipped > rules["ratio_floor_bytes"] and unzipped / zipped > rules["max_ratio"]:
        return f"{unzipped} bytes declared from {zipped} compressed: a zip bomb"
    return None


def _read_answer(finished: Finished, kind: str, mime: str | None, limits: AttachmentLimits) -> AttachmentText:
    if finished.timed_out:
        return failed("timeout", kind, mime, f"no answer within {limits.seconds:g} s: the child was killed")
    if finished.returncode != 0:
        status, reason = _death(finished, limits)
        return failed(status, kind, mime, reason)
    try:
        answer = json.loads(finished.stdout)
    except ValueError:
        return failed("error", kind, mime, f"unreadable answer from the child: {finished.last_error_line()}")
    status = answer["status"]
    extractor = answer.get("extractor")
    return AttachmentText(
        status=status,
        kind=kind,
        mime=mime,
        pages=answer.get("pages"),
        extractor=extractor,
        extractor_version=extractor_version(extractor) if extractor else None,
        legacy_encoding=answer.get("legacy_encoding"),
        ocr=bool(answer.get("ocr")),
        ocr_confidence=answer.get("ocr_confidence"),
        text=answer.get("text", "") if status == "ok" else "",
        reason=answer.get("reason"),
    )


def _death(finished: Finished, limits: AttachmentLimits) -> tuple[str, str]:
    """Status and reason for a child that died without answering."""
    last = finished.last_error_line()
    if finished.returncode == -signal.SIGXCPU:
        return "timeout", f"CPU limit of {limits.seconds:g} s reached"
    if finished.returncode == -signal.SIGXFSZ:
        return "too_large", "file size limit reached"
    if any(marker in finished.stderr for marker in section("child")["out_of_memory_markers"]):
        return "too_large", f"out of memory under the {limits.memory_mb} MB limit: {last}"
    if finished.returncode == -signal.SIGABRT and not finished.stderr.strip():
        # pdfium aborts without a word when an allocation fails (FX_OutOfMemoryTerminate); everything else that
        # aborts here says why first (C++'s terminate, glibc's checks, Rust's allocator, Python).
        return "too_large", f"aborted silently under the {limits.memory_mb} MB limit (pdfium's out-of-memory exit)"
    how = f"died of {finished.signal_name}" if finished.signal_name else f"exited with {finished.returncode}"
    return "error", f"the extractor {how}" + (f": {last}" if last else "")


@cache
def extractor_version(extractor: str) -> str | None:
    """The version of the Python distribution (`distributions` in attachments.yml) or the external tool that read a
    file, looked up once per process here rather than in every child (importlib.metadata is a tenth of its start)."""
    distribution = section("distributions").get(extractor)
    return importlib.metadata.version(distribution) if distribution else tool_version(extractor)


@cache
def tool_version(tool: str) -> str | None:
    """An external tool's version, asked once per process (tool_versions in attachments.yml)."""
    command = section("tool_versions").get(tool)
    if not command:
        return None
    try:
        done = subprocess.run(command, capture_output=True, timeout=_VERSION_SECONDS, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = _VERSION.search((done.stdout + done.stderr).decode("utf-8", errors="replace"))
    return found.group() if found else None
