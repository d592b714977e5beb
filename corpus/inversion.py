"""From the passages' word sequences to the index's term-grouped arrays, a chunk at a time.

The word sequences (every word of every passage in order, as term ids) are turned around into
positions grouped by term, and these into postings (passages and term frequencies). Sorting
millions of 64-bit (term, passage) keys at once would take several times the index's own size in
temporaries; here each chunk of words (`CHUNK`) is sorted on its own and its words placed
straight at their term's next free slots (a counting sort, as SPIMI builds runs). The word
sequences are read a chunk at a time (the build keeps them on disk), and the postings are made and
handed on a chunk of terms at a time; the positions are placed a run of terms at a time
(`PLACED` at most), so what the inversion holds is bounded, whatever the corpus's size.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, NamedTuple

import numpy as np

try:
    from . import _inverting
except ImportError:  # not built: no C compiler at install time
    _inverting = None

CHUNK = 1 << 18  # words (or postings) handled at once
# Positions placed at once (`positions`), a run of terms at a time: each run reads the word
# sequences again (from the page cache), and what is placed at once is bounded.
PLACED = 1 << 21
TF_MOST = np.iinfo(np.uint16).max
# `Passages`: the passage of every 2**STEP_BITS-th word is kept (at 10 million words, 5 MB).
STEP_BITS = 3


def compiled(word_at_type: np.dtype, passages: "Passages") -> bool:
    """Whether the compiled loops (`_inverting.c`) were built and take these types: positions
    and the passages' table in 32 bits (a corpus of fewer than 2**31 words), and at least one
    passage (a corpus of no passage, a title over an invisible character, is inverted by numpy:
    the compiled loops refuse empty bounds)."""
    return _inverting is not None and word_at_type == np.int32 and passages.table.dtype == np.int32 \
        and len(passages.bounds) >= 2


def group_starts(sorted_values: np.ndarray) -> np.ndarray:
    """Where each run of equal values starts in `sorted_values`."""
    first = np.ones(sorted_values.size, dtype=bool)
    np.not_equal(sorted_values[1:], sorted_values[:-1], out=first[1:])
    return np.flatnonzero(first)


class Passages:
    """Which passage each of a set of word positions is in, as `np.searchsorted(bounds,
    positions, side="right") - 1` finds (`bounds`: the passages' first positions, then the
    end): the same passages, in a few gathers. A binary search a position cost 0.6 s of the
    build at 10 million words, in three passes over every position; here the passage of every
    2**STEP_BITS-th word is kept, a position starts from its step's and moves on by one where
    the next passage starts before it, and only the few that have more passages to pass (short
    passages) are searched."""

    def __init__(self, bounds: np.ndarray, fast: bool = False):
        """`fast`: the table made in one compiled walk over `bounds` (int64), when the loops
        were built and it fits 32 bits (the same table)."""
        self.bounds = bounds
        if fast and _inverting is not None and bounds.dtype == np.int64 and 0 < len(bounds) < 2**31:
            self.table = np.frombuffer(_inverting.passage_table(bounds, STEP_BITS), dtype=np.int32)
            return
        steps = np.arange(0, int(bounds[-1]) if len(bounds) else 0, 1 << STEP_BITS, dtype=np.int64)
        found = np.searchsorted(bounds, steps, side="right") - 1
        self.table = found.astype(np.int32 if len(bounds) < 2**31 else np.int64)

    def __call__(self, positions: np.ndarray) -> np.ndarray:
        """The passages of `positions` (each below the last bound), in 32 bits while they fit."""
        passage = self.table[positions >> STEP_BITS]
        passage += self.bounds[passage + 1] <= positions
        further = np.flatnonzero(self.bounds[passage + 1] <= positions)
        if further.size:
            passage[further] = np.searchsorted(self.bounds, positions[further], side="right") - 1
        return passage


def part_counts(sequence: np.ndarray, bounds: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of one part's word sequences (passage p's words are sequence[bounds[p]:bounds[p+1]]):
    how often each term id (from 0) stands in them, how often each stop word (by -id), and
    each passage's length in terms (its content words). Made by the process that read the
    part, while the others read theirs: the building process only adds them up (`joined`)."""
    content = sequence >= 0
    terms = np.bincount(sequence[content])
    stops = np.bincount(-sequence[~content])
    before = np.zeros(sequence.size + 1, dtype=np.int64)  # content words before each position
    np.cumsum(content, out=before[1:])
    return terms, stops, np.diff(before[bounds]).astype(np.int32)


