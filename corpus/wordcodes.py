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

from .arrays import joined_rows
from .phrases import members

ESCAPE = np.iinfo(np.uint16).max  # the code of every id not among the most frequent
ESCAPED = np.iinfo(np.int32).min  # what code_term gives for ESCAPE: no term's id


def table(counts: np.ndarray, low: int) -> tuple[np.ndarray, np.ndarray]:
    """(code -> term id, term id - `low` -> code) for word sequences in which id `low` + i
    stands counts[i] times: the most frequent ids get a code, most frequent first."""
    present = np.flatnonzero(counts)
    common = present[np.argsort(-counts[present], kind="stable")[:ESCAPE]]
    code_term = np.full(ESCAPE + 1, ESCAPED, dtype=np.int32)
    code_term[:common.size] = common + low
    term_code = np.full(counts.size, ESCAPE, dtype=np.uint16)
    term_code[common] = np.arange(common.size, dtype=np.uint16)
    return code_term, term_code


def encode(sequence: np.ndarray, term_code: np.ndarray, low: int) -> tuple[np.ndarray, np.ndarray]:
    """A piece of word sequence (term ids) as codes, and where its words stored apart stand."""
    codes = term_code[sequence - low]
    return codes, np.flatnonzero(codes == ESCAPE)


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


def decode_spans(codes: np.ndarray, code_term: np.ndarray, rare_at: np.ndarray, rare_term: np.ndarray,
                 starts: np.ndarray, ends: np.ndarray, rare_starts: np.ndarray,
                 rare_ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`decode_span` of several spans at once, joined: (their term ids one after the other,
    where each span starts in them and, last, their total). A few gathers for all the spans,
    not a few for each."""
    at, bounds = joined_rows(starts, ends)
    ids = code_term[codes[at]]
    if (rare_ends > rare_starts).any():
        rare, rare_bounds = joined_rows(rare_starts, rare_ends)
        # An escaped word's place among the joined ids: its position less its span's shift.
        shift = np.repeat(starts.astype(np.int64) - bounds[:-1], np.diff(rare_bounds))
        ids[rare_at[rare] - shift] = rare_term[rare]
    return ids, bounds
