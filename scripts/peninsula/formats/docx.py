"""Word and WordPad files: a story a researcher pasted into a document and saved. Each is read
as the text copy it holds (formats/text.py): .docx through mammoth (its paragraphs, tables
and lists; images dropped), .rtf through striprtf. A document's own properties (author,
creation time) describe the researcher's file, often a reused template: they are not read."""

from __future__ import annotations

import io
import re
import zipfile

import mammoth
from bs4 import BeautifulSoup
from striprtf.striprtf import rtf_to_text

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td")


def is_docx(data: bytes) -> bool:
    """A ZIP archive holding a Word document's main part."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return False


def docx_text(data: bytes) -> str:
    """The document's text, a paragraph a line (a blank line between)."""
    html = mammoth.convert_to_html(io.BytesIO(data)).value
    soup = BeautifulSoup(html, "lxml")
    lines = [" ".join(el.get_text(" ").split()) for el in soup.find_all(_BLOCKS)]
    return "\n\n".join(ln for ln in lines if ln)


def is_rtf(text: str) -> bool:
    return text.lstrip("\ufeff \r\n\t").startswith("{\\rtf")


def rtf_text(text: str) -> str:
    """An RTF file's text; its code page (\\ansicpg936) reads the escaped bytes (\\'b3\\'af)."""
    page = re.search(r"\\ansicpg(\d+)", text[:2000])
    encoding = f"cp{page[1]}" if page else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    # (a line break RTF ignores may split a character's escaped bytes: \'c3<newline>\'c0)
    text = _SPLIT_ESCAPE.sub(r"\1", text)
    plain = rtf_to_text(text, encoding=encoding, errors="replace")
    return _FIELD_TARGET.sub("", plain)  # a hyperlink's text keeps its words, not its address


_SPLIT_ESCAPE = re.compile(r"(\\'[0-9a-fA-F]{2})\r?\n(?=\\')")


# The address striprtf writes after a hyperlink's text: 國際("https://www.cna.com.tw/…")
_FIELD_TARGET = re.compile(r"\(\s*\"(?:https?://|mailto:)[^\"\s]*\"\s*\)")
