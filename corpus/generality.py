"""How common a word is in its language at large, as a weight on how much it says about a question.

In a small corpus, idf cannot tell a word of everyday French ("temps", "monde") from a word
that is the subject of a question ("Vinciquerra"): both may stand in one passage. Word
frequencies of the language at large can, and wordfreq carries them (measured over many
sources; no hand-made list could match it). They are read at build time only and kept in the
index, one weight per term, so that searching never loads them.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable, Iterable

import numpy as np

COMMON_ZIPF = 6.5  # zipf 6.5 and above ("de", "le"): as good as a stop word
RARE_ZIPF = 3.5  # zipf 3.5 and below (about 3 in a million words): fully informative
FLOOR = 0.2


def weights(languages: list[str], words: Callable[[str], Iterable[tuple[str, np.ndarray]]],
            n_terms: int) -> np.ndarray:
    """For each term id: the weight of its most common written form, each word counted in its
    own language (`words(lang)`: pieces of that language's words as written, "\n"-joined, and
    their term ids; a word may come again). A term without a written form (an identifier
    whole) is fully informative. The words are read a piece at a time, one language after the
    other: wordfreq's table is held beside a piece, not beside a dictionary of them all."""
    import wordfreq

    best = [0.0] * n_terms
    for lang in languages:
        # Our words are single tokens of letters and digits, so wordfreq's table is read
        # directly: its tokenizer, run word by word, was most of the time of this step on
        # large corpora.
        try:
            table = wordfreq.get_frequency_dict(lang)
        except LookupError:  # a language wordfreq does not count: its words all informative
            continue
        for written, tids in words(lang):
            for word, tid in zip(written.split("\n"), tids.tolist()):
                # A number (a year, an amount) is specific whatever its frequency in the language.
                if word.isalpha():  # words are letters and digits: no digit here
                    frequency = table.get(unicodedata.normalize("NFC", word).casefold(), 0.0)
                    if frequency > best[tid]:
                        best[tid] = frequency
        # Each table is some 40 MB, and wordfreq keeps it for good: a build needs it only here.
        del table
        wordfreq.get_frequency_dict.cache_clear()
        wordfreq.get_frequency_list.cache_clear()
    frequency = np.array(best)
    zipf = np.log10(np.maximum(frequency, 1e-12)) + 9
    zipf[frequency <= 0] = 0.0
    share = (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)
    return np.clip(share, FLOOR, 1.0).astype(np.float32)


@lru_cache(maxsize=8)
def _small_table(lang: str) -> dict[str, int]:
    """wordfreq's short table of a language (its words of zipf 3 and more, some 30,000): each
    word's zipf frequency in hundredths. Read from its data file directly, in a few tens of
    milliseconds: importing wordfreq itself costs a quarter of a second, more than a one-shot
    question may take. The file is wordfreq's documented "cBpack" (gzipped msgpack: a header,
    then the words of each centibel of frequency, most frequent first); anything else, or a
    language it does not count, gives no table, and every word counts fully."""
    import gzip
    from importlib.util import find_spec

    import msgpack

    spec = find_spec("wordfreq")
    folder = next(iter(spec.submodule_search_locations or ()), None) if spec else None
    path = folder and f"{folder}/data/small_{lang}.msgpack.gz"
    try:
        with gzip.open(path, "rb") as packed:
            data = msgpack.load(packed, raw=False)
    except (OSError, TypeError, ValueError, msgpack.UnpackException):
        return {}
    if not data or not isinstance(data[0], dict) or data[0].get("format") != "cB":
        return {}
    # The i-th list holds the words of frequency 10 ** (-i / 100): zipf 9 - i / 100.
    return {word: 900 - i for i, bucket in enumerate(data[1:]) for word in bucket}


def zipf(word: str, lang: str) -> float:
    """A word's zipf frequency in its language at large, as written (accents and all), read
    at question time: 0 for a word the short table lacks (rarer than zipf 3, or misspelt)."""
    hundredths = _small_table(lang).get(unicodedata.normalize("NFC", word).casefold())
    return 0.0 if hundredths is None else hundredths / 100


def of_word(word: str, lang: str) -> float:
    """The weight `weights` gives a word as written, read at question time for a word the
    documents lack (no table of the index holds it): 1 for a word the short table lacks."""
    frequency = zipf(word, lang)
    if not frequency:
        return 1.0
    share = (COMMON_ZIPF - frequency) / (COMMON_ZIPF - RARE_ZIPF)
    return min(max(share, FLOOR), 1.0)

