"""Bytes to text: UTF-8 first, then the Western legacy encodings news files come in."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Detection is restricted to the encodings Dutch, English, German and French files are
# written in; unrestricted, charset-normalizer takes short cp1252 text for cp1250 ("ï"
# becomes "ď") or even UTF-16.
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "latin_1")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A lead byte followed by the right number of continuation bytes: evidence of UTF-8.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Control characters other than tab, newlines and form feed mark a binary file.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.01
_ASCII = bytes(range(128))


class DecodeError(ValueError):
    """Bytes that are not text in a supported encoding; the message is the reason."""


def decode(data: bytes) -> str:
    """Decode a file's bytes, or raise ``DecodeError`` with a reason a user understands."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _text_or_binary(data.decode(encoding).removeprefix("\ufeff"))
            except UnicodeDecodeError as exc:
                name = encoding.removesuffix("-sig").upper()
                raise DecodeError(
                    f"starts with a {name} byte order mark but is not valid {name} "
                    f"(byte {exc.start})"
                ) from None
    if b"\x00" in data:
        raise DecodeError("binary file, not text")
    try:
        return _text_or_binary(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if damaged := _damaged_utf8(data):
        # Decoding UTF-8 with a few damaged bytes as cp1252 would turn every "ë" into
        # mojibake, so say where the damage is instead.
        line = data.count(b"\n", 0, utf8_error.start) + 1
        raise DecodeError(
            f"not valid UTF-8: byte 0x{data[utf8_error.start]:02x} on line {line} "
            f"({damaged} bad byte{'s' if damaged > 1 else ''} in an otherwise UTF-8 file)"
        )
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise DecodeError("not valid text in any supported encoding")
    return _text_or_binary(str(best))


def _damaged_utf8(data: bytes) -> int:
    """The number of bad bytes if this is UTF-8 with damage, else 0.

    It is UTF-8 when UTF-8 sequences occur (a cp1252 file hardly ever has one) in what
    looks like text: mostly ASCII, or more good UTF-8 sequences than bad bytes.
    """
    valid = len(_UTF8_SEQUENCE.findall(data))
    if not valid:
        return 0
    non_ascii = len(data.translate(None, delete=_ASCII))
    damaged = data.decode("utf-8", errors="replace").count("\ufffd")
    return damaged if non_ascii * 2 < len(data) or valid >= damaged else 0


def _text_or_binary(text: str) -> str:
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise DecodeError("binary file, not text")
    return text
