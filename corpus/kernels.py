"""The postings stages' inner loops compiled (`_kernels.c`), when they were built.

numpy pays a few microseconds a call whatever the array's length, and a question's candidates
and phrases stages made a few hundred calls on short lists. The C kernels do the same work in
a few calls: reading terms' postings whole (the ids rebuilt from their 16-bit parts, the
impacts scaled, the coordination share added, summed by passage), finding passages in a term's
postings, extending the question's words from an anchor's occurrences, picking the best
scores and reading passages' first words. They give the
numpy path's results to the bit (the same float32 operations in the same order); `Index`
uses them when this module imported them (`Index.load(path, compiled=False)`: numpy alone).
The extension is optional: `pip install` builds it where a C compiler is found, and without one
the engine runs the numpy path, the same answers more slowly (README, "Speed and scale").

Each function here takes the index and numpy arrays, calls the kernel and views its results
(bytearrays) as arrays.
"""
from __future__ import annotations

from itertools import accumulate

import numpy as np

try:
    from . import _kernels
except ImportError:  # not built: no C compiler at install time
    _kernels = None


def available() -> bool:
    """Whether the compiled kernels were built and imported."""
    return _kernels is not None


def read(index, terms: list[int], scales: np.ndarray, shares: np.ndarray,
         scores: np.ndarray | None = None, keep: bool = True) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """The terms' postings end to end (`Index.read`): ids (int32), level * scales[i] +
    shares[i] (float32), where each term's start (then the end); each impact also added to
    `scores` (float32, one a passage) when given, term after term (then, unless `keep`, only
    added: the ids and impacts come back empty)."""
    ptr, highs, width = index.split_layout()
    a = index.arrays
    ids, impacts, offsets = _kernels.read_terms(ptr, highs, width, np.asarray(terms, dtype=np.int64),
                                                a.post_low, a.post_impact, scales, shares, scores, keep)
    return (np.frombuffer(ids, dtype=np.int32), np.frombuffer(impacts, dtype=np.float32),
            np.frombuffer(offsets, dtype=np.int64).tolist())


