"""Numbers written out in words, read as the digits people type.

Law and careful prose spell numbers out ("dix-huit ans", "trente ans", "twenty-one days"); a
question typed in a chat writes "18 ans". The index adds, to each passage, the digits of every
number it spells out, as it adds identifiers whole (`builder.py`): a question holding "18"
then meets "dix-huit". French and English number words, composed as the languages compose
them ("quatre-vingt-dix", "deux cent cinquante", "vingt et un", "one hundred and five").
A lone "un", "une" or "one" is an article or a pronoun far more often than a number: left out.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .text import fold

_UNITS = {
    "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4,
    "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9, "nine": 9,
    "dix": 10, "ten": 10, "onze": 11, "eleven": 11, "douze": 12, "twelve": 12, "treize": 13,
    "thirteen": 13, "quatorze": 14, "fourteen": 14, "quinze": 15, "fifteen": 15, "seize": 16,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "vingt": 20, "vingts": 20, "twenty": 20, "trente": 30, "thirty": 30, "quarante": 40, "forty": 40,
    "cinquante": 50, "fifty": 50, "soixante": 60, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
_HUNDRED = {"cent", "cents", "hundred"}
_THOUSAND = {"mille", "thousand"}
_ALONE_NOT_NUMBERS = {"un", "une", "one"}
_JOIN = r"(?:-et-|-|\s+et\s+|\s+and\s+|\s+)"
_WORD = "|".join(sorted(set(_UNITS) | _HUNDRED | _THOUSAND, key=len, reverse=True))
_PARTS = re.compile(r"[a-z]+")
# Words one of which a run must hold: most sentences hold none, and a set test of their
# words is many times cheaper than the run pattern's scan.
_NUMBER_WORDS = frozenset(_UNITS) - _ALONE_NOT_NUMBERS | _HUNDRED | _THOUSAND


@lru_cache(maxsize=1)
def _run() -> re.Pattern:
    """A run of number words: compiled when a build first needs it, not at every start."""
    return re.compile(rf"(?<![\w-])(?:{_WORD})(?:{_JOIN}(?:{_WORD}))*(?![\w-])", re.I)


def value(words: list[str]) -> int:
    """The number that a run of number words spells: ["quatre", "vingt", "dix"] -> 90."""
    total, current, previous = 0, 0, ""
    for word in words:
        if word in _HUNDRED:
            current = (current or 1) * 100
        elif word in _THOUSAND:
            total += (current or 1) * 1000
            current = 0
        elif word.startswith("vingt") and previous == "quatre":  # quatre-vingts: 4 x 20
            current = current - 4 + 80
        elif word in _UNITS:
            current += _UNITS[word]
        previous = word
    return total + current


def may_spell(text: str) -> bool:
    """False when `text` spells no number out for certain (it holds no number word)."""
    return not _NUMBER_WORDS.isdisjoint(_PARTS.findall(text.lower()))


def spelt(text: str) -> list[str]:
    """The digits of every number `text` spells out in words, in order: "avant dix-huit ans
    révolus" -> ["18"]."""
    found: list[str] = []
    if not may_spell(text):
        return found
    for match in _run().finditer(text):
        words = [w for w in _PARTS.findall(fold(match.group().lower())) if w not in ("et", "and")]
        if len(words) == 1 and words[0] in _ALONE_NOT_NUMBERS:
            continue
        found.append(str(value(words)))
    return found
