"""The analysis chain: text in, index terms out, the same for documents and questions.

tokenize (an apostrophe splits words) -> lowercase -> stop words (elided articles too)
    -> Snowball French stem -> plural -> accent folding

Each token keeps its offsets in the text it came from and its surface form, so that excerpts can
highlight the exact words and names can be matched as written. Accents are folded *after*
stemming because the Snowball stemmer reads them ("créée" and "créé" stem alike only with their
accents), and folding then lets "regulation" find "régulation". Snowball keeps a plural s
after a, i, o, u ("emplois", "studios"); a last filter drops it, as Lucene's minimal French
stemmer does, so singular and plural meet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from .stopwords import ENGLISH_MARKERS, FRENCH_MARKERS, STOP_WORDS
from .text import fold, normalise, translate

# The bump whenever the chain changes what terms it makes: old index files are then rebuilt.
ANALYSIS_VERSION = 6

# A word is a run of letters and digits. An apostrophe splits words, so an elided article or
# pronoun ("l'IA", "qu'il", "jusqu'à") is a word of its own, and a stop word: the simplest
# pattern is also the fastest to scan, and at index time scanning is much of the work.
_TOKEN = re.compile(r"[^\W_]+")
# Those elided forms belong to the written word after them: word positions (for phrases and
# proximity) skip them, so that "de l'IA générative" is three words, as written.
ELIDED = frozenset("c d j l m n s t qu jusqu lorsqu puisqu quoiqu presqu".split())

_stemmer = Stemmer.Stemmer("french")

# Stop words carry no weight, but their order still tells a quoted phrase from the same words
# scattered: in stored word sequences each has a negative id of its own (-1: any other).
STOP_IDS = {word: -2 - i for i, word in enumerate(sorted(STOP_WORDS))}
ELIDED_IDS = frozenset(STOP_IDS[word] for word in ELIDED)


def stop_id(key: str) -> int:
    return STOP_IDS.get(key, -1)


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offsets in the analysed text
    end: int
    surface: str  # the word as written
    key: str  # lowercase, accent-folded surface: what typo matching compares
    term: str  # the index term: folded Snowball stem; "" for a stop word


def analyse_new_word(word: str) -> tuple[str, str]:
    """(key, term) of one word, computed afresh: for callers that keep their own table."""
    lower = word.lower()
    key = fold(lower)
    if key in STOP_WORDS or (len(key) == 1 and not key.isdigit()):
        return key, ""
    stem = _stemmer.stemWord(lower)
    if len(stem) > 3 and stem[-1] == "s" and stem[-2] != "s":
        stem = stem[:-1]
    return key, fold(stem)


# Questions and excerpts see the same words again and again.
analyse_word = lru_cache(maxsize=100_000)(analyse_new_word)


def tokenize(text: str) -> list[Token]:
    """Tokens with offsets in `text` (typographic apostrophes and odd spaces read as plain ones)."""
    tokens = []
    for match in _TOKEN.finditer(translate(text)):
        word = match.group()
        key, term = analyse_word(word)
        tokens.append(Token(match.start(), match.end(), word, key, term))
    return tokens


def tokenize_original(text: str) -> list[Token]:
    """Tokens of `text` read in normal form, with offsets back in `text` itself."""
    norm, origin = normalise(text)
    tokens = tokenize(norm)
    if origin is None:
        return tokens
    return [Token(origin[t.start], origin[t.end], t.surface, t.key, t.term) for t in tokens]


def terms(text: str) -> list[str]:
    """The index terms of a text, in order, stop words left out."""
    return [term for _, term in map(analyse_word, words(text)) if term]


def words(text: str) -> list[str]:
    """The words of a text as written (in NFKC form)."""
    return _TOKEN.findall(normalise(text)[0])


def words_between(norm: str, start: int, end: int) -> list[str]:
    """The words of norm[start:end], for text already normalised (see `text.normalise`)."""
    return _TOKEN.findall(norm, start, end)


def guess_language(text: str) -> str:
    """'en' or 'fr', from the function words a text uses; French when in doubt."""
    keys = [fold(w) for w in words(text)]
    english = sum(k in ENGLISH_MARKERS for k in keys)
    french = sum(k in FRENCH_MARKERS for k in keys)
    return "en" if english > french else "fr"
