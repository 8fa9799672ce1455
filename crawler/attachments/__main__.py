"""`python -m govnews.crawler.attachments FILE [--ocr] [--seconds S] [--memory-mb M]`: one file's AttachmentText as
JSON, to try the extraction policy (docs/attachments.md) on a file at hand."""

import argparse
import json
import sys
from dataclasses import asdict, replace
from pathlib import Path

from govnews.crawler.attachments import AttachmentLimits, extract_attachment


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m govnews.crawler.attachments", description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--ocr", action="store_true", help="OCR a scanned PDF (tesseract -l vie)")
    parser.add_argument("--seconds", type=float, help="wall time for the file")
    parser.add_argument("--memory-mb", type=int, help="address space of the child")
    args = parser.parse_args(argv)
    limits = AttachmentLimits.defaults()
    overrides = {"seconds": args.seconds, "memory_mb": args.memory_mb, "ocr": args.ocr or None}
    limits = replace(limits, **{name: value for name, value in overrides.items() if value is not None})
    result = extract_attachment(args.file.read_bytes(), limits)
    json.dump(asdict(result), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
