"""Normalise text for analysis while keeping offsets back to the original characters.

Excerpts quote the source verbatim, so every offset the engine keeps points into the original
text. Analysis, however, wants one form per character: typographic apostrophes become ', the
many Unicode spaces become ' ', and text is put in NFKC form. The first two are one-to-one and
keep offsets; only NFKC can change lengths, and it needs a map back, built only when needed.
"""
from __future__ import annotations

import re
import unicodedata

# One-to-one replacements: they never change a string's length, so offsets survive.
ONE_TO_ONE = {ord(c): "'" for c in "\u2019\u2018\u02bc\u2032\u0060\u00b4"}
ONE_TO_ONE.update({ord(c): " " for c in "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000\t\r\f\v"})
ONE_TO_ONE.update({ord(c): "-" for c in "\u2010\u2011"})  # Unicode hyphens inside words
# Other control characters (not newline) read as spaces: they are never content.
ONE_TO_ONE.update({c: " " for c in range(32) if c != 10})
ONE_TO_ONE.update({c: " " for c in range(0x7F, 0xA0)})
ONE_TO_ONE.update({0x200B: " ", 0xFEFF: " ", 0x00AD: " "})  # zero-width space, BOM, soft hyphen

_SPACES = re.compile(r"\s+")
# Most text needs none of them, and finding that out in C is far cheaper than translating.
_REPLACED = re.compile("[" + re.escape("".join(map(chr, ONE_TO_ONE))) + "]")
# Combining marks: what folding strips after NFD (the Latin, Greek and Cyrillic accents).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def translate(text: str) -> str:
    """The one-to-one replacements only: same length, same offsets."""
    return text.translate(ONE_TO_ONE) if _REPLACED.search(text) else text


def normalise(text: str) -> tuple[str, list[int] | None]:
    """Return (normalised text, origin) where origin[i] is the offset in `text` of character i.

    origin is None when the normalised text has the same length and offsets as `text` (the
    common case, which costs no list at all). It has one extra entry, len(text), at the end.
    """
    text = translate(text)
    if unicodedata.is_normalized("NFKC", text):
        return text, None
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        # A base character and the combining marks after it normalise together.
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        norm = translate(unicodedata.normalize("NFKC", text[i:j]))
        out.append(norm)
        origin.extend([i] * len(norm))
        i = j
    origin.append(n)
    return "".join(out), origin


def fold(word: str) -> str:
    """Lowercase and strip accents: 'Élève' -> 'eleve', 'œuvre' -> 'oeuvre'."""
    word = word.lower().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    if word.isascii():
        return word
    return _COMBINING.sub("", unicodedata.normalize("NFD", word))


def is_flat(text: str) -> bool:
    """One printable line with no two spaces together: nothing in it for squashing to change.
    A printable text holds no white space but plain spaces, and these two checks cost a tenth
    of the squashing (most paragraphs are flat)."""
    return "  " not in text and text.isprintable()


def squash_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
