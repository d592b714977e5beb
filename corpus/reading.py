"""The build's words found and turned into term ids in compiled code (`_reading.c`), when it was
built.

Python finds a word and looks it up for about 0.5 µs, however it is written (a regex's
`findall`, then a dictionary lookup a word): at 10 million words, seconds of every build. The C
pass scans the text for the same words as `analysis._TOKEN` (runs of characters for which
`str.isalnum()` is true), makes each a string and looks it up in the same dictionary the Python
path fills, a new word analysed by the same Python function: the ids, and so the index, are the
Python path's byte for byte (`_Builder`, `Index.build(..., compiled=False)`: Python alone).
Optional, as the search kernels are: without a C compiler at install time the build reads in
Python.
"""
from __future__ import annotations

from array import array
from typing import Callable, Sequence

try:
    from . import _reading
except ImportError:  # not built: no C compiler at install time
    _reading = None

# The ids come back as int32 bytes, read into an array("i"): C's int must be those 32 bits. (A
# module built from an older source, without the cache, is not used.)
_USABLE = _reading is not None and array("i").itemsize == 4 and hasattr(_reading, "WordCache")


def available() -> bool:
    """Whether the compiled reading was built and imported."""
    return _USABLE


def word_cache(known: dict[str, int]) -> object:
    """What `word_ids` keeps of the words of `known` it has looked up, for its next calls with
    the same dictionary (`_reading.c`: a word met again is found without a string made). For
    a dictionary that only ever gains words, and a set `number_words` that holds a word from
    the moment it is first added to `known`, if ever."""
    return _reading.WordCache(known)


def word_ids(text: str, spans: Sequence[tuple[int, int]], known: dict[str, int],
             new_word: Callable[[str], int], number_words: set[str],
             cache: object | None = None) -> tuple[array, list[int], bool, bool]:
    """The words of text[start:end] for each (start, end) of `spans`, as term ids end to end:
    known[word], else new_word(word), which adds it to `known`; how many words each span holds;
    whether any of them is in `number_words`; whether the whole text may hold an identifier
    (`analysis.may_hold_identifiers`). `cache`: a `word_cache` of `known`, or None."""
    raw, counts, spells, joined = _reading.word_ids(text, spans, known, new_word, number_words, cache)
    ids = array("i")
    ids.frombytes(raw)
    return ids, counts, spells, joined


def most_words(text: str) -> int:
    """`builder._most_words`, in one scan."""
    return _reading.most_words(text)
