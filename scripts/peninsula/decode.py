"""Bytes to text: detect the encoding on the whole file, and say clearly why a file is unusable."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import ftfy  # also registers the "sloppy-windows-1252" codec used below
from charset_normalizer import from_bytes

# Encodings charset-normalizer reports for the GB family; all are decoded as their superset.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "cp936"}
_BIG5_FAMILY = {"big5", "big5hkscs", "cp950"}


class Unreadable(ValueError):
    """The file cannot be read as text; the message says why, for the problems table."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _looks_binary(data: bytes) -> str | None:
    magic = {
        b"\x89PNG": "a PNG image",
        b"\xff\xd8\xff": "a JPEG image",
        b"GIF8": "a GIF image",
        b"PK\x03\x04": "a ZIP archive",
        b"\x1f\x8b": "a gzip archive",
        b"%PDF": "a PDF document",
        b"Rar!": "a RAR archive",
        b"7z\xbc\xaf": "a 7-Zip archive",
        b"\x7fELF": "an executable",
        b"SQLite format 3": "a SQLite database",
    }
    for sig, what in magic.items():
        if data.startswith(sig):
            return what
    return None


def decode(data: bytes) -> Decoded:
    """Decode raw bytes; raise Unreadable with a human reason when it is not text."""
    decoded = _misread(_decode(data))
    text = decoded.text
    if "\r" in text:  # Windows (\r\n) and old Mac (\r) line ends: every reader splits at \n
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BREAKS.search(text):
        text = text.translate(_AS_NEWLINES)
    return Decoded(text, decoded.encoding, decoded.warnings) if text != decoded.text else decoded


# Line and paragraph breaks other than \n and \r that copies carry: Unicode's separators, a
# word processor's manual line break (\v), a PDF copy's page break (\f), NEL. The readers
# split lines at \n, so these become newlines (a paragraph separator a blank line).
_BREAKS = re.compile("[\u2028\u2029\x0b\x0c\x85]")
_AS_NEWLINES = {0x2028: "\n", 0x2029: "\n\n", 0x0B: "\n", 0x0C: "\n\n", 0x85: "\n"}


_TERMINAL_CODE = re.compile(rb"\x1b\[[0-9;]*[A-Za-z]")


def _decode(data: bytes) -> Decoded:
    if not data.strip():
        raise Unreadable("empty file")
    what = _looks_binary(data)
    if what:
        raise Unreadable(f"binary file ({what}), not text")
    if b"\x1b[" in data and data.count(b"\x00") < len(data) // 4:
        # a terminal's capture (a PTT post saved from its client): its colour codes are no
        # text, and no GBK, Big5 or UTF-8 character has an ESC byte in it
        data = _TERMINAL_CODE.sub(b"", data)
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return Decoded(data.decode(enc, errors="replace"), enc)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged:
        return damaged
    if data.count(b"\x00") > len(data) // 4:
        # UTF-16 without BOM: every other byte NUL for Latin and CJK punctuation alike.
        even_nuls = data[0::2].count(0)
        enc = "utf-16-be" if even_nuls > data[1::2].count(0) else "utf-16-le"
        try:
            return _checked(data.decode(enc), enc)
        except UnicodeDecodeError:
            raise Unreadable("binary file (mostly NUL bytes), not text") from None
    best = from_bytes(data).best()
    if best is None:
        return _whole_cjk(data) or _damaged_cjk(data)
    enc = family(best.encoding)
    return _checked(data.decode(enc, errors="replace"), enc)


# Latin-1 letters and Windows-1252 punctuation: what Chinese text turns into when its bytes
# are read with a Western code page ("æœ\x9dé²œ" for UTF-8's 朝鲜, "³¯ÏÊ" for GBK's).
_WESTERN = re.compile(
    "[\u00a1-\u00ff\u0152\u0153\u0160\u0161\u0178\u0192\u02c6\u2018-\u201e\u2020\u2021\u2026\u2030\u20ac\u2122]"
)
_HAN = re.compile("[\u3400-\u9fff]")