def summed(ids: np.ndarray, values: np.ndarray, offsets: list[int] | None = None,
           bits: list[int] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The distinct `ids`, sorted, each one's values added in the order they come, and, when
    `offsets` (where each term's ids start, then the end) and `bits` (a bit a term) are given,
    the bits of the terms each came from (uint64; else None)."""
    if offsets is None:
        distinct, sums, masks = _kernels.sum_by_id(ids, values)
    else:
        distinct, sums, masks = _kernels.sum_by_id(ids, values, np.asarray(offsets, dtype=np.int64),
                                                   np.asarray(bits, dtype=np.int64))
    return (np.frombuffer(distinct, dtype=np.int32), np.frombuffer(sums, dtype=np.float32),
            None if masks is None else np.frombuffer(masks, dtype=np.uint64))


def best(scores: np.ndarray, limit: int) -> np.ndarray | None:
    """Where the `limit` highest of float32 `scores` stand, in order of place, the first of equal
    scores at the cut (`candidates.best`); None for other scores than float32 or a NaN among
    them (numpy's partition then decides)."""
    if scores.dtype != np.float32:
        return None
    places = _kernels.best_places(np.ascontiguousarray(scores), limit)
    return None if places is None else np.frombuffer(places, dtype=np.int64)


def scores_of(index, terms: list[int], passages: np.ndarray, scales: np.ndarray, shares: np.ndarray,
              weights: np.ndarray, bits: list[int] | None = None, masks: np.ndarray | None = None) -> np.ndarray:
    """What the terms add to each of `passages` (sorted ids): weights[i] * (level * scales[i]
    + shares[i]) where the passage holds term i, added term after term (float32). With `bits`
    (a bit a term) and `masks` (uint64, one a passage), term i's bit is set in place in the
    mask of each passage holding it."""
    ptr, highs, width = index.split_layout()
    a = index.arrays
    more = () if masks is None else (np.asarray(bits, dtype=np.int64), masks)
    scores = _kernels.scores_of(ptr, highs, width, np.asarray(terms, dtype=np.int64), a.post_low,
                                a.post_impact, passages, scales, shares, weights, *more)
    return np.frombuffer(scores, dtype=np.float32)


def find(index, term: int, passages: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of `passages` (sorted ids) is in a term's postings, from its first (clipped to
    the list where absent), and whether it is there (`Index.find`)."""
    ptr, highs, width = index.split_layout()
    at, found = _kernels.find(ptr, highs, width, np.array([term], dtype=np.int64), index.arrays.post_low, passages)
    return np.frombuffer(at, dtype=np.int64), np.frombuffer(found, dtype=bool)


def positions(index, term: int) -> np.ndarray:
    """Where a term stands in the joined word sequences, in order (int64; `Index.positions`)."""
    ptr, highs, width = index.split_layout()
    a = index.arrays
    found = _kernels.positions(ptr, highs, width, np.array([term], dtype=np.int64), a.post_low, a.word_ptr,
                               a.word_place, a.post_text, a.dense_ptr, a.word_at, a.pass_ptr)
    return np.frombuffer(found, dtype=np.int64)


def sequence(sequence: list[frozenset[int]]) -> tuple[np.ndarray, np.ndarray]:
    """The question's words (`Query.sequence`: each a set of ids) laid end to end for
    `phrase_runs`: their ids, and where each word's start (then the end)."""
    ids = np.array([t for word in sequence for t in word], dtype=np.int64)
    return ids, np.array([0, *accumulate(len(word) for word in sequence)], dtype=np.int64)


def phrase_runs(index, at: np.ndarray, anchor: int, words: tuple, before: np.ndarray,
                shortest: int, content_least: int) -> tuple[np.ndarray, np.ndarray]:
    """The runs through the anchor's occurrences `at` (`phrases.runs`): the passage and length
    of each run long enough, in the occurrences' order. `words`: the question's words
    (`sequence`), read as the word sequences store them (`Index.stored_as`); `before`: how
    many content words stand before each."""
    a = index.arrays
    owners, lengths = _kernels.phrase_runs(at, anchor, a.word_codes, a.rare_at, a.rare_term, a.pass_ptr, *words,
                                           a.term_code, len(a.term_idf), before, shortest, content_least)
    return np.frombuffer(owners, dtype=np.int64), np.frombuffer(lengths, dtype=np.int64)


def phrase_passages(owners: list[np.ndarray], lengths: list[np.ndarray], found: np.ndarray,
                    limit: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """From each anchor's runs (`phrases.anchor_runs`): the `limit` passages of longest runs
    not among `found` (sorted ids), sorted; the longest run of each of `found` and of those
    (0: none); and how many passages hold a run (`candidates.with_phrases`)."""
    extra, found_length, extra_length, quoting = _kernels.phrase_passages(tuple(owners), tuple(lengths), found, limit)
    return (np.frombuffer(extra, dtype=np.int64), np.frombuffer(found_length, dtype=np.int64),
            np.frombuffer(extra_length, dtype=np.int64), quoting)


def held_words(index, terms: list[int], word: list[int], share: list[float], passages: np.ndarray,
               words: int, masks: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """For each of `passages` (sorted ids) and each of `words` question words: the largest
    share[i] of the word's terms i (word[i], the terms of a word in a row) it holds, 0 for none
    (float32 of the float64 maximum); and how many words it holds some term of (`held_shares`).
    `masks` (uint64, one a passage: bit i where it holds term i), when given, says which terms
    each holds: the postings are not searched again."""
    ptr, highs, width = index.split_layout()
    more = () if masks is None else (masks,)
    present, held = _kernels.held_words(ptr, highs, width, np.asarray(terms, dtype=np.int64), index.arrays.post_low,
                                        passages, np.asarray(word, dtype=np.int64),
                                        np.asarray(share, dtype=np.float64), words, *more)
    return (np.frombuffer(present, dtype=np.float32).reshape(len(passages), words),
            np.frombuffer(held, dtype=np.int64))


def beside(index, passages: np.ndarray, among: np.ndarray, held: np.ndarray, reach: int) -> np.ndarray:
    """For each of `passages`: the most of each question word it or a passage within `reach` of
    it in its section that is among `among` (sorted) holds, by `held` (float32, a row each of
    `among`): `scoring.section_coverage`."""
    a = index.arrays
    words = held.shape[1]
    found = _kernels.beside(np.ascontiguousarray(passages), among, np.ascontiguousarray(held).reshape(-1), words, a.pass_para,
                            a.para_doc, a.para_head, reach)
    return np.frombuffer(found, dtype=np.float32).reshape(len(passages), words)


def closeness(index, passages: list[int], owner: dict[int, int], rarity: list[float], total: float,
              early_tokens: int, near_gap: int, early_weight: float) -> list[float]:
    """`scoring.closeness` of each passage: `owner` maps each of the question's terms to its
    word, `rarity` is by word, `total` their sum (or 1)."""
    a = index.arrays
    terms = sorted(owner)
    found = _kernels.closeness(a.word_codes, a.code_term, a.rare_at, a.rare_term, a.pass_ptr, a.rare_ptr,
                               np.asarray(passages, dtype=np.int64), np.asarray(terms, dtype=np.int64),
                               np.asarray([owner[t] for t in terms], dtype=np.int64),
                               np.asarray(rarity, dtype=np.float64), total, early_tokens, near_gap, early_weight,
                               len(rarity) - 1)
    return np.frombuffer(found, dtype=np.float64).tolist()


def word_spans(text: str, shift: int) -> tuple[list[int], list[int]]:
    """Where each word of `text` (normalised: `text.normalise`) starts and ends, plus `shift`:
    the runs of letters and digits `analysis.word_spans` finds."""
    return _kernels.word_spans(text, shift)


def stored_words(codes: np.ndarray, code_term: np.ndarray, rare_at: np.ndarray, rare_term: np.ndarray,
                 pass_ptr: np.ndarray, rare_ptr: np.ndarray, passage: int, floor: int) -> list[int]:
    """A passage's words in order as term ids (`wordcodes.decode_span`), none under `floor`."""
    return _kernels.stored_words(codes, code_term, rare_at, rare_term, pass_ptr, rare_ptr, passage, floor)


def first_words(index, passages: list[int]) -> list[int | None]:
    """`Index.first_words` in one call: each passage's first stored word, None for an empty one."""
    a = index.arrays
    return _kernels.first_words(a.word_codes, a.code_term, a.rare_at, a.rare_term, a.pass_ptr, a.rare_ptr, passages)


def heading_shares(index, headings: np.ndarray, owner: dict[int, int], rarity: list[float],
                   total: float) -> tuple[np.ndarray, np.ndarray]:
    """For each heading id (-1: none): the share of the question its terms hold (the rarity of
    the question words they are, summed in the words' order, over `total`; float32) and its
    focus (1 when all its terms are the question's, float32); `owner` maps each of the
    question's terms to its word (`scoring.heading_share`)."""
    a = index.arrays
    terms = sorted(owner)
    shares, focused = _kernels.heading_shares(a.heading_ptr, a.heading_terms, headings,
                                              np.asarray(terms, dtype=np.int64),
                                              np.asarray([owner[t] for t in terms], dtype=np.int64),
                                              np.asarray(rarity, dtype=np.float64), total)
    return np.frombuffer(shares, dtype=np.float32), np.frombuffer(focused, dtype=np.float32)


def weighted_rows(present: np.ndarray, rarity: np.ndarray, total: float) -> np.ndarray | None:
    """`scoring.weighted_share`'s `(present * rarity).sum(axis=1) / total` for float32 `present`
    and `rarity`, in one call where numpy takes three (its sum of a row alone costs some 7 µs
    on 250 candidates); None for rows of eight shares or more, which numpy sums pairwise, in
    another order (numpy then computes them)."""
    if not 0 < len(rarity) < 8:
        return None
    sums = _kernels.weighted_rows(np.ascontiguousarray(present, dtype=np.float32).reshape(-1), rarity, total)
    return np.frombuffer(sums, dtype=np.float32)
