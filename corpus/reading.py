"""The build's words found and turned into term ids in compiled code (`_reading.c`), when it was
built.

Python finds a word and looks it up for about 0.5 µs, however it is written (a regex's
`findall`, then a dictionary lookup a word): at 10 million words, seconds of every build. The C
pass scans the text for the same words as `analysis._TOKEN` (runs of characters for which
`str.isalnum()` is true), makes each a string and looks it up in the same dictionary the Python
path fills, a new word analysed by the same Python function: the ids, and so the index, are the
Python path's byte for byte (`_Builder`, `Index.build(..., compiled=False)`: Python alone).
`paragraphs` reads a document's paragraphs whole in the same pass: their sentences, the windows
of sentences that make passages, the rows of each (`builder._Builder._paragraph`'s work), the
engine's Python called only for a new word or heading and for a sentence's whole words.
Optional, as the search kernels are: without a C compiler at install time the build reads in
Python.
"""
from __future__ import annotations

import unicodedata
from array import array
from typing import Callable, NamedTuple, Sequence

from .text import ONE_TO_ONE

try:
    from . import _reading
except ImportError:  # not built: no C compiler at install time
    _reading = None

# The ids come back as int32 bytes, read into an array("i"): C's int must be those 32 bits. (A
# module built from an older source, without the cache, is not used.)
_USABLE = _reading is not None and array("i").itemsize == 4 and hasattr(_reading, "WordCache") and \
    hasattr(_reading, "Reader")
# Below this code point, whether a character keeps a paragraph in NFKC form is told by a table
# (`stable`; `_reading.c`).
STABLE_BELOW = 0x3000


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


def paragraph_reader(kind_codes: dict[str, int], code_kind: int, max_words: int) -> object:
    """What `paragraphs` needs of the engine's settings, made once a process: the one-to-one
    replacements of `text.translate`, which characters alone are in NFKC form (a paragraph of
    such characters is, after those replacements, what `text.normalise` makes of it), the
    blocks' kinds as stored, a code block's, a passage's most words."""
    return _reading.Reader(ONE_TO_ONE, stable(), kind_codes, code_kind, max_words)


def stable() -> bytes:
    """For each code point below STABLE_BELOW, whether a text of such characters alone is in
    NFKC form (10 ms): those in that form alone, which are no combining mark (nothing to
    reorder or to compose with the character before) and no conjoining Hangul letter (which
    composes with the one before). Every other character that composes with the one before
    it (U+0B3E, U+0CD5, ...: the second of a canonical pair) is a mark, and none of these
    decomposes into one (`tests/corpus/test_reading.py` checks both on all of Unicode). A
    paragraph holding another character is read in Python."""
    def keeps(code: int) -> bool:
        char = chr(code)
        return unicodedata.is_normalized("NFKC", char) and not unicodedata.combining(char) and \
            unicodedata.category(char) not in ("Mn", "Mc", "Me") and not 0x1100 <= code < 0x1200
    return bytes(map(keeps, range(STABLE_BELOW)))


class Paragraphs(NamedTuple):
    """What `paragraphs` read, as `builder._Builder`'s buffers of the same names: the texts
    (UTF-8), their ends and the passages' ends in the word sequence as int64, the rest int32."""

    para_text: bytes
    para_ptr: bytes
    para_head: bytes
    para_doc: bytes
    para_number: bytes
    para_kind: bytes
    para_page: bytes
    sequence: bytes
    pass_seq: bytes
    head_terms: bytes
    head_owner: bytes
    pass_para: bytes
    pass_start: bytes
    pass_end: bytes


def paragraphs(reader: object, text: str, paragraphs: list, at: int, doc: int, bases: tuple[int, int, int, int],
               known: dict[str, int], cache: object, number_words: set[str], head_ids: dict,
               section_terms: dict, new_word: Callable[[str], int], new_head: Callable[[tuple], int],
               new_heading: Callable[[tuple], list[int]], whole_ids: Callable[[str], list[int]],
               readable: Callable[[str, bool], str] | None) -> tuple[int, Paragraphs]:
    """`builder._Builder._paragraph` of paragraphs[at:] of a document of text `text`, in compiled
    code, until one it leaves to Python (a character NFKC may change): that one's number
    (len(paragraphs): none), and what was read. `bases`: the batch's text bytes, words,
    passages and paragraphs before them; the callbacks are the builder's (`_reading.c`);
    `readable`: `markup.readable` for a document that may hold markup, else None. The
    sentences are cut as `passages.sentences` cuts them (`sentences`), the windows as
    `passages.windows` makes them."""
    stop, arrays = reader.paragraphs(text, paragraphs, at, doc, bases, known, cache, number_words, head_ids,
                                     section_terms, new_word, new_head, new_heading, whole_ids, readable)
    return stop, Paragraphs(*arrays)


def sentences(text: str) -> list[tuple[int, int]]:
    """`passages.sentences(text)`, as the compiled reading cuts them."""
    return _reading.sentences(text)
