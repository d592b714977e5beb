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
    whole) is fully informative. One language after the other: its words, then the
    frequencies of those wordfreq counts (`_frequencies`), not its whole table."""
    best = [0.0] * n_terms
    normalize = unicodedata.normalize
    for lang in languages:
        # Our words are single tokens of letters and digits, so wordfreq's table is read
        # directly: its tokenizer, run word by word, was most of the time of this step on
        # large corpora.
        keys, ids = [], []
        for written, tids in words(lang):
            for word, tid in zip(written.split("\n"), tids.tolist()):
                # A number (a year, an amount) is specific whatever its frequency in the language.
                if word.isalpha():  # words are letters and digits: no digit here
                    keys.append(normalize("NFC", word).casefold())
                    ids.append(tid)
        table = _frequencies(lang, set(keys))
        if table is None:  # a language wordfreq does not count: its words all informative
            continue
        found = table.get
        for key, tid in zip(keys, ids):
            frequency = found(key, 0.0)
            if frequency > best[tid]:
                best[tid] = frequency
        del keys, ids, table, found
    frequency = np.array(best)
    zipf = np.log10(np.maximum(frequency, 1e-12)) + 9
    zipf[frequency <= 0] = 0.0
    share = (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)
    return np.clip(share, FLOOR, 1.0).astype(np.float32)


def _frequencies(lang: str, wanted: set[str]) -> dict[str, float] | None:
    """The frequencies wordfreq gives the `wanted` words of language `lang` that it counts
    (`wordfreq.get_frequency_dict(lang)`'s), or None for a language it does not count. Read
    from its "best" data file directly when `lang` names one (its large list, else its small
    one: the file wordfreq itself reads then), the frequencies computed as wordfreq computes
    them, for the wanted words alone: importing wordfreq costs 0.1 s, its table of every word
    as much again, and its cache would keep that table for good. Anything else is left to
    wordfreq."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    folder = next(iter(spec.submodule_search_locations or ()), None) if spec else None
    for size in ("large", "small"):
        data = _cbpack(f"{folder}/data/{size}_{lang}.msgpack.gz") if folder and lang.isalpha() else None
        if data is not None:
            # Bucket i holds the words of frequency 10 ** (-i / 100) (wordfreq's `cB_to_freq`); a
            # word in several buckets keeps the last one's, as wordfreq's dictionary does.
            table = {}
            for index, bucket in enumerate(data[1:]):
                table.update(dict.fromkeys(wanted.intersection(bucket), 10 ** (-index / 100)))
            return table
    import wordfreq

    try:
        return wordfreq.get_frequency_dict(lang)
    except LookupError:
        return None
    finally:
        wordfreq.get_frequency_dict.cache_clear()
        wordfreq.get_frequency_list.cache_clear()


def _cbpack(path: str) -> list | None:
    """A wordfreq data file ("cBpack": gzipped msgpack, a header, then the words of each
    centibel of frequency, most frequent first), or None when there is none or it is not one."""
    import gzip

    import msgpack

    try:
        with gzip.open(path, "rb") as packed:
            data = msgpack.load(packed, raw=False)
    except (OSError, TypeError, ValueError, msgpack.UnpackException):
        return None
    if not data or not isinstance(data[0], dict) or data[0].get("format") != "cB" or data[0].get("version") != 1:
        return None
    return data


@lru_cache(maxsize=8)
def _small_table(lang: str) -> dict[str, int]:
    """wordfreq's short table of a language (its words of zipf 3 and more, some 30,000): each
    word's zipf frequency in hundredths. Read from its data file directly, in a few tens of
    milliseconds: importing wordfreq itself costs a quarter of a second, more than a one-shot
    question may take. The file is wordfreq's documented "cBpack" (gzipped msgpack: a header,
    then the words of each centibel of frequency, most frequent first); anything else, or a
    language it does not count, gives no table, and every word counts fully."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    folder = next(iter(spec.submodule_search_locations or ()), None) if spec else None
    data = _cbpack(f"{folder}/data/small_{lang}.msgpack.gz") if folder else None
    if data is None:
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

