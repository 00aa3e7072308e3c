"""Decode stage: the bytes of a raw file to text, or a refusal saying why they are not text.

Wire files are mostly UTF-8, sometimes with a BOM, sometimes UTF-16 from a Windows export,
and sometimes cp1252/Latin-1 from an older scraper. The order of the checks matters:
a BOM is the strongest evidence, then strict UTF-8 (it almost never decodes non-UTF-8
text by accident), then the Western single-byte code page that older wire feeds use, and
only then the statistical guess of charset-normalizer, which is slow and, on short
Western text, prone to picking a Central European code page.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from transforms.article import Rejection

STAGE = "decode"

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# A scraper can leave a few NUL bytes in text; beyond this many and this share the file
# is binary.
MAX_STRAY_NULS = 8
MAX_NUL_SHARE = 0.01
# UTF-16 without a BOM: about half the bytes of Latin-script text are NUL, on one side.
UTF16_NUL_SHARE = 0.25
# cp1252 is assumed when at most this share of bytes is above 0x7F (accents, curly quotes)
# and no control byte shows up; Cyrillic or Greek code pages and random bytes have more.
# Central European code pages (cp1250) would pass too: the wire feeds seen are Western.
WESTERN_HIGH_BYTE_SHARE = 0.30
# Text with more control characters than this share is binary that happened to decode.
MAX_CONTROL_SHARE = 0.01

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class DecodedText:
    """The text of a raw file and the encoding it was read with."""

    text: str
    encoding: str


def decode_article(data: bytes) -> DecodedText | Rejection:
    """Decode a raw file; never raises.

    Rejections: `empty` (0 bytes or only whitespace), `not_text` (binary or random bytes,
    a broken BOM, too many NUL bytes or control characters).
    """
    if not data:
        return _reject("empty", "the file has 0 bytes; re-fetch the article from the wire site")
    decoded = _decode_with_bom(data)
    if decoded is None:
        data, refusal = _strip_stray_nuls(data)
        if refusal is not None:
            return refusal
        decoded = _decode_without_bom(data)
    if isinstance(decoded, Rejection):
        return decoded
    return _check_text(decoded)


def _decode_with_bom(data: bytes) -> DecodedText | Rejection | None:
    """Decode by the byte order mark, None when there is none."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError as error:
                return _reject(
                    "not_text",
                    f"the file starts with a {encoding} byte order mark but is not valid "
                    f"{encoding} ({error.reason} at byte {error.start + len(bom)}); "
                    "re-export it in that encoding or as UTF-8",
                )
    return None


def _strip_stray_nuls(data: bytes) -> tuple[bytes, Rejection | None]:
    """Drop a few stray NUL bytes; refuse a file where they are common (binary).

    UTF-16 without a BOM is also NUL-heavy, so it is let through to be recognised.
    """
    nuls = data.count(0)
    if not nuls or _utf16_without_bom(data):
        return data, None
    share = nuls / len(data)
    if nuls > MAX_STRAY_NULS and share > MAX_NUL_SHARE:
        return data, _reject(
            "not_text",
            f"{nuls} of {len(data)} bytes are NUL ({share:.0%}): a binary file, not an "
            "article; check what the scraper saved at this path",
        )
    return data.replace(b"\x00", b""), None


def _utf16_without_bom(data: bytes) -> str | None:
    """`utf-16-le`/`utf-16-be` when the NULs sit on one side of each byte pair."""
    nuls = data.count(0)
    if len(data) < 8 or len(data) % 2 or nuls < len(data) * UTF16_NUL_SHARE:
        return None
    odd = data[1::2].count(0)
    if odd >= 0.9 * nuls:
        return "utf-16-le"
    if nuls - odd >= 0.9 * nuls:
        return "utf-16-be"
    return None


def _decode_without_bom(data: bytes) -> DecodedText | Rejection:
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return DecodedText(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: let the statistical guess have a go
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    western = _CONTROL_BYTE.search(data) is None
    if western and len(_HIGH_BYTE.findall(data)) <= len(data) * WESTERN_HIGH_BYTE_SHARE:
        # Mostly ASCII with a few accents or curly quotes: a Western single-byte page.
        # cp1252 is a superset of Latin-1's printable range; its five unassigned bytes
        # fall back to Latin-1 so decoding cannot fail.
        return DecodedText(data.decode("cp1252", errors="latin1_fallback"), "cp1252")
    guess = charset_normalizer.from_bytes(data).best()
    if guess is None:
        return _reject(
            "not_text",
            f"{len(data)} bytes that decode in no known text encoding: binary or corrupt "
            "data, not an article; check what the scraper saved at this path",
        )
    return DecodedText(str(guess), guess.encoding)


def _check_text(decoded: DecodedText) -> DecodedText | Rejection:
    """Refuse text made mostly of control characters, or of nothing but whitespace."""
    text = decoded.text
    if not text.strip():
        return _reject(
            "empty",
            f"the file holds only whitespace ({len(text)} characters in {decoded.encoding}); "
            "re-fetch the article from the wire site",
        )
    if _CONTROL.search(text) is None:
        return decoded
    controls = len(_CONTROL.findall(text))
    if controls > len(text) * MAX_CONTROL_SHARE:
        return _reject(
            "not_text",
            f"{controls} of {len(text)} characters are control characters after decoding "
            f"as {decoded.encoding}: binary data, not an article",
        )
    return decoded


def _reject(reason_code: str, reason_detail: str) -> Rejection:
    return Rejection(stage=STAGE, reason_code=reason_code, reason_detail=reason_detail)


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    # The bytes cp1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as Latin-1.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("latin1_fallback", _latin1_fallback)