def _misread(decoded: Decoded) -> Decoded:
    """Mojibake repaired: text that someone's tool decoded with a Western code page and saved
    again is read back from the bytes it was made of. Tried only when such letters far
    outnumber Han characters, and kept only when the repair gives Chinese."""
    text = decoded.text
    sample = text[:20_000]
    western = len(_WESTERN.findall(sample))
    if western < 20 or len(_HAN.findall(sample)) * 4 > western:
        return decoded
    fixed = ftfy.fix_encoding(text)  # UTF-8 misread, even when only parts of the text are
    if len(_HAN.findall(fixed[:20_000])) * 2 > western // 3:
        note = "text was mojibake (UTF-8 read as Windows-1252 and saved again): repaired"
        return Decoded(fixed, decoded.encoding, (*decoded.warnings, note))
    for codec in ("sloppy-windows-1252", "latin-1"):  # GBK or Big5 misread: bytes anew
        try:
            again = _decode(text.encode(codec))
        except (UnicodeEncodeError, Unreadable):
            continue
        if len(_HAN.findall(again.text[:20_000])) * 2 > western // 3:
            note = f"text was mojibake ({again.encoding} read as Windows-1252 and saved again): repaired"
            return Decoded(again.text, decoded.encoding, (*decoded.warnings, *again.warnings, note))
    return decoded


def family(encoding: str) -> str:
    """GB and Big5 variants decode as their supersets, which read every member's bytes."""
    name = encoding.lower().replace("_", "")
    if name in _GB_FAMILY:
        return "gb18030"
    if name in _BIG5_FAMILY:
        return "big5hkscs"
    return encoding


# The commonest characters of Chinese news, simplified and traditional: GBK's bytes read as
# Big5 (or the reverse) give rare characters instead.
_COMMON = frozenset(
    "的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會"
    "可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着著等部"
    "度家电電力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應"
    "开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反"
    "你明看原又么麼利比或但质質气氣第向道命此变變条條只没結结解问問意建月公无無系軍军很情者最立代想"
    "已通并並提直题題党黨程展五果料象员員革位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路"
    "级級少图圖山统統接知较較将將组組见見计計别別她手角期根论論运運农農指几幾九区區强強放决決西被干幹做"
    "必战戰先回则則任取据據处處府研记記韩韓朝鲜鮮美表示"
)


def _whole_cjk(data: bytes) -> Decoded | None:
    """GBK or Big5 bytes that detection gave up on (a short file holding a character outside
    the common set, such as a zero-width space): the family whose strict reading gives common
    Chinese characters."""
    scores = {}
    for enc in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        han = _HAN.findall(text)
        if len(han) >= 50:
            scores[enc] = (sum(c in _COMMON for c in han) / len(han), text)
    if not scores:
        return None
    enc, (share, text) = max(scores.items(), key=lambda kv: kv[1][0])
    return _checked(text, enc) if share >= 0.25 else None


def _damaged_cjk(data: bytes) -> Decoded:
    """GBK or Big5 with a cut-off last character or a stray byte keeps its text.

    Detection rejects a file for a single bad byte, so it judges the bytes without the damage;
    the file is read in the encoding it names only if that is the one that made the damage few.
    """
    for enc in ("gb18030", "big5hkscs"):
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        if not bad or bad > max(3, len(text) // 1000):
            continue
        best = from_bytes(text.replace("\ufffd", "").encode(enc)).best()
        if best is not None and family(best.encoding) == enc:
            return _replaced(text, enc, bad, enc)
    raise Unreadable("binary file: no text encoding fits its bytes")


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes (a cut-off last character, a stray byte) keeps its text.

    Accepted only when the valid multi-byte characters outnumber the bad spots fifty to one,
    which a GBK or Big5 file never does by chance; those go on to detection.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if bad > max(3, len(text) // 1000):
        return None
    wide = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    if wide < 50 * bad:
        return None
    return _replaced(text, "utf-8", bad, "UTF-8")


def _replaced(text: str, encoding: str, bad: int, name: str) -> Decoded:
    """A damaged file's text, checked, with a warning that counts the bytes replaced."""
    decoded = _checked(text, encoding)
    warning = f"{bad} byte sequence(s) not valid {name} replaced with \ufffd"
    return Decoded(decoded.text, encoding, (*decoded.warnings, warning))


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # below 32, except \t \n \v \f \r


def _checked(text: str, encoding: str) -> Decoded:
    """Reject text that decodes but is not prose (control characters, NULs)."""
    warnings: tuple[str, ...] = ()
    if "\x00" in text:
        nul = text.count("\x00")
        if nul > len(text) // 100:
            raise Unreadable(f"binary file ({nul} NUL bytes), not text")
        text = text.replace("\x00", "")
        warnings = (f"{nul} NUL bytes removed",)
    controls = len(_CONTROL.findall(text, 0, 100_000))
    if controls > max(10, len(text[:100_000]) // 50):
        raise Unreadable("binary file (control characters), not text")
    return Decoded(text, encoding, warnings)
