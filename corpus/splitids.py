"""Passage ids in postings, stored in 16 bits: each posting keeps its id's low bits, and each
term where the run of each high part (id >> width) starts.

A term's postings are sorted ids, so those of one high part stand together, and their low parts
are sorted within that run: a binary search of the low part in its high part's run finds an id
as the search of the whole id in the whole list did, reading two bytes a posting in place of
four. At 302,816 passages (10M words) the high part is 0..4: five runs a term.

    runs of term t:  post_run[t*H + h] .. post_run[t*H + h + 1]   (H high parts, h in 0..H-1)
    post_run[t*H] is where t's postings start (term_ptr[t]), post_run[t*H + H] where they end.

`width` is a parameter of the stored form (`post_id_bits`; 16, `builder.ID_BITS`, unless a
build asks for fewer), so that a
corpus of a few dozen passages can be stored in several runs a term too.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

# A list of at most 1/READ_WHOLE of a run's span (16,384 postings at 16 bits), searched for ids of
# several high parts, is read whole and searched once: a cast and a few additions cost less
# than a search a run.
READ_WHOLE = 4


def highs(n_passages: int, width: int) -> int:
    """How many high parts the ids of `n_passages` passages have."""
    return ((max(n_passages, 1) - 1) >> width) + 1


def split(post_pass: np.ndarray, term_ptr: np.ndarray, n_highs: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """The stored form of a chunk of terms' postings (`term_ptr` their offsets in `post_pass`,
    from 0): their ids' low parts, and the offsets of each term's runs (n_terms * n_highs + 1,
    from 0; the caller adds where the chunk starts)."""
    n_terms = len(term_ptr) - 1
    low = (post_pass & ((1 << width) - 1)).astype(np.uint16)
    # Each posting's run, numbered term * n_highs + high part: four bytes a posting while they
    # fit (a temporary the size of the postings).
    kind = np.int32 if n_terms * n_highs < 2**31 else np.int64
    run_of = np.repeat(np.arange(n_terms, dtype=kind), np.diff(term_ptr))
    run_of *= n_highs
    run_of += (post_pass >> width).astype(kind, copy=False)
    # Runs are numbered in the postings' order: each starts at the first posting of its number
    # or more (searched in the numbers' type: no copy of them).
    run = np.searchsorted(run_of, np.arange(n_terms * n_highs + 1, dtype=kind))
    return low, run


def whole(low: np.ndarray, runs: list[int], width: int) -> np.ndarray:
    """A term's ids whole (int32), from its low parts and its runs' offsets (from 0)."""
    ids = low.astype(np.int32)
    for h in range(1, len(runs) - 1):
        if runs[h + 1] > runs[h]:
            ids[runs[h]:runs[h + 1]] += h << width
    return ids


def whole_of(low: np.ndarray, runs: np.ndarray, width: int) -> np.ndarray:
    """Several terms' ids whole (int32) from their low parts laid end to end, and their runs'
    offsets (one row a term, the high parts' runs' bounds, as `post_run` holds them): one cast
    and one addition for all the terms, not a few a term."""
    ids = low.astype(np.int32)
    n_terms, n_highs = runs.shape[0], runs.shape[1] - 1
    if n_highs > 1:
        high = np.tile(np.arange(n_highs, dtype=np.int32) << width, n_terms)
        ids += np.repeat(high, np.diff(runs, axis=1).ravel())
    return ids


def find_whole(ids: np.ndarray, passages: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of `passages` (sorted ids) is in `ids` (a term's postings read whole,
    `whole`), clipped to the list, and whether it is there: one search."""
    if not ids.size:
        return np.zeros(len(passages), dtype=np.int64), np.zeros(len(passages), dtype=bool)
    at = ids[:-1].searchsorted(passages)
    return at, ids[at] == passages


class Sought(NamedTuple):
    """Sorted passage ids ready to be looked for in postings: their low parts (uint16, the
    postings' type: searched in it, nothing is copied), and for each high part among them the
    slice of them it holds; and the ids whole (int32), for the short lists read whole. (For
    the compiled kernels, which split them as they search: the ids alone, as given.)"""
    low: np.ndarray | None
    ids: np.ndarray
    groups: list[tuple[int, int, int]]  # (high part, first, end)


def sought(passages: np.ndarray, width: int) -> Sought:
    """`passages` (sorted ids) split for `find`."""
    passages = np.asarray(passages)
    low = (passages & ((1 << width) - 1)).astype(np.uint16)
    ids = passages.astype(np.int32, copy=False)
    if not len(passages):
        return Sought(low, ids, [])
    first, last = int(passages[0]) >> width, int(passages[-1]) >> width
    if first == last:
        return Sought(low, ids, [(first, 0, len(passages))])
    cuts = np.searchsorted(passages, np.arange(first + 1, last + 1, dtype=np.int64) << width).tolist()
    bounds = [0, *cuts, len(passages)]
    return Sought(low, ids, [(first + i, bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)
                        if bounds[i + 1] > bounds[i]])


def find(low: np.ndarray, runs: list[int], wanted: Sought, low_bits: int) -> tuple[np.ndarray, np.ndarray]:
    """Where each sought id is in a term's postings (`low` its low parts, `runs` its runs'
    offsets from 0), clipped to the list, and whether it is there.

    A short list is read whole and searched once (`READ_WHOLE`). Else each high part's keys
    are searched in its run but for the run's last value: a key past it lands on that last
    place, the clipped place, in the one call."""
    at = np.zeros(len(wanted.low), dtype=np.int64)
    if not runs[-1]:
        return at, np.zeros(len(wanted.low), dtype=bool)
    if len(wanted.groups) > 1 and runs[-1] <= (1 << low_bits) // READ_WHOLE:  # one search of the ids whole: fewer calls
        return find_whole(whole(low, runs, low_bits), wanted.ids)
    empty = []
    for h, i, j in wanted.groups:
        start, end = runs[h], runs[h + 1]
        if end > start:
            place = np.searchsorted(low[start:end - 1], wanted.low[i:j])
            place += start
            at[i:j] = place
        else:
            empty.append((i, j))
    found = low[at] == wanted.low
    for i, j in empty:  # no id of that high part: none found (their place 0 is any posting)
        found[i:j] = False
    return at, found