def joined(terms: np.ndarray, stops: np.ndarray, low: int, n_terms: int) -> np.ndarray:
    """How often each id from `low` up stands in the word sequences, from the parts' counts
    added up by id (`part_counts`: terms by id, stop words by -id)."""
    found = np.zeros(max(n_terms - low, 1), dtype=np.int64)
    stops = np.concatenate([stops, np.zeros(max(1 - low - stops.size, 0), dtype=np.int64)])
    found[:-low] = stops[-low:0:-1]  # ids low to -1
    found[-low:n_terms - low] = terms[:n_terms]
    return found


def pointers(counts: np.ndarray) -> np.ndarray:
    """Where each term's positions start, grouped by term (CSR), from its `counts`; then the end."""
    word_ptr = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=word_ptr[1:])
    return word_ptr


def spans(word_ptr: np.ndarray, most: int) -> Iterator[tuple[int, int]]:
    """Runs of whole terms (first, last + 1), in order, of at most `most` positions each (a
    term with more has a run of its own)."""
    term, n_terms = 0, len(word_ptr) - 1
    while term < n_terms:
        last = int(np.searchsorted(word_ptr, word_ptr[term] + most, side="right")) - 1
        last = min(max(last, term + 1), n_terms)
        yield term, last
        term = last


def positions(sequence: Iterable[tuple[int, np.ndarray]], word_ptr: np.ndarray, first: int, last: int,
              n_words: int, fast: bool = False) -> np.ndarray:
    """Where terms `first` to `last` - 1 stand in the word sequences (content terms: ids >= 0;
    given as chunks, each with where it starts), grouped by term: term t's are
    word_at[word_ptr[t] - word_ptr[first]:word_ptr[t+1] - word_ptr[first]], in order. A run of
    terms at a time (`spans`): the positions placed at once are bounded, not the corpus's.
    `fast`: each word put at its term's next free slot in one compiled pass (`compiled`), not
    by sorting the chunk's words by term (the same array)."""
    base = int(word_ptr[first])
    free = word_ptr[first:last] - base  # each term's next free slot
    word_at = np.empty(int(word_ptr[last]) - base, dtype=np.int32 if n_words < 2**31 else np.int64)
    whole = first == 0 and last == len(word_ptr) - 1
    for at, chunk in sequence:
        if fast:
            _inverting.place(np.ascontiguousarray(chunk, dtype=np.int32), at, first, last, free, word_at)
            continue
        where = np.flatnonzero(chunk >= 0) if whole else np.flatnonzero((chunk >= first) & (chunk < last))
        # By term, in order within each: one sort of (term, place) keys, all distinct, which a
        # plain sort orders as a stable sort of the terms would (several times faster than
        # `argsort(kind="stable")`, the inversion's largest step at 10M words).
        bits = max(int(chunk.size).bit_length(), 1)
        keys = (chunk[where] - first).astype(np.int64)
        keys <<= bits
        keys |= where
        keys.sort()
        where = keys & ((1 << bits) - 1)
        where += at
        keys >>= bits
        terms = keys
        del keys
        starts = group_starts(terms)
        sizes = np.diff(starts, append=terms.size)
        rank = np.arange(terms.size) - np.repeat(starts, sizes)
        word_at[free[terms] + rank] = where
        free[terms[starts]] += sizes
    return word_at


class Postings(NamedTuple):
    """The postings of a chunk of whole terms (`postings`), sorted by term then passage."""

    first: int  # the first term
    last: int  # the last term + 1
    df: np.ndarray  # postings a term
    passages: np.ndarray
    tf: np.ndarray  # the term's frequency in the passage's text
    head_tf: np.ndarray  # ... and in its heading
    # Compiled (`fast`): the occurrences' places in their passages (`places.py`), of the terms
    # not kept whole, and the whole positions of those kept (`places.dense`); else None.
    places: np.ndarray | None = None
    whole: np.ndarray | None = None


