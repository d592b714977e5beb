"""Where each term stands in the word sequences, stored as places in its passages.

A term's positions were 32-bit offsets in the joined word sequences (the largest array after
the texts and the postings). But they are always read with the term's postings, which name the
passages it stands in, in the same order: a position is its passage's start (`pass_ptr`) plus
its place in the passage, a number below the longest passage's length (60 words, more for a
long sentence). So each occurrence stores its place in the smallest unsigned type that holds
it with one bit to spare (a byte for passages of up to 128 words), and that top bit says the
occurrence opens the next of the term's postings. A posting whose passage holds the term only
in its heading has no occurrence: one bit a posting (`post_text`, packed) says which hold it in
their text. Reading a term's positions is a cumulative sum and two gathers.

    positions of t: pass_ptr[text_postings[cumsum(opens) - 1]] + place, for the occurrences
    word_place[word_ptr[t]:word_ptr[t+1]], text_postings being t's postings whose bit is set
"""
from __future__ import annotations

from typing import Callable, Iterator

import numpy as np

CHUNK = 1 << 20  # occurrences placed at once


def place_type(longest: int) -> np.dtype:
    """The smallest unsigned type holding a place below `longest` and a flag bit above it."""
    for kind in (np.uint8, np.uint16, np.uint32):
        if longest <= 1 << (8 * np.dtype(kind).itemsize - 1):
            return np.dtype(kind)
    raise ValueError("a passage longer than 2**31 words")


def passage_place_type(bounds: np.ndarray) -> np.dtype:
    """The type of the places in passages starting at `bounds` (then the end)."""
    return place_type(int(np.max(np.diff(bounds))) if len(bounds) > 1 else 0)


def encode(word_at: Callable[[int, int], np.ndarray], word_ptr: np.ndarray, bounds: np.ndarray,
           passage_at: Callable[[int, int], np.ndarray] | None = None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Each occurrence's place in its passage, its top bit set where it opens a posting: where
    the term starts, or its passage is not the one of the occurrence before (`word_at(lo, hi)`:
    the positions lo to hi - 1, grouped by term, in order; `bounds`: the passages' first
    positions, then the end; `passage_at(lo, hi)`: the passages of those positions, when they
    are known already, else they are searched in `bounds`). A chunk at a time, (its positions,
    their places): no full-size array, the positions' nor a temporary's."""
    kind = passage_place_type(bounds)
    opens_bit = kind.type(1 << (8 * kind.itemsize - 1))
    term_starts = np.asarray(word_ptr[:-1])
    previous = -1
    for at in range(0, int(word_ptr[-1]), CHUNK):
        positions = word_at(at, at + CHUNK)
        passage = np.searchsorted(bounds, positions, side="right") - 1 if passage_at is None else \
            passage_at(at, at + CHUNK)
        opens = np.empty(passage.size, dtype=bool)
        opens[0] = passage[0] != previous
        np.not_equal(passage[1:], passage[:-1], out=opens[1:])
        starts = term_starts[(term_starts >= at) & (term_starts < at + passage.size)] - at
        opens[starts] = True
        place = (positions - bounds[passage]).astype(kind)
        place[opens] |= opens_bit
        previous = passage[-1]
        yield positions, place


def dense(word_ptr: np.ndarray, dense_from: int, dense_until: int) -> np.ndarray:
    """Where each term's whole positions start (`dense_ptr`): the terms found from
    `dense_from` to `dense_until` - 1 times keep theirs whole, the others none."""
    found = np.diff(word_ptr)
    dense_ptr = np.zeros(len(word_ptr), dtype=np.int64)
    np.cumsum(np.where((found >= dense_from) & (found < dense_until), found, 0), out=dense_ptr[1:])
    return dense_ptr


def stored(word_at: Callable[[int, int], np.ndarray], word_ptr: np.ndarray, bounds: np.ndarray,
           dense_ptr: np.ndarray, passage_at: Callable[[int, int], np.ndarray] | None = None
           ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The positions as stored, a chunk at a time: (places, whole positions). The terms
    `dense_ptr` (`dense`) keeps whole keep theirs as they are (`word_at`: term t's are
    word_at[dense_ptr[t]:dense_ptr[t+1]] as stored), every other term's are places
    (`word_place`, from word_ptr[t] - dense_ptr[t] on)."""
    kept = np.flatnonzero(np.diff(dense_ptr))  # the terms kept whole, in order
    at = 0
    for positions, place in encode(word_at, word_ptr, bounds, passage_at):
        whole = np.zeros(place.size, dtype=bool)
        for term in kept[(word_ptr[kept + 1] > at) & (word_ptr[kept] < at + place.size)]:
            whole[max(int(word_ptr[term]) - at, 0):int(word_ptr[term + 1]) - at] = True
        yield place[~whole], positions[whole]
        at += place.size


def in_text(tf: np.ndarray) -> np.ndarray:
    """One bit a posting, packed: whether its passage's text holds the term (`tf` > 0)."""
    return np.packbits(tf > 0, bitorder="little")


def decode(places: np.ndarray, postings: np.ndarray, text_bits: np.ndarray, first: int,
           bounds: np.ndarray) -> np.ndarray:
    """A term's positions (in order, in the type of `bounds`) from its occurrences' `places`,
    its `postings` (which are postings first to first + len(postings) - 1 of the index: their
    bits in `text_bits`) and the passages' `bounds`. Most terms a question anchors on are rare,
    each in a passage once: their positions are a gather, no cumulative sum. (Every numpy
    call counts here: a question reads a few such terms of a hundred occurrences.)"""
    if not places.size:
        return np.zeros(0, dtype=bounds.dtype)
    top = 8 * places.dtype.itemsize - 1
    opens = places >= 1 << top
    in_text = int(np.count_nonzero(opens))
    if in_text != postings.size:  # some postings hold the term in their heading only
        bits = np.unpackbits(text_bits[first >> 3:(first + postings.size + 7) >> 3], bitorder="little")
        postings = postings[bits[first & 7:(first & 7) + postings.size].view(bool)]
    start = bounds[postings]  # each posting's passage's first position
    if in_text != places.size:  # some postings hold the term more than once
        owner = np.cumsum(opens)  # the occurrence's posting, from 1
        owner -= 1
        start = start[owner]  # a gather in order, from an array the size of the postings
    start += places & (1 << top) - 1
    return start
