"""Verbatim runs: the question's words standing in a passage side by side, in the same order.

Someone who pastes a line they remember, or asks in the document's own words, expects the
passage that holds those words in that order, even when every one of them is common. BM25
cannot tell such a passage from a thousand others with the same words scattered; positions can.
The index keeps where each term stands in the passages' word sequences (stop words included in
the sequences), so a run is found anywhere in the corpus from the positions of one of its words,
the anchor, by reading the words around each occurrence: all numpy, a few gathers per word.
"""
from __future__ import annotations

from itertools import accumulate

import numpy as np

from . import kernels

PHRASE_MIN = 3  # fewer of the question's words in a row is chance
# A word found more often than this anchors no search (its runs are found through a rarer word
# of the question), unless it is the question's rarest.
ANCHOR_MOST = 50_000
RUN_CONTENT = 2  # content words a run holds, at least: "que la propriété" quotes one word, not a line
ANCHORS = 2  # runs through neither of the question's two rarest words are left unsought


def members(values: np.ndarray, among: np.ndarray) -> np.ndarray:
    """Which of `values` are in `among` (sorted): a binary search. For the few ids of a
    question, many times quicker than np.isin, whose set machinery also imports numpy.ma
    on first use (some 40 ms of a one-shot `ask`)."""
    if not among.size:
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(among, values), len(among) - 1)
    return among[at] == values


# A content word's ids may hold a stop word's too (a misspelling of one, `query.question_sequence`):
# its id is negative, and no positions are stored for stop words (read as a term's id, numpy's
# negative indexing gave another term's positions).
def _occurrences(index, ids: frozenset[int], read: dict[int, np.ndarray] | None) -> np.ndarray:
    parts = [index.positions(t, read) for t in ids if t >= 0]
    if len(parts) == 1:
        return parts[0]  # a new array already
    return np.concatenate(parts) if parts else np.zeros(0, dtype=index.arrays.pass_ptr.dtype)


def _count(index, ids: frozenset[int]) -> int:
    return sum(index.occurrences(t) for t in ids if t >= 0)


def _through(sequence: list[frozenset[int]], content: list[bool], k: int, other: int) -> bool:
    """Whether every run kept through the question's word `k` holds its word `other` too (both
    content words), and so is found from `other`'s occurrences as well, the same run cut at
    the same passage's bounds: a kept run holds another content word than `k` (the question
    holds two, so even a run of the whole question does), and so the nearest one on some side
    of `k`, which must be `other` on its side and missing on the other (a word of no ids ends
    every run). `other`'s occurrences must be every place its ids stand: stop words' ids
    (negative) have none stored."""
    if any(t < 0 for t in sequence[other]):
        return False
    for step in (1, -1):
        j = k + step
        while 0 <= j < len(sequence) and sequence[j] and not content[j]:
            j += step
        if 0 <= j < len(sequence) and sequence[j] and j != other:
            return False  # a content word nearer on this side: runs through `k` and it alone
    return True


def runs(index, sequence: list[frozenset[int]], content: list[bool],
         read: dict[int, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Passages holding a run of at least PHRASE_MIN of the question's words, one of them a
    content word, with the length of their longest such run: (passages, lengths), by passage.

    `sequence` holds, for each word of the question in order, the ids it may match (a content
    word's term or its corrections; a stop word's own id); `content` tells content words;
    `read`: postings a stage read whole, by term (an anchor's are not cast again)."""
    owners, lengths = anchor_runs(index, sequence, content, read)
    owner, length = (np.concatenate(owners), np.concatenate(lengths)) if owners else (None, None)
    if owner is None or not owner.size:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    order = np.lexsort((-length, owner))  # by passage, longest run first
    owner, length = owner[order], length[order]
    first = np.ones(owner.size, dtype=bool)
    first[1:] = owner[1:] != owner[:-1]
    return owner[first], length[first]


def anchor_runs(index, sequence: list[frozenset[int]], content: list[bool],
                read: dict[int, np.ndarray] | None = None) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The runs `runs` finds, from each anchor apart: for each, the passage and the length of
    every run long enough through one of its occurrences (int64 arrays; a passage may come
    more than once, from one anchor or both)."""
    if len(sequence) < PHRASE_MIN:
        return [], []
    anchors = sorted((_count(index, ids), k) for k, ids in enumerate(sequence) if content[k] and ids)
    anchors = [k for i, (count, k) in enumerate(anchors) if i == 0 or count <= ANCHOR_MOST][:ANCHORS]
    if len(anchors) == 2 and _through(sequence, content, anchors[1], anchors[0]):
        anchors = anchors[:1]  # its runs are found from the first: tens of thousands of words not read
    bounds, total = index.arrays.pass_ptr, index.word_count()
    # How many content words the question holds before each of its words: a run must hold two
    # of them (or be the whole question) to say more than its one content word does alone.
    before = np.array([0, *accumulate(content)], dtype=np.int64)  # (a few words: numpy's cumsum costs 7x more)
    owners, lengths = [], []
    words = kernels.sequence(sequence) if index.compiled and anchors else None
    for k in anchors:
        at = _occurrences(index, sequence[k], read)
        if words is not None:  # the walk below, in one call
            owner, length = kernels.phrase_runs(index, at, k, words, before, PHRASE_MIN, RUN_CONTENT)
            owners.append(owner)
            lengths.append(length)
            continue
        lowest, highest = (int(at.min()), int(at.max())) if at.size else (0, 0)
        reach = []  # how far the run goes from each occurrence, rightwards then leftwards
        for step, steps in ((1, len(sequence) - k - 1), (-1, k)):
            far = np.zeros(len(at), dtype=np.int64)
            alive = None  # which occurrences are still in a run; None: all of them (no gather)
            for j in range(1, steps + 1):
                # Only the occurrences still in a run are read on: after a word or two, few.
                where = (at if alive is None else at[alive]) + step * j
                if (highest + j >= total) if step > 0 else (lowest - j < 0):  # else none is outside
                    inside = (where < total) if step > 0 else (where >= 0)
                    alive = np.flatnonzero(inside) if alive is None else alive[inside]
                    where = where[inside]
                held = index.holds(where, sequence[k + step * j])
                alive = np.flatnonzero(held) if alive is None else alive[held]
                if not alive.size:
                    break
                far[alive] = j
            reach.append(far)
        right, left = reach
        long = np.flatnonzero(left + right + 1 >= PHRASE_MIN)
        if not long.size:
            continue
        # A run may not cross from a passage into the next: cut it at the passage's bounds.
        start = at[long]
        passage = np.searchsorted(bounds, start, side="right") - 1
        right_in = np.minimum(right[long], bounds[passage + 1] - 1 - start)
        left_in = np.minimum(left[long], start - bounds[passage])
        length = right_in + left_in + 1
        held = before[k + right_in + 1] - before[k - left_in]
        keep = (length >= PHRASE_MIN) & ((held >= RUN_CONTENT) | (length == len(sequence)))
        owners.append(passage[keep])
        lengths.append(length[keep])
    return owners, lengths