def postings(word_ptr: np.ndarray, word_at: Callable[[int, int], np.ndarray], passages: Passages,
             head_terms: np.ndarray, head_owner: np.ndarray,
             keep: Callable[[np.ndarray], None] | None = None,
             fast: tuple[np.dtype, np.ndarray] | None = None) -> Iterator[Postings]:
    """The postings of every term, a chunk of whole terms at a time, in term order.
    `word_at(lo, hi)` gives positions lo to hi - 1; `keep`, when given, is handed the passage
    of every position, in order, a chunk at a time.

    A term's positions are in order, so its postings are the runs of equal passages among
    them; heading terms (`head_terms` of passages `head_owner`) count apart, and make postings
    of their own where the passage's text lacks the term.

    `fast` (the places' type and `dense_ptr`, when `compiled`): the passages, runs and places
    found in one compiled pass over the positions, the places given with the postings
    (`places.stored`'s, chunk by chunk), not left to be made from the passages kept."""
    n_terms, n_pass = len(word_ptr) - 1, max(len(passages.bounds) - 1, 1)
    heads, owners, counts = _heading_pairs(head_terms, head_owner, n_pass)
    head_at = np.searchsorted(heads, np.arange(n_terms + 1))  # each term's heading pairs
    for term, last in spans(word_ptr, CHUNK):  # whole terms: a term's runs never cross chunks
        lo, hi = int(word_ptr[term]), int(word_ptr[last])
        placed = whole = None
        if fast is not None:
            at = word_at(lo, hi)
            place_type, dense_ptr = fast
            df, chunk_pass, chunk_tf, place = _inverting.postings(
                at, word_ptr[term:last + 1] - lo, passages.table, passages.bounds, STEP_BITS,
                place_type.itemsize, TF_MOST)
            chunk_df = np.frombuffer(df, dtype=np.int64).copy()
            chunk_pass = np.frombuffer(chunk_pass, dtype=np.int32)
            chunk_tf = np.frombuffer(chunk_tf, dtype=np.uint16)
            placed, whole = _kept_whole(at, np.frombuffer(place, dtype=place_type), word_ptr, dense_ptr, term,
                                        last)
            del at, place
        else:
            chunk_df, chunk_pass, chunk_tf = _runs(word_ptr, term, last, lo, passages(word_at(lo, hi)), keep)
        chunk_head = np.zeros(chunk_pass.size, dtype=np.uint16)
        first, end = int(head_at[term]), int(head_at[last])
        if end > first:
            text_keys = np.repeat(np.arange(last - term, dtype=np.int64), chunk_df) * n_pass + chunk_pass
            head_keys = (heads[first:end].astype(np.int64) - term) * n_pass + owners[first:end]
            at = np.searchsorted(text_keys, head_keys)
            known = at < text_keys.size
            known[known] = text_keys[at[known]] == head_keys[known]
            chunk_head[at[known]] = counts[first:end][known]
            new = ~known  # heading words the passage's text does not hold: postings of their own
            if new.any():
                chunk_pass = np.insert(chunk_pass, at[new], owners[first:end][new])
                chunk_tf = np.insert(chunk_tf, at[new], 0)
                chunk_head = np.insert(chunk_head, at[new], counts[first:end][new])
                chunk_df += np.bincount(heads[first:end][new] - term, minlength=last - term)
        yield Postings(term, last, chunk_df, chunk_pass, chunk_tf, chunk_head, placed, whole)


def _runs(word_ptr: np.ndarray, term: int, last: int, lo: int, passage: np.ndarray,
          keep: Callable[[np.ndarray], None] | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Terms `term` to `last` - 1's postings per term, passages and text term frequencies,
    from the passage of each of their positions (from position `lo`), in numpy."""
    if keep is not None:
        keep(passage)
    run = np.ones(passage.size, dtype=bool)
    np.not_equal(passage[1:], passage[:-1], out=run[1:])
    firsts = word_ptr[term:last] - lo
    run[firsts[firsts < passage.size]] = True  # a new term starts a new run
    starts = np.flatnonzero(run)
    del run
    chunk_df = np.diff(np.searchsorted(starts, word_ptr[term:last + 1] - lo))
    chunk_pass = passage[starts].astype(np.int32)
    # Frequencies in 16 bits (a term more often than that in one passage counts as 65,535
    # times: BM25 saturates long before).
    chunk_tf = np.minimum(np.diff(starts, append=passage.size), TF_MOST).astype(np.uint16)
    return chunk_df, chunk_pass, chunk_tf


def _kept_whole(positions: np.ndarray, place: np.ndarray, word_ptr: np.ndarray, dense_ptr: np.ndarray,
                first: int, last: int) -> tuple[np.ndarray, np.ndarray]:
    """Of terms `first` to `last` - 1's `positions` and their places: the places of the terms
    not kept whole, the positions of those kept (`places.dense`), as `places.stored` gives them."""
    kept = np.flatnonzero(dense_ptr[first + 1:last + 1] != dense_ptr[first:last]) + first
    if not kept.size:
        return place, positions[:0]
    base = int(word_ptr[first])
    whole = np.zeros(place.size, dtype=bool)
    for term in kept.tolist():
        whole[int(word_ptr[term]) - base:int(word_ptr[term + 1]) - base] = True
    return place[~whole], positions[whole]


def _heading_pairs(head_terms: np.ndarray, head_owner: np.ndarray,
                   n_pass: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct (term, passage) pairs of the headings, sorted, and how often each occurs."""
    keys = head_terms.astype(np.int64) * n_pass + head_owner
    keys.sort()
    starts = group_starts(keys)
    counts = np.minimum(np.diff(starts, append=keys.size), TF_MOST).astype(np.uint16)
    keys = keys[starts]
    return (keys // n_pass).astype(np.int32), (keys % n_pass).astype(np.int32), counts
