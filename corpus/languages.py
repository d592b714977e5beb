"""The languages the engine reads: for each, its Snowball stemmer, stop words and elided forms.

French and English have lists of their own (`stopwords.py`). Any other language that both
Snowball and wordfreq know can be asked for by its code ("de", "es", …): its function words are
then the most frequent words of that language in wordfreq's counts, a fair first list that a
hand-made one should replace for real use. A language is chosen for each document (see
`analysis.guess_language`) among the languages an index is built for.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .stopwords import FRENCH_ELIDED, STOP_LISTS, WRITTEN_STOP_LISTS
from .text import fold

DEFAULT_LANGUAGES = ("fr", "en")
FALLBACK = "fr"  # a text with no sign of any language (a name, an identifier) is read as French

# ISO 639-1 code -> PyStemmer's algorithm, for the languages wordfreq also counts.
SNOWBALL = {
    "fr": "french", "en": "english", "de": "german", "es": "spanish", "it": "italian",
    "pt": "portuguese", "nl": "dutch", "sv": "swedish", "da": "danish", "nb": "norwegian",
    "fi": "finnish", "ru": "russian", "hu": "hungarian", "ro": "romanian", "tr": "turkish",
    "ca": "catalan", "pl": "polish", "cs": "czech", "el": "greek", "id": "indonesian",
    "lt": "lithuanian", "ar": "arabic",
}
DERIVED_STOP_WORDS = 80  # of a language without a list: its this many most frequent words


@dataclass(frozen=True)
class Language:
    code: str
    snowball: str  # PyStemmer's name for its stemmer
    stop_words: frozenset[str]  # folded: what a word written without accents is compared with
    written_stop_words: frozenset[str]  # lowercase, accents kept: for a word written with them
    elided: frozenset[str] = frozenset()  # forms written before an apostrophe: "l" of "l'IA"
    # Snowball French keeps a plural s after a, i, o, u ("emplois", "studios"); Lucene's
    # minimal French stemmer drops it, so that singular and plural meet.
    drop_plural_s: bool = False


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The language of that ISO 639-1 code; ValueError when Snowball or wordfreq lacks it."""
    if code == "fr":
        return Language("fr", "french", STOP_LISTS["fr"], WRITTEN_STOP_LISTS["fr"],
                        frozenset(FRENCH_ELIDED.split()),
                        drop_plural_s=True)
    if code == "en":
        return Language("en", "english", STOP_LISTS["en"], WRITTEN_STOP_LISTS["en"])
    if code not in SNOWBALL:
        raise ValueError(f"unknown language {code!r}: one of {', '.join(sorted(SNOWBALL))}")
    import wordfreq

    frequent = [w.lower() for w in wordfreq.top_n_list(code, DERIVED_STOP_WORDS) if w.isalpha()]
    return Language(code, SNOWBALL[code], frozenset(map(fold, frequent)), frozenset(frequent))


@lru_cache(maxsize=64)
def markers(codes: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """For each of `codes`: the function words that tell it from the others in a text, those
    of its stop words that none of the others has ("on" and "a" are French and English alike,
    "am" English and German: they tell nothing)."""
    stops = {code: language(code).stop_words for code in codes}
    return {code: own.difference(*(other for c, other in stops.items() if c != code))
            for code, own in stops.items()}
