"""The child: a process the zygote (crawler/attachments/zygote.py) forked for one file. It makes itself a session,
limits itself, runs the extractor its kind needs, and writes one JSON answer to the answer file (libraries that print
go to the stderr file instead). A crash or a kill leaves no answer; the parent reads that from the exit status."""

import json
import os
import re
import sys
import time
import traceback
import unicodedata
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn

from govnews.crawler.attachments.config import AttachmentLimits, install, section
from govnews.crawler.attachments.job import Extracted, Failure, Job
from govnews.crawler.attachments.sandbox import address_space_mb, limit_self

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")


def run_forked(request: dict[str, Any]) -> NoReturn:
    """In the forked child: its own session (so that its tools are killed with it), no input, the answer and errors
    in the files the request names, the working directory its temporary one, nothing imported from there (as
    `python -P`), the tools' environment; then `main`, and out without running the zygote's clean-up."""
    os.setsid()
    sys.path[:] = [entry for entry in sys.path if entry not in ("", ".")]
    os.chdir(request["workdir"])
    for fd, path, flags in (
        (0, os.devnull, os.O_RDONLY),
        (1, request["answer"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        (2, request["errors"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
    ):
        opened = os.open(path, flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    os.environ.update(section("child")["env"])
    try:
        code = main(request)
    except BaseException:  # what an uncaught exception does to a Python process: the traceback, exit status 1
        traceback.print_exc()
        code = 1
    sys.stderr.flush()
    os._exit(code)


def main(request: dict[str, Any]) -> int:
    install(request["config"])
    limits = AttachmentLimits.from_mapping(request["limits"])
    held = address_space_mb()
    limit_self(limits)
    answer = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    workdir = Path(request["workdir"])
    job = Job(workdir / request["body"], workdir, limits, time.monotonic() + request["deadline"] - time.time())
    try:
        if held >= limits.memory_mb:
            # Under its own size the child could still read a small file from the heap it already has, or not,
            # as the heap happens to lie: the limit is too small for the extractor itself, whatever the file.
            raise Failure(
                "too_large",
                f"out of memory under the {limits.memory_mb} MB limit: the extractor holds "
                f"{held:.0f} MB before reading the file",
            )
        result = _answer(_extract(request["kind"], job), limits)
    except Failure as failure:
        result = {"status": failure.status, "reason": failure.reason, "pages": failure.pages}
    except MemoryError:
        result = {"status": "too_large", "reason": f"out of memory under the {limits.memory_mb} MB limit"}
    except Exception as exc:  # a library's own error on a malformed file: the file's fault, reported as such
        reason = f"{type(exc).__name__}: {exc}"[: section("child")["stderr_chars"]]
        result = {"status": "error", "reason": reason}
        if any(marker in reason for marker in section("child")["out_of_memory_markers"]):
            # The address space ran out where Python raised no MemoryError (the dynamic loader mapping pdfium).
            result = {"status": "too_large", "reason": f"out of memory under the {limits.memory_mb} MB limit: {reason}"}
    with answer:
        answer.write(json.dumps(result, ensure_ascii=False).encode("utf-8", errors="replace"))  # lone surrogates
    return 0


def _extract(kind: str, job: Job) -> Extracted:
    if kind == "pdf":
        from govnews.crawler.attachments.pdf import extract_pdf

        return extract_pdf(job)
    from govnews.crawler.attachments import office

    if kind == "docx":
        return office.extract_docx(job)
    if kind == "doc":
        return office.extract_doc(job)
    if kind == "rtf":
        return office.extract_rtf(job)
    return office.extract_sheets(job, kind)


def _answer(extracted: Extracted, limits: AttachmentLimits) -> dict[str, Any]:
    result = asdict(extracted)
    result["status"] = "ok"
    result["text"] = clean_text(extracted.text, limits.max_chars)
    return result


def clean_text(text: str, max_chars: int) -> str:
    """NFC, Unix line ends, no control characters but tab and newline, no trailing blanks or runs of empty
    lines, cut at max_chars."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    text = _BLANK_LINES.sub("\n\n", _TRAILING_SPACE.sub("\n", text))
    return text.strip()[:max_chars]
