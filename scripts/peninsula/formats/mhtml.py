"""MHTML page archives (a browser's "save as single file"): a MIME message whose text/html part
is the page, with the address it was saved from. Also e-mail (.eml: a newsletter, a story sent
on): its HTML or text part is the page; its subject, sender and date are the page's metadata."""

from __future__ import annotations

import email
import email.errors
import email.header
import email.policy
import email.utils
import re
from dataclasses import dataclass

from ..decode import family
from ..fields import without_tracking
from . import FORWARDED
from .text import pasted_under_note

_MIME_HEAD = re.compile(rb"(?im)^MIME-Version:\s*1\.0")
_MULTIPART = re.compile(rb"(?im)^Content-Type:\s*multipart/related")
# An e-mail's own head: it opens with header lines, among them From: and Subject:.
_MAIL_HEAD = re.compile(rb"\A(?:[A-Za-z][\w-]*:[^\n]*\n(?:[ \t][^\n]*\n)*){2,}")
_MAIL_FIELDS = (re.compile(rb"(?im)^From:"), re.compile(rb"(?im)^Subject:"))


@dataclass
class SavedPage:
    html: bytes  # the page's bytes, in its own encoding
    location: str | None  # where the page was saved from
    kind: str = "mhtml"  # or "email"
    plain: bool = False  # an e-mail with a text part only: the bytes are a text copy
    subject: str | None = None  # an e-mail's subject, sender's name and date (ISO)
    sender: str | None = None
    sent: str | None = None
    text: str | None = None  # an e-mail's text part beside the HTML part read


def saved_page(data: bytes) -> SavedPage | None:
    """The page inside an MHTML archive or an e-mail, or None when the bytes are neither."""
    head = data[:8192]
    if not (_MIME_HEAD.search(head) and _MULTIPART.search(head)):
        # a browser's MHTML also has From: and Subject:, so an e-mail is anything else with them
        mail = _MAIL_HEAD.match(head.replace(b"\r\n", b"\n"))
        return _mail(data) if mail and all(f.search(head) for f in _MAIL_FIELDS) else None
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    location = _address(message.get("Snapshot-Content-Location"))
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                return SavedPage(payload, _address(part.get("Content-Location")) or location)
    return None


# A mailbox file's envelope line opening each message: From sender Tue Jan 16 22:15:09 2024
_ENVELOPE = re.compile(rb"^From \S+[ \t][^\r\n]*\d{4}[ \t]*\r?$", re.MULTILINE)


def mbox_messages(data: bytes) -> list[bytes] | None:
    """The messages of a mailbox file (mbox: Thunderbird's folders, Gmail's Takeout), each
    after its envelope line at the file's start or after a blank line, with mboxrd's quoted
    >From lines restored; None for any other file."""
    if not data.startswith(b"From "):
        return None
    starts = [
        m
        for m in _ENVELOPE.finditer(data)
        if m.start() == 0 or data.endswith((b"\n\n", b"\n\r\n"), 0, m.start())
    ]
    ends = [m.start() for m in starts[1:]] + [len(data)]
    messages = [
        _QUOTED_FROM.sub(rb"\1", data[m.end() : end].lstrip(b"\r\n"))
        for m, end in zip(starts, ends, strict=True)
    ]
    messages = [m for m in messages if all(f.search(m[:8192]) for f in _MAIL_FIELDS)]
    return messages or None


_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def _address(header: object) -> str | None:
    """A header's address without the line folding a long header gets. A header with bytes
    outside ASCII comes as an email Header object, read as its text."""
    return re.sub(r"\s+", "", str(header)) or None if header is not None else None


