"""The passages' word sequences in two bytes a word.

Stored as 32-bit term ids, the sequences were the largest array after the texts. But words
follow Zipf's law: the 65,535 most frequent ids (stop words among them) are nearly every word
of a corpus (98% of the content words at 10 million words, all of them in a smaller one). Each
word is stored as the 16-bit code of its id; the rarer ids get one escape code, and their
positions and ids are kept apart, sorted by position. Decoding any positions is two gathers, and
a binary search for the few escaped ones.

    term id at position i: code_term[word_codes[i]], or, where word_codes[i] == ESCAPE,
    rare_term[j] for the j with rare_at[j] == i
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from .phrases import members

ESCAPE = np.iinfo(np.uint16).max  # the code of every id not among the most frequent
ESCAPED = np.iinfo(np.int32).min  # what code_term gives for ESCAPE: no term's id
CHUNK = 1 << 20


def encode(sequence: np.ndarray, n_terms: int) -> dict[str, np.ndarray]:
    """The arrays that store `sequence` (term ids below `n_terms`, negative for stop words)."""
    low = min(int(sequence.min()), 0) if sequence.size else 0
    counts = np.zeros(max(n_terms - low, 1), dtype=np.int64)
    for at in range(0, sequence.size, CHUNK):
        counts += np.bincount(sequence[at:at + CHUNK] - low, minlength=counts.size)
    present = np.flatnonzero(counts)
    common = present[np.argsort(-counts[present], kind="stable")[:ESCAPE]]  # most frequent first
    code_term = np.full(ESCAPE + 1, ESCAPED, dtype=np.int32)
    code_term[:common.size] = common + low
    code_of = np.full(counts.size, ESCAPE, dtype=np.uint16)
    code_of[common] = np.arange(common.size, dtype=np.uint16)
    codes = np.empty(sequence.size, dtype=np.uint16)
    rare_at, rare_term = [], []
    for at in range(0, sequence.size, CHUNK):
        chunk = sequence[at:at + CHUNK]
        codes[at:at + chunk.size] = code_of[chunk - low]
        escaped = np.flatnonzero(codes[at:at + chunk.size] == ESCAPE)
        rare_at.append(escaped + at)
        rare_term.append(chunk[escaped])
    rare_at_all = np.concatenate(rare_at) if rare_at else np.zeros(0, dtype=np.int64)
    return {
        "word_codes": codes,
        "code_term": code_term,  # ESCAPE's own entry says the word is stored apart
        # Each id's code (ESCAPE: stored apart), for ids from `low` up: a question's words are
        # looked for by their codes, without decoding the words they are compared with.
        "term_code": code_of,
        "rare_at": rare_at_all.astype(np.int32 if sequence.size < 2**31 else np.int64),
        "rare_term": (np.concatenate(rare_term) if rare_term else np.zeros(0)).astype(np.int32),
    }


class Sought(NamedTuple):
    """A set of term ids as the word sequences store them."""

    codes: np.ndarray  # the codes of the ids that have one, sorted
    rare: tuple[int, ...]  # the ids stored apart


def sought(term_code: np.ndarray, n_terms: int, ids: frozenset[int]) -> Sought:
    low = n_terms - len(term_code)
    codes = [int(term_code[i - low]) if low <= i < n_terms else None for i in ids]
    return Sought(np.array(sorted({c for c in codes if c is not None and c != ESCAPE}), dtype=np.uint16),
                  tuple(i for i, c in zip(ids, codes) if c == ESCAPE))


def holds(codes: np.ndarray, rare_at: np.ndarray, rare_term: np.ndarray, positions: np.ndarray,
          wanted: Sought) -> np.ndarray:
    """Whether the word at each of `positions` is one of the `wanted` ids: compared as codes,
    and only the escaped words among them decoded."""
    stored = codes[positions]
    if len(wanted.codes) == 1:
        found = stored == wanted.codes[0]
    else:
        found = members(stored, wanted.codes)
    if wanted.rare and rare_at.size:
        at = np.flatnonzero(stored == ESCAPE)
        terms = rare_term[np.searchsorted(rare_at, positions[at].astype(rare_at.dtype))]
        for term in wanted.rare:
            found[at[terms == term]] = True
    return found


def decode_span(codes: np.ndarray, code_term: np.ndarray, rare_at: np.ndarray, rare_term: np.ndarray,
                start: int, end: int, rare_start: int, rare_end: int) -> np.ndarray:
    """The term ids at positions start to end - 1, whose escaped words are
    rare_at[rare_start:rare_end] (a passage's: `rare_ptr`)."""
    ids = code_term[codes[start:end]]
    if rare_end > rare_start:
        ids[rare_at[rare_start:rare_end] - start] = rare_term[rare_start:rare_end]
    return ids
