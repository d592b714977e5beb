"""The index's arrays, each declared with what it holds: what `builder.py` makes, `storage.py`
writes and memory-maps back, and `Index` reads through its accessors.

Three groups, each a CSR layout (a `_ptr` array of offsets into a flat array):
- per term: its postings (passages and their BM25 contributions) and its positions in the word
  sequences;
- per passage: its words in order as term ids (two bytes a word), its paragraph and its character span in it;
- per paragraph: its text (UTF-8, in zlib blocks: `texts.py`), its heading path (each distinct
  path stored once), its document, number, kind, page.

Offsets and per-row values are stored in the smallest signed integer type their range allows
(positions are read back in `pass_ptr`'s, so that searching them in it copies nothing).
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np


class IndexArrays(NamedTuple):
    """A named tuple, not a dataclass: as immutable, and several times cheaper to define, which
    a one-shot `corpus-bot ask` pays at every start."""

    # Terms: t's postings are positions term_ptr[t]:term_ptr[t+1], sorted passage ids stored
    # as their low post_id_bits[0] bits (post_low, uint16) with the runs of each higher part
    # apart (post_run: `splitids.py`), and post_impact[...] their BM25 contributions (idf and
    # length normalisation folded in), in one byte each: level * term_scale[t] (`builder.quantized`).
    term_ptr: np.ndarray
    post_low: np.ndarray
    post_run: np.ndarray
    post_id_bits: np.ndarray
    post_impact: np.ndarray
    term_scale: np.ndarray
    term_idf: np.ndarray
    term_max: np.ndarray  # each term's largest contribution: what lets a query skip common terms
    term_generality: np.ndarray  # how much a term says of a subject (`generality.py`)
    term_in_heading: np.ndarray  # whether some heading holds the term
    # Where each term stands in the word sequences, in order: its occurrences
    # word_place[word_ptr[t]:word_ptr[t+1]] as places in its postings' passages, post_text
    # telling (one bit a posting) which postings hold it in their text (`places.py`).
    word_ptr: np.ndarray
    word_place: np.ndarray
    post_text: np.ndarray
    # ... but for the terms found thousands of times: word_at[dense_ptr[t]:dense_ptr[t+1]],
    # their positions whole (and their places left out of word_place).
    dense_ptr: np.ndarray
    word_at: np.ndarray
    terms: np.ndarray  # the terms' strings, "\n"-joined UTF-8, in id order
    term_order: np.ndarray  # the term ids in the alphabetical order of their terms
    surface_keys: np.ndarray  # words as written ("\n"-joined) ...
    surface_term: np.ndarray  # ... and the term id each stands for
    # Passages: p's words are positions pass_ptr[p] to pass_ptr[p+1] - 1 of the word sequences
    # (negative ids: stop words), stored as 16-bit codes with the rare ids apart (`wordcodes.py`).
    word_codes: np.ndarray
    code_term: np.ndarray
    term_code: np.ndarray  # each id's code, for ids from len(term_idf) - len(term_code) up
    rare_at: np.ndarray
    rare_term: np.ndarray
    rare_ptr: np.ndarray  # passage p's escaped words: rare_at[rare_ptr[p]:rare_ptr[p+1]]
    pass_ptr: np.ndarray
    pass_para: np.ndarray
    pass_start: np.ndarray  # character offsets in the paragraph's text
    pass_end: np.ndarray
    # Paragraphs: paragraph i is bytes para_ptr[i]:para_ptr[i+1] of the texts once
    # decompressed; its block b holds paragraphs text_block_para[b] to text_block_para[b+1] - 1,
    # compressed in text_z[text_block_ptr[b]:text_block_ptr[b+1]] against the preset dictionary
    # text_block_dict[b] (text_dicts[text_dict_ptr[d]:text_dict_ptr[d+1]]; see `texts.py`).
    para_ptr: np.ndarray
    text_z: np.ndarray
    text_block_ptr: np.ndarray
    text_block_para: np.ndarray
    text_block_dict: np.ndarray
    text_dicts: np.ndarray
    text_dict_ptr: np.ndarray
    # Its heading path: head_text[head_ptr[h]:head_ptr[h+1]] for h = para_head[i].
    para_head: np.ndarray
    head_text: np.ndarray
    head_ptr: np.ndarray
    para_doc: np.ndarray
    para_number: np.ndarray
    para_kind: np.ndarray
    para_page: np.ndarray
    # The terms of the heading a paragraph stands right under: heading_terms[heading_ptr[h]:
    # heading_ptr[h+1]] for h = para_heading[para] (-1: none), sorted.
    para_heading: np.ndarray
    heading_ptr: np.ndarray
    heading_terms: np.ndarray
    # Acronyms the prose spells out (`acronyms.py`), sorted by acronym (`acronyms.key_code`):
    # each row one acronym and a run of words spelling it, its uses, its rarest word's uses,
    # and its term ids (acronym_words[row], -1 after the last).
    acronym_key: np.ndarray
    acronym_count: np.ndarray
    acronym_rarest: np.ndarray
    acronym_words: np.ndarray

    @classmethod
    def of(cls, arrays: dict[str, np.ndarray]) -> "IndexArrays":
        """The declared arrays from a mapping by name (built, or read from a file)."""
        return cls(**{name: arrays[name] for name in cls._fields})

    def as_dict(self) -> dict[str, np.ndarray]:
        return self._asdict()


__all__ = ["IndexArrays"]


def joined_rows(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Several rows of a CSR layout read at once, one after the other: (the flat array's
    offsets of their items, and where each row starts among them, then their total). One
    gather for all the rows, not one for each."""
    lengths = ends - starts
    bounds = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=bounds[1:])
    # A row's item i is at its start plus i; items are numbered across all rows from 0.
    return np.repeat(starts.astype(np.int64) - bounds[:-1], lengths) + np.arange(bounds[-1]), bounds

