"""Text of the files government articles link to (PDF, DOCX, DOC, XLS, XLSX, RTF), extracted in a child process
under limits, legacy Vietnamese encodings converted. docs/attachments.md gives the policy."""

from govnews.crawler.attachments.config import AttachmentLimits
from govnews.crawler.attachments.extract import extract_attachment
from govnews.crawler.attachments.kinds import sniff_kind
from govnews.crawler.attachments.result import AttachmentText

__all__ = ["AttachmentLimits", "AttachmentText", "extract_attachment", "sniff_kind"]
