"""Bytes to text: UTF-8, a byte-order mark, or a measured guess among legacy 8-bit encodings.

A byte-order mark decides (UTF-8, UTF-16 or UTF-32). Without one, text that is valid UTF-8 is
UTF-8. Otherwise it is an older 8-bit file, as French text saved on Windows or an old Mac often
is: charset-normalizer picks between the encodings listed in LEGACY_ENCODINGS. Left free to
choose among all code pages, it named the wrong one for a quarter of the Code civil articles
re-encoded in Windows-1252 (mostly Central European cp1250, since the accented letters French
uses exist there too); restricted to these two it was right for 396 of 401 Windows-1252 files
and 390 of 401 Mac Roman ones (see the README). Each guess is logged with the file's name.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

LEGACY_ENCODINGS = ("cp1252", "mac_roman")

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_PROBE = 65536  # a NUL byte in this much of a file without a BOM: not text


@dataclass(frozen=True)
class Decoded:
    text: str | None
    encoding: str  # what the text was read as, or why it could not be
    guessed: bool = False  # the encoding is a guess (worth a line in the log)


def decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding).lstrip("\ufeff"), encoding)
            except UnicodeDecodeError as error:
                return Decoded(None, f"broken {encoding} text (bad bytes at position {error.start})")
    if b"\x00" in data[:BINARY_PROBE]:
        return Decoded(None, "binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare legacy file

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        return Decoded(None, "not text in UTF-8 nor in a known 8-bit encoding")
    return Decoded(str(best), best.encoding, guessed=True)
