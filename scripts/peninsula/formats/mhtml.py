"""MHTML page archives (a browser's "save as single file"): a MIME message whose text/html part
is the page, with the address it was saved from."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass

_MIME_HEAD = re.compile(rb"(?im)^MIME-Version:\s*1\.0")
_MULTIPART = re.compile(rb"(?im)^Content-Type:\s*multipart/related")


@dataclass
class SavedPage:
    html: bytes  # the page's bytes, in its own encoding
    location: str | None  # where the page was saved from


def saved_page(data: bytes) -> SavedPage | None:
    """The page inside an MHTML archive, or None when the bytes are not one."""
    head = data[:8192]
    if not (_MIME_HEAD.search(head) and _MULTIPART.search(head)):
        return None
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    location = _address(message.get("Snapshot-Content-Location"))
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                return SavedPage(payload, _address(part.get("Content-Location")) or location)
    return None


def _address(header: object) -> str | None:
    """A header's address without the line folding a long header gets. A header with bytes
    outside ASCII comes as an email Header object, read as its text."""
    return re.sub(r"\s+", "", str(header)) or None if header is not None else None