def _mail(data: bytes) -> SavedPage | None:
    """An e-mail's HTML part (else its text part) with its subject, sender and date."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    parts, charsets = {}, {}
    for part in message.walk():
        kind = part.get_content_type()
        if kind in ("text/html", "text/plain") and kind not in parts:
            payload = part.get_payload(decode=True)
            if payload and payload.strip():
                parts[kind], charsets[kind] = payload, part.get_content_charset()
    if not parts:
        return None
    sender = email.utils.parseaddr(_header(message.get("From")) or "")[0] or None
    try:
        sent = email.utils.parsedate_to_datetime(_header(message.get("Date")) or "").isoformat()
    except (TypeError, ValueError, OverflowError):  # a date out of range or not a date
        sent = None
    typed = _decoded(parts.get("text/plain", b""), charsets.get("text/plain"))
    # (a forward's text part keeps the original's header lines its HTML sets as a quote)
    plain = (
        "text/html" not in parts
        or bool(FORWARDED.search(typed))
        or ("text/plain" in parts and _composed(parts["text/html"]))
        # (a sender's note over a rule over what they pasted, Word's HTML around it in Outlook)
        or ("text/plain" in parts and pasted_under_note(typed))
    )
    # a newsletter's text part names its one story's address (its HTML part has only tracked
    # links): 阅读全文：https://… (a digest of many stories names many: none is the page's)
    stories = READ_MORE.findall(parts.get("text/plain", b"").decode("utf-8", "replace"))
    return SavedPage(
        parts["text/plain" if plain else "text/html"],
        without_tracking(stories[0]) if len(stories) == 1 else None,
        kind="email",
        plain=plain,
        subject=_header(message.get("Subject")),
        sender=sender,
        sent=sent,
        text=None
        if plain or "text/plain" not in parts
        else _decoded(parts["text/plain"], charsets.get("text/plain")),
    )


def _composed(markup: bytes) -> bool:
    """A mail's HTML part as Gmail made it from what its writer typed or pasted (<div
    dir="ltr"> a line, links, bold): no more than its text part says, which reads better as
    a text copy. A newsletter's or a saved page's has pictures, tables or headings."""
    if b'dir="ltr"' not in markup and b"gmail_" not in markup:
        return False  # (Gmail's marks: a sender's release set in <p>s reads as its page)
    tags = {t.lower() for t in re.findall(rb"<([A-Za-z][A-Za-z0-9]*)", markup)}
    return bool(tags) and tags <= _COMPOSED_TAGS


_COMPOSED_TAGS = {
    b"html", b"head", b"body", b"meta", b"style", b"div", b"br", b"span", b"a", b"b", b"strong",
    b"i", b"em", b"u", b"font", b"p", b"blockquote", b"wbr",
}  # fmt: skip


def text_part_addresses(titles: list[str], text: str) -> list[str | None]:
    """Each item's address as a newsletter's text part prints it under the item's headline
    (■ headline / … / → 看全文 https://…), where its HTML part links through a click tracker;
    None for an item the text part does not name, or names with no address before the next
    item (or within a summary's length of its headline)."""
    found = [text.find(t) if t else -1 for t in titles]
    starts = sorted(k for k in found if k >= 0)
    addresses = []
    for k in found:
        end = min(next((s for s in starts if s > k), len(text)), k + 600)
        m = _ADDRESS.search(text, k, end) if k >= 0 else None
        addresses.append(without_tracking(m.group()) if m else None)
    return addresses


_ADDRESS = re.compile(r"https?://[^\s<>\"）)]+")


def _decoded(payload: bytes, charset: str | None) -> str:
    """A part's text in its declared charset (GB2312 read as GB18030, its superset, as the
    decoder reads every file of a family)."""
    try:
        return payload.decode(family(charset or "utf-8"), "replace")
    except LookupError:  # a charset Python does not know
        return payload.decode("utf-8", "replace")


READ_MORE = re.compile(
    r"(?:阅读全文|閱讀全文|继续阅读|繼續閱讀|阅读原文|閱讀原文|read (?:the )?full (?:story|article)|read more"
    r"|view this post on the web at)"  # (Substack's mail of one post)
    r"\s*[:：>»→]?\s*(?P<url>https?://[^\s<>\"]+)",
    re.I,
)


def _header(value: object) -> str | None:
    """A header's text, its encoded words (=?utf-8?b?…?=) decoded."""
    if value is None:
        return None
    try:
        text = str(email.header.make_header(email.header.decode_header(str(value))))
    except (UnicodeDecodeError, LookupError, email.errors.MessageError):  # a bad charset name
        text = str(value)
    return " ".join(text.split()) or None
