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

import numpy as np

ESCAPE = np.iinfo(np.uint16).max  # the code of every id not among the most frequent
CHUNK = 1 << 20


def encode(sequence: np.ndarray) -> dict[str, np.ndarray]:
    """The arrays that store `sequence` (term ids, negative for stop words)."""
    low = int(sequence.min()) if sequence.size else 0
    counts = np.zeros(int(sequence.max()) - low + 1 if sequence.size else 1, dtype=np.int64)
    for at in range(0, sequence.size, CHUNK):
        counts += np.bincount(sequence[at:at + CHUNK] - low, minlength=counts.size)
    present = np.flatnonzero(counts)
    common = present[np.argsort(-counts[present], kind="stable")[:ESCAPE]]  # most frequent first
    code_term = np.full(ESCAPE + 1, np.iinfo(np.int32).min, dtype=np.int32)
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
        "code_term": code_term[:max(common.size, 1)] if common.size < ESCAPE else code_term,
        "rare_at": rare_at_all.astype(np.int32 if sequence.size < 2**31 else np.int64),
        "rare_term": (np.concatenate(rare_term) if rare_term else np.zeros(0)).astype(np.int32),
    }


def decode(codes: np.ndarray, code_term: np.ndarray, rare_at: np.ndarray, rare_term: np.ndarray,
           positions: np.ndarray) -> np.ndarray:
    """The term ids at `positions`."""
    stored = codes[positions]
    if not rare_at.size:
        return code_term[stored]
    escaped = stored == ESCAPE
    stored[escaped] = 0  # a valid code; its id is replaced just below
    ids = code_term[stored]
    if escaped.any():
        ids[escaped] = rare_term[np.searchsorted(rare_at, positions[escaped])]
    return ids
